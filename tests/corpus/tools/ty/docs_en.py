"""English documents of the ty- batch (UK NHS, US, international, expat GP)."""
from common import nhs, bsn
from labels import L

DOCS = []
MM = 2.835

# ------------------------------------------------------------------------------------------ ty-006
DOCS.append(dict(
    id="ty-006", fmt="docx",
    meta=dict(docx_font="Arial", size=10.5,
              header="Northfield Teaching Hospitals NHS Foundation Trust - Hand Unit",
              footer="Dictated: 02/09/2026  Typed: 07/09/2026 (SL)  |  Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Northfield Teaching Hospitals",
                            sub="NHS Foundation Trust - Department of Plastic Surgery, Hand Unit",
                            lines=["Northfield General Hospital, Crossway Road, Northfield NF4 7QA"],
                            right=["Tel: 01632 960 411", "Secretary: Sarah Linton"])),
        ("fields", [("Date", "7 September 2026"), ("Clinic date", "2 September 2026"),
                    ("Consultant", "Mr Daniel Okafor FRCS (Plast)"),
                    ("Our ref", "DO/SL/HU-22871")]),
        ("lines", ["Dr R. Patel", "Elmwood Surgery", "14 Elmwood Avenue", "Northfield NF2 3BD"]),
        ("p", "<b>Re: Mrs Helen Ward, DOB 19/11/1963, NHS No. " + nhs(0) + ", Hosp No. N0918827</b>"),
        ("p", "Dear Dr Patel,"),
        ("p", "<b>Diagnosis:</b> Right middle finger trigger finger (Green grade III), failed two "
              "corticosteroid injections (March and June 2026)."),
        ("p", "<b>Plan:</b> Listed for right middle finger A1 pulley release under local anaesthetic."),
        ("p", "<b>Outcome:</b> Added to waiting list (routine). Expected wait approximately 18 weeks."),
        ("p", "I saw Mrs Ward in the hand clinic today. She describes painful locking of the right middle "
              "finger, worse in the morning, which she has to unlock passively. Both injections gave "
              "relief for about six weeks. On examination there is a tender nodule over the A1 pulley with "
              "reproducible triggering and a fixed flexion of 10 degrees at the PIP joint in the morning. "
              "No imaging is required at this stage."),
        ("p", "We discussed surgical release, including the risks of infection, nerve injury, scar "
              "tenderness and recurrence, and she would like to go ahead. She mentioned that she and her "
              "husband are moving to the Netherlands in November and she may prefer to have the "
              "procedure there; she will let us know so that we can remove her from our list."),
        ("p", "Yours sincerely,"),
        ("lines", ["pp", "", "Mr Daniel Okafor", "Consultant Plastic and Hand Surgeon",
                   "Dictated but not signed to avoid delay", "", "cc: Mrs H. Ward (patient)"]),
    ],
    label=L(["correspondence"], "2026-09-07", "specialist", "en",
            "UK NHS clinic letter with Diagnosis/Plan/Outcome, pp-signed by secretary",
            "no", "unmentioned", "yes", also=["2026-09-02"],
            notes="UK hospital clinic letter (the document itself is from a hospital abroad that saw the "
                  "patient). Surgery listed but not done. 'No imaging is required' = imaging no. Signed pp "
                  "by the secretary for the consultant."),
))

# ------------------------------------------------------------------------------------------ ty-007
DOCS.append(dict(
    id="ty-007", fmt="pdf", engine="canvas",
    meta=dict(font="helv", size=9, label_w=42 * MM,
              footer="Kingsbridge & District Hospitals NHS Trust  |  Theatre system printout 16/06/2026 08:05  |  "
                     "Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Kingsbridge & District Hospitals NHS Trust",
                            sub="Trauma & Orthopaedics - Hand Surgery",
                            lines=["Kingsbridge General Hospital, Mill Lane, Kingsbridge KB3 9HT"],
                            right=["Theatre 4", "Day Surgery Unit"])),
        ("title", "OPERATION NOTE"),
        ("fields2", [("Patient", "Mr Arjun Mehta", "DOB", "04/04/1970"),
                     ("NHS No.", nhs(1), "Hosp No.", "K2210934"),
                     ("Date of operation", "15/06/2026", "Ward", "Day Surgery Unit")]),
        ("fields", [
            ("Surgeon", "Ms Claire Whitfield, Consultant Hand Surgeon"),
            ("Assistant", "Dr Tom Reilly (ST5 T&O)"),
            ("Anaesthetist", "Dr L. Gray"),
            ("Anaesthetic", "Regional (supraclavicular block) + sedation"),
            ("Tourniquet", "Upper arm, 250 mmHg, 62 min"),
            ("Antibiotics", "Cefuroxime 1.5 g IV at induction"),
            ("Indication", "Left thumb base osteoarthritis (Eaton IV), failed splint and injection"),
            ("Procedure", "Left trapeziectomy with ligament reconstruction and tendon interposition (FCR)"),
            ("Findings", "Pan-trapezial arthritis with eburnation; STT joint also arthritic"),
            ("Description", "1. Wagner incision over the left thumb base. 2. Superficial radial nerve "
                            "branches protected. 3. Capsulotomy, trapezium excised piecemeal. 4. Half of FCR "
                            "harvested through two proximal stab incisions, passed through a drill hole in "
                            "the base of the first metacarpal and sutured to itself; remainder rolled as an "
                            "interposition anchovy. 5. Capsule closed with 3-0 Vicryl, skin 4-0 Monocryl "
                            "subcuticular."),
            ("Complications", "None"),
            ("Closure / dressing", "Steri-strips, wool and crepe, thumb spica POP backslab"),
            ("Post-op instructions", "Elevate. Discharge today. Wound check and POP change at 2 weeks; "
                                     "referral to hand therapy for thermoplastic splint."),
            ("VTE", "Not required (day case, upper limb)"),
            ("Signed", "C. Whitfield  15/06/2026 16:42"),
        ]),
    ],
    label=L(["operation-report"], "2026-06-15", "specialist", "en",
            "NHS operation note canvas form, two-column",
            "unmentioned", "yes", "yes",
            notes="Operation note of a UK hospital (treated abroad yes). Print date of the theatre system "
                  "(16/06/2026) in footer differs from the operation date."),
))

