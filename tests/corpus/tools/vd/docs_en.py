"""English documents vd-036 .. vd-054 (UK, US and international; all fictional)."""
from common import CLINIC, CLINIC_ADDR, label, part

DOCS = []

# ---------------------------------------------------------------------------------------------- vd-036
DOCS.append(dict(
    stem="vd-036", fmt="pdf",
    opts=dict(font="helv", size=10,
              footer="North Downs Hospitals NHS Foundation Trust - St Aldhelm's Hospital, Cranleigh Road, Guildford "
                     "GU9 9ZZ - Switchboard 01483 555000\nPage {page} of {pages}",
              meta=dict(title="Clinic Letter", creator="Trust EPR")),
    blocks=[
        ("letterhead", {"name": "North Downs Hospitals", "sub": ["NHS Foundation Trust", "Department of Hand Surgery"],
                        "lines": ["St Aldhelm's Hospital", "Cranleigh Road", "Guildford GU9 9ZZ",
                                  "Secretary: 01483 555214"], "logo": "square", "color": (0, 94, 184)}),
        ("addr_meta", ["Dr C. Okafor", "Millbrook Surgery", "14 Mill Lane", "Godalming GU9 9YY"],
         [("Date", "2 November 2026"), ("Clinic date", "28 October 2026"), ("Our ref", "HS/RW/884213"),
          ("NHS No", "999 123 4567"), ("Hosp No", "K0884213")]),
        ("p", "**Re: Mrs Ingrid van Beek, DOB 29/10/1971**\n7 Orchard Close, Godalming GU9 9XX"),
        ("kv", [("Diagnosis", "1. Right thumb CMC joint osteoarthritis (Eaton stage III)\n"
                              "2. Mild right carpal tunnel syndrome (clinical)"),
                ("Plan", "1. Hand therapy referral for thumb splint\n2. Discussed trapeziectomy - patient to "
                         "consider\n3. Review in 3 months or sooner on request"),
                ("Outcome", "Follow-up")], {"lw": 25}),
        ("p", "Dear Dr Okafor,"),
        ("p", "I reviewed Mrs van Beek in my hand clinic today. She is a 55-year-old right-hand-dominant "
              "translator with a two-year history of pain at the base of the right thumb, worse with pinch and "
              "opening jars. A steroid injection given in your surgery in March 2026 helped for about eight weeks. "
              "She also describes occasional nocturnal tingling in the radial three digits."),
        ("p", "On examination there is a positive grind test and tenderness over the right CMC joint with mild "
              "adduction of the metacarpal, and no hyperextension of the MCP joint. Phalen's test is mildly "
              "positive on the right."),
        ("p", "X-rays of the right thumb taken in clinic today show joint space loss with osteophytes at the CMC "
              "joint; the STT joint appears preserved."),
        ("p", "We discussed the options at length, including further splinting, another injection and a "
              "trapeziectomy with or without ligament reconstruction. She is relocating to Utrecht early next "
              "year and would prefer to have any surgery in the Netherlands. She has asked for a second opinion "
              "there, which I am happy to support; I have given her copies of this letter and the X-ray report."),
        ("sig", ["Yours sincerely,", "", "Mr R. Whitfield FRCS (Tr & Orth)", "Consultant Hand Surgeon"]),
        ("small", "Dictated 28/10/2026, typed 02/11/2026. Electronically signed by Mr R. Whitfield.\n"
                  "cc: Mrs I. van Beek (patient)\nEnclosure: X-ray report 28/10/2026"),
    ],
    label=label(["correspondence"], "2026-11-02", "specialist", "en",
                "NHS clinic letter with Diagnosis/Plan/Outcome block, reference block right",
                "yes", "unmentioned", "yes",
                "UK hospital that examined and X-rayed the patient wrote it (treated abroad from the Dutch "
                "clinic's view); surgery only discussed; steroid injection in GP surgery; DOB 29/10/1971 near "
                "the clinic date; dictated vs typed dates.",
                also_dates=["2026-10-28"]),
))

# ---------------------------------------------------------------------------------------------- vd-037
DOCS.append(dict(
    stem="vd-037", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              header=["Royal Pennine Infirmary - Pennine Vale NHS Trust - OPERATION NOTE"],
              header_right="Page {page}/{pages}",
              footer="Printed 15/03/2026 07:55 from Theatre Management System - CONFIDENTIAL",
              meta=dict(title="Operation Note", creator="Theatre Management System")),
    blocks=[
        ("letterhead", {"name": "Royal Pennine Infirmary", "sub": ["Pennine Vale NHS Trust - Plastic & Hand Surgery"],
                        "lines": ["Moorside Road", "Rochdale OL9 9ZZ", "Tel 01706 555100"], "logo": "square",
                        "color": (0, 94, 184)}),
        ("title", "Operation Note", {"size": 14}),
        ("table", [["Field", "Details"],
                   ["Patient", "Mr Joost Kramer"], ["DOB", "14/03/1990"], ["NHS number", "999 765 4321"],
                   ["Hospital number", "RPI-2231907"], ["Date of operation", "14/03/2026"],
                   ["Surgeon", "Ms A. Lindqvist, Consultant Plastic Surgeon"],
                   ["Assistant", "Dr B. Osei, ST5 Plastic Surgery"], ["Anaesthetist", "Dr K. Harrow"],
                   ["Anaesthetic", "GA + local infiltration"], ["Tourniquet", "Upper arm, 250 mmHg, 74 minutes"],
                   ["Pre-operative diagnosis", "Laceration right index finger volar zone II (glass), loss of DIPJ "
                                               "and PIPJ flexion"],
                   ["Procedure", "Exploration right index finger; repair FDP (4-strand core + epitendinous) and "
                                 "FDS (2-strand); repair of radial digital nerve"],
                   ["Findings", "Complete division FDP and 70% FDS at zone II; radial digital nerve divided; "
                                "ulnar digital nerve and both arteries intact; A2 pulley partially vented"],
                   ["Closure", "5/0 nylon interrupted"],
                   ["Complications", "None"],
                   ["Post-op instructions", "Dorsal blocking splint (wrist 20 deg flexion, MCPJ 70 deg flexion, IPJs "
                                            "straight). Early active motion protocol with hand therapy from day 3. "
                                            "Wound check day 5. Removal of sutures 10-14 days."],
                   ["VTE prophylaxis", "Not required (day case)"],
                   ["Signed", "A. Lindqvist 14/03/2026 17:22"]],
         {"widths": [45, 125], "header": True}),
    ],
    label=label(["operation-report"], "2026-03-14", "specialist", "en", "NHS operation note as a two-column table form",
                "unmentioned", "yes", "yes",
                "Operation in a UK hospital; DOB 14/03/1990 has the same day and month as the operation; "
                "print date 15/03/2026 in footer; no salutation."),
))

