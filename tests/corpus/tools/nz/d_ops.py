# nz-030 .. nz-034: operation reports
DOCS = []

DOCS.append(dict(stem="nz-030-ok-verslag-carpale-tunnel-tergooi", fmt="rl",
    lh=["Tergooi MC", "Plastische chirurgie — Operatiekamers", "Laan van Tergooi 2, 1212 VG Hilversum"],
    lh_right=["OK-VERSLAG", "OK-nummer: 26-0519-04", "Patiëntnr.: 3120887"], color="#6a2c91",
    footer="Tergooi MC · Hilversum", pagefmt="Pagina {p}",
    blocks=[
        ("kv2", [("Naam", "M. Peters", "Geboortedatum", "09-04-1971"), ("Datum operatie", "19-05-2026", "Zijde", "Rechts"),
                 ("Operateur", "drs. K.L. Smulders, plastisch chirurg", "Assistent", "E. de Groot, OK-assistent"),
                 ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline)", "Anesthesioloog", "n.v.t."),
                 ("Opname", "Dagbehandeling", "ASA", "II")]),
        ("kv", [("Indicatie", "Ernstig carpaal tunnelsyndroom rechts, EMG-bevestigd (03-2026), onvoldoende effect spalk en injectie."),
                ("Ingreep", "Open carpale tunnel release rechts (mini-incisie)"),
                ("Bloedleegte", "Geen (WALANT)")]),
        ("h", "Verloop / beschrijving"),
        ("p", "Patiënte in rugligging, arm op handtafel. Infiltratie volgens WALANT-protocol, 25 minuten wachttijd. "
              "Desinfectie en steriel afdekken. Longitudinale incisie van 2,5 cm in de handpalm in lijn met de radiale zijde "
              "van de ringvinger, proximaal van de lijn van Kaplan. Scherp doorgaan door de palmaire fascie. Het ligamentum "
              "carpi transversum wordt in de lengte volledig gekliefd van distaal naar proximaal, onder zicht tot voorbij de "
              "polsplooi; distaal vetkussen zichtbaar. De n. medianus is ter plaatse afgeplat en hyperemisch, de thenaire "
              "motorische tak gaat extraligamentair af en is intact. Geen ruimte-innemend proces. Spoelen, hemostase. "
              "Huid gesloten met Ethilon 4-0 interrupted. Drukverband."),
        ("kv", [("Complicaties", "Geen"), ("Bloedverlies", "Minimaal"), ("PA", "Niet ingestuurd")]),
        ("h", "Nabehandeling"),
        ("p", "Hand hoog houden, vingers direct bewegen. Drukverband na 2 dagen verwijderen, pleister. Hechtingen "
              "verwijderen na 10-12 dagen bij de huisarts. Controle polikliniek (PA) over 6 weken."),
        ("sp",),
        ("p", "Getekend: drs. K.L. Smulders — 19-05-2026 11:46"),
    ],
    label=dict(kinds=["operation-report"], date="2026-05-19", author="specialist", language="nl",
               style="OK-verslag form, two-column label/value tables on letterhead",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Form without salutation; 'PA: niet ingestuurd' means pathology, not the physician assistant.")))

DOCS.append(dict(stem="nz-031-operatieverslag-fasciectomie-alrijne-2019", fmt="docx",
    lh=["Alrijne Ziekenhuis", "Plastische chirurgie", "Simon Smitweg 1, 2353 GA Leiderdorp"],
    lh_right=["Operatieverslag", "Uitgeprint: 20-11-2026"], footer="Alrijne Ziekenhuis — kopie uit elektronisch patiëntendossier",
    blocks=[
        ("table", [["Patiënt", "C. van der Plas", "Geboortedatum", "30-04-1948"],
                   ["Operatiedatum", "12-03-2019", "Patiëntnummer", "1029334"],
                   ["Operateur", "dr. J.H. Blom", "Assistent", "drs. F. Moerman (ANIOS)"],
                   ["Anesthesie", "Algehele anesthesie", "Anesthesioloog", "dr. P. Rietveld"]]),
        ("h", "Preoperatieve diagnose"),
        ("p", "Ziekte van Dupuytren linkerhand, strengen D4 en D5 met contractuur MCP-5 50°, PIP-5 40°, MCP-4 30°."),
        ("h", "Ingreep"),
        ("p", "Partiële (selectieve) fasciëctomie D4 en D5 linkerhand."),
        ("h", "Beschrijving"),
        ("p", "Bloedleegte bovenarm 250 mmHg. Bruner-incisies over D4 en D5 vanuit de handpalm. Dissectie van de "
              "pretendineuze strengen en de spiraalstreng aan D5, waarbij de ulnaire neurovasculaire bundel naar centraal "
              "verplaatst bleek; deze werd over de gehele lengte vrijgeprepareerd en gespaard. Excisie van het aangedane "
              "weefsel. Na excisie volledige extensie MCP-4 en MCP-5, restcontractuur PIP-5 10°. Bloedleegte opgeheven, "
              "goede doorbloeding van alle vingers. Huidsluiting met Y-V-plastiek in de palm en Ethilon 5-0. "
              "Drukverband en volaire spalk in extensie."),
        ("h", "Complicaties"),
        ("p", "Geen."),
        ("h", "Nabehandeling"),
        ("p", "Handtherapie binnen 1 week, nachtspalk 3 maanden. Hechtingen verwijderen na 14 dagen. Controle 6 weken."),
        ("p", "PA: Dupuytren-weefsel ingestuurd."),
        ("p", "dr. J.H. Blom, plastisch chirurg — 12-03-2019"),
    ],
    label=dict(kinds=["operation-report"], date="2019-03-12", author="specialist", language="nl",
               style="operation report as DOCX table, reprinted from EPD with print date",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Old operation (2019), reprinted 2026 (print date is not the document's date). Same patient as nz-007.")))

DOCS.append(dict(stem="nz-032-operationsbericht-radius-dortmund", fmt="rl",
    lh=["Klinikum Dortmund gGmbH", "Klinik für Unfall-, Hand- und Orthopädische Chirurgie", "Münsterstraße 240 · 44145 Dortmund"],
    lh_right=["Operationsbericht", "Aufnahme-Nr. 2026-5512093"], color="#004b87", pagefmt="Seite {p}",
    footer="Klinikum Dortmund gGmbH · Akademisches Lehrkrankenhaus",
    blocks=[
        ("kv2", [("Name", "Demir, Hüseyin", "Geburtsdatum", "30.07.1975"),
                 ("OP-Tag", "14.08.2026", "Saal", "OP 4"),
                 ("1. Operateur", "OA Dr. med. J. Brückner", "1. Assistenz", "Dr. med. L. Hoffmann"),
                 ("Anästhesie", "ITN (Dr. Wesseler)", "Blutleere", "ja, 58 Min.")]),
        ("kv", [("Diagnose", "Dislozierte intraartikuläre distale Radiusfraktur rechts (AO 23-C2), Abrissfraktur Proc. styloideus ulnae"),
                ("Eingriff", "Offene Reposition und palmare winkelstabile Plattenosteosynthese (2,4 mm Radiusplatte)"),
                ("Indikation", "Sturz vom Fahrrad am 11.08.2026 während eines Verwandtenbesuchs in Dortmund. CT: Gelenkstufe 2 mm, "
                               "dorsale Trümmerzone.")]),
        ("h", "Operationsverlauf"),
        ("p", "Rückenlage, Armtisch, Oberarmblutsperre. Team-Time-Out. Zugang nach Henry über der FCR-Sehne. Darstellung und "
              "Abschieben des M. pronator quadratus. Reposition unter Bildwandlerkontrolle, temporäre Fixierung mit zwei "
              "K-Drähten. Anlage einer palmaren winkelstabilen Platte, distal 4 winkelstabile Schrauben, proximal 3 Kortikalis"
              "schrauben. Bildwandlerkontrolle in zwei Ebenen und Skyline-Aufnahme: regelrechte Gelenkstellung, keine "
              "intraartikuläre Schraubenlage. DRUG stabil. Refixation des M. pronator quadratus. Subkutannaht, "
              "Hautnaht Donati 4-0. Steriler Verband, palmare Unterarmgipsschiene."),
        ("kv", [("Komplikationen", "keine"), ("Drainage", "keine"), ("Bildwandler", "DFP 0,8 cGy·cm², 42 s")]),
        ("h", "Nachbehandlung"),
        ("p", "Gipsschiene 2 Wochen, dann funktionell. Röntgenkontrolle nach 6 und 12 Wochen. Fadenzug 12. Tag. "
              "Metallentfernung nicht zwingend. Weiterbehandlung beim Hausarzt bzw. in den Niederlanden möglich."),
        ("p", "Dr. med. J. Brückner, Oberarzt"),
    ],
    label=dict(kinds=["operation-report"], date="2026-08-14", author="specialist", language="de",
               style="German Operationsbericht form with two-column header table",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Operated in a German hospital during a family visit. Indication quotes CT; intraoperative fluoroscopy. "
                     "Same patient as nz-028 and nz-037.")))

DOCS.append(dict(stem="nz-033-operation-note-orif-harrogate", fmt="rl",
    lh=["Harrogate and District NHS Foundation Trust", "Harrogate District Hospital — Trauma & Orthopaedics",
        "Lancaster Park Road, Harrogate HG2 7SX"],
    lh_right=["OPERATION NOTE", "Theatre 3 — Trauma list"], color="#005eb8", pagefmt="Page {p} of 1",
    footer="Printed from electronic theatre record (ORMIS) — 23/01/2026 17:32",
    blocks=[
        ("kv2", [("Patient", "HARTLEY, Olivia", "DOB", "11/05/1988"), ("NHS No.", "485 221 9034", "Hosp No.", "HDH7712980"),
                 ("Date", "23/01/2026", "Side", "RIGHT"), ("Surgeon", "Mr J. Dunmore FRCS (Tr&Orth)", "Assistant", "Dr S. Iqbal (ST4)"),
                 ("Anaesthetist", "Dr M. Fenwick", "Anaesthetic", "GA + supraclavicular block")]),
        ("kv", [("Diagnosis", "Displaced intra-articular distal radius fracture, right (AO 23-C1), injury 19/01/2026"),
                ("Procedure", "Open reduction and internal fixation, volar locking plate (Acu-Loc 2), right distal radius"),
                ("Tourniquet", "Upper arm, 250 mmHg, 64 min"),
                ("Antibiotics", "Cefuroxime 1.5 g IV at induction")]),
        ("h", "Findings and procedure"),
        ("p", "WHO checklist completed. Supine, arm table. Modified Henry approach through FCR sheath. Pronator quadratus "
              "elevated. Fracture: dorsally displaced, two-part articular split with 2 mm step. Reduced under direct vision "
              "and fluoroscopy, provisional K-wires. Volar locking plate applied, distal row 5 locking pegs, 3 cortical "
              "screws in the shaft. Final images: restored volar tilt (+6°) and radial height, no intra-articular screws, "
              "DRUJ stable on ballottement. PQ repaired. Skin 3-0 Monocryl subcuticular."),
        ("kv", [("Complications", "None"), ("Blood loss", "Minimal"), ("Implants", "Recorded on implant log")]),
        ("h", "Post-op instructions"),
        ("p", "Volar backslab, elevate. Home today if comfortable. Wound check and removal of backslab at 10-14 days "
              "(fracture clinic). Hand therapy referral. X-ray at 6 weeks."),
        ("p", "Signed: J. Dunmore, Consultant Orthopaedic Surgeon"),
    ],
    label=dict(kinds=["operation-report"], date="2026-01-23", author="specialist", language="en",
               style="NHS operation note form (two-column fields)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="English hospital; the patient now lives in NL (same as nz-005, nz-038). Fluoroscopy during surgery. "
                     "Print footer date equals operation date.")))

DOCS.append(dict(stem="nz-034-ok-verslag-export-trapeziectomie-martini", fmt="txt", text="""
Martini Ziekenhuis Groningen - Plastische Chirurgie
Van Swietenplein 1, 9728 NT Groningen
======================================================================
OPERATIEVERSLAG
======================================================================
Patient        : Dijkstra-Hoeksema, J.
Geb. datum     : 08-08-1960
Patientnummer  : 4410927
Opnametype     : Dagbehandeling
----------------------------------------------------------------------
Operatiedatum  : 10-02-2026
Operateur      : dr. M.R. Venema, plastisch chirurg
Assistent      : drs. A. Wiersma, AIOS
Anesthesie     : plexus axillaris links + sedatie (dr. Brink)
Bloedleegte    : bovenarm 250 mmHg, 71 min
----------------------------------------------------------------------
Diagnose       : Duimbasisartrose links, Eaton III
Indicatie      : persisterende pijn ondanks spalk en 2x injectie
Ingreep        : Trapeziectomie links met ligamentplastiek volgens
                 Weilby (FCR-slip)
----------------------------------------------------------------------
Verslag:
Dorsoradiale incisie over de duimbasis. Sparen van de takken van de
n. radialis superficialis. Kapsel T-vormig geopend. Trapezium in delen
verwijderd; STT-gewricht inspecteerbaar, geen artrose. Een halve pees
van de FCR werd vrijgemaakt en rond de APL-pees en de resterende FCR
geweven (Weilby). Goede ophanging van de eerste metacarpaal, geen
proximalisatie bij axiale druk. Kapselsluiting Vicryl 3-0, huid
intracutaan Monocryl 4-0. Gipsspalk met duim in abductie.

Complicaties   : geen
PA             : niet ingestuurd

Nabehandeling  : gipsspalk 2 weken, daarna thermoplastische spalk en
                 handtherapie. Controle poli 2 en 6 weken.
----------------------------------------------------------------------
Autorisatie: dr. M.R. Venema, 10-02-2026 14:18
Afgedrukt : 25-11-2026 09:30
""", label=dict(kinds=["operation-report"], date="2026-02-10", author="specialist", language="nl",
               style="HiX-like operation report plain-text export with print date",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Print date 25-11-2026 differs from the operation/authorisation date.")))
