"""German-language documents of the ty- batch (Germany, Austria, Switzerland)."""
from labels import L

DOCS = []
MM = 2.835

# ------------------------------------------------------------------------------------------ ty-009
DOCS.append(dict(
    id="ty-009", fmt="pdf", engine="canvas",
    meta=dict(font="helv", size=9, label_w=40 * MM,
              footer="Klinikum Niederrhein-Mitte - Klinik für Hand-, Plastische und Rekonstruktive Chirurgie - "
                     "Diktiert 14.08.2026 / Freigegeben 17.08.2026 - Seite {page} von {pages}"),
    blocks=[
        ("letterhead", dict(logo="KNM", color="#b71c1c", name="Klinikum Niederrhein-Mitte",
                            sub="Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
                            lines=["Chefarzt Prof. Dr. med. G. Lindner", "Albersallee 5, 47533 Kleve"],
                            right=["Tel. +49 2821 000-4400", "Fax +49 2821 000-4409"])),
        ("title", "OPERATIONSBERICHT"),
        ("fields2", [("Patient", "de Boer, Jan", "geb.", "30.01.1966"),
                     ("Fall-Nr.", "26-0471122", "Station", "C3"),
                     ("OP-Datum", "14.08.2026", "OP-Saal", "3")]),
        ("fields", [
            ("Operateur", "Dr. med. Katrin Böhm, Oberärztin"),
            ("Assistenz", "Lukas Wendt, Assistenzarzt"),
            ("Anästhesie", "Axilläre Plexusanästhesie, Dr. med. S. Yilmaz"),
            ("Diagnose", "Dislozierte intraartikuläre distale Radiusfraktur rechts (AO 23-C2) nach Sturz "
                         "vom Fahrrad am 12.08.2026"),
            ("Eingriff", "Offene Reposition und palmare winkelstabile Plattenosteosynthese distaler Radius "
                         "rechts"),
            ("Blutsperre", "Oberarm, 250 mmHg, 68 min"),
            ("Bericht", "Rückenlage, Armtisch. Präoperatives CT liegt vor. Palmarer Zugang über der "
                        "FCR-Sehne, Längsinzision 7 cm. Ablösen des M. pronator quadratus. Darstellung der "
                        "Fraktur, Reposition unter Bildwandlerkontrolle, temporäre K-Draht-Fixation. "
                        "Anlage einer palmaren winkelstabilen Radiusplatte (2,5 mm), distal 6 winkelstabile "
                        "Schrauben, proximal 3 Kortikalisschrauben. Abschließende Bildwandlerkontrolle in "
                        "2 Ebenen: regelrechte Stellung, keine intraartikuläre Schraubenlage. Refixation "
                        "des Pronator quadratus, schichtweiser Wundverschluss, Hautnaht. Steriler Verband, "
                        "dorsale Unterarmgipsschiene."),
            ("Komplikationen", "Keine"),
            ("Procedere", "Hochlagerung, Kühlung. Röntgenkontrolle postoperativ. Gipsschiene 2 Wochen, dann "
                          "funktionelle Nachbehandlung mit Handtherapie. Fadenzug am 12. postop. Tag."),
        ]),
        ("space", 6),
        ("lines", ["Dr. med. K. Böhm, Oberärztin"]),
    ],
    label=L(["operation-report"], "2026-08-14", "specialist", "de",
            "German Operationsbericht canvas form",
            "yes", "yes", "yes", also=["2026-08-17"],
            notes="Operation in a German hospital (treated abroad yes). Preoperative CT and intraoperative "
                  "fluoroscopy are imaging. Accident date, OP date, release date."),
))

