"""Renderers for the ny- corpus documents (fourth independent writer).

A document is a dict: stem, fmt (pdf-rl | pdf-fpdf | pdf-soffice | docx | txt), header (list of
letterhead lines), header_right, footer, fax, sidebar, blocks, label (and parts for merged files).
Blocks: ("title", t) ("h", t) ("p", t) ("kv", [(l, v)]) ("kv2", [(l, v, l, v)]) ("table", rows)
("pre", t) ("pb",) ("sp",).
"""
import os, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))
FONTDIR = "/usr/share/fonts/truetype/dejavu"

LABEL_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
               "imaging_done", "operated", "treated_abroad", "notes"]


def tq(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(tq(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + s + '"'


def write_label(stem, label):
    out = []
    for k in LABEL_ORDER:
        if k in label and label[k] is not None:
            out.append(f"{k} = {tq(label[k])}")
    for p in label.get("part", []):
        out.append("")
        out.append("[[part]]")
        for k in ["kinds", "date", "author"]:
            if k in p and p[k] is not None:
                out.append(f"{k} = {tq(p[k])}")
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- reportlab
def render_rl(doc, path):
    n = _render_rl(doc, path, "?")
    if "{n}" in doc.get("pagefmt", ""):
        _render_rl(doc, path, str(n))


def _render_rl(doc, path, npages):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, FrameBreak, NextPageTemplate, Preformatted)
    from reportlab.lib import colors
    for n, f in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")]:
        try:
            pdfmetrics.registerFont(TTFont(n, os.path.join(FONTDIR, f)))
        except Exception:
            pass
    serif = doc.get("serif")
    base, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    fs = doc.get("fontsize", 9.5)
    st = ParagraphStyle("b", fontName=base, fontSize=fs, leading=fs * 1.3, spaceAfter=4)
    sth = ParagraphStyle("h", fontName=bold, fontSize=fs + 0.5, leading=fs * 1.4, spaceBefore=6, spaceAfter=2)
    stt = ParagraphStyle("t", fontName=bold, fontSize=fs + 4, leading=(fs + 4) * 1.3, spaceAfter=8)
    sts = ParagraphStyle("s", fontName=base, fontSize=fs - 1.5, leading=(fs - 1.5) * 1.3)
    W, H = A4
    top = doc.get("top_mm", 48) * mm

    def on_page(c, d):
        c.saveState()
        y = H - 15 * mm
        if doc.get("fax"):
            c.setFont("DVM", 7.5)
            c.drawString(12 * mm, H - 8 * mm, doc["fax"].replace("{p}", str(c.getPageNumber())))
        for i, line in enumerate(doc.get("header", [])):
            c.setFont(bold if i == 0 else base, 12 if i == 0 else 8.5)
            c.drawString(20 * mm, y, line)
            y -= 5.2 * mm if i == 0 else 4 * mm
        y = H - 15 * mm
        for line in doc.get("header_right", []):
            c.setFont(base, 8)
            c.drawRightString(W - 18 * mm, y, line)
            y -= 3.8 * mm
        c.setStrokeColor(colors.grey)
        c.line(20 * mm, H - top + 4 * mm, W - 18 * mm, H - top + 4 * mm)
        c.setFont(base, 7)
        ft = doc.get("footer", "")
        if ft:
            c.drawString(20 * mm, 10 * mm, ft)
        c.drawRightString(W - 18 * mm, 10 * mm, doc.get("pagefmt", "Pagina {p}").replace("{p}", str(c.getPageNumber())).replace("{n}", npages))
        c.restoreState()

    d = BaseDocTemplate(path, pagesize=A4, title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""))
    main_later = Frame(20 * mm, 16 * mm, W - 38 * mm, H - top - 16 * mm, id="m2")
    if doc.get("sidebar"):
        side = Frame(12 * mm, 16 * mm, 45 * mm, H - top - 16 * mm, id="side")
        main = Frame(60 * mm, 16 * mm, W - 78 * mm, H - top - 16 * mm, id="m1")
        d.addPageTemplates([PageTemplate("first", [side, main], onPage=on_page),
                            PageTemplate("later", [main_later], onPage=on_page)])
    else:
        d.addPageTemplates([PageTemplate("first", [main_later], onPage=on_page)])
    story = []
    if doc.get("sidebar"):
        story.append(NextPageTemplate("later"))
        for line in doc["sidebar"]:
            story.append(Paragraph(escape(line), sts) if line else Spacer(1, 6))
        story.append(FrameBreak())

    def P(t, s=st):
        return Paragraph(escape(t).replace("\n", "<br/>"), s)

    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            story.append(P(b[1], stt))
        elif k == "h":
            story.append(P(b[1], sth))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "sp":
            story.append(Spacer(1, 8))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "pre":
            story.append(Preformatted(b[1], ParagraphStyle("pre", fontName="DVM", fontSize=7.6, leading=9.6)))
        elif k in ("kv", "kv2", "table"):
            rows = b[1]
            sb = ParagraphStyle("kb", parent=st, fontName=bold, spaceAfter=0)
            sn = ParagraphStyle("kn", parent=st, spaceAfter=0)
            data = []
            for ri, r in enumerate(rows):
                cells = []
                for ci, cval in enumerate(r):
                    isb = (k == "table" and ri == 0) or (k in ("kv", "kv2") and ci % 2 == 0)
                    cells.append(P(cval, sb if isb else sn))
                data.append(cells)
            avail = main_later._width if not doc.get("sidebar") else W - 78 * mm
            if k == "kv":
                cw = [avail * 0.3, avail * 0.7]
            elif k == "kv2":
                cw = [avail * 0.21, avail * 0.29] * 2
            else:
                n = len(rows[0])
                cw = b[2] if len(b) > 2 else [avail / n] * n
                cw = [x * avail for x in cw] if len(b) > 2 else cw
            t = Table(data, colWidths=cw, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if k == "table":
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 5))
    d.build(story)
    return d.page


