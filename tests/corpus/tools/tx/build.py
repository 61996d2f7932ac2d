"""Render every tx document and its label. Usage: python3 build.py [stem ...]"""
import sys, shutil, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HERE
mods = []
for name in ["docs_a", "docs_b", "docs_c", "docs_d"]:
    try:
        mods.append(__import__(name))
    except ModuleNotFoundError as e:
        if e.name != name:
            raise
funcs = []
for m in mods:
    for attr in dir(m):
        if attr.startswith("DOCS_"):
            funcs += getattr(m, attr)
want = set(sys.argv[1:])
n = 0
for f in funcs:
    stem = "tx-" + f.__name__[2:]
    if want and stem not in want:
        continue
    f()
    n += 1
shutil.rmtree(os.path.join(HERE, "_tmp"), ignore_errors=True)
print(f"rendered {n} documents")
