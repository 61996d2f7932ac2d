from common import L, P, CLINIC_ADDR

DOCS = []
def add(**d):
    DOCS.append(d)

# ---------------------------------------------------------------- tq-049 Turkish hospital (English) via LO
add(stem="tq-049", fmt="pdf", engine="lo", font="sans", lh_in_header=True, pagenum="{n}",
    blocks=[
        ("lh", {"name": "Özel Akdeniz Yaşam Hastanesi", "logo": "AYH",
                "sub": ["Güzeloba Mah. 2201 Sok. No:8, 07230 Muratpaşa / Antalya - Türkiye",
                        "International Patient Office: +90 242 310 44 00"]}),
        ("title", "EPİKRİZ / DISCHARGE REPORT (English translation)"),
        ("kv", [("Patient", "Joris MEULENBELT"), ("Date of Birth", "21.09.1971"), ("Nationality", "Netherlands"),
                ("Protocol No", "2026/118442"), ("Admission date", "06.09.2026"), ("Discharge date", "08.09.2026"),
                ("Department", "Orthopedics and Traumatology")], {"w": 4}),
        ("h", "Complaint"), ("p", "Pain and swelling right hand after punching a wall (patient statement: fell against a wall)."),
        ("h", "Examination and imaging"),
        ("p", "Rotational deformity of the 5th finger, scissoring on flexion. Direct radiograph of the right hand: "
              "displaced oblique fracture of the 5th metacarpal shaft."),
        ("h", "Treatment"),
        ("p", "On 06.09.2026 under brachial plexus block, closed reduction and percutaneous fixation with two "
              "Kirschner wires was performed. Ulnar gutter splint applied. IV cefazolin prophylaxis."),
        ("h", "Recommendations at discharge"),
        ("p", "Splint for 4 weeks. K-wire removal after 4-5 weeks in home country. Control X-ray. Do not swim. "
              "Prescribed: Parol 500 mg, Arveles 25 mg, Augmentin 1 g 2x1 for 5 days."),
        ("p", "Antalya, 08.09.2026"),
        ("p", "Op. Dr. Mehmet Yıldırım\nOrthopedics and Traumatology Specialist\n(signature and stamp)"),
    ],
    label=L(["correspondence"], "2026-09-08", "specialist", "en", "Turkish epikriz translated to English, LibreOffice",
            img="yes", op="yes", abroad="yes",
            notes="Foreign hospital named by Turkish name/address; K-wire fixation in one sentence (not a full op "
                  "report); dotted dates; Turkish drug brand names; bilingual title."))

# ---------------------------------------------------------------- tq-050 admission-for-surgery letter (English)
add(stem="tq-050", fmt="docx", font="sans", lh_in_header=True,
    blocks=[
        ("lh", {"name": "Zuiderhaven Ziekenhuis", "logo": "ZHZ", "sub": ["Surgical Admissions Office / Opnameplanning"]}),
        ("addr", ["Mr J. Whitfield", "Wilhelminakade 301", "3072 AP Rotterdam"]),
        ("p", "Rotterdam, 4 December 2026"),
        ("p", "Subject: your admission for surgery"),
        ("p", "Dear Mr Whitfield,"),
        ("p", "We are pleased to confirm the date of your operation:"),
        ("tbl", [["Procedure", "Arthroscopy left wrist, possible TFCC repair"],
                 ["Surgeon", "dr. A.F. Molenkamp, plastic surgeon"],
                 ["Date of operation", "Wednesday 20 January 2027"],
                 ["Report at", "07:15, Day Surgery, route 14"],
                 ["Pre-operative screening", "completed 30 November 2026"]], {"head": False}),
        ("p", "Please do not eat from midnight before the operation; you may drink clear fluids until 06:00. "
              "Stop your ibuprofen 3 days before surgery. Bring someone to take you home; you are not allowed to drive.\n"
              "If you have been admitted to a hospital abroad in the last two months, please tell us: an MRSA "
              "screening is then required before surgery.\n"
              "If you cannot come, please call 010-4402500."),
        ("p", "Kind regards,\n\nSurgical Admissions Office"),
    ],
    label=L([], "2026-12-04", "other", "en", "hospital admission planning letter (English), docx",
            img="unmentioned", op="unmentioned", abroad="unmentioned",
            notes="Planned operation with future date; conditional MRSA / hospital-abroad sentence; 'pre-operative "
                  "screening completed' is not MRSA; appointment-type letter, not correspondence."))

