"""nx-052 .. nx-060: German documents (Germany, Austria, Switzerland)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nx_common import make, make_raw, make_merged, lab

# 052 Arztbrief ------------------------------------------------------------------------------------
make("nx-052-de-arztbrief-quervain", "pdf", [
    ("lh", ["Klinikum rechts der Isar der TU München", "Klinik und Poliklinik für Plastische Chirurgie und Handchirurgie",
            "Ismaninger Str. 22, 81675 München"], ["Datum: 02.11.2026", "Unser Zeichen: HC/kb", "Tel. +49 89 4140-0"]),
    ("addr", ["Frau Dr. med. S. Neumaier", "Fachärztin für Allgemeinmedizin", "Rosenheimer Str. 118", "81669 München"]),
    ("inl", "Betr.:", "Frau Marloes de Vries, geb. 11.02.1993, wohnhaft Auenstr. 40, 80469 München"),
    ("p", "Sehr geehrte Frau Kollegin Neumaier,"),
    ("p", "wir berichten Ihnen über o.g. Patientin, die sich am 29.10.2026 in unserer handchirurgischen Sprechstunde vorstellte."),
    ("sec", "Diagnosen", "Tendovaginitis stenosans de Quervain rechts\nZ.n. Sectio caesarea 2024"),
    ("sec", "Anamnese", "Seit der Geburt ihres Kindes Schmerzen am radialen Handgelenk rechts. Zwei Kortisoninfiltrationen "
            "durch den Orthopäden mit nur kurzzeitiger Besserung. Bisher keine Operationen an der Hand."),
    ("sec", "Befund", "Druckschmerz und Schwellung über dem 1. Strecksehnenfach, Finkelstein-Test positiv. "
            "Sensibilität intakt."),
    ("sec", "Bildgebung", "Sonographie rechtes Handgelenk vom 29.10.2026: verdickte Sehnenscheide des 1. Strecksehnenfachs "
            "mit Septum zwischen APL und EPB. Röntgen nicht erforderlich."),
    ("sec", "Beurteilung und Procedere", "Bei therapierefraktärer Tendovaginitis empfehlen wir die operative Spaltung des "
            "1. Strecksehnenfachs. Die Patientin möchte sich dies überlegen, da sie im Frühjahr in die Niederlande "
            "zurückzieht. Eine Wiedervorstellung ist bei Wunsch jederzeit möglich."),
    ("p", "Mit freundlichen kollegialen Grüßen"),
    ("p", "Prof. Dr. med. T. Reiter, Oberarzt          Dr. med. J. Albrecht, Assistenzärztin"),
], lab(["correspondence"], "2026-11-02", "specialist", "de", "German Arztbrief with Diagnosen/Beurteilung/Procedere, reportlab",
       img="yes", op="no", ab="yes",
       notes="German hospital letter (abroad yes); ultrasound done but 'Röntgen nicht erforderlich'; "
             "'Bisher keine Operationen an der Hand'; caesarean in the diagnosis list is another body part; "
             "surgery only recommended; visit 29.10 vs letter 02.11."),
    footer="Klinikum rechts der Isar - Anstalt des öffentlichen Rechts - Seite {page} von {total}")

# 053 Operationsbericht, docx ---------------------------------------------------------------------
make("nx-053-de-operationsbericht-matti-russe", "docx", [
    ("lh", ["BG Klinik Ludwigshafen", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
            "Ludwig-Guttmann-Str. 13, 67071 Ludwigshafen"], ["Operationsbericht", "OP-Datum: 08.10.2026"]),
    ("kv", [("Patient", "Herr Koen Mulder, geb. 08.01.1995"), ("Operateur", "PD Dr. med. C. Hartmann"),
            ("Assistenz", "Dr. med. L. Schulz"), ("Anästhesie", "ITN"),
            ("Diagnose", "Skaphoidpseudarthrose rechts, Typ Herbert D2 (CT 21.09.2026)"),
            ("Eingriff", "Pseudarthrosenresektion, Beckenkammspongiosaplastik und Doppelgewindeschraubenosteosynthese")], 1),
    ("h", "Bericht"),
    ("p", "Rückenlage, Blutsperre 250 mmHg. Palmarer Zugang nach Russe. Darstellung der Pseudarthrose, "
          "sklerotisches Gewebe reseziert bis auf blutenden Knochen. Entnahme von Spongiosa am linken vorderen "
          "Beckenkamm. Einbringen der Spongiosa, Reposition der Buckelstellung, Osteosynthese mit 2,2-mm-"
          "Doppelgewindeschraube unter BV-Kontrolle. Schichtweiser Wundverschluss, Redon. Oberarmgips."),
    ("sec", "Komplikationen", "keine"),
    ("sec", "Procedere", "Gipsruhigstellung 6 Wochen, CT-Kontrolle nach 8 Wochen. Fadenzug am 12. postoperativen Tag."),
    ("p", "gez. PD Dr. med. C. Hartmann"),
], lab(["operation-report"], "2026-10-08", "specialist", "de", "German Operationsbericht, Word kv table",
       img="yes", op="yes", ab="yes",
       notes="German operation report (abroad yes); birth date 08.01 shares the day with OP-Datum; CT date in "
             "the diagnosis; iliac crest graft is a donor site, not another problem; CT follow-up planned."))

# 054 Austrian discharge letter with OP report section, LibreOffice ---------------------------------
make("nx-054-at-entlassungsbrief-mit-opbericht", "lo", [
    ("lh", ["Tirol Kliniken - LKH Innsbruck", "Univ.-Klinik für Orthopädie und Traumatologie",
            "Anichstraße 35, 6020 Innsbruck, Österreich"], ["Innsbruck, am 10.11.2026", "Aufnahmezahl 2026/441902"]),
    ("title", "Entlassungsbrief"),
    ("kv", [("Patient", "Hr. Wouter Brouwer, geb. 10.11.1981, Niederlande"), ("Aufnahme", "07.11.2026"),
            ("Entlassung", "10.11.2026")], 1),
    ("sec", "Diagnosen", "Perilunäre Luxationsfraktur rechts (transscaphoidal), Skiunfall Hintertuxer Gletscher am 07.11.2026"),
    ("sec", "Bildgebung", "Röntgen Handgelenk re. 2 Ebenen, CT Handgelenk re. vom 07.11.2026."),
    ("h", "Operationsbericht"),
    ("p", "OP-Datum: 08.11.2026. Operateur: OA Dr. F. Gruber. Assistenz: Dr. M. Pichler. Anästhesie: Plexus. "
          "Eingriff: offene Reposition, Schraubenosteosynthese Skaphoid (Herbert), Naht SL-Band, temporäre "
          "K-Draht-Transfixation lunotriquetral. Verlauf: dorsaler Zugang, Reposition des Lunatum, Schraube "
          "zentral im Skaphoid, BV-Kontrolle regelrecht. Karpaltunnel palmar entlastet. Keine Komplikationen."),
    ("sec", "Verlauf", "Postoperativ komplikationslos. Sensibilität Medianusgebiet intakt."),
    ("sec", "Therapie und Empfehlung", "Unterarmgips 8 Wochen. K-Draht-Entfernung nach 8 Wochen in der Heimat. "
            "Röntgenkontrolle in 10 Tagen beim weiterbehandelnden Unfallchirurgen in den Niederlanden."),
    ("p", "Mit freundlichen Grüßen\n\nOA Dr. F. Gruber                 Dr. M. Pichler"),
], lab(["correspondence", "operation-report"], "2026-11-10", "specialist", "de",
       "Austrian Entlassungsbrief with an Operationsbericht section, LibreOffice PDF",
       img="yes", op="yes", ab="yes",
       notes="Austrian discharge letter containing a full operation report section (combined); birth date "
             "10.11.1981 equals the letter date's day/month; accident date = admission date; 'am 10.11.2026'."))

# 055 German MRI report, text --------------------------------------------------------------------
make_raw("nx-055-de-mrt-befund-handgelenk", """
Radiologie am Rudolfplatz - Gemeinschaftspraxis
Dr. med. A. Krämer  |  Dr. med. B. Osei  |  Richmodstr. 6  |  50667 Köln

