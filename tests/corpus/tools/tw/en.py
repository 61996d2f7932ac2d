"""English documents tw-036 .. tw-054 (UK, Irish, US, international; all patients invented)."""
from common import L, P

DOCS = []


def add(stem, fmt, label, body=None, opts=None, parts=None):
    d = {"stem": stem, "fmt": fmt, "label": label, "opts": opts or {}}
    if parts is not None:
        d["parts"] = parts
    else:
        d["body"] = body
    DOCS.append(d)


# ---------------------------------------------------------------- tw-036 UK clinic letter by registrar
add("tw-036", "pdf",
    L(["correspondence"], "2026-11-04", "specialist", "en",
      "NHS trust hand surgery clinic letter, dictated by a specialty registrar for the consultant",
      "yes", "no", "yes",
      "UK clinic letter written by a registrar on behalf of the consultant; header carries clinic date "
      "(27/10/2026), dictated and typed dates (04/11/2026 = letter date). NHS number and DOB near the top. "
      "Dutch patient relocating: UK hospital care = treated abroad. 'He has had no previous surgery to the "
      "wrist' is a negation; arthroscopy is only proposed.",
      also=["2026-10-27"]),
    [
        ("letterhead", ["Oxford University Hospitals NHS Foundation Trust", "Nuffield Orthopaedic Centre - Hand Surgery",
                        "Windmill Road, Headington, Oxford OX3 7LD", "Tel 0300 304 7777"], "right"),
        ("kv", [("Clinic date", "27/10/2026", "Dictated", "28/10/2026"),
                ("Date typed", "04/11/2026", "Our ref", "JW/AB/HAND"),
                ("Consultant", "Mr James Whitfield", "Hospital No", "OX4418290")], {"grid": False}),
        ("p", "Dr S. Patel\nCherwell Surgery\n22 Banbury Road\nOxford OX2 6NN"),
        ("p", "Dear Dr Patel,"),
        ("p", "<b>Re: Mr Pieter DE GRAAF, DOB 11/02/1982, NHS No 999 123 4567</b>\n14 Lathbury Road, Oxford OX2 7AU"),
        ("p", "<b>Diagnosis:</b> Right scapholunate ligament injury (Geissler grade III suspected), dominant hand.\n"
              "<b>Outcome:</b> Proceed to diagnostic wrist arthroscopy +/- repair, if patient wishes."),
        ("p", "Thank you for referring this 44-year-old software engineer, who injured his right wrist playing hockey in "
              "June 2026. He has had no previous surgery to the wrist. He has persistent dorsal wrist pain, worse with "
              "push-ups and typing, and an occasional clunk."),
        ("p", "On examination there is tenderness over the scapholunate interval and a positive Watson shift test with "
              "pain. Range of movement is 60 degrees extension and 55 degrees flexion."),
        ("p", "An MR arthrogram performed on 03/10/2026 showed a full-thickness tear of the dorsal component of the "
              "scapholunate ligament with a scapholunate gap of 3 mm on the dynamic views. Plain radiographs were "
              "otherwise normal."),
        ("p", "<b>Plan:</b> I discussed a diagnostic wrist arthroscopy with possible debridement or repair. Mr de Graaf "
              "is relocating to the Netherlands in December and would prefer to have any surgery there; he has asked "
              "for copies of the imaging and this letter. We have not listed him. I am happy to see him again should "
              "his plans change."),
        ("p", "Yours sincerely,"),
        ("sp", 1),
        ("p", "Dr Aoife Brennan MB BCh BAO MRCS\nSpecialty Registrar in Hand Surgery\n"
              "for Mr James Whitfield FRCS (Tr & Orth), Consultant Hand Surgeon"),
        ("small", "cc: Mr P. de Graaf (patient)"),
    ],
    {"footer": "OUH NHS FT  |  Mr P DE GRAAF  |  NHS 999 123 4567  |  Page {page} of {pages}", "font": "helv"})

# ---------------------------------------------------------------- tw-037 UK operation note form
add("tw-037", "pdf",
    L(["operation-report"], "2026-07-14", "specialist", "en",
      "NHS 'Operation Note' form with labelled boxes (trapeziectomy)",
      "unmentioned", "yes", "yes",
      "Form-style operation note without letter structure; date only in the 'Date' box and signature line. "
      "UK hospital, so treated abroad. VTE and post-op fields look like nursing content."),
    [
        ("letterhead", ["Royal Berkshire NHS Foundation Trust", "Plastic & Hand Surgery", "London Road, Reading RG1 5AN"], "left"),
        ("title", "OPERATION NOTE"),
        ("kv", [("Patient", "Mrs Hannah VISSER", "DOB", "23/05/1960"),
                ("Hospital No", "RB7720144", "NHS No", "999 876 5510"),
                ("Date", "14/07/2026", "Theatre", "Day Surgery Unit, Theatre 3"),
                ("Surgeon", "Mr S. Okafor FRCS (Plast)", "Assistant", "Dr L. Hughes (CT2)"),
                ("Anaesthetist", "Dr R. Campbell", "Anaesthetic", "GA + axillary block"),
                ("Tourniquet", "Upper arm, 250 mmHg, 48 min", "Antibiotics", "Cefuroxime 1.5 g IV at induction")],
         {"grid": True}),
        ("kv", [("Diagnosis", "Right thumb basal joint (CMCJ) osteoarthritis, Eaton stage III"),
                ("Procedure", "Right trapeziectomy with ligament reconstruction and tendon interposition (half FCR)"),
                ("Incision", "Dorsoradial (Wagner-type) incision over the first CMC joint"),
                ("Findings", "Eburnated trapezium, STT joint also degenerate; FCR tendon intact"),
                ("Procedure details", "Superficial radial nerve branches protected. Capsule opened longitudinally. "
                                      "Trapezium excised piecemeal. Half FCR harvested through two forearm stab incisions, "
                                      "passed through drill hole in the first metacarpal base and sutured onto itself; "
                                      "remainder rolled as anchovy into the trapezial space. Capsule closed 3-0 Vicryl."),
                ("Closure", "4-0 Monocryl subcuticular; Steri-strips"),
                ("Dressing", "Thumb spica plaster slab"),
                ("Blood loss", "Minimal"),
                ("Complications", "None"),
                ("Post-op instructions", "Elevate. Discharge same day if comfortable. Wound check and change to "
                                         "thermoplastic splint in hand therapy at 2 weeks. Review Mr Okafor clinic 6 weeks."),
                ("VTE prophylaxis", "Not required (day case, low risk)")], {"grid": True, "widths": [0.26, 0.74]}),
        ("p", "Signed: S. Okafor    GMC 7012345    14/07/2026 12:40"),
    ],
    {"footer": "RBFT Operation Note v4  |  Page {page} of {pages}", "size": 9.5})

