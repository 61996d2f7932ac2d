"""Render every tw document and its label into ../docs/."""
import importlib
import sys

from common import render

MODULES = ["nl_a", "nl_b", "en", "de"]


def all_docs():
    docs = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                print("skip missing module", m, file=sys.stderr)
                continue
            raise
        docs.extend(mod.DOCS)
    return docs


def main(argv):
    only = set(argv[1:])
    docs = all_docs()
    stems = [d["stem"] for d in docs]
    dup = {s for s in stems if stems.count(s) > 1}
    if dup:
        sys.exit("duplicate stems: %s" % sorted(dup))
    for d in docs:
        if only and d["stem"] not in only:
            continue
        path = render(d)
        print(path)


if __name__ == "__main__":
    main(sys.argv)
