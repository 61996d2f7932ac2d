#!/usr/bin/env python3
"""Re-read every label in ../docs with tomllib and check it against label_format.md.

Checks per label: allowed keys only; kinds from the list (no duplicates); date / also_dates are ISO dates;
author, language, facts from their vocabularies; referral_question present exactly when "referral" is a kind;
non-empty style and notes; [[part]] entries well formed, only in PDFs, and their kinds add up to the
top-level kinds. Checks per document: exactly one doc file next to each label (and a label for every doc),
the file opens (PDF via pypdf with extractable text on every page, DOCX via python-docx, TXT as UTF-8), and
the label's date can be found in the document text in at least one of the usual spellings (warning only).
Exit status 0 when there are no errors; warnings are printed but do not fail the run.
"""
import collections
import datetime
import glob
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "docs")

KINDS = ["referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"]
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "also_dates", "author"}
TODAY = datetime.date(2026, 12, 7)

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
    errors.append("%s: %s" % (stem, msg))


def warn(stem, msg):
    warnings.append("%s: %s" % (stem, msg))


def iso(stem, v, what):
    if isinstance(v, datetime.date) and not isinstance(v, datetime.datetime):
        return v
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(stem, "%s %r is not an ISO date string" % (what, v))
        return None
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        err(stem, "%s %r is not a valid date" % (what, v))
        return None
    if d > TODAY:
        warn(stem, "%s %s lies after 'today' (%s)" % (what, d, TODAY))
    if d.year < 2020:
        warn(stem, "%s %s is older than 2020" % (what, d))
    return d


def check_kinds(stem, kinds, where):
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        err(stem, "%s kinds must be a list of strings" % where)
        return []
    for k in kinds:
        if k not in KINDS:
            err(stem, "%s unknown kind %r" % (where, k))
    if len(set(kinds)) != len(kinds):
        err(stem, "%s duplicate kinds" % where)
    return kinds


def doc_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        pages = [p.extract_text() or "" for p in r.pages]
        return pages
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            for hf in (s.header, s.footer):
                parts.extend(p.text for p in hf.paragraphs)
                for t in hf.tables:
                    for row in t.rows:
                        for c in row.cells:
                            parts.append(c.text)
        return ["\n".join(parts)]
    with open(path, encoding="utf-8") as f:
        return [f.read()]


def date_spellings(d):
    dd, mm, yyyy = d.day, d.month, d.year
    s = {
        "%02d-%02d-%d" % (dd, mm, yyyy), "%02d/%02d/%d" % (dd, mm, yyyy), "%02d.%02d.%d" % (dd, mm, yyyy),
        "%d.%d.%d" % (dd, mm, yyyy), "%d-%d-%d" % (dd, mm, yyyy), "%02d/%02d/%d" % (mm, dd, yyyy),
        d.isoformat(), "%d%02d%02d" % (yyyy, mm, dd), "%02d%02d%02d" % (yyyy % 100, mm, dd),
    }
    for lang, names in MONTHS.items():
        n = names[mm - 1]
        s |= {"%d %s %d" % (dd, n, yyyy), "%d. %s %d" % (dd, n, yyyy), "%s %d, %d" % (n, dd, yyyy),
              "%02d-%s-%d" % (dd, n[:3], yyyy), "%d %s %d" % (dd, n[:3], yyyy)}
    s.add("%d%s %s %d" % (dd, {1: "st", 2: "nd", 3: "rd"}.get(dd if dd < 20 else dd % 10, "th"),
                          MONTHS["en"][mm - 1], yyyy))
    return {x.lower() for x in s}