# ---------------------------------------------------------------- tq-051 surgery (appendectomy) discharge letter
add(stem="tq-051", fmt="pdf", engine="rl", font="serif", pagenum="Pagina {n} van {N}",
    header="Ziekenhuis Amstelland-West - Heelkunde - Ontslagbrief",
    blocks=[
        ("lh", {"name": "Ziekenhuis Amstelland-West", "logo": "ZAW",
                "sub": ["Maatschap Heelkunde", "Laan van de Helende Meesters 8, 1186 AM Amstelveen"]}),
        ("addr", ["Aan: J. van Rijn, huisarts", "Oude Delft 55", "2611 BD Delft"]),
        ("kv", [("Datum", "07-08-2026"), ("Betreft", "mw. L. Fernández Brandt, 17-05-1989"),
                ("Opnameperiode", "01-08-2026 t/m 04-08-2026")], {"w": 3}),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd opgenomen via de SEH met sinds 1 dag pijn rechtsonder in de buik, koorts 38,4 en "
              "een CRP van 112."),
        ("h", "Aanvullend onderzoek"),
        ("p", "Echo abdomen (01-08): verdikte, niet-comprimeerbare appendix (9 mm) met omgevend vetinfiltraat, "
              "passend bij appendicitis acuta."),
        ("h", "Ingreep"),
        ("p", "Laparoscopische appendectomie op 01-08-2026 (operateur dr. S. Kroon). Ongecompliceerd; PA: flegmoneuze appendicitis."),
        ("h", "Beloop"),
        ("p", "Voorspoedig herstel. Ontslag dag 3 postoperatief. Terloops meldt patiënte klachten van de "
              "rechterduim (triggerduim) waarvoor zij een verwijzing naar een handchirurg overweegt; hier is "
              "tijdens opname niets mee gedaan."),
        ("h", "Beleid"),
        ("p", "Controle telefonisch over 2 weken. Niet zwaar tillen gedurende 4 weken."),
        ("p", "Met vriendelijke groet,\n\nT. Oudshoorn, ANIOS chirurgie\nnamens dr. S. Kroon, chirurg"),
    ],
    label=L(["correspondence"], "2026-08-07", "specialist", "nl", "surgery discharge letter (appendectomy)",
            img="yes", op="unmentioned", abroad="unmentioned",
            notes="Operation on another body part (appendix) -> operated unmentioned for the hand; abdominal ultrasound "
                  "is imaging of the patient; thumb complaint mentioned in passing; hospital letter for a non-hand problem."))

# ---------------------------------------------------------------- tq-052 Dutch GP referral written in English (txt)
add(stem="tq-052", fmt="txt",
    blocks=[
        ("p", "Huisartsenpraktijk Duinzicht - dr. E. Koster - Zeeweg 12, 2051 EC Overveen - tel 023-5251010"),
        ("p", "Overveen, 28/11/2026"),
        ("p", "To the hand surgeon on duty,\nHandcentrum Oostvaarders, Almere"),
        ("p", "Referral: Mrs Marieke de Groot, d.o.b. 09/11/1964"),
        ("p", "Dear colleague,\n(I write in English so that the patient's Spanish surgeon can be copied in.)"),
        ("p", "Mrs de Groot fractured her left wrist on holiday in Spain in August 2026 and was operated on in "
              "Benidorm (ORIF with a volar plate, 15/08/2026). She was admitted there for three days. Since then "
              "she has had persistent pain, stiffness and now tingling in the thumb, index and middle finger. "
              "The 6-week X-ray (Kennemer radiology, 30/09/2026) showed the plate in position with union in progress.\n"
              "She asks for a second opinion: is the plate causing a carpal tunnel problem, and should it be removed? "
              "Please also advise on further rehabilitation."),
        ("p", "Medication: none apart from paracetamol. Allergies: none.\n"
              "MRSA screening was negative (result enclosed), performed because of the admission abroad."),
        ("p", "Enclosures: discharge summary Benidorm (English translation), X-ray report 30/09/2026, MRSA result."),
        ("p", "With kind regards,\nE. Koster, general practitioner (huisarts)"),
    ],
    label=L(["referral"], "2026-11-28", "gp", "en", "Dutch GP referral written in English, plain text",
            img="yes", op="yes", abroad="yes", rq=True,
            notes="English text from a Dutch GP; MRSA result only mentioned ('enclosed'), not a lab result; operation "
                  "and admission abroad; several dd/mm/yyyy dates, letter date in 'Overveen, 28/11/2026'."))

