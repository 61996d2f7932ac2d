"""tr-009 .. tr-015: reportlab PDFs (table forms, Belgian letter, HIS printout, checkbox form,
translated Turkish epicrisis, appointment letter, two-column MRI report)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, FrameBreak, PageBreak, NextPageTemplate)
from common import label, out, wrap_draw, logo_image, set_meta

W, H = A4


# =========================================================================== tr-009
def tr009():
    stem = "tr-009"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=8.5, leading=10.5)
    bd = ParagraphStyle("bb", parent=st, fontName="Helvetica-Bold", fontSize=7.5,
                        textColor=colors.HexColor("#003087"))
    hw = ParagraphStyle("hw", parent=st, fontName="LibSans-Italic", fontSize=9.5, leading=12)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(15 * mm, H - 12 * mm, "North Pennine Hospitals NHS Trust")
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, H - 16 * mm, "Dales Treatment Centre · Day Surgery Unit · Theatre 3")
        c.drawRightString(W - 15 * mm, H - 12 * mm, "Form OPN-02 (rev. 2025)")
        c.drawRightString(W - 15 * mm, 8 * mm, "Page 1 of 1  –  file in notes, copy to GP")
        c.restoreState()

    def L(t):
        return Paragraph(t.upper(), bd)

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=22 * mm, bottomMargin=15 * mm, title="Operation Note")
    data = [
        [Paragraph("<b>OPERATION NOTE</b>", ParagraphStyle("t", fontName="Helvetica-Bold",
                                                            fontSize=14, leading=16)), "", "", ""],
        [L("Patient name"), Paragraph("ASHWORTH, Gemma", st), L("Date of birth"),
         Paragraph("30/11/1973", st)],
        [L("NHS number"), Paragraph("471 903 2218", st), L("Hospital no."), Paragraph("NP0093817", st)],
        [L("Date of operation"), Paragraph("03/04/2026", st), L("Time in / out"),
         Paragraph("10:12 / 10:31", st)],
        [L("Surgeon"), Paragraph("Miss C. Pryce-Ellis, Consultant", st), L("Assistant"),
         Paragraph("Dr T. Oyelaran (ST4)", st)],
        [L("Anaesthetist"), Paragraph("none – WALANT", st), L("Anaesthetic"),
         Paragraph("Local: 8 ml 1% lidocaine + 1:200,000 adrenaline", st)],
        [L("Pre-op diagnosis"), Paragraph("Trigger finger L ring finger (Green grade 3)", st), "", ""],
        [L("Procedure"), Paragraph("Open A1 pulley release, left ring finger", st), "", ""],
        [L("Indication"), Paragraph("Locking >6 months, failed 2 steroid injections "
                                    "(09/2025, 12/2025)", st), "", ""],
        [L("Findings"), Paragraph("Thickened A1 pulley with nodule on FDS/FDP. Full active excursion "
                                  "after release, no residual triggering on active flexion.", st), "", ""],
        [L("Procedure details"),
         Paragraph("WHO checklist done. Site marked. Transverse incision at distal palmar crease over "
                   "ring finger ray. Blunt dissection, NV bundles protected both sides. A1 pulley divided "
                   "longitudinally under direct vision. A2 preserved. Patient asked to flex & extend – "
                   "no triggering. Haemostasis. Skin 4/0 Ethilon interrupted x3.", hw), "", ""],
        [L("Tourniquet"), Paragraph("None (WALANT)", st), L("Blood loss"), Paragraph("minimal", st)],
        [L("Implants"), Paragraph("nil", st), L("Specimens"), Paragraph("nil", st)],
        [L("Complications"), Paragraph("nil", st), L("VTE prophylaxis"), Paragraph("not required", st)],
        [L("Post-op instructions"),
         Paragraph("Light dressing. Keep clean and dry 48 h, then may get wet. Move finger "
                   "fully from today. Removal of sutures 10-14 days at GP surgery (practice nurse). "
                   "Hand therapy not required. No routine follow-up – PIFU 3 months.", hw), "", ""],
        [L("Signature"), Paragraph("<i>C Pryce-Ellis</i>", hw), L("GMC no."), Paragraph("7104432", st)],
    ]
    t = Table(data, colWidths=[34 * mm, 62 * mm, 30 * mm, 54 * mm])
    span_rows = [0, 6, 7, 8, 9, 10, 14]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#003087")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf7"))]
    for r in span_rows:
        style.append(("SPAN", (1, r), (3, r)) if r else ("SPAN", (0, 0), (3, 0)))
    t.setStyle(TableStyle(style))
    doc.build([t, Spacer(1, 4 * mm),
               Paragraph("Copy: GP – Dr S. Nuttall, Fellside Surgery, Kendal LA9 4RT", st)],
              onFirstPage=page)
    label(stem, ["operation-report"], "2026-04-03", "specialist", "en",
          "UK NHS 'Operation Note' boxed table form, italic 'handwritten' fields",
          "unmentioned", "yes", "yes",
          "Every field is a table cell; labels in small caps in their own cells. Written by a UK "
          "hospital that operated, so treated abroad; nothing in the text says 'abroad'. "
          "'Anaesthetist: none', 'Hand therapy not required', 'Implants nil' negations of other "
          "things. Earlier injection dates in 2025.")


# =========================================================================== tr-010
def tr010():
    stem = "tr-010"
    st = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=5)
    sm = ParagraphStyle("s", parent=st, fontSize=8, leading=10, spaceAfter=0)
    logo = logo_image(["AZ Sint-Lodewijk", "campus Brugge"], color=(150, 20, 60), size=(900, 200),
                      mark="bars")

    def page(c, d):
        c.saveState()
        c.drawImage(logo, 20 * mm, H - 30 * mm, width=60 * mm, height=13 * mm)
        c.setFont("LibSans", 7.5)
        c.drawRightString(W - 20 * mm, H - 16 * mm, "Dienst Orthopedie & Traumatologie")
        c.drawRightString(W - 20 * mm, H - 20 * mm, "Raadpleging handchirurgie – route 112")
        c.drawRightString(W - 20 * mm, H - 24 * mm, "tel. +32 50 45 91 12")
        c.setFont("LibSans", 7)
        c.drawString(20 * mm, 10 * mm, "Ruddershove 10, 8000 Brugge · RIZIV 7-10412-24-580 · "
                     "www.azsintlodewijk.be")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=38 * mm, bottomMargin=20 * mm, title="Verslag raadpleging")
    s = [Table([["", Paragraph("Dokter M. de Kraker<br/>Huisartsenpraktijk Oostburg<br/>Nieuwstraat 31<br/>"
                               "4501 BD Oostburg<br/>NEDERLAND", st)]], colWidths=[90 * mm, 76 * mm]),
         Spacer(1, 6 * mm),
         Paragraph("Brugge, 24/09/2026", st),
         Paragraph("<b>Betreft:</b> Mevrouw De Smet-Vermeulen Ilse, °03/05/1958<br/>"
                   "Eindeweg 8, 4503 AK Groede (NL) – uw patiënte", st),
         Paragraph("Geachte collega,", st),
         Paragraph("Hierbij verslag van de raadpleging van uw patiënte op 24/09/2026.", st),
         Paragraph("Patiënte werd op 27/08/2026 gezien op onze spoedgevallendienst na een val met de "
                   "fiets in Sluis–Damme (fietsvakantie). RX van de rechterpols toonde geen fractuur; "
                   "er werd een gipsspalk aangelegd. Bij controle vandaag nog pijn ulnair, vooral bij "
                   "ondersteunen en bij pronatie-supinatie.", st),
         Paragraph("<b>Klinisch onderzoek:</b> lichte zwelling ulnair, drukpijn fovea, positieve "
                   "ulnocarpale stresstest, DRUG stabiel. Goede beweeglijkheid.", st),
         Paragraph("<b>Technische onderzoeken:</b> RX rechterpols 27/08 en controle-RX vandaag: geen "
                   "fractuur, ulna-variantie neutraal, geen artrose.", st),
         Paragraph("<b>Besluit:</b> distorsie rechterpols met vermoeden van TFCC-letsel.", st),
         Paragraph("<b>Beleid:</b> er werd geen ingreep uitgevoerd. Polsbrace gedurende 4 weken, "
                   "daarna kinesitherapie. Indien aanhoudende klachten stellen wij een NMR of "
                   "arthro-CT voor; patiënte verkiest dit eventueel in Nederland te laten doen. "
                   "Een arthroscopie kan later nog besproken worden.", st),
         Paragraph("Nieuwe raadpleging op vraag.", st),
         Spacer(1, 4 * mm),
         Paragraph("Met collegiale groeten,", st), Spacer(1, 8 * mm),
         Paragraph("Dr. Pieter Vanhoutte<br/>Orthopedisch chirurg", st),
         Spacer(1, 4 * mm),
         Paragraph("Kopie: patiënte · Dr. A. Claeys (spoedgevallen)", sm),
         Paragraph("Gedicteerd 24/09/2026 – getypt 25/09/2026 (AVH)", sm)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["correspondence"], "2026-09-24", "specialist", "nl",
          "Belgian consultation letter (AZ, Flemish wording), logo as image",
          "yes", "no", "yes",
          "Belgian hospital: Flemish terms (raadpleging, spoedgevallendienst, Besluit, RX, NMR, "
          "kinesitherapie), '°' birth date, 4-digit postcode, +32. Hospital name only in the logo "
          "image; 'Brugge' in address. 'er werd geen ingreep uitgevoerd' negation; NMR/arthroscopy "
          "only proposed. Dictated vs typed date.", also=["2026-09-25"])


# =========================================================================== tr-011
def tr011():
    stem = "tr-011"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=8.5, leading=10.8)
    bd = ParagraphStyle("bb", parent=st, fontName="Helvetica-Bold")
    hd = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", fontSize=10, spaceBefore=8,
                        spaceAfter=3)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, H - 10 * mm, "Gezondheidscentrum Lunetten-Zuid  ·  huisarts "
                     "H.A. Roelofs  ·  AGB 01-077203")
        c.drawRightString(W - 15 * mm, H - 10 * mm, "Datum uitdraai: 27-11-2026 16:48")
        c.drawString(15 * mm, H - 14 * mm, "Patiënt: Baars, Tessa (V)  geb. 05-06-1988  "
                     "BSN 1904 66 812")
        c.line(15 * mm, H - 16 * mm, W - 15 * mm, H - 16 * mm)
        c.drawString(15 * mm, 8 * mm, "Medicom HIS  ·  Vertrouwelijk – uitsluitend voor de "
                     "geadresseerde")
        c.drawRightString(W - 15 * mm, 8 * mm, f"Pagina {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=22 * mm, bottomMargin=15 * mm, title="Professionele samenvatting",
                            creator="Medicom")
    s = [Paragraph("PROFESSIONELE SAMENVATTING", ParagraphStyle("t", parent=bd, fontSize=13,
                                                                leading=16)),
         Paragraph("Aan: Handkliniek Amstelhof, t.a.v. intake second opinion &nbsp;&nbsp; "
                   "Opgesteld door: H.A. Roelofs, huisarts", st),
         Paragraph("Episodelijst (actief en relevant inactief)", hd)]
    ep = [["ICPC", "Omschrijving", "Begin", "Eind", "Attentie"],
          ["L87", "Ganglion pols links (dorsaal)", "14-01-2026", "", "*"],
          ["L93", "Epicondylitis lateralis rechts", "03-2025", "09-2025", ""],
          ["L96", "Meniscusletsel knie rechts, st.n. artroscopie", "2018", "2018", ""],
          ["W82", "Miskraam", "2021", "2021", ""],
          ["T90.2", "Diabetes mellitus type 2 (dieet)", "01-2025", "", "*"],
          ["A97", "Geen ziekte – reizigersadvies", "05-2026", "05-2026", ""],
          ["R96", "Astma (kinderleeftijd)", "1995", "2004", ""],
          ["S88", "Contacteczeem (pleister)", "01-2025", "02-2025", ""]]
    t = Table(ep, colWidths=[15 * mm, 85 * mm, 22 * mm, 22 * mm, 16 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")])]))
    s += [t, Paragraph("Medicatie (actueel)", hd),
          Paragraph("metformine 500 mg 2dd1 — sinds 01-2025 (gestaakt 07-2025, dieet)<br/>"
                    "paracetamol 500 mg z.n. max 6dd1<br/>diclofenac gel 1% 3dd op pols z.n.", st),
          Paragraph("Allergieën / contra-indicaties", hd),
          Paragraph("Pleister-allergie (huidreactie). Geen geneesmiddelallergie bekend.", st),
          Paragraph("Journaal (selectie, relevante episodes, nieuwste eerst)", hd)]
    journal = [
        ("25-11-2026", "L87", "S: wil second opinion, vindt de uitleg bij plastische chirurgie niet "
         "duidelijk, wil weten of excisie echt nodig is of dat aspireren nog kan. Zwelling wisselt, "
         "pijn bij steunen (yoga). O: zwelling dorsaal li pols 1,5 cm, fluctueert, goed afgrensbaar. "
         "E: ganglion dorsaal pols li, recidief na aspiratie. P: verwijzing via ZorgDomein, "
         "samenvatting mee."),
        ("04-11-2026", "L87", "Brief specialist ontvangen: plastische chirurgie Diakonessen-Oost "
         "(dr. Faber) d.d. 29-10: excisie dorsaal ganglion aangeboden onder plexus, pt wil bedenktijd. "
         "Echo 10-2026 bevestigt ganglion vanuit SL-ligament, 14 x 9 mm."),
        ("16-10-2026", "L87", "Echo pols li verricht in Diakonessen-Oost (zie brief)."),
        ("02-09-2026", "L87", "S: zwelling terug sinds 3 wk. Net terug van vakantie Spanje "
         "(Andalusië); daar geen klachten gehad en geen arts bezocht. O: ganglion 1 cm. E: recidief. "
         "P: verwijzing plastische chirurgie."),
        ("19-05-2026", "A97", "Reizigersadvies Spanje, DTP up-to-date. Geen bijz."),
        ("12-03-2026", "L87", "S: controle. O: ganglion weg na aspiratie. E/P: afwachten, terug z.n."),
        ("20-02-2026", "L87", "Aspiratie ganglion li (18G), 1,5 ml helder gelei-achtig vocht. "
         "Geen injectie corticosteroïd. Drukverband 24 uur."),
        ("14-01-2026", "L87", "S: sinds 2 mnd bultje pols li, pijn bij yoga (downward dog). Moeder "
         "heeft ook een ganglion gehad, is daar destijds aan geopereerd. O: soepele zwelling dorsaal "
         "1,8 cm, transilluminatie +. Geen sensibiliteitsstoornis. E: ganglion. P: uitleg, afwachten "
         "of aspiratie; pt kiest aspiratie, afspraak."),
        ("07-11-2025", "T90.2", "DM-controle POH: HbA1c 46, gewicht 78 kg, lengte 1,70 m. Goed "
         "gereguleerd op dieet."),
        ("22-09-2025", "L93", "Klachten epicondylitis vrijwel weg. Episode gesloten."),
        ("10-06-2025", "L93", "S: nog pijn laterale elleboog re. P: fysiotherapie 6x, brace."),
        ("18-03-2025", "L93", "S: pijn elleboog re bij tillen, werkt als planner. O: drukpijn "
         "epicondylus lat., Cozen +. E: epicondylitis lat re. P: uitleg, ontzien, 6 wk afwachten."),
        ("04-03-2025", "T90.2", "DM-controle POH: HbA1c 49, gewicht 81 kg. Leefstijladvies, "
         "beweegprogramma via gemeente. Voetonderzoek: sensibiliteit intact, Simm's 0."),
        ("13-02-2025", "R74", "S: 4 dg keelpijn, koorts 38,4. O: tonsillen rood, geen beslag, "
         "Centor 2. E: virale FLI. P: paracetamol, terug bij verergering."),
        ("08-01-2025", "T90.2", "Uitslag lab: nuchter glucose 7,4; HbA1c 51. E: DM2. P: start "
         "metformine 500 mg 2dd1; na 6 mnd evalueren, evt. stoppen bij dieet-succes."),
        ("06-01-2025", "S88", "Contacteczeem onderarm na pleister (bij bloedafname). Allergie "
         "vastgelegd. Hydrocortison 1% crème 2dd 1 wk."),
        ("03-01-2025", "L96", "Controle knie re na artroscopie (2018): geen klachten meer, "
         "episode gesloten. Pt sport weer (hardlopen, yoga)."),
        ("02-01-2025", "T90.2", "S: dorst, moe. O: gewicht 84 kg, RR 132/84. P: lab glucose + "
         "HbA1c, leefstijl besproken. Nacontrole na miskraam (2021) besproken: kinderwens, "
         "foliumzuur."),
        ("02-01-2025", "A97", "Reizigersadvies Marokko (familiebezoek) – afgezegd, reis niet "
         "doorgegaan."),
    ]
    rows = [["Datum", "Ep.", "Regel"]] + [[d, e, Paragraph(r, st)] for d, e, r in journal]
    jt = Table(rows, colWidths=[20 * mm, 12 * mm, 148 * mm], repeatRows=1)
    jt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8),
                            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.2, colors.grey)]))
    s += [jt, Paragraph("Verrichtingen", hd),
          Paragraph("20-02-2026 Aspiratie/injectie gewricht of pees (13024)<br/>"
                    "2018 Artroscopie knie re (ziekenhuis, elders)", st),
          Paragraph("Uitslagen", hd),
          Paragraph("07-11-2025 HbA1c 46 mmol/mol; creat 68; eGFR &gt;90<br/>"
                    "Geen beeldvorming vastgelegd in HIS anders dan via specialistenbrief.", st),
          Spacer(1, 6 * mm),
          Paragraph("Einde samenvatting. Voor volledig journaal: op verzoek.", st)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["history"], "2026-11-27", "gp", "nl",
          "HIS 'Professionele samenvatting' (Medicom-like), episode table + journal table, "
          "repeated header with print date",
          "yes", "unmentioned", "no",
          "Two-page table printout with repeated header (print date + birth date on every "
          "page), journal table continues on page 2. Excision only offered; aspiration is not an operation; mother's operation and "
          "knee arthroscopy 2018 are other person/body part. Holiday in Spain explicitly without "
          "care. Echo mentioned twice; 'Geen beeldvorming vastgelegd in HIS anders dan ...' looks "
          "like a negation but imaging was done.")


# =========================================================================== tr-012
def tr012():
    stem = "tr-012"
    c = canvas.Canvas(out(stem, "pdf"), pagesize=A4)
    set_meta(c, "Aanvraagformulier", "", "FormPrint 3")

    def box(x, y, checked=False, lab=""):
        c.rect(x, y - 0.5 * mm, 3.2 * mm, 3.2 * mm)
        if checked:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 0.5 * mm, y, "X")
        c.setFont("Helvetica", 8.5)
        c.drawString(x + 5 * mm, y, lab)

    c.setFont("Helvetica-Bold", 12)
    c.drawString(15 * mm, H - 16 * mm, "AANVRAAGFORMULIER BEELDVORMENDE DIAGNOSTIEK")
    c.setFont("Helvetica", 8)
    c.drawString(15 * mm, H - 21 * mm, "Eerstelijns Diagnostisch Centrum Kennemerduin  ·  "
                 "Röntgen & Echografie  ·  Zijlweg 301, 2015 CP Haarlem  ·  023-5 44 99 00")
    c.drawString(15 * mm, H - 25 * mm, "Inloop röntgen ma-vr 8.00-17.00 · echo op afspraak · "
                 "neem dit formulier en uw legitimatie mee")
    c.rect(15 * mm, H - 70 * mm, 88 * mm, 40 * mm)
    c.rect(107 * mm, H - 70 * mm, 88 * mm, 40 * mm)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(17 * mm, H - 34 * mm, "PATIËNT (sticker)")
    c.drawString(109 * mm, H - 34 * mm, "AANVRAGER (stempel)")
    c.setFont("Helvetica", 9)
    for i, t in enumerate(["Mw. N. el Amrani", "geb. 18-10-1979", "Kleverlaan 88, 2023 JB Haarlem",
                           "BSN 2231 58 907 · verz. ZorgSaam"]):
        c.drawString(17 * mm, H - 40 * mm - i * 5 * mm, t)
    for i, t in enumerate(["Huisartsenpraktijk Kleverpark", "K. Dijkhuizen, huisarts",
                           "AGB 01-061189", "Kleverparkweg 2, Haarlem  023-5 27 31 31"]):
        c.drawString(109 * mm, H - 40 * mm - i * 5 * mm, t)
    y = H - 80 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, y, "Onderzoek")
    y -= 6 * mm
    box(15 * mm, y, False, "Röntgen thorax")
    box(60 * mm, y, False, "Röntgen wervelkolom")
    box(110 * mm, y, False, "Röntgen knie/heup")
    y -= 6 * mm
    box(15 * mm, y, False, "Röntgen hand/pols")
    box(60 * mm, y, True, "Echo pols / hand")
    box(110 * mm, y, False, "Echo schouder")
    y -= 6 * mm
    box(15 * mm, y, False, "Echo abdomen")
    box(60 * mm, y, False, "DEXA")
    box(110 * mm, y, False, "Anders: ..................")
    y -= 9 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, y, "Zijde")
    box(40 * mm, y, False, "links")
    box(60 * mm, y, True, "rechts")
    box(80 * mm, y, False, "beide")
    y -= 10 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, y, "Klinische gegevens")
    y = wrap_draw(c, "zwelling dorsoradiaal pols re sinds ± 6 wk, geen trauma. Pijn bij "
                  "extensie. Crepitatie? Pt werkt achter pc.", 55 * mm, y, 140 * mm, "LibSans-Italic",
                  10, 12.5) - 3 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, y, "Vraagstelling")
    y = wrap_draw(c, "ganglion?  tendovaginitis (intersectie)?", 55 * mm, y, 140 * mm,
                  "LibSans-Italic", 10, 12.5) - 4 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, y, "Eerder beeldvormend onderzoek van dit gebied")
    box(100 * mm, y, False, "ja, waar/wanneer: ............")
    box(160 * mm, y, True, "nee")
    y -= 7 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, y, "Zwangerschap")
    box(55 * mm, y, False, "ja")
    box(70 * mm, y, True, "nee")
    box(85 * mm, y, False, "n.v.t.")
    c.drawString(110 * mm, y, "Contrastallergie")
    box(145 * mm, y, False, "ja")
    box(160 * mm, y, True, "nee")
    y -= 7 * mm
    c.drawString(15 * mm, y, "Pacemaker / metaal in lichaam")
    box(75 * mm, y, False, "ja")
    box(90 * mm, y, True, "nee")
    y -= 10 * mm
    c.drawString(15 * mm, y, "Uitslag naar")
    box(45 * mm, y, True, "aanvrager")
    box(75 * mm, y, False, "kopie: ..........................")
    y -= 14 * mm
    c.setFont("Helvetica", 9)
    c.drawString(15 * mm, y, "Datum aanvraag:")
    c.setFont("LibSans-Italic", 10.5)
    c.drawString(45 * mm, y, "2-12-2026")
    c.setFont("Helvetica", 9)
    c.drawString(100 * mm, y, "Handtekening aanvrager:")
    c.setFont("LibSans-Italic", 12)
    c.drawString(140 * mm, y, "KDijkhuizen")
    c.setFont("Helvetica", 6.5)
    c.drawString(15 * mm, 12 * mm, "Dit formulier is 3 maanden geldig. EDC-F-014 v7 2025. "
                 "Geen verwijzing voor specialistische zorg.")
    c.save()
    label(stem, [], "2026-12-02", "gp", "nl",
          "checkbox request form (eerstelijns diagnostiek), sticker/stempel boxes",
          "no", "unmentioned", "unmentioned",
          "Radiology request form, not a referral and not a report, although it has "
          "'Aanvrager', 'Vraagstelling' and 'Klinische gegevens'. Ticked 'nee' for earlier imaging "
          "(negation by checkbox, the X is a separate run); the requested echo is only a plan. "
          "Handwriting-like italics.")


# =========================================================================== tr-013
def tr013():
    stem = "tr-013"
    st = ParagraphStyle("b", fontName="DejaVu", fontSize=9, leading=12, spaceAfter=3)
    bd = ParagraphStyle("bb", parent=st, fontName="DejaVu-Bold")
    sm = ParagraphStyle("s", parent=st, fontSize=7.5, leading=9.5)

    def page(c, d):
        c.saveState()
        c.setFont("DejaVu-Bold", 11)
        c.drawCentredString(W / 2, H - 14 * mm, "ÖZEL AKDENİZ ŞİFA HASTANESİ")
        c.setFont("DejaVu", 8)
        c.drawCentredString(W / 2, H - 18.5 * mm, "Private Akdeniz Şifa Hospital · Güzeloba Mah. "
                            "Lara Cad. No: 212 · 07230 Muratpaşa / ANTALYA · +90 242 310 44 00")
        c.line(15 * mm, H - 21 * mm, W - 15 * mm, H - 21 * mm)
        c.setFont("DejaVu", 7)
        c.drawString(15 * mm, 9 * mm, "Certified translation – page %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=28 * mm, bottomMargin=18 * mm, title="Epikriz")
    info = Table([
        [Paragraph("Patient Name / Hasta Adı", bd), Paragraph("MEIJER, Rutger", st),
         Paragraph("Protocol No", bd), Paragraph("2026/118342", st)],
        [Paragraph("Date of Birth", bd), Paragraph("21.04.1964", st),
         Paragraph("Nationality", bd), Paragraph("Netherlands (passport)", st)],
        [Paragraph("Admission Date", bd), Paragraph("12.10.2026", st),
         Paragraph("Discharge Date", bd), Paragraph("15.10.2026", st)],
        [Paragraph("Department", bd), Paragraph("Orthopaedics and Traumatology", st),
         Paragraph("Insurance", bd), Paragraph("Travel insurance (assistance case 88-TR-20731)", st)],
    ], colWidths=[36 * mm, 50 * mm, 30 * mm, 58 * mm])
    info.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s = [Paragraph("EPİKRİZ / EPICRISIS (DISCHARGE SUMMARY)", ParagraphStyle(
        "t", parent=bd, fontSize=12, leading=15, alignment=1)), Spacer(1, 3 * mm), info,
         Spacer(1, 4 * mm),
         Paragraph("<b>Complaint:</b> pain, swelling and deformity of the right wrist after falling on "
                   "the stairs of the hotel (11.10.2026, evening).", st),
         Paragraph("<b>Diagnosis (ICD-10):</b> S52.5 Fracture of lower end of radius, right – "
                   "dorsally displaced extra-articular (Colles type)", st),
         Paragraph("<b>Examinations:</b> Direct X-ray of the right wrist (AP/lateral): dorsally "
                   "angulated distal radius fracture, ulnar styloid intact. CT right wrist 12.10.2026: "
                   "no intra-articular extension. Laboratory: CBC, biochemistry within normal limits. "
                   "ECG: sinus rhythm.", st),
         Paragraph("<b>Treatment and course:</b> The patient was admitted to our Orthopaedics ward. "
                   "On 13.10.2026 closed reduction and percutaneous fixation with 3 Kirschner wires "
                   "was performed under general anaesthesia, followed by a below-elbow cast. The "
                   "post-operative control X-ray showed acceptable alignment. No complications were "
                   "observed. Prophylactic cefazolin 1 g iv x3 was given. MRSA screening was not "
                   "performed in our hospital. The patient was discharged in good general condition "
                   "with recommendations.", st),
         Paragraph("<b>Recommendations:</b><br/>1. Arm elevation, finger exercises.<br/>2. Cast and "
                   "K-wires to be kept 5–6 weeks; removal of wires in home country (Netherlands) by "
                   "an orthopaedic surgeon.<br/>3. Control X-ray after 2 weeks.<br/>4. Paracetamol "
                   "500 mg 3x1 if needed.<br/>5. Fit to fly with cast (split cast) – medical certificate "
                   "given.", st),
         Spacer(1, 4 * mm),
         Paragraph("Antalya, 15.10.2026", st),
         Paragraph("Op. Dr. Emre Karataş<br/>Orthopaedics and Traumatology Specialist<br/>"
                   "Diploma Reg. No: 71420", st),
         Spacer(1, 6 * mm),
         Paragraph("<i>Translator's note: this is a true translation of the Turkish original "
                   "'Epikriz Raporu' presented to me. Antalya, 20.10.2026 – Sworn Translator Ayşe "
                   "Demirtaş, stamp no. 2211.</i>", sm)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["correspondence"], "2026-10-15", "specialist", "en",
          "Turkish private hospital epicrisis, certified English translation, table header",
          "yes", "yes", "yes",
          "Turkish letterhead with non-Latin-1 characters (İ, Ş). Discharge summary with a one-line "
          "procedure (no operator/description), so not labelled as operation report. Dates "
          "dd.mm.yyyy: accident, admission, operation, discharge, translation. 'MRSA screening was not "
          "performed' is a negation mention; K-wire removal is a plan.", also=["2026-10-20"])


# =========================================================================== tr-014
def tr014():
    stem = "tr-014"
    st = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=5)
    sm = ParagraphStyle("s", parent=st, fontSize=8, leading=10, spaceAfter=1)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#2f5d50"))
        c.circle(24 * mm, H - 20 * mm, 6 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LibSans-Bold", 13)
        c.drawString(33 * mm, H - 19 * mm, "Handkliniek Amstelhof")
        c.setFont("LibSans", 8)
        c.drawString(33 * mm, H - 23.5 * mm, "Laan van Kronenburg 40 · 1183 AS Amstelveen · "
                     "020-7 33 41 00 · afspraken@handkliniek-amstelhof.nl")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=40 * mm, bottomMargin=20 * mm, title="Afspraakbevestiging")
    s = [Paragraph("De heer S. Kuipers<br/>Graaf Florisstraat 9<br/>1816 KJ Alkmaar", st),
         Spacer(1, 8 * mm),
         Paragraph("Amstelveen, 30 november 2026", st),
         Paragraph("<b>Onderwerp: bevestiging afspraak second opinion</b>", st),
         Paragraph("Patiëntnummer: HA-260 4471 &nbsp;&nbsp; Geboortedatum: 01-03-1971", sm),
         Spacer(1, 3 * mm),
         Paragraph("Geachte heer Kuipers,", st),
         Paragraph("Hierbij bevestigen wij uw afspraak op de polikliniek handchirurgie:", st),
         Table([["Datum", "maandag 21 december 2026"], ["Tijd", "10:40 uur (graag 15 min eerder)"],
                ["Bij", "dr. F. Mertens, plastisch chirurg"], ["Locatie", "begane grond, balie 2"]],
               colWidths=[30 * mm, 100 * mm],
               style=[("FONT", (0, 0), (-1, -1), "LibSans", 10),
                      ("FONT", (0, 0), (0, -1), "LibSans-Bold", 10)]),
         Spacer(1, 3 * mm),
         Paragraph("Voorafgaand aan het consult wordt zo nodig een röntgenfoto van uw hand en pols "
                   "gemaakt. Komt u daarom liefst in kleding met korte mouwen.", st),
         Paragraph("<b>Wilt u het volgende meenemen of vooraf laten opsturen?</b><br/>"
                   "• uw verwijsbrief (zonder geldige verwijzing vergoedt uw zorgverzekeraar de second "
                   "opinion niet)<br/>"
                   "• een overzicht van uw medische voorgeschiedenis van de huisarts<br/>"
                   "• brieven van de specialist(en) die u eerder behandeld hebben<br/>"
                   "• operatieverslagen, als u geopereerd bent<br/>"
                   "• de CD met beelden en de verslagen van röntgen, echo, CT of MRI<br/>"
                   "• een MRSA-uitslag als u het afgelopen jaar in een buitenlands ziekenhuis bent "
                   "opgenomen of behandeld (aan te vragen via uw huisarts)<br/>"
                   "• uw medicatieoverzicht van de apotheek en een geldig legitimatiebewijs", st),
         Paragraph("Wij hebben op dit moment nog niet alle stukken ontvangen. Zolang die ontbreken "
                   "kunnen wij de afspraak helaas niet definitief maken.", st),
         Paragraph("Bent u verhinderd? Meldt u dit dan uiterlijk 48 uur van tevoren.", st),
         Spacer(1, 4 * mm),
         Paragraph("Met vriendelijke groet,", st), Spacer(1, 4 * mm),
         Paragraph("Afdeling Planning en Intake<br/>Handkliniek Amstelhof", st),
         Spacer(1, 10 * mm),
         Paragraph("Routebeschrijving en parkeren: zie achterzijde / website. Kenmerk brief: "
                   "AFSPR-BEV-07.", sm)]
    doc.build(s, onFirstPage=page)
    label(stem, [], "2026-11-30", "other", "nl",
          "clinic appointment confirmation letter with checklist",
          "unmentioned", "unmentioned", "unmentioned",
          "Names every kind (verwijsbrief, voorgeschiedenis, operatieverslagen, verslagen röntgen, "
          "MRSA-uitslag, buitenlands ziekenhuis) in a conditional checklist; none applies to this "
          "patient. X-ray is a plan ('wordt zo nodig gemaakt'). Appointment date after the letter "
          "date; birth date.")


# =========================================================================== tr-015
def tr015():
    stem = "tr-015"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.8, spaceAfter=4)
    hd = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", spaceBefore=4, spaceAfter=1,
                        textColor=colors.HexColor("#6a1b9a"))
    fn = out(stem, "pdf")
    doc = BaseDocTemplate(fn, pagesize=A4, title="MRI-verslag", creator="Agfa Enterprise Imaging")
    top = Frame(18 * mm, H - 78 * mm, W - 36 * mm, 52 * mm, id="top", showBoundary=0)
    colw = (W - 36 * mm - 8 * mm) / 2
    left = Frame(18 * mm, 22 * mm, colw, H - 102 * mm, id="l")
    right = Frame(18 * mm + colw + 8 * mm, 22 * mm, colw, H - 102 * mm, id="r")

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18 * mm, H - 15 * mm, "NOORDERZORG ZIEKENHUIS")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, H - 19.5 * mm, "Radiologie  ·  Europaweg-Zuid 1  ·  9401 RK Assen")
        c.drawRightString(W - 18 * mm, H - 15 * mm, "MRI-VERSLAG")
        c.setStrokeColor(colors.HexColor("#6a1b9a"))
        c.line(18 * mm, H - 22 * mm, W - 18 * mm, H - 22 * mm)
        c.line(W / 2, 24 * mm, W / 2, H - 82 * mm)
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 12 * mm, "Uitgeprint 03-11-2026 door BALIE-PLC  ·  "
                     "verslag definitief")
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[top, left, right], onPage=page)])
    kv = Table([
        ["Naam", "Vos, Dirk-Jan", "Onderzoeksdatum", "28-10-2026"],
        ["Geboren", "13-08-1977", "Verslagdatum", "29-10-2026"],
        ["Pat.nr.", "NZ 884 1203", "Modaliteit", "MR (3T)"],
        ["Aanvrager", "drs. H. Kiewiet, plastische chirurgie", "Onderzoek", "MRI pols links, "
                                                                           "i.v. contrast"],
        ["Kopie aan", "huisarts L. Smit, Beilen", "Acc.nr.", "NZ-MR-26-44917"],
    ], colWidths=[22 * mm, 62 * mm, 30 * mm, 60 * mm])
    kv.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                            ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
                            ("FONT", (2, 0), (2, -1), "Helvetica-Bold", 8.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s = [kv, FrameBreak(),
         Paragraph("Klinische gegevens", hd),
         Paragraph("St.n. ORIF distale radius li (palmaire plaat, 03-2025). Sindsdien ulnaire "
                   "polspijn, klik bij supinatie. Metaalverwijdering niet gewenst door pt. "
                   "Vraagstelling: TFCC-letsel? Lunotriquetraal? Ulna-impactie?", st),
         Paragraph("Techniek", hd),
         Paragraph("Coronaal PD-FS, T1, coronaal 3D-GRE, axiaal PD-FS en T2, sagittaal PD-FS; na "
                   "gadolinium coronaal T1-FS. Metaalartefact-reductie (MAVRIC). Geen eerder MRI "
                   "ter vergelijking; CT van 04-2025 niet beschikbaar in ons PACS.", st),
         Paragraph("Bevindingen", hd),
         Paragraph("Susceptibiliteitsartefacten van palmaire plaat distale radius, beperkte "
                   "beoordeelbaarheid van het radiale deel van de fossa scaphoidea. Radius "
                   "geconsolideerd, geen aanwijzingen voor loslating. Ulna-variantie +2 mm.", st),
         Paragraph("TFCC: perifeer (ulnair) scheurtje van de foveale insertie (Palmer 1B) met "
                   "vochtsignaal en aankleuring; centrale discus intact. Lig. lunotriquetrum "
                   "continu. Lig. scapholunatum intact, geen DISI.", st),
         Paragraph("Geringe beenmergoedeem proximo-ulnair in het lunatum, passend bij beginnende "
                   "ulnocarpale impactie. Geen avasculaire necrose. ECU-pees op zijn plaats, "
                   "minimale tenosynovitis. DRUG: geringe hoeveelheid vocht, geen "
                   "subluxatie. Geen ganglion.", st),
         Paragraph("Conclusie", hd),
         Paragraph("1. Foveale TFCC-scheur (Palmer 1B).<br/>2. Beginnende ulnocarpale impactie bij "
                   "positieve ulnavariantie (+2 mm), na geconsolideerde distale radiusfractuur "
                   "met plaatosteosynthese.<br/>3. Geen LT-letsel.", st),
         Spacer(1, 4 * mm),
         Paragraph("dr. J.W. Hazenberg, radioloog (MSK)<br/>29-10-2026 11:02", st)]
    doc.build(s)
    label(stem, ["imaging-report"], "2026-10-29", "radiologist", "nl",
          "two-column MRI report (BaseDocTemplate frames) with key/value table header",
          "yes", "yes", "unmentioned",
          "Body text in two columns: extraction order matters. Prior ORIF only in the clinical "
          "data ('St.n. ORIF ... 03-2025'), so operated yes. 'Geen eerder MRI ter vergelijking' is "
          "not a 'no imaging'. Exam, report, print date, birth date; requester is a plastic "
          "surgeon; 'Kopie aan' GP.", also=["2026-10-28"])


if __name__ == "__main__":
    for f in (tr009, tr010, tr011, tr012, tr013, tr014, tr015):
        f()
    print("gen_pdf_2 done")
