# German-language documents (Germany, Austria, Switzerland) of the tb- batch. All invented.
from docs_nl import L

DOCS = []
A = DOCS.append

def D(*a, **k):
    k["lang"] = "de"
    return L(*a, **k)

# ------------------------------------------------------------------ 014 Röntgen Befund Kleve
A(dict(id="tb-014", fmt="rl", opts=dict(kvw=40, footer="Radiologie am Niederrhein · Hoffmannallee 5 · 47533 Kleve · Tel. +49 2821 7290-0"),
  blocks=[
    ("lh", ["Radiologie am Niederrhein", "Gemeinschaftspraxis Dr. med. U. Terhorst · Dr. med. A. Pauls"]),
    ("p", "Herrn Dr. med. J. Kersten\nFacharzt für Allgemeinmedizin\nKapellener Str. 12\n47574 Goch"),
    ("p", "Kleve, den 18.09.2026"),
    ("kv", [("Patient", "Hermsen, Marie-Luise, geb. 02.02.1953"), ("Untersuchung", "Röntgen Hand links in 2 Ebenen + Daumensattelgelenk"),
            ("Untersuchungsdatum", "17.09.2026"), ("Überweiser", "Dr. med. J. Kersten")]),
    ("h", "Fragestellung"), ("p", "Rhizarthrose links? Schmerzen Daumenbasis seit 6 Monaten."),
    ("h", "Befund"),
    ("p", "Deutliche Gelenkspaltverschmälerung des Daumensattelgelenks mit subchondraler Sklerosierung, osteophytären Randanbauten und "
          "beginnender Subluxation des Metacarpale I nach radial. STT-Gelenk mit geringen degenerativen Veränderungen. Übrige "
          "Fingergelenke mit beginnender Heberden-Arthrose DIP II und III. Keine Frakturzeichen. Kein Fremdmaterial."),
    ("h", "Beurteilung"),
    ("p", "Fortgeschrittene Rhizarthrose links (Eaton/Littler Stadium III), geringe STT-Arthrose, Heberden-Arthrose DIP II/III."),
    ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. A. Pauls\nFachärztin für Radiologie"),
  ],
  label=D(["imaging-report"], "2026-09-18", "radiologist", "German radiology practice report (Befund/Beurteilung) as letter", "yes", "unmentioned", "yes",
          "Report by a radiology practice in Germany that examined the patient; treated_abroad yes is borderline (imaging practice, not a hospital, "
          "but 'clinic outside the NL' by a wide reading). Exam 17.09, report 18.09.", also=["2026-09-17"])))

# ------------------------------------------------------------------ 028 Physiotherapie-Bericht
A(dict(id="tb-028", fmt="rl", opts=dict(pagenum=False),
  blocks=[
    ("lh", ["Praxis für Physiotherapie & Handtherapie Schwanenstadt", "Inh. Kerstin Vollmer · Bahnhofstraße 7 · 46446 Emmerich am Rhein"]),
    ("p", "Emmerich, 12.08.2026"),
    ("p", "An: Herrn Dr. med. W. Heinen, Hausarzt, Emmerich"),
    ("p", "Therapiebericht\nPatientin: Frau Johanna Brouwer, geb. 04.11.1980"),
    ("p", "Sehr geehrter Herr Dr. Heinen,"),
    ("p", "Frau Brouwer wurde auf Ihre Verordnung hin (KG 6x, Diagnose: Tendovaginitis de Quervain rechts) bei uns behandelt. "
          "Es erfolgten Querfriktionen, Tape-Anlagen, Schienenanpassung und exzentrisches Training."),
    ("p", "Die Schmerzen bei Belastung haben sich von NRS 7 auf 4 reduziert. Der Finkelstein-Test ist weiterhin positiv. "
          "Eine Operation ist bisher nicht erfolgt. Wir empfehlen eine Folgeverordnung über 6 Einheiten."),
    ("p", "Mit freundlichen Grüßen\nK. Vollmer, Physiotherapeutin, zert. Handtherapeutin"),
  ],
  label=D([], "2026-08-12", "other", "German physiotherapy report", "unmentioned", "no", "unmentioned",
          "Therapy practice abroad, not a hospital/clinic → treated_abroad left unmentioned (borderline). 'Operation bisher nicht erfolgt' → operated no.")))