Frau Dr. med. U. Fischer
Hausärztliche Praxis
Aachener Str. 230
50931 Köln                                         Köln, 19.11.2026

Patientin: Lieke Hoogendoorn, geb. 19.06.1989
Untersuchung vom 18.11.2026: MRT des linken Handgelenks nativ

Klinische Angabe / Fragestellung: Schmerzen ulnar, Z.n. Sturz. Läsion TFCC?

Befund:
Intaktes TFCC ohne Signalalteration. Kein Nachweis einer Läsion des SL- oder
LT-Bandes. Geringer Erguss im distalen Radioulnargelenk. Tendinopathie der
ECU-Sehne mit Flüssigkeit in der Sehnenscheide, keine Ruptur. Knochenmark
unauffällig, kein Frakturnachweis.

Beurteilung:
1. Tendovaginitis der ECU-Sehne links.
2. Kein Anhalt für TFCC-Läsion oder Fraktur.

Mit freundlichen kollegialen Grüßen
Dr. med. B. Osei, Fachärztin für Radiologie
""", lab(["imaging-report"], "2026-11-19", "radiologist", "de", "German radiology practice report as letter, text",
         img="yes", op="unmentioned", ab="yes", also=["2026-11-18"],
         notes="Radiology report written as a letter to the GP (addressee block, greeting) - still an imaging "
               "report; exam date vs letter date; birth date 19.06 shares the day; German practice imaged the patient."))

# 056 Austrian X-ray report, fpdf2 -----------------------------------------------------------------
make("nx-056-at-roentgenbefund-salzburg", "fpdf", [
    ("lh", ["AUVA-Unfallkrankenhaus Salzburg", "Institut für Radiologie", "Dr.-Franz-Rehrl-Platz 5, 5010 Salzburg"],
     ["Befunddatum: 03.11.2026", "Zuweiser: Ambulanz UKH"]),
    ("title", "Röntgenbefund"),
    ("kv", [("Name", "Femke Jacobs"), ("Geb.-Datum", "03.11.2004"), ("Untersuchung", "Rö. Hand links d.p. + schräg, Daumen links 2 Eb."),
            ("Untersuchungsdatum", "03.11.2026")]),
    ("sec", "Befund", "Knöcherner Ausriss an der ulnaren Basis der Grundphalanx des Daumens links, Fragment ca. 3 x 2 mm, "
            "um 2 mm disloziert. Keine Subluxation im MCP-Gelenk. Übrige Strukturen regelrecht."),
    ("sec", "Zusammenfassung", "Knöcherner Skidaumen (Ausriss UCL) links."),
    ("p", "OA Dr. K. Leitner, FA für Radiologie"),
], lab(["imaging-report"], "2026-11-03", "radiologist", "de", "Austrian X-ray report, fpdf2",
       img="yes", op="unmentioned", ab="yes",
       notes="Birth date 03.11.2004 and exam/report date 03.11.2026 are identical except the year; 'Skidaumen' "
             "suggests holiday injury treated in Austria (abroad yes)."))

# 057 Swiss consultation report with onward referral, docx -------------------------------------------
make("nx-057-ch-sprechstundenbericht-zuweisung", "docx", [
    ("lh", ["Kantonsspital Baden", "Klinik für Handchirurgie", "Im Ergel 1, 5404 Baden, Schweiz"],
     ["Baden, 20. November 2026", "Fall-Nr. 4418-227"]),
    ("addr", ["Handkliniek Nijmegen", "z. Hd. Frau Dr. I. Willems", "Nijmegen, Niederlande"]),
    ("p", "Kopie: Dr. med. R. Frei, Hausarzt, Wettingen; Patientin"),
    ("title", "Sprechstundenbericht / Zuweisung"),
    ("inl", "Patientin:", "Frau Joke van Beek, 14.05.1974"),
    ("p", "Sehr geehrte Frau Kollegin,"),
    ("p", "Wir überweisen Ihnen Frau van Beek, welche Ende Dezember in die Niederlande zurückkehrt, zur "
          "Weiterbehandlung und Beurteilung."),
    ("sec", "Diagnose", "Rezidivierende Tendovaginitis stenosans D3 rechts, St. n. Ringbandspaltung A1 D3 rechts am "
            "12.03.2025 (bei uns)"),
    ("sec", "Befund", "Druckdolenz über der Narbe, schnellender Finger reproduzierbar. Sonographie 17.11.2026: "
            "Verdickung des A2-Ringbandes, keine Sehnenverletzung."),
    ("sec", "Fragestellung", "Wir bitten um Ihre Beurteilung, ob eine Revision mit Teilspaltung des A2-Ringbandes "
            "sinnvoll ist oder ob Sie ein konservatives Vorgehen empfehlen."),
    ("p", "Freundliche Grüsse\n\nDr. med. A. Brunner, Leitende Ärztin Handchirurgie"),
], lab(["correspondence", "referral"], "2026-11-20", "specialist", "de",
       "Swiss consultation report that refers onward to a Dutch clinic, Word",
       q=True, img="yes", op="yes", ab="yes",
       notes="Swiss German (no ß: 'Grüsse', 'St. n.'); specialist report + onward referral with Fragestellung "
             "(combined); operated earlier in the Swiss hospital (abroad yes); revision only asked."))

# 058 German MRSA screening result -------------------------------------------------------------------
make("nx-058-de-mrsa-screening-befund", "pdf", [
    ("lh", ["MVZ Labor Dr. Weber & Kollegen", "Mikrobiologie, Infektionsepidemiologie",
            "Graf-Adolf-Str. 80, 40210 Düsseldorf"], ["Befunddatum: 04.11.2026", "Auftragsnr. 61104478", "Endbefund"]),
    ("kv", [("Patient", "van Loon, Gerrit"), ("Geb.", "02.11.1955"),
            ("Einsender", "Universitätsklinikum Düsseldorf, Unfallchirurgie Station ME05"),
            ("Anforderung", "MRSA-Aufnahmescreening"), ("Entnahme", "02.11.2026 18:30"), ("Eingang", "03.11.2026")], 1),
    ("table", [["Material", "Untersuchung", "Ergebnis"],
               ["Nasenabstrich", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"],
               ["Rachenabstrich", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"],
               ["Leistenabstrich", "MRSA-Kultur (chromogen)", "kein MRSA nachgewiesen"],
               ["Nasenabstrich", "MRSA-PCR", "negativ"]], [40, 60, 70]),
    ("p", "Validiert: Dr. rer. nat. H. Schmitt"),
], lab(["mrsa-screening"], "2026-11-04", "lab", "de", "German lab Endbefund for an admission MRSA screen",
       img="unmentioned", op="unmentioned", ab="yes", also=["2026-11-02"],
       notes="Admission screening on a German trauma ward implies a hospital stay abroad; birth date 02.11.1955 "
             "equals the sampling date's day/month; three dates in the head."))

# 059 merged German: Arztbrief + Röntgenbefund -----------------------------------------------------
g1 = [("lh", ["Universitätsklinikum Freiburg", "Klinik für Orthopädie und Unfallchirurgie", "Hugstetter Str. 55, 79106 Freiburg"],
       ["Freiburg, den 21.09.2026"]),
      ("addr", ["Herrn Dr. med. P. Hoffmann", "Hausarztpraxis Wiehre", "79100 Freiburg"]),
      ("p", "Sehr geehrter Herr Kollege,"),
      ("p", "wir berichten über Frau Anouk Smit (geb. 30.04.2000), niederländische Studentin, die am 17.09.2026 nach "
            "einem Fahrradsturz in unserer Notaufnahme behandelt wurde."),
      ("sec", "Diagnose", "Nicht dislozierte distale Radiusfraktur links (AO 23-A2)"),
      ("sec", "Therapie", "Geschlossene Behandlung im dorsalen Unterarmgips. Eine operative Versorgung war nicht erforderlich. "
              "Röntgenkontrolle am 18.09.2026 ohne sekundäre Dislokation (Befund anbei)."),
      ("sec", "Procedere", "Gipsruhigstellung für insgesamt 5 Wochen, Röntgenkontrolle nach 1 und 2 Wochen."),
      ("p", "Mit freundlichen Grüßen\nDr. med. S. Wagner, Assistenzarzt")]
g2 = [("lh", ["Universitätsklinikum Freiburg", "Klinik für Diagnostische und Interventionelle Radiologie"],
       ["Untersuchung: 18.09.2026"]),
      ("title", "Befund"),
      ("kv", [("Patientin", "Smit, Anouk, 30.04.2000"), ("Untersuchung", "Röntgen Handgelenk links in 2 Ebenen im Gips"),
              ("Anforderung", "Unfallchirurgie, Stellungskontrolle")], 1),
      ("p", "Distale Radiusfraktur ohne Stellungsänderung gegenüber der Voruntersuchung vom 17.09.2026. Keine Abkippung."),
      ("sec", "Beurteilung", "Regelrechte Stellung im Gips."),
      ("p", "Prof. Dr. med. E. Lang")]
make_merged("nx-059-de-merged-arztbrief-roentgen", [("pdf", g1, {}), ("lo", g2, {})],
            lab(["correspondence", "imaging-report"], "2026-09-21", "specialist", "de",
                "merged PDF: German Arztbrief + X-ray report (anbei)",
                img="yes", op="no", ab="yes",
                notes="Two documents in one PDF; 'Befund anbei' refers to the second part; emergency "
                      "treatment in a German hospital (abroad yes); 'operative Versorgung war nicht erforderlich'.",
                parts=[(["correspondence"], "2026-09-21", "specialist"),
                       (["imaging-report"], "2026-09-18", "radiologist")]))

# 060 German occupational therapy report, text ------------------------------------------------------
make_raw("nx-060-de-ergotherapie-bericht", """
Praxis für Ergotherapie & Handtherapie Lindner
Theaterstraße 24, 52062 Aachen - Tel. 0241 401122