def main():
    tomls = sorted(glob.glob(os.path.join(DOCS, "tw-*.toml")))
    docfiles = sorted(f for f in glob.glob(os.path.join(DOCS, "tw-*")) if not f.endswith(".toml"))
    stems_t = {os.path.basename(f)[:-5] for f in tomls}
    by_stem = collections.defaultdict(list)
    for f in docfiles:
        by_stem[os.path.basename(f).rsplit(".", 1)[0]].append(f)
    for s in sorted(set(by_stem) - stems_t):
        err(s, "document without label: %s" % by_stem[s])

    fmt_c, lang_c, kind_c, none_c, merged = collections.Counter(), collections.Counter(), collections.Counter(), 0, 0
    part_kind_c = collections.Counter()
    fact_c = {k: collections.Counter() for k in ("imaging_done", "operated", "treated_abroad")}
    author_c = collections.Counter()
    for t in tomls:
        stem = os.path.basename(t)[:-5]
        try:
            with open(t, "rb") as f:
                lab = tomllib.load(f)
        except Exception as e:  # noqa: BLE001
            err(stem, "TOML does not parse: %s" % e)
            continue
        for k in lab:
            if k not in TOP_KEYS:
                err(stem, "unknown key %r" % k)
        for k in REQUIRED - set(lab):
            err(stem, "missing key %r" % k)
        kinds = check_kinds(stem, lab.get("kinds", []), "top-level")
        date = iso(stem, lab["date"], "date") if "date" in lab else None
        if "also_dates" in lab:
            ad = lab["also_dates"]
            if not isinstance(ad, list) or not ad:
                err(stem, "also_dates must be a non-empty list")
            else:
                for x in ad:
                    if iso(stem, x, "also_dates entry") == date:
                        err(stem, "also_dates repeats date")
            if "date" not in lab:
                err(stem, "also_dates without date")
        if lab.get("author") not in AUTHORS:
            err(stem, "author %r not in %s" % (lab.get("author"), sorted(AUTHORS)))
        if lab.get("language") not in LANGS:
            err(stem, "language %r not in %s" % (lab.get("language"), sorted(LANGS)))
        for k in ("style", "notes"):
            if not isinstance(lab.get(k), str) or not lab.get(k, "").strip():
                err(stem, "%s must be a non-empty string" % k)
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(stem, "referral_question (bool) required when 'referral' is a kind")
        elif "referral_question" in lab:
            err(stem, "referral_question given but 'referral' is not a kind")
        for k in fact_c:
            if lab.get(k) not in FACT:
                err(stem, "%s %r not in %s" % (k, lab.get(k), sorted(FACT)))
            else:
                fact_c[k][lab[k]] += 1

        files = by_stem.get(stem, [])
        if len(files) != 1:
            err(stem, "expected exactly one document file, found %s" % [os.path.basename(f) for f in files])
            continue
        path = files[0]
        ext = path.rsplit(".", 1)[1]
        if ext not in ("pdf", "docx", "txt"):
            err(stem, "unexpected extension %s" % ext)
            continue

        parts = lab.get("part")
        if parts is not None:
            merged += 1
            if ext != "pdf":
                err(stem, "[[part]] entries only make sense for a merged PDF")
            if not isinstance(parts, list) or len(parts) < 2:
                err(stem, "a merged file needs at least two [[part]] entries")
                parts = []
            union = set()
            for i, p in enumerate(parts, 1):
                for k in p:
                    if k not in PART_KEYS:
                        err(stem, "part %d: unknown key %r" % (i, k))
                if "kinds" not in p or "author" not in p:
                    err(stem, "part %d: needs kinds and author" % i)
                pk = check_kinds(stem, p.get("kinds", []), "part %d" % i)
                union |= set(pk)
                for k in pk:
                    part_kind_c[k] += 1
                if not pk:
                    part_kind_c["(none)"] += 1
                if p.get("author") not in AUTHORS:
                    err(stem, "part %d: author %r" % (i, p.get("author")))
                pd = iso(stem, p["date"], "part %d date" % i) if "date" in p else None
                for x in p.get("also_dates", []):
                    if iso(stem, x, "part %d also_dates entry" % i) == pd:
                        err(stem, "part %d also_dates repeats date" % i)
            if union != set(kinds):
                err(stem, "top-level kinds %s differ from the union of part kinds %s" % (sorted(kinds), sorted(union)))

        # open the document
        try:
            pages = doc_text(path)
        except Exception as e:  # noqa: BLE001
            err(stem, "cannot read %s: %s" % (os.path.basename(path), e))
            continue
        if ext == "pdf":
            for i, ptxt in enumerate(pages, 1):
                if len(ptxt.strip()) < 20:
                    err(stem, "pypdf extracts (almost) no text from page %d" % i)
            if parts and len(pages) < len(parts):
                err(stem, "merged PDF has fewer pages (%d) than parts (%d)" % (len(pages), len(parts)))
        text = "\n".join(pages)
        if len(text.strip()) < 100:
            err(stem, "document text suspiciously short (%d chars)" % len(text.strip()))
        low = re.sub(r"[ \t]+", " ", text.lower())
        for what, dv in [("date", date)] + [("also_dates", iso(stem, x, "also")) for x in lab.get("also_dates", [])]:
            if dv and not any(sp in low for sp in date_spellings(dv)):
                warn(stem, "%s %s not found in the document text" % (what, dv))
        for i, p in enumerate(parts or [], 1):
            if "date" in p:
                pdv = iso(stem, p["date"], "part date")
                if pdv and not any(sp in low for sp in date_spellings(pdv)):
                    warn(stem, "part %d date %s not found in the document text" % (i, pdv))

        fmt_c[ext] += 1
        lang_c[lab.get("language")] += 1
        author_c[lab.get("author")] += 1
        for k in kinds:
            kind_c[k] += 1
        if not kinds:
            none_c += 1

    n = len(tomls)
    print("labels: %d   documents: %d   merged PDFs: %d" % (n, sum(fmt_c.values()), merged))
    if n:
        print("formats:   " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(fmt_c.items())))
        print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / n) for k, v in sorted(lang_c.items())))
    print("kinds (files): " + ", ".join("%s %d" % (k, kind_c[k]) for k in KINDS) + ", none %d" % none_c)
    if part_kind_c:
        print("kinds (merged parts): " + ", ".join("%s %d" % kv for kv in sorted(part_kind_c.items())))
    print("authors: " + ", ".join("%s %d" % kv for kv in sorted(author_c.items())))
    for k, c in fact_c.items():
        print("%-15s %s" % (k + ":", ", ".join("%s %d" % kv for kv in sorted(c.items()))))
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else "FAILED: %d error(s)" % len(errors))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