# ---------------------------------------------------------------- tq-053 UK GP summary (EMIS-like)
add(stem="tq-053", fmt="pdf", engine="rl", font="sans", size=8.5,
    header="The Meadows Surgery - Patient Summary - CONFIDENTIAL", pagenum="Page {n} of {N}",
    footer="Printed by Dr K Nair on 04-Nov-2026 16:31",
    blocks=[
        ("kv", [("Name", "Miss Eleanor MARSH"), ("Born", "02-Dec-1996 (29y)"), ("NHS Number", "485 777 3324"),
                ("Usual GP", "Dr K Nair"), ("Address", "41 Linden Close, Westbridge WB6 3RT")], {"w": 3}),
        ("h", "Active Problems"),
        ("tbl", [["Date", "Problem", "Comment"],
                 ["11-Feb-2026", "Fracture of scaphoid bone (right)", "A&E RWI, cast, fracture clinic"],
                 ["2011", "Asthma", "mild, inhaler"],
                 ["2020", "Generalised anxiety disorder", "sertraline"]]),
        ("h", "Past Problems"),
        ("tbl", [["Date", "Problem"], ["2015", "Glandular fever"], ["2018", "Sprained ankle (left)"]]),
        ("h", "Current Medication"),
        ("tbl", [["Drug", "Dosage", "Last issued"], ["Salbutamol 100mcg inhaler", "2 puffs PRN", "14-Sep-2026"],
                 ["Sertraline 50mg tablets", "1 OD", "21-Oct-2026"]]),
        ("h", "Allergies"), ("p", "No known drug allergies"),
        ("h", "Consultations (last 12 months)"),
        ("tbl", [["Date", "Clinician", "Entry"],
                 ["12-Feb-2026", "Hospital letter", "A&E RWI: undisplaced scaphoid waist fracture R, scaphoid cast, fracture clinic f/u."],
                 ["03-Mar-2026", "Hospital letter", "Fracture clinic: fixation offered, patient prefers non-operative. Cast continued."],
                 ["25-Apr-2026", "Dr K Nair", "Cast off. Still sore ASB. Advised physio. Fit note 2/52."],
                 ["17-Jun-2026", "Hospital letter", "CT R wrist: incomplete union of scaphoid waist, ~50% bridging. Review 3 months."],
                 ["29-Sep-2026", "Hospital letter", "Fracture clinic: persistent pain; discussed ORIF + bone graft vs observation. Pt undecided."],
                 ["03-Nov-2026", "Dr K Nair", "Moving to Amsterdam for work. Wants second opinion in NL. Referral letter done. Summary printed."]],
         {"widths": [2.5, 3, 11.5]}),
        ("h", "Procedures"), ("p", "None recorded."),
    ],
    label=L(["history"], "2026-11-04", "gp", "en", "UK GP summary printout (EMIS-like), tables, header/footer",
            img="yes", op="no", abroad="yes",
            notes="History from a GP abroad; A&E and fracture clinic at a UK hospital; 'Procedures: None recorded' and "
                  "non-operative treatment; fixation only offered/discussed; date only in the printed-by footer."))

# ---------------------------------------------------------------- tq-054 GP history letter via LO
add(stem="tq-054", fmt="pdf", engine="lo", font="sans", pagenum="{n}",
    blocks=[
        ("lh", {"name": "Huisartsenpraktijk Jordaan-Zuid", "logo": "HJZ",
                "sub": ["W. Bosman & Y. Ait Taleb, huisartsen", "Rozengracht 150, 1016 NJ Amsterdam - 020-6241188"]}),
        ("addr", ["Handcentrum Oostvaarders", "Secretariaat second opinion", "Postbus 2291", "1300 CG Almere"]),
        ("p", "Datum: 03-12-2026"),
        ("p", "Onderwerp: medische voorgeschiedenis mw. R. Hoogendoorn, geb. 30-01-1981"),
        ("p", "Geachte collega,"),
        ("p", "In aanvulling op de verwijzing die ik vandaag via ZorgDomein heb verstuurd, stuur ik u hierbij de "
              "relevante medische voorgeschiedenis van mevrouw Hoogendoorn."),
        ("h", "Medische voorgeschiedenis"),
        ("p", "- 2005 anorexia nervosa, behandeld, sindsdien stabiel\n- 2012 partus a terme\n"
              "- 04-2024 distale radiusfractuur rechts tijdens wintersport in Spanje; opgenomen en geopereerd "
              "(plaatosteosynthese) in het universiteitsziekenhuis van Granada\n"
              "- 2025 persisterende pols- en onderarmpijn rechts, beperkte supinatie"),
        ("h", "Recente behandelingen (afgelopen 6 maanden)"),
        ("p", "- 06-2026 orthopedie Ziekenhuis Oosterpark: nieuwe röntgenfoto's en CT pols re; conclusie "
              "geconsolideerde fractuur, plaat in situ, DRUG-incongruentie; advies: geen verdere operatie\n"
              "- 07-2026 t/m 10-2026 fysiotherapie (12x), geringe verbetering\n"
              "- 09-2026 pijnpoli: proefbehandeling amitriptyline 10 mg, gestopt wegens sufheid"),
        ("h", "Medicatie"),
        ("p", "Paracetamol 1 g 3 dd z.n., diclofenac gel."),
        ("p", "Er is geen MRSA-screening gedaan; de opname in het buitenland is langer dan 2 jaar geleden."),
        ("p", "Met vriendelijke groet,\n\nW. Bosman, huisarts"),
    ],
    label=L(["history"], "2026-12-03", "gp", "nl", "GP history letter (voorgeschiedenis + recente behandelingen), LibreOffice",
            img="yes", op="yes", abroad="yes",
            notes="History letter that refers to a separate ZorgDomein referral (not itself a referral); operation and "
                  "admission abroad in 2024; 'geen verdere operatie' advice; states no MRSA screening was done."))

