# English-language documents (UK, abroad, Dutch hospital writing in English) of the tb- batch. All invented.
from docs_nl import L

DOCS = []
A = DOCS.append

def E(*a, **k):
    k["lang"] = "en"
    return L(*a, **k)

# ------------------------------------------------------------------ 038 merged: clinic letter + op note + discharge (Spain, English)
p38a = dict(fmt="rl", opts=dict(footer="Hospital Costa Blanca Internacional (fictitious) · Av. del Mediterráneo 22 · 03503 Benidorm · +34 965 00 00 00"),
  blocks=[("lh", ["Hospital Costa Blanca Internacional", "Traumatology & Orthopaedic Surgery - International Patients Office"]),
          ("title", "Discharge Summary"),
          ("kv", [("Patient", "Mr Willem de Haan"), ("Date of birth", "19/07/1948"), ("Nationality", "Dutch"),
                  ("Admission", "03/04/2026"), ("Discharge", "07/04/2026"), ("Date of report", "07/04/2026")]),
          ("h", "Diagnosis"), ("p", "Comminuted intra-articular fracture of the left distal radius after a fall on the promenade."),
          ("h", "Treatment"), ("p", "Open reduction and internal fixation on 04/04/2026 (see operative note). Uneventful recovery. "
                                    "Post-operative X-rays satisfactory. MRSA nasal swab on admission: pending at discharge."),
          ("h", "Recommendations"), ("p", "Follow-up with his orthopaedic surgeon in the Netherlands within 10 days. Sutures out at 14 days. "
                                          "The patient has been advised to inform his Dutch hospital of this admission abroad."),
          ("p", "Dr. Javier Ortega Ruiz, Traumatology")],
  label=dict(kinds=["correspondence"], date="2026-04-07", author="specialist"))
p38b = dict(fmt="rl", opts=dict(grid=True, kvw=40),
  blocks=[("lh", ["Hospital Costa Blanca Internacional", "Operative Note"]),
          ("kv", [("Patient", "de Haan, Willem - DOB 19/07/1948"), ("Date of surgery", "04/04/2026"), ("Surgeon", "Dr. J. Ortega Ruiz"),
                  ("Assistant", "Dr. M. Sanz"), ("Anaesthesia", "Regional block + sedation"),
                  ("Procedure", "ORIF left distal radius, volar locking plate"),
                  ("Findings", "Three-part intra-articular fracture, dorsal comminution."),
                  ("Description", "Volar FCR approach, reduction under fluoroscopy, provisional K-wires, plate fixation with 6 locking screws. "
                   "Satisfactory reduction. Closure in layers. Below-elbow backslab."),
                  ("Complications", "None")])],
  label=dict(kinds=["operation-report"], date="2026-04-04", author="specialist"))
p38c = dict(fmt="rl", opts=dict(),
  blocks=[("lh", ["Huisartsenpraktijk Bergen aan Zee", "Zeeweg 4, 1865 AB Bergen aan Zee"]),
          ("p", "Datum: 25-11-2026\nAan: Handkliniek Noord-Holland\nBetreft: dhr. W. de Haan, geb. 19-07-1948"),
          ("p", "Geachte collega,"),
          ("p", "Dhr. De Haan werd in april in Spanje geopereerd aan een polsbreuk links. Sindsdien houdt hij een stijve pols en pijn bij "
                "rotatie. De orthopeed hier stelt plaatverwijdering en artrolyse voor. Graag uw second opinion: is dat zinvol, of is een andere ingreep beter?"),
          ("p", "De MRSA-screening is via ons aangevraagd; uitslag volgt."),
          ("p", "Met vriendelijke groet,\nJ. Kos, huisarts")],
  label=dict(kinds=["referral"], date="2026-11-25", author="gp"))
A(dict(id="tb-038", fmt="merged", parts=[p38a, p38b, p38c],
  label=E(["correspondence", "operation-report", "referral"], "2026-04-07", "specialist",
          "merged PDF: Spanish hospital discharge summary + operative note (English) + Dutch GP referral", "yes", "yes", "yes",
          "Mixed-language bundle: parts 1-2 English (Spain), part 3 Dutch GP referral with question. Top-level language en (majority). "
          "MRSA pending/requested is a mention, not a result.", rq=True)))

