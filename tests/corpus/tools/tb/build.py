#!/usr/bin/env python3
"""Render all tb- documents and their label sidecars into ../docs."""
import sys, os, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, docs_nl, docs_de, docs_en

ALL = sorted(docs_nl.DOCS + docs_de.DOCS + docs_en.DOCS, key=lambda d: d["id"])
only = set(sys.argv[1:])
os.makedirs(common.OUT, exist_ok=True)
ids = [d["id"] for d in ALL]
assert len(ids) == len(set(ids)), "duplicate ids"
for d in ALL:
    if only and d["id"] not in only:
        continue
    p = common.render(d)
    if p.endswith(".pdf"):
        t = subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
        assert len(t.strip()) > 200, (p, len(t))
    print(d["id"], d["fmt"], os.path.basename(p))
print(len(ALL), "documents")
