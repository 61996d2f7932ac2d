"""Renderers for the ti corpus: a small block language rendered to PDF (reportlab),
DOCX (python-docx), DOCX->PDF via LibreOffice, merged PDFs (pypdf) and plain text.

Block types (tuples):
  ("title", text)                 big bold line
  ("h", text)                     section heading
  ("p", text)                     paragraph; **bold** allowed
  ("lp", label, text)             bold label run followed by text
  ("kv", [(label, value), ...], {"grid": bool, "w": mm})
  ("kv4", [(l1, v1, l2, v2), ...], {"grid": bool})
  ("table", header_or_None, rows, {"widths": [mm, ...]})
  ("banner", [(l1, v1, l2, v2), ...])  patient banner, boxed and shaded
  ("addr", [lines])               address block
  ("sig", [lines])                signature block
  ("checks", [(question, [(option, checked), ...]), ...], {"mode": "glyph"|"bracket"})
  ("pre", text)                   monospaced lines
  ("small", text)
  ("sp", mm)                      vertical space
  ("rule",)
  ("pb",)                         page break
"""
import os
import re
import shutil
import subprocess
import tempfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Preformatted, Spacer, Table,
                                TableStyle)

FONTDIR = "/usr/share/fonts/truetype"
_FONTS = {
    "Sans": "liberation2/LiberationSans-Regular.ttf",
    "Sans-Bold": "liberation2/LiberationSans-Bold.ttf",
    "Sans-Italic": "liberation2/LiberationSans-Italic.ttf",
    "Serif": "liberation2/LiberationSerif-Regular.ttf",
    "Serif-Bold": "liberation2/LiberationSerif-Bold.ttf",
    "Serif-Italic": "liberation2/LiberationSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "Mono-Bold": "dejavu/DejaVuSansMono-Bold.ttf",
    "Glyph": "dejavu/DejaVuSans.ttf",
    "Glyph-Bold": "dejavu/DejaVuSans-Bold.ttf",
}
for _n, _f in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONTDIR, _f)))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic", boldItalic="Sans-Bold")
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold")
registerFontFamily("Mono", normal="Mono", bold="Mono-Bold", italic="Mono", boldItalic="Mono-Bold")
registerFontFamily("Glyph", normal="Glyph", bold="Glyph-Bold", italic="Glyph", boldItalic="Glyph-Bold")

BOX_ON, BOX_OFF = "\u2612", "\u2610"


def _esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


# ---------------------------------------------------------------- PDF
class _Styles:
    def __init__(self, font, size):
        self.font = font
        self.p = ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=size * 0.55)
        self.tight = ParagraphStyle("t", parent=self.p, spaceAfter=0)
        self.cell = ParagraphStyle("c", parent=self.p, spaceAfter=0, fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=font + "-Bold")
        self.h = ParagraphStyle("h", parent=self.p, fontName=font + "-Bold", spaceBefore=size * 0.6, spaceAfter=size * 0.2)
        self.title = ParagraphStyle("ti", parent=self.p, fontName=font + "-Bold", fontSize=size + 4,
                                    leading=(size + 4) * 1.25, spaceAfter=size * 0.8)
        self.small = ParagraphStyle("s", parent=self.p, fontSize=size - 2, leading=(size - 2) * 1.3)
        self.mono = ParagraphStyle("m", fontName="Mono", fontSize=size - 1.5, leading=(size - 1.5) * 1.3)
        self.glyph = ParagraphStyle("g", parent=self.p, fontName="Glyph", fontSize=size - 0.5)


