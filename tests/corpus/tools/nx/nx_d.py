"""nx-037 .. nx-051: English documents (UK NHS, Ireland, US, Spain, Turkey, Thailand, Dutch GP in English)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nx_common import make, make_raw, make_merged, lab

# 037 UK clinic letter -------------------------------------------------------------------------
make("nx-037-uk-clinic-letter-basal-thumb", "pdf", [
    ("lh", ["Leeds Teaching Hospitals NHS Trust", "Department of Plastic Surgery - Hand Unit", "Chapel Allerton Hospital",
            "Chapeltown Road, Leeds LS7 4SA"], ["Consultant: Mr A. Whitfield FRCS (Plast)", "Clinic date: 30/10/2026",
                                             "Typed: 02/11/2026", "NHS No: 485 777 3456"]),
    ("addr", ["Dr R. Patel", "Meanwood Group Practice", "Leeds LS6 4JN"]),
    ("p", "2nd November 2026"),
    ("p", "Dear Dr Patel,"),
    ("inl", "Re:", "Mr Daniel Okafor, DOB 02/11/1961, 14 Grove Lane, Leeds"),
    ("inl", "Diagnosis:", "Right basal thumb osteoarthritis (STT and CMCJ), symptomatic for 2 years"),
    ("inl", "Outcome:", "Trial of splint; for review in 3 months"),
    ("p", "I reviewed Mr Okafor in clinic today. He is a right-handed retired bus driver. He has not had any "
          "previous surgery to his hands. Examination showed a positive grind test and adduction of the first "
          "metacarpal. His plain radiographs from 12/10/2026 confirm pantrapezial arthritis."),
    ("p", "We discussed options including trapeziectomy. He is moving to the Netherlands in January to live "
          "with his daughter and would prefer any surgery to happen there. I have given him a copy of this letter "
          "for his new doctors."),
    ("inl", "Plan:", "Thermoplastic thumb spica from hand therapy. Consider steroid injection if no better."),
    ("p", "Yours sincerely,\n\n\nMr A. Whitfield\nConsultant Plastic & Hand Surgeon"),
    ("small", "cc: Mr D. Okafor (patient)"),
], lab(["correspondence"], "2026-11-02", "specialist", "en", "NHS clinic letter with Diagnosis/Outcome/Plan, reportlab",
       img="yes", op="no", ab="yes",
       notes="UK hospital letter (treated abroad yes); clinic 30/10 vs typed 02/11 vs letter date; DOB is "
             "02/11/1961, same day/month as the letter; trapeziectomy only discussed; 'clinic today' "
             "though typed later."),
    footer="Leeds Teaching Hospitals NHS Trust - Page {page} of {total}")

# 038 UK operation note, docx -------------------------------------------------------------------
make("nx-038-uk-operation-note-dupuytren", "docx", [
    ("title", "OPERATION NOTE"),
    ("table", [["Patient", "Mrs Margaret Hughes", "Hospital No", "RH0099127"],
               ["DOB", "14/09/1950", "NHS No", "612 443 9980"],
               ["Date of operation", "14/09/2026", "Theatre", "Day Surgery Unit, Theatre 3"],
               ["Surgeon", "Ms C. Doyle, Consultant", "Assistant", "Dr T. Nguyen, ST5"],
               ["Anaesthetist", "Dr P. Sharma", "Anaesthetic", "GA + LA infiltration"]], None),
    ("kv", [("Indication", "Dupuytren's contracture left little finger, MCPJ 50 deg, PIPJ 60 deg"),
            ("Procedure", "Limited palmar and digital fasciectomy left little finger, Z-plasties"),
            ("Findings", "Pretendinous and spiral cord, NVB displaced centrally"),
            ("Details", "Tourniquet 250 mmHg. Bruner incision. NVBs protected. Cord excised. Full MCPJ "
                        "extension; PIPJ residual 15 deg. Z-plasties closed with 5/0 Ethilon."),
            ("Complications", "None"), ("Blood loss", "Minimal"),
            ("Post-op instructions", "Elevate, hand therapy referral for night extension splint, ROS 10-14 days at GP surgery. "
                                     "Follow up in clinic 6 weeks.")], 1),
], lab(["operation-report"], "2026-09-14", "specialist", "en", "UK operation note, Word four-column table",
       img="unmentioned", op="yes", ab="yes",
       notes="Operation note from an NHS hospital (abroad yes); DOB 14/09/1950 equals the operation date's "
             "day/month; labels and values in a four-column table; no letterhead at all; 'GP surgery' is a practice."),
    header="Royal Hampshire County Hospital - Hampshire Hospitals NHS Foundation Trust",
    footer="Printed 15/09/2026 - Page {page}")

# 039 UK discharge summary, text ---------------------------------------------------------------
make_raw("nx-039-uk-discharge-summary-scaphoid", """
DISCHARGE SUMMARY
Oxford University Hospitals NHS Foundation Trust - John Radcliffe Hospital
Trauma Unit, Ward 2A

