"""reportlab PDFs, part C: operation forms, MRSA results, forms, ED report (tk-033, 035, 039, 041, 051, 054, 062)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from reportlab.pdfgen import canvas as _rl_canvas

W, H = A4


# ============================================================== tk-033 Dutch OK-verslag form
def tk033():
    stem = "tk-033"
    s = styles("Lib", 9, 11.8)
    col = colors.HexColor("#7A1F5C")
    banner = "Hendriks, P.W.M.  |  15-05-1966  |  M  |  Pat.nr. 3310765  |  Opname 2026-11873"

    def page(c, doc):
        draw_logo_vector(c, 18 * mm, H - 28 * mm, "circle", col, 0.75)
        c.setFont("Lib-Bold", 12)
        c.setFillColor(col)
        c.drawString(36 * mm, H - 17 * mm, "Maasdal Ziekenhuis")
        c.setFillColor(colors.black)
        c.setFont("Lib", 8)
        c.drawString(36 * mm, H - 21.5 * mm, "Maasdalweg 1, 5912 BL Venlo  ·  077 000 60 00")
        c.setFont("Lib-Bold", 15)
        c.drawRightString(W - 18 * mm, H - 19 * mm, "OPERATIEVERSLAG")
        c.setFillColor(colors.HexColor("#EEE"))
        c.rect(18 * mm, H - 34 * mm, W - 36 * mm, 6 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Lib", 8)
        c.drawString(20 * mm, H - 32 * mm, banner)

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.drawString(18 * mm, 10 * mm, "Verslag: dr. L. Janssen-Coenen, 23-04-2026 16:48  ·  Geautoriseerd: 24-04-2026 08:05")
        c.drawRightString(W - 18 * mm, 10 * mm, f"Pagina {n} van {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=40 * mm, bottomMargin=18 * mm)
    g = [["Datum operatie", "23-04-2026", "Operatiekamer", "OK 4 (dagbehandeling)"],
         ["Operateur", "dr. L. Janssen-Coenen, plastisch chirurg", "Assistent", "drs. T. Nguyen, AIOS"],
         ["Anesthesioloog", "dr. B. Maas", "Anesthesie", "Plexus axillaris rechts"],
         ["Bloedleegte", "Tourniquet bovenarm 250 mmHg, 58 min", "ASA-klasse", "II"],
         ["Specialisme", "Plastische chirurgie", "Zijde", "Rechts"]]
    st = [grid(g, [30 * mm, 60 * mm, 28 * mm, 56 * mm], font="Lib", size=8.5, bold_cols=(0, 2), lines=True),
          Spacer(1, 4 * mm)]
    rows = [
        ("Pre-operatieve diagnose", "Morbus Dupuytren digiti IV en V rechts; extensiedeficit MCP-IV 45°, PIP-V 60°."),
        ("Indicatie", "Progressieve contractuur met functiebeperking (handschoen aantrekken, gereedschap vasthouden); "
                      "positieve tafeltest. Naaldfasciotomie in 2024 elders met recidief binnen een jaar."),
        ("Ingreep", "Partiële (limited) fasciectomie digiti IV en V rechts, Z-plastiek digitus V."),
        ("Verloop / beschrijving",
         "Time-out verricht. Patiënt in rugligging, arm op handtafel, tourniquet. Bruner-incisie van de distale "
         "handpalm naar het proximale lid van dig IV, gecombineerd met een Bruner-incisie over dig V. Identificatie van "
         "de pretendineuze strengen en de spiraalstreng van dig V. Neurovasculaire bundels over het hele traject "
         "vrijgeprepareerd en gespaard. Excisie van het pathologische fascieweefsel. Hierna volledige extensie "
         "MCP-IV; PIP-V resteert 15° flexie na voorzichtige capsulaire release. Tourniquet eraf: goede doorbloeding "
         "van alle vingertoppen. Hemostase met bipolaire coagulatie. Z-plastiek dig V. Huid gesloten met Ethilon 5-0. "
         "Drukverband en dorsale gipsspalk in intrinsic-plus-stand."),
        ("PA", "Weefsel naar pathologie: ja (fascie dig IV/V rechts)."),
        ("Complicaties", "Geen."),
        ("Nabehandeling", "Hand hoog houden. Spalk 1 week, daarna nachtspalk gedurende 3 maanden. Handtherapie binnen 5 "
                          "dagen (Handtherapie Venlo). Hechtingen verwijderen na 12-14 dagen bij de huisarts. Controle "
                          "polikliniek plastische chirurgie over 6 weken."),
    ]
    lab = ParagraphStyle("lb", parent=s["label"], textColor=col)
    t = Table([[P(a, lab), P(b, s["just"])] for a, b in rows], colWidths=[40 * mm, 134 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    st += [t, Spacer(1, 8 * mm), P("Handtekening operateur: <i>elektronisch geautoriseerd</i>", s["body"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["operation-report"], date="2026-04-23", also_dates=["2026-04-24"], author="specialist", language="nl",
        style="Dutch OK-verslag form, four-column label/value grid plus labelled sections, no salutation",
        imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
        notes="Form without letter structure; labels and values in separate cells; report and authorisation "
              "timestamps only in the footer; earlier needle fasciotomy elsewhere."))


# ============================================================== tk-035 UK Operation Note
def tk035():
    stem = "tk-035"
    s = styles("Sans", 8.8, 11.5)

    def page(c, doc):
        c.setFont("Sans-Bold", 10.5)
        c.drawString(16 * mm, H - 15 * mm, "North Wessex Hospitals NHS Foundation Trust")
        c.setFont("Sans", 8)
        c.drawString(16 * mm, H - 19.5 * mm, "Kennet Valley Hospital · Day Surgery Unit · Newbury RG14 1ZZ")
        c.setFont("Sans-Bold", 16)
        c.drawString(16 * mm, H - 30 * mm, "OPERATION NOTE")
        # addressograph label
        c.setLineWidth(0.6)
        c.roundRect(W - 86 * mm, H - 36 * mm, 70 * mm, 25 * mm, 3)
        draw_lines(c, W - 83 * mm, H - 16 * mm, ["BOS, Jan-Willem", "DOB 09/09/1971   M", "Hosp No: KV0338721",
                                                 "NHS No: 654 210 8843", "22 Oakfield Rise, Thatcham RG19 4ZZ"],
                   font="Sans", size=8, bold_first=True)

    def final(c, n, total):
        c.setFont("Sans", 6.5)
        c.drawString(16 * mm, 9 * mm, "NWH/DSU/ON v4.2 — file in patient notes — copy to GP")
        c.drawRightString(W - 16 * mm, 9 * mm, f"Page {n} of {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=42 * mm, bottomMargin=16 * mm)
    g = [["Date of operation", "11/03/2026", "Theatre", "DSU Theatre 2"],
         ["Surgeon", "Mr R. Whitfield (Consultant)", "Assistant", "Dr P. Osei (ST4)"],
         ["Anaesthetist", "Dr L. Marsh", "Anaesthetic", "Local (WALANT), no tourniquet"],
         ["Start / finish", "09:42 / 10:05", "Antibiotics", "None"],
         ["Operation", "RIGHT open carpal tunnel decompression", "Side marked", "Yes – WHO checklist completed"]]
    st = [grid(g, [30 * mm, 62 * mm, 28 * mm, 58 * mm], font="Sans", size=8.5, bold_cols=(0, 2), lines=True), Spacer(1, 3 * mm)]
    rows = [
        ("Indication", "Right carpal tunnel syndrome, nerve conduction studies 14/01/2026: severe (absent sensory "
                       "response). Failed night splinting and one steroid injection."),
        ("Findings", "Thickened transverse carpal ligament. Median nerve hourglass constriction with hyperaemia "
                     "proximal to the ligament. No space-occupying lesion. Motor branch not visualised, not explored."),
        ("Procedure", "3 cm longitudinal incision in line with radial border of ring finger, distal to wrist crease. "
                      "Palmar fascia divided. Transverse carpal ligament divided under direct vision from distal to "
                      "proximal, including distal part of antebrachial fascia. Nerve inspected throughout; no "
                      "neurolysis. Haemostasis."),
        ("Closure", "4/0 Prolene interrupted mattress sutures. Bupivacaine infiltration. Soft bulky dressing."),
        ("Blood loss", "Minimal"),
        ("VTE prophylaxis", "Not required (mobile, LA procedure)"),
        ("Post-op instructions", "Elevate, finger exercises from today. Keep dressing dry. Reduce dressing at 48 h. "
                                 "Suture removal at GP practice at 10–14 days. Hand therapy referral not required. "
                                 "No routine clinic follow-up; patient-initiated follow-up for 6 months."),
    ]
    t = Table([[P(f"<b>{a}</b>", s["body"]), P(b, s["body"])] for a, b in rows], colWidths=[36 * mm, 142 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    st += [t, Spacer(1, 6 * mm),
           grid([["Signature:", "R. Whitfield", "Name:", "Mr Robert Whitfield", "GMC:", "7012345", "Date:", "11/03/2026"]],
                [18 * mm, 24 * mm, 13 * mm, 38 * mm, 11 * mm, 18 * mm, 12 * mm, 24 * mm], font="Sans", size=8,
                bold_cols=(0, 2, 4, 6), box=True)]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "en-GB", dict(
        kinds=["operation-report"], date="2026-03-11", author="specialist", language="en",
        style="NHS day-surgery OPERATION NOTE form with addressograph label box and signature strip",
        imaging_done="unmentioned", operated="yes", treated_abroad="yes",
        notes="Operation in an English hospital (treated abroad); patient sticker box top right holds DOB and "
              "address; nerve conduction study is not imaging; date only in grid and signature strip."))


# ============================================================== tk-039 Dutch MRSA result, 3 specimens
def tk039():
    stem = "tk-039"
    s = styles("Sans", 8.8, 11.5)
    col = colors.HexColor("#1B6E5A")

    def page(c, doc):
        draw_logo_vector(c, 16 * mm, H - 28 * mm, "square", col, 0.85)
        c.setFillColor(col)
        c.setFont("Sans-Bold", 13)
        c.drawString(34 * mm, H - 17 * mm, "Eems-Dollard Diagnostiek")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8.5)
        c.drawString(34 * mm, H - 22 * mm, "Laboratorium voor Medische Microbiologie en Infectiepreventie")
        c.setFont("Sans", 7.5)
        c.drawString(34 * mm, H - 26 * mm, "Laan van Kempen 18, 9713 GZ Groningen · T 050 000 30 30 · ISO 15189 M000")

    def final(c, n, total):
        c.setFont("Sans", 6.8)
        c.drawString(16 * mm, 10 * mm, "Aksoy, D. · 14-02-1985 · Labnr 26-114872 · Definitieve uitslag · Uitslagdatum 23-10-2026")
        c.drawRightString(W - 16 * mm, 10 * mm, f"blad {n}/{total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=36 * mm, bottomMargin=18 * mm)
    aan = P("Aan:<br/>J. Kuiper, huisarts<br/>Huisartsenpraktijk Helpman<br/>Verlengde Hereweg 150<br/>9722 AM Groningen", s["body"])
    pat = grid([["Patiënt", "mw. D. Aksoy"], ["Geboortedatum", "14-02-1985"], ["BSN", "318044271"],
                ["Aanvrager", "J. Kuiper, huisarts (AGB 01-077012)"], ["Labnummer", "26-114872"]],
               [26 * mm, 60 * mm], font="Sans", size=8.2, pad=1)
    t = Table([[aan, pat]], colWidths=[88 * mm, 90 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st = [t, Spacer(1, 5 * mm), P("UITSLAG MEDISCHE MICROBIOLOGIE – MRSA-screening", s["h2"]),
          grid([["Afnamedatum", "20-10-2026 09:10", "Ontvangstdatum", "20-10-2026 15:40"],
                ["Uitslagdatum", "23-10-2026", "Status", "Definitief"]],
               [28 * mm, 60 * mm, 30 * mm, 60 * mm], font="Sans", size=8.2, bold_cols=(0, 2), lines=True),
          Spacer(1, 3 * mm),
          P("<b>Klinische gegevens (aanvrager):</b> MRSA-screening i.v.m. opname in ziekenhuis in Izmir (Turkije), "
            "juli 2026. Polsoperatie gepland in Nederland.", s["body"]),
          Spacer(1, 4 * mm),
          grid([["Monster", "Materiaal", "Bepaling", "Uitslag"],
                ["26-114872-01", "Neus (beide neusgaten)", "MRSA PCR\nMRSA kweek (selectief)", "negatief\nMRSA niet aangetoond"],
                ["26-114872-02", "Keel", "MRSA PCR\nMRSA kweek (selectief)", "negatief\nMRSA niet aangetoond"],
                ["26-114872-03", "Perineum", "MRSA PCR\nMRSA kweek (selectief)", "negatief\nMRSA niet aangetoond"]],
               [28 * mm, 44 * mm, 56 * mm, 50 * mm], font="Sans", size=8.5, bold_cols=(), header=True, lines=True),
          Spacer(1, 4 * mm),
          P("<b>Conclusie:</b> In de ingestuurde screeningsmonsters is geen MRSA aangetoond.", s["body"]),
          Spacer(1, 2 * mm),
          P("Voorlopige uitslag (PCR) telefonisch doorgegeven aan de praktijk op 21-10-2026. De kweek is na 48 uur "
            "incubatie op chromogene MRSA-agar negatief. Een negatieve screening sluit dragerschap niet volledig uit.",
            s["small"]),
          Spacer(1, 6 * mm),
          P("Gevalideerd door: dr. H. Wierda, arts-microbioloog, 23-10-2026 11:32", s["body"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl", dict(
        kinds=["mrsa-screening"], date="2026-10-23", also_dates=["2026-10-20"], author="lab", language="nl",
        style="Dutch microbiology lab report, specimen table (neus/keel/perineum), PCR + culture",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="Several specimens and two tests each; sampling, receipt, provisional and final dates; clinical "
              "information states an admission in Turkey; wrist operation only planned."))


# ============================================================== tk-041 UK microbiology MRSA screen
def tk041():
    stem = "tk-041"
    s = styles("Mono", 8.5, 10.5)
    sb = styles("Lib", 9)

    def page(c, doc):
        c.setFont("Lib-Bold", 10)
        c.drawString(16 * mm, H - 14 * mm, "Pennine Vale Hospitals NHS Foundation Trust")
        c.setFont("Lib", 8)
        c.drawString(16 * mm, H - 18.5 * mm, "Pathology Services – Department of Microbiology – Calderbrook General Hospital, Halifax HX3 0ZZ")
        c.setFont("Lib-Bold", 12)
        c.drawRightString(W - 16 * mm, H - 14 * mm, "MICROBIOLOGY REPORT")
        c.line(16 * mm, H - 21 * mm, W - 16 * mm, H - 21 * mm)

    def final(c, n, total):
        c.setFont("Lib", 7)
        c.drawString(16 * mm, 9 * mm, "Printed 03/09/2026 12:10 from ICE · DE GROOT, ANNA · PV4481207")
        c.drawRightString(W - 16 * mm, 9 * mm, f"Page {n} of {total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=26 * mm, bottomMargin=16 * mm)
    st = [grid([["Patient:", "DE GROOT, ANNA", "Hosp No:", "PV4481207"],
                ["DOB:", "05/03/1992 (34y)  F", "NHS No:", "712 448 3096"],
                ["Requested by:", "Mr A Okafor (Hand Surgery)", "Location:", "Pre-operative Assessment Unit"],
                ["Clinical details:", "Elective admission MRSA screen – day case L wrist arthroscopy 02/09/2026",
                 "Copy to:", "GP – Dr J Hoogendijk (NL)"]],
               [26 * mm, 64 * mm, 22 * mm, 66 * mm], font="Lib", size=8.3, bold_cols=(0, 2), lines=True),
          Spacer(1, 4 * mm)]
    specs = [("M26.0411873", "Nose swab", "01/09/2026 10:05", "01/09/2026 13:22"),
             ("M26.0411874", "Groin swab", "01/09/2026 10:06", "01/09/2026 13:22"),
             ("M26.0411875", "Throat swab", "01/09/2026 10:06", "01/09/2026 13:22")]
    for lab, spec, coll, rec in specs:
        st.append(P(f"Lab No: {lab}    Specimen: {spec}", sb["bold"]))
        st.append(P(f"Collected: {coll}    Received: {rec}    Reported: 03/09/2026 11:47", s["mono"]))
        st.append(P("Investigation: MRSA SCREEN (chromogenic culture)", s["mono"]))
        st.append(P("RESULT:  MRSA NOT isolated", s["mono"]))
        st.append(Spacer(1, 3 * mm))
    st += [P("Comment: Screening complete – no MRSA isolated from any site. Standard precautions only.", sb["body"]),
           Spacer(1, 5 * mm),
           P("Authorised by: Dr S. Pillai, Consultant Microbiologist  —  03/09/2026 11:47", sb["body"]),
           P("This is a final report. Results relate only to the specimens received.", sb["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "en-GB", dict(
        kinds=["mrsa-screening"], date="2026-09-03", also_dates=["2026-09-01"], author="lab", language="en",
        style="NHS microbiology report printed from an order-comms system, one block per specimen in monospace",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
        notes="English hospital pre-admission screen (care abroad); three lab numbers; 'MRSA NOT isolated' "
              "wording; the arthroscopy is only the reason for screening (operation date in the future relative "
              "to sampling)."))


# ============================================================== tk-051 insurer form with checkboxes
def tk051():
    stem = "tk-051"
    c_ = _rl_canvas.Canvas(docpath(stem, "pdf"), pagesize=A4)
    c = c_
    col = colors.HexColor("#E07B00")
    c.setTitle("Aanvraagformulier machtiging")
    c.setFillColor(col)
    c.rect(0, H - 28 * mm, W, 28 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Lib-Bold", 18)
    c.drawString(18 * mm, H - 15 * mm, "VZG")
    c.setFont("Lib", 10)
    c.drawString(18 * mm, H - 21 * mm, "Zorgverzekeringen")
    c.setFont("Lib-Bold", 13)
    c.drawRightString(W - 18 * mm, H - 15 * mm, "Aanvraag toestemming (machtiging)")
    c.setFont("Lib", 9)
    c.drawRightString(W - 18 * mm, H - 21 * mm, "Second opinion medisch-specialistische zorg")
    c.setFillColor(colors.black)

    def box(x, y, checked):
        c.setLineWidth(0.7)
        c.rect(x, y, 3.5 * mm, 3.5 * mm)
        if checked:
            c.setFont("Lib-Bold", 9)
            c.drawString(x + 0.7 * mm, y + 0.7 * mm, "X")

    def field(x, y, w, label, value, hand=True):
        c.setFont("Lib", 7.5)
        c.drawString(x, y + 6.2 * mm, label)
        c.setLineWidth(0.5)
        c.rect(x, y, w, 5.5 * mm)
        c.setFont("Serif-Italic" if hand else "Lib", 10)
        c.drawString(x + 1.5 * mm, y + 1.5 * mm, value)

    y = H - 40 * mm
    c.setFont("Lib-Bold", 10)
    c.drawString(18 * mm, y, "1  Gegevens verzekerde")
    y -= 12 * mm
    field(18 * mm, y, 85 * mm, "Naam en voorletters", "Dijkstra-Bosman, G.A.")
    field(108 * mm, y, 40 * mm, "Geboortedatum", "30-06-1973")
    field(153 * mm, y, 39 * mm, "Relatienummer", "501 227 640")
    y -= 13 * mm
    field(18 * mm, y, 130 * mm, "Adres, postcode en woonplaats", "Bergstraat 19, 6711 KB Ede")
    field(153 * mm, y, 39 * mm, "Telefoon", "06-51009920")
    y -= 12 * mm
    c.setFont("Lib-Bold", 10)
    c.drawString(18 * mm, y, "2  Gegevens behandeling")
    y -= 12 * mm
    field(18 * mm, y, 85 * mm, "Zorgaanbieder (second opinion)", "Handkliniek Veluwezoom, Arnhem")
    field(108 * mm, y, 84 * mm, "Specialisme", "handchirurgie")
    y -= 13 * mm
    field(18 * mm, y, 85 * mm, "Verwijzer (naam huisarts/specialist)", "G. de Ruiter, huisarts, Ede")
    field(108 * mm, y, 40 * mm, "Datum verwijzing", "04-09-2026")
    field(153 * mm, y, 39 * mm, "AGB-code verwijzer", "01-031122")
    y -= 13 * mm
    field(18 * mm, y, 174 * mm, "Klacht / diagnose (in uw eigen woorden)", "tintelingen rechterhand, weer terug na operatie")
    y -= 12 * mm
    c.setFont("Lib-Bold", 10)
    c.drawString(18 * mm, y, "3  Aanvullende vragen")
    y -= 9 * mm
    c.setFont("Lib", 9)
    c.drawString(18 * mm, y, "Bent u eerder aan deze klacht geopereerd?")
    box(120 * mm, y - 0.8 * mm, True); c.setFont("Lib", 9); c.drawString(125 * mm, y, "Ja")
    box(140 * mm, y - 0.8 * mm, False); c.setFont("Lib", 9); c.drawString(145 * mm, y, "Nee")
    y -= 8 * mm
    c.drawString(18 * mm, y, "Zo ja, wanneer en waar?")
    c.setFont("Serif-Italic", 10)
    c.drawString(60 * mm, y, "mei 2025, Streekziekenhuis Zuid-Veluwe (carpaletunnel)")
    y -= 9 * mm
    c.setFont("Lib", 9)
    c.drawString(18 * mm, y, "Bent u voor deze klacht in het buitenland behandeld?")
    box(120 * mm, y - 0.8 * mm, False); c.setFont("Lib", 9); c.drawString(125 * mm, y, "Ja")
    box(140 * mm, y - 0.8 * mm, True); c.setFont("Lib", 9); c.drawString(145 * mm, y, "Nee")
    y -= 9 * mm
    c.drawString(18 * mm, y, "Heeft u de verwijsbrief bijgevoegd?")
    box(120 * mm, y - 0.8 * mm, True); c.setFont("Lib", 9); c.drawString(125 * mm, y, "Ja")
    box(140 * mm, y - 0.8 * mm, False); c.setFont("Lib", 9); c.drawString(145 * mm, y, "Nee")
    y -= 14 * mm
    c.setFont("Lib-Bold", 10)
    c.drawString(18 * mm, y, "4  Ondertekening")
    y -= 6 * mm
    c.setFont("Lib", 8)
    c.drawString(18 * mm, y, "Ik verklaar dit formulier naar waarheid te hebben ingevuld en geef VZG toestemming mijn gegevens te "
                             "gebruiken voor de beoordeling.")
    y -= 14 * mm
    field(18 * mm, y, 50 * mm, "Datum", "11-09-2026")
    field(75 * mm, y, 70 * mm, "Handtekening", "G. Dijkstra")
    c.setFont("Lib", 7.5)
    c.setFillColor(colors.grey)
    draw_lines(c, 18 * mm, 26 * mm, [
        "Stuur dit formulier samen met een kopie van de verwijsbrief naar: VZG Zorgverzekeringen, afdeling Zorgadvies, "
        "Antwoordnummer 1234, 3800 VB Amersfoort.",
        "Wij beslissen binnen 10 werkdagen. Zonder verwijzing vergoeden wij een second opinion niet.",
        "Formulier ZA-SO-03 (versie 2026-1)"], font="Lib", size=7.5)
    c.showPage()
    c.save()
    finish(stem, "pdf", "pdf (reportlab canvas form)", "nl", dict(
        kinds=[], date="2026-09-11", author="patient", language="nl",
        style="insurer authorisation form with boxed fields, checkboxes and handwriting-style values",
        imaging_done="unmentioned", operated="yes", treated_abroad="no",
        notes="Not a referral although it names a referrer and a referral date; facts only in checkbox answers "
              "('X' drawn apart from 'Ja'/'Nee'); signature date is the only own date."))


# ============================================================== tk-054 radiology request form
def tk054():
    stem = "tk-054"
    c = _rl_canvas.Canvas(docpath(stem, "pdf"), pagesize=A4)
    col = colors.HexColor("#00546B")
    c.setTitle("Aanvraag radiologie")
    draw_logo_vector(c, 16 * mm, H - 30 * mm, "leaf", col, 0.8)
    c.setFont("Lib-Bold", 13)
    c.setFillColor(col)
    c.drawString(34 * mm, H - 18 * mm, "Eemhof Ziekenhuis")
    c.setFillColor(colors.black)
    c.setFont("Lib", 8)
    c.drawString(34 * mm, H - 22.5 * mm, "Afdeling Radiologie · Eemhoflaan 10, 3818 ES Amersfoort")
    c.setFont("Lib-Bold", 12)
    c.drawRightString(W - 16 * mm, H - 18 * mm, "AANVRAAGFORMULIER BEELDVORMING")
    c.setFont("Lib", 8)
    c.drawRightString(W - 16 * mm, H - 22.5 * mm, "voor huisartsen – vrije inloop X-thorax/skelet ma–vr 8.00–17.00")

    def sect(y, title):
        c.setFillColor(colors.HexColor("#DCEBEF"))
        c.rect(16 * mm, y, W - 32 * mm, 6 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Lib-Bold", 9)
        c.drawString(18 * mm, y + 1.8 * mm, title)

    def kv(x, y, k, v):
        c.setFont("Lib", 8)
        c.drawString(x, y, k)
        c.setFont("Mono", 9)
        c.drawString(x + 32 * mm, y, v)

    def cb(x, y, txt, on):
        c.rect(x, y - 0.6 * mm, 3.2 * mm, 3.2 * mm)
        if on:
            c.setFont("Lib-Bold", 8.5); c.drawString(x + 0.6 * mm, y, "X")
        c.setFont("Lib", 8.5); c.drawString(x + 5 * mm, y, txt)

    y = H - 40 * mm
    sect(y, "Patiënt (of patiëntsticker)")
    kv(18 * mm, y - 7 * mm, "Naam", "dhr. R. Hazelhoff")
    kv(18 * mm, y - 12 * mm, "Geboortedatum", "06-10-2001")
    kv(110 * mm, y - 7 * mm, "BSN", "244190873")
    kv(110 * mm, y - 12 * mm, "Verzekeraar", "VZG 77012448")
    kv(18 * mm, y - 17 * mm, "Adres", "Leusderweg 44, 3817 KC Amersfoort")
    y -= 26 * mm
    sect(y, "Aanvrager")
    kv(18 * mm, y - 7 * mm, "Naam", "K. Yilmaz, huisarts")
    kv(18 * mm, y - 12 * mm, "Praktijk", "Huisartsenpraktijk Soesterkwartier")
    kv(110 * mm, y - 7 * mm, "AGB", "01-099341")
    kv(110 * mm, y - 12 * mm, "Telefoon", "033-4700900")
    y -= 21 * mm
    sect(y, "Gevraagd onderzoek")
    cb(18 * mm, y - 7 * mm, "X-pols rechts (AP + lateraal)", True)
    cb(18 * mm, y - 12 * mm, "Scaphoidserie rechts", True)
    cb(18 * mm, y - 17 * mm, "X-hand", False)
    cb(100 * mm, y - 7 * mm, "Echo (pols/hand)", False)
    cb(100 * mm, y - 12 * mm, "CT", False)
    cb(100 * mm, y - 17 * mm, "MRI (alleen na overleg)", False)
    y -= 26 * mm
    sect(y, "Klinische gegevens en vraagstelling")
    c.setFont("Mono", 9)
    draw_lines(c, 18 * mm, y - 7 * mm, [
        "Klin.: val op uitgestrekte rechterhand 18-10-2026 (zaalvoetbal).",
        "Drukpijn tabatière en tuberculum scaphoidei, zwelling radiaal.",
        "Vraagstelling: scaphoidfractuur? distale radiusfractuur?"], font="Mono", size=9, leading=12)
    y -= 30 * mm
    sect(y, "Bijzonderheden")
    cb(18 * mm, y - 7 * mm, "Zwanger / mogelijk zwanger", False)
    cb(100 * mm, y - 7 * mm, "Contrastallergie bekend", False)
    kv(18 * mm, y - 13 * mm, "Eerdere beelden", "nee")
    y -= 24 * mm
    kv(18 * mm, y, "Datum aanvraag", "19-10-2026")
    kv(110 * mm, y, "Handtekening", "K. Yilmaz")
    c.setFont("Lib", 7)
    c.setFillColor(colors.grey)
    c.drawString(16 * mm, 14 * mm, "Uitslag wordt binnen 2 werkdagen elektronisch naar de aanvrager verzonden (Edifact). "
                                   "Formulier RAD-HA-01/2025.")
    c.showPage()
    c.save()
    finish(stem, "pdf", "pdf (reportlab canvas form)", "nl", dict(
        kinds=[], date="2026-10-19", author="gp", language="nl",
        style="hospital radiology request form for GPs with checkboxes and 'Vraagstelling'",
        imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
        notes="A request form, not a referral and not a report: it has 'Aanvrager' and 'Vraagstelling' and names "
              "X-ray exams that are only requested; 'Eerdere beelden: nee' is about earlier images, the requested "
              "exam has not been done yet."))


# ============================================================== tk-062 Flemish emergency department report
def tk062():
    stem = "tk-062"
    s = styles("Sans", 9, 12)
    col = colors.HexColor("#004F9F")

    def page(c, doc):
        c.setFillColor(col)
        c.rect(0, H - 8 * mm, W, 8 * mm, fill=1, stroke=0)
        draw_logo_vector(c, 16 * mm, H - 30 * mm, "cross", col, 0.8)
        c.setFont("Sans-Bold", 13)
        c.drawString(34 * mm, H - 18 * mm, "AZ Zwinstreek")
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawString(34 * mm, H - 22.5 * mm, "campus Knokke-Heist · Elizabetlaan 120 · 8300 Knokke-Heist · +32 50 00 00 00")
        c.setFont("Sans-Bold", 9)
        c.drawString(34 * mm, H - 27 * mm, "Dienst Spoedgevallen")

    def final(c, n, total):
        c.setFont("Sans", 6.8)
        c.drawString(16 * mm, 10 * mm, "Timmermans Noor · °02/12/1996 · dossiernr 7820031 · contact 15/08/2026")
        c.drawRightString(W - 16 * mm, 10 * mm, f"pagina {n}/{total}")

    doc = SimpleDocTemplate(docpath(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=36 * mm, bottomMargin=18 * mm)
    st = [P("VERSLAG SPOEDGEVALLENDIENST", s["h2"]),
          grid([["Patiënt", "Mevr. Noor Timmermans", "Geboren", "02/12/1996"],
                ["Adres", "Badhuisstraat 33, 4381 LM Vlissingen (NL)", "Dossiernr.", "7820031"],
                ["Aanmelding", "15/08/2026 13:42", "Verwijzing", "eigen initiatief"],
                ["Triage", "MTS geel – pijnscore 7/10", "Huisarts", "dr. S. Koene, Vlissingen (NL)"],
                ["Behandelend arts", "Dr. Sofie Vanneste, urgentiearts", "Ontslag", "15/08/2026 15:30 naar huis"]],
               [28 * mm, 70 * mm, 24 * mm, 52 * mm], font="Sans", size=8.2, bold_cols=(0, 2), lines=True),
          Spacer(1, 4 * mm)]
    for h, b in [
        ("Anamnese", "Dagtoeriste uit Vlissingen. Viel rond 13u met de fiets op de zeedijk, opvang met de "
                     "gestrekte rechterhand. Geen hoofdletsel. Rechtshandig. Geen relevante antecedenten, geen "
                     "chronische medicatie, geen allergieën gekend."),
        ("Klinisch onderzoek", "Zwelling dorsoradiaal rechterpols, drukpijn distale radius, beperkte drukpijn in de "
                               "tabatière. Goede capillaire refill, sensibiliteit intact, geen tekenen van "
                               "compartimentsyndroom. Schaafwonde thenar rechts, gereinigd."),
        ("Technische onderzoeken", "RX rechterpols F+P en scafoïdopnames: geen fractuur, geen luxatie. Geen "
                                   "weke-delenzwelling van betekenis."),
        ("Diagnose", "Distorsie rechterpols. Schaafwonde thenar rechts."),
        ("Behandeling", "Polsbrace, ijsapplicatie, paracetamol 1 g. Tetanusvaccinatie in orde (2021)."),
        ("Beleid / advies", "Controle bij de eigen huisarts in Nederland binnen 10 dagen. Een occulte "
                            "scafoïdfractuur is niet volledig uitgesloten: bij persisterende pijn in de tabatière "
                            "herhaling RX of CT na 10–14 dagen. Attest voor werkverlet meegegeven."),
    ]:
        st.append(P(h, s["h3"]))
        st.append(P(b, s["just"]))
    st += [Spacer(1, 6 * mm), P("Dr. Sofie Vanneste, urgentiearts – RIZIV 1-62011-44-460", s["body"]),
           P("Datum verslag: 15/08/2026", s["body"]), Spacer(1, 3 * mm),
           P("Kopie: huisarts (per post); patiënte (meegegeven)", s["small"])]
    doc.build(st, onFirstPage=page, onLaterPages=page, canvasmaker=numbered_canvas(final))
    finish(stem, "pdf", "pdf (reportlab)", "nl-BE", dict(
        kinds=["correspondence"], date="2026-08-15", author="specialist", language="nl",
        style="Flemish emergency department report (spoedgevallendienst) with label grid",
        imaging_done="yes", operated="unmentioned", treated_abroad="yes",
        notes="Day trip to Belgium with an emergency visit counts as treatment abroad; X-ray negative but done; "
              "repeat RX/CT only advised; °-style birth date in footer, Belgian RIZIV number; author is an "
              "emergency physician."))


if __name__ == "__main__":
    for f in (tk033, tk035, tk039, tk041, tk051, tk054, tk062):
        f()
        print("ok", f.__name__)