# ------------------------------------------------------------------ 035 German Hausarzt Befundbericht (history)
A(dict(id="tb-035", fmt="rl", opts=dict(footer="Hausarztpraxis am Dom · Domplatz 4 · 52062 Aachen · Tel. +49 241 401122", pagefmt="Seite {p}"),
  blocks=[
    ("lh", ["Hausarztpraxis am Dom", "Dr. med. Stefanie Roth · Fachärztin für Allgemeinmedizin"]),
    ("p", "Aachen, 04.06.2026"),
    ("p", "Ärztlicher Befundbericht / Zusammenfassung der Krankengeschichte\nzur Vorlage bei der weiterbehandelnden Hausärztin in den Niederlanden"),
    ("kv", [("Patient", "Herr Tobias Hennes"), ("geb.", "27.09.1984"), ("Anschrift (neu)", "Kerkrade (NL)")]),
    ("h", "Diagnosen"),
    ("p", "- Z.n. Kahnbeinfraktur rechts 2023, operativ versorgt (Herbert-Schraube, Luisenhospital Aachen 11/2023)\n"
          "- Pseudarthrose Os scaphoideum rechts (CT 02/2026)\n- Asthma bronchiale, gut eingestellt\n- Z.n. Appendektomie 1996"),
    ("h", "Verlauf und letzte Behandlungen"),
    ("p", "Nach der Verschraubung 2023 zunächst beschwerdearm. Seit Herbst 2025 zunehmende Schmerzen radialseitig. CT vom 10.02.2026: "
          "ausbleibende Konsolidierung, Schraube gelockert. Vorstellung in der Handchirurgie des Luisenhospitals am 03.03.2026: "
          "Revisionsoperation mit Spongiosaplastik empfohlen; Patient hat sich wegen des Umzugs noch nicht entschieden. "
          "Letzte Behandlung bei uns 28.05.2026: Unterarmschiene, Ibuprofen bei Bedarf."),
    ("h", "Medikation"), ("p", "Budesonid/Formoterol 160/4,5 1-0-1; Ibuprofen 600 mg b.B."),
    ("p", "Mit freundlichen Grüßen\nDr. med. S. Roth"),
  ],
  label=D(["history"], "2026-06-04", "gp", "German GP summary of medical history for the new Dutch GP", "yes", "yes", "yes",
          "German GP (not specialist) history summary. Scaphoid screw fixation in a German hospital 2023 → operated yes, treated_abroad yes. Revision only recommended.")))

# ------------------------------------------------------------------ 039 merged: Arztbrief + Befund + OP-Bericht (Austria)
p39a = dict(fmt="rl", opts=dict(footer="LKH Zell am See (fiktiv) · Unfallchirurgie · Paracelsusstraße 8 · 5700 Zell am See · +43 6542 777"),
  blocks=[("lh", ["Landeskrankenhaus Zell am See", "Abteilung für Orthopädie und Traumatologie"]),
          ("p", "An den Hausarzt\nDr. P. Wouters, Huisartsenpraktijk Oisterwijk, Niederlande"),
          ("title", "Entlassungsbrief"),
          ("kv", [("Patientin", "Fenna van Rijn, geb. 09.01.2003"), ("Aufnahme", "12.02.2026"), ("Entlassung", "15.02.2026"),
                  ("Datum", "15.02.2026")]),
          ("h", "Diagnosen"), ("p", "Distale Radiusfraktur links, AO 23-A3, Skiunfall 12.02.2026"),
          ("h", "Therapie"), ("p", "Offene Reposition und Plattenosteosynthese am 13.02.2026 (siehe OP-Bericht)."),
          ("h", "Verlauf"), ("p", "Komplikationsloser postoperativer Verlauf, Röntgenkontrolle regelrecht. Entlassung zur Weiterbehandlung in die Niederlande."),
          ("h", "Procedere"), ("p", "Fadenentfernung 12.-14. Tag postoperativ. Röntgenkontrolle nach 6 Wochen. Physiotherapie. Metallentfernung nicht zwingend."),
          ("p", "Mit freundlichen Grüßen\nOA Dr. M. Gruber")],
  label=dict(kinds=["correspondence"], date="2026-02-15", author="specialist"))
