"""reportlab helpers: fonts, paragraph styles, label/value tables, letterheads, two-column docs, fax stamps."""
import io
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, PageBreak, KeepTogether, FrameBreak,
                                NextPageTemplate, CondPageBreak)
from pypdf import PdfReader, PdfWriter

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", D + "DejaVuSansMono.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DV-B")
addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVS-B"); addMapping("DVS", 0, 1, "DVS"); addMapping("DVS", 1, 1, "DVS-B")


def styles(font="Helvetica", bold="Helvetica-Bold", size=9.5):
    s = {}
    s["n"] = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3)
    s["s"] = ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    s["b"] = ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.3)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6, spaceAfter=2)
    s["t"] = ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6)
    s["r"] = ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.3, alignment=2)
    s["j"] = ParagraphStyle("j", fontName=font, fontSize=size, leading=size * 1.3, alignment=4)
    return s


S = styles()
SD = styles("DV", "DV-B", 9)
SS = styles("DVS", "DVS-B", 10)
ST = styles("Times-Roman", "Times-Bold", 10.5)


def P(text, st=None):
    return Paragraph(text, st or S["n"])


def paras(text, st=None, gap=4):
    """blank-line separated paragraphs -> flowables"""
    out = []
    for block in text.strip().split("\n\n"):
        out.append(Paragraph(block.strip().replace("\n", "<br/>"), st or S["n"]))
        out.append(Spacer(1, gap))
    return out


def kv(rows, widths, st=None, lst=None, grid=False, shade=None, pad=2, valign="TOP"):
    """label/value table; every cell a Paragraph so long values wrap inside the cell"""
    st = st or S["n"]
    lst = lst or S["b"]
    data = []
    for r in rows:
        row = []
        for i, c in enumerate(r):
            if isinstance(c, str):
                row.append(Paragraph(c, lst if (i % 2 == 0 and len(r) > 1) else st))
            else:
                row.append(c)
        data.append(row)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if shade:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), shade))
    t.setStyle(TableStyle(cmds))
    return t


def grid(rows, widths, st=None, head=True, hst=None, font_grid=0.5, zebra=None):
    """data table with a header row; cells wrapped"""
    st = st or S["s"]
    hst = hst or ParagraphStyle("gh", parent=st, fontName="Helvetica-Bold")
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(c, hst if (head and i == 0) else st) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [("GRID", (0, 0), (-1, -1), font_grid, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)))
    if zebra:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def logo_circles(c, x, y, r, col):
    c.saveState()
    c.setFillColor(col)
    c.circle(x, y, r, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.circle(x + r * 0.35, y + r * 0.2, r * 0.45, fill=1, stroke=0)
    c.setFillColor(col)
    c.circle(x + r * 0.45, y + r * 0.25, r * 0.25, fill=1, stroke=0)
    c.restoreState()


def logo_bars(c, x, y, col, n=4, w=4, h=22):
    c.saveState()
    c.setFillColor(col)
    for i in range(n):
        c.rect(x + i * (w + 2), y, w, h * (0.5 + 0.5 * (i + 1) / n), fill=1, stroke=0)
    c.restoreState()


def logo_cross(c, x, y, s, col):
    c.saveState()
    c.setFillColor(col)
    c.rect(x + s / 3, y, s / 3, s, fill=1, stroke=0)
    c.rect(x, y + s / 3, s, s / 3, fill=1, stroke=0)
    c.restoreState()


def build(path, story, first=None, later=None, pagesize=A4, margins=(20, 20, 20, 20), title=None, author=None):
    """margins in mm: left, right, top, bottom"""
    l, r, t, b = margins
    d = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                          topMargin=t * mm, bottomMargin=b * mm, title=title or "", author=author or "")
    noop = lambda c, d: None
    d.build(story, onFirstPage=first or noop, onLaterPages=later or first or noop)


def count_pages(make_story, **kw):
    """build once into memory to learn the page count (for 'page x of y' footers)"""
    buf = io.BytesIO()
    build(buf, make_story(), **kw)
    return len(PdfReader(io.BytesIO(buf.getvalue())).pages)


def build_twocol(path, first_story, pagesize=A4, header=None, head_h=60, margins=(18, 18, 18, 18), gap=8,
                 first_full_h=None, title=None):
    """Page 1: full-width frame of height first_full_h (mm) at top, then two columns below;
    later pages: two columns. Text flows column 1 -> column 2 -> next page. Use FrameBreak to jump."""
    W, H = pagesize
    l, r, t, b = [m * mm for m in margins]
    cw = (W - l - r - gap * mm) / 2
    fh = (first_full_h or head_h) * mm
    top = H - t
    f_full = Frame(l, top - fh, W - l - r, fh, id="full", showBoundary=0)
    f1 = Frame(l, b, cw, top - fh - b, id="c1")
    f2 = Frame(l + cw + gap * mm, b, cw, top - fh - b, id="c2")
    g1 = Frame(l, b, cw, top - b - 10 * mm, id="g1")
    g2 = Frame(l + cw + gap * mm, b, cw, top - b - 10 * mm, id="g2")
    noop = lambda c, d: None
    d = BaseDocTemplate(path, pagesize=pagesize, title=title or "")
    d.addPageTemplates([PageTemplate("first", [f_full, f1, f2], onPage=header or noop),
                        PageTemplate("later", [g1, g2], onPage=header or noop)])
    story = [NextPageTemplate("later")] + first_story
    d.build(story)


def merge(paths, dest):
    w = PdfWriter()
    for p in paths:
        for page in PdfReader(p).pages:
            w.add_page(page)
    with open(dest, "wb") as f:
        w.write(f)


def stamp(src, dest, draw):
    """draw(canvas, pageno, npages, w, h) on an overlay for every page of src"""
    from reportlab.pdfgen import canvas as cv
    w = PdfWriter(clone_from=src)
    n = len(w.pages)
    for i, page in enumerate(w.pages):
        pw, ph = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO()
        c = cv.Canvas(buf, pagesize=(pw, ph))
        draw(c, i + 1, n, pw, ph)
        c.save()
        buf.seek(0)
        page.merge_page(PdfReader(buf).pages[0])
    with open(dest, "wb") as f:
        w.write(f)