# ------------------------------------------------------------------------------------------ ty-012
TXT_012 = """
11/19/2026 14:02  FAX 303 555 0142   FRONT RANGE REGIONAL MC - HIM     P.001/002
________________________________________________________________________________
FRONT RANGE REGIONAL MEDICAL CENTER
Department of Diagnostic lmaging
4400 E. Colfax Ave, Denver, CO 80220        Phone (303) 555-0100

PATIENT: VAN LEEUWEN, MAARTEN           MRN: 00841277
DOB: 02/17/1985   SEX: M                 ACCT: 7710032214
LOCATION: EMERGENCY DEPARTMENT
ORDERING PHYSICIAN: Karen Osei, MD (Emergency Medicine)

EXAM: XR WRIST 3+ VIEWS LEFT
DATE OF SERVICE: 10/28/2026 22:51

CLINICAL HISTORY: Fall on outstretched hand while hiking. Snuffbox
tenderness. Eval fracture.

COMPARISON: None.

FINDINGS:
Three views of the left wrist. No acute displaced fracture. There is a
subtle lucency at the scaphoid waist on the scaphoid view which may
represent a nondisplaced fracture versus nutrient channel. Carpal
alignment is maintained. Scapholunate interval is normal. Soft tissue
swelling over the radial aspect of the wrist.
________________________________________________________________________________
11/19/2026 14:03  FAX 303 555 0142   FRONT RANGE REGIONAL MC - HIM     P.002/002
________________________________________________________________________________
VAN LEEUWEN, MAARTEN   MRN 00841277   XR WRIST 3+ VIEWS LEFT   (continued)

IMPRESSI0N:
1. Possible nondisplaced fracture of the scaphoid waist; cannot be excluded.
   Recommend thumb spica immobilization and repeat radiographs in 10-14 days
   or MRI if clinically indicated.
2. Radial soft tissue swelling.

Electronically signed by: Mark D. Halvorsen, MD  (Radiology)
Signed on: 10/28/2026 23:47

*** CONFIDENTIAL - released to patient request, HIM dept. ***
"""
DOCS.append(dict(
    id="ty-012", fmt="txt", text=TXT_012,
    label=L(["imaging-report"], "2026-10-28", "radiologist", "en",
            "US radiology report received by fax, OCR-like text",
            "yes", "unmentioned", "yes",
            notes="US emergency department X-ray report (treated abroad yes). The fax date 11/19/2026 is the "
                  "sending date, not the report date. MRI only recommended. OCR noise (lmaging, IMPRESSI0N). "
                  "US date order MM/DD/YYYY."),
))

# ------------------------------------------------------------------------------------------ ty-020
DOCS.append(dict(
    id="ty-020", fmt="docx",
    meta=dict(docx_font="Calibri", size=10,
              header="Rocky Mountain Hand & Upper Extremity Center - Progress Notes",
              footer="HOOGLAND, EVA  MRN 55129031  DOB 03/09/1990  |  Printed 10/02/2026  |  Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="RM", color="#4e342e", name="Rocky Mountain Hand & Upper Extremity Center",
                            lines=["1850 Folsom St, Suite 300, Boulder, CO 80302"],
                            right=["Phone (720) 555-0133", "Fax (720) 555-0134"])),
        ("title", "Progress Notes"),
        ("fields", [("Patient", "Eva Hoogland"), ("DOB", "03/09/1990"), ("Date of Service", "09/14/2026"),
                    ("Provider", "Jessica Tran, PA-C"),
                    ("Supervising physician", "Robert Kline, MD"),
                    ("Visit type", "New patient - right wrist pain")]),
        ("h", "Chief Complaint"),
        ("p", "Right dorsal wrist pain x 4 months."),
        ("h", "History of Present Illness"),
        ("p", "36 y.o. right-hand-dominant female, software engineer and rock climber, presents with "
              "insidious onset dorsal right wrist pain, worse with push-ups and climbing. No trauma "
              "recalled. Tried wrist brace and ibuprofen with partial relief. No prior surgery to the right "
              "wrist. She is moving back to the Netherlands in October 2026."),
        ("h", "Physical Exam"),
        ("p", "Right wrist: no visible mass. Tenderness over the scapholunate interval. Watson shift test "
              "painful without clunk. Full ROM with pain at end extension. NVI distally."),
        ("h", "Imaging"),
        ("p", "X-rays right wrist, 3 views plus clenched fist, obtained in clinic today and reviewed by me: "
              "no fracture, SL interval 2 mm, no DISI."),
        ("h", "Assessment and Plan"),
        ("p", "1. Right dorsal wrist pain, suspect occult dorsal ganglion vs partial SL ligament injury. "
              "MRI right wrist ordered; patient will likely obtain this after relocating. Discussed that "
              "if an occult ganglion is confirmed, excision may be considered. Activity modification, "
              "continue brace. Follow-up as needed; records released to patient."),
        ("small", "Electronically signed by Jessica Tran, PA-C on 09/15/2026 8:12 AM. "
                  "Cosigned by Robert Kline, MD on 09/16/2026 7:55 AM."),
    ],
    label=L(["correspondence"], "2026-09-14", "specialist", "en",
            "US EHR progress note (Epic-like), PA-C with supervising physician",
            "yes", "no", "yes", also=["2026-09-15", "2026-09-16"],
            notes="US hand-surgery clinic note counted as specialist correspondence; written by a physician "
                  "assistant and cosigned. X-rays done in clinic; MRI only ordered. 'No prior surgery' = "
                  "operated no. Printed 10/02/2026 (US format, 2 October)."),
))

