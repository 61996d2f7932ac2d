"""tp-036 .. tp-054: English documents (UK, expat, foreign hospitals, patients)."""
from reportlab.lib import colors

from lib import (BUILD, DOCS, Docx, Pdf, ctext, doc, docx_to_pdf, hline, label, logo_bars,
                 logo_circle, logo_square, merge_pdfs, part, write_txt)

GREY = colors.Color(0.4, 0.4, 0.4)
NHS_BLUE = colors.Color(0.0, 0.37, 0.72)


def nhs_logo(c, x, y):
    c.saveState()
    c.setFillColor(NHS_BLUE)
    c.rect(x * 2.8346, y * 2.8346, 22 * 2.8346, 9 * 2.8346, stroke=0, fill=1)
    c.restoreState()
    ctext(c, x + 11, y + 2.4, "NHS", 14, "Helvetica-BoldOblique", colors.white, "center")


# ----------------------------------------------------------------------------------------- 036
@doc("tp-036")
def tp036():
    def page(c, d):
        nhs_logo(c, 168, 280)
        ctext(c, 190, 276, "Oxford University Hospitals", 9, "Helvetica-Bold", align="right")
        ctext(c, 190, 272.5, "NHS Foundation Trust", 8, align="right")
        ctext(c, 20, 286, "Department of Plastic and Hand Surgery", 9, "Helvetica-Bold")
        ctext(c, 20, 282, "John Radcliffe Hospital, Headley Way, Headington, Oxford OX3 9DU", 7.5)
        ctext(c, 20, 278.5, "Appointments: 0300 304 7777   Secretary: 01865 22 1234", 7.5)
        ctext(c, 105, 10, "Please quote the hospital number on all correspondence.", 7, color=GREY,
              align="center")

    pdf = Pdf(DOCS / "tp-036.pdf", on_page=page, margins=(20, 20, 36, 20), size=10, font="Times-Roman")
    pdf.kv([["Clinic date:", "27 October 2026"], ["Date typed:", "2 November 2026"],
            ["Consultant:", "Mr J. R. Ashworth FRCS (Plast)"], ["Our ref:", "JRA/kt/H4418207"]],
           widths=(30, 80), size=9, font="Times-Roman", bold_labels=False, pad=0.5)
    pdf.lines("Dr P. Harrington\nKennington Lane Surgery\n14 Kennington Lane\nOxford OX1 5PQ", after=8)
    pdf.p("Dear Dr Harrington,")
    pdf.kv([["Re:", "Mrs Marloes JANSEN-COOPER, DOB 13/06/1979\n22 Iffley Turn, Oxford OX4 4DU\n"
                    "NHS No: 485 775 2190   Hosp No: H4418207"]], widths=(12, 150), size=10,
           font="Times-Roman")
    pdf.p("<b>Diagnosis:</b> Left thumb base (CMC joint) osteoarthritis, Eaton stage II.")
    pdf.p("<b>Outcome:</b> Steroid injection given today under ultrasound guidance. Follow-up "
          "discharged to GP.")
    pdf.p("I reviewed Mrs Jansen-Cooper, a 47-year-old left-handed graphic designer, in my clinic "
          "today. She has had 18 months of pain at the base of her left thumb, worse with pinch grip "
          "and opening jars. She has worn a thermoplastic splint from our hand therapists at night "
          "with partial benefit. She has not had any surgery on her hands.")
    pdf.p("On examination there is tenderness over the left CMC joint with a positive grind test "
          "and no fixed adduction deformity. Pinch strength is reduced. Radiographs taken in clinic "
          "today show joint space narrowing with small osteophytes (less than 2 mm), with the "
          "scaphotrapezial joint preserved.")
    pdf.p("We discussed the options, including continued splinting, steroid injection and, in the "
          "longer term, trapeziectomy. She elected to have an injection, which I performed today "
          "(40 mg Kenalog with 1 ml 1% lidocaine into the left CMC joint). I have explained that "
          "surgery could be considered if the benefit is short-lived.")
    pdf.p("She tells me that she and her family are moving back to the Netherlands in January and "
          "she would like to continue her care there; I have given her a copy of this letter and "
          "her images on disc.")
    pdf.p("Yours sincerely,", before=6, after=16)
    pdf.p("Mr J. R. Ashworth", after=0)
    pdf.p("Consultant Plastic and Hand Surgeon", size=9)
    pdf.p("cc: Mrs M. Jansen-Cooper (patient)", size=9, before=6)
    pdf.save()
    return label(["correspondence"], "2026-11-02", "specialist", "en",
                 "UK NHS clinic letter (Diagnosis/Outcome, clinic and typed dates)",
                 also_dates=["2026-10-27"], imaging="yes", operated="no", abroad="yes",
                 notes="Tricky dates: clinic date and typed date both in a small table at the top (date "
                       "= typed, also_dates = clinic date). Written by a UK hospital that treated the "
                       "patient (injection), so treated_abroad yes though the word 'abroad' never "
                       "appears; 'She has not had any surgery'; trapeziectomy only discussed.")


# ----------------------------------------------------------------------------------------- 037
@doc("tp-037")
def tp037():
    def page(c, d):
        nhs_logo(c, 168, 282)
        ctext(c, 190, 278, "The Leeds Teaching Hospitals NHS Trust", 8.5, "Helvetica-Bold", align="right")
        ctext(c, 20, 286, "OPERATION NOTE", 15, "Helvetica-Bold")
        ctext(c, 20, 281, "Leeds General Infirmary - Trauma & Orthopaedics - Theatre 12", 8)
        hline(c, 274)
        ctext(c, 20, 10, "LTHT Operation Note v4.2 - printed from PPM+", 7, color=GREY)

    pdf = Pdf(DOCS / "tp-037.pdf", on_page=page, margins=(20, 20, 28, 20), size=9)
    pdf.kv([["Patient name", "VERMEULEN, Lars", "Hospital no.", "L2200871"],
            ["DOB", "05/08/1996", "NHS no.", "719 402 8835"],
            ["Date of operation", "14/03/2026", "Time in / out", "10:05 / 11:20"],
            ["Surgeon", "Mr D. K. Okafor", "Grade", "Consultant"],
            ["Assistant", "Dr S. Patel (ST5)", "Anaesthetist", "Dr H. Lin"],
            ["Anaesthetic", "GA + supraclavicular block", "Tourniquet", "Upper arm 250 mmHg, 52 min"]],
           widths=(32, 53, 28, 57), grid=True, size=8.5)
    pdf.kv([["Indication", "Displaced (1.5 mm) waist fracture of left scaphoid on CT, sustained 09/03/2026 "
                           "playing rugby (Dutch exchange student, University of Leeds)."],
            ["Procedure", "Open reduction and internal fixation left scaphoid - volar approach, "
                          "single headless compression screw (Acutrak 2 mini, 22 mm)"],
            ["Findings", "Waist fracture with slight flexion and 1.5 mm gap; no comminution. "
                         "Cartilage of proximal pole intact."],
            ["Description", "Volar approach between FCR and radial artery. Capsulotomy, fracture "
                            "identified and reduced with joysticks. Guidewire along the central axis "
                            "under image intensifier, length measured, drilled, screw inserted. "
                            "II screening confirmed reduction and screw length in all planes. "
                            "Capsule closed with 3-0 Vicryl, skin 4-0 Monocryl subcuticular."],
            ["Closure / dressing", "Steri-strips, Mepore, wool and crepe, scaphoid backslab"],
            ["Blood loss", "Minimal"],
            ["Complications", "None"],
            ["Post-op instructions", "Elevate. Backslab for 2 weeks then removable splint. Wound check "
                                     "and removal of backslab at 2 weeks in fracture clinic. CT at 8 "
                                     "weeks to confirm union. Patient returns to the Netherlands in "
                                     "June; copy of op note given."],
            ["VTE prophylaxis", "Not required"]], widths=(32, 138), grid=True, size=8.5)
    pdf.p("Signed: Mr D. K. Okafor, Consultant Orthopaedic Surgeon (GMC 7049921) - 14/03/2026 11:42",
          size=8.5)
    pdf.save()
    return label(["operation-report"], "2026-03-14", "specialist", "en", "UK operation note form (grid)",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="UK operation note; treatment in England stated only by the trust name; CT "
                       "and intra-operative imaging done; dates dd/mm/yyyy.")


