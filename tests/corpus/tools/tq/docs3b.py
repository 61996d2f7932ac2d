from common import L, P, CLINIC_ADDR

DOCS = []
def add(**d):
    DOCS.append(d)

# ---------------------------------------------------------------- tq-045 HIS professionele samenvatting (multi-page)
J45 = [
    ("14-02-2023", "Carpaal tunnel syndroom re", "S: nachtelijke tintelingen re hand dig 1-3 sinds maanden. O: Tinel+, Phalen+. E: N93 CTS re. P: nachtspalk, controle 6 wk."),
    ("30-03-2023", "CTS re", "S: geen verbetering. P: verwijzing plastische chirurgie Zuiderhaven (ZorgDomein)."),
    ("02-06-2023", "Brief specialist ontvangen", "Plastische chirurgie: EMG CTS re ernstig. Carpale tunnel release re verricht op 25-05-2023 in dagbehandeling, ongecompliceerd. Ctrl bij hen."),
    ("11-09-2023", "Hypertensie", "RR 152/94. E: K86. P: start losartan 50 mg."),
    ("05-01-2024", "Griep", "S: koorts, spierpijn. E: R80 influenza. P: uitleg."),
    ("21-05-2024", "Controle RR", "RR 136/84. P: continueren."),
    ("18-07-2024", "Reisadvies", "Vakantie Thailand aug. Vaccinaties hepatitis A, DTP op orde. P: advies."),
    ("09-09-2024", "Na vakantie", "S: geen klachten, geen ziekenhuiscontact in het buitenland gehad. Komt voor lab DM-screening."),
    ("16-09-2024", "Lab", "glucose nuchter 6.4, HbA1c 41. E: A91 verhoogde nuchtere glucose. P: leefstijl."),
    ("03-03-2025", "Triggerduim li", "S: knappen duim li bij buigen, ochtend op slot. O: nodulus A1-pulley duim li, triggering. E: L87 triggerfinger/-duim li. P: injectie Kenacort 10 mg."),
    ("28-05-2025", "Triggerduim li", "S: 2 mnd klachtenvrij, nu recidief. P: 2e injectie."),
    ("14-10-2025", "Rugpijn", "S: lage rugpijn na tillen. O: geen radiculaire prikkeling. E: L03. P: paracetamol, blijven bewegen."),
    ("06-02-2026", "Triggerduim li", "S: opnieuw klachten, ook nu dig III re soms haperen. O: triggering duim li, nodulus dig III re. P: echo? niet nodig, klinische diagnose. Verwijzing handchirurgie besproken."),
    ("20-02-2026", "Brief specialist ontvangen", "Handchirurgie Spaarnestad: A1-release duim li geadviseerd, pt heeft bedenktijd gevraagd."),
    ("15-06-2026", "Controle RR/DM", "RR 131/80, HbA1c 44. P: continueren."),
    ("09-10-2026", "Triggerduim li / triggerfinger re", "S: wil nu toch hulp, maar liever niet opnieuw opereren na slechte ervaring litteken CTR re. Vraagt second opinion. P: samenvatting mee, verwijzing volgt."),
]
rows45 = [["Datum", "Omschrijving", "Journaal (SOEP)"]] + [list(r) for r in J45]
add(stem="tq-045", fmt="pdf", engine="rl", font="sans", size=9,
    header="Professionele samenvatting - mw. F. Kramer-Ould (29-01-1964) - Datum uitdraai 12-11-2026",
    footer="Huisartsenpraktijk Molenwijk - Molenweg 1, 1506 KA Zaandam - gegenereerd uit HIS (MedixView)",
    pagenum="Pagina {n} van {N}",
    blocks=[
        ("title", "Professionele samenvatting"),
        ("tbl", [["Patiënt", "F. Kramer-Ould", "Geboortedatum", "29-01-1964"],
                 ["Adres", "Kalverstraat 88, 1506 BN Zaandam", "Geslacht", "V"],
                 ["Huisarts", "I. Mahabier", "Datum uitdraai", "12-11-2026"],
                 ["Ontvanger", "Handcentrum Oostvaarders (second opinion)", "Periode", "01-01-2023 t/m 12-11-2026"]],
         {"head": False, "grid": False, "widths": [2.8, 6.5, 3.2, 4.5]}),
        ("h", "Actuele episodes"),
        ("tbl", [["ICPC", "Episode", "Sinds", "Attentie"],
                 ["L87", "Triggerduim links / triggerfinger dig III rechts", "03-03-2025", ""],
                 ["N93", "Carpaal tunnel syndroom rechts - status na CTR 05-2023", "14-02-2023", "X"],
                 ["K86", "Hypertensie", "11-09-2023", ""],
                 ["A91", "Verhoogde nuchtere glucose", "16-09-2024", ""]], {"widths": [1.5, 9, 3, 2]}),
        ("h", "Medicatie (actueel)"),
        ("tbl", [["Middel", "Dosering", "Start"], ["Losartan 50 mg", "1 dd 1", "11-09-2023"],
                 ["Paracetamol 500 mg", "z.n. max 3 dd 2", "14-10-2025"]]),
        ("h", "Allergieën en intoleranties"),
        ("p", "Pleisterallergie (kleefmiddel). Geen geneesmiddelallergie."),
        ("h", "Journaal (alle episodes, chronologisch)"),
        ("tbl", rows45, {"widths": [2.2, 4, 10.8]}),
        ("h", "Correspondentie in dossier"),
        ("p", "02-06-2023 brief plastische chirurgie Zuiderhaven; 20-02-2026 brief handchirurgie Spaarnestad."),
    ],
    label=L(["history"], "2026-11-12", "gp", "nl", "HIS professionele samenvatting, multi-page tables, repeated header/footer",
            img="no", op="yes", abroad="no",
            notes="Long journal table spanning pages; CTR done in 2023 (operated yes) vs A1-release only advised; "
                  "'echo? niet nodig, klinische diagnose' (no imaging); EMG not imaging; Thailand holiday with 'geen "
                  "ziekenhuiscontact in het buitenland'; print date in repeated header."))

