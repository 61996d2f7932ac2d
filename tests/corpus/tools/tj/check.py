"""verify: 64 documents + 64 labels, labels parse and use allowed values, PDFs have text, DOCX open"""
import os, subprocess, tomllib, datetime, sys
from common import DOCS, KINDS, AUTHORS, LANGS, FACT
import docx

ok = True
def bad(msg):
    global ok; ok = False; print("FAIL", msg)

allowed_top = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question", "imaging_done",
               "operated", "treated_abroad", "notes", "part"}
stats = {"kind": {}, "lang": {}, "fmt": {}}
for i in range(1, 65):
    st = f"tj-{i:03d}"
    docs = [f for f in os.listdir(DOCS) if f.startswith(st + ".") and not f.endswith(".toml")]
    if len(docs) != 1:
        bad(f"{st}: documents {docs}"); continue
    doc = os.path.join(DOCS, docs[0]); ext = docs[0].rsplit(".", 1)[1]
    tp = os.path.join(DOCS, st + ".toml")
    if not os.path.exists(tp):
        bad(f"{st}: no toml"); continue
    try:
        lab = tomllib.load(open(tp, "rb"))
    except Exception as e:
        bad(f"{st}: toml parse {e}"); continue
    if set(lab) - allowed_top: bad(f"{st}: unknown keys {set(lab) - allowed_top}")
    for k in ["kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"]:
        if k not in lab: bad(f"{st}: missing {k}")
    if not set(lab["kinds"]) <= KINDS: bad(f"{st}: kinds {lab['kinds']}")
    if lab["author"] not in AUTHORS: bad(f"{st}: author")
    if lab["language"] not in LANGS: bad(f"{st}: language")
    for f in ["imaging_done", "operated", "treated_abroad"]:
        if lab[f] not in FACT: bad(f"{st}: {f}")
    if ("referral" in lab["kinds"]) != ("referral_question" in lab): bad(f"{st}: referral_question")
    for d in ([lab["date"]] if "date" in lab else []) + lab.get("also_dates", []):
        try: datetime.date.fromisoformat(d)
        except Exception: bad(f"{st}: date {d}")
    for p in lab.get("part", []):
        if not set(p["kinds"]) <= KINDS or p.get("author") not in AUTHORS: bad(f"{st}: part {p}")
        if "date" in p: datetime.date.fromisoformat(p["date"])
        if set(p) - {"kinds", "date", "author"}: bad(f"{st}: part keys {set(p)}")
    if ext == "pdf":
        txt = subprocess.run(["pdftotext", "-layout", doc, "-"], capture_output=True, text=True).stdout
        if len(txt.strip()) < 200: bad(f"{st}: little text in PDF ({len(txt.strip())})")
    elif ext == "docx":
        d = docx.Document(doc)
        n = sum(len(p.text) for p in d.paragraphs) + sum(len(c.text) for t in d.tables for r in t.rows for c in r.cells)
        if n < 200: bad(f"{st}: little text in DOCX")
    elif ext == "txt":
        if os.path.getsize(doc) < 200: bad(f"{st}: short txt")
    else:
        bad(f"{st}: unexpected extension {ext}")
    for k in lab["kinds"] or ["none"]:
        stats["kind"][k] = stats["kind"].get(k, 0) + 1
    stats["lang"][lab["language"]] = stats["lang"].get(lab["language"], 0) + 1
    stats["fmt"][ext] = stats["fmt"].get(ext, 0) + 1
extra = [f for f in os.listdir(DOCS) if not f.startswith("tj-")]
if extra: bad(f"extra files {extra}")
print("documents:", len([f for f in os.listdir(DOCS) if not f.endswith(".toml")]),
      "labels:", len([f for f in os.listdir(DOCS) if f.endswith(".toml")]))
for k, v in stats.items():
    print(k, dict(sorted(v.items())))
print("ALL OK" if ok else "PROBLEMS")
sys.exit(0 if ok else 1)
