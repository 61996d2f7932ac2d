"""tf-053 .. tf-064: plain-text documents (exports, e-mails, printouts)."""
from common import *


def write_txt(stem, text, crlf=False, encoding='utf-8'):
    t = text.strip('\n') + '\n'
    if crlf:
        t = t.replace('\n', '\r\n')
    with open(out(stem, 'txt'), 'w', encoding=encoding, newline='') as f:
        f.write(t)


# ------------------------------------------------------------------ tf-053
def tf053():
    stem = 'tf-053'
    txt = """
ZorgDomein - Verwijzing
==============================================================================
Product        : Consult Plastische chirurgie - Handchirurgie (second opinion)
Ontvanger      : Handcentrum Vijverhof, Amersfoort
Verwijsnummer  : ZD-2611-0121906
Datum          : 12-11-2026
Urgentie       : regulier
------------------------------------------------------------------------------
PATIENT
  Naam           : dhr. H.W. (Hendrik) Meijering
  Geboortedatum  : 08-11-1956
  BSN            : 999962013
  Adres          : Stationsweg 44, 3862 CE Nijkerk
  Telefoon       : 033-245 81 17
  Verzekeraar    : ZorgSamen Verzekeringen

VERWIJZER
  S.A. Boonstra, huisarts - Huisartsenpraktijk Nijkerk-Centrum
  Torenstraat 2, 3861 BN Nijkerk - AGB 01-029945 - tel 033-245 20 00
------------------------------------------------------------------------------
REDEN VAN VERWIJZING
  Progressieve flexiecontractuur ringvinger en pink rechts bij M. Dupuytren.
  Tafeltest van Hueston positief. Hinder bij handen schudden, handschoenen,
  gitaar spelen. Rechtshandig, gepensioneerd docent.

VRAAGSTELLING
  Graag uw second opinion. De plastisch chirurg in Ziekenhuis De Vaart heeft
  een partiele fasciectomie voorgesteld. Patient wil weten of een minder
  invasieve behandeling (naaldfasciotomie) ook mogelijk is, en wat het
  recidiefrisico per behandeling is.

RELEVANTE VOORGESCHIEDENIS
  - 2002 liesbreukcorrectie li
  - 2011 DM type 2 (orale medicatie)
  - 2018 M. Dupuytren beiderzijds (knobbels handpalm, toen geen contractuur)
  - 2021 TIA, sindsdien clopidogrel
  - familie: vader en broer Dupuytren (broer 2x geopereerd)

RECENTE BEHANDELINGEN
  - 03-2026  handtherapie/nachtspalk 8 wkn: geen effect op contractuur
  - 09-2026  consult plastische chirurgie Ziekenhuis De Vaart (dr. Lankhorst):
             MCP-4 40 gr, PIP-4 35 gr, MCP-5 20 gr. Partiele fasciectomie
             aangeboden, patient op wachtlijst geplaatst, nog niet gepland.
  - Niet eerder aan de handen geopereerd. Geen beeldvorming (niet nodig).

MEDICATIE
  metformine 1000 mg 2dd | gliclazide 80 mg 1dd | clopidogrel 75 mg 1dd |
  simvastatine 40 mg 1dd

ALLERGIEEN / CONTRA-INDICATIES
  Geen bekende allergieen. Let op: clopidogrel.

EPISODELIJST (actief)
  L99.04  M. Dupuytren                               sinds 2018
  T90.02  Diabetes mellitus type 2                   sinds 2011
  K89     TIA                                        sinds 2021
------------------------------------------------------------------------------
Bijlagen: brief plastische chirurgie d.d. 24-09-2026
Deze verwijzing is digitaal verstuurd via ZorgDomein.
"""
    write_txt(stem, txt)
    label(stem, kinds=['referral', 'history'], date='2026-11-12', author='gp', language='nl',
          style='ZorgDomein referral as plain-text printout (ASCII rules, no diacritics)',
          referral_question=True, imaging_done='no', operated='no', treated_abroad='unmentioned',
          notes='Referral with Relevante voorgeschiedenis and Recente behandelingen. "Niet eerder aan de handen geopereerd" '
                'and "Geen beeldvorming"; brother\'s operations are another person; hernia repair another body part. '
                'Fasciectomy only offered/waiting list. Birth date 08-11 near letter date.')