# ---------------------------------------------------------------- tq-055 X hands report via LO
add(stem="tq-055", fmt="pdf", engine="lo", font="serif", lh_in_header=True,
    footer="Röntgenonderzoek - Ziekenhuis Reestdal, Meppel", pagenum="pagina {n}",
    blocks=[
        ("lh", {"name": "Ziekenhuis Reestdal", "sub": ["Radiologie - Hoogeveenseweg 38, 7943 KA Meppel"]}),
        ("title", "Verslag"),
        ("p", "mw. T. Bakker-Visser   °1958-07-24   pat.nr. 0448812\n"
              "Aanvrager: huisarts S. de Haan, Meppel\n"
              "Onderzoek: X-handen beiderzijds (dp + schuin), 12 mrt. 2026"),
        ("p", "Vraagstelling huisarts: ochtendstijfheid en pijnlijke vingers, artrose of reumatoïde artritis?"),
        ("p", "Beiderzijds gewrichtsspleetversmalling van de DIP-gewrichten II-V met osteofyten (Heberden), in mindere "
              "mate PIP II en III (Bouchard). CMC-1-gewricht beiderzijds versmald met subchondrale sclerose, rechts "
              "meer dan links. Geen periarticulaire osteopenie, geen erosies. Geen chondrocalcinose. Weke delen "
              "normaal."),
        ("p", "Conclusie: beeld van nodulaire (erosieve niet) polyartrose van de handen en CMC-1-artrose beiderzijds. "
              "Geen aanwijzingen voor reumatoïde artritis."),
        ("p", "Dr. B. Huizing, radioloog"),
    ],
    label=L(["imaging-report"], "2026-03-12", "radiologist", "nl", "radiology report titled only 'Verslag', LibreOffice",
            img="yes", op="unmentioned", abroad="unmentioned",
            notes="Title only 'Verslag'; exam name and date on one line ('12 mrt. 2026'); birth date written "
                  "'°1958-07-24' ISO; requester's question in text; odd phrase '(erosieve niet)'."))

# ---------------------------------------------------------------- tq-056 wound culture (not MRSA)
add(stem="tq-056", fmt="txt",
    blocks=[
        ("p", "Spaarnestad Medisch Centrum - Medische Microbiologie\nKWEEKUITSLAG"),
        ("kv", [("Patiënt", "Jacobs, S. - 03-11-2001 - M"), ("Aanvrager", "drs. L. Haverkamp, Plastische Chirurgie"),
                ("Materiaal", "wondvocht / wondkweek dig II links"), ("Afname", "03-12-2026"),
                ("Uitslag", "05-12-2026 (voorlopig, gevoeligheid definitief)"),
                ("Klinische gegevens", "roodheid en pus bij hechtingen na peeshechting FDP/FDS dig II li (28-11)")], {}),
        ("p", "Microscopie: gram-positieve kokken in trossen, leukocyten ++"),
        ("p", "Kweek: Staphylococcus aureus, veel"),
        ("tbl", [["Antibioticum", "S/I/R"], ["Flucloxacilline (oxacilline-screen)", "S"], ["Clindamycine", "S"],
                 ["Co-trimoxazol", "S"], ["Doxycycline", "S"], ["Vancomycine", "S"]]),
        ("p", "Opmerking: geen MRSA (cefoxitine-screen negatief). Behandeling met flucloxacilline is mogelijk."),
        ("p", "Arts-microbioloog: dr. P. Hendrikx"),
    ],
    label=L([], "2026-12-05", "lab", "nl", "wound culture result plain text",
            img="unmentioned", op="yes", abroad="unmentioned",
            notes="Wound culture (other lab) with S. aureus and 'geen MRSA' remark - not an MRSA screening; clinical "
                  "data state a tendon repair (operated yes)."))

# ---------------------------------------------------------------- tq-057 German MRSA lab, two-column
add(stem="tq-057", fmt="pdf", engine="rl", font="sans", pagenum="Blatt {n}/{N}",
    footer="Zentrallabor Klinikum Rheinaue - akkreditiert nach DIN EN ISO 15189 - D-ML-13201-01-00",
    blocks=[
        ("lh", {"name": "Klinikum Rheinaue Düsseldorf", "logo": "KRD", "align": "right",
                "sub": ["Institut für Krankenhaushygiene und Mikrobiologie"]}),
        ("title", "Befundbericht Mikrobiologie"),
        ("kv", [("Patient", "Kessels, Maarten"), ("Geburtsdatum", "27.06.1979"), ("Fallnummer", "2026103317"),
                ("Station", "Notaufnahme -> HCH2"), ("Probeneingang", "02.10.2026 22:47"),
                ("Befunddatum", "04.10.2026"), ("Befundstatus", "Endbefund")], {"w": 4, "grid": True, "shade": True}),
        ("h", "Anforderung: MRSA-Screening bei Aufnahme (Risikoprofil: Auslandswohnsitz)"),
        ("tbl", [["Probe", "Untersuchung", "Ergebnis"],
                 ["Nasenvorhof bds.", "MRSA-PCR (GeneXpert)", "negativ"],
                 ["Rachen", "MRSA-Kultur", "kein Wachstum von MRSA"],
                 ["Wunde Handgelenk re. (Schürfung)", "MRSA-Kultur", "kein MRSA"]]),
        ("p", "Kommentar: Screening negativ. Aufhebung der präemptiven Isolierung möglich."),
        ("p", "Dr. med. C. Vogelsang, Fachärztin für Mikrobiologie"),
    ],
    label=L(["mrsa-screening"], "2026-10-04", "lab", "de", "German hospital microbiology report, shaded two-column grid",
            img="unmentioned", op="unmentioned", abroad="yes", also=["2026-10-02"],
            notes="Foreign hospital lab; three different result wordings ('negativ', 'kein Wachstum von MRSA', 'kein "
                  "MRSA'); arrival timestamp vs report date; no explicit collection date."))

