# td-001 .. td-016
DOCS = []
def add(**d): DOCS.append(d)

# ---------------------------------------------------------------- td-001
add(stem="td-001", fmt="pdf", opts={"font": "Helvetica", "size": 9, "footer": "ZorgDomein - verwijzing 8831-4420-9917 - pagina {page}", "kvgrid": True},
label=dict(kinds=["referral", "history"], date="2026-11-23", author="gp", language="nl",
  style="zorgdomein two-column form, kv2 header box, grid fields", referral_question=True,
  imaging_done="yes", operated="yes", treated_abroad="unmentioned",
  notes="Product name only as title; question in Vraagstelling; history in Relevante voorgeschiedenis + Recente behandelingen; earlier CTS release is the operation; birth date and several past dates near the header."),
blocks=[
 ("title", "Second opinion handchirurgie"),
 ("kv2", [[("Verwijzer", "J.P. Dijkhuis, huisarts"), ("Datum", "23-11-2026")],
          [("Praktijk", "Huisartsenpraktijk De Lindeboom\nAssendorperstraat 141, 8012 DK Zwolle"), ("AGB-code", "01-048772")],
          [("Ontvanger", "Handkliniek Oost\nafd. Intake"), ("Specialisme", "Plastische chirurgie / handchirurgie")],
          [("Patiënt", "Mw. J.M. Verhoeff-Kamp"), ("Geboortedatum", "14-02-1968")],
          [("BSN", "1846.22.903"), ("Verzekering", "Zilveren Kruis, 284410192")]]),
 ("kv", [
  ("Reden van verwijzing", "Aanhoudende pijn en tintelingen rechterhand ruim 1,5 jaar na carpaletunnelrelease rechts."),
  ("Vraagstelling", "Graag second opinion. Is er sprake van een recidief of incomplete release? Is een heroperatie zinvol of zijn er andere opties? Patiënte vraagt zelf uitdrukkelijk om een beoordeling elders."),
  ("Relevante voorgeschiedenis", "2011 hypertensie\n2019 diabetes mellitus type 2\n2024 EMG: ernstig CTS rechts, matig links\n03-2025 open carpaletunnelrelease rechts (Ziekenhuis Vechtdal, dr. Van Ommen)\n2025 triggerduim links, eenmalig geïnjecteerd"),
  ("Recente behandelingen", "08-2026 injectie triamcinolon carpale tunnel rechts door huisarts, kortdurend effect (3 weken)\n09-2026 echo n. medianus rechts (Ziekenhuis Vechtdal): verdikte zenuw proximaal van de tunnel, geen ruimte-innemend proces\n09-2026 t/m 11-2026 handtherapie (8 sessies), nachtspalk\n10-2026 controle chirurg: 'geen verdere opties', terugverwezen naar huisarts"),
  ("Medicatie", "metformine 500 mg 2dd1, perindopril 4 mg 1dd1, paracetamol zo nodig"),
  ("Allergieën", "Geen bekend"),
  ("Episodelijst", "N93 Carpaletunnelsyndroom rechts (actief)\nT90 Diabetes mellitus type 2\nK86 Hypertensie\nL87 Triggerduim links (inactief)"),
  ("Bijlagen", "Brief chirurg 10-2026, verslag echo 09-2026"),
 ]),
 ("p", "Deze verwijzing is aangemaakt via ZorgDomein en is geldig tot 23-11-2027."),
])

# ---------------------------------------------------------------- td-002
add(stem="td-002", fmt="docx", opts={"dfont": "Arial", "dsize": 10},
label=dict(kinds=["referral"], date="2026-11-27", author="gp", language="nl",
  style="free GP letter, addressee t.a.v. intake, Betreft line", referral_question=True,
  imaging_done="no", operated="no", treated_abroad="unmentioned",
  notes="Addressed to the intake department; explicit negations for imaging ('geen foto's gemaakt') and surgery ('nooit geopereerd'); no history section, so not history."),
blocks=[
 ("lh", ["Huisartsenpraktijk Goudse Poort", "M.C. Stoop en R. Amrani, huisartsen", "Burgemeester Jamessingel 12", "2803 PV Gouda"], ["Tel. 0182-519 440", "AGB 01-061925", "praktijk@goudsepoort-ha.example"]),
 ("p", "Aan: Handkliniek Rijnmond\nt.a.v. afdeling intake / planning\nPostbus 4470\n3006 AL Rotterdam"),
 ("p", "Gouda, 27 november 2026"),
 ("p", "Betreft: dhr. K. Bouwmeester, geb. 03-07-1979\nAdres: Goudkade 7, 2801 JB Gouda"),
 ("p", "Geachte collega,"),
 ("p", "Graag verwijs ik bovengenoemde patiënt naar uw kliniek voor een second opinion. Het betreft een 47-jarige timmerman met sinds het voorjaar pijn aan de dorsale zijde van de rechterpols, toenemend bij belasten en bij steunen op de hand. Er is geen duidelijk trauma geweest. Bij onderzoek zie ik een kleine, vaste zwelling dorsaal over het scafolunaire gebied, drukpijnlijk, en pijn bij dorsaalflexie tegen weerstand."),
 ("p", "Hij is in juni gezien door de orthopeed in het Groene Hart Ziekenhuis. Die dacht aan een occult ganglion en adviseerde een afwachtend beleid met een polsbrace, zonder aanvullend onderzoek: er zijn tot nu toe geen foto's of echo van de pols gemaakt. De klachten zijn sindsdien niet verminderd en hij kan zijn werk maar half doen. Patiënt is nooit eerder aan de hand of pols geopereerd."),
 ("p", "Vraagstelling: is hier sprake van een occult ganglion of van een (scafolunair) ligamentletsel, en welke diagnostiek en behandeling adviseert u? Patiënt wil graag uw mening voordat hij verder gaat."),
 ("p", "Medicatie: naproxen 500 mg zo nodig. Allergieën: geen. Verder gezond, rookt niet."),
 ("p", "Met vriendelijke groet,"),
 ("p", "M.C. Stoop\nhuisarts"),
])