# ------------------------------------------------------------------------------------------ ty-018
DOCS.append(dict(
    id="ty-018", fmt="docx",
    meta=dict(docx_font="Arial", size=10,
              header="Klinikum Borken-Süd - Sektion Handchirurgie",
              footer="Klinikum Borken-Süd gGmbH - Am Boltenhof 7, 46325 Borken - Seite {page} von {pages}"),
    blocks=[
        ("letterhead", dict(logo="KBS", color="#004d40", name="Klinikum Borken-Süd",
                            sub="Klinik für Unfall-, Hand- und Orthopädische Chirurgie - Sektion Handchirurgie",
                            lines=["Chefarzt Prof. Dr. med. H. Albers", "Am Boltenhof 7, 46325 Borken"],
                            right=["Sekretariat +49 2861 000-3300", "handchirurgie@klinikum-borken.example"])),
        ("lines", ["Herrn", "Dr. P. Dijkstra, huisarts", "Misterweg 20", "7101 EZ Winterswijk",
                   "NIEDERLANDE", "", "Borken, 21.10.2026"]),
        ("p", "<b>Patient:</b> Herr Gerrit Hulshof, geb. 08.05.1957, wohnhaft in Winterswijk"),
        ("p", "Sehr geehrter Herr Kollege Dijkstra,"),
        ("p", "wir berichten Ihnen über die ambulante Vorstellung Ihres Patienten in unserer "
              "handchirurgischen Sprechstunde am 21.10.2026."),
        ("h", "Diagnosen"),
        ("lines", ["1. Rhizarthrose rechts, Stadium III nach Eaton/Littler",
                   "2. St. n. Appendektomie 1994", "3. Arterielle Hypertonie"]),
        ("h", "Anamnese"),
        ("p", "Seit zwei Jahren zunehmende belastungsabhängige Schmerzen am rechten Daumensattelgelenk. "
              "Zwei Kortisoninfiltrationen durch den Hausarzt ohne anhaltenden Effekt. Orthese nachts."),
        ("h", "Befund"),
        ("p", "Schwellung und Druckschmerz über dem rechten Daumensattelgelenk, Grind-Test positiv, "
              "beginnende Adduktionskontraktur. Sensibilität intakt."),
        ("h", "Röntgen"),
        ("p", "Röntgen rechte Hand in 2 Ebenen vom 21.10.2026: fortgeschrittene Arthrose des "
              "Daumensattelgelenks mit Subluxation, STT-Gelenk unauffällig."),
        ("h", "Beurteilung und Procedere"),
        ("p", "Wir haben mit dem Patienten die Resektionsarthroplastik (Trapezektomie mit "
              "Sehneninterposition) ausführlich besprochen; die OP-Indikation ist aus unserer Sicht gegeben. "
              "Der Patient möchte vor einer Entscheidung eine Zweitmeinung in den Niederlanden einholen. "
              "Ein OP-Termin wurde daher nicht vereinbart."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("lines", ["Prof. Dr. med. H. Albers, Chefarzt", "", "i.A. Dr. med. Miriam Kessler, Assistenzärztin"]),
    ],
    label=L(["correspondence"], "2026-10-21", "specialist", "de",
            "German Arztbrief (ambulant) docx, signed i.A. by resident",
            "yes", "unmentioned", "yes",
            notes="Outpatient visit at a German hospital (treated abroad yes). Operation indicated but not "
                  "scheduled (plan). Appendectomy is another body part. Signed 'i.A.' by a resident."),
))

# ------------------------------------------------------------------------------------------ ty-022
DOCS.append(dict(
    id="ty-022", fmt="docx",
    meta=dict(docx_font="Calibri", size=10.5,
              footer="Praxis für Physiotherapie & Handtherapie Müller - Theaterplatz 4, 52062 Aachen - "
                     "IK 000000000"),
    blocks=[
        ("letterhead", dict(logo="PM", color="#6d4c41", name="Praxis für Physiotherapie & Handtherapie Müller",
                            lines=["Theaterplatz 4, 52062 Aachen"],
                            right=["Tel. +49 241 000 7788"])),
        ("lines", ["An", "Handchirurgische Ambulanz", "Luisenhospital Aachen-Mitte", "z. Hd. Dr. med. S. Krämer",
                   "", "Aachen, 02.10.2026"]),
        ("title", "Therapiebericht"),
        ("p", "<b>Patientin:</b> Frau Monique Lemmens, geb. 19.12.1988 (wohnhaft Vaals, NL)"),
        ("p", "Sehr geehrte Frau Dr. Krämer,"),
        ("p", "Frau Lemmens wird seit dem 10.07.2026 auf Ihre Verordnung hin wegen einer TFCC-Läsion links "
              "bei uns behandelt. Die Diagnose wurde in Ihrer Ambulanz gestellt; die MRT vom 12.06.2026 "
              "zeigte eine zentrale TFCC-Läsion (Palmer 1A). Die Patientin wurde bisher nicht operiert."),
        ("p", "Bisher erfolgten 12 Behandlungen: Stabilisationstraining ECU, propriozeptives Training, "
              "Kräftigung, Anpassung einer Handgelenksbandage."),
        ("table", [["Messung", "10.07.2026", "30.09.2026"],
                   ["Griffkraft links (kg)", "12", "21"],
                   ["Schmerz NRS bei Belastung", "7", "4"],
                   ["PRWE", "64", "41"]]),
        ("p", "Wir empfehlen die Fortsetzung der Therapie (weitere 6 Einheiten) und bitten um eine "
              "Folgeverordnung."),
        ("p", "Mit freundlichen Grüßen"),
        ("lines", ["Anke Müller", "Physiotherapeutin, zert. Handtherapeutin (AFH)"]),
    ],
    label=L([], "2026-10-02", "other", "de", "German physiotherapy/hand therapy report, docx",
            "yes", "no", "yes",
            notes="Therapist's report (no kind). Says the patient was diagnosed in a German hospital's hand "
                  "outpatient clinic (treated abroad yes), MRI done, 'bisher nicht operiert' = operated no."),
))

# ------------------------------------------------------------------------------------------ ty-025
DOCS.append(dict(
    id="ty-025", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=9.5,
              footer="Kantonsspital Seeland-Süd - Klinik für Handchirurgie - Spitalstrasse 12, 3600 Thun - "
                     "+41 33 000 22 00 - Seite {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="KSS", color="#d32f2f", name="Kantonsspital Seeland-Süd",
                            sub="Klinik für Handchirurgie",
                            lines=["Spitalstrasse 12, 3600 Thun"],
                            right=["Tel. +41 33 000 22 00", "handchirurgie@kss.example"])),
        ("lines", ["Frau I. van der Linden", "z. Hd. Hausarzt: Dr. M. Postma", "Assendorperstraat 100",
                   "8012 DJ Zwolle, Niederlande", "", "Thun, 14.08.2026"]),
        ("title", "Bericht"),
        ("p", "<b>Patientin:</b> Frau Ingrid van der Linden, 05.09.1961, Touristin, wohnhaft in Zwolle (NL)"),
        ("p", "<b>Eintritt:</b> 11.08.2026   <b>Austritt:</b> 13.08.2026"),
        ("h", "Diagnosen"),
        ("p", "Distale Radiusextensionsfraktur links (AO 23-A2) nach Velosturz am 10.08.2026 in Interlaken"),
        ("h", "Therapie"),
        ("p", "Offene Reposition und palmare Plattenosteosynthese distaler Radius links am 12.08.2026 "
              "(Operateur: Dr. med. R. Meier)"),
        ("h", "Verlauf"),
        ("p", "Eintritt über unsere Notfallstation. Konventionelles Röntgen und CT des Handgelenks zeigten "
              "eine dorsal abgekippte Fraktur. Nach komplikationsloser Operation rascher Rückgang der "
              "Schmerzen. Postoperatives Röntgen: gute Stellung, Implantat korrekt. Entlassung in gutem "
              "Allgemeinzustand nach Hause in die Niederlande."),
        ("h", "Procedere"),
        ("p", "Unterarmschiene für 2 Wochen. Fadenentfernung am 14. postoperativen Tag durch den Hausarzt. "
              "Klinisch-radiologische Kontrolle nach 6 Wochen in der Heimat. Ausführlicher "
              "Operationsbericht folgt separat."),
        ("p", "Freundliche Grüsse"),
        ("lines", ["Dr. med. Rolf Meier, Leitender Arzt", "i.A. Dr. med. Nina Gerber, Assistenzärztin"]),
    ],
    label=L(["correspondence"], "2026-08-14", "specialist", "de",
            "Swiss discharge report with generic title 'Bericht'",
            "yes", "yes", "yes",
            notes="Swiss hospital discharge report (Eintritt/Austritt) titled only 'Bericht'. The operation "
                  "is a one-line therapy entry and the full report 'folgt separat': not an operation report. "
                  "Swiss spelling (Grüsse). i.A. signature by resident."),
))

