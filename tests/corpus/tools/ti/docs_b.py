# -*- coding: utf-8 -*-
"""ti-023 .. ti-044. All persons, practices, hospitals and addresses are invented."""
from common import (CLINIC_ADDR, LH_EEMHOF, LH_LINGEHOF, LH_TERWEYDE, LH_ALDEGONDE, LH_HOORNBEEK,
                    LH_AMSTELZICHT)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- ti-023
add(stem="ti-023", fmt="docx", font="Sans", size=10.5,
    lh={"logo": "Handtherapie Vlietduim", "logo_sub": "handtherapie · ergotherapie · spalkenbouw",
        "color": "#b85c00",
        "right": ["Duimlaan 12", "3861 BE Nijkerk", "033 – 245 90 11", "info@handtherapievlietduim.nl",
                  "AGB 04-112093"]},
    footer=["Handtherapie Vlietduim · aangesloten bij de Nederlandse Vereniging voor Handtherapie"],
    blocks=[
        ("p", "Nijkerk, 19 augustus 2026"),
        ("addr", ["Aan: dhr. K. Mollema, huisarts", "Huisartsenpraktijk Arkemheen", "Centrumhof 3",
                  "3861 CR Nijkerk"]),
        ("lp", "Betreft:", "voortgangsverslag handtherapie – mevr. A.M. Gorter, geb. 14-01-1964"),
        ("lp", "Cc:", "dr. F. Hasselaar, plastisch chirurg, Amstelzicht MC"),
        ("p", "Geachte heer Mollema,"),
        ("p", "Mevrouw Gorter is sinds 2 mei 2026 bij ons onder behandeling na een CMC-1 artroplastiek links "
              "(trapeziectomie met ligamentreconstructie, 21 april 2026, Amstelzicht MC). Zij is inmiddels 16 keer "
              "behandeld."),
        ("h", "Behandeling"),
        ("p", "Oedeemmanagement, littekenbehandeling, actieve en actief-geassisteerde oefeningen, vanaf week 8 "
              "kracht- en stabiliteitstraining en ADL-training. De thermoplastische duimspalk wordt sinds week 10 "
              "alleen nog 's nachts en bij zware activiteiten gedragen."),
        ("h", "Meetgegevens"),
        ("table", ["", "2 mei 2026", "17 juni 2026", "18 aug 2026", "rechts (ref.)"],
         [["Kapandji-score", "4", "7", "9", "10"],
          ["Knijpkracht (kg, Jamar st. 2)", "n.v.t.", "9", "15", "24"],
          ["Pincetgreep sleutel (kg)", "n.v.t.", "2,5", "4", "6,5"],
          ["Pijn NRS rust / belast", "5 / 8", "2 / 5", "1 / 3", "—"],
          ["PRWHE totaal", "78", "49", "31", "—"]]),
        ("h", "Conclusie en advies"),
        ("p", "Goed herstel. Restklacht is vermoeidheid bij langdurig schrijven. Wij ronden de behandeling over vier "
              "weken af met een huiswerkprogramma. Een röntgencontrole achten wij vanuit de handtherapie niet nodig; "
              "de nacontrole bij de plastisch chirurg staat gepland voor oktober."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "Marloes Tiemens", "handtherapeut CHT-NL / ergotherapeut"]),
    ],
    label=dict(kinds=[], date="2026-08-19", author="other", language="nl",
               style="hand therapy progress letter to GP, Word with measurement table",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Not a specialist letter: hand therapist, even with cc to a plastic surgeon. States the operation "
                     "(date, hospital). 'Röntgencontrole ... niet nodig' is advice, not a statement that no imaging "
                     "was ever done (imaging_done=unmentioned)."),
    hard="therapist letter full of surgical terms; cc to surgeon; X-ray 'not needed'")

# ---------------------------------------------------------------- ti-024
add(stem="ti-024", fmt="txt", encoding="utf-8", text="""
                         APOTHEEK DE VIJZELMOLEN
             Vijzelmolenplein 77 - 7902 EC Hoogeveen - tel. 0528-26 18 40
                   apotheker: mw. drs. H.G. Wolters-Bakker

MEDICATIEOVERZICHT                                Datum afdruk: 26-11-2026
--------------------------------------------------------------------------
Patient      : dhr. J.H. Zwiers
Geboortedatum: 02-02-1952                Lengte/gewicht: 181 cm / 94 kg
Adres        : Krakeelhof 140, 7908 AB Hoogeveen
Huisarts     : A. Drenth, Gezondheidscentrum Vijzelhof
Aangevraagd door: patient (t.b.v. afspraak handkliniek)
--------------------------------------------------------------------------
ACTUELE MEDICATIE
Start       Geneesmiddel                          Gebruik             Voorschr.
10-03-2019  METFORMINE TABLET 850MG               2 x per dag 1       Drenth
10-03-2019  ATORVASTATINE TABLET 40MG             1 x per dag 1       Drenth
22-06-2021  APIXABAN TABLET 5MG                   2 x per dag 1       Brouwer
                                                                    (cardioloog)
22-06-2021  METOPROLOL RETARD TABLET 100MG        1 x per dag 1       Brouwer
14-09-2026  PARACETAMOL TABLET 1000MG             zo nodig max 3x1    Drenth
14-09-2026  DICLOFENAC GEL 10MG/G                 3 x per dag dun     Drenth
                                                  aanbrengen pols re

RECENT GESTOPT
01-08-2026  NAPROXEN TABLET 500MG                 gestopt: interactie
                                                  met apixaban

CONTRA-INDICATIES / INTOLERANTIES
  Boezemfibrilleren (2021)
  Nierfunctie verminderd: eGFR 48 ml/min (bepaald 09-2026)
  Overgevoeligheid: PENICILLINE (huiduitslag, 1988)

OPMERKINGEN
  Let op: antistolling (apixaban) - overleg bij ingrepen over onderbreken.
  Bij operatie aan de hand: perioperatief beleid apixaban via voorschrijver.

Dit overzicht is een momentopname en bevat alleen geneesmiddelen die via
deze apotheek zijn verstrekt. Controleer met de patient of het overzicht
volledig is.                                              pagina 1 van 1
""", label=dict(kinds=[], date="2026-11-26", author="other", language="nl",
                style="pharmacy medication overview, plain text printout",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
                notes="Pharmacy overview: not a history letter. Mentions 'ingrepen' / 'operatie aan de hand' only as "
                      "hypothetical advice; eGFR is another lab value. Birth date and print date both near the top."),
    hard="medication list with conditional surgery wording; lab value inside")

# ---------------------------------------------------------------- ti-025
add(stem="ti-025", fmt="pdf", font="Sans", size=9,
    lh={"logo": "DC Eemland-Noord", "logo_sub": "Diagnostisch Centrum Eemland-Noord · Klinische Chemie & Hematologie",
        "color": "#4a3b8f", "shape": "square",
        "right": ["Keramiekplein 31", "3812 GZ Amersfoort", "T 033 – 469 30 00", "ISO 15189 M088"]},
    footer=["Referentiewaarden gelden voor volwassenen. * = buiten referentiewaarde."],
    pagenum="Blad {n}",
    blocks=[
        ("title", "Uitslag laboratoriumonderzoek"),
        ("kv4", [("Naam", "El Khattabi, N.", "Ordernr.", "L26-7708123"),
                 ("Geboortedatum", "23-07-1979", "Afname", "10-11-2026 08:12"),
                 ("Aanvrager", "drs. P. Wiggers, huisarts, Hooglanderveen", "Rapportage", "11-11-2026"),
                 ("Klinische gegevens", "polyartralgie handen, ochtendstijfheid; RA?", "Status", "compleet")],
         {"grid": True, "w": 27}),
        ("table", ["Bepaling", "Uitslag", "Eenheid", "Referentie"],
         [["BSE", "28 *", "mm/uur", "< 20"],
          ["CRP", "11 *", "mg/l", "< 10"],
          ["Hemoglobine", "7,9", "mmol/l", "7,5 – 10,0"],
          ["Leukocyten", "7,2", "10^9/l", "4,0 – 10,0"],
          ["Trombocyten", "331", "10^9/l", "150 – 400"],
          ["Reumafactor IgM", "9", "kU/l", "< 15"],
          ["Anti-CCP", "< 7", "U/ml", "< 7"],
          ["Urinezuur", "0,31", "mmol/l", "0,15 – 0,35"],
          ["TSH", "2,1", "mU/l", "0,4 – 4,0"],
          ["Glucose (nuchter)", "5,4", "mmol/l", "4,0 – 6,0"]], {"widths": [55, 30, 30, 51]}),
        ("lp", "Commentaar:", "Licht verhoogde ontstekingsparameters. Reumafactor en anti-CCP negatief; dit sluit "
                              "reumatoïde artritis niet uit. Een MRSA-kweek of andere microbiologische bepaling is "
                              "niet aangevraagd."),
        ("kv", [("Gevalideerd door", "dr. W.J. Overdijk, klinisch chemicus – 11-11-2026")], {"w": 34}),
    ],
    label=dict(kinds=[], date="2026-11-11", also_dates=["2026-11-10"], author="lab", language="nl",
               style="clinical chemistry lab result table, reportlab PDF",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Other lab result (blood), same layout as a microbiology report; explicitly says no MRSA culture "
                     "was requested – the word MRSA must not make it an MRSA screening."),
    hard="lab layout without MRSA; 'MRSA-kweek niet aangevraagd' sentence")

