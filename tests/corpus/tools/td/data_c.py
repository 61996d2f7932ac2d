# td-033 .. td-048
DOCS = []
def add(**d): DOCS.append(d)

# ---------------------------------------------------------------- td-033
add(stem="td-033", fmt="pdf", opts={"font": "Times-Roman", "size": 10.5, "footer": "Dit verslag is elektronisch geautoriseerd en daarom niet ondertekend."},
label=dict(kinds=["imaging-report"], date="2026-07-08", also_dates=["2026-07-07"], author="radiologist", language="nl",
  style="radiology report, title 'Uitslag', Datum onderzoek in body and report date at bottom", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="Clinical information states cast treatment in a hospital in Sölden (Austria); exam date and authorisation date differ; report date only at the bottom."),
blocks=[
 ("lh", ["Zuyderland-Geleen Medisch Centrum", "Medische Beeldvorming", "Dr. H. van der Hoffplein 1, 6162 BG Geleen"], ["Tel. 088-459 7788"]),
 ("title", "Uitslag"),
 ("p", "Mevrouw C.M. Frissen-Lemmens\ngeboren 04-11-1969\npatiëntnummer 30992841"),
 ("p", "Aanvragend specialist: H. Bemelmans, traumachirurg (poli Traumatologie)\nOnderzoek: CT pols links, Datum onderzoek: 7 juli 2026"),
 ("p", "Klinische gegevens: fractuur distale radius li opgelopen tijdens vakantie in Oostenrijk (Sölden), aldaar in het ziekenhuis gereponeerd en gegipst (04-2026). Nu 12 weken na trauma, pijn en beperkte rotatie. Consolidatie? Gewrichtsoppervlak?"),
 ("p", "Bevindingen: Er is een in dorsale kanteling (ca. 18 graden) geconsolideerde distale radiusfractuur links met een intra-articulaire stap van 2 mm in de fossa lunata. Verkorting van de radius met positieve ulnaire variantie van 3 mm. Incongruentie van het distale radio-ulnaire gewricht. Geen pseudartrose. Geen carpale malalignment. Processus styloideus ulnae met oud, niet-geconsolideerd fragment."),
 ("p", "Conclusie: in malpositie geconsolideerde intra-articulaire distale radiusfractuur links met dorsale kanteling 18 graden, radiusverkorting (ulna plus 3 mm) en DRUG-incongruentie. Non-union processus styloideus ulnae."),
 ("p", "Radioloog: dr. T. Kerckhoffs\nDatum verslag: 08-07-2026"),
])

# ---------------------------------------------------------------- td-034
add(stem="td-034", fmt="docx", opts={"dfont": "Arial", "dsize": 9.5, "header": "Regionaal Laboratorium Medische Microbiologie Zeeland  -  uitslag", "grid": True},
label=dict(kinds=["mrsa-screening"], date="2026-11-13", also_dates=["2026-11-10"], author="lab", language="nl",
  style="lab result in DOCX tables (patient block + result table)", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="Indication is a MRSA-positive partner, no stay abroad; no facts about hand treatment."),
blocks=[
 ("title", "Uitslag medische microbiologie"),
 ("kv", [("Patiënt", "Dhr. A.C. Verburg"), ("Geboortedatum", "30-06-1955"), ("Aanvrager", "Huisartsenpraktijk Middelburg-Dauwendaele, drs. E. Koene"), ("Ordernummer", "ZL-26-0448120"),
  ("Afnamedatum", "10-11-2026"), ("Ontvangstdatum", "10-11-2026"), ("Uitslagdatum", "13-11-2026"), ("Indicatie", "Screening: partner bekende MRSA-drager; verwijzing handchirurgie gepland")]),
 ("table", ["Materiaal", "Onderzoek", "Uitslag"], [["Neus", "Kweek op MRSA (incl. ophoping)", "MRSA niet aangetoond"], ["Keel", "Kweek op MRSA (incl. ophoping)", "MRSA niet aangetoond"], ["Perineum", "Kweek op MRSA (incl. ophoping)", "MRSA niet aangetoond"]]),
 ("p", "Conclusie: MRSA-screening negatief."),
 ("p", "Geautoriseerd door dr. L. Dieleman, arts-microbioloog, 13-11-2026."),
])