# ------------------------------------------------------------------ tf-054
def tf054():
    stem = 'tf-054'
    txt = """
HUISARTSENPRAKTIJK DE VENEN                                     UITDRAAI JOURNAAL
Gruttostraat 3, 3645 HT Vinkeveen  tel 0297-26 30 10
-------------------------------------------------------------------------------
Patient : Veenstra, B.   (M)          Geb.datum : 19-11-1975
Adres   : Herenweg 120, 3645 DP Vinkeveen
Uitdraai: 18-11-2026 16:02   door: assistente M. Koelewijn
Selectie: alle episodes, journaal vanaf 01-01-2026
-------------------------------------------------------------------------------
EPISODELIJST
Code    Omschrijving                                   Start       Eind
L81     Letsel pols re (SL-band?)                      14-04-2026
K86     Hypertensie                                    10-02-2019
P17     Tabaksmisbruik                                 1995
A97.01  Reisadvies Spanje                              02-06-2026  15-09-2026
S18     Snijwond li onderarm, gehecht HAP              03-01-2022  20-01-2022
-------------------------------------------------------------------------------
JOURNAAL
14-04-2026 L81  S  val van ladder op uitgestrekte re hand (schilder, zzp).
                   Pijn dorsaal pols, zwelling.
                O  zwelling dorsaal, DP tabatiere -, DP SL-interval ++,
                   Watson pijnlijk zonder klik. Vingerfunctie intact.
                E  distorsie re pols, dd SL-letsel
                P  X-pols re via Ziekenhuis Amstelrand-West, brace, nsaid
16-04-2026 L81  E  X-pols re 15-04: geen fractuur, SL-afstand 3 mm
                   (grensgeval). Radioloog adviseert vuistopname bij
                   persisterende klachten.
                P  brace 4 wk, cv
19-05-2026 L81  S  nog steeds pijn bij steunen en tillen verf/ladders.
                P  verwijzing orthopedie Ziekenhuis Amstelrand-West
02-06-2026 A97  S  reisadvies Spanje (camper, 3 mnd). Geen vaccinaties nodig.
                P  EHIC-pas meegeven, medicatiepaspoort.
23-06-2026 L81     Brief specialist ontvangen: orthopeed dr. Rutte 20-06:
                   vuistopname SL-afstand 5 mm, dynamische SL-instabiliteit.
                   Advies: diagnostische artroscopie + zo nodig SL-
                   reconstructie. Pt gaat eerst op reis, beslist daarna.
15-09-2026 K86  S  terug uit Spanje, RR-controle.  Onderweg geen arts of
                   ziekenhuis bezocht. Pols nog steeds pijnlijk.
                O  RR 148/92
                P  amlodipine verhogen naar 10 mg
03-11-2026 L81  S  twijfelt over operatie, wil second opinion handchirurg.
                   Heeft beelden op cd opgevraagd bij zkh.
                P  verwijzing SO Handcentrum Vijverhof, samenvatting mee.
18-11-2026 L81     uitdraai journaal gemaakt tbv verwijzing (pt vraagt)
-------------------------------------------------------------------------------
MEDICATIE
10-02-2019  amlodipine 10 mg tablet      1dd1   (verhoogd 15-09-2026)
14-04-2026  naproxen 500 mg tablet       2dd1 zn
14-04-2026  pantoprazol 20 mg tablet     1dd1 bij naproxen
-------------------------------------------------------------------------------
ALLERGIEEN: geen bekend          CONTRA-IND.: geen
-------------------------------------------------------------------------------
Einde uitdraai                                                        pag 1/1
"""
    write_txt(stem, txt, crlf=True)
    label(stem, kinds=['history'], date='2026-11-18', author='gp', language='nl',
          style='HIS journal printout as plain text (SOEP codes, episode list), CRLF line endings',
          imaging_done='yes', operated='unmentioned', treated_abroad='no',
          notes='Print date 18-11 one day before birth day 19-11. Three-month camper trip in Spain with explicit "geen arts of '
                'ziekenhuis bezocht". Arthroscopy only advised. Earlier cut on other forearm stitched by GP post.')


