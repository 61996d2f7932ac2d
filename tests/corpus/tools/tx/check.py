#!/usr/bin/env python3
"""Validate the tx corpus: every document has a label, every label is well-formed.

Checks: file naming; one document per stem; a label per document and no orphan labels; allowed keys and values;
ISO dates; referral_question present exactly when 'referral' is a kind; [[part]] entries only in merged PDFs (>= 2
parts, no more parts than pages, top-level kinds = union of part kinds); documents readable (pdf/docx/txt); and, as a
warning, that each labelled date occurs in the document text in some common notation.
Exit code 0 when there are no errors."""
import datetime as dt
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "docs")

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question", "imaging_done",
            "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "also_dates", "author"}
EXTS = {".pdf", ".docx", ".txt"}
NAME = re.compile(r"^tx-(\d{3})$")

errors, warnings = [], []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def warn(stem, msg):
    warnings.append(f"{stem}: {msg}")


def iso(stem, what, v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(stem, f"{what} is not an ISO date string: {v!r}")
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{what} is not a valid date: {v!r}")
        return None


def check_kinds(stem, where, kinds):
    if not isinstance(kinds, list):
        err(stem, f"{where}kinds must be a list")
        return []
    for k in kinds:
        if k not in KINDS:
            err(stem, f"{where}unknown kind {k!r}")
    if len(set(kinds)) != len(kinds):
        err(stem, f"{where}duplicate kinds")
    return kinds


def read_text(path):
    ext = os.path.splitext(path)[1]
    if ext == ".txt":
        with open(path, encoding="utf-8") as f:
            return f.read(), None
    if ext == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), None
    raise ValueError(ext)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
ABBR_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def date_forms(d):
    dd, mm, yy, y2 = d.day, d.month, d.year, d.year % 100
    f = {d.isoformat(), f"{dd:02d}-{mm:02d}-{yy}", f"{dd:02d}/{mm:02d}/{yy}", f"{dd:02d}.{mm:02d}.{yy}",
         f"{dd:02d}.{mm:02d}.{y2:02d}", f"{mm:02d}/{dd:02d}/{yy}", f"{mm}/{dd}/{yy}", f"{dd}-{mm}-{yy}",
         f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}.{yy}", f"{dd} {ABBR_NL[mm-1]}. {yy}"}
    f |= {f"{dd} {MONTHS['en'][mm-1][:3]} {yy}", f"{dd:02d} {MONTHS['en'][mm-1][:3]} {yy}"}
    for names in MONTHS.values():
        m = names[mm - 1]
        f |= {f"{dd} {m} {yy}", f"{dd}. {m} {yy}", f"{m} {dd}, {yy}", f"{m} {dd}rd, {yy}", f"{m} {dd}th, {yy}",
              f"{m} {dd}st, {yy}", f"{m} {dd}nd, {yy}", f"{dd}st {m} {yy}", f"{dd}nd {m} {yy}", f"{dd}rd {m} {yy}",
              f"{dd}th {m} {yy}"}
    return f


