"""gp-057 .. gp-062: MRSA screening results from (fictive) GP laboratories;
gp-063 .. gp-065: GP letters that only mention an MRSA result."""
import sys

from gp_common import build

DOCS = []


def doc(stem, render, text, label, **opts):
    DOCS.append({'stem': stem, 'render': render, 'text': text, 'label': label, 'opts': opts})


doc('gp-057-mrsa-kennemerland-negatief', 'canvas', """
LH: MicroLab Kennemerland | Medische Microbiologie
LH: Boerhaavelaan 22, 2035 RC Haarlem | T 023-5459900 | www.microlab-kennemerland.example

# UITSLAG MICROBIOLOGIE
K: Aanvrager | R. de Graaf, huisarts - Huisartsenpraktijk Schalkwijk (AGB 01-012997)
K: Kopie aan | -
K: Patiënt | mevr. C. Hazelhoff
K: Geboortedatum | 08-12-1955
K: BSN | 163 220 894
K: Labnummer | MK-26-118830
K: Afnamedatum | 09-11-2026
K: Ontvangstdatum | 10-11-2026
K: Datum rapport | 13-11-2026 (eindrapport)
K: Klinische gegevens | MRSA-screening i.v.m. opname ziekenhuis buitenland (Spanje, 10-2026); verwijzing handchirurgie

## Onderzoek: MRSA-screening (kweek + PCR)
T: Materiaal | Bepaling | Methode | Uitslag
T: Neus (beide neusvestibula) | MRSA | kweek + PCR | MRSA niet aangetoond
T: Keel | MRSA | kweek | MRSA niet aangetoond
T: Perineum | MRSA | kweek | MRSA niet aangetoond

K: Conclusie | Geen MRSA-dragerschap aangetoond in de ingezonden materialen.
K: Gevalideerd door | dr. J. Vlasblom, arts-microbioloog
""", {'kinds': ['mrsa-screening'], 'date': '2026-11-13', 'also_dates': ['2026-11-09'], 'author': 'lab',
      'style': 'GP microbiology lab MRSA result, canvas table', 'treated_abroad': 'yes',
      'notes': 'table layout with separate runs; clinical data mention hospital admission in Spain; three dates (sample, received, report)'},
    header='MicroLab Kennemerland - Hazelhoff, C. - 08-12-1955 - MK-26-118830', pagenum='Pagina {p} van {n}')

doc('gp-058-mrsa-his-import', 'txt', """
LABUITSLAG (elektronisch ontvangen)                      Huisartsenpraktijk Leidsche Rijn
Ontvangen in HIS : 17-10-2026 06:02
Afzender         : Huisartsenlab Midden (HLM), afd. Medische Microbiologie, Utrecht
Patiënt          : Dijkman, H.   geb. 07-07-1971   M
Aanvrager        : M. Koster, huisarts
Aanvraagnummer   : HLM2610-44129

Onderzoek        : MRSA screening
Afnamedatum      : 14-10-2026
Materiaal        : neus / keel / perineum (gepoold)
Methode          : PCR (mecA/mecC + SA-specifiek), bij positief kweek

Uitslag          : MRSA niet aangetoond
Status           : definitief, 17-10-2026
Geautoriseerd    : dr. F. Ruiters, arts-microbioloog

Toelichting      : Een negatieve screening sluit dragerschap niet volledig uit.
""", {'kinds': ['mrsa-screening'], 'date': '2026-10-17', 'also_dates': ['2026-10-14'], 'author': 'lab',
      'style': 'lab result as imported into HIS, plain text',
      'notes': 'pooled material; no clinical data so abroad unmentioned; received-in-HIS timestamp at top'},
    wrap=False)