# ------------------------------------------------------------------ tf-055
def tf055():
    stem = 'tf-055'
    txt = """
Van: Marieke Brouwer-Lenting <m.brouwerlenting@mailbox.example>
Verzonden: dinsdag 17 november 2026 21:14
Aan: Second Opinion Vijverhof <secondopinion@vijverhof-hand.nl>
Onderwerp: RE: uw aanvraag second opinion - ontbrekende documenten
Bijlagen: operatieverslag_14-01-2025.pdf; MRI pols verslag.pdf; brief_orthopeed_okt.jpg

Goedenavond,

Hierbij stuur ik de documenten die u vroeg. Het operatieverslag is van mijn
eerste operatie (januari 2025, botstukje uit de pols, in Ziekenhuis
Gooimeer in Hilversum; ik weet de naam van de afdeling niet precies).
Het MRI verslag is van september dit jaar. De brief van de orthopeed heb ik
met mijn telefoon gefotografeerd, ik hoop dat hij leesbaar is.

Een cd met de MRI beelden heb ik aangevraagd, die komt volgende week met de
post naar u toe.

De verwijzing van mijn huisarts (dr. Pranger) is vorige week via de computer
naar u verstuurd, zegt de assistente.

Ik ben niet in het buitenland behandeld, dus die MRSA-kweek is toch niet nodig
denk ik?

Met vriendelijke groet,
Marieke Brouwer-Lenting
geb. 22-04-1979
06-51 09 44 83

-----Oorspronkelijk bericht-----
Van: Second Opinion Vijverhof <secondopinion@vijverhof-hand.nl>
Verzonden: vrijdag 13 november 2026 10:02
Aan: m.brouwerlenting@mailbox.example
Onderwerp: uw aanvraag second opinion - ontbrekende documenten

Geachte mevrouw Brouwer,

Wij hebben uw aanmelding voor een second opinion ontvangen. Om een afspraak
te kunnen plannen hebben wij nog nodig:
- een verwijzing van uw huisarts of specialist met een duidelijke vraag
- de brieven van uw behandelend specialist(en)
- het operatieverslag (u gaf aan eerder geopereerd te zijn)
- de verslagen en de beelden (cd) van het meest recente onderzoek
- een MRSA-uitslag, alleen als u in een buitenlands ziekenhuis bent opgenomen

Met vriendelijke groet,
Team Second Opinion
Handcentrum Vijverhof
"""
    write_txt(stem, txt)
    label(stem, kinds=[], date='2026-11-17', author='patient', language='nl',
          style='patient e-mail reply (Outlook-style headers) with quoted clinic request, attachment list',
          imaging_done='yes', operated='yes', treated_abroad='no',
          notes='Mentions attached operation report, MRI report and a specialist letter: the e-mail itself is none of these. '
                'Quoted clinic message lists requirements generically. Patient states she was not treated abroad. '
                'Two dates (17-11 reply, 13-11 quoted).')


