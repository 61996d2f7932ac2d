"""reportlab PDFs, part B: specialist letters from abroad, two-column letter, radiology (tk-018, 020, 021, 022, 024, 026, 027)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

W, H = A4


# ============================================================== tk-018 NHS clinic letter to a Dutch GP
def tk018():
    stem = "tk-018"
    s = styles("Lib", 10, 13)
    blue = colors.HexColor("#005EB8")

    def first(c, doc):
        c.setFillColor(blue)
        c.setFont("Lib-Bold", 12)
        c.drawRightString(W - 18 * mm, H - 17 * mm, "Pennine Vale Hospitals")
        c.setFont("Lib", 9.5)
        c.drawRightString(W - 18 * mm, H - 22 * mm, "NHS Foundation Trust")
        c.setFillColor(colors.black)
        draw_lines(c, W - 18 * mm, H - 29 * mm, ["Hand Surgery Unit", "Calderbrook General Hospital", "Moor Road",
                                                 "Halifax HX3 0ZZ", "Secretary: 01422 000 517"], font="Lib", size=8, align="right")
        draw_lines(c, 20 * mm, H - 18 * mm, ["Consultant: Mr Adebayo Okafor FRCS (Tr&Orth)", "Our ref: AO/HSU/PV4481207",
                                            "NHS No: 712 448 3096", "Hospital No: PV4481207"], font="Lib", size=8)

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.drawString(20 * mm, 10 * mm, "DE GROOT, Anna  ·  PV4481207  ·  Clinic date 18/09/2026  ·  Dictated 18/09/2026  ·  Typed 24/09/2026 (JH)")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Page {n} of {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=52 * mm, bottomMargin=20 * mm)
    st = [P("Date: 24 September 2026", s["body"]), Spacer(1, 4 * mm),
          P("Dr J. Hoogendijk<br/>Huisartsenpraktijk De Kreek<br/>Kreekweg 4<br/>4331 AA Middelburg<br/>Netherlands", s["body"]),
          Spacer(1, 6 * mm), P("Dear Dr Hoogendijk,", s["body"]), Spacer(1, 2 * mm),
          P("<b>Re: Miss Anna DE GROOT, DOB 05/03/1992</b><br/>14 Brudenell Grove, Leeds LS6 1HR", s["body"]),
          Spacer(1, 3 * mm),
          grid([["Diagnosis:", "1. Left ulnar-sided wrist pain – central TFCC tear (Palmer 1A)\n"
                               "2. Positive ulnar variance +1 mm, no ulnocarpal impaction on MRI"],
                ["Procedure:", "Left wrist arthroscopy and debridement of TFCC tear, 02/09/2026 (day case, Mr Okafor)"],
                ["Outcome:", "Wound healed, early range of motion, discharged to the care of the Dutch GP"]],
               [26 * mm, 144 * mm], font="Lib", size=9.5, bold_cols=(0,), pad=1.5),
          Spacer(1, 3 * mm)]
    for p in [
        "I reviewed Anna in the Hand Clinic today, sixteen days after her left wrist arthroscopy. As you may know, she is "
        "a Dutch postgraduate student who has been living in Leeds and she is moving back to Zeeland in October; she "
        "asked me to write to you directly.",
        "She had a nine-month history of ulnar-sided wrist pain after a fall while climbing. The MR arthrogram of "
        "14/07/2026 showed a central perforation of the TFCC without foveal detachment. At arthroscopy we found a "
        "central tear with unstable flap edges, which were debrided back to a stable rim with a shaver and radiofrequency "
        "probe. The foveal insertion was intact on the hook test and the DRUJ was stable. There were no chondral "
        "lesions. Her pre-operative MRSA screen was negative.",
        "Today the portals have healed well, she has 60 degrees of extension and flexion and full forearm rotation, "
        "with mild residual ulnar tenderness.",
        "<b>Plan:</b><br/>1. Wean out of the wrist splint over the next week.<br/>2. Hand therapy for range of motion "
        "and grip strengthening; she will arrange this in the Netherlands.<br/>3. If her symptoms persist after three "
        "months, she would benefit from reassessment, in particular with regard to an ulnar shortening osteotomy. She "
        "may wish to seek an opinion from a hand surgeon in the Netherlands at that stage.<br/>4. We have discharged "
        "her from our follow-up.",
    ]:
        st.append(P(p, s["just"]))
        st.append(Spacer(1, 2.5 * mm))
    st += [Spacer(1, 3 * mm), P("Yours sincerely,", s["body"]), Spacer(1, 12 * mm),
           P("<b>Mr A. Okafor</b><br/>Consultant Hand &amp; Upper Limb Surgeon", s["body"]), Spacer(1, 6 * mm),
           P("cc: Miss A. de Groot (patient)<br/>Enc: Operation note 02/09/2026", s["small"])]
    doc.build(st, onFirstPage=first, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "en-GB", dict(
        kinds=["correspondence"], date="2026-09-24", also_dates=["2026-09-18"], author="specialist", language="en",
        style="UK NHS trust clinic letter with Diagnosis/Procedure/Outcome grid, right-aligned trust name",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Clinic letter from an English hospital to a Dutch GP; typed date in 'Date:' line, clinic/dictated date "
              "in footer; arthroscopy described in prose but this is a clinic letter, not the operation note "
              "(enclosed); osteotomy only a future option; MRSA screen only mentioned."))


# ============================================================== tk-020 Belgian raadplegingsverslag with physician sidebar
def tk020():
    stem = "tk-020"
    s = styles("Sans", 9.5, 12.5)
    red = colors.HexColor("#B3282D")

    def page(c, doc):
        draw_logo_vector(c, 15 * mm, H - 32 * mm, "cross", red, 0.9)
        c.setFillColor(red)
        c.setFont("Sans-Bold", 15)
        c.drawString(35 * mm, H - 21 * mm, "AZ Demerdal")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawString(35 * mm, H - 26 * mm, "campus Kuringen · Kuringersteenweg 300 · 3511 Hasselt · tel. +32 11 00 00 00")
        # sidebar
        c.setFillColor(colors.HexColor("#F4ECEC"))
        c.rect(10 * mm, 20 * mm, 44 * mm, H - 60 * mm, fill=1, stroke=0)
        c.setFillColor(red)
        c.setFont("Sans-Bold", 8)
        y = H - 48 * mm
        c.drawString(13 * mm, y, "Dienst Orthopedie")
        c.drawString(13 * mm, y - 10, "en Traumatologie")
        c.setFillColor(colors.black)
        y -= 26
        for name, riziv, note in [("Dr. P. Wouters", "1-48201-33-580", "hand- en polschirurgie"),
                                  ("Dr. S. Vandeweyer", "1-47711-09-580", "schouder en elleboog"),
                                  ("Dr. E. Lambrechts", "1-49120-54-580", "heup en knie"),
                                  ("Dr. J. Claesen", "1-50233-71-580", "voet en enkel"),
                                  ("Dr. M. Ramaekers", "1-51002-18-580", "wervelkolom")]:
            c.setFont("Sans-Bold", 7.5); c.drawString(13 * mm, y, name)
            c.setFont("Sans", 6.8); c.drawString(13 * mm, y - 9, note); c.drawString(13 * mm, y - 17, "RIZIV " + riziv)
            y -= 34
        c.setFont("Sans-Bold", 7.5); c.drawString(13 * mm, y - 6, "Afspraken")
        c.setFont("Sans", 6.8); c.drawString(13 * mm, y - 15, "+32 11 00 04 40")
        c.drawString(13 * mm, y - 23, "ma-vr 8u30 - 17u")

    def final(c, n, total):
        c.setFont("Sans", 6.5)
        c.drawString(60 * mm, 12 * mm, "AZ Demerdal vzw · ondernemingsnummer 0400.000.000 · RPR Antwerpen, afdeling Hasselt")
        c.drawRightString(W - 15 * mm, 12 * mm, f"{n}/{total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=62 * mm, rightMargin=16 * mm,
                            topMargin=42 * mm, bottomMargin=22 * mm)
    st = [P("Hasselt, 19/06/2026", s["right"]), Spacer(1, 3 * mm),
          P("Dokter L. Vroemen<br/>Huisartsenpraktijk Maasboulevard<br/>Breusterstraat 20<br/>6245 EL Eijsden<br/>Nederland", s["body"]),
          Spacer(1, 6 * mm),
          P("<b>Betreft:</b> Dhr. Bart Janssen (°08/05/1975)<br/>Wilhelminastraat 9, 6245 Eijsden (NL)<br/>"
            "<b>Raadpleging van:</b> 17/06/2026", s["body"]),
          Spacer(1, 5 * mm), P("Geachte collega, beste Luc,", s["body"]), Spacer(1, 2 * mm),
          P("Dank voor de verwijzing van bovenvermelde patiënt die ik op de raadpleging zag voor pijn aan de rechterpols.", s["just"])]
    for h, b in [
        ("Anamnese", "Patiënt kwam op 12/04/2026 ten val met de mountainbike in de Voerstreek, met de rechterhand in "
                     "extensie. Hij werd dezelfde dag gezien op onze spoedgevallendienst: RX toen zonder fractuur, "
                     "behandeling met polsbrace. Sindsdien persisterende dorsale polspijn met een klikkend gevoel bij "
                     "steunen. Beroep: elektricien, rechtshandig."),
        ("Klinisch onderzoek", "Lichte zwelling dorsaal, drukpijn ter hoogte van het scapholunair interval. "
                     "Watson-test rechts positief met pijnlijke klik, links negatief. Flexie/extensie 60/50 rechts "
                     "versus 80/75 links. Knijpkracht (Jamar) 28 kg rechts, 46 kg links."),
        ("Technisch onderzoek", "RX beide polsen met gebalde vuist (17/06/2026): SL-afstand rechts 4 mm, links 2 mm. "
                     "NMR rechterpols (29/05/2026): volledige ruptuur van het dorsale deel van het scapholunair "
                     "ligament, geen kraakbeenschade."),
        ("Besluit", "Scapholunair ligamentletsel rechts met dynamische instabiliteit."),
        ("Voorstel", "Ik stelde een diagnostische artroscopie voor met zo nodig herstel van het ligament "
                     "(dorsale capsulodese). Patiënt wenst echter eerst een second opinion in Nederland, wat ik "
                     "uiteraard begrijp. Ik gaf hem een kopie van de beelden mee op cd-rom. Intussen brace bij "
                     "zware activiteiten en geen steunactiviteiten."),
    ]:
        st.append(P(h, s["h3"]))
        st.append(P(b, s["just"]))
    st += [Spacer(1, 6 * mm), P("Met collegiale groeten,", s["body"]), Spacer(1, 10 * mm),
           P("<b>Dr. P. Wouters</b><br/>orthopedisch chirurg", s["body"]), Spacer(1, 5 * mm),
           P("Kopie: patiënt", s["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl-BE", dict(
        kinds=["correspondence"], date="2026-06-19", author="specialist", language="nl",
        style="Belgian AZ raadplegingsverslag with physician sidebar listing RIZIV numbers",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Flemish consultation report (Besluit, Voorstel, raadpleging, °-birth date, RIZIV); left sidebar of "
              "department physicians extracted before or between letter text; patient lives in NL but was treated "
              "in a Belgian hospital (spoedgevallendienst + raadpleging); arthroscopy only proposed."))


# ============================================================== tk-021 two-column newsletter-like hospital letter
def tk021():
    stem = "tk-021"
    s = styles("Serif", 9.5, 12.3)
    purple = colors.HexColor("#5B2C6F")

    def page(c, doc):
        c.setFillColor(purple)
        c.rect(0, H - 30 * mm, W, 30 * mm, fill=1, stroke=0)
        draw_logo_vector(c, 16 * mm, H - 25 * mm, "circle", colors.white, 0.9)
        c.setFillColor(colors.white)
        c.setFont("Serif-Bold", 16)
        c.drawString(38 * mm, H - 15 * mm, "Vechtstreek Medisch Centrum")
        c.setFont("Serif-Italic", 10)
        c.drawString(38 * mm, H - 21 * mm, "Handchirurgisch Centrum  ·  Poliklinische brief")
        c.setFont("Serif", 7.5)
        draw_lines(c, W - 16 * mm, H - 12 * mm, ["Vechtoeverlaan 5", "8025 AB Zwolle", "T 038 000 50 00",
                                                 "handcentrum@vmc-zwolle.example"], font="Serif", size=7.5, align="right")
        c.setFillColor(colors.black)

    def final(c, n, total):
        c.setFont("Serif", 7)
        c.setFillColor(purple)
        c.drawString(16 * mm, 10 * mm, "Vechtstreek Medisch Centrum – topklinisch opleidingsziekenhuis – brief "
                                       "gegenereerd uit het EPD, kenmerk HC/ER/558120")
        c.drawRightString(W - 16 * mm, 10 * mm, f"blad {n} van {total}")

    doc = BaseDocTemplate(docpath(stem, "pdf"), pagesize=A4, title="Poliklinische brief")
    top_h = 47 * mm
    full = Frame(16 * mm, H - 33 * mm - top_h, W - 32 * mm, top_h, id="top", showBoundary=0)
    colw = (W - 32 * mm - 8 * mm) / 2
    y0, hcol = 18 * mm, H - 33 * mm - top_h - 18 * mm
    left = Frame(16 * mm, y0, colw, hcol, id="left")
    right = Frame(16 * mm + colw + 8 * mm, y0, colw, hcol, id="right")
    l2 = Frame(16 * mm, y0, colw, H - 33 * mm - y0 - 4 * mm, id="l2")
    r2 = Frame(16 * mm + colw + 8 * mm, y0, colw, H - 33 * mm - y0 - 4 * mm, id="r2")
    doc.addPageTemplates([PageTemplate("first", [full, left, right], onPage=page, autoNextPageTemplate="next"),
                          PageTemplate("next", [l2, r2], onPage=page)])
    addr = P("Mevrouw drs. E.M. Schuurman, huisarts<br/>Huisartsenpraktijk De Esch<br/>Eschweg 2<br/>8021 ZX  Zwolle", s["body"])
    meta = grid([["Datum", "09-07-2026"], ["Kenmerk", "HC/ER/558120"], ["Polibezoek", "06-07-2026"],
                 ["Behandelaar", "dr. E. Ruiters"]], [24 * mm, 40 * mm], font="Serif", size=8.5, pad=1)
    t = Table([[addr, meta]], colWidths=[100 * mm, 70 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    head = ParagraphStyle("hc", parent=s["h3"], textColor=purple)
    st = [t, Spacer(1, 6 * mm),
          P("<b>Betreft:</b> mevrouw J. Brinkman-Smit, geboren 19-09-1948, Deventerstraatweg 140, 8014 ZZ Zwolle, "
            "patiëntnummer 0558120", s["body"]),
          Spacer(1, 2 * mm),
          P("<b>Diagnose:</b> symptomatische duimbasisartrose (CMC-1) links; status na trapeziectomie rechts (2021)", s["body"]),
          FrameBreak()]
    body = [
        (None, "Geachte collega,"),
        (None, "Uw patiënte, mevrouw Brinkman, bezocht op 6 juli jl. ons spreekuur in verband met klachten van haar "
               "linkerduim. Hieronder treft u ons verslag."),
        ("Anamnese", "Sinds ruim een jaar pijn aan de basis van de linkerduim, toenemend bij knijpen, het openen van "
                     "potjes en breien. 's Nachts soms een zeurende pijn. Rechts werd in 2021 een trapeziectomie met "
                     "LRTI-plastiek verricht in het Sallandzorg Ziekenhuis te Deventer, met een goed resultaat. In "
                     "maart 2026 gleed patiënte tijdens een wintersportvakantie in Oostenrijk uit op een bevroren stoep "
                     "en viel op de linkerhand. Zij heeft daar geen arts bezocht. Na thuiskomst is zij door u "
                     "behandeld met een duimbrace, waarna de pijn niet wezenlijk afnam."),
        ("Lichamelijk onderzoek", "Links: zwelling en drukpijn over het CMC-1-gewricht, grind-test positief, "
                     "adductiecontractuur van de eerste straal, hyperextensie MCP-1 van 20 graden. Knijpkracht "
                     "(pinch) links 3 kg, rechts 5 kg. Rechts: rustig litteken, stabiele duimbasis."),
        ("Aanvullend onderzoek", "Röntgenfoto's van beide handen (02-07-2026): links CMC-1-artrose Eaton-Littler "
                     "stadium III met lichte subluxatie; STT-gewricht gespaard. Rechts status na trapeziectomie, "
                     "behouden ruimte."),
        ("Conclusie", "Symptomatische CMC-1-artrose links bij een vitale, actieve 77-jarige vrouw."),
        ("Beleid", "Wij kiezen vooralsnog voor een conservatief beleid: handtherapie met een spalk op maat en "
                   "eventueel een corticosteroïdinjectie. Bij onvoldoende effect kan een operatie worden overwogen "
                   "(trapeziectomie zoals rechts, of een duimbasisprothese). Patiënte wil eerst de handtherapie "
                   "proberen. Zij gaf aan mogelijk een second opinion te willen vragen over een prothese; daar "
                   "hebben wij uiteraard geen bezwaar tegen. Een controleafspraak volgt over drie maanden."),
        (None, "Met vriendelijke groet,"),
        (None, "<br/><b>dr. E. Ruiters</b><br/>plastisch chirurg – handchirurg"),
        (None, "<font size=7.5>cc: patiënte; handtherapie VMC<br/>Bijlage: patiëntenfolder 'Duimbasisartrose'</font>"),
    ]
    for h, b in body:
        if h == "Aanvullend onderzoek":
            st.append(FrameBreak())
        if h:
            st.append(P(h, head))
        st.append(P(b, s["just"]))
        st.append(Spacer(1, 1.5 * mm))
    box = Table([[P("<b>Wist u dat?</b><br/>Het Handchirurgisch Centrum van het VMC houdt elke dinsdag een "
                    "telefonisch spreekuur voor huisartsen (038 000 50 55, 12.30–13.00 uur).", s["small"])]],
                colWidths=[colw - 4 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EFE6F3")),
                             ("BOX", (0, 0), (-1, -1), 0.5, purple)]))
    st += [Spacer(1, 3 * mm), box]
    doc.build(st, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["correspondence"], date="2026-07-09", author="specialist", language="nl",
        style="two-column newsletter-like polikliniekbrief (body text in two side-by-side columns)",
        imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Body in two text columns side by side: extraction may interleave lines; fall on holiday in Austria "
              "without any doctor, then treated at home by the GP (treated_abroad no); trapeziectomy on the other "
              "thumb (same disease, hand surgery) counts as operated; new operation only considered."))


# ============================================================== tk-022 Austrian Ambulanzbrief to a Dutch GP
def tk022():
    stem = "tk-022"
    s = styles("Sans", 9, 12)
    col = colors.HexColor("#2E6B30")

    def page(c, doc):
        draw_logo_vector(c, 18 * mm, H - 30 * mm, "bars", col, 0.9)
        c.setFont("Sans-Bold", 11)
        c.setFillColor(col)
        c.drawString(40 * mm, H - 17 * mm, "A.ö. Krankenhaus Sonnenberg Landeck")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8.5)
        c.drawString(40 * mm, H - 22 * mm, "Abteilung für Unfallchirurgie und Sporttraumatologie")
        c.setFont("Sans", 7.5)
        c.drawString(40 * mm, H - 26.5 * mm, "Vorstand: Prim. Dr. Georg Pfeifhofer")
        draw_lines(c, W - 18 * mm, H - 16 * mm, ["Sonnenbergweg 12", "6500 Landeck, Österreich", "Tel. +43 5442 000-0",
                                                 "Unfallambulanz DW 2240"], font="Sans", size=7.5, align="right")
        c.line(18 * mm, H - 33 * mm, W - 18 * mm, H - 33 * mm)

    def final(c, n, total):
        c.setFont("Sans", 6.8)
        c.drawString(18 * mm, 10 * mm, "Pat.: van Rijn Eva, geb. 22.09.2003 · Fallzahl 2026-004417 · DVR 0123456")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Seite {n} von {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=40 * mm, bottomMargin=20 * mm)
    addr = P("Herrn<br/>Dr. R. Visser, Huisarts<br/>Huisartsen Dorpsstraat<br/>Dorpsstraat 61<br/>NL-5571 CJ Bergeijk<br/>NIEDERLANDE", s["body"])
    meta = grid([["Fallzahl", "2026-004417"], ["Ambulanz", "14.02.2026, 16:20"], ["Sachbearb.", "Dr. Gstrein"]],
                [22 * mm, 36 * mm], font="Sans", size=8, pad=1)
    t = Table([[addr, meta]], colWidths=[105 * mm, 65 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st = [t, Spacer(1, 4 * mm), P("Landeck, am 15.02.2026", s["right"]), Spacer(1, 4 * mm),
          P("AMBULANZBRIEF", s["h2"]),
          P("<b>Patientin:</b> Frau Eva van Rijn, geb. 22.09.2003, Sportlaan 8, NL-5571 Bergeijk; "
            "derzeit Urlaubsgast in See im Paznaun", s["body"]), Spacer(1, 3 * mm),
          P("Sehr geehrter Herr Kollege,", s["body"]),
          P("wir berichten über o.g. Patientin, die sich am 14.02.2026 in unserer Unfallambulanz vorstellte.", s["body"])]
    for h, b in [
        ("Diagnosen", "Undislozierte Skaphoidfraktur links, mittleres Drittel (Herbert A2) – S62.0<br/>"
                      "Prellung Kniegelenk rechts – S80.0"),
        ("Anamnese", "Die Patientin kam laut eigenen Angaben am 14.02.2026 gegen 14:30 Uhr beim Skifahren zu Sturz auf die "
                     "ausgestreckte linke Hand. Kein Kopfanprall, keine Bewusstlosigkeit. Rechtshänderin, Studentin."),
        ("Status", "Linkes Handgelenk: Schwellung radial, Druckschmerz in der Tabatière und über dem Tuberculum ossis "
                   "scaphoidei, Stauchungsschmerz Daumen. DMS intakt. Rechtes Knie: Prellmarke, Bandapparat stabil, "
                   "kein Erguss."),
        ("Bildgebung", "Röntgen Handgelenk links in 2 Ebenen und Skaphoidquartett: V.a. Fraktur des Skaphoids im "
                       "mittleren Drittel.<br/>CT Handgelenk links: undislozierte Querfraktur des Skaphoids im mittleren "
                       "Drittel, keine Trümmerzone, kein Gelenkstufe.<br/>Röntgen Knie rechts: kein Frakturnachweis."),
        ("Therapie", "Ruhigstellung im gespaltenen Unterarmgips mit Daumeneinschluss. Eine operative Versorgung "
                     "(Schraubenosteosynthese) wurde mit der Patientin besprochen; bei undislozierter Fraktur und auf "
                     "Wunsch der Patientin erfolgte keine Operation. Analgesie mit Paracetamol."),
        ("Procedere", "Die Patientin reist am 16.02.2026 in die Niederlande zurück. Gipskontrolle und Zirkulieren "
                      "des Gipses in 3–5 Tagen heimatnah. Ruhigstellung insgesamt 6–8 Wochen, CT-Kontrolle nach "
                      "6 Wochen empfohlen. Bei verzögerter Heilung ist eine operative Versorgung zu erwägen. "
                      "Röntgen- und CT-Bilder wurden der Patientin auf CD mitgegeben."),
    ]:
        st.append(P(h, s["h3"]))
        st.append(P(b, s["just"]))
    st += [Spacer(1, 5 * mm), P("Mit freundlichen kollegialen Grüßen", s["body"]), Spacer(1, 10 * mm)]
    sig = Table([[P("Dr. Lukas Gstrein<br/>Assistenzarzt", s["body"]),
                  P("OÄ Dr. Martina Praxmarer<br/>Fachärztin für Unfallchirurgie", s["body"])]], colWidths=[80 * mm, 90 * mm])
    st += [sig, Spacer(1, 4 * mm), P("Elektronisch vidiert. Beilage: CD (Röntgen, CT)", s["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "de-AT", dict(
        kinds=["correspondence"], date="2026-02-15", author="specialist", language="de",
        style="Austrian Ambulanzbrief (Unfallchirurgie) addressed to a Dutch GP",
        imaging_done="yes", operated="no", treated_abroad="yes",
        notes="Ski accident treated in an Austrian emergency department; 'erfolgte keine Operation' while a "
              "screw fixation was discussed and may be considered later; ambulance date vs letter date "
              "('Landeck, am 15.02.2026'); ICD codes; knee X-ray is another body part."))


# ============================================================== tk-024 Swiss Sprechstundenbericht
def tk024():
    stem = "tk-024"
    s = styles("Lib", 9.5, 12.5)
    col = colors.HexColor("#C8102E")

    def page(c, doc):
        c.setFillColor(col)
        c.rect(18 * mm, H - 28 * mm, 4 * mm, 14 * mm, fill=1, stroke=0)
        c.setFont("Lib-Bold", 12)
        c.drawString(25 * mm, H - 18 * mm, "Spitalzentrum Aare-Seeland")
        c.setFillColor(colors.black)
        c.setFont("Lib", 9)
        c.drawString(25 * mm, H - 23 * mm, "Centre hospitalier Aar-Seeland")
        c.setFont("Lib-Bold", 8.5)
        c.drawString(25 * mm, H - 28 * mm, "Klinik für Handchirurgie")
        draw_lines(c, W - 18 * mm, H - 16 * mm, ["Chefarzt: Dr. med. Reto Blaser", "Seeländerweg 12",
                                                 "2502 Biel/Bienne", "Tel. +41 32 000 00 00",
                                                 "handchirurgie@saz-biel.example"], font="Lib", size=7.5, align="right")

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.drawString(18 * mm, 10 * mm, "Mulder Sander, 21.07.1988, PID 1189204, Fall 60037711")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Seite {n}/{total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=40 * mm, bottomMargin=20 * mm)
    st = [P("Herrn Dr. med. Urs Brechbühl<br/>Facharzt Allgemeine Innere Medizin FMH<br/>Hauptstrasse 12<br/>2504 Biel", s["body"]),
          Spacer(1, 4 * mm), P("Biel, 22. September 2026", s["right"]), Spacer(1, 2 * mm),
          P("<b>Sprechstundenbericht vom 21.09.2026</b>", s["body"]),
          P("Patient: Herr Sander Mulder, geb. 21.07.1988, Seevorstadt 51, 2502 Biel", s["body"]),
          Spacer(1, 3 * mm), P("Sehr geehrter Herr Kollege, lieber Urs", s["body"]), Spacer(1, 2 * mm)]
    for h, b in [
        ("Diagnosen", "1. Chronische Instabilität MCP-I-Gelenk rechts bei Läsion des ulnaren Seitenbandes (Skidaumen, "
                      "Stener-Läsion)<br/>- Status nach offener Refixation mit Knochenanker am 03.03.2026 "
                      "(Dr. R. Blaser, Spitalzentrum Aare-Seeland)<br/>- Unfall beim Skifahren in Grindelwald am 07.02.2026<br/>"
                      "2. Belastungsabhängige Schmerzen, Verdacht auf beginnende MCP-I-Arthrose"),
        ("Anamnese", "Der 38-jährige niederländische Patient (Softwareentwickler) ist uns bekannt. Seit der Operation "
                     "persistierende Schmerzen beim Spitzgriff und ein Instabilitätsgefühl beim Tragen von Taschen. "
                     "Die Ergotherapie wurde im Juni abgeschlossen."),
        ("Befund", "Reizlose Narbe ulnar über MCP I rechts. Valgusstress in 30 Grad Flexion: vermehrte Aufklappbarkeit "
                   "(35 Grad vs. 15 Grad links) mit weichem Anschlag. Schlüsselgriff rechts 6 kg, links 10 kg. "
                   "Sensibilität intakt."),
        ("Bildgebung", "MRI Daumen rechts vom 12.02.2026 (präoperativ): Stener-Läsion des ulnaren Seitenbandes.<br/>"
                       "Konventionelles Röntgen Daumen rechts vom 21.09.2026: Knochenanker regelrecht, keine Lockerung, "
                       "diskrete Gelenkspaltverschmälerung MCP I."),
        ("Beurteilung", "Rezidivierende Instabilität nach Refixation. Therapeutisch kommen eine Bandplastik mit "
                        "Palmaris-longus-Sehne oder – bei zunehmender Arthrose – eine MCP-I-Arthrodese in Frage."),
        ("Procedere", "Der Patient kehrt per Ende Oktober in die Niederlande zurück (neue Stelle in Arnhem) und "
                      "wünscht vor einem allfälligen Zweiteingriff eine Zweitmeinung bei der Handkliniek Veluwezoom. "
                      "Wir haben ihm den Operationsbericht sowie die Bilder auf CD mitgegeben. Bis dahin "
                      "Daumenorthese bei Belastung."),
    ]:
        st.append(P(h, s["h3"]))
        st.append(P(b, s["just"]))
    st += [Spacer(1, 5 * mm), P("Freundliche Grüsse", s["body"]), Spacer(1, 10 * mm)]
    sig = Table([[P("Dr. med. Reto Blaser<br/>Chefarzt Handchirurgie", s["body"]),
                  P("Dr. med. Chiara Zbinden<br/>Assistenzärztin", s["body"])]], colWidths=[85 * mm, 80 * mm])
    st += [sig, Spacer(1, 5 * mm),
           P("Kopie: Handkliniek Veluwezoom, Velperweg 212, NL-6824 HL Arnhem (auf Wunsch des Patienten); Patient", s["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "de-CH", dict(
        kinds=["correspondence"], date="2026-09-22", author="specialist", language="de",
        style="Swiss Sprechstundenbericht (ss instead of sz, 'allfällig', FMH), bilingual hospital name",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Swiss hospital letter addressed to a Swiss GP with a copy to the Dutch clinic (the clinic in a cc "
              "line is not the addressee); consultation date in title vs letter date; previous operation in "
              "Switzerland; second operation and second opinion only planned."))


# ============================================================== tk-026 radiology report with addendum
def tk026():
    stem = "tk-026"
    s = styles("Sans", 9, 12)
    col = colors.HexColor("#0B5394")

    def page(c, doc):
        draw_logo_vector(c, 18 * mm, H - 30 * mm, "bars", col, 0.8)
        c.setFillColor(col)
        c.setFont("Sans-Bold", 12)
        c.drawString(38 * mm, H - 18 * mm, "Ziekenhuis De Lingegaarde")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8.5)
        c.drawString(38 * mm, H - 23 * mm, "Afdeling Radiologie & Nucleaire Geneeskunde")
        c.setFont("Sans", 7.5)
        c.drawString(38 * mm, H - 27 * mm, "Nieuwe Lingedijk 2 · 4191 LT Geldermalsen · T 0345 00 70 00")

    def final(c, n, total):
        c.setFont("Sans", 6.8)
        c.drawString(18 * mm, 10 * mm, "Dit verslag is elektronisch geautoriseerd en daarom niet ondertekend.  "
                                       "Bouzid, M. – 03-03-1983 – 5509218")
        c.drawRightString(W - 18 * mm, 10 * mm, f"{n} / {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=36 * mm, bottomMargin=18 * mm)
    st = [grid([["Patiënt", "Bouzid, M. (Mohamed)", "Geboortedatum", "03-03-1983"],
                ["Patiëntnummer", "5509218", "Geslacht", "M"],
                ["Aanvrager", "dr. E. Smeets, orthopedisch chirurg\nPolikliniek Orthopedie", "Kopie aan",
                 "W. Veenstra, huisarts, Geldermalsen"],
                ["Onderzoek", "MRI pols links (zonder contrast)", "Datum onderzoek", "02-06-2026 18:40"],
                ["Accessienummer", "LG26MR04417", "Modaliteit", "MR 1,5 T"]],
               [28 * mm, 62 * mm, 28 * mm, 56 * mm], font="Sans", size=8.2, bold_cols=(0, 2), lines=True),
          Spacer(1, 5 * mm)]
    for h, b in [
        ("Klinische gegevens", "Val op de uitgestrekte linkerhand op 11-04-2026 (voetbal). Aanhoudende pijn in de "
                               "tabatière. X-pols links en scaphoidserie van 14-04-2026 (Ziekenhuis Rijnvliet, elders): "
                               "geen fractuur zichtbaar."),
        ("Vraagstelling", "Occulte scaphoidfractuur? Ligamentletsel?"),
        ("Verslag", "MRI van de linkerpols: coronale T1, coronale en axiale PD met vetsuppressie, sagittale PD met "
                    "vetsuppressie. Vergeleken met de X-pols links van 14-04-2026 (elders).<br/>"
                    "Beenmergoedeem in de taille van het os scaphoideum met een smalle hypointense lijn op T1, passend "
                    "bij een niet-gedisloceerde fractuur. Geen stapstand, geen sclerose of cysteuze veranderingen. "
                    "Het proximale fragment heeft een normale signaalintensiteit. Scapholunair en lunotriquetraal "
                    "ligament intact. TFCC intact. Geen gewrichtseffusie van betekenis. Pezen zonder bijzonderheden."),
        ("Conclusie", "Niet-gedisloceerde taillefractuur van het os scaphoideum links, circa 7 weken oud, zonder "
                      "aanwijzingen voor avasculaire necrose van de proximale pool."),
    ]:
        st.append(P(h, s["h3"]))
        st.append(P(b, s["just"]))
    st += [Spacer(1, 4 * mm),
           grid([["Radioloog", "dr. A.J. Pronk, radioloog"], ["Datum verslag", "03-06-2026 09:15"],
                 ["Status", "Definitief – geautoriseerd"]], [30 * mm, 80 * mm], font="Sans", size=8.2, pad=1),
           Spacer(1, 6 * mm)]
    add = Table([[P("<b>ADDENDUM</b> – 10-06-2026 – dr. A.J. Pronk<br/>Na bespreking in het musculoskeletaal overleg "
                    "van 09-06-2026: daarnaast subtiel beenmergoedeem in het os lunatum (bone bruise), geen fractuur. "
                    "Conclusie verder ongewijzigd. Aanvrager telefonisch geïnformeerd.", s["body"])]],
                colWidths=[174 * mm])
    add.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF7DD")),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st.append(add)
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["imaging-report"], date="2026-06-03", also_dates=["2026-06-02", "2026-06-10"], author="radiologist",
        language="nl", style="Dutch radiology report, label/value grid, boxed addendum",
        imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
        notes="Aanvrager is an orthopaedic surgeon (not a referral); 'Vraagstelling' is the requester's question; "
              "exam date, report date and later addendum date; earlier X-ray elsewhere only mentioned."))


# ============================================================== tk-027 Irish MRI report
def tk027():
    stem = "tk-027"
    s = styles("Lib", 9.5, 12.5)

    def page(c, doc):
        c.setFont("Lib-Bold", 11)
        c.drawString(18 * mm, H - 16 * mm, "SHANNONSIDE REGIONAL HOSPITAL")
        c.setFont("Lib", 8.5)
        c.drawString(18 * mm, H - 21 * mm, "Department of Radiology  ·  Ennis Road, Limerick V94 XXXX  ·  +353 61 000 000")
        c.setLineWidth(1.2)
        c.line(18 * mm, H - 24 * mm, W - 18 * mm, H - 24 * mm)

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.drawString(18 * mm, 10 * mm, "KAVANAGH, Siobhán  MRN SRH0771934  Acc 4471209  — CONFIDENTIAL")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Page {n} of {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=30 * mm, bottomMargin=18 * mm)
    left = grid([["Patient:", "KAVANAGH, Siobhán"], ["MRN:", "SRH0771934"], ["DOB:", "18-Nov-1994 (31Y)"], ["Sex:", "F"]], [22 * mm, 60 * mm], font="Lib", size=8.5, pad=1)
    right = grid([["Referrer:", "Mr. Declan Fitzgerald, Consultant Orthopaedic Surgeon"], ["Location:", "Orthopaedic OPD"],
                  ["GP:", "Dr N. Hennessy, Castletroy"], ["Priority:", "Routine"]], [20 * mm, 68 * mm], font="Lib", size=8.5, pad=1)
    t = Table([[left, right]], colWidths=[86 * mm, 90 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    st = [t, Spacer(1, 4 * mm),
          grid([["Examination:", "MRI RIGHT WRIST", "Accession:", "4471209"],
                ["Date of exam:", "22/01/2026", "Date reported:", "23/01/2026"]],
               [26 * mm, 62 * mm, 26 * mm, 62 * mm], font="Lib", size=9, bold_cols=(0, 2), pad=1),
          Spacer(1, 4 * mm)]
    for h, b in [
        ("CLINICAL DETAILS:", "31 yo F, 6 months of dorsal central right wrist pain, no trauma. ?Kienböck's. "
                              "Plain films 11/2025 reported as normal."),
        ("TECHNIQUE:", "Coronal T1, coronal STIR, axial PD FS and sagittal PD FS sequences of the right wrist. No "
                       "intravenous contrast."),
        ("FINDINGS:", "There is diffuse low T1 signal throughout the lunate with heterogeneous high STIR signal, "
                      "without collapse or fragmentation of the lunate. The lunate height is preserved. Ulnar variance "
                      "is negative (-2 mm). The scaphoid and remaining carpal bones show normal marrow signal. The "
                      "scapholunate and lunotriquetral ligaments are intact. The TFCC is intact. Small volume "
                      "radiocarpal joint fluid. No ganglion. Flexor and extensor tendons unremarkable."),
        ("CONCLUSION:", "1. Findings consistent with Kienböck's disease (avascular necrosis of the lunate), Lichtman "
                        "stage II, no collapse.<br/>2. Negative ulnar variance."),
    ]:
        st.append(P(f"<b>{h}</b>", s["body"]))
        st.append(P(b, s["just"]))
        st.append(Spacer(1, 3 * mm))
    st += [Spacer(1, 5 * mm),
           P("Reported by: Dr Eimear Lynch, Consultant Radiologist<br/>Electronically verified 23/01/2026 14:02", s["body"]),
           Spacer(1, 3 * mm), P("cc: Dr N. Hennessy (GP)", s["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "en-IE", dict(
        kinds=["imaging-report"], date="2026-01-23", also_dates=["2026-01-22"], author="radiologist", language="en",
        style="Irish hospital radiology report, boxed patient/referrer header in two columns, capitalised section labels",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Report from a hospital outside the Netherlands (imaging there counts as care abroad); referrer is a "
              "consultant surgeon; 'Clinical details' with '?Kienböck's' is the requester's question; exam and "
              "report dates both present; DOB in 18-Nov-1994 style."))


if __name__ == "__main__":
    for f in (tk018, tk020, tk021, tk022, tk024, tk026, tk027):
        f()
        print("ok", f.__name__)
