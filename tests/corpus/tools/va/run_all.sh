#!/bin/sh
# Rebuild every va-* document and label, then verify them.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py