def main():
    files = sorted(f for f in os.listdir(DOCS) if f.startswith("tx-"))
    docs, labels = {}, set()
    for fn in files:
        stem, ext = os.path.splitext(fn)
        if ext == ".toml":
            labels.add(stem)
            continue
        if ext not in EXTS:
            err(fn, "unexpected file in docs/")
            continue
        if not NAME.match(stem):
            err(fn, "name does not match tx-NNN")
        if stem in docs:
            err(stem, "more than one document with this stem")
        docs[stem] = fn
    for stem in sorted(labels - set(docs)):
        err(stem, "label without document")
    for stem in sorted(set(docs) - labels):
        err(stem, "document without label")

    stats = {"kind": {}, "lang": {}, "fmt": {}, "merged": 0}
    for stem in sorted(docs):
        fn = docs[stem]
        ext = os.path.splitext(fn)[1]
        stats["fmt"][ext] = stats["fmt"].get(ext, 0) + 1
        if stem not in labels:
            continue
        try:
            with open(os.path.join(DOCS, stem + ".toml"), "rb") as f:
                lab = tomllib.load(f)
        except Exception as e:  # noqa
            err(stem, f"label does not parse: {e}")
            continue
        extra = set(lab) - TOP_KEYS
        if extra:
            err(stem, f"unknown keys {sorted(extra)}")
        missing = REQUIRED - set(lab)
        if missing:
            err(stem, f"missing keys {sorted(missing)}")
        kinds = check_kinds(stem, "", lab.get("kinds", []))
        dates = []
        if "date" in lab:
            dates.append(iso(stem, "date", lab["date"]))
        if "also_dates" in lab:
            if not isinstance(lab["also_dates"], list):
                err(stem, "also_dates must be a list")
            else:
                if "date" not in lab:
                    err(stem, "also_dates without date")
                for i, v in enumerate(lab["also_dates"]):
                    dates.append(iso(stem, f"also_dates[{i}]", v))
                if lab.get("date") in lab["also_dates"]:
                    err(stem, "also_dates repeats date")
        if lab.get("author") not in AUTHORS:
            err(stem, f"bad author {lab.get('author')!r}")
        if lab.get("language") not in LANGS:
            err(stem, f"bad language {lab.get('language')!r}")
        stats["lang"][lab.get("language")] = stats["lang"].get(lab.get("language"), 0) + 1
        for k in ("style", "notes"):
            if not isinstance(lab.get(k), str) or not lab.get(k, "").strip():
                err(stem, f"{k} must be a non-empty string")
        for k in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(k) not in FACT:
                err(stem, f"bad {k} {lab.get(k)!r}")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral_question (bool) required when 'referral' is a kind")
        elif "referral_question" in lab:
            err(stem, "referral_question only allowed when 'referral' is a kind")

        # readability
        try:
            text, pages = read_text(os.path.join(DOCS, fn))
            if len(text.strip()) < 200:
                err(stem, "document text suspiciously short")
        except Exception as e:  # noqa
            err(stem, f"document unreadable: {e}")
            text, pages = "", None

        parts = lab.get("part")
        if parts is not None:
            stats["merged"] += 1
            if ext != ".pdf":
                err(stem, "[[part]] entries only allowed for merged PDFs")
            if not isinstance(parts, list) or len(parts) < 2:
                err(stem, "a merged file needs at least 2 parts")
                parts = []
            if pages is not None and len(parts) > pages:
                err(stem, f"{len(parts)} parts but only {pages} pages")
            union = set()
            for i, p in enumerate(parts):
                extra = set(p) - PART_KEYS
                if extra:
                    err(stem, f"part {i+1}: unknown keys {sorted(extra)}")
                if "kinds" not in p or "author" not in p:
                    err(stem, f"part {i+1}: kinds and author required")
                union |= set(check_kinds(stem, f"part {i+1}: ", p.get("kinds", [])))
                if p.get("author") not in AUTHORS:
                    err(stem, f"part {i+1}: bad author {p.get('author')!r}")
                if "date" in p:
                    dates.append(iso(stem, f"part {i+1} date", p["date"]))
                for j, v in enumerate(p.get("also_dates", [])):
                    dates.append(iso(stem, f"part {i+1} also_dates[{j}]", v))
            if union != set(kinds):
                err(stem, f"top-level kinds {sorted(kinds)} != union of part kinds {sorted(union)}")
        for k in kinds:
            stats["kind"][k] = stats["kind"].get(k, 0) + 1
        if not kinds and not parts:
            stats["kind"]["(none)"] = stats["kind"].get("(none)", 0) + 1

        # each labelled date should be visible in the text in some notation
        flat = re.sub(r"\s+", " ", text)
        for d in dates:
            if d and not any(f in flat for f in date_forms(d)):
                warn(stem, f"date {d} not found in the text in a known notation")

    n = len(docs)
    print(f"documents: {n}   labels: {len(labels)}   merged: {stats['merged']}")
    print("formats:  " + ", ".join(f"{k} {v}" for k, v in sorted(stats["fmt"].items())))
    print("languages:" + ", ".join(f" {k} {v}" for k, v in sorted(stats["lang"].items())))
    print("kinds (files having the kind, top level):")
    for k, v in sorted(stats["kind"].items()):
        print(f"   {k:18s} {v}")
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
