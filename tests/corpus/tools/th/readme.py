#!/usr/bin/env python3
import os, glob, tomllib
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
HARD = {
 "th-001": "two-column cells; op only in 'Recente behandelingen'; appendectomy/knee distractors",
 "th-002": "long HIS journal; aspiration not an operation; Turkey holiday without care",
 "th-003": "foreign hospital only as 'AZ Kempenheide' (no city/country)",
 "th-004": "'Aanvullend onderzoek: niet verricht'; surgery only offered; father's operation",
 "th-005": "all findings negated; Vraagstelling is requester's; 'niet eerder geopereerd'",
 "th-006": "three dates; Antalya admission in clinical data",
 "th-007": "UK dates; dictated/typed/clinic dates; 'no surgery to date', ORIF offered",
 "th-008": "German border hospital form; MRSA mention in Procedere",
 "th-009": "merged: GP referral + OK-verslag + X-ray report",
 "th-010": "patient e-mail (not a referral); fall in Spain treated in NL",
 "th-011": "hand-therapist letter states operation; ROM table",
 "th-012": "discharge letter with full operation section (via LibreOffice)",
 "th-013": "US M/D/YY dates; injection is not surgery; written by US clinic",
 "th-014": "German outpatient letter; surgery declined; visit vs letter date",
 "th-015": "planned operation; conditional MRSA/abroad instruction",
 "th-016": "questionnaire checkboxes decide; other operations listed",
 "th-017": "Curacao (judgement call) discharge summary with procedure section",
 "th-018": "'Graag behandeling', empty Vraagstelling; general 'geen operaties'",
 "th-019": "one-line OP in Therapie; MRSA negative only mentioned",
 "th-020": "Flemish wording, degree-sign birth date, dd/mm",
 "th-021": "GP as requester; 'St. na ganglionextirpatie' only",
 "th-022": "narrative WALANT op note; 'geen beeldvorming verricht'",
 "th-023": "UK op note shorthand (2/52); 02/11/2025 = 2 Nov",
 "th-024": "older summary (Jul 2025); Bangkok admission for dengue; 'nooit geopereerd'",
 "th-025": "English patient e-mail; private clinic in Madrid; 'no surgery yet'",
 "th-026": "German MRSA lab; abroad implied by inpatient sender",
 "th-027": "lab without MRSA result ('uitslag volgt separaat')",
 "th-028": "insurer form; earlier operation via ticked checkbox",
 "th-029": "consent form; ticked foreign-hospital line (Bocholt)",
 "th-030": "Spanish radiology in English translation; translation date",
 "th-031": "merged DE/NL: Entlassungsbrief + OP-Bericht + Dutch MRSA lab",
 "th-032": "PA-signed letter quoting X-ray/MRI; 'nooit geopereerd'",
 "th-033": "HIS journal table; Austrian clinic by name; MRSA only as journal line",
 "th-034": "German MRI: 'Kein Nachweis' plus positive finding",
 "th-035": "English letter from Dutch hospital; Portugal holiday without care",
 "th-036": "colon-aligned OK-verslag export; pathology specimen mention",
 "th-037": "fax header each page; 'overname behandeling', Vraagstelling empty",
 "th-038": "physio letter; double negation imaging/operation",
 "th-039": "German patient letter; Düsseldorf by city only; passives",
 "th-040": "POSITIVE MRSA; Morocco admission; susceptibility table",
 "th-041": "Austrian Arztbrief; op in one sentence",
 "th-042": "UK GP 'Surgery'; PMH + recent treatment sections; caesarean",
 "th-043": "no title; hospital name only in logo image; 'St.na ORIF'",
 "th-044": "discharge without op ('bleek niet nodig'); knee/cataract distractors",
 "th-045": "Belgian GP referral; 'Geachte confrater'; EMG vs imaging",
 "th-046": "merged Belgian: raadpleging + operatieverslag 2024 + medische beeldvorming",
 "th-047": "Turkish op report translation; dotted dates; Turkish letters",
 "th-048": "Bonaire (judgement call); closed reduction not surgery",
 "th-049": "US MM/DD/YYYY form; 'None' imaging, 'No' previous surgery",
 "th-050": "HIS summary entirely in DOCX tables; 'st. na release 2021'",
 "th-051": "future operation; conditional MRSA instruction; ISO dates",
 "th-052": "EMG is not imaging; echo only requested; spine operation",
 "th-053": "German X-ray 'Z.n. Plattenosteosynthese'",
 "th-054": "UK MRSA screen, pre-operative, old",
 "th-055": "merged: ZD referral + polibrief + older CT + OK-verslag (newest imaging elsewhere)",
 "th-056": "GP history letter (not referral); only knee/breast operations; 'niets bekend'",
 "th-057": "ZD text export; lived in Poland, not treated there; explicit negations",
 "th-058": "German narrative op report in serif font",
 "th-059": "bilingual NL/FR Brussels letter; 'geen chirurgische ingreep uitgevoerd'",
 "th-060": "fall in Austria, no care there, Dutch ED",
 "th-061": "UK ultrasound requested by GP",
 "th-062": "specialist's referral (also correspondence); 'CT niet verricht' but X-rays done",
 "th-063": "Edifact wrapper with receipt date; hyphenated line break",
 "th-064": "logo-only hospital name + fax header; Innsbruck by city only",
}
lines = ["th- batch: 64 synthetic dossier documents for the hand/wrist second-opinion intake checker.",
         "All persons, practices and hospitals are invented. Rendered by tools/build.py (texts in tools/docs_a.py, docs_b.py, docs_c.py;",
         "renderers in tools/render.py); tools/check.py validates labels and text extraction.",
         "Format: stem | format | language | kinds | style | what is hard", ""]
for f in sorted(glob.glob(os.path.join(DOCS, "th-*.toml"))):
    stem = os.path.basename(f)[:-5]
    lab = tomllib.load(open(f, "rb"))
    fmt = [x for x in glob.glob(os.path.join(DOCS, stem + ".*")) if not x.endswith(".toml")][0].rsplit(".", 1)[1]
    lang = lab["language"]
    if stem in ("th-020", "th-045", "th-046"):
        lang = "nl-BE"
    if stem == "th-059":
        lang = "nl-BE/fr"
    lines.append("%s | %s | %s | %s | %s | %s" % (stem, fmt, lang, ",".join(lab["kinds"]) or "-", lab["style"], HARD[stem]))
open(os.path.join(HERE, "..", "README.txt"), "w").write("\n".join(lines) + "\n")
