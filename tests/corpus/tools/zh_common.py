"""Shared rendering helpers for the `zh` (Dutch hospital) corpus documents.

Documents are written in a tiny line markup (one item per line):
  =Text          title (bold, larger)
  #Text          section heading (bold)
  *Label*rest    bold label run followed by normal text on the same line
  %Label|value   two-column label/value row (label and value are separate runs)
  |a|b|c         table row (consecutive rows form one table); |!a|b|c is a header row
  >Text          right-aligned line
  _Text          small print
  ---            horizontal rule
  ~~             page break
  (empty line)   vertical space
  anything else  a paragraph (wrapped)
Letterheads are dicts: name, dept, lines (address etc.), style, logo.
"""
import os
import re
import shutil
import subprocess
import html as htmlmod

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors
from reportlab.lib.units import mm

CORPUS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DOCS = os.path.join(CORPUS, "docs")
SCRATCH = "/tmp/corpus-zh"
os.makedirs(SCRATCH, exist_ok=True)

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


# ----------------------------------------------------------------- parsing
def parse(text):
    items = []
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "":
            items.append(("sp",))
        elif line == "---":
            items.append(("rule",))
        elif line == "~~":
            items.append(("pb",))
        elif line.startswith("="):
            items.append(("title", line[1:].strip()))
        elif line.startswith("#"):
            items.append(("h", line[1:].strip()))
        elif line.startswith("*") and line.count("*") >= 2:
            _, lab, rest = line.split("*", 2)
            items.append(("bl", lab, rest))
        elif line.startswith("%"):
            lab, _, val = line[1:].partition("|")
            if items and items[-1][0] == "kv":
                items[-1][1].append((lab, val))
            else:
                items.append(("kv", [(lab, val)]))
        elif line.startswith("|"):
            header = line.startswith("|!")
            cells = line[2:].split("|") if header else line[1:].split("|")
            if items and items[-1][0] == "table":
                items[-1][1].append(cells)
            else:
                items.append(("table", [cells], header))
        elif line.startswith(">"):
            items.append(("right", line[1:].strip()))
        elif line.startswith("_"):
            items.append(("small", line[1:]))
        else:
            items.append(("p", line))
    return items


# ----------------------------------------------------------------- wrapping
def wrap(text, font, size, width, first_width=None, hyph=False):
    words = text.split(" ")
    lines, cur = [], ""
    w = first_width if first_width is not None else width
    i = 0
    while i < len(words):
        word = words[i]
        cand = word if not cur else cur + " " + word
        if stringWidth(cand, font, size) <= w:
            cur = cand
            i += 1
            continue
        if hyph and len(word) >= 10 and word.isalpha():
            best = 0
            for k in range(4, len(word) - 3):
                pre = (cur + " " if cur else "") + word[:k] + "-"
                if stringWidth(pre, font, size) <= w:
                    best = k
            if best:
                lines.append((cur + " " if cur else "") + word[:best] + "-")
                words[i] = word[best:]
                cur = ""
                w = width
                continue
        if not cur:  # single word too long
            lines.append(word)
            i += 1
        else:
            lines.append(cur)
            cur = ""
        w = width
    if cur or not lines:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------- canvas PDF
