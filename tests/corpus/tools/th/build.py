#!/usr/bin/env python3
"""Render all th- documents into ../docs and write their labels. Run: python3 build.py"""
import os, sys, shutil, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render
import docs_a, docs_b, docs_c  # noqa: F401  (they register into docs_a.D)

OUT = os.path.join(HERE, "..", "docs")
os.makedirs(OUT, exist_ok=True)
os.makedirs(render.BUILD, exist_ok=True)

only = set(sys.argv[1:])
for d in docs_a.D:
    if only and d["stem"] not in only:
        continue
    target = os.path.join(OUT, d["stem"] + "." + d["fmt"])
    if "parts" in d:
        tmp = tempfile.mkdtemp(dir=render.BUILD)
        files = []
        for i, (blocks, kw) in enumerate(d["parts"]):
            p = os.path.join(tmp, "part%d.pdf" % i)
            render.render("pdf", blocks, p, **kw)
            files.append(p)
        render.merge_pdfs(files, target)
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        render.render(d["fmt"], d["blocks"], target, **d["kw"])
    render.write_label(os.path.join(OUT, d["stem"] + ".toml"), d["label"])
    print("ok", d["stem"], d["fmt"])