# ---------------------------------------------------------------- tq-046 merged German bundle (dog bite)
add(stem="tq-046", fmt="pdf",
    parts=[
        dict(engine="rl", font="serif", pagenum="Seite {n} von {N}", header="Krankenhaus Kleve-Süd - Klinik für Unfall- und Handchirurgie",
             blocks=[
            ("lh", {"name": "Krankenhaus Kleve-Süd", "logo": "KKS", "align": "right",
                    "sub": ["Klinik für Unfall- und Handchirurgie", "Albersallee 5-7, 47533 Kleve", "+49 2821 490-0"]}),
            ("addr", ["An den weiterbehandelnden Hausarzt", "Dr. R. Peters", "Hoogstraat 2", "NL-6581 AA Malden"]),
            ("p", "Kleve, 27.10.2026"),
            ("title", "Vorläufiger Entlassungsbericht"),
            ("p", "Patient: Herr Bram Willems, geb. 12.12.1988\nStationärer Aufenthalt: 21.10.2026 - 26.10.2026"),
            ("h", "Diagnosen"),
            ("p", "Phlegmone Handrücken rechts nach Hundebiss (20.10.2026), Beugesehnenscheidenbeteiligung Dig. II re. "
                  "ausgeschlossen.\nNebendiagnose: Asthma bronchiale."),
            ("h", "Therapie"),
            ("p", "Chirurgisches Débridement und Spülung am 21.10.2026 (siehe OP-Bericht), i.v. Ampicillin/Sulbactam, "
                  "ab 24.10. oral Amoxicillin/Clavulansäure."),
            ("h", "Verlauf"),
            ("p", "Rasche Rückbildung der Entzündungszeichen. Röntgen Hand re. bei Aufnahme: kein Fremdkörper, keine "
                  "Fraktur. Im MRSA-Aufnahmescreening (Nase) wurde MRSA nachgewiesen; Patient wurde isoliert und "
                  "eine Dekolonisation begonnen (Befund anbei)."),
            ("h", "Empfehlung"),
            ("p", "Antibiose bis einschl. 02.11.2026. Wundkontrolle in 2-3 Tagen durch den Hausarzt. Kontroll-Screening "
                  "MRSA nach Abschluss der Dekolonisation. Tetanusschutz wurde aufgefrischt."),
            ("p", "Mit freundlichen Grüßen\nDr. med. H. Terhoeven, Oberarzt"),
        ], label=P(["correspondence"], "2026-10-27", "specialist")),
        dict(engine="lo", font="sans", blocks=[
            ("lh", {"name": "Krankenhaus Kleve-Süd", "sub": ["Zentral-OP - Operationsbericht"]}),
            ("kv", [("Patient", "Willems, Bram  *12.12.1988"), ("Datum", "21.10.2026"),
                    ("Operateur", "Dr. med. H. Terhoeven"), ("Assistenz", "A. Nowak"),
                    ("Narkose", "Plexus axillär"),
                    ("Diagnose", "Phlegmone Handrücken re. nach Hundebiss"),
                    ("Operation", "Wunderweiterung, Débridement, Jet-Lavage, Einlage Easy-Flow-Drainage")], {"w": 3}),
            ("h", "OP-Verlauf"),
            ("p", "Blutsperre. Erweiterung der beiden Bisswunden über MC II/III, Entleerung von trübem Sekret "
                  "(Abstrich entnommen). Exzision nekrotischer Subkutis. Strecksehnen intakt, Gelenkkapseln MCP "
                  "II/III nicht eröffnet. Jet-Lavage mit 3 l NaCl. Einlage einer Lasche, lockere Adaptation. "
                  "Steriler Verband, palmare Schiene in Intrinsic-plus-Stellung."),
        ], label=P(["operation-report"], "2026-10-21", "specialist")),
        dict(engine="rl", font="cond", pagenum="1/1", blocks=[
            ("lh", {"name": "Labor Niederrhein MVZ - Mikrobiologie", "sub": ["Kalkarer Str. 81, 47533 Kleve"]}),
            ("tbl", [["Name", "Willems, Bram", "Geb.", "12.12.1988"],
                     ["Einsender", "KH Kleve-Süd, Station 4B", "Entnahme", "21.10.2026"],
                     ["Eingang", "21.10.2026", "Befund", "23.10.2026"]], {"head": False}),
            ("h", "MRSA-Screening"),
            ("tbl", [["Material", "Ergebnis", "Bemerkung"],
                     ["Nasenabstrich", "MRSA NACHGEWIESEN", "spa-Typ folgt; Mupirocin sensibel"],
                     ["Rachenabstrich", "kein MRSA", ""],
                     ["Wundabstrich Hand re.", "Pasteurella multocida, S. aureus (MSSA)", "siehe Antibiogramm"]]),
            ("p", "Meldung an Hygiene erfolgt. Validiert: Dr. K. Hülsmann"),
        ], label=P(["mrsa-screening"], "2026-10-23", "lab")),
    ],
    label=L(["correspondence", "operation-report", "mrsa-screening"], "2026-10-27", "specialist", "de",
            "merged German bundle: Entlassungsbericht + OP-Bericht (LibreOffice) + MRSA Befund", img="yes", op="yes", abroad="yes",
            notes="Positive MRSA screen ('NACHGEWIESEN') still an MRSA screening; the letter mentions the result; "
                  "wound culture S. aureus (MSSA) next to MRSA rows; three documents in one file, middle one via LibreOffice."))

