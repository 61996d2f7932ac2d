"""Rendering helpers for the tc- corpus batch. All patients, doctors and institutions are invented.

A document is a list of blocks:
  ("lh", [lines])            letterhead (first line bold)
  ("lh2", [left], [right])   letterhead in two columns
  ("addr", [lines])          addressee block
  ("title", text)            title line
  ("h", text)                section heading
  ("p", text)                paragraph
  ("kv", [(label, value)])   labelled fields, label and value in separate cells / runs
  ("kv2", [(l1, v1, l2, v2)])  two-column form
  ("table", [[hdr...], [row...]])
  ("sig", [lines])
  ("sp",)  ("pb",)           spacer / page break
"""
import os
import subprocess
import shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "docs"))
BUILD = os.path.join(HERE, "build")
os.makedirs(DOCS, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- labels
def _tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tq(x) for x in v) + "]"
    return _tq(str(v))


ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def write_label(stem, lab):
    lines = []
    for k in ORDER:
        if k in lab and lab[k] is not None:
            lines.append(f"{k} = {_tv(lab[k])}")
    for part in lab.get("parts", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ORDER:
            if k in part and part[k] is not None:
                lines.append(f"{k} = {_tv(part[k])}")
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(path, blocks, header=None, footer=None, font="Helvetica", size=9.5):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    bold = font + "-Bold" if font in ("Helvetica", "Times", "Courier") else font
    if font == "Times":
        font, bold = "Times-Roman", "Times-Bold"
    st = ParagraphStyle("n", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=3)
    stb = ParagraphStyle("b", parent=st, fontName=bold)
    sth = ParagraphStyle("h", parent=stb, spaceBefore=6, spaceAfter=2)
    stt = ParagraphStyle("t", parent=stb, fontSize=size + 4, leading=(size + 4) * 1.3, spaceBefore=6,
                         spaceAfter=6)
    sts = ParagraphStyle("s", parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    stl = ParagraphStyle("l", parent=stb, fontSize=size + 3, leading=(size + 3) * 1.25, spaceAfter=1)

    def P(t, s=st):
        return Paragraph(escape(t).replace("\n", "<br/>"), s)

    flow = []
    W = 170 * mm
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            flow.append(P(b[1][0], stl))
            for l in b[1][1:]:
                flow.append(P(l, sts))
            flow.append(Spacer(1, 6 * mm))
        elif kind == "lh2":
            left = [P(b[1][0], stl)] + [P(l, sts) for l in b[1][1:]]
            right = [P(l, sts) for l in b[2]]
            t = Table([[left, right]], colWidths=[100 * mm, 70 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6 * mm))
        elif kind == "addr":
            for l in b[1]:
                flow.append(P(l, ParagraphStyle("a", parent=st, spaceAfter=0)))
            flow.append(Spacer(1, 5 * mm))
        elif kind == "title":
            flow.append(P(b[1], stt))
        elif kind == "h":
            flow.append(P(b[1], sth))
        elif kind == "p":
            flow.append(P(b[1]))
        elif kind == "sig":
            flow.append(Spacer(1, 4 * mm))
            for l in b[1]:
                flow.append(P(l, ParagraphStyle("g", parent=st, spaceAfter=0)))
        elif kind == "sp":
            flow.append(Spacer(1, 5 * mm))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind == "kv":
            rows = [[P(k, stb), P(v)] for k, v in b[1]]
            t = Table(rows, colWidths=[48 * mm, W - 48 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            flow.append(t)
            flow.append(Spacer(1, 2 * mm))
        elif kind == "kv2":
            rows = [[P(a, stb), P(bb), P(c, stb), P(d)] for a, bb, c, d in b[1]]
            t = Table(rows, colWidths=[32 * mm, 53 * mm, 32 * mm, 53 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                                   ("BACKGROUND", (2, 0), (2, -1), colors.whitesmoke)]))
            flow.append(t)
            flow.append(Spacer(1, 3 * mm))
        elif kind == "table":
            rows = [[P(c, stb) for c in b[1][0]]] + [[P(c) for c in r] for r in b[1][1:]]
            n = len(b[1][0])
            t = Table(rows, colWidths=[W / n] * n if len(b) < 3 else [w * mm for w in b[2]])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            flow.append(t)
            flow.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(kind)

    def on_page(c, d):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawString(20 * mm, 287 * mm, header)
        if footer:
            c.drawString(20 * mm, 10 * mm, footer.replace("{page}", str(d.page)))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(path, blocks, header=None, footer=None, size=10):
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self):
            if header:
                self.set_font("dv", "", 7.5)
                self.cell(0, 5, header, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if footer:
                self.set_y(-13)
                self.set_font("dv", "", 7.5)
                self.cell(0, 5, footer.replace("{page}", str(self.page_no())))

    pdf = Doc(format="A4")
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_B)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    lh = size * 0.5
    W = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind in ("lh", "lh2"):
            pdf.set_font("dv", "B", size + 3)
            pdf.multi_cell(0, lh + 1.5, b[1][0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", size - 1.5)
            for l in b[1][1:]:
                pdf.multi_cell(0, lh - 0.5, l, align="L", new_x="LMARGIN", new_y="NEXT")
            if kind == "lh2":
                y0 = pdf.get_y()
                for l in b[2]:
                    pdf.multi_cell(0, lh - 0.5, l, align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif kind == "addr":
            pdf.set_font("dv", "", size)
            for l in b[1]:
                pdf.cell(0, lh, l, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif kind == "title":
            pdf.set_font("dv", "B", size + 4)
            pdf.multi_cell(0, lh + 2, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("dv", "B", size)
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", size)
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "sig":
            pdf.ln(4)
            pdf.set_font("dv", "", size)
            for l in b[1]:
                pdf.cell(0, lh, l, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sp":
            pdf.ln(5)
        elif kind == "pb":
            pdf.add_page()
        elif kind == "kv":
            for k, v in b[1]:
                pdf.set_font("dv", "B", size)
                x, y = pdf.get_x(), pdf.get_y()
                pdf.multi_cell(48, lh, k, align="L", new_x="LMARGIN", new_y="NEXT")
                y1 = pdf.get_y()
                pdf.set_font("dv", "", size)
                pdf.set_xy(x + 50, y)
                pdf.multi_cell(W - 50, lh, v, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(y1, pdf.get_y()) + 0.8)
            pdf.ln(2)
        elif kind == "kv2":
            for a, bb, c, d in b[1]:
                y = pdf.get_y()
                x0 = pdf.l_margin
                cw = W / 4
                ys = []
                for i, (t, bo) in enumerate([(a, "B"), (bb, ""), (c, "B"), (d, "")]):
                    pdf.set_font("dv", bo, size - 0.5)
                    pdf.set_xy(x0 + i * cw, y)
                    pdf.multi_cell(cw - 1, lh, t, border=0, align="L", new_x="LMARGIN", new_y="NEXT")
                    ys.append(pdf.get_y())
                pdf.set_y(max(ys) + 0.8)
            pdf.ln(2)
        elif kind == "table":
            rows = b[1]
            pdf.set_font("dv", "", size - 1)
            with pdf.table(text_align="LEFT", line_height=lh) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(path)


# ---------------------------------------------------------------- python-docx
def render_docx(path, blocks, header=None, footer=None, font="Calibri", size=10.5):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    s = d.styles["Normal"]
    s.font.name = font
    s.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer.replace("{page}", "")
        for r in fp.runs:
            r.font.size = Pt(8)

    def para(text, bold=False, sz=None, align=None, space=4):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if sz:
            r.font.size = Pt(sz)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space)
        return p

    for b in blocks:
        kind = b[0]
        if kind == "lh":
            para(b[1][0], bold=True, sz=size + 4, space=0)
            for l in b[1][1:]:
                para(l, sz=size - 2, space=0)
            para("")
        elif kind == "lh2":
            t = d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.paragraphs[0].add_run(b[1][0]).bold = True
            for l in b[1][1:]:
                c0.add_paragraph(l)
            c1.paragraphs[0].text = b[2][0] if b[2] else ""
            for l in b[2][1:]:
                c1.add_paragraph(l)
            para("")
        elif kind == "addr":
            for l in b[1]:
                para(l, space=0)
            para("")
        elif kind == "title":
            para(b[1], bold=True, sz=size + 4, space=6)
        elif kind == "h":
            para(b[1], bold=True, space=2)
        elif kind == "p":
            para(b[1])
        elif kind == "sig":
            para("")
            for l in b[1]:
                para(l, space=0)
        elif kind == "sp":
            para("")
        elif kind == "pb":
            d.add_page_break()
        elif kind in ("kv", "kv2", "table"):
            rows = b[1]
            if kind == "kv":
                rows = [list(r) for r in rows]
            ncol = len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
                    bold = (kind == "table" and i == 0) or (kind != "table" and j % 2 == 0)
                    for rr in cells[j].paragraphs[0].runs:
                        rr.bold = bold
            para("")
        else:
            raise ValueError(kind)
    d.save(path)


def docx_to_pdf(docx_path, out_pdf):
    outdir = os.path.join(BUILD, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx_path], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(outdir, base), out_pdf)


# ---------------------------------------------------------------- txt
def render_txt(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------- dispatcher
def make(stem, fmt, content, label, header=None, footer=None, **kw):
    """fmt: rl | fpdf | docx | docx2pdf | txt"""
    if fmt == "txt":
        render_txt(os.path.join(DOCS, stem + ".txt"), content)
    elif fmt == "rl":
        render_rl(os.path.join(DOCS, stem + ".pdf"), content, header, footer, **kw)
    elif fmt == "fpdf":
        render_fpdf(os.path.join(DOCS, stem + ".pdf"), content, header, footer, **kw)
    elif fmt == "docx":
        render_docx(os.path.join(DOCS, stem + ".docx"), content, header, footer, **kw)
    elif fmt == "docx2pdf":
        tmp = os.path.join(BUILD, stem + ".docx")
        render_docx(tmp, content, header, footer, **kw)
        docx_to_pdf(tmp, os.path.join(DOCS, stem + ".pdf"))
    else:
        raise ValueError(fmt)
    write_label(stem, label)


def make_part(name, fmt, content, header=None, footer=None, **kw):
    """Render one part of a merged PDF into BUILD; returns its path."""
    out = os.path.join(BUILD, name + ".pdf")
    if fmt == "rl":
        render_rl(out, content, header, footer, **kw)
    elif fmt == "fpdf":
        render_fpdf(out, content, header, footer, **kw)
    elif fmt == "docx2pdf":
        tmp = os.path.join(BUILD, name + ".docx")
        render_docx(tmp, content, header, footer, **kw)
        docx_to_pdf(tmp, out)
    return out


def merge(stem, parts, label):
    subprocess.run(["pdfunite"] + parts + [os.path.join(DOCS, stem + ".pdf")], check=True)
    write_label(stem, label)


def L(kinds, date, author, language, style, imaging="unmentioned", operated="unmentioned",
      abroad="unmentioned", notes="", question=None, also=None, parts=None):
    lab = {"kinds": kinds, "date": date, "also_dates": also, "author": author, "language": language,
           "style": style, "imaging_done": imaging, "operated": operated, "treated_abroad": abroad,
           "notes": notes}
    if "referral" in kinds:
        lab["referral_question"] = bool(question)
    if parts:
        lab["parts"] = parts
    return lab
