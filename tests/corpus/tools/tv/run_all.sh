#!/bin/sh
# Re-render the whole tv- batch into ../docs, rebuild README.txt and validate.
set -e
cd "$(dirname "$0")"
rm -f ../docs/tv-*.pdf ../docs/tv-*.docx ../docs/tv-*.txt ../docs/tv-*.toml ../docs/.tv-*.part*.pdf
python3 pdf_a.py
python3 pdf_b.py
python3 merged.py
python3 docx_a.py
python3 docx_b.py
python3 txt.py
python3 make_readme.py
python3 check.py
