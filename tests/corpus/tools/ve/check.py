#!/usr/bin/env python3
"""Validate the ve corpus in ../../docs: every document has a readable file and a correct label.

Checks: 64 stems ve-001..ve-064, one document (pdf|docx|txt) + one .toml each; label keys and allowed
values; ISO dates; referral_question exactly for referrals; merged PDFs (exactly 4) with [[part]]
entries whose kinds add up to the file's kinds; the document opens and has text; every labelled date is
written somewhere in the document; corpus mix (formats, languages, kinds, styles per kind).
Exit code 0 = all checks passed, 1 = errors (listed on stderr).
"""
import datetime as dt
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict

DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs")
N = 64
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
FACT_KEYS = ("imaging_done", "operated", "treated_abroad")
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
ALLOWED = REQUIRED | {"date", "also_dates", "referral_question", "part"}
PART_ALLOWED = {"kinds", "date", "author"}
FORMATS = ("pdf", "docx", "txt")

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "nl_short": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}

errors = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def iso(stem, v, what):
    if not isinstance(v, str):
        err(stem, f"{what} is not a string")
        return None
    try:
        d = dt.date.fromisoformat(v)
        if d.isoformat() != v:
            raise ValueError
        return d
    except ValueError:
        err(stem, f"{what} {v!r} is not an ISO date")
        return None


def date_forms(d):
    y, m, dd = d.year, d.month, d.day
    f = {d.isoformat(), f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}",
         f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}-{m:02d}-{y % 100:02d}"}
    for key in ("nl", "en", "de"):
        mon = MONTHS[key][m - 1]
        f |= {f"{dd} {mon} {y}", f"{dd}. {mon} {y}", f"{mon} {dd}, {y}"}
    short = MONTHS["nl_short"][m - 1]
    en3 = MONTHS["en"][m - 1][:3]
    f |= {f"{dd} {short}. {y}", f"{dd} {short} {y}", f"{dd:02d}-{en3}-{y}", f"{dd} {en3} {y}"}
    return {x.lower() for x in f}


def doc_text(path, fmt):
    if fmt == "txt":
        with open(path, "rb") as fh:
            return fh.read().decode("utf-8")
    if fmt == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        if r.is_encrypted:
            raise ValueError("encrypted PDF")
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
        return "\n".join(parts)
    raise ValueError(fmt)


