#!/usr/bin/env python3
"""Validate the tr- corpus: every document has a label and vice versa, label keys and values,
kinds, ISO dates, [[part]] entries for merged PDFs, files readable, README consistent.
Exit 0 when everything is fine, 1 otherwise."""
import datetime
import os
import re
import sys
import tomllib

sys.dont_write_bytecode = True
BASE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(BASE, "docs")
TODAY = datetime.date(2026, 12, 6)

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report",
         "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
EXTS = {"pdf", "docx", "txt"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad",
            "notes"}
PART_KEYS = {"kinds", "date", "author"}
EXPECTED_STEMS = [f"tr-{i:03d}" for i in range(1, 65)]
EXPECTED_MERGED = 4

errors = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def check_date(stem, where, v):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(stem, f"{where}: not an ISO date string: {v!r}")
        return
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{where}: invalid date {v!r}")
        return
    if not (datetime.date(2025, 1, 1) <= d <= TODAY):
        err(stem, f"{where}: {v} outside 2025-01-01..{TODAY}")


def check_kinds(stem, where, ks):
    if not isinstance(ks, list) or not all(isinstance(k, str) for k in ks):
        err(stem, f"{where}: kinds must be a list of strings")
        return
    bad = set(ks) - KINDS
    if bad:
        err(stem, f"{where}: unknown kinds {sorted(bad)}")
    if len(set(ks)) != len(ks):
        err(stem, f"{where}: duplicate kinds")


def readable(stem, path, ext):
    try:
        if ext == "pdf":
            from pypdf import PdfReader
            r = PdfReader(path)
            text = "".join(p.extract_text() or "" for p in r.pages)
            return len(r.pages), text
        if ext == "docx":
            import docx
            d = docx.Document(path)
            text = "\n".join(p.text for p in d.paragraphs)
            for t in d.tables:
                for row in t.rows:
                    text += "\n" + " ".join(c.text for c in row.cells)
            return 1, text
        raw = open(path, "rb").read()
        try:
            return 1, raw.decode("utf-8")
        except UnicodeDecodeError:
            return 1, raw.decode("cp1252")
    except Exception as e:  # noqa: BLE001
        err(stem, f"cannot read {os.path.basename(path)}: {e}")
        return 0, ""


