#!/usr/bin/env python3
"""Verify the corpus in ../docs: every document has a valid label and is readable.

Checks per stem:
  - exactly one document file (.pdf/.docx/.txt) and one .toml label;
  - the label parses, has the required keys, only known keys, allowed values, ISO dates;
  - referral_question present exactly when "referral" is a kind;
  - [[part]] entries (merged PDFs only): valid kinds/author/date, their kinds add up to the top-level kinds;
  - the file is readable: PDFs not encrypted and every page has extractable text (pypdf), DOCX opens and
    has text (python-docx), TXT decodes (UTF-8, or Windows-1252 as a declared legacy encoding);
  - every labelled date (date, also_dates, part dates) occurs in the text in some common written form.
Prints a summary and exits 1 on any error.
"""
import datetime as dt
import glob
import os
import re
import sys
import tomllib
from collections import Counter

DOCS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs"))

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
TRI = {"yes", "no", "unmentioned"}
REQUIRED = ["kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"]
KNOWN = set(REQUIRED) | {"date", "also_dates", "referral_question", "part"}
PART_KEYS = {"kinds", "date", "author"}
EXTS = ("pdf", "docx", "txt")

M_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"]
M_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
M_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember"]


def date_forms(d):
    day, mon, y = d.day, d.month, d.year
    f = {d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y"), d.isoformat(),
         d.strftime("%m/%d/%Y"), f"{day}.{mon}.{y}", f"{day}-{mon}-{y}", f"{day}/{mon}/{y}",
         f"{day} {M_NL[mon - 1]} {y}", f"{day} {M_EN[mon - 1]} {y}", f"{M_EN[mon - 1]} {day}, {y}",
         f"{day}. {M_DE[mon - 1]} {y}", f"{day:02d}-{M_EN[mon - 1][:3]}-{y}", f"{day} {M_EN[mon - 1][:3]} {y}",
         f"{day} {M_NL[mon - 1][:3]}. {y}"}
    return {x.lower() for x in f}


def read_text(path, ext, errors):
    if ext == "pdf":
        from pypdf import PdfReader
        rd = PdfReader(path)
        if rd.is_encrypted:
            errors.append("PDF is encrypted")
            return ""
        texts = []
        for i, pg in enumerate(rd.pages):
            t = pg.extract_text() or ""
            if len(t.strip()) < 20:
                errors.append(f"PDF page {i + 1} has no extractable text")
            texts.append(t)
        return "\n".join(texts), len(rd.pages)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
            for t in s.header.tables:
                for row in t.rows:
                    parts += [c.text for c in row.cells]
        return "\n".join(parts), None
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252"), None


