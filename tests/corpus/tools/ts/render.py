"""Rendering helpers for the ts-corpus: a tiny block language rendered to PDF (reportlab),
DOCX (python-docx), PDF via LibreOffice (DOCX -> PDF), canvas-drawn forms and merged PDFs.

Block language (list of tuples):
  ("title", text)            big bold line
  ("h", text)                bold section heading
  ("p", text)                paragraph; inline <b>..</b> and <i>..</i> allowed
  ("pr", text) / ("pc", text) right-aligned / centred paragraph
  ("lines", [l1, l2, ...])   short lines, no paragraph spacing (address blocks)
  ("cols", [left lines], [right lines])   two-column block (letterhead / address + date)
  ("kv", [(label, value), ...], {opts})   label / value table, no borders by default
  ("table", [[hdr...], [row...], ...], {opts})  grid table, first row is header
  ("sig", [[lines of signatory 1], [lines of signatory 2], ...])  signatories side by side
  ("small", text)            small print
  ("mono", text)             monospaced preformatted text
  ("sp", mm)                 vertical space
  ("pb",)                    page break
"""
import os
import re
import shutil
import subprocess
import tempfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, Preformatted, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

# scratch space for LibreOffice profiles and merge parts: kept inside the corpus folder
WORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".work")
os.makedirs(WORK, exist_ok=True)

_FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
try:
    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                       italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-Bold")
    _FONTS["DejaVu"] = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique")
except Exception:  # pragma: no cover
    pass


def _esc(t):
    """Escape for reportlab Paragraph but keep <b>, <i>, <br/> markup."""
    t = t.replace("&", "&amp;")
    t = re.sub(r"<(?!/?(b|i|br/?|u)>)", "&lt;", t)
    return t


# ----------------------------------------------------------------------------------- PDF
def to_pdf(spec, path):
    font = spec.get("font", "Helvetica")
    reg, bold, ital = _FONTS[font]
    size = spec.get("size", 10)
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.6),
        "l": ParagraphStyle("l", fontName=reg, fontSize=size, leading=size * 1.25),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size, leading=size * 1.3, spaceBefore=size * 0.5,
                            spaceAfter=size * 0.2),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3,
                                spaceAfter=size * 0.8),
        "pr": ParagraphStyle("pr", fontName=reg, fontSize=size, leading=size * 1.3, alignment=TA_RIGHT,
                             spaceAfter=size * 0.6),
        "pc": ParagraphStyle("pc", fontName=reg, fontSize=size, leading=size * 1.3, alignment=TA_CENTER,
                             spaceAfter=size * 0.6),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2.5, leading=(size - 2.5) * 1.3,
                                spaceAfter=4),
        "cell": ParagraphStyle("c", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
    }
    width = A4[0] - spec.get("lm", 22) * mm - spec.get("rm", 22) * mm
    _pdf_build(spec, path, reg, bold, flow_fn=lambda: _make_flow(spec, st, width, size))


