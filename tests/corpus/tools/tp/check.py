"""Validate the corpus in ../docs: every document has a well-formed label with allowed values, kinds
and facts are consistent, and the labelled dates occur in the document's text.

usage: python3 check.py        exit code 0 when no errors (warnings are printed but do not fail)
Text extraction: PDF with pypdf (skipped with a warning when pypdf is missing), DOCX with
python-docx (body, tables, headers, footers), TXT directly.
"""
import collections
import datetime as dt
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TODAY = dt.date(2026, 12, 5)

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report",
         "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad",
            "notes"}
PART_KEYS = {"kinds", "date", "author"}
EXTS = {".pdf", ".docx", ".txt"}

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "nl_abbr": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
    "en_abbr": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
}

# which words must appear in a document of a kind (a sanity check on the labels, not a classifier)
KIND_CUES = {
    "referral": r"verwij|referr|überweis|zweitmeinung|second opinion|tweede mening|opinion",
    "history": r"voorgeschiedenis|samenvatting|journaal|episode|history|summary|problems",
    "correspondence": r"geachte|dear|sehr geehrte|to whom|collega|kollege|discharge|ontslag|"
                      r"entlassung|arztbrief|ambulanzbefund|consultation",
    "imaging-report": r"radiolog|verslag|befund|report|uitslag|echo|ultrasound|mri|ct|röntgen|x-",
    "operation-report": r"operat|ok-verslag|op-bericht|procedure",
    "mrsa-screening": r"mrsa",
}


def date_forms(d):
    """Textual forms a date may take in the documents."""
    forms = {d.isoformat()}
    for dd in (f"{d.day:02d}", str(d.day)):
        for mm in (f"{d.month:02d}", str(d.month)):
            for sep in "-/.":
                forms.add(f"{dd}{sep}{mm}{sep}{d.year}")
    m = d.month - 1
    for key in ("nl", "en", "de"):
        name = MONTHS[key][m]
        forms.add(f"{d.day} {name} {d.year}")
        forms.add(f"{d.day}. {name} {d.year}")
        forms.add(f"{name} {d.day}, {d.year}")
    for key in ("nl_abbr", "en_abbr"):
        ab = MONTHS[key][m]
        forms.add(f"{d.day} {ab}. {d.year}")
        forms.add(f"{d.day} {ab} {d.year}")
        forms.add(f"{d.day:02d}-{ab}-{d.year}")
    return {f.lower() for f in forms}


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".txt":
        return path.read_bytes().decode("utf-8")
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        out = []
        for sec in d.sections:
            out += [p.text for p in sec.header.paragraphs] + [p.text for p in sec.footer.paragraphs]
        out += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out += [c.text for c in row.cells]
        return "\n".join(out)
    if ext == ".pdf":
        try:
            from pypdf import PdfReader
        except ImportError:
            return None
        r = PdfReader(str(path))
        return "\n".join(p.extract_text() or "" for p in r.pages)
    return None


