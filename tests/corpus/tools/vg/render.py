"""Renderers shared by all document modules of the vg- corpus.

A document is described as a list of blocks (tuples) that each renderer
(PDF via reportlab, DOCX via python-docx, plain text) turns into its own layout:

  ("lh", dict)            letterhead: name, lines (address), sub, align, image(bool), rule(bool)
  ("title", text)         document title
  ("h", text)             section heading
  ("p", text)             paragraph; inline <b>..</b> and <i>..</i> allowed
  ("kv", rows, opts)      label/value pairs; opts: border, colw, colon, lw (txt label width)
  ("table", rows, opts)   grid; first row is the header when opts.get("header", True)
  ("cols", left, right)   two text blocks side by side (lists of lines)
  ("pre", text)           preformatted monospace text (kept as is)
  ("sp", points)          vertical space
  ("pb",)                 page break
  ("sig", lines, opts)    signature block; opts: scribble(bool)
  ("hr",)                 horizontal rule
  ("small", text)         small print
"""
import io
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, XPreformatted, Image, KeepTogether)
from reportlab.graphics.shapes import Drawing, Rect, Circle, String, Line, PolyLine
from reportlab.graphics import renderPDF

import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TAG_RE = re.compile(r"</?(b|i)>")


def strip_tags(s):
    return TAG_RE.sub("", s)


def esc(s):
    """Escape &, < and > for reportlab Paragraph except our own <b>/<i> tags."""
    out = s.replace("&", "&amp;")
    out = out.replace("<", "&lt;").replace(">", "&gt;")
    out = re.sub(r"&lt;(/?)(b|i)&gt;", r"<\1\2>", out)
    return out


# ---------------------------------------------------------------------------------------- PDF
class _NumberedCanvasFactory:
    """Canvas that knows the page count, to print 'Pagina 2 van 3' in headers/footers."""

    def __init__(self, header_fn):
        self.header_fn = header_fn

    def __call__(self, *args, **kwargs):
        header_fn = self.header_fn

        class NC(rl_canvas.Canvas):
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
                    header_fn(self, self._pageNumber, n)
                    super().showPage()
                super().save()

        return NC(*args, **kwargs)


def _logo_drawing(name, color, kind="circle"):
    d = Drawing(60 * mm, 16 * mm)
    c = colors.HexColor(color)
    if kind == "circle":
        d.add(Circle(7 * mm, 8 * mm, 6 * mm, fillColor=c, strokeColor=None))
        d.add(Circle(11 * mm, 8 * mm, 4 * mm, fillColor=colors.white, strokeColor=None))
    elif kind == "bars":
        for i in range(4):
            d.add(Rect(1 * mm + i * 3.2 * mm, 2 * mm, 2.2 * mm, (5 + 3 * i) * mm, fillColor=c, strokeColor=None))
    else:
        d.add(Rect(1 * mm, 2 * mm, 12 * mm, 12 * mm, fillColor=c, strokeColor=None))
        d.add(Line(3 * mm, 8 * mm, 11 * mm, 8 * mm, strokeColor=colors.white, strokeWidth=3))
        d.add(Line(7 * mm, 4 * mm, 7 * mm, 12 * mm, strokeColor=colors.white, strokeWidth=3))
    return d


def _name_as_image(name, color, height_mm=9):
    """The hospital's name as a raster image: letterheads where only the address is text."""
    from PIL import Image as PILImage, ImageDraw, ImageFont
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 44)
    except OSError:
        font = ImageFont.load_default()
    tmp = PILImage.new("RGB", (10, 10), "white")
    w = int(ImageDraw.Draw(tmp).textlength(name, font=font)) + 20
    img = PILImage.new("RGB", (w, 64), "white")
    ImageDraw.Draw(img).text((10, 4), name, fill=color, font=font)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    h = height_mm * mm
    return Image(buf, width=h * w / 64.0, height=h)


