# -*- coding: utf-8 -*-
"""English documents (UK, Ireland, Spain in translation, Dutch expat practices) of the vg- corpus."""
from reportlab.lib.units import mm
from spec import D

DOCS = []

# ============================================================================================ PDF
# vg-010  UK hand clinic letter (correspondence, abroad), no surgery
DOCS.append(D(
    "vg-010-clinic-letter-nhs", "pdf",
    [
        ("lh", {"name": "Severnside University Hospitals", "sub": "NHS Foundation Trust", "align": "split",
                "color": "#005eb8", "logo": "square",
                "lines": ["Hand Surgery Unit, Avon Gorge Wing", "Durdham Road, Bristol BS9 4QL",
                          "Tel: 0117 950 5050", "Fax: 0117 950 5051"]}),
        ("cols", ["Dr R. Patel", "Clifton Downs Surgery", "22 Whiteladies Road", "Bristol BS8 2LG"],
                 ["Date dictated: 27/10/2026", "Date typed: 02/11/2026", "Our ref: HSU/JVD/88712",
                  "NHS No: 485 777 3456", "Hospital No: S2291044"]),
        ("p", "Dear Dr Patel,"),
        ("p", "<b>Re: Mrs Joanna van Doorn, DOB 31/10/1979, Flat 3, 17 Redland Grove, Bristol BS6 6PR</b>"),
        ("p", "<b>Diagnosis:</b> Right wrist pain - probable dynamic scapholunate instability; "
              "de Quervain's tenosynovitis excluded."),
        ("p", "<b>Outcome:</b> Follow-up not required - patient relocating to the Netherlands in December."),
        ("p", "I reviewed Mrs van Doorn, a 47-year-old Dutch-born accountant, in the hand clinic today. She "
              "has had pain over the dorsum of her right wrist for eight months since lifting a heavy "
              "suitcase. She has not had any surgery to the hand or wrist. She was previously seen in our "
              "physiotherapy department with limited benefit."),
        ("p", "On examination there is tenderness just distal to Lister's tubercle, a painful but "
              "negative Watson's shift test and full range of motion. Finkelstein's test is negative."),
        ("p", "Her ultrasound scan of the right wrist (Avon Gorge Wing, 14/09/2026) showed a small occult dorsal "
              "ganglion and no tenosynovitis. Plain radiographs including a clenched-fist view were "
              "normal, with no scapholunate widening."),
        ("p", "<b>Plan:</b> I have discussed the options, including wrist arthroscopy, which I would normally "
              "offer at this stage. As she is moving back to the Netherlands she would prefer to have any "
              "further treatment there and has asked for a copy of this letter and her images on CD. I have "
              "discharged her to your care."),
        ("p", "Yours sincerely,"),
        ("sig", ["Mr Jonathan Ashworth FRCS (Plast)", "Consultant Hand Surgeon"], {"scribble": True}),
        ("small", "cc: Mrs J. van Doorn (patient)"),
    ],
    {"letter": False, "font": "Helvetica", "size": 10,
     "footer": "Severnside University Hospitals NHS Foundation Trust - Chair: Prof. H. Lamb - page {page} of {pages}"},
    kinds=["correspondence"], date="2026-11-02", also_dates=["2026-10-27"], author="specialist",
    language="en", style="UK NHS hand clinic letter (Diagnosis/Outcome/Plan)",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="UK hospital letter => treated abroad. Dictated 27/10, typed 02/11 (both kept); birth date 31/10 "
          "in between. 'Has not had any surgery' => operated no; arthroscopy only offered. Dates in "
          "dd/mm/yyyy.",
))

# vg-011  UK Operation Note form (operation-report, abroad)
DOCS.append(D(
    "vg-011-operation-note", "pdf",
    [
        ("lh", {"name": "North Wessex Hospitals NHS Foundation Trust", "align": "left", "color": "#005eb8",
                "sub": "Loddon Valley Hospital - Theatres", "rule": True,
                "lines": ["Sherborne Lane, Basingstoke RG21 7QT"]}),
        ("title", "OPERATION NOTE"),
        ("table", [["Patient", "Mr Daan Hermans", "Hospital No", "RBR-4410872"],
                   ["DOB", "09/10/1994", "NHS No", "612 443 9087"],
                   ["Date of operation", "15/10/2026", "Theatre", "Day Surgery Unit, Theatre 4"],
                   ["Surgeon", "Ms Priya Raman, Consultant", "Assistant", "Mr T. Okafor, ST5"],
                   ["Anaesthetist", "Dr S. Hughes", "Anaesthetic", "GA + axillary block"]],
         {"header": False, "colw": (0.2, 0.3, 0.18, 0.32)}),
        ("kv", [
            ("Diagnosis", "Complete laceration FDP and FDS left index finger, zone II, with ulnar digital "
                          "nerve laceration (kitchen knife, 13/10/2026)"),
            ("Procedure", "Exploration, repair of FDP (4-strand Adelaide + epitendinous), repair of FDS "
                          "ulnar slip, primary repair ulnar digital nerve left index finger"),
            ("Tourniquet", "250 mmHg, 74 minutes"),
            ("Findings", "Both tendons divided at the level of A2/A3; proximal FDP stump retracted into palm. "
                         "Ulnar digital nerve transected, artery intact."),
            ("Procedure details", "Bruner extension of the wound. Retrieval of FDP via palmar window. "
                                  "Core suture 3-0 Fiberwire, epitendinous 6-0 Prolene. Venting of A4 pulley. "
                                  "Nerve repaired with 9-0 nylon under microscope. Full passive range, no "
                                  "gapping. Skin 5-0 Vicryl Rapide."),
            ("Complications", "None"),
            ("Post-op instructions", "Dorsal blocking splint. Hand therapy referral for early active motion "
                                     "(Manchester short splint) from day 3. Review in hand trauma clinic in "
                                     "2 weeks. Patient returns to the Netherlands 30/10/2026: copy of this "
                                     "note given for ongoing therapy at home."),
            ("VTE prophylaxis", "Not required"),
        ], {"colw": (0.25, 0.75), "border": True, "shade": "#e8f0fa"}),
        ("sig", ["Signed: P. Raman   GMC 7104421   15/10/2026 17:52"]),
    ],
    {"size": 9.5, "footer": "Operation note - RBR-4410872 - printed from Bluespier - page {page} of {pages}"},
    kinds=["operation-report"], date="2026-10-15", author="specialist", language="en",
    style="UK operation note form, bordered tables",
    imaging_done="unmentioned", operated="yes", treated_abroad="yes",
    notes="Operation in an English hospital => treated abroad. Injury date 13/10 and a future return date "
          "30/10 near the operation date; birth date 09/10. No imaging mentioned.",
))

