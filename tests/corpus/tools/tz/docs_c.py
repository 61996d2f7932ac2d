"""tz-033 .. tz-048 (texts and labels). All persons, numbers and institutions are invented."""

DOCS = []

# ------------------------------------------------------------------ tz-033
TXT33 = """G. Wassink
Dorpsstraat 9
7161 AB Neede
tel. 0545-999 281

Aan de Handkliniek
afdeling second opinion

Geachte heer/mevrouw,

Mijn naam is Gerrit Wassink, geboren op 1 mei 1950. Ik wil graag een second opinion voor mijn
rechterhand.

Ik heb al ongeveer drie jaar een kromme pink en ringvinger (de ziekte van Dupuytren, zegt mijn
huisarts). De huisarts wil mij naar het ziekenhuis sturen voor een operatie, maar ik twijfel.
Mijn broer is er twee keer aan geopereerd en dat is niet goed gegaan, hij kan zijn vingers nu
slechter bewegen dan eerst. Daarom ben ik bang voor een operatie.

Ik ben zelf nooit aan mijn hand geopereerd. Er is ook nooit een foto of echo van mijn hand gemaakt.
Ik heb gelezen dat er ook een behandeling met een naald bestaat en ik wil graag weten of dat
bij mij kan.

Mijn huisarts, dokter Scholten in Neede, stuurt de verwijzing. Ik hoop dat u mij kunt helpen.

Met vriendelijke groet,

G. Wassink
"""
DOCS.append(dict(
    id=33, fmt="txt", text=TXT33,
    label=dict(kinds=[], author="patient", language="nl",
               style="undated handwritten-style patient letter (typed out)",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Patient's own request for a second opinion is not a referral. Undated (only a birth date "
                     "in the text). The brother's operations are family history; own negations 'nooit aan mijn "
                     "hand geopereerd', 'nooit een foto of echo'. Planned operation by GP is a plan."),
))