p39b = dict(fmt="rl", opts=dict(kvw=38),
  blocks=[("lh", ["LKH Zell am See", "Institut für Radiologie"]),
          ("kv", [("Patientin", "van Rijn, Fenna  *09.01.2003"), ("Untersuchung", "Röntgen Handgelenk links a.p./seitl."),
                  ("Datum", "12.02.2026"), ("Zuweiser", "Unfallambulanz")]),
          ("h", "Befund"), ("p", "Extraartikuläre, dorsal abgekippte (30°) und verkürzte distale Radiusfraktur. Abriss Proc. styloideus ulnae."),
          ("h", "Beurteilung"), ("p", "Dislozierte distale Radiusfraktur links."),
          ("p", "Dr. E. Pichler, FA für Radiologie")],
  label=dict(kinds=["imaging-report"], date="2026-02-12", author="radiologist"))
p39c = dict(fmt="rl", opts=dict(grid=True, kvw=40),
  blocks=[("lh", ["LKH Zell am See", "Operationsbericht"]),
          ("kv", [("Patientin", "van Rijn, Fenna, 09.01.2003"), ("OP-Datum", "13.02.2026"), ("Operateur", "OA Dr. M. Gruber"),
                  ("Assistenz", "Dr. L. Haas"), ("Anästhesie", "Plexusanästhesie"),
                  ("Diagnose", "Distale Radiusfraktur links"), ("Eingriff", "Offene Reposition, winkelstabile palmare Plattenosteosynthese"),
                  ("Bericht", "Palmarer Zugang nach Henry, Darstellung der Fraktur, Reposition unter Bildwandler, Plattenanlage, "
                   "Besetzen mit winkelstabilen Schrauben. Gute Stellung. Schichtweiser Wundverschluss. Steriler Verband, Gipsschiene."),
                  ("Komplikationen", "keine")])],
  label=dict(kinds=["operation-report"], date="2026-02-13", author="specialist"))
A(dict(id="tb-039", fmt="merged", parts=[p39a, p39b, p39c],
  label=D(["correspondence", "imaging-report", "operation-report"], "2026-02-15", "specialist",
          "merged PDF from an Austrian hospital: discharge letter + X-ray report + operation report", "yes", "yes", "yes",
          "Dutch patient treated in Austria after ski accident.")))