# ---------------------------------------------------------------- td-035
M35 = """Van:     Assistente Huisartsenpraktijk De Vaart <assistente@hapdevaart.example>
Aan:     intake@handkliniek-oost.example
Datum:   donderdag 3 december 2026 10:26
Onderwerp: RE: ontbrekende stukken dhr. Hofman (geb. 21-01-1958)
Bijlagen: OK-verslag_CTR_2024.pdf; brief_plastische_chirurgie_okt2026.pdf

Goedemorgen,

Zoals telefonisch besproken stuur ik u namens dokter Van Dijk de
gevraagde stukken voor de second opinion van dhr. J. Hofman,
geboren 21-01-1958:

- het operatieverslag van de carpaletunnelrelease rechts (Ziekenhuis
  Gelderse IJssel, 14 mei 2024);
- de laatste brief van de plastisch chirurg (oktober 2026).

Er is bij meneer nooit beeldvorming van de hand gedaan (geen foto's,
geen echo), dus een CD kunnen wij niet meesturen. De MRSA-kweek is niet nodig volgens de
dokter: meneer is niet in het buitenland opgenomen geweest.

De verwijsbrief is op 28 november via ZorgDomein verstuurd.

Met vriendelijke groet,

Marieke Brouwer
doktersassistente
Huisartsenpraktijk De Vaart, Vaartweg 7, 7311 GA Apeldoorn
T 055-521 4400

-----Oorspronkelijk bericht-----
Van: intake@handkliniek-oost.example
Verzonden: woensdag 2 december 2026 15:12
Onderwerp: ontbrekende stukken dhr. Hofman

Geachte collega, voor de intake van dhr. Hofman missen wij nog het
operatieverslag en de brieven van de behandelend specialist.
"""
add(stem="td-035", fmt="txt", opts={},
label=dict(kinds=[], date="2026-12-03", author="other", language="nl",
  style="e-mail from GP assistant with quoted reply, attachments listed", imaging_done="no",
  operated="yes", treated_abroad="no",
  notes="Cover e-mail: mentions of an operation report and letters are not those documents. 'nooit beeldvorming van de hand gedaan' => imaging no; 'niet in het buitenland opgenomen' => treated_abroad no; CTS release 2024 => operated yes. Author is a doctor's assistant."),
blocks=[("raw", M35)])

# ---------------------------------------------------------------- td-036
add(stem="td-036", fmt="lo", opts={"dfont": "Calibri", "dsize": 10, "header": "Gelre-Zutphen Ziekenhuis | Longgeneeskunde | Ontslagbrief", "footer": "Pagina"},
label=dict(kinds=["correspondence"], date="2026-10-19", author="specialist", language="nl",
  style="discharge letter of another specialty (pulmonology), DOCX converted by LibreOffice", imaging_done="yes",
  operated="no", treated_abroad="unmentioned",
  notes="Discharge letter for pneumonia; X-thorax and CT done (imaging yes, not hand); Dupuytren mentioned as 'nooit geopereerd' => operated no; second opinion hand surgery only planned."),
blocks=[
 ("lh", ["Gelre-Zutphen Ziekenhuis", "Afdeling Longgeneeskunde", "Den Elterweg 77, 7207 AE Zutphen"], ["Zutphen, 19 oktober 2026", "Kenmerk LON/26/7731"]),
 ("p", "Aan de weledelgeleerde heer D. Wassink, huisarts\nHuisartsenpraktijk Warnsveld"),
 ("p", "Betreft: dhr. H.B. Lubbers, geboren 13-08-1950"),
 ("title", "Ontslagbrief"),
 ("kv", [("Opname", "12-10-2026"), ("Ontslag", "18-10-2026"), ("Afdeling", "B3 Longziekten"), ("Behandelaar", "dr. S. Groot Wassink, longarts")]),
 ("h", "Opnamediagnose"), ("p", "Pneumonie rechter onderkwab (CURB-65 score 2) bij COPD GOLD II."),
 ("h", "Voorgeschiedenis"), ("p", "COPD GOLD II, hypertensie, M. Dupuytren beide handen (nooit geopereerd; second opinion handchirurgie aangevraagd door u), 2015 TURP."),
 ("h", "Beloop"),
 ("p", "Patiënt werd opgenomen met koorts, dyspneu en productieve hoest. X-thorax: consolidatie rechter onderkwab. Gestart met amoxicilline/clavulaanzuur intraveneus, na 72 uur oraal. Sputumkweek: Haemophilus influenzae, gevoelig. Wegens persisterende pleurapijn CT-thorax verricht: geen longembolie, klein parapneumonisch effusie zonder indicatie voor drainage. Daarna geleidelijk herstel, saturatie zonder zuurstof 94%."),
 ("h", "Medicatie bij ontslag"),
 ("p", "Amoxicilline/clavulaanzuur 625 mg 3dd1 t/m 22-10-2026\nTiotropium/olodaterol 2,5/2,5 ug 1dd2 puffs\nSalbutamol 100 ug zn\nAmlodipine 5 mg 1dd1"),
 ("h", "Beleid"),
 ("p", "Controle longpoli over 6 weken met X-thorax. Griep- en pneumokokkenvaccinatie via u. De geplande second opinion voor de handen kan volgens ons gewoon doorgaan; bij eventuele operatie graag preoperatieve longfunctie."),
 ("p", "Met vriendelijke groet,\n\nJ. Kamphuis, physician assistant longgeneeskunde\nsupervisor: dr. S. Groot Wassink, longarts"),
])

