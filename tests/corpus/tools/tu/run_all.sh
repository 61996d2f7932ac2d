#!/bin/sh
# Regenerate all tu- documents and labels, then verify.
cd "$(dirname "$0")" && python3 gen_nl_a.py && python3 gen_nl_b.py && python3 gen_en.py && python3 gen_de.py && python3 make_readme.py && python3 check.py