# ------------------------------------------------------------------------------------------ ty-032
TXT_032 = """
Marienhospital Niederrhein-West - Institut für Radiologie
Chefarzt Dr. med. T. Vogel  |  Kapellenstr. 8, 47574 Goch  |  Tel. +49 2823 000-5100
--------------------------------------------------------------------------------
Patient:        Verbeek, Ruud              geb. 17.02.1979
Pat.-Nr.:       3318207                    Auftrags-Nr.: R26-441903
Zuweiser:       Dr. med. J. Arts, Handchirurgie (Ambulanz)
Untersuchung:   MRT rechtes Handgelenk nativ und nach KM
Untersuchungsdatum: 03.11.2026

Klinische Angaben / Fragestellung:
Belastungsschmerz dorsal Handgelenk rechts seit 8 Monaten. V.a. Lunatummalazie
(M. Kienböck)?

Befund:
Flächige Signalminderung des Os lunatum in T1 mit inhomogener
Kontrastmittelaufnahme, beginnende Höhenminderung des Lunatum im radialen
Anteil mit kleiner Impressionsfraktur der proximalen Gelenkfläche. Keine
Fragmentation. Karpale Höhe noch erhalten, keine Rotationsfehlstellung des
Skaphoids. Ulna-Minus-Variante von 2 mm. Übrige Handwurzelknochen unauffällig.
Kein Gelenkerguss.

Beurteilung:
Lunatumnekrose (M. Kienböck) rechts, Stadium IIIa nach Lichtman, bei
Ulna-Minus-Variante.

Dr. med. Sabine Hartung
Fachärztin für Radiologie

Diktiert: 03.11.2026   Geschrieben: 04.11.2026 (MB)   Freigegeben: 05.11.2026
--------------------------------------------------------------------------------
Dieser Befund wurde elektronisch erstellt und ist ohne Unterschrift gültig.
"""
DOCS.append(dict(
    id="ty-032", fmt="txt", text=TXT_032,
    label=L(["imaging-report"], "2026-11-05", "radiologist", "de", "German RIS radiology report as plain text",
            "yes", "unmentioned", "yes", also=["2026-11-03", "2026-11-04"],
            notes="'Befund' appears as section label, not title. Zuweiser is a hand surgeon (not author). "
                  "German hospital radiology = treated abroad yes. Exam, dictation, typing, release dates."),
))

