#!/usr/bin/env python3
"""Validate the ty- documents and labels.

usage: check.py [DOCSDIR]   (default: ../../docs relative to this file)

Errors (exit status 1): unknown keys or values, bad ISO dates, documents without label or labels without
document, unreadable documents, [[part]] outside PDFs, part structure problems, invalid test numbers.
Warnings: a labelled date that cannot be found in the text, language that the text does not look like,
top-level kinds that differ from the union of the parts' kinds.
"""
import collections
import datetime
import io
import os
import re
import sys
import tomllib

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad"}
PART_KEYS = {"kinds", "date", "also_dates", "author"}
DOC_EXT = {".pdf", ".docx", ".txt"}

errors, warnings = [], []


def err(stem, msg):
    errors.append(f"ERROR  {stem}: {msg}")


def warn(stem, msg):
    warnings.append(f"WARN   {stem}: {msg}")


# ------------------------------------------------------------------------------------ extraction
def extract(path):
    """Return (text, pages) or raise."""
    ext = os.path.splitext(path)[1]
    if ext == ".txt":
        with open(path, "rb") as fh:
            return fh.read().decode("utf-8"), 1
    if ext == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        if r.is_encrypted:
            raise ValueError("encrypted PDF")
        texts = []
        for i, p in enumerate(r.pages):
            t = p.extract_text() or ""
            if len(t.strip()) < 20:
                raise ValueError(f"page {i + 1} has no extractable text")
            texts.append(t)
        return "\n".join(texts), len(r.pages)
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
        return "\n".join(parts), 1
    raise ValueError(f"unknown extension {ext}")


# ---------------------------------------------------------------------------------------- dates
MONTHS = {
    1: ["januari", "jan", "january", "januar", "jänner"],
    2: ["februari", "feb", "february", "februar"],
    3: ["maart", "mrt", "mar", "march", "märz", "maerz", "mär", "mrz"],
    4: ["april", "apr"],
    5: ["mei", "may", "mai"],
    6: ["juni", "jun", "june"],
    7: ["juli", "jul", "july"],
    8: ["augustus", "aug", "august"],
    9: ["september", "sep", "sept"],
    10: ["oktober", "okt", "october", "oct"],
    11: ["november", "nov"],
    12: ["december", "dec", "dezember", "dez"],
}


def date_patterns(iso):
    d = datetime.date.fromisoformat(iso)
    dd, mm, yyyy, yy = f"{d.day:02d}", f"{d.month:02d}", str(d.year), str(d.year)[2:]
    D, M = str(d.day), str(d.month)
    pats = [re.escape(iso)]
    for day in {dd, D}:
        for mon in {mm, M}:
            for sep in "-/.":
                for year in (yyyy, yy):
                    pats.append(re.escape(f"{day}{sep}{mon}{sep}{year}"))
                    pats.append(re.escape(f"{mon}{sep}{day}{sep}{year}"))  # US order
            pats.append(re.escape(f"{day}. {mon}. {yyyy}"))
        for name in MONTHS[d.month]:
            n = re.escape(name) + r"\.?"
            pats.append(rf"{day}(?:st|nd|rd|th|\.)?\s+{n}\s+{yyyy}")
            pats.append(rf"{day}-{n}-{yyyy}")
            pats.append(rf"{n}\s+{day}(?:st|nd|rd|th)?,?\s+{yyyy}")
    return [re.compile(r"(?<![\d])" + p + r"(?![\d])", re.I) for p in pats]


def date_visible(iso, text):
    norm = re.sub(r"\s+", " ", text)
    return any(p.search(norm) for p in date_patterns(iso))


def check_iso(stem, where, v):
    if not isinstance(v, str):
        err(stem, f"{where}: date must be a quoted ISO string, got {v!r}")
        return False
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(stem, f"{where}: not ISO YYYY-MM-DD: {v!r}")
        return False
    try:
        datetime.date.fromisoformat(v)
    except ValueError:
        err(stem, f"{where}: invalid date {v!r}")
        return False
    return True


