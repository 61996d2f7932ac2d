"""Renderers shared by the ty- batch generators.

A document is described by a list of *blocks* (see BLOCKS below) and a *meta* dict.  The same block
list can be rendered by three engines:

  pdf_flow    reportlab platypus (flowing letter; tables for labelled fields)
  pdf_canvas  reportlab canvas (forms: label and value drawn as separate text runs, two columns)
  docx        python-docx (letterhead and labelled fields as tables, header/footer)

Plain-text documents are written verbatim.  Merged PDFs are built by rendering each part with one of
the PDF engines and concatenating them with pypdf.

Blocks
  ("letterhead", {name, sub, lines, right, logo, color})   logo-like block + organisation + address
  ("title", text)            document title line (optional - many real documents have none)
  ("h", text)                section heading (bold run)
  ("p", text)                paragraph; may contain <b>..</b>, <i>..</i>
  ("lines", [text, ...])     lines without paragraph spacing (address blocks, signatures)
  ("fields", [(label, value), ...])       two-column labelled fields; value "" = empty field
  ("fields2", [(l1, v1, l2, v2), ...])    four-column labelled fields (two pairs per row)
  ("table", [[cells], ...])  table, first row is the header row
  ("small", text)            small print
  ("space", points)
  ("hr",)
  ("pagebreak",)
meta
  header     text repeated at the top of every page (after page 1 when header_first=False)
  footer     text repeated at the bottom; "{page}" and "{pages}" are replaced
  font       "helv" | "times" | "dejavu" | "dejavuserif"
  pagesize   "A4" | "letter"
"""
import io
import os
import re

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