# ------------------------------------------------------------------ 056 Arztbrief Handchirurgie Germany
A(dict(id="tb-056", fmt="rl", opts=dict(footer="Klinikum Niederrhein-Mitte gGmbH (fiktiv) · Klinik für Hand-, Plastische und Rekonstruktive Chirurgie · Postfach 10 12 40 · 47012 Duisburg", pagefmt="Seite {p}"),
  blocks=[
    ("lh", ["Klinikum Niederrhein-Mitte", "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie", "Chefarzt Prof. Dr. med. H. Lorenz",
            "Sekretariat +49 203 5566-2201"]),
    ("p", "Klinikum Niederrhein-Mitte · Postfach 10 12 40 · 47012 Duisburg"),
    ("p", "Frau Dr. med. A. Lehmann\nFachärztin für Allgemeinmedizin\nKönigstraße 58\n47051 Duisburg"),
    ("kv", [("Datum", "23.10.2026"), ("Unser Zeichen", "HPR/LO-gö"), ("Patient", "Herr Ruud Janssen, geb. 30.06.1964, wohnhaft Venlo (NL)")]),
    ("p", "Sehr geehrte Frau Kollegin Lehmann,"),
    ("p", "wir berichten über o.g. Patienten, der sich am 20.10.2026 in unserer Handsprechstunde vorstellte."),
    ("h", "Diagnosen"),
    ("p", "1. Rezidiv eines Karpaltunnelsyndroms rechts\n2. Z.n. Karpaltunnelspaltung rechts 04/2025 (auswärts, Venlo)\n3. Z.n. Ringbandspaltung D IV links 2022 (hier)\n4. Diabetes mellitus Typ 2"),
    ("h", "Anamnese"),
    ("p", "Herr Janssen berichtet über eine initiale Besserung nach der Operation 2025, seit dem Frühjahr jedoch erneut nächtliche "
          "Parästhesien D I-III rechts, zuletzt mit Ungeschicklichkeit beim Knöpfen."),
    ("h", "Befund"),
    ("p", "Reizlose Narbe palmar rechts. Hoffmann-Tinel über der Narbe positiv, Phalen nach 20 s positiv. Diskrete Thenaratrophie. "
          "2-Punkte-Diskrimination D II 8 mm."),
    ("h", "Diagnostik"),
    ("p", "Neurographie (Neurologie, 14.10.2026): distal motorische Latenz N. medianus rechts 6,1 ms, sensible NLG vermindert. "
          "Sonographie (20.10.2026, hier): Querschnittsfläche N. medianus 16 mm² proximal des Retinakulums, Hinweis auf inkomplette Spaltung distal."),
    ("h", "Beurteilung"),
    ("p", "Klinisch und sonographisch Rezidiv bzw. Persistenz eines KTS rechts bei V.a. inkomplette Spaltung des Retinaculum flexorum."),
    ("h", "Procedere"),
    ("p", "Wir haben dem Patienten eine Revisionsoperation mit Neurolyse angeboten. Da er in den Niederlanden versichert ist, wünscht er "
          "zuvor eine Zweitmeinung dort. Eine Kopie dieses Briefes geht an den Patienten."),
    ("p", "Mit freundlichen kollegialen Grüßen\n\nProf. Dr. med. H. Lorenz                Dr. med. C. Görtz\nChefarzt                                          Assistenzärztin"),
  ],
  label=D(["correspondence"], "2026-10-23", "specialist", "German Arztbrief (Diagnosen/Befund/Beurteilung/Procedere)", "yes", "yes", "yes",
          "German hospital clinic examined the patient (ultrasound here) → treated_abroad yes. Earlier CTR (Venlo, NL) = operated yes; revision only offered. "
          "Ringbandspaltung other hand/finger.")))

# ------------------------------------------------------------------ 057 Operationsbericht Austria docx
A(dict(id="tb-057", fmt="docx", opts=dict(grid=True, header="Unfallkrankenhaus Innsbruck-Land (fiktiv) · Operationsbericht", footer="Elektronisch vidiert"),
  blocks=[
    ("lh", ["Unfallkrankenhaus Innsbruck-Land", "Abteilung für Unfallchirurgie und Sporttraumatologie", "Anichstraße 40, 6020 Innsbruck · +43 512 504-0"]),
    ("title", "OPERATIONSBERICHT"),
    ("kv", [("Patient", "Bram Verhoeven, geb. 21.04.1999"), ("Fallzahl", "2026-0031187"), ("OP-Datum", "28.01.2026"),
            ("Operateur", "OA Dr. Florian Egger"), ("1. Assistenz", "Dr. Julia Moser"), ("Anästhesie", "Allgemeinanästhesie (Dr. Haller)"),
            ("Diagnose", "Skaphoidfraktur rechts, Taille, disloziert (Herbert B2)"),
            ("Operation", "Perkutane Schraubenosteosynthese Os scaphoideum rechts (kanülierte Doppelgewindeschraube 22 mm), dorsaler Zugang")]),
    ("h", "Operationsverlauf"),
    ("p", "Rückenlage, Arm auf Handtisch, Oberarmblutsperre 250 mmHg. Team-Time-out. Unter Bildwandlerkontrolle Einbringen eines "
          "Führungsdrahtes über einen dorsalen Minizugang entlang der Skaphoidlängsachse. Längenmessung, Überbohren, Einbringen der Schraube. "
          "Kontrolle in vier Ebenen: Fraktur reponiert und komprimiert, Schraube zentral, nicht intraartikulär überstehend. "
          "Hautnaht. Steriler Verband, Unterarmschiene mit Daumeneinschluss."),
    ("h", "Nachbehandlung"),
    ("p", "Schiene für 2 Wochen, dann Orthese. Röntgenkontrolle in 6 Wochen, CT nach 10 Wochen. Weiterbehandlung am Wohnort (Niederlande)."),
    ("p", "Innsbruck, 28.01.2026     OA Dr. F. Egger"),
  ],
  label=D(["operation-report"], "2026-01-28", "specialist", "Austrian Operationsbericht (docx, table)", "unmentioned", "yes", "yes",
          "Operation report by an Austrian hospital. Intraoperative fluoroscopy ('Bildwandlerkontrolle') is borderline imaging; labelled unmentioned. "
          "Later X-ray/CT only planned.")))

