#!/bin/sh
# Re-render every tf- document and label. Scratch files go to ./_scratch (removed at the end).
set -e
cd "$(dirname "$0")"
python3 pdf_a.py
python3 pdf_b.py
python3 pdf_c.py
python3 docx_docs.py
python3 txt_docs.py
rm -rf _scratch __pycache__
python3 verify.py
