#!/usr/bin/env python3
"""Render all va-* documents and their label sidecars into ../../docs (relative to this script)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import docs_a, docs_b, docs_c  # noqa: E402,F401  (registering happens on import)

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "docs")


def main():
    os.makedirs(OUT, exist_ok=True)
    seen = set()
    for e in common.REGISTRY:
        stem, fmt, label, fn = e["stem"], e["fmt"], e["label"], e["fn"]
        if stem in seen:
            raise SystemExit("duplicate stem " + stem)
        seen.add(stem)
        path = os.path.join(OUT, f"{stem}.{fmt}")
        res = fn()
        if fmt == "pdf":
            if isinstance(res, dict) and "parts" in res:
                common.write_merged_pdf(path, res["parts"])
            else:
                common.write_pdf(path, *res)
        elif fmt == "docx":
            common.write_docx(path, *res)
        elif fmt == "txt":
            if isinstance(res, tuple):
                text, o = res
                common.write_txt(path, text, encoding=o.get("encoding", "utf-8"), crlf=o.get("crlf", False))
            else:
                common.write_txt(path, res)
        else:
            raise SystemExit("unknown format " + fmt)
        with open(os.path.join(OUT, stem + ".toml"), "w", encoding="utf-8") as f:
            f.write(common.label_toml(label))
    print(f"built {len(seen)} documents into {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