# ------------------------------------------------------------------------------------------ ty-021
DOCS.append(dict(
    id="ty-021", fmt="pdf", engine="flow",
    meta=dict(font="times", size=11),
    blocks=[
        ("lines", ["Sarah Collins", "Van Heuven Goedhartlaan 101", "1181 KJ Amstelveen",
                   "The Netherlands", "", "2 November 2026", "",
                   "To: The Second Opinion Team", "Hand & Wrist Clinic"]),
        ("p", "Dear Sir or Madam,"),
        ("p", "I am writing to ask whether I could be seen at your clinic for a second opinion about my "
              "right thumb. I am British and moved to the Netherlands in January 2026 with my family."),
        ("p", "In 2024, while we were living in Dubai, I had an operation on my right thumb (a ligament "
              "reconstruction of the thumb base) at the Emirates Orthopaedic Specialty Hospital. I stayed "
              "in hospital for one night. X-rays and an MRI were done there both before and after the "
              "operation, and I have the discs."),
        ("p", "Since the spring my thumb has become painful again and weak when I pinch. My Dutch GP, "
              "Dr. Visser, has examined it and told me she will send you a referral letter. I would like "
              "to know whether another operation is needed or whether something else can be done."),
        ("p", "I can be reached on 06-55512309. Thank you very much for your help."),
        ("p", "Yours faithfully,"),
        ("lines", ["Sarah Collins", "(date of birth 28 May 1985)"]),
    ],
    label=L([], "2026-11-02", "patient", "en", "patient's own typed letter, serif, no letterhead",
            "yes", "yes", "yes",
            notes="Patient letter asking for a second opinion: not a referral. Operation and admission "
                  "abroad (Dubai) named by hospital; imaging done abroad. GP referral only announced."),
))

# ------------------------------------------------------------------------------------------ ty-023
DOCS.append(dict(
    id="ty-023", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=10.5,
              footer="Westbrook General Hospital, Station Road, Westbrook WB1 4RT  |  Switchboard 01632 960 800"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Westbrook & Vale NHS Trust",
                            sub="Outpatient Appointments Centre",
                            lines=["Westbrook General Hospital, Station Road, Westbrook WB1 4RT"],
                            right=["Appointments: 01632 960 850", "Mon-Fri 8am-5pm"])),
        ("lines", ["Mr Thomas Baker", "22 Orchard Close", "Westbrook WB3 8PL", "", "10 November 2026"]),
        ("p", "<b>NHS Number:</b> " + nhs(2) + "    <b>Hospital Number:</b> W7719920"),
        ("title", "Your appointments"),
        ("p", "Dear Mr Baker,"),
        ("p", "Following your referral by your GP, we have arranged the following appointments for you:"),
        ("table", [["Date / time", "Clinic", "Location"],
                   ["Tuesday 8 December 2026, 09:20", "Ultrasound scan - right wrist", "Radiology, Level 1"],
                   ["Monday 21 December 2026, 14:10", "Hand Surgery clinic - Mr K. O'Neill",
                    "Outpatients B, Level 2"]], {"widths": [0.32, 0.38, 0.3]}),
        ("p", "Please arrive 15 minutes early and bring a list of your current medicines. If you cannot "
              "attend, please let us know as soon as possible so that we can offer your appointment to "
              "someone else."),
        ("p", "Yours sincerely,"),
        ("lines", ["Outpatient Appointments Centre"]),
    ],
    label=L([], "2026-11-10", "other", "en", "NHS appointment letter with table",
            "unmentioned", "unmentioned", "unmentioned",
            notes="Appointment letter: the ultrasound and the clinic visit are in the future (imaging "
                  "planned only). No care has taken place yet, so treated_abroad unmentioned."),
))

# ------------------------------------------------------------------------------------------ ty-026
DOCS.append(dict(
    id="ty-026", fmt="docx",
    meta=dict(docx_font="Times New Roman", size=11,
              footer="Lakeshore Hand Surgery Associates | 680 N. Lake Shore Dr, Suite 1200, Chicago, IL 60611 | "
                     "(312) 555-0190"),
    blocks=[
        ("letterhead", dict(logo="LHS", color="#1a237e", name="Lakeshore Hand Surgery Associates",
                            sub="Michael J. Reyes, MD, FACS - Diplomate, American Board of Orthopaedic Surgery",
                            lines=["680 N. Lake Shore Dr, Suite 1200, Chicago, IL 60611"],
                            right=["Tel (312) 555-0190", "Fax (312) 555-0191"])),
        ("lines", ["October 5, 2026", "", "Hand and Wrist Clinic", "Attn: Intake / Second Opinion",
                   "Rotterdam, The Netherlands"]),
        ("p", "<b>RE: Pieter Bos   DOB: 07/23/1979</b>"),
        ("p", "Dear Colleagues,"),
        ("p", "I am writing to refer Mr. Bos, a 47-year-old right-hand-dominant architect, who is "
              "relocating to Rotterdam this month."),
        ("p", "He sustained a complete scapholunate ligament tear of the left wrist in a cycling accident "
              "in November 2025. On March 3, 2026 I performed an open scapholunate ligament repair with "
              "dorsal capsulodesis at Lakeshore Surgical Center. Postoperative recovery was slow. MRI of "
              "the left wrist on August 14, 2026 showed attenuation of the repaired ligament with an SL gap "
              "of 3.5 mm and early dorsal intercalated segment instability."),
        ("p", "He continues to have dorsal wrist pain and a painful clunk. I have discussed a "
              "reconstruction (e.g. three-ligament tenodesis) with him, but given his move I would be "
              "grateful for your opinion on whether further reconstruction is indicated, or whether a "
              "salvage procedure should be considered, and I would appreciate it if you would assume his "
              "care."),
        ("p", "Enclosures: operative report (03/03/2026); MRI report (08/14/2026); clinic notes."),
        ("p", "Sincerely,"),
        ("lines", ["Michael J. Reyes, MD, FACS"]),
    ],
    label=L(["referral", "correspondence"], "2026-10-05", "specialist", "en",
            "US hand surgeon referral letter (letter date Month D, YYYY)",
            "yes", "yes", "yes", rq=True,
            notes="Referral from the treating surgeon abroad with a question: referral and correspondence. "
                  "Operation and MRI in the US; enclosures only listed, not present."),
))