# ---------------------------------------------------------------- tw-038 Irish discharge summary
add("tw-038", "docx",
    L(["correspondence"], "2026-09-23", "specialist", "en",
      "Irish (HSE) hospital discharge summary in Word, SHO for the consultant",
      "yes", "yes", "yes",
      "Discharge summary abroad (Galway) for a Dutch tourist: treated abroad, operated (closed reduction and "
      "K-wires). The procedure is only a one-line entry without operator or description, so labelled "
      "correspondence only. 'MRSA screen on admission: negative' is a mention. Irish dd/mm/yyyy dates; "
      "written by an SHO for the consultant."),
    [
        ("letterhead", ["Saolta University Health Care Group", "University Hospital Galway",
                        "Newcastle Road, Galway H91 YR71, Ireland"], "right"),
        ("title", "DISCHARGE SUMMARY"),
        ("kv", [("Patient", "Ms Marieke JANSSEN", "DOB", "30/03/1998"),
                ("MRN", "G2291044", "Address", "Hoogstraat 8, 5611 JR Eindhoven, Netherlands"),
                ("Admitted", "21/09/2026", "Discharged", "23/09/2026"),
                ("Consultant", "Mr Declan O'Rourke, Trauma & Orthopaedics", "Ward", "St Enda's")], {"grid": True}),
        ("h", "Presenting complaint"),
        ("p", "Dutch national on a cycling holiday in Connemara. Fell from her bicycle on 21/09/2026 onto an "
              "outstretched left hand."),
        ("h", "Diagnosis"),
        ("p", "Closed displaced extra-articular fracture of the left distal radius (dorsal angulation 30 degrees)."),
        ("h", "Investigations"),
        ("p", "X-ray left wrist 21/09/2026: as above. Post-operative X-ray 22/09/2026: satisfactory position. "
              "MRSA screen on admission: negative. FBC, U&E normal."),
        ("h", "Procedure"),
        ("p", "22/09/2026: Closed reduction and percutaneous K-wire fixation, left distal radius (under GA)."),
        ("h", "Discharge medications"),
        ("p", "Paracetamol 1 g QDS PRN; ibuprofen 400 mg TDS PRN with food, 5 days."),
        ("h", "Follow-up"),
        ("p", "Returning to the Netherlands on 25/09/2026. Please arrange fracture clinic review at 1 week and "
              "removal of K-wires at 4-5 weeks in her home hospital. Copy of X-rays on CD given to patient."),
        ("p", "Completed by: Dr Ciara Fahy, SHO Orthopaedics, for Mr D. O'Rourke\nDate: 23/09/2026"),
        ("small", "Copy: patient; GP (Huisartsenpraktijk Strijp, Eindhoven)"),
    ],
    {"footer": "UHG Discharge Summary  -  Page {page} of {pages}", "size": 10})

# ---------------------------------------------------------------- tw-039 US letter, mm/dd/yyyy, PA-C
add("tw-039", "txt",
    L(["correspondence"], "2026-10-03", "specialist", "en",
      "e-mail printout: patient forwards to her Dutch GP a US hand surgery clinic letter pasted from the patient portal; American mm/dd/yyyy dates",
      "no", "yes", "yes",
      "The whole specialist letter sits inside a forwarded e-mail (patient -> GP practice -> clinic); the e-mail "
      "dates (5 and 6 October 2026) are not the letter's date; the two short forwarding notes are Dutch, the letter "
      "is English. "
      "American dates: 10/03/2026 is 3 October, surgery 08/12/2026 is 12 August, DOB 04/09/1988 is 9 April. "
      "Dictated by a physician assistant (PA-C), attending listed. 'No imaging was obtained' is a negation. "
      "Written by a US hospital that operated on the patient: treated abroad."),
    [
        ("pre",
         "From:    Huisartsenpraktijk Oud-Zuid <assistente@hapoudzuid.example>\n"
         "Sent:    Tuesday, October 6, 2026 11:12 AM\n"
         "To:      intake@handkliniek-zeist.example\n"
         "Subject: FW: Letter from MGH - F. Bakker\n"
         "\n"
         "Goedemorgen, namens dr. Smit hierbij de brief uit Boston die mw. Bakker ons mailde, t.b.v. de\n"
         "verwijzing voor haar second opinion. Groet, Ilse (doktersassistente)\n"
         "\n"
         "---------- Forwarded message ---------\n"
         "From: Femke Bakker <femke.bakker@example.com>\n"
         "Date: Mon, Oct 5, 2026 at 9:47 PM\n"
         "Subject: Letter from MGH\n"
         "To: <assistente@hapoudzuid.example>\n"
         "\n"
         "Hoi, hier de brief van het ziekenhuis in Boston (gekopieerd uit Patient Gateway). Groet, Femke\n"
         "\n"
         "MASSACHUSETTS GENERAL HOSPITAL\n"
         "Hand and Arm Center - Department of Orthopaedic Surgery\n"
         "55 Fruit Street, Boston, MA 02114\n"
         "\n"
         "Date: 10/03/2026\n"
         "\n"
         "To:   Dr. H. Smit, Huisartsenpraktijk Oud-Zuid, Amsterdam, The Netherlands (via patient)\n"
         "Re:   BAKKER, Femke       DOB: 04/09/1988       MRN: 7740-2291\n"
         "Visit: 09/29/2026 - Postoperative visit #3\n"),
        ("p", "Dear Dr. Smit,"),
        ("p", "I saw Ms. Bakker, a 38-year-old right-hand-dominant postdoctoral researcher, in follow-up. She "
              "underwent right open carpal tunnel release at our center on 08/12/2026 with Dr. Kaplan for "
              "severe carpal tunnel syndrome confirmed by nerve conduction studies in June. No imaging was obtained, "
              "as it was not clinically indicated."),
        ("p", "She reports complete resolution of her nocturnal paresthesias. She has mild pillar pain with push-ups. "
              "Incision is well healed. Two-point discrimination is 5 mm in all digits. Thenar strength is 5/5."),
        ("p", "ASSESSMENT: Status post right carpal tunnel release, doing well at 7 weeks."),
        ("p", "PLAN: Scar massage, progressive strengthening. She is returning to the Netherlands at the end of "
              "October; no further follow-up is needed here. She may contact us with questions. Her left hand is "
              "mildly symptomatic; if this progresses, she will seek care at home."),
        ("p", "Sincerely,"),
        ("p", "Jessica Moreno, PA-C\nDictated by: Jessica Moreno, PA-C    Attending: Daniel Kaplan, MD\n"
              "D: 09/29/2026  T: 10/02/2026  Electronically signed 10/03/2026 08:14"),
    ],
    {"txt_wrap": 78})