def check_date(val, where, errors):
    if not isinstance(val, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", val):
        errors.append(f"{where}: not an ISO date: {val!r}")
        return None
    try:
        return dt.date.fromisoformat(val)
    except ValueError:
        errors.append(f"{where}: invalid date {val!r}")
        return None


def check_kinds(kinds, where, errors):
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        errors.append(f"{where}: kinds must be a list from {sorted(KINDS)}: {kinds!r}")
        return []
    if len(set(kinds)) != len(kinds):
        errors.append(f"{where}: duplicate kinds")
    return kinds


def main():
    all_errors = {}
    stats = {"format": Counter(), "language": Counter(), "kind": Counter(), "author": Counter()}
    merged = 0
    labels = sorted(glob.glob(os.path.join(DOCS, "vc-*.toml")))
    stems = sorted({os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(DOCS, "vc-*"))})
    for stem in stems:
        errors = []
        files = [e for e in EXTS if os.path.exists(os.path.join(DOCS, f"{stem}.{e}"))]
        tp = os.path.join(DOCS, f"{stem}.toml")
        if len(files) != 1:
            errors.append(f"expected exactly one document file, found {files}")
        if not os.path.exists(tp):
            errors.append("missing label .toml")
        if errors:
            all_errors[stem] = errors
            continue
        ext = files[0]
        try:
            with open(tp, "rb") as f:
                lab = tomllib.load(f)
        except Exception as e:  # noqa: BLE001
            all_errors[stem] = [f"label does not parse: {e}"]
            continue
        for k in REQUIRED:
            if k not in lab:
                errors.append(f"missing key {k}")
        for k in lab:
            if k not in KNOWN:
                errors.append(f"unknown key {k}")
        kinds = check_kinds(lab.get("kinds"), "kinds", errors)
        if lab.get("author") not in AUTHORS:
            errors.append(f"author not allowed: {lab.get('author')!r}")
        if lab.get("language") not in LANGS:
            errors.append(f"language not allowed: {lab.get('language')!r}")
        for k in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(k) not in TRI:
                errors.append(f"{k} not allowed: {lab.get(k)!r}")
        for k in ("style", "notes"):
            if not isinstance(lab.get(k), str) or not lab.get(k).strip():
                errors.append(f"{k} must be a non-empty string")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                errors.append("referral_question (bool) required when kinds has referral")
        elif "referral_question" in lab:
            errors.append("referral_question only allowed when kinds has referral")
        dates = []
        if "date" in lab:
            d = check_date(lab["date"], "date", errors)
            if d:
                dates.append(("date", d))
        if "also_dates" in lab:
            if "date" not in lab:
                errors.append("also_dates without date")
            if not isinstance(lab["also_dates"], list) or not lab["also_dates"]:
                errors.append("also_dates must be a non-empty list")
            else:
                for x in lab["also_dates"]:
                    d = check_date(x, "also_dates", errors)
                    if d:
                        dates.append(("also_dates", d))
        parts = lab.get("part")
        if parts is not None:
            merged += 1
            if ext != "pdf":
                errors.append("[[part]] only expected for merged PDFs")
            if not isinstance(parts, list) or len(parts) < 2:
                errors.append("[[part]] needs at least two entries")
                parts = []
            union = set()
            for i, pt in enumerate(parts):
                for k in pt:
                    if k not in PART_KEYS:
                        errors.append(f"part {i + 1}: unknown key {k}")
                union |= set(check_kinds(pt.get("kinds"), f"part {i + 1}", errors))
                if pt.get("author") not in AUTHORS:
                    errors.append(f"part {i + 1}: author not allowed: {pt.get('author')!r}")
                if "date" in pt:
                    d = check_date(pt["date"], f"part {i + 1} date", errors)
                    if d:
                        dates.append((f"part {i + 1}", d))
            if union != set(kinds):
                errors.append(f"top-level kinds {sorted(kinds)} != union of part kinds {sorted(union)}")
        # readability
        path = os.path.join(DOCS, f"{stem}.{ext}")
        try:
            text, _ = read_text(path, ext, errors)
        except Exception as e:  # noqa: BLE001
            errors.append(f"not readable: {e}")
            text = ""
        if len(text.strip()) < 200:
            errors.append(f"too little text ({len(text.strip())} chars)")
        low = re.sub(r"[ \t]+", " ", text.lower())
        for where, d in dates:
            if not any(f in low for f in date_forms(d)):
                errors.append(f"{where} {d.isoformat()} not found in the document text")
        if errors:
            all_errors[stem] = errors
            continue
        stats["format"][ext] += 1
        stats["language"][lab["language"]] += 1
        stats["author"][lab["author"]] += 1
        for k in kinds:
            stats["kind"][k] += 1
        if not kinds:
            stats["kind"]["(none)"] += 1

    n = len(stems)
    print(f"documents: {n}   labels: {len(labels)}   merged PDFs: {merged}")
    for key in ("format", "language", "author", "kind"):
        print(f"{key:9s}: " + ", ".join(f"{k}={v}" for k, v in sorted(stats[key].items())))
    if all_errors:
        print(f"\nFAILED: {len(all_errors)} document(s) with errors")
        for stem, errs in all_errors.items():
            for e in errs:
                print(f"  {stem}: {e}")
        return 1
    print("\nOK: all documents have valid labels and are readable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
