from common import L, P, CLINIC_ADDR

DOCS = []
def add(**d):
    DOCS.append(d)

# ---------------------------------------------------------------- tq-017 Spanish discharge summary (English)
add(stem="tq-017", fmt="docx", font="sans", pagenum="{n}",
    blocks=[
        ("lh", {"name": "Servicio de Cirugía Ortopédica y Traumatología",
                "sub": ["Avda. de la Marina Baixa 21, 03503 Benidorm (Alicante), España",
                        "Tel. +34 965 85 11 00 - urgencias 24h"]}),
        ("title", "DISCHARGE SUMMARY / INFORME DE ALTA"),
        ("p", "(Translated for the patient at her request - original in Spanish)"),
        ("tbl", [["Patient", "DE GROOT, MARIEKE", "Passport", "NXR4418K2"],
                 ["Date of birth", "09/11/1964", "Record no.", "HC 2026-081177"],
                 ["Admission", "14/08/2026", "Discharge", "17/08/2026"],
                 ["Attending", "Dr. J. Ortega Vidal", "Ward", "Traumatología 3ª planta"]], {"head": False}),
        ("h", "Reason for admission"),
        ("p", "Fall on outstretched left hand at the hotel pool on 14/08/2026. Deformity and pain left wrist."),
        ("h", "Investigations"),
        ("p", "X-ray left wrist AP/lateral: comminuted distal radius fracture with dorsal tilt 25 degrees and ulnar "
              "styloid fracture. CT left wrist (15/08): intra-articular extension, die-punch fragment.\n"
              "Blood tests within normal limits. ECG: sinus rhythm."),
        ("h", "Treatment"),
        ("p", "Closed reduction and plaster backslab in the emergency department. On 15/08/2026 open reduction and "
              "internal fixation (ORIF) with volar locking plate was performed under regional anaesthesia "
              "without complications. Prophylactic cefazolin 2 g."),
        ("h", "Diagnosis at discharge"),
        ("p", "Intra-articular distal radius fracture left (AO 23-C2) treated with ORIF. Ulnar styloid fracture, conservative."),
        ("h", "Recommendations"),
        ("p", "Keep the arm elevated. Splint for 2 weeks. Removal of stitches after 12-14 days by her own doctor in "
              "the Netherlands. Physiotherapy after splint removal. Follow-up X-ray at 6 weeks in her home "
              "country. Paracetamol 1 g every 8 h, metamizol if needed. Enoxaparin 40 mg daily for 10 days."),
        ("p", "Benidorm, 17 August 2026"),
        ("sig", ["Dr. J. Ortega Vidal", "Especialista en Cirugía Ortopédica y Traumatología", "Col. nº 03/0311877"]),
    ],
    label=L(["correspondence"], "2026-08-17", "specialist", "en", "Spanish discharge summary translated to English, docx header table",
            img="yes", op="yes", abroad="yes",
            notes="Hospital abroad named only by department and address (Benidorm, España); ORIF mentioned in one "
                  "sentence, not a full operation report; dd/mm/yyyy dates; date at the bottom."))

