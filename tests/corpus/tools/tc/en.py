"""tc-035 .. tc-046: English documents (UK, Ireland, US, Spain, Greece, Egypt, Dutch GP). All invented."""
from lib import make, L

# ---------------------------------------------------------------- tc-035 UK clinic letter
make("tc-035", "rl", [
    ("lh2", ["Royal Severnside Hospitals NHS Foundation Trust", "Department of Hand Surgery",
             "Severn Road, Gloucester GL1 4XY"], ["Hand Clinic tel. 0300 422 6110",
                                                  "Our ref: HS/RM/40417"]),
    ("addr", ["Dr A. Whitfield", "Linden Lea Surgery", "12 Church Street", "Stroud GL5 1JL"]),
    ("p", "Date dictated: 15 September 2025    Date typed: 17 September 2025"),
    ("p", "Dear Dr Whitfield,"),
    ("p", "Re: Mr Pieter DE GROOT, DOB 03/03/1975, NHS No. 482 771 9034, 9 Orchard Close, Stroud GL5 3RT"),
    ("kv", [("Diagnosis:", "1. Scapholunate ligament injury, left wrist (dominant), dynamic instability\n"
                           "2. Background: type 1 diabetes"),
            ("Outcome:", "Conservative management; review in 3 months")]),
    ("p", "I saw this pleasant 50-year-old Dutch engineer, who has lived in Gloucestershire for six years, in "
          "the hand clinic today. He fell from a mountain bike in May and has had dorsal wrist pain with a "
          "painful clunk on loading since then. He has not had any surgery on either wrist and has had no "
          "injections."),
    ("p", "On examination there is tenderness just distal to Lister's tubercle and a positive Watson "
          "shift test, with full range of movement and normal sensation. Radiographs from the Emergency "
          "Department (12 May) and clenched-fist views today show no static diastasis; a dedicated MRI "
          "wrist on 2 September demonstrated a partial tear of the dorsal scapholunate ligament without "
          "arthritic change."),
    ("p", "We discussed the options, including proprioceptive rehabilitation and, should that fail, "
          "arthroscopy with possible ligament reconstruction. He is keen to avoid an operation and is moving "
          "back to the Netherlands in the new year; he asked whether his care could continue there. I have "
          "referred him to our hand therapists for a dart-throw strengthening programme and will review him "
          "in three months if he is still in the UK. I would be happy for him to take a copy of this letter "
          "and his imaging to his new GP."),
    ("sig", ["Yours sincerely,", "", "Mr Richard Marlow FRCS (Plast)", "Consultant Hand Surgeon",
             "", "cc: Mr P. de Groot (patient)"]),
], L(["correspondence"], "2025-09-17", "specialist", "en", "UK NHS clinic letter (Diagnosis/Outcome block)",
     also=["2025-09-15"], imaging="yes", operated="no", abroad="yes",
     notes="Written by a UK hospital that treats him: treated abroad yes. 'has not had any surgery'; "
           "arthroscopy only an option. Dictated vs typed dates."),
   footer="Royal Severnside Hospitals NHS FT - confidential - page {page}")

