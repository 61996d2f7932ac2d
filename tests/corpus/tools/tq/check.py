#!/usr/bin/env python3
"""Check the tq corpus: every document has a parseable, valid label; every PDF/DOCX opens and has text.

Usage: python3 check.py [docs-dir]     exit 0 when everything passes, 1 otherwise.
Also checks that each label date (and also_dates) can be found in the document text in some
common written form, that merged files carry [[part]] entries and others do not, and that
README.txt lists every stem.
"""
import datetime as dt
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACTS = ("imaging_done", "operated", "treated_abroad")
FACTVALS = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
PART_KEYS = {"kinds", "date", "also_dates", "author"}
EXTS = (".pdf", ".docx", ".txt")

errors = []
def err(stem, msg):
    errors.append(f"{stem}: {msg}")

def iso(stem, v, what):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(stem, f"{what} is not an ISO date string: {v!r}")
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{what} is not a valid date: {v!r}")
        return None

# ------------------------------------------------------------------ text extraction
def pdf_text(stem, path):
    from pypdf import PdfReader
    try:
        r = PdfReader(path)
    except Exception as e:
        err(stem, f"PDF does not open: {e}")
        return "", 0
    if r.is_encrypted:
        err(stem, "PDF is encrypted")
        return "", 0
    texts = []
    for i, p in enumerate(r.pages):
        t = p.extract_text() or ""
        if len(t.strip()) < 20:
            err(stem, f"PDF page {i + 1} has no extractable text")
        texts.append(t)
    return "\n".join(texts), len(r.pages)

def docx_text(stem, path):
    import docx
    try:
        d = docx.Document(path)
    except Exception as e:
        err(stem, f"DOCX does not open: {e}")
        return ""
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    text = "\n".join(parts)
    if len(text.strip()) < 50:
        err(stem, "DOCX has (almost) no text")
    return text

def txt_text(stem, path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except UnicodeDecodeError as e:
        err(stem, f"TXT is not UTF-8: {e}")
        return ""
    if len(text.strip()) < 50:
        err(stem, "TXT has (almost) no text")
    return text

# ------------------------------------------------------------------ date forms
NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
NL_A = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

def date_forms(d):
    D, M, Y = d.day, d.month, d.year
    f = set()
    for dd in (f"{D:02d}", str(D)):
        for mm in (f"{M:02d}", str(M)):
            for sep in "-./":
                f.add(f"{dd}{sep}{mm}{sep}{Y}")
            f.add(f"{mm}/{dd}/{Y}")           # US
        for mlist in (NL_M, EN_M, DE_M, NL_A):
            f.add(f"{dd} {mlist[M - 1]} {Y}".lower())
            f.add(f"{dd} {mlist[M - 1]}. {Y}".lower())
            f.add(f"{dd}. {mlist[M - 1]} {Y}".lower())
        f.add(f"{dd}-{EN_M[M - 1][:3]}-{Y}".lower())
        f.add(f"{EN_M[M - 1]} {dd}, {Y}".lower())
        f.add(f"{dd}rd {EN_M[M - 1]} {Y}".lower()); f.add(f"{dd}th {EN_M[M - 1]} {Y}".lower())
        f.add(f"{dd}st {EN_M[M - 1]} {Y}".lower()); f.add(f"{dd}nd {EN_M[M - 1]} {Y}".lower())
    f.add(d.isoformat())
    f.add(f"{D:02d}.{M:02d}.{str(Y)[2:]}")
    wd = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][d.weekday()]
    f.add(f"{wd} {D} {NL_M[M - 1]} {Y}")
    return f

def date_in_text(d, text):
    t = re.sub(r"\s+", " ", text).lower()
    return any(form.lower() in t for form in date_forms(d))