Patient: Mr Tom BAKKER (Dutch national)     DOB: 13-Oct-1996     MRN: 10773321
Admitted: 12-Oct-2026 (via Emergency Department)   Discharged: 13-Oct-2026
Consultant: Mr J. Ellison                    Summary completed: 13-Oct-2026

Presenting complaint
Fall from bicycle onto outstretched right hand in Oxford, where he is a visiting
researcher.

Investigations
XR scaphoid series right: displaced waist fracture. CT right wrist: confirmed,
1.5 mm displacement.

Procedure
13-Oct-2026: percutaneous screw fixation right scaphoid (see separate operation
note).

Medications on discharge
Paracetamol 1 g QDS PRN, ibuprofen 400 mg TDS PRN with food (5 days).

Follow up
Fracture clinic 2 weeks. Patient returns to the Netherlands in November; he was
advised to arrange follow-up with his GP there and was given a CD of his images.

Electronically signed: Dr S. Amin, FY2, for Mr J. Ellison
""", lab(["correspondence"], "2026-10-13", "specialist", "en", "NHS discharge summary, plain text",
         img="yes", op="yes", ab="yes",
         notes="Discharge summary naming the procedure but pointing to a separate operation note "
               "(no operator/description: correspondence only); DOB 13-Oct equals the discharge date's "
               "day/month; dates as 13-Oct-2026."))

# 040 UK X-ray report, RIS text ---------------------------------------------------------------
make_raw("nx-040-uk-xray-report-wrist", """
RADIOLOGY REPORT
Manchester University NHS Foundation Trust - Wythenshawe Hospital
-----------------------------------------------------------------
Name:        VAN DER BERG, Eva         Sex: F
DOB:         04/11/1992                NHS Number: 401 223 1188
Referrer:    Dr K. Shah, Fallowfield Surgery (GP)
Exam:        XR Wrist Rt (2 views)
Date of exam: 03 Nov 2026 14:20        Reported: 04/11/2026 09:05
-----------------------------------------------------------------
Clinical details: Pain radial side R wrist for 6/52, no trauma. ?OA ?occult #

Report:
No acute bony injury. Mild joint space narrowing at the STT joint with small
marginal osteophytes. Radiocarpal joint preserved. No erosions. Soft tissues
unremarkable.

Conclusion: Early STT osteoarthritis. No fracture.