# ------------------------------------------------------------------------------------------ ty-029
DOCS.append(dict(
    id="ty-029", fmt="pdf", engine="canvas",
    meta=dict(font="helv", size=9, label_w=38 * MM,
              footer="Northfield Teaching Hospitals NHS FT - Department of Microbiology - This report has been "
                     "authorised electronically - Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Northfield Teaching Hospitals NHS FT",
                            sub="Pathology - Department of Microbiology",
                            lines=["Northfield General Hospital, Crossway Road, Northfield NF4 7QA"],
                            right=["Lab enquiries 01632 960 477"])),
        ("title", "MICROBIOLOGY REPORT"),
        ("fields2", [("Patient", "DE GRAAF, Willem", "DOB", "12/12/1958"),
                     ("NHS No.", nhs(3), "Hosp No.", "N0771436"),
                     ("Location", "Ward 12 (Trauma & Orthopaedics)", "Consultant", "Mr D. Okafor"),
                     ("Lab No.", "M26.0914471", "Requested by", "Dr A. Khan (FY2)")]),
        ("fields", [("Clinical details", "Admission screen - emergency admission 21/07/2026, closed "
                                         "fracture right distal radius"),
                    ("Collected", "22/07/2026 10:15"),
                    ("Received", "22/07/2026 16:40"),
                    ("Reported", "24/07/2026 11:02")]),
        ("table", [["Specimen", "Test", "Result"],
                   ["Nose swab", "MRSA screen (culture)", "MRSA NOT isolated"],
                   ["Groin swab", "MRSA screen (culture)", "MRSA NOT isolated"],
                   ["Throat swab", "MRSA screen (culture)", "MRSA NOT isolated"]],
         {"widths": [0.25, 0.35, 0.4]}),
        ("fields", [("Comment", "No meticillin-resistant Staphylococcus aureus isolated from the screening "
                                "sites."),
                    ("Authorised by", "Dr Priya Raman, Consultant Microbiologist, 24/07/2026")]),
    ],
    label=L(["mrsa-screening"], "2026-07-24", "lab", "en", "NHS microbiology MRSA screen, canvas form",
            "unmentioned", "unmentioned", "yes", also=["2026-07-22"],
            notes="MRSA admission screen from a UK hospital lab; the patient was an inpatient there "
                  "(treated abroad yes). Consultant and requester lines are not the author. The fracture "
                  "is mentioned, treatment is not."),
))

# ------------------------------------------------------------------------------------------ ty-034
DOCS.append(dict(
    id="ty-034", fmt="docx",
    meta=dict(docx_font="Arial", size=10.5,
              header="Kingsbridge & District Hospitals NHS Trust - Hand Therapy Department",
              footer="Hand Therapy, Kingsbridge General Hospital, Mill Lane, Kingsbridge KB3 9HT | Page {page}"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Kingsbridge & District Hospitals NHS Trust",
                            sub="Therapy Services - Hand Therapy",
                            lines=["Kingsbridge General Hospital, Mill Lane, Kingsbridge KB3 9HT"],
                            right=["Tel 01632 960 655"])),
        ("lines", ["14/08/2026", "", "Ms C. Whitfield, Consultant Hand Surgeon",
                   "cc: Dr J. Moore, Riverside Surgery"]),
        ("p", "<b>Re: Miss Sophie Evans, DOB 30/06/1998, Hosp No. K3380127</b>"),
        ("p", "Dear Ms Whitfield,"),
        ("p", "Discharge from hand therapy. Sophie attended 14 sessions following her right index finger "
              "flexor tendon repair (zone II, FDP and FDS) on 28/04/2026. She followed the early active "
              "motion protocol in a dorsal blocking splint for 6 weeks."),
        ("p", "At discharge: total active motion 230 degrees (Strickland good), grip 26 kg right vs 31 kg "
              "left. Scar soft. She has returned to her work as a barista and to playing the guitar."),
        ("p", "She is moving to Groningen for her studies next month and is aware that she can contact "
              "a hand therapist there if problems arise."),
        ("p", "Kind regards,"),
        ("lines", ["Rachel Moss", "Specialist Hand Therapist (AHCPC)"]),
    ],
    label=L([], "2026-08-14", "other", "en", "NHS hand therapy discharge letter, docx",
            "unmentioned", "yes", "yes",
            notes="Hand therapy letter (no kind) although addressed to the consultant. States the tendon "
                  "repair was done; therapy in a UK hospital = treated abroad yes."),
))

