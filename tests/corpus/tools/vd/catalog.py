"""Collects the document specs from the text modules, in stem order."""
import importlib

MODULES = ["docs_nl_a", "docs_nl_b", "docs_en", "docs_de"]


def all_docs():
    docs = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue
            raise
        docs.extend(mod.DOCS)
    docs.sort(key=lambda d: d["stem"])
    seen = set()
    for d in docs:
        if d["stem"] in seen:
            raise ValueError("duplicate stem " + d["stem"])
        seen.add(d["stem"])
    return docs


def merged_stems():
    return {d["stem"] for d in all_docs() if "parts" in d}