def _pdf_blocks(blocks, st, width):
    out = []
    for b in blocks:
        t = b[0]
        if t == "title":
            out.append(Paragraph(_esc(b[1]), st.title))
        elif t == "h":
            out.append(Paragraph(_esc(b[1]), st.h))
        elif t == "p":
            out.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), st.p))
        elif t == "lp":
            out.append(Paragraph("<b>%s</b> %s" % (_esc(b[1]), _esc(b[2])), st.p))
        elif t in ("kv", "kv4", "banner"):
            opts = b[2] if len(b) > 2 else {}
            rows = []
            for r in b[1]:
                row = []
                for i, c in enumerate(r):
                    row.append(Paragraph(_esc(c).replace("\n", "<br/>"), st.cellb if i % 2 == 0 else st.cell))
                rows.append(row)
            if t == "kv":
                lw = opts.get("w", 42) * mm
                widths = [lw, width - lw]
            else:
                lw = opts.get("w", 27) * mm
                widths = [lw, width / 2 - lw, lw, width / 2 - lw]
            tb = Table(rows, colWidths=widths, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                  ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if opts.get("grid"):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if t == "banner":
                ts += [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee"))]
            tb.setStyle(TableStyle(ts))
            out += [tb, Spacer(1, 3 * mm)]
        elif t == "table":
            header, rows = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            data = []
            if header:
                data.append([Paragraph(_esc(c), st.cellb) for c in header])
            for r in rows:
                data.append([Paragraph(_esc(c).replace("\n", "<br/>"), st.cell) for c in r])
            ncol = len(data[0])
            widths = [w * mm for w in opts["widths"]] if "widths" in opts else [width / ncol] * ncol
            tb = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                  ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ea")))
            tb.setStyle(TableStyle(ts))
            out += [tb, Spacer(1, 3 * mm)]
        elif t in ("addr", "sig"):
            for line in b[1]:
                out.append(Paragraph(_esc(line), st.tight))
            out.append(Spacer(1, 4 * mm))
        elif t == "checks":
            opts = b[2] if len(b) > 2 else {}
            mode = opts.get("mode", "glyph")
            for q, optsl in b[1]:
                parts = []
                for o, on in optsl:
                    if mode == "glyph":
                        parts.append("%s %s" % (BOX_ON if on else BOX_OFF, _esc(o)))
                    else:
                        parts.append("[%s] %s" % ("X" if on else "&nbsp;", _esc(o)))
                row = [Paragraph(_esc(q), st.cell), Paragraph("&nbsp;&nbsp;&nbsp;".join(parts), st.glyph)]
                tb = Table([row], colWidths=[width * 0.58, width * 0.42], hAlign="LEFT")
                tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
                out.append(tb)
            out.append(Spacer(1, 3 * mm))
        elif t == "pre":
            out.append(Preformatted(b[1], st.mono))
            out.append(Spacer(1, 2 * mm))
        elif t == "small":
            out.append(Paragraph(_esc(b[1]).replace("\n", "<br/>"), st.small))
        elif t == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif t == "rule":
            tb = Table([[""]], colWidths=[width], rowHeights=[2])
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black)]))
            out.append(tb)
        elif t == "pb":
            out.append(PageBreak())
        else:
            raise ValueError(t)
    return out


