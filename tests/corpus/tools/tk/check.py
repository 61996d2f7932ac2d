#!/usr/bin/env python3
"""Check the tk corpus: every document opens and yields text, every document has a label, labels parse as TOML
with allowed keys and values, and every labelled date can be found in the document text in some common
spelling. Prints counts per format / language / kind. Exit 1 on any problem."""
import datetime as dt
import glob
import os
import re
import subprocess
import sys
import tomllib
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question", "imaging_done",
            "operated", "treated_abroad", "notes", "part"}
PART_KEYS = {"kinds", "date", "author"}
MERGED = {"tk-057", "tk-058", "tk-059", "tk-060"}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

problems = []


def bad(stem, msg):
    problems.append(f"{stem}: {msg}")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True)
        if r.returncode != 0:
            raise RuntimeError("pdftotext failed: " + r.stderr.decode(errors="replace")[:200])
        return r.stdout.decode("utf-8", errors="replace")
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts += [p.text for p in hf.paragraphs]
                for t in hf.tables:
                    for row in t.rows:
                        for c in row.cells:
                            parts.append(c.text)
        return "\n".join(parts)
    raw = open(path, "rb").read()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise RuntimeError("undecodable text")


def date_spellings(iso):
    d = dt.date.fromisoformat(iso)
    D, M, Y = d.day, d.month, d.year
    out = {f"{D:02d}-{M:02d}-{Y}", f"{D:02d}/{M:02d}/{Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}-{M}-{Y}", f"{D}.{M}.{Y}",
           f"{Y}{M:02d}{D:02d}", iso, f"{M:02d}/{D:02d}/{Y}", f"{D:02d}{M:02d}{str(Y)[2:]}"}
    for lang, names in MONTHS.items():
        n = names[M - 1]
        out |= {f"{D} {n} {Y}", f"{D} {n[:3]} {Y}", f"{D}. {n} {Y}", f"{n} {D}, {Y}", f"{D:02d}-{n[:3]}-{Y}", f"{D}th {n} {Y}",
                f"{D}st {n} {Y}", f"{D}nd {n} {Y}", f"{D}rd {n} {Y}"}
    return {x.lower() for x in out}


def check_label(stem, L, text):
    for k in L:
        if k not in TOP_KEYS:
            bad(stem, f"unknown key {k!r}")
    kinds = L.get("kinds")
    if not isinstance(kinds, list) or not set(kinds) <= KINDS:
        bad(stem, f"bad kinds {kinds!r}")
        kinds = []
    if len(set(kinds)) != len(kinds):
        bad(stem, "duplicate kinds")
    for k in ("author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"):
        if k not in L:
            bad(stem, f"missing {k}")
    if L.get("author") not in AUTHORS:
        bad(stem, f"bad author {L.get('author')!r}")
    if L.get("language") not in LANGS:
        bad(stem, f"bad language {L.get('language')!r}")
    for k in ("imaging_done", "operated", "treated_abroad"):
        if L.get(k) not in FACT:
            bad(stem, f"bad {k} {L.get(k)!r}")
    if "referral" in kinds:
        if not isinstance(L.get("referral_question"), bool):
            bad(stem, "referral without boolean referral_question")
    elif "referral_question" in L:
        bad(stem, "referral_question on a non-referral")
    dates = []
    if "date" in L:
        dates.append(L["date"])
    if "also_dates" in L:
        if not isinstance(L["also_dates"], list):
            bad(stem, "also_dates not a list")
        else:
            dates += L["also_dates"]
            if "date" not in L:
                bad(stem, "also_dates without date")
    for d in dates:
        try:
            dt.date.fromisoformat(d)
        except Exception:
            bad(stem, f"bad date {d!r}")
            continue
        low = text.lower()
        if not any(sp in low for sp in date_spellings(d)):
            bad(stem, f"date {d} not found in text in any known spelling")
    parts = L.get("part", [])
    if stem in MERGED:
        if len(parts) < 2:
            bad(stem, "merged file without [[part]] entries")
        union = set()
        for i, p in enumerate(parts):
            for k in p:
                if k not in PART_KEYS:
                    bad(stem, f"part {i}: unknown key {k!r}")
            if not set(p.get("kinds", [None])) <= KINDS:
                bad(stem, f"part {i}: bad kinds")
            union |= set(p.get("kinds", []))
            if p.get("author") not in AUTHORS:
                bad(stem, f"part {i}: bad author")
            if "date" in p:
                try:
                    dt.date.fromisoformat(p["date"])
                except Exception:
                    bad(stem, f"part {i}: bad date")
                if not any(sp in text.lower() for sp in date_spellings(p["date"])):
                    bad(stem, f"part {i}: date {p['date']} not found in text")
        if union != set(kinds):
            bad(stem, f"top-level kinds {sorted(kinds)} != union of parts {sorted(union)}")
    elif parts:
        bad(stem, "[[part]] entries on a non-merged file")


def main():
    files = sorted(f for f in glob.glob(os.path.join(DOCS, "tk-*")) if not f.endswith(".toml"))
    stems = [os.path.basename(f).rsplit(".", 1)[0] for f in files]
    if len(set(stems)) != len(stems):
        problems.append("duplicate stems")
    expected = {f"tk-{i:03d}" for i in range(1, 65)}
    for m in sorted(expected - set(stems)):
        problems.append(f"{m}: document missing")
    for t in glob.glob(os.path.join(DOCS, "*.toml")):
        if os.path.basename(t)[:-5] not in stems:
            problems.append(f"orphan label {t}")
    fmt, lang, kind, author = Counter(), Counter(), Counter(), Counter()
    for f, stem in zip(files, stems):
        ext = f.rsplit(".", 1)[1]
        try:
            text = text_of(f)
        except Exception as e:
            bad(stem, f"does not open: {e}")
            continue
        if len(re.sub(r"\s+", "", text)) < 200:
            bad(stem, f"too little text extracted ({len(text)} chars)")
        lab = os.path.join(DOCS, stem + ".toml")
        if not os.path.exists(lab):
            bad(stem, "no label")
            continue
        try:
            with open(lab, "rb") as fh:
                L = tomllib.load(fh)
        except Exception as e:
            bad(stem, f"label does not parse: {e}")
            continue
        check_label(stem, L, text)
        fmt[ext] += 1
        lang[L.get("language")] += 1
        author[L.get("author")] += 1
        ks = L.get("kinds", [])
        if not ks:
            kind["(none)"] += 1
        for k in ks:
            kind[k] += 1
    print("documents:", len(files))
    print("format:  ", dict(fmt))
    print("language:", dict(lang))
    print("kinds (a document may count for several):", dict(kind))
    print("author:  ", dict(author))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
