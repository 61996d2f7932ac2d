#!/bin/sh
# Regenerate every tx document and label into ../../docs, then validate.
set -e
cd "$(dirname "$0")"
rm -f ../../docs/tx-*.pdf ../../docs/tx-*.docx ../../docs/tx-*.txt ../../docs/tx-*.toml
python3 build.py
python3 check.py
