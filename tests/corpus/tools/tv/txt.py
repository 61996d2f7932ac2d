"""tv-049 .. tv-064: plain-text documents (e-consult threads, HIS printout, patient timelines/e-mails,
text exports of clinical documents, lab export, appointment/insurer/physio letters)."""
from lib import out, write_txt, write_label


T049 = """E-CONSULT  Plastische chirurgie / handchirurgie  -  Ziekenhuis St Jansdal Harderwijk
Consultnummer : EC-2026-118204
Patiënt       : mw. G. (Gerda) van Beek, geb. 27-06-1958, Harderwijk
Aanvrager     : P. Veldkamp, huisarts, Huisartsenpraktijk Hierden
Geconsulteerde: dr. M. Boonstra, plastisch chirurg
Status        : afgesloten

------------------------------------------------------------------------
[Vraag huisarts]  09-11-2026 14:22
------------------------------------------------------------------------
Geachte collega,

68-jarige vrouw, rechtshandig, sinds een jaar pijn aan de basis van de duim
rechts, vooral bij openen van potten en sleutels omdraaien. Geen trauma.
X-duim rechts (10-2026, St Jansdal): CMC-1 artrose Eaton II-III.
Niet eerder geopereerd. Twee injecties CMC-1 door mij (2025, 04-2026), beide
ongeveer 2 maanden effect. Geen spalk of handtherapie gehad.
Vraag: is een verwijzing naar u nu zinvol, of adviseert u eerst een orthese
en handtherapie? Patiënte vraagt ook naar de mogelijkheden van een prothese.

Met collegiale groet, P. Veldkamp

------------------------------------------------------------------------
[Antwoord specialist]  11-11-2026 09:05
------------------------------------------------------------------------
Geachte collega Veldkamp,

Dank voor uw e-consult. Bij CMC-1 artrose Eaton II-III zonder eerdere
conservatieve behandeling adviseer ik eerst een op maat gemaakte duimorthese
(gedurende 6-8 weken dag en nacht, daarna bij belasting) in combinatie met
handtherapie (gewrichtsbeschermende instructies, stabiliserende oefeningen).
Een derde injectie is verdedigbaar maar heeft minder kans op blijvend effect.
Bij onvoldoende effect na 3 maanden is operatieve behandeling een optie
(trapeziectomie of, bij een actieve patiënte met goede botkwaliteit, een
CMC-1 prothese). Een verwijzing is op dit moment niet nodig; u kunt haar
dan alsnog verwijzen.

Met vriendelijke groet,
dr. M. Boonstra, plastisch chirurg

------------------------------------------------------------------------
[Reactie huisarts]  11-11-2026 16:40
------------------------------------------------------------------------
Dank voor het snelle advies. Patiënte wil ondanks het advies graag een
second opinion in een gespecialiseerde handkliniek; dat regel ik via
ZorgDomein. E-consult mag worden afgesloten.

[Systeem] E-consult afgesloten door aanvrager op 11-11-2026 16:41.
"""


T050 = """Teleconsultatie (e-consult) - Zorgplatform Noord-Holland
===========================================================
Onderwerp   : vraag orthopedie - pols/hand
Van         : A. Mulders, huisarts, Huisartsenpraktijk Den Ilp
Aan         : poli orthopedie, Dijklander Ziekenhuis
Verzonden   : 30-11-2026 11:48
Patiënt     : dhr. K. Slegers, geboren 04-09-2002

Geachte collega,

24-jarige man, gitarist, met sinds 5 maanden een zwelling volair radiaal aan
de linkerpols, soms pijnlijk bij spelen. Echo pols links (10-2026, Saltro):
volair ganglion 9 mm, nabij de a. radialis. Tweemaal aangeprikt door mij,
beide keren recidief.

Vraag: zou u bij een volair ganglion zo dicht bij de arterie excisie
adviseren, of is afwachten verantwoord? Patiënt informeert ook naar een
second opinion in een handkliniek.

Met vriendelijke groet,
A. Mulders, huisarts

-----------------------------------------------------------
Antwoord consulent : (nog niet ontvangen)
Verwachte reactietermijn: 3 werkdagen
-----------------------------------------------------------
"""