# ---------------------------------------------------------------- td-003
HIS3 = """PATIENTOVERZICHT / UITDRAAI JOURNAAL                    Datum uitdraai: 01-12-2026 09:42
Praktijk : Gezondheidscentrum Colmschate, Deventer (AGB 01-052210)
Patiënt  : De Groot-Lammers, S. (Sanne)      Geb.dat: 21-09-1985   Geslacht: V
Adres    : Holterweg 212, 7429 AH Colmschate
Verzekerd: Menzis 551203318                  Eigen huisarts: A.W. Kolkman

EPISODELIJST
Code  Omschrijving                                   Begin       Einde       Attentie
L76   Fractuur distale radius links                  12-04-2026              J
L18   Spierpijn/stijfheid li pols/hand na ORIF        20-07-2026              J
P76   Depressieve episode                            03-2019     11-2020
K86   Hypertensie zonder orgaanschade                 02-2023                 J
W82   Miskraam (2014)                                 2014        2014
A92   Allergie: pleister (huidreactie)                2016                    J

MEDICATIE (actueel)
amlodipine 5 mg tabl 1dd1 / paracetamol 1000 mg zn max 3dd1 / ibuprofen 400 mg zn

JOURNAAL (sinds 01-01-2026)
10-02-2026 A.W. Kolkman  S: controle bloeddruk, geen klachten
                         O: RR 138/86, pols 72 reg.
                         E: K86 hypertensie, redelijk ingesteld
                         P: continueren, controle 6 mnd
18-04-2026 A.W. Kolkman  S: 12-04 op vakantie in Marbella uitgegleden bij zwembad, op
                         li hand gevallen. Gezien op urgencias Hospital Costa del Sol,
                         daar X-pols li: distale radiusfractuur, gesloten gereponeerd,
                         onderarmgips. Spaanse brief meegenomen (ingescand). Nu veel pijn,
                         vingers wat dik.
                         O: gips intact, vingers warm, goed beweeglijk, sensibiliteit ok
                         E: L76 distale radiusfractuur li, na repositie in Spanje
                         P: verwijzing SEH/gipskamer Salland Ziekenhuis voor controle-foto
                         Verwijzing traumachirurgie
22-04-2026 Brief specialist ontvangen (traumachirurgie Salland Ziekenhuis): controle-X toont
                         secundaire dislocatie, ORIF gepland 24-04-2026.
02-05-2026 Brief specialist ontvangen: 24-04-2026 ORIF distale radius li met palmaire
                         plaat (dr. T. Hupkes). Ongecompliceerd beloop, gips 2 wk, daarna
                         handtherapie. Controle poli 6 wk.
14-06-2026 S. van Eck (POH) S: vraagt naar pijnstilling, handtherapie loopt
                         P: paracetamol continueren, NSAID zn
20-07-2026 A.W. Kolkman  S: pols li blijft stijf en pijnlijk, vooral onderarm draaien.
                         Kan niet werken (kapster). Slaapt slecht.
                         O: li pols: dorsaalflexie 30 gr, palmairflexie 35 gr, supinatie
                         beperkt tot 45 gr. Litteken rustig. Geen zwelling, geen kleur-
                         of temperatuurverschil.
                         E: L18 stijfheid na ORIF distale radius
                         P: overleg handtherapeut, brief naar behandelend chirurg
03-09-2026 Brief specialist ontvangen: poli traumachirurgie, X-controle: fractuur geconsol-
                         ideerd, plaat goed gepositioneerd. Beleid: handtherapie voortzetten,
                         eventueel plaatverwijdering na 1 jaar bespreken.
15-10-2026 A.W. Kolkman  S: geen verbetering, pijn bij rotatie, knakje ulnair. Wil graag
                         second opinion, gesprek met chirurg liep niet goed.
                         O: drukpijn ulnaire zijde, DRUG-gewricht pijnlijk bij pianotoets
                         E: L18 / verdenking DRUG-instabiliteit
                         P: patiënte zoekt zelf kliniek uit, dossier opvragen
25-11-2026 A.W. Kolkman  C: tel. patiënte: kiest voor Handkliniek Oost. Verwijzing via
                         ZorgDomein verstuurd, dossier (brieven, OK-verslag, foto's op CD)
                         wordt door ziekenhuis nagestuurd.
                         P: verwijzing second opinion handchirurgie

Einde uitdraai - pagina 1 van 1 - Uitgedraaid door: S. van Eck"""
add(stem="td-003", fmt="txt", opts={},
label=dict(kinds=["history"], date="2026-12-01", author="gp", language="nl",
  style="HIS printout: episode list with ICPC + SOEP journal, fixed-width", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Print date is the document date; ED visit and repositioning in Marbella (abroad); ORIF in NL recorded via 'Brief specialist ontvangen' journal lines; referral only mentioned as journal line, not a referral document."),
blocks=[("raw", HIS3)])

# ---------------------------------------------------------------- td-004
add(stem="td-004", fmt="pdf", opts={"font": "Times-Roman", "size": 10.5, "footer": "Ziekenhuis Amstelvliet - Polikliniek Plastische Chirurgie - pagina {page}"},
label=dict(kinds=["correspondence"], date="2026-10-14", author="specialist", language="nl",
  style="HiX-like outpatient letter, logo letterhead, Anamnese/LO/Aanvullend/Conclusie/Beleid", imaging_done="yes",
  operated="unmentioned", treated_abroad="no",
  notes="Long letter with plans only: surgery offered, waiting list, condition 'mocht ... dan operatie'; father operated (another person); holiday in Portugal without seeing a doctor; ultrasound actually done."),
blocks=[
 ("lh", ["Ziekenhuis Amstelvliet", "Plastische, Reconstructieve en Handchirurgie", "Amstelvlietlaan 2, 1183 KP Amstelveen", "T 020-545 8800"], ["Ons kenmerk: PLC/2026/18842", "Datum: 14 oktober 2026", "Uw kenmerk: -"], {"color": "#1b6e5a"}),
 ("p", "Aan de weledelgeleerde heer A.H. Verkerk, huisarts\nHuisartsenpraktijk Bovenkerk\nNoorddammerweg 30\n1187 ZS Amstelveen"),
 ("p", "Betreft: dhr. R.A. Tjoa, geboren 09-06-1961, patiëntnummer 7720135"),
 ("p", "Geachte collega Verkerk,"),
 ("p", "Op 12 oktober 2026 zagen wij uw patiënt op ons spreekuur in verband met een buigcontractuur van de rechter pink."),
 ("h", "Anamnese"),
 ("p", "Meneer is 65 jaar, gepensioneerd docent, rechtshandig. Hij merkt sinds ruim een jaar een streng in de rechterhandpalm die geleidelijk de pink in buiging trekt. De klachten zijn hem voor het eerst opgevallen tijdens een vakantie in Portugal in de zomer van 2025; hij heeft daar geen arts bezocht. Pijn heeft hij nauwelijks, wel hindert het bij het aantrekken van handschoenen, bij het in de broekzak steken van de hand en bij gitaar spelen. Zijn vader is in 1998 aan de ziekte van Dupuytren aan beide handen geopereerd. Er is geen sprake van epilepsie, diabetes of overmatig alcoholgebruik. Hij is zelf nooit aan de handen geopereerd en heeft geen eerdere behandeling gehad. Medicatie: simvastatine 20 mg. Geen allergieën."),
 ("h", "Lichamelijk onderzoek"),
 ("p", "Rechterhand: palpabele streng over de vierde straal en de pink, met een nodus ter hoogte van de distale handpalmplooi. Extensiedeficit MCP V 35 graden, PIP V 20 graden (totaal 55 graden, Tubiana II). Tabletop-test positief. Geen streng in de duimmuis. Sensibiliteit intact, capillaire refill normaal. Linkerhand: kleine nodus vierde straal zonder contractuur. Knuckle pads aan beide zijden."),
 ("h", "Aanvullend onderzoek"),
 ("p", "Echografie van de rechterhand (3 oktober 2026, via de huisarts aangevraagd): hypo-echogene verdikking van de palmaire fascie over straal IV en V, passend bij M. Dupuytren, geen ganglion of tumor. De beelden zijn via de PACS-koppeling door ons beoordeeld."),
 ("h", "Conclusie"),
 ("p", "Morbus Dupuytren rechter pink, Tubiana II, met een functioneel hinderlijke contractuur van de MCP- en PIP-gewrichten. Links beginnende nodulaire afwijking zonder contractuur."),
 ("h", "Beleid"),
 ("p", "Wij hebben de behandelopties uitgebreid met meneer besproken: afwachten, percutane naaldfasciotomie en een beperkte fasciectomie. Gezien de uitgebreidheid van de streng en de PIP-component adviseren wij een beperkte fasciectomie, met als alternatief naaldfasciotomie met een grotere kans op recidief. Collagenase-injecties zijn in Nederland niet meer beschikbaar. Meneer wil graag bedenktijd en heeft aangegeven eventueel ook een andere kliniek te willen raadplegen. Op zijn verzoek hebben wij hem alvast op de wachtlijst voor een fasciectomie geplaatst; de huidige wachttijd is ongeveer vier maanden. Mocht hij besluiten niet geopereerd te willen worden, dan kan hij zich zonder consequenties van de wachtlijst laten afhalen."),
 ("p", "Mocht de contractuur in de PIP verder toenemen tot boven de 30 graden, dan is er een duidelijke indicatie voor operatie, omdat een PIP-contractuur na langere tijd minder goed herstelt. Voor de linkerhand is geen behandeling nodig. Wij hebben hem instructies meegegeven om zelf de contractuur te meten en bij snelle toename eerder contact op te nemen."),
 ("p", "Nadere informatie over de ingreep en de nabehandeling (handtherapie, nachtspalk gedurende drie maanden) hebben wij schriftelijk meegegeven. Een controleafspraak is gepland over drie maanden, of eerder bij de preoperatieve screening."),
 ("p", "Met collegiale groet,"),
 ("p", "drs. F. el Idrissi, arts-assistent plastische chirurgie\nnamens dr. C.M. Dorrestein, plastisch chirurg / handchirurg"),
 ("small", "cc: patiënt\nDictaat 12-10-2026, getypt 13-10-2026, geautoriseerd 14-10-2026"),
])

# ---------------------------------------------------------------- td-005
add(stem="td-005", fmt="pdf", opts={"font": "Helvetica", "size": 9.5, "kvgrid": True, "header": "Ziekenhuis De Veluwezoom  |  OK-verslag  |  Pat.nr 2209417  |  Afgedrukt 18-09-2026 08:03"},
label=dict(kinds=["operation-report"], date="2026-09-17", author="specialist", language="nl",
  style="operation report form, grid label/value table, print header", imaging_done="unmentioned",
  operated="yes", treated_abroad="unmentioned",
  notes="No salutation; date only in 'Datum operatie' field and print header (print date the day after)."),
blocks=[
 ("lh", ["Ziekenhuis De Veluwezoom", "Afdeling Chirurgie - Handchirurgie", "Het Hoge Veld 4, 6881 MT Velp"], ["OPERATIEVERSLAG", "", "Mw. A.G. Ruiter-Boonstra", "geb. 02-12-1959", "Pat.nr. 2209417"]),
 ("kv", [("Datum operatie", "17-09-2026"), ("Operateur", "dr. H.J. Wassink, chirurg"), ("Assistent", "B. Koç, AIOS heelkunde"),
  ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline 1:100.000, 15 ml)"),
  ("Indicatie", "Carpaletunnelsyndroom links, EMG-bevestigd, onvoldoende effect van nachtspalk en injectie"),
  ("Ingreep", "Open carpaletunnelrelease links"),
  ("Positie / bloedleegte", "Rugligging, arm op armtafel; geen bloedleegte"),
  ("Beschrijving", "Incisie van 3 cm in het verlengde van de radiale rand van de vierde straal, proximaal beperkt tot de rascetta. Doornemen van subcutis en palmaire aponeurose. Het ligamentum carpi transversum wordt onder zicht over de gehele lengte gekliefd; distaal vrijleggen tot aan het vetkussen van de arcus palmaris superficialis. De nervus medianus is duidelijk ingesnoerd en hyperemisch, thenaire tak intact. Geen synovitis, geen ruimte-innemende afwijkingen. Controle hemostase. Huid gesloten met Ethilon 4-0 enkelvoudige hechtingen. Drukverband."),
  ("Complicaties", "Geen"), ("Bloedverlies", "Minimaal"), ("PA", "Niet ingestuurd"),
  ("Nabehandeling", "Drukverband 2 dagen, hand hoog houden, vingers bewegen. Hechtingen verwijderen na 10-14 dagen bij huisarts. Controle verpleegkundig spreekuur na 6 weken."),
  ("Ontslag", "Dagbehandeling, zelfde dag naar huis")]),
 ("p", "Elektronisch ondertekend door dr. H.J. Wassink op 17-09-2026 14:22"),
])

