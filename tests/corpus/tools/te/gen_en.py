"""English documents (te-007, 021, 022, 023, 050, 051, 052, 053, 054, 055, 056, 057)."""
import os

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from common import (DOCS, styles, para, paras, kv_table, grid_table, build_pdf, make_numbered_canvas, logo,
                    text_lines, write_label, write_txt, new_docx, docx_header_footer, dpar, dblock, dtable)

PDF = lambda s: os.path.join(DOCS, s + ".pdf")
DOCX = lambda s: os.path.join(DOCS, s + ".docx")


def te007():
    d = new_docx("Arial", 10.5)
    docx_header_footer(d, ["**Wessex Vale NHS Foundation Trust**", "Hand and Upper Limb Unit, St Aldhelm's Hospital",
                           "Harnwood Lane, Salisbury SP2 9QQ   Tel: 01722 330 000"], header_align="right",
                       footer_text="Please quote the hospital number on all correspondence", page_fmt=("Page ", " of "))
    dblock(d, """Consultant: Mr J. R. Holloway FRCS (Plast)
Secretary: 01722 330 418
Clinic date: 11/11/2025
Typed: 14 November 2025

Dr S. Patel
Harnham Road Surgery
12 Harnham Road
Salisbury SP2 8JQ

Dear Dr Patel

**Re: Mrs Helen VOS (née Carter)   DOB 02/05/1968   NHS No 485 777 3456   Hosp No SA0419827**
14 Pembroke Close, Salisbury SP1 3RT

**Diagnosis:**
1. Recurrent right carpal tunnel syndrome, 6 years after open carpal tunnel decompression (this unit, March 2019)
2. Left thumb basal joint osteoarthritis, Eaton II

**Outcome:** Discharged to GP - patient relocating to the Netherlands

I reviewed Mrs Vos in the hand clinic with the results of her investigations. As you know, she had an uncomplicated right carpal tunnel decompression here in 2019 with complete resolution of symptoms. Over the last year she has developed recurrent night-time paraesthesia in the right radial three digits and scar-related pain on gripping.

Nerve conduction studies on 21/10/2025 show moderate to severe right median neuropathy at the wrist, worse than the pre-operative study of 2018. A high-resolution ultrasound on 03/10/2025 showed an enlarged median nerve at the carpal tunnel inlet (CSA 15 mm²) with the nerve tethered to the overlying scar, but no space-occupying lesion.

On examination there is a well-healed palmar scar with a positive Tinel's sign over it, Durkan's test is positive at 15 seconds, and there is mild thenar wasting. Two-point discrimination is 7 mm in the index finger. The left thumb base is tender with a positive grind test.

I have discussed revision carpal tunnel release with neurolysis and a hypothenar fat pad flap, and I explained that the results of revision surgery are less predictable than those of a primary release. Mrs Vos and her husband are moving to Utrecht in January 2026 and she would prefer to have any further surgery there, close to family. I think that is entirely reasonable. I have given her copies of the nerve conduction and ultrasound reports and of this letter, and I would be grateful if her new GP could refer her to a hand surgeon in the Netherlands.

For the left thumb she is managing well with a soft splint and does not want any intervention.

Yours sincerely



Mr James Holloway
Consultant Plastic and Hand Surgeon

cc: Mrs H. Vos (patient)""")
    d.save(DOCX("te-007"))
    write_label("te-007", ["correspondence"], "specialist", "en", "NHS clinic letter (Word), diagnosis/outcome headings",
                "yes", "yes", "yes", date="2025-11-14", also_dates=["2025-11-11"],
                notes="UK hospital letter about its own patient (treated abroad from the Dutch clinic's view); earlier "
                      "release in 2019 = operated yes; revision only discussed; clinic date vs typed date; 'Mr' "
                      "title for surgeon.")