# ---------------------------------------------------------------------------------------------- vd-038
DOCS.append(dict(
    stem="vd-038", fmt="docx",
    opts=dict(font="Arial", size=10,
              header=["Kestrel Valley Hospitals NHS Foundation Trust - Discharge Summary"],
              footer="Kestrel Valley General Hospital, Station Road, Kestrelford KV9 9ZZ - page {page} of {pages}",
              meta=dict(author="EPR", title="Discharge Summary")),
    blocks=[
        ("letterhead", {"name": "Kestrel Valley Hospitals", "sub": ["NHS Foundation Trust - Trauma & Orthopaedics"],
                        "lines": ["Kestrel Valley General Hospital", "Station Road, Kestrelford KV9 9ZZ"],
                        "logo": "square", "color": (0, 94, 184)}),
        ("title", "DISCHARGE SUMMARY", {"size": 13}),
        ("kv", [("Patient", "Ms Sophie Mulder"), ("DOB", "22/08/2003"), ("NHS No", "999 321 0987"),
                ("Address", "Flat 3, 21 College Street, Kestrelford KV9 9YY (term-time); "
                            "home address Utrecht, the Netherlands"),
                ("GP", "Dr H. Lewis, College Street Surgery"),
                ("Admitted", "03/09/2026"), ("Discharged", "05/09/2026"), ("Ward", "Ward 9, T&O"),
                ("Consultant", "Mr J. Hartley"), ("Date of summary", "05/09/2026")], {"cols": 2, "grid": True}),
        ("h", "Presenting complaint"),
        ("p", "Fall from bicycle on 02/09/2026 onto outstretched left hand. Pain and swelling at the anatomical "
              "snuffbox."),
        ("h", "Investigations"),
        ("p", "X-ray left wrist/scaphoid series 02/09/2026: displaced fracture of the scaphoid waist.\n"
              "CT left wrist 03/09/2026: scaphoid waist fracture, 2 mm displacement, dorsal comminution."),
        ("h", "Diagnosis"),
        ("p", "Displaced fracture of the left scaphoid waist."),
        ("h", "Procedure"),
        ("table", [["Item", "Details"],
                   ["Date", "04/09/2026"], ["Operation", "Open reduction and internal fixation left scaphoid "
                                                        "(volar approach), headless compression screw 22 mm"],
                   ["Surgeon", "Mr J. Hartley, Consultant Orthopaedic Surgeon"],
                   ["Assistant", "Miss L. Chen, Registrar"], ["Anaesthetic", "GA + regional block"],
                   ["Description", "Volar approach over FCR, capsule opened, fracture reduced with joysticks, "
                                   "guidewire from distal pole, position confirmed on image intensifier, 22 mm "
                                   "headless screw inserted with good compression. Capsule repaired, skin closed "
                                   "with 4/0 monocryl subcuticular."],
                   ["Complications", "None"]], {"header": True}),
        ("h", "Progress"),
        ("p", "Uneventful. Neurovascularly intact. Discharged in a below-elbow backslab."),
        ("h", "Medication on discharge"),
        ("p", "Paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS PRN for 5 days."),
        ("h", "Follow-up"),
        ("p", "Fracture clinic in 2 weeks with X-ray. The patient intends to continue follow-up in the "
              "Netherlands after the term ends; copies of images given on CD."),
        ("sig", ["Completed by: Dr P. Nwosu, FY2", "Approved: Mr J. Hartley"]),
    ],
    label=label(["correspondence", "operation-report"], "2026-09-05", "specialist", "en",
                "NHS discharge summary (DOCX) with a full procedure table",
                "yes", "yes", "yes",
                "Discharge summary whose Procedure table has date, surgeon and description, so also an "
                "operation report; Dutch student admitted in a UK hospital; admission, operation and summary dates "
                "all differ; DOB in dd/mm/yyyy."),
))