# ----------------------------------------------------------------------------------------- 038
@doc("tp-038")
def tp038():
    d = Docx(font="Arial", size=9.5)
    d.header("University Hospitals Sussex NHS Foundation Trust - Royal Sussex County Hospital, "
             "Eastern Road, Brighton BN2 5BE", size=7.5)
    d.footer("Discharge Summary - generated by Careflow EPR - page 1")
    d.h("DISCHARGE SUMMARY", 14)
    d.kv([["Patient", "Mr Bram DE HAAN"], ["Date of birth", "22/02/2004"],
          ["NHS number", "Not registered (overseas visitor)"], ["Hospital number", "RSCH9920417"],
          ["Admission date", "05/06/2025"], ["Discharge date", "06/06/2025"],
          ["Ward", "Level 8A Plastics"], ["Consultant", "Miss C. Adeyemi, Plastic Surgery"],
          ["GP", "Huisarts Dr. M. Groen, Groningen, the Netherlands (no UK GP)"]],
         widths_cm=(4.2, 12.5))
    d.p("**Presenting complaint:** laceration to the volar aspect of the right ring finger with a "
        "kitchen knife while working in a restaurant kitchen (summer job). Unable to flex the DIP "
        "joint.")
    d.p("**Investigations:** X-ray right hand: no fracture, no foreign body.")
    d.p("**Diagnosis:** complete division of FDP, ring finger, right hand (zone 2); ulnar digital "
        "nerve intact.")
    d.h("Operation", 11)
    d.kv([["Date", "05/06/2025"], ["Surgeon", "Mr T. Nakamura, Specialty Registrar (ST6), supervised by "
                                              "Miss C. Adeyemi"],
          ["Anaesthetic", "General anaesthetic"],
          ["Procedure", "Exploration and repair of FDP tendon, right ring finger, zone 2"]],
         widths_cm=(4.2, 12.5))
    d.p("**Operative details:** Bruner extension of the laceration. Proximal FDP stump retrieved "
        "from the palm with a catheter. A2 pulley preserved, A4 vented 50%. Core repair with 4-strand "
        "Adelaide technique (3-0 Fiberwire) and epitendinous running suture 6-0 Prolene. Full passive "
        "range without gapping. Digital nerves inspected, intact. Skin 5-0 Ethilon. Dorsal blocking "
        "splint with wrist in 20° flexion.")
    d.p("**Progress:** uneventful. Seen by hand therapy before discharge; early active motion "
        "protocol explained.")
    d.p("**Medication on discharge:** paracetamol 1 g QDS, ibuprofen 400 mg TDS for 5 days.")
    d.p("**Follow-up:** the patient returns to the Netherlands on 09/06/2025. Please arrange hand "
        "therapy and review in a hand clinic there within one week. Sutures out at 10-14 days. "
        "Copy of this summary given to the patient.")
    d.p("Completed by: Dr A. Whitmore, FY2 Plastic Surgery - 06/06/2025", size=8.5)
    d.save(DOCS / "tp-038.docx")
    return label(["correspondence", "operation-report"], "2025-06-06", "specialist", "en",
                 "UK discharge summary with operation section (DOCX tables)",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Discharge summary containing a full operation section (date, surgeon, procedure, "
                       "details): both kinds. Admission in England; 2025 date. X-ray done with "
                       "negative findings.")


# ----------------------------------------------------------------------------------------- 039
TURK_039 = """\
KONYAALTI PRIVATE HOSPITAL
Department of Orthopaedics and Traumatology
Akdeniz Bulvarı No: 284, 07070 Konyaaltı / ANTALYA - TÜRKİYE
Tel: +90 242 000 12 34

                               DISCHARGE SUMMARY
                       (EPİKRİZ - English translation)

Patient name      : Mrs. Wilhelmina (Willy) BOERSMA
Date of birth     : 02.09.1951
Nationality       : Netherlands      Passport no.: NX8H41K27
Protocol no.      : 2026/118734
Date of admission : 08.10.2026
Date of discharge : 10.10.2026

Diagnosis:
S52.5 Fracture of lower end of radius, right (dorsally displaced, extra-articular)

History:
The patient, a 75-year-old tourist, fell on her outstretched right hand at the hotel
on 07.10.2026 in the evening. She was brought to our emergency department the next
morning with pain, swelling and deformity of the right wrist.

Examination and investigations:
Swelling and "dinner fork" deformity of the right wrist. Neurovascular status intact.
X-ray right wrist (AP/lateral): dorsally displaced distal radius fracture with 25°
dorsal tilt, ulnar styloid intact.
Blood tests on admission normal. ECG: sinus rhythm.

Treatment:
She was admitted to the orthopaedic ward. Under general anaesthesia she underwent
closed reduction and percutaneous fixation with two K-wires, followed by a below-elbow
plaster splint. Post-reduction X-rays showed acceptable alignment.

Course:
Uneventful. Pain controlled. Discharged in good condition on 10.10.2026.

Medication on discharge:
Paracetamol 500 mg 3x1, enoxaparin 4000 IU sc once daily for 10 days.

Recommendations:
- Keep the arm elevated, move the fingers.
- Follow-up with an orthopaedic surgeon in her home country after return
  (planned flight 12.10.2026). Removal of K-wires after 4-5 weeks.
- X-ray control in 1 week.

Op. Dr. Murat ÖZDEMİR
Orthopaedic Surgeon
(signature and stamp)

Translated from Turkish into English by a sworn translator, Antalya, 10.10.2026.
"""


@doc("tp-039")
def tp039():
    write_txt("tp-039", TURK_039)
    return label(["correspondence"], "2026-10-10", "specialist", "en",
                 "translated Turkish discharge summary (epikriz)",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Foreign hospital discharge summary; operation described in one sentence without "
                       "operator or date so not an operation report; dates dd.mm.yyyy; Turkish "
                       "characters.")


# ----------------------------------------------------------------------------------------- 040
@doc("tp-040")
def tp040():
    def page(c, d):
        nhs_logo(c, 20, 280)
        ctext(c, 45, 286, "Royal Cornwall Hospitals NHS Trust", 10, "Helvetica-Bold")
        ctext(c, 45, 282, "Department of Radiology - Treliske, Truro TR1 3LJ", 8)
        ctext(c, 190, 286, "RADIOLOGY REPORT", 10, "Helvetica-Bold", align="right")
        hline(c, 276, color=NHS_BLUE)
        ctext(c, 20, 10, "This report has been verified electronically.", 7, color=GREY)

    pdf = Pdf(DOCS / "tp-040.pdf", on_page=page, margins=(20, 20, 30, 20), size=9.5)
    pdf.table([["Patient", "DOB", "MRN", "Location"],
               ["MEIJER, Floor (Miss)", "11/01/2010", "RCH-7781204", "Emergency Department"]],
              widths=(55, 30, 40, 45), size=9, grid=False)
    pdf.kv([["Referrer", "Dr K. Polglase, ED Registrar"],
            ["Examination", "XR Wrist Right (3 views incl. scaphoid)"],
            ["Date of exam", "21/08/2026 16:48"],
            ["Clinical details", "Dutch holidaymaker, FOOSH from surfboard today. Tender ASB. "
                                 "?scaphoid #"]], widths=(32, 138), size=9)
    pdf.p("<b>Findings:</b> No acute bony injury demonstrated. Specifically no scaphoid fracture "
          "seen on the dedicated views. Physes normal for age. Soft tissue swelling over the "
          "radial aspect of the wrist.", before=3)
    pdf.p("<b>Impression:</b> No fracture identified. If clinical suspicion of scaphoid injury "
          "persists, suggest immobilisation and repeat radiographs or MRI in 10-14 days.")
    pdf.kv([["Reported by", "Dr E. Trevithick, Consultant Radiologist"],
            ["Report date", "21/08/2026 18:02"]], widths=(32, 138), size=9)
    pdf.save()
    return label(["imaging-report"], "2026-08-21", "radiologist", "en",
                 "UK radiology report, ED referrer",
                 imaging="yes", operated="unmentioned", abroad="yes",
                 notes="Tricky: negative findings but exam done; the radiology department of an English "
                       "hospital examined the patient at its emergency department, so treated_abroad "
                       "yes; MRI only suggested.")


# ----------------------------------------------------------------------------------------- 041
@doc("tp-041")
def tp041():
    d = Docx(font="Calibri", size=10.5)
    d.p("Huisartsenpraktijk Vondelpark", bold=True, size=14, after=0)
    d.p("GP practice - English-speaking patients welcome\nOverton 27, 1054 HH Amsterdam - +31 20 612 44 09",
        size=8.5, after=12)
    d.p("To: De Brug Hand Clinic\nAttn. second-opinion intake\nCatharijnesingel 120\n3511 GP Utrecht",
        after=10)
    d.p("Amsterdam, 16 October 2026", after=8)
    d.p("**Re:** Ms Rachel GOLDSTEIN, date of birth 09-11-1987, Overtoom 310-2, 1054 JD Amsterdam",
        after=8)
    d.p("Dear colleague,")
    d.p("I am referring Ms Goldstein, a 38-year-old American software engineer living in Amsterdam "
        "since 2022, for a second opinion regarding recurrent radial-sided wrist pain on the left.")
    d.p("**Question:** Is this a recurrence of de Quervain's tenosynovitis after the previous "
        "release, possibly due to an unreleased separate EPB compartment, and would revision surgery "
        "be advisable? The plastic surgeon at OLVG has suggested a further injection and wait-and-see; "
        "she would like an expert opinion.")
    d.h("Past medical history", 11)
    d.p("- 2019  de Quervain release, left wrist, Massachusetts General Hospital, Boston (USA)\n"
        "- 2020  superficial radial nerve irritation after that surgery, resolved\n"
        "- 2016  asthma, mild, intermittent\n- No known allergies")
    d.h("Recent treatment", 11)
    d.table([["Date", "Treatment / investigation"],
             ["03-2026", "Recurrent pain left first dorsal compartment; NSAIDs, thumb spica splint"],
             ["05-2026", "Ultrasound left wrist (OLVG): thickened first compartment with a separate "
                         "EPB subcompartment, tenosynovitis"],
             ["06-2026", "Corticosteroid injection (OLVG, plastic surgery) - 8 weeks relief"],
             ["09-2026", "Hand therapy, 6 sessions"]], widths_cm=(2.5, 14))
    d.p("**Medication:** salbutamol as needed; ibuprofen 400 mg as needed.")
    d.p("Enclosed: OLVG letter of 24-06-2026 and ultrasound report of 12-05-2026. The operative "
        "report from Boston has been requested by the patient.", after=10)
    d.p("Kind regards,", after=16)
    d.p("Dr. E.J. (Emma) Vos, general practitioner\nAGB 01-061730")
    d.save(DOCS / "tp-041.docx")
    return label(["referral", "history"], "2026-10-16", "gp", "en",
                 "Dutch GP referral written in English, with history and treatment table",
                 referral_question=True, imaging="yes", operated="yes", abroad="yes",
                 notes="English referral by a Dutch GP; history and recent treatments sections make it "
                       "also 'history'; prior operation at a US hospital named by name and city "
                       "(treated abroad); revision surgery only asked about; dates dd-mm-yyyy.")


# ----------------------------------------------------------------------------------------- 042
MAIL_042 = """\
From: Tom Whitaker <tom.whitaker@example.com>
Sent: Monday, 23 November 2026 08:15
To: intake@debrug-handkliniek.example.nl
Subject: Second opinion request - right little finger

Dear Sir/Madam,

My name is Tom Whitaker (born 30 July 1984). I am British and have been living in Delft for six
years. I would like to ask for a second opinion about my right little finger.

In June I was on holiday in Greece when my little finger started to bend and I could no longer
straighten it fully. I did not see a doctor there, and it did not hurt, so I waited until I was
back home.

My GP in Delft sent me to the Reinier de Graaf hospital. They took X-rays and did an ultrasound,
which showed a Dupuytren cord. The surgeon offered a needle fasciotomy or an operation, but I am
a professional violinist and I am very worried about the risks. I have never had surgery on my
hand.

My GP, Dr. Smit, has said she will send you a referral letter. Could you let me know what else you
need from me? I can send the hospital letter and the reports.

Thank you very much.

Best regards,
Tom Whitaker
+31 6 4418 2290
"""


@doc("tp-042")
def tp042():
    write_txt("tp-042", MAIL_042)
    return label([], "2026-11-23", "patient", "en", "patient e-mail in English",
                 imaging="yes", operated="no", abroad="no",
                 notes="Tricky: holiday in Greece without care ('I did not see a doctor there'); 'never "
                       "had surgery on my hand'; procedures only offered; patient's own request is "
                       "not a referral.")


# ----------------------------------------------------------------------------------------- 043
@doc("tp-043")
def tp043():
    def page(c, d):
        nhs_logo(c, 168, 281)
        ctext(c, 190, 277, "Guy's and St Thomas' NHS Foundation Trust", 8, "Helvetica-Bold", align="right")
        ctext(c, 20, 286, "Synnovis - Pathology Services", 11, "Helvetica-Bold")
        ctext(c, 20, 281.5, "Microbiology - St Thomas' Hospital, Westminster Bridge Road, London SE1 7EH",
              7.5)
        hline(c, 274)

    pdf = Pdf(DOCS / "tp-043.pdf", on_page=page, margins=(20, 20, 30, 20), size=9)
    pdf.kv([["Patient", "KOOPMAN, Hendrik", "Sample no.", "M26.0418822"],
            ["DOB", "17/04/1949", "Location", "Pre-admission Clinic (Hand Surgery)"],
            ["Hosp no.", "GST5502184", "Requested by", "Ms R. Caldwell, Consultant Hand Surgeon"],
            ["Collected", "02/07/2026 10:20", "Received", "03/07/2026 07:55"],
            ["Reported", "04/07/2026 14:31", "Status", "FINAL"]],
           widths=(22, 55, 26, 67), grid=True, size=8.5)
    pdf.p("<b>Clinical details:</b> Repatriated from overseas hospital (Malaga, Spain) - admitted there "
          "5 days for wrist fracture. MRSA screen prior to surgery.", before=2)
    pdf.p("<b>Investigation: MRSA SCREEN</b>")
    pdf.table([["Specimen", "Result"],
               ["Nose swab", "MRSA NOT isolated"],
               ["Groin swab", "MRSA NOT isolated"],
               ["Throat swab", "MRSA NOT isolated"]], widths=(50, 80), size=9, grid=True,
              head_bg=colors.Color(0.9, 0.93, 0.98))
    pdf.p("Comment: Screening by chromogenic culture. Negative screen does not exclude carriage. "
          "No further action required.", size=8.5)
    pdf.p("Authorised by: Dr N. Achterberg, Consultant Microbiologist", size=8.5)
    pdf.save()
    return label(["mrsa-screening"], "2026-07-04", "lab", "en", "UK pathology MRSA screen, grid",
                 also_dates=["2026-07-02"], imaging="unmentioned", operated="unmentioned",
                 abroad="yes",
                 notes="English lab result; clinical details state an admission in a Spanish hospital; "
                       "also taken in a London hospital itself; collected/received/reported dates in "
                       "grid cells; surgery only planned.")


# ----------------------------------------------------------------------------------------- 044
@doc("tp-044")
def tp044():
    d = Docx(font="Calibri", size=10.5)
    d.p("HandsOn Therapie Amsterdam", bold=True, size=14, color=(0x8E, 0x24, 0xAA), after=0)
    d.p("Hand & wrist therapy - Van Baerlestraat 112, 1071 BD Amsterdam - +31 20 303 88 14", size=8.5,
        after=12)
    d.p("To: Dr. S. Kaptein, plastic surgeon, Amsterdam UMC (location AMC)\n"
        "cc: Dr. L. de Ruiter, GP, Amsterdam-Zuid", after=8)
    d.p("Date: 30 September 2026", after=8)
    d.p("**Re:** Mr Arjun MEHTA, DOB 14/02/1990 - progress report hand therapy", after=8)
    d.p("Dear Dr. Kaptein,")
    d.p("Thank you for referring Mr Mehta to our practice following his flexor tendon repair of the "
        "left index finger (FDP and FDS, zone 2) on 12 May 2026. He has now completed 16 weeks of "
        "therapy according to the early active motion protocol.")
    d.table([["Measure", "Week 6", "Week 12", "Week 16"],
             ["Active ROM index (TAM, degrees)", "150", "205", "230"],
             ["Strickland score", "fair (45%)", "good (68%)", "good (74%)"],
             ["Grip strength L/R (kg)", "-", "24 / 46", "31 / 46"],
             ["QuickDASH", "55", "30", "18"]], widths_cm=(6.5, 3.2, 3.2, 3.2))
    d.p("He still lacks about 20 degrees of active DIP flexion; passive flexion is full, which may "
        "indicate adhesions. He has returned to his work as a dentist with some adaptations.")
    d.p("We recommend a further 6 sessions. If active flexion does not improve, a review regarding "
        "tenolysis may be worth considering.", after=10)
    d.p("Kind regards,", after=14)
    d.p("Sanne Verbeek, certified hand therapist (CHT-NL)")
    d.save(DOCS / "tp-044.docx")
    return label([], "2026-09-30", "other", "en", "hand therapy progress report (English, NL practice)",
                 imaging="unmentioned", operated="yes", abroad="unmentioned",
                 notes="Hand therapist's letter (kind none) stating the past tendon repair; tenolysis only "
                       "suggested; addressed to a surgeon.")


# ----------------------------------------------------------------------------------------- 045
@doc("tp-045")
def tp045():
    gold = colors.Color(0.6, 0.45, 0.1)

    def page(c, d):
        logo_circle(c, 26, 280, 7, gold)
        ctext(c, 37, 285, "AL SAFA ORTHOPAEDIC & HAND CLINIC", 12, "Helvetica-Bold", gold)
        ctext(c, 37, 280.5, "Building 64, Dubai Healthcare City, P.O. Box 505120, Dubai, United Arab Emirates",
              7.5)
        ctext(c, 37, 277, "Tel +971 4 000 5566  |  DHA licence no. 2209-4417", 7.5)
        hline(c, 272, color=gold)

    pdf = Pdf(DOCS / "tp-045.pdf", on_page=page, margins=(22, 22, 34, 20), size=10)
    pdf.p("March 12, 2026", align=2)
    pdf.p("<b>CONSULTATION REPORT</b>", size=11.5, before=4)
    pdf.kv([["Patient", "Mrs. Yvonne van der Linden"], ["Date of birth", "April 3, 1976"],
            ["File no.", "ASH-26-00917"], ["Referred by", "Self-referral"]],
           widths=(32, 120), size=9.5, bold_labels=False)
    pdf.p("To whom it may concern,", before=4)
    pdf.p("Mrs. van der Linden, a Dutch national who has lived in Dubai for four years, was seen in "
          "our clinic on March 10, 2026 with a four-month history of pain and snapping of the right "
          "ring finger and morning stiffness of the fingers of both hands.")
    pdf.p("On examination there is a tender nodule at the A1 pulley of the right ring finger with "
          "palpable triggering (Green grade II). No fixed flexion deformity. No joint swelling.")
    pdf.p("No imaging was performed at this visit, as the diagnosis is clinical. She has not "
          "undergone any surgery on her hands.")
    pdf.p("<b>Diagnosis:</b> Trigger finger, right ring finger.")
    pdf.p("<b>Treatment:</b> Corticosteroid injection (triamcinolone 20 mg with lidocaine) into the "
          "A1 pulley sheath, given today. Splinting at night for three weeks.")
    pdf.p("<b>Recommendation:</b> If triggering recurs, surgical A1 pulley release may be considered. "
          "Mrs. van der Linden will be relocating to the Netherlands in the summer; she has been "
          "advised to see a hand surgeon there if symptoms persist.")
    pdf.p("Sincerely,", before=6, after=14)
    pdf.p("Dr. Omar Haddad, MD, FRCS", after=0)
    pdf.p("Consultant Hand and Upper Limb Surgeon", size=9)
    pdf.save()
    return label(["correspondence"], "2026-03-12", "specialist", "en",
                 "Dubai private clinic consultation report (US date format)",
                 imaging="no", operated="no", abroad="yes",
                 notes="Clinic abroad treated her (injection); 'No imaging was performed'; 'has not "
                       "undergone any surgery'; surgery only as a future option; dates 'March 12, 2026'.")


# ----------------------------------------------------------------------------------------- 046
UKSUM_046 = """\
RIVERSIDE MEDICAL PRACTICE
Caversham Road, Reading RG1 8XX                               Tel: 0118 000 4400

PATIENT SUMMARY                                         Printed: 15-Sep-2026 11:03
                                                        Printed by: Reception (KM)
------------------------------------------------------------------------------------
Name:        Mrs Annemiek HOLLAND (née VAN DER BERG)
DOB:         28-Feb-1969      Sex: Female      NHS No: 612 449 0387
Address:     18 Kings Meadow, Reading RG1 8DQ   (deregistering - moving to Netherlands)
Usual GP:    Dr F. O'Connell
------------------------------------------------------------------------------------
ACTIVE PROBLEMS
  04-May-2026   Trigger finger - right middle finger
  11-Jan-2024   Recurrent carpal tunnel syndrome - right
  02-Oct-2015   Hypothyroidism

SIGNIFICANT PAST PROBLEMS
  08-Mar-2021   Carpal tunnel decompression - right  (Royal Berkshire Hospital, Mr P. Sandhu)
  19-Jun-2020   Carpal tunnel syndrome - right (nerve conduction: moderate)
  1998          Caesarean section
  1994          Tonsillectomy

CURRENT MEDICATION (repeats)
  Levothyroxine 100 micrograms tablets    one each morning         last issued 01-Sep-2026
  Naproxen 500 mg tablets                 one twice daily if needed last issued 12-Aug-2026
  Omeprazole 20 mg capsules               one daily                last issued 12-Aug-2026

ALLERGIES
  No known drug allergies

RECENT CONSULTATIONS
  04-May-2026  Dr O'Connell   Triggering R middle finger 2/12. Nodule A1. Steroid injection
                              given (methylpred 40 mg). Review PRN.
  22-Jul-2026  Dr O'Connell   Trigger finger recurred. Also ongoing R hand numbness since
                              2024 despite CTD 2021. Referred ortho - but moving to NL in Oct,
                              wishes to be seen there instead. Summary printed for new GP.
  12-Aug-2026  Nurse          BP 128/80. TFT normal.

INVESTIGATIONS
  14-Feb-2024  US right wrist (RBH): median nerve CSA 14 mm2, no space-occupying lesion.
  14-Feb-2024  Nerve conduction studies: moderate-severe right CTS.
  12-Aug-2026  TSH 1.9 mU/L
------------------------------------------------------------------------------------
END OF SUMMARY                                                            Page 1 of 1
"""


@doc("tp-046")
def tp046():
    write_txt("tp-046", UKSUM_046)
    return label(["history"], "2026-09-15", "gp", "en", "UK GP practice patient summary printout",
                 imaging="yes", operated="yes", abroad="yes",
                 notes="Tricky: UK GP summary; the operation at the Royal Berkshire Hospital (England) is "
                       "care outside the Netherlands though never called 'abroad'; dates '15-Sep-2026'; "
                       "caesarean section and tonsillectomy are other body parts.")


# ----------------------------------------------------------------------------------------- 047
@doc("tp-047")
def tp047():
    red = colors.Color(0.8, 0.1, 0.2)

    def page(c, d):
        ctext(c, 20, 285, "Amsterdam UMC", 15, "Helvetica-Bold", red)
        ctext(c, 20, 280.5, "Department of Plastic, Reconstructive and Hand Surgery", 8.5)
        ctext(c, 190, 285, "location AMC", 8, align="right")
        ctext(c, 190, 281.5, "Meibergdreef 9, 1105 AZ Amsterdam", 7.5, align="right")
        ctext(c, 190, 278, "+31 20 566 9111", 7.5, align="right")
        ctext(c, 105, 10, "Amsterdam UMC - outpatient clinic letter - confidential", 7, color=GREY,
              align="center")

    pdf = Pdf(DOCS / "tp-047.pdf", on_page=page, margins=(22, 22, 34, 20), size=10)
    pdf.columns("Dr L. de Ruiter\nGeneral practitioner\nHuisartsenpraktijk Zuidas\nGustav Mahlerlaan 40\n"
                "1082 MK Amsterdam",
                "Date: 5 November 2026\nOur ref: PLA/SK/8822041\nPatient no.: 8822041", widths=(100, 66),
                size=9.5, after=8)
    pdf.p("<b>Re:</b> Mrs Priya NAIR, born 07-07-1991")
    pdf.p("Dear colleague,")
    pdf.p("I saw Mrs Nair, a 35-year-old researcher from India working in Amsterdam, at our outpatient "
          "clinic on 3 November 2026 because of a painful swelling on the palmar side of the left "
          "wrist for six months.")
    pdf.p("<b>Examination:</b> firm, non-tender swelling of 1.5 cm radial to the FCR tendon, "
          "transilluminating. Allen test normal. No sensory deficit.")
    pdf.p("<b>Additional investigations:</b> ultrasound of the left wrist (28-10-2026, our radiology "
          "department): volar ganglion cyst of 16 x 10 mm arising from the radioscaphoid joint, "
          "adjacent to the radial artery.")
    pdf.p("<b>Conclusion:</b> volar wrist ganglion, left.")
    pdf.p("<b>Plan:</b> we discussed the natural course (spontaneous resolution in up to half of cases), "
          "aspiration (high recurrence, risk to the radial artery) and surgical excision. I offered "
          "excision under regional anaesthesia. Mrs Nair would like a second opinion before deciding "
          "and will ask you for a referral. We are happy to see her again.")
    pdf.p("Kind regards,", before=6, after=14)
    pdf.p("Dr S. Kaptein, plastic surgeon", after=0)
    pdf.p("cc: patient", size=9)
    pdf.save()
    return label(["correspondence"], "2026-11-05", "specialist", "en",
                 "Dutch university hospital letter written in English",
                 imaging="yes", operated="unmentioned", abroad="unmentioned",
                 notes="English letter from a Dutch hospital; excision only offered; ultrasound date and "
                       "visit date in the body; 'from India' is nationality, not care abroad.")


# ----------------------------------------------------------------------------------------- 048
@doc("tp-048")
def tp048():
    d = Docx(font="Calibri", size=10.5)
    d.p("De Brug Hand & Wrist Clinic", bold=True, size=14, color=(0x00, 0x6D, 0x77), after=0)
    d.p("Catharijnesingel 120, 3511 GP Utrecht - +31 30 245 61 00 - intake@debrug-handkliniek.example.nl",
        size=8, after=14)
    d.p("Mr Kevin O'Brien\nNieuwegracht 61\n3512 LG Utrecht", after=10)
    d.p("Utrecht, 1 December 2026", after=8)
    d.p("**Subject:** confirmation of your first appointment (second opinion)", after=8)
    d.p("Dear Mr O'Brien,")
    d.p("We have received your referral and confirm your first appointment:")
    d.kv([["Date", "Tuesday 12 January 2027"], ["Time", "10:30 (please arrive 15 minutes early)"],
          ["Surgeon", "Dr R. Hazelaar, plastic and hand surgeon"],
          ["Location", "De Brug Hand & Wrist Clinic, 2nd floor"]], widths_cm=(3.5, 12))
    d.p("**Please bring or send beforehand:**")
    d.p("- a valid ID and your insurance card;\n"
        "- a list of the medication you use;\n"
        "- if imaging (X-ray, ultrasound, CT or MRI) has been done, the CD with the images and the "
        "radiology reports;\n"
        "- if you have had surgery on your hand or wrist, the operation report(s);\n"
        "- if you have been admitted to a hospital outside the Netherlands in the last two months, "
        "an MRSA screening result arranged by your GP.")
    d.p("Without these documents we may have to reschedule your appointment.")
    d.p("Kind regards,\n\nPlanning office, De Brug Hand & Wrist Clinic")
    d.save(DOCS / "tp-048.docx")
    return label([], "2026-12-01", "other", "en", "clinic appointment confirmation (English)",
                 imaging="unmentioned", operated="unmentioned", abroad="unmentioned",
                 notes="Tricky: every fact appears only in conditional instructions ('if imaging has "
                       "been done', 'if you have had surgery', 'if you have been admitted ... outside "
                       "the Netherlands'); appointment date in the future.")


# ----------------------------------------------------------------------------------------- 049
SPAIN_049 = """\
HOSPITAL GENERAL UNIVERSITARIO DR. BALMIS - ALICANTE
Servicio de Cirugía Ortopédica y Traumatología - Unidad de Mano
Avda. Pintor Baeza 12, 03010 Alicante, España - Tel. +34 965 93 30 00

Alicante, 18 March 2026

To: the Hand Surgery Department / Second Opinion
    De Brug Hand Clinic, Utrecht, The Netherlands

Re: Mr Johannes (Hans) VAN DER STEEN, born 21/12/1948
    NHC (hospital record no.): 00988714
    Address in Spain: Calle Maestro Alonso 8, 03540 Alicante
    Address in the Netherlands: Laan van Nieuw Oosteinde 40, 2274 EB Voorburg

Dear colleague,

I am writing to refer Mr van der Steen, a 77-year-old retired engineer who spends the winter in
Alicante, and who will return to the Netherlands next month.

On 19 January 2026 he fell on his left hand and was admitted to our hospital with a comminuted
intra-articular distal radius fracture (AO 23-C3). On 20 January 2026 I performed open reduction
and internal fixation with a volar locking plate and a dorsal fragment-specific plate. CT scan
before surgery and postoperative radiographs are on the enclosed CD.

At 8 weeks the fracture is united, but he has marked stiffness (extension 20°, flexion 25°,
supination 40°), persistent swelling and burning pain. I suspect complex regional pain syndrome
type 1 and possible irritation of the extensor tendons by the dorsal plate.

I would appreciate your opinion on the management of his stiffness and pain, and on whether and
when removal of the dorsal plate would be advisable. He prefers to continue his treatment in the
Netherlands.

Enclosed: operative report (in Spanish), discharge report, CD with images.

Yours sincerely,

Dr. Javier Molina Ruiz
Especialista en Cirugía Ortopédica y Traumatología - Unidad de Mano
Nº Colegiado 03/0991274
"""


@doc("tp-049")
def tp049():
    write_txt("tp-049", SPAIN_049)
    return label(["referral", "correspondence"], "2026-03-18", "specialist", "en",
                 "Spanish surgeon's referral letter in English",
                 referral_question=True, imaging="yes", operated="yes", abroad="yes",
                 notes="Referral by the treating surgeon abroad (Alicante): both referral and specialist "
                       "correspondence; admission and operation in Spain; plate removal only asked "
                       "about; mentions enclosures.")


# ----------------------------------------------------------------------------------------- 050
def _p050_discharge(path):
    blue = colors.Color(0.1, 0.3, 0.6)

    def page(c, d):
        logo_circle(c, 26, 281, 6, blue)
        ctext(c, 35, 285, "UNIVERSITY GENERAL HOSPITAL OF HERAKLION (PAGNI)", 10.5, "Helvetica-Bold", blue)
        ctext(c, 35, 280.5, "Orthopaedic Clinic - Voutes, 71500 Heraklion, Crete, Greece - +30 2810 392111",
              7.5)
        hline(c, 275, color=blue)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 30, 20), size=9.5)
    pdf.h("DISCHARGE SUMMARY", 12, align=1)
    pdf.kv([["Patient", "Mr Stefan DE RUITER"], ["Date of birth", "16/10/1983"],
            ["Admission", "11/09/2026"], ["Discharge", "14/09/2026"],
            ["Diagnosis", "Trans-scaphoid perilunate fracture-dislocation, right wrist"]],
           widths=(35, 135), size=9.5)
    pdf.p("The patient, a Dutch tourist, was admitted through the emergency department after a "
          "scooter accident. X-rays and CT showed a trans-scaphoid perilunate fracture-dislocation "
          "of the right wrist. Closed reduction was performed in the emergency department, followed "
          "on 12/09/2026 by open reduction, screw fixation of the scaphoid and K-wire fixation of "
          "the lunotriquetral joint.")
    pdf.p("The postoperative course was uneventful. Median nerve function is intact.")
    pdf.p("<b>Instructions:</b> below-elbow cast. Removal of K-wires at 8 weeks. Further treatment by "
          "a hand surgeon in the Netherlands. Repatriation flight 15/09/2026.")
    pdf.p("Dr. Nikolaos Papadakis, Orthopaedic Surgeon - Heraklion, 14/09/2026")
    pdf.save()


