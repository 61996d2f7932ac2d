#!/bin/sh
# Render the vh- corpus and verify it.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py