# vg-012  UK radiology report from the ED (imaging-report, abroad)
DOCS.append(D(
    "vg-012-xr-wrist-report", "pdf",
    [
        ("lh", {"name": "Severnside University Hospitals NHS Foundation Trust", "align": "left",
                "color": "#005eb8", "sub": "Department of Clinical Radiology", "rule": True,
                "lines": ["Durdham Road, Bristol BS9 4QL  |  Radiology enquiries 0117 414 0000"]}),
        ("kv", [("Patient name", "DE BOER, Lars"), ("Date of birth", "03/08/1961"),
                ("Hospital number", "S4410093"), ("NHS number", "Not known (overseas visitor)"),
                ("Referrer", "Dr K. Adeyemi, Emergency Department"),
                ("Location", "ED Majors"),
                ("Examination", "XR Wrist Right"),
                ("Exam date", "04 August 2026 22:41"),
                ("Clinical history", "Dutch tourist, FOOSH off e-scooter. Swollen, deformed R wrist. ? #")],
         {"colw": (0.27, 0.73)}),
        ("h", "Report"),
        ("p", "Dorsally angulated and impacted fracture of the distal radial metaphysis with extension into the "
              "radiocarpal joint. Approximately 20 degrees of dorsal tilt and 3 mm of radial shortening. "
              "Associated ulnar styloid fracture. Carpal alignment maintained."),
        ("p", "Post-reduction views are recommended."),
        ("kv", [("Reported by", "Dr A. Whitfield, Consultant Radiologist"),
                ("Report date", "05/08/2026 08:12"), ("Status", "Final")], {"colw": (0.27, 0.73)}),
    ],
    {"size": 10, "footer": "CRIS/PACS report - printed 11/11/2026 - page {page}"},
    kinds=["imaging-report"], date="2026-08-05", also_dates=["2026-08-04"], author="radiologist",
    language="en", style="UK radiology report (CRIS), label/value",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Radiology report from an English ED: a Dutch tourist treated in a hospital abroad. Exam late "
          "evening 04 August (long month format), report next morning in dd/mm/yyyy; print date 11/11/2026 in "
          "the footer is not the document date. Birth date 03/08 one day before the exam.",
))

# vg-013  Spanish hospital discharge report in English translation, with full operation section
DOCS.append(D(
    "vg-013-discharge-report-marbella", "pdf",
    [
        ("lh", {"name": "Hospital Clínico Sierra Blanca", "align": "center", "color": "#7b241c",
                "sub": "Servicio de Cirugía Ortopédica y Traumatología",
                "lines": ["Avda. Ricardo Soriano 120, 29601 Marbella (Málaga), España", "Tel. +34 952 77 40 00"]}),
        ("title", "DISCHARGE REPORT (Informe de alta) - English translation"),
        ("kv", [("Patient", "Mrs Marieke Jacobs-Smit"), ("Date of birth", "22/04/1956"),
                ("Nationality", "Dutch"), ("Clinical record no.", "HCSB-2026-071183"),
                ("Date of admission", "12/07/2026"), ("Date of discharge", "15/07/2026")],
         {"colw": (0.3, 0.7)}),
        ("h", "Reason for admission"),
        ("p", "Fall in the street while on holiday. Pain and deformity of the left wrist."),
        ("h", "Complementary tests"),
        ("p", "X-ray left wrist (12/07/2026): extra-articular distal radius fracture with dorsal displacement "
              "(Colles type). Post-operative X-ray (13/07/2026): satisfactory reduction."),
        ("h", "Surgical procedure"),
        ("kv", [("Date of surgery", "13/07/2026"), ("Surgeon", "Dr. Javier Ortega Ruiz"),
                ("Assistant", "Dr. Lucía Fernández Gil"), ("Anaesthesia", "Axillary brachial plexus block"),
                ("Procedure", "Closed reduction and percutaneous fixation with three Kirschner wires "
                              "(1.8 mm) of the left distal radius"),
                ("Description", "Under fluoroscopic control, closed reduction by traction and flexion; "
                                "fixation with two radial styloid wires and one intrafocal (Kapandji) wire. "
                                "Wires bent and cut outside the skin. Dorsal plaster splint."),
                ("Complications", "None")], {"colw": (0.3, 0.7)}),
        ("h", "Evolution"),
        ("p", "Favourable. Neurovascular status correct. Afebrile. Discharged to return to the Netherlands."),
        ("h", "Treatment at discharge"),
        ("p", "Enoxaparin 40 mg s.c. daily until cast removal; paracetamol 1 g every 8 hours; keep arm elevated. "
              "Removal of Kirschner wires after 5-6 weeks by her own traumatologist in the Netherlands."),
        ("p", "Marbella, 15/07/2026"),
        ("sig", ["Dr. Javier Ortega Ruiz", "Facultativo Especialista de Área, COT", "Col. nº 29/0814455"]),
        ("hr",),
        ("small", "Certified translation from Spanish by M. de Graaf-López, sworn translator (Rbtv 10021), "
                  "Rotterdam, 02/08/2026. The translator is not responsible for medical content."),
    ],
    {"size": 10, "footer": "HCSB - Informe de alta - HCSB-2026-071183 - {page}/{pages}"},
    kinds=["correspondence", "operation-report"], date="2026-07-15", also_dates=["2026-08-02"],
    author="specialist", language="en",
    style="foreign discharge summary (Spain), translated, with full surgery section",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Discharge report from a Spanish hospital in certified English translation: correspondence and, "
          "through its full surgery section (date, surgeon, procedure, description), operation report. "
          "Translation date 02/08/2026 kept as also_date (judgement call). Holiday abroad WITH admission.",
))