def _make_flow(spec, st, width, size):
    flow = []
    for b in spec["blocks"]:
        k = b[0]
        if k in ("p", "h", "title", "pr", "pc", "small"):
            flow.append(Paragraph(_esc(b[1]), st[k]))
        elif k == "lines":
            for ln in b[1]:
                flow.append(Paragraph(_esc(ln) if ln else "&nbsp;", st["l"]))
            flow.append(Spacer(1, size * 0.6))
        elif k == "cols":
            left = "<br/>".join(_esc(x) for x in b[1])
            right = "<br/>".join(_esc(x) for x in b[2])
            t = Table([[Paragraph(left, st["l"]), Paragraph(right, st["l"])]],
                      colWidths=[width * 0.58, width * 0.42])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            flow.append(t)
            flow.append(Spacer(1, size))
        elif k == "kv":
            opts = b[2] if len(b) > 2 else {}
            lw = opts.get("lw", 0.32)
            rows = [[Paragraph(_esc(a), st["cellb"] if opts.get("boldlabel", True) else st["cell"]),
                     Paragraph(_esc(v).replace("\n", "<br/>"), st["cell"])] for a, v in b[1]]
            t = Table(rows, colWidths=[width * lw, width * (1 - lw)])
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("grid"):
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("shade"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8e8e8")))
            t.setStyle(TableStyle(sty))
            flow.append(t)
            flow.append(Spacer(1, size * 0.8))
        elif k == "table":
            opts = b[2] if len(b) > 2 else {}
            rows = []
            for i, r in enumerate(b[1]):
                s = st["cellb"] if i == 0 and opts.get("header", True) else st["cell"]
                rows.append([Paragraph(_esc(str(c)).replace("\n", "<br/>"), s) for c in r])
            ncol = max(len(r) for r in rows)
            cw = opts.get("cw")
            colw = [width * c for c in cw] if cw else [width / ncol] * ncol
            t = Table(rows, colWidths=colw, repeatRows=1 if opts.get("header", True) else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("header", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hdrbg", "#dddddd"))))
            for sp in opts.get("spans", []):
                sty.append(("SPAN",) + tuple(sp))
            t.setStyle(TableStyle(sty))
            flow.append(t)
            flow.append(Spacer(1, size * 0.8))
        elif k == "sig":
            cols = [Paragraph("<br/>".join(_esc(x) for x in s), st["l"]) for s in b[1]]
            t = Table([cols], colWidths=[width / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            flow.append(t)
            flow.append(Spacer(1, size))
        elif k == "mono":
            flow.append(Preformatted(b[1], ParagraphStyle("m", fontName="Courier", fontSize=size - 1,
                                                          leading=(size - 1) * 1.2)))
        elif k == "sp":
            flow.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            flow.append(PageBreak())
        else:
            raise ValueError(k)
    return flow


def _pdf_build(spec, path, reg, bold, flow_fn):
    head = spec.get("header_lines")      # repeated letterhead lines (top right or left)
    head_align = spec.get("header_align", "left")
    foot = spec.get("footer")             # footer text, {page} and {pages} allowed
    fax = spec.get("fax")                 # fax line at the very top of every page
    logo = spec.get("logo")               # big bold word in the letterhead
    npages = {"n": 0}

    def on_page(c, doc):
        c.saveState()
        y = A4[1] - 12 * mm
        if fax:
            c.setFont("Courier", 7.5)
            c.drawString(10 * mm, A4[1] - 7 * mm, fax.format(page=doc.page, pages=npages["n"] or "?"))
        if logo:
            c.setFont(bold, 16)
            c.setFillColor(colors.HexColor(spec.get("logo_color", "#1f4e79")))
            c.drawString(22 * mm, y - 4 * mm, logo)
            c.setFillColor(colors.black)
        if head and (doc.page == 1 or spec.get("header_every_page", True)):
            c.setFont(reg, 7.5)
            for i, ln in enumerate(head):
                if head_align == "right":
                    c.drawRightString(A4[0] - 20 * mm, y - i * 9, ln)
                else:
                    c.drawString(22 * mm, y - (10 * mm if logo else 0) - i * 9, ln)
        if foot:
            c.setFont(reg, 7)
            c.drawCentredString(A4[0] / 2, 10 * mm, foot.format(page=doc.page, pages=npages["n"] or "?"))
        c.restoreState()

    top = spec.get("tm", 30 if (head or logo) else 20)
    def build(target):
        d = SimpleDocTemplate(target, pagesize=A4, leftMargin=spec.get("lm", 22) * mm,
                              rightMargin=spec.get("rm", 22) * mm, topMargin=top * mm,
                              bottomMargin=spec.get("bm", 20) * mm, title=spec.get("meta_title", ""),
                              author=spec.get("meta_author", ""))
        d.build(flow_fn(), onFirstPage=on_page, onLaterPages=on_page)
        return d
    # two passes for total page count
    tmp = path + ".tmp"
    d = build(tmp)
    npages["n"] = d.page
    os.remove(tmp)
    build(path)


# ----------------------------------------------------------------------------------- DOCX
def _runs(par, text, bold=False, italic=False, size=None, font=None):
    from docx.shared import Pt
    parts = re.split(r"(</?b>|</?i>)", text)
    b, it = bold, italic
    for p in parts:
        if p == "<b>":
            b = True
        elif p == "</b>":
            b = bold
        elif p == "<i>":
            it = True
        elif p == "</i>":
            it = italic
        elif p:
            segs = p.split("<br/>")
            for j, sgm in enumerate(segs):
                r = par.add_run(sgm)
                r.bold = b
                r.italic = it
                if size:
                    r.font.size = Pt(size)
                if font:
                    r.font.name = font
                if j < len(segs) - 1:
                    r.add_break()


def _add_page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for code in ("PAGE",):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), code)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)


def _noborders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def _shade(cell, hexcol):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), hexcol.lstrip("#"))
    tcPr.append(s)