# ---------------------------------------------------------------- tq-018 merged: referral + X-ray report + MRSA
add(stem="tq-018", fmt="pdf",
    parts=[
        dict(engine="rl", font="sans", pagenum="1/1", blocks=[
            ("lh", {"name": "Huisartsenpraktijk Kanaleneiland", "logo": "HK",
                    "sub": ["A. Bouzid & E. Smits, huisartsen", "Marshallaan 210, 3527 TN Utrecht", "tel 030-2884411"]}),
            ("addr", CLINIC_ADDR),
            ("p", "Utrecht, 1 december 2026"),
            ("p", "Betreft: dhr. Y. (Youssef) Amrani, geb. 14-08-1990, Kanaleneiland-Zuid 14, Utrecht"),
            ("p", "Geachte collega,"),
            ("p", "Met genoegen verwijs ik u deze 36-jarige buschauffeur met het verzoek om een second opinion. "
                  "In juli 2026 is hij tijdens familiebezoek in Marokko met de scooter gevallen; hij werd 4 dagen "
                  "opgenomen in een ziekenhuis in Nador, waar de hand gespalkt werd. Volgens patiënt is daar "
                  "geen operatie verricht. Terug in Nederland bleef de pijn radiaal in de rechterpols bestaan.\n"
                  "Op de röntgenfoto die ik in oktober liet maken wordt een scaphoidpseudartrose beschreven. De "
                  "orthopeed in het Merwede Ziekenhuis adviseerde een operatie (Matti-Russe); patiënt twijfelt en "
                  "wil graag uw mening."),
            ("h", "Vraagstelling"),
            ("p", "Is er een indicatie voor operatieve behandeling van de scaphoidpseudartrose, en welke techniek "
                  "heeft uw voorkeur?"),
            ("p", "Bijgevoegd: het röntgenverslag en de MRSA-uitslag (screening i.v.m. de opname in Marokko)."),
            ("p", "Met vriendelijke groet,\n\nA. Bouzid, huisarts"),
        ], label=P(["referral"], "2026-12-01", "gp")),
        dict(engine="rl", font="sans", header="Merwede Ziekenhuis Utrecht - Centrum Medische Beeldvorming",
             pagenum="Pagina {n} van {N}", blocks=[
            ("title", "RADIOLOGISCH ONDERZOEK"),
            ("kv", [("Naam", "Amrani, Y."), ("Geboren", "14-08-1990"), ("Aanvragend arts", "A. Bouzid, huisarts"),
                    ("Onderzoek", "X-pols rechts + scaphoidserie"), ("Onderzoeksdatum", "8 okt. 2026")], {"w": 3.5}),
            ("h", "Klinische informatie"),
            ("p", "Val 07-2026 in buitenland, aanhoudende pijn tabatière. Scaphoidfractuur?"),
            ("h", "Bevindingen"),
            ("p", "Fractuurlijn door de taille van het os scaphoideum met sclerotische randen en resorptie, "
                  "beperkte cystevorming. Geen collaps, geen DISI-stand. Radiocarpale gewrichtsspleet normaal."),
            ("h", "Conclusie"),
            ("p", "Scaphoidpseudartrose (taille) rechts, zonder tekenen van SNAC."),
            ("p", "M. Pieterse, radioloog - 09-10-2026"),
        ], label={"kinds": ["imaging-report"], "date": "2026-10-09", "also_dates": ["2026-10-08"], "author": "radiologist"}),
        dict(engine="rl", font="cond", blocks=[
            ("lh", {"name": "Artsenlab Utrecht - Medische Microbiologie", "sub": ["Mississippidreef 83, 3565 CE Utrecht"]}),
            ("tbl", [["Patiënt", "Amrani Y", "14-08-1990", "M"],
                     ["Aanvrager", "Bouzid A (HA)", "Ordernr", "26M-502287"]], {"head": False}),
            ("tbl", [["Test", "Materiaal", "Afname", "Resultaat"],
                     ["MRSA kweek", "neus", "23-11-2026", "negatief"],
                     ["MRSA kweek", "keel", "23-11-2026", "negatief"],
                     ["MRSA kweek", "perineum", "23-11-2026", "negatief"]]),
            ("p", "Eindrapport 26-11-2026. Screening i.v.m. ziekenhuisopname buitenland."),
        ], label={"kinds": ["mrsa-screening"], "date": "2026-11-26", "also_dates": ["2026-11-23"], "author": "lab"}),
    ],
    label=L(["referral", "imaging-report", "mrsa-screening"], "2026-12-01", "gp", "nl",
            "merged PDF (bijlagen): GP letter + radiology report + MRSA result", img="yes", op="no", abroad="yes",
            rq=True,
            notes="Three documents in one file; referral says 'geen operatie verricht' (patient's account) and an "
                  "advised operation; admission in Morocco; radiology 'Klinische informatie' asks a question; MRSA "
                  "as terse table with 'negatief'. Top-level date = first part."))

# ---------------------------------------------------------------- tq-019 UK GP referral (txt)
add(stem="tq-019", fmt="txt",
    blocks=[
        ("p", "THE MEADOWS SURGERY\nDr P. Ashworth, Dr K. Nair, Dr L. Fairbanks\n2 Orchard Road, Westbridge WB6 2AA\nTel 01632 960 700"),
        ("p", "Date: 3rd November 2026"),
        ("p", "To: The Second Opinion Service, Handcentrum Oostvaarders, Almere, The Netherlands"),
        ("p", "Dear Colleague,"),
        ("p", "Re: Miss Eleanor Marsh, DOB 02/12/1996, NHS no 485 777 3324\n"
              "Address from 1 Dec 2026: Zeeburgerdijk 88, 1094 AG Amsterdam"),
        ("p", "I would be grateful if you could see this 29-year-old graphic designer who is moving to Amsterdam "
              "for work, for a second opinion regarding her right wrist.\n"
              "She fell from her bicycle in February 2026 and attended A&E at the Royal Westbridge Infirmary, where "
              "an X-ray showed an undisplaced fracture of the waist of the right scaphoid. The fracture clinic "
              "offered percutaneous screw fixation but she declined surgery and was treated in a cast for 10 "
              "weeks. A CT in June reportedly showed incomplete union. She has ongoing pain on loading and has "
              "been told that she may need an operation with bone graft after all.\n"
              "Question: she would like an independent opinion on whether surgery is now necessary or whether "
              "further conservative management is reasonable."),
        ("p", "Past medical history: asthma (mild), anxiety. No previous operations.\n"
              "Medication: salbutamol inhaler prn, sertraline 50 mg od.\nAllergies: NKDA."),
        ("p", "I enclose copies of her A&E discharge letter and the fracture clinic letters.\n\n"
              "Many thanks for seeing her.\n\nYours faithfully,\n\n\nDr Kavita Nair MRCGP\nGeneral Practitioner"),
    ],
    label=L(["referral"], "2026-11-03", "gp", "en", "UK GP referral letter, plain text",
            img="yes", op="no", abroad="yes", rq=True,
            notes="Foreign GP referral with ordinal date '3rd November 2026'; 'declined surgery' and 'No previous "
                  "operations' negations; surgery only offered/possible; A&E and fracture clinic in UK hospital; "
                  "mentions enclosed letters."))

