"""Rebuild every document of the tm batch: python3 build.py [tm-007 ...]"""
import glob, importlib, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

MODULES = ["docs_a", "docs_b", "docs_c", "docs_d", "docs_e", "docs_f"]


def all_docs():
    out = {}
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
            print('skip missing', m); continue
        for name in dir(mod):
            if re.fullmatch(r"t\d{3}", name):
                n = int(name[1:])
                assert n not in out, name
                out[n] = getattr(mod, name)
    return dict(sorted(out.items()))


def main(argv):
    os.makedirs(lib.DOCS, exist_ok=True)
    docs = all_docs()
    want = {int(a.split("-")[-1]) for a in argv} if argv else set(docs)
    for n, fn in docs.items():
        if n not in want:
            continue
        base = os.path.join(lib.DOCS, f"tm-{n:03d}")
        for old in glob.glob(base + ".*"):
            os.remove(old)
        label = fn(base)
        with open(base + ".toml", "w", encoding="utf-8") as f:
            f.write(lib.toml_text(label))
        print("built", os.path.basename(base))


if __name__ == "__main__":
    main(sys.argv[1:])
