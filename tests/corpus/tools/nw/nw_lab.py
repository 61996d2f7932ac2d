"""nw-060..nw-067: MRSA screenings and other lab results."""
from nw_common import *

make("nw-060-mrsa-negatief-tabel", "pdf", [
    ("lh", ["Streeklab Haarlem", "Medische Microbiologie en Infectiepreventie"], ["Boerhaavelaan 26", "2035 RC Haarlem", "023 530 7900"]),
    ("kv", [("Patiënt", "SMIT P.W."), ("Geb.datum", "28-09-1961"), ("Geslacht", "M"), ("Labnummer", "M26-118822"),
            ("Aanvrager", "G.J. van Dijk, huisarts, Haarlem"), ("Kopie", "-"),
            ("Afnamedatum", "05-11-2026"), ("Ontvangstdatum", "05-11-2026"), ("Uitslagdatum", "08-11-2026"), ("Status", "Eindrapport")], 2),
    ("p", "Klinische gegevens: opname buitenland (Spanje) 08-2026, pre-operatieve screening."),
    ("table", [["Materiaal", "Bepaling", "Uitslag", "Opm."],
               ["Neus (beide neusgaten)", "MRSA kweek", "MRSA niet aangetoond", ""],
               ["Keel", "MRSA kweek", "MRSA niet aangetoond", ""],
               ["Perineum", "MRSA kweek", "MRSA niet aangetoond", ""]], [45, 35, 50, 40]),
    ("p", "Conclusie: geen MRSA-dragerschap aangetoond."),
    ("small", "Gevalideerd door: dr. I. Verbrugh, arts-microbioloog, 08-11-2026 09:14. Dit is een elektronisch gegenereerd rapport."),
], lab(["mrsa-screening"], "2026-11-08", "lab", "nl", "microbiology lab MRSA table, three sites", ab="yes", also=["2026-11-05"],
       notes="Sample date 05-11 vs result date 08-11; clinical info mentions admission in Spain -> treated_abroad yes; same patient as nw-004"),
   footer="Streeklab Haarlem | M26-118822 | pagina {page} van {total}")

make("nw-061-mrsa-positief-neus", "pdf", [
    ("lh", ["Atalmedial Diagnostische Centra", "Afdeling Medische Microbiologie"], ["Jan Tooropstraat 138", "1061 AD Amsterdam"]),
    ("title", "KWEEKUITSLAG"),
    ("kv", [("Naam", "Okafor, D.K."), ("Geboren", "22-11-1983"), ("Aanvrager", "Dr M. Ossendrijver (Zuidas International GP Practice)"),
            ("Afname", "16-11-2026"), ("Rapportage", "19-11-2026"), ("Onderzoek", "MRSA-screening")], 1),
    ("table", [["Materiaal", "Resultaat"],
               ["Neus", "Staphylococcus aureus, methicilline-resistent (MRSA) AANGETOOND - mecA-PCR positief"],
               ["Keel", "MRSA niet aangetoond"],
               ["Perineum", "MRSA niet aangetoond"]], [40, 130]),
    ("table", [["Antibioticum", "S/I/R"], ["Oxacilline", "R"], ["Clindamycine", "S"], ["Co-trimoxazol", "S"], ["Doxycycline", "S"], ["Mupirocine", "S"]], [60, 30]),
    ("p", "Opmerking: Patiënt is MRSA-drager. Melding GGD niet vereist. Advies: eradicatiebehandeling volgens SWAB-richtlijn; controlekweken na eradicatie. Zorginstellingen informeren vóór opname."),
    ("small", "Geautoriseerd: drs. H. Pranger, arts-microbioloog 19-11-2026 15:30"),
], lab(["mrsa-screening"], "2026-11-19", "lab", "nl", "MRSA kweekuitslag positive with antibiogram", also=["2026-11-16"],
       notes="Positive MRSA (nose); sample 16-11 vs report 19-11; birth 22-11 close to dates; same patient as nw-012"),
   footer="Atalmedial | pagina {page}/{total}")

