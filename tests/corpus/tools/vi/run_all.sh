#!/usr/bin/env bash
# Render the vi-corpus and check it. Output: ../../docs
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 build.py
python3 check.py
