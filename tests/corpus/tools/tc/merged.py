"""tc-058 .. tc-060: merged PDFs (pdfunite). All invented."""
from lib import make_part, merge, L

# ================================================================ tc-058 German: Entlassungsbrief + OP-Bericht + Röntgen
p1 = make_part("tc-058-p1", "rl", [
    ("lh", ["Klinikum Oberallgäu - Klinik Immenstadt", "Abteilung Unfall-, Hand- und Orthopädische Chirurgie",
            "Im Stillen 3, 87509 Immenstadt i. Allgäu  -  Tel. +49 8323 910-0"]),
    ("addr", ["An den weiterbehandelnden Hausarzt in den Niederlanden", "(mitgegeben an den Patienten)"]),
    ("p", "Immenstadt, 23.02.2026"),
    ("title", "Vorläufiger Entlassungsbericht"),
    ("p", "Patient: Herr Niels Verhoef, geb. 19.01.1977, wohnhaft Sluisstraat 2, 2011 Haarlem (NL). "
          "Stationärer Aufenthalt vom 18.02.2026 bis 21.02.2026."),
    ("h", "Diagnosen"),
    ("p", "Bennett-Fraktur (intraartikuläre Basisfraktur Os metacarpale I) rechts nach Sturz beim Rodeln "
          "am 17.02.2026."),
    ("h", "Therapie"),
    ("p", "Geschlossene Reposition und perkutane K-Draht-Osteosynthese am 18.02.2026 (siehe beiliegender "
          "Operationsbericht)."),
    ("h", "Verlauf"),
    ("p", "Komplikationsloser Verlauf, Röntgenkontrolle postoperativ regelrecht. Entlassung in gutem "
          "Allgemeinzustand."),
    ("h", "Procedere"),
    ("p", "Daumengips für 5 Wochen, danach Entfernung der K-Drähte und Röntgenkontrolle - bitte durch "
          "einen Handchirurgen in den Niederlanden. Bei Aufnahme wurde kein MRSA-Screening durchgeführt; "
          "wir empfehlen dies vor einer weiteren stationären Behandlung in den Niederlanden."),
    ("sig", ["Mit freundlichen Grüßen", "Dr. med. Simon Wiedemann, Oberarzt"]),
], footer="Klinikum Oberallgäu - Entlassungsbericht - Seite {page}")
p2 = make_part("tc-058-p2", "rl", [
    ("lh", ["Klinikum Oberallgäu - Klinik Immenstadt", "Zentral-OP"]),
    ("title", "OP-Bericht"),
    ("kv2", [("Patient", "Verhoef, Niels", "Geb.", "19.01.1977"),
             ("OP-Datum", "18.02.2026", "Schnitt-Naht", "09:12 - 09:48"),
             ("Operateur", "Dr. med. S. Wiedemann", "Assistenz", "Dr. A. Kaya"),
             ("Narkose", "Plexusanästhesie", "Seite", "rechts")]),
    ("kv", [("Diagnose", "Bennett-Fraktur rechts"),
            ("Eingriff", "Geschlossene Reposition, perkutane K-Draht-Osteosynthese MC I rechts (2 K-Drähte 1,4 mm)"),
            ("Bericht", "Längszug am Daumen, Abduktion und Pronation, Druck auf die Basis des MC I. Unter "
                        "BV Reposition der Gelenkfläche. Perkutane Einbringung eines K-Drahtes MC I - "
                        "Trapezium und eines zweiten K-Drahtes MC I - MC II. Stellungskontrolle im BV: "
                        "stufenfreie Gelenkfläche. Drähte umgebogen und gekürzt. Steriler Verband, "
                        "Daumengipsschiene."),
            ("Komplikationen", "keine")]),
    ("sig", ["Dr. med. S. Wiedemann, 18.02.2026"]),
], footer="OP-Bericht Verhoef N. - Seite {page}")
p3 = make_part("tc-058-p3", "fpdf", [
    ("lh", ["Klinikum Oberallgäu - Institut für Radiologie", "Im Stillen 3, 87509 Immenstadt"]),
    ("title", "Röntgenbefund"),
    ("kv", [("Patient", "Verhoef, Niels (19.01.1977)"), ("Anforderung", "Notaufnahme / Unfallchirurgie"),
            ("Untersuchung", "Röntgen Daumen rechts in 2 Ebenen"), ("Datum", "17.02.2026")]),
    ("p", "Befund: Intraartikuläre Fraktur der Basis des Os metacarpale I mit kleinem ulnopalmarem "
          "Fragment in regelrechter Position zum Trapezium, Subluxation des Schaftes nach radial-dorsal, "
          "Stufe ca. 2 mm."),
    ("p", "Beurteilung: Bennett-Luxationsfraktur rechts."),
    ("sig", ["Dr. med. E. Hartl, Radiologin"]),
], footer="Radiologie Immenstadt")
merge("tc-058", [p1, p2, p3], L(
    ["correspondence", "operation-report", "imaging-report"], "2026-02-23", "specialist", "de",
    "merged PDF: German discharge report + operation report + X-ray report",
    also=["2026-02-18", "2026-02-17"], imaging="yes", operated="yes", abroad="yes",
    notes="Three documents joined with pdfunite. Discharge report mentions the OP report but the OP report "
          "is also a separate part. Mentions that no MRSA screening was done (no MRSA document).",
    parts=[{"kinds": ["correspondence"], "date": "2026-02-23", "author": "specialist"},
           {"kinds": ["operation-report"], "date": "2026-02-18", "author": "specialist"},
           {"kinds": ["imaging-report"], "date": "2026-02-17", "author": "radiologist"}]))