def _scribble(width=45 * mm):
    d = Drawing(width, 12 * mm)
    pts = []
    import math
    for i in range(40):
        x = 2 * mm + i * (width - 4 * mm) / 40.0
        y = 6 * mm + 4 * mm * math.sin(i * 0.9) * (1 - i / 60.0)
        pts.extend([x, y])
    d.add(PolyLine(pts, strokeColor=colors.HexColor("#1a2a80"), strokeWidth=1))
    return d


_DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def _register_dejavu():
    """TrueType font with Turkish glyphs (ş, ı) that the standard PDF fonts lack."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont("DejaVuSans", _DEJAVU + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", _DEJAVU + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", _DEJAVU + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-BoldOblique", _DEJAVU + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-BoldOblique")


def render_pdf(path_or_buf, blocks, opts=None):
    opts = dict(opts or {})
    font = opts.get("font", "Helvetica")
    if font == "DejaVuSans":
        _register_dejavu()
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
            "DejaVuSans": "DejaVuSans-Bold"}[font]
    fs = opts.get("size", 10)
    pagesize = LETTER if opts.get("letter") else A4
    W, H = pagesize
    lm = opts.get("margin", 22) * mm
    top = opts.get("top", 20) * mm
    bottom = opts.get("bottom", 20) * mm
    accent = opts.get("accent", "#1f4e79")

    base = ParagraphStyle("base", fontName=font, fontSize=fs, leading=fs * 1.3)
    st = {
        "p": ParagraphStyle("p", parent=base, spaceAfter=fs * 0.6),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=fs + 4, leading=(fs + 4) * 1.3,
                                spaceAfter=fs * 0.8, alignment=opts.get("title_align", TA_LEFT)),
        "h": ParagraphStyle("h", parent=base, fontName=bold, spaceBefore=fs * 0.5, spaceAfter=fs * 0.2,
                            textColor=colors.HexColor(opts.get("h_color", "#000000"))),
        "small": ParagraphStyle("small", parent=base, fontSize=fs - 2.5, leading=(fs - 2.5) * 1.3,
                                textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=fs - 0.5, leading=(fs - 0.5) * 1.25),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=fs - 0.5, leading=(fs - 0.5) * 1.25),
        "lh": ParagraphStyle("lh", parent=base, fontName=bold, fontSize=fs + 5, leading=(fs + 5) * 1.2,
                             textColor=colors.HexColor(accent)),
        "lhs": ParagraphStyle("lhs", parent=base, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3,
                              textColor=colors.HexColor("#333333")),
        "pre": ParagraphStyle("pre", fontName="Courier", fontSize=opts.get("pre_size", fs - 1.5),
                              leading=opts.get("pre_size", fs - 1.5) * 1.25),
    }
    frame_w = W - 2 * lm
    story = []

    def P(text, style="p"):
        return Paragraph(esc(text), st[style])

    for blk in blocks:
        kind = blk[0]
        if kind == "lh":
            d = blk[1]
            align = d.get("align", "left")
            lines = d.get("lines", [])
            left = []
            if d.get("image"):
                left.append(_name_as_image(d["name"], d.get("color", accent)))
            else:
                left.append(Paragraph(esc(d["name"]), st["lh"]))
            if d.get("sub"):
                left.append(Paragraph(esc(d["sub"]), ParagraphStyle("lsub", parent=st["lhs"], fontName=bold)))
            addr = [Paragraph(esc(l), ParagraphStyle("la", parent=st["lhs"],
                                                      alignment=TA_RIGHT if align == "split" else TA_LEFT))
                    for l in lines]
            logo = _logo_drawing(d["name"], d.get("color", accent), d.get("logo", "circle")) if d.get("logo") else None
            if align == "split":
                cells = [[([logo] if logo else []) + left, addr]]
                t = Table(cells, colWidths=[frame_w * 0.55, frame_w * 0.45])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
                story.append(t)
            elif align == "center":
                for f in ([logo] if logo else []) + left:
                    if isinstance(f, Paragraph):
                        f.style = ParagraphStyle("c", parent=f.style, alignment=TA_CENTER)
                    story.append(f)
                for l in lines:
                    story.append(Paragraph(esc(l), ParagraphStyle("lc", parent=st["lhs"], alignment=TA_CENTER)))
            else:
                story.extend(([logo] if logo else []) + left + addr)
            if d.get("rule", True):
                story.append(Spacer(1, 2 * mm))
                t = Table([[""]], colWidths=[frame_w], rowHeights=[1])
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor(accent))]))
                story.append(t)
            story.append(Spacer(1, 5 * mm))
        elif kind == "title":
            story.append(P(blk[1], "title"))
        elif kind == "h":
            story.append(P(blk[1], "h"))
        elif kind == "p":
            story.append(P(blk[1]))
        elif kind == "small":
            story.append(P(blk[1], "small"))
        elif kind == "sp":
            story.append(Spacer(1, blk[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "colbreak":
            from reportlab.platypus import FrameBreak
            story.append(FrameBreak())
        elif kind == "hr":
            t = Table([[""]], colWidths=[frame_w], rowHeights=[2])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey)]))
            story.append(t)
        elif kind == "pre":
            story.append(XPreformatted(esc(blk[1]), st["pre"]))
        elif kind == "cols":
            left, right = blk[1], blk[2]
            lp = [P(l, "cell") for l in left] or [""]
            rp = [P(l, "cell") for l in right] or [""]
            t = Table([[lp, rp]], colWidths=[frame_w * 0.58, frame_w * 0.42])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
        elif kind == "kv":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            colw = o.get("colw", (0.32, 0.68))
            colon = ":" if o.get("colon", False) else ""
            data = []
            for lab, val in rows:
                vals = val if isinstance(val, list) else [val]
                data.append([P(lab + colon, "cellb" if o.get("bold", True) else "cell"),
                             [P(v, "cell") for v in vals]])
            t = Table(data, colWidths=[frame_w * colw[0], frame_w * colw[1]])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3)]
            if o.get("border"):
                ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor(o.get("shade", "#eeeeee")))]
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            header = o.get("header", True)
            data = []
            for i, r in enumerate(rows):
                data.append([P(str(c), "cellb" if (header and i == 0) else "cell") for c in r])
            cw = o.get("colw")
            t = Table(data, colWidths=[frame_w * x for x in cw] if cw else None, repeatRows=1 if header else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(o.get("shade", "#dde6f0"))))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            lines, o = blk[1], (blk[2] if len(blk) > 2 else {})
            parts = []
            if o.get("scribble"):
                parts.append(_scribble())
            parts += [P(l, "cell") for l in lines]
            story.append(KeepTogether(parts))
            story.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(kind)

    header = opts.get("header")      # text, may contain {page} {pages}
    footer = opts.get("footer")
    fax = opts.get("fax")            # fax header line at the very top of every page

    off = opts.get("page_offset", 0)

    def decorate(c, page, pages):
        page += off
        c.saveState()
        if fax:
            c.setFont("Courier", 7.5)
            c.drawString(8 * mm, H - 7 * mm, fax.format(page=page, pages=pages))
        if header:
            c.setFont(font, fs - 2.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawRightString(W - lm, H - 12 * mm, header.format(page=page, pages=pages))
        if footer:
            c.setFont(font, fs - 2.5)
            c.setFillColor(colors.HexColor("#555555"))
            for i, fl in enumerate(footer.split("\n")):
                c.drawCentredString(W / 2, 10 * mm + (len(footer.split("\n")) - 1 - i) * (fs - 1), fl.format(page=page, pages=pages))
        c.restoreState()

    if opts.get("frames") == 2:
        # first page: full-width top area for the header, then two columns
        head_h = opts.get("head_h", 70) * mm
        gap = 6 * mm
        cw = (frame_w - gap) / 2
        f_top = Frame(lm, H - top - head_h, frame_w, head_h, id="top", showBoundary=0)
        f1 = Frame(lm, bottom, cw, H - top - head_h - bottom, id="c1")
        f2 = Frame(lm + cw + gap, bottom, cw, H - top - head_h - bottom, id="c2")
        g1 = Frame(lm, bottom, cw, H - top - bottom, id="d1")
        g2 = Frame(lm + cw + gap, bottom, cw, H - top - bottom, id="d2")
        doc = BaseDocTemplate(path_or_buf, pagesize=pagesize, leftMargin=lm, rightMargin=lm, topMargin=top,
                              bottomMargin=bottom, title=opts.get("meta_title", ""),
                              author=opts.get("meta_author", ""))
        from reportlab.platypus import NextPageTemplate, FrameBreak
        doc.addPageTemplates([PageTemplate(id="first", frames=[f_top, f1, f2], autoNextPageTemplate="rest"),
                              PageTemplate(id="rest", frames=[g1, g2])])
        # the caller marks where the full-width header area ends with a ("colbreak",) block
    else:
        doc = BaseDocTemplate(path_or_buf, pagesize=pagesize, leftMargin=lm, rightMargin=lm, topMargin=top,
                              bottomMargin=bottom, title=opts.get("meta_title", ""),
                              author=opts.get("meta_author", ""))
        doc.addPageTemplates([PageTemplate(id="all", frames=[Frame(lm, bottom, frame_w, H - top - bottom)])])
    doc.build(story, canvasmaker=_NumberedCanvasFactory(decorate))


def merge_pdfs(path, parts):
    """parts: list of (blocks, opts); each rendered separately, then concatenated (like a scanner's 'bijlagen')."""
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for blocks, opts in parts:
        buf = io.BytesIO()
        render_pdf(buf, blocks, opts)
        buf.seek(0)
        for page in PdfReader(buf).pages:
            w.add_page(page)
    with open(path, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------------------------------- DOCX
def _add_runs(par, text, size=None, font=None, color=None):
    pos = 0
    bold = italic = False
    for m in TAG_RE.finditer(text):
        if m.start() > pos:
            r = par.add_run(text[pos:m.start()])
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
        tag = m.group(0)
        if tag == "<b>":
            bold = True
        elif tag == "</b>":
            bold = False
        elif tag == "<i>":
            italic = True
        elif tag == "</i>":
            italic = False
        pos = m.end()
    if pos < len(text):
        r = par.add_run(text[pos:])
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip("#"))


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def render_docx(path, blocks, opts=None):
    opts = dict(opts or {})
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(opts.get("margin", 22))
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    accent = opts.get("accent", "#1f4e79")

    if opts.get("header"):
        hp = sec.header.paragraphs[0]
        _add_runs(hp, opts["header"], size=8)
    if opts.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_runs(fp, opts["footer"], size=8)

    def para(text, size=None, align=None, color=None, space_after=4):
        p = d.add_paragraph()
        _add_runs(p, text, size=size, color=color)
        p.paragraph_format.space_after = Pt(space_after)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for blk in blocks:
        kind = blk[0]
        if kind == "lh":
            lh = blk[1]
            target_in_header = lh.get("docx_header", False)
            if target_in_header:
                hdr = sec.header
                p = hdr.paragraphs[0] if not opts.get("header") else hdr.add_paragraph()
                _add_runs(p, "<b>" + lh["name"] + "</b>", size=14, color=lh.get("color", accent))
                if lh.get("sub"):
                    _add_runs(hdr.add_paragraph(), lh["sub"], size=9)
                for l in lh.get("lines", []):
                    _add_runs(hdr.add_paragraph(), l, size=8)
            elif lh.get("align") == "split":
                t = d.add_table(rows=1, cols=2)
                _no_borders(t)
                c0, c1 = t.rows[0].cells
                _add_runs(c0.paragraphs[0], "<b>" + lh["name"] + "</b>", size=15, color=lh.get("color", accent))
                if lh.get("sub"):
                    _add_runs(c0.add_paragraph(), lh["sub"], size=9)
                first = True
                for l in lh.get("lines", []):
                    p = c1.paragraphs[0] if first else c1.add_paragraph()
                    first = False
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    _add_runs(p, l, size=8)
                d.add_paragraph()
            else:
                al = "center" if lh.get("align") == "center" else None
                para("<b>" + lh["name"] + "</b>", size=15, align=al, color=lh.get("color", accent), space_after=0)
                if lh.get("sub"):
                    para(lh["sub"], size=9, align=al, space_after=0)
                for l in lh.get("lines", []):
                    para(l, size=8, align=al, space_after=0)
                para("", space_after=6)
        elif kind == "title":
            p = para("<b>" + blk[1] + "</b>", size=opts.get("size", 10.5) + 4)
        elif kind == "h":
            if opts.get("docx_headings"):
                d.add_heading(strip_tags(blk[1]), level=2)
            else:
                para("<b>" + blk[1] + "</b>", space_after=1)
        elif kind == "p":
            para(blk[1])
        elif kind == "small":
            para(blk[1], size=7.5, color="#555555")
        elif kind == "sp":
            para("", space_after=0)
        elif kind == "colbreak":
            continue
        elif kind == "pb":
            d.add_page_break()
        elif kind == "hr":
            para("_" * 70, size=7, color="#888888")
        elif kind == "pre":
            for line in blk[1].split("\n"):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
                p.paragraph_format.space_after = Pt(0)
        elif kind == "cols":
            t = d.add_table(rows=1, cols=2)
            _no_borders(t)
            for cell, lines in zip(t.rows[0].cells, (blk[1], blk[2])):
                first = True
                for l in lines:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    _add_runs(p, l)
                    p.paragraph_format.space_after = Pt(0)
            para("")
        elif kind == "kv":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            colon = ":" if o.get("colon", False) else ""
            if o.get("docx_inline"):
                for lab, val in rows:
                    vals = val if isinstance(val, list) else [val]
                    p = d.add_paragraph()
                    _add_runs(p, "<b>" + lab + colon + "</b>\t" + vals[0])
                    p.paragraph_format.space_after = Pt(1)
                    p.paragraph_format.tab_stops.add_tab_stop(Mm(45))
                    for v in vals[1:]:
                        p2 = d.add_paragraph()
                        _add_runs(p2, "\t" + v)
                        p2.paragraph_format.tab_stops.add_tab_stop(Mm(45))
                        p2.paragraph_format.space_after = Pt(1)
                para("")
                continue
            t = d.add_table(rows=0, cols=2)
            if o.get("border"):
                t.style = "Table Grid"
            else:
                _no_borders(t)
            for lab, val in rows:
                vals = val if isinstance(val, list) else [val]
                c0, c1 = t.add_row().cells
                _add_runs(c0.paragraphs[0], ("<b>" + lab + colon + "</b>") if o.get("bold", True) else lab + colon)
                _add_runs(c1.paragraphs[0], vals[0])
                for v in vals[1:]:
                    _add_runs(c1.add_paragraph(), v)
            colw = o.get("colw", (0.32, 0.68))
            for row in t.rows:
                row.cells[0].width = Mm(166 * colw[0])
                row.cells[1].width = Mm(166 * colw[1])
            para("")
        elif kind == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            header = o.get("header", True)
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    _add_runs(c.paragraphs[0], ("<b>" + str(v) + "</b>") if (header and i == 0) else str(v))
            para("")
        elif kind == "sig":
            for l in blk[1]:
                para(l, space_after=0)
            para("")
        else:
            raise ValueError(kind)
    core = d.core_properties
    core.title = opts.get("meta_title", "")
    core.author = opts.get("meta_author", "")
    d.save(path)


# ---------------------------------------------------------------------------------------- TXT
def _wrap(text, width):
    import textwrap
    out = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, width) or [""])
    return out


