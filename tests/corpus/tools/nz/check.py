import os, sys, tomllib, subprocess, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTH = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
FACT = {"yes", "no", "unmentioned"}
files = sorted(os.listdir(D))
docs = [f for f in files if not f.endswith(".toml")]
bad = 0
kc, fc, lc = collections.Counter(), collections.Counter(), collections.Counter()
for f in docs:
    stem, ext = os.path.splitext(f)
    t = os.path.join(D, stem + ".toml")
    if not os.path.exists(t):
        print("NO SIDECAR", f); bad += 1; continue
    lab = tomllib.load(open(t, "rb"))
    for k in lab["kinds"]:
        if k not in KINDS: print("BAD KIND", f, k); bad += 1
    if lab["author"] not in AUTH: print("BAD AUTHOR", f); bad += 1
    for k in ("imaging_done", "operated", "treated_abroad"):
        if lab.get(k) not in FACT: print("BAD FACT", f, k); bad += 1
    if lab["language"] not in ("nl", "en", "de"): print("BAD LANG", f); bad += 1
    if ("referral" in lab["kinds"]) != ("referral_question" in lab): print("REFQ mismatch", f); bad += 1
    for p in lab.get("part", []):
        for k in p["kinds"]:
            if k not in KINDS: print("BAD PART KIND", f, k); bad += 1
        if p["author"] not in AUTH: print("BAD PART AUTHOR", f); bad += 1
    if ext == ".pdf":
        txt = subprocess.run(["pdftotext", os.path.join(D, f), "-"], capture_output=True, text=True).stdout
        if len(txt.strip()) < 200: print("LITTLE TEXT", f, len(txt)); bad += 1
    elif ext == ".docx":
        import docx
        d = docx.Document(os.path.join(D, f))
        if sum(len(p.text) for p in d.paragraphs) < 100 and not d.tables: print("EMPTY DOCX", f); bad += 1
    kinds = lab["kinds"] or ["(none)"]
    for k in kinds: kc[k] += 1
    fc[ext] += 1; lc[lab["language"]] += 1
orphans = [f for f in files if f.endswith(".toml") and not any(x.startswith(f[:-5] + ".") and not x.endswith(".toml") for x in files)]
print("orphans", orphans)
print("docs", len(docs), "bad", bad)
print("kinds", dict(kc)); print("formats", dict(fc)); print("languages", dict(lc))
