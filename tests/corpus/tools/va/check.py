#!/usr/bin/env python3
"""Verify ../../docs: every document has a parseable TOML label with valid values, every PDF/DOCX/TXT opens
and yields text, merged PDFs have [[part]] entries consistent with the top-level kinds, and the label's date
can be found in the text (warning only). Prints counts per format, language, kind. Exit 1 on errors."""
import datetime as dt
import os
import re
import sys
import tomllib
from collections import Counter

DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question", "imaging_done",
        "operated", "treated_abroad", "notes", "part"}
PART_KEYS = {"kinds", "date", "author", "style", "pages"}
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}

errors, warnings = [], []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def warn(stem, msg):
    warnings.append(f"{stem}: {msg}")


def iso(stem, v, what):
    try:
        dt.date.fromisoformat(v)
        return True
    except Exception:
        err(stem, f"{what} is not an ISO date: {v!r}")
        return False


def text_of(path, fmt):
    if fmt == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), 1
    with open(path, encoding="utf-8") as f:
        return f.read(), 1


def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    f = {d.isoformat(), f"{dd:02d}-{m:02d}-{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y}",
         f"{m:02d}/{dd:02d}/{y}", f"{dd}.{m}.{y}"}
    for names in MONTHS.values():
        f.add(f"{dd} {names[m - 1]} {y}")
        f.add(f"{names[m - 1]} {dd}, {y}")
        f.add(f"{dd} {names[m - 1][:3]} {y}")
    return f


def main():
    # The corpus folder holds every writer's documents: check this writer's only.
    files = sorted(f for f in os.listdir(DOCS) if f.startswith("va-"))
    docs = [f for f in files if f.rsplit(".", 1)[-1] in ("pdf", "docx", "txt")]
    tomls = {f[:-5] for f in files if f.endswith(".toml")}
    stems = set()
    c_fmt, c_lang, c_kind, c_auth = Counter(), Counter(), Counter(), Counter()
    merged = []
    for f in docs:
        stem, fmt = f.rsplit(".", 1)
        if stem in stems:
            err(stem, "more than one document file")
        stems.add(stem)
        path = os.path.join(DOCS, f)
        if stem not in tomls:
            err(stem, "no label")
            continue
        try:
            with open(os.path.join(DOCS, stem + ".toml"), "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:
            err(stem, f"label does not parse: {e}")
            continue
        for k in lab:
            if k not in KEYS:
                err(stem, f"unknown key {k}")
        kinds = lab.get("kinds")
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds) or len(set(kinds)) != len(kinds):
            err(stem, f"bad kinds {kinds!r}")
            kinds = []
        if "date" in lab:
            iso(stem, lab["date"], "date")
        for a in lab.get("also_dates", []):
            iso(stem, a, "also_dates")
        if lab.get("author") not in AUTHORS:
            err(stem, f"bad author {lab.get('author')!r}")
        if lab.get("language") not in LANGS:
            err(stem, f"bad language {lab.get('language')!r}")
        if not isinstance(lab.get("style"), str) or not lab["style"]:
            err(stem, "style missing")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral without boolean referral_question")
        elif "referral_question" in lab:
            err(stem, "referral_question given but 'referral' not in kinds")
        for fk in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(fk) not in FACT:
                err(stem, f"bad {fk} {lab.get(fk)!r}")
        if not isinstance(lab.get("notes"), str) or not lab["notes"]:
            err(stem, "notes missing")
        parts = lab.get("part", [])
        if parts:
            merged.append(stem)
            if fmt != "pdf":
                err(stem, "[[part]] only for merged PDFs")
            union = set()
            for i, p in enumerate(parts):
                for k in p:
                    if k not in PART_KEYS:
                        err(stem, f"part {i + 1}: unknown key {k}")
                pk = p.get("kinds")
                if not isinstance(pk, list) or any(k not in KINDS for k in pk):
                    err(stem, f"part {i + 1}: bad kinds")
                else:
                    union |= set(pk)
                if "date" in p:
                    iso(stem, p["date"], f"part {i + 1} date")
                if p.get("author") not in AUTHORS:
                    err(stem, f"part {i + 1}: bad author")
            if union != set(kinds):
                err(stem, f"top-level kinds {sorted(kinds)} != union of parts {sorted(union)}")
            if len(parts) < 2:
                err(stem, "merged file needs at least two parts")
        # open the document
        try:
            text, pages = text_of(path, fmt)
        except Exception as e:
            err(stem, f"{fmt} does not open: {e}")
            continue
        if len(text.strip()) < 200:
            err(stem, "almost no text extracted")
        if parts and pages < len(parts):
            err(stem, f"{len(parts)} parts but only {pages} pages")
        flat = re.sub(r"\s+", " ", text)
        for dv in [lab.get("date")] + list(lab.get("also_dates", [])) + [p.get("date") for p in parts]:
            if dv:
                try:
                    if not any(x in flat for x in date_forms(dt.date.fromisoformat(dv))):
                        warn(stem, f"date {dv} not found in text")
                except ValueError:
                    pass
        c_fmt[fmt] += 1
        c_lang[lab.get("language")] += 1
        c_auth[lab.get("author")] += 1
        for k in kinds or ["(none)"]:
            c_kind[k] += 1
    for t in sorted(tomls - stems):
        err(t, "label without document")
    expected = {f"va-{i:03d}" for i in range(1, 65)}
    for m in sorted(expected - stems):
        err(m, "missing")
    for x in sorted(stems - expected):
        warn(x, "unexpected stem")

    n = len(stems)
    print(f"documents: {n}")
    print("formats:   " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(c_fmt.items())))
    print("languages: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(c_lang.items())))
    print("kinds:     " + ", ".join(f"{k} {v}" for k, v in sorted(c_kind.items())))
    print("authors:   " + ", ".join(f"{k} {v}" for k, v in sorted(c_auth.items())))
    print(f"merged:    {len(merged)} ({', '.join(merged)})")
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