# ---------------------------------------------------------------- tc-036 UK operation note form (fpdf)
make("tc-036", "fpdf", [
    ("lh", ["St Aldhelm's Hospital", "Wessex Hand and Upper Limb Unit - Day Surgery",
            "Aldhelm Way, Salisbury SP2 8QQ"]),
    ("title", "OPERATION NOTE"),
    ("kv2", [("Patient", "Mrs Anouk VISSER", "Hospital No.", "SAH 1109374"),
             ("DOB", "19/04/1968", "NHS No.", "701 334 8826"),
             ("Date", "02/10/2025", "Theatre", "Day Surgery Theatre 2"),
             ("Surgeon", "Ms K. Okonjo, Consultant", "Assistant", "Dr T. Lamb, ST5"),
             ("Anaesthetist", "Dr P. Fairweather", "Anaesthesia", "GA + LA infiltration"),
             ("Side", "RIGHT", "Tourniquet", "Upper arm 250 mmHg, 24 min")]),
    ("kv", [("Indication", "Symptomatic volar wrist ganglion, right, recurrent after aspiration x2."),
            ("Procedure", "Excision of volar radial wrist ganglion, right."),
            ("Findings", "2 x 1.5 cm multilobulated ganglion arising from the radioscaphoid joint capsule, "
                         "closely related to the radial artery, which was preserved."),
            ("Procedure details", "Longitudinal incision over the FCR. Radial artery identified and "
                                  "protected. Ganglion dissected to its stalk and excised with a cuff of capsule. "
                                  "Capsule left open. Haemostasis. Skin 4/0 Prolene subcuticular. Bulky dressing."),
            ("Complications", "None. EBL minimal."),
            ("Specimen", "Sent for histology."),
            ("Post-op instructions", "Elevate. Dressing down to light dressing at 48 h. Removal of suture "
                                     "at 10-14 days at GP practice nurse. Hand therapy referral. "
                                     "Follow-up clinic 6 weeks."),
            ("VTE prophylaxis", "Not required.")]),
    ("sig", ["Signed: K. Okonjo (GMC 6044718)   02/10/2025 11:40"]),
], L(["operation-report"], "2025-10-02", "specialist", "en", "UK operation note form, fpdf2",
     imaging="unmentioned", operated="yes", abroad="yes",
     notes="UK operation note on a UK hospital form: the document itself is from a hospital abroad that "
           "treated her. Aspirations are not operations, but the excision is."),
   footer="St Aldhelm's Hospital - Operation Note - page {page}")

# ---------------------------------------------------------------- tc-037 Irish discharge summary with op (docx->pdf)
make("tc-037", "docx2pdf", [
    ("lh", ["University Hospital Corrib", "Department of Orthopaedics and Trauma",
            "Newcastle Road, Galway H91 XK22, Ireland  |  +353 91 544 000"]),
    ("title", "DISCHARGE SUMMARY"),
    ("kv", [("Patient", "Ms Femke BOS"), ("Date of birth", "12/12/1994"), ("MRN", "UHC-0918342"),
            ("Home address", "Wilhelminastraat 8, 6524 AL Nijmegen, The Netherlands"),
            ("Admitted", "20/06/2025"), ("Discharged", "23/06/2025"),
            ("Consultant", "Mr Declan Fahy"), ("GP", "Dr H. Smits, Nijmegen (NL) - copy with patient"),
            ("Date of summary", "23 June 2025")]),
    ("h", "Diagnosis"),
    ("p", "Displaced fracture of the right scaphoid waist (Herbert B2) following a fall while cycling on "
          "holiday in Connemara."),
    ("h", "Investigations"),
    ("p", "X-ray right wrist and scaphoid series 20/06/2025: displaced waist fracture. CT right wrist "
          "21/06/2025: 2 mm displacement, humpback angulation 35°."),
    ("h", "Operation"),
    ("kv", [("Date", "21/06/2025"), ("Surgeon", "Mr D. Fahy, Consultant Orthopaedic Surgeon"),
            ("Assistant", "Dr S. Nwosu, Registrar"), ("Anaesthesia", "General anaesthetic"),
            ("Procedure", "Open reduction and internal fixation of right scaphoid via volar approach, "
                          "headless compression screw (Acutrak 2 mini, 22 mm)")]),
    ("p", "Operative findings and details: volar approach through the FCR sheath, fracture hæmatoma "
          "evacuated, humpback deformity corrected with joystick K-wires, guidewire placed central-central "
          "on image intensifier, screw inserted with good compression. Capsule and skin closed. "
          "Scaphoid cast applied. No intra-operative complications."),
    ("h", "Progress"),
    ("p", "Uneventful recovery, pain controlled with oral analgesia. Neurovascularly intact on discharge."),
    ("h", "Medication on discharge"),
    ("p", "Paracetamol 1 g QDS, ibuprofen 400 mg TDS with food for 5 days."),
    ("h", "Follow-up"),
    ("p", "Patient returns to the Netherlands on 25/06/2025. Please arrange fracture clinic follow-up in "
          "the Netherlands at 2 weeks for wound check and change to a below-elbow cast, and a CT at "
          "10-12 weeks to confirm union. Images provided on CD."),
    ("sig", ["Dr S. Nwosu, Orthopaedic Registrar, for Mr D. Fahy"]),
], L(["correspondence", "operation-report"], "2025-06-23", "specialist", "en",
     "Irish discharge summary with full operation section, docx converted to PDF",
     imaging="yes", operated="yes", abroad="yes",
     notes="Dutch patient admitted and operated in Ireland: treated abroad; discharge summary with "
           "operation date, surgeon and procedure description = correspondence + operation report. "
           "Follow-up CT only planned, but X-ray/CT done."),
   header="University Hospital Corrib - Discharge Summary", footer="Bos F. - 12/12/1994 - UHC-0918342")