doc('gp-059-mrsa-positief-tanger', 'platypus', """
LH: Stichting Diagnostisch Centrum Delta Zuid | Laboratorium voor Medische Microbiologie
LH: Postbus 4412, 4330 EA Middelburg | 0118-611000

# Eindrapport bacteriologisch onderzoek

K: Aanvrager | dr. L. de Kam, huisarts, Huisartsenpraktijk Dauwendaele, Middelburg
K: Patiënt | dhr. M. Benali
K: Geboortedatum | 21-07-1964
K: Ons nummer | DZ-26-330019
K: Afnamedatum | 16-10-2026
K: Ontvangen | 16-10-2026
K: Rapportdatum | 21-10-2026
K: Klinische informatie | Opgenomen geweest in ziekenhuis in Tanger (Marokko) 09-2026; pre-operatieve screening handchirurgie

## Uitslagen
T: Materiaal | Onderzoek | Resultaat
T: Neus | MRSA-screening kweek | Staphylococcus aureus, meticilline-resistent (MRSA) AANGETOOND
T: Keel | MRSA-screening kweek | MRSA niet aangetoond
T: Perineum | MRSA-screening kweek | MRSA niet aangetoond

## Gevoeligheidsbepaling (isolaat neus)
T: Antibioticum | MIC (mg/L) | Interpretatie
T: Oxacilline | > 2 | R
T: Clindamycine | 0,25 | S
T: Co-trimoxazol | <= 10 | S
T: Doxycycline | 0,5 | S
T: Mupirocine | <= 1 | S
T: Vancomycine | 1 | S

K: Commentaar | MRSA-dragerschap. Melding aan de GGD is niet nodig. Eradicatiebehandeling volgens NHG-standaard overwegen; overleg met arts-microbioloog mogelijk (tel. 0118-611030). Informeer het ziekenhuis vóór opname.
K: Geautoriseerd | 21-10-2026, drs. A. Kortekaas, arts-microbioloog
""", {'kinds': ['mrsa-screening'], 'date': '2026-10-21', 'also_dates': ['2026-10-16'], 'author': 'lab',
      'style': 'microbiology end report, platypus grid tables', 'treated_abroad': 'yes',
      'notes': 'POSITIVE MRSA result; admission in Tangier mentioned in clinical info; surgery only planned (pre-operative screening)'},
    kv_w=38, size=9.5, pagenum='{p}/{n}')

doc('gp-060-mrsa-chlu-garmisch', 'html', """
# Centraal Huisartsenlaboratorium Utrecht

Medische Microbiologie - Vaartsche Rijn 90, 3523 AR Utrecht - 030-2090900

K: Uitslag van | MRSA screening
K: Patiënt | Lagerwey, P. (M)
K: Geboren | 30-10-1958
K: Aanvragend arts | M. Koster, huisarts Leidsche Rijn
K: Reden aanvraag | Status na opname Klinikum Garmisch-Partenkirchen (DE), 01-2026
K: Afname | 05-03-2026
K: Uitslagdatum | 09-03-2026

T: Materiaal | Uitslag | Opmerking
T: neus | MRSA niet aangetoond | kweek 48 uur
T: keel | MRSA niet aangetoond | kweek 48 uur
T: perineum | MRSA niet aangetoond | kweek 48 uur
T: wond (litteken pols re) | niet ingestuurd | wond gesloten

Eindconclusie: negatieve MRSA-screening.

Dit rapport is elektronisch geautoriseerd door A. Hoogendoorn, arts-microbioloog, op 09-03-2026.
""", {'kinds': ['mrsa-screening'], 'date': '2026-03-09', 'also_dates': ['2026-03-05'], 'author': 'lab',
      'style': 'MRSA result via LibreOffice (HTML tables)', 'treated_abroad': 'yes', 'operated': 'unmentioned',
      'notes': 'MRSA result older than 60 days; German hospital named in reason; wound line mentions a scar but no operation stated'},
    font='Arial', size=10, kv_grid=False)

