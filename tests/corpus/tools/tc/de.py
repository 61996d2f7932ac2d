"""tc-047 .. tc-057: German documents (Germany, Austria, Switzerland). All invented."""
from lib import make, L

# ---------------------------------------------------------------- tc-047 Arztbrief Handchirurgie (Germany)
make("tc-047", "rl", [
    ("lh2", ["Klinikum Garmisch-Werdenfels", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
             "Auenstraße 6, 82467 Garmisch-Partenkirchen"], ["Chefarzt Prof. Dr. med. F. Leitner",
                                                             "Tel. +49 8821 77-0", "Sekretariat -4410"]),
    ("addr", ["Herrn", "Dr. med. (NL) B. Koster, huisarts", "Kerkstraat 4", "3811 CV Amersfoort",
              "Niederlande"]),
    ("p", "Garmisch-Partenkirchen, 04.02.2026"),
    ("p", "Unser Zeichen: HPR/le-ko   Fall-Nr. 26001873"),
    ("p", "Betreff: Frau Ilse Boomsma, geb. 17.09.1989, wohnhaft Utrechtseweg 77, Amersfoort (NL)"),
    ("p", "Sehr geehrter Herr Kollege,"),
    ("p", "wir berichten über die oben genannte Patientin, die sich am 31.01.2026 in unserer Notaufnahme "
          "vorstellte und am 03.02.2026 ambulant in unserer handchirurgischen Sprechstunde kontrolliert wurde."),
    ("h", "Diagnosen"),
    ("p", "- Ruptur des ulnaren Kollateralbandes am Daumengrundgelenk rechts (Skidaumen), partiell, "
          "ohne Stener-Läsion\n- Nebendiagnose: Asthma bronchiale"),
    ("h", "Anamnese"),
    ("p", "Skiunfall am 31.01.2026 mit Sturz auf den abgespreizten Daumen am Skistock. Seither Schmerzen und "
          "Schwellung ulnar am Daumengrundgelenk rechts."),
    ("h", "Befund"),
    ("p", "Schwellung und Hämatom ulnar MCP I rechts, Druckschmerz über dem UCL. Valgusstress in 30° Flexion: "
          "vermehrte Aufklappbarkeit von ca. 25° mit festem Anschlag, in Streckung stabil. DMS intakt."),
    ("h", "Diagnostik"),
    ("p", "Röntgen Daumen rechts in 2 Ebenen (31.01.2026): kein knöcherner Bandausriss, keine Fraktur. "
          "Sonographie (03.02.2026): partielle Ruptur des UCL, Bandstumpf unterhalb der Adduktoraponeurose, "
          "keine Stener-Läsion."),
    ("h", "Beurteilung"),
    ("p", "Partielle UCL-Ruptur MCP I rechts ohne Stener-Läsion. Eine operative Versorgung war nicht "
          "erforderlich."),
    ("h", "Therapie und Procedere"),
    ("p", "Anlage einer Daumenorthese mit Einschluss des Grundgelenks für 6 Wochen. Analgesie mit "
          "Ibuprofen 400 mg bei Bedarf. Die Patientin reist am 05.02.2026 in die Niederlande zurück. Wir "
          "empfehlen eine klinische Kontrolle nach 2 und 6 Wochen bei einem Handchirurgen am Heimatort; "
          "bei persistierender Instabilität nach 6 Wochen wäre eine sekundäre Bandrekonstruktion zu "
          "diskutieren."),
    ("p", "Mit freundlichen kollegialen Grüßen"),
    ("sig", ["Dr. med. Anna Brandstätter", "Oberärztin", "", "Dr. med. Lukas Ederer", "Assistenzarzt"]),
], L(["correspondence"], "2026-02-04", "specialist", "de", "German Arztbrief (Diagnosen/Befund/Beurteilung/"
     "Procedere), reportlab", imaging="yes", operated="no", abroad="yes",
     notes="Dutch patient seen in a German ED and clinic: treated abroad. 'operative Versorgung war nicht "
           "erforderlich' = no; secondary reconstruction only to be discussed."),
   footer="Klinikum Garmisch-Werdenfels - Seite {page}")

