#!/usr/bin/env python3
"""Validate every vg- document and its label sidecar, and count the corpus mix.

Checks per document:
  * the document and its sidecar <stem>.toml both exist; the stem starts with 'vg-'
  * the sidecar is TOML with only the keys of label_format.md, of the right types and values
  * kinds are from the defined list; referral_question present exactly when 'referral' is a kind
  * date / also_dates are valid ISO dates that really occur in the document text (in any usual notation)
  * merged files: PDF, at least two [[part]] tables, top-level kinds = union of part kinds,
    no more parts than pages
  * the document opens and has text (pypdf / python-docx / utf-8 or cp1252 text)
Then counts formats, languages, kinds, authors, facts, and styles per kind (>= 4 each required).
Exit code 0 when everything passes, 1 otherwise.
"""
import datetime as dt
import glob
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))

KINDS = ["referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"]
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question", "imaging_done",
            "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad"}
PART_KEYS = {"kinds", "date", "author"}
FORMATS = ("pdf", "docx", "txt")
EXPECTED_TOTAL = 64

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "nl_abbr": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "en_abbr": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


def doc_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), 1
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8"), 1
    except UnicodeDecodeError:
        return raw.decode("cp1252"), 1


def date_variants(d):
    y, m, dd = d.year, d.month, d.day
    v = set()
    for day in {f"{dd:02d}", str(dd)}:
        for mon in {f"{m:02d}", str(m)}:
            for sep in "-/.":
                v.add(f"{day}{sep}{mon}{sep}{y}")
        for key in ("nl", "en", "de"):
            v.add(f"{day} {MONTHS[key][m - 1]} {y}".lower())
            v.add(f"{day}. {MONTHS[key][m - 1]} {y}".lower())
        for key in ("nl_abbr", "en_abbr"):
            v.add(f"{day} {MONTHS[key][m - 1]} {y}".lower())
            v.add(f"{day} {MONTHS[key][m - 1]}. {y}".lower())
        v.add(f"{MONTHS['en'][m - 1]} {day}, {y}".lower())
    v.add(d.isoformat())
    return v


def date_in_text(d, text):
    t = re.sub(r"\s+", " ", text).lower()
    return any(x.lower() in t for x in date_variants(d))


def check_fact(errs, lab, key):
    if lab.get(key) not in FACT:
        errs.append(f"{key} must be one of {sorted(FACT)}, got {lab.get(key)!r}")


def parse_date(errs, s, what):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        errs.append(f"{what}: not an ISO date string: {s!r}")
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        errs.append(f"{what}: invalid date {s!r}")
        return None


def check_kinds(errs, kinds, what):
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        errs.append(f"{what}: kinds must be a list from {KINDS}, got {kinds!r}")
        return False
    if len(set(kinds)) != len(kinds):
        errs.append(f"{what}: duplicate kinds {kinds!r}")
    return True