def _p050_xray(path):
    def page(c, d):
        ctext(c, 20, 285, "PAGNI - Department of Radiology", 10.5, "Helvetica-Bold")
        ctext(c, 190, 285, "Examination report", 9, align="right")
        hline(c, 281)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 25, 20), size=9.5)
    pdf.kv([["Patient", "DE RUITER STEFAN"], ["DOB", "16/10/1983"], ["Exam", "X-RAY RIGHT WRIST PA/LAT"],
            ["Exam date", "11/09/2026"], ["Referring", "Emergency Department - Orthopaedics"]],
           widths=(30, 140), size=9)
    pdf.p("<b>Report:</b> Fracture through the waist of the scaphoid with dorsal dislocation of the "
          "capitate relative to the lunate. The lunate remains aligned with the radius. Findings "
          "consistent with trans-scaphoid perilunate fracture-dislocation (greater arc injury). "
          "No distal radius fracture.")
    pdf.p("<b>Conclusion:</b> trans-scaphoid perilunate fracture-dislocation, right.")
    pdf.p("Radiologist: Dr. Eleni Markaki - signed 11/09/2026")
    pdf.save()


def _p050_mrsa(path):
    def page(c, d):
        ctext(c, 20, 285, "Medisch Microbiologisch Laboratorium - Eurofins Clinical Diagnostics", 10,
              "Helvetica-Bold")
        ctext(c, 20, 280.5, "Boerhaavelaan 25, 2035 RC Haarlem", 7.5)
        hline(c, 277)

    pdf = Pdf(path, on_page=page, margins=(20, 20, 28, 20), size=9)
    pdf.kv([["Patiënt", "De Ruiter, S."], ["Geb.datum", "16-10-1983"],
            ["Aanvrager", "huisarts A.J. Nieuwland, Heemstede"],
            ["Afname", "29-09-2026"], ["Uitslag", "02-10-2026"]], widths=(30, 140), size=9)
    pdf.p("<b>MRSA-screening</b> (i.v.m. opname ziekenhuis buitenland)")
    pdf.table([["Materiaal", "Resultaat"], ["Neus/keel", "MRSA niet aangetoond"],
               ["Perineum", "MRSA niet aangetoond"]], widths=(40, 80), size=9, grid=True)
    pdf.p("Gevalideerd: M. Sterk, arts-microbioloog")
    pdf.save()