# ------------------------------------------------------------------ 040 NHS clinic letter
A(dict(id="tb-040", fmt="rl", opts=dict(footer="Wessex Coast Hospitals NHS Foundation Trust (fictitious) · Hand Surgery Unit · Odstock Lane, Salisbury SP2 8BJ", pagefmt="Page {p}"),
  blocks=[
    ("lh", ["Wessex Coast Hospitals NHS Foundation Trust", "Department of Plastic & Hand Surgery", "Consultant: Mr Andrew Pennington FRCS (Plast)",
            "Secretary: 01722 339000 ext 4471"], ),
    ("p", "Dr S. Hughes\nDowntown Surgery\n14 Castle Street\nSalisbury SP1 3TB"),
    ("kv", [("Date dictated", "2 October 2026"), ("Date typed", "6 October 2026"), ("Clinic date", "29 September 2026"),
            ("Re", "Mrs Hannah Visser, DOB 12/05/1982, NHS No 485 777 3456\n7 Wilton Road, Salisbury SP2 7EQ")]),
    ("p", "Diagnosis:\n1. Scapholunate ligament injury, left wrist (dominant)\n2. Occult dorsal ganglion, left wrist"),
    ("p", "Outcome: Awaiting decision by patient. Discharged back to GP for now."),
    ("p", "Dear Dr Hughes,"),
    ("p", "I reviewed Mrs Visser, a 44-year-old Dutch-born teacher, in the hand clinic today. She injured her left wrist playing "
          "netball in January and has had dorsal wrist pain with a painful clunk since. Her plain radiographs in February were "
          "reported as normal. An MRI arthrogram on 2 September 2026 showed a partial tear of the dorsal scapholunate ligament "
          "with a small occult ganglion. She has had no previous surgery to this wrist."),
    ("p", "On examination there is tenderness over the SL interval and a positive Watson shift test. Grip 22 kg left versus 29 kg right."),
    ("p", "I have discussed the options: continued splinting and proprioceptive hand therapy, or a wrist arthroscopy with "
          "debridement and possible capsulodesis. She is relocating to Utrecht in December and would like a second opinion from a "
          "Dutch hand surgeon before deciding. I have given her copies of her imaging reports and the images on CD."),
    ("p", "Yours sincerely,\n\nMr Andrew Pennington\nConsultant Plastic & Hand Surgeon\n\ncc: Mrs H. Visser (patient)"),
  ],
  label=E(["correspondence"], "2026-10-02", "specialist", "NHS outpatient clinic letter (Diagnosis/Outcome at top)", "yes", "no", "yes",
          "Several dates: dictated (letter date), typed, clinic. UK hospital treated her → treated_abroad yes from the Dutch clinic's view. "
          "Arthroscopy only offered.", also=["2026-10-06"])))

# ------------------------------------------------------------------ 041 UK GP referral docx
A(dict(id="tb-041", fmt="docx", opts=dict(),
  blocks=[
    ("lh", ["The Meadows Surgery", "Dr R. Patel · Dr C. O'Neill · Dr F. Ahmed", "2 Meadow Lane, Harrogate HG1 4PL · Tel 01423 500700"]),
    ("p", "Hand Clinic - Second Opinions\nHandkliniek Midden-Nederland\nPlanetenbaan 40\n3606 AK Maarssen\nThe Netherlands"),
    ("p", "17 November 2026"),
    ("p", "Dear Colleague,"),
    ("p", "Re: Mr Pieter-Jan Kuijpers, DOB 08/03/1975, NHS No 612 334 9981\n19 Oak Avenue, Harrogate HG2 0AB"),
    ("p", "Thank you for seeing this 51-year-old Dutch national who has lived in England for 20 years and is asking for a second "
          "opinion in the Netherlands, where his family lives."),
    ("p", "He has a 3-year history of progressive Dupuytren's disease in both hands. In March 2025 he underwent a limited "
          "fasciectomy of the right little finger at Harrogate District Hospital, which recurred within a year. He has been offered "
          "a dermofasciectomy with full-thickness skin graft by the local team and is uncertain whether this is the right choice."),
    ("p", "My question: would you advise dermofasciectomy, repeat needle fasciotomy, or another option for the recurrent "
          "contracture of the right little finger?"),
    ("p", "Past medical history: epilepsy (well controlled), hypercholesterolaemia.\nMedication: levetiracetam 500 mg bd, atorvastatin 20 mg on.\nAllergies: none known."),
    ("p", "Yours sincerely,\n\nDr Fatima Ahmed MBChB MRCGP\nGP Partner"),
  ],
  label=E(["referral"], "2026-11-17", "gp", "UK GP referral letter (docx)", "unmentioned", "yes", "yes",
          "UK GP refers to Dutch clinic with explicit question. Fasciectomy at a UK hospital → operated yes, treated_abroad yes. "
          "PMH list without recent treatments section → not history.", rq=True)))

