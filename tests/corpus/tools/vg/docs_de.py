# -*- coding: utf-8 -*-
"""German documents of the vg- corpus (German hospitals, practices and labs near the border)."""
from reportlab.lib.units import mm
from spec import D

DOCS = []

# ============================================================================================ PDF
# vg-008  Arztbrief Handchirurgie (correspondence, abroad, operated)
DOCS.append(D(
    "vg-008-arztbrief-handchirurgie", "pdf",
    [
        ("lh", {"name": "Klinikum Rheinaue Düsseldorf", "align": "split", "color": "#a93226", "logo": "circle",
                "sub": "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                "lines": ["Chefarzt Prof. Dr. med. U. Brandenburg", "Rheinauenweg 14", "40221 Düsseldorf",
                          "Tel. +49 211 9190-4400", "Fax +49 211 9190-4409"]}),
        ("cols", ["Frau", "Dr. med. F. Janssen", "Huisartsenpraktijk Venlo-Oost", "Hogeweg 12",
                  "5914 AN Venlo", "Niederlande"],
                 ["Düsseldorf, 16.09.2026", "Unser Zeichen: HPR/br-sch", "Fall-Nr. 26-0447812"]),
        ("p", "<b>Arztbrief</b>"),
        ("p", "<b>Patient:</b> Herr Stefan Peters, geb. 12.09.1983, wohnhaft Parade 7, 5911 CB Venlo (NL)"),
        ("p", "Sehr geehrte Frau Kollegin Janssen,"),
        ("p", "wir berichten Ihnen über den o.g. Patienten, der sich vom 01.09.2026 bis 03.09.2026 in unserer "
              "stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "Skaphoidpseudarthrose rechts (Herbert-Klassifikation D2) nach Sturz 11/2025 (Arbeitsunfall, "
              "BG-Verfahren); Nikotinabusus."),
        ("h", "Therapie"),
        ("p", "02.09.2026: Offene Reposition, Beckenkammspan-Interposition und Osteosynthese mittels "
              "Herbert-Schraube, Skaphoid rechts (OP-Bericht liegt bei)."),
        ("h", "Anamnese"),
        ("p", "Der Patient ist Lagerist bei einem Düsseldorfer Logistikunternehmen. Die Fraktur wurde "
              "initial als Distorsion verkannt. Im CT vom 12.08.2026 zeigte sich eine Pseudarthrose."),
        ("h", "Befund"),
        ("p", "Postoperativ reizlose Wundverhältnisse, DMS intakt. Röntgen postoperativ (03.09.2026): "
              "regelrechte Lage der Schraube, Span in situ."),
        ("h", "Procedere"),
        ("p", "Ruhigstellung im Unterarmgips mit Daumeneinschluss für 8 Wochen. CT-Kontrolle nach 8 Wochen. "
              "Wundkontrolle und Fadenzug am 14. postoperativen Tag durch den Hausarzt bzw. D-Arzt. "
              "Arbeitsunfähig bis auf Weiteres. Der Patient wünscht die weitere Betreuung in den "
              "Niederlanden; eine CD mit den Aufnahmen wurde ihm mitgegeben."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Prof. Dr. med. U. Brandenburg        OA Dr. med. T. Kaminski        Dr. med. L. Becker",
                 "Chefarzt                             Oberarzt                        Assistenzärztin"]),
        ("small", "Dieser Brief wurde elektronisch erstellt und ist ohne Unterschrift gültig."),
    ],
    {"size": 10, "footer": "Klinikum Rheinaue gGmbH - Amtsgericht Düsseldorf HRB 77120 - Seite {page} von {pages}"},
    kinds=["correspondence"], date="2026-09-16", author="specialist", language="de",
    style="German Arztbrief (Klinik für Handchirurgie)",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="German hospital letter to a Dutch GP. Birth date 12.09 four days before the letter. The therapy "
          "line names date and procedure but no operator or description and refers to the enclosed "
          "OP-Bericht: correspondence only. Stay 01.-03.09.2026.",
))

