"""Writes README.txt from the labels (style + notes per document) plus a fixed introduction."""
import os, tomllib, glob, textwrap
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs')
intro = '''tu- batch: 64 synthetic intake documents for a hand-surgery second-opinion clinic
==================================================================================
All patients, doctors and staff are invented; hospital names are partly real, partly invented.
Output: ../docs/tu-NNN.{pdf,docx,txt} + tu-NNN.toml labels (format: /tmp/dc/label_format.md).

Scripts (they hold the texts):
  common.py    block-model renderers: reportlab PDF (fonts Helvetica/Times/Courier/DejaVu/Liberation,
               label/value in separate table cells, 4-column header tables, boxed addenda, page
               header/footer with "page x of y" via a two-pass canvas, fax lines), python-docx
               (tables, framed single-cell "text boxes", header/footer with PAGE/NUMPAGES fields),
               LibreOffice docx->pdf (tu-021, tu-029, tu-059), merged PDFs via pypdf, label writer.
  gen_nl_a.py  tu-001..018 (Dutch/Flemish)      gen_nl_b.py  tu-019..035 (Dutch/Flemish, 2 merged)
  gen_en.py    tu-036..054 (English, 1 merged)  gen_de.py    tu-055..064 (German/Swiss/Austrian, 1 merged)
  check.py     validates every label (keys, allowed values, kinds, ISO dates, referral_question only
               with referral, parts only and always on the 4 merged PDFs, kinds = union of parts,
               readable text, rough language check, label date present in the text) and prints counts.
  run_all.sh   regenerate everything and run check.py.

Conventions used in the labels
  - date = the document's own date (letter date, report/authorisation date, print date of HIS
    printouts and medication overviews); also_dates = other own dates (exam vs report date, addendum
    date, sample date of lab reports, other parts of a merged file). Print/fax/received dates of
    letters, visit dates, birth dates and appointment dates are NOT own dates.
  - Merged PDFs: top-level kinds = union of the parts, top-level date/author = first part.
  - treated_abroad = "no" only where the text explicitly says there was no care abroad (holiday
    without doctor); a Dutch hospital letter that does not discuss abroad is "unmentioned".
  - operated concerns the hand/wrist problem; plans, offers, waiting lists, declined operations,
    other body parts and family members are "unmentioned" unless an explicit negation is written.

Per document (style / what is hard)
'''
out = [intro]
for f in sorted(glob.glob(f'{D}/tu-*.toml')):
    stem = os.path.basename(f)[:-5]
    ext = [e for e in ('pdf', 'docx', 'txt') if os.path.exists(f'{D}/{stem}.{e}')][0]
    l = tomllib.load(open(f, 'rb'))
    kinds = ','.join(l['kinds']) or '-'
    out.append(f"{stem}.{ext:4s} [{l['language']}] kinds={kinds}  date={l.get('date','-')}  "
               f"img={l['imaging_done']} op={l['operated']} abroad={l['treated_abroad']}")
    out.append(textwrap.fill('style: ' + l['style'], 100, initial_indent='    ', subsequent_indent='      '))
    out.append(textwrap.fill('hard:  ' + l['notes'], 100, initial_indent='    ', subsequent_indent='      '))
out.append('''
Doubts (labels a reviewer might set differently)
  - tu-011 author "gp": forwarded by the GP practice assistant; body is mostly the patient's mail.
  - tu-016 author "patient": clinic consent form filled and signed by the patient (could be "other").
  - tu-010 imaging_done "yes": X-ray/CT named in the diagnosis field of an operation report.
  - tu-029 author "specialist": discharge letter signed by a physician assistant for the surgeon.
  - tu-051, tu-063: specialist referral letters labelled referral + correspondence.
  - tu-057/tu-063/tu-038/tu-050: outpatient clinic / MVZ / imaging centre abroad counted as
    "clinic outside the Netherlands" -> treated_abroad yes (no admission).
  - tu-035: Curaçao counted as outside the Netherlands.
  - tu-059: operation recommended and declined, but labelled operated "no" because of the explicit
    "Bislang keine operative Behandlung am Handgelenk".
  - tu-043 treated_abroad "unmentioned" although care at a Dutch hospital (OLVG) is named.
''')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'README.txt'), 'w').write('\n'.join(out))
