"""Rendering library for the tq accuracy corpus.

A document is a dict:
  stem, fmt ("pdf"|"docx"|"txt"), engine ("rl"|"lo" for pdf), font ("sans"|"serif"|"mono"),
  header, footer (text repeated on every page), pagenum (format with {n} and {N}),
  blocks: list of tuples (see render functions), label: dict written as TOML,
  parts: for merged PDFs, a list of sub-documents (each with blocks/engine/label-part).
Blocks:
  ("lh", {name, sub:[..], logo, align})  letterhead; logo is drawn as text in a box
  ("title", text) ("h", text) ("p", text) ("right", text) ("small", text)
  ("kv", [(label, value)], {w: label width in cm})   label beside value (two columns)
  ("kva", [(label, value)])                           label above value
  ("tbl", rows, {head: bool, widths:[cm]})
  ("mono", text)  preformatted   ("addr", [lines])  ("sig", [lines])
  ("sp",) spacer  ("pb",) page break  ("hr",) rule
"""
import os, subprocess, tempfile, shutil, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
BUILD = os.path.join(HERE, "build")

# ---------------------------------------------------------------- TOML label
def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"'

ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]

def write_label(path, label, parts=None):
    lines = []
    for k in ORDER:
        if k in label and label[k] is not None:
            lines.append(f"{k} = {_tv(label[k])}")
    for k, v in label.items():
        if k not in ORDER and v is not None:
            lines.append(f"{k} = {_tv(v)}")
    for p in parts or []:
        lines.append("")
        lines.append("[[part]]")
        for k in ORDER:
            if k in p and p[k] is not None:
                lines.append(f"{k} = {_tv(p[k])}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- TXT
def render_txt(doc, path):
    W = doc.get("width", 78)
    out = []
    if doc.get("header"):
        out += [doc["header"], ""]
    for b in doc["blocks"]:
        t = b[0]
        if t == "lh":
            d = b[1]
            if d.get("logo"):
                out.append(d["logo"])
            out.append(d["name"])
            out += d.get("sub", [])
            out.append("")
        elif t == "title":
            tt = b[1].upper() if doc.get("upper_titles") else b[1]
            out += [tt, "=" * min(len(tt), W), ""] if doc.get("underline") else [tt, ""]
        elif t == "h":
            out.append(b[1] + (":" if doc.get("colon_heads") else ""))
        elif t in ("p", "small"):
            for para in b[1].split("\n"):
                out += textwrap.wrap(para, W) or [""]
            out.append("")
        elif t == "right":
            out += [b[1].rjust(W) if doc.get("rjust") else b[1], ""]
        elif t == "kv":
            w = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                vl = str(v).split("\n")
                first = True
                for vv in vl:
                    for seg in (textwrap.wrap(vv, W - w - 1) or [""]):
                        out.append((k + ":").ljust(w + 1) + seg if first else " " * (w + 1) + seg)
                        first = False
            out.append("")
        elif t == "kva":
            for k, v in b[1]:
                out.append(k)
                for vv in str(v).split("\n"):
                    out += ["  " + s for s in (textwrap.wrap(vv, W - 2) or [""])]
            out.append("")
        elif t == "tbl":
            rows = b[1]
            n = max(len(r) for r in rows)
            ws = [max(len(str(r[i])) if i < len(r) else 0 for r in rows) for i in range(n)]
            for j, r in enumerate(rows):
                out.append("  ".join(str(c).ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if j == 0 and (b[2] if len(b) > 2 else {}).get("head", True):
                    out.append("  ".join("-" * w for w in ws))
            out.append("")
        elif t == "mono":
            out += b[1].split("\n")
            out.append("")
        elif t in ("addr", "sig"):
            out += b[1]
            out.append("")
        elif t == "sp":
            out.append("")
        elif t == "pb":
            out.append("\f" if doc.get("formfeed") else "")
            if doc.get("header") and doc.get("header_every"):
                out += [doc["header"], ""]
        elif t == "hr":
            out.append("-" * W)
    if doc.get("footer"):
        out += ["", doc["footer"]]
    text = "\n".join(out).rstrip() + "\n"
    if doc.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding=doc.get("encoding", "utf-8"), newline="") as f:
        f.write(text)

# ---------------------------------------------------------------- DOCX
def render_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = Document()
    st = d.styles["Normal"]
    st.font.name = {"serif": "Times New Roman", "mono": "Courier New"}.get(doc.get("font"), "Arial")
    st.font.size = Pt(doc.get("size", 10))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    def add_field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
        r2 = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = par.add_run()
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
        r4 = par.add_run("1")
        r5 = par.add_run()
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)

    blocks = list(doc["blocks"])
    if doc.get("lh_in_header") and blocks and blocks[0][0] == "lh":
        lh = blocks.pop(0)[1]
        hp = sec.header.paragraphs[0]
        if lh.get("logo"):
            r = hp.add_run(lh["logo"] + "   "); r.bold = True; r.font.size = Pt(18)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        r = hp.add_run(lh["name"]); r.bold = True; r.font.size = Pt(12)
        for s in lh.get("sub", []):
            p = sec.header.add_paragraph(); rr = p.add_run(s); rr.font.size = Pt(8)
    elif doc.get("header"):
        hp = sec.header.paragraphs[0]; hp.add_run(doc["header"]).font.size = Pt(8)
    if doc.get("footer") or doc.get("pagenum"):
        fp = sec.footer.paragraphs[0]
        if doc.get("footer"):
            fp.add_run(doc["footer"] + ("   " if doc.get("pagenum") else "")).font.size = Pt(7)
        if doc.get("pagenum"):
            pn = doc["pagenum"]
            pre, _, rest = pn.partition("{n}")
            fp.add_run(pre)
            add_field(fp, "PAGE")
            if "{N}" in rest:
                mid, _, post = rest.partition("{N}")
                fp.add_run(mid); add_field(fp, "NUMPAGES"); fp.add_run(post)
            else:
                fp.add_run(rest)

    def kv_table(items, w=4.5):
        tb = d.add_table(rows=0, cols=2)
        for k, v in items:
            cells = tb.add_row().cells
            cells[0].width = Cm(w); cells[1].width = Cm(16 - w)
            r = cells[0].paragraphs[0].add_run(k); r.bold = doc.get("bold_labels", True)
            lines = str(v).split("\n")
            cells[1].paragraphs[0].add_run(lines[0])
            for ln in lines[1:]:
                cells[1].add_paragraph(ln)
        d.add_paragraph()

    for b in blocks:
        t = b[0]
        if t == "lh":
            lh = b[1]
            p = d.add_paragraph()
            p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}.get(lh.get("align"), WD_ALIGN_PARAGRAPH.LEFT)
            if lh.get("logo"):
                r = p.add_run(lh["logo"] + "\n"); r.bold = True; r.font.size = Pt(20)
                r.font.color.rgb = RGBColor(0x00, 0x55, 0x88)
            r = p.add_run(lh["name"]); r.bold = True; r.font.size = Pt(12)
            for s in lh.get("sub", []):
                rr = p.add_run("\n" + s); rr.font.size = Pt(8)
        elif t == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif t == "h":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            p.paragraph_format.space_after = Pt(0)
        elif t == "p":
            for para in b[1].split("\n"):
                d.add_paragraph(para)
        elif t == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(7)
        elif t == "right":
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif t == "kv":
            kv_table(b[1], (b[2] if len(b) > 2 else {}).get("w", 4.5))
        elif t == "kva":
            for k, v in b[1]:
                p = d.add_paragraph(); r = p.add_run(k); r.bold = True
                p.paragraph_format.space_after = Pt(0)
                d.add_paragraph(str(v))
        elif t == "tbl":
            rows = b[1]; opt = b[2] if len(b) > 2 else {}
            n = max(len(r) for r in rows)
            tb = d.add_table(rows=0, cols=n)
            tb.style = d.styles["Table Grid"]
            for j, row in enumerate(rows):
                cells = tb.add_row().cells
                for i, c in enumerate(row):
                    r = cells[i].paragraphs[0].add_run(str(c))
                    if j == 0 and opt.get("head", True):
                        r.bold = True
            d.add_paragraph()
        elif t == "mono":
            for ln in b[1].split("\n"):
                p = d.add_paragraph(); r = p.add_run(ln); r.font.name = "Courier New"; r.font.size = Pt(8.5)
                p.paragraph_format.space_after = Pt(0)
            d.add_paragraph()
        elif t in ("addr", "sig"):
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                if i:
                    p.add_run().add_break()
                p.add_run(ln)
        elif t == "sp":
            d.add_paragraph()
        elif t == "pb":
            d.add_page_break()
        elif t == "hr":
            d.add_paragraph("_" * 70)
    d.save(path)