# ------------------------------------------------------------------------------------------ ty-033
DOCS.append(dict(
    id="ty-033", fmt="pdf", engine="flow",
    meta=dict(font="helv", size=8.5, pagesize="A4",
              footer="Medikationsplan - ausgedruckt von Apotheke am Rathaus, Nordhorn - Seite {page} von {pages}"),
    blocks=[
        ("letterhead", dict(logo="APO", color="#c62828", name="Apotheke am Rathaus",
                            lines=["Hauptstraße 12, 48529 Nordhorn"], right=["Tel. +49 5921 000 120"])),
        ("title", "Medikationsplan"),
        ("fields2", [("für", "Frau Wilma Kuipers", "geb. am", "21.03.1946"),
                     ("ausgedruckt von", "Apotheke am Rathaus, Nordhorn", "ausgedruckt am", "28.10.2026")]),
        ("table", [["Wirkstoff", "Handelsname", "Stärke", "Form", "Mo", "Mi", "Ab", "zN", "Hinweise", "Grund"],
                   ["Ramipril", "Ramipril-ratio", "5 mg", "Tabl", "1", "0", "0", "0", "", "Bluthochdruck"],
                   ["Metformin", "Metformin Lich", "1000 mg", "Tabl", "1", "0", "1", "0", "zum Essen", "Diabetes"],
                   ["Atorvastatin", "Sortis", "20 mg", "Tabl", "0", "0", "1", "0", "", "Cholesterin"],
                   ["Ibuprofen", "Ibu-1A", "400 mg", "Tabl", "b.B.", "", "", "", "max. 3x tgl.",
                    "Schmerzen Handgelenk"],
                   ["Pantoprazol", "Pantozol", "20 mg", "Tabl", "1", "0", "0", "0", "vor dem Frühstück",
                    "Magenschutz"]],
         {"widths": [0.12, 0.14, 0.08, 0.07, 0.05, 0.05, 0.05, 0.05, 0.16, 0.23]}),
        ("small", "Bundeseinheitlicher Medikationsplan. Bitte bringen Sie diesen Plan zu jedem Arzt- und "
                  "Apothekenbesuch mit."),
    ],
    label=L([], "2026-10-28", "other", "de", "German pharmacy Medikationsplan (table)",
            "unmentioned", "unmentioned", "unmentioned",
            notes="Pharmacy medication plan (no kind). A wrist complaint appears only as a reason for "
                  "ibuprofen; nothing about imaging, surgery or hospital care."),
))