# vg-021  UK GP referral with auto-inserted past history (referral + history)
DOCS.append(D(
    "vg-021-gp-referral-otmoor", "pdf",
    [
        ("lh", {"name": "Otmoor Lane Surgery", "align": "split", "color": "#00703c",
                "sub": "Dr H. Fletcher, Dr A. Mistry, Dr C. O'Neill",
                "lines": ["4 Otmoor Lane", "Bicester OX26 1AB", "Tel 01869 320 000",
                          "Practice code K84611"]}),
        ("p", "12 November 2026"),
        ("p", "Handkliniek Oudenrijn, Papendorpseweg 100, 3528 BJ Utrecht, The Netherlands"),
        ("p", "Dear Colleague,"),
        ("p", "<b>Re: Ms Eline Postma, DOB 02/11/1990, NHS No 943 228 1190, 18 Launton Road, Bicester OX26 6DP</b>"),
        ("p", "I would be grateful if you could see this 36-year-old Dutch national who is moving back to "
              "Utrecht in January and would like a second opinion regarding her left wrist."),
        ("p", "She sustained a scaphoid waist fracture in March 2026 (fall while running) which was diagnosed on "
              "CT at the Cherwell Valley Hospital fracture clinic and was managed non-operatively in a cast "
              "for ten weeks. A follow-up CT in September suggested delayed union and the fracture clinic has "
              "offered fixation with a screw and bone graft. She is reluctant and would like to know whether "
              "further immobilisation or surgery is the better option. Could you advise on the management?"),
        ("h", "Past Medical History"),
        ("table", [["Date", "Problem", "Status"],
                   ["2012", "Asthma", "Active"],
                   ["2019", "Laparoscopic ovarian cystectomy (right)", "Past"],
                   ["Mar 2026", "Fracture of scaphoid, left (non-operative)", "Active"]],
         {"colw": (0.18, 0.6, 0.22)}),
        ("h", "Recent treatment / consultations"),
        ("table", [["Date", "Entry"],
                   ["14/03/2026", "Cherwell Valley Hospital ED and fracture clinic: CT left wrist, scaphoid cast"],
                   ["26/05/2026", "Cast removed; physiotherapy referral"],
                   ["22/09/2026", "Repeat CT: delayed union; offered ORIF + graft"],
                   ["05/11/2026", "GP review: requests second opinion in NL"]],
         {"colw": (0.18, 0.82)}),
        ("h", "Current Medication"),
        ("p", "Salbutamol 100 micrograms inhaler, 2 puffs as required; Clenil Modulite 100 micrograms 2 puffs "
              "twice daily."),
        ("h", "Allergies"),
        ("p", "No known drug allergies."),
        ("p", "Yours faithfully,"),
        ("sig", ["Dr Aisha Mistry", "GP Partner, GMC 6099812"]),
        ("small", "This letter was generated by EMIS Web. Enclosures: fracture clinic letters, CT reports."),
    ],
    {"size": 10, "footer": "Otmoor Lane Surgery - confidential - page {page} of {pages}"},
    kinds=["referral", "history"], date="2026-11-12", author="gp", language="en",
    style="UK GP referral letter (EMIS) with past medical history and recent consultations tables",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
    notes="UK GP referral to the Dutch clinic with its own history tables (PMH + recent treatment) => "
          "referral and history. Treated at an English hospital => treated abroad. 'Managed "
          "non-operatively' => operated no; fixation only offered. Ovarian cystectomy other body part. "
          "Birth date 02/11 ten days before the letter.",
))