T051 = """UITDRAAI JOURNAAL                                    Huisartsenpraktijk Overveen
Datum uitdraai: 02-12-2026 09:41      Uitgedraaid door: R. Smit (doktersassistent)
Patiënt: Dijkhuizen, E. (Esther)      Geboortedatum: 16-03-1987      Geslacht: V
Adres: Bloemendaalseweg 120, 2061 CN Bloemendaal      Verzekeraar: ONVZ
Selectie: alle episodes, journaal 01-06-2025 t/m 02-12-2026
================================================================================
EPISODELIJST
  ICPC   Omschrijving                              Begin        Status
  L87    Ganglion pols rechts                      22-10-2025   actief
  L77    Distorsie pols rechts                     08-08-2025   afgesloten
  R96    Astma                                     2010         actief
  P74    Angststoornis                             2019         inactief
  W78    Zwangerschap                              2022         afgesloten
ATTENTIEWAARDEN
  Allergie: penicilline (exantheem)
MEDICATIE (actueel)
  salbutamol 100 mcg zn; beclometason 100 mcg 2dd2
================================================================================
JOURNAAL
15-08-2025  L77  S: op vakantie in Marbella (Spanje) gevallen op re pols op 07-08.
                    Is daar op de Urgencias van Hospital Quirónsalud Marbella
                    gezien, foto gemaakt: geen fractuur. Brace meegekregen.
                 O: lichte zwelling dorsaal, drukpijn SL-interval, kracht goed.
                 E: distorsie pols re.
                 P: brace continueren 2 wk, zn terug.
18-08-2025  L77  Brief ontvangen: Hospital Quirónsalud Marbella, Urgencias,
                 informe de alta 07-08-2025 (Spaans). Ingescand.
22-10-2025  L87  S: sinds enkele weken bobbel dorsaal aan re pols, drukt bij
                    steunen (yoga).
                 O: soepele zwelling 1 cm dorsaal SL-interval, transilluminatie +.
                 E: ganglion pols re.
                 P: uitleg, afwachtend beleid.
14-01-2026  L87  S: groter geworden, pijn bij werk (fysiotherapeut).
                 O: zwelling 1,5 cm.
                 E: ganglion pols re.
                 P: verwijzing chirurgie Spaarne Gasthuis.
03-02-2026  L87  Brief specialist ontvangen: chirurgie Spaarne Gasthuis,
                 echo: dorsaal ganglion 15 mm. Besloten tot excisie.
12-03-2026  L87  Brief specialist ontvangen: operatieverslag excisie ganglion
                 pols re, dagbehandeling Spaarne Gasthuis 12-03-2026.
24-03-2026  L87  S: controle wond, weinig pijn.  O: wond rustig, hechtingen eruit.
                 P: oefeningen, zn terug.
09-07-2026  L87  S: sinds mei weer zwelling op dezelfde plek, pijnlijker dan
                    voorheen, tintelingen dorsaal hand.
                 O: zwelling 1 cm onder litteken, drukpijnlijk.
                 E: recidief ganglion pols re na excisie.
                 P: overleg chirurg: afwachten, evt. aanprikken.
02-09-2026  L87  S: aanprikken gewenst.
                 P: ganglion aangeprikt, 1 ml helder gelei-achtig vocht.
21-10-2026  L87  S: na 3 weken weer terug. Wil niet nogmaals naar dezelfde
                    chirurg; vraagt naar second opinion.
                 E: recidief ganglion pols re na excisie en punctie.
                 P: uitleg second opinion, pt overlegt met verzekeraar.
25-11-2026  L87  S: verzekeraar akkoord. P: verwijzing ParkHand Kliniek voor
                    second opinion via ZorgDomein, samenvatting meegestuurd.
================================================================================
Uitdraai journaal - Dijkhuizen, E. - 16-03-1987 - einde uitdraai (2 pagina's)
"""


T052 = """TIMELINE OF MY RIGHT WRIST PROBLEM
written by: Pieter-Jan Smulders (born 5 May 1979)
living in Singapore since 2016 - Dutch passport
last updated: 2 December 2026
--------------------------------------------------------------

2024, autumn
  - wrist starts to hurt on the pinky side when playing badminton
  - GP in Singapore (Raffles Medical, Holland Village): rest and
    ibuprofen

January 2025
  - x-ray at Raffles Medical: "normal"

June 2025
  - saw hand surgeon Dr. Wee at Mount Elizabeth Hospital
  - MRI (12 June 2025): TFCC tear
  - injection in the wrist, helped for about 2 months

3 March 2026
  - arthroscopic TFCC repair at Mount Elizabeth Hospital (day surgery,
    went home same evening)
  - cast 6 weeks, then hand therapy at the hospital (14 sessions)

since summer 2026
  - still clicking and pain when turning a screwdriver or carrying
    shopping bags
  - Dr. Wee says wait until March 2027, maybe "ulnar shortening"

December 2026
  - I will be in the Netherlands from 20 December until 10 January
  - my brother's GP in Utrecht cannot refer me because I am not
    registered there. I am trying to arrange a referral.

Questions for the hand surgeon:
  1. Is another operation sensible, or should I keep waiting?
  2. Can I keep playing badminton?

I have the MRI and x-rays on a USB stick and the operation report
(in English).
"""