# ------------------------------------------------------------------ 042 UK Operation Note
A(dict(id="tb-042", fmt="rl", opts=dict(grid=True, kvw=42, header="OPERATION NOTE - Northgate University Hospitals NHS Trust (fictitious)", pagenum=False),
  blocks=[
    ("lh", ["Northgate University Hospitals NHS Trust", "Day Surgery Unit - Theatre 4"]),
    ("kv4", [("Name", "Lotte BAKKER", "Hosp No", "N2204471"), ("DOB", "27/10/1992", "NHS No", "402 551 0032"),
             ("Date", "15/05/2026", "Ward", "DSU")]),
    ("kv", [("Surgeon", "Ms K. Osei, Consultant Orthopaedic Hand Surgeon"), ("Assistant", "Mr T. Rowe, ST5"),
            ("Anaesthetist", "Dr P. Grant - WALANT, no tourniquet"),
            ("Procedure", "Excision of dorsal wrist ganglion, right"),
            ("Indication", "Symptomatic dorsal ganglion, failed aspiration x2"),
            ("Findings", "1.8 cm multilobulated ganglion arising from dorsal SL ligament via stalk."),
            ("Procedure details", "Transverse incision over ganglion. EPL and EDC retracted. Ganglion excised with stalk and a cuff of capsule. "
             "SL ligament not breached. Haemostasis. 4-0 Monocryl subcuticular."),
            ("Closure / dressing", "Steristrips, wool and crepe"),
            ("Post-op instructions", "Elevate. Remove bulky dressing at 48 h. Mobilise fingers freely. Wound check practice nurse 10 days. No follow-up needed routinely."),
            ("Signature", "K. Osei 15/05/2026 12:05")]),
  ],
  label=E(["operation-report"], "2026-05-15", "specialist", "NHS operation note form", "unmentioned", "yes", "yes",
          "Written by a UK hospital that operated on her → treated_abroad yes.")))

# ------------------------------------------------------------------ 043 UK radiology MRI report
A(dict(id="tb-043", fmt="rl", opts=dict(kvw=42, footer="Radiology Department · St Aldhelm's Hospital (fictitious) · Bath BA1 3NG · This report has been electronically verified"),
  blocks=[
    ("lh", ["St Aldhelm's Hospital", "Department of Clinical Radiology"]),
    ("kv", [("Patient", "VAN DAM, Joost"), ("DOB", "03/09/1969"), ("MRN", "SAH0098812"),
            ("Referrer", "Mr D. Evans, Orthopaedics (Hand & Wrist)"), ("Examination", "MRI RIGHT WRIST"),
            ("Exam date", "21/08/2026"), ("Reported", "24/08/2026")]),
    ("h", "Clinical details"),
    ("p", "Radial-sided wrist pain, previous scaphoid fracture 2019 treated in cast, no surgery. ?non-union ?AVN."),
    ("h", "Findings"),
    ("p", "Comparison radiographs 02/08/2026. There is a established non-union at the scaphoid waist with sclerotic margins and cyst "
          "formation. The proximal pole returns low T1 signal, in keeping with avascular necrosis. Early radioscaphoid arthritis "
          "(SNAC stage I). The SL ligament appears intact. No effusion of note."),
    ("h", "Conclusion"),
    ("p", "Scaphoid waist non-union with proximal pole AVN and SNAC stage I change."),
    ("p", "Dr Rachel Whitmore, Consultant Musculoskeletal Radiologist"),
  ],
  label=E(["imaging-report"], "2026-08-24", "radiologist", "UK radiology report", "yes", "no", "yes",
          "UK hospital imaged him → treated_abroad yes. Clinical details say treated in cast, no surgery → operated no.",
          also=["2026-08-21"])))