# ---------------------------------------------------------------- tq-020 UK X-ray report
add(stem="tq-020", fmt="pdf", engine="rl", font="sans", letter=False,
    header="WESTBRIDGE HOSPITALS NHS FOUNDATION TRUST - RADIOLOGY REPORT - CONFIDENTIAL",
    footer="Printed 06/03/2026 10:02 by ED-CLERK2", pagenum="Page {n} of {N}",
    blocks=[
        ("tbl", [["Name", "MARSH, Eleanor", "NHS No", "485 777 3324"],
                 ["DOB", "02/12/1996 (29y) F", "MRN", "W3391044"],
                 ["Referrer", "Dr T. Abbott, Emergency Department", "Location", "ED Majors"],
                 ["Exam", "XR WRIST RT + SCAPHOID VIEWS", "Accession", "RWI2602110458"]], {"head": False, "grid": False}),
        ("kv", [("Exam date", "11/02/2026 21:14"), ("Reported", "12/02/2026 09:30"), ("Status", "FINAL")], {"w": 3}),
        ("h", "Clinical details:"),
        ("p", "FOOSH off bicycle. Tender ASB. ?scaphoid #"),
        ("h", "Report:"),
        ("p", "There is a subtle lucent line across the waist of the scaphoid on the ulnar deviated PA view, in "
              "keeping with an undisplaced scaphoid waist fracture. No other fracture. Carpal alignment is normal. "
              "Soft tissue swelling dorsally."),
        ("h", "Opinion:"),
        ("p", "Undisplaced right scaphoid waist fracture."),
        ("p", "Reported by: Dr R. Chaudhry, Consultant Radiologist (GMC 7123345)"),
        ("small", "This report has been verified electronically. If clinical concern persists please discuss with the duty radiologist."),
    ],
    label=L(["imaging-report"], "2026-02-12", "radiologist", "en", "NHS radiology report, borderless grid header",
            img="yes", op="unmentioned", abroad="yes", also=["2026-02-11"],
            notes="Foreign radiology; three dates (exam, reported, printed in footer); '?scaphoid #' clinical details "
                  "shorthand; old report (superseded by a CT mentioned elsewhere)."))

# ---------------------------------------------------------------- tq-021 German MRT Befund, label above value
add(stem="tq-021", fmt="pdf", engine="rl", font="sans", pagenum="- {n} -",
    footer="Radiologie am Markt - Partnerschaft - Markt 7 - 52062 Aachen - Tel. +49 241 470 11-0 - USt-IdNr. DE 812 345 678",
    blocks=[
        ("lh", {"name": "Radiologie am Markt Aachen", "logo": "RaM", "shape": "circle",
                "sub": ["Dr. med. K. Hoffmann · Dr. med. U. Schneider-Petersen · Fachärzte für Radiologie"]}),
        ("addr", ["Klinikum Aachen-Nord", "Handchirurgische Ambulanz", "Herrn OA Dr. med. F. Berger"]),
        ("kva", [("Patient", "Frau Annelies Smeets-Janssen, geb. 30.03.1966, Vaals (NL)"),
                 ("Untersuchung", "MRT des linken Handgelenks nativ und nach KM-Gabe"),
                 ("Untersuchungsdatum", "21.07.2026"),
                 ("Befunddatum", "22.07.2026"),
                 ("Rechtfertigende Indikation / Fragestellung", "Chronische Schmerzen ulnar li. seit 1 Jahr. Ganglion? Lunatumnekrose?")]),
        ("h", "Befund:"),
        ("p", "Technik: 3 T, Handgelenksspule, cor. PD fs, T1, ax. T2 fs, sag. PD fs, post-KM T1 fs.\n"
              "Flächiges Signalverhalten des Os lunatum mit T1-Hypointensität und inhomogener KM-Aufnahme, keine "
              "Fragmentation, keine Höhenminderung. Negative Ulnavarianz von ca. 2 mm. TFCC intakt. SL- und LT-Band "
              "intakt. Kleines dorsales Ganglion (6 mm) ausgehend vom SL-Intervall. Kein Gelenkerguss."),
        ("h", "Beurteilung:"),
        ("p", "1. Befund vereinbar mit Lunatumnekrose (M. Kienböck) Stadium II nach Lichtman.\n"
              "2. Negative Ulnavarianz.\n3. Kleines dorsales Handgelenksganglion, klinisch wahrscheinlich nicht relevant."),
        ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. U. Schneider-Petersen\nFachärztin für Radiologie"),
    ],
    label=L(["imaging-report"], "2026-07-22", "radiologist", "de", "German MRT Befund, labels above values, circle logo",
            img="yes", op="unmentioned", abroad="yes", also=["2026-07-21"],
            notes="Label-above-value layout; German radiology practice abroad; addressed to a hospital surgeon; "
                  "Fragestellung with question marks is not a referral."))