# ---------------------------------------------------------------- reportlab PDF
_fonts_done = False
def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    for n, f in [("S", "DejaVuSans.ttf"), ("S-B", "DejaVuSans-Bold.ttf"), ("R", "DejaVuSerif.ttf"),
                 ("R-B", "DejaVuSerif-Bold.ttf"), ("M", "DejaVuSansMono.ttf"), ("M-B", "DejaVuSansMono-Bold.ttf"),
                 ("SC", "DejaVuSansCondensed.ttf"), ("SC-B", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(n, base + f))
    _fonts_done = True

def render_rl(doc, path):
    _fonts()
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Preformatted, Flowable, KeepTogether)
    from reportlab.pdfgen import canvas as cv
    from xml.sax.saxutils import escape

    fam = {"serif": "R", "mono": "M", "cond": "SC"}.get(doc.get("font"), "S")
    sz = doc.get("size", 9.5)
    N = ParagraphStyle("n", fontName=fam, fontSize=sz, leading=sz * 1.35, spaceAfter=4)
    B = ParagraphStyle("b", parent=N, fontName=fam + "-B", spaceAfter=1, spaceBefore=4)
    T = ParagraphStyle("t", parent=N, fontName=fam + "-B", fontSize=sz + 4, leading=(sz + 4) * 1.3, spaceAfter=8)
    SM = ParagraphStyle("sm", parent=N, fontSize=sz - 2.5, leading=(sz - 2.5) * 1.3)
    RT = ParagraphStyle("r", parent=N, alignment=2)
    MO = ParagraphStyle("m", fontName="M", fontSize=sz - 1.5, leading=(sz - 1.5) * 1.25)

    header, footer, pagenum = doc.get("header"), doc.get("footer"), doc.get("pagenum")
    psize = letter if doc.get("letter") else A4

    class NumberedCanvas(cv.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            total = len(self._saved)
            for i, st in enumerate(self._saved):
                self.__dict__.update(st)
                self.setFont(fam, 7.5); self.setFillColor(colors.black)
                if header:
                    self.drawString(2 * cm, psize[1] - 1.1 * cm, header)
                if footer:
                    self.drawString(2 * cm, 1.0 * cm, footer)
                if pagenum:
                    self.drawRightString(psize[0] - 2 * cm, 1.0 * cm, pagenum.format(n=i + 1, N=total))
                super().showPage()
            super().save()

    class Logo(Flowable):
        def __init__(self, text, w=3.2 * cm, h=1.5 * cm, shape="box"):
            super().__init__(); self.text, self.w, self.h, self.shape = text, w, h, shape
        def wrap(self, *a):
            return self.w, self.h
        def draw(self):
            c = self.canv
            c.setStrokeColor(colors.HexColor("#1F4E79")); c.setFillColor(colors.HexColor("#1F4E79"))
            if self.shape == "circle":
                c.circle(self.h / 2, self.h / 2, self.h / 2 - 1, stroke=1, fill=0)
                c.setFont(fam + "-B", 11); c.drawCentredString(self.h / 2, self.h / 2 - 4, self.text[:3])
            else:
                c.rect(0, 0, self.w, self.h, stroke=1, fill=0)
                c.setFont(fam + "-B", 14); c.drawCentredString(self.w / 2, self.h / 2 - 5, self.text)
            c.setFillColor(colors.black)

    def P(text, style=N):
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story = []
    for b in doc["blocks"]:
        t = b[0]
        if t == "lh":
            lh = b[1]
            sub = P("\n".join(lh.get("sub", [])), SM)
            name = Paragraph(f'<font name="{fam}-B" size="{sz + 3}">{escape(lh["name"])}</font>', N)
            cell = [name, sub]
            if lh.get("logo"):
                logo = Logo(lh["logo"], shape=lh.get("shape", "box"))
                row = [cell, logo] if lh.get("align") == "right" else [logo, cell]
                tbl = Table([row], colWidths=[13 * cm, 4 * cm] if lh.get("align") == "right" else [4 * cm, 13 * cm])
                tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(tbl)
            else:
                story += cell
            story.append(Spacer(1, 0.4 * cm))
        elif t == "title":
            story.append(P(b[1], T))
        elif t == "h":
            story.append(P(b[1], B))
        elif t == "p":
            for para in b[1].split("\n"):
                story.append(P(para))
        elif t == "small":
            story.append(P(b[1], SM))
        elif t == "right":
            story.append(P(b[1], RT))
        elif t == "kv":
            opt = b[2] if len(b) > 2 else {}
            w = opt.get("w", 4.5)
            lab = ParagraphStyle("lab", parent=N, fontName=fam + ("-B" if doc.get("bold_labels", True) else ""))
            rows = [[P(k, lab), P(str(v))] for k, v in b[1]]
            tbl = Table(rows, colWidths=[w * cm, (17 - w) * cm])
            st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]
            if opt.get("grid"):
                st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opt.get("shade"):
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EEF4")))
            tbl.setStyle(TableStyle(st)); tbl.hAlign = "LEFT"
            story += [tbl, Spacer(1, 0.25 * cm)]
        elif t == "kva":
            lab = ParagraphStyle("laba", parent=SM, fontName=fam + "-B", textColor=colors.HexColor("#555555"))
            for k, v in b[1]:
                story += [P(k, lab), P(str(v))]
        elif t == "tbl":
            opt = b[2] if len(b) > 2 else {}
            rows = b[1]
            n = max(len(r) for r in rows)
            widths = [w * cm for w in opt["widths"]] if opt.get("widths") else [17 * cm / n] * n
            hs = ParagraphStyle("th", parent=N, fontName=fam + "-B", fontSize=sz - 0.5)
            cs = ParagraphStyle("td", parent=N, fontSize=sz - 0.5, spaceAfter=0)
            data = [[P(str(c), hs if (j == 0 and opt.get("head", True)) else cs) for c in r] for j, r in enumerate(rows)]
            tbl = Table(data, colWidths=widths, repeatRows=1 if opt.get("head", True) else 0)
            st = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opt.get("grid", True):
                st.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opt.get("head", True):
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
            tbl.setStyle(TableStyle(st)); tbl.hAlign = "LEFT"
            story += [tbl, Spacer(1, 0.3 * cm)]
        elif t == "mono":
            story.append(Preformatted(b[1], MO)); story.append(Spacer(1, 0.2 * cm))
        elif t in ("addr", "sig"):
            story.append(P("\n".join(b[1])))
        elif t == "sp":
            story.append(Spacer(1, 0.5 * cm))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "hr":
            tb = Table([[""]], colWidths=[17 * cm]); tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)]))
            story.append(tb)
    top = 2.0 * cm if header else 1.5 * cm
    sd = SimpleDocTemplate(path, pagesize=psize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=top,
                           bottomMargin=1.8 * cm, title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""))
    sd.build(story, canvasmaker=NumberedCanvas)