# vg-009  Operationsbericht (operation-report, abroad)
DOCS.append(D(
    "vg-009-operationsbericht", "pdf",
    [
        ("lh", {"name": "Marienhospital Bocholt-Nord", "align": "left", "color": "#1e8449",
                "sub": "Klinik für Unfallchirurgie, Orthopädie und Handchirurgie",
                "lines": ["Nordstraße 48, 46399 Bocholt  -  Tel. +49 2871 77-0"]}),
        ("title", "Operationsbericht"),
        ("table", [["Patient/in:", "Gerrits, Anouk, geb. 28.10.1990", "Fall-Nr.:", "1120488735"],
                   ["OP-Datum:", "28.10.2026", "OP-Saal:", "3"],
                   ["Operateur:", "Dr. med. S. Hüsken", "Assistenz:", "M. Terhorst (AA)"],
                   ["Anästhesie:", "Plexusanästhesie (axillär)", "Blutsperre:", "Oberarm, 250 mmHg, 64 min"]],
         {"header": False, "colw": (0.15, 0.38, 0.14, 0.33)}),
        ("kv", [("Diagnose", "Foveale TFCC-Läsion (Palmer 1B, Atzei Klasse 2) rechts mit DRUG-Instabilität"),
                ("Indikation", "Persistierende ulnarseitige Schmerzen seit Sturz beim Reiten 04/2026, "
                               "MRT 06/2026 mit TFCC-Läsion, erfolglose konservative Therapie."),
                ("Eingriff", "Handgelenksarthroskopie rechts, arthroskopisch assistierte transossäre "
                             "TFCC-Refixation (OPS 5-812.0h, 5-849.x)")],
         {"colw": (0.2, 0.8), "colon": True}),
        ("h", "Bericht"),
        ("p", "Rückenlage, Arm im Traktionsturm mit 5 kg. Standardportale 3-4, 6R und 6U. Diagnostischer "
              "Rundgang: Knorpel radiokarpal und midkarpal intakt, SL- und LT-Band stabil. Hook-Test positiv, "
              "Trampolin-Test positiv. Débridement des Randes. Über einen ulnaren Hautschnitt Darstellung "
              "der Fovea; transossäre Refixation mit Fadenanker (2,0 mm). Spannungsfreier Sitz, stabiles "
              "DRUG in Neutral und Supination. Schichtweiser Wundverschluss, Oberarmgipsschiene in "
              "Supination."),
        ("kv", [("Komplikationen", "keine"), ("Histologie", "nein"),
                ("Nachbehandlung", "Oberarmgips 4 Wochen, danach Unterarmorthese 2 Wochen, "
                                   "Physiotherapie. Fadenzug 12. Tag.")],
         {"colw": (0.2, 0.8), "colon": True}),
        ("sig", ["Dr. med. S. Hüsken, Oberarzt", "Diktiert 28.10.2026, freigegeben 29.10.2026"]),
    ],
    {"size": 9.5, "footer": "Operationsbericht - Gerrits, Anouk - 1120488735 - Seite {page}"},
    kinds=["operation-report"], date="2026-10-28", also_dates=["2026-10-29"], author="specialist",
    language="de", style="German Operationsbericht with header table",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="German operation report: operation on the birthday (28.10); dictated 28.10, released 29.10. "
          "Labels with colons in their own table cells. Arthroscopy is not imaging; an earlier MRI is "
          "mentioned => imaging yes.",
))