class CanvasDoc:
    """Manual reportlab canvas layout; several documents can go into one file."""

    def __init__(self, path, font="helv", size=10, fax=None, pagenum="Pagina {p} van {n}",
                 hyph=False, kv_x=None, kv_bold=True, margin_left=25, margin_right=20,
                 footer=None, running=None):
        self.path, self.font, self.size = path, FONTS[font], size
        self.fax, self.pagenum, self.hyph = fax, pagenum, hyph
        self.kv_x, self.kv_bold = kv_x, kv_bold
        self.ml, self.mr = margin_left * mm, margin_right * mm
        self.footer, self.running = footer, running
        self.docs = []

    def add(self, lh, body, footer=None, running=None, kv_x=None):
        self.docs.append(dict(lh=lh, body=parse(body), footer=footer, running=running, kv_x=kv_x))

    def save(self):
        n = self._render(None)
        self._render(n)

    # drawing helpers
    def _new_page(self, c, first, d):
        if not first:
            self._finish_page(c, d)
            c.showPage()
        self.page += 1
        self.y = A4[1] - 20 * mm
        if self.fax:
            c.setFont("Courier", 8)
            c.drawString(12 * mm, A4[1] - 8 * mm, self.fax.format(p=self.page, n=self.total or 0))
        if first and d["lh"]:
            self._letterhead(c, d["lh"])
        elif d.get("running") or self.running:
            c.setFont(self.font[0], 8)
            c.setFillColor(colors.grey)
            c.drawString(self.ml, A4[1] - 14 * mm, (d.get("running") or self.running))
            c.setFillColor(colors.black)
            self.y = A4[1] - 24 * mm

    def _finish_page(self, c, d):
        c.setFont(self.font[0], 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        ft = d.get("footer") or self.footer
        y = 12 * mm
        if ft:
            for i, line in enumerate(ft.split("\n")):
                c.drawCentredString(A4[0] / 2, y + 9 * (len(ft.split("\n")) - 1 - i) + 6, line)
        if self.pagenum:
            c.drawRightString(A4[0] - self.mr, 8 * mm,
                              self.pagenum.format(p=self.page - self.docstart + 1, n=self.doc_pages or 0,
                                                  P=self.page, N=self.total or 0))
        c.setFillColor(colors.black)

    def _letterhead(self, c, lh):
        st = lh.get("style", "left")
        top = A4[1] - 18 * mm
        if self.fax:
            top -= 4 * mm
        F = self.font
        name, dept, lines = lh.get("name", ""), lh.get("dept", ""), lh.get("lines", [])
        if st == "band":
            c.setFillColor(colors.HexColor(lh.get("color", "#1d4f7a")))
            c.rect(0, top - 8 * mm, A4[0], 20 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont(F[1], 15)
            c.drawString(self.ml, top, name)
            c.setFont(F[0], 9.5)
            c.drawString(self.ml, top - 5.5 * mm, dept)
            c.setFillColor(colors.black)
            c.setFont(F[0], 8)
            y = top - 14 * mm
            c.drawString(self.ml, y, "  |  ".join(lines))
            self.y = y - 10 * mm
            return
        if st == "right":
            # logo as graphics only, address block right
            c.setFillColor(colors.HexColor(lh.get("color", "#0a6e8a")))
            c.circle(self.ml + 7 * mm, top - 3 * mm, 7 * mm, fill=1, stroke=0)
            c.setFillColor(colors.HexColor("#7fb8c9"))
            c.rect(self.ml + 16 * mm, top - 10 * mm, 3 * mm, 14 * mm, fill=1, stroke=0)
            c.setFillColor(colors.black)
            x = A4[0] - self.mr
            c.setFont(F[1], 11)
            c.drawRightString(x, top, name)
            c.setFont(F[0], 9)
            y = top - 4.5 * mm
            if dept:
                c.drawRightString(x, y, dept)
                y -= 4.2 * mm
            c.setFont(F[0], 8)
            for l in lines:
                c.drawRightString(x, y, l)
                y -= 3.6 * mm
            self.y = min(y, top - 14 * mm) - 8 * mm
            return
        if st == "center":
            c.setFont(F[1], 14)
            c.drawCentredString(A4[0] / 2, top, name)
            y = top - 5 * mm
            c.setFont(F[0], 9.5)
            if dept:
                c.drawCentredString(A4[0] / 2, y, dept)
                y -= 4.5 * mm
            c.setFont(F[0], 8)
            for l in lines:
                c.drawCentredString(A4[0] / 2, y, l)
                y -= 3.6 * mm
            c.line(self.ml, y, A4[0] - self.mr, y)
            self.y = y - 9 * mm
            return
        # left
        x = self.ml
        if lh.get("logo"):
            c.setFillColor(colors.HexColor(lh.get("color", "#8a1538")))
            c.rect(x, top - 8 * mm, 10 * mm, 12 * mm, fill=1, stroke=0)
            c.setFillColor(colors.black)
            x += 14 * mm
        c.setFont(F[1], 13)
        c.drawString(x, top, name)
        y = top - 5 * mm
        c.setFont(F[0], 9.5)
        if dept:
            c.drawString(x, y, dept)
            y -= 4.5 * mm
        c.setFont(F[0], 8)
        rx = A4[0] - self.mr
        ry = top
        for l in lines:
            c.drawRightString(rx, ry, l)
            ry -= 3.6 * mm
        self.y = min(y, ry) - 10 * mm

    def _need(self, c, h, d):
        if self.y - h < 24 * mm:
            self._new_page(c, False, d)

    def _render(self, total):
        self.total = total
        c = rl_canvas.Canvas(self.path, pagesize=A4)
        c.setTitle("")
        self.page = 0
        F, S = self.font, self.size
        width = A4[0] - self.ml - self.mr
        lead = S * 1.32
        self._doc_page_counts = getattr(self, "_doc_page_counts", {})
        for di, d in enumerate(self.docs):
            self.docstart = self.page + 1
            self.doc_pages = self._doc_page_counts.get(di)
            if di == 0:
                self._new_page(c, True, d)
            else:
                self._finish_page(c, self.docs[di - 1])
                c.showPage()
                self.page += 1
                self.docstart = self.page
                self.y = A4[1] - 20 * mm
                if self.fax:
                    c.setFont("Courier", 8)
                    c.drawString(12 * mm, A4[1] - 8 * mm, self.fax.format(p=self.page, n=self.total or 0))
                if d["lh"]:
                    self._letterhead(c, d["lh"])
            kvx = (d.get("kv_x") or self.kv_x or 42) * mm
            for it in d["body"]:
                k = it[0]
                if k == "sp":
                    self.y -= lead * 0.7
                elif k == "rule":
                    self._need(c, 6, d)
                    c.setLineWidth(0.5)
                    c.line(self.ml, self.y + 3, self.ml + width, self.y + 3)
                    self.y -= 6
                elif k == "pb":
                    self._new_page(c, False, d)
                elif k == "title":
                    self._need(c, 24, d)
                    c.setFont(F[1], S + 3)
                    c.drawString(self.ml, self.y, it[1])
                    self.y -= (S + 3) * 1.6
                elif k == "h":
                    self._need(c, lead * 2.5, d)
                    self.y -= 3
                    c.setFont(F[1], S + 0.5)
                    c.drawString(self.ml, self.y, it[1])
                    self.y -= lead * 1.1
                elif k == "bl":
                    lab, rest = it[1], it[2]
                    lw = stringWidth(lab + " ", F[1], S)
                    lines = wrap(rest.strip(), F[0], S, width, first_width=width - lw, hyph=self.hyph)
                    self._need(c, lead, d)
                    c.setFont(F[1], S)
                    c.drawString(self.ml, self.y, lab)
                    c.setFont(F[0], S)
                    for i, l in enumerate(lines):
                        if i:
                            self._need(c, lead, d)
                        c.setFont(F[0], S)
                        c.drawString(self.ml + (lw if i == 0 else 0), self.y, l)
                        self.y -= lead
                elif k == "kv":
                    for lab, val in it[1]:
                        lines = wrap(val.strip(), F[0], S, width - kvx) if val.strip() else [""]
                        lf = F[1] if self.kv_bold else F[0]
                        labs = wrap(lab, lf, S, kvx - 3 * mm) if lab else []
                        self._need(c, lead * max(1, len(labs)), d)
                        for i in range(max(len(lines), len(labs))):
                            if i < len(labs):
                                c.setFont(lf, S)
                                c.drawString(self.ml, self.y, labs[i])
                            if i < len(lines):
                                c.setFont(F[0], S)
                                c.drawString(self.ml + kvx, self.y, lines[i])
                            self.y -= lead
                elif k == "table":
                    rows, header = it[1], it[2]
                    ncol = max(len(r) for r in rows)
                    cw = width / ncol
                    for ri, r in enumerate(rows):
                        cells = [wrap(x.strip(), F[0], S - 1, cw - 6) for x in r]
                        h = max(len(x) for x in cells) * (S + 1) + 5
                        self._need(c, h, d)
                        top = self.y + S
                        if ri == 0 and header:
                            c.setFillColor(colors.HexColor("#dde6ee"))
                            c.rect(self.ml, top - h, width, h, fill=1, stroke=0)
                            c.setFillColor(colors.black)
                        for ci, cl in enumerate(cells):
                            c.setFont(F[1] if (ri == 0 and header) else F[0], S - 1)
                            yy = self.y
                            for l in cl:
                                c.drawString(self.ml + ci * cw + 3, yy, l)
                                yy -= S + 1
                        c.setLineWidth(0.4)
                        c.rect(self.ml, top - h, width, h, fill=0, stroke=1)
                        for ci in range(1, ncol):
                            c.line(self.ml + ci * cw, top, self.ml + ci * cw, top - h)
                        self.y -= h
                    self.y -= 4
                elif k == "right":
                    self._need(c, lead, d)
                    c.setFont(F[0], S)
                    c.drawRightString(self.ml + width, self.y, it[1])
                    self.y -= lead
                elif k == "small":
                    for l in wrap(it[1], F[0], S - 2, width):
                        self._need(c, lead, d)
                        c.setFont(F[0], S - 2)
                        c.drawString(self.ml, self.y, l)
                        self.y -= (S - 2) * 1.3
                elif k == "p":
                    for l in wrap(it[1], F[0], S, width, hyph=self.hyph):
                        self._need(c, lead, d)
                        c.setFont(F[0], S)
                        c.drawString(self.ml, self.y, l)
                        self.y -= lead
            self._doc_page_counts[di] = self.page - self.docstart + 1
            self.doc_pages = self._doc_page_counts[di]
        self._finish_page(c, self.docs[-1])
        c.showPage()
        if total is not None:
            c.save()
        return self.page


def canvas_pdf(path, lh, body, **kw):
    footer = kw.pop("doc_footer", None)
    running = kw.pop("doc_running", None)
    d = CanvasDoc(path, **kw)
    d.add(lh, body, footer=footer, running=running)
    d.save()


# ----------------------------------------------------------------- platypus PDF
def platypus_pdf(path, docs, font="helv", size=10, page_header=None, footer=None, pagenum="Pagina {p} van {n}",
                 kv_widths=(45, 120), grid_kv=False):
    """docs: list of (lh, body). Letterhead drawn as a table flowable at the start of each document."""
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.graphics.shapes import Drawing, Rect, Circle, Polygon
    F = FONTS[font]
    base = ParagraphStyle("b", fontName=F[0], fontSize=size, leading=size * 1.35)
    bold = ParagraphStyle("bo", parent=base, fontName=F[1])
    small = ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3)
    title = ParagraphStyle("t", parent=base, fontName=F[1], fontSize=size + 4, leading=(size + 4) * 1.4,
                           spaceAfter=4)
    head = ParagraphStyle("h", parent=base, fontName=F[1], fontSize=size + 0.5, spaceBefore=6, spaceAfter=2)
    right = ParagraphStyle("r", parent=base, alignment=2)
    esc = lambda s: htmlmod.escape(s)

    story = []
    for di, (lh, body) in enumerate(docs):
        if di:
            story.append(PageBreak())
        if lh:
            dr = Drawing(22 * mm, 18 * mm)
            col = colors.HexColor(lh.get("color", "#2c5f8a"))
            dr.add(Rect(0, 2 * mm, 8 * mm, 14 * mm, fillColor=col, strokeColor=None))
            dr.add(Circle(14 * mm, 9 * mm, 6 * mm, fillColor=colors.HexColor("#9cc3dd"), strokeColor=None))
            left = [Paragraph("<b>%s</b>" % esc(lh.get("name", "")), ParagraphStyle("n", parent=base,
                                                                                   fontSize=size + 3,
                                                                                   leading=size + 6))]
            if lh.get("dept"):
                left.append(Paragraph(esc(lh["dept"]), base))
            rightc = [Paragraph(esc(l), ParagraphStyle("a", parent=small, alignment=2)) for l in lh.get("lines", [])]
            t = Table([[dr, left, rightc]], colWidths=[25 * mm, 80 * mm, 60 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.6, col)]))
            story += [t, Spacer(1, 8 * mm)]
        for it in parse(body):
            k = it[0]
            if k == "sp":
                story.append(Spacer(1, size * 0.8))
            elif k == "rule":
                t = Table([[""]], colWidths=[165 * mm], rowHeights=[2])
                t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black)]))
                story.append(t)
            elif k == "pb":
                story.append(PageBreak())
            elif k == "title":
                story.append(Paragraph(esc(it[1]), title))
            elif k == "h":
                story.append(Paragraph(esc(it[1]), head))
            elif k == "bl":
                story.append(Paragraph("<b>%s</b> %s" % (esc(it[1]), esc(it[2].strip())), base))
            elif k == "kv":
                rows = [[Paragraph(esc(a), bold), Paragraph(esc(b), base)] for a, b in it[1]]
                t = Table(rows, colWidths=[kv_widths[0] * mm, kv_widths[1] * mm])
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
                if grid_kv:
                    sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f5"))]
                t.setStyle(TableStyle(sty))
                t.hAlign = "LEFT"
                story.append(t)
            elif k == "table":
                rows, header = it[1], it[2]
                ncol = max(len(r) for r in rows)
                data = []
                for ri, r in enumerate(rows):
                    st = bold if (ri == 0 and header) else base
                    data.append([Paragraph(esc(x.strip()), ParagraphStyle("tc", parent=st, fontSize=size - 1,
                                                                         leading=(size - 1) * 1.3))
                                 for x in r] + [""] * (ncol - len(r)))
                t = Table(data, colWidths=[165 * mm / ncol] * ncol)
                sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                if header:
                    sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4ebf1")))
                t.setStyle(TableStyle(sty))
                story += [t, Spacer(1, 4)]
            elif k == "right":
                story.append(Paragraph(esc(it[1]), right))
            elif k == "small":
                story.append(Paragraph(esc(it[1]), small))
            elif k == "p":
                story.append(Paragraph(esc(it[1]), base))

    class NumCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, st in enumerate(self._saved):
                self.__dict__.update(st)
                self.setFont(F[0], 7.5)
                if page_header:
                    self.drawString(20 * mm, A4[1] - 10 * mm, page_header.format(p=i + 1, n=n))
                if footer:
                    for j, l in enumerate(footer.split("\n")):
                        self.drawCentredString(A4[0] / 2, 14 * mm - j * 9, l)
                if pagenum:
                    self.drawRightString(A4[0] - 20 * mm, 8 * mm, pagenum.format(p=i + 1, n=n))
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=22 * mm, title="")
    doc.build(story, canvasmaker=NumCanvas)


