#!/bin/sh
# convert the Word files in ../build to PDF in ../docs with LibreOffice
cd "$(dirname "$0")/.."
for s in tj-006 tj-012 tj-020 tj-021 tj-034 tj-039 tj-049 tj-055 tj-057 tj-063; do
  libreoffice --headless --convert-to pdf --outdir docs "build/$s.docx" >/dev/null 2>&1 || echo "failed $s"
done