@doc("tp-050")
def tp050():
    BUILD.mkdir(parents=True, exist_ok=True)
    parts = [BUILD / "tp-050-1.pdf", BUILD / "tp-050-2.pdf", BUILD / "tp-050-3.pdf"]
    _p050_discharge(parts[0])
    _p050_xray(parts[1])
    _p050_mrsa(parts[2])
    merge_pdfs(parts, DOCS / "tp-050.pdf")
    return label(["correspondence", "imaging-report", "mrsa-screening"], "2026-09-14", "specialist",
                 "en", "merged PDF (bijlagen): Greek discharge summary + Greek X-ray report + Dutch "
                       "MRSA result",
                 also_dates=["2026-09-11", "2026-10-02"], imaging="yes", operated="yes", abroad="yes",
                 notes="Merged file, mixed languages (two English parts, last part Dutch); top-level "
                       "date is the first part. The discharge summary names the operation in one "
                       "sentence (no operator line), so not an operation report.",
                 parts=[part(["correspondence"], "2026-09-14", "specialist"),
                        part(["imaging-report"], "2026-09-11", "radiologist"),
                        part(["mrsa-screening"], "2026-10-02", "lab")])


# ----------------------------------------------------------------------------------------- 051
@doc("tp-051")
def tp051():
    d = Docx(font="Arial", size=9.5)
    d.table([["CUF\nHospital CUF Descobertas\nRua Mário Botas, 1998-018 Lisboa, Portugal",
              "OPERATIVE REPORT\nOrthopaedics - Hand Surgery Unit"]], widths_cm=(9, 8), header=True,
            grid=False, size=10)
    d.kv([["Patient", "Ms Ilse TERPSTRA"], ["Date of birth", "30/05/1965"],
          ["Process no.", "CUF-DSC 7720193"], ["Date of surgery", "22/04/2026"],
          ["Surgeon", "Dr. João Almeida Pereira"], ["Assistant", "Dr.ª Marta Lopes"],
          ["Anaesthesia", "WALANT (lidocaine 1% with adrenaline)"],
          ["Pre-operative diagnosis", "Trigger thumb, right (stenosing tenosynovitis), failed injection"],
          ["Procedure", "Open release of the A1 pulley, right thumb"]], widths_cm=(4.5, 12))
    d.p("**Description:** Patient supine, hand table. WALANT infiltration 25 minutes before incision. "
        "Transverse incision at the MCP flexion crease of the thumb. Blunt dissection protecting the "
        "radial digital nerve, which crosses superficially. Thickened A1 pulley identified and divided "
        "longitudinally under direct vision. Active flexion and extension by the awake patient "
        "confirmed free gliding without triggering. Oblique pulley preserved. Haemostasis. Skin closed "
        "with 4-0 nylon.")
    d.p("**Complications:** none. **Blood loss:** negligible.")
    d.p("**Post-operative plan:** light dressing, immediate active motion. Sutures to be removed after "
        "10-12 days by her GP in the Netherlands (the patient returns home on 25/04/2026).")
    d.p("Lisbon, 22/04/2026 - Dr. João Almeida Pereira (Ordem dos Médicos no. 48213)", size=8.5)
    d.save(DOCS / "tp-051.docx")
    return label(["operation-report"], "2026-04-22", "specialist", "en",
                 "Portuguese private hospital operative report (English)",
                 imaging="unmentioned", operated="yes", abroad="yes",
                 notes="Operation in Lisbon on a Dutch patient; labels in table cells; dates dd/mm/yyyy.")


