"""Write ../README.txt from the labels (run after build.py)."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

HEAD = """\
Synthetic dossier documents for the intake checker's accuracy corpus (set "tp")
=============================================================================

64 invented documents (tp-001 .. tp-064) as they would arrive in a hand clinic's second-opinion
dossier, each with a label docs/tp-NNN.toml in the format of label_format.md. All patients,
doctors, practices, addresses, BSN/NHS/file numbers and e-mail addresses are invented (e-mail
domains end in .example*); hospitals and cities are real place names. "Today" is 2026-12-05; the
documents are dated 2025-2026.

Mix
- formats: 29 PDF (45 %), 19 DOCX (30 %), 16 TXT (25 %)
- languages: 35 Dutch (55 %), 19 English (30 %), 10 German (15 %)
- 4 merged PDFs ("bijlagen"): tp-015, tp-027, tp-050, tp-060, labelled with [[part]] entries in
  order. Their top-level kinds are the union of the parts, the top-level date/author are those of
  the first part, also_dates holds the other parts' dates, and the facts are the union over the parts.
- every kind is covered (referral 12, history 7, correspondence 20, imaging-report 10,
  operation-report 9, mrsa-screening 6) and 15 documents have no kind (patient e-mails/letters,
  hand-therapy/physio/occupational-therapy letters, pharmacy overview, chemistry lab result,
  appointment letters, consent and insurer forms, a GP cover letter listing enclosures).
- 25 documents are deliberately tricky (their notes start with "Tricky"); the rest are ordinary.

Labelling conventions used
- date = the letter's own date (typed/letter date, report date, lab result date). Exam/sample or
  clinic dates printed as equally the document's own are in also_dates (radiology exam date, lab
  sample date, UK clinic date). Fax send dates, print dates in footers, birth dates and event dates
  in the body are not labelled.
- treated_abroad: "yes" when the text states care in a hospital/clinic outside the Netherlands or
  the document was written by a foreign hospital that examined/treated the patient (including an
  emergency-department X-ray); "no" only when the text says so (no care abroad, checkbox "nee",
  no admission in a foreign hospital); a Dutch hospital letter that is silent stays "unmentioned".
- operated is about the hand/wrist problem; appendectomy, caesarean section, cataract, knee
  arthroscopy are ignored. Offers, advice, conditional plans and questions stay "unmentioned".
- imaging_done "yes" whenever the text says an X-ray/ultrasound/CT/MRI was done, also with
  normal findings and also for an abdominal ultrasound (tp-024); EMG/nerve conduction is not imaging.
- A referral written by a treating specialist (tp-023, tp-049) is both referral and correspondence.
  A referral is also history only when it has its own history section with recent treatments
  (tp-001, tp-033, tp-041).

Tools (tools/)
- lib.py      shared helpers: reportlab letterheads/tables/two-column blocks, python-docx tables,
              headers/footers, LibreOffice conversion, PDF merging (pypdf), TOML label writer
- docs_a.py   tp-001..016 (Dutch)     docs_b.py  tp-017..035 (Dutch)
- docs_c.py   tp-036..054 (English)   docs_d.py  tp-055..064 (German)
- build.py    renders all documents (or the stems given) and writes the labels;
              needs reportlab, python-docx, pypdf and soffice (tp-004, tp-035, tp-055 and one part
              each of tp-015/tp-027 are DOCX converted to PDF by LibreOffice); intermediate files go
              to tools/build/ (safe to delete)
- check.py    validates labels (keys, allowed values, referral_question iff referral, ISO dates not
              after today, merged-file part consistency, kind/author/fact consistency) and checks
              that every labelled date and a cue for every kind occur in the extracted text;
              prints the distribution; exit code 1 on errors
- make_readme.py writes this file from the labels

Documents
"""


def main():
    lines = [HEAD]
    lines.append(f"{'stem':8} {'fmt':4} {'lang':4} {'kinds':44} {'I/O/A':7} style / difficulty")
    for lab_path in sorted(DOCS.glob("tp-*.toml")):
        lab = tomllib.loads(lab_path.read_text(encoding="utf-8"))
        ext = next(p.suffix[1:] for p in DOCS.glob(lab_path.stem + ".*") if p.suffix != ".toml")
        kinds = ",".join(lab["kinds"]) or "(none)"
        facts = "".join(lab[f][0].upper() if lab[f] != "unmentioned" else "-"
                        for f in ("imaging_done", "operated", "treated_abroad"))
        lines.append(f"{lab_path.stem:8} {ext:4} {lab['language']:4} {kinds:44} {facts:7} "
                     f"{lab['style']}")
        lines.append(f"{'':8} {'':4} {'':4} {lab['notes']}")
    lines.append("")
    lines.append("I/O/A = imaging_done / operated / treated_abroad: Y = yes, N = no, - = unmentioned.")
    (ROOT / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