# ------------------------------------------------------------------------------------------ ty-037
TXT_037 = """
From:    The Hague International Health Centre <reception@thihc.example>
Sent:    Wednesday, 18 November 2026 09:41
To:      intake@handwristclinic.example
Subject: Referral Ms Julia Novak, DOB 12-04-1988 - attachments
Attachments: Referral_Novak_J.pdf (212 KB); GP_summary_Novak_J.pdf (340 KB);
             MRI_L_wrist_14-10-2026.pdf (95 KB)

Dear colleagues,

On behalf of Dr Anna Lindqvist, please find attached the referral letter,
the GP summary and the MRI report of 14 October 2026 for Ms Julia Novak,
who would like a second opinion at your clinic.

The MRI images are available on CD; the patient will bring them to her
appointment.

Please do not reply to this address with medical questions; Dr Lindqvist
can be reached on 070-3450099.

Kind regards,

Tessa van Wijk
Medical secretary, on behalf of Dr A. Lindqvist, GP
The Hague International Health Centre
"""
DOCS.append(dict(
    id="ty-037", fmt="txt", text=TXT_037,
    label=L([], "2026-11-18", "gp", "en", "cover e-mail from an international GP practice",
            "yes", "unmentioned", "unmentioned",
            notes="Cover e-mail that only lists attachments (referral, summary, MRI report): the e-mail "
                  "itself is none of them. It does say an MRI was done (imaging yes). Secretary writing on "
                  "behalf of the GP."),
))

# ------------------------------------------------------------------------------------------ ty-041
DOCS.append(dict(
    id="ty-041", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=9.5,
              footer="Westbrook & Vale NHS Trust - Radiology - Report verified 03/10/2026 13:22 - "
                     "Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Westbrook & Vale NHS Trust",
                            sub="Department of Radiology",
                            lines=["Westbrook General Hospital, Station Road, Westbrook WB1 4RT"],
                            right=["Radiology reception 01632 960 820"])),
        ("title", "Radiology Report"),
        ("fields2", [("Patient", "Mrs Linda Hughes", "DOB", "09/02/1977"),
                     ("NHS No.", nhs(4), "RIS No.", "WV26-338811"),
                     ("Referrer", "Mr D. Okafor (Plastic Surgery)", "Exam date", "01/10/2026"),
                     ("Examination", "US RIGHT WRIST", "Priority", "Routine")]),
        ("p", "<b>Clinical details:</b> Dorsal wrist swelling, ?ganglion ?tenosynovitis."),
        ("p", "<b>Findings:</b> A well-defined anechoic, mildly lobulated collection measuring 12 x 9 x 6 mm "
              "arises from the dorsal aspect of the scapholunate interval, deep to the extensor tendons of "
              "the fourth compartment, with a narrow neck to the joint. No internal vascularity. The "
              "extensor tendons are normal in calibre with no tenosynovial effusion."),
        ("p", "<b>Conclusion:</b> 12 mm dorsal wrist ganglion arising from the scapholunate interval."),
        ("fields", [("Scanned by", "Emma Clarke, Sonographer"),
                    ("Reported by", "Dr Olusegun Adeyemi, Consultant Radiologist")]),
    ],
    label=L(["imaging-report"], "2026-10-03", "radiologist", "en",
            "NHS radiology ultrasound report with verification footer",
            "yes", "unmentioned", "yes", also=["2026-10-01"],
            notes="UK radiology report; referrer is a plastic surgeon (not author); scanned by a sonographer "
                  "and reported by a radiologist. Verification date only in the footer."),
))

# ------------------------------------------------------------------------------------------ ty-045
DOCS.append(dict(
    id="ty-045", fmt="pdf", engine="flow",
    meta=dict(font="dejavu", size=9.5,
              header="DISCHARGE SUMMARY - Kingsbridge & District Hospitals NHS Trust", header_first=False,
              footer="Patient: Daniel Murphy  NHS No. " + nhs(5) + "  |  Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Kingsbridge & District Hospitals NHS Trust",
                            sub="Plastic Surgery - Hand Trauma",
                            lines=["Kingsbridge General Hospital, Mill Lane, Kingsbridge KB3 9HT"],
                            right=["Ward 7 (Plastics)", "Tel 01632 960 702"])),
        ("title", "Discharge Summary"),
        ("fields2", [("Patient", "Mr Daniel Murphy", "DOB", "11/03/1982"),
                     ("NHS No.", nhs(5), "Hosp No.", "K5510288"),
                     ("Admitted", "02/08/2026", "Discharged", "04/08/2026"),
                     ("Consultant", "Mr James Holloway", "GP", "Dr P. Sanders, Harbour Surgery")]),
        ("h", "Diagnosis"),
        ("p", "Pyogenic flexor tenosynovitis, right middle finger (Kanavel signs 4/4), following a rose "
              "thorn injury."),
        ("h", "Investigations"),
        ("p", "X-ray right hand (02/08/2026): no foreign body, no bony involvement. CRP 86. MRSA screen on "
              "admission: negative. Pus culture: Staphylococcus aureus (MSSA), sensitive to flucloxacillin."),
        ("h", "Operation"),
        ("fields", [("Date", "02/08/2026"),
                    ("Surgeon", "Mr James Holloway, Consultant Plastic Surgeon"),
                    ("Assistant", "Dr Amira Saleh (CT2)"),
                    ("Anaesthetic", "General anaesthetic, upper arm tourniquet 250 mmHg"),
                    ("Procedure", "Washout of flexor sheath, right middle finger"),
                    ("Findings", "Cloudy purulent fluid in the flexor sheath from A1 to A4; tendons intact"),
                    ("Details", "Proximal incision at A1 pulley and distal mid-axial incision at DIP level. "
                                "Pus sent for culture. Sheath irrigated with 1 L saline via a 16G cannula "
                                "until clear. Wounds left partly open, loose 5-0 nylon. Bulky dressing, "
                                "volar slab in safe position."),
                    ("Post-op", "IV flucloxacillin, elevation, hand therapy day 1")]),
        ("h", "Progress"),
        ("p", "Rapid improvement; swelling and pain settled. Switched to oral flucloxacillin on day 2."),
        ("h", "Medication on discharge"),
        ("p", "Flucloxacillin 1 g QDS for 10 days; paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS PRN."),
        ("h", "Follow-up"),
        ("p", "Hand therapy in 3 days; plastic surgery dressing clinic in 1 week."),
        ("h", "Allergies"),
        ("p", "No known drug allergies."),
        ("h", "Past medical history"),
        ("p", "Asthma (childhood). Right inguinal hernia repair 2015. No previous hand surgery."),
        ("h", "Information given to patient"),
        ("p", "Wound care and signs of infection explained: increasing redness, swelling, pain on passive "
              "extension of the finger, fever. Advised to keep the hand elevated above heart level for the "
              "first 72 hours and to move the finger as instructed by the hand therapist. Advised to "
              "complete the full antibiotic course. Fit note issued for 2 weeks (gardener)."),
        ("h", "Nursing summary"),
        ("p", "Independent with activities of daily living. Cannula removed on 04/08/2026, site clean. "
              "Dressing checked before discharge: moderate serous ooze, re-dressed. Pain score 2/10 on "
              "oral analgesia. Eating and drinking normally. Transport: own (wife)."),
        ("h", "Actions for GP"),
        ("p", "1. No medication changes required after the antibiotic course. 2. Please review if the "
              "patient reports fever or spreading redness; he has been given the ward number for advice "
              "within 48 hours of discharge. 3. Tetanus status confirmed up to date (booster 2021)."),
        ("h", "Clinical coding"),
        ("table", [["Code", "Description"],
                   ["M65.0", "Abscess of tendon sheath"],
                   ["W60", "Contact with nonpowered hand tool / plant thorns"],
                   ["T69.2 (OPCS)", "Irrigation of flexor tendon sheath"]], {"widths": [0.25, 0.75]}),
        ("p", "This summary has been sent electronically to the GP practice on 04/08/2026. A copy has "
              "been given to the patient."),
        ("lines", ["Completed by: Dr Amira Saleh (CT2 Plastic Surgery) on behalf of Mr J. Holloway",
                   "Date: 04/08/2026"]),
    ],
    label=L(["correspondence", "operation-report"], "2026-08-04", "specialist", "en",
            "NHS discharge summary with operation section, written by a junior doctor",
            "yes", "yes", "yes", also=["2026-08-02"],
            notes="Discharge summary with a full operation section (date, surgeon, procedure, details): "
                  "both correspondence and operation report. 'MRSA screen on admission: negative' is only "
                  "a mention. X-ray done. UK hospital = treated abroad."),
))

