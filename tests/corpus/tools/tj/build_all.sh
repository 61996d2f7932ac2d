#!/bin/sh
# Regenerate the whole tj batch: documents in ../docs, labels next to them, README.txt here.
set -e
cd "$(dirname "$0")"
python3 gen_pdf_nl.py
python3 gen_pdf_en_de.py
python3 gen_merged.py
python3 gen_docx.py
./build_lo.sh
python3 gen_txt.py
python3 make_readme.py
python3 check.py