doc('gp-061-mrsa-twente-turkije', 'txt', """
Artsenlab Twente-Oost - Medische Microbiologie
Hengelosestraat 212, 7521 AK Enschede

Kweekuitslag
============

Aanvrager:            A.C. Willems, huisarts (Huisartsenpraktijk Kruiskamp, Amersfoort)
Patiënt:              Z. Aydin, vrouw
Geboortedatum:        17-02-1969
Afgenomen:            07-08-2026
Binnengekomen lab:    08-08-2026
Eindrapport:          12-08-2026
Labnummer:            ATO 26 08 07511
Klinische gegevens:   opname Anadolu Hastanesi, Alanya (Turkije) 07-2026, ORIF radius li

Materiaal        Bepaling               Uitslag
--------------   --------------------   ---------------------------
Neus             MRSA-screening         MRSA niet aangetoond
Keel             MRSA-screening         MRSA niet aangetoond
Perineum         MRSA-screening         MRSA niet aangetoond

Geautoriseerd door: dr. E. ter Braak, arts-microbioloog
""", {'kinds': ['mrsa-screening'], 'date': '2026-08-12', 'also_dates': ['2026-08-07'], 'author': 'lab',
      'style': 'MRSA culture result plain text', 'treated_abroad': 'yes', 'operated': 'yes',
      'notes': 'lab result whose clinical data state admission and ORIF in Turkey; older than 60 days on 2026-12-03'},
    wrap=False)

doc('gp-062-mrsa-2025-neus-keel', 'canvas', """
LH: Laboratorium Medische Microbiologie Brabant-Oost | locatie Helmond
LH: Wesselmanlaan 25, 5707 HA Helmond | 0492-595999

K: Onderzoek | MRSA-screening
K: Aanvrager | drs. H.W. Rutten, huisarts, Praktijk Berkenhof Eindhoven
K: Patiënt | Kuipers-Bos, G.H. (V)
K: Geb.datum | 11-12-1956
K: Afnamedatum | 15.04.2025
K: Ontvangstdatum | 16.04.2025
K: Uitslagdatum | 22.04.2025

T: Materiaal | Bepaling | Uitslag
T: neus | MRSA kweek | MRSA niet aangetoond
T: keel | MRSA kweek | MRSA niet aangetoond
T: perineum | - | materiaal niet ontvangen

K: Opmerking | Screening onvolledig: perineum niet ingestuurd. Zo nodig nieuw materiaal insturen.
K: Gevalideerd | M. van Gool, arts-microbioloog
""", {'kinds': ['mrsa-screening'], 'date': '2025-04-22', 'also_dates': ['2025-04-15'], 'author': 'lab',
      'style': 'MRSA result without title, canvas form with table',
      'notes': 'no title line; dotted dates; older result (2025); perineum not received (incomplete screening)'},
    pagenum=None, header='LMMBO Helmond - uitslag', kv_x=50)

