"""reportlab PDFs, part A: referrals, HIS printout, outpatient letters (tk-001, 002, 004, 010, 015, 016)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

W, H = A4


# ============================================================== tk-001 Zorgdomein two-column referral + history
def tk001():
    stem = "tk-001"
    s = styles("Lib", 9)
    teal = colors.HexColor("#00737A")

    def first(c, doc):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Lib-Bold", 15)
        c.drawString(18 * mm, H - 13 * mm, "ZorgDomein")
        c.setFont("Lib", 9)
        c.drawString(18 * mm, H - 18.5 * mm, "Verwijzing  ·  Second opinion handchirurgie")
        c.setFont("Lib-Bold", 12)
        c.drawRightString(W - 18 * mm, H - 13 * mm, "Verwijsbrief")
        c.setFont("Lib", 8)
        c.drawRightString(W - 18 * mm, H - 18.5 * mm, "Referentie ZD-2026-8834172")
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, H - 12 * mm, W, 12 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Lib", 8.5)
        c.drawString(18 * mm, H - 8 * mm, "Verwijsbrief  –  M.J. van Dongen-Ruiter  –  17-04-1979  –  BSN 204587116")
        c.restoreState()

    def final(c, n, total):
        c.saveState()
        c.setFont("Lib", 7)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, 10 * mm, "Aangemaakt op 09-10-2026 14:22 door J.A. Bakhuizen  |  Geldig tot 09-10-2027  |  Afgedrukt 09-10-2026")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Pagina {n} van {total}")
        c.restoreState()

    doc = BaseDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=28 * mm, bottomMargin=18 * mm, title="Verwijsbrief", author="ZorgDomein")
    f1 = Frame(18 * mm, 18 * mm, W - 36 * mm, H - 46 * mm, id="f1")
    f2 = Frame(18 * mm, 18 * mm, W - 36 * mm, H - 36 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later)])
    story = []
    story.append(grid([["Verwijsdatum", "09-10-2026", "Urgentie", "Regulier (binnen 4 weken)"],
                       ["Specialisme", "Handchirurgie / plastische chirurgie", "Zorgproduct", "Second opinion handchirurgie"]],
                      [28 * mm, 52 * mm, 28 * mm, 66 * mm], font="Lib", size=8.5, bold_cols=(0, 2), bg=colors.HexColor("#EEF5F5")))
    story.append(Spacer(1, 5 * mm))
    pat = grid([["Patiënt", ""],
                ["Naam", "Mw. M.J. van Dongen-Ruiter"],
                ["Roepnaam", "Marieke"],
                ["Geslacht", "Vrouw"],
                ["Geboortedatum", "17-04-1979"],
                ["BSN", "204587116"],
                ["Adres", "Kapelweg 41\n3818 BC Amersfoort"],
                ["Telefoon", "06-41827733"],
                ["Verzekeraar", "VZG Zorgverzekeringen\npolisnummer 88214077"]],
               [27 * mm, 58 * mm], font="Lib", size=8.5)
    ver = grid([["Verwijzer", ""],
                ["Naam", "J.A. Bakhuizen, huisarts"],
                ["Praktijk", "Huisartsenpraktijk De Bongerd"],
                ["Adres", "Bongerdweg 7\n3816 AB Amersfoort"],
                ["AGB-code", "01-054321"],
                ["Telefoon", "033-4612290 (spoedlijn 033-4612299)"],
                ["Ontvanger", "Handkliniek Veluwezoom\nVelperweg 212, 6824 HL Arnhem"],
                ["Afdeling", "Intake second opinion"]],
               [24 * mm, 61 * mm], font="Lib", size=8.5)
    two = Table([[pat, ver]], colWidths=[87 * mm, 87 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey)]))
    story.append(two)
    story.append(Spacer(1, 5 * mm))

    lab = ParagraphStyle("l", parent=s["label"], textColor=teal)
    rows = [
        ("Reden van verwijzing",
         "Sinds ongeveer november 2025 pijn aan de radiale zijde van de rechterpols, uitstralend naar de duim. "
         "Patiënte werkt als kapster; klachten vooral bij knippen en föhnen. Finkelstein positief. Werkdiagnose "
         "tendovaginitis van De Quervain; na twee injecties en een spalk slechts tijdelijke verbetering."),
        ("Vraagstelling",
         "Patiënte vraagt zelf om een second opinion. Is de diagnose De Quervain juist, of speelt er (ook) "
         "CMC-1-artrose? Is er een indicatie voor operatieve klieving van het eerste extensorcompartiment, "
         "of zijn er nog conservatieve mogelijkheden?"),
        ("Relevante voorgeschiedenis",
         "2009 sectio caesarea<br/>2016 laparoscopische cholecystectomie<br/>2021 hypothyreoïdie (T86)<br/>"
         "Niet eerder aan hand of pols geopereerd."),
        ("Recente behandelingen",
         "14-03-2026 injectie triamcinolonacetonide 10 mg in 1e extensorcompartiment rechts (huisarts)<br/>"
         "22-05-2026 consult orthopedie Eemhof Ziekenhuis (dr. F. Lammers): duimspalk gedurende 6 weken<br/>"
         "03-06-2026 echografie pols rechts (Eemhof Ziekenhuis): verdikte peesschede 1e compartiment, geen ganglion<br/>"
         "18-08-2026 tweede injectie door orthopeed; operatieve behandeling aangeboden, patiënte twijfelt"),
        ("Medicatie",
         "Levothyroxine 75 µg 1 dd 1<br/>Naproxen 500 mg zo nodig max. 2 dd 1<br/>Omeprazol 20 mg zo nodig 1 dd 1"),
        ("Allergieën / ICA", "Geen allergieën of intoleranties bekend."),
    ]
    data = [[P(a, lab), P(b, s["body"])] for a, b in rows]
    t = Table(data, colWidths=[40 * mm, 134 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story.append(t)
    story.append(Spacer(1, 6 * mm))
    story.append(P("<b>Episodelijst (actueel)</b>", s["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(grid([["ICPC", "Omschrijving", "Begindatum", "Einddatum"],
                       ["L87", "Tendovaginitis De Quervain rechts", "27-11-2025", ""],
                       ["T86", "Hypothyreoïdie", "04-02-2021", ""],
                       ["L03", "Lage rugpijn zonder uitstraling", "10-01-2024", "02-04-2024"],
                       ["A97", "Geen ziekte (preventieve controle)", "15-05-2023", "15-05-2023"]],
                      [16 * mm, 90 * mm, 30 * mm, 30 * mm], font="Lib", size=8, header=True, lines=True, bold_cols=()))
    story.append(Spacer(1, 6 * mm))
    story.append(P("<b>Bijlagen</b>", s["body"]))
    story.append(P("De brief van de orthopeed (d.d. 24-05-2026) en het echoverslag (d.d. 03-06-2026) zijn als bijlage "
                   "toegevoegd. Patiënte heeft de CD-rom met beelden zelf opgevraagd.", s["body"]))
    story.append(Spacer(1, 6 * mm))
    story.append(P("<b>Ondertekening</b>", s["body"]))
    story.append(P("Deze verwijzing is elektronisch ondertekend door J.A. Bakhuizen, huisarts (BIG 19056432101).", s["body"]))
    doc.build(story, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["referral", "history"], date="2026-10-09", author="gp", language="nl",
        style="zorgdomein two-column form", referral_question=True,
        imaging_done="yes", operated="no", treated_abroad="unmentioned",
        notes="Form with patient and referrer side by side as two label/value grids; question only in 'Vraagstelling'; "
              "history and recent treatments sections make it a history letter too; 'Geldig tot 09-10-2027' is a trap "
              "date; sectio and cholecystectomie are other body parts; 'niet eerder aan hand of pols geopereerd'; "
              "operation only offered."))


# ============================================================== tk-002 GP letter, date only at the bottom
def tk002():
    stem = "tk-002"
    s = styles("Serif", 10.5, 14)
    green = colors.HexColor("#3C7A3B")

    def first(c, doc):
        draw_logo_vector(c, 20 * mm, H - 32 * mm, "leaf", green, 0.9)
        c.setFillColor(green)
        c.setFont("Serif-Bold", 13)
        c.drawString(39 * mm, H - 20 * mm, "Huisartsenpraktijk")
        c.drawString(39 * mm, H - 26 * mm, "Kerkplein")
        c.setFillColor(colors.black)
        draw_lines(c, W - 20 * mm, H - 16 * mm,
                   ["A.C. Overmars, huisarts", "T.H. Jongbloed, huisarts", "Kerkplein 3", "3701 DM Zeist",
                    "tel. 030-6921144", "spoed 030-6921140", "AGB 01-067890"], font="Serif", size=8.5, align="right")
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.line(20 * mm, H - 44 * mm, W - 20 * mm, H - 44 * mm)

    def final(c, n, total):
        c.setFont("Serif", 7)
        c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, 10 * mm, "Huisartsenpraktijk Kerkplein  ·  Kerkplein 3, 3701 DM Zeist  ·  "
                                             "praktijk geopend ma t/m vr 8.00–17.00 uur")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm,
                            topMargin=50 * mm, bottomMargin=20 * mm)
    st = []
    for line in ["Handkliniek Veluwezoom", "t.a.v. intake second opinion", "Velperweg 212", "6824 HL  ARNHEM"]:
        st.append(P(line, s["body"]))
    st.append(Spacer(1, 10 * mm))
    st.append(grid([["Ons kenmerk:", "OVE/wol/2026-311"], ["Uw kenmerk:", "–"],
                    ["Betreft:", "dhr. H.J. Wolters, geb. 02-11-1958, Slotlaan 118, 3701 GK Zeist"]],
                   [28 * mm, 130 * mm], font="Serif", size=10, bold_cols=(), pad=1))
    st.append(Spacer(1, 8 * mm))
    paras = [
        "Geachte collega,",
        "Graag verwijs ik naar u de heer Wolters, 67 jaar, gepensioneerd timmerman, voor een second opinion over "
        "zijn rechterhand.",
        "De heer Wolters is op 12 maart 2024 in het Streekziekenhuis Zuid-Veluwe (dr. M. Brouwer, plastisch chirurg) "
        "geopereerd wegens een carpaletunnelsyndroom rechts (open release). Na een aanvankelijk goed resultaat zijn "
        "de tintelingen in duim, wijs- en middelvinger sinds het voorjaar van 2025 teruggekomen, 's nachts erger dan "
        "voor de operatie. Bij mijn onderzoek zie ik inmiddels een duidelijke atrofie van de thenarmusculatuur.",
        "Een EMG in februari 2026 liet een ernstig carpaletunnelsyndroom rechts zien. Een echografie van de pols "
        "(april 2026) toonde een verdikte n. medianus zonder ruimte-innemend proces; een röntgenfoto is niet gemaakt. "
        "Dr. Brouwer heeft een re-operatie voorgesteld. De heer Wolters twijfelt, omdat hij bang is dat het resultaat "
        "opnieuw tegenvalt, en wil graag eerst een onafhankelijk oordeel.",
        "In de zomer is hij drie weken in Spanje (Andalusië) geweest; hij heeft daar geen arts of ziekenhuis bezocht. "
        "Hij is verder bekend met diabetes mellitus type 2, goed ingesteld op metformine.",
        "Mijn vraag aan u: is een re-operatie in deze situatie zinvol, en zo ja, welke techniek zou u adviseren? "
        "Of zijn er alternatieven die nog niet geprobeerd zijn?",
        "Bijgevoegd zijn het operatieverslag van 12-03-2024, de brief van dr. Brouwer van 7 juli 2026 en de uitslag "
        "van het EMG.",
        "Met collegiale groet,",
    ]
    for p in paras:
        st.append(P(p, s["just"]))
        st.append(Spacer(1, 3 * mm))
    st.append(Spacer(1, 10 * mm))
    sig = Table([[P("A.C. Overmars<br/>huisarts", s["body"]), P("Zeist, 21 september 2026", s["right"])]],
                colWidths=[80 * mm, 83 * mm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    st.append(sig)
    doc.build(st, onFirstPage=first, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["referral"], date="2026-09-21", author="gp", language="nl",
        style="free GP letter, right-aligned sender block, date at the bottom beside the signature",
        referral_question=True, imaging_done="yes", operated="yes", treated_abroad="no",
        notes="Letter date only at the bottom next to the signature; birth date and operation date near the top; "
              "'röntgenfoto is niet gemaakt' but echo and EMG were done (imaging yes); holiday in Spain without care; "
              "re-operation only proposed; enclosure mentions of operation report are not the report."))


# ============================================================== tk-004 UK GP referral to the Dutch clinic
def tk004():
    stem = "tk-004"
    s = styles("Lib", 10, 13.5)
    navy = colors.HexColor("#1F3A68")

    def first(c, doc):
        draw_logo_vector(c, 20 * mm, H - 34 * mm, "square", navy, 1.0)
        c.setFillColor(navy)
        c.setFont("Lib-Bold", 14)
        c.drawString(40 * mm, H - 22 * mm, "Harbour Lane Surgery")
        c.setFont("Lib", 8)
        c.setFillColor(colors.black)
        draw_lines(c, 40 * mm, H - 27 * mm, ["Dr Fiona Castellan MBBS MRCGP", "Dr Imran Sheikh MBChB MRCGP",
                                            "Dr Helen Morrow MB BCh BAO DRCOG"], font="Lib", size=7.5)
        draw_lines(c, W - 20 * mm, H - 18 * mm, ["14 Harbour Lane", "Whitstable", "Kent CT5 1AB",
                                                 "Tel: 01227 000412", "Fax: 01227 000413", "Practice code: G82999"],
                   font="Lib", size=8, align="right")

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.setFillColor(colors.grey)
        c.drawString(20 * mm, 12 * mm, "Harbour Lane Surgery is part of the Swale Coast Primary Care Network. "
                                       "Please quote the NHS number in all correspondence.")
        c.drawRightString(W - 20 * mm, 12 * mm, f"Page {n} of {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=48 * mm, bottomMargin=22 * mm)
    st = [P("12 October 2026", s["right"]), Spacer(1, 4 * mm)]
    for line in ["The Intake Team (second opinions)", "Handkliniek Veluwezoom", "Velperweg 212",
                 "6824 HL Arnhem", "The Netherlands"]:
        st.append(P(line, s["body"]))
    st.append(Spacer(1, 7 * mm))
    st.append(P("Dear Colleague,", s["body"]))
    st.append(Spacer(1, 3 * mm))
    st.append(P("<b>Re: Mr Thomas ALDRIDGE, DOB 14/06/1985, NHS No. 486 331 9027</b><br/>"
                "Current address: 7 Tankerton Mews, Whitstable CT5 2QQ<br/>"
                "From 1 November 2026: Biltstraat 301, 3572 AV Utrecht", s["body"]))
    st.append(Spacer(1, 3 * mm))
    for p in [
        "I would be grateful if you could see Mr Aldridge, a 41-year-old software engineer who is relocating to "
        "Utrecht next month, for a second opinion regarding his left wrist.",
        "He fell from his bicycle on 9 January 2026 and attended the Emergency Department at East Swale General "
        "Hospital, where wrist X-rays showed no fracture. Because of persisting dorsal wrist pain and a painful clunk "
        "he was followed up in their fracture clinic, and an MRI scan on 19/03/2026 demonstrated a partial tear of the "
        "scapholunate ligament; the SL interval was not widened on plain films. He has been managed with a wrist "
        "splint and twelve sessions of hand therapy. He has not had any surgery.",
        "The orthopaedic team at East Swale have offered a diagnostic arthroscopy, but he would prefer to have any "
        "further treatment in the Netherlands. My question is whether arthroscopic assessment and possible "
        "ligament reconstruction is warranted at this stage, or whether continued conservative management is "
        "reasonable.",
        "He is otherwise fit and well, takes no regular medication and has no known drug allergies. He is "
        "right-hand dominant and plays club hockey.",
        "I enclose the MRI report and the fracture clinic letter of 02/04/2026. Many thanks for seeing him.",
    ]:
        st.append(P(p, s["just"]))
        st.append(Spacer(1, 2.5 * mm))
    st.append(Spacer(1, 3 * mm))
    st.append(P("Yours sincerely,", s["body"]))
    st.append(Spacer(1, 12 * mm))
    st.append(P("<b>Dr Fiona Castellan</b><br/>GP Partner<br/>GMC 6091822", s["body"]))
    st.append(Spacer(1, 6 * mm))
    st.append(P("Enc: MRI report (19/03/2026); fracture clinic letter (02/04/2026)<br/>cc: Mr T. Aldridge", s["small"]))
    doc.build(st, onFirstPage=first, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "en-GB", dict(
        kinds=["referral"], date="2026-10-12", author="gp", language="en",
        style="UK GP surgery referral letter with partner list and right-aligned address",
        referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
        notes="UK GP writing to a Dutch clinic; A&E and fracture clinic in an English hospital count as treatment "
              "abroad; 'He has not had any surgery'; arthroscopy only offered; DD/MM/YYYY dates next to spelled-out "
              "letter date."))


# ============================================================== tk-010 HIS patient overview, banner on every page
def tk010():
    stem = "tk-010"
    s = styles("Cond", 8.5, 11)
    banner = "El Idrissi, S. (V)   ·   geb. 30-01-1990   ·   BSN 287345112   ·   Pat.nr. 10442   ·   Huisarts: N.E. Koster"

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#F1F1F1"))
        c.rect(15 * mm, H - 24 * mm, W - 30 * mm, 11 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Cond-Bold", 9)
        c.drawString(17 * mm, H - 17.5 * mm, banner)
        c.setFont("Cond", 7)
        c.drawString(17 * mm, H - 22 * mm, "Gezondheidscentrum Vlietzoom · Vlietzoom 2, 2262 ?? Leidschendam".replace(" ??", " AD"))
        c.restoreState()

    def final(c, n, total):
        c.setFont("Cond", 7)
        c.drawString(15 * mm, 10 * mm, "Patiëntoverzicht — Datum uitdraai: 28-10-2026 10:47 — Gebruiker: N.E. Koster — VERTROUWELIJK")
        c.drawRightString(W - 15 * mm, 10 * mm, f"Pagina {n} van {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=29 * mm, bottomMargin=17 * mm)
    st = [P("Patiëntoverzicht – Medische samenvatting", s["h1"]),
          P("Datum uitdraai: 28-10-2026 &nbsp;&nbsp; Selectie: episodes, medicatie, ICA, journaal (12 maanden), correspondentie", s["small"]),
          Spacer(1, 3 * mm),
          P("Persoonsgegevens", s["h2"]),
          grid([["Naam", "Samira El Idrissi", "Geboortedatum", "30-01-1990"],
                ["Adres", "Prinses Mariannelaan 77, 2264 ?? Leidschendam".replace(" ??", " BE"), "Geslacht", "V"],
                ["Telefoon", "06-28874410", "Verzekeraar", "VZG Zorgverzekeringen"],
                ["Ingeschreven sinds", "01-09-2012", "Apotheek", "Apotheek Vlietstede"]],
               [28 * mm, 62 * mm, 28 * mm, 62 * mm], font="Cond", size=8, bold_cols=(0, 2), lines=True),
          P("Episodelijst", s["h2"]),
          grid([["ICPC", "Omschrijving", "Begin", "Einde", "Att."],
                ["L72", "Fractuur distale radius links; K-draadfixatie Nador (Marokko) 12-03-2026", "12-03-2026", "", "!"],
                ["R96", "Astma", "14-06-2008", "", ""],
                ["P76", "Depressieve stoornis", "02-10-2019", "30-11-2020", ""],
                ["D88", "Appendicitis, appendectomie", "09-08-2004", "30-08-2004", ""],
                ["A97", "Geen ziekte", "05-03-2015", "05-03-2015", ""]],
               [13 * mm, 115 * mm, 20 * mm, 20 * mm, 12 * mm], font="Cond", size=8, bold_cols=(), header=True, lines=True),
          P("Medicatie (actueel)", s["h2"]),
          grid([["Start", "Middel", "Dosering"],
                ["14-06-2008", "Salbutamol inhalatiepoeder 200 µg", "zo nodig 1-2 inhalaties"],
                ["11-01-2022", "Beclometason/formoterol 100/6 µg aerosol", "2 dd 1 inhalatie"],
                ["16-04-2026", "Paracetamol 500 mg tablet", "zo nodig max. 4 dd 2"]],
               [25 * mm, 95 * mm, 60 * mm], font="Cond", size=8, bold_cols=(), header=True, lines=True),
          P("ICA / allergieën", s["h2"]),
          P("Overgevoeligheid: amoxicilline (exantheem, 2014). Geen contra-indicaties geregistreerd.", s["body"]),
          P("Journaal (laatste 12 maanden)", s["h2"])]
    journal = [
        ("14-11-2025", "NEK", "S: hoest sinds 2 wk, piepen 's nachts. O: verlengd expirium, geen crepitaties. "
                              "E: R96 astma, exacerbatie licht. P: prednisolon 30 mg 5 dagen, controle bij POH."),
        ("28-11-2025", "POH", "Astmacontrole: ACQ 1,2; inhalatietechniek goed. Jaarcontrole afgesproken."),
        ("03-04-2026", "NEK", "S: terug uit Marokko. Tijdens familiebezoek in Nador op 12-03 van de trap gevallen "
                              "op de linkerhand. In Clinique Al Amal (Nador) foto gemaakt: polsbreuk links, dezelfde "
                              "dag geopereerd met pennen, 4 dagen opgenomen. Franstalige ontslagbrief meegebracht. "
                              "O: onderarmgips links, goede capillaire refill, sensibiliteit intact, pennen door de huid. "
                              "E: L72 fractuur distale radius li, status na K-draadfixatie in Marokko. "
                              "P: verwijzing fractuurpoli Ziekenhuis Rijnvliet; MRSA-screening aangevraagd i.v.m. "
                              "opname buitenlands ziekenhuis."),
        ("07-04-2026", "LAB", "MRSA-screening neus/keel/perineum: MRSA niet aangetoond (zie uitslag)."),
        ("16-04-2026", "BRF", "Brief specialist ontvangen: traumachirurgie Ziekenhuis Rijnvliet. X-pols li: "
                              "consolidatie in acceptabele stand. K-draden op 14-04 op de poli verwijderd. Gips 2 wk."),
        ("22-06-2026", "NEK", "S: pijn en stijfheid li pols, draaien (deurklink, pannen) lastig; handtherapie 8x gehad. "
                              "O: pro-/supinatie li 60/40 graden, re 85/85. E: L72 restklachten na fractuur. "
                              "P: afwachten, handtherapie continueren, evaluatie over 6 wk."),
        ("10-07-2026", "TEL", "Moeder van patiënte belt: vraagt of dochter in augustus weer naar Marokko mag "
                              "reizen. Advies: geen bezwaar, geen zware dingen tillen."),
        ("19-08-2026", "NEK", "S: nog steeds beperkte draaibeweging; vakantie in Marokko goed verlopen, daar geen arts "
                              "nodig gehad. O: idem. E: L72. P: verwijzing orthopedie Rijnvliet."),
        ("08-09-2026", "BRF", "Brief specialist ontvangen: orthopedie Ziekenhuis Rijnvliet (dr. H. Bos). CT pols li "
                              "28-08-2026: malunion met 18 graden dorsale angulatie, radiusverkorting 3 mm. "
                              "Correctieosteotomie besproken; patiënte wil eerst een second opinion."),
        ("21-10-2026", "TEL", "Patiënte vraagt verwijzing voor second opinion handchirurgie Arnhem. Akkoord."),
        ("28-10-2026", "ADM", "Verwijzing verstuurd via ZorgDomein: second opinion handchirurgie, Handkliniek "
                              "Veluwezoom. Samenvatting meegestuurd."),
    ]
    st.append(grid([["Datum", "Code", "Regel"]] + [list(j) for j in journal], [20 * mm, 12 * mm, 148 * mm],
                   font="Cond", size=8, bold_cols=(0,), header=True, lines=False, zebra=colors.HexColor("#F6F6F6")))
    st.append(P("Correspondentie (ontvangen)", s["h2"]))
    st.append(grid([["Datum", "Afzender", "Onderwerp"],
                    ["18-03-2026", "Clinique Al Amal, Nador (Marokko)", "Compte rendu d'hospitalisation (Frans)"],
                    ["07-04-2026", "Streeklab Haaglanden-Noord, medische microbiologie", "Uitslag MRSA-screening"],
                    ["16-04-2026", "Traumachirurgie, Ziekenhuis Rijnvliet", "Polikliniekbrief"],
                    ["08-09-2026", "Orthopedie, Ziekenhuis Rijnvliet", "Polikliniekbrief + CT-verslag"]],
                   [22 * mm, 80 * mm, 78 * mm], font="Cond", size=8, bold_cols=(), header=True, lines=True))
    st.append(Spacer(1, 4 * mm))
    st.append(P("Einde overzicht. Afgedrukt t.b.v. verwijzing second opinion; niet bestemd voor derden.", s["small"]))
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["history"], date="2026-10-28", author="gp", language="nl",
        style="HIS patiëntoverzicht printout, patient banner on every page, tables",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Multi-page HIS printout; print date only in header line and footer; operation and admission in Nador "
              "(Morocco) told in a SOEP line; second trip to Morocco without care; MRSA result and CT only mentioned; "
              "appendectomie is another body part."))


# ============================================================== tk-015 HiX outpatient letter, image letterhead, banner
def tk015():
    stem = "tk-015"
    s = styles("Lib", 10, 13.5)
    logo = logo_png("rijnvliet", "wave", (0, 94, 140), "Ziekenhuis Rijnvliet\nzorg aan de Rijn", size=(560, 120))
    banner = "Patiënt: Hoekstra, I. (Ingrid)   Geb.: 11-12-1972   Pat.nr.: 7734120   BSN: 176530098"

    def first(c, doc):
        c.drawImage(logo, 20 * mm, H - 33 * mm, width=75 * mm, height=16 * mm)
        draw_lines(c, W - 20 * mm, H - 17 * mm, ["Postbus 9100, 2300 RC Leiden", "Rijnvlietlaan 1, 2333 ZA Leiden",
                                                 "T 071 526 00 00"], font="Lib", size=7.5, align="right")
        c.setFont("Lib-Bold", 9)
        c.drawString(20 * mm, H - 40 * mm, "Plastische, Reconstructieve en Handchirurgie")
        banner_draw(c)

    def banner_draw(c):
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        c.rect(20 * mm, 14 * mm, W - 40 * mm, 6 * mm, fill=0)
        c.setFont("Lib", 7.5)
        c.drawString(22 * mm, 16 * mm, banner)
        c.restoreState()

    def later(c, doc):
        c.setFont("Lib-Bold", 8)
        c.drawString(20 * mm, H - 15 * mm, "Plastische, Reconstructieve en Handchirurgie — vervolg brief d.d. 14-08-2026")
        banner_draw(c)

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.drawString(20 * mm, 9 * mm, "Afdrukdatum: 15-08-2026 09:12")
        c.drawRightString(W - 20 * mm, 9 * mm, f"pagina {n}/{total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=48 * mm, bottomMargin=26 * mm)
    addr = P("De heer R.P. Goossens, huisarts<br/>Huisartsenpraktijk Morsweg<br/>Morsweg 88<br/>2332 EN  LEIDEN", s["body"])
    meta = grid([["Datum", "14 augustus 2026"], ["Ons kenmerk", "PLA/RJV/7734120"], ["Behandelaar", "dr. R.J. Verbeek"],
                 ["Telefoon", "071 526 24 80"], ["Betreft", "polikliniekbezoek 12-08-2026"]],
                [24 * mm, 46 * mm], font="Lib", size=8, bold_cols=(0,), pad=1)
    t = Table([[addr, meta]], colWidths=[95 * mm, 70 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st = [t, Spacer(1, 10 * mm),
          P("<b>Betreft:</b> mevrouw I. Hoekstra, geboren 11-12-1972, Hooigracht 15b, 2312 KM Leiden", s["body"]),
          Spacer(1, 5 * mm), P("Geachte collega,", s["body"]), Spacer(1, 2 * mm),
          P("Op 12 augustus 2026 zagen wij op ons spreekuur uw patiënte mevrouw Hoekstra in verband met een zwelling aan "
            "de rugzijde van de linkerpols.", s["just"])]
    secs = [
        ("Anamnese", "Sinds begin 2026 opnieuw een zwelling dorsaal aan de linkerpols, pijnlijk bij steunen (yoga) en "
                     "bij langdurig typen. In 2023 werd op dezelfde plaats een ganglion operatief verwijderd in het "
                     "Westduin Ziekenhuis in Den Haag. Geen tintelingen, geen nachtelijke klachten. Rechtshandig, "
                     "werkzaam als tandartsassistente.<br/>Voorgeschiedenis: 2023 excisie ganglion linkerpols; 2015 "
                     "lumbale hernia, conservatief behandeld.<br/>Medicatie: geen. Allergieën: pleisters (huidreactie)."),
        ("Lichamelijk onderzoek", "Linkerpols: dorsaal een rustig, 3 cm lang transversaal litteken. Soepele, niet "
                     "drukpijnlijke zwelling van ongeveer 1,5 cm ter hoogte van het scapholunaire interval, "
                     "doorschijnend bij transilluminatie. Volledige beweeglijkheid, pijn bij maximale extensie. "
                     "Watson-test negatief. Sensibiliteit en circulatie van de hand intact. Rechterpols: geen "
                     "afwijkingen."),
        ("Aanvullend onderzoek", "Echografie linkerpols (05-08-2026, Ziekenhuis Rijnvliet): multiloculair "
                     "ganglion van 12 x 9 mm, uitgaande van het dorsale deel van het scapholunaire ligament. "
                     "Röntgenfoto's van de linkerpols (12-08-2026): geen afwijkingen aan de carpus, geen tekenen van "
                     "scapholunaire dissociatie."),
        ("Conclusie", "Recidief dorsaal polsganglion links, status na excisie (2023)."),
        ("Beleid", "Wij hebben de behandelopties uitgebreid besproken: afwachten, aspiratie, of een (artroscopische) "
                   "re-excisie, met daarbij het recidiefrisico en de kans op een stijve pols. Een operatie is "
                   "aangeboden. Patiënte wil hier eerst over nadenken en overweegt een second opinion elders; zij "
                   "neemt zelf contact met ons op. Wij hebben daarom nog geen vervolgafspraak gepland. In september "
                   "gaat zij zes weken naar familie in Canada."),
    ]
    for h, body in secs:
        st.append(P(h, s["h3"]))
        st.append(P(body, s["just"]))
    st += [Spacer(1, 6 * mm), P("Met vriendelijke groet,", s["body"]), Spacer(1, 12 * mm)]
    sig = Table([[P("drs. M. Kuipers<br/>AIOS plastische chirurgie", s["body"]),
                  P("dr. R.J. Verbeek<br/>plastisch chirurg", s["body"])]], colWidths=[80 * mm, 80 * mm])
    st += [sig, Spacer(1, 8 * mm), P("cc: patiënte<br/>Deze brief is elektronisch geautoriseerd.", s["small"])]
    doc.build(st, onFirstPage=first, onLaterPages=later, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["correspondence"], date="2026-08-14", author="specialist", language="nl",
        style="HiX polikliniekbrief, logo image holding the hospital name, patient banner at the foot of every page",
        imaging_done="yes", operated="yes", treated_abroad="unmentioned",
        notes="Hospital name only inside the logo image; letter date in a meta grid right of the address; visit "
              "date and print date differ; earlier ganglion excision elsewhere (operated yes); re-excision only "
              "offered; future trip to Canada is not care abroad."))


# ============================================================== tk-016 Epic outpatient letter, Irish hospital
def tk016():
    stem = "tk-016"
    s = styles("Sans", 9, 12)
    pat = "VAN DER LINDEN, Pieter    MRN: 30088412    DOB: 13/05/1968    Sex: M"

    def page(c, doc):
        c.saveState()
        c.setFont("Sans-Bold", 10)
        c.drawString(18 * mm, H - 14 * mm, "Corrib Valley University Hospital")
        c.setFont("Sans", 7.5)
        c.drawString(18 * mm, H - 18.5 * mm, "Department of Plastic, Reconstructive & Hand Surgery · Corrib Park Road, Galway H91 XXXX · +353 91 000 000")
        c.setLineWidth(0.4)
        c.rect(W - 95 * mm, H - 30 * mm, 77 * mm, 13 * mm)
        c.setFont("Sans", 7.2)
        c.drawString(W - 93 * mm, H - 21.5 * mm, "VAN DER LINDEN, Pieter")
        c.drawString(W - 93 * mm, H - 25 * mm, "MRN: 30088412   DOB: 13/05/1968   Sex: M")
        c.drawString(W - 93 * mm, H - 28.5 * mm, "Encounter: 01/09/2026  Hand Clinic OPD")
        c.line(18 * mm, H - 32 * mm, W - 18 * mm, H - 32 * mm)
        c.restoreState()

    def final(c, n, total):
        c.setFont("Sans", 6.8)
        c.drawString(18 * mm, 10 * mm, f"{pat}")
        c.drawString(18 * mm, 7 * mm, "Printed by: DOYLE, MAIREAD [D44871] at 04/09/2026 09:15")
        c.drawRightString(W - 18 * mm, 7 * mm, f"Page {n} of {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=38 * mm, bottomMargin=18 * mm)
    st = [P("Outpatient Clinic Letter", s["h2"]),
          grid([["Date of letter:", "03/09/2026"], ["Clinic date:", "01/09/2026"],
                ["Consultant:", "Ms Gráinne Feeney FRCSI (Plast)"], ["Seen by:", "Dr Tomás Ó Gráda, Specialist Registrar"]],
               [32 * mm, 100 * mm], font="Sans", size=8.5, bold_cols=(0,), pad=1),
          Spacer(1, 5 * mm),
          P("Dr P. Smulders<br/>Huisartsenpraktijk Ter Aar<br/>Dorpsstraat 12<br/>2461 AK Ter Aar<br/>NETHERLANDS", s["body"]),
          Spacer(1, 5 * mm),
          P("Dear Dr Smulders,", s["body"]), Spacer(1, 2 * mm),
          P("<b>Re: Pieter van der Linden, DOB 13/05/1968, 4 Threadneedle Road, Salthill, Galway</b>", s["body"]),
          Spacer(1, 3 * mm),
          P("<b>Diagnosis:</b> Dupuytren's disease, right ring and little fingers (Tubiana stage II)", s["body"]),
          P("<b>Procedures to date:</b> None", s["body"]),
          Spacer(1, 3 * mm)]
    for p in [
        "Mr van der Linden is a 58-year-old civil engineer, originally from the Netherlands, who has lived in Galway "
        "since 2019. He is planning to move back to the Netherlands in December and asked us to write to you directly "
        "so that his care can continue there. He was referred to us by his Galway GP, Dr Orla Brennan.",
        "He describes a two-year history of progressive flexion of the right ring and little fingers, now interfering "
        "with putting on gloves and shaking hands. There is no pain. His father had similar problems and underwent surgery on both hands in the 1990s. He is a non-smoker "
        "and drinks about 10 units per week. He has no diabetes and no history of epilepsy.",
        "On examination there is a pretendinous cord to the right ring finger with 40 degrees MCP and 30 degrees PIP "
        "contracture, and a cord to the little finger with 20 degrees PIP contracture. The table-top test is positive. "
        "Sensation is intact. The left hand shows a small nodule in the palm without contracture.",
        "No imaging is required for this condition and none has been performed.",
        "We discussed the natural history and the options of percutaneous needle fasciotomy and limited fasciectomy, "
        "including recovery times and recurrence rates. He would prefer to have treatment after relocating to the "
        "Netherlands and would like a second opinion there regarding the best option for the little finger PIP joint. "
        "We have therefore not placed him on our waiting list. We would be happy to see him again should his plans "
        "change.",
        "<b>Plan:</b><br/>1. Discharged from the Hand Clinic to the care of his Dutch GP.<br/>"
        "2. Copy of this letter given to the patient.<br/>3. Hand therapy advice leaflet provided.",
    ]:
        st.append(P(p, s["just"]))
        st.append(Spacer(1, 2.5 * mm))
    st += [Spacer(1, 4 * mm), P("Yours sincerely,", s["body"]), Spacer(1, 8 * mm),
           P("Electronically signed by Gráinne Feeney, Consultant Plastic Surgeon on 03/09/2026 at 16:40", s["body"]),
           Spacer(1, 5 * mm),
           P("cc: Patient<br/>cc: Dr Orla Brennan, Knocknacarra Family Practice, Galway", s["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "en-IE", dict(
        kinds=["correspondence"], date="2026-09-03", author="specialist", language="en",
        style="Epic outpatient clinic letter printout (Irish hospital) with patient box and 'Printed by' footer",
        imaging_done="no", operated="no", treated_abroad="yes",
        notes="Letter from a hospital abroad to a Dutch GP; encounter date, letter date, signing date and print "
              "date all differ; 'No imaging ... none has been performed'; 'Procedures to date: None'; "
              "fasciotomy/fasciectomy only discussed; the father's hand surgery is another person's operation."))


if __name__ == "__main__":
    for f in (tk001, tk002, tk004, tk010, tk015, tk016):
        f()
        print("ok", f.__name__)
