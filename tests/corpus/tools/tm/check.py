"""Validate every label in ../docs against /tmp/dc/label_format.md and open every document. Exit 1 on error."""
import collections, datetime, glob, os, subprocess, sys, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "docs"))
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACTS = {"yes", "no", "unmentioned"}
TOP = {"kinds", "date", "also_dates", "author", "language", "style", "referral_question", "imaging_done",
       "operated", "treated_abroad", "notes", "part"}
PART = {"kinds", "date", "author"}
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def isodate(f, v, what):
    if not isinstance(v, str):
        err(f, f"{what} not a string"); return
    try:
        d = datetime.date.fromisoformat(v)
        if len(v) != 10 or not (2000 <= d.year <= 2027):
            err(f, f"{what} {v} out of range")
    except ValueError:
        err(f, f"{what} {v!r} not ISO")


def check_kinds(f, k):
    if not isinstance(k, list) or any(x not in KINDS for x in k) or len(set(k)) != len(k):
        err(f, f"bad kinds {k!r}")


def check_label(f, d):
    for k in d:
        if k not in TOP:
            err(f, f"unknown key {k}")
    for k in ["kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"]:
        if k not in d:
            err(f, f"missing {k}")
    check_kinds(f, d.get("kinds"))
    if "date" in d:
        isodate(f, d["date"], "date")
    for x in d.get("also_dates", []):
        isodate(f, x, "also_dates")
    if "also_dates" in d and "date" not in d:
        err(f, "also_dates without date")
    if d.get("author") not in AUTHORS:
        err(f, f"bad author {d.get('author')}")
    if d.get("language") not in LANGS:
        err(f, f"bad language {d.get('language')}")
    for k in ["imaging_done", "operated", "treated_abroad"]:
        if d.get(k) not in FACTS:
            err(f, f"bad {k} {d.get(k)}")
    for k in ["style", "notes"]:
        if not isinstance(d.get(k), str) or not d.get(k).strip():
            err(f, f"empty {k}")
    kinds = d.get("kinds") or []
    if "referral" in kinds:
        if not isinstance(d.get("referral_question"), bool):
            err(f, "referral without boolean referral_question")
    elif "referral_question" in d:
        err(f, "referral_question without referral kind")
    parts = d.get("part")
    if parts is not None:
        if not isinstance(parts, list) or len(parts) < 2:
            err(f, "part must list at least two parts")
            return
        union = []
        for i, p in enumerate(parts):
            for k in p:
                if k not in PART:
                    err(f, f"part {i+1}: unknown key {k}")
            check_kinds(f, p.get("kinds"))
            if "date" in p:
                isodate(f, p["date"], f"part {i+1} date")
            if p.get("author") not in AUTHORS:
                err(f, f"part {i+1}: bad author")
            for k in p.get("kinds", []):
                if k not in union:
                    union.append(k)
        if "date" in d:
            err(f, "merged file must omit top-level date")
        if set(union) != set(kinds):
            err(f, f"kinds {kinds} != union of parts {union}")
        if d.get("author") != parts[0].get("author"):
            err(f, "top-level author must be the first part's")


def open_doc(path):
    ext = os.path.splitext(path)[1]
    if ext == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(path)
        t = "".join((p.extract_text() or "") for p in r.pages)
        t2 = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        if len(t.strip()) < 200 or len(t2.strip()) < 200:
            err(path, "PDF text too short")
        return len(r.pages)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        t = "\n".join(p.text for p in d.paragraphs)
        t += "\n".join(c.text for tb in d.tables for row in tb.rows for c in row.cells)
        if len(t.strip()) < 200:
            err(path, "DOCX text too short")
        return 1
    if ext == ".txt":
        b = open(path, "rb").read()
        try:
            t = b.decode("utf-8")
        except UnicodeDecodeError:
            t = b.decode("cp1252")
        if len(t.strip()) < 200:
            err(path, "text too short")
        return 1
    err(path, "unknown extension")


def main():
    labels = sorted(glob.glob(os.path.join(DOCS, "*.toml")))
    files = sorted(f for f in glob.glob(os.path.join(DOCS, "*")) if not f.endswith(".toml"))
    stems_l = {os.path.splitext(os.path.basename(f))[0] for f in labels}
    stems_f = collections.Counter(os.path.splitext(os.path.basename(f))[0] for f in files)
    for s, c in stems_f.items():
        if c != 1:
            err(s, "several documents with one stem")
        if s not in stems_l:
            err(s, "document without label")
    for s in stems_l - set(stems_f):
        err(s, "label without document")
    expected = {f"tm-{i:03d}" for i in range(1, 65)}
    if stems_l != expected:
        err("batch", f"expected tm-001..tm-064, missing {sorted(expected - stems_l)}, extra {sorted(stems_l - expected)}")
    stats = collections.Counter()
    merged = 0
    for lf in labels:
        name = os.path.basename(lf)
        try:
            d = tomllib.load(open(lf, "rb"))
        except Exception as e:
            err(name, f"TOML: {e}"); continue
        check_label(name, d)
        if "part" in d:
            merged += 1
        stats["lang " + str(d.get("language"))] += 1
        for k in d.get("kinds", []) or ["(none)"]:
            stats["kind " + k] += 1
    for f in files:
        try:
            open_doc(f)
        except Exception as e:
            err(os.path.basename(f), f"cannot open: {e}")
        stats["fmt " + os.path.splitext(f)[1]] += 1
    if merged != 4:
        err("batch", f"expected exactly 4 merged PDFs, found {merged}")
    for k in sorted(stats):
        print(f"{k:28s} {stats[k]}")
    print("merged", merged)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