# ---------------------------------------------------------------- fpdf2
def _fpdf_class():
    from fpdf import FPDF

    class Doc(FPDF):
        cur = {}

        def header(self):
            self.cur = self.next_cur
            h = self.cur
            if h.get("fax"):
                self.set_font("M", size=7)
                self.set_xy(10, 5)
                self.cell(0, 4, h["fax"].replace("{p}", str(self.page_no())))
            y = 12
            for i, line in enumerate(h.get("header", [])):
                self.set_xy(18, y)
                self.set_font("S", "B" if i == 0 else "", 11 if i == 0 else 8)
                self.cell(120, 5 if i == 0 else 4, line)
                y += 5 if i == 0 else 4
            y2 = 12
            for line in h.get("header_right", []):
                self.set_xy(120, y2)
                self.set_font("S", "", 8)
                self.cell(72, 4, line, align="R")
                y2 += 4
            self.set_y(max(y, y2) + 6)

        def footer(self):
            self.set_y(-14)
            self.set_font("S", "", 7)
            if self.cur.get("footer"):
                self.cell(140, 4, self.cur["footer"])
            self.set_x(-40)
            self.cell(25, 4, self.cur.get("pagefmt", "Pagina {p}").replace("{p}", str(self.page_no())), align="R")

    return Doc


