"""gp-019 .. gp-032: free GP letters (verwijsbrieven in prose), Dutch and English (expat GP). All invented."""
import sys

from gp_common import build

DOCS = []


def doc(stem, render, text, label, **opts):
    DOCS.append({'stem': stem, 'render': render, 'text': text, 'label': label, 'opts': opts})


doc('gp-019-brief-cts-recidief-bijlagen', 'platypus', """
LH: Huisartsenpraktijk Vondelpark | Overtoom 301, 1054 HW Amsterdam
LH: dr. E.M. Kooistra, huisarts | telefoon 020-6183390 - AGB 01-020871

Aan: Kliniek voor Hand- en Polschirurgie Utrecht
t.a.v. dr. R. Haverkamp, handchirurg
Postbus 8520
3503 RM Utrecht

>R Amsterdam, 4 november 2026

# VERWIJSBRIEF

Betreft: dhr. W. Bosman, geb. 17-06-1968
Burgerservicenummer: 190 337 652

Geachte collega,

Hierbij verwijs ik bovengenoemde patiënt naar u voor een second opinion in verband met aanhoudende klachten na een carpale tunnel release rechts.

Patiënt, 58 jaar, magazijnmedewerker, werd op 12 maart 2026 in het Rode Kruis Ziekenhuis te Beverwijk geopereerd (open release rechts). De tintelingen in duim en wijsvinger zijn nadien slechts gedeeltelijk verdwenen; daarnaast heeft hij forse pijn in de handpalm bij steunen (pillar pain) en krachtsverlies. Een echo van de n. medianus op 18 juni 2026 liet een nog verdikte zenuw proximaal van het retinaculum zien; het verslag is bijgevoegd. De plastisch chirurg stelde afwachten voor.

Vraagstelling: is er sprake van een onvolledige klieving of een andere oorzaak van de klachten, en is een re-operatie zinvol?

Voorgeschiedenis: hypertensie, COPD GOLD 2, cholecystectomie 2017.
Medicatie: amlodipine 5 mg 1dd, tiotropium 18 mcg 1dd, salbutamol z.n.
Allergieën: geen bekend.

Bijgevoegd: operatieverslag d.d. 12-03-2026, polikliniekbrief plastische chirurgie d.d. 24-06-2026 en het echoverslag.

Met vriendelijke groet,

dr. E.M. Kooistra
huisarts
""", {'kinds': ['referral'], 'date': '2026-11-04', 'author': 'gp', 'style': 'free GP letter, platypus, Times',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'enclosures listed (operation report, outpatient letter, ultrasound report) but not contained; cholecystectomy other operation'},
    font='Times-Roman', size=11, pagenum=None)

doc('gp-020-brief-duimbasis-nooit-geopereerd', 'docx', """
LH: Huisartsenpraktijk Het Baken | Stationslaan 2, 3841 HP Harderwijk
LH: A. de Vries, huisarts | 0341-412090 | AGB 01-088410

Handcentrum Rijnland
t.a.v. de afdeling handchirurgie
Rijnsburgerweg 40
2333 AB Leiden

Datum: 14-10-2026
Onderwerp: mevrouw C. Timmerman, geboren 02-03-1949

Geachte collega,

Graag verwijs ik mevrouw Timmerman naar uw spreekuur voor een second opinion. Zij heeft al geruime tijd pijn aan de basis van beide duimen, rechts meer dan links, en merkt dat zij steeds minder kan (knopen, sleutels, potten). Zij is eerder gezien in het St Jansdal, waar een conservatief beleid werd geadviseerd met spalk en injecties. Die hebben tijdelijk geholpen.

Mevrouw is nooit aan haar handen geopereerd en wil graag weten of een operatie in haar geval verstandig is, of dat zij beter nog kan wachten. Zij is 77 jaar, vitaal, woont zelfstandig en doet veel vrijwilligerswerk.

Voorgeschiedenis: atriumfibrilleren (2019), artrose knieën, staaroperatie beiderzijds (2022).
Medicatie: apixaban 5 mg 2dd, metoprolol 50 mg 1dd, paracetamol 1g 3dd.

Ik dank u hartelijk voor uw beoordeling.

Met vriendelijke groeten,

A. de Vries
huisarts
""", {'kinds': ['referral'], 'date': '2026-10-14', 'author': 'gp', 'style': 'free GP letter in Word, no word "verwijsbrief"',
      'referral_question': True, 'imaging_done': 'unmentioned', 'operated': 'no', 'treated_abroad': 'unmentioned',
      'notes': '"nooit aan haar handen geopereerd"; cataract surgery other body part; no title line'},
    font='Calibri', size=11, pagefield=False)