# ----------------------------------------------------------------------------------------- 052
@doc("tp-052")
def tp052():
    navy = colors.Color(0.05, 0.15, 0.4)

    def page(c, d):
        logo_square(c, 20, 276, 12, navy)
        ctext(c, 36, 285, "BANGKOK HOSPITAL", 13, "Helvetica-Bold", navy)
        ctext(c, 36, 280.5, "Department of Diagnostic Imaging - 2 Soi Soonvijai 7, New Petchburi Rd, "
              "Bangkok 10310, Thailand", 7.5)
        ctext(c, 36, 277, "Tel. +66 2 310 3000", 7.5)
        hline(c, 272, color=navy)
        ctext(c, 20, 10, "Electronically signed report. HN 301-884-20", 7, color=GREY)

    pdf = Pdf(DOCS / "tp-052.pdf", on_page=page, margins=(20, 20, 33, 20), size=9.5)
    pdf.table([["Name", "Age/Sex", "HN", "Visit", "Referring physician"],
               ["MS. JOYCE KLAASSEN", "29 Y / F", "301-884-20", "Emergency (ER)", "Dr. Niran S."]],
              widths=(45, 22, 28, 30, 45), size=8.5, grid=True)
    pdf.kv([["Examination", "ULTRASOUND LEFT WRIST"], ["Exam date", "09-Feb-2026 21:14"],
            ["Clinical history", "Tourist. Painful lump dorsum of left wrist after yoga class, 3 days. "
                                 "R/O ganglion, R/O tendon injury."]], widths=(35, 135), size=9)
    pdf.p("<b>FINDINGS:</b>", before=3)
    pdf.p("A well-defined anechoic cystic lesion, size about 0.8 x 0.5 x 0.6 cm, is seen at the "
          "dorsal aspect of the left wrist, at the level of the scapholunate interval, with a "
          "narrow neck extending toward the joint capsule. No internal vascularity on colour Doppler. "
          "Extensor tendons of the 2nd to 4th compartments are intact, without tenosynovitis. No "
          "joint effusion.")
    pdf.p("<b>IMPRESSION:</b>")
    pdf.p("Small dorsal wrist ganglion cyst, left. Intact extensor tendons.")
    pdf.kv([["Radiologist", "Dr. Pimchanok Wongsawat, M.D."], ["Report date", "10-Feb-2026 08:30"]],
           widths=(35, 135), size=9)
    pdf.save()
    return label(["imaging-report"], "2026-02-10", "radiologist", "en",
                 "Thai hospital ultrasound report, table header",
                 also_dates=["2026-02-09"], imaging="yes", operated="unmentioned", abroad="yes",
                 notes="Ultrasound report from a hospital abroad for a patient seen at its emergency "
                       "department (treated_abroad yes); dates as '09-Feb-2026'; exam late evening, "
                       "report next day.")