# ------------------------------------------------------------------------------------------ ty-036
DOCS.append(dict(
    id="ty-036", fmt="pdf", engine="flow",
    meta=dict(font="dejavuserif", size=9.5,
              footer="Landesklinikum Arlberg - Abteilung für Orthopädie und Traumatologie - 6580 St. Anton am "
                     "Arlberg - +43 5446 000 0 - Seite {page}/{pages}"),
    blocks=[
        ("letterhead", dict(logo="LKA", color="#1b5e20", name="Landesklinikum Arlberg",
                            sub="Abteilung für Orthopädie und Traumatologie",
                            lines=["Vorstand: Prim. Dr. K. Walch", "Klinikweg 1, 6580 St. Anton am Arlberg"],
                            right=["Unfallambulanz +43 5446 000 210"])),
        ("title", "Ambulanzbrief"),
        ("fields", [("Patient", "Herr Sven Mulder, geb. 27.07.1994, wohnhaft Groningen (NL)"),
                    ("Ambulanzbesuch", "11.02.2026 und 13.02.2026"),
                    ("Datum", "13.02.2026")]),
        ("h", "Diagnose"),
        ("p", "Nicht dislozierte Kahnbeinfraktur rechts im mittleren Drittel (Herbert B2) nach Skisturz am "
              "11.02.2026"),
        ("h", "Befunde"),
        ("p", "Röntgen Handgelenk rechts und Kahnbeinserie (11.02.2026): Frakturverdacht mittleres Drittel. "
              "CT Handgelenk rechts (13.02.2026): Fraktur bestätigt, keine Dislokation, keine Trümmerzone."),
        ("h", "Therapie"),
        ("p", "Die Behandlung erfolgte konservativ mit Anlage eines Unterarmgipses mit Daumeneinschluss. Eine "
              "operative Versorgung (perkutane Schraubenosteosynthese) wurde angeboten, vom Patienten "
              "jedoch abgelehnt, da er die Weiterbehandlung in den Niederlanden wünscht."),
        ("h", "Empfehlung"),
        ("p", "Gipsruhigstellung für insgesamt 8 bis 10 Wochen, Gipskontrolle beim Hausarzt in einer Woche, "
              "CT-Kontrolle zur Beurteilung der Durchbauung nach 8 Wochen im Heimatland."),
        ("p", "Mit freundlichen Grüßen"),
        ("lines", ["OA Dr. Markus Haller", "Dr. Julia Pichler, Assistenzärztin"]),
    ],
    label=L(["correspondence"], "2026-02-13", "specialist", "de",
            "Austrian Ambulanzbrief, serif",
            "yes", "no", "yes", also=[],
            notes="Austrian hospital emergency outpatient letter (treated abroad yes). Treatment conservative "
                  "and surgery declined: operated no. CT control only planned; X-ray and CT done. Older "
                  "letter (February 2026)."),
))

