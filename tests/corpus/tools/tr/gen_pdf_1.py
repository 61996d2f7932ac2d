"""tr-001 .. tr-008: reportlab PDFs (canvas forms, platypus letters, tables)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image,
                                KeepTogether)
from common import label, out, wrap_draw, logo_image, set_meta

W, H = A4


# =========================================================================== tr-001
def tr001():
    stem = "tr-001"
    c = canvas.Canvas(out(stem, "pdf"), pagesize=A4)
    set_meta(c, "Verwijzing", "ZorgDomein", "ZorgDomein PDF-service")
    c.setFillColor(colors.HexColor("#0b6e99"))
    c.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(18 * mm, H - 13 * mm, "Second opinion handchirurgie")
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 18 * mm, H - 10 * mm, "ZorgDomein")
    c.drawRightString(W - 18 * mm, H - 15 * mm, "Ref. ZD-7734-1198-2041")
    c.setFillColor(colors.black)
    y = H - 32 * mm
    c.setFont("Helvetica-Bold", 9)
    c.drawString(18 * mm, y, "Verwijzer")
    c.drawString(110 * mm, y, "Ontvanger")
    y -= 5 * mm
    left = ["Huisartsenpraktijk Kruiskamp", "J.P. Kruiskamp, huisarts", "Sterrenlaan 14",
            "3817 BK  Amersfoort", "AGB 01-054417", "Tel. 033-4617720"]
    right = ["Handkliniek Amstelhof", "Polikliniek hand- en polschirurgie",
             "Laan van Kronenburg 40", "1183 AS  Amstelveen"]
    c.setFont("Helvetica", 9)
    for i in range(max(len(left), len(right))):
        if i < len(left):
            c.drawString(18 * mm, y, left[i])
        if i < len(right):
            c.drawString(110 * mm, y, right[i])
        y -= 4.3 * mm
    y -= 3 * mm
    c.setStrokeColor(colors.HexColor("#0b6e99"))
    c.line(18 * mm, y, W - 18 * mm, y)
    y -= 7 * mm

    fields = [
        ("Patiënt", "Mw. A.C. Verbeek-Lammers (Anouk)"),
        ("Geboortedatum", "14-02-1981 (V)"),
        ("BSN", "2748 11 903"),
        ("Adres", "Hogeweg 212-B, 3814 CE Amersfoort"),
        ("Telefoon", "06-41 88 20 73"),
        ("Verzekering", "ZorgSaam Verzekeringen, polisnr. 18830274"),
        ("Datum verwijzing", "18-11-2026"),
        ("Specialisme", "Plastische chirurgie / handchirurgie"),
        ("Urgentie", "Regulier"),
        ("Reden van verwijzing",
         "Aanhoudende pijn radiale zijde pols rechts sinds val op gestrekte hand (maart 2026). "
         "Dominante hand. Werkt als kapster, sinds juni deels ziekgemeld."),
        ("Vraagstelling",
         "Pt. wenst een second opinion. Is er sprake van een gemiste scafoïdfractuur of een "
         "scafolunair bandletsel? Zo ja: is operatief herstel nog zinvol, 8 mnd na het trauma?"),
        ("Relevante voorgeschiedenis",
         "2014 sectio caesarea\n2019 hypothyreoïdie (T86)\n2022 depressieve klachten, hersteld"),
        ("Recente behandelingen",
         "03-2026 SEH Ziekenhuis Lindenhove: X-pols re + scafoïdserie, geen fractuur gezien; "
         "onderarmgips 2 wk.\n"
         "20-05-2026 echo pols re (Lindenhove): synovitis dorsaal, geen ganglion.\n"
         "06-2026 t/m 09-2026 handtherapie (12 zittingen), matig effect.\n"
         "12-08-2026 poli orthopedie Lindenhove (dr. Bouali): conservatief beleid, brace. MRI "
         "besproken, pt wilde eerst afwachten; tot op heden niet gemaakt.\n"
         "Pt is niet geopereerd."),
        ("Medicatie", "levothyroxine 75 µg 1dd1\nnaproxen 250 mg zo nodig max 2dd1 (sinds 04-2026)"),
        ("Allergieën", "Geen bekend"),
        ("Episodelijst", "L81 Letsel pols rechts (03-2026)\nT86 Hypothyreoïdie (2019)\n"
                         "P76 Depressie (2022, inactief)"),
        ("Bijlagen", "Brief orthopedie d.d. 12-08-2026; verslag echo d.d. 20-05-2026"),
    ]
    for lab, val in fields:
        if y < 35 * mm:
            c.showPage()
            y = H - 25 * mm
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(18 * mm, y, lab)
        c.setFillColor(colors.black)
        ny = wrap_draw(c, val, 65 * mm, y, W - 83 * mm, "Helvetica", 9, 11.5)
        y = ny - 2.5 * mm
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(18 * mm, 14 * mm, "Deze verwijzing is aangemaakt via ZorgDomein op 18-11-2026 "
                 "14:02 door J.P. Kruiskamp. Geldig t/m 18-11-2027.")
    c.drawRightString(W - 18 * mm, 14 * mm, "Pagina 1")
    c.save()
    label(stem, ["referral", "history"], "2026-11-18", "gp", "nl",
          "zorgdomein two-column canvas (labels and values separate runs)",
          "yes", "no", "unmentioned",
          "Question only in the Vraagstelling field; no salutation. History in 'Relevante "
          "voorgeschiedenis' + 'Recente behandelingen' (so also history). Sectio caesarea is another "
          "body part; 'MRI besproken ... niet gemaakt' is not imaging, but X-ray and echo were done. "
          "'Pt is niet geopereerd' negation. Birth date and validity date next to the own date.",
          rq=True)


# =========================================================================== tr-002
def tr002():
    stem = "tr-002"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5)
    hd = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", spaceBefore=7)
    sm = ParagraphStyle("s", parent=st, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    logo = logo_image(["IJsselvliet", "ziekenhuis Deventer"], color=(0, 110, 80), size=(900, 200))

    def first(c, d):
        c.saveState()
        c.drawImage(logo, 18 * mm, H - 32 * mm, width=62 * mm, height=14 * mm)
        c.setFont("Helvetica", 7.5)
        for i, t in enumerate(["Nico Bolkesteinlaan 115", "7416 SE Deventer", "T 0570 - 64 66 00",
                               "www.ijsselvliet-zh.nl"]):
            c.drawRightString(W - 18 * mm, H - 15 * mm - i * 9, t)
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 12 * mm, "Plastische, Reconstructieve en Handchirurgie  |  "
                     "polikliniek route 42  |  T 0570 - 64 68 12")
        c.drawRightString(W - 18 * mm, 12 * mm, f"pagina {d.page}")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, H - 12 * mm, "Vervolg brief d.d. 2 oktober 2026 inzake M.H. Timmers, "
                     "geb. 07-07-1969")
        c.drawRightString(W - 18 * mm, 12 * mm, f"pagina {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=40 * mm, bottomMargin=22 * mm, title="Brief",
                            author="HiX", creator="HiX 6.3 Documentgenerator")
    addr = Table([
        [Paragraph("Huisartsenpraktijk 't Hoge Veld<br/>T.a.v. mw. dr. S. Oudejans, huisarts<br/>"
                   "Postbus 210<br/>7400 AE  DEVENTER", st),
         Paragraph("<b>Ons kenmerk</b><br/>PLA/EWB/2026-11873<br/><b>Datum</b><br/>2 oktober 2026"
                   "<br/><b>Behandelaar</b><br/>dr. E.W. de Bruijn<br/><b>Patiëntnummer</b><br/>6234517",
                   sm)]], colWidths=[105 * mm, 55 * mm])
    addr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s = [addr, Spacer(1, 10 * mm),
         Paragraph("<b>Betreft:</b> dhr. M.H. Timmers, geb. 07-07-1969, Brinkgreverweg 71, Deventer", st),
         Spacer(1, 4 * mm),
         Paragraph("Geachte collega,", st), Spacer(1, 2 * mm),
         Paragraph("Op 29 september 2026 zagen wij uw patiënt opnieuw op de polikliniek "
                   "handchirurgie, ruim 3 maanden na de open carpaletunnel-release rechts.", st),
         Paragraph("Anamnese", hd),
         Paragraph("Op 12-06-2026 is door ondergetekende een open CTS-release rechts verricht "
                   "(operatieverslag bijgevoegd). Direct postoperatief verdwenen de nachtelijke "
                   "klachten, maar sinds ca. 6 weken weer tintelingen dig I-III, vooral 's ochtends, en "
                   "een doof gevoel in de duimmuis. Geen trauma. Pt. werkt als monteur, doet zijn werk "
                   "met enige moeite. In juli 3 weken op vakantie in Kroatië geweest, daar geen "
                   "klachten en geen arts bezocht. Links geen klachten.", st),
         Paragraph("Lichamelijk onderzoek", hd),
         Paragraph("Litteken rustig, iets drukpijnlijk (pillar pain). Tinel over litteken positief, "
                   "Phalen na 30 sec positief. 2PD dig I 8 mm, dig II 7 mm, dig III 6 mm. Geen "
                   "atrofie thenar, abductor pollicis brevis kracht 5/5.", st),
         Paragraph("Aanvullend onderzoek", hd),
         Paragraph("EMG (neurologie, 22-09-2026): distale motore latentie n. medianus re 5,1 ms "
                   "(preoperatief 6,4 ms), sensibele geleiding verlaagd; passend bij matig CTS re, "
                   "t.o.v. preoperatief licht verbeterd. X-pols re 22-09-2026: geen botafwijkingen, "
                   "geen artrose.", st),
         Paragraph("Conclusie", hd),
         Paragraph("Persisterende / recidiverende klachten na CTS-release rechts. Differentiaal "
                   "diagnostisch incomplete klieving van het lig. carpi transversum distaal, "
                   "dan wel littekenvorming.", st),
         Paragraph("Beleid", hd),
         Paragraph("Wij hebben pt. een revisie-operatie met exploratie van de n. medianus "
                   "aangeboden. Alternatief is afwachten met nachtspalk gedurende 3 maanden. Dhr. "
                   "wil eerst een second opinion elders en heeft daarvoor uw verwijzing nodig. Wij "
                   "zien hem daarna graag terug. Een echo van de n. medianus hebben wij nog niet "
                   "aangevraagd.", st),
         Spacer(1, 6 * mm),
         Paragraph("Met vriendelijke groet,", st), Spacer(1, 8 * mm),
         Paragraph("drs. L. Kamphuis, AIOS plastische chirurgie<br/>namens dr. E.W. de Bruijn, "
                   "plastisch chirurg / handchirurg", st),
         Spacer(1, 5 * mm),
         Paragraph("cc: patiënt<br/>Bijlage: operatieverslag d.d. 12-06-2026", sm),
         Paragraph("Dit document is elektronisch geautoriseerd op 02-10-2026 en daarom niet "
                   "ondertekend.", sm)]
    doc.build(s, onFirstPage=first, onLaterPages=later)
    label(stem, ["correspondence"], "2026-10-02", "specialist", "nl",
          "HiX outpatient letter, logo as image, meta block in side column",
          "yes", "yes", "no",
          "Hospital name only in the logo image; address is text. Dates: letter, visit, op date, EMG "
          "date, birth date. 'operatieverslag bijgevoegd' is a mention only. Revision offered (plan) "
          "but the earlier release was done. Holiday in Croatia explicitly without care. Echo "
          "'nog niet aangevraagd' next to a real X-ray.")


# =========================================================================== tr-003
def tr003():
    stem = "tr-003"
    c = canvas.Canvas(out(stem, "pdf"), pagesize=A4)
    set_meta(c, "Verslag", "RIS", "Sectra RIS print")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(18 * mm, H - 18 * mm, "Ziekenhuis De Wieken")
    c.setFont("Helvetica", 8)
    c.drawString(18 * mm, H - 22.5 * mm, "Afdeling Radiologie & Nucleaire Geneeskunde")
    c.drawString(18 * mm, H - 26.5 * mm, "Urkerweg 8, 8303 AE Emmeloord  ·  0527-63 00 00")
    c.drawRightString(W - 18 * mm, H - 18 * mm, "Afgedrukt: 19-11-2026 08:52")
    c.drawRightString(W - 18 * mm, H - 22.5 * mm, "door: poli.ortho3")

    def cell(x, y, lab, val, w=55 * mm):
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(x, y, lab.upper())
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, y - 4.6 * mm, val)

    y = H - 40 * mm
    cell(18 * mm, y, "Patiënt", "Hoekstra, F. (Femke)")
    cell(78 * mm, y, "Geboortedatum", "23-09-1994")
    cell(128 * mm, y, "Patiëntnummer", "0418823")
    y -= 13 * mm
    cell(18 * mm, y, "Aanvrager", "Dr. P. Zijlstra, orthopedie (poli)")
    cell(78 * mm, y, "Onderzoek", "CT pols links")
    cell(128 * mm, y, "Accessienummer", "DW26-113094")
    y -= 13 * mm
    cell(18 * mm, y, "Datum onderzoek", "05-11-2026")
    cell(78 * mm, y, "Datum verslag", "06-11-2026")
    cell(128 * mm, y, "Status", "Definitief")
    y -= 10 * mm
    c.line(18 * mm, y, W - 18 * mm, y)
    y -= 7 * mm
    blocks = [
        ("Klinische gegevens",
         "Val fiets 21/10, op gestrekte li hand. Drukpijn tabatière. X-scafoidserie 22-10 geen "
         "fractuur zichtbaar. Vraagstelling: occulte scafoïdfractuur? Anders: ander carpaal letsel?"),
        ("Techniek", "Multislice CT van de linker pols, 0,6 mm coupes, reconstructies in de lengteas "
                     "van het scafoïd. Geen contrast."),
        ("Verslag",
         "Niet-gedisloceerde, dunne fractuurlijn door het middelste derde (taille) van het os "
         "scaphoideum, verloop transversaal, zonder comminutie. Geen humpback-deformiteit. "
         "Geen aanwijzingen voor avasculaire necrose. Overige carpalia intact. Distale radius en "
         "ulna intact, geen intra-articulaire uitbreiding. Geen verwijding van de scafolunaire "
         "ruimte (2 mm). Wekedelen-zwelling radiaal.\nVergeleken met de röntgenfoto's van 22-10-2026: "
         "de fractuur was daarop retrospectief niet zichtbaar."),
        ("Conclusie",
         "Niet-gedisloceerde taillefractuur os scaphoideum links (Herbert B2). Geen andere "
         "fracturen."),
    ]
    for lab, txt in blocks:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(18 * mm, y, lab)
        y -= 5 * mm
        y = wrap_draw(c, txt, 18 * mm, y, W - 36 * mm, "Helvetica", 9.5, 12.5) - 4 * mm
    y -= 4 * mm
    c.setFont("Helvetica", 9)
    c.drawString(18 * mm, y, "dr. K.A. Dijkstra, radioloog")
    c.drawString(18 * mm, y - 4.5 * mm, "Geautoriseerd 06-11-2026 09:14")
    c.setFont("Helvetica", 7)
    c.drawString(18 * mm, 12 * mm, "Dit verslag is elektronisch geautoriseerd. Beelden beschikbaar "
                 "via PACS / LSP-uitwisseling.")
    c.save()
    label(stem, ["imaging-report"], "2026-11-06", "radiologist", "nl",
          "RIS print, label-above-value grid (labels and values separate runs)",
          "yes", "unmentioned", "unmentioned",
          "Labels printed above their values in a 3-column grid. Requester is an orthopaedic "
          "surgeon, not the writer. 'Vraagstelling' is the requester's question, not a referral. "
          "Four dates: print date 19-11, exam 05-11, report 06-11, earlier X-ray 22-10, plus birth "
          "date. No title line (only 'Verslag' as heading).", also=["2026-11-05"])


# =========================================================================== tr-004
def tr004():
    stem = "tr-004"
    st = ParagraphStyle("b", fontName="LibSans", fontSize=9, leading=11.5)
    bd = ParagraphStyle("bb", parent=st, fontName="LibSans-Bold")
    ti = ParagraphStyle("t", parent=st, fontName="LibSans-Bold", fontSize=13, leading=16)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#7a1f3d"))
        c.rect(18 * mm, H - 24 * mm, 4 * mm, 12 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LibSans-Bold", 11)
        c.drawString(25 * mm, H - 16 * mm, "Regionaal Laboratorium Medische Microbiologie")
        c.setFont("LibSans", 8)
        c.drawString(25 * mm, H - 20.5 * mm, "Noord-Veluwe  ·  Stationsweg 3, 8081 HP Elburg  ·  "
                     "0525-68 20 00  ·  RvA M 401")
        c.drawRightString(W - 18 * mm, 12 * mm, "Pagina 1 van 1")
        c.drawString(18 * mm, 12 * mm, "Uitslag gegenereerd 12-11-2026 15:31 — GLIMS")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=32 * mm, bottomMargin=20 * mm, title="Uitslag",
                            creator="GLIMS report server")
    head = Table([
        [Paragraph("Aanvrager", bd), Paragraph("A. Brouwer, huisarts<br/>Huisartsenpraktijk Het "
                                               "Baken, Nunspeet", st),
         Paragraph("Patiënt", bd), Paragraph("Yilmaz-de Vries, S.<br/>geb. 02-08-1962 (V)<br/>"
                                             "BSN 3391 07 426", st)],
        [Paragraph("Labnummer", bd), Paragraph("MB26-0458821", st),
         Paragraph("Afnamedatum", bd), Paragraph("09-11-2026 10:05", st)],
        [Paragraph("Ontvangen", bd), Paragraph("10-11-2026 07:40", st),
         Paragraph("Uitslagdatum", bd), Paragraph("12-11-2026", st)],
    ], colWidths=[26 * mm, 60 * mm, 28 * mm, 60 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                              ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    res = Table([
        ["Materiaal", "Bepaling", "Uitslag", "Opm."],
        ["Neus", "MRSA-screening (kweek + PCR)", "MRSA niet aangetoond", ""],
        ["Keel", "MRSA-screening (kweek)", "MRSA niet aangetoond", ""],
        ["Perineum", "MRSA-screening (kweek)", "MRSA niet aangetoond", ""],
        ["Wond (li hand)", "MRSA-screening (kweek)", "niet ingestuurd", "zie opm."],
    ], colWidths=[30 * mm, 55 * mm, 45 * mm, 44 * mm])
    res.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9),
                             ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                             ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
    s = [Paragraph("UITSLAG MEDISCH MICROBIOLOGISCH ONDERZOEK", ti), Spacer(1, 4 * mm), head,
         Spacer(1, 5 * mm),
         Paragraph("<b>Klinische gegevens:</b> screening i.v.m. opname buitenland; pt. okt. 2026 "
                   "opgenomen geweest in ziekenhuis in Alanya (TR) na val, li hand in gips. "
                   "Verwijzing handchirurgie gepland.", st),
         Spacer(1, 4 * mm), res, Spacer(1, 4 * mm),
         Paragraph("<b>Eindconclusie:</b> MRSA niet aangetoond in de ingestuurde materialen.", st),
         Spacer(1, 2 * mm),
         Paragraph("Opm.: wondkweek niet ontvangen; gips nog in situ volgens aanvrager. Bij "
                   "nieuwe wond of verdere behandeling in buitenlands ziekenhuis: screening herhalen.",
                   st),
         Spacer(1, 8 * mm),
         Paragraph("Gevalideerd door: dr. H. Nijboer, arts-microbioloog — 12-11-2026", st)]
    doc.build(s, onFirstPage=page)
    label(stem, ["mrsa-screening"], "2026-11-12", "lab", "nl",
          "lab report, header grid + results table (GLIMS-like)",
          "unmentioned", "unmentioned", "yes",
          "Table layout; one row 'niet ingestuurd'. Foreign admission only in the clinical-data "
          "line ('Alanya (TR)'). Afname 09-11, ontvangst 10-11, uitslag 12-11; birth date; footer "
          "generation time. 'gips' and 'handchirurgie gepland' are not imaging/operation.",
          also=["2026-11-09"])


# =========================================================================== tr-005
def tr005():
    stem = "tr-005"
    c = canvas.Canvas(out(stem, "pdf"), pagesize=A4)
    set_meta(c, "OK-verslag", "", "Chipsoft HiX")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(18 * mm, H - 16 * mm, "Maasduinen Medisch Centrum")
    c.setFont("Helvetica", 7.5)
    c.drawString(18 * mm, H - 20 * mm, "Tegelseweg 210  5912 BL Venlo")
    c.setFont("Helvetica-Bold", 16)
    c.drawRightString(W - 18 * mm, H - 18 * mm, "OPERATIEVERSLAG")
    c.setLineWidth(1.2)
    c.line(18 * mm, H - 24 * mm, W - 18 * mm, H - 24 * mm)
    c.setFont("Helvetica", 8)
    pat = [("Naam", "Janssen, W.H.M."), ("Geb.", "11-12-1958"), ("Geslacht", "M"),
           ("Pat.nr", "2104476"), ("Opname", "17-09-2026 dagbehandeling")]
    x = 18 * mm
    for lab, val in pat:
        c.setFont("Helvetica", 6.5)
        c.drawString(x, H - 29 * mm, lab)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x, H - 33 * mm, val)
        x += 36 * mm
    rows = [
        ("Datum operatie", "17-09-2026"),
        ("Operateur", "dr. R.J. Peeters, orthopedisch chirurg"),
        ("Assistent", "S. Claessens, PA"),
        ("Anesthesist", "dr. M. Timmermans"),
        ("Anesthesie", "supraclaviculair plexusblok + sedatie (propofol)"),
        ("Zijde", "RECHTS  (gemarkeerd, time-out uitgevoerd 08:41)"),
        ("Preoperatieve diagnose", "CMC-1 artrose rechts, Eaton III (X-hand 03-06-2026)"),
        ("Indicatie", "Pijn bij knijpen en draaien ondanks 2x injectie en spalk; wens pt."),
        ("Ingreep", "Trapeziectomie met ligamentreconstructie en peesinterpositie (LRTI), "
                    "volgens Burton-Pellegrini, FCR-hemislip"),
        ("Bloedleegte", "bovenarm 250 mmHg, 08:52 - 09:58 (66 min)"),
        ("Verloop", "Dorsoradiale incisie over CMC-1, sparen van takjes n. radialis superficialis. "
                    "Kapsel T-vormig geopend. Trapezium in delen verwijderd; forse osteofyt aan "
                    "basis MC-1 afgeknabbeld. Radiale helft FCR via 2 kleine incisies proximaal "
                    "geoogst, door boorgat basis MC-1 gehaald en op zichzelf gehecht (Fiberwire 2-0). "
                    "Rest als 'anchovy' in holte gelegd. Kapselsluiting Vicryl 3-0, huid intracutaan "
                    "Monocryl 4-0. Bloedleegte af, goede capillaire refill."),
        ("Complicaties", "geen"),
        ("PA", "nee"),
        ("Nabehandeling", "Onderarmgipsspalk met duimopname 2 wk, daarna thermoplastische spalk + "
                          "handtherapie. Controle poli 2 wk (gipskamer), 6 wk arts."),
    ]
    y = H - 44 * mm
    for lab, val in rows:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(18 * mm, y, lab)
        y = wrap_draw(c, val, 62 * mm, y, W - 80 * mm, "Helvetica", 8.5, 11) - 2.2 * mm
    y -= 6 * mm
    c.setFont("Helvetica", 8)
    c.drawString(18 * mm, y, "Verslag: R.J. Peeters  17-09-2026 11:20  (elektronisch ondertekend)")
    c.save()
    label(stem, ["operation-report"], "2026-09-17", "specialist", "nl",
          "HiX OK-verslag form, two-column canvas, patient strip with label above value",
          "yes", "yes", "unmentioned",
          "No salutation, form fields only; title at the right. Pre-op X-ray date only inside the "
          "diagnosis field. Birth date in a small header strip. Injections mentioned as earlier "
          "treatment.")


# =========================================================================== tr-006
def tr006():
    stem = "tr-006"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    sm = ParagraphStyle("s", parent=st, fontSize=8.5, leading=10.5, spaceAfter=0)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#005eb8"))
        c.rect(W - 52 * mm, H - 22 * mm, 34 * mm, 12 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-BoldOblique", 20)
        c.drawCentredString(W - 35 * mm, H - 19 * mm, "NHS")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 18 * mm, H - 27 * mm, "Wessex Valley Hospitals")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 18 * mm, H - 31 * mm, "NHS Foundation Trust")
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 10 * mm, "Hand Unit, Trauma & Orthopaedics, Andover Road Hospital, "
                     "Andover SP10 3LN  ·  Secretary: 01264 380 112")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=38 * mm, bottomMargin=20 * mm, title="Clinic letter")
    s = [Paragraph("Our Ref: HU/DO/ 7731409<br/>NHS No: 618 442 9073<br/>Hosp No: W2207755<br/>"
                   "Clinic date: 14/07/2026<br/>Date typed: 21/07/2026", sm), Spacer(1, 6 * mm),
         Paragraph("Dr R Whitfield<br/>Harbour Lane Surgery<br/>12 Harbour Lane<br/>Andover<br/>"
                   "SP10 1QT", st), Spacer(1, 4 * mm),
         Paragraph("Dear Dr Whitfield", st),
         Paragraph("<b>Re: Mrs Hannah Louise DEKKER  DOB 09/03/1985<br/>"
                   "4 Mill Close, Andover SP10 2EJ</b>", st),
         Paragraph("<b>Diagnosis:</b> Left De Quervain's tenosynovitis (dominant side)<br/>"
                   "<b>Procedure today:</b> Ultrasound-guided steroid injection, 1st dorsal "
                   "compartment (40 mg triamcinolone + 1 ml 1% lidocaine)<br/>"
                   "<b>Outcome:</b> Review in 8 weeks / PIFU", st),
         Paragraph("I saw Hannah in the hand clinic today. She is 5 months postpartum and describes "
                   "radial-sided wrist pain for about 4 months, worse when lifting her baby. "
                   "Finkelstein's test is strongly positive and there is a tender swelling over the "
                   "first dorsal compartment. An ultrasound on 02/06/2026 showed thickening of the "
                   "tendon sheath with a septum between APL and EPB.", st),
         Paragraph("We discussed the options. She has already tried a thumb spica splint from the "
                   "physiotherapists without lasting benefit, and has not had any surgery on this "
                   "wrist. I have given a steroid injection today under ultrasound guidance. If her "
                   "symptoms recur I would be happy to offer her a surgical release of the first "
                   "dorsal compartment under local anaesthetic.", st),
         Paragraph("Of note, she tells me the family is relocating to Utrecht in the Netherlands in "
                   "September for her husband's work. I have advised her to register with a GP "
                   "there and to take a copy of this letter and of the ultrasound report with her. "
                   "I have put her on a patient-initiated follow-up pathway for 6 months, which she "
                   "can use while still in the UK.", st),
         Spacer(1, 4 * mm),
         Paragraph("Yours sincerely", st), Spacer(1, 9 * mm),
         Paragraph("<b>Mr Daniel Okafor</b><br/>FRCS (Tr&amp;Orth)<br/>Consultant Hand Surgeon", st),
         Spacer(1, 5 * mm),
         Paragraph("cc: Mrs H Dekker (patient), 4 Mill Close, Andover SP10 2EJ", sm),
         Paragraph("Dictated but not checked in order to avoid delay.", sm)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["correspondence"], "2026-07-21", "specialist", "en",
          "UK NHS clinic letter (Diagnosis/Procedure/Outcome header block)",
          "yes", "no", "yes",
          "UK hospital letter: the document itself is from a hospital abroad that treated the "
          "patient (injection). Surgery only offered; 'has not had any surgery' negation. "
          "Postpartum (other condition). Clinic date vs typed date; dd/mm dates; moving to "
          "the Netherlands (future).", also=["2026-07-14"])


# =========================================================================== tr-007
def tr007():
    stem = "tr-007"
    st = ParagraphStyle("b", fontName="LibSerif", fontSize=10, leading=13, spaceAfter=3)
    hd = ParagraphStyle("h", parent=st, fontName="LibSerif-Bold", spaceBefore=6, spaceAfter=2)
    sm = ParagraphStyle("s", parent=st, fontName="LibSans", fontSize=7.5, leading=9.5)

    def page(c, d):
        c.saveState()
        c.setFont("LibSerif-Bold", 13)
        c.drawString(20 * mm, H - 16 * mm, "Kreisklinikum Oberallgäu-Süd")
        c.setFont("LibSans", 8.5)
        c.drawString(20 * mm, H - 21 * mm, "Klinik für Unfallchirurgie, Orthopädie und "
                     "Handchirurgie  ·  Chefarzt Prof. Dr. med. Georg Wanninger")
        c.setFont("LibSans", 7)
        c.drawString(20 * mm, 10 * mm, "Kreisklinikum Oberallgäu-Süd gGmbH · Hochstraße 19 · 87527 "
                     "Sonthofen · Tel. +49 8321 7420-0 · Sekretariat UCH -3312")
        c.drawRightString(W - 20 * mm, 10 * mm, f"Seite {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=30 * mm, bottomMargin=20 * mm, title="Entlassungsbrief")
    s = [Paragraph("Kreisklinikum Oberallgäu-Süd · Hochstraße 19 · 87527 Sonthofen", sm),
         Paragraph("Herrn<br/>Dr. med. B. Wolters (Huisarts)<br/>Huisartsenpraktijk De Esch<br/>"
                   "Eschweg 4<br/>7631 CM Ootmarsum<br/>NIEDERLANDE", st),
         Spacer(1, 3 * mm),
         Paragraph("Sonthofen, 03.03.2026", ParagraphStyle("r", parent=st, alignment=2)),
         Paragraph("<b>Entlassungsbrief</b>", ParagraphStyle("t", parent=st, fontSize=13,
                                                              leading=16)),
         Paragraph("Sehr geehrter Herr Kollege Wolters,", st),
         Paragraph("wir berichten über Ihren Patienten <b>Herrn Jeroen Lubbers, geb. 19.05.1990</b>, "
                   "wohnhaft Ootmarsum (NL), der sich vom <b>28.02.2026 bis 03.03.2026</b> in unserer "
                   "stationären Behandlung befand.", st),
         Paragraph("Diagnosen", hd),
         Paragraph("1. Distale intraartikuläre Radiusfraktur links (AO 23-C2), Skiunfall "
                   "28.02.2026<br/>2. Prellung Schulter links<br/>Nebendiagnosen: Asthma bronchiale "
                   "(gut eingestellt)", st),
         Paragraph("Therapie", hd),
         Paragraph("01.03.2026: Offene Reposition und palmare winkelstabile Plattenosteosynthese "
                   "distaler Radius links", st),
         Paragraph("Anamnese", hd),
         Paragraph("Sturz beim Skifahren (Skigebiet Ofterschwang) auf die ausgestreckte linke Hand. "
                   "Vorstellung in unserer Notaufnahme am Unfalltag. Keine Bewusstlosigkeit.", st),
         Paragraph("Befunde", hd),
         Paragraph("Röntgen Handgelenk li. in 2 Ebenen (28.02.): dislozierte distale Radiusfraktur "
                   "mit Gelenkstufe 3 mm, dorsale Abkippung 25°. CT Handgelenk li. (28.02.): "
                   "Mehrfragmentfraktur mit Beteiligung der Fossa lunata, kein Anhalt für "
                   "Karpusverletzung. Röntgen Schulter li.: kein Frakturnachweis.", st),
         Paragraph("Operationsbericht (01.03.2026)", hd),
         Paragraph("<b>Operateur:</b> OA Dr. med. S. Kreuzer &nbsp; <b>Assistenz:</b> Dr. med. L. "
                   "Hofbauer &nbsp; <b>Anästhesie:</b> ITN (Dr. Mayr)<br/><b>Eingriff:</b> Offene "
                   "Reposition, palmare winkelstabile Plattenosteosynthese (2,4 mm LCP, 3-Loch-Schaft) "
                   "distaler Radius links", st),
         Paragraph("Rückenlage, Arm auf Armtisch, Oberarmblutsperre 250 mmHg (Blutsperrenzeit 71 "
                   "min). Team-Time-Out. Erweiterter palmarer Zugang nach Henry über der FCR-Sehne. "
                   "Darstellung und Ablösen des M. pronator quadratus. Frakturdarstellung. Reposition "
                   "der Gelenkfragmente unter Bildwandlerkontrolle, temporäre Fixation mit 2 K-Drähten. "
                   "Anlage der Platte, distal 6 winkelstabile Schrauben, proximal 3 Kortikalisschrauben. "
                   "Bildwandlerkontrolle in 2 Ebenen und 'skyline view': regelrechte Stellung, keine "
                   "intraartikuläre Schraubenlage. Refixation des Pronator quadratus, Subkutannaht, "
                   "Hautnaht (Prolene 4-0). Steriler Verband, dorsale Unterarmschiene.", st),
         Paragraph("Verlauf", hd),
         Paragraph("Postoperativ komplikationsloser Verlauf. Wundverhältnisse reizlos, DMS intakt. "
                   "Postoperatives Röntgen (02.03.): regelrechte Implantatlage. Das "
                   "MRSA-Aufnahmescreening war negativ. Entlassung am 03.03.2026 in gutem "
                   "Allgemeinzustand zur Weiterbehandlung in den Niederlanden.", st),
         Paragraph("Procedere", hd),
         Paragraph("- Fadenzug am 12.–14. postop. Tag durch den Hausarzt<br/>- Schiene für 2 Wochen, "
                   "danach funktionelle Nachbehandlung, Physiotherapie/Handtherapie<br/>- "
                   "Röntgenkontrolle nach 6 Wochen<br/>- Metallentfernung nicht zwingend, frühestens "
                   "nach 12 Monaten<br/>- Thromboseprophylaxe nicht erforderlich (obere Extremität)", st),
         Paragraph("Medikation bei Entlassung", hd),
         Paragraph("Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, Salbutamol DA bei "
                   "Bedarf", st),
         Spacer(1, 4 * mm),
         Paragraph("Mit freundlichen kollegialen Grüßen", st), Spacer(1, 8 * mm),
         Paragraph("Prof. Dr. med. G. Wanninger &nbsp;&nbsp;&nbsp; OA Dr. med. S. Kreuzer "
                   "&nbsp;&nbsp;&nbsp; Dr. med. L. Hofbauer<br/>Chefarzt &nbsp;&nbsp;&nbsp;&nbsp;"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                   "&nbsp;&nbsp; Oberarzt &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                   "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Assistenzarzt", sm)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["correspondence", "operation-report"], "2026-03-03", "specialist", "de",
          "German Entlassungsbrief (serif) with embedded Operationsbericht section",
          "yes", "yes", "yes",
          "German discharge letter that contains a full operation report (date, operator, "
          "procedure, course) so two kinds. Dates 28.02/01.03/02.03/03.03 and birth date. "
          "'MRSA-Aufnahmescreening war negativ' is only a mention. Metallentfernung is a plan.")


# =========================================================================== tr-008
def tr008():
    stem = "tr-008"
    c = canvas.Canvas(out(stem, "pdf"), pagesize=A4)
    set_meta(c, "Befund", "", "medavis RIS")
    c.setFont("Helvetica", 7)
    c.drawString(20 * mm, H - 12 * mm, "Evangelisches Krankenhaus Bocholt-West · Institut für "
                 "Radiologie · Chefarzt Dr. med. F. Brüggemann")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(20 * mm, H - 20 * mm, "Radiologischer Befund")
    c.setFont("Helvetica", 9)
    info_l = [("Patient:", "Bosman, Lieke"), ("Geb.-Datum:", "27.01.2001"),
              ("Fall-Nr.:", "26 0081 4471"), ("Station:", "ZNA")]
    info_r = [("Untersuchung:", "Röntgen Hand re. in 2 Ebenen + Skaphoidquartett"),
              ("Untersuchungsdatum:", "16.08.2026 18:22"), ("Zuweiser:", "Zentrale Notaufnahme, "
                                                             "Dr. Ö. Kaya"),
              ("Befundet:", "16.08.2026 19:47")]
    y = H - 30 * mm
    for (a, b), (cc, dd) in zip(info_l, info_r):
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(20 * mm, y, a)
        c.drawString(88 * mm, y, cc)
        c.setFont("Helvetica", 8.5)
        c.drawString(42 * mm, y, b)
        c.drawString(122 * mm, y, dd)
        y -= 5 * mm
    y -= 4 * mm
    c.line(20 * mm, y, W - 20 * mm, y)
    y -= 7 * mm
    txt = [
        ("Rechtfertigende Indikation:",
         "Fahrradsturz (Radtour, niederländische Touristin) auf die re. Hand, Druckschmerz "
         "Tabatière und MHK II. Frage nach Fraktur."),
        ("Befund:",
         "Keine Voraufnahmen zum Vergleich. Regelrechte Artikulation im Handgelenk und in den "
         "Fingergelenken. Kein Nachweis einer frischen knöchernen Verletzung, insbesondere "
         "kein Frakturnachweis am Skaphoid in den Spezialprojektionen. Skapholunärer Abstand "
         "nicht erweitert. Weichteilschwellung dorsal über MHK II/III. Kein röntgendichter "
         "Fremdkörper."),
        ("Beurteilung:",
         "Kein Frakturnachweis. Weichteilkontusion.\nBei persistierender Klinik und "
         "Tabatièreschmerz Kontrolle bzw. MRT in 10–14 Tagen empfohlen (heimatnah)."),
    ]
    for lab, t in txt:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(20 * mm, y, lab)
        y -= 5 * mm
        y = wrap_draw(c, t, 20 * mm, y, W - 40 * mm, "Helvetica", 9.5, 12.5) - 4 * mm
    y -= 6 * mm
    c.setFont("Helvetica", 9)
    c.drawString(20 * mm, y, "Dr. med. Annette Vorholt")
    c.drawString(20 * mm, y - 4.5 * mm, "Fachärztin für Radiologie")
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(20 * mm, y - 10 * mm, "elektronisch freigegeben am 16.08.2026 um 19:47 Uhr")
    c.setFont("Helvetica", 7)
    c.drawString(20 * mm, 10 * mm, "Ev. Krankenhaus Bocholt-West gGmbH · Barloer Weg 122 · "
                 "46397 Bocholt · Tel. +49 2871 20 40")
    c.save()
    label(stem, ["imaging-report"], "2026-08-16", "radiologist", "de",
          "German RIS Befund, two label/value columns in one header block",
          "yes", "unmentioned", "yes",
          "German hospital radiology via the emergency department (ZNA), so treated abroad. "
          "Labels and values side by side in two column pairs. 'Keine Voraufnahmen' and 'Kein "
          "Frakturnachweis' are negations of other things, not of imaging. MRT only recommended.")


if __name__ == "__main__":
    for f in (tr001, tr002, tr003, tr004, tr005, tr006, tr007, tr008):
        f()
    print("gen_pdf_1 done")
