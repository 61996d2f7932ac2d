"""Rendering helpers for the nz- corpus documents (written independently).

A document spec is a dict:
  stem, fmt in {"rl", "fpdf", "soffice", "docx", "txt", "merged"}
  lh: letterhead lines (first is the institution name), lh_right: right-hand header lines,
  footer, fax (top line on every page, "{p}" = page), pagefmt,
  blocks: list of tuples
     ("title", t) ("h", t) ("p", t) ("kv", [(label, value)]) ("kv2", [(l, v, l, v)])
     ("table", rows, [fractions]) ("pre", t) ("pb",) ("sp",) ("addr", [lines]) ("small", t)
  text: for fmt == "txt", the whole file content
  parts: for fmt == "merged", list of sub-specs (each rl/fpdf/soffice)
  label: dict for the sidecar
"""
import os, subprocess, tempfile, shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))
FONTS = "/usr/share/fonts/truetype/dejavu"
ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def _q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_q(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(stem, label):
    lines = [f"{k} = {_q(label[k])}" for k in ORDER if label.get(k) is not None]
    for p in label.get("part", []):
        lines += ["", "[[part]]"] + [f"{k} = {_q(p[k])}" for k in ("kinds", "date", "author") if p.get(k) is not None]
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------ reportlab
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, f in [("S", "DejaVuSans.ttf"), ("SB", "DejaVuSans-Bold.ttf"), ("M", "DejaVuSansMono.ttf"),
                 ("R", "DejaVuSerif.ttf"), ("RB", "DejaVuSerif-Bold.ttf"), ("SI", "DejaVuSans-Oblique.ttf")]:
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, os.path.join(FONTS, f)))


