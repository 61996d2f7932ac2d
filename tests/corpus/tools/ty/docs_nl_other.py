"""Dutch/Flemish documents that do not count for the checklist (therapy, insurer, lab, patient, nurse)."""
from common import bsn
from labels import L

DOCS = []

# ------------------------------------------------------------------------------------------ ty-015
DOCS.append(dict(
    id="ty-015", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=10,
              footer="Handtherapie Centrum Eemland - Utrechtseweg 21, 3811 NB Amersfoort - pagina {page}"),
    blocks=[
        ("letterhead", dict(logo="HCE", color="#f9a825", name="Handtherapie Centrum Eemland",
                            sub="Hand- en ergotherapie",
                            lines=["Utrechtseweg 21, 3811 NB Amersfoort"],
                            right=["T 033-4610022", "info@handtherapie-eemland.example"])),
        ("lines", ["Aan: dr. E. de Ridder, plastisch chirurg, Ziekenhuis Eemland-Noord",
                   "cc: mw. A. Bakker, huisarts", "", "Amersfoort, 30 september 2026"]),
        ("p", "<b>Betreft:</b> mw. K. Smeets, geb. 02-02-1970 - tussentijds verslag handtherapie"),
        ("p", "Geachte dokter De Ridder,"),
        ("p", "Mevrouw Smeets is sinds 28-05-2026 bij ons in behandeling na de carpaletunnelrelease "
              "rechts die u op 14-05-2026 verrichtte. Zij heeft inmiddels 11 behandelingen gehad."),
        ("p", "Bij aanvang was er veel littekengevoeligheid en pillar pain; de nachtelijke tintelingen "
              "waren direct na de operatie verdwenen. Wij behandelden met littekenmassage, "
              "desensitisatie, peesglijoefeningen en geleidelijke krachtopbouw."),
        ("table", [["Meting", "28-05-2026", "29-09-2026"],
                   ["Knijpkracht re (Jamar, kg)", "8", "19"],
                   ["Knijpkracht li (Jamar, kg)", "27", "28"],
                   ["Pinch re (kg)", "2,5", "5"],
                   ["PRWHE totaal", "71", "38"]], {"widths": [0.5, 0.25, 0.25]}),
        ("p", "Zij ervaart nog pijn bij langdurig steunen en bij het openen van potten. Wij stellen voor de "
              "therapie af te bouwen naar eenmaal per twee weken en over zes weken af te sluiten."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["M. Hendriks", "handtherapeut CHT-NL"]),
    ],
    label=L([], "2026-09-30", "other", "nl", "hand therapy progress letter with measurement table",
            "unmentioned", "yes", "unmentioned",
            notes="Hand-therapy letter addressed to the plastic surgeon: not specialist correspondence. "
                  "It states the CTS release was done (operated yes)."),
))

