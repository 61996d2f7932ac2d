#!/usr/bin/env python3
"""Check the vi-corpus in ../docs: every document has a .toml label that parses with tomllib and
uses only allowed keys/values; documents are readable; label dates occur in the text; the format,
language and kind mix is as intended. Prints a summary; exit code 1 on any error."""
import collections
import datetime as dt
import os
import re
import sys
import tomllib

DOCS = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "docs"))
EXPECTED = [f"vi-{i:03d}" for i in range(1, 65)]

KINDS = ["referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"]
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "author"}
FORMATS = {".pdf", ".docx", ".txt"}

# intended mix (fraction, tolerance)
FORMAT_MIX = {"pdf": (0.45, 0.05), "docx": (0.30, 0.05), "txt": (0.25, 0.05)}
LANG_MIX = {"nl": (0.55, 0.05), "en": (0.30, 0.05), "de": (0.15, 0.05)}
MERGED_PDFS = 4
MIN_STYLES_PER_KIND = 4

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ------------------------------------------------------------------ text extraction
def text_of(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        if r.is_encrypted:
            raise ValueError("encrypted PDF")
        pages = [p.extract_text() or "" for p in r.pages]
        empty = [i + 1 for i, t in enumerate(pages) if not t.strip()]
        if empty:
            raise ValueError(f"pages without text: {empty}")
        return "\n".join(pages), f"{len(pages)} p."
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        chunks = [p.text for p in d.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        yield c.text
                        yield from cells(c.tables)
        chunks += list(cells(d.tables))
        for s in d.sections:
            chunks += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(chunks), "docx"
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8"), "utf-8" + (" CRLF" if b"\r\n" in raw else "")
    except UnicodeDecodeError:
        return raw.decode("cp1252"), "cp1252" + (" CRLF" if b"\r\n" in raw else "")


# ------------------------------------------------------------------ date evidence
NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"]
EN_M = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december"]
DE_M = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember"]


def variants(d):
    D, M, Y = d.day, d.month, d.year
    out = {f"{D:02d}-{M:02d}-{Y}", f"{D}-{M}-{Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}",
           f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}", d.isoformat(),
           f"{D} {NL_M[M-1]} {Y}", f"{D} {NL_M[M-1][:3]}. {Y}", f"{D} {EN_M[M-1]} {Y}",
           f"{EN_M[M-1]} {D}, {Y}", f"{D:02d}-{EN_M[M-1][:3]}-{Y}", f"{D} {EN_M[M-1][:3]} {Y}",
           f"{D}. {DE_M[M-1]} {Y}"}
    suf = "th" if 11 <= D <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th")
    out.add(f"{D}{suf} {EN_M[M-1]} {Y}")
    return out


def has_date(text, iso):
    d = dt.date.fromisoformat(iso)
    t = re.sub(r"\s+", " ", text.lower())
    return any(v.lower() in t for v in variants(d))


# ------------------------------------------------------------------ language heuristic
STOP = {
    "nl": {"de", "het", "een", "en", "van", "is", "niet", "met", "voor", "geen", "op", "bij", "patiënt", "zijn"},
    "en": {"the", "and", "of", "to", "with", "was", "is", "no", "for", "on", "patient", "has", "been"},
    "de": {"der", "die", "das", "und", "mit", "nicht", "bei", "ist", "eine", "wir", "keine", "für", "vom",
           "seit", "nach", "auf", "im", "zur", "bds", "re", "li"},
}


def guess_lang(text):
    words = re.findall(r"[a-zäöüßëéè]+", text.lower())
    scores = {lang: sum(1 for w in words if w in sw) for lang, sw in STOP.items()}
    return max(scores, key=scores.get), scores


# ------------------------------------------------------------------ label checks
def check_iso(stem, where, val):
    if not isinstance(val, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", val):
        err(f"{stem}: {where} must be an ISO date string, got {val!r}")
        return False
    try:
        dt.date.fromisoformat(val)
    except ValueError:
        err(f"{stem}: {where} is not a valid date: {val}")
        return False
    return True


def check_label(stem, lab, ext):
    for k in lab:
        if k not in TOP_KEYS:
            err(f"{stem}: unknown key {k!r}")
    for k in REQUIRED - set(lab):
        err(f"{stem}: missing key {k!r}")
    kinds = lab.get("kinds", [])
    if not isinstance(kinds, list) or any(k not in KINDS for k in kinds) or len(set(kinds)) != len(kinds):
        err(f"{stem}: bad kinds {kinds!r}")
    if "date" in lab:
        check_iso(stem, "date", lab["date"])
    if "also_dates" in lab:
        if not isinstance(lab["also_dates"], list) or not lab["also_dates"]:
            err(f"{stem}: also_dates must be a non-empty list")
        for v in lab.get("also_dates", []):
            check_iso(stem, "also_dates", v)
        if "date" not in lab:
            err(f"{stem}: also_dates without date")
    if lab.get("author") not in AUTHORS:
        err(f"{stem}: bad author {lab.get('author')!r}")
    if lab.get("language") not in LANGS:
        err(f"{stem}: bad language {lab.get('language')!r}")
    if not isinstance(lab.get("style"), str) or not lab.get("style", "").strip():
        err(f"{stem}: style must be non-empty text")
    if not isinstance(lab.get("notes"), str) or len(lab.get("notes", "")) < 20:
        err(f"{stem}: notes must say what makes it hard")
    for f in ("imaging_done", "operated", "treated_abroad"):
        if lab.get(f) not in FACT:
            err(f"{stem}: bad {f} {lab.get(f)!r}")
    if "referral" in kinds:
        if not isinstance(lab.get("referral_question"), bool):
            err(f"{stem}: referral needs boolean referral_question")
    elif "referral_question" in lab:
        err(f"{stem}: referral_question only allowed when 'referral' is a kind")
    parts = lab.get("part")
    if parts is not None:
        if ext != ".pdf":
            err(f"{stem}: [[part]] only for merged PDFs")
        if not isinstance(parts, list) or len(parts) < 2:
            err(f"{stem}: a merged PDF needs at least two [[part]] entries")
            parts = []
        union = set()
        for i, p in enumerate(parts, 1):
            for k in p:
                if k not in PART_KEYS:
                    err(f"{stem}: part {i}: unknown key {k!r}")
            pk = p.get("kinds")
            if not isinstance(pk, list) or any(k not in KINDS for k in pk):
                err(f"{stem}: part {i}: bad kinds {pk!r}")
            else:
                union |= set(pk)
            if p.get("author") not in AUTHORS:
                err(f"{stem}: part {i}: bad author {p.get('author')!r}")
            if "date" in p:
                check_iso(stem, f"part {i} date", p["date"])
        if set(kinds) != union:
            err(f"{stem}: top-level kinds {sorted(kinds)} differ from the union of part kinds {sorted(union)}")


def main():
    if not os.path.isdir(DOCS):
        print(f"check: no docs directory {DOCS}", file=sys.stderr)
        return 1
    files = collections.defaultdict(list)
    for fn in sorted(os.listdir(DOCS)):
        stem, ext = os.path.splitext(fn)
        files[stem].append(ext)
    for stem in sorted(set(files) - set(EXPECTED)):
        err(f"unexpected file stem {stem!r} in docs/")

    fmt_count = collections.Counter()
    lang_count = collections.Counter()
    kind_docs = collections.Counter()
    kind_parts = collections.Counter()
    kind_styles = collections.defaultdict(set)
    author_count = collections.Counter()
    fact_count = {f: collections.Counter() for f in ("imaging_done", "operated", "treated_abroad")}
    merged = 0
    none_docs = 0
    rows = []

    for stem in EXPECTED:
        exts = files.get(stem, [])
        docs = [e for e in exts if e in FORMATS]
        if len(docs) != 1:
            err(f"{stem}: expected exactly one document file, found {docs}")
            continue
        if ".toml" not in exts:
            err(f"{stem}: missing label {stem}.toml")
            continue
        ext = docs[0]
        other = set(exts) - {ext, ".toml"}
        if other:
            err(f"{stem}: stray files {other}")
        try:
            with open(os.path.join(DOCS, stem + ".toml"), "rb") as f:
                lab = tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            err(f"{stem}: label does not parse: {e}")
            continue
        check_label(stem, lab, ext)
        try:
            text, how = text_of(os.path.join(DOCS, stem + ext))
        except Exception as e:  # noqa: BLE001 - report any reader failure
            err(f"{stem}: document not readable: {e}")
            continue
        if len(text.strip()) < 200:
            err(f"{stem}: suspiciously little text ({len(text.strip())} chars)")
        dates = ([lab["date"]] if "date" in lab else []) + lab.get("also_dates", [])
        dates += [p["date"] for p in lab.get("part", []) if "date" in p]
        for d in dates:
            try:
                if not has_date(text, d):
                    err(f"{stem}: labelled date {d} not found in the document text")
            except ValueError:
                pass
        g, scores = guess_lang(text)
        if g != lab.get("language"):
            warn(f"{stem}: language labelled {lab.get('language')} but stop words suggest {g} {scores}")

        fmt = ext[1:]
        fmt_count[fmt] += 1
        lang_count[lab.get("language")] += 1
        author_count[lab.get("author")] += 1
        for f in fact_count:
            fact_count[f][lab.get(f)] += 1
        kinds = lab.get("kinds", [])
        if "part" in lab:
            merged += 1
            for p in lab["part"]:
                for k in p.get("kinds", []):
                    kind_parts[k] += 1
                if not p.get("kinds"):
                    kind_parts["(none)"] += 1
        else:
            for k in kinds:
                kind_styles[k].add(lab.get("style", "").strip().lower())
            if not kinds:
                none_docs += 1
        for k in kinds:
            kind_docs[k] += 1
        rows.append((stem, fmt, how, lab.get("language"), ",".join(kinds) or "-",
                     lab.get("date", "-"), lab.get("author")))

    n = sum(fmt_count.values())
    if n != len(EXPECTED):
        err(f"only {n} of {len(EXPECTED)} documents checked")
    if n:
        for key, (target, tol) in FORMAT_MIX.items():
            share = fmt_count[key] / n
            if abs(share - target) > tol:
                err(f"format mix: {key} {share:.0%} is outside {target:.0%} +/- {tol:.0%}")
        for key, (target, tol) in LANG_MIX.items():
            share = lang_count[key] / n
            if abs(share - target) > tol:
                err(f"language mix: {key} {share:.0%} is outside {target:.0%} +/- {tol:.0%}")
    if merged != MERGED_PDFS:
        err(f"expected {MERGED_PDFS} merged PDFs with [[part]] entries, found {merged}")
    for k in KINDS:
        if len(kind_styles[k]) < MIN_STYLES_PER_KIND:
            err(f"kind {k}: only {len(kind_styles[k])} distinct styles among single documents "
                f"(need {MIN_STYLES_PER_KIND})")
    if none_docs == 0:
        err("no document that is none of the kinds")

    # ------------------------------------------------------------ report
    print(f"{'stem':8} {'fmt':5} {'read as':12} {'lang':4} {'kinds':50} {'date':10} author")
    for r in rows:
        print(f"{r[0]:8} {r[1]:5} {r[2]:12} {r[3]:4} {r[4]:50} {r[5]:10} {r[6]}")
    print()
    print(f"documents: {n}   merged PDFs: {merged}   documents with no kind: {none_docs}")
    print("formats  : " + ", ".join(f"{k} {fmt_count[k]} ({fmt_count[k]/max(n,1):.0%})" for k in ("pdf", "docx", "txt")))
    print("languages: " + ", ".join(f"{k} {lang_count[k]} ({lang_count[k]/max(n,1):.0%})" for k in ("nl", "en", "de")))
    print("authors  : " + ", ".join(f"{k} {v}" for k, v in sorted(author_count.items())))
    print("kinds (files carrying the kind / as merged parts / distinct styles in single files):")
    for k in KINDS:
        print(f"  {k:17} {kind_docs[k]:3} / {kind_parts[k]:2} / {len(kind_styles[k]):2}")
    print(f"  {'(none)':17} {none_docs:3} / {kind_parts['(none)']:2}")
    for f, c in fact_count.items():
        print(f"{f:15}: " + ", ".join(f"{k} {c[k]}" for k in ("yes", "no", "unmentioned")))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    print(f"check: {'FAILED with ' + str(len(errors)) + ' error(s)' if errors else 'OK'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