# ---------------------------------------------------------------- tc-038 US MRI report
make("tc-038", "rl", [
    ("lh2", ["Lakeshore Imaging Center", "An affiliate of Lakeshore Orthopedic Group",
             "2200 N. Lincoln Ave, Suite 140, Chicago, IL 60614"], ["Phone (312) 555-0188",
                                                                   "Fax (312) 555-0189"]),
    ("title", "MRI RIGHT WRIST WITHOUT CONTRAST"),
    ("kv2", [("PATIENT", "VAN DAM, MAARTEN J", "DOB", "07/22/1986"),
             ("MRN", "LIC-20047751", "ACCESSION", "MR-26-03391"),
             ("EXAM DATE", "03/03/2026", "REPORT DATE", "March 4, 2026"),
             ("ORDERING", "Rebecca Alvarez, MD - Hand & Upper Extremity, Lakeshore Orthopedic Group",
              "REFERRING PCP", "N/A")]),
    ("h", "CLINICAL HISTORY"),
    ("p", "37-year-old male, rock climber, 6 weeks of volar ulnar wrist pain after a fall. Evaluate for "
          "hook of hamate fracture versus TFCC injury."),
    ("h", "TECHNIQUE"),
    ("p", "Multiplanar multisequence MRI of the right wrist on a 3T magnet without intravenous contrast."),
    ("h", "COMPARISON"),
    ("p", "Radiographs of the right wrist 01/27/2026 including carpal tunnel view."),
    ("h", "FINDINGS"),
    ("p", "There is a nondisplaced fracture through the base of the hook of the hamate with surrounding "
          "marrow edema. No additional carpal fracture. The TFCC is intact. The flexor tendons of the "
          "small finger are intact without tenosynovitis; mild edema in Guyon's canal without mass. Ulnar "
          "nerve normal in caliber. Scapholunate and lunotriquetral ligaments are intact. No joint "
          "effusion."),
    ("h", "IMPRESSION"),
    ("p", "1. Acute/subacute nondisplaced fracture of the base of the hook of the hamate.\n"
          "2. Intact TFCC and intrinsic ligaments."),
    ("sig", ["Electronically signed by: Daniel K. Whitaker, MD, Radiologist", "03/04/2026 08:47 CST"]),
], L(["imaging-report"], "2026-03-04", "radiologist", "en", "US MRI report (caps headings, two-column header)",
     also=["2026-03-03"], imaging="yes", operated="unmentioned", abroad="yes",
     notes="US radiology report; ordering physician from another department/practice; US date formats "
           "(MM/DD/YYYY) next to 'March 4, 2026'. Written by an imaging centre abroad that examined him."),
   footer="Lakeshore Imaging Center - CONFIDENTIAL - page {page}")

