"""Shared helpers for the tk corpus generators: labels, meta, fonts, logos, PDF and DOCX building blocks.
All persons, practices and hospitals are invented."""
import json
import os
import subprocess
import shutil

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")
TOOLS = os.path.join(ROOT, "tools")
ASSETS = os.path.join(TOOLS, "assets")
META = os.path.join(TOOLS, "meta")
for d in (DOCS, ASSETS, META):
    os.makedirs(d, exist_ok=True)

# ---------------------------------------------------------------- fonts
_FONTS = {
    "Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "Sans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Sans-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    "Cond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "Cond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "Lib": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "Lib-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "Lib-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "Serif": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "Serif-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "Serif-Italic": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "Mono": "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
    "Mono-Bold": "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
}
for name, path in _FONTS.items():
    if os.path.exists(path):
        pdfmetrics.registerFont(TTFont(name, path))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Oblique", boldItalic="Sans-Bold")
registerFontFamily("Lib", normal="Lib", bold="Lib-Bold", italic="Lib-Italic", boldItalic="Lib-Bold")
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold")
registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond", boldItalic="Cond-Bold")
registerFontFamily("Mono", normal="Mono", bold="Mono-Bold", italic="Mono", boldItalic="Mono-Bold")


def styles(font="Sans", size=9.5, leading=None):
    leading = leading or size * 1.3
    b = font + "-Bold" if font + "-Bold" in _FONTS else font
    s = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=leading),
        "just": ParagraphStyle("just", fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "tiny": ParagraphStyle("tiny", fontName=font, fontSize=6.5, leading=8),
        "bold": ParagraphStyle("bold", fontName=b, fontSize=size, leading=leading),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=6, spaceAfter=2),
        "h3": ParagraphStyle("h3", fontName=b, fontSize=size, leading=leading, spaceBefore=5, spaceAfter=1),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=leading, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=leading, alignment=TA_CENTER),
        "label": ParagraphStyle("label", fontName=b, fontSize=size - 0.5, leading=leading),
        "mono": ParagraphStyle("mono", fontName="Mono", fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    return s


# ---------------------------------------------------------------- labels
def _q(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


ALLOWED_KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}


def write_label(stem, L):
    kinds = L["kinds"]
    assert set(kinds) <= ALLOWED_KINDS, kinds
    out = [f"kinds = [{', '.join(_q(k) for k in kinds)}]"]
    if L.get("date"):
        out.append(f"date = {_q(L['date'])}")
    if L.get("also_dates"):
        out.append(f"also_dates = [{', '.join(_q(d) for d in L['also_dates'])}]")
    out.append(f"author = {_q(L['author'])}")
    out.append(f"language = {_q(L['language'])}")
    out.append(f"style = {_q(L['style'])}")
    if "referral" in kinds:
        out.append(f"referral_question = {'true' if L['referral_question'] else 'false'}")
    for k in ("imaging_done", "operated", "treated_abroad"):
        out.append(f"{k} = {_q(L[k])}")
    out.append(f"notes = {_q(L.get('notes', ''))}")
    for p in L.get("parts", []):
        out.append("")
        out.append("[[part]]")
        out.append(f"kinds = [{', '.join(_q(k) for k in p['kinds'])}]")
        if p.get("date"):
            out.append(f"date = {_q(p['date'])}")
        out.append(f"author = {_q(p['author'])}")
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_meta(stem, fmt, langvar, hard):
    with open(os.path.join(META, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump({"format": fmt, "langvar": langvar, "hard": hard}, f, ensure_ascii=False)


def finish(stem, ext, fmt, langvar, L):
    """write label + meta for a document that has been written to docs/stem.ext"""
    assert os.path.exists(os.path.join(DOCS, f"{stem}.{ext}")), stem
    write_label(stem, L)
    write_meta(stem, fmt, langvar, L.get("notes", ""))


def docpath(stem, ext):
    return os.path.join(DOCS, f"{stem}.{ext}")


def write_text(stem, text, encoding="utf-8", crlf=False, ext="txt"):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(docpath(stem, ext), "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- logos (PNG)
def _font(size, bold=False, serif=False):
    if serif:
        p = _FONTS["Serif-Bold" if bold else "Serif"]
    else:
        p = _FONTS["Sans-Bold" if bold else "Sans"]
    return ImageFont.truetype(p, size)


def logo_png(name, shape, color, text=None, size=(360, 120), text_color=None, serif=False):
    """Create a logo image in assets/ and return its path. shape: circle|cross|wave|hand|shield|bars.
    text is rendered INTO the image (not extractable), like real letterhead logos."""
    path = os.path.join(ASSETS, name + ".png")
    W, H = size
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    col = color
    if shape == "circle":
        d.ellipse((8, 8, H - 8, H - 8), fill=col)
        d.ellipse((30, 30, H - 30, H - 30), fill="white")
        d.ellipse((44, 44, H - 44, H - 44), fill=col)
    elif shape == "cross":
        u = H // 5
        d.rectangle((u * 2, 8, u * 3, H - 8), fill=col)
        d.rectangle((8, u * 2, H - 8, u * 3), fill=col)
    elif shape == "wave":
        for i in range(4):
            d.arc((0, 10 + i * 18, H, 70 + i * 18), 200, 340, fill=col, width=8)
    elif shape == "hand":
        # stylised open hand: palm + five fingers
        d.rounded_rectangle((30, 55, 90, 112), 14, fill=col)
        for i, (x, h) in enumerate([(30, 30), (44, 14), (58, 10), (72, 18)]):
            d.rounded_rectangle((x, h, x + 12, 70), 6, fill=col)
        d.rounded_rectangle((86, 50, 112, 64), 7, fill=col)
    elif shape == "shield":
        d.polygon([(10, 10), (H - 10, 10), (H - 10, H // 2), (H // 2, H - 6), (10, H // 2)], fill=col)
        d.polygon([(30, 28), (H - 30, 28), (H - 30, H // 2), (H // 2, H - 28), (30, H // 2)], fill="white")
    elif shape == "bars":
        for i in range(5):
            d.rectangle((10 + i * 20, 20 + i * 10, 24 + i * 20, H - 10), fill=col)
    if text:
        lines = text.split("\n")
        y = H // 2 - 16 * len(lines)
        for j, line in enumerate(lines):
            f = _font(30 if j == 0 else 20, bold=(j == 0), serif=serif)
            d.text((H + 10, y), line, fill=text_color or col, font=f)
            y += 38 if j == 0 else 28
    im.save(path)
    return path


# ---------------------------------------------------------------- canvas helpers
def draw_logo_vector(c, x, y, kind, color, s=1.0):
    """Small vector logo drawn straight on a reportlab canvas (no text)."""
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    if kind == "circle":
        c.circle(x + 9 * mm * s, y + 9 * mm * s, 9 * mm * s, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.circle(x + 9 * mm * s, y + 9 * mm * s, 5.5 * mm * s, fill=1, stroke=0)
        c.setFillColor(color)
        c.circle(x + 9 * mm * s, y + 9 * mm * s, 3 * mm * s, fill=1, stroke=0)
    elif kind == "cross":
        c.rect(x + 6 * mm * s, y, 6 * mm * s, 18 * mm * s, fill=1, stroke=0)
        c.rect(x, y + 6 * mm * s, 18 * mm * s, 6 * mm * s, fill=1, stroke=0)
    elif kind == "leaf":
        p = c.beginPath()
        p.moveTo(x, y)
        p.curveTo(x + 4 * mm * s, y + 20 * mm * s, x + 16 * mm * s, y + 18 * mm * s, x + 18 * mm * s, y + 18 * mm * s)
        p.curveTo(x + 18 * mm * s, y + 6 * mm * s, x + 10 * mm * s, y, x, y)
        c.drawPath(p, fill=1, stroke=0)
    elif kind == "bars":
        for i in range(4):
            c.rect(x + i * 5 * mm * s, y, 3.5 * mm * s, (6 + 4 * i) * mm * s, fill=1, stroke=0)
    elif kind == "square":
        c.rect(x, y, 16 * mm * s, 16 * mm * s, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.rect(x + 4 * mm * s, y + 4 * mm * s, 8 * mm * s, 8 * mm * s, fill=1, stroke=0)
    c.restoreState()


def draw_lines(c, x, y, lines, font="Sans", size=8, leading=None, align="left", bold_first=False):
    leading = leading or size * 1.3
    for i, line in enumerate(lines):
        f = font + "-Bold" if (bold_first and i == 0 and font + "-Bold" in _FONTS) else font
        c.setFont(f, size)
        if align == "right":
            c.drawRightString(x, y, line)
        elif align == "center":
            c.drawCentredString(x, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


# ---------------------------------------------------------------- soffice conversion
def soffice_to_pdf(docx_path, out_pdf):
    tmpdir = os.path.join(TOOLS, "_soffice_out")
    os.makedirs(tmpdir, exist_ok=True)
    env = dict(os.environ, HOME=os.path.join(TOOLS, "_soffice_home"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=180)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, out_pdf)


# ---------------------------------------------------------------- docx helpers
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_docx(font="Calibri", size=10.5, margins_cm=(2.0, 2.2, 2.0, 2.2)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in margins_cm]
    return d


def para(container, text="", bold=False, italic=False, size=None, align=None, color=None, space_after=None, font=None):
    p = container.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None, font=None):
    """Supports **bold** segments inside text."""
    parts = text.split("**")
    for i, seg in enumerate(parts):
        if not seg:
            continue
        r = p.add_run(seg)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    return p


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, align=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size, italic=italic, color=color)
        p.paragraph_format.space_after = Pt(0)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def table(container, rows, widths_cm=None, style="Table Grid", bold_first_col=False, header=False, size=None,
          shade_header=None):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            b = (bold_first_col and j == 0) or (header and i == 0)
            cell_text(t.cell(i, j), val, bold=b, size=size)
            if header and i == 0 and shade_header:
                set_cell_shading(t.cell(i, j), shade_header)
    if widths_cm:
        set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    t.autofit = False
    grid_el = t._tbl.tblGrid
    for j, gc in enumerate(grid_el.findall(qn("w:gridCol"))):
        if j < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths_cm):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{b}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def add_page_field(paragraph, prefix="Pagina ", middle=" van ", with_total=True):
    def fld(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r._r.append(b); r._r.append(i); r._r.append(s); r._r.append(t); r._r.append(e)
    paragraph.add_run(prefix)
    fld("PAGE")
    if with_total:
        paragraph.add_run(middle)
        fld("NUMPAGES")


def letterhead_docx(d, logo_path, sender_lines, logo_width_cm=4.5, right=True, size=8.5, bold_first=True):
    """Header table: logo left, sender block right-aligned (or left)."""
    hdr = d.sections[0].header
    hdr.is_linked_to_previous = False
    t = hdr.add_table(rows=1, cols=2, width=Cm(17))
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    if logo_path:
        c0.paragraphs[0].add_run().add_picture(logo_path, width=Cm(logo_width_cm))
    p = c1.paragraphs[0]
    for i, line in enumerate(sender_lines):
        if i:
            p = c1.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0
        p.paragraph_format.space_after = Pt(0)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # remove the empty first paragraph python-docx leaves in headers
    return t


def footer_docx(d, left_text, page=True, prefix="Pagina ", middle=" van ", size=7.5):
    ftr = d.sections[0].footer
    ftr.is_linked_to_previous = False
    p = ftr.paragraphs[0]
    r = p.add_run(left_text)
    r.font.size = Pt(size)
    if page:
        p2 = ftr.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_page_field(p2, prefix, middle)
        for r in p2.runs:
            r.font.size = Pt(size)
    return ftr


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- platypus helpers
from reportlab.pdfgen import canvas as _rl_canvas
from reportlab.platypus import (BaseDocTemplate, SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Frame, PageTemplate, KeepTogether, Image as RLImage, NextPageTemplate,
                                FrameBreak, CondPageBreak)


def numbered_canvas(final_fn):
    """Canvas class that knows the total page count. final_fn(canvas, page_no, page_count) is drawn on
    every page after layout (use it for 'Pagina x van y', banners with totals, fax headers)."""
    class NC(_rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                final_fn(self, self._pageNumber, n)
                super().showPage()
            super().save()
    return NC


def P(text, st):
    return Paragraph(text, st)


def grid(rows, widths, font="Sans", size=8.5, bold_cols=(0,), lines=False, pad=2, valign="TOP", bg=None,
         box=False, header=False, zebra=None):
    """label/value grid from plain strings; bold_cols are rendered bold. Newlines become <br/>."""
    st_n = ParagraphStyle("gn", fontName=font, fontSize=size, leading=size * 1.25)
    bf = font + "-Bold" if font + "-Bold" in _FONTS else font
    st_b = ParagraphStyle("gb", fontName=bf, fontSize=size, leading=size * 1.25)
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, v in enumerate(r):
            if isinstance(v, str):
                b = (j in bold_cols) or (header and i == 0)
                row.append(Paragraph(v.replace("\n", "<br/>"), st_b if b else st_n))
            else:
                row.append(v)
        data.append(row)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if lines:
        cmds.append(("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey))
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
    elif box:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
    if bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, -1), bg))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EA")))
    if zebra:
        for i in range(1 if header else 0, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t
