"""va-044 .. va-064 (synthetic; all names, practices and hospitals invented)."""
from common import register


# ------------------------------------------------------------------ va-044
@register("va-044", "docx",
          kinds=["referral", "history"], date="2026-10-14", author="gp", language="en",
          style="UK GP surgery referral letter with auto-inserted PMH/medication/recent treatment tables",
          referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
          notes="UK GP (abroad) refers an expat for a second opinion; history tables with recent treatment -> also "
                "history; ultrasound-guided injection in a UK hospital = hospital care abroad; arthroscopic "
                "excision only offered; 'has not had any surgery on the wrist'.")
def va044():
    b = [
        ("lhpair", ["Riverside Surgery", "Dr S. Whitcombe  Dr T. Akande  Dr L. Fraser"],
         ["2 Riverside Walk", "Newbury RG14 5DD", "Tel 01635 555 770", "Practice code K81999"]),
        ("p", "14 October 2026"),
        ("addr", ["Handkliniek Oostvaart", "Second Opinion Service", "Oostvaartdijk 201", "1358 AB Almere",
                  "The Netherlands"]),
        ("p", "Dear Colleague,"),
        ("kv", [("Re:", "Mr Daniel HOFMAN"), ("DOB:", "02/12/1985"), ("NHS No:", "999 218 4406"),
                ("Address:", "14 Kennet Close, Newbury RG14 2QT (moving to Utrecht, NL, November 2026)")],
         {"lw": 25, "grid": False}),
        ("p", "I would be grateful if you could see this 40-year-old Dutch national, a software engineer, who is "
              "relocating to the Netherlands next month, for a second opinion regarding his right wrist."),
        ("p", "He has had dorsal right wrist pain for about 18 months, worse with press-ups and weight-bearing. "
              "An MRI in March 2026 showed a small occult dorsal ganglion arising from the scapholunate ligament, "
              "with the ligament itself intact. He was seen in the hand clinic at Kingsmead General Hospital, "
              "where an ultrasound-guided aspiration and steroid injection was performed in June, with only "
              "partial and temporary relief. The consultant has offered an arthroscopic excision. He has not "
              "had any surgery on the wrist."),
        ("p", "Question: is surgical excision the right next step, or would you recommend further conservative "
              "management? He would prefer to have any treatment in the Netherlands and wished to have an "
              "independent opinion there first."),
        ("h", "Past medical history"),
        ("table", [["Date", "Problem"], ["2004", "Fracture left clavicle (conservative)"],
                   ["2019", "Asthma, mild intermittent"], ["03/2025", "Right wrist pain - occult dorsal ganglion"]]),
        ("h", "Recent treatment"),
        ("table", [["Date", "Treatment", "Where"],
                   ["03/2026", "MRI right wrist", "Kingsmead General Hospital"],
                   ["06/2026", "US-guided aspiration + steroid injection right wrist", "Kingsmead General Hospital, "
                                                                                       "hand clinic"],
                   ["07-09/2026", "Hand therapy, 6 sessions", "Kingsmead General Hospital"]]),
        ("h", "Current medication"),
        ("p", "Salbutamol 100 micrograms inhaler, 2 puffs when required."),
        ("h", "Allergies"),
        ("p", "No known drug allergies."),
        ("p", "Enclosed: hospital clinic letters and MRI report; MRSA screen result (13/10/2026)."),
        ("p", "Yours faithfully,"),
        ("sp", 8),
        ("p", "Dr Sarah Whitcombe MRCGP\nGeneral Practitioner"),
    ]
    o = {"font": "Arial", "size": 10,
         "footer": ["Riverside Surgery - NHS Berkshire West ICB - Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-045
@register("va-045", "txt",
          kinds=["referral"], date="2026-10-06", author="gp", language="en",
          style="Irish GP referral as plain e-mail (Healthlink-style), no history section",
          referral_question=True, imaging_done="no", operated="unmentioned", treated_abroad="no",
          notes="Irish GP e-mail referral with a question; 'has not had any imaging to date' and 'has not been seen in "
                "hospital' negations; GP practice abroad is primary care, not a hospital; dates in dd/mm/yyyy.")
def va045():
    return """
From: Dr Niamh Gallagher <referrals@glenviewmedical.example.ie>
To: secondopinion@handkliniek-oostvaart.example
Sent: 06/10/2026 17:26
Subject: Referral - Ms Saskia Brand, DOB 11/08/1999 - right wrist, second opinion

Dear Doctor,

Re: Ms Saskia BRAND, DOB 11/08/1999
Address (from 01/11/2026): Oudegracht 210-bis, 3511 NR Utrecht, Netherlands
Current address: 5 Riverview Terrace, Ballincollig, Co. Cork

I would be grateful if you could see Saskia, a 27-year-old Dutch PhD student who has been
attending our practice during her studies in Cork and returns to the Netherlands at the end
of this month.

She has a 6-month history of painful snapping on the ulnar side of the right wrist when
turning door handles and during climbing. On examination there is a palpable and visible
snapping of the ECU tendon on supination, with tenderness over the sixth compartment. Grip
is good and neurovascular examination is normal.

She has not had any imaging to date and has not been seen in hospital for this. She has
been managed with a wrist splint and NSAIDs, and has avoided climbing, with partial
benefit only.

I would appreciate your opinion as to whether this is ECU subluxation, whether imaging
(dynamic ultrasound) is warranted, and whether she would benefit from a surgical opinion.

PMH: nil of note. Medication: ibuprofen 400 mg prn. NKDA.

Kind regards,

Dr Niamh Gallagher MICGP
Glenview Medical Centre, Main Street, Ballincollig, Co. Cork
Tel +353 21 487 0000 | IMC 400000

This e-mail and any attachments are confidential and intended only for the addressee.
"""


# ------------------------------------------------------------------ va-046
@register("va-046", "pdf",
          kinds=["imaging-report"], date="2026-02-23", author="radiologist", language="en",
          style="Australian private radiology report (ultrasound), referrer from ED",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="Australian imaging practice, referrer is a hospital ED doctor (care abroad); 'MRI could be "
                "considered' is advice; dd/mm/yyyy dates.")
def va046():
    b = [
        ("lhpair", ["Tweed Coast Radiology", "Imaging you can trust"],
         ["Shop 4, 18 Marine Parade", "Kingscliff NSW 2487, Australia", "Ph (02) 5550 1200",
          "ABN 00 000 000 000"]),
        ("kv", [("Patient", "Ms Lieke VERMAAT"), ("DOB", "05/01/2001"), ("Patient ID", "TCR-884120"),
                ("Referrer", "Dr J. Nguyen, Emergency Department, Tweed Coast District Hospital"),
                ("Date of service", "23/02/2026"), ("Examination", "ULTRASOUND RIGHT WRIST")], {"lw": 30}),
        ("h", "Clinical notes"),
        ("p", "Dutch backpacker. Fell off surfboard 3 days ago, dorsal wrist pain and swelling. XR (ED) no "
              "fracture. ?ligament injury ?ganglion."),
        ("h", "Findings"),
        ("p", "There is a small anechoic lobulated lesion measuring 6 x 4 x 4 mm dorsally, arising from the region "
              "of the scapholunate interval, consistent with a small ganglion. The dorsal component of the "
              "scapholunate ligament appears intact, although full assessment of the ligament is limited on "
              "ultrasound. No tenosynovitis of the extensor compartments. No joint effusion. Mild subcutaneous "
              "oedema dorsally."),
        ("h", "Comment"),
        ("p", "Small dorsal wrist ganglion. No sonographic evidence of tendon injury. If symptoms persist, MRI "
              "could be considered for further assessment of the intrinsic ligaments."),
        ("p", "Thank you for referring this patient.\nDr Michael Thornton FRANZCR"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#00838f",
         "footer": ["Tweed Coast Radiology - Report for VERMAAT, Lieke\tPage {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-047
@register("va-047", "docx",
          kinds=["operation-report"], date="2026-05-07", author="specialist", language="en",
          style="UK Operation Note form (Word table)",
          imaging_done="unmentioned", operated="yes", treated_abroad="yes",
          notes="UK day-surgery operation note as a two-column table; no letter text; written by a hospital abroad "
                "that operated on the patient.")
def va047():
    b = [
        ("title", "OPERATION NOTE"),
        ("kv", [("Patient name", "Mrs Anna KUIJPERS"), ("DOB", "19/04/1964"), ("Hospital No.", "KGH0771234"),
                ("NHS No.", "999 551 0283"), ("Date of operation", "07/05/2026"), ("Theatre", "Day Surgery Unit, "
                                                                                               "Theatre 2"),
                ("Surgeon", "Mr Rajiv Menon, Consultant Hand Surgeon"), ("Assistant", "Dr Emily Shaw (ST4)"),
                ("Anaesthetist", "n/a"), ("Anaesthetic", "Local anaesthetic, WALANT (1% lidocaine with "
                                                          "1:200,000 adrenaline, 8 ml)"),
                ("Tourniquet", "None"), ("Indication", "Left trigger thumb, locking, failed 2 steroid injections"),
                ("Procedure", "Left trigger thumb release (A1 pulley)"),
                ("Findings", "Thickened A1 pulley, nodule on FPL. Full excursion after release, no triggering on "
                             "active flexion."),
                ("Description", "Transverse incision over the MCP flexion crease. Blunt dissection, radial and "
                                "ulnar digital nerves protected. A1 pulley divided longitudinally in full. Oblique "
                                "pulley preserved. Patient asked to flex and extend actively: no triggering."),
                ("Closure", "4/0 nylon interrupted"), ("Dressing", "Mepore and light crepe"),
                ("Blood loss", "Minimal"), ("Complications", "None"),
                ("Post-op instructions", "Elevate, move thumb from day 1. Dressings down at 48 h. Removal of "
                                         "sutures at 10-14 days by practice nurse. Hand therapy referral made. "
                                         "No routine follow-up."),
                ("VTE prophylaxis", "Not required"), ("Signature", "R. Menon, 07/05/2026 11:42")], {"lw": 45}),
    ]
    o = {"font": "Arial", "size": 10, "logocolor": "005EB8",
         "header": [("logo", "North Wessex Downs NHS Foundation Trust", "Kingsmead General Hospital - Day Surgery Unit"),
                    ("right", "Patient: KUIJPERS, Anna  DOB 19/04/1964")],
         "footer": ["Operation note - Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-048
@register("va-048", "docx",
          kinds=["correspondence"], date="2026-06-18", author="specialist", language="en",
          style="US orthopedic hand surgery clinic note (HPI/Exam/Imaging/Assessment & Plan), printed from EHR",
          imaging_done="yes", operated="no", treated_abroad="yes",
          notes="US visit note (specialist correspondence, not a letter format); X-rays obtained today; injection "
                "given; LRTI discussed as a plan; 'no prior surgery on the hand'; US date format mm/dd/yyyy.")
def va048():
    b = [
        ("lhpair", ["Lakeshore Orthopedic & Hand Associates", "Hand and Upper Extremity Surgery"],
         ["1800 Lake Avenue, Suite 300", "Evanston, IL 60201", "Tel (847) 555-0142", "Fax (847) 555-0143"]),
        ("title", "Office Visit Note"),
        ("kv", [("Patient", "VINK, THOMAS"), ("DOB", "08/14/1979"), ("MRN", "LOH-00481277"),
                ("Date of service", "06/18/2026"), ("Provider", "Karen Whitfield, MD"),
                ("Referring", "Self-referred / PCP: David Cho, MD")], {"cols": 2, "lw": 28}),
        ("h", "Chief Complaint"),
        ("p", "Left thumb base pain."),
        ("h", "History of Present Illness"),
        ("p", "46-year-old right-hand-dominant male, engineer, originally from the Netherlands, presents with 1 "
              "year of progressive left thumb basal joint pain, worse with pinching, opening jars and typing on "
              "his phone. Tried OTC ibuprofen and a soft neoprene brace with limited relief. No prior injections. "
              "He has not had prior surgery on the hand. He will be relocating to the Netherlands in August 2026."),
        ("h", "Past Medical / Surgical History"),
        ("p", "Hyperlipidemia. Tonsillectomy (childhood)."),
        ("h", "Physical Examination"),
        ("p", "Left hand: positive grind test, tenderness at the 1st CMC joint, mild shoulder sign, no MCP "
              "hyperextension. Full digital ROM. Negative Tinel and Phalen. Sensation intact."),
        ("h", "Imaging"),
        ("p", "X-rays left hand, 3 views, obtained and reviewed in clinic today: joint space narrowing and "
              "osteophytes at the 1st CMC joint with mild subluxation, STT joint preserved - Eaton stage II-III."),
        ("h", "Assessment"),
        ("p", "Left thumb CMC osteoarthritis, Eaton II-III."),
        ("h", "Plan"),
        ("p", "1. Ultrasound-guided corticosteroid injection into the left 1st CMC joint performed today after "
              "informed consent (40 mg triamcinolone + 1 ml lidocaine); tolerated well.\n"
              "2. Custom hand-based thumb spica orthosis via hand therapy.\n"
              "3. We discussed surgical options including trapeziectomy with ligament reconstruction and tendon "
              "interposition (LRTI) should conservative care fail. Given his move, he will seek further care "
              "with a hand surgeon in the Netherlands; copy of records and images provided to patient.\n"
              "4. Follow-up PRN."),
        ("small", "Electronically signed by Karen Whitfield, MD on 06/18/2026 at 4:52 PM CDT"),
    ]
    o = {"font": "Calibri", "size": 10,
         "footer": ["VINK, THOMAS  DOB 08/14/1979  MRN LOH-00481277  Printed 09/02/2026 - Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-049
@register("va-049", "txt",
          kinds=["history"], date="2026-10-08", author="gp", language="en",
          style="Irish GP practice system 'Patient Summary' printout (problems, consultations, meds)",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="GP summary printout (history) from abroad; ED attendance at an Irish hospital with X-ray -> "
                "treated abroad and imaging yes; surgery not mentioned; no question -> not a referral.")
def va049():
    return """
PracticeLink Clinical  -  PATIENT SUMMARY                       Printed: 08/10/2026 10:15
Bayview Family Practice, 22 Dock Road, Galway H91 XX00           Tel +353 91 500 000
-----------------------------------------------------------------------------------------
Name:    Mr Ruben HARTOG            DOB: 14/02/1993     Sex: M     Chart No: 10477
Address: 8 Claddagh Quay, Galway    GMS/Private: Private
Usual GP: Dr Conor Keane
-----------------------------------------------------------------------------------------
ACTIVE PROBLEMS
  14/06/2026  Injury of right wrist - scapholunate sprain? (ED St. Brendan's)
  03/2021     Allergic rhinitis
PAST PROBLEMS
  2015        Fracture left 5th toe (NL)
-----------------------------------------------------------------------------------------
CONSULTATIONS (last 6 months)
  16/06/2026  Dr C. Keane
      Hx: fell from bike 14/06, attended ED St. Brendan's General Hospital, Galway same day.
          XR right wrist there - no fracture reported. Given futuro splint, discharged.
      O/E: swelling dorsal wrist, tender SL interval, painful loading.
      Plan: continue splint 2/52, ibuprofen, review.
  02/07/2026  Dr C. Keane
      Still pain on loading and push-ups. Clicking. Referred to physio.
  19/08/2026  Dr C. Keane
      Physio x5, little change. Discussed MRI - pt would prefer to have further
      investigation in NL as moving back to Rotterdam in November. Letter to be provided.
  08/10/2026  Dr C. Keane
      Summary printed for patient for transfer of care to Dutch GP / hand clinic.
-----------------------------------------------------------------------------------------
MEDICATIONS (current)
  Cetirizine 10 mg od prn
  Ibuprofen 400 mg tds prn with food
ALLERGIES
  NKDA
-----------------------------------------------------------------------------------------
DOCUMENTS ON FILE
  16/06/2026  ED discharge note - St. Brendan's General Hospital (scanned)
  28/08/2026  Physiotherapy report - Corrib Physio
-----------------------------------------------------------------------------------------
End of summary                                                             Page 1 of 1
"""


# ------------------------------------------------------------------ va-050
@register("va-050", "pdf",
          kinds=[], date="2026-03-30", author="other", language="en",
          style="Australian physiotherapy / hand therapy discharge letter",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="Physio/hand therapy letter: no kind; mentions referral from a hospital ED abroad and an ultrasound; "
                "surgical opinion only suggested.")
def va050():
    b = [
        ("lhpair", ["Tweed Coast Physiotherapy & Hand Therapy", ""],
         ["12 Pearl Street", "Kingscliff NSW 2487", "Ph (02) 5550 8800"]),
        ("p", "30 March 2026"),
        ("addr", ["Dr J. Nguyen", "Emergency Department", "Tweed Coast District Hospital", "Tweed Heads NSW 2485"]),
        ("p", "Dear Dr Nguyen,"),
        ("kv", [("Re:", "Lieke VERMAAT, DOB 05/01/2001"), ("Discharge summary:", "right wrist sprain / dorsal "
                                                                                 "ganglion")],
         {"lw": 38, "grid": False}),
        ("p", "Thank you for referring Lieke following her presentation to your Emergency Department on "
              "20/02/2026 after a fall from her surfboard. Ultrasound on 23/02/2026 showed a small dorsal "
              "ganglion without tendon injury."),
        ("p", "She attended 6 sessions of hand therapy: thermoplastic wrist splint for 2 weeks, oedema management, "
              "range of motion and progressive dart-thrower's and proprioceptive exercises."),
        ("table", [["Measure", "Initial (25/02)", "Discharge (27/03)"],
                   ["Wrist extension", "40 deg", "65 deg"], ["Wrist flexion", "45 deg", "70 deg"],
                   ["Grip (kg) R / L", "12 / 30", "22 / 31"], ["PRWE", "61/100", "24/100"]],
         {"widths": [50, 40, 40]}),
        ("p", "Lieke continues to report pain with weight-bearing (push-ups, surfing pop-up). She returns to the "
              "Netherlands next week and I have advised her to see her GP there; a hand surgeon's opinion may be "
              "worthwhile if symptoms persist. A home exercise program was provided."),
        ("p", "Kind regards,\n\nSophie Kerr\nAccredited Hand Therapist, Physiotherapist (AHPRA PHY0000000000)"),
    ]
    o = {"font": "sans", "size": 10, "footer": ["Tweed Coast Physiotherapy & Hand Therapy\tPage {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-051
@register("va-051", "txt",
          kinds=[], date="2026-10-19", author="patient", language="en",
          style="patient's e-mail to the clinic (English-speaking expat)",
          imaging_done="yes", operated="no", treated_abroad="no",
          notes="Patient e-mail: holiday in Thailand without hospital care ('never admitted') -> treated_abroad no; "
                "X-rays and MRI in a Dutch hospital; 'never had surgery on my wrist'; sister's carpal tunnel release "
                "is a family member's operation; mentions MRSA swab requirement.")
def va051():
    return """
From: Mark Stevens <mark.stevens.nl@mailbox.example>
To: Handkliniek Oostvaart <secondopinion@handkliniek-oostvaart.example>
Date: Mon, 19 Oct 2026 21:47:10 +0200
Subject: Re: your referral - missing documents (patient no. HKO-0093310)

Dear Sir/Madam,

Thank you for your letter about my appointment. My GP, Dr Kuipers in Amersfoort, has sent
the referral through ZorgDomein last week. My date of birth is 22/06/1980.

Your letter says you need an MRSA swab if I have been in a hospital abroad. To clarify:
I was on holiday in Thailand in March, but I was never admitted to a hospital there and did
not see a doctor; I only went to a pharmacy for sunburn cream. All my care for the wrist
has been at the Lindeborg Ziekenhuis in Amersfoort, where they took X-rays in May and an MRI
in July. I have asked them to send the CD and the reports to you.

I have never had surgery on my wrist. (My sister had a carpal tunnel release last year,
maybe that is where the confusion about the operation report came from - I mentioned it on
your questionnaire under family history.)

Could you please let me know if anything else is missing?

Kind regards,
Mark Stevens
Leusderweg 14, 3817 KA Amersfoort
+31 6 1234 0000
"""


# ------------------------------------------------------------------ va-052
@register("va-052", "pdf",
          kinds=["correspondence", "operation-report"], date="2026-07-13", also_dates=["2026-07-11"],
          author="specialist", language="en",
          style="Turkish private hospital epicrisis (discharge summary) in English with operation section",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="Foreign hospital (Turkey) discharge summary containing a full operation section (date, surgeon, "
                "anaesthesia, procedure) -> correspondence and operation report; Turkish letters and titles "
                "(Op. Dr., Uzm. Dr.); X-ray and CT; sworn translation note.")
def va052():
    b = [
        ("lhpair", ["Özel Akdeniz Liman Hastanesi", "Akdeniz Liman Private Hospital - Orthopaedics and Traumatology"],
         ["Saray Mah. Atatürk Cad. No: 100", "07400 Alanya / Antalya, Türkiye", "Tel +90 242 000 00 00",
          "International Patient Unit: +90 242 000 00 01"]),
        ("title", "EPICRISIS / DISCHARGE SUMMARY (EPİKRİZ)"),
        ("kv", [("Patient", "Mehmet AYDIN"), ("Date of birth", "09.02.1975"),
                ("Nationality", "Netherlands"), ("Protocol no.", "2026-071145"),
                ("Admission", "11.07.2026 19:40"), ("Discharge", "13.07.2026 12:00"),
                ("Department", "Orthopaedics and Traumatology"), ("Responsible physician", "Op. Dr. Serkan Yıldız")],
         {"cols": 2, "lw": 32}),
        ("h", "Complaint / History"),
        ("p", "Patient presented to the emergency department after a scooter accident with pain, swelling and "
              "deformity of the left wrist. No head trauma. Right-handed. Known asthma. No previous operations."),
        ("h", "Investigations"),
        ("p", "X-ray left wrist AP/lateral (11.07.2026): intra-articular distal radius fracture with dorsal "
              "comminution. CT left wrist (11.07.2026): intra-articular fracture with 3 fragments, articular step "
              "3 mm. Chest X-ray: normal. Laboratory: within normal limits."),
        ("h", "Diagnosis"),
        ("p", "Intra-articular distal radius fracture, left (ICD-10 S52.5)."),
        ("h", "Operation"),
        ("kv", [("Date", "11.07.2026"), ("Surgeon", "Op. Dr. Serkan Yıldız"), ("Assistant", "Dr. Elif Demir"),
                ("Anaesthesia", "General anaesthesia (Uzm. Dr. Hakan Çelik)"),
                ("Procedure", "Open reduction and internal fixation, volar locking plate, left distal radius"),
                ("Description", "Volar (Henry) approach, pronator quadratus elevated, fracture reduced under "
                                "fluoroscopy, articular surface restored, fixation with a volar locking plate "
                                "(7 distal locking screws, 3 cortical screws). Final fluoroscopy satisfactory. "
                                "Layered closure, short arm splint."),
                ("Complications", "None")], {"lw": 30}),
        ("h", "Course"),
        ("p", "Uneventful post-operative course. Prophylactic cefazolin 24 hours. Post-operative X-ray "
              "(12.07.2026) showed good reduction and implant position. Discharged in good condition."),
        ("h", "Recommendations"),
        ("p", "Splint for 2 weeks, sutures to be removed on day 12-14. Follow-up with an orthopaedic surgeon in "
              "the home country with X-ray at 6 weeks. Physiotherapy after splint removal. Paracetamol 500 mg "
              "3x1, diclofenac 75 mg 2x1 for 5 days."),
        ("p", "Op. Dr. Serkan Yıldız\nOrthopaedics and Traumatology Specialist\nDiploma reg. no. 000000"),
        ("small", "Translated from Turkish into English by a sworn translator (Alanya Noterliği onaylı, 14.07.2026)."),
    ]
    o = {"font": "dejavu", "size": 9, "logocolor": "#c62828",
         "footer": ["Akdeniz Liman Hastanesi - Epikriz - Mehmet AYDIN\tSayfa / Page {page} / {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-053
@register("va-053", "docx",
          kinds=[], author="patient", language="en",
          style="letter from patient's daughter on his behalf, undated (Word)",
          imaging_done="unmentioned", operated="yes", treated_abroad="yes",
          notes="Undated letter by a family member asking for a second opinion: not a referral; states an operation "
                "on the same hand in Perth (abroad) in 2019; no date key.")
def va053():
    b = [
        ("addr", ["Ellen de Groot", "Prinsengracht 770-3", "1017 LD Amsterdam", "ellen.degroot@mailbox.example"]),
        ("addr", ["Handkliniek Oostvaart", "Second Opinion Service", "Oostvaartdijk 201", "1358 AB Almere"]),
        ("p", "Dear Sir or Madam,"),
        ("p", "Re: my father, Mr Willem (Wim) de Groot, born 03/03/1948"),
        ("p", "I am writing on behalf of my father, who moved back to the Netherlands from Western Australia this "
              "summer after living there for 40 years. His Dutch is a bit rusty, so I hope a letter in English is "
              "acceptable."),
        ("p", "My father has Dupuytren's disease. In 2019 he had an operation on his right ring finger at Swan "
              "River Private Hospital in Perth, which went well. Over the last year the same finger and now also "
              "his little finger have started to bend again. His Australian GP has written a referral letter "
              "which is enclosed, together with his health summary."),
        ("p", "He has been told by a surgeon in Perth that a second, bigger operation would be needed. He is 78 "
              "and rather anxious about this, and we would very much like a second opinion from a hand specialist "
              "here before deciding anything. He has not yet registered with a Dutch GP; we are doing this now."),
        ("p", "Thank you very much for your help.\n\nYours faithfully,"),
        ("sp", 6),
        ("p", "Ellen de Groot (daughter)\n+31 6 9876 0000"),
    ]
    o = {"font": "Georgia", "size": 11}
    return b, o


# ------------------------------------------------------------------ va-054
@register("va-054", "pdf",
          kinds=[], date="2026-05-28", author="other", language="en",
          style="UK hospital outpatient appointment letter",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Appointment letter from a UK hospital: the X-ray before the visit is an instruction (plan); "
                "booking for a future clinic visit is not treatment.")
def va054():
    b = [
        ("lhpair", ["North Wessex Downs", "NHS Foundation Trust"],
         ["Outpatient Booking Centre", "Kingsmead General Hospital", "London Road, Newbury RG14 9ZZ",
          "Tel 01635 555 100 (Mon-Fri 8am-6pm)"]),
        ("p", "Date: 28 May 2026\nNHS No: 999 218 4406\nHospital No: KGH0880417"),
        ("addr", ["Mr Daniel Hofman", "14 Kennet Close", "Newbury", "RG14 2QT"]),
        ("p", "Dear Mr Hofman,"),
        ("title", "Your outpatient appointment"),
        ("table", [["Clinic", "Date", "Time", "With"],
                   ["Hand & Wrist Clinic (Clinic 4)", "Tuesday 16 June 2026", "14:30",
                    "Mr R. Menon, Consultant Hand Surgeon"]], {"widths": [50, 40, 18, 62]}),
        ("p", "This appointment has been made following the referral from your GP, Dr S. Whitcombe."),
        ("p", "Please report to the X-ray department (Main Entrance, Level 0) 30 minutes before your appointment, "
              "as you may need an X-ray before you see the doctor. Please bring a list of your current "
              "medication."),
        ("p", "If you cannot attend, please tell us as soon as possible so that we can offer your appointment to "
              "someone else. Patients who do not attend may be discharged back to their GP."),
        ("p", "Yours sincerely,\n\nOutpatient Booking Centre"),
        ("small", "You can view and change your appointments in the NHS App."),
    ]
    o = {"font": "sans", "size": 10, "logocolor": "#005eb8", "logow": 70,
         "footer": ["OPA/LTR/04 - Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-055
@register("va-055", "docx",
          kinds=["referral"], date="2026-08-11", author="gp", language="en",
          style="Australian GP specialist referral (practice software template) 'for ongoing management'",
          referral_question=False, imaging_done="no", operated="yes", treated_abroad="yes",
          notes="Referral 'for assessment and ongoing management' with no question and no second-opinion request; "
                "past history list without recent treatments (not counted as history); earlier fasciectomy in a "
                "Perth hospital (abroad); 'No imaging has been performed'; 'valid for 12 months'.")
def va055():
    b = [
        ("lhpair", ["Southbank Family Practice", "Dr Priya Raman MBBS FRACGP"],
         ["45 Canning Highway", "South Perth WA 6151", "Ph (08) 5550 3300", "Provider No. 000000AB"]),
        ("p", "11/08/2026"),
        ("addr", ["Hand Surgeon", "Handkliniek Oostvaart", "Oostvaartdijk 201", "1358 AB Almere, The Netherlands"]),
        ("p", "Dear Doctor,"),
        ("kv", [("Re:", "Mr Willem DE GROOT"), ("DOB:", "03/03/1948"),
                ("Address:", "c/o Prinsengracht 770-3, 1017 LD Amsterdam, The Netherlands"),
                ("Medicare No:", "0000 00000 0")], {"lw": 28, "grid": False}),
        ("p", "Thank you for seeing Wim, who is returning to the Netherlands permanently, for assessment and "
              "ongoing management of recurrent Dupuytren's contracture of the right hand."),
        ("p", "He underwent a limited fasciectomy of the right ring finger at Swan River Private Hospital, Perth, "
              "in 2019 with a good result. Over the past 12 months he has developed a recurrent contracture of "
              "the ring finger (PIP approx. 40 degrees) and new involvement of the little finger (MCP 30 "
              "degrees). No imaging has been performed. He is otherwise well for his age."),
        ("h", "Past History"),
        ("table", [["Year", "Condition"], ["2019", "Dupuytren's contracture R ring finger - limited fasciectomy"],
                   ["2015", "TURP for benign prostatic hypertrophy"], ["2012", "Hypertension"],
                   ["2008", "Cataract surgery, both eyes"]]),
        ("h", "Current Medications"),
        ("table", [["Medication", "Directions"], ["Perindopril 5 mg", "1 daily"], ["Aspirin 100 mg", "1 daily"]]),
        ("kv", [("Allergies", "Nil known"), ("Referral valid", "12 months from date of referral")], {"lw": 35}),
        ("p", "Yours sincerely,"),
        ("sp", 6),
        ("p", "Dr Priya Raman"),
    ]
    o = {"font": "Arial", "size": 10,
         "footer": ["Southbank Family Practice - Referral - DE GROOT, Willem - Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-056
@register("va-056", "txt",
          kinds=["imaging-report"], date="2026-04-03", also_dates=["2026-04-02"], author="radiologist",
          language="en", style="US radiology report (MRI) plain text, electronically signed",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="US imaging center report: comparison with earlier radiographs; date of service vs signature date; "
                "US date format; 'orthopedic consultation recommended' is advice.")
def va056():
    return """
MERCY LAKESIDE IMAGING
2400 N. Lakeshore Drive, Chicago, IL 60614   Phone (312) 555-0190   Fax (312) 555-0191

PATIENT: ZWART, EMMA                    DOB: 03/29/1990        SEX: F
MRN: MLI-2290413                        ACCESSION: MR26040211
ORDERING PHYSICIAN: Daniel Ortiz, MD (Lakeshore Orthopedic & Hand Associates)
DATE OF SERVICE: 04/02/2026 15:30

EXAM: MRI LEFT WRIST WITHOUT CONTRAST

CLINICAL HISTORY: 35-year-old female, fall on outstretched hand while ice skating
02/2026, ulnar-sided wrist pain, clicking with rotation. Evaluate TFCC.

COMPARISON: Radiographs left wrist 03/15/2026.

TECHNIQUE: Multiplanar, multisequence MR imaging of the left wrist was performed on a
3T magnet without intravenous contrast.

FINDINGS:
TFCC: There is a full-thickness tear of the peripheral (ulnar) attachment of the
triangular fibrocartilage complex with fluid signal at the foveal insertion. The central
disc is intact.
DRUJ: Small effusion. No subluxation in neutral position.
Ligaments: Scapholunate and lunotriquetral ligaments are intact.
Tendons: ECU tendon is located within its groove with mild tenosynovitis. Remaining
flexor and extensor tendons are unremarkable.
Bones: No fracture. No bone marrow edema. Ulnar variance neutral.
Carpal tunnel: Median nerve normal in caliber and signal.

IMPRESSION:
1. Peripheral TFCC tear (Palmer 1B) with foveal involvement.
2. Mild ECU tenosynovitis and small DRUJ effusion.
3. No fracture.

Orthopedic hand surgery consultation recommended.

Electronically signed by: Rebecca Lindholm, MD, Radiologist
Signed: 04/03/2026 08:12 AM CDT
"""


# ------------------------------------------------------------------ va-057
@register("va-057", "docx",
          kinds=["history"], date="2026-08-11", author="gp", language="en",
          style="Australian GP 'Patient Health Summary' printout (tables)",
          imaging_done="no", operated="yes", treated_abroad="yes",
          notes="GP health summary from abroad with past history, recent visits and specialist review; fasciectomy "
                "in Perth; 'No imaging on file / none performed'; other operations (TURP, cataract) are other body "
                "parts.")
def va057():
    b = [
        ("title", "Patient Health Summary"),
        ("kv", [("Patient", "Mr Willem DE GROOT"), ("DOB", "03/03/1948 (78 yrs)"), ("Sex", "Male"),
                ("Usual doctor", "Dr Priya Raman"), ("Printed", "11/08/2026 09:41"),
                ("Record No.", "SFP-04418")], {"cols": 2, "lw": 28}),
        ("h", "Past History"),
        ("table", [["Date", "Condition", "Comment"],
                   ["2019", "Dupuytren's contracture R ring finger", "Limited fasciectomy, Swan River Private "
                                                                     "Hospital (Mr A. Kowalski)"],
                   ["2015", "Benign prostatic hypertrophy", "TURP"],
                   ["2012", "Hypertension", "Controlled"],
                   ["2008", "Cataracts", "Bilateral phaco + IOL"]]),
        ("h", "Recent Consultations"),
        ("table", [["Date", "Doctor", "Summary"],
                   ["14/05/2026", "Dr P. Raman", "Recurrent contracture R ring finger, new cord little finger. "
                                                 "Tabletop test positive. Referred to hand surgeon."],
                   ["09/07/2026", "Mr A. Kowalski (hand surgeon, rooms)", "Letter received: recurrent Dupuytren's; "
                                                                         "recommends dermofasciectomy with skin "
                                                                         "graft. Patient wishes to defer until "
                                                                         "return to NL."],
                   ["11/08/2026", "Dr P. Raman", "Pre-departure review. Referral letter and summary given. "
                                                 "BP 134/80."]]),
        ("h", "Investigations"),
        ("p", "No imaging on file; none performed for the hands. Bloods 05/2026: FBC, UEC, lipids normal."),
        ("h", "Current Medications"),
        ("table", [["Medication", "Dose", "Directions"], ["Perindopril", "5 mg", "1 daily"],
                   ["Aspirin", "100 mg", "1 daily"]]),
        ("kv", [("Allergies", "Nil known"), ("Smoking", "Ex-smoker (ceased 1995)"), ("Alcohol", "2 std drinks/day")],
         {"lw": 28}),
    ]
    o = {"font": "Arial", "size": 9.5,
         "header": [("logo", "Southbank Family Practice", "45 Canning Highway, South Perth WA 6151 - (08) 5550 3300")],
         "footer": ["Confidential - DE GROOT, Willem - Page {page} of {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-058
@register("va-058", "pdf",
          kinds=["correspondence"], date="2026-10-02", author="specialist", language="de",
          style="German Arztbrief (ambulant), Diagnosen/Befund/Beurteilung/Procedere",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="German hand surgery outpatient letter for a Dutch border resident; resection arthroplasty "
                "recommended (plan); appendectomy is another body part ('Z. n. Appendektomie'); visit date "
                "29.09. vs letter date 02.10.")
def va058():
    b = [
        ("lhpair", ["Ev. Krankenhaus Grenzland", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie"],
         ["Chefärztin Dr. med. Katrin Albers", "Europaplatz 3, 46399 Bocholt", "Tel. +49 2871 950-0",
          "Handsprechstunde +49 2871 950-4410"]),
        ("addr", ["Herrn huisarts R. Wessels", "Huisartsenpraktijk Het Woold", "Woold 12", "NL-7101 AA Winterswijk"]),
        ("right", ["Bocholt, 02.10.2026", "Ka/mb - Amb.-Nr. 26-118832"]),
        ("p", "Sehr geehrter Herr Kollege Wessels,"),
        ("p", "wir berichten über Ihren Patienten Herrn Jan-Willem Reinders, geb. 05.05.1970, wohnhaft Misterweg "
              "9, NL-7101 EX Winterswijk, der sich am 29.09.2026 in unserer Handsprechstunde vorstellte."),
        ("h", "Diagnosen"),
        ("p", "- Rhizarthrose rechts, Eaton-Littler-Stadium III\n- Z. n. Appendektomie (1988)\n"
              "- Arterielle Hypertonie"),
        ("h", "Anamnese"),
        ("p", "Seit ca. 3 Jahren zunehmende belastungsabhängige Schmerzen am rechten Daumensattelgelenk, "
              "Kraftverlust beim Spitzgriff. Zwei Kortisoninfiltrationen durch den Orthopäden (2025) mit "
              "jeweils nur kurzzeitiger Besserung. Tätig als Tischler."),
        ("h", "Befund"),
        ("p", "Rechte Hand: Adduktionsstellung des 1. Strahles, positiver Grind-Test, Druckschmerz über dem "
              "Daumensattelgelenk. MP-Gelenk hyperextendierbar um 15°. Sensibilität intakt, Kapillarfüllung "
              "regelrecht."),
        ("h", "Bildgebung"),
        ("p", "Röntgen Hand rechts in 2 Ebenen (29.09.2026, hier): fortgeschrittene Arthrose des "
              "Daumensattelgelenks mit Gelenkspaltaufhebung, Osteophyten und Subluxation, STT-Gelenk "
              "unauffällig."),
        ("h", "Beurteilung"),
        ("p", "Fortgeschrittene Rhizarthrose rechts nach Ausschöpfung der konservativen Therapie."),
        ("h", "Procedere"),
        ("p", "Wir empfehlen die Resektionsarthroplastik (Trapezektomie mit APL-Suspensionsplastik). Der "
              "Patient möchte zunächst eine Zweitmeinung in den Niederlanden einholen. Eine Kopie der Bilder "
              "wurde auf CD mitgegeben. Bei Entscheidung für eine Operation bei uns bitten wir um erneute "
              "Terminvereinbarung."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp", 6),
        ("p", "Dr. med. Katrin Albers                Dr. med. Lars Meinert\nChefärztin                           "
              "Facharzt für Plastische und Ästhetische Chirurgie"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#37474f",
         "footer": ["Ev. Krankenhaus Grenzland gGmbH - Sitz Bocholt - Amtsgericht Coesfeld\tSeite {page} von {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-059
@register("va-059", "pdf",
          kinds=["imaging-report"], date="2026-01-27", author="radiologist", language="de",
          style="Swiss radiology report (Befund/Beurteilung), Swiss spelling (ss)",
          imaging_done="yes", operated="unmentioned", treated_abroad="yes",
          notes="Swiss hospital emergency imaging of a Dutch ski tourist; Swiss German spelling without ß; "
                "'MRI empfohlen' is advice; 'Zuweiser: Notfallzentrum'.")
def va059():
    b = [
        ("lhpair", ["Spital Thunersee-Nord", "Institut für Radiologie"],
         ["Seestrasse 120, CH-3600 Thun", "Tel. +41 33 000 00 00", "radiologie@spital-thunersee.example"]),
        ("kv", [("Patientin", "Bos Marieke, 12.12.1985, W"), ("Wohnadresse", "Biltstraat 150, NL-3572 BM Utrecht"),
                ("PID / Fall", "8820117 / 61100458"), ("Zuweiser", "Notfallzentrum, Dr. med. S. Gerber"),
                ("Untersuch", "Röntgen Handgelenk links in 2 Ebenen und Skaphoid-Serie"),
                ("Untersuchungsdatum", "27.01.2026, 16:12")], {"lw": 40}),
        ("h", "Fragestellung"),
        ("p", "Sturz beim Skifahren auf die ausgestreckte linke Hand. Druckdolenz Tabatière und dorsal. "
              "Fraktur? Bandläsion?"),
        ("h", "Befund"),
        ("p", "Keine Fraktur des distalen Radius, der Ulna oder der Handwurzelknochen, insbesondere keine "
              "Skaphoidfraktur abgrenzbar. Der skapholunäre Spalt misst 4 mm (Gegenseite nicht vorliegend), "
              "kein Terry-Thomas-Zeichen in Neutralstellung. Skapholunärer Winkel 68 Grad. Keine Luxation. "
              "Weichteilschwellung dorsal."),
        ("h", "Beurteilung"),
        ("p", "Keine Fraktur. Grenzwertig erweiterter SL-Spalt, verdächtig auf eine SL-Bandläsion. Bei "
              "persistierenden Beschwerden MRI empfohlen, ggf. Vergleichsaufnahme der Gegenseite."),
        ("p", "Dr. med. Reto Brunner, Leitender Arzt Radiologie\nVisiert am 27.01.2026 17:05"),
    ]
    o = {"font": "sans", "size": 9.5, "logocolor": "#b71c1c",
         "footer": ["Spital Thunersee-Nord AG\tSeite {page}/{pages}"]}
    return b, o


# ------------------------------------------------------------------ va-060
@register("va-060", "pdf",
          kinds=["referral", "history"], date="2026-10-12", author="gp", language="de",
          style="German Hausarzt Überweisung letter with Vorgeschichte and bisherige Therapie",
          referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
          notes="German GP (abroad) refers a German border resident working in NL for a 'Zweitmeinung' with a "
                "Fragestellung; Vorgeschichte + bisherige Therapie sections -> also history; emergency department "
                "visit in a German hospital -> treated abroad; 'Bisher keine Operation'.")
def va060():
    b = [
        ("lhpair", ["Hausarztpraxis Dr. med. Sabine Köhler", "Fachärztin für Allgemeinmedizin"],
         ["Enscheder Straße 41", "48599 Gronau (Westf.)", "Tel. +49 2562 00000", "BSNR 000000000"]),
        ("addr", ["Handkliniek Oostvaart", "Second Opinion", "Oostvaartdijk 201", "NL-1358 AB Almere"]),
        ("right", ["Gronau, den 12.10.2026"]),
        ("title", "Überweisung zur Zweitmeinung"),
        ("kv", [("Patient", "Herr Lukas Terhorst"), ("geb.", "18.09.1987"),
                ("Anschrift", "Dinkelstraße 7, 48599 Gronau"), ("Krankenkasse", "AOK NordWest (Vers.-Nr. "
                                                                                "A000000000)"),
                ("Arbeitgeber", "Logistikbedrijf in Enschede (NL)")], {"lw": 30, "grid": False}),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen Herrn Terhorst, der auf Wunsch des Patienten und auf Empfehlung seines "
              "niederländischen Arbeitgebers eine Zweitmeinung in Ihrer Klinik einholen möchte."),
        ("h", "Fragestellung"),
        ("p", "Ist bei MRT-gesicherter Läsion des TFCC rechts eine operative Therapie (Arthroskopie, Refixation) "
              "indiziert, oder ist eine Fortsetzung der konservativen Therapie sinnvoll?"),
        ("h", "Vorgeschichte"),
        ("p", "- 03/2026 Sturz beim Fußball auf die rechte Hand, Vorstellung in der Notaufnahme des "
              "St.-Agnes-Hospitals Gronau: Röntgen Handgelenk rechts ohne Frakturnachweis, Unterarmschiene\n"
              "- seitdem ulnarseitige Handgelenksschmerzen rechts, Klicken bei Umwendbewegungen\n"
              "- Asthma bronchiale (Kindheit), aktuell beschwerdefrei\n- Nikotinabusus (10 Zig./Tag)"),
        ("h", "Bisherige Therapie"),
        ("p", "- Ruhigstellung in Handgelenksorthese 6 Wochen (03-04/2026)\n"
              "- Physiotherapie 12x (05-06/2026)\n"
              "- Infiltration ulnokarpal 05/2026 durch Orthopäden Dr. med. F. Brandt, Gronau\n"
              "- MRT Handgelenk rechts 14.07.2026 (Radiologische Praxis am Dinkelufer): periphere TFCC-Läsion "
              "(Palmer 1B), keine Instabilität des DRUG\n"
              "- Bisher keine Operation."),
        ("h", "Medikation"),
        ("p", "Ibuprofen 600 mg bei Bedarf. Keine Allergien bekannt."),
        ("p", "Befunde (MRT-Bericht, Arztbrief Orthopädie) liegen bei. Für Rückfragen stehe ich gerne zur "
              "Verfügung."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp", 6),
        ("p", "Dr. med. Sabine Köhler"),
    ]
    o = {"font": "serif", "size": 10.5, "logocolor": "#263238",
         "footer": ["Hausarztpraxis Dr. med. S. Köhler - Gronau\tSeite {page} von {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-061
@register("va-061", "docx",
          kinds=["history"], date="2026-03-10", author="gp", language="de",
          style="Swiss Hausarzt 'Auszug aus der Krankengeschichte' (Word tables), older than 6 months",
          imaging_done="no", operated="no", treated_abroad="yes",
          notes="Swiss GP history extract dated March 2026 (older than 6 months for an autumn dossier); infiltrations "
                "in a Swiss hospital hand clinic -> treated abroad; 'Keine Bildgebung erfolgt' and 'Keine operativen "
                "Eingriffe an den Händen' negations; Swiss spelling.")
def va061():
    b = [
        ("lhpair", ["Praxis Dr. med. Ursula Zbinden", "Fachärztin Allgemeine Innere Medizin FMH"],
         ["Bahnhofstrasse 18", "CH-3700 Spiez", "Tel. +41 33 000 11 22", "ZSR G000000"]),
        ("title", "Auszug aus der Krankengeschichte"),
        ("kv", [("Patient", "Dijkman Pieter"), ("Geburtsdatum", "30.04.1958"),
                ("Adresse", "Seeweg 4, CH-3700 Spiez (ab 05/2026: Leiden, NL)"), ("Datum", "10.03.2026"),
                ("Zweck", "Übergabe an Hausarzt / Handchirurgie in den Niederlanden")], {"lw": 32}),
        ("h", "Diagnosen"),
        ("table", [["Seit", "Diagnose", "Bemerkung"],
                   ["2024", "Tendovaginitis stenosans (schnellender Finger) D3 und D4 rechts, D3 links",
                    "aktuell"],
                   ["2017", "Diabetes mellitus Typ 2", "HbA1c 7.1% (01/2026)"],
                   ["2010", "Gonarthrose rechts", "Knie-TP 2019"],
                   ["2005", "Hypercholesterinämie", ""]]),
        ("h", "Verlauf Hände"),
        ("table", [["Datum", "Eintrag"],
                   ["11.2024", "Erstmals Schnellen D3 re. NSAR, Schiene."],
                   ["04.2025", "Infiltration D3 re. in der Praxis (Triamcinolon). Gute Wirkung 4 Monate."],
                   ["02.2026", "Zuweisung handchirurgische Sprechstunde Spital Thunersee-Nord: Infiltration D4 re. "
                               "und D3 li. Operative Ringbandspaltung bei Rezidiv empfohlen."],
                   ["03.2026", "Rezidiv D3 re. Patient zieht im Mai in die Niederlande und möchte die weitere "
                               "Behandlung dort."]]),
        ("p", "Keine Bildgebung erfolgt (klinische Diagnose). Keine operativen Eingriffe an den Händen."),
        ("h", "Aktuelle Medikation"),
        ("table", [["Medikament", "Dosierung"], ["Metformin 1000 mg", "1-0-1"], ["Atorvastatin 20 mg", "0-0-1"],
                   ["Dafalgan 1 g", "bei Bedarf"]]),
        ("kv", [("Allergien", "Penicillin (Urtikaria)")], {"lw": 32}),
        ("p", "Freundliche Grüsse\n\nDr. med. Ursula Zbinden"),
    ]
    o = {"font": "Arial", "size": 10,
         "footer": ["Praxis Dr. Zbinden - Dijkman Pieter 30.04.1958 - Seite {page} von {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-062
@register("va-062", "docx",
          kinds=["operation-report"], date="2026-08-21", author="specialist", language="de",
          style="German Operationsbericht as Word document with field table",
          imaging_done="yes", operated="yes", treated_abroad="yes",
          notes="German hospital operation report for a Dutch border resident; indication cites a pre-operative MRI "
                "(imaging yes); arthroscopy counts as operation.")
def va062():
    b = [
        ("title", "Operationsbericht"),
        ("kv", [("Patientin", "Maas, Sophie"), ("Geburtsdatum", "02.02.1992"),
                ("Wohnort", "Vaals (NL)"), ("Fallnummer", "A-26-0821-445"),
                ("OP-Datum", "21.08.2026"), ("Operateur", "Dr. med. Andreas Kremer, Oberarzt Handchirurgie"),
                ("Assistenz", "Dr. med. Julia Schmitz"), ("Anästhesie", "Plexusanästhesie axillär, "
                                                                         "Dr. med. P. Lenz"),
                ("Lagerung", "Rückenlage, Arm im Traktionsturm, 5 kg"), ("Blutsperre", "250 mmHg, 48 min")],
         {"lw": 35}),
        ("kv", [("Diagnose", "Zentrale TFCC-Läsion (Palmer 1A) rechts, Synovialitis ulnokarpal"),
                ("Indikation", "Seit 8 Monaten ulnarseitige Handgelenksschmerzen rechts trotz konservativer "
                               "Therapie; präoperatives MRT (Juni 2026): zentrale TFCC-Läsion ohne "
                               "Ulna-Plus-Variante."),
                ("Eingriff", "Diagnostische Handgelenksarthroskopie rechts, Débridement TFCC, Synovektomie")],
         {"lw": 35}),
        ("h", "Operationsverlauf"),
        ("p", "Team-Time-Out. Anlage der Portale 3-4 und 6R sowie Mediokarpalportale. Radiokarpal: zentrale "
              "lappenförmige Läsion des Discus articularis 5 mm, periphere Anheftung stabil (Trampolin-Test "
              "negativ, Hook-Test negativ). SL- und LT-Band intakt, Knorpel unauffällig. Ulnokarpale "
              "Synovialitis. Débridement der instabilen Ränder mit Shaver und Punch bis zu einem stabilen Rand, "
              "Synovektomie. Mediokarpal keine Instabilität. Spülung, Hautnaht der Portale, steriler Verband, "
              "Unterarmschiene."),
        ("kv", [("Komplikationen", "keine"),
                ("Nachbehandlung", "Schiene 1 Woche, danach freie Bewegung, keine Belastung über 2 kg für 4 Wochen. "
                                   "Fadenentfernung nach 10-12 Tagen. Wiedervorstellung in 6 Wochen.")], {"lw": 35}),
        ("p", "Dr. med. Andreas Kremer\nAachen, 21.08.2026"),
    ]
    o = {"font": "Arial", "size": 10, "logocolor": "004D40",
         "header": [("logo", "Marienhospital Grenzwald", "Klinik für Handchirurgie - Grenzwaldstraße 20 - 52074 Aachen"),
                    ("right", "Tel. +49 241 000 00 00")],
         "footer": ["OP-Bericht Maas, Sophie 02.02.1992 - Seite {page} von {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-063
@register("va-063", "docx",
          kinds=[], author="other", language="de",
          style="German surgical consent form (Aufklärungsbogen / Einwilligungserklärung), unsigned and undated",
          imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
          notes="Consent form for a planned operation (plan only); date and signature fields empty -> no date; "
                "form from a German hospital but documents no treatment; the question 'im Ausland stationär "
                "behandelt?' is left unanswered.")
def va063():
    b = [
        ("title", "Einwilligungserklärung zur Operation"),
        ("kv", [("Patient", "Reinders, Jan-Willem"), ("Geburtsdatum", "05.05.1970"),
                ("Geplanter Eingriff", "Resektionsarthroplastik des Daumensattelgelenks rechts (Trapezektomie mit "
                                       "APL-Suspensionsplastik)"),
                ("Anästhesie", "Plexusanästhesie, ggf. Allgemeinanästhesie"),
                ("Aufklärender Arzt", "Dr. med. L. Meinert")], {"lw": 40}),
        ("h", "Aufklärung über Risiken"),
        ("p", "Ich wurde über Art, Umfang und Ablauf des geplanten Eingriffs sowie über mögliche Risiken und "
              "Komplikationen aufgeklärt, insbesondere: Infektion, Nachblutung, Verletzung von Nerven (R. "
              "superficialis n. radialis), Gefühlsstörungen, komplexes regionales Schmerzsyndrom (CRPS), "
              "Kraftminderung, verzögerte Wundheilung, Narbenbeschwerden, Verkürzung des Daumenstrahls."),
        ("p", "Alternativen (Fortführung der konservativen Therapie, Arthrodese, Prothese) wurden besprochen."),
        ("table", [["", "Frage", "Antwort"],
                   ["1", "Nehmen Sie blutverdünnende Medikamente ein?", "[ ] ja  [ ] nein"],
                   ["2", "Sind Allergien bekannt?", "[ ] ja  [ ] nein"],
                   ["3", "Wurden Sie in den letzten 12 Monaten im Ausland stationär behandelt?", "[ ] ja  [ ] nein"]]),
        ("h", "Einwilligung"),
        ("p", "Ich willige in den vorgeschlagenen Eingriff ein."),
        ("kv", [("Ort, Datum", ""), ("Unterschrift Patient", ""), ("Unterschrift Arzt", "")], {"lw": 40}),
    ]
    o = {"font": "Arial", "size": 9.5,
         "header": [("logo", "Ev. Krankenhaus Grenzland", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie - Bocholt")],
         "footer": ["Bogen HPRC-07 Rev. 4 (2025) - Seite {page} von {pages}"]}
    return b, o


# ------------------------------------------------------------------ va-064
@register("va-064", "txt",
          kinds=["correspondence"], date="2026-02-08", author="specialist", language="de",
          style="Austrian Unfallkrankenhaus Ambulanzbrief, plain-text export",
          imaging_done="yes", operated="no", treated_abroad="yes",
          notes="Austrian trauma hospital outpatient letter for a Dutch ski tourist; X-ray and ultrasound done; "
                "'Es erfolgte keine Operation' with conservative thumb orthosis; follow-up 'am Heimatort' is a plan; "
                "Austrian terms (UKH, Ambulanz, Procedere).")
def va064():
    return """
UNFALLKRANKENHAUS GASTEINERTAL
Abteilung für Unfallchirurgie  -  Kaiser-Franz-Platz 2, A-5640 Bad Gastein
Tel. +43 6434 00000  -  Fax +43 6434 00000-99
==============================================================================
A M B U L A N Z B R I E F                               Datum: 08.02.2026
==============================================================================
Patient:     HERMANS Thijs, geb. 09.10.1999, männlich
Adresse:     Stationsstraat 3, NL-5211 Den Bosch ('s-Hertogenbosch), Niederlande
Versicherung: EKVK/EHIC NL
Ambulanz-Nr: 26/0208/1173          Unfallzeit: 07.02.2026, ca. 15:30, Skipiste

An den weiterbehandelnden Arzt / Hausarzt

Diagnose:
  Partielle Ruptur des ulnaren Seitenbandes am Daumengrundgelenk links
  ("Skidaumen"), ohne knöchernen Ausriss.

Anamnese:
  Sturz beim Skifahren mit dem Skistock in der linken Hand. Schmerzen und
  Schwellung am Daumengrundgelenk ulnarseitig. Rechtshänder.

Befund:
  Schwellung und Hämatom ulnar am MP-Gelenk D1 links. Valgusstress in
  30 Grad Flexion: vermehrte Aufklappbarkeit ca. 25 Grad mit festem Anschlag
  (Gegenseite 10 Grad). Durchblutung, Motorik und Sensibilität intakt.

Bildgebung:
  Röntgen Daumen links in 2 Ebenen (07.02.2026): kein knöcherner Bandausriss,
  keine Fraktur.
  Sonographie MP-Gelenk D1 links (08.02.2026): partielle Ruptur des UCL,
  kein Stener-Effekt.

Therapie:
  Konservativ: Anlage einer Daumenorthese (Thumb-Spica) für 6 Wochen.
  Es erfolgte keine Operation.

Procedere:
  Orthese Tag und Nacht für 6 Wochen. Kontrolle bei einem Handchirurgen
  am Heimatort in 10-14 Tagen. Bei persistierender Instabilität nach
  Ablauf der Ruhigstellung ist eine operative Bandrekonstruktion zu erwägen.
  Analgesie: Ibuprofen 400 mg bei Bedarf.

Mit freundlichen Grüßen

OA Dr. Christina Moser                  Dr. Florian Huber
Fachärztin für Unfallchirurgie          Assistenzarzt
==============================================================================
Dieser Brief wurde elektronisch erstellt und ist ohne Unterschrift gültig.
"""
