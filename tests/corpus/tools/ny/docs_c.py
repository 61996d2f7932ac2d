"""ny- corpus, batch C: radiology reports, operation reports, laboratory results, request form."""
from render import build

D = []

# 021 German X-ray Befund (radiology practice Aachen)
D.append(dict(
    stem="ny-021-roentgen-befund-aachen", fmt="pdf-fpdf",
    header=["Radiologie am Elisenbrunnen – Gemeinschaftspraxis", "Dr. med. U. Brandt · Dr. med. S. Kaymaz · Fachärzte für Radiologie",
            "Friedrich-Wilhelm-Platz 3, 52062 Aachen · Tel. +49 241 000000"],
    footer="Befund elektronisch freigegeben – ohne Unterschrift gültig",
    pagefmt="Seite {p}",
    blocks=[
        ("kv", [("Patient", "Herr Maarten Ramakers, geb. 19.09.1977"), ("Wohnort", "Vaals (NL)"),
                ("Überweiser", "Dr. med. P. Offermann, Allgemeinmedizin, Aachen-Laurensberg"),
                ("Untersuchung", "Röntgen linke Hand in 2 Ebenen + Kahnbeinquartett"),
                ("Untersuchungsdatum", "27.10.2026"), ("Befunddatum", "28.10.2026"), ("Auftragsnummer", "RA-26-0917734")]),
        ("h", "Rechtfertigende Indikation / Fragestellung"),
        ("p", "Sturz beim Radfahren am 25.10., Druckschmerz Tabatière. Fraktur?"),
        ("h", "Befund"),
        ("p", "Schräg verlaufende, nicht dislozierte Fraktur im mittleren Drittel des Os scaphoideum (Taille). Keine Stufenbildung. "
              "Übrige Handwurzelknochen und Mittelhandknochen regelrecht. Kein Gelenkerguss abgrenzbar. Kein "
              "Osteosynthesematerial."),
        ("h", "Beurteilung"),
        ("p", "Nicht dislozierte Skaphoid-Taillenfraktur links. Bei klinischer Unsicherheit ergänzend CT empfohlen."),
        ("p", "Mit freundlichen kollegialen Grüßen\nDr. med. S. Kaymaz, Fachärztin für Radiologie"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-10-28", also_dates=["2026-10-27"], author="radiologist", language="de",
               style="German radiology practice Befund, label/value runs, exam and report dates differ",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Dutch patient imaged at a German outpatient radiology practice; CT only recommended. Imaging abroad counted as care abroad (borderline).")))

# 022 Echo report, Dutch, 'Uitslag'
D.append(dict(
    stem="ny-022-echo-pols-ganglion-uitslag", fmt="pdf-rl",
    header=["Dijklander Ziekenhuis", "Radiologie en Nucleaire Geneeskunde – locatie Hoorn"],
    header_right=["Accessienummer: DKL26R0448812", "Onderzoeksdatum: 29-09-2026", "Verslagdatum: 30-09-2026"],
    footer="Dijklander Ziekenhuis – Radiologie – definitief verslag",
    blocks=[
        ("title", "Uitslag"),
        ("kv", [("Patiënt", "mw. R. Zwaan, 05-08-1992, vrouw"), ("Aanvrager", "H.J. de Graaf, huisarts, Enkhuizen"),
                ("Onderzoek", "Echografie pols links (dorsaal)")]),
        ("h", "Klinische gegevens"),
        ("p", "Sinds 4 maanden zwelling dorsale zijde pols links, pijnlijk bij steunen. Ganglion? Geen trauma. Vraagstelling: cyste of solide?"),
        ("h", "Verslag"),
        ("p", "Dorsaal ter hoogte van het scafolunaire interval een goed begrensde anechogene, multilobulaire structuur van 18 x 11 x 9 mm "
              "met een smalle steel naar het SL-gewricht. Geen doppler-signaal. Pezen van het 3e en 4e extensorcompartiment intact."),
        ("h", "Conclusie"),
        ("p", "Dorsaal polsganglion links, uitgaande van het SL-gewricht. Geen solide component."),
        ("p", "Dr. T.J. Visser, radioloog"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-09-30", also_dates=["2026-09-29"], author="radiologist", language="nl",
               style="radiology 'Uitslag' with accession number, Klinische gegevens block",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Vraagstelling here is the requester's question to the radiologist, not a referral question.")))

# 023 CT scaphoid, comparison with older X-ray, hard header (no title)
D.append(dict(
    stem="ny-023-ct-pols-scaphoid-nonunion", fmt="txt",
    blocks=[("pre", """FLEVOZIEKENHUIS  -  AFDELING MEDISCHE BEELDVORMING
Hospitaalweg 1, 1315 RA Almere

Pat.:        BAKKER-NOOIJ, L.              Geb.dat.: 22-08-1995     V
Pat.nr.:     0884412                       Acc.nr.:  FZ-CT-26-33019
Aanvrager:   R. de Haan, traumachirurg, Chirurgie
Onderzoek:   CT pols links (scaphoidprotocol)
Datum onderz.: 14-09-2026                  Geautoriseerd: 15-09-2026 11:02

Klinische gegevens:
  Scaphoidfractuur li 01-2026 (behandeld in Oostenrijk, daarna hier gips 12 wk).
  Persisterende pijn. Consolidatie?

Bevindingen:
  Vergeleken met de conventionele opnamen van 10-02-2026 en 21-04-2026.
  Persisterende fractuurspleet door de taille van het os scaphoideum met
  sclerotische randen en cysteuze resorptie aan het proximale fragment.
  Geen brugvorming. Geringe humpback-deformiteit (intrascaphoïdale hoek 38 gr).
  Geen avasculaire necrose zichtbaar op CT (MRI hiervoor geschikter).
  Radiocarpaal geen artrose. Geen osteosynthesemateriaal.

Conclusie:
  Non-union van een scaphoid-taillefractuur links met beginnende humpback-
  deformiteit. Geen tekenen van SNAC-pols.

  E.P. Goedhart, radioloog
""")],
    label=dict(kinds=["imaging-report"], date="2026-09-15", also_dates=["2026-09-14"], author="radiologist", language="nl",
               style="radiology report plain text, no title, accession and authorisation stamp",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Clinical data mention treatment in Austria in passing; older X-rays referenced; MRI only suggested.")))

# 024 MRI with addendum
D.append(dict(
    stem="ny-024-mri-pols-tfcc-met-addendum", fmt="pdf-rl",
    header=["Spaarne Gasthuis", "Radiologie – MRI, locatie Hoofddorp"],
    header_right=["Onderzoek: MRI pols rechts zonder contrast", "Datum onderzoek: 24-03-2026", "Accessienr.: SG-MR-8823019"],
    footer="Dit verslag bevat een addendum. Het oorspronkelijke verslag blijft ongewijzigd.",
    blocks=[
        ("kv", [("Patiënt", "Verhagen, T.R. – 28-05-1988 – M"), ("Aanvrager", "dr. M. Kalkman, orthopeed, afd. Orthopedie"),
                ("Verslagdatum", "25-03-2026")]),
        ("h", "Klinische gegevens / Vraagstelling"),
        ("p", "Val op gestrekte hand 02-2026, ulnaire polspijn, ulnocarpale stresstest positief. TFCC-laesie?"),
        ("h", "Bevindingen"),
        ("p", "Discontinuïteit van de foveale insertie van het TFCC met vochtsignaal, de styloïdale insertie is intact. Discus "
              "articularis zonder centrale perforatie. Geen ulna-impactie, neutrale ulnavariant. ECU-pees in de groeve, "
              "geen tendinopathie. Scafolunair en lunotriquetraal ligament intact. Geen botoedeem."),
        ("h", "Conclusie"),
        ("p", "Foveale TFCC-laesie (Palmer 1B / Atzei klasse 2-3) rechts."),
        ("p", "J.H. Peeters, radioloog"),
        ("sp",),
        ("h", "ADDENDUM (27-03-2026)"),
        ("p", "Na overleg met de aanvrager zijn de beelden herbeoordeeld: er is tevens een klein (4 mm) dorsaal ganglion ter hoogte "
              "van het lunotriquetrale gewricht, zonder klinische betekenis. Conclusie verder ongewijzigd.\n"
              "J.H. Peeters, radioloog"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-03-25", also_dates=["2026-03-24", "2026-03-27"], author="radiologist",
               language="nl", style="MRI report with later addendum", imaging_done="yes", operated="unmentioned",
               treated_abroad="unmentioned", notes="Exam, report and addendum dates differ; old (March 2026) report.")))

# 025 English MRI report from Dublin private hospital, 'no abnormality'
D.append(dict(
    stem="ny-025-mri-hand-dublin-normal", fmt="txt",
    blocks=[("pre", """ST. KEVIN'S PRIVATE IMAGING CENTRE
Sandyford Business Park, Dublin 18, Ireland   |   +353 1 000 0000

RADIOLOGY REPORT

Patient name:   VAN LEEUWEN, Sophie         DOB: 03/12/1996      Sex: F
MRN:            SKP-0049183                  Accession: MR2611-0072
Referrer:       Dr Aoife Brennan, Orthopaedic Surgery (hand), St. Kevin's Clinic
Examination:    MRI RIGHT HAND (NON-CONTRAST)
Date of exam:   05/11/2026          Reported:  06/11/2026

Clinical history:
  Dutch national working in Dublin. Painful lump volar aspect of right middle finger
  base, 3 months. Previously aspirated at clinic without result. ? ganglion ? GCTTS.

Technique:
  Multiplanar multisequence imaging of the right hand at 3T.

Findings:
  No focal mass lesion. No tendon sheath effusion. Flexor tendons of all digits are of
  normal calibre and signal, A1 and A2 pulleys unremarkable. No bone marrow oedema.
  MCP and IP joints normal.

Impression:
  Normal MRI right hand. No ganglion or giant cell tumour of tendon sheath demonstrated.

Reported by: Dr Ciaran Mulvey, Consultant Radiologist, FFR RCSI
""")],
    label=dict(kinds=["imaging-report"], date="2026-11-06", also_dates=["2026-11-05"], author="radiologist", language="en",
               style="Irish private imaging centre report, plain text", imaging_done="yes", operated="no",
               treated_abroad="yes",
               notes="Normal MRI still means imaging done; aspiration at a clinic abroad is treatment abroad; aspiration is not an operation — labelled operated 'no'? Actually nothing says not operated: see label."))
)
D[-1]["label"]["operated"] = "unmentioned"
D[-1]["label"]["notes"] = "Normal MRI still means imaging done; aspiration at a clinic in Dublin is care abroad; needle aspiration is not an operation (operated unmentioned)."

# 026 OK-verslag form, carpal tunnel release, fpdf fields
D.append(dict(
    stem="ny-026-ok-verslag-ctsr-maasstad", fmt="pdf-fpdf",
    header=["Maasstad Ziekenhuis", "Plastische Chirurgie – Operatiekamercomplex", "Maasstadweg 21, 3079 DZ Rotterdam"],
    header_right=["OPERATIEVERSLAG", "Afdrukdatum 19-03-2026"],
    footer="Maasstad Ziekenhuis – OK-verslag – Ouali, S. 09-01-1969",
    blocks=[
        ("kv2", [("Patiënt", "Ouali, S.", "Geb.datum", "09-01-1969"), ("Patiëntnr", "M-2231908", "OK-nummer", "OK 7"),
                 ("Datum operatie", "18-03-2026", "Tijd", "08:32 – 08:51")]),
        ("kv", [("Operateur", "drs. J.C. Vos, plastisch chirurg"), ("Assistent", "L. Fransen, AIOS"),
                ("Anesthesie", "Lokaal (WALANT), lidocaïne 1% met adrenaline 20 ml"), ("Anesthesioloog", "n.v.t."),
                ("Indicatie", "Carpaal tunnelsyndroom rechts, EMG-bevestigd, therapieresistent na spalk en injectie"),
                ("Procedure", "Open carpaal tunnel release rechts"), ("Bloedleegte", "Geen (WALANT)")]),
        ("h", "Verslag"),
        ("p", "Patiënt in rugligging, arm op armtafel. Desinfectie en afdekken volgens protocol. Incisie van 2,5 cm in de handpalm in lijn met "
              "de radiale rand van de ringvinger. Palmaire fascie gekliefd. Ligamentum carpi transversum onder zicht volledig gekliefd "
              "van distaal naar proximaal, tot in de onderarmfascie. N. medianus vernauwd en hyperemisch, geen motorische "
              "tak-anomalie. Geen massa's. Hemostase. Huid gesloten met Ethilon 4-0 donati. Drukverband."),
        ("h", "Bevindingen"),
        ("p", "Duidelijke compressie n. medianus met zandlopervorm. Flexorpezen zonder synovitis."),
        ("kv", [("Complicaties", "Geen"), ("PA", "Niet ingestuurd"),
                ("Nabehandeling", "Verband 2 dagen, daarna pleister. Hechtingen verwijderen na 12 dagen bij de huisarts. Controle poli 6 weken.")]),
        ("p", "Geautoriseerd: drs. J.C. Vos, 18-03-2026 09:14"),
    ],
    label=dict(kinds=["operation-report"], date="2026-03-18", also_dates=["2026-03-19"], author="specialist", language="nl",
               style="OK-verslag form with fields (Operateur, Assistent, Anesthesie, Indicatie, Procedure), fpdf runs",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Pure operation report form without salutation; EMG not imaging. Print date differs.")))

# 027 OK-verslag docx table, Dupuytren limited fasciectomy
D.append(dict(
    stem="ny-027-ok-verslag-fasciectomie", fmt="docx",
    header=["Bravis ziekenhuis – locatie Roosendaal", "Chirurgie / Plastische chirurgie"],
    footer="Bravis ziekenhuis – OK-verslag",
    grid=True,
    blocks=[
        ("title", "OK-verslag"),
        ("kv", [("Naam", "dhr. A.C. (Adriaan) Mol"), ("Geboortedatum", "12-12-1951"), ("Datum ingreep", "01-10-2026"),
                ("Operateur", "dr. W.J. Roelofs, plastisch chirurg"), ("Assistent", "K. Bakker, ANIOS"),
                ("Anesthesie", "Regionaal (plexus axillaris)"), ("Anesthesioloog", "dr. P. Heijmans"),
                ("Pre-operatieve diagnose", "Ziekte van Dupuytren straal IV en V links, MCP V 50°, PIP V 40°"),
                ("Ingreep", "Beperkte (partiële) fasciectomie straal IV en V links, Z-plastiek dig V"),
                ("Bloedleegte", "Armmanchet 250 mmHg, 58 minuten")]),
        ("h", "Beschrijving"),
        ("p", "Bruner-incisie van distale handpalm tot middenfalanx dig V, aanvullende incisie palm straal IV. Identificatie van de "
              "digitale neurovasculaire bundels die door een spiraalstreng naar mediaal waren verplaatst. Volledige excisie van de "
              "pretendineuze en centrale streng, spiraalstreng dig V uitgeprepareerd. Na excisie passieve extensie MCP volledig, "
              "PIP V rest 10°. Geen capsulotomie. Bloedleegte eraf, hemostase met bipolair. Z-plastiek dig V, sluiten met Vicryl "
              "Rapide 5-0. Dorsale spalk in extensie."),
        ("kv", [("Complicaties", "Geen; zenuwen en arteriën intact"), ("PA", "Weefsel ingestuurd (streng)"),
                ("Nabehandeling", "Handtherapie dag 3, nachtspalk 3 maanden, wondcontrole poli 10 dagen")]),
        ("p", "Verslag gedicteerd en geautoriseerd door dr. W.J. Roelofs op 01-10-2026."),
    ],
    label=dict(kinds=["operation-report"], date="2026-10-01", author="specialist", language="nl",
               style="OK-verslag as docx table", imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Operation report laid out as a two-column Word table.")))

# 028 English operation note, NHS
D.append(dict(
    stem="ny-028-nhs-operation-note-orif-radius", fmt="pdf-rl",
    header=["Royal Devon University Healthcare NHS Foundation Trust", "Trauma & Orthopaedics – Hand Unit, Wonford Hospital, Exeter"],
    header_right=["OPERATION NOTE", "Hospital No: RDE4471902", "NHS No: 000 000 0000"],
    footer="This note was generated from the theatre system. Printed 15/09/2026",
    pagefmt="Page {p} of {n}",
    blocks=[
        ("kv2", [("Patient", "Pieter DE GROOT", "DOB", "11/04/1983"), ("Date", "14/09/2026", "Theatre", "Main 4"),
                 ("Surgeon", "Mr Oliver Pennington FRCS (Tr&Orth)", "Assistant", "Dr Hannah Cole (ST4)"),
                 ("Anaesthetist", "Dr R. Iqbal", "Anaesthetic", "GA + regional block")]),
        ("h", "Diagnosis"),
        ("p", "Displaced intra-articular fracture left distal radius (fall from mountain bike, Dartmoor, 12/09/2026). Dutch visitor on holiday."),
        ("h", "Procedure"),
        ("p", "Open reduction and internal fixation left distal radius with volar locking plate."),
        ("h", "Findings"),
        ("p", "Pre-operative radiographs and CT (12/09/2026) reviewed. Dorsally comminuted extra- and intra-articular fracture with 2 mm step in the lunate facet. No carpal ligament injury on "
              "fluoroscopic stress views. Median nerve intact."),
        ("h", "Description"),
        ("p", "Supine, arm table, high arm tourniquet 250 mmHg (62 min). Modified Henry approach via FCR sheath. Pronator quadratus "
              "elevated. Fracture reduced with traction and K-wire joystick, held with provisional K-wires. 7-hole volar locking "
              "plate applied, 5 distal locking screws, 3 shaft screws. Image intensifier: articular surface restored, no intra-"
              "articular screws, DRUJ stable. Closure 3-0 Vicryl, 4-0 Monocryl subcuticular. Volar backslab."),
        ("h", "Post-op instructions"),
        ("p", "Elevate. Neurovascular observations. Check X-ray before discharge. Home tomorrow if comfortable; follow-up fracture "
              "clinic in the Netherlands (patient returning home 17/09) – copy of this note given to patient."),
        ("p", "Signed: O. Pennington, Consultant Hand Surgeon"),
    ],
    label=dict(kinds=["operation-report"], date="2026-09-14", also_dates=["2026-09-15"], author="specialist", language="en",
               style="UK NHS operation note with two-column header grid", imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Dutch visitor operated in England: document by the foreign hospital that treated him. Pre-operative radiographs and CT reviewed.")))

# 029 German Operationsbericht, scaphoid screw (Austria? Germany: Garmisch)
D.append(dict(
    stem="ny-029-operationsbericht-skaphoid", fmt="pdf-fpdf",
    header=["Klinikum Garmisch-Partenkirchen", "Klinik für Unfallchirurgie, Hand- und Wiederherstellungschirurgie",
            "Auenstraße 6, 82467 Garmisch-Partenkirchen"],
    header_right=["Operationsbericht", "Fall-Nr. 2602/118374"],
    footer="Klinikum Garmisch-Partenkirchen – Unfallchirurgie – Operationsbericht",
    pagefmt="Seite {p}",
    blocks=[
        ("kv", [("Patient", "de Jong, Evelien, geb. 30.01.2000"), ("OP-Datum", "23.02.2026"),
                ("Operateur", "Dr. med. T. Hufnagel, Oberarzt"), ("Assistenz", "M. Leitner, Assistenzärztin"),
                ("Anästhesie", "Plexusanästhesie (axillär)"),
                ("Diagnose", "Dislozierte Skaphoidfraktur rechts (Taille, Herbert B2) nach Skisturz am 21.02.2026"),
                ("Operation", "Perkutane Schraubenosteosynthese Os scaphoideum rechts (kanülierte Kompressionsschraube 3,0 x 24 mm)")]),
        ("h", "Indikation"),
        ("p", "Dislozierte Fraktur mit 1,5 mm Diastase in der CT; nach Aufklärung über konservative und operative Therapie "
              "wünscht die Patientin (niederländische Urlauberin) die operative Versorgung vor Ort."),
        ("h", "Operationsverlauf"),
        ("p", "Rückenlage, Armtisch, Blutsperre. Palmarer Zugang über dem Tuberculum ossis scaphoidei, Stichinzision. Unter "
              "Bildwandlerkontrolle Einbringen des Führungsdrahtes entlang der Längsachse nach geschlossener Reposition. "
              "Längenmessung, Überbohren, Einbringen der Schraube. Kontrolle in 4 Ebenen: gute Lage, Fraktur komprimiert. "
              "Hautnaht, steriler Verband, Unterarmschiene mit Daumeneinschluss."),
        ("kv", [("Komplikationen", "keine"),
                ("Procedere", "Schiene 6 Wochen, Röntgenkontrolle nach 2 und 6 Wochen am Heimatort (Niederlande). Entlassung morgen.")]),
        ("p", "Dr. med. T. Hufnagel"),
    ],
    label=dict(kinds=["operation-report"], date="2026-02-23", author="specialist", language="de",
               style="German Operationsbericht form", imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Operation abroad; CT mentioned as done (indication). Old (February 2026).")))

# 030 MRSA PCR, NL, three sites, clinical info abroad admission
D.append(dict(
    stem="ny-030-mrsa-pcr-screening-nl", fmt="pdf-rl",
    header=["Laboratorium Microbiologie Oost-Twente", "Medische Microbiologie en Infectiepreventie"],
    header_right=["Labnr: 26-MM-0449871", "Afname: 16-11-2026", "Ontvangst: 17-11-2026", "Uitslag: 19-11-2026"],
    footer="Definitieve uitslag – gevalideerd door dr. H.W. Kampinga, arts-microbioloog",
    blocks=[
        ("kv", [("Patiënt", "dhr. E. (Erik) Nijhuis, 06-06-1961"), ("Aanvrager", "T. ter Haar, huisarts, Enschede"),
                ("Klinische gegevens", "Opname ziekenhuis Antalya (Turkije) 09-2026 i.v.m. polsfractuur, geopereerd aldaar. Screening voor opname NL."),
                ("Onderzoek", "MRSA-screening (PCR + kweek)")]),
        ("table", [["Materiaal", "Bepaling", "Uitslag"],
                   ["Neus (beide neusgaten)", "MRSA PCR (mecA/mecC + SCCmec)", "niet aangetoond"],
                   ["Keel", "MRSA PCR", "niet aangetoond"],
                   ["Perineum", "MRSA PCR", "niet aangetoond"],
                   ["Neus/keel/perineum (pool)", "MRSA kweek (selectief medium, 48 uur)", "niet aangetoond"]], [0.3, 0.4, 0.3]),
        ("p", "Conclusie: Geen MRSA aangetoond in de ingezonden materialen."),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-11-19", also_dates=["2026-11-16"], author="lab", language="nl",
               style="microbiology lab MRSA screening table (PCR + culture, 3 sites)", imaging_done="unmentioned", operated="yes",
               treated_abroad="yes", notes="Clinical data say admitted and operated in Antalya for a wrist fracture.")))

# 031 MRSA screen from a UK pathology lab, plain text
D.append(dict(
    stem="ny-031-mrsa-screen-uk-lab-txt", fmt="txt",
    blocks=[("pre", """WHITTINGTON HEALTH NHS TRUST - PATHOLOGY (MICROBIOLOGY)      FINAL REPORT
Magdala Avenue, London N19 5NF
----------------------------------------------------------------------------------
Patient   : DIJKSTRA, Marloes            DOB 12/03/1985   F   NHS No 000 222 3333
Requested : Dr P. Okafor, Archway Medical Centre (GP)      Lab No: M26.0441872
Clinical  : Pre-op screen - moving to the Netherlands, hand surgery (Dupuytren)
            planned there.
Specimens : Nose swab / Throat swab / Groin swab
Collected : 16/11/2026 09:40          Received: 16/11/2026 15:12
----------------------------------------------------------------------------------
TEST: MRSA SCREEN (chromogenic culture)
   Nose     : MRSA NOT isolated
   Throat   : MRSA NOT isolated
   Groin    : MRSA NOT isolated
SUMMARY   : MRSA not detected.
----------------------------------------------------------------------------------
Authorised: 18/11/2026 11:05   Dr S. Achterberg, Consultant Microbiologist
""")],
    label=dict(kinds=["mrsa-screening"], date="2026-11-18", also_dates=["2026-11-16"], author="lab", language="en",
               style="UK NHS pathology plain-text MRSA screen report", imaging_done="unmentioned", operated="unmentioned",
               treated_abroad="unmentioned", notes="English MRSA result ('not detected') from a UK lab; surgery only planned; living in the UK is not hospital treatment.")))

# 032 German MRSA screening result
D.append(dict(
    stem="ny-032-mrsa-screening-labor-de", fmt="pdf-rl",
    header=["MVZ Laborverbund Unterer Niederrhein", "Mikrobiologie · Hygiene · Infektiologie"],
    header_right=["Auftrags-Nr.: 2611-55810", "Eingang: 09.11.2026", "Befund: 11.11.2026"],
    footer="Endbefund – Dr. rer. nat. K. Schellenberg, Fachmikrobiologin – akkreditiert nach DIN EN ISO 15189",
    pagefmt="Seite {p} von {n}",
    blocks=[
        ("kv", [("Patient", "Wiegers, Jolanda, geb. 17.10.1971"), ("Einsender", "Hausarztpraxis Dr. med. A. Terhoeven, Emmerich"),
                ("Entnahme", "08.11.2026"), ("Material", "Nasenabstrich, Rachenabstrich, Leistenabstrich"),
                ("Anforderung", "MRSA-Screening (PCR)")]),
        ("table", [["Material", "Untersuchung", "Ergebnis"],
                   ["Nase", "MRSA-PCR (mecA, nuc)", "kein Nachweis"],
                   ["Rachen", "MRSA-PCR", "kein Nachweis"],
                   ["Leiste", "MRSA-PCR", "kein Nachweis"]], [0.25, 0.45, 0.3]),
        ("h", "Beurteilung"),
        ("p", "Kein Nachweis von MRSA in den untersuchten Abstrichen."),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-11-11", also_dates=["2026-11-08"], author="lab", language="de",
               style="German lab MRSA-Screening PCR table", imaging_done="unmentioned", operated="unmentioned",
               treated_abroad="unmentioned", notes="German-language MRSA result ('kein Nachweis').")))

# 033 Wound culture (not MRSA screening) after CTS release
D.append(dict(
    stem="ny-033-wondkweek-na-ctsr", fmt="pdf-fpdf",
    header=["Laboratorium Microbiologie Midden-Brabant", "Medische Microbiologie"],
    header_right=["Uitslag bacteriologie", "Labnr 26-W-77120"],
    footer="Einduitslag – gevalideerd 27-10-2026 door drs. B. Aalders, arts-microbioloog",
    blocks=[
        ("kv", [("Patiënt", "mw. I. (Ilse) van Rooij, 21-07-1974"), ("Aanvrager", "Huisartsenpraktijk Reeshof, Tilburg"),
                ("Afnamedatum", "23-10-2026"), ("Materiaal", "Wondwat, handpalm rechts"),
                ("Klinische gegevens", "Roodheid en pus uit wond 9 dagen na carpaal tunnel release re (ETZ, 14-10-2026)"),
                ("Onderzoek", "Aërobe en anaërobe kweek")]),
        ("table", [["Micro-organisme", "Hoeveelheid", "Opmerking"],
                   ["Staphylococcus aureus", "++ (matig)", "MSSA, geen MRSA"]], [0.4, 0.2, 0.4]),
        ("h", "Gevoeligheid Staphylococcus aureus"),
        ("table", [["Antibioticum", "Interpretatie"], ["Flucloxacilline", "S"], ["Cefazoline", "S"], ["Clindamycine", "S"],
                   ["Doxycycline", "S"], ["Cotrimoxazol", "S"]], [0.5, 0.5]),
        ("p", "Commentaar: Flucloxacilline is middel van eerste keus. Dit is geen MRSA-screening."),
    ],
    label=dict(kinds=[], date="2026-10-27", also_dates=["2026-10-23"], author="lab", language="nl",
               style="wound culture with susceptibility tables", imaging_done="unmentioned", operated="yes",
               treated_abroad="unmentioned",
               notes="Wound culture, not an MRSA screening although it says 'geen MRSA'; clinical data report a carpal tunnel release.")))

# 034 Radiology request form (not a referral, not a report)
D.append(dict(
    stem="ny-034-aanvraagformulier-radiologie", fmt="pdf-fpdf",
    header=["Aanvraagformulier Radiologie / Echografie", "Ziekenhuis Tjongerschans, Heerenveen – Afdeling Radiologie"],
    header_right=["Formulier RAD-01 (versie 2024)"],
    footer="Afspraak maken: bel de afdeling Radiologie. Neem dit formulier mee.",
    blocks=[
        ("kv2", [("Patiënt", "dhr. S. Postma", "Geb.datum", "08-08-1990"), ("Verzekeraar", "De Friesland", "Polisnr", "771203345")]),
        ("kv", [("Aanvrager", "L. van der Wal, huisarts, Joure (AGB 01-082211)"),
                ("Gevraagd onderzoek", "[x] Röntgen   [ ] Echo   [ ] CT   [ ] MRI"),
                ("Regio / zijde", "Hand rechts + scaphoidserie"),
                ("Klinische gegevens", "Val op hand 3 wkn geleden, persisterende pijn tabatière"),
                ("Vraagstelling", "Scaphoidfractuur? Overige fractuur?"),
                ("Zwangerschap", "n.v.t."), ("Datum aanvraag", "26-11-2026"),
                ("Handtekening", "L. van der Wal")]),
        ("p", "Uitslag naar: aanvrager. Spoed: nee."),
    ],
    label=dict(kinds=[], date="2026-11-26", author="gp", language="nl", style="radiology request form",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Request form with a Vraagstelling: not a referral to the clinic and not a report; imaging only requested.")))

if __name__ == "__main__":
    build(D)