# ---------------------------------------------------------------- tq-058 Irish discharge summary with operation note
add(stem="tq-058", fmt="docx", font="sans", lh_in_header=True, pagenum="Page {n} of {N}",
    footer="St Brendan's University Hospital, Wilton Road, Cork T12 XK42, Ireland",
    blocks=[
        ("lh", {"name": "St Brendan's University Hospital", "logo": "SBUH",
                "sub": ["Department of Plastic & Reconstructive Surgery", "Tel +353 21 492 0000"]}),
        ("title", "Discharge Summary"),
        ("kv", [("Patient", "Mr Niels BAKKER"), ("DOB", "30/06/1990"), ("MRN", "C0099341"),
                ("Address", "Tolhuisweg 3, 1031 CL Amsterdam, Netherlands (visitor)"),
                ("Admitted", "19 July 2026"), ("Discharged", "21 July 2026"),
                ("Consultant", "Ms Aoife Brennan FRCSI (Plast)"), ("Date of summary", "21 July 2026")], {"w": 4}),
        ("h", "Diagnosis"), ("p", "Bennett fracture-dislocation, left thumb (hurling injury, 18/07/2026)"),
        ("h", "Investigations"), ("p", "XR left thumb: displaced intra-articular fracture base MC1 with subluxation. CT not required."),
        ("h", "Operation Note"),
        ("kv", [("Date of operation", "20/07/2026"), ("Surgeon", "Ms A. Brennan"), ("Assistant", "Dr C. Murphy (SpR)"),
                ("Anaesthesia", "GA"), ("Procedure", "Closed reduction and percutaneous K-wire fixation left Bennett fracture (Wagner technique, 2 x 1.4 mm K-wires)")], {"w": 4}),
        ("p", "Findings: displaced Bennett fragment with radial and proximal subluxation of MC1. "
              "Procedure: Traction, abduction and pronation of MC1 with pressure at the base. Reduction confirmed on "
              "image intensifier. 1.4 mm K-wire from MC1 base into trapezium, second wire MC1 into MC2. Wires bent and "
              "cut outside skin. Thumb spica POP. EBL nil. Complications: none."),
        ("h", "Course"), ("p", "Uneventful. Neurovascularly intact. Pain controlled."),
        ("h", "Discharge medication"), ("p", "Paracetamol 1 g QDS PRN, ibuprofen 400 mg TDS PRN x 5 days."),
        ("h", "Follow-up"),
        ("p", "Returning to the Netherlands 22/07. Wire removal at 4-6 weeks and follow-up X-rays with his own hand "
              "surgeon/GP. Copy of this summary given to patient."),
        ("p", "Dr Ciarán Murphy, SpR Plastic Surgery, for Ms A. Brennan"),
    ],
    label=L(["correspondence", "operation-report"], "2026-07-21", "specialist", "en",
            "Irish discharge summary with embedded operation note (docx)", img="yes", op="yes", abroad="yes",
            notes="Foreign (Ireland) discharge summary containing a full operation note section -> two kinds; 'CT not "
                  "required'; visitor address in NL; date of summary given explicitly alongside admission dates."))