# ---------------------------------------------------------------- letters that only mention MRSA
doc('gp-063-brief-marbella-mrsa-negatief', 'docx', """
LH: Huisartsenpraktijk Schalkwijk | Floris van Adrichemlaan 30, 2035 VD Haarlem
LH: R. de Graaf, huisarts | 023-5340123 | AGB 01-012997

Handcentrum Rijnland
T.a.v. second-opinionspreekuur handchirurgie
Leiden

Haarlem, 26 november 2026

Betreft: mevrouw C. Hazelhoff, geb. 08-12-1955

Geachte collega,

Graag verwijs ik mevrouw Hazelhoff, 70 jaar, naar u voor een second opinion over haar rechterhand.

Zij viel op 4 oktober 2026 tijdens een verblijf in Marbella en werd opgenomen in het Hospital Quirónsalud Marbella (4 dagen) met een fractuur van het os metacarpale II en III rechts. Daar werd conservatief behandeld met een gipsspalk; zij is niet geopereerd. Op de controlefoto's in het Spaarne Gasthuis (03-11-2026) is sprake van rotatiefout en verkorting van MC III. De traumachirurg adviseert nu een correctie-osteotomie; patiënte twijfelt gezien haar leeftijd en osteoporose.

Vraag: is een operatieve correctie zinvol, of is een afwachtend beleid verantwoord?

De MRSA-kweek van 9 november 2026 (neus, keel, perineum) was negatief; de uitslag van MicroLab Kennemerland is bijgevoegd.

Medicatie: alendroninezuur 70 mg 1x/wk, calcium/vit D, levothyroxine 50 mcg.

Met vriendelijke groet,

R. de Graaf
huisarts
""", {'kinds': ['referral'], 'date': '2026-11-26', 'author': 'gp', 'style': 'free GP letter in Word mentioning an MRSA result',
      'referral_question': True, 'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'mentions negative MRSA culture and encloses it - the letter is not an MRSA result; admitted in Marbella; osteotomy only advised'},
    font='Calibri', size=11)

doc('gp-064-en-cover-letter-mrsa-dubai', 'platypus', """
LH: The Hague International Medical Practice | Johan de Wittlaan 12, 2517 JR Den Haag
LH: Dr Thomas Whitaker, GP | +31 70 3560 788 | AGB 01-065990

To: HandPols Kliniek Amsterdam - intake / second opinion
Date: 25/11/2026

Patient: Mr Rahul Mehta, DOB 02/09/1980

Dear colleagues,

Further to my referral of 4 November and your request for additional documents, please find enclosed the MRSA screening result (nose, throat and perineum, taken 18/11/2026), which was negative.

As mentioned in my referral, Mr Mehta was admitted to Rashid Hospital in Dubai in September 2026 after a fall, and underwent fixation of a fractured fifth metacarpal of the right hand there. The discharge summary from Dubai was already included with the referral.

Please do not hesitate to contact me if you need anything else.

With kind regards,

Dr Thomas Whitaker
General Practitioner
""", {'kinds': [], 'date': '2026-11-25', 'language': 'en', 'author': 'gp',
      'style': 'expat GP cover letter in English, platypus',
      'imaging_done': 'unmentioned', 'operated': 'yes', 'treated_abroad': 'yes',
      'notes': 'cover letter that only mentions the enclosed MRSA result and an earlier referral; not itself a referral nor a lab result; DD/MM dates'},
    pagenum=None)

doc('gp-065-brief-mrsa-niet-nodig', 'txt', """
Huisartsenpraktijk Duinzicht
drs. F. Zwart, huisarts
Dorpsstraat 45, 1901 EK Castricum - tel. 0251-652280

Aan: Handcentrum Rijnland, intake second opinion
Datum: 29-10-2026
Betreft: mevr. J. Kroon, geb. 13-01-1950 - uw verzoek om MRSA-screening

Geachte collega,

U vraagt in uw brief van 22 oktober om een MRSA-screening bij mevrouw Kroon, omdat zij de wintermaanden in Spanje verblijft. Ik heb dit met patiënte nagevraagd: zij is in Spanje nooit in een ziekenhuis opgenomen of behandeld geweest en heeft daar geen arts bezocht. Volgens de richtlijn is een screening dan niet geïndiceerd; ik heb deze daarom niet afgenomen.

Mocht u de screening toch wensen, dan hoor ik dat graag; patiënte kan dan op korte termijn bij ons langskomen voor afname van neus-, keel- en perineumkweken.

Met vriendelijke groet,

F. Zwart, huisarts
""", {'kinds': [], 'date': '2026-10-29', 'author': 'gp', 'style': 'GP reply letter plain text about MRSA screening',
      'imaging_done': 'unmentioned', 'operated': 'unmentioned', 'treated_abroad': 'no',
      'notes': 'talks about MRSA screening that was NOT done; stays in Spain without hospital care; not a referral'},
    wrap=True, width=90)

if __name__ == '__main__':
    build(DOCS, set(sys.argv[1:]) or None)