# ------------------------------------------------------------------ 058 Swiss MRI Befund
A(dict(id="tb-058", fmt="rl", opts=dict(kvw=44, footer="Institut für Radiologie Seefeld AG (fiktiv) · Seefeldstrasse 214 · 8008 Zürich · +41 44 388 20 00"),
  blocks=[
    ("lh", ["Institut für Radiologie Seefeld", "MRI · CT · Ultraschall"]),
    ("title", "MRI Handgelenk rechts"),
    ("kv", [("Patientin", "Frau Eline de Boer-Steiner, 12.12.1973"), ("Zuweisender Arzt", "Dr. med. R. Zürcher, Handchirurgie FMH, Klinik Seeblick Zürich"),
            ("Untersuchungsdatum", "06.11.2026"), ("Befunddatum", "07.11.2026")]),
    ("h", "Klinische Angaben"),
    ("p", "Dorsale Handgelenksschmerzen seit 8 Monaten, Verdacht auf okkultes Ganglion, DD Lunatummalazie."),
    ("h", "Technik"), ("p", "3 Tesla, dedizierte Handgelenksspule, PD fs, T1, T2* in drei Ebenen, ohne Kontrastmittel."),
    ("h", "Befund"),
    ("p", "Kleines okkultes dorsales Ganglion (5 x 3 mm) ausgehend vom dorsalen Anteil des SL-Bandes. SL-Band sonst intakt. "
          "Lunatum mit regelrechtem Signal, keine Nekrosezeichen. Kein Gelenkerguss. Sehnen unauffällig."),
    ("h", "Beurteilung"),
    ("p", "Okkultes dorsales Handgelenksganglion. Kein Anhalt für Lunatumnekrose (Kienböck)."),
    ("p", "Freundliche Grüsse\nDr. med. Nadine Kälin, Fachärztin FMH Radiologie"),
  ],
  label=D(["imaging-report"], "2026-11-07", "radiologist", "Swiss MRI report (ss spelling, FMH)", "yes", "unmentioned", "yes",
          "Patient seen by a Swiss hand surgeon and imaged in Zurich → treated_abroad yes (clinic abroad).", also=["2026-11-06"])))