# ---------------------------------------------------------------- tq-022 German Operationsbericht (docx)
add(stem="tq-022", fmt="docx", font="sans", lh_in_header=True,
    blocks=[
        ("lh", {"name": "Klinikum Aachen-Nord", "logo": "KAN",
                "sub": ["Sektion Handchirurgie der Klinik für Unfallchirurgie", "Pauwelsweg 101, 52074 Aachen"]}),
        ("title", "Operationsbericht"),
        ("tbl", [["Patient/in", "Smeets-Janssen, Annelies", "geb.", "30.03.1966"],
                 ["Fall-Nr.", "26-4471093", "Station", "ambulant / AOP"],
                 ["OP-Datum", "08.09.2026", "Schnitt-Naht", "10:12 - 11:04"],
                 ["Operateur", "OA Dr. F. Berger", "1. Assistenz", "Dr. N. Wiegand"],
                 ["Anästhesie", "ITN", "Anästhesist", "Dr. M. Celik"]], {"head": False}),
        ("kv", [("Diagnose", "Lunatumnekrose (M. Kienböck) Stad. II li., Minusvariante Ulna"),
                ("Eingriff", "Radiusverkürzungsosteotomie li. (2 mm) mit palmarer Plattenosteosynthese"),
                ("OPS", "5-781.1k, 5-790.4b")], {"w": 3}),
        ("h", "Bericht:"),
        ("p", "Team-Time-Out. Rückenlage, Armtisch, Blutsperre 250 mmHg. Palmarer Zugang über FCR-Sehne. Ablösen "
              "des Pronator quadratus. Markierung der Osteotomie 4 cm proximal der Gelenkfläche. Vorbohren der "
              "distalen Löcher der 7-Loch-Verkürzungsplatte, Durchführung der Osteotomie mit Doppelsägeblatt "
              "(2 mm). Kompression über das Langloch, Besetzen der Schraubenlöcher. BV-Kontrolle: Ulnavarianz "
              "jetzt neutral, Plattenlage korrekt. Spülung, Refixation PQ, Redon 10 Ch, schichtweiser Wundverschluss, "
              "Intrakutannaht. Steriler Verband, Unterarmgipsschiene."),
        ("h", "Procedere:"),
        ("p", "Redon-Zug am 1. postop. Tag. Schiene 2 Wochen, dann Ergotherapie. Röntgenkontrolle nach 2 und 6 "
              "Wochen. Vollbelastung nach knöcherner Konsolidierung (ca. 10-12 Wochen)."),
        ("p", "Aachen, 08.09.2026\ngez. Dr. F. Berger, Oberarzt"),
    ],
    label=L(["operation-report"], "2026-09-08", "specialist", "de", "German Operationsbericht, docx table header",
            img="unmentioned", op="yes", abroad="yes",
            notes="German hospital abroad (Aachen) for a Dutch patient from Vaals; only intra-operative fluoroscopy "
                  "('BV-Kontrolle') and planned X-ray controls -> imaging unmentioned; OPS codes; date also at bottom."))

# ---------------------------------------------------------------- tq-023 German MRSA lab (txt)
add(stem="tq-023", fmt="txt",
    blocks=[
        ("mono", "MVZ Labor Euregio GmbH - Institut für Medizinische Mikrobiologie\n"
                 "Kackertstr. 9, 52072 Aachen, Tel. +49 241 9437-0\n"
                 "============================================================"),
        ("mono", "Einsender: Klinikum Aachen-Nord, Station Handchirurgie / AOP\n"
                 "Patient:   Smeets-Janssen, Annelies       geb. 30.03.1966   w\n"
                 "Auftragsnr.: 2609-770143\n"
                 "Eingang: 01.09.2026 14:20    Befundausgang: 03.09.2026    Endbefund"),
        ("h", "MIKROBIOLOGISCHER BEFUND"),
        ("mono", "Untersuchung:  MRSA-Screening (Aufnahmescreening)\n"
                 "Entnahme:      01.09.2026\n\n"
                 "Material                 Ergebnis\n"
                 "-----------------------  -------------------------------------\n"
                 "Nasenabstrich            kein MRSA nachgewiesen\n"
                 "Rachenabstrich           kein MRSA nachgewiesen\n"
                 "Leistenabstrich          kein MRSA nachgewiesen\n"),
        ("p", "Beurteilung: Kein Nachweis von Methicillin-resistentem Staphylococcus aureus in den eingesandten "
              "Materialien. Hinweis: ein negatives Screening schließt eine Besiedlung nicht sicher aus."),
        ("p", "Validiert: Dr. rer. nat. B. Kowalczyk, Fachmikrobiologin - 03.09.2026"),
    ],
    label=L(["mrsa-screening"], "2026-09-03", "lab", "de", "German microbiology Befund, monospaced text",
            img="unmentioned", op="unmentioned", abroad="yes", also=["2026-09-01"],
            notes="German 'kein MRSA nachgewiesen'; admission screening in a German hospital (abroad); Eingang vs "
                  "Befundausgang dates; negation words in a positive-sounding 'Nachweis' sentence."))

