"""Write ../README.txt from the labels (python3 readme.py)."""
import collections
import os
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

HEAD = """ts corpus - 64 synthetic hand-clinic dossier documents with labels
====================================================================

All patients, practices, doctors, hospitals, laboratories and insurers are invented (real city and
country names only). Documents: docs/ts-NNN.<pdf|docx|txt>; labels: docs/ts-NNN.toml in the format of
label_format.md. Rendering scripts: tools/ (render.py = block renderer for reportlab PDF, python-docx
DOCX, LibreOffice DOCX->PDF, canvas-drawn forms and pypdf merging; docs_a..d.py = the texts and labels;
build.py renders everything; check.py validates labels; readme.py writes this file).

    python3 tools/build.py            # re-render all (or: build.py ts-007 ts-010)
    python3 tools/check.py            # validate; exit 0 = all labels valid

check.py validates keys, enum values, kinds, ISO dates, referral_question only with referral,
[[part]] entries for merged PDFs (union of part kinds = top-level kinds, enough pages), that each file
opens and has text, and that every labelled date occurs in the document text in some usual spelling.

Conventions used in labelling
- date = the document's own date (letter date, report/validation date, print date of an HIS printout,
  operation date of an OK-verslag). also_dates only for dates that are equally the document's own:
  exam vs report date, sample vs validation date, dictated vs sent date. Visit dates are not listed.
- Merged PDFs: the top-level kinds are the union of the parts; top-level date and author are those of the
  first part; facts describe the whole file.
- A specialist's referral letter is both referral and correspondence (ts-039).
- Discharge letters count as operation-report only with a full operation description (procedure,
  operator, date, course): ts-011, ts-022, ts-064 yes; ts-035 and ts-053 part 1 only name the
  operation ("see separate operation note") and are correspondence only.
- Facts follow label_format.md: plans/offers/requests are 'unmentioned'; operations on other body parts
  (appendectomy, caesarean, knee, hip, CABG, cataract) do not count; a document written by a hospital
  abroad that saw the patient counts as treated_abroad = yes; holidays abroad without care are 'no'
  when the text says so.

Hard features on purpose (see each label's notes): title only in a table header (006, 010, 024, 058),
date only at the bottom (025, 061) or only in a footer (017, 026, 055), birth dates within days of the
letter date (most documents; 005, 024, 045, 049 share day and month), fax header with a different date on
every page (044), all capitals without accents (027), very short (023, 057), mixed language (037 NL+EN,
064 EN+ES), several signatories (004, 011, 022, 028, 036, 044, 052, 053), two-column canvas forms with
separate label/value runs (001, 021, 031, 033, 055; labels above values in 021, 033, 055), label
header cells with the value in the cell below (046), stacked tables and key/value tables in DOCX, a
ZorgDomein four-column grid (040), mirror-image slash dates 12/10/2026 vs 10/12/1966 (050), month-first
English birth date (049), soft hyphen and line-break hyphenation (002, 021, 027, 051), Flemish
conventions (014, 042, 056), Swiss (028), Austrian (029), German (011, 012, 030, 044, 053, 054, 055,
062), UK NHS (009, 010, 013, 016, 023, 035, 043, 058, 063), Irish (047), Spanish translation (064).
LibreOffice-printed PDFs: 022, 035, 051, 061, 063. Merged PDFs: 015, 040, 048, 053.
"""


def main():
    rows = []
    stats = collections.defaultdict(collections.Counter)
    for f in sorted(os.listdir(DOCS)):
        if not f.endswith(".toml"):
            continue
        stem = f[:-5]
        with open(os.path.join(DOCS, f), "rb") as fh:
            lab = tomllib.load(fh)
        ext = [x for x in os.listdir(DOCS) if x.startswith(stem + ".") and not x.endswith(".toml")][0].split(".")[1]
        kinds = "+".join(lab["kinds"]) or "(none)"
        if lab.get("part"):
            kinds = " | ".join("+".join(p["kinds"]) for p in lab["part"]) + "  [merged]"
        rows.append(f"{stem}  {ext:4s} {lab['language']}  {lab.get('date', '-'):10s}  {lab['author']:11s} "
                    f"{kinds}\n          {lab['style']}")
        stats["format"][ext] += 1
        stats["language"][lab["language"]] += 1
        for k in lab["kinds"] or ["(none)"]:
            stats["kind"][k] += 1
    n = len(rows)
    mix = []
    for cat in ("format", "language", "kind"):
        mix.append(f"{cat:9s}: " + ", ".join(f"{k} {v} ({100 * v / n:.0f} %)" for k, v in
                                            sorted(stats[cat].items(), key=lambda x: -x[1])))
    text = HEAD + "\nMix (kind counts include every kind of multi-kind and merged files)\n" + "\n".join(mix) + \
        "\n\nDocuments (stem, format, language, date, author, kinds; style)\n" + "\n".join(rows) + "\n"
    with open(os.path.join(HERE, "..", "README.txt"), "w", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