def te021():
    text = """KINGS MEADOW SURGERY
Meadow Lane, Nottingham NG2 3HS          Tel 0115 986 4400
---------------------------------------------------------------------------
PATIENT SUMMARY                                  Printed: 09-Jan-2026 11:32
                                                 Printed by: Reception (JT)
Name:     OKAFOR, Thomas Chidi (Mr)
DOB:      19-Aug-1985      NHS No: 943 210 5588     Usual GP: Dr E. Marsh
Address:  22 Trent Bridge Mews, Nottingham NG2 6DQ
---------------------------------------------------------------------------
ACTIVE PROBLEMS
  14-Nov-2024   Trigger finger - right ring finger
  03-May-2010   Asthma

SIGNIFICANT PAST PROBLEMS
  13-Mar-2025   Trigger finger release - right ring finger
                (day case, Royal Mercia Hospital, Mr A. Sandhu)
  11-Jun-2003   Fracture of clavicle - left (conservative)
  1992          Tonsillectomy

MINOR PAST PROBLEMS
  Jan-2023      Lateral epicondylitis right - resolved
  Aug-2019      Gastroenteritis

CURRENT MEDICATION (repeat)
  Clenil Modulite 100mcg/dose inhaler     2 puffs twice a day
  Salbutamol 100mcg/dose inhaler          2 puffs when required
  Naproxen 500mg tablets                  1 twice a day with food (acute, Dec-2025)

ALLERGIES / SENSITIVITIES
  No known drug allergies

RECENT CONSULTATIONS
  08-Jan-2026  Dr E. Marsh (face to face)
    History: Moving to Rotterdam with work in February. Requests summary for
    new GP. Rigth ring finger still stiff since release last March, cannot
    make full fist, occasional catching of the middle finger now.
    Examination: Healed scar at distal palmar crease. PIP flexion contracture
    ring finger 20 deg, fixed flexion on passive extension. Tender nodule A1
    middle finger, no triggering today.
    Plan: Summary printed for patient. Advised to register with GP in NL and
    ask for referral to hand surgeon there. Naproxen continued.

  02-Dec-2025  Dr P. Gill (telephone)
    Stiff finger after op, hand therapy finished in Sept. Naproxen 2/52.

  21-Apr-2025  Letter from Royal Mercia Hospital, hand clinic
    Post-op review: wound healed, full extension, hand therapy referral.

  13-Mar-2025  Letter from Royal Mercia Hospital - operation
    Right ring finger A1 pulley release under local anaesthetic. Uncomplicated.

  02-Jan-2025  X-ray right hand (Royal Mercia Radiology)
    No bony abnormality. Soft tissues unremarkable.

  14-Nov-2024  Dr E. Marsh
    Locking R ring finger 3 months. Steroid injection given. Refer hand
    surgery if recurs.

---------------------------------------------------------------------------
This summary was produced from the practice clinical system. It may not be
complete. Page 1 of 1
"""
    write_txt("te-021", text)
    write_label("te-021", ["history"], "gp", "en", "UK GP practice patient summary (EMIS-like), plain text",
                "yes", "yes", "yes", date="2026-01-09",
                notes="UK GP record: trigger finger release at a UK hospital (operated and treated abroad from NL "
                      "perspective); tonsillectomy and clavicle fracture unrelated; dates as 09-Jan-2026; X-ray with "
                      "negated findings.")