def _fpdf_blocks(pdf, blocks):
    lm = 18
    pdf.set_left_margin(lm)
    pdf.set_right_margin(18)
    for b in blocks:
        k = b[0]
        pdf.set_x(lm)
        if k == "title":
            pdf.set_font("S", "B", 13)
            pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font("S", "B", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("S", "", 9.5)
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "sp":
            pdf.ln(4)
        elif k == "pb":
            pdf.add_page()
        elif k == "pre":
            pdf.set_font("M", "", 7.5)
            pdf.multi_cell(0, 3.8, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "kv":
            for l, v in b[1]:
                pdf.set_x(lm)
                pdf.set_font("S", "B", 9)
                pdf.cell(48, 5, l)
                pdf.set_font("S", "", 9)
                pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "kv2":
            for r in b[1]:
                pdf.set_x(lm)
                for i, cval in enumerate(r):
                    pdf.set_font("S", "B" if i % 2 == 0 else "", 8.5)
                    pdf.cell(30 if i % 2 == 0 else 57, 5, cval)
                pdf.ln(5)
            pdf.ln(2)
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            tw = 174
            cw = [x * tw for x in b[2]] if len(b) > 2 else [tw / n] * n
            for ri, r in enumerate(rows):
                pdf.set_x(lm)
                pdf.set_font("S", "B" if ri == 0 else "", 8.5)
                for ci, cval in enumerate(r):
                    pdf.cell(cw[ci], 5.5, cval, border=1)
                pdf.ln(5.5)
            pdf.ln(2)


def render_fpdf(doc, path):
    Doc = _fpdf_class()
    pdf = Doc(format="A4")
    pdf.add_font("S", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
    pdf.add_font("S", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("M", "", os.path.join(FONTDIR, "DejaVuSansMono.ttf"))
    pdf.set_auto_page_break(True, 18)
    parts = doc.get("parts") or [doc]
    for part in parts:
        pdf.next_cur = part
        pdf.add_page()
        _fpdf_blocks(pdf, part["blocks"])
    pdf.set_title(doc.get("pdf_title", ""))
    pdf.output(path)


# ---------------------------------------------------------------- docx
def render_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Mm
    d = Document()
    s = d.styles["Normal"]
    s.font.name = doc.get("docx_font", "Calibri")
    s.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    hdr = sec.header
    hl = doc.get("header", [])
    if hl:
        p = hdr.paragraphs[0]
        r = p.add_run(hl[0])
        r.bold = True
        for line in hl[1:]:
            hdr.add_paragraph(line)
    for line in doc.get("header_right", []):
        hdr.add_paragraph(line).alignment = 2
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "sp":
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
        elif k == "pre":
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(8)
                p.paragraph_format.space_after = Pt(0)
        elif k in ("kv", "kv2", "table"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table" or doc.get("grid"):
                t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, cval in enumerate(r):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(cval)
                    if (k == "table" and ri == 0) or (k != "table" and ci % 2 == 0):
                        run.bold = True
            d.add_paragraph("")
    d.save(path)


def render_soffice(doc, path):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, doc["stem"] + ".docx")
    render_docx(doc, src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/prof", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, doc["stem"] + ".pdf"), path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- txt
def render_txt(doc, path):
    out = []
    if doc.get("fax"):
        out.append(doc["fax"].replace("{p}", "1"))
    out += doc.get("header", [])
    out += doc.get("header_right", [])
    if out:
        out.append("")
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif k == "h":
            out += [b[1]]
        elif k == "p":
            out += [b[1], ""]
        elif k in ("sp", "pb"):
            out.append("")
        elif k == "pre":
            out += [b[1], ""]
        elif k == "kv":
            w = max(len(l) for l, _ in b[1]) + 2
            out += [f"{l:<{w}}{v}" for l, v in b[1]] + [""]
        elif k == "kv2":
            for r in b[1]:
                out.append(f"{r[0]:<16}{r[1]:<30}{r[2]:<16}{r[3]}")
            out.append("")
        elif k == "table":
            n = len(b[1][0])
            ws = [max(len(r[i]) for r in b[1]) + 2 for i in range(n)]
            for r in b[1]:
                out.append("".join(f"{c:<{ws[i]}}" for i, c in enumerate(r)).rstrip())
            out.append("")
    if doc.get("footer"):
        out.append(doc["footer"])
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


EXT = {"pdf-rl": "pdf", "pdf-fpdf": "pdf", "pdf-soffice": "pdf", "docx": "docx", "txt": "txt"}
FN = {"pdf-rl": render_rl, "pdf-fpdf": render_fpdf, "pdf-soffice": render_soffice, "docx": render_docx, "txt": render_txt}


def build(docs):
    os.makedirs(DOCS, exist_ok=True)
    for doc in docs:
        path = os.path.join(DOCS, doc["stem"] + "." + EXT[doc["fmt"]])
        FN[doc["fmt"]](doc, path)
        write_label(doc["stem"], doc["label"])
        print("wrote", os.path.basename(path))
