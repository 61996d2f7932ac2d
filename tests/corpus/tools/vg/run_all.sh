#!/bin/sh
# Render all vg- documents and sidecars, then validate them.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 build.py
python3 check.py