# ------------------------------------------------------------------ 044 Spain discharge fpdf, conservative
A(dict(id="tb-044", fmt="fpdf", opts=dict(footer="Hospital Sol de Marbella (fictitious) · Av. Severo Ochoa 22 · 29603 Marbella · +34 952 000 000"),
  blocks=[
    ("lh", ["Hospital Sol de Marbella", "Servicio de Urgencias y Traumatología / Emergency & Trauma Department"]),
    ("title", "EMERGENCY DISCHARGE REPORT (English translation)"),
    ("kv", [("Patient", "Mrs Marianne Schouten-Vos"), ("Date of birth", "14/02/1956"), ("Passport", "NL ••••4471"),
            ("Date of attendance", "22/10/2026"), ("Date of report", "23/10/2026")]),
    ("h", "History"), ("p", "Tripped on a kerb, fell onto the outstretched right hand. Right-handed. Anticoagulated (apixaban)."),
    ("h", "Examination"), ("p", "Swelling and deformity right wrist. Median nerve sensation intact. Skin intact."),
    ("h", "Investigations"), ("p", "X-ray right wrist (AP/lateral): extra-articular distal radius fracture with 15° dorsal angulation. Post-reduction X-ray: acceptable alignment."),
    ("h", "Treatment"),
    ("p", "Admitted overnight to the trauma ward for observation and elevation because of swelling on anticoagulation. Closed reduction under "
          "haematoma block, sugar-tong plaster. No surgical intervention was performed."),
    ("h", "Recommendations"),
    ("p", "Continue plaster for 5-6 weeks. Fracture clinic review with repeat X-ray in her home country within 7 days. Paracetamol 1 g tds."),
    ("p", "Dra. Lucía Fernández Gil, Traumatology"),
  ],
  label=E(["correspondence"], "2026-10-23", "specialist", "Spanish hospital emergency discharge report in English (fpdf2)", "yes", "no", "yes",
          "Admitted overnight in Spain; closed reduction, explicitly no surgery.", also=["2026-10-22"])))

# ------------------------------------------------------------------ 045 Turkey discharge with op section
A(dict(id="tb-045", fmt="rl", opts=dict(footer="Anadolu Sahil Hastanesi (fictitious) · Konyaaltı Cad. 88 · 07070 Antalya · Türkiye · +90 242 000 00 00"),
  blocks=[
    ("lh", ["Anadolu Sahil Private Hospital", "Department of Orthopaedics and Traumatology", "International Patient Services"]),
    ("title", "EPICRISIS / DISCHARGE SUMMARY"),
    ("kv", [("Patient name", "Mr Ömer Aydın"), ("Date of birth", "11.06.1988"), ("Protocol no", "2026/188431"),
            ("Admission date", "14.08.2026"), ("Discharge date", "17.08.2026")]),
    ("h", "Complaint"), ("p", "Right wrist pain and swelling after falling from a motorbike in Kemer on 14.08.2026."),
    ("h", "Radiology"), ("p", "X-ray and CT of right wrist: transverse fracture of the scaphoid waist, displaced 2 mm. Also fracture of radial styloid."),
    ("h", "Operation"),
    ("p", "Date: 15.08.2026. Surgeon: Op. Dr. Mehmet Yıldız. Anaesthesia: general. Procedure: open reduction and fixation of scaphoid "
          "with headless compression screw and radial styloid with two K-wires via volar approach. Fluoroscopic control: good reduction. "
          "Wound closed, short arm thumb spica splint. No complications."),
    ("h", "Course"), ("p", "Uneventful. Intravenous cefazolin 24 h. Discharged in good condition to travel home to the Netherlands on 18.08.2026."),
    ("h", "Advice"), ("p", "Removal of K-wires after 6 weeks. Control X-ray after 2 weeks by orthopaedic surgeon in home country. Do not bear weight."),
    ("p", "Op. Dr. Mehmet Yıldız\nOrthopaedics and Traumatology Specialist"),
    ("p", "Date: 17.08.2026"),
  ],
  label=E(["correspondence", "operation-report"], "2026-08-17", "specialist", "Turkish private hospital epicrisis in English with operation section",
          "yes", "yes", "yes", "Date at the bottom; dotted dates. Discharge summary with full operation description.")))