# ---------------------------------------------------------------- tc-039 Spain discharge summary (fpdf)
make("tc-039", "fpdf", [
    ("lh", ["Hospital General Universitario Dr. Balmis", "Servicio de Cirugía Ortopédica y Traumatología",
            "C/ Pintor Baeza 12, 03010 Alicante, España  -  Tel. +34 965 93 30 00"]),
    ("title", "DISCHARGE REPORT (INFORME DE ALTA) - English translation provided for the patient"),
    ("kv", [("Patient", "Mrs. Gerda HOOGENBOOM"), ("Date of birth", "09/05/1946"),
            ("Passport", "NL NXP4K71R2"), ("Admission", "07/08/2025 (Emergency Department)"),
            ("Discharge", "08/08/2025"), ("Date of report", "09/08/2025")]),
    ("h", "Reason for admission"),
    ("p", "79-year-old Dutch tourist who fell on the street in Alicante onto her outstretched left hand."),
    ("h", "Examination and tests"),
    ("p", "Deformity and swelling of the left wrist. X-ray of the left wrist: extra-articular distal radius "
          "fracture with dorsal angulation (Colles type) and ulnar styloid fracture. Chest X-ray normal."),
    ("h", "Treatment"),
    ("p", "Closed reduction under haematoma block in the Emergency Department and application of a "
          "dorsal plaster splint. Control X-ray: acceptable reduction. Admitted overnight for pain control "
          "and observation because she was travelling alone. No surgery was performed."),
    ("h", "Diagnosis"),
    ("p", "Closed distal radius fracture, left (Colles), with ulnar styloid fracture."),
    ("h", "Recommendations"),
    ("p", "Keep the arm elevated. Paracetamol 1 g every 8 hours. Control X-ray and orthopaedic review in "
          "her home country within 7 days; surgical treatment may be needed if the reduction is lost. "
          "She was informed that hospitals in the Netherlands may ask for MRSA screening after admission "
          "abroad."),
    ("sig", ["Dra. Lucía Ferrández Soler", "Médico Adjunto, Traumatología", "Nº Col. 03/09871"]),
], L(["correspondence"], "2025-08-09", "specialist", "en", "Spanish hospital discharge report in English "
     "translation, fpdf2", also=None, imaging="yes", operated="no", abroad="yes",
     notes="Admitted overnight in Spain: treated abroad yes. 'No surgery was performed'; possible surgery "
           "later is a plan. Admission/discharge dates differ from report date."),
   footer="HGU Dr. Balmis - Informe de alta - page {page}")

# ---------------------------------------------------------------- tc-040 Greece ED letter (docx)
make("tc-040", "docx", [
    ("lh", ["Venizeleio General Hospital of Heraklion", "Emergency Department - Plastic Surgery on call",
            "Leoforos Knossou 44, 71409 Heraklion, Crete, Greece  -  +30 2813 408 000"]),
    ("p", "Heraklion, 19 July 2025"),
    ("p", "To the treating physician / General Practitioner in the Netherlands"),
    ("p", "Re: Mr Joris KLEIN, born 30/06/1991, passport NL, tourist"),
    ("p", "Dear Colleague,"),
    ("p", "Mr Klein presented to our Emergency Department on 17/07/2025 after cutting the palm of his left "
          "hand on a broken glass at his hotel. On examination there was a 3 cm transverse laceration "
          "over the palmar side of the proximal phalanx of the left ring finger, with loss of active "
          "flexion at the DIP and PIP joints and reduced sensation on the ulnar side of the finger. X-ray of "
          "the hand excluded a foreign body and fracture."),
    ("p", "He was taken to theatre the same evening by the plastic surgeon on call, and under a wrist block "
          "underwent exploration, repair of both flexor tendons (FDP and FDS, zone II) and repair of the "
          "ulnar digital nerve. He stayed on the ward for two nights and received intravenous cefazolin. "
          "He was discharged today in a dorsal blocking splint."),
    ("p", "We recommend early protected motion with a hand therapist starting within 3-5 days, suture "
          "removal at 12-14 days, and follow-up by a hand surgeon in the Netherlands. The patient flies "
          "home on 21/07/2025. We have advised him that an MRSA screen may be required by Dutch hospitals "
          "after his admission here."),
    ("p", "Kind regards,"),
    ("sig", ["Dr Eleni Papadaki", "Plastic Surgery Registrar", "Venizeleio General Hospital"]),
], L(["correspondence"], "2025-07-19", "specialist", "en", "Greek hospital ED/admission letter in English, "
     "python-docx", imaging="yes", operated="yes", abroad="yes",
     notes="Operation described in prose inside a letter, but no operator name/operation report detail: "
           "correspondence only (borderline operation-report). Admission abroad."))

