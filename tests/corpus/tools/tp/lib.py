"""Shared helpers for rendering the synthetic dossier corpus (tp-001 .. tp-064).

All patients, doctors and practices are invented. Hospitals and cities may be real place names.
Each document builder is a function registered with @doc("tp-NNN"); it writes docs/tp-NNN.<ext>
and returns its label as a dict, which build.py writes as docs/tp-NNN.toml.
"""
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BUILD = ROOT / "tools" / "build"   # intermediate files (DOCX sources of converted PDFs, merge parts)

REGISTRY = {}


def doc(stem):
    def wrap(fn):
        REGISTRY[stem] = fn
        fn.stem = stem
        return fn
    return wrap


# --------------------------------------------------------------------------- labels
KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]


def _toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return json.dumps(str(v), ensure_ascii=False)


def label(kinds, date=None, author="other", language="nl", style="", imaging="unmentioned",
          operated="unmentioned", abroad="unmentioned", notes="", also_dates=None,
          referral_question=None, parts=None):
    d = {"kinds": list(kinds)}
    if date:
        d["date"] = date
    if also_dates:
        d["also_dates"] = list(also_dates)
    d.update(author=author, language=language, style=style)
    if "referral" in kinds:
        d["referral_question"] = bool(referral_question)
    d.update(imaging_done=imaging, operated=operated, treated_abroad=abroad, notes=notes)
    if parts:
        d["part"] = parts
    return d


def part(kinds, date=None, author="other"):
    p = {"kinds": list(kinds)}
    if date:
        p["date"] = date
    p["author"] = author
    return p


