"""PDF documents vc-001 .. vc-015 (all fictional)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, Image
from reportlab.lib.utils import ImageReader

import pdfkit as K
from common import doc

W, H = A4


# ----------------------------------------------------------------------------------------------
@doc("vc-001", "pdf", kinds=["referral", "history"], date="2026-11-04", author="gp", language="nl",
     style="zorgdomein two-column form printout", referral_question=True, imaging_done="yes",
     operated="no", treated_abroad="unmentioned",
     notes="Zorgdomein form, no salutation; question only in 'Vraagstelling'; carries 'Relevante "
           "voorgeschiedenis' + 'Recente behandelingen' so also history. Birth date 02-11-1971 two days "
           "before the referral date; 'Datum verwijzing' sits in the right column of a two-column block. "
           "Operation is only advised by the orthopaedist (plan); explicit 'niet eerder geopereerd'. "
           "Mentions enclosures (brief orthopedie, echoverslag) that are not in this file. Caesarean section "
           "in history is another body part.")
def d001(path):
    st = K.styles(size=9)

    def first(c, d):
        c.setFillColor(colors.HexColor("#1f5f8b"))
        c.rect(0, H - 20 * mm, W, 20 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(20 * mm, H - 12 * mm, "Verwijzing")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 20 * mm, H - 9 * mm, "Second opinion handchirurgie")
        c.drawRightString(W - 20 * mm, H - 14 * mm, "Handkliniek Zuiderpark - Second opinion spreekuur")

    def later(c, d):
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 12 * mm, "Mevr. A.C. Brouwer-Kamphuis  |  02-11-1971  |  ZD-26-0481173")

    foot = K.footer_page_x_of_y("Pagina {p} van {n}",
                                left_text="ZorgDomein  |  Verwijzing ZD-26-0481173  |  Afgedrukt door J.P. Oosterhuis op 04-11-2026 11:02")
    s = []
    s.append(Paragraph("Gegevens", st["h2"]))
    s.append(K.two_col_form([
        ("Patiënt", "Mevr. A.C. Brouwer-Kamphuis", "Verwijzer", "J.P. Oosterhuis, huisarts"),
        ("Geboortedatum", "02-11-1971", "AGB-code", "01-098765"),
        ("Geslacht", "Vrouw", "Praktijk", "Huisartsenpraktijk De Kolk"),
        ("Adres", "Leidsevaart 212\n2014 HE Haarlem", "Adres", "Kolkstraat 4\n2011 AB Haarlem"),
        ("BSN", "999912345", "Telefoon", "023-5550142"),
        ("Verzekeraar", "Zilveren Kruis (polis 2046188391)", "Datum verwijzing", "04-11-2026"),
    ], st, widths=(28 * mm, 55 * mm, 30 * mm, 57 * mm)))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Verwijzing", st["h2"]))
    s.append(K.field_table([
        ("Specialisme", "Plastische chirurgie - handchirurgie"),
        ("Product", "Second opinion handchirurgie"),
        ("Urgentie", "Regulier"),
        ("Reden van verwijzing", "Pijn radiale zijde linkerpols en duimbasis sinds februari 2026, toenemend ondanks "
                                 "behandeling. Patiënte is secretaresse en werkt veel met muis en toetsenbord."),
        ("Vraagstelling", "Graag uw second opinion. De orthopeed (Kennemer Stadsziekenhuis, 30-09-2026) stelt "
                          "duimbasisartrose (CMC-1) vast en adviseert een trapeziëctomie. Op de echo werd echter een "
                          "tendovaginitis van De Quervain gezien. Klopt de diagnose, en is een operatie op dit moment "
                          "zinvol of is verdere conservatieve behandeling te verkiezen?"),
    ], st, col_widths=(42 * mm, 128 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Relevante voorgeschiedenis", st["h2"]))
    s.append(Paragraph("2008 sectio caesarea<br/>2015 hypothyreoïdie<br/>2021 overspanning (hersteld)<br/>"
                       "Patiënte is niet eerder aan hand of pols geopereerd.", st["body"]))
    s.append(Paragraph("Recente behandelingen", st["h2"]))
    s.append(K.data_table(["Datum", "Behandeling", "Door", "Effect"], [
        ["07-2026", "Duimbrace (handbased), 6 weken", "Handtherapeut", "Matig"],
        ["12-08-2026", "Echo en X-hand links", "Radiologie Kennemer Stadsziekenhuis",
         "Tendovaginitis 1e extensorcompartiment; lichte CMC-1 artrose"],
        ["15-09-2026", "Corticosteroïdinjectie 1e extensorcompartiment links", "Huisarts", "4 weken verbetering"],
        ["30-09-2026", "Consult orthopedie", "Dr. R. Kalkman", "Advies trapeziëctomie"],
    ], st, col_widths=(22 * mm, 58 * mm, 45 * mm, 45 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(K.field_table([
        ("Medicatie", "Levothyroxine 100 mcg 1 dd 1\nNaproxen 500 mg zo nodig, max 2 dd"),
        ("Allergieën", "Geen bekend"),
        ("Bijlagen", "Brief orthopedie d.d. 30-09-2026; echoverslag d.d. 12-08-2026 (worden door patiënte meegenomen)"),
    ], st, col_widths=(42 * mm, 128 * mm)))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Ondertekend (elektronisch): J.P. Oosterhuis, huisarts, 04-11-2026", st["small"]))
    K.build_pdf(path, s, first_page=first, later_pages=later, decorate=foot, first_top=28 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-002", "pdf", kinds=["correspondence"], date="2026-10-21", also_dates=["2026-10-19"],
     author="specialist", language="nl", style="HiX outpatient letter, logo as image, sender block right",
     imaging_done="yes", operated="yes", treated_abroad="unmentioned",
     notes="Hospital name only in the raster logo; address block as text on the right. Birth date "
           "19-10-1958 equals the clinic visit date day/month. Mentions an enclosed operation report and "
           "echo report that are not in this file. Operation (carpal tunnel release) in the past; "
           "'second opinion' appears as the patient's wish, not as a referral. Signed by a physician "
           "assistant. 'Ons kenmerk' and 'Datum' as separate label/value runs.")
def d002(path):
    st = K.styles(size=9.5)
    logo = K.logo_image("Rijnstreek Ziekenhuis", "zorg dichtbij", w=230, h=56)

    def first(c, d):
        c.drawImage(ImageReader(logo),
                    20 * mm, H - 32 * mm, width=80 * mm, height=19.5 * mm)
        K.text_lines(c, W - 20 * mm, H - 16 * mm, [
            "Plastische, Reconstructieve en Handchirurgie",
            "Postbus 2210, 2400 CE Alphen aan den Rijn",
            "Bezoekadres: Zegerslaan 40",
            "T 0172 - 555 310 (polikliniek)",
            "www.rijnstreekziekenhuis.example"], size=8, align="right")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, H - 45 * mm, "Retouradres: Postbus 2210, 2400 CE Alphen aan den Rijn")

    foot = K.footer_page_x_of_y("{p}/{n}", left_text="R. Hoekstra, 19-10-1958, patiëntnr. 7730215")
    s = []
    s.append(Paragraph("Huisartsenpraktijk Oudshoorn<br/>T.a.v. mevrouw L.M. Dekker, huisarts<br/>"
                       "Raadhuisstraat 17<br/>2406 AD Alphen aan den Rijn", st["tight"]))
    s.append(Spacer(1, 10 * mm))
    s.append(K.two_col_form([
        ("Ons kenmerk", "PRHC/MV/7730215", "Datum", "21 oktober 2026"),
        ("Uw kenmerk", "-", "Telefoon", "0172 - 555 310"),
    ], st, widths=(25 * mm, 60 * mm, 22 * mm, 60 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(K.field_table([("Betreft", "Dhr. R. Hoekstra, geb. 19-10-1958\nPolikliniekbezoek 19-10-2026")], st,
                           col_widths=(25 * mm, 140 * mm)))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Geachte collega,", st["body"]))
    s.append(Paragraph("Op 19 oktober jl. zagen wij uw patiënt opnieuw op ons spreekuur in verband met persisterende "
                       "klachten van de rechterhand na een carpale tunnel release.", st["body"]))
    for h, t in [
        ("Anamnese", "Op 12 mei 2026 heeft bij patiënt een open carpale tunnel release rechts plaatsgevonden "
                     "(operateur dr. F. Janszen). De nachtelijke tintelingen verdwenen aanvankelijk, maar sinds "
                     "augustus heeft hij opnieuw doofheid van dig I-III en pijn in de handpalm, vooral bij fietsen. "
                     "Geen koorts, geen wondproblemen gehad."),
        ("Lichamelijk onderzoek", "Rustig litteken, geringe pillar pain. Tinel positief over de carpale tunnel, "
                                  "Phalen na 30 seconden positief. Geen thenaratrofie, abductie duim kracht 5/5. "
                                  "2-puntsdiscriminatie dig II 7 mm."),
        ("Aanvullend onderzoek", "Echo n. medianus rechts (15-09-2026): verdikte zenuw proximaal van de carpale tunnel "
                                 "(CSA 14 mm²), geen aanwijzingen voor restant van het ligamentum transversum. "
                                 "EMG (neurologie, 29-09-2026): lichte verbetering t.o.v. preoperatief, nog verlengde "
                                 "distale motorische latentie."),
        ("Conclusie", "Persisterende/recidiverende klachten na carpale tunnel release rechts, differentiaal "
                      "diagnostisch incomplete release versus trage zenuwregeneratie."),
        ("Beleid", "Wij hebben patiënt uitgelegd dat herstel tot een jaar kan duren en adviseren een nachtspalk en "
                   "handtherapie. Een re-operatie achten wij nu niet zinvol. Patiënt geeft aan hierover een second "
                   "opinion te willen; daar hebben wij uiteraard geen bezwaar tegen. Voor dit doel zijn het "
                   "operatieverslag en het echoverslag aan patiënt meegegeven. Controle over 3 maanden."),
    ]:
        s.append(Paragraph(h, st["h3"]))
        s.append(Paragraph(t, st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Met collegiale groet,", st["body"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("drs. M. Verbeek<br/>physician assistant plastische chirurgie<br/>"
                       "namens dr. F. Janszen, plastisch chirurg", st["tight"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("cc: patiënt<br/>Bijlagen: geen (verslagen aan patiënt meegegeven)", st["small"]))
    s.append(Paragraph("Deze brief is elektronisch geautoriseerd en daarom niet ondertekend.", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=52 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-003", "pdf", kinds=["imaging-report"], date="2026-10-15", also_dates=["2026-10-14"],
     author="radiologist", language="nl", style="radiology report, gridded header table",
     imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
     notes="Aanvrager is an orthopaedic surgeon ('Orthopedie'), which must not make it correspondence. "
           "'Vraagstelling' is the requester's question, not a referral. Exam date and report date differ; "
           "a prior X-ray date (02-04-2026) is also mentioned; birth date 12-10-1990 close to the exam date. "
           "No title line other than the department name and 'MRI pols rechts'.")
def d003(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setStrokeColor(colors.HexColor("#6a1b4d"))
        c.setLineWidth(2)
        c.line(20 * mm, H - 24 * mm, W - 20 * mm, H - 24 * mm)
        c.setFont("Helvetica-Bold", 12)
        c.setFillColor(colors.HexColor("#6a1b4d"))
        c.drawString(20 * mm, H - 15 * mm, "Medisch Centrum Veluwe-Zuid")
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, H - 20 * mm, "Afdeling Radiologie en Nucleaire Geneeskunde")
        c.drawRightString(W - 20 * mm, H - 15 * mm, "Secretariaat radiologie 0318 - 555 720")
        c.drawRightString(W - 20 * mm, H - 20 * mm, "Verlengde Maanderweg 3, 6712 AA Ede")

    foot = K.footer_page_x_of_y("Pagina {p} van {n}", left_text="Definitief verslag - afgedrukt 16-10-2026 08:12")
    s = [K.field_table([
        ("Patiënt", "Mw. D. (Demi) Schoonderwoerd"),
        ("Geboortedatum", "12-10-1990"),
        ("Patiëntnummer", "4018772"),
        ("Aanvrager", "Dr. S. El Amrani, orthopedisch chirurg - Orthopedie"),
        ("Kopie aan", "Huisarts G.H. Mulder, Bennekom"),
        ("Onderzoek", "MRI pols rechts zonder contrast"),
        ("Datum onderzoek", "14-10-2026"),
        ("Accessionnummer", "MR26.118402"),
    ], st, col_widths=(38 * mm, 132 * mm), grid=True, shade=colors.HexColor("#f1e6ee"))]
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Klinische gegevens", st["h3"]))
    s.append(Paragraph("Val op gestrekte hand maart 2026. Sindsdien ulnaire polspijn met klik bij pro- en supinatie. "
                       "Vraagstelling: TFCC-letsel? Instabiliteit DRUG?", st["body"]))
    s.append(Paragraph("Verslag", st["h3"]))
    s.append(Paragraph("Vergeleken met X-pols rechts d.d. 02-04-2026. Protocol: coronale PD FS, T1, sagittale en "
                       "transversale PD FS, 3D-sequentie. Normale alignment van de carpus. Geen fractuur, geen "
                       "beenmergoedeem. Doorgaande scheur in het ulnaire deel van de TFCC (foveale insertie), met "
                       "vocht in de DRUG. Lichte tendinopathie ECU zonder scheur; ECU ligt in de sulcus. "
                       "SL- en LT-ligament intact. Geen ganglion. Geen aanwijzingen voor ulnocarpaal impingement; "
                       "ulnavariantie neutraal.", st["body"]))
    s.append(Paragraph("Conclusie", st["h3"]))
    s.append(Paragraph("1. Foveale TFCC-scheur rechts (Palmer 1B) met reactief vocht DRUG.<br/>"
                       "2. Geringe ECU-tendinopathie.<br/>3. Geen occulte fractuur.", st["body"]))
    s.append(Spacer(1, 5 * mm))
    s.append(K.two_col_form([
        ("Radioloog", "Dr. P.W. van Rossum", "Datum verslag", "15-10-2026 11:47"),
        ("Status", "Geautoriseerd", "Verslaglegger", "PvR/jd"),
    ], st, widths=(25 * mm, 55 * mm, 28 * mm, 55 * mm)))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=32 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-004", "pdf", kinds=["operation-report"], date="2026-09-03", author="specialist", language="nl",
     style="OK-verslag two-column form, no salutation", imaging_done="yes", operated="yes",
     treated_abroad="unmentioned",
     notes="Pure form: labels and values in separate cells and two columns; title 'OPERATIEVERSLAG' only. "
           "Imaging only implied through 'radiologisch stadium Eaton III' in the indication. Dictation date "
           "equals operation date; patient birth date 05-09-1961 close to it.")
def d004(path):
    st = K.styles(size=9)

    def first(c, d):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(20 * mm, H - 16 * mm, "Ziekenhuis Amstelwaard")
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, H - 21 * mm, "Orthopedie & Traumatologie  -  OK-complex locatie Oost")
        c.drawString(20 * mm, H - 25 * mm, "Amstelwaardlaan 100, 1186 ZZ Amstelveen  -  020 555 9000")
        c.setFont("Helvetica", 7.5)
        K.text_lines(c, W - 20 * mm, H - 14 * mm, ["Patiënt: mw. H.J. Roodbergen-Ates",
                                                    "Geb.datum: 05-09-1961", "Patnr: 3309814",
                                                    "Opname: 03-09-2026 (dagbehandeling)"], size=7.5, align="right")
        c.line(20 * mm, H - 29 * mm, W - 20 * mm, H - 29 * mm)

    foot = K.footer_page_x_of_y("blad {p} van {n}", left_text="OK-verslag  -  geautoriseerd door dr. B. Hofstede 03-09-2026 16:20")
    s = [Paragraph("OPERATIEVERSLAG", st["h1"])]
    s.append(K.two_col_form([
        ("Datum operatie", "03-09-2026", "Zijde", "Links"),
        ("Operateur", "Dr. B. Hofstede, orthopedisch chirurg", "Assistent", "K. Vermaat, AIOS"),
        ("Anesthesioloog", "Dr. E. Lindqvist", "Anesthesie", "Plexusanesthesie (axillair) + sedatie"),
        ("Bloedleegte", "Ja, bovenarm 250 mmHg, 52 min", "ASA", "II"),
        ("Antibiotica", "Cefazoline 2 g i.v. pre-incisie", "Positie", "Rugligging, armtafel"),
    ], st, widths=(28 * mm, 58 * mm, 24 * mm, 60 * mm), grid=True, shade=colors.HexColor("#eeeeee")))
    s.append(Spacer(1, 4 * mm))
    s.append(K.field_table([
        ("Indicatie", "Invaliderende duimbasisartrose links, radiologisch stadium Eaton III, onvoldoende effect van "
                      "spalk en twee injecties."),
        ("Ingreep", "Trapeziëctomie links met ligamentreconstructie en peesinterpositie (LRTI) met de halve FCR-pees"),
        ("Verloop / beschrijving",
         "Time-out conform protocol. Dorsoradiale incisie over de tabatière. Ramus superficialis n. radialis "
         "opgezocht en beschermd, a. radialis naar proximaal gehouden. Kapsel longitudinaal geopend. Trapezium "
         "piecemeal verwijderd, osteofyt aan basis MC-II afgebeiteld. Halve FCR-pees via twee "
         "hulpincisies aan de onderarm geoogst, door een boorgat in de basis MC-I gehaald en op zichzelf "
         "gehecht; restant als ansjovis in de trapeziumholte. Kapsel gesloten met Vicryl 3-0, huid intracutaan "
         "Monocryl 4-0. Bloedleegte eraf: goede capillaire refill van alle vingers."),
        ("Bevindingen", "Volledig kraakbeenverlies op het trapezium, STT-gewricht macroscopisch intact."),
        ("Complicaties", "Geen"),
        ("PA", "Nee"),
        ("Nabehandeling", "Onderarm-duimgips 2 weken, dan thermoplastische spalk en handtherapie. Hechtingen "
                          "oplosbaar. Controle poli over 2 weken (gipsverwijdering). Paracetamol/ibuprofen, "
                          "zo nodig oxycodon 5 mg."),
    ], st, col_widths=(38 * mm, 132 * mm)))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Gedicteerd: 03-09-2026 / dr. B. Hofstede", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=34 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-005", "pdf", kinds=["mrsa-screening"], date="2026-10-29", also_dates=["2026-10-26"],
     author="lab", language="nl", style="microbiology lab result table, three sites",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
     notes="Result table (Materiaal/Bepaling/Uitslag) with 'MRSA niet aangetoond' per site; several dates "
           "(afname, ontvangst, uitslag/validatie). The clinical info field states an admission in Spain, "
           "which is why the screening was done. Requester is the GP; the lab is the author.")
def d005(path):
    st = K.styles(size=9)

    def first(c, d):
        c.setFillColor(colors.HexColor("#0b6e4f"))
        c.rect(20 * mm, H - 27 * mm, 4 * mm, 14 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(27 * mm, H - 17 * mm, "Microbiologisch Laboratorium Gooi-Vecht")
        c.setFont("Helvetica", 8.5)
        c.drawString(27 * mm, H - 22 * mm, "Medische Microbiologie en Infectiepreventie")
        c.drawString(27 * mm, H - 26 * mm, "Laan van Heelsum 9, 1213 HS Hilversum  |  035 555 4410")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 20 * mm, H - 17 * mm, "UITSLAG - EINDRAPPORT")

    foot = K.footer_page_x_of_y("Pagina {p} van {n}", left_text="Labnr. 26-MM-0719334  |  Deze uitslag is elektronisch gevalideerd")
    s = []
    s.append(K.two_col_form([
        ("Patiënt", "T.W. (Tom) Reijnders", "Aanvrager", "R. Haverkamp, huisarts"),
        ("Geboortedatum", "24-03-1949", "Praktijk", "Huisartsen Kerkelanden"),
        ("Geslacht", "M", "Kopie", "-"),
        ("BSN", "999923418", "Labnummer", "26-MM-0719334"),
        ("Afnamedatum", "26-10-2026 09:15", "Ontvangstdatum", "27-10-2026 07:40"),
        ("Uitslagdatum", "29-10-2026", "Status", "Definitief"),
    ], st, widths=(28 * mm, 55 * mm, 30 * mm, 57 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(K.field_table([("Klinische gegevens",
                             "Screening i.v.m. opname ziekenhuis buitenland (Málaga, Spanje, 06-2026) vóór "
                             "behandeling handkliniek.")], st, col_widths=(38 * mm, 132 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(K.data_table(["Materiaal", "Bepaling", "Uitslag", "Opmerking"], [
        ["Neus", "MRSA kweek (ophoping)", "MRSA niet aangetoond", ""],
        ["Keel", "MRSA kweek (ophoping)", "MRSA niet aangetoond", ""],
        ["Perineum", "MRSA kweek (ophoping)", "MRSA niet aangetoond", "Materiaal 1 dag onderweg"],
    ], st, col_widths=(28 * mm, 45 * mm, 45 * mm, 52 * mm)))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("Conclusie: bij deze screening is geen MRSA aangetoond.", st["body"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Gevalideerd door: dr. A.M. Sluijter, arts-microbioloog, 29-10-2026 14:02", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=34 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-006", "pdf", kinds=["correspondence", "operation-report"], date="2026-08-12", author="specialist",
     language="nl", style="klinische brief / ontslagbrief with full operation section, two pages",
     imaging_done="yes", operated="yes", treated_abroad="unmentioned",
     notes="Discharge letter whose 'Operatie' section is a full operation description (date, operator, "
           "procedure, findings) - so also an operation report. Several dates: admission 07-08, operation "
           "07-08 and 09-08 (second look), discharge 10-08, letter 12-08. Cat bite; X-hand done.")
def d006(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Times-Bold", 16)
        c.drawString(20 * mm, H - 18 * mm, "Flevo Kustziekenhuis")
        c.setFont("Times-Roman", 9)
        c.drawString(20 * mm, H - 23 * mm, "Vakgroep Heelkunde / Traumatologie - Handchirurgie")
        K.text_lines(c, W - 20 * mm, H - 14 * mm, ["Kustlaan 8", "8232 BW Lelystad",
                                                    "Telefoon 0320 - 555 000", "Poli heelkunde 0320 - 555 213"],
                     font="Times-Roman", size=8.5, align="right")

    def later(c, d):
        c.setFont("Times-Roman", 8)
        c.drawString(20 * mm, H - 12 * mm, "Klinische brief  -  dhr. M.A. de Looze  -  geb. 30-11-1977")

    foot = K.footer_page_x_of_y("Pagina {p} van {n}", font="Times-Roman")
    st2 = K.styles(font="Times-Roman", bold="Times-Bold", size=10)
    s = []
    s.append(Paragraph("Aan de huisarts<br/>Dhr. P. Stegeman<br/>Gezondheidscentrum Boswijk<br/>Boswijkplein 2<br/>"
                       "8224 CE Lelystad", st2["tight"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("KLINISCHE BRIEF", st2["h2"]))
    s.append(K.field_table([
        ("Datum", "12 augustus 2026"),
        ("Betreft", "Dhr. M.A. de Looze, geboren 30-11-1977, patiëntnr. 1204466"),
        ("Opname", "07-08-2026 via SEH"),
        ("Ontslag", "10-08-2026"),
        ("Afdeling", "Chirurgie 3B"),
    ], st2, col_widths=(30 * mm, 140 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Geachte collega,", st2["body"]))
    s.append(Paragraph("Hierbij berichten wij u over de opname van uw bovengenoemde patiënt.", st2["body"]))
    for h, t in [
        ("Opnamediagnose", "Flexorpeesschedeflegmone dig III rechts na kattenbeet (03-08-2026)."),
        ("Anamnese", "Patiënt werd op 3 augustus door de eigen kat in de rechter middelvinger gebeten. Sinds "
                     "twee dagen toenemende zwelling, roodheid en pijn bij strekken. Door de huisarts "
                     "amoxicilline/clavulaanzuur gestart op 5 augustus, zonder verbetering."),
        ("Onderzoek", "Dig III rechts: vier Kanavel-tekenen positief. Temperatuur 38,2 °C. CRP 96 mg/l, "
                      "leukocyten 13,4. X-hand rechts: geen corpus alienum, geen ossale afwijkingen, wekedelenzwelling."),
    ]:
        s.append(Paragraph(h, st2["h3"]))
        s.append(Paragraph(t, st2["body"]))
    s.append(Paragraph("Operatie", st2["h3"]))
    s.append(K.field_table([
        ("Datum", "07-08-2026"),
        ("Operateur", "Mw. dr. C.E. Wiersma, chirurg-traumatoloog"),
        ("Assistent", "J. Pranger, ANIOS"),
        ("Anesthesie", "Algehele anesthesie, bloedleegte bovenarm"),
        ("Ingreep", "Drainage en spoelen peesschede flexoren dig III rechts (Bruner-incisie + A5-incisie)"),
        ("Beschrijving", "Incisie ter hoogte van de A1-pulley: troebel vocht, kweek afgenomen. Tweede incisie "
                         "distaal (A5). Katheter (Ch 6) in de peesschede, ruim gespoeld met 500 ml NaCl 0,9% "
                         "tot helder retour. Pezen vitaal, geen necrose. Wonden deels open gelaten, "
                         "drukverband, gipsspalk in intrinsic-plus stand."),
        ("Complicaties", "Geen"),
    ], st2, col_widths=(30 * mm, 140 * mm), grid=True))
    for h, t in [
        ("Beloop", "Postoperatief op geleide van kweek (Pasteurella multocida) intraveneus amoxicilline/clavulaanzuur. "
                   "Op 09-08-2026 second look op de afdeling in lokale anesthesie: schone wonden, geen pus. "
                   "Zwelling en pijn namen snel af, CRP daalde naar 31. Ontslag op 10-08-2026."),
        ("Medicatie bij ontslag", "Amoxicilline/clavulaanzuur 500/125 mg 3 dd 1, nog 7 dagen. "
                                  "Paracetamol 1 g 4 dd zo nodig."),
        ("Beleid", "Wondcontrole en verbandwissel via de praktijkverpleegkundige over 3 dagen. Handtherapie is "
                   "aangevraagd. Controle op onze polikliniek over 10 dagen. Bij koorts of toename van pijn "
                   "contact met de SEH."),
    ]:
        s.append(Paragraph(h, st2["h3"]))
        s.append(Paragraph(t, st2["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Met vriendelijke groet,", st2["body"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("J. Pranger, arts-assistent chirurgie<br/>Supervisor: mw. dr. C.E. Wiersma, chirurg-traumatoloog",
                       st2["tight"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("cc: patiënt; handtherapie Flevo Kustziekenhuis", st2["small"]))
    K.build_pdf(path, s, first_page=first, later_pages=later, decorate=foot, first_top=32 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-007", "pdf", kinds=["correspondence"], date="2026-07-03", also_dates=["2026-06-30"],
     author="specialist", language="en", style="UK NHS trust hand clinic letter (Diagnosis/Plan headings)",
     imaging_done="yes", operated="no", treated_abroad="yes",
     notes="Letter written by a UK hospital that treated the patient, so treated abroad although it never "
           "says 'abroad'. Clinic date vs typed date; CT date 18 June 2026; dd/mm/yyyy in header and "
           "'3 July 2026' in text. 'has not required surgery' is a negation. NHS number, consultant is 'Mr'.")
def d007(path):
    st = K.styles(font="Helvetica", size=9.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#005eb8"))
        c.rect(W - 62 * mm, H - 22 * mm, 42 * mm, 10 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W - 41 * mm, H - 19 * mm, "NHS")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 20 * mm, H - 28 * mm, "Northmoor Hospitals")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 20 * mm, H - 32 * mm, "NHS Foundation Trust")
        K.text_lines(c, 20 * mm, H - 16 * mm, ["Department of Trauma & Orthopaedics - Hand Unit",
                                               "Northmoor General Hospital", "Ashby Lane, Northmoor NM4 7QT",
                                               "Secretary: 01632 960 418"], size=8.5, bold_first=True)

    foot = K.footer_page_x_of_y("Page {p} of {n}", left_text="Hand Unit clinic letter - CONFIDENTIAL")
    s = []
    s.append(K.field_table([
        ("Clinic date:", "30/06/2026"), ("Typed:", "03/07/2026"), ("Our ref:", "TH/cw/HU-2231"),
        ("NHS No:", "999 482 1733"), ("Hospital No:", "N0932187"),
    ], st, col_widths=(28 * mm, 60 * mm), pad=1))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Dr A. Hart<br/>Fenwick Road Surgery<br/>12 Fenwick Road<br/>Northmoor NM2 3LB", st["tight"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("3 July 2026", st["body"]))
    s.append(Paragraph("Dear Dr Hart", st["body"]))
    s.append(Paragraph("<b>Re: Ms Eline VAN DER MEULEN, DOB 01/07/1994</b><br/>Flat 4, 28 Quarry Street, Northmoor NM1 5RE",
                       st["body"]))
    s.append(K.field_table([
        ("Diagnosis:", "Undisplaced fracture of the waist of the left scaphoid (fall 9 June 2026)"),
        ("Outcome:", "Clinical and radiological union"),
        ("Plan:", "Discharge to GP; wrist physiotherapy; no further follow-up required"),
    ], st, col_widths=(28 * mm, 140 * mm)))
    s.append(Spacer(1, 4 * mm))
    for t in [
        "I reviewed this 31-year-old Dutch research assistant in the hand clinic today. She fell from her bicycle "
        "on 9 June and was seen in our Emergency Department the same day, where plain films were thought to be "
        "normal. Because of persistent snuffbox tenderness she was placed in a below-elbow cast and a CT scan "
        "was performed on 18 June 2026, confirming an undisplaced waist fracture.",
        "She has been immobilised for three weeks and today the cast was removed. She is comfortable. There is "
        "minimal snuffbox tenderness and a near-full range of movement. Repeat scaphoid views show early "
        "bridging trabeculae across the fracture line and no displacement.",
        "She has not required surgery and I do not think she will. I have explained the small risk of "
        "non-union. She tells me she is moving back to the Netherlands in August; I have given her a copy of "
        "this letter and the CT report so that her new GP can refer her on should symptoms recur.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Yours sincerely", st["body"]))
    s.append(Spacer(1, 9 * mm))
    s.append(Paragraph("<b>Mr T. Halloran FRCS (Tr&amp;Orth)</b><br/>Consultant Hand and Wrist Surgeon", st["tight"]))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("cc: Ms E. van der Meulen (patient)", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=40 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-008", "pdf", kinds=["operation-report"], date="2026-02-14", author="specialist", language="en",
     style="UK 'Operation Note' form, boxed grid with print header", imaging_done="yes", operated="yes",
     treated_abroad="yes",
     notes="Boxed form with label/value cells; printed-by header line on top carries a later print date "
           "(16/02/2026). Dutch tourist admitted in a UK hospital - treated abroad by authorship. Image "
           "intensifier (fluoroscopy) used intra-operatively. Post-op instructions include a planned X-ray.")
def d008(path):
    st = K.styles(size=8.8)

    def deco(c, p, n):
        c.setFont("Courier", 7)
        c.drawString(15 * mm, H - 8 * mm, f"Printed by: WARD7-PC03 (jsmith) 16/02/2026 07:58    Page {p} of {n}")

    def first(c, d):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(15 * mm, H - 16 * mm, "Royal Wealdmoor Hospitals NHS Trust")
        c.setFont("Helvetica", 8)
        c.drawString(15 * mm, H - 20 * mm, "St Aldric's Hospital - Main Theatres")
        c.setFont("Helvetica-Bold", 18)
        c.drawRightString(W - 15 * mm, H - 19 * mm, "OPERATION NOTE")

    s = []
    box = lambda rows, widths: K.two_col_form(rows, st, widths=widths, grid=True, shade=colors.HexColor("#e8eef7"))
    s.append(box([
        ("Patient name", "DE JONG, Pieter", "Hospital no", "W7781204"),
        ("DOB", "11/02/1972", "NHS no", "Overseas visitor (non-EEA card)"),
        ("Date of operation", "14/02/2026", "Theatre", "Main 3 (trauma list)"),
        ("Surgeon", "Mr R. Okonjo", "Assistant", "Dr L. Marsh (ST4)"),
        ("Anaesthetist", "Dr P. Fenwick", "Anaesthetic", "GA + supraclavicular block"),
        ("Tourniquet", "Upper arm, 250 mmHg, 64 min", "Antibiotics", "Cefuroxime 1.5 g at induction"),
    ], (30 * mm, 60 * mm, 28 * mm, 62 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(K.field_table([
        ("Indication", "Dorsally displaced, intra-articular fracture of the right distal radius (AO 23-C2) "
                       "after a fall on ice, 12/02/2026. Loss of position after closed reduction in ED."),
        ("Procedure", "Open reduction and internal fixation right distal radius, volar locking plate"),
        ("Findings", "Dorsal comminution, two-part articular split. DRUJ stable after fixation."),
        ("Procedure details",
         "WHO checklist. Supine, arm table. Modified Henry approach over FCR. Pronator quadratus elevated "
         "radially. Fracture cleared of haematoma, reduced with traction and K-wire joystick. Volar locking "
         "plate (2.4 mm, 3-hole) positioned under image intensifier; 3 cortical screws, 7 distal locking "
         "screws. Final screening images AP/lateral saved to PACS: good restoration of volar tilt and "
         "radial height, no intra-articular screws. PQ repaired. Skin 3/0 Monocryl subcuticular."),
        ("Closure", "Subcuticular, Steri-Strips, wool and crepe, volar slab"),
        ("EBL", "Minimal"),
        ("Complications", "None"),
        ("Post-op instructions", "Elevate. Neurovascular obs. Check X-ray (PA/lat) prior to discharge. "
                                 "Home tomorrow if comfortable. Wound check 10-14 days; patient returns to the "
                                 "Netherlands 20/02 - letter and images on CD for own GP / fracture clinic."),
        ("VTE", "Not required (upper limb, mobile)"),
    ], st, col_widths=(35 * mm, 145 * mm), grid=True))
    s.append(Spacer(1, 4 * mm))
    s.append(box([
        ("Signed", "R. Okonjo", "GMC", "7123456"),
        ("Date/time", "14/02/2026 18:42", "Grade", "Consultant"),
    ], (30 * mm, 60 * mm, 28 * mm, 62 * mm)))
    K.build_pdf(path, s, first_page=first, decorate=deco, margins=(15 * mm, 15 * mm, 15 * mm, 15 * mm),
                first_top=26 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-009", "pdf", kinds=["correspondence"], date="2026-02-07", author="specialist", language="de",
     style="Austrian Entlassungsbrief (Unfallchirurgie), Diagnosen/Therapie/Procedere",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="Austrian discharge letter for a Dutch skier; operation mentioned briefly (date + procedure, no "
           "operator/description) and 'OP-Bericht liegt bei' - so correspondence only, not an operation "
           "report. Birth date 09.02.1985 two days after the letter. Dates dd.mm.yyyy; +43 phone.")
def d009(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, H - 15 * mm, "Bezirkskrankenhaus Oberinntal")
        c.setFont("Helvetica", 8.5)
        K.text_lines(c, 20 * mm, H - 20 * mm, ["Abteilung für Unfallchirurgie und Sporttraumatologie",
                                               "Vorstand: Prim. Dr. Andreas Plattner",
                                               "Krankenhausstraße 12, 6500 Talheim in Tirol, Österreich",
                                               "Tel. +43 5442 555 0  |  Fax +43 5442 555 1090"], size=8.5)
        c.setFont("Helvetica", 7)
        c.drawRightString(W - 20 * mm, H - 15 * mm, "DVR 0012345  |  Zl. UC-2026/00871")

    foot = K.footer_page_x_of_y("Seite {p} von {n}", left_text="Entlassungsbrief Smits Jeroen, geb. 09.02.1985")
    s = []
    s.append(Paragraph("Herrn<br/>Dr. med. W. Kooistra (Hausarzt)<br/>Huisartsenpraktijk Het Baken<br/>"
                       "Bakenweg 3<br/>NL-9601 AB Hoogezand<br/>Niederlande", st["tight"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Talheim, am 07.02.2026", st["right"]))
    s.append(Paragraph("<b>ENTLASSUNGSBRIEF</b>", st["h2"]))
    s.append(Paragraph("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,", st["body"]))
    s.append(Paragraph("wir berichten über Herrn <b>Jeroen Smits</b>, geb. 09.02.1985, wohnhaft in Hoogezand (NL), "
                       "der sich vom <b>05.02.2026 bis 07.02.2026</b> in unserer stationären Behandlung befand.",
                       st["body"]))
    s.append(Paragraph("Diagnosen", st["h3"]))
    s.append(Paragraph("Ruptur des ulnaren Seitenbandes am Daumengrundgelenk rechts mit Stener-Läsion "
                       "(Skidaumen), Skisturz am 04.02.2026<br/>Nebendiagnose: Prellung linkes Knie", st["body"]))
    s.append(Paragraph("Therapie", st["h3"]))
    s.append(Paragraph("Operative Versorgung am 05.02.2026: offene Refixation des UCL mit Fadenanker (Mini-Anker "
                       "2,0 mm), Daumengipsschiene. Der Operationsbericht liegt bei.", st["body"]))
    s.append(Paragraph("Verlauf", st["h3"]))
    s.append(Paragraph("Das Röntgen des rechten Daumens in 2 Ebenen bei Aufnahme zeigte keinen knöchernen "
                       "Ausriss. Der postoperative Verlauf gestaltete sich komplikationslos, die Wunde ist "
                       "reizlos, Durchblutung, Motorik und Sensibilität intakt. Thromboseprophylaxe war nicht "
                       "erforderlich.", st["body"]))
    s.append(Paragraph("Procedere", st["h3"]))
    s.append(Paragraph("- Ruhigstellung in der Daumenschiene für insgesamt 6 Wochen<br/>"
                       "- Wundkontrolle und Nahtentfernung am 12.-14. postoperativen Tag beim Hausarzt in den Niederlanden<br/>"
                       "- Anschließend Ergotherapie / Handtherapie<br/>"
                       "- Analgesie: Paracetamol 1 g bis 3x tgl., Ibuprofen 400 mg bei Bedarf", st["body"]))
    s.append(Paragraph("Wir danken für die Zuweisung und stehen für Rückfragen gerne zur Verfügung.", st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Mit freundlichen kollegialen Grüßen", st["body"]))
    s.append(Spacer(1, 8 * mm))
    s.append(K.two_col_form([("", "OA Dr. Katharina Wechselberger", "", "Dr. Lukas Mair"),
                             ("", "Fachärztin für Unfallchirurgie", "", "Assistenzarzt")], st,
                            widths=(2 * mm, 80 * mm, 2 * mm, 80 * mm)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Beilagen: OP-Bericht, Röntgenbilder auf CD", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=40 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-010", "pdf", kinds=["imaging-report"], date="2026-09-22", also_dates=["2026-09-21"],
     author="radiologist", language="de", style="German hospital radiology Befund (MRT), Überweiser block",
     imaging_done="yes", operated="yes", treated_abroad="yes",
     notes="'Überweiser' is a hand surgeon of the same Klinikum; 'Fragestellung' is the requester's question. "
           "States 'Z. n. Schraubenosteosynthese 11/2025' (operated) and metal artefact. Examination and "
           "Befund dates differ; comparison with an earlier CT (03.03.2026). German hospital, Dutch patient.")
def d010(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 20 * mm, H - 15 * mm, "Klinikum Lippe-Ems")
        c.setFont("Helvetica", 8.5)
        K.text_lines(c, W - 20 * mm, H - 20 * mm, [
            "Institut für Diagnostische und Interventionelle Radiologie",
            "Direktor: Prof. Dr. med. H.-J. Terwiel",
            "Emsdeich 40  |  48431 Rheinemark", "Tel. +49 5971 555-3100"], size=8.5, align="right")
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, H - 38 * mm, "Klinikum Lippe-Ems · Emsdeich 40 · 48431 Rheinemark")

    foot = K.footer_page_x_of_y("Seite {p}/{n}", left_text="RIS-Nr. 26-443107  ·  elektronisch freigegeben")
    s = []
    s.append(Paragraph("Klinik für Hand-, Plastische und Rekonstruktive Chirurgie<br/>Herrn Dr. med. K. Brandt<br/>- im Hause -",
                       st["tight"]))
    s.append(Spacer(1, 8 * mm))
    s.append(K.two_col_form([
        ("Patient:", "Wijnands, Luuk", "Untersuchung:", "21.09.2026"),
        ("Geb.-Datum:", "17.09.1996", "Befunddatum:", "22.09.2026"),
        ("Überweiser:", "Dr. med. K. Brandt, Handchirurgie", "Station/Amb.:", "HCH-Ambulanz"),
    ], st, widths=(25 * mm, 60 * mm, 28 * mm, 50 * mm)))
    s.append(Spacer(1, 5 * mm))
    s.append(Paragraph("MRT des rechten Handgelenks nativ und nach KM", st["h2"]))
    s.append(K.field_table([
        ("Rechtfertigende Indikation / Fragestellung",
         "Z. n. Kahnbeinfraktur 02/2025 und Schraubenosteosynthese (Herbert-Schraube) 11/2025 bei verzögerter "
         "Heilung. Persistierende Schmerzen. Pseudarthrose? Vitalität des proximalen Pols?"),
    ], st, col_widths=(50 * mm, 120 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Befund", st["h3"]))
    s.append(Paragraph("Voraufnahmen: CT Handgelenk rechts vom 03.03.2026 zum Vergleich. Metallartefakt durch "
                       "die einliegende Schraube im Skaphoid, die Beurteilbarkeit ist eingeschränkt. "
                       "Weiterhin durchgehender Frakturspalt im mittleren Drittel mit flüssigkeitsäquivalentem "
                       "Signal und Sklerosesaum. Proximaler Pol in T1 signalgemindert, nach Kontrastmittel "
                       "nur fleckige, insgesamt verminderte Anreicherung. Keine Lockerungszeichen der Schraube. "
                       "Beginnende radioskaphoidale Arthrose mit Knorpelverschmälerung am Processus styloideus "
                       "radii. SL-Band intakt. Sehnen unauffällig.", st["body"]))
    s.append(Paragraph("Beurteilung", st["h3"]))
    s.append(Paragraph("1. Persistierende Skaphoidpseudarthrose rechts nach Schraubenosteosynthese.<br/>"
                       "2. Verminderte Perfusion des proximalen Fragmentes, partielle Avitalität möglich.<br/>"
                       "3. Beginnende radioskaphoidale Arthrose (SNAC I).", st["body"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Mit freundlichen Grüßen", st["body"]))
    s.append(Paragraph("Dr. med. S. Overbeck, Fachärztin für Radiologie  ·  Prof. Dr. med. H.-J. Terwiel", st["tight"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=44 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-011", "pdf", kinds=["correspondence"], date="2026-06-16", also_dates=["2026-06-11"],
     author="specialist", language="nl", style="Belgian AZ raadpleging letter (Flemish, Besluit, ° birth date)",
     imaging_done="yes", operated="unmentioned", treated_abroad="yes",
     notes="Flemish vocabulary (raadpleging, Besluit, dr. titles), birth date as '°14/06/1979' two days "
           "before the letter date; place-date line 'Herentals, 16/06/2026'. Excision is only proposed. "
           "Belgian hospital that saw the patient, so treated abroad. 4-digit Belgian postcode, +32.")
def d011(path):
    st = K.styles(size=9.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#00857c"))
        c.circle(27 * mm, H - 20 * mm, 7 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(27 * mm, H - 21.5 * mm, "AZ")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(37 * mm, H - 18 * mm, "AZ Nete-en-Kempen")
        c.setFont("Helvetica", 8.5)
        c.drawString(37 * mm, H - 23 * mm, "campus Sint-Dimpna  -  Dienst Orthopedie & Handchirurgie")
        K.text_lines(c, W - 20 * mm, H - 16 * mm, ["Kloosterlaan 20, 2200 Herentals",
                                                    "T +32 14 55 52 00", "orthopedie@aznetekempen.example"],
                     size=8, align="right")

    foot = K.footer_page_x_of_y("{p}/{n}", left_text="AZ Nete-en-Kempen vzw - RPR Antwerpen - ondernemingsnr. 0400.000.000")
    s = []
    s.append(K.two_col_form([
        ("", "", "", "Aan dokter E. Timmermans\nHuisartsenpraktijk De Vaart\nVaartweg 6\n5091 BD Oost-, West- en Middelbeers\nNederland"),
    ], st, widths=(5 * mm, 80 * mm, 2 * mm, 80 * mm)))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Herentals, 16/06/2026", st["body"]))
    s.append(Paragraph("<b>Betreft:</b> mevrouw Sofie Claes - Verhaegen, °14/06/1979<br/>"
                       "<b>Raadpleging van:</b> 11/06/2026", st["body"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Geachte collega,", st["body"]))
    s.append(Paragraph("Ik zag uw patiënte op de raadpleging handchirurgie. Zij werkt in de logistiek in Geel en is "
                       "voor haar werk vaak in onze regio; daarom meldde zij zich bij ons aan.", st["body"]))
    for h, t in [
        ("Anamnese", "Sinds een viertal maanden een zwelling aan de dorsale zijde van de linkerpols, pijnlijk bij "
                     "steunen en bij push-ups. Geen trauma. Rechtshandig."),
        ("Klinisch onderzoek", "Ronde, elastische zwelling van ongeveer 1,5 cm dorsaal ter hoogte van het "
                               "scapholunair interval, niet verschuifbaar t.o.v. de diepte. Doorlichtbaar. "
                               "Volledige mobiliteit. Geen sensibiliteitsstoornissen."),
        ("Technische onderzoeken", "Echografie pols links (11/06/2026): anechogene, gelobde structuur 16 x 11 mm "
                                   "met steel naar het SL-interval, passend bij een dorsaal ganglion. "
                                   "RX pols: geen ossale afwijkingen."),
        ("Besluit", "Dorsaal polsganglion links."),
        ("Voorstel", "Wij hebben de natuurlijke evolutie besproken. Eerst afwachten of aspiratie; bij recidief "
                     "of blijvende last kan een excisie onder locoregionale anesthesie in dagziekenhuis "
                     "overwogen worden. Patiënte wenst hierover eerst te overleggen met u. Geen verdere "
                     "afspraak gepland."),
    ]:
        s.append(Paragraph(h, st["h3"]))
        s.append(Paragraph(t, st["body"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Met collegiale groeten,", st["body"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("dr. Pieter-Jan Wouters<br/>orthopedisch chirurg - handchirurgie<br/>RIZIV 1-23456-78-910",
                       st["tight"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Kopie: patiënte", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=34 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-012", "pdf", kinds=["referral"], date="2026-11-02", author="gp", language="nl",
     style="free GP referral letter received by fax, fax header on every page", referral_question=True,
     imaging_done="no", operated="unmentioned", treated_abroad="no",
     notes="Fax header with send date 04-11-2026 on each page differs from the letter date 02-11-2026. "
           "Birth date 29-10-1962. History list of unrelated conditions but no recent treatments, so not "
           "counted as a history letter. Holiday in Spain without seeing a doctor (treated_abroad = no). "
           "'beeldvorming is niet verricht' (no). Fasciectomy only proposed. Question in prose plus "
           "'Vraagstelling' line on page 2; enclosure mention.")
def d012(path):
    st = K.styles(font="Times-Roman", bold="Times-Bold", size=10.5)
    fax = K.fax_header("04-NOV-2026 14:32   FROM: +31 38 555 7720   HUISARTSEN STADSHAGEN-NOORD   TO: 0715559911   P.{p:03d}/{n:03d}")
    foot = K.footer_page_x_of_y("pagina {p}", font="Times-Roman")

    def first(c, d):
        c.setFont("Times-Bold", 13)
        c.drawString(22 * mm, H - 20 * mm, "Huisartsenpraktijk Stadshagen-Noord")
        c.setFont("Times-Roman", 9)
        K.text_lines(c, 22 * mm, H - 25 * mm, ["C. Bouwman & N. Yilmaz, huisartsen",
                                               "Werkeren 14, 8043 LA Zwolle",
                                               "tel. 038 - 555 77 00  |  fax 038 - 555 77 20"], font="Times-Roman", size=9)

    s = []
    s.append(Paragraph("Aan: Handkliniek Leiden-Oost<br/>t.a.v. intake second opinion<br/>Rijnsburgerweg 150<br/>"
                       "2333 AJ Leiden", st["tight"]))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Zwolle, 2 november 2026", st["body"]))
    s.append(Paragraph("<b>Betreft:</b> dhr. C.J. (Kees) Lammers, geb. 29-10-1962<br/>"
                       "Bisschopsweg 88, 8043 XM Zwolle - BSN 999934521 - Menzis", st["body"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Geachte collega,", st["body"]))
    for t in [
        "Graag verwijs ik bovengenoemde patiënt naar u voor een second opinion in verband met een ziekte van "
        "Dupuytren aan de rechterhand.",
        "Dhr. Lammers merkt sinds ongeveer twee jaar strengen in de handpalm rechts, met toenemende buigstand van "
        "de ring- en pink. De klachten werden voor het eerst duidelijk tijdens een vakantie in Spanje in het "
        "voorjaar; hij heeft daar geen arts bezocht. Hij kan de hand inmiddels niet meer plat op tafel leggen "
        "en blijft haken bij het aantrekken van werkhandschoenen (hij is hovenier).",
        "Bij onderzoek zie ik een duidelijke streng over dig IV en V rechts met een flexiecontractuur van het "
        "MCP-gewricht van de ringvinger van circa 40 graden en het PIP-gewricht van de pink van 30 graden. "
        "Tafeltest positief. Beeldvorming is niet verricht; dat leek mij bij dit klinische beeld niet nodig.",
        "Hij werd in oktober door de orthopeed in de Sallandse Kliniek gezien, die een fasciëctomie voorstelde. "
        "Patiënt ziet op tegen de revalidatie en heeft gelezen over naaldfasciotomie.",
    ]:
        s.append(Paragraph(t, st["body"]))
    s.append(Paragraph("<b>Voorgeschiedenis</b><br/>- Diabetes mellitus type 2 (sinds 2014)<br/>"
                       "- Hypertensie<br/>- TIA 2019, geen restverschijnselen<br/>- Roken: gestopt 2019",
                       st["body"]))
    s.append(Paragraph("<b>Medicatie</b><br/>Metformine 1000 mg 2 dd 1, perindopril 4 mg 1 dd 1, "
                       "acetylsalicylzuur 80 mg 1 dd 1, atorvastatine 40 mg 1 dd 1", st["body"]))
    s.append(Paragraph("<b>Allergie</b>: pleister (jeuk)", st["body"]))
    s.append(PageBreak())
    s.append(Paragraph("Vervolg brief dhr. C.J. Lammers, 29-10-1962", st["small"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("<b>Vraagstelling:</b> Is bij dhr. Lammers een percutane naaldfasciotomie een "
                       "verantwoord alternatief voor de voorgestelde open fasciëctomie, gezien de mate van "
                       "PIP-contractuur van de pink? En zo ja, kan dat bij u plaatsvinden?", st["body"]))
    s.append(Paragraph("Patiënt gebruikt acetylsalicylzuur; ik hoor graag of dit rond een eventuele ingreep "
                       "gestaakt moet worden.", st["body"]))
    s.append(Paragraph("Bij voorbaat dank voor uw beoordeling.", st["body"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Met vriendelijke groet,", st["body"]))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("N. Yilmaz, huisarts<br/>AGB 01-076543", st["tight"]))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Bijlage: brief orthopedie Sallandse Kliniek d.d. 14-10-2026", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=K.chain(fax, foot), first_top=40 * mm)


# ----------------------------------------------------------------------------------------------
@doc("vc-013", "pdf", kinds=["history"], date="2026-10-08", author="gp", language="nl",
     style="HIS 'Professionele samenvatting' PDF print, episode table + SOEP journal, 2 pages",
     imaging_done="yes", operated="unmentioned", treated_abroad="yes",
     notes="Long HIS print: header with 'Datum uitdraai' repeated on every page, birth date 07-10-1967 one "
           "day before the print date. Old distal radius fracture treated with plaster at an emergency "
           "department in Antalya (2024) - treated abroad. Appendectomy and caesarean are other body parts; "
           "mother's carpal tunnel operation is a family member's. No hand operation stated either way. "
           "Journal line 'Verwijzing ZorgDomein handchirurgie' and 'Brief specialist ontvangen' are mentions.")
def d013(path):
    st = K.styles(size=8.5)

    def every(c, d):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(15 * mm, H - 12 * mm, "Professionele Samenvatting")
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, H - 16 * mm, "Huisartsenpraktijk Lindenhof  -  dr. M.E. Pauwels  -  Lindenhof 3, 3812 NK Amersfoort")
        c.drawRightString(W - 15 * mm, H - 12 * mm, "Datum uitdraai: 08-10-2026 09:41")
        c.drawRightString(W - 15 * mm, H - 16 * mm, "Mw. F. Bouzid-Verhoeven  -  07-10-1967  -  V")
        c.line(15 * mm, H - 18 * mm, W - 15 * mm, H - 18 * mm)

    foot = K.footer_page_x_of_y("Pagina {p} van {n}", left_text="Vertrouwelijk - uitsluitend voor behandelaar",
                                y=9 * mm)
    s = []
    s.append(K.two_col_form([
        ("Naam", "F. Bouzid-Verhoeven", "Geboortedatum", "07-10-1967"),
        ("Adres", "Kraailandhof 41, 3815 AN Amersfoort", "BSN", "999945102"),
        ("Verzekering", "CZ 55012873", "Ingeschreven", "sinds 01-03-1999"),
    ], st, widths=(22 * mm, 68 * mm, 26 * mm, 64 * mm)))
    s.append(Paragraph("Episodelijst (actueel en relevant)", st["h2"]))
    s.append(K.data_table(["ICPC", "Omschrijving", "Begin", "Eind"], [
        ["N93", "Carpaletunnelsyndroom rechts", "14-03-2026", ""],
        ["T86", "Hypothyreoïdie", "02-06-2011", ""],
        ["L81.01", "Fractuur distale radius links (SEH Antalya, gips)", "19-07-2024", "30-09-2024"],
        ["L95", "Osteopenie", "11-11-2024", ""],
        ["P76", "Depressieve klachten", "2019", "2020"],
        ["D88", "Appendicitis - appendectomie", "1989", "1989"],
        ["W84", "Sectio caesarea", "1997", "1997"],
        ["A97.01", "Familieanamnese: moeder CTS-operatie bdz, vader DM2", "", ""],
    ], st, col_widths=(18 * mm, 100 * mm, 28 * mm, 28 * mm), font_size=8))
    s.append(Paragraph("Medicatie (actueel)", st["h2"]))
    s.append(K.data_table(["Start", "Middel", "Gebruik"], [
        ["02-06-2011", "Levothyroxine 75 mcg", "1 dd 1 nuchter"],
        ["11-11-2024", "Alendroninezuur 70 mg", "1x per week"],
        ["11-11-2024", "Calciumcarbonaat/colecalciferol 1,25 g/800 IE", "1 dd 1"],
        ["22-06-2026", "Paracetamol 500 mg", "zo nodig max 6 dd"],
    ], st, col_widths=(25 * mm, 85 * mm, 64 * mm), font_size=8))
    s.append(Paragraph("Allergieën / intoleranties", st["h2"]))
    s.append(Paragraph("Codeïne (misselijkheid). Geen bekende geneesmiddelallergie.", st["body"]))
    s.append(Paragraph("Journaal (selectie, laatste 24 maanden)", st["h2"]))
    journal = [
        ("19-07-2024", "E", "L81.01", "Fractuur distale radius li tijdens vakantie Turkije; op SEH in Antalya gereponeerd en gips. Foto's op telefoon gezien: redelijke stand."),
        ("29-07-2024", "S", "L81.01", "Terug uit Turkije. Gips zit goed, geen tintelingen."),
        ("29-07-2024", "P", "L81.01", "Verwijzing gipskamer/SEH Eemziekenhuis voor controle-X en gipswissel."),
        ("30-09-2024", "E", "L81.01", "Fractuur geconsolideerd volgens brief SEH. Episode afgesloten."),
        ("11-11-2024", "O", "L95", "DEXA: osteopenie heup, T-score -2,1. Start alendronaat."),
        ("14-03-2026", "S", "N93", "Sinds 2 mnd 's nachts tintelingen dig 1-3 re, wakker. Schudden helpt. Werkt als kapster."),
        ("14-03-2026", "O", "N93", "Tinel + re, Phalen + na 40 s. Geen atrofie. Sensibiliteit intact."),
        ("14-03-2026", "E", "N93", "Carpaletunnelsyndroom re."),
        ("14-03-2026", "P", "N93", "Nachtspalk, uitleg. Controle 6 wk."),
        ("02-05-2026", "S", "N93", "Nachtspalk helpt matig. Overdag nu ook doof bij knippen."),
        ("02-05-2026", "P", "N93", "Echo pols re aangevraagd (Diagnostisch centrum), verwijzing neurologie voor EMG."),
        ("20-05-2026", "O", "N93", "Uitslag echo pols re: verdikte n. medianus (CSA 13 mm2), geen ganglion."),
        ("10-06-2026", "E", "N93", "Brief specialist ontvangen: neurologie Eemziekenhuis - EMG matig ernstig CTS re. Advies: injectie of verwijzing plastische chirurgie."),
        ("22-06-2026", "P", "N93", "Corticosteroïdinjectie carpale tunnel re (triamcinolon 40 mg). Goed verdragen."),
        ("03-08-2026", "S", "N93", "Na injectie 5 weken klachtenvrij, nu weer terug."),
        ("18-09-2026", "S", "N93", "Klachten progressief, laat schaar vallen. Moeder is destijds aan beide handen geopereerd; pt. is bang voor operatie, wil second opinion alvorens te kiezen."),
        ("18-09-2026", "O", "N93", "Lichte thenaratrofie re. Abductie duim 4/5."),
        ("18-09-2026", "P", "N93", "Verwijzing ZorgDomein handchirurgie (second opinion). Samenvatting meegestuurd."),
        ("01-10-2026", "S", "T86", "Moe. TSH controle."),
        ("02-10-2026", "O", "T86", "TSH 3,1 mU/l, FT4 15 pmol/l - normaal."),
    ]
    s.append(K.data_table(["Datum", "SOEP", "ICPC", "Tekst"], journal, st,
                          col_widths=(20 * mm, 12 * mm, 16 * mm, 132 * mm), font_size=8))
    s.append(Paragraph("Uitslagen (selectie)", st["h2"]))
    s.append(K.data_table(["Datum", "Bepaling", "Waarde", "Ref."], [
        ["02-10-2026", "TSH", "3,1 mU/l", "0,4-4,0"], ["02-10-2026", "FT4", "15 pmol/l", "10-23"],
        ["11-11-2024", "Glucose nuchter", "5,4 mmol/l", "4,0-6,0"], ["11-11-2024", "eGFR", "> 90", "> 60"],
    ], st, col_widths=(25 * mm, 60 * mm, 40 * mm, 40 * mm), font_size=8))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Einde samenvatting. Deze uitdraai bevat geen volledig journaal.", st["small"]))
    K.build_pdf(path, s, first_page=every, later_pages=every, decorate=foot,
                margins=(15 * mm, 15 * mm, 24 * mm, 16 * mm))


# ----------------------------------------------------------------------------------------------
@doc("vc-014", "pdf", kinds=[], date="2026-10-29", author="gp", language="nl",
     style="radiology request form (aanvraagformulier röntgen/echo) with checkboxes",
     imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
     notes="Request form, not a report and not a referral: ticked box 'X-pols rechts', 'Vraagstelling: "
           "scaphoidfractuur?' and 'Klinische gegevens'. Imaging is only requested. Contains the word "
           "'verwijzer' and a GP stamp, which could be mistaken for a referral.")
def d014(path):
    st = K.styles(size=9)

    def first(c, d):
        c.setFillColor(colors.HexColor("#f4b400"))
        c.rect(0, H - 16 * mm, W, 16 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(15 * mm, H - 10 * mm, "Diagnostisch Centrum Haaglanden-West")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 15 * mm, H - 10 * mm, "AANVRAAGFORMULIER RÖNTGEN / ECHOGRAFIE")
        # checkbox grid
        y0 = H - 150 * mm
        items = [("X-thorax", False), ("X-hand li", False), ("X-hand re", False), ("X-pols li", False),
                 ("X-pols re", True), ("Scaphoidserie re", True), ("X-knie", False), ("X-enkel", False),
                 ("Echo pols/hand", False), ("Echo schouder", False), ("Echo buik", False), ("Echo mamma", False)]
        c.setFont("Helvetica-Bold", 9)
        c.drawString(15 * mm, y0 + 8 * mm, "Gevraagd onderzoek (aankruisen)")
        c.setFont("Helvetica", 9)
        for i, (lab, on) in enumerate(items):
            col, row = i % 4, i // 4
            x = 15 * mm + col * 45 * mm
            y = y0 - row * 7 * mm
            c.rect(x, y - 1, 3.5 * mm, 3.5 * mm)
            if on:
                c.line(x, y - 1, x + 3.5 * mm, y - 1 + 3.5 * mm)
                c.line(x, y - 1 + 3.5 * mm, x + 3.5 * mm, y - 1)
            c.drawString(x + 5 * mm, y, lab)
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, 30 * mm, "Zonder afspraak: ma-vr 08.00-17.00 uur, locatie Loosduinen en Kijkduin. Neem dit formulier en uw legitimatie mee.")
        c.drawString(15 * mm, 26 * mm, "Uitslag gaat naar de aanvrager. Niet bestemd voor spoedeisende vragen.")
        # stamp
        c.setStrokeColor(colors.HexColor("#1a237e"))
        c.rect(W - 80 * mm, 45 * mm, 62 * mm, 24 * mm)
        c.setFillColor(colors.HexColor("#1a237e"))
        c.setFont("Helvetica", 8)
        K.text_lines(c, W - 77 * mm, 64 * mm, ["Huisartsenpraktijk Kijkduin", "A.R. Bakker, huisarts",
                                                "AGB 01-087321", "Kijkduinsestraat 820, Den Haag"], size=8)

    s = [Spacer(1, 4 * mm)]
    s.append(K.two_col_form([
        ("Naam patiënt", "Mw. Y.E. Martens", "Verwijzer / aanvrager", "A.R. Bakker, huisarts"),
        ("Geboortedatum", "02-06-2003", "AGB-code", "01-087321"),
        ("Adres", "Zeeruststraat 11, 2554 AE Den Haag", "Datum aanvraag", "29-10-2026"),
        ("Verzekering", "DSW 4471900", "Kopie uitslag aan", "-"),
    ], st, widths=(28 * mm, 60 * mm, 38 * mm, 54 * mm), grid=True))
    s.append(Spacer(1, 4 * mm))
    s.append(K.field_table([
        ("Klinische gegevens", "Val op gestrekte hand tijdens hockey 28-10. Drukpijn tabatière re, pijn bij axiale "
                               "compressie duim."),
        ("Vraagstelling", "Scaphoidfractuur?"),
        ("Bijzonderheden", "Geen zwangerschap. Linkshandig. Graag uitslag ook telefonisch."),
    ], st, col_widths=(38 * mm, 142 * mm), grid=True))
    K.build_pdf(path, s, first_page=first, margins=(15 * mm, 15 * mm, 24 * mm, 20 * mm))


# ----------------------------------------------------------------------------------------------
@doc("vc-015", "pdf", kinds=[], date="2026-10-13", author="other", language="nl",
     style="pharmacy 'Actueel medicatieoverzicht' table", imaging_done="unmentioned",
     operated="unmentioned", treated_abroad="unmentioned",
     notes="Pharmacy medication overview: dense table with prescribers from 'plastische chirurgie' and an "
           "oxycodon course, which hint at an operation but say nothing about one. Not a history letter.")
def d015(path):
    st = K.styles(size=8.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#2e7d32"))
        c.rect(15 * mm, H - 25 * mm, 8 * mm, 8 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(19 * mm, H - 22.5 * mm, "+")
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(26 * mm, H - 20 * mm, "Apotheek De Roerdomp")
        c.setFont("Helvetica", 8)
        c.drawString(26 * mm, H - 24 * mm, "Roerdompstraat 2, 5212 AB 's-Hertogenbosch  ·  073 555 2266  ·  apotheker J.H. Verkerk")

    foot = K.footer_page_x_of_y("Pagina {p} van {n}", left_text="Afgedrukt 13-10-2026 16:05 door JV - bron: AIS + LSP",
                                y=10 * mm)
    s = [Paragraph("Actueel Medicatieoverzicht", st["h1"])]
    s.append(K.two_col_form([
        ("Patiënt", "Dhr. B.A.M. van Gils", "Geboortedatum", "15-10-1944"),
        ("Adres", "Orthenseweg 190, 5212 XK 's-Hertogenbosch", "Huisarts", "Dr. I. de Kort"),
        ("Lengte/gewicht", "178 cm / 84 kg (06-2026)", "eGFR", "52 ml/min (08-2026)"),
    ], st, widths=(26 * mm, 64 * mm, 26 * mm, 64 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(K.data_table(["Start", "Geneesmiddel", "Dosering", "Voorschrijver", "Laatst afgeleverd"], [
        ["12-01-2019", "Metoprolol succ. 50 mg tablet MGA", "1x per dag 1 tablet", "Cardiologie", "30-09-2026"],
        ["12-01-2019", "Apixaban 5 mg tablet", "2x per dag 1 tablet", "Cardiologie", "30-09-2026"],
        ["04-03-2021", "Simvastatine 40 mg tablet", "1x per dag 1 tablet 's avonds", "Huisarts", "30-09-2026"],
        ["20-07-2023", "Tamsulosine 0,4 mg capsule MGA", "1x per dag 1 capsule", "Urologie", "30-09-2026"],
        ["18-08-2026", "Oxycodon 5 mg capsule", "zo nodig max 4x per dag 1 (10 st.)", "Plastische chirurgie", "18-08-2026"],
        ["18-08-2026", "Paracetamol 1000 mg tablet", "4x per dag 1 tablet", "Plastische chirurgie", "18-08-2026"],
        ["18-08-2026", "Macrogol/elektrolyten sachet", "zo nodig 1 sachet", "Plastische chirurgie", "18-08-2026"],
        ["02-09-2026", "Diclofenac 1% gel", "3x per dag dun aanbrengen", "Huisarts", "02-09-2026"],
    ], st, col_widths=(20 * mm, 52 * mm, 42 * mm, 33 * mm, 27 * mm), font_size=7.8))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Gestopte medicatie (laatste 6 maanden)", st["h3"]))
    s.append(K.data_table(["Start", "Stop", "Geneesmiddel", "Reden"], [
        ["18-08-2026", "25-08-2026", "Oxycodon 5 mg capsule", "Kuur afgerond"],
        ["01-05-2026", "12-08-2026", "Naproxen 500 mg", "Interactie met apixaban (signaal apotheek)"],
    ], st, col_widths=(20 * mm, 20 * mm, 60 * mm, 74 * mm), font_size=7.8))
    s.append(Spacer(1, 3 * mm))
    s.append(K.field_table([
        ("Overgevoeligheden", "Penicilline (huiduitslag, 1988)"),
        ("Contra-indicaties", "Verminderde nierfunctie; anticoagulantia"),
    ], st, col_widths=(35 * mm, 140 * mm)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Dit overzicht is gebaseerd op de gegevens die bij de apotheek bekend zijn. Controleer het "
                       "overzicht samen met de patiënt.", st["small"]))
    K.build_pdf(path, s, first_page=first, decorate=foot, first_top=30 * mm,
                margins=(15 * mm, 15 * mm, 20 * mm, 18 * mm))