# ---------------------------------------------------------------- tq-059 merged Belgian bundle
add(stem="tq-059", fmt="pdf",
    parts=[
        dict(engine="rl", font="sans", pagenum="{n}/{N}", footer="AZ Scheldemeersen - Kortrijksesteenweg 1024, 9051 Gent - +32 9 222 00 00",
             blocks=[
            ("lh", {"name": "AZ Scheldemeersen", "logo": "AZS", "sub": ["Dienst Plastische Heelkunde - Handchirurgie"]}),
            ("p", "Gent, 14 oktober 2026"),
            ("p", "Geachte Collega,\nDr. M. de Smet, Hulst (NL)"),
            ("title", "Verslag raadpleging"),
            ("p", "Betreft: Mevr. Goossens An, °07/03/1977, Hulst"),
            ("p", "Mevrouw werd op onze raadpleging gezien voor controle 6 weken na de ingreep aan de linkerpols "
                  "(artroscopische debridement TFCC en ganglionexcisie dorsaal op 02/09/2026). Wonden genezen, "
                  "lichte stijfheid. RX controle: geen bijzonderheden."),
            ("h", "Besluit"),
            ("p", "Goed postoperatief verloop. Verder kinesitherapie (nog 9 beurten). Nieuwe raadpleging over 3 maanden. "
                  "Mevrouw verhuist naar Middelburg en wenst verdere opvolging in Nederland; wij voegen het "
                  "operatieverslag en het RX-verslag toe."),
            ("p", "Met vriendelijke collegiale groeten,\nDr. K. Van Acker, plastisch chirurg"),
        ], label=P(["correspondence"], "2026-10-14", "specialist")),
        dict(engine="rl", font="sans", pagenum="{n}/{N}", blocks=[
            ("lh", {"name": "AZ Scheldemeersen", "sub": ["Operatiekwartier"]}),
            ("title", "OPERATIEVERSLAG"),
            ("kva", [("Patiënt", "GOOSSENS An - °07/03/1977"),
                     ("Datum ingreep", "02/09/2026"),
                     ("Chirurg", "Dr. K. Van Acker"),
                     ("Anesthesie", "Locoregionaal (plexus), dr. F. Claeys"),
                     ("Ingreep", "Polsartroscopie links met debridement centrale TFCC-scheur; open excisie dorsaal polsganglion links")]),
            ("h", "Verloop"),
            ("p", "Tractie 5 kg. Portalen 3-4 en 6R. Centrale degeneratieve TFCC-scheur (Palmer 2A), shaver-debridement "
                  "tot stabiele rand. SL en LT intact op palpatie. Vervolgens transverse dorsale incisie, ganglion met "
                  "steel tot SL-interval vrijgelegd en in toto verwijderd, kapselvenster. Sluiten in lagen. Gips-spalk."),
            ("p", "Postoperatief: spalk 2 weken, hechtingen D14, kiné."),
        ], label=P(["operation-report"], "2026-09-02", "specialist")),
        dict(engine="rl", font="mono", size=9, pagenum="{n}", blocks=[
            ("mono", "AZ SCHELDEMEERSEN - DIENST MEDISCHE BEELDVORMING\n"
                     "Patiënt : GOOSSENS AN          Geb : 07/03/1977\n"
                     "Aanvrager: Dr. K. Van Acker (Plastische Heelkunde)\n"
                     "Onderzoek: RX pols links F+P     Datum: 13/10/2026"),
            ("p", "Status na artroscopie. Geen ossale letsels. Normale carpale uitlijning. Geen tekenen van "
                  "ulnocarpaal impingement. Verder normaal.\n\nBesluit: normale RX pols links.\n\nDr. J. Peeters, radioloog"),
        ], label=P(["imaging-report"], "2026-10-13", "radiologist")),
    ],
    label=L(["correspondence", "operation-report", "imaging-report"], "2026-10-14", "specialist", "nl",
            "merged Belgian bundle: raadpleging + operatieverslag + RX (Flemish)", img="yes", op="yes", abroad="yes",
            notes="Belgian hospital; 'Besluit' as conclusion; '°' birth dates; op report with labels above values; "
                  "RX report in monospace; first letter announces the other two. Top-level date = first part."))

# ---------------------------------------------------------------- tq-060 US MRI report (txt)
add(stem="tq-060", fmt="txt",
    blocks=[
        ("p", "LAKESIDE IMAGING CENTER\n4410 W. Kennedy Blvd, Tampa, FL 33609  |  Phone (813) 555-0142"),
        ("p", "PATIENT: de VRIES, PIETER          DOB: 08/14/1969\n"
              "EXAM: MRI RIGHT WRIST W/O CONTRAST   DATE OF SERVICE: March 12, 2026\n"
              "REFERRING: Gulf Coast Orthopedic Associates, Dr. M. Alvarez\n"
              "ACCT#: LIC-6620187"),
        ("p", "HISTORY: Right wrist pain after fall from ladder 02/28/2026. Evaluate for scapholunate ligament tear."),
        ("p", "TECHNIQUE: Multiplanar multisequence MRI of the right wrist at 1.5T."),
        ("p", "FINDINGS:\nThere is a full-thickness tear of the dorsal component of the scapholunate ligament with "
              "widening of the scapholunate interval to 4 mm. Mild dorsal intercalated segment instability pattern "
              "(radiolunate angle 18 degrees). Bone marrow edema in the dorsal lunate. The TFCC is intact. No "
              "fracture. Tendons are unremarkable. Small joint effusion."),
        ("p", "IMPRESSION:\n1. Complete scapholunate ligament tear with early DISI.\n2. Bone contusion dorsal lunate."),
        ("p", "Electronically signed by: Robert K. Haines, M.D., Radiologist\nSigned: 03/13/2026 7:52 AM"),
    ],
    label=L(["imaging-report"], "2026-03-13", "radiologist", "en", "US radiology report, plain text, US date format",
            img="yes", op="unmentioned", abroad="yes", also=["2026-03-12"],
            notes="US date format (08/14/1969, 03/13/2026) can be misread as dd/mm; 'March 12, 2026'; referring "
                  "orthopaedic group is not a referral; imaging abroad."))