def main():
    files = sorted(os.listdir(DOCS))
    docs, labels = {}, set()
    for f in files:
        if "." not in f:
            err(f, "file without extension")
            continue
        stem, ext = f.rsplit(".", 1)
        if not stem.startswith("tr-"):
            err(f, "unexpected file (stem prefix must be tr-)")
            continue
        if ext == "toml":
            labels.add(stem)
        elif ext in EXTS:
            if stem in docs:
                err(stem, f"two documents for one stem: {docs[stem]} and {f}")
            docs[stem] = f
        else:
            err(f, f"unexpected extension .{ext}")
    for s in sorted(set(docs) - labels):
        err(s, "document without label")
    for s in sorted(labels - set(docs)):
        err(s, "label without document")
    if sorted(docs) != EXPECTED_STEMS:
        err("corpus", f"stems are not exactly tr-001..tr-064 (have {len(docs)})")

    stats = {"kinds": {}, "lang": {}, "fmt": {}, "merged": 0, "none": 0}
    parsed = {}
    for stem in sorted(labels & set(docs)):
        try:
            with open(os.path.join(DOCS, stem + ".toml"), "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:  # noqa: BLE001
            err(stem, f"label is not valid TOML: {e}")
            continue
        parsed[stem] = lab
        ext = docs[stem].rsplit(".", 1)[1]
        unknown = set(lab) - TOP_KEYS
        if unknown:
            err(stem, f"unknown keys {sorted(unknown)}")
        missing = REQUIRED - set(lab)
        if missing:
            err(stem, f"missing keys {sorted(missing)}")
        check_kinds(stem, "kinds", lab.get("kinds", []))
        if "date" in lab:
            check_date(stem, "date", lab["date"])
        for i, d in enumerate(lab.get("also_dates", [])):
            check_date(stem, f"also_dates[{i}]", d)
        if "also_dates" in lab and not isinstance(lab["also_dates"], list):
            err(stem, "also_dates must be a list")
        if lab.get("author") not in AUTHORS:
            err(stem, f"author {lab.get('author')!r} not allowed")
        if lab.get("language") not in LANGS:
            err(stem, f"language {lab.get('language')!r} not allowed")
        for k in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(k) not in FACT:
                err(stem, f"{k} {lab.get(k)!r} not in yes/no/unmentioned")
        for k in ("style", "notes"):
            if not isinstance(lab.get(k), str) or len(lab.get(k, "").strip()) < 10:
                err(stem, f"{k} must be a descriptive string")
        kinds = lab.get("kinds", [])
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral needs boolean referral_question")
        elif "referral_question" in lab:
            err(stem, "referral_question only allowed when 'referral' is a kind")
        pages, text = readable(stem, os.path.join(DOCS, docs[stem]), ext)
        if pages and len(text.strip()) < 200:
            err(stem, "document has (almost) no extractable text")
        parts = lab.get("part")
        if parts is not None:
            stats["merged"] += 1
            if ext != "pdf":
                err(stem, "[[part]] entries only for merged PDFs")
            if not isinstance(parts, list) or len(parts) < 2:
                err(stem, "merged file needs at least two [[part]] entries")
            else:
                union = set()
                for i, p in enumerate(parts):
                    if set(p) - PART_KEYS:
                        err(stem, f"part[{i}] unknown keys {sorted(set(p) - PART_KEYS)}")
                    if PART_KEYS - set(p):
                        err(stem, f"part[{i}] missing keys {sorted(PART_KEYS - set(p))}")
                    check_kinds(stem, f"part[{i}].kinds", p.get("kinds", []))
                    if "date" in p:
                        check_date(stem, f"part[{i}].date", p["date"])
                    if p.get("author") not in AUTHORS:
                        err(stem, f"part[{i}].author {p.get('author')!r} not allowed")
                    union |= set(p.get("kinds", []))
                if union != set(kinds):
                    err(stem, f"top-level kinds {sorted(kinds)} != union of parts {sorted(union)}")
                if pages and pages < len(parts):
                    err(stem, f"{len(parts)} parts but only {pages} pages")
        for k in kinds:
            stats["kinds"][k] = stats["kinds"].get(k, 0) + 1
        if not kinds:
            stats["none"] += 1
        stats["lang"][lab.get("language")] = stats["lang"].get(lab.get("language"), 0) + 1
        stats["fmt"][ext] = stats["fmt"].get(ext, 0) + 1
    if stats["merged"] != EXPECTED_MERGED:
        err("corpus", f"expected {EXPECTED_MERGED} merged PDFs with [[part]], found {stats['merged']}")
    for k in KINDS:
        if stats["kinds"].get(k, 0) < 3:
            err("corpus", f"kind {k} covered fewer than 3 times")

    # README: one line per document, consistent with the labels
    rp = os.path.join(BASE, "README.txt")
    if not os.path.exists(rp):
        err("README", "README.txt missing")
    else:
        seen = {}
        for ln in open(rp, encoding="utf-8"):
            if not ln.startswith("tr-"):
                continue
            cols = [c.strip() for c in ln.rstrip("\n").split(" | ")]
            if len(cols) < 6:
                err("README", f"line has fewer than 6 columns: {ln[:40]}")
                continue
            seen[cols[0]] = cols
        if sorted(seen) != EXPECTED_STEMS:
            err("README", "does not list exactly tr-001..tr-064")
        for stem, cols in seen.items():
            lab = parsed.get(stem)
            if not lab:
                continue
            if not cols[1].startswith(docs[stem].rsplit(".", 1)[1]):
                err("README", f"{stem}: format column {cols[1]!r} does not match {docs[stem]}")
            if cols[2] != lab["language"]:
                err("README", f"{stem}: language column differs from label")
            want = ", ".join(lab["kinds"]) or "none"
            if not cols[3].startswith(want):
                err("README", f"{stem}: kinds column {cols[3]!r} differs from label {want!r}")

    print(f"documents: {len(docs)}  labels: {len(labels)}  merged: {stats['merged']}  "
          f"none-kind: {stats['none']}")
    print("formats:  " + ", ".join(f"{k}={v}" for k, v in sorted(stats["fmt"].items())))
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(stats["lang"].items())))
    print("kinds:    " + ", ".join(f"{k}={v}" for k, v in sorted(stats["kinds"].items())))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