# ---------------------------------------------------------------- td-006
add(stem="td-006", fmt="pdf", opts={"font": "Helvetica", "size": 10},
label=dict(kinds=["imaging-report"], date="2026-11-12", also_dates=["2026-11-10"], author="radiologist", language="nl",
  style="radiology report, two-column header with Aanvrager, Datum onderzoek separate from Datum verslag", imaging_done="yes",
  operated="no", treated_abroad="unmentioned",
  notes="Exam and report dates differ; requester is an orthopaedic surgeon (not a referral); clinical info says scaphoid fracture was treated conservatively (not operated); question mark in Vraagstelling is a question."),
blocks=[
 ("lh", ["Noordwest Ziekenhuisgroep Bergen-Noord", "Afdeling Radiologie en Nucleaire Geneeskunde", "Wilhelminalaan 12, 1815 JD Alkmaar"], ["Patiënt: Dhr. D. (Dennis) Kuijper", "Geb.datum: 30-01-1996", "Patiëntnr: 4419023", "Accessienr: MR26-118430"]),
 ("kv", [("Aanvrager", "drs. L. Visscher, orthopedisch chirurg, polikliniek Orthopedie"), ("Onderzoek", "MRI pols rechts (3 Tesla, zonder contrast)"),
  ("Datum onderzoek", "10-11-2026"), ("Datum verslag", "12-11-2026")]),
 ("h", "Klinische gegevens / vraagstelling"),
 ("p", "Val op uitgestrekte hand 03-2025, scaphoidfractuur rechts, conservatief behandeld met gips. Sindsdien persisterende ulnaire polspijn en klikken bij pro-/supinatie. TFCC-letsel? Pseudartrose scaphoid?"),
 ("h", "Verslag"),
 ("p", "Vergelijking met conventionele opnamen d.d. 14-05-2025. Het scaphoid is volledig geconsolideerd; op de T1-gewogen opnamen normaal vetsignaal van het proximale fragment, geen aanwijzing voor avasculaire necrose. Geen pseudartrose."),
 ("p", "Het TFCC toont een lineaire vochtintense lijn door het foveale deel van de ulnaire aanhechting, passend bij een Palmer 1B-laesie. Discusgedeelte intact. Geringe hoeveelheid vocht in het DRUG-recessus. Extensor carpi ulnaris-pees in de groeve, zonder subluxatie of tendinopathie. Ulnaire variantie neutraal. Het scafolunaire en lunotriquetrale ligament zijn intact. Geen botoedeem in lunatum of triquetrum. Geen ganglion."),
 ("h", "Conclusie"),
 ("p", "1. Geconsolideerde scaphoidfractuur zonder aanwijzingen voor avasculaire necrose.\n2. Foveale TFCC-laesie (Palmer 1B) met geringe DRUG-effusie."),
 ("p", "Radioloog: dr. P.M. Schoonderwoerd\nGeautoriseerd: 12-11-2026 16:05"),
])