# ---------------------------------------------------------------- tq-024 Dutch discharge letter with full op section
add(stem="tq-024", fmt="pdf", engine="rl", font="sans", pagenum="Pagina {n} van {N}",
    header="Medisch Centrum De Lindeboom - Klinische brief - Hagedoorn, E. - 04-03-1983",
    footer="Dit document bevat medische gegevens. Indien onjuist bezorgd, gelieve te vernietigen.",
    blocks=[
        ("lh", {"name": "Medisch Centrum De Lindeboom", "logo": "MCL", "align": "right",
                "sub": ["Plastische Chirurgie / Handchirurgie", "Utrechtseweg 160, 3818 ES Amersfoort", "T 033-8502000"]}),
        ("addr", ["Aan de huisarts", "mw. drs. N. Timmer", "Hof 22", "3811 CK Amersfoort"]),
        ("kv", [("Datum", "13-11-2026"), ("Kenmerk", "PC/EH/3348"), ("Patiënt", "Dhr. E. Hagedoorn, 04-03-1983"),
                ("Opname", "10-11-2026"), ("Ontslag", "12-11-2026")], {"w": 2.6}),
        ("title", "Klinische brief"),
        ("p", "Geachte collega,\nUw patiënt was opgenomen op onze afdeling Chirurgie 3 West voor een electieve ingreep."),
        ("h", "Opnamediagnose"),
        ("p", "Scaphoidpseudartrose links (taille), status na conservatief behandelde scaphoidfractuur 2025."),
        ("h", "Voorgeschiedenis"),
        ("p", "2004 knie-artroscopie rechts; 2025 scaphoidfractuur links, 12 weken gips."),
        ("h", "Operatie"),
        ("kv", [("Datum", "10-11-2026"), ("Operateur", "dr. C.J. Rozendaal, plastisch chirurg"),
                ("Assistent", "drs. M. Yilmaz, AIOS"), ("Anesthesie", "plexus + sedatie"),
                ("Ingreep", "Open reductie en interne fixatie scaphoid met vrij corticospongieus bottransplantaat uit de distale radius (Matti-Russe) en Herbert-schroef")], {"w": 2.6}),
        ("p", "Verslag: bloedleegte 250 mmHg. Palmaire benadering over FCR. Kapsel in lengte geopend, pseudartrose "
              "opgezocht en gedebrideerd tot bloedend bot. Corticospongieus transplantaat uit distale radius, "
              "ingepast in de sleuf. Fixatie met headless compressieschroef 2.4 x 24 mm onder doorlichting; goede "
              "stand en lengte. Sluiten kapsel Vicryl 3-0, huid Monocryl 4-0 intracutaan. Onderarmgips met duimstuk. "
              "Complicaties: geen."),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd postoperatief beloop. Pijn goed onder controle met paracetamol en eenmalig oxycodon. "
              "Controle-röntgen d.d. 11-11: goede positie van schroef en transplantaat."),
        ("h", "Medicatie bij ontslag"),
        ("tbl", [["Middel", "Dosering", "Duur"],
                 ["Paracetamol 1000 mg", "3 dd", "1 week, daarna z.n."],
                 ["Naproxen 500 mg + pantoprazol 20 mg", "2 dd / 1 dd", "5 dagen"]]),
        ("h", "Beleid"),
        ("p", "Gips 6 weken (wissel na 2 wk op gipskamer). CT-scan na 10-12 weken ter beoordeling consolidatie. "
              "Controle poli plastische chirurgie 24-11-2026."),
        ("p", "Met vriendelijke groet,\n\ndrs. M. Yilmaz, arts-assistent\nnamens dr. C.J. Rozendaal, plastisch chirurg"),
        ("small", "cc: patiënt; fysiotherapie De Hoef (handtherapie)"),
    ],
    label=L(["correspondence", "operation-report"], "2026-11-13", "specialist", "nl",
            "Dutch klinische brief with full operation section", img="yes", op="yes", abroad="unmentioned",
            notes="Discharge letter that contains a full operation description (date, operator, procedure) -> two "
                  "kinds; admission/discharge dates next to letter date; planned CT; knee arthroscopy other body part."))

# ---------------------------------------------------------------- tq-025 Neurology EMG letter (docx)
add(stem="tq-025", fmt="docx", font="serif", pagenum="{n}",
    blocks=[
        ("lh", {"name": "Zuiderhaven Ziekenhuis", "align": "left",
                "sub": ["Afdeling Neurologie en Klinische Neurofysiologie", "Havenkade 1 - 3011 AA Rotterdam"]}),
        ("addr", ["Huisartsenpraktijk Lanting", "t.a.v. C.A. Lanting", "Maasboulevard 3", "3011 TX Rotterdam"]),
        ("p", "Rotterdam, 2 okt. 2026"),
        ("p", "Inzake: mevrouw P. Oosterhuis, geboren 17 juni 1962, ZH-nummer 6602118"),
        ("p", "Waarde collega,"),
        ("p", "Uw patiënte werd op 29 september jl. gezien op het neurofysiologisch spreekuur in verband met "
              "tintelingen in beide handen, rechts meer dan links, met name 's nachts."),
        ("p", "Anamnestisch klassiek beeld van een carpale tunnelsyndroom beiderzijds. Geen nekklachten. "
              "Diabetes mellitus type 2 (tabletten). Nooit eerder geopereerd aan de handen. Zij is in de "
              "zomer in Portugal op vakantie geweest zonder medische problemen."),
        ("p", "Neurologisch onderzoek: lichte hypesthesie dig 1-3 rechts, thenarkracht MRC 5 beiderzijds. "
              "Tinel en Phalen positief rechts."),
        ("p", "EMG: vertraagde distale motore latentie n. medianus rechts (5,9 ms) en links (4,6 ms), sensibele "
              "geleiding over de pols vertraagd rechts, links grenswaardig. Geen aanwijzingen voor een "
              "polyneuropathie of C6/C7-radiculopathie.\n"
              "Aanvullende beeldvorming (echografie of MRI) is niet verricht en lijkt ons ook niet nodig."),
        ("p", "Conclusie: matig ernstig CTS rechts, licht CTS links.\n"
              "Advies: verwijzing naar plastisch chirurg/handchirurg voor carpale tunnel release rechts; links "
              "eerst nachtspalk. Wij hebben patiënte niet in controle gehouden."),
        ("p", "Met vriendelijke groet,\n\ndr. E. Pranger, neuroloog-klinisch neurofysioloog"),
    ],
    label=L(["correspondence"], "2026-10-02", "specialist", "nl", "neurology EMG letter, prose",
            img="no", op="no", abroad="no",
            notes="EMG is not imaging; 'beeldvorming ... niet verricht' negation; 'Nooit eerder geopereerd'; holiday "
                  "in Portugal without medical problems; release only advised; 'geboren 17 juni 1962'."))

