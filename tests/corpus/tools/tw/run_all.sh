#!/bin/sh
# Regenerate every tw document and label into ../../docs, then check them.
set -e
cd "$(dirname "$0")"
rm -f ../../docs/tw-*.pdf ../../docs/tw-*.docx ../../docs/tw-*.txt ../../docs/tw-*.toml
python3 build.py > /dev/null
python3 check.py