An
Herrn Dr. med. M. Janssen
Facharzt für Allgemeinmedizin
Vaals (NL)

Aachen, den 12.11.2026

Therapiebericht
Patientin: Frau Ria Lemmens, geb. 12.11.1964
Verordnung: 10 x Ergotherapie (motorisch-funktionelle Behandlung)

Sehr geehrter Herr Dr. Janssen,

Frau Lemmens befindet sich nach operativer Versorgung einer distalen Radius-
fraktur rechts (Uniklinik RWTH Aachen, 06/2026, palmare Plattenosteosynthese)
seit dem 14.08.2026 in unserer Behandlung.

Stand heute: Extension 45°, Flexion 50°, Supination eingeschränkt (60°).
Kraft Jamar rechts 14 kg (links 26 kg). Schmerzen bei Belastung NRS 4/10.

Wir empfehlen eine Folgeverordnung über weitere 10 Behandlungen. Eine
ärztliche Kontrolle der Beweglichkeit (ggf. mit Röntgen) erscheint uns sinnvoll.

Mit freundlichen Grüßen
B. Lindner, Ergotherapeutin
""", lab([], "2026-11-12", "other", "de", "German occupational therapy report, text",
         img="unmentioned", op="yes", ab="yes",
         notes="Therapy report (none of the kinds); birth date 12.11.1964 equals the letter date's day/month; "
               "operated in a German university hospital (abroad yes, patient lives in NL); X-ray only suggested; "
               "hyphenated line break 'Radius-/fraktur'."))
print("ok")