Reported by: Dr L. Fenwick, Consultant Radiologist
""", lab(["imaging-report"], "2026-11-04", "radiologist", "en", "NHS RIS radiology report, text",
         img="yes", op="unmentioned", ab="yes", also=["2026-11-03"],
         notes="Requested by a UK GP ('Surgery' is a practice); exam 03 Nov vs reported 04/11; DOB 04/11/1992 "
               "equals the report date's day/month; written by a hospital abroad that imaged the patient."))

# 041 Irish GP referral with history, fpdf2 ----------------------------------------------------
make("nx-041-ie-gp-referral-history", "fpdf", [
    ("lh", ["Clontarf Family Practice", "Dr Niamh O'Sullivan MICGP", "112 Clontarf Road, Dublin 3, D03 X2Y4"],
     ["Tel +353 1 833 0000", "14th November 2026"]),
    ("addr", ["To: Hand and Wrist Clinic", "Second Opinion Service", "Amsterdam, The Netherlands"]),
    ("inl", "Re:", "Ms Aoife Brennan, DOB 14/12/1986, relocating to Amsterdam 12/2026"),
    ("p", "Dear Colleague,"),
    ("p", "I would be grateful if you would see Ms Brennan, who is moving to Amsterdam next month, for a second "
          "opinion on her left wrist. She underwent ORIF of a left distal radius fracture at Beaumont Hospital, "
          "Dublin on 3rd March 2026 after a fall on ice. Since then she has had persistent ulnar-sided pain and "
          "reduced rotation. A CT in September 2026 showed a healed fracture with a positive ulnar variance of 4 mm."),
    ("p", "The orthopaedic team in Beaumont have offered plate removal and an ulnar shortening osteotomy. "
          "Her question, and mine: is ulnar shortening the right procedure, or would you advise otherwise?"),
    ("h", "Past medical history"),
    ("p", "- Coeliac disease (2010)\n- Laparoscopic cholecystectomy (2019)\n- Anxiety, previously on sertraline"),
    ("h", "Recent treatment"),
    ("p", "- 03/2026 ORIF left distal radius, Beaumont Hospital\n- 04/2026 - 07/2026 physiotherapy, 12 sessions\n"
          "- 09/2026 CT left wrist, Beaumont\n- 10/2026 ultrasound-guided steroid injection DRUJ (no lasting benefit)"),
    ("h", "Medication"),
    ("p", "Paracetamol PRN. No known drug allergies."),
    ("p", "Kind regards,\n\nDr Niamh O'Sullivan"),
], lab(["referral", "history"], "2026-11-14", "gp", "en", "Irish GP referral with PMH and recent treatment sections, fpdf2",
       q=True, img="yes", op="yes", ab="yes",
       notes="Irish GP referral with its own history + recent treatment sections (combined); operated and "
             "imaged in an Irish hospital (abroad yes); DOB 14/12 near the letter date 14th November; "
             "cholecystectomy is another body part; offered surgery is a plan."))

# 042 US MRI report -----------------------------------------------------------------------------
make("nx-042-us-mri-wrist-report", "pdf", [
    ("lh", ["UCHealth University of Colorado Hospital", "Department of Radiology - Musculoskeletal Imaging",
            "12605 E 16th Ave, Aurora, CO 80045"], ["Report status: FINAL", "Accession: MR-26-4410982"]),
    ("kv", [("Patient", "HENDRIKS, MAARTEN"), ("DOB", "11/03/1985"), ("MRN", "7732091"),
            ("Exam", "MRI WRIST WITHOUT CONTRAST, LEFT"), ("Exam date", "11/02/2026"),
            ("Ordering provider", "Jennifer Alvarez, MD (Orthopedics - Hand)"), ("Signed", "November 3, 2026 7:52 AM")], 2),
    ("sec", "HISTORY", "40-year-old male, ski fall 10/2026, ulnar-sided wrist pain. Evaluate TFCC. No prior surgery."),
    ("sec", "COMPARISON", "Radiographs left wrist 10/14/2026."),
    ("sec", "FINDINGS", "Full-thickness tear of the TFCC at the foveal attachment (Palmer 1B) with fluid in the "
            "DRUJ. ECU tendon subsheath intact. Scapholunate and lunotriquetral ligaments intact. Bone marrow edema "
            "in the ulnar styloid without fracture line. No ganglion."),
    ("sec", "IMPRESSION", "1. Foveal TFCC tear (Palmer 1B).\n2. Ulnar styloid bone contusion."),
    ("p", "Electronically signed by: Robert Kim, MD, Radiologist"),
], lab(["imaging-report"], "2026-11-03", "radiologist", "en", "US radiology report, MM/DD/YYYY dates",
       img="yes", op="no", ab="yes", also=["2026-11-02"],
       notes="US date order: DOB 11/03/1985 is 3 November, exam 11/02/2026 is 2 November (a Dutch reader would "
             "read 11 March / 11 February); 'No prior surgery'; written by a US hospital."))

# 043 Spanish discharge report in English with full operation, LibreOffice -----------------------
make("nx-043-es-discharge-report-orif", "lo", [
    ("lh", ["Hospital Costa del Sol", "Servicio de Traumatología y Cirugía Ortopédica", "A-7, Km 187, 29603 Marbella (Málaga)"],
     ["Marbella, 5th August 2026", "NHC: 2209871"]),
    ("title", "DISCHARGE REPORT (Informe de alta) - English version"),
    ("kv", [("Patient", "Mr. Ruud VAN DIJK"), ("Date of birth", "05/08/1973"), ("Nationality", "Dutch"),
            ("Date of admission", "02/08/2026"), ("Date of discharge", "05/08/2026")], 2),
    ("sec", "Reason for admission", "Patient falls from motorbike (scooter) in Marbella. Pain and deformity in right wrist."),
    ("sec", "Complementary explorations", "X-ray right wrist: distal radius fracture with intraarticular fragments. "
            "CT scan: comminuted fracture, step-off 3 mm."),
    ("h", "Surgical intervention"),
    ("p", "Date: 03/08/2026. Surgeon: Dr. Alejandro Ruiz Medina. Assistant: Dr. Laura Gómez. Anaesthesia: "
          "axillary block. Procedure: open reduction and internal fixation with volar locking plate (Acu-Loc) of "
          "right distal radius. Description: volar FCR approach, reduction of articular fragments under "
          "fluoroscopy, fixation with plate and 6 distal screws. Control by fluoroscopy correct. Closure by planes. "
          "No incidences."),
    ("sec", "Evolution", "Good evolution, no signs of neurovascular compromise. Wound clean."),
    ("sec", "Treatment at discharge", "Antebrachial splint 2 weeks. Enoxaparin 40 mg sc 10 days. Paracetamol 1 g / 8 h."),
    ("sec", "Recommendations", "Control in his country by Orthopaedics / Hand surgery at 10-14 days for wound and "
            "suture removal and radiological control."),
    ("p", "Dr. Alejandro Ruiz Medina, Facultativo Especialista de Área"),
], lab(["correspondence", "operation-report"], "2026-08-05", "specialist", "en",
       "Spanish hospital discharge report in English with surgical section, LibreOffice PDF",
       img="yes", op="yes", ab="yes",
       notes="English written by a Spanish doctor ('Complementary explorations', 'No incidences', 'falls'); "
             "discharge letter with full operation section (date, surgeon, procedure, description): combined; "
             "DOB 05/08 equals the letter date; admission in a Spanish hospital."))

# 044 Turkish hospital epicrisis, text -----------------------------------------------------------
make_raw("nx-044-tr-epicrisis-antalya", """
MEMORIAL ANTALYA HOSPITAL
Orthopedics and Traumatology Department
Zafer Mah. Tekelioglu Cad. No:4, 07025 Antalya / TURKEY   Tel: +90 242 314 66 66

                              MEDICAL REPORT (EPICRISIS)