# ------------------------------------------------------------------------------------------ ty-048
TXT_048 = """
MILLBROOK SURGERY                     Patient Summary (printed from clinical system)
Millbrook Lane, Millbrook MB2 6AA     Printed on 20 Nov 2026 14:55 by Dr S Khan

Name:     Mrs Rebecca SMIT (née JONES)          DOB: 23 Jan 1980   Sex: F
NHS No:   {nhs}                                  Usual GP: Dr S Khan
Address:  7 Willow Court, Millbrook MB2 7RR
Note:     Patient moving to the Netherlands (Utrecht) Dec 2026 - summary printed
          at patient's request.

ACTIVE PROBLEMS
  12 Mar 2026   Scapholunate ligament injury - right wrist
  2019          Asthma
PAST PROBLEMS
  2008          Caesarean section
  2015          Fractured left fifth metatarsal (conservative)

CURRENT MEDICATION
  Salbutamol 100mcg inhaler 2 puffs PRN          (repeat)
  Clenil Modulite 100mcg 2 puffs BD              (repeat)
  Naproxen 250mg TDS PRN                         (acute, 09 Oct 2026)

ALLERGIES
  No known drug allergies

CONSULTATIONS (last 12 months, summary)
  12 Mar 2026  Dr S Khan     Fell skiing (France, Feb 2026), no treatment there.
                             Pain R wrist. O/E SL tender. Plan X-ray, splint.
  18 Mar 2026  Radiology     X-ray R wrist: SL widening 4 mm, no fracture.
  25 Mar 2026  Dr S Khan     Referred to Orthopaedics, Westbrook General Hospital.
  12 May 2026  Letter        Orthopaedic clinic (Mr K. O'Neill): MRI arranged.
  02 Jun 2026  Letter        MRI R wrist: partial SL ligament tear. Steroid
                             injection given in clinic 02 Jun 2026.
  09 Oct 2026  Dr S Khan     Ongoing pain. Surgery (SL reconstruction) discussed
                             by orthopaedics; patient wishes to decide after move
                             to the Netherlands. Naproxen.
  20 Nov 2026  Dr S Khan     Summary printed for patient.
"""
DOCS.append(dict(
    id="ty-048", fmt="txt", text=TXT_048.format(nhs=nhs(6)),
    label=L(["history"], "2026-11-20", "gp", "en", "UK GP practice patient summary printout",
            "yes", "unmentioned", "yes",
            notes="UK GP summary (problems, medication, consultations) = history. Orthopaedic clinic and "
                  "injection at a UK hospital = treated abroad yes (the skiing fall in France without "
                  "treatment alone would not be). Surgery only discussed; caesarean and metatarsal are "
                  "other body parts."),
))