def parse_date(v, where, errors):
    if not isinstance(v, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        errors.append(f"{where}: date {v!r} is not an ISO date string")
        return None
    try:
        d = dt.date.fromisoformat(v)
    except ValueError:
        errors.append(f"{where}: invalid date {v!r}")
        return None
    if d > TODAY:
        errors.append(f"{where}: date {v} is after today ({TODAY})")
    return d


def check_label(stem, lab, doc_path, errors, warnings):
    w = stem
    unknown = set(lab) - TOP_KEYS
    if unknown:
        errors.append(f"{w}: unknown keys {sorted(unknown)}")
    missing = REQUIRED - set(lab)
    if missing:
        errors.append(f"{w}: missing keys {sorted(missing)}")
        return
    kinds = lab["kinds"]
    if not isinstance(kinds, list) or len(set(kinds)) != len(kinds) or set(kinds) - KINDS:
        errors.append(f"{w}: bad kinds {kinds!r}")
    if lab["author"] not in AUTHORS:
        errors.append(f"{w}: bad author {lab['author']!r}")
    if lab["language"] not in LANGS:
        errors.append(f"{w}: bad language {lab['language']!r}")
    for f in ("imaging_done", "operated", "treated_abroad"):
        if lab[f] not in FACT:
            errors.append(f"{w}: bad {f} {lab[f]!r}")
    if not str(lab["style"]).strip() or not str(lab["notes"]).strip():
        errors.append(f"{w}: empty style or notes")
    if ("referral" in kinds) != ("referral_question" in lab):
        errors.append(f"{w}: referral_question must be present exactly when 'referral' is a kind")
    if "referral_question" in lab and not isinstance(lab["referral_question"], bool):
        errors.append(f"{w}: referral_question must be a boolean")

    date = parse_date(lab["date"], w, errors) if "date" in lab else None
    also = []
    if "also_dates" in lab:
        if "date" not in lab:
            errors.append(f"{w}: also_dates without date")
        if not isinstance(lab["also_dates"], list) or not lab["also_dates"]:
            errors.append(f"{w}: also_dates must be a non-empty list")
        else:
            also = [parse_date(x, w, errors) for x in lab["also_dates"]]
            if lab.get("date") in lab["also_dates"]:
                errors.append(f"{w}: also_dates repeats date")
    if date and not (dt.date(2025, 1, 1) <= date <= TODAY):
        warnings.append(f"{w}: date {date} outside 2025-2026")

    # consistency between kinds, author and facts (single documents)
    parts = lab.get("part")
    if not parts:
        if "imaging-report" in kinds and lab["imaging_done"] != "yes":
            errors.append(f"{w}: imaging-report but imaging_done != yes")
        if "operation-report" in kinds and lab["operated"] != "yes":
            errors.append(f"{w}: operation-report but operated != yes")
        if "mrsa-screening" in kinds and lab["author"] != "lab":
            errors.append(f"{w}: mrsa-screening should be authored by a lab")
        if "imaging-report" in kinds and lab["author"] != "radiologist":
            errors.append(f"{w}: imaging-report should be authored by a radiologist")
        if ("correspondence" in kinds or "operation-report" in kinds) and lab["author"] != "specialist":
            errors.append(f"{w}: correspondence/operation-report should be authored by a specialist")
        if "referral" in kinds and lab["author"] not in ("gp", "specialist"):
            errors.append(f"{w}: referral must come from a physician")
        if "history" in kinds and lab["author"] != "gp":
            warnings.append(f"{w}: history not authored by a GP")
        if lab["author"] in ("gp",) and "correspondence" in kinds:
            errors.append(f"{w}: a GP's own letter is not correspondence")
        if lab["author"] == "patient" and kinds:
            errors.append(f"{w}: a patient's letter has no kind")
        if "history" in kinds and "date" not in lab:
            warnings.append(f"{w}: undated history")
    else:
        if doc_path.suffix != ".pdf":
            errors.append(f"{w}: [[part]] entries only for merged PDFs")
        if len(parts) < 2:
            errors.append(f"{w}: a merged file needs at least two parts")
        union = []
        pdates = []
        for i, p in enumerate(parts, 1):
            pw = f"{w} part {i}"
            if set(p) - PART_KEYS:
                errors.append(f"{pw}: unknown keys {sorted(set(p) - PART_KEYS)}")
            pk = p.get("kinds", [])
            if not isinstance(pk, list) or set(pk) - KINDS:
                errors.append(f"{pw}: bad kinds {pk!r}")
            if p.get("author") not in AUTHORS:
                errors.append(f"{pw}: bad author {p.get('author')!r}")
            for k in pk:
                if k not in union:
                    union.append(k)
            if "date" in p:
                pdates.append(parse_date(p["date"], pw, errors))
            if "imaging-report" in pk and p.get("author") != "radiologist":
                errors.append(f"{pw}: imaging-report should be authored by a radiologist")
            if "mrsa-screening" in pk and p.get("author") != "lab":
                errors.append(f"{pw}: mrsa-screening should be authored by a lab")
        if sorted(union) != sorted(kinds):
            errors.append(f"{w}: top-level kinds {kinds} != union of part kinds {union}")
        if union != kinds:
            warnings.append(f"{w}: top-level kinds not in part order")
        if "imaging-report" in union and lab["imaging_done"] != "yes":
            errors.append(f"{w}: merged file with imaging-report but imaging_done != yes")
        if "operation-report" in union and lab["operated"] != "yes":
            errors.append(f"{w}: merged file with operation-report but operated != yes")
        if pdates and date and pdates[0] != date:
            errors.append(f"{w}: top-level date should be the first part's date")
        if pdates and date and set(pdates[1:]) != set(x for x in also if x):
            errors.append(f"{w}: also_dates should hold the other parts' dates")
        if parts[0].get("author") != lab["author"]:
            errors.append(f"{w}: top-level author should be the first part's author")

    # the text must carry the labelled dates and cues of the kinds
    text = text_of(doc_path)
    if text is None:
        warnings.append(f"{w}: could not extract text (pypdf missing?)")
        return
    low = re.sub(r"[ \t]+", " ", text.lower())
    if len(low.strip()) < 200:
        errors.append(f"{w}: extracted text suspiciously short ({len(low.strip())} chars)")
    for d in [date] + also + [parse_date(p["date"], w, []) for p in (parts or []) if "date" in p]:
        if d and not any(f in low for f in date_forms(d)):
            errors.append(f"{w}: labelled date {d} not found in the text")
    for k in kinds:
        if not re.search(KIND_CUES[k], low):
            errors.append(f"{w}: no textual cue for kind {k}")
    if "\ufffd" in text:
        errors.append(f"{w}: replacement character in text")


def main():
    errors, warnings = [], []
    files = sorted(p for p in DOCS.iterdir() if p.is_file())
    docs = {p.stem: p for p in files if p.suffix in EXTS}
    labels = {p.stem: p for p in files if p.suffix == ".toml"}
    stray = [p.name for p in files if p.suffix not in EXTS | {".toml"}]
    if stray:
        errors.append(f"stray files in docs/: {stray}")
    by_stem = collections.Counter(p.stem for p in files if p.suffix in EXTS)
    for s, n in by_stem.items():
        if n > 1:
            errors.append(f"{s}: more than one document file")
    expected = {f"tp-{i:03d}" for i in range(1, 65)}
    if set(docs) != expected:
        errors.append(f"documents missing: {sorted(expected - set(docs))}, "
                      f"unexpected: {sorted(set(docs) - expected)}")
    if set(labels) != set(docs):
        errors.append(f"labels without document: {sorted(set(labels) - set(docs))}; documents without "
                      f"label: {sorted(set(docs) - set(labels))}")

    fmt, lang, kinds_c, authors, facts, merged = (collections.Counter() for _ in range(6))
    nkinds = 0
    for stem in sorted(docs):
        if stem not in labels:
            continue
        try:
            lab = tomllib.loads(labels[stem].read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{stem}: label does not parse: {e}")
            continue
        check_label(stem, lab, docs[stem], errors, warnings)
        fmt[docs[stem].suffix[1:]] += 1
        lang[lab.get("language")] += 1
        authors[lab.get("author")] += 1
        for k in lab.get("kinds", []):
            kinds_c[k] += 1
        if not lab.get("kinds"):
            nkinds += 1
        if lab.get("part"):
            merged[docs[stem].suffix] += 1
        for f in ("imaging_done", "operated", "treated_abroad"):
            facts[(f, lab.get(f))] += 1

    n = sum(fmt.values())
    if merged.get(".pdf", 0) != 4 or sum(merged.values()) != 4:
        errors.append(f"expected exactly 4 merged PDFs, found {dict(merged)}")
    for k in sorted(KINDS):
        if kinds_c[k] == 0:
            errors.append(f"kind {k} not covered")
    if nkinds == 0:
        errors.append("no document without kind")

    print(f"documents: {n}")
    print("formats:  ", ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(fmt.items())))
    print("languages:", ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(lang.items())))
    print("kinds:    ", ", ".join(f"{k} {v}" for k, v in sorted(kinds_c.items())), f"| none {nkinds}")
    print("authors:  ", ", ".join(f"{k} {v}" for k, v in sorted(authors.items())))
    for f in ("imaging_done", "operated", "treated_abroad"):
        print(f"{f:15s}", ", ".join(f"{v} {facts[(f, v)]}" for v in ("yes", "no", "unmentioned")))
    print("merged PDFs:", sum(merged.values()))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