Date: 24.07.2026
Patient name : Mrs. Esther DE GRAAF          Passport: NL-XXXXXXX
Birth date   : 24.03.1968                     Protocol No: 2026/118845
Admission    : 21.07.2026 (Emergency)         Discharge: 22.07.2026

Complaint: Patient came to emergency with pain in left wrist after slipping at
the hotel pool.

Examination and tests: Swelling and deformity left wrist. Direct X-ray of left
wrist was taken: distal radius fracture with dorsal angulation (Colles type).

Treatment: Under sedation closed reduction was applied and long arm cast was
made. Control X-ray: reduction is acceptable. No surgical intervention was
performed. Patient was observed one night in the ward for pain control.

Diagnosis: S52.5 Fracture of lower end of radius, left.

Recommendation: Cast must stay 5 weeks. Control X-ray in her country after 1
week. Elevation of the arm. If numbness, return to emergency.

Op. Dr. Mehmet Yildirim
Orthopedics and Traumatology Specialist
(signature / stamp)
""", lab(["correspondence"], "2026-07-24", "specialist", "en", "Turkish hospital epicrisis in English, text",
         img="yes", op="no", ab="yes",
         notes="English by a Turkish doctor; 'Op. Dr.' is a Turkish title for a surgeon, not an operation; "
               "'No surgical intervention was performed' (closed reduction); dotted dates; birth date "
               "24.03 shares the day with the report date; over 4 months old."))

# 045 Thai hospital letter, docx ----------------------------------------------------------------
make("nx-045-th-hospital-summary-metacarpal", "docx", [
    ("lh", ["Bangkok Hospital Phuket", "Orthopedic Center", "2/1 Hongyok-utis Road, Muang, Phuket 83000, Thailand"],
     ["Tel. +66 76 254 425", "HN: 01-26-044812"]),
    ("title", "MEDICAL SUMMARY"),
    ("p", "Date: 2 October 2026"),
    ("p", "To whom it may concern,"),
    ("p", "This is to certify that Mr. Sander Kok, Dutch, age 29 years (date of birth 2 Oct 1997), was "
          "admitted to our hospital from 29 September 2026 to 1 October 2026 with a closed fracture of the right "
          "fifth metacarpal neck after punching a wall."),
    ("p", "Film X-ray right hand showed 45 degrees angulation. On 30 September 2026 closed reduction and "
          "percutaneous pinning with two K-wires was performed under general anesthesia. Post-operative "
          "X-ray shows good alignment."),
    ("p", "He is fit to fly on 3 October 2026. Please remove K-wires at 4 weeks after operation at his home "
          "country and continue ulnar gutter splint."),
    ("p", "Sincerely yours,\n\nDr. Thanawat Srisuk, M.D.\nOrthopedic Surgeon"),
], lab(["correspondence"], "2026-10-02", "specialist", "en", "Thai hospital medical summary, Word",
       img="yes", op="yes", ab="yes",
       notes="English by a Thai doctor ('Film X-ray', 'To whom it may concern'); operation stated with date "
             "but no operator/description section (correspondence only); DOB 2 Oct 1997 equals the letter "
             "date's day/month; K-wire removal only advised."))

# 046 Dutch GP referral written in English ------------------------------------------------------
make("nx-046-nl-gp-referral-in-english", "docx", [
    ("lh", ["Amsterdam Expat Medical Practice", "Huisartsenpraktijk", "Stadionweg 100, 1077 SR Amsterdam"],
     ["AGB 01-066112", "tel. 020-6711000"]),
    ("p", "Amsterdam, 3 November 2026"),
    ("addr", ["To: Xpert Clinics Hand and Wrist Care", "Attn: second opinion team", "Amsterdam"]),
    ("inl", "Re:", "Ms Jessica Moore, born 11/03/1983, US citizen, insured with OHRA"),
    ("p", "Dear colleague,"),
    ("p", "Referral for a second opinion. Ms Moore, a 43-year-old software engineer, has had numbness in "
          "the thumb, index and middle finger of both hands for about a year, worse on the right. Nerve "
          "conduction studies at OLVG (September 2026) showed moderate bilateral carpal tunnel syndrome. No "
          "imaging has been done yet and she has had no surgery to date. She has not had any treatment "
          "abroad; all her care has been at OLVG and in our practice."),
    ("p", "The neurologist advised bilateral release. Ms Moore would like an independent opinion: is surgery "
          "necessary now, and if so, can both sides be done at the same time?"),
    ("p", "Medication: none. Allergies: latex."),
    ("p", "Kind regards,\n\nDr Pieter de Boer, huisarts / general practitioner"),
], lab(["referral"], "2026-11-03", "gp", "en", "Dutch GP referral written in English, Word",
       q=True, img="no", op="no", ab="no",
       notes="English letter from a Dutch GP; all three facts negated in one passage; nerve conduction "
             "study is not imaging; US-style DOB '11/03/1983' ambiguous (the patient is American)."))

# 047 UK MRSA admission screen, docx ------------------------------------------------------------
make("nx-047-uk-mrsa-admission-screen", "docx", [
    ("lh", ["Royal Devon University Healthcare NHS Foundation Trust", "Department of Clinical Microbiology",
            "Barrack Road, Exeter EX2 5DW"], ["LABORATORY REPORT", "Lab no: M26.0918812"]),
    ("table", [["Patient", "Hospital no", "DOB", "Location"],
               ["SMIT, Jan Willem", "K2201187", "21/10/1948", "Ward: Otter (Trauma) - admission screen"]], None),
    ("kv", [("Collected", "19/10/2026 22:10"), ("Received", "20/10/2026 08:30"), ("Reported", "21/10/2026 15:02"),
            ("Requested by", "Dr H. Lowe, Trauma & Orthopaedics")], 1),
    ("table", [["Specimen", "Test", "Result"],
               ["Nose swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"],
               ["Groin swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"]], None),
    ("p", "Authorised by: Dr F. Mahmood, Consultant Microbiologist"),
], lab(["mrsa-screening"], "2026-10-21", "lab", "en", "NHS microbiology MRSA admission screen, Word tables",
       img="unmentioned", op="unmentioned", ab="yes", also=["2026-10-19"],
       notes="MRSA screen taken on admission to a UK trauma ward (the lab report itself shows a stay in a "
             "hospital abroad); DOB 21/10 equals the reported date; three dates with times."))

# 048 patient e-mail in English ------------------------------------------------------------------
make_raw("nx-048-en-patient-email-second-opinion", """
From:    Rahul Mehta <rahul.mehta@example.com>
To:      secondopinion@handkliniek.example
Date:    Mon, 16 Nov 2026 21:47:12 +0100
Subject: Second opinion request - left wrist (plate)