# vg-018  German lab results (none)
DOCS.append(D(
    "vg-018-laborbefund", "pdf",
    [
        ("lh", {"name": "MVZ Labormedizin Aachen-West", "align": "split", "color": "#2e4053",
                "sub": "Dr. med. H. Wessel & Kollegen - Fachärzte für Laboratoriumsmedizin",
                "lines": ["Grenzweg 7", "52074 Aachen", "Tel. +49 241 8870-0"]}),
        ("cols", ["Einsender:", "Hausarztpraxis Dr. med. C. Offermann", "Kirchstraße 3, 52538 Gangelt"],
                 ["<b>Laborbefund</b> (Endbefund)", "Auftrag: 26-119204", "Eingang: 05.11.2026",
                  "Befunddatum: 06.11.2026"]),
        ("p", "<b>Patient:</b> Smeets, Johannes  *02.11.1955   Versicherung: privat"),
        ("table", [["Untersuchung", "Ergebnis", "Einheit", "Referenzbereich"],
                   ["Leukozyten", "7,2", "/nl", "3,9 - 10,2"],
                   ["Hämoglobin", "14,1", "g/dl", "13,5 - 17,2"],
                   ["CRP", "12,4  +", "mg/l", "< 5,0"],
                   ["BSG 1h", "24  +", "mm", "< 20"],
                   ["Rheumafaktor", "< 10", "IU/ml", "< 14"],
                   ["Anti-CCP-AK", "negativ", "", "negativ"],
                   ["Harnsäure", "8,1  +", "mg/dl", "3,4 - 7,0"],
                   ["Kreatinin", "1,02", "mg/dl", "0,70 - 1,20"],
                   ["HbA1c", "6,1", "%", "< 5,7"]],
         {"colw": (0.32, 0.2, 0.16, 0.32)}),
        ("p", "<b>Beurteilung:</b> leichte Entzündungskonstellation, Hyperurikämie. Im Zusammenhang mit der "
              "Handgelenksschwellung ist eine Gichtarthritis zu erwägen."),
        ("small", "Validiert: Dr. med. H. Wessel. Akkreditiert nach DIN EN ISO 15189 (D-ML-13022-01-00)."),
    ],
    {"size": 9.5, "footer": "MVZ Labormedizin Aachen-West - Seite {page}/{pages}"},
    kinds=[], date="2026-11-06", also_dates=["2026-11-05"], author="lab", language="de",
    style="German lab report (not MRSA), table",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Blood results from a German lab on request of a German GP: not an MRSA screening, no hospital "
          "care abroad stated. Birth date with '*' (02.11) three days before receipt.",
))

# vg-022  MRT-Befund (imaging-report, abroad)
DOCS.append(D(
    "vg-022-mrt-befund", "pdf",
    [
        ("lh", {"name": "Klinikum Kleve-Reichswald", "align": "split", "color": "#1a5276", "image": True,
                "sub": "Institut für Diagnostische und Interventionelle Radiologie",
                "lines": ["Reichswalder Allee 30", "47533 Kleve", "Tel. +49 2821 490-0"]}),
        ("kv", [("Patient", "Hendriks, Maria, geb. 07.01.1972"),
                ("Untersuchung", "MRT Handgelenk links nativ und nach KM"),
                ("Untersuchungsdatum", "20.10.2026"),
                ("Zuweiser", "Dr. med. A. Bönning, Unfallchirurgie (stationär, Station 4)"),
                ("Fragestellung", "Z.n. Sturz 17.10.2026, Röntgen ohne Fraktur. Okkulte Skaphoidfraktur? "
                                  "Bandläsion?")],
         {"colw": (0.25, 0.75), "colon": True}),
        ("h", "Befund"),
        ("p", "Untersuchung in 1,5 T mit Handgelenkspule. Flächiges Knochenmarködem im distalen Skaphoidpol "
              "mit schmaler, T1-hypointenser Frakturlinie, keine Dislokation. Kein Ödem im Lunatum. "
              "SL-Band dorsal aufgefasert, jedoch in Kontinuität. TFCC regelrecht. Geringer Gelenkerguss "
              "radiokarpal. Keine Sehnenpathologie."),
        ("h", "Beurteilung"),
        ("p", "1. Nicht dislozierte Fraktur des distalen Skaphoidpols links."),
        ("p", "2. Partielle Läsion des dorsalen SL-Bandes ohne Dissoziation."),
        ("sig", ["Dr. med. K. Lindemann, Fachärztin für Radiologie", "Kleve, den 21.10.2026"]),
    ],
    {"size": 10, "footer": "Institut für Radiologie - Klinikum Kleve-Reichswald - Befund - Seite {page}"},
    kinds=["imaging-report"], date="2026-10-21", also_dates=["2026-10-20"], author="radiologist",
    language="de", style="German radiology Befund (MRT), hospital name as image",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="German MRI report requested from an inpatient ward (Station 4) => the patient was admitted in a "
          "German hospital. Name of the hospital is an image; report signed a day after the exam.",
))