# vg-025  UK MRSA admission screen (mrsa-screening, abroad)
DOCS.append(D(
    "vg-025-microbiology-mrsa-screen", "pdf",
    [
        ("lh", {"name": "North Wessex Pathology Service", "align": "split", "color": "#330072",
                "sub": "Department of Medical Microbiology",
                "lines": ["Loddon Valley Hospital", "Sherborne Lane, Basingstoke RG21 7QT",
                          "Results line 01256 313 500", "UKAS medical laboratory No. 8812"]}),
        ("table", [["Patient", "HERMANS, Daan", "DOB", "09/10/1994"],
                   ["Hospital No", "RBR-4410872", "Location", "Ward C4 Hand Trauma, Loddon Valley"],
                   ["Requested by", "Ms P. Raman", "Specimen No", "M26.0918842"],
                   ["Collected", "14/10/2026 06:30", "Received", "14/10/2026 11:02"]],
         {"header": False, "colw": (0.17, 0.33, 0.17, 0.33)}),
        ("kv", [("Clinical details", "Emergency admission, flexor tendon injury. MRSA admission screen."),
                ("Specimen", "Nose swab; Groin swab"),
                ("Investigation", "MRSA screen (chromogenic culture)")], {"colw": (0.25, 0.75)}),
        ("table", [["Specimen", "Result"],
                   ["Nose swab", "MRSA NOT isolated"],
                   ["Groin swab", "MRSA NOT isolated"]], {"colw": (0.3, 0.7)}),
        ("p", "<b>Comment:</b> No MRSA isolated. Standard precautions."),
        ("kv", [("Authorised by", "Dr F. Osei, Consultant Microbiologist"),
                ("Report issued", "16/10/2026 14:25")], {"colw": (0.25, 0.75)}),
    ],
    {"size": 9.5, "footer": "North Wessex Pathology Service - cumulative report - page {page} of {pages}"},
    kinds=["mrsa-screening"], date="2026-10-16", also_dates=["2026-10-14"], author="lab", language="en",
    style="UK microbiology report (MRSA admission screen), tables",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="MRSA result produced during an emergency admission in England: it is an MRSA screening, and it "
          "shows a hospital admission abroad (English hospital ward). "
          "Same patient as the operation note vg-011 (tendon injury mentioned, not the operation).",
))

# ============================================================================================ DOCX
# vg-039  Records release authorisation form (none)
DOCS.append(D(
    "vg-039-authorisation-records", "docx",
    [
        ("lh", {"name": "Handkliniek Oudenrijn", "color": "#1f618d",
                "lines": ["Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands", "+31 30 799 10 10"]}),
        ("title", "Authorisation to request medical records"),
        ("p", "Machtiging opvragen medische gegevens (English version for patients treated abroad)"),
        ("kv", [("Patient name", "Eline Postma"), ("Date of birth", "02-11-1990"),
                ("Address", "Kanaalweg 9bis, 3526 KL Utrecht"),
                ("Records to be released by", "Cherwell Valley Hospital, Oxfordshire, UK"),
                ("Records requested", "All correspondence, imaging reports and images, and operation notes "
                                      "(if any) concerning my left wrist, from 01/03/2026 onwards"),
                ("Send to", "Handkliniek Oudenrijn, intake second opinion")], {"border": True}),
        ("p", "I authorise the above hospital to release the records listed to Handkliniek Oudenrijn for the "
              "purpose of a second opinion. This authorisation is valid for six months."),
        ("kv", [("Signature", "E. Postma (signed)"), ("Date", "30-11-2026"), ("Place", "Utrecht")],
         {"border": True}),
        ("small", "Form HO-F-017 v3 (2025). Return by e-mail to intake@handkliniek-oudenrijn.example."),
    ],
    {"font": "Arial", "size": 10},
    kinds=[], date="2026-11-30", author="patient", language="en",
    style="clinic consent/authorisation form (docx), bordered tables",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Consent form signed by the patient. Naming a UK hospital as record holder and asking for "
          "'operation notes (if any)' and imaging does not state that care, imaging or surgery happened: "
          "all facts unmentioned (judgement call; a hospital named as record holder hints at care there).",
))

# vg-041  UK hand surgeon letter to the Dutch GP (correspondence, abroad, operated)
DOCS.append(D(
    "vg-041-letter-hand-surgeon-uk", "docx",
    [
        ("lh", {"name": "Thanet and Coast Hospitals NHS Foundation Trust", "docx_header": True,
                "color": "#005eb8", "sub": "Plastic & Hand Surgery - Thanet Cliffs Hospital, Margate CT9 5QQ"}),
        ("p", "Private and Confidential"),
        ("cols", ["Dr M. van Dijk", "Huisartsenpraktijk Het Spaarne", "Spaarne 40", "2011 CG Haarlem",
                  "The Netherlands"],
                 ["Clinic date: 29/10/2026", "Typed: 05/11/2026", "Ref: PHS/KT/33104", "Hospital No: Q7781204"]),
        ("p", "Dear Dr van Dijk,"),
        ("p", "<b>Re: Mr Koen Timmer, DOB 11/11/1987</b>"),
        ("p", "<b>Diagnosis:</b>"),
        ("p", "1. Chronic ulnar collateral ligament rupture, right thumb MCP joint (skier's thumb)"),
        ("p", "2. Status post UCL reconstruction with palmaris longus graft, 18/03/2026"),
        ("p", "<b>Plan:</b> Discharged from our clinic. Further follow-up in the Netherlands as requested."),
        ("p", "I saw Mr Timmer for his final review before he returns to Haarlem. He had his right thumb UCL "
              "reconstruction here in March after a late presentation. He has regained good stability; "
              "key pinch is 6 kg compared with 8 kg on the left. He still reports aching in cold weather and "
              "some stiffness of the MCP joint (flexion 40 degrees)."),
        ("p", "Stress radiographs today show no residual laxity and the bone anchor in good position. I have "
              "not arranged further imaging."),
        ("p", "He asks whether the stiffness could be improved by a tenolysis; I do not think this is "
              "indicated, but I have no objection to him seeking a second opinion at home."),
        ("p", "Kind regards,"),
        ("sig", ["Mr Kieran Kelly MCh FRCS (Plast)", "Consultant Plastic & Hand Surgeon",
                 "Dictated but not read"]),
        ("small", "cc: Mr K. Timmer"),
    ],
    {"font": "Arial", "size": 10, "footer": "Page 1 - PHS/KT/33104"},
    kinds=["correspondence"], date="2026-11-05", also_dates=["2026-10-29"], author="specialist",
    language="en", style="UK consultant clinic letter (docx) to a Dutch GP",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="English letter from a UK hospital to a Dutch GP; operated there in March (procedure and date "
          "named, no operator or description: correspondence only). Clinic date vs typed date; birth date "
          "11/11 after both. Tenolysis only asked about. 'I have not arranged further "
          "imaging' after radiographs were done: imaging yes.",
))