Dear Sir/Madam,

I live in Amstelveen since 2024 and would like to request a second opinion about
my left wrist.

Last year (August 2025) I fell while cycling in Dubai, where I lived then. I was
operated at Mediclinic City Hospital: they put a plate in my wrist. X-rays were
taken before and after. Since then I cannot turn my palm up fully and I have
clicking.

My GP in Amstelveen (Dr. Vos) said she will send you a referral letter. I can also
bring the discharge papers from Dubai and a USB stick with the X-rays.

Is it possible to get an appointment in December? I am born on 16-11-1988.

Best regards,
Rahul Mehta
+31 6 12345678
""", lab([], "2026-11-16", "patient", "en", "patient e-mail, plain text with mail headers",
         img="yes", op="yes", ab="yes",
         notes="Patient's own e-mail: not a referral (the GP's referral is announced); operated and imaged in "
               "Dubai; birth date 16-11 equals the mail date; RFC 2822 date line."))

# 049 UK hand therapy letter, fpdf2 ---------------------------------------------------------------
make("nx-049-uk-hand-therapy-letter", "fpdf", [
    ("lh", ["Pulvertaft Hand Centre", "Hand Therapy Department", "Royal Derby Hospital, Uttoxeter Road, Derby DE22 3NE"],
     ["University Hospitals of Derby and Burton", "NHS Foundation Trust"]),
    ("p", "23rd October 2026"),
    ("addr", ["Mr S. Banerjee, Consultant Hand Surgeon", "Pulvertaft Hand Centre"]),
    ("inl", "Re:", "Mrs Ingrid Jansen-Walker, DOB 23/08/1957, Hosp no D449102"),
    ("p", "Dear Mr Banerjee,"),
    ("p", "Thank you for referring Mrs Jansen-Walker, who had a left trapeziectomy with you on 2/9/2026. She has "
          "attended 5 sessions. The thumb spica was weaned at 6 weeks. Pain is 2/10, key pinch 3.5 kg. "
          "Scar is mildly hypersensitive and we have started desensitisation."),
    ("p", "She is returning to the Netherlands permanently next month and asked for a copy of this letter for "
          "her therapist there. We have not arranged further imaging. We would suggest continuing strengthening "
          "for 6 more weeks."),
    ("p", "Kind regards,\n\nLucy Armitage\nClinical Specialist Occupational Therapist (Hand)"),
], lab([], "2026-10-23", "other", "en", "NHS hand therapy letter, fpdf2",
       img="unmentioned", op="yes", ab="yes",
       notes="Therapist's letter: none of the kinds even though written in a hospital; patient treated and "
             "operated in the UK; 'Thank you for referring' is not a referral; 'We have not arranged further "
             "imaging' is neither yes nor no about imaging done; date as ordinal."))

# 050 merged UK pack: clinic letter + op note + X-ray report ---------------------------------------
u1 = [("lh", ["Sheffield Teaching Hospitals NHS Foundation Trust", "Hand Surgery - Northern General Hospital"],
       ["Date typed: 19/11/2026", "Clinic: 17/11/2026"]),
      ("p", "Dear Dr Clarke,"),
      ("inl", "Re:", "Mr Bas Timmermans, DOB 07/07/1979"),
      ("inl", "Diagnosis:", "Right ring finger mallet injury - bony, treated operatively 22/10/2026"),
      ("p", "Mr Timmermans is 4 weeks after K-wire extension block pinning of his right ring finger. The X-ray "
            "today shows the fragment reduced. The wires were removed in clinic. He is moving back to Utrecht in "
            "December; I have given him copies of his operation note and X-ray report."),
      ("inl", "Plan:", "Mallet splint at night 4 weeks, hand therapy."),
      ("p", "Yours sincerely,\nMs R. Okonkwo, Consultant Hand Surgeon")]
u2 = [("title", "Operation Note"),
      ("kv", [("Date", "22/10/2026"), ("Surgeon", "Ms R. Okonkwo"), ("Anaesthetic", "Digital block"),
              ("Procedure", "Closed reduction, extension block K-wire (Ishiguro) and transarticular K-wire, right ring DIPJ"),
              ("Notes", "Fragment 40% of joint surface reduced under II. Wires bent and dressed."),
              ("Post-op", "Review 4/52 for wire removal.")], 1)]
u3 = [("lh", ["Northern General Hospital", "Department of Radiology"], ["Exam date: 17/11/2026"]),
      ("kv", [("Exam", "XR Finger Ring Rt"), ("Referrer", "Ms R. Okonkwo, Hand Surgery")], 1),
      ("sec", "Report", "K-wires in situ. Bony mallet fragment in anatomical position, early callus. Joint congruent."),
      ("p", "Dr A. Lindqvist, Consultant Radiologist")]
make_merged("nx-050-uk-merged-mallet-pack", [("pdf", u1, {}), ("fpdf", u2, {}), ("pdf", u3, {})],
            lab(["correspondence", "operation-report", "imaging-report"], "2026-11-19", "specialist", "en",
                "merged PDF from an NHS hand unit: clinic letter, operation note, X-ray report",
                img="yes", op="yes", ab="yes", also=["2026-11-17"],
                notes="Three documents in one PDF from two generators; clinic letter typed two days after clinic; "
                      "X-ray report same date as clinic; operation note has no letterhead.",
                parts=[(["correspondence"], "2026-11-19", "specialist"),
                       (["operation-report"], "2026-10-22", "specialist"),
                       (["imaging-report"], "2026-11-17", "radiologist")]))

# 051 UK GP summary (EMIS-like) text --------------------------------------------------------------
make_raw("nx-051-uk-gp-patient-summary", """
The Elms Surgery                               PATIENT SUMMARY
12 Church Road, Bristol BS9 1AA                Printed: 26-Nov-2026 11:03
-----------------------------------------------------------------------------
Name:  Mrs Hanneke WOUDSTRA          DOB: 26-Jan-1972          NHS: 773 102 4456
Usual GP: Dr M. Ferguson