# ---------------------------------------------------------------- td-037
add(stem="td-037", fmt="lo", opts={"dfont": "Times New Roman", "dsize": 11, "header": "LARA SAHİL PRIVATE HOSPITAL - ANTALYA - Sworn translation from Turkish", "footer": "Translation certified by A. Yıldırım, sworn translator, Antalya Notary 14"},
label=dict(kinds=["correspondence"], date="2026-09-22", author="specialist", language="en",
  style="Turkish private hospital epicrisis, sworn English translation, DOCX via LibreOffice", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Translated epicrisis from Antalya: admission one night, X-ray/CT, closed reduction and cast; 'No surgical intervention was performed'; surgery advised after return home (plan)."),
blocks=[
 ("lh", ["Lara Sahil Private Hospital", "Orthopaedics and Traumatology Clinic", "Güzeloba Mah. 2214 Sok. No: 8, 07230 Muratpaşa / Antalya, Türkiye"], ["Phone +90 242 310 44 00", "Protocol No: 2026/118845", "Date: 22.09.2026"]),
 ("title", "EPICRISIS (DISCHARGE REPORT)"),
 ("kv", [("Patient name", "Hendrika (Riek) MULDER"), ("Date of birth", "05.05.1966"), ("Passport no", "NW8K41P27 (Netherlands)"), ("Date of admission", "21.09.2026 (Emergency Department)"), ("Date of discharge", "22.09.2026"), ("Responsible physician", "Op. Dr. Emre Kaplanoğlu, Orthopaedics and Traumatology")]),
 ("h", "Complaint and history"), ("p", "The patient fell on the stairs of her hotel onto the outstretched right hand. Pain, swelling and deformity of the right wrist."),
 ("h", "Examinations"), ("p", "X-ray right wrist AP/lateral: distal radius fracture with dorsal angulation and ulnar styloid fracture. CT right wrist: intra-articular extension, no significant step-off. Laboratory: CBC and coagulation normal."),
 ("h", "Treatment"), ("p", "Closed reduction under haematoma block in the emergency department, long arm cast. Control X-ray after reduction: acceptable alignment. Observed overnight in the orthopaedic ward for swelling and pain control. No surgical intervention was performed."),
 ("h", "Recommendations"), ("p", "Elevation, finger exercises. Control X-ray after one week in her home country. If loss of reduction occurs, surgical treatment (plate fixation) is recommended. Analgesic: paracetamol 500 mg 3x1, diclofenac 75 mg 2x1 for 5 days. Fit to fly with cast."),
 ("p", "Op. Dr. Emre Kaplanoğlu\nOrthopaedics and Traumatology Specialist"),
])

# ---------------------------------------------------------------- td-038
V38 = """HUISARTSENPRAKTIJK DE BERKEL - ZUTPHENSEWEG 40 - 7211 EB EEFDE
---------------------------------------------------------------------
Aan:        Handkliniek Oost, afdeling intake
            t.a.v. de dienstdoende handchirurg
Van:        R.M. Hulshof, huisarts
Datum:      2 december 2026
Betreft:    mw. E.J. Stokkink-Wolters, geboren 08-10-1964
            Kastanjelaan 3, 7211 AK Eefde
---------------------------------------------------------------------

Geachte collega,

Hierbij verwijs ik mevrouw Stokkink voor een second opinion naar u.

Vraagstelling:
Mevrouw heeft 10 maanden na een conservatief behandelde distale
radiusfractuur rechts nog veel pijn en een beperkte draaibeweging.
De behandelend traumachirurg vindt verdere behandeling niet nodig.
Is er een indicatie voor een correctie-osteotomie of andere
behandeling?

Voorgeschiedenis:
- 1998 sectio caesarea
- 2012 borstkanker links, lumpectomie + radiotherapie, in remissie
- 2019 hypothyreoïdie
- 02-2026 distale radiusfractuur rechts: gevallen tijdens wintersport
  in Val Thorens (Frankrijk). Daar niet naar een arts geweest; de
  volgende dag thuis op de SEH van het Gelre ziekenhuis gezien,
  X-pols: licht gekantelde fractuur. Gesloten repositie, 6 weken
  gips, niet geopereerd.

Recente behandelingen:
- 04-2026 t/m 09-2026 fysiotherapie/handtherapie (20 sessies)
- 07-2026 controle traumachirurgie Gelre: X-pols geconsolideerd in
  20 graden dorsale kanteling; ontslag uit controle
- 10-2026 injectie DRUG door mij, geen effect
- 11-2026 start pregabaline 75 mg 2dd1 ivm zeurende pijn, matig effect

Medicatie:
levothyroxine 100 ug 1dd1, pregabaline 75 mg 2dd1, paracetamol zn

Allergieën: geen

Met vriendelijke groet,

R.M. Hulshof, huisarts (AGB 01-033548)
"""
add(stem="td-038", fmt="txt", opts={},
label=dict(kinds=["referral", "history"], date="2026-12-02", author="gp", language="nl",
  style="free GP referral in HIS text layout with Vraagstelling, Voorgeschiedenis and Recente behandelingen", referral_question=True,
  imaging_done="yes", operated="no", treated_abroad="no",
  notes="Injured abroad (Val Thorens) but 'daar niet naar een arts geweest', treated at home => treated_abroad no; 'niet geopereerd' => operated no; caesarean and lumpectomy are other regions."),
blocks=[("raw", V38)])

# ---------------------------------------------------------------- td-039
add(stem="td-039", fmt="pdf", opts={"font": "Helvetica", "size": 9.5, "footer": "Radiologie am Elisenbrunnen - Dr. med. F. Offermann, Dr. med. P. Schiefer - Seite {page}"},
label=dict(kinds=["imaging-report"], date="2026-10-13", also_dates=["2026-10-12"], author="radiologist", language="de",
  style="German private radiology practice MRT-Befund, two-column header, Untersuchungsdatum vs Befunddatum", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="MRI in Aachen for a patient living in Vaals (care abroad); clinical info 'Z.n. Ganglionresektion 2024' => operated yes (same wrist)."),
blocks=[
 ("lh", ["Radiologie am Elisenbrunnen", "Gemeinschaftspraxis für Radiologie und Nuklearmedizin", "Friedrich-Wilhelm-Platz 3, 52062 Aachen"], ["Tel. +49 241 40 118-0", "Aachen, 13.10.2026"]),
 ("kv2", [[("Patient", "Roel Lenaerts-Habets"), ("geb.", "27.04.1982")], [("Wohnort", "Maastrichterlaan 40, 6291 EN Vaals (NL)"), ("Überweiser", "Dr. med. C. Wirtz, Handchirurgie Aachen")], [("Untersuchung", "MRT Handgelenk rechts nativ + KM"), ("Unters.-Datum", "12.10.2026")]]),
 ("h", "Klinische Angaben / Fragestellung"), ("p", "Z.n. Ganglionresektion dorsal Handgelenk rechts 2024. Erneute Schwellung und Schmerzen. Rezidiv? SL-Band?"),
 ("h", "Befund"),
 ("p", "Postoperative Narbenveränderungen dorsal über dem SL-Intervall. Darin 9 x 6 mm messende, T2-hyperintense, randständig KM-aufnehmende, septierte Flüssigkeitsformation mit Stielverbindung zum dorsalen SL-Band. SL-Band selbst durchgehend abgrenzbar, keine Diastase. Kein Knochenmarködem. Regelrechtes Alignment der Handwurzel. Sehnen der Strecksehnenfächer regelrecht."),
 ("h", "Beurteilung"),
 ("p", "Rezidiv eines dorsalen Handgelenksganglions rechts, 9 mm, mit Stielverbindung zum SL-Band. Kein Hinweis auf SL-Bandruptur."),
 ("p", "Mit freundlichen kollegialen Grüßen\nDr. med. P. Schiefer, Facharzt für Radiologie"),
])

# ---------------------------------------------------------------- td-040
add(stem="td-040", fmt="docx", opts={"dfont": "Arial", "dsize": 10, "header": "Kingsbridge & Dart Valley NHS Trust - Day Surgery Unit - OPERATION NOTE", "grid": True},
label=dict(kinds=["operation-report"], date="2026-05-21", author="specialist", language="en",
  style="UK operation note form as DOCX table", imaging_done="unmentioned",
  operated="yes", treated_abroad="yes",
  notes="NHS operation note for a Dutch national resident in Devon; operation in UK => treated abroad yes."),
blocks=[
 ("title", "OPERATION NOTE"),
 ("kv", [("Patient", "Mrs Femke HOLTROP-REID"), ("DOB", "03/01/1975"), ("NHS number", "611 402 8857"), ("Hospital number", "KD0913377"),
  ("Date of operation", "21/05/2026"), ("Surgeon", "Mr J. Penhallow, Consultant Orthopaedic Hand Surgeon"), ("Assistant", "None"), ("Anaesthetist", "Local anaesthetic by surgeon"), ("Anaesthetic", "Local (10 ml 1% lidocaine with adrenaline), WALANT"),
  ("Operation", "Release of A1 pulley, left middle finger and left ring finger"),
  ("Indication", "Triggering of left middle and ring finger, failed two steroid injections"),
  ("Findings", "Thickened A1 pulleys with nodule on FDS of middle finger. Full excursion after release, no triggering on active flexion."),
  ("Procedure", "Transverse incisions over A1 pulleys at distal palmar crease. Blunt dissection, neurovascular bundles protected. A1 pulleys divided longitudinally under direct vision. Active flexion checked with patient awake. Skin closed 4-0 Ethilon interrupted. Soft dressing."),
  ("Complications", "None"), ("Blood loss", "Minimal"),
  ("Post-op instructions", "Keep dressing dry. Elevate. Move fingers fully. Sutures out at 10-14 days at GP practice (Totnes Riverside Surgery). No routine follow-up; PIFU for 6 months.")]),
 ("p", "Signature: J. Penhallow         Time: 14:35"),
])

# ---------------------------------------------------------------- td-041
add(stem="td-041", fmt="pdf", opts={"font": "Courier", "size": 9, "header": "MEDISCH CENTRUM TWENTEVAART  *  OPERATIEVERSLAG  *  pagina {page}"},
label=dict(kinds=["operation-report"], date="2026-06-30", author="specialist", language="nl",
  style="monospace HIS operation report print with fixed headings", imaging_done="yes",
  operated="yes", treated_abroad="unmentioned",
  notes="Scaphoid nonunion reconstruction; CT mentioned in indication and fluoroscopy => imaging yes."),
blocks=[
 ("raw", """MEDISCH CENTRUM TWENTEVAART - Hengelosestraat 500, 7521 AN Enschede
Vakgroep Plastische, Reconstructieve en Handchirurgie
------------------------------------------------------------------
OPERATIEVERSLAG
Patient        : Dhr. B. Nijenhuis            Geb.: 01-09-1999
Patientnr      : 6603187
Datum OK       : 30-06-2026                   OK-zaal: 7
Operateur      : dr. A.F. Wiggers, plastisch chirurg
Assistent(en)  : drs. K. Olthof (AIOS), I. Lammerink (OK-assistent)
Anesthesie     : algeheel + plexus supraclaviculair
Bloedleegte    : bovenarm 250 mmHg, 92 min
------------------------------------------------------------------
INDICATIE
Pseudartrose scaphoid links (taille), 14 mnd na niet herkende
fractuur bij voetbal. CT 05-2026: sclerotische fractuurranden,
humpback-deformiteit, geen collaps, proximale pool vitaal op MRI.

INGREEP
Open reconstructie pseudartrose scaphoid links via volaire benadering
met cortico-spongieus bottransplantaat uit de crista iliaca links en
fixatie met kanuleerde compressieschroef (Acutrak 2 mini, 24 mm).

VERLOOP
Volaire incisie over FCR, pees naar ulnair. Kapsel longitudinaal
geopend. Pseudartrose gedebrideerd tot bloedend bot aan beide zijden.
Correctie humpback met K-draden als joystick. Wigvormig graft uit de
crista iliaca ingepast. Voerdraad onder doorlichting, schroef
geplaatst, goede compressie en stand in 2 richtingen. Kapsel en
huid gesloten. Donorplaats crista: fascie Vicryl 0, huid intracutaan.

COMPLICATIES : geen
PA           : n.v.t.
NABEHANDELING: onderarmgips met duiminsluiting 6 weken, CT na 10
               weken, hechtingen na 12 dagen. Controle poli 2 weken.
------------------------------------------------------------------
Geautoriseerd: dr. A.F. Wiggers  30-06-2026 17:48"""),
])

# ---------------------------------------------------------------- td-042
S42 = """HOSPITAL UNIVERSITARIO VIRGEN DE LA CALA - MÁLAGA
Servicio de Urgencias / Emergency Department
Avda. de Andalucía 27, 29009 Málaga, España - Tel. +34 951 29 40 00

INFORME DE ALTA DE URGENCIAS / EMERGENCY DISCHARGE REPORT
(English version issued at patient's request)

Patient: KOOPMAN, DAAN          Date of birth: 11/04/1998
ID: Passport NL - NX72L4409     Episode: URG-2026-337190
Arrival: 06/08/2026 23:41       Discharge: 07/08/2026 04:15
Attending physician: Dra. Lucía Benítez Ortega (Emergency Medicine)
Consultation: Dr. Javier Montilla Ruiz (Traumatology)

REASON FOR VISIT
Fall from electric scooter, landed on outstretched left hand.
Pain anatomical snuffbox.

EXAMINATION
Swelling radial side of left wrist, tenderness in anatomical snuffbox
and on scaphoid tubercle. No neurovascular deficit. Skin intact.
Abrasions left knee and elbow.

COMPLEMENTARY TESTS
X-ray left wrist (AP, lateral, scaphoid views): no visible fracture.
X-ray left elbow: no bone lesion.

DIAGNOSIS
Wrist contusion left. Clinically suspected scaphoid fracture not
confirmed on X-ray.

TREATMENT AND RECOMMENDATIONS
Wound care of abrasions. Thumb spica splint applied. Ibuprofen 600 mg
every 8 h for 5 days. No surgery was performed; no surgical treatment is
indicated at this time.
Repeat X-ray or MRI in 10-14 days with his own doctor in the
Netherlands to rule out occult scaphoid fracture. Return to the ED if
numbness or increasing pain.

Discharge to home (hotel). Report printed 07/08/2026 04:19.
Dra. L. Benítez Ortega - Nº Colegiado 292918774
"""
add(stem="td-042", fmt="txt", opts={},
label=dict(kinds=["correspondence"], date="2026-08-07", author="specialist", language="en",
  style="Spanish emergency discharge report, English version, plain text", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="ED care in Málaga (abroad); X-ray done; 'No surgery was performed' => operated no; MRI only advised; arrival date before discharge/print date."),
blocks=[("raw", S42)])

# ---------------------------------------------------------------- td-043 (merged, same page)
add(stem="td-043", fmt="merged", opts={"font": "Helvetica", "size": 9.5, "header": "Ziekenhuis Rivierduinen Gorinchem - afdruk dossier - 01-12-2026"},
label=dict(kinds=["operation-report", "correspondence"], date="2026-05-12", author="specialist", language="nl",
  style="merged PDF: short operation report and follow-up outpatient letter running on the same page, print header", imaging_done="unmentioned",
  operated="yes", treated_abroad="unmentioned",
  notes="Two documents on one page, separated by a rule only; print header date 01-12-2026 is not a document date; top-level date is the first part's."),
parts=[
 dict(label=dict(kinds=["operation-report"], date="2026-05-12", author="specialist"), blocks=[
  ("lh", ["Ziekenhuis Rivierduinen", "Plastische Chirurgie", "Banneweg 57, 4204 AA Gorinchem"], ["OK-verslag", "Pat. mw. J. Verhagen-Stam, 19-06-1956"]),
  ("kv", [("Datum operatie", "12-05-2026"), ("Operateur", "drs. M. Yilmaz, plastisch chirurg"), ("Anesthesie", "lokaal (WALANT)"), ("Ingreep", "Open A1-release duim rechts (triggerduim)"),
   ("Verloop", "Transverse incisie over MCP-plooi duim. A1-katrol gekliefd, radiale digitale zenuw gezien en gespaard. Vrije glijding FPL. Huid 2 hechtingen Ethilon 5-0."), ("Complicaties", "geen"), ("Nabehandeling", "hechtingen eruit na 10 dagen, oefenen")]),
 ]),
 dict(join="sep", label=dict(kinds=["correspondence"], date="2026-06-23", author="specialist"), blocks=[
  ("p", "Gorinchem, 23 juni 2026\nAan: dhr. P. de Wit, huisarts te Arkel\nBetreft: mw. J. Verhagen-Stam, geb. 19-06-1956"),
  ("p", "Geachte collega,\nMevrouw kwam zes weken na de release van de triggerduim rechts op controle. De duim triggert niet meer, maar zij heeft sinds de ingreep een doof gevoel aan de radiale zijde van de duim en een pijnlijk litteken. Sensibiliteit: 2PD radiaal 10 mm, ulnair 5 mm. Tinel positief ter hoogte van het litteken. Wij denken aan een irritatie of partieel letsel van de radiale digitale zenuw. Wij hebben een echo van de zenuw aangevraagd en spreken af dat zij na het onderzoek terugkomt; bij een zenuwletsel kan een exploratie worden overwogen. Mevrouw gaf aan ook een second opinion te overwegen.\n\nMet vriendelijke groet,\ndrs. M. Yilmaz, plastisch chirurg"),
 ]),
])

# ---------------------------------------------------------------- td-044
add(stem="td-044", fmt="docx", opts={"dfont": "Georgia", "dsize": 10.5, "header": "Clinique Sainte-Odile Luxembourg - Service de Rhumatologie - consultation letter (English)"},
label=dict(kinds=["correspondence"], date="2026-11-02", author="specialist", language="en",
  style="consultation letter from a Luxembourg hospital in English, DOCX with results table", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="'no previous hand or wrist surgery' => operated no. Rheumatologist in Luxembourg (abroad) saw and examined a Dutch cross-border worker, ultrasound done; surgical opinion only suggested."),
blocks=[
 ("lh", ["Clinique Sainte-Odile", "Department of Rheumatology", "14, rue Nicolas Ernest Barblé", "L-1210 Luxembourg"], ["Tel. +352 44 11 78 20", "Luxembourg, 2 November 2026"]),
 ("p", "Dr M. Smeets, huisarts\nHuisartsenpraktijk Heerlen-Noord\nHeerlen, the Netherlands"),
 ("p", "Re: Ms Petra Schepers, born 29/07/1971 - consultation of 28/10/2026"),
 ("p", "Dear Dr Smeets,"),
 ("p", "Thank you for referring Ms Schepers, who works in Luxembourg as an accountant and lives in Heerlen. She reports two years of pain and swelling of the distal finger joints of both hands and, over the last six months, of the right wrist, with morning stiffness of about 45 minutes. Psoriasis of the scalp since 2015. She has had no previous hand or wrist surgery."),
 ("p", "On examination there is swelling of the DIP joints II-IV on both sides with nail pitting, dactylitis of the left third toe, and synovitis of the right wrist."),
 ("table", ["Investigation", "Date", "Result"], [["Ultrasound both hands and wrists", "28/10/2026", "Power Doppler synovitis right radiocarpal joint (grade 2), DIP II-IV bilateral, enthesitis"], ["X-ray hands and feet", "28/10/2026", "Erosions with adjacent bone proliferation DIP III right, 'pencil-in-cup' beginning DIP IV left"], ["CRP / ESR", "28/10/2026", "12 mg/l / 28 mm/h"], ["RF / anti-CCP", "28/10/2026", "negative / negative"], ["HLA-B27", "28/10/2026", "negative"]]),
 ("h", "Conclusion"), ("p", "Psoriatic arthritis, polyarticular with DIP predominance and right wrist synovitis."),
 ("h", "Plan"), ("p", "Start methotrexate 15 mg weekly with folic acid; ultrasound-guided steroid injection of the right wrist was offered but she prefers to wait for the effect of methotrexate. Follow-up in 3 months with laboratory monitoring every 4 weeks through your practice. If the right wrist remains active despite treatment, a synovectomy could be discussed with a hand surgeon; she mentioned she would like a second opinion in the Netherlands regarding the wrist, which I support."),
 ("p", "Yours sincerely,"),
 ("p", "Dr Anne-Sophie Kremer\nRheumatologist"),
])

# ---------------------------------------------------------------- td-045
add(stem="td-045", fmt="pdf", opts={"font": "Helvetica", "size": 9, "kvgrid": True, "header": "ZorgDomein | Consult handchirurgie | verzonden 30-11-2026 13:41", "footer": "Pagina {page}"},
label=dict(kinds=["referral"], date="2026-11-30", author="gp", language="nl",
  style="zorgdomein form, product title only, grid fields; question only in Vraagstelling; no history section", referral_question=True,
  imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
  notes="No 'Geachte collega'; receiving department is 't.a.v. second opinion' address line; the question sits in Vraagstelling; medication and allergies only, no history or recent treatments."),
blocks=[
 ("title", "Consult handchirurgie"),
 ("kv", [("Verwijzer", "Dr. S. Ramdin, huisarts\nHuisartsenpraktijk Zuilen-Noord, Amsterdamsestraatweg 480, 3551 CW Utrecht\nAGB 01-114522"), ("Ontvangende instelling", "Handkliniek Utrecht, t.a.v. second opinion"),
  ("Patiënt", "Mw. Y. Boateng"), ("Geboortedatum", "17-08-1987"), ("Verzekering", "DSW 88120433"), ("Urgentie", "Niet urgent"),
  ("Reden van verwijzing", "Pijnlijke zwelling basis wijsvinger rechts, 4 maanden, toenemend"),
  ("Vraagstelling", "Patiënte is gezien door de chirurg elders en werd gerustgesteld. Zij is daar niet gerust op. Graag second opinion: wat is de oorzaak van de zwelling en is behandeling nodig?"),
  ("Medicatie", "Geen"), ("Allergieën", "Latex"), ("Overige informatie", "Patiënte spreekt goed Nederlands. Tolk niet nodig.")]),
])

# ---------------------------------------------------------------- td-046
L46 = """HIS - UITSLAGEN (ontvangen via MEDLAB)
Patiënt: Smit, D.P.   geb. 02-02-1966   Huisartsenpraktijk Heerhugowaard-Zuid

UITSLAGBERICHT                        Ontvangen: 01-12-2026 07:58
Afzender:  Dijklander Laboratorium Medische Microbiologie, Hoorn
Aanvrager: drs. K. Tiebosch, huisarts
Onderzoek: MRSA screening (kweek)
Afname:    27-11-2026          Rapportage: 30-11-2026

  Bepaling            Materiaal      Uitslag
  MRSA kweek          neus           niet aangetoond
  MRSA kweek          keel           niet aangetoond
  MRSA kweek          perineum       niet aangetoond
  MRSA kweek          wond duim re   niet aangetoond

  Eindoordeel: Geen MRSA gekweekt.
  Validatie: dr. R. Zwaan, arts-microbioloog (30-11-2026)

[Journaalregel toegevoegd 01-12-2026 KT: uitslag gezien, doorsturen naar
handkliniek ivm second opinion.]
"""
add(stem="td-046", fmt="txt", opts={"crlf": True},
label=dict(kinds=["mrsa-screening"], date="2026-11-30", also_dates=["2026-11-27"], author="lab", language="nl",
  style="lab result message as imported into the HIS (MEDLAB), plain text", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="HIS rendering of the lab message: received date, sampling date and report date all present; wound swab of the thumb says nothing about surgery."),
blocks=[("raw", L46)])

# ---------------------------------------------------------------- td-047
add(stem="td-047", fmt="pdf", opts={"font": "Helvetica", "size": 9.5, "page": "letter", "footer": "Bayshore Orthopedic & Hand Institute - CONFIDENTIAL - Page {page}"},
label=dict(kinds=["correspondence"], date="2026-09-15", author="specialist", language="en",
  style="US office consultation note (HPI/Exam/Imaging/Assessment/Plan), letter paper", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="Florida hand surgeon examined and X-rayed patient (care abroad); CMC arthroplasty recommended, patient declined surgery and wants an opinion at home: operated unmentioned (declining is not a statement about past surgery)."),
blocks=[
 ("lh", ["Bayshore Orthopedic & Hand Institute", "4012 W. Kennedy Blvd, Suite 300", "Tampa, FL 33609, USA"], ["Phone (813) 555-0147", "Fax (813) 555-0148", "Date of service: 09/15/2026"]),
 ("title", "Consultation Note - Hand Surgery"),
 ("kv", [("Patient", "Willemijn TER BEEK"), ("DOB", "10/22/1958"), ("Referring", "Sandra Ochoa, APRN, Gulf Coast Urgent Care"), ("Provider", "Michael J. Castellano, MD")]),
 ("h", "History of Present Illness"),
 ("p", "67-year-old right-hand-dominant Dutch woman spending winters in Florida, referred from urgent care with 8 months of right thumb basal joint pain. Difficulty with pinch, opening bottles, gardening. Has tried a prefabricated thumb spica brace and topical diclofenac. One cortisone injection by urgent care in July 2026 gave 6 weeks of relief. Denies numbness."),
 ("h", "Physical Examination"),
 ("p", "Right: positive CMC grind, shoulder sign at thumb base, MP hyperextension 20 degrees, tender STT. Negative Finkelstein. Tinel and Phalen negative. Left: mild CMC tenderness."),
 ("h", "Imaging"),
 ("p", "Three views of the right hand obtained in the office today: advanced basal joint arthritis, Eaton-Littler stage IV with pantrapezial involvement."),
 ("h", "Assessment"), ("p", "Right thumb CMC arthritis, Eaton IV, with MP hyperextension. Failed conservative management."),
 ("h", "Plan"),
 ("p", "We discussed continued nonoperative care versus trapeziectomy with ligament reconstruction and MP capsulodesis. I recommended surgery. After discussion she declined scheduling surgery here, as she returns to the Netherlands in November and prefers to be treated there; she would like an opinion from a hand surgeon at home. Custom thermoplastic splint ordered through our hand therapy. Copies of notes and images provided on CD. Follow up as needed."),
 ("p", "Electronically signed: Michael J. Castellano, MD, 09/15/2026 5:02 PM"),
])

# ---------------------------------------------------------------- td-048
add(stem="td-048", fmt="docx", opts={"dfont": "Arial", "dsize": 10, "header": "Privatklinik Döbling-Nord | Ambulanz für Handchirurgie | 1190 Wien", "footer": "UID ATU12345678 | FN 98765x | Seite"},
label=dict(kinds=["correspondence"], date="2026-10-06", author="specialist", language="de",
  style="Austrian Ambulanzbrief, DOCX with Diagnosen/Befund/Therapie/Procedere", imaging_done="yes",
  operated="unmentioned", treated_abroad="yes",
  notes="Vienna clinic saw a Dutch patient (care abroad); X-rays done; operation offered and declined by the patient ('lehnt ... ab'), no statement about past surgery; splint therapy given."),
blocks=[
 ("lh", ["Privatklinik Döbling-Nord", "Ambulanz für Handchirurgie", "Heiligenstädter Straße 71", "1190 Wien, Österreich"], ["Tel. +43 1 36 066-0", "Wien, am 6. Oktober 2026"]),
 ("title", "Ambulanzbrief"),
 ("p", "Patientin: Frau Mag. Annelies VAN DOORN, geb. 14.02.1980\nwohnhaft: Amsterdam (NL), derzeit beruflich in Wien\nAmbulanzbesuch: 05.10.2026"),
 ("h", "Diagnosen"), ("p", "Tendovaginitis stenosans de Quervain rechts\nV.a. beginnende Rhizarthrose rechts"),
 ("h", "Anamnese"), ("p", "Seit ca. 4 Monaten Schmerzen radialseitig am rechten Handgelenk, Verstärkung beim Heben ihres Kleinkindes. Zwei Kortisoninfiltrationen in Amsterdam (Hausarzt) mit jeweils kurzzeitiger Besserung."),
 ("h", "Befund"), ("p", "Finkelstein-Test rechts deutlich positiv, Druckschmerz über dem 1. Strecksehnenfach, leichte Schwellung. Grind-Test endgradig schmerzhaft."),
 ("h", "Röntgen"), ("p", "Röntgen Hand und Daumen rechts in 2 Ebenen (05.10.2026): beginnende Arthrose des Daumensattelgelenks, keine knöcherne Verletzung."),
 ("h", "Therapie"), ("p", "Anpassung einer Daumen-Handgelenksorthese. Die operative Spaltung des 1. Strecksehnenfachs wurde angeboten; die Patientin lehnt eine Operation derzeit ab, da sie in zwei Monaten in die Niederlande zurückkehrt."),
 ("h", "Procedere"), ("p", "Orthese für 6 Wochen konsequent, NSAR bei Bedarf. Bei Persistenz Operation empfohlen, ggf. nach Zweitmeinung in den Niederlanden. Befundkopie und Röntgenbilder mitgegeben."),
 ("p", "Mit freundlichen Grüßen"),
 ("p", "Dr. med. univ. Lukas Brandstätter\nFacharzt für Orthopädie und Traumatologie, Handchirurgie"),
])