# ------------------------------------------------------------------ tf-056
def tf056():
    stem = 'tf-056'
    txt = """
From: Huisartsenpraktijk Bergpolder <assistente@hapbergpolder.nl>
Sent: 30 October 2026 11:48
To: secondopinion@vijverhof-hand.nl
Subject: Dhr. Y. Amrani, 04-08-1987 - aanvulling verwijzing

Beste collega's,

Naar aanleiding van uw telefoontje van vanochtend: de verwijzing van dhr. Amrani
(geb. 04-08-1987) is gisteren via ZorgDomein verstuurd. De uitslag van de
MRSA-kweek van 26-10 (neus, keel, perineum) is negatief, MRSA niet aangetoond.
De uitslag zat als bijlage bij de verwijzing; als u hem niet kunt vinden, stuur
ik hem nogmaals via Zorgmail.

Dhr. Amrani is in juni opgenomen geweest in Clinique Al Amal in Agadir (Marokko)
na een val van een scooter en is daar aan zijn rechterpols geopereerd. Een operatieverslag uit Marokko hebben wij niet, alleen
een Franse ontslagbrief (die volgt als scan). Dokter Oudshoorn vraagt of u die
kunt lezen, anders laten wij hem vertalen.

Met vriendelijke groet,

Samira Bouali
doktersassistente
Huisartsenpraktijk Bergpolder
Bergweg 210, 3036 BK Rotterdam
tel. 010-466 30 20 (keuze 3)

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht
onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender
direct te informeren.
"""
    write_txt(stem, txt)
    label(stem, kinds=[], date='2026-10-30', author='gp', language='nl',
          style='e-mail from GP practice assistant (English mail-client headers, Dutch body)',
          imaging_done='unmentioned', operated='yes', treated_abroad='yes',
          notes='Mentions a negative MRSA culture but is not the lab result. States admission and wrist operation in a '
                'Moroccan clinic; says no operation report is available.')


# ------------------------------------------------------------------ tf-057
def tf057():
    stem = 'tf-057'
    txt = """
**********************************************************************
*  LABORATORIUM MEDISCHE MICROBIOLOGIE EEMLAND                         *
*  Utrechtseweg 160, 3818 ES Amersfoort  -  tel 033-850 61 00          *
**********************************************************************
UITSLAG                                               Status: DEFINITIEF

Aanvrager : Huisartsenpraktijk Leusderkwartier, dr. E. Mol (01-077310)
Patient   : RADEMAKER, C.J.      V      geb. 16-11-1968
            Meidoornstraat 14, 3811 PK Amersfoort
Labnummer : 2611-17-0442
Afname    : 17-11-2026 08:50
Ontvangst : 17-11-2026 12:15
Rapport   : 20-11-2026 09:05

Klinische gegevens:
  MRSA-screening ivm opname + operatie pols in ziekenhuis Spanje
  (Malaga) juli 2026. Second opinion handchirurgie gepland.

----------------------------------------------------------------------
ONDERZOEK                 MATERIAAL        UITSLAG
----------------------------------------------------------------------
MRSA PCR (mecA/nuc)       neus+keel+per.   negatief
MRSA kweek (ophoping)     neus             geen MRSA gekweekt
MRSA kweek (ophoping)     keel             geen MRSA gekweekt
MRSA kweek (ophoping)     perineum         geen MRSA gekweekt
----------------------------------------------------------------------
CONCLUSIE: MRSA niet aangetoond.

Opm.: Screening conform WIP-richtlijn (categorie 2). Uitslag geldig
voor opname/ingreep volgens lokaal protocol van het ontvangende
ziekenhuis.

Geautoriseerd: dr. H.T. Siersema, arts-microbioloog, 20-11-2026
**********************************************************************
"""
    write_txt(stem, txt)
    label(stem, kinds=['mrsa-screening'], date='2026-11-20', also_dates=['2026-11-17'], author='lab', language='nl',
          style='microbiology lab result as plain-text printout with asterisk frame',
          imaging_done='unmentioned', operated='yes', treated_abroad='yes',
          notes='MRSA screening result; clinical data state admission and wrist operation in Spain. Birth date 16-11 near '
                'the sampling date 17-11.')