def to_docx(spec, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = docx.Document()
    font = spec.get("docx_font", "Calibri")
    size = spec.get("size", 10.5)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    stl.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(spec.get("lm", 22) / 10)
    if spec.get("core_title"):
        d.core_properties.title = spec["core_title"]
    d.core_properties.author = spec.get("meta_author", "")
    if spec.get("logo") or spec.get("header_lines"):
        hp = sec.header.paragraphs[0]
        if spec.get("logo"):
            _runs(hp, spec["logo"], bold=True, size=15)
            hp = sec.header.add_paragraph()
        for i, ln in enumerate(spec.get("header_lines", [])):
            if i:
                hp = sec.header.add_paragraph()
            hp.paragraph_format.space_after = Pt(0)
            if spec.get("header_align") == "right":
                hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _runs(hp, ln, size=8)
    if spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ft = spec["footer"]
        if "{page}" in ft:
            a, b_ = ft.split("{page}", 1)
            _runs(fp, a, size=7.5)
            _add_page_field(fp)
            _runs(fp, b_.replace("{pages}", ""), size=7.5)
        else:
            _runs(fp, ft, size=7.5)

    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            _runs(p, b[1], bold=True, size=size + 4)
        elif k == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(1)
            _runs(p, b[1], bold=True)
        elif k in ("p", "pr", "pc"):
            p = d.add_paragraph()
            if k == "pr":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == "pc":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, b[1])
        elif k == "small":
            p = d.add_paragraph()
            _runs(p, b[1], size=size - 2.5)
        elif k == "lines":
            for i, ln in enumerate(b[1]):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0 if i < len(b[1]) - 1 else 6)
                _runs(p, ln)
        elif k == "cols":
            t = d.add_table(rows=1, cols=2)
            _noborders(t)
            for ci, lines in enumerate((b[1], b[2])):
                cell = t.rows[0].cells[ci]
                cell.paragraphs[0].paragraph_format.space_after = Pt(0)
                for i, ln in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    _runs(p, ln)
            d.add_paragraph()
        elif k == "kv":
            opts = b[2] if len(b) > 2 else {}
            t = d.add_table(rows=0, cols=2)
            if opts.get("grid"):
                t.style = "Table Grid"
            else:
                _noborders(t)
            for a, v in b[1]:
                cells = t.add_row().cells
                _runs(cells[0].paragraphs[0], a, bold=opts.get("boldlabel", True))
                for i, vl in enumerate(v.split("\n")):
                    p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
                    _runs(p, vl)
                if opts.get("shade"):
                    _shade(cells[0], "#e8e8e8")
            lw = opts.get("lw", 0.32)
            total = 21.0 - 2 * spec.get("lm", 22) / 10
            t.autofit = False
            t.columns[0].width = Cm(total * lw)
            t.columns[1].width = Cm(total * (1 - lw))
            for row in t.rows:
                row.cells[0].width = Cm(total * lw)
                row.cells[1].width = Cm(total * (1 - lw))
            d.add_paragraph()
        elif k == "table":
            opts = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in b[1])
            t = d.add_table(rows=0, cols=ncol)
            if opts.get("grid", True):
                t.style = "Table Grid"
            else:
                _noborders(t)
            for i, r in enumerate(b[1]):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    for li, vl in enumerate(str(c).split("\n")):
                        p = cells[j].paragraphs[0] if li == 0 else cells[j].add_paragraph()
                        _runs(p, vl, bold=(i == 0 and opts.get("header", True)))
                    if i == 0 and opts.get("header", True):
                        _shade(cells[j], opts.get("hdrbg", "#dddddd"))
            if opts.get("cw"):
                total = 21.0 - 2 * spec.get("lm", 22) / 10
                t.autofit = False
                for j, col in enumerate(t.columns):
                    if j < len(opts["cw"]):
                        col.width = Cm(total * opts["cw"][j])
                for row in t.rows:
                    for j, cell in enumerate(row.cells):
                        if j < len(opts["cw"]):
                            cell.width = Cm(total * opts["cw"][j])
            for sp in opts.get("spans", []):
                (c0, r0), (c1, r1) = sp
                a = t.cell(r0, c0)
                a.merge(t.cell(r1, c1))
            d.add_paragraph()
        elif k == "sig":
            t = d.add_table(rows=1, cols=len(b[1]))
            _noborders(t)
            for ci, lines in enumerate(b[1]):
                cell = t.rows[0].cells[ci]
                for i, ln in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    _runs(p, ln)
            d.add_paragraph()
        elif k == "mono":
            for ln in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                _runs(p, ln, font="Courier New", size=size - 1.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
    d.save(path)


def to_pdf_lo(spec, path):
    """Render as DOCX and convert with LibreOffice (as a hospital printing to PDF would)."""
    tmpd = tempfile.mkdtemp(prefix="lo_", dir=WORK)
    stem = os.path.splitext(os.path.basename(path))[0]
    dx = os.path.join(tmpd, stem + ".docx")
    to_docx(spec, dx)
    env = dict(os.environ, HOME=tmpd)
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + tmpd + "/prof",
                    "--convert-to", "pdf", "--outdir", tmpd, dx], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpd, stem + ".pdf"), path)
    shutil.rmtree(tmpd, ignore_errors=True)


