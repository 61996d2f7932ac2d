#!/bin/sh
# Render all corpus documents and labels, then verify them.
set -e
cd "$(dirname "$0")"
python3 build.py
python3 check.py