T053 = """From: Sophie Willems <sophie.willems@example.ae>
Sent: Tuesday, 1 December 2026 21:14
To: intake@parkhand-kliniek.example
Subject: second opinion question - wrist fracture in Dubai

Dear intake team,

My name is Sophie Willems (date of birth 19 September 1996). I am Dutch and I have
been working in Dubai as a teacher since 2023.

On 12 October I fell from an e-scooter and broke my left wrist. I was taken by
ambulance to Rashid Hospital, where they did X-rays and a CT scan and kept me
for one night. They put my arm in a cast; no surgery was done. The cast came off
on 23 November, but my wrist is still very stiff and looks a bit crooked to me.

The doctor in Dubai says it is fine, but I would like a Dutch hand surgeon to
look at it when I am home for Christmas (from 19 December). What do I need to
send you? I have the X-rays on my phone and a short discharge paper in English.

Thank you in advance,
Sophie Willems
+971 50 555 1234
"""


T054 = """UEBERWEISUNG / UEBERWEISUNGSSCHEIN (Muster 6) - Datenexport Praxissoftware
=============================================================================
Praxis: Dr. med. Sabine Görtz, Fachärztin für Allgemeinmedizin
        Hoffmannallee 12, 47533 Kleve   Tel. 02821 555 301
        BSNR 38 123 456 00   LANR 123456701
Ausstellungsdatum: 23.11.2026
-----------------------------------------------------------------------------
Patient:      de Jong, Willemijn         geb. 28.07.1964
Anschrift:    Lindenallee 7, 47533 Kleve
Kostenträger: AOK Rheinland/Hamburg
-----------------------------------------------------------------------------
Überweisung an:  Handchirurgie - ParkHand Kliniek, Hoofddorp (NL)
Art:             [ ] Auftragsleistung  [x] Konsiliaruntersuchung  [x] Mit-/Weiterbehandlung
Diagnose:        M18.1 G R   Sonstige primäre Rhizarthrose, rechts
Befund/Medikation:
  Seit 2 Jahren Schmerzen Daumensattelgelenk rechts. Röntgen rechte Hand
  10/2026 im St.-Antonius-Hospital Kleve: Rhizarthrose Eaton III.
  Ibuprofen 600 mg bei Bedarf, zwei Infiltrationen ohne Dauererfolg.
  Bisher keine Operation.
Auftrag/Fragestellung:
  Zweitmeinung erbeten (Patientin ist gebürtige Niederländerin und wünscht
  Behandlung in NL): OP-Indikation? Welches Verfahren wird empfohlen?
-----------------------------------------------------------------------------
Unterschrift/Stempel: Dr. med. S. Görtz
"""


T055 = """Lakeshore Orthopaedic Institute - Hand & Wrist Service
680 N Lake Shore Dr, Suite 1100, Chicago, IL 60611 | (312) 555-0144

PROGRESS NOTE

Patient: HAKKERT, NOOR            MRN: LO-0099812
DOB: 03/07/1985                   Sex: F
Provider: Benjamin T. Okafor, MD  Department: Hand Surgery
PCP: none on file

SUBJECTIVE
41 y.o. right-hand-dominant graphic designer (Dutch citizen, living in Chicago
since 2019) returns to discuss imaging for left dorsal central wrist pain of
14 months' duration. No trauma recalled. Pain 6/10 with loading, night pain
2-3x/week. Tried splinting and NSAIDs without benefit. No prior wrist surgery.

OBJECTIVE
Left wrist: dorsal tenderness over the lunate, mild synovitis. Extension 45 deg,
flexion 40 deg (right 70/75). Grip 16 kg L vs 28 kg R. NV intact.
Imaging: XR left wrist 3 views (done in clinic today) - lunate sclerosis with
early collapse of the radial corner, negative ulnar variance -2 mm.
MRI left wrist (outside, reviewed) - diffuse low T1 signal of the lunate.

ASSESSMENT
Kienbock disease left wrist, Lichtman stage IIIA, ulnar negative variance.

PLAN
Discussed options incl. radial shortening osteotomy vs. vascularized bone
graft vs. continued nonoperative care. Recommend radial shortening osteotomy.
Patient is moving back to the Netherlands in January 2027 and would prefer to
have surgery there; she requests a second opinion from a Dutch hand surgeon.
Records and images released to patient. RTC prn.

Electronically signed by Benjamin T. Okafor, MD at 11/23/2026 4:12 PM CST
"""


