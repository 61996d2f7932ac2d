"""tr-019 .. tr-024, tr-029: reportlab PDFs (lab table, faxed GP letter, Spanish ER report,
patient letter, German Operationsbericht, UK MRSA screen, UK EMIS referral)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)
from common import label, out, wrap_draw, logo_image, set_meta

W, H = A4


# =========================================================================== tr-019
def tr019():
    stem = "tr-019"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=8.5, leading=10.5)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(15 * mm, H - 14 * mm, "Diagnostisch Centrum Eemland")
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, H - 18 * mm, "Klinische Chemie & Hematologie · Utrechtseweg 160 · 3818 "
                     "ES Amersfoort · 033-4 22 81 00 · ISO 15189 (M 188)")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 15 * mm, H - 14 * mm, "LABORATORIUMUITSLAGEN")
        c.setFont("Helvetica", 7)
        c.drawString(15 * mm, 9 * mm, "* = buiten referentiewaarden   H = hoog   L = laag   "
                     "Uitslag automatisch gegenereerd, getekend door klinisch chemicus")
        c.drawRightString(W - 15 * mm, 9 * mm, "blad 1/1")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=24 * mm, bottomMargin=16 * mm, title="Uitslagen")
    hdr = Table([["Patiënt", "Van Dam, Mw. C.J.", "Aanvrager", "Huisartsenpraktijk Kruiskamp"],
                 ["Geb.datum", "30-04-1956", "", "J.P. Kruiskamp"],
                 ["Afname", "19-10-2026 08:14", "Ordernr.", "E26-1019-0377"],
                 ["Rapportage", "19-10-2026 13:50", "Status", "Eindrapport"]],
                colWidths=[24 * mm, 60 * mm, 24 * mm, 72 * mm])
    hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                             ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
                             ("FONT", (2, 0), (2, -1), "Helvetica-Bold", 8.5),
                             ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
    rows = [["Bepaling", "Uitslag", "", "Eenheid", "Referentie"],
            ["HEMATOLOGIE", "", "", "", ""],
            ["Hemoglobine", "7,9", "", "mmol/L", "7,5 - 10,0"],
            ["Leukocyten", "8,4", "", "10^9/L", "4,0 - 10,0"],
            ["BSE", "34", "H*", "mm/uur", "< 30"],
            ["CHEMIE", "", "", "", ""],
            ["CRP", "12", "H*", "mg/L", "< 10"],
            ["Kreatinine", "71", "", "µmol/L", "45 - 90"],
            ["eGFR (CKD-EPI)", "78", "", "mL/min/1,73m²", "> 60"],
            ["Urinezuur", "0,29", "", "mmol/L", "0,15 - 0,35"],
            ["TSH", "2,1", "", "mU/L", "0,4 - 4,0"],
            ["IMMUNOLOGIE", "", "", "", ""],
            ["Reumafactor IgM", "< 10", "", "kU/L", "< 15"],
            ["Anti-CCP", "zie opm.", "", "U/mL", "< 7"],
            ["ANA (screening)", "negatief", "", "", "negatief"]]
    t = Table(rows, colWidths=[55 * mm, 25 * mm, 10 * mm, 30 * mm, 35 * mm], repeatRows=1)
    ts = [("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
          ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    for r in (1, 5, 11):
        ts += [("FONT", (0, r), (0, r), "Helvetica-BoldOblique", 8), ("SPAN", (0, r), (-1, r)),
               ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee"))]
    t.setStyle(TableStyle(ts))
    s = [hdr, Spacer(1, 3 * mm),
         Paragraph("<b>Klinische gegevens:</b> pijnlijke, gezwollen MCP 2-3 beiderzijds, ochtendstijfheid "
                   "45 min. Artrose? RA? (verwijzing reumatologie/handchirurgie overwogen)", st),
         Spacer(1, 3 * mm), t, Spacer(1, 4 * mm),
         Paragraph("<b>Opmerking anti-CCP:</b> bepaling wordt uitbesteed aan het Immunologisch Lab "
                   "Utrecht; uitslag volgt separaat (ca. 5 werkdagen).", st),
         Paragraph("<b>Opmerking:</b> MRSA-kweek of andere microbiologie maakt geen deel uit van dit "
                   "rapport; zie uitslag medische microbiologie indien aangevraagd.", st),
         Spacer(1, 6 * mm),
         Paragraph("Geautoriseerd: dr. W.F. Koopmans, klinisch chemicus, 19-10-2026", st)]
    doc.build(s, onFirstPage=page)
    label(stem, [], "2026-10-19", "lab", "nl",
          "clinical chemistry lab report, header grid + results table with section rows",
          "unmentioned", "unmentioned", "unmentioned",
          "A lab result that is not an MRSA screening but looks like one (lab letterhead, "
          "Afname/Rapportage, table) and even names 'MRSA-kweek' in a remark. Referral only "
          "'overwogen'. Birth date next to sample date.", also=[])


# =========================================================================== tr-020
def tr020():
    stem = "tr-020"
    st = ParagraphStyle("b", fontName="Courier", fontSize=11, leading=15, spaceAfter=9)
    fax = "04-11-2026  14:32     VAN: HAP DUINZICHT 0223-61 44 10     AAN: 020-7334109"

    def page(c, d):
        c.saveState()
        c.setFont("Courier", 8)
        c.drawString(10 * mm, H - 7 * mm, f"{fax}     P.{d.page:03d}/002")
        c.setFont("Helvetica-Bold", 12)
        if d.page == 1:
            c.drawString(20 * mm, H - 20 * mm, "Huisartsenpraktijk Duinzicht")
            c.setFont("Helvetica", 8)
            c.drawString(20 * mm, H - 24.5 * mm, "H. Zwart & E.M. Dekker-Visser, huisartsen · "
                         "Spoorstraat 71 · 1781 JE Den Helder")
            c.drawString(20 * mm, H - 28.5 * mm, "tel 0223-61 44 00 · spoed 0223-61 44 99 · fax "
                         "0223-61 44 10")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=40 * mm, bottomMargin=30 * mm, title="fax")
    s = [Paragraph("Aan: Handkliniek Amstelhof<br/>t.a.v. polikliniek handchirurgie / second opinion"
                   "<br/>Laan van Kronenburg 40<br/>1183 AS Amstelveen", st),
         Paragraph("Den Helder, 4 november 2026", st),
         Paragraph("Betreft: dhr. P.J. Zwaan, geb. 30-06-1955<br/>Kanaalweg 212, 1784 RC Den Helder"
                   "<br/>BSN 1776 40 239", st),
         Paragraph("Geachte collega,", st),
         Paragraph("Graag verwijs ik bovengenoemde patient naar uw kliniek voor een second opinion. "
                   "Dhr. Zwaan (71 jr, gepensioneerd timmerman, rechtshandig) is in oktober 2025 in "
                   "het Dijk en Duin Ziekenhuis geopereerd aan de ziekte van Dupuytren links "
                   "(fasciectomie pink en ringvinger). Het resultaat was aanvankelijk goed, maar "
                   "sinds het voorjaar trekt de pink weer krom; hij kan zijn hand niet meer plat op "
                   "tafel leggen en blijft haken achter zijn broekzak.", st),
         Paragraph("De plastisch chirurg daar heeft in september gezegd dat een nieuwe operatie "
                   "(dermofasciectomie met huidtransplantaat) mogelijk is, maar met een reeel risico "
                   "op stijfheid, en heeft ook een amputatie van de pink genoemd. Daar is dhr. erg van "
                   "geschrokken.", st),
         Paragraph("Zijn vraag, en ook de mijne: is een hernieuwde operatie zinvol, welke "
                   "techniek zou u adviseren, of moet hij hiermee leren leven? Is een "
                   "naaldfasciotomie bij een recidief nog een optie?", st),
         Paragraph("Er is geen beeldvorming gedaan en dat lijkt mij ook niet nodig. Dhr. "
                   "overwintert ieder jaar van december tot maart in Spanje (Torrevieja); daar "
                   "heeft hij voor zijn hand geen medische zorg gehad.", st),
         Paragraph("Medicatie: metformine 850 mg 2dd1, perindopril 4 mg 1dd1, atorvastatine 20 mg "
                   "1dd1.<br/>Allergie: geen bekend.<br/>Overig: DM2, hypertensie, rookt niet meer "
                   "sinds 2010. Vader had ook Dupuytren en is er 3x aan geopereerd.", st),
         Paragraph("De brief van de plastisch chirurg en het operatieverslag van 10-2025 heb ik "
                   "gevraagd, deze stuur ik na zodra ontvangen.", st),
         Paragraph("Met vriendelijke groet,", st),
         Spacer(1, 8 * mm),
         Paragraph("H. Zwart, huisarts<br/>AGB 01-031177", st),
         Paragraph("Bijlage: geen", st)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["referral"], "2026-11-04", "gp", "nl",
          "faxed free GP letter in Courier, fax header with send time on every page",
          "no", "yes", "no",
          "Fax header line with date/time on every page (same date as the letter here). Earlier "
          "Dupuytren operation in a Dutch hospital (operated yes); new operation and amputation "
          "are only options; father's operations are another person. 'Er is geen beeldvorming "
          "gedaan' negation. Winters in Spain without care (treated_abroad no). Missing accents "
          "(patient, reeel) as on an old fax template. No history section, so referral only.",
          rq=True)


# =========================================================================== tr-021
def tr021():
    stem = "tr-021"
    st = ParagraphStyle("b", fontName="LibSans", fontSize=8.8, leading=11.2, spaceAfter=3)
    bd = ParagraphStyle("bb", parent=st, fontName="LibSans-Bold")
    es = ParagraphStyle("es", parent=st, fontName="LibSans-Italic", textColor=colors.HexColor("#555555"),
                        fontSize=7.5, leading=9)

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#00629b"))
        c.rect(15 * mm, H - 26 * mm, W - 30 * mm, 13 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("LibSans-Bold", 12)
        c.drawString(19 * mm, H - 18 * mm, "HOSPITAL COSTA SERENA")
        c.setFont("LibSans", 7.5)
        c.drawString(19 * mm, H - 22.5 * mm, "Servicio de Urgencias · Av. del Mediterráneo 401 · "
                     "29603 Marbella (Málaga) · +34 952 86 20 00")
        c.drawRightString(W - 19 * mm, H - 18 * mm, "Junta de Andalucía – SAS concertado")
        c.setFillColor(colors.black)
        c.setFont("LibSans", 7)
        c.drawString(15 * mm, 9 * mm, "Documento impreso 19/07/2026 23:58 – Hoja %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=30 * mm, bottomMargin=16 * mm, title="Informe de alta")

    def L(es_, en):
        return Paragraph(f"<b>{en}</b><br/><font size=7 color='#666666'>{es_}</font>", st)

    head = Table([
        [L("Paciente", "Patient"), Paragraph("VAN LEEUWEN, MAAIKE", st), L("NHC", "Record no."),
         Paragraph("0731882", st)],
        [L("Fecha nacimiento", "Date of birth"), Paragraph("11/02/1992 (34 a)", st),
         L("Nº episodio", "Episode"), Paragraph("URG-2026-0719-1146", st)],
        [L("Fecha / hora llegada", "Arrival"), Paragraph("19/07/2026 21:07", st),
         L("Fecha / hora alta", "Discharge"), Paragraph("19/07/2026 23:41", st)],
        [L("Nacionalidad", "Nationality"), Paragraph("Países Bajos – TSE europea", st),
         L("Triaje", "Triage"), Paragraph("Manchester: verde (4)", st)],
    ], colWidths=[34 * mm, 58 * mm, 28 * mm, 60 * mm])
    head.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    sec = lambda es_, en: Paragraph(f"{en.upper()} <font size=7 color='#666666'>/ {es_}</font>", bd)
    s = [Paragraph("INFORME DE ALTA DE URGENCIAS / EMERGENCY DEPARTMENT DISCHARGE REPORT",
                   ParagraphStyle("t", parent=bd, fontSize=11, leading=14)), Spacer(1, 2 * mm),
         head, Spacer(1, 3 * mm),
         sec("Motivo de consulta", "Reason for visit"),
         Paragraph("Fall on outstretched left hand while walking on the promenade (tourist, on holiday "
                   "with family). Pain left wrist, radial side.", st),
         sec("Antecedentes", "Medical history"),
         Paragraph("No known drug allergies. No chronic disease. No previous surgery. Medication: "
                   "oral contraceptive.", st),
         sec("Exploración física", "Physical examination"),
         Paragraph("Good general condition. Left wrist: swelling, tenderness in anatomical snuffbox, "
                   "pain with axial load of thumb. Neurovascular intact distally. No wounds.", st),
         sec("Pruebas complementarias", "Complementary tests"),
         Paragraph("X-ray left wrist AP/lateral + scaphoid views (19/07/2026): no clear fracture line "
                   "visible; scaphoid fracture cannot be ruled out (doubtful cortical irregularity at "
                   "waist).", st),
         sec("Juicio clínico", "Diagnosis"),
         Paragraph("Clinical suspicion of scaphoid fracture, left. Wrist contusion.", st),
         sec("Tratamiento", "Treatment"),
         Paragraph("Thumb spica splint (férula antebraquial con inclusión del pulgar). Analgesia: "
                   "metamizol 575 mg in ED.", st),
         sec("Recomendaciones", "Recommendations"),
         Paragraph("Keep splint on, arm elevated. Ibuprofen 600 mg every 8 h with food, max 5 days. "
                   "Paracetamol 1 g if needed. Follow-up with your general practitioner or "
                   "traumatologist in your home country in 10–14 days for repeat X-ray or MRI/CT. "
                   "Return to the emergency department if numbness, increasing pain or colour "
                   "change of fingers.", st),
         Paragraph("<b>Destino / Destination:</b> home (hotel). <b>Alta / Discharged:</b> 19/07/2026 "
                   "23:41", st),
         Spacer(1, 6 * mm),
         Paragraph("Dra. Lucía Fernández Ortega<br/>Médico Adjunto de Urgencias – Nº Colegiado 29/10482"
                   "<br/>[firma electrónica]", st),
         Spacer(1, 3 * mm),
         Paragraph("Este informe se entrega al paciente. This report has been given to the patient in "
                   "bilingual form for presentation to the doctor in the country of residence.", es)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["correspondence"], "2026-07-19", "specialist", "en",
          "Spanish ED discharge report, bilingual Spanish/English labels in a table",
          "yes", "no", "yes",
          "Bilingual labels (Spanish small grey under English); emergency visit abroad (ED counts). "
          "'No previous surgery' is a negation in the history section. MRI/CT only recommended. "
          "Dates dd/mm/yyyy with times; print time just before midnight.")


# =========================================================================== tr-022
def tr022():
    stem = "tr-022"
    st = ParagraphStyle("b", fontName="LibSans", fontSize=11, leading=15, spaceAfter=8)
    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, title="brief handkliniek",
                            author="Ineke", creator="Microsoft® Word voor Microsoft 365")
    s = [Paragraph("I. (Ineke) Schoonderwoerd<br/>Biltstraat 301<br/>3572 AS Utrecht<br/>"
                   "06-1983 4402<br/>ineke.schoonderwoerd@mailbox.nl", st),
         Spacer(1, 6 * mm),
         Paragraph("Handkliniek Amstelhof<br/>t.a.v. second opinion / intake<br/>Laan van Kronenburg 40"
                   "<br/>1183 AS Amstelveen", st),
         Spacer(1, 4 * mm),
         Paragraph("Utrecht, 1 december 2026", st),
         Paragraph("<b>Onderwerp: aanvraag second opinion rechterpols</b>", st),
         Paragraph("Geachte heer, mevrouw,", st),
         Paragraph("Hierbij wil ik een second opinion aanvragen voor mijn rechterpols. Mijn huisarts "
                   "(dokter Meulendijk) stuurt de verwijsbrief via ZorgDomein, dat heeft ze beloofd "
                   "deze week te doen. Ik ben geboren op 9 februari 1974.", st),
         Paragraph("In april ben ik in Lyon op vakantie gevallen, op de eerste hulp daar hebben ze een "
                   "foto gemaakt en gips gezet (er was 'une petite fissure'). Terug in Nederland is "
                   "het gips er na 4 weken afgegaan bij de gipskamer in het Diakonessenhuis. Sindsdien "
                   "blijft de pols pijnlijk en dik aan de pinkkant, en ik kan geen pannen meer tillen.", st),
         Paragraph("De orthopeed zegt dat het 'vanzelf wel slijt' en dat opereren niet nodig is. Ik ben "
                   "nooit aan mijn pols geopereerd (wel aan mijn knie, in 2012). Mijn zus is vorig jaar "
                   "aan haar pols geopereerd bij u en was heel tevreden, daarom kom ik bij u.", st),
         Paragraph("Mijn vragen zijn:<br/>1. Is er misschien toch iets gescheurd (een band of kraakbeen)?"
                   "<br/>2. Moet er een MRI komen?<br/>3. Kan ik beter fysiotherapie of een operatie "
                   "doen?", st),
         Paragraph("Ik stuur de Franse papieren mee als bijlage (foto van het verslag van de eerste "
                   "hulp) en de brief van de orthopeed. De CD heb ik nog niet.", st),
         Paragraph("Met vriendelijke groet,", st),
         Spacer(1, 4 * mm),
         Paragraph("<font name='LibSans-Italic' size=14>Ineke Schoonderwoerd</font>", st),
         Paragraph("Bijlagen: 2", st)]
    doc.build(s)
    label(stem, [], "2026-12-01", "patient", "nl",
          "patient's own typed letter (Word-made PDF)",
          "yes", "no", "yes",
          "Patient asking for a second opinion with questions: NOT a referral. Care abroad named "
          "only by city ('in Lyon ... op de eerste hulp'), with X-ray there. 'nooit aan mijn pols "
          "geopereerd' negation next to a knee operation and a sister's wrist operation. MRI is a "
          "question. Birth date written out in prose.")


# =========================================================================== tr-023
def tr023():
    stem = "tr-023"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.8)
    bd = ParagraphStyle("bb", parent=st, fontName="Helvetica-Bold")

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(15 * mm, H - 13 * mm, "Klinikum Vestische Heide")
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, H - 17 * mm, "Klinik für Hand-, Plastische und Rekonstruktive Chirurgie"
                     " – Schwerbrandverletztenzentrum")
        c.drawString(15 * mm, H - 20.5 * mm, "Chefarzt PD Dr. med. T. Schoppmeier · Dorstener Str. 151"
                     " · 45657 Recklinghausen · +49 2361 5 60-0")
        c.drawRightString(W - 15 * mm, 9 * mm, f"Seite {d.page} von 2")
        c.drawString(15 * mm, 9 * mm, "Gedruckt: 24.06.2026 · ORBIS")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=26 * mm, bottomMargin=16 * mm, title="Operationsbericht")
    grid = [
        ("Patient", "Dijkman, Robin, * 08.09.1999, m", "Fall-Nr.", "6 2618 0447"),
        ("OP-Datum", "22.06.2026", "OP-Saal", "ZOP 4"),
        ("Schnitt / Naht", "09:34 / 11:21", "Blutsperre", "09:30 – 11:02 (92 min), 280 mmHg"),
        ("Operateur", "OA Dr. med. K. Brinkhoff", "1. Assistenz", "Dr. med. J. Sadowski"),
        ("Anästhesist", "Dr. med. P. Albers", "Anästhesie", "Plexus axillär + Larynxmaske"),
    ]
    t = Table([[Paragraph(a, bd), Paragraph(b, st), Paragraph(c, bd), Paragraph(e, st)]
               for a, b, c, e in grid], colWidths=[28 * mm, 62 * mm, 26 * mm, 64 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
                           ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f0f0f0"))]))
    s = [Paragraph("OPERATIONSBERICHT", ParagraphStyle("t", parent=bd, fontSize=14, leading=17)),
         Spacer(1, 3 * mm), t, Spacer(1, 4 * mm),
         Paragraph("<b>Diagnose:</b> Skaphoidpseudarthrose rechts (Herbert D2) bei Z.n. "
                   "Herbert-Schrauben-Osteosynthese 11/2025 auswärts (Enschede, NL)", st),
         Paragraph("<b>Eingriff:</b> Schraubenentfernung, Anfrischung der Pseudarthrose, "
                   "Beckenkamm-Spongiosaplastik (kortikospongiöser Span nach Matti-Russe) und "
                   "Re-Osteosynthese mit kanülierter Doppelgewindeschraube 3,0 mm", st),
         Paragraph("<b>OPS:</b> 5-796.k0, 5-784.0d, 5-787.1b", st),
         Spacer(1, 3 * mm),
         Paragraph("<b>Indikation:</b> Persistierende Schmerzen radialseitig 7 Monate nach "
                   "Osteosynthese. Präoperatives CT (09.06.2026): keine knöcherne Durchbauung, "
                   "Resorptionssaum um die Schraube, keine Humpback-Deformität. Aufklärung des "
                   "Patienten (auch über Alternativen und Beckenkammschmerz) am 10.06.2026 "
                   "erfolgt, Einwilligung liegt vor.", st),
         Spacer(1, 3 * mm),
         Paragraph("<b>Bericht:</b> Team-Time-Out. Rückenlage, rechter Arm auf Handtisch, Beckenkamm "
                   "rechts steril mit abgedeckt. Palmarer Zugang über der FCR-Sehne nach Russe. "
                   "Eröffnung der Kapsel, Darstellung des Skaphoids. Die einliegende Schraube ist "
                   "gelockert und wird entfernt. Pseudarthrosespalt mit fibrösem Gewebe, dieses "
                   "wird vollständig mit Meißel und scharfem Löffel entfernt bis auf blutenden "
                   "Knochen beidseits (Paprika-Zeichen positiv). Entnahme eines kortikospongiösen "
                   "Spans 22 x 8 mm vom vorderen Beckenkamm rechts über separaten Zugang, "
                   "Spongiosa zusätzlich. Einbolzen des Spans, Korrektur der Skaphoidlänge. "
                   "Bildwandlerkontrolle. Einbringen einer Doppelgewindeschraube 3,0 x 24 mm "
                   "über Führungsdraht, Kompression gut. Bildwandler in 4 Ebenen: korrekte Lage. "
                   "Kapselnaht, Subkutannaht, Intrakutannaht. Beckenkamm: Redon-Drainage, "
                   "schichtweiser Wundverschluss.", st),
         Spacer(1, 3 * mm),
         Paragraph("<b>Intraoperative Komplikationen:</b> keine. <b>Histologie:</b> nein. "
                   "<b>Mikrobiologie:</b> Abstrich Pseudarthrosespalt (Routine).", st),
         Spacer(1, 3 * mm),
         Paragraph("<b>Procedere:</b> Unterarmgips mit Daumeneinschluss für 6 Wochen, dann CT-"
                   "Kontrolle zur Beurteilung der Durchbauung. Redonzug am 1. postop. Tag. "
                   "Thromboseprophylaxe wegen Beckenkammentnahme für 7 Tage. Fäden Hand und "
                   "Beckenkamm am 14. Tag. Weiterbehandlung in den Niederlanden möglich; Arztbrief "
                   "folgt.", st),
         PageBreak(),
         Paragraph("<b>Implantate / Chargen:</b><br/>Doppelgewindeschraube kanüliert 3,0 x 24 mm, "
                   "Ti – LOT 4471-22B<br/>Führungsdraht 1,1 mm (Einmalprodukt)", st),
         Spacer(1, 3 * mm),
         Paragraph("<b>Zählkontrolle:</b> vollständig (Bauchtücher, Kompressen, Instrumente) – "
                   "bestätigt OP-Pflege S. Kühn", st),
         Spacer(1, 10 * mm),
         Paragraph("Recklinghausen, 22.06.2026<br/><br/>OA Dr. med. K. Brinkhoff<br/>"
                   "Facharzt für Plastische und Ästhetische Chirurgie, Zusatzbezeichnung "
                   "Handchirurgie<br/><i>elektronisch signiert 22.06.2026 14:05</i>", st)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["operation-report"], "2026-06-22", "specialist", "de",
          "German Operationsbericht (ORBIS print), header table + long prose, 2 pages",
          "yes", "yes", "yes",
          "Grey label cells with values beside them in a 4-column table; the earlier operation "
          "'auswärts (Enschede, NL)' was in the Netherlands, this one in Germany (treated abroad). "
          "Pre-op CT date, consent date, OP date, print date; CT control only planned. "
          "Signature on page 2.")


# =========================================================================== tr-024
def tr024():
    stem = "tr-024"
    c = canvas.Canvas(out(stem, "pdf"), pagesize=A4)
    set_meta(c, "Microbiology report", "", "WinPath Enterprise")
    c.setFont("Courier-Bold", 10)
    y = H - 15 * mm
    lines = [
        ("Courier-Bold", "NORTH PENNINE HOSPITALS NHS TRUST"),
        ("Courier", "Department of Medical Microbiology - Royal Lune Infirmary, Lancaster LA1 4RP"),
        ("Courier", "Tel 01524 65 2201   UKAS 8214"),
        ("Courier", ""),
        ("Courier-Bold", "CUMULATIVE MICROBIOLOGY REPORT                      FINAL"),
        ("Courier", "-" * 78),
        ("Courier", "Patient : VISSER, Jorien                 DOB : 17/06/1968   Sex: F"),
        ("Courier", "NHS No  : 702 118 4490                   Hosp No: RLI0447182"),
        ("Courier", "Location: WARD 22 - TRAUMA & ORTHOPAEDICS (RLI)"),
        ("Courier", "Clinician: Mr A. Bhattacharya, Cons. Orthopaedic Surgeon"),
        ("Courier", "-" * 78),
        ("Courier", "Lab No  : M26.118402        Collected: 08/09/2026 07:30"),
        ("Courier", "                            Received : 08/09/2026 10:12"),
        ("Courier", "                            Reported : 10/09/2026 15:44"),
        ("Courier", ""),
        ("Courier", "Clinical details: Emergency admission 07/09 - # distal radius L after fall,"),
        ("Courier", "  for ORIF. Dutch visitor. Admission screen."),
        ("Courier", ""),
        ("Courier-Bold", "SPECIMEN            TEST                        RESULT"),
        ("Courier", "Nose swab           MRSA screen (chromogenic)   MRSA NOT isolated"),
        ("Courier", "Groin swab          MRSA screen (chromogenic)   MRSA NOT isolated"),
        ("Courier", "Throat swab         MRSA screen (chromogenic)   MRSA NOT isolated"),
        ("Courier", ""),
        ("Courier", "Comment: MRSA screen negative. No decolonisation required."),
        ("Courier", "         CPE rectal screen: not requested."),
        ("Courier", ""),
        ("Courier", "Authorised by: Dr E. McAllister, Consultant Microbiologist  10/09/2026"),
        ("Courier", "-" * 78),
        ("Courier", "Printed 22/09/2026 09:03 by ward clerk (WARD22)   ** END OF REPORT **"),
    ]
    for font, t in lines:
        c.setFont(font, 9)
        c.drawString(15 * mm, y, t)
        y -= 4.6 * mm
    c.save()
    label(stem, ["mrsa-screening"], "2026-09-10", "lab", "en",
          "UK pathology (WinPath-like) monospaced lab report",
          "unmentioned", "unmentioned", "yes",
          "Monospaced columns, dd/mm/yyyy dates: collected, received, reported, printed; DOB. "
          "Written by a UK hospital lab for an admitted patient (Ward 22) – treated abroad. "
          "'for ORIF' is a plan, not an operation. 'MRSA NOT isolated' / 'CPE not requested'.",
          also=["2026-09-08"])


# =========================================================================== tr-029
def tr029():
    stem = "tr-029"
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    bd = ParagraphStyle("h", parent=st, fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=2)
    sm = ParagraphStyle("s", parent=st, fontSize=8, leading=10)

    def page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(18 * mm, H - 15 * mm, "Millbrook Surgery")
        c.setFont("Helvetica", 8)
        c.drawString(18 * mm, H - 19 * mm, "Dr J. Ashdown · Dr K. Mensah · Dr L. Fairbairn · "
                     "14 Millbrook Road, Reading RG1 5QB · 0118 496 0277")
        c.setFont("Helvetica", 7)
        c.drawString(18 * mm, 9 * mm, "Produced by EMIS Web – Referral letter template v3")
        c.drawRightString(W - 18 * mm, 9 * mm, f"Page {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(out(stem, "pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=26 * mm, bottomMargin=16 * mm, title="Referral letter")
    demo = Table([["Name", "Ms Priya RAMAN", "NHS number", "489 221 6604"],
                  ["Date of birth", "02-Mar-1990 (36y)", "Usual GP", "Dr K. Mensah"],
                  ["Address", "Flat 3, 41 Kendrick Road, Reading RG1 5DU", "Tel", "07700 900 418"],
                  ["Date", "14-Oct-2026", "Urgency", "Routine"]],
                 colWidths=[26 * mm, 70 * mm, 26 * mm, 52 * mm])
    demo.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                              ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
                              ("FONT", (2, 0), (2, -1), "Helvetica-Bold", 8.5),
                              ("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
    s = [demo, Spacer(1, 5 * mm),
         Paragraph("To: Second Opinion Service, Handkliniek Amstelhof, Laan van Kronenburg 40, 1183 AS "
                   "Amstelveen, the Netherlands", st),
         Paragraph("Dear Colleague", st),
         Paragraph("<b>Re: Second opinion – persistent ulnar-sided wrist pain (right) following TFCC "
                   "debridement</b>", st),
         Paragraph("Thank you for seeing this 36-year-old pharmacist, who is relocating to Eindhoven "
                   "for work in December. She has had right ulnar-sided wrist pain since a fall from a "
                   "horse in 2024. An MR arthrogram (Feb 2026) showed a central TFCC tear and ulnar "
                   "positive variance. She underwent arthroscopic TFCC debridement at Kennet Valley "
                   "Hospital in April 2026 with only short-lived benefit. Her surgeon, Mr O'Hare, has "
                   "now proposed an ulnar shortening osteotomy.", st),
         Paragraph("She would like an independent opinion on whether ulnar shortening is the right "
                   "next step, and whether it can be performed in the Netherlands after her move. "
                   "I would be grateful for your advice.", st),
         Paragraph("Active Problems", bd),
         Paragraph("14-Feb-2026 &nbsp; Tear of triangular fibrocartilage complex (right)<br/>"
                   "03-Jun-2025 &nbsp; Asthma – mild intermittent", st),
         Paragraph("Significant Past Problems", bd),
         Paragraph("22-Apr-2026 &nbsp; Arthroscopy of wrist – debridement TFCC (right) – Kennet Valley "
                   "Hospital<br/>10-Aug-2025 &nbsp; Tonsillectomy (adult) – Berkshire Vale ENT day "
                   "unit", st),
         Paragraph("Recent Consultations / Treatments (last 6 months)", bd),
         Paragraph("02-Jun-2026 Physiotherapy (hand) 6 sessions – partial improvement<br/>"
                   "18-Jul-2026 Steroid injection ulnocarpal joint (Mr O'Hare) – 4 weeks benefit<br/>"
                   "29-Sep-2026 Hand clinic Kennet Valley: ulnar shortening osteotomy offered, "
                   "patient undecided", st),
         Paragraph("Current Medication", bd),
         Paragraph("Salbutamol 100mcg inhaler – 2 puffs PRN<br/>Naproxen 250mg tablets – 1 twice daily "
                   "PRN (with omeprazole 20mg)", st),
         Paragraph("Allergies", bd),
         Paragraph("Penicillin – rash (2009)", st),
         Paragraph("Values", bd),
         Paragraph("BMI 22.8 (29-Sep-2026) · Smoking: never · Alcohol: 4 units/week", st),
         Spacer(1, 5 * mm),
         Paragraph("Yours faithfully", st), Spacer(1, 6 * mm),
         Paragraph("Dr Kwame Mensah MRCGP<br/>GMC 7290113", st),
         Paragraph("Enclosures: MR arthrogram report (Feb 2026), operation note (Apr 2026), clinic "
                   "letter Mr O'Hare (29/09/2026)", sm)]
    doc.build(s, onFirstPage=page, onLaterPages=page)
    label(stem, ["referral", "history"], "2026-10-14", "gp", "en",
          "UK GP EMIS Web referral template (problem lists, recent treatments, medication)",
          "yes", "yes", "yes",
          "English referral from a UK GP with auto-generated problem lists and 'Recent "
          "Consultations / Treatments', so also history. The wrist arthroscopy was in a UK hospital "
          "(treated abroad for a Dutch clinic). Tonsillectomy is another body part; ulnar "
          "shortening is only proposed. Dates as 14-Oct-2026; enclosures are mentions only.",
          rq=True)


if __name__ == "__main__":
    for f in (tr019, tr020, tr021, tr022, tr023, tr024, tr029):
        f()
    print("gen_pdf_4 done")
