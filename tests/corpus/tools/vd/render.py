"""Rendering helpers: turn a document spec (list of layout blocks) into PDF, DOCX or TXT.

A spec is a dict:
  stem, fmt ("pdf" | "docx" | "txt"), label (dict, written to <stem>.toml by build.py)
  txt:   text (str), opts {crlf, bom}
  pdf:   blocks (list), opts (page decoration)   or   parts: [ {blocks, opts}, ... ]  (merged PDF)
  docx:  blocks (list), opts

Blocks (tuples, first item is the type):
  ("letterhead", {name, sub:[..], lines:[..], align, logo, name_image, color})
  ("addr", [lines], {indent_mm})
  ("addr_meta", [addr lines], [(label, value), ...])      address left, reference fields right
  ("title", text, {size, align})
  ("h", text)                                              bold section heading
  ("p", text)                                              paragraph; **bold** allowed; \n = line break
  ("small", text)
  ("mono", text)                                           preformatted
  ("kv", [(label, value), ...], {cols, bold, grid, shade, lw})   label and value in separate cells
  ("kv2", [(l, v), ...], [(l, v), ...], {bold, grid})      two independent label/value columns
  ("table", [[cells], ...], {header, widths, grid, size})
  ("sig", [lines])
  ("sp", mm)  ("pb",)  ("hr",)

Page options (pdf): pagesize ("A4"|"letter"), font ("helv"|"times"|"dejavu"|"courier"), size,
  header [lines] / header_right text / header_from (first page without header when 2),
  footer text with {page} {pages}, fax text with {page} {pages}, margins mm, meta {title, author, creator}.
Page options (docx): font name, size, header [lines], letterhead_in_header, footer text (PAGE field
  appended when it contains {page}), meta {title, author}.
"""
import io
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics.shapes import Drawing, Rect, Circle, Polygon, Line
from reportlab.platypus import (Image, PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu"
_FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold"),
    "times": ("Times-Roman", "Times-Bold"),
    "courier": ("Courier", "Courier-Bold"),
}


def _register_dejavu():
    reg = os.path.join(DEJAVU_DIR, "DejaVuSans.ttf")
    bold = os.path.join(DEJAVU_DIR, "DejaVuSans-Bold.ttf")
    if os.path.exists(reg) and os.path.exists(bold):
        pdfmetrics.registerFont(TTFont("DejaVuSans", reg))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", bold))
        from reportlab.pdfbase.pdfmetrics import registerFontFamily
        registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                           italic="DejaVuSans", boldItalic="DejaVuSans-Bold")
        _FONTS["dejavu"] = ("DejaVuSans", "DejaVuSans-Bold")
    else:  # fall back; Turkish letters may then not render, but text stays extractable
        _FONTS["dejavu"] = _FONTS["helv"]


_register_dejavu()