# ------------------------------------------------------------------ 059 Entlassungsbrief with OP section fpdf
A(dict(id="tb-059", fmt="fpdf", opts=dict(header="St. Marien-Krankenhaus Bocholt (fiktiv) · Unfallchirurgie · Seite {p}", pagefmt=""),
  blocks=[
    ("lh", ["St. Marien-Krankenhaus Bocholt", "Klinik für Unfallchirurgie, Orthopädie und Handchirurgie", "Barloer Weg 125 · 46397 Bocholt · +49 2871 20-0"]),
    ("p", "An: Huisartsenpraktijk Dinxperlo, Dr. G. Te Winkel, Dinxperlo (NL)"),
    ("p", "Bocholt, 09.07.2026"),
    ("title", "Entlassungsbericht"),
    ("p", "Patient: Herr Sven ten Dam, geb. 18.03.1990\nStationärer Aufenthalt vom 02.07.2026 bis 04.07.2026"),
    ("h", "Diagnosen"),
    ("p", "- Strecksehnenverletzung Zone V Mittelfinger rechts (Schnittverletzung Glas, 02.07.2026)\n- Nebendiagnose: Nikotinabusus"),
    ("h", "Operation am 02.07.2026"),
    ("kv", [("Operateur", "Dr. med. K. Schulte-Bäumer"), ("Anästhesie", "i.v. Regionalanästhesie"),
            ("Eingriff", "Wundrevision, Naht der Strecksehne D III rechts Zone V, Rekonstruktion der Sagittalbänder"),
            ("Verlauf", "Blutsperre. Erweiterung der Wunde, komplette Durchtrennung der Strecksehne über MCP III. Kernnaht 3-0, Kreuzstichnaht 5-0. "
             "Freie Gleitfähigkeit, Sehne zentriert. Hautnaht. Palmare Schiene in Intrinsic-plus-Stellung.")]),
    ("h", "Verlauf"),
    ("p", "Postoperativ unauffälliger Verlauf. Röntgen der Hand präoperativ ohne Fremdkörper, ohne Fraktur."),
    ("h", "Empfehlung"),
    ("p", "Frühfunktionelle Nachbehandlung nach Norwich-Schema in einer Handtherapiepraxis am Wohnort. Fadenzug nach 14 Tagen. Wiedervorstellung bei Bedarf."),
    ("p", "Mit freundlichen Grüßen\nDr. med. K. Schulte-Bäumer, Oberarzt"),
  ],
  label=D(["correspondence", "operation-report"], "2026-07-09", "specialist", "German discharge letter (fpdf2) with operation section", "yes", "yes", "yes",
          "Discharge letter with operation date, operator and procedure → also operation-report. Dutch patient treated in Germany.")))

# ------------------------------------------------------------------ 060 German MRSA lab
A(dict(id="tb-060", fmt="rl", opts=dict(grid=True, footer="MVZ Labor Münsterland (fiktiv) · Mikrobiologie · Von-Stauffenberg-Str. 30 · 48151 Münster"),
  blocks=[
    ("lh", ["MVZ Labor Münsterland", "Medizinische Mikrobiologie, Virologie und Infektionsepidemiologie"]),
    ("title", "Mikrobiologischer Befund"),
    ("kv4", [("Patient", "Mulder, Anke", "geb.", "05.05.1966"), ("Einsender", "Klinikum Gronau, Station 3B", "Auftrag", "26-774410"),
             ("Entnahme", "14.09.2026", "Eingang", "14.09.2026")]),
    ("kv", [("Anforderung", "MRSA-Screening (Aufnahmescreening bei stationärer Aufnahme)")]),
    ("table", [["Material", "Untersuchung", "Ergebnis"],
               ["Nasenabstrich", "MRSA-Kultur", "kein MRSA nachgewiesen"],
               ["Rachenabstrich", "MRSA-Kultur", "kein MRSA nachgewiesen"],
               ["Wundabstrich Handrücken links", "MRSA-Kultur", "kein MRSA nachgewiesen; Staph. aureus (MSSA), wenig"]]),
    ("p", "Endbefund vom 16.09.2026. Freigabe: Dr. rer. nat. P. Koch, Fachmikrobiologe"),
  ],
  label=D(["mrsa-screening"], "2026-09-16", "lab", "German microbiology lab result (table)", "unmentioned", "unmentioned", "yes",
          "Admission screening on a ward of a German hospital → patient admitted abroad. Sample date 14.09.", also=["2026-09-14"])))

