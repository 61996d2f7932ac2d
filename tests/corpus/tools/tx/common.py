"""Shared renderers for the tx corpus: PDF (reportlab), DOCX (python-docx), TXT, labels (TOML)."""
import io
import os
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, Preformatted, PageBreak, NextPageTemplate, KeepTogether)
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfWriter, PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "docs")
os.makedirs(DOCS, exist_ok=True)

# ---------------------------------------------------------------- labels
def _tq(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'

def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_tq(x) for x in v) + "]"
    return _tq(v)

ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]

def write_label(stem, label, parts=None):
    lines = []
    for k in ORDER:
        if k in label and label[k] is not None:
            lines.append(f"{k} = {_tv(label[k])}")
    extra = set(label) - set(ORDER)
    assert not extra, (stem, extra)
    for p in parts or []:
        lines.append("")
        lines.append("[[part]]")
        for k in ["kinds", "date", "also_dates", "author"]:
            if k in p and p[k] is not None:
                lines.append(f"{k} = {_tv(p[k])}")
        assert not set(p) - {"kinds", "date", "also_dates", "author"}, (stem, p)
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- txt
def write_txt(stem, text, encoding="utf-8", crlf=False):
    text = text.lstrip("\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(DOCS, stem + ".txt"), "w", encoding=encoding, newline="") as f:
        f.write(text)

# ---------------------------------------------------------------- pdf
def _styles(font="Helvetica", size=9.5):
    b = font + "-Bold" if font in ("Helvetica", "Times", "Courier") else font
    if font == "Times":
        font, b = "Times-Roman", "Times-Bold"
    return {
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.25),
        "h": ParagraphStyle("h", fontName=b, fontSize=size + 0.5, leading=size * 1.4, spaceBefore=6, spaceAfter=2),
        "title": ParagraphStyle("t", fontName=b, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=8),
        "pre": ParagraphStyle("pre", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=b, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.3, alignment=2),
        "bold": b,
        "font": font,
    }

def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def _flow(blocks, st, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            out.append(Paragraph(b[1], st["p"]))  # may contain markup
        elif kind == "ps":
            out.append(Paragraph(b[1], st["small"]))
        elif kind == "right":
            out.append(Paragraph(b[1], st["right"]))
        elif kind == "h":
            out.append(Paragraph(b[1], st["h"]))
        elif kind == "title":
            out.append(Paragraph(b[1], st["title"]))
        elif kind == "pre":
            out.append(Preformatted(b[1], st["pre"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "kv":  # label/value rows, bold labels as separate cells
            rows = b[1]
            lw = b[2] if len(b) > 2 else 0.3
            data = [[Paragraph(l, st["cellb"]), Paragraph(v, st["cell"])] for l, v in rows]
            t = Table(data, colWidths=[width * lw, width * (1 - lw)])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]
            if len(b) > 3 and b[3] == "grid":
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(ts))
            out.append(t)
        elif kind == "kv4":  # two label/value pairs per row (two-column form)
            rows = b[1]
            data = []
            for r in rows:
                data.append([Paragraph(r[0], st["cellb"]), Paragraph(r[1], st["cell"]),
                             Paragraph(r[2], st["cellb"]), Paragraph(r[3], st["cell"])])
            t = Table(data, colWidths=[width * 0.17, width * 0.33, width * 0.17, width * 0.33])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
            out.append(t)
        elif kind == "table":  # header row + rows, optional col fractions
            head, rows = b[1], b[2]
            fr = b[3] if len(b) > 3 else [1.0 / len(head)] * len(head)
            data = [[Paragraph(h, st["cellb"]) for h in head]] + \
                   [[Paragraph(c, st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[width * f for f in fr], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
        elif kind == "cols":  # two side-by-side paragraph blocks (e.g. addressee | dates)
            left, right = b[1], b[2]
            fr = b[3] if len(b) > 3 else 0.55
            L = [Paragraph(x, st["cell"]) for x in left]
            R = [Paragraph(x, st["cell"]) for x in right]
            t = Table([[L, R]], colWidths=[width * fr, width * (1 - fr)])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
        elif kind == "hr":
            t = Table([[""]], colWidths=[width], rowHeights=[2])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.8, colors.black)]))
            out.append(t)
        else:
            raise ValueError(kind)
    return out


def make_pdf(path, blocks, *, side=None, side_all_pages=False, header=None, footer=None,
             page_numbers=None, font="Helvetica", size=9.5, pagesize=A4, top_banner=None,
             fax=None, margins=(20, 20, 22, 22)):
    """side: list of small paragraphs in a left column (letterhead); header/footer: text on every page
    (may contain {page}); page_numbers: format like 'Pagina {page}'; top_banner: list of lines drawn at the top
    of the first page (canvas runs); fax: a fax header line on every page."""
    st = _styles(font, size)
    W, H = pagesize
    lm, rm, tm, bm = [m * mm for m in margins]
    sidew = 48 * mm if side else 0
    banner_h = (sum(b[2] + 4 for b in top_banner) + 12) if top_banner else 0
    fax_h = 12 if fax else 0

    def deco(canvas, doc):
        canvas.saveState()
        pg = canvas.getPageNumber()
        if fax:
            canvas.setFont("Courier", 7.5)
            canvas.drawString(lm, H - 12 * mm + 20, fax.format(page=pg))
        if header:
            canvas.setFont(st["font"], 7.5)
            canvas.drawString(lm, H - tm + 14 + 0, header.format(page=pg))
        if footer:
            canvas.setFont(st["font"], 7)
            for i, line in enumerate(footer.split("\n")):
                canvas.drawString(lm, bm - 12 - i * 9, line.format(page=pg))
        if page_numbers:
            canvas.setFont(st["font"], 7.5)
            canvas.drawRightString(W - rm, bm - 12, page_numbers.format(page=pg))
        if top_banner and pg == 1:
            y = H - tm - fax_h
            for i, (txt, bold, sz) in enumerate(top_banner):
                canvas.setFont(st["bold"] if bold else st["font"], sz)
                canvas.drawString(lm, y - 10, txt)
                y -= sz + 4
        if side and (pg == 1 or side_all_pages):
            canvas.setStrokeColor(colors.HexColor("#7a8ca0"))
            canvas.line(lm + sidew - 4 * mm, bm, lm + sidew - 4 * mm, H - tm - fax_h)
            y = H - tm - fax_h - 10
            for item in side:
                txt, bold, sz = item if isinstance(item, tuple) else (item, False, 7.5)
                canvas.setFont(st["bold"] if bold else st["font"], sz)
                canvas.drawString(lm, y, txt)
                y -= sz + 3.5
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title="", author="")
    fw_first = W - lm - rm - sidew
    f1 = Frame(lm + sidew, bm, fw_first, H - tm - bm - fax_h - banner_h, id="f1",
               leftPadding=0, rightPadding=0)
    if side_all_pages:
        f2 = Frame(lm + sidew, bm, fw_first, H - tm - bm - fax_h, id="f2", leftPadding=0, rightPadding=0)
        w2 = fw_first
    else:
        f2 = Frame(lm, bm, W - lm - rm, H - tm - bm - fax_h, id="f2", leftPadding=0, rightPadding=0)
        w2 = W - lm - rm
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=deco)])
    doc.build(_flow(blocks, st, min(fw_first, w2)))