# ------------------------------------------------------------------ 046 Thailand clinic letter docx
A(dict(id="tb-046", fmt="docx", opts=dict(),
  blocks=[
    ("lh", ["Phuket Andaman International Clinic (fictitious)", "44/9 Thepkasattri Road, Talad Yai, Muang, Phuket 83000, Thailand", "Tel +66 76 000 111"]),
    ("p", "MEDICAL CERTIFICATE AND TREATMENT SUMMARY"),
    ("p", "Date: 9 February 2026"),
    ("p", "To whom it may concern / attending physician in the Netherlands"),
    ("p", "Patient: Ms Iris Groen, born 30 January 2001, Dutch passport holder"),
    ("p", "Ms Groen attended our clinic on 7 February 2026 after a jet-ski accident with a laceration and pain over the left hand. "
          "X-rays of the left hand showed a minimally displaced fracture of the base of the fifth metacarpal. The wound over the "
          "hypothenar was irrigated and closed with 5 sutures under local anaesthesia. An ulnar gutter splint was applied."),
    ("p", "We recommend that she sees a hand surgeon on her return home, as the fracture may need surgical fixation if it displaces. "
          "She was not admitted and is fit to fly."),
    ("p", "Dr. Somchai Wongsawat, M.D.\nGeneral Practitioner, Orthopaedic Clinic"),
  ],
  label=E(["correspondence"], "2026-02-09", "specialist", "Thai clinic medical certificate / treatment summary (docx)", "yes", "unmentioned", "yes",
          "Treated at a clinic abroad (not admitted). Wound suturing is not an operation on the fracture; fixation only a possibility. "
          "Author signs as GP at an orthopaedic clinic: specialist/other borderline; counted as correspondence (clinic letter).")))

# ------------------------------------------------------------------ 047 English patient letter txt
A(dict(id="tb-047", fmt="txt", opts=dict(),
  blocks=[
    ("p", "From: Sarah Whitfield <s.whitfield@example.com>\nTo: intake@handkliniek.example.nl\nDate: 28 November 2026 21:14\n"
          "Subject: Second opinion request - right wrist"),
    ("p", "Dear Sir or Madam,"),
    ("p", "I am a British citizen living in Amsterdam (date of birth 15/09/1984). I would like to ask for a second opinion on my right "
          "wrist. I have had pain at the little-finger side of the wrist for about 18 months. My huisarts in Amsterdam referred me to a "
          "hospital here last spring and an MRI was done, which apparently shows a TFCC tear. They have suggested an arthroscopy."),
    ("p", "I have not had any surgery on the wrist so far, only physiotherapy and a splint. When I was home in Manchester at Christmas I "
          "did not see a doctor about it."),
    ("p", "My GP will send the referral letter. Could you let me know what else you need from me?"),
    ("p", "Kind regards,\nSarah Whitfield\n+31 6 1234 5678"),
  ],
  label=E([], "2026-11-28", "patient", "patient e-mail printout (plain text)", "yes", "no", "no",
          "Patient's own request, not a referral. Care was in NL; visit to the UK without seeing a doctor → treated_abroad no.")))

# ------------------------------------------------------------------ 048 UK MRSA screen via GP surgery
A(dict(id="tb-048", fmt="rl", opts=dict(grid=True, footer="Pennine Pathology Partnership (fictitious) · Microbiology · Royal Halifax Road, HX3 0PW"),
  blocks=[
    ("lh", ["Pennine Pathology Partnership", "Department of Microbiology - Laboratory Report"]),
    ("kv4", [("Patient", "MEIJER, Floor", "DOB", "06/06/1990"), ("NHS No", "701 223 4456", "Lab No", "MB26-448120"),
             ("Requested by", "Dr L. Shaw, Heath Lane Surgery", "Location", "GP"),
             ("Collected", "09/11/2026", "Received", "10/11/2026")]),
    ("kv", [("Clinical details", "MRSA screen requested for referral to hand clinic in the Netherlands. Recent inpatient stay Calderdale Royal Hospital 09/2026 (wrist surgery)."),
            ("Test", "MRSA screen (chromogenic culture)")]),
    ("table", [["Specimen", "Result"], ["Nose swab", "MRSA NOT isolated"], ["Groin swab", "MRSA NOT isolated"], ["Throat swab", "MRSA NOT isolated"]]),
    ("p", "Report status: FINAL  ·  Authorised 12/11/2026 by Dr M. Iqbal, Consultant Microbiologist"),
  ],
  label=E(["mrsa-screening"], "2026-11-12", "lab", "UK microbiology MRSA screen report", "unmentioned", "yes", "yes",
          "Clinical details mention inpatient stay and wrist surgery in a UK hospital → operated yes, treated_abroad yes (from the lab form).",
          also=["2026-11-09"])))

