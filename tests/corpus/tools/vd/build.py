#!/usr/bin/env python3
"""Render every synthetic dossier document and its label into ../docs.

Usage: python3 tools/build.py [stem ...]      (no stems: build all)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
from catalog import all_docs  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "docs")

KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]
PART_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "notes"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # JSON string escapes are valid TOML basic strings
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError("cannot write %r" % (v,))


def label_toml(lab):
    lines = []
    for k in KEY_ORDER:
        if k in lab:
            lines.append("%s = %s" % (k, toml_value(lab[k])))
    extra = set(lab) - set(KEY_ORDER) - {"part"}
    if extra:
        raise ValueError("unknown label keys %s" % sorted(extra))
    for p in lab.get("part", []):
        lines.append("")
        lines.append("[[part]]")
        for k in PART_ORDER:
            if k in p:
                lines.append("%s = %s" % (k, toml_value(p[k])))
    return "\n".join(lines) + "\n"


def main(argv):
    os.makedirs(OUT, exist_ok=True)
    docs = all_docs()
    want = set(argv[1:])
    n = 0
    for spec in docs:
        if want and spec["stem"] not in want:
            continue
        render.write_doc(spec, OUT)
        with open(os.path.join(OUT, spec["stem"] + ".toml"), "w", encoding="utf-8") as f:
            f.write(label_toml(spec["label"]))
        n += 1
    print("built %d documents into %s" % (n, os.path.normpath(OUT)))


if __name__ == "__main__":
    main(sys.argv)
