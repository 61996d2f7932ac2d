#!/usr/bin/env python3
"""Validate the vf corpus: every docs/<stem>.toml label against label_format.md, plus
consistency between labels and the rendered documents.

Exit 0 when everything is OK, 1 when any error was found.
Options:  --strict      treat warnings as errors
          --quiet       print only problems and the final line
          --docs DIR    check another docs directory (default: ../docs next to this script)
"""
import datetime
import glob
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "..", "docs")

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = ["kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad"]
PART_KEYS = {"kinds", "date", "also_dates", "author"}
EXTS = ("pdf", "docx", "txt")
EXPECTED_STEMS = ["vf-%03d" % i for i in range(1, 65)]
EXPECTED_MERGED = 4
MIN_PER_KIND = 4
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "nl_abbr": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
    "en_abbr": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "de_abbr": ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
}


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, stem, msg):
        self.errors.append("%s: %s" % (stem, msg))

    def warn(self, stem, msg):
        self.warnings.append("%s: %s" % (stem, msg))


def valid_iso(s):
    if not isinstance(s, str) or not ISO.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def date_patterns(iso):
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    sep = r"\s*[-/.]\s*"
    pats = [
        r"(?<!\d)0?%d%s0?%d%s%d(?!\d)" % (dd, sep, m, sep, y),           # 12-03-2026, 8/05/2026, 02.11.2026
        r"(?<!\d)%04d-%02d-%02d(?!\d)" % (y, m, dd),                    # ISO
        r"(?<!\d)0?%d%s0?%d%s%02d(?!\d)" % (dd, sep, m, sep, y % 100),  # 12-03-26
    ]
    names = set()
    for k, v in MONTHS.items():
        names.add(re.escape(v[m - 1]))
    alt = "(?:%s)" % "|".join(sorted(names, key=len, reverse=True))
    pats.append(r"(?<!\d)0?%d\.?\s*[-\s]?\s*%s\.?\s*[-\s]?\s*%d(?!\d)" % (dd, alt, y))  # 12 maart 2026, 03-Dec-2025
    pats.append(r"%s\.?\s+0?%d,?\s+%d(?!\d)" % (alt, dd, y))                       # March 12, 2026
    return [re.compile(p, re.IGNORECASE) for p in pats]


def doc_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        with open(path, "rb") as f:
            raw = f.read()
        return raw.decode("utf-8"), {"crlf": b"\r\n" in raw}
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        if r.is_encrypted:
            raise ValueError("encrypted PDF")
        return "\n".join((p.extract_text() or "") for p in r.pages), {"pages": len(r.pages)}
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = []

        def walk(container):
            for p in container.paragraphs:
                parts.append(p.text)
            for t in container.tables:
                for row in t.rows:
                    for cell in row.cells:
                        walk(cell)
        walk(d)
        for s in d.sections:
            walk(s.header)
            walk(s.footer)
        return "\n".join(parts), {"tables": len(d.tables)}
    raise ValueError("unknown extension")


def check_kinds(rep, stem, kinds, where):
    if not isinstance(kinds, list):
        rep.err(stem, "%skinds must be a list" % where)
        return []
    for k in kinds:
        if k not in KINDS:
            rep.err(stem, "%sunknown kind %r" % (where, k))
    if len(set(kinds)) != len(kinds):
        rep.err(stem, "%sduplicate kinds" % where)
    return kinds


def check_dates(rep, stem, tbl, where):
    if "date" in tbl and not valid_iso(tbl["date"]):
        rep.err(stem, "%sdate %r is not an ISO date string" % (where, tbl["date"]))
    if "also_dates" in tbl:
        ad = tbl["also_dates"]
        if "date" not in tbl:
            rep.err(stem, "%salso_dates without date" % where)
        if not isinstance(ad, list) or not ad:
            rep.err(stem, "%salso_dates must be a non-empty list" % where)
        else:
            for x in ad:
                if not valid_iso(x):
                    rep.err(stem, "%salso_dates entry %r is not an ISO date string" % (where, x))
            if len(set(ad)) != len(ad):
                rep.err(stem, "%sduplicate also_dates" % where)
            if tbl.get("date") in ad:
                rep.err(stem, "%salso_dates repeats date" % where)
    for x in [tbl.get("date")] + list(tbl.get("also_dates", []) or []):
        if valid_iso(x or ""):
            y = int(x[:4])
            if not 2020 <= y <= 2030:
                rep.warn(stem, "%sdate %s outside 2020-2030" % (where, x))