# ------------------------------------------------------------------ 049 Dutch hospital English letter docx->pdf
A(dict(id="tb-049", fmt="docx2pdf", opts=dict(header="Haaglanden Zuid Ziekenhuis (fictitious) · Plastic Surgery · Lijnbaan 32, 2512 VA Den Haag", footer="This letter was written in English at the patient's request."),
  blocks=[
    ("lh", ["Haaglanden Zuid Ziekenhuis", "Department of Plastic, Reconstructive and Hand Surgery"]),
    ("p", "To: Dr M. van Leeuwen, General Practitioner\nExpat Medical Centre The Hague\nLaan van Meerdervoort 100, 2517 AR Den Haag"),
    ("p", "Date: 19 November 2026\nOur reference: PRHC-26-9120"),
    ("p", "Re: Mr Daniel Okafor, date of birth 22 April 1979, hospital number 4410023"),
    ("p", "Dear Dr van Leeuwen,"),
    ("p", "I saw Mr Okafor in the outpatient clinic on 12 November 2026 for pain and stiffness of the right thumb base. He first noticed "
          "symptoms while on holiday in Portugal in the summer but did not seek medical care there."),
    ("p", "Examination: positive grind test, CMC-1 subluxation, no carpal tunnel signs. Radiographs taken today show CMC-1 "
          "osteoarthritis, Eaton stage III."),
    ("p", "Assessment: symptomatic thumb base osteoarthritis, right."),
    ("p", "Plan: custom thermoplastic splint and hand therapy for 3 months. If symptoms persist, we can discuss a trapeziectomy with "
          "ligament reconstruction. He has never had surgery on this hand. Review in 3 months."),
    ("p", "Kind regards,\n\nDr E. Hoekstra, plastic surgeon"),
  ],
  label=E(["correspondence"], "2026-11-19", "specialist", "Dutch hospital outpatient letter written in English (docx→PDF)", "yes", "no", "no",
          "Dutch hospital, holiday abroad without care → treated_abroad no. Trapeziectomy only a future option.")))

# ------------------------------------------------------------------ 050 UK discharge summary with operation section
A(dict(id="tb-050", fmt="rl", opts=dict(header="DISCHARGE SUMMARY · Riverside General Hospital NHS Trust (fictitious) · Page {p}", pagenum=False),
  blocks=[
    ("lh", ["Riverside General Hospital NHS Trust", "Trauma & Orthopaedics - Ward 12"]),
    ("kv", [("Patient", "Mr Thomas Verbruggen"), ("DOB", "29/02/1964"), ("NHS No", "999 123 4567"),
            ("Admitted", "10 September 2026"), ("Discharged", "12 September 2026"), ("Summary date", "12 September 2026"),
            ("GP", "Dr A. Khan, Riverside Medical Practice")]),
    ("h", "Presenting complaint"), ("p", "Fall from bicycle while visiting family in Kent; closed injury left wrist."),
    ("h", "Diagnosis"), ("p", "Perilunate fracture-dislocation left wrist (trans-scaphoid)."),
    ("h", "Investigations"), ("p", "X-ray left wrist 10/09: trans-scaphoid perilunate dislocation. CT left wrist 10/09: confirms, no further fractures."),
    ("h", "Operation"),
    ("p", "11 September 2026 - Mr R. Hall (Consultant Hand Surgeon), assisted by Dr S. Iyer (CT2). General anaesthetic. "
          "Open reduction via dorsal approach, scaphoid fixed with 24 mm headless compression screw, lunotriquetral joint pinned with two "
          "1.6 mm K-wires, dorsal capsule repaired. Carpal tunnel release through separate incision. Above-elbow backslab. No complications."),
    ("h", "Medication on discharge"), ("p", "Paracetamol 1 g qds, codeine 30 mg qds prn, lansoprazole 15 mg od."),
    ("h", "Follow-up"), ("p", "Patient returns to the Netherlands on 14/09. Please arrange fracture clinic follow-up at home at 2 weeks and K-wire removal at 8 weeks."),
    ("p", "Completed by: Dr S. Iyer (CT2) on behalf of Mr R. Hall"),
  ],
  label=E(["correspondence", "operation-report"], "2026-09-12", "specialist", "NHS discharge summary with full operation section", "yes", "yes", "yes",
          "Dutch patient operated in a UK hospital while visiting family.")))