def te022():
    d = new_docx("Calibri", 10)
    docx_header_footer(d, ["**Northfield General Hospital**", "Mid-Pennine Hospitals NHS Trust"],
                       footer_text="OPERATION NOTE - printed from theatre system", page_fmt=("Page ", " of "))
    dpar(d, "OPERATION NOTE", bold=True, size=14)
    dtable(d, [["Patient", "VAN DALEN, Joris", "Hosp No", "NG7781203"],
               ["DOB", "07/04/1998", "NHS No", "not registered (overseas student)"],
               ["Date", "21/10/2025", "Theatre", "Theatre 3 (Trauma)"],
               ["Surgeon", "Mr K. Osei, Consultant Hand Surgeon", "Assistant", "Dr L. Fairclough, ST5"],
               ["Anaesthetist", "Dr M. Iqbal", "Anaesthetic", "GA + LA infiltration"],
               ["Tourniquet", "Upper arm, 250 mmHg, 48 min", "Antibiotics", "Cefuroxime 1.5 g at induction"]],
           widths_mm=(25, 60, 25, 60))
    dpar(d, "")
    dtable(d, [["Diagnosis", "Displaced fracture of the waist of the right scaphoid (fall from bicycle 15/10/2025). "
                             "CT 17/10/2025: 2 mm displacement, early humpback."],
               ["Procedure", "Open reduction and internal fixation right scaphoid, volar approach, headless compression "
                             "screw (Acutrak 2 mini, 24 mm)"],
               ["Findings", "Waist fracture with 2 mm gap and flexion deformity. No comminution. Cartilage of "
                            "radioscaphoid joint normal."],
               ["Procedure details", "WHO checklist. Supine, arm table, tourniquet. Volar approach between FCR and "
                                     "radial artery, capsulotomy, preserving the radioscaphocapitate ligament as far "
                                     "as possible. Fracture cleared of haematoma, reduced with joysticks and held with "
                                     "a derotational K-wire. Guide wire along the central axis, position confirmed on "
                                     "fluoroscopy in 4 views. Drilled, screw inserted with good compression. Final "
                                     "images satisfactory, screw fully buried. K-wire removed. Capsule repaired with "
                                     "2-0 Vicryl. Skin 4-0 Monocryl subcuticular."],
               ["Closure", "Subcuticular, Steri-Strips, Mepore. Below-elbow backslab."],
               ["Blood loss", "Minimal"],
               ["Complications", "None"],
               ["Post-op instructions", "Elevate. Analgesia. Discharge today if comfortable.\nFracture clinic 2 weeks: "
                                        "wound check, change to thermoplastic splint (hand therapy).\nX-ray at 6 weeks, "
                                        "CT at 10-12 weeks if union unclear.\nVTE: not required (low risk)."],
               ["Signed", "K. Osei  21/10/2025 16:40"]], widths_mm=(40, 130))
    d.save(DOCX("te-022"))
    write_label("te-022", ["operation-report"], "specialist", "en", "UK operation note form in Word tables",
                "yes", "yes", "yes", date="2025-10-21",
                notes="Operation note from a UK NHS hospital for a Dutch student (abroad); pre-op CT and intra-op "
                      "fluoroscopy count as imaging done; all content in table cells.")


def te023():
    st = styles("Sans", 9.5)

    def first(c, d):
        w, h = d.pagesize
        logo(c, 18 * mm, h - 28 * mm, "wave", (0.7, 0.55, 0.1), 16 * mm)
        text_lines(c, 38 * mm, h - 15 * mm, ["**Al Safa Specialist Hospital**", "Department of Radiology & Imaging",
                                             "Al Wasl Road, Jumeirah 2, P.O. Box 55718, Dubai, U.A.E.",
                                             "Tel +971 4 399 0000"], size=8.5)
        c.setFont("Sans", 7)
        c.drawString(18 * mm, 10 * mm, "This report has been electronically signed. Images are available on CD on "
                                       "request from Medical Records.")

    head = kv_table([["Patient Name", "HOOGENDIJK, FEMKE", "MRN", "ASH-0981245"],
                     ["DOB / Sex", "12-Apr-1993 / F", "Accession", "XR260102-0344"],
                     ["Referring Physician", "Dr. Rashid Al-Mansoori", "Department", "Emergency Department"],
                     ["Exam", "XR WRIST LEFT 3 VIEWS + SCAPHOID VIEW", "Exam Date", "02-Jan-2026 21:14"]],
                    st, widths=(35 * mm, 60 * mm, 25 * mm, 52 * mm), grid=True)
    body = """**CLINICAL HISTORY:** Fall from electric scooter onto outstretched left hand. Pain and swelling dorsal wrist. ? fracture.

**COMPARISON:** None.

**FINDINGS:**
No acute fracture or dislocation is identified. Specifically, no fracture of the scaphoid is seen on the dedicated scaphoid view; however, occult scaphoid fractures may not be visible on initial radiographs. The distal radius and ulna are intact. Carpal alignment is preserved; the scapholunate interval measures 2 mm. There is dorsal soft-tissue swelling. No radiopaque foreign body.

**IMPRESSION:**
1. No radiographic evidence of acute fracture.
2. Dorsal soft tissue swelling.
Recommend clinical correlation and repeat scaphoid views in 10-14 days, or MRI if clinical suspicion persists.

Reported by: Dr. Priya Nair, MD, Consultant Radiologist
Signed: 02-Jan-2026 22:05"""
    story = [Spacer(1, 22 * mm), para("RADIOLOGY REPORT", st["h"]), head, Spacer(1, 8)] + paras(body, st["n"])
    build_pdf(PDF("te-023"), story, first, first, margins=(18, 18, 20, 18))
    write_label("te-023", ["imaging-report"], "radiologist", "en", "Gulf private hospital radiology report",
                "yes", "unmentioned", "yes", date="2026-01-02",
                notes="X-ray done in a Dubai hospital emergency department (treated abroad); all findings negated; "
                      "repeat X-ray / MRI is a recommendation only.")