# ------------------------------------------------------------------------------------------ ty-053
DOCS.append(dict(
    id="ty-053", fmt="docx",
    meta=dict(docx_font="Calibri", size=10.5,
              footer="Amsterdam International Family Practice | Keizersgracht 999, 1017 AA Amsterdam | "
                     "AGB 01-099887 | Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="AIFP", color="#00897b", name="Amsterdam International Family Practice",
                            sub="General practitioners - English-speaking practice",
                            lines=["Keizersgracht 999, 1017 AA Amsterdam"],
                            right=["T +31 20 555 0199", "AGB 01-099887"])),
        ("fields", [("Date", "19 November 2026"),
                    ("To", "Hand and Wrist Clinic, second opinion service"),
                    ("Patient", "Mr Luca Romano, DOB 06/05/1984"),
                    ("BSN", bsn(18)),
                    ("Insurance", "DeltaZorg Verzekeringen, policy DZ-91277403"),
                    ("Referring GP", "Dr Hannah Brooks, GP")], {"grid": True}),
        ("h", "Reason for referral"),
        ("p", "Ulnar-sided left wrist pain for 9 months after a fall while playing padel, not settling with "
              "conservative treatment. He works as a chef and struggles with lifting pans."),
        ("h", "Question"),
        ("p", "I would appreciate your second opinion on whether arthroscopic TFCC repair, which was offered "
              "by the orthopaedic surgeon, is indicated, or whether continued conservative management is "
              "reasonable."),
        ("h", "Past medical history"),
        ("lines", ["2012  Anterior cruciate ligament reconstruction right knee (Ospedale San Carlo, Milan)",
                   "2018  Gastro-oesophageal reflux", "No previous wrist or hand surgery"]),
        ("h", "Recent treatment (last 6 months)"),
        ("lines", ["06/2026  Wrist splint and physiotherapy (8 sessions)",
                   "01/10/2026  MRI left wrist (Amstel Oost Ziekenhuis): peripheral TFCC tear (Palmer 1B)",
                   "09/10/2026  Orthopaedic consultation, Amstel Oost Ziekenhuis; corticosteroid injection "
                   "ulnocarpal joint",
                   "11/2026  Pain returned after 4 weeks"]),
        ("h", "Medication"),
        ("p", "Pantoprazole 20 mg once daily; ibuprofen 400 mg as needed."),
        ("h", "Allergies"),
        ("p", "None known."),
        ("p", "Kind regards,"),
        ("lines", ["Dr Hannah Brooks", "General practitioner"]),
    ],
    label=L(["referral", "history"], "2026-11-19", "gp", "en",
            "structured English referral from a Dutch international GP practice",
            "yes", "no", "yes", rq=True,
            notes="Referral with question, past history and recent treatments: referral and history. The "
                  "knee operation in a Milan hospital is another body part (operated stays about the wrist: "
                  "'No previous wrist or hand surgery' = no) but is treatment abroad (yes). Arthroscopy only "
                  "offered."),
))

# ------------------------------------------------------------------------------------------ ty-057
DOCS.append(dict(
    id="ty-057", fmt="docx",
    meta=dict(docx_font="Arial", size=10,
              header="Hospital Costa Azul Marbella - Servicio de Radiodiagnóstico / Radiology Department",
              footer="Hospital Costa Azul - Avda. del Mar 21, 29602 Marbella (Málaga) - +34 952 000 111 - "
                     "Pág. {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="HCA", color="#00838f", name="Hospital Costa Azul",
                            sub="Servicio de Radiodiagnóstico - International Patient Office",
                            lines=["Avda. del Mar 21, 29602 Marbella"],
                            right=["Tel. +34 952 000 111"])),
        ("title", "Informe / Report"),
        ("fields", [("Patient / Paciente", "JANSSEN, Noor"),
                    ("Date of birth", "11/04/2001"),
                    ("Passport", "NL-XX1234567"),
                    ("Study / Estudio", "MRI LEFT WRIST (RM muñeca izquierda)"),
                    ("Date of study", "21/08/2026"),
                    ("Referring physician", "Dr. Javier Morales (Traumatología, Urgencias)")], {"grid": True}),
        ("h", "Clinical information"),
        ("p", "Fall on the outstretched left hand on 19/08/2026. Snuffbox tenderness, normal initial "
              "radiographs in the emergency department."),
        ("h", "Findings"),
        ("p", "Non-displaced fracture line through the waist of the scaphoid with surrounding bone marrow "
              "oedema. No displacement or angulation. Lunate and remaining carpal bones normal. "
              "Scapholunate ligament intact. Small radiocarpal effusion."),
        ("h", "Impression"),
        ("p", "Non-displaced scaphoid waist fracture of the left wrist."),
        ("p", "Radiologist: Dra. Lucía Fernández Ortega, Colegiada nº 29/0000000"),
        ("small", "Report signed electronically on 22/08/2026 09:17. English version provided for the "
                  "patient's home physician."),
    ],
    label=L(["imaging-report"], "2026-08-22", "radiologist", "en",
            "Spanish private hospital radiology report in English, docx",
            "yes", "unmentioned", "yes", also=["2026-08-21"],
            notes="Radiology report written by a hospital abroad (named with its city only in the letterhead "
                  "and footer); emergency visit there. Bilingual labels; the Referring physician line is "
                  "not the author."),
))

