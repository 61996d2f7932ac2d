"""PDF documents vf-016 .. vf-029 (vf-020, vf-021, vf-022, vf-029 are merged PDFs)."""
from common import doc
from lib_pdf import *
from lib_pdf import to_bytes, wrap

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eeeeee")


# ---------------------------------------------------------------------------
# vf-016  Spanish CT report, sworn English translation
# ---------------------------------------------------------------------------
@doc("vf-016", "pdf", dict(
    kinds=["imaging-report"], date="2025-08-09", also_dates=["2025-08-08"], author="radiologist",
    language="en", style="sworn translation of a Spanish hospital CT report, translator's header and certificate",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Translator's letterhead and certification dated 2 September 2025 are not the report date; "
          "Spanish hospital ED; 'surgical assessment recommended' is advice only."))
def _(path):
    st = styles("Times-Roman", 10.5)
    def page(c, d):
        w, h = A4
        c.setFont("Times-Italic", 9)
        c.drawString(20 * mm, h - 15 * mm, "Traducciones Juradas Costa del Sol S.L.  ·  Sworn translation Spanish > English")
        c.drawRightString(w - 20 * mm, h - 15 * mm, "Ref. TJ-25/3318")
        hline(c, 20 * mm, h - 17 * mm, w - 20 * mm, 0.5)
        c.setFont("Times-Italic", 8)
        c.drawCentredString(w / 2, 12 * mm, "Page %d of 2 of the translation. Translator's stamp and signature on the last page." % d.page)
    story = []
    story.append(Paragraph("[Translation of the original document in Spanish. Header of the original:]", st["ital"]))
    story.append(Paragraph("<b>REGIONAL HEALTH SERVICE OF ANDALUSIA<br/>HOSPITAL COMARCAL VEGA DEL GUADALHORCE<br/>"
                           "Radiodiagnosis Department</b> &nbsp;&nbsp; Avda. de la Constitución s/n, 29560 Pizarra (Málaga)",
                           st["body"]))
    story.append(Spacer(1, 8))
    story.append(kv_table([("Patient:", "TERPSTRA, BAS"), ("Date of birth:", "21/11/1967"),
                           ("Medical record no.:", "NHC 4418820"),
                           ("Requesting service:", "Emergency Department – Dr. J. Morales Ruiz"),
                           ("Examination:", "CT of the left wrist without contrast"),
                           ("Date of examination:", "08/08/2025 23:14"),
                           ("Date of report:", "09/08/2025")], [45 * mm, 125 * mm], st, pad=1))
    story.append(Spacer(1, 8))
    story.append(Paragraph("<b>Clinical information:</b> Fall from a scooter. Deformity of the left wrist. "
                           "Assessment of the articular involvement.", st["body"]))
    story.append(Spacer(1, 5))
    story.append(Paragraph("<b>Findings:</b>", st["body"]))
    story.append(Paragraph(
        "Comminuted fracture of the distal metaphysis of the left radius with intra-articular extension to the "
        "radiocarpal joint through a sagittal fracture line separating the scaphoid and lunate facets, with an "
        "articular step-off of approximately 2.5 mm and a gap of 3 mm. Dorsal tilt of 18 degrees. Associated "
        "fracture of the base of the ulnar styloid process. Distal radioulnar joint congruent. No carpal "
        "fractures identified. Soft tissue swelling.", st["bodyj"]))
    story.append(Spacer(1, 5))
    story.append(Paragraph("<b>Conclusion:</b>", st["body"]))
    story.append(Paragraph("Intra-articular comminuted fracture of the distal left radius (AO type 23-C2) with "
                           "fracture of the ulnar styloid base. Surgical assessment is recommended.", st["body"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Signed: Dr. Lucía Ortega Salvatierra, Radiologist. Member no. 29/2911804.", st["body"]))
    story.append(Paragraph("[Illegible stamp of the Radiodiagnosis Department]", st["ital"]))
    story.append(PageBreak())
    story.append(Paragraph("TRANSLATOR'S CERTIFICATE", st["h2"]))
    story.append(Paragraph(
        "I, Carmen Villalobos Pérez, Sworn Translator of English appointed by the Spanish Ministry of Foreign "
        "Affairs, European Union and Cooperation, hereby certify that the foregoing is a true and complete "
        "translation into English of the document written in Spanish that has been submitted to me.", st["bodyj"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Málaga, 2 September 2025", st["body"]))
    story.append(Spacer(1, 20))
    story.append(Paragraph("C. Villalobos Pérez — Traductora-Intérprete Jurada de inglés nº 7741", st["body"]))
    build(path, story, first=page, margins=(22 * mm, 22 * mm, 25 * mm, 22 * mm), title="translation CT")


# ---------------------------------------------------------------------------
# vf-017  radiology report without title, 'Medische Beeldvorming', canvas two-column
# ---------------------------------------------------------------------------
@doc("vf-017", "pdf", dict(
    kinds=["imaging-report"], date="2026-09-29", author="radiologist", language="nl",
    style="untitled radiology report, department name only, two-column label/value runs on canvas",
    imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="No title line; requester is a GP; patient is a child born 30-09-2025, exam one day before the first "
          "birthday; 'chirurgische ligatie of excisie' is an option, not an event."))
def _(path):
    w, h = A4
    def hdr(c, p):
        logo(c, "hand", w - 40 * mm, h - 32 * mm, 16 * mm, col=colors.HexColor("#5d4037"),
             col2=colors.HexColor("#bcaaa4"))
        c.setFont("Helvetica-Bold", 11)
        c.drawString(20 * mm, h - 20 * mm, "Lingehof Ziekenhuis")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, h - 25 * mm, "Medische Beeldvorming")
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, h - 29 * mm, "Banneweg 57, 4204 AA Gorinchem  |  secretariaat 0183 55 30 30")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "Gorinchem  ·  Lingehof Ziekenhuis  ·  Medische Beeldvorming  ·  RIS-nr 61002997")
        return h - 45 * mm
    tw = Typewriter(path, on_page=hdr, title="Uitslag")
    X1, X2, WV = 20 * mm, 62 * mm, 125 * mm
    for l, v in [("Naam", "Bakker, Noor"), ("Geboortedatum", "30-09-2025"), ("Geslacht", "V"),
                 ("Aanvragend arts", "E. Lammers, huisarts, Huisartsenpraktijk Arkel"),
                 ("Onderzoek", "X-hand links, 2 richtingen"), ("Datum onderzoek", "29-09-2026 10:05")]:
        tw.field(X1, X2, WV, l, v, size=9.5, after=1)
    tw.gap(6)
    tw.field(X1, X2, WV, "Klinische gegevens",
             "Extra vingertje aan de ulnaire zijde van de linkerhand sinds de geboorte. Ouders willen weten of "
             "er bot in zit. Vraagstelling: ossale betrokkenheid postaxiale polydactylie?", size=9.5, after=6)
    tw.field(X1, X2, WV, "Bevindingen",
             "Leeftijdsadequate skeletrijping met nog niet verbeende carpalia behoudens capitatum en hamatum. "
             "Ulnair van de vijfde straal ter hoogte van het proximale interfalangeale niveau een gesteeld "
             "wekedelenaanhangsel zonder ossale of kraakbenige component voor zover röntgenologisch "
             "beoordeelbaar. Vijf normaal aangelegde metacarpalia met bijbehorende falangen. Geen "
             "gedupliceerde falanx. Geen syndactylie.", size=9.5, after=6)
    tw.field(X1, X2, WV, "Conclusie",
             "Postaxiale polydactylie type B (rudimentair wekedelenaanhangsel) zonder ossale component. "
             "Chirurgische ligatie of excisie kan in overleg met de kinderarts/plastisch chirurg worden "
             "overwogen.", "Helvetica-Bold", "Helvetica-Bold", size=9.5, after=10)
    tw.field(X1, X2, WV, "Radioloog", "mw. drs. H. Achterberg", size=9.5)
    tw.field(X1, X2, WV, "Geautoriseerd", "29-09-2026 14:22", size=9.5)
    tw.save()


# ---------------------------------------------------------------------------
# vf-018  hand therapy letter (not a required kind)
# ---------------------------------------------------------------------------
@doc("vf-018", "pdf", dict(
    kinds=[], date="2026-03-30", author="other", language="nl",
    style="hand therapy progress letter to GP with measurement table",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Hand-therapy letter is not correspondence from a specialist; it states the carpal tunnel "
          "release took place; contains 'verwijzing' for extra sessions and a DASH table."))
def _(path):
    st = styles("Helvetica", 10)
    def page(c, d):
        w, h = A4
        logo(c, "hand", 20 * mm, h - 30 * mm, 15 * mm, col=colors.HexColor("#ef6c00"), col2=colors.HexColor("#ffcc80"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(42 * mm, h - 20 * mm, "Handtherapie Centrum Vechtdal")
        c.setFont("Helvetica", 8.5)
        c.drawString(42 * mm, h - 25 * mm, "Fysiotherapie · Ergotherapie · Handtherapie (CHT-NL)")
        c.drawString(42 * mm, h - 29 * mm, "Vrijthof 6, 7731 CX Ommen · 0529 45 71 20 · info@htc-vechtdal.nl")
    story = [Spacer(1, 4)]
    story.append(Paragraph("Aan: mw. dr. G. Boschker, huisarts<br/>Gezondheidscentrum De Zeven Linden<br/>"
                           "Kerkplein 2, 7731 CA Ommen", st["body"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Ommen, 30 maart 2026", st["body"]))
    story.append(Paragraph("<b>Betreft:</b> mw. A.J. Rouwenhorst-Kamp, geb. 17-08-1958 — tussenrapportage handtherapie",
                           st["body"]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Beste collega,", st["body"]))
    story.append(Spacer(1, 4))
    for t in [
        "Mevrouw Rouwenhorst is sinds 3 maart bij ons in behandeling, nu 6 weken na een open carpaletunnelrelease "
        "links (17-02-2026, Ziekenhuis Vechtdal-Noord, dr. Landeweerd). Zij werd door de plastisch chirurg naar ons "
        "verwezen in verband met een pijnlijk, hypertroof litteken en pillar pain.",
        "Behandeling tot nu toe: littekenmassage, siliconen-tape, desensitisatie, glijoefeningen van pezen en n. "
        "medianus en een geleidelijke opbouw van knijpkracht.",
    ]:
        story.append(Paragraph(t, st["body"]))
        story.append(Spacer(1, 5))
    data = [["Meting", "03-03-2026", "30-03-2026", "Rechts (ref.)"],
            ["Knijpkracht Jamar (kg)", "9", "15", "26"],
            ["Pinchkracht sleutelgreep (kg)", "3,5", "5", "7"],
            ["Pijn NRS bij belasten", "7", "4", "–"],
            ["QuickDASH", "61", "39", "–"],
            ["2PD digitus 2 (mm)", "6", "5", "4"]]
    story.append(grid_table(data, [60 * mm, 32 * mm, 32 * mm, 32 * mm], st, head_bg=colors.HexColor("#ffe0b2")))
    story.append(Spacer(1, 8))
    for t in [
        "Conclusie: duidelijke vooruitgang, maar nog onvoldoende knijpkracht voor haar werk als thuiszorgmedewerker. "
        "De nachtelijke tintelingen zijn volledig verdwenen.",
        "Wij stellen voor de behandeling met 6 sessies te verlengen. Wilt u hiervoor een nieuwe verwijzing voor "
        "handtherapie sturen? Een nieuwe afspraak bij de plastisch chirurg lijkt ons vooralsnog niet nodig.",
    ]:
        story.append(Paragraph(t, st["body"]))
        story.append(Spacer(1, 5))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Met vriendelijke groet,<br/><br/>Carlijn Jansen<br/>fysiotherapeut / gecertificeerd "
                           "handtherapeut (CHT-NL)", st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="Rapportage")


# ---------------------------------------------------------------------------
# vf-019  Klinische brief (discharge letter) without a full operation description
# ---------------------------------------------------------------------------
@doc("vf-019", "pdf", dict(
    kinds=["correspondence"], date="2026-01-09", author="specialist", language="nl",
    style="klinische brief / ontslagbrief, admission and discharge dates, procedure in one line",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Discharge letter names the procedure and date but refers to a separate operatieverslag (no operator, "
          "no description) -> correspondence only; appendectomy and knee prosthesis are other body parts."))
def _(path):
    st = styles("Times-Roman", 10.5)
    def page(c, d):
        w, h = A4
        logo(c, "shield", 20 * mm, h - 31 * mm, 14 * mm, col=colors.HexColor("#4a148c"))
        c.setFont("Times-Bold", 14)
        c.drawString(36 * mm, h - 20 * mm, "Maasland Gasthuis")
        c.setFont("Times-Roman", 9)
        c.drawString(36 * mm, h - 25 * mm, "Chirurgie – sectie Trauma- en Handchirurgie")
        c.drawString(36 * mm, h - 29 * mm, "Tegelseweg 210 · 5912 BL Venlo · 077 320 55 55")
    def num(c, n, t):
        w, h = A4
        c.setFont("Times-Roman", 8)
        c.drawRightString(w - 20 * mm, 10 * mm, "%d/%d" % (n, t))
        c.drawString(20 * mm, 10 * mm, "Klinische brief C. Verhagen")
    story = [Spacer(1, 4)]
    story.append(Table([[Paragraph("Aan de huisarts:<br/>A.H. Geurts<br/>Huisartsenpraktijk Blerick-Centrum<br/>"
                                   "Maasboulevard 4<br/>5931 AG Venlo", st["body"]),
                         Paragraph("Datum: 09-01-2026<br/>Kenmerk: CHI/KB/2026-0031<br/>Behandelaar: N. Peeters, chirurg",
                                   st["body"])]], colWidths=[95 * mm, 75 * mm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("KLINISCHE BRIEF", st["h2"]))
    story.append(kv_table([("Patiënt", "dhr. C. Verhagen, geb. 14-08-1957"), ("Opname", "05-01-2026"),
                           ("Ontslag", "08-01-2026"), ("Afdeling", "C3 Chirurgie")], [30 * mm, 140 * mm], st, pad=1))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Geachte collega,", st["body"]))
    story.append(Paragraph("Uw patiënt was opgenomen op onze afdeling.", st["body"]))
    for h_, t_ in [
        ("Opnamediagnose", "Purulente tendovaginitis van de flexorpeesschede digitus 3 rechts na kattenbeet "
                           "(Kanavel 4/4)."),
        ("Voorgeschiedenis", "1998 appendectomie; 2019 totale knieprothese rechts; hypertensie."),
        ("Aanvullend onderzoek", "X-hand rechts (05-01-2026): geen corpus alienum, geen ossale afwijkingen, "
                                 "wekedelenzwelling D3. Lab: CRP 86 mg/l, leuko 13,2."),
        ("Beloop", "Op de dag van opname incisie en spoelen van de flexorpeesschede D3 rechts (05-01-2026), zie "
                   "het aparte operatieverslag. Daarna intraveneus amoxicilline/clavulaanzuur. Snelle "
                   "afname van zwelling en pijn. Kweek: Pasteurella multocida, gevoelig voor amoxicilline. "
                   "Op dag 3 voldoende actieve flexie; omgezet naar orale antibiotica."),
        ("Medicatie bij ontslag", "Amoxicilline/clavulaanzuur 625/125 mg 3dd1 tot en met 15-01-2026; "
                                  "paracetamol 1 g 4dd zn; eigen medicatie ongewijzigd."),
        ("Beleid", "Wondcontrole en hechtingen verwijderen op onze polikliniek 15-01-2026. Start handtherapie. "
                   "Bij koorts of toename roodheid direct contact opnemen met de SEH."),
    ]:
        story.append(Paragraph(h_, st["h3"]))
        story.append(Paragraph(t_, st["body"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Met collegiale groet,<br/><br/><br/>N. Peeters, chirurg-traumatoloog<br/>"
                           "namens deze, S. Wijnen, arts-assistent chirurgie", st["body"]))
    build(path, story, first=page, numbering=num, margins=(20 * mm, 20 * mm, 38 * mm, 20 * mm), title="KB")


# ---------------------------------------------------------------------------
# vf-020  MERGED (de): Entlassungsbrief + Operationsbericht + MRSA-Befund
# ---------------------------------------------------------------------------
def _kk_head(c, sub):
    w, h = A4
    logo(c, "cross", 20 * mm, h - 30 * mm, 14 * mm, col=colors.HexColor("#0d47a1"), col2=colors.HexColor("#90caf9"))
    c.setFont("Helvetica-Bold", 12)
    c.drawString(38 * mm, h - 20 * mm, "Kreiskrankenhaus Garmisch-Loisachtal")
    c.setFont("Helvetica", 8.5)
    c.drawString(38 * mm, h - 25 * mm, sub)
    c.drawString(38 * mm, h - 29 * mm, "Auenstraße 6 · 82467 Garmisch-Partenkirchen · Tel. +49 8821 77-0")


@doc("vf-020", "pdf", dict(
    kinds=["correspondence", "operation-report", "mrsa-screening"], author="specialist", language="de",
    style="merged PDF of German hospital discharge papers: Entlassungsbrief, OP-Bericht, Mikrobiologie-Befund",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Three documents in one file; ski-accident thumb ligament repair in Germany; the discharge letter "
          "only refers to the OP report; the MRSA result is an admission screening by the hospital lab.",
    part=[dict(kinds=["correspondence"], date="2026-02-18", author="specialist"),
          dict(kinds=["operation-report"], date="2026-02-15", author="specialist"),
          dict(kinds=["mrsa-screening"], date="2026-02-16", also_dates=["2026-02-14"], author="lab")]))
def _(path):
    st = styles("Helvetica", 9.5)

    def p1(buf):
        story = [Spacer(1, 4)]
        story.append(Paragraph("Frau<br/>E. van Loon<br/>p.A. Huisartsenpraktijk Het Spaarne<br/>Spaarnwouderstraat 88<br/>"
                               "2011 AE Haarlem<br/>Niederlande", st["body"]))
        story.append(Spacer(1, 8))
        story.append(Paragraph("Garmisch-Partenkirchen, den 18.02.2026", st["right"]))
        story.append(Paragraph("Entlassungsbrief", st["h2"]))
        story.append(Paragraph("<b>Patientin:</b> Esther van Loon, geb. 08.10.1976 — stationär vom 14.02.2026 bis "
                               "18.02.2026", st["body"]))
        story.append(Spacer(1, 4))
        story.append(Paragraph("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,", st["body"]))
        for h_, t_ in [
            ("Diagnosen", "1. Ruptur des ulnaren Kollateralbandes am Daumengrundgelenk links mit Stener-Läsion "
                          "und kleinem knöchernem Ausriss (\"Skidaumen\"), Skiunfall 14.02.2026<br/>"
                          "2. Prellung Schulter links"),
            ("Durchgeführte Maßnahmen", "15.02.2026: Offene Refixation des ulnaren Kollateralbandes MCP I links "
                                        "mit Knochenanker (siehe gesonderter OP-Bericht)"),
            ("Befunde", "Röntgen Daumen links in 2 Ebenen (14.02.2026): kleines knöchernes Fragment ulnar an der "
                        "Basis der Grundphalanx, keine Subluxation. Sonographie MCP I (14.02.2026): retrahiertes "
                        "UCL-Ende oberhalb der Adduktoraponeurose (Stener-Läsion).<br/>MRSA-Screening bei Aufnahme: "
                        "kein Nachweis (Befund anbei)."),
            ("Verlauf", "Unkomplizierter postoperativer Verlauf, reizlose Wundverhältnisse. Schmerzen unter oraler "
                        "Analgesie gut beherrscht. Entlassung in die Heimat (Niederlande) per Pkw."),
            ("Procedere", "Daumenorthese (Gips-Spica) für insgesamt 6 Wochen, danach Handtherapie. Fadenzug am "
                          "12. postoperativen Tag hausärztlich. Klinische Kontrolle bei einem Handchirurgen in den "
                          "Niederlanden empfohlen."),
        ]:
            story.append(Paragraph(h_, st["h3"]))
            story.append(Paragraph(t_, st["body"]))
        story.append(Spacer(1, 8))
        story.append(Paragraph("Mit freundlichen Grüßen<br/><br/>Dr. med. K. Obermaier, Oberärztin Unfallchirurgie<br/>"
                               "M. Huber, Assistenzarzt", st["body"]))
        build(buf, story, first=lambda c, d: _kk_head(c, "Abteilung für Unfallchirurgie und Handchirurgie"),
              margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm))

    def p2(buf):
        story = [Paragraph("OPERATIONSBERICHT", st["h1"])]
        story.append(kv_table([
            ("Patientin", "van Loon, Esther, geb. 08.10.1976", "Fall-Nr.", "2602140077"),
            ("OP-Datum", "15.02.2026", "Saal", "OP 3"),
            ("Operateur", "Dr. med. K. Obermaier", "Assistenz", "M. Huber"),
            ("Anästhesie", "Plexus axillaris (Dr. R. Wallner)", "Blutsperre", "Oberarm, 250 mmHg, 38 min"),
        ], [25 * mm, 60 * mm, 25 * mm, 60 * mm], st, grid=True, label_bg=LIGHT))
        story.append(Spacer(1, 6))
        for h_, t_ in [
            ("Diagnose", "Ruptur UCL MCP I links mit Stener-Läsion und knöchernem Ausriss"),
            ("Eingriff", "Offene Refixation des ulnaren Kollateralbandes mit Mini-Knochenanker (2,2 mm), "
                         "Naht der Adduktoraponeurose"),
            ("Bericht", "Team-Time-Out. Geschwungener Hautschnitt ulnar über dem Daumengrundgelenk. Schonung der "
                        "sensiblen Äste des N. radialis superficialis. Darstellung der Adduktoraponeurose, unter "
                        "deren proximalem Rand das umgeschlagene UCL-Ende liegt (Stener-Läsion). Längsinzision der "
                        "Aponeurose. Das Band ist distal samt kleinem Knochenschuppen von der Grundphalanxbasis "
                        "abgerissen. Entfernung des Fragments, Anfrischen der Insertionsstelle. Einbringen eines "
                        "Knochenankers, transossäre Refixation des Bandes in 20° Flexion. Stabilitätsprüfung: "
                        "fester Anschlag. Naht der Aponeurose, Hautnaht Einzelknopf 5-0. Steriler Verband, "
                        "Gips-Spica."),
            ("Komplikationen", "keine"),
            ("Nachbehandlung", "Ruhigstellung 6 Wochen, Hochlagerung, Fadenzug 12. Tag."),
        ]:
            story.append(kv_table([(h_, t_)], [32 * mm, 138 * mm], st, pad=2))
        story.append(Spacer(1, 12))
        story.append(Paragraph("15.02.2026, Dr. med. K. Obermaier (elektronisch signiert)", st["small"]))
        build(buf, story, first=lambda c, d: _kk_head(c, "Zentral-OP · Unfallchirurgie"),
              margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm))

    def p3(buf):
        st2 = styles("Courier", 9)
        story = [Paragraph("Institut für Labormedizin und Mikrobiologie — MIKROBIOLOGISCHER BEFUND", st2["h2"])]
        story.append(kv_table([("Name", "VAN LOON, ESTHER"), ("Geb.", "08.10.1976"), ("Station", "U2 Unfallchirurgie"),
                               ("Auftrag", "M2602-11873"), ("Abnahme", "14.02.2026 16:40"),
                               ("Eingang", "14.02.2026 18:02"), ("Befunddatum", "16.02.2026")],
                              [30 * mm, 90 * mm], st2, pad=1))
        story.append(Spacer(1, 6))
        story.append(Paragraph("Untersuchung: MRSA-Screening (Aufnahmescreening)", st2["body"]))
        story.append(Spacer(1, 4))
        data = [["Material", "Methode", "Ergebnis"],
                ["Nasenabstrich", "Kultur chromogen", "kein MRSA nachgewiesen"],
                ["Rachenabstrich", "Kultur chromogen", "kein MRSA nachgewiesen"],
                ["Leistenabstrich", "Kultur chromogen", "kein MRSA nachgewiesen"]]
        story.append(grid_table(data, [45 * mm, 45 * mm, 70 * mm], st2))
        story.append(Spacer(1, 6))
        story.append(Paragraph("Endbefund. Freigegeben: Dr. rer. nat. T. Leitner, Mikrobiologe, 16.02.2026", st2["body"]))
        build(buf, story, first=lambda c, d: _kk_head(c, "Institut für Labormedizin und Mikrobiologie"),
              margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm))

    merge_pdfs([to_bytes(p1), to_bytes(p2), to_bytes(p3)], path, title="Entlassungsunterlagen van Loon")


# ---------------------------------------------------------------------------
# vf-021  MERGED (nl): GP referral + orthopaedic letter + X-ray report, 'bijlage' stamps
# ---------------------------------------------------------------------------
@doc("vf-021", "pdf", dict(
    kinds=["referral", "correspondence", "imaging-report"], author="gp", language="nl",
    style="merged PDF sent by the GP: verwijsbrief with 'Bijlage 1/2' stamped enclosures",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
    notes="Three letters in one file; the GP letter lists the enclosures (which are actually present); "
          "'nooit geopereerd' in the orthopaedic letter; MRI only suggested.",
    part=[dict(kinds=["referral"], date="2026-05-18", author="gp"),
          dict(kinds=["correspondence"], date="2026-03-24", author="specialist"),
          dict(kinds=["imaging-report"], date="2026-03-02", author="radiologist")]))
def _(path):
    st = styles("Helvetica", 10)
    def stamp(label):
        def f(c, d):
            w, h = A4
            c.saveState()
            c.setStrokeColor(colors.HexColor("#c62828"))
            c.setFillColor(colors.HexColor("#c62828"))
            c.rect(w - 55 * mm, h - 14 * mm, 40 * mm, 8 * mm)
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(w - 35 * mm, h - 11.5 * mm, label)
            c.restoreState()
        return f

    def p1(buf):
        def head(c, d):
            w, h = A4
            c.setFont("Times-Bold", 13)
            c.drawString(20 * mm, h - 20 * mm, "Huisartsenpraktijk Vlietzicht")
            c.setFont("Times-Roman", 9)
            c.drawString(20 * mm, h - 25 * mm, "A. Koster & F. Benali, huisartsen  ·  Vlietweg 40  ·  2266 KA Leidschendam")
            c.drawString(20 * mm, h - 29 * mm, "tel. 070 555 37 80  ·  AGB 01-072311")
            hline(c, 20 * mm, h - 32 * mm, 190 * mm, 0.8)
        story = [Paragraph("Aan: Handkliniek Zuid-Holland, afdeling polikliniek<br/>Laan van Oostenburg 8<br/>"
                           "2315 AT Leiden", st["body"]), Spacer(1, 8),
                 Paragraph("Leidschendam, 18 mei 2026", st["body"]), Spacer(1, 6),
                 Paragraph("<b>Betreft:</b> dhr. M. El Idrissi, geb. 02-02-1990, BSN 1940 22 615", st["body"]),
                 Spacer(1, 8), Paragraph("Geachte collega,", st["body"]), Spacer(1, 4)]
        for t in [
            "Graag verwijs ik de heer El Idrissi voor een second opinion. Hij viel op 28 februari bij het "
            "zaalvoetbal op zijn gestrekte rechterhand. Een röntgenfoto met scafoïdseries op 2 maart toonde geen "
            "fractuur. Hij kreeg twee weken een onderarmbrace. De orthopeed in het Hofstad Medisch Centrum zag hem "
            "op 24 maart en vond geen aanwijzingen voor een fractuur of bandletsel; het advies was belasting op "
            "geleide van de pijn.",
            "Nu, bijna drie maanden later, heeft hij nog steeds pijn in de tabatière en dorsaal over de pols bij "
            "steunen en bij zijn werk als magazijnmedewerker. Hij is sinds begin april gedeeltelijk arbeidsongeschikt.",
            "<b>Vraagstelling:</b> is hier een occulte scafoïdfractuur of een scafolunair bandletsel gemist? "
            "Is aanvullende beeldvorming (MRI) geïndiceerd, en wat is het beleid?",
            "Patiënt gebruikt geen medicatie en heeft geen allergieën. Hij rookt 10 sigaretten per dag.",
            "Bijlagen: brief orthopedie d.d. 24-03-2026 en verslag X-pols d.d. 02-03-2026.",
        ]:
            story.append(Paragraph(t, st["body"]))
            story.append(Spacer(1, 5))
        story.append(Paragraph("Met vriendelijke groet,<br/><br/><br/>A. Koster, huisarts", st["body"]))
        build(buf, story, first=head, margins=(20 * mm, 20 * mm, 40 * mm, 20 * mm))

    def p2(buf):
        def head(c, d):
            w, h = A4
            stamp("Bijlage 1/2")(c, d)
            logo(c, "squares", 20 * mm, h - 32 * mm, 13 * mm, col=colors.HexColor("#00695c"), col2=colors.HexColor("#80cbc4"))
            c.setFont("Helvetica-Bold", 11)
            c.drawString(36 * mm, h - 23 * mm, "Hofstad Medisch Centrum")
            c.setFont("Helvetica", 8.5)
            c.drawString(36 * mm, h - 28 * mm, "Orthopedie  ·  Lijnbaan 32, 2512 VA Den Haag  ·  070 555 20 00")
        story = [Paragraph("Huisartsenpraktijk Vlietzicht<br/>t.a.v. mw. A. Koster, huisarts<br/>Vlietweg 40<br/>"
                           "2266 KA Leidschendam", st["body"]), Spacer(1, 8),
                 kv_table([("Datum", "24 maart 2026"), ("Kenmerk", "ORT-2603-7718"),
                           ("Betreft", "dhr. M. El Idrissi, geb. 02-02-1990")], [25 * mm, 100 * mm], st, pad=1),
                 Spacer(1, 8), Paragraph("Geachte collega,", st["body"]), Spacer(1, 4),
                 Paragraph("Dank voor uw verwijzing van bovengenoemde patiënt, die ik vandaag zag op de polikliniek "
                           "orthopedie.", st["body"])]
        for h_, t_ in [
            ("Anamnese", "Val op de gestrekte rechterhand op 28-02-2026. Pijn radiaal in de pols. Patiënt is nooit "
                         "geopereerd aan de pols of hand. Rechtshandig."),
            ("Onderzoek", "Geen zwelling. Lichte drukpijn in de tabatière, geen drukpijn over het tuberculum "
                          "scaphoidei. Scaphoid shift test negatief. Volledige beweeglijkheid, knijpkracht "
                          "symmetrisch."),
            ("Aanvullend onderzoek", "X-pols rechts met scafoïdseries d.d. 02-03-2026: geen fractuur."),
            ("Conclusie", "Contusio pols rechts, geen aanwijzingen voor scafoïdfractuur of SL-letsel."),
            ("Beleid", "Belasten op geleide van de pijn. Bij persisterende klachten na 6 weken kan een MRI "
                       "worden overwogen; patiënt mag dan via u opnieuw verwezen worden."),
        ]:
            story.append(Paragraph(h_, st["h3"]))
            story.append(Paragraph(t_, st["body"]))
        story.append(Spacer(1, 8))
        story.append(Paragraph("Met vriendelijke groet,<br/><br/>B.F. van Wieringen, orthopedisch chirurg", st["body"]))
        build(buf, story, first=head, margins=(20 * mm, 20 * mm, 38 * mm, 20 * mm))

    def p3(buf):
        st2 = styles("Helvetica", 9.5)
        def head(c, d):
            stamp("Bijlage 2/2")(c, d)
            w, h = A4
            c.setFont("Helvetica-Bold", 10)
            c.drawString(20 * mm, h - 22 * mm, "HOFSTAD MEDISCH CENTRUM  –  RADIOLOGIE")
        story = [kv_table([("Patiënt", "El Idrissi, M.", "Geboren", "02-02-1990"),
                           ("Onderzoek", "X-pols rechts + scafoïdserie", "Datum", "02-03-2026"),
                           ("Aanvrager", "A. Koster, huisarts", "Nummer", "HMC-R-26-031144")],
                          [22 * mm, 65 * mm, 22 * mm, 61 * mm], st2, grid=True),
                 Spacer(1, 8),
                 Paragraph("<b>Klinische informatie:</b> val op gestrekte hand, pijn tabatière. Fractuur?", st2["body"]),
                 Spacer(1, 4),
                 Paragraph("<b>Verslag:</b> Pols rechts in twee richtingen en scafoïdopnamen in vier richtingen. Geen "
                           "fractuurlijnen zichtbaar. Normale carpale uitlijning, SL-afstand 2 mm. Geen "
                           "wekedelenzwelling van betekenis. Geen ossale afwijkingen.", st2["body"]),
                 Spacer(1, 4),
                 Paragraph("<b>Conclusie:</b> geen fractuur aangetoond. Bij blijvende klinische verdenking op een "
                           "scafoïdfractuur kan aanvullend een MRI of CT worden overwogen.", st2["body"]),
                 Spacer(1, 10),
                 Paragraph("R.A. Tjon-A-Fat, radioloog — 02-03-2026", st2["body"])]
        build(buf, story, first=head, margins=(20 * mm, 20 * mm, 32 * mm, 20 * mm))

    merge_pdfs([to_bytes(p1), to_bytes(p2), to_bytes(p3)], path, title="document (3)")


# ---------------------------------------------------------------------------
# vf-022  MERGED (nl): patient-portal export: appointment + MRSA result + pharmacy overview
# ---------------------------------------------------------------------------
@doc("vf-022", "pdf", dict(
    kinds=["mrsa-screening"], author="other", language="nl",
    style="merged patient-portal export with a portal banner on every page (appointment, lab result, pharmacy list)",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="Portal printout holding three documents: only the middle one counts (MRSA result); the lab's clinical "
          "info mentions an admission in Faro (Portugal); the appointment is for taking the swabs.",
    part=[dict(kinds=[], date="2026-08-05", author="other"),
          dict(kinds=["mrsa-screening"], date="2026-08-15", also_dates=["2026-08-12"], author="lab"),
          dict(kinds=[], date="2026-08-14", author="other")]))
def _(path):
    st = styles("Helvetica", 9.5)
    def banner(c, d):
        w, h = A4
        c.setFillColor(colors.HexColor("#e3f2fd"))
        c.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#0d47a1"))
        c.setFont("Helvetica-Bold", 10)
        c.drawString(15 * mm, h - 9 * mm, "MijnZorgdossier")
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.black)
        c.drawRightString(w - 15 * mm, h - 9 * mm, "Geprint door W.H. Stegeman op 16-08-2026 10:03")
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, 8 * mm, "https://mijnzorgdossier.nl/dossier/documenten  —  Dit is een kopie uit uw persoonlijke gezondheidsomgeving.")

    def p1(buf):
        story = [Paragraph("Afspraakbevestiging", st["h1"]),
                 Paragraph("Prikpost Huisartsenlaboratorium Kennemerland — locatie Heemstede", st["body"]),
                 Spacer(1, 8),
                 kv_table([("Verstuurd", "05-08-2026"), ("Naam", "W.H. Stegeman"), ("Geboortedatum", "22-09-1947"),
                           ("Afspraak", "woensdag 12 augustus 2026, 08:20 uur"),
                           ("Onderzoek", "Afname MRSA-screening (neus, keel, perineum)"),
                           ("Aangevraagd door", "dr. S. Veenstra, huisarts")], [38 * mm, 120 * mm], st, pad=2),
                 Spacer(1, 8),
                 Paragraph("U hoeft niet nuchter te zijn. Gebruik 24 uur vóór de afname geen neusspray of "
                           "neuszalf. Neem uw identiteitsbewijs mee. Verhinderd? Annuleer uw afspraak via "
                           "MijnZorgdossier of bel 023 555 80 80.", st["body"])]
        build(buf, story, first=banner, margins=(20 * mm, 20 * mm, 26 * mm, 18 * mm))

    def p2(buf):
        story = [Paragraph("Uitslag laboratorium", st["h1"]),
                 Paragraph("Regionaal Laboratorium Kennemerland-Zuid — Medische Microbiologie", st["body"]),
                 Spacer(1, 6),
                 kv_table([("Patiënt", "W.H. Stegeman, 22-09-1947", "Ordernummer", "RLK-26-0812-0291"),
                           ("Afgenomen", "12-08-2026 08:24", "Uitslagdatum", "15-08-2026"),
                           ("Aanvrager", "dr. S. Veenstra, huisarts", "Status", "Eindresultaat")],
                          [25 * mm, 55 * mm, 27 * mm, 53 * mm], st, grid=True, label_bg=LIGHT),
                 Spacer(1, 6),
                 Paragraph("<b>Klinische gegevens:</b> opname in ziekenhuis te Faro (Portugal) 3–11 juli 2026 "
                           "(heupfractuur). Screening vóór verwijzing handchirurgie.", st["body"]),
                 Spacer(1, 6),
                 grid_table([["Onderzoek", "Materiaal", "Resultaat", "Eenheid/Opm."],
                             ["MRSA PCR (mecA/mecC + SA)", "neus/keel (pool)", "negatief", "—"],
                             ["MRSA kweek", "neus", "MRSA niet aangetoond", "na 48 uur"],
                             ["MRSA kweek", "keel", "MRSA niet aangetoond", "na 48 uur"],
                             ["MRSA kweek", "perineum", "MRSA niet aangetoond", "na 48 uur"]],
                            [55 * mm, 35 * mm, 45 * mm, 25 * mm], st),
                 Spacer(1, 6),
                 Paragraph("Bericht van uw huisarts: \"Goede uitslag, geen MRSA gevonden. U kunt de uitslag "
                           "meesturen naar de handkliniek.\"", st["ital"])]
        build(buf, story, first=banner, margins=(20 * mm, 20 * mm, 26 * mm, 18 * mm))

    def p3(buf):
        story = [Paragraph("Medicatieoverzicht", st["h1"]),
                 Paragraph("Apotheek Heemstede-Centrum · Binnenweg 101 · 2101 JG Heemstede · afgedrukt 14-08-2026",
                           st["small"]), Spacer(1, 6),
                 grid_table([["Geneesmiddel", "Gebruik", "Start", "Voorschrijver"],
                             ["Apixaban 2,5 mg tablet", "2x per dag 1 tablet", "11-07-2026", "orthopedie (buitenland)"],
                             ["Metoprolol succ. 50 mg", "1x per dag 1 tablet", "2019", "huisarts"],
                             ["Paracetamol 500 mg", "max 4x per dag 2 tabletten", "2026", "huisarts"],
                             ["Calciumcarb./colecalc. 1000mg/880IE", "1x per dag", "20-07-2026", "huisarts"],
                             ["Alendroninezuur 70 mg", "1x per week", "20-07-2026", "huisarts"]],
                            [58 * mm, 45 * mm, 25 * mm, 42 * mm], st),
                 Spacer(1, 6),
                 Paragraph("Overgevoeligheden: geen geregistreerd. Contra-indicaties: verminderde nierfunctie "
                           "(eGFR 52).", st["body"])]
        build(buf, story, first=banner, margins=(20 * mm, 20 * mm, 26 * mm, 18 * mm))

    merge_pdfs([to_bytes(p1), to_bytes(p2), to_bytes(p3)], path, title="MijnZorgdossier export")


# ---------------------------------------------------------------------------
# vf-023  patient's own letter, undated
# ---------------------------------------------------------------------------
@doc("vf-023", "pdf", dict(
    kinds=[], author="patient", language="nl",
    style="patient's own typed letter asking for a second opinion, undated, addressed 't.a.v. second opinion'",
    imaging_done="yes", operated="yes", treated_abroad="no",
    notes="Not a referral (patient writes herself); no letter date, only her birth date; holiday in Spain "
          "without any doctor or hospital; says GP sends the referral separately; 'bijgevoegd' copy."))
def _(path):
    st = styles("Times-Roman", 11.5, leading=15)
    story = [Paragraph("M. Stuivenberg<br/>Hooglandseweg-Noord 44<br/>3813 VE Amersfoort<br/>tel. 06-5310 9921", st["body"]),
             Spacer(1, 14),
             Paragraph("Handkliniek Utrechtse Heuvelrug<br/>t.a.v. second opinion<br/>Woudenbergseweg 19<br/>3707 HW Zeist",
                       st["body"]), Spacer(1, 16),
             Paragraph("Onderwerp: aanvraag second opinion rechterduim", st["bold"]), Spacer(1, 10),
             Paragraph("Geachte heer/mevrouw,", st["body"]), Spacer(1, 6)]
    for t in [
        "Via mijn buurvrouw hoorde ik over uw kliniek. Ik wil graag een second opinion over mijn rechterduim.",
        "In 2024 ben ik in het Ziekenhuis Hoogland-Eem geopereerd aan een triggerduim rechts. Omdat de duim "
        "daarna stijf bleef en weer ging haken, ben ik in maart 2025 voor de tweede keer geopereerd. Sindsdien "
        "heb ik veel pijn aan de basis van mijn duim en kan ik geen pot meer openmaken. De chirurg zegt dat er "
        "niets meer aan te doen is. In november is er een MRI gemaakt, daar kwam volgens hem niets bijzonders uit.",
        "Deze zomer waren wij vier weken met de caravan in Spanje. Ik had daar veel pijn, maar ik ben daar niet "
        "naar een dokter of ziekenhuis geweest; ik heb alleen paracetamol gekocht.",
        "Mijn huisarts, dokter Van Wijngaarden, stuurt de verwijsbrief apart naar u toe. Bijgevoegd vindt u "
        "een kopie van de laatste brief van de plastisch chirurg.",
        "Ik hoop dat u mij kunt helpen. Ik ben op werkdagen na 15.00 uur het best bereikbaar.",
    ]:
        story.append(Paragraph(t, st["body"]))
        story.append(Spacer(1, 7))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Met vriendelijke groet,<br/><br/><br/>Marjolein Stuivenberg<br/>geboortedatum 12-12-1963",
                           st["body"]))
    build(path, story, margins=(25 * mm, 25 * mm, 25 * mm, 25 * mm), title="brief handkliniek",
          author="Marjolein")


# ---------------------------------------------------------------------------
# vf-024  specialist's referral (orthopaedic surgeon -> clinic) on hospital letterhead
# ---------------------------------------------------------------------------
@doc("vf-024", "pdf", dict(
    kinds=["referral", "correspondence"], date="2026-06-11", author="specialist", language="nl",
    style="treating orthopaedic surgeon's referral letter on hospital letterhead, 2 pages with page numbers",
    referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="A specialist refers for a second opinion (referral and specialist correspondence at once); "
          "arthroscopy done; ulna shortening only considered; enclosures mentioned."))
def _(path):
    st = styles("Helvetica", 11, leading=16)
    def first(c, d):
        w, h = A4
        logo(c, "wave", w - 38 * mm, h - 34 * mm, 18 * mm, col=colors.HexColor("#1565c0"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, h - 22 * mm, "Ziekenhuis Friese Wouden")
        c.setFont("Helvetica", 9)
        c.drawString(20 * mm, h - 27 * mm, "Orthopedie en Traumatologie")
        c.drawString(20 * mm, h - 31 * mm, "Compagnonsplein 1  ·  9202 NN Drachten  ·  0512 55 88 00")
    def later(c, d):
        w, h = A4
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 14 * mm, "mw. T. de Boer, 06-11-1983  —  vervolg")
    def num(c, n, t):
        w, h = A4
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, 10 * mm, "- %d -" % n)
    story = [Spacer(1, 6)]
    story.append(Paragraph("Handkliniek Noord<br/>t.a.v. dr. E. Postma, plastisch chirurg<br/>Hanzeplein 70<br/>"
                           "9713 GZ Groningen", st["body"]))
    story.append(Spacer(1, 10))
    story.append(kv_table([("Datum", "11 juni 2026"), ("Ons kenmerk", "ORTH/SH/26-2281"),
                           ("Betreft", "mw. T. de Boer, geb. 06-11-1983, It Heechhout 12, 9201 HL Drachten")],
                          [30 * mm, 140 * mm], st, pad=1))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Geachte collega Postma,", st["body"]))
    story.append(Spacer(1, 4))
    for t in [
        "Graag verwijs ik mevrouw De Boer naar u voor een second opinion. Ik ken haar sinds 2025 met ulnaire "
        "polspijn rechts na een val van een paard in 2024.",
        "Op 14-10-2025 heb ik bij haar een artroscopie van de rechterpols verricht. Daarbij werd een centrale, "
        "degeneratieve TFCC-laesie gedebrideerd; het scafolunaire en lunotriquetrale ligament waren intact. "
        "Het beloop was aanvankelijk gunstig, maar sinds februari 2026 zijn de klachten terug, met name bij "
        "onderarmrotatie en bij het tillen van zadels (zij runt een manege).",
        "Een MRI-artrografie op 17-04-2026 toont een ulna plus variant van 3 mm met oedeem in het lunatum, "
        "passend bij ulnocarpaal impactiesyndroom. Op een vergelijkende X-pols met grip-opname neemt de ulnaire "
        "variantie toe tot 4 mm. Een injectie in het ulnocarpale gewricht (mei 2026) gaf slechts twee weken verlichting.",
        "Bij mijn laatste onderzoek (4 juni 2026) zag ik een slanke vrouw met een rustige pols zonder zwelling. "
        "Er is drukpijn in de fovea ulnaris en een positieve ulnocarpale stresstest; de DRUG is stabiel in alle "
        "standen, de pianotoets is negatief. Pronatie 80°, supinatie 65° (links 85°). Knijpkracht rechts 18 kg, "
        "links 31 kg. De littekens van de artroscopieportalen zijn rustig. Sensibiliteit en doorbloeding van de "
        "hand zijn intact.",
        "Ik heb met haar een ulnaverkortingsosteotomie besproken, maar gezien haar leeftijd, beroep en de eerdere "
        "artroscopie twijfel ik over de beste volgende stap. Ook patiënte wil graag een tweede mening voordat zij "
        "een grotere ingreep ondergaat.",
    ]:
        story.append(Paragraph(t, st["bodyj"]))
        story.append(Spacer(1, 5))
    story.append(Paragraph("<b>Vraagstelling:</b> is een ulnaverkortingsosteotomie in uw ogen geïndiceerd, of "
                           "adviseert u een alternatief (bijvoorbeeld een wafer-resectie of verder conservatief "
                           "beleid)?", st["body"]))
    story.append(Spacer(1, 5))
    for t in [
        "Voorgeschiedenis: astma (goed ingesteld), geen eerdere operaties behoudens de genoemde artroscopie.",
        "Medicatie: salbutamol zo nodig, naproxen 250 mg zo nodig.",
        "Het operatieverslag van de artroscopie en het verslag van de MRI-artrografie zijn bijgevoegd. De beelden "
        "kunt u opvragen via het beeldenuitwisselingsplatform.",
        "Ik hoor graag uw bevindingen.",
    ]:
        story.append(Paragraph(t, st["body"]))
        story.append(Spacer(1, 5))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Met collegiale groet,<br/><br/><br/>dr. S. Hiemstra<br/>orthopedisch chirurg", st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("cc: huisarts mw. L. Zijlstra, Drachten; patiënte", st["small"]))
    build(path, story, first=first, later=later, numbering=num, margins=(20 * mm, 20 * mm, 40 * mm, 20 * mm),
          title="verwijzing")


# ---------------------------------------------------------------------------
# vf-025  ultrasound report with addendum
# ---------------------------------------------------------------------------
@doc("vf-025", "pdf", dict(
    kinds=["imaging-report"], date="2026-08-20", also_dates=["2026-08-21"], author="radiologist", language="nl",
    style="independent imaging centre ultrasound report with a later addendum block",
    imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="Addendum dated the next day after comparison with an older echo from another hospital; "
          "requester is a plastic surgeon; 'excisie' only considered."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        logo(c, "circles", 20 * mm, h - 30 * mm, 14 * mm, col=colors.HexColor("#ad1457"), col2=colors.HexColor("#f48fb1"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(38 * mm, h - 21 * mm, "Flevo Diagnostiek")
        c.setFont("Helvetica", 8)
        c.drawString(38 * mm, h - 26 * mm, "Radiologie & Echografie  ·  Hospitaalweg 4, 1315 RA Almere  ·  036 555 12 70")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 11 * mm, "Flevo Diagnostiek B.V. is een zelfstandig behandelcentrum (ZBC).")
    story = [Paragraph("Verslag", st["h1"])]
    story.append(kv_table([("Patiënt", "J.M. Ruitenberg (dhr.)", "Geboortedatum", "09-04-1977"),
                           ("Verwijzer", "drs. M. Kalkman, plastisch chirurg, Handcentrum Almere", "Onderzoek", "Echo pols links"),
                           ("Datum onderzoek", "20-08-2026", "Verslagdatum", "20-08-2026")],
                          [30 * mm, 58 * mm, 30 * mm, 52 * mm], st, grid=True))
    story.append(Spacer(1, 8))
    story.append(Paragraph("<b>Vraagstelling:</b> ganglion? DD tendovaginitis extensoren.", st["body"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph("<b>Bevindingen:</b> Dorsaal over de linkerpols, radiaal van de vierde extensorloge, een "
                           "ovale anechogene laesie van 9 x 6 x 7 mm met dorsale aankleuring en een dunne verbinding "
                           "richting het radiocarpale gewricht. Geen vascularisatie. Extensorpezen normaal van aspect, "
                           "geen peesschedevocht.", st["body"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph("<b>Conclusie:</b> klein dorsaal polsganglion links. Geen tendovaginitis.", st["body"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph("dr. Y. Baumann, radioloog", st["body"]))
    story.append(Spacer(1, 12))
    add = kv_table([("ADDENDUM 21-08-2026",
                     "Na ontvangst van de beelden van de echo d.d. 14-03-2025 (Ziekenhuis Eemvallei) vergelijking "
                     "verricht: het ganglion is toegenomen van 5 mm naar 9 mm. Overige bevindingen ongewijzigd. "
                     "Bij persisterende klachten kan excisie worden overwogen. — dr. Y. Baumann")],
                   [40 * mm, 130 * mm], st, box=True, label_bg=colors.HexColor("#fce4ec"))
    story.append(add)
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="Verslag echo")


# ---------------------------------------------------------------------------
# vf-026  OK-verslag from an independent treatment centre (ZBC), boxed two-column
# ---------------------------------------------------------------------------
@doc("vf-026", "pdf", dict(
    kinds=["operation-report"], date="2026-05-27", author="specialist", language="nl",
    style="ZBC operatieverslag, canvas boxes with side-by-side fields, hand logo",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Mentions an earlier needle fasciotomy elsewhere; tissue sent for PA (mention); "
          "no letter text, only a form."))
def _(path):
    w, h = A4
    def hdr(c, p):
        logo(c, "hand", 20 * mm, h - 32 * mm, 16 * mm, col=colors.HexColor("#00796b"), col2=colors.HexColor("#b2dfdb"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(42 * mm, h - 21 * mm, "Handcentrum Veluwezoom")
        c.setFont("Helvetica", 8.5)
        c.drawString(42 * mm, h - 26 * mm, "Zelfstandig behandelcentrum voor hand- en polschirurgie")
        c.drawString(42 * mm, h - 30 * mm, "Arnhemsestraatweg 301, 6881 NK Velp  ·  026 555 19 19")
        c.setFont("Helvetica-Bold", 15)
        c.drawRightString(w - 20 * mm, h - 22 * mm, "OPERATIEVERSLAG")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "HCV-OK-01 v3.2")
        c.drawRightString(w - 20 * mm, 10 * mm, "pag. %d" % p)
        return h - 42 * mm
    tw = Typewriter(path, on_page=hdr, title="OK verslag HCV")
    c = tw.c
    # box with two columns of fields
    top = tw.y + 4 * mm
    c.rect(20 * mm, top - 36 * mm, w - 40 * mm, 36 * mm)
    c.line(w / 2, top - 36 * mm, w / 2, top)
    left = [("Patiënt", "dhr. H.G. Wessels"), ("Geb.datum", "14-01-1952"), ("Patiëntnr.", "HCV-20931"),
            ("Verzekeraar", "Zilverlinde")]
    right = [("Datum", "27-05-2026"), ("Operateur", "dr. W. Raaijmakers"), ("Assistent", "K. Lubbers, OK-ass."),
             ("Anesthesie", "plexus axillaris")]
    for col, rows in [(22 * mm, left), (w / 2 + 2 * mm, right)]:
        y = top - 7 * mm
        for l, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(col, y, l)
            c.setFont("Helvetica", 9.5)
            c.drawString(col + 26 * mm, y, v)
            y -= 8 * mm
    tw.y = top - 46 * mm
    X1, X2, WV = 20 * mm, 58 * mm, 132 * mm
    for l, v in [
        ("Indicatie", "Morbus Dupuytren straal 4 en 5 rechts, extensiedeficit MCP 5 40°, PIP 5 55°, PIP 4 30° "
                      "(Tubiana II). Eerder (2019, elders) percutane naaldfasciotomie D5 rechts met recidief."),
        ("Ingreep", "Partiële fasciëctomie straal 4 en 5 rechts, Z-plastiek D5"),
        ("Bloedleegte", "Bovenarm, 250 mmHg, 71 minuten"),
        ("Beschrijving", "Brunner-incisie over straal 5 en gedeeltelijk straal 4. Opheffen van de huidlappen. De "
                         "pretendineuze en spiraalstreng van D5 worden in toto uitgeprepareerd; de digitale zenuw "
                         "en arterie ulnair D5 lopen spiraalvormig om de streng en worden over de gehele lengte "
                         "vrijgelegd en gespaard. Streng D4 verwijderd tot aan de PIP. Na excisie volledige "
                         "extensie MCP 5 en 4, restdeficit PIP 5 van 10°. Capillaire refill alle vingers goed na "
                         "opheffen bloedleegte. Hemostase. Sluiten met Z-plastiek ter hoogte van de basisfalanx D5, "
                         "Ethilon 5-0. Vet verband met gipsspalk in extensie."),
        ("Complicaties", "Geen. Geen zenuw- of vaatletsel."),
        ("PA", "Weefsel verzonden naar pathologie (Dupuytren-weefsel ter bevestiging)."),
        ("Nabehandeling", "Hoog houden. Wondcontrole en start handtherapie na 5 dagen; nachtspalk in extensie "
                          "3 maanden. Poliklinische controle over 6 weken."),
    ]:
        tw.field(X1, X2, WV, l, v, size=9.5, after=4)
    tw.gap(8)
    tw.line(X1, "Paraaf operateur: W.R.          Datum/tijd: 27-05-2026 12:05", size=9)
    tw.save()


# ---------------------------------------------------------------------------
# vf-027  UK GP referral letter to the Dutch clinic
# ---------------------------------------------------------------------------
@doc("vf-027", "pdf", dict(
    kinds=["referral"], date="2026-09-08", author="gp", language="en",
    style="UK GP ('Surgery') referral letter, Dear Colleague, enclosed reports",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
    notes="UK GP refers to a Dutch clinic; A&E attendance at a UK hospital is care abroad; hysterectomy is "
          "another body part; 'she has not had any surgery on the wrist'; arthroscopy only suggested; "
          "date of birth 14/09 a few days after the letter date."))
def _(path):
    st = styles("Helvetica", 10)
    def page(c, d):
        w, h = A4
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 20 * mm, "HOLLYBROOK LANE SURGERY")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(w / 2, h - 25 * mm, "Dr F. McAllister  ·  Dr D. Oduya  ·  Dr S. Lindqvist")
        c.drawCentredString(w / 2, h - 29 * mm, "12 Hollybrook Lane, Harrogate, North Yorkshire HG1 4RT  ·  Tel 01423 555 301")
        hline(c, 20 * mm, h - 32 * mm, w - 20 * mm, 0.6)
    story = [Spacer(1, 4),
             Paragraph("Second Opinion Service<br/>Handkliniek Utrechtse Heuvelrug<br/>Woudenbergseweg 19<br/>"
                       "3707 HW Zeist<br/>The Netherlands", st["body"]),
             Spacer(1, 10),
             Paragraph("8 September 2026", st["body"]), Spacer(1, 8),
             Paragraph("Dear Colleague,", st["body"]), Spacer(1, 4),
             Paragraph("<b>Re: Mrs Anna KOWALCZYK-DE WIT, DOB 14/09/1976, NHS No. 602 318 7741<br/>"
                       "14 Valley Drive, Harrogate HG2 0JH</b>", st["body"]), Spacer(1, 6)]
    for t in [
        "I would be grateful for your opinion on this 49-year-old right-handed piano teacher with ulnar-sided "
        "right wrist pain for seven months. She and her husband (a Dutch national) will be moving to Amersfoort "
        "later this year, and she has asked to be seen in the Netherlands.",
        "Her symptoms began after a fall on ice in March 2026, when she attended the A&E department at Nidderdale "
        "General Hospital. X-rays of the right wrist showed no fracture. Because of persisting pain and clicking "
        "on forearm rotation she had an MRI on 22 June 2026, which was reported as showing a peripheral TFCC tear "
        "(report enclosed). She was seen by an orthopaedic surgeon privately, who suggested wrist arthroscopy, "
        "but she has not had any surgery on the wrist. Splinting and a course of physiotherapy helped only "
        "partly; a steroid injection was declined.",
        "I should be grateful if you would assess whether arthroscopic debridement or repair is appropriate, or "
        "whether continued conservative management is reasonable given that she needs full rotation for her work.",
        "Past medical history: asthma (mild); abdominal hysterectomy 2019. Medication: Clenil Modulite 100 "
        "micrograms 2 puffs twice daily, salbutamol inhaler as required. Allergies: penicillin (rash).",
        "Enclosed: MRI report 22/06/2026; X-ray report 09/03/2026.",
    ]:
        story.append(Paragraph(t, st["bodyj"]))
        story.append(Spacer(1, 5))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Yours faithfully,<br/><br/><br/>Dr Fiona McAllister MRCGP<br/>General Practitioner", st["body"]))
    build(path, story, first=page, margins=(22 * mm, 22 * mm, 38 * mm, 22 * mm), title="Referral letter")


# ---------------------------------------------------------------------------
# vf-028  consent form (machtiging), filled in and signed by the patient
# ---------------------------------------------------------------------------
@doc("vf-028", "pdf", dict(
    kinds=[], date="2026-10-02", author="patient", language="nl",
    style="clinic consent form (machtiging) with filled fields, check boxes and drawn signature",
    imaging_done="unmentioned", operated="yes", treated_abroad="yes",
    notes="Consent form is not a required kind; the filled-in field states an admission and wrist operation in a "
          "hospital in Lyon (France); form printed date differs from the signature date."))
def _(path):
    w, h = A4
    def hdr(c, p):
        logo(c, "hand", 20 * mm, h - 30 * mm, 14 * mm, col=colors.HexColor("#1b5e20"), col2=colors.HexColor("#a5d6a7"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40 * mm, h - 20 * mm, "Handkliniek Utrechtse Heuvelrug")
        c.setFont("Helvetica", 8.5)
        c.drawString(40 * mm, h - 25 * mm, "Woudenbergseweg 19 · 3707 HW Zeist · 030 555 04 40")
        c.setFont("Helvetica", 6.5)
        c.drawString(20 * mm, 10 * mm, "Formulier HUH-F12 machtiging opvragen gegevens, versie 03-2025")
        return h - 42 * mm
    tw = Typewriter(path, on_page=hdr, title="machtiging")
    c = tw.c
    tw.line(20 * mm, "Toestemmingsformulier opvragen medische gegevens (machtiging)", "Helvetica-Bold", 13, 20)
    tw.para(20 * mm, 170 * mm, "Voor een goede beoordeling van uw second opinion hebben wij gegevens nodig van uw "
            "eerdere behandelaars. Met dit formulier geeft u ons toestemming deze op te vragen.", "Helvetica", 9.5,
            after=6)
    def fld(label, value, y_gap=9 * mm):
        c.setFont("Helvetica", 9.5)
        c.drawString(20 * mm, tw.y, label)
        c.setFont("Courier-Bold", 10.5)
        c.setFillColor(colors.HexColor("#0d2a80"))
        c.drawString(68 * mm, tw.y + 1, value)
        c.setFillColor(colors.black)
        c.setDash(1, 2)
        c.line(66 * mm, tw.y - 1.5, w - 20 * mm, tw.y - 1.5)
        c.setDash()
        tw.y -= y_gap
    fld("Naam", "Anneke Huisman-Vos")
    fld("Geboortedatum", "27-02-1968")
    fld("Adres", "Stationsstraat 12, 3971 KH Driebergen")
    fld("BSN", "1750 33 902")
    tw.gap(2)
    tw.line(20 * mm, "Ik geef de Handkliniek toestemming mijn medische gegevens op te vragen bij:", "Helvetica-Bold", 9.5, 14)
    def box(label, checked, value=""):
        c.rect(20 * mm, tw.y - 1, 3.5 * mm, 3.5 * mm)
        if checked:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(20.6 * mm, tw.y, "X")
        c.setFont("Helvetica", 9.5)
        c.drawString(27 * mm, tw.y, label)
        if value:
            c.setFont("Courier-Bold", 10)
            c.setFillColor(colors.HexColor("#0d2a80"))
            for i, ln in enumerate(wrap(value, "Courier-Bold", 10, 105 * mm, False)):
                c.drawString(72 * mm, tw.y - i * 12, ln)
            c.setFillColor(colors.black)
            tw.y -= 12 * (len(wrap(value, "Courier-Bold", 10, 105 * mm, False)) - 1)
        tw.y -= 9 * mm
    box("mijn huisarts", True, "dr. J. Terlouw, Driebergen")
    box("ziekenhuis in Nederland", True, "Heuvelrug Ziekenhuis Zeist (fysiotherapie)")
    box("ziekenhuis in het buitenland", True,
        "Clinique des Terreaux-Saint-Roch, Lyon (Frankrijk) - opname en operatie pols links juli 2026")
    box("apotheek", False)
    box("anders, namelijk", False)
    tw.gap(4)
    tw.para(20 * mm, 170 * mm, "Deze toestemming geldt voor de gegevens die nodig zijn voor de second opinion en "
            "is geldig tot één jaar na ondertekening. U kunt deze toestemming altijd intrekken.", "Helvetica", 9,
            after=10)
    c.setFont("Helvetica", 9.5)
    c.drawString(20 * mm, tw.y, "Datum")
    c.setFont("Courier-Bold", 10.5)
    c.setFillColor(colors.HexColor("#0d2a80"))
    c.drawString(38 * mm, tw.y, "02-10-2026")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9.5)
    c.drawString(95 * mm, tw.y, "Handtekening")
    c.setStrokeColor(colors.HexColor("#0d2a80"))
    c.setLineWidth(1.1)
    p = c.beginPath()
    x0, y0 = 122 * mm, tw.y
    p.moveTo(x0, y0)
    p.curveTo(x0 + 5 * mm, y0 + 9 * mm, x0 + 9 * mm, y0 - 6 * mm, x0 + 14 * mm, y0 + 3 * mm)
    p.curveTo(x0 + 18 * mm, y0 + 8 * mm, x0 + 22 * mm, y0 - 4 * mm, x0 + 30 * mm, y0 + 2 * mm)
    p.curveTo(x0 + 34 * mm, y0 + 5 * mm, x0 + 38 * mm, y0 - 2 * mm, x0 + 45 * mm, y0 + 1 * mm)
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(colors.black)
    tw.save()


# ---------------------------------------------------------------------------
# vf-029  MERGED (en): UK trust bundle: clinic letter + operation note + discharge summary
# ---------------------------------------------------------------------------
def _cv_head(c, title):
    w, h = A4
    c.setFillColor(colors.HexColor("#005eb8"))
    c.rect(w - 40 * mm, h - 22 * mm, 20 * mm, 8 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-BoldOblique", 11)
    c.drawCentredString(w - 30 * mm, h - 19.5 * mm, "NHS")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(w - 20 * mm, h - 27 * mm, "Calder Valley Teaching Hospitals")
    c.setFont("Helvetica", 8)
    c.drawRightString(w - 20 * mm, h - 31 * mm, "NHS Foundation Trust")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(20 * mm, h - 22 * mm, title)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 10 * mm, "Calder Royal Infirmary, Moorside Road, Halifax HX2 7QT  ·  01422 555 000")


@doc("vf-029", "pdf", dict(
    kinds=["correspondence", "operation-report"], author="specialist", language="en",
    style="merged PDF from a UK trust: clinic letter (newest first), operation note form, discharge summary",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Three documents, newest first; ultrasound mentioned in the clinic letter (no imaging report in the "
          "file); flexor tendon repair; the patient returns to the Netherlands.",
    part=[dict(kinds=["correspondence"], date="2026-03-02", author="specialist"),
          dict(kinds=["operation-report"], date="2026-01-14", author="specialist"),
          dict(kinds=["correspondence"], date="2026-01-15", author="specialist")]))
def _(path):
    st = styles("Helvetica", 9.5)

    def p1(buf):
        story = [Paragraph("Plastic Surgery &amp; Hand Unit — Clinic Letter", st["small"]), Spacer(1, 6),
                 Table([[Paragraph("Dr H. Bashir<br/>Siddal Road Surgery<br/>Halifax HX3 9DE", st["body"]),
                         Paragraph("Clinic: 24/02/2026<br/>Typed: 02/03/2026<br/>Ref: RA/LH/CR7781203", st["small"])]],
                       colWidths=[110 * mm, 60 * mm]),
                 Spacer(1, 8), Paragraph("2 March 2026", st["body"]), Spacer(1, 6),
                 Paragraph("Dear Dr Bashir,", st["body"]),
                 Paragraph("<b>Re: Mr Joost HENDRIKS, DOB 03/03/1988, NHS No. 711 552 0934</b>", st["body"]),
                 Spacer(1, 4),
                 kv_table([("Diagnosis:", "Zone II flexor tendon injury (FDP and FDS) right ring finger, repaired "
                                          "14/01/2026"),
                           ("Progress:", "Six weeks post-op; reduced active flexion")], [25 * mm, 145 * mm], st),
                 Spacer(1, 4)]
        for t in [
            "I reviewed Joost six weeks after his flexor tendon repair. He has been attending hand therapy twice "
            "weekly on an early active motion protocol. Active flexion has plateaued with pulp-to-palm distance of "
            "3 cm, and there was concern about a possible rupture of the repair after he caught the finger in his "
            "coat. A dynamic ultrasound scan on 24 February 2026 showed the FDP repair to be in continuity with "
            "peritendinous adhesions.",
            "<b>Plan:</b> continue therapy, night extension splint. If flexion does not improve by three months, a "
            "tenolysis could be considered. Joost is returning to the Netherlands at the end of March for work and "
            "would like his follow-up there; I have given him copies of the operation note and discharge summary "
            "and am happy for him to be seen by a hand surgeon in the Netherlands.",
        ]:
            story.append(Paragraph(t, st["bodyj"]))
            story.append(Spacer(1, 5))
        story.append(Paragraph("Yours sincerely,<br/><br/>Mr Richard Ashworth FRCS (Plast)<br/>Consultant Plastic &amp; Hand "
                               "Surgeon<br/>cc: patient", st["body"]))
        build(buf, story, first=lambda c, d: _cv_head(c, "Calder Royal Infirmary"),
              margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm))

    def p2(buf):
        story = [kv_table([("Patient", "HENDRIKS, Joost", "Hosp No", "CR7781203"),
                           ("DOB", "03/03/1988", "Date", "14/01/2026"),
                           ("Surgeon", "Mr R. Ashworth (Consultant)", "Assistant", "Ms E. Dale (SpR)"),
                           ("Anaesthetic", "WALANT", "Tourniquet", "None")],
                          [25 * mm, 60 * mm, 25 * mm, 60 * mm], st, grid=True, label_bg=LIGHT),
                 Spacer(1, 6)]
        for l, v in [
            ("Operation", "Exploration right ring finger; repair of FDP (4-strand core + epitendinous) and FDS "
                          "(single slip); repair of ulnar digital nerve."),
            ("Findings", "Glass laceration zone II at the level of the proximal phalanx. FDP complete division, "
                         "FDS ulnar slip divided, ulnar digital nerve divided; artery intact."),
            ("Procedure", "Bruner extension of the wound. Tendon ends retrieved. FDP repaired with 4-strand "
                          "Adelaide technique (3-0 Fiberloop) and running 6-0 Prolene epitendinous suture. A2 "
                          "pulley partly vented distally. Active flexion and extension tested intra-operatively with "
                          "the patient awake: no gapping, no triggering. Nerve repaired with 9-0 Ethilon under "
                          "loupes. Skin 5-0 Vicryl Rapide."),
            ("Post-op", "Dorsal blocking splint, wrist neutral, MCPJs 60 degrees flexion. Hand therapy within 3-5 days "
                        "for early active motion. Review in clinic at 6 weeks."),
        ]:
            story.append(kv_table([(l, v)], [28 * mm, 142 * mm], st, pad=2))
        story.append(Spacer(1, 10))
        story.append(Paragraph("Signed: R. Ashworth  14/01/2026 17:42", st["body"]))
        build(buf, story, first=lambda c, d: _cv_head(c, "OPERATION NOTE"),
              margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm))

    def p3(buf):
        story = [kv_table([("Patient", "Joost HENDRIKS"), ("DOB", "03/03/1988"), ("Admitted", "14/01/2026"),
                           ("Discharged", "15/01/2026"), ("Ward", "Ward 8B Plastic Surgery"),
                           ("Consultant", "Mr R. Ashworth"), ("GP", "Dr H. Bashir, Siddal Road Surgery")],
                          [30 * mm, 140 * mm], st, pad=1),
                 Spacer(1, 6)]
        for l, v in [
            ("Presenting complaint", "Laceration right ring finger on broken glass at home (14/01/2026)."),
            ("Procedure", "Flexor tendon and digital nerve repair right ring finger (14/01/2026) – see operation note."),
            ("Clinical summary", "Admitted overnight for elevation and IV antibiotics. Seen by hand therapy on "
                                 "day 1, thermoplastic splint fitted. Discharged home."),
            ("Medication on discharge", "Co-amoxiclav 625 mg TDS for 5 days; paracetamol 1 g QDS PRN; "
                                        "ibuprofen 400 mg TDS PRN."),
            ("Follow-up", "Hand therapy appointments booked; consultant clinic 6 weeks."),
            ("Information for GP", "No action required."),
        ]:
            story.append(kv_table([(l, v)], [40 * mm, 130 * mm], st, pad=2))
        story.append(Spacer(1, 8))
        story.append(Paragraph("Completed by Dr T. Ng, FY2, on behalf of Mr Ashworth — 15/01/2026", st["small"]))
        build(buf, story, first=lambda c, d: _cv_head(c, "DISCHARGE SUMMARY"),
              margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm))

    merge_pdfs([to_bytes(p1), to_bytes(p2), to_bytes(p3)], path, title="Hendriks records")
