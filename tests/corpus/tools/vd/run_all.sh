#!/bin/sh
# Render all documents and labels into ../../docs, then verify them.
set -e
cd "$(dirname "$0")"
rm -f ../../docs/vd-*.pdf ../../docs/vd-*.docx ../../docs/vd-*.txt ../../docs/vd-*.toml
python3 build.py
python3 check.py