# ------------------------------------------------------------------ tf-058
def tf058():
    stem = 'tf-058'
    txt = """
RIVERSIDE MEDICAL PRACTICE                          PATIENT SUMMARY PRINTOUT
12 Quay Street, Severnside SV1 2AB                  Printed: 27-Oct-2026 09:40
Tel 01632 960 455                                   By: Dr L. Ahmed
------------------------------------------------------------------------------
Name:   Mr Erik DE VRIES           DOB: 21-Aug-1976     Sex: Male
NHS No: 999 518 6602               Usual GP: Dr L. Ahmed
Address: Flat 3, 17 Kingfisher Court, Severnside SV2 4JD
------------------------------------------------------------------------------
ACTIVE PROBLEMS
  12-Mar-2026   Carpal tunnel syndrome - right (recurrent)
  03-May-2017   Essential hypertension
  1998          Asthma

SIGNIFICANT PAST PROBLEMS
  14-Jun-2019   Carpal tunnel decompression - right (Severnside Univ. Hosp.)
  22-Sep-2026   Revision carpal tunnel decompression - right, Thornleigh
                Day Surgery (Ms Whitfield) - CANCELLED by patient, see below
  2004          Fracture of left clavicle (conservative)

MEDICATION (current repeats)
  Ramipril 5mg capsules          one daily             last issued 02-Oct-2026
  Salbutamol 100mcg inhaler      2 puffs prn           last issued 11-Jun-2026
  Paracetamol 500mg tablets      2 four times daily prn

ALLERGIES
  No known drug allergies

CONSULTATIONS (last 12 months)
  12-Mar-2026  Dr L Ahmed
    History: numbness R thumb/index/middle returning, 7 yrs after CTD.
             Night waking. Using splint.
    Examination: Phalen +ve R, Tinel +ve over scar. Thenar bulk OK.
    Plan: NCS requested; refer hand surgery.
  29-Apr-2026  Letter from Neurophysiology
    NCS: moderate R median neuropathy at wrist, worse than 2019 study.
  04-Aug-2026  Letter from Plastic Surgery (Ms C Whitfield)
    Recurrent/persistent CTS R. US wrist 04/08: median nerve tethered in
    scar, CSA 15mm2. Listed for revision CTD +/- hypothenar fat pad flap.
  10-Sep-2026  Pathology: MRSA screen (pre-op) - not isolated.
  16-Sep-2026  Telephone - patient
    Relocating to Amersfoort (NL) end of October with employer. Wishes to
    cancel op on 22/09 and have second opinion / surgery in NL. Admissions
    informed by patient. Advised to take summary and letters.
  27-Oct-2026  Admin
    Summary printed for patient for new GP/hand clinic in the Netherlands.
------------------------------------------------------------------------------
                          *** END OF SUMMARY ***
"""
    write_txt(stem, txt)
    label(stem, kinds=['history'], date='2026-10-27', author='gp', language='en',
          style='UK GP system (EMIS/SystmOne-like) patient summary printout, DD-Mon-YYYY dates',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='English GP summary: earlier carpal tunnel decompression 2019 in a UK hospital (operated yes, abroad yes); '
                'the 2026 revision was planned and CANCELLED. Mentions MRSA screen result (not the lab report). '
                'Same invented patient as tf-023/tf-040.')


# ------------------------------------------------------------------ tf-059
def tf059():
    stem = 'tf-059'
    txt = """
UNIVERSITY HOSPITAL CLONMORE - DEPARTMENT OF RADIOLOGY
NIMIS Report                                            Page 1 of 1

Patient Name : KOSTER, Niels                 MRN   : UHC-2611977
DOB          : 14/03/1997                    Sex   : M
Referrer     : Dr Orla Nic Aodha, ED         Loc.  : Emergency Dept
Exam         : XR WRIST LEFT AND SCAPHOID SERIES
Exam Date    : 03/08/2026 17:22              Accession: RCLX26080311
Report Date  : 04/08/2026 08:47

Clinical Details:
Fall off wall while hiking Cliffs, FOOSH L hand. ASB tenderness. Dutch
tourist. ?scaphoid #

Report:
Four views of the left wrist and dedicated scaphoid views.
There is a subtle lucent line through the waist of the scaphoid seen on
the ulnar-deviated PA view only, without displacement. No other fracture.
Carpal alignment is maintained. Scapholunate interval normal. No joint
effusion. Soft tissue swelling over the radial aspect of the wrist.

Conclusion:
Probable undisplaced fracture of the waist of the left scaphoid.
Suggest immobilisation and repeat radiographs or MRI in 10-14 days, or
follow-up in fracture clinic. Findings communicated to ED via NIMIS alert.

Reported by: Dr Fionnuala Keane, Consultant Radiologist
Verified:    04/08/2026 08:47
"""
    write_txt(stem, txt)
    label(stem, kinds=['imaging-report'], date='2026-08-04', also_dates=['2026-08-03'], author='radiologist', language='en',
          style='Irish hospital RIS (NIMIS-like) plain-text radiology report, DD/MM/YYYY',
          imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='Dutch tourist X-rayed via an Irish ED; report written by the foreign hospital. Repeat X-ray/MRI only suggested.')