# ---------------------------------------------------------------- tc-048 Austrian Entlassungsbrief with OP (docx->pdf)
make("tc-048", "docx2pdf", [
    ("lh", ["Landeskrankenhaus Innsbruck - Universitätskliniken", "Universitätsklinik für Unfallchirurgie",
            "Anichstraße 35, 6020 Innsbruck, Österreich  |  Tel. +43 50 504-0"]),
    ("title", "Entlassungsbrief"),
    ("kv", [("Patient", "Herr Ruben de Haan"), ("Geburtsdatum", "05.05.2000"),
            ("Wohnort", "Rijnkade 8, 6811 HA Arnhem, Niederlande"),
            ("Aufnahme", "12.01.2026"), ("Entlassung", "16.01.2026"), ("Datum", "17.01.2026"),
            ("An", "Hausarzt des Patienten (NL), via Patient")]),
    ("h", "Diagnosen"),
    ("p", "Perilunäre Luxationsfraktur rechts (transscaphoidal, Mayfield IV), Snowboardunfall 11.01.2026"),
    ("h", "Anamnese"),
    ("p", "Sturz beim Snowboarden am Stubaier Gletscher, Hyperextensionstrauma der rechten Hand. "
          "Primärversorgung durch die Pistenrettung, Transport in unsere Notaufnahme."),
    ("h", "Bildgebung"),
    ("p", "Röntgen Handgelenk rechts in 2 Ebenen und CT Handgelenk rechts (11.01.2026): transscaphoidale "
          "perilunäre Luxation, Scaphoidfraktur im mittleren Drittel."),
    ("h", "Operationsbericht"),
    ("kv", [("OP-Datum", "12.01.2026"), ("Operateur", "OA Dr. med. M. Rainer"),
            ("Assistenz", "Dr. J. Huber"), ("Anästhesie", "Plexusanästhesie (axillär) und Sedierung"),
            ("Eingriff", "Offene Reposition, Schraubenosteosynthese Scaphoid (Herbert-Schraube), "
                         "Naht des SL- und LT-Bandes, temporäre K-Draht-Transfixation, "
                         "Karpaltunnelspaltung rechts")]),
    ("p", "Verlauf: Kombinierter dorsaler und palmarer Zugang. Palmar Spaltung des Retinaculum flexorum "
          "zur Entlastung des N. medianus. Dorsal Eröffnung der Kapsel, Reposition des Lunatums und der "
          "Scaphoidfragmente, Osteosynthese mit kanülierter Kompressionsschraube (22 mm). Naht des dorsalen "
          "SL-Bandes mit Fadenanker, LT-Transfixation mit zwei 1,4-mm-K-Drähten. BV-Kontrolle: anatomische "
          "Stellung. Schichtweiser Wundverschluss. Unterarmgipsschiene. Keine Komplikationen."),
    ("h", "Verlauf"),
    ("p", "Komplikationsloser postoperativer Verlauf, Wunden reizlos, DMS intakt, Parästhesien im "
          "Medianusgebiet rückläufig. MRSA-Screening bei Aufnahme negativ."),
    ("h", "Procedere"),
    ("p", "Ruhigstellung im Unterarmgips 8 Wochen. K-Draht-Entfernung nach 8 Wochen. Nahtentfernung am "
          "14. postoperativen Tag. Weiterbehandlung durch einen Handchirurgen in den Niederlanden; "
          "CT-Kontrolle der Scaphoidheilung nach 10-12 Wochen empfohlen."),
    ("sig", ["Mit freundlichen Grüßen", "OA Dr. med. Martin Rainer", "Facharzt für Orthopädie und "
             "Traumatologie"]),
], L(["correspondence", "operation-report"], "2026-01-17", "specialist", "de",
     "Austrian discharge letter with full Operationsbericht section, docx converted to PDF",
     imaging="yes", operated="yes", abroad="yes",
     notes="Entlassungsbrief with an embedded operation report (date, operator, procedure): both kinds. "
           "'MRSA-Screening bei Aufnahme negativ' is only a mention, not a lab result."),
   header="LKH Innsbruck - Unfallchirurgie", footer="de Haan Ruben, 05.05.2000")