# ============================================================================================ DOCX
# vg-046  Entlassungsbrief, operation only mentioned (correspondence, abroad)
DOCS.append(D(
    "vg-046-entlassungsbrief", "docx",
    [
        ("lh", {"name": "Evangelisches Krankenhaus Wesel-Lippemündung", "docx_header": True, "color": "#6c3483",
                "sub": "Klinik für Unfallchirurgie und Orthopädie - Lippedeich 12 - 46485 Wesel"}),
        ("cols", ["Herrn", "Dr. med. P. Vos", "Huisartsenpraktijk Dinxperlo", "Heelweg 2",
                  "7091 CV Dinxperlo, NL"],
                 ["Wesel, 08.09.2026", "Aufnahme: 02.09.2026", "Entlassung: 07.09.2026"]),
        ("title", "Entlassungsbrief"),
        ("p", "Sehr geehrter Herr Kollege Vos,"),
        ("p", "wir berichten über Ihre Patientin <b>Frau Ilse Wiegerinck, geb. 09.09.1964</b>, die sich vom "
              "02.09.2026 bis 07.09.2026 in unserer stationären Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "- Dislozierte distale Radiusfraktur links (AO 23-A3) nach Sturz vom Fahrrad\n"
              "- Arterielle Hypertonie\n- Z.n. Hysterektomie 2010"),
        ("h", "Therapie"),
        ("p", "Am 03.09.2026 erfolgte die offene Reposition und winkelstabile Plattenosteosynthese von palmar. "
              "Der postoperative Verlauf gestaltete sich komplikationslos."),
        ("h", "Befunde"),
        ("p", "Röntgen Handgelenk links in 2 Ebenen prä- und postoperativ: regelrechte Stellung nach "
              "Osteosynthese."),
        ("h", "Procedere"),
        ("p", "Fadenzug am 14. postoperativen Tag. Röntgenkontrolle nach 6 Wochen. Physiotherapie. "
              "Thromboseprophylaxe nicht erforderlich. Die Patientin wird sich zur Weiterbehandlung bei "
              "ihrem niederländischen Hausarzt vorstellen; eine Zweitmeinung in einer Handklinik wird von ihr "
              "gewünscht."),
        ("h", "Medikation bei Entlassung"),
        ("table", [["Präparat", "Dosierung"], ["Ibuprofen 600 mg", "1-0-1 für 5 Tage"],
                   ["Pantoprazol 20 mg", "1-0-0 für 5 Tage"], ["Candesartan 8 mg", "1-0-0 (Dauermedikation)"]]),
        ("p", "Mit freundlichen Grüßen"),
        ("sig", ["Dr. med. R. Evers, Oberarzt", "H. Yilmaz, Assistenzarzt"]),
    ],
    {"font": "Arial", "size": 10, "footer": "Ev. Krankenhaus Wesel-Lippemündung - Seite 1"},
    kinds=["correspondence"], date="2026-09-08", author="specialist", language="de",
    style="German Entlassungsbrief (docx), operation mentioned in therapy section",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Discharge letter from a German hospital: the operation is mentioned with date and procedure but "
          "no operator or description => correspondence only (judgement call). Hysterectomy other body part. "
          "Birth date 09.09 one day after the letter.",
))

