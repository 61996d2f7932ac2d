#!/bin/sh
# Build every vb-* document and label, then validate the batch.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py
