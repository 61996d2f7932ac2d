"""PDF documents vf-001 .. vf-015."""
from common import doc
from lib_pdf import *
from lib_pdf import to_bytes, wrap

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eeeeee")


# ---------------------------------------------------------------------------
# vf-001  Zorgdomein referral printout, two columns, with history sections
# ---------------------------------------------------------------------------
@doc("vf-001", "pdf", dict(
    kinds=["referral", "history"], date="2026-03-12", author="gp", language="nl",
    style="ZorgDomein verwijzing printout, label/value two-column form, no salutation",
    referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
    notes="Question only in the 'Vraagstelling' field; history in 'Relevante voorgeschiedenis' + "
          "'Recente behandelingen'; birth date 11-03-1966 one day before letter date; sectio caesarea "
          "is another body part; 'niet geopereerd aan de pols'."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        c.setFillColor(colors.HexColor("#00557f"))
        c.rect(0, h - 18 * mm, w, 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, h - 11 * mm, "ZorgDomein")
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 20 * mm, h - 11 * mm, "Verwijzing  |  ZD-nummer 73 0918 4425")
        c.setFillColor(GREY)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, "Afgedrukt op 12-03-2026 11:47 door M.A. Brouwer-Tas")
        c.drawRightString(w - 20 * mm, 10 * mm, "pagina %d" % d.page)
    story = []
    story.append(Paragraph("Second opinion handchirurgie", st["h1"]))
    story.append(Paragraph("Handkliniek Oost-Nederland, locatie Deventer &mdash; Handchirurgie / Second opinion", st["body"]))
    story.append(Spacer(1, 6))
    rows = [
        ("Verwijsdatum", "12-03-2026", "Urgentie", "Regulier"),
        ("Patiënt", "Mw. L.J. Wolthuis", "Geboortedatum", "11-03-1966"),
        ("Geslacht", "Vrouw", "BSN", "2390 17 486"),
        ("Adres", "Brinkgreverweg 114\n7413 AD Deventer", "Telefoon", "06-4471 9032"),
        ("Verzekering", "Zilverlinde Zorgverzekeringen\npolisnr. 81.220.4471", "", ""),
    ]
    t = kv_table([(a, b.replace("\n", "<br/>"), c_, d) for a, b, c_, d in rows],
                 [30 * mm, 55 * mm, 30 * mm, 55 * mm], st, label_bg=LIGHT, grid=True)
    story += [t, Spacer(1, 8)]
    story.append(Paragraph("Verwijzer", st["h3"]))
    t = kv_table([("Naam", "M.A. Brouwer-Tas, huisarts"),
                  ("Praktijk", "Huisartsenpraktijk Kloosterhof, Kloosterlaan 9, 7411 GN Deventer"),
                  ("AGB-code", "01-058823"),
                  ("Telefoon", "0570-61 22 90 (spoedlijn 0570-61 22 99)")],
                 [40 * mm, 130 * mm], st)
    story += [t, Spacer(1, 6)]
    story.append(Paragraph("Verwijsgegevens", st["h3"]))
    long = [
        ("Specialisme", "Handchirurgie (plastische chirurgie)"),
        ("Reden van verwijzing",
         "Sinds oktober 2025 pijn aan de radiale zijde van de rechterpols (dominant), toenemend bij grijpen, "
         "schroeven en optillen van haar kleinzoon. Door de orthopeed in Salland Medisch Centrum "
         "behandeld als tendovaginitis De Quervain. Na twee injecties slechts kortdurend effect. "
         "Orthopeed stelt nu operatieve release van het eerste extensorcompartiment voor. Patiënte twijfelt "
         "aan de diagnose omdat de pijn meer distaal zit en er op de foto artrose te zien zou zijn."),
        ("Vraagstelling",
         "Graag uw second opinion: is de diagnose tendovaginitis De Quervain juist, of zijn de klachten "
         "(mede) te verklaren door STT-artrose? Is de voorgestelde operatie zinvol?"),
        ("Relevante voorgeschiedenis",
         "2004 sectio caesarea<br/>2015 hypothyreoïdie (T86)<br/>2019 frozen shoulder links, "
         "conservatief<br/>Patiënte is niet eerder aan de pols of hand geopereerd."),
        ("Recente behandelingen",
         "14-11-2025 corticosteroïdinjectie 1e extensorcompartiment re (orthopedie SMC)<br/>"
         "14-01-2026 X-pols rechts (SMC): lichte STT-artrose, geen fractuur<br/>"
         "21-01-2026 tweede injectie, duimbrace 6 weken<br/>"
         "02-2026 handtherapie, 8 behandelingen, matig effect"),
        ("Medicatie", "Levothyroxine 75 µg 1dd1; paracetamol 1000 mg zo nodig; diclofenac gel"),
        ("Allergieën / ICA", "Geen bekende allergieën"),
        ("Episodelijst",
         "L93.02 Tendovaginitis De Quervain (10-2025)<br/>T86 Hypothyreoïdie (2015)<br/>"
         "L92 Schoudersyndroom links (2019, inactief)"),
        ("Bijlagen", "Brief orthopedie SMC 22-01-2026; uitslag X-pols 14-01-2026"),
    ]
    t = kv_table(long, [45 * mm, 125 * mm], st, line_below=colors.HexColor("#bbbbbb"), pad=3)
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("Deze verwijzing is elektronisch verstuurd en daarom niet ondertekend.", st["small"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 26 * mm, 18 * mm),
          title="Verwijzing 730918442", creator="ZorgDomein")


# ---------------------------------------------------------------------------
# vf-002  HiX-like outpatient letter, plastic surgery, 2 pages
# ---------------------------------------------------------------------------
@doc("vf-002", "pdf", dict(
    kinds=["correspondence"], date="2026-02-03", author="specialist", language="nl",
    style="HiX-like polikliniekbrief, logo of circles, sections, running header on page 2, page x of y",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Says operatieverslag and echo report are 'bijgevoegd' (mentions only, not in this file); "
          "signed by AIOS with supervisor; cc patient; patient wants second opinion (not a referral)."))