def write_label(stem, d):
    lines = []
    for k in KEY_ORDER:
        if k in d:
            lines.append(f"{k} = {_toml_value(d[k])}")
    for p in d.get("part", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in p:
                lines.append(f"{k} = {_toml_value(p[k])}")
    (DOCS / f"{stem}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- text
def write_txt(stem, text, encoding="utf-8", crlf=False):
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    (DOCS / f"{stem}.txt").write_bytes(text.encode(encoding))


# --------------------------------------------------------------------------- PDF (reportlab)
def esc(s):
    """Escape & for reportlab paragraphs unless it is already an entity; keep <b>/<i>/<br/> markup.
    The standard PDF fonts use WinAnsi encoding: refuse characters they cannot show."""
    s.encode("cp1252")
    return re.sub(r"&(?!amp;|lt;|gt;|#)", "&amp;", s)


_style_cache = {}


def pstyle(size=10, font="Helvetica", leading=None, align=0, after=3, before=0, color=None,
           left=0, first=0):
    key = (size, font, leading, align, after, before, color, left, first)
    if key not in _style_cache:
        _style_cache[key] = ParagraphStyle(
            name=f"s{len(_style_cache)}", fontName=font, fontSize=size,
            leading=leading or size * 1.25, alignment=align, spaceAfter=after,
            spaceBefore=before, textColor=color or colors.black, leftIndent=left,
            firstLineIndent=first)
    return _style_cache[key]


def bold_font(font):
    return {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}.get(font, font)


class Pdf:
    """A small wrapper around platypus. Page decorations are canvas callbacks.

    templates: dict id -> (on_page callback or None, (left, right, top, bottom) margins in mm)
    The first template in the dict is used first; switch with .template(id) before a page break.
    """

    def __init__(self, path, on_page=None, margins=(22, 20, 25, 22), font="Helvetica", size=10,
                 templates=None, title=None, author=None):
        self.path = str(path)
        self.font = font
        self.size = size
        self.story = []
        self.templates = templates or {"main": (on_page, margins)}
        self.title = title
        self.author = author

    # content
    def p(self, text, size=None, bold=False, font=None, align=0, after=3, before=0, leading=None,
          color=None, left=0):
        f = font or self.font
        if bold:
            f = bold_font(f)
        self.story.append(Paragraph(esc(text), pstyle(size or self.size, f, leading, align, after,
                                                       before, color, left)))

    def lines(self, block, size=None, bold=False, font=None, after=3, align=0, leading=None):
        """Several short lines as one paragraph with <br/> (an address block)."""
        text = "<br/>".join(esc(x) for x in block.strip("\n").split("\n"))
        f = font or self.font
        if bold:
            f = bold_font(f)
        self.story.append(Paragraph(text, pstyle(size or self.size, f, leading, align, after)))

    def h(self, text, size=12, after=5, before=4, font=None, color=None, align=0):
        self.p(text, size=size, bold=True, font=font, after=after, before=before, color=color,
               align=align)

    def sp(self, h=4):
        self.story.append(Spacer(1, h * mm))

    def br(self, template=None):
        if template:
            from reportlab.platypus import NextPageTemplate
            self.story.append(NextPageTemplate(template))
        self.story.append(PageBreak())

    def kv(self, rows, widths=(42, 128), size=None, grid=False, bold_labels=True, shade=None,
           font=None, pad=2, after=3, line_below=False):
        """Label/value rows; labels and values in separate cells (separate text runs)."""
        f = font or self.font
        s = size or self.size
        data = []
        for row in rows:
            cells = []
            for i, c in enumerate(row):
                cf = bold_font(f) if (i == 0 and bold_labels) else f
                cells.append(Paragraph(esc(c).replace("\n", "<br/>"), pstyle(s, cf, after=0)))
            data.append(cells)
        t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT")
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
              ("LEFTPADDING", (0, 0), (-1, -1), 3)]
        if grid:
            st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if shade:
            st.append(("BACKGROUND", (0, 0), (0, -1), shade))
        if line_below:
            st.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black))
        t.setStyle(TableStyle(st))
        self.story.append(t)
        self.sp(after)

    def table(self, rows, widths, size=None, header=True, grid=True, font=None, head_bg=None,
              after=3, zebra=False):
        f = font or self.font
        s = size or self.size
        data = []
        for r, row in enumerate(rows):
            cf = bold_font(f) if (header and r == 0) else f
            data.append([Paragraph(esc(c).replace("\n", "<br/>"), pstyle(s, cf, after=0))
                         for c in row])
        t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT", repeatRows=1 if header else 0)
        st = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if grid:
            st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        else:
            st.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        if header and head_bg:
            st.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
        if zebra:
            for r in range(1, len(rows)):
                if r % 2 == 0:
                    st.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
        t.setStyle(TableStyle(st))
        self.story.append(t)
        self.sp(after)

    def columns(self, left, right, widths=(95, 75), size=None, font=None, after=4,
                left_bold_first=False, right_align=0):
        """Two text blocks side by side (addressee left, sender/reference right)."""
        f = font or self.font
        s = size or self.size

        def para(block, bf, al):
            ls = block.strip("\n").split("\n")
            if bf and ls:
                ls[0] = f"<b>{esc(ls[0])}</b>"
                ls = [ls[0]] + [esc(x) for x in ls[1:]]
            else:
                ls = [esc(x) for x in ls]
            return Paragraph("<br/>".join(ls), pstyle(s, f, after=0, align=al))
        t = Table([[para(left, left_bold_first, 0), para(right, False, right_align)]],
                  colWidths=[w * mm for w in widths], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        self.story.append(t)
        self.sp(after)

    def save(self):
        w, h = A4
        pts = []
        for tid, (cb, m) in self.templates.items():
            l, r, t, b = m
            frame = Frame(l * mm, b * mm, w - (l + r) * mm, h - (t + b) * mm, id=f"f_{tid}",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            pts.append(PageTemplate(id=tid, frames=[frame], onPage=cb or (lambda c, d: None)))
        d = BaseDocTemplate(self.path, pagesize=A4, pageTemplates=pts,
                            title=self.title or "", author=self.author or "")
        d.build(self.story)


# canvas drawing helpers for letterheads / footers
def ctext(c, x, y, text, size=8, font="Helvetica", color=colors.black, align="left"):
    text.encode("cp1252")
    c.saveState()
    c.setFont(font, size)
    c.setFillColor(color)
    if align == "right":
        c.drawRightString(x * mm, y * mm, text)
    elif align == "center":
        c.drawCentredString(x * mm, y * mm, text)
    else:
        c.drawString(x * mm, y * mm, text)
    c.restoreState()


def logo_circle(c, x, y, r=6, color=colors.Color(0.1, 0.35, 0.6)):
    c.saveState()
    c.setFillColor(color)
    c.circle(x * mm, y * mm, r * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.circle((x + r * 0.35) * mm, (y + r * 0.2) * mm, r * 0.45 * mm, stroke=0, fill=1)
    c.restoreState()


def logo_bars(c, x, y, color=colors.Color(0.0, 0.5, 0.45)):
    c.saveState()
    c.setFillColor(color)
    for i, hgt in enumerate((6, 10, 14)):
        c.rect((x + i * 3.2) * mm, y * mm, 2.4 * mm, hgt * mm, stroke=0, fill=1)
    c.restoreState()


def logo_square(c, x, y, s=12, color=colors.Color(0.6, 0.1, 0.15)):
    c.saveState()
    c.setFillColor(color)
    c.rect(x * mm, y * mm, s * mm, s * mm, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(2)
    c.line((x + s / 2) * mm, (y + 2) * mm, (x + s / 2) * mm, (y + s - 2) * mm)
    c.line((x + 2) * mm, (y + s / 2) * mm, (x + s - 2) * mm, (y + s / 2) * mm)
    c.restoreState()


def hline(c, y, x1=20, x2=190, width=0.5, color=colors.black):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1 * mm, y * mm, x2 * mm, y * mm)
    c.restoreState()


# --------------------------------------------------------------------------- DOCX (python-docx)
class Docx:
    def __init__(self, font="Calibri", size=10.5, margins_cm=(2.2, 2.2, 2.0, 2.0)):
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        st.paragraph_format.space_after = Pt(3)
        sec = self.d.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (
            Cm(x) for x in margins_cm)

    def p(self, text="", bold=False, size=None, align=None, italic=False, after=None, color=None,
          style=None):
        par = self.d.add_paragraph(style=style)
        if text:
            self._runs(par, text, bold, size, italic, color)
        if align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if after is not None:
            par.paragraph_format.space_after = Pt(after)
        return par

    @staticmethod
    def _runs(par, text, bold=False, size=None, italic=False, color=None):
        # **bold** segments become separate bold runs
        for i, seg in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
            if not seg:
                continue
            parts = seg.split("\n")
            for j, line in enumerate(parts):
                r = par.add_run(line)
                r.bold = bold or (i % 2 == 1)
                r.italic = italic
                if size:
                    r.font.size = Pt(size)
                if color:
                    r.font.color.rgb = RGBColor(*color)
                if j < len(parts) - 1:
                    r.add_break()

    def h(self, text, size=13, color=None, after=4):
        return self.p(text, bold=True, size=size, color=color, after=after)

    def lines(self, block, size=None, bold=False, align=None, after=None):
        return self.p(block.strip("\n"), bold=bold, size=size, align=align, after=after)

    def kv(self, rows, widths_cm=(4.5, 12.0), bold_labels=True, size=None, grid=True):
        t = self.d.add_table(rows=0, cols=len(rows[0]))
        if grid:
            t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                par = cells[i].paragraphs[0]
                self._runs(par, val, bold=(bold_labels and i == 0), size=size)
        self._widths(t, widths_cm)
        self.d.add_paragraph()
        return t

    @staticmethod
    def _widths(t, widths_cm):
        t.autofit = False
        for i, w in enumerate(widths_cm):
            if i < len(t.columns):
                t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)

    def table(self, rows, widths_cm=None, header=True, size=None, grid=True):
        t = self.d.add_table(rows=0, cols=len(rows[0]))
        if grid:
            t.style = "Table Grid"
        for r, row in enumerate(rows):
            cells = t.add_row().cells
            for i, val in enumerate(row):
                self._runs(cells[i].paragraphs[0], val, bold=(header and r == 0), size=size)
        if widths_cm:
            self._widths(t, widths_cm)
        self.d.add_paragraph()
        return t

    def header(self, text, size=8, align=None, bold=False):
        hp = self.d.sections[0].header.paragraphs[0]
        self._runs(hp, text, bold=bold, size=size)
        if align == "right":
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def footer(self, text, size=7.5, align="center"):
        fp = self.d.sections[0].footer.paragraphs[0]
        self._runs(fp, text, size=size)
        if align == "center":
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def page_break(self):
        self.d.add_page_break()

    def save(self, path):
        self.d.save(str(path))


def docx_to_pdf(docx_path, pdf_path):
    """Convert with LibreOffice when available; returns True on success."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return False
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        cmd = [soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", td, str(docx_path)]
        try:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=180)
        except Exception:
            return False
        out = Path(td) / (Path(docx_path).stem + ".pdf")
        if not out.exists():
            return False
        shutil.copy(out, pdf_path)
    return True


def merge_pdfs(parts, out_path):
    from pypdf import PdfWriter
    w = PdfWriter()
    for p in parts:
        w.append(str(p))
    with open(out_path, "wb") as fh:
        w.write(fh)