# ------------------------------------------------------------------ labels
def check_label(stem, lab, fmt, text):
    for k in lab:
        if k not in TOP_KEYS:
            err(stem, f"unknown key {k!r}")
    kinds = lab.get("kinds")
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        err(stem, f"bad kinds {kinds!r}")
        kinds = []
    if len(set(kinds)) != len(kinds):
        err(stem, "duplicate kinds")
    dates = []
    if "date" in lab:
        d = iso(stem, lab["date"], "date")
        if d:
            dates.append(d)
    ad = lab.get("also_dates", [])
    if not isinstance(ad, list):
        err(stem, "also_dates is not a list")
        ad = []
    if ad and "date" not in lab:
        err(stem, "also_dates without date")
    for x in ad:
        d = iso(stem, x, "also_dates entry")
        if d:
            dates.append(d)
    if lab.get("author") not in AUTHORS:
        err(stem, f"bad author {lab.get('author')!r}")
    if lab.get("language") not in LANGS:
        err(stem, f"bad language {lab.get('language')!r}")
    if not isinstance(lab.get("style"), str) or not lab["style"].strip():
        err(stem, "style missing")
    if "referral" in kinds:
        if not isinstance(lab.get("referral_question"), bool):
            err(stem, "referral_question (bool) required when 'referral' is a kind")
    elif "referral_question" in lab:
        err(stem, "referral_question given but 'referral' is not a kind")
    for f in FACTS:
        if lab.get(f) not in FACTVALS:
            err(stem, f"bad {f} {lab.get(f)!r}")
    if "notes" in lab and not isinstance(lab["notes"], str):
        err(stem, "notes is not a string")
    parts = lab.get("part")
    if parts is not None:
        if fmt != ".pdf":
            err(stem, "[[part]] entries on a non-PDF file")
        if not isinstance(parts, list) or len(parts) < 2:
            err(stem, "[[part]] needs at least two entries (merged file)")
            parts = []
        union = set()
        for i, p in enumerate(parts):
            ps = f"{stem} part {i + 1}"
            for k in p:
                if k not in PART_KEYS:
                    err(ps, f"unknown key {k!r}")
            pk = p.get("kinds")
            if not isinstance(pk, list) or any(k not in KINDS for k in pk):
                err(ps, f"bad kinds {pk!r}")
                pk = []
            union |= set(pk)
            if "date" in p:
                d = iso(ps, p["date"], "date")
                if d:
                    dates.append(d)
            for x in p.get("also_dates", []):
                d = iso(ps, x, "also_dates entry")
                if d:
                    dates.append(d)
            if p.get("author") not in AUTHORS:
                err(ps, f"bad author {p.get('author')!r}")
        if union != set(kinds):
            err(stem, f"top-level kinds {sorted(kinds)} differ from the union of part kinds {sorted(union)}")
    for d in dates:
        if text and not date_in_text(d, text):
            err(stem, f"labelled date {d} not found in the document text in any usual form")
    return kinds

# ------------------------------------------------------------------ main
def main():
    files = sorted(os.listdir(DOCS))
    stems = sorted({os.path.splitext(f)[0] for f in files})
    fmt_c, lang_c, kind_c, merged = Counter(), Counter(), Counter(), 0
    for stem in stems:
        docs = [f for f in files if os.path.splitext(f)[0] == stem and f.endswith(EXTS)]
        others = [f for f in files if os.path.splitext(f)[0] == stem and not f.endswith(EXTS + (".toml",))]
        if others:
            err(stem, f"unexpected files {others}")
        if len(docs) != 1:
            err(stem, f"expected exactly one document file, found {docs}")
            continue
        path = os.path.join(DOCS, docs[0])
        ext = os.path.splitext(docs[0])[1]
        if ext == ".pdf":
            text, _ = pdf_text(stem, path)
        elif ext == ".docx":
            text = docx_text(stem, path)
        else:
            text = txt_text(stem, path)
        lp = os.path.join(DOCS, stem + ".toml")
        if not os.path.exists(lp):
            err(stem, "label missing")
            continue
        try:
            with open(lp, "rb") as f:
                lab = tomllib.load(f)
        except Exception as e:
            err(stem, f"label does not parse: {e}")
            continue
        kinds = check_label(stem, lab, ext, text)
        fmt_c[ext[1:]] += 1
        lang_c[lab.get("language")] += 1
        for k in kinds or ["(none)"]:
            kind_c[k] += 1
        merged += "part" in lab
    expected = [f"tq-{i:03d}" for i in range(1, 65)]
    missing = sorted(set(expected) - set(stems))
    if missing:
        errors.append(f"missing stems: {missing}")
    readme = os.path.join(HERE, "README.txt")
    if os.path.exists(readme):
        rt = open(readme, encoding="utf-8").read()
        for s in expected:
            if not re.search(rf"^{s}\b", rt, re.M):
                errors.append(f"README.txt has no line for {s}")
    else:
        errors.append("README.txt missing")

    n = sum(fmt_c.values())
    print(f"documents: {n} (merged PDFs: {merged})")
    print("formats:  ", ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(fmt_c.items())))
    print("languages:", ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(lang_c.items())))
    print("kinds:    ", ", ".join(f"{k} {v}" for k, v in sorted(kind_c.items())))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0

if __name__ == "__main__":
    sys.exit(main())
