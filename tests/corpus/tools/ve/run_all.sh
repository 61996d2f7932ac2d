#!/bin/sh
# Render all ve documents and labels into ../../docs, then validate them.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py
