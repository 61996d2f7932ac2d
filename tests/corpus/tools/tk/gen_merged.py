"""Merged PDFs holding several documents (tk-057, 058 via pypdf; 059, 060 as one reportlab file with page breaks)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from pypdf import PdfWriter, PdfReader

W, H = A4
PARTS = os.path.join(TOOLS, "_parts")
os.makedirs(PARTS, exist_ok=True)


def build(path, story, page_fn, final_fn, top=36, bottom=18, left=20, right=20):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=left * mm, rightMargin=right * mm,
                            topMargin=top * mm, bottomMargin=bottom * mm)
    doc.build(story, onFirstPage=page_fn, onLaterPages=page_fn, canvasmaker=numbered_canvas(final_fn))


def merge(paths, out):
    w = PdfWriter()
    for p in paths:
        for page in PdfReader(p).pages:
            w.add_page(page)
    with open(out, "wb") as f:
        w.write(f)


# ============================================================== tk-057 referral + outpatient letter + X-ray report
def tk057():
    stem = "tk-057"
    s = styles("Lib", 9.5, 12.5)
    # --- part a: ZorgDomein referral, single column table
    pa = os.path.join(PARTS, "057a.pdf")
    teal = colors.HexColor("#00737A")

    def a_page(c, doc):
        c.setFont("Lib-Bold", 11); c.setFillColor(teal)
        c.drawString(20 * mm, H - 16 * mm, "ZorgDomein")
        c.setFillColor(colors.black); c.setFont("Lib", 8)
        c.drawString(20 * mm, H - 20.5 * mm, "Verwijzing aangemaakt door H. Tromp, huisarts — Huisartsenpraktijk Het Anker, Dordrecht")
        c.setFont("Lib-Bold", 11)
        c.drawRightString(W - 20 * mm, H - 16 * mm, "Second opinion handchirurgie")

    def a_final(c, n, t):
        c.setFont("Lib", 7); c.drawString(20 * mm, 10 * mm, "Afgedrukt 14-10-2026 · ZD-2026-9120455")
        c.drawRightString(W - 20 * mm, 10 * mm, f"{n}/{t}")
    rows = [["Datum verwijzing", "14-10-2026"], ["Patiënt", "mw. E. Vermeulen"], ["Geboortedatum", "21-03-1964"],
            ["Adres", "Vrieseweg 88, 3311 NV Dordrecht"], ["Verzekering", "VZG Zorgverzekeringen 600221874"],
            ["Verwijzer", "H. Tromp, huisarts, AGB 01-045566\nHuisartsenpraktijk Het Anker, Bagijnhof 2, 3311 KD Dordrecht"],
            ["Ontvanger", "Handkliniek Veluwezoom, Arnhem — intake second opinion"],
            ["Reden van verwijzing", "Distale radiusfractuur links (val op ijs, 12-01-2026), conservatief behandeld met "
                                     "gips in MC Hollandse Delta. Consolidatie in standsverlies; pijn en beperkte "
                                     "draaibeweging. Orthopeed stelt afwachten voor."],
            ["Vraagstelling", "Graag second opinion: is een correctieosteotomie zinvol bij deze malunion, of is "
                              "afwachten verstandiger?"],
            ["Medicatie", "Paracetamol 1 g zn; tamoxifen 20 mg 1 dd"],
            ["Allergieën", "Geen"],
            ["Bijlagen", "polikliniekbrief orthopedie 02-09-2026; verslag X-pols links 28-08-2026"]]
    build(pa, [Spacer(1, 2 * mm), grid(rows, [40 * mm, 130 * mm], font="Lib", size=9, lines=True)], a_page, a_final, top=28)
    # --- part b: outpatient letter orthopaedics
    pb = os.path.join(PARTS, "057b.pdf")

    def b_page(c, doc):
        draw_logo_vector(c, 20 * mm, H - 30 * mm, "cross", colors.HexColor("#00784F"), 0.8)
        c.setFont("Lib-Bold", 11); c.drawString(38 * mm, H - 18 * mm, "MC Hollandse Delta")
        c.setFont("Lib", 8); c.drawString(38 * mm, H - 22.5 * mm, "Orthopedie en Traumatologie · Wantijkade 300, 3318 AT Dordrecht")

    def b_final(c, n, t):
        c.setFont("Lib", 7); c.drawString(20 * mm, 10 * mm, "Vermeulen, E. · 21-03-1964 · 0930415")
        c.drawRightString(W - 20 * mm, 10 * mm, f"Pagina {n} van {t}")
    st = [P("H. Tromp, huisarts<br/>Huisartsenpraktijk Het Anker<br/>Bagijnhof 2<br/>3311 KD Dordrecht", s["body"]),
          Spacer(1, 5 * mm),
          grid([["Datum", "2 september 2026"], ["Kenmerk", "ORT/SWV/0930415"], ["Betreft", "mw. E. Vermeulen, geb. 21-03-1964"]],
               [25 * mm, 100 * mm], font="Lib", size=9, pad=1),
          Spacer(1, 5 * mm), P("Geachte collega,", s["body"])]
    for h, b in [(None, "Op 1 september zag ik uw patiënte terug op de polikliniek, acht maanden na haar distale "
                        "radiusfractuur links."),
                 ("Anamnese", "Na zes weken onderarmgips persisterende pijn ulnair en moeite met draaien. Zij werkt als "
                              "kapster. Patiënte is niet geopereerd; de fractuur werd conservatief behandeld."),
                 ("Onderzoek", "Lichte bajonetstand. Pronatie 70°, supinatie 45°. Drukpijn over het DRUG."),
                 ("Aanvullend onderzoek", "X-pols links (28-08-2026): geconsolideerde fractuur met 15° dorsale kanteling "
                                          "en 3 mm radiusverkorting."),
                 ("Conclusie", "Malunion distale radius links met ulnair impingement."),
                 ("Beleid", "Ik heb een correctieosteotomie besproken, maar adviseer gezien de beperkte klachten eerst "
                            "handtherapie. Patiënte wil graag een second opinion; daar werk ik uiteraard aan mee.")]:
        if h:
            st.append(P(h, s["h3"]))
        st.append(P(b, s["just"]))
    st += [Spacer(1, 6 * mm), P("Met vriendelijke groet,", s["body"]), Spacer(1, 8 * mm),
           P("dr. S.M. de Wit-Verhoeven, orthopedisch chirurg", s["body"])]
    build(pb, st, b_page, b_final)
    # --- part c: X-ray report
    pc = os.path.join(PARTS, "057c.pdf")

    def c_page(c, doc):
        draw_logo_vector(c, 20 * mm, H - 30 * mm, "cross", colors.HexColor("#00784F"), 0.8)
        c.setFont("Lib-Bold", 11); c.drawString(38 * mm, H - 18 * mm, "MC Hollandse Delta — Radiologie")
        c.setFont("Lib", 8); c.drawString(38 * mm, H - 22.5 * mm, "Wantijkade 300, 3318 AT Dordrecht")

    def c_final(c, n, t):
        c.setFont("Lib", 7); c.drawString(20 * mm, 10 * mm, "Elektronisch geautoriseerd verslag")
    st = [P("RADIOLOGISCH ONDERZOEK", s["h2"]),
          grid([["Patiënt", "Vermeulen, E.", "Geb.datum", "21-03-1964"],
                ["Aanvrager", "dr. S.M. de Wit-Verhoeven (Orthopedie)", "Datum onderzoek", "28-08-2026"],
                ["Onderzoek", "X-pols links AP en lateraal", "Verslagdatum", "28-08-2026"]],
               [24 * mm, 62 * mm, 30 * mm, 54 * mm], font="Lib", size=8.5, bold_cols=(0, 2), lines=True),
          Spacer(1, 4 * mm),
          P("<b>Klinische gegevens:</b> st.na distale radiusfractuur li 01-2026, conservatief. Stand? Consolidatie?", s["body"]),
          Spacer(1, 2 * mm),
          P("<b>Verslag:</b> Vergeleken met opnamen van 12-01-2026 en 23-02-2026. Geconsolideerde distale radiusfractuur "
            "met dorsale kanteling van het gewrichtsvlak van 15° en radiusverkorting van 3 mm (ulnavariantie +2 mm). "
            "Geconsolideerde processus styloideus ulnae. Geen artrose radiocarpaal.", s["just"]),
          Spacer(1, 2 * mm),
          P("<b>Conclusie:</b> Geconsolideerde distale radiusfractuur links in malpositie.", s["body"]),
          Spacer(1, 5 * mm), P("dr. K. Oomen, radioloog", s["body"])]
    build(pc, st, c_page, c_final)
    merge([pa, pb, pc], docpath(stem, "pdf"))
    finish(stem, "pdf", "pdf (merged with pypdf, 3 parts)", "nl", dict(
        kinds=["referral", "correspondence", "imaging-report"], date="2026-10-14", author="gp", language="nl",
        style="merged 'bijlagen' PDF: ZorgDomein referral table + polikliniekbrief + radiology report",
        referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
        notes="Three documents in one file with different letterheads and page numbering; top-level date/author are "
              "those of the first part (the referral); 'Patiënte is niet geopereerd'; osteotomy only discussed.",
        parts=[dict(kinds=["referral"], date="2026-10-14", author="gp"),
               dict(kinds=["correspondence"], date="2026-09-02", author="specialist"),
               dict(kinds=["imaging-report"], date="2026-08-28", author="radiologist")]))


# ============================================================== tk-058 German discharge letter + OP report + Dutch MRSA
def tk058():
    stem = "tk-058"
    s = styles("Sans", 9, 12)
    blue = colors.HexColor("#1A4E8A")

    def de_page(c, doc):
        draw_logo_vector(c, 18 * mm, H - 30 * mm, "leaf", blue, 0.8)
        c.setFont("Sans-Bold", 11); c.setFillColor(blue)
        c.drawString(36 * mm, H - 17 * mm, "Evangelisches Krankenhaus Niederrhein-Lippe")
        c.setFillColor(colors.black); c.setFont("Sans", 8)
        c.drawString(36 * mm, H - 21.5 * mm, "Klinik für Unfallchirurgie, Orthopädie und Handchirurgie · Chefarzt Dr. med. H. Overbeck")
        c.drawString(36 * mm, H - 25.5 * mm, "Lippeweg 20 · 46483 Wesel · Tel. +49 281 000 0")

    def de_final(c, n, t):
        c.setFont("Sans", 7); c.drawString(18 * mm, 10 * mm, "Kamphuis, Gerrit · 07.04.1954 · Fall 2026-077318")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Seite {n} von {t}")
    # part a: Entlassungsbrief
    pa = os.path.join(PARTS, "058a.pdf")
    st = [P("An den weiterbehandelnden Hausarzt<br/>Herrn J. ter Horst, Huisarts<br/>Huisartsenpraktijk Overstegen<br/>"
            "Keppelseweg 10, NL-7001 CJ Doetinchem", s["body"]), Spacer(1, 4 * mm),
          P("Wesel, 13.08.2026", s["right"]), P("<b>Entlassungsbrief</b>", s["h2"]),
          P("Patient: Herr Gerrit Kamphuis, geb. 07.04.1954, NL-7005 Doetinchem — stationär vom 09.08.2026 bis 13.08.2026",
            s["body"]), Spacer(1, 3 * mm), P("Sehr geehrter Herr Kollege,", s["body"])]
    for h, b in [("Diagnosen", "Dislozierte distale Radiusfraktur rechts (AO 23-A3) nach Fahrradsturz am 09.08.2026 "
                               "auf dem Rheinradweg bei Wesel (S52.51)<br/>Arterielle Hypertonie<br/>Vorhofflimmern unter Apixaban"),
                 ("Therapie", "10.08.2026: Offene Reposition und palmare winkelstabile Plattenosteosynthese (siehe OP-Bericht)"),
                 ("Verlauf", "Röntgen und CT bei Aufnahme zeigten die dislozierte Fraktur. Apixaban wurde präoperativ "
                             "pausiert und am 2. postoperativen Tag wieder angesetzt. Komplikationsloser Verlauf, "
                             "postoperative Röntgenkontrolle regelrecht. Das MRSA-Aufnahmescreening steht bei "
                             "Entlassung noch aus."),
                 ("Procedere", "Unterarmschiene für 2 Wochen, danach Physiotherapie. Wundkontrolle und Fadenzug am "
                               "12.–14. postoperativen Tag durch den Hausarzt. Röntgenkontrolle nach 6 Wochen heimatnah. "
                               "Wegen des Krankenhausaufenthaltes im Ausland empfehlen wir vor jeder weiteren "
                               "Krankenhausbehandlung in den Niederlanden ein MRSA-Screening.")]:
        st += [P(h, s["h3"]), P(b, s["just"])]
    st += [Spacer(1, 5 * mm), P("Mit freundlichen Grüßen", s["body"]), Spacer(1, 8 * mm),
           P("Dr. med. H. Overbeck, Chefarzt &nbsp;&nbsp;&nbsp; Dr. med. L. Brinkmann, Assistenzärztin", s["body"]),
           P("Anlage: OP-Bericht", s["small"])]
    build(pa, st, de_page, de_final)
    # part b: Operationsbericht
    pb = os.path.join(PARTS, "058b.pdf")
    st = [P("<b>Operationsbericht</b>", s["h2"]),
          grid([["Patient", "Kamphuis, Gerrit, 07.04.1954", "OP-Datum", "10.08.2026"],
                ["Operateur", "OA Dr. med. T. Schwering", "Assistenz", "Dr. med. L. Brinkmann"],
                ["Anästhesie", "Plexusanästhesie + Sedierung", "Blutsperre", "55 min, 250 mmHg"]],
               [24 * mm, 62 * mm, 24 * mm, 60 * mm], font="Sans", size=8.5, bold_cols=(0, 2), lines=True),
          Spacer(1, 3 * mm),
          P("<b>Diagnose:</b> Dislozierte distale Radiusfraktur rechts (AO 23-A3)", s["body"]),
          P("<b>Eingriff:</b> Offene Reposition, palmare winkelstabile Plattenosteosynthese distaler Radius rechts", s["body"]),
          Spacer(1, 2 * mm),
          P("<b>Bericht:</b> Team-Time-Out. Rückenlage, Armtisch. Palmarer Zugang nach Henry. Darstellung und Inzision des "
            "M. pronator quadratus. Reposition der Fraktur unter Bildwandlerkontrolle, temporäre K-Draht-Fixation. "
            "Anlage einer palmaren winkelstabilen Platte, Besetzung distal mit sechs winkelstabilen Schrauben, proximal "
            "drei Kortikalisschrauben. Bildwandlerkontrolle in zwei Ebenen: anatomische Reposition, keine intraartikuläre "
            "Schraubenlage. Refixation des Pronator quadratus, schichtweiser Wundverschluss, Hautnaht. Steriler Verband, "
            "dorsale Unterarmschiene.", s["just"]),
          Spacer(1, 2 * mm), P("<b>Procedere:</b> Hochlagerung, Röntgenkontrolle postoperativ, Fadenzug 12.–14. Tag.", s["body"]),
          Spacer(1, 5 * mm), P("Dr. med. T. Schwering, Oberarzt — diktiert 10.08.2026", s["body"])]
    build(pb, st, de_page, de_final)
    # part c: Dutch MRSA result
    pc = os.path.join(PARTS, "058c.pdf")
    sn = styles("Lib", 9, 12)

    def nl_page(c, doc):
        draw_logo_vector(c, 18 * mm, H - 30 * mm, "square", colors.HexColor("#5A2D82"), 0.8)
        c.setFont("Lib-Bold", 11); c.drawString(36 * mm, H - 17 * mm, "Stichting Labo Oost-Gelre")
        c.setFont("Lib", 8); c.drawString(36 * mm, H - 21.5 * mm, "Medische Microbiologie · Ziekenhuisstraat 3, 7101 BN Winterswijk")

    def nl_final(c, n, t):
        c.setFont("Lib", 7); c.drawString(18 * mm, 10 * mm, "Kamphuis, G. · 07-04-1954 · labnr 26-M-40881 · definitief")
    st = [P("Aan: J. ter Horst, huisarts, Huisartsenpraktijk Overstegen, Doetinchem", sn["body"]), Spacer(1, 4 * mm),
          P("<b>Uitslag MRSA-screening</b>", sn["h2"]),
          grid([["Patiënt", "dhr. G. Kamphuis", "Geb.datum", "07-04-1954"],
                ["Afname", "24-08-2026", "Uitslag", "27-08-2026"],
                ["Klinische gegevens", "Opname ziekenhuis Duitsland (Wesel), aug 2026", "Aanvrager", "J. ter Horst, huisarts"]],
               [30 * mm, 60 * mm, 24 * mm, 56 * mm], font="Lib", size=8.5, bold_cols=(0, 2), lines=True),
          Spacer(1, 3 * mm),
          grid([["Materiaal", "Bepaling", "Uitslag"], ["Neus", "MRSA-kweek", "niet aangetoond"],
                ["Keel", "MRSA-kweek", "niet aangetoond"], ["Perineum", "MRSA-kweek", "niet aangetoond"]],
               [50 * mm, 50 * mm, 70 * mm], font="Lib", size=8.5, bold_cols=(), header=True, lines=True),
          Spacer(1, 4 * mm), P("Conclusie: geen MRSA aangetoond. Arts-microbioloog: dr. B. Lensink", sn["body"])]
    build(pc, st, nl_page, nl_final)
    merge([pa, pb, pc], docpath(stem, "pdf"))
    finish(stem, "pdf", "pdf (merged with pypdf, 3 parts)", "de+nl", dict(
        kinds=["correspondence", "operation-report", "mrsa-screening"], date="2026-08-13", author="specialist",
        language="de", style="merged PDF: German Entlassungsbrief + Operationsbericht + Dutch MRSA lab result",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Mixed-language merge (two German parts, one Dutch); top-level language/date/author follow the first "
              "part; the discharge letter says 'siehe OP-Bericht' and the report follows as its own part; the "
              "discharge letter says MRSA screening pending while the Dutch result is in part 3.",
        parts=[dict(kinds=["correspondence"], date="2026-08-13", author="specialist"),
               dict(kinds=["operation-report"], date="2026-08-10", author="specialist"),
               dict(kinds=["mrsa-screening"], date="2026-08-27", author="lab")]))


# ============================================================== tk-059 UK discharge summary + operation note (one file)
def tk059():
    stem = "tk-059"
    s = styles("Sans", 9, 12)
    state = {"part": "DISCHARGE SUMMARY"}

    def page(c, doc):
        c.setFont("Sans-Bold", 10)
        c.drawString(18 * mm, H - 14 * mm, "Wye & Severn Hospitals NHS Trust")
        c.setFont("Sans", 8)
        c.drawString(18 * mm, H - 18.5 * mm, "Severn Meadows Hospital · Meadow Lane, Worcester WR5 1ZZ")
        c.setFont("Sans-Bold", 12)
        c.drawRightString(W - 18 * mm, H - 14 * mm, state["part"])
        c.setFont("Sans", 8)
        c.drawRightString(W - 18 * mm, H - 18.5 * mm, "DEKKER, Marjolein · DOB 27/02/1960 · SM8830127")
        c.line(18 * mm, H - 21 * mm, W - 18 * mm, H - 21 * mm)

    def final(c, n, t):
        c.setFont("Sans", 7)
        c.drawString(18 * mm, 9 * mm, "Generated from electronic patient record")
        c.drawRightString(W - 18 * mm, 9 * mm, f"Page {n} of {t}")

    class Switch(Spacer):
        def __init__(self, label):
            super().__init__(0, 0)
            self.label = label

        def draw(self):
            state["part"] = self.label

    st = [grid([["Admitted", "04/05/2026 (via Emergency Department)", "Discharged", "06/05/2026"],
                ["Consultant", "Ms K. Thornbury, Trauma & Orthopaedics (Hand)", "Ward", "Avon Ward"],
                ["GP", "Not registered in UK – Dutch GP: Dr R. Bos, Huisartsenpraktijk Zuiderhout, Haarlem", "NHS No", "n/a (overseas visitor)"]],
               [22 * mm, 76 * mm, 22 * mm, 54 * mm], font="Sans", size=8.3, bold_cols=(0, 2), lines=True),
          Spacer(1, 4 * mm)]
    for h, b in [("Presenting complaint", "Fall on the towpath while on a canal-boat holiday, landing on the left "
                                           "outstretched hand."),
                 ("Diagnosis", "Left distal radius fracture, intra-articular, dorsally displaced."),
                 ("Investigations", "X-ray left wrist 04/05/2026; CT left wrist 04/05/2026. Admission MRSA screen: not "
                                    "detected."),
                 ("Procedures", "05/05/2026 – ORIF left distal radius with volar locking plate (see operation note)."),
                 ("Medication on discharge", "Paracetamol 1 g QDS PRN; codeine 30 mg QDS PRN (3 days); own medication "
                                             "unchanged (levothyroxine)."),
                 ("Follow-up", "Returns to the Netherlands on 08/05/2026. Wound check and removal of sutures at 12–14 days "
                               "by her own GP. Fracture clinic follow-up with X-ray at 2 and 6 weeks to be arranged in "
                               "the Netherlands. Images provided on CD.")]:
        st += [P(h, s["h3"]), P(b, s["just"])]
    st += [Spacer(1, 5 * mm), P("Completed by: Dr J. Pryce, FY2, on behalf of Ms K. Thornbury — 06/05/2026", s["body"]),
           Switch("OPERATION NOTE"), PageBreak()]
    st += [grid([["Date", "05/05/2026", "Theatre", "Main 4 (trauma list)"],
                 ["Surgeon", "Ms K. Thornbury (Consultant)", "Assistant", "Mr D. Appiah (ST6)"],
                 ["Anaesthetist", "Dr F. Rowe", "Anaesthetic", "GA + supraclavicular block"],
                 ["Tourniquet", "62 min at 250 mmHg", "Antibiotics", "Cefuroxime 1.5 g at induction"]],
                [24 * mm, 64 * mm, 24 * mm, 62 * mm], font="Sans", size=8.3, bold_cols=(0, 2), lines=True),
           Spacer(1, 3 * mm),
           P("<b>Procedure:</b> ORIF left distal radius, volar locking plate", s["body"]),
           P("<b>Findings:</b> Dorsally comminuted intra-articular fracture with a 2 mm step in the lunate facet.", s["body"]),
           P("<b>Description:</b> Modified Henry approach through the FCR sheath. Pronator quadratus elevated. Fracture "
             "reduced under image intensifier, provisional K-wires, 2.4 mm volar locking plate applied with distal locking "
             "screws and three proximal cortical screws. Final screening: restored volar tilt, articular step reduced, "
             "no intra-articular screws. DRUJ stable. PQ repaired. Skin closed with 3/0 Monocryl subcuticular.", s["just"]),
           P("<b>Post-op:</b> Backslab, elevate, neurovascular observations. Discharge when comfortable.", s["body"]),
           Spacer(1, 5 * mm), P("Signed: K. Thornbury — 05/05/2026 14:20", s["body"])]
    build(docpath(stem, "pdf"), st, page, final, top=26)
    finish(stem, "pdf", "pdf (reportlab, 2 documents with page break)", "en-GB", dict(
        kinds=["correspondence", "operation-report"], date="2026-05-06", author="specialist", language="en",
        style="one PDF holding an NHS discharge summary and the operation note, shared page numbering",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Two documents in one reportlab file with continuous 'Page x of 2' and a changing header title; "
              "Dutch tourist admitted in an English hospital; discharge summary only names the procedure (see "
              "operation note), the second page is the operation note; admission MRSA screen only mentioned.",
        parts=[dict(kinds=["correspondence"], date="2026-05-06", author="specialist"),
               dict(kinds=["operation-report"], date="2026-05-05", author="specialist")]))


# ============================================================== tk-060 faxed GP bundle (cover, HIS extract, MRSA, meds)
def tk060():
    stem = "tk-060"
    s = styles("Cond", 9, 11.8)
    state = {"hdr": None}

    def page(c, doc):
        pass

    def final(c, n, t):
        c.setFont("Mono", 7.5)
        c.drawString(12 * mm, H - 8 * mm, f"23-10-2026 15:52   VAN: HAP MOLENWIJK 023-0000410   AAN: 0260000001   "
                                          f"P.{n:03d}/{t:03d}")
        c.setFont("Cond", 6.5)
        c.drawRightString(W - 15 * mm, 8 * mm, "verzonden met FaxPraktijk 5.2")

    st = []
    # part a: cover letter (GP)
    st += [P("<b>Huisartsenpraktijk Molenwijk</b>", s["h1"]),
           P("E.H. Vos-Dijkman, huisarts · Molenwijkstraat 8, 2031 ?? Haarlem · 023-0000410".replace(" ??", " AB"), s["small"]),
           Spacer(1, 8 * mm),
           P("Aan: Handkliniek Veluwezoom, intake second opinion — per fax 026-0000001", s["body"]),
           P("Datum: 23-10-2026", s["body"]),
           P("Betreft: mw. F. Aydın, geb. 12-06-1978", s["body"]),
           Spacer(1, 5 * mm),
           P("Geachte heer/mevrouw,", s["body"]), Spacer(1, 2 * mm)]
    for b in ["Naar aanleiding van uw verzoek van 19-10-2026 stuur ik u hierbij de ontbrekende stukken voor de intake "
              "van mevrouw Aydın:",
              "– HIS-uittreksel (episodelijst en journaal)<br/>– uitslag MRSA-screening<br/>– actueel medicatieoverzicht "
              "van de apotheek",
              "De verwijzing is op 05-10-2026 via ZorgDomein verstuurd. Mevrouw Aydın is in juni in Alanya (Turkije) "
              "opgenomen geweest en daar aan haar pols geopereerd. Een operatieverslag uit Turkije hebben wij niet; "
              "patiënte heeft alleen een Turkstalige ontslagbrief, die zij zelf meeneemt naar de afspraak.",
              "Met vriendelijke groet,<br/><br/>E.H. Vos-Dijkman, huisarts", "Aantal pagina's inclusief dit voorblad: 4"]:
        st += [P(b, s["just"]), Spacer(1, 2.5 * mm)]
    st.append(PageBreak())
    # part b: HIS extract
    st += [P("<b>HIS-uittreksel</b> — Huisartsenpraktijk Molenwijk — uitgedraaid 23-10-2026", s["h2"]),
           P("Patiënt: Aydın, F. (V), geb. 12-06-1978, Molenwijkstraat 31, 2031 AC Haarlem", s["body"]), Spacer(1, 3 * mm),
           grid([["ICPC", "Episode", "Begin"],
                 ["L72", "Fractuur distale radius rechts, plaatosteosynthese Alanya (Turkije)", "14-06-2026"],
                 ["T90", "Diabetes mellitus type 2", "03-03-2019"],
                 ["W78", "Zwangerschap (afgesloten)", "2009"]], [14 * mm, 120 * mm, 30 * mm], font="Cond", size=8.5,
                bold_cols=(), header=True, lines=True),
           Spacer(1, 3 * mm)]
    for d_, t in [("01-07-2026", "S: terug uit Turkije. 14-06 gevallen op vakantie in Alanya, polsbreuk re, in "
                                 "privéziekenhuis 3 dagen opgenomen, geopereerd met plaat. O: wond rustig, gips. "
                                 "E: L72 st.na ORIF buitenland. P: verwijzing fractuurpoli Kennemerzorg? nee — patiënte wil "
                                 "eerst afwachten; hechtingen verwijderd."),
                  ("22-07-2026", "S: gips eraf in Turkije-advies na 6 wk; nu brace. O: pro/sup beperkt. P: fysiotherapie."),
                  ("09-09-2026", "S: veel pijn, knak bij draaien. O: zwelling ulnair. E: L72. P: X-pols re aangevraagd."),
                  ("12-09-2026", "Uitslag X-pols re (Kennemerzorg Radiologie): plaat in situ, fractuur geconsolideerd, "
                                 "distale schroef mogelijk intra-articulair."),
                  ("05-10-2026", "Verwijzing ZorgDomein: second opinion handchirurgie Arnhem."),
                  ("19-10-2026", "Verzoek handkliniek: MRSA-screening i.v.m. opname buitenland; kweek ingezet.")]:
        st.append(P(f"<b>{d_}</b> {t}", s["body"]))
        st.append(Spacer(1, 1.5 * mm))
    st.append(PageBreak())
    # part c: MRSA result
    st += [P("<b>Streeklaboratorium Kennemerland-Zuid</b> — Medische Microbiologie", s["h2"]),
           P("Kennemerlaan 220, 2035 RC Haarlem", s["small"]), Spacer(1, 3 * mm),
           grid([["Patiënt", "Aydın, F.", "Geb.datum", "12-06-1978"],
                 ["Aanvrager", "E.H. Vos-Dijkman, huisarts", "Labnummer", "KZ-26-601193"],
                 ["Afname", "21-10-2026", "Uitslagdatum", "23-10-2026"]],
                [24 * mm, 60 * mm, 24 * mm, 60 * mm], font="Cond", size=8.5, bold_cols=(0, 2), lines=True),
           Spacer(1, 3 * mm),
           grid([["Materiaal", "Onderzoek", "Uitslag"], ["Neus", "MRSA PCR + kweek", "MRSA niet aangetoond"],
                 ["Keel", "MRSA PCR + kweek", "MRSA niet aangetoond"], ["Perineum", "MRSA PCR + kweek", "MRSA niet aangetoond"]],
                [40 * mm, 60 * mm, 68 * mm], font="Cond", size=8.5, bold_cols=(), header=True, lines=True),
           Spacer(1, 3 * mm), P("Klinische gegevens: opname buitenland (Turkije) juni 2026. Definitief, gevalideerd "
                                "door dr. A. Veenendaal, arts-microbioloog.", s["body"]),
           PageBreak()]
    # part d: medication overview
    st += [P("<b>Apotheek Molenwijk</b> — Medicatieoverzicht", s["h2"]),
           P("Aydın, F. · 12-06-1978 · afgedrukt 22-10-2026", s["body"]), Spacer(1, 3 * mm),
           grid([["Start", "Geneesmiddel", "Gebruik"], ["03-03-2019", "Metformine 500 mg", "2 dd 1"],
                 ["01-07-2026", "Paracetamol 500 mg", "zo nodig 4 dd 2"], ["01-07-2026", "Naproxen 500 mg", "zo nodig 2 dd 1"],
                 ["01-07-2026", "Omeprazol 20 mg", "1 dd 1"]], [25 * mm, 80 * mm, 60 * mm], font="Cond", size=8.5,
                bold_cols=(), header=True, lines=True),
           Spacer(1, 3 * mm), P("Overgevoeligheden: geen bekend.", s["body"])]
    build(docpath(stem, "pdf"), st, page, final, top=18, left=18, right=18)
    finish(stem, "pdf", "pdf (reportlab, 4 documents, fax header on every page)", "nl", dict(
        kinds=["history", "mrsa-screening"], date="2026-10-23", author="gp", language="nl",
        style="faxed GP bundle: cover letter, HIS extract, MRSA lab result, pharmacy overview; fax header with send "
              "date and page counter on every page",
        imaging_done="yes", operated="yes", treated_abroad="yes",
        notes="Four documents behind one fax header; the cover letter (GP's own letter, no kind) mentions the "
              "referral and missing operation report; admission and operation in Alanya, Turkey; part dates: "
              "cover/HIS/MRSA 23-10-2026, medication overview 22-10-2026; a typo-like aside in a journal line "
              "('Kennemerzorg? nee').",
        parts=[dict(kinds=[], date="2026-10-23", author="gp"),
               dict(kinds=["history"], date="2026-10-23", author="gp"),
               dict(kinds=["mrsa-screening"], date="2026-10-23", author="lab"),
               dict(kinds=[], date="2026-10-22", author="other")]))


if __name__ == "__main__":
    for f in (tk057, tk058, tk059, tk060):
        f()
        print("ok", f.__name__)