# ---------------------------------------------------------------- tc-049 Swiss Operationsbericht form
make("tc-049", "rl", [
    ("lh2", ["Kantonsspital Graubünden", "Departement Chirurgie - Handchirurgie",
             "Loëstrasse 170, 7000 Chur"], ["Tel. +41 81 256 61 11"]),
    ("title", "Operationsbericht"),
    ("kv2", [("Patient/in", "Frau Marloes Dekker", "Geb.-Datum", "22.08.1972"),
             ("PID", "KSGR-330981", "Fall", "2512-44871"),
             ("OP-Datum", "29.12.2025", "Saal", "OPS 3"),
             ("Operateur", "Dr. med. C. Caduff", "1. Assistenz", "Dr. med. S. Bühler"),
             ("Anästhesie", "Allgemeinanästhesie", "Lagerung", "Rückenlage, Armtisch")]),
    ("kv", [("Diagnose", "Distale intraartikuläre Radiusfraktur links (AO 23-C1), Skisturz 27.12.2025"),
            ("Eingriff", "Offene Reposition und Plattenosteosynthese distaler Radius links (palmare "
                         "winkelstabile Platte 2.4)"),
            ("Indikation", "Dislozierte Fraktur mit Gelenkstufe 2 mm, dorsale Abkippung 20°"),
            ("Operationsverlauf", "Blutsperre 250 mmHg. Zugang nach Henry. Ablösen des M. pronator "
                                  "quadratus. Reposition der Fraktur unter Sicht und BV-Kontrolle, "
                                  "temporäre K-Draht-Fixation. Anlage einer palmaren Platte, distal 6 "
                                  "winkelstabile Schrauben, proximal 3 Kortikalisschrauben. Gelenkfläche "
                                  "stufenfrei. Refixation Pronator quadratus. Hautnaht. Steriler Verband, "
                                  "dorsale Gipsschiene."),
            ("Komplikationen", "Keine"),
            ("Nachbehandlung", "Gipsschiene 2 Wochen, danach Orthese. Fadenentfernung nach 12-14 Tagen. "
                               "Röntgenkontrolle nach 6 Wochen am Heimatort (NL).")]),
    ("sig", ["Chur, 29.12.2025", "Dr. med. Claudio Caduff, Leitender Arzt Handchirurgie"]),
], L(["operation-report"], "2025-12-29", "specialist", "de", "Swiss Operationsbericht form (two-column "
     "cells), reportlab", imaging="unmentioned", operated="yes", abroad="yes",
     notes="Operation report from a Swiss hospital: treated abroad yes. Only intra-operative fluoroscopy "
           "(BV-Kontrolle) and a planned X-ray: imaging unmentioned (borderline)."),
   footer="KSGR - Operationsbericht - Seite {page}")

# ---------------------------------------------------------------- tc-050 Röntgenbefund (fpdf)
make("tc-050", "fpdf", [
    ("lh", ["Kantonsspital Graubünden", "Institut für Radiologie", "Loëstrasse 170, 7000 Chur"]),
    ("title", "Radiologischer Befund"),
    ("kv", [("Patientin", "Dekker, Marloes, 22.08.1972"), ("PID", "KSGR-330981"),
            ("Zuweiser", "Notfallstation / Unfallchirurgie, Dr. med. R. Tscharner"),
            ("Untersuchung", "Röntgen Handgelenk links in 2 Ebenen, CT Handgelenk links nativ"),
            ("Untersuchungsdatum", "27.12.2025"), ("Befunddatum", "28.12.2025")]),
    ("h", "Fragestellung"),
    ("p", "Sturz beim Skifahren. Fraktur? Gelenkbeteiligung? OP-Planung."),
    ("h", "Befund"),
    ("p", "Röntgen: distale Radiusfraktur links mit dorsaler Abkippung von ca. 20° und radialer Verkürzung "
          "von 3 mm. Abriss des Processus styloideus ulnae. CT: intraartikulärer Frakturverlauf mit "
          "sagittalem Frakturspalt bis in die Fossa lunata, Gelenkstufe 2 mm. Keine Karpalfraktur. "
          "DRUG kongruent."),
    ("h", "Beurteilung"),
    ("p", "Dislozierte intraartikuläre distale Radiusfraktur links (AO 23-C1) mit Gelenkstufe 2 mm, "
          "Abriss Proc. styloideus ulnae."),
    ("sig", ["Dr. med. Petra Gredig, Fachärztin Radiologie FMH", "Visiert 28.12.2025"]),
], L(["imaging-report"], "2025-12-28", "radiologist", "de", "Swiss radiology report, fpdf2",
     also=["2025-12-27"], imaging="yes", operated="unmentioned", abroad="yes",
     notes="Requester is the emergency/trauma department; 'OP-Planung' in the question is a plan."),
   footer="KSGR Radiologie - Seite {page}")