# ---------------------------------------------------------------- tw-040 US MRI report with addendum
add("tw-040", "pdf",
    L(["imaging-report"], "2026-09-14", "radiologist", "en",
      "US radiology report (MRI wrist) with a later ADDENDUM and comparison radiographs, mm/dd/yyyy",
      "yes", "unmentioned", "yes",
      "Addendum two days after the original report changes the impression; exam and report date "
      "09/14/2026, addendum 09/16/2026, comparison radiographs 08/30/2026. DOB 12/01/1991 is 1 December. "
      "'surgical consultation recommended' is a recommendation. US hospital imaged the patient.",
      also=["2026-09-16"]),
    [
        ("letterhead", ["UCSF Health - Department of Radiology and Biomedical Imaging",
                        "505 Parnassus Ave, San Francisco, CA 94143"], "left"),
        ("kv", [("Patient", "VERMEULEN, KIM", "DOB", "12/01/1991"),
                ("MRN", "33018472", "Accession", "MR26-0914-118"),
                ("Ordering", "Nicole Park, MD (Hand Surgery)", "Exam date", "09/14/2026 10:05")], {"grid": False}),
        ("h", "EXAM: MRI WRIST LEFT WITHOUT CONTRAST"),
        ("p", "<b>CLINICAL HISTORY:</b> 35-year-old female, fall while climbing 08/2026, ulnar-sided wrist pain. "
              "Evaluate TFCC."),
        ("p", "<b>COMPARISON:</b> Radiographs of the left wrist 08/30/2026."),
        ("p", "<b>TECHNIQUE:</b> Multiplanar multisequence MR imaging of the left wrist at 3 T."),
        ("p", "<b>FINDINGS:</b> There is a tear of the foveal attachment of the TFCC with fluid undercutting the "
              "ulnar attachment. The radial attachment is intact. The ECU tendon is subluxed ulnarly in supination "
              "with tenosynovitis. No marrow edema. Scapholunate and lunotriquetral ligaments are intact. No "
              "fracture. Ulnar variance neutral."),
        ("p", "<b>IMPRESSION:</b>\n1. Foveal TFCC tear (Palmer 1B).\n2. ECU tenosynovitis with subluxation."),
        ("p", "Electronically signed by: Mark Alvarez, MD, Musculoskeletal Radiology - 09/14/2026 16:52"),
        ("hr",),
        ("h", "ADDENDUM - 09/16/2026 09:20"),
        ("p", "After review with the ordering hand surgeon and re-examination of the axial images, the ECU tendon "
              "is located within the groove on the neutral-position images; the appearance of subluxation is "
              "positional. Impression item 2 should read: ECU tenosynovitis without fixed subluxation. Surgical "
              "consultation is recommended for the TFCC tear."),
        ("p", "Addendum electronically signed by: Mark Alvarez, MD - 09/16/2026 09:24"),
    ],
    {"pagesize": "letter", "footer": "Printed 09/20/2026  |  UCSF Radiology  |  Page {page} of {pages}"})

# ---------------------------------------------------------------- tw-041 English letter from Dutch hospital (expat)
add("tw-041", "docx",
    L(["correspondence"], "2026-11-03", "specialist", "en",
      "English-language outpatient letter from a Dutch university hospital for an expat, resident + plastic surgeon",
      "yes", "no", "no",
      "English letter written in the Netherlands. Accident happened skiing in Austria but no medical care there "
      "(explicit); first seen at the Dutch ED: treated_abroad no. Surgery was offered and declined (operated "
      "no). Two signers (resident and plastic surgeon). 'He has asked whether a second opinion is possible; we "
      "have no objection' is not a referral."),
    [
        ("letterhead", ["Erasmus MC", "Department of Plastic and Reconstructive Surgery and Hand Surgery",
                        "Doctor Molewaterplein 40, 3015 GD Rotterdam, the Netherlands"], "right"),
        ("p", "Rotterdam, 3 November 2026"),
        ("p", "Dr. A. Huisman, general practitioner\nExpat Medical Centre Kralingen\nRotterdam"),
        ("p", "<b>Re:</b> Mr Lucas Moreau, date of birth 17-08-1990, hospital no. 1284410"),
        ("p", "Dear colleague,"),
        ("p", "We saw Mr Moreau, a 36-year-old French engineer living in Rotterdam, at our outpatient clinic on "
              "29 October for follow-up of a left scaphoid fracture."),
        ("p", "He fell while skiing in Austria in February 2026. He did not seek medical care there and drove home; "
              "he was first seen at our Emergency Department on 24 February 2026. X-rays and a CT scan showed a "
              "non-displaced waist fracture of the left scaphoid."),
        ("p", "At that time we offered percutaneous screw fixation, which he declined; he was treated in a cast for "
              "10 weeks. A CT scan on 27 October 2026 now shows bridging trabeculae over approximately 50% of the "
              "fracture: partial union. He has mild pain with heavy lifting."),
        ("p", "<b>Conclusion:</b> Partially united scaphoid waist fracture, left, non-operatively treated.\n"
              "<b>Policy:</b> No surgery indicated at this point. Avoid contact sports for 3 months. Repeat CT in "
              "3 months. He has asked whether a second opinion is possible; we have no objection."),
        ("p", "Kind regards,"),
        ("sig", [["N. Yildiz, MD", "resident (AIOS) plastic surgery"], ["R. Hofstra, MD PhD", "plastic surgeon"]]),
        ("small", "cc: patient"),
    ],
    {"footer": "Erasmus MC - Plastic Surgery - confidential", "size": 10.5})