# --------------------------------------------------------------------------------------- fonts
_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
}
try:
    pdfmetrics.registerFont(TTFont("DejaVu", _DEJAVU + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", _DEJAVU + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", _DEJAVU + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", _DEJAVU + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", _DEJAVU + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Italic", _DEJAVU + "DejaVuSerif-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
    FONTS["dejavu"] = ("DejaVu", "DejaVu-Bold", "DejaVu-Oblique")
    FONTS["dejavuserif"] = ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic")
except Exception:  # pragma: no cover - fonts missing: fall back to the base-14 fonts
    FONTS["dejavu"] = FONTS["helv"]
    FONTS["dejavuserif"] = FONTS["times"]


# --------------------------------------------------------------------------------- test numbers
def _bsn_ok(n):
    s = str(n)
    if len(s) != 9:
        return False
    total = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return total % 11 == 0


def bsn(k):
    """k-th valid (11-proof) BSN in the 999 test range, formatted as 9 digits."""
    n, found = 999990000, -1
    while True:
        if _bsn_ok(n):
            found += 1
            if found == k:
                return str(n)
        n += 1


def nhs(k):
    """k-th valid NHS number in the 999 test range, formatted 999 nnn nnnn."""
    n, found = 9990001000, -1
    while True:
        s = str(n)
        total = sum(int(d) * w for d, w in zip(s[:9], range(10, 1, -1)))
        chk = 11 - total % 11
        chk = 0 if chk == 11 else chk
        if chk != 10 and chk == int(s[9]):
            found += 1
            if found == k:
                return f"{s[:3]} {s[3:6]} {s[6:]}"
        n += 1


# -------------------------------------------------------------------------------- helpers
def _strip_tags(t):
    return re.sub(r"</?(b|i|u|br/?)>", "", t)


def _esc(t):
    """Escape for platypus Paragraph while keeping <b>/<i>/<br/> tags."""
    t = t.replace("&", "&amp;")
    t = re.sub(r"<(?!/?(b|i|u|br/?)>)", "&lt;", t)
    return t


def _page_size(meta):
    return letter if meta.get("pagesize") == "letter" else A4


# ================================================================================= PDF, flowing
class _NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count when drawing header/footer (two-pass trick)."""

    def __init__(self, *a, meta=None, **kw):
        super().__init__(*a, **kw)
        self._saved = []
        self._meta = meta or {}

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            _draw_running(self, self._pageNumber, total, self._meta)
            super().showPage()
        super().save()


def _draw_running(c, page, pages, meta):
    w, h = c._pagesize
    fn = FONTS[meta.get("font", "helv")]
    c.saveState()
    c.setFont(fn[0], 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    hdr = meta.get("header")
    if hdr and (page > 1 or meta.get("header_first", True)):
        for i, line in enumerate(hdr.split("\n")):
            c.drawString(18 * mm, h - 10 * mm - i * 9, line)
    ftr = meta.get("footer")
    if ftr:
        lines = ftr.replace("{page}", str(page)).replace("{pages}", str(pages)).split("\n")
        for i, line in enumerate(lines):
            c.drawString(18 * mm, 10 * mm + (len(lines) - 1 - i) * 9, line)
    c.restoreState()


def _letterhead_flow(spec, fn, width):
    color = colors.HexColor(spec.get("color", "#1f4e79"))
    logo = spec.get("logo", "")
    logo_style = ParagraphStyle("logo", fontName=fn[1], fontSize=15, leading=17,
                                textColor=colors.white, alignment=1)
    name_style = ParagraphStyle("lhn", fontName=fn[1], fontSize=11.5, leading=14, textColor=color)
    sub_style = ParagraphStyle("lhs", fontName=fn[0], fontSize=8.5, leading=10.5)
    left = [Paragraph(_esc(spec.get("name", "")), name_style)]
    for s in ([spec["sub"]] if spec.get("sub") else []) + spec.get("lines", []):
        left.append(Paragraph(_esc(s), sub_style))
    right = [Paragraph(_esc(s), sub_style) for s in spec.get("right", [])]
    cells = [[Paragraph(_esc(logo), logo_style), left, right]]
    t = Table(cells, colWidths=[22 * mm, width * 0.55, width - 22 * mm - width * 0.55])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, 0), color),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ("LEFTPADDING", (1, 0), (-1, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, color),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def pdf_flow(blocks, meta):
    buf = io.BytesIO()
    ps = _page_size(meta)
    fn = FONTS[meta.get("font", "helv")]
    size = meta.get("size", 10)
    body = ParagraphStyle("body", fontName=fn[0], fontSize=size, leading=size * 1.32, spaceAfter=5)
    tight = ParagraphStyle("tight", parent=body, spaceAfter=0)
    head = ParagraphStyle("head", parent=body, fontName=fn[1], spaceBefore=6, spaceAfter=2)
    title = ParagraphStyle("title", parent=body, fontName=fn[1], fontSize=size + 4,
                           leading=(size + 4) * 1.3, spaceBefore=4, spaceAfter=8)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0, fontSize=size - 0.5,
                          leading=(size - 0.5) * 1.25)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=fn[1])

    doc = BaseDocTemplate(buf, pagesize=ps, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=18 * mm, bottomMargin=20 * mm,
                          title=meta.get("pdf_title", ""), author=meta.get("pdf_author", ""))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    W = doc.width
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "letterhead":
            story += [_letterhead_flow(b[1], fn, W), Spacer(1, 8)]
        elif kind == "title":
            story.append(Paragraph(_esc(b[1]), title))
        elif kind == "h":
            story.append(Paragraph(_esc(b[1]), head))
        elif kind == "p":
            story.append(Paragraph(_esc(b[1]), body))
        elif kind == "lines":
            for ln in b[1]:
                story.append(Paragraph(_esc(ln) if ln else "&nbsp;", tight))
            story.append(Spacer(1, 5))
        elif kind in ("fields", "fields2"):
            rows = []
            for r in b[1]:
                if kind == "fields":
                    rows.append([Paragraph(_esc(r[0]), cellb), Paragraph(_esc(r[1]), cell)])
                else:
                    rows.append([Paragraph(_esc(r[0]), cellb), Paragraph(_esc(r[1]), cell),
                                 Paragraph(_esc(r[2]), cellb), Paragraph(_esc(r[3]), cell)])
            if kind == "fields":
                cw = [W * 0.3, W * 0.7]
            else:
                cw = [W * 0.17, W * 0.33, W * 0.17, W * 0.33]
            t = Table(rows, colWidths=cw)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]
            if len(b) > 2 and b[2].get("grid"):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif kind == "table":
            rows = [[Paragraph(_esc(str(c)), cellb if i == 0 else cell) for c in r]
                    for i, r in enumerate(b[1])]
            ncol = len(b[1][0])
            cw = b[2].get("widths") if len(b) > 2 and b[2].get("widths") else [W / ncol] * ncol
            cw = [W * x if x <= 1 else x for x in cw]
            t = Table(rows, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif kind == "small":
            story.append(Paragraph(_esc(b[1]), small))
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        elif kind == "hr":
            t = Table([[""]], colWidths=[W], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.grey)]))
            story.append(t)
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc.build(story, canvasmaker=lambda *a, **kw: _NumberedCanvas(*a, meta=meta, **kw))
    return buf.getvalue()


# ================================================================================= PDF, canvas
class _CanvasWriter:
    """Draws blocks directly on a canvas: every label and value is its own text run."""

    def __init__(self, meta):
        self.meta = meta
        self.buf = io.BytesIO()
        self.ps = _page_size(meta)
        self.c = _NumberedCanvas(self.buf, pagesize=self.ps, meta=meta)
        self.c.setTitle(meta.get("pdf_title", ""))
        self.fn = FONTS[meta.get("font", "helv")]
        self.size = meta.get("size", 9.5)
        self.left = 18 * mm
        self.right = self.ps[0] - 18 * mm
        self.top = self.ps[1] - 18 * mm
        self.bottom = 22 * mm
        self.y = self.top
        self.label_w = meta.get("label_w", 48 * mm)

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.y = self.top

    def text(self, x, s, font=0, size=None):
        size = size or self.size
        self.c.setFont(self.fn[font], size)
        self.c.drawString(x, self.y, s)

    def wrap(self, s, width, font=0, size=None):
        size = size or self.size
        out = []
        for part in s.split("\n"):
            out += simpleSplit(part, self.fn[font], size, width) or [""]
        return out

    def lead(self, size=None):
        return (size or self.size) * 1.3

    def letterhead(self, spec):
        c = self.c
        color = colors.HexColor(spec.get("color", "#1f4e79"))
        bh = 20 * mm
        self.need(bh + 10)
        top = self.y + 8
        c.setFillColor(color)
        c.rect(self.left, top - bh, 20 * mm, bh, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(self.fn[1], 14)
        c.drawCentredString(self.left + 10 * mm, top - bh / 2 - 5, spec.get("logo", ""))
        c.setFillColor(color)
        x = self.left + 24 * mm
        yy = top - 12
        c.setFont(self.fn[1], 11.5)
        c.drawString(x, yy, spec.get("name", ""))
        c.setFillColor(colors.black)
        c.setFont(self.fn[0], 8.5)
        for s in ([spec["sub"]] if spec.get("sub") else []) + spec.get("lines", []):
            yy -= 10.5
            c.drawString(x, yy, s)
        yr = top - 12
        for s in spec.get("right", []):
            c.drawRightString(self.right, yr, s)
            yr -= 10.5
        low = min(yy, yr, top - bh) - 6
        c.setStrokeColor(color)
        c.setLineWidth(1.2)
        c.line(self.left, low, self.right, low)
        c.setStrokeColor(colors.black)
        self.y = low - 16

    def fields(self, rows):
        vx = self.left + self.label_w
        for lab, val in rows:
            vl = self.wrap(val, self.right - vx) if val else [""]
            ll = self.wrap(lab, self.label_w - 6, font=1)
            n = max(len(vl), len(ll))
            self.need(n * self.lead())
            y0 = self.y
            for i, s in enumerate(ll):
                self.y = y0 - i * self.lead()
                self.text(self.left, s, font=1)
            for i, s in enumerate(vl):
                self.y = y0 - i * self.lead()
                if s:
                    self.text(vx, s)
            self.y = y0 - n * self.lead() - 2

    def fields2(self, rows):
        colw = (self.right - self.left) / 2
        lw = min(self.label_w, 32 * mm)
        for row in rows:
            pairs = [(row[0], row[1], self.left), (row[2], row[3], self.left + colw)]
            wrapped = [(self.wrap(l, lw - 4, 1), self.wrap(v, colw - lw - 6) if v else [""], x)
                       for l, v, x in pairs]
            n = max(max(len(a), len(b)) for a, b, _ in wrapped)
            self.need(n * self.lead())
            y0 = self.y
            for ll, vl, x in wrapped:
                for i, s in enumerate(ll):
                    self.y = y0 - i * self.lead()
                    self.text(x, s, font=1)
                for i, s in enumerate(vl):
                    self.y = y0 - i * self.lead()
                    if s:
                        self.text(x + lw, s)
            self.y = y0 - n * self.lead() - 2

    def para(self, s, font=0, size=None, after=5):
        lines = self.wrap(_strip_tags(s), self.right - self.left, font, size)
        for ln in lines:
            self.need(self.lead(size))
            self.text(self.left, ln, font, size)
            self.y -= self.lead(size)
        self.y -= after

    def table(self, rows, widths=None):
        W = self.right - self.left
        ncol = len(rows[0])
        cw = widths or [W / ncol] * ncol
        cw = [W * x if x <= 1 else x for x in cw]
        for r_i, r in enumerate(rows):
            wrapped = [self.wrap(str(cell), cw[i] - 6, 1 if r_i == 0 else 0) for i, cell in enumerate(r)]
            n = max(len(w) for w in wrapped)
            h = n * self.lead() + 4
            self.need(h)
            top = self.y + self.size
            x = self.left
            if r_i == 0:
                self.c.setFillColor(colors.HexColor("#e6e6e6"))
                self.c.rect(self.left, top - h, W, h, fill=1, stroke=0)
                self.c.setFillColor(colors.black)
            for i, lines in enumerate(wrapped):
                for j, s in enumerate(lines):
                    self.y = top - self.size - j * self.lead()
                    self.text(x + 3, s, 1 if r_i == 0 else 0)
                x += cw[i]
            self.c.setStrokeColor(colors.grey)
            self.c.setLineWidth(0.4)
            self.c.rect(self.left, top - h, W, h, fill=0, stroke=1)
            self.c.setStrokeColor(colors.black)
            self.y = top - h - self.size
        self.y -= 4

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "letterhead":
                self.letterhead(b[1])
            elif k == "title":
                self.need(30)
                self.y -= 4
                self.para(b[1], font=1, size=self.size + 4, after=8)
            elif k == "h":
                self.need(3 * self.lead())
                self.y -= 3
                self.para(b[1], font=1, after=1)
            elif k == "p":
                self.para(b[1])
            elif k == "lines":
                for ln in b[1]:
                    self.para(ln, after=0)
                self.y -= 5
            elif k == "fields":
                self.fields(b[1])
                self.y -= 4
            elif k == "fields2":
                self.fields2(b[1])
                self.y -= 4
            elif k == "table":
                self.table(b[1], b[2].get("widths") if len(b) > 2 else None)
            elif k == "small":
                self.para(b[1], size=7.5, after=3)
            elif k == "space":
                self.y -= b[1]
            elif k == "hr":
                self.need(8)
                self.c.setLineWidth(0.6)
                self.c.line(self.left, self.y + 4, self.right, self.y + 4)
                self.y -= 8
            elif k == "pagebreak":
                self.c.showPage()
                self.y = self.top
            else:
                raise ValueError(k)
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def pdf_canvas(blocks, meta):
    return _CanvasWriter(meta).render(blocks)


def pdf_merge(parts):
    """parts: list of PDF byte strings -> one PDF."""
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for p in parts:
        for page in PdfReader(io.BytesIO(p)).pages:
            w.add_page(page)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


# ======================================================================================== DOCX
def docx_render(blocks, meta):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Mm

    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    st = d.styles["Normal"]
    st.font.name = meta.get("docx_font", "Calibri")
    st.font.size = Pt(meta.get("size", 10.5))

    def add_runs(par, text, size=None, color=None):
        # supports <b> and <i> markup
        pos = 0
        bold = ital = False
        for m in re.finditer(r"</?(b|i)>", text):
            if m.start() > pos:
                r = par.add_run(text[pos:m.start()])
                r.bold, r.italic = bold, ital
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = color
            tag = m.group(0)
            if tag == "<b>":
                bold = True
            elif tag == "</b>":
                bold = False
            elif tag == "<i>":
                ital = True
            elif tag == "</i>":
                ital = False
            pos = m.end()
        if pos < len(text):
            r = par.add_run(text[pos:])
            r.bold, r.italic = bold, ital
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = color
        return par

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor.lstrip("#"))
        tcPr.append(shd)

    def page_field(par, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    # header / footer
    if meta.get("header"):
        hp = sec.header.paragraphs[0]
        add_runs(hp, meta["header"].replace("\n", " | "), size=8)
    if meta.get("footer"):
        fp = sec.footer.paragraphs[0]
        ftxt = meta["footer"]
        parts = re.split(r"(\{page\}|\{pages\})", ftxt)
        for p in parts:
            if p == "{page}":
                page_field(fp, "PAGE")
            elif p == "{pages}":
                page_field(fp, "NUMPAGES")
            elif p:
                for i, seg in enumerate(p.split("\n")):
                    if i:
                        fp.add_run().add_break()
                    r = fp.add_run(seg)
                    r.font.size = Pt(8)

    def fresh_par():
        return d.add_paragraph()

    first = True
    for b in blocks:
        k = b[0]
        if k == "letterhead":
            spec = b[1]
            t = d.add_table(rows=1, cols=3)
            t.autofit = False
            widths = [Mm(22), Mm(85), Mm(63)]
            for i, w in enumerate(widths):
                t.rows[0].cells[i].width = w
            c0, c1, c2 = t.rows[0].cells
            shade(c0, spec.get("color", "#1f4e79"))
            p = c0.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, "<b>" + spec.get("logo", "") + "</b>", size=14,
                     color=RGBColor(0xFF, 0xFF, 0xFF))
            p = c1.paragraphs[0]
            col = spec.get("color", "#1f4e79").lstrip("#")
            add_runs(p, "<b>" + spec.get("name", "") + "</b>", size=12,
                     color=RGBColor(int(col[:2], 16), int(col[2:4], 16), int(col[4:], 16)))
            for s in ([spec["sub"]] if spec.get("sub") else []) + spec.get("lines", []):
                add_runs(c1.add_paragraph(), s, size=8.5)
            rl = spec.get("right", [])
            if rl:
                add_runs(c2.paragraphs[0], rl[0], size=8.5)
                for s in rl[1:]:
                    add_runs(c2.add_paragraph(), s, size=8.5)
            d.add_paragraph()
        elif k == "title":
            p = fresh_par()
            add_runs(p, "<b>" + b[1] + "</b>", size=meta.get("size", 10.5) + 3.5)
        elif k == "h":
            p = fresh_par()
            p.paragraph_format.space_after = Pt(0)
            add_runs(p, "<b>" + b[1] + "</b>")
        elif k == "p":
            add_runs(fresh_par(), b[1])
        elif k == "lines":
            for ln in b[1]:
                p = fresh_par()
                p.paragraph_format.space_after = Pt(0)
                add_runs(p, ln)
            fresh_par()
        elif k in ("fields", "fields2"):
            ncol = 2 if k == "fields" else 4
            t = d.add_table(rows=0, cols=ncol)
            if len(b) > 2 and b[2].get("grid"):
                t.style = "Table Grid"
            for r in b[1]:
                cells = t.add_row().cells
                for i in range(ncol):
                    txt = r[i]
                    add_runs(cells[i].paragraphs[0], ("<b>" + txt + "</b>") if i % 2 == 0 and txt else txt)
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, cval in enumerate(r):
                    add_runs(cells[j].paragraphs[0], ("<b>%s</b>" % cval) if i == 0 else str(cval))
                    if i == 0:
                        shade(cells[j], "#E6E6E6")
            d.add_paragraph()
        elif k == "small":
            add_runs(fresh_par(), b[1], size=7.5)
        elif k == "space":
            fresh_par()
        elif k == "hr":
            p = fresh_par()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for a, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "999999")):
                bot.set(qn(a), v)
            bdr.append(bot)
            pPr.append(bdr)
        elif k == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.title = meta.get("pdf_title", "")
    cp.author = meta.get("pdf_author", "")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# ================================================================================ label writer
_KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
              "imaging_done", "operated", "treated_abroad", "notes"]


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + s + '"'


def label_toml(label):
    out = []
    for k in _KEY_ORDER:
        if k in label:
            out.append(f"{k} = {_tv(label[k])}")
    extra = set(label) - set(_KEY_ORDER) - {"parts"}
    if extra:
        raise ValueError(f"unknown label keys {extra}")
    for part in label.get("parts", []):
        out.append("")
        out.append("[[part]]")
        for k in ("kinds", "date", "also_dates", "author"):
            if k in part:
                out.append(f"{k} = {_tv(part[k])}")
    return "\n".join(out) + "\n"


# ================================================================================== rendering
def render(doc):
    """doc: dict with fmt (pdf|docx|txt), engine, blocks/meta or text, or parts for merged PDFs.
    Returns bytes."""
    fmt = doc["fmt"]
    if fmt == "txt":
        return doc["text"].lstrip("\n").encode(doc.get("encoding", "utf-8"))
    if fmt == "docx":
        return docx_render(doc["blocks"], doc.get("meta", {}))
    if fmt == "pdf":
        if "merge" in doc:
            return pdf_merge([render(dict(p, fmt="pdf")) for p in doc["merge"]])
        eng = doc.get("engine", "flow")
        if eng == "flow":
            return pdf_flow(doc["blocks"], doc.get("meta", {}))
        if eng == "canvas":
            return pdf_canvas(doc["blocks"], doc.get("meta", {}))
        raise ValueError(eng)
    raise ValueError(fmt)