# ---------------------------------------------------------------- tq-061 German rheumatology letter (docx)
add(stem="tq-061", fmt="docx", font="serif", lh_in_header=True, pagenum="Seite {n}",
    blocks=[
        ("lh", {"name": "Universitätsklinikum Niederrhein-Mitte",
                "sub": ["Klinik für Rheumatologie und Klinische Immunologie - Rheumaambulanz",
                        "Hufelandweg 2, 41063 Mönchengladbach - +49 2161 33-0"]}),
        ("addr", ["Frau", "Dr. S. Hendriks", "Markt 5", "NL 6461 EC Kerkrade"]),
        ("p", "Mönchengladbach, 23. Oktober 2026"),
        ("p", "Betr.: Frau Mieke Lemmens-Custers, geb. 11.11.1960\nAmbulante Vorstellung am 20.10.2026"),
        ("p", "Sehr geehrte Frau Kollegin,"),
        ("p", "wir sahen Ihre Patientin zur Abklärung schmerzhafter Fingergelenke beidseits."),
        ("h", "Diagnosen"),
        ("p", "1. Fingerpolyarthrose (Heberden/Bouchard) beidseits\n2. Rhizarthrose rechts\n"
              "3. Kein Anhalt für eine rheumatoide Arthritis oder Psoriasisarthritis"),
        ("h", "Befunde"),
        ("p", "Labor: CRP 2 mg/l, BSG 12, RF und Anti-CCP negativ, HLA-B27 negativ.\n"
              "Röntgen beider Hände (20.10.2026): typische Zeichen einer Fingerpolyarthrose, keine Erosionen.\n"
              "Arthrosonographie: keine Synovitis, kein Power-Doppler-Signal."),
        ("p", "Bisher keine operativen Eingriffe an den Händen. Familienanamnese: die Schwester wurde vor zwei Jahren "
              "wegen einer Rhizarthrose operiert (Resektionsarthroplastik)."),
        ("h", "Therapieempfehlung"),
        ("p", "Ergotherapie, Daumenorthese nachts, topische NSAR. Bei Therapieversagen handchirurgische Vorstellung "
              "zur Frage einer Resektionsarthroplastik. Keine Wiedervorstellung in der Rheumatologie erforderlich."),
        ("p", "Mit freundlichen Grüßen\n\nPriv.-Doz. Dr. med. E. Wagner-Stolz        Dr. med. P. Okafor\nOberärztin                                            Assistenzarzt"),
    ],
    label=L(["correspondence"], "2026-10-23", "specialist", "de", "German university rheumatology letter, docx",
            img="yes", op="no", abroad="yes",
            notes="Rheumatology (not hand surgery) letter; 'Bisher keine operativen Eingriffe'; sister's operation "
                  "(family); X-ray and ultrasound done abroad; lab values inside a letter are not a lab result."))

# ---------------------------------------------------------------- tq-062 radiology request form (docx)
add(stem="tq-062", fmt="docx", font="sans", size=9,
    blocks=[
        ("lh", {"name": "Centrum Medische Beeldvorming Gooi", "sub": ["Aanvraagformulier beeldvormend onderzoek - eerstelijn"]}),
        ("title", "Aanvraag röntgen / echo"),
        ("tbl", [["Verwijzer / aanvrager", "R. el Amrani, huisarts - AGB 01-058812"],
                 ["Datum aanvraag", "29-01-2026"],
                 ["Patiënt", "J.M. Verbeek-Roos, 03-07-1968"],
                 ["Gevraagd onderzoek", "[ ] X-thorax  [ ] X-pols  [X] Echo pols  [ ] Echo schouder  [ ] overig: ..."],
                 ["Zijde", "rechts"],
                 ["Klinische gegevens", "pijn radiale zijde pols re sinds 8 mnd, zwelling dorsaal"],
                 ["Vraagstelling", "Ganglion? Tendinitis De Quervain? Artrose?"],
                 ["Zwangerschap / metaal / pacemaker", "nee / nee / nee"],
                 ["Handtekening aanvrager", "[digitaal]"]], {"head": False, "widths": [5.5, 11.5]}),
        ("small", "U kunt zonder afspraak terecht voor röntgen; voor echo belt u 035-6888100. Neem dit formulier mee."),
    ],
    label=L([], "2026-01-29", "gp", "nl", "radiology request form (aanvraagformulier) as Word table",
            img="unmentioned", op="unmentioned", abroad="unmentioned",
            notes="Request form with 'Verwijzer' and 'Vraagstelling' fields - not a referral to the clinic, not a "
                  "radiology report; imaging requested, not done (by this document)."))