# ------------------------------------------------------------------------------------------ ty-027
DOCS.append(dict(
    id="ty-027", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=10,
              footer="Onafhankelijk Ziekenfonds Kust & Leie - Sint-Jorisstraat 40, 8000 Brugge - "
                     "+32 50 44 55 00 - blad {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="OZ", color="#0277bd", name="Onafhankelijk Ziekenfonds Kust & Leie",
                            sub="Dienst Geneeskundige Verzorging - Zorg in het buitenland",
                            lines=["Sint-Jorisstraat 40, 8000 Brugge"], right=["Uw dossier: S2/26/004412"])),
        ("lines", ["Mevrouw Hilde Vanhoutte", "Zeedijk 88 bus 3", "8400 Oostende", "",
                   "Brugge, 03/11/2026"]),
        ("p", "<b>Betreft:</b> uw aanvraag voor een tweede advies en eventuele behandeling in het buitenland "
              "(Nederland) - formulier S2"),
        ("p", "Geachte mevrouw,"),
        ("p", "Wij hebben uw aanvraag van 21/10/2026 ontvangen voor een raadpleging (tweede advies) in een "
              "gespecialiseerde handkliniek in Nederland, met eventueel aansluitend een ingreep aan de "
              "rechterduim."),
        ("p", "De adviserend arts heeft uw aanvraag beoordeeld. De raadpleging wordt terugbetaald volgens de "
              "Belgische tarieven. Voor een eventuele ingreep in het buitenland moet u een nieuwe aanvraag "
              "indienen met het verslag van de raadpleging en een motivering van de behandelende arts. "
              "Zonder voorafgaand akkoord kunnen wij een opname in het buitenland niet terugbetalen."),
        ("p", "Gelieve dit document mee te nemen naar uw afspraak."),
        ("p", "Met vriendelijke groeten,"),
        ("lines", ["Dienst Zorg in het buitenland", "namens de adviserend arts, Dr. F. Lambrecht"]),
    ],
    label=L([], "2026-11-03", "other", "nl", "Belgian health insurer (ziekenfonds) letter",
            "unmentioned", "unmentioned", "unmentioned",
            notes="Insurer letter. 'Buitenland' here means the Netherlands from the Belgian patient's view, "
                  "and only future care is discussed: no treatment abroad is stated. An operation is only "
                  "a possible future step."),
))

# ------------------------------------------------------------------------------------------ ty-040
TXT_040 = """
UITSLAGEN LABORATORIUM                                     Regionaal Klinisch Lab Zaanstreek
Aanvrager: huisarts R. de Vries, Wormer                   Uitslagdatum: 06-11-2026
Patiënt : dhr. P. Schouten     geb. 15-07-1966    BSN {bsn}
Afname  : 05-11-2026 08:20     Ontvangst: 05-11-2026 10:02   Labnr: 26-771044

HEMATOLOGIE                            uitslag    eenheid     referentie
  Hemoglobine                          8,9        mmol/l      8,5 - 11,0
  Leukocyten                           7,2        10^9/l      4,0 - 10,0
  BSE                                  24    H    mm/uur      < 20
CHEMIE
  CRP                                  11    H    mg/l        < 10
  Glucose nuchter                      6,4   H    mmol/l      4,0 - 6,0
  HbA1c                                46    H    mmol/mol    < 42
  Urinezuur                            0,49  H    mmol/l      0,20 - 0,42
  Kreatinine                           88         umol/l      60 - 110
  eGFR (CKD-EPI)                       > 90       ml/min
SEROLOGIE
  Reumafactor (IgM)                    < 10       IU/ml       < 15
  Anti-CCP                             negatief
MICROBIOLOGIE
  Urinekweek (midstream)               > 10^5 kve/ml Escherichia coli
    gevoelig: nitrofurantoine, fosfomycine, cotrimoxazol
    resistent: amoxicilline

Opmerking: verhoogd urinezuur; bij monoartritis denken aan jicht.
Gevalideerd: 06-11-2026  ing. J. Brink, klinisch chemicus
"""
DOCS.append(dict(
    id="ty-040", fmt="txt", text=TXT_040.format(bsn=bsn(17)),
    label=L([], "2026-11-06", "lab", "nl", "GP lab result printout (chemistry, serology, urine culture)",
            "unmentioned", "unmentioned", "unmentioned", also=["2026-11-05"],
            notes="Lab result other than MRSA; contains a culture (urinekweek) that is not an MRSA screening."),
))