def _(path):
    st = styles("Helvetica", 10.5, leading=14.5)
    def first(c, d):
        w, h = A4
        logo(c, "circles", 20 * mm, h - 32 * mm, 16 * mm)
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(colors.HexColor("#1d4e89"))
        c.drawString(40 * mm, h - 22 * mm, "Amstelrand Ziekenhuis")
        c.setFont("Helvetica", 8.5)
        c.setFillColor(colors.black)
        c.drawString(40 * mm, h - 27 * mm, "Plastische, Reconstructieve en Handchirurgie")
        x = w - 65 * mm
        for i, s in enumerate(["Laan van Kronenburg 40", "1183 AS Amstelveen", "T 020 555 61 00",
                               "www.amstelrand-zkh.nl"]):
            c.drawString(x, h - 18 * mm - i * 10, s)
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        c.drawString(20 * mm, 12 * mm, "Amstelrand Ziekenhuis is onderdeel van Stichting Zorggroep Amstel. KvK 41207733")
    def later(c, d):
        w, h = A4
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(20 * mm, h - 15 * mm, "Betreft: R.H. Scholten, geb. 22-07-1979   |   Datum: 03-02-2026")
        hline(c, 20 * mm, h - 17 * mm, w - 20 * mm, 0.4, GREY)
    def numbering(c, n, total):
        w, h = A4
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawRightString(w - 20 * mm, 12 * mm, "Pagina %d van %d" % (n, total))
    story = [Spacer(1, 22 * mm)]
    addr = ("De weledelgeleerde heer J.P. Kranenburg<br/>huisarts<br/>Huisartsenpraktijk Westwijk<br/>"
            "Westwijkplein 3<br/>1187 LJ Amstelveen")
    meta = kv_table([("Ons kenmerk", "PLA/26/00412/EY"), ("Datum", "3 februari 2026"),
                     ("Patiëntnr.", "4417720"), ("Telefoon", "020 555 63 40")],
                    [24 * mm, 40 * mm], styles("Helvetica", 8.5), pad=1)
    story.append(Table([[Paragraph(addr, st["body"]), meta]], colWidths=[100 * mm, 70 * mm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 14 * mm))
    story.append(Paragraph("<b>Betreft:</b> dhr. R.H. Scholten, geb. 22-07-1979, Oranjebaan 71, 1181 AP Amstelveen", st["body"]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Geachte collega,", st["body"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph("Op 2 februari 2026 zagen wij uw patiënt op de polikliniek ter controle, ruim vier maanden "
                           "na een open carpaletunnelrelease rechts.", st["body"]))
    secs = [
        ("Anamnese", "Patiënt werd op 23-09-2025 bij ons geopereerd in verband met een EMG-bevestigd "
         "carpaletunnelsyndroom rechts. De nachtelijke tintelingen zijn na de operatie kort verminderd, "
         "maar sinds november weer terug, nu ook overdag bij autorijden en typen. Hij werkt als "
         "systeembeheerder. Geen nekklachten. Geen trauma. Diabetes mellitus is bij de huisarts uitgesloten "
         "(HbA1c 36 mmol/mol)."),
        ("Voorgeschiedenis", "2008 VKB-reconstructie knie links<br/>2016 ziekte van Pfeiffer<br/>"
         "2025 carpaletunnelrelease rechts (23-09-2025, Amstelrand Ziekenhuis)<br/>"
         "Geen aanwijzingen voor polyneuropathie. Geen hypothyreoïdie."),
        ("Medicatie", "Geen vaste medicatie; paracetamol zo nodig. Geen allergieën bekend."),
        ("Intoxicaties", "Niet roken, alcohol 4 E/week."),
        ("Lichamelijk onderzoek", "Rustig litteken in de handpalm, geen drukpijn. Lichte atrofie van de "
         "thenarmusculatuur rechts. Sensibiliteit digitus 1-3 verminderd (2PD 8 mm). Tinel positief ter "
         "hoogte van de proximale wondrand. Phalen na 20 seconden positief. Opponeren kracht MRC 4."),
        ("Aanvullend onderzoek", "EMG (neurologie, 11-12-2025): persisterende, ten opzichte van preoperatief "
         "nauwelijks verbeterde geleidingsvertraging van de n. medianus rechts over de pols.<br/>"
         "Echografie n. medianus rechts (radiologie, 13-01-2026): verdikte zenuw proximaal van de "
         "carpale tunnel (CSA 14 mm²), mogelijk resterend intact distaal deel van het ligamentum "
         "carpi transversum."),
        ("Conclusie", "Persisterend/recidief carpaletunnelsyndroom rechts na open release, verdenking "
         "incomplete klieving van het retinaculum."),
        ("Beleid", "Wij hebben met patiënt een re-exploratie besproken. Patiënt wil eerst een second opinion "
         "in een gespecialiseerde handkliniek voordat hij opnieuw geopereerd wordt; wij staan daar "
         "positief tegenover. Wij verzoeken u de verwijzing te verzorgen. Het operatieverslag van "
         "23-09-2025 en het echoverslag zijn bijgevoegd. Wij hebben geen nieuwe afspraak gemaakt; "
         "wij zien patiënt graag terug indien gewenst."),
    ]
    for h_, t_ in secs:
        story.append(Paragraph(h_, st["h3"]))
        story.append(Paragraph(t_, st["body"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Met vriendelijke groet,", st["body"]))
    story.append(Spacer(1, 18))
    sig = Table([[Paragraph("drs. E. Yildiz<br/>AIOS plastische chirurgie", st["body"]),
                  Paragraph("dr. H.W. Mulder-Stam<br/>plastisch chirurg (supervisor)", st["body"])]],
                colWidths=[80 * mm, 80 * mm])
    story.append(sig)
    story.append(Spacer(1, 10))
    story.append(Paragraph("cc: patiënt", st["small"]))
    story.append(Paragraph("Deze brief is elektronisch geautoriseerd op 03-02-2026 door H.W. Mulder-Stam.", st["tiny"]))
    build(path, story, first=first, later=later, numbering=numbering,
          margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm), title="Brief", author="HiX")


# ---------------------------------------------------------------------------
# vf-003  MRI wrist report, radiology
# ---------------------------------------------------------------------------
@doc("vf-003", "pdf", dict(
    kinds=["imaging-report"], date="2026-01-20", also_dates=["2026-01-19"], author="radiologist",
    language="nl", style="radiology report 'RADIOLOGISCH ONDERZOEK', label/value header block, authorised stamp",
    imaging_done="yes", operated="yes", treated_abroad="unmentioned",
    notes="Aanvrager is an orthopaedic surgeon (not a referral); 'Vraagstelling' is the requester's question; "
          "'status na plaatosteosynthese' reveals a past wrist operation; exam and authorisation on different days."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        logo(c, "wave", 20 * mm, h - 28 * mm, 13 * mm, col=colors.HexColor("#0a6e5c"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(37 * mm, h - 20 * mm, "Ziekenhuis Waalstroom")
        c.setFont("Helvetica", 8.5)
        c.drawString(37 * mm, h - 25 * mm, "Afdeling Radiologie  ·  Dr. Guislaan 12  ·  4002 WK Tiel  ·  0344 55 90 00")
        hline(c, 20 * mm, h - 31 * mm, w - 20 * mm, 1, colors.HexColor("#0a6e5c"))
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "Uitdraai voor verzending. Origineel in het elektronisch patiëntendossier.")
    story = [Paragraph("RADIOLOGISCH ONDERZOEK", st["h1"]), Spacer(1, 4)]
    hdr = [("Patiënt", "De Graaf-Lindeman, A.M. (mw.)", "Patiëntnummer", "1288 3046"),
           ("Geboortedatum", "04-12-1988", "Accessienummer", "RWS26-0019834"),
           ("Aanvrager", "T. Verbeek, orthopedisch chirurg", "Afdeling", "Orthopedie"),
           ("Onderzoek", "MRI pols rechts (3T), zonder contrast", "Datum onderzoek", "19-01-2026")]
    story.append(kv_table(hdr, [28 * mm, 62 * mm, 32 * mm, 48 * mm], st, box=True))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Klinische gegevens / vraagstelling", st["h3"]))
    story.append(Paragraph("Status na plaatosteosynthese distale radius re (2023). Sindsdien ulnaire polspijn bij "
                           "draaibewegingen, klikken. TFCC-laesie? SL-ligamentletsel?", st["body"]))
    story.append(Paragraph("Verslag", st["h3"]))
    story.append(Paragraph(
        "Ter vergelijking X-pols re d.d. 02-10-2025. Susceptibiliteitsartefacten van de volaire plaat en schroeven "
        "in de distale radius, die de beoordeling van het radiale deel van het carpus beperkt maken. Geconsolideerde "
        "fractuur. Ulna plus variant van circa 2 mm. Ter hoogte van de foveale insertie van het TFCC een "
        "vloeistofhoudende discontinuïteit, passend bij een perifere (Palmer 1B) laesie. De discus zelf toont "
        "degeneratieve signaalveranderingen. Focaal beenmergoedeem en subchondrale cysteuze veranderingen in "
        "het proximo-ulnaire deel van het os lunatum. Scafolunair ligament in alle drie delen intact, geen "
        "DISI-stand. Lunotriquetraal ligament intact. Geen tenosynovitis van de extensor carpi ulnaris; ECU-pees "
        "goed gecentreerd in de groeve. Geen ganglion.", st["bodyj"]))
    story.append(Paragraph("Conclusie", st["h3"]))
    story.append(Paragraph(
        "1. Perifere TFCC-laesie (Palmer 1B) met degeneratie van de discus.<br/>"
        "2. Ulna plus variant met beginnend ulnocarpaal impactiebeeld van het lunatum.<br/>"
        "3. Geen aanwijzingen voor SL- of LT-ligamentletsel.", st["body"]))
    story.append(Spacer(1, 14))
    story.append(kv_table([("Radioloog", "dr. K. Nieuwenhuis"), ("Geautoriseerd", "20-01-2026 09:41")],
                          [30 * mm, 60 * mm], st))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="scan0007")


# ---------------------------------------------------------------------------
# vf-004  OK-verslag form, hospital letterhead, no salutation
# ---------------------------------------------------------------------------
@doc("vf-004", "pdf", dict(
    kinds=["operation-report"], date="2025-09-16", author="specialist", language="nl",
    style="operatieverslag form with grid of labelled fields, cross logo",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Form without salutation; EMG is not imaging; aftercare by the GP is a plan."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        logo(c, "cross", w - 38 * mm, h - 30 * mm, 16 * mm, col=colors.HexColor("#a31621"), col2=colors.white)
        c.setFont("Times-Bold", 15)
        c.drawString(20 * mm, h - 20 * mm, "Gasthuis Zeevang")
        c.setFont("Times-Roman", 9)
        c.drawString(20 * mm, h - 25 * mm, "Westerweg 220, 1441 RM Purmerend  —  Operatiecentrum")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "OK-verslag  ·  Gasthuis Zeevang  ·  afgedrukt 17-09-2025")
    story = [Paragraph("OPERATIEVERSLAG", st["h1"]), Spacer(1, 4)]
    story.append(kv_table([
        ("Patiënt", "Mw. C.W. Koning-Sarmo", "Geb.datum", "08-05-1961"),
        ("Patiëntnummer", "Z-0991204", "Afdeling", "Dagbehandeling 2B"),
        ("Datum operatie", "16-09-2025", "OK / tijd", "OK 4, 08:12 – 08:31"),
        ("Operateur", "J.F. Hoekstra, plastisch chirurg", "Assistent", "L. Demir, AIOS"),
        ("Anesthesie", "WALANT (lidocaïne 1% met adrenaline), geen tourniquet", "Anesthesist", "n.v.t."),
    ], [30 * mm, 55 * mm, 25 * mm, 60 * mm], st, grid=True, label_bg=LIGHT))
    story.append(Spacer(1, 6))
    story.append(kv_table([
        ("Indicatie", "Carpaletunnelsyndroom links, klinisch en EMG-bevestigd (matig ernstig). Conservatieve "
                      "behandeling met nachtspalk gedurende 4 maanden zonder effect."),
        ("Ingreep", "Open carpaletunnelrelease links"),
        ("Verloop / beschrijving",
         "Time-out uitgevoerd. Lokale infiltratie, 25 minuten wachttijd. Longitudinale incisie van 3 cm in de "
         "handpalm in het verlengde van de radiale zijde van de 4e straal. Doornemen van subcutis en "
         "palmaire aponeurose. Het ligamentum carpi transversum wordt onder zicht volledig gekliefd, distaal tot "
         "aan het vetkussen van de arcus superficialis, proximaal tot onder de polsplooi met de schaar. "
         "De n. medianus is proximaal afgeplat en hyperemisch, geen ruimte-innemend proces, geen afwijkende "
         "thenartak. Actieve flexie van alle vingers gecontroleerd, geen bowstringing. Hemostase. Huid "
         "gesloten met Ethilon 4-0 (enkele knopen). Drukverband."),
        ("Complicaties", "Geen"),
        ("Bloedverlies", "Minimaal"),
        ("PA", "Niet ingestuurd"),
        ("Nabehandeling", "Drukverband 2 dagen, daarna pleister. Hand hoog houden, vingers bewegen. Hechtingen "
                          "verwijderen na 10–12 dagen bij de huisarts. Controle polikliniek over 6 weken."),
    ], [40 * mm, 130 * mm], st, grid=True, label_bg=LIGHT, pad=3))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Getekend: J.F. Hoekstra, plastisch chirurg — 16-09-2025 08:44", st["small"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="OK-verslag")


# ---------------------------------------------------------------------------
# vf-005  MRSA screening, microbiology lab, table layout
# ---------------------------------------------------------------------------
@doc("vf-005", "pdf", dict(
    kinds=["mrsa-screening"], date="2026-04-06", also_dates=["2026-04-02"], author="lab", language="nl",
    style="microbiology lab report, result table (materiaal/bepaling/uitslag), requester GP",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
    notes="Clinical info states an admission in a Turkish hospital; sampling, receipt and report dates differ; "
          "report date is the final report date."))
def _(path):
    st = styles("Helvetica", 9)
    def page(c, d):
        w, h = A4
        logo(c, "ring", 20 * mm, h - 30 * mm, 14 * mm, col=colors.HexColor("#6a1b9a"),
             col2=colors.HexColor("#ce93d8"))
        c.setFont("Helvetica-Bold", 11)
        c.drawString(38 * mm, h - 20 * mm, "Microbiologisch Laboratorium Veluwe-IJssel")
        c.setFont("Helvetica", 8)
        c.drawString(38 * mm, h - 25 * mm, "Medische Microbiologie & Infectiepreventie  ·  Stationsweg 31  ·  3846 AC Harderwijk")
        c.drawString(38 * mm, h - 29 * mm, "Tel. 0341 55 22 10  ·  ISO 15189 geaccrediteerd (M239)")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "MLVI  ·  Dit rapport is elektronisch gevalideerd en zonder handtekening geldig.")
        c.drawRightString(w - 20 * mm, 12 * mm, "Blad 1/1")
    story = [Spacer(1, 2)]
    left = kv_table([("Aanvrager", "P.G. Swart, huisarts"), ("", "Huisartsenpraktijk 't Hooghe Huys"),
                     ("", "Bruggestraat 2, 3841 CT Harderwijk"), ("Kopie aan", "—")],
                    [22 * mm, 62 * mm], st, pad=1)
    right = kv_table([("Patiënt", "Dhr. Y. Aydin"), ("Geb.datum", "30-06-1954"), ("Geslacht", "M"),
                      ("Labnummer", "26-MM-041877")], [22 * mm, 55 * mm], st, pad=1)
    story.append(Table([[left, right]], colWidths=[88 * mm, 82 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                         ("BOX", (1, 0), (1, 0), 0.5, colors.black)]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("UITSLAG MRSA-SCREENING — EINDRAPPORT", st["h2"]))
    story.append(kv_table([("Afnamedatum", "02-04-2026", "Ontvangstdatum", "03-04-2026"),
                           ("Rapportdatum", "06-04-2026", "Status", "Definitief")],
                          [28 * mm, 55 * mm, 30 * mm, 57 * mm], st))
    story.append(Spacer(1, 4))
    story.append(Paragraph("<b>Klinische gegevens:</b> opname ziekenhuis buitenland (Antalya, Turkije) 26-01 t/m "
                           "09-02-2026; MRSA-screening i.v.m. verwijzing handchirurgie.", st["body"]))
    story.append(Spacer(1, 6))
    data = [["Materiaal", "Bepaling", "Methode", "Uitslag"],
            ["Neus", "MRSA-kweek", "Selectieve ophoping + chromogene agar", "MRSA niet aangetoond"],
            ["Keel", "MRSA-kweek", "Selectieve ophoping + chromogene agar", "MRSA niet aangetoond"],
            ["Perineum", "MRSA-kweek", "Selectieve ophoping + chromogene agar", "MRSA niet aangetoond"]]
    story.append(grid_table(data, [25 * mm, 30 * mm, 65 * mm, 50 * mm], st, zebra=colors.HexColor("#f5f0fa")))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>Conclusie:</b> Bij dit onderzoek geen MRSA aangetoond in neus, keel en perineum.", st["body"]))
    story.append(Paragraph("Opmerking: een eenmalig negatieve screening sluit dragerschap niet volledig uit. "
                           "Bij hernieuwde opname in een buitenlands ziekenhuis opnieuw screenen.", st["small"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Gevalideerd door: dr. I. Vermeulen, arts-microbioloog — 06-04-2026 15:02", st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="Uitslag 26-MM-041877")


# ---------------------------------------------------------------------------
# vf-006  UK NHS clinic letter
# ---------------------------------------------------------------------------
@doc("vf-006", "pdf", dict(
    kinds=["correspondence"], date="2025-11-18", also_dates=["2025-11-11"], author="specialist", language="en",
    style="UK NHS trust clinic letter, Diagnosis/Plan blocks, dictated/typed dates, cc patient",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Written by a UK hospital that treated the patient; surgery only offered; 'has not had any surgery'; "
          "clinic date vs typed date; NHS number; relocation to the Netherlands."))
def _(path):
    st = styles("Helvetica", 10)
    def page(c, d):
        w, h = A4
        c.setFillColor(colors.HexColor("#005eb8"))
        c.rect(w - 45 * mm, h - 24 * mm, 25 * mm, 10 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-BoldOblique", 14)
        c.drawCentredString(w - 32.5 * mm, h - 21 * mm, "NHS")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(w - 20 * mm, h - 29 * mm, "Severnvale University Hospitals")
        c.setFont("Helvetica", 9)
        c.drawRightString(w - 20 * mm, h - 33 * mm, "NHS Foundation Trust")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 15 * mm, "Kingsmead Hospital, Frenchay Vale, Bristol BS16 1QZ   Switchboard 0117 496 0000")
        c.drawString(20 * mm, 11 * mm, "Please quote the hospital number on all correspondence.")
    story = [Spacer(1, 4)]
    story.append(Paragraph("Hand &amp; Wrist Unit<br/>Department of Trauma &amp; Orthopaedics<br/>"
                           "Direct line: 0117 496 2281", st["small"]))
    story.append(Spacer(1, 8))
    story.append(Table([[Paragraph("Dr A. Okafor<br/>Redland Park Surgery<br/>41 Cotham Brow<br/>Bristol<br/>BS6 6BH",
                                   st["body"]),
                         Paragraph("Clinic date: 11/11/2025<br/>Dictated: 11/11/2025<br/>Typed: 18/11/2025<br/>"
                                   "Our ref: JW/HW/K0392217", st["small"])]],
                       colWidths=[100 * mm, 70 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("18 November 2025", st["body"]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Dear Dr Okafor,", st["body"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph("<b>Re: Mr Thomas VERMAAT, DOB 09/05/1991, NHS No. 485 777 3921, Hosp No. K0392217<br/>"
                           "Flat 3, 17 Chandos Road, Bristol BS6 6PG</b>", st["body"]))
    story.append(Spacer(1, 6))
    story.append(kv_table([("Diagnosis:", "Established non-union of the left scaphoid waist (injury August 2025, "
                                          "missed on initial presentation)"),
                           ("Outcome:", "Surgery offered; patient to consider and seek treatment in the Netherlands")],
                          [25 * mm, 145 * mm], st))
    story.append(Spacer(1, 6))
    for t in [
        "I saw this 34-year-old right-hand-dominant software engineer in the hand clinic today. He fell onto his "
        "outstretched left hand playing five-a-side football in August. He attended the Emergency Department "
        "at the time and plain radiographs were reported as normal. Because of persistent pain in the anatomical "
        "snuffbox he was re-imaged in October, and a CT scan on 4 November 2025 confirms a scaphoid waist fracture "
        "with sclerotic margins, a 2 mm gap and early cystic change, consistent with non-union. There is no "
        "humpback deformity and no collapse.",
        "On examination today there is tenderness in the snuffbox and over the scaphoid tubercle, with a "
        "reduced arc of wrist extension (40 degrees compared with 70 on the right). Grip 28 kg left, 44 kg right.",
        "He has not had any surgery to date. I have explained that, without fixation, the natural history of a "
        "scaphoid non-union is progressive collapse and arthritis. I have offered him open reduction and "
        "internal fixation with a headless compression screw and cancellous bone graft from the distal radius. "
        "Thomas tells me that he and his partner are relocating to Utrecht in January and he would rather have "
        "his surgery done there so that he can be followed up locally. That seems entirely reasonable.",
    ]:
        story.append(Paragraph(t, st["bodyj"]))
        story.append(Spacer(1, 5))
    story.append(Paragraph("<b>Plan:</b>", st["body"]))
    story.append(Paragraph("1. Copies of the radiographs and CT images burned to disc and given to the patient.<br/>"
                           "2. Thumb spica splint for comfort in the meantime.<br/>"
                           "3. Discharged from our clinic; happy to see him again should he remain in the UK.",
                           st["body"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Yours sincerely,", st["body"]))
    story.append(Spacer(1, 22))
    story.append(Paragraph("<b>Mr James Whitcombe</b> FRCS (Tr &amp; Orth)<br/>Consultant Hand &amp; Wrist Surgeon",
                           st["body"]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("cc: Mr Thomas Vermaat (patient)", st["small"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 38 * mm, 22 * mm), title="Clinic Letter")


# ---------------------------------------------------------------------------
# vf-007  UK operation note form
# ---------------------------------------------------------------------------
@doc("vf-007", "pdf", dict(
    kinds=["operation-report"], date="2025-06-05", author="specialist", language="en",
    style="UK 'Operation Note' boxed form with tick boxes, day surgery unit",
    imaging_done="unmentioned", operated="yes", treated_abroad="yes",
    notes="UK NHS day-surgery operation note; dates dd/mm/yyyy; tick boxes drawn; no prose letter."))
def _(path):
    w, h = A4
    def draw(c):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(20 * mm, h - 22 * mm, "OPERATION NOTE")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(w - 20 * mm, h - 16 * mm, "Medway Vale Hospitals NHS Trust")
        c.drawRightString(w - 20 * mm, h - 20 * mm, "Day Surgery Unit, Gillingham Road, Chatham ME5 9PX")
        c.setFillColor(colors.HexColor("#005eb8"))
        c.rect(w - 36 * mm, h - 30 * mm, 16 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-BoldOblique", 10)
        c.drawCentredString(w - 28 * mm, h - 28 * mm, "NHS")
        c.setFillColor(colors.black)
        # patient sticker box
        c.rect(20 * mm, h - 62 * mm, 80 * mm, 30 * mm)
        c.setFont("Helvetica", 9)
        yy = h - 38 * mm
        for s in ["BOS-MADDOX, Hendrika (Mrs)", "DOB: 21/10/1949   F", "Hosp No: MV0447812",
                  "NHS No: 721 004 5586", "Ward: DSU"]:
            c.drawString(23 * mm, yy, s)
            yy -= 5 * mm
        # right box: date etc.
        fields = [("Date of operation", "05/06/2025"), ("Theatre", "DSU Theatre 2"),
                  ("Surgeon", "Ms Priya Raman, Consultant"), ("Assistant", "Dr O. Bellamy (ST5)"),
                  ("Anaesthetist", "Dr K. Mensah")]
        yy = h - 38 * mm
        for l, v in fields:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(106 * mm, yy, l)
            c.setFont("Helvetica", 9)
            c.drawString(138 * mm, yy, v)
            yy -= 5 * mm
        # tick boxes
        y0 = h - 72 * mm
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, y0, "Anaesthetic:")
        opts = [("GA", True), ("Regional block", True), ("LA", False), ("WALANT", False)]
        x = 45 * mm
        c.setFont("Helvetica", 9)
        for o, t in opts:
            c.rect(x, y0 - 1, 3 * mm, 3 * mm)
            if t:
                c.line(x + 0.5 * mm, y0 + 0.5 * mm, x + 1.3 * mm, y0 - 0.6 * mm)
                c.line(x + 1.3 * mm, y0 - 0.6 * mm, x + 3 * mm, y0 + 2.5 * mm)
            c.drawString(x + 5 * mm, y0, o)
            x += 30 * mm
        c.setFont("Helvetica-Bold", 9)
        c.drawString(20 * mm, y0 - 7 * mm, "Tourniquet:")
        c.setFont("Helvetica", 9)
        c.drawString(45 * mm, y0 - 7 * mm, "Upper arm, 250 mmHg, 42 min")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(110 * mm, y0 - 7 * mm, "Antibiotics:")
        c.setFont("Helvetica", 9)
        c.drawString(132 * mm, y0 - 7 * mm, "Cefuroxime 1.5 g IV at induction")
        return y0 - 16 * mm
    tw = Typewriter(path, on_page=lambda c, p: draw(c) if p == 1 else h - 25 * mm, title="Operation Note")
    sections = [
        ("Procedure", "Left trapeziectomy with ligament reconstruction and tendon interposition (LRTI) using half of "
                      "flexor carpi radialis."),
        ("Indication", "Symptomatic basal thumb osteoarthritis left, failed two steroid injections and splinting."),
        ("Findings", "Eaton stage IV: advanced trapeziometacarpal and STT joint degeneration with large "
                     "osteophytes. Synovitis. FCR intact."),
        ("Procedure details", "WHO checklist completed. Arm table, tourniquet. Wagner incision over the base of "
                              "the thumb metacarpal. Superficial radial nerve branches identified and protected. "
                              "Capsulotomy. Trapezium excised piecemeal. Partial excision of trapezoid facet. "
                              "Radial half of FCR harvested through two transverse forearm incisions, passed through "
                              "a drill hole in the base of the first metacarpal and sutured onto itself; remainder "
                              "rolled as an anchovy and placed in the trapezial space. Capsule closed with 3-0 "
                              "Vicryl. Tourniquet released, haemostasis. Skin 4-0 Monocryl subcuticular."),
        ("Closure / dressing", "Steri-strips, Mepore, wool and crepe. Plaster of Paris thumb spica."),
        ("EBL", "Minimal"),
        ("Complications", "None"),
        ("Post-op instructions", "Elevate in high sling 48 h. Keep plaster dry. Paracetamol and ibuprofen as "
                                 "required. Hand therapy referral made. Wound check and change to thermoplastic "
                                 "splint at 2/52 in the nurse-led hand clinic; see Ms Raman at 6/52."),
        ("VTE prophylaxis", "Not required (day case, early mobilisation)."),
    ]
    for l, v in sections:
        tw.field(20 * mm, 62 * mm, 128 * mm, l + ":", v, size=9.5, after=3)
    tw.gap(8)
    tw.line(20 * mm, "Signed: P. Raman      GMC 6104872      Date/time: 05/06/2025 13:20", size=9)
    tw.save()


# ---------------------------------------------------------------------------
# vf-008  German discharge letter with full operation report section
# ---------------------------------------------------------------------------
@doc("vf-008", "pdf", dict(
    kinds=["correspondence", "operation-report"], date="2026-07-24", author="specialist", language="de",
    style="German Entlassungsbrief (Klinikum) with embedded Operationsbericht section, Seite x von y",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Dutch tourist operated in a German Klinikum; full operation description (date, operator, "
          "procedure) inside the discharge letter; 'MRSA-Aufnahmescreening negativ' is a mention only."))
def _(path):
    st = styles("Helvetica", 9.5)
    def first(c, d):
        w, h = A4
        logo(c, "triangle", 20 * mm, h - 30 * mm, 16 * mm, col=colors.HexColor("#2e7d32"),
             col2=colors.HexColor("#a5d6a7"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40 * mm, h - 20 * mm, "Klinikum Bergwald Winterberg")
        c.setFont("Helvetica", 8.5)
        c.drawString(40 * mm, h - 25 * mm, "Klinik für Unfallchirurgie, Orthopädie und Handchirurgie")
        c.drawString(40 * mm, h - 29 * mm, "Chefarzt Prof. Dr. med. U. Hartwig")
        c.setFont("Helvetica", 7.5)
        yy = h - 18 * mm
        for s in ["Am Kahlen Asten 5", "59955 Winterberg", "Tel. +49 2981 930-0", "Sekretariat -4120",
                  "unfallchirurgie@kbw-klinikum.de"]:
            c.drawRightString(w - 20 * mm, yy, s)
            yy -= 9
        c.setFont("Helvetica", 6.5)
        c.drawString(20 * mm, h - 40 * mm, "Klinikum Bergwald Winterberg · Am Kahlen Asten 5 · 59955 Winterberg")
    def later(c, d):
        w, h = A4
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 14 * mm, "Kuipers, Daan, geb. 17.02.1985 – Entlassungsbrief vom 24.07.2026")
    def num(c, n, t):
        w, h = A4
        c.setFont("Helvetica", 8)
        c.drawRightString(w - 20 * mm, 10 * mm, "Seite %d von %d" % (n, t))
    story = [Spacer(1, 20 * mm)]
    story.append(Table([[Paragraph("Herrn<br/>Huisarts R. de Wolff<br/>Huisartsenpraktijk Zuiderpark<br/>"
                                   "Zuiderparklaan 12<br/>7321 AK Apeldoorn<br/>NIEDERLANDE", st["body"]),
                         Paragraph("Winterberg, 24.07.2026<br/>Unser Zeichen: UH/fa<br/>Fall-Nr.: 26-118734",
                                   st["small"])]], colWidths=[110 * mm, 60 * mm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("<b>Entlassungsbrief</b>", st["h2"]))
    story.append(Paragraph("<b>Herr Daan Kuipers, geb. 17.02.1985</b>, wohnhaft Regentesselaan 8, 7316 AB Apeldoorn (NL)<br/>"
                           "stationärer Aufenthalt vom 20.07.2026 bis 24.07.2026", st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Sehr geehrter Herr Kollege de Wolff,", st["body"]))
    story.append(Paragraph("wir berichten über Ihren o.g. Patienten, der sich vom 20.07. bis 24.07.2026 in unserer "
                           "stationären Behandlung befand.", st["body"]))
    secs = [
        ("Diagnosen", "Distale intraartikuläre Radiusfraktur rechts (AO 23-C2) nach Sturz mit dem Mountainbike am "
                      "20.07.2026<br/>Schürfwunden Knie beidseits<br/>Nebendiagnosen: keine"),
        ("Therapie", "Offene Reposition und winkelstabile palmare Plattenosteosynthese rechts am 21.07.2026"),
        ("Anamnese", "Der 41-jährige niederländische Urlauber stürzte am Aufnahmetag auf einem Trail bei "
                     "Winterberg auf die ausgestreckte rechte Hand. Keine Bewusstlosigkeit. Rechtshänder, "
                     "Beruf: Lehrer."),
        ("Befunde", "Röntgen Handgelenk rechts in 2 Ebenen (20.07.2026): dorsal abgekippte, intraartikuläre "
                    "distale Radiusfraktur mit Stufe im Radiokarpalgelenk.<br/>CT Handgelenk rechts (20.07.2026): "
                    "Vier-Fragment-Fraktur, Gelenkstufe 3 mm, kein Karpalbeteiligung.<br/>"
                    "MRSA-Aufnahmescreening (Nase/Rachen): negativ."),
    ]
    for h_, t_ in secs:
        story.append(Paragraph(h_, st["h3"]))
        story.append(Paragraph(t_, st["body"]))
    story.append(Paragraph("Operationsbericht", st["h2"]))
    story.append(kv_table([("OP-Datum", "21.07.2026"), ("Operateur", "Dr. med. F. Albrecht, Oberarzt"),
                           ("Assistenz", "M. Kessler, Assistenzarzt"),
                           ("Anästhesie", "Intubationsnarkose + axillärer Plexus (Dr. S. Brandt)"),
                           ("Eingriff", "Offene Reposition, winkelstabile Plattenosteosynthese distaler Radius "
                                        "rechts (palmar, 2,4 mm System)")],
                          [30 * mm, 140 * mm], st, pad=1))
    story.append(Spacer(1, 3))
    story.append(Paragraph(
        "Team-Time-Out. Rückenlage, Armtisch, Oberarmblutsperre 250 mmHg. Erweiterter Zugang nach Henry über der "
        "FCR-Sehne, Ablösen des M. pronator quadratus. Darstellung der Fraktur, Hämatomausräumung. Reposition der "
        "Gelenkfragmente unter Bildwandlerkontrolle, temporäre Fixation mit zwei K-Drähten. Anlage einer "
        "winkelstabilen palmaren Platte, distal 6 winkelstabile Schrauben, proximal 3 Kortikalisschrauben. "
        "Entfernen der K-Drähte. Abschließende BV-Kontrolle in 2 Ebenen: anatomische Gelenkfläche, korrekte "
        "Schraubenlängen, kein intraartikuläres Material. Refixation des Pronator quadratus. Eröffnen der "
        "Blutsperre, Blutstillung, Redon-Drainage, schichtweiser Wundverschluss, Intrakutannaht. Steriler "
        "Verband, dorsale Unterarmschiene. Blutsperrenzeit 64 min. Keine intraoperativen Komplikationen.",
        st["bodyj"]))
    secs2 = [
        ("Verlauf", "Postoperativ komplikationsloser Verlauf. Redon-Entfernung am 2. postoperativen Tag. "
                    "Röntgenkontrolle postoperativ regelrecht. Periphere Durchblutung, Motorik und "
                    "Sensibilität intakt. Entlassung in gutem Allgemeinzustand zur Weiterbehandlung in die "
                    "Niederlande."),
        ("Medikation bei Entlassung", "Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, "
                                      "Metamizol 500 mg bei Bedarf bis 4x tgl."),
        ("Procedere", "Schiene für 2 Wochen, danach funktionelle Nachbehandlung mit Physiotherapie/Handtherapie. "
                      "Fadenzug am 12.-14. postoperativen Tag beim Hausarzt. Röntgenkontrolle nach 6 Wochen. "
                      "Eine Metallentfernung ist nicht zwingend erforderlich. Die Bilder (Röntgen, CT) wurden "
                      "dem Patienten auf CD mitgegeben."),
    ]
    for h_, t_ in secs2:
        story.append(Paragraph(h_, st["h3"]))
        story.append(Paragraph(t_, st["body"]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Mit freundlichen kollegialen Grüßen", st["body"]))
    story.append(Spacer(1, 18))
    story.append(Table([[Paragraph("Prof. Dr. med. U. Hartwig<br/>Chefarzt", st["body"]),
                         Paragraph("Dr. med. F. Albrecht<br/>Oberarzt", st["body"]),
                         Paragraph("J. Neumann<br/>Assistenzärztin", st["body"])]],
                       colWidths=[57 * mm, 57 * mm, 56 * mm]))
    build(path, story, first=first, later=later, numbering=num, margins=(20 * mm, 20 * mm, 24 * mm, 20 * mm),
          title="Entlassungsbrief_Kuipers")


# ---------------------------------------------------------------------------
# vf-009  German X-ray report
# ---------------------------------------------------------------------------
@doc("vf-009", "pdf", dict(
    kinds=["imaging-report"], date="2026-08-14", author="radiologist", language="de",
    style="German Befundbericht from a Klinikum radiology institute, no letter, Beurteilung block",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Child (15 y) seen in a German emergency department on holiday; recommends MRI (plan); "
          "'nicht sicher auszuschließen' hedging; the requesting ED doctor is not a referrer."))
def _(path):
    st = styles("Times-Roman", 10.5)
    def page(c, d):
        w, h = A4
        logo(c, "shield", 20 * mm, h - 30 * mm, 15 * mm, col=colors.HexColor("#37474f"))
        c.setFont("Times-Bold", 13)
        c.drawString(36 * mm, h - 20 * mm, "Klinikum Emsland-Nord")
        c.setFont("Times-Roman", 9.5)
        c.drawString(36 * mm, h - 25 * mm, "Institut für Diagnostische und Interventionelle Radiologie")
        c.drawString(36 * mm, h - 29 * mm, "Hauptkanal rechts 70 · 26871 Papenburg · Tel. +49 4961 83-2200")
        c.setFont("Times-Italic", 8)
        c.drawString(20 * mm, 12 * mm, "Befund elektronisch freigegeben – ohne Unterschrift gültig.")
    story = [Paragraph("Befundbericht", st["h1"]), Spacer(1, 4)]
    story.append(kv_table([
        ("Patient(in):", "Oosterhuis, Femke", "geb.:", "02.08.2011"),
        ("Anforderung:", "Zentrale Notaufnahme, Dr. P. Lindqvist", "Auftrags-Nr.:", "RX-2608-55120"),
        ("Untersuchung:", "Röntgen Handgelenk links in 2 Ebenen + Kahnbeinquartett", "Datum:", "14.08.2026"),
    ], [28 * mm, 75 * mm, 25 * mm, 42 * mm], st))
    story.append(Spacer(1, 8))
    story.append(Paragraph("<b>Klinische Angaben / Fragestellung:</b> Sturz vom Fahrrad auf die ausgestreckte "
                           "linke Hand, Druckschmerz Tabatière. Fraktur?", st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>Befund:</b>", st["body"]))
    story.append(Paragraph(
        "Offene Wachstumsfugen am distalen Radius und an der distalen Ulna. Keine Fugenverbreiterung, keine "
        "Epiphysenlösung. Regelrechte Artikulation im Radiokarpal- und Mediokarpalgelenk. Am Skaphoid in den "
        "Spezialaufnahmen fragliche feine Aufhellungslinie im distalen Drittel, ohne Dislokation. Übrige "
        "Handwurzelknochen unauffällig. Weichteilschwellung radialseitig.", st["bodyj"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>Beurteilung:</b>", st["body"]))
    story.append(Paragraph(
        "Kein sicherer Frakturnachweis. Eine nicht dislozierte Skaphoidfraktur im distalen Drittel ist "
        "röntgenologisch nicht sicher auszuschließen. Bei persistierender Klinik Ruhigstellung und MRT "
        "in 10–14 Tagen empfohlen (heimatnah).", st["body"]))
    story.append(Spacer(1, 14))
    story.append(Paragraph("Dr. med. Ines Roßbach<br/>Fachärztin für Radiologie<br/>Papenburg, 14.08.2026", st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 38 * mm, 20 * mm), title="Befund")


# ---------------------------------------------------------------------------
# vf-010  Belgian (Flemish) outpatient letter
# ---------------------------------------------------------------------------
@doc("vf-010", "pdf", dict(
    kinds=["correspondence"], date="2026-05-08", also_dates=["2026-05-05"], author="specialist",
    language="nl", style="Belgian AZ raadplegingsverslag, Flemish wording, '°' birth date, Besluit",
    imaging_done="yes", operated="no", treated_abroad="yes",
    notes="Belgian hospital (outside NL) saw a Dutch patient from Zeeland; 'tot op heden geen heelkundige "
          "ingreep'; trapeziectomie only 'te overwegen'; date written 8/05/2026; consult date 5/05/2026."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        logo(c, "leaf", 20 * mm, h - 28 * mm, 12 * mm, col=colors.HexColor("#00838f"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(36 * mm, h - 19 * mm, "AZ Duinenzee")
        c.setFont("Helvetica", 8.5)
        c.drawString(36 * mm, h - 24 * mm, "campus Oostende  ·  Nieuwpoortsesteenweg 600  ·  8400 Oostende")
        c.drawString(36 * mm, h - 28 * mm, "tel. +32 59 55 41 11  ·  www.azduinenzee.be")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "AZ Duinenzee vzw  ·  ondernemingsnr. 0412.773.590  ·  RIZIV-erkenning 71-441")
    story = []
    story.append(Table([[Paragraph("<b>Dienst Orthopedie</b><br/>Hand- en polschirurgie<br/>"
                                   "dr. P.-J. Vanhoutte<br/>dr. A. Maes<br/>secretariaat +32 59 55 43 20", st["small"]),
                         Paragraph("Dokter W. Dekker<br/>Huisartsenpraktijk Sluis<br/>Nieuwstraat 14<br/>"
                                   "4524 EC Sluis<br/>Nederland", st["body"])]],
                       colWidths=[70 * mm, 100 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Oostende, 8/05/2026", st["right"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>Betreft:</b> Mevrouw Ingrid SCHIPPER, °13/01/1949 — raadpleging van 5/05/2026", st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Geachte collega, beste Wim,", st["body"]))
    story.append(Paragraph("Ik zag uw patiënte op de raadpleging handchirurgie voor pijn aan de basis van de "
                           "rechterduim.", st["body"]))
    for h_, t_ in [
        ("Anamnese", "Sinds ruim een jaar progressieve pijn ter hoogte van de duimbasis rechts, vooral bij "
         "het openen van bokalen en het vasthouden van een pan. Sinds enkele weken ook een haperend gevoel van de "
         "duim bij buigen. Ze is rechtshandig, gepensioneerd verpleegkundige. Ze kreeg bij u een spalk, zonder "
         "veel beterschap."),
        ("Klinisch onderzoek", "Zwelling en drukpijn over het trapeziometacarpaal gewricht, positieve grind-test. "
         "Beginnende adductiecontractuur van de eerste straal. Pijnlijk nodulair verdikte flexor pollicis longus "
         "ter hoogte van de A1-pulley met klikken, zonder blokkeren. Sensibiliteit intact."),
        ("Technisch onderzoek", "RX duim rechts (5/05/2026): rhizartrose Eaton-Littler graad III met subluxatie "
         "van de basis MC1 en osteofyten; STT-gewricht gespaard.<br/>Echografie (2/05/2026, dienst medische "
         "beeldvorming): tenosynovitis FPL ter hoogte van de A1-pulley, geen ganglion."),
        ("Besluit", "Rhizartrose graad III rechts met bijkomend beginnende triggerduim."),
        ("Voorstel", "Infiltratie van het TMC-gewricht en van de A1-pulley (uitgevoerd tijdens de raadpleging). "
         "Nieuwe op maat gemaakte nachtspalk via ergotherapie. Tot op heden geen heelkundige ingreep. Indien "
         "onvoldoende beterschap na drie maanden kan een trapeziectomie met ligamentplastie overwogen worden; "
         "patiënte verkiest in dat geval een ingreep dichter bij huis in Nederland."),
    ]:
        story.append(Paragraph(h_, st["h3"]))
        story.append(Paragraph(t_, st["body"]))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Met collegiale groeten,", st["body"]))
    story.append(Spacer(1, 16))
    story.append(Paragraph("dr. Pieter-Jan Vanhoutte<br/>orthopedisch chirurg – handchirurgie<br/>RIZIV 1-44820-77-580",
                           st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="raadpleging")


# ---------------------------------------------------------------------------
# vf-011  Belgian ultrasound report
# ---------------------------------------------------------------------------
@doc("vf-011", "pdf", dict(
    kinds=["imaging-report"], date="2026-03-17", author="radiologist", language="nl",
    style="Belgian 'Verslag echografie', dienst medische beeldvorming, Besluit, electronic validation",
    imaging_done="yes", operated="unmentioned", treated_abroad="yes",
    notes="Belgian hospital report for a patient living in Brugge (care outside NL); requester is a Belgian GP; "
          "'aspiratie kan overwogen worden' is a suggestion; date as 17/03/2026."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        c.setFillColor(colors.HexColor("#283593"))
        c.rect(20 * mm, h - 30 * mm, 3 * mm, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(26 * mm, h - 20 * mm, "AZ Zeebries")
        c.setFont("Helvetica", 8.5)
        c.drawString(26 * mm, h - 25 * mm, "campus Knokke – Dienst Medische Beeldvorming")
        c.drawString(26 * mm, h - 29 * mm, "Kustlaan 288, 8300 Knokke-Heist  ·  +32 50 63 90 00")
        c.setFont("Helvetica", 7)
        c.drawRightString(w - 20 * mm, 12 * mm, "1/1")
    story = []
    story.append(kv_table([("Patiënt", "MAAS Jeroen  (M)  °27/09/1994"),
                           ("Adres", "Langestraat 102, 8000 Brugge"),
                           ("Aanvragende arts", "Dr. Sofie Claeys, huisarts, Brugge"),
                           ("Onderzoek", "Echografie pols rechts"),
                           ("Datum", "17/03/2026"),
                           ("Dossiernr.", "ZB 2611 0480")], [38 * mm, 132 * mm], st))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Verslag echografie", st["h2"]))
    story.append(Paragraph("<b>Inlichtingen:</b> zwelling dorsale zijde pols rechts sinds 3 maanden, pijn bij steun "
                           "(push-ups). Ganglion?", st["body"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph(
        "Aan de dorsale zijde van de rechterpols, ter hoogte van het scafolunair interval, een goed begrensde, "
        "multiloculaire anechogene structuur van 17 x 9 x 11 mm met fijne septa, zonder interne doppleractiviteit, "
        "met een smalle steel richting het scafolunair ligament. Geen tenosynovitis van de extensorpezen. "
        "Normaal aspect van het dorsale deel van het scafolunair ligament voor zover beoordeelbaar. Geen "
        "gewrichtsvocht in het radiocarpaal gewricht.", st["bodyj"]))
    story.append(Spacer(1, 4))
    story.append(Paragraph("<b>Besluit:</b>", st["body"]))
    story.append(Paragraph("Dorsaal polsganglion rechts uitgaande van het scafolunair interval. Echogeleide aspiratie "
                           "kan overwogen worden.", st["body"]))
    story.append(Spacer(1, 14))
    story.append(Paragraph("dr. Hanne Verstraete, radioloog<br/><i>elektronisch gevalideerd 17/03/2026 16:18</i>", st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 38 * mm, 20 * mm), title="Verslag")


# ---------------------------------------------------------------------------
# vf-012  faxed GP referral letter, 2 pages, fax header, hyphenation
# ---------------------------------------------------------------------------
@doc("vf-012", "pdf", dict(
    kinds=["referral"], date="2026-10-13", author="gp", language="nl",
    style="faxed free GP letter, Courier, fax header line on every page, hyphenated line breaks",
    referral_question=True, imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
    notes="Fax send date (14-10-2026) differs from the letter date; words broken with hyphens across lines; "
          "short 'voorgeschiedenis' without recent treatments (referral only); excision is a question."))
def _(path):
    w, h = A4
    def hdr(c, p):
        c.setFont("Courier", 8)
        c.drawString(12 * mm, h - 8 * mm, "14/10/2026 08:47   +31 76 5550193   HAP GINNEKEN-ZUID BREDA        P.%03d/002" % p)
        if p == 1:
            c.setFont("Courier-Bold", 12)
            c.drawString(25 * mm, h - 24 * mm, "Huisartsenpraktijk Ginneken-Zuid")
            c.setFont("Courier", 9)
            c.drawString(25 * mm, h - 29 * mm, "R. van Heijst & S.E. Kooijmans, huisartsen")
            c.drawString(25 * mm, h - 33 * mm, "Ulvenhoutselaan 211, 4835 MC Breda   tel 076-5550190")
            return h - 50 * mm
        return h - 25 * mm
    tw = Typewriter(path, on_page=hdr, bottom=20 * mm, title="fax")
    F, S = "Courier", 10.5
    L = 25 * mm
    W = 140 * mm
    for s in ["Aan: Kliniek voor Hand- en Polschirurgie Brabant", "     t.a.v. afdeling second opinion",
              "     Postbus 9120, 5000 HC Tilburg", ""]:
        tw.line(L, s, F, S)
    tw.line(L, "Breda, 13 oktober 2026", F, S)
    tw.gap(6)
    tw.line(L, "Betreft: mw. J. Peeters-Aarts, geb. 19-06-1972", "Courier-Bold", S)
    tw.line(L, "         Heuvelbrink 7, 4836 BK Breda", F, S)
    tw.gap(8)
    tw.para(L, W, "Geachte collega,", F, S, after=6)
    text = [
        "Hierbij verwijs ik bovengenoemde patiënte naar uw kliniek voor een second opinion. Mevrouw "
        "Peeters heeft sinds het voorjaar een pijnlijke zwelling aan de radiale zijde van de linkerpols. "
        "Zij werkt als kapster en heeft vooral last bij het knippen en föhnen. De klachten zijn "
        "geleidelijk ontstaan, zonder trauma.",
        "Bij onderzoek een elastische, licht drukpijnlijke zwelling van ongeveer 1,5 cm aan de volaire "
        "radiale zijde, net proximaal van de polsplooi, niet pulserend. Finkelstein twijfelachtig "
        "positief. Een röntgenfoto van de pols links, die ik in september liet maken, toonde geen ossale "
        "afwijkingen en geen tekenen van artrose.",
        "Zij is in juli gezien door een chirurg in het ziekenhuis in onze regio die een volair "
        "polsganglion diagnosticeerde en een afwachtend beleid adviseerde. Patiënte is daar niet "
        "gerustgesteld door: de pijn neemt toe en zij verzuimt regelmatig van haar werk. Een "
        "fysiotherapeutisch traject van zes weken heeft geen verbetering gegeven.",
        "Voorgeschiedenis: hypertensie, diabetes mellitus type 2 (orale medicatie, goed ingesteld), "
        "cholecystectomie 2011.",
        "Medicatie: metformine 500 mg 2dd1, amlodipine 5 mg 1dd1.",
        "Allergieën: geen bekend.",
        "Mijn vraag aan u: is hier werkelijk sprake van een ganglion, of gaat het om een tendovaginitis "
        "van de eerste extensorloge of een andere oorzaak? En zo het een ganglion betreft: is excisie "
        "zinvol, gezien de klachten en haar beroep? Graag uw beoordeling en advies.",
        "Patiënte heeft zelf om deze second opinion gevraagd; zij is op de hoogte van de "
        "wachttijd en de mogelijkheid dat u aanvullende gegevens opvraagt bij het ziekenhuis. De "
        "brief van de chirurg van juli heb ik nog niet ontvangen; die zal zij zelf meenemen.",
        "Patiënte is telefonisch het best bereikbaar na 17.00 uur (06-28 44 17 09).",
    ]
    for t in text:
        tw.para(L, W, t, F, S, after=6)
    tw.gap(4)
    tw.para(L, W, "Met vriendelijke groet,", F, S, after=20)
    tw.para(L, W, "R. van Heijst, huisarts\nAGB 01-047712", F, S)
    assert tw.page == 2, tw.page
    tw.save()


# ---------------------------------------------------------------------------
# vf-013  German lab report (other lab: blood, serology) – not a required kind
# ---------------------------------------------------------------------------
@doc("vf-013", "pdf", dict(
    kinds=[], date="2026-02-17", also_dates=["2026-02-16"], author="lab", language="de",
    style="German Laborbefund (MVZ), results table with reference ranges and flags",
    imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
    notes="Other lab results (blood count, CRP, rheumatoid serology) – not MRSA; clinical question "
          "mentions hand joints; German lab and GP, no hospital care described, so treated_abroad unmentioned."))
def _(path):
    st = styles("Helvetica", 8.5)
    def page(c, d):
        w, h = A4
        logo(c, "squares", w - 35 * mm, h - 30 * mm, 14 * mm, col=colors.HexColor("#c62828"),
             col2=colors.HexColor("#ef9a9a"))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, h - 20 * mm, "MVZ Labor Dr. Kessel & Partner")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, h - 25 * mm, "Laboratoriumsmedizin · Mikrobiologie · Transfusionsmedizin")
        c.drawString(20 * mm, h - 29 * mm, "Pascalstraße 17 · 52076 Aachen · Tel. +49 241 990 17-0")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 12 * mm, "Akkreditiert nach DIN EN ISO 15189 · D-ML-19044-02-00")
        c.drawRightString(w - 20 * mm, 12 * mm, "Seite 1/1")
    story = []
    story.append(Table([[kv_table([("Einsender", "Praxis Dr. med. B. Horstmann"), ("", "Fachärztin für Allgemeinmedizin"),
                                   ("", "Vaalser Straße 301, 52074 Aachen")], [20 * mm, 65 * mm], st, pad=1),
                         kv_table([("Patient", "Lenssen, Marco"), ("geb.", "23.02.1970"), ("Auftrag", "2602160418"),
                                   ("Abnahme", "16.02.2026 08:10"), ("Befund", "17.02.2026 11:32")],
                                  [20 * mm, 55 * mm], st, pad=1)]],
                       colWidths=[88 * mm, 82 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("ENDBEFUND", st["h2"]))
    story.append(Paragraph("Klinische Angaben: Schwellung MCP II/III beidseits, Morgensteifigkeit ca. 1 h. "
                           "V.a. rheumatoide Arthritis? DD Gicht.", st["body"]))
    story.append(Spacer(1, 4))
    data = [["Untersuchung", "Ergebnis", "", "Einheit", "Referenzbereich"],
            ["Leukozyten", "9,8", "", "/nl", "3,9 – 10,2"],
            ["Erythrozyten", "4,51", "", "/pl", "4,3 – 5,8"],
            ["Hämoglobin", "13,1", "L", "g/dl", "13,5 – 17,2"],
            ["Hämatokrit", "39,0", "L", "%", "39,5 – 50,5"],
            ["MCV", "86", "", "fl", "80 – 99"],
            ["Thrombozyten", "412", "H", "/nl", "146 – 328"],
            ["CRP", "18,4", "H", "mg/l", "< 5,0"],
            ["BSG (1 h)", "34", "H", "mm", "< 15"],
            ["Harnsäure", "5,9", "", "mg/dl", "3,5 – 7,0"],
            ["Kreatinin", "0,94", "", "mg/dl", "0,70 – 1,20"],
            ["Rheumafaktor (IgM)", "62", "H", "IU/ml", "< 14"],
            ["Anti-CCP-Ak", "> 300", "H", "U/ml", "< 17"],
            ["ANA (IFT)", "negativ", "", "", "< 1:160"],
            ["TSH", "1,82", "", "mU/l", "0,27 – 4,20"]]
    story.append(grid_table(data, [55 * mm, 25 * mm, 10 * mm, 25 * mm, 55 * mm], st,
                            zebra=colors.HexColor("#f6f6f6"), grid_color=colors.HexColor("#cccccc")))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Kommentar: Stark erhöhte Anti-CCP-Antikörper und positiver Rheumafaktor bei erhöhten "
                           "Entzündungsparametern, vereinbar mit seropositiver rheumatoider Arthritis. "
                           "Rheumatologische Vorstellung empfohlen.", st["body"]))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Technisch und medizinisch validiert: Dr. med. A. Kessel, Facharzt für Laboratoriumsmedizin",
                           st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 36 * mm, 20 * mm), title="Befund 2602160418")


# ---------------------------------------------------------------------------
# vf-014  Insurer letter
# ---------------------------------------------------------------------------
@doc("vf-014", "pdf", dict(
    kinds=[], date="2026-06-30", author="other", language="nl",
    style="health insurer letter to the patient, window-envelope address, reference block, footer",
    imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
    notes="Insurer restates that the patient was operated on her wrist; general text about care abroad "
          "is not about this patient; mentions that a GP referral is needed."))
def _(path):
    st = styles("Helvetica", 10)
    def page(c, d):
        w, h = A4
        logo(c, "leaf", 20 * mm, h - 28 * mm, 14 * mm, col=colors.HexColor("#7cb342"))
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(colors.HexColor("#33691e"))
        c.drawString(38 * mm, h - 21 * mm, "Zilverlinde")
        c.setFont("Helvetica", 9)
        c.drawString(38 * mm, h - 26 * mm, "Zorgverzekeringen")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 16 * mm, "Zilverlinde Zorgverzekeringen N.V.  ·  Postbus 3100  ·  8000 DC Zwolle  ·  "
                     "088 255 00 00  ·  KvK 05079921  ·  AFM 12000418")
        c.drawString(20 * mm, 12 * mm, "Heeft u vragen? Kijk op zilverlinde.nl/vergoedingen of bel ons op werkdagen van 8.00 tot 20.00 uur.")
    story = [Spacer(1, 10 * mm)]
    story.append(Table([[Paragraph("Mevrouw D. Hoogeveen<br/>Akkerwinde 23<br/>8265 DB Kampen", st["body"]),
                         kv_table([("Datum", "30 juni 2026"), ("Ons kenmerk", "ZL-2026-0617733"),
                                   ("Relatienummer", "771 028 553"), ("Onderwerp", "Vergoeding second opinion")],
                                  [28 * mm, 42 * mm], styles("Helvetica", 8), pad=1)]],
                       colWidths=[100 * mm, 70 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 16 * mm))
    story.append(Paragraph("Beste mevrouw Hoogeveen,", st["body"]))
    story.append(Spacer(1, 6))
    for t in [
        "Op 22 juni 2026 vroeg u ons of wij een second opinion in een handkliniek vergoeden. U schrijft dat u "
        "vorig jaar aan uw rechterpols bent geopereerd en dat u nog steeds pijn heeft. Wat vervelend voor u. "
        "Hieronder leest u wat wij vergoeden.",
        "<b>Wanneer vergoeden wij een second opinion?</b><br/>Een second opinion valt onder de basisverzekering "
        "als de second opinion gaat over zorg die onder de basisverzekering valt. U heeft wel een verwijzing nodig "
        "van uw huisarts of van uw behandelend medisch specialist. Zonder verwijzing vergoeden wij de kosten niet.",
        "<b>Eigen risico</b><br/>De second opinion valt onder uw eigen risico. Voor 2026 is het verplicht eigen "
        "risico € 385. U heeft dit jaar al € 212,40 van uw eigen risico gebruikt.",
        "<b>Gecontracteerde zorgaanbieder</b><br/>De handkliniek die u noemt heeft een contract met ons. Wij "
        "betalen de rekening dan rechtstreeks. Gaat u naar een zorgaanbieder zonder contract, dan vergoeden wij "
        "maximaal 75% van het gemiddeld gecontracteerde tarief.",
        "<b>Zorg in het buitenland</b><br/>Krijgt u zorg in het buitenland, bijvoorbeeld tijdens een vakantie? "
        "Neem dan contact op met onze alarmcentrale. Dit geldt niet voor uw situatie; wij noemen het voor de "
        "volledigheid.",
        "Wij hopen dat wij u hiermee voldoende hebben geïnformeerd.",
    ]:
        story.append(Paragraph(t, st["body"]))
        story.append(Spacer(1, 7))
    story.append(Paragraph("Met vriendelijke groet,", st["body"]))
    story.append(Spacer(1, 12))
    story.append(Paragraph("Esther Lagendijk<br/>Klantenservice Zorg", st["body"]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 30 * mm, 24 * mm), title="brief_2026-06-30")


# ---------------------------------------------------------------------------
# vf-015  Turkish private hospital discharge summary, English
# ---------------------------------------------------------------------------
@doc("vf-015", "pdf", dict(
    kinds=["correspondence"], date="2026-02-14", author="specialist", language="en",
    style="Turkish private hospital discharge summary (EPIKRIZ) in English, boxed header, dd.mm.yyyy",
    imaging_done="yes", operated="yes", treated_abroad="yes",
    notes="Procedure named with date but no operator description, so correspondence only; "
          "'MRSA screening was not performed' is a negated mention; K-wire removal is a plan."))
def _(path):
    st = styles("Helvetica", 9.5)
    def page(c, d):
        w, h = A4
        c.setFillColor(colors.HexColor("#0277bd"))
        c.circle(28 * mm, h - 22 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(28 * mm, h - 23.5 * mm, "AM")
        c.setFillColor(colors.HexColor("#0277bd"))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40 * mm, h - 20 * mm, "AKDENIZ MARIN PRIVATE HOSPITAL")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 8)
        c.drawString(40 * mm, h - 25 * mm, "Lara Cad. No: 148, 07230 Muratpasa / Antalya – TURKEY  ·  +90 242 555 44 00")
        c.drawString(40 * mm, h - 29 * mm, "International Patient Department  ·  int@akdenizmarin.com.tr")
        c.setFont("Helvetica", 7)
        c.drawCentredString(w / 2, 10 * mm, "This document was issued in English at the request of the patient.  1/1")
    story = [Paragraph("EPIKRIZ / DISCHARGE SUMMARY", st["h1"]), Spacer(1, 3)]
    story.append(kv_table([
        ("Patient name", "Wilma HULSHOF-BRINK", "Protocol no", "2026/004417"),
        ("Date of birth", "05.03.1958", "Nationality", "Netherlands"),
        ("Passport", "NX7H41P22", "Department", "Orthopaedics and Traumatology"),
        ("Admission", "10.02.2026", "Discharge", "14.02.2026"),
    ], [28 * mm, 55 * mm, 28 * mm, 59 * mm], st, grid=True, label_bg=colors.HexColor("#e1f5fe")))
    story.append(Spacer(1, 8))
    for h_, t_ in [
        ("Complaint", "Pain and deformity of the left wrist after a fall on the wet floor of the hotel restaurant "
                      "on 10.02.2026."),
        ("Diagnosis", "Left distal radius fracture, extra-articular, dorsally displaced (Colles type) (ICD-10 S52.5)"),
        ("Examinations", "X-ray left wrist AP/lateral (10.02.2026): dorsally angulated distal radius fracture with "
                         "shortening. CT left wrist (10.02.2026): no intra-articular extension. Post-operative "
                         "X-ray (11.02.2026): acceptable reduction, wires in place. Blood tests within normal limits."),
        ("Treatment", "Closed reduction and percutaneous K-wire fixation (3 wires) under general anaesthesia on "
                      "11.02.2026. Short arm cast. IV cefazolin prophylaxis. Analgesia."),
        ("Course", "Uneventful. Patient mobilised on day 1. Neurovascular status of the hand normal at discharge."),
        ("Recommendations", "Elevation of the arm. Cast and wires to remain 5-6 weeks. Removal of K-wires and "
                            "X-ray control in her home country (Netherlands) by an orthopaedic or hand surgeon. "
                            "MRSA screening was not performed during this admission. Fit to fly with cast."),
        ("Medication", "Paracetamol 500 mg 2x2 tablets, Dexketoprofen 25 mg 2x1 for 5 days, Enoxaparin 40 mg "
                       "s.c. once daily for 7 days."),
    ]:
        story.append(kv_table([(h_, t_)], [35 * mm, 135 * mm], st, pad=2))
    story.append(Spacer(1, 14))
    story.append(Table([[Paragraph("Antalya, 14.02.2026", st["body"]),
                         Paragraph("Op. Dr. Mehmet KAYA<br/>Orthopaedics and Traumatology Specialist<br/>Diploma no 88412",
                                   st["body"])]], colWidths=[85 * mm, 85 * mm]))
    build(path, story, first=page, margins=(20 * mm, 20 * mm, 38 * mm, 20 * mm), title="Epikriz")
