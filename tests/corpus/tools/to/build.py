#!/usr/bin/env python3
"""Build the "to" batch: python3 build.py [to-001 to-017 ...]  (no args = all)"""
import os
import re
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import importlib
import importlib.util
MODS = [importlib.import_module(m) for m in ("docs_a", "docs_b", "docs_c", "docs_d") if importlib.util.find_spec(m)]

OUT = os.path.join(os.path.dirname(HERE), "docs")


def all_docs():
    out = {}
    for m in MODS:
        for name in dir(m):
            if re.fullmatch(r"d\d{3}", name):
                out["to-" + name[1:]] = getattr(m, name)
    return dict(sorted(out.items()))


def main(argv):
    os.makedirs(OUT, exist_ok=True)
    docs = all_docs()
    want = argv or list(docs)
    bad = 0
    for docid in want:
        if not docid.startswith("to-"):
            docid = "to-%03d" % int(docid)
        try:
            spec = docs[docid]()
            p = lib.build_one(docid, spec, OUT)
            print("built", os.path.basename(p))
        except Exception:
            bad += 1
            print("FAILED", docid, file=sys.stderr)
            traceback.print_exc()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
