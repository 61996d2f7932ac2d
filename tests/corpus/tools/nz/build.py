import sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
mods = ["d_referrals", "d_histories", "d_corresp", "d_imaging", "d_ops", "d_mrsa", "d_other"]
only = sys.argv[1:]
for m in mods:
    if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        continue
    for d in importlib.import_module(m).DOCS:
        if only and not any(d["stem"].startswith(o) for o in only):
            continue
        print(lib.render(d))