# ---------------------------------------------------------------- raw canvas PDF (form drawn at coordinates)
def render_canvas(doc, path):
    """doc['draw'] is a function(c, fonts) drawing directly on a reportlab canvas."""
    _fonts()
    from reportlab.pdfgen import canvas as cv
    from reportlab.lib.pagesizes import A4
    c = cv.Canvas(path, pagesize=A4)
    doc["draw"](c)
    c.save()

# ---------------------------------------------------------------- LibreOffice PDF
def render_lo(doc, path):
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, os.path.splitext(os.path.basename(path))[0] + ".docx")
    render_docx(doc, src)
    outdir = tempfile.mkdtemp()
    prof = "file://" + os.path.join(BUILD, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(outdir, os.path.basename(src)[:-5] + ".pdf"), path)
    shutil.rmtree(outdir, ignore_errors=True)

def render_pdf(doc, path):
    eng = doc.get("engine", "rl")
    if eng == "lo":
        render_lo(doc, path)
    elif eng == "canvas":
        render_canvas(doc, path)
    else:
        render_rl(doc, path)

def render_merged(doc, path):
    from pypdf import PdfWriter, PdfReader
    os.makedirs(BUILD, exist_ok=True)
    w = PdfWriter()
    for i, part in enumerate(doc["parts"]):
        pp = os.path.join(BUILD, f"{doc['stem']}-part{i + 1}.pdf")
        part = dict(part); part.setdefault("stem", f"{doc['stem']}-part{i + 1}")
        render_pdf(part, pp)
        for pg in PdfReader(pp).pages:
            w.add_page(pg)
    with open(path, "wb") as f:
        w.write(f)

# ---------------------------------------------------------------- driver
def build(docs, only=None):
    os.makedirs(DOCS, exist_ok=True)
    for doc in docs:
        if only and doc["stem"] not in only:
            continue
        path = os.path.join(DOCS, doc["stem"] + "." + doc["fmt"])
        if doc.get("parts"):
            render_merged(doc, path)
            parts = [p["label"] for p in doc["parts"]]
        else:
            {"txt": render_txt, "docx": render_docx, "pdf": render_pdf}[doc["fmt"]](doc, path)
            parts = None
        write_label(os.path.join(DOCS, doc["stem"] + ".toml"), doc["label"], parts)
        print("built", doc["stem"], doc["fmt"])