def check_label(rep, stem, lab, ext):
    for k in lab:
        if k not in TOP_KEYS:
            rep.err(stem, "unknown key %r" % k)
    for k in REQUIRED:
        if k not in lab:
            rep.err(stem, "missing required key %r" % k)
    kinds = check_kinds(rep, stem, lab.get("kinds", []), "")
    check_dates(rep, stem, lab, "")
    if lab.get("author") not in AUTHORS:
        rep.err(stem, "author %r not in %s" % (lab.get("author"), sorted(AUTHORS)))
    if lab.get("language") not in LANGS:
        rep.err(stem, "language %r not in %s" % (lab.get("language"), sorted(LANGS)))
    if not isinstance(lab.get("style"), str) or not lab.get("style", "").strip():
        rep.err(stem, "style must be a non-empty string")
    if "notes" in lab and not isinstance(lab["notes"], str):
        rep.err(stem, "notes must be a string")
    if "notes" not in lab:
        rep.warn(stem, "no notes")
    for f in ("imaging_done", "operated", "treated_abroad"):
        if lab.get(f) not in FACT:
            rep.err(stem, "%s %r not in %s" % (f, lab.get(f), sorted(FACT)))
    has_ref = "referral" in kinds
    if "referral_question" in lab:
        if not has_ref:
            rep.err(stem, "referral_question given but 'referral' is not a kind")
        if not isinstance(lab["referral_question"], bool):
            rep.err(stem, "referral_question must be true/false")
    elif has_ref:
        rep.err(stem, "'referral' kind needs referral_question")
    parts = lab.get("part")
    if parts is not None:
        if ext != "pdf":
            rep.err(stem, "parts are only for merged PDFs")
        if not isinstance(parts, list) or len(parts) < 2:
            rep.err(stem, "a merged file needs at least two [[part]] entries")
            return
        union = set()
        for i, p in enumerate(parts, 1):
            where = "part %d: " % i
            if not isinstance(p, dict):
                rep.err(stem, where + "not a table")
                continue
            for k in p:
                if k not in PART_KEYS:
                    rep.err(stem, where + "unknown key %r" % k)
            if "kinds" not in p:
                rep.err(stem, where + "missing kinds")
            if "author" not in p:
                rep.err(stem, where + "missing author")
            elif p["author"] not in AUTHORS:
                rep.err(stem, where + "author %r invalid" % p["author"])
            union |= set(check_kinds(rep, stem, p.get("kinds", []), where))
            check_dates(rep, stem, p, where)
        if union != set(kinds):
            rep.err(stem, "top-level kinds %s differ from the union of part kinds %s" % (sorted(kinds), sorted(union)))
        if "date" in lab:
            rep.warn(stem, "merged file has a top-level date; parts carry their own dates")