# ---------------------------------------------------------------------------------- test numbers
def bsn_ok(s):
    total = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return total % 11 == 0


def nhs_ok(s):
    total = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(s[9])


def check_numbers(stem, text):
    for m in re.finditer(r"BSN\W{0,12}(\d{9})\b", text):
        n = m.group(1)
        if not n.startswith("999") or not bsn_ok(n):
            err(stem, f"BSN {n} is not a valid 11-proof number in the 999 test range")
    for m in re.finditer(r"NHS\s*(?:No\.?|Number|number)\W{0,4}(\d{3}) ?(\d{3}) ?(\d{4})", text):
        n = "".join(m.groups())
        if not n.startswith("999") or not nhs_ok(n):
            err(stem, f"NHS number {n} is not a valid number in the 999 test range")


# ----------------------------------------------------------------------------------- language
STOP = {
    "nl": ["de", "het", "een", "van", "en", "is", "niet", "met", "voor", "werd", "bij", "geen", "patiënt",
           "zijn", "wij", "naar", "op"],
    "en": ["the", "and", "of", "to", "was", "with", "is", "for", "no", "patient", "on", "at", "her", "his"],
    "de": ["der", "die", "das", "und", "mit", "nicht", "ist", "wurde", "bei", "keine", "für", "am", "den",
           "im", "zur"],
}


def guess_lang(text):
    words = re.findall(r"[a-zäöüëïéß]+", text.lower())
    c = collections.Counter(words)
    scores = {lang: sum(c[w] for w in ws) for lang, ws in STOP.items()}
    return max(scores, key=scores.get), scores