# ------------------------------------------------------------------ 061 German Hausarzt Überweisung docx
A(dict(id="tb-061", fmt="docx", opts=dict(),
  blocks=[
    ("lh", ["Dr. med. Klaus Wirtz", "Facharzt für Allgemeinmedizin", "Hauptstraße 77 · 52538 Selfkant · Tel. +49 2456 3311"]),
    ("p", "An die\nHandkliniek Zuid-Limburg\nz. Hd. Handchirurgie / Second Opinion\nNL-6411 Heerlen"),
    ("p", "Selfkant, 27.11.2026"),
    ("p", "Überweisung zur Zweitmeinung\nPatientin: Frau Sabine Kessels, geb. 16.01.1971, AOK Rheinland"),
    ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
    ("p", "ich überweise Ihnen Frau Kessels mit der Bitte um eine Zweitmeinung. Sie leidet seit über einem Jahr an einer "
          "Tendovaginitis stenosans de Quervain links. Sie wurde ambulant vom Orthopäden Dr. Schneider in Geilenkirchen behandelt "
          "(zwei Kortisoninjektionen, Daumenorthese); zuletzt wurde dort eine operative Spaltung des ersten Strecksehnenfaches empfohlen."),
    ("p", "Eine Sonographie in der Praxis Dr. Schneider (08/2026) zeigte ein septiertes erstes Strecksehnenfach. Operiert wurde bisher nicht."),
    ("p", "Fragestellung: Ist die Operation angezeigt, und ist bei Septierung ein besonderes Vorgehen erforderlich? "
          "Die Patientin arbeitet in Heerlen und wünscht ausdrücklich eine Beurteilung in Ihrer Klinik."),
    ("p", "Mit freundlichen kollegialen Grüßen\n\nDr. med. K. Wirtz"),
  ],
  label=D(["referral"], "2026-11-27", "gp", "German GP referral letter for second opinion (docx)", "yes", "no", "yes",
          "Treated by an orthopaedic practice in Germany (injections, ultrasound) → treated_abroad yes (outpatient clinic abroad; borderline). Operation only recommended.", rq=True)))

# ------------------------------------------------------------------ 062 Swiss Kostengutsprache form docx
A(dict(id="tb-062", fmt="docx", opts=dict(grid=True),
  blocks=[
    ("lh", ["Helvetia Santé Krankenversicherung AG (fiktiv)", "Leistungsabteilung · Postfach · 3001 Bern"]),
    ("title", "Gesuch um Kostengutsprache für eine Behandlung im Ausland"),
    ("kv", [("Versicherte Person", "Lars Dijkman"), ("Geburtsdatum", "03.08.1993"), ("Versichertennummer", "756.1234.5678.97"),
            ("Geplante Leistung", "Zweitmeinung Handchirurgie, Handkliniek Midden-Nederland, Maarssen (NL)"),
            ("Diagnose", "Chronische Handgelenksschmerzen rechts"),
            ("Begründung", "Versicherter zieht im Februar 2027 in die Niederlande; Behandlung dort gewünscht."),
            ("Datum", "19.11.2026"), ("Unterschrift", "L. Dijkman")]),
    ("small", "Bitte Arztbericht und Kostenvoranschlag beilegen. Die Kostengutsprache gilt für 6 Monate."),
  ],
  label=D([], "2026-11-19", "patient", "Swiss insurance cost-approval form (docx table)", "unmentioned", "unmentioned", "unmentioned",
          "Form filled by the insured; planned care abroad (from Swiss view) is a plan, says nothing about treatment received.")))