# --------------------------------------------------------------------------- text helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md(s):
    """**bold** and newlines to reportlab paragraph markup."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s, flags=re.S)
    return s.replace("\n", "<br/>")


def md_runs(s):
    """Split **bold** markup into (text, bold) runs for python-docx."""
    out = []
    for i, chunk in enumerate(re.split(r"\*\*", s)):
        if chunk:
            out.append((chunk, i % 2 == 1))
    return out


# --------------------------------------------------------------------------- logos
def logo_png(kind="circle", color=(30, 80, 140), text=None, width=520, height=110):
    """A letterhead picture. With text, the name is inside the picture only (not extractable)."""
    from PIL import Image as PImage, ImageDraw, ImageFont
    if text:
        img = PImage.new("RGB", (width, height), "white")
    else:
        img = PImage.new("RGB", (height, height), "white")
    d = ImageDraw.Draw(img)
    h = height
    if kind == "circle":
        d.ellipse((8, 8, h - 8, h - 8), outline=color, width=8)
        d.ellipse((h * 0.35, h * 0.35, h * 0.65, h * 0.65), fill=color)
    elif kind == "square":
        d.rectangle((10, 10, h - 10, h - 10), fill=color)
        d.rectangle((h * 0.3, h * 0.3, h * 0.7, h * 0.7), fill="white")
    elif kind == "cross":
        d.rectangle((h * 0.38, 8, h * 0.62, h - 8), fill=color)
        d.rectangle((8, h * 0.38, h - 8, h * 0.62), fill=color)
    else:  # wave
        for i in range(4):
            d.arc((8, 10 + i * 18, h - 8, 60 + i * 18), 200, 340, fill=color, width=6)
    if text:
        fpath = os.path.join(DEJAVU_DIR, "DejaVuSans-Bold.ttf")
        try:
            font = ImageFont.truetype(fpath, 30)
            font2 = ImageFont.truetype(os.path.join(DEJAVU_DIR, "DejaVuSans.ttf"), 18)
        except OSError:
            font = font2 = ImageFont.load_default()
        lines = text.split("\n")
        d.text((h + 14, 18), lines[0], fill=color, font=font)
        for i, ln in enumerate(lines[1:]):
            d.text((h + 16, 60 + i * 22), ln, fill=(90, 90, 90), font=font2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def logo_drawing(kind, color):
    c = colors.Color(color[0] / 255, color[1] / 255, color[2] / 255)
    d = Drawing(16 * mm, 16 * mm)
    s = 16 * mm
    if kind == "circle":
        d.add(Circle(s / 2, s / 2, s / 2 - 2, strokeColor=c, strokeWidth=3, fillColor=None))
        d.add(Circle(s / 2, s / 2, s / 7, fillColor=c, strokeColor=c))
    elif kind == "square":
        d.add(Rect(2, 2, s - 4, s - 4, fillColor=c, strokeColor=c))
        d.add(Rect(s * 0.3, s * 0.3, s * 0.4, s * 0.4, fillColor=colors.white, strokeColor=colors.white))
    elif kind == "cross":
        d.add(Rect(s * 0.38, 2, s * 0.24, s - 4, fillColor=c, strokeColor=c))
        d.add(Rect(2, s * 0.38, s - 4, s * 0.24, fillColor=c, strokeColor=c))
    else:
        d.add(Polygon([2, 2, s / 2, s - 2, s - 2, 2], fillColor=c, strokeColor=c))
        d.add(Line(2, s * 0.3, s - 2, s * 0.3, strokeColor=colors.white, strokeWidth=2))
    return d


# --------------------------------------------------------------------------- PDF
class _Styles:
    def __init__(self, font="helv", size=10):
        reg, bold = _FONTS.get(font, _FONTS["helv"])
        self.reg, self.bold, self.size = reg, bold, size
        lead = size * 1.3
        self.p = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.5)
        self.cell = ParagraphStyle("c", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=bold)
        self.small = ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25)
        self.h = ParagraphStyle("h", fontName=bold, fontSize=size + 0.5, leading=lead + 1,
                                spaceBefore=size * 0.6, spaceAfter=size * 0.2)
        self.addr = ParagraphStyle("a", fontName=reg, fontSize=size, leading=lead)
        self.mono = ParagraphStyle("m", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.2)

    def title(self, size=None, align="left"):
        al = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[align]
        sz = size or self.size + 5
        return ParagraphStyle("t", fontName=self.bold, fontSize=sz, leading=sz * 1.2,
                              spaceAfter=sz * 0.5, alignment=al)


def _kv_table(pairs, st, opts, avail):
    cols = opts.get("cols", 1)
    bold = opts.get("bold", True)
    lw = opts.get("lw", 38) * mm
    lstyle = st.cellb if bold else st.cell
    rows = []
    if cols == 1:
        for lab, val in pairs:
            rows.append([Paragraph(md(lab), lstyle), Paragraph(md(val), st.cell)])
        widths = [lw, avail - lw]
    else:
        half = (len(pairs) + 1) // 2 if opts.get("colmajor") else None
        seq = pairs
        if half:
            left, right = pairs[:half], pairs[half:]
            seq = []
            for i in range(half):
                seq.append(left[i])
                seq.append(right[i] if i < len(right) else ("", ""))
        for i in range(0, len(seq), 2):
            a = seq[i]
            b = seq[i + 1] if i + 1 < len(seq) else ("", "")
            rows.append([Paragraph(md(a[0]), lstyle), Paragraph(md(a[1]), st.cell),
                         Paragraph(md(b[0]), lstyle), Paragraph(md(b[1]), st.cell)])
        lw2 = opts.get("lw", 33) * mm
        vw = avail / 2 - lw2
        widths = [lw2, vw, lw2, vw]
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if opts.get("grid"):
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if opts.get("shade"):
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.9, 0.9, 0.9)))
        if cols == 2:
            cmds.append(("BACKGROUND", (2, 0), (2, -1), colors.Color(0.9, 0.9, 0.9)))
    t.setStyle(TableStyle(cmds))
    return t


def _pdf_block(b, st, avail):
    kind = b[0]
    out = []
    if kind == "letterhead":
        o = b[1]
        color = o.get("color", (30, 80, 140))
        c = colors.Color(color[0] / 255, color[1] / 255, color[2] / 255)
        name_style = ParagraphStyle("ln", fontName=st.bold, fontSize=o.get("size", 14),
                                    leading=o.get("size", 14) * 1.2, textColor=c)
        parts = []
        if o.get("name_image"):
            txt = o["name"] + ("\n" + "\n".join(o.get("sub", [])) if o.get("sub") else "")
            img = Image(logo_png(o.get("logo", "circle"), color, text=txt), width=95 * mm, height=20 * mm)
            img.hAlign = "LEFT"
            parts.append(img)
        else:
            parts.append(Paragraph(md(o["name"]), name_style))
            for s in o.get("sub", []):
                parts.append(Paragraph(md(s), st.cell))
        addr = [Paragraph(md(s), st.small) for s in o.get("lines", [])]
        align = o.get("align", "left")
        if o.get("name_image"):
            t = Table([[parts, addr]], colWidths=[avail * 0.62, avail * 0.38])
        elif o.get("logo"):
            logo = logo_drawing(o["logo"], color)
            if align == "right":
                t = Table([[addr, parts, logo]], colWidths=[avail * 0.4, avail * 0.45, avail * 0.15])
            else:
                t = Table([[logo, parts, addr]], colWidths=[20 * mm, avail * 0.55 - 20 * mm, avail * 0.45])
        else:
            t = Table([[parts, addr]], colWidths=[avail * 0.58, avail * 0.42])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8 if o.get("rule", True) else 0, c)]))
        out += [t, Spacer(1, 5 * mm)]
    elif kind == "addr":
        ind = (b[2] if len(b) > 2 else {}).get("indent_mm", 0) * mm
        sty = ParagraphStyle("ai", parent=st.addr, leftIndent=ind)
        for s in b[1]:
            out.append(Paragraph(md(s), sty))
        out.append(Spacer(1, 4 * mm))
    elif kind == "addr_meta":
        left = [Paragraph(md(s), st.addr) for s in b[1]]
        right = _kv_table(b[2], st, {"bold": True, "lw": 33}, avail * 0.45)
        t = Table([[left, right]], colWidths=[avail * 0.55, avail * 0.45])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out += [t, Spacer(1, 5 * mm)]
    elif kind == "title":
        o = b[2] if len(b) > 2 else {}
        out.append(Paragraph(md(b[1]), st.title(o.get("size"), o.get("align", "left"))))
    elif kind == "h":
        out.append(Paragraph(md(b[1]), st.h))
    elif kind == "p":
        out.append(Paragraph(md(b[1]), st.p))
    elif kind == "small":
        out.append(Paragraph(md(b[1]), st.small))
    elif kind == "mono":
        out.append(Preformatted(b[1], st.mono))
    elif kind == "kv":
        out += [_kv_table(b[1], st, b[2] if len(b) > 2 else {}, avail), Spacer(1, 3 * mm)]
    elif kind == "kv2":
        o = b[3] if len(b) > 3 else {}
        lt = _kv_table(b[1], st, {"bold": o.get("bold", True), "lw": o.get("lw", 31), "grid": o.get("grid")},
                       avail / 2 - 3 * mm)
        rt = _kv_table(b[2], st, {"bold": o.get("bold", True), "lw": o.get("lw", 31), "grid": o.get("grid")},
                       avail / 2 - 3 * mm)
        t = Table([[lt, rt]], colWidths=[avail / 2, avail / 2])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out += [t, Spacer(1, 3 * mm)]
    elif kind == "table":
        o = b[2] if len(b) > 2 else {}
        rows = b[1]
        cs = ParagraphStyle("tc", parent=st.cell, fontSize=o.get("size", st.size - 1),
                            leading=o.get("size", st.size - 1) * 1.25)
        csb = ParagraphStyle("tcb", parent=cs, fontName=st.bold)
        data = []
        for i, r in enumerate(rows):
            sty = csb if (i == 0 and o.get("header", True)) else cs
            data.append([Paragraph(md(str(c)), sty) for c in r])
        widths = [w * mm for w in o["widths"]] if o.get("widths") else None
        t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if o.get("header", True) else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if o.get("grid", True):
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        else:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        if o.get("header", True):
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
        t.setStyle(TableStyle(cmds))
        out += [t, Spacer(1, 3 * mm)]
    elif kind == "sig":
        out.append(Spacer(1, 3 * mm))
        for s in b[1]:
            out.append(Paragraph(md(s), st.addr))
        out.append(Spacer(1, 3 * mm))
    elif kind == "sp":
        out.append(Spacer(1, b[1] * mm))
    elif kind == "pb":
        out.append(PageBreak())
    elif kind == "hr":
        t = Table([[""]], colWidths=[avail], rowHeights=[2])
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey)]))
        out.append(t)
    else:
        raise ValueError("unknown block %r" % (kind,))
    return out


def _render_pdf_once(blocks, opts, total_pages):
    buf = io.BytesIO()
    psize = letter if opts.get("pagesize") == "letter" else A4
    m = opts.get("margins", 20) * mm
    top = m + (6 * mm if opts.get("fax") else 0) + (8 * mm if opts.get("header") else 0)
    bottom = m + (6 * mm if opts.get("footer") else 0)
    meta = opts.get("meta", {})
    doc = SimpleDocTemplate(buf, pagesize=psize, leftMargin=m, rightMargin=m, topMargin=top,
                            bottomMargin=bottom, title=meta.get("title", ""), author=meta.get("author", ""),
                            creator=meta.get("creator", "reportlab"), subject=meta.get("subject", ""))
    st = _Styles(opts.get("font", "helv"), opts.get("size", 10))
    avail = psize[0] - 2 * m

    def deco(canvas, d):
        canvas.saveState()
        pg = canvas.getPageNumber()
        w, h = psize
        if opts.get("fax"):
            canvas.setFont("Courier", 8)
            canvas.drawString(m * 0.6, h - 9 * mm, opts["fax"].format(page=pg, pages=total_pages))
        if opts.get("header") and pg >= opts.get("header_from", 1):
            canvas.setFont(st.reg, 8)
            y = h - m + 2 * mm
            for ln in opts["header"]:
                canvas.drawString(m, y, ln.format(page=pg, pages=total_pages))
                y -= 9.5
            if opts.get("header_right"):
                canvas.drawRightString(w - m, h - m + 2 * mm,
                                       opts["header_right"].format(page=pg, pages=total_pages))
            canvas.setLineWidth(0.3)
            canvas.line(m, y + 5, w - m, y + 5)
        if opts.get("footer"):
            canvas.setFont(st.reg, 7.5)
            canvas.setLineWidth(0.3)
            canvas.line(m, m - 1 * mm, w - m, m - 1 * mm)
            y = m - 4.5 * mm
            for ln in opts["footer"].split("\n"):
                txt = ln.format(page=pg, pages=total_pages)
                if opts.get("footer_align") == "center":
                    canvas.drawCentredString(w / 2, y, txt)
                else:
                    canvas.drawString(m, y, txt)
                y -= 9
        canvas.restoreState()

    story = []
    for b in blocks:
        story += _pdf_block(b, st, avail)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def render_pdf_bytes(blocks, opts):
    from pypdf import PdfReader
    first = _render_pdf_once(blocks, opts, 1)
    n = len(PdfReader(io.BytesIO(first)).pages)
    return first if n == 1 else _render_pdf_once(blocks, opts, n)


def write_pdf(spec, path):
    if "parts" in spec:
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter()
        for part in spec["parts"]:
            data = render_pdf_bytes(part["blocks"], part.get("opts", {}))
            for page in PdfReader(io.BytesIO(data)).pages:
                w.add_page(page)
        meta = spec.get("opts", {}).get("meta")
        if meta:
            w.add_metadata({"/Title": meta.get("title", ""), "/Producer": meta.get("creator", "pypdf")})
        with open(path, "wb") as f:
            w.write(f)
    else:
        with open(path, "wb") as f:
            f.write(render_pdf_bytes(spec["blocks"], spec.get("opts", {})))


# --------------------------------------------------------------------------- DOCX
def _docx_runs(par, text, bold=False, size=None, color=None):
    from docx.shared import Pt, RGBColor
    lines = text.split("\n")
    for li, line in enumerate(lines):
        for chunk, b in md_runs(line):
            r = par.add_run(chunk)
            r.bold = bold or b
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
        if li < len(lines) - 1:
            par.add_run().add_break()


def _docx_border_bottom(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    pPr.append(bdr)


def _docx_field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


def _docx_table(doc_or_cell, rows, grid=True, bold_col0=False, header=False, bold_cols=(), size=None):
    from docx.shared import Pt
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid" if grid else "Normal Table"
    for i, r in enumerate(rows):
        for j in range(ncols):
            val = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            par = cell.paragraphs[0]
            b = (header and i == 0) or (j in bold_cols) or (bold_col0 and j == 0)
            _docx_runs(par, str(val), bold=b, size=size)
    return t


def write_docx(spec, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor
    opts = spec.get("opts", {})
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(opts.get("margin", 22))
    normal = doc.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    normal.paragraph_format.space_after = Pt(opts.get("space_after", 4))
    meta = opts.get("meta", {})
    doc.core_properties.author = meta.get("author", "")
    doc.core_properties.title = meta.get("title", "")

    if opts.get("header"):
        hp = sec.header.paragraphs[0]
        _docx_runs(hp, "\n".join(opts["header"]), size=8)
    if opts.get("footer"):
        fp = sec.footer.paragraphs[0]
        txt = opts["footer"]
        if "{page}" in txt:
            pre, post = txt.split("{page}", 1)
            _docx_runs(fp, pre, size=7.5)
            _docx_field(fp, "PAGE")
            if "{pages}" in post:
                mid, end = post.split("{pages}", 1)
                _docx_runs(fp, mid, size=7.5)
                _docx_field(fp, "NUMPAGES")
                _docx_runs(fp, end, size=7.5)
            else:
                _docx_runs(fp, post, size=7.5)
        else:
            _docx_runs(fp, txt, size=7.5)

    first_par = [True]

    def newpar():
        if first_par[0] and doc.paragraphs and not doc.paragraphs[0].text and len(doc.paragraphs) == 1:
            first_par[0] = False
            return doc.paragraphs[0]
        first_par[0] = False
        return doc.add_paragraph()

    for b in spec["blocks"]:
        k = b[0]
        if k == "letterhead":
            o = b[1]
            color = o.get("color", (30, 80, 140))
            target = sec.header if opts.get("letterhead_in_header") else None
            if target is not None:
                par = target.add_paragraph()
            else:
                par = newpar()
            if o.get("logo") or o.get("name_image"):
                txt = None
                if o.get("name_image"):
                    txt = o["name"] + ("\n" + "\n".join(o.get("sub", [])) if o.get("sub") else "")
                png = logo_png(o.get("logo", "circle"), color, text=txt)
                par.add_run().add_picture(png, width=Mm(80 if txt else 14))
                if not txt:
                    par.add_run("  ")
            if not o.get("name_image"):
                _docx_runs(par, o["name"], bold=True, size=o.get("size", 14), color=color)
                for s in o.get("sub", []):
                    p2 = target.add_paragraph() if target is not None else doc.add_paragraph()
                    _docx_runs(p2, s, size=9)
            if o.get("lines"):
                p3 = target.add_paragraph() if target is not None else doc.add_paragraph()
                _docx_runs(p3, "  |  ".join(o["lines"]) if o.get("inline") else "\n".join(o["lines"]), size=8)
                if o.get("align") == "right":
                    p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _docx_border_bottom(p3)
        elif k == "addr":
            par = newpar()
            _docx_runs(par, "\n".join(b[1]))
            ind = (b[2] if len(b) > 2 else {}).get("indent_mm", 0)
            if ind:
                par.paragraph_format.left_indent = Mm(ind)
        elif k == "addr_meta":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Normal Table"
            _docx_runs(t.cell(0, 0).paragraphs[0], "\n".join(b[1]))
            inner = _docx_table(t.cell(0, 1), [[l, v] for l, v in b[2]], grid=False, bold_col0=True, size=9)
            doc.add_paragraph()
        elif k == "title":
            o = b[2] if len(b) > 2 else {}
            par = newpar()
            _docx_runs(par, b[1], bold=True, size=o.get("size", 14))
            if o.get("align") == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h":
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(6)
            _docx_runs(par, b[1], bold=True)
        elif k == "p":
            par = newpar()
            _docx_runs(par, b[1])
        elif k == "small":
            par = doc.add_paragraph()
            _docx_runs(par, b[1], size=8)
        elif k == "mono":
            par = doc.add_paragraph()
            r = par.add_run(b[1])
            r.font.name = "Courier New"
            r.font.size = Pt(9)
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            pairs = b[1]
            if o.get("cols", 1) == 2:
                rows = []
                for i in range(0, len(pairs), 2):
                    a = pairs[i]
                    c = pairs[i + 1] if i + 1 < len(pairs) else ("", "")
                    rows.append([a[0], a[1], c[0], c[1]])
                bc = (0, 2) if o.get("bold", True) else ()
            else:
                rows = [[l, v] for l, v in pairs]
                bc = (0,) if o.get("bold", True) else ()
            _docx_table(doc, rows, grid=o.get("grid", False), bold_cols=bc)
            doc.add_paragraph()
        elif k == "kv2":
            o = b[3] if len(b) > 3 else {}
            t = doc.add_table(rows=1, cols=2)
            t.style = "Normal Table"
            _docx_table(t.cell(0, 0), [[l, v] for l, v in b[1]], grid=o.get("grid", False), bold_col0=True)
            _docx_table(t.cell(0, 1), [[l, v] for l, v in b[2]], grid=o.get("grid", False), bold_col0=True)
            doc.add_paragraph()
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            _docx_table(doc, b[1], grid=o.get("grid", True), header=o.get("header", True), size=o.get("size"))
            doc.add_paragraph()
        elif k == "sig":
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(8)
            _docx_runs(par, "\n".join(b[1]))
        elif k == "sp":
            doc.add_paragraph()
        elif k == "pb":
            doc.add_page_break()
        elif k == "hr":
            _docx_border_bottom(doc.add_paragraph())
        else:
            raise ValueError("unknown block %r" % (k,))
    doc.save(path)


# --------------------------------------------------------------------------- TXT
def write_txt(spec, path):
    opts = spec.get("opts", {})
    text = spec["text"]
    if text.startswith("\n"):
        text = text[1:]
    if opts.get("crlf"):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("utf-8")
    if opts.get("bom"):
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def write_doc(spec, outdir):
    path = os.path.join(outdir, "%s.%s" % (spec["stem"], spec["fmt"]))
    {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}[spec["fmt"]](spec, path)
    return path