# ------------------------------------------------------------------ 051 UK consultant referral to Dutch clinic
A(dict(id="tb-051", fmt="rl", opts=dict(footer="Royal Midlands Hospital NHS Trust (fictitious) · Derby DE22 3NE"),
  blocks=[
    ("lh", ["Royal Midlands Hospital NHS Trust", "Hand Surgery Service", "Mr J. Carrington FRCS (Tr & Orth), Consultant"]),
    ("p", "Handkliniek Oost\nAttn: Dr M. Ramdin\nStationsplein 4, 6811 KL Arnhem, The Netherlands"),
    ("p", "3 November 2026"),
    ("p", "Dear Dr Ramdin,"),
    ("p", "Re: Ms Elise Hartman, DOB 11/01/1995 - request for second opinion"),
    ("p", "I would be grateful for your opinion on this 31-year-old violinist who is moving back to Nijmegen. She has a 2-year history of "
          "ulnar-sided wrist pain on the left (fingering hand). Ultrasound here showed ECU subsheath instability with tendinopathy; "
          "an MRI in June 2026 showed no TFCC tear. She has not had any operation. Splinting and a steroid injection gave only short relief."),
    ("p", "I have offered an ECU subsheath reconstruction, but given her profession she would like a second opinion from a surgeon with "
          "experience in musicians' hands before deciding. Specifically: do you agree with the indication, and would you advise a "
          "different technique?"),
    ("p", "Enclosed: ultrasound and MRI reports; images will follow via the image exchange portal."),
    ("p", "With best wishes,\n\nJames Carrington\nConsultant Hand and Wrist Surgeon"),
    ("p", "cc: Ms E. Hartman; Dr P. Lowe, GP"),
  ],
  label=E(["referral", "correspondence"], "2026-11-03", "specialist", "UK consultant-to-consultant referral letter", "yes", "no", "yes",
          "Specialist referral with explicit question; also the treating specialist's correspondence. Care in a UK hospital → treated_abroad yes.", rq=True)))

# ------------------------------------------------------------------ 052 Spain ultrasound report fpdf
A(dict(id="tb-052", fmt="fpdf", opts=dict(kvw=45),
  blocks=[
    ("lh", ["Clínica Radiológica Levante (fictitious)", "Diagnostic Imaging · Calle Mayor 14 · 03001 Alicante · +34 965 12 34 56"]),
    ("title", "ULTRASOUND REPORT"),
    ("kv", [("Patient", "Mr Gerard Pronk"), ("Date of birth", "07/07/1951"), ("Study", "Ultrasound, left wrist and hand"),
            ("Study date", "March 3, 2026"), ("Referring physician", "Dr. A. Molina, Centro Médico Internacional Altea")]),
    ("h", "Clinical information"), ("p", "Dutch resident wintering in Spain. Nodule in the palm, ring finger. Dupuytren's? Tumour?"),
    ("h", "Findings"),
    ("p", "Hypoechoic, poorly vascularised nodular thickening of the palmar fascia at the level of the 4th metacarpal head, 9 x 4 mm, "
          "superficial to the flexor tendons, which glide normally. No cystic lesion."),
    ("h", "Impression"), ("p", "Findings consistent with a Dupuytren's nodule. No signs of a soft tissue tumour."),
    ("p", "Dr. Carmen Iborra Soler, Radiologist"),
  ],
  label=E(["imaging-report"], "2026-03-03", "radiologist", "Spanish radiology clinic report in English (fpdf2), US date format",
          "yes", "unmentioned", "yes", "Imaged at a clinic abroad on referral by a Spanish doctor → treated_abroad yes. 'wintering in Spain' alone would not count.")))