def te050():
    st = styles("Serif", 10)

    def first(c, d):
        w, h = d.pagesize
        c.setFont("Serif-Italic", 8)
        c.drawString(18 * mm, h - 10 * mm, "CERTIFIED TRANSLATION FROM SPANISH - page layout of the original "
                                           "reproduced as far as possible")
        logo(c, 18 * mm, h - 32 * mm, "circle", (0.0, 0.45, 0.4), 14 * mm)
        text_lines(c, 36 * mm, h - 20 * mm, ["**HOSPITAL VISTAMAR - TORREVIEJA**",
                                             "Department of Orthopaedic Surgery and Traumatology",
                                             "(Servicio de Cirugía Ortopédica y Traumatología)",
                                             "Avda. de las Salinas s/n, 03184 Torrevieja (Alicante) - Tel. +34 966 "
                                             "00 00 00"], font="Serif", size=8.5)

    num = make_numbered_canvas("Page {p} of {n}", font="Serif", size=8, align="center")
    head = kv_table([["Patient", "BOSMAN, HENDRIK (Mr)", "Clinical record no.", "1147720"],
                     ["Date of birth", "23/06/1949", "Passport", "NL - NX7K2F9Q1"],
                     ["Admission", "12/08/2025 (via Emergency Dept.)", "Discharge", "15/08/2025"],
                     ["Ward", "Traumatology, 3rd floor", "Attending", "Dr. J. Martínez Ortega"]],
                    st, widths=(28 * mm, 57 * mm, 35 * mm, 52 * mm), grid=True)
    body = """**DISCHARGE REPORT (INFORME DE ALTA)**

**Reason for admission:** Fall at home (holiday apartment) onto the outstretched left hand on 12/08/2025, with deformity and pain of the left wrist.

**Past medical history:** Hypertension. Type 2 diabetes on oral medication. Right total hip replacement (Netherlands, 2016). No known drug allergies.

**Examination:** "Dinner fork" deformity of the left wrist, skin intact, neurovascular status preserved.

**Complementary tests:** X-ray of the left wrist (12/08/2025): dorsally displaced extra-articular fracture of the distal radius with 30 degrees of dorsal angulation and ulnar styloid fracture. Blood tests and ECG: no relevant findings.

**Diagnosis:** Displaced extra-articular fracture of the left distal radius (AO 23-A3) with ulnar styloid fracture.

**SURGICAL PROCEDURE**
Date: 13/08/2025
Surgeon: Dr. J. Martínez Ortega. Assistant: Dr. L. Sáez Ferrer
Anaesthesia: ultrasound-guided axillary brachial plexus block
Procedure: Closed reduction under fluoroscopy and percutaneous fixation with three Kirschner wires (1.8 mm): two radial styloid wires and one intrafocal (Kapandji) dorsal wire. Satisfactory reduction confirmed in AP and lateral views. Wires bent and cut outside the skin. Padded dressing and below-elbow plaster backslab.
Incidents: none.

**Course:** Good post-operative course. Control X-ray satisfactory. Pain controlled with oral analgesia. Fingers well perfused.

**Treatment at discharge:** Paracetamol 1 g every 8 hours; metamizole 575 mg if pain; enoxaparin 40 mg s.c. daily for 10 days; usual medication.

**Recommendations:** Keep the arm elevated. Wound and pin-site care every 3-4 days. Follow-up with an orthopaedic surgeon in the home country: X-ray at 2 and 5 weeks and removal of the Kirschner wires at 5-6 weeks. Return to the Emergency Department in case of fever, increasing pain, numbness or discharge at the pin sites.

Torrevieja, 15/08/2025
Dr. J. Martínez Ortega - Collegiate no. 03/0412877

--------------------------------------------------------------------
Translator's statement: I, Laura Giménez Koops, sworn translator Spanish-English, certify that the above is a true and complete translation of the attached Spanish original. Valencia, 01/09/2025."""
    story = [Spacer(1, 26 * mm), head, Spacer(1, 8)] + paras(body, st["n"])
    build_pdf(PDF("te-050"), story, first, first, margins=(18, 18, 20, 20), numbering=num)
    write_label("te-050", ["correspondence", "operation-report"], "specialist", "en",
                "translated Spanish discharge report with surgical procedure section",
                "yes", "yes", "yes", date="2025-08-15", also_dates=["2025-09-01"],
                notes="Translated foreign discharge report (treated abroad) with a full surgical procedure section "
                      "(date, surgeon, anaesthesia, description); translation date differs from report date; hip "
                      "replacement in NL is another body part; wire removal is a plan.")


