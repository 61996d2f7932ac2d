#!/bin/sh
# Regenerate the whole tk corpus and check it.
set -e
cd "$(dirname "$0")"
python3 gen_pdf_a.py
python3 gen_pdf_b.py
python3 gen_pdf_c.py
python3 gen_docx_a.py
python3 gen_docx_b.py
python3 gen_txt.py
python3 gen_merged.py
python3 make_readme.py
python3 check.py