# ---------------------------------------------------------------- tq-026 echo report plain text
add(stem="tq-026", fmt="txt",
    blocks=[
        ("mono", "Centrum Medische Beeldvorming Gooi          *** Uitslag ***\n"
                 "Oude Amersfoortseweg 60, Hilversum          Tel 035-6888100"),
        ("mono", "Naam patient.....: Verbeek-Roos J.M.\n"
                 "Geboortedatum....: 03-07-1968\n"
                 "Aanvrager........: R. el Amrani (huisarts, Hilversum)\n"
                 "Onderzoek........: ECHO POLS RECHTS\n"
                 "Datum onderzoek..: 11-02-2026\n"
                 "Ordernummer......: ECH-2602-3317"),
        ("p", "Vraagstelling: pijn radiale pols re. Ganglion? Tendinitis?"),
        ("p", "Bevindingen:\nBij de eerste extensorenloge een verdikte pees van de m. abductor pollicis longus en "
              "extensor pollicis brevis met peritendineus vocht en verhoogde doorbloeding bij powerdoppler. Er is "
              "een intracompartimenteel septum zichtbaar. Dorsaal ter hoogte van het scafolunaire interval een "
              "kleine anechogene, goed begrensde structuur van 5 x 3 mm, passend bij klein ganglion. Geen "
              "afwijkingen aan de overige extensorpezen. Geen aanwijzingen voor artrose van het STT-gewricht "
              "echografisch beoordeelbaar (beperkt)."),
        ("p", "Conclusie:\nTendovaginitis De Quervain met intracompartimenteel septum. Klein dorsaal ganglion, "
              "waarschijnlijk bijkomstig."),
        ("p", "Radioloog: drs. W. Ng\nVerslag vastgelegd: 11-02-2026 16:22"),
    ],
    label=L(["imaging-report"], "2026-02-11", "radiologist", "nl", "RIS plain-text export, dotted label leaders",
            img="yes", op="unmentioned", abroad="unmentioned",
            notes="Title only '*** Uitslag ***'; labels with dot leaders; Vraagstelling; GP requester; older "
                  "report (Feb 2026)."))

# ---------------------------------------------------------------- tq-027 GP samenvatting letter (old) via LO
add(stem="tq-027", fmt="pdf", engine="lo", font="serif",
    blocks=[
        ("lh", {"name": "Huisartsenpraktijk Het Lindenhof", "align": "center",
                "sub": ["J.P. Kuipers & S. de Haan - huisartsen", "Lindenlaan 4, 7941 AL Meppel - 0522-251100"]}),
        ("right", "Meppel, 18 maart 2025"),
        ("addr", ["Aan de behandelend specialist", "Ziekenhuis Reestdal, polikliniek Orthopedie, Meppel"]),
        ("p", "Betreft: mw. L. (Lotte) Brinkman, geb. 06-06-1994"),
        ("title", "Medische samenvatting"),
        ("p", "Geachte collega,\nOp verzoek van patiënte stuur ik u een samenvatting van de medische voorgeschiedenis."),
        ("h", "Voorgeschiedenis"),
        ("tbl", [["Jaar", "Probleem"],
                 ["2008", "Ziekte van Pfeiffer"],
                 ["2016", "Distorsie enkel rechts"],
                 ["2023", "Hypermobiliteit (Beighton 6/9)"],
                 ["2024", "Pijn dorsale pols links bij yoga, sinds 09-2024"]], {"widths": [3, 14]}),
        ("h", "Recent beloop en behandelingen"),
        ("p", "Sinds september 2024 pijn dorsaal in de linkerpols bij steunen. Behandeld met rust, polsbrace en "
              "6 weken fysiotherapie (stabiliserende oefeningen), met matig effect. In januari 2025 een "
              "injectie (Depo-Medrol) dorsaal, 3 weken effect. Er zijn geen foto's of andere beeldvorming gemaakt. "
              "Patiënte is nooit geopereerd."),
        ("h", "Medicatie"),
        ("p", "Microgynon 30; ibuprofen 400 mg z.n."),
        ("h", "Allergieën"),
        ("p", "Geen."),
        ("p", "Met collegiale groet,\n\n\nS. de Haan, huisarts"),
    ],
    label=L(["history"], "2025-03-18", "gp", "nl", "GP medische samenvatting letter, LibreOffice PDF, centred letterhead",
            img="no", op="no", abroad="unmentioned",
            notes="History letter older than 6 months (2025); 'geen foto's of andere beeldvorming' and 'nooit "
                  "geopereerd' negations; addressed to a hospital, not a referral."))