def make_canvas_pdf(path, draw, pagesize=A4):
    """Free canvas drawing: draw(c, W, H) may call c.showPage() for more pages."""
    from reportlab.pdfgen import canvas as cv
    c = cv.Canvas(path, pagesize=pagesize)
    draw(c, *pagesize)
    c.save()


def merge_pdfs(out_path, paths):
    w = PdfWriter()
    for p in paths:
        r = PdfReader(p)
        for page in r.pages:
            w.add_page(page)
    with open(out_path, "wb") as f:
        w.write(f)


def pdf_path(stem):
    return os.path.join(DOCS, stem + ".pdf")


def tmp_path(name):
    d = os.path.join(HERE, "_tmp")
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)

# ---------------------------------------------------------------- docx
class Docx:
    def __init__(self, font="Calibri", size=10.5):
        self.d = docx.Document()
        s = self.d.styles["Normal"]
        s.font.name = font
        s.font.size = Pt(size)
        sec = self.d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = Cm(2)

    def p(self, *runs, align=None, size=None, space_after=None):
        """runs: str or (text, 'b'|'i'|'bi')."""
        par = self.d.add_paragraph()
        for r in runs:
            if isinstance(r, tuple):
                run = par.add_run(r[0])
                run.bold = "b" in r[1]
                run.italic = "i" in r[1]
            else:
                run = par.add_run(r)
            if size:
                run.font.size = Pt(size)
        if align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    def lines(self, text, bold_first=False):
        for i, line in enumerate(text.strip("\n").split("\n")):
            if bold_first and i == 0:
                self.p((line, "b"))
            else:
                self.p(line, space_after=0)

    def h(self, text, size=12):
        return self.p((text, "b"), size=size)

    def kv(self, rows, widths=(4.5, 12), grid=True, bold_labels=True):
        t = self.d.add_table(rows=0, cols=2)
        if grid:
            t.style = "Table Grid"
        for l, v in rows:
            cells = t.add_row().cells
            cells[0].text = ""
            r = cells[0].paragraphs[0].add_run(l)
            r.bold = bold_labels
            cells[1].text = ""
            for j, line in enumerate(v.split("\n")):
                par = cells[1].paragraphs[0] if j == 0 else cells[1].add_paragraph()
                par.add_run(line)
        for row in t.rows:
            row.cells[0].width = Cm(widths[0])
            row.cells[1].width = Cm(widths[1])
        self.d.add_paragraph()
        return t

    def table(self, head, rows, grid=True):
        t = self.d.add_table(rows=1, cols=len(head))
        if grid:
            t.style = "Table Grid"
        for i, h in enumerate(head):
            t.rows[0].cells[i].text = ""
            t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        for r in rows:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = c
        self.d.add_paragraph()
        return t

    def letterhead_table(self, left_lines, right_lines, grid=False):
        t = self.d.add_table(rows=1, cols=2)
        if grid:
            t.style = "Table Grid"
        for cell, lines in ((t.rows[0].cells[0], left_lines), (t.rows[0].cells[1], right_lines)):
            cell.text = ""
            for j, line in enumerate(lines):
                par = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                txt, st = line if isinstance(line, tuple) else (line, "")
                run = par.add_run(txt)
                run.bold = "b" in st
                run.font.size = Pt(8.5 if "s" in st else 10)
        self.d.add_paragraph()
        return t

    def header(self, text):
        hp = self.d.sections[0].header.paragraphs[0]
        hp.text = text
        for r in hp.runs:
            r.font.size = Pt(8)

    def footer(self, text):
        fp = self.d.sections[0].footer.paragraphs[0]
        fp.text = text
        for r in fp.runs:
            r.font.size = Pt(7.5)

    def page_break(self):
        self.d.add_page_break()

    def save(self, stem):
        self.d.core_properties.author = ""
        self.d.core_properties.title = ""
        self.d.save(os.path.join(DOCS, stem + ".docx"))
