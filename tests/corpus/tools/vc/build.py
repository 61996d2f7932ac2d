#!/usr/bin/env python3
"""Render every corpus document and its label into ../docs.

Usage: build.py [stem ...]   (no arguments: all documents)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import OUT, REGISTRY, label_toml  # noqa: E402
import docs_pdf_a  # noqa: F401,E402
import docs_pdf_b  # noqa: F401,E402
import docs_docx  # noqa: F401,E402
import docs_txt  # noqa: F401,E402


def main(argv):
    os.makedirs(OUT, exist_ok=True)
    wanted = set(argv[1:])
    stems = [r[0] for r in REGISTRY]
    dupes = {s for s in stems if stems.count(s) > 1}
    if dupes:
        sys.exit(f"duplicate stems: {sorted(dupes)}")
    n = 0
    for stem, ext, render, label in sorted(REGISTRY, key=lambda r: r[0]):
        if wanted and stem not in wanted:
            continue
        path = os.path.join(OUT, f"{stem}.{ext}")
        for other in ("pdf", "docx", "txt"):
            p = os.path.join(OUT, f"{stem}.{other}")
            if other != ext and os.path.exists(p):
                os.remove(p)
        render(path)
        with open(os.path.join(OUT, f"{stem}.toml"), "w", encoding="utf-8") as f:
            f.write(label_toml(label))
        n += 1
    print(f"built {n} documents into {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main(sys.argv)