doc('gp-021-en-expat-london-orif', 'platypus', """
LH: International Family Practice Amstelveen | Stadsplein 8, 1181 ZM Amstelveen, The Netherlands
LH: Dr Sarah Whitfield, General Practitioner (huisarts) | +31 20 6459120 | AGB 01-093317

To: Handcentrum Rijnland
Attn. Hand and Wrist Surgery - second opinion clinic
Leiden

November 20, 2026

Re: Mr Daniel O'Connor, date of birth 11/05/1987

Dear colleague,

I would be grateful if you could see Mr O'Connor, a 39-year-old Irish software engineer who moved to Amstelveen in 2025, for a second opinion regarding his right wrist.

On 1 August 2026, while visiting London, he fell from a rental bicycle onto his outstretched right hand. He attended the Emergency Department at St Thomas' Hospital, where X-rays showed an intra-articular distal radius fracture. He underwent open reduction and internal fixation with a volar locking plate at Guy's and St Thomas' on 3 August 2026 and was discharged the following day. Follow-up X-rays at Ziekenhuis Amstelland on 14 October 2026 showed a healed fracture with the plate in situ.

He continues to have stiffness (pronation/supination about half of the left side) and a painful, prominent area over the distal radius when leaning on his hand. He would like an independent opinion on whether hardware removal or further surgery would help, or whether he should continue hand therapy.

Past history: asthma (mild), left knee ACL reconstruction 2014.
Medication: salbutamol as needed.
Allergies: none known.

The operation note and discharge summary from St Thomas' are attached, together with the Amstelland X-ray report. An MRSA screen has been requested given his admission in the UK.

Kind regards,

Dr Sarah Whitfield
General Practitioner
""", {'kinds': ['referral'], 'date': '2026-11-20', 'language': 'en', 'author': 'gp',
      'style': 'expat GP letter in English, platypus', 'referral_question': True, 'imaging_done': 'yes',
      'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'US-style date; ED and ORIF in London; DOB ambiguous format 11/05/1987; attachments only mentioned; MRSA only requested'},
    size=10, pagenum='Page {p} of {n}')

doc('gp-022-brief-cts-voor-operatie', 'txt', """
Huisartsenpraktijk IJsselmonde
J. Verbeek, huisarts
Herenwaard 41, 3078 AK Rotterdam
tel 010-4822016 / AGB 01-062218

Aan:   Maasstad Ziekenhuis
       Afd. Plastische Chirurgie
       Postbus 9100, 3007 AC Rotterdam

Rotterdam, 11-09-2026

Betreft: dhr. A. Pool, geb. 23-01-1972, Groene Kruisweg 12, Rotterdam

Geachte collega,

Zoals telefonisch besproken verwijs ik dhr. Pool voor operatieve behandeling van een carpaletunnelsyndroom rechts. Hij heeft al anderhalf jaar nachtelijke tintelingen in de radiale vingers en is inmiddels twee keer tijdens het autorijden zijn stuur kwijtgeraakt. Polsspalk en een injectie gaven geen blijvend effect. Het EMG (neurologie Ikazia, juli 2026) toonde een ernstig CTS rechts.

Hij werkt als buschauffeur en wil graag zo snel mogelijk geholpen worden; hij is beschikbaar op korte termijn.

Medicatie: geen. Allergieën: geen. Bijzonderheden: roker (15 sig/dag).

Met vriendelijke groet,

J. Verbeek, huisarts

(Brief aangemaakt in HIS, module correspondentie, 11-09-2026 15:20)
""", {'kinds': ['referral'], 'date': '2026-09-11', 'author': 'gp', 'style': 'GP letter plain-text export from HIS letter module',
      'referral_question': False, 'imaging_done': 'unmentioned', 'operated': 'unmentioned',
      'treated_abroad': 'unmentioned', 'notes': 'referral for operative treatment only, no question; EMG not imaging'},
    wrap=True, width=92)

doc('gp-023-brief-frankrijk-rontgenverslag', 'html', """
LH: Huisartsenpraktijk Oud-Zuid | Tongersestraat 60, 6211 LP Maastricht
LH: dr. R. Lemmens, huisarts | 043-3211904 · AGB 01-071540

Aan de handchirurg
Kliniek voor Hand- en Polschirurgie Utrecht
Second-opinionpoli

Maastricht, 19 augustus 2026

Betreft: mevrouw H. Gerritsen, geboren 21 augustus 1963

Geachte collega,

Mevrouw Gerritsen is een 62-jarige grafisch ontwerpster met sinds het voorjaar van 2025 pijn aan de radiale zijde van de linkerpols. Zij woont sinds 2024 een half jaar per jaar in Frankrijk (Dordogne), maar alle zorg voor haar pols vond plaats in Nederland, in het MUMC+.

De röntgenfoto van 3 maart 2026 (verslag bijgevoegd) toonde artrose van het STT-gewricht zonder andere afwijkingen. De orthopeed in het MUMC+ gaf een injectie en adviseerde een spalk; de klachten zijn nauwelijks verminderd. Er werd gesproken over een operatie, maar patiënte weet niet goed wat die inhoudt en of die in haar situatie zinvol is.

Zij vraagt nadrukkelijk om een second opinion. Mijn vraag aan u: is er bij deze patiënte een indicatie voor een operatieve behandeling van de STT-artrose, en zo ja welke?

Medicatie: paracetamol zo nodig, omeprazol 20 mg.
Voorgeschiedenis: borstkanker links (2016, lumpectomie en radiotherapie), sindsdien in remissie.

Zie bijlage voor het röntgenverslag.

Met collegiale groet,

R. Lemmens, huisarts
""", {'kinds': ['referral'], 'date': '2026-08-19', 'author': 'gp', 'style': 'free GP letter via LibreOffice (HTML)',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'unmentioned', 'treated_abroad': 'no',
      'notes': 'letter date and birth date share day/month (19 vs 21 august); lives part-time in France but all care in NL; X-ray report only enclosed; lumpectomy other body part'},
    font='Georgia', size=10.5)

doc('gp-024-brief-garmisch-opname', 'platypus', """
LH: Huisartsenpraktijk Leidsche Rijn | Brauerei 14, 3541 AR Utrecht
LH: M. Koster, huisarts | T 030-2661120 | AGB 01-085112

Aan: Handkliniek Noord
t.a.v. polikliniek handchirurgie / second opinion
Groningen

Datum: 03-03-2026
Ons kenmerk: MK/2026/0311

Betreft: de heer P. Lagerwey, geb. 30-10-1958

Geachte collega,

Graag vraag ik uw second opinion voor de heer Lagerwey, 67 jaar, gepensioneerd leraar.

Hij kwam op 2 januari 2026 tijdens een wintersportvakantie ten val en werd opgenomen in het Klinikum Garmisch-Partenkirchen (Unfallchirurgie) van 2 tot en met 6 januari. Daar werd een distale radiusfractuur rechts vastgesteld en op 3 januari een plaatosteosynthese verricht. De Duitse Entlassungsbrief is in ons bezit; de röntgenfoto's heeft patiënt op CD meegekregen.

Na terugkeer is de nabehandeling in het Diakonessenhuis gedaan. Op de controlefoto van februari staat de radius in wat verkorting, en patiënt heeft veel pijn aan de ulnaire zijde bij draaien. De traumachirurg spreekt van "acceptabele stand". Patiënt is daar niet gerust op.

Vraag: is er sprake van een ulnair impactiesyndroom door de verkorting, en is een corrigerende osteotomie of andere behandeling geïndiceerd?

In verband met de opname in Duitsland heb ik een MRSA-screening aangevraagd; de uitslag stuur ik na.

Medicatie: atorvastatine 20 mg, acetylsalicylzuur 80 mg.
Voorgeschiedenis: myocardinfarct 2019 (PCI), prostatectomie 2021.

Met vriendelijke groet,

M. Koster
huisarts
""", {'kinds': ['referral'], 'date': '2026-03-03', 'author': 'gp', 'style': 'free GP letter, platypus, reference line',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'admitted and operated in Germany; MRSA only requested; prostatectomy other operation; German discharge letter only mentioned'},
    pagenum=None, footer='Huisartsenpraktijk Leidsche Rijn - Brauerei 14 - Utrecht')

doc('gp-025-brief-orthopedie-echo-aangevraagd', 'docx', """
LH: Huisartspraktijk De Meern | Mereveldplein 4, 3454 CK De Meern
LH: T. Brink, huisarts | 030-6661002 | AGB 01-049917

St. Antonius Ziekenhuis
Orthopedie
t.a.v. dr. K. Vos
Koekoekslaan 1
3435 CM Nieuwegein

De Meern, 8 december 2025

Betreft: mw. Y. Kramer, geb. 14-07-1980

Geachte dr. Vos, beste Karin,

Mevrouw Kramer is een 45-jarige fysiotherapeute met sinds een half jaar pijn dorsaal aan de rechterpols bij steunen en bij extensie. Geen trauma. Bij onderzoek vind ik drukpijn over het SL-interval, geen zwelling, geen palpabel ganglion.

Ik denk aan een occult ganglion. Een echo van de pols heb ik aangevraagd; de uitslag is nog niet bekend, ik stuur die na zodra ik hem heb. Zij heeft het werk deels moeten aanpassen.

Patiënte vraagt zich af of een operatie nodig zal zijn; een vriendin van haar is vorig jaar aan een ganglion geopereerd en was daar erg tevreden over. Ik zou graag uw oordeel horen over de diagnose en het beleid. Een operatie wordt door haar overwogen, maar ik heb haar gezegd dat u eerst moet kijken.

Met vriendelijke groet,

Thijs Brink
huisarts
""", {'kinds': ['referral'], 'date': '2025-12-08', 'author': 'gp', 'style': 'GP letter in Word, personal salutation',
      'referral_question': True, 'imaging_done': 'unmentioned', 'operated': 'unmentioned',
      'treated_abroad': 'unmentioned',
      'notes': 'ultrasound only requested; friend operated (other person); operation only considered; ordinary referral (not second opinion) asking opinion'},
    font='Cambria', size=11)

doc('gp-026-en-expat-boston-thumb', 'docx', """
LH: Wassenaar International GP Practice | Rijksstraatweg 601, 2245 CB Wassenaar
LH: Dr James Harrow MRCGP, huisarts | +31 70 5112300 | AGB 01-094420

Kliniek voor Hand- en Polschirurgie Utrecht
Second opinion service

2 December 2026

Patient: Ms Emily Carter
Date of birth: 1991-02-14
Address: Van Zuylen van Nijeveltstraat 88, Wassenaar

Dear Colleague,

Referral for a second opinion - left thumb

Ms Carter is a 35-year-old American lawyer working in The Hague. In August 2026, while visiting family in Massachusetts, she fell while skiing on water and hyperabducted her left thumb. She was seen at an urgent care clinic in Boston, where a thumb spica splint was applied. No X-rays were taken there, and no imaging has been done since.

Four months later she still has pain and a feeling of instability when pinching (e.g. holding a pen, opening doors). On examination there is tenderness over the ulnar aspect of the MCP joint and increased laxity compared with the right side, with a soft end point.

She has never had surgery. She has been told by a friend that a "Stener lesion" needs an operation and would like a specialist opinion on whether surgical repair is still indicated this late.

Medication: none. Allergies: penicillin (rash).

I would be grateful for your assessment.

Yours sincerely,

Dr James Harrow
General Practitioner
""", {'kinds': ['referral'], 'date': '2026-12-02', 'language': 'en', 'author': 'gp',
      'style': 'expat GP letter in English, Word', 'referral_question': True, 'imaging_done': 'no',
      'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'urgent care clinic in Boston counts as treated abroad; "No X-rays", "never had surgery"; ISO birth date'},
    font='Arial', size=10.5)

doc('gp-027-fax-cts-recidief', 'canvas', """
LH: Huisartsenpraktijk Rozenburg | Raadhuisplein 3, 3181 BZ Rozenburg
LH: dr. S. Ouali, huisarts | 0181-214400 | AGB 01-073319

Aan: Handcentrum Rijnland, t.a.v. second-opinionspreekuur
Per fax: 071-5279000

>R Rozenburg, 27 oktober 2026

Betreft: mevrouw R. van Leeuwen, geb. 09-01-1966

Geachte collega,

Hierbij verwijs ik mevrouw Van Leeuwen, 60 jaar, voor een second opinion.

Zij werd in mei 2024 in het Spijkenisse Medisch Centrum geopereerd aan een carpaletunnelsyndroom links (endoscopische release). De eerste maanden was zij klachtenvrij, maar sinds begin 2026 zijn de nachtelijke tintelingen terug, nu ook met krachtsverlies en onhandigheid. Een echo van de n. medianus (Franciscus Vlietland, 15-09-2026) toonde een vergrote zenuw ter hoogte van de carpale tunnel; het EMG toonde een ernstig CTS links. De behandelend plastisch chirurg stelt een re-release voor, maar mevrouw is teleurgesteld over het eerdere resultaat en wil eerst een tweede mening.

Mijn vraag: is er sprake van een recidief of een onvolledige eerste release, en wat is de beste behandeling?

Voorgeschiedenis: reumatoïde artritis (methotrexaat), osteoporose.
Medicatie: methotrexaat 15 mg 1x/week, foliumzuur, alendroninezuur, calcium/vit D.

Met vriendelijke groet,

dr. S. Ouali, huisarts
""", {'kinds': ['referral'], 'date': '2026-10-27', 'author': 'gp',
      'style': 'free GP letter received by fax, fax header with send date',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'fax header carries send date 28-10-2026, letter dated 27 oktober 2026; re-release only proposed'},
    fax='28-10-2026 14:32   VAN: HAP ROZENBURG 0181214400   AAN: 0715279000   BLZ. {p}/{n}',
    size=10.5, pagenum=None)

doc('gp-028-verwijzing-kort-ongedateerd', 'txt', """
Praktijk Sterrenwijk - E. Hofman, huisarts

Verwijzing handchirurgie

Pt: dhr. N. de Boer, 14-05-1985
Adres: Orionlaan 7, Leeuwarden

Vraagstelling: pijnlijke zwelling MCP-2 rechts sinds 4 mnd, geen trauma. Artritis? Reuscel-tumor? Graag beoordeling en beleid.

Geen medicatie, geen allergieën.

Collegiale groet,
E. Hofman
""", {'kinds': ['referral'], 'author': 'gp', 'style': 'very short plain-text referral, undated',
      'referral_question': True, 'imaging_done': 'unmentioned', 'operated': 'unmentioned',
      'treated_abroad': 'unmentioned', 'notes': 'undated; only date is birth date; question in one line'},
    wrap=False)

doc('gp-029-brief-ulna-met-samenvatting', 'docx', """
LH: Huisartsenpraktijk Weidevenne | Bolwerk 3, 1448 PC Purmerend
LH: L. Zijlstra, huisarts | 0299-420330 | AGB 01-086205

Aan:  HandPols Kliniek Amsterdam
      t.a.v. afdeling second opinion

Purmerend, 16-11-2026

Betreft: mevrouw T. Roos (22-05-1959)

Beste collega,

Mevrouw Roos vraagt een tweede mening over haar rechterpols. Sinds ruim een jaar heeft zij pijn aan de pinkzijde van de pols, vooral bij draaien en bij steunen op de hand. Röntgenfoto's (Dijklander Ziekenhuis Purmerend, 06-2026) lieten een ulna-plus-variant van 3 mm zien; de MRI van augustus 2026 toonde degeneratie van het TFCC en oedeem in het os lunatum. De chirurg in het Dijklander heeft een ulnaverkortingsosteotomie aangeboden. Patiënte zag daar tegenop en vraagt of er alternatieven zijn. Mijn vraag aan u is dan ook of de voorgestelde operatie de beste keuze is.

Ter informatie een samenvatting uit ons dossier:

## Voorgeschiedenis
K: 1996 | carcinoma in situ cervix, conisatie
K: 2011 | diabetes mellitus type 2
K: 2018 | fractuur os metatarsale V rechts, conservatief
K: 2024 | depressieve klachten, POH-GGZ

## Recente behandelingen
K: 11-2025 | injectie triamcinolon ulnocarpaal (huisarts), kort effect
K: 01-2026 - 04-2026 | oefentherapie en polsbrace
K: 06-2026 | X-pols re en consult chirurgie Dijklander
K: 08-2026 | MRI pols re; operatie aangeboden
K: 10-2026 | gestart met duloxetine 30 mg (pijn/stemming)

## Medicatie
K: | metformine 1000 mg 2dd, duloxetine 30 mg 1dd, atorvastatine 20 mg 1dd

Met vriendelijke groet,

L. Zijlstra
huisarts
""", {'kinds': ['referral', 'history'], 'date': '2026-11-16', 'author': 'gp',
      'style': 'GP letter in Word with embedded summary tables', 'referral_question': True, 'imaging_done': 'yes',
      'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': '"Beste collega"; letter carries its own Voorgeschiedenis + Recente behandelingen; osteotomy only offered; conisation other operation'},
    font='Calibri', size=10.5, kv_grid=False)

doc('gp-030-brief-aanvullende-gegevens', 'html', """
LH: Huisartsenpraktijk Angelslo | Statenweg 40, 7824 CN Emmen
LH: G. Kuiper, huisarts | 0591-615540 | AGB 01-079928

Handkliniek Noord
Intake second opinion
Postbus 30001
9700 RB Groningen

Emmen, 16 november 2026

Betreft: dhr. O. Zandstra, geb. 03-12-1977 - aanvullende gegevens

Geachte heer, mevrouw,

Naar aanleiding van uw brief van 10 november 2026 stuur ik u de gevraagde aanvullende gegevens over de heer Zandstra. De verwijzing zelf is door de orthopeed van Treant verstuurd.

## Medische voorgeschiedenis
2009 - Ziekte van Crohn, sinds 2015 in remissie op azathioprine.
2019 - Fractuur os scaphoideum rechts na val van ladder.
2023 - Pseudartrose scaphoid rechts; op 7 maart 2023 operatie in Treant Emmen (herpositionering met bottransplantaat en schroef).
2025 - Toenemende pijn rechterpols, röntgenfoto Treant (11-2025): beginnende artrose radioscafoïdaal.

## Recente behandelingen
Maart - mei 2026: handtherapie en spalk, gering effect.
Juni 2026: intra-articulaire injectie door orthopeed Treant.
September 2026: consult orthopedie; verwijzing voor second opinion op verzoek van patiënt.

## Medicatie
Azathioprine 100 mg 1dd, naproxen 250 mg z.n. (in overleg MDL), pantoprazol 40 mg 1dd.

## Buitenland
U vroeg of patiënt in een buitenlands ziekenhuis is opgenomen of behandeld: dat is niet het geval. Alle behandelingen vonden plaats in Treant Emmen.

Met vriendelijke groet,

G. Kuiper, huisarts
""", {'kinds': ['history'], 'date': '2026-11-16', 'author': 'gp', 'style': 'GP reply letter with history sections (LibreOffice from HTML)',
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'no',
      'notes': 'GP letter that is NOT a referral (referral came from orthopaedist); history with recent treatments; explicit no hospital abroad'},
    font='Verdana', size=9.5)

doc('gp-031-verwijzing-dequervain-zus', 'docx', """
LH: Huisartsenpraktijk Kralingen | Oudedijk 188, 3061 AN Rotterdam
LH: dr. H. Tan, huisarts | 010-4525511 | AGB 01-066034

# Verwijzing

Aan: Kliniek voor Hand- en Polschirurgie Utrecht, second opinion
Datum: 12-08-2026
Betreft: mevrouw D. Vos, geboortedatum 30-06-1994

Geachte collega,

Mevrouw Vos, 32 jaar, kreeg na de geboorte van haar zoon (januari 2026) pijn aan de duimzijde van beide polsen, links meer dan rechts. Het klinisch beeld past bij tendovaginitis de Quervain (Finkelstein beiderzijds positief). Zij kreeg links twee injecties, rechts één, met telkens kortdurend effect. Er is geen echo of röntgenfoto gemaakt.

Haar zus is vorig jaar aan de Quervain geopereerd en had daarna langdurig last van een gevoelloos litteken; mevrouw is daarom huiverig. Zijzelf is nooit geopereerd.

Zij vraagt een second opinion over de vraag of een operatie in haar geval nodig is, of dat er andere mogelijkheden zijn nu zij borstvoeding geeft.

Medicatie: geen. Allergieën: geen.

Met vriendelijke groet,
dr. H. Tan
""", {'kinds': ['referral'], 'date': '2026-08-12', 'author': 'gp', 'style': 'short GP referral in Word',
      'referral_question': True, 'imaging_done': 'no', 'operated': 'no', 'treated_abroad': 'unmentioned',
      'notes': 'sister operated (family); patient "nooit geopereerd"; "geen echo of röntgenfoto gemaakt"'},
    font='Calibri', size=11, headings=False)

doc('gp-032-brief-kienbock-2024', 'platypus', """
LH: Huisartsenpraktijk Heuvelrug | Kampweg 5, 3941 HE Doorn
LH: dr. A. Post, huisarts | 0343-412218 | AGB 01-050088

Aan: Sint Maartenskliniek
afdeling Orthopedie, spreekuur hand en pols
Postbus 9011
6500 GM Nijmegen

Doorn, 5 maart 2024

Betreft: de heer S. Mertens, geb. 08-03-1979

Geachte collega,

Graag vraag ik uw second opinion voor de heer Mertens, 44 jaar, hovenier, met sinds een jaar pijn en stijfheid in de rechterpols zonder duidelijk trauma.

Op de röntgenfoto (Meander MC, 11-2023) werd sclerose van het lunatum gezien; de MRI van januari 2024 bevestigde een ziekte van Kienböck, stadium II volgens Lichtman, bij een ulna-minusvariant. De orthopeed in Amersfoort stelt een radiusverkortingsosteotomie voor. Er is tot op heden niet geopereerd.

Patiënt wil graag weten of deze operatie de beste keuze is en of er alternatieven zijn die hem sneller weer aan het werk helpen.

Met vriendelijke groet,

dr. A. Post
huisarts
""", {'kinds': ['referral'], 'date': '2024-03-05', 'author': 'gp', 'style': 'free GP letter, platypus, older (2024)',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'unmentioned',
      'notes': 'referral older than one year; birth date 08-03-1979 close to letter date 5 maart; osteotomy only proposed'},
    font='Times-Roman', size=11, pagenum=None)

if __name__ == '__main__':
    build(DOCS, set(sys.argv[1:]) or None)