# ---------------------------------------------------------------- tq-047 OK-verslag docx table (flexor tendon)
add(stem="tq-047", fmt="docx", font="sans", size=9, pagenum="{n}/{N}", footer="Geprint: 05-12-2026 08:15",
    blocks=[
        ("lh", {"name": "Spaarnestad Medisch Centrum", "logo": "SMC", "sub": ["Plastische Chirurgie - OK-complex"]}),
        ("tbl", [["OPERATIEVERSLAG", ""],
                 ["Patiënt", "S. (Sem) Jacobs, 03-11-2001, M, MRN 100552908"],
                 ["Operatiedatum", "zaterdag 28 november 2026"],
                 ["Spoed/electief", "Spoed (dienst)"],
                 ["Operateur(s)", "drs. L. Haverkamp, plastisch chirurg; E. Fontein, AIOS"],
                 ["Anesthesie", "Algehele anesthesie (LMA), dr. K. Poot"],
                 ["Pre-operatieve diagnose", "Snijwond volaire zijde dig II links met uitval flexie DIP en PIP"],
                 ["Post-operatieve diagnose", "Volledige doorsnijding FDP en FDS dig II li zone II, ulnaire digitale zenuw doorgesneden"],
                 ["Verrichting", "Primaire peeshechting FDP (4-strands Adelaide + epitendineus) en FDS, "
                                 "microchirurgisch herstel n. digitalis ulnaris dig II li"],
                 ["Beschrijving", "Bloedleegte. Verlengen wond volgens Bruner. Proximale peesstompen in de palm "
                                  "opgezocht en via katheter doorgetrokken. A2 gedeeltelijk gekliefd. Hechting FDP "
                                  "4-0 Fiberwire, epitendineus 6-0 Prolene; FDS beide slips 4-0. Zenuwhechting 9-0 "
                                  "Ethilon, 3 epineurale hechtingen. Vrije glijding gecontroleerd. Huid Ethilon 5-0."],
                 ["Complicaties", "Geen"],
                 ["Bloedverlies", "< 20 ml"],
                 ["Nabehandeling", "Dorsale spalk (pols 20° flexie, MCP 70°). Start vroeg-actief protocol via "
                                   "handtherapie dag 3-5. Poli over 2 weken."]], {"head": True, "widths": [5, 12]}),
        ("p", "Verslag gedicteerd door E. Fontein (AIOS) op 29-11-2026, geautoriseerd door drs. L. Haverkamp op 30-11-2026."),
    ],
    label=L(["operation-report"], "2026-11-28", "specialist", "nl", "operatieverslag as one big Word table",
            img="unmentioned", op="yes", abroad="unmentioned", also=["2026-11-29", "2026-11-30"],
            notes="Title only as first table cell; operation date written out with weekday; dictation and authorisation "
                  "dates; print date in footer (later)."))

