"""Shared rendering helpers for the tv- corpus batch.

Every generator script imports this module, builds its documents and calls
`write_label` for the sidecar.  All patients, doctors and practices are invented.
"""
import io
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.graphics.shapes import Drawing, Rect, Circle, String

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent.parent / "docs"
DOCS.mkdir(parents=True, exist_ok=True)

# ---------------------------------------------------------------- fonts
_FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, file in [("Sans", "DejaVuSans.ttf"), ("Sans-Bold", "DejaVuSans-Bold.ttf"),
                   ("Sans-Italic", "DejaVuSans-Oblique.ttf"),
                   ("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                   ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                   ("Mono", "DejaVuSansMono.ttf"), ("Mono-Bold", "DejaVuSansMono-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, _FONTDIR + file))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic", boldItalic="Sans-Bold")
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif", boldItalic="Serif-Bold")
registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond", boldItalic="Cond-Bold")
registerFontFamily("Mono", normal="Mono", bold="Mono-Bold", italic="Mono", boldItalic="Mono-Bold")


def styles(font="Sans", size=9.5):
    bold = font + "-Bold"
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.5),
        "tight": ParagraphStyle("t", fontName=font, fontSize=size, leading=size * 1.25),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.4, spaceBefore=size * 0.6, spaceAfter=size * 0.2),
        "title": ParagraphStyle("ti", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=size),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.3),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT),
        "center": ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_CENTER),
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Pdf:
    """Tiny wrapper around platypus.  Text given to p()/kv()/table() is plain text;
    '**x**' at the start of a p() makes the leading label bold."""

    def __init__(self, font="Sans", size=9.5):
        self.font, self.size = font, size
        self.st = styles(font, size)
        self.story = []

    # paragraphs -----------------------------------------------------
    def p(self, text, style="p", markup=False):
        for para in text.split("\n\n"):
            t = para if markup else esc(para)
            t = t.replace("\n", "<br/>")
            self.story.append(Paragraph(t, self.st[style]))
        return self

    def lines(self, text, style="tight"):
        for ln in text.split("\n"):
            self.story.append(Paragraph(esc(ln) if ln.strip() else "&nbsp;", self.st[style]))
        return self

    def h(self, text):
        self.story.append(Paragraph(esc(text), self.st["h"]))
        return self

    def title(self, text):
        self.story.append(Paragraph(esc(text), self.st["title"]))
        return self

    def labelled(self, label, text):
        """Bold label in its own run followed by a value paragraph."""
        self.story.append(Paragraph(f"<b>{esc(label)}</b> {esc(text)}".replace("\n", "<br/>"), self.st["p"]))
        return self

    def sp(self, h=4):
        self.story.append(Spacer(1, h * mm))
        return self

    def pb(self):
        self.story.append(PageBreak())
        return self

    # tables ---------------------------------------------------------
    def kv(self, rows, widths=(45 * mm, 120 * mm), bold_labels=True, grid=False, pad=1.5, style="tight"):
        data = []
        for row in rows:
            cells = []
            for i, c in enumerate(row):
                txt = esc(c).replace("\n", "<br/>")
                if i % 2 == 0 and bold_labels:
                    txt = f"<b>{txt}</b>"
                cells.append(Paragraph(txt, self.st[style]))
            data.append(cells)
        t = Table(data, colWidths=list(widths), hAlign="LEFT")
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
              ("LEFTPADDING", (0, 0), (-1, -1), 2)]
        if grid:
            ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        t.setStyle(TableStyle(ts))
        self.story.append(t)
        return self

    def table(self, rows, widths=None, header=True, grid=True, style="tight", shade="#e6e6e6"):
        data = []
        for r, row in enumerate(rows):
            cells = []
            for c in row:
                txt = esc(c).replace("\n", "<br/>")
                if header and r == 0:
                    txt = f"<b>{txt}</b>"
                cells.append(Paragraph(txt, self.st[style]))
            data.append(cells)
        t = Table(data, colWidths=list(widths) if widths else None, hAlign="LEFT", repeatRows=1 if header else 0)
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if grid:
            ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
        if header and shade:
            ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
        t.setStyle(TableStyle(ts))
        self.story.append(t)
        return self

    def letterhead(self, left_lines, right_lines, logo=None, widths=(95 * mm, 75 * mm), rule=True, logo_color="#1f4e79"):
        """left_lines[0] is set large/bold (institution), the rest small."""
        st = self.st
        left = []
        if left_lines:
            left.append(Paragraph(f"<font size='{self.size + 5}'><b>{esc(left_lines[0])}</b></font>", ParagraphStyle("lh", parent=st["tight"], leading=(self.size + 5) * 1.25)))
            for ln in left_lines[1:]:
                left.append(Paragraph(esc(ln), st["tight"]))
        right = [Paragraph(esc(ln), st["small"]) for ln in right_lines]
        cells = [left, right]
        w = list(widths)
        if logo:
            d = Drawing(16 * mm, 16 * mm)
            d.add(Rect(0, 0, 16 * mm, 16 * mm, fillColor=colors.HexColor(logo_color), strokeColor=None))
            d.add(String(8 * mm, 5.5 * mm, logo, fontName="Sans-Bold", fontSize=11, fillColor=colors.white, textAnchor="middle"))
            cells = [d] + cells
            w = [20 * mm] + w
        t = Table([cells], colWidths=w, hAlign="LEFT")
        ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if rule:
            ts.append(("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.HexColor(logo_color)))
        t.setStyle(TableStyle(ts))
        self.story.append(t)
        self.story.append(Spacer(1, 5 * mm))
        return self

    def boxed_title(self, title, sub_rows, widths=(60 * mm, 110 * mm)):
        """A title set inside a letterhead-like bordered table."""
        data = [[Paragraph(f"<b>{esc(title)}</b>", ParagraphStyle("bt", fontName=self.font + "-Bold", fontSize=self.size + 3, leading=(self.size + 3) * 1.3)), ""]]
        for a, b in sub_rows:
            data.append([Paragraph(f"<b>{esc(a)}</b>", self.st["tight"]), Paragraph(esc(b), self.st["tight"])])
        t = Table(data, colWidths=list(widths), hAlign="LEFT")
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.story.append(t)
        self.story.append(Spacer(1, 4 * mm))
        return self

    def address(self, lines, left_indent=0):
        for ln in lines:
            self.story.append(Paragraph(esc(ln), ParagraphStyle("ad", parent=self.st["tight"], leftIndent=left_indent)))
        self.story.append(Spacer(1, 5 * mm))
        return self

    def raw(self, flowable):
        self.story.append(flowable)
        return self

    # build ------------------------------------------------------------
    def build(self, path, first=None, later=None, footer=None, pagesize=A4,
              margins=(20, 20, 22, 22), font_hf=None, total_pages=True):
        """first/later: list of (x_mm, y_mm_from_top, text, size, bold) drawn on first / later pages.
        footer: text with {page} and {pages}, drawn centred at bottom of every page (list = several lines)."""
        l, r, t, b = margins
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                                topMargin=t * mm, bottomMargin=b * mm)
        fnt = font_hf or self.font
        W, H = pagesize

        def draw(items, c):
            for it in items or []:
                x, y, text, size, bold = (list(it) + [8, False])[:5]
                c.setFont(fnt + ("-Bold" if bold else ""), size)
                c.drawString(x * mm, H - y * mm, text)

        footer_lines = footer if isinstance(footer, (list, tuple)) else ([footer] if footer else [])

        class NumberedCanvas(rl_canvas.Canvas):
            def __init__(self, *a, **k):
                super().__init__(*a, **k)
                self._saved = []

            def showPage(self):
                self._saved.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                n = len(self._saved)
                for i, state in enumerate(self._saved):
                    self.__dict__.update(state)
                    page = i + 1
                    draw(first if page == 1 else (later if later is not None else []), self)
                    for j, fl in enumerate(footer_lines):
                        self.setFont(fnt, 7.5)
                        self.drawCentredString(W / 2, (10 + 3.6 * (len(footer_lines) - 1 - j)) * mm,
                                               fl.format(page=page, pages=n))
                    super().showPage()
                super().save()

        doc.build(self.story, canvasmaker=NumberedCanvas)
        Path(path).write_bytes(buf.getvalue())
        return path


def merge_pdfs(out, parts):
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for p in parts:
        r = PdfReader(p)
        for pg in r.pages:
            w.add_page(pg)
    with open(out, "wb") as fh:
        w.write(fh)
    for p in parts:
        os.remove(p)


# ---------------------------------------------------------------- DOCX
def docx_new(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(25)
    sec.bottom_margin = Mm(22)
    return d


def dpara(container, text="", bold=False, size=None, align=None, italic=False, space_after=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = container.add_paragraph()
    if text:
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            run = p.add_run(ln)
            run.bold = bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
            if i < len(lines) - 1:
                run.add_break()
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def dlabel(container, label, value, size=None):
    """Bold label run + value run in one paragraph."""
    from docx.shared import Pt
    p = container.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    r2 = p.add_run(" " + value if value else "")
    if size:
        r.font.size = r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def dtable(container, rows, widths_mm=None, style="Table Grid", bold_header=True, bold_first_col=False, size=None):
    from docx.shared import Mm, Pt
    if _is_hf(container):
        t = container.add_table(rows=len(rows), cols=len(rows[0]), width=Mm(sum(widths_mm or [166])))
    else:
        t = container.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        try:
            t.style = style
        except Exception:
            pass
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            par = cell.paragraphs[0]
            for k, ln in enumerate(lines):
                run = par.add_run(ln)
                if (bold_header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
                if size:
                    run.font.size = Pt(size)
                if k < len(lines) - 1:
                    run.add_break()
            if widths_mm:
                cell.width = Mm(widths_mm[j])
    return t


def _is_hf(container):
    from docx.section import _Header, _Footer
    return isinstance(container, (_Header, _Footer))


def docx_save(d, path):
    d.save(path)
    return path


# ---------------------------------------------------------------- TXT
def write_txt(path, text, crlf=False, bom=False):
    data = text.replace("\r\n", "\n")
    if crlf:
        data = data.replace("\n", "\r\n")
    enc = "utf-8-sig" if bom else "utf-8"
    with open(path, "w", encoding=enc, newline="") as fh:
        fh.write(data)
    return path


# ---------------------------------------------------------------- labels
KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{s}"'


def write_label(stem, **lab):
    parts = lab.pop("parts", None)
    lines = []
    for k in KEY_ORDER:
        if k in lab and lab[k] is not None:
            lines.append(f"{k} = {_tv(lab[k])}")
    extra = set(lab) - set(KEY_ORDER)
    if extra:
        raise ValueError(f"{stem}: unknown label keys {extra}")
    if parts:
        for p in parts:
            lines.append("")
            lines.append("[[part]]")
            for k in ["kinds", "date", "author"]:
                if k in p and p[k] is not None:
                    lines.append(f"{k} = {_tv(p[k])}")
    (DOCS / f"{stem}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def out(stem, ext):
    return str(DOCS / f"{stem}.{ext}")


def dpagefield(paragraph, prefix="", mid=" van ", total=True):
    """Append 'prefix PAGE mid NUMPAGES' as Word fields to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    if prefix:
        paragraph.add_run(prefix)

    def fld(instr, cached):
        f = OxmlElement("w:fldSimple")
        f.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = cached
        r.append(t)
        f.append(r)
        paragraph._p.append(f)

    fld("PAGE", "1")
    if total:
        paragraph.add_run(mid)
        fld("NUMPAGES", "1")
    return paragraph


def dheader_table(section, left_lines, right_lines, widths=(95, 71), first=False, size_big=14, size=8):
    """Letterhead as a borderless two-cell table in the (first-page) header."""
    from docx.shared import Pt, Mm
    hdr = section.first_page_header if first else section.header
    hdr.is_linked_to_previous = False
    p0 = hdr.paragraphs[0]
    t = hdr.add_table(rows=1, cols=2, width=Mm(sum(widths)))
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.width, c1.width = Mm(widths[0]), Mm(widths[1])
    par = c0.paragraphs[0]
    r = par.add_run(left_lines[0])
    r.bold = True
    r.font.size = Pt(size_big)
    for ln in left_lines[1:]:
        rr = c0.add_paragraph().add_run(ln)
        rr.font.size = Pt(size + 1)
    par = c1.paragraphs[0]
    for i, ln in enumerate(right_lines):
        rr = (par if i == 0 else c1.add_paragraph()).add_run(ln)
        rr.font.size = Pt(size)
    # move the empty default paragraph after the table
    hdr._element.remove(p0._p)
    hdr._element.append(p0._p)
    return t


def dfooter(section, lines, first=False, page=False, page_prefix="pagina ", page_mid=" van ", size=7.5):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    ftr = section.first_page_footer if first else section.footer
    ftr.is_linked_to_previous = False
    p = ftr.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = ftr.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page:
        p = ftr.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        dpagefield(p, page_prefix, page_mid)
        for r in p.runs:
            r.font.size = Pt(size)
    return ftr


def dheader_text(section, lines, first=False, size=8, bold_first=True):
    from docx.shared import Pt
    hdr = section.first_page_header if first else section.header
    hdr.is_linked_to_previous = False
    p = hdr.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0
    return hdr