# ---------------------------------------------------------------- tc-041 Egypt medical report
make("tc-041", "rl", [
    ("lh2", ["El Gouna International Hospital", "Department of Orthopaedics",
             "Abydos Marina, El Gouna, Red Sea Governorate, Egypt"], ["Tel. +20 65 358 0011",
                                                                   "Medical Report No. 25/11/0442"]),
    ("title", "MEDICAL REPORT"),
    ("kv", [("Name", "Mr. Hendrik (Henk) Mol"), ("Nationality", "Dutch"), ("Age / DOB", "58 y / 14-02-1967"),
            ("Date of visit", "09-11-2025"), ("Date of report", "11-11-2025")]),
    ("p", "To whom it may concern,"),
    ("p", "This is to certify that the above-named patient attended our hospital on 09-11-2025 complaining "
          "of pain and swelling of the right wrist after a fall during a snorkelling excursion boat transfer. "
          "Clinical examination revealed tenderness over the distal radius and anatomical snuffbox. "
          "Plain X-ray of the right wrist (2 views) showed an undisplaced fracture of the radial styloid. "
          "No scaphoid fracture was seen."),
    ("p", "The patient was treated with a below-elbow back slab, analgesics (diclofenac 50 mg twice daily) "
          "and was kept in the observation unit for 6 hours. He is fit to fly with the arm in a sling. He is "
          "advised to follow up with an orthopaedic surgeon in his home country within one week for "
          "repeat X-ray and conversion to a full cast."),
    ("p", "This report was given to the patient upon his request for insurance purposes."),
    ("sig", ["Dr. Ahmed Samir Farouk", "Consultant Orthopaedic Surgeon", "(stamp)"]),
], L(["correspondence"], "2025-11-11", "specialist", "en", "Egyptian hospital medical report ('to whom it "
     "may concern')", also=None, imaging="yes", operated="unmentioned", abroad="yes",
     notes="Short certificate-like medical report from an Egyptian hospital; 'To whom it may concern' "
           "instead of a GP addressee. Visit date differs from report date."),
   footer="El Gouna International Hospital - page {page}")

# ---------------------------------------------------------------- tc-042 Dutch GP referral in English (docx)
make("tc-042", "docx", [
    ("lh", ["Huisartsenpraktijk Statenkwartier / The Hague International GP", "Dr M.J. Verbeek, general "
            "practitioner", "Frederik Hendriklaan 120, 2582 BV Den Haag, The Netherlands",
            "+31 70 350 44 18"]),
    ("addr", ["To: Hand and Wrist Centre, Leiden", "Attn: second-opinion clinic", "Postbus 9600",
              "2300 RC Leiden"]),
    ("p", "Date: 12 January 2026"),
    ("p", "Re: Mr Oliver BRENNAN, date of birth 28 February 1982, BSN 2910.38.517, "
          "Laan van Meerdervoort 401, Den Haag"),
    ("p", "Dear colleague,"),
    ("p", "I would be grateful if you could see Mr Brennan, a 43-year-old British diplomat who moved to The "
          "Hague in 2024, for a second opinion regarding persistent pain in his left (non-dominant) wrist."),
    ("h", "Past medical history"),
    ("p", "- 2019 appendicectomy (UK)\n- 2023 fracture of the left distal radius after a rugby injury, "
          "treated with open reduction and internal fixation (volar plate) at St Thomas' Hospital, London\n"
          "- Asthma, well controlled"),
    ("h", "Recent treatment"),
    ("p", "- April 2025: removal of the plate considered by the orthopaedic surgeon at HMC Bronovo, "
          "not carried out\n- July 2025: X-ray and CT left wrist (HMC): healed fracture, one distal "
          "screw possibly intra-articular\n- September 2025 to now: hand therapy, NSAIDs\n"
          "- December 2025: orthopaedic review HMC: advice plate removal with arthroscopy; the patient is "
          "unsure"),
    ("h", "Question"),
    ("p", "Is the intra-articular screw the cause of his pain, and would you advise plate removal with "
          "arthroscopy, or another approach?"),
    ("p", "Medication: salbutamol as needed, fluticasone inhaler. No known allergies. He has not been "
          "admitted to a hospital abroad since he moved here; the operation in London was in 2023."),
    ("p", "Yours sincerely,"),
    ("sig", ["Dr M.J. Verbeek", "huisarts / GP"]),
], L(["referral", "history"], "2026-01-12", "gp", "en", "Dutch GP referral written in English with past "
     "history and recent treatment sections, python-docx", question=True, imaging="yes", operated="yes",
     abroad="yes",
     notes="ORIF in London 2023 = operated on this wrist and treated in a hospital abroad; 'not admitted "
           "abroad since he moved' is a partial negation that does not cancel the earlier UK treatment. "
           "Appendicectomy is another body part."))