def te051():
    text = """KINGSBRIDGE UNIVERSITY HOSPITALS NHS TRUST
Department of Microbiology - Pathology Services
Tel 01865 220 5100 (results enquiries)
======================================================================
MICROBIOLOGY REPORT                                      FINAL REPORT
======================================================================
Patient   : VAN DER LINDE, Marieke             Sex: F
DOB       : 30/01/1964                         Hosp No: K2291046
NHS No    : -                                  Lab No : 25.M.0448812
Location  : Ward 12 (Trauma & Orthopaedics)
Consultant: Mr D. Whitcombe (T&O)
Collected : 04/11/2025 08:30                   Received: 04/11/2025 11:02
Reported  : 06/11/2025 09:45
----------------------------------------------------------------------
Clinical details:
  Inpatient admitted 03/11 via ED with left distal radius fracture.
  Admission MRSA screen. Overseas visitor (Netherlands).

Specimen 1 : Nose swab          MRSA screen
Specimen 2 : Groin swab         MRSA screen
Specimen 3 : Throat swab        MRSA screen

RESULT
  Specimen 1 : MRSA NOT isolated
  Specimen 2 : MRSA NOT isolated
  Specimen 3 : MRSA NOT isolated

Comment: Screened using chromogenic agar, 48 h incubation.

Authorised by: Dr R. Anand, Consultant Microbiologist   06/11/2025
======================================================================
"""
    write_txt("te-051", text)
    write_label("te-051", ["mrsa-screening"], "lab", "en", "NHS microbiology report, plain text",
                "unmentioned", "unmentioned", "yes", date="2025-11-06", also_dates=["2025-11-04"],
                notes="MRSA screen taken during an inpatient stay in a UK hospital (the document itself shows the "
                      "foreign admission); result negative but dated Nov 2025, likely too old for a 2026 intake.")


def te052():
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, ["**Amstel International GP Practice**", "Beethovenstraat 112, 1077 JV Amsterdam  |  "
                           "+31 20 675 32 10  |  AGB 01-079944"], page_fmt=("Page ", " of "))
    dblock(d, """To: Handkliniek Maasoever, hand and wrist surgery - second opinion clinic
Westzeedijk 210, 3016 AK Rotterdam

Date: 3 February 2026

**REFERRAL LETTER**

**Patient:** Mr Rahul Menon, born 05/09/1987
**Address:** Vondelstraat 88-II, 1054 GN Amsterdam
**BSN:** 2760 12 834   **Insurance:** VitaalZorg 60228190

Dear colleague,""")
    dtable(d, [["Reason for referral",
                "Painful, unstable right thumb MCP joint after a kitesurfing injury on 19/12/2025 in Cape Town. Pain "
                "when pinching (keys, writing); feels the thumb 'give way'."],
               ["Question",
                "Second opinion requested by the patient. The orthopaedic surgeon at Ziekenhuis Amstelland-West "
                "(20/01/2026) advised a further 6 weeks of splinting. Is there a complete UCL rupture / Stener lesion "
                "that needs surgical repair, or is continued conservative treatment appropriate?"],
               ["Relevant history",
                "- Asthma (mild)\n- Laparoscopic appendicectomy 2012\n- 19/12/2025: seen in the casualty department of "
                "Sea Point Medical Centre, Cape Town: X-ray showed a small avulsion fragment at the ulnar base of the "
                "proximal phalanx; thumb spica applied; no surgery was performed."],
               ["Recent treatment",
                "- 20/01/2026 orthopaedics Amstelland-West: laxity 35 degrees in 30 degrees of flexion, firm end point; "
                "thermoplastic splint via hand therapy\n- Ultrasound right thumb 27/01/2026: 'thickened, partially "
                "torn UCL, no clear Stener lesion'\n- Paracetamol, ibuprofen as needed"],
               ["Medication", "salbutamol inhaler as needed"],
               ["Allergies", "none known"]], widths_mm=(40, 130), bold_first_col=True)
    dblock(d, """
The X-ray report from Cape Town and the ultrasound report are attached. Many thanks for seeing him.

Kind regards,


Dr Claire Dubois-van Rijn
General practitioner (huisarts)""")
    d.save(DOCX("te-052"))
    write_label("te-052", ["referral", "history"], "gp", "en", "Dutch expat GP referral in English, fields in table",
                "yes", "no", "yes", date="2026-02-03", referral_question=True,
                notes="English referral from a Dutch GP; casualty care in Cape Town named by clinic and city = treated "
                      "abroad; 'no surgery was performed' = no; repair only asked; appendicectomy unrelated; has "
                      "Relevant history + Recent treatment.")