T056 = """Nij Smellinghe Ziekenhuis Drachten - Spoedeisende Hulp
Compagnonsplein 1, 9202 NN Drachten - tel. 0512 588 888

SEH-BRIEF

Aan:       Huisartsenpraktijk De Wâlden, t.a.v. mw. J. Postma, huisarts, Drachten
Patiënt:   dhr. S. de Vries, geb. 08-08-1999, BSN 246813579
Binnenkomst SEH: 27-11-2026 22:10, eigen vervoer, triage oranje

Geachte collega,

Uw patiënt presenteerde zich op de SEH met een snijwond aan de linkerhand.

Anamnese: bij het afwassen een glas gebroken, snijwond palmair aan de
wijsvinger links. Sindsdien kan hij het topje van de vinger niet goed buigen.
Doof gevoel radiaal aan de vingertop. Rechtshandig, installateur. Tetanus
gevaccineerd (2019). Geen eerdere letsels aan de hand.

Onderzoek: 1,5 cm schuine wond palmair ter hoogte van de middenfalanx dig. II
links. Actieve flexie DIP afwezig, PIP intact (FDS-functie aanwezig).
Verminderde 2-puntsdiscriminatie radiaal (> 10 mm). Capillaire refill normaal.

Aanvullend onderzoek: X-hand links AP/schuin: geen corpus alienum, geen
fractuur.

Behandeling: wond gespoeld en voorlopig gesloten, dorsale spalk.

Conclusie: verdenking letsel FDP-pees en n. digitalis proprius radialis
dig. II links.

Beleid: overname door plastische chirurgie; operatieve exploratie en herstel
gepland op 30-11-2026 (nuchter vanaf 00:00). Antibiotica niet nodig.

Met collegiale groet,
dr. H. Wijbenga, SEH-arts KNMG

Gedicteerd: 27-11-2026 23:40 | Getypt: 28-11-2026 10:15 | HW/ad
cc: poli plastische chirurgie
"""


T057 = """AZ ZENO - campus Knokke-Heist
Dienst Spoedgevallen
Kalvekeetdijk 260, 8300 Knokke-Heist   tel. +32 50 55 31 00
--------------------------------------------------------------------
VERSLAG SPOEDGEVALLENDIENST
Datum: 15/08/2026                       Uur aanmelding: 16u42
Patiënt: mevr. Noa VISSER  °03/04/2001
Adres: Hooglandseweg-Noord 88, 3813 VB Amersfoort (Nederland) - toeriste
Verzekering: EZKK / Europese ziekteverzekeringskaart (NL)
Huisarts: dr. T. Brinkman, Amersfoort (NL)
--------------------------------------------------------------------
Reden van aanmelding: val met de fiets op de zeedijk, op de rechterhand.

Anamnese: rechtshandig. Pijn rechterpols, geen andere letsels. Geen
antecedenten. Geen medicatie.

Klinisch onderzoek: zwelling dorsoradiaal rechterpols, drukpijn processus
styloideus radii en tabatière licht gevoelig. Goede vingerfunctie,
sensibiliteit en circulatie normaal.

Technisch onderzoek: RX pols rechts F/P + scafoïdopnames: geen fractuur,
geen luxatie.

Besluit: distorsie pols rechts. Scafoïdfractuur klinisch niet uitgesloten.

Beleid: polsbrace met duimsteun, ijs, paracetamol 1 g max. 4x/dag.
Heronderzoek na 10-14 dagen door de huisarts in Nederland; bij blijvende
tabatièrepijn NMR of CT. Beelden op cd meegegeven.

dr. Lotte Van Acker, urgentiearts
--------------------------------------------------------------------
"""