# ------------------------------------------------------------------------------------------ ty-042
DOCS.append(dict(
    id="ty-042", fmt="docx",
    meta=dict(docx_font="Arial", size=10.5,
              footer="Hausarztpraxis Dr. med. T. Reinders - Hagsche Straße 50, 47533 Kleve - BSNR 000000000"),
    blocks=[
        ("letterhead", dict(logo="TR", color="#283593", name="Hausarztpraxis Dr. med. Thomas Reinders",
                            sub="Facharzt für Allgemeinmedizin",
                            lines=["Hagsche Straße 50, 47533 Kleve"],
                            right=["Tel. +49 2821 000 5566", "Fax +49 2821 000 5567"])),
        ("lines", ["An die", "Kliniek voor Hand- en Polschirurgie", "Postbus 9101", "6500 HB Nijmegen",
                   "NIEDERLANDE", "", "Kleve, 27.10.2026"]),
        ("title", "Überweisung zur Zweitmeinung"),
        ("fields", [("Patientin", "Frau Ans Peters, geb. 02.02.1955"),
                    ("Anschrift", "Kavarinerstraße 9, 47533 Kleve"),
                    ("Diagnose", "Rhizarthrose beidseits, rechts > links (M18.1)"),
                    ("Fragestellung", "Zweitmeinung bezüglich der Indikation zur Operation "
                                      "(Resektionsarthroplastik rechts): ist eine OP jetzt sinnvoll oder "
                                      "sind konservative Optionen ausgeschöpft?")], {"grid": True}),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "Frau Peters wurde in der handchirurgischen Ambulanz des Evangelischen Krankenhauses "
              "Kleve-Kellen zweimal mit Kortisoninfiltrationen des rechten Daumensattelgelenks behandelt "
              "(04/2026 und 07/2026). Dort wurde ihr eine Resektionsarthroplastik empfohlen. Röntgen beider "
              "Hände vom 03.03.2026: fortgeschrittene Rhizarthrose rechts, mäßig links (Befund anbei)."),
        ("p", "Die Patientin wünscht ausdrücklich eine Zweitmeinung in Ihrer Klinik, da ihre Tochter in "
              "Nijmegen wohnt."),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("lines", ["Dr. med. T. Reinders", "i.A. Petra Gerdes (MFA)"]),
    ],
    label=L(["referral"], "2026-10-27", "gp", "de", "German GP referral letter with labelled fields, docx",
            "yes", "unmentioned", "yes", rq=True,
            notes="Referral with a Fragestellung. Injections in a German hospital outpatient clinic = treated "
                  "abroad yes. Operation only recommended. X-ray report only enclosed/mentioned. Signed i.A. "
                  "by the medical assistant for the GP."),
))

# ------------------------------------------------------------------------------------------ ty-055
TXT_055 = """
Von:     Sekretariat Handchirurgie <handchirurgie@klinik-seefeld.example>
Datum:   Mittwoch, 14. Oktober 2026 17:20
An:      huisarts.vandermeer@praktijk.example
Betreff: Sprechstundenbericht Herr Bram van der Meer, 13.06.1970

Sehr geehrter Herr Kollege

Im Auftrag von Frau Dr. Keller übermitteln wir Ihnen den untenstehenden
Bericht. Das Original folgt nicht per Post.

Freundliche Grüsse
B. Frei, Sekretariat Handchirurgie

------------------------------------------------------------------------
Klinik Seefeld Zürich - Handchirurgie
Seefeldstrasse 120, 8008 Zürich

Zürich, 14. Oktober 2026

Betrifft: Herr Bram van der Meer, geb. 13.06.1970, Zürich / Delft
Sprechstunde vom 12. Oktober 2026

Diagnosen
- SLAC wrist Stadium II rechts
- St. n. Appendektomie 2005

Anamnese
Seit 2024 zunehmende Schmerzen radial am rechten Handgelenk. Der Patient
arbeitet als Ingenieur in Zürich und zieht Anfang 2027 zurück nach Delft.
Keine früheren Operationen am Handgelenk.

Befund
Druckdolenz radiodorsal, Extension/Flexion 40-0-45 Grad, Kraft 70 % der
Gegenseite.

Bildgebung
Die MRT vom 28.09.2026 zeigt einen Knorpelverlust zwischen Skaphoid und
Radius (Processus styloideus), die mediokarpale Gelenkfläche ist erhalten.

Beurteilung / Procedere
Wir haben die Vierecksarthrodese sowie als Alternative eine
Handgelenksdenervation besprochen. Der Patient möchte die Operation in den
Niederlanden durchführen lassen und wird dies mit einem Handchirurgen vor
Ort besprechen. Keine weitere Kontrolle bei uns vorgesehen.

Freundliche Grüsse

p.p. Dr. med. Andrea Keller
Oberärztin Handchirurgie
"""
DOCS.append(dict(
    id="ty-055", fmt="txt", text=TXT_055,
    label=L(["correspondence"], "2026-10-14", "specialist", "de",
            "Swiss outpatient report pasted into an e-mail export",
            "yes", "no", "yes", also=[],
            notes="E-mail from the secretary carrying the full specialist report (Swiss spelling, p.p. "
                  "signature). Seen in a Swiss clinic: treated abroad yes. 'Keine früheren Operationen am "
                  "Handgelenk' = operated no; fusion only discussed; appendectomy another body part."),
))
