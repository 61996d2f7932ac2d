"""Shared renderers for the tb- batch. Each document is a dict:
  id, fmt (rl | rl4 | fpdf | docx | docx2pdf | txt | merged), blocks, label, opts
Blocks: ("lh", [lines]) letterhead, ("title", t), ("h", t), ("p", t), ("kv", [(k, v)]),
("kv4", [(k, v, k, v)]), ("table", [[...]]), ("sp",), ("pb",), ("small", t)
"""
import os, subprocess, shutil, tempfile
from xml.sax.saxutils import escape

OUT = "/work/corpus-new/tb/docs"
DJ = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- labels
def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]

def write_label(doc):
    lab = doc["label"]
    lines = []
    for k in ORDER:
        if k in lab:
            lines.append(f"{k} = {_tv(lab[k])}")
    for p in doc.get("parts", []):
        pl = p["label"]
        lines.append("")
        lines.append("[[part]]")
        for k in ["kinds", "date", "author"]:
            if k in pl:
                lines.append(f"{k} = {_tv(pl[k])}")
    with open(os.path.join(OUT, doc["id"] + ".toml"), "w") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- reportlab
def render_rl(doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
    except Exception:
        pass
    o = doc.get("opts", {})
    fn, fb = ("DV", "DVB") if o.get("font") != "helv" else ("Helvetica", "Helvetica-Bold")
    size = o.get("size", 9.5)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName=fn, fontSize=size, leading=size * 1.3)
    small = ParagraphStyle("s", parent=body, fontSize=7.5, leading=9, textColor=colors.grey)
    bold = ParagraphStyle("bb", parent=body, fontName=fb)
    h = ParagraphStyle("h", parent=body, fontName=fb, fontSize=size + 0.5, spaceBefore=6, spaceAfter=2)
    title = ParagraphStyle("t", parent=body, fontName=fb, fontSize=size + 4, leading=size + 7, spaceAfter=6)
    lhs = ParagraphStyle("lh", parent=body, fontSize=8.5, leading=10.5,
                         alignment=2 if o.get("lh_right") else 0)
    lhb = ParagraphStyle("lhb", parent=lhs, fontName=fb, fontSize=12, leading=15)

    def P(t, st=body):
        return Paragraph(escape(t).replace("\n", "<br/>"), st)

    story = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            story.append(P(b[1][0], lhb))
            for ln in b[1][1:]:
                story.append(P(ln, lhs))
            story.append(Spacer(1, 5 * mm))
        elif k == "title":
            story.append(P(b[1], title))
        elif k == "h":
            story.append(P(b[1], h))
        elif k == "p":
            story.append(P(b[1]))
            story.append(Spacer(1, 2.5 * mm))
        elif k == "small":
            story.append(P(b[1], small))
        elif k == "sp":
            story.append(Spacer(1, 5 * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k in ("kv", "kv4"):
            rows = []
            for r in b[1]:
                rows.append([P(c, bold if i % 2 == 0 else body) for i, c in enumerate(r)])
            if k == "kv":
                cw = [o.get("kvw", 45) * mm, (170 - o.get("kvw", 45)) * mm]
            else:
                cw = [36 * mm, 49 * mm, 36 * mm, 49 * mm]
            t = Table(rows, colWidths=cw)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                  ("TOPPADDING", (0, 0), (-1, -1), 1)]
            if o.get("grid"):
                st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if o.get("shade"):
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif k == "table":
            rows = [[P(c, bold if ri == 0 else body) for c in r] for ri, r in enumerate(b[1])]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))

    header = o.get("header")
    footer = o.get("footer")

    def onpage(c, d):
        c.saveState()
        c.setFont(fn, 7.5)
        if header:
            c.drawString(20 * mm, 287 * mm, header.replace("{p}", str(d.page)))
        if footer:
            c.drawString(20 * mm, 13 * mm, footer.replace("{p}", str(d.page)))
        if o.get("pagenum", True):
            c.drawRightString(190 * mm, 8 * mm, o.get("pagefmt", "{p}").replace("{p}", str(d.page)))
        c.restoreState()

    sd = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                           topMargin=18 * mm, bottomMargin=18 * mm, title=o.get("meta_title", ""))
    sd.build(story, onFirstPage=onpage, onLaterPages=onpage)

