#!/usr/bin/env python3
"""Verify the vh- corpus in ../../docs: every document has a parseable label with the required keys and valid
values, every PDF/DOCX opens and yields text, and every labelled date occurs in the document text in some
common written form. Prints a summary; exit status 1 on any error."""
import collections
import datetime as dt
import os
import re
import sys
import tomllib

import docx
from pypdf import PdfReader

DOCS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs"))
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
REQUIRED = ["kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"]
ALLOWED = set(REQUIRED) | {"date", "also_dates", "referral_question", "part"}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
}
ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ABBR_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

errors, warnings = [], []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def warn(stem, msg):
    warnings.append(f"{stem}: {msg}")


def extract(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        r = PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), 1
    with open(path, encoding="utf-8") as fh:
        return fh.read(), 1


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    D, M, Y = d.day, d.month, d.year
    forms = {f"{D:02d}-{M:02d}-{Y}", f"{D}-{M}-{Y}", f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}",
             f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}", iso, f"{M:02d}/{D:02d}/{Y}",
             f"{D:02d}-{ABBR[M-1]}-{Y}", f"{D:02d}-{ABBR_NL[M-1]}-{Y}", f"{D} {ABBR[M-1]} {Y}",
             f"{D} {ABBR_NL[M-1]}. {Y}", f"{D} {ABBR_NL[M-1]} {Y}"}
    for lang in MONTHS:
        m = MONTHS[lang][M - 1]
        forms |= {f"{D} {m} {Y}", f"{D}. {m} {Y}", f"{m} {D}, {Y}"}
    return {f.lower() for f in forms}


def norm(text):
    t = text.lower().replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", t)


STOP = {
    "nl": {"de", "het", "een", "en", "van", "is", "niet", "met", "op", "voor", "zijn", "geen", "patiënt", "bij", "wij"},
    "en": {"the", "and", "of", "to", "is", "was", "with", "for", "on", "no", "not", "patient", "he", "she", "we"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "wir", "für", "kein", "keine", "bei", "ein", "eine", "im"},
}


def guess_lang(text):
    words = re.findall(r"[a-zäöüßéëï]+", text.lower())
    scores = {l: sum(1 for w in words if w in s) for l, s in STOP.items()}
    return max(scores, key=scores.get), scores


def main():
    if not os.path.isdir(DOCS):
        print(f"no docs directory at {DOCS}")
        return 1
    files = collections.defaultdict(list)
    for fn in sorted(os.listdir(DOCS)):
        if fn.startswith("vh-"):
            stem, ext = fn.rsplit(".", 1)
            files[stem].append(ext)
    counts = collections.Counter()
    kinds_count = collections.Counter()
    lang_count = collections.Counter()
    fmt_count = collections.Counter()
    styles_per_kind = collections.defaultdict(set)
    merged = 0
    for stem in sorted(files):
        exts = files[stem]
        if not re.fullmatch(r"vh-\d{3}", stem):
            err(stem, "bad stem")
        docexts = [e for e in exts if e in ("pdf", "docx", "txt")]
        if len(docexts) != 1:
            err(stem, f"expected exactly one document file, found {docexts}")
            continue
        if "toml" not in exts:
            err(stem, "missing label")
            continue
        ext = docexts[0]
        path = os.path.join(DOCS, f"{stem}.{ext}")
        try:
            with open(os.path.join(DOCS, stem + ".toml"), "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:  # noqa
            err(stem, f"label does not parse: {e}")
            continue
        for k in REQUIRED:
            if k not in lab:
                err(stem, f"label lacks key {k}")
        for k in lab:
            if k not in ALLOWED:
                err(stem, f"unknown label key {k}")
        kinds = lab.get("kinds", [])
        if not isinstance(kinds, list) or not set(kinds) <= KINDS or len(set(kinds)) != len(kinds):
            err(stem, f"bad kinds {kinds}")
        if lab.get("author") not in AUTHORS:
            err(stem, f"bad author {lab.get('author')}")
        if lab.get("language") not in LANGS:
            err(stem, f"bad language {lab.get('language')}")
        for f in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(f) not in FACT:
                err(stem, f"bad {f} {lab.get(f)}")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral without boolean referral_question")
        elif "referral_question" in lab:
            err(stem, "referral_question on a non-referral")
        if not str(lab.get("style", "")).strip() or not str(lab.get("notes", "")).strip():
            err(stem, "empty style or notes")
        dates = []
        for key in ("date",):
            if key in lab:
                dates.append(lab[key])
        dates += lab.get("also_dates", [])
        parts = lab.get("part", [])
        for i, p in enumerate(parts):
            if "kinds" not in p or "author" not in p:
                err(stem, f"part {i+1} lacks kinds/author")
                continue
            if not set(p["kinds"]) <= KINDS:
                err(stem, f"part {i+1} bad kinds")
            if p["author"] not in AUTHORS:
                err(stem, f"part {i+1} bad author")
            if "date" in p:
                dates.append(p["date"])
            dates += p.get("also_dates", [])
        if parts:
            merged += 1
            union = set().union(*[set(p.get("kinds", [])) for p in parts])
            if union != set(kinds):
                err(stem, f"top-level kinds {kinds} != union of parts {sorted(union)}")
            if ext != "pdf" or not 2 <= len(parts) <= 4:
                err(stem, "parts only for merged PDFs with 2-4 parts")
        for ds in dates:
            try:
                dt.date.fromisoformat(ds)
            except Exception:  # noqa
                err(stem, f"bad date {ds}")
        # open and extract
        try:
            text, npages = extract(path)
        except Exception as e:  # noqa
            err(stem, f"cannot open/extract {ext}: {e}")
            continue
        if len(text.strip()) < 200:
            err(stem, f"too little text extracted ({len(text.strip())} chars)")
        if parts and npages < len(parts):
            err(stem, f"{len(parts)} parts but only {npages} pages")
        nt = norm(text)
        for ds in dates:
            try:
                if not any(f in nt for f in date_forms(ds)):
                    err(stem, f"labelled date {ds} not found in the text")
            except ValueError:
                pass
        g, sc = guess_lang(text)
        if g != lab.get("language"):
            warn(stem, f"language heuristic says {g} {sc}, label {lab.get('language')}")
        fmt_count[ext + (" (merged)" if parts else "")] += 1
        lang_count[lab.get("language")] += 1
        for k in kinds:
            kinds_count[k] += 1
        if not kinds:
            kinds_count["(none)"] += 1
        for p in parts:
            for k in p.get("kinds", []):
                styles_per_kind[k].add(lab["style"] + f" [part]")
        if not parts:
            for k in kinds:
                styles_per_kind[k].add(lab["style"])
        counts["docs"] += 1
    print(f"checked {counts['docs']} documents in {DOCS}")
    print("formats:", dict(sorted(fmt_count.items())))
    print("languages:", dict(sorted(lang_count.items())))
    print("kinds (documents carrying the kind):", dict(sorted(kinds_count.items())))
    print("distinct styles per kind:", {k: len(v) for k, v in sorted(styles_per_kind.items())})
    print("merged PDFs:", merged)
    for k in KINDS:
        if len(styles_per_kind.get(k, ())) < 4:
            err("corpus", f"kind {k} has fewer than 4 styles")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("RESULT:", "FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