def te053():
    st = styles("Serif", 11.5, leading=15)
    body = """Jennifer Castellano
Laan van Meerdervoort 512
2563 BK The Hague
jen.castellano@examplemail.com

March 1, 2026

Handkliniek Maasoever
Attn: Second Opinion Team
Westzeedijk 210
3016 AK Rotterdam

Dear Doctor,

I am writing to ask whether your clinic could give me a second opinion about my left wrist. My Dutch GP, Dr. Mahabier, has agreed to send you a referral.

Some background: I am 44 and moved from Boston to The Hague for work in 2024. In 2022 I started having pain on the pinky side of my left wrist. After an MRI and a failed cortisone injection, I had an ulnar shortening osteotomy at the Back Bay Hand & Upper Extremity Center in Boston in February 2023 (Dr. Nathan Goldfarb). The plate was left in. My last MRI was done there in May 2024, shortly before I moved, and showed that the bone had healed.

Since last autumn I have had a lot of pain over the plate and a clicking feeling when I turn my wrist, for example when I use a screwdriver or carry grocery bags. My physiotherapist in The Hague thinks it might be the plate or a problem with the joint between the radius and ulna. I would like to know whether taking the plate out could help, or whether something else is going on.

I have my operative report and the MRI reports from Boston (in English) and can bring the images on a USB stick. Please let me know if you need anything else from me.

Thank you very much for your help.

Sincerely,

Jennifer Castellano
Date of birth: 07/19/1981"""
    story = paras(body, st["n"], gap=6)
    build_pdf(PDF("te-053"), story, None, None, pagesize=LETTER, margins=(25, 25, 25, 25))
    write_label("te-053", [], "patient", "en", "patient's own letter (US style, letter size)",
                "yes", "yes", "yes", date="2026-03-01",
                notes="Patient letter, not a referral; operation and MRI in a Boston clinic (abroad); US date format "
                      "for birth date 07/19/1981; plate removal is only asked about.")


def te054():
    text = """ST. BRENDAN'S UNIVERSITY HOSPITAL, GALWAY
Occupational Therapy Department - Hand Therapy Service
Tuam Road, Galway H91 R2X7       Tel: +353 91 544 000
------------------------------------------------------------------

HAND THERAPY DISCHARGE REPORT

Date: 18/12/2025
Patient: Ms Sanne Koster        DOB: 17/06/1997
MRN: 0776214                    Referred by: Emergency Department
Consultant: Ms N. Ó Conaill, Plastic Surgery

Diagnosis: Mallet finger, left middle finger (soft-tissue), injured
playing hockey 21/09/2025.

Background:
Seen in ED on 22/09/2025. X-ray showed no bony fragment and normal
joint alignment. Managed non-operatively in a custom thermoplastic
mallet splint, worn full time for 8 weeks, then weaned over 4 weeks.
No surgical intervention was required.

Treatment:
- 6 sessions: splint fabrication and adjustment, skin care, education
- Graded DIP flexion from week 8, night splint until week 12

Outcome at discharge:
- DIP extension lag 5 degrees (from 40 at presentation)
- DIP active flexion 0-60 degrees
- Full composite fist, no pain, grip equal to right
- Patient returning to the Netherlands in January 2026 after
  completing her studies.

Recommendations:
Continue night splint for 2 more weeks. No further follow-up
planned. Re-refer if lag increases.

Aoife Brennan
Senior Occupational Therapist (Hand Therapy)
CORU reg. OT0417726
------------------------------------------------------------------
"""
    write_txt("te-054", text)
    write_label("te-054", [], "other", "en", "Irish hospital hand therapy discharge report, plain text",
                "yes", "no", "yes", date="2025-12-18",
                notes="Hand therapy report (not specialist correspondence) from an Irish hospital that treated the "
                      "patient (ED and therapy) = abroad; 'No surgical intervention was required' = no; X-ray with "
                      "negated finding.")