# ---------------------------------------------------------------- tc-051 MRT Befund (docx), German practice
make("tc-051", "docx", [
    ("lh2", ["Radiologie am Tivoli", "Gemeinschaftspraxis Dr. Reuter, Dr. Baumann & Kollegen",
             "Krefelder Straße 15, 52070 Aachen"], ["Tel. +49 241 95 70 30", "www.radiologie-tivoli.example"]),
    ("addr", ["Herrn Dr. med. J. Schmitz", "Facharzt für Orthopädie und Unfallchirurgie",
              "Pontstraße 88", "52062 Aachen"]),
    ("p", "Aachen, den 03.02.2026"),
    ("kv", [("Patient", "Herr Thomas Wagemans, geb. 11.03.1970"),
            ("Untersuchung", "MRT des rechten Handgelenks nativ und nach i.v. KM-Gabe"),
            ("Untersuchungstag", "02.02.2026")]),
    ("h", "Rechtfertigende Indikation / Fragestellung"),
    ("p", "Z. n. Ganglionexzision dorsal rechts 03/2025 (extern). Erneute Schwellung und Belastungsschmerz. "
          "Rezidivganglion? SL-Bandläsion?"),
    ("h", "Befund"),
    ("p", "Postoperative Veränderungen der dorsalen Kapsel. Dorsal des scapholunären Intervalls ein "
          "lobuliertes, flüssigkeitsisointenses Gebilde von 11 x 7 mm mit dünner, kontrastmittelaufnehmender "
          "Wand, in Verbindung mit dem Gelenk. Das SL-Band dorsal ausgedünnt, jedoch kontinuierlich. "
          "Kein Knochenmarködem. TFCC unauffällig. Keine Synovialitis."),
    ("h", "Beurteilung"),
    ("p", "1. Rezidiv eines dorsalen Handgelenksganglions (11 mm) bei Z. n. Exzision.\n"
          "2. Ausgedünntes, aber intaktes dorsales SL-Band."),
    ("p", "Mit freundlichen kollegialen Grüßen"),
    ("sig", ["Dr. med. Katrin Baumann", "Fachärztin für Diagnostische Radiologie"]),
], L(["imaging-report"], "2026-02-03", "radiologist", "de", "German outpatient MRI report (letter form), "
     "python-docx", also=["2026-02-02"], imaging="yes", operated="yes", abroad="yes",
     notes="'Z. n. Ganglionexzision' = status after excision: operated. Written by a German radiology "
           "practice that examined the patient (treated abroad by the README's rule; patient possibly "
           "lives in Germany - borderline). Letter addressed to an orthopaedist, not to the clinic."),
   footer="Radiologie am Tivoli - Befund Wagemans Th.")

# ---------------------------------------------------------------- tc-052 German GP Überweisung / Zweitmeinung
make("tc-052", "fpdf", [
    ("lh", ["Hausarztpraxis Dr. med. Ute Lennartz", "Fachärztin für Allgemeinmedizin",
            "Hauptstraße 41, 52134 Herzogenrath  -  Tel. +49 2406 91 22 0"]),
    ("addr", ["An das", "Handchirurgisch Centrum Zuid-Limburg", "z. Hd. Sprechstunde Zweitmeinung",
              "P. Debyelaan 25", "6229 HX Maastricht, Niederlande"]),
    ("p", "Herzogenrath, 12.02.2026"),
    ("p", "Überweisung zur Zweitmeinung"),
    ("p", "Patient: Herr Thomas Wagemans, geb. 11.03.1970, Kerkraderstraße 9, 52134 Herzogenrath"),
    ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
    ("p", "ich überweise Ihnen Herrn Wagemans, 55 Jahre, Elektriker, mit der Bitte um eine "
          "handchirurgische Zweitmeinung."),
    ("p", "Bei Herrn Wagemans wurde im März 2025 im Luisenhospital Aachen ein dorsales Handgelenksganglion "
          "rechts exzidiert. Seit Herbst 2025 erneute Schwellung und Schmerzen. Die MRT vom 02.02.2026 zeigt "
          "ein Rezidivganglion von 11 mm bei intaktem SL-Band. Der Operateur empfiehlt eine erneute offene "
          "Exzision, der behandelnde Orthopäde eher Abwarten bzw. Punktion."),
    ("p", "Fragestellung: Welches Vorgehen empfehlen Sie bei Rezidivganglion? Wäre eine arthroskopische "
          "Resektion eine Option?"),
    ("p", "Der Patient ist Grenzgänger und bei der CZ versichert; er wünscht ausdrücklich eine Beurteilung "
          "in den Niederlanden."),
    ("p", "Medikation: Ramipril 5 mg 1-0-0. Allergien: keine bekannt."),
    ("p", "Mit freundlichen Grüßen"),
    ("sig", ["Dr. med. Ute Lennartz"]),
    ("p", "Anlagen: MRT-Befund vom 03.02.2026, OP-Bericht vom 18.03.2025"),
], L(["referral"], "2026-02-12", "gp", "de", "German GP referral letter for a second opinion, fpdf2",
     question=True, imaging="yes", operated="yes", abroad="yes",
     notes="Cross-border patient: operation in a German hospital = treated abroad (seen from the Dutch clinic). "
           "Re-excision only recommended; arthroscopic resection is a question."),
   footer="Praxis Dr. Lennartz - Seite {page}")

