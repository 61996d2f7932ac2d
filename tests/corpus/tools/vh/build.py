#!/usr/bin/env python3
"""Render the vh- accuracy corpus: synthetic hand-clinic second-opinion dossier documents.

All patients, practitioners, institutions, identifiers and numbers are invented.
Each document is defined below as a dict (stem, format, blocks or text, label) and
rendered into ../../docs as PDF (reportlab), DOCX (python-docx) or TXT, plus a TOML label.
"""
import io
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Mm

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "docs")

DOCS = []


def add(**d):
    DOCS.append(d)


# ----------------------------------------------------------------------------------------------
# PDF rendering
# ----------------------------------------------------------------------------------------------

def _esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<u>\1</u>", s)
    return s.replace("\n", "<br/>")


def _styles(font="Helvetica", size=9.5):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=3)
    return {
        "p": base,
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 0.5, spaceBefore=6, spaceAfter=2),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                spaceBefore=4, spaceAfter=8),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "lbl": ParagraphStyle("lbl", parent=base, fontName=bold, spaceAfter=0),
        "val": ParagraphStyle("val", parent=base, spaceAfter=0),
        "logo": ParagraphStyle("logo", parent=base, fontName=bold, fontSize=17, leading=20, alignment=TA_CENTER,
                               textColor=colors.white),
        "bold": bold,
    }