make("nw-062-lab-mrsa-met-bloed", "pdf", [
    ("lh", ["Diagnostiek voor U", "Huisartsenlaboratorium - Medische Microbiologie - Klinische Chemie"], ["Dillenburgstraat 25", "5652 AM Eindhoven"]),
    ("title", "Uitslagen laboratoriumonderzoek"),
    ("kv", [("Patiënt", "Öztürk, E. (M) 29-07-2008"), ("Aanvrager", "huisarts A. van Gils, Eindhoven"),
            ("Ordernr", "DVU2608-55121"), ("Datum afname", "05-08-2026"), ("Datum rapport", "07-08-2026")], 2),
    ("h", "Hematologie / chemie"),
    ("table", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
               ["Hemoglobine", "9.1", "mmol/L", "8.5 - 11.0"], ["Leukocyten", "7.4", "10^9/L", "4.0 - 10.0"],
               ["CRP", "<5", "mg/L", "<10"], ["BSE", "4", "mm/uur", "<15"]], [50, 30, 30, 40]),
    ("h", "Microbiologie"),
    ("table", [["Materiaal", "Bepaling", "Uitslag"],
               ["Neus/keel (combi-wat)", "MRSA screening (PCR + kweek)", "Negatief - MRSA niet aangetoond"],
               ["Perineum", "MRSA screening (kweek)", "Negatief"],
               ["Wond (pinsteek hand re)", "MRSA screening", "Negatief"]], [50, 55, 65]),
    ("p", "Klin. info: K-draden hand re geplaatst in ziekenhuis Antalya (Turkije) 22-07-2026; verwijderen gepland."),
    ("small", "Alle uitslagen zijn gevalideerd. Referentiewaarden volgens leeftijd/geslacht."),
], lab(["mrsa-screening"], "2026-08-07", "lab", "nl", "GP lab combined chemistry + MRSA tables", op="yes", ab="yes", also=["2026-08-05"],
       notes="MRSA result together with blood tests; clinical info mentions K-wires placed in Antalya -> operated and treated abroad yes; same patient as nw-038"),
   footer="Diagnostiek voor U - {page}/{total}")

make("nw-063-uk-mrsa-screen", "pdf", [
    ("lh", ["Sheffield Teaching Hospitals NHS Foundation Trust", "Laboratory Medicine - Microbiology"], ["Northern General Hospital", "Herries Road, Sheffield S5 7AU"]),
    ("kv", [("Patient", "BRACKLEY, Helen Margaret"), ("DOB", "02/12/1964"), ("NHS No", "485 777 3011"), ("Lab No", "MB26-4471209"),
            ("Requested by", "Dr R Patel, Hollybank Surgery (C88041)"), ("Collected", "16/11/2026 09:20"), ("Received", "16/11/2026 14:05"), ("Authorised", "18/11/2026 11:47")], 2),
    ("title", "MRSA SCREEN"),
    ("table", [["Specimen", "Site", "Result"],
               ["Swab", "Nose", "MRSA not isolated"], ["Swab", "Groin", "MRSA not isolated"], ["Swab", "Throat", "MRSA not isolated"]], [40, 40, 90]),
    ("p", "Comment: Screen requested prior to treatment abroad (Netherlands). No MRSA isolated from sites submitted."),
    ("small", "Authorised by Dr C. Ng, Consultant Microbiologist. Results should be interpreted in clinical context."),
], lab(["mrsa-screening"], "2026-11-18", "lab", "en", "UK NHS microbiology MRSA screen", ab="unmentioned", also=["2026-11-16"],
       notes="'treatment abroad' here means the coming care in the Netherlands - not a stay in a foreign hospital; document itself from a UK lab (lab, not treatment) -> treated_abroad left unmentioned, unsure"),
   footer="Sheffield Teaching Hospitals - Microbiology - Page {page} of {total}")

make("nw-064-de-mrsa-aufnahmescreening", "pdf", [
    ("lh", ["MVZ Labor Niederrhein GmbH", "Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie"], ["Dießemer Bruch 81", "47805 Krefeld", "Tel. +49 2151 5880-0"]),
    ("title", "Befundbericht Mikrobiologie"),
    ("kv", [("Patient", "Reinders, Wilhelmina"), ("Geb.", "14.07.1951"), ("Einsender", "Krankenhaus Maria Hilf, Station 3B (Unfallchirurgie)"),
            ("Auftragsnr.", "2609183317"), ("Entnahme", "18.09.2026"), ("Eingang", "18.09.2026"), ("Befunddatum", "20.09.2026"), ("Befundstatus", "Endbefund")], 2),
    ("sec", "Untersuchung", "MRSA-Screening (Aufnahmescreening, Risikopatient: Wohnsitz Niederlande)"),
    ("table", [["Material", "Methode", "Ergebnis"],
               ["Nasenabstrich", "Kultur (chromogener Agar)", "kein MRSA nachgewiesen"],
               ["Rachenabstrich", "Kultur", "kein MRSA nachgewiesen"],
               ["Leistenabstrich", "Kultur", "kein MRSA nachgewiesen"]], [45, 55, 70]),
    ("p", "Beurteilung: Kein Nachweis von MRSA in den eingesandten Materialien."),
    ("small", "Medizinisch validiert: Dr. med. A. Hoffmann, Fachärztin für Mikrobiologie. Akkreditiert nach DIN EN ISO 15189."),
], lab(["mrsa-screening"], "2026-09-20", "lab", "de", "German lab Befundbericht MRSA screening", ab="yes", also=["2026-09-18"],
       notes="Admission screening in a German hospital (Einsender = ward) -> patient admitted abroad; older than 60 days; same patient as nw-034"),
   footer="MVZ Labor Niederrhein · Seite {page} von {total}")