# ================================================================ tc-059 Dutch: ZD referral + echo + polibrief
q1 = make_part("tc-059-p1", "rl", [
    ("lh2", ["Huisartsenpraktijk De Waterlelie", "Lelystad - AGB 01-110294"],
     ["ZorgDomein verwijzing", "Datum: 05-03-2026"]),
    ("title", "Second opinion handchirurgie"),
    ("kv2", [("Patiënt", "Mw. F. (Fatma) Öztürk", "Geboortedatum", "25-12-1992"),
             ("Verwijzer", "dr. P. Hazelaar, huisarts", "Specialisme", "Handchirurgie"),
             ("Verzekeraar", "Zilveren Kruis", "Urgentie", "Regulier")]),
    ("kv", [("Reden van verwijzing", "Pijn en klikken ulnaire zijde pols links na val van fiets, 8 maanden. "
                                     "Behandeld in MC Zuiderzee (orthopedie), conservatief."),
            ("Vraagstelling", "Patiënte vraagt een second opinion: is er een TFCC-letsel dat behandeld moet "
                              "worden, en is een arthroscopie aangewezen?"),
            ("Medicatie", "geen"), ("Allergieën", "geen")]),
], footer="ZorgDomein - pagina {page}")
q2 = make_part("tc-059-p2", "fpdf", [
    ("lh", ["MC Zuiderzee", "Afdeling Radiologie", "Ziekenhuisweg 100, 8233 AA Lelystad"]),
    ("kv", [("Patiënt", "F. Öztürk, 25-12-1992"), ("Aanvrager", "dr. G. Smeets, orthopedie"),
            ("Onderzoek", "Echografie pols links"), ("Datum", "14-10-2025")]),
    ("p", "Bevindingen: geen ganglion, geen tendinopathie van de ECU, ECU stabiel bij dynamisch "
          "onderzoek. Het TFCC is echografisch niet goed te beoordelen. Gering vocht in het DRUG."),
    ("p", "Conclusie: geen verklaring voor de klachten; bij persisterende klachten MRI-artrografie te "
          "overwegen."),
    ("sig", ["drs. H. Verbeek, radioloog"]),
], footer="MC Zuiderzee - radiologie")
q3 = make_part("tc-059-p3", "rl", [
    ("lh", ["MC Zuiderzee", "Polikliniek Orthopedie", "Ziekenhuisweg 100, 8233 AA Lelystad"]),
    ("addr", ["Aan: dr. P. Hazelaar, huisarts, Lelystad"]),
    ("kv", [("Datum", "03-12-2025"), ("Betreft", "Mw. F. Öztürk, geb. 25-12-1992")]),
    ("p", "Geachte collega,"),
    ("p", "Patiënte kwam op controle. Na 6 weken polsbrace en handtherapie persisteren de ulnaire "
          "klachten. Bij onderzoek pijn bij ulnaire deviatie en een positieve fovea-test links. De echo van "
          "oktober gaf geen verklaring. Een MRI of arthroscopie hebben wij besproken; patiënte wil eerst een "
          "tweede mening. Wij hebben haar niet teruggepland en laten een eventuele verwijzing aan u over."),
    ("p", "Conclusie: ulnaire polspijn links, verdenking TFCC-letsel. Niet geopereerd."),
    ("sig", ["Met vriendelijke groet,", "dr. G. Smeets, orthopedisch chirurg", "cc: patiënte"]),
], footer="MC Zuiderzee - orthopedie - pagina {page}")
merge("tc-059", [q1, q2, q3], L(
    ["referral", "imaging-report", "correspondence"], "2026-03-05", "gp", "nl",
    "merged PDF ('bijlagen'): Zorgdomein referral + ultrasound report + outpatient letter",
    question=True, also=["2025-10-14", "2025-12-03"], imaging="yes", operated="no", abroad="unmentioned",
    notes="Three documents in one PDF. Referral has no history section. MRI and arthroscopy only discussed; "
          "'Niet geopereerd'. Top-level author is the first part's.",
    parts=[{"kinds": ["referral"], "date": "2026-03-05", "author": "gp", "referral_question": True},
           {"kinds": ["imaging-report"], "date": "2025-10-14", "author": "radiologist"},
           {"kinds": ["correspondence"], "date": "2025-12-03", "author": "specialist"}]))