def main():
    problems = {}
    files = sorted(f for f in glob.glob(os.path.join(DOCS, "vg-*")) if not f.endswith(".toml"))
    tomls = sorted(glob.glob(os.path.join(DOCS, "vg-*.toml")))
    doc_stems = {os.path.basename(f).rsplit(".", 1)[0] for f in files}
    for t in tomls:
        st = os.path.basename(t)[:-5]
        if st not in doc_stems:
            problems.setdefault(st, []).append("sidecar without document")

    fmt_c, lang_c, author_c, kind_c = Counter(), Counter(), Counter(), Counter()
    facts_c = {k: Counter() for k in ("imaging_done", "operated", "treated_abroad")}
    styles = defaultdict(set)
    merged, nones, undated, rq = [], [], [], Counter()
    fmt_lang = Counter()

    for f in files:
        base = os.path.basename(f)
        stem, ext = base.rsplit(".", 1)
        errs = problems.setdefault(stem, [])
        if not stem.startswith("vg-"):
            errs.append("file name does not start with 'vg-'")
        if ext not in FORMATS:
            errs.append(f"unexpected extension .{ext}")
            continue
        side = os.path.join(DOCS, stem + ".toml")
        if not os.path.exists(side):
            errs.append("missing sidecar")
            continue
        try:
            with open(side, "rb") as fh:
                lab = tomllib.load(fh)
        except tomllib.TOMLDecodeError as e:
            errs.append(f"sidecar is not valid TOML: {e}")
            continue
        extra = set(lab) - TOP_KEYS
        if extra:
            errs.append(f"unknown keys {sorted(extra)}")
        missing = REQUIRED - set(lab)
        if missing:
            errs.append(f"missing keys {sorted(missing)}")
            continue
        ok_kinds = check_kinds(errs, lab["kinds"], "top")
        if lab["author"] not in AUTHORS:
            errs.append(f"author {lab['author']!r} not in {sorted(AUTHORS)}")
        if lab["language"] not in LANGS:
            errs.append(f"language {lab['language']!r} not in {sorted(LANGS)}")
        if not isinstance(lab["style"], str) or not lab["style"].strip():
            errs.append("style must be a non-empty string")
        if "notes" in lab and not isinstance(lab["notes"], str):
            errs.append("notes must be a string")
        for k in facts_c:
            check_fact(errs, lab, k)
        if ok_kinds and "referral" in lab["kinds"]:
            if not isinstance(lab.get("referral_question"), bool):
                errs.append("referral_question (bool) required when 'referral' is a kind")
        elif "referral_question" in lab:
            errs.append("referral_question only allowed when 'referral' is a kind")

        try:
            text, pages = doc_text(f)
        except Exception as e:  # noqa: BLE001
            errs.append(f"document cannot be read: {e}")
            continue
        if len(text.strip()) < 200:
            errs.append("document has (almost) no extractable text")
        if "\ufffd" in text or "\u25a0" in text:
            errs.append("text contains replacement/missing-glyph characters")

        dates = []
        if "date" in lab:
            d = parse_date(errs, lab["date"], "date")
            if d:
                dates.append(("date", d))
        else:
            undated.append(stem)
        if "also_dates" in lab:
            if not isinstance(lab["also_dates"], list):
                errs.append("also_dates must be a list")
            else:
                if "date" not in lab:
                    errs.append("also_dates without date")
                for s in lab["also_dates"]:
                    d = parse_date(errs, s, "also_dates")
                    if d:
                        dates.append(("also_dates", d))
                if "date" in lab and lab["date"] in lab["also_dates"]:
                    errs.append("also_dates repeats date")

        parts = lab.get("part")
        if parts is not None:
            if not isinstance(parts, list) or len(parts) < 2:
                errs.append("[[part]] must list at least two parts")
            else:
                union = []
                for i, p in enumerate(parts, 1):
                    pe = set(p) - PART_KEYS
                    if pe:
                        errs.append(f"part {i}: unknown keys {sorted(pe)}")
                    if "kinds" not in p or "author" not in p:
                        errs.append(f"part {i}: kinds and author required")
                        continue
                    if check_kinds(errs, p["kinds"], f"part {i}"):
                        union += [k for k in p["kinds"] if k not in union]
                    if p["author"] not in AUTHORS:
                        errs.append(f"part {i}: author {p['author']!r} invalid")
                    if "date" in p:
                        d = parse_date(errs, p["date"], f"part {i} date")
                        if d:
                            dates.append((f"part {i} date", d))
                if ok_kinds and set(union) != set(lab["kinds"]):
                    errs.append(f"top-level kinds {lab['kinds']} != union of part kinds {union}")
                if ext != "pdf":
                    errs.append("merged documents must be PDF")
                if pages < len(parts):
                    errs.append(f"{len(parts)} parts but only {pages} pages")
            merged.append(stem)

        for what, d in dates:
            if not date_in_text(d, text):
                errs.append(f"{what} {d.isoformat()} does not occur in the document text")
            if d > dt.date(2027, 12, 31) or d < dt.date(2020, 1, 1):
                errs.append(f"{what} {d.isoformat()} implausible")

        fmt_c[ext] += 1
        lang_c[lab["language"]] += 1
        fmt_lang[(ext, lab["language"])] += 1
        author_c[lab["author"]] += 1
        for k in facts_c:
            facts_c[k][lab.get(k)] += 1
        if ok_kinds:
            if not lab["kinds"]:
                nones.append(stem)
            for k in lab["kinds"]:
                kind_c[k] += 1
                styles[k].add(lab["style"])
            if "referral" in lab["kinds"]:
                rq[lab.get("referral_question")] += 1

    total = len(files)
    glob_errs = []
    if total != EXPECTED_TOTAL:
        glob_errs.append(f"expected {EXPECTED_TOTAL} documents, found {total}")
    for k in KINDS:
        if len(styles[k]) < 4:
            glob_errs.append(f"kind {k}: only {len(styles[k])} distinct styles (need >= 4)")
    if len(merged) < 4:
        glob_errs.append(f"only {len(merged)} merged PDFs (need 4)")
    if len(nones) < 4:
        glob_errs.append("too few documents that are none of the kinds")

    def pct(c):
        return ", ".join(f"{k}: {v} ({100.0 * v / max(total, 1):.0f} %)" for k, v in sorted(c.items()))

    print(f"documents: {total}")
    print(f"formats:   {pct(fmt_c)}")
    print(f"languages: {pct(lang_c)}")
    print(f"authors:   {dict(sorted(author_c.items()))}")
    print("kinds (documents containing the kind, merged parts included):")
    for k in KINDS:
        print(f"  {k:17s} {kind_c[k]:3d}  in {len(styles[k])} styles")
    print(f"  {'(none)':17s} {len(nones):3d}")
    print(f"referral_question: {dict(rq)}")
    for k, c in facts_c.items():
        print(f"{k:15s} {dict(sorted(c.items()))}")
    print(f"merged PDFs: {len(merged)} {merged}")
    print(f"undated documents: {undated}")
    print("format x language: " + ", ".join(f"{f}/{l}: {n}" for (f, l), n in sorted(fmt_lang.items())))

    bad = {s: e for s, e in problems.items() if e}
    for s, es in sorted(bad.items()):
        for e in es:
            print(f"ERROR {s}: {e}")
    for e in glob_errs:
        print(f"ERROR corpus: {e}")
    if bad or glob_errs:
        print("check FAILED")
        return 1
    print("check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
