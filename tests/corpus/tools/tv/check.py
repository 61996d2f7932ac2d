#!/usr/bin/env python3
"""Validate the tv- batch: every document has a label, every label follows label_format.md.

Checks
  - one document (.pdf/.docx/.txt) per label and vice versa, stems tv-001 … tv-064
  - TOML parses; only allowed keys; allowed values for kinds/author/language/facts
  - date / also_dates are valid ISO dates; referral_question present iff "referral" in kinds
  - [[part]] only and always on the merged PDFs (exactly 4), parts have kinds/date/author,
    top-level kinds == union of part kinds, the PDF has at least as many pages as parts
  - text is extractable (PDF via pypdf, DOCX via its XML parts incl. headers/footers, TXT as UTF-8)
  - the label date, every also_date and every part date appears in the text in some written form
Prints counts per kind, language and format.  Exit code 1 on any error.
"""
import datetime as dt
import re
import sys
import tomllib
import zipfile
from collections import Counter
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent.parent / "docs"
N = 64
MERGED = {"tv-026", "tv-027", "tv-028", "tv-029"}

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "author"}

# ------------------------------------------------------------------ text extraction
def text_pdf(p):
    from pypdf import PdfReader
    r = PdfReader(str(p))
    if r.is_encrypted:
        raise ValueError("encrypted")
    return "\n".join((pg.extract_text() or "") for pg in r.pages), len(r.pages)


