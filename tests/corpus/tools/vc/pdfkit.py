"""Small reportlab helpers used by the document scripts.

Everything here is layout: letterheads, footers with "page x of y", fax headers,
label/value tables and two-column forms. The texts live in docs_*.py.
"""
import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, PageBreak, Image,
                                KeepTogether)

_FONTS_DONE = False


def register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    base = "/usr/share/fonts/truetype/dejavu/"
    for name, fn in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuMono", "DejaVuSansMono.ttf")]:
        p = os.path.join(base, fn)
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont(name, p))
    _FONTS_DONE = True


register_fonts()


def has_font(name):
    try:
        pdfmetrics.getFont(name)
        return True
    except Exception:
        return False


def styles(font="Helvetica", bold="Helvetica-Bold", size=10, leading=None):
    leading = leading or size * 1.3
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading, spaceAfter=size * 0.5)
    s["tight"] = ParagraphStyle("tight", fontName=font, fontSize=size, leading=leading)
    s["small"] = ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25)
    s["label"] = ParagraphStyle("label", fontName=bold, fontSize=size, leading=leading)
    s["h1"] = ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6, spaceAfter=2)
    s["h3"] = ParagraphStyle("h3", fontName=bold, fontSize=size, leading=leading, spaceBefore=4)
    s["right"] = ParagraphStyle("right", fontName=font, fontSize=size, leading=leading, alignment=TA_RIGHT)
    s["center"] = ParagraphStyle("center", fontName=font, fontSize=size, leading=leading, alignment=TA_CENTER)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25)
    return s


def P(text, style):
    return Paragraph(text, style)


def paras(text, style):
    """Blank-line separated paragraphs; single newlines become <br/>."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append(Paragraph(block.strip().replace("\n", "<br/>"), style))
    return out


def field_table(rows, st, col_widths=(45 * mm, 120 * mm), label_style=None, grid=False,
                shade=None, pad=2):
    """rows: list of (label, value). Label and value land in separate cells (separate text runs)."""
    ls = label_style or st["label"]
    data = []
    for lab, val in rows:
        if isinstance(val, str):
            val = Paragraph(val.replace("\n", "<br/>"), st["tight"])
        data.append([Paragraph(lab, ls), val])
    t = Table(data, colWidths=col_widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if shade:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), shade))
    t.setStyle(TableStyle(cmds))
    return t


def two_col_form(rows, st, widths=(30 * mm, 55 * mm, 30 * mm, 55 * mm), grid=False, shade=None):
    """rows: list of (label1, value1, label2, value2) - a two-column form."""
    data = []
    for r in rows:
        cells = []
        for i, x in enumerate(r):
            sty = st["label"] if i % 2 == 0 else st["tight"]
            cells.append(Paragraph(x.replace("\n", "<br/>"), sty) if x else "")
        data.append(cells)
    t = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if shade:
        cmds += [("BACKGROUND", (0, 0), (0, -1), shade), ("BACKGROUND", (2, 0), (2, -1), shade)]
    t.setStyle(TableStyle(cmds))
    return t


def data_table(header, rows, st, col_widths=None, head_bg=colors.HexColor("#dddddd"), font_size=None):
    hs = st["label"]
    bs = st["tight"]
    if font_size:
        hs = ParagraphStyle("th", parent=hs, fontSize=font_size, leading=font_size * 1.25)
        bs = ParagraphStyle("td", parent=bs, fontSize=font_size, leading=font_size * 1.25)
    data = [[Paragraph(h, hs) for h in header]]
    for r in rows:
        data.append([Paragraph(str(c), bs) for c in r])
    t = Table(data, colWidths=col_widths, hAlign="LEFT", repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), head_bg),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def hr(width=170 * mm, thickness=0.6, color=colors.black):
    t = Table([[""]], colWidths=[width], rowHeights=[2])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), thickness, color)]))
    return t


def logo_image(text, sub=None, w=220, h=60, fg=(20, 60, 120), bg=(255, 255, 255), path=None):
    """A raster logo: the name is pixels only, not extractable text."""
    from PIL import Image as PImage, ImageDraw, ImageFont
    scale = 3
    img = PImage.new("RGB", (w * scale, h * scale), bg)
    d = ImageDraw.Draw(img)
    try:
        f1 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 17 * scale)
        f2 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 9 * scale)
    except Exception:
        f1 = f2 = ImageFont.load_default()
    d.ellipse([4 * scale, 8 * scale, 44 * scale, 48 * scale], outline=fg, width=3 * scale)
    d.line([14 * scale, 28 * scale, 34 * scale, 28 * scale], fill=fg, width=3 * scale)
    d.line([24 * scale, 18 * scale, 24 * scale, 38 * scale], fill=fg, width=3 * scale)
    d.text((52 * scale, 10 * scale), text, font=f1, fill=fg)
    if sub:
        d.text((52 * scale, 34 * scale), sub, font=f2, fill=fg)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


def make_canvasmaker(decorate):
    """decorate(canvas, page_no, page_count) is called for every page once the total is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            rl_canvas.Canvas.__init__(self, *args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def build_pdf(target, story, first_page=None, later_pages=None, decorate=None, pagesize=A4,
              margins=(20 * mm, 20 * mm, 25 * mm, 22 * mm), first_top=None, title=None, author=None):
    """target: path or BytesIO. margins: left, right, top, bottom.
    first_page/later_pages: callables (canvas, doc) drawing letterheads.
    decorate: callable (canvas, page, total) for footers/fax headers needing the total."""
    l, r, t, b = margins
    W, H = pagesize
    ft = first_top if first_top is not None else t
    doc = BaseDocTemplate(target, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                          bottomMargin=b, title=title or "", author=author or "")
    f1 = Frame(l, b, W - l - r, H - ft - b, id="f1")
    f2 = Frame(l, b, W - l - r, H - t - b, id="f2")

    def _fp(c, d):
        if first_page:
            c.saveState(); first_page(c, d); c.restoreState()

    def _lp(c, d):
        if later_pages:
            c.saveState(); later_pages(c, d); c.restoreState()

    doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=_fp, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=[f2], onPage=_lp)])
    if decorate:
        doc.build(story, canvasmaker=make_canvasmaker(decorate))
    else:
        doc.build(story)