# ---------------------------------------------------------------- tc-043 UK GP summary txt
make("tc-043", "txt", """
THE MEADOWS SURGERY
14 Meadow Lane, Harrogate HG1 2QT         Tel 01423 555 210
----------------------------------------------------------------------
PATIENT SUMMARY                                  Printed: 03-Dec-2025 09:12
Name:        Mrs Jacqueline (Jackie) VAN ROOIJEN
DOB:         21-Aug-1963            NHS No: 612 009 4471
Address:     3 Beech Grove, Harrogate HG2 0EU
Usual GP:    Dr S. Patel
----------------------------------------------------------------------
ACTIVE PROBLEMS
  15-Mar-2024   Trigger thumb, left
  02-Jun-2025   Carpal tunnel syndrome, right
  2010          Hypothyroidism
SIGNIFICANT PAST PROBLEMS
  1999          Caesarean section
  17-Jun-2024   Release of trigger thumb, left (Harrogate District Hospital)
  2021          Fractured neck of left fifth metatarsal (foot)

CURRENT MEDICATION
  Levothyroxine 100 micrograms once daily
  Co-codamol 8/500 two tablets up to four times daily when required

ALLERGIES
  No known drug allergies

CONSULTATIONS (last 12 months)
  19-Nov-2025  Dr S Patel   Patient moving to the Netherlands (Deventer) in Jan 2026. Requests
               summary for new Dutch GP. Right CTS: nerve conduction studies 09/2025 moderate;
               on waiting list for right carpal tunnel decompression at HDH - will not proceed
               before the move. Left thumb fine since release in 2024.
  26-Sep-2025  Letter received: Neurophysiology, HDH - moderate right median neuropathy at wrist.
  02-Jun-2025  Dr S Patel   Numb fingers right hand at night 4/12. Phalen +ve. Splint advised.
               Referred for nerve conduction studies. No imaging needed.
  10-Jan-2025  Nurse        Thyroid bloods: TSH 2.1. Continue.
----------------------------------------------------------------------
END OF SUMMARY
""", L(["history"], "2025-12-03", "gp", "en", "UK GP practice patient summary printout (text)",
       imaging="no", operated="yes", abroad="yes",
       notes="UK GP summary for a patient moving to NL. Trigger thumb release 2024 in a UK hospital is a hand "
             "operation (yes), although the current problem is CTS whose decompression is only planned - "
             "borderline. Caesarean and foot fracture are other body parts. Treated abroad yes (UK "
             "hospital). 'No imaging needed'; NCS is not imaging."))

# ---------------------------------------------------------------- tc-044 Irish MRSA screen (fpdf)
make("tc-044", "fpdf", [
    ("lh", ["Western Community Laboratory Services", "Microbiology Department",
            "Merlin Park, Galway H91 N973, Ireland  -  Tel +353 91 775 200"]),
    ("title", "MICROBIOLOGY REPORT - FINAL"),
    ("kv2", [("Patient", "BOS, Femke", "DOB", "12/12/1994"),
             ("MRN", "UHC-0918342", "Lab No.", "MB25-118204"),
             ("Requested by", "Ward 3B Orthopaedics, UHC", "Consultant", "Mr D. Fahy"),
             ("Collected", "20/06/2025 22:10", "Reported", "22/06/2025 14:31")]),
    ("table", [["Specimen", "Test", "Result"],
               ["Nasal swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"],
               ["Groin swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"],
               ["Throat swab", "MRSA screen (chromogenic culture)", "MRSA NOT isolated"]]),
    ("p", "Comment: admission screen. CPE screen reported separately."),
    ("sig", ["Authorised by: Dr C. Ó Súilleabháin, Consultant Microbiologist"]),
], L(["mrsa-screening"], "2025-06-22", "lab", "en", "Irish hospital microbiology MRSA screen table, fpdf2",
     also=["2025-06-20"], imaging="unmentioned", operated="unmentioned", abroad="yes",
     notes="Admission MRSA screen from a ward in an Irish hospital (the patient was admitted there): an MRSA "
           "result, but from abroad at admission, so too old/from the wrong place for the clinic's purpose; "
           "still mrsa-screening by kind."),
   footer="WCLS Microbiology - MB25-118204 - page {page}")

