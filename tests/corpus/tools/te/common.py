"""Shared helpers for rendering the te- corpus documents (reportlab, python-docx, LibreOffice, plain text).

All patients, practices, hospitals and doctors are invented.
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
# keep all scratch files (LibreOffice profile, intermediate parts) inside tools/_scratch, removed at exit
SCRATCH = os.path.join(HERE, "_scratch")
os.makedirs(SCRATCH, exist_ok=True)
tempfile.tempdir = SCRATCH
import atexit
atexit.register(lambda: shutil.rmtree(SCRATCH, ignore_errors=True))
DOCS = os.path.normpath(os.path.join(HERE, "..", "docs"))
os.makedirs(DOCS, exist_ok=True)

_F = "/usr/share/fonts/truetype/"
for name, path in [
    ("Sans", "liberation2/LiberationSans-Regular.ttf"),
    ("Sans-Bold", "liberation2/LiberationSans-Bold.ttf"),
    ("Sans-Italic", "liberation2/LiberationSans-Italic.ttf"),
    ("Serif", "liberation2/LiberationSerif-Regular.ttf"),
    ("Serif-Bold", "liberation2/LiberationSerif-Bold.ttf"),
    ("Serif-Italic", "liberation2/LiberationSerif-Italic.ttf"),
    ("DV", "dejavu/DejaVuSans.ttf"),
    ("DV-Bold", "dejavu/DejaVuSans-Bold.ttf"),
    ("DVC", "dejavu/DejaVuSansCondensed.ttf"),
    ("DVC-Bold", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    ("Mono", "liberation2/LiberationMono-Regular.ttf"),
    ("Mono-Bold", "liberation2/LiberationMono-Bold.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, _F + path))

BOLD = {"Sans": "Sans-Bold", "Serif": "Serif-Bold", "DV": "DV-Bold", "DVC": "DVC-Bold", "Mono": "Mono-Bold"}


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + s + '"'


def write_label(stem, kinds, author, language, style, imaging_done, operated, treated_abroad,
                notes, date=None, also_dates=None, referral_question=None, parts=None):
    assert imaging_done in ("yes", "no", "unmentioned")
    assert operated in ("yes", "no", "unmentioned")
    assert treated_abroad in ("yes", "no", "unmentioned")
    assert author in ("gp", "specialist", "radiologist", "lab", "patient", "other")
    assert language in ("nl", "en", "de")
    ok = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
    assert set(kinds) <= ok, kinds
    if "referral" in kinds:
        assert referral_question is not None, stem
    else:
        assert referral_question is None, stem
    lines = [f"kinds = {_tv(kinds)}"]
    if date:
        lines.append(f"date = {_tv(date)}")
    if also_dates:
        lines.append(f"also_dates = {_tv(also_dates)}")
    lines += [f"author = {_tv(author)}", f"language = {_tv(language)}", f"style = {_tv(style)}"]
    if referral_question is not None:
        lines.append(f"referral_question = {_tv(referral_question)}")
    lines += [f"imaging_done = {_tv(imaging_done)}", f"operated = {_tv(operated)}",
              f"treated_abroad = {_tv(treated_abroad)}", f"notes = {_tv(notes)}"]
    for p in parts or []:
        lines.append("")
        lines.append("[[part]]")
        lines.append(f"kinds = {_tv(p['kinds'])}")
        if p.get("date"):
            lines.append(f"date = {_tv(p['date'])}")
        lines.append(f"author = {_tv(p['author'])}")
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------------------------------------
# plain text
# ----------------------------------------------------------------------------------------------
def write_txt(stem, text, encoding="utf-8", crlf=False):
    text = text.lstrip("\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(DOCS, stem + ".txt"), "w", encoding=encoding, newline="") as fh:
        fh.write(text)


# ----------------------------------------------------------------------------------------------
# reportlab
# ----------------------------------------------------------------------------------------------
def styles(font="Sans", size=9.5, leading=None):
    b = BOLD.get(font, font)
    leading = leading or size * 1.3
    return {
        "n": ParagraphStyle("n", fontName=font, fontSize=size, leading=leading),
        "b": ParagraphStyle("b", fontName=b, fontSize=size, leading=leading),
        "s": ParagraphStyle("s", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "sb": ParagraphStyle("sb", fontName=b, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 3.5, leading=(size + 3.5) * 1.3, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=6,
                             spaceAfter=2),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=leading, alignment=TA_RIGHT),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=leading, alignment=TA_CENTER),
    }


def para(text, style):
    """Paragraph from plain text; newlines become line breaks, **x** becomes bold."""
    t = escape(text).replace("\n", "<br/>")
    parts = t.split("**")
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            out.append(f'<font name="{BOLD.get(style.fontName, style.fontName)}">{p}</font>')
        else:
            out.append(p)
    return Paragraph("".join(out), style)


def paras(text, style, gap=4):
    """Blocks separated by blank lines become paragraphs."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append(para(block.strip("\n"), style))
        out.append(Spacer(1, gap))
    return out


