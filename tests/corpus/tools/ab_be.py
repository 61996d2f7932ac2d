"""ab corpus, part 1: Belgian (Flemish) documents. Run: python3 ab_be.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ab_render import build


def lab(kinds, date, author, style, img, op, abroad, notes, **kw):
    d = dict(kinds=kinds, date=date, author=author, language=kw.pop('language', 'nl'), style=style,
             imaging_done=img, operated=op, treated_abroad=abroad, notes=notes)
    d.update(kw)
    return d


GRO = {'logo': 'AZ Groeninge', 'logo_sub': 'ziekenhuis Kortrijk', 'color': (0, 120, 110),
       'lines': ['President Kennedylaan 4 - 8500 Kortrijk', 'Tel. +32 56 63 60 00 - www.azgroeninge.be']}

DOCS = []

# ---------------------------------------------------------------- 001 AZ Groeninge spoed letter
DOCS.append(dict(stem='ab-001-azgroeninge-spoed', fmt='pdf', font='helv', head=GRO,
    footer='AZ Groeninge vzw - Spoedgevallendienst - pagina {p}/{n}',
    body='''
L: Spoedgevallendienst
L: Diensthoofd: dr. K. Vanhaecke
L: Tel. +32 56 63 37 00

R: Kortrijk, 14 augustus 2026

L: Aan de behandelende huisarts
L: Dokter M. Bosschaart
L: Huisartsenpraktijk Ginneken
L: Ginnekenweg 212
L: 4835 NH Breda (Nederland)

L: **Betreft:** mevrouw Annelies VAN DER STRATEN, ° 03/05/1961
L: Woonachtig: Burgemeester Kerstenslaan 17, 4837 BM Breda

Geachte collega,

Uw patiënte meldde zich op 14/08/2026 om 16u40 aan op onze spoedgevallendienst na een val met de fiets op het jaagpad langs de Leie (Kortrijk), waarbij zij viel op de uitgestrekte linkerhand. Zij is hier op fietsvakantie met haar echtgenoot.

## Anamnese
Pijn linkerpols, geen tintelingen. Geen hoofdtrauma, geen bewustzijnsverlies. Rechtshandig. Voorgeschiedenis: hypertensie, hysterectomie (2009). Medicatie: perindopril 5 mg. Geen allergieën gekend.

## Klinisch onderzoek
Zwelling en drukpijn distale radius links, lichte dorsale angulatie zichtbaar. Sensibiliteit en doorbloeding van de vingers intact. Geen wonde.

## Technisch onderzoek
RX linkerpols (2 incidenties): extra-articulaire distale radiusfractuur met geringe dorsale kanteling (ca. 10°), geen verkorting van betekenis. Ulnaire styloïd intact. (Zie protocol dienst medische beeldvorming.)

## Besluit
Distale radiusfractuur links, niet verplaatst tot minimaal verplaatst (type Colles).

## Behandeling
Dorsale gipsspalk aangelegd, controle-RX in gips: stand behouden. Een chirurgische ingreep is niet nodig. Pijnstilling met paracetamol 1 g max. 4x/dag. Draagdoek.

## Beleid
Patiënte keert morgen terug naar Nederland. Graag verdere opvolging via uw verwijzing naar de dienst orthopedie/handchirurgie ter plaatse, met controle-RX na 7-10 dagen. Beelden werden op cd meegegeven aan patiënte.

Met collegiale groeten,

L: dr. Ellen Desmet
L: Urgentiearts, spoedgevallendienst AZ Groeninge
''',
    label=lab(['correspondence'], '2026-08-14', 'specialist', 'Belgian ED letter, platypus with image letterhead',
              'yes', 'no', 'yes',
              'Belgian ED letter to Dutch GP; logo is an image so hospital name only in footer/address; ° birth date; cast, "chirurgische ingreep is niet nodig"')))

# ---------------------------------------------------------------- 002 AZ Groeninge RX report (canvas)
DOCS.append(dict(stem='ab-002-azgroeninge-rx-pols', fmt='canvas', font='helv', value_x=45,
    head={'org': 'AZ Groeninge - Dienst Medische Beeldvorming',
          'lines': ['Campus Kennedylaan, President Kennedylaan 4, 8500 Kortrijk', 'Secretariaat radiologie +32 56 63 38 20'],
          'right': ['RIZIV 1-71234-56-990', 'Verslag nr. MB26-0814-3318']},
    footer='Dit verslag werd elektronisch gevalideerd - blad {p}',
    body='''
# PROTOCOL RADIOLOGIE
F: Patiënt | VAN DER STRATEN Annelies
F: Geboortedatum | 03-05-1961
F: Adres | Burgemeester Kerstenslaan 17, 4837 BM Breda (NL)
F: Aanvragend arts | dr. E. Desmet, Spoedgevallendienst
F: Onderzoek | RX pols links (F + P) - RX pols links in gips
F: Datum onderzoek | 14-08-2026 17:05 / 18:20
F: Klinische inlichtingen | Val op gestrekte hand, drukpijn distale radius. Fractuur?

## Verslag
Eerste reeks: Dwarse extra-articulaire fractuurlijn doorheen de distale radiusmetafyse op ca. 2 cm van het gewrichtsvlak, met dorsale kanteling van het distale fragment van ongeveer 10 graden. Radiale lengte bewaard. Geen intra-articulaire uitbreiding zichtbaar. Processus styloideus ulnae intact. Carpale rij normaal gealigneerd; geen aanwijzing voor scafoïdfractuur op deze opnamen. Weke delenzwelling dorsaal.

Controle in gips: ongewijzigde stand van de fractuurfragmenten. Gips goed aansluitend.

## Besluit
Extra-articulaire distale radiusfractuur links met lichte dorsale angulatie, stand behouden in gips.

L: Dr. Pieter Lauwers, radioloog
L: Gevalideerd 14-08-2026 19:02
''',
    label=lab(['imaging-report'], '2026-08-14', 'radiologist', 'Belgian radiology protocol, canvas two-column form',
              'yes', 'unmentioned', 'yes',
              'Requester is ED physician; "Besluit" instead of Conclusie; two exam times; written by Belgian hospital that treated patient')))

# ---------------------------------------------------------------- 003 UZ Leuven raadpleging (docx)
DOCS.append(dict(stem='ab-003-uzleuven-raadpleging-cts', fmt='docx', font='dejavu',
    head={'org': 'UZ Leuven', 'lines': ['Plastische, Reconstructieve en Esthetische Heelkunde - Handchirurgie',
                                       'Herestraat 49 - 3000 Leuven', 'tel. +32 16 34 87 10 - fax +32 16 34 87 99']},
    body='''
L: Leuven, 3 maart 2026
L:
L: Dokter L. Hoefnagels
L: Huisartsenpraktijk Hoefnagels & Peeters
L: Diestsestraat 88
L: 3000 Leuven

**Betreft:** de heer Ruud KLAASSEN (° 22.09.1978), Naamsestraat 140 bus 3, 3000 Leuven
**Raadpleging** van 27.02.2026

Geachte collega,

Dank voor de verwijzing van uw patiënt, een Nederlander die sinds 2019 in Leuven woont en als onderzoeker werkt. Hij werd gezien op onze raadpleging handchirurgie wegens tintelingen in de rechterhand.

**Anamnese**
Sinds ongeveer een jaar nachtelijke tintelingen in duim, wijs- en middelvinger rechts, waardoor hij 's nachts wakker wordt. Schudden helpt. Overdag vooral last bij fietsen en bij het vasthouden van de smartphone. Geen nekklachten. Een nachtspalk (via de apotheek) gaf onvoldoende verbetering na 3 maanden. Geen eerdere ingrepen aan de hand. Geen diabetes, geen schildklierlijden.

**Klinisch onderzoek**
Tinel positief ter hoogte van de carpale tunnel rechts, Phalen positief na 30 seconden. Geen thenaratrofie, abductiekracht duim 5/5. Tweepuntsdiscriminatie 5 mm in alle vingers. Cervicaal onderzoek normaal.

**Technische onderzoeken**
EMG (dr. Claes, neurologie, 12.02.2026): matig ernstig carpaal tunnelsyndroom rechts, links normaal.
Echografie pols rechts (12.02.2026): verdikte nervus medianus proximaal van de tunnel, dwarsdoorsnede 14 mm², geen ruimte-innemend proces.

**Besluit**
Matig ernstig carpaal tunnelsyndroom rechts, therapieresistent aan spalk.

**Voorstel**
Wij hebben de mogelijkheden besproken. Een open carpal tunnel release onder lokale verdoving (WALANT) werd voorgesteld; patiënt wenst hierover eerst na te denken en eventueel een tweede mening te vragen in Nederland, waar zijn familie woont. Indien hij akkoord gaat, kan de ingreep in dagziekenhuis gepland worden. Alternatief: corticoïdinfiltratie.

Met vriendelijke groeten,

L: Prof. dr. Hilde Verbeke
L: Kliniekhoofd handchirurgie

L: Kopie: patiënt
''',
    label=lab(['correspondence'], '2026-03-03', 'specialist', 'Belgian university hospital consultation letter, docx, letterhead in header',
              'yes', 'unmentioned', 'yes', 'Consultation date 27.02 differs from letter date; surgery only proposed (voorgesteld); Dutch patient living in Belgium seen at UZ Leuven', also_dates=['2026-02-27'])))

# ---------------------------------------------------------------- 004 UZ Leuven operatieverslag (canvas)
DOCS.append(dict(stem='ab-004-uzleuven-operatieverslag', fmt='canvas', font='helv', value_x=42, hyphenate=True,
    head={'org': 'UZ Leuven', 'lines': ['Campus Gasthuisberg - Herestraat 49 - 3000 Leuven',
                                       'Dienst Plastische, Reconstructieve en Esthetische Heelkunde'],
          'right': ['Dagziekenhuis chirurgie', 'Opnamenr. 2026-041-88213']},
    footer='Operatieverslag KLAASSEN Ruud - {p}',
    body='''
# Operatieverslag
F: Naam patiënt | KLAASSEN Ruud
F: Geboren | 22-09-1978
F: Datum ingreep | 21-04-2026
F: Chirurg | Prof. dr. H. Verbeke
F: Assistent | dr. T. Maes (ASO)
F: Anesthesie | lokaal (WALANT), lidocaïne 1% met adrenaline 20 ml
F: Tourniquet | geen
F: Zijde | rechts
F: Pre-operatieve diagnose | carpaal tunnelsyndroom rechts (EMG-bevestigd)
F: Ingreep | open klieving ligamentum carpi transversum rechts (nomenclatuur 257530)

## Verloop van de ingreep
Patiënt in rugligging, arm op armtafel. Ontsmetting met chloorhexidine-alcohol en steriele afdekking. Infiltratie volgens WALANT-techniek, 25 minuten wachttijd. Longitudinale incisie van 2,5 cm in de handpalm in lijn met de radiale rand van de ringvinger. Doorklieven van de palmaire fascie. Het ligamentum carpi transversum wordt onder zicht volledig gekliefd, distaal tot aan het vetkussen van de arcus palmaris superficialis en proximaal tot in de onderarmfascie. De nervus medianus is duidelijk afgeplat en hyperemisch onder het ligament; geen anatomische variant van de motorische tak. Geen synovectomie nodig. Hemostase. Sluiten van de huid met Ethilon 4/0 hechtingen. Steriel verband, geen spalk.

## Complicaties
Geen.

## Postoperatief beleid
Vingers onmiddellijk actief bewegen. Verband laten tot dag 3. Hechtingen verwijderen na 12 dagen bij de huisarts. Controle op raadpleging na 6 weken. Werkonbekwaamheid 2 weken.

L: Prof. dr. H. Verbeke
''',
    label=lab(['operation-report'], '2026-04-21', 'specialist', 'Belgian operation report form, canvas, hyphenated line breaks',
              'unmentioned', 'yes', 'yes', 'Carpal tunnel release at UZ Leuven; form with label/value runs; values hyphenated at line ends')))

# ---------------------------------------------------------------- 005 merged: AZ Sint-Jan ontslagbrief + OK-verslag + RX
SJ = {'org': 'AZ Sint-Jan Brugge AV', 'lines': ['Campus Brugge - Ruddershove 10, 8000 Brugge', 'Dienst Orthopedie en Traumatologie - tel. +32 50 45 21 11']}
DOCS.append(dict(stem='ab-005-azsintjan-bijlagen', fmt='pdf', font='times', size=10.5,
    footer='Bijlagen dossier B. de Ridder - p. {p}/{n}',
    parts=[
        dict(head=SJ, body='''
# Ontslagbrief
L: Brugge, 16 juni 2026
L: Aan: dokter S. van Wijngaarden, Huisartsenpraktijk Zoutelande, Duinweg 3, 4374 EA Zoutelande (NL)

**Betreft:** BART DE RIDDER, °11/02/1994
**Opname:** 12/06/2026 - ontslag 15/06/2026, verpleegafdeling 3B Orthopedie

Geachte collega,

Uw patiënt werd opgenomen via onze spoedgevallendienst na een val tijdens het skateboarden op de Zeedijk in Blankenberge, met pijn in de rechterpols.

## Diagnose
Verplaatste fractuur van de taille van het os scaphoideum rechts.

## Onderzoeken
RX scafoïdreeks rechts en CT pols rechts (12/06/2026): verplaatste taillefractuur met 2 mm diastase.

## Ingreep
13/06/2026: open repositie en interne fixatie met kopschroef. Zie afzonderlijk operatieverslag in bijlage.

## Verloop
Ongecompliceerd postoperatief verloop. Pijncontrole met paracetamol en tramadol. Wonde rustig bij ontslag.

## Ontslagmedicatie
Paracetamol 1 g 4x/dag zo nodig; tramadol 50 mg max. 3x/dag gedurende 5 dagen.

## Beleid
Onderarmgips met duiminclusie gedurende 6 weken. Controle met RX na 2 weken: patiënt wenst dit in Nederland te laten doen; kopie van beelden op cd meegegeven. Hechtingen verwijderen op dag 12-14.

Met collegiale groeten,

L: dr. Frederik Ghysels, orthopedisch chirurg
'''),
        dict(head=SJ, body='''
# OPERATIEVERSLAG
F: Patiënt | De Ridder Bart, °11/02/1994
F: Datum | 13/06/2026
F: Operateur | dr. F. Ghysels
F: Assistentie | dr. L. Vermeersch
F: Anesthesist | dr. A. Hoste - algemene anesthesie + plexusblok
F: Indicatie | verplaatste scafoïd-taillefractuur rechts
F: Procedure | open repositie en osteosynthese scaphoid rechts met kopschroef

## Beschrijving
Rugligging, tourniquet bovenarm 250 mmHg. Palmaire benadering volgens Russe over de pees van de flexor carpi radialis. Openen van het kapsel. Fractuur gevisualiseerd, hematoom verwijderd, repositie met joysticks (K-draden). Geleidedraad onder doorlichting vanuit het tuberculum in de centrale as. Plaatsen van een Acutrak 2 mini schroef 22 mm, goede compressie, controle onder C-boog in vier richtingen: correcte stand en lengte. Kapselsluiting met Vicryl 3/0, huid intracutaan Monocryl 4/0. Gipsspalk met duiminclusie.

## Complicaties
geen

L: dr. F. Ghysels
'''),
        dict(head={'org': 'AZ Sint-Jan Brugge AV - Medische Beeldvorming', 'lines': ['Ruddershove 10, 8000 Brugge']}, body='''
# Verslag medische beeldvorming
F: Patiënt | DE RIDDER BART (°11.02.1994)
F: Aanvrager | dr. F. Ghysels - orthopedie
F: Onderzoek | RX pols rechts postoperatief, 2 opnamen
F: Datum | 14.06.2026

Status na schroefosteosynthese van een taillefractuur van het scafoïd rechts. Schroef correct gepositioneerd, geen intra-articulaire protrusie. Fractuurspleet nog zichtbaar, goede alignering. Geen andere afwijkingen.

**Besluit:** goede postoperatieve positie.

L: dr. M. Coppens, radioloog
'''),
    ],
    body='',
    label=lab(['correspondence', 'operation-report', 'imaging-report'], '2026-06-16', 'specialist',
              'merged PDF: Belgian discharge letter + operation report + X-ray report', 'yes', 'yes', 'yes',
              'Three documents in one file; discharge letter refers to the op report in bijlage; Dutch patient on holiday at Belgian coast',
              parts=[dict(kinds=['correspondence'], date='2026-06-16', author='specialist'),
                     dict(kinds=['operation-report'], date='2026-06-13', author='specialist'),
                     dict(kinds=['imaging-report'], date='2026-06-14', author='radiologist')])))

# ---------------------------------------------------------------- 006 Belgian GP referral (docx)
DOCS.append(dict(stem='ab-006-huisarts-antwerpen-verwijzing', fmt='docx', font='helv', docx_header=False,
    head={'org': 'Huisartsenpraktijk De Linde', 'lines': ['dr. Jan Wouters - dr. Sofie Claessens - huisartsen',
                                                         'Lindelei 27, 2018 Antwerpen', 'Tel. +32 3 218 44 90 - RIZIV 1-23456-78-004']},
    body='''
L: Antwerpen, 18 november 2026

L: Aan het secretariaat handchirurgie
L: Handkliniek Zuidwest
L: t.a.v. dienst tweede mening
L: Nederland

**Betreft:** mevrouw Griet Van Loon, ° 7 juli 1957, Kerkstraat 91, 2060 Antwerpen
**Rijksregisternummer:** 57.07.07-212.48

Geachte collega,

Graag verwijs ik mevrouw Van Loon voor een tweede mening (second opinion) naar uw kliniek. Patiënte heeft familie in Bergen op Zoom en vroeg zelf om een beoordeling in Nederland.

**Vraagstelling**
Is er bij persisterende contractuur van de ringvinger rechts na een eerdere fasciectomie nog een zinvolle chirurgische optie, of is naaldfasciotomie een alternatief? Graag uw advies over het verdere beleid.

**Voorgeschiedenis**
- Ziekte van Dupuytren beiderzijds, familiaal (vader en broer).
- Partiële fasciectomie ringvinger rechts in AZ Monica, campus Deurne (dr. Peeters), 19/03/2024.
- Diabetes mellitus type 2 sinds 2015, goed geregeld.
- Cholecystectomie 2002.

**Recente behandelingen**
- Raadpleging handchirurgie AZ Monica 05/09/2026: recidief contractuur PIP ringvinger rechts ca. 45°, MCP 20°. Heringreep werd besproken maar patiënte twijfelt.
- Handtherapie (kinesitherapie) 10 sessies voorjaar 2026, beperkt effect.
- Geen beeldvorming verricht voor dit probleem (niet nodig geacht).

**Medicatie:** metformine 850 mg 2x/d, atorvastatine 20 mg.
**Allergie:** penicilline (rash).

In bijlage: verslag van de raadpleging AZ Monica (05/09/2026) en operatieverslag van 2024.

Met dank en collegiale groeten,

L: dr. Sofie Claessens
L: huisarts
''',
    label=lab(['referral', 'history'], '2026-11-18', 'gp', 'Belgian GP free referral letter with history sections, docx',
              'no', 'yes', 'yes', 'Belgian GP referral to Dutch clinic, asks second opinion; Voorgeschiedenis + Recente behandelingen; prior surgery in Belgian hospital; addressee line "t.a.v. dienst tweede mening"; enclosures mentioned',
              referral_question=True)))

# ---------------------------------------------------------------- 007 AZ Delta echo (txt)
DOCS.append(dict(stem='ab-007-azdelta-echo-ganglion', fmt='txt', label_pad=24,
    head={'org': 'AZ Delta - campus Rumbeke', 'lines': ['Deltalaan 1, 8800 Roeselare', 'Medische beeldvorming  +32 51 23 70 00']},
    body='''
VERSLAG ECHOGRAFIE

F: Patiënt: | Meulenaere, Sien
F: Geboortedatum: | 29/10/2001
F: Voorschrijver: | dr. B. Lefevere (orthopedie)
F: Onderzoeksdatum: | 07/05/2026
F: Onderzoek: | Echografie pols rechts - dorsaal

Klinische vraag: zwelling dorsum pols rechts sinds 4 maanden, ganglion?

Bevindingen:
Ter hoogte van het dorsale aspect van de rechterpols, ter hoogte van het scafolunaire interval, een goed afgelijnde anechogene multiloculaire cystische structuur van 14 x 9 x 8 mm met een smalle steel richting het scafolunaire ligament. Geen doppleractiviteit. De extensorpezen verlopen normaal en glijden vrij over de laesie. Geen tenosynovitis. Scafolunair ligament dorsaal echografisch intact.

Besluit:
Dorsaal polsganglion rechts (14 mm) uitgaande van het scafolunaire interval.

dr. Nathalie Vandenbussche, radioloog
-- einde verslag --
''',
    label=lab(['imaging-report'], '2026-05-07', 'radiologist', 'Belgian ultrasound report, plain text export',
              'yes', 'unmentioned', 'yes', 'Belgian hospital radiology report; nationality of patient not stated; Besluit as conclusion; treated_abroad yes because written by the foreign hospital that examined her')))

# ---------------------------------------------------------------- 008 UZ Gent spoed (html)
DOCS.append(dict(stem='ab-008-uzgent-spoed-snijwonde', fmt='html', font='helv',
    head={'org': 'Universitair Ziekenhuis Gent', 'lines': ['Corneel Heymanslaan 10 - 9000 Gent', 'Dienst Spoedgevallen - +32 9 332 20 40'],
          'right': ['Spoednummer 26-118734', 'Datum contact: 02/07/2026']},
    body='''
# Spoedgevallen - verslag
F: Patiënt | Jeroen HUISMAN
F: Geboortedatum | °14/01/1988
F: Woonplaats | Terneuzen (NL)
F: Huisarts | dr. A. Verstraten, Terneuzen
F: Aanmelding | 02/07/2026, 21:14 - eigen vervoer
F: Behandelend arts | dr. Lotte De Clercq, urgentiearts; supervisie dr. W. Roels

## Reden van aanmelding
Snijwonde linkerhand aan een gebroken glas bij het afwassen.

## Klinisch onderzoek
Transversale snijwonde van 2 cm volair over de proximale falanx van de middelvinger links. Geen actieve flexie van het DIP-gewricht, PIP-flexie zwak. Sensibiliteit radiale zijde middelvinger verminderd. Capillaire refill normaal.

## Technisch onderzoek
RX hand links: geen fractuur, geen radio-opaak corpus alienum.

## Besluit
Vermoedelijk letsel van de flexor digitorum profundus en superficialis middelvinger links, mogelijk letsel radiaal digitaal zenuwtakje.

## Behandeling op spoed
Wondspoeling, voorlopige sluiting van de huid met 2 hechtingen, dorsale spalk in beschermende positie. Tetanusvaccinatie bijgewerkt. Cefazoline 2 g IV.

## Beleid
Opname dienst plastische heelkunde; exploratie en peesherstel morgen gepland (nuchter vanaf middernacht). Patiënt werd ingelicht en gaat akkoord.

L: dr. L. De Clercq
''',
    label=lab(['correspondence'], '2026-07-02', 'specialist', 'Belgian ED report converted from HTML (LibreOffice), fields table',
              'yes', 'unmentioned', 'yes', 'Tendon repair only planned for tomorrow (not yet done); skin suturing at ED is not the operation; Dutch patient from Terneuzen')))

# ---------------------------------------------------------------- 009 UZ Gent operatieverslag (docx table)
DOCS.append(dict(stem='ab-009-uzgent-ok-verslag-pees', fmt='docx', font='dejavu',
    head={'org': 'UZ Gent - Dienst Plastische en Reconstructieve Chirurgie', 'lines': ['C. Heymanslaan 10, 9000 Gent - +32 9 332 21 10']},
    body='''
# OK-VERSLAG
F: Patiënt | Huisman Jeroen - °14.01.1988
F: Datum operatie | 03.07.2026
F: Operateur | dr. Koen Van Damme, plastisch chirurg
F: Assistent | dr. Ines Goossens
F: Anesthesie | locoregionaal (axillair blok)
F: Bloedleegte | tourniquet 250 mmHg, 62 min

## Peroperatieve bevindingen
T: Structuur | Bevinding | Herstel
T: FDP middelvinger links | volledig doorgesneden, zone II | 4-strand core suture (Prolene 4/0) + epitendineuze naad 6/0
T: FDS middelvinger links | radiaal slip 80% doorgesneden | matras 4/0
T: N. digitalis proprius radialis D3 | volledig doorgesneden | epineurale naad Ethilon 9/0 onder microscoop
T: A2-pulley | intact | -

## Verloop
Uitbreiding van de wonde volgens Bruner. Opzoeken van de proximale peesstomp in de handpalm. Herstel zoals boven. Controle van de glijfunctie: vrije excursie zonder haperen aan de pulleys. Huidsluiting Ethilon 5/0. Dorsale blokspalk pols 20° flexie, MCP 60°.

## Nabehandeling
Start handtherapie dag 3 volgens vroeg actief protocol. Patiënt woont in Terneuzen: verdere handtherapie in Nederland mogelijk, brief meegegeven. Controle raadpleging na 2 weken.
''',
    label=lab(['operation-report'], '2026-07-03', 'specialist', 'Belgian OK-verslag docx with findings table',
              'unmentioned', 'yes', 'yes', 'Findings as DOCX table; follow-up of ab-008 (same patient)')))

# ---------------------------------------------------------------- 010 AZ Groeninge follow-up trapeziectomie (pdf)
DOCS.append(dict(stem='ab-010-azgroeninge-controle-rhizartrose', fmt='pdf', font='helv',
    head={'logo': 'AZ Groeninge', 'logo_sub': 'Orthopedie - handchirurgie', 'color': (0, 120, 110),
          'lines': ['Campus Kennedylaan - 8500 Kortrijk - secretariaat +32 56 63 34 10'],
          'right': ['Onze ref.: HCH/2026/00571', 'Raadpleging 10/02/2026']},
    body='''
L: Aan dr. C. Dieleman
L: Huisartsenpraktijk Dieleman
L: Markt 12
L: 4524 CD Sluis
L: Nederland

Kortrijk, 10 februari 2026

**Betreft:** Mevr. Marijke Cappon, °16/04/1952

Beste collega,

Controle van uw patiënte 9 maanden na een trapeziectomie met LRTI (ligamentreconstructie met de halve flexor carpi radialis) links, door ons uitgevoerd op 06/05/2025.

Zij is tevreden: pijn in rust verdwenen, bij zwaar knijpen (potten openen) nog VAS 2/10. Knijpkracht links 18 kg (rechts 22 kg), pinch 4 kg. Goede oppositie (Kapandji 9). Litteken soepel.

RX duim links vandaag: behouden ruimte tussen basis metacarpale I en scafoïd, geen subluxatie, lichte artrose STT-gewricht zonder klinische relevantie.

Rechts heeft zij eveneens beginnende rhizartrosepijn. Radiologisch matige CMC-I artrose (Eaton II). Voorlopig conservatief: spalk voor de nacht en infiltratie indien nodig. Een ingreep rechts is op dit moment niet aangewezen.

**Besluit:** Mooi resultaat na trapeziectomie links. Beginnende rhizartrose rechts, conservatief.

**Beleid:** Geen verdere controle links. Op vraag opnieuw raadpleging voor rechts.

Met vriendelijke groeten,

L: dr. Wouter Demeulenaere
L: Orthopedisch chirurg - handchirurgie
''',
    label=lab(['correspondence'], '2026-02-10', 'specialist', 'Belgian outpatient follow-up letter, image logo, reference block right',
              'yes', 'yes', 'yes', 'Dutch patient from Zeeuws-Vlaanderen operated in Belgium 2025; right side conservative (negated plan) but left was operated; raadpleging date equals letter date')))

# ---------------------------------------------------------------- 011 AZ Sint-Maarten MRI (canvas)
DOCS.append(dict(stem='ab-011-azsintmaarten-mr-pols', fmt='canvas', font='helv', value_x=40,
    head={'org': 'AZ Sint-Maarten', 'lines': ['Liersesteenweg 435, 2800 Mechelen', 'Dienst Radiologie - MR-eenheid - tel. +32 15 89 18 00']},
    body='''
F: Naam | Tom JANSSENS
F: Geb. datum | 02.12.1985
F: Onderzoek | MR pols links zonder contrast
F: Datum | 23.09.2026
F: Verwijzer | dr. A. Wuyts, orthopedie AZ Sint-Maarten

## Indicatie
Ulnaire polspijn links na val met mountainbike 3 maanden geleden. TFCC-letsel? Instabiliteit DRUG?

## Techniek
Coronale PD FS, T1, coronale 3D-gradiëntecho, axiale PD FS, sagittale PD FS. 3 Tesla, handspoel.

## Bevindingen
Perifere scheur van het triangulair fibrocartilagineus complex aan de foveale insertie (Palmer 1B), met vochtsignaal tussen TFCC en fovea ulnae. Discus centraal intact. Scafolunair en lunotriquetraal ligament intact. Lichte beenmergoedeem in de processus styloideus ulnae zonder fractuurlijn. Geen ulnaire impactie, ulnaire variantie neutraal. Tendinose van de extensor carpi ulnaris zonder scheur, pees goed in haar groeve.

## Besluit
1. Perifere (foveale) TFCC-scheur links, Palmer 1B.
2. Beenmergoedeem styloïd ulna, geen fractuur.
3. ECU-tendinose.

L: dr. Katrien Mertens, radioloog
''',
    label=lab(['imaging-report'], '2026-09-23', 'radiologist', 'Belgian MRI report, canvas, no title line',
              'yes', 'unmentioned', 'yes', 'No document title; Belgian patient (nationality not stated); treated_abroad yes because written by Belgian hospital that examined him; question lines (TFCC-letsel?) are the requester\'s')))

# ---------------------------------------------------------------- 012 UZA CT (txt)
DOCS.append(dict(stem='ab-012-uza-ct-scaphoid', fmt='txt', crlf=True, label_pad=20,
    head={'org': 'UZA - Universitair Ziekenhuis Antwerpen', 'lines': ['Drie Eikenstraat 655, 2650 Edegem', 'Dienst Radiologie']},
    body='''
Patiënt        : PEETERS, Daan   (M)   °1999-03-30
Dossiernr.     : 7730918
Onderzoek      : CT pols rechts (scafoïdprotocol)
Datum          : 2026-10-13
Aanvrager      : Dr. E. Van den Broeck - Orthopedie / Handchirurgie

Klinische gegevens: val op voetbaltraining in juni, aanhoudende pijn tabatière. Pseudartrose scafoïd?

Vergelijking met RX van 18/06/2026 en 29/07/2026 (extern, AZ Klina).

Bevindingen:
Fractuur van de proximale pool/taille-overgang van het scafoïd rechts met sclerotische fractuurranden en een cystische resorptiezone van 3 mm. Geen trabeculaire overbrugging (<10%) op de sagittale reconstructies. Beginnende humpback-deformiteit, intrascafoïdale hoek 45 graden. Geen avasculaire necrose te beoordelen op CT; proximale pool niet gesclerosed. Radioscafoïdaal gewricht nog gespaard. DISI-stand van het lunatum (RL-hoek 20 graden).

Besluit:
Scafoïdpseudartrose rechts met humpback-deformiteit en beginnende DISI. Geen secundaire artrose.

Dr. J. Smets - radioloog
Elektronisch ondertekend 2026-10-13 16:51
''',
    label=lab(['imaging-report'], '2026-10-13', 'radiologist', 'Belgian CT report, CRLF plain text with colon-aligned fields',
              'yes', 'unmentioned', 'yes', 'ISO dates; earlier external X-ray dates; written by Belgian university hospital')))

# ---------------------------------------------------------------- 013 AZ Zeno raadpleging undated (txt)
DOCS.append(dict(stem='ab-013-azzeno-raadpleging-ongedateerd', fmt='txt', wrap=92,
    body='''
AZ Zeno - Campus Knokke-Heist
Kalvekeetdijk 260, 8300 Knokke-Heist

Raadpleging orthopedie - dr. S. Vandewalle
Patiënt: Lieke Vos, °24.06.2012 (vergezeld door moeder)
Verwijzer: spoedgevallendienst AZ Zeno

Dictaat - nog niet nagelezen

Meisje van 14 jaar uit Nederland (Tilburg), op vakantie aan de kust, kwam drie dagen geleden op onze spoed na een val van de trampoline met de linkerhand. Op de spoed werd een RX gemaakt: niet-verplaatste fractuur van de basis van de proximale falanx van de pink links (Salter-Harris II). Er werd een buddy-tape en gipsspalk aangelegd.

Vandaag controle: spalk zit goed, geen rotatiefout bij vuistsluiting voor zover te beoordelen, sensibiliteit intact. Controle-RX in spalk: geen secundaire verplaatsing.

Besluit: stabiele SH-II fractuur P1 digitus V links. Geen operatieve behandeling nodig. Spalk nog 3 weken, daarna mobiliseren. Verdere opvolging bij de eigen huisarts in Nederland of via verwijzing naar een kinderorthopedist.

dr. S. Vandewalle
''',
    label=lab(['correspondence'], None, 'specialist', 'Belgian dictated consultation note, undated plain text, wrapped lines',
              'yes', 'no', 'yes', 'No letter date at all ("drie dagen geleden"); child on holiday treated at Belgian ED and outpatient clinic; "geen operatieve behandeling nodig"')))

# ---------------------------------------------------------------- 014 AZ Monica ontslagbrief (html)
DOCS.append(dict(stem='ab-014-azmonica-ontslagbrief-infectie', fmt='html', font='times', size=10.5,
    head={'org': 'AZ Monica', 'lines': ['Campus Deurne - Florent Pauwelslei 1, 2100 Deurne', 'Dienst Orthopedie - tel. +32 3 320 50 00'],
          'right': ['Antwerpen, 9 oktober 2026', 'Ref. OPN-26-55190']},
    body='''
L: Aan dokter P. Aarts
L: Gezondheidscentrum Hoogerheide
L: Raadhuisstraat 40, 4631 NR Hoogerheide (NL)

**Ontslagbrief** - **Betreft:** de heer Wim Oomen, ° 30/08/1966

Zeer geachte collega,

Uw patiënt was in ons ziekenhuis opgenomen van 05/10/2026 tot 09/10/2026. Hij werkt als vrachtwagenchauffeur in de Antwerpse haven en meldde zich op de spoedgevallendienst met een gezwollen rechterwijsvinger na een splinter in de vinger vijf dagen eerder.

## Diagnose
Pyogene flexorpeesschedeontsteking (tenosynovitis) wijsvinger rechts (Kanavel 4/4).

## Onderzoeken
Echografie: vochtcollectie in de peesschede van de FDS/FDP wijsvinger. Bloed: CRP 87 mg/l, leukocyten 13.400/µl. Kweek peroperatief: Staphylococcus aureus, methicilline-gevoelig (MSSA). MRSA-screening bij opname (neus, keel, perineum): negatief.

## Ingreep
05/10/2026 (dr. N. Jacobs): open spoeling van de flexorpeesschede wijsvinger rechts via proximale en distale incisie, debridement, splinterresten verwijderd. Geen peesnecrose.

## Verloop
Vlotte daling van de infectieparameters onder flucloxacilline IV, overgeschakeld op orale therapie op dag 4. Wonden rustig.

## Medicatie bij ontslag
Flucloxacilline 1 g 4x/dag per os tot en met 19/10/2026. Paracetamol zo nodig.

## Beleid
Wondzorg en hechtingen verwijderen bij u op dag 12. Handtherapie gestart, graag verder in Nederland. Controle bij ons op raadpleging over 2 weken (reeds gepland).

Met vriendelijke groeten,

L: dr. Nele Jacobs, orthopedisch chirurg
L: dr. Thomas Aerts, arts-specialist in opleiding
''',
    label=lab(['correspondence', 'operation-report'], '2026-10-09', 'specialist', 'Belgian discharge letter (ontslagbrief), HTML->PDF',
              'yes', 'yes', 'yes', 'Admitted in Belgium; Ingreep paragraph gives date, operator and procedure steps (borderline full operation description, labelled both); MRSA-negative only mentioned, not a lab result')))

# ---------------------------------------------------------------- 015 knie (other body part) docx
DOCS.append(dict(stem='ab-015-aznikolaas-knie-raadpleging', fmt='docx', font='helv',
    head={'org': 'AZ Nikolaas', 'lines': ['Moerlandstraat 1 - 9100 Sint-Niklaas', 'Orthopedie en traumatologie - +32 3 760 60 60']},
    body='''
Sint-Niklaas, 20/11/2025

L: Dokter H. Rombouts
L: Huisartsenpraktijk Hulst
L: Steenstraat 5, 4561 AS Hulst

**Betreft:** mevrouw Joke de Kort (°12/12/1970)

Geachte collega,

Mevrouw De Kort kwam op raadpleging voor nazorg na de arthroscopische partiële meniscectomie van de rechterknie die wij op 28/10/2025 uitvoerden. Het gaat goed: volledige extensie, flexie 125°, geen hydrops. Zij mag de sportactiviteiten geleidelijk hervatten. Kinesitherapie nog 6 sessies.

Zij maakte melding van tintelingen in beide handen, vooral 's nachts, sinds enkele maanden, en van een "knappende" ringvinger links. Wij hebben hiervoor geen bijkomend onderzoek gedaan; aan de handen werd zij nooit geopereerd. Wij adviseren een EMG en eventueel een beoordeling door een handchirurg in Nederland, wat haar voorkeur heeft.

MRI-beelden van de knie (30/09/2025) en het operatieverslag van de knie zijn aan patiënte meegegeven.

Besluit: goed herstel na knie-arthroscopie rechts. Handklachten: verdenking carpaal tunnelsyndroom beiderzijds en triggerfinger D4 links, verdere evaluatie voorgesteld.

Met collegiale groeten,

L: dr. Pieter-Jan Van Hecke
L: orthopedisch chirurg
''',
    label=lab(['correspondence'], '2025-11-20', 'specialist', 'Belgian outpatient letter about knee, docx',
              'yes', 'no', 'yes', 'Operation and MRI are of the knee; hands never operated ("nooit geopereerd") so operated=no; imaging_done yes because knee MRI was done; no hand imaging')))

# ---------------------------------------------------------------- 016 AZ Zeno spoed hondenbeet, fax (canvas)
DOCS.append(dict(stem='ab-016-azzeno-spoed-hondenbeet-fax', fmt='canvas', font='helv', value_x=40, pages_hint=1,
    fax='28/07/2026 23:51   VAN: AZ ZENO SPOED +32 50 55 30 99   AAN: +31 118 61 20 45   P.{p}/{n}',
    head={'org': 'AZ Zeno', 'lines': ['Spoedgevallendienst - campus Knokke-Heist', 'Kalvekeetdijk 260 - 8300 Knokke-Heist - +32 50 53 30 00']},
    body='''
# Verslag spoedgevallen
F: Patiënt | Van den Berge, Marleen
F: ° | 09/09/1979
F: Adres | Noordweg 33, 4333 BA Middelburg (NL)
F: Datum | 28/07/2026  aankomst 22:10
F: Arts | dr. J. Verhaeghe

## Anamnese
Gebeten door eigen hond (gevaccineerd) in de rechterhand bij het scheiden van twee honden op de camping.

## Onderzoek
Twee punctiewonden dorsum hand rechts tussen MCP II en III, 5 mm, weinig bloedend. Geen peesletsel, volledige extensie en flexie alle vingers. Sensibiliteit normaal. Geen gewrichtsopening vermoed.

## Behandeling
Uitgebreide spoeling met fysiologisch water, wonden open gelaten. Tetanus in orde (2022). Amoxicilline-clavulaanzuur 875/125 mg 3x/dag gedurende 5 dagen. Geen RX noodzakelijk geacht.

## Beleid
Wondcontrole na 48 u bij huisarts. Terug bij roodheid, zwelling, koorts of pijn bij bewegen van de vingers.

L: dr. J. Verhaeghe, urgentiearts
''',
    label=lab(['correspondence'], '2026-07-28', 'specialist', 'Belgian ED report faxed to Dutch GP, canvas with fax header line',
              'no', 'unmentioned', 'yes', 'Fax header with send date; "Geen RX noodzakelijk geacht" = no imaging; wound care is not an operation; Dutch tourist at Belgian ED')))

if __name__ == '__main__':
    build(DOCS)