def main():
    if not os.path.isdir(DOCS):
        print(f"no docs directory at {DOCS}", file=sys.stderr)
        return 1
    stems = [f"ve-{i:03d}" for i in range(1, N + 1)]
    present = {f for f in os.listdir(DOCS) if f.startswith("ve-")}
    expected = set()
    labels = {}
    fmts = {}
    for stem in stems:
        docs = [f for f in FORMATS if f"{stem}.{f}" in present]
        if len(docs) != 1:
            err(stem, f"expected exactly one document file, found {docs}")
            continue
        fmt = docs[0]
        fmts[stem] = fmt
        expected |= {f"{stem}.{fmt}", f"{stem}.toml"}
        if f"{stem}.toml" not in present:
            err(stem, "label missing")
            continue
        try:
            with open(os.path.join(DOCS, f"{stem}.toml"), "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:  # noqa: BLE001
            err(stem, f"label does not parse: {e}")
            continue
        labels[stem] = lab
    stray = sorted(present - expected)
    if stray:
        errors.append(f"unexpected files in docs/: {stray}")

    merged = []
    for stem, lab in labels.items():
        fmt = fmts[stem]
        keys = set(lab)
        if REQUIRED - keys:
            err(stem, f"missing keys {sorted(REQUIRED - keys)}")
        if keys - ALLOWED:
            err(stem, f"unknown keys {sorted(keys - ALLOWED)}")
        kinds = lab.get("kinds")
        if not isinstance(kinds, list) or not set(kinds) <= KINDS or len(set(kinds)) != len(kinds or []):
            err(stem, f"bad kinds {kinds!r}")
            kinds = []
        if lab.get("author") not in AUTHORS:
            err(stem, f"bad author {lab.get('author')!r}")
        if lab.get("language") not in LANGS:
            err(stem, f"bad language {lab.get('language')!r}")
        if not isinstance(lab.get("style"), str) or not lab.get("style", "").strip():
            err(stem, "style must be a non-empty string")
        if not isinstance(lab.get("notes"), str) or len(lab.get("notes", "")) < 20:
            err(stem, "notes must say what makes the document hard")
        for k in FACT_KEYS:
            if lab.get(k) not in FACT:
                err(stem, f"bad {k} {lab.get(k)!r}")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral needs a boolean referral_question")
        elif "referral_question" in lab:
            err(stem, "referral_question without 'referral' kind")
        dates = []
        if "date" in lab:
            d = iso(stem, lab["date"], "date")
            if d:
                dates.append(d)
        if "also_dates" in lab:
            if "date" not in lab:
                err(stem, "also_dates without date")
            if not isinstance(lab["also_dates"], list) or not lab["also_dates"]:
                err(stem, "also_dates must be a non-empty list")
            else:
                for v in lab["also_dates"]:
                    d = iso(stem, v, "also_dates entry")
                    if d:
                        dates.append(d)
                if lab.get("date") in lab["also_dates"]:
                    err(stem, "also_dates repeats date")
        parts = lab.get("part")
        if parts is not None:
            merged.append(stem)
            if fmt != "pdf":
                err(stem, "[[part]] only allowed for merged PDFs")
            if not isinstance(parts, list) or len(parts) < 2:
                err(stem, "a merged file needs at least two [[part]] entries")
                parts = []
            union = set()
            for i, p in enumerate(parts, 1):
                if set(p) - PART_ALLOWED or not {"kinds", "author"} <= set(p):
                    err(stem, f"part {i}: keys must be kinds, author (+date), got {sorted(p)}")
                pk = p.get("kinds")
                if not isinstance(pk, list) or not set(pk) <= KINDS:
                    err(stem, f"part {i}: bad kinds {pk!r}")
                    pk = []
                union |= set(pk)
                if p.get("author") not in AUTHORS:
                    err(stem, f"part {i}: bad author {p.get('author')!r}")
                if "date" in p:
                    d = iso(stem, p["date"], f"part {i} date")
                    if d:
                        dates.append(d)
            if union != set(kinds):
                err(stem, f"file kinds {sorted(kinds)} != union of part kinds {sorted(union)}")
        # readable, and labelled dates written in the document
        path = os.path.join(DOCS, f"{stem}.{fmt}")
        try:
            res = doc_text(path, fmt)
            text, npages = (res if isinstance(res, tuple) else (res, None))
        except Exception as e:  # noqa: BLE001
            err(stem, f"document does not open: {e}")
            continue
        if len(text.strip()) < 200:
            err(stem, "document has (almost) no extractable text")
        if parts and npages is not None and npages < len(parts):
            err(stem, f"{len(parts)} parts but only {npages} pages")
        flat = re.sub(r"\s+", " ", text).lower()
        for d in dates:
            if not any(f in flat for f in date_forms(d)):
                err(stem, f"labelled date {d} not found in the document text")

    # corpus mix
    n = len(labels)
    fc = Counter(fmts[s] for s in labels)
    lc = Counter(l.get("language") for l in labels.values())
    if len(merged) != 4:
        errors.append(f"expected exactly 4 merged PDFs, found {len(merged)}: {merged}")
    for f, share, tol in (("pdf", .45, .05), ("docx", .30, .05), ("txt", .25, .05)):
        if abs(fc[f] / max(n, 1) - share) > tol:
            errors.append(f"format share {f} = {fc[f]}/{n}, wanted about {share:.0%}")
    for lg, share, tol in (("nl", .55, .06), ("en", .30, .06), ("de", .15, .05)):
        if abs(lc[lg] / max(n, 1) - share) > tol:
            errors.append(f"language share {lg} = {lc[lg]}/{n}, wanted about {share:.0%}")
    styles = defaultdict(set)
    kc = Counter()
    for s, l in labels.items():
        for k in l.get("kinds", []):
            styles[k].add(l.get("style"))
        for p in l.get("part", []) or [l]:
            for k in p.get("kinds", []):
                kc[k] += 1
    for k in sorted(KINDS):
        if len(styles[k]) < 4:
            errors.append(f"kind {k} appears in only {len(styles[k])} styles")
    none_docs = [s for s, l in labels.items() if not l.get("kinds")]
    if len(none_docs) < 5:
        errors.append("too few documents that are none of the kinds")

    # summary
    print(f"documents: {n}  (merged PDFs: {', '.join(merged)})")
    print("formats:  " + ", ".join(f"{k} {fc[k]}" for k in FORMATS))
    print("languages: " + ", ".join(f"{k} {lc[k]}" for k in ("nl", "en", "de")))
    print("kinds (documents + merged parts): " + ", ".join(f"{k} {kc[k]}" for k in sorted(KINDS))
          + f", none {len(none_docs)} files")
    print("styles per kind: " + ", ".join(f"{k} {len(styles[k])}" for k in sorted(KINDS)))
    for fk in FACT_KEYS:
        c = Counter(l.get(fk) for l in labels.values())
        print(f"{fk}: " + ", ".join(f"{v} {c[v]}" for v in ("yes", "no", "unmentioned")))
    rq = Counter(l.get("referral_question") for l in labels.values() if "referral" in l.get("kinds", []))
    print(f"referral_question: true {rq[True]}, false {rq[False]}")
    print(f"undated documents: {sum(1 for l in labels.values() if 'date' not in l)}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK: all labels valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