# ------------------------------------------------------------------ tf-060
def tf060():
    stem = 'tf-060'
    txt = """
Von: Katharina Wolters <k.wolters@mailbox.example>
Gesendet: Sonntag, 15. November 2026 19:33
An: secondopinion@vijverhof-hand.nl
Betreff: Zweitmeinung linke Hand - Anfrage

Sehr geehrte Damen und Herren,

entschuldigen Sie, dass ich auf Deutsch schreibe. Ich bin Deutsche, wohne aber
seit 2019 in Arnhem und bin bei einem niederländischen Hausarzt (Huisarts
Dr. Verbeek, Arnhem-Zuid) in Behandlung.

Seit ungefähr einem Jahr habe ich Schmerzen und eine Schwellung am Mittelgelenk
des linken Zeigefingers. Im Rijnoever Ziekenhuis wurde im Juli ein Röntgenbild
gemacht; der Rheumatologe sagt, es sei Arthrose (Bouchard) und keine Rheuma.
Der Handchirurg dort hat mir eine Versteifung des Gelenks vorgeschlagen. Das
möchte ich eigentlich nicht, weil ich Physiotherapeutin bin und meine Finger
brauche. Ich würde gern wissen, ob es auch eine Gelenkprothese gibt.

Ich wurde noch nie an der Hand operiert. Im Februar war ich im Skiurlaub in
Österreich, dort war ich aber bei keinem Arzt.

Mein Hausarzt schickt die Überweisung. Welche Unterlagen brauchen Sie sonst noch?

Mit freundlichen Grüßen
Katharina Wolters
geb. 03.12.1984
Tel. 06-12 57 88 01
"""
    write_txt(stem, txt)
    label(stem, kinds=[], date='2026-11-15', author='patient', language='de',
          style="patient's e-mail in German (German mail-client headers) to the second-opinion desk",
          imaging_done='yes', operated='no', treated_abroad='no',
          notes='German-speaking patient living in NL. "noch nie an der Hand operiert"; ski holiday in Austria without any doctor. '
                'Arthrodesis only proposed. Not a referral.')


# ------------------------------------------------------------------ tf-061
def tf061():
    stem = 'tf-061'
    txt = """
BERGSPITAL LENZERHEIDE | Radiologie
Voa Principala 44, CH-7078 Lenzerheide | Tel +41 81 385 21 60
======================================================================
Befundbericht                                   KIS-Export 06.02.2026
----------------------------------------------------------------------
Patient:        Schouten, Bram  (m)   *29.12.1971
PID:            8813027        Fall: 2026-00412 (stationär, Chirurgie)
Zuweiser:       Notfallstation, Dr. L. Brunold
Untersuchung:   CT Handgelenk rechts nativ
Untersuchungsdatum: 02.02.2026 11:05
Befunddatum:        02.02.2026 12:31
----------------------------------------------------------------------
Fragestellung:
Skisturz 01.02., konventionell V.a. Skaphoidfraktur re. Dislokation?
Weitere Frakturen?

Befund:
Dünnschicht-CT mit Rekonstruktionen entlang der Skaphoidlängsachse.
Frakturlinie durch die Taille des Os scaphoideum, ohne Dislokation,
ohne Stufenbildung, keine Trümmerzone. Dorsale Kortikalis intakt.
Übrige Handwurzelknochen, distaler Radius und Ulna frakturfrei.
Regelrechte Artikulation. Kein Erguss. Keine Fremdkörper.

Beurteilung:
Undislozierte Skaphoidtaillenfraktur rechts (Herbert B2). Keine
weiteren Frakturen.

Dr. med. Gian-Reto Casutt, Facharzt Radiologie FMH
elektronisch visiert 02.02.2026 12:31
======================================================================
"""
    write_txt(stem, txt)
    label(stem, kinds=['imaging-report'], date='2026-02-02', author='radiologist', language='de',
          style='Swiss hospital KIS export of a CT Befundbericht (plain text, *birth date, "visiert")',
          imaging_done='yes', operated='unmentioned', treated_abroad='yes',
          notes='CT report from a Swiss hospital during an inpatient stay (Fall: stationär). Export date 06.02 differs from '
                'exam/report date 02.02. Same invented patient as tf-010.')


