# nz-035 .. nz-038: MRSA screening results
DOCS = []

# ---------------------------------------------------------------- 035 merged: GP cover letter + Certe lab result
cover = dict(fmt="rl", serif=True,
    lh=["Huisartsenpraktijk Kralingen-Oost", "M. Sedney & T. van Dam, huisartsen", "Oudedijk 188, 3061 AR Rotterdam",
        "T 010-4521870"],
    lh_right=["Rotterdam, 20 november 2026"], color="#444444",
    blocks=[
        ("addr", ["Polikliniek Handchirurgie", "Intake second opinion"]),
        ("p", "Betreft: mw. S. Meijer, geb. 25-03-1985"),
        ("p", "Geachte collega,"),
        ("p", "Naar aanleiding van uw verzoek stuur ik u hierbij de uitslag van de MRSA-screening van mevrouw Meijer. De "
              "screening is gedaan omdat zij in juni 2026 in Málaga op de spoedeisende hulp is behandeld voor een "
              "polsfractuur (gesloten repositie en gips). Zij is daar niet opgenomen geweest."),
        ("p", "De kweken van neus, keel en perineum zijn negatief; de uitslag van het laboratorium vindt u hieronder bijgevoegd."),
        ("p", "Met vriendelijke groet,"),
        ("p", "T. van Dam, huisarts"),
        ("small", "Bijlage: uitslag MRSA-screening Certe d.d. 19-11-2026"),
    ])
lab = dict(fmt="rl",
    lh=["Certe", "Medische Microbiologie", "Van Swietenlaan 2, 9728 NZ Groningen · T 050 313 10 00"],
    lh_right=["Laboratoriumuitslag", "Labnummer: 26-M-1187344", "Eindrapport"], color="#e05a00",
    footer="Certe Medische Microbiologie — geaccrediteerd volgens ISO 15189 (M 012)", pagefmt="blad {p}",
    blocks=[
        ("kv2", [("Patiënt", "Meijer, S.", "Geb.datum", "25-03-1985"),
                 ("Aanvrager", "T. van Dam, huisarts", "Praktijk", "HAP Kralingen-Oost, Rotterdam"),
                 ("Afnamedatum", "16-11-2026 10:20", "Ontvangstdatum", "17-11-2026 07:55"),
                 ("Uitslagdatum", "19-11-2026", "Status", "Definitief")]),
        ("h", "Klinische gegevens"),
        ("p", "MRSA-screening i.v.m. behandeling in buitenlands ziekenhuis (Spanje, 06-2026). Verwijzing handchirurgie."),
        ("table", [["Materiaal", "Bepaling", "Uitslag"],
                   ["Neus (beiderzijds)", "MRSA kweek (ophoping)", "MRSA niet aangetoond"],
                   ["Keel", "MRSA kweek (ophoping)", "MRSA niet aangetoond"],
                   ["Perineum", "MRSA kweek (ophoping)", "MRSA niet aangetoond"]], [0.3, 0.35, 0.35]),
        ("h", "Commentaar"),
        ("p", "Screening volgens WIP-richtlijn. Na 48 uur ophoping en subkweek op chromogene agar geen methicilline-resistente "
              "Staphylococcus aureus gekweekt. Eenmalige negatieve screening; zie zo nodig het ziekenhuisprotocol."),
        ("p", "Gevalideerd door: dr. E. Kampinga, arts-microbioloog — 19-11-2026 15:12"),
    ])
DOCS.append(dict(stem="nz-035-begeleidende-brief-en-mrsa-uitslag-certe", fmt="merged", parts=[cover, lab], label=dict(
    kinds=["mrsa-screening"], date="2026-11-19", also_dates=["2026-11-16"], author="lab", language="nl",
    style="merged PDF: GP cover letter + microbiology lab result with table",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="First part is a GP cover letter that mentions the negative result (not itself a result); second part is the "
          "lab result. Treated in a Spanish emergency department but 'niet opgenomen'. Sample, receipt and result dates.",
    part=[dict(kinds=[], date="2026-11-20", author="gp"),
          dict(kinds=["mrsa-screening"], date="2026-11-19", author="lab")])))

DOCS.append(dict(stem="nz-036-mrsa-screening-labexport-labmicta", fmt="txt", text="""
LABORATORIUM MEDISCHE MICROBIOLOGIE TWENTE ACHTERHOEK (LabMicTA)
Burg. Edo Bergsmalaan 1, 7555 DH Hengelo        tel 088-7085200
=====================================================================
UITSLAG MEDISCHE MICROBIOLOGIE                   Labnr: 2611-08815
=====================================================================
Patient:        PINAS, R.                      Geslacht: M
Geb.datum:      17-02-1983                     BSN: 25xxxx883
Aanvrager:      A.E. Visscher, huisarts, Amsterdam-Noord (AGB 01-077120)
Kopie aan:      -
Afname:         09-11-2026 08:40
Ontvangst:      09-11-2026 16:10
Rapportage:     11-11-2026 13:55   (EINDUITSLAG)
---------------------------------------------------------------------
Klinische info: Opname + operatie hand in Duitsland (Kassel) 09-2026.
                MRSA-screening voor second opinion handchirurgie.
---------------------------------------------------------------------
Onderzoek                         Materiaal          Uitslag
---------------------------------------------------------------------
MRSA PCR (mecA/SCCmec-orfX)       neus               negatief
MRSA PCR (mecA/SCCmec-orfX)       keel               negatief
MRSA PCR (mecA/SCCmec-orfX)       perineum           negatief
MRSA kweek na ophoping            neus/keel/perin.   geen MRSA
                                  (gepoold)          gekweekt
Wondkweek                         litteken hand li   niet ingestuurd
---------------------------------------------------------------------
Conclusie: MRSA niet aangetoond (PCR en kweek negatief).

Voorlopige uitslag (PCR) telefonisch doorgegeven aan praktijk op
10-11-2026.

Gevalideerd: drs. H.J. Wolters, arts-microbioloog
=====================================================================
""", label=dict(kinds=["mrsa-screening"], date="2026-11-11", also_dates=["2026-11-09"], author="lab", language="nl",
               style="microbiology lab result plain-text export, column table",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Clinical info line states admission and hand operation in Germany. Sample, receipt, report and "
                     "phone-call dates. Same patient as nz-019.")))

