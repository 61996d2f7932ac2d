#!/bin/sh
# Re-render every te- document and label. Needs reportlab, python-docx, LibreOffice (soffice), poppler (pdfunite).
set -e
cd "$(dirname "$0")"
for s in gen_nl_pdf.py gen_nl_docx.py gen_nl_txt.py gen_soffice.py gen_en.py gen_de.py; do
  python3 "$s"
done
python3 verify.py
