"""Write README.txt: conventions (fixed text below) + one entry per document built from the labels."""
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"

HEAD = """tv- batch: 64 synthetic second-opinion intake documents (hand/wrist clinic)
=============================================================================
All patients, doctors, practices, phone numbers, BSN/NHS/MRN numbers are invented. Hospital names
are partly real (Rode Kruis Ziekenhuis, Isala, Maasstad, Erasmus MC, AZ Damiaan, ...), partly invented;
no real person is meant. "ParkHand Kliniek, Hoofddorp" is the invented receiving second-opinion clinic.

Files
  ../docs/tv-NNN.{pdf,docx,txt}  the document     ../docs/tv-NNN.toml  its label
  pdf_a.py (001-013), pdf_b.py (014-025), merged.py (026-029), docx_a.py (030-039),
  docx_b.py (040-048), txt.py (049-064): generators holding the texts; lib.py: rendering helpers
  (reportlab platypus with embedded DejaVu fonts, python-docx, label writer).
  run_all.sh: re-renders everything, rebuilds this README, runs check.py.
  check.py: validates labels (keys, values, ISO dates, parts only/always on the 4 merged PDFs with
  kinds = union of parts, extractable text, every label/also/part date present in the text).

Mix: 29 PDF (4 merged) / 19 DOCX / 16 TXT; 35 nl (5 of them Flemish: 010, 023, 029, 035, 057) / 19 en / 10 de.
Timeline: "today" is early December 2026.

Labelling conventions (in addition to label_format.md)
  date        The document's own date: an explicit letter date ("Datum:", "Date:", place + date line)
              wins. Without one: the typing/sending date ("Getypt", "Typed", "Geschrieben",
              "Transcribed", "Verstuurd via ZorgDomein op"), else the dictation date, else a signature
              date. HIS/medication printouts: "Datum uitdraai". Operation reports and anaesthesia
              records: date of operation. Radiology: report/authorisation date when given (exam
              date in also_dates), else exam date. Lab: report/validation date (sampling date in
              also_dates). E-mails: the "Sent:/Verzonden:" date. E-consult thread: date of the
              specialist's answer (question date in also_dates).
  also_dates  Only dates that are equally the document's own: dictation vs typing date, exam vs
              report date, sampling vs report date, question vs answer date in an e-consult. NOT:
              visit/consultation dates quoted in a letter with its own date, admission/discharge
              dates, accident dates, comparison-study dates, birth dates, future appointment dates,
              fax transmission headers, enclosure dates.
  merged PDFs top-level date = first part's date; also_dates = the other parts' dates; top-level
              author/style = the first part / the bundle; facts combined over parts (yes > no >
              unmentioned); kinds = union of the parts' kinds. Parts carry kinds/date/author only.
  kinds       A specialist's referral letter is referral + correspondence (letter of the treating
              specialist), + history when it has its own Voorgeschiedenis/Recente behandelingen
              section. Rehabilitation physicians (revalidatiearts, PRM) and ED physicians
              (SEH-arts, A&E, Notaufnahme, urgentiearts) writing for a hospital department count as
              specialist correspondence. Occupational physicians (bedrijfsarts, UK OH) are neither
              treating specialists nor referrers: no kind, author "other". Video-consult summaries
              and a specialist's written e-consult answer are correspondence; an e-consult question
              without answer is nothing. Anaesthesia records are not operation reports (no kind,
              author specialist). Hand therapy/physiotherapy, patient letters/timelines/e-mails,
              insurer and appointment letters, medication printouts and non-MRSA lab results: [].
              A discharge letter counts as operation report only when it has a full operation
              section (date + operator + description), not when it merely names the procedure.
              An MRSA screening done abroad during an admission is still kind mrsa-screening.
  facts       imaging_done: diagnostic imaging of the patient said to be done (radiology reports
              are yes by themselves); ultrasound-guided nerve blocks do not count; planned,
              advised or conditional imaging is unmentioned.
              operated: hand/wrist operations said to have happened (anaesthesia records and
              op reports = yes); closed reductions, wound suturing at an ED and injections are not
              operations; appendectomy/caesarean/knee/hernia operations are ignored.
              treated_abroad: any care in a hospital/clinic outside the Netherlands, including an
              ED visit or imaging there, a rehab clinic stay, tourist care mentioned in passing
              (appendectomy in Spain, ankle at an ED in Turkey), Belgian/German care of border
              residents, and any document written by a foreign hospital/lab that treated the
              patient. Accidents abroad with explicitly no care there = no; living abroad with
              explicitly no treatment there = no.
  referral_question false only for a referral "voor behandeling" that asks nothing (tv-024).

Per document (format, language, kinds; style; what is hard)
"""

lines = [HEAD]
for lab in sorted(DOCS.glob("tv-*.toml")):
    L = tomllib.loads(lab.read_text(encoding="utf-8"))
    doc = next(p for p in DOCS.glob(lab.stem + ".*") if p.suffix != ".toml")
    kinds = ", ".join(L["kinds"]) or "none"
    lines.append(f"{lab.stem}  [{doc.suffix[1:]}, {L['language']}, {kinds}; date {L.get('date', '-')}]")
    lines.append(f"    style: {L['style']}")
    lines.append(f"    hard : {L['notes']}")
    if "part" in L:
        for i, p in enumerate(L["part"], 1):
            lines.append(f"    part {i}: {', '.join(p['kinds']) or 'none'} / {p.get('date', '-')} / {p['author']}")
    lines.append("")
(HERE / "README.txt").write_text("\n".join(lines), encoding="utf-8")
print("README written")
