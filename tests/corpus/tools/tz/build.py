#!/usr/bin/env python3
"""Render the tz corpus into ../../docs: tz-NNN.<pdf|docx|txt> plus tz-NNN.toml labels.
Removes old tz-* files in ../../docs first."""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))


def all_docs():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    ids = [d["id"] for d in docs]
    if sorted(ids) != list(range(1, 65)) or len(set(ids)) != len(ids):
        raise SystemExit(f"document ids must be 1..64 exactly once, got {sorted(ids)}")
    return sorted(docs, key=lambda d: d["id"])


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in glob.glob(os.path.join(OUT, "tz-*")):
        os.remove(f)
    for d in all_docs():
        stem = f"tz-{d['id']:03d}"
        fmt = d["fmt"]
        path = os.path.join(OUT, f"{stem}.{fmt}")
        if fmt == "txt":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["text"])
        elif fmt == "pdf" and "parts" in d:
            render.write_merged_pdf(path, d["parts"])
        elif fmt == "pdf":
            render.write_pdf(path, d["blocks"], d.get("opts", {}))
        elif fmt == "docx":
            render.write_docx(path, d["blocks"], d.get("opts", {}))
        else:
            raise SystemExit(f"{stem}: unknown format {fmt}")
        with open(os.path.join(OUT, f"{stem}.toml"), "w", encoding="utf-8") as f:
            f.write(render.toml_label(d["label"]))
        print(f"built {stem}.{fmt}")


README_HEAD = """tz batch - synthetic intake-dossier documents for a Dutch hand/wrist second-opinion clinic
=========================================================================================

64 documents in ../../docs (tz-001 .. tz-064), each a .pdf, .docx or .txt with a tz-NNN.toml label
written to label_format.md. All patients, clinicians, institutions and numbers are invented
(test BSNs 9999xxxxx, NHS numbers 999 000 xxxx, AGB 01-999xxx, .test domains).

Scripts (Python 3.11, reportlab, python-docx, pypdf, Pillow):
  render.py      block-based renderers: PDF (reportlab), DOCX (python-docx), TOML labels,
                 merged PDFs (pypdf); logos drawn as images, headers/footers/fax lines, page
                 numbers, scan-look pages (tinted + speckled, text layer kept)
  docs_a.py .. docs_d.py   the texts and labels of tz-001..016, 017..032, 033..048, 049..064
  build.py       renders everything into ../../docs (deletes old tz-* first) and rewrites this README
  check.py       validates labels (keys, allowed values, ISO dates, kinds, referral_question,
                 [[part]] counts and kind unions for merged PDFs), that each document file exists
                 and yields text (pypdf / python-docx / utf-8, every PDF page), that labelled dates
                 occur in the text, that the labelled language dominates, and the batch mix
  run_all.sh     build.py then check.py

Labelling conventions used in this batch
  - treated_abroad = "no" only where a text explicitly says there was no care abroad (or that
    the care was in NL in answer to that question); letters from Dutch institutions that are
    silent about abroad are "unmentioned", even when written in English.
  - Documents written by a foreign hospital/clinic that saw the patient are treated_abroad "yes",
    including outpatient imaging practices (US, German, Australian radiology) - see notes.
  - Plans, proposals, indications, bookings and advice are "unmentioned"; statements such as
    "managed non-operatively", "keine Operation", "no surgery was performed" are "no".
  - Merged PDFs: top-level kinds = union of the parts; date = newest part date; also_dates =
    the other part dates; author/language = the first (covering) part / the majority language.
  - date = the document's own date (letter, report, print date of HIS printouts); exam/sampling/
    clinic dates that are equally its own go to also_dates; fax, scan, print and translation
    dates that differ are not labelled.
"""


def write_readme(docs):
    from collections import Counter
    fmt = Counter(d["fmt"] for d in docs)
    lang = Counter(d["label"]["language"] for d in docs)
    kinds = Counter()
    for d in docs:
        for k in d["label"]["kinds"] or ["(none)"]:
            kinds[k] += 1
    auth = Counter(d["label"]["author"] for d in docs)
    facts = {f: Counter(d["label"][f] for d in docs) for f in ("imaging_done", "operated", "treated_abroad")}
    merged = [d for d in docs if "parts" in d]
    L = [README_HEAD, "Counts", "------"]
    L.append("formats:   " + ", ".join(f"{k} {v}" for k, v in sorted(fmt.items())) + f"   (merged PDFs: {len(merged)}, "
             + ", ".join(f"tz-{d['id']:03d} {len(d['parts'])} parts" for d in merged) + ")")
    L.append("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(lang.items()))
             + "   (Flemish/Belgian: tz-015, tz-016, tz-061, tz-062)")
    L.append("kinds (a document may have several): " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    L.append("authors:   " + ", ".join(f"{k} {v}" for k, v in sorted(auth.items())))
    for f, c in facts.items():
        L.append(f"{f}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    L += ["", "Documents", "---------"]
    for d in docs:
        lab = d["label"]
        L.append(f"tz-{d['id']:03d}.{d['fmt']:<4} {lab['language']}  {lab.get('date', 'undated'):<10}  "
                 f"[{', '.join(lab['kinds']) or '-'}]  img={lab['imaging_done']} op={lab['operated']} "
                 f"abroad={lab['treated_abroad']}")
        L.append(f"           {lab['style']}")
    with open(os.path.join(HERE, "README.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
    write_readme(all_docs())