# ---------------------------------------------------------------- tw-042 patient e-mail (Dubai)
add("tw-042", "txt",
    L([], "2026-11-17", "patient", "en",
      "patient's e-mail printout (Outlook, US-style sent date) with attachment list",
      "yes", "yes", "yes",
      "The patient's own request (not a referral). States surgery and MRI in a Dubai hospital (abroad, both "
      "yes). Outlook shows 'Tuesday, November 17, 2026 9:05 AM'. Mentions that the GP will send the "
      "referral."),
    [
        ("pre",
         "From:        Sarah O'Connell <sarah.oconnell@example.com>\n"
         "Sent:        Tuesday, November 17, 2026 9:05 AM\n"
         "To:          intake@handkliniek-zeist.example\n"
         "Cc:          Daniel Visscher <d.visscher@example.com>\n"
         "Subject:     Second opinion request - right wrist (Sarah O'Connell, born 22 Jan 1985)\n"
         "Attachments: Mediclinic_discharge.pdf; MRI_report_Jan2025.pdf\n"),
        ("p", "Dear Sir/Madam,"),
        ("p", "I am an Irish citizen who moved to Amstelveen in August with my Dutch partner. I would like to request a "
              "second opinion about my right wrist."),
        ("p", "In January 2025, while we were living in Dubai, I had an MRI which showed a tear of the TFCC, and in "
              "March 2025 I had an arthroscopic repair at Mediclinic City Hospital. Since then I still have pain when "
              "I lift my son or turn a key, and my wrist feels weak."),
        ("p", "My new GP in Amstelveen (Dr. Visscher, in cc) said he will send you a referral letter. I have attached "
              "the discharge letter and the MRI report from Dubai. I also have the MRI images on a USB stick and can "
              "bring them."),
        ("p", "Could you let me know what else you need? I read something about an MRSA test - I was not in a "
              "hospital anywhere else in the last year."),
        ("p", "Kind regards,\nSarah O'Connell\n+31 6 4000 1122"),
    ],
    {"txt_wrap": 78})

# ---------------------------------------------------------------- tw-043 UK GP referral + history
add("tw-043", "pdf",
    L(["referral", "history"], "2026-10-12", "gp", "en",
      "UK GP referral letter ('Surgery') with Past Medical History, Recent treatment, Medication sections",
      "yes", "no", "yes",
      "UK GP asks for a second opinion in the Netherlands for a patient relocating; separate history and recent "
      "treatment sections make it also a history letter. Date 12/10/2026 is 12 October (UK). UK hospital "
      "assessment + GP injection: treated abroad yes. 'has not had surgery' negation; release only proposed.",
      rq=True),
    [
        ("letterhead", ["Riverside Surgery", "Dr K. Ahmed - Dr J. Morton - Dr E. Lindsay",
                        "41 Chesterton Road, Cambridge CB4 3AL", "Tel 01223 000 411"], "right"),
        ("p", "12/10/2026"),
        ("p", "To the Hand Surgery Team\nKliniek voor Hand- en Polschirurgie\nUtrechtseweg 190, 3704 HS Zeist\nThe Netherlands"),
        ("p", "Dear Colleague,"),
        ("p", "<b>Re: Mrs Eva LINDQVIST-BOS, DOB 07/06/1974, NHS No 999 404 7788</b>\n"
              "Current address: 9 Mill Road, Cambridge CB1 2AD (moving to Utrecht, December 2026)"),
        ("p", "I would be grateful if you could see Mrs Lindqvist-Bos for a second opinion regarding right-sided de "
              "Quervain's tenosynovitis. She has been seen by the hand surgeons at Addenbrooke's Hospital, who have "
              "proposed a surgical release of the first dorsal compartment. She is keen to know whether further "
              "conservative options are reasonable before surgery, and she will be living in the Netherlands from December."),
        ("h", "Past Medical History"),
        ("p", "2009 - Hypothyroidism\n2016 - Left breast lump, benign (excision biopsy)\n2021 - Mild asthma"),
        ("h", "Recent treatment"),
        ("p", "05/2026 - Thumb spica splint and ibuprofen (GP)\n"
              "08/2026 - Steroid injection right first dorsal compartment (Dr Morton, at the surgery) - 6 weeks' relief\n"
              "09/2026 - Ultrasound right wrist (Addenbrooke's): tenosynovitis of APL/EPB with a septum\n"
              "09/2026 - Hand surgery clinic, Addenbrooke's: release offered. She has not had surgery."),
        ("h", "Medication"),
        ("p", "Levothyroxine 100 micrograms OD; Clenil Modulite 100 mcg 2 puffs BD; Salbutamol PRN."),
        ("h", "Allergies"),
        ("p", "Codeine (vomiting)."),
        ("p", "Many thanks for seeing her.\nYours faithfully,"),
        ("sp", 1),
        ("p", "Dr Jane Morton MBBS MRCGP\nGeneral Practitioner"),
    ],
    {"footer": "Riverside Surgery - Cambridge  |  Page {page} of {pages}", "font": "times"})

# ---------------------------------------------------------------- tw-044 UK MRSA screen result
add("tw-044", "docx",
    L(["mrsa-screening"], "2026-11-04", "lab", "en",
      "UK NHS microbiology MRSA screen report in Word (nose + groin swabs)",
      "unmentioned", "unmentioned", "yes",
      "English MRSA result: 'MRSA NOT isolated'. Collected 02/11/2026, reported 04/11/2026. Pre-admission screen "
      "at a London hospital, i.e. care in a hospital abroad (treated_abroad yes); the planned hand surgery is "
      "only planned.",
      also=["2026-11-02"]),
    [
        ("letterhead", ["Guy's and St Thomas' NHS Foundation Trust", "Infection Sciences - Microbiology",
                        "St Thomas' Hospital, Westminster Bridge Road, London SE1 7EH"], "left"),
        ("title", "MICROBIOLOGY REPORT"),
        ("kv", [("Patient", "VAN DEN BERG, Thomas", "DOB", "28/02/1979"),
                ("Hospital No", "GST1187731", "NHS No", "999 221 0934"),
                ("Location", "Pre-assessment Clinic, Hand Surgery", "Requested by", "Ms R. Gill (Consultant Plastic Surgeon)"),
                ("Collected", "02/11/2026 10:20", "Received", "02/11/2026 14:02"),
                ("Reported", "04/11/2026 11:37", "Lab No", "M26.2210043")], {"grid": True}),
        ("p", "<b>Clinical details:</b> Pre-admission MRSA screen. Elective right Dupuytren's fasciectomy planned."),
        ("table", [("Specimen", "Test", "Result"),
                   ("Nose swab", "MRSA screen (chromogenic agar)", "MRSA NOT isolated"),
                   ("Groin swab", "MRSA screen (chromogenic agar)", "MRSA NOT isolated")], {"header": True}),
        ("p", "<b>Comment:</b> No MRSA isolated. Screening valid for 12 weeks for elective admission per Trust policy."),
        ("p", "Authorised by: Dr P. Nwosu, Consultant Microbiologist"),
    ],
    {"footer": "GSTT Infection Sciences - Final report - Page {page}", "size": 10})