# vg-042  English GP summary from a Dutch international practice (history), holiday without care
DOCS.append(D(
    "vg-042-patient-summary-expat-gp", "docx",
    [
        ("lh", {"name": "The Hague International Family Practice", "align": "split", "color": "#117a65",
                "sub": "Huisartsenpraktijk - English speaking GPs",
                "lines": ["Laan van Meerdervoort 77", "2517 AG Den Haag", "+31 70 362 55 00"]}),
        ("title", "Patient summary"),
        ("kv", [("Date", "24 November 2026"), ("Patient", "Ms Hannah Kowalczyk"),
                ("Date of birth", "20 November 1984"), ("GP", "Dr S. Wright (Dutch-registered GP, BIG 59023177801)"),
                ("Purpose", "Summary for second opinion, Handkliniek Oudenrijn")], {"border": False}),
        ("h", "Active problems"),
        ("table", [["ICPC", "Episode", "Since"],
                   ["L91", "Osteoarthritis, left wrist (post-traumatic)", "05-2025"],
                   ["L72", "Old fracture distal radius left (2009, conservative, cast)", "2009"],
                   ["A85", "Adverse effect of medication (NSAID dyspepsia)", "2025"]]),
        ("h", "Past history"),
        ("p", "Tonsillectomy (1991). No previous surgery of the hand or wrist."),
        ("h", "Recent care"),
        ("p", "05-2025: X-ray left wrist (Ziekenhuis Westduin): radiocarpal osteoarthritis. "
              "01-2026: referred to orthopaedics; splint and injection (03-2026). 09-2026: orthopaedic surgeon "
              "proposes a partial wrist fusion; MRI left wrist 16-09-2026 (Westduin): cartilage loss "
              "radioscaphoid, intact midcarpal joint. 11-2026: patient requests a second opinion."),
        ("p", "She travelled to Thailand in October 2026 for a holiday; she did not receive any medical "
              "treatment abroad."),
        ("h", "Medication"),
        ("p", "Paracetamol 1 g up to 3x daily; esomeprazole 20 mg when using NSAIDs."),
        ("h", "Allergies"),
        ("p", "None known."),
        ("sig", ["Dr Sarah Wright, general practitioner"]),
    ],
    {"font": "Calibri", "size": 10.5},
    kinds=["history"], date="2026-11-24", author="gp", language="en",
    style="Dutch expat GP practice summary in English (docx)",
    imaging_done="yes", operated="no", treated_abroad="no",
    notes="English summary from a Dutch GP practice (ICPC episodes). Holiday in Thailand explicitly without "
          "medical treatment => treated_abroad no. 'No previous surgery of the hand or wrist' => operated no; "
          "partial fusion only proposed; tonsillectomy other body part. Birth date 20 November four days "
          "before the letter date (both written in words).",
))

# vg-043  UK discharge summary, surgery mentioned without operator (correspondence)
DOCS.append(D(
    "vg-043-discharge-summary", "docx",
    [
        ("lh", {"name": "North Wessex Hospitals NHS Foundation Trust", "color": "#005eb8",
                "sub": "Discharge Summary - Trauma & Orthopaedics"}),
        ("table", [["Patient", "Admission", "Discharge", "Consultant"],
                   ["Ms Roos Veenstra, DOB 21/09/2003, Hosp No RBR-5521907",
                    "18/09/2026", "20/09/2026", "Mr D. Carter"]]),
        ("kv", [("GP", "University Health Centre, Reading (temporary registration)"),
                ("Discharge destination", "Usual residence (student halls)"),
                ("Date of summary", "22/09/2026")], {"border": False}),
        ("h", "Diagnosis"),
        ("p", "Displaced fracture base of the 5th metacarpal, right hand, with carpometacarpal subluxation."),
        ("h", "Procedures"),
        ("p", "Underwent closed reduction and K-wire fixation of the right 5th CMC joint on 19/09/2026."),
        ("h", "Investigations"),
        ("p", "X-ray right hand 18/09/2026 and CT 19/09/2026 (pre-operative)."),
        ("h", "Medication on discharge"),
        ("p", "Paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS for 5 days."),
        ("h", "Follow-up"),
        ("p", "Fracture clinic in 1 week; removal of K-wires at 4 weeks. Patient is an Erasmus student from "
              "Groningen and may prefer follow-up in the Netherlands after term ends."),
        ("sig", ["Completed by: Dr L. Zhang, FY2, on behalf of Mr D. Carter"]),
    ],
    {"font": "Arial", "size": 10},
    kinds=["correspondence"], date="2026-09-22", author="specialist", language="en",
    style="UK electronic discharge summary (docx), table header",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Discharge summary that names the procedure and date but gives no operator and no description: "
          "correspondence only, not an operation report (judgement call). Birth date 21/09 one day before "
          "the summary date; admission/discharge dates are events. Written by an FY2 doctor for the consultant.",
))

