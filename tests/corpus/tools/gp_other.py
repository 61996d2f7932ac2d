"""gp-047 .. gp-056: documents on the GP side that are none of the checklist kinds
(patient letters, pharmacy overviews, GP lab results, physiotherapy / hand therapy, appointment letter)."""
import sys

from gp_common import build

DOCS = []


def doc(stem, render, text, label, **opts):
    DOCS.append({'stem': stem, 'render': render, 'text': text, 'label': label, 'opts': opts})


doc('gp-047-patientbrief-second-opinion', 'docx', """
Ilse Brandsma
Loolaan 212
7314 AJ Apeldoorn
06-28391177
ilse.brandsma@example.nl

Aan: Handcentrum Rijnland
Afdeling second opinion
Rijnsburgerweg 40
2333 AB Leiden

Apeldoorn, 28 oktober 2026

Betreft: verzoek om een second opinion (geboortedatum 11-07-1984)

Geachte heer, mevrouw,

Hierbij wil ik u vragen om een second opinion over mijn rechterpols.

In september 2025 ben ik bij het hardlopen gevallen. Pas na vier maanden werd op een MRI gezien dat het kahnbeen (scaphoid) gebroken was en niet was vastgegroeid. Op 17 maart 2026 ben ik in het Gelre ziekenhuis in Apeldoorn geopereerd: er is een schroef geplaatst met bot uit mijn heup. Volgens de chirurg is het bot nu vastgegroeid, maar ik heb nog steeds veel pijn en kan mijn pols nauwelijks buigen. Ik ben verpleegkundige en kan mijn werk niet doen.

De chirurg zegt dat ik geduld moet hebben. Ik zou graag van een gespecialiseerde handchirurg horen of er iets anders aan de hand is. Mijn huisarts, dokter Hulshof, heeft toegezegd de verwijzing te sturen. De verslagen van de operatie en de MRI heb ik bij het ziekenhuis opgevraagd; ik stuur ze na zodra ik ze heb.

Ik hoop dat u mij kunt helpen. Alvast hartelijk dank.

Met vriendelijke groet,

Ilse Brandsma
""", {'kinds': [], 'date': '2026-10-28', 'author': 'patient', 'style': "patient's own letter in Word",
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'well-written patient letter with "second opinion" and "verwijzing" - not a referral; reports MRI and operation'},
    font='Calibri', size=11, pagefield=False)