T058 = """AVON VALE HOSPITALS NHS TRUST - IMAGING DEPARTMENT
Southmead Lane, Bristol BS10 5NB

RADIOLOGY REPORT

Patient:        Mrs Karin OOSTVEEN-HUGHES
DOB:            21/03/1979          NHS No: 612 445 7781
Referrer:       Mr Tom Adeyemi, Consultant Hand Surgeon (Hand Clinic, OPD 3)
Examinations:   XR WRIST RT (2 views)  and  US WRIST RT
Exam date:      12/11/2026
Reported:       13/11/2026 10:27

Clinical details: Radial-sided wrist pain, swelling over first dorsal
compartment. Previous distal radius fracture 2025 treated in plaster
(no surgery).
?De Quervain's ?STT OA ?malunion.

Comparison: Radiographs right wrist 02/03/2025 (A&E) and 16/04/2025 (fracture clinic).

XR WRIST RT: The previous distal radius fracture has united with 8 degrees of
dorsal angulation, unchanged from 16/04/2025. Ulnar variance neutral. Mild
narrowing of the STT joint with small osteophyte, new compared with 2025.
No erosions.

US WRIST RT: Thickened first extensor compartment retinaculum (2.1 mm) with
fluid around APL and EPB and a septum between them. Increased Doppler flow.
No ganglion.

IMPRESSION:
1. De Quervain's tenosynovitis with intracompartmental septum - suitable for
   US-guided injection if clinically indicated.
2. Mild STT osteoarthritis.
3. United distal radius fracture with minor dorsal angulation, no change.

Dr Hannah Price, Consultant Musculoskeletal Radiologist
"""


T059 = """OPERATIEVERSLAG                           Gelre ziekenhuizen - locatie Zutphen
                                            Plastische chirurgie / handchirurgie
Patiënt ........: dhr. T. (Thomas) Rikkers          Geb.: 11-01-1994
Patiëntnummer ..: 6631904
Datum operatie .: 23-10-2026                        OK: 5
Operateur ......: dr. A.H. Veenendaal, plastisch chirurg
Assistent ......: drs. L. Schuurman, ANIOS
Anesthesie .....: [ ] algeheel  [x] plexus axillaris  [ ] lokaal
Zijde ..........: [x] links  [ ] rechts

INDICATIE
Skiduim links: op 18-10-2026 tijdens een skivakantie in Sölden (Oostenrijk)
gevallen met de skistok in de hand. In Oostenrijk heeft patiënt geen arts
bezocht; op 20-10-2026 via de huisarts naar onze SEH. X-duim (20-10-2026): geen
avulsiefractuur. Echografie (21-10-2026): volledige ruptuur UCL MCP-1 met
Stener-laesie.

INGREEP
Herstel ulnaire collaterale band MCP-1 links met botanker (Mini QuickAnchor).

TIJDEN
Time-out .......... 14:31
Bloedleegte aan ... 14:35     af: 15:19
Incisie ........... 14:38
Sluiten huid ...... 15:12

VERLOOP
Gebogen incisie ulnair over het MCP-1 gewricht. Sensibele takken n. radialis
gespaard. Adductoraponeurose gekliefd; de UCL ligt proximaal en oppervlakkig
van de aponeurose (Stener). Ligament vrijgeprepareerd, insertie basis
grondfalanx opgefrist, botanker geplaatst, ligament gerefixeerd in 15 graden
flexie. Stabiel bij stress-test. Aponeurose gehecht met Vicryl 4-0, huid
Ethilon 5-0.

Complicaties ....: [x] geen  [ ] wel
Antibiotica .....: [ ] ja    [x] nee
PA / kweek ......: [ ] ja    [x] nee

NABEHANDELING
Onderarm-duimgips 5 weken, daarna handtherapie. Hechtingen verwijderen na
12 dagen. Controle poli plastische chirurgie over 5 weken.

Geautoriseerd: dr. A.H. Veenendaal, 23-10-2026 15:48
"""


T060 = """KLINIKUM AACHEN-BURTSCHEID - Klinik für Anästhesiologie und Intensivmedizin
NARKOSEPROTOKOLL (Export aus PDMS)
==========================================================================
Patientin : Claessens, Marieke     geb. 19.03.1970    Fall-Nr. 2611-0338
Datum     : 03.11.2026             Saal: OP 2        ASA: II
Eingriff  : Handgelenksarthroskopie links, TFCC-Refixation (transossär)
Operateur : Dr. med. N. Schaaf (Handchirurgie)
Anästhesie: Dr. med. K. Rühl / Anästhesiepflege: T. Wendt
Verfahren : [x] Plexusanästhesie infraklavikulär  [x] Sedierung  [ ] ITN
Nüchtern  : seit 22:00 (fest), 06:00 (klar)
Allergien : keine bekannt
--------------------------------------------------------------------------
ZEITEN
  07:45  Einschleusung
  07:58  Beginn Anästhesie (Blockanlage, US-gesteuert)
  08:20  Block suffizient
  08:31  Team-Time-Out
  08:35  Schnitt (Arthroskopie-Portale 3-4 / 6R)
  09:48  Naht
  09:55  Ende Anästhesie
  10:02  Übergabe Aufwachraum
--------------------------------------------------------------------------
MEDIKAMENTE
  07:58  Prilocain 1% 20 ml + Ropivacain 0,5% 15 ml perineural
  08:10  Propofol Perfusor 2 mg/kg/h (bis 09:50)
  08:25  Cefazolin 2 g i.v.
  09:40  Metamizol 1 g i.v.
VITALPARAMETER (Auszug)
  08:00  RR 142/85  HF 78  SpO2 97%
  08:45  RR 128/76  HF 66  SpO2 98%
  09:30  RR 124/74  HF 64  SpO2 98%
--------------------------------------------------------------------------
Besonderheiten: keine. Blutsperre Oberarm 250 mmHg 08:33-09:46.
Verlegung: Aufwachraum, Aldrete 10 um 10:20, dann Station 5B.
Dokumentiert: Dr. med. K. Rühl, 03.11.2026 10:05
"""