# vg-044  UK ultrasound report as DOCX table (imaging-report, abroad)
DOCS.append(D(
    "vg-044-ultrasound-report", "docx",
    [
        ("lh", {"name": "Thanet and Coast Hospitals NHS Foundation Trust", "color": "#005eb8",
                "sub": "Imaging Department - Musculoskeletal Ultrasound"}),
        ("table", [["Field", "Value"],
                   ["Patient", "TIMMER, Koen"],
                   ["DOB", "11/11/1987"],
                   ["Referrer", "Mr K. Kelly, Plastic Surgery"],
                   ["Examination", "US Thumb Right"],
                   ["Date of examination", "February 9, 2026"],
                   ["Clinical information", "Pain and laxity R thumb MCPJ after skiing injury Dec 2025. "
                                            "Stener lesion?"]]),
        ("h", "Findings"),
        ("p", "Dynamic ultrasound of the right thumb MCP joint. The ulnar collateral ligament is not seen in its "
              "normal position; a retracted ligament stump lies superficial to the adductor aponeurosis (yo-yo "
              "sign), consistent with a Stener lesion. Small joint effusion. No bony avulsion fragment "
              "identified (correlate with radiographs)."),
        ("h", "Conclusion"),
        ("p", "Complete UCL rupture with Stener lesion, right thumb."),
        ("p", "Reported by Dr N. Achterberg, Consultant Musculoskeletal Radiologist, 9 February 2026."),
    ],
    {"font": "Calibri", "size": 10},
    kinds=["imaging-report"], date="2026-02-09", author="radiologist", language="en",
    style="UK ultrasound report with field/value table (docx)",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Old (February 2026) US report from a UK hospital, US date format 'February 9, 2026' in the table "
          "and '9 February 2026' in the signature. Older than the later stress radiographs mentioned in "
          "vg-041 (not the most recent imaging of that patient). Skiing injury location not stated.",
))

# vg-045  Appointment letter in English (none)
DOCS.append(D(
    "vg-045-appointment-letter", "docx",
    [
        ("lh", {"name": "Handkliniek Oudenrijn", "align": "split", "color": "#1f618d",
                "sub": "Hand and wrist clinic - second opinions",
                "lines": ["Papendorpseweg 100", "3528 BJ Utrecht", "+31 30 799 10 10"]}),
        ("p", "Mr Koen Timmer"),
        ("p", "Spaarne 12A, 2011 CH Haarlem"),
        ("p", "Utrecht, 1 December 2026"),
        ("p", "<b>Your appointment - second opinion</b>"),
        ("p", "Dear Mr Timmer,"),
        ("p", "Thank you for your registration. We have received the referral from your GP, Dr van Dijk. "
              "Before we can schedule your first consultation, we still need the following documents:"),
        ("table", [["Document", "Status"],
                   ["Referral letter GP", "received 26-11-2026"],
                   ["Letters from your treating surgeon (UK)", "received"],
                   ["Operation report (UCL reconstruction, March 2026)", "missing"],
                   ["Imaging reports and CD with images", "missing"],
                   ["MRSA screening (required after treatment in a foreign hospital)", "missing"]]),
        ("p", "Please ask your GP to arrange the MRSA screening. You can upload the documents through our "
              "patient portal or send them by post. We will contact you for an appointment as soon as your "
              "file is complete."),
        ("p", "Kind regards,"),
        ("sig", ["Intake team, Handkliniek Oudenrijn"]),
    ],
    {"font": "Calibri", "size": 10.5},
    kinds=[], date="2026-12-01", author="other", language="en",
    style="clinic missing-documents / appointment letter (docx) with checklist table",
    imaging_done="unmentioned", operated="yes", treated_abroad="yes",
    notes="The clinic's own intake letter listing missing documents: uses every kind keyword in a table but "
          "is none of them. It states facts indirectly: 'Operation report (UCL reconstruction, March 2026)' "
          "=> operated yes; 'treating surgeon (UK)' and MRSA 'required after treatment in a foreign hospital' "
          "=> treated abroad yes; imaging reports are only requested => imaging unmentioned (judgement calls).",
))

# ============================================================================================ TXT
# vg-051  Irish MRI report, plain text (imaging-report, abroad)
DOCS.append(D(
    "vg-051-mri-report-cork", "txt",
    [
        ("pre", "ST. DECLAN'S UNIVERSITY HOSPITAL, CORK\n"
                "Department of Radiology    Blackrock Road, Cork T12 XC82    Tel +353 21 492 0000\n"
                "==============================================================================\n"
                "PATIENT : NIEUWENHUIS, Floor             MRN : SDH-00771023\n"
                "DOB     : 17/08/1998                     SEX : F\n"
                "REFERRER: Mr C. Doyle, Orthopaedic Surgery (Hand & Upper Limb)\n"
                "EXAM    : MRI LEFT WRIST (non-contrast)   DATE: 02/09/2026\n"
                "=============================================================================="),
        ("p", "CLINICAL INFORMATION: Dutch exchange student. Fall during camogie training 16/08/2026. Persistent "
              "dorsal wrist pain, normal radiographs in ED. ?SL ligament injury ?occult scaphoid fracture."),
        ("p", "FINDINGS: There is bone marrow oedema in the scaphoid waist with a thin low signal line on T1 "
              "consistent with an undisplaced fracture. The scapholunate ligament is intact dorsally and "
              "volarly. No widening of the scapholunate interval. TFCC intact. Small dorsal ganglion 4 mm. "
              "Flexor and extensor tendons normal."),
        ("p", "IMPRESSION: Occult undisplaced scaphoid waist fracture, left. Intact scapholunate ligament."),
        ("p", "Reported by: Dr Aoife Brennan, Consultant Radiologist\nVerified: 03/09/2026 09:47"),
        ("p", "*** Electronically signed report. Copies: Mr C. Doyle; GP Dr M. O'Sullivan, Ballincollig ***"),
    ],
    {"width": 78},
    kinds=["imaging-report"], date="2026-09-03", also_dates=["2026-09-02"], author="radiologist",
    language="en", style="Irish radiology report, plain text with fixed-width header",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Irish hospital imaging of a Dutch exchange student => treated abroad. Exam vs verified date. "
          "Birth date 17/08 and injury 16/08 close together. ED radiographs mentioned too.",
))

