#!/usr/bin/env python3
"""Validate the vb batch: every document has a label with the required keys and valid values, and opens."""
import collections
import datetime
import os
import re
import sys
import tomllib
import zipfile

DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs")
EXPECTED = ["vb-%03d" % i for i in range(1, 65)]
EXTS = ("pdf", "docx", "txt")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
REQUIRED = ["kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"]
ALLOWED = set(REQUIRED) | {"date", "also_dates", "referral_question", "part"}
PART_ALLOWED = {"kinds", "date", "author"}
N_MERGED = 4

errors = []


def err(stem, msg):
    errors.append("%s: %s" % (stem, msg))


def iso(stem, v, what):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(stem, "%s not an ISO date string: %r" % (what, v))
        return
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        err(stem, "%s invalid date %r" % (what, v))
        return
    if not (datetime.date(1990, 1, 1) <= d <= datetime.date(2027, 12, 31)):
        err(stem, "%s out of plausible range %r" % (what, v))


def check_kinds(stem, kinds, what="kinds"):
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        err(stem, "%s invalid: %r" % (what, kinds))
    elif len(set(kinds)) != len(kinds):
        err(stem, "%s has duplicates" % what)


def check_label(stem, lab):
    for k in REQUIRED:
        if k not in lab:
            err(stem, "missing key %s" % k)
    for k in lab:
        if k not in ALLOWED:
            err(stem, "unknown key %s" % k)
    check_kinds(stem, lab.get("kinds"))
    if lab.get("author") not in AUTHORS:
        err(stem, "author invalid %r" % lab.get("author"))
    if lab.get("language") not in LANGS:
        err(stem, "language invalid %r" % lab.get("language"))
    for f in ("imaging_done", "operated", "treated_abroad"):
        if lab.get(f) not in FACT:
            err(stem, "%s invalid %r" % (f, lab.get(f)))
    for f in ("style", "notes"):
        if not isinstance(lab.get(f), str) or not lab.get(f).strip():
            err(stem, "%s must be a non-empty string" % f)
    if "date" in lab:
        iso(stem, lab["date"], "date")
    for d in lab.get("also_dates", []):
        iso(stem, d, "also_dates")
    if "also_dates" in lab and not isinstance(lab["also_dates"], list):
        err(stem, "also_dates must be a list")
    kinds = lab.get("kinds") or []
    if "referral" in kinds:
        if not isinstance(lab.get("referral_question"), bool):
            err(stem, "referral_question (bool) required when kinds has referral")
    elif "referral_question" in lab:
        err(stem, "referral_question only allowed with referral")
    parts = lab.get("part", [])
    if parts:
        union = set()
        for i, p in enumerate(parts, 1):
            for k in p:
                if k not in PART_ALLOWED:
                    err(stem, "part %d unknown key %s" % (i, k))
            check_kinds(stem, p.get("kinds"), "part %d kinds" % i)
            if p.get("author") not in AUTHORS:
                err(stem, "part %d author invalid" % i)
            if "date" in p:
                iso(stem, p["date"], "part %d date" % i)
            for d in p.get("also_dates", []):
                iso(stem, d, "part %d also_dates" % i)
            union |= set(p.get("kinds") or [])
        if union != set(kinds):
            err(stem, "top-level kinds %r != union of parts %r" % (sorted(kinds), sorted(union)))


def open_doc(stem, path, ext, n_parts):
    try:
        if ext == "pdf":
            from pypdf import PdfReader
            r = PdfReader(path)
            if r.is_encrypted:
                err(stem, "pdf encrypted")
            pages = len(r.pages)
            text = "".join((pg.extract_text() or "") for pg in r.pages)
            if len(text.strip()) < 200:
                err(stem, "pdf has too little text (%d chars)" % len(text.strip()))
            if n_parts and pages < n_parts:
                err(stem, "merged pdf has %d pages for %d parts" % (pages, n_parts))
            return text
        if ext == "docx":
            import docx
            if not zipfile.is_zipfile(path):
                err(stem, "docx is not a zip")
            d = docx.Document(path)
            text = "\n".join(p.text for p in d.paragraphs)
            for t in d.tables:
                for row in t.rows:
                    for c in row.cells:
                        text += "\n" + c.text
            if len(text.strip()) < 200:
                err(stem, "docx has too little text")
            return text
        if ext == "txt":
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
            if len(text.strip()) < 200:
                err(stem, "txt has too little text")
            return text
    except Exception as e:  # noqa: BLE001
        err(stem, "cannot open: %s" % e)
    return ""


def main():
    files = [f for f in os.listdir(DOCS) if f.startswith("vb-")]
    stems_present = sorted({f.split(".")[0] for f in files})
    extra = [s for s in stems_present if s not in EXPECTED]
    if extra:
        errors.append("unexpected stems: %s" % extra)
    by = collections.defaultdict(collections.Counter)
    merged = []
    for stem in EXPECTED:
        docs = [e for e in EXTS if os.path.exists(os.path.join(DOCS, "%s.%s" % (stem, e)))]
        if len(docs) != 1:
            err(stem, "expected exactly one document file, found %r" % docs)
            continue
        ext = docs[0]
        lp = os.path.join(DOCS, stem + ".toml")
        if not os.path.exists(lp):
            err(stem, "missing label")
            continue
        try:
            with open(lp, "rb") as f:
                lab = tomllib.load(f)
        except Exception as e:  # noqa: BLE001
            err(stem, "label does not parse: %s" % e)
            continue
        check_label(stem, lab)
        parts = lab.get("part", [])
        if parts:
            if ext != "pdf":
                err(stem, "parts only expected in merged PDFs")
            merged.append(stem)
        open_doc(stem, os.path.join(DOCS, "%s.%s" % (stem, ext)), ext, len(parts))
        by["format"][ext] += 1
        by["language"][lab.get("language")] += 1
        by["author"][lab.get("author")] += 1
        kinds = lab.get("kinds") or []
        if not kinds:
            by["kind"]["(none)"] += 1
        for k in kinds:
            by["kind"][k] += 1
        for p in parts:
            for k in p.get("kinds") or ["(none)"]:
                by["kind (incl. parts)"][k] += 1
        if not parts:
            for k in kinds or ["(none)"]:
                by["kind (incl. parts)"][k] += 1
        for f in ("imaging_done", "operated", "treated_abroad"):
            by[f][lab.get(f)] += 1
    if len(merged) != N_MERGED:
        errors.append("expected %d merged PDFs with [[part]], found %d: %s" % (N_MERGED, len(merged), merged))
    for k in KINDS:
        if by["kind (incl. parts)"][k] < 4:
            errors.append("kind %s occurs fewer than 4 times" % k)

    for cat in ("format", "language", "author", "kind", "kind (incl. parts)", "imaging_done", "operated",
                "treated_abroad"):
        print("%-20s %s" % (cat + ":", ", ".join("%s=%d" % kv for kv in sorted(by[cat].items()))))
    print("merged:              %s" % ", ".join(merged))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d documents, %d labels" % (len(EXPECTED), len(EXPECTED)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