def render_rl(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, Preformatted, KeepTogether)
    _fonts()
    base, bold = ("R", "RB") if doc.get("serif") else ("S", "SB")
    fs = doc.get("fs", 9.5)
    st = ParagraphStyle("p", fontName=base, fontSize=fs, leading=fs * 1.32, spaceAfter=4)
    sh = ParagraphStyle("h", fontName=bold, fontSize=fs + 0.5, leading=fs * 1.4, spaceBefore=6, spaceAfter=1)
    stt = ParagraphStyle("t", fontName=bold, fontSize=fs + 3.5, leading=(fs + 3.5) * 1.3, spaceAfter=8)
    ssm = ParagraphStyle("sm", fontName=base, fontSize=fs - 2, leading=(fs - 2) * 1.3, spaceAfter=2)
    W, H = A4
    top = doc.get("top", 46) * mm

    def page(c, d):
        c.saveState()
        if doc.get("fax"):
            c.setFont("M", 7.5)
            c.drawString(10 * mm, H - 7 * mm, doc["fax"].replace("{p}", str(c.getPageNumber())))
        y = H - 16 * mm
        for i, line in enumerate(doc.get("lh", [])):
            if i == 0:
                c.setFont(bold, 13)
                c.setFillColor(colors.HexColor(doc.get("color", "#1f3b73")))
            else:
                c.setFont(base, 8.2)
                c.setFillColor(colors.black)
            c.drawString(20 * mm, y, line)
            y -= 5.5 * mm if i == 0 else 3.9 * mm
        c.setFillColor(colors.black)
        y = H - 16 * mm
        for line in doc.get("lh_right", []):
            c.setFont(base, 7.8)
            c.drawRightString(W - 18 * mm, y, line)
            y -= 3.7 * mm
        c.setStrokeColor(colors.HexColor(doc.get("color", "#1f3b73")))
        c.setLineWidth(0.8)
        c.line(20 * mm, H - top + 5 * mm, W - 18 * mm, H - top + 5 * mm)
        c.setFont(base, 6.8)
        if doc.get("footer"):
            c.drawString(20 * mm, 9 * mm, doc["footer"])
        c.drawRightString(W - 18 * mm, 9 * mm, doc.get("pagefmt", "Pagina {p}").replace("{p}", str(c.getPageNumber())))
        c.restoreState()

    d = BaseDocTemplate(path, pagesize=A4, title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""),
                        leftMargin=20 * mm, rightMargin=18 * mm)
    fr = Frame(20 * mm, 15 * mm, W - 38 * mm, H - top - 15 * mm, id="m")
    d.addPageTemplates([PageTemplate("p", [fr], onPage=page)])
    avail = W - 38 * mm

    def P(t, s=st):
        return Paragraph(escape(t).replace("\n", "<br/>"), s)

    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            story.append(P(b[1], stt))
        elif k == "h":
            story.append(P(b[1], sh))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "small":
            story.append(P(b[1], ssm))
        elif k == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "pre":
            story.append(Preformatted(b[1], ParagraphStyle("pre", fontName="M", fontSize=b[2] if len(b) > 2 else 7.8, leading=(b[2] if len(b) > 2 else 7.8) * 1.25)))
        elif k == "addr":
            story.append(P("\n".join(b[1])))
            story.append(Spacer(1, 10))
        elif k in ("kv", "kv2", "table"):
            rows = b[1]
            sb = ParagraphStyle("kb", parent=st, fontName=bold, spaceAfter=0)
            sn = ParagraphStyle("kn", parent=st, spaceAfter=0)
            data = []
            for ri, r in enumerate(rows):
                data.append([P(v, sb if ((k == "table" and ri == 0) or (k != "table" and ci % 2 == 0)) else sn)
                             for ci, v in enumerate(r)])
            if k == "kv":
                cw = [avail * 0.3, avail * 0.7]
            elif k == "kv2":
                cw = [avail * 0.19, avail * 0.31] * 2
            else:
                fr_ = b[2] if len(b) > 2 else [1.0 / len(rows[0])] * len(rows[0])
                cw = [x * avail for x in fr_]
            t = Table(data, colWidths=cw, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                  ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if k == "table":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf3"))]
            t.setStyle(TableStyle(ts))
            story += [t, Spacer(1, 5)]
    d.build(story)


# ------------------------------------------------------------------ fpdf2
def render_fpdf(doc, path):
    from fpdf import FPDF

    class D(FPDF):
        def header(self):
            if doc.get("fax"):
                self.set_font("M", size=7)
                self.set_xy(8, 4)
                self.cell(0, 4, doc["fax"].replace("{p}", str(self.page_no())))
            y = 12
            for i, line in enumerate(doc.get("lh", [])):
                self.set_xy(18, y)
                self.set_font("S", "B" if i == 0 else "", 10.5 if i == 0 else 8)
                self.cell(110, 5, line)
                y += 5.5 if i == 0 else 4
            y2 = 12
            for line in doc.get("lh_right", []):
                self.set_xy(112, y2)
                self.set_font("S", "", 7.5)
                self.cell(80, 4, line, align="R")
                y2 += 3.8
            yy = max(y, y2) + 2
            self.line(18, yy, 192, yy)
            self.set_y(yy + 5)

        def footer(self):
            self.set_y(-13)
            self.set_font("S", "", 7)
            self.cell(130, 4, doc.get("footer", ""))
            self.cell(44, 4, doc.get("pagefmt", "Pagina {p}").replace("{p}", str(self.page_no())), align="R")

    pdf = D(format="A4")
    pdf.add_font("S", "", os.path.join(FONTS, "DejaVuSans.ttf"))
    pdf.add_font("S", "B", os.path.join(FONTS, "DejaVuSans-Bold.ttf"))
    pdf.add_font("M", "", os.path.join(FONTS, "DejaVuSansMono.ttf"))
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for b in doc["blocks"]:
        k = b[0]
        pdf.set_x(18)
        if k == "title":
            pdf.set_font("S", "B", 13); pdf.multi_cell(0, 7, b[1]); pdf.ln(2)
        elif k == "h":
            pdf.ln(1.5); pdf.set_font("S", "B", 9.5); pdf.multi_cell(0, 5, b[1])
        elif k in ("p", "small"):
            pdf.set_font("S", "", 9 if k == "p" else 7.5); pdf.multi_cell(0, 4.6, b[1]); pdf.ln(1.5)
        elif k == "addr":
            pdf.set_font("S", "", 9); pdf.multi_cell(0, 4.6, "\n".join(b[1])); pdf.ln(5)
        elif k == "sp":
            pdf.ln(4)
        elif k == "pb":
            pdf.add_page()
        elif k == "pre":
            pdf.set_font("M", "", 7.5); pdf.multi_cell(0, 3.8, b[1])
        elif k in ("kv", "kv2", "table"):
            rows = b[1]
            n = len(rows[0])
            if k == "kv":
                cw = (52, 122)
            elif k == "kv2":
                cw = (32, 55, 32, 55)
            else:
                cw = tuple(x * 174 for x in (b[2] if len(b) > 2 else [1.0 / n] * n))
            pdf.set_font("S", "", 8.5)
            with pdf.table(col_widths=cw, text_align="LEFT", borders_layout="ALL" if k == "table" else "NONE",
                           first_row_as_headings=(k == "table"), line_height=4.6) as t:
                for r in rows:
                    row = t.row()
                    for v in r:
                        row.cell(v)
            pdf.ln(2)
    pdf.output(path)


# ------------------------------------------------------------------ docx
def build_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    s = d.styles["Normal"]
    s.font.name = doc.get("font", "Calibri")
    s.font.size = Pt(doc.get("pt", 10))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    hdr = sec.header
    if doc.get("lh") or doc.get("lh_right"):
        if doc.get("lh_right"):
            t = hdr.add_table(rows=1, cols=2, width=Mm(166))
            left, right = t.cell(0, 0), t.cell(0, 1)
        else:
            left = right = None
        target = left if left is not None else hdr
        first = True
        for i, line in enumerate(doc.get("lh", [])):
            p = target.paragraphs[0] if (first and target.paragraphs and not target.paragraphs[0].text) else target.add_paragraph()
            first = False
            r = p.add_run(line)
            r.bold = i == 0
            r.font.size = Pt(13 if i == 0 else 8)
            if i == 0:
                r.font.color.rgb = RGBColor(0x1f, 0x3b, 0x73)
        if right is not None:
            first = True
            for line in doc["lh_right"]:
                p = right.paragraphs[0] if first else right.add_paragraph()
                first = False
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(line).font.size = Pt(8)
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.add_run(doc["footer"]).font.size = Pt(7)
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif k == "h":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            p.paragraph_format.space_after = Pt(0)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph(); p.add_run(b[1]).font.size = Pt(7.5)
        elif k == "addr":
            p = d.add_paragraph("\n".join(b[1])); p.paragraph_format.space_after = Pt(14)
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "pre":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.name = "Courier New"; r.font.size = Pt(8)
        elif k in ("kv", "kv2", "table"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, v in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(v)
                    if (k == "table" and ri == 0) or (k != "table" and ci % 2 == 0):
                        run.bold = True
            d.add_paragraph("")
    d.save(path)


def render_soffice(doc, path):
    tmp = tempfile.mkdtemp()
    base = os.path.join(tmp, os.path.basename(path)[:-4])
    build_docx(doc, base + ".docx")
    src = base + ".docx"
    env = dict(os.environ, HOME=tmp)
    if doc.get("odt"):
        subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", tmp, src],
                       check=True, capture_output=True, env=env)
        src = base + ".odt"
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True, env=env)
    shutil.move(base + ".pdf", path)
    shutil.rmtree(tmp)


def render_pdf(doc, path):
    {"rl": render_rl, "fpdf": render_fpdf, "soffice": render_soffice}[doc["fmt"]](doc, path)


def render(doc):
    stem, fmt = doc["stem"], doc["fmt"]
    if fmt == "txt":
        out = os.path.join(DOCS, stem + ".txt")
        with open(out, "w", encoding=doc.get("encoding", "utf-8"), newline=doc.get("newline", "\n")) as f:
            f.write(doc["text"].lstrip("\n"))
    elif fmt == "docx":
        out = os.path.join(DOCS, stem + ".docx")
        build_docx(doc, out)
    elif fmt == "merged":
        out = os.path.join(DOCS, stem + ".pdf")
        tmp = tempfile.mkdtemp()
        files = []
        for i, p in enumerate(doc["parts"]):
            f = os.path.join(tmp, f"part{i}.pdf")
            render_pdf(p, f)
            files.append(f)
        subprocess.run(["pdfunite"] + files + [out], check=True)
        shutil.rmtree(tmp)
    else:
        out = os.path.join(DOCS, stem + ".pdf")
        render_pdf(doc, out)
    write_label(stem, doc["label"])
    return out