# ---------------------------------------------------------------- tq-028 English referral + history (international GP)
add(stem="tq-028", fmt="docx", font="sans", lh_in_header=True, pagenum="p. {n}/{N}",
    blocks=[
        ("lh", {"name": "Amsterdam International Family Practice", "logo": "AIFP",
                "sub": ["Dr M. Sørensen & Dr J. Alvarez, general practitioners (huisartsen)",
                        "Stadionweg 41, 1077 RX Amsterdam - +31 20 664 1900 - AGB 01-099218"]}),
        ("title", "Referral - second opinion hand surgery"),
        ("kv", [("Date", "November 26, 2026"),
                ("To", "Handcentrum Oostvaarders, hand surgery, Almere"),
                ("Patient", "Mr Rahul Mehta, born 04/01/1981"),
                ("Insurance", "OHRA 661220489"),
                ("Referring GP", "Dr Julia Alvarez")], {"w": 3.5}),
        ("h", "Reason for referral / question"),
        ("p", "Persistent numbness and night pain in the right hand 18 months after carpal tunnel release. "
              "Could you assess whether this is an incomplete release or a recurrence, and whether revision "
              "surgery or further diagnostics are indicated?"),
        ("h", "Relevant history"),
        ("p", "- 2018 right shoulder dislocation, conservative\n- Hypercholesterolaemia\n"
              "- 05/2025 right carpal tunnel release at a private hospital in Dubai (American-style day clinic, "
              "Jumeirah), where he lived until 2025; operation note not available, patient asked the clinic for it."),
        ("h", "Recent treatments"),
        ("p", "- 07/2026 ultrasound right wrist (Amsterdam): median nerve CSA 14 mm2 proximal to the scar\n"
              "- 08/2026 - 10/2026 night splint and nerve gliding exercises via hand therapist, minimal effect\n"
              "- 10/2026 EMG at neurology, Ziekenhuis Amstelland-West: persistent moderate CTS right"),
        ("h", "Medication"),
        ("p", "Atorvastatin 20 mg od. No known allergies."),
        ("p", "Kind regards,\n\nDr Julia Alvarez, GP"),
        ("small", "Sent via Zorgdomein. Enclosures: EMG letter, ultrasound report."),
    ],
    label=L(["referral", "history"], "2026-11-26", "gp", "en", "English GP referral with history/recent treatments, Word header",
            img="yes", op="yes", abroad="yes", rq=True,
            notes="English-language Dutch GP referral; 'Relevant history' + 'Recent treatments' sections make it "
                  "history too; US-style date 'November 26, 2026' vs dd/mm birth date; Dubai clinic named by place."))

# ---------------------------------------------------------------- tq-029 Zorgdomein referral without question
add(stem="tq-029", fmt="pdf", engine="rl", font="sans", footer="Verzonden via ZorgDomein op 09-10-2026 | Referentie ZD 51200941",
    blocks=[
        ("lh", {"name": "Huisartsenpraktijk Oostzaan", "sub": ["D. Vos, huisarts - Kerkbuurt 40, 1511 BD Oostzaan - AGB 01-061177"]}),
        ("title", "Verwijzing"),
        ("kv", [("Aan", "Medisch Centrum De Lindeboom - Plastische Chirurgie / Handchirurgie"),
                ("Zorgproduct", "Consult handchirurgie"), ("Datum", "09-10-2026")], {"w": 3.5, "grid": True}),
        ("kv", [("Patiënt", "dhr. K. Visser"), ("Geboortedatum", "30-11-1955"), ("BSN", "9876.54.321"),
                ("Verzekeraar", "VGZ")], {"w": 3.5, "grid": True}),
        ("kv", [("Reden van verwijzing", "Triggerfinger dig III rechts, al 4 maanden op slot in de ochtend, 2x "
                                        "geïnjecteerd (06-2026 en 08-2026) met tijdelijk effect."),
                ("Vraagstelling", "Verzoek om behandeling (overname)."),
                ("Voorgeschiedenis", "DM type 2, hypertensie, TIA 2021"),
                ("Medicatie", "metformine, perindopril, clopidogrel"),
                ("Bijzonderheden", "Gebruikt clopidogrel - graag rekening mee houden bij ingreep.")], {"w": 3.5, "grid": True}),
        ("p", "Met collegiale groet,\nD. Vos, huisarts"),
    ],
    label=L(["referral"], "2026-10-09", "gp", "nl", "Zorgdomein grid form, referral for treatment only",
            img="unmentioned", op="unmentioned", abroad="unmentioned", rq=False,
            notes="Referral 'for treatment' without a question although the field is called 'Vraagstelling'; "
                  "'bij ingreep' is an expectation, not an event; injections are treatments, not operations."))

# ---------------------------------------------------------------- tq-030 MRSA plain text Dutch
add(stem="tq-030", fmt="txt",
    blocks=[
        ("p", "Microbiologie Noord-Holland Noord | Wilhelminalaan 12, 1815 JD Alkmaar | 072-5484444"),
        ("p", "UITSLAGBRIEF MEDISCHE MICROBIOLOGIE"),
        ("kv", [("Aan", "D. Vos, huisarts te Oostzaan"), ("Patiënt", "VISSER K (M) 30-11-1955"),
                ("Labnr", "2611-04418"), ("Afgenomen", "02/11/2026"), ("Ontvangen", "03/11/2026"),
                ("Uitslag per", "05/11/2026 (definitief)")], {"w": 3}),
        ("p", "Aanvraag: MRSA-screening. Indicatie: risicocategorie 2 - behandeld in buitenlands ziekenhuis "
              "(ziekenhuisopname Gran Canaria, 10/2026, 3 dagen, i.v.m. pneumonie)."),
        ("mono", "MATERIAAL          BEPALING              RESULTAAT\n"
                 "neus               S. aureus (MRSA)      niet gekweekt\n"
                 "keel               S. aureus (MRSA)      niet gekweekt\n"
                 "perineum           S. aureus (MRSA)      niet gekweekt\n"
                 "MRSA-PCR (pool)    mecA/mecC             negatief"),
        ("p", "Interpretatie: geen MRSA-dragerschap aangetoond. Bij opname binnen 2 maanden is geen herhaling nodig."),
        ("p", "Dr. H. Bakker, arts-microbioloog"),
    ],
    label=L(["mrsa-screening"], "2026-11-05", "lab", "nl", "microbiology result letter plain text with monospace table",
            img="unmentioned", op="unmentioned", abroad="yes", also=["2026-11-02"],
            notes="Result wording 'niet gekweekt' and PCR 'negatief'; dates with slashes; admission abroad for "
                  "pneumonia (not hand) still counts as treated abroad."))