# ----------------------------------------------------------------------------------------- 053
@doc("tp-053")
def tp053():
    def page(c, d):
        ctext(c, 105, 286, "ABBEY GREEN SURGERY", 13, "Times-Bold", align="center")
        ctext(c, 105, 281.5, "Dr R. Fairbrother  Dr L. Hughes  Dr S. Mistry", 8.5, "Times-Roman",
              align="center")
        ctext(c, 105, 277.5, "3 Abbey Green, Bath BA1 1NW  -  Tel 01225 000 311", 8, "Times-Roman",
              align="center")
        hline(c, 274, x1=40, x2=170)

    pdf = Pdf(DOCS / "tp-053.pdf", on_page=page, margins=(25, 25, 34, 22), size=10.5, font="Times-Roman")
    pdf.p("14/07/2026", align=2)
    pdf.lines("The Hand Surgery Department\nDe Brug Hand Clinic\nCatharijnesingel 120\n3511 GP Utrecht\n"
              "The Netherlands", after=10)
    pdf.p("Dear Colleague,")
    pdf.p("<b>Re: Mr Thomas BAKKER, DOB 04/06/1975, NHS No 702 113 4486</b>")
    pdf.p("<b>14 Circus Mews, Bath BA1 2PW</b>")
    pdf.p("I would be grateful for your opinion on this 51-year-old Dutch-born architect, who is "
          "moving back to Utrecht next month and has asked to be referred to your clinic.")
    pdf.p("He underwent a right carpal tunnel decompression at the Royal United Hospital, Bath, in "
          "November 2024. Although his night-time symptoms settled, he has developed persistent "
          "pillar pain and tenderness over the scar, and over the last three months numbness in the "
          "thumb and index finger has returned. Nerve conduction studies in May 2026 showed a mild "
          "residual delay. An ultrasound scan of the wrist (RUH, June 2026) showed a swollen median "
          "nerve proximal to the retinaculum but no mass.")
    pdf.p("The question is whether this represents incomplete release or scar tethering, and whether "
          "revision surgery or further conservative treatment would be best. He is otherwise well, "
          "takes no regular medication and has no allergies.")
    pdf.p("I enclose copies of the operation note, the hospital letters and the scan report.")
    pdf.p("Yours faithfully,", before=6, after=16)
    pdf.p("Dr Lucy Hughes MRCGP", after=0)
    pdf.p("General Practitioner", size=9.5)
    pdf.save()
    return label(["referral"], "2026-07-14", "gp", "en", "UK GP surgery referral letter, centred letterhead",
                 referral_question=True, imaging="yes", operated="yes", abroad="yes",
                 notes="UK GP referral; operation at an English hospital named by name and city "
                       "(treated outside the Netherlands); question phrased as 'The question is "
                       "whether'; date alone at the top right as 14/07/2026; revision only asked about.")