# vg-047  German GP referral with history sections (referral + history)
DOCS.append(D(
    "vg-047-ueberweisung-zweitmeinung", "docx",
    [
        ("lh", {"name": "Hausarztpraxis am Koekkoek-Platz", "align": "split", "color": "#0b5345",
                "sub": "Dr. med. Ruth Terlinden - Fachärztin für Allgemeinmedizin",
                "lines": ["Koekkoekplatz 4", "47533 Kleve", "Tel. +49 2821 71 22 40", "BSNR 388120400"]}),
        ("p", "Kleve, den 25.11.2026"),
        ("p", "An die Handkliniek Oudenrijn, Utrecht (NL)"),
        ("p", "<b>Überweisung zur Zweitmeinung - Handchirurgie</b>"),
        ("p", "<b>Patientin:</b> Frau Maria Hendriks, geb. 07.01.1972, Tiergartenstraße 21, 47533 Kleve"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen Frau Hendriks, niederländische Staatsbürgerin, mit der Bitte um eine "
              "Zweitmeinung. <b>Fragestellung:</b> Ist bei der Skaphoidfraktur links mit partieller SL-Bandläsion "
              "die vorgeschlagene operative Versorgung (Verschraubung und Bandnaht) erforderlich, oder ist eine "
              "konservative Behandlung vertretbar?"),
        ("h", "Vorerkrankungen"),
        ("p", "Asthma bronchiale; Z.n. Sectio 2003; Laktoseintoleranz."),
        ("h", "Bisherige Behandlungen"),
        ("p", "17.10.2026 Sturz auf die linke Hand, stationäre Aufnahme im Klinikum Kleve-Reichswald "
              "(Unfallchirurgie, 17.-21.10.2026): Röntgen ohne Fraktur, MRT 20.10.2026 mit nicht dislozierter "
              "Skaphoidfraktur und SL-Bandläsion. Ruhigstellung im Kahnbeingips. Bisher keine Operation an "
              "der Hand. 18.11.2026 Vorstellung in der Ambulanz: operative Versorgung empfohlen."),
        ("h", "Aktuelle Medikation"),
        ("p", "Budesonid/Formoterol 160/4,5 2x1 Hub; Ibuprofen 400 mg bei Bedarf."),
        ("p", "Befunde (MRT-Befund, Entlassungsbrief) liegen anbei."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sig", ["Dr. med. R. Terlinden"]),
    ],
    {"font": "Arial", "size": 10.5},
    kinds=["referral", "history"], date="2026-11-25", author="gp", language="de",
    style="German GP referral letter (docx) with Vorerkrankungen / bisherige Behandlungen",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
    notes="German GP referral to the Dutch clinic with a Fragestellung and history sections. Admission in a "
          "German hospital => treated abroad. 'Bisher keine Operation an der Hand' => operated no; "
          "surgery only recommended. 'anbei' enclosure mention. Same patient as vg-022.",
))

# vg-048  German MRSA admission screening (mrsa-screening, abroad)
DOCS.append(D(
    "vg-048-mrsa-screening-befund", "docx",
    [
        ("lh", {"name": "MVZ Labor Niederrhein", "align": "split", "color": "#4a235a",
                "sub": "Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie",
                "lines": ["Nassauerallee 30", "47533 Kleve", "Tel. +49 2821 9960-0"]}),
        ("title", "Mikrobiologischer Befund"),
        ("kv", [("Patient", "Hendriks, Maria"), ("Geburtsdatum", "07.01.1972"),
                ("Einsender", "Klinikum Kleve-Reichswald, Unfallchirurgie, Station 4"),
                ("Anforderung", "MRSA-Aufnahmescreening gem. KRINKO"),
                ("Material", "Abstrich Nasenvorhof beidseits, Rachen, Leiste"),
                ("Entnahme", "17.10.2026"), ("Eingang", "17.10.2026"), ("Befunddatum", "19.10.2026"),
                ("Befundstatus", "Endbefund")], {"border": True, "colw": (0.3, 0.7)}),
        ("table", [["Material", "Untersuchung", "Ergebnis"],
                   ["Nase", "MRSA-Screening (chromogene Kultur)", "kein MRSA nachgewiesen"],
                   ["Rachen", "MRSA-Screening (chromogene Kultur)", "kein MRSA nachgewiesen"],
                   ["Leiste", "MRSA-Screening (chromogene Kultur)", "kein MRSA nachgewiesen"]]),
        ("p", "<b>Beurteilung:</b> Kein Nachweis von MRSA in den eingesandten Materialien."),
        ("p", "Dr. med. J. Albers, Fachärztin für Mikrobiologie"),
    ],
    {"font": "Arial", "size": 10},
    kinds=["mrsa-screening"], date="2026-10-19", also_dates=["2026-10-17"], author="lab", language="de",
    style="German microbiology report (MRSA admission screening), bordered tables (docx)",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="Admission screening sent by a German hospital ward => shows admission abroad. Sample taken on the "
          "admission day 17.10; about 7 weeks old at the corpus date. Same patient as vg-022 / vg-047.",
))

# ============================================================================================ TXT
# vg-061  Röntgenbefund, plain text (imaging-report, abroad)
DOCS.append(D(
    "vg-061-roentgenbefund", "txt",
    [
        ("pre", "Marienhospital Bocholt-Nord - Radiologie\n"
                "Nordstraße 48 - 46399 Bocholt\n"
                "------------------------------------------------------------\n"
                "RÖNTGENBEFUND\n"
                "Name:         Gerrits, Anouk\n"
                "Geb.-Datum:   28.10.1990\n"
                "Untersuchung: Röntgen rechte Hand in 2 Ebenen + Handgelenk\n"
                "Datum:        18.06.2026\n"
                "Anforderer:   Notaufnahme / D-Arzt-Ambulanz\n"
                "------------------------------------------------------------"),
        ("p", "Klinische Angabe: Sturz vom Pferd, Schmerzen ulnarseitig rechtes Handgelenk."),
        ("p", "Befund: Keine Fraktur, keine Luxation. Ulna-Plus-Variante (2 mm). Diskrete Weichteilschwellung "
              "ulnar. Gelenkspalten regelrecht. Kein Hinweis auf eine karpale Instabilität in den "
              "Standardprojektionen."),
        ("p", "Beurteilung: Kein Frakturnachweis. Bei anhaltenden Beschwerden MRT zum Ausschluss einer "
              "TFCC-Läsion empfohlen."),
        ("p", "Dr. med. B. Schulte-Wess, Radiologe\nBocholt, 18.06.2026"),
    ],
    {"width": 70, "encoding": "utf-8"},
    kinds=["imaging-report"], date="2026-06-18", author="radiologist", language="de",
    style="German X-ray report, plain text",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="ED X-ray in a German hospital => treated abroad. Not the most recent imaging of this patient "
          "(an MRI 06/2026 and the later operation are in vg-009). MRI only recommended here.",
))

# vg-062  Ambulanzbrief: no operation, no imaging (correspondence, abroad)
DOCS.append(D(
    "vg-062-ambulanzbrief", "txt",
    [
        ("lh", {"name": "Klinikum Aachen-Süd", "sub": "Handchirurgische Sprechstunde - Ambulanz",
                "lines": ["Südring 44, 52064 Aachen, Tel. +49 241 60 77-0"], "rule": True}),
        ("pre", "An: Huisarts R. Lemmens, Gezondheidscentrum Vaals, Maastrichterlaan 40, 6291 EN Vaals (NL)\n"
                "Aachen, 13. November 2026\n"
                "Patient: Herr Bart Lemmens, geb. 04.11.1976, Vaals"),
        ("p", "Sehr geehrter Herr Kollege,"),
        ("p", "Ihr Patient stellte sich am 10.11.2026 in unserer handchirurgischen Sprechstunde vor. Er ist als "
              "Grenzpendler in Aachen tätig."),
        ("p", "Diagnose: Verdacht auf Morbus Dupuytren Stadium I (Tubiana) Dig. IV rechts, "
              "DD Knöchelpolster."),
        ("p", "Anamnese: Seit einem Jahr tastbarer Knoten in der Hohlhand, keine Streckhemmung. Eine Operation "
              "an der Hand ist bisher nicht erfolgt. Familienanamnese: Vater mit Dupuytren, zweimal operiert."),
        ("p", "Befund: Derber Knoten in Höhe der distalen Hohlhandfalte Dig. IV, Tischtest negativ, volle "
              "Streckung aller Finger."),
        ("p", "Eine Bildgebung erfolgte bisher nicht und ist bei eindeutigem klinischen Befund nicht notwendig."),
        ("p", "Procedere: Abwartendes Vorgehen, Verlaufskontrolle in 6 Monaten. Eine Nadelfasziotomie oder "
              "Operation ist erst bei einem Streckdefizit > 30° sinnvoll. Der Patient wünscht weitere "
              "Betreuung in den Niederlanden."),
        ("p", "Mit freundlichen Grüßen\n\nDr. med. A. Schönfeld\nFachärztin für Plastische und Ästhetische "
              "Chirurgie, Handchirurgie"),
    ],
    {"width": 80},
    kinds=["correspondence"], date="2026-11-13", also_dates=["2026-11-10"], author="specialist",
    language="de", style="German outpatient letter (Ambulanzbrief), plain text",
    imaging_done="no", operated="no", treated_abroad="yes",
    notes="Seen in a German hospital outpatient clinic => treated abroad. 'Operation bisher nicht erfolgt' "
          "=> no; 'Bildgebung erfolgte bisher nicht' => no. Father operated (another person). Addressee GP "
          "has the same surname. Date in long German form '13. November 2026'.",
))
