#!/usr/bin/env python3
"""Validate the tz corpus in ../../docs against label_format.md.

Checks per label: only known keys, required keys present, allowed values, ISO dates, kinds from the
list without duplicates, referral_question present exactly when 'referral' is a kind, [[part]] only
in PDFs with 2-4 parts whose kinds add up to the top-level kinds. Per document: exactly one document
file per label, text extracts (pypdf / python-docx / utf-8), every PDF page has text, the labelled
dates occur in the text in some written form, the labelled language is the dominant one.
Batch: 64 documents, format and language mix, exactly 4 merged PDFs, every kind covered.
Exit code 0 when everything passes, 1 otherwise."""
import datetime as dt
import glob
import io
import os
import re
import sys
import tomllib

from pypdf import PdfReader
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))

KINDS = ["referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"]
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "author"}
PART_REQUIRED = {"kinds", "author"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "nl_short": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "en_short": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}

STOP = {
    "nl": ["de", "het", "een", "en", "van", "is", "niet", "met", "voor", "bij", "geen", "werd", "zijn", "wij",
           "naar", "op", "patiënt", "patiënte", "uw", "graag"],
    "en": ["the", "and", "of", "to", "with", "was", "is", "no", "for", "on", "in", "he", "she", "his", "her",
           "patient", "date", "by", "not"],
    "de": ["der", "die", "das", "und", "mit", "nach", "wir", "ist", "nicht", "keine", "kein", "bei", "des",
           "den", "ein", "eine", "Patient", "Patientin", "zur"],
}

errors = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    forms = {
        iso,
        f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}",
        f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}",
        f"{m:02d}/{dd:02d}/{y}",
        f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}",
        f"{dd} {MONTHS['nl'][m-1]} {y}", f"{dd} {MONTHS['nl_short'][m-1]} {y}",
        f"{dd} {MONTHS['en'][m-1]} {y}", f"{MONTHS['en'][m-1]} {dd}, {y}",
        f"{dd:02d}-{MONTHS['en_short'][m-1]}-{y}", f"{dd} {MONTHS['en_short'][m-1]} {y}",
        f"{dd}. {MONTHS['de'][m-1]} {y}",
    }
    return forms


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = PdfReader(path)
        pages = [(p.extract_text() or "") for p in r.pages]
        return "\n".join(pages), pages
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        txt = "\n".join(parts)
        return txt, [txt]
    with open(path, "rb") as f:
        raw = f.read()
    txt = raw.decode("utf-8")
    return txt, [txt]


def lang_scores(text):
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text)
    low = [w.lower() for w in words]
    out = {}
    for lang, sw in STOP.items():
        s = set(w.lower() for w in sw)
        out[lang] = sum(1 for w in low if w in s)
    return out


def check_iso(stem, what, v):
    if not isinstance(v, str) or not ISO.match(v):
        err(stem, f"{what} not an ISO date string: {v!r}")
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{what} not a valid date: {v!r}")
        return False
    return True


def check_kinds(stem, what, kinds):
    if not isinstance(kinds, list):
        err(stem, f"{what} kinds must be a list")
        return []
    for k in kinds:
        if k not in KINDS:
            err(stem, f"{what} unknown kind {k!r}")
    if len(set(kinds)) != len(kinds):
        err(stem, f"{what} duplicate kinds")
    return kinds