# ---------------------------------------------------------------------------------------------- vd-039
DOCS.append(dict(
    stem="vd-039", fmt="txt",
    opts={},
    text="""
From:    Harbour Lane Surgery <harbourlane.surgery@nhsmail.example>
To:      intake@oosterlaan-handkliniek.example
Date:    Mon, 12 Oct 2026 15:03:11 +0100
Subject: Referral for second opinion - Mrs Hannah de Vries DOB 02/10/1979

Harbour Lane Surgery
22 Harbour Lane, Whitstable CT9 9ZZ
Tel 01227 555600

12 October 2026

Dear Colleague,

Re: Mrs Hannah de Vries, DOB 02/10/1979, NHS No 999 246 8135
    19 Tankerton Road, Whitstable CT9 9XY

Mrs de Vries is moving back to Utrecht in December and has asked me to refer her for a
second opinion regarding her left wrist. I would be grateful if you could see her.

She underwent a left wrist arthroscopy with TFCC repair at Canterbury Royal Hospital
(East Kent) in February 2025 after a fall from a horse. She had initial improvement, but
since early 2026 the ulnar-sided pain has returned and she reports clicking on rotation.
An MRI in June 2026 was reported as showing a recurrent foveal tear of the TFCC. The
treating surgeon has suggested a revision repair or an ulnar shortening osteotomy, and
she would like an independent opinion on which option, if any, is advisable.

My question: in your opinion, is further surgery likely to help, and if so which
procedure would you recommend?

Past medical history: appendicectomy 1995; asthma (mild).
Current medication: salbutamol inhaler PRN.
Allergies: none known.

Enclosed: hospital letters (2) and the MRI report of June 2026.

Yours faithfully,

Dr Emma Carlisle MRCGP
GP Partner, Harbour Lane Surgery
""",
    label=label(["referral"], "2026-10-12", "gp", "en", "UK GP referral letter sent as e-mail text",
                "yes", "yes", "yes",
                "UK GP refers for a second opinion in the Netherlands; operation in a UK hospital (Canterbury); "
                "proposed revision surgery is a plan; short PMH list but no recent-treatments section, so not "
                "labelled history (judgement call); DOB 02/10/1979 near the date.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-040
DOCS.append(dict(
    stem="vd-040", fmt="pdf",
    opts=dict(pagesize="letter", font="courier", size=9.5,
              footer="Lakeshore Imaging Center - 1200 Sheridan Rd, Evanston, IL 60299 - (847) 555-0140 - Page {page} of {pages}",
              meta=dict(title="Radiology Report", creator="PowerScribe-like")),
    blocks=[
        ("letterhead", {"name": "LAKESHORE IMAGING CENTER", "lines": ["1200 Sheridan Rd", "Evanston, IL 60299",
                                                                       "Phone (847) 555-0140  Fax (847) 555-0141"],
                        "rule": True, "size": 13, "color": (10, 10, 10)}),
        ("kv", [("PATIENT", "VAN DAM, MAARTEN"), ("DOB", "04/07/1986"), ("MRN", "LIC-00938172"),
                ("ACCESSION", "MR2026-061577"), ("REFERRING PHYSICIAN", "Rachel Stein, MD (Orthopedic Surgery)"),
                ("DATE OF SERVICE", "06/15/2026"), ("DATE REPORTED", "06/16/2026")], {"lw": 55, "bold": True}),
        ("h", "EXAM: MRI WRIST LEFT WITHOUT CONTRAST"),
        ("p", "CLINICAL HISTORY: 40-year-old male, fell while playing basketball 05/28/2026, persistent radial-"
              "sided wrist pain. Radiographs negative. Evaluate for occult scaphoid fracture or ligament injury."),
        ("p", "TECHNIQUE: Multiplanar multisequence MRI of the left wrist was performed on a 3T magnet without "
              "intravenous contrast."),
        ("p", "COMPARISON: Radiographs of the left wrist 06/02/2026."),
        ("p", "FINDINGS:\nBones: Linear T1 hypointense, STIR hyperintense fracture line through the waist of the "
              "scaphoid without displacement. Surrounding marrow edema. No other fracture.\n"
              "Ligaments: Scapholunate and lunotriquetral ligaments are intact. TFCC intact.\n"
              "Tendons: Normal. Mild tenosynovitis of the first extensor compartment.\n"
              "Joints: Small radiocarpal joint effusion."),
        ("p", "IMPRESSION:\n1. Nondisplaced fracture of the scaphoid waist, occult on prior radiographs.\n"
              "2. Intact intrinsic ligaments and TFCC."),
        ("p", "Critical result communicated to Dr. Stein's office by phone on 06/16/2026 at 08:35."),
        ("small", "Electronically signed by: David K. Moreau, MD, Radiologist on 06/16/2026 8:42 AM CDT"),
    ],
    label=label(["imaging-report"], "2026-06-16", "radiologist", "en",
                "US radiology report (US Letter, monospace, MM/DD/YYYY dates, electronic signature)",
                "yes", "unmentioned", "yes",
                "US date format: DOB 04/07/1986 is April 7, and dates are month-first; service vs report date; "
                "imaging at a US imaging center counts as care abroad (judgement call: examination, not "
                "treatment); earlier radiographs mentioned.",
                also_dates=["2026-06-15"]),
))

# ---------------------------------------------------------------------------------------------- vd-041
DOCS.append(dict(
    stem="vd-041", fmt="docx",
    opts=dict(font="Times New Roman", size=11,
              footer="Özel Akdeniz Sahil Hastanesi - Atatürk Cad. No: 99, 07400 Alanya / Antalya - +90 242 555 10 10",
              meta=dict(author="Hasta Kayıt", title="Epikriz")),
    blocks=[
        ("letterhead", {"name": "ÖZEL AKDENİZ SAHİL HASTANESİ", "sub": ["Private Mediterranean Coast Hospital",
                                                                        "Orthopaedics and Traumatology Clinic"],
                        "lines": ["Atatürk Cad. No: 99, 07400 Alanya / Antalya, Türkiye", "+90 242 555 10 10"],
                        "logo": "circle", "color": (180, 20, 30)}),
        ("title", "EPİKRİZ / DISCHARGE SUMMARY", {"size": 13, "align": "center"}),
        ("small", "English translation provided by the hospital's international patient office."),
        ("kv", [("Patient name", "Kevin Bakker"), ("Date of birth", "19.03.1984"), ("Nationality", "Netherlands"),
                ("Passport no", "NX9999921"), ("Protocol no", "2026/41877"),
                ("Admission date", "11.07.2026"), ("Discharge date", "13.07.2026"),
                ("Department", "Orthopaedics and Traumatology")], {"cols": 2, "grid": True}),
        ("h", "Diagnosis"),
        ("p", "Right distal radius fracture, extra-articular, dorsally displaced (ICD-10 S52.5)."),
        ("h", "History"),
        ("p", "Patient fell from a scooter on 11.07.2026 while on holiday. Admitted via the emergency department "
              "with pain and deformity of the right wrist. X-ray of the right wrist: dorsally angulated distal "
              "radius fracture."),
        ("h", "Operation"),
        ("p", "**Date of operation:** 12.07.2026\n**Surgeon:** Op. Dr. Kerem Aydınlı, Orthopaedic Surgeon\n"
              "**Anaesthesia:** Infraclavicular block\n**Procedure:** Closed reduction and percutaneous fixation "
              "with three 1.8 mm Kirschner wires\n**Description:** Under fluoroscopy the fracture was reduced by "
              "traction and palmar flexion. Two radial styloid wires and one dorsal intrafocal wire were "
              "inserted. Stable reduction confirmed in two planes. Wires bent and cut outside the skin. Sterile "
              "dressing and below-elbow splint.\n**Complications:** None."),
        ("h", "Follow-up and recommendations"),
        ("p", "Control X-ray on 13.07.2026: acceptable position. Wire-site care daily. The K-wires are to be "
              "removed after 5-6 weeks in the patient's home country. Cefuroxime 500 mg 2x1 for 5 days, "
              "paracetamol as needed. Fit to fly with splint."),
        ("sig", ["Op. Dr. Kerem Aydınlı", "Orthopaedics and Traumatology", "Signed / stamped 13.07.2026"]),
    ],
    label=label(["correspondence", "operation-report"], "2026-07-13", "specialist", "en",
                "Turkish hospital discharge summary (epikriz) translated to English, DOCX with field table",
                "yes", "yes", "yes",
                "Bilingual Turkish/English headings and Turkish letters; full operation section (date, surgeon, "
                "procedure, description) makes it an operation report too; dates dd.mm.yyyy; holiday plus "
                "admission abroad."),
))

# ---------------------------------------------------------------------------------------------- vd-042
DOCS.append(dict(
    stem="vd-042", fmt="txt",
    opts={},
    text="""
SWORN TRANSLATION FROM SPANISH INTO ENGLISH
Translator: M. Ortega Ruiz, sworn translator (traductora-intérprete jurada) no. 99812
Translation date: 10 October 2026 - Page 1 of 1 of the original document

---------------------------------------------------------------------------------------
[Letterhead] HOSPITAL CLÍNICO COSTA DEL AZAHAR
             Servicio de Cirugía Ortopédica y Traumatología - Unidad de Mano
             Avda. del Mar 120, 12100 Castellón de la Plana - Tel. +34 964 55 50 00

SURGICAL REPORT (Informe quirúrgico)

Patient:            SMITS, Anna Maria
Date of birth:      11/04/1969
Medical record no.: 0099-772140
Date of surgery:    23/04/2025
Surgeon:            Dr. Javier Soler Blanco
Assistant:          Dr. Lucía Ferrer
Anaesthesia:        Local anaesthesia with sedation (anaesthetist Dr. P. Gil)
Ischaemia:          Arm tourniquet, 22 minutes

Pre-operative diagnosis:  Carpal tunnel syndrome, left hand (confirmed by electromyography)
Post-operative diagnosis: Same
Procedure:                Open carpal tunnel release, left hand

Description:
Longitudinal palmar incision of 3 cm in line with the radial border of the ring finger.
Section of the palmar fascia. Complete release of the transverse carpal ligament under
direct vision, from proximal to distal, until the superficial palmar arch was seen.
The median nerve showed an hourglass constriction with hyperaemia. The motor branch was
identified and preserved. No tenosynovectomy. Haemostasis. Skin closure with 4/0 nylon.
Bulky dressing.

Incidents: none.
Post-operative plan: elevation, finger mobilisation, removal of stitches at 12 days at
the health centre, review in outpatient clinic at 6 weeks.

Signed: Dr. Javier Soler Blanco (signature and stamp of the hospital appear on the original)

---------------------------------------------------------------------------------------
I, the undersigned sworn translator, certify that the above is a true and complete
translation of the original document in Spanish.
Castellón de la Plana, 10 October 2026.  [stamp]
""",
    label=label(["operation-report"], "2025-04-23", "specialist", "en",
                "sworn translation of a Spanish operation report, plain text",
                "unmentioned", "yes", "yes",
                "Translation date 10 October 2026 is the translator's, not the report's (not given as also_date); "
                "DOB 11/04/1969 in d/m/y; EMG is not imaging; operation in Spain named by hospital and city."),
))

# ---------------------------------------------------------------------------------------------- vd-043
DOCS.append(dict(
    stem="vd-043", fmt="pdf",
    opts=dict(font="helv", size=9.5,
              footer="Severnside Pathology - Microbiology - Severnside General Hospital, Quay Street, Gloucester GL9 9ZZ\n"
                     "This report has been electronically authorised. Page {page} of {pages}",
              meta=dict(title="Microbiology Report", creator="WinPath-like")),
    blocks=[
        ("letterhead", {"name": "Severnside Pathology", "sub": ["Department of Microbiology",
                                                               "Severnside University Hospitals NHS Trust"],
                        "lines": ["Severnside General Hospital", "Quay Street", "Gloucester GL9 9ZZ",
                                  "Duty microbiologist: 01452 555321"], "logo": "square", "color": (0, 94, 184)}),
        ("title", "MICROBIOLOGY REPORT - FINAL", {"size": 12}),
        ("kv2",
         [("Patient", "DE GROOT, Thomas"), ("DOB", "01/09/1976"), ("NHS No", "999 864 2097"),
          ("Hosp No", "SGH-7702146")],
         [("Location", "Ward 12 (Trauma & Orthopaedics)"), ("Requested by", "Dr M. Ashworth (FY1)"),
          ("Consultant", "Mr D. Pryce"), ("Lab No", "M26.0445178")],
         {"grid": True}),
        ("table", [["Specimen", "Collected", "Received", "Reported"],
                   ["Nose swab", "01/09/2026 10:20", "01/09/2026 13:05", "03/09/2026 09:48"],
                   ["Groin swab", "01/09/2026 10:20", "01/09/2026 13:05", "03/09/2026 09:48"]],
         {"widths": [40, 42, 42, 42]}),
        ("kv", [("Investigation", "MRSA screen (chromogenic culture)"), ("Clinical details", "Admission screen - "
                                                                                              "emergency admission, "
                                                                                              "open hand injury"),
                ("Result", "**MRSA NOT isolated** from nose or groin swab"),
                ("Comment", "No further action required.")], {"lw": 35}),
        ("small", "Authorised by: Dr S. Greaves, Consultant Microbiologist, 03/09/2026"),
    ],
    label=label(["mrsa-screening"], "2026-09-03", "lab", "en", "NHS microbiology MRSA admission screen, tables",
                "unmentioned", "unmentioned", "yes",
                "Admission screen on a UK trauma ward means the patient was admitted abroad; DOB 01/09/1976 equals "
                "the collection day and month; collection vs report date; open hand injury is not stated as "
                "operated.",
                also_dates=["2026-09-01"]),
))

# ---------------------------------------------------------------------------------------------- vd-044 merged
_hdr44 = "Wessex Vale University Hospitals NHS Foundation Trust"
_p44a = dict(
    opts=dict(font="helv", size=10, footer=_hdr44 + " - Hand Unit, Avon Wing - Page {page} of {pages}"),
    blocks=[
        ("letterhead", {"name": "Wessex Vale University Hospitals", "sub": ["NHS Foundation Trust - Hand Unit"],
                        "lines": ["Avon Wing, Southmead Lane", "Bristol BS9 9ZZ", "0117 555 4400"], "logo": "square",
                        "color": (0, 94, 184)}),
        ("addr_meta", ["Dr P. Anand", "Clifton Down Surgery", "3 Down Road", "Bristol BS9 9YY"],
         [("Date", "10 June 2026"), ("Clinic", "08/06/2026"), ("NHS No", "999 552 0013")]),
        ("p", "**Re: Mr Daan Hofstede, DOB 12/12/1962, 40 Redland Grove, Bristol BS9 9XX**"),
        ("p", "**Diagnosis:** Right thumb base (CMC) osteoarthritis, Eaton IV, failed conservative treatment\n"
              "**Plan:** Right trapeziectomy under GA - listed; consent obtained in clinic"),
        ("p", "Dear Dr Anand,"),
        ("p", "Mr Hofstede has had three steroid injections and two years of splinting without lasting benefit. "
              "His X-rays show pantrapezial arthritis. We have listed him for a right trapeziectomy, which he "
              "wishes to proceed with before he moves back to the Netherlands."),
        ("sig", ["Yours sincerely,", "", "Miss K. Barrington FRCS (Plast)", "Consultant Hand Surgeon"]),
    ])
_p44b = dict(
    opts=dict(font="helv", size=9.5, footer=_hdr44 + " - Operation Note"),
    blocks=[
        ("title", "OPERATION NOTE", {"size": 13}),
        ("kv", [("Patient", "HOFSTEDE, Daan"), ("DOB", "12/12/1962"), ("Date", "02/07/2026"),
                ("Surgeon", "Miss K. Barrington"), ("Assistant", "Mr T. Adeyemi (registrar)"),
                ("Anaesthetic", "GA + LA"), ("Procedure", "Right trapeziectomy with FCR suspension "
                                                          "(half-slip) and K-wire 4 weeks"),
                ("Findings", "Grade IV changes CMC and STT joints"),
                ("Details", "Wagner incision, radial sensory nerve branches protected, trapezium excised "
                            "piecemeal, half FCR harvested and passed through MC1 base tunnel, K-wire MC1-MC2 under "
                            "image intensifier. Closure 4/0 monocryl."),
                ("Post-op", "Thumb spica 2 weeks then thermoplastic splint; K-wire removal 4 weeks"),
                ("Signed", "K. Barrington 02/07/2026")], {"grid": True, "lw": 32}),
    ])
_p44c = dict(
    opts=dict(font="helv", size=10, footer=_hdr44 + " - Department of Radiology"),
    blocks=[
        ("title", "Radiology Report", {"size": 12}),
        ("kv", [("Patient", "HOFSTEDE, Daan (12/12/1962)"), ("Examination", "XR Thumb Right (2 views)"),
                ("Date of exam", "13/08/2026"), ("Requested by", "Miss K. Barrington, Hand Unit"),
                ("Clinical details", "Post trapeziectomy, K-wire removed 30/07. Position?")], {"lw": 35}),
        ("p", "**Report:** Status post trapeziectomy. K-wire has been removed. The first metacarpal base lies "
              "approximately 4 mm proximal to its preoperative position with preserved space to the scaphoid. "
              "No fracture. Mild STT joint space narrowing."),
        ("p", "**Conclusion:** Expected appearance after trapeziectomy."),
        ("small", "Reported by Dr N. Kaur, Consultant Radiologist, 13/08/2026 16:12"),
    ])
DOCS.append(dict(
    stem="vd-044", fmt="pdf",
    opts=dict(meta=dict(title="Hofstede records", creator="Patient portal export")),
    parts=[_p44a, _p44b, _p44c],
    label=label(["correspondence", "operation-report", "imaging-report"], None, "specialist", "en",
                "merged PDF from a UK trust: clinic letter + operation note + X-ray report",
                "yes", "yes", "yes",
                "Three documents of one UK hospital in one file; the letter only plans the operation, the note "
                "records it; no date of its own; top-level author is the hospital (specialist).",
                parts=[part(["correspondence"], "2026-06-10", "specialist", also_dates=["2026-06-08"]),
                       part(["operation-report"], "2026-07-02", "specialist"),
                       part(["imaging-report"], "2026-08-13", "radiologist")]),
))

# ---------------------------------------------------------------------------------------------- vd-045
DOCS.append(dict(
    stem="vd-045", fmt="docx",
    opts=dict(font="Calibri", size=11, meta=dict(author="Laura Jensen", title="Letter second opinion")),
    blocks=[
        ("addr", ["Laura Jensen", "Keizersgracht 999-2", "1017 AA Amsterdam", "laura.jensen@mail.example"]),
        ("p", "15 November 2026"),
        ("addr", [CLINIC, "Attn. Second Opinion Office"] + CLINIC_ADDR),
        ("p", "**Subject: Request for a second opinion - right hand**"),
        ("p", "Dear Sir or Madam,"),
        ("p", "I am a Danish national living in Amsterdam since 2023 and I am writing to ask whether I can have "
              "a second opinion at your clinic about my right hand."),
        ("p", "Since spring my right ring finger locks in the morning and is painful at the base. In August, "
              "while on a business trip, I was seen at the emergency department of a hospital in Lisbon because "
              "the finger was stuck; they freed it, put on a splint and did not take an X-ray. Back home my GP "
              "examined it and said it is a trigger finger. No scans were done. I have never had surgery on my "
              "hand. My GP suggested an injection, but I would like a specialist to look at it first, as my "
              "mother needed an operation for the same problem and still has a stiff finger."),
        ("p", "My GP, Dr Visser at the Westerpark practice, will send you a referral letter. Please let me know "
              "what else you need from me."),
        ("sig", ["Kind regards,", "", "Laura Jensen", "Date of birth: 17 November 1988"]),
    ],
    label=label([], "2026-11-15", "patient", "en", "patient's own letter (DOCX, plain business letter)",
                "no", "no", "yes",
                "Patient letter asking for a second opinion (not a referral); emergency care in Lisbon counts as "
                "treated abroad; 'did not take an X-ray', 'No scans were done', 'never had surgery'; mother's "
                "operation; DOB 17 November near the letter date."),
))

# ---------------------------------------------------------------------------------------------- vd-046
DOCS.append(dict(
    stem="vd-046", fmt="txt",
    opts={},
    text="""
PATIENT SUMMARY PRINTOUT                                   Printed: 05-Nov-2026 11:02
Practice : Riverside Medical Centre, 2 Quay Road, Kingsbridge TQ9 9ZZ  (01548 555700)
Printed by: Dr A. Pemberton

Name     : Mrs Esther Kok                 Born: 03-Nov-1981   Sex: Female
NHS No   : 999 118 2236                   Usual GP: Dr A. Pemberton
Address  : 5 Fore Street, Kingsbridge TQ9 9XY

ACTIVE PROBLEMS
  14-Feb-2025  Carpal tunnel syndrome (right)
  22-Sep-2025  Carpal tunnel decompression (right)  - Salcombe Road Hospital
  10-Jan-2026  Pain in right wrist (post-operative)
  03-Mar-2019  Hypothyroidism

SIGNIFICANT PAST PROBLEMS
  2004  Appendicectomy
  2016  Caesarean section (Dutch hospital, Zwolle)

MEDICATION (repeat)
  Levothyroxine 100 micrograms tablets - one daily
  Naproxen 250 mg tablets - one twice daily when required
  Lansoprazole 15 mg capsules - one daily

ALLERGIES
  Penicillin - rash

CONSULTATIONS (last 18 months)
  14-Feb-2025  Dr A. Pemberton (surgery)
    History: tingling thumb index middle right at night, 4 months, drops things
    Examination: Phalen +ve R, Tinel +ve R, no wasting
    Plan: wrist splint, nerve conduction studies requested
  02-Apr-2025  Letter from Neurophysiology: moderate right CTS
  19-May-2025  Letter from Orthopaedics (Salcombe Road Hospital): listed for right CTD
  22-Sep-2025  Letter from Orthopaedics: right carpal tunnel decompression performed today,
               day case, LA
  10-Jan-2026  Dr A. Pemberton (surgery)
    History: pain base of palm R since op, cannot lean on hand
    Examination: tender thenar/hypothenar eminences, scar healed, Tinel -ve
    Plan: physio referral
  24-Mar-2026  Dr R. Shah (surgery)
    History: ongoing pain, physio not helped
    Plan: ultrasound right wrist
  15-Apr-2026  Ultrasound right wrist (Quayside Imaging): normal median nerve calibre,
               no residual compression, no ganglion
  02-Jul-2026  Letter from Orthopaedics: pillar pain, conservative management advised,
               no further surgery recommended
  20-Oct-2026  Dr A. Pemberton (telephone)
    History: family moving to Netherlands (Deventer) Dec 2026, wants second opinion there
    Plan: summary printed for patient; referral letter to follow

END OF SUMMARY
""",
    label=label(["history"], "2026-11-05", "gp", "en", "UK GP practice summary printout (EMIS-like), plain text",
                "yes", "yes", "yes",
                "UK practice summary; the carpal tunnel decompression was in a UK hospital (abroad from the Dutch "
                "clinic's view); 'Born: 03-Nov-1981' two days before print date; caesarean in a Dutch hospital "
                "and appendicectomy are distractors; nerve conduction is not imaging but the ultrasound is."),
))

# ---------------------------------------------------------------------------------------------- vd-047
DOCS.append(dict(
    stem="vd-047", fmt="docx",
    opts=dict(font="Arial", size=10,
              header=["Gulf Orthopaedic & Hand Centre - Dubai Healthcare District - Outpatient Consultation Note"],
              footer="Gulf Orthopaedic & Hand Centre, Building 99, Dubai, UAE - +971 4 555 0199 - page {page}",
              meta=dict(author="GOHC", title="Consultation Note")),
    blocks=[
        ("letterhead", {"name": "Gulf Orthopaedic & Hand Centre", "sub": ["Hand & Upper Limb Service"],
                        "lines": ["Building 99, Healthcare District, Dubai, United Arab Emirates", "+971 4 555 0199"],
                        "logo": "circle", "color": (150, 110, 20)}),
        ("title", "OUTPATIENT CONSULTATION NOTE", {"size": 12}),
        ("kv", [("Patient", "Mr Jeroen Timmermans"), ("DOB", "08-Aug-1979"), ("MRN", "GOHC-0091822"),
                ("Visit date", "18-Aug-2026"), ("Physician", "Dr Farah Al-Mansouri, Consultant Hand Surgeon"),
                ("Insurance", "Meridian Global Health (policy MG-99-55012)")], {"cols": 2, "grid": True}),
        ("h", "Presenting complaint"),
        ("p", "Dutch expatriate, right-hand dominant engineer. Fell onto the left hand playing padel 10 days ago. "
              "Pain and swelling over the ulnar side of the left hand."),
        ("h", "Examination"),
        ("p", "Swelling and tenderness over the fifth metacarpal neck, no rotational deformity, full composite "
              "fist, skin intact."),
        ("h", "Investigations"),
        ("p", "X-rays left hand (3 views) today: fracture of the fifth metacarpal neck with 30 degrees of volar "
              "angulation, no shortening."),
        ("h", "Assessment"),
        ("p", "Closed left fifth metacarpal neck fracture (boxer's fracture), acceptable position."),
        ("h", "Plan"),
        ("p", "No surgery was performed; conservative management with an ulnar gutter splint for 3 weeks and "
              "buddy strapping thereafter. Repeat X-ray in 1 week. The patient will be returning to the "
              "Netherlands at the end of August and was advised to continue follow-up with a hand surgeon there. "
              "A copy of this note and the images were provided."),
        ("sig", ["Dr Farah Al-Mansouri", "Consultant Hand Surgeon", "Electronically signed 18-Aug-2026 12:41"]),
    ],
    label=label(["correspondence"], "2026-08-18", "specialist", "en",
                "international private hospital consultation note (DOCX, field table, header/footer)",
                "yes", "no", "yes",
                "Written by a clinic in Dubai that examined and treated the patient; 'No surgery was performed'; "
                "DOB 08-Aug near the visit date; insurer named in fields."),
))

# ---------------------------------------------------------------------------------------------- vd-048
DOCS.append(dict(
    stem="vd-048", fmt="docx",
    opts=dict(font="Courier New", size=10,
              footer="SAINT BRENDAN MEDICAL CENTER - 2400 NW Lovejoy St, Portland, OR 97299 - CONFIDENTIAL - page {page}",
              meta=dict(author="Transcription", title="OPERATIVE REPORT")),
    blocks=[
        ("p", "**SAINT BRENDAN MEDICAL CENTER**\nHand and Upper Extremity Service\nPortland, Oregon"),
        ("title", "OPERATIVE REPORT", {"size": 12}),
        ("kv", [("PATIENT NAME", "HOEKSTRA, LIEKE"), ("DOB", "02/15/1991"), ("MRN", "SBMC-4411873"),
                ("DATE OF PROCEDURE", "09/14/2025"), ("SURGEON", "Michael T. Okonkwo, MD"),
                ("ASSISTANT", "None"), ("ANESTHESIA", "Local with monitored anesthesia care (MAC)")],
         {"grid": False, "lw": 45}),
        ("p", "PREOPERATIVE DIAGNOSIS: Right de Quervain tenosynovitis, refractory to two corticosteroid "
              "injections.\nPOSTOPERATIVE DIAGNOSIS: Same, with separate EPB subcompartment.\n"
              "PROCEDURE PERFORMED: Release of right first dorsal compartment including EPB subcompartment.\n"
              "ESTIMATED BLOOD LOSS: Minimal.\nSPECIMENS: None.\nCOMPLICATIONS: None.\n"
              "TOURNIQUET TIME: 19 minutes at 250 mmHg."),
        ("p", "INDICATIONS: The patient is a 34-year-old graduate student from the Netherlands with six months "
              "of radial wrist pain and a positive Finkelstein test, who failed splinting and two injections. "
              "Risks, benefits and alternatives were discussed and informed consent was obtained."),
        ("p", "DESCRIPTION OF PROCEDURE: The patient was brought to the operating room and placed supine with "
              "the right arm on a hand table. After MAC and local infiltration, the arm was prepped and draped, "
              "and the tourniquet inflated. A 2-cm transverse incision was made over the first dorsal "
              "compartment. Branches of the superficial radial nerve were identified and protected. The "
              "compartment was released along its dorsal margin. A separate EPB subcompartment was identified "
              "and released. Full excursion of APL and EPB was confirmed. The wound was irrigated and closed with "
              "4-0 nylon. A soft dressing and thumb spica splint were applied. The patient tolerated the "
              "procedure well and was taken to recovery in stable condition."),
        ("p", "DISPOSITION: Discharged home the same day. Follow-up in 10-14 days for suture removal."),
        ("small", "Dictated by: Michael T. Okonkwo, MD  D: 09/14/2025 16:05  T: 09/15/2025 08:11\n"
                  "Electronically authenticated 09/15/2025"),
    ],
    label=label(["operation-report"], "2025-09-14", "specialist", "en",
                "US dictated operative report (capitalised headings, D:/T: transcription line), DOCX",
                "unmentioned", "yes", "yes",
                "US month-first dates (DOB 02/15/1991); dictation vs transcription/authentication date; operation "
                "in the US on a Dutch student; no imaging mentioned.",
                also_dates=["2025-09-15"]),
))

# ---------------------------------------------------------------------------------------------- vd-049
DOCS.append(dict(
    stem="vd-049", fmt="txt",
    opts={},
    text="""
Royal Pennine Infirmary - Hand Therapy Department
Pennine Vale NHS Trust | Moorside Road, Rochdale OL9 9ZZ | 01706 555180

HAND THERAPY PROGRESS REPORT

Patient:   Mr Joost Kramer          DOB: 14/03/1990      NHS No: 999 765 4321
Diagnosis: Right index finger FDP/FDS repair zone II + radial digital nerve repair
Date of surgery: 14/03/2026 (Ms A. Lindqvist)
Report date: 29/06/2026
To: Ms A. Lindqvist, Consultant Plastic Surgeon; cc GP, Dr F. Haworth, Moorside Surgery

Summary
Mr Kramer has attended 14 sessions since day 3 post-op following the early active motion
protocol. Splint discontinued at 6 weeks. He returned to office work at week 8.

Measurements (right index finger)    Week 6     Week 12    Week 15
  MCPJ active flexion (deg)            70         85         90
  PIPJ active flexion (deg)            55         75         80
  DIPJ active flexion (deg)            20         35         40
  Total active motion (Strickland)     poor       fair       good
  Grip strength (kg, L = 48)           -          29         36
  2PD radial side (mm)                 >15        10         8

Plan
Continue home programme; discharge from hand therapy. He is moving to Eindhoven in August
and has asked for a copy of this report for his new hand team.

Signed: C. Mbeki, Clinical Specialist Occupational Therapist (Hand), HCPC OT99881
""",
    label=label([], "2026-06-29", "other", "en", "NHS hand-therapy progress report, plain text with measurement table",
                "unmentioned", "yes", "yes",
                "Hand therapy report (no kind) from the therapy department of a UK hospital; operation date in the "
                "header; DOB 14/03 equals the surgery day and month; treated abroad because therapy and surgery "
                "were in a UK hospital."),
))

# ---------------------------------------------------------------------------------------------- vd-050
DOCS.append(dict(
    stem="vd-050", fmt="pdf",
    opts=dict(font="helv", size=10,
              footer="Duinrand Ziekenhuis - Orthopaedics - Scheveningseweg 200, 2584 AA Den Haag - +31 70 555 9000\n"
                     "Page {page}/{pages}",
              meta=dict(title="Letter", creator="HiX")),
    blocks=[
        ("letterhead", {"name": "Duinrand Ziekenhuis", "sub": ["Department of Orthopaedics"],
                        "lines": ["Scheveningseweg 200", "2584 AA Den Haag", "The Netherlands"], "logo": "wave",
                        "color": (0, 120, 140)}),
        ("addr_meta", ["Dr M. Hughes", "Bezuidenhout International GP Practice", "Bezuidenhoutseweg 99",
                       "2594 AA Den Haag"],
         [("Date", "22 September 2026"), ("Our ref", "ORT/26/19920"), ("Visit", "17-09-2026")]),
        ("p", "**Re: Ms Olivia Bennett, date of birth 25-09-1987**"),
        ("p", "Dear Dr Hughes,"),
        ("p", "Thank you for referring Ms Bennett, a 39-year-old British pianist living in The Hague, with a "
              "painful swelling on the dorsum of the right wrist for six months."),
        ("p", "**History:** No trauma. Pain when playing, especially with wrist extension. She has never had "
              "surgery on the wrist. She has had no treatment elsewhere for this problem, neither in the "
              "Netherlands nor abroad."),
        ("p", "**Examination:** 1 cm firm, tender swelling dorsal to the scapholunate interval, more prominent in "
              "flexion. Normal range of motion. Watson test negative."),
        ("p", "**Investigations:** X-rays of the right wrist and an ultrasound were performed at our hospital on "
              "17-09-2026: occult dorsal wrist ganglion of 6 mm arising from the SL ligament; normal bony "
              "alignment."),
        ("p", "**Conclusion:** Occult dorsal wrist ganglion, right."),
        ("p", "**Plan:** We discussed observation, aspiration and excision. Given her profession she prefers "
              "to avoid surgery for now and would like a second opinion from a specialised hand surgeon before "
              "deciding. We have no objection and will see her again on request."),
        ("sig", ["Kind regards,", "", "Dr E. Groenewegen, orthopaedic surgeon"]),
        ("small", "Electronically authorised 22-09-2026. cc: patient"),
    ],
    label=label(["correspondence"], "2026-09-22", "specialist", "en",
                "English-language outpatient letter from a Dutch hospital (expat patient)",
                "yes", "no", "no",
                "English letter from a Dutch hospital; explicitly no treatment abroad and never operated; excision "
                "only discussed; DOB 25-09-1987 three days after the letter date.",
                also_dates=["2026-09-17"]),
))

# ---------------------------------------------------------------------------------------------- vd-051
DOCS.append(dict(
    stem="vd-051", fmt="docx",
    opts=dict(font="Calibri", size=10.5,
              footer="Prinsengracht Expat Medical Practice - Prinsengracht 999, 1016 AA Amsterdam - AGB 01-999733 - "
                     "page {page} of {pages}",
              meta=dict(author="PEMP", title="Referral")),
    blocks=[
        ("letterhead", {"name": "Prinsengracht Expat Medical Practice", "sub": ["General Practitioners - English-speaking care"],
                        "lines": ["Prinsengracht 999", "1016 AA Amsterdam", "+31 20 555 3344"], "logo": "circle",
                        "color": (200, 80, 0)}),
        ("title", "Referral letter - second opinion hand surgery", {"size": 12}),
        ("kv", [("To", CLINIC + ", " + ", ".join(CLINIC_ADDR)), ("From", "Dr S. Mehta, GP"),
                ("Date", "12 November 2026"), ("Patient", "Mr Lucas Ferreira"), ("Date of birth", "30-11-1990"),
                ("BSN", "999 487 250"), ("Insurance", "Zorgverzekeraar Amstel, policy ZA-88120"),
                ("Address", "Da Costakade 99-3, 1053 AA Amsterdam")], {"grid": True}),
        ("h", "Reason for referral"),
        ("p", "Persistent dorsal wrist pain (left) after a fall on the outstretched hand in August 2026, with "
              "clicking and weakness when lifting his child."),
        ("h", "Question"),
        ("p", "Please give a second opinion on the suspected scapholunate ligament injury: is this dynamic SL "
              "instability, and is surgery indicated? The local orthopaedic surgeon advised a further three months "
              "of physiotherapy."),
        ("h", "Relevant history"),
        ("table", [["Year", "Item"], ["2012", "Anterior cruciate ligament reconstruction, right knee (Brazil)"],
                   ["2020", "Mild asthma"], ["No previous surgery on hand or wrist", ""]], {"header": True}),
        ("h", "Recent treatment"),
        ("table", [["Date", "Treatment"],
                   ["08-2026", "Walk-in emergency clinic in Barcelona after the fall: wrist splint, painkillers"],
                   ["09-2026", "X-ray left wrist, Amstel Oost Hospital: no fracture, SL gap borderline 3 mm"],
                   ["10-2026", "MRI left wrist, Amstel Oost Hospital: partial tear dorsal SL ligament"],
                   ["09-2026 to 11-2026", "Physiotherapy, 8 sessions, limited effect"]], {"header": True}),
        ("h", "Medication / allergies"),
        ("p", "Salbutamol PRN. No known allergies."),
        ("sig", ["Kind regards,", "", "Dr S. Mehta, general practitioner"]),
    ],
    label=label(["referral", "history"], "2026-11-12", "gp", "en",
                "English referral from a Dutch expat GP practice, field table plus history/treatment tables (DOCX)",
                "yes", "no", "yes",
                "Referral with its own Relevant history + Recent treatment sections; walk-in emergency clinic in "
                "Barcelona counts as treated abroad; 'No previous surgery on hand or wrist' but knee surgery in "
                "Brazil; DOB 30-11-1990 near the date.",
                referral_question=True),
))

# ---------------------------------------------------------------------------------------------- vd-052
DOCS.append(dict(
    stem="vd-052", fmt="txt",
    opts={},
    text="""
From:    Planning Oosterlaan <planning@oosterlaan-handkliniek.example>
To:      mark.oduya@mail.example
Sent:    Wednesday, 18 November 2026 09:12
Subject: Your second opinion appointment - documents needed (ref SO-26-1204)

Dear Mr Oduya,

Thank you for registering for a second opinion at the Kliniek voor Hand- en Polschirurgie
Oosterlaan. We have provisionally booked your appointment:

    Date:      Thursday 10 December 2026
    Time:      14:20
    Surgeon:   Dr P. Hendriksen, hand surgeon
    Location:  Oosterlaan 220, Utrecht (2nd floor, desk C)

We can only confirm the appointment once we have received all of the following:
  1. A referral letter from your GP or specialist stating the question to be answered.
  2. A recent summary of your medical history from your GP (less than 6 months old).
  3. All letters from the specialist(s) who treated you.
  4. Imaging reports and the images on CD, if X-rays, ultrasound, CT or MRI were done.
  5. All operation reports, if you had surgery on your hand or wrist.
  6. An MRSA screening result, if you were admitted to or treated in a hospital outside
     the Netherlands in the last two months (please arrange this through your GP).

So far we have received: none of the above.

Please upload the documents via the patient portal or ask your doctor to send them.

Kind regards,

Planning Desk
Kliniek voor Hand- en Polschirurgie Oosterlaan
+31 30 555 3300
""",
    label=label([], "2026-11-18", "other", "en", "clinic appointment e-mail with document checklist, plain text",
                "unmentioned", "unmentioned", "unmentioned",
                "Appointment e-mail, no kind; a keyword-dense conditional checklist ('if you had surgery', "
                "'if you were admitted ... outside the Netherlands'); appointment date after the sent date."),
))

# ---------------------------------------------------------------------------------------------- vd-053
DOCS.append(dict(
    stem="vd-053", fmt="pdf",
    opts=dict(font="helv", size=10,
              header=["Kingsmere University Hospital NHS Trust - Radiology"], header_right="{page}/{pages}",
              footer="Kingsmere University Hospital, Lowther Road, Kingsmere KM9 9ZZ - Radiology enquiries 01632 555 800",
              meta=dict(title="Ultrasound report", creator="CRIS")),
    blocks=[
        ("title", "ULTRASOUND REPORT", {"size": 13}),
        ("kv2",
         [("Patient", "Mrs Marieke Hendriks-Lowe"), ("DOB", "10/10/1972"), ("NHS No", "999 402 6671"),
          ("Hospital No", "KUH-558190")],
         [("Examination", "US Left wrist"), ("Date of examination", "09/10/2026"),
          ("Requested by", "Mr A. Patel, Orthopaedics"), ("Date reported", "09/10/2026")],
         {"grid": True}),
        ("h", "Clinical details"),
        ("p", "Lump volar radial aspect left wrist, 2 months. ? ganglion. Please assess relationship to radial "
              "artery."),
        ("h", "Findings"),
        ("p", "A well-defined anechoic lobulated lesion measuring 16 x 10 x 9 mm is seen at the volar radial "
              "aspect of the left wrist between the radial artery and FCR tendon, with a neck extending towards "
              "the radiocarpal joint. No internal vascularity. The radial artery is displaced but patent with "
              "normal flow. No tenosynovitis."),
        ("h", "Conclusion"),
        ("p", "Volar wrist ganglion, left, closely related to the radial artery. Aspiration under ultrasound "
              "guidance is not advised given the proximity of the artery; surgical opinion suggested."),
        ("small", "Reported by: Dr H. Fairbanks, Consultant Musculoskeletal Radiologist - verified 09/10/2026 15:20"),
    ],
    label=label(["imaging-report"], "2026-10-09", "radiologist", "en",
                "NHS ultrasound report, two-column field grid, no letterhead block (trust name in header only)",
                "yes", "unmentioned", "yes",
                "DOB 10/10/1972 one day after the exam date in the same format; 'surgical opinion suggested' is "
                "advice; UK hospital examination counts as care abroad; header/footer carry the hospital name."),
))

# ---------------------------------------------------------------------------------------------- vd-054
DOCS.append(dict(
    stem="vd-054", fmt="txt",
    opts={},
    text="""
MERIDIAN GLOBAL HEALTH - International Health Insurance
Claims & Authorisations, PO Box 9999, 1000 AA Amsterdam | authorisations@meridian-gh.example

Date: 29 October 2026
Our reference: PA-2026-1188420
Member: Mr Jeroen Timmermans, date of birth 08 August 1979, policy MG-99-55012

To: Kliniek voor Hand- en Polschirurgie Oosterlaan, Utrecht
    cc: member

GUARANTEE OF PAYMENT - OUTPATIENT SECOND OPINION

Dear Sir or Madam,

We confirm cover for one outpatient second-opinion consultation for the above member,
including diagnostic imaging if medically necessary, under the outpatient benefit of his
policy (deductible EUR 250 applies).

Should surgery be recommended, a separate pre-authorisation request must be submitted
with the treatment plan, the expected costs and the relevant medical reports before the
procedure takes place. Emergency treatment does not require pre-authorisation.

This guarantee is valid until 31 January 2027 and is subject to the terms and conditions
of the policy.

Yours faithfully,

Claims & Authorisations Team
Meridian Global Health
""",
    label=label([], "2026-10-29", "other", "en", "international insurer's guarantee of payment, plain text",
                "unmentioned", "unmentioned", "unmentioned",
                "Insurance letter (no kind); imaging and surgery only as conditional cover; validity date "
                "31 January 2027; DOB written out."),
))