# ------------------------------------------------------------------ tf-062
def tf062():
    stem = 'tf-062'
    txt = """
MVZ Labor Dr. Kessler & Partner                         LABORBEFUND
Dingdener Str. 120 - 46395 Bocholt - Tel. 02871 2390-0
-------------------------------------------------------------------
Einsender: Praxis Dr. med. J. Hüsing, Allgemeinmedizin, Isselburg
Patient  : Leussink, Gerda          geb. 11.10.1962   w
Auftrag  : 26-1019-4471            Eingang : 19.10.2026 10:40
Befund   : 19.10.2026 15:12        Status  : Endbefund
-------------------------------------------------------------------
Untersuchung            Ergebnis   Einheit    Referenzbereich
-------------------------------------------------------------------
KLEINES BLUTBILD
Leukozyten                 7,8      /nl         3,9 - 10,2
Erythrozyten               4,31     /pl         3,9 - 5,2
Hämoglobin                12,9      g/dl       12,0 - 15,4
Hämatokrit                38,4      %          35,5 - 45,5
MCV                       89        fl         80 - 99
MCH                       29,9      pg         27 - 33,5
Thrombozyten             312        /nl        150 - 370

ENTZÜNDUNG
CRP                        4,1  +   mg/l        < 5,0
BSG n. 1 h                24    +   mm         < 20

RHEUMA-DIAGNOSTIK
Rheumafaktor (IgM)         < 10      IU/ml      < 14
Anti-CCP-AK                 0,8      U/ml       < 7,0
Harnsäure                  5,2      mg/dl      2,4 - 5,7

KLINISCHE CHEMIE
Kreatinin                  0,81     mg/dl      0,51 - 0,95
eGFR (CKD-EPI)            79        ml/min/1,73m2  > 60
-------------------------------------------------------------------
Kommentar: Kein Anhalt für seropositive rheumatoide Arthritis.
Leicht erhöhte BSG, unspezifisch.
Befund freigegeben: Dr. rer. nat. S. Kessler, Fachärztin f. Laboratoriumsmedizin
"""
    write_txt(stem, txt, encoding='utf-8')
    label(stem, kinds=[], date='2026-10-19', author='lab', language='de',
          style='German outpatient lab report (Blutbild, CRP, Rheuma serology) as plain text table',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
          notes='Other lab result (blood count, rheumatology), not MRSA. German GP/lab for a patient living in Germany; no '
                'hospital care mentioned.')