# ----------------------------------------------------------------------------------------- 054
@doc("tp-054")
def tp054():
    d = Docx(font="Arial", size=10)
    d.h("AUTHORISATION FOR THE RELEASE OF MEDICAL RECORDS", 12.5)
    d.p("Please complete all sections in BLOCK CAPITALS and return to De Brug Hand & Wrist Clinic.",
        italic=True, size=8.5)
    d.p("**Section 1 - Your details**")
    d.kv([["Full name", "CHLOE ANNE MORRISON"], ["Date of birth", "19/09/1992"],
          ["Address", "PRINSENGRACHT 500-3, 1017 KH AMSTERDAM"],
          ["Email", "c.morrison@example.com"]], widths_cm=(5.5, 11))
    d.p("**Section 2 - Records to be released**")
    d.kv([["Name of hospital / clinic where you were treated", "ST THOMAS' HOSPITAL, LONDON (UK)"],
          ["Department", "HAND SURGERY / PLASTICS"],
          ["Period of treatment", "MARCH - APRIL 2026"],
          ["Records requested", "☒ Clinic letters   ☒ Operation notes   ☒ Imaging reports   "
                                "☐ Full record"]], widths_cm=(5.5, 11))
    d.p("**Section 3 - Declaration**")
    d.p("I authorise the above hospital to release copies of my medical records to De Brug Hand & "
        "Wrist Clinic, Utrecht, the Netherlands, for the purpose of a second opinion. I understand "
        "that I may withdraw this authorisation at any time.")
    d.kv([["Signature", "(signed) C. A. Morrison"], ["Date", "03/11/2026"]], widths_cm=(5.5, 11))
    d.save(DOCS / "tp-054.docx")
    return label([], "2026-11-03", "patient", "en", "records release consent form (English)",
                 imaging="unmentioned", operated="unmentioned", abroad="yes",
                 notes="Tricky: the consent form (kind none) states treatment at a London hospital "
                       "in a table cell; ticked 'Operation notes' and 'Imaging reports' are requests, not "
                       "statements, so operated and imaging stay unmentioned.")