# ---------------------------------------------------------------- tc-053 Austrian Unfallambulanz
make("tc-053", "rl", [
    ("lh", ["Krankenhaus Zell am See", "Abteilung für Orthopädie und Traumatologie - Unfallambulanz",
            "Paracelsusstraße 8, 5700 Zell am See, Österreich  -  Tel. +43 6542 777-0"]),
    ("title", "Ambulanzbrief"),
    ("kv", [("Name", "Frau Sanne Wouters"), ("Geb.", "30.10.2004"), ("Aufnahmezahl", "A-26-009812"),
            ("Datum", "21.02.2026, 14:25"), ("Behandelnder Arzt", "Dr. F. Gruber, Assistenzärztin")]),
    ("h", "Anamnese"),
    ("p", "Skisturz auf die rechte Hand (Schmittenhöhe) am heutigen Tag, kein Kopfanprall."),
    ("h", "Status"),
    ("p", "Leichte Schwellung dorsal Handgelenk rechts, kein Druckschmerz in der Tabatière, freie "
          "Beweglichkeit mit Endlagenschmerz. DMS intakt."),
    ("h", "Röntgen"),
    ("p", "Handgelenk rechts in 2 Ebenen und Navicularequartett: kein Hinweis auf eine frische knöcherne "
          "Verletzung."),
    ("h", "Diagnose"),
    ("p", "Prellung (Contusio) des rechten Handgelenks."),
    ("h", "Therapie"),
    ("p", "Elastischer Verband, Kühlen, Diclofenac 75 mg bei Bedarf. Keine Ruhigstellung erforderlich."),
    ("h", "Empfehlung"),
    ("p", "Bei anhaltenden Schmerzen nach 10 Tagen Kontrolle beim Hausarzt in den Niederlanden, "
          "ggf. MRT zum Ausschluss einer okkulten Kahnbeinfraktur."),
    ("sig", ["Dr. Franziska Gruber", "elektronisch vidiert"]),
], L(["correspondence"], "2026-02-21", "specialist", "de", "Austrian emergency outpatient letter "
     "(Ambulanzbrief), reportlab", imaging="yes", operated="unmentioned", abroad="yes",
     notes="Austrian ED visit: treated abroad (ED counts). MRI only suggested."),
   footer="KH Zell am See - Unfallambulanz - Seite {page}")

