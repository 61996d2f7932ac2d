"""reportlab helpers: fonts, styles, tables, page templates, numbered pages, merging, fax overlays."""
import io
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter  # noqa: F401  (re-exported)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, PageBreak,  # noqa: F401
                                KeepTogether, CondPageBreak)  # noqa: F401
from pypdf import PdfReader, PdfWriter

FONTDIR = "/usr/share/fonts/truetype/dejavu"
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
ITALIC = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic", "Courier": "Courier-Oblique"}


def _register():
    pairs = [("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
             ("DejaVuSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
             ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
              "DejaVuSansCondensed-Oblique.ttf"),
             ("DejaVuSansMono", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf")]
    for fam, reg, bold, ital in pairs:
        try:
            pdfmetrics.registerFont(TTFont(fam, os.path.join(FONTDIR, reg)))
            pdfmetrics.registerFont(TTFont(fam + "-Bold", os.path.join(FONTDIR, bold)))
            pdfmetrics.registerFont(TTFont(fam + "-Oblique", os.path.join(FONTDIR, ital)))
            BOLD[fam] = fam + "-Bold"
            ITALIC[fam] = fam + "-Oblique"
        except Exception:  # font not installed: fall back to a core font
            BOLD[fam] = "Helvetica-Bold"
            ITALIC[fam] = "Helvetica-Oblique"


_register()


def fontname(name):
    try:
        pdfmetrics.getFont(name)
        return name
    except Exception:
        return "Helvetica"


def styles(font="Helvetica", size=9.5, leading=None):
    font = fontname(font)
    bf = BOLD.get(font, font)
    it = ITALIC.get(font, font)
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading or size * 1.32)
    return {
        "font": font, "boldfont": bf, "size": size,
        "body": base,
        "just": ParagraphStyle("just", parent=base, alignment=TA_JUSTIFY),
        "bold": ParagraphStyle("bold", parent=base, fontName=bf),
        "ital": ParagraphStyle("ital", parent=base, fontName=it),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.6, leading=(size - 1.6) * 1.25),
        "smallbold": ParagraphStyle("smallbold", parent=base, fontName=bf, fontSize=size - 1.6,
                                    leading=(size - 1.6) * 1.25),
        "h1": ParagraphStyle("h1", parent=base, fontName=bf, fontSize=size + 4.5,
                             leading=(size + 4.5) * 1.25, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bf, fontSize=size + 1,
                             leading=(size + 1) * 1.3, spaceBefore=7, spaceAfter=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=bf, spaceBefore=5, spaceAfter=0),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(text, style, raw=False):
    t = text if raw else esc(text)
    return Paragraph(t.replace("\n", "<br/>"), style)


def paras(text, style, gap=4):
    """Blank-line separated text -> list of Paragraphs with small gaps."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append(P(block.strip("\n"), style))
        out.append(Spacer(1, gap))
    return out


def sections(items, st, head="h3", body="body", gap=3):
    """items: list of (heading, text). Heading and body are separate paragraphs (separate runs)."""
    out = []
    for h, t in items:
        if h:
            out.append(P(h, st[head]))
        out.extend(paras(t, st[body], gap))
    return out


def inline_sections(items, st, gap=3):
    """Heading in bold inline: 'Conclusie: text' (bold label run, then value run)."""
    out = []
    for h, t in items:
        out.append(Paragraph("<font name='%s'>%s</font> %s" % (st["boldfont"], esc(h), esc(t).replace("\n", "<br/>")),
                             st["body"]))
        out.append(Spacer(1, gap))
    return out


def kv_table(rows, st, widths, grid=None, label_bg=None, pad=2.5, label_style="bold", value_style="body",
             box=None, vpad=1.2, line_below=None):
    """Label/value table; rows may hold 2 or 4 (or 6) cells: label, value, label, value ..."""
    data = []
    for row in rows:
        cells = []
        for i, c in enumerate(row):
            if isinstance(c, str):
                cells.append(P(c, st[label_style] if i % 2 == 0 else st[value_style]))
            else:
                cells.append(c)
        data.append(cells)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), vpad), ("BOTTOMPADDING", (0, 0), (-1, -1), vpad)]
    if grid is not None:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, grid))
    if box is not None:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, box))
    if line_below is not None:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, line_below))
    if label_bg is not None:
        ncols = max(len(r) for r in rows)
        for i in range(0, ncols, 2):
            cmds.append(("BACKGROUND", (i, 0), (i, -1), label_bg))
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(header, rows, st, widths, header_bg=colors.HexColor("#d9d9d9"), grid=colors.grey,
               zebra=None, small=False, header_style="smallbold", pad=3):
    cs = st["small"] if small else st["body"]
    data = [[P(h, st[header_style]) for h in header]] if header else []
    for r in rows:
        data.append([P(c, cs) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, grid),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if header and header_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), header_bg))
    if zebra:
        for i in range(1 if header else 0, len(data)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def hr(width, color=colors.black, thickness=0.6, space=3):
    t = Table([[""]], colWidths=[width], rowHeights=[1])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), thickness, color),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, space), t, Spacer(1, space)]


# ---------------------------------------------------------------- drawing helpers for page callbacks
def text_lines(c, x, y, lines, font="Helvetica", size=8, leading=None, align="left", color=colors.black):
    leading = leading or size * 1.25
    c.setFillColor(color)
    for i, ln in enumerate(lines):
        f = font
        if isinstance(ln, tuple):
            ln, f = ln
        c.setFont(fontname(f) if not f.endswith(("-Bold", "-Oblique", "-Italic")) else f, size)
        yy = y - i * leading
        if align == "right":
            c.drawRightString(x, yy, ln)
        elif align == "center":
            c.drawCentredString(x, yy, ln)
        else:
            c.drawString(x, yy, ln)
    c.setFillColor(colors.black)


def logo_box(c, x, y, w, h, text, fill, textcolor=colors.white, font="Helvetica-Bold", size=14, radius=3):
    c.setFillColor(fill)
    c.setStrokeColor(fill)
    c.roundRect(x, y, w, h, radius, stroke=0, fill=1)
    c.setFillColor(textcolor)
    c.setFont(font, size)
    c.drawCentredString(x + w / 2, y + h / 2 - size * 0.35, text)
    c.setFillColor(colors.black)


def logo_circles(c, x, y, r, fills):
    for i, f in enumerate(fills):
        c.setFillColor(f)
        c.circle(x + i * r * 1.4, y, r, stroke=0, fill=1)
    c.setFillColor(colors.black)


# ---------------------------------------------------------------- page numbering
def numbered_canvas(draw):
    """draw(canvas, page, total) is called on every page once the total is known."""
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw(self, self._pageNumber, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def pagenum(fmt, x, y, font="Helvetica", size=8, align="right"):
    def draw(c, p, n):
        c.setFont(fontname(font) if "-" not in font else font, size)
        s = fmt.format(p=p, n=n)
        if align == "right":
            c.drawRightString(x, y, s)
        elif align == "center":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
    return draw


def _noop(c, d):
    pass


def build_pdf(target, story, pagesize=A4, lm=20 * mm, rm=20 * mm, tm=22 * mm, bm=20 * mm, tm_first=None,
              first=None, later=None, pages=None, meta=None):
    """target: path or file-like. first/later: onPage callbacks. pages: draw(c,p,n) for 'page x of y'."""
    W, H = pagesize
    doc = BaseDocTemplate(target, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, **(meta or {}))
    f1 = Frame(lm, bm, W - lm - rm, H - bm - (tm_first if tm_first is not None else tm), id="f1",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(lm, bm, W - lm - rm, H - bm - tm, id="f2",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first or _noop),
                          PageTemplate("later", [f2], onPage=later or first or _noop)])
    kw = {}
    if pages:
        kw["canvasmaker"] = numbered_canvas(pages)
    doc.build([NextPageTemplate("later")] + list(story), **kw)
    return target


def pdf_bytes(builder, *a, **k):
    buf = io.BytesIO()
    builder(buf, *a, **k)
    return buf.getvalue()


def merge_pdfs(target, parts, overlay=None, meta=None):
    """parts: list of PDF bytes. overlay(c, page, total, W, H) draws e.g. a fax header on every page."""
    w = PdfWriter()
    for b in parts:
        for pg in PdfReader(io.BytesIO(b)).pages:
            w.add_page(pg)
    n = len(w.pages)
    if overlay:
        for i, pg in enumerate(w.pages):
            W = float(pg.mediabox.width)
            H = float(pg.mediabox.height)
            buf = io.BytesIO()
            c = rl_canvas.Canvas(buf, pagesize=(W, H))
            overlay(c, i + 1, n, W, H)
            c.save()
            pg.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if meta:
        w.add_metadata(meta)
    with open(target, "wb") as f:
        w.write(f)
