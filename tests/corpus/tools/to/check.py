#!/usr/bin/env python3
"""Validate the "to" batch: labels (keys, enums, ISO dates, referral_question, parts) and files
(open every file, every labelled date must appear in the text in some usual spelling).
Prints a summary; exit 0 when everything is fine, 1 otherwise."""
import collections
import datetime as dt
import io
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
N_DOCS = 64
N_MERGED = 4

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "author"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

MONTHS = {
    "nl": [("januari", "jan"), ("februari", "feb"), ("maart", "mrt", "mar"), ("april", "apr"),
           ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
           ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"), ("december", "dec")],
    "en": [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
           ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
           ("october", "oct"), ("november", "nov"), ("december", "dec")],
    "de": [("januar", "jänner", "jan", "jän"), ("februar", "feb"), ("märz", "maerz", "mär", "mrz"),
           ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
           ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"),
           ("dezember", "dez")],
}


def date_spellings(iso):
    d = dt.date.fromisoformat(iso)
    y, m, day = d.year, d.month, d.day
    out = set()
    days = {str(day), "%02d" % day}
    mons = {str(m), "%02d" % m}
    for sep in "-/.":
        for D in days:
            for M in mons:
                out.add(f"{D}{sep}{M}{sep}{y}")      # day-first
                out.add(f"{M}{sep}{D}{sep}{y}")      # US month-first
    out.add(iso)
    out.add(f"{y}{m:02d}{day:02d}")
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    for lang, table in MONTHS.items():
        for name in table[m - 1]:
            for dn in days:
                for nm in (name, name + "."):
                    out.add(f"{dn} {nm} {y}")
                    out.add(f"{dn}. {nm} {y}")
                    out.add(f"{dn}-{nm}-{y}")
                    out.add(f"{nm} {dn}, {y}")
                    out.add(f"{nm} {dn} {y}")
            out.add(f"{day}{suffix} {name} {y}")
            out.add(f"{day}{suffix} of {name} {y}")
    return out


def norm(text):
    text = text.replace("\u00a0", " ").replace("\u2009", " ").lower()
    return re.sub(r"\s+", " ", text)


def date_in_text(iso, ntext):
    for s in date_spellings(iso):
        if re.search(r"(?<![\d])" + re.escape(s.lower()) + r"(?![\d])", ntext):
            return s
    return None


def text_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    meta = r.metadata or {}
    prod = str(meta.get("/Producer", "")) if meta else ""
    return "\n".join((p.extract_text() or "") for p in r.pages), len(r.pages), prod


def _docx_tables(tables, acc):
    for t in tables:
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    acc.append(p.text)
                _docx_tables(c.tables, acc)


def text_docx(path):
    from docx import Document
    d = Document(path)
    acc = [p.text for p in d.paragraphs]
    _docx_tables(d.tables, acc)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            try:
                acc += [p.text for p in hf.paragraphs]
                _docx_tables(hf.tables, acc)
            except Exception:
                pass
    return "\n".join(acc)


def text_txt(path):
    raw = open(path, "rb").read()
    crlf = b"\r\n" in raw
    try:
        return raw.decode("utf-8-sig"), "utf-8" + ("-bom" if raw.startswith(b"\xef\xbb\xbf") else ""), crlf
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "cp1252", crlf


def main():
    errors = []
    warn = []

    def err(docid, msg):
        errors.append(f"{docid}: {msg}")

    files = sorted(os.listdir(DOCS))
    by_id = collections.defaultdict(list)
    for f in files:
        m = re.fullmatch(r"(to-\d{3})\.(pdf|docx|txt|toml)", f)
        if not m:
            errors.append(f"unexpected file {f}")
            continue
        by_id[m.group(1)].append(m.group(2))
    expected = ["to-%03d" % i for i in range(1, N_DOCS + 1)]
    for docid in expected:
        exts = by_id.get(docid, [])
        docs = [e for e in exts if e != "toml"]
        if "toml" not in exts:
            err(docid, "missing label")
        if len(docs) != 1:
            err(docid, f"expected exactly one document file, found {docs}")
    for docid in by_id:
        if docid not in expected:
            err(docid, "id outside to-001..to-%03d" % N_DOCS)

    stats = collections.defaultdict(collections.Counter)
    merged = 0
    for docid in expected:
        exts = [e for e in by_id.get(docid, []) if e != "toml"]
        if "toml" not in by_id.get(docid, []) or len(exts) != 1:
            continue
        ext = exts[0]
        path = os.path.join(DOCS, f"{docid}.{ext}")
        try:
            with open(os.path.join(DOCS, docid + ".toml"), "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:
            err(docid, f"label does not parse: {e}")
            continue
        # ---- keys
        extra = set(lab) - TOP_KEYS
        if extra:
            err(docid, f"unknown keys {sorted(extra)}")
        missing = REQUIRED - set(lab)
        if missing:
            err(docid, f"missing keys {sorted(missing)}")
            continue
        kinds = lab["kinds"]
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds) or len(set(kinds)) != len(kinds):
            err(docid, f"bad kinds {kinds}")
        if lab["author"] not in AUTHORS:
            err(docid, f"bad author {lab['author']}")
        if lab["language"] not in LANGS:
            err(docid, f"bad language {lab['language']}")
        for f in ("imaging_done", "operated", "treated_abroad"):
            if lab[f] not in FACT:
                err(docid, f"bad {f} {lab[f]}")
        for f in ("style", "notes"):
            if not isinstance(lab[f], str) or not lab[f].strip():
                err(docid, f"empty {f}")
        dates = []
        if "date" in lab:
            if not isinstance(lab["date"], str) or not ISO.match(lab["date"]):
                err(docid, f"date not ISO string: {lab['date']!r}")
            else:
                try:
                    dt.date.fromisoformat(lab["date"]); dates.append(lab["date"])
                except ValueError:
                    err(docid, f"invalid date {lab['date']}")
        if "also_dates" in lab:
            if "date" not in lab:
                err(docid, "also_dates without date")
            ad = lab["also_dates"]
            if not isinstance(ad, list) or not ad:
                err(docid, "also_dates must be a non-empty list")
            else:
                for a in ad:
                    if not isinstance(a, str) or not ISO.match(a):
                        err(docid, f"also_date not ISO: {a!r}")
                        continue
                    try:
                        dt.date.fromisoformat(a); dates.append(a)
                    except ValueError:
                        err(docid, f"invalid also_date {a}")
                    if a == lab.get("date"):
                        err(docid, "also_dates repeats date")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                err(docid, "referral needs boolean referral_question")
        elif "referral_question" in lab:
            err(docid, "referral_question without referral kind")
        # ---- parts
        parts = lab.get("part")
        if parts is not None:
            if ext != "pdf":
                err(docid, "[[part]] on a non-PDF file")
            if not isinstance(parts, list) or len(parts) < 2:
                err(docid, "a merged file needs at least 2 parts")
            else:
                merged += 1
                union = set()
                for i, p in enumerate(parts):
                    if set(p) - PART_KEYS:
                        err(docid, f"part {i+1} unknown keys {sorted(set(p) - PART_KEYS)}")
                    if "kinds" not in p or "author" not in p:
                        err(docid, f"part {i+1} needs kinds and author")
                        continue
                    if any(k not in KINDS for k in p["kinds"]):
                        err(docid, f"part {i+1} bad kinds {p['kinds']}")
                    if p["author"] not in AUTHORS:
                        err(docid, f"part {i+1} bad author {p['author']}")
                    union |= set(p["kinds"])
                    if "date" in p:
                        if not isinstance(p["date"], str) or not ISO.match(p["date"]):
                            err(docid, f"part {i+1} date not ISO")
                        else:
                            dates.append(p["date"])
                    stats["part kinds"].update(p["kinds"] or ["(none)"])
                if union != set(kinds):
                    err(docid, f"part kinds union {sorted(union)} != kinds {sorted(kinds)}")
        # ---- open file, extract text
        try:
            if ext == "pdf":
                text, npages, prod = text_pdf(path)
                if parts and npages < len(parts):
                    err(docid, f"{npages} pages but {len(parts)} parts")
                kind = ("merged" if parts else
                        "docx->pdf (LibreOffice)" if "libreoffice" in prod.lower() else
                        "reportlab" if "reportlab" in prod.lower() else prod or "?")
                stats["pdf producer"][kind] += 1
            elif ext == "docx":
                text = text_docx(path)
            else:
                text, enc, crlf = text_txt(path)
                stats["txt encoding"][enc + (" CRLF" if crlf else " LF")] += 1
        except Exception as e:
            err(docid, f"cannot open {ext}: {e}")
            continue
        if len(text.strip()) < 200:
            err(docid, f"too little text extracted ({len(text.strip())} chars)")
        ntext = norm(text)
        for d in dates:
            if not date_in_text(d, ntext):
                err(docid, f"labelled date {d} not found in text")
        if lab.get("date") and lab["date"] > "2026-12-05":
            warn.append(f"{docid}: date {lab['date']} is after 2026-12-05")
        # ---- stats
        stats["format"][ext + (" (merged)" if parts else "")] += 1
        stats["language"][lab["language"]] += 1
        stats["author"][lab["author"]] += 1
        stats["kinds"].update(kinds or ["(none)"])
        stats["kinds combination"]["+".join(kinds) or "(none)"] += 1
        for f in ("imaging_done", "operated", "treated_abroad"):
            stats[f][lab[f]] += 1
        if "referral" in kinds:
            stats["referral_question"][str(lab["referral_question"]).lower()] += 1
        stats["has date"]["yes" if "date" in lab else "no"] += 1
    if merged != N_MERGED:
        errors.append(f"expected exactly {N_MERGED} merged PDFs, found {merged}")

    for k in ("format", "pdf producer", "txt encoding", "language", "author", "kinds",
              "kinds combination", "part kinds", "referral_question", "imaging_done", "operated",
              "treated_abroad", "has date"):
        c = stats[k]
        print(f"{k:18s} " + ", ".join(f"{a}={b}" for a, b in sorted(c.items(), key=lambda x: (-x[1], x[0]))))
    for w in warn:
        print("WARNING", w)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: %d documents, %d merged" % (N_DOCS, merged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
