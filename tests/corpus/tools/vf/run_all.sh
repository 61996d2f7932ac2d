#!/bin/sh
# Render all documents, then validate every label. Exit status is that of check.py.
set -e
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE
HERE=$(cd "$(dirname "$0")" && pwd)
python3 "$HERE/build.py"
python3 "$HERE/check.py"