# ---------------------------------------------------------------- tc-054 Swiss Konsiliarbericht (docx)
make("tc-054", "docx", [
    ("lh", ["Universitätsspital Basel", "Klinik für Plastische, Rekonstruktive, Ästhetische und Handchirurgie",
            "Spitalstrasse 21, 4031 Basel, Schweiz"]),
    ("addr", ["Konsiliarbericht an:", "Frau Dr. med. L. Meier, Rheumatologie USB", "Hebelstrasse 32",
              "4031 Basel"]),
    ("p", "Basel, 06.11.2025"),
    ("p", "Betrifft: Frau Anneke Hoogland, geb. 02.04.1965, PID USB-7712309"),
    ("p", "Liebe Frau Kollegin"),
    ("p", "Besten Dank für die Zuweisung von Frau Hoogland, welche ich heute in unserer Handsprechstunde "
          "konsiliarisch gesehen habe. Die Patientin lebt seit 2019 in Basel."),
    ("h", "Fragestellung"),
    ("p", "Tendovaginitis stenosans de Quervain rechts bei Psoriasisarthritis - Indikation zur Operation?"),
    ("h", "Befund"),
    ("p", "Schwellung über dem ersten Strecksehnenfach rechts, Finkelstein deutlich positiv. Keine "
          "Synovialitis der Handgelenke. Sonographie in der Sprechstunde: verdicktes Retinaculum des "
          "ersten Strecksehnenfachs mit Septum zwischen APL und EPB, Flüssigkeitssaum."),
    ("h", "Beurteilung"),
    ("p", "Tendovaginitis de Quervain rechts mit intrakompartimentellem Septum, nach zweimaliger "
          "Steroidinfiltration rezidivierend."),
    ("h", "Procedere"),
    ("p", "Eine operative Spaltung des ersten Strecksehnenfachs wäre indiziert. Die Patientin lehnt eine "
          "operative Therapie derzeit ab, da sie im Frühjahr in die Niederlande zurückzieht und sich dort "
          "behandeln lassen möchte. Wir haben eine Daumenorthese angepasst."),
    ("p", "Mit freundlichen Grüssen"),
    ("sig", ["PD Dr. med. Nicolas Vogt", "Leitender Arzt Handchirurgie"]),
], L(["correspondence"], "2025-11-06", "specialist", "de", "Swiss consultation report (Konsiliarbericht), "
     "python-docx", imaging="yes", operated="unmentioned", abroad="yes",
     notes="Internal consult to rheumatology; 'Fragestellung' is the consult question, not a referral to the "
           "clinic. Operation indicated but declined."))

# ---------------------------------------------------------------- tc-055 German MRSA lab
make("tc-055", "rl", [
    ("lh2", ["MVZ Labor Dr. Kramer & Kollegen", "Medizinische Mikrobiologie, Virologie und "
             "Infektionsepidemiologie", "Lerchenweg 7, 21502 Geesthacht"], ["Tel. +49 4152 803-0",
                                                                          "Befundbericht"]),
    ("kv2", [("Patient", "Jansen, Willemijn", "Geb.-Datum", "04.07.1958"),
             ("Einsender", "Klinikum Lüneburg, Station 4B (Handchirurgie)", "Auftrags-Nr.", "2512-9930-17"),
             ("Entnahme", "18.12.2025", "Eingang", "18.12.2025"),
             ("Befunddatum", "20.12.2025", "Befundstatus", "Endbefund")]),
    ("table", [["Material", "Untersuchung", "Ergebnis"],
               ["Nasenabstrich", "MRSA-Screening (Kultur, chromogener Agar)", "kein MRSA nachgewiesen"],
               ["Rachenabstrich", "MRSA-Screening (Kultur, chromogener Agar)", "kein MRSA nachgewiesen"],
               ["Leistenabstrich", "MRSA-Screening (Kultur, chromogener Agar)", "kein MRSA nachgewiesen"]]),
    ("p", "Anmerkung: Aufnahmescreening gemäß KRINKO-Empfehlung."),
    ("sig", ["Dr. med. H. Kramer, Facharzt für Mikrobiologie", "Der Befund wurde elektronisch freigegeben."]),
], L(["mrsa-screening"], "2025-12-20", "lab", "de", "German microbiology MRSA screening table, reportlab",
     also=["2025-12-18"], imaging="unmentioned", operated="unmentioned", abroad="yes",
     notes="Admission screen sent by a ward of a German hospital (Handchirurgie): implies an admission "
           "abroad - borderline for treated_abroad."),
   footer="MVZ Labor Dr. Kramer - Seite {page}")