# ---------------------------------------------------------------- tw-045 MERGED Irish bundle
add("tw-045", "pdf",
    L(["referral", "correspondence", "imaging-report"], "2026-11-05", "gp", "en",
      "merged bundle from an Irish GP: referral letter + hospital clinic letter + ultrasound report",
      "yes", "yes", "yes",
      "Three documents: Irish GP referral (05/11/2026) asking a second opinion, then the consultant's clinic "
      "letter (14/08/2026) and the ultrasound report (30/07/2026) it relies on. The ganglion excision (2024) "
      "was in Limerick: operated and treated abroad. The referral's Past history is a single line, no recent "
      "treatment section.",
      rq=True,
      parts=[P(["referral"], "2026-11-05", "gp"),
             P(["correspondence"], "2026-08-14", "specialist"),
             P(["imaging-report"], "2026-07-30", "radiologist")]),
    parts=[
        {"opts": {"font": "times"}, "body": [
            ("letterhead", ["Ennis Road Medical Practice", "112 Ennis Road, Limerick V94 X2K3, Ireland",
                            "Tel +353 61 000 450"], "center"),
            ("p", "5th November 2026"),
            ("p", "The Consultant Hand Surgeon\nKliniek voor Hand- en Polschirurgie, Zeist, Netherlands"),
            ("p", "Dear Doctor,"),
            ("p", "<b>Re: Ms Noor KUIPERS, d.o.b. 19/12/1986</b>"),
            ("p", "Ms Kuipers is a Dutch national who has lived in Limerick for 8 years and is moving home to Utrecht. "
                  "She had a dorsal wrist ganglion excised on the left at University Hospital Limerick in 2024 and has "
                  "had a recurrence. The consultant here has suggested a repeat excision, and I would be grateful for your "
                  "second opinion as to whether repeat surgery or aspiration is the better option, since she will be "
                  "under your care in the Netherlands."),
            ("p", "Past history: nil of note apart from the above. Medication: oral contraceptive pill. NKDA."),
            ("p", "I enclose the recent clinic letter and ultrasound report."),
            ("p", "Yours sincerely,\n\nDr Siobhán Walsh MICGP"),
        ]},
        {"opts": {}, "body": [
            ("letterhead", ["UL Hospitals Group - University Hospital Limerick", "Department of Orthopaedics",
                            "St Nessan's Road, Dooradoyle, Limerick"], "right"),
            ("kv", [("Clinic", "12/08/2026", "Dictated/Typed", "14/08/2026"),
                    ("Patient", "Noor KUIPERS, 19/12/1986", "MRN", "L0088123")], {"grid": False}),
            ("p", "Dear Dr Walsh,"),
            ("p", "<b>Diagnosis:</b> Recurrent dorsal ganglion, left wrist, status post excision (UHL, 03/2024)."),
            ("p", "Ms Kuipers reports a recurrent swelling on the back of the left wrist for four months, painful "
                  "with yoga and push-ups. There is a 2 cm cystic, transilluminating swelling over the scapholunate "
                  "interval with a well-healed transverse scar. Ultrasound of 30/07/2026 confirms a recurrent ganglion."),
            ("p", "<b>Plan:</b> We discussed aspiration versus repeat open excision with capsulectomy. She is "
                  "considering her options and will contact us. She mentioned a move to the Netherlands."),
            ("p", "Yours sincerely,\n\nMr Eoin Fitzgerald FRCSI (Tr & Orth), Consultant Orthopaedic Surgeon"),
        ]},
        {"opts": {"font": "dejavu"}, "body": [
            ("letterhead", ["University Hospital Limerick - Department of Radiology"], "left"),
            ("kv", [("Patient", "KUIPERS, NOOR", "DOB", "19/12/1986"),
                    ("Examination", "US LEFT WRIST", "Date of exam", "30/07/2026"),
                    ("Referrer", "Dr S. Walsh (GP)", "Report status", "Final")], {"grid": True}),
            ("p", "<b>Clinical:</b> Lump dorsum left wrist, prior ganglion excision 2024. Recurrence?"),
            ("p", "<b>Report:</b> There is a lobulated anechoic collection measuring 19 x 11 x 9 mm dorsal to the "
                  "scapholunate ligament with a neck extending to the joint. No internal vascularity. Scar tissue in "
                  "the overlying subcutaneous fat. Extensor tendons normal."),
            ("p", "<b>Conclusion:</b> Recurrent dorsal wrist ganglion."),
            ("p", "Reported by Dr A. Kowalczyk, Consultant Radiologist, 30/07/2026"),
        ]},
    ],
    opts={"font": "helv"})

# ---------------------------------------------------------------- tw-046 Dublin hand therapy report
add("tw-046", "txt",
    L([], "2026-11-19", "other", "en",
      "hospital hand therapy progress report (Ireland), plain text",
      "unmentioned", "yes", "yes",
      "Hand therapy report (not a kind) from a hospital department abroad; states the flexor tendon repair "
      "surgery and therapy in Dublin, so operated and treated abroad. Report date after 'Date of report' "
      "among several therapy dates."),
    [
        ("pre",
         "ST JAMES'S HOSPITAL, DUBLIN - Occupational Therapy / Hand Therapy Department\n"
         "James's Street, Dublin 8\n"
         "\n"
         "HAND THERAPY PROGRESS REPORT\n"
         "Patient:        Joost MEIJER          DOB: 02/05/1995     MRN: SJH-5510288\n"
         "Referred by:    Ms Orla Keane, Consultant Plastic Surgeon\n"
         "Diagnosis:      Zone II FDP + FDS laceration left index finger, repaired 04/09/2026\n"
         "Date of report: 19/11/2026\n"),
        ("p", "Mr Meijer attended for 11 sessions between 10/09/2026 and 17/11/2026 following flexor tendon repair of the "
              "left index finger, performed at this hospital on 04/09/2026. He followed the early active motion "
              "(Saint John) protocol in a dorsal blocking splint for 6 weeks."),
        ("p", "Current status (17/11/2026): TAM index finger 210 degrees (Strickland: good). Flexion contracture PIP "
              "15 degrees. Grip strength L 31 kg / R 48 kg. Scar adherent at the palm."),
        ("p", "Plan: Mr Meijer is relocating to Groningen at the end of November. Home programme provided. We "
              "recommend continuing hand therapy in the Netherlands (static progressive extension splint for PIP)."),
        ("p", "Aisling Byrne, Senior Occupational Therapist (Hand Therapy), CORU OT012345"),
    ],
    {"txt_wrap": 78})

