# nz-024 .. nz-029: imaging reports
DOCS = []

DOCS.append(dict(stem="nz-024-rontgenverslag-pols-scaphoidserie", fmt="rl",
    lh=["Ziekenhuis Amstelland", "Afdeling Radiologie", "Laan van de Helende Meesters 8, 1186 AM Amstelveen"],
    lh_right=["RADIOLOGISCH ONDERZOEK", "Accessionnr. AMS26110244", "Afdruk: 04-11-2026 08:12"], color="#2e5e8c",
    footer="Ziekenhuis Amstelland · Radiologie · (020) 755 70 00", pagefmt="blad {p}",
    blocks=[
        ("kv2", [("Naam", "Brouwer, K.", "Geboortedatum", "13-09-1990"),
                 ("Patiëntnr.", "00-771-209", "Geslacht", "M"),
                 ("Aanvrager", "P. Zwart, huisarts, Amstelveen", "Afdeling", "Huisartsen (eerste lijn)"),
                 ("Onderzoek", "X-pols rechts + scaphoidserie", "Datum onderzoek", "02-11-2026 16:35")]),
        ("h", "Klinische gegevens"),
        ("p", "Gisteren gevallen met de fiets op uitgestrekte rechterhand. Drukpijn tabatière. Vraagstelling: fractuur scaphoid?"),
        ("h", "Verslag"),
        ("p", "Pols rechts in twee richtingen en scaphoidserie (4 opnamen). Ter vergelijking geen eerder onderzoek beschikbaar."),
        ("p", "Normale stand van de carpus. Geen fractuurlijn zichtbaar in het scaphoid, ook niet op de ulnair-gedevieerde "
              "opname. Distale radius en ulna intact. Scapholunaire afstand 2 mm. Geen luxatie. Discrete wekedelenzwelling "
              "radiaal. Het vetstreepje van het scaphoid is niet goed vervolgbaar."),
        ("h", "Conclusie"),
        ("p", "Geen fractuur aangetoond. Een occulte scaphoidfractuur is hiermee niet uitgesloten: bij persisterende "
              "klinische verdenking advies gips en herhaalde opnamen na 10-14 dagen, of MRI/CT."),
        ("sp",),
        ("kv", [("Radioloog", "dr. M.E. Haverkamp"), ("Verslag geautoriseerd", "03-11-2026 09:47")]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-11-03", also_dates=["2026-11-02"], author="radiologist", language="nl",
               style="radiology report with two-column patient block, accession number, print date",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Exam date 02-11, authorisation 03-11, print date 04-11 (print date is not the report's own date). "
                     "Requester is a GP; Vraagstelling is the requester's question. MRI/CT only advised.")))

DOCS.append(dict(stem="nz-025-uitslag-echo-pols-ganglion-export", fmt="txt", text="""
NOORDWEST ZIEKENHUISGROEP - locatie Alkmaar
Afdeling Radiologie en Nucleaire Geneeskunde
Wilhelminalaan 12, 1815 JD Alkmaar

UITSLAG RADIOLOGIE
-----------------------------------------------------------------
Patient           : Kuipers, S.
Geboortedatum     : 02-02-1997
Patientnummer     : 5528103
Aanvragend arts   : dr. J.W. Bakker, orthopedie
Onderzoek         : ECHO POLS LINKS
Onderzoeksdatum   : 20-10-2026
Verslagdatum      : 21-10-2026
Status            : Definitief
-----------------------------------------------------------------
Klinische informatie:
Sinds 3 mnd zwelling volair radiaal pols li. Ganglion? DD tendovaginitis.

Verslag:
Volair-radiaal aan de linkerpols, tussen de a. radialis en de pees van de
m. flexor carpi radialis, een ovale, scherp begrensde, echovrije laesie
van 14 x 9 x 8 mm met dorsale versterking. Een dunne steel is vervolgbaar
naar het radioscaphoidale gewricht. De a. radialis loopt direct langs de
laesie en wordt iets verdrongen, met normaal dopplersignaal.
Buigpezen en peesscheden zonder bijzonderheden. Geen synoviale
verdikking.

Conclusie:
Volair polsganglion links uitgaande van het radioscaphoidale gewricht,
in nauwe relatie tot de a. radialis (relevant bij eventuele punctie of
excisie).

Radioloog: dr. T. Schuurman
Elektronisch geautoriseerd op 21-10-2026 11:02
-----------------------------------------------------------------
""", label=dict(kinds=["imaging-report"], date="2026-10-21", also_dates=["2026-10-20"], author="radiologist", language="nl",
               style="radiology result plain-text export", imaging_done="yes", operated="unmentioned",
               treated_abroad="unmentioned",
               notes="'eventuele punctie of excisie' is a consideration, not an event. Exam date and report date.")))

DOCS.append(dict(stem="nz-026-mri-pols-tfcc-meander", fmt="rl",
    lh=["Meander Medisch Centrum", "Radiologie", "Maatweg 3, 3813 TZ Amersfoort"],
    lh_right=["Datum onderzoek: 11-06-2026", "Datum verslag: 12-06-2026"], color="#00857c",
    footer="Meander Medisch Centrum — radiologieverslag — dit verslag is elektronisch ondertekend",
    blocks=[
        ("title", "MRI pols links"),
        ("kv", [("Patiënt", "T. van Oosterhout"), ("Geboren", "03-02-1994"), ("Patiëntnummer", "6601142"),
                ("Aanvrager", "dr. R. Koster, orthopedisch chirurg, Meander MC"),
                ("Vraagstelling", "Ulnaire polspijn na val (skiën 02-2026). TFCC-laesie? Operatie-indicatie?")]),
        ("h", "Techniek"),
        ("p", "3 Tesla MRI van de linkerpols met handgewrichtspoel: coronale PD FS, T1, 3D-GRE, axiale PD FS en sagittale "
              "PD FS. Geen intra-articulair contrast."),
        ("h", "Bevindingen"),
        ("p", "Verhoogd signaal en discontinuïteit aan de ulnaire (perifere) aanhechting van het TFCC, passend bij een "
              "Palmer 1B scheur. De discus articularis centraal intact. Beperkt vocht in het distale radio-ulnaire gewricht. "
              "Het ulnolunaire en ulnotriquetrale ligament intact. Pees van de extensor carpi ulnaris in de groeve, lichte "
              "tendinose zonder scheur. Scapholunair en lunotriquetraal ligament intact. Geen beenmergoedeem, geen occulte "
              "fractuur. Ulnaire variantie neutraal."),
        ("h", "Conclusie"),
        ("p", "1. Perifere TFCC-scheur (Palmer 1B) links.\n2. Geringe ECU-tendinose.\n3. Geen fractuur, geen carpale instabiliteit."),
        ("p", "dr. A.C. Veenstra, radioloog"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-06-12", also_dates=["2026-06-11"], author="radiologist", language="nl",
               style="MRI report, title is only the exam name, dates in right header",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Vraagstelling mentions skiing and 'Operatie-indicatie?' (question, not event). Same patient as nz-002. "
                     "Skiing fall mentioned without saying where care took place.")))

DOCS.append(dict(stem="nz-027-verslag-medische-beeldvorming-ct-scaphoid-brugge", fmt="fpdf",
    lh=["AZ Sint-Jan Brugge AV", "Dienst Medische Beeldvorming", "Ruddershove 10, 8000 Brugge — +32 50 45 21 11"],
    lh_right=["Verslag medische beeldvorming", "Aanvraagnr. 26-MB-093314"], pagefmt="p. {p}",
    footer="AZ Sint-Jan Brugge AV · Dienst Medische Beeldvorming · verslag gevalideerd",
    blocks=[
        ("kv", [("Patiënt", "VANDENBERGHE Wout"), ("Geboortedatum", "12/01/1992"), ("Aanvragend arts", "dr. P. Claeys (orthopedie)"),
                ("Onderzoek", "CT pols rechts (zonder contrast)"), ("Datum onderzoek", "04/11/2026"),
                ("Datum verslag", "05/11/2026")]),
        ("h", "Klinische inlichtingen"),
        ("p", "Status na percutane schroefosteosynthese scaphoid rechts (04/2025). Opnieuw pijn. Consolidatie?"),
        ("h", "Bevindingen"),
        ("p", "Vergelijking met CT van 14/03/2025 en RX van 22/09/2025."),
        ("p", "Herbertschroef in situ, centraal in de lengte-as van het scaphoid, de proximale schroefdraad net subchondraal. "
              "Rond de schroef een resorptiezoom tot 2 mm. Ter hoogte van de taille persisteert een fractuurspleet over "
              "ongeveer 60% van de doorsnede met sclerotische randen; brugvorming enkel aan de dorsoradiale cortex. "
              "Geen fragmentatie of collaps van de proximale pool. Geen humpback-deformiteit. Beginnende degeneratieve "
              "veranderingen aan de processus styloideus radii. Overige carpale botten normaal."),
        ("h", "Besluit"),
        ("p", "Onvolledige consolidatie (vertraagde consolidatie / beginnende pseudartrose) van de scaphoidtaille rechts "
              "na schroefosteosynthese, met resorptie rond het osteosynthesemateriaal. Geen avasculaire necrose op CT-basis."),
        ("p", "dr. Annelies Deprez, radioloog"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-11-05", also_dates=["2026-11-04"], author="radiologist", language="nl",
               style="Belgian 'verslag medische beeldvorming' (Besluit, Klinische inlichtingen), fpdf2",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Written by a Belgian hospital that treated the patient; 'Status na ... schroefosteosynthese'. "
                     "Same patient as nz-011. Comparison dates of older studies.")))

DOCS.append(dict(stem="nz-028-roentgenbefund-handgelenk-platte-dortmund", fmt="soffice",
    lh=["Klinikum Dortmund gGmbH", "Klinik für Radiologie und Neuroradiologie", "Beurhausstraße 40 · 44137 Dortmund"],
    lh_right=["Dortmund, 06.11.2026", "Untersuchungs-Nr.: RX-26-554781"], footer="Klinikum Dortmund — Befundbericht",
    blocks=[
        ("title", "Radiologischer Befund"),
        ("kv", [("Patient", "Demir, Hüseyin"), ("Geb.-Datum", "30.07.1975"), ("Zuweiser", "Unfallchirurgie, Ambulanz (Dr. Brückner)"),
                ("Untersuchung", "Röntgen Handgelenk rechts in 2 Ebenen"), ("Untersuchungsdatum", "06.11.2026")]),
        ("h", "Klinische Angaben / Fragestellung"),
        ("p", "Z. n. palmarer winkelstabiler Plattenosteosynthese bei distaler Radiusfraktur rechts am 14.08.2026. "
              "12-Wochen-Kontrolle. Konsolidierung? Implantatlage?"),
        ("h", "Befund"),
        ("p", "Voraufnahme vom 18.09.2026 zum Vergleich. Palmare Radiusplatte mit 4 distalen und 3 proximalen Schrauben, "
              "regelrechte Lage, keine Lockerungszeichen. Die distalste ulnare Schraube projiziert sich in der seitlichen "
              "Aufnahme knapp an die dorsale Kortikalis, kein sicherer Überstand. Fraktur weitgehend knöchern durchbaut. "
              "Palmarflexion der Gelenkfläche 8°, radiale Inklination 21°, Ulnavarianz +1 mm. Unauffälliges DRUG. "
              "Ulnastyloid mit alter, pseudarthrotisch verheilter Fraktur."),
        ("h", "Beurteilung"),
        ("p", "Weitgehend konsolidierte distale Radiusfraktur rechts nach palmarer Plattenosteosynthese bei regelrechter "
              "Implantatlage. Kein Korrekturverlust gegenüber der Voraufnahme."),
        ("p", "Dr. med. Claudia Reimers\nFachärztin für Radiologie"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-11-06", author="radiologist", language="de",
               style="German radiology Befund, DOCX via LibreOffice",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="German hospital; 'Z. n. palmarer ... Plattenosteosynthese' states a past operation in the Fragestellung. "
                     "Exam and report same day.")))

DOCS.append(dict(stem="nz-029-ct-wrist-report-lancaster", fmt="rl",
    lh=["University Hospitals of Morecambe Bay NHS Foundation Trust", "Department of Radiology — Royal Lancaster Infirmary",
        "Ashton Road, Lancaster LA1 4RP"],
    lh_right=["RADIOLOGY REPORT", "Accession: RLI26081930", "Printed 20/08/2026 14:05"], color="#005eb8",
    footer="Report verified electronically. Images available on request via PACS image exchange.", pagefmt="Page {p}",
    blocks=[
        ("table", [["Patient", "DOB", "NHS number", "Hospital no."],
                   ["WHITFIELD, Daniel", "04/09/1981", "612 448 7710", "RLI0093318"]], [0.3, 0.2, 0.25, 0.25]),
        ("kv", [("Examination", "CT Left Wrist"), ("Date of examination", "19/08/2026"),
                ("Referrer", "Mr K. Armitage, Consultant Hand Surgeon — Hand Clinic"), ("Reported by", "Dr L. Okafor, Consultant Radiologist"),
                ("Date reported", "20/08/2026")]),
        ("h", "Clinical details"),
        ("p", "Scaphoid waist fracture March 2025 treated in cast. Ongoing pain. ?union ?deformity ?consider fixation."),
        ("h", "Findings"),
        ("p", "Thin-section CT of the left wrist with sagittal reformats along the long axis of the scaphoid. Comparison "
              "with radiographs of 21/05/2025."),
        ("p", "The waist fracture has united with continuous trabecular bridging across more than 75% of the cross-section. "
              "There is mild flexion (humpback) deformity with an intrascaphoid angle of 42 degrees. The lateral "
              "intrascaphoid angle is mildly increased. No cyst formation. No sclerosis or fragmentation of the proximal "
              "pole. Early DISI configuration with a radiolunate angle of 14 degrees. No radiocarpal arthrosis."),
        ("h", "Conclusion"),
        ("p", "United left scaphoid waist fracture with mild humpback deformity and early DISI pattern. No evidence of "
              "non-union or avascular necrosis."),
    ],
    label=dict(kinds=["imaging-report"], date="2026-08-20", also_dates=["2026-08-19"], author="radiologist", language="en",
               style="NHS CT report with header table and field list", imaging_done="yes", operated="unmentioned",
               treated_abroad="yes",
               notes="English hospital report for a patient now in NL (same as nz-014). '?consider fixation' is a question. "
                     "Printed date equals report date.")))
