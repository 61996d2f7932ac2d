#!/usr/bin/env python3
"""Render all vb-* documents and their label sidecars into ../docs."""
import glob
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402

MODULES = ["docs_01", "docs_02", "docs_03", "docs_04"]


def main(only=None):
    os.makedirs(common.DOCS, exist_ok=True)
    for m in MODULES:
        try:
            importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print("skip missing module", m, file=sys.stderr)
                continue
            raise
    stems = [s for s, _ in common.REGISTRY]
    dup = {s for s in stems if stems.count(s) > 1}
    if dup:
        raise SystemExit("duplicate stems: %s" % sorted(dup))
    for stem, fn in sorted(common.REGISTRY):
        if only and stem not in only:
            continue
        for old in glob.glob(os.path.join(common.DOCS, stem + ".*")):
            os.remove(old)
        label = fn(stem)
        common.write_label(stem, label)
        print("built", stem, file=sys.stderr)


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