def main(argv):
    global DOCS
    strict = "--strict" in argv
    quiet = "--quiet" in argv
    if "--docs" in argv:
        DOCS = argv[argv.index("--docs") + 1]
    rep = Report()
    labels = {}
    tomls = sorted(glob.glob(os.path.join(DOCS, "vf-*.toml")))
    files = {}
    for p in glob.glob(os.path.join(DOCS, "vf-*")):
        base = os.path.basename(p)
        if base.endswith(".toml"):
            continue
        stem, _, ext = base.rpartition(".")
        if ext not in EXTS:
            rep.err(base, "unexpected file in docs/")
            continue
        if stem in files:
            rep.err(stem, "more than one document file")
        files[stem] = ext
    for t in tomls:
        stem = os.path.basename(t)[:-5]
        try:
            with open(t, "rb") as f:
                labels[stem] = tomllib.load(f)
        except Exception as e:  # noqa: BLE001
            rep.err(stem, "label does not parse: %s" % e)
            continue
        if stem not in files:
            rep.err(stem, "label without document")
    for stem in files:
        if stem not in labels:
            rep.err(stem, "document without label")
    missing = [s for s in EXPECTED_STEMS if s not in labels]
    extra = [s for s in labels if s not in EXPECTED_STEMS]
    if missing:
        rep.err("corpus", "missing stems: %s" % ", ".join(missing))
    if extra:
        rep.err("corpus", "unexpected stems: %s" % ", ".join(extra))

    stats = {"format": {}, "language": {}, "author": {}, "kind": {}, "merged": 0, "undated": 0}
    kind_styles = {k: set() for k in KINDS}
    for stem in sorted(labels):
        lab = labels[stem]
        ext = files.get(stem)
        if ext is None:
            continue
        check_label(rep, stem, lab, ext)
        path = os.path.join(DOCS, "%s.%s" % (stem, ext))
        try:
            text, info = doc_text(path)
        except Exception as e:  # noqa: BLE001
            rep.err(stem, "document unreadable: %s" % e)
            continue
        if len(text.strip()) < 200:
            rep.err(stem, "document has almost no extractable text")
        parts = lab.get("part") or []
        if parts and info.get("pages", 0) < len(parts):
            rep.err(stem, "merged PDF has fewer pages than parts")
        # every labelled date must be findable in the document text
        tables = [lab] + [p for p in parts if isinstance(p, dict)]
        for tbl in tables:
            for d in [tbl.get("date")] + list(tbl.get("also_dates", []) or []):
                if d and valid_iso(d) and not any(p.search(text) for p in date_patterns(d)):
                    rep.err(stem, "labelled date %s not found in the document text" % d)
        if "date" not in lab and not parts:
            stats["undated"] += 1
        stats["format"][ext] = stats["format"].get(ext, 0) + 1
        stats["language"][lab.get("language")] = stats["language"].get(lab.get("language"), 0) + 1
        stats["author"][lab.get("author")] = stats["author"].get(lab.get("author"), 0) + 1
        if parts:
            stats["merged"] += 1
        kset = set(lab.get("kinds", []))
        if not kset:
            stats["kind"]["(none)"] = stats["kind"].get("(none)", 0) + 1
        for k in kset:
            stats["kind"][k] = stats["kind"].get(k, 0) + 1
            if k in kind_styles:
                if parts:
                    for i, p in enumerate(parts):
                        if k in p.get("kinds", []):
                            kind_styles[k].add(stem + "#part%d" % (i + 1))
                else:
                    kind_styles[k].add(stem)
    if stats["merged"] != EXPECTED_MERGED:
        rep.err("corpus", "expected exactly %d merged PDFs, found %d" % (EXPECTED_MERGED, stats["merged"]))
    for k, s in kind_styles.items():
        if len(s) < MIN_PER_KIND:
            rep.err("corpus", "kind %s occurs in only %d documents/parts" % (k, len(s)))
    if not any(files.get(s) == "txt" and open(os.path.join(DOCS, s + ".txt"), "rb").read().find(b"\r\n") >= 0
               for s in files if files[s] == "txt"):
        rep.err("corpus", "no text file with CRLF line endings")

    for w in rep.warnings:
        print("WARNING", w)
    for e in rep.errors:
        print("ERROR  ", e)
    if not quiet:
        n = len(labels)
        print("documents: %d  (merged PDFs: %d, undated: %d)" % (n, stats["merged"], stats["undated"]))
        for key in ("format", "language", "author", "kind"):
            items = sorted(stats[key].items(), key=lambda kv: (-kv[1], str(kv[0])))
            print("%-9s " % (key + ":") + ", ".join("%s %d" % (k, v) for k, v in items))
        print("kind occurrences incl. parts: " + ", ".join("%s %d" % (k, len(v)) for k, v in sorted(kind_styles.items())))
    bad = rep.errors or (strict and rep.warnings)
    print("check: %s (%d errors, %d warnings)" % ("FAILED" if bad else "OK", len(rep.errors), len(rep.warnings)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