# ---------------------------------------------------------------- td-007
LAB7 = """STICHTING MICROBIOLOGISCH LABORATORIUM KENNEMERLAND
Boerhavelaan 8, 2035 RC Haarlem  -  tel 023-890 1200
---------------------------------------------------------------
UITSLAG MEDISCHE MICROBIOLOGIE                   Definitief

Patient      : BAKKER-YILMAZ, E.       (V)  geb. 11-05-1973
BSN          : 2291.04.557
Aanvrager    : Huisartsenpraktijk Schalkwijk, dr. I. Vermeulen
Kopie aan    : -
Labnummer    : 26-M-0887164
Afnamedatum  : 24-11-2026 09:10
Ontvangst    : 24-11-2026 14:55
Rapportdatum : 27-11-2026

Klinische gegevens: screening i.v.m. opname buitenland; pt. okt 2026
5 dagen opgenomen in ziekenhuis te Izmir (Turkije) na val, pols ingegipst.
Verwijzing naar handkliniek volgt.

Onderzoek: MRSA-screening (kweek met ophoping + PCR)

Materiaal          Bepaling            Uitslag
neus               MRSA PCR            negatief
keel               MRSA PCR            negatief
perineum           MRSA PCR            negatief
neus/keel/perineum MRSA kweek (48u)    MRSA niet aangetoond

CONCLUSIE: MRSA niet aangetoond.

Commentaar: bij opname in een buitenlands ziekenhuis < 2 maanden
geleden geldt de uitslag als screening conform WIP-richtlijn.

Gevalideerd door: dr. J.H. ten Bosch, arts-microbioloog, 27-11-2026
---------------------------------------------------------------
Einde rapport"""
add(stem="td-007", fmt="txt", opts={"crlf": True},
label=dict(kinds=["mrsa-screening"], date="2026-11-27", also_dates=["2026-11-24"], author="lab", language="nl",
  style="lab result text export, fixed-width table, CRLF", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="yes",
  notes="Sampling date vs report date; clinical details state admission in a hospital in Izmir; cast is not an operation."),
blocks=[("raw", LAB7)])

# ---------------------------------------------------------------- td-008
add(stem="td-008", fmt="pdf", opts={"font": "Helvetica", "size": 10, "footer": "Northmoor Hospitals NHS Foundation Trust - Chair: Mrs P. Addo - Chief Executive: Dr S. Ravel"},
label=dict(kinds=["correspondence"], date="2026-10-02", author="specialist", language="en",
  style="UK NHS clinic letter: Diagnosis/Plan/Outcome headings, NHS number, Surgery as GP practice", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="'no previous operations on her hands' => operated=no. Written by a UK hospital that treated the patient (injection given, X-rays taken); trapeziectomy offered and listing conditional; patient plans to move back to the Netherlands."),
blocks=[
 ("lh", ["Northmoor Hospitals NHS Foundation Trust", "Department of Hand Surgery", "St Aidan's Wing, Chapeltown Road", "Leeds LS7 4QQ"], ["Consultant: Mr Rupert Okonjo FRCS (Plast)", "Secretary: 0113 492 7781", "Clinic date: 29/09/2026", "Typed: 02/10/2026"]),
 ("p", "Dr H. Pennington\nAshcombe Surgery\n14 Ashcombe Road\nLeeds LS8 2RE"),
 ("p", "2 October 2026"),
 ("p", "Dear Dr Pennington,"),
 ("p", "Re: Mrs Eleanor VOS   DOB: 17/03/1962   NHS No: 472 118 9903\n29 Harehills Lane, Leeds LS9 6AX"),
 ("h", "Diagnosis:"),
 ("p", "1. Right thumb base (CMC joint) osteoarthritis, Eaton stage III\n2. Left trigger thumb"),
 ("h", "Outcome:"),
 ("p", "Left trigger thumb injected today (40 mg Kenalog + 1% lidocaine). Radiographs of both hands taken in clinic today."),
 ("h", "Plan:"),
 ("p", "Review in 3 months, or she will let us know if she wishes to go ahead with surgery on the right."),
 ("p", "I reviewed this pleasant 64-year-old retired pharmacist, who is originally from the Netherlands, in the hand clinic today. She has had two years of increasing pain at the base of the right thumb, worse with opening jars, turning keys and writing, and over the last four months catching and locking of the left thumb, particularly in the mornings. She has tried a hand-based thumb spica splint and a course of hand therapy with limited benefit. She takes paracetamol and occasional ibuprofen gel. She has no previous operations on her hands."),
 ("p", "On examination the right thumb base is tender with a positive grind test and early adduction deformity of the metacarpal; MCP joint hyperextension is 15 degrees. Pinch grip is reduced. The left thumb has a tender nodule over the A1 pulley with reproducible triggering. Sensation is normal in both hands. X-rays taken today show marked joint space loss with osteophytes at the right CMC joint and early STT changes, consistent with Eaton stage III disease."),
 ("p", "For the left trigger thumb I have given a steroid injection today. For the right thumb we discussed the options at length. A further steroid injection is unlikely to give lasting benefit at this stage. I have offered her a trapeziectomy with LRTI, explaining the recovery of three to six months. She is keen to have something done but she and her husband are planning to move back to the Netherlands early next year and she would prefer to have any surgery there, close to family, where she would like a second opinion. I am very happy for her to take copies of this letter and of the radiographs. Should she remain in Leeds and continue to be symptomatic, we would be happy to list her for surgery."),
 ("p", "Yours sincerely,"),
 ("p", "Mr Rupert Okonjo\nConsultant Hand and Plastic Surgeon"),
 ("small", "cc: Mrs E. Vos (patient)"),
])