# ---------------------------------------------------------------- tc-056 German Hausarzt Karteikarte (txt)
make("tc-056", "txt", """
Praxis Dr. med. Jürgen Hoffmann & Dr. med. Sabine Wirtz - Fachärzte für Allgemeinmedizin
Bahnhofstraße 12, 47533 Kleve                                   Tel. 02821 / 71 44 0
================================================================================
KARTEIKARTENAUSZUG / PATIENTENÜBERSICHT              Druckdatum: 28.01.2026
Patient:  Frau Gerritje (Gerda) van Beek, geb. 14.11.1956
Anschrift: Nassauerallee 30, 47533 Kleve      Versicherung: AOK Rheinland/Hamburg
================================================================================

DAUERDIAGNOSEN
  M18.1 G   Rhizarthrose rechts
  G56.0 G   Karpaltunnelsyndrom rechts, Z. n. operativer Spaltung 05/2024
  I10.90 G  Arterielle Hypertonie
  E78.0 G   Hypercholesterinämie
  Z96.6     Z. n. Hüft-TEP links 2016

KARTEIEINTRÄGE (letzte 18 Monate)
  14.05.2024  Bef:  OP-Bericht St.-Antonius-Hospital Kleve: Karpaltunnelspaltung rechts,
                    komplikationslos.
  28.05.2024  Anam: Fäden entfernt, Wunde reizlos. Beschwerden nachts deutlich besser.
  10.10.2024  Anam: Schmerzen Daumensattelgelenk rechts beim Gärtnern.
              Bef:  Grind-Test positiv. Dg: Rhizarthrose re. Th: Orthese, Diclofenac-Gel.
  17.03.2025  Bef:  Röntgen Hand rechts (Radiologie Kleve): Rhizarthrose Stadium Eaton II-III.
  02.07.2025  Th:   Infiltration Daumensattelgelenk rechts mit Triamcinolon 10 mg.
  15.10.2025  Anam: Wirkung der Infiltration 3 Monate, jetzt erneut Schmerzen 6/10.
              Proc: Überweisung Handchirurgie zur OP-Beratung.
  08.12.2025  Bef:  Arztbrief Handchirurgie Emmerich: Resektionsarthroplastik empfohlen.
  28.01.2026  Anam: Pat. zieht im Frühjahr zu ihrer Tochter nach Nijmegen (NL) und möchte dort eine
                    zweite Meinung einholen. Karteiauszug mitgegeben.

MEDIKATION
  Candesartan 8 mg 1-0-0, Atorvastatin 20 mg 0-0-1, Diclofenac-Gel b. Bed.
ALLERGIEN: Pflaster (Kontaktekzem)
================================================================================
Seite 1/1
""", L(["history"], "2026-01-28", "gp", "de", "German GP record extract (Karteikarte) as text",
       imaging="yes", operated="yes", abroad="yes",
       notes="German GP record for a patient living in Germany moving to NL: hand operation (CTS release) in a "
             "German hospital = operated and treated abroad seen from the Dutch clinic. Hip TEP other body "
             "part; resection arthroplasty only recommended."))

# ---------------------------------------------------------------- tc-057 Ergotherapie report (txt)
make("tc-057", "txt", """
Ergotherapie & Handtherapie Kreuzberg - Praxis Mila Schön
Oranienstraße 180, 10999 Berlin - Tel. 030 / 612 88 40

Berlin, 26.01.2026

Therapiebericht

An: Dr. med. O. Yilmaz, Orthopädie Kreuzberg, Adalbertstraße 3, 10999 Berlin
Patientin: Frau Lieke Smulders, geb. 08.06.1995
Verordnung: Ergotherapie (Handtherapie) 10x, Heilmittelverordnung vom 17.11.2025

Sehr geehrter Herr Dr. Yilmaz,

Frau Smulders wurde vom 20.11.2025 bis 22.01.2026 in unserer Praxis behandelt (10 Einheiten) nach
Ringbandspaltung A1 am Mittelfinger links am 03.11.2025.

Ausgangsbefund: Streckdefizit PIP D3 links 20°, Narbe adhärent, Faustschluss inkomplett
(Fingerkuppen-Hohlhand-Abstand 2 cm), Schmerz VAS 4/10 bei Belastung.

Therapie: Narbenmobilisation, Sehnengleitübungen, Quengelschiene nachts, Kraftaufbau,
Alltagstraining (Patientin ist Grafikdesignerin, Maus- und Tablettarbeit).

Abschlussbefund: Streckdefizit PIP 5°, Faustschluss komplett, Griffkraft links 26 kg (rechts 30 kg),
Schmerz VAS 1/10. Die Patientin ist mit dem Ergebnis zufrieden und hat ein Heimprogramm erhalten.

Eine weitere Verordnung halten wir nicht für erforderlich.

Mit freundlichen Grüßen
Mila Schön, Ergotherapeutin B.Sc., zertifizierte Handtherapeutin (DAHTH)
""", L([], "2026-01-26", "other", "de", "German hand therapy report (plain text)",
       imaging="unmentioned", operated="yes",
       notes="Therapist's report: none of the kinds. States a past A1 pulley release (operated). Written by a "
             "therapy practice abroad, not a hospital or clinic - treated_abroad left unmentioned (borderline)."))

print("de done")
