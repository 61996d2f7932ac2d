#!/bin/sh
# Regenerate all ty- documents into ../../docs (relative to this script) and validate the labels.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
python3 "$HERE/build.py" "$HERE/../../docs"
python3 "$HERE/check.py" "$HERE/../../docs"