make("nw-065-lab-reuma-bloed-geen-mrsa", "pdf", [
    ("lh", ["Sint Maartenskliniek", "Laboratorium Klinische Chemie en Immunologie"], ["Hengstdal 3", "6574 NA Ubbergen"]),
    ("title", "Laboratoriumuitslagen"),
    ("kv", [("Patiënt", "Jacobs, R."), ("Geb.datum", "03-11-1966"), ("Aanvrager", "dr. J. Wevers, reumatologie"), ("Afname", "27-10-2026"), ("Rapport", "28-10-2026")], 2),
    ("table", [["Bepaling", "Uitslag", "Eenheid", "Ref."],
               ["BSE", "28 H", "mm/u", "< 20"], ["CRP", "12 H", "mg/L", "< 10"], ["Hb", "7.9 L", "mmol/L", "7.5-10.0"],
               ["Trombocyten", "388", "10^9/L", "150-400"], ["ALAT", "31", "U/L", "< 35"], ["Kreatinine", "71", "umol/L", "50-90"],
               ["eGFR (CKD-EPI)", ">90", "ml/min/1.73m2", ">60"], ["IgM-RF", "86 H", "kU/L", "< 5"], ["Anti-CCP", ">340 H", "U/mL", "< 7"]], [50, 30, 40, 40]),
    ("small", "H = hoog, L = laag. Uitslagen geautoriseerd door klinisch chemicus dr. P. Smeets."),
], lab([], "2026-10-28", "lab", "nl", "hospital lab table without MRSA", also=["2026-10-27"],
       notes="Lab results that are not an MRSA screening -> kinds []; same patient as nw-030"),
   footer="SMK lab | pagina {page}/{total}")

make("nw-066-wondkweek-mssa", "pdf", [
    ("lh", ["Certe", "Medische Microbiologie Groningen"], ["Van Swietenlaan 2", "9728 NZ Groningen"]),
    ("title", "Uitslag bacteriologisch onderzoek"),
    ("kv", [("Patiënt", "Dijkstra, H. (M) 15-09-1979"), ("Aanvrager", "Huisartsenpraktijk Helpman, Groningen"),
            ("Materiaal", "Wondvocht, dorsum hand rechts (bijtwond hond)"), ("Afname", "17-11-2026"), ("Uitslag", "20-11-2026")], 1),
    ("p", "Microscopie: veel leukocyten, gram-positieve kokken in trossen.\nKweek: Staphylococcus aureus ++ ; Pasteurella multocida +"),
    ("table", [["Antibioticum", "S. aureus", "P. multocida"], ["Flucloxacilline", "S", "-"], ["Amoxicilline/clavulaanzuur", "S", "S"],
               ["Clindamycine", "S", "R"], ["Doxycycline", "S", "S"]], [60, 40, 40]),
    ("p", "Opmerking: S. aureus is methicilline-gevoelig (geen MRSA)."),
    ("small", "Gevalideerd: dr. F. Ott, arts-microbioloog"),
], lab([], "2026-11-20", "lab", "nl", "wound culture, not an MRSA screening", also=["2026-11-17"],
       notes="Wound culture with MSSA and a remark 'geen MRSA' - not an MRSA screening (no screening sites), labelled []; unsure, a clerk might accept it"),
   footer="Certe - pagina {page} van {total}")

make("nw-067-mrsa-lab-export-tekst", "txt", [
    ("p", "LABORATORIUMUITSLAG - SALTRO Diagnostisch Centrum - Utrecht"),
    ("p", "Dit bericht is via Edifact MEDLAB ontvangen in het HIS en als tekst afgedrukt op 26-11-2026."),
    ("kv", [("Patient", "LEEUWEN VAN, M.J.  V  05-08-1958"), ("Aanvrager", "HA R. Kok, Huisartsenpraktijk Zuilen"),
            ("Afnamedatum", "21-11-2026"), ("Ontvangstdatum", "21-11-2026"), ("Uitslagdatum", "25-11-2026")]),
    ("table", [["Code", "Bepaling", "Materiaal", "Uitslag"],
               ["MRSAK", "MRSA kweek", "neus", "negatief"], ["MRSAK", "MRSA kweek", "keel", "negatief"],
               ["MRSAK", "MRSA kweek", "perineum", "negatief"], ["MRSAC", "Conclusie MRSA-screening", "-", "Geen MRSA aangetoond"]]),
    ("p", "Validatie: arts-microbioloog, 25-11-2026"),
], lab(["mrsa-screening"], "2026-11-25", "lab", "nl", "MEDLAB lab result as HIS text export", also=["2026-11-21"],
       notes="Print date 26-11 vs result date 25-11 (own date = result date); same patient as nw-037"))