def _flowables(blocks, st, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(Paragraph(_esc(b[1]), st["p"]))
        elif kind == "small":
            out.append(Paragraph(_esc(b[1]), st["small"]))
        elif kind == "h":
            out.append(Paragraph(_esc(b[1]), st["h"]))
        elif kind == "title":
            out.append(Paragraph(_esc(b[1]), st["title"]))
        elif kind == "center":
            out.append(Paragraph(_esc(b[1]), st["center"]))
        elif kind == "right":
            out.append(Paragraph(_esc(b[1]), st["right"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif kind == "br":
            out.append(PageBreak())
        elif kind == "hr":
            t = Table([[""]], colWidths=[width], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
            out.append(t)
        elif kind == "logo":
            # ("logo", initials, [name lines], [right lines], hexcolor)
            initials, left, right = b[1], b[2], b[3]
            col = colors.HexColor(b[4]) if len(b) > 4 else colors.HexColor("#1f4e79")
            cells = [[Paragraph(_esc(initials), st["logo"]),
                      Paragraph(_esc("\n".join(left)), st["p"]),
                      Paragraph(_esc("\n".join(right)), st["small"])]]
            t = Table(cells, colWidths=[24 * mm, width * 0.52, width - 24 * mm - width * 0.52])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (0, 0), col),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (2, 0), (2, 0), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, col),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]))
            out.append(t)
            out.append(Spacer(1, 4 * mm))
        elif kind == "kv":
            # ("kv", [(label, value), ...], ncols[, grid])
            pairs, ncols = b[1], (b[2] if len(b) > 2 else 1)
            grid = b[3] if len(b) > 3 else False
            rows = []
            for i in range(0, len(pairs), ncols):
                row = []
                for lab, val in pairs[i:i + ncols]:
                    row += [Paragraph(_esc(lab), st["lbl"]), Paragraph(_esc(val), st["val"])]
                while len(row) < 2 * ncols:
                    row += ["", ""]
                rows.append(row)
            if ncols == 1:
                cw = [width * 0.30, width * 0.70]
            else:
                cw = [width * 0.2, width * 0.3] * ncols
                cw = [c * 2 / ncols for c in cw]
            t = Table(rows, colWidths=cw)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            if grid:
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]
                if ncols == 2:
                    style.append(("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 3 * mm))
        elif kind == "grid":
            # ("grid", rows, [colfractions])
            rows = [[Paragraph(_esc(str(c)), st["val"] if r else st["lbl"]) for c in row]
                    for r, row in enumerate(b[1])]
            fr = b[2] if len(b) > 2 else [1.0 / len(b[1][0])] * len(b[1][0])
            t = Table(rows, colWidths=[width * f for f in fr], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(kind)
    return out


def render_pdf(target, blocks, pagesize=A4, font="Helvetica", size=9.5, header=None, footer=None,
               pagenum=None, fax=None, sidebar=None, margins=(20, 20, 22, 22), title=None):
    """target: path or BytesIO. header/footer: str (drawn every page). pagenum: format with {p} {n}.
    fax: format string with {p} {n}, drawn at very top of every page. sidebar: list of lines drawn on page 1."""
    W, H = pagesize
    lm, rm, tm, bm = [m * mm for m in margins]
    side_w = 48 * mm if sidebar else 0
    st = _styles(font, size)
    state = {}

    class NumCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                p = self._pageNumber
                self.setFont(font, 7.5)
                if pagenum:
                    self.drawRightString(W - rm, bm * 0.45, pagenum.format(p=p, n=n))
                if fax:
                    self.setFont("Courier", 7.5)
                    self.drawString(lm * 0.6, H - 8 * mm, fax.format(p=p, n=n))
                    self.setFont(font, 7.5)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    def deco(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            for i, line in enumerate(header.split("\n")):
                c.drawString(lm, H - tm * 0.55 - i * 9, line)
        if footer:
            for i, line in enumerate(footer.split("\n")):
                c.drawString(lm, bm * 0.45 + (len(footer.split("\n")) - 1 - i) * 9, line)
        if sidebar and d.page == 1:
            y = H - tm - 2
            for line in sidebar:
                if line.startswith("**"):
                    c.setFont(st["bold"], 7.5)
                    line = line.strip("*")
                else:
                    c.setFont(font, 7.5)
                c.drawString(lm, y, line)
                y -= 10
        c.restoreState()

    frames_first = [Frame(lm + side_w, bm, W - lm - rm - side_w, H - tm - bm, id="f1",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    frames_later = [Frame(lm, bm, W - lm - rm, H - tm - bm, id="f2",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    doc = BaseDocTemplate(target, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title or "", author="")
    doc.addPageTemplates([PageTemplate("first", frames_first, onPage=deco, autoNextPageTemplate="later"),
                          PageTemplate("later", frames_later, onPage=deco)])
    doc.build(_flowables(blocks, st, W - lm - rm - side_w), canvasmaker=NumCanvas)


def merge_pdfs(path, parts):
    """parts: list of dicts with render_pdf kwargs (blocks=...)."""
    w = PdfWriter()
    for part in parts:
        buf = io.BytesIO()
        kw = dict(part)
        blocks = kw.pop("blocks")
        render_pdf(buf, blocks, **kw)
        buf.seek(0)
        w.append(PdfReader(buf))
    with open(path, "wb") as fh:
        w.write(fh)


# ----------------------------------------------------------------------------------------------
# DOCX rendering
# ----------------------------------------------------------------------------------------------

def _runs(par, text, size=None, bold_all=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = part.startswith("**") and part.endswith("**")
        r = par.add_run(part[2:-2] if b else part)
        r.bold = b or bold_all
        if size:
            r.font.size = Pt(size)
    return par


def render_docx(path, blocks, header=None, footer=None, font="Calibri", size=10.5, letter=False):
    d = docx.Document()
    sec = d.sections[0]
    if letter:
        sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header.split("\n")):
            if i:
                hp = sec.header.add_paragraph()
            _runs(hp, line, size=8)
    if footer:
        fp = sec.footer.paragraphs[0]
        for i, line in enumerate(footer.split("\n")):
            if i:
                fp = sec.footer.add_paragraph()
            _runs(fp, line, size=7.5)
    for b in blocks:
        kind = b[0]
        if kind in ("p", "small"):
            for chunk in b[1].split("\n\n"):
                p = d.add_paragraph()
                lines = chunk.split("\n")
                for i, line in enumerate(lines):
                    _runs(p, line, size=(size - 2 if kind == "small" else None))
                    if i < len(lines) - 1:
                        p.add_run().add_break()
        elif kind == "h":
            p = d.add_paragraph()
            _runs(p, b[1], bold_all=True)
        elif kind == "title":
            p = d.add_paragraph()
            _runs(p, b[1], size=size + 4, bold_all=True)
        elif kind == "center":
            p = d.add_paragraph()
            _runs(p, b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p = d.add_paragraph()
            _runs(p, b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "br":
            d.add_page_break()
        elif kind == "hr":
            d.add_paragraph("_" * 60)
        elif kind == "logo":
            initials, left, right = b[1], b[2], b[3]
            t = d.add_table(rows=1, cols=3)
            c0, c1, c2 = t.rows[0].cells
            r = c0.paragraphs[0].add_run(initials)
            r.bold = True
            r.font.size = Pt(20)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            for i, line in enumerate(left):
                pp = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                _runs(pp, line, size=9)
            for i, line in enumerate(right):
                pp = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
                _runs(pp, line, size=8)
            d.add_paragraph()
        elif kind == "kv":
            pairs, ncols = b[1], (b[2] if len(b) > 2 else 1)
            nrows = (len(pairs) + ncols - 1) // ncols
            t = d.add_table(rows=nrows, cols=2 * ncols)
            t.style = "Table Grid" if (len(b) > 3 and b[3]) else None
            for i, (lab, val) in enumerate(pairs):
                row, col = divmod(i, ncols)
                cl, cv = t.rows[row].cells[2 * col], t.rows[row].cells[2 * col + 1]
                _runs(cl.paragraphs[0], lab, bold_all=True)
                vlines = val.split("\n")
                for j, line in enumerate(vlines):
                    pp = cv.paragraphs[0] if j == 0 else cv.add_paragraph()
                    _runs(pp, line)
            d.add_paragraph()
        elif kind == "grid":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r_i, row in enumerate(rows):
                for c_i, val in enumerate(row):
                    _runs(t.rows[r_i].cells[c_i].paragraphs[0], str(val), bold_all=(r_i == 0))
            d.add_paragraph()
        else:
            raise ValueError(kind)
    d.core_properties.author = ""
    d.core_properties.title = ""
    d.save(path)


# ----------------------------------------------------------------------------------------------
# Labels
# ----------------------------------------------------------------------------------------------

def _tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _tval(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tval(x) for x in v) + "]"
    return _tq(str(v))


LABEL_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
               "imaging_done", "operated", "treated_abroad", "notes"]


def label_toml(lab):
    lines = []
    for k in LABEL_ORDER:
        if k in lab and lab[k] is not None:
            lines.append(f"{k} = {_tval(lab[k])}")
    for k in lab:
        if k not in LABEL_ORDER and k != "parts":
            lines.append(f"{k} = {_tval(lab[k])}")
    for part in lab.get("parts", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ["kinds", "date", "also_dates", "author", "style"]:
            if k in part and part[k] is not None:
                lines.append(f"{k} = {_tval(part[k])}")
    return "\n".join(lines) + "\n"


# ==============================================================================================
# DOCUMENTS 001-010
# ==============================================================================================

add(stem="vh-001", fmt="pdf",
    opts=dict(footer="ZorgDomein verwijzing ZD-2026-8841207 - aangemaakt 14-10-2026 10:42 door J.P. Mulder",
              pagenum="Pagina {p} van {n}", header="ZorgDomein | Verwijsbrief"),
    blocks=[
        ("logo", "ZD", ["**Huisartsenpraktijk Het Zwaluwnest**", "Leusderweg 212, 3817 KH Amersfoort",
                        "Tel. 033-4612290"], ["AGB-code praktijk: 01-054321", "AGB-code verwijzer: 01-048213",
                                               "Kenmerk: ZD-2026-8841207"], "#00857c"),
        ("title", "Second opinion handchirurgie"),
        ("small", "Ontvangende instelling: Handkliniek Eemland, afdeling Hand- en Polschirurgie, Amersfoort"),
        ("kv", [("Patiënt", "Mevr. H.J. Verbeek-Stam"), ("Datum verwijzing", "14-10-2026"),
                ("Geboortedatum", "03-10-1961"), ("Geslacht", "Vrouw"),
                ("BSN", "192 448 310"), ("Verzekeraar", "Zilverland Zorgverzekeringen"),
                ("Adres", "Bisschopsweg 77\n3817 BR Amersfoort"), ("Polisnummer", "ZL 40 8812 553"),
                ("Telefoon", "06-41 88 20 13"), ("Urgentie", "Regulier"),
                ("Verwijzer", "J.P. Mulder, huisarts"), ("Specialisme", "Plastische chirurgie / handchirurgie")], 2),
        ("h", "Reden van verwijzing"),
        ("p", "Patiënte heeft persisterende tintelingen in digiti 1-3 rechts en nachtelijke pijn ondanks een open "
              "carpaletunnelrelease rechts in maart 2025. Na de operatie ongeveer een half jaar klachtenvrij, "
              "daarna geleidelijk terugkeer van de klachten, nu ook krachtsverlies bij knijpen (laat kopjes vallen)."),
        ("h", "Vraagstelling"),
        ("p", "Graag uw second opinion: is er sprake van een recidief of een incomplete release van de carpale "
              "tunnel, en is er een indicatie voor een re-operatie? De behandelend plastisch chirurg adviseert "
              "voorlopig een afwachtend beleid; patiënte twijfelt daaraan en wil een tweede mening."),
        ("h", "Relevante voorgeschiedenis"),
        ("kv", [("2009", "Hypertensie"), ("2017", "Diabetes mellitus type 2, oraal behandeld"),
                ("2019", "Triggerfinger D3 rechts, eenmalig injectie, klachtenvrij"),
                ("18-03-2025", "Open carpaletunnelrelease rechts, Eemziekenhuis Amersfoort (dr. F. Schouten)")], 1),
        ("h", "Recente behandelingen"),
        ("kv", [("06-2026", "Nachtspalk pols rechts, onvoldoende effect"),
                ("11-08-2026", "Corticosteroïdinjectie carpale tunnel rechts (polikliniek plastische chirurgie), "
                               "effect ca. 3 weken"),
                ("02-09-2026", "EMG: ernstige geleidingsvertraging n. medianus rechts ter hoogte van de pols"),
                ("02-09-2026", "Echografie pols rechts: verdikte n. medianus proximaal van het retinaculum, "
                               "geen ganglion of massa")], 1),
        ("h", "Medicatie"),
        ("p", "Metformine 500 mg 2dd1 - Amlodipine 5 mg 1dd1 - Paracetamol 1000 mg zo nodig max 3dd1"),
        ("kv", [("Allergieën", "Geen bekend"), ("Contra-indicaties", "Geen"),
                ("Roken", "Nee"), ("Lengte / gewicht", "1,68 m / 81 kg (BMI 28,7)")], 2),
        ("h", "Episodelijst"),
        ("grid", [["ICPC", "Omschrijving", "Begin"], ["K86", "Hypertensie zonder orgaanbeschadiging", "04-2009"],
                  ["T90.02", "Diabetes mellitus type 2", "11-2017"],
                  ["N93", "Carpaletunnelsyndroom rechts", "01-2025"],
                  ["L87", "Tendovaginitis / triggerfinger D3 rechts", "05-2019"]], [0.15, 0.6, 0.25]),
        ("h", "Bijlagen"),
        ("p", "Brieven plastische chirurgie (2), operatieverslag 18-03-2025 en het echoverslag zijn als bijlage "
              "toegevoegd aan deze verwijzing."),
        ("sp", 4),
        ("p", "J.P. Mulder, huisarts\nDigitaal ondertekend 14-10-2026"),
    ],
    label=dict(kinds=["referral", "history"], date="2026-10-14", author="gp", language="nl",
               style="ZorgDomein printout, two-column label/value form with episode table",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Birth date 03-10-1961 sits next to the referral date 14-10-2026; history section with "
                     "Relevante voorgeschiedenis and Recente behandelingen makes it also a history document. "
                     "Echo and CTS release are past events; enclosures are only mentioned."))

add(stem="vh-002", fmt="pdf",
    opts=dict(footer="Deze verwijzing is verstuurd via ZorgDomein. Ref. 2026-ZD-5513098",
              pagenum="{p}/{n}", margins=(18, 18, 18, 20)),
    blocks=[
        ("small", "ZorgDomein - Verwijzing"),
        ("title", "Consult handchirurgie"),
        ("kv", [("Aan", "Handkliniek Eemland - polikliniek handchirurgie"),
                ("Verwijzer", "M. de Groot-Visser, huisarts\nHuisartsen Vathorst, Zonnewijzerweg 3, 3825 VB Amersfoort\nAGB 01-061177"),
                ("Datum", "05-11-2026"),
                ("Patiënt", "Dhr. W.A. Kamphuis"),
                ("Geboortedatum", "11-05-1954"),
                ("BSN", "301 552 907"),
                ("Verzekering", "Zorgvast Plus / polis 7700 4412"),
                ("Reden van verwijzing", "Triggerfinger D4 links met slotklachten, sinds januari 2026. Tweemaal "
                                         "injectie (januari en mei 2026) met tijdelijk effect. Graag behandeling: "
                                         "ringbandsplitsing A1 D4 links."),
                ("Beeldvorming", "Niet verricht."),
                ("Eerdere operaties hand", "Geen; patiënt is nooit aan de handen geopereerd."),
                ("Medicatie", "Acenocoumarol volgens trombosedienst; simvastatine 40 mg 1dd1"),
                ("Allergieën", "Pleisterallergie"),
                ("Bijzonderheden", "Antistolling: INR-controle door trombosedienst Amersfoort. Patiënt is "
                                   "slechthorend, graag schriftelijke afspraakbevestiging.")], 1, True),
        ("sp", 6),
        ("p", "Met vriendelijke groet,\n\nM. de Groot-Visser, huisarts"),
    ],
    label=dict(kinds=["referral"], date="2026-11-05", author="gp", language="nl",
               style="ZorgDomein printout, bordered one-column table",
               referral_question=False, imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Referral for treatment only (ringbandsplitsing), no question and no second-opinion request. "
                     "Birth date 11-05-1954 is the day/month mirror of the referral date 05-11-2026. Explicit "
                     "negations for imaging and surgery; no history section."))

add(stem="vh-003", fmt="txt",
    text="""ZORGDOMEIN  -  VERWIJZING (tekstexport)
==========================================================================
Product       : Second opinion orthopedie - pols/hand
Ontvanger     : Handkliniek De Brug, Nieuwegein
Aangemaakt    : 2026-09-22T09:14
Kenmerk       : ZD-9920-441-87
--------------------------------------------------------------------------
PATIENT
  Naam            : Mw. L. (Lotte) Brinkhorst
  Geboortedatum   : 1989-09-21
  BSN             : 205 733 418
  Adres           : Vechtoever 19, 3555 VL Utrecht
  Verzekeraar     : Zorgverzekeraar Dijkhof, polis 55190211

VERWIJZER
  Naam            : drs. A.C. Pronk, huisarts
  Praktijk        : Huisartsenpraktijk Zuilen-Noord, Utrecht
  AGB             : 01-077230
--------------------------------------------------------------------------
REDEN VAN VERWIJZING
  Pijn radiale zijde pols links sinds val op uitgestrekte hand tijdens
  vakantie in Spanje (eind juli 2026). Patiënte is daar niet naar een
  arts of ziekenhuis gegaan; zij heeft de pols zelf ingetaped. Bij
  terugkomst gezien op het spreekuur: drukpijn in de tabatière,
  pijnlijke axiale compressie duim.

VRAAGSTELLING
  Occulte scafoïdfractuur links? Patiënte wil graag een second opinion
  bij een handchirurg omdat de klachten na 8 weken niet afnemen. Graag
  beoordeling en zo nodig aanvullende beeldvorming en behandeladvies.

RELEVANTE VOORGESCHIEDENIS
  1998  appendectomie
  2015  partus, sectio caesarea
  2021  angststoornis, behandeld door POH-GGZ, afgesloten

RECENTE BEHANDELINGEN
  07-08-2026  spreekuur: tape-/brace-advies, naproxen 250 mg 2dd1 (10 dg)
  21-08-2026  onderarmspalk (brace) links, 6 weken
  18-09-2026  controle: nog steeds drukpijn tabatière
  Er is tot nu toe geen beeldvorming verricht (geen foto, geen echo).

MEDICATIE
  naproxen 250 mg zo nodig
  ethinylestradiol/levonorgestrel 30/150

ALLERGIEEN
  Geen bekend

BIJLAGEN
  Geen
--------------------------------------------------------------------------
Verzonden via ZorgDomein 22-09-2026 09:16
""",
    label=dict(kinds=["referral", "history"], date="2026-09-22", author="gp", language="nl",
               style="ZorgDomein plain-text export with ISO timestamps",
               referral_question=True, imaging_done="no", operated="unmentioned", treated_abroad="no",
               notes="Fall during holiday in Spain without any doctor or hospital visit (explicitly no care abroad). "
                     "Explicit negation of imaging; the question asks for imaging, which is a plan. Only other-body-part "
                     "operations (appendectomy, caesarean). ISO date with time; birth date one day earlier in month."))

add(stem="vh-004", fmt="docx",
    opts=dict(footer="Huisartsen Kanaalzijde - Kanaalzijde 14 - 3521 KG Utrecht - tel. 030-2712 840 - AGB 01-069903"),
    blocks=[
        ("p", "**HUISARTSEN KANAALZIJDE**\nA.J. Verhoef en R. Benali, huisartsen"),
        ("sp",),
        ("p", "Aan: Handkliniek De Brug\nt.a.v. dr. S. el Amrani, plastisch chirurg\nRijnhuizerweg 40\n3433 NV Nieuwegein"),
        ("sp",),
        ("p", "Utrecht, 29 oktober 2026"),
        ("p", "Betreft: dhr. T. (Thijs) van Oordt, geb. 17-02-1995\nMarnixlaan 120, 3552 HG Utrecht - BSN 188 907 342"),
        ("sp",),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik bovengenoemde patiënt, 31 jaar, naar u voor een second opinion over zijn linker pols."),
        ("p", "In juni 2025 viel hij met de mountainbike op zijn linker hand. Op de SEH van het Stadsziekenhuis "
              "Utrecht-Oost werden röntgenfoto's gemaakt waarop aanvankelijk geen fractuur werd gezien. Wegens "
              "aanhoudende pijn volgde na drie weken een CT-scan, waarop een fractuur van de proximale pool van het "
              "scafoïd werd vastgesteld. Hij werd tien weken met gips behandeld. Een controle-CT in februari 2026 "
              "toonde een non-union, waarna hij op 14 april 2026 door dr. Brouwer (plastisch chirurg) werd geopereerd "
              "met een percutane schroeffixatie. Op de CT van september 2026 is volgens de behandelaar nog steeds "
              "geen consolidatie te zien. Hem is nu een revisie met een vrij bottransplantaat uit de bekkenkam "
              "voorgesteld."),
        ("p", "Patiënt is grafisch ontwerper en heeft veel last bij muiswerk en fietsen. Hij twijfelt of een tweede "
              "operatie zinvol is en wil graag het oordeel van een gespecialiseerd handcentrum."),
        ("p", "**Mijn vraag:** is er bij deze persisterende non-union na schroeffixatie nog kans op consolidatie, of "
              "adviseert u eveneens een revisie, en zo ja met welk type bottransplantaat (gevasculariseerd of niet)?"),
        ("p", "Hij gebruikt geen medicatie, rookt niet en heeft geen allergieën."),
        ("p", "Bijgevoegd: de brieven van de plastische chirurgie, het operatieverslag van 14-04-2026 en de CT-verslagen. "
              "De CD met de beelden levert patiënt zelf bij u aan."),
        ("sp",),
        ("p", "Met vriendelijke groet,"),
        ("sp",),
        ("p", "R. Benali, huisarts"),
    ],
    label=dict(kinds=["referral"], date="2026-10-29", author="gp", language="nl",
               style="free GP letter (Word), letterhead as text, addressee block, Betreft line",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Place-and-date line 'Utrecht, 29 oktober 2026' right above birth date 17-02-1995. Narrative of "
                     "the hand problem but no separate history section. Proposed revision is a plan; the April 2026 "
                     "screw fixation is a past operation. Enclosures (operation report, CT reports) only mentioned."))

add(stem="vh-005", fmt="pdf",
    opts=dict(sidebar=["**Rivierland Gasthuis**", "Plastische, Reconstructieve", "en Handchirurgie",
                       "Locatie Tiel", "Postbus 6040", "4000 HA Tiel", "T 0344 55 91 20", "",
                       "**Datum**", "23 september 2026", "", "**Ons kenmerk**", "PCH/2026/04418", "",
                       "**Patiëntnummer**", "7720195", "", "**Geboortedatum**", "19-09-1972", "",
                       "**Behandelaar**", "drs. M.T. Hoekstra"],
              footer="Rivierland Gasthuis | Zorg dichtbij | www.rivierland-gasthuis.example | KvK 41099883",
              pagenum="Pagina {p} van {n}"),
    blocks=[
        ("logo", "RG", ["**Rivierland Gasthuis**", "Plastische, Reconstructieve en Handchirurgie"], [""], "#8a1538"),
        ("p", "Weledelgeleerde heer R. Bakker, huisarts\nDorpsstraat 5\n4011 AB Zoelen"),
        ("sp", 6),
        ("p", "**Betreft:** Mevrouw A.M. de Klerk, geboren 19-09-1972, Lingewal 4, 4001 XE Tiel"),
        ("sp", 2),
        ("p", "Geachte collega,"),
        ("p", "Op 16 september 2026 zagen wij uw patiënte terug op de polikliniek plastische chirurgie ter "
              "bespreking van de uitslag van de MRI."),
        ("h", "Anamnese"),
        ("p", "Sinds een val van de trap in mei 2026 pijn aan de ulnaire zijde van de rechter pols, met een klikkend "
              "gevoel bij draaien van de onderarm (sleutel omdraaien, pannen tillen). Geen tintelingen. Zij is "
              "rechtshandig en werkt als doktersassistente. Eerder niet aan de pols geopereerd."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Rechter pols: geen zwelling. Drukpijn in de fovea ulnaris, positieve ulnocarpale stresstest. "
              "DRUG stabiel in vergelijking met links. Volledige, pijnlijke pro- en supinatie. Knijpkracht "
              "(Jamar) rechts 18 kg, links 27 kg."),
        ("h", "Aanvullend onderzoek"),
        ("p", "MRI pols rechts d.d. 02-09-2026 (Rivierland Gasthuis): perifere scheur van het TFCC (Palmer 1B), "
              "geen ulna-plusvariant, geen aanwijzingen voor bone bruise of instabiliteit van het scapholunaire "
              "ligament."),
        ("h", "Conclusie"),
        ("p", "Traumatisch TFCC-letsel type 1B rechter pols, persisterende klachten na 4 maanden."),
        ("h", "Beleid"),
        ("p", "Wij hebben patiënte een artroscopische hechting van het TFCC voorgesteld; een operatie is naar onze "
              "mening geïndiceerd gezien het uitblijven van herstel na spalk en handtherapie. Patiënte wil "
              "eerst een second opinion elders; wij hebben het MRI-verslag en de beelden voor haar klaargezet. "
              "Zij neemt na de second opinion zelf contact met ons op."),
        ("sp", 4),
        ("p", "Met collegiale groet,"),
        ("sp", 6),
        ("p", "drs. M.T. Hoekstra, plastisch chirurg\nmede namens I. Demir, arts-assistent"),
        ("sp", 3),
        ("small", "cc: patiënte\nDit document is elektronisch geautoriseerd en daarom niet ondertekend."),
    ],
    label=dict(kinds=["correspondence"], date="2026-09-23", author="specialist", language="nl",
               style="HiX-like outpatient letter with left sidebar (date, kenmerk, birth date as separate runs)",
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Letter date and birth date only in the sidebar, in separate text runs, birth date 19-09-1972 "
                     "four days before letter date. 'Operatie geïndiceerd' is a plan; 'eerder niet aan de pols "
                     "geopereerd' is a negation. Quotes the MRI result but is not a radiology report."))

add(stem="vh-006", fmt="pdf",
    opts=dict(footer="Rivierland Gasthuis - Afdeling Radiologie - Postbus 6040, 4000 HA Tiel - T 0344 55 93 00",
              pagenum="blad {p}"),
    blocks=[
        ("logo", "RG", ["**Rivierland Gasthuis**", "Afdeling Radiologie"], ["Verslag radiologie", "Accessionnr. RG26-0902-7715"], "#8a1538"),
        ("kv", [("Patiënt", "De Klerk, A.M."), ("Patiëntnr.", "7720195"),
                ("Geb.datum", "19-09-1972"), ("Geslacht", "V"),
                ("Aanvrager", "drs. M.T. Hoekstra"), ("Afdeling", "Plastische chirurgie"),
                ("Onderzoek", "MRI pols rechts zonder contrast"), ("Datum onderzoek", "02-09-2026"),
                ("Datum verslag", "03-09-2026"), ("Kopie aan", "huisarts R. Bakker, Zoelen")], 2),
        ("h", "Klinische gegevens / vraagstelling"),
        ("p", "Ulnaire polspijn rechts sinds val (mei 2026). Klikken bij pro-/supinatie. TFCC-letsel? SL-letsel?"),
        ("h", "Verslag"),
        ("p", "Techniek: 1,5 T, dedicated polsspoel; coronale PD FS, T1, axiale T2 FS en sagittale PD FS "
              "opnamen. Geen eerdere beeldvorming ter vergelijking."),
        ("p", "Discontinuïteit van de perifere aanhechting van het triangulaire fibrocartilagineuze complex aan de "
              "basis van de processus styloideus ulnae met vochtsignaal in de scheur. De centrale discus is intact. "
              "Geen ulna-plusvariant (ulnaire variantie -0,5 mm). Normaal aspect van het scapholunaire en "
              "lunotriquetrale ligament. Geen bone bruise, geen avasculaire necrose. Kleine hoeveelheid vocht in "
              "het distale radio-ulnaire gewricht. Extensor carpi ulnaris pees in de groeve gelegen, zonder "
              "tendinopathie. Overige pezen normaal."),
        ("h", "Conclusie"),
        ("p", "Perifere scheur van het TFCC (Palmer 1B). Geen aanwijzingen voor SL- of LT-letsel."),
        ("sp", 4),
        ("p", "dr. P.J. Smeets, radioloog\nGeautoriseerd 03-09-2026 16:12"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-09-03", also_dates=["2026-09-02"], author="radiologist",
               language="nl", style="hospital radiology report, four-column label/value header",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Aanvrager is a plastic surgeon; 'vraagstelling' is the requester's question, not a referral. "
                     "Exam date and report date differ by one day; birth date 19-09 close in form."))

add(stem="vh-007", fmt="pdf",
    opts=dict(header="Stadsziekenhuis Utrecht-Oost  |  OK-verslag  |  Pat.nr. 2209-4471",
              footer="Afgedrukt uit EPD op 02-11-2026 door poli handchirurgie (kopie voor patiënt)",
              pagenum="Pagina {p} van {n}"),
    blocks=[
        ("logo", "SUO", ["**Stadsziekenhuis Utrecht-Oost**", "Plastische Chirurgie / Handchirurgie",
                         "Oosterlaan 300, 3584 ZZ Utrecht"], ["Tel. 030-8849 100"], "#2d5f2e"),
        ("title", "OPERATIEVERSLAG"),
        ("kv", [("Patiënt", "T. van Oordt"), ("Geboortedatum", "17-02-1995"),
                ("Patiëntnummer", "2209-4471"), ("Opnamenummer", "DB-26-11820"),
                ("Datum operatie", "14-04-2026"), ("OK", "OK 6, dagbehandeling"),
                ("Operateur", "dr. L.F. Brouwer, plastisch chirurg"), ("Assistent", "K. Yilmaz, AIOS"),
                ("Anesthesie", "Axillaire plexus + sedatie"), ("Anesthesioloog", "drs. H. Wiersma"),
                ("Snijtijd", "09:42 - 10:31"), ("Bloedleegte", "Ja, 250 mmHg, 38 min")], 2, True),
        ("h", "Indicatie"),
        ("p", "Non-union proximale pool os scaphoideum links, 10 maanden na trauma, na 10 weken gipsimmobilisatie. "
              "CT 02-2026: geen brugvorming, geen collaps, geen humpback-deformiteit."),
        ("h", "Ingreep"),
        ("p", "Percutane (dorsale) schroeffixatie scaphoid links met headless compressieschroef 2,2 x 22 mm."),
        ("h", "Verloop / beschrijving"),
        ("p", "Rugligging, arm op armtafel, antibiotische profylaxe cefazoline 2 g iv. Desinfectie en steriel "
              "afdekken. Onder doorlichting pols in flexie en pronatie. Stab-incisie dorsaal over de proximale pool. "
              "Voerdraad centraal in de lengteas van het scaphoid ingebracht, positie in twee richtingen en "
              "semi-oblique gecontroleerd. Lengte gemeten, 22 mm. Opboren over de voerdraad; plaatsen van de "
              "compressieschroef, kop volledig verzonken onder het kraakbeen. Goede compressie over de "
              "non-unionzone. Eindcontrole doorlichting: schroef centraal, niet intra-articulair. Voerdraad "
              "verwijderd. Sluiten huid met Ethilon 5-0. Steriel verband en onderarm-duimspalk."),
        ("kv", [("Complicaties", "Geen"), ("Bloedverlies", "Minimaal"), ("PA", "Niet verricht"),
                ("Implantaat", "Headless compressieschroef 2,2 x 22 mm, LOT 74C-2219")], 1),
        ("h", "Nabehandeling"),
        ("p", "Onderarm-duimgips 6 weken. Controle poli na 2 weken (wondcontrole, hechtingen verwijderen). "
              "CT scaphoid links na 12 weken. Handtherapie na gipsperiode."),
        ("sp", 4),
        ("p", "Verslag gedicteerd 14-04-2026; geautoriseerd 15-04-2026 door dr. L.F. Brouwer"),
    ],
    label=dict(kinds=["operation-report"], date="2026-04-14", also_dates=["2026-04-15"], author="specialist",
               language="nl", style="OK-verslag form, bordered four-column header table, headers and footers",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Footer carries a print date (02-11-2026) that is not the document's date. Authorisation date one "
                     "day after the operation. CT mentioned in the indication."))

add(stem="vh-008", fmt="pdf",
    opts=dict(footer="Laboratorium Medische Microbiologie Duin en Polder - Zeestraat 210, 1941 AX Beverwijk - "
                     "RvA M 318", pagenum="Pagina {p} van {n}"),
    blocks=[
        ("logo", "LMM", ["**Laboratorium Medische Microbiologie**", "Duin en Polder",
                         "Zeestraat 210, 1941 AX Beverwijk"], ["Tel. 0251-77 4400", "Uitslagen huisartsen"], "#5b2a86"),
        ("title", "Uitslag microbiologisch onderzoek"),
        ("kv", [("Aanvrager", "P.C. Vos, huisarts, Heemskerk"), ("Labnummer", "26-MB-118304"),
                ("Patiënt", "Aksoy, Y. (dhr.)"), ("Geboortedatum", "27-10-1966"),
                ("Afnamedatum", "26-10-2026"), ("Ontvangstdatum", "27-10-2026"),
                ("Uitslagdatum", "29-10-2026"), ("Status", "Definitief")], 2),
        ("kv", [("Klinische gegevens", "MRSA-screening i.v.m. opname in ziekenhuis in Antalya (Turkije), augustus 2026. "
                                       "Verwijzing naar handkliniek gepland.")], 1),
        ("h", "Onderzoek: MRSA-screening (kweek + PCR)"),
        ("grid", [["Materiaal", "Bepaling", "Uitslag", "Opmerking"],
                  ["Neus (beide neusgaten)", "MRSA-kweek", "MRSA niet aangetoond", ""],
                  ["Keel", "MRSA-kweek", "MRSA niet aangetoond", ""],
                  ["Perineum", "MRSA-kweek", "MRSA niet aangetoond", ""],
                  ["Pool (neus/keel/perineum)", "MRSA-PCR (mecA/mecC)", "Negatief", "Ophoging in selectief bouillon"]],
         [0.28, 0.22, 0.25, 0.25]),
        ("h", "Conclusie"),
        ("p", "Geen MRSA aangetoond in de aangeleverde screeningsmaterialen."),
        ("sp", 4),
        ("p", "Gevalideerd door: dr. E.M. Rutgers, arts-microbioloog, 29-10-2026"),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-10-29", also_dates=["2026-10-26"], author="lab",
               language="nl", style="microbiology lab result, four-column header and result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Clinical information states a hospital admission in Turkey, so treated_abroad yes. Sample date "
                     "26-10 vs report date 29-10; birth date 27-10-1966 between them."))
add(stem="vh-009", fmt="txt", opts=dict(crlf=True),
    text="""GEZONDHEIDSCENTRUM DE VAART                               PROFESSIONELE SAMENVATTING
Vaartweg 60, 9402 LK Assen  tel. 0592-37 11 50
Datum uitdraai: 10-11-2026   Uitgedraaid door: T. Jonker (assistente)
-----------------------------------------------------------------------------------------
Patiënt      : Hofstede-Lammers, G.W. (Gerda)            Geb.: 08-11-1958  (68 jr)  V
Adres        : Kolonistenlaan 31, 9403 BE Assen
BSN          : 117 640 283      Verzekering: Noordzorg Verzekeringen 4400718
Huisarts     : E.K. Meijering
-----------------------------------------------------------------------------------------
ACTUELE EPISODES
ICPC     Omschrijving                                       Begin        Attentie
K86      Hypertensie zonder orgaanbeschadiging              03-2012      
T93      Hypercholesterolemie                               03-2012      
L99.04   Ziekte van Dupuytren rechter hand (D4-D5)          09-2023      *
L87      Ganglion pols links (dorsaal)                      10-2024      
L90      Artrose knie links                                 2019         
P74      Angststoornis (rustig)                             2008         

INACTIEVE EPISODES (selectie)
D88      Appendicitis - appendectomie                       1976 - 1976
X87      Uterusprolaps - vaginale hysterectomie             2011 - 2011
S18      Snijwond duim links                                02-2022 - 03-2022

MEDICATIE (actueel)
  amlodipine 5 mg           1 dd 1 tablet
  atorvastatine 20 mg       1 dd 1 tablet 's avonds
  paracetamol 500 mg        zo nodig 3 dd 2 tabletten
  diclofenacgel 1%          zo nodig 3 dd op knie

INTOLERANTIES / CONTRA-INDICATIES
  Codeïne: misselijkheid (intolerantie, 2014)

UITSLAGEN (laatste)
  RR 138/84 (03-10-2026)   Gewicht 74 kg   Lengte 1,66 m   BMI 26,9
  Chol 5,1  LDL 3,0  (04-2026)   Kreat 71  eGFR >60 (04-2026)

-----------------------------------------------------------------------------------------
JOURNAAL (episode L99.04 Dupuytren rechter hand en L87 ganglion, selectie)
-----------------------------------------------------------------------------------------
14-09-2023 S: sinds een jaar strengen in handpalm rechts, pink gaat krom staan. Geen pijn.
           O: palpabele streng palmair D4 en D5 rechts, extensiedeficit PIP D5 20 gr, MCP 0.
              Tafeltest negatief.
           E: Dupuytren rechter hand, nog geen indicatie voor behandeling.
           P: uitleg, tafeltest zelf controleren, terugkomen bij progressie.
22-02-2025 S: pink kan niet meer plat, haakt achter zakken, hinder bij handschoenen.
           O: extensiedeficit MCP D5 35 gr, PIP D5 40 gr, D4 MCP 20 gr. Tafeltest positief.
           E: progressie Dupuytren rechts.
           P: Verwijzing plastische chirurgie Wilhelmina Zorg Assen (ZorgDomein).
02-04-2025    Brief specialist ontvangen (plastische chirurgie, dr. R.A. Tuinstra): indicatie voor
              partiële fasciëctomie D4-D5 rechts, patiënte akkoord, op wachtlijst.
17-06-2025    Operatie: partiële fasciëctomie D4 en D5 rechter hand (Wilhelmina Zorg Assen,
              dr. Tuinstra). Ontslagbrief/operatieverslag ontvangen 20-06-2025.
30-06-2025 S: wondcontrole, wond aan palmaire zijde nog wat nat.
           O: wond rustig, klein dehiscentie 3 mm, geen roodheid, geen pus.
           E: vertraagde wondgenezing, geen infectie.
           P: droog verbinden, handtherapie loopt (Handtherapie Drenthe), controle 1 week.
07-07-2025    Wond gesloten. Handtherapie continueren, nachtspalk in extensie 3 maanden.
15-10-2024 S: bultje dorsale zijde pols links, soms zeurend bij steunen.
           O: ronde, glad begrensde zwelling 1 cm dorsaal over SL-gebied, doorschijnend bij
              lichtbundel.
           E: ganglion pols links.
           P: Echo pols links aangevraagd (Wilhelmina Zorg Assen, radiologie).
04-11-2024    Uitslag echo pols links: dorsaal ganglion 11 x 8 mm uitgaande van SL-gewricht, geen
              andere afwijkingen. Uitleg aan patiënte, expectatief beleid.
11-03-2026 S: pink rechts gaat weer krom staan, sinds de zomer toenemend.
           O: littekens rustig. Nieuwe streng D5, extensiedeficit PIP D5 30 gr. D4 vrij.
           E: recidief Dupuytren D5 rechts, 9 maanden na fasciëctomie.
           P: aankijken, controle 3 maanden.
19-06-2026 S: pink verder krom, ook nu de ringvinger.
           O: PIP D5 50 gr extensiedeficit, MCP D4 15 gr.
           E: progressief recidief Dupuytren D4-D5 rechts.
           P: Verwijzing plastische chirurgie Wilhelmina Zorg Assen.
25-08-2026    Brief specialist ontvangen (dr. Tuinstra): recidief, mogelijkheden besproken:
              naaldfasciotomie, re-fasciëctomie of dermofasciëctomie met huidtransplantaat.
              Advies: dermofasciëctomie. Patiënte twijfelt.
03-10-2026 S: controle bloeddruk; daarnaast wil ze graag een second opinion over de hand voordat
              ze besluit, zij heeft gelezen over collagenase-injecties.
           O: RR 138/84.
           E: hypertensie goed ingesteld. Recidief Dupuytren, wens second opinion.
           P: medicatie ongewijzigd. Samenvatting en verwijzing second opinion handchirurgie
              voorbereiden. Patiënte vraagt zelf de brieven en het operatieverslag op bij het
              ziekenhuis.
10-11-2026    Verwijzing second opinion handchirurgie via ZorgDomein verstuurd. Samenvatting
              meegegeven.
-----------------------------------------------------------------------------------------
JOURNAAL (overige, laatste 12 maanden, selectie)
-----------------------------------------------------------------------------------------
12-12-2025 S: griepvaccinatie. P: gegeven.
20-01-2026 S: hoest 2 weken, geen koorts. O: longen schoon, sat 98%. E: R05 hoesten.
           P: afwachten, terug bij koorts of benauwdheid.
16-04-2026 S: jaarcontrole CVRM. O: RR 142/86, lab zie uitslagen. E: K86/T93 stabiel.
           P: amlodipine continueren, leefstijladvies.
03-10-2026    zie boven.
-----------------------------------------------------------------------------------------
Einde uitdraai - pagina 1 t/m 3 - vertrouwelijk medisch dossier -
Deze samenvatting is bestemd voor de behandelend arts. Gezondheidscentrum De Vaart.
""",
    label=dict(kinds=["history"], date="2026-11-10", author="gp", language="nl",
               style="HIS printout 'Professionele samenvatting' (plain text, CRLF), episode list with ICPC and SOEP journal",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Print date 10-11-2026 two days after birthday 08-11-1958 on the next line. Journal mentions "
                     "'Brief specialist ontvangen' and a referral but the printout itself is neither a referral nor "
                     "correspondence. Past fasciectomy (hand) plus appendectomy/hysterectomy (other body parts); "
                     "the proposed dermofasciectomy is a plan. Journal not in strict date order."))

add(stem="vh-010", fmt="docx",
    opts=dict(header="Royal Kennet Valley Hospitals NHS Foundation Trust\nTrauma & Orthopaedics - Hand and Wrist Unit",
              footer="Royal Kennet Valley Hospitals NHS Foundation Trust, Castle Hill, Readingford RG9 4QX. "
                     "Switchboard 0118 496 0000. Chair: K. Ashdown  Chief Executive: P. Raines"),
    blocks=[
        ("kv", [("Our ref", "JOR/HW/ML"), ("NHS No", "485 777 3456"), ("Hospital No", "K2291033"),
                ("Clinic date", "28/09/2026"), ("Date typed", "01/10/2026"), ("Consultant", "Mr J. Okonkwo-Reid")], 2),
        ("p", "Dr A. Whitcombe\nMarlow Road Surgery\n14 Marlow Road\nHenley Green\nHG3 7PL"),
        ("sp",),
        ("p", "Dear Dr Whitcombe,"),
        ("p", "**Re: Ms Sophie LANGFORD, DOB 14/07/1990\n22 Orchard Close, Henley Green HG3 8RT**"),
        ("p", "**Diagnosis:** Left distal radius fracture (extra-articular, minimally displaced), sustained 03/07/2026 - united.\n"
              "**Outcome:** Discharged from fracture clinic.\n**Plan:** Self-directed exercises; GP to re-refer if required."),
        ("p", "I reviewed Ms Langford in the hand and wrist fracture clinic today. As you know, she fell from her "
              "bicycle in early July and was seen in our Emergency Department, where radiographs showed a minimally "
              "displaced extra-articular fracture of the left distal radius. She was managed non-operatively in a "
              "below-elbow cast for six weeks and did not require surgery."),
        ("p", "Today's radiographs show a united fracture with acceptable alignment (radial inclination 21 degrees, "
              "volar tilt 6 degrees, ulnar variance neutral). Clinically she has a near-full range of movement; "
              "grip strength is 80% of the right side. She does, however, describe persistent ulnar-sided wrist "
              "discomfort on forearm rotation, without clicking or instability. The DRUJ is stable on testing."),
        ("p", "I have explained that some ulnar-sided discomfort is common in the months after a distal radius "
              "fracture and that I would expect this to settle. Should it persist beyond six months, an MRI "
              "arthrogram could be considered to look at the TFCC; I have not requested this at present."),
        ("p", "Ms Langford tells me that she is relocating to Utrecht in the Netherlands for work in November and "
              "would like copies of her records to take with her. I have given her a copy of this letter and "
              "the radiology reports; the images can be requested from our imaging department on a CD."),
        ("sp",),
        ("p", "Yours sincerely,"),
        ("sp",),
        ("p", "**Mr J. Okonkwo-Reid** FRCS (Tr & Orth)\nConsultant Hand and Upper Limb Surgeon"),
        ("small", "cc: Ms S. Langford (patient)\nDictated 28/09/2026, typed 01/10/2026 by ML. This letter has been "
                  "electronically verified."),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-01", also_dates=["2026-09-28"], author="specialist",
               language="en", style="UK NHS fracture clinic letter (Word), header table with clinic/typed dates",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="UK hospital letter: the hospital that treated her is abroad (ED visit, cast). 'Did not require "
                     "surgery' is a negation; MRI arthrogram only considered, not requested. Dates in dd/mm/yyyy; "
                     "clinic date vs typed date. Moving to NL is not care."))
# ==============================================================================================
# DOCUMENTS 011-020
# ==============================================================================================

add(stem="vh-011", fmt="pdf",
    opts=dict(header="Grenzland-Klinikum Emmerich  -  Klinik für Hand-, Plastische und Rekonstruktive Chirurgie",
              footer="Grenzland-Klinikum Emmerich gGmbH - Wasserstraße 41 - 46446 Emmerich am Rhein - "
                     "Tel. +49 2822 7710-0 - Sitz der Gesellschaft: Emmerich, HRB 4417",
              pagenum="Seite {p} von {n}"),
    blocks=[
        ("logo", "GKE", ["**Grenzland-Klinikum Emmerich**", "Klinik für Hand-, Plastische und", "Rekonstruktive Chirurgie",
                         "Chefarzt: Prof. Dr. med. H.-J. Wennemar"], ["Sekretariat: +49 2822 7710-3410",
                                                                      "Fax: +49 2822 7710-3419"], "#004b87"),
        ("p", "Grenzland-Klinikum Emmerich, Wasserstraße 41, 46446 Emmerich\n\nFrau\nH. Jansen-Roelofs, huisarts\n"
              "Huisartsenpraktijk Liemers\nKerkstraat 9\n6901 AH Zevenaar\nNIEDERLANDE"),
        ("right", "Emmerich, 07.08.2026"),
        ("h", "Entlassungsbrief"),
        ("p", "**Patient:** Herr Bram Geurts, geb. 04.08.1979, wohnhaft Doesburgseweg 3, 6902 PM Zevenaar (NL)\n"
              "**Stationärer Aufenthalt:** 02.08.2026 bis 06.08.2026, Station 4B"),
        ("p", "Sehr geehrte Frau Kollegin,"),
        ("p", "wir berichten über Ihren o.g. Patienten, der sich vom 02.08. bis 06.08.2026 in unserer stationären "
              "Behandlung befand."),
        ("h", "Diagnosen"),
        ("p", "- Dislozierte intraartikuläre distale Radiusfraktur rechts (AO 23-C2) nach Sturz von der Leiter "
              "(Arbeitsunfall, 02.08.2026)\n- Begleitende Fraktur des Processus styloideus ulnae rechts\n"
              "- Nebendiagnosen: arterielle Hypertonie, Z.n. Appendektomie"),
        ("h", "Therapie"),
        ("p", "03.08.2026: Offene Reposition und winkelstabile palmare Plattenosteosynthese distaler Radius rechts."),
        ("h", "Anamnese und Befund bei Aufnahme"),
        ("p", "Der 46-jährige Patient stürzte bei Montagearbeiten in Emmerich aus ca. 2 m Höhe auf die ausgestreckte "
              "rechte Hand. Aufnahme über die Zentrale Notaufnahme. Klinisch Fehlstellung und Schwellung des rechten "
              "Handgelenks, DMS intakt, keine offenen Wunden."),
        ("h", "Bildgebung"),
        ("p", "Röntgen Handgelenk rechts in 2 Ebenen (02.08.2026): dislozierte intraartikuläre distale Radiusfraktur mit "
              "dorsaler Abkippung. CT Handgelenk rechts (02.08.2026): Mehrfragmentfraktur mit Stufenbildung von 2 mm "
              "in der Fossa lunata. Postoperatives Röntgen (04.08.2026): regelrechte Implantatlage."),
        ("h", "Operationsbericht"),
        ("kv", [("OP-Datum", "03.08.2026"), ("Operateur", "Dr. med. S. Kowalczyk, Oberärztin"),
                ("Assistenz", "A. Brüning, Assistenzarzt"), ("Anästhesie", "Intubationsnarkose (Dr. med. F. Ohle)"),
                ("Diagnose", "Distale Radiusfraktur rechts AO 23-C2"),
                ("Eingriff", "Offene Reposition, palmare winkelstabile Plattenosteosynthese (2,4 mm LCP, 3-Loch-Schaft)"),
                ("Blutsperre", "Oberarm, 250 mmHg, 64 Minuten")], 1),
        ("p", "**Bericht:** Rückenlage, Lagerung auf dem Armtisch, Single-Shot-Antibiose mit Cefuroxim 1,5 g i.v. "
              "Hautdesinfektion und sterile Abdeckung. Erweiterter Zugang nach Henry über der FCR-Sehne. Darstellung "
              "und Ablösen des M. pronator quadratus. Darstellung der Fraktur, Ausräumen des Frakturhämatoms. Reposition "
              "unter Bildwandlerkontrolle, temporäre K-Draht-Fixation. Anlage einer 2,4-mm-LCP, Fixation mit "
              "winkelstabilen distalen Schrauben und kortikalen Schaftschrauben. Bildwandlerkontrolle in zwei Ebenen: "
              "Gelenkfläche anatomisch rekonstruiert, keine intraartikuläre Schraubenlage. DRUG stabil. Refixation "
              "des M. pronator quadratus, schichtweiser Wundverschluss, Hautnaht Einzelknopf 4-0. Steriler Verband, "
              "dorsale Unterarmschiene."),
        ("p", "**Komplikationen:** keine."),
        ("h", "Verlauf"),
        ("p", "Komplikationsloser postoperativer Verlauf, reizlose Wundverhältnisse, Schmerzen unter oraler "
              "Analgesie gut beherrscht. Entlassung am 06.08.2026 in die häusliche Umgebung."),
        ("h", "Procedere"),
        ("p", "Unterarmschiene für 2 Wochen, danach funktionelle Nachbehandlung mit Ergotherapie/Handtherapie. "
              "Fadenzug am 14. postoperativen Tag durch den Hausarzt. Röntgenkontrolle nach 6 Wochen. "
              "Eine MRSA-Aufnahmeuntersuchung erfolgte, das Ergebnis war negativ. Der Patient wünscht die "
              "Weiterbehandlung in den Niederlanden."),
        ("p", "Medikation bei Entlassung: Ibuprofen 600 mg 1-1-1 für 5 Tage, Pantoprazol 20 mg 1-0-0, "
              "Metamizol 500 mg bei Bedarf, Ramipril 5 mg 1-0-0 (Vormedikation)."),
        ("sp", 3),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp", 5),
        ("p", "Prof. Dr. med. H.-J. Wennemar          Dr. med. S. Kowalczyk          A. Brüning\n"
              "Chefarzt                                          Oberärztin                           Assistenzarzt"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-08-07", author="specialist", language="de",
               style="German Entlassungsbrief with embedded Operationsbericht section",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Discharge letter from a German hospital containing a full operation description (date, operator, "
                     "procedure, narrative): both correspondence and operation report. Birth date 04.08.1979 is close to "
                     "admission 02.08 and letter 07.08.2026. MRSA result only mentioned. Appendectomy is another body part."))

add(stem="vh-012", fmt="txt",
    text="""NORTHFIELD GENERAL HOSPITAL NHS TRUST - DEPARTMENT OF RADIOLOGY
RIS REPORT (electronic copy)
----------------------------------------------------------------------
Patient:        ACHTERBERG, Daniel (Mr)
DOB:            30/01/1984          Sex: M
NHS number:     612 904 3387        MRN: NGH0448120
Address:        Flat 4, 11 Station Parade, Northfield NF2 6TQ
Referrer:       Dr R. Patel, Emergency Department (ED)
Location:       Emergency Department - Minors
----------------------------------------------------------------------
Examination:    XR WRIST LEFT (2 views) + XR SCAPHOID SERIES LEFT
Accession:      NGH26R0912044
Exam date:      12/10/2026 11:52
Reported:       12/10/2026 18:40
----------------------------------------------------------------------
Clinical details:
FOOSH at 5-a-side football this morning. Tender anatomical snuffbox
and scaphoid tubercle. ?Scaphoid fracture. Right hand dominant.

Report:
No previous imaging available for comparison.
No fracture of the scaphoid is demonstrated on the four-view scaphoid
series. No other carpal fracture. Distal radius and ulna intact.
Normal carpal alignment; scapholunate interval not widened (2 mm).
Minor soft tissue swelling over the radial aspect of the wrist.
Incidental small well-corticated ossicle adjacent to the ulnar styloid,
likely an old ununited ossification centre / old injury.

Conclusion:
No radiographic evidence of acute fracture. Occult scaphoid fracture
cannot be excluded on initial radiographs; if clinical suspicion
persists, suggest repeat scaphoid views at 10-14 days or MRI.

Reported by: Dr H. Venkataraman, Consultant Radiologist (GMC 7720193)
Verified:    12/10/2026 18:44
----------------------------------------------------------------------
This report has been verified electronically. Page 1 of 1
""",
    label=dict(kinds=["imaging-report"], date="2026-10-12", author="radiologist", language="en",
               style="UK RIS radiology report export (plain text)",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="English ED radiograph report from a UK hospital: the patient was seen in an emergency "
                     "department abroad. Suggested repeat views/MRI are recommendations, not done."))

add(stem="vh-013", fmt="docx",
    blocks=[
        ("p", "I.M. Wolters-Bos\nPrinses Julianastraat 28\n8021 ZK Zwolle\ntel. 06-28 14 97 60\ne-mail: ineke.woltersbos@example.nl"),
        ("sp",),
        ("p", "Handkliniek De Brug\nAfdeling second opinion / intake\nRijnhuizerweg 40\n3433 NV Nieuwegein"),
        ("sp",),
        ("p", "Zwolle, 2 november 2026"),
        ("p", "Onderwerp: aanvraag second opinion duim links"),
        ("sp",),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Via mijn handtherapeut hoorde ik over uw kliniek. Ik wil u graag vragen om een second opinion over mijn "
              "linker duim."),
        ("p", "Ik ben op 9 december 2025 in het ziekenhuis in Zwolle geopereerd aan duimbasisartrose links (het "
              "botje is weggehaald en er is een pees gebruikt). Voor de operatie is er een röntgenfoto gemaakt en "
              "later nog een echo omdat ik een bultje had bij het litteken. Nu, bijna een jaar later, heb ik nog "
              "steeds veel pijn bij knijpen en kan ik geen pot openmaken. De chirurg zegt dat ik geduld moet hebben, "
              "maar ik twijfel daaraan."),
        ("p", "Misschien is het goed om te weten: ik ben in september drie weken in Portugal op vakantie geweest. "
              "Ik ben daar niet bij een dokter of in een ziekenhuis geweest."),
        ("p", "Mijn huisarts, dokter Van Dalen, stuurt de verwijsbrief apart naar u toe. Ik heb zelf de brieven van "
              "de plastisch chirurg en het verslag van de handtherapeut bijgevoegd."),
        ("p", "Kunt u mij laten weten of u nog andere papieren nodig heeft?"),
        ("sp",),
        ("p", "Met vriendelijke groet,"),
        ("sp",),
        ("p", "Ineke Wolters-Bos\ngeb. 30-10-1957"),
        ("small", "Bijlagen: 3"),
    ],
    label=dict(kinds=[], date="2026-11-02", author="patient", language="nl",
               style="patient's own letter (Word) asking for a second opinion",
               imaging_done="yes", operated="yes", treated_abroad="no",
               notes="A patient's own request for a second opinion is not a referral. Holiday in Portugal explicitly "
                     "without doctor or hospital. Past thumb operation described in lay terms. Birth date "
                     "30-10-1957 in the signature, three days before the letter date."))

add(stem="vh-014", fmt="pdf",
    opts=dict(footer="Handtherapie IJsseldelta - Assendorperstraat 190 - 8012 EJ Zwolle - 038-4229 511 - "
                     "info@handtherapie-ijsseldelta.example - AGB 04-0877321", pagenum="{p}"),
    blocks=[
        ("logo", "HT", ["**Handtherapie IJsseldelta**", "Gecertificeerd handtherapeuten (CHT-NL)"],
         ["Zwolle, 20-10-2026"], "#c05a00"),
        ("p", "Aan: drs. K. van Dalen, huisarts\nHuisartsenpraktijk Assendorp\nTerpstraat 2\n8012 AX Zwolle"),
        ("sp", 3),
        ("title", "Tussentijds verslag handtherapie"),
        ("kv", [("Cliënt", "Mevr. I.M. Wolters-Bos"), ("Geboortedatum", "30-10-1957"),
                ("Verwijzer", "dr. J.W. Mensink, plastisch chirurg"), ("Diagnose", "Status na trapeziectomie met "
                 "LRTI links (09-12-2025) wegens CMC-1 artrose"),
                ("Behandelperiode", "22-12-2025 t/m heden, 31 behandelingen"), ("Therapeut", "R. Sijbesma, CHT")], 1),
        ("h", "Beloop"),
        ("p", "Mevrouw is op 9 december 2025 geopereerd. Na 4 weken gips is gestart met mobilisatie en een op maat "
              "gemaakte duimorthese. De eerste maanden verliep het herstel volgens verwachting. Sinds ongeveer juni "
              "stagneert de vooruitgang: zij heeft persisterende pijn bij knijp- en pincetgrepen en een "
              "drukpijnlijk gebied aan de basis van het eerste metacarpale. Er is geen zwelling of roodheid."),
        ("h", "Metingen"),
        ("grid", [["", "06-03-2026", "05-06-2026", "15-10-2026"],
                  ["Knijpkracht links (kg)", "9", "15", "14"],
                  ["Key pinch links (kg)", "2,0", "3,5", "3,0"],
                  ["Kapandji links", "7", "9", "9"],
                  ["VAS pijn bij belasting", "6", "4", "6"],
                  ["PRWHE totaal", "71", "52", "58"]], [0.34, 0.22, 0.22, 0.22]),
        ("h", "Conclusie en advies"),
        ("p", "Het herstel stagneert en de pijn neemt weer iets toe. Wij hebben de behandelfrequentie afgebouwd naar "
              "eens per 3 weken. Mevrouw geeft aan een second opinion te willen; wij adviseren haar daarbij dit "
              "verslag mee te nemen. Of aanvullend onderzoek zinvol is, laten wij graag aan de "
              "behandelend arts over."),
        ("sp", 3),
        ("p", "Met vriendelijke groet,\n\nR. Sijbesma\nGecertificeerd handtherapeut / fysiotherapeut"),
        ("small", "cc: dr. J.W. Mensink, plastisch chirurg"),
    ],
    label=dict(kinds=[], date="2026-10-20", author="other", language="nl",
               style="hand therapy interim report with measurement table",
               imaging_done="unmentioned", operated="yes", treated_abroad="unmentioned",
               notes="Hand therapy letter is none of the required kinds even though it reports an operation. "
                     "Imaging is not mentioned (only 'aanvullend onderzoek' left to the doctor). Measurement table "
                     "holds several dates; the letter date is only in the letterhead."))

add(stem="vh-015", fmt="txt",
    text="""Apotheek Westerkwartier                                  MEDICATIEOVERZICHT
Hoofdstraat 55, 9801 AD Zuidhorn   tel 050-5011 344
-----------------------------------------------------------------------------
Afdrukdatum : 30-10-2026 15:02
Patiënt     : Dhr. J. (Jelle) Bosma           Geboren: 19-10-1949
Adres       : Molenlaan 8, 9801 BK Zuidhorn
Huisarts    : W. Ubbens, Zuidhorn
Lengte/gewicht: 1,82 m / 95 kg    Nierfunctie (eGFR): 54 (22-09-2026)
-----------------------------------------------------------------------------
ACTUELE MEDICATIE
Start       Geneesmiddel                        Dosering             Voorschrijver
12-03-2015  METOPROLOLSUCCINAAT 95MG TAB MGA    1x per dag 1 tablet  Ubbens, W (HA)
12-03-2015  ACETYLSALICYLZUUR 80MG TAB DISP     1x per dag 1 tablet  Ubbens, W (HA)
04-07-2018  ATORVASTATINE 40MG TAB              1x per dag 1 tablet  Kroes, M (cardioloog)
04-07-2018  PANTOPRAZOL 40MG TAB MSR            1x per dag 1 tablet  Kroes, M (cardioloog)
21-01-2022  TAMSULOSINE 0,4MG CAPS MGA          1x per dag 1 capsule Ubbens, W (HA)
15-09-2026  PARACETAMOL 1000MG TABLET           3x per dag 1 tablet  Ubbens, W (HA)
15-09-2026  DICLOFENAC GEL 10MG/G               3x per dag dun op    Ubbens, W (HA)
            (rechter pols/duim)

GESTOPTE MEDICATIE (afgelopen 6 maanden)
02-08-2026  NAPROXEN 500MG TAB                  gestopt 16-08-2026 ivm maagklachten
02-08-2026  TRAMADOL 50MG CAPS                  gestopt 09-08-2026, misselijk

OVERGEVOELIGHEDEN / CONTRA-INDICATIES
- Tramadol: misselijkheid (intolerantie, 08-2026)
- Verminderde nierfunctie (eGFR 30-60)
- Gebruik antistolling/plaatjesremmer: ja (acetylsalicylzuur)

OPMERKINGEN
Let op: combinatie NSAID + acetylsalicylzuur - maagbescherming aanwezig.
-----------------------------------------------------------------------------
Dit overzicht is gebaseerd op de gegevens die bij de apotheek bekend zijn.
Geneesmiddelen van andere apotheken of zonder recept kunnen ontbreken.
Apotheker: drs. S.F. Hoekstra                                    pagina 1/1
""",
    label=dict(kinds=[], date="2026-10-30", author="other", language="nl",
               style="pharmacy medication overview (plain text print)",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Pharmacy overview is not a history letter despite dates and prescribers. Birth date "
                     "19-10-1949 near the print date 30-10-2026."))

add(stem="vh-016", fmt="pdf",
    opts=dict(header="Thames Valley Community Pathology - GP Direct Access Service",
              footer="Results are for the requesting clinician. Reference ranges are method specific. TVCP Lab Ref NF-CP-11",
              pagenum="Page {p} of {n}", pagesize=A4),
    blocks=[
        ("title", "Laboratory Report"),
        ("kv", [("Patient", "ACHTERBERG, Daniel"), ("Date of birth", "30/01/1984"),
                ("NHS No", "612 904 3387"), ("Lab No", "CP26-551270"),
                ("Requested by", "Dr L. Ferris, Meadowbank Surgery"), ("Sample type", "Venous blood"),
                ("Collected", "15/10/2026 09:10"), ("Reported", "16/10/2026 14:22")], 2),
        ("p", "Clinical details: Left wrist pain following injury 12/10. Also intermittent swelling MCP joints. "
              "?inflammatory arthritis ?gout."),
        ("h", "Haematology"),
        ("grid", [["Test", "Result", "Units", "Reference range", "Flag"],
                  ["Haemoglobin", "151", "g/L", "130 - 170", ""], ["White cell count", "7.9", "x10^9/L", "4.0 - 11.0", ""],
                  ["Platelets", "288", "x10^9/L", "150 - 400", ""], ["ESR", "9", "mm/hr", "1 - 15", ""]],
         [0.3, 0.15, 0.15, 0.25, 0.15]),
        ("h", "Clinical Chemistry / Immunology"),
        ("grid", [["Test", "Result", "Units", "Reference range", "Flag"],
                  ["CRP", "<4", "mg/L", "0 - 5", ""], ["Urate", "0.46", "mmol/L", "0.20 - 0.42", "H"],
                  ["Rheumatoid factor", "<10", "IU/mL", "0 - 14", ""], ["Anti-CCP antibodies", "1.2", "U/mL", "< 7.0", ""],
                  ["Creatinine", "84", "umol/L", "59 - 104", ""], ["eGFR", ">90", "mL/min/1.73m2", "", ""]],
         [0.3, 0.15, 0.15, 0.25, 0.15]),
        ("p", "Comment: Mildly raised urate. Inflammatory markers normal. RF and anti-CCP negative."),
        ("p", "Authorised by: S. Oduya, Biomedical Scientist, 16/10/2026"),
    ],
    label=dict(kinds=[], date="2026-10-16", also_dates=["2026-10-15"], author="lab", language="en",
               style="UK community pathology blood results, tables",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Other lab result (blood), not MRSA. A GP direct-access lab in the UK; the document does not "
                     "itself say the patient was treated in a hospital. Collection vs report date."))

add(stem="vh-017", fmt="docx",
    opts=dict(footer="Ziekenhuis Amstelveld - Laan van de Helende Meesters 501, 1186 AM Amstelveen - "
                     "Afsprakenbureau Radiologie 020-5623 400"),
    blocks=[
        ("logo", "ZA", ["**Ziekenhuis Amstelveld**", "Afdeling Radiologie en Nucleaire Geneeskunde"],
         ["Patiëntnummer: 8841-2026-77", "Datum: 12 oktober 2026"]),
        ("p", "Mevrouw N. Ouali\nVan der Hooplaan 117\n1185 LB Amstelveen"),
        ("sp",),
        ("p", "Betreft: afspraak MRI-onderzoek\nGeboortedatum: 01-10-1993"),
        ("p", "Geachte mevrouw Ouali,"),
        ("p", "Uw behandelend arts, dr. E. Lindqvist (orthopedie), heeft een MRI-onderzoek van uw linker pols voor u "
              "aangevraagd. Wij hebben de volgende afspraak voor u gemaakt:"),
        ("kv", [("Onderzoek", "MRI pols links"), ("Datum", "dinsdag 27 oktober 2026"), ("Tijd", "08:40 uur (graag 15 minuten "
                "eerder aanwezig)"), ("Locatie", "Route 14, MRI 2, begane grond")], 1, True),
        ("h", "Voorbereiding"),
        ("p", "U hoeft niet nuchter te zijn. Neem uw legitimatiebewijs en de ingevulde metaalvragenlijst mee. Draag "
              "geen sieraden. Heeft u een pacemaker, neurostimulator, metalen splinters in het oog of bent u "
              "zwanger? Neem dan vóór het onderzoek contact met ons op."),
        ("p", "Het onderzoek duurt ongeveer 30 minuten. De uitslag krijgt u van uw behandelend arts tijdens uw "
              "vervolgafspraak op de polikliniek orthopedie."),
        ("p", "Kunt u niet komen? Bel dan uiterlijk 24 uur van tevoren. Bij niet afmelden kunnen kosten in rekening "
              "worden gebracht."),
        ("sp",),
        ("p", "Met vriendelijke groet,\n\nAfsprakenbureau Radiologie"),
        ("small", "Bijlage: metaalvragenlijst MRI"),
    ],
    label=dict(kinds=[], date="2026-10-12", author="other", language="nl",
               style="hospital appointment letter (Word) with logo table and appointment box",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="An MRI is only requested and scheduled (27-10-2026), not done: imaging unmentioned. The "
                     "appointment date is not the letter date. Birth date 01-10-1993 close to the letter date."))

add(stem="vh-018", fmt="pdf",
    opts=dict(footer="Handkliniek Eemland - Stadsring 160 - 3811 HT Amersfoort - form HKE-F12 v3 (2026)",
              pagenum="Page {p}/{n}"),
    blocks=[
        ("logo", "HKE", ["**Handkliniek Eemland**", "Hand & Wrist Clinic - International desk"], ["Form HKE-F12"], "#00857c"),
        ("title", "Consent to request medical records"),
        ("p", "Please complete this form in block capitals and return it signed. We need your permission to request "
              "your records from other hospitals and practitioners before your second-opinion appointment can be "
              "booked."),
        ("h", "1. Patient details"),
        ("kv", [("Surname", "LANGFORD"), ("First name(s)", "SOPHIE ANNE"), ("Date of birth", "14/07/1990"),
                ("Address", "WITTEVROUWENKADE 8-II, 3512 CR UTRECHT"), ("Telephone", "+31 6 1552 0398"),
                ("E-mail", "s.langford@example.com")], 2, True),
        ("h", "2. Your treatment so far"),
        ("p", "Have you been treated in or admitted to a hospital outside the Netherlands in the last 12 months?\n"
              "[X] Yes    [ ] No\nIf yes, where: ROYAL KENNET VALLEY HOSPITAL (UK) - EMERGENCY DEPT + FRACTURE CLINIC, JULY-SEPT 2026"),
        ("p", "Have you had an operation on the hand or wrist for which you are seeking a second opinion?\n"
              "[ ] Yes    [X] No"),
        ("p", "Which investigations were done? [X] X-ray  [ ] Ultrasound  [ ] CT  [ ] MRI  [ ] None / don't know"),
        ("h", "3. I authorise Handkliniek Eemland to request"),
        ("p", "[X] clinic letters    [X] imaging reports and images (CD)    [ ] operation reports    [ ] laboratory results\n"
              "from: ROYAL KENNET VALLEY HOSPITALS NHS FT, READINGFORD, UK; HUISARTSENPRAKTIJK OUDWIJK, UTRECHT (GP)"),
        ("h", "4. Signature"),
        ("kv", [("Signature", "S. Langford (signed)"), ("Date", "09/11/2026")], 2),
        ("small", "Office use only: received ____  checked by ____  scanned into EPD ____"),
    ],
    label=dict(kinds=[], date="2026-11-09", author="patient", language="en",
               style="clinic consent / records-request form with tick boxes, filled in",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Consent form, none of the kinds. Tick boxes carry the facts: treated in a UK hospital (yes), no "
                     "operation (no), X-ray done. Unticked boxes for other modalities must not count."))

add(stem="vh-019", fmt="pdf",
    opts=dict(footer="Diagnostisch Centrum Zaanstreek - Prins Bernhardplein 12 - 1502 AA Zaandam - afspraken 075-6509 120",
              pagenum="formulier DCZ-RX-01  |  {p}/{n}"),
    blocks=[
        ("logo", "DCZ", ["**Diagnostisch Centrum Zaanstreek**", "Röntgen - Echografie - Lab"],
         ["Aanvraagformulier", "beeldvormend onderzoek"], "#3b6e8f"),
        ("title", "Aanvraag röntgen / echografie"),
        ("kv", [("Naam patiënt", "Mw. C.J. Stuurman"), ("Geboortedatum", "08-10-1948"),
                ("BSN", "144 208 931"), ("Verzekeraar", "Zorgcollectief ZVN"),
                ("Aanvrager", "K. Reinders, huisarts"), ("AGB", "01-040917"),
                ("Praktijk", "Huisartsen Rosmolenbuurt, Zaandam"), ("Datum aanvraag", "06-10-2026")], 2, True),
        ("h", "Gevraagd onderzoek"),
        ("p", "[X] X-hand rechts (2 richtingen)    [X] X-pols rechts    [ ] X-scaphoidserie    [ ] Echo"),
        ("h", "Klinische gegevens"),
        ("p", "Sinds 6 weken pijn en zwelling MCP-2 en MCP-3 rechts, ochtendstijfheid < 30 min. Geen trauma. "
              "Eerdere operaties in dit gebied: nee."),
        ("h", "Vraagstelling"),
        ("p", "Artrose? Chondrocalcinose (hemochromatose-arthropathie)? Erosies?"),
        ("kv", [("Zwangerschap", "n.v.t."), ("Uitslag naar", "aanvrager"), ("Spoed", "nee")], 2),
        ("sp", 4),
        ("p", "Handtekening aanvrager: K. Reinders"),
    ],
    label=dict(kinds=[], date="2026-10-06", author="gp", language="nl",
               style="radiology request form (tick boxes, bordered fields)",
               imaging_done="unmentioned", operated="no", treated_abroad="unmentioned",
               notes="A radiology request form with 'Vraagstelling' is neither a referral nor a radiology report; the "
                     "X-rays are only requested. 'Eerdere operaties in dit gebied: nee' negates surgery. Birth date "
                     "08-10-1948 two days after the request date."))

add(stem="vh-020", fmt="docx",
    opts=dict(footer="Hausarztpraxis Dr. med. Ulrike Brandtner - Fachärztin für Allgemeinmedizin - Nordring 17 - "
                     "46399 Bocholt - Tel. +49 2871 21 83 40 - BSNR 191773300 - LANR 448120601"),
    blocks=[
        ("p", "**Dr. med. Ulrike Brandtner**\nFachärztin für Allgemeinmedizin\nNordring 17, 46399 Bocholt"),
        ("sp",),
        ("p", "Handkliniek Eemland\nz. Hd. Abteilung Hand- und Handgelenkchirurgie\nStadsring 160\n3811 HT Amersfoort\nNiederlande"),
        ("sp",),
        ("right", "Bocholt, den 16.11.2026"),
        ("p", "**Überweisung zur Zweitmeinung - Handchirurgie**\n"
              "Patient: Herr Marco Tensing, geb. 12.11.1971, Schwanenstraße 4, 46399 Bocholt\n"
              "Versicherung: Gesundheitskasse Westmünsterland (Versichertennr. T448120577); Grenzgänger, zusätzlich in NL versichert"),
        ("p", "Sehr geehrte Kolleginnen und Kollegen,"),
        ("p", "ich überweise Ihnen Herrn Tensing mit der Bitte um eine Zweitmeinung."),
        ("p", "Herr Tensing leidet seit 2023 an einer Rhizarthrose rechts (Eaton-Stadium III). Nach erfolgloser "
              "konservativer Therapie (Orthese, zwei Kortisoninfiltrationen) erfolgte am 10.02.2026 in der Klinik für "
              "Handchirurgie des St.-Lamberti-Hospitals Borken eine Resektionsarthroplastik (Trapezektomie mit "
              "APL-Suspensionsplastik) rechts. Seitdem persistieren belastungsabhängige Schmerzen am Daumensattel, "
              "die Kraft ist deutlich reduziert. In der Röntgenkontrolle vom 14.09.2026 zeigt sich laut Befund eine "
              "Proximalisierung des ersten Mittelhandknochens mit Kontakt zum Skaphoid."),
        ("p", "Die behandelnde Klinik empfiehlt eine Revisionsoperation, alternativ wurde eine Daumensattelgelenk"
              "prothese diskutiert. Der Patient arbeitet in Winterswijk und möchte sich vor einer erneuten "
              "Operation in Ihrer Klinik vorstellen."),
        ("p", "**Fragestellung:** Wir bitten um Ihre Zweitmeinung zur Ursache der persistierenden Beschwerden und zu "
              "den weiteren Therapieoptionen (Revisions-OP, Prothese oder weiteres konservatives Vorgehen)."),
        ("p", "Vorerkrankungen: Diabetes mellitus Typ 2 (Metformin), Z.n. Leistenhernien-OP links 2019.\n"
              "Allergien: Penicillin (Exanthem)."),
        ("p", "Die Befunde (OP-Bericht vom 10.02.2026, Arztbriefe und Röntgenbefund) liegen bei."),
        ("sp",),
        ("p", "Mit freundlichen kollegialen Grüßen"),
        ("sp",),
        ("p", "Dr. med. U. Brandtner"),
    ],
    label=dict(kinds=["referral"], date="2026-11-16", author="gp", language="de",
               style="German GP referral letter (Überweisung) to a Dutch clinic, Word",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="German GP letter: the earlier operation took place in a German hospital, i.e. outside the "
                     "Netherlands, so treated_abroad yes. Revision surgery and prosthesis are plans. Birth date "
                     "12.11.1971 four days before the letter date. Hernia surgery is another body part. A one-line "
                     "'Vorerkrankungen' list is no history section with recent treatments."))
# ==============================================================================================
# DOCUMENTS 021-030
# ==============================================================================================

add(stem="vh-021", fmt="txt",
    text="""Radiologische Gemeinschaftspraxis am Markt
Dr. med. C. Hüsing - Dr. med. T. Overbeck - Fachärzte für Radiologie
Markt 9 | 48599 Gronau (Westf.) | Tel. +49 2562 91 77 0 | Fax +49 2562 91 77 29
________________________________________________________________________________

Herrn Dr. med. K. Albers
Zentrale Notaufnahme / Unfallchirurgie
Klinikum Gronau-Epe
Bahnhofstraße 50
48599 Gronau

                                                            Gronau, 06.10.2026

Patientin:  Rosendahl, Anke          geb.: 22.06.1986
            Kiefernweg 3, 48599 Gronau
Untersuchung vom: 05.10.2026
Untersuchung:     MRT des rechten Handgelenks, nativ

Sehr geehrter Herr Kollege Albers,

vielen Dank für die Überweisung Ihrer Patientin.

Rechtfertigende Indikation / Fragestellung:
Z.n. Sturz auf die rechte Hand vor 6 Wochen, Erstversorgung in Ihrer ZNA,
Röntgen damals ohne Frakturnachweis. Persistierende dorsale Schmerzen.
SL-Bandläsion? Okkulte Skaphoidfraktur?

Technik:
1,5 T, Handgelenkspule. PD fs cor/ax/sag, T1 cor, T2* cor.
Keine Voruntersuchung im eigenen Haus zum Vergleich.

Befund:
Os scaphoideum ohne Frakturlinie, kein Knochenmarködem, regelrechte
Signalgebung. Kein Ödem im Os lunatum oder triquetrum. Das skapholunäre
Band zeigt im dorsalen Anteil eine Signalanhebung mit Ausdünnung und
partieller Kontinuitätsunterbrechung; palmarer und membranöser Anteil
erhalten. Skapholunärer Abstand in der koronaren Schicht 2,5 mm.
Kein DISI-Stellung (SL-Winkel in der sagittalen Rekonstruktion ca. 55 Grad).
TFCC unauffällig. Dezenter Gelenkerguss radiokarpal. Kleines dorsales
Ganglion (6 mm) in Nachbarschaft des SL-Bandes. Sehnen unauffällig.

Beurteilung:
1. Partialruptur des dorsalen Anteils des skapholunären Bandes rechts,
   keine statische Instabilität.
2. Kein Nachweis einer okkulten Skaphoidfraktur.
3. Kleines dorsales Ganglion, am ehesten reaktiv.

Mit freundlichen kollegialen Grüßen

Dr. med. T. Overbeck
Facharzt für Radiologie
(elektronisch erstellt, ohne Unterschrift gültig)
""",
    label=dict(kinds=["imaging-report"], date="2026-10-06", also_dates=["2026-10-05"], author="radiologist",
               language="de", style="German radiology practice Befund letter (plain text)",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="German radiology report in letter form addressed to an emergency department; the patient was "
                     "first treated in a German ZNA. Fragestellung is the requester's question. Exam 05.10 vs report "
                     "06.10.2026; the earlier X-ray is a past event too."))

add(stem="vh-022", fmt="pdf",
    opts=dict(footer="MVZ Labor Niederrhein GmbH - Fachbereich Mikrobiologie, Virologie und Infektionsepidemiologie - "
                     "Hafenstraße 88 - 47533 Kleve - Tel. +49 2821 59 11-0", pagenum="Seite {p} / {n}"),
    blocks=[
        ("logo", "MVZ", ["**MVZ Labor Niederrhein**", "Mikrobiologie - Hygiene - Infektiologie"],
         ["Befundbericht", "Auftragsnr. 2608021177"], "#7a0019"),
        ("kv", [("Einsender", "Grenzland-Klinikum Emmerich, Station 4B (Handchirurgie)"),
                ("Patient", "Geurts, Bram"), ("Geb.-Datum", "04.08.1979"),
                ("Entnahme", "02.08.2026 18:30"), ("Eingang", "02.08.2026 21:05"),
                ("Befunddatum", "04.08.2026"), ("Befundstatus", "Endbefund")], 1),
        ("h", "Untersuchungsanlass"),
        ("p", "MRSA-Aufnahmescreening gemäß KRINKO-Empfehlung (stationäre Aufnahme, Unfallchirurgie/Handchirurgie)."),
        ("h", "Ergebnisse"),
        ("grid", [["Material", "Untersuchung", "Ergebnis"],
                  ["Nasenvorhof-Abstrich bds.", "MRSA-Kultur (chromogener Agar)", "kein MRSA nachgewiesen"],
                  ["Rachenabstrich", "MRSA-Kultur (chromogener Agar)", "kein MRSA nachgewiesen"],
                  ["Leistenabstrich", "MRSA-Kultur (chromogener Agar)", "kein MRSA nachgewiesen"]], [0.32, 0.36, 0.32]),
        ("h", "Beurteilung"),
        ("p", "Im Aufnahmescreening kein Nachweis von Methicillin-resistentem Staphylococcus aureus (MRSA)."),
        ("p", "Hinweis: Ein negatives Screening schließt eine spätere Besiedelung nicht aus."),
        ("sp", 3),
        ("p", "Dr. med. J. Terhorst, Fachärztin für Mikrobiologie, Virologie und Infektionsepidemiologie\n"
              "Technisch validiert: B. Lemke (MTL) - medizinisch validiert: 04.08.2026"),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-08-04", also_dates=["2026-08-02"], author="lab", language="de",
               style="German microbiology Befundbericht, one-column header + result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Admission screening in a German hospital: proves a stay in a hospital abroad. Real MRSA result, "
                     "but taken at admission abroad, months before a Dutch referral, so likely too old for the "
                     "60-day window. Birth date 04.08.1979 equals the result date's day/month."))

add(stem="vh-023", fmt="docx", opts=dict(letter=True,
    header="BAYVIEW MEDICAL CENTER - Department of Orthopaedic Surgery, Hand & Upper Extremity Service\n"
           "4100 Harborview Blvd, Tampa, FL 33611  |  Tel (813) 555-0142",
    footer="CONFIDENTIAL - Protected Health Information. Printed copy provided to patient on request."),
    blocks=[
        ("title", "OPERATIVE REPORT"),
        ("kv", [("Patient", "HULSHOF, PIETER-JAN"), ("MRN", "BMC-00917734"), ("DOB", "03/22/1977"),
                ("Date of Surgery", "06/18/2026"), ("Surgeon", "Rachel M. Duarte, MD"),
                ("Assistant", "Kevin O'Hare, PA-C"), ("Anesthesia", "General (LMA) + ultrasound-guided infraclavicular block"),
                ("Anesthesiologist", "Samuel Iwu, MD")], 2, True),
        ("p", "**PREOPERATIVE DIAGNOSIS:** Right ring finger flexor digitorum profundus avulsion (jersey finger), "
              "Leddy-Packer type I, injury date 06/14/2026."),
        ("p", "**POSTOPERATIVE DIAGNOSIS:** Same."),
        ("p", "**PROCEDURE:** Repair of right ring finger FDP tendon to distal phalanx with two 1.7 mm suture anchors."),
        ("p", "**INDICATIONS:** 49-year-old right-hand-dominant male, in Florida on a work assignment, who injured "
              "his right ring finger while grabbing a jersey during a recreational soccer game. He was seen in our "
              "emergency department the same evening. Preoperative radiographs showed no bony fragment. He was "
              "unable to flex the DIP joint. Risks, benefits and alternatives were discussed and informed consent "
              "was obtained."),
        ("p", "**FINDINGS:** Complete avulsion of FDP from the distal phalanx; tendon stump retracted to the level of "
              "the PIP joint, vincula disrupted. A2 and A4 pulleys intact."),
        ("p", "**DESCRIPTION OF PROCEDURE:** The patient was identified in the preoperative area and the right ring finger "
              "was marked. After induction of general anesthesia and block, the right upper extremity was prepped and "
              "draped in the usual sterile fashion. Cefazolin 2 g IV was given. The arm was exsanguinated and the "
              "tourniquet inflated to 250 mmHg. A Bruner incision was made from the DIP to the proximal phalanx. The "
              "retracted tendon was retrieved through a window between A2 and A4 pulleys using a pediatric feeding "
              "tube and passed under the A4 pulley. The footprint on the distal phalanx was prepared with a rongeur. "
              "Two 1.7 mm suture anchors were placed under fluoroscopy and the tendon was secured with a locking "
              "configuration. Passive flexion-extension confirmed secure repair. The tourniquet was released after "
              "42 minutes; hemostasis was obtained. The skin was closed with 5-0 nylon. A dorsal blocking splint was "
              "applied with the wrist in 20 degrees of flexion."),
        ("p", "**ESTIMATED BLOOD LOSS:** Minimal.   **SPECIMENS:** None.   **COMPLICATIONS:** None.\n"
              "**DISPOSITION:** Discharged home from PACU in stable condition."),
        ("p", "**POSTOPERATIVE PLAN:** Dorsal blocking splint; early protected motion protocol with hand therapy to start "
              "at 3-5 days. The patient plans to return to the Netherlands in July and will continue therapy there. "
              "Follow-up visit 06/25/2026 for wound check."),
        ("sp",),
        ("p", "Electronically signed: Rachel M. Duarte, MD  06/19/2026 07:58\nDictated 06/18/2026  Transcribed 06/19/2026 (job 77120)"),
    ],
    label=dict(kinds=["operation-report"], date="2026-06-18", also_dates=["2026-06-19"], author="specialist",
               language="en", style="US operative report (Word, Letter size), header table",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="US date format mm/dd/yyyy (06/18/2026; DOB 03/22/1977). Surgery date vs signature/transcription "
                     "date. ED visit and surgery in the USA: treated abroad."))

add(stem="vh-024", fmt="pdf",
    opts=dict(header="LYKIA COAST PRIVATE HOSPITAL - ANTALYA - Orthopaedics and Traumatology",
              footer="Certified translation - Sworn translator Ayse Demirel-Bakker, reg. no. TR-NL 2291 - "
                     "translated 05.09.2026", pagenum="Page {p} of {n}"),
    blocks=[
        ("logo", "LCH", ["**Lykia Coast Private Hospital**", "Konyaalti Cad. No: 118, 07070 Antalya, Türkiye",
                         "Tel +90 242 555 0190"], ["EPICRISIS / DISCHARGE SUMMARY", "(English translation)"], "#b22222"),
        ("kv", [("Patient name", "YUSUF AKSOY"), ("Date of birth", "27.10.1966"),
                ("Nationality", "Netherlands"), ("Passport no.", "NX8L4F2P1"),
                ("Protocol no.", "2026/08/33105"), ("Department", "Orthopaedics and Traumatology"),
                ("Admission date", "11.08.2026"), ("Discharge date", "14.08.2026")], 2, True),
        ("h", "Diagnosis"),
        ("p", "S52.5 - Fracture of lower end of left radius (intra-articular), closed.\nAbrasions left forearm and knee."),
        ("h", "Complaint and history"),
        ("p", "The patient, a tourist from the Netherlands, was brought to our emergency service after a scooter "
              "accident on 11.08.2026. He complained of pain, swelling and deformity of the left wrist. No loss of "
              "consciousness. Medical history: hypertension (amlodipine). No known allergies."),
        ("h", "Examinations"),
        ("p", "Left wrist X-ray (AP/lateral) and CT: comminuted intra-articular distal radius fracture with dorsal "
              "displacement. Chest X-ray normal. Laboratory values within normal limits."),
        ("h", "Treatment and course"),
        ("p", "Closed reduction under sedation was attempted in the emergency service but was not acceptable. The "
              "patient was admitted to the orthopaedic ward and operated on 12.08.2026 (open reduction and internal "
              "fixation with a volar locking plate). Operative details are given in the separate operation note, "
              "which the patient has received. Postoperative X-rays showed acceptable reduction. The course was "
              "uneventful; he was discharged on the third postoperative day with a below-elbow splint."),
        ("h", "Recommendations"),
        ("p", "Splint for 2 weeks, suture removal on day 12-14, physiotherapy, orthopaedic follow-up in his home country "
              "with control X-rays at 6 weeks. Cefuroxime axetil 500 mg 2x1 for 5 days, paracetamol 500 mg as needed."),
        ("sp", 3),
        ("p", "Responsible physician: Op. Dr. Mert Kilicarslan, Orthopaedics and Traumatology Specialist\n"
              "Date: 14.08.2026   (signed and stamped in the original)"),
        ("sp", 3),
        ("small", "I, the undersigned sworn translator, certify that this is a true and complete translation of the "
                  "Turkish original submitted to me. Utrecht, 05.09.2026."),
    ],
    label=dict(kinds=["correspondence"], date="2026-08-14", also_dates=["2026-09-05"], author="specialist",
               language="en", style="translated Turkish private-hospital discharge summary (epicrisis)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Discharge summary from a hospital abroad; says he was operated but gives no operator or "
                     "operative description (refers to a separate operation note), so not an operation report. "
                     "Translation date 05.09.2026 differs from the discharge date. Dates dd.mm.yyyy."))

add(stem="vh-025", fmt="pdf",
    opts=dict(footer="AZ Kempenheide vzw - campus Lommel - Kerkhofstraat 120 - 3920 Lommel - tel. +32 11 55 40 00 - "
                     "RPR Antwerpen, afdeling Hasselt - ondernemingsnr. 0431.990.118", pagenum="{p}/{n}"),
    blocks=[
        ("logo", "AZK", ["**AZ Kempenheide**", "Dienst Orthopedie en Traumatologie", "Raadpleging Handchirurgie"],
         ["dr. Pieter-Jan Vervoort", "Orthopedisch chirurg", "RIZIV 1-44871-22-580", "tel. +32 11 55 42 30"], "#006a4e"),
        ("p", "Aan dr. W. Claessens, huisarts\nHuisartsenpraktijk De Hoef\nMarkt 21\n5551 CA Valkenswaard\nNederland"),
        ("right", "Lommel, 16 oktober 2026"),
        ("p", "**Betreft:** mevrouw Romy van Esch (° 11/10/1999), Eindhovenseweg 41, 5552 AB Valkenswaard\n"
              "Raadpleging van 14/10/2026"),
        ("p", "Geachte collega,"),
        ("p", "Ik zag uw patiënte, die in Lommel werkt als logistiek medewerker, op mijn raadpleging handchirurgie. "
              "Zij werd op 2 september 2026 op onze spoedgevallendienst gezien na een val op de rechter pols op het "
              "werk; de RX van de pols toonde toen geen fractuur. Sindsdien merkt zij een zwelling aan de volaire "
              "zijde van de pols met pijn bij dorsiflexie."),
        ("h", "Klinisch onderzoek"),
        ("p", "Ronde, soepele zwelling van ca. 1,5 cm radiovolair ter hoogte van de pols, niet drukpijnlijk, "
              "Allen-test normaal. Goede sensibiliteit. Volledige mobiliteit, lichte pijn bij geforceerde extensie."),
        ("h", "Technische onderzoeken"),
        ("p", "Echografie van de rechter pols van 14/10/2026 (dienst medische beeldvorming, zie apart protocol): "
              "volair ganglion uitgaande van het radioscafoïdaal gewricht, in nauw contact met de a. radialis."),
        ("h", "Besluit"),
        ("p", "Volair ganglion rechter pols, posttraumatisch ontstaan. Er werd geen chirurgie verricht. Gezien de "
              "nabijheid van de a. radialis raad ik een aspiratie af. Ik heb een chirurgische excisie voorgesteld; "
              "patiënte wenst eerst een second opinion in Nederland, dichter bij huis. Ik geef haar het "
              "echoprotocol en de beelden mee."),
        ("sp", 3),
        ("p", "Met collegiale groeten,\n\ndr. Pieter-Jan Vervoort\northopedisch chirurg"),
        ("small", "c.c.: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-10-16", author="specialist", language="nl",
               style="Belgian (Flemish) consultation letter, 'raadpleging', 'Besluit', ° birth date",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Belgian hospital letter: emergency visit and consultation in Belgium, so treated abroad. "
                     "'Er werd geen chirurgie verricht' negates surgery; excision only proposed. Birth date written "
                     "with a degree sign, dd/mm/yyyy, and close to the consultation date."))

add(stem="vh-026", fmt="pdf",
    opts=dict(header="AZ Kempenheide - campus Lommel - Dienst Medische Beeldvorming - tel. +32 11 55 46 00",
              footer="Dit protocol werd elektronisch gevalideerd. Beelden beschikbaar via het regionaal beeldportaal "
                     "of op CD op aanvraag."),
    blocks=[
        ("kv", [("Patiënt", "VAN ESCH Romy"), ("Geboortedatum", "11/10/1999"),
                ("Patiëntnummer", "K0991442"), ("Aanvragend arts", "dr. P.-J. Vervoort (orthopedie)"),
                ("Onderzoek", "Echografie pols rechts"), ("Datum onderzoek", "14/10/2026")], 2),
        ("h", "Klinische inlichtingen"),
        ("p", "Zwelling volair rechter pols sinds val (02/09/2026). Ganglion? Andere?"),
        ("h", "Protocol"),
        ("p", "Radiovolair ter hoogte van het radioscafoïdaal gewricht een goed begrensde, anechogene, licht "
              "gelobde structuur van 15 x 9 x 8 mm met posterieure versterking, zonder interne vascularisatie bij "
              "doppleronderzoek. Een smalle steel is te volgen naar het radioscafoïdaal gewricht. De structuur "
              "ligt in nauw contact met de arteria radialis, die licht verplaatst wordt maar normaal doorgankelijk "
              "is. Geen tenosynovitis van de flexor carpi radialis. Geen synovitis radiocarpaal."),
        ("h", "Besluit"),
        ("p", "Volair ganglion (15 mm) uitgaande van het radioscafoïdaal gewricht, in contact met de a. radialis."),
        ("sp", 3),
        ("p", "dr. Annelies Goossens, radioloog\nGevalideerd op 14/10/2026 om 15:37"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-10-14", author="radiologist", language="nl",
               style="Belgian 'medische beeldvorming' protocol, no title, two-column header",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="No title line; kind follows from Protocol/Besluit and radiologist signature. Belgian hospital, "
                     "so treated abroad. Birth date 11/10/1999 three days before the exam date."))

add(stem="vh-027", fmt="txt",
    text="""LABPORTAAL - UITSLAGEN MEDISCHE MICROBIOLOGIE             Export: 2026-11-03 16:20
Noordkust Diagnostiek | Afdeling Medische Microbiologie en Infectiepreventie
============================================================================
Patiënt        : EL IDRISSI, S. (mw.)
Geboortedatum  : 1978-11-04        Geslacht: V
BSN            : 233 851 627
Aanvrager      : M.H. Dijkstra, huisarts, Huisartsenpraktijk Oranjewijk, Leeuwarden
Kopie aan      : -
Ordernummer    : MB26-771903
Afnamedatum    : 2026-10-30 10:45
Ontvangen      : 2026-10-30 15:10
Status         : DEFINITIEF  (voorlopige uitslag telefonisch doorgegeven 2026-11-01)
Uitslagdatum   : 2026-11-03
----------------------------------------------------------------------------
Klinische gegevens:
  Opgenomen geweest in ziekenhuis in Nador (Marokko), sept 2026, wegens
  handletsel. Screening voorafgaand aan second opinion handchirurgie.
----------------------------------------------------------------------------
ONDERZOEK: MRSA-screening (kweek)

Materiaal        Uitslag
---------------  -----------------------------------------------------------
Neus             MRSA AANGETOOND  (Staphylococcus aureus, meticilline-resistent)
Keel             MRSA AANGETOOND
Perineum         MRSA niet aangetoond

Gevoeligheid isolaat (neus):
  Antibioticum           MIC (mg/L)   Interpretatie
  Flucloxacilline        >2           R
  Cefoxitine screen      pos          R
  Clindamycine           0,12         S
  Co-trimoxazol          <=10         S
  Doxycycline            0,5          S
  Mupirocine             <=1          S
  Fusidinezuur           0,25         S
  Vancomycine            1            S
  mecA-PCR               positief

Typering: spa-type volgt (referentielaboratorium).

CONCLUSIE: MRSA-drager (neus en keel). Conform LCI-richtlijn
dekolonisatiebehandeling overwegen; contact opnemen met arts-microbioloog.
Melding aan afdeling infectiepreventie: ja.

Gevalideerd: dr. R.T. Wijbenga, arts-microbioloog - 2026-11-03 14:52
============================================================================
""",
    label=dict(kinds=["mrsa-screening"], date="2026-11-03", also_dates=["2026-10-30"], author="lab", language="nl",
               style="lab portal plain-text export with ISO dates and susceptibility table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Positive MRSA result (carrier: cannot be operated at the clinic). Clinical information states "
                     "an admission in Morocco. Export timestamp, sample date, provisional and final dates all differ; "
                     "birth date 1978-11-04 one day after the result date."))

add(stem="vh-028", fmt="docx",
    opts=dict(header="Medisch Centrum Waterrijk - Purmerend\nAfdeling Plastische, Reconstructieve en Handchirurgie",
              footer="Medisch Centrum Waterrijk | Waterlandlaan 250 | 1441 RN Purmerend | 0299-45 77 00 | www.mcwaterrijk.example"),
    blocks=[
        ("kv", [("Aan", "A. Smit, huisarts\nHuisartsenpraktijk Weidevenne\nSaturnus 4\n1446 XR Purmerend"),
                ("Datum", "04-06-2026"), ("Kenmerk", "PLCH-KB-2026-1182"),
                ("Betreft", "Dhr. R. (Rik) Zwaan, geboren 02-06-1983, patiëntnr. 1204488")], 1, True),
        ("title", "Klinische brief / ontslagbrief"),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënt was van 01-06-2026 tot 03-06-2026 opgenomen op de afdeling chirurgie (kort verblijf)."),
        ("h", "Opnamediagnose"),
        ("p", "Snijletsel volaire zijde D2 en D3 linker hand (glas) met doorsnijding van flexorpezen in zone II en de "
              "ulnaire n. digitalis proprius D2."),
        ("h", "Anamnese"),
        ("p", "Op 31-05-2026 sneed patiënt zich aan een brekende glazen schaal. Op de SEH een volaire snijwond over de "
              "proximale falanx D2 en D3 links, geen actieve flexie DIP en PIP D2, geen actieve flexie DIP D3, "
              "verminderde sensibiliteit ulnair D2. X-hand links: geen corpus alienum, geen fracturen."),
        ("h", "Operatie"),
        ("kv", [("Datum", "01-06-2026"), ("Operateur", "dr. C.M. Verhulst, plastisch chirurg"),
                ("Assistent", "drs. B. Ouadghiri, AIOS plastische chirurgie"),
                ("Anesthesie", "Algehele anesthesie (dr. E. Tol)"),
                ("Ingreep", "Primaire hechting FDP en FDS D2 links, FDP D3 links (zone II), microchirurgische "
                            "hechting n. digitalis proprius ulnaris D2")], 1),
        ("p", "Beschrijving: Rugligging, bloedleegte bovenarm 250 mmHg. Wond uitgebreid volgens Bruner. Flexorpeesschede "
              "geopend tussen A2 en A4. Proximale peesstompen met behulp van een kinderkatheter teruggehaald. FDP D2 en "
              "D3 gehecht met een 4-strengs core-hechting (Prolene 4-0, Adelaide) en een epitendineuze doorlopende "
              "hechting 6-0. FDS D2 (beide slips) gehecht met een 2-strengs hechting. A2- en A4-ringband gespaard, "
              "gedeeltelijke ventingsplitsing A4 D3. Peesglijden gecontroleerd: geen haperen. Ulnaire n. digitalis "
              "proprius D2 onder de microscoop epineuraal gehecht met Ethilon 9-0. Bloedleegte eraf, hemostase. "
              "Huid gesloten met Ethilon 5-0. Dorsale spalk pols 20 gr flexie, MCP 60 gr flexie, IP's in extensie. "
              "Geen complicaties."),
        ("h", "Beloop"),
        ("p", "Ongecompliceerd postoperatief beloop. Start handtherapie op dag 2 volgens vroeg-actief "
              "mobilisatieprotocol. Patiënt kon op 03-06-2026 in goede conditie met ontslag."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1000 mg 4dd1, naproxen 500 mg 2dd1 (7 dagen), esomeprazol 20 mg 1dd1 zolang naproxen."),
        ("h", "Beleid"),
        ("p", "Dorsale spalk 6 weken, handtherapie 2x per week. Hechtingen verwijderen op dag 12 bij de handtherapeut. "
              "Controle polikliniek plastische chirurgie over 3 weken."),
        ("sp",),
        ("p", "Met vriendelijke groet,\n\ndr. C.M. Verhulst, plastisch chirurg"),
        ("small", "cc: patiënt; Handtherapie Waterland"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-06-04", author="specialist", language="nl",
               style="Dutch discharge letter (Word) with header table and full operation section",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Discharge letter with a complete operation description (date, operator, procedure, narrative): "
                     "both kinds. Birth date 02-06-1983 falls between admission 01-06 and discharge 03-06; letter "
                     "date 04-06-2026."))
add(stem="vh-029", fmt="txt",
    text="""From: Marta Kowalska-de Wit <marta.kdw@example.com>
To: intake@handkliniek-eemland.example
Date: Mon, 9 Nov 2026 21:47:12 +0100
Subject: RE: Second opinion request - right wrist
Attachments: MRI_verslag_pols.pdf; verwijzing_volgt.txt

Dear intake team,

Thank you for your quick reply. To answer your questions:

1. My GP (Dr Hamersma, Huisartsenpraktijk Oudwijk in Utrecht) will send the
   referral letter through ZorgDomein this week. She said she will also add a
   summary of my medical history.
2. I had an MRI of my right wrist at Ziekenhuis Amstelveld in Amstelveen on
   20 October 2026. I have attached the report; the CD is on its way by post.
3. I have never had surgery on my wrist or hand. The orthopaedic surgeon
   mentioned that an operation might be an option if the cyst keeps coming back
   after aspiration, which is why I want a second opinion first.
4. About your question on hospital stays abroad: we were in Thailand on
   holiday in August, but I did not need any doctor or hospital there. I have
   lived in the Netherlands for six years and all my care has been here.

My date of birth is 07-11-1986 (I am Polish but have a Dutch BSN, 281 604 119).
I am available on Tuesdays and Thursdays.

Kind regards,
Marta Kowalska-de Wit
+31 6 4410 2278

-----Original Message-----
From: Intake Handkliniek Eemland <intake@handkliniek-eemland.example>
Sent: Friday, 6 November 2026 10:03
To: Marta Kowalska-de Wit <marta.kdw@example.com>
Subject: RE: Second opinion request - right wrist

Dear Ms Kowalska-de Wit,

Thank you for your e-mail of 4 November. Before we can plan a second-opinion
appointment we need a referral from your GP or specialist, the letters of
your treating specialist, any imaging reports and images on CD, and, if you
were treated in a hospital outside the Netherlands, an MRSA screening.
Could you also tell us whether you have been operated on?

Kind regards,
Intake Handkliniek Eemland
""",
    label=dict(kinds=[], date="2026-11-09", author="patient", language="en",
               style="e-mail thread (patient reply with quoted clinic message)",
               imaging_done="yes", operated="no", treated_abroad="no",
               notes="Patient e-mail, not a referral. Holiday in Thailand explicitly without care; all care in NL. "
                     "'An operation might be an option' is a possibility, 'never had surgery' the fact. Quoted older "
                     "message (6 November) and mentioned date (4 November) are not the document's date; birth date "
                     "07-11-1986 close to the sent date."))

add(stem="vh-030", fmt="mpdf",
    parts=[
        dict(blocks=[
            ("logo", "HP", ["**Huisartsenpraktijk De Akkers**", "Akkerstraat 3, 6711 RJ Ede", "tel. 0318-64 20 11"],
             ["AGB 01-052290"], "#556b2f"),
            ("p", "Handkliniek Eemland\nt.a.v. intake second opinion\nStadsring 160\n3811 HT Amersfoort"),
            ("sp", 4),
            ("p", "Ede, 6 november 2026"),
            ("p", "Betreft: mw. P. Huisman-Kok, geb. 25-01-1969 - aanvulling dossier second opinion"),
            ("p", "Geachte collega,"),
            ("p", "Zoals telefonisch met uw intakemedewerker besproken stuur ik u hierbij de stukken die nog ontbraken "
                  "voor de second opinion van mevrouw Huisman: het operatieverslag van de ganglionextirpatie van maart "
                  "jl. en het röntgenverslag van augustus. De verwijsbrief heeft u eerder via ZorgDomein ontvangen."),
            ("p", "Met vriendelijke groet,\n\nG.J. Brouwer, huisarts"),
            ("small", "Bijlagen: 2"),
        ], footer="Huisartsenpraktijk De Akkers - Ede"),
        dict(blocks=[
            ("logo", "ZH", ["**Ziekenhuis Heideland**", "Chirurgie / Handchirurgie", "Klinkenbergerweg 88, 6711 MK Ede"],
             ["OK-verslag", "Opname DB-2026-03-4471"], "#2e4a62"),
            ("kv", [("Naam", "Huisman-Kok, P."), ("Geb.", "25-01-1969"), ("Pat.nr.", "H-3390176"),
                    ("OK-datum", "12-03-2026"), ("Operateur", "dr. M. van Wieringen, chirurg"),
                    ("Assistentie", "N. Aydin, physician assistant"), ("Anesthesie", "IVRA (Bier-blok)"),
                    ("Type ingreep", "Electief, dagbehandeling")], 2, True),
            ("p", "**Indicatie:** Symptomatisch dorsaal ganglion pols links, tweemaal recidief na aspiratie."),
            ("p", "**Verrichting:** Extirpatie dorsaal ganglion pols links met resectie van de steel tot op het "
                  "scapholunaire ligament."),
            ("p", "**Verslag:** Bloedleegte. Transversale incisie over het ganglion. Extensor retinaculum tussen het 3e "
                  "en 4e compartiment geopend, pezen naar lateraal en mediaal gehouden. Ganglion in toto vrijgeprepareerd "
                  "en met steel en een randje kapsel geresceerd; SL-ligament gespaard. Kapsel open gelaten. Hemostase na "
                  "opheffen bloedleegte. Huid intracutaan Monocryl 4-0. Drukverband."),
            ("p", "**PA:** Ganglion ingestuurd.   **Complicaties:** geen.\n**Nabehandeling:** Drukverband 2 dagen, "
                  "daarna vrij bewegen. Controle polikliniek na 6 weken."),
            ("p", "dr. M. van Wieringen, chirurg - 12-03-2026"),
        ], header="Ziekenhuis Heideland - OK-verslag - vertrouwelijk", pagenum="pag. {p}"),
        dict(blocks=[
            ("logo", "ZH", ["**Ziekenhuis Heideland**", "Afdeling Medische Beeldvorming"], ["Uitslag"], "#2e4a62"),
            ("kv", [("Patiënt", "Huisman-Kok, P. (25-01-1969)"), ("Aanvrager", "G.J. Brouwer, huisarts Ede"),
                    ("Onderzoek", "X-pols links, 2 richtingen"), ("Datum", "20-08-2026")], 1),
            ("p", "**Klinische gegevens:** Status na ganglionextirpatie links (03-2026). Opnieuw zwelling dorsaal, pijn. "
                  "Ossale afwijking? Artrose?"),
            ("p", "**Bevindingen:** Geen ossale afwijkingen. Normale carpale uitlijning, SL-afstand 2 mm. Geen artrose "
                  "radiocarpaal of midcarpaal. Wekedelen-zwelling dorsaal over de carpus zonder verkalkingen."),
            ("p", "**Conclusie:** Geen ossale verklaring voor de klachten. Bij verdenking recidief ganglion kan echografie "
                  "worden overwogen."),
            ("p", "drs. S.L. Meulenbelt, radioloog - 20-08-2026"),
        ], fax="FAX  06-11-2026 11:08   VAN: +31 318 642011 HA DE AKKERS   AAN: +31 33 4700 229   BLZ {p:02d}"),
    ],
    label=dict(kinds=["operation-report", "imaging-report"], author="gp", language="nl",
               style="merged PDF 'bijlagen': GP cover letter + OK-verslag + radiology report (fax header)",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Merged file without a single date; top-level author is the GP who sent the bundle. The GP cover "
                     "letter only announces the enclosures (no question, not a referral). The X-ray page carries a fax "
                     "header date 06-11-2026 that is not its report date.",
               parts=[dict(kinds=[], date="2026-11-06", author="gp"),
                      dict(kinds=["operation-report"], date="2026-03-12", author="specialist"),
                      dict(kinds=["imaging-report"], date="2026-08-20", author="radiologist")]))

# ==============================================================================================
# DOCUMENTS 031-040
# ==============================================================================================

add(stem="vh-031", fmt="mpdf",
    parts=[
        dict(blocks=[
            ("logo", "NUH", ["**Northbridge University Hospitals NHS Trust**", "St Aldwyn's Hospital",
                             "Plastic Surgery & Hand Unit, Ward 22"], ["DISCHARGE SUMMARY", "Electronic copy"], "#005eb8"),
            ("kv", [("Patient", "Mrs Eleanor BRANDSMA-HUGHES"), ("DOB", "19/11/1962"),
                    ("NHS number", "703 118 4426"), ("Hospital no", "SA7701954"),
                    ("Admitted", "21/10/2026"), ("Discharged", "24/10/2026"),
                    ("Consultant", "Ms A. Feld"), ("GP", "Dr T. Mbeki, Riverside Surgery")], 2),
            ("h", "Diagnosis"),
            ("p", "Pyogenic flexor tenosynovitis right index finger following cat bite (19/10/2026)."),
            ("h", "Procedures"),
            ("p", "21/10/2026 Washout of flexor sheath right index finger (see operation note)."),
            ("h", "Investigations"),
            ("p", "XR right hand 21/10/2026: no foreign body, no bony injury. CRP 88 -> 12. Wound swab: Pasteurella "
                  "multocida, sensitive to co-amoxiclav. MRSA admission screen: see separate result."),
            ("h", "Clinical summary"),
            ("p", "Presented to ED with all four Kanavel signs. Admitted under plastic surgery, IV co-amoxiclav, washout "
                  "in theatre on day of admission. Good clinical response. Hand therapy started on ward day 2."),
            ("h", "Medications on discharge"),
            ("p", "Co-amoxiclav 625 mg TDS for a further 10 days. Paracetamol 1 g QDS PRN."),
            ("h", "Follow-up"),
            ("p", "Dressing clinic 27/10/2026. Hand therapy. Mrs Brandsma-Hughes is returning to her home in Groningen "
                  "(NL) next week; she has been given copies of all documents for her Dutch GP."),
            ("p", "Completed by: Dr F. Amadi, FY2, for Ms A. Feld, Consultant Plastic Surgeon - 24/10/2026"),
        ], footer="Northbridge University Hospitals NHS Trust - St Aldwyn's Hospital, Northbridge NB1 4HE",
            pagenum="Page {p} of {n}"),
        dict(blocks=[
            ("title", "OPERATION NOTE"),
            ("kv", [("Patient", "BRANDSMA-HUGHES, Eleanor"), ("DOB", "19/11/1962"),
                    ("Date", "21/10/2026"), ("Theatre", "Theatre 7, St Aldwyn's"),
                    ("Surgeon", "Ms A. Feld, Consultant"), ("Assistant", "Mr O. Ilori, ST5 Plastics"),
                    ("Anaesthetist", "Dr P. Haugen"), ("Anaesthetic", "GA"),
                    ("Procedure", "Washout flexor sheath R index finger"), ("Urgency", "NCEPOD urgent")], 2, True),
            ("p", "**Indication:** Pyogenic flexor tenosynovitis R index finger, cat bite 48h ago, Kanavel 4/4."),
            ("p", "**Findings:** Turbid fluid in flexor sheath, no frank pus in palm. Tendons intact. Puncture wound "
                  "over volar PIPJ."),
            ("p", "**Procedure:** Arm tourniquet 250 mmHg, no exsanguination. Proximal incision over A1 pulley, distal "
                  "mid-axial incision at DIPJ level. Sheath opened proximally and distally. Catheter irrigation with "
                  "1 L normal saline until clear. Puncture wound debrided. Swabs sent. Wounds left partly open, "
                  "loose 5-0 nylon. Volar slab in safe position."),
            ("p", "**Post-op:** IV co-amoxiclav, elevate, hand therapy day 1-2, review for second-look if not improving."),
            ("p", "Signed: A. Feld, Consultant Plastic & Hand Surgeon, 21/10/2026 16:40"),
        ], header="Northbridge University Hospitals NHS Trust - Operation Note", pagenum="{p}"),
        dict(blocks=[
            ("logo", "NPS", ["**Northbridge Pathology Services**", "Department of Microbiology"],
             ["Lab ref M26.889104"], "#005eb8"),
            ("kv", [("Patient", "BRANDSMA-HUGHES E"), ("DOB", "19/11/1962"), ("Location", "Ward 22 (admission)"),
                    ("Collected", "21/10/2026 08:15"), ("Received", "21/10/2026 10:02"), ("Reported", "23/10/2026 09:30")], 2),
            ("h", "MRSA SCREEN"),
            ("grid", [["Specimen", "Test", "Result"], ["Nose swab", "MRSA screen culture", "MRSA NOT isolated"],
                      ["Groin swab", "MRSA screen culture", "MRSA NOT isolated"]], [0.33, 0.34, 0.33]),
            ("p", "Authorised by: Dr N. Castellanos, Consultant Microbiologist"),
        ], footer="Northbridge Pathology Services - results are confidential"),
    ],
    label=dict(kinds=["correspondence", "operation-report", "mrsa-screening"], author="specialist", language="en",
               style="merged PDF of UK hospital documents: discharge summary + operation note + MRSA screen",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Three UK documents in one file; top-level author of the first part. The discharge summary "
                     "only refers to the operation note and the MRSA result; the separate pages are the real ones. "
                     "Admission in a UK hospital = treated abroad. Birth date 19/11/1962.",
               parts=[dict(kinds=["correspondence"], date="2026-10-24", author="specialist"),
                      dict(kinds=["operation-report"], date="2026-10-21", author="specialist"),
                      dict(kinds=["mrsa-screening"], date="2026-10-23", also_dates=["2026-10-21"], author="lab")]))
add(stem="vh-032", fmt="mpdf",
    parts=[
        dict(blocks=[
            ("small", "ZorgDomein | Verwijzing | ZD-2026-1193378"),
            ("title", "Second opinion handchirurgie"),
            ("kv", [("Patiënt", "Dhr. K.J. Veenstra"), ("Geboortedatum", "07-12-1960"),
                    ("BSN", "160 998 214"), ("Verzekeraar", "Kustzorg"),
                    ("Verwijzer", "H.A. Kooiman, huisarts, Den Helder"), ("AGB", "01-039911"),
                    ("Datum", "12-11-2026"), ("Ontvanger", "Handkliniek De Brug")], 2),
            ("h", "Vraagstelling"),
            ("p", "Patiënt heeft een SLAC-pols links (stadium II). De orthopeed stelt een four-corner artrodese voor. "
                  "Patiënt vraagt een second opinion: is een proximale rijcarpectomie of een denervatie in zijn geval "
                  "een reëel alternatief?"),
            ("h", "Relevante voorgeschiedenis"),
            ("p", "1994 oude scafolunaire bandruptuur links (voetbal), nooit behandeld\n2011 myocardinfarct, PCI\n"
                  "2016 diabetes mellitus type 2\nPatiënt is nooit aan de pols geopereerd."),
            ("h", "Recente behandelingen"),
            ("p", "03-2026 polsbrace en NSAID (gestopt ivm maag)\n08-2026 X-pols links en CT pols links (Ziekenhuis "
                  "Noorderhaven)\n02-10-2026 polikliniek orthopedie: voorstel four-corner artrodese"),
            ("kv", [("Medicatie", "Zie bijgevoegd medicatieoverzicht apotheek"), ("Allergieën", "Geen")], 1),
            ("p", "H.A. Kooiman, huisarts"),
        ], footer="ZorgDomein verwijzing - printversie", pagenum="{p}/{n}"),
        dict(blocks=[
            ("logo", "ZN", ["**Ziekenhuis Noorderhaven**", "Orthopedie", "Huisduinerweg 400, 1782 HA Den Helder"],
             ["Datum: 02-10-2026", "Kenmerk: ORTH/KV/2026-8812"], "#0b3d91"),
            ("p", "Aan de weledelgeleerde heer H.A. Kooiman, huisarts\nMiddenweg 11\n1782 BC Den Helder"),
            ("p", "Betreft: dhr. K.J. Veenstra, geb. 07-12-1960"),
            ("p", "Geachte collega,"),
            ("p", "Wij zagen uw patiënt opnieuw op de polikliniek orthopedie."),
            ("h", "Anamnese"),
            ("p", "Toenemende pijn en stijfheid linker pols sinds ruim een jaar, rechtshandig, werkzaam als monteur. "
                  "Brace geeft onvoldoende verlichting."),
            ("h", "Aanvullend onderzoek"),
            ("p", "X-pols links (12-08-2026): scafolunaire diastase 5 mm, artrose radioscafoïdaal. CT pols links "
                  "(26-08-2026): SLAC stadium II, midcarpaal gewricht en radiolunaire gewrichtsvlak gespaard."),
            ("h", "Conclusie"),
            ("p", "SLAC-pols links stadium II."),
            ("h", "Beleid"),
            ("p", "Wij hebben een four-corner artrodese met scafoïdexcisie besproken. Patiënt wil hierover nadenken en "
                  "eventueel een second opinion. Hij is nooit aan deze pols geopereerd. Wij zien hem zo nodig terug."),
            ("p", "Met vriendelijke groet,\n\ndr. A.F. Rijpkema, orthopedisch chirurg"),
            ("small", "cc: patiënt"),
        ], footer="Ziekenhuis Noorderhaven - Den Helder - 0223-69 60 00"),
        dict(blocks=[
            ("title", "Medicatieoverzicht"),
            ("kv", [("Apotheek", "Apotheek Zeestad, Den Helder"), ("Datum", "11-11-2026"),
                    ("Patiënt", "K.J. Veenstra, 07-12-1960")], 1),
            ("grid", [["Geneesmiddel", "Gebruik", "Sinds", "Voorschrijver"],
                      ["Clopidogrel 75 mg", "1 dd 1", "06-2011", "cardioloog"],
                      ["Metoprolol 50 mg retard", "1 dd 1", "06-2011", "cardioloog"],
                      ["Rosuvastatine 10 mg", "1 dd 1", "06-2011", "cardioloog"],
                      ["Metformine 850 mg", "2 dd 1", "02-2016", "huisarts"],
                      ["Paracetamol 500 mg", "zo nodig max 6 dd 1", "03-2026", "huisarts"]], [0.35, 0.2, 0.15, 0.3]),
            ("p", "Overgevoeligheden: geen bekend. Let op: plaatjesremmer (clopidogrel)."),
        ], footer="Apotheek Zeestad - dit overzicht is met zorg samengesteld"),
        dict(blocks=[
            ("title", "Uitslagen laboratorium"),
            ("kv", [("Laboratorium", "Regionaal Huisartsenlab Kop van Noord-Holland"), ("Patiënt", "Veenstra, K.J."),
                    ("Geb.datum", "07-12-1960"), ("Afname", "25-09-2026"), ("Rapportage", "26-09-2026"),
                    ("Aanvrager", "H.A. Kooiman")], 2),
            ("grid", [["Bepaling", "Uitslag", "Eenheid", "Referentie"],
                      ["Hb", "8.9", "mmol/L", "8.5 - 11.0"], ["BSE", "6", "mm/u", "< 20"], ["CRP", "3", "mg/L", "< 10"],
                      ["HbA1c", "54", "mmol/mol", "< 53"], ["Kreatinine", "88", "umol/L", "64 - 104"],
                      ["eGFR (CKD-EPI)", "82", "ml/min/1,73m2", "> 60"]], [0.35, 0.2, 0.2, 0.25]),
        ], footer="Uitslag gevalideerd - pagina {p}".replace("{p}", "1")),
    ],
    label=dict(kinds=["referral", "history", "correspondence"], author="gp", language="nl",
               style="merged PDF: ZorgDomein referral + outpatient letter + pharmacy overview + GP lab results",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="Four documents in one file; referral with history section and recent treatments, a specialist "
                     "letter, and two non-kind documents (medication overview, blood results). Proposed four-corner "
                     "arthrodesis is a plan; both letters state he was never operated on the wrist.",
               parts=[dict(kinds=["referral", "history"], date="2026-11-12", author="gp"),
                      dict(kinds=["correspondence"], date="2026-10-02", author="specialist"),
                      dict(kinds=[], date="2026-11-11", author="other"),
                      dict(kinds=[], date="2026-09-26", also_dates=["2026-09-25"], author="lab")]))

add(stem="vh-033", fmt="mpdf",
    parts=[
        dict(blocks=[
            ("logo", "UKA", ["**Unfallklinik Arlberg-Süd**", "Abteilung für Unfallchirurgie und Sporttraumatologie",
                             "Dorfstraße 61, 6580 St. Anton am Arlberg, Österreich"], ["Tel. +43 5446 28 80-0",
                                                                                       "Ambulanz"], "#c8102e"),
            ("title", "Ambulanter Arztbrief"),
            ("kv", [("Patientin", "Hermsen Lieke, geb. 15.03.1991"), ("Wohnort", "Nijmegen, Niederlande"),
                    ("Aufnahmezahl", "A-26-004418"), ("Ambulanzbesuch", "13.02.2026"),
                    ("Datum", "14.02.2026")], 1),
            ("p", "Sehr geehrte Kollegin, sehr geehrter Kollege,"),
            ("p", "wir berichten über die oben genannte Patientin, die sich am 13.02.2026 nach einem Skisturz in unserer "
                  "Ambulanz vorstellte."),
            ("h", "Diagnose"),
            ("p", "Ruptur des ulnaren Seitenbandes am Daumengrundgelenk links (Skidaumen), kein knöcherner Ausriss."),
            ("h", "Befund"),
            ("p", "Schwellung und Hämatom ulnar am MCP-1 links, Aufklappbarkeit in 30 Grad Beugung ca. 35 Grad ohne festen "
                  "Anschlag (rechts 10 Grad). Keine tastbare Stener-Läsion. DMS intakt."),
            ("h", "Bildgebung"),
            ("p", "Röntgen Daumen links in 2 Ebenen: kein Frakturnachweis (siehe Befund)."),
            ("h", "Therapie"),
            ("p", "Ruhigstellung in einer Daumenschiene (Thermoplast), Analgesie. Eine operative Versorgung wurde nicht "
                  "durchgeführt."),
            ("h", "Procedere"),
            ("p", "Die Patientin reist morgen in die Niederlande zurück. Wir empfehlen eine zeitnahe handchirurgische "
                  "Kontrolle am Heimatort, ggf. MRT zum Ausschluss einer Stener-Läsion und Entscheidung über eine "
                  "operative Refixation."),
            ("p", "Mit freundlichen Grüßen\n\nOA Dr. Matthias Pfeifhofer, Facharzt für Unfallchirurgie"),
        ], footer="Unfallklinik Arlberg-Süd GmbH - FN 312204k - LG Innsbruck", pagenum="Seite {p}"),
        dict(blocks=[
            ("title", "Röntgenbefund"),
            ("kv", [("Name", "Hermsen Lieke"), ("Geb.", "15.03.1991"), ("Untersuchung", "Daumen li. 2 Ebenen"),
                    ("Datum", "13.02.2026"), ("Zuweiser", "Ambulanz Unfallchirurgie")], 2),
            ("p", "Kein Nachweis einer Fraktur, insbesondere kein knöcherner Ausriss an der Basis der Grundphalanx. "
                  "Regelrechte Gelenkstellung. Weichteilschwellung ulnar am MCP-1."),
            ("p", "**Beurteilung:** Kein Frakturnachweis."),
            ("p", "Dr. Sabine Moosbrugger, Fachärztin für Radiologie"),
        ], header="Unfallklinik Arlberg-Süd - Institut für Radiologie"),
    ],
    label=dict(kinds=["correspondence", "imaging-report"], author="specialist", language="de",
               style="merged PDF: Austrian outpatient Arztbrief + short X-ray Befund",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Ski injury treated in an Austrian clinic's outpatient department (abroad, German-language, "
                     "4-digit Austrian postcode). 'Eine operative Versorgung wurde nicht durchgeführt' negates surgery; "
                     "MRI and refixation are recommendations. Birth date 15.03.1991.",
               parts=[dict(kinds=["correspondence"], date="2026-02-14", author="specialist"),
                      dict(kinds=["imaging-report"], date="2026-02-13", author="radiologist")]))

add(stem="vh-034", fmt="docx",
    opts=dict(header="Ziekenhuis Amstelveld  |  Orthopedie  |  Polikliniek Hand- en Polschirurgie",
              footer="Ziekenhuis Amstelveld, Laan van de Helende Meesters 501, 1186 AM Amstelveen. Dit is een "
                     "elektronisch geautoriseerde brief."),
    blocks=[
        ("kv", [("Datum", "5 november 2026"), ("Ons kenmerk", "ORT-26-119284"),
                ("Behandelaar", "dr. E. Lindqvist, orthopedisch chirurg"),
                ("Patiënt", "Mevrouw N. Ouali"), ("Geboortedatum", "01-10-1993"), ("Patiëntnummer", "8841-2026-77")], 2, True),
        ("p", "L.J. Hamersma, huisarts\nHuisartsenpraktijk Westwijk\nPoortwachter 40\n1186 PZ Amstelveen"),
        ("sp",),
        ("p", "Geachte collega Hamersma,"),
        ("h", "Reden van komst"),
        ("p", "Bespreken uitslag MRI linker pols."),
        ("h", "Anamnese"),
        ("p", "33-jarige rechtshandige verpleegkundige met sinds februari 2026 geleidelijk toenemende pijn centraal-dorsaal "
              "in de linker pols, vooral bij steunen. Geen trauma herinnerd. Geen nachtelijke pijn."),
        ("h", "Lichamelijk onderzoek"),
        ("p", "Drukpijn dorsaal over het lunatum. Extensie 45 graden (rechts 70), flexie 50 graden (rechts 75). "
              "Knijpkracht links 60% van rechts."),
        ("h", "Aanvullend onderzoek"),
        ("p", "X-pols links (24-09-2026): lichte sclerose van het lunatum, ulna-minusvariant 2 mm, geen collaps.\n"
              "MRI pols links (27-10-2026): diffuus verlaagd T1-signaal van het lunatum met oedeem, geen fragmentatie, "
              "passend bij ziekte van Kienböck stadium II (Lichtman)."),
        ("h", "Conclusie"),
        ("p", "Ziekte van Kienböck links, Lichtman stadium II, ulna-minusvariant."),
        ("h", "Beleid"),
        ("p", "Wij hebben een radiusverkortingsosteotomie besproken als behandeling van eerste keus, met de risico's en de "
              "revalidatieduur van 3-6 maanden. Patiënte wil bedenktijd en overweegt een second opinion, waar wij "
              "uiteraard aan meewerken. Tot die tijd onderarmbrace bij belasting. Wij zien haar over 6 weken terug."),
        ("sp",),
        ("p", "Met vriendelijke groet,"),
        ("p", "S. Bouzid, physician assistant orthopedie\nnamens dr. E. Lindqvist, orthopedisch chirurg"),
        ("small", "cc: mevrouw N. Ouali"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-05", author="specialist", language="nl",
               style="Epic-like outpatient letter (Word) with header fields in a grid table",
               imaging_done="yes", operated="unmentioned", treated_abroad="unmentioned",
               notes="Header fields (date, birth date) in a table, date written in words. Osteotomy discussed but not "
                     "done, and no statement that she was never operated: operated unmentioned. Signed by a physician "
                     "assistant on behalf of the specialist."))

add(stem="vh-035", fmt="docx",
    opts=dict(header="MEADOWBANK SURGERY\nDr L. Ferris  Dr M. Chaudhry  Dr E. Oyelaran\n"
                     "2 Meadowbank Road, Northfield NF3 1BD  Tel 01632 960 412  Practice code K84077"),
    blocks=[
        ("p", "Handkliniek De Brug\nHand and Wrist Surgery - second opinions\nRijnhuizerweg 40\n3433 NV Nieuwegein\nTHE NETHERLANDS"),
        ("sp",),
        ("p", "2 November 2026"),
        ("p", "Dear Colleague,"),
        ("p", "**Re: Mr Daniel ACHTERBERG, DOB 30/01/1984, NHS No 612 904 3387\nFlat 4, 11 Station Parade, Northfield NF2 6TQ**"),
        ("p", "I would be grateful if you would see this 42-year-old Dutch national, who is relocating to Utrecht in "
              "December, for a second opinion regarding his left wrist."),
        ("p", "He fell on his outstretched left hand while playing football on 12 October and was seen the same day in "
              "the Emergency Department at Northfield General Hospital. Scaphoid views showed no fracture and he was "
              "placed in a splint. At the fracture clinic on 26 October repeat scaphoid views were again reported as "
              "normal, but he remains tender in the anatomical snuffbox and over the dorsal scapholunate area. "
              "An MRI was recommended but the local waiting time is around ten weeks, and he would prefer to be "
              "assessed after his move. He has not had any surgery on the wrist."),
        ("p", "Blood tests on 15 October showed a mildly raised urate with normal inflammatory markers; I do not think "
              "gout explains this picture."),
        ("p", "**Question:** Does he have an occult scaphoid fracture or a scapholunate ligament injury, and what further "
              "imaging and management would you advise?"),
        ("p", "Medication: none regular. Allergies: no known drug allergies."),
        ("p", "Copies of the radiology reports, the fracture clinic letter and the blood results are enclosed; he will "
              "bring the images on CD."),
        ("sp",),
        ("p", "Yours faithfully,"),
        ("sp",),
        ("p", "Dr Louise Ferris\nGeneral Practitioner (GMC 6109923)"),
    ],
    label=dict(kinds=["referral"], date="2026-11-02", author="gp", language="en",
               style="UK GP practice ('Surgery') referral letter (Word) to a Dutch clinic",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="UK GP letter asking an explicit question; describes ED and fracture-clinic care in a UK hospital "
                     "(abroad). MRI only recommended. Enclosures are mentioned, not present. No history section."))
add(stem="vh-036", fmt="txt",
    text="""+---------------------------------------------------------------------------------------+
| UITDRAAI JOURNAAL                                        Huisartsenpraktijk Overvecht |
| Periode: 01-01-2025 t/m 02-03-2026                        Gebruiker: drs. P. de Bruin  |
+---------------------------------------------------------------------------------------+
Patiënt : CLAASSEN, B. (Bernadette)          Geb.datum : 01-03-1971   Geslacht: V
Patnr   : 40918                              Datum     : 02-03-2026   Tijd: 12:04
Adres   : Zamenhofdreef 310, 3562 JW Utrecht
-----------------------------------------------------------------------------------------
Datum      Reg  ICPC    Tekst                                                      Arts
-----------------------------------------------------------------------------------------
14-01-2025  S   L93     Pijn radiale zijde pols rechts sinds 4 wk, bij optillen     PB
                        kleinzoon en bij uitwringen. Geen trauma.
14-01-2025  O           Zwelling over 1e extensorcompartiment, drukpijn proc.       PB
                        styloideus radii, Finkelstein positief. Geen crepitaties.
14-01-2025  E   L93     Tendovaginitis De Quervain rechts.                          PB
14-01-2025  P           Uitleg, ontzien, duimbrace, paracetamol. Geen foto's        PB
                        gemaakt, niet geïndiceerd. Terug na 4-6 wk.
25-02-2025  S           Brace helpt matig.                                          PB
25-02-2025  P   L93     Injectie triamcinolonacetonide 10 mg + lidocaïne in 1e       PB
                        extensorcompartiment rechts.
07-04-2025  S           Goed effect injectie, 90% klachtenvrij.                     PB
16-06-2025  S   A85     Bijwerking? Huidatrofie en depigmentatie op injectieplaats. PB
16-06-2025  E           Huidatrofie na corticosteroïdinjectie, onschuldig.          PB
02-09-2025  S   L93     Klachten pols rechts terug. Tijdens vakantie in Turkije     PB
                        verergerd; daar geen arts bezocht.
02-09-2025  O           Drukpijn 1e compartiment, Finkelstein pos.                  PB
02-09-2025  P           2e injectie besproken, patiënte ziet er vanaf i.v.m.        PB
                        huidatrofie. Duimbrace opnieuw. Overweegt verwijzing.
11-11-2025  S   K86     Bloeddruk 152/94.                                           AS
11-11-2025  P   K86     Start hydrochloorthiazide 12,5 mg.                          PB
20-01-2026  S   L93     Pols rechts nog steeds pijnlijk, kan niet tillen.           PB
20-01-2026  E   L93     Persisterende De Quervain rechts, > 1 jaar.                 PB
20-01-2026  P           Verwijzing? Patiënte is nooit geopereerd en wil eerst       PB
                        informatie over operatie vs. afwachten. Folder mee.
02-03-2026  S           Belt: wil toch second opinion bij handkliniek ipv het       AS
                        eigen ziekenhuis. Uitdraai journaal meegegeven.
-----------------------------------------------------------------------------------------
EPISODELIJST (actueel)
  K86   Hypertensie                                   sinds 11-11-2025
  L93   Tendovaginitis De Quervain rechts             sinds 14-01-2025
  P76   Depressie (in remissie)                       2015
  X11   Menopauzale klachten                          2022
MEDICATIE  hydrochloorthiazide 12,5 mg 1dd1; paracetamol zn
ALLERGIE   geen bekend
-----------------------------------------------------------------------------------------
                                                                    Pagina 1 van 1
""",
    label=dict(kinds=["history"], date="2026-03-02", author="gp", language="nl",
               style="HIS journal printout with boxed header and SOEP rows in columns",
               imaging_done="no", operated="no", treated_abroad="no",
               notes="History printout but dated 02-03-2026, the day after the birthday 01-03-1971; likely older than "
                     "six months for a late-2026 intake. 'Geen foto's gemaakt', 'nooit geopereerd', 'daar geen arts "
                     "bezocht' are negations. Operation only discussed."))

add(stem="vh-037", fmt="pdf",
    opts=dict(header="Professionele samenvatting - F. Ramdin - geb. 21-07-1966 - vertrouwelijk",
              footer="Huisartsenpraktijk Bos en Lommer - Erasmusgracht 190 - 1056 AE Amsterdam - AGB 01-081126",
              pagenum="Pagina {p} van {n}"),
    blocks=[
        ("title", "Professionele Samenvatting"),
        ("kv", [("Patiënt", "Dhr. F. Ramdin"), ("Geboortedatum", "21-07-1966"),
                ("Adres", "Bos en Lommerweg 411, 1055 EH Amsterdam"), ("BSN", "207 316 544"),
                ("Huisarts", "S. van Leeuwen"), ("Datum samenvatting", "28-10-2026")], 2),
        ("h", "Episodes (actueel)"),
        ("grid", [["ICPC", "Omschrijving", "Begindatum"],
                  ["L88", "Reumatoïde artritis (seropositief)", "05-2018"],
                  ["L99", "Extensorpeesruptuur D4-D5 rechts bij RA", "02-2024"],
                  ["K86", "Hypertensie", "2015"],
                  ["A77", "Dengue, opname Paramaribo", "01-2019"]], [0.15, 0.6, 0.25]),
        ("h", "Voorgeschiedenis"),
        ("p", "1995 meniscectomie knie links\n01-2019 dengue, opgenomen in een ziekenhuis in Paramaribo (Suriname), "
              "5 dagen; hersteld\n2018 diagnose RA (reumatologie Stadsziekenhuis West)\n04-2024 peestransfer (EIP naar "
              "extensor D4-D5) rechter hand en synovectomie, plastische chirurgie, Kliniek Sloterplas"),
        ("h", "Beloop hand (samenvatting journaal)"),
        ("p", "Sinds 2018 RA, behandeld door de reumatoloog met methotrexaat en later adalimumab. In februari 2024 kon "
              "patiënt de ring- en pink rechts plotseling niet meer strekken; echo handen (02-2024) toonde "
              "extensorpeesruptuur D4-D5 bij tenosynovitis. In april 2024 peestransfer en synovectomie; daarna "
              "handtherapie. Sinds voorjaar 2026 opnieuw zwelling dorsaal rechter pols en verminderde extensie D3. "
              "Brief specialist ontvangen 14-09-2026 (reumatologie): actieve tenosynovitis ondanks biological, "
              "advies heroverweging chirurgie. Patiënt wil graag een second opinion bij een handchirurg elders."),
        ("h", "Recente behandelingen"),
        ("p", "06-2026 switch adalimumab naar tocilizumab (reumatologie)\n08-2026 prednisolon stootkuur\n"
              "09-2026 echo rechter pols (reumatologie): tenosynovitis extensoren compartiment 4, dreigende ruptuur D3"),
        ("br",),
        ("h", "Medicatie"),
        ("grid", [["Middel", "Dosering", "Sinds"],
                  ["Methotrexaat 2,5 mg", "15 mg 1x per week (vrijdag)", "2018"],
                  ["Foliumzuur 5 mg", "1x per week (zaterdag)", "2018"],
                  ["Tocilizumab 162 mg s.c.", "1x per week", "06-2026"],
                  ["Amlodipine 10 mg", "1dd1", "2015"],
                  ["Calciumcarbonaat/colecalciferol", "1dd1", "2026"]], [0.4, 0.4, 0.2]),
        ("h", "Allergieën / intoleranties"),
        ("p", "Sulfasalazine: huiduitslag (2018)."),
        ("h", "Sociale anamnese"),
        ("p", "Gehuwd, 2 volwassen kinderen. Werkt als buschauffeur, momenteel deels ziekgemeld. Rookt niet, "
              "alcohol 2 E/week."),
        ("sp", 4),
        ("p", "Samengesteld door S. van Leeuwen, huisarts, 28-10-2026, ten behoeve van second opinion handchirurgie."),
    ],
    label=dict(kinds=["history"], date="2026-10-28", author="gp", language="nl",
               style="professionele samenvatting (PDF, two pages, running header with birth date, page numbers)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="GP summary; a 2019 hospital admission in Suriname (dengue, unrelated to the hand) still makes "
                     "treated_abroad yes. Hand operation 2024 counts; meniscectomy is another body part. The header on "
                     "every page repeats the birth date; 'advies heroverweging chirurgie' is a plan."))

add(stem="vh-038", fmt="docx",
    opts=dict(footer="Huisartsenpraktijk Angelslo - Statenweg 14 - 7812 BK Emmen - 0591-62 11 80"),
    blocks=[
        ("logo", "HA", ["**Huisartsenpraktijk Angelslo**", "M.E. Kruidhof en J. Tiemens, huisartsen"],
         ["Statenweg 14", "7812 BK Emmen"]),
        ("p", "Aan: Handkliniek De Brug, intake second opinion\nRijnhuizerweg 40, 3433 NV Nieuwegein"),
        ("p", "Emmen, 18 september 2026"),
        ("p", "Onderwerp: **Samenvatting medische voorgeschiedenis** t.b.v. second opinion\n"
              "Patiënt: mw. J.H. Kuipers, geboren 15-09-1944, BSN 099 417 528"),
        ("p", "Geachte collega,"),
        ("p", "Op verzoek van patiënte stuur ik u een samenvatting van haar medische voorgeschiedenis. De verwijzing "
              "zelf volgt via ZorgDomein."),
        ("h", "Voorgeschiedenis"),
        ("p", "1978 sectio caesarea\n2005 mammacarcinoom links, lumpectomie en radiotherapie, sindsdien in remissie\n"
              "2012 atriumfibrilleren, antistolling\n2018 totale heupprothese rechts\n"
              "2021 osteoporose (DEXA: T-score -2,8)"),
        ("h", "Huidig probleem"),
        ("p", "Op 3 maart 2025 viel patiënte thuis en liep een intra-articulaire fractuur van de basis van de middelste "
              "falanx D3 rechts op (X-vinger op de SEH Hondsrug-Oost, Emmen). Deze is conservatief behandeld met een "
              "spalk en handtherapie. Zij is niet geopereerd aan de hand. Sindsdien een stijf, pijnlijk PIP-gewricht "
              "met toenemende ulnaire deviatie. Een X-vinger in juli 2026 toonde posttraumatische artrose van het "
              "PIP-gewricht D3."),
        ("h", "Recente behandelingen"),
        ("p", "02-2026 intra-articulaire injectie PIP D3 (plastische chirurgie Hondsrug-Oost), kortdurend effect\n"
              "07-2026 X-vinger D3 rechts\n08-2026 polikliniek plastische chirurgie: PIP-artrodese voorgesteld; "
              "patiënte twijfelt vanwege haar leeftijd en de osteoporose"),
        ("h", "Medicatie"),
        ("p", "Apixaban 2,5 mg 2dd1, bisoprolol 2,5 mg 1dd1, alendroninezuur 70 mg 1x/week, calcium/vit D 1dd1, "
              "anastrozol gestopt 2015."),
        ("p", "Allergie: pleister (contactallergie)."),
        ("sp",),
        ("p", "Met collegiale groet,\n\nJ. Tiemens, huisarts"),
    ],
    label=dict(kinds=["history"], date="2026-09-18", author="gp", language="nl",
               style="GP summary letter (Word) with Voorgeschiedenis and Recente behandelingen sections",
               imaging_done="yes", operated="no", treated_abroad="unmentioned",
               notes="A GP letter that is explicitly not the referral ('verwijzing volgt via ZorgDomein') but a history "
                     "summary. Birth date 15-09-1944 three days before the letter date. 'Niet geopereerd aan de hand' "
                     "negation; caesarean and hip prosthesis are other body parts; arthrodesis only proposed."))

add(stem="vh-039", fmt="pdf",
    opts=dict(pagesize=LETTER, header="Puget Ridge Medical Center - Department of Radiology - 1200 Alder Street, Seattle, WA 98104",
              footer="This report was electronically signed. Images available via the regional image exchange portal.",
              pagenum="Page {p} of {n}"),
    blocks=[
        ("title", "MRI WRIST RIGHT WITHOUT CONTRAST"),
        ("kv", [("Patient", "VAN DER MEULEN, ANNA"), ("MRN", "PR-55910732"), ("DOB", "11/02/1988"), ("Sex", "F"),
                ("Exam date", "11/09/2026"), ("Accession", "MR26110988"),
                ("Ordering", "Jason Whitfield, MD (Emergency Medicine)"), ("Signed", "11/10/2026 08:12")], 2),
        ("p", "**CLINICAL HISTORY:** 38-year-old female, fall at climbing gym 11/03/2026, seen in the emergency "
              "department. Radial-sided wrist pain, snuffbox tenderness, initial radiographs negative. Evaluate for "
              "occult scaphoid fracture."),
        ("p", "**COMPARISON:** Right wrist radiographs 11/03/2026."),
        ("p", "**TECHNIQUE:** Multiplanar multisequence MRI of the right wrist was performed on a 3T magnet without "
              "intravenous contrast."),
        ("p", "**FINDINGS:**\nBones: Linear low T1 signal line traversing the scaphoid waist with surrounding marrow "
              "edema, without displacement. No other fracture. No avascular necrosis.\nLigaments: Scapholunate and "
              "lunotriquetral ligaments intact. TFCC intact.\nTendons: Normal.\nJoints: Small radiocarpal effusion.\n"
              "Soft tissues: Mild edema dorsoradially."),
        ("p", "**IMPRESSION:**\n1. Nondisplaced fracture of the scaphoid waist, not visible on prior radiographs.\n"
              "2. Intact intrinsic ligaments and TFCC."),
        ("p", "Electronically signed by: Priya Raman, MD, Musculoskeletal Radiology, 11/10/2026 08:12"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-11-10", also_dates=["2026-11-09"], author="radiologist",
               language="en", style="US radiology report, Letter size, mm/dd/yyyy dates",
               imaging_done="yes", operated="unmentioned", treated_abroad="yes",
               notes="US dates are month-first: DOB 11/02/1988 is 2 November, exam 11/09/2026 is 9 November, signed "
                     "11/10/2026 is 10 November; read day-first they would be wrong. ED visit in the USA = treated "
                     "abroad."))

add(stem="vh-040", fmt="txt",
    text="""NORTHBRIDGE UNIVERSITY HOSPITALS NHS TRUST          *** OPERATION NOTE ***
Hand Surgery Day Unit - St Aldwyn's Hospital                   Printed 03/11/2026
==============================================================================
Patient name : VERMEER, Thomas              Hospital no: SA8802317
DOB          : 05/11/1975 (50y)            NHS no     : 488 201 7765
Date of op   : 28/10/2026                   Theatre    : Day Surgery 2
Surgeon      : Mr D. Achebe-Lund, Consultant Hand Surgeon
Assistant    : none
Anaesthesia  : Local anaesthetic (WALANT, 1% lidocaine with adrenaline 1:200,000, 15 ml)
Tourniquet   : none
------------------------------------------------------------------------------
Pre-op diagnosis : Right carpal tunnel syndrome (NCS: severe, 14/08/2026)
Procedure        : Open carpal tunnel decompression, right
Findings         : Thickened transverse carpal ligament. Median nerve flattened and
                   hyperaemic under the ligament. No space-occupying lesion. Motor
                   branch normal, extraligamentous.
Procedure details: Longitudinal incision in line with radial border of ring finger,
                   3 cm, distal to the distal wrist crease. Palmar fascia divided.
                   Transverse carpal ligament divided under direct vision from
                   distal to proximal, including distal antebrachial fascia.
                   Nerve inspected and fully decompressed. Haemostasis.
                   Skin closed with 4-0 Prolene interrupted sutures.
Blood loss       : minimal
Complications    : none
Implants         : none
Specimens        : none
------------------------------------------------------------------------------
Post-op instructions:
  - Bulky dressing 48 h, then light dressing. Elevate.
  - Sutures out at 10-14 days (practice nurse).
  - Finger exercises immediately. Avoid heavy gripping 4 weeks.
  - Follow-up: hand therapy PRN. No routine clinic follow-up.
  - Patient moving to Eindhoven (NL) in December - copy given to patient.
Signed: D. Achebe-Lund                           28/10/2026 11:47
==============================================================================
""",
    label=dict(kinds=["operation-report"], date="2026-10-28", author="specialist", language="en",
               style="UK operation note, fixed-width EPR print",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Operation note from a UK hospital (surgery abroad). Print date 03/11/2026 in the header is not the "
                     "operation date; DOB 05/11/1975 near it. Nerve conduction study is not imaging."))
# ==============================================================================================
# DOCUMENTS 041-050
# ==============================================================================================

add(stem="vh-041", fmt="docx",
    opts=dict(header="Medisch Centrum Linge-Waal, Gorinchem - Heelkunde / Traumatologie",
              footer="Afdruk EPD 01-11-2026 - Medisch Centrum Linge-Waal - Dr. Buddinghlaan 2, 4207 AB Gorinchem"),
    blocks=[
        ("title", "Operatieverslag"),
        ("kv", [("Patiënt", "Mw. D. Post"), ("Geboortedatum", "09-07-2001"), ("Patiëntnummer", "LW-0577812"),
                ("Datum operatie", "10-07-2026"), ("Specialisme", "Heelkunde (traumatologie)"),
                ("Operateur", "drs. J.A. Terpstra, traumachirurg"), ("Assistent", "dr. W. Faber, ANIOS chirurgie"),
                ("Anesthesie", "Algehele anesthesie, larynxmasker"), ("ASA", "I"),
                ("Pre-operatieve diagnose", "Intra-articulaire fractuur basis metacarpale V rechts, subluxatie CMC-5 "
                                            "(omgekeerde Bennett), na slag tegen muur 06-07-2026; X-hand rechts SEH 06-07-2026"),
                ("Ingreep", "Gesloten reductie en percutane K-draadfixatie (2x 1,4 mm) CMC-5 rechts"),
                ("Beschrijving", "Rugligging, arm op armtafel, bloedleegte niet gebruikt. Onder doorlichting longitudinale "
                                 "tractie aan D5 met druk op de basis MC-5, congruente reductie van het CMC-5 gewricht. "
                                 "Transfixatie met een K-draad van MC-5 naar MC-4 en een tweede van MC-5 naar het hamatum. "
                                 "Controle doorlichting AP, lateraal en oblique: goede stand, gewrichtsvlak congruent. "
                                 "Draden omgebogen en afgeknipt boven huidniveau. Steriel verband, ulnaire gipsspalk."),
                ("Complicaties", "Geen"),
                ("Bloedverlies", "Nihil"),
                ("Postoperatieve orders", "Ulnaire gipsspalk 4 weken, K-draden verwijderen na 4 weken op de poli, "
                                          "X-controle direct postoperatief en na 4 weken. Paracetamol/naproxen."),
                ("Verslag", "Gedicteerd en geautoriseerd 10-07-2026 15:05")], 1, True),
    ],
    label=dict(kinds=["operation-report"], date="2026-07-10", author="specialist", language="nl",
               style="operation report as a single bordered label/value table (Word)",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Everything, including the title fields, sits in one DOCX table; the print date 01-11-2026 in the "
                     "footer is not the document's date. Birth date 09-07-2001 one day before the operation."))

add(stem="vh-042", fmt="pdf",
    opts=dict(fax="19-OKT-2026 09:31  VAN: HAP KOSTER ARNHEM +31263512290  AAN: 0334700229  P.{p}/{n}", size=10.5),
    blocks=[
        ("title", "FAXBERICHT"),
        ("kv", [("Aan", "Handkliniek Eemland, intake"), ("Fax", "033-4700229"),
                ("Van", "Huisartsenpraktijk Koster, Arnhem"), ("Datum", "19 oktober 2026"),
                ("Aantal pagina's", "2 (incl. voorblad)"), ("Betreft", "Dhr. G. Wolthuis - röntgenuitslag")], 1),
        ("p", "Zoals gevraagd hierbij de uitslag van de röntgenfoto voor het dossier van dhr. Wolthuis. De CD volgt per post."),
        ("p", "Met vriendelijke groet, T. Koster, huisarts"),
        ("small", "Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte ontvangt, "
                  "wordt u verzocht ons te bellen en het bericht te vernietigen."),
        ("br",),
        ("logo", "ZR", ["**Ziekenhuis Rijnoever**", "Afdeling Radiologie", "Rijnkade 2, 6811 HA Arnhem"],
         ["Uitslag", "Ordernr. RX-26-0831-220"], "#444444"),
        ("kv", [("Naam", "Wolthuis, G."), ("Geb.datum", "28-08-1957"), ("Aanvrager", "T. Koster, huisarts"),
                ("Onderzoek", "X-hand links + X-duim links"), ("Onderzoeksdatum", "31-08-2026")], 1),
        ("p", "**Klinische gegevens:** Status na artrodese IP-gewricht duim links (2024). Sinds enkele maanden pijn "
              "aan de duimbasis links. Artrose?"),
        ("p", "**Verslag:** Vergeleken met de opnamen van 11-2024. Geconsolideerde artrodese van het IP-gewricht van "
              "de duim, osteosynthesemateriaal (schroef) in situ zonder loslating. Gewrichtsspleetversmalling, "
              "subchondrale sclerose en osteofyten van het CMC-1 gewricht met geringe radiale subluxatie; ook "
              "degeneratieve afwijkingen van het STT-gewricht. Chondrocalcinose van het TFCC. Overige gewrichten "
              "van de hand leeftijdsadequaat."),
        ("p", "**Conclusie:** Artrose CMC-1 (Eaton III) en STT links. Geconsolideerde IP-artrodese duim. "
              "Chondrocalcinose TFCC."),
        ("p", "drs. F.E. Luiten, radioloog, 31-08-2026"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-08-31", author="radiologist", language="nl",
               style="faxed radiology 'Uitslag' behind a GP fax cover sheet, fax header on every page",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Fax cover page and fax header carry 19-10-2026, the sending date; the report's own date is "
                     "31-08-2026, three days after the birthday 28-08-1957. 'Status na artrodese' states a past hand "
                     "operation. Mentions older X-rays of 11-2024."))

add(stem="vh-043", fmt="docx",
    opts=dict(header="St.-Lamberti-Hospital Borken - Klinik für Handchirurgie und Plastische Chirurgie\n"
                     "Chefarzt Dr. med. B. Overkamp - Lambertiplatz 3 - 46325 Borken - Tel. +49 2861 90 44-0",
              footer="Operationsbericht - vertraulich - Seite 1"),
    blocks=[
        ("title", "Operationsbericht"),
        ("kv", [("Patient", "Tensing, Marco"), ("Geb.-Datum", "12.11.1971"),
                ("Fall-Nr.", "26-021077"), ("OP-Datum", "10.02.2026"),
                ("Operateur", "Dr. med. B. Overkamp"), ("Assistenz", "Dr. med. L. Nguyen"),
                ("Anästhesie", "Plexusanästhesie axillär (Dr. med. C. Brink)"), ("Blutsperre", "280 mmHg, 71 min")], 2, True),
        ("p", "**Diagnose:** Rhizarthrose rechts, Eaton-Littler Stadium III, radiologisch gesichert (Röntgen "
              "Daumensattelgelenk 11/2025)."),
        ("p", "**Operation:** Resektionsarthroplastik des Daumensattelgelenks rechts: Trapezektomie und "
              "Suspensionsarthroplastik mit einem Streifen der APL-Sehne."),
        ("p", "**Bericht:** Rückenlage, Armtisch, Blutsperre. Bogenförmige Inzision über dem Daumensattelgelenk "
              "dorsoradial. Schonung der Äste des R. superficialis n. radialis. Eröffnung der Gelenkkapsel zwischen "
              "APL und EPB. Das Trapezium zeigt vollständig aufgebrauchten Knorpel; es wird in Fragmenten vollständig "
              "entfernt. Darstellung der FCR-Sehne in der Tiefe. Gewinnung eines distal gestielten Streifens der "
              "APL-Sehne, Durchzug um die FCR-Sehne und Fixation an sich selbst mit 3-0 Ethibond, sodass die Basis des "
              "Os metacarpale I suspendiert wird. Interposition des Sehnenrestes in die Trapeziumhöhle. "
              "Kapselverschluss, Hautnaht intrakutan 4-0. Steriler Verband, Daumengipsschiene."),
        ("p", "**Intraoperative Befunde / Komplikationen:** fortgeschrittene Arthrose auch der STT-Fläche, keine "
              "Komplikationen."),
        ("p", "**Procedere:** Gipsschiene 4 Wochen, dann Handtherapie und Daumenorthese. Fadenzug nach 12-14 Tagen. "
              "Wiedervorstellung in der Sprechstunde nach 6 Wochen mit Röntgenkontrolle."),
        ("sp",),
        ("p", "Dr. med. B. Overkamp\nDiktiert: 10.02.2026 / geschrieben: 11.02.2026 (sk)"),
    ],
    label=dict(kinds=["operation-report"], date="2026-02-10", also_dates=["2026-02-11"], author="specialist",
               language="de", style="German Operationsbericht (Word) with grid header",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Operation in a German hospital for a German patient referred to a Dutch clinic: treated abroad. "
                     "Dictated vs typed date; birth date 12.11.1971 in the same table."))

add(stem="vh-044", fmt="txt",
    text="""KLINIK AM LOUSBERG AACHEN
Handchirurgische Ambulanz - Sektion Hand- und Plastische Chirurgie
Lousbergstraße 72 - 52072 Aachen - Tel. +49 241 47 11 50 - Fax +49 241 47 11 59

Klinik am Lousberg - Lousbergstraße 72 - 52072 Aachen

Herrn
drs. L. Hennekens, huisarts
Huisartsenpraktijk Drielandenpunt
Maastrichterlaan 30
6291 EN Vaals
NIEDERLANDE
                                                       Aachen, 24.11.2026
                                                       Unser Zeichen: HC/amb/4418

Patientin: Frau Hannelore Kampmann, * 30.11.1952
           Bloemendalstraat 7, 6291 CL Vaals (NL)
Vorstellung in unserer Sprechstunde am 20.11.2026

Sehr geehrter Herr Kollege,

wir berichten Ihnen über die ambulante Vorstellung Ihrer Patientin.

Diagnosen:
- Rhizarthrose links, Eaton-Littler Stadium III
- Karpaltunnelsyndrom links (neurographisch mittelgradig)
- Z.n. Hysterektomie 1998, Z.n. Cholezystektomie 2010

Anamnese:
Seit etwa zwei Jahren zunehmende Schmerzen am linken Daumensattelgelenk,
Kraftverlust beim Schlüsseldrehen und Öffnen von Gläsern. Zusätzlich
nächtliche Kribbelparästhesien D1-D3 links seit dem Frühjahr. Bisher
Orthese und zwei Kortisoninfiltrationen des Sattelgelenks durch den
Orthopäden in Aachen, zuletzt im Juni 2026.

Befund:
Positiver Grind-Test links, Schwellung und Druckschmerz über dem
Daumensattelgelenk, Adduktionskontraktur erste Zwischenfingerfalte
leicht. Hoffmann-Tinel über dem Karpaltunnel positiv, Phalen nach 30 s
positiv. Keine Thenaratrophie. 2-PD 5 mm an D1-D3.

Röntgen Daumensattelgelenk links (20.11.2026, hier): deutliche
Gelenkspaltverschmälerung, subchondrale Sklerose und Osteophyten,
Subluxation des Metakarpale I, STT-Gelenk frei.
Neurographie (Praxis Dr. Horn, Neurologie, 11.11.2026): distal motorische
Latenz N. medianus links 5,6 ms, sensible NLG vermindert.

Beurteilung und Procedere:
Wir haben mit Frau Kampmann die Möglichkeiten besprochen und empfehlen
eine operative Versorgung in einer Sitzung: Spaltung des Karpaldachbandes
links und Resektionsarthroplastik des Daumensattelgelenks. Eine Operation
ist bisher nicht erfolgt. Die Patientin möchte vor einer Entscheidung eine
Zweitmeinung in den Niederlanden einholen; die Röntgenbilder haben wir ihr
auf CD mitgegeben.

Mit freundlichen kollegialen Grüßen

Dr. med. Friederike Wolff-Ansari          Jonas Pelzer
Oberärztin Handchirurgie                   Assistenzarzt
""",
    label=dict(kinds=["correspondence"], date="2026-11-24", author="specialist", language="de",
               style="German outpatient Arztbrief (plain text) to a Dutch GP",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Clinic visit in Germany for a patient living in NL: treated abroad (outpatient). 'Eine Operation "
                     "ist bisher nicht erfolgt' negates surgery; the recommended operations are plans; hysterectomy and "
                     "cholecystectomy are other body parts. Birth date with asterisk, visit date 20.11 vs letter "
                     "date 24.11.2026."))

add(stem="vh-045", fmt="pdf",
    opts=dict(footer="Amsterdam Hand Therapy Collective - Keizersgracht 480-H, 1017 EG Amsterdam - "
                     "+31 20 555 0177 - KvK 80011234 - AGB 04-0911782", pagenum="{p} / {n}"),
    blocks=[
        ("logo", "AHT", ["**Amsterdam Hand Therapy Collective**", "English-speaking hand therapy"],
         ["15 September 2026"], "#2f6f62"),
        ("p", "To: Dr M. Vos, huisarts, Huisartsenpraktijk Plantage, Amsterdam\nCc: Mr P.-J. Hulshof"),
        ("title", "Hand therapy progress report"),
        ("kv", [("Client", "Mr Pieter-Jan Hulshof"), ("Date of birth", "22 March 1977"),
                ("Diagnosis", "Right ring finger FDP avulsion (jersey finger), repaired"),
                ("Therapist", "Hanna Brouwer-Sandoval, CHT")], 1),
        ("p", "Mr Hulshof had his FDP tendon repaired with suture anchors in Tampa, Florida (USA) on 18 June 2026 while "
              "on a work assignment there. He returned to the Netherlands in early July and started therapy with us "
              "on 9 July 2026 (week 3 after surgery), continuing the early protected motion protocol started in the US."),
        ("h", "Measurements (right ring finger)"),
        ("grid", [["", "9 July", "6 Aug", "10 Sep"], ["Active DIP flexion (deg)", "10", "35", "45"],
                  ["Active PIP flexion (deg)", "60", "85", "95"], ["PIP extension deficit (deg)", "-25", "-15", "-15"],
                  ["Total active motion (deg)", "150", "205", "225"], ["Grip strength R/L (kg)", "n.t.", "22/46", "31/46"]],
         [0.4, 0.2, 0.2, 0.2]),
        ("h", "Assessment"),
        ("p", "Progress has plateaued over the last four weeks. DIP flexion remains limited with a persistent PIP "
              "flexion contracture; there are signs of adhesions at the level of the A4 pulley. He asks whether "
              "tenolysis would help; this is outside our scope, and we have suggested he discuss this with a hand "
              "surgeon. He would like a second opinion in the Netherlands rather than returning to the US surgeon."),
        ("h", "Plan"),
        ("p", "Continue therapy weekly for 6 weeks (blocking exercises, static progressive extension splint at night). "
              "Review after the surgical opinion."),
        ("sp", 3),
        ("p", "Kind regards,\n\nHanna Brouwer-Sandoval, Certified Hand Therapist"),
    ],
    label=dict(kinds=[], date="2026-09-15", author="other", language="en",
               style="English hand therapy progress report from a Dutch practice, measurement table",
               imaging_done="unmentioned", operated="yes", treated_abroad="yes",
               notes="Hand-therapy letter (none of the kinds) that states an operation in the USA, so operated and "
                     "treated_abroad are both yes. Tenolysis is only a question. Dates without year in the table."))

add(stem="vh-046", fmt="docx",
    opts=dict(header="GlobalCare Expat Health - Claims & Authorisations\nPO Box 1147, 2501 BC Den Haag, NL - "
                     "authorisations@globalcare-expat.example"),
    blocks=[
        ("title", "Pre-authorisation request: specialist second opinion"),
        ("small", "Please complete all sections. A referral from a registered physician must be attached; second "
                  "opinions without a referral are not reimbursed under plans Silver and Gold."),
        ("h", "Section A - Member"),
        ("kv", [("Member name", "Chiara Benedetti"), ("Member no.", "GCX-44781-02"), ("Date of birth", "24 May 1985"),
                ("Plan", "Gold International"), ("Country of residence", "Netherlands"), ("Phone", "+31 6 3382 9014")], 2, True),
        ("h", "Section B - Reason for request"),
        ("kv", [("Condition", "Persistent pain and reduced rotation left wrist"),
                ("History", "Distal radius fracture left, operated (plate fixation) at Ospedale Navigli Ovest, Milan, Italy, "
                            "on 3 March 2025. Plate still in situ."),
                ("Investigations done", "CT left wrist, 12 March 2026, Haagse Duinen Ziekenhuis (The Hague)"),
                ("Requested provider", "Handkliniek De Brug, Nieuwegein (hand surgery second opinion)"),
                ("Referring physician", "Dr R. Sewnath, huisarts, Den Haag (referral attached)")], 1, True),
        ("h", "Section C - Declaration"),
        ("p", "I declare that the information given is correct and complete. I authorise GlobalCare Expat Health to "
              "obtain medical information from the providers named above for the purpose of assessing this request."),
        ("kv", [("Signature", "C. Benedetti"), ("Date", "28 October 2026")], 2),
        ("small", "For office use: received 29-10-2026 / assessor ____ / decision ____"),
    ],
    label=dict(kinds=[], date="2026-10-28", author="patient", language="en",
               style="expat insurer pre-authorisation form (Word), bordered field tables",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Insurance form filled in by the patient: not a referral even though it names the referring GP. "
                     "States an operation in an Italian hospital (abroad, operated) and a CT in NL. Office-use receipt "
                     "date 29-10-2026 differs from the signature date."))

add(stem="vh-047", fmt="pdf",
    opts=dict(sidebar=["**Ziekenhuis Rijnoever**", "Orthopedie", "Rijnkade 2", "6811 HA Arnhem", "T 026-3789 400", "",
                       "**Uw referentie**", "-", "**Ons kenmerk**", "ORTH-RO/26/2207", "", "**Behandelaar**",
                       "dr. G.H. Vlasblom", "orthopedisch chirurg", "", "**Datum**", "06-11-2026"],
              footer="Ziekenhuis Rijnoever - Arnhem - www.rijnoever.example", pagenum="Pagina {p} van {n}"),
    blocks=[
        ("logo", "ZR", ["**Ziekenhuis Rijnoever**", "Orthopedie - Hand- en Polschirurgie"], [""], "#444444"),
        ("p", "Handkliniek Eemland\nt.a.v. de dienstdoende handchirurg\nStadsring 160\n3811 HT Amersfoort"),
        ("sp", 4),
        ("p", "**Betreft:** verwijzing voor second opinion - mevrouw E. Jonkers, geboren 03-11-1979, "
              "Velperweg 210, 6824 HN Arnhem"),
        ("p", "Geachte collega,"),
        ("p", "Hierbij verwijs ik mevrouw Jonkers, op haar verzoek en met mijn volledige instemming, naar u voor een "
              "second opinion."),
        ("p", "Mevrouw liep in januari 2025 een intra-articulaire distale radiusfractuur links op, die ik op "
              "17-01-2025 heb behandeld met open repositie en volaire plaatosteosynthese. Het postoperatieve beloop werd "
              "gecompliceerd door secundair verlies van repositie. Zij houdt pijn aan de ulnaire zijde en een beperkte "
              "supinatie (40 graden). De CT van beide polsen (15-09-2026) toont een dorsale angulatie van 18 graden en "
              "een ulna-plusvariant van 4 mm met ulnocarpaal impingement; het osteosynthesemateriaal ligt goed."),
        ("p", "Ik heb haar een corrigerende osteotomie van de radius met verwijdering van de plaat voorgesteld. "
              "Gezien de complexiteit (3D-planning, eventueel patiëntspecifieke geleiders) en haar twijfel, leg ik de "
              "casus graag aan u voor."),
        ("p", "**Vraagstelling:** Is een corrigerende radiusosteotomie geïndiceerd, of volstaat een "
              "ulnaverkortingsosteotomie? Heeft u de mogelijkheid tot 3D-geplande correctie?"),
        ("p", "Het operatieverslag, de poliklinische brieven en het CT-verslag zijn bijgevoegd; de beelden zijn via "
              "het beeldportaal met u gedeeld."),
        ("sp", 3),
        ("p", "Met collegiale groet,\n\ndr. G.H. Vlasblom, orthopedisch chirurg"),
        ("small", "cc: mevrouw E. Jonkers; huisarts J. Beekman, Arnhem"),
    ],
    label=dict(kinds=["referral", "correspondence"], date="2026-11-06", author="specialist", language="nl",
               style="specialist's referral letter with HiX-like sidebar",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Referral by the treating specialist: both a referral and specialist correspondence. Date only in the "
                     "sidebar; birth date 03-11-1979 three days earlier. Proposed osteotomy is a plan; 2025 ORIF is past."))

add(stem="vh-048", fmt="txt",
    text="""ZorgDomein - Verwijzing
Zorgvraag: Plastische chirurgie > Hand > Behandeling carpaletunnelsyndroom
Verstuurd: 19-11-2026 16:58     Referentie: ZD-2026-3318754
Ontvanger: Handkliniek De Brug - Nieuwegein

Verwijzer:   drs. I. Wagemakers, huisarts (AGB 01-072218)
             Huisartsenpraktijk Vleuterweide, Utrecht
Patiënt:     dhr. S.P. (Stefan) van Vliet
Geb.datum:   18-11-1983
BSN:         148 306 957
Verzekering: Polderzorg Basis 882104467

Reden van verwijzing:
  Typische klachten carpaletunnelsyndroom links sinds ruim een jaar,
  nachtelijke tintelingen D1-D3, schudden helpt. EMG (neurologie,
  10-2026): matig ernstig CTS links. Spalk 3 maanden zonder effect.
  Graag operatieve behandeling (carpaletunnelrelease links).

Vraagstelling:
  -

Urgentie: regulier
Medicatie: geen
Allergieën: geen
Overige informatie: patiënt is timmerman, zelfstandige; voorkeur voor
  behandeling op korte termijn.
""",
    label=dict(kinds=["referral"], date="2026-11-19", author="gp", language="nl",
               style="ZorgDomein plain-text export with empty Vraagstelling",
               referral_question=False, imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Referral for treatment only; the Vraagstelling field is empty ('-'). EMG is not imaging. Birth date "
                     "18-11-1983 is the day before the send date."))

add(stem="vh-049", fmt="docx",
    opts=dict(footer="Huisartsenpraktijk Zwaanshals - Zwaanshals 301 - 3035 KB Rotterdam - 010-4661 205 - "
                     "AGB 01-066430"),
    blocks=[
        ("p", "**Huisartsenpraktijk Zwaanshals**\nF. Benhaddou en C. Vermeulen, huisartsen"),
        ("sp",),
        ("kv", [("Aan", "Handkliniek Eemland, polikliniek hand- en polschirurgie"), ("Datum", "20-11-2026"),
                ("Betreft", "dhr. M. Bakkali, geb. 10-12-1975"), ("Onderwerp", "Verwijzing second opinion")], 1),
        ("p", "Geachte collega,"),
        ("p", "Graag verwijs ik de heer Bakkali naar u voor een second opinion over zijn rechter hand."),
        ("h", "Vraagstelling"),
        ("p", "Na een ringbandsplitsing van de middelvinger rechts in mei 2026 heeft patiënt aanhoudende pijn, "
              "zwelling en stijfheid van de hele hand. De behandelend chirurg denkt aan verklevingen en stelt een "
              "tenolyse voor; de pijnspecialist denkt aan CRPS type 1. Graag uw oordeel: is er sprake van CRPS of van "
              "een mechanisch probleem, en wat is uw behandeladvies?"),
        ("h", "Voorgeschiedenis"),
        ("p", "2008 diabetes mellitus type 2\n2014 tendovaginitis De Quervain links, injectie\n2019 laparoscopische "
              "cholecystectomie\n05-2026 ringbandsplitsing (A1) D3 rechts, dagbehandeling Maasoever Ziekenhuis, "
              "Rotterdam"),
        ("h", "Recente behandelingen"),
        ("p", "07-2026 tijdens familiebezoek in Marokko bezoek aan de spoedeisende hulp van een ziekenhuis in Tanger "
              "wegens toegenomen zwelling en roodheid van de hand; daar 10 dagen antibiotica (amoxicilline/clavulaanzuur) "
              "gekregen\n08-2026 handtherapie, 2x per week\n09-2026 X-hand rechts: pleksgewijze ontkalking, passend bij "
              "CRPS, geen andere afwijkingen\n10-2026 pijnpolikliniek: start vitamine C en amitriptyline 10 mg"),
        ("h", "Medicatie"),
        ("p", "Metformine 1000 mg 2dd1, amitriptyline 10 mg a.n., vitamine C 500 mg 1dd1, paracetamol zo nodig."),
        ("p", "Allergie: geen. Gezien het SEH-bezoek in Marokko heb ik een MRSA-screening aangevraagd; de uitslag "
              "stuur ik na ontvangst door."),
        ("sp",),
        ("p", "Met vriendelijke groet,\n\nC. Vermeulen, huisarts"),
    ],
    label=dict(kinds=["referral", "history"], date="2026-11-20", author="gp", language="nl",
               style="free GP referral letter (Word) with Voorgeschiedenis and Recente behandelingen headings",
               referral_question=True, imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Free letter that carries its own history section with recent treatments: referral and history. "
                     "Emergency-department visit in Morocco counts as treated abroad; the MRSA screening is only "
                     "requested. Tenolysis is a plan; the A1 release is past; cholecystectomy is another body part."))

add(stem="vh-050", fmt="pdf",
    opts=dict(header="Ziekenhuis Rijnoever - Laboratorium Medische Microbiologie en Immunologie - Rijnkade 2, 6811 HA Arnhem",
              footer="Dit is een automatisch gegenereerde uitslag. Vragen: arts-microbioloog 026-3789 650.",
              pagenum="Pagina {p} van {n}"),
    blocks=[
        ("title", "Kweekuitslag"),
        ("kv", [("Patiënt", "Bakkali, M."), ("Geboren", "10-12-1975"), ("Patiëntnr.", "RO-9922107"),
                ("Aanvrager", "C. Vermeulen (huisarts Rotterdam)"), ("Afgenomen", "23-11-2026"), ("Ontvangen", "24-11-2026"),
                ("Uitslag", "26-11-2026"), ("Status", "eindrapport")], 2),
        ("p", "Indicatie: BRMO/MRSA-screening na bezoek spoedeisende hulp in Marokko (Tanger), juli 2026."),
        ("h", "MRSA-screening"),
        ("kv", [("Neus", "MRSA niet aangetoond"), ("Keel", "MRSA niet aangetoond"),
                ("Perineum", "MRSA niet aangetoond")], 1),
        ("h", "BRMO-screening"),
        ("kv", [("Rectum - ESBL-producerende Enterobacterales", "niet aangetoond"),
                ("Rectum - CPE (carbapenemase)", "niet aangetoond")], 1),
        ("p", "Conclusie: geen MRSA en geen BRMO aangetoond."),
        ("p", "dr. K.A. Oyen, arts-microbioloog"),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-11-26", also_dates=["2026-11-23"], author="lab", language="nl",
               style="hospital microbiology 'Kweekuitslag', label/value pairs in separate runs",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="MRSA result combined with a BRMO (ESBL/CPE) screen; indication is an ED visit in Morocco. "
                     "Label and value are separate table cells."))
# ==============================================================================================
# DOCUMENTS 051-064
# ==============================================================================================

add(stem="vh-051", fmt="docx",
    opts=dict(header="HOSPITAL COSTA BLANCA NORTE - Servicio de Microbiología / Microbiology Laboratory\n"
                     "Av. del Mediterráneo 140, 03503 Benidorm (Alicante), Spain - Tel. +34 965 55 18 00",
              footer="International Patient Department - English version of the laboratory report. Original in Spanish."),
    blocks=[
        ("title", "Laboratory report - MRSA screening"),
        ("kv", [("Patient", "DEKKER, Johannes"), ("Date of birth", "12/09/1950"),
                ("Medical record no.", "HCBN-771204"), ("Ward", "Traumatology, room 412 (admission)"),
                ("Requesting physician", "Dr A. Ruiz Montalbán"), ("Sample collected", "02/10/2026 19:40"),
                ("Received", "02/10/2026 21:15"), ("Report date", "04/10/2026")], 2, True),
        ("p", "Indication: admission screening (in-patient, orthopaedic surgery planned)."),
        ("grid", [["Sample", "Method", "Result"],
                  ["Nasal swab", "MRSA real-time PCR (mecA/SCCmec)", "NOT DETECTED"],
                  ["Nasal swab", "Culture, chromogenic MRSA agar", "No MRSA isolated"],
                  ["Inguinal swab", "Culture, chromogenic MRSA agar", "No MRSA isolated"]]),
        ("p", "Interpretation: Methicillin-resistant Staphylococcus aureus not detected."),
        ("p", "Validated by: Dra. Lucía Ferrer Gil, Specialist in Clinical Microbiology - 04/10/2026"),
    ],
    label=dict(kinds=["mrsa-screening"], date="2026-10-04", also_dates=["2026-10-02"], author="lab", language="en",
               style="Spanish hospital microbiology report in English (Word), grid header and result table",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="yes",
               notes="Admission screening in a Spanish hospital: the document itself proves an admission abroad. "
                     "'Surgery planned' is a plan. Real MRSA result but from abroad and dated early October."))

add(stem="vh-052", fmt="txt",
    text="""From: Radiology Bookings - Northbridge University Hospitals <nuh.radiologybookings@nhs.example>
To: d.achterberg@example.co.uk
Sent: Wednesday, 4 November 2026 08:02
Subject: Your MRI appointment - please confirm

Dear Mr Achterberg,

NHS number: 612 904 3387
Date of birth: 30/01/1984

You have been referred for an MRI scan by Dr L. Ferris. We have booked
the following appointment for you:

   Examination : MRI left wrist
   Date        : Thursday 14 January 2027
   Time        : 18:20 (please arrive 20 minutes early)
   Location    : MRI Unit, Level 1, St Aldwyn's Hospital, Northbridge

Please complete the enclosed MRI safety questionnaire before your visit.
Do not bring jewellery or bank cards into the scan room.

If you cannot attend, or no longer need this appointment, please call
0300 555 0199 or reply to this e-mail at least 48 hours in advance so that
we can offer your slot to another patient.

Kind regards,
Radiology Bookings Team
Northbridge University Hospitals NHS Trust

This e-mail and any attachments are confidential.
""",
    label=dict(kinds=[], date="2026-11-04", author="other", language="en",
               style="UK hospital appointment e-mail (plain text)",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Appointment for an MRI in January 2027: imaging only booked, not done. The appointment date is "
                     "not the document date. Says nothing about earlier hospital treatment."))

add(stem="vh-053", fmt="pdf",
    opts=dict(footer="Fysio Oost Amsterdam - Linnaeusstraat 88, 1093 EL Amsterdam - +31 20 555 2290 - "
                     "info@fysio-oost.example", pagenum="p. {p}"),
    blocks=[
        ("logo", "FOA", ["**Fysio Oost Amsterdam**", "Physiotherapy - Sports rehabilitation"],
         ["Amsterdam, 21-10-2026"], "#1b7f3b"),
        ("p", "To the general practitioner:\nDr A. de Roos, Huisartsenpraktijk Dapperbuurt, Amsterdam"),
        ("title", "Physiotherapy report"),
        ("kv", [("Patient", "Mr Lucas Ferreira"), ("Date of birth", "17-06-1992"),
                ("Referral", "Direct access (no referral)"), ("Treatment period", "26-08-2026 to 14-10-2026, 8 sessions")], 1),
        ("h", "History"),
        ("p", "Mr Ferreira (Brazilian, living in Amsterdam since 2022) injured his right wrist playing padel in August "
              "2026 (forced extension). He did not see a doctor at the time. No X-rays or other imaging have been "
              "done so far."),
        ("h", "Findings at intake"),
        ("p", "Dorsal wrist pain at the scapholunate interval, pain on loaded extension (push-up), painful Watson "
              "shift test without clunk, grip 38 kg right vs 52 kg left."),
        ("h", "Treatment and result"),
        ("p", "Load management, proprioceptive and dart-thrower's motion training, taping for padel. Pain at rest has "
              "resolved, but push-ups and padel smashes remain painful and grip is still 44 kg."),
        ("h", "Advice"),
        ("p", "Because of the persistent dorsal pain and the positive Watson test, we advise further assessment by a "
              "physician; imaging of the wrist (X-ray, possibly MRI) may be indicated to exclude a scapholunate "
              "ligament injury. Mr Ferreira has asked whether he can be seen at a specialised hand clinic."),
        ("sp", 3),
        ("p", "Kind regards,\n\nTom Verbruggen, physiotherapist (BIG 39112277804)"),
    ],
    label=dict(kinds=[], date="2026-10-21", author="other", language="en",
               style="physiotherapy discharge/progress report in English from a Dutch practice",
               imaging_done="no", operated="unmentioned", treated_abroad="unmentioned",
               notes="Physiotherapy letter, none of the kinds. 'No X-rays or other imaging have been done' is an "
                     "explicit negation; X-ray/MRI are only advised. Living in NL, injury in NL."))

add(stem="vh-054", fmt="docx",
    opts=dict(header="Ziekenhuis Gooi-Vecht | Neurologie en Klinische Neurofysiologie\nJan Tooropstraat 164, 1213 XZ Hilversum",
              footer="Ziekenhuis Gooi-Vecht - Hilversum - afsprakenbureau neurologie 035-6881 330"),
    blocks=[
        ("p", "Aan: mw. drs. E.J. Ruitenberg, huisarts\nGezondheidscentrum Kerkelanden\nKerkelanden 2\n1211 RJ Hilversum"),
        ("sp",),
        ("kv", [("Datum", "25 november 2026"), ("Kenmerk", "NEU/CN-2026/5531"),
                ("Betreft", "Mw. C. Dijkman-Hoek, geb. 22-11-1968, patiëntnr. 3312708")], 1),
        ("p", "Geachte collega,"),
        ("p", "Uw patiënte werd op 23 november 2026 gezien op het spreekuur neurologie in verband met tintelingen in "
              "de rechter hand, met aansluitend EMG-onderzoek."),
        ("p", "**Anamnese:** Sinds ongeveer acht maanden nachtelijke tintelingen in duim, wijs- en middelvinger rechts, "
              "sinds kort ook overdag bij fietsen en telefoneren. Geen nekpijn, geen uitstraling. Zij is niet eerder "
              "aan de hand of pols geopereerd."),
        ("p", "**Neurologisch onderzoek:** Normale kracht, ook van de m. abductor pollicis brevis. Hypesthesie "
              "digiti 1-3 rechts. Tinel en Phalen rechts positief. Reflexen symmetrisch."),
        ("p", "**EMG/zenuwgeleidingsonderzoek:** Vertraagde sensibele geleiding van de n. medianus over de pols rechts, "
              "distale motorische latentie 5,1 ms, geen denervatieactiviteit in de m. APB. N. ulnaris normaal. Geen "
              "aanwijzingen voor een cervicale radiculopathie."),
        ("p", "Er is geen beeldvorming verricht; een echo van de n. medianus achten wij niet noodzakelijk."),
        ("p", "**Conclusie:** Carpaletunnelsyndroom rechts, matig ernstig (neurofysiologisch)."),
        ("p", "**Beleid:** Wij adviseren een nachtspalk gedurende 6-8 weken en bij onvoldoende effect verwijzing naar "
              "een handchirurg voor een carpaletunnelrelease. Patiënte gaf aan eventueel direct een handkliniek te "
              "willen bezoeken. Zij is terugverwezen naar u."),
        ("sp",),
        ("p", "Met vriendelijke groet,\n\ndr. M.C. Osinga, neuroloog"),
        ("small", "cc: patiënte"),
    ],
    label=dict(kinds=["correspondence"], date="2026-11-25", author="specialist", language="nl",
               style="neurology consultation letter (Word) with header table",
               imaging_done="no", operated="no", treated_abroad="unmentioned",
               notes="Specialist letter from neurology: EMG is not imaging, and 'geen beeldvorming verricht' is an "
                     "explicit negation. Birth date 22-11-1968 close to visit (23-11) and letter (25-11-2026) dates. "
                     "Surgery only advised conditionally."))

add(stem="vh-055", fmt="txt",
    text="""From:    Dr. Alejandro Ruiz Montalbán <a.ruiz@hcbn-traumatologia.example>
To:      huisartsenpraktijk.deplataan@example.nl
Cc:      hans.dekker1950@example.nl
Date:    Thursday, 22 October 2026 09:31
Subject: Mr Johannes Dekker (DOB 12/09/1950) - summary of treatment, right wrist
Attachments: informe_alta_Dekker.pdf; informe_quirurgico_Dekker.pdf; TC_muneca.pdf

Dear colleague,

At the request of your patient, Mr Johannes Dekker, who spends the winters
in Benidorm, I am writing to summarise his treatment in our department.

Mr Dekker fell from a low wall on 1 October 2026 and presented to our
emergency department with pain in the right wrist. Radiographs and a CT
scan showed a displaced fracture of the waist of the right scaphoid. He
was admitted to the traumatology ward on 2 October and underwent
percutaneous fixation of the scaphoid with a cannulated compression screw
on 3 October 2026. The postoperative course was uneventful and he was
discharged on 5 October with a thumb-spica cast.

He will return to the Netherlands in November. We advise cast removal at
6 weeks and a CT scan at 10-12 weeks to confirm union. Mr Dekker has told
me that he wishes to have his follow-up, and a second opinion on whether
further treatment is needed, at a hand clinic in the Netherlands.

Attached are the discharge report and the operative report (in Spanish)
and the CT report. An English translation of the operative report can be
provided on request. The MRSA admission screen was negative.

With kind regards,

Dr. Alejandro Ruiz Montalbán
Especialista en Cirugía Ortopédica y Traumatología
Unidad de Mano y Muñeca - Hospital Costa Blanca Norte, Benidorm (Spain)
Tel. +34 965 55 18 40
""",
    label=dict(kinds=["correspondence"], date="2026-10-22", author="specialist", language="en",
               style="e-mail from a treating specialist abroad (plain text)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Specialist correspondence by e-mail from a Spanish hospital. It summarises the operation but the "
                     "operative report, CT report and MRSA result are attachments that are only mentioned. US/UK-style "
                     "DOB 12/09/1950 is day-first here (Spanish)."))

add(stem="vh-056", fmt="pdf",
    opts=dict(header="Praxis Dr. med. Bernd Lammersmann - Allgemeinmedizin - Hauptstraße 120 - 48599 Gronau",
              footer="Karteikartenauszug - nur für den ärztlichen Gebrauch - Ausdruck 19.11.2026 10:14",
              pagenum="Seite {p} von {n}", font="Courier", size=8.5),
    blocks=[
        ("title", "Patientenübersicht / Karteikartenauszug"),
        ("kv", [("Patientin", "Rosendahl, Anke"), ("geb.", "22.06.1986"), ("Anschrift", "Kiefernweg 3, 48599 Gronau"),
                ("Kasse", "BKK Westmünsterland-Süd"), ("Ausdruck vom", "19.11.2026")], 1),
        ("h", "Dauerdiagnosen"),
        ("p", "J45.9 G  Asthma bronchiale\nE03.9 G  Hypothyreose\nS63.3 G  Traumatische Ruptur von Bändern des "
              "Handgelenks re. (SL-Band, partiell)"),
        ("h", "Dauermedikation"),
        ("p", "L-Thyroxin 75 ug 1-0-0\nBudesonid/Formoterol 160/4,5 bei Bedarf\nIbuprofen 400 mg bei Bedarf"),
        ("h", "Allergien"),
        ("p", "Keine bekannt."),
        ("h", "Karteikarte (Auszug 08/2026 - 11/2026)"),
        ("grid", [["Datum", "Typ", "Eintrag"],
                  ["24.08.2026", "A", "Sturz beim Inlineskaten auf re. Hand, Vorstellung ZNA Klinikum Gronau-Epe: Röntgen "
                                      "ohne Fraktur, Handgelenksbandage. AU 1 Woche."],
                  ["07.09.2026", "A", "Weiter Schmerzen dorsal re. Handgelenk. Überweisung Radiologie (MRT)."],
                  ["06.10.2026", "B", "Befund MRT re. Handgelenk (05.10.): Partialruptur dorsales SL-Band, keine "
                                      "Instabilität, kein Skaphoidfrakturnachweis."],
                  ["14.10.2026", "B", "Arztbrief Handchirurgie (Dr. Sommerkamp, Münster): Empfehlung Arthroskopie, ggf. "
                                      "SL-Band-Rekonstruktion. Bisher keine Operation."],
                  ["02.11.2026", "A", "Pat. arbeitet in Enschede, möchte vor OP Zweitmeinung in einer Handklinik in den "
                                      "Niederlanden. Unterlagen zusammengestellt."],
                  ["19.11.2026", "A", "Übersicht für Zweitmeinung ausgedruckt, Pat. nimmt MRT-CD mit."]],
         [0.14, 0.06, 0.8]),
        ("p", "A = Anamnese/Arzteintrag, B = Befund/Brief"),
    ],
    label=dict(kinds=["history"], date="2026-11-19", author="gp", language="de",
               style="German GP Karteikartenauszug (Courier, table of journal entries, ICD-10 diagnoses)",
               imaging_done="yes", operated="no", treated_abroad="yes",
               notes="German GP history printout for a German patient: ZNA visit in a German hospital = treated outside "
                     "NL. 'Bisher keine Operation' negates surgery; arthroscopy only recommended. Print date repeated "
                     "in the footer."))

add(stem="vh-057", fmt="docx",
    opts=dict(footer="Groepspraktijk De Linde - Stationsstraat 12 - 3990 Peer - tel. +32 11 63 22 90 - "
                     "RIZIV 1-77420-41-004"),
    blocks=[
        ("p", "**Dr. Koen Vanhoutte**\nHuisarts - Groepspraktijk De Linde\nStationsstraat 12, 3990 Peer (België)"),
        ("sp",),
        ("p", "Aan: Handkliniek Eemland\nAfdeling hand- en polschirurgie\nStadsring 160\n3811 HT Amersfoort (Nederland)"),
        ("sp",),
        ("p", "Peer, 30 november 2026"),
        ("p", "Betreft: mevrouw Griet Moons (° 02/12/1964), Kerkplein 5, 3930 Hamont-Achel\n"
              "Rijksregisternummer 64.12.02-318.77 - mutualiteit: Mutualiteit Kempenland"),
        ("p", "Geachte confrater,"),
        ("p", "Mag ik u mevrouw Moons verwijzen, die in Eindhoven werkt en op aanraden van collega's een tweede advies "
              "in uw kliniek wenst?"),
        ("p", "Op 21 augustus 2026 viel zij van de fiets en werd zij op de spoedgevallendienst van AZ Kempenheide "
              "(Lommel) gezien. De RX toonde een extra-articulaire distale radiusfractuur links, die gesloten werd "
              "gereduceerd en zes weken in gips werd behandeld. Zij werd niet geopereerd. Op de controle-RX van "
              "oktober is de fractuur geconsolideerd, maar in dorsale kanteling (ca. 20 graden) met een "
              "ulna-plusvariant. Zij heeft pijn aan de ulnaire zijde en kan haar hand moeilijk draaien."),
        ("p", "De behandelende orthopedist heeft op de raadpleging een correctie-osteotomie voorgesteld. Mevrouw "
              "twijfelt of dat nu al nodig is."),
        ("p", "**Graag uw advies:** is er nu een indicatie voor een correctie-osteotomie, of kan eerst verder "
              "conservatief (kinesitherapie) worden afgewacht?"),
        ("p", "Andere aandoeningen: hypothyreoïdie, migraine. Medicatie: levothyroxine 100 mcg, sumatriptan zo nodig. "
              "Geen allergieën."),
        ("p", "De verslagen van de RX en de raadplegingsbrieven geef ik haar mee."),
        ("sp",),
        ("p", "Met collegiale groeten,\n\ndr. Koen Vanhoutte"),
    ],
    label=dict(kinds=["referral"], date="2026-11-30", author="gp", language="nl",
               style="Belgian (Flemish) GP referral letter (Word), 'confrater', ° birth date",
               referral_question=True, imaging_done="yes", operated="no", treated_abroad="yes",
               notes="Belgian GP referral: emergency care in a Belgian hospital = treated abroad. 'Zij werd niet "
                     "geopereerd' is a negation; the osteotomy is a proposal. Birth date 02/12/1964 two days after the "
                     "letter; a one-line list of other conditions is no history section."))

add(stem="vh-058", fmt="pdf",
    opts=dict(footer="Ziekenhuis Zwolle-Zuid - Medische Beeldvorming - Dokter van Heesweg 2, 8025 AB Zwolle",
              pagenum="{p}"),
    blocks=[
        ("small", "Ziekenhuis Zwolle-Zuid - Medische Beeldvorming"),
        ("kv", [("Patiënt", "Wolters-Bos, I.M."), ("Geboortedatum", "30-10-1957"),
                ("Aanvrager", "dr. J.W. Mensink, plastische chirurgie"), ("Onderzoek", "ECHO WEKE DELEN POLS/DUIM LINKS"),
                ("Onderzoeksdatum", "16-04-2026"), ("Verslagdatum", "16-04-2026")], 2),
        ("p", "**Klinische informatie:** Status na trapeziectomie met LRTI links (12-2025). Drukpijnlijk bultje "
              "radiodorsaal bij het litteken, tintelingen dorsum duim. Neuroom? Hechtingsgranuloom?"),
        ("p", "Ter plaatse van het palpabele bultje, direct onder het litteken, een ovale hypo-echogene structuur van "
              "4 x 3 mm in continuïteit met een tak van de ramus superficialis nervi radialis, passend bij een neuroom. "
              "Geen vochtcollectie, geen corpus alienum, geen tekenen van hechtingsgranuloom. Trapeziumloge met "
              "heterogeen weefsel (interpositie), geen effusie."),
        ("p", "**Concl.:** Beeld passend bij een klein neuroom van een tak van de r. superficialis n. radialis links."),
        ("p", "A.B. Koster, radioloog"),
    ],
    label=dict(kinds=["imaging-report"], date="2026-04-16", author="radiologist", language="nl",
               style="untitled ultrasound report, two-column header, abbreviated 'Concl.'",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="No title at all; the kind follows from the Onderzoek field and the radiologist. Clinical "
                     "information states the earlier trapeziectomy. The letter vh-013 of the same patient mentions "
                     "this echo."))

add(stem="vh-059", fmt="txt",
    text="""Uitdraai HIS - Patiëntoverzicht                              Datum uitdraai: 17-11-2026
Huisartsenpraktijk De Kroon, Kroonstraat 4, 5611 ZW Eindhoven
=========================================================================================
Naam:  dhr. R. Verschuren        Geb.: 13-11-1980       M      Patnr: 10447
BSN:   176 332 094               Verzekerd: Zorgvast Plus
=========================================================================================
EPISODELIJST
 L74   Fractuur metacarpale V links (boksersfractuur)      start 04-07-2026   actief
 L81   Knieletsel rechts (VKB-ruptuur), operatief hersteld  2012               passief
 A98   Preventie: reizigersadvies Turkije                   06-2026            passief
 R96   Astma                                                2001               actief

JOURNAAL (selectie)
04-07-2026  S  Gisteravond tegen een deur geslagen (ruzie), pijn en zwelling hand li.
            O  Zwelling en drukpijn MC-V links, knokkel verstreken, rotatie D5 niet
               zeker.
            E  Verdenking fractuur MC-V links.
            P  Verwijzing SEH Ziekenhuis Dommeldal voor X-hand.
05-07-2026     Brief SEH ontvangen: X-hand links fractuur collum MC-V, 40 gr
               angulatie, geen rotatie. Conservatief: ulnaire gipsspalk 3 weken.
               Niet geopereerd.
28-07-2026  S  Gips eraf, hand stijf.  P  verwijzing handtherapie.
12-08-2026  S  Vakantie Turkije (Alanya) 3 weken geweest, geen klachten, geen
               dokter of ziekenhuis bezocht.
            P  Werkt als verpleegkundige in verpleeghuis: werkgever vraagt
               MRSA-screening na verblijf buitenland. Kweken neus/keel/perineum
               afgenomen.
16-08-2026     Uitslag MRSA-kweek: negatief (alle drie de locaties).
22-09-2026  S  Knokkel ingezakt, pijn bij vuist maken en bij tillen, D5 kruist
               bij vuist maken over D4?
            O  Lichte scissoring D5 bij volledige vuist, knokkel MC-V afgevlakt.
            E  Malunion MC-V links met rotatiecomponent?
            P  X-hand herhaald (ZH Dommeldal): consolidatie in 35 gr
               angulatie.
03-11-2026  S  Wil second opinion bij handkliniek over correctie-osteotomie,
               plastisch chirurg (Dommeldal) adviseert afwachten.
            P  Verwijzing volgt, uitdraai + brieven meegegeven.

MEDICATIE: salbutamol dosisaerosol zn; beclometason 100 mcg 2dd2
ALLERGIE:  huisstofmijt
=========================================================================================
Pagina 1/1
""",
    label=dict(kinds=["history"], date="2026-11-17", author="gp", language="nl",
               style="HIS 'Patiëntoverzicht' printout (plain text) with episode list and SOEP journal",
               imaging_done="yes", operated="no", treated_abroad="no",
               notes="The journal mentions a negative MRSA culture; that makes this printout no MRSA result. Holiday in "
                     "Turkey explicitly without doctor or hospital. 'Niet geopereerd' for the hand; the knee surgery "
                     "is another body part. Birth date 13-11-1980 four days before the print date."))

add(stem="vh-060", fmt="docx",
    opts=dict(header="GULFVIEW SPECIALTY HOSPITAL - Dubai Healthcare City, Building 72, Dubai, United Arab Emirates\n"
                     "Department of Orthopaedics & Hand Surgery  |  Tel +971 4 555 0300",
              footer="This discharge summary was generated from the hospital information system. facility licence "
                     "no. 0044-HSP."),
    blocks=[
        ("title", "DISCHARGE SUMMARY"),
        ("kv", [("Patient", "Mr Sander KOOISTRA"), ("MRN", "GV-2026-118802"), ("DOB", "08/11/1990"),
                ("Nationality", "Dutch"), ("Admission", "14/09/2026"), ("Discharge", "16/09/2026"),
                ("Attending", "Dr Farah Al-Mansoori, Consultant Hand Surgeon"), ("Date of report", "16/09/2026")], 2, True),
        ("p", "**Diagnosis:** Closed oblique fracture of the shaft of the right fifth metacarpal with rotational "
              "malalignment (scissoring), sustained 13/09/2026 (fall during a football match)."),
        ("p", "**Investigations:** X-ray right hand (3 views) 14/09/2026: displaced long oblique MC5 shaft fracture. "
              "Post-operative X-ray 15/09/2026: satisfactory alignment and fixation."),
        ("h", "Operation"),
        ("kv", [("Date", "15/09/2026"), ("Surgeon", "Dr Farah Al-Mansoori"), ("Assistant", "Dr Vikram Nair"),
                ("Anaesthesia", "General anaesthesia + wrist block (Dr O. Haddad)"),
                ("Procedure", "Open reduction and internal fixation right 5th metacarpal, 2 interfragmentary 1.5 mm lag "
                              "screws + 1.5 mm neutralisation plate")], 1),
        ("p", "**Operative description:** Supine, arm table, tourniquet 250 mmHg. Dorso-ulnar longitudinal incision over "
              "MC5 protecting the dorsal branch of the ulnar nerve. Extensor digiti minimi retracted. Fracture "
              "exposed and cleaned. Rotation corrected under direct vision with the fingers in flexion (tenodesis). "
              "Reduction held with a pointed clamp; two 1.5 mm lag screws placed, then a 6-hole 1.5 mm neutralisation "
              "plate. Image intensifier: anatomical reduction, correct screw length. Rotation checked clinically: no "
              "scissoring. Periosteum closed over the plate, skin closed with 4-0 nylon. Ulnar gutter splint. "
              "Tourniquet time 58 minutes. No complications."),
        ("p", "**Hospital course:** Uneventful. Pain controlled with oral analgesia. Neurovascularly intact at discharge."),
        ("p", "**Discharge medication:** Paracetamol 1 g QID PRN, ibuprofen 400 mg TID for 5 days, cefuroxime 500 mg BID "
              "for 3 days."),
        ("p", "**Follow-up / recommendations:** Splint for 2 weeks, suture removal at 12-14 days, hand therapy. The "
              "patient is relocating to the Netherlands on 30/09/2026 and will continue follow-up there; copies of all "
              "reports and images (CD) provided."),
        ("sp",),
        ("p", "Dr Farah Al-Mansoori, MD, FRCS\nConsultant Hand Surgeon\nElectronically signed 16/09/2026 17:20"),
    ],
    label=dict(kinds=["correspondence", "operation-report"], date="2026-09-16", author="specialist", language="en",
               style="international (Dubai) hospital discharge summary with full operation section (Word)",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="Discharge summary with a complete operation description (date, surgeon, assistant, anaesthesia, "
                     "procedure, narrative): both correspondence and operation report. Admitted abroad."))

add(stem="vh-061", fmt="pdf",
    opts=dict(header="RIVERSIDE SURGERY - Patient Summary Print - Practice code M91022",
              footer="Printed by: reception (KT) on 17-Nov-2026 10:51. Confidential: contains patient identifiable data.",
              pagenum="Page {p} of {n}", font="Helvetica", size=8.5),
    blocks=[
        ("title", "Patient Summary"),
        ("kv", [("Name", "BRANDSMA-HUGHES, Eleanor (Mrs)"), ("DOB", "19-Nov-1962"), ("NHS No", "703 118 4426"),
                ("Usual GP", "Dr T. Mbeki"), ("Address", "9 Weir Lane, Northbridge NB2 7AS"), ("Printed", "17-Nov-2026")], 2),
        ("h", "Active Problems"),
        ("grid", [["Date", "Problem"], ["21-Oct-2026", "Flexor tenosynovitis of right index finger (infective) - "
                                                       "washout St Aldwyn's"],
                  ["19-Oct-2026", "Cat bite of right hand"], ["2015", "Hypothyroidism"], ["2011", "Essential hypertension"]],
         [0.2, 0.8]),
        ("h", "Significant Past Problems"),
        ("grid", [["Date", "Problem"], ["2019", "Trigger thumb left - release (day case)"],
                  ["2009", "Abdominal hysterectomy"], ["1998", "Fracture of left ankle"]], [0.2, 0.8]),
        ("h", "Current Repeat Medication"),
        ("p", "Levothyroxine 75 micrograms tablets - one daily\nRamipril 5 mg capsules - one daily\n"
              "(Acute, issued 24-Oct-2026: Co-amoxiclav 625 mg tablets - one three times daily, 10 days)"),
        ("h", "Allergies / Adverse Reactions"),
        ("p", "Penicillin-induced rash? - NOT confirmed; tolerated co-amoxiclav Oct 2026"),
        ("h", "Recent Consultations"),
        ("grid", [["Date", "Clinician", "Entry"],
                  ["19-Oct-2026", "Dr T. Mbeki", "Cat bite R index finger this morning. Swollen, red. Started "
                                                 "co-amoxiclav; safety-net advice."],
                  ["21-Oct-2026", "Dr T. Mbeki", "Worse, fusiform swelling, pain on passive extension. Sent to ED "
                                                 "St Aldwyn's -> admitted under plastics."],
                  ["24-Oct-2026", "Correspondence", "Discharge summary received: washout flexor sheath 21/10, XR hand "
                                                    "no foreign body, IV then oral antibiotics."],
                  ["27-Oct-2026", "Practice nurse", "Dressing: wounds healing, no discharge."],
                  ["10-Nov-2026", "Dr T. Mbeki", "Stiff R index finger. Moving back to Groningen (NL) next week; "
                                                 "asks for summary and letters for new Dutch GP. Summary printed."]],
         [0.15, 0.18, 0.67]),
    ],
    label=dict(kinds=["history"], date="2026-11-17", author="gp", language="en",
               style="UK GP (EMIS-like) patient summary print, problem and consultation tables",
               imaging_done="yes", operated="yes", treated_abroad="yes",
               notes="UK GP summary; the admission and washout took place in a UK hospital, which is abroad from the "
                     "Dutch clinic's point of view. Dates as dd-Mon-yyyy; birth date 19-Nov-1962 two days after the "
                     "print date. Hysterectomy and ankle are other body parts; the 2019 trigger thumb release is "
                     "a hand operation on the other side."))

add(stem="vh-062", fmt="docx",
    blocks=[
        ("center", "**Erklärung zur Entbindung von der ärztlichen Schweigepflicht**"),
        ("center", "und Einwilligung in die Anforderung von Behandlungsunterlagen"),
        ("sp",),
        ("kv", [("Name, Vorname", "Tensing, Marco"), ("Geburtsdatum", "12.11.1971"),
                ("Anschrift", "Schwanenstraße 4, 46399 Bocholt")], 1, True),
        ("p", "Hiermit entbinde ich die nachfolgend genannten Ärztinnen, Ärzte und Einrichtungen von der ärztlichen "
              "Schweigepflicht gegenüber der Handkliniek Eemland, Stadsring 160, 3811 HT Amersfoort (Niederlande), "
              "soweit dies für die Zweitmeinung und eine eventuelle Weiterbehandlung erforderlich ist:"),
        ("p", "1. Hausarztpraxis Dr. med. U. Brandtner, Bocholt\n2. ____________________________________________\n"
              "3. ____________________________________________"),
        ("p", "Die Einwilligung umfasst Arztbriefe, Befundberichte, Operationsberichte und Bilddaten. Sie kann jederzeit "
              "mit Wirkung für die Zukunft widerrufen werden."),
        ("sp",),
        ("p", "Ort, Datum: ______________________________\n\nUnterschrift: M. Tensing"),
        ("small", "Formular HKE-F12-DE, Stand 01/2026"),
    ],
    label=dict(kinds=[], author="patient", language="de",
               style="German consent / Schweigepflichtentbindung form (Word), undated",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Signed but undated (date line empty): the label has no date. 'Stand 01/2026' is a form version, "
                     "not the document's date; the birth date 12.11.1971 is the only full date. Lists only the GP."))

add(stem="vh-063", fmt="pdf",
    opts=dict(header="Ziekenhuis Rijnoever - Heelkunde / Traumatologie", footer="Ziekenhuis Rijnoever - Rijnkade 2 - "
                     "6811 HA Arnhem - 026-3789 400", pagenum="Pagina {p} van {n}"),
    blocks=[
        ("logo", "ZR", ["**Ziekenhuis Rijnoever**", "Heelkunde - Traumatologie"], ["Ontslagbrief", "Kenmerk HLK/26/0515-03"],
         "#444444"),
        ("p", "Aan: J. Beekman, huisarts\nHuisartsenpraktijk Presikhaaf\nKlarendalseweg 12\n6822 GB Arnhem"),
        ("kv", [("Datum", "15-05-2026"), ("Patiënt", "mw. H. Yildiz"), ("Geboortedatum", "12-05-1958"),
                ("Opname", "11-05-2026"), ("Ontslag", "14-05-2026"), ("Afdeling", "C3 Traumatologie")], 2),
        ("p", "Geachte collega,"),
        ("h", "Opnamediagnose"),
        ("p", "Intra-articulaire distale radiusfractuur links (AO 23-C1) na val van trap op 11-05-2026."),
        ("h", "Ingreep"),
        ("p", "12-05-2026 ORIF distale radius links met volaire hoekstabiele plaat (zie afzonderlijk operatieverslag)."),
        ("h", "Beloop"),
        ("p", "Na opname via de SEH (X-pols links en CT pols links) werd patiënte de volgende dag geopereerd. Het "
              "postoperatieve beloop was ongecompliceerd. Postoperatieve X-pols toont een goede stand. Patiënte werd op "
              "14-05-2026 ontslagen naar huis; thuiszorg is geregeld voor hulp bij ADL."),
        ("h", "Medicatie bij ontslag"),
        ("p", "Paracetamol 1 g 4dd1, oxycodon 5 mg zo nodig max 4dd1 (3 dagen), macrogol 1dd1 bij oxycodon, "
              "nadroparine 2850 IE 1dd1 (2 weken), eigen medicatie ongewijzigd."),
        ("h", "Beleid"),
        ("p", "Onderarmspalk 2 weken, daarna oefentherapie/handtherapie. Controle polikliniek traumatologie over 2 "
              "weken met X-pols links."),
        ("p", "Met vriendelijke groet,\n\ndrs. N.M. Haverkamp, arts-assistent heelkunde\nsupervisor: dr. R.J. Stegeman, traumachirurg"),
        ("small", "cc: patiënte; Thuiszorg Arnhem-Oost"),
    ],
    label=dict(kinds=["correspondence"], date="2026-05-15", author="specialist", language="nl",
               style="Dutch discharge letter (PDF) with short 'Ingreep' line referring to a separate operation report",
               imaging_done="yes", operated="yes", treated_abroad="unmentioned",
               notes="Discharge letter that names the procedure and date but no operator or operative description and "
                     "refers to a separate operatieverslag: correspondence only. Birth date 12-05-1958 equals the "
                     "operation date's day/month."))

add(stem="vh-064", fmt="txt",
    text="""LABORATORIUMBEFUND                               Labor Aachen-Nord MVZ
                                                 Krefelder Straße 220, 52070 Aachen
                                                 Tel. +49 241 99 41 0
Einsender:  Praxis Dr. med. R. Schillings, Allgemeinmedizin, Aachen-Laurensberg
Patient:    Kampmann, Hannelore              geb. 30.11.1952    w
Auftrag:    2611180417                       Entnahme: 17.11.2026 08:20
Eingang:    17.11.2026 11:05                 Befund:   18.11.2026 (Endbefund)
------------------------------------------------------------------------------
Untersuchung             Ergebnis     Einheit      Referenzbereich
------------------------------------------------------------------------------
KLINISCHE CHEMIE
Kreatinin                0,82         mg/dl        0,50 - 0,90
eGFR (CKD-EPI)           73           ml/min       > 60
Harnsäure                5,1          mg/dl        2,4 - 5,7
TSH                      1,84         mU/l         0,27 - 4,20
HbA1c                    5,6          %            < 5,7
ENTZÜNDUNG / IMMUNOLOGIE
CRP                      < 0,5        mg/dl        < 0,5
BSG 1h                   14           mm           < 20
Rheumafaktor             < 10         IU/ml        < 14
Anti-CCP-AK              < 0,5        U/ml         < 5,0
HÄMATOLOGIE
Hämoglobin               13,4         g/dl         12,0 - 16,0
Leukozyten               6,2          /nl          3,9 - 10,2
Thrombozyten             251          /nl          150 - 370
GERINNUNG
Quick                    98           %            70 - 120
INR                      1,01                      0,85 - 1,15
------------------------------------------------------------------------------
Beurteilung: Keine Hinweise auf eine entzündlich-rheumatische Erkrankung.
Normale Gerinnungswerte.

Medizinisch validiert: Dr. med. P. Jansen-Kuhlmann, Fachärztin für Laboratoriumsmedizin
""",
    label=dict(kinds=[], date="2026-11-18", also_dates=["2026-11-17"], author="lab", language="de",
               style="German laboratory Befund (blood), fixed-width plain text",
               imaging_done="unmentioned", operated="unmentioned", treated_abroad="unmentioned",
               notes="Other lab result (blood chemistry, not MRSA), German. Sample 17.11 vs report 18.11.2026; birth "
                     "date 30.11.1952."))


# ==============================================================================================
# main
# ==============================================================================================

def main():
    out = os.path.normpath(OUT)
    os.makedirs(out, exist_ok=True)
    stems = [d["stem"] for d in DOCS]
    assert len(stems) == len(set(stems)), "duplicate stems"
    assert stems == [f"vh-{i:03d}" for i in range(1, len(stems) + 1)], "stems must be consecutive"
    for fn in os.listdir(out):
        if fn.startswith("vh-") and fn.rsplit(".", 1)[-1] in ("pdf", "docx", "txt", "toml"):
            os.remove(os.path.join(out, fn))
    for d in DOCS:
        fmt, stem, opts = d["fmt"], d["stem"], d.get("opts", {})
        if fmt == "pdf":
            path = os.path.join(out, stem + ".pdf")
            render_pdf(path, d["blocks"], **opts)
        elif fmt == "mpdf":
            path = os.path.join(out, stem + ".pdf")
            merge_pdfs(path, d["parts"])
        elif fmt == "docx":
            path = os.path.join(out, stem + ".docx")
            render_docx(path, d["blocks"], **opts)
        elif fmt == "txt":
            path = os.path.join(out, stem + ".txt")
            text = d["text"]
            if opts.get("crlf"):
                text = text.replace("\r\n", "\n").replace("\n", "\r\n")
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        else:
            raise ValueError(fmt)
        with open(os.path.join(out, stem + ".toml"), "w", encoding="utf-8") as fh:
            fh.write(label_toml(d["label"]))
    print(f"built {len(DOCS)} documents into {out}")


if __name__ == "__main__":
    main()