# ----------------------------------------------------------------------------------- canvas forms
def to_pdf_form(spec, path):
    """Forms drawn on a canvas: every label and value is its own text run at its own x position.
    spec: header (list of (text, size, bold)), rows: list of
      ("sec", text) | ("f", label, value) | ("box", [(label, value), ...]) (labels above values)
      | ("txt", text) | ("gap", mm)
    options: labx, valx (mm), footer, font, caps.
    """
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    font = spec.get("font", "Helvetica")
    reg, bold, _ = _FONTS[font]
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(spec.get("meta_title", ""))
    W, H = A4
    labx, valx = spec.get("labx", 20) * mm, spec.get("valx", 72) * mm
    right = W - 18 * mm
    page = {"n": 1}

    def header():
        y = H - 16 * mm
        for item in spec.get("header", []):
            txt, sz, bd = item[:3]
            al = item[3] if len(item) > 3 else "l"
            c.setFont(bold if bd else reg, sz)
            if al == "r":
                c.drawRightString(right, y, txt)
            elif al == "c":
                c.drawCentredString(W / 2, y, txt)
            else:
                c.drawString(labx, y, txt)
            y -= sz * 1.35
        if spec.get("rule", True):
            c.setLineWidth(0.6)
            c.line(labx, y + 2, right, y + 2)
        return y - 14

    def footer():
        if spec.get("footer"):
            c.setFont(reg, 7)
            c.drawString(labx, 10 * mm, spec["footer"].format(page=page["n"]))

    def newpage():
        footer()
        c.showPage()
        page["n"] += 1
        return header()

    y = header()
    fs = spec.get("size", 9.5)
    lead = fs * 1.3
    for row in spec["rows"]:
        k = row[0]
        if y < 30 * mm:
            y = newpage()
        if k == "sec":
            y -= 4
            c.setFillColor(colors.HexColor(spec.get("secbg", "#d9e2ef")))
            c.rect(labx - 2, y - 3, right - labx + 2, fs + 5, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(bold, fs)
            c.drawString(labx, y, row[1])
            y -= lead + 4
        elif k == "f":
            c.setFont(bold if spec.get("boldlabel", False) else reg, fs)
            c.drawString(labx, y, row[1])
            c.setFont(reg, fs)
            for pi, para in enumerate(row[2].split("\n")):
                lines = simpleSplit(para, reg, fs, right - valx) or [""]
                for ln in lines:
                    if y < 22 * mm:
                        y = newpage()
                    c.drawString(valx, y, ln)
                    y -= lead
            y -= 2
        elif k == "box":
            n = len(row[1])
            bw = (right - labx) / n
            bh = fs * 3.2
            for i, (lab, val) in enumerate(row[1]):
                x = labx + i * bw
                c.setLineWidth(0.5)
                c.rect(x, y - bh + fs, bw, bh, stroke=1, fill=0)
                c.setFont(reg, fs - 2.5)
                c.drawString(x + 3, y + fs - 9, lab)
                c.setFont(reg, fs)
                c.drawString(x + 3, y - fs * 1.2, val)
            y -= bh + 2
        elif k == "txt":
            c.setFont(reg, fs)
            for para in row[1].split("\n"):
                for ln in simpleSplit(para, reg, fs, right - labx) or [""]:
                    if y < 22 * mm:
                        y = newpage()
                    c.drawString(labx, y, ln)
                    y -= lead
        elif k == "check":
            c.setFont(reg, fs)
            c.rect(labx, y - 1, 8, 8, stroke=1, fill=0)
            if row[2]:
                c.drawString(labx + 1.3, y, "X")
            c.drawString(labx + 14, y, row[1])
            y -= lead + 1
        elif k == "gap":
            y -= row[1] * mm
    footer()
    c.save()


# ----------------------------------------------------------------------------------- merge
def merge_pdfs(paths, out):
    from pypdf import PdfWriter
    w = PdfWriter()
    for p in paths:
        w.append(p)
    with open(out, "wb") as f:
        w.write(f)
