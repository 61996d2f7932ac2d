#!/bin/sh
# Build the tz corpus and validate it.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py