# ---------------------------------------------------------------- tq-031 UK MRSA screen
add(stem="tq-031", fmt="pdf", engine="rl", font="mono", size=9, header="WESTBRIDGE PATHOLOGY - MICROBIOLOGY - CUMULATIVE REPORT",
    pagenum="Page {n}",
    blocks=[
        ("mono", "Patient : VAN LOON, INGRID              Sex: F   DOB: 14-Mar-1957\n"
                 "NHS No  : 943 476 5919                  MRN: W2203318\n"
                 "Location: Pre-Operative Assessment Unit  Consultant: OKONKWO D\n"
                 "Lab No  : M26.0412887"),
        ("mono", "Specimen   : Nose swab, Groin swab\n"
                 "Collected  : 28-Apr-2026 11:40\n"
                 "Received   : 28-Apr-2026 16:05\n"
                 "Authorised : 30-Apr-2026 09:12"),
        ("h", "MRSA SCREEN"),
        ("tbl", [["Site", "Culture", "Result"],
                 ["Nose", "Chromogenic MRSA agar, 48h", "MRSA NOT isolated"],
                 ["Groin", "Chromogenic MRSA agar, 48h", "MRSA NOT isolated"]]),
        ("p", "Comment: Elective pre-admission screen (hand surgery list 12/05/2026). No further action required."),
        ("p", "Authorised by: J. Kelleher, Biomedical Scientist (HCPC BS041122)"),
    ],
    label=L(["mrsa-screening"], "2026-04-30", "lab", "en", "UK microbiology report, monospace",
            img="unmentioned", op="unmentioned", abroad="yes", also=["2026-04-28"],
            notes="Foreign MRSA screen, old (April 2026, > 60 days); dates 'dd-Mon-yyyy'; 'NOT isolated'; "
                  "pre-operative assessment at a UK hospital; surgery only scheduled in this document."))

# ---------------------------------------------------------------- tq-032 Orthopedics Epic-like letter (docx)
add(stem="tq-032", fmt="docx", font="sans", lh_in_header=True, pagenum="Pagina {n} van {N}",
    blocks=[
        ("lh", {"name": "Spaarnestad Medisch Centrum", "logo": "SMC",
                "sub": ["Orthopedie - Hand- en polsteam", "Boerhaavelaan 22, 2035 RC Haarlem - 023-8907000"]}),
        ("tbl", [["Aan", "Datum", "Uw ref.", "Onze ref."],
                 ["dr. H.J. Sprenger, huisarts, Haarlem", "30-10-2026", "-", "ORT-HS-26-3371"]]),
        ("p", "Betreft: Mevrouw A.C. de Wit - Geboortedatum: 12-12-1970 - MRN 100448721"),
        ("p", "Beste collega,"),
        ("p", "Hierbij een update over uw patiënte, die wij op 27-10-2026 op het handspreekuur zagen."),
        ("h", "Voorgeschiedenis:"),
        ("p", "- Status na carpale tunnelrelease rechts (2019, in ons ziekenhuis door collega Meijer)\n"
              "- Hypothyreoïdie\n- Sectio caesarea 2002"),
        ("h", "Huidige klachten:"),
        ("p", "Sinds een half jaar opnieuw tintelingen dig 1-3 rechts en pijn in de handpalm over het litteken; "
              "nachtelijk wakker. Daarnaast pijn aan de basis van de linkerduim."),
        ("h", "Onderzoek:"),
        ("p", "Litteken rustig, drukpijnlijk (pillar pain). Tinel ter hoogte van de pols +. Thenar normaal. "
              "Linkerduim: CMC-1 grind test positief."),
        ("h", "Aanvullende diagnostiek:"),
        ("p", "Röntgenfoto's beide handen d.d. 27-10-2026: geen afwijkingen rechts; links matige CMC-1-artrose "
              "(Eaton II). Echo n. medianus rechts (22-10): CSA 11 mm2, geen ruimte-innemend proces. Het "
              "echoverslag is bijgevoegd."),
        ("h", "Conclusie:"),
        ("p", "1. Recidief/persisterende klachten na CTR rechts, pillar pain, geen duidelijke compressie.\n"
              "2. CMC-1-artrose links."),
        ("h", "Plan:"),
        ("p", "Patiënte wil geen nieuwe operatie. Wij starten handtherapie en een duimbasisbrace links. Controle over "
              "3 maanden. Zij heeft aangegeven ook elders een mening te willen vragen; daar hebben wij geen bezwaar tegen."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["R. Bos, physician assistant orthopedie", "i.o.v. dr. F. Meijer, orthopedisch chirurg"]),
        ("small", "Kopie: patiënte, handtherapie Spaarnestad"),
    ],
    label=L(["correspondence"], "2026-10-30", "specialist", "nl", "Epic-like orthopaedics letter, address/date in a table",
            img="yes", op="yes", abroad="unmentioned",
            notes="Date inside a 4-column table; signed by physician assistant; earlier CTR (operated yes) but 'wil geen "
                  "nieuwe operatie'; caesarean other body part; mentions enclosed echo report."))