# ------------------------------------------------------------------------------------------ ty-046
DOCS.append(dict(
    id="ty-046", fmt="docx",
    meta=dict(docx_font="Georgia", size=11),
    blocks=[
        ("lines", ["Y. (Yvonne) Brinkman", "Oudegracht 311", "3511 PB Utrecht", "yvonne.brinkman@voorbeeldmail.nl"]),
        ("lines", ["Aan de Kliniek voor Hand- en Polschirurgie", "t.a.v. second opinion", "Postbus 9600",
                   "2300 RC Leiden"]),
        ("p", "Onderwerp: verzoek om een tweede mening over mijn linkerpols"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Graag wil ik een afspraak maken voor een second opinion. Ik ben geboren op 14 juli 1987 en "
              "heb sinds een paar jaar pijn aan mijn linkerpols aan de duimkant."),
        ("p", "In 2023 ben ik op vakantie op Kreta van een trap gevallen. Ik ben toen naar de eerste hulp "
              "van het ziekenhuis in Chania gegaan; daar is een foto gemaakt en ik kreeg een brace. Er zou "
              "niets gebroken zijn. Thuis is het nooit helemaal goed gekomen."),
        ("p", "Dit jaar heeft de orthopeed in Utrecht een MRI laten maken en gezegd dat het scafoïd toch "
              "gebroken is geweest en niet goed is genezen. Hij wil opereren met een bottransplantaat. Ik "
              "ben nooit geopereerd en vind dat een grote stap. Ik wil graag weten of dat echt nodig is."),
        ("p", "Mijn huisarts, dokter Van Essen, stuurt de verwijzing. De brief van de orthopeed en het "
              "MRI-verslag heb ik bijgevoegd."),
        ("p", "Met vriendelijke groet,"),
        ("lines", ["Yvonne Brinkman"]),
    ],
    label=L([], None, "patient", "nl", "patient's own letter, docx, undated",
            "yes", "no", "yes",
            notes="Undated patient letter asking for a second opinion: not a referral despite 't.a.v. second "
                  "opinion'. Emergency department visit abroad (Chania) counts as treated abroad. 'Nooit "
                  "geopereerd' = operated no; planned operation is a plan."),
))

# ------------------------------------------------------------------------------------------ ty-049
DOCS.append(dict(
    id="ty-049", fmt="docx",
    meta=dict(header="ZorgSamen Oost - Wijkverpleging team Hengelo-Noord",
              footer="Overdracht wijkverpleging - vertrouwelijk - pagina {page}"),
    blocks=[
        ("letterhead", dict(logo="ZSO", color="#43a047", name="ZorgSamen Oost",
                            sub="Wijkverpleging", lines=["Deldenerstraat 70, 7551 AH Hengelo"],
                            right=["Team Hengelo-Noord", "T 074-2500600"])),
        ("title", "Overdracht wondzorg"),
        ("fields", [("Cliënt", "dhr. W. ter Horst, geb. 05-09-1944"),
                    ("Datum", "21-09-2026"),
                    ("Aan", "huisarts dr. F. Nijland; polikliniek plastische chirurgie ZGT-Noord"),
                    ("Opgesteld door", "M. Dekker, wijkverpleegkundige (niveau 5)")], {"grid": True}),
        ("h", "Situatie"),
        ("p", "Dhr. Ter Horst werd op 02-09-2026 geopereerd aan de linkerhand (carpaletunnelrelease). Vanaf "
              "08-09-2026 komen wij dagelijks voor wondzorg i.v.m. een oppervlakkige wondinfectie; de "
              "huisarts startte flucloxacilline op 08-09-2026."),
        ("h", "Wondbeschrijving 21-09-2026"),
        ("p", "Wond 2,5 cm, grotendeels gesloten, proximaal 3 mm open met wat beslag, omgeving niet meer "
              "rood, geen pus, niet warm. Pijnscore 2."),
        ("h", "Afspraken"),
        ("p", "Wondverzorging om de dag met droog verband. Bij achteruitgang contact met de huisarts. Wij "
              "verwachten de zorg binnen een week af te sluiten."),
    ],
    label=L([], "2026-09-21", "other", "nl", "district nurse wound-care handover form",
            "unmentioned", "yes", "unmentioned",
            notes="Nurse handover (home care): not specialist correspondence, no kind. It states the hand "
                  "operation took place (operated yes)."),
))