# ---------------------------------------------------------------- ti-026
add(stem="ti-026", fmt="docx", font="Sans", size=10.5,
    lh=dict(LH_EEMHOF, logo_sub="hand and wrist surgery · second opinion"),
    footer=["Handkliniek Eemhof · Zuiderhofweg 40 · 3818 KX Amersfoort · +31 33 208 77 10"],
    blocks=[
        ("p", "Amersfoort, 27 November 2026"),
        ("addr", ["Mr D.R. Whitcombe", "Vlasmarktkade 31-bis", "3512 PB Utrecht"]),
        ("lp", "Our reference:", "SO-2026-1193 / DRW 19-02-1981"),
        ("lp", "Subject:", "confirmation of your appointment – second opinion hand/wrist"),
        ("p", "Dear Mr Whitcombe,"),
        ("p", "Thank you for your request for a second opinion. We are pleased to confirm your appointment:"),
        ("kv", [("Date", "Thursday 14 January 2027"), ("Time", "10:40 (please arrive 15 minutes early)"),
                ("With", "dr. M. Oostindiër, hand surgeon"), ("Location", "Outpatient clinic, ground floor, desk B")],
         {"w": 28}),
        ("p", "Your appointment can only go ahead if your file is complete. Please make sure that we receive the "
              "following no later than 10 working days before your appointment:"),
        ("p", "• a referral letter from your general practitioner or specialist stating the question for the second "
              "opinion (your insurer reimburses a second opinion only with a referral);\n"
              "• a recent overview of your medical history from your GP;\n"
              "• all letters from the specialists who treated you;\n"
              "• the images (X-ray, ultrasound, CT, MRI) on CD or via a portal, with the radiology reports;\n"
              "• the operation reports of every operation on your hand or wrist;\n"
              "• if you have been admitted to or treated in a hospital outside the Netherlands, a recent MRSA "
              "screening result arranged via your GP. Patients who carry MRSA cannot be operated on in our clinic."),
        ("p", "Please note that with a BMI over 40 we can only offer diagnostics. If you cannot attend, please let us "
              "know at least 48 hours in advance; otherwise we may charge the appointment."),
        ("p", "Kind regards,"),
        ("sig", ["", "Intake office – Second Opinion Clinic", "Handkliniek Eemhof"]),
    ],
    label=dict(kinds=[], date="2026-11-27", author="other", language="en",
               style="clinic appointment letter in English to an expat, Word",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Appointment letter full of every trigger word (referral, MRSA, operation reports, images, "
                     "hospital outside the Netherlands) – all generic/conditional, nothing about this patient. "
                     "Birth date hidden in the reference line."),
    hard="checklist wording with all keywords; conditional statements only")

# ---------------------------------------------------------------- ti-027
add(stem="ti-027", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_EEMHOF, dept="Polikliniek Second Opinion"),
    footer=["Formulier SO-04 versie 3.1 (2026) · Handkliniek Eemhof"], pagenum="",
    blocks=[
        ("title", "Machtiging opvragen medische gegevens"),
        ("p", "Met dit formulier geeft u de Handkliniek Eemhof toestemming om uw medische gegevens op te vragen bij "
              "andere zorgverleners. Vul het formulier volledig in en onderteken het."),
        ("kv", [("Naam", "P.L. Haverkamp"), ("Geboortedatum", "16-09-1973"), ("BSN", "999927031"),
                ("Adres", "Maasoeverkade 12, 5911 JK Venlo"), ("Telefoon", "06 – 3031 7765")],
         {"grid": True, "w": 36}),
        ("h", "1. Bij wie mogen wij gegevens opvragen?"),
        ("checks", [("Mijn huisarts (naam/plaats): J. Thijssen, Venlo", [("ja", True)]),
                    ("Ziekenhuis in Nederland (naam/plaats): Ziekenhuis Maasoever, Venlo",
                     [("ja", True)]),
                    ("Andere zorgverlener (fysiotherapeut, handtherapeut)", [("ja", False)])]),
        ("h", "2. Vragen voor de intake"),
        ("checks", [("Bent u in de afgelopen 12 maanden in een ziekenhuis buiten Nederland behandeld of opgenomen?",
                     [("ja", True), ("nee", False)]),
                    ("Zo ja, naam en plaats van het ziekenhuis: Ev. Krankenhaus Lindenhorst, Düsseldorf (sept. 2026)",
                     []),
                    ("Bent u geopereerd aan de hand of pols waarvoor u komt?", [("ja", False), ("nee", True)]),
                    ("Zijn er foto's (röntgen, echo, CT of MRI) gemaakt van deze hand/pols?",
                     [("ja", True), ("nee", False), ("weet ik niet", False)]),
                    ("Is uw BMI hoger dan 40?", [("ja", False), ("nee", True)])]),
        ("h", "3. Ondertekening"),
        ("p", "Ik geef toestemming voor het opvragen van de hierboven aangekruiste gegevens. Deze machtiging is één jaar "
              "geldig."),
        ("kv", [("Plaats", "Venlo"), ("Datum", "21-11-2026"), ("Handtekening", "P. Haverkamp")], {"w": 36}),
    ],
    label=dict(kinds=[], date="2026-11-21", author="patient", language="nl",
               style="consent/authorisation form with tick boxes (glyphs), reportlab PDF",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Facts only in ticked boxes (☒/☐ glyphs in a separate column from the question). Hospital abroad "
                     "given by name and city (Düsseldorf). A Dutch hospital is also listed for record requests. Form version year 2026 "
                     "in the footer is not a document date."),
    hard="tick-box answers in separate cells; abroad via German city; form version date")

# ---------------------------------------------------------------- ti-028
add(stem="ti-028", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_EEMHOF, dept="Intakevragenlijst hand en pols"),
    footer=["Vragenlijst HP-INT-2 · gebaseerd op PRWHE-DLV · Handkliniek Eemhof"], pagenum="pagina {n}",
    blocks=[
        ("title", "Intakevragenlijst hand en pols"),
        ("kv", [("Naam", "M. Kuipers-Dam"), ("Geboortedatum", "08-12-1987"),
                ("Datum invullen", "___ - ___ - ______")], {"w": 36}),
        ("h", "A. Uw klacht"),
        ("checks", [("Om welke hand gaat het?", [("rechts", True), ("links", False), ("beide", False)]),
                    ("Bent u rechts- of linkshandig?", [("rechts", True), ("links", False)]),
                    ("Hoe lang heeft u de klachten?", [("< 3 mnd", False), ("3-12 mnd", True), ("> 1 jaar", False)])],
         {"mode": "bracket"}),
        ("h", "B. Eerdere behandeling"),
        ("checks", [("Heeft u eerder een operatie aan deze hand of pols gehad?", [("ja", False), ("nee", True)]),
                    ("Zijn er foto's of scans gemaakt?",
                     [("röntgen", True), ("echo", False), ("MRI", False), ("CT", False), ("geen", False)]),
                    ("Heeft u injecties gehad?", [("ja", True), ("nee", False)]),
                    ("Bent u het afgelopen jaar in een ziekenhuis in het buitenland opgenomen of behandeld?",
                     [("ja", False), ("nee", True)])], {"mode": "bracket"}),
        ("lp", "Andere operaties (welke, wanneer):", "keizersnede 2019, amandelen geknipt als kind"),
        ("h", "C. Pijn (0 = geen pijn, 10 = ergste pijn)"),
        ("table", ["Hoe erg is uw pijn ...", "score"],
         [["in rust", "3"], ["bij herhaalde bewegingen van de pols", "7"], ["bij optillen van een zwaar voorwerp", "8"],
          ["op zijn ergst", "8"], ["hoe vaak heeft u pijn (0 = nooit, 10 = altijd)", "6"]], {"widths": [120, 46]}),
        ("h", "D. Functie"),
        ("table", ["Hoe moeilijk was het ...", "score"],
         [["een deurknop omdraaien", "6"], ["vlees snijden met een mes", "5"], ["een overhemd dichtknopen", "2"],
          ["opstaan uit een stoel met steun van de handen", "7"], ["een zak van 5 kg tillen", "8"],
          ["toiletgebruik / persoonlijke hygiëne", "1"]], {"widths": [120, 46]}),
        ("p", "Hartelijk dank voor het invullen. Neem deze lijst mee naar uw afspraak."),
    ],
    label=dict(kinds=[], author="patient", language="nl",
               style="patient questionnaire with [X] bracket tick boxes, undated, reportlab PDF",
               imaging_done="yes", operated="no", treated_abroad="no",
               notes="Undated: the 'Datum invullen' field is blank. Facts only in bracket tick boxes; caesarean section "
                     "and tonsillectomy are other body parts, while the hand/wrist question is ticked 'nee'."),
    hard="undated; [X]/[ ] boxes; other operations listed beside a 'no' for hand surgery")