def _draw_logo(c, x, y, lh):
    col = colors.HexColor(lh.get("color", "#1f4e79"))
    shape = lh.get("shape", "square")
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if shape == "circle":
        c.circle(x + 6 * mm, y + 3 * mm, 5.5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.circle(x + 6 * mm, y + 3 * mm, 2.5 * mm, fill=1, stroke=0)
        tx = x + 14 * mm
    elif shape == "square":
        c.rect(x, y - 2 * mm, 10 * mm, 10 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.rect(x + 3 * mm, y + 1 * mm, 4 * mm, 4 * mm, fill=1, stroke=0)
        tx = x + 14 * mm
    elif shape == "bar":
        c.rect(x, y - 2 * mm, 2.5 * mm, 11 * mm, fill=1, stroke=0)
        tx = x + 5 * mm
    elif shape == "cross":
        c.rect(x + 3.5 * mm, y - 2 * mm, 3 * mm, 10 * mm, fill=1, stroke=0)
        c.rect(x, y + 1.5 * mm, 10 * mm, 3 * mm, fill=1, stroke=0)
        tx = x + 14 * mm
    else:
        tx = x
    c.setFillColor(col)
    c.setFont(lh.get("logo_font", "Sans-Bold"), lh.get("logo_size", 17))
    c.drawString(tx, y + 1 * mm, lh.get("logo", ""))
    if lh.get("logo_sub"):
        c.setFont("Sans", 8.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(tx, y - 3.5 * mm, lh["logo_sub"])
    c.restoreState()


def render_pdf(doc, path):
    ps = letter if doc.get("pagesize") == "letter" else A4
    W, H = ps
    font = doc.get("font", "Sans")
    st = _Styles(font, doc.get("size", 10))
    lh = doc.get("lh", {})
    lm = rm = doc.get("margin", 22) * mm
    first_top = doc.get("first_top", 48 if lh else 20) * mm
    later_top = 24 * mm
    bottom = 22 * mm
    width = W - lm - rm

    def on_page(c, d, first):
        c.saveState()
        if doc.get("fax"):
            c.setFont("Mono", 7)
            c.drawString(lm - 8 * mm, H - 7 * mm, doc["fax"].replace("{n}", str(d.page + doc.get("_off", 0))))
        if first and lh:
            _draw_logo(c, lm, H - 24 * mm, lh)
            if lh.get("dept"):
                c.setFont("Sans-Bold", 9)
                c.setFillColor(colors.HexColor("#333333"))
                c.drawString(lm, H - 33 * mm, lh["dept"])
            c.setFont("Sans", 7.5)
            c.setFillColor(colors.HexColor("#333333"))
            yy = H - 15 * mm
            for line in lh.get("right", []):
                c.drawRightString(W - rm, yy, line)
                yy -= 3.4 * mm
            c.setStrokeColor(colors.HexColor(lh.get("color", "#1f4e79")))
            c.setLineWidth(0.8)
            c.line(lm, H - 37 * mm, W - rm, H - 37 * mm)
        elif not first and doc.get("later"):
            c.setFont("Sans", 7.5)
            c.drawString(lm, H - 14 * mm, doc["later"])
            c.line(lm, H - 16 * mm, W - rm, H - 16 * mm)
        c.setFont("Sans", 7)
        c.setFillColor(colors.HexColor("#555555"))
        yy = 14 * mm
        for line in doc.get("footer", []):
            c.drawCentredString(W / 2, yy, line)
            yy -= 3 * mm
        pn = doc.get("pagenum", "Pagina {n}")
        if pn:
            c.drawRightString(W - rm, 8 * mm, pn.replace("{n}", str(d.page)))
        c.restoreState()

    bd = BaseDocTemplate(path, pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=first_top,
                         bottomMargin=bottom, title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""))
    f1 = Frame(lm, bottom, width, H - first_top - bottom, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(lm, bottom, width, H - later_top - bottom, id="f2", leftPadding=0, rightPadding=0)
    bd.addPageTemplates([PageTemplate("first", [f1], onPage=lambda c, d: on_page(c, d, True)),
                         PageTemplate("later", [f2], onPage=lambda c, d: on_page(c, d, False))])
    story = [NextPageTemplate("later")] + _pdf_blocks(doc["blocks"], st, width)
    bd.build(story)


def render_merged(doc, path):
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    tmp = tempfile.mkdtemp()
    off = 0
    for i, part in enumerate(doc["parts"]):
        p = os.path.join(tmp, "part%d.pdf" % i)
        part = dict(part)
        if doc.get("fax") and "fax" not in part:
            part["fax"] = doc["fax"]
        part["_off"] = off
        if part.get("fmt") == "lo":
            render_lo(part, p)
        else:
            render_pdf(part, p)
        for pg in PdfReader(p).pages:
            w.add_page(pg)
            off += 1
    with open(path, "wb") as f:
        w.write(f)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- DOCX
def _docx_runs(par, text, bold=False, size=None, font=None, color=None):
    from docx.shared import Pt, RGBColor
    pieces = re.split(r"(\*\*.+?\*\*)", text)
    for pc in pieces:
        if not pc:
            continue
        b = bold
        if pc.startswith("**") and pc.endswith("**"):
            pc, b = pc[2:-2], True
        r = par.add_run(pc)
        r.bold = b
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    return par


def _docx_table(d, rows, grid=True, widths=None, bold_even=True, shade=None, header=False):
    from docx.shared import Mm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    ncol = max(len(r) for r in rows)
    tb = d.add_table(rows=0, cols=ncol)
    if grid:
        tb.style = "Table Grid"
    for ri, r in enumerate(rows):
        cells = tb.add_row().cells
        for i, c in enumerate(r):
            cells[i].text = ""
            par = cells[i].paragraphs[0]
            lines = c.split("\n")
            for li, line in enumerate(lines):
                if li:
                    par = cells[i].add_paragraph()
                _docx_runs(par, line, bold=(bold_even and i % 2 == 0) or (header and ri == 0), size=9.5)
            if shade or (header and ri == 0):
                tcPr = cells[i]._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), (shade or "DDE4EA").lstrip("#"))
                tcPr.append(shd)
    if widths:
        for r in tb.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = Mm(w)
    d.add_paragraph()
    return tb


def build_docx(doc):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    d = Document()
    sec = d.sections[0]
    if doc.get("pagesize") == "letter":
        sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(doc.get("margin", 22))
    normal = d.styles["Normal"]
    normal.font.name = doc.get("docx_font", "Calibri" if doc.get("font", "Sans") == "Sans" else "Times New Roman")
    normal.font.size = Pt(doc.get("size", 10.5))
    lh = doc.get("lh")
    if lh:
        container = sec.header if doc.get("lh_in_header") else d
        tb = container.add_table(rows=1, cols=2, width=Mm(166)) if container is sec.header else d.add_table(rows=1, cols=2)
        left, right = tb.rows[0].cells
        p = left.paragraphs[0]
        _docx_runs(p, lh.get("logo", ""), bold=True, size=lh.get("logo_size", 17) - 1, color=lh.get("color", "#1f4e79"))
        if lh.get("logo_sub"):
            _docx_runs(left.add_paragraph(), lh["logo_sub"], size=8.5)
        if lh.get("dept"):
            _docx_runs(left.add_paragraph(), lh["dept"], bold=True, size=9)
        rp = right.paragraphs[0]
        for i, line in enumerate(lh.get("right", [])):
            if i:
                rp = right.add_paragraph()
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rp.paragraph_format.space_after = Pt(0)
            _docx_runs(rp, line, size=8)
        if container is d:
            d.add_paragraph()
    if doc.get("fax"):
        hp = sec.header.paragraphs[0] if not lh or not doc.get("lh_in_header") else sec.header.add_paragraph()
        _docx_runs(hp, doc["fax"].replace("{n}", "1"), size=7, font="Courier New")
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _docx_runs(fp, "  |  ".join(doc["footer"]), size=7.5)
    for b in doc["blocks"]:
        t = b[0]
        if t == "title":
            _docx_runs(d.add_paragraph(), b[1], bold=True, size=14)
        elif t == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(1)
            _docx_runs(p, b[1], bold=True)
        elif t == "p":
            _docx_runs(d.add_paragraph(), b[1])
        elif t == "lp":
            p = d.add_paragraph()
            _docx_runs(p, b[1] + " ", bold=True)
            _docx_runs(p, b[2])
        elif t == "kv":
            opts = b[2] if len(b) > 2 else {}
            lw = opts.get("w", 42)
            _docx_table(d, b[1], grid=opts.get("grid", False), widths=[lw, 166 - lw])
        elif t in ("kv4", "banner"):
            opts = b[2] if len(b) > 2 else {}
            _docx_table(d, b[1], grid=opts.get("grid", t == "banner"), shade="EEEEEE" if t == "banner" else None)
        elif t == "table":
            opts = b[3] if len(b) > 3 else {}
            rows = ([b[1]] if b[1] else []) + [list(r) for r in b[2]]
            _docx_table(d, rows, grid=True, widths=opts.get("widths"), bold_even=False, header=bool(b[1]))
        elif t in ("addr", "sig"):
            for line in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                _docx_runs(p, line)
            d.add_paragraph()
        elif t == "checks":
            for q, opts in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                _docx_runs(p, q + "   ")
                _docx_runs(p, "   ".join("%s %s" % (BOX_ON if on else BOX_OFF, o) for o, on in opts))
        elif t == "pre":
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                _docx_runs(p, line, size=9, font="Courier New")
        elif t == "small":
            _docx_runs(d.add_paragraph(), b[1], size=8)
        elif t == "sp":
            d.add_paragraph()
        elif t == "rule":
            _docx_runs(d.add_paragraph(), "_" * 60, size=8)
        elif t == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(t)
    core = d.core_properties
    core.author = doc.get("docx_author", "")
    core.title = doc.get("pdf_title", "")
    return d


def render_docx(doc, path):
    build_docx(doc).save(path)


def render_lo(doc, path):
    """DOCX built with python-docx, converted to PDF by LibreOffice; falls back to reportlab."""
    soffice = shutil.which("soffice")
    if not soffice:
        return render_pdf(doc, path)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "src.docx")
    build_docx(doc).save(src)
    subprocess.run([soffice, "--headless", "-env:UserInstallation=file://%s/prof" % tmp,
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.move(os.path.join(tmp, "src.pdf"), path)
    shutil.rmtree(tmp)


def render_txt(doc, path):
    text = doc["text"]
    if text.startswith("\n"):
        text = text[1:]
    nl = "\r\n" if doc.get("crlf") else "\n"
    with open(path, "w", encoding=doc.get("encoding", "utf-8"), newline="") as f:
        f.write(text.replace("\n", nl))


EXT = {"pdf": "pdf", "merged": "pdf", "lo": "pdf", "docx": "docx", "txt": "txt"}
RENDER = {"pdf": render_pdf, "merged": render_merged, "lo": render_lo, "docx": render_docx, "txt": render_txt}


def render(doc, outdir):
    path = os.path.join(outdir, "%s.%s" % (doc["stem"], EXT[doc["fmt"]]))
    RENDER[doc["fmt"]](doc, path)
    return path
