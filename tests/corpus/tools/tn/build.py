#!/usr/bin/env python3
"""Rebuild the tn corpus.  Usage: build.py [tn-001 tn-017 ...]   (no args = all)"""
import os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib

OUT = os.path.join(os.path.dirname(HERE), "docs")
MODULES = ["docs_a", "docs_b", "docs_c", "docs_d"]


def all_docs():
    funcs = {}
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name != m: raise
            continue
        for name in dir(mod):
            if name.startswith("tn_") and callable(getattr(mod, name)):
                funcs["tn-" + name[3:]] = getattr(mod, name)
    return dict(sorted(funcs.items()))


def main(argv):
    os.makedirs(OUT, exist_ok=True)
    funcs = all_docs()
    want = argv or list(funcs)
    for i in want:
        if i not in funcs:
            sys.exit(f"unknown document {i}")
        doc = funcs[i]()
        doc["id"] = i
        p = lib.build_one(doc, OUT)
        print("built", os.path.basename(p))


if __name__ == "__main__":
    main(sys.argv[1:])