def kv_table(rows, st, widths=(45 * mm, 120 * mm), label_style="b", grid=False, zebra=False, pad=2,
             valign="TOP"):
    data = []
    for row in rows:
        cells = []
        for j, c in enumerate(row):
            if isinstance(c, str):
                cells.append(para(c, st[label_style] if j % 2 == 0 and label_style else st["n"]))
            else:
                cells.append(c)
        data.append(cells)
    t = Table(data, colWidths=list(widths))
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if zebra:
        for i in range(0, len(data), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.93, 0.95, 0.97)))
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(rows, st, widths, header=True, font_style="s", head_style="sb", bg=(0.85, 0.88, 0.92)):
    data = []
    for i, row in enumerate(rows):
        data.append([para(c, st[head_style] if (header and i == 0) else st[font_style]) if isinstance(c, str)
                     else c for c in row])
    t = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(*bg)))
    t.setStyle(TableStyle(cmds))
    return t


def make_numbered_canvas(fmt, font="Sans", size=7.5, y=12 * mm, x=None, align="right", extra=None):
    """Canvas class that writes 'fmt' (with {p} and {n}) on every page after all pages are known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                w, h = self._pagesize
                self.setFont(font, size)
                txt = fmt.format(p=self._pageNumber, n=n)
                if align == "right":
                    self.drawRightString(x or (w - 18 * mm), y, txt)
                elif align == "center":
                    self.drawCentredString(w / 2, y, txt)
                else:
                    self.drawString(x or 18 * mm, y, txt)
                if extra:
                    extra(self, self._pageNumber, n)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(path, story, first=None, later=None, pagesize=A4, margins=(20, 20, 25, 22),
              numbering=None, title=None, author=None):
    """margins: left, right, top, bottom in mm. first/later: fn(canvas, doc). numbering: canvas class."""
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title or "", author=author or "")
    noop = lambda c, d: None
    kw = {}
    if numbering:
        kw["canvasmaker"] = numbering
    doc.build(story, onFirstPage=first or noop, onLaterPages=later or first or noop, **kw)


def logo(c, x, y, kind="circle", col=(0.1, 0.35, 0.6), size=14 * mm):
    """A graphic-only logo (no text), as letterheads drawn as images."""
    c.saveState()
    c.setFillColorRGB(*col)
    c.setStrokeColorRGB(*col)
    if kind == "circle":
        c.circle(x + size / 2, y + size / 2, size / 2, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.circle(x + size / 2, y + size / 2, size / 4, fill=1, stroke=0)
    elif kind == "squares":
        s = size / 2 - 1
        c.rect(x, y, s, s, fill=1, stroke=0)
        c.rect(x + s + 2, y + s + 2, s, s, fill=1, stroke=0)
        c.setFillColorRGB(col[0] * 0.5 + 0.5, col[1] * 0.5 + 0.5, col[2] * 0.5 + 0.5)
        c.rect(x + s + 2, y, s, s, fill=1, stroke=0)
        c.rect(x, y + s + 2, s, s, fill=1, stroke=0)
    elif kind == "wave":
        p = c.beginPath()
        p.moveTo(x, y)
        p.curveTo(x + size * 0.3, y + size, x + size * 0.7, y - size * 0.2, x + size, y + size * 0.8)
        p.lineTo(x + size, y)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    elif kind == "cross":
        t = size / 3
        c.rect(x + t, y, t, size, fill=1, stroke=0)
        c.rect(x, y + t, size, t, fill=1, stroke=0)
    c.restoreState()


def text_lines(c, x, y, lines, font="Sans", size=8, leading=None, align="left"):
    leading = leading or size * 1.25
    for i, ln in enumerate(lines):
        fn = font
        if ln.startswith("**") and ln.endswith("**"):
            ln = ln[2:-2]
            fn = BOLD.get(font, font)
        c.setFont(fn, size)
        if align == "right":
            c.drawRightString(x, y - i * leading, ln)
        else:
            c.drawString(x, y - i * leading, ln)


def pdfunite(parts, out):
    subprocess.run(["pdfunite", *parts, out], check=True)


# ----------------------------------------------------------------------------------------------
# python-docx
# ----------------------------------------------------------------------------------------------
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor


def new_docx(font="Calibri", size=10, margins_mm=(20, 20, 20, 20)):
    d = Document()
    s = d.styles["Normal"]
    s.font.name = font
    s.font.size = Pt(size)
    s.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = s.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_height = Mm(297)
    sec.page_width = Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Mm(m) for m in margins_mm]
    return d


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def docx_header_footer(d, header_lines=None, footer_text=None, page_fmt=("Pagina ", " van "), size=8,
                       header_align="left"):
    sec = d.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, ln in enumerate(header_lines):
            p = hp if i == 0 else sec.header.add_paragraph()
            if header_align == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            bold = ln.startswith("**")
            r = p.add_run(ln.strip("*"))
            r.bold = bold
            r.font.size = Pt(size + (2 if bold else 0))
    fp = sec.footer.paragraphs[0]
    if footer_text:
        r = fp.add_run(footer_text + ("    " if page_fmt else ""))
        r.font.size = Pt(size)
    if page_fmt:
        r = fp.add_run(page_fmt[0]); r.font.size = Pt(size)
        r = fp.add_run(); r.font.size = Pt(size); add_field(r, "PAGE")
        r = fp.add_run(page_fmt[1]); r.font.size = Pt(size)
        r = fp.add_run(); r.font.size = Pt(size); add_field(r, "NUMPAGES")


def dpar(d, text="", bold=False, size=None, italic=False, align=None, space_after=None, color=None):
    """Paragraph; '**x**' marks bold inline runs."""
    p = d.add_paragraph()
    parts = text.split("**")
    for i, t in enumerate(parts):
        if not t:
            continue
        r = p.add_run(t)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def dblock(d, text, **kw):
    for block in text.strip("\n").split("\n\n"):
        p = None
        for j, line in enumerate(block.split("\n")):
            if j == 0:
                p = dpar(d, line, **kw)
            else:
                r = p.add_run()
                r.add_break()
                parts = line.split("**")
                for i, t in enumerate(parts):
                    if t:
                        rr = p.add_run(t)
                        rr.bold = kw.get("bold", False) or (i % 2 == 1)
                        if kw.get("size"):
                            rr.font.size = Pt(kw["size"])
        p.paragraph_format.space_after = Pt(6)


def dtable(d, rows, widths_mm=None, bold_first_col=True, header=False, style="Table Grid", size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            p = cell.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                r = p.add_run(ln)
                r.bold = (bold_first_col and j == 0) or (header and i == 0)
                if size:
                    r.font.size = Pt(size)
            if widths_mm:
                cell.width = Mm(widths_mm[j])
    return t


# ----------------------------------------------------------------------------------------------
# LibreOffice
# ----------------------------------------------------------------------------------------------
def soffice_pdf(src, out_pdf):
    tmp = tempfile.mkdtemp(prefix="te_lo_")
    prof = tempfile.mkdtemp(prefix="te_lo_prof_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt"/>
 </style:style>
 <style:style style:name="Kop" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="{hsize}pt"/>
 </style:style>
 <style:style style:name="Klein" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Rechts" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.8cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="16.8cm" table:align="left"/></style:style>
 <style:style style:name="T1A" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="T1B" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:footer><text:p text:style-name="Klein">{footer}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def _inline(t):
    t = escape(t)
    parts = t.split("**")
    return "".join(f'<text:span text:style-name="B">{p}</text:span>' if i % 2 else p for i, p in enumerate(parts))


def fodt(blocks, font="Liberation Serif", size=11, footer=""):
    """blocks: list of ('p'|'h'|'small'|'right', text) or ('kv', [(label, value), ...])."""
    out = [FODT_HEAD.replace("{font}", font).replace("{size}", str(size)).replace("{hsize}", str(size + 1))
           .replace("{footer}", escape(footer))]
    for kind, val in blocks:
        if kind == "kv":
            out.append('<table:table table:name="T" table:style-name="T1"><table:table-column table:style-name="T1A"/>'
                       '<table:table-column table:style-name="T1B"/>')
            for a, b in val:
                out.append("<table:table-row>")
                for cell, bold in ((a, True), (b, False)):
                    out.append('<table:table-cell office:value-type="string">')
                    for ln in cell.split("\n"):
                        out.append(f'<text:p text:style-name="Standard">{_inline("**"+ln+"**" if bold else ln)}</text:p>')
                    out.append("</table:table-cell>")
                out.append("</table:table-row>")
            out.append("</table:table>")
            continue
        style = {"p": "Standard", "h": "Kop", "small": "Klein", "right": "Rechts"}[kind]
        lines = val.split("\n")
        out.append(f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(_inline(x) for x in lines) + "</text:p>")
    out.append("</office:text></office:body></office:document>\n")
    return "".join(out)
