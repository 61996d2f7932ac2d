#!/usr/bin/env python3
"""Check labels parse and are well-formed, every PDF/DOCX/TXT yields text; print tallies."""
import os, sys, glob, subprocess, tomllib, collections, datetime
DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTH = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
TRI = {"yes", "no", "unmentioned"}
ALLOWED = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
           "imaging_done", "operated", "treated_abroad", "notes", "part"}
errs = []
perkind, perlang, perfmt = collections.Counter(), collections.Counter(), collections.Counter()
facts = {k: collections.Counter() for k in ("imaging_done", "operated", "treated_abroad")}


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def isodate(s, where):
    try:
        datetime.date.fromisoformat(s)
    except Exception:
        errs.append("%s: bad date %r" % (where, s))


stems = sorted(set(os.path.splitext(os.path.basename(f))[0] for f in glob.glob(os.path.join(DOCS, "th-*"))))
for stem in stems:
    docs = [f for f in glob.glob(os.path.join(DOCS, stem + ".*")) if not f.endswith(".toml")]
    if len(docs) != 1:
        errs.append("%s: %d document files" % (stem, len(docs)))
        continue
    doc = docs[0]
    fmt = doc.rsplit(".", 1)[1]
    perfmt[fmt] += 1
    try:
        lab = tomllib.load(open(os.path.join(DOCS, stem + ".toml"), "rb"))
    except Exception as e:
        errs.append("%s: TOML error %s" % (stem, e))
        continue
    for k in lab:
        if k not in ALLOWED:
            errs.append("%s: unknown key %s" % (stem, k))
    if not set(lab["kinds"]) <= KINDS:
        errs.append("%s: bad kinds" % stem)
    for k in lab["kinds"]:
        perkind[k] += 1
    if not lab["kinds"]:
        perkind["(none)"] += 1
    if "date" in lab:
        isodate(lab["date"], stem)
    for a in lab.get("also_dates", []):
        isodate(a, stem)
    if lab["author"] not in AUTH:
        errs.append("%s: author" % stem)
    if lab["language"] not in {"nl", "en", "de"}:
        errs.append("%s: language" % stem)
    perlang[lab["language"]] += 1
    for f in facts:
        if lab[f] not in TRI:
            errs.append("%s: %s" % (stem, f))
        facts[f][lab[f]] += 1
    if ("referral" in lab["kinds"]) != ("referral_question" in lab):
        errs.append("%s: referral_question presence" % stem)
    if "part" in lab:
        if fmt != "pdf":
            errs.append("%s: parts on non-pdf" % stem)
        union = set()
        for p in lab["part"]:
            union |= set(p["kinds"])
            isodate(p["date"], stem + " part")
            if p["author"] not in AUTH:
                errs.append("%s: part author" % stem)
        if union != set(lab["kinds"]):
            errs.append("%s: top kinds != union of parts" % stem)
    txt = text_of(doc)
    if len(txt.strip()) < 200:
        errs.append("%s: little text (%d chars)" % (stem, len(txt.strip())))

print("documents:", len(stems))
print("per format:", dict(perfmt))
print("per language:", dict(perlang))
print("per kind (documents holding it, merged counted once per kind):", dict(perkind))
for f, c in facts.items():
    print(f, dict(c))
print("merged:", sum(1 for s in stems if "part" in tomllib.load(open(os.path.join(DOCS, s + ".toml"), "rb"))))
print("ERRORS:" if errs else "no errors", *errs, sep="\n  ")
sys.exit(1 if errs else 0)