def te055():
    st = styles("Mono", 9, leading=12)

    def first(c, d):
        w, h = d.pagesize
        text_lines(c, w / 2 - 55 * mm, h - 14 * mm, ["**LAKESHORE ORTHOPAEDIC SURGERY CENTER**",
                                                     "1800 N. Lakeview Avenue, Suite 400, Chicago, IL 60614",
                                                     "Phone (312) 555-0186   Fax (312) 555-0187"], font="Mono", size=9)

    num = make_numbered_canvas("Page {p} of {n}   CONFIDENTIAL", font="Mono", size=7.5, align="center")
    body = """OPERATIVE REPORT

PATIENT:            RUIJS, PIETER J.
DATE OF BIRTH:      03/22/1960
MRN:                LOSC-220918
DATE OF SURGERY:    06/18/2025
SURGEON:            Mark T. Kowalczyk, MD
ASSISTANT:          Dana Whitfield, PA-C
ANESTHESIA:         General LMA with supraclavicular block
ESTIMATED BLOOD LOSS: Minimal
TOURNIQUET TIME:    62 minutes at 250 mmHg

PREOPERATIVE DIAGNOSIS:  Right thumb carpometacarpal arthritis, Eaton stage IV.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE PERFORMED:
1. Right thumb trapeziectomy.
2. Ligament reconstruction and tendon interposition (LRTI) using a
   half-slip of the flexor carpi radialis.

INDICATIONS:
The patient is a 65-year-old right-hand-dominant retired engineer with
two years of progressive right basal thumb pain refractory to splinting
and two corticosteroid injections. Preoperative radiographs demonstrated
pantrapezial arthritis (Eaton IV). Risks, benefits and alternatives
were discussed and informed consent was obtained.

DESCRIPTION OF PROCEDURE:
The patient was identified in the preoperative holding area and the
right upper extremity was marked. After induction of anesthesia the arm
was prepped and draped in the usual sterile fashion and the tourniquet
inflated. A longitudinal incision was made over the thumb base. The
superficial radial nerve branches were identified and protected. The
capsule was opened and the trapezium was excised piecemeal. The STT
joint showed arthritic changes and the proximal trapezoid was
partially excised. A half-slip of the FCR was harvested through two
small forearm incisions, passed through a drill hole at the base of the
first metacarpal, sutured to itself, and the remainder was rolled into
an anchovy and placed in the trapezial space. A 0.045 K-wire was
placed from the thumb metacarpal to the trapezoid to maintain height.
The wound was irrigated and closed in layers. A thumb spica splint was
applied. The tourniquet was released and capillary refill was brisk.

COMPLICATIONS: None.
DISPOSITION: Discharged home same day in stable condition.
FOLLOW-UP: 10-14 days for suture removal; K-wire removal at 4 weeks.

Electronically signed: Mark T. Kowalczyk, MD  06/19/2025 08:12
D: 06/18/2025 17:40   T: 06/19/2025 07:55   Job #448201"""
    story = [Spacer(1, 14 * mm)] + paras(body, st["n"], gap=5)
    build_pdf(PDF("te-055"), story, first, first, pagesize=LETTER, margins=(22, 22, 22, 20), numbering=num)
    write_label("te-055", ["operation-report"], "specialist", "en", "US operative report, letter size, monospace",
                "yes", "yes", "yes", date="2025-06-18", also_dates=["2025-06-19"],
                notes="US surgical centre (abroad); US date format MM/DD/YYYY (03/22/1960, 06/18/2025); signed the "
                      "next day; preoperative radiographs mentioned.")