# ---------------------------------------------------------------- ti-029
add(stem="ti-029", fmt="docx", font="Sans", size=10,
    lh={"logo": "MDC Waalstroom", "logo_sub": "Medisch Diagnostisch Centrum · röntgen · echo · lab",
        "color": "#2d5f8b",
        "right": ["Afspraken: 0344 – 63 20 00", "Zonder afspraak röntgen: ma-vr 8.00-16.30",
                  "Medisch Plein 4, 4001 JK Tiel"]},
    blocks=[
        ("title", "Aanvraagformulier beeldvormend onderzoek (eerste lijn)"),
        ("kv", [("Aanvrager", "M. Vos-Ketelaar, huisarts – Huisartsenpraktijk De Uiterwaard, Tiel"),
                ("AGB-code aanvrager", "01-054321"),
                ("Datum aanvraag", "02-10-2026"),
                ("Uitslag naar", "aanvrager (Edifact)")], {"grid": True, "w": 40}),
        ("kv", [("Patiënt", "dhr. Y. Amrani"), ("Geboortedatum", "11-01-2001"),
                ("Adres", "Uiterwaardpad 23, 4001 AB Tiel"), ("Verzekeraar / nr", "Zorgverzekeraar Eemland 7741290")],
         {"grid": True, "w": 40}),
        ("h", "Onderzoek"),
        ("checks", [("Soort", [("Röntgen", True), ("Echo", False), ("DEXA", False)]),
                    ("Regio", [("pols rechts + scafoïdserie", True)])]),
        ("kv", [("Klinische gegevens / vraagstelling",
                 "Val op uitgestrekte rechterhand 30-09 (voetbal). Drukpijn tabatière, pijn bij axiale compressie "
                 "duim. Fractuur os scaphoideum?"),
                ("Eerdere operatie in dit gebied", "nee"),
                ("Zwangerschap", "n.v.t."),
                ("Spoed", "ja – vandaag zonder afspraak")], {"grid": True, "w": 52}),
        ("small", "Bij twijfel over een scafoïdfractuur en een negatieve foto: herhaalfoto of MRI na 10-14 dagen "
                  "overwegen (NHG-standaard)."),
        ("sig", ["Handtekening aanvrager: M. Vos-Ketelaar"]),
    ],
    label=dict(kinds=[], date="2026-10-02", author="gp", language="nl",
               style="first-line radiology request form, Word tables with tick boxes",
               imaging_done="unmentioned", operated="no", treated_abroad="unmentioned",
               notes="A request form, neither a referral nor a radiology report: the X-ray is only requested "
                     "(imaging_done=unmentioned). It contains a Vraagstelling and 'Aanvrager', like a report would. "
                     "The form field 'Eerdere operatie in dit gebied: nee' gives operated=no."),
    hard="request form with Vraagstelling; requested imaging; form field 'eerdere operatie: nee'")

# ---------------------------------------------------------------- ti-030 (merged M2, Austria)
_lh_pitzau = {"logo": "BKH Pitzau", "logo_sub": "A.ö. Bezirkskrankenhaus Pitzau · Tirol", "color": "#a4161a",
              "shape": "cross",
              "right": ["Pitzauer Straße 8", "6471 Arzl im Pitztal", "Österreich", "Tel. +43 5412 6380-0",
                        "www.bkh-pitzau.at"]}
add(stem="ti-030", fmt="merged", parts=[
    dict(font="Serif", size=10,
         lh=dict(_lh_pitzau, dept="Abteilung für Unfallchirurgie und Sporttraumatologie · Vorstand Prim. Dr. H. Mairhofer"),
         footer=["BKH Pitzau · Abteilung für Unfallchirurgie · Sekretariat DW 2210"], pagenum="Seite {n}",
         blocks=[
             ("p", "Arzl im Pitztal, 02.03.2026"),
             ("addr", ["An die weiterbehandelnde Ärztin / den weiterbehandelnden Arzt", "z. H. Huisarts dr. E. Hoekstra",
                       "Gezondheidscentrum Elfstedenhof", "8925 Leeuwarden, Niederlande"]),
             ("lp", "Patient:", "Herr Jeroen BOONSTRA, geb. 15.03.1975, wh. Leeuwarden (NL)"),
             ("lp", "Stationärer Aufenthalt:", "27.02.2026 – 02.03.2026"),
             ("title", "Entlassungsbrief"),
             ("p", "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,"),
             ("p", "wir berichten über Ihren Patienten, der sich vom 27.02.2026 bis 02.03.2026 in unserer stationären "
                   "Behandlung befand."),
             ("h", "Diagnosen"),
             ("p", "Dislozierte Skaphoidfraktur links, proximales Drittel (Herbert B2)\nSt. p. Skisturz am 27.02.2026"),
             ("h", "Therapie"),
             ("p", "Offene Reposition und Schraubenosteosynthese (kanülierte Kompressionsschraube) am 28.02.2026 – "
                   "siehe beiliegenden OP-Bericht."),
             ("h", "Verlauf"),
             ("p", "Aufnahme über die Ambulanz nach Skisturz. Röntgen und CT des linken Handgelenks zeigten eine "
                   "dislozierte Fraktur des proximalen Skaphoiddrittels (siehe Befund). Nach Aufklärung erfolgte am "
                   "28.02.2026 die operative Versorgung. Der postoperative Verlauf war komplikationslos; Wunde "
                   "reizlos, Durchblutung, Motorik und Sensibilität intakt. Entlassung im Unterarmgips mit "
                   "Daumeneinschluss."),
             ("h", "Procedere"),
             ("p", "Fadenentfernung am 12.–14. postoperativen Tag beim Hausarzt. Gipsruhigstellung für insgesamt 6 Wochen. "
                   "Röntgenkontrolle nach 6 Wochen beim weiterbehandelnden Unfallchirurgen in den Niederlanden. "
                   "Thromboseprophylaxe nicht erforderlich. Arbeitsunfähig bis auf Weiteres."),
             ("p", "Mit freundlichen kollegialen Grüßen"),
             ("sig", ["Prim. Dr. Hannes Mairhofer", "Vorstand", "", "OA Dr. Katharina Strolz", "Fachärztin für "
                      "Unfallchirurgie"]),
             ("small", "Beilagen: OP-Bericht, Röntgen-/CT-Befund, CD"),
         ]),
    dict(font="Serif", size=10,
         lh=dict(_lh_pitzau, dept="Abteilung für Unfallchirurgie und Sporttraumatologie"),
         pagenum="Seite {n}",
         blocks=[
             ("title", "OP-BERICHT"),
             ("kv4", [("Name", "Boonstra Jeroen", "Geb.-Dat.", "15.03.1975"),
                      ("SVNR / Pass", "NL-Reisepass NW4R8812", "Aufn.-Zahl", "2026/001877"),
                      ("OP-Datum", "28.02.2026", "Saal", "OP 2")], {"grid": True, "w": 24}),
             ("kv", [("Operateur", "OA Dr. Katharina Strolz"), ("Assistenz", "Dr. Lukas Gstrein (AA)"),
                     ("Anästhesie", "Plexus axillaris, Dr. M. Haselwanter"),
                     ("Diagnose", "Dislozierte Skaphoidfraktur li., proximales Drittel"),
                     ("Operation", "Offene Reposition, Osteosynthese mit kanülierter Kompressionsschraube (3,0 mm) "
                                   "von dorsal")], {"w": 28}),
             ("h", "Operationsbericht"),
             ("p", "Rückenlage, Arm auf Armtisch, Oberarmblutsperre 250 mmHg. Dorsaler Zugang zwischen 3. und 4. "
                   "Strecksehnenfach, Längsinzision der Kapsel unter Schonung des SL-Bandes. Darstellung der Fraktur "
                   "am proximalen Pol, Hämatomausräumung, Reposition unter Sicht mit Joysticks. Einbringen des "
                   "Führungsdrahtes entlang der zentralen Achse, Bildwandlerkontrolle in mehreren Ebenen. Einbringen "
                   "einer kanülierten Kompressionsschraube 3,0 x 22 mm; gute Kompression, Schraubenkopf versenkt. "
                   "Abschließende BV-Kontrolle: regelrechte Lage. Spülung, Kapselnaht, Hautnaht. Steriler Verband, "
                   "Unterarmgips mit Daumeneinschluss."),
             ("lp", "Komplikationen:", "keine"),
             ("sig", ["Dr. K. Strolz e.h."]),
         ]),
    dict(font="Sans", size=9.5,
         lh=dict(_lh_pitzau, dept="Institut für Radiologie"),
         pagenum="",
         blocks=[
             ("title", "Radiologischer Befund"),
             ("kv", [("Patient", "Boonstra Jeroen, 15.03.1975"), ("Zuweiser", "Ambulanz Unfallchirurgie"),
                     ("Untersuchung", "Röntgen Handgelenk li. in 2 Ebenen + Skaphoidserie; CT Handgelenk li. nativ"),
                     ("Datum", "27.02.2026")], {"w": 30}),
             ("h", "Befund"),
             ("p", "Röntgen: Frakturlinie im proximalen Skaphoiddrittel mit Stufenbildung. CT: Querfraktur des "
                   "proximalen Drittels mit Dislokation um 2 mm und geringer Trümmerzone dorsal. Keine perilunäre "
                   "Luxation. Radius und Ulna intakt."),
             ("h", "Beurteilung"),
             ("p", "Dislozierte Fraktur des proximalen Skaphoiddrittels links (Herbert B2)."),
             ("sig", ["Dr. Franz Kathrein, Facharzt für Radiologie", "vidiert 27.02.2026"]),
         ]),
],
    label=dict(kinds=["correspondence", "operation-report", "imaging-report"], author="specialist", language="de",
               style="Austrian hospital bundle: Entlassungsbrief + OP-Bericht + radiology Befund (merged PDF)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Three documents from an (invented) Tyrolean hospital in one PDF; top-level date omitted (bundle). "
                     "All dates older than six months (02/2026–03/2026). Austrian terms (Prim., OA, e.h., vidiert). "
                     "The letter only refers to the OP report ('siehe beiliegenden OP-Bericht'), so the letter part is "
                     "correspondence only.",
               parts=[dict(kinds=["correspondence"], date="2026-03-02", author="specialist"),
                      dict(kinds=["operation-report"], date="2026-02-28", author="specialist"),
                      dict(kinds=["imaging-report"], date="2026-02-27", author="radiologist")]),
    hard="merged Austrian bundle; old dates; letter refers to OP report")