# ---------------------------------------------------------------- tw-047 Dubai radiology, X-ray + CT
add("tw-047", "pdf",
    L(["imaging-report"], "2025-05-05", "radiologist", "en",
      "private hospital radiology report (UAE), two exams on different days in one report",
      "yes", "unmentioned", "yes",
      "X-ray (03/05/2025) and CT (05/05/2025) reported together; dd/mm/yyyy. Older document (2025). Written "
      "by a hospital abroad that imaged the patient. The referring orthopaedic surgeon's suggestion of fixation "
      "is not an operation.",
      also=["2025-05-03"]),
    [
        ("letterhead", ["American Hospital Dubai", "Department of Radiology", "Oud Metha Road, P.O. Box 5566, Dubai, UAE"], "right"),
        ("title", "RADIOLOGY REPORT"),
        ("table", [("Patient name", "DOB", "MRN", "Referring physician"),
                   ("HOEKSTRA, DAAN Mr", "14/10/1983", "AHD-00771204", "Dr. Rami Haddad, Orthopaedics")], {"header": True}),
        ("h", "1) X-RAY RIGHT WRIST, 3 VIEWS - 03/05/2025"),
        ("p", "Clinical: fall from padel court, snuffbox tenderness. Findings: Subtle lucency in the waist of the "
              "scaphoid. No displacement. Carpal alignment normal."),
        ("h", "2) CT RIGHT WRIST WITHOUT CONTRAST - 05/05/2025"),
        ("p", "Comparison: radiographs 03/05/2025. Findings: Non-displaced fracture through the waist of the scaphoid "
              "with a small comminuted fragment at the radial cortex. No humpback deformity (intrascaphoid angle 28 "
              "degrees). No other carpal fracture. Distal radius intact."),
        ("h", "IMPRESSION"),
        ("p", "Acute non-displaced scaphoid waist fracture, right. Clinical correlation and orthopaedic follow-up; "
              "fixation may be considered given the comminution."),
        ("p", "Reported by: Dr. Meera Iyer, Consultant Radiologist\nReport date: 05/05/2025 14:18"),
    ],
    {"footer": "AHD Radiology - CONFIDENTIAL - Page {page}/{pages}", "font": "dejavu", "size": 9.5})

# ---------------------------------------------------------------- tw-048 Singapore consultation, date only in footer
add("tw-048", "docx",
    L(["correspondence"], "2026-09-17", "specialist", "en",
      "consultation letter from a Singapore hospital hand surgery department, co-signed by an advanced practice nurse and the consultant; date only in the footer",
      "unmentioned", "yes", "yes",
      "No date in the body: the letter date is only in the Word footer. Signed by an advanced practice nurse "
      "and the consultant (two signers). Flexor tendon repair done at the hospital abroad."),
    [
        ("letterhead", ["Singapore General Hospital", "Department of Hand & Reconstructive Microsurgery",
                        "Outram Road, Singapore 169608"], "left"),
        ("p", "To: Dr. M. Veenstra, Huisartsenpraktijk Zuilen, Utrecht, Netherlands"),
        ("p", "<b>RE: MS ANNA DE JONG (NRIC/FIN: G1234567X), born 03 Mar 1992</b>"),
        ("p", "Dear Dr. Veenstra,"),
        ("p", "Ms de Jong, a Dutch national working in Singapore, sustained a laceration to the volar aspect of her "
              "right ring finger with a kitchen knife. She underwent zone II flexor tendon repair (FDP, 4-strand core "
              "suture) and digital nerve repair under Dr. Tan Wei Ming on 2 August 2026."),
        ("p", "She has since attended hand therapy twice weekly. At six weeks she has active flexion to the distal "
              "palmar crease with 20 degrees PIP extension lag. Sensation is recovering (Tinel advancing)."),
        ("p", "She will be returning to the Netherlands permanently next month. We would be grateful if you could "
              "arrange continued hand therapy and review by a hand surgeon there. A tenolysis may be considered "
              "after six months if stiffness persists."),
        ("p", "Yours sincerely,"),
        ("sig", [["Lim Siew Ling", "Advanced Practice Nurse (Hand Surgery)"],
                 ["Dr. Tan Wei Ming", "Senior Consultant, Hand & Reconstructive Microsurgery"]]),
    ],
    {"footer": "SGH/HRM/2026/0917  |  Letter date: 17 September 2026  |  Page {page} of {pages}", "size": 10.5})

# ---------------------------------------------------------------- tw-049 US lab results, no MRSA
add("tw-049", "txt",
    L([], "2026-10-28", "lab", "en",
      "US laboratory results printout (CBC, metabolic panel, HbA1c, urinalysis), mm/dd/yyyy",
      "unmentioned", "unmentioned", "yes",
      "Ordinary pre-operative labs, not an MRSA screening: the MRSA nares PCR line says 'not performed - "
      "specimen not received'. Ordered by a US hand surgery clinic where the patient is being treated "
      "(treated_abroad yes); the thumb arthroplasty is only scheduled. Collected 10/27, reported 10/28/2026.",
      also=["2026-10-27"]),
    [
        ("pre",
         "BAY AREA CLINICAL LABORATORIES                                     FINAL REPORT\n"
         "Patient: DIJKSTRA, WOUTER              DOB: 06/30/1961   Sex: M   Acct: 884-2210-7\n"
         "Ordering: Laura Chen, MD - Stanford Health Care Hand Surgery Clinic, Palo Alto, CA\n"
         "Clinical info: Pre-op labs. R thumb CMC arthroplasty scheduled 11/18/2026.\n"
         "Collected: 10/27/2026 07:52        Received: 10/27/2026 09:10        Reported: 10/28/2026 06:31\n"
         "-------------------------------------------------------------------------------------------\n"
         "TEST                         RESULT      FLAG   UNITS          REFERENCE RANGE\n"
         "CBC WITH DIFFERENTIAL\n"
         "  WBC                        6.8                x10E3/uL       3.4 - 10.8\n"
         "  Hemoglobin                 14.9               g/dL           13.0 - 17.7\n"
         "  Platelets                  241                x10E3/uL       150 - 450\n"
         "COMPREHENSIVE METABOLIC PANEL\n"
         "  Glucose                    118         H      mg/dL          70 - 99\n"
         "  Creatinine                 1.02               mg/dL          0.76 - 1.27\n"
         "  eGFR                       82                 mL/min/1.73    >59\n"
         "  Potassium                  4.4                mmol/L         3.5 - 5.2\n"
         "HEMOGLOBIN A1c               6.4         H      %              4.8 - 5.6\n"
         "URINALYSIS, COMPLETE\n"
         "  Specific gravity           1.018                             1.005 - 1.030\n"
         "  Glucose                    Negative                          Negative\n"
         "  Protein                    Negative                          Negative/Trace\n"
         "  Leukocyte esterase         Negative                          Negative\n"
         "MRSA NARES PCR               NOT PERFORMED - specimen not received. Please recollect.\n"
         "-------------------------------------------------------------------------------------------\n"
         "Performing lab: BACL Main, 1200 Industrial Rd, San Carlos, CA. CLIA 05D0000000\n"
         "Medical Director: R. Gupta, MD                                        Page 1 of 1\n"),
    ],
    {"txt_wrap": 0})

