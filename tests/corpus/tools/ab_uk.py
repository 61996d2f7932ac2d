"""ab corpus, part 3: UK (NHS and private) documents. Run: python3 ab_uk.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ab_render import build


def lab(kinds, date, author, style, img, op, abroad, notes, **kw):
    d = dict(kinds=kinds, date=date, author=author, language='en', style=style,
             imaging_done=img, operated=op, treated_abroad=abroad, notes=notes)
    d.update(kw)
    return d


DOCS = []
RF = {'logo': 'Royal Free London', 'logo_sub': 'NHS Foundation Trust', 'color': (0, 94, 184),
      'lines': ['Royal Free Hospital, Pond Street, London NW3 2QG', 'Switchboard 020 7794 0500']}

# ---------------------------------------------------------------- 033 Royal Free clinic letter CTS
DOCS.append(dict(stem='ab-033-royalfree-clinic-letter-cts', fmt='pdf', font='helv', size=10,
    head=dict(RF, right=['Department of Plastic & Reconstructive Surgery', 'Hand Surgery Clinic', 'Consultant: Mr Oliver Pennington FRCS (Plast)',
                         'Secretary: 020 7794 0500 ext 33412']),
    footer='Royal Free London NHS Foundation Trust - Page {p} of {n}',
    body='''
L: Date dictated: 08/10/2026
L: Date typed: 12/10/2026

L: Dr H Okafor
L: Belsize Park Medical Practice
L: 41 England's Lane
L: London NW3 4YD

L: Dear Dr Okafor
L:
L: **Re: Mr Thijs VAN DAM   DOB 17/03/1983   NHS No. 612 447 9083   Hosp No. RAL8823104**
L: 14 Eton Avenue, London NW3 3EL

**Diagnosis:** Right carpal tunnel syndrome, moderate on nerve conduction studies. Mild left-sided symptoms.

**Plan:** Listed for right open carpal tunnel decompression under local anaesthetic (day case). Continue night splint on the left.

**Outcome:** Patient to be added to the waiting list - P3.

I saw Mr van Dam, a 43-year-old Dutch software engineer, in the hand clinic today. He describes a two-year history of numbness in the thumb, index and middle fingers of his right hand, waking him two to three times a night, with clumsiness when typing. He has tried a wrist splint at night for four months with only partial relief and had a steroid injection in June 2026 by your practice, which helped for about eight weeks. He has no history of diabetes or thyroid disease and has never had surgery on either hand.

On examination there is no thenar wasting. Tinel's and Phalen's are positive on the right, Phalen's equivocal on the left. Two-point discrimination is 6 mm in the median distribution on the right. APB power is 5/5.

Nerve conduction studies (Dr Lim, clinical neurophysiology, 22/09/2026) show moderate right median neuropathy at the wrist and mild changes on the left. I did not feel that any imaging was required.

We discussed the options and I have offered him a right carpal tunnel decompression. He is keen to proceed, although he mentioned he may be relocating to the Netherlands next spring and might wish to have the operation there if our waiting time is long. I have explained the current waiting time of around 18 weeks. I have given him the patient information leaflet on carpal tunnel surgery.

Yours sincerely

L: Mr Oliver Pennington
L: Consultant Plastic and Hand Surgeon

L: cc: Mr T van Dam (patient)
''',
    label=lab(['correspondence'], '2026-10-08', 'specialist', 'NHS clinic letter with Diagnosis/Plan/Outcome, dictated vs typed dates',
              'no', 'no', 'yes', 'Dictated 08/10 and typed 12/10 (letter date ambiguous, both given); listed for surgery (plan); never operated; "did not feel any imaging was required"; outpatient care in a UK hospital',
              also_dates=['2026-10-12'])))

# ---------------------------------------------------------------- 034 GSTT Operation Note (canvas)
DOCS.append(dict(stem='ab-034-gstt-operation-note-trigger', fmt='canvas', font='helv', size=9, value_x=50,
    head={'org': "Guy's and St Thomas' NHS Foundation Trust", 'lines': ["Guy's Hospital Day Surgery Unit, Great Maze Pond, London SE1 9RT"],
          'right': ['OPERATION NOTE', 'Theatre: DSU 3']},
    footer='Printed from EPR 11/06/2026 14:22   page {p}',
    body='''
F: Patient name | DE BOER, Eva
F: Date of birth | 02/02/1971
F: NHS number | 721 553 0184
F: MRN | GST44017732
F: Date of operation | 11/06/2026
F: Surgeon | Miss Rachel Adeyemi, Consultant Orthopaedic Hand Surgeon
F: Assistant | Dr K Patel (ST5)
F: Anaesthetist | none - local anaesthetic by surgeon
F: Anaesthetic | Local (WALANT) 1% lidocaine with 1:200,000 adrenaline, 8 ml
F: Tourniquet | Not used
F: Procedure | Release of A1 pulley, left ring finger
F: Indication | Painful triggering left ring finger, failed two steroid injections
F: Findings | Thickened A1 pulley with nodule on FDS; triggering abolished after release; no tenosynovitis
F: Procedure details | Transverse 1.5 cm incision over A1 pulley in distal palmar crease. Blunt dissection, neurovascular bundles identified and protected. A1 pulley divided longitudinally under direct vision. Patient asked to actively flex and extend: full range, no triggering. Haemostasis. Skin closed with 4/0 Vicryl Rapide interrupted.
F: Complications | None
F: Estimated blood loss | Minimal
F: Closure | 4/0 Vicryl Rapide (dissolvable)
F: Dressing | Mepore and light crepe bandage
F: Post-op instructions | Elevate. Start moving fingers immediately. Remove bulky dressing at 48 hours. No routine follow-up; patient initiated follow-up for 6 months.
F: VTE prophylaxis | Not required
F: Signed | R Adeyemi  11/06/2026 13:58
''',
    label=lab(['operation-report'], '2026-06-11', 'specialist', 'NHS Operation Note form, canvas two-column with long wrapped values',
              'unmentioned', 'yes', 'yes', 'All content in label/value runs; title only in right header block; print line in footer')))

# ---------------------------------------------------------------- 035 Oxford discharge summary with op note (html)
DOCS.append(dict(stem='ab-035-oxford-discharge-summary-orif', fmt='html', font='helv', size=9.5,
    head={'org': 'Oxford University Hospitals NHS Foundation Trust', 'lines': ['John Radcliffe Hospital, Headley Way, Headington, Oxford OX3 9DU',
                                                                               'Trauma Unit, Level 1 - Tel: 0300 304 7777']},
    body='''
# DISCHARGE SUMMARY
F: Patient | Willemijn HOEKSTRA
F: DOB | 25/08/1957 (68 y)
F: NHS No | not registered (overseas visitor - EHIC)
F: Hospital No | JR5519034
F: Admitted | 02/03/2026 via Emergency Department
F: Discharged | 05/03/2026
F: Consultant | Mr James Whitcombe, Trauma & Orthopaedics
F: Ward | Trauma Ward 2A
F: GP | Huisartsenpraktijk Oosterpark, Oosterpark 5, 9713 EZ Groningen, Netherlands

## Presenting complaint
Mechanical fall on ice outside the Ashmolean Museum while visiting her daughter. FOOSH injury, left wrist.

## Diagnosis
Displaced intra-articular fracture of the left distal radius (AO 23-C1).

## Investigations
X-ray left wrist 02/03/2026: dorsally angulated (30 degrees) intra-articular distal radius fracture with 3 mm radial shortening. Post-manipulation films: loss of reduction.

## Operation note
Date: 03/03/2026. Surgeon: Mr J Whitcombe (Consultant). Assistant: Dr A Khan (CT2). Anaesthetic: GA plus supraclavicular block. Tourniquet 250 mmHg, 58 min.
Procedure: ORIF left distal radius with volar locking plate (Acu-Loc 2, standard width).
Description: Modified Henry approach through FCR sheath. Pronator quadratus elevated. Fracture reduced under direct vision and fluoroscopy, provisional K-wires. Plate applied, distal row locking screws and three cortical screws in the shaft. Final images show restoration of volar tilt and radial height, no intra-articular screw penetration. PQ repaired. Skin closed with 3/0 Monocryl subcuticular. Volar backslab applied.
Complications: none.

## Progress
Uneventful recovery. Post-operative check X-ray satisfactory. Seen by hand therapy on day 2: fingers moving well, given exercise sheet.

## Medication on discharge
Paracetamol 1 g QDS PRN; codeine 30 mg QDS PRN (5 days); existing levothyroxine 75 mcg OD.

## Follow-up
Patient returns to the Netherlands on 09/03/2026. Wound check and removal of backslab at 2 weeks at her GP or local hospital; X-ray at 6 weeks. Copy of this summary and images on CD given to patient.

L: Completed by: Dr Aisha Khan, CT2 Trauma & Orthopaedics, 05/03/2026
''',
    label=lab(['correspondence', 'operation-report'], '2026-03-05', 'specialist', 'NHS discharge summary with embedded Operation note section, HTML->PDF',
              'yes', 'yes', 'yes', 'Discharge summary containing a full operation note (date, surgeon, description); overseas visitor without NHS number; Dutch GP in GP field')))

# ---------------------------------------------------------------- 036 Sheffield e-discharge, short procedure line (docx)
DOCS.append(dict(stem='ab-036-sheffield-discharge-kwire', fmt='docx', font='helv', size=9.5,
    head={'org': 'Sheffield Teaching Hospitals NHS Foundation Trust', 'lines': ['Northern General Hospital, Herries Road, Sheffield S5 7AU']},
    body='''
# Electronic Discharge Notification

T: Field | Details
T: Patient | Mr Sem KOSTER
T: Date of birth | 09/12/2004
T: NHS number | 486 220 7731
T: Address | Flat 3, 29 Crookesmoor Road, Sheffield S10 1BE
T: Registered GP | Dr P Ashworth, Crookes Valley Medical Centre
T: Date of admission | 13/07/2026
T: Date of discharge | 15/07/2026
T: Specialty | Plastic Surgery (Hand Trauma)
T: Responsible consultant | Mr D Ferreira

**Primary diagnosis:** Unstable spiral fracture proximal phalanx, left little finger (rugby injury 12/07/2026).

**Procedures this admission:** Closed reduction and percutaneous K-wire fixation, left little finger proximal phalanx, 14/07/2026.

**Investigations:** Radiographs left hand 13/07/2026 and intra-operative fluoroscopy.

**Clinical summary:** 21-year-old Dutch exchange student at the University of Sheffield. Admitted from the Hand Trauma Clinic for fixation. Uneventful post-operative course.

**Medications on discharge:** Paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS PRN with food.

**Actions for GP:** None. Follow-up in Hand Trauma Clinic in 1 week for wound check and hand therapy referral; K-wires to be removed at 4 weeks in clinic.

**Information given to patient:** Yes - K-wire care leaflet.

Electronically signed: Dr Hannah Ross, FY2 Plastic Surgery, 15/07/2026 11:40
''',
    label=lab(['correspondence'], '2026-07-15', 'specialist', 'NHS electronic discharge notification as DOCX grid table',
              'yes', 'yes', 'yes', 'Procedure only named in one line without operator or description: correspondence only, but operated = yes; injury date 12/07 and admission 13/07')))

# ---------------------------------------------------------------- 037 Manchester X-ray report (txt)
DOCS.append(dict(stem='ab-037-manchester-xray-scaphoid', fmt='txt',
    body='''
MANCHESTER UNIVERSITY NHS FOUNDATION TRUST
Department of Radiology - Manchester Royal Infirmary
Oxford Road, Manchester M13 9WL

--------------------------------------------------------------------
Patient:        MOLENAAR, Roos           Sex: F
DOB:            30/06/1992               NHS No: 455 019 3382
Exam:           XR Wrist Right (scaphoid series, 4 views)
Exam date:      04/12/2025   Accession: RX25120418877
Referrer:       Emergency Department MRI - Dr S Bhatt
Reported:       05/12/2025 09:12
--------------------------------------------------------------------

Clinical details: Fall off e-scooter. Anatomical snuffbox tenderness. ?scaphoid #

Report:
No acute fracture is demonstrated. In particular, the scaphoid is intact on all four views, though an occult fracture cannot be excluded radiographically. Carpal alignment and joint spaces are preserved. Soft tissue swelling over the radial aspect of the wrist.

Conclusion: No radiographic evidence of fracture. If clinical suspicion of scaphoid fracture persists, suggest repeat imaging or MRI in 10-14 days as per scaphoid pathway.

Reported by: Dr Fiona McAllister, Consultant Radiologist
''',
    label=lab(['imaging-report'], '2025-12-05', 'radiologist', 'NHS radiology report plain text, exam date vs report date',
              'yes', 'unmentioned', 'yes', 'Exam 04/12/2025, reported 05/12/2025; "ED MRI" = Manchester Royal Infirmary not an MRI scan; MRI only suggested',
              also_dates=['2025-12-04'])))

# ---------------------------------------------------------------- 038 Royal Free MRI wrist (canvas)
DOCS.append(dict(stem='ab-038-royalfree-mri-wrist-sl', fmt='canvas', font='helv', size=9.5, value_x=40,
    head={'org': 'Royal Free Hospital - Imaging Department', 'lines': ['Royal Free London NHS Foundation Trust', 'Pond Street, London NW3 2QG']},
    footer='CONFIDENTIAL - Royal Free Imaging - page {p}',
    body='''
F: Name | Pieter SCHOUTEN
F: DOB | 14/04/1979
F: NHS no | 699 120 4471
F: Examination | MRI RIGHT WRIST (non-contrast)
F: Date of exam | 19 January 2026
F: Requested by | Mr O Pennington, Plastic Surgery

CLINICAL HISTORY: Fell off bicycle 3 months ago. Persistent dorsal wrist pain and clunk. ?SL ligament injury.

FINDINGS:
There is a full thickness tear of the dorsal and membranous components of the scapholunate ligament with widening of the scapholunate interval to 4 mm. The lunate is mildly dorsiflexed (DISI configuration). No scaphoid fracture or bone marrow oedema to suggest occult fracture. Cartilage of the radioscaphoid joint is preserved. TFCC is intact. Small dorsal ganglion (6 mm) arising from the SL interval. Tendons normal.

IMPRESSION:
1. Complete scapholunate ligament tear with early DISI.
2. No arthritis.

Dr Miriam Goldberg, Consultant Musculoskeletal Radiologist
Verified 20/01/2026
''',
    label=lab(['imaging-report'], '2026-01-19', 'radiologist', 'NHS MRI report, canvas, long date format exam date and verified date',
              'yes', 'unmentioned', 'yes', 'Exam 19 January 2026, verified 20/01/2026; requester department Plastic Surgery',
              also_dates=['2026-01-20'])))

# ---------------------------------------------------------------- 039 Leeds ultrasound (docx)
DOCS.append(dict(stem='ab-039-leeds-ultrasound-finger-lump', fmt='docx', font='helv',
    head={'org': 'Leeds Teaching Hospitals NHS Trust', 'lines': ['Radiology - Chapel Allerton Hospital, Chapeltown Road, Leeds LS7 4SA']},
    body='''
**ULTRASOUND REPORT**

Patient: Mrs Anouk Brouwer    DOB: 11.11.1966    NHS: 402 837 1190
Examination: US soft tissue - left index finger
Date of examination: 22 April 2026
Referring clinician: Dr J Whitaker (GP), Moortown Surgery

Clinical information: Slow-growing firm lump volar aspect left index finger over 1 year. ?ganglion ?GCTTS

Findings: 14 x 7 x 6 mm solid, well-defined, hypoechoic lesion lying volar to and partly wrapping around the flexor tendon sheath at the level of the middle phalanx. Internal vascularity on colour Doppler. It does not move with the tendon. No cystic component. Underlying cortex intact.

Opinion: Appearances are most in keeping with a giant cell tumour of the tendon sheath. Referral to hand surgery recommended; MRI can be performed if surgical planning requires.

Reported by Dr Sunil Varma, Consultant Radiologist, 22.04.2026
''',
    label=lab(['imaging-report'], '2026-04-22', 'radiologist', 'NHS ultrasound report, docx prose lines, no letterhead logo',
              'yes', 'unmentioned', 'yes', 'Requested by a GP at "Moortown Surgery" (GP practice, not an operation); MRI and surgery only suggested; examined at a UK hospital')))

# ---------------------------------------------------------------- 040 UK GP referral (html)
DOCS.append(dict(stem='ab-040-riverside-surgery-referral', fmt='html', font='helv', size=10,
    head={'org': 'Riverside Surgery', 'lines': ['Dr A. Marsh - Dr K. Iqbal - Dr S. Fenwick', '18 Cumberland Road, Bristol BS1 6UX',
                                               'Tel 0117 926 4410 - nhs.net: riverside.surgery@nhs.net'],
          'right': ['Practice code L81099', '19 November 2026']},
    body='''
L: Secretariaat Handchirurgie / Second opinion
L: Handkliniek Zuidwest
L: The Netherlands

L: Dear Colleague,

L: **Re: Mrs Charlotte Vermeulen-Price, DOB 06 Aug 1974, NHS No 549 302 8816**
L: 22 Cumberland Close, Bristol BS1 6XA

I would be grateful if you would see this 52-year-old lady, a Dutch national who has lived in Bristol for twenty years and is moving back to Eindhoven in January, for a second opinion regarding her ongoing left wrist pain.

**Question:** Is there anything further that can be offered surgically for her persistent ulnar-sided wrist pain after distal radius fixation, for example an ulnar shortening osteotomy as was mentioned to her, or should she be managed conservatively?

**History of presenting complaint:** She sustained a left distal radius fracture in a fall in October 2024 which was fixed with a volar plate at Southmead Hospital (North Bristol NHS Trust) on 21/10/2024. The plate was removed in September 2025 because of flexor tendon irritation. Since then she has had ulnar-sided pain on gripping and turning keys. An MRI at Southmead in June 2026 reportedly showed ulnar impaction and a central TFCC perforation. She has been seen in the Southmead hand clinic (Mr Dunstan), who discussed an ulnar shortening osteotomy but she has not yet decided.

**Past medical history:** Asthma (mild). Hypothyroidism. Laparoscopic appendicectomy 1998.
**Recent treatment:** Steroid injection into the ulnocarpal joint 08/2026 (short-lived benefit); hand therapy Jan-Mar 2026; wrist splint.
**Medication:** Levothyroxine 100 mcg OD, salbutamol inhaler PRN, Clenil 100 mcg 2 puffs BD.
**Allergies:** NKDA.
**Social:** Works as a primary school teacher. Non-smoker.

Copies of the Southmead clinic letters and MRI report are enclosed. She has requested the images on disc from the hospital.

Yours sincerely,

L: Dr Katherine Iqbal
L: GP Partner
''',
    label=lab(['referral', 'history'], '2026-11-19', 'gp', 'UK GP referral from a "Surgery" with history sections, HTML->PDF',
              'yes', 'yes', 'yes', 'The practice is called Surgery (GP practice); asks second opinion with explicit Question; prior ORIF and plate removal in a UK hospital; enclosures mentioned; appendicectomy is another operation',
              referral_question=True)))

# ---------------------------------------------------------------- 041 UK GP summary printout (txt)
DOCS.append(dict(stem='ab-041-gp-summary-printout-emis', fmt='txt',
    body='''
PATIENT SUMMARY                                        Printed: 24-Nov-2026 10:41 by SFenwick
Polwithen Surgery, Trevithick Road, Camborne TR14 8AA     Tel 01209 712 880

Name: Mr Joost VAN LEEUWEN            DOB: 03-Jan-1949 (77y)      Sex: Male
NHS No: 417 228 9030                  Usual GP: Dr S Fenwick
Address: 7 Harbour View, Hayle, Cornwall TR27 4BL

ACTIVE PROBLEMS
  14-Feb-2025   Osteoarthritis of thumb CMC joint, bilateral
  02-Sep-2024   Dupuytren's contracture - left
  11-May-2019   Atrial fibrillation
  11-May-2019   Hypertension
  23-Jul-2016   Type 2 diabetes mellitus

SIGNIFICANT PAST PROBLEMS
  09-Nov-2021   Carpal tunnel decompression - right (Royal Cornwall Hospital, Treliske)
  30-Mar-2018   Fractured neck of femur - left, hemiarthroplasty
  1985          Appendicectomy

CURRENT MEDICATION (repeat)
  Apixaban 5mg tablets           1 BD
  Bisoprolol 2.5mg tablets       1 OD
  Metformin 500mg tablets        2 BD
  Ramipril 5mg capsules          1 OD
  Paracetamol 500mg tablets      2 QDS PRN

ALLERGIES
  No known drug allergies

RECENT CONSULTATIONS
  18-Nov-2026  Dr S Fenwick (Surgery consultation)
      History: Moving to the Netherlands (Zeeland) in Dec to live near son. Wants copy of records. Asks about
               second opinion for L hand contracture in NL.
      Plan: Summary printed for patient. Advised to register with Dutch GP (huisarts) who can refer.
  07-Oct-2026  Dr K Iqbal (Telephone)
      History: L ring finger more bent, difficulty putting hand in pocket.
      Examination: (photo) MCP ~40 deg, PIP ~30 deg flexion contracture L ring finger.
      Plan: Routine referral to hand surgery declined by patient as moving abroad.
  12-Jun-2026  Nurse B Penrose (Surgery consultation)
      Diabetic review. HbA1c 54. Foot check normal.
  03-Mar-2026  Dr S Fenwick (Surgery consultation)
      History: Bilateral thumb base pain, worse R.
      Examination: Positive grind test bilaterally.
      Plan: Steroid injection R thumb CMC joint (methylpred 40mg + lidocaine). Thumb splints.
  14-Feb-2025  Letter from Royal Cornwall Hospital - X-ray both hands: moderate CMC OA bilaterally, STT joints spared.
  02-Sep-2024  Dr K Iqbal (Surgery consultation)
      History: Lump in L palm. Examination: Nodule and cord L ring ray, no contracture yet. Plan: Watch and wait.

INVESTIGATIONS (last 12 months)
  12-Jun-2026  HbA1c 54 mmol/mol
  12-Jun-2026  eGFR 68
  12-Jun-2026  Urine ACR 1.2

IMMUNISATIONS
  Oct-2026 Influenza; Oct-2026 COVID-19 booster

--- End of summary ---   Page 1 of 1
''',
    label=lab(['history'], '2026-11-24', 'gp', 'UK GP summary printout (EMIS-like), plain text',
              'yes', 'yes', 'yes', 'Print date is the document date; many history dates; past CTD in a UK hospital counts as hand operation and treatment abroad; "Surgery consultation" means GP visit; Dupuytren referral declined')))

# ---------------------------------------------------------------- 042 MRSA screen UK (pdf)
DOCS.append(dict(stem='ab-042-sussex-mrsa-screen', fmt='pdf', font='helv', size=9, colw=[0.25, 0.2, 0.35, 0.2],
    head={'org': 'University Hospitals Sussex NHS Foundation Trust', 'lines': ['Pathology - Microbiology, Royal Sussex County Hospital', 'Eastern Road, Brighton BN2 5BE - Lab enquiries 01273 696955 ext 64380']},
    footer='Final report - UHSussex Pathology - Page {p} of {n}',
    body='''
# MICROBIOLOGY REPORT
F: Patient | KUIPERS, Bram
F: DOB / Sex | 15/05/1988 / M
F: Hospital No. | K3309127
F: NHS No. | 730 448 2196
F: Location | Level 8A Trauma & Orthopaedics (inpatient)
F: Requesting clinician | Mr H Osei
F: Lab no. | M26.0194472
F: Collected | 02/11/2026 08:30
F: Received | 02/11/2026 11:02
F: Reported | 04/11/2026 15:47

T: Specimen | Test | Result | Comment
T: Nose swab | MRSA screen | MRSA NOT isolated | Culture
T: Groin swab | MRSA screen | MRSA NOT isolated | Culture
T: Wound swab (L hand) | MRSA screen | MRSA NOT isolated | Mixed skin flora only

No MRSA isolated from the specimens submitted.

L: Authorised by: Dr L Gallagher, Consultant Microbiologist
''',
    label=lab(['mrsa-screening'], '2026-11-04', 'lab', 'NHS microbiology MRSA screen report with table',
              'unmentioned', 'unmentioned', 'yes', 'Inpatient ward location in a UK hospital; collected/received/reported dates; wound swab of left hand mentions no operation')))

# ---------------------------------------------------------------- 043 letter to patient post-op (pdf)
DOCS.append(dict(stem='ab-043-norfolk-letter-to-patient-postop', fmt='pdf', font='helv', size=10.5,
    head={'org': 'Norfolk and Norwich University Hospitals', 'lines': ['NHS Foundation Trust', 'Colney Lane, Norwich NR4 7UY'],
          'right': ['Plastic Surgery Department', 'Tel: 01603 286286', '', 'Clinic date: 27 August 2026', 'Typed: 1 September 2026']},
    footer='NNUH - Page {p} of {n}',
    body='''
L: Mrs Ingrid Postma
L: 3 Mill Lane
L: Wymondham NR18 0PT

L: **Hospital number:** 2604471   **NHS number:** 581 003 9927   **DOB:** 28/12/1960

Dear Mrs Postma,

I am writing to you after we met in the hand clinic today, following your operation on your left thumb. I am sending a copy of this letter to your GP, Dr Cartwright at Wymondham Medical Centre.

**What we found:** It is now 12 weeks since your trapeziectomy (removal of the small bone at the base of your thumb) on 4 June 2026. Your wound has healed well and the swelling has settled. You can pinch and grip reasonably well, and the pain at the base of your thumb is much less than before the operation. The X-ray we took today shows the space where the bone was removed and the thumb in a good position.

**What happens next:** Please continue the exercises the hand therapists gave you for another six weeks. You can go back to gardening gradually. You do not need another appointment with us, but if you have problems in the next six months you can contact my secretary and we will see you again.

**Your other hand:** You mentioned some aching in your right thumb. At the moment this does not need any treatment other than a splint when it is sore. We did not talk about surgery on that side today.

Yours sincerely,

L: Miss Deborah Nwosu
L: Consultant Plastic and Hand Surgeon

L: cc: Dr M Cartwright, Wymondham Medical Centre, Postmill Close, Wymondham NR18 0RF
''',
    label=lab(['correspondence'], '2026-08-27', 'specialist', 'NHS "writing to patients" clinic letter, addressed to the patient, copy to GP',
              'yes', 'yes', 'yes', 'Letter addressed to the patient, not a patient letter; clinic date 27 Aug, typed 1 Sep; past operation 4 June 2026; nationality not stated',
              also_dates=['2026-09-01'])))

# ---------------------------------------------------------------- 044 hand therapy letter (docx)
DOCS.append(dict(stem='ab-044-salisbury-hand-therapy-letter', fmt='docx', font='helv',
    head={'org': 'Salisbury NHS Foundation Trust', 'lines': ['Hand Therapy Service - Therapies Department', 'Salisbury District Hospital, Odstock Road, Salisbury SP2 8BJ']},
    body='''
R: 30/09/2026

L: Dr R. Hollis
L: Harcourt Medical Centre
L: Crane Bridge Road, Salisbury SP2 7TD

**Hand Therapy Discharge Report**
Patient: Mr Lars JONKER   DOB 05/07/1995   NHS No 618 774 2025

Dear Dr Hollis,

Mr Jonker attended hand therapy for 10 sessions between 21/07/2026 and 29/09/2026 following repair of the extensor tendon (zone VI) of his right middle finger performed by Mr Bhandari (Plastic Surgery) on 14/07/2026 after a glass injury.

He followed a relative motion extension splint protocol for 6 weeks. At discharge: full composite fist, extension lag at MCP 5 degrees, grip strength R 38 kg / L 44 kg. QuickDASH 9. He has returned to his work as a chef.

He has a home exercise programme and has been discharged from hand therapy. He tells us he is returning to the Netherlands next month; we have given him a copy of this report.

Kind regards,

Emma Radcliffe
Clinical Specialist Occupational Therapist (Hands)
''',
    label=lab([], '2026-09-30', 'other', 'NHS hand therapy discharge report (therapist letter), docx',
              'unmentioned', 'yes', 'yes', 'Therapist letter is none of the kinds although it describes a hand operation; therapy was given in a UK hospital')))

# ---------------------------------------------------------------- 045 merged Royal Free clinic letter + X-ray
DOCS.append(dict(stem='ab-045-royalfree-letter-and-xray', fmt='pdf', font='helv', size=10,
    footer='Scanned documents - Vos E - page {p} of {n}',
    parts=[dict(head=dict(RF, right=['Hand Surgery Clinic', 'Consultant: Mr Oliver Pennington']), body='''
L: 16 June 2026

L: Dr B Ahmed
L: Hampstead Group Practice, 75 Fleet Road, London NW3 2QU

L: Dear Dr Ahmed

L: **Re: Ms Esther VOS, DOB 21/09/1990, NHS No 633 981 2740**

**Diagnosis:** Malunited fracture of the right 4th metacarpal neck with extensor lag; no scissoring.
**Plan:** Conservative. Hand therapy referral. Review in 3 months.
**Outcome:** Follow-up appointment.

Thank you for referring Ms Vos, who punched a wall in March 2026 and was treated at a walk-in centre with buddy strapping. She has a prominent knuckle and 10 degrees of extensor lag but grips well and has no rotational deformity. Today's radiographs (report attached) show union with 35 degrees of volar angulation. I explained that a corrective osteotomy is possible but not indicated at present as function is good. She has had no surgery and was not keen on it in any case.

Yours sincerely

L: Mr Oliver Pennington, Consultant Plastic and Hand Surgeon
'''),
           dict(head={'org': 'Royal Free Hospital - Radiology', 'lines': ['Pond Street, London NW3 2QG']}, body='''
F: Patient | VOS, Esther   DOB 21/09/1990
F: Exam | XR HAND RIGHT (2 views)
F: Exam date | 16/06/2026
F: Referrer | Mr O Pennington, Hand Clinic

Report: United fracture of the neck of the right fourth metacarpal with approximately 35 degrees of volar angulation of the head. No rotational malalignment evident. Joint spaces preserved. No other abnormality.

L: Dr P. Srinivasan, Consultant Radiologist, 16/06/2026
''')],
    body='',
    label=lab(['correspondence', 'imaging-report'], '2026-06-16', 'specialist', 'merged scanned-style PDF: NHS clinic letter + X-ray report',
              'yes', 'no', 'yes', 'Two documents in one file; "report attached"; osteotomy possible but not indicated; treated with buddy strapping only',
              parts=[dict(kinds=['correspondence'], date='2026-06-16', author='specialist'),
                     dict(kinds=['imaging-report'], date='2026-06-16', author='radiologist')])))

# ---------------------------------------------------------------- 046 A&E discharge letter (canvas)
DOCS.append(dict(stem='ab-046-stmarys-ed-discharge-letter', fmt='canvas', font='helv', size=9, value_x=45,
    head={'org': 'Imperial College Healthcare NHS Trust', 'lines': ["St Mary's Hospital Emergency Department", 'Praed Street, London W2 1NY - 020 3312 6666'],
          'right': ['ED DISCHARGE LETTER', 'Attendance no. 26SM0931822']},
    body='''
F: Patient | Noor EL AMRANI
F: Date of birth | 08/10/1999
F: Address | Leidsestraat 54-2, 1017 PB Amsterdam, NETHERLANDS
F: NHS number | -
F: Arrival | 31/10/2026 23:48 (self-presented)
F: Discharged | 01/11/2026 03:15
F: Seen by | Dr T Oyelaran, ED Registrar
F: GP | Not registered in UK

PRESENTING COMPLAINT: Fall on outstretched right hand on wet pavement, Paddington.

EXAMINATION: Swelling dorsal R wrist, tender distal radius, snuffbox non-tender. NVI.

INVESTIGATIONS: XR right wrist - buckle fracture of the distal radius, no displacement (verbal report from radiology registrar).

DIAGNOSIS: Non-displaced torus (buckle) fracture distal radius, right.

TREATMENT: Removable wrist splint. Analgesia advice. Information leaflet given.

FOLLOW-UP: Virtual fracture clinic will review the X-rays; as she is flying home to Amsterdam on 02/11/2026, advised to see her own GP (huisarts) within 1 week. No operation required.

Signed: Dr T Oyelaran   01/11/2026
''',
    label=lab(['correspondence'], '2026-11-01', 'specialist', 'NHS ED discharge letter, canvas two-column with all-caps section labels',
              'yes', 'no', 'yes', 'Arrival 31/10 before midnight, letter 01/11; Dutch tourist at London ED; "No operation required"',
              also_dates=['2026-10-31'])))

# ---------------------------------------------------------------- 047 undated clinic letter (txt)
DOCS.append(dict(stem='ab-047-clinic-letter-undated-dequervain', fmt='txt',
    body='''
University Hospitals of Derby and Burton NHS Foundation Trust
Royal Derby Hospital - Orthopaedic Hand Clinic
Uttoxeter Road, Derby DE22 3NE

Date dictated:
Date typed:
*** DICTATED BUT NOT CHECKED ***

Dr F Hussain
Vernon Street Medical Centre
13 Vernon Street, Derby DE1 1FW

Dear Dr Hussain

Re: Mrs Margriet OTTEN   DOB 19/02/1988   NHS 401 556 7782

Diagnosis: Left De Quervain's tenosynovitis (post-partum)

Plan: Steroid injection given today into the first extensor compartment (40 mg Depo-Medrone + 1 ml 1% lidocaine). Thumb spica splint. Review 8 weeks, surgical release if symptoms persist.

Thank you for referring this 38-year-old lady, 5 months after the birth of her second child (caesarean section), with radial-sided left wrist pain on lifting the baby. Finkelstein's test is strongly positive. There is no triggering and no CMC joint tenderness. She has not had any surgery to the hand or wrist and no imaging has been done; I did not feel an X-ray was necessary.

After discussing the risks (skin depigmentation, fat atrophy, tendon rupture) she consented to the injection, which was performed under aseptic technique without complication.

Yours sincerely

Mr G Thorne
Consultant Orthopaedic Surgeon
''',
    label=lab(['correspondence'], None, 'specialist', 'NHS clinic letter with blank dictated/typed date fields, plain text',
              'no', 'no', 'yes', 'Undated (date fields empty); surgical release only a conditional plan; caesarean section is another operation; injection given at UK hospital clinic')))

# ---------------------------------------------------------------- 048 Addenbrooke's CT (html)
DOCS.append(dict(stem='ab-048-addenbrookes-ct-wrist', fmt='html', font='helv', size=10,
    head={'org': 'Cambridge University Hospitals NHS Foundation Trust', 'lines': ["Addenbrooke's Hospital - Department of Radiology", 'Hills Road, Cambridge CB2 0QQ']},
    body='''
F: Patient | Mr Jasper VAN DER MEER
F: DOB | 07/07/1963
F: MRN / NHS | 5520193 / 944 120 6635
F: Exam | CT Left Wrist
F: Date | 2 November 2026
F: Referrer | Fracture Clinic (Mr Lowe)

**Clinical indication:** Fall from ladder 6 weeks ago. Scaphoid fracture on initial films treated in cast. Assess union before cast removal.

**Comparison:** Radiographs 21/09/2026.

**Findings:** Waist of scaphoid fracture with bridging trabeculae across approximately 60% of the fracture on sagittal and coronal reformats, consistent with progressing union. No displacement, no humpback deformity. No avascular changes of the proximal pole. Remaining carpal bones intact. Mild STT osteoarthritis.

**Conclusion:** Partially united scaphoid waist fracture (approximately 60% bridging). No displacement.

Reported by Dr Eleanor Whitby, Consultant Radiologist - 2 November 2026
''',
    label=lab(['imaging-report'], '2026-11-02', 'radiologist', 'NHS CT report without title, HTML->PDF',
              'yes', 'unmentioned', 'yes', 'No title; earlier radiograph date; cast treatment mentioned but no statement about surgery',
              )))

# ---------------------------------------------------------------- 049 private hospital letter (docx)
DOCS.append(dict(stem='ab-049-londonclinic-private-letter', fmt='docx', font='serif', size=10.5,
    head={'org': 'The London Clinic', 'lines': ['Consulting rooms of Mr Rupert Hale-Bramwell MB BS FRCS (Tr&Orth)', '5 Devonshire Place, London W1G 6HL - T 020 7935 4444 - GMC 4412210']},
    body='''
L: 14th July 2026

L: Private and Confidential
L: Dr S Winterbourne
L: Marylebone Health Centre, 17 Marylebone Road, London NW1 5LT

Dear Sarah

**Daan ROOSENDAAL, 45 Weymouth Street, London W1G 8NP - DOB 12.06.1980**

Thank you for asking me to see Daan, a Dutch banker who has been troubled by pain on the ulnar side of his right wrist since a skiing fall in Verbier in February 2026. He was not seen by a doctor in Switzerland and has managed with a brace and ibuprofen.

He is tender over the ECU tendon and the fovea, with a positive ulnocarpal stress test. The DRUJ is stable.

I arranged an MRI arthrogram here, which was performed on 10 July 2026 and shows a partial-thickness tear of the ECU subsheath with tendinopathy and a small central TFCC perforation, with no instability.

He has not had any surgical treatment and I do not think it is needed at present. I have recommended a 6-week course of splinting in a wrist brace with ulnar support and a structured programme with hand therapy. If things do not settle, an ultrasound-guided injection would be the next step, and surgical stabilisation of the ECU would only be considered as a last resort.

He will be spending much of next year in Amsterdam and asked whether he could be followed up there; I have no objection and have given him a copy of the MRI report and disc.

With kind regards

Yours sincerely

Rupert Hale-Bramwell
Consultant Orthopaedic Hand and Wrist Surgeon
''',
    label=lab(['correspondence'], '2026-07-14', 'specialist', 'UK private consultant letter, first-name salutation, ordinal date',
              'yes', 'no', 'yes', 'Private London hospital (treated abroad yes); ski fall in Switzerland without care there; "has not had any surgical treatment"; surgery only as last resort')))

# ---------------------------------------------------------------- 050 Operation note CTD (docx table)
DOCS.append(dict(stem='ab-050-royaldevon-operation-note-ctd', fmt='docx', font='helv', size=9.5,
    head={'org': 'Royal Devon University Healthcare NHS Foundation Trust', 'lines': ['Day Case Unit - Royal Devon and Exeter Hospital (Wonford), Barrack Road, Exeter EX2 5DW']},
    body='''
T: OPERATION NOTE | 
T: Patient: Saskia MEIJER | DOB: 23/05/1977
T: NHS No: 470 339 1852 | Hospital No: E2201883
T: Date: 28/01/2026 | Theatre: DCU 2
T: Surgeon: Mr Ian Carberry (Consultant) | Assistant: nil
T: Anaesthetic: LA (10 ml 1% lignocaine) | Tourniquet: arm, 250 mmHg, 9 min
T: Operation: Right open carpal tunnel decompression | Side: RIGHT (marked, WHO checklist complete)

**Indication:** Severe CTS on NCS with thenar wasting.

**Findings:** Thick transverse carpal ligament. Median nerve hourglass constriction with hyperaemia. Motor branch extraligamentous, intact.

**Procedure:** Longitudinal incision 3 cm in line with radial border of ring finger. Palmar fascia divided. TCL divided fully under direct vision from distal edge to antebrachial fascia. Nerve inspected, no further pathology. Tourniquet released, haemostasis. Skin 4/0 nylon interrupted. Melolin, wool and crepe.

**Post-op:** Elevate for 48 h. Remove dressing at 2 days, leave plaster. Sutures out at 10-14 days at GP practice nurse. No routine follow-up.

Signed: I Carberry
''',
    label=lab(['operation-report'], '2026-01-28', 'specialist', 'NHS operation note as DOCX grid table header + free text',
              'unmentioned', 'yes', 'yes', 'Title and date only inside table cells; "Date:" label in table')))

if __name__ == '__main__':
    build(DOCS)