# ================================================================ tc-060 Dutch: GP cover + MRSA + English Turkish discharge
r1 = make_part("tc-060-p1", "fpdf", [
    ("lh", ["Huisartsenpraktijk Rijnsweerd", "W. de Bruijn en K. Amrani, huisartsen",
            "Rijnsweerd 4, 3584 CS Utrecht  -  030 - 254 88 10"]),
    ("addr", ["UMC Utrecht, Handchirurgie", "t.a.v. intake second opinion", "Heidelberglaan 100",
              "3584 CX Utrecht"]),
    ("p", "Utrecht, 9 maart 2026"),
    ("p", "Betreft: dhr. E. (Emre) Kaya, geb. 03-04-1985"),
    ("p", "Geachte collega,"),
    ("p", "Hierbij zend ik u ter aanvulling op mijn verwijzing van 16 februari de uitslag van de "
          "MRSA-screening en de (Engelstalige) ontslagbrief van het ziekenhuis in Antalya, waar patiënt in "
          "december 2025 werd opgenomen en geopereerd aan zijn rechter pols."),
    ("p", "Met vriendelijke groet,"),
    ("sig", ["K. Amrani, huisarts"]),
    ("p", "Bijlagen: MRSA-kweek d.d. 02-03-2026; discharge summary Akdeniz Private Hospital d.d. 21-12-2025"),
], footer="Rijnsweerd - pagina {page}")
r2 = make_part("tc-060-p2", "rl", [
    ("lh", ["Saltro Diagnostisch Centrum", "Medische Microbiologie", "Mississippidreef 83, 3565 CE Utrecht"]),
    ("title", "Uitslag MRSA-screening"),
    ("kv2", [("Patiënt", "E. Kaya", "Geb.datum", "03-04-1985"),
             ("Aanvrager", "K. Amrani, huisarts", "Labnr.", "SAL-M26-04419"),
             ("Afname", "02-03-2026", "Uitslag", "05-03-2026")]),
    ("table", [["Materiaal", "Bepaling", "Uitslag"],
               ["Neus", "MRSA PCR + kweek", "Negatief"],
               ["Keel", "MRSA PCR + kweek", "Negatief"],
               ["Perineum", "MRSA PCR + kweek", "Negatief"],
               ["Litteken pols rechts", "MRSA kweek", "Negatief"]]),
    ("p", "Indicatie: opname in buitenlands ziekenhuis < 2 maanden geleden (Turkije)."),
    ("sig", ["Gevalideerd door dr. J. Wolters, arts-microbioloog"]),
], footer="Saltro - pagina {page}")
r3 = make_part("tc-060-p3", "rl", [
    ("lh2", ["Akdeniz Private Hospital", "Orthopaedics and Traumatology Clinic",
             "Liman Mah. 25. Sokak No: 14, 07070 Konyaaltı / Antalya, Türkiye"], ["+90 242 259 00 00",
                                                                             "International Patient Office"]),
    ("title", "EPICRISIS / DISCHARGE SUMMARY"),
    ("kv", [("Patient", "Mr. Emre KAYA"), ("Date of birth", "03.04.1985"), ("Nationality", "Netherlands"),
            ("Admission date", "18.12.2025"), ("Discharge date", "21.12.2025"), ("Report date", "21.12.2025")]),
    ("h", "Diagnosis"),
    ("p", "Right distal radius fracture, intra-articular (S52.5)."),
    ("h", "History"),
    ("p", "Fell from a scooter while visiting family in Antalya. X-ray and CT of the right wrist showed a "
          "displaced intra-articular distal radius fracture."),
    ("h", "Operation"),
    ("p", "On 19.12.2025 the patient underwent open reduction and internal fixation with a volar locking "
          "plate under general anaesthesia. No complications."),
    ("h", "Discharge recommendations"),
    ("p", "Splint for 2 weeks, suture removal on day 14, physiotherapy, follow-up in the Netherlands. "
          "Cefuroxime 500 mg twice daily for 5 days."),
    ("sig", ["Op. Dr. Serkan Aydın", "Orthopaedics and Traumatology Specialist"]),
], footer="Akdeniz Private Hospital - page {page}")
merge("tc-060", [r1, r2, r3], L(
    ["mrsa-screening", "correspondence"], "2026-03-09", "gp", "nl",
    "merged PDF: GP cover letter + MRSA lab result + English discharge summary from Turkey",
    also=["2026-03-05", "2025-12-21"], imaging="yes", operated="yes", abroad="yes",
    notes="First part is a GP cover letter (no kind, not a referral: the referral was sent earlier). Turkish "
          "discharge summary in English mentions the operation (date, procedure) in one sentence without "
          "operator or description - correspondence only (borderline). "
          "Mixed languages: nl, nl, en.",
    parts=[{"kinds": [], "date": "2026-03-09", "author": "gp", "language": "nl"},
           {"kinds": ["mrsa-screening"], "date": "2026-03-05", "author": "lab", "language": "nl"},
           {"kinds": ["correspondence"], "date": "2025-12-21", "author": "specialist", "language": "en"}]))

print("merged done")