# ------------------------------------------------------------------ 063 Austrian Ambulanzbrief
A(dict(id="tb-063", fmt="rl", opts=dict(kvw=40, footer="Klinikum Schladming-Dachstein (fiktiv) · Unfallambulanz · Salzburgerstraße 777 · 8970 Schladming · +43 3687 2020"),
  blocks=[
    ("lh", ["Klinikum Schladming-Dachstein", "Unfallambulanz"]),
    ("title", "Ambulanzbericht"),
    ("kv", [("Patient", "Koen Maas, geb. 25.08.1976, Eindhoven (NL)"), ("Datum", "04.03.2026"), ("Uhrzeit", "15:20"),
            ("Behandelnder Arzt", "Dr. Sabine Reiter, FÄ für Unfallchirurgie")]),
    ("h", "Anamnese"), ("p", "Sturz beim Skifahren auf die ausgestreckte rechte Hand, Skistock in der Hand (Skidaumen-Mechanismus)."),
    ("h", "Status"), ("p", "Schwellung und Druckschmerz ulnar am Daumengrundgelenk rechts, Aufklappbarkeit im Vergleich zur Gegenseite um ca. 20° vermehrt mit festem Anschlag."),
    ("h", "Röntgen"), ("p", "Daumen rechts in 2 Ebenen: kein knöcherner Bandausriss, keine Fraktur."),
    ("h", "Diagnose"), ("p", "Partielle Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts (Skidaumen)."),
    ("h", "Therapie"), ("p", "Daumenschiene (Thermoplast) für 6 Wochen. Eine operative Versorgung ist derzeit nicht erforderlich und wurde nicht durchgeführt."),
    ("h", "Empfehlung"), ("p", "Kontrolle beim Hausarzt bzw. Handchirurgen am Wohnort in 1 Woche. Bei persistierender Instabilität nach 6 Wochen MRT und ggf. Bandrekonstruktion."),
    ("p", "Dr. S. Reiter"),
  ],
  label=D(["correspondence"], "2026-03-04", "specialist", "Austrian emergency outpatient report", "yes", "no", "yes",
          "Explicit 'nicht durchgeführt' operation; MRI only conditional future.")))

# ------------------------------------------------------------------ 064 Neurology Konsiliarbericht docx->pdf
A(dict(id="tb-064", fmt="docx2pdf", opts=dict(header="Universitätsklinikum Münster-West (fiktiv) · Klinik für Neurologie", footer="Konsiliarbericht"),
  blocks=[
    ("lh", ["Universitätsklinikum Münster-West", "Klinik für Neurologie mit Institut für Translationale Neurologie", "Albert-Schweitzer-Campus 9 · 48149 Münster"]),
    ("p", "Konsiliarbericht Neurologie"),
    ("kv", [("Patient", "Herr Dirk Wessel, geb. 14.06.1958"), ("Anforderer", "Klinik für Unfall-, Hand- und Wiederherstellungschirurgie, Dr. Vogt"),
            ("Datum", "02.12.2025")]),
    ("h", "Fragestellung"), ("p", "Sulcus-ulnaris-Syndrom links? Differentialdiagnose C8-Radikulopathie?"),
    ("h", "Befund"),
    ("p", "Hypästhesie D IV ulnar und D V links, Atrophie des M. interosseus dorsalis I, Froment-Zeichen positiv. Neurographie: "
          "Leitungsblock des N. ulnaris im Sulcus links, NLG 32 m/s im Ellenbogensegment. EMG: floride Denervierung ADM links."),
    ("p", "Eine Bildgebung der HWS oder des Ellenbogens ist bislang nicht erfolgt; aus unserer Sicht ist sie derzeit auch nicht erforderlich."),
    ("h", "Beurteilung"), ("p", "Mittelschweres bis schweres Kubitaltunnelsyndrom links, kein Hinweis auf Radikulopathie."),
    ("h", "Empfehlung"), ("p", "Wir empfehlen eine zeitnahe operative Dekompression des N. ulnaris. Neurologische Verlaufskontrolle 6 Monate postoperativ."),
    ("p", "Dr. med. T. Brandt, Facharzt für Neurologie"),
  ],
  label=D(["correspondence"], "2025-12-02", "specialist", "German neurology consultation report (docx→PDF)", "no", "unmentioned", "yes",
          "Consult requested by a German hand surgery department (patient under care there) → treated_abroad yes. Imaging explicitly not done; operation only recommended. "
          "Elbow (cubital tunnel) rather than wrist, but it is the hand problem in question.")))