# vg-055  Patient e-mail in English (none): holiday abroad without care
DOCS.append(D(
    "vg-055-email-patient", "txt",
    [
        ("pre", "From: Tom Ellison <t.ellison@mail.example>\n"
                "Sent: Thursday, 26 November 2026 21:14\n"
                "To: intake@handkliniek-oudenrijn.example\n"
                "Subject: RE: second opinion - missing documents\n"),
        ("p", "Dear intake team,"),
        ("p", "Thank you for your e-mail of November 24. You asked whether I was treated in a hospital abroad, "
              "because of the MRSA screening. I was on holiday in Portugal in August, but I did not see a doctor "
              "or go to a hospital there - the wrist problem started after I came home."),
        ("p", "My GP in Amstelveen sent me for an X-ray at the Amstelveen Medical Centre in September and the "
              "report should be with the referral. I have never had surgery on my wrist or hand. The CD with "
              "the X-ray images is in the post."),
        ("p", "My date of birth is 28 November 1969, in case you need it to match the file."),
        ("p", "Best regards,\nTom Ellison\nKastanjelaan 5, 1181 BX Amstelveen"),
        ("pre", "> On 24 Nov 2026, at 09:02, Handkliniek Oudenrijn <intake@handkliniek-oudenrijn.example> wrote:\n"
                ">\n"
                "> Dear Mr Ellison, to complete your file we need to know whether you have been admitted\n"
                "> to or treated in a hospital outside the Netherlands in the past two months.\n"
                "> If so, an MRSA screening via your GP is required. Kind regards, Intake"),
    ],
    {"width": 80},
    kinds=[], date="2026-11-26", author="patient", language="en", style="patient e-mail reply with quote",
    imaging_done="yes", operated="no", treated_abroad="no",
    notes="Patient e-mail: not a referral or history. Holiday in Portugal without any care => "
          "treated_abroad no. Quoted clinic mail contains the MRSA/abroad rule as a question. Date in "
          "'Sent:' header with weekday; the quoted mail has an earlier date; birth date two days later.",
))

# vg-057  English e-mail style referral from a Dutch expat GP (referral)
DOCS.append(D(
    "vg-057-referral-email-expat", "txt",
    [
        ("pre", "AMSTERDAM EXPAT HEALTH - GP PRACTICE\n"
                "Keizersgracht 556, 1017 EM Amsterdam | +31 20 555 01 77 | AGB 01-078812\n"
                "------------------------------------------------------------------------------\n"
                "REFERRAL LETTER                                        Date: 02-12-2026\n"
                "To:      Handkliniek Oudenrijn, Utrecht - Hand surgery / second opinion\n"
                "From:    Dr Lisa Brandt, general practitioner\n"
                "Patient: Mr Omar Haddad, born 05-02-1991, BSN 4567.89.015\n"
                "Insurer: Zilverhaven Zorg 771204455\n"
                "------------------------------------------------------------------------------"),
        ("p", "Dear colleague,"),
        ("p", "Mr Haddad is a 35-year-old software engineer who injured his right hand in a fall while working "
              "in Dubai in March 2026. He was treated at a hospital there (Jumeirah Creek Orthopaedic Centre): "
              "X-rays showed a fracture of the neck of the fifth metacarpal with 45 degrees of angulation, "
              "which was managed with closed reduction and an ulnar gutter cast. No surgery was performed."),
        ("p", "Since returning to Amsterdam he has a visible knuckle drop and a scissoring little finger on "
              "making a fist. An orthopaedic surgeon in Amsterdam (Ziekenhuis Amstelpark) suggested a corrective osteotomy."),
        ("p", "Question: would you please give a second opinion on whether a corrective osteotomy is advisable, "
              "or whether the functional impairment is acceptable?"),
        ("p", "Relevant history: none apart from the above. Medication: none. Allergies: none known."),
        ("p", "Kind regards,\nDr L. Brandt"),
    ],
    {"width": 80},
    kinds=["referral"], date="2026-12-02", author="gp", language="en",
    style="English referral from a Dutch expat GP practice, plain text header block", referral_question=True,
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="English referral from a Dutch GP: treated in a hospital in Dubai => treated abroad; 'No surgery "
          "was performed' => operated no; osteotomy only suggested. 'Relevant history: none apart from the "
          "above' is not a history section. Birth date in dd-mm-yyyy like the letter date.",
))