# ------------------------------------------------------------------ tf-063
def tf063():
    stem = 'tf-063'
    txt = """
Van:      noreply-afspraken@hunzedal.nl
Datum:    wo 25 nov. 2026 14:03
Aan:      a.hofstede83@mailbox.example
Onderwerp: Bevestiging afspraak Radiologie - MRI

Beste mevrouw Hofstede-Wiersma,

U heeft een afspraak bij Ziekenhuis Hunzedal.

  Afdeling : Radiologie - MRI (route 0.40, begane grond)
  Datum    : donderdag 10 december 2026
  Tijd     : 19:20 uur (meld u 15 minuten van tevoren)
  Onderzoek: MRI pols links met contrast
  Aangevraagd door: Orthopedie, dr. K. Mulder

Voorbereiding
- Vul de MRI-veiligheidsvragenlijst in via het patiëntenportaal MijnHunzedal.
- Heeft u een pacemaker, neurostimulator of metalen splinters in het oog?
  Neem dan vóór de afspraak contact met ons op.
- Draag geen make-up en laat sieraden thuis.
- Het onderzoek duurt ongeveer 30 minuten.

De uitslag krijgt u van uw behandelend arts. U kunt de uitslag na 7 dagen ook
zien in MijnHunzedal.

Kunt u niet komen? Wijzig of annuleer uw afspraak uiterlijk 24 uur van
tevoren via MijnHunzedal of bel 050-524 66 40.

Met vriendelijke groet,
Afsprakenbureau Ziekenhuis Hunzedal

Dit is een automatisch verstuurd bericht. U kunt hier niet op antwoorden.
"""
    write_txt(stem, txt)
    label(stem, kinds=[], date='2026-11-25', author='other', language='nl',
          style='hospital automatic appointment-confirmation e-mail',
          imaging_done='unmentioned', operated='unmentioned', treated_abroad='unmentioned',
          notes='Planned MRI (future date 10-12-2026): imaging is not done yet. Same invented patient as tf-041/042.')


# ------------------------------------------------------------------ tf-064
def tf064():
    stem = 'tf-064'
    txt = """
AZ SINT-REMIGIUS - campus Oostende                         KWS - afdruk document
Dienst Orthopedie en Traumatologie                          Afgedrukt 25/08/2026
--------------------------------------------------------------------------------
OPERATIEVERSLAG
--------------------------------------------------------------------------------
Patiënt        : VAN DAM Jeroen             ° 08/05/1988     M
Patiëntnr      : 9091552                     Opnamenr: 26-082141
Adres          : Zeevaartstraat 9, 4381 RK Vlissingen (Nederland)
Datum ingreep  : 22/08/2026
Chirurg        : Dr. Pieter-Jan Vanhoutte
Assistent      : Dr. Hanne Desmet (ASO)
Anesthesist    : Dr. K. Demuynck - loco-regionaal (infraclaviculair blok)

Diagnose       : Bennett-fractuur (intra-articulaire fractuur basis MC I) rechts,
                 val met kitesurf op het strand van Oostende 21/08/2026.
Ingreep        : Gesloten reductie en percutane K-draadfixatie (Wagner-techniek)
                 fractuur basis metacarpale I rechts.

Verloop:
Rugligging, arm op handtafel, garrot 250 mmHg. Onder doorlichting tractie,
abductie en pronatie van de duim: goede reductie van de schachtfragment t.o.v.
het volair-ulnair Bennett-fragment. Twee K-draden 1,4 mm percutaan: één van
MC I naar trapezium, één van MC I naar MC II. Controle RX in AP en Robert-
opname: congruent gewrichtsvlak, stapje < 1 mm. Draden omgebogen en
afgeknipt boven de huid. Steriel verband. Duimgips (spica) onderarm.
Garrottijd 24 min. Geen complicaties.

Postoperatief:
- gips en K-draden 5 à 6 weken, verwijderen van draden op raadpleging
  (of bij de behandelend arts in Nederland)
- RX-controle na 1 week
- pinverzorging: dagelijks ontsmetten, bij roodheid of koorts huisarts
- ontslag morgen voorzien (23/08)

Dr. P-J. Vanhoutte - gevalideerd 22/08/2026 18:40
--------------------------------------------------------------------------------
Pagina 1/1
"""
    write_txt(stem, txt, encoding='utf-8')
    label(stem, kinds=['operation-report'], date='2026-08-22', author='specialist', language='nl',
          style='Belgian hospital EPD (KWS) plain-text print of an operatieverslag (Flemish, ° birth date)',
          imaging_done='yes', operated='yes', treated_abroad='yes',
          notes='Dutch patient (Vlissingen) operated in a Belgian hospital during a stay; print date 25/08 differs from op '
                'date 22/08. Intra-operative fluoroscopy/RX counted as imaging.')


if __name__ == '__main__':
    for f in (tf053, tf054, tf055, tf056, tf057, tf058, tf059, tf060, tf061, tf062, tf063, tf064):
        f()
    print('txt done')