DOCS.append(dict(stem="nz-037-mrsa-screening-befund-labor-dortmund", fmt="soffice",
    lh=["MVZ Labor Westfalen GbR", "Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie",
        "Hohe Straße 95 · 44139 Dortmund · Tel. +49 231 8600-0"],
    lh_right=["Befundbericht", "Auftrags-Nr. 7780 3312 16"], footer="Akkreditiert nach DIN EN ISO 15189 · MVZ Labor Westfalen",
    blocks=[
        ("kv", [("Patient", "Demir, Hüseyin"), ("Geb.-Datum", "30.07.1975"),
                ("Einsender", "Klinikum Dortmund, Unfall-, Hand- u. Orthop. Chirurgie, Station U3"),
                ("Entnahme", "11.08.2026"), ("Eingang", "11.08.2026 19:20"), ("Befunddatum", "13.08.2026"),
                ("Befundstatus", "Endbefund")]),
        ("title", "MRSA-Screening"),
        ("p", "Klinische Angaben: Aufnahmescreening bei stationärer Aufnahme (Unfallchirurgie, Station U3), "
              "distale Radiusfraktur rechts, Wohnort Niederlande."),
        ("table", [["Material", "Untersuchung", "Ergebnis"],
                   ["Nasenabstrich", "MRSA-Screening (Kultur, chromogen)", "kein MRSA nachgewiesen"],
                   ["Rachenabstrich", "MRSA-Screening (Kultur, chromogen)", "kein MRSA nachgewiesen"],
                   ["Leistenabstrich", "MRSA-Screening (Kultur, chromogen)", "kein MRSA nachgewiesen"]]),
        ("h", "Beurteilung"),
        ("p", "In den eingesandten Abstrichen kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA). "
              "Aufnahmescreening gemäß KRINKO-Empfehlung."),
        ("p", "Dr. med. B. Althoff, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie"),
        ("small", "Dieser Befund wurde elektronisch freigegeben und ist ohne Unterschrift gültig."),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-08-13", also_dates=["2026-08-11"], author="lab", language="de",
               style="German lab Befundbericht with table, DOCX via LibreOffice",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Admission screening at a German hospital ward ('stationärer Aufnahme'): shows a stay abroad. "
                     "Old result (Aug 2026), screening from before the patient came home, so not a post-stay screening.")))

DOCS.append(dict(stem="nz-038-mrsa-screen-result-beechwood", fmt="docx",
    lh=["Harrogate and District NHS Foundation Trust", "Pathology — Department of Microbiology",
        "Harrogate District Hospital, Lancaster Park Road, Harrogate HG2 7SX"],
    lh_right=["Final report", "Lab no. M26.418832"], footer="UKAS accredited medical laboratory No. 8712",
    blocks=[
        ("title", "MICROBIOLOGY REPORT"),
        ("table", [["Patient", "HARTLEY, Olivia", "DOB", "11/05/1988"],
                   ["NHS No.", "485 221 9034", "Sex", "F"],
                   ["Requested by", "Dr R. Collins, Beechwood Surgery (B82641)", "Location", "GP"],
                   ["Collected", "10/11/2026 09:15", "Received", "10/11/2026 15:40"],
                   ["Reported", "12/11/2026 11:02", "Status", "Authorised"]]),
        ("p", "Clinical details: Patient now resident in the Netherlands, visiting family. MRSA screen requested by "
              "Dutch hand clinic before second opinion. Previous inpatient stay HDH 01/2026."),
        ("table", [["Specimen", "Test", "Result"],
                   ["Nose swab", "MRSA screen (chromogenic agar)", "MRSA NOT isolated"],
                   ["Groin swab", "MRSA screen (chromogenic agar)", "MRSA NOT isolated"],
                   ["Throat swab", "MRSA screen (chromogenic agar)", "MRSA NOT isolated"]]),
        ("p", "Comment: No MRSA isolated from the screening sites. Methicillin-sensitive S. aureus isolated from the nose "
              "swab (not further tested). Interpretation: not MRSA colonised."),
        ("p", "Authorised by: Dr P. Lindqvist, Consultant Microbiologist"),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-11-12", also_dates=["2026-11-10"], author="lab", language="en",
               style="NHS microbiology report, docx tables", imaging_done="unmentioned", operated="unmentioned",
               treated_abroad="yes",
               notes="English lab; 'MRSA NOT isolated' and MSSA grown (not MRSA). Clinical details mention an inpatient stay "
                     "in an English hospital (abroad from the Dutch clinic's view).")))