T061 = """Van: Afsprakenbureau ParkHand Kliniek <afspraken@parkhand-kliniek.example>
Verzonden: donderdag 3 december 2026 14:05
Aan: b.keijzer@example.nl
Onderwerp: Bevestiging afspraak intake videoconsult - ParkHand Kliniek

Beste heer Keijzer,

Hierbij bevestigen wij uw afspraak:

  Soort afspraak : intake second opinion (videoconsult)
  Datum en tijd  : dinsdag 15 december 2026, 09:20 uur
  Behandelaar    : dr. S. Vroom, handchirurg
  Link           : u ontvangt de link 24 uur van tevoren per e-mail

Wij hebben nog niet alle stukken ontvangen die nodig zijn voor uw intake. Wilt
u ervoor zorgen dat wij uiterlijk 10 december beschikken over:

  - de verwijsbrief van uw huisarts of specialist met de vraagstelling;
  - de brieven van uw behandelend specialist(en);
  - als er foto's of scans zijn gemaakt: de cd met de beelden en de verslagen;
  - als u in het buitenland in een ziekenhuis bent opgenomen of behandeld:
    een recente MRSA-kweekuitslag (aan te vragen via uw huisarts).

Zonder volledige stukken kunnen wij de afspraak helaas niet laten doorgaan.

Met vriendelijke groet,

Afsprakenbureau ParkHand Kliniek
Spaarnepoort 4, 2134 TM Hoofddorp - 023 555 90 00
"""


T062 = """MERIDIAN GLOBAL HEALTH, INC.
International Health Insurance for Expatriates
Claims Department - 1500 SE 17th Street, Suite 400, Fort Lauderdale, FL 33316, USA

Date: 11/30/2026
Member: Mr. Daan KUIPERS          Member ID: MGH-TH-0048812
Date of birth: 07/14/1979         Country of residence: Thailand
Plan: Global Premier (hospital & outpatient)

RE: Claim no. CL-2026-771405 - Bumrungrad International Hospital, Bangkok

Dear Mr. Kuipers,

We have completed our review of the above claim for your inpatient stay from
09/17/2026 to 09/19/2026, including open reduction and internal fixation of
your right distal radius on 09/18/2026.

Claim decision: APPROVED. Eligible charges of THB 412,600 have been paid
directly to the provider. Your deductible of USD 500 has been applied.

You asked whether a second-opinion consultation with a hand surgeon in the
Netherlands is covered. Second-opinion consultations are covered under your
plan's outpatient benefit if they are requested by your treating physician or
general practitioner. Please submit the referral letter and the invoice after
the consultation. Pre-authorization is not required for outpatient
consultations; it is required for any further surgery.

Sincerely,

Claims Department
Meridian Global Health, Inc.
"""


T063 = """MICROBIOLOGISCH LABORATORIUM OOST-VELUWE
Postbus 9555, 7300 EB Apeldoorn - tel. 055 555 82 00
========================================================================
RAPPORT MEDISCHE MICROBIOLOGIE                       pagina 1 van 1
------------------------------------------------------------------------
Patient      : Demirci-Janssen, E.          Geb.datum : 1995-04-21
Patientnr    : 2210445                      Geslacht  : V
Aanvrager    : H. Mulder, huisarts, Huisartsenpraktijk De Maten, Apeldoorn
Labnummer    : 26.MB.204188
Afname       : 2026-11-26 08:50
Ontvangst    : 2026-11-26 12:05
Rapportdatum : 2026-11-28 (definitief)
Klin. gegev. : screening voorafgaand aan second opinion handchirurgie;
               opname en operatie (buigpeesherstel ringvinger links) in
               ziekenhuis buitenland (Turkije, 08-2026)
------------------------------------------------------------------------
MRSA-SCREENING
Materiaal              Bepaling                 Uitslag
neusvestibulum         MRSA kweek               niet aangetoond
keel                   MRSA kweek               niet aangetoond
perineum               MRSA kweek               niet aangetoond
------------------------------------------------------------------------
Conclusie: MRSA niet aangetoond.
Geautoriseerd door: dr. J. Reitsma, arts-microbioloog, 2026-11-28 10:12
========================================================================
"""


