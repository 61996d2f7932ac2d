"""Validate every label in ../docs against label_format.md and sanity-check the documents.

Checks: one label per document and vice versa, stems ts-001..ts-NNN without gaps; allowed keys and
values; kinds from the list; ISO dates; referral_question only (and always) with kind referral;
[[part]] entries only for PDFs, at least two, kinds/date/author valid, union of part kinds equals the
top-level kinds, the PDF has at least as many pages as parts; the file opens and has text; every
labelled date (date, also_dates, part dates) occurs in the document text in some usual spelling.
Exit code 0 when everything passes, 1 otherwise.  Prints a summary of the mix.
"""
import collections
import datetime as dt
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
ALLOWED = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
           "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "author"}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}


def iso(s, where, errs):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        errs.append(f"{where}: not an ISO date: {s!r}")
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        errs.append(f"{where}: invalid date {s!r}")
        return None


def spellings(d):
    out = set()
    for sep in "-./":
        out.add(f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}")
        out.add(f"{d.day}{sep}{d.month}{sep}{d.year}")
    out.add(d.isoformat())
    for lang, ms in MONTHS.items():
        m = ms[d.month - 1]
        out.add(f"{d.day} {m} {d.year}".lower())
        out.add(f"{d.day}. {m} {d.year}".lower())
        out.add(f"{m} {d.day}, {d.year}".lower())
    out.add(f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}".lower())
    return out


def doc_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        with open(path, encoding="utf-8") as f:
            return f.read(), 1
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts), 1
    if ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        if r.is_encrypted:
            raise ValueError("encrypted")
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    raise ValueError(ext)


def main():
    errs = []
    files = sorted(os.listdir(DOCS))
    docs = {f.rsplit(".", 1)[0]: f for f in files if not f.endswith(".toml")}
    labels = {f[:-5]: f for f in files if f.endswith(".toml")}
    for f in files:
        if not re.fullmatch(r"ts-\d{3}\.(pdf|docx|txt|toml)", f):
            errs.append(f"unexpected file {f}")
    dup = [s for s, c in collections.Counter(f.rsplit(".", 1)[0] for f in files if not f.endswith(".toml")).items()
           if c > 1]
    for s in dup:
        errs.append(f"{s}: more than one document file")
    for s in sorted(set(docs) - set(labels)):
        errs.append(f"{s}: document without label")
    for s in sorted(set(labels) - set(docs)):
        errs.append(f"{s}: label without document")
    nums = sorted(int(s[3:]) for s in docs)
    if nums != list(range(1, len(nums) + 1)):
        errs.append(f"stems are not contiguous from ts-001: {nums}")

    stats = collections.defaultdict(collections.Counter)
    for stem in sorted(labels):
        where = labels[stem]
        try:
            with open(os.path.join(DOCS, where), "rb") as f:
                lab = tomllib.load(f)
        except Exception as e:  # noqa: BLE001
            errs.append(f"{where}: TOML error {e}")
            continue
        for k in set(lab) - ALLOWED:
            errs.append(f"{where}: unknown key {k}")
        for k in REQUIRED - set(lab):
            errs.append(f"{where}: missing key {k}")
        kinds = lab.get("kinds", [])
        if not isinstance(kinds, list) or len(set(kinds)) != len(kinds):
            errs.append(f"{where}: kinds must be a list without duplicates")
            kinds = []
        for k in kinds:
            if k not in KINDS:
                errs.append(f"{where}: unknown kind {k!r}")
        dates = []
        if "date" in lab:
            d = iso(lab["date"], where + " date", errs)
            if d:
                dates.append(d)
        for i, a in enumerate(lab.get("also_dates", [])):
            d = iso(a, f"{where} also_dates[{i}]", errs)
            if d:
                dates.append(d)
        if "also_dates" in lab and ("date" not in lab or not lab["also_dates"]):
            errs.append(f"{where}: also_dates without date, or empty")
        if lab.get("author") not in AUTHORS:
            errs.append(f"{where}: bad author {lab.get('author')!r}")
        if lab.get("language") not in LANGS:
            errs.append(f"{where}: bad language {lab.get('language')!r}")
        for k in ("style", "notes"):
            if not isinstance(lab.get(k), str) or not lab.get(k).strip():
                errs.append(f"{where}: {k} must be a non-empty string")
        for k in ("imaging_done", "operated", "treated_abroad"):
            if lab.get(k) not in FACT:
                errs.append(f"{where}: bad {k} {lab.get(k)!r}")
        if "referral" in kinds:
            if not isinstance(lab.get("referral_question"), bool):
                errs.append(f"{where}: referral needs referral_question = true|false")
        elif "referral_question" in lab:
            errs.append(f"{where}: referral_question without kind referral")

        doc = docs.get(stem)
        if not doc:
            continue
        ext = doc.rsplit(".", 1)[1]
        try:
            text, pages = doc_text(os.path.join(DOCS, doc))
        except Exception as e:  # noqa: BLE001
            errs.append(f"{doc}: cannot read ({e})")
            continue
        if len(text.strip()) < 80:
            errs.append(f"{doc}: almost no text ({len(text.strip())} chars)")
        parts = lab.get("part", [])
        if parts:
            if ext != "pdf":
                errs.append(f"{where}: [[part]] only for merged PDFs")
            if len(parts) < 2:
                errs.append(f"{where}: a merged file needs at least two parts")
            if pages < len(parts):
                errs.append(f"{where}: {len(parts)} parts but only {pages} pages")
            union = set()
            for i, p in enumerate(parts):
                pw = f"{where} part[{i}]"
                for k in set(p) - PART_KEYS:
                    errs.append(f"{pw}: unknown key {k}")
                pk = p.get("kinds")
                if not isinstance(pk, list):
                    errs.append(f"{pw}: kinds missing")
                    continue
                for k in pk:
                    if k not in KINDS:
                        errs.append(f"{pw}: unknown kind {k!r}")
                union |= set(pk)
                if p.get("author") not in AUTHORS:
                    errs.append(f"{pw}: bad author {p.get('author')!r}")
                if "date" in p:
                    d = iso(p["date"], pw + " date", errs)
                    if d:
                        dates.append(d)
            if union != set(kinds):
                errs.append(f"{where}: top-level kinds {sorted(kinds)} != union of parts {sorted(union)}")
            stats["merged"][stem] += 1
        low = re.sub(r"\s+", " ", text).lower()
        for d in dates:
            if not any(sp in low for sp in spellings(d)):
                errs.append(f"{doc}: labelled date {d} not found in the text")

        stats["format"][ext] += 1
        stats["language"][lab.get("language")] += 1
        stats["author"][lab.get("author")] += 1
        for k in kinds or ["(none)"]:
            stats["kind"][k] += 1
        if len(kinds) > 1:
            stats["multi-kind"]["+".join(kinds)] += 1
        for k in ("imaging_done", "operated", "treated_abroad"):
            stats[k][lab.get(k)] += 1
        if "referral" in kinds:
            stats["referral_question"][str(lab.get("referral_question")).lower()] += 1
        if "date" not in lab:
            stats["undated"][stem] += 1

    n = len(labels)
    print(f"{n} labelled documents")
    for cat in ("format", "language", "kind", "multi-kind", "author", "imaging_done", "operated",
                "treated_abroad", "referral_question", "merged", "undated"):
        c = stats.get(cat)
        if c:
            print(f"  {cat:18s} " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    if errs:
        print(f"\n{len(errs)} problem(s):")
        for e in errs:
            print("  " + e)
        return 1
    print("\nOK: all labels valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