doc('gp-048-patientmail-benidorm', 'txt', """
Van: Gerard Mol <g.mol1958@example.nl>
Verzonden: dinsdag 17 november 2026 21:48
Aan: secretariaat@handpolskliniek-amsterdam.example
Onderwerp: vraag second opinion pols

Goedenavond,

Mijn huisarts zei dat ik zelf contact met u moest opnemen. Ik ben Gerard Mol, geboren 3 mei 1958.

In juli ben ik in Spanje (Benidorm) van een terras gevallen en heb ik mijn linkerpols gebroken. Ik heb twee dagen in het ziekenhuis gelegen (Hospital Clínica Benidorm), daar zijn foto's gemaakt en hebben ze de pols rechtgezet en gegipst. Ze hebben hem niet geopereerd. Thuis in Zaandam is het verder gecontroleerd in het Zaans Medisch Centrum.

Nu na vier maanden staat mijn hand scheef en ik kan niet goed draaien. Ik wil graag een second opinion of er nog iets aan te doen is. Wat heeft u van mij nodig? Mijn huisarts stuurt een verwijzing.

Ik heb nog een map met Spaanse papieren, moet ik die opsturen?

Met vriendelijke groet,
Gerard Mol
Zaandam
06-51200934

Verzonden vanaf mijn iPad
""", {'kinds': [], 'date': '2026-11-17', 'author': 'patient', 'style': 'patient e-mail printed to text',
      'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'patient e-mail asking for second opinion (not a referral); admitted in Benidorm, "niet geopereerd"; birth date written out'},
    wrap=False)

doc('gp-049-apotheek-medicatieoverzicht', 'platypus', """
LH: Apotheek De Vijzel | Gedempte Oude Gracht 66, 2011 GT Haarlem
LH: Apotheker: mr. drs. K. Zandvliet | Tel. 023-5322180 | AGB 06-012044

# MEDICATIEOVERZICHT

K: Datum afdruk | 19-11-2026
K: Naam | mevr. A.C. Verhoeven
K: Geboortedatum | 14-02-1979
K: Adres | Kleverparkweg 88, 2023 CH Haarlem
K: Huisarts | M.J. van Dorp, Haarlem
K: Lengte / gewicht | 171 cm / 68 kg (opgave 2025)

## Actueel medicatiegebruik
T: Startdatum | Geneesmiddel | Gebruiksvoorschrift | Voorschrijver
T: 14-10-2025 | Naproxen tablet 250 mg | zo nodig 1 tablet, max 3x per dag, met voedsel | Van Dorp (huisarts)
T: 14-10-2025 | Omeprazol capsule 20 mg | 1x per dag 1 capsule bij naproxen | Van Dorp (huisarts)
T: 02-03-2023 | Levonorgestrel IUD 52 mg | in situ | Van Dorp (huisarts)
T: 11-06-2026 | Paracetamol tablet 500 mg | zo nodig 2 tabletten, max 6 per dag | zelfzorg

## Gestopt in de afgelopen 12 maanden
T: Periode | Geneesmiddel | Reden
T: 03-2025 - 12-2025 | Sertraline 50 mg | afgebouwd in overleg huisarts

## Overgevoeligheden en contra-indicaties
K: Overgevoeligheden | geen geregistreerd
K: Contra-indicaties | geen geregistreerd

Dit overzicht is samengesteld op basis van de bij Apotheek De Vijzel bekende gegevens. Middelen die elders zijn verstrekt kunnen ontbreken. Controleer het overzicht en meld wijzigingen aan uw apotheek.
""", {'kinds': [], 'date': '2026-11-19', 'author': 'other', 'style': 'pharmacy medication overview, platypus tables',
      'notes': 'pharmacy medication overview; not a history letter despite dates and prescriber names'},
    pagenum='pagina {p} van {n}', size=9)

doc('gp-050-huisartsenlab-bloeduitslagen', 'canvas', """
LH: Huisartsenlaboratorium Amstelland | Klinisch Chemisch Laboratorium
LH: Spoorlaan 4, 1185 JJ Amstelveen | tel. 020-5456700 - www.hla-amstelland.example

# Uitslag laboratoriumonderzoek
K: Aanvrager | dr. S. Whitfield, huisarts, International Family Practice Amstelveen
K: Patiënt | O'Connor, D.
K: Geboortedatum | 11-05-1987
K: Labnummer | 26-441873
K: Afnamedatum | 28-10-2026 08:12
K: Rapportagedatum | 29-10-2026
K: Status | definitief

## Hematologie
T: Bepaling | Uitslag | Eenheid | Referentie
T: Hemoglobine (Hb) | 8,1 | mmol/L | 8,5 - 11,0 (L)
T: Hematocriet | 0,39 | L/L | 0,41 - 0,51
T: MCV | 84 | fL | 80 - 100
T: Leukocyten | 6,4 | 10^9/L | 4,0 - 10,0
T: Trombocyten | 281 | 10^9/L | 150 - 400
T: BSE | 12 | mm/uur | < 15

## Klinische chemie
T: Bepaling | Uitslag | Eenheid | Referentie
T: Glucose nuchter | 5,4 | mmol/L | 4,0 - 6,0
T: HbA1c | 36 | mmol/mol | < 42
T: CRP | 4 | mg/L | < 10
T: Kreatinine | 81 | umol/L | 64 - 104
T: eGFR (CKD-EPI) | > 90 | mL/min/1,73m2 | > 60
T: Ferritine | 18 | ug/L | 30 - 400 (L)
T: TSH | 1,9 | mU/L | 0,4 - 4,0

K: Commentaar | Laag Hb en ferritine: passend bij ijzergebrek. Overweeg oorzaak te zoeken.
K: Gevalideerd door | ing. P. Meulman, klinisch chemicus i.o.
""", {'kinds': [], 'date': '2026-10-29', 'also_dates': ['2026-10-28'], 'author': 'lab',
      'style': 'GP lab blood results, canvas table layout',
      'notes': 'lab result that is not MRSA (Hb, glucose, ferritin); sample and report date'},
    header='Huisartsenlaboratorium Amstelland - labnr 26-441873', pagenum='blad {p}/{n}')

doc('gp-051-fysio-eindverslag-cts', 'docx', """
LH: Fysiotherapie Centrum Zuid | Hengelosestraat 500, 7521 AN Enschede
LH: J. Lammers, fysiotherapeut | 053-4311220 | BIG 19054433104

Aan: dr. B. Nijhuis, huisarts
Huisartsenpraktijk De Esch
Eschweg 12
7534 AA Enschede

Datum: 02-07-2026

Betreft: eindverslag fysiotherapie dhr. G. Hofstede, geb. 12-10-1964

Geachte collega,

Hierbij ontvangt u het eindverslag van de behandeling van bovengenoemde patiënt, die zich op 14-10-2025 bij ons meldde na een carpale tunnel release rechts (MST, 11-09-2025).

Hulpvraag: weer zonder pijn kunnen werken als metaalbewerker en gereedschap vasthouden.
Bevindingen bij start: littekenpijn en verkleving, pillar pain, knijpkracht re 22 kg (li 41 kg), PSK 7/10.
Behandeling: 14 sessies: littekenbehandeling, desensibilisatie, zenuwglijoefeningen, progressieve krachttraining, werkgerichte training.
Resultaat: knijpkracht re 35 kg, littekenpijn gering, PSK 3/10. Patiënt heeft het werk volledig hervat.

Wel meldt hij sinds juni weer af en toe tintelingen 's nachts. Wij adviseren dit te vervolgen.

De behandeling is afgesloten.

Met vriendelijke groet,

J. Lammers
fysiotherapeut, handtherapeut i.o.
""", {'kinds': [], 'date': '2026-07-02', 'author': 'other', 'style': 'physiotherapy final report in Word',
      'imaging_done': 'unmentioned', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'physiotherapy letter addressed "Geachte collega" to GP; reports prior carpal tunnel release'},
    font='Calibri', size=10.5)

doc('gp-052-handtherapie-tussenrapportage', 'platypus', """
LH: Handtherapiepraktijk Handwerk | Burgemeester Roelenweg 7, 8021 EV Zwolle
LH: M. Veldkamp, handtherapeut (CHT-NL) | 038-4551190 | info@handwerk-zwolle.example

# Tussenrapportage handtherapie

K: Datum | 24 september 2026
K: Aan | drs. J.P. Scholten, huisarts; cc dr. L. Haan, plastisch chirurg Isala
K: Cliënt | mevr. S. Oosterhof
K: Geboortedatum | 30-03-1973
K: Diagnose | distale radiusfractuur re, status na ORIF (Isala, 12-07-2026)
K: Aantal behandelingen | 11 (sinds 28-07-2026)

## Beloop
Cliënte is gestart met handtherapie twee weken na de operatie. De controlefoto zes weken postoperatief toonde volgens de chirurg een goede consolidatie, waarna belasting is opgebouwd. Oedeem is afgenomen. Er is nog een duidelijke beperking in de supinatie en de dorsale flexie.

## Metingen
T: Meting | 28-07-2026 | 24-09-2026
T: Extensie pols re | 15 gr | 45 gr
T: Flexie pols re | 20 gr | 50 gr
T: Supinatie re | 30 gr | 55 gr
T: Knijpkracht re (Jamar) | 6 kg | 14 kg
T: PRWE | 78 | 49

## Advies
Voortzetting handtherapie 1x per week gedurende 6 weken, thuisoefenprogramma, dynamische supinatiespalk 's avonds. Bij stagnatie overleg met de behandelend chirurg.

M. Veldkamp
handtherapeut
""", {'kinds': [], 'date': '2026-09-24', 'author': 'other', 'style': 'hand therapy progress report, platypus',
      'imaging_done': 'yes', 'operated': 'yes', 'treated_abroad': 'unmentioned',
      'notes': 'hand-therapy letter (not correspondence from a specialist) reporting ORIF and control X-ray'},
    pagenum=None)

doc('gp-053-afspraakbrief-mri', 'canvas', """
LH: Ziekenhuis Gelderse Vallei | Willy Brandtlaan 10, 6716 RP Ede
LH: Afdeling Radiologie - Afsprakenbureau | 0318-434343

Mevrouw M. Schouten
Kerkstraat 30a
6721 VB Bennekom

>R Ede, 26-11-2026

K: Patiëntnummer | 4471902
K: Geboortedatum | 04-04-1975
K: Onderwerp | Uw afspraak

Geachte mevrouw Schouten,

Uw behandelend arts heeft een onderzoek voor u aangevraagd. Hierbij bevestigen wij uw afspraak.

K: Onderzoek | MRI pols rechts
K: Datum | dinsdag 15 december 2026
K: Tijd | 14:40 uur (meld u 15 minuten van tevoren)
K: Locatie | Radiologie, route 42, begane grond

Wilt u vooraf de vragenlijst over metalen in het lichaam invullen? Sieraden, piercings en uw horloge kunt u beter thuis laten. Het onderzoek duurt ongeveer 30 minuten. De uitslag krijgt u van uw aanvragend arts.

Kunt u niet komen, bel dan uiterlijk twee werkdagen van tevoren. Bij niet afmelden kunnen kosten in rekening worden gebracht.

Met vriendelijke groet,

Afsprakenbureau Radiologie
""", {'kinds': [], 'date': '2026-11-26', 'author': 'other', 'style': 'hospital appointment letter to patient, canvas',
      'imaging_done': 'unmentioned', 'operated': 'unmentioned', 'treated_abroad': 'unmentioned',
      'notes': 'appointment for MRI in the future (not done); radiology letterhead but not a report; several dates'},
    pagenum=None, kv_x=55)

doc('gp-054-apotheek-overzicht-lsp', 'txt', """
*** MEDICATIEOVERZICHT ***                          Apotheek Kanaleneiland
                                                    Marco Pololaan 4, 3526 GH Utrecht
                                                    030-2881100
Afgedrukt op: 08-09-2026 16:02

Patiënt      : El Idrissi, Y.
Geb. datum   : 04-04-1993
Geslacht     : M
Huisarts     : S. Achahbar

ACTUELE MEDICATIE
-------------------------------------------------------------------------------------
Start       Artikel                                Dosering                 Voorschr.
25-06-2026  PARACETAMOL TABLET 500MG               z.n. 3dd2                UMCU plast.
25-06-2026  NAPROXEN TABLET 500MG                  z.n. 2dd1 max 14 dgn     UMCU plast.
25-06-2026  ESOMEPRAZOL CAPSULE MSR 20MG           1dd1 bij naproxen        UMCU plast.
12-08-2026  CETIRIZINE TABLET 10MG                 1dd1                     zelfzorg

AFGEBOUWD / GESTOPT
-------------------------------------------------------------------------------------
05-06-2026  AMOXICILLINE/CLAVULAANZUUR 500/125MG   3dd1 7 dagen             HA (na reis)
25-06-2026  CEFAZOLINE 2G (perioperatief)          eenmalig                 UMCU

OVERGEVOELIGHEDEN   : geen bekend
CONTRA-INDICATIES   : geen bekend

Let op: dit overzicht bevat alleen medicatie die via deze apotheek is verstrekt of
via het LSP beschikbaar is gesteld.
""", {'kinds': [], 'date': '2026-09-08', 'author': 'other', 'style': 'pharmacy medication overview, monospace text',
      'notes': 'pharmacy list; perioperative antibiotic and "na reis" hint at events but it states no facts explicitly'},
    wrap=False)

doc('gp-055-en-patient-letter-lisbon', 'docx', """
Sophie Laurent
Prinsengracht 1022
1017 KV Amsterdam

HandPols Kliniek Amsterdam
Second opinion desk

15 November 2026

Request for a second opinion - left wrist (DOB 30 January 1990)

Dear Sir or Madam,

I am a French citizen living and working in Amsterdam, and I would like to ask for a second opinion about my left wrist.

On 2 August 2026 I fell down some stairs in Lisbon and was treated in the emergency department of Hospital de Santa Maria, where an X-ray was taken and I was told it was a sprain. After my return my GP arranged an ultrasound (OLVG, September 2026), which showed fluid around a tendon and a possible ligament injury. A hand surgeon at the OLVG advised an arthroscopy. Nobody has operated on my wrist so far, and I would like to understand my options before deciding.

My GP, Dr Visser at Huisartsenpraktijk Jordaan, will send you a referral letter. I can bring the report from Lisbon (in Portuguese) and the ultrasound report.

Thank you for your help.

Kind regards,

Sophie Laurent
+31 6 1188 2044
""", {'kinds': [], 'date': '2026-11-15', 'language': 'en', 'author': 'patient', 'style': "patient's own letter in English, Word",
      'imaging_done': 'yes', 'operated': 'no', 'treated_abroad': 'yes',
      'notes': 'patient letter (not a referral) with "second opinion" and "referral"; ED in Lisbon; arthroscopy only advised'},
    font='Georgia', size=11, pagefield=False)

doc('gp-056-labuitslag-glucose', 'txt', """
DIAGNOSTISCH CENTRUM EEMLAND - Huisartsenlaboratorium
Hogeweg 35, 3814 CE Amersfoort - tel 033-4608000

UITSLAGRAPPORT (definitief)

Aanvrager     : A.C. Willems, huisarts, Huisartsenpraktijk Kruiskamp
Patiënt       : Aydin, Z.            geb. 17-02-1969     V
Ordernummer   : E26-0913-0177
Afname        : 13-09-2026 07:55 (prikpost Kruiskamp)
Rapportage    : 14-09-2026 11:20

Bepaling                       Uitslag    Eenheid       Referentiewaarden
-----------------------------------------------------------------------------
Glucose nuchter (veneus)       9,4   H    mmol/L        4,0 - 6,0
HbA1c                          63    H    mmol/mol      20 - 42
Hemoglobine                    8,4        mmol/L        7,5 - 10,0
Kreatinine                     74         umol/L        49 - 90
eGFR (CKD-EPI)                 78         mL/min/1.73   > 60
Kalium                         4,3        mmol/L        3,5 - 5,0
Cholesterol totaal             5,6        mmol/L
HDL-cholesterol                1,1        mmol/L        > 1,0
LDL-cholesterol (berekend)     3,6   H    mmol/L        < 2,6 bij DM
Triglyceriden                  2,1   H    mmol/L        < 2,0
Albumine/kreatinine ratio      2,8        mg/mmol       < 3,0

Opmerking: monster nuchter afgenomen volgens opgave patiënt.
Gevalideerd: 14-09-2026 door dr. H. Koopmans, klinisch chemicus
""", {'kinds': [], 'date': '2026-09-14', 'also_dates': ['2026-09-13'], 'author': 'lab',
      'style': 'GP lab result plain text (non-MRSA)',
      'notes': 'diabetes lab panel; lab letterhead like an MRSA lab but no microbiology'},
    wrap=False)

if __name__ == '__main__':
    build(DOCS, set(sys.argv[1:]) or None)