def te056():
    d = new_docx("Helvetica", 10)
    docx_header_footer(d, ["**TANGLIN HAND & WRIST SURGERY**", "Dr Lim Wei Jie  MBBS (S'pore), MMed (Ortho), FRCS (Ed)",
                           "1 Tanglin Rise, #10-05, Singapore 248001  |  +65 6235 0000"],
                       page_fmt=("Page ", " of "))
    dblock(d, """27 October 2025

To: Dear Colleague (to be handed to the patient's doctor in the Netherlands)

**Re: Ms Eva MERTENS   DOB 09/03/1990   Passport NL: NWK1R20C7**

Thank you for allowing me to be involved in the care of Ms Mertens, a 35-year-old Dutch expatriate working in finance in Singapore, whom I saw on 14 October and again today.

**History**
She injured her right (dominant) wrist in a fall while playing padel in June 2025. Since then she has had ulnar-sided wrist pain, worse with turning door handles and carrying bags, and a painful click with forearm rotation. A course of physiotherapy and a wrist brace gave partial relief. She has not had any previous wrist surgery.

**Examination**
Tender over the fovea (positive ulnar fovea sign). DRUJ ballottement slightly increased compared with the left, with pain. ECU stable. Full range of movement with pain at end supination. Grip 24 kg right, 30 kg left.

**Investigations**
X-rays of both wrists (14/10/2025): neutral ulnar variance, no arthritis.
MRI right wrist (3T, 20/10/2025): foveal detachment of the TFCC (Palmer 1B / Atzei class 2), mild synovitis of the DRUJ; no other ligament injury.

**Impression**
Post-traumatic foveal TFCC tear with mild DRUJ instability, right wrist.

**Plan**
I have recommended arthroscopic-assisted foveal TFCC repair. She is relocating to Amsterdam in December and would prefer to have the operation in the Netherlands, which I fully support. Until then she can continue the wrist brace and avoid heavy loading. I have given her the images on a disc and copies of the reports.

Please do not hesitate to contact me if you require further information.

Yours sincerely,

Dr Lim Wei Jie
Consultant Hand Surgeon""")
    d.save(DOCX("te-056"))
    write_label("te-056", ["correspondence"], "specialist", "en", "Singapore private hand surgeon letter (Word)",
                "yes", "no", "yes", date="2025-10-27", also_dates=["2025-10-14"],
                notes="Private clinic abroad that examined and advised the patient; 'has not had any previous wrist "
                      "surgery' = no; TFCC repair only recommended; addressee 'Dear Colleague'.")


def te057():
    text = """BLUE HARBOUR TRAVEL INSURANCE
Claims Department - P.O. Box 3120, 2130 KC Hoofddorp, the Netherlands
MEDICAL EXPENSES CLAIM FORM (form MC-2)
==========================================================================

SECTION A - POLICYHOLDER
  Name ............................ Wouter Beekman
  Date of birth ................... 11/02/1978
  Policy number ................... BHT-4471-2290-NL
  Address ......................... Lange Nieuwstraat 9, 3512 PA Utrecht
  IBAN ............................ NL00 RABO 0123 4567 89

SECTION B - INCIDENT
  Date of incident ................ 21/09/2025
  Country / place ................. Portugal, Lisbon
  What happened? .................. Fell from a rented e-scooter on
                                    cobblestones, landed on right hand.

SECTION C - MEDICAL TREATMENT
  Name of hospital / doctor ....... Clínica do Restelo, Lisbon
                                    (emergency department)
  Date(s) of treatment ............ 22/09/2025
  Diagnosis ....................... sprain right wrist, no fracture
  Treatment given ................. X-ray right wrist, removable splint,
                                    painkillers
  Admitted to hospital? ........... [ ] Yes   [X] No
  Surgery required? ............... [ ] Yes   [X] No
  Follow-up in home country? ...... [X] Yes   GP in Utrecht, 29/09/2025

SECTION D - COSTS (attach original receipts)
  Item                          Currency    Amount    Paid by
  Emergency consultation        EUR          180.00   policyholder
  X-ray wrist (2 views)         EUR           95.00   policyholder
  Splint                        EUR           42.50   policyholder
  Pharmacy (Farmácia Belém)     EUR           18.70   policyholder
  Taxi to/from clinic           EUR           24.00   policyholder
                                           -------
  Total                         EUR          360.20

SECTION E - DECLARATION
  I declare that the information given is true and complete.
  Signature: W. Beekman                    Date: 06/10/2025
==========================================================================
For office use: claim no. ............ received ............
"""
    write_txt("te-057", text)
    write_label("te-057", [], "other", "en", "travel insurance medical expenses claim form, plain text",
                "yes", "no", "yes", date="2025-10-06",
                notes="Insurance claim form (no kind): emergency care at a Lisbon clinic = treated abroad even though "
                      "'Admitted to hospital? No'; 'Surgery required? No' = operated no; X-ray done.")


if __name__ == "__main__":
    for f in (te007, te021, te022, te023, te050, te051, te052, te053, te054, te055, te056, te057):
        f()
        print("ok", f.__name__)
