#!/usr/bin/env python3
"""Render every vg- document of the accuracy corpus and write its label sidecar.

Output: ../docs/<stem>.<pdf|docx|txt> and ../docs/<stem>.toml (next to this tools/ folder).
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render import render, merge_pdfs  # noqa: E402
from spec import label_toml  # noqa: E402

MODULES = ["docs_nl_pdf", "docs_nl_docx", "docs_nl_txt", "docs_en", "docs_de", "docs_merged"]
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "docs")


def all_docs():
    docs = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print(f"warning: module {m} missing", file=sys.stderr)
                continue
            raise
        docs.extend(mod.DOCS)
    stems = [d["stem"] for d in docs]
    dup = {s for s in stems if stems.count(s) > 1}
    if dup:
        raise SystemExit(f"duplicate stems: {sorted(dup)}")
    return sorted(docs, key=lambda d: d["stem"])


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    docs = all_docs()
    if not only:  # full build: drop stale outputs of earlier runs (renamed stems)
        for f in os.listdir(OUT):
            if f.startswith("vg-") and f.rsplit(".", 1)[-1] in ("pdf", "docx", "txt", "toml"):
                os.remove(os.path.join(OUT, f))
    for d in docs:
        if only and d["stem"] not in only:
            continue
        path = os.path.join(OUT, f"{d['stem']}.{d['fmt']}")
        if d.get("parts"):
            if d["fmt"] != "pdf":
                raise SystemExit(f"{d['stem']}: merged documents must be PDF")
            merge_pdfs(path, [(p["blocks"], p.get("opts", {})) for p in d["parts"]])
        else:
            render(path, d["fmt"], d["blocks"], d["opts"])
        with open(os.path.join(OUT, f"{d['stem']}.toml"), "w", encoding="utf-8") as fh:
            fh.write(label_toml(d))
    print(f"built {len(docs) if not only else len(only)} documents into {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