# ----------------------------------------------------------------- DOCX
def docx_build(lh, body, font="Calibri", size=10.5, lh_in_header=True, kv_table=True, kv_grid=False,
               footer=None, pagenum=True):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    stl.paragraph_format.space_after = Pt(2)

    def add_lh(container):
        p = container.add_paragraph() if container is not None else d.add_paragraph()
        r = p.add_run(lh.get("name", ""))
        r.bold = True
        r.font.size = Pt(size + 4)
        r.font.color.rgb = RGBColor(0x1f, 0x4e, 0x79)
        if lh.get("dept"):
            p2 = container.add_paragraph()
            p2.add_run(lh["dept"]).font.size = Pt(size)
        if lh.get("lines"):
            p3 = container.add_paragraph()
            r3 = p3.add_run("  \u00b7  ".join(lh["lines"]))
            r3.font.size = Pt(size - 2.5)

    if lh:
        if lh_in_header:
            hdr = sec.header
            hdr.paragraphs[0].text = ""
            p = hdr.paragraphs[0]
            r = p.add_run(lh.get("name", ""))
            r.bold = True
            r.font.size = Pt(size + 4)
            r.font.color.rgb = RGBColor(0x1f, 0x4e, 0x79)
            if lh.get("dept"):
                hdr.add_paragraph().add_run(lh["dept"]).font.size = Pt(size)
            if lh.get("lines"):
                hdr.add_paragraph().add_run("  \u00b7  ".join(lh["lines"])).font.size = Pt(size - 2.5)
        else:
            add_lh(d)
            d.add_paragraph()

    def add_field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)

    if footer or pagenum:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer:
            rr = fp.add_run(footer + ("   " if pagenum else ""))
            rr.font.size = Pt(7.5)
        if pagenum:
            fp.add_run("Pagina ").font.size = Pt(7.5)
            add_field(fp, "PAGE")

    for it in parse(body):
        k = it[0]
        if k == "sp":
            d.add_paragraph()
        elif k == "rule":
            p = d.add_paragraph("_" * 60)
        elif k == "pb":
            d.add_page_break()
        elif k == "title":
            p = d.add_paragraph()
            r = p.add_run(it[1]); r.bold = True; r.font.size = Pt(size + 3)
        elif k == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            r = p.add_run(it[1]); r.bold = True
        elif k == "bl":
            p = d.add_paragraph()
            p.add_run(it[1]).bold = True
            p.add_run(" " + it[2].strip())
        elif k == "kv":
            if kv_table:
                t = d.add_table(rows=0, cols=2)
                if kv_grid:
                    t.style = "Table Grid"
                for a, b in it[1]:
                    cells = t.add_row().cells
                    cells[0].width = Mm(48); cells[1].width = Mm(118)
                    cells[0].paragraphs[0].add_run(a).bold = True
                    cells[1].paragraphs[0].add_run(b)
            else:
                for a, b in it[1]:
                    p = d.add_paragraph()
                    p.paragraph_format.tab_stops.add_tab_stop(Mm(45))
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(a).bold = True
                    p.add_run("\t" + b)
        elif k == "table":
            rows, header = it[1], it[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                cells = t.add_row().cells
                for ci, x in enumerate(r):
                    run = cells[ci].paragraphs[0].add_run(x.strip())
                    run.bold = bool(header and ri == 0)
            d.add_paragraph()
        elif k == "right":
            p = d.add_paragraph(it[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "small":
            p = d.add_paragraph(); p.add_run(it[1]).font.size = Pt(size - 2.5)
        elif k == "p":
            d.add_paragraph(it[1])
    return d


def docx_file(path, lh, body, **kw):
    docx_build(lh, body, **kw).save(path)


# ----------------------------------------------------------------- LibreOffice
def soffice_convert(src, outdir):
    prof = "file://" + os.path.join(SCRATCH, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def docx_to_pdf(path, lh, body, **kw):
    stem = os.path.splitext(os.path.basename(path))[0]
    tmp = os.path.join(SCRATCH, stem + ".docx")
    docx_file(tmp, lh, body, **kw)
    soffice_convert(tmp, SCRATCH)
    shutil.move(os.path.join(SCRATCH, stem + ".pdf"), path)
    os.remove(tmp)


def html_doc(docs, font="Arial", size=10):
    esc = htmlmod.escape
    out = ["<html><head><meta charset='utf-8'><style>body{font-family:%s;font-size:%spt}"
           "td{vertical-align:top;font-size:%spt} .lab{font-weight:bold}</style></head><body>" % (font, size, size)]
    for di, (lh, body) in enumerate(docs):
        pb = " style='page-break-before:always'" if di else ""
        if lh:
            out.append("<table width='100%%'%s><tr><td><font size='5'><b>%s</b></font><br>%s</td>"
                       "<td align='right'><font size='1'>%s</font></td></tr></table><hr>" % (
                           pb, esc(lh.get("name", "")), esc(lh.get("dept", "")),
                           "<br>".join(esc(l) for l in lh.get("lines", []))))
        elif di:
            out.append("<p%s></p>" % pb)
        for it in parse(body):
            k = it[0]
            if k == "sp":
                out.append("<p>&nbsp;</p>")
            elif k == "rule":
                out.append("<hr>")
            elif k == "pb":
                out.append("<p style='page-break-before:always'></p>")
            elif k == "title":
                out.append("<h2>%s</h2>" % esc(it[1]))
            elif k == "h":
                out.append("<p><b>%s</b></p>" % esc(it[1]))
            elif k == "bl":
                out.append("<p><b>%s</b> %s</p>" % (esc(it[1]), esc(it[2].strip())))
            elif k == "kv":
                out.append("<table cellpadding='1'>" + "".join(
                    "<tr><td width='170' class='lab'><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(b))
                    for a, b in it[1]) + "</table>")
            elif k == "table":
                rows, header = it[1], it[2]
                s = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                for ri, r in enumerate(rows):
                    tag = "th" if (header and ri == 0) else "td"
                    s += "<tr>" + "".join("<%s>%s</%s>" % (tag, esc(x.strip()), tag) for x in r) + "</tr>"
                out.append(s + "</table>")
            elif k == "right":
                out.append("<p align='right'>%s</p>" % esc(it[1]))
            elif k == "small":
                out.append("<p><font size='1'>%s</font></p>" % esc(it[1]))
            elif k == "p":
                out.append("<p>%s</p>" % esc(it[1]))
    out.append("</body></html>")
    return "\n".join(out)


def html_to_pdf(path, docs, **kw):
    stem = os.path.splitext(os.path.basename(path))[0]
    tmp = os.path.join(SCRATCH, stem + ".html")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(html_doc(docs, **kw))
    soffice_convert(tmp, SCRATCH)
    shutil.move(os.path.join(SCRATCH, stem + ".pdf"), path)
    os.remove(tmp)


# ----------------------------------------------------------------- TXT
def txt_file(path, lh, body, width=78, labw=22, upper_heads=False, underline=False, crlf=False):
    import textwrap
    out = []
    if lh:
        out.append(lh.get("name", ""))
        if lh.get("dept"):
            out.append(lh["dept"])
        out += lh.get("lines", [])
        out.append("")
    for it in parse(body):
        k = it[0]
        W = (lambda s: textwrap.wrap(s, width) or [""]) if width else (lambda s: [s])
        if k == "sp":
            out.append("")
        elif k == "rule":
            out.append("-" * (width or 60))
        elif k == "pb":
            out.append("\f")
        elif k == "title":
            out.append(it[1])
            if underline:
                out.append("=" * len(it[1]))
        elif k == "h":
            h = it[1].upper() if upper_heads else it[1]
            out.append(h)
            if underline:
                out.append("-" * len(h))
        elif k == "bl":
            out += W(it[1] + " " + it[2].strip())
        elif k == "kv":
            for a, b in it[1]:
                lab = (a + ":" if a and not a.endswith(":") else a) if a else ""
                vals = textwrap.wrap(b, max(20, (width or 200) - labw)) or [""]
                out.append(lab.ljust(labw) + vals[0])
                out += [" " * labw + v for v in vals[1:]]
        elif k == "table":
            rows = it[1]
            ncol = max(len(r) for r in rows)
            ws = [max(len(r[i].strip()) if i < len(r) else 0 for r in rows) + 2 for i in range(ncol)]
            for ri, r in enumerate(rows):
                out.append("".join(r[i].strip().ljust(ws[i]) for i in range(len(r))).rstrip())
                if ri == 0 and it[2]:
                    out.append("-" * sum(ws))
        elif k == "right":
            out.append(it[1].rjust(width or 78))
        elif k in ("small", "p"):
            out += W(it[1])
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\r\n" if crlf else "\n") as f:
        f.write(text)


# ----------------------------------------------------------------- labels
def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return '"%s"' % s


def label(stem, kinds, date=None, author="specialist", language="nl", style="", imaging="unmentioned",
          operated="unmentioned", abroad="unmentioned", notes="", also_dates=None, parts=None,
          referral_question=None):
    lines = ["kinds = %s" % _tv(kinds)]
    if date:
        lines.append("date = %s" % _tv(date))
    if also_dates:
        lines.append("also_dates = %s" % _tv(also_dates))
    lines.append("author = %s" % _tv(author))
    lines.append("language = %s" % _tv(language))
    lines.append("style = %s" % _tv(style))
    if referral_question is not None:
        lines.append("referral_question = %s" % _tv(referral_question))
    lines.append("imaging_done = %s" % _tv(imaging))
    lines.append("operated = %s" % _tv(operated))
    lines.append("treated_abroad = %s" % _tv(abroad))
    lines.append("notes = %s" % _tv(notes))
    for p in parts or []:
        lines.append("")
        lines.append("[[part]]")
        lines.append("kinds = %s" % _tv(p["kinds"]))
        if p.get("date"):
            lines.append("date = %s" % _tv(p["date"]))
        lines.append("author = %s" % _tv(p.get("author", "specialist")))
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def out(stem, ext):
    return os.path.join(DOCS, "%s.%s" % (stem, ext))