# ---------------------------------------------------------------- tw-050 translated Spanish operation report
add("tw-050", "pdf",
    L(["operation-report"], "2026-07-18", "specialist", "en",
      "certified English translation of a Spanish private hospital operative report, with translator's stamp",
      "yes", "yes", "yes",
      "Translation: the operation date (18/07/2026) is the original report's date; the translation is dated "
      "02/10/2026 (listed as also_date). The hospital is named with a town only (Marbella). Intra-operative "
      "fluoroscopy is X-ray imaging. The translator's certification block looks like a separate letter.",
      also=["2026-10-02"]),
    [
        ("p", "<i>[Certified translation from Spanish - original document attached]</i>"),
        ("letterhead", ["Hospital Quirónsalud Marbella", "Traumatology and Orthopaedic Surgery Service",
                        "Avenida Severo Ochoa 22, 29603 Marbella (Málaga)"], "center"),
        ("title", "OPERATIVE REPORT"),
        ("kv", [("Patient", "Mr Gerrit POSTHUMA", "Date of birth", "11/11/1951"),
                ("Medical record no.", "QM-4410982", "Date of surgery", "18/07/2026"),
                ("Surgeon", "Dr. Alejandro Ruiz Montes", "Assistant", "Dr. Lucía Navarro"),
                ("Anaesthesia", "Axillary brachial plexus block", "Anaesthetist", "Dr. Pablo Serrano")], {"grid": True}),
        ("p", "<b>Pre-operative diagnosis:</b> Rupture of the extensor pollicis longus tendon, left, after distal "
              "radius fracture (2025) treated conservatively."),
        ("p", "<b>Procedure:</b> Transfer of the extensor indicis proprius to the extensor pollicis longus, left."),
        ("p", "<b>Description:</b> Ischaemia with pneumatic cuff at 250 mmHg. Small incision over the index MCP joint, "
              "EIP identified ulnar to EDC and sectioned. Second incision at Lister's tubercle, EPL stump identified. "
              "EIP passed subcutaneously and sutured to the distal EPL with Pulvertaft weave, tension adjusted with "
              "wrist in neutral and thumb in full extension. Fluoroscopic check of the radius: consolidated fracture, "
              "no prominent hardware. Closure with 4/0 nylon. Thumb spica splint."),
        ("p", "<b>Incidents:</b> None.   <b>Discharge:</b> Same day (major outpatient surgery)."),
        ("p", "Signed: Dr. A. Ruiz Montes, Colegiado 29/0912345"),
        ("hr",),
        ("small", "I, Marta Gil Herrera, Sworn Translator (Traductora-Intérprete Jurada) of English appointed by the "
                  "Spanish Ministry of Foreign Affairs, certify that the above is a true and complete translation of "
                  "the original Spanish document. Marbella, 2 October 2026. Seal no. 5521."),
    ],
    {"footer": "Translation 2026-1187  |  Page {page} of {pages}"})

# ---------------------------------------------------------------- tw-051 expat insurer letter
add("tw-051", "docx",
    L([], "2026-11-17", "other", "en",
      "international health insurer letter on a claim and on second-opinion cover",
      "yes", "yes", "yes",
      "Insurer letter (not a kind) that states facts: MRI and arthroscopic debridement at Hospital da Luz, "
      "Lisbon (named by city only) were claimed and paid. The second-opinion paragraph is about reimbursement, "
      "not a referral."),
    [
        ("letterhead", ["Allied Expat Health Ltd", "Claims Department", "PO Box 1102, Dublin 2, Ireland"], "left"),
        ("p", "Mr Ruben Mulder\nPraça das Flores 44, 2E\n1200-192 Lisboa\nPortugal"),
        ("p", "17 November 2026"),
        ("p", "<b>Policy:</b> AEH-IPMI-0094412     <b>Claim:</b> 2026-44871"),
        ("p", "Dear Mr Mulder,"),
        ("p", "<b>Your claim for treatment at Hospital da Luz, Lisbon</b>"),
        ("p", "We are pleased to confirm that your claim for the MRI scan of your right wrist (26 June 2026) and the "
              "arthroscopic debridement of your right wrist (14 August 2026), including the surgeon's and "
              "anaesthetist's fees, has been approved and paid directly to the hospital. Your excess of EUR 250 applies."),
        ("p", "You also asked whether a second opinion in the Netherlands would be covered. Under section 4.2 of your "
              "policy, a second medical opinion is covered once per condition when you are referred by your treating "
              "physician. Please send us the referral and a cost estimate before your appointment."),
        ("p", "Yours sincerely,\n\nClaims Team\nAllied Expat Health"),
    ],
    {"footer": "Allied Expat Health Ltd is regulated by the Central Bank of Ireland.", "size": 10.5})

# ---------------------------------------------------------------- tw-052 English appointment / portal message
add("tw-052", "txt",
    L([], "2026-12-01", "other", "en",
      "patient-portal message from the clinic confirming an appointment (English), with conditional checklist",
      "unmentioned", "unmentioned", "unmentioned",
      "Clinic's own message; the appointment date (12 January 2027) is in the future and the sent date is "
      "01-12-2026. All facts are conditional ('if you had surgery', 'if you were admitted abroad')."),
    [
        ("pre",
         "MyHandClinic portal - message\n"
         "Sent:     01-12-2026 16:05\n"
         "From:     Kliniek voor Hand- en Polschirurgie Zeist - Planning\n"
         "To:       Ms A. Kowalski (patient no. 26-09120, born 08-08-1989)\n"
         "Subject:  Your second opinion appointment\n"),
        ("p", "Dear Ms Kowalski,"),
        ("p", "Your appointment with dr. F. Meijering, plastic surgeon, is confirmed for Tuesday 12 January 2027 at "
              "10:20, outpatient clinic, first floor."),
        ("p", "Please upload the following documents at least two weeks before your appointment:\n"
              "- the referral letter from your GP or specialist, stating the question;\n"
              "- a recent letter on your medical history;\n"
              "- all letters from your treating specialists;\n"
              "- imaging (X-ray, ultrasound, CT, MRI) on CD with the reports, if imaging was done;\n"
              "- operation reports, if you had surgery for this problem;\n"
              "- an MRSA screening result via your GP, if you were admitted to or treated in a hospital abroad."),
        ("p", "If your documents are incomplete, we may have to reschedule your appointment."),
        ("p", "Kind regards,\nPlanning department"),
        ("p", "This is an automated message. Please do not reply."),
    ],
    {"txt_wrap": 78})

