#!/usr/bin/env python3
"""Validate every label in ../docs against label_format.md and open every document.
Also checks that each label date (and part date) occurs in the document text in some usual spelling.
Exit 0 when all is well, 1 otherwise."""
import os, sys, re, glob, datetime, subprocess, tomllib, collections

DOCS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
TRI = {"yes", "no", "unmentioned"}
TOP = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
       "imaging_done", "operated", "treated_abroad", "notes", "part"}
PART = {"kinds", "date", "author"}
MON = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "nla": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "at": ["Jänner"] + ["Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}
errors = []


def err(f, m): errors.append(f"{f}: {m}")


def iso(f, v, what):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        err(f, f"{what} not ISO date: {v!r}"); return None
    try: return datetime.date.fromisoformat(v)
    except ValueError: err(f, f"{what} invalid date {v}"); return None


def spellings(d):
    D, M, Y = d.day, d.month, d.year
    s = {d.isoformat(), f"{D:02d}-{M:02d}-{Y}", f"{D}-{M}-{Y}", f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}",
         f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}", f"{Y}{M:02d}{D:02d}",
         f"{D:02d}-{M:02d}-{Y % 100:02d}", f"{D:02d}/{M:02d}/{Y % 100:02d}", f"{D:02d}.{M:02d}.{Y % 100:02d}",
         f"{Y}/{M:02d}/{D:02d}"}
    for key, names in MON.items():
        n = names[M - 1]
        for dd in (str(D), f"{D:02d}"):
            s |= {f"{dd} {n} {Y}", f"{dd} {n}. {Y}", f"{dd}. {n} {Y}", f"{dd}-{n}-{Y}", f"{dd} {n[:3]} {Y}",
                  f"{dd}-{n[:3]}-{Y}", f"{dd} {n[:3]}. {Y}", f"{dd}. {n[:3]}. {Y}", f"{n} {dd}, {Y}", f"{n[:3]} {dd}, {Y}", f"{dd}.{n[:3]}.{Y}"}
        s |= {f"{D}th {n} {Y}", f"{D}st {n} {Y}", f"{D}nd {n} {Y}", f"{D}rd {n} {Y}"}
    return {x.lower() for x in s}


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        if r.is_encrypted: raise ValueError("encrypted")
        n = len(r.pages)
        t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
        t2 = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
        return t + "\n" + t2, f"{n}p"
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
            for t in s.header.tables:
                for row in t.rows: parts += [c.text for c in row.cells]
            parts += [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), "docx"
    if ext == "txt":
        raw = open(path, "rb").read()
        try: return raw.decode("utf-8"), "utf-8" + (" crlf" if b"\r\n" in raw else "")
        except UnicodeDecodeError: return raw.decode("cp1252"), "cp1252" + (" crlf" if b"\r\n" in raw else "")
    raise ValueError(ext)


def norm(t):
    return re.sub(r"[ \t]+", " ", t.replace("\u00a0", " ")).lower()


def main():
    stats = collections.Counter()
    files = sorted(glob.glob(os.path.join(DOCS, "tn-*.*")))
    docs = {}
    for p in files:
        b, e = os.path.basename(p).rsplit(".", 1)
        docs.setdefault(b, []).append(e)
    expected = [f"tn-{i:03d}" for i in range(1, 65)]
    for x in expected:
        if x not in docs: err(x, "missing")
    for x in docs:
        if x not in expected: err(x, "unexpected file")
    merged = 0
    for base in expected:
        exts = docs.get(base, [])
        lab_ok = "toml" in exts
        dexts = [e for e in exts if e != "toml"]
        if not lab_ok: err(base, "no label"); continue
        if len(dexts) != 1 or dexts[0] not in ("pdf", "docx", "txt"):
            err(base, f"expected exactly one document, found {dexts}"); continue
        path = os.path.join(DOCS, f"{base}.{dexts[0]}")
        try:
            lab = tomllib.load(open(os.path.join(DOCS, base + ".toml"), "rb"))
        except Exception as ex:
            err(base, f"label does not parse: {ex}"); continue
        for k in lab:
            if k not in TOP: err(base, f"unknown key {k}")
        for k in ("kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"):
            if k not in lab: err(base, f"missing key {k}")
        kinds = lab.get("kinds", [])
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds) or len(set(kinds)) != len(kinds):
            err(base, f"bad kinds {kinds}")
        if lab.get("author") not in AUTHORS: err(base, f"bad author {lab.get('author')}")
        if lab.get("language") not in LANGS: err(base, f"bad language {lab.get('language')}")
        for k in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(k) not in TRI: err(base, f"bad {k} {lab.get(k)}")
        for k in ("style", "notes"):
            if not isinstance(lab.get(k), str) or not lab.get(k).strip(): err(base, f"{k} must be non-empty text")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool): err(base, "referral needs referral_question bool")
        elif "referral_question" in lab:
            err(base, "referral_question only allowed with kind referral")
        try:
            text, info = text_of(path)
        except Exception as ex:
            err(base, f"cannot open: {ex}"); continue
        if len(text.strip()) < 200: err(base, "too little text")
        nt = norm(text)
        dates = []
        if "date" in lab:
            d = iso(base, lab["date"], "date"); dates.append(("date", d))
        ad = lab.get("also_dates", [])
        if not isinstance(ad, list): err(base, "also_dates must be a list")
        else:
            for a in ad: dates.append(("also_dates", iso(base, a, "also_dates")))
        parts = lab.get("part", [])
        if parts:
            merged += 1
            if dexts[0] != "pdf": err(base, "parts only in merged PDFs")
            if len(parts) < 2: err(base, "merged file needs >= 2 parts")
            union = set()
            for i, pt in enumerate(parts):
                for k in pt:
                    if k not in PART: err(base, f"part {i}: unknown key {k}")
                pk = pt.get("kinds")
                if not isinstance(pk, list) or any(k not in KINDS for k in pk): err(base, f"part {i}: bad kinds")
                else: union |= set(pk)
                if pt.get("author") not in AUTHORS: err(base, f"part {i}: bad author")
                if "date" in pt: dates.append((f"part {i} date", iso(base, pt["date"], f"part {i} date")))
            if union != set(kinds): err(base, f"top-level kinds {kinds} != union of parts {sorted(union)}")
        for what, d in dates:
            if d and not any(s in nt for s in spellings(d)):
                err(base, f"{what} {d} not found in text")
        stats[("fmt", dexts[0] + ("-merged" if parts else ""))] += 1
        stats[("lang", lab.get("language"))] += 1
        for k in (kinds or ["(none)"]): stats[("kind", k)] += 1
        for k in ("imaging_done", "operated", "treated_abroad"): stats[(k, lab.get(k))] += 1
        stats[("info", info.split()[0] if info.endswith("p") is False else "pdf")] += 0
    if merged != 4: err("corpus", f"expected exactly 4 merged PDFs, found {merged}")
    for k in sorted(stats):
        if stats[k]: print(f"{k[0]:15s} {k[1]:20s} {stats[k]}")
    if errors:
        print("\nERRORS:"); print("\n".join(errors)); return 1
    print("\nOK: all labels valid, all documents open")
    return 0


if __name__ == "__main__":
    sys.exit(main())