def main():
    labels = sorted(glob.glob(os.path.join(DOCS, "tz-*.toml")))
    files = sorted(f for f in glob.glob(os.path.join(DOCS, "tz-*")) if not f.endswith(".toml"))
    stems_l = {os.path.basename(f)[:-5] for f in labels}
    stems_f = {}
    for f in files:
        b = os.path.basename(f)
        stem, ext = b.rsplit(".", 1)
        if ext not in ("pdf", "docx", "txt"):
            err(stem, f"unexpected file {b}")
        stems_f.setdefault(stem, []).append(f)
    for s in sorted(set(stems_f) - stems_l):
        err(s, "document without label")
    expected = {f"tz-{i:03d}" for i in range(1, 65)}
    if stems_l != expected:
        err("batch", f"labels missing: {sorted(expected - stems_l)} extra: {sorted(stems_l - expected)}")

    fmt_count, lang_count, kind_count = {}, {}, {k: 0 for k in KINDS + ["(none)"]}
    merged = 0
    fact_values = {f: set() for f in ("imaging_done", "operated", "treated_abroad")}
    for lp in labels:
        stem = os.path.basename(lp)[:-5]
        try:
            with open(lp, "rb") as f:
                lab = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            err(stem, f"label is not valid TOML: {e}")
            continue
        for k in lab:
            if k not in TOP_KEYS:
                err(stem, f"unknown key {k!r}")
        for k in REQUIRED - set(lab):
            err(stem, f"missing key {k!r}")
        kinds = check_kinds(stem, "top", lab.get("kinds", []))
        if "date" in lab:
            check_iso(stem, "date", lab["date"])
        for i, a in enumerate(lab.get("also_dates", [])):
            check_iso(stem, f"also_dates[{i}]", a)
        if "also_dates" in lab and "date" not in lab:
            err(stem, "also_dates without date")
        if lab.get("author") not in AUTHORS:
            err(stem, f"author {lab.get('author')!r} not allowed")
        if lab.get("language") not in LANGS:
            err(stem, f"language {lab.get('language')!r} not allowed")
        for f in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(f) not in FACT:
                err(stem, f"{f} {lab.get(f)!r} not allowed")
            else:
                fact_values[f].add(lab[f])
        for f in ("style", "notes"):
            if not isinstance(lab.get(f), str) or not lab.get(f, "").strip():
                err(stem, f"{f} must be a non-empty string")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral_question (bool) required when 'referral' is a kind")
        elif "referral_question" in lab:
            err(stem, "referral_question only allowed when 'referral' is a kind")
        for k in kinds:
            kind_count[k] += 1
        if not kinds:
            kind_count["(none)"] += 1
        lang_count[lab.get("language")] = lang_count.get(lab.get("language"), 0) + 1

        docfiles = stems_f.get(stem, [])
        if len(docfiles) != 1:
            err(stem, f"expected exactly one document file, found {len(docfiles)}")
            continue
        path = docfiles[0]
        ext = path.rsplit(".", 1)[1]
        fmt_count[ext] = fmt_count.get(ext, 0) + 1
        try:
            text, pages = extract(path)
        except Exception as e:  # noqa: BLE001
            err(stem, f"text extraction failed: {e}")
            continue
        if len(text.strip()) < 200:
            err(stem, f"too little text extracted ({len(text.strip())} chars)")
        for i, p in enumerate(pages):
            if len(p.strip()) < 20:
                err(stem, f"page {i+1} has no extractable text")

        parts = lab.get("part")
        all_dates = ([lab["date"]] if "date" in lab else []) + list(lab.get("also_dates", []))
        if parts is not None:
            merged += 1
            if ext != "pdf":
                err(stem, "[[part]] only allowed for merged PDFs")
            if not isinstance(parts, list) or not 2 <= len(parts) <= 4:
                err(stem, "merged PDF must have 2-4 [[part]] entries")
                parts = parts if isinstance(parts, list) else []
            if len(pages) < len(parts):
                err(stem, f"{len(parts)} parts but only {len(pages)} pages")
            union = set()
            for i, p in enumerate(parts):
                for k in p:
                    if k not in PART_KEYS:
                        err(stem, f"part {i+1}: unknown key {k!r}")
                for k in PART_REQUIRED - set(p):
                    err(stem, f"part {i+1}: missing key {k!r}")
                union |= set(check_kinds(stem, f"part {i+1}", p.get("kinds", [])))
                if p.get("author") not in AUTHORS:
                    err(stem, f"part {i+1}: author {p.get('author')!r} not allowed")
                if "date" in p and check_iso(stem, f"part {i+1} date", p["date"]):
                    all_dates.append(p["date"])
            if union != set(kinds):
                err(stem, f"top-level kinds {sorted(kinds)} differ from union of parts {sorted(union)}")
            if "referral" in union and not lab.get("referral_question") in (True, False):
                err(stem, "referral_question missing for a bundle with a referral part")
            if parts and lab.get("date") and lab["date"] not in [p.get("date") for p in parts]:
                err(stem, "top-level date of a bundle should be one of its part dates")
        # dates written somewhere in the text
        for d in set(all_dates):
            try:
                forms = date_forms(d)
            except ValueError:
                continue
            if not any(f in text for f in forms):
                err(stem, f"labelled date {d} not found in the text in any known form")
        # dominant language
        sc = lang_scores(text)
        lab_lang = lab.get("language")
        if lab_lang in sc and parts is None:
            best = max(sc, key=sc.get)
            if best != lab_lang:
                err(stem, f"labelled language {lab_lang} but text looks {best} ({sc})")

    n = len(labels)
    if merged != 4:
        err("batch", f"expected exactly 4 merged PDFs, found {merged}")
    targets_fmt = {"pdf": 0.45, "docx": 0.30, "txt": 0.25}
    for k, share in targets_fmt.items():
        got = fmt_count.get(k, 0)
        if abs(got - share * n) > 0.05 * n:
            err("batch", f"format {k}: {got} of {n}, target about {share:.0%}")
    targets_lang = {"nl": 0.55, "en": 0.30, "de": 0.15}
    for k, share in targets_lang.items():
        got = lang_count.get(k, 0)
        if abs(got - share * n) > 0.05 * n:
            err("batch", f"language {k}: {got} of {n}, target about {share:.0%}")
    for k, c in kind_count.items():
        if c == 0:
            err("batch", f"kind {k} never used")
    for f, vals in fact_values.items():
        if vals != FACT:
            err("batch", f"fact {f} does not use all values: {sorted(vals)}")

    print(f"documents: {n}   formats: {fmt_count}   languages: {lang_count}   merged PDFs: {merged}")
    print("kinds: " + ", ".join(f"{k}={v}" for k, v in kind_count.items()))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all labels and documents pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