# ---------------------------------------------------------------- tw-053 EMIS-like summary printout (UK GP)
add("tw-053", "pdf",
    L(["history"], "2025-11-20", "gp", "en",
      "UK GP system (EMIS-like) patient summary printout: problems, consultations, medication",
      "yes", "unmentioned", "yes",
      "GP summary printout (history) with print date in the header on every page. Past operations are an "
      "appendicectomy and knee arthroscopy (other body parts), so operated unmentioned. Consultations record "
      "an ultrasound at a London hospital and a hand surgery referral (journal entry, not a referral letter). "
      "UK hospital care = treated abroad. Printed a year ago (20-Nov-2025): too old to serve as a recent history letter."),
    [
        ("title", "Patient Summary"),
        ("kv", [("Name", "Mr Bas VAN LEEUWEN", "DOB", "03-Apr-1977"),
                ("NHS Number", "999 550 1187", "Usual GP", "Dr R. Singh"),
                ("Address", "18 Fortess Road, London NW5 1AD", "Practice", "Kentish Town Health Centre")], {"grid": True}),
        ("h", "Active Problems"),
        ("table", [("Date", "Problem"),
                   ("12-Aug-2025", "Trigger finger - right ring finger"),
                   ("2018", "Essential hypertension")], {"header": True, "widths": [0.2, 0.8]}),
        ("h", "Past Problems"),
        ("table", [("Date", "Problem"),
                   ("1998", "Appendicectomy"),
                   ("2015", "Arthroscopy left knee (meniscal tear)"),
                   ("2021", "Low back pain")], {"header": True, "widths": [0.2, 0.8]}),
        ("h", "Consultations"),
        ("table", [("Date", "Clinician", "Entry"),
                   ("12-Aug-2025", "Dr R. Singh", "History: locking R ring finger 3 months. Examination: nodule A1 pulley, "
                                                 "triggering. Procedure: steroid injection R ring finger A1 pulley "
                                                 "(triamcinolone 10 mg). Plan: review 6 weeks."),
                   ("24-Sep-2025", "Dr R. Singh", "Recurrence of triggering. Plan: US hand, consider referral."),
                   ("02-Oct-2025", "Royal Free Hospital", "Imaging result: US right hand - thickened A1 pulley ring "
                                                          "finger with FDS nodule; no tenosynovitis."),
                   ("03-Oct-2025", "Dr R. Singh", "Referral to hand surgery (Royal Free). Patient moving to Netherlands "
                                                 "in 2026, may seek treatment there."),
                   ("06-Nov-2025", "Admin", "Letter from Royal Free hand surgery: A1 pulley release offered, patient "
                                            "undecided.")], {"header": True, "widths": [0.16, 0.18, 0.66]}),
        ("h", "Current Medication"),
        ("p", "Amlodipine 5 mg tablets - one daily (repeat)"),
        ("h", "Allergies"),
        ("p", "No known drug allergies"),
    ],
    {"header": "EMIS Web - Printed 20-Nov-2025 14:02 by Dr R. Singh - Mr Bas VAN LEEUWEN (03-Apr-1977)",
     "footer": "Confidential patient information  -  Page {page} of {pages}", "size": 9.5})

# ---------------------------------------------------------------- tw-054 US specialist referral, fellow + attending
add("tw-054", "docx",
    L(["referral", "correspondence"], "2026-11-02", "specialist", "en",
      "US academic hand surgeon's referral letter to a Dutch clinic, signed by fellow and attending, mm/dd/yyyy",
      "yes", "yes", "yes",
      "Referral from a treating specialist abroad (a specialist letter, so also correspondence) with an explicit "
      "question. American dates: 11/02/2026 = 2 November, DOB 07/10/1979 = 10 July, ORIF 03/15/2024. Two "
      "signers (hand fellow and attending).",
      rq=True),
    [
        ("letterhead", ["University of Michigan Health", "Department of Orthopaedic Surgery - Hand & Upper Extremity",
                        "1500 E Medical Center Dr, Ann Arbor, MI 48109, USA"], "center"),
        ("p", "Date: 11/02/2026"),
        ("p", "To: Hand Surgery - Second Opinion\nKliniek voor Hand- en Polschirurgie\nZeist, The Netherlands"),
        ("p", "Re: Bram SCHOUTEN     DOB: 07/10/1979     MRN: 0449-1182"),
        ("p", "Dear Colleague:"),
        ("p", "I am referring Mr. Schouten, a 47-year-old right-hand-dominant architect, who is moving back to Utrecht "
              "and would like to continue his care with you."),
        ("p", "He underwent open reduction and internal fixation of a right scaphoid waist nonunion with a headless "
              "compression screw and distal radius bone graft at our institution on 03/15/2024. The scaphoid healed. "
              "Over the past year he has developed progressive radial-sided wrist pain. CT of 10/20/2026 shows "
              "radioscaphoid arthritis (SNAC stage II) with a well-positioned screw; the midcarpal joint is preserved."),
        ("p", "We have discussed scaphoid excision with four-corner fusion versus total wrist denervation. "
              "<b>I would appreciate your opinion as to which option you would favor for him, and whether a "
              "denervation as a first step is reasonable given his occupational demands.</b>"),
        ("p", "Medications: none. Allergies: none. Non-smoker."),
        ("p", "Thank you for seeing him. Please do not hesitate to contact us."),
        ("p", "Sincerely,"),
        ("sig", [["Emily Chen, MD", "Hand Surgery Fellow"], ["Robert Lin, MD", "Associate Professor, Hand Surgery"]]),
    ],
    {"footer": "Michigan Medicine - Confidential health information - Page {page} of {pages}", "pagesize": "letter", "size": 10.5})