ACTIVE PROBLEMS
  26-Mar-2025  Trigger thumb - right
  11-Jun-2019  Hypothyroidism
PAST PROBLEMS
  02-Feb-2025  Trigger thumb - left (resolved, operated)
  1999         Caesarean section

MAJOR PAST PROCEDURES
  14-May-2025  Release of trigger thumb, left - Southmead Hospital (North Bristol NHS Trust)

RECENT CONSULTATIONS
  12-Aug-2026  Dr Ferguson: R thumb locking daily. Injected 10 mg triamcinolone (2nd).
  30-Sep-2026  Letter from Southmead Hand Clinic: US R hand 22/09/2026 - thickened A1
               pulley, no nodule; offered release; patient moving to NL, declined for now.
  18-Nov-2026  Dr Ferguson: patient relocating to Groningen 12/2026. Summary printed
               for new practice. Advised she asks her new GP for referral.

CURRENT MEDICATION
  Levothyroxine 100 micrograms tablets, one daily

ALLERGIES
  No known drug allergies
-----------------------------------------------------------------------------
Page 1 of 1
""", lab(["history"], "2026-11-26", "gp", "en", "UK GP system patient summary printout, text",
         img="yes", op="yes", ab="yes",
         notes="Print date is the document date; DOB 26-Jan with the same day; left trigger thumb operated in "
               "a UK hospital (same problem type: hand), right thumb only injected and release offered; "
               "caesarean is another body part; summary for a new Dutch practice (not a referral)."))
print("ok")