T064 = """FISIOTERAPIA COSTA BLANCA
Physiotherapy & Hand Rehabilitation
Av. de Maisonnave 41, 03003 Alicante, Spain - tel. +34 965 55 20 40
----------------------------------------------------------------

Alicante, 21/11/2026

To: Dr. Carmen Ruiz, Traumatology, Hospital Vithas Alicante
cc: Mr. Hugo Brandsma (patient)

PHYSIOTHERAPY REPORT (English version at the patient's request)

Patient: Mr. Hugo BRANDSMA, date of birth 15/10/1960, resident in Alicante

Mr. Brandsma, a Dutch retiree, has attended 20 sessions since 16/06/2026
following his surgery at Hospital Vithas Alicante in May 2026 (trapeziectomy
with ligament reconstruction, left thumb).

Treatment: scar massage, oedema control, thumb stabilisation exercises,
progressive pinch strengthening, joint protection education.

Progress:
- pain at rest 0/10, with pinch 4/10 (initially 7/10)
- key pinch 4.0 kg (right 7.5 kg)
- Kapandji score 8/10
- persistent pain at the base of the index metacarpal when gardening

Conclusion: good progress but a plateau over the last 6 weeks. Mr. Brandsma
intends to ask for a second opinion from a hand surgeon in the Netherlands
during his visit in January. We recommend continuing a home programme.

Laura Giménez Sáez
Physiotherapist, hand therapy (col. 4412)
"""