def text_docx(p):
    z = zipfile.ZipFile(p)
    out = []
    names = [n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
    names.sort(key=lambda n: (0 if "document" in n else 1, n))
    for n in names:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:(br|cr)\b[^>]*/>", "<w:t>\n</w:t>", x)
        x = re.sub(r"<w:tab/>", "<w:t>\t</w:t>", x)
        for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    import html
    return html.unescape("\n".join(out)), None


def text_txt(p):
    return p.read_bytes().decode("utf-8-sig"), None


def extract(p):
    return {"pdf": text_pdf, "docx": text_docx, "txt": text_txt}[p.suffix[1:]](p)


# ------------------------------------------------------------------ date surface forms
NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
NL_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
EN_AB = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
DE_AB = ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
       "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


def suffix(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_patterns(d):
    D, M, Y = d.day, d.month, d.year
    pats = [re.escape(f"{Y}-{M:02d}-{D:02d}")]
    days = {str(D), f"{D:02d}"}
    mons = {str(M), f"{M:02d}"}
    for dd in days:
        for mm in mons:
            for sep in "-/.":
                for yy in (str(Y), f"{Y % 100:02d}"):
                    pats.append(re.escape(f"{dd}{sep}{mm}{sep}{yy}"))          # day-first
            for yy in (str(Y),):
                pats.append(re.escape(f"{mm}/{dd}/{yy}"))                       # US month-first
    names = set()
    for lst in (NL, NL_AB, EN, EN_AB, DE, DE_AB):
        names.add(lst[M - 1])
    names |= {n + "." for n in list(names) if len(n) <= 4}
    names.add("sept")
    names = {n for n in names if n != "sept" or M == 9}
    for n in names:
        n_ = re.escape(n)
        pats += [fr"{D}\.? {n_},? {Y}", fr"{D:02d}\.? {n_},? {Y}", fr"{n_} {D},? {Y}",
                 fr"{D}{suffix(D)} {n_},? {Y}", fr"{n_} {D}{suffix(D)},? {Y}",
                 fr"(the )?{ORD[D - 1]} (day )?of {n_},? {Y}"]
    return [re.compile(r"(?<![\d])" + p + r"(?![\d])") for p in pats]


def norm(t):
    t = t.replace("\u00a0", " ").lower()
    return re.sub(r"\s+", " ", t)


def date_in_text(iso, text):
    d = dt.date.fromisoformat(iso)
    return any(p.search(text) for p in date_patterns(d))


# ------------------------------------------------------------------ checks
def main():
    errors = []
    counts = {"kind": Counter(), "lang": Counter(), "fmt": Counter(), "author": Counter(), "none": 0}
    labels = sorted(DOCS.glob("tv-*.toml"))
    docs = sorted(p for p in DOCS.glob("tv-*.*") if p.suffix != ".toml")
    stems_l = {p.stem for p in labels}
    stems_d = Counter(p.stem for p in docs)
    expected = {f"tv-{i:03d}" for i in range(1, N + 1)}
    if stems_l != expected:
        errors.append(f"label set mismatch: missing {sorted(expected - stems_l)}, extra {sorted(stems_l - expected)}")
    for s, c in stems_d.items():
        if c != 1:
            errors.append(f"{s}: {c} document files")
    if set(stems_d) != expected:
        errors.append(f"document set mismatch: missing {sorted(expected - set(stems_d))}, extra {sorted(set(stems_d) - expected)}")
    for p in docs:
        if p.suffix not in (".pdf", ".docx", ".txt"):
            errors.append(f"{p.name}: unexpected extension")

    merged_seen = 0
    for lab in labels:
        stem = lab.stem
        err = lambda m: errors.append(f"{stem}: {m}")
        try:
            L = tomllib.loads(lab.read_text(encoding="utf-8"))
        except Exception as e:
            err(f"TOML error {e}")
            continue
        extra = set(L) - TOP_KEYS
        if extra:
            err(f"unknown keys {extra}")
        miss = REQUIRED - set(L)
        if miss:
            err(f"missing keys {miss}")
        kinds = L.get("kinds", [])
        if not isinstance(kinds, list) or not set(kinds) <= KINDS or len(set(kinds)) != len(kinds):
            err(f"bad kinds {kinds}")
        if L.get("author") not in AUTHORS:
            err(f"bad author {L.get('author')}")
        if L.get("language") not in LANGS:
            err(f"bad language {L.get('language')}")
        for f in ("imaging_done", "operated", "treated_abroad"):
            if L.get(f) not in FACT:
                err(f"bad {f} {L.get(f)}")
        for f in ("style", "notes"):
            if not isinstance(L.get(f, ""), str) or not L.get(f, "").strip():
                err(f"empty {f}")
        if "referral" in kinds:
            if not isinstance(L.get("referral_question"), bool):
                err("referral without boolean referral_question")
        elif "referral_question" in L:
            err("referral_question without referral kind")
        dates = []
        if "date" in L:
            try:
                dt.date.fromisoformat(L["date"])
                dates.append(L["date"])
            except Exception:
                err(f"bad date {L['date']!r}")
        also = L.get("also_dates", [])
        if also:
            if "date" not in L:
                err("also_dates without date")
            if not isinstance(also, list):
                err("also_dates not a list")
            for a in also:
                try:
                    dt.date.fromisoformat(a)
                    dates.append(a)
                except Exception:
                    err(f"bad also_date {a!r}")
            if L.get("date") in also:
                err("date repeated in also_dates")

        files = [p for p in docs if p.stem == stem]
        if not files:
            continue
        doc = files[0]
        fmt = doc.suffix[1:]
        # parts
        parts = L.get("part")
        if stem in MERGED:
            merged_seen += 1
            if fmt != "pdf":
                err("merged document is not a PDF")
            if not parts or not isinstance(parts, list) or len(parts) < 2:
                err("merged PDF without at least two [[part]] entries")
                parts = parts or []
            union = set()
            for i, pt in enumerate(parts, 1):
                if set(pt) - PART_KEYS:
                    err(f"part {i}: unknown keys {set(pt) - PART_KEYS}")
                if not isinstance(pt.get("kinds"), list) or not set(pt["kinds"]) <= KINDS:
                    err(f"part {i}: bad kinds")
                union |= set(pt.get("kinds", []))
                if pt.get("author") not in AUTHORS:
                    err(f"part {i}: bad author")
                if "date" in pt:
                    try:
                        dt.date.fromisoformat(pt["date"])
                        dates.append(pt["date"])
                    except Exception:
                        err(f"part {i}: bad date")
            if union != set(kinds):
                err(f"kinds {sorted(kinds)} != union of parts {sorted(union)}")
        elif parts is not None:
            err("[[part]] on a document that is not one of the merged PDFs")

        # text
        try:
            text, pages = extract(doc)
        except Exception as e:
            err(f"text not extractable: {e}")
            continue
        if len(text.strip()) < 300:
            err(f"too little text ({len(text.strip())} chars)")
        if stem in MERGED and pages is not None and parts and pages < len(parts):
            err(f"{pages} pages < {len(parts)} parts")
        nt = norm(text)
        for d in sorted(set(dates)):
            if not date_in_text(d, nt):
                err(f"date {d} not found in text")

        counts["fmt"][fmt] += 1
        counts["lang"][L.get("language")] += 1
        counts["author"][L.get("author")] += 1
        for k in kinds:
            counts["kind"][k] += 1
        if not kinds:
            counts["none"] += 1

    if merged_seen != 4:
        errors.append(f"expected exactly 4 merged PDFs, found {merged_seen}")

    print(f"documents: {len(docs)}   labels: {len(labels)}   merged PDFs: {merged_seen}")
    print("formats  :", dict(sorted(counts["fmt"].items())))
    print("languages:", dict(sorted(counts["lang"].items())))
    print("authors  :", dict(sorted(counts["author"].items())))
    print("kinds    :", dict(sorted(counts["kind"].items())), f"| no kind: {counts['none']}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