# ---------------------------------------------------------------- fpdf2
def render_fpdf(doc, path):
    from fpdf import FPDF
    o = doc.get("opts", {})

    class Pdf(FPDF):
        def header(self):
            if o.get("header"):
                self.set_font("dv", "", 7)
                self.cell(0, 4, o["header"].replace("{p}", str(self.page_no())), new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 7)
            self.cell(0, 4, (o.get("footer", "") + "   " + o.get("pagefmt", "{p}").replace("{p}", str(self.page_no()))).strip(), align="C")

    pdf = Pdf(format="A4")
    pdf.add_font("dv", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    W = pdf.w - 36
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(W, 6, b[1][0], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8)
            for ln in b[1][1:]:
                pdf.multi_cell(W, 4, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif k == "title":
            pdf.set_font("dv", "B", 13)
            pdf.multi_cell(W, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h":
            pdf.ln(1)
            pdf.set_font("dv", "B", 9.5)
            pdf.multi_cell(W, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small"):
            pdf.set_font("dv", "", 9 if k == "p" else 7)
            pdf.multi_cell(W, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "sp":
            pdf.ln(5)
        elif k == "pb":
            pdf.add_page()
        elif k in ("kv", "kv4"):
            kw = o.get("kvw", 48)
            for r in b[1]:
                pairs = [(r[0], r[1])] if k == "kv" else [(r[0], r[1]), (r[2], r[3])]
                if k == "kv":
                    pdf.set_font("dv", "B", 9)
                    pdf.cell(kw, 5, pairs[0][0])
                    pdf.set_font("dv", "", 9)
                    pdf.multi_cell(W - kw, 5, pairs[0][1], new_x="LMARGIN", new_y="NEXT")
                else:
                    for (a, v) in pairs:
                        pdf.set_font("dv", "B", 8.5)
                        pdf.cell(30, 5, a)
                        pdf.set_font("dv", "", 8.5)
                        pdf.cell(W / 2 - 30, 5, v)
                    pdf.ln(5)
            pdf.ln(2)
        elif k == "table":
            pdf.set_font("dv", "", 8)
            with pdf.table(text_align="LEFT", line_height=4.5) as t:
                for r in b[1]:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    pdf.output(path)

# ---------------------------------------------------------------- docx
def render_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    o = doc.get("opts", {})
    d = Document()
    st = d.styles["Normal"]
    st.font.name = o.get("docx_font", "Calibri")
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(22)
    if o.get("header"):
        sec.header.paragraphs[0].text = o["header"].replace("{p}", "")
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"].replace("{p}", "")
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            p = d.add_paragraph()
            r = p.add_run(b[1][0])
            r.bold = True
            r.font.size = Pt(13)
            for ln in b[1][1:]:
                p.add_run("\n" + ln).font.size = Pt(8.5)
            if o.get("lh_right"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif k == "h":
            if o.get("docx_headings"):
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
        elif k in ("p", "small"):
            p = d.add_paragraph(b[1])
            if k == "small":
                for r in p.runs:
                    r.font.size = Pt(7.5)
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k in ("kv", "kv4", "table"):
            rows = b[1]
            ncol = len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            if k == "table" or o.get("grid"):
                t.style = "Table Grid"
            for ri, r in enumerate(rows):
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
                    bold = (k == "table" and ri == 0) or (k != "table" and i % 2 == 0)
                    if bold:
                        for par in cells[i].paragraphs:
                            for run in par.runs:
                                run.bold = True
            d.add_paragraph("")
    d.save(path)

def render_docx2pdf(doc, path):
    tmp = tempfile.mkdtemp(prefix="tbdocx")
    dx = os.path.join(tmp, doc["id"] + ".docx")
    render_docx(doc, dx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, dx],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, doc["id"] + ".pdf"), path)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- txt
def render_txt(doc, path):
    o = doc.get("opts", {})
    out = []
    kw = o.get("kvw_txt", 22)
    for b in doc["blocks"]:
        k = b[0]
        if k == "lh":
            out.extend(b[1])
            out.append("")
        elif k == "title":
            out.append(b[1])
            out.append("=" * min(len(b[1]), 70))
        elif k == "h":
            out.append("")
            out.append(b[1])
        elif k in ("p", "small"):
            out.append(b[1])
            out.append("")
        elif k == "sp":
            out.append("")
        elif k == "pb":
            out.append("\f")
        elif k == "kv":
            for a, v in b[1]:
                out.append(f"{a:<{kw}}{v}")
            out.append("")
        elif k == "kv4":
            for a, v, c, w in b[1]:
                out.append(f"{a:<16}{v:<28}{c:<16}{w}")
            out.append("")
        elif k == "table":
            widths = [max(len(r[i]) for r in b[1]) + 2 for i in range(len(b[1][0]))]
            for r in b[1]:
                out.append("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
    with open(path, "w", encoding=o.get("encoding", "utf-8")) as f:
        f.write("\n".join(out).rstrip() + "\n")

R = {"rl": render_rl, "fpdf": render_fpdf, "docx": render_docx, "docx2pdf": render_docx2pdf,
     "txt": render_txt}
EXT = {"rl": "pdf", "fpdf": "pdf", "docx": "docx", "docx2pdf": "pdf", "txt": "txt", "merged": "pdf"}

def render(doc):
    path = os.path.join(OUT, doc["id"] + "." + EXT[doc["fmt"]])
    if doc["fmt"] == "merged":
        tmp = tempfile.mkdtemp(prefix="tbm")
        files = []
        for i, p in enumerate(doc["parts"]):
            p = dict(p)
            p["id"] = f"{doc['id']}_p{i}"
            fp = os.path.join(tmp, p["id"] + ".pdf")
            R[p.get("fmt", "rl")](p, fp)
            files.append(fp)
        subprocess.run(["pdfunite"] + files + [path], check=True)
        shutil.rmtree(tmp)
    else:
        R[doc["fmt"]](doc, path)
    write_label(doc)
    return path