DOCS = [
    ("tv-049", T049, {}, dict(kinds=["correspondence"], date="2026-11-11", also_dates=["2026-11-09"], author="specialist",
        language="nl", style="e-consult thread text export (GP question, specialist answer, GP reply)",
        imaging_done="yes", operated="no", treated_abroad="unmentioned",
        notes="E-consult thread: the specialist's written answer counts as consultation correspondence; the thread is not a referral (the GP says he will refer via ZorgDomein). Question date 09-11, answer 11-11-2026 (document date = date of the answer that makes it correspondence). 'Niet eerder geopereerd' = no; trapeziectomy/prosthesis only options.")),
    ("tv-050", T050, {}, dict(kinds=[], date="2026-11-30", author="gp", language="nl",
        style="e-consult with GP question only, answer pending",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="E-consult question without a specialist answer: a GP's question to a specialist is neither a referral to the clinic nor specialist correspondence. Contains a 'Vraag:' and the words 'second opinion' (trap). Echo done = imaging yes; excision only asked about.")),
    ("tv-051", T051, {}, dict(kinds=["history"], date="2026-12-02", author="gp", language="nl",
        style="HIS journal printout (episode list + SOEP journal lines)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="HIS printout with print date and birth date on the same header lines; journal in SOEP form with many dated lines. Tourist ED visit abroad (Urgencias, Hospital Quirónsalud Marbella, 2025) mentioned in passing = treated abroad. 'Brief specialist ontvangen: operatieverslag' is a mention; the printout itself is history only.")),
    ("tv-052", T052, {}, dict(kinds=[], date="2026-12-02", author="patient", language="en",
        style="patient-written plain-text timeline (expat in Singapore)",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Patient's own timeline: not a history letter. Expat treated and operated in Singapore (arthroscopic TFCC repair 3 March 2026). Dates in words and partial dates; 'last updated: 2 December 2026' is the document's date. Ulnar shortening only a possibility.")),
    ("tv-053", T053, {}, dict(kinds=[], date="2026-12-01", author="patient", language="en",
        style="patient e-mail (Outlook-style header) from an expat",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Patient e-mail: no kind. Admitted one night in a Dubai hospital; 'no surgery was done' = operated no. The e-mail's date is in the 'Sent:' header; 12 October, 23 November and 19 December are events.")),
    ("tv-054", T054, dict(crlf=True), dict(kinds=["referral"], date="2026-11-23", author="gp", language="de",
        style="German GP referral form (Muster 6) text export, CRLF line endings",
        referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
        notes="German GP's Überweisungsschein to the Dutch clinic with 'Fragestellung' and 'Zweitmeinung'. Patient lives in Germany; X-ray at a German hospital = care abroad. 'Bisher keine Operation' = operated no. Checkbox fields [x]/[ ].")),
    ("tv-055", T055, dict(bom=True), dict(kinds=["correspondence"], date="2026-11-23", author="specialist", language="en",
        style="US clinic progress note text export (Epic-like), date only in the e-signature line, UTF-8 BOM",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="No visit date in the header: the only date of the note is in the signature line '11/23/2026 4:12 PM' (US month-first); DOB 03/07/1985 is ambiguous (March 7). Dutch expat seen in a US clinic. 'No prior wrist surgery' = no; osteotomy only recommended.")),
    ("tv-056", T056, {}, dict(kinds=["correspondence"], date="2026-11-28", also_dates=["2026-11-27"], author="specialist",
        language="nl", style="SEH letter text export with 'Gedicteerd … | Getypt …' line",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="ED letter without 'Datum': dictated 27-11-2026 23:40 (same day as the visit), typed 28-11-2026. The wound was rinsed and closed at the ED (not an operation); operative exploration on 30-11-2026 is planned.")),
    ("tv-057", T057, {}, dict(kinds=["correspondence"], date="2026-08-15", author="specialist", language="nl",
        style="Flemish emergency department report (verslag spoedgevallendienst) text export",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Dutch tourist treated in a Belgian ED (document written by the hospital abroad). Flemish: 'urgentiearts', '16u42', '°03/04/2001', 'Besluit', 'NMR'. Day-first date 15/08/2026.")),
    ("tv-058", T058, {}, dict(kinds=["imaging-report"], date="2026-11-13", also_dates=["2026-11-12"], author="radiologist",
        language="en", style="NHS radiology report text export, two exams, comparison with two older studies",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="UK day-first dates (12/11/2026 = 12 November). Two exams in one report; comparison dates 02/03/2025 and 16/04/2025 are older studies. 'treated in plaster (no surgery)' = operated no. Patient living in the UK. Injection only suggested.")),
    ("tv-059", T059, {}, dict(kinds=["operation-report"], date="2026-10-23", author="specialist", language="nl",
        style="Dutch operation report text export with dotted labels, [x] boxes and time stamps",
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Operated in the Netherlands after an accident abroad (ski holiday in Austria) with explicitly no doctor visited abroad: treated_abroad=no. Accident, SEH and imaging dates are events.")),
    ("tv-060", T060, {}, dict(kinds=[], date="2026-11-03", author="specialist", language="de",
        style="German anaesthesia record (Narkoseprotokoll) text export from a PDMS",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Anaesthesia record: not an operation report, but shows that the wrist arthroscopy/TFCC refixation took place, in a German hospital (admitted to ward 5B). 'US-gesteuert' block is not diagnostic imaging.")),
    ("tv-061", T061, {}, dict(kinds=[], date="2026-12-03", author="other", language="nl",
        style="appointment confirmation e-mail with missing-documents list",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="Appointment e-mail from the clinic's own booking office: lists required documents conditionally ('als er foto's … zijn gemaakt', 'als u in het buitenland … bent opgenomen'), which are not facts. Date in words in the 'Verzonden:' header; appointment date 15 december 2026 and deadline 10 december are future.")),
    ("tv-062", T062, {}, dict(kinds=[], date="2026-11-30", author="other", language="en",
        style="US expat health-insurer claim letter (MM/DD/YYYY)",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Insurer letter: no kind. States an inpatient stay and ORIF in Bangkok (09/18/2026) = operated and treated abroad. US month-first dates throughout (DOB 07/14/1979).")),
    ("tv-063", T063, {}, dict(kinds=["mrsa-screening"], date="2026-11-28", also_dates=["2026-11-26"], author="lab",
        language="nl", style="microbiology lab text export with ISO dates and fixed-width table",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="MRSA screening result with ISO dates (sampling 2026-11-26, report 2026-11-28). Clinical information states admission and a flexor tendon repair in a hospital abroad (Turkey).")),
    ("tv-064", T064, {}, dict(kinds=[], date="2026-11-21", author="other", language="en",
        style="Spanish physiotherapy/hand-therapy report in English for an expat",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Physiotherapy report: no kind. Expat resident in Spain operated at a Spanish hospital (May 2026). Day-first 21/11/2026.")),
]


if __name__ == "__main__":
    for stem, text, opts, label in DOCS:
        write_txt(out(stem, "txt"), text, **opts)
        write_label(stem, **label)
    print("txt done")