# ------------------------------------------------------------------ tz-034
DOCS.append(dict(
    id=34, fmt="docx",
    opts=dict(font="sans", size=10, form_grid=True,
              footer="Handkliniek Zuid - formulier HKZ-F-017 versie 4 (2025) - Machtiging opvragen medische gegevens"),
    blocks=[
        ("lh", ["Handkliniek Zuid", "Intake second opinion", "Postbus 99901, 5600 ZZ Eindhoven"],
         ["T 040 - 999 8800", "intake@handkliniek-zuid.test"]),
        ("title", "Toestemmingsformulier opvragen medische gegevens (machtiging)"),
        ("p", "Met dit formulier geeft u ons toestemming om uw medische gegevens op te vragen bij andere "
              "zorgverleners. Wij vragen alleen gegevens op die nodig zijn voor de beoordeling van uw hand- of "
              "polsklacht."),
        ("h", "1. Uw gegevens"),
        ("fields", [("Naam", "Lars Hermans"), ("Geboortedatum", "15-03-1983"),
                    ("Adres", "Hoofdstraat 99, 6461 CX Kerkrade"), ("BSN", "999994121")]),
        ("h", "2. Zorgverleners waar wij gegevens mogen opvragen"),
        ("table", [["Zorgverlener", "Plaats / land", "Behandeling (door u ingevuld)"],
                   ["Huisarts: dr. P. Vroemen", "Kerkrade", "verwijzing"],
                   ["St. Agatha Krankenhaus, Handchirurgie", "Aken, Duitsland",
                    "opname + operatie rechterpols, september 2025"],
                   ["Maasheuvel Ziekenhuis, Orthopedie", "Heerlen", "controle en gips"]]),
        ("h", "3. Welke gegevens"),
        ("p", "[x] brieven van specialisten   [x] operatieverslagen   [x] beeldvorming (röntgen/MRI) op cd   "
              "[ ] laboratoriumuitslagen   [ ] anders"),
        ("h", "4. Ondertekening"),
        ("fields", [("Plaats", "Kerkrade"), ("Datum", "28-03-2026"), ("Handtekening", "L. Hermans (getekend)")]),
    ],
    label=dict(kinds=[], date="2026-03-28", author="patient", language="nl",
               style="clinic consent form (machtiging) filled in and signed by the patient, tables and checkboxes",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Consent form is no kind. Facts only in a table cell filled in by the patient ('opname + "
                     "operatie rechterpols, september 2025' at a German hospital). Ticked checkboxes for "
                     "'operatieverslagen' and 'beeldvorming' are requests, not statements. Author: the patient "
                     "filled in a clinic template (judgement call)."),
))

# ------------------------------------------------------------------ tz-035
DOCS.append(dict(
    id=35, fmt="pdf",
    opts=dict(font="sans", size=10,
              footer="Polderzorg Zorgverzekeringen N.V. (test) - Postbus 99999, 3500 ZZ Utrecht - KvK 99900011"),
    blocks=[
        ("lh", ["Polderzorg", "Zorgverzekeringen"],
         ["Postbus 99999", "3500 ZZ Utrecht", "Klantenservice 030 - 999 0000", "www.polderzorg.test"]),
        ("addr", ["De heer B. Hendriks", "Thorbeckegracht 99", "8011 VM Zwolle"],
         [("Datum", "4 maart 2026"), ("Ons kenmerk", "MA/2026/771203"), ("Relatienummer", "771200442")]),
        ("p", "Betreft: uw vraag over vergoeding van een second opinion"),
        ("p", "Geachte heer Hendriks,"),
        ("p", "U vroeg ons of een second opinion bij Handkliniek Zuid wordt vergoed. Een second opinion valt "
              "onder de basisverzekering als u een verwijzing heeft van uw huisarts of medisch specialist. De "
              "second opinion moet gaan over een diagnose of behandeling waarvoor u al onder behandeling bent."),
        ("p", "Handkliniek Zuid heeft een contract met ons. U hoeft de rekening dus niet zelf te betalen; de "
              "kliniek stuurt de nota rechtstreeks naar ons. Wel betaalt u uw eigen risico (in 2026 € 385), voor "
              "zover dat nog niet is verbruikt."),
        ("p", "Heeft u nog vragen? Bel dan met onze klantenservice. Wij helpen u graag."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["M. de Boer", "Afdeling Klantenservice Zorg"]),
    ],
    label=dict(kinds=[], date="2026-03-04", author="other", language="nl",
               style="insurer letter to patient, logo block and meta column",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Insurer letter about reimbursement: no kind, silent on all facts. Mentions 'verwijzing' "
                     "and 'second opinion' without being a referral."),
))

# ------------------------------------------------------------------ tz-036
TXT36 = """Diagnostisch Centrum Eemland (test)               Uitslagen klinische chemie en hematologie
Postbus 99903, 3800 ZZ Amersfoort                    Tel. 033 - 999 5500

Patiënt      : Timmerman, C.            Geboren : 25-12-1963   V
Aanvrager    : J.A. de Graaf, huisarts, Leusden
Afnamedatum  : 09-02-2026 08:12         Uitslag : 09-02-2026 15:47 (volledig)
Ordernummer  : DCE-26-118820

Bepaling                      Uitslag    Eenheid     Referentie      Vlag
---------------------------   --------   ---------   -------------   ----
BSE                           28         mm/uur      < 20            H
CRP                           14         mg/L        < 10            H
Hemoglobine                   8.4        mmol/L      7.5 - 10.0
Leukocyten                    7.1        10^9/L      4.0 - 10.0
Glucose nuchter               5.6        mmol/L      4.0 - 6.0
HbA1c                         39         mmol/mol    < 42
TSH                           2.8        mU/L        0.4 - 4.0
Reumafactor IgM               8          kU/L        < 15
Anti-CCP                      < 7        U/mL        < 7
Urinezuur                     0.38       mmol/L      0.15 - 0.35     H
Vitamine B12                  310        pmol/L      > 150

Commentaar: licht verhoogde ontstekingswaarden, reumaserologie negatief.
Gevalideerd door: dr. F. Lamers, klinisch chemicus
"""
DOCS.append(dict(
    id=36, fmt="txt", text=TXT36,
    label=dict(kinds=[], date="2026-02-09", author="lab", language="nl",
               style="GP lab result sheet (clinical chemistry), fixed-width table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="A lab result that is not an MRSA screening: no kind. Silent on all facts."),
))

# ------------------------------------------------------------------ tz-037
DOCS.append(dict(
    id=37, fmt="pdf",
    opts=dict(font="sans", size=9.5, form_grid=True,
              header="St. Agatha Krankenhaus Aachen · Sektion Handchirurgie · OP-Bericht · Fall 25-440912",
              footer="Ausdruck vom 18.09.2025 · Seite {page} von {pages}"),
    blocks=[
        ("lh", ["St. Agatha Krankenhaus Aachen", "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie",
                "Sektion Handchirurgie"],
         ["Agathastraße 9", "52064 Aachen", "Tel. +49 241 999-0"]),
        ("title", "OPERATIONSBERICHT"),
        ("fields", [
            ("Patient", "Hermans, Lars, geb. 15.03.1983"),
            ("OP-Datum", "17.09.2025"),
            ("Operateurin", "Dr. med. Henrike Maas, Oberärztin"),
            ("1. Assistenz", "Dr. med. P. Kowalski"),
            ("Anästhesie", "Axilläre Plexusanästhesie, Analgosedierung"),
            ("Diagnose", "Skaphoidpseudarthrose rechts (Herbert D2), Zustand nach konservativ behandelter "
                         "Skaphoidfraktur 2024"),
            ("Indikation", "CT des rechten Handgelenks vom 02.09.2025: Pseudarthrose im mittleren Drittel ohne "
                           "Humpback-Deformität, vitaler proximaler Pol in der MRT."),
            ("Eingriff", "Rekonstruktion mit gestieltem Radiusspan (1,2-ICSRA) und Schraubenosteosynthese "
                         "(kanülierte Kompressionsschraube 2,2 mm)"),
            ("OP-Verlauf", "Rückenlage, Blutsperre 250 mmHg. Dorsaler Zugang zwischen 1. und 2. Strecksehnenfach. "
             "Darstellung und Hebung des 1,2-ICSRA-Spans am Gefäßstiel. Anfrischen der Pseudarthrose, Einbolzen des "
             "Spans, Fixation mit kanülierter Schraube. Bildwandlerkontrolle: korrekte Lage der Schraube, "
             "Scaphoidlänge wiederhergestellt. Schichtweiser Wundverschluss, Redon."),
            ("Komplikationen", "Keine"),
            ("Nachbehandlung", "Unterarmgips mit Daumeneinschluss für 8 Wochen, CT-Kontrolle nach 10 Wochen, "
                               "Entlassung voraussichtlich am 2. postoperativen Tag"),
        ]),
        ("sig", ["Diktiert: Dr. med. H. Maas, 17.09.2025", "Geschrieben: 18.09.2025 / ks",
                 "Elektronisch freigegeben"]),
    ],
    label=dict(kinds=["operation-report"], date="2025-09-17", also_dates=["2025-09-18"], author="specialist",
               language="de", style="German Operationsbericht form, label/value grid, header and print footer",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="German operation report of a Dutch resident (Kerkrade) at a hospital in Aachen. CT and MRI "
                     "named in the Indikation field; surgery date vs typing date."),
))

# ------------------------------------------------------------------ tz-038
DOCS.append(dict(
    id=38, fmt="docx",
    opts=dict(font="serif", size=11),
    blocks=[
        ("lh", ["Praxis Dr. med. Jürgen Overbeck", "Facharzt für Allgemeinmedizin", "Hauptstraße 12",
                "47559 Kranenburg"],
         ["Tel. +49 2826 99 99 0", "Fax +49 2826 99 99 1", "BSNR 999999900", "LANR 999999901"]),
        ("p", "Handkliniek Zuid\nz. Hd. Sprechstunde Zweitmeinung\nPostbus 99901\nNL-5600 ZZ Eindhoven\nNiederlande"),
        ("p", "Kranenburg, den 6. März 2026"),
        ("title", "Überweisung zur Zweitmeinung"),
        ("p", "Patientin: Frau Birgit Schäfer-Lambers, geb. 03.12.1970, wohnhaft 47559 Kranenburg"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen o. g. Patientin mit der Bitte um eine Zweitmeinung. Die Patientin arbeitet in "
              "Nijmegen und wünscht ausdrücklich eine Beurteilung in Ihrer Klinik."),
        ("p", "Diagnose: Rhizarthrose beidseits, rechts betont (ICD-10 M18.1)"),
        ("p", "Fragestellung: Ist bei fortgeschrittener Rhizarthrose rechts eine Resektionsarthroplastik oder "
              "eine Prothese des Daumensattelgelenks sinnvoller? Ist eine Operation derzeit überhaupt angezeigt?"),
        ("h", "Bisherige Therapie"),
        ("p", "Daumenorthese seit 2024, NSAR bei Bedarf, zwei Kortisoninfiltrationen (10/2025 und 01/2026) in der "
              "handchirurgischen Sprechstunde des Klinikum Niederrhein Kleve. Röntgen beider Hände 11/2025: "
              "Rhizarthrose Eaton III rechts, II links (Befund anbei). Dort wurde eine Resektionsarthroplastik "
              "empfohlen."),
        ("h", "Vorerkrankungen"),
        ("p", "Hypothyreose, Migräne, Z. n. Hysterektomie 2015."),
        ("h", "Medikation"),
        ("p", "L-Thyroxin 75 µg, Ibuprofen 600 mg bei Bedarf."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. J. Overbeck", "Facharzt für Allgemeinmedizin"]),
    ],
    label=dict(kinds=["referral", "history"], date="2026-03-06", author="gp", language="de",
               style="German GP referral letter (Überweisung) to the Dutch clinic (Word)",
               referral_question=True, imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="German GP referral with 'Fragestellung' and its own history sections (Bisherige Therapie "
                     "with recent treatments, Vorerkrankungen): referral and history. Patient lives in Germany; "
                     "injections at a German hospital clinic count as care abroad from the Dutch clinic's view. "
                     "Hysterectomy is another body part; resection arthroplasty only recommended."),
))

# ------------------------------------------------------------------ tz-039
DOCS.append(dict(
    id=39, fmt="pdf",
    opts=dict(font="sans", size=9,
              header="ZorgDomein - Verwijzing - Second opinion orthopedie (hand/pols)",
              footer="Afgedrukt 27-02-2026 11:03 - Gezondheidscentrum Oosterpoort, Groningen - pag. {page}/{pages}"),
    blocks=[
        ("fields", [("Patiënt", "Mw. D. (Dorien) Smit-Kramer"), ("Geboortedatum", "19-08-1976"),
                    ("BSN", "999994330"), ("Telefoon", "06-99997710"),
                    ("Verwijzer", "E. Postma, huisarts"), ("AGB-code", "01-999870"),
                    ("Datum verwijzing", "27-02-2026"), ("Ontvanger", "Handkliniek Zuid")], 2),
        ("fields", [
            ("Reden van verwijzing", "Pijn ulnaire zijde pols links sinds ruim een jaar, geen trauma."),
            ("Vraagstelling", "Graag second opinion. Een orthopeed elders adviseert een diagnostische "
                              "artroscopie; patiënte twijfelt. Is conservatieve behandeling nog een optie, en is "
                              "eerst beeldvorming zinvol?"),
            ("Aanvullend onderzoek", "Geen; er is nog geen beeldvorming verricht."),
            ("Relevante voorgeschiedenis", "Morbide obesitas (BMI 42), DM type 2, OSAS (CPAP), "
                                           "2021 laparoscopische cholecystectomie."),
            ("Recente behandelingen", "Polsbrace sinds 09-2025; fysiotherapie 9x (10-2025 t/m 12-2025); "
                                      "corticosteroïdinjectie ulnocarpaal 11-2025 door orthopeed."),
            ("Medicatie", "Metformine 1000 mg 2dd; semaglutide 1 mg 1x/week; omeprazol 20 mg"),
            ("Allergieën", "Geen bekend"),
        ]),
        ("h", "Episodelijst"),
        ("table", [["ICPC", "Omschrijving", "Begin"],
                   ["L11", "Pols symptomen/klachten links", "01-2025"],
                   ["T82", "Obesitas (BMI > 30)", "2008"],
                   ["T90.02", "Diabetes mellitus type 2", "2016"],
                   ["R99.03", "OSAS", "2019"],
                   ["D98", "Cholecystitis/cholelithiasis (cholecystectomie)", "2021"]]),
        ("h", "Metingen"),
        ("table", [["Datum", "Meting", "Waarde"],
                   ["20-02-2026", "Gewicht", "118 kg"], ["20-02-2026", "Lengte", "168 cm"],
                   ["20-02-2026", "BMI", "41,8 kg/m2"], ["20-02-2026", "HbA1c", "51 mmol/mol"]]),
    ],
    label=dict(kinds=["referral", "history"], date="2026-02-27", author="gp", language="nl",
               style="ZorgDomein printout with episode list and measurement tables, header/footer",
               referral_question=True, imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
               notes="Explicit 'nog geen beeldvorming verricht'; 'is eerst beeldvorming zinvol?' is a question. "
                     "Arthroscopy only advised; cholecystectomy is another body part. BMI 42 (only diagnostics "
                     "possible) in the history field and again (41,8) in a measurement table."),
))

# ------------------------------------------------------------------ tz-040
TXT40 = """Van:       drs. J. Wolff <j.wolff@zeeuwsedelta-zh.test>
Aan:       huisartsenpraktijk Van Rijn <praktijk.vanrijn@zorgmail.test>
Datum:     dinsdag 10 maart 2026 16:02
Onderwerp: RE: Teleconsult handchirurgie - mw. N. Abdi, geb. 14-04-1995

Beste collega Van Rijn,

Dank voor uw teleconsult met de foto's van de hand van mw. Abdi.

Op basis van uw beschrijving en de foto's gaat het om een mucoïde cyste aan de dorsale zijde van
het DIP-gewricht van de rechter middelvinger, met geringe nagelgroefvorming. Dit past bij een
beginnende artrose van het DIP-gewricht. Aanvullende beeldvorming is hiervoor niet nodig en is
ook niet verricht; ik zou geen röntgenfoto laten maken.

Advies: voorlopig expectatief. Niet zelf aanprikken in verband met infectierisico. Een operatieve
excisie is mogelijk als de cyste spontaan gaat lekken of de nagel blijvend vervormt; in dat geval
kunt u haar regulier naar onze polikliniek verwijzen.

Met vriendelijke groet,

drs. J. Wolff
plastisch chirurg
Zeeuwse Delta Ziekenhuis, Goes
T 0113 - 999 210

-----Oorspronkelijk bericht-----
Van: praktijk.vanrijn@zorgmail.test
Verzonden: woensdag 4 maart 2026 11:18
Aan: teleconsult plastische chirurgie
Onderwerp: Teleconsult handchirurgie - mw. N. Abdi, geb. 14-04-1995

Geachte collega, 31-jarige vrouw met sinds 4 maanden een zwelling dorsaal op DIP 3 rechts, soms
pijnlijk, nagel vertoont een groef. Foto's bijgevoegd. Wat is uw advies? Graag uw beoordeling.
Met vriendelijke groet, A. van Rijn, huisarts, Kapelle
"""
DOCS.append(dict(
    id=40, fmt="txt", text=TXT40,
    label=dict(kinds=["correspondence"], date="2026-03-10", author="specialist", language="nl",
               style="e-mail reply of a specialist to a GP teleconsult, with quoted original message",
               imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
               notes="E-mail from a plastic surgeon (specialist advice) with the GP's question quoted below it: "
                     "the quoted GP question is not a referral. 'foto's' are phone photos, not imaging; explicit "
                     "'beeldvorming ... niet verricht'. Excision only a possibility."),
))

# ------------------------------------------------------------------ tz-041
DOCS.append(dict(
    id=41, fmt="pdf",
    opts=dict(font="serif", size=10, scan=True, seed=41,
              footer="Scanned 22/01/2026 - Kirra Beach Medical Centre - document 3 of 7"),
    blocks=[
        ("lhc", ["COASTAL SONOGRAPHY GROUP", "Ultrasound  |  X-ray  |  CT",
                 "88 Marine Parade, Coolangatta QLD 4225   Ph (07) 5599 0000   ABN 99 999 999 999"]),
        ("hr",),
        ("fields", [("Patient", "Ms Femke BOS"), ("DOB", "03/05/1997"), ("Patient ID", "CSG-771045"),
                    ("Referrer", "Dr Liam O'Connor, Kirra Beach Medical Centre"),
                    ("Examination", "ULTRASOUND LEFT WRIST"), ("Exam date", "19/01/2026")], 2),
        ("p", "Clinical notes: Lump volar radial aspect left wrist x 3 months, intermittently painful. "
              "Ganglion?"),
        ("p", "Findings: There is a well-defined anechoic, lobulated cystic lesion measuring 9 x 6 x 7 mm at the "
              "volar radial aspect of the left wrist, arising from the radioscaphoid joint via a thin neck. It lies "
              "immediately adjacent to, and mildly displaces, the radial artery, which shows normal flow. No "
              "internal vascularity. Flexor carpi radialis tendon intact without tenosynovitis."),
        ("p", "Conclusion: Volar wrist ganglion arising from the radioscaphoid joint, intimately related to the "
              "radial artery."),
        ("sig", ["Reported by Dr Priya Raman, FRANZCR", "Typed 19/01/2026 (kl)"]),
    ],
    label=dict(kinds=["imaging-report"], date="2026-01-19", author="radiologist", language="en",
               style="Australian ultrasound report, scanned-looking page (tinted, speckled) with text layer",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="Scan look with a separate scan-date footer (22/01/2026); Australian dd/mm dates "
                     "(DOB 03/05/1997 = 3 May). Imaging at a private ultrasound practice abroad counted as care "
                     "abroad (judgement)."),
))

# ------------------------------------------------------------------ tz-042
DOCS.append(dict(
    id=42, fmt="docx",
    opts=dict(font="sans", size=10,
              footer="IJsselhof Medisch Centrum · Neurologie en Klinische Neurofysiologie · Dokter van Heesweg 2 · 8025 AB Zwolle"),
    blocks=[
        ("lh", ["IJsselhof Medisch Centrum", "Neurologie"],
         ["Dokter van Heesweg 2", "8025 AB Zwolle", "T 038 - 999 2600"]),
        ("addr", ["Weledelgeleerde heer J.A. de Graaf", "huisarts", "Hamersveldseweg 99", "3833 GS Leusden"],
         [("Datum", "3 februari 2026"), ("Kenmerk", "NEU/26/00418"), ("Polidatum", "28-01-2026")]),
        ("p", "Betreft: mevrouw C. Timmerman, geboren 25-12-1963"),
        ("p", "Geachte collega,"),
        ("p", "Hartelijk dank voor uw verwijzing van mevrouw Timmerman in verband met tintelingen in beide handen."),
        ("h", "Anamnese"),
        ("p", "Sinds een half jaar 's nachts tintelingen en een dof gevoel in duim, wijs- en middelvinger, links "
              "meer dan rechts. Zij schudt de handen uit om de klachten te verminderen. Geen nekklachten, geen "
              "krachtverlies. Zij is nooit aan haar handen of polsen geopereerd."),
        ("h", "Neurologisch onderzoek"),
        ("p", "Geen atrofie van de thenar. Kracht abductor pollicis brevis MRC 5 beiderzijds. Hypesthesie "
              "digitus 1-3 links. Tinel en Phalen positief beiderzijds. Reflexen symmetrisch."),
        ("h", "Aanvullend onderzoek"),
        ("p", "EMG (28-01-2026): matig ernstig carpaletunnelsyndroom beiderzijds, links meer dan rechts, zonder "
              "aanwijzingen voor een polyneuropathie of cervicale radiculopathie. Er is geen beeldvorming "
              "verricht; een echo van de nervus medianus achten wij niet nodig."),
        ("h", "Conclusie"),
        ("p", "Carpaletunnelsyndroom beiderzijds, links > rechts."),
        ("h", "Beleid"),
        ("p", "Wij bespraken een verwijzing naar de plastische chirurgie voor operatieve decompressie. Patiënte "
              "wil eerst nachtspalken proberen. Bij onvoldoende effect na 3 maanden kunt u haar verwijzen. Wij "
              "hebben haar niet voor controle teruggezien."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["dr. G. Haverkamp, neuroloog", "K. Smit, AIOS neurologie"]),
        ("small", "cc: mevrouw C. Timmerman"),
    ],
    label=dict(kinds=["correspondence"], date="2026-02-03", author="specialist", language="nl",
               style="hospital outpatient letter neurology (Word), addressee and meta block in a table",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="EMG is not imaging and 'geen beeldvorming verricht' is explicit. 'nooit aan haar handen "
                     "geopereerd' negation; decompression only discussed. Poli date vs letter date."),
))

# ------------------------------------------------------------------ tz-043
TXT43 = """MEADOWBANK SURGERY                                 Patient Summary (printed from clinical system)
22 Meadow Lane, Salisbury SP1 9ZZ                  Printed: 03-Feb-2026 11:08 by Reception (KT)
Tel 01722 990 300

Name:     CARVER, Helen Margaret (Mrs)        DOB: 02-Jun-1969      Sex: F
NHS No:   999 000 4417                        Usual GP: Dr Anjali Patel
Address:  5 Elm Close, Salisbury SP2 9ZZ

ACTIVE PROBLEMS
14-Jan-2026   Trigger finger - right ring finger, recurrent
14-Jan-2026   Osteoarthritis of first carpometacarpal joint, right
03-Mar-2018   Hypothyroidism

PAST PROBLEMS
21-Mar-2023   Release of trigger finger, right ring finger (Royal Downs Hospital, Mr D Okafor)
12-Nov-2022   Trigger finger - right ring finger
05-May-2008   Total abdominal hysterectomy
   -   2001   Fracture of left ankle

RECENT CONSULTATIONS AND LETTERS (last 12 months)
19-Jan-2026   Letter from Hand Clinic (Mr D Okafor): recurrent triggering after release;
              USS-guided injection planned; X-ray right hand 14-Jan-2026: early basal thumb OA.
09-Dec-2025   Dr A Patel: painful clicking right ring finger again since September.
              O/E: triggering, tender A1 region. Plan: re-refer hand clinic.
18-Sep-2025   Nurse: annual thyroid review. TSH normal.
02-Jul-2025   Dr A Patel: travel advice, moving to Netherlands spring 2026. Records to be
              printed on request.

CURRENT MEDICATION
Levothyroxine 100 micrograms tablets - one daily
Naproxen 250 mg tablets - one twice daily when required

ALLERGIES
Penicillin - rash (1995)

------------------------------------------ end of summary ------------------------------------------
"""
DOCS.append(dict(
    id=43, fmt="txt", text=TXT43,
    label=dict(kinds=["history"], date="2026-02-03", author="gp", language="en",
               style="UK GP practice patient summary printout, dd-Mon-yyyy dates",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="UK GP summary: the GP itself is abroad; the release at a UK hospital (past problems) is care "
                     "abroad from the Dutch clinic's view. dd-Mon-yyyy dates; print date is the document date. "
                     "Hysterectomy is another body part; injection is planned."),
))

# ------------------------------------------------------------------ tz-044
DOCS.append(dict(
    id=44, fmt="pdf",
    opts=dict(font="sans", size=9.5,
              header="Cornwall Coast Hospitals NHS Trust - Emergency Department - ED Discharge Summary (GP copy)",
              footer="Generated 08/08/2025 19:52 from ED system - Page {page} of {pages}"),
    blocks=[
        ("lh", ["Cornwall Coast Hospitals NHS Trust", "Emergency Department", "Treliske Lane, Truro TR1 9ZZ"],
         ["ED reception 01872 990 100", "Attendance no. ED25-0884412"]),
        ("title", "Emergency Department Discharge Summary"),
        ("fields", [("Patient", "MULDER, Daan"), ("DOB", "11/11/2008"),
                    ("Home address", "Kerkstraat 4, 1811 AA Alkmaar, Netherlands (visitor)"),
                    ("NHS number", "Not applicable - overseas visitor (EHIC)"),
                    ("Arrival", "08/08/2025 14:12"), ("Discharged", "08/08/2025 19:40"),
                    ("GP", "Not registered in UK - copy given to patient for Dutch GP")]),
        ("h", "Presenting complaint"),
        ("p", "Fall on outstretched right hand from skateboard at Newquay seafront. Pain and swelling right wrist."),
        ("h", "Investigations"),
        ("p", "XR right wrist: Salter-Harris II fracture of the distal radius, minimal dorsal displacement."),
        ("h", "Diagnosis"),
        ("p", "Salter-Harris II fracture, distal radius, right."),
        ("h", "Treatment"),
        ("p", "Below-elbow backslab applied. Managed non-operatively; no manipulation required. Analgesia: "
              "paracetamol and ibuprofen."),
        ("h", "Follow-up"),
        ("p", "Fracture clinic in home country within 1 week. Advised to see Dutch GP on return. Safety-netting "
              "advice given to patient and mother."),
        ("sig", ["Clinician: Dr Amy Trelawny, ED Registrar (ST4)", "Senior review: Dr P. Hosking, ED Consultant"]),
    ],
    label=dict(kinds=["correspondence"], date="2025-08-08", author="specialist", language="en",
               style="UK emergency department discharge summary, header/footer, label/value fields",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="ED discharge of a Dutch teenager on holiday in the UK: care abroad (ED counts). "
                     "'Managed non-operatively' means not operated. ED attendance rather than a letter; the "
                     "author is an ED registrar."),
))

# ------------------------------------------------------------------ tz-045
DOCS.append(dict(
    id=45, fmt="docx",
    opts=dict(font="serif", size=10,
              footer="Certified translation - Traducciones Levante S.L. - sworn translator no. 9999 - 12/02/2026 - page {page} of {pages}"),
    blocks=[
        ("lh", ["HOSPITAL COSTA BLANCA SUR", "Servicio de Cirugía Ortopédica y Traumatología",
                "(Department of Orthopaedic Surgery and Traumatology)"],
         ["Partida Loma Alta s/n", "03189 Orihuela Costa (Alicante), Spain", "Tel. +34 966 99 99 00"]),
        ("title", "DISCHARGE REPORT (INFORME DE ALTA) - English translation"),
        ("fields", [("Patient", "Mr Henk Kuipers"), ("Date of birth", "24/07/1949"),
                    ("Identification", "Passport NL (test) NX99999K1"), ("Medical record no.", "HCBS-2209145"),
                    ("Admission", "03/02/2026"), ("Discharge", "06/02/2026")]),
        ("h", "Reason for admission"),
        ("p", "Fall at home (winter residence in Torrevieja) on 03/02/2026 with pain and deformity of the left "
              "wrist."),
        ("h", "Complementary tests"),
        ("p", "X-ray left wrist (03/02/2026): comminuted intra-articular fracture of the distal radius with "
              "dorsal displacement. CT left wrist (03/02/2026): confirmation of intra-articular involvement with "
              "three main fragments."),
        ("h", "Diagnosis"),
        ("p", "Comminuted intra-articular fracture of the distal left radius (AO 23-C2)."),
        ("h", "Surgical report"),
        ("fields", [("Date of surgery", "04/02/2026"), ("Surgeon", "Dr. Javier Morales Ibáñez"),
                    ("Assistant", "Dr. Lucía Ferrer Soler"),
                    ("Anaesthesia", "Axillary brachial plexus block and sedation"),
                    ("Procedure", "Open reduction and internal fixation with volar locking plate, left distal radius"),
                    ("Description", "Modified Henry approach. Reduction of the articular fragments under direct "
                     "vision and fluoroscopy, provisional K-wires, fixation with a volar locking plate with 7 distal "
                     "locking screws and 3 proximal cortical screws. Satisfactory fluoroscopic control. Closure in "
                     "layers, volar splint."),
                    ("Complications", "None")]),
        ("h", "Course"),
        ("p", "Favourable post-operative course. Discharged home on the second post-operative day."),
        ("h", "Treatment at discharge"),
        ("p", "Enoxaparin 40 mg subcutaneous once daily for 10 days; paracetamol 1 g every 8 hours; "
              "metamizole 575 mg if needed."),
        ("h", "Recommendations"),
        ("p", "Follow-up by orthopaedic surgeon in the Netherlands. Removal of sutures at 14 days. Start "
              "rehabilitation after removal of splint."),
        ("sig", ["Dr. Javier Morales Ibáñez, Traumatology (Col. nº 0399999)"]),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-02-06", author="specialist", language="en",
               style="Spanish hospital discharge report in certified English translation (Word)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Translated discharge report with a complete surgical report section: both kinds. Translation "
                     "date (12/02/2026) in the footer is not the document's own date. Spanish dd/mm dates; "
                     "'winter residence' alone would not be care abroad, the admission is."),
))

# ------------------------------------------------------------------ tz-046
TXT46 = """OZEL AKDENIZ SAHIL HASTANESI  (Private Mediterranean Coast Hospital)
Lara Caddesi No: 999, Muratpasa / ANTALYA - TURKIYE    Tel: +90 242 999 99 99
ACIL SERVIS / EMERGENCY SERVICE

EPICRISIS (ENGLISH)

Patient Name      : Yasmina EL AMRANI
Date of Birth     : 21.11.1990
Nationality       : Netherlands          Passport: NL-TEST-99812
Protocol No       : 2025-ACL-0459931
Date of admission : 13.08.2025   22:40
Date of discharge : 13.08.2025   23:55

Complaint: Pain and swelling in the right wrist after falling from a motorbike (scooter).

Examination: Tenderness in the anatomical snuffbox, limited wrist movement, neurovascular
examination normal.

Radiology: Right wrist X-ray (PA, lateral, scaphoid view): no definite fracture line; scaphoid
fracture cannot be excluded.

Diagnosis: Right wrist contusion, suspected scaphoid fracture (S62.0)

Treatment: Short arm thumb spica cast applied. Analgesic (dexketoprofen 25 mg). No surgical
intervention.

Recommendation: Control in home country with CT scan within 7-10 days. Keep the cast on.

Doctor: Op. Dr. Emre YILDIZ
        Orthopaedics and Traumatology Specialist
        (signature / stamp)
"""
DOCS.append(dict(
    id=46, fmt="txt", text=TXT46,
    label=dict(kinds=["correspondence"], date="2025-08-13", author="specialist", language="en",
               style="Turkish hospital ED epicrisis in English, dotted dates",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="'Op. Dr.' is a Turkish title (operator doctor = surgeon), not an operation. 'No surgical "
                     "intervention' negation. Dotted dd.mm.yyyy dates in English. CT is only recommended."),
))

# ------------------------------------------------------------------ tz-047
DOCS.append(dict(
    id=47, fmt="pdf",
    opts=dict(font="mono", size=9.5, scan=True, seed=47,
              footer="fax/scan  Ziekenhuis De Lindeborg  ->  Handkliniek Zuid   02/04/2026 08:51   blz {page}"),
    blocks=[
        ("lh", ["Ziekenhuis De Lindeborg", "Plastische chirurgie", "Lindeborglaan 99, 7334 DZ Apeldoorn"],
         ["Pat: ÖZDEMIR, S.", "geb: 07/07/1962", "nr: 5510287"], {"bold_first": False}),
        ("small", "Verslag ingreep  (dagbehandeling)"),
        ("fields", [("Datum", "14/11/2025"), ("Operateur", "dr. Y. Öztürk, plastisch chirurg"),
                    ("Assistentie", "OK-assistent M. Peters"), ("Anesth.", "WALANT (lidocaïne/adrenaline)"),
                    ("Diagnose", "M. Dupuytren dig IV en V rechts, contractuur MCP 40 gr, PIP 35 gr"),
                    ("Verrichting", "Partiële fasciëctomie dig IV en V rechts")]),
        ("p", "Bruner-incisie over dig IV, verlengd naar palm; aparte incisie dig V. Pathologische koorden "
              "(pretendineus, spiraal-koord dig V) geëxcideerd met sparen van de neurovasculaire bundels. Volledige "
              "extensie MCP; PIP IV rest 10 gr. Z-plastiek dig V. Hechten 5-0 Ethilon. Drukverband, dorsale "
              "spalk in extensie."),
        ("p", "Compl: geen.   PA: ja (koord).\nBeleid: spalk 1 wk, daarna handtherapie + nachtspalk 3 mnd. "
              "Hechtingen eruit na 12 dagen."),
        ("sig", ["get. dr. Y. Öztürk"]),
    ],
    label=dict(kinds=["operation-report"], date="2025-11-14", author="specialist", language="nl",
               style="short operation report, scanned-looking, monospaced, no 'operatieverslag' title",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Only a small caption 'Verslag ingreep' instead of 'operatieverslag'; abbreviations "
                     "(Compl, PA, Anesth.). Date with slashes; the fax/scan footer carries a later send date "
                     "(02/04/2026). Turkish-looking names do not imply care abroad."),
))

# ------------------------------------------------------------------ tz-048
DOCS.append(dict(
    id=48, fmt="docx",
    opts=dict(font="sans", size=10, form_grid=True,
              header="Zeeuwse Delta Ziekenhuis - Plastische Chirurgie - OPERATIEVERSLAG",
              footer="Afdruk d.d. 30-03-2026 t.b.v. verwijzing - pagina {page}"),
    blocks=[
        ("title", "Operatieverslag"),
        ("fields", [
            ("Patiënt", "Mw. W. Sluiter"), ("Geboortedatum", "09-01-1959"),
            ("Datum operatie", "19 december 2024"), ("Operateur", "drs. J. Wolff, plastisch chirurg"),
            ("Assistent", "dr. S. de Meyer, ANIOS"), ("Anesthesie", "Lokaal (WALANT)"),
            ("Pre-operatieve diagnose", "Carpaletunnelsyndroom rechts (EMG ernstig)"),
            ("Ingreep", "Open carpaletunnelrelease rechts"),
            ("Verloop", "Incisie 3 cm in lijn met de radiale zijde van digitus IV. Klieven palmaire fascie. "
                        "Volledig klieven van het ligamentum carpi transversum onder direct zicht, proximaal tot "
                        "in de onderarmfascie. Zenuw vernauwd en hyperemisch, geen neurolyse. Hemostase. Huid "
                        "gesloten met Ethilon 4-0. Drukverband."),
            ("Bevindingen", "Duidelijke insnoering van de n. medianus; motorische tak normaal verloop."),
            ("Complicaties", "Geen"),
            ("Nabehandeling", "Verband 3 dagen, hand hoog houden, hechtingen verwijderen bij huisarts na 12 dagen, "
                              "controle poli na 6 weken."),
        ]),
        ("sig", ["Geautoriseerd: drs. J. Wolff, 19-12-2024 14:05"]),
    ],
    label=dict(kinds=["operation-report"], date="2024-12-19", author="specialist", language="nl",
               style="operation report as a Word table, header/footer with later print date",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Operation date written out ('19 december 2024'); the footer print date (30-03-2026) is not "
                     "the document date. Old report (>1 year) for an operation that later recurred."),
))