# ---------------------------------------------------------------- tq-063 SEH letter plain text
add(stem="tq-063", fmt="txt",
    blocks=[
        ("p", "MEDISCH CENTRUM DE LINDEBOOM  -  Spoedeisende Hulp\nUtrechtseweg 160, 3818 ES Amersfoort"),
        ("p", "SEH-BRIEF"),
        ("p", "Aan de huisarts: mw. drs. N. Timmer, Hof 22, 3811 CK Amersfoort\n"
              "Patiënt: mevr. Y. Oukili   geb 1-4-1999   pat.nr 5522018\n"
              "Datum SEH-bezoek: 6-12-2025   tijdstip 23:14"),
        ("p", "Toedracht: uitgegleden op gladde stoep, gevallen op uitgestrekte rechterhand.\n"
              "Anamnese: pijn pols re, geen andere letsels. VG blanco. Geen medicatie. Allergie: geen.\n"
              "LO: zwelling distale radius re, drukpijn, geen tabatièrepijn, DMS distaal intact.\n"
              "Röntgen pols re (2 richtingen): niet-gedisloceerde distale radiusfractuur (extra-articulair), geen "
              "ulna-betrokkenheid.\n"
              "Conclusie: niet-gedisloceerde distale radiusfractuur rechts.\n"
              "Beleid: onderarmgips 5 weken. Operatie is niet nodig. Controle gipsverbandkamer/traumapoli over 1 week "
              "met controlefoto."),
        ("p", "Behandelend arts: J. Hofstede, SEH-arts KNMG\nSupervisor: dr. A. Vos, traumachirurg"),
    ],
    label=L(["correspondence"], "2025-12-06", "specialist", "nl", "emergency department (SEH) letter, plain text",
            img="yes", op="no", abroad="unmentioned",
            notes="ED letter a year old; 'Operatie is niet nodig' (conservative, not operated); date as 'Datum SEH-bezoek' "
                  "with d-m-yyyy without leading zeros; 'VG blanco'; follow-up X-ray planned."))

# ---------------------------------------------------------------- tq-064 Belgian GP referral in English (docx)
add(stem="tq-064", fmt="docx", font="sans",
    blocks=[
        ("lh", {"name": "Cabinet Médical Européen - Etterbeek", "align": "right",
                "sub": ["Dr. H. Lindgren, médecin généraliste / GP", "Avenue d'Auderghem 210, 1040 Bruxelles, Belgique",
                        "+32 2 640 77 10 - INAMI 1-98765-43-210"]}),
        ("p", "Brussels, 1 December 2026"),
        ("addr", ["Handcentrum Oostvaarders", "Second opinion clinic", "Almere, Netherlands"]),
        ("title", "Referral letter"),
        ("p", "Patient: Ms Sophie Laurent-de Vries, born 19.08.1985 (Dutch national, resident in Brussels)"),
        ("p", "Dear colleague,"),
        ("p", "I would be grateful if you would see Ms Laurent-de Vries, who wishes to have a second opinion in the "
              "Netherlands regarding her left wrist."),
        ("h", "Question"),
        ("p", "Persistent dorsal wrist pain after arthroscopy: is a scapholunate instability being missed, and is "
              "further surgery (e.g. ligament reconstruction) indicated?"),
        ("h", "Relevant history"),
        ("p", "- 2010 tonsillectomy\n- 2019 migraine, propranolol (stopped)\n"
              "- Left wrist pain since a fall playing padel, February 2026"),
        ("h", "Recent treatment"),
        ("p", "- 04/2026 MRI left wrist (Clinique du Parc Léopold, Brussels): partial SL ligament tear, TFCC fraying\n"
              "- 09/2026 wrist arthroscopy with debridement of the SL ligament and TFCC at Clinique du Parc Léopold "
              "(Dr. F. Dumont), day case\n"
              "- 10/2026 - 11/2026 physiotherapy (kinésithérapie), 15 sessions\n"
              "Pain remains 6/10 on loading; the surgeon suggests a 3-ligament tenodesis, which she is hesitant about."),
        ("p", "No MRSA screening has been arranged yet; she will contact her Dutch GP for this if required.\n"
              "Reports of the MRI and the arthroscopy will be sent separately by the clinic."),
        ("p", "Yours sincerely,\n\nDr. Hanna Lindgren"),
    ],
    label=L(["referral", "history"], "2026-12-01", "gp", "en", "Belgian GP referral in English with history/recent treatment",
            img="yes", op="yes", abroad="yes", rq=True,
            notes="Foreign GP referral (Brussels), English; own history + recent treatment sections; arthroscopy abroad "
                  "(operated yes) and further surgery only suggested; tonsillectomy other body part; date '19.08.1985' "
                  "for birth vs 'Brussels, 1 December 2026'."))