# ---------------------------------------------------------------- ti-031
add(stem="ti-031", fmt="docx", font="Serif", size=10.5,
    lh={"logo": "Klinik Rosenhalde", "logo_sub": "Handchirurgie und Chirurgie der peripheren Nerven",
        "color": "#8c2d19",
        "right": ["Rosenhaldenweg 3", "6006 Luzern", "Tel. +41 41 418 22 00", "handchirurgie@rosenhalde.ch"]},
    lh_in_header=True,
    footer=["Klinik Rosenhalde AG · Luzern · www.rosenhalde.ch"],
    blocks=[
        ("addr", ["Frau Dr. med. Ursula Gisler", "Fachärztin für Allgemeine Innere Medizin FMH", "Praxis am Seeblick",
                  "Seeblickweg 2", "6300 Zug"]),
        ("p", "Luzern, 5. November 2026 / ca"),
        ("lp", "Sprechstundenbericht –", "Herr Maarten van Kessel, geb. 29.07.1983, Lorzenhofstrasse 61, 6300 Zug"),
        ("p", "Sehr geehrte Frau Kollegin"),
        ("p", "Besten Dank für die Zuweisung Ihres Patienten, den ich am 3. November 2026 in unserer Sprechstunde "
              "gesehen habe."),
        ("h", "Diagnosen"),
        ("p", "1. Läsion des triangulären fibrokartilaginären Komplexes (TFCC) Handgelenk rechts, Palmer 1B, "
              "mit klinischer DRUG-Instabilität\n2. St. n. Appendektomie 2002"),
        ("h", "Anamnese"),
        ("p", "Der 43-jährige, rechtshändige Informatiker verspürt seit einem Sturz beim Mountainbiken im Juni 2026 "
              "ulnarseitige Schmerzen am rechten Handgelenk, besonders bei Rotationsbewegungen und beim Stützen. "
              "Eine Operation wurde bislang nicht durchgeführt. Eine Ruhigstellung mit Handgelenksschiene über "
              "6 Wochen brachte keine Besserung."),
        ("h", "Befund"),
        ("p", "Keine Schwellung. Fovea-Zeichen positiv, Ulnocarpal-Stresstest positiv. DRUG im Seitenvergleich "
              "vermehrt translatierbar (Piano-Key-Zeichen positiv). Keine Sensibilitätsstörung im Ulnarisgebiet, "
              "Kraft Jamar 32 kg rechts, 48 kg links."),
        ("h", "Bildgebung"),
        ("p", "MRI Handgelenk rechts vom 20.10.2026 (Radiologie Pilatusblick): foveale Desinsertion des TFCC, kein "
              "ulnokarpales Impaktionssyndrom, Knorpel intakt."),
        ("h", "Beurteilung und Procedere"),
        ("p", "Es handelt sich um eine symptomatische foveale TFCC-Läsion mit DRUG-Instabilität. Wir haben dem Patienten "
              "eine arthroskopisch assistierte, transossäre Refixation empfohlen. Herr van Kessel, der niederländischer "
              "Staatsbürger ist, möchte vor dem Eingriff eine Zweitmeinung in den Niederlanden einholen. Wir haben ihm "
              "die Unterlagen und die Bilder auf CD mitgegeben. Bei Entscheid für die Operation hier meldet er sich "
              "direkt im Sekretariat."),
        ("p", "Freundliche Grüsse"),
        ("sig", ["", "Dr. med. Corinne Amstutz", "Leitende Ärztin Handchirurgie", "FMH Hand- und Plastische Chirurgie"]),
        ("small", "Kopie an: Patient"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-05", also_dates=["2026-11-03"], author="specialist",
               language="de", style="Swiss consultation report (Sprechstundenbericht), Swiss spelling, Word",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Swiss German ('Grüsse', no ß; 'MRI'), written by the Swiss clinic that examined him (treated "
                     "abroad). 'Eine Operation wurde bislang nicht durchgeführt' with an operation recommended; "
                     "appendectomy 2002 is another body part. Letterhead sits in the page header."),
    hard="Swiss spelling; negated operation next to recommended one; second opinion mentioned by specialist")

# ---------------------------------------------------------------- ti-032
add(stem="ti-032", fmt="lo", font="Sans", size=10.5,
    lh={"logo": "Gemeinschaftspraxis am Dinkelbogen", "logo_sub": "Dr. med. Birgit Hölscher · Tobias Brinkhege",
        "color": "#1f5f3f",
        "dept": "Fachärzte für Allgemeinmedizin · Hausärztliche Versorgung",
        "right": ["Am Dinkelbogen 7", "48599 Gronau (Westf.)", "Tel. 02562 71 90 40", "Fax 02562 71 90 49",
                  "BSNR 38 771 4400"]},
    footer=["Sprechzeiten: Mo–Fr 8–12 Uhr, Mo/Di/Do 15–18 Uhr"],
    blocks=[
        ("addr", ["Handkliniek Eemhof", "Polikliniek Second Opinion", "Zuiderhofweg 40", "NL-3818 KX Amersfoort"]),
        ("p", "Gronau, 23.11.2026"),
        ("title", "Überweisung zur Zweitmeinung – Arztbrief"),
        ("lp", "Patient:", "Herr Hans-Dieter Kampshoff, geb. 14.02.1962, Vereinsstraße 19, 48599 Gronau"),
        ("lp", "Krankenversicherung:", "BKK Dinkeltal (EHIC-Angaben liegen bei)"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen Herrn Kampshoff mit der Bitte um eine Zweitmeinung bezüglich seines rechten "
              "Handgelenks."),
        ("h", "Diagnosen"),
        ("p", "• SLAC-Wrist Stadium III rechts\n• Z. n. mediokarpaler Teilarthrodese (Four-Corner-Fusion) rechts "
              "04/2024 im Kreiskrankenhaus Hohenlinden\n• Arterielle Hypertonie\n• Nikotinabusus (ca. 20 py)"),
        ("h", "Anamnese"),
        ("p", "Herr Kampshoff, Landschaftsgärtner, hat nach der Teilarthrodese 2024 zunächst eine deutliche Besserung "
              "erfahren. Seit Frühjahr 2026 zunehmende belastungsabhängige Schmerzen dorsal, Kraftverlust. Ein "
              "aktuelles CT des rechten Handgelenks (09/2026) zeigt eine knöchern konsolidierte Fusion, jedoch "
              "beginnende Arthrose im radiolunären Gelenkanteil. Der Operateur in Hohenlinden hat eine "
              "Totalarthrodese vorgeschlagen, der Patient ist unsicher."),
        ("h", "Fragestellung"),
        ("p", "Ist bei persistierenden Schmerzen eine Handgelenksdenervation ausreichend, oder ist eine "
              "Totalarthrodese indiziert? Gibt es Alternativen, die die Restbeweglichkeit erhalten?"),
        ("lp", "Medikation:", "Ramipril 5 mg 1-0-0, Ibuprofen 600 mg bei Bedarf."),
        ("p", "Anbei erhalten Sie den OP-Bericht von 04/2024, den CT-Befund von 09/2026 und den Arztbrief des "
              "Kreiskrankenhauses Hohenlinden von 10/2026."),
        ("p", "Für Ihre Mühe danke ich Ihnen herzlich."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["", "Dr. med. Birgit Hölscher", "Fachärztin für Allgemeinmedizin"]),
    ],
    label=dict(kinds=["referral"], date="2026-11-23", author="gp", language="de",
               style="German GP Überweisung/Arztbrief, Word converted by LibreOffice to PDF",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="German GP across the border refers a German patient; his surgery was in a German hospital, which "
                     "counts as outside the Netherlands (treated_abroad=yes, judgement for a non-Dutch resident). "
                     "Question in a 'Fragestellung' section. Enclosures ('Anbei ...') are mentions only."),
    hard="German referral; home-country hospital is 'abroad'; proposed second operation")

# ---------------------------------------------------------------- ti-033
add(stem="ti-033", fmt="txt", text="""
Radiologie Pilatusblick AG
Institut für Radiologie und Nuklearmedizin
Chrüzmattstrasse 40, 6005 Luzern  |  Tel. 041 368 90 90  |  www.pilatusblick-radiologie.ch

Zuweiser:   Dr. med. C. Amstutz, Klinik Rosenhalde, Handchirurgie, Luzern
Kopie:      Dr. med. U. Gisler, Zug

Patient:    van Kessel Maarten, 29.07.1983
Untersuchung vom 20.10.2026:  MRI Handgelenk rechts nativ und nach i.v. KM (3 Tesla)

Klinische Angaben / Fragestellung:
Ulnarseitige Handgelenksschmerzen re. seit Sturz 06/2026. TFCC-Läsion?
Ulnokarpales Impaktionssyndrom?

Technik:
Koronare PD fs, T1, sagittale und axiale PD fs, 3D-DESS, nach KM koronar T1 fs.
Keine Voruntersuchungen zum Vergleich.

Befund:
Ulna-Plus-Variante von 0.5 mm (neutral). Der TFCC zeigt eine Flüssigkeitsinter-
position an der fovealen Insertion mit Desinsertion der tiefen Fasern; der
styloidale Anteil ist intakt. Kein zentraler Defekt. Diskrete Synovitis im
prästyloidalen Recessus. Keine Knochenmarködeme im Lunatum oder Ulnakopf. SL-
und LT-Band intakt. ECU-Sehne in der Rinne zentriert, ohne Tendinopathie.
Knorpel radiokarpal und im DRUG erhalten.

Beurteilung:
1. Foveale Desinsertion des TFCC (Palmer 1B / Atzei Klasse 2-3).
2. Kein Anhalt für ulnokarpales Impaktionssyndrom.
3. Kein Knorpelschaden.

Freundliche Grüsse
Dr. med. Reto Bachmann, Facharzt FMH für Radiologie
Luzern, 20.10.2026 – elektronisch visiert
""", label=dict(kinds=["imaging-report"], date="2026-10-20", author="radiologist", language="de",
                style="Swiss radiology report (Befund/Beurteilung), plain text",
                imaging_done="yes", operated="unmentioned", treated_abroad="yes",
                notes="Swiss private radiology institute: imaging at a clinic abroad counts as treatment abroad "
                      "(judgement). Requester is a hand surgery department. Hyphenated line breaks "
                      "('Flüssigkeitsinter-position', 'SL- und')."),
    hard="hyphenated line breaks; Swiss institute; requester 'Handchirurgie'")

# ---------------------------------------------------------------- ti-034
add(stem="ti-034", fmt="pdf", pagesize="letter", font="Sans", size=9.5, margin=19,
    lh={"logo": "CEDAR BLUFF IMAGING", "logo_size": 15, "logo_sub": "Diagnostic Radiology · MRI · CT · Ultrasound",
        "color": "#2b4162", "shape": "bar",
        "right": ["1180 Hemlock Terrace, Suite 200", "Asheville, NC 28803", "Phone (828) 555-0147",
                  "Fax (828) 555-0148"]},
    footer=["CONFIDENTIAL: This report contains protected health information."], pagenum="Page {n} of 1",
    blocks=[
        ("kv4", [("PATIENT:", "HARTSFIELD, NOAH T", "MRN:", "CBI-00481122"),
                 ("DOB:", "11/02/1979", "SEX:", "M"),
                 ("DATE OF SERVICE:", "08/14/2026", "ACCESSION:", "MR26-081411"),
                 ("REFERRING:", "Laura M. Pettigrew, MD\nCedar Bluff Hand Surgery", "LOCATION:", "Outpatient")],
         {"w": 30}),
        ("lp", "EXAM:", "MRI WRIST WITHOUT CONTRAST, RIGHT"),
        ("lp", "CLINICAL HISTORY:", "Ulnar-sided right wrist pain for 4 months after lifting injury. Evaluate TFCC."),
        ("lp", "TECHNIQUE:", "Multiplanar multisequence MR imaging of the right wrist was performed on a 1.5T magnet "
                             "without intravenous contrast."),
        ("lp", "COMPARISON:", "Radiographs of the right wrist dated 07/22/2026."),
        ("h", "FINDINGS:"),
        ("p", "TFCC: There is a full-thickness central (radial-sided) perforation of the articular disc measuring "
              "approximately 4 mm. The foveal and styloid attachments appear intact.\n"
              "Ligaments: Scapholunate and lunotriquetral ligaments are intact.\n"
              "Bones: No fracture or osteonecrosis. Mild subchondral edema in the ulnar aspect of the lunate without "
              "cystic change. Ulnar variance is neutral.\n"
              "Tendons: Mild tenosynovitis of the extensor carpi ulnaris without tear. Flexor tendons unremarkable.\n"
              "Other: Small joint effusion. No ganglion cyst."),
        ("h", "IMPRESSION:"),
        ("p", "1. Full-thickness central TFCC perforation (Palmer 1A type).\n2. Mild ulnar lunate marrow edema, no "
              "findings of established ulnar impaction.\n3. Mild ECU tenosynovitis."),
        ("sp", 4),
        ("small", "Electronically signed by: Marcus O. Delacroix, MD, Diagnostic Radiology on 08/15/2026 08:12 AM"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-08-14", also_dates=["2026-08-15"], author="radiologist",
               language="en", style="US radiology report (letter size, FINDINGS/IMPRESSION), reportlab PDF",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="US MM/DD/YYYY dates: DOB 11/02/1979 is 2 November, not 11 February. Service date 08/14, signed "
                     "08/15. Imaging at a US facility = care abroad (judgement). Referring practice name contains "
                     "'Hand Surgery'."),
    hard="US date format (ambiguous DOB); referring 'Hand Surgery'; service vs signature date")

# ---------------------------------------------------------------- ti-035
add(stem="ti-035", fmt="docx", pagesize="letter", font="Sans", size=10.5, docx_font="Arial",
    lh={"logo": "Cedar Bluff Surgery Center", "logo_sub": "an ambulatory surgery center of Cedar Bluff Hand Surgery, PLLC",
        "color": "#2b4162",
        "right": ["2210 Cedar Bluff Parkway", "Asheville, NC 28806", "(828) 555-0190"]},
    footer=["Cedar Bluff Surgery Center – Medical Records – Page 1"],
    blocks=[
        ("title", "OPERATIVE REPORT"),
        ("kv", [("PATIENT NAME:", "Hartsfield, Noah T."), ("DATE OF BIRTH:", "11/02/1979"),
                ("MRN:", "CBH-0099317"), ("DATE OF SURGERY:", "09/03/2026"),
                ("SURGEON:", "Laura M. Pettigrew, MD"), ("ASSISTANT:", "Kyle Brandt, PA-C"),
                ("ANESTHESIA:", "General (LMA) with supraclavicular block"),
                ("PREOPERATIVE DIAGNOSIS:", "Right wrist TFCC tear, ulnar-sided wrist pain"),
                ("POSTOPERATIVE DIAGNOSIS:", "Right wrist central TFCC tear (Palmer 1A), synovitis"),
                ("PROCEDURE(S) PERFORMED:", "1. Right wrist arthroscopy\n2. Arthroscopic debridement of TFCC\n"
                                            "3. Limited synovectomy"),
                ("ESTIMATED BLOOD LOSS:", "Minimal"), ("COMPLICATIONS:", "None"),
                ("SPECIMENS:", "None"), ("TOURNIQUET TIME:", "38 minutes")], {"grid": False, "w": 62}),
        ("h", "INDICATIONS:"),
        ("p", "Mr. Hartsfield is a 46-year-old right-hand-dominant engineer with ulnar-sided wrist pain for six months. "
              "MRI dated 08/14/2026 demonstrated a central TFCC perforation. He failed splinting, activity "
              "modification and a corticosteroid injection. Risks, benefits and alternatives were discussed and "
              "informed consent was obtained."),
        ("h", "DESCRIPTION OF PROCEDURE:"),
        ("p", "The patient was identified in the preoperative area and the right wrist was marked. After induction of "
              "anesthesia he was positioned supine with the arm in a traction tower with 10 lb of finger-trap "
              "traction. A tourniquet was inflated to 250 mmHg. The 3-4 portal was established, followed by the "
              "6R portal. Diagnostic arthroscopy showed a 5 mm central perforation of the articular disc with unstable "
              "flap edges; the foveal attachment was intact on hook test (trampoline test negative). The "
              "scapholunate and lunotriquetral ligaments were intact. The unstable flap was debrided back to a stable "
              "rim with a shaver and radiofrequency probe. Limited synovectomy of the ulnar recess was performed. "
              "Portals were closed with 4-0 nylon and a volar splint was applied. The patient tolerated the procedure "
              "well and was taken to recovery in stable condition."),
        ("h", "DISPOSITION:"),
        ("p", "Discharge home. Follow-up in clinic in 10-14 days for suture removal; start hand therapy at that time."),
        ("small", "Electronically signed by Laura M. Pettigrew, MD 09/03/2026 4:52 PM"),
    ],
    label=dict(kinds=["operation-report"], date="2026-09-03", author="specialist", language="en",
               style="US operative report (Word, letter size, label column)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="US op report: facility name 'Surgery Center'. Operation done abroad (US). Imaging known from "
                     "'MRI dated 08/14/2026 demonstrated'. MM/DD/YYYY dates."),
    hard="US op report layout; MRI mentioned inside; US dates")

# ---------------------------------------------------------------- ti-036
add(stem="ti-036", fmt="txt", text="""
Cedar Bluff Hand Surgery, PLLC                             Office Visit Note
2210 Cedar Bluff Parkway, Asheville, NC 28806                  Printed 11/03/2026

Patient: Hartsfield, Noah T        DOB: 11/02/1979     MRN: CBH-0099317
Date of Service: 07/22/2026        Provider: Laura M. Pettigrew, MD
Visit type: New patient consultation
Referred by: Samuel Oyelaran, DO (Hemlock Hollow Family Medicine)

CHIEF COMPLAINT: Right wrist pain, ulnar side.

HISTORY OF PRESENT ILLNESS:
46 y/o RHD male software engineer presents with 4 months of ulnar-sided right
wrist pain that began after lifting a kayak. Pain 6/10 with forearm rotation,
pushing up from a chair and typing. Denies numbness or tingling. Wore an OTC
brace x 6 weeks with minimal relief. Has taken ibuprofen prn.

PAST MEDICAL HISTORY: Seasonal allergies.
PAST SURGICAL HISTORY: Left inguinal hernia repair (2015). No prior wrist
surgery.
MEDICATIONS: Ibuprofen 400 mg prn, cetirizine 10 mg daily.
ALLERGIES: NKDA.
SOCIAL: Non-smoker. Plans to relocate to the Netherlands for work later this
year.

PHYSICAL EXAM:
Right wrist: No swelling, no ecchymosis. Tender at the ulnar fovea. Positive
ulnar fovea sign. Negative piano key test, DRUJ stable in neutral, pronation
and supination. ECU stable with resisted supination. Negative Watson shift test.
Full ROM. Grip 38 kg R vs 47 kg L. Sensation intact to light touch in all
digits. Neurovascularly intact.

IMAGING:
X-rays of the right wrist, 3 views, obtained in clinic today and personally
reviewed: neutral ulnar variance, no fracture, no arthritis, normal carpal
alignment.

ASSESSMENT:
1. Right ulnar-sided wrist pain, suspect TFCC tear.

PLAN:
- MRI right wrist without contrast to evaluate TFCC.
- Ultrasound-guided corticosteroid injection offered today; patient agreed,
  procedure note separate.
- If MRI confirms a tear and symptoms persist, we discussed arthroscopic
  debridement vs repair. He would like to have this done before his move.
- Return after MRI.

Electronically signed: Laura M. Pettigrew, MD  07/22/2026 5:31 PM
""", label=dict(kinds=["correspondence"], date="2026-07-22", author="specialist", language="en",
                style="US EHR office visit / consultation note, plain text",
                imaging_done="yes", operated="no", treated_abroad="yes",
                notes="Specialist consultation note (counted as correspondence, judgement: a clinic note rather than a "
                      "letter). 'No prior wrist surgery' = operated no; hernia repair is another body part; arthroscopy "
                      "only discussed. Injection is not an operation. Print date 11/03/2026 vs service date 07/22/2026; "
                      "the document's date is the service/signature date."),
    hard="US clinic note; 'no prior wrist surgery' vs planned arthroscopy; printed date later than visit")

# ---------------------------------------------------------------- ti-037
add(stem="ti-037", fmt="pdf", font="Serif", size=10.5,
    lh={"logo": "Het Wilgenerf", "logo_sub": "Huisartsenpraktijk · dr. A. Sluijter & M. Kamminga", "color": "#4d6b2f",
        "shape": "circle",
        "right": ["Wilgenerf 2", "7414 XP Deventer", "tel. 0570 – 62 45 10", "spoed 0570 – 62 45 11"]},
    footer=["Huisartsenpraktijk Het Wilgenerf · Deventer"], pagenum="{n}",
    later="Samenvatting F.J. Riemersma (30-11-1966) – vervolg",
    blocks=[
        ("p", "Deventer, 20 mei 2026"),
        ("title", "Medische samenvatting"),
        ("kv", [("Patiënt", "dhr. F.J. Riemersma"), ("Geboren", "30-11-1966"),
                ("Adres", "Wilgenhoevelaan 88, 7413 AH Deventer"),
                ("Ten behoeve van", "second opinion handchirurgie (de verwijzing volgt apart via het portaal)")],
         {"w": 36}),
        ("h", "Actuele problemen"),
        ("p", "• Recidief ganglion dorsale zijde pols links (sinds januari 2026)\n• Diabetes mellitus type 2, "
              "goed ingesteld\n• Obesitas (BMI 34)"),
        ("h", "Voorgeschiedenis"),
        ("p", "2012 liesbreukcorrectie rechts\n2019 diabetes mellitus type 2\n"
              "2023 excisie ganglion dorsale zijde pols links (Ziekenhuis Ter Weyde, dagbehandeling)"),
        ("h", "Recente behandelingen"),
        ("p", "Januari 2026: zwelling dorsaal pols links terug, pijnlijk bij steunen.\n"
              "Februari 2026: aspiratie in de praktijk, na 3 weken recidief.\n"
              "Maart 2026: echo pols links (Ter Weyde): recidief ganglion 18 mm, uitgaande van het SL-ligament.\n"
              "April 2026: consult chirurg Ter Weyde: hernieuwde excisie (artroscopisch) voorgesteld; patiënt wil "
              "eerst een second opinion."),
        ("h", "Medicatie"),
        ("p", "Metformine 1000 mg 2dd1; perindopril 4 mg 1dd1; atorvastatine 20 mg 1dd1."),
        ("h", "Allergieën"),
        ("p", "Geen bekend."),
        ("h", "Sociaal"),
        ("p", "Gepensioneerd leraar. Woont sinds 2025 een deel van het jaar in de Algarve (Portugal); hij is daar niet "
              "onder behandeling geweest en heeft daar geen contact gehad met een ziekenhuis of arts."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "A. Sluijter, huisarts"]),
    ],
    label=dict(kinds=["history"], date="2026-05-20", author="gp", language="nl",
               style="GP medical summary letter (samenvatting), reportlab PDF",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="History letter dated 20 May 2026 – older than six months at the corpus date (Dec 2026), so it "
                     "should not satisfy a recency check. 'Ten behoeve van second opinion' but explicitly not the "
                     "referral. Earlier ganglion excision = operated yes; new excision only proposed. Living in the "
                     "Algarve without care = no."),
    hard="old (>6 months) history letter; 'for second opinion' but not a referral; living abroad without care")

# ---------------------------------------------------------------- ti-038
add(stem="ti-038", fmt="txt", text="""
Uitdraai journaal                                     Huisartsenpraktijk Zeedijkhof
Datum uitdraai: 03-12-2026   tijd: 09:12              Zeedijkhof 14, 1619 HA Andijk
Patiënt: Kranenburg, L.J. (Lotte)   geb.: 12-12-1979   patnr: 004471
Periode: 01-01-2026 t/m 03-12-2026          Filter: alle episodes
------------------------------------------------------------------------------
Datum     |ICPC|Arts|Regel
------------------------------------------------------------------------------
08-01-2026|L12 |HvdM|S: pijn en 'haken' middelvinger re bij opstaan, 3 mnd
          |    |    |O: nodulus A1-schede dig III re, triggering bij flexie
          |    |    |E: L12 triggervinger dig III re
          |    |    |P: uitleg; afwachten of injectie; pt kiest injectie
15-01-2026|L12 |HvdM|P: injectie triamcinolon 10 mg A1 dig III re
12-03-2026|L12 |HvdM|S: klachten terug. P: verwijzing plastische chirurgie
          |    |    |   MC Hoornbeek i.v.m. triggervinger dig III re
20-04-2026|L12 |----|Brief specialist ontvangen: plastische chirurgie MC Hoornbeek.
          |    |    |Triggervinger dig III re. Tweede injectie gegeven. Bij
          |    |    |recidief operatieve klieving A1-schede; pt op de hoogte.
02-06-2026|R74 |POH |S: verkouden, keelpijn. E: R74 URI. P: paracetamol
14-07-2026|L11 |HvdM|S: terug van vakantie Marrakech; daar gevallen op de rechter-
          |    |    |   hand op de trap van de riad. Niet naar een dokter of
          |    |    |   ziekenhuis geweest, ijs en zelf verband.
          |    |    |O: zwelling radiaal, geen drukpijn tabatière, goede ROM
          |    |    |E: L11 contusie pols re
          |    |    |P: echo pols aangevraagd ivm aanhoudende zwelling?
21-07-2026|L11 |ass |tel: pt heeft echo afgezegd, zwelling minder. Geen actie.
09-09-2026|L12 |HvdM|S: triggervinger weer terug, nu ook ochtendstijf. Wil geen
          |    |    |   operatie: moeder is in 2024 geopereerd aan CTS en had
          |    |    |   daarna CRPS.
          |    |    |E: L12 recidief triggervinger
          |    |    |P: vraag om second opinion bespreken; pt denkt na
11-11-2026|L12 |HvdM|S: wil second opinion over operatie vs derde injectie.
          |    |    |P: verwijzing handkliniek Eemhof; uitdraai journaal mee.
25-11-2026|A98 |POH |griepvaccinatie
------------------------------------------------------------------------------
Episodelijst (actief):  L12 triggervinger dig III re (08-01-2026)
                        K86 hypertensie (2022)
Passieve episodes:      W84 st.na sectio caesarea (2014); L11 contusie pols re (2026)
Medicatie: lisinopril 10 mg 1dd1
------------------------------------------------------------------------------
                                                                  pagina 1/1
""", label=dict(kinds=["history"], date="2026-12-03", author="gp", language="nl",
                style="HIS journal printout with column separators (Uitdraai journaal), plain text",
                imaging_done="unmentioned", operated="unmentioned", treated_abroad="no",
                notes="Every fact is only planned, refused or someone else's: echo requested then cancelled "
                      "(imaging_done=unmentioned), operation only as possible next step and refused, mother's CTS "
                      "operation, caesarean section. Fall in Marrakech explicitly without doctor or hospital "
                      "(treated_abroad=no). Injections are not operations."),
    hard="columnar journal; echo requested then cancelled; refused operation; mother's operation; Marrakech without care")

# ---------------------------------------------------------------- ti-039
add(stem="ti-039", fmt="docx", font="Sans", size=10,
    lh={"logo": "Verwijzing", "logo_sub": "Second opinion hand/pols – Plastische chirurgie", "color": "#1d6fa5",
        "right": ["Verwijsdatum: 15-10-2026", "Ref.: ZD-2026-7013-2280", "Ontvanger: Handkliniek Eemhof"]},
    footer=["Afdruk verwijzing · aangemaakt in het verwijsportaal · pagina 1"],
    blocks=[
        ("kv4", [("Patiënt", "Mevr. K.A. Oldenhof", "Verwijzer", "R.W. Greving, huisarts"),
                 ("Geboortedatum", "05-06-1995", "Praktijk", "Huisartsen Kolkhoeve, Nijkerk"),
                 ("BSN", "999901237", "AGB", "01-070455"),
                 ("Verzekeraar", "Zorgverzekeraar Eemland U.A.", "Telefoon", "033 – 245 11 80")]),
        ("kv", [("Reden van verwijzing",
                 "Tendovaginitis van De Quervain rechts sinds januari 2026, onvoldoende effect van conservatieve "
                 "behandeling. Werkt als verpleegkundige, veel tillen."),
                ("Vraagstelling",
                 "Graag second opinion. De plastisch chirurg in Amstelzicht adviseert operatieve release van het "
                 "eerste extensorcompartiment. Patiënte twijfelt in verband met een zwangerschapswens. Is afwachten "
                 "of een derde injectie verantwoord, en wat is het risico bij zwangerschap?"),
                ("Relevante voorgeschiedenis", "2018 enkelfractuur links, conservatief\n2021 burn-out, herstel na 8 maanden"),
                ("Recente behandelingen",
                 "06-2026 echo pols rechts (Diagnostisch Centrum Nijkerk): tendovaginitis 1e compartiment, "
                 "intracompartimenteel septum aanwezig\n06-2026 en 08-2026 corticosteroïdinjectie (huisarts)\n"
                 "07-2026 t/m 09-2026 duimspalk en handtherapie\nGeen operatie."),
                ("Medicatie", "Geen vaste medicatie"),
                ("Allergieën", "Latex"),
                ("Bijlagen", "Brief plastische chirurgie Amstelzicht 29-09-2026; echoverslag 06-2026")],
         {"grid": True, "w": 44}),
    ],
    label=dict(kinds=["referral", "history"], date="2026-10-15", author="gp", language="nl",
               style="portal referral as Word tables (4-column header + label/value table)",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Referral with 'Relevante voorgeschiedenis' and 'Recente behandelingen' = referral + history. "
                     "'Geen operatie.' closes the treatment list while an operation is advised by a specialist."),
    hard="Word tables; advised operation vs 'Geen operatie'")

# ---------------------------------------------------------------- ti-040
add(stem="ti-040", fmt="pdf", font="Sans", size=10,
    lh=dict(LH_HOORNBEEK, dept="Orthopedie en Traumatologie"),
    footer=["MC Hoornbeek · Orthopedie · T 0229 – 27 85 50 · Deze brief is elektronisch geautoriseerd"],
    pagenum="{n}",
    blocks=[
        ("kv", [("Datum", "30-09-2025"), ("Ons kenmerk", "ORT/RvW/2509-3316"), ("Uw kenmerk", "—")], {"w": 28}),
        ("addr", CLINIC_ADDR),
        ("lp", "Onderwerp:", "verwijzing voor second opinion – dhr. W.G. Dekema, geb. 19-10-1971"),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënt verwijzen wij de heer Dekema naar uw kliniek voor een second opinion. Wij "
              "ondersteunen dit verzoek van harte."),
        ("p", "Bij de heer Dekema, 53 jaar, linkshandig, vrachtwagenchauffeur, werd in 2024 een SNAC-wrist stadium II "
              "links vastgesteld na een jarenlang onbehandelde scafoïdfractuur. In maart 2025 verrichtten wij een "
              "proximale rijresectie (PRC) links. Het postoperatieve beloop werd gecompliceerd door een langdurig "
              "pijnsyndroom. Een CT-scan in augustus 2025 liet een goede positie van het capitatum in de fossa "
              "lunata zien, met beginnende artrotische veranderingen."),
        ("p", "Patiënt heeft nog steeds dagelijks pijn en kan zijn werk niet hervatten. Wij hebben een totale "
              "polsartrodese besproken; patiënt wil hierover een tweede mening."),
        ("lp", "Vraagstelling:", "is er bij aanhoudende pijn na PRC een indicatie voor een totale polsartrodese, of "
                                 "adviseert u verdere conservatieve of pijngerichte behandeling (denervatie)?"),
        ("p", "Het operatieverslag, de CT en de beelden worden door onze afdeling Medische Informatie nagestuurd."),
        ("p", "Met collegiale groet,"),
        ("sig", ["", "R. van Wieringen, orthopedisch chirurg"]),
        ("small", "cc: huisarts, dhr. T. Visser, Huisartsenpraktijk Bessenhof, Hoorn; patiënt"),
    ],
    label=dict(kinds=["referral", "correspondence"], date="2025-09-30", author="specialist", language="nl",
               style="specialist referral letter on hospital letterhead, reportlab PDF",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Judgement: a referral written by the treating orthopaedic surgeon is labelled both referral and "
                     "correspondence (it is a letter from the treating specialist). Dated 30-09-2025: more than a year "
                     "old, so an expired referral. Total arthrodesis only discussed; PRC done."),
    hard="specialist referral = referral + correspondence; referral older than one year")

# ---------------------------------------------------------------- ti-041
add(stem="ti-041", fmt="lo", font="Sans", size=10,
    lh=dict(LH_AMSTELZICHT, dept="Neurologie – Klinische Neurofysiologie"),
    lh_in_header=True,
    footer=["Amstelzicht Medisch Centrum · Neurologie · polikliniek 020 – 745 63 40"],
    blocks=[
        ("addr", ["Mevrouw drs. A.J. Stavenuiter, huisarts", "Huisartsenpraktijk Populierenhof", "Populierenhof 2",
                  "1183 NP Amstelveen"]),
        ("kv", [("Datum", "12 november 2026"), ("Betreft", "mevr. T. Bosgraaf-Wiersma, geb. 01-04-1960"),
                ("Patiëntnummer", "5521087"), ("Polibezoek", "10 november 2026")], {"w": 32}),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 10 november gezien op de polikliniek neurologie in verband met tintelingen in de "
              "rechterhand."),
        ("h", "Anamnese"),
        ("p", "Sinds een half jaar nachtelijke tintelingen in de duim, wijs- en middelvinger rechts, uitschudden helpt. "
              "Zij werd in 2021 elders (Ziekenhuis Ter Weyde) geopereerd aan de linkerpols wegens een "
              "carpaletunnelsyndroom, met goed resultaat; de klachten rechts lijken daar sterk op. Geen nekpijn."),
        ("h", "Onderzoek"),
        ("p", "Geen atrofie van de thenar. Hypesthesie dig I-III rechts. Tinel positief rechts, links negatief. "
              "Reflexen symmetrisch. Geen paresen."),
        ("h", "Aanvullend onderzoek"),
        ("p", "EMG (10-11-2026): ernstig carpaletunnelsyndroom rechts; links geen aanwijzingen voor een recidief. "
              "Er werd geen beeldvorming verricht; een echo van de n. medianus achtten wij niet nodig."),
        ("h", "Conclusie"),
        ("p", "Ernstig carpaletunnelsyndroom rechts."),
        ("h", "Beleid"),
        ("p", "Wij adviseren een operatieve decompressie rechts en verwijzen patiënte daarvoor graag naar de plastische "
              "chirurgie. Patiënte wil echter eerst een second opinion in de Handkliniek Eemhof; wij hebben haar "
              "geadviseerd dit via u te regelen. Wij hebben haar niet in controle gehouden."),
        ("p", "Met vriendelijke groet,"),
        ("sig", ["", "dr. H.W. Oudshoorn, neuroloog"]),
        ("small", "cc: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-12", also_dates=["2026-11-10"], author="specialist",
               language="nl", style="HiX-like neurology outpatient letter, Word converted by LibreOffice",
               imaging_done="no", operated="yes", treated_abroad="unmentioned",
               notes="Neurology letter (not a surgical department) is still correspondence. Judgement: the earlier "
                     "operation was on the other (left) wrist for the same condition; counted operated=yes because it "
                     "is hand/wrist surgery. 'Er werd geen beeldvorming verricht' = imaging no; EMG is not imaging. "
                     "Operation on the right only advised."),
    hard="contralateral prior operation; explicit no imaging; EMG; advised operation")

# ---------------------------------------------------------------- ti-042
add(stem="ti-042", fmt="txt", text="""
SINT ALDEGONDE GASTHUIS - PLASTISCHE CHIRURGIE             *** DICTAAT UITGEWERKT ***
Dicteercode: PLA-4471-2611   Gedicteerd door: drs. J.P. Hamelink, plastisch chirurg
Datum dictaat: 12-11-2026     Uitgewerkt: 16-11-2026     Typist: AvdB
Status: concept -> geautoriseerd 17-11-2026

Aan: dhr. R. Sitaram, huisarts, Gezondheidscentrum Merwehof, Dordrecht
Betreft: mw. S.M. Martina, geb. 07-02-1991, Patiëntnr 2207415

Geachte collega,

Wij zagen uw patiënte op 12-11-2026 op het spreekuur plastische chirurgie
in verband met een doof gevoel aan de ulnaire zijde van de linkerduim.

Anamnese: zij verbleef deze zomer drie maanden bij familie op Curaçao. Daar
werd zij op de spoedeisende hulp van het ziekenhuis in Willemstad gezien met
een snijwond van de linkerduim (glas), die daar gehecht werd. Sindsdien een
doof gevoel ulnair aan de duim tot in de top. Geen operaties in de
voorgeschiedenis. Haar zus is onlangs geopereerd aan een Dupuytren;
patiënte vraagt of dat erfelijk is. Rechtshandig, werkt als kapster.

Lichamelijk onderzoek: goed genezen litteken 1,5 cm palmair-ulnair ter
hoogte van de proximale falanx dig I links. Tinel positief ter hoogte van
het litteken. Statische 2-PD ulnair >15 mm, radiair 5 mm. Flexie IP en MCP
volledig, FPL intact. Geen tekenen van infectie.

Aanvullend onderzoek: niet verricht.

Conclusie: verdenking laesie n. digitalis proprius ulnaris dig I links,
4 maanden na snijletsel.

Beleid: wij adviseren exploratie met zo nodig zenuwreconstructie (conduit of
interponaat). Patiënte wil hierover nadenken en eventueel een second opinion.
Zij neemt contact op. Ten aanzien van de MRSA-status: gezien de behandeling
op Curaçao is voorafgaand aan een eventuele ingreep een MRSA-screening nodig.

Met vriendelijke groet,
drs. J.P. Hamelink, plastisch chirurg
(elektronisch geautoriseerd, daarom niet ondertekend)
cc: patiënte
""", label=dict(kinds=["correspondence"], date="2026-11-16", also_dates=["2026-11-12", "2026-11-17"],
                author="specialist", language="nl",
                style="transcribed dictation of an outpatient letter, plain text with dictation header",
                imaging_done="no", operated="no", treated_abroad="yes",
                notes="Judgement calls: Curaçao is part of the Kingdom but outside the Netherlands proper – an ED visit "
                      "in Willemstad counted as treated abroad (the letter itself draws the MRSA consequence). Suturing "
                      "a wound in the ED is not an operation, so 'Geen operaties in de voorgeschiedenis' gives "
                      "operated=no. 'Aanvullend onderzoek: niet verricht' = no imaging. Dates: dictated 12-11, typed "
                      "16-11, authorised 17-11."),
    hard="Curaçao; ED suturing vs operation; sister's operation; three dates for one letter")

# ---------------------------------------------------------------- ti-043
_long_desc = ("Patiënte in rugligging, linkerarm op armtafel, bloedleegte bovenarm 250 mmHg na uitwinden. Time-out "
              "verricht, zijde gemarkeerd. Incisie dorsoradiaal over de basis van het eerste straal, ca. 4 cm. "
              "De sensibele takken van de n. radialis superficialis worden geïdentificeerd en gespaard. Eerste "
              "extensorcompartiment (APL, EPB) geïdentificeerd; interval tussen EPB en ECRL. Arteria radialis in de "
              "tabatière geïdentificeerd en naar proximaal gehouden. Kapsel CMC-1 longitudinaal geopend. Het "
              "trapezium toont uitgebreide kraakbeendestructie met osteofyten aan de basis MC-I en aan de STT-zijde. "
              "Trapezium in delen verwijderd met osteotoom en knabbeltang, met sparen van de FCR-pees in de bodem. "
              "Inspectie STT-gewricht: matige artrose, gladde resectievlakken, geen restfragmenten. Via twee kleine "
              "incisies aan de volaire onderarm wordt de radiale helft van de FCR-pees geoogst over ca. 8 cm, "
              "distaal gesteeld gelaten. Boorgat van 3,2 mm door de basis MC-I van dorsaal naar volair, loodrecht op "
              "de nagelplaat. Het peesstrookje wordt door het boorgat gehaald en op zichzelf gehecht onder spanning "
              "met de duim in abductie en oppositie (ligamentreconstructie). De rest van de pees wordt opgerold als "
              "'anchovy' en in de resectieholte geïnterponeerd en gefixeerd met Vicryl 3-0. Controle: basis MC-I "
              "stabiel, geen proximale migratie bij axiale compressie, goede oppositie. Spoelen. Bloedleegte eraf, "
              "zorgvuldige hemostase met bipolaire coagulatie. Kapsel gesloten met Vicryl 3-0, subcutis Vicryl 4-0, "
              "huid intracutaan Monocryl 4-0. Steri-strips, Mepore, onderarmgips met duim in abductie (spica).")
add(stem="ti-043", fmt="pdf", font="Sans", size=9.5,
    lh=dict(LH_LINGEHOF, dept="Operatiekamers – Plastische, Reconstructieve en Handchirurgie"),
    footer=["Lingehof Ziekenhuis · afgedrukt uit het EPD op 29-10-2026 08:15 · vertrouwelijk"],
    pagenum="Pagina {n} van 2",
    later="Mulder-Stam, J.W.  |  24-08-1957  |  patnr 812204  |  Operatieverslag 28-10-2026 (vervolg)",
    blocks=[
        ("banner", [("Naam", "Mulder-Stam, J.W. (Jannie)", "Patiëntnr.", "812204"),
                    ("Geboren", "24-08-1957 (69 jr)", "Opname", "dagopname 28-10-2026"),
                    ("Afdeling", "Dagbehandeling Snijdende vakken", "Kamer", "OK 3")]),
        ("title", "Operatieverslag"),
        ("kv", [("Datum operatie", "28-10-2026"),
                ("Operateur", "dr. P.J. Coenraads, plastisch chirurg – handchirurg"),
                ("Assistent", "drs. E.M. Harteveld, AIOS plastische chirurgie"),
                ("Anesthesioloog", "dr. B. Oosterveld"),
                ("Type anesthesie", "algehele anesthesie (LMA) + supraclaviculair plexusblok"),
                ("Antibiotica", "cefazoline 2 g i.v. 20 min voor incisie"),
                ("Pre-operatieve diagnose", "CMC-1 artrose links, Eaton-Littler III, conservatief uitbehandeld"),
                ("Post-operatieve diagnose", "idem, met matige STT-artrose"),
                ("Ingreep", "Trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI) links, "
                            "FCR-halve pees"),
                ("Verrichtingscode", "038931 / 038946")], {"grid": True, "w": 44}),
        ("h", "Indicatie"),
        ("p", "Invaliderende pijn basis duim links ondanks spalk, twee injecties en handtherapie; patiënte kiest na "
              "uitgebreide voorlichting voor een trapeziectomie met LRTI."),
        ("h", "Beschrijving"),
        ("p", _long_desc),
                ("h", "Bevindingen"),
        ("p", "Uitgebreide artrose CMC-1, matige STT-artrose, geen synovitis van betekenis. FCR-pees intact."),
        ("kv", [("Bloedverlies", "< 20 ml"), ("Bloedleegtetijd", "71 minuten"),
                ("Complicaties", "geen"), ("Implantaten", "geen"), ("PA", "niet ingestuurd"),
                ("Tellingen", "gazen/naalden/instrumenten correct – 2x geteld")], {"grid": True, "w": 44}),
        ("h", "Nabehandeling"),
        ("p", "Hand hoog, vingers bewegen. Onderarmgips met duimspica 2 weken; wondcontrole en gipswissel op de "
              "gipskamer na 2 weken, daarna thermoplastische spalk en handtherapie (verwijzing verstuurd naar "
              "Handtherapie Vlietduim). Postoperatieve röntgenfoto niet geïndiceerd. Pijnstilling: paracetamol 4dd "
              "1000 mg, zo nodig oxycodon 5 mg max. 3 dagen. Controle polikliniek handchirurgie na 6 weken."),
        ("sp", 3),
        ("kv", [("Verslag door", "dr. P.J. Coenraads"), ("Geautoriseerd", "28-10-2026 17:40")], {"w": 44}),
    ],
    label=dict(kinds=["operation-report"], date="2026-10-28", author="specialist", language="nl",
               style="EPD/HiX operation report with patient banner, multi-page with repeated header, reportlab PDF",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Two pages; the later page repeats a header line with name, birth date and the operation date. "
                     "Print date in the footer (29-10) differs from the operation date. 'Postoperatieve röntgenfoto "
                     "niet geïndiceerd' does not say that no imaging was ever done (imaging_done=unmentioned). Mentions "
                     "a hand-therapy referral – not a referral document."),
    hard="multi-page with repeated header/footer; print date vs op date; 'röntgenfoto niet geïndiceerd'")

# ---------------------------------------------------------------- ti-044
add(stem="ti-044", fmt="docx", font="Sans", size=10,
    lh=dict(LH_HOORNBEEK, dept="Laboratorium voor Medische Microbiologie en Infectiepreventie"),
    footer=["MC Hoornbeek · Medische Microbiologie · dienstdoende arts-microbioloog 0229 – 27 86 66"],
    blocks=[
        ("title", "Uitslag MRSA-screening"),
        ("kv4", [("Patiënt", "dhr. K. Boutaleb", "Labnummer", "HB-M26-019933"),
                 ("Geboortedatum", "09-09-1968", "Afname", "15-06-2026"),
                 ("Aanvrager", "H. de Graaf, huisarts, Hoorn", "Ontvangst", "15-06-2026"),
                 ("Kopie", "Infectiepreventie MC Hoornbeek", "Einduitslag", "18-06-2026")], {"grid": True}),
        ("lp", "Indicatie screening:", "recent ontslagen uit een ziekenhuis in Agadir (opname mei 2026 i.v.m. "
                                       "polsletsel) – verwijzing orthopedie gepland."),
        ("table", ["Materiaal", "Onderzoek", "Uitslag"],
         [["Neus", "MRSA-kweek", "Staphylococcus aureus, METHICILLINE-RESISTENT (MRSA) AANGETOOND"],
          ["Keel", "MRSA-kweek", "MRSA niet aangetoond"],
          ["Perineum", "MRSA-kweek", "MRSA niet aangetoond"]], {"widths": [30, 40, 96]}),
        ("h", "Gevoeligheidsbepaling (isolaat neus)"),
        ("table", ["Antibioticum", "Interpretatie"],
         [["Oxacilline / cefoxitine-screen", "R"], ["Clindamycine", "S"], ["Doxycycline", "S"],
          ["Co-trimoxazol", "S"], ["Mupirocine", "S"], ["Vancomycine", "S"]], {"widths": [80, 40]}),
        ("h", "Conclusie en advies"),
        ("p", "MRSA-dragerschap aangetoond (neus). De huisarts is op 18-06-2026 telefonisch geïnformeerd. Advies: "
              "dekolonisatiebehandeling (mupirocine neuszalf 3dd 5 dagen, chloorhexidine wassingen) en daarna drie "
              "controlekweken met ten minste één week tussenpoos. Bij opname in het ziekenhuis: contactisolatie."),
        ("sig", ["dr. L.M. Verdonk-Aalbers, arts-microbioloog", "geautoriseerd 18-06-2026 14:20"]),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-06-18", also_dates=["2026-06-15"], author="lab", language="nl",
               style="hospital microbiology MRSA result with susceptibility table, Word",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Positive MRSA result (carrier). Dated June 2026 – older than 60 days at the corpus date, so it "
                     "should not count as recent. Admission abroad via hospital in Agadir (city only)."),
    hard="positive result; older than 60 days; abroad via city only")
