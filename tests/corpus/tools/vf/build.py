#!/usr/bin/env python3
"""Render every vf document and its label into ../docs (relative to this file).

usage: python3 build.py            render all 64 documents (clears old vf-* renders first)
       python3 build.py vf-012 ... render only the named stems
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import DOCS, label_toml  # noqa: E402

MODULES = ["docs_pdf_a", "docs_pdf_b", "docs_docx", "docs_txt"]


def main(argv):
    out = os.path.join(os.path.dirname(__file__), "..", "..", "docs")
    os.makedirs(out, exist_ok=True)
    for m in MODULES:
        try:
            __import__(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print("skip missing module", m, file=sys.stderr)
                continue
            raise
    only = set(argv[1:])
    if not only:
        # full build: remove earlier renders so that no stale document survives
        for name in os.listdir(out):
            if name.startswith("vf-") and name.rsplit(".", 1)[-1] in ("pdf", "docx", "txt", "toml"):
                os.remove(os.path.join(out, name))
    seen = set()
    for stem, ext, label, fn in DOCS:
        if stem in seen:
            raise SystemExit("duplicate stem %s" % stem)
        seen.add(stem)
        if only and stem not in only:
            continue
        path = os.path.join(out, "%s.%s" % (stem, ext))
        fn(path)
        with open(os.path.join(out, stem + ".toml"), "w", encoding="utf-8") as f:
            f.write(label_toml(label))
    print("built %d documents into %s" % (len(seen) if not only else len(only & seen), os.path.normpath(out)))


if __name__ == "__main__":
    main(sys.argv)