# ---------------------------------------------------------------------------------------- main
def check_label(stem, lab, fmt, text, pages):
    for k in lab:
        if k not in TOP_KEYS:
            err(stem, f"unknown key {k!r}")
    for k in REQUIRED - set(lab):
        err(stem, f"missing key {k!r}")
    if "notes" not in lab:
        warn(stem, "no notes")
    kinds = lab.get("kinds", [])
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
        err(stem, f"bad kinds {kinds!r}")
    elif len(set(kinds)) != len(kinds):
        err(stem, "duplicate kinds")
    if lab.get("author") not in AUTHORS:
        err(stem, f"bad author {lab.get('author')!r}")
    if lab.get("language") not in LANGS:
        err(stem, f"bad language {lab.get('language')!r}")
    for f in ("imaging_done", "operated", "treated_abroad"):
        if f in lab and lab[f] not in FACT:
            err(stem, f"bad {f} {lab[f]!r}")
    for f in ("style", "notes"):
        if f in lab and not isinstance(lab[f], str):
            err(stem, f"{f} must be a string")
    if "referral" in kinds:
        if not isinstance(lab.get("referral_question"), bool):
            err(stem, "referral needs boolean referral_question")
    elif "referral_question" in lab:
        err(stem, "referral_question only allowed when 'referral' is a kind")
    dates = []
    if "date" in lab and check_iso(stem, "date", lab["date"]):
        dates.append(lab["date"])
    if "also_dates" in lab:
        if "date" not in lab:
            err(stem, "also_dates without date")
        if not isinstance(lab["also_dates"], list):
            err(stem, "also_dates must be a list")
        else:
            for v in lab["also_dates"]:
                if check_iso(stem, "also_dates", v):
                    if v == lab.get("date") or lab["also_dates"].count(v) > 1:
                        err(stem, f"also_dates repeats {v}")
                    dates.append(v)
    parts = lab.get("part")
    if parts is not None:
        if fmt != ".pdf":
            err(stem, "[[part]] is only allowed in merged PDFs")
        if not isinstance(parts, list) or len(parts) < 2:
            err(stem, "a merged file needs at least two [[part]] entries")
            parts = parts if isinstance(parts, list) else []
        elif pages < len(parts):
            err(stem, f"{len(parts)} parts but only {pages} pages")
        union = []
        for i, p in enumerate(parts, 1):
            for k in p:
                if k not in PART_KEYS:
                    err(stem, f"part {i}: unknown key {k!r}")
            pk = p.get("kinds")
            if not isinstance(pk, list) or any(k not in KINDS for k in pk):
                err(stem, f"part {i}: bad kinds {pk!r}")
                pk = []
            union += [k for k in pk if k not in union]
            if p.get("author") not in AUTHORS:
                err(stem, f"part {i}: bad author {p.get('author')!r}")
            if "date" in p and check_iso(stem, f"part {i} date", p["date"]):
                dates.append(p["date"])
            for v in p.get("also_dates", []):
                if check_iso(stem, f"part {i} also_dates", v):
                    dates.append(v)
        if set(union) != set(kinds):
            warn(stem, f"top-level kinds {kinds} differ from union of parts {union}")
        if "referral" not in union and "referral_question" in lab:
            err(stem, "referral_question without a referral part")
    for dte in dates:
        if not date_visible(dte, text):
            warn(stem, f"labelled date {dte} not visible in the text")
    g, scores = guess_lang(text)
    if lab.get("language") in LANGS and g != lab["language"]:
        warn(stem, f"text looks like {g!r} {scores}, label says {lab['language']!r}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ddir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "docs"))
    files = sorted(f for f in os.listdir(ddir) if not f.startswith("."))
    docs, labels = {}, {}
    for f in files:
        stem, ext = os.path.splitext(f)
        if not stem.startswith("ty-"):
            continue  # the corpus holds other writers' batches too
        if not re.fullmatch(r"ty-\d{3}", stem):
            err(f, "file name does not follow ty-NNN")
            continue
        if ext == ".toml":
            labels[stem] = os.path.join(ddir, f)
        elif ext in DOC_EXT:
            if stem in docs:
                err(stem, "two documents with the same stem")
            docs[stem] = os.path.join(ddir, f)
        else:
            err(f, "unexpected file type")
    for s in sorted(set(docs) - set(labels)):
        err(s, "document without label")
    for s in sorted(set(labels) - set(docs)):
        err(s, "label without document")

    stats = collections.defaultdict(collections.Counter)
    for stem in sorted(set(docs) & set(labels)):
        path = docs[stem]
        fmt = os.path.splitext(path)[1]
        try:
            text, pages = extract(path)
        except Exception as e:  # noqa: BLE001
            err(stem, f"unreadable document: {e}")
            continue
        if len(text.strip()) < 100:
            err(stem, "document text is (nearly) empty")
        try:
            with open(labels[stem], "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:  # noqa: BLE001
            err(stem, f"label does not parse: {e}")
            continue
        check_label(stem, lab, fmt, text, pages)
        check_numbers(stem, text)
        merged = "part" in lab
        stats["format"][fmt[1:] + (" (merged)" if merged else "")] += 1
        stats["language"][lab.get("language")] += 1
        stats["author"][lab.get("author")] += 1
        for k in lab.get("kinds", []) or ["(none)"]:
            stats["kind (top level)"][k] += 1
        for p in lab.get("part", []):
            for k in p.get("kinds", []) or ["(none)"]:
                stats["kind (parts)"][k] += 1
        for f in ("imaging_done", "operated", "treated_abroad"):
            stats[f][lab.get(f)] += 1
        if "referral" in lab.get("kinds", []):
            stats["referral_question"][str(lab.get("referral_question"))] += 1
        stats["dated"]["dated" if "date" in lab else "undated"] += 1

    print(f"checked {len(set(docs) & set(labels))} documents in {ddir}")
    for name, c in stats.items():
        print(f"  {name:18s} " + ", ".join(f"{k}: {v}" for k, v in sorted(c.items(), key=lambda x: str(x[0]))))
    for w in warnings:
        print(w)
    for e in errors:
        print(e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