# ------------------------------------------------------------------------------------------ ty-059
DOCS.append(dict(
    id="ty-059", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=10.5,
              footer="Westbrook & Vale NHS Trust | Trauma & Orthopaedics | Westbrook General Hospital"),
    blocks=[
        ("letterhead", dict(logo="NHS", color="#005eb8", name="Westbrook & Vale NHS Trust",
                            sub="Trauma & Orthopaedics - Upper Limb Unit",
                            lines=["Westbrook General Hospital, Station Road, Westbrook WB1 4RT"],
                            right=["Direct line 01632 960 871"])),
        ("lines", ["Mrs Janet Adams", "4 Hill View", "Westbrook WB5 2AQ", "", "23 February 2026"]),
        ("p", "<b>Hospital No.:</b> W6620413    <b>NHS No.:</b> " + nhs(7)),
        ("p", "Dear Mrs Adams,"),
        ("p", "I am writing on behalf of Mr Kevin O'Neill, Consultant Orthopaedic Hand Surgeon, following "
              "your consultation in his clinic on 3 February 2026."),
        ("p", "Unfortunately, your operation (right carpal tunnel decompression), which was scheduled for "
              "12 March 2026, has had to be postponed owing to theatre maintenance. We apologise for the "
              "inconvenience. You will receive a new date in writing within the next four weeks. You do not "
              "need to attend the pre-operative assessment booked for 5 March 2026."),
        ("p", "If your symptoms have changed, please contact us on the number above."),
        ("p", "Yours sincerely,"),
        ("lines", ["Maureen Clarke", "Medical Secretary to Mr K. O'Neill", "", "cc: GP"]),
    ],
    label=L([], "2026-02-23", "specialist", "en",
            "hospital secretary letter to patient about postponed surgery",
            "unmentioned", "unmentioned", "yes",
            notes="Administrative letter from the consultant's secretary on his behalf (author role "
                  "specialist) but not a clinical letter: no kind. Operation postponed = not done. The "
                  "patient was seen in a UK hospital clinic (treated abroad yes)."),
))

# ------------------------------------------------------------------------------------------ ty-060
DOCS.append(dict(
    id="ty-060", fmt="docx",
    meta=dict(docx_font="Times New Roman", size=11,
              header="Pacific Crest Orthopedics - Hand & Upper Extremity",
              footer="Dictated 7/28/2026 - Transcribed 7/30/2026 (mt/0412) - Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="PCO", color="#bf360c", name="Pacific Crest Orthopedics",
                            sub="Hand & Upper Extremity Surgery",
                            lines=["3900 Fifth Avenue, Suite 210, San Diego, CA 92103"],
                            right=["Tel (619) 555-0147", "Fax (619) 555-0148"])),
        ("title", "Consultation Report"),
        ("fields", [("Patient", "Femke de Vries"), ("DOB", "11/02/1993"),
                    ("Date of Service", "July 28, 2026"),
                    ("Requesting physician", "Angela Ruiz, MD (Family Medicine)"),
                    ("Consultant", "David H. Park, MD")]),
        ("h", "Reason for consultation"),
        ("p", "Left radial wrist pain and a mass."),
        ("h", "History of present illness"),
        ("p", "33-year-old Dutch postdoctoral researcher with 6 months of radial-sided left wrist pain and an "
              "intermittently visible volar swelling. No trauma. No prior surgery to the hand or wrist. "
              "An MRI was recommended by her primary care physician in May but was not obtained because "
              "of insurance authorization issues. No imaging has been performed to date."),
        ("h", "Examination"),
        ("p", "Soft, mobile, transilluminating 1 cm volar radial wrist mass adjacent to the radial artery. "
              "Allen test normal. Full ROM. Finkelstein negative."),
        ("h", "Assessment"),
        ("p", "Clinically a volar wrist ganglion."),
        ("h", "Plan"),
        ("p", "Options reviewed: observation, aspiration (with caution given the radial artery) or excision. "
              "She returns to the Netherlands in September and prefers to defer any intervention and "
              "imaging until then. Records released."),
        ("lines", ["David H. Park, MD", "Board certified, Orthopaedic Surgery and Surgery of the Hand"]),
    ],
    label=L(["correspondence"], "2026-07-28", "specialist", "en",
            "US consultation report (dictated/transcribed), docx",
            "no", "no", "yes", also=["2026-07-30"],
            notes="MRI recommended but not obtained and 'No imaging has been performed' = imaging no. "
                  "'No prior surgery' = operated no. Consultation in a US practice = treated abroad yes."),
))

# ------------------------------------------------------------------------------------------ ty-064
DOCS.append(dict(
    id="ty-064", fmt="docx",
    meta=dict(docx_font="Courier New", size=9.5,
              header="SUMMIT DIAGNOSTICS LABORATORY - FINAL REPORT",
              footer="CLIA 00D0000000 | Summit Diagnostics, 1200 Lincoln St, Denver, CO 80203 | Page {page} of {pages}"),
    blocks=[
        ("letterhead", dict(logo="SDL", color="#546e7a", name="Summit Diagnostics Laboratory",
                            lines=["1200 Lincoln St, Denver, CO 80203"],
                            right=["Client services (303) 555-0170"])),
        ("fields2", [("Patient", "HOOGLAND, EVA", "DOB", "03/09/1990"),
                     ("Ordering", "Robert Kline, MD", "Account", "RMH-0041"),
                     ("Collected", "09/10/2026 07:42", "Reported", "09/12/2026 16:05"),
                     ("Specimen", "Serum", "Status", "FINAL")]),
        ("table", [["Test", "Result", "Flag", "Reference range", "Units"],
                   ["Rheumatoid factor", "<10", "", "<14", "IU/mL"],
                   ["Cyclic citrullinated peptide Ab (IgG)", "<16", "", "<20", "units"],
                   ["Sed rate (ESR), Westergren", "8", "", "0-20", "mm/h"],
                   ["C-reactive protein", "1.2", "", "<8.0", "mg/L"],
                   ["Uric acid", "4.1", "", "2.5-7.0", "mg/dL"],
                   ["ANA screen, IFA", "Negative", "", "Negative", ""]]),
        ("p", "Performing lab: Summit Diagnostics Laboratory. Medical director: Helen Cho, MD."),
    ],
    label=L([], "2026-09-12", "lab", "en", "US lab final report (rheumatology panel), docx table",
            "unmentioned", "unmentioned", "unmentioned", also=["2026-09-10"],
            notes="Lab result other than MRSA. A blood draw at a US laboratory is not stated as hospital or "
                  "clinic treatment: treated_abroad left unmentioned (borderline)."),
))
