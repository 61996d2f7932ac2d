#!/usr/bin/env python3
"""Verify the rendered corpus in ../docs against label_format.md.

Checks: every document has exactly one label and every label its document; label keys and values
are allowed; dates are valid ISO dates; referral_question present exactly for referrals; [[part]]
entries only in PDFs, at least two, with kinds whose union equals the top-level kinds, and no more
parts than pages; the merged files are the ones the build catalog says; PDFs open with pypdf and
give extractable text on every page; DOCX files open with python-docx and hold text; TXT files are
UTF-8. Prints counts by format, language and kind. Exit code 0 when all is well, 1 otherwise.
"""
import collections
import datetime
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs")

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}
FORMATS = {"pdf", "docx", "txt"}
TOP_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question",
            "imaging_done", "operated", "treated_abroad", "notes", "part"}
REQUIRED = {"kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"}
PART_KEYS = {"kinds", "date", "also_dates", "author", "language", "style", "notes"}
STEM_RE = re.compile(r"^vd-\d{3}$")


def iso_ok(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_kinds(kinds, where, errs):
    if not isinstance(kinds, list):
        errs.append("%s: kinds must be a list" % where)
        return
    for k in kinds:
        if k not in KINDS:
            errs.append("%s: unknown kind %r" % (where, k))
    if len(set(kinds)) != len(kinds):
        errs.append("%s: duplicate kinds" % where)


def check_dates(d, where, errs):
    if "date" in d and not iso_ok(d["date"]):
        errs.append("%s: date %r is not an ISO date" % (where, d["date"]))
    if "also_dates" in d:
        ad = d["also_dates"]
        if not isinstance(ad, list) or not ad:
            errs.append("%s: also_dates must be a non-empty list" % where)
        else:
            for x in ad:
                if not iso_ok(x):
                    errs.append("%s: also_dates entry %r is not an ISO date" % (where, x))
            if "date" not in d:
                errs.append("%s: also_dates without date" % where)
            elif d["date"] in ad:
                errs.append("%s: also_dates repeats date" % where)


def check_label(stem, fmt, lab, errs):
    w = stem + ".toml"
    for k in lab:
        if k not in TOP_KEYS:
            errs.append("%s: key %r not allowed" % (w, k))
    for k in REQUIRED:
        if k not in lab:
            errs.append("%s: missing key %r" % (w, k))
    check_kinds(lab.get("kinds", []), w, errs)
    check_dates(lab, w, errs)
    if lab.get("author") not in AUTHORS:
        errs.append("%s: author %r not allowed" % (w, lab.get("author")))
    if lab.get("language") not in LANGS:
        errs.append("%s: language %r not allowed" % (w, lab.get("language")))
    for k in ("style", "notes"):
        if k in lab and (not isinstance(lab[k], str) or not lab[k].strip()):
            errs.append("%s: %s must be non-empty text" % (w, k))
    for k in ("imaging_done", "operated", "treated_abroad"):
        if k in lab and lab[k] not in FACT:
            errs.append("%s: %s %r not allowed" % (w, k, lab[k]))
    is_ref = "referral" in lab.get("kinds", [])
    if is_ref and not isinstance(lab.get("referral_question"), bool):
        errs.append("%s: referral needs a boolean referral_question" % w)
    if not is_ref and "referral_question" in lab:
        errs.append("%s: referral_question only allowed when referral is a kind" % w)
    parts = lab.get("part")
    if parts is not None:
        if fmt != "pdf":
            errs.append("%s: [[part]] only for merged PDFs" % w)
        if not isinstance(parts, list) or len(parts) < 2:
            errs.append("%s: a merged file needs at least two [[part]] entries" % w)
            return
        union = set()
        for i, p in enumerate(parts, 1):
            pw = "%s part %d" % (w, i)
            for k in p:
                if k not in PART_KEYS:
                    errs.append("%s: key %r not allowed" % (pw, k))
            if "kinds" not in p or "author" not in p:
                errs.append("%s: needs kinds and author" % pw)
            check_kinds(p.get("kinds", []), pw, errs)
            check_dates(p, pw, errs)
            if p.get("author") not in AUTHORS:
                errs.append("%s: author %r not allowed" % (pw, p.get("author")))
            if "language" in p and p["language"] not in LANGS:
                errs.append("%s: language %r not allowed" % (pw, p["language"]))
            union |= set(p.get("kinds", []))
        if union != set(lab.get("kinds", [])):
            errs.append("%s: top-level kinds %s differ from the union of part kinds %s"
                        % (w, sorted(lab.get("kinds", [])), sorted(union)))


def read_pdf(path, errs, stem):
    from pypdf import PdfReader
    try:
        r = PdfReader(path)
        texts = [p.extract_text() or "" for p in r.pages]
    except Exception as e:  # noqa: BLE001
        errs.append("%s: PDF does not open: %s" % (stem, e))
        return 0, ""
    for i, t in enumerate(texts, 1):
        if len(t.strip()) < 20:
            errs.append("%s: page %d has no extractable text" % (stem, i))
    return len(texts), "\n".join(texts)


def read_docx(path, errs, stem):
    import docx
    try:
        d = docx.Document(path)
    except Exception as e:  # noqa: BLE001
        errs.append("%s: DOCX does not open: %s" % (stem, e))
        return ""
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def read_txt(path, errs, stem):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        errs.append("%s: TXT is not UTF-8: %s" % (stem, e))
        return ""


def main():
    errs = []
    if not os.path.isdir(DOCS):
        print("no docs directory at %s" % os.path.normpath(DOCS))
        return 1
    files = sorted(f for f in os.listdir(DOCS) if f.startswith("vd-"))
    docs, labels = {}, set()
    for f in files:
        stem, ext = os.path.splitext(f)
        ext = ext[1:]
        if ext == "toml":
            labels.add(stem)
        elif ext in FORMATS:
            if stem in docs:
                errs.append("%s: more than one document file (%s, %s)" % (stem, docs[stem], ext))
            docs[stem] = ext
        else:
            errs.append("%s: unexpected file in docs/" % f)
        if not STEM_RE.match(stem):
            errs.append("%s: stem does not match vd-NNN" % f)
    for s in sorted(set(docs) - labels):
        errs.append("%s: document without label" % s)
    for s in sorted(labels - set(docs)):
        errs.append("%s: label without document" % s)
    nums = sorted(int(s[3:]) for s in docs if STEM_RE.match(s))
    if nums and nums != list(range(1, nums[-1] + 1)):
        errs.append("stems are not contiguous from vd-001: missing %s"
                    % sorted(set(range(1, nums[-1] + 1)) - set(nums)))

    # which files the build catalog says are merged
    expected_merged = None
    try:
        sys.path.insert(0, HERE)
        from catalog import merged_stems
        expected_merged = merged_stems()
    except Exception as e:  # noqa: BLE001
        print("note: catalog not importable (%s); merged-file cross-check skipped" % e)

    by_fmt, by_lang, by_kind = collections.Counter(), collections.Counter(), collections.Counter()
    by_author, facts = collections.Counter(), collections.defaultdict(collections.Counter)
    part_kinds = collections.Counter()
    multi, merged = [], []
    for stem in sorted(set(docs) & labels):
        fmt = docs[stem]
        path = os.path.join(DOCS, stem + "." + fmt)
        try:
            with open(os.path.join(DOCS, stem + ".toml"), "rb") as fh:
                lab = tomllib.load(fh)
        except Exception as e:  # noqa: BLE001
            errs.append("%s.toml: not valid TOML: %s" % (stem, e))
            continue
        check_label(stem, fmt, lab, errs)
        if fmt == "pdf":
            npages, text = read_pdf(path, errs, stem)
            if "part" in lab and npages < len(lab["part"]):
                errs.append("%s: %d parts but only %d pages" % (stem, len(lab["part"]), npages))
        elif fmt == "docx":
            text = read_docx(path, errs, stem)
        else:
            text = read_txt(path, errs, stem)
        if len(text.strip()) < 200:
            errs.append("%s: too little text (%d chars)" % (stem, len(text.strip())))
        if expected_merged is not None and (("part" in lab) != (stem in expected_merged)):
            errs.append("%s: [[part]] entries do not match the build catalog" % stem)
        by_fmt[fmt] += 1
        by_lang[lab.get("language")] += 1
        by_author[lab.get("author")] += 1
        ks = lab.get("kinds", [])
        for k in ks:
            by_kind[k] += 1
        if not ks:
            by_kind["(none)"] += 1
        if len(ks) > 1 and "part" not in lab:
            multi.append(stem)
        if "part" in lab:
            merged.append(stem)
            for p in lab["part"]:
                for k in p.get("kinds", []):
                    part_kinds[k] += 1
        for f in ("imaging_done", "operated", "treated_abroad"):
            facts[f][lab.get(f)] += 1

    n = len(set(docs) & labels)

    def show(title, c):
        print("%s:" % title)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-18s %3d  (%4.1f %%)" % (k, v, 100.0 * v / n if n else 0))

    print("documents: %d (labels: %d)" % (len(docs), len(labels)))
    show("by format", by_fmt)
    show("by language", by_lang)
    show("by kind (a document may count for several kinds)", by_kind)
    print("  kinds inside merged PDFs' parts: %s" % dict(sorted(part_kinds.items())))
    show("by author", by_author)
    for f in ("imaging_done", "operated", "treated_abroad"):
        print("%s: %s" % (f, dict(sorted(facts[f].items()))))
    print("multi-kind single documents: %s" % ", ".join(multi))
    print("merged PDFs: %s" % ", ".join(merged))
    if errs:
        print("\nFAILED: %d problem(s)" % len(errs))
        for e in errs:
            print("  - " + e)
        return 1
    print("\nOK: all documents have valid labels and readable text.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