# ------------------------------------------------------------------ 053 UK hand therapy discharge
A(dict(id="tb-053", fmt="rl", opts=dict(pagenum=False),
  blocks=[
    ("lh", ["Wessex Coast Hospitals NHS Foundation Trust", "Hand Therapy Department - Occupational Therapy"]),
    ("p", "Date: 20 November 2026"),
    ("p", "Dear Dr Hughes,"),
    ("p", "Re: Mrs Hannah Visser, DOB 12/05/1982"),
    ("p", "Mrs Visser has completed 8 sessions of hand therapy for her left wrist (SL ligament injury). We provided a custom wrist "
          "splint and a dart-thrower's motion and proprioception programme. Pain at rest is now 1/10 and with loading 4/10. "
          "Grip has improved from 22 kg to 27 kg. She is moving to the Netherlands and has been discharged from our service with a home programme."),
    ("p", "Kind regards,\nJo Barlow, Senior Hand Therapist (HCPC OT12345)"),
  ],
  label=E([], "2026-11-20", "other", "NHS hand therapy discharge letter", "unmentioned", "unmentioned", "yes",
          "Therapist letter → no kind. Therapy in a UK hospital department = treatment abroad (borderline: therapy, not a doctor). Same patient as tb-040.")))

# ------------------------------------------------------------------ 054 travel insurance claim txt
A(dict(id="tb-054", fmt="txt", opts=dict(kvw_txt=34),
  blocks=[
    ("title", "EUROPA TRAVEL ASSISTANCE - MEDICAL EXPENSES CLAIM FORM"),
    ("p", "Claim reference: ETA-2026-0981723"),
    ("kv", [("Policy holder:", "Mr Rik Timmermans"), ("Date of birth:", "12/12/1961"), ("Address:", "Parkweg 9, 5611 AB Eindhoven, NL"),
            ("Country of incident:", "Greece (Rhodes)"), ("Date of incident:", "16/06/2026"),
            ("Description:", "Slipped on wet boat deck, injured right wrist."),
            ("Treatment received:", "Emergency department General Hospital of Rhodes, X-ray, plaster cast. Not admitted."),
            ("Surgery performed?", "No"),
            ("Amount claimed:", "EUR 412.50 (invoices attached)"),
            ("Date of claim:", "02/07/2026"), ("Signature:", "R. Timmermans")]),
    ("p", "Section for insurer use only: ___________"),
  ],
  label=E([], "2026-07-02", "patient", "travel insurance claim form (plain text)", "yes", "no", "yes",
          "Insurance form (no kind) stating ED treatment in Greece → treated_abroad yes; 'Surgery performed? No'.")))

# ------------------------------------------------------------------ 055 NHS appointment letter
A(dict(id="tb-055", fmt="rl", opts=dict(lh_right=True, pagenum=False),
  blocks=[
    ("lh", ["Northgate University Hospitals NHS Trust", "Outpatient Appointments Centre · 0300 123 4455"]),
    ("p", "Miss Lotte Bakker\nFlat 3, 22 Elm Grove\nNorthgate NG4 7RT"),
    ("p", "Date: 01/06/2026\nHospital No: N2204471   NHS No: 402 551 0032"),
    ("p", "Dear Miss Bakker,"),
    ("p", "Your appointment with Ms K. Osei's team (Hand Surgery) is on Thursday 25 June 2026 at 14:30 in Outpatients B, Level 2. "
          "This is a post-operative wound and progress check following the excision of the ganglion of your right wrist on 15 May 2026. Please bring a list of your current medicines."),
    ("p", "If you cannot attend, please call us at least 48 hours in advance."),
    ("p", "Yours sincerely,\nOutpatient Appointments Centre"),
  ],
  label=E([], "2026-06-01", "other", "NHS appointment letter", "unmentioned", "yes", "yes",
          "Appointment letter (no kind) that states the ganglion excision by a UK hospital team → operated yes, treated_abroad yes. Same patient as tb-042.")))
