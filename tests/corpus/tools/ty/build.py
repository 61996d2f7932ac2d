#!/usr/bin/env python3
"""Render every ty- document and its label into the docs directory.

usage: build.py [OUTDIR]     (default: ../../docs relative to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import docs_de  # noqa: E402
import docs_en  # noqa: E402
import docs_merged  # noqa: E402
import docs_nl_gp  # noqa: E402
import docs_nl_hosp  # noqa: E402
import docs_nl_other  # noqa: E402

MODULES = [docs_nl_gp, docs_nl_hosp, docs_nl_other, docs_en, docs_de, docs_merged]


def all_docs():
    docs = []
    for m in MODULES:
        docs += m.DOCS
    ids = [d["id"] for d in docs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {sorted(dup)}")
    return sorted(docs, key=lambda d: d["id"])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "docs")
    out = os.path.abspath(out)
    os.makedirs(out, exist_ok=True)
    # remove earlier renders of this batch so that stale files cannot survive
    for f in os.listdir(out):
        if f.startswith("ty-"):
            os.remove(os.path.join(out, f))
    for d in all_docs():
        data = common.render(d)
        with open(os.path.join(out, f"{d['id']}.{d['fmt']}"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(out, f"{d['id']}.toml"), "w", encoding="utf-8") as fh:
            fh.write(common.label_toml(d["label"]))
    print(f"built {len(all_docs())} documents in {out}")


if __name__ == "__main__":
    main()