# vg-058  Irish operation note, plain text (operation-report, abroad)
DOCS.append(D(
    "vg-058-operation-note-cork", "txt",
    [
        ("pre", "ST. DECLAN'S UNIVERSITY HOSPITAL, CORK - DEPARTMENT OF ORTHOPAEDIC SURGERY\n"
                "OPERATION NOTE\n"
                "------------------------------------------------------------------------------\n"
                "Name: Floor NIEUWENHUIS      MRN: SDH-00771023      DOB: 17/08/1998\n"
                "Date of operation: 21/09/2026      Theatre: 3 (Elective)\n"
                "Surgeon: Mr Cathal Doyle, Consultant     Assistant: Dr R. Quinn, SpR\n"
                "Anaesthetist: Dr M. Foley     Anaesthesia: Regional (supraclavicular) + sedation\n"
                "------------------------------------------------------------------------------"),
        ("p", "INDICATION: Undisplaced scaphoid waist fracture left (MRI 02/09/2026), patient wishes early "
              "return to sport and travel home to the Netherlands."),
        ("p", "PROCEDURE: Percutaneous fixation scaphoid left, dorsal approach, headless compression screw "
              "(2.5 mm x 24 mm)."),
        ("p", "DETAILS: Wrist flexed and pronated over a bump. Guide wire under image intensifier along the "
              "central axis of the scaphoid, confirmed in 4 views. Reamed, screw inserted with good "
              "compression; tip subchondral at both poles. Stab incision closed with Steri-Strips. Below "
              "elbow backslab."),
        ("p", "COMPLICATIONS: Nil.   EBL: Nil.   TOURNIQUET: not used."),
        ("p", "POST-OP PLAN: Elevation. Removable splint at 2 weeks. Hand therapy. X-ray at 6 weeks (may be "
              "done in the Netherlands). Discharge same day."),
        ("p", "Signed: C. Doyle  21/09/2026"),
    ],
    {"width": 78},
    kinds=["operation-report"], date="2026-09-21", author="specialist", language="en",
    style="Irish operation note, plain text",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Operation in an Irish hospital. Quotes an MRI date and an image intensifier; future X-ray planned. "
          "Same patient as vg-051.",
))

# vg-059  UK GP surgery blood results printout (none)
DOCS.append(D(
    "vg-059-blood-results", "txt",
    [
        ("pre", "CLIFTON DOWNS SURGERY - TEST RESULTS (patient copy)          Printed: 28/10/2026\n"
                "Patient: Mrs Joanna VAN DOORN   DOB: 31/10/1979   NHS No: 485 777 3456\n"
                "------------------------------------------------------------------------------\n"
                "Sample date: 21/10/2026      Requested by: Dr R. Patel      Lab: Severnside Pathology\n"
                "\n"
                "Test                         Result      Units        Reference range\n"
                "Haemoglobin                  128         g/L          115 - 165\n"
                "White cell count             6.1         x10^9/L      4.0 - 11.0\n"
                "Platelets                    241         x10^9/L      150 - 400\n"
                "CRP                          <4          mg/L         0 - 5\n"
                "ESR                          9           mm/hr        1 - 20\n"
                "Rheumatoid factor            <10         IU/mL        0 - 14\n"
                "Anti-CCP antibodies          0.8         U/mL         0 - 7\n"
                "Uric acid                    0.29        mmol/L       0.14 - 0.36\n"
                "TSH                          1.9         mU/L         0.27 - 4.2\n"
                "\n"
                "GP comment: Normal - no action. Inflammatory arthritis unlikely. (RP 27/10/2026)\n"
                "------------------------------------------------------------------------------"),
    ],
    {},
    kinds=[], date="2026-10-28", also_dates=["2026-10-21"], author="gp", language="en",
    style="UK GP surgery lab results printout (plain text)",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Blood results, not an MRSA screening. Printed from a UK GP surgery, but a GP surgery is not a "
          "hospital: treated_abroad unmentioned. Print, sample and comment dates plus birth date all within "
          "ten days.",
))

# vg-060  UK GP Summary Care Record style printout (history), abroad
DOCS.append(D(
    "vg-060-summary-care-record", "txt",
    [
        ("pre", "SystmOne  -  Patient Summary (Summary Care Record extract)\n"
                "Organisation: Marlowe Road Surgery, Canterbury CT1 3HZ (G82019)\n"
                "Printed by  : Reception (M. Hart)         Print date: 09 Nov 2026 12:03\n"
                "Patient     : GROOTENDORST, Willem Jan    Born: 05 Nov 1949 (77 y)   Male\n"
                "NHS number  : 700 455 2281\n"
                "=============================================================================="),
        ("pre", "PROBLEMS - ACTIVE\n"
                "  12 Jun 2026  Trigger finger - right middle finger\n"
                "  03 Feb 2024  Ganglion of wrist - right, recurrent\n"
                "  1998         Type 2 diabetes mellitus\n"
                "PROBLEMS - PAST (significant)\n"
                "  14 Mar 2024  Excision of ganglion of wrist (Stour Valley General Hospital)\n"
                "  2015         Cataract extraction, left eye\n"
                "  1987         Inguinal hernia repair\n"
                "\n"
                "RECENT CONSULTATIONS / TREATMENT\n"
                "  08 Oct 2026  Hand clinic Stour Valley General: USS right wrist - recurrent ganglion 11 mm;\n"
                "               trigger finger injected. Offered re-excision.\n"
                "  19 Oct 2026  GP: patient returning to NL (Leiden) to live with daughter; wants\n"
                "               second opinion there before re-excision.\n"
                "\n"
                "REPEAT MEDICATION\n"
                "  Metformin 500mg tablets  1 BD\n"
                "  Atorvastatin 40mg tablets  1 ON\n"
                "  Ramipril 5mg capsules  1 OD\n"
                "ALLERGIES / SENSITIVITIES\n"
                "  Penicillin - rash\n"
                "=============================================================================="),
    ],
    {},
    kinds=["history"], date="2026-11-09", author="gp", language="en",
    style="UK GP summary printout (SystmOne-like), plain text",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="English GP summary of a Dutch returnee: ganglion excision and ultrasound at an English hospital "
          "=> operated yes, treated abroad yes. Cataract and hernia are other body parts; re-excision only "
          "offered. Dates written '09 Nov 2026'; birth date four days before the print date.",
))