# ---------------------------------------------------------------- tc-045 patient e-mail English
make("tc-045", "txt", """
From: Sarah Lindqvist-Meijer <sarah.lm@fastmail.example>
To: info@handkliniek-amsterdam.example
Sent: 14 February 2026 08:52
Subject: Second opinion request - right thumb (DOB 02/05/1979)

Dear Sir or Madam,

I am an American living in Amstelveen since 2022 and I would like to ask for a second opinion about my
right thumb. I have had pain at the base of the thumb for about two years. My huisarts, Dr. Dekker in
Amstelveen, arranged an ultrasound last autumn that showed "early arthritis of the CMC joint" and I had
a cortisone injection in November.

The surgeon at the Amstelland hospital suggested surgery (removing the trapezium bone). I have not had
that surgery or any other operation on my hands, and I am not comfortable going ahead without another
opinion. My sister had the same procedure in Seattle and still has pain.

I was in Lisbon over Christmas but did not see any doctor there.

Could you tell me whether I need a referral letter from my GP, and which documents you need?

Kind regards,
Sarah Lindqvist-Meijer
+31 6 19 22 73 40
""", L([], "2026-02-14", "patient", "en", "patient e-mail (plain text)",
       imaging="yes", operated="no", abroad="no",
       notes="Patient's own request, not a referral. Sister's operation abroad is someone else's; holiday in "
             "Lisbon without care."))

# ---------------------------------------------------------------- tc-046 US consultation note (docx)
make("tc-046", "docx", [
    ("lh2", ["Beacon Hill Hand & Wrist Associates", "Department of Orthopaedic Surgery - Hand Service",
             "55 Cambridge Street, Boston, MA 02114, USA"], ["Tel (617) 555-0142", "Fax (617) 555-0143"]),
    ("title", "Hand Surgery Consultation"),
    ("kv", [("Patient", "Wouter Scholten"), ("DOB", "10/14/1960"), ("MRN", "BHH-7740213"),
            ("Date of service", "January 8, 2026"),
            ("Referring provider", "Lisa Chang, MD (Primary Care, Back Bay Internal Medicine)"),
            ("Reason for consultation", "Bilateral thumb base pain")]),
    ("h", "History of Present Illness"),
    ("p", "Mr. Scholten is a 65-year-old right-hand-dominant retired Dutch banker who spends the winter in "
          "Boston with his daughter. He reports 3 years of bilateral thumb base pain, worse on the right, "
          "aggravated by opening jars and playing golf. He has tried over-the-counter NSAIDs and a soft "
          "neoprene splint. He has never had an injection or surgery on either hand. He had a right total "
          "knee replacement in 2017 in Amsterdam."),
    ("h", "Physical Examination"),
    ("p", "Bilateral thumb CMC joint tenderness, positive grind test right > left, mild MCP "
          "hyperextension (15 degrees) on the right. Sensation intact. Negative Tinel's and Phalen's."),
    ("h", "Imaging"),
    ("p", "Three views of both hands obtained in clinic today: Eaton-Littler stage III CMC arthritis of "
          "the right thumb, stage II on the left. STT joint preserved bilaterally."),
    ("h", "Assessment"),
    ("p", "Bilateral thumb CMC osteoarthritis, symptomatic, right worse than left."),
    ("h", "Plan"),
    ("p", "Options discussed at length: continued bracing, corticosteroid injection, and surgical "
          "treatment (trapeziectomy with or without ligament reconstruction, or CMC arthroplasty). "
          "He prefers to defer any surgery until he is back in the Netherlands. Right CMC corticosteroid "
          "injection performed today under sterile conditions (triamcinolone 10 mg), tolerated well. Custom "
          "thermoplastic splint ordered. He will share this note with his Dutch general practitioner."),
    ("sig", ["Electronically signed: Thomas R. Keane, MD, FAAOS", "Hand and Upper Extremity Surgery",
             "01/08/2026 16:20"]),
], L(["correspondence"], "2026-01-08", "specialist", "en", "US consultation note (HPI/Assessment/Plan), "
     "python-docx with two-column letterhead", imaging="yes", operated="no", abroad="yes",
     notes="US clinic visit with X-rays and an injection: treated abroad (outpatient clinic). 'never had "
           "... surgery on either hand' = no; knee replacement is another body part; surgery only discussed. "
           "Date written 'January 8, 2026' and '01/08/2026' (US order)."),
   header="Beacon Hill Hand & Wrist Associates - Consultation Note", footer="Scholten, Wouter - MRN BHH-7740213")

print("en done")
