import sys
from lib import build
import importlib
docs = []
for m in ["docs1", "docs2", "docs3", "docs3b", "docs4"]:
    try:
        docs += importlib.import_module(m).DOCS
    except ModuleNotFoundError as e:
        if e.name != m: raise
build(docs, only=set(sys.argv[1:]) or None)