# ---------------------------------------------------------------- td-009
add(stem="td-009", fmt="pdf", opts={"font": "Helvetica", "size": 9.5, "header": "Klinikum Werdenfels gGmbH - OP-Dokumentation - Seite {page}"},
label=dict(kinds=["operation-report"], date="2026-02-17", author="specialist", language="de",
  style="German Operationsbericht, two-column letterhead, labelled fields", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Written by a German hospital that operated; intraoperative fluoroscopy and preoperative CT counted as imaging done; Dutch patient on ski holiday."),
blocks=[
 ("lh", ["Klinikum Werdenfels", "Klinik für Unfallchirurgie, Orthopädie und Handchirurgie", "Chefarzt Prof. Dr. med. G. Ammersinn", "Auenstraße 6, 82467 Garmisch-Partenkirchen"], ["Tel. +49 8821 77-0", "Fax +49 8821 77-1290", "www.klinikum-werdenfels.example"]),
 ("title", "Operationsbericht"),
 ("kv", [("Patient", "van Dalen, Pieter, geb. 08.08.1990"), ("Fall-Nr.", "260211873"), ("OP-Datum", "17.02.2026"), ("OP-Dauer", "10:42 - 11:31 Uhr"),
  ("Operateur", "OA Dr. med. M. Leitgeb"), ("Assistenz", "Dr. med. S. Ünal"), ("Anästhesie", "Plexusanästhesie (axillär), Dr. med. K. Rainer"),
  ("Diagnose", "Nicht dislozierte Skaphoidfraktur rechts, Typ Herbert B2 (Sturz beim Skifahren am 15.02.2026)"),
  ("Eingriff", "Perkutane Schraubenosteosynthese des Skaphoids rechts (kanülierte Doppelgewindeschraube 2,5 x 24 mm)")]),
 ("h", "Indikation"),
 ("p", "Im CT vom 15.02.2026 Querfraktur im mittleren Drittel des Skaphoids rechts ohne wesentliche Dislokation. Nach ausführlicher Aufklärung über konservative und operative Therapie wünscht der Patient, ein niederländischer Urlaubsgast, die operative Versorgung zur frühfunktionellen Nachbehandlung."),
 ("h", "Operationsverlauf"),
 ("p", "Rückenlage, Arm auf Armtisch, Oberarmblutsperre 250 mmHg, Team-Time-Out. Unter Bildwandlerkontrolle Einbringen des Führungsdrahts von palmar über das Tuberculum ossis scaphoidei in zentraler Lage entlang der Längsachse. Stichinzision, Längenmessung, Aufbohren und Einbringen einer kanülierten Doppelgewindeschraube 2,5 x 24 mm. Im Bildwandler in zwei Ebenen regelrechte Schraubenlage, Fraktur komprimiert, kein Überstand der Schraube. Spülung, Hautnaht mit Einzelknopfnaht, steriler Verband, palmare Unterarmschiene."),
 ("h", "Komplikationen"), ("p", "Keine."),
 ("h", "Procedere"),
 ("p", "Schiene für 2 Wochen, danach funktionelle Nachbehandlung. Fadenzug am 12. postoperativen Tag. Röntgenkontrolle nach 6 Wochen, CT nach 10-12 Wochen zur Beurteilung der Konsolidierung. Weiterbehandlung durch den Hausarzt bzw. die Handchirurgie am Heimatort in den Niederlanden."),
 ("p", "Garmisch-Partenkirchen, 17.02.2026\nDr. med. M. Leitgeb, Oberarzt"),
])

# ---------------------------------------------------------------- td-010
add(stem="td-010", fmt="docx", opts={"dfont": "Times New Roman", "dsize": 11, "header": "Tauernklinikum Bad Hofalm - Abteilung für Unfallchirurgie und Sporttraumatologie", "footer": "DVR 0012345 - Seite"},
label=dict(kinds=["correspondence", "operation-report"], date="2026-01-08", author="specialist", language="de",
  style="Austrian Entlassungsbrief (Arztbrief) with full Operationsbericht section", imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Discharge letter from Austrian hospital containing a full operation section (date, operator, procedure, course); admission/discharge dates plus letter date; Austrian postcode (4 digits)."),
blocks=[
 ("lh", ["Tauernklinikum Bad Hofalm", "Abteilung für Unfallchirurgie und Sporttraumatologie", "Vorstand: Prim. Dr. W. Haslinger", "Klinikstraße 1, 5630 Bad Hofalm, Österreich"], ["Tel. +43 6434 5511-0", "Bad Hofalm, am 08.01.2026", "Zl. UC-2026-00147"]),
 ("p", "An\nHerrn Dr. P. Smits, Huisarts\nPraktijk Smits & Van Aalst\nHoofdstraat 88\n5121 JG Rijen, NIEDERLANDE"),
 ("title", "ENTLASSUNGSBRIEF"),
 ("p", "Sehr geehrter Herr Kollege,\nwir berichten über Ihre Patientin Frau Lotte HERMANS, geb. 22.06.1972, wohnhaft in Rijen (NL), die sich vom 03.01.2026 bis 08.01.2026 in unserer stationären Behandlung befand."),
 ("h", "Diagnosen"),
 ("p", "Distale intraartikuläre Radiusfraktur links (AO 23-C2) nach Skisturz am 03.01.2026\nNebendiagnose: Hypothyreose, substituiert"),
 ("h", "Anamnese und Befund bei Aufnahme"),
 ("p", "Sturz auf die ausgestreckte linke Hand auf der Piste. Schwellung und Fehlstellung des linken Handgelenks, DMS intakt. Röntgen Handgelenk links in 2 Ebenen und CT: dorsal abgekippte, intraartikuläre distale Radiusfraktur mit Stufenbildung von 3 mm; Processus styloideus ulnae intakt."),
 ("h", "Operationsbericht"),
 ("kv", [("OP-Datum", "04.01.2026"), ("Operateur", "OA Dr. J. Pfeffer"), ("Assistenz", "Ass.-Ärztin Dr. N. Kogler"), ("Anästhesie", "Plexusanästhesie, Sedierung"),
  ("Eingriff", "Offene Reposition und palmare winkelstabile Plattenosteosynthese Radius links (2,4 mm Distale-Radius-Platte)")]),
 ("p", "Rückenlage, Blutsperre. Modifizierter Henry-Zugang, Darstellung des M. pronator quadratus, der abgelöst wird. Darstellung der Fraktur, Reposition unter Sicht und Bildwandler, temporäre K-Draht-Fixation. Anlage der Platte, Besetzung distal mit winkelstabilen Schrauben, proximal mit Kortikalisschrauben. Bildwandlerkontrolle in 2 Ebenen: anatomische Gelenkfläche, regelrechte Schraubenlagen, kein intraartikulärer Schraubenverlauf. Refixation des Pronator quadratus, schichtweiser Wundverschluss, Intrakutannaht. Keine intraoperativen Komplikationen."),
 ("h", "Verlauf"),
 ("p", "Komplikationsloser postoperativer Verlauf, Wunde reizlos, DMS intakt. Röntgenkontrolle postoperativ: regelrechte Stellung und Implantatlage. Entlassung am 08.01.2026 in gutem Allgemeinzustand mit Unterarmgipsschiene zur Heimreise in die Niederlande."),
 ("h", "Therapie und Procedere"),
 ("p", "Gipsschiene für 2 Wochen, danach Beginn der Ergotherapie/Handtherapie. Nahtentfernung am 14. postoperativen Tag durch den Hausarzt. Röntgenkontrolle nach 6 Wochen beim weiterbehandelnden Unfallchirurgen in den Niederlanden. Eine Metallentfernung ist nicht zwingend erforderlich. Thromboseprophylaxe mit Enoxaparin 40 mg s.c. bis zur Gipsabnahme. Analgesie: Paracetamol 1 g bis 3x tgl., Ibuprofen 400 mg bei Bedarf."),
 ("p", "Mit freundlichen kollegialen Grüßen"),
 ("p", "OA Dr. J. Pfeffer                    Prim. Dr. W. Haslinger\nFacharzt für Unfallchirurgie                Abteilungsvorstand"),
])

# ---------------------------------------------------------------- td-011 (merged)
add(stem="td-011", fmt="merged", opts={"font": "Helvetica", "size": 10},
label=dict(kinds=["imaging-report", "mrsa-screening"], date="2026-11-30", author="gp", language="nl",
  style="merged PDF (bijlagen): GP cover letter + radiology report + MRSA lab, page breaks", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Cover letter is none of the kinds (sends missing documents); top-level date is the cover letter's. Treatment in Agadir (closed reduction, no operation) explicitly stated."),
parts=[
 dict(label=dict(kinds=[], date="2026-11-30", author="gp"), blocks=[
  ("lh", ["Huisartsen Oude Pekela", "C.J. Bruining, huisarts", "Raadhuisplein 3, 9665 JS Oude Pekela"], ["T 0597-612 780", "AGB 01-037719"]),
  ("p", "Handkliniek Noord\nt.a.v. het intakebureau\nPostbus 30002\n9700 RM Groningen"),
  ("p", "Oude Pekela, 30-11-2026"),
  ("p", "Betreft: mw. N. Ouali-Kroeze, geb. 19-04-1981\nUw referentie: aanvraag aanvullende stukken d.d. 20-11-2026"),
  ("p", "Geachte heer, mevrouw,"),
  ("p", "Op uw verzoek stuur ik u hierbij de nog ontbrekende stukken voor de second opinion van mevrouw Ouali: het verslag van de röntgenfoto van de rechterhand die in oktober in het Ommelander Ziekenhuis is gemaakt, en de uitslag van de MRSA-screening. Die screening heb ik laten doen omdat mevrouw in september tijdens familiebezoek drie dagen opgenomen is geweest in een ziekenhuis in Agadir (Marokko) na een val op de rechterhand. Daar is de fractuur van het vijfde middenhandsbeen gesloten gereponeerd en gegipst; een operatie vond niet plaats."),
  ("p", "De verwijsbrief en mijn samenvatting heeft u op 12 november via ZorgDomein ontvangen."),
  ("p", "Met vriendelijke groet,\n\nC.J. Bruining, huisarts"),
 ]),
 dict(label=dict(kinds=["imaging-report"], date="2026-10-06", author="radiologist"), blocks=[
  ("lh", ["Ommelander Ziekenhuis Groningen", "Afdeling Radiologie", "Lauwersoog 1, 9679 BJ Scheemda"], ["Onderzoeksnr: CR-2026-552198", "Pat.: Ouali-Kroeze, N.", "Geb.: 19-04-1981"]),
  ("title", "VERSLAG RADIOLOGIE"),
  ("kv", [("Aanvrager", "C.J. Bruining, huisarts"), ("Onderzoek", "X-hand rechts, 3 richtingen"), ("Datum onderzoek", "06-10-2026")]),
  ("p", "Klinische gegevens: 09-2026 fractuur MC V re in het buitenland, gesloten gereponeerd. Stand? Consolidatie?"),
  ("p", "Verslag: subcapitale fractuur van het os metacarpale V rechts met beginnende callusvorming. Palmaire angulatie van ongeveer 35 graden. Geen rotatiestand vast te stellen op de opnamen. Overige ossale structuren intact. Geen artrose van betekenis."),
  ("p", "Conclusie: consoliderende subcapitale MC V-fractuur rechts met 35 graden palmaire angulatie."),
  ("p", "dr. E. Wiersma, radioloog, 06-10-2026"),
 ]),
 dict(label=dict(kinds=["mrsa-screening"], date="2026-11-26", author="lab"), blocks=[
  ("lh", ["Certelab Noord - Medische Microbiologie", "Van Swietenlaan 2, 9728 NZ Groningen"], ["Labnr 2611-44720", "Definitieve uitslag"]),
  ("kv", [("Patiënt", "Ouali-Kroeze, N.  V  19-04-1981"), ("Aanvrager", "Bruining, C.J., huisarts, Oude Pekela"), ("Afnamedatum", "23-11-2026"), ("Uitslagdatum", "26-11-2026"), ("Indicatie", "Opname buitenlands ziekenhuis < 2 mnd")]),
  ("table", ["Materiaal", "Bepaling", "Uitslag"], [["Neus", "MRSA-kweek", "Niet aangetoond"], ["Keel", "MRSA-kweek", "Niet aangetoond"], ["Perineum", "MRSA-kweek", "Niet aangetoond"]]),
  ("p", "Eindconclusie: geen MRSA aangetoond.\nGevalideerd: drs. H. Wolthuis, arts-microbioloog"),
 ]),
])

# ---------------------------------------------------------------- td-012
MAIL12 = """From: Aoife Brennan-de Wit <aoife.brennan.dw@mailbox.example>
Sent: Monday, 16 November 2026 21:14
To: intake@handkliniek-utrecht.example
Subject: Second opinion request - wrist (Aoife Brennan-de Wit, DOB 02/08/1990)

Dear Sir/Madam,

My name is Aoife Brennan-de Wit, I was born on 2 August 1990 and I have been living in
Utrecht since last year. I would like to ask for a second opinion about my left wrist.
Sorry for writing in English, my Dutch is not good enough yet for medical things.

In July this year I was home in Ireland for my sister's wedding and I fell off a bike in
Galway. I went to the Emergency Department of Corrib University Hospital where they took
X-rays and told me it was a sprain, no fracture. I got a splint and was sent home the same
night. No operation was done and nobody mentioned that I might need one.

Since then the wrist has never been right. It clicks and it hurts on the thumb side when I
lift my little boy or lean on my hand doing yoga. My huisarts (Dr. Meijer, Huisartsen
Lunetten) says it might be a ligament and she will send you a referral letter. I also have
the discharge note from Galway, which I can scan and send.

Could you tell me what else you need from me and how long the waiting time is?

Kind regards,
Aoife Brennan-de Wit
Zonstraat 40, 3531 TS Utrecht
06-19 44 28 71
"""
add(stem="td-012", fmt="txt", opts={},
label=dict(kinds=[], date="2026-11-16", author="patient", language="en",
  style="patient e-mail with headers", imaging_done="yes", operated="no", treated_abroad="yes",
  notes="Patient's own request for a second opinion is not a referral; ED visit in Ireland (abroad); 'No operation was done'."),
blocks=[("raw", MAIL12)])

# ---------------------------------------------------------------- td-013
add(stem="td-013", fmt="pdf", opts={"font": "Helvetica", "size": 9, "kvgrid": True, "footer": "LMMO - Laboratorium Medische Microbiologie Oost - RvA M 118 - pagina {page} van 1"},
label=dict(kinds=["mrsa-screening"], date="2026-11-19", also_dates=["2026-11-16"], author="lab", language="nl",
  style="lab report, two-column header with label/value pairs, result table", imaging_done="unmentioned",
  operated="unmentioned", treated_abroad="unmentioned",
  notes="Positive result (MRSA carrier); indication is livestock contact, not stay abroad; 'pre-operatief' refers to a planned referral, not an operation."),
blocks=[
 ("lh", ["LMMO", "Laboratorium Medische Microbiologie Oost", "Burgemeester Edo Bergsmalaan 7", "7512 AD Enschede"], ["Telefoon 053-488 5200", "Uitslagen: 053-488 5210"], {"kind": "circle", "color": "#7a1f2b"}),
 ("kv2", [[("Patiënt", "Hendriks, G.W. (M)"), ("Geb.datum", "07-10-1958")], [("Aanvrager", "Huisartsenpraktijk Haaksbergen, dr. F. Nijhuis"), ("Labnummer", "E26-331078")],
          [("Afname", "16-11-2026"), ("Ontvangst", "17-11-2026")], [("Rapport", "19-11-2026"), ("Status", "Eindrapport")]]),
 ("h", "Bepaling: MRSA-screening"),
 ("p", "Indicatie: pre-operatieve screening i.v.m. verwijzing naar handchirurg; patiënt heeft beroepsmatig contact met levende varkens."),
 ("table", ["Materiaal", "Methode", "Resultaat", "Opmerking"], [["Neus", "PCR mecA/SCCmec", "POSITIEF", "bevestigd met kweek"], ["Keel", "Kweek", "MRSA aangetoond", "spa-type t011 (veegerelateerd)"], ["Perineum", "Kweek", "Niet aangetoond", ""]]),
 ("h", "Conclusie"),
 ("p", "MRSA aangetoond (neus en keel). Patiënt is MRSA-drager. Eradicatiebehandeling in overleg met de huisarts; controlekweken na afronding. Melding aan afdeling Infectiepreventie van het verwijzende ziekenhuis is aanbevolen."),
 ("p", "Gevalideerd door: dr. M.A. Kuipers-Bolt, arts-microbioloog, 19-11-2026"),
])

# ---------------------------------------------------------------- td-014
add(stem="td-014", fmt="docx", opts={"dfont": "Calibri", "dsize": 10.5, "footer": "Spaarnedal Ziekenhuis - Klinische brief Traumachirurgie"},
label=dict(kinds=["correspondence", "operation-report"], date="2026-08-14", author="specialist", language="nl",
  style="Dutch discharge letter (klinische brief) with full operation section, table blocks", imaging_done="yes",
  operated="yes", treated_abroad="unmentioned",
  notes="Admission 11-08, discharge 13-08, letter dated 14-08; operation section gives date, operator, assistant, anaesthesia and description."),
blocks=[
 ("lh", ["Spaarnedal Ziekenhuis", "Afdeling Heelkunde - Traumachirurgie", "Boerhaavelaan 101", "2035 RE Haarlem"], ["Datum: 14-08-2026", "Kenmerk: HLK-TR-0811-3"]),
 ("p", "Aan: dhr. W. de Haan, huisarts, Huisartsenpraktijk Spaarndam\nBetreft: dhr. Y. El Amrani, geb. 04-04-1994, BSN 2618.33.019"),
 ("title", "Klinische brief"),
 ("kv", [("Opnamedatum", "11-08-2026"), ("Ontslagdatum", "13-08-2026"), ("Specialisme", "Traumachirurgie"), ("Hoofdbehandelaar", "dr. M. Verstraete, traumachirurg")]),
 ("h", "Opnamediagnose"),
 ("p", "Snijwond volaire zijde linkerhand zone II digiti III en IV met volledige doorsnijding van FDP en FDS dig III en FDP dig IV; n. digitalis ulnaris dig III partieel doorgesneden."),
 ("h", "Anamnese"),
 ("p", "Patiënt, 32 jaar, rechtshandig, barista, sneed zich op 11-08-2026 aan een kapotte glazen karaf. Op de SEH kon hij de middel- en ringvinger niet actief buigen in het DIP- en PIP-gewricht; gevoelsvermindering ulnair aan de middelvinger. X-hand links: geen corpus alienum, geen fractuur."),
 ("h", "Operatie"),
 ("kv", [("Datum", "11-08-2026"), ("Operateur", "dr. M. Verstraete"), ("Assistent", "drs. A. Hollander, AIOS plastische chirurgie"), ("Anesthesie", "Algehele anesthesie, bloedleegte bovenarm 250 mmHg"),
  ("Ingreep", "Primaire flexorpeeshechting FDP/FDS dig III en FDP dig IV links; microchirurgische hechting n. digitalis ulnaris dig III"),
  ("Beschrijving", "Bruner-verlenging van de wond. De proximale peesstompen worden teruggehaald via een aparte incisie ter hoogte van de A1-katrol. Hechting FDP III en IV met 4-strengs kernhechting (Fiberwire 4-0) en epitendineuze naad (Prolene 6-0); FDS III twee slippen apart gehecht. A2- en A4-katrol gespaard. Zenuwhechting epineuraal met Ethilon 9-0 onder de microscoop. Na opheffen bloedleegte goede doorbloeding van alle vingers. Huid gesloten met Ethilon 5-0, dorsale blokspalk in intrinsic-plus."),
  ("Complicaties", "Geen")]),
 ("h", "Beloop"),
 ("p", "Ongecompliceerd. Op dag 1 gestart met handtherapie volgens vroeg-actief protocol (Manchester short splint). Pijn goed onder controle."),
 ("h", "Medicatie bij ontslag"),
 ("p", "Paracetamol 1000 mg 4dd1 gedurende 1 week, daarna zo nodig; naproxen 250 mg 2dd1 zo nodig."),
 ("h", "Beleid"),
 ("p", "Handtherapie 2x per week via Handtherapie Kennemerland. Spalk 6 weken dag en nacht. Hechtingen verwijderen op dag 12 bij de huisarts. Controle polikliniek plastische chirurgie over 3 weken. Arbeidsongeschikt minimaal 10 weken."),
 ("p", "Met vriendelijke groet,\n\ndr. M. Verstraete, traumachirurg"),
 ("small", "cc: patiënt; polikliniek Plastische Chirurgie; Handtherapie Kennemerland"),
])

# ---------------------------------------------------------------- td-015
ZD15 = """============================================================
ZORGDOMEIN  |  VERWIJZING  |  Referentie ZD-7726-1193-0054
Product: Second opinion Orthopedie (hand/pols)
Ontvanger: OCON Handcentrum, Hengelo - afdeling Intake
============================================================
Aangemaakt       18-11-2026 16:02
Verwijzer        H. ter Horst, huisarts (AGB 01-099312)
                 Huisartsenpraktijk Westervoort, Dorpsstraat 30,
                 6931 AE Westervoort
Patient          Mw. F. Oosterhuis
Geboortedatum    30-05-1957
BSN              1093.88.214
Verzekering      VGZ  401775822
Urgentie         Regulier

Reden van verwijzing
  Artrose CMC-1 links met invaliderende pijn, conservatieve
  behandeling uitgeput.

Vraagstelling
  Patiënte vraagt een second opinion: is een trapeziectomie links
  (zoals rechts in 2024 verricht) de aangewezen behandeling, of
  komt zij in aanmerking voor een duimbasisprothese? Graag uw
  advies.

Relevante voorgeschiedenis
  - 2008 hysterectomie
  - 2016 artrose CMC-1 beiderzijds
  - 05-2024 trapeziectomie met LRTI rechts in AZ Monica, Antwerpen
    (patiënte woonde toen in Antwerpen); goed resultaat, wel
    krachtverlies
  - 2025 terugverhuisd naar Nederland

Recente behandelingen
  - 03-2026 en 07-2026 injectie CMC-1 links (huisarts), telkens
    ca. 6 weken effect
  - 04-2026 t/m 08-2026 handtherapie + op maat gemaakte duimspalk
  - 09-2026 X-beide handen (Rijnstate): ernstige CMC-1-artrose
    links, Eaton IV, status na trapeziectomie rechts
  - 10-2026 gezien door orthopeed Rijnstate: trapeziectomie
    geadviseerd; patiënte twijfelt en wil een tweede mening

Medicatie
  paracetamol 1 g 3dd, diclofenac-gel 4dd, levothyroxine 75 ug

Allergieen
  Penicilline (exantheem)

Bijlagen
  Brief orthopedie Rijnstate 10-2026; verslag X-handen 09-2026
============================================================
Deze verwijzing is 1 jaar geldig. Afgedrukt 18-11-2026.
"""
add(stem="td-015", fmt="txt", opts={},
label=dict(kinds=["referral", "history"], date="2026-11-18", author="gp", language="nl",
  style="zorgdomein text export with indented sections", referral_question=True, imaging_done="yes",
  operated="yes", treated_abroad="yes",
  notes="Earlier trapeziectomy (same thumb-base problem, other hand) done in Antwerp: operated and treated abroad; current side offered surgery only; hysterectomy is other body region."),
blocks=[("raw", ZD15)])

# ---------------------------------------------------------------- td-016
add(stem="td-016", fmt="lo", opts={"dfont": "Arial", "dsize": 10, "header": "AZ Westerschelde Brugge - campus Sint-Donaas", "footer": "Ondernemingsnummer 0412.998.771 - RIZIV 7-1022-44-001"},
label=dict(kinds=["correspondence"], date="2026-09-29", author="specialist", language="nl",
  style="Belgian (Flemish) consultation letter, raadpleging, ° birth date, DOCX converted by LibreOffice", imaging_done="yes",
  operated="no", treated_abroad="yes",
  notes="Flemish vocabulary (raadpleging, Besluit, heelkunde); patient from Zeeuws-Vlaanderen treated in Belgium; 'tot op heden niet geopereerd'; surgery proposed only."),
blocks=[
 ("lh", ["AZ Westerschelde Brugge", "Dienst Orthopedie en Handchirurgie", "Spoorwegstraat 144", "8200 Brugge, België"], ["Tel. +32 50 45 90 00", "Brugge, 29/09/2026", "Ons kenmerk: ORT/HC/20260929/17"]),
 ("p", "Aan Dr. B. Lievense\nHuisartsenpraktijk Oostburg\nNieuwstraat 21\n4501 BD Oostburg (Nederland)"),
 ("p", "Betreft: Dhr. Marnix DE PAUW-VERHULST, ° 12/08/1966\nRaadpleging handchirurgie van 25/09/2026"),
 ("p", "Geachte Collega,"),
 ("p", "Wij zagen uw patiënt op de raadpleging voor tintelingen in beide handen, rechts meer dan links, sinds ongeveer één jaar, met nachtelijk ontwaken en krachtverlies bij het vastnemen van gereedschap. Patiënt is landbouwer en werkt veel met trillende machines. Hij werd tot op heden niet geopereerd aan de handen. Hij kreeg eerder een nachtspalk via u, zonder blijvend effect."),
 ("h", "Klinisch onderzoek"),
 ("p", "Positieve Tinel en Phalen bilateraal. Lichte thenaratrofie rechts. Tweepuntsdiscriminatie 8 mm in digiti I-III rechts, normaal links. Geen cervicale pathologie klinisch."),
 ("h", "Technische onderzoeken"),
 ("p", "RX beide polsen (25/09/2026): geen fractuur, geen artrose van betekenis.\nEMG (dr. Van Hecke, neurologie, 18/09/2026): ernstig carpaaltunnelsyndroom rechts, matig links; geen aanwijzingen voor ulnaire neuropathie of radiculopathie."),
 ("h", "Besluit"),
 ("p", "Bilateraal carpaaltunnelsyndroom, rechts ernstig met beginnende axonale schade, links matig."),
 ("h", "Voorstel"),
 ("p", "Wij stellen een endoscopische vrijlating van de nervus medianus rechts voor, en nadien eventueel links. Patiënt wenst eerst een tweede mening in Nederland in te winnen, omdat de verzekering in Nederland loopt. Wij geven hem een kopie van het verslag en de RX-beelden mee. Indien hij alsnog bij ons geopereerd wenst te worden, kan hij rechtstreeks contact opnemen met het secretariaat voor een planning in dagziekenhuis."),
 ("p", "Met collegiale groeten,"),
 ("p", "dr. S. Vandenbroucke\nOrthopedisch chirurg - handchirurgie"),
])