def render_txt(path, blocks, opts=None):
    opts = dict(opts or {})
    width = opts.get("width", 78)
    lw = opts.get("lw", 24)
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind == "lh":
            lh = blk[1]
            if lh.get("align") == "center":
                out.append(lh["name"].center(width).rstrip())
                if lh.get("sub"):
                    out.append(lh["sub"].center(width).rstrip())
                for l in lh.get("lines", []):
                    out.append(l.center(width).rstrip())
            else:
                out.append(lh["name"].upper() if lh.get("upper") else lh["name"])
                if lh.get("sub"):
                    out.append(lh["sub"])
                out.extend(lh.get("lines", []))
            if lh.get("rule", True):
                out.append(opts.get("rule_char", "-") * width)
            out.append("")
        elif kind == "title":
            t = strip_tags(blk[1])
            out.append(t.upper() if opts.get("upper_titles") else t)
            if opts.get("underline_titles", True):
                out.append("=" * len(t))
            out.append("")
        elif kind == "h":
            t = strip_tags(blk[1])
            out.append(t.upper() if opts.get("upper_h") else t)
            if opts.get("underline_h"):
                out.append("-" * len(t))
        elif kind in ("p", "small"):
            out.extend(_wrap(strip_tags(blk[1]), width))
            out.append("")
        elif kind == "sp":
            out.append("")
        elif kind == "colbreak":
            continue
        elif kind == "pb":
            out.append(opts.get("pagebreak", "\f"))
        elif kind == "hr":
            out.append("-" * width)
        elif kind == "pre":
            out.extend(blk[1].split("\n"))
            out.append("")
        elif kind == "cols":
            left, right = [strip_tags(x) for x in blk[1]], [strip_tags(x) for x in blk[2]]
            n = max(len(left), len(right))
            lwid = opts.get("colsplit", 44)
            for i in range(n):
                l = left[i] if i < len(left) else ""
                r = right[i] if i < len(right) else ""
                out.append((l.ljust(lwid) + r).rstrip())
            out.append("")
        elif kind == "kv":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            colon = ":" if o.get("colon", True) else ""
            w = o.get("lw", lw)
            for lab, val in rows:
                vals = val if isinstance(val, list) else [val]
                lab = strip_tags(lab) + (colon if lab else "")
                first = True
                for v in vals:
                    wrapped = _wrap(strip_tags(v), width - w - 1)
                    for wl in wrapped:
                        out.append(((lab.ljust(w) if first else " " * w) + " " + wl).rstrip())
                        first = False
            out.append("")
        elif kind == "table":
            rows, o = blk[1], (blk[2] if len(blk) > 2 else {})
            rows = [[strip_tags(str(c)) for c in r] for r in rows]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            sep = o.get("sep", "  ")
            for i, r in enumerate(rows):
                out.append(sep.join(c.ljust(ws[j]) for j, c in enumerate(r)).rstrip())
                if i == 0 and o.get("header", True):
                    out.append(sep.join("-" * ws[j] for j in range(len(ws))))
            out.append("")
        elif kind == "sig":
            out.extend(strip_tags(l) for l in blk[1])
            out.append("")
        else:
            raise ValueError(kind)
    text = "\n".join(out).rstrip() + "\n"
    nl = opts.get("newline", "\n")
    if nl != "\n":
        text = text.replace("\n", nl)
    with open(path, "w", encoding=opts.get("encoding", "utf-8"), newline="") as fh:
        fh.write(text)


def render(path, fmt, blocks, opts=None):
    if fmt == "pdf":
        render_pdf(path, blocks, opts)
    elif fmt == "docx":
        render_docx(path, blocks, opts)
    elif fmt == "txt":
        render_txt(path, blocks, opts)
    else:
        raise ValueError(fmt)