# ---------------------------------------------------------------- tq-048 German Arztbrief plain text (ski accident)
add(stem="tq-048", fmt="txt", width=80,
    blocks=[
        ("p", "Klinikum Werdenfelser Land - Zentrale Notaufnahme / Unfallchirurgie\n"
              "Auenstraße 6, 82467 Garmisch-Partenkirchen, Tel. +49 8821 77-0"),
        ("p", "NOTAUFNAHMEBERICHT / ARZTBRIEF"),
        ("kv", [("Patient", "Femke Hoekstra, geb. 14.05.2003"), ("Wohnort", "Groningen (NL)"),
                ("Aufnahme", "03.02.2026, 15:40 Uhr"), ("Entlassung", "03.02.2026, 19:10 Uhr (ambulant)"),
                ("Datum Brief", "03.02.2026")], {}),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,\nwir berichten über o.g. Patientin, die sich nach einem "
              "Skisturz auf der Kandahar-Abfahrt in unserer Notaufnahme vorstellte."),
        ("p", "Diagnosen:\n1. Distorsion Handgelenk links\n2. V.a. skapholunäre Bandläsion links"),
        ("p", "Befund: Schwellung radiodorsal, Druckschmerz Tabatière und SL-Intervall, Watson-Test nicht "
              "durchführbar (Schmerz). DMS intakt."),
        ("p", "Röntgen Handgelenk li. in 4 Ebenen inkl. Kahnbeinquartett: keine Fraktur, SL-Spalt 3 mm "
              "(Gegenseite nicht geröntgt)."),
        ("p", "Therapie: konservativ, Unterarmgipsschiene, Kühlung, Analgesie mit Ibuprofen 600 mg. Eine "
              "operative Versorgung ist derzeit nicht indiziert; keine OP erfolgt."),
        ("p", "Procedere: Wiedervorstellung beim Handchirurgen im Heimatland innerhalb 1 Woche. Bei persistierenden "
              "Beschwerden MRT zum Ausschluss einer SL-Bandruptur empfohlen. Thromboseprophylaxe nicht erforderlich."),
        ("p", "Mit freundlichen Grüßen\nDr. med. A. Brandstätter, Assistenzärztin\ngez. PD Dr. med. G. Huber, Oberarzt"),
    ],
    label=L(["correspondence"], "2026-02-03", "specialist", "de", "German emergency department letter, plain text",
            img="yes", op="no", abroad="yes",
            notes="Foreign ED visit (treated abroad, ambulatory); 'keine OP erfolgt'; MRT only recommended; several "
                  "timestamps same day; older than 6 months."))
