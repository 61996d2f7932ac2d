"""tr-025 .. tr-028: merged PDFs ('bijlagen'): several documents rendered separately
(reportlab, one part via python-docx + LibreOffice) and concatenated with pypdf."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from docx.shared import Pt
from common import (label, out, wrap_draw, logo_image, set_meta, merge_pdfs, tmpdir, base_docx,
                    para, labeled, soffice_pdf)

W, H = A4


def simple(path, story, onpage=None, **kw):
    m = dict(leftMargin=22 * mm, rightMargin=22 * mm, topMargin=32 * mm, bottomMargin=20 * mm)
    m.update(kw)
    doc = SimpleDocTemplate(path, pagesize=A4, **m)
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)


# =========================================================================== tr-025
def tr025():
    stem = "tr-025"
    tmp = tmpdir()
    st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7)
    # part 1: GP referral letter
    p1 = os.path.join(tmp, "p1.pdf")

    def gp(c, d):
        c.saveState()
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, H - 16 * mm, "Huisartsenpraktijk De Bongerd")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, H - 21 * mm, "M.C. Terpstra & R. Oosterveld · Bongerdlaan 2 · 3861 "
                            "CG Nijkerk · 033-2 45 18 00 · AGB 01-049901")
        c.line(20 * mm, H - 23 * mm, W - 20 * mm, H - 23 * mm)
        c.restoreState()

    simple(p1, [
        Paragraph("Nijkerk, 30-10-2026", st),
        Paragraph("Handkliniek Amstelhof<br/>t.a.v. de dienstdoende handchirurg<br/>"
                  "Laan van Kronenburg 40<br/>1183 AS Amstelveen", st),
        Paragraph("<b>Verwijzing</b> &nbsp; mevr. S. (Sanne) Wolters-Brink, geboren 22-11-1985, "
                  "Oranjelaan 17, 3862 AD Nijkerk", st),
        Paragraph("Geachte collega,", st),
        Paragraph("Mevrouw heeft sinds het voorjaar een pijnlijke zwelling aan de handpalmzijde van de "
                  "linkerpols, radiaal. Op de echo (14-09) blijkt het een volair ganglion dat vlak "
                  "tegen de a. radialis ligt. De orthopeed in Lindenhove heeft een excisie aangeboden "
                  "maar waarschuwde voor het risico op beschadiging van de slagader en voor een "
                  "recidief van ca. 1 op 5. Aspiratie werd daar afgeraden.", st),
        Paragraph("Mevrouw twijfelt en vraagt uw mening: is opereren in haar geval verstandig, is "
                  "een artroscopische aanpak mogelijk, of kan ze beter afwachten? Ze is "
                  "grafisch ontwerper en heeft veel last bij muiswerk.", st),
        Paragraph("Voorgeschiedenis: blanco. Geen medicatie. Geen allergieën.", st),
        Paragraph("Bijgaand het verslag van de echo en de brief van de orthopeed.", st),
        Paragraph("Met vriendelijke groet,<br/><br/>R. Oosterveld, huisarts", st),
        Paragraph("<font size=9>Bijlagen: verslag echo pols li d.d. 14-09-2026; brief orthopedie "
                  "d.d. 02-10-2026</font>", st),
    ], gp, topMargin=30 * mm)
    # part 2: radiology report (echo)
    p2 = os.path.join(tmp, "p2.pdf")
    c = canvas.Canvas(p2, pagesize=A4)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15 * mm, H - 12 * mm, "ZIEKENHUIS LINDENHOVE AMERSFOORT - RADIOLOGIE")
    c.setFont("Helvetica", 8)
    c.drawString(15 * mm, H - 16 * mm, "Uitslag onderzoek                                   "
                 "Uitgeprint: 30-10-2026 11:02 (huisartsenportaal)")
    rows = [("Patient", "Wolters-Brink, S."), ("Geb. datum", "22-11-1985"),
            ("Aanvrager", "R. Oosterveld (huisarts), Nijkerk"), ("Onderzoek", "ECHO POLS LINKS"),
            ("Datum", "14-09-2026"), ("Verslag", "")]
    y = H - 26 * mm
    for a, b in rows:
        c.setFont("Helvetica", 8.5)
        c.drawString(15 * mm, y, a + ":")
        c.drawString(45 * mm, y, b)
        y -= 4.5 * mm
    txt = ("Klinische info: zwelling volair radiaal li pols. Ganglion?\n\n"
           "Volair radiaal ter hoogte van het radioscafoïdale gewricht een goed begrensde, "
           "anechogene, multilobulaire structuur van 11 x 7 x 9 mm met een steeltje naar het "
           "radioscafoïdale gewricht. Geen doppler-signaal in de laesie. De a. radialis loopt "
           "direct over/tegen de laesie, wordt niet gecomprimeerd. Geen tenosynovitis FCR.\n\n"
           "CONCLUSIE: volair ganglion li pols uitgaande van het radioscafoïdale gewricht, in nauwe "
           "relatie met de a. radialis.\n\n"
           "R.P. van Aalst, radioloog   (gevalideerd 14-09-2026)")
    wrap_draw(c, txt, 15 * mm, y - 2 * mm, W - 30 * mm, "Helvetica", 8.5, 11)
    c.save()
    # part 3: outpatient letter orthopedics
    p3 = os.path.join(tmp, "p3.pdf")
    st3 = ParagraphStyle("b3", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    logo = logo_image(["Lindenhove", "ziekenhuis Amersfoort"], color=(200, 90, 0), mark="circle")

    def lh(c, d):
        c.saveState()
        c.drawImage(logo, 20 * mm, H - 28 * mm, width=55 * mm, height=12 * mm)
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Orthopedie · Maatweg 3 · 3813 TZ Amersfoort · 033-8 50 50 50")
        c.restoreState()

    simple(p3, [
        Paragraph("Aan de weledelgeleerde heer R. Oosterveld, huisarts<br/>Bongerdlaan 2<br/>3861 CG "
                  "Nijkerk", st3),
        Spacer(1, 4 * mm),
        Paragraph("Amersfoort, 2 oktober 2026 &nbsp;&nbsp; kenmerk ORT/SB/26-4471", st3),
        Paragraph("<b>Betreft:</b> mw. S. Wolters-Brink, 22-11-1985", st3),
        Paragraph("Geachte collega,", st3),
        Paragraph("Uw patiënte bezocht op 29-09 onze polikliniek i.v.m. een zwelling volair aan de "
                  "linkerpols. <b>Anamnese:</b> sinds 6 mnd, wisselend van grootte, pijn bij extensie "
                  "en steunen. Niet eerder behandeld, niet geopereerd. <b>LO:</b> 1 cm zwelling "
                  "volair radiaal, pulserend door a. radialis eroverheen, Allen-test normaal. "
                  "<b>Aanvullend:</b> echo 14-09 (zie verslag): volair ganglion.", st3),
        Paragraph("<b>Conclusie:</b> symptomatisch volair ganglion pols links.<br/><b>Beleid:</b> "
                  "uitleg gegeven. Aspiratie afgeraden i.v.m. a. radialis. Excisie (open) "
                  "aangeboden onder regionale anesthesie; risico's besproken (recidief ca. 20%, "
                  "letsel a. radialis, n. cutaneus antebrachii lateralis). Patiënte wil hierover "
                  "nadenken en laat het ons weten.", st3),
        Paragraph("Met vriendelijke groet,<br/><br/>S. Bouali, orthopedisch chirurg", st3),
    ], lh, topMargin=36 * mm)
    merge_pdfs([p1, p2, p3], out(stem, "pdf"), title="bijlagen verwijzing Wolters")
    label(stem, ["referral", "imaging-report", "correspondence"], "2026-10-30", "gp", "nl",
          "merged 'bijlagen' PDF: GP letter (Times, centred letterhead) + echo report "
          "(portal print) + orthopaedic outpatient letter (logo image)",
          "yes", "no", "unmentioned",
          "Three documents in one PDF, each with its own letterhead and dates. The GP letter names "
          "the echo and the orthopaedic letter as enclosures; those really follow. Excision only "
          "offered; 'niet geopereerd' negation in part 3. 'Voorgeschiedenis: blanco' without recent "
          "treatments, so no history kind.", rq=True,
          parts=[dict(kinds=["referral"], date="2026-10-30", author="gp"),
                 dict(kinds=["imaging-report"], date="2026-09-14", author="radiologist"),
                 dict(kinds=["correspondence"], date="2026-10-02", author="specialist")])


# =========================================================================== tr-026
def tr026():
    stem = "tr-026"
    tmp = tmpdir()
    # part 1: HIS summary (short)
    p1 = os.path.join(tmp, "p1.pdf")
    c = canvas.Canvas(p1, pagesize=A4)
    lines = [
        "HUISARTSENPRAKTIJK DE TERP - P. HOEKSMA, HUISARTS - SNEEK            Datum: 10-11-2026",
        "",
        "Huisartsinformatie: SAMENVATTING (HIS export)",
        "Patiënt: Dhr. B. (Bauke) de Jong    geb. 03-03-1983    BSN 2890 14 552",
        "Adres: Oosterdijk 41, 8601 BN Sneek",
        "",
        "EPISODES",
        "  L81   Peesletsel duim links (EPL) - 08-2026       actief  *",
        "  K86   Essentiële hypertensie - 2025               actief",
        "  L02   Rugklachten - 03-2025                      inactief",
        "",
        "JOURNAAL (relevant)",
        "  07-11-2026 L81 S: duim li kan niet goed strekken, kracht minder; wil second opinion in",
        "             Amstelveen. Vraagt MRSA-kweek ivm opname Kreta. O: extensie IP duim li 10 gr",
        "             tekort, litteken dorsaal pols rustig. E: st.n. EPL-hechting li (Kreta 08-26),",
        "             restklacht. P: MRSA-screening neus/keel/perineum afgenomen, verwijzing volgt.",
        "  14-09-2026 L81 Brief ontvangen van Kydonia Private Clinic (Chania) - zie bijlage.",
        "             Hechtingen verwijderd door POH. Handtherapie gestart (Handtherapie Sneek).",
        "  02-09-2026 L81 S: terug van vakantie Kreta; daar 28-08 gevallen met scooter, snijwond",
        "             pols li, opgenomen 3 dagen, peeshechting. O: wond rustig, spalk. P: controle.",
        "  18-06-2026 K86 RR 142/88, amlodipine continueren.",
        "  11-03-2025 L02 lage rugpijn na verhuizing, oefeningen, z.n.",
        "",
        "MEDICATIE: amlodipine 5 mg 1dd1; paracetamol z.n.",
        "ALLERGIE: geen bekend.   INTOLERANTIES: -",
        "",
        "Uitgedraaid door: P. Hoeksma          Pagina 1/1",
    ]
    y = H - 18 * mm
    for ln in lines:
        c.setFont("Courier-Bold" if ln.isupper() and ln else "Courier", 8.6)
        c.drawString(14 * mm, y, ln)
        y -= 4.4 * mm
    c.save()
    # part 2: English discharge summary, Crete
    p2 = os.path.join(tmp, "p2.pdf")
    st = ParagraphStyle("b", fontName="DejaVuSerif", fontSize=9.5, leading=12.5, spaceAfter=5)

    def gr(c, d):
        c.saveState()
        c.setFont("DejaVuSerif-Bold", 12)
        c.drawString(20 * mm, H - 16 * mm, "ΚΥΔΩΝΙΑ ΙΔΙΩΤΙΚΗ ΚΛΙΝΙΚΗ · KYDONIA PRIVATE CLINIC")
        c.setFont("DejaVuSerif", 8)
        c.drawString(20 * mm, H - 20.5 * mm, "Leoforos Souda 88, 73134 Chania, Crete, Greece · "
                     "+30 28210 6 4400 · Orthopaedic & Hand Surgery Dept.")
        c.restoreState()

    simple(p2, [
        Paragraph("<b>DISCHARGE SUMMARY</b>", ParagraphStyle("t", parent=st, fontSize=12, leading=15)),
        Paragraph("Patient: Bauke DE JONG, male, DOB 03/03/1983, passport NL<br/>"
                  "Admission: 28/08/2026 &nbsp; Discharge: 31/08/2026 &nbsp; Record 26/3318", st),
        Paragraph("<b>Diagnosis:</b> Laceration dorsal left wrist with complete division of the extensor "
                  "pollicis longus tendon (zone VII). Superficial radial nerve intact.", st),
        Paragraph("<b>Investigations:</b> X-ray left wrist 28/08/2026: no fracture, no foreign body.", st),
        Paragraph("<b>Treatment:</b> On 28/08/2026 surgical exploration, debridement and primary repair "
                  "of the EPL tendon (modified Kessler + running suture) under axillary block. "
                  "Intravenous antibiotics (cefuroxime) for 48 h, tetanus booster.", st),
        Paragraph("<b>Course:</b> uneventful. Wound clean on discharge.", st),
        Paragraph("<b>Instructions:</b> Thumb spica splint with IP extension for 4 weeks, then "
                  "rehabilitation. Suture removal day 12–14 by family doctor. Follow-up by hand surgeon "
                  "or hand therapist in the Netherlands.", st),
        Paragraph("Chania, 31/08/2026", st),
        Paragraph("Dr. Nikolaos Papadakis, Orthopaedic Surgeon<br/>Dr. Eleni Markaki, Director of Clinic",
                  st),
        Paragraph("<i>Printed for patient 05/09/2026 (copy sent by e-mail on request)</i>", st),
    ], gr, topMargin=28 * mm)
    # part 3: MRSA result
    p3 = os.path.join(tmp, "p3.pdf")
    st3 = ParagraphStyle("b3", fontName="Helvetica", fontSize=9, leading=11.5)

    def lab(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18 * mm, H - 15 * mm, "Laboratorium Microbiologie Friesland-Noord")
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, H - 19 * mm, "Borniastraat 36 · 8934 AD Leeuwarden · 058-2 93 70 00")
        c.restoreState()

    tab = Table([["Afname", "Materiaal", "Onderzoek", "Resultaat"],
                 ["07-11-2026", "neus", "MRSA kweek", "negatief"],
                 ["07-11-2026", "keel", "MRSA kweek", "negatief"],
                 ["07-11-2026", "perineum", "MRSA kweek", "negatief"]],
                colWidths=[28 * mm, 35 * mm, 45 * mm, 50 * mm])
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]))
    simple(p3, [
        Paragraph("<b>Medisch Microbiologisch Onderzoek – Einduitslag</b>", st3), Spacer(1, 3 * mm),
        Paragraph("Pat.: De Jong, B. &nbsp; geb. 03-03-1983 &nbsp; M<br/>Aanvrager: P. Hoeksma, huisarts "
                  "Sneek<br/>Ontvangen: 08-11-2026 &nbsp; Uitslag: 16-11-2026 &nbsp; Labnr: "
                  "LMF-26-77120", st3), Spacer(1, 3 * mm),
        Paragraph("Klinische gegevens: opname buitenland (Griekenland) aug 2026", st3), Spacer(1, 3 * mm),
        tab, Spacer(1, 3 * mm),
        Paragraph("<b>Conclusie:</b> Geen MRSA gekweekt (ophopingsbouillon, 48 uur).", st3),
        Paragraph("Arts-microbioloog: dr. T. Visser-Kamminga", st3),
    ], lab, topMargin=28 * mm)
    merge_pdfs([p1, p2, p3], out(stem, "pdf"), title="dossier De Jong")
    label(stem, ["history", "correspondence", "mrsa-screening"], "2026-11-10", "gp", "nl",
          "merged PDF: monospaced HIS summary + Greek clinic discharge summary (English, Greek "
          "letterhead) + Dutch MRSA result table",
          "yes", "yes", "yes",
          "Three parts, three languages/scripts (Dutch, English, Greek letterhead). Care abroad "
          "named by city/island (Kreta, Chania) and by the Greek clinic's own letter. Op "
          "description in the discharge summary is short (no operator in the procedure line), "
          "so part 2 is correspondence only. The HIS part mentions the MRSA screening; the real "
          "result is part 3 (sample 07-11, result 16-11).",
          parts=[dict(kinds=["history"], date="2026-11-10", author="gp"),
                 dict(kinds=["correspondence"], date="2026-08-31", author="specialist"),
                 dict(kinds=["mrsa-screening"], date="2026-11-16", author="lab")])


# =========================================================================== tr-027
def tr027():
    stem = "tr-027"
    tmp = tmpdir()
    st = ParagraphStyle("b", fontName="LibSans", fontSize=9.5, leading=12.5, spaceAfter=4)
    bd = ParagraphStyle("h", parent=st, fontName="LibSans-Bold", spaceBefore=5, spaceAfter=1)

    def kh(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d4f91"))
        c.rect(0, H - 8 * mm, W, 8 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("LibSans-Bold", 11)
        c.drawString(20 * mm, H - 17 * mm, "Klinikum Westmünsterland-Nord")
        c.setFont("LibSans", 8)
        c.drawString(20 * mm, H - 21 * mm, "Sektion Handchirurgie der Klinik für Unfallchirurgie · "
                     "Mühlenstraße 30 · 48599 Gronau (Westf.) · Tel. +49 2562 91 5-0")
        c.restoreState()

    # part 1: Arztbrief
    p1 = os.path.join(tmp, "p1.pdf")
    simple(p1, [
        Paragraph("Herrn<br/>Huisarts J. Nijhuis<br/>Gezondheidscentrum Glanerbrug<br/>"
                  "Gronausestraat 1210<br/>7534 AV Enschede (NL)", st),
        Spacer(1, 3 * mm),
        Paragraph("Gronau, den 20.05.2026", ParagraphStyle("r", parent=st, alignment=2)),
        Paragraph("<b>Arztbrief – ambulante Wiedervorstellung</b>", st),
        Paragraph("Sehr geehrter Herr Kollege,", st),
        Paragraph("wir berichten über Ihren Patienten <b>Herrn Stefan Oude Nijhuis, geb. 11.11.2003</b>, "
                  "der sich am 19.05.2026 in unserer handchirurgischen Sprechstunde vorstellte.", st),
        Paragraph("Diagnose", bd),
        Paragraph("Subkapitale Fraktur Metakarpale V rechts (Boxerfraktur), Z.n. geschlossener "
                  "Reposition und intramedullärer K-Draht-Schienung (Bouquet-Technik) am 12.05.2026", st),
        Paragraph("Befund", bd),
        Paragraph("Reizlose Wunde, kein Rotationsfehler, Faustschluss mit 2 cm FKHA. Röntgen (19.05.): "
                  "regelrechte Stellung, Drahtlage unverändert (siehe Befund).", st),
        Paragraph("Procedere", bd),
        Paragraph("Ulnare Rinne für weitere 2 Wochen, danach Ergotherapie (heimatnah in NL). "
                  "Röntgenkontrolle in 4 Wochen. Metallentfernung nach 6–8 Wochen in Lokalanästhesie "
                  "geplant – Termin erhält der Patient schriftlich. Arbeitsunfähig als Lagerist bis "
                  "auf Weiteres.", st),
        Paragraph("Mit freundlichen kollegialen Grüßen<br/><br/>Dr. med. H. Terhorst, Oberarzt "
                  "Handchirurgie<br/>i. A. Dr. A. Kemper, Assistenzärztin", st),
        Paragraph("<font size=8>Anlagen: OP-Bericht vom 12.05.2026, Röntgenbefund vom 19.05.2026</font>",
                  st),
    ], kh, topMargin=30 * mm)
    # part 2: Operationsbericht
    p2 = os.path.join(tmp, "p2.pdf")
    c = canvas.Canvas(p2, pagesize=A4)
    kh(c, None)
    c.setFont("LibSans-Bold", 13)
    c.drawString(20 * mm, H - 32 * mm, "OP-Bericht")
    y = H - 42 * mm
    for a, b in [("Patient", "Oude Nijhuis, Stefan  (*11.11.2003)"), ("Datum", "12.05.2026"),
                 ("Operateur", "Dr. med. H. Terhorst"), ("Assistenz", "A. Kemper"),
                 ("Anästhesie", "WALANT / Lokalanästhesie + Sedierung"),
                 ("Diagnose", "dislozierte subkapitale MHK-V-Fraktur re., 40° Abkippung"),
                 ("Eingriff", "Geschlossene Reposition, intramedulläre Schienung mit 2 K-Drähten 1,2 mm "
                              "(Bouquet nach Foucher)")]:
        c.setFont("LibSans-Bold", 9)
        c.drawString(20 * mm, y, a)
        y = wrap_draw(c, b, 55 * mm, y, W - 75 * mm, "LibSans", 9, 11.5) - 1.5 * mm
    y -= 3 * mm
    y = wrap_draw(c, "Verlauf: Reposition nach Jahss unter Bildwandler. Stichinzision über der Basis "
                  "MHK V ulnar, Eröffnung der Kortikalis mit dem Pfriem. Einbringen von zwei "
                  "vorgebogenen K-Drähten, Vorschieben bis in den Kopf, Rotation zur Aufrichtung des "
                  "Köpfchens. BV-Kontrolle in 2 Ebenen: gute Stellung, kein Rotationsfehler klinisch. "
                  "Drähte umgebogen und unter Hautniveau gekürzt. Hautnaht. Ulnare Gipsrinne.\n"
                  "Komplikationen: keine. Blutverlust minimal.", 20 * mm, y, W - 40 * mm, "LibSans",
                  9, 11.5)
    c.setFont("LibSans", 8)
    c.drawString(20 * mm, y - 8 * mm, "gez. Dr. Terhorst, 12.05.2026 – diktiert, nicht korrigiert")
    c.save()
    # part 3: Röntgenbefund
    p3 = os.path.join(tmp, "p3.pdf")
    st3 = ParagraphStyle("b3", fontName="Courier", fontSize=9, leading=11.5, spaceAfter=4)
    simple(p3, [
        Paragraph("RADIOLOGIE – KLINIKUM WESTMÜNSTERLAND-NORD", st3),
        Paragraph("Pat.: Oude Nijhuis, Stefan &nbsp; geb. 11.11.2003 &nbsp; Auftr.: HCH-Ambulanz", st3),
        Paragraph("Untersuchung vom 19.05.2026: Röntgen Hand rechts in 2 Ebenen (Kontrolle)", st3),
        Paragraph("Befund: Voraufnahme vom 12.05.2026 (intraop.) zum Vergleich. Subkapitale "
                  "MHK-V-Fraktur mit zwei intramedullären K-Drähten, Stellung unverändert, Restabkippung "
                  "ca. 10°. Keine sekundäre Dislokation. Beginnende Kallusbildung.", st3),
        Paragraph("Beurteilung: Regelrechte Stellung nach Osteosynthese. Keine Lockerungszeichen.", st3),
        Paragraph("Dr. med. C. Wessels, Facharzt für Radiologie – 19.05.2026", st3),
    ], kh, topMargin=30 * mm)
    merge_pdfs([p1, p2, p3], out(stem, "pdf"), title="Arztbrief mit Anlagen")
    label(stem, ["correspondence", "operation-report", "imaging-report"], "2026-05-20", "specialist",
          "de",
          "merged German PDF: Arztbrief + OP-Bericht (canvas form) + Röntgenbefund (Courier), "
          "same letterhead on every part",
          "yes", "yes", "yes",
          "Three German parts with the same repeated letterhead, so the title lines decide the "
          "part kinds. Metallentfernung is planned, not done. Fracture treated in a German hospital "
          "for a Dutch patient from Enschede (treated abroad). 'Anlagen' line in part 1 names the "
          "other parts.",
          parts=[dict(kinds=["correspondence"], date="2026-05-20", author="specialist"),
                 dict(kinds=["operation-report"], date="2026-05-12", author="specialist"),
                 dict(kinds=["imaging-report"], date="2026-05-19", author="radiologist")])


# =========================================================================== tr-028
def tr028():
    stem = "tr-028"
    tmp = tmpdir()
    faxline = "26/11/2026 09:14  FAX +31 20 6 40 11 99  ZKH AMSTELMERE SECR.PLCH"

    def faxify(src, dst, total):
        """Stamp a fax header on each page of src (overlay) and write dst."""
        from pypdf import PdfReader, PdfWriter
        import io
        w = PdfWriter(clone_from=src)
        for i, pg in enumerate(w.pages):
            buf = io.BytesIO()
            ph = float(pg.mediabox.height)
            c = canvas.Canvas(buf, pagesize=(float(pg.mediabox.width), ph))
            c.setFont("Courier", 7.5)
            c.drawString(8 * mm, ph - 5 * mm, f"{faxline}    PAG. {faxify.n + i:02d}/{total:02d}")
            c.save()
            buf.seek(0)
            pg.merge_page(PdfReader(buf).pages[0])
        faxify.n += len(w.pages)
        with open(dst, "wb") as f:
            w.write(f)
    faxify.n = 1

    # part 1: fax cover
    p1 = os.path.join(tmp, "p1.pdf")
    c = canvas.Canvas(p1, pagesize=A4)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(20 * mm, H - 30 * mm, "FAX")
    c.setFont("Helvetica", 10)
    y = H - 45 * mm
    for a, b in [("Aan", "Handkliniek Amstelhof – intake"), ("Faxnr.", "020-7334109"),
                 ("Van", "secretariaat Plastische Chirurgie, Ziekenhuis Amstelmere"),
                 ("Datum", "26-11-2026"), ("Aantal pagina's", "4 (incl. dit voorblad)"),
                 ("Betreft", "mw. D. Ramdin, geb. 25-01-1984 – gevraagde stukken")]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(20 * mm, y, a + ":")
        c.setFont("Helvetica", 10)
        c.drawString(60 * mm, y, b)
        y -= 8 * mm
    y = wrap_draw(c, "Op verzoek van patiënte zenden wij u hierbij: het operatieverslag van 10-03-2026, "
                  "het verslag van de handtherapie en onze laatste polikliniekbrief. De beelden (CD) "
                  "worden per post nagezonden. Een MRSA-uitslag hebben wij niet; pt. is niet in het "
                  "buitenland behandeld.\n\nMet vriendelijke groet,\nJ. Boekhout, medisch secretaresse",
                  20 * mm, y - 6 * mm, W - 40 * mm, "Helvetica", 10, 13)
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(20 * mm, 20 * mm, "Deze fax kan vertrouwelijke informatie bevatten. Bent u niet de "
                 "geadresseerde, vernietig dan dit bericht en bel 020-6 40 11 00.")
    c.save()
    # part 2: OK-verslag
    p2 = os.path.join(tmp, "p2.pdf")
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5, spaceAfter=3)
    tb = Table([[Paragraph("<b>OK-verslag</b>", st), Paragraph("Ziekenhuis Amstelmere – Plastische "
                                                             "chirurgie", st)],
                [Paragraph("Patiënt", st), Paragraph("Ramdin, D. (Devi) · 25-01-1984 · 7740112", st)],
                [Paragraph("OK-datum", st), Paragraph("10-03-2026", st)],
                [Paragraph("Chirurg", st), Paragraph("dr. W. Lemstra, plastisch chirurg", st)],
                [Paragraph("Assistentie", st), Paragraph("drs. Y. Aksoy (AIOS)", st)],
                [Paragraph("Anesthesie", st), Paragraph("algehele anesthesie + plexus", st)],
                [Paragraph("Ingreep", st), Paragraph("Reconstructie lig. scapholunatum links met FCR-"
                                                     "pees (3LT-techniek, modified Brunelli)", st)],
                [Paragraph("Verslag", st), Paragraph(
                    "Dorsale incisie, 3e compartiment geopend, EPL naar radiaal. Kapsel ligamentsparend "
                    "geopend. Chronisch SL-letsel, geen reparabel restligament. Scafoïd gereponeerd "
                    "met joysticks, geen artrose radioscafoïdaal. Boortunnel door scafoïd, halve "
                    "FCR-pees erdoor en om het RT-ligament, gefixeerd in lunatum met anker "
                    "(Mini-Mitek). 2 K-draden SL en SC (doorlichting: goede stand). Kapselsluiting, "
                    "huid. Gipsspalk.", st)],
                [Paragraph("Complicaties", st), Paragraph("geen", st)],
                [Paragraph("Nabeh.", st), Paragraph("gips 6 wk, K-draden eruit na 8 wk, handtherapie", st)]],
               colWidths=[30 * mm, 135 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    simple(p2, [tb, Spacer(1, 5 * mm), Paragraph("Geautoriseerd: W. Lemstra 10-03-2026", st)],
           topMargin=20 * mm)
    # part 3: hand-therapy letter via Word + LibreOffice
    d = base_docx("Verdana", 9.5)
    para(d, "HANDTHERAPIE ZUIDAS", bold=True, size=14)
    para(d, "Ergotherapie & fysiotherapie voor hand en pols · Gustav Mahlerplein 9 · 1082 MS "
            "Amsterdam", size=8)
    para(d, "")
    para(d, "Aan: dr. W. Lemstra, plastisch chirurg, Ziekenhuis Amstelmere\nAmsterdam, 2 juni 2026")
    labeled(d, "Betreft: ", "tussenrapportage mw. D. Ramdin, 25-01-1984")
    para(d, "Geachte dokter Lemstra,")
    para(d, "Mevrouw is sinds 7 mei bij ons in behandeling na uw SL-reconstructie links (OK 10-03). "
            "Na verwijdering van de K-draden zijn wij gestart met actieve en actief-geassisteerde "
            "oefeningen, dart-throwing motion en proprioceptietraining.")
    tb2 = d.add_table(rows=1, cols=4)
    tb2.style = "Table Grid"
    for i, h in enumerate(["Meting", "07-05-2026", "02-06-2026", "Contralateraal"]):
        tb2.rows[0].cells[i].text = h
    for row in [("Extensie pols", "15°", "35°", "70°"), ("Flexie pols", "10°", "30°", "75°"),
                ("Knijpkracht (Jamar, kg)", "6", "11", "28"), ("PRWE totaal", "71", "54", "-")]:
        cs = tb2.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    para(d, "")
    para(d, "Pijn VAS 4 in rust, 7 bij belasten. Mevrouw is gemotiveerd maar gefrustreerd over het "
            "trage herstel. Zij vraagt zich af of een tweede mening zinvol is; dat hebben wij naar u "
            "verwezen. Voorstel: nog 8 weken 2x/week, daarna evaluatie.")
    para(d, "Met vriendelijke groet,\n\nL. Nieuwenhuis, gecertificeerd handtherapeut (CHT-NL)")
    src = os.path.join(tmp, "handtherapie_ramdin.docx")
    d.save(src)
    p3 = os.path.join(tmp, "p3.pdf")
    soffice_pdf(src, p3)
    # part 4: outpatient letter
    p4 = os.path.join(tmp, "p4.pdf")
    st4 = ParagraphStyle("b4", fontName="LibSans", fontSize=9.5, leading=12.5, spaceAfter=5)
    simple(p4, [
        Paragraph("<b>Ziekenhuis Amstelmere</b> · Plastische Chirurgie · Burg. Rendorpstraat 4 · 1186 "
                  "XL Amstelveen", st4), Spacer(1, 6 * mm),
        Paragraph("Aan: huisarts mw. F. Kortekaas, Buitenveldert<br/>Datum: 20-11-2026", st4),
        Paragraph("Betreft: mw. D. Ramdin, 25-01-1984", st4),
        Paragraph("Beste collega,", st4),
        Paragraph("Controle 8 maanden na SL-reconstructie links (10-03-2026). Persisterende pijn "
                  "dorsaal, extensie 40°, flexie 35°. Röntgen 16-11-2026: SL-afstand 3 mm, geen "
                  "artrose, lichte DISI-stand. Conclusie: matig resultaat na SL-reconstructie. "
                  "Wij bespraken een partiële artrodese (RSL) als optie op termijn; patiënte wil "
                  "eerst een second opinion in de Handkliniek Amstelhof, waarmee wij instemmen. "
                  "Stukken zijn door ons gefaxt.", st4),
        Paragraph("Met collegiale groet,<br/>dr. W. Lemstra, plastisch chirurg", st4),
    ], topMargin=20 * mm)
    # stamp fax headers on all parts, then merge
    from pypdf import PdfReader
    total = sum(len(PdfReader(p).pages) for p in (p1, p2, p3, p4))
    stamped = []
    for i, p in enumerate((p1, p2, p3, p4)):
        q = os.path.join(tmp, f"f{i}.pdf")
        faxify(p, q, total)
        stamped.append(q)
    merge_pdfs(stamped, out(stem, "pdf"), title="FAX 26-11-2026")
    label(stem, ["operation-report", "correspondence"], "2026-11-26", "other", "nl",
          "merged fax bundle: fax cover + OK-verslag table + hand-therapy letter (Word via "
          "LibreOffice) + outpatient letter, fax header stamped on every page",
          "yes", "yes", "no",
          "Fax send date/time on top of every page, differing from each part's own date. Cover "
          "sheet says 'pt. is niet in het buitenland behandeld' (treated_abroad no) and 'Een "
          "MRSA-uitslag hebben wij niet'. Hand-therapy report (none kind) between the "
          "specialist documents. Partial arthrodesis only discussed.",
          parts=[dict(kinds=[], date="2026-11-26", author="other"),
                 dict(kinds=["operation-report"], date="2026-03-10", author="specialist"),
                 dict(kinds=[], date="2026-06-02", author="other"),
                 dict(kinds=["correspondence"], date="2026-11-20", author="specialist")])


if __name__ == "__main__":
    for f in (tr025, tr026, tr027, tr028):
        f()
    print("gen_merged done")