def to_bytes(fn, *a, **kw):
    buf = io.BytesIO()
    fn(buf, *a, **kw)
    return buf.getvalue()


def merge_pdfs(parts, out_path):
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for data in parts:
        rd = PdfReader(io.BytesIO(data))
        for pg in rd.pages:
            w.add_page(pg)
    with open(out_path, "wb") as f:
        w.write(f)


# ---- frequently used page decorations -------------------------------------------------

def text_lines(c, x, y, lines, font="Helvetica", size=8.5, leading=None, bold_first=False,
               align="left", bold_font="Helvetica-Bold"):
    leading = leading or size * 1.25
    for i, ln in enumerate(lines):
        f = bold_font if (bold_first and i == 0) else font
        c.setFont(f, size)
        if align == "right":
            c.drawRightString(x, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= leading
    return y


def footer_page_x_of_y(fmt="Pagina {p} van {n}", left_text=None, font="Helvetica", size=7.5,
                       pagesize=A4, y=12 * mm):
    W, H = pagesize

    def deco(c, p, n):
        c.saveState()
        c.setFont(font, size)
        c.setFillColor(colors.HexColor("#444444"))
        if left_text:
            c.drawString(20 * mm, y, left_text)
        c.drawRightString(W - 20 * mm, y, fmt.format(p=p, n=n))
        c.restoreState()

    return deco


def fax_header(line_fmt, pagesize=A4, font="Courier", size=7.5):
    """line_fmt gets p and n, e.g. '04/11/2026 14:32  +31235551234  PRAKTIJK  P.{p:03d}/{n:03d}'."""
    W, H = pagesize

    def deco(c, p, n):
        c.saveState()
        c.setFont(font, size)
        c.drawString(8 * mm, H - 6 * mm, line_fmt.format(p=p, n=n))
        c.restoreState()

    return deco


def chain(*decos):
    def deco(c, p, n):
        for d in decos:
            if d:
                d(c, p, n)
    return deco
