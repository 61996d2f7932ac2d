"""Renderers for the th- batch: one block list -> PDF (reportlab), DOCX (python-docx) or TXT.

Block types:
  ("lh", name, [addr lines], {"right": [...], "image": bool})   letterhead
  ("to", [lines])            addressee block
  ("meta", [(label, value)]) small two-column block (Datum, kenmerk)
  ("title", text)
  ("h", text)                section heading (bold)
  ("p", text)                paragraph
  ("kv", [(label, value)])   two-column label/value form
  ("table", rows)            first row is the header
  ("sig", [lines])           signature block
  ("small", text)
  ("sp",)  ("pb",)
Document options: header (text on every page), footer (may hold {page} and {pages}), font.
"""
import os, subprocess, textwrap, shutil, tempfile
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Image as RLImage)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from xml.sax.saxutils import escape

FD = "/usr/share/fonts/truetype/dejavu/"
LD = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS", LD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", LD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LM", LD + "LiberationMono-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LM-B", LD + "LiberationMono-Bold.ttf"))
FONTS = {"sans": ("DV", "DV-B"), "serif": ("LS", "LS-B"), "mono": ("LM", "LM-B")}

BUILD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build")


def _logo_png(name, path, color=(20, 70, 140)):
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", 44)
    w = int(font.getlength(name)) + 140
    img = Image.new("RGB", (w, 90), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((8, 10, 78, 80), fill=color)
    d.rectangle((30, 30, 56, 60), fill="white")
    d.text((100, 18), name, font=font, fill=color)
    img.save(path)
    return w, 90


# ---------------------------------------------------------------- PDF
def render_pdf(blocks, out, header=None, footer=None, font="sans", pagesize=A4):
    reg, bold = FONTS[font]
    st = ParagraphStyle("n", fontName=reg, fontSize=9.5, leading=12.5, spaceAfter=4)
    stb = ParagraphStyle("b", parent=st, fontName=bold)
    sth = ParagraphStyle("h", parent=st, fontName=bold, fontSize=10.5, spaceBefore=6, spaceAfter=2)
    stt = ParagraphStyle("t", parent=st, fontName=bold, fontSize=14, leading=17, spaceBefore=4, spaceAfter=8)
    sts = ParagraphStyle("s", parent=st, fontSize=7.5, leading=9)
    stlh = ParagraphStyle("lh", parent=st, fontName=bold, fontSize=15, leading=18, spaceAfter=1)
    stlha = ParagraphStyle("lha", parent=st, fontSize=8, leading=10, spaceAfter=0)
    P = lambda t, s=st: Paragraph(escape(t).replace("\n", "<br/>"), s)
    story = []
    tmp = tempfile.mkdtemp(dir=BUILD)
    width = pagesize[0] - 40 * mm
    for b in blocks:
        k = b[0]
        if k == "lh":
            name, addr = b[1], b[2]
            opt = b[3] if len(b) > 3 else {}
            left = []
            if opt.get("image"):
                p = os.path.join(tmp, "logo%d.png" % len(story))
                w, h = _logo_png(name, p)
                left.append(RLImage(p, width=w * 0.3, height=h * 0.3))
            else:
                left.append(P(name, stlh))
            for a in addr:
                left.append(P(a, stlha))
            right = [P(r, stlha) for r in opt.get("right", [])]
            t = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [t, Spacer(1, 8)]
        elif k == "to":
            story += [P(l) for l in b[1]] + [Spacer(1, 8)]
        elif k in ("kv", "meta"):
            rows = [[P(l, stb), P(v)] for l, v in b[1]]
            lw = 0.28 if k == "kv" else 0.18
            t = Table(rows, colWidths=[width * lw, width * (1 - lw)])
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
            if len(b) > 2 and b[2].get("grid"):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif k == "table":
            rows = [[P(c, stb if i == 0 else st) for c in r] for i, r in enumerate(b[1])]
            n = len(b[1][0])
            cw = (b[2].get("cols") if len(b) > 2 and b[2].get("cols") else [1.0 / n] * n)
            t = Table(rows, colWidths=[width * c for c in cw], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.9, .9, .9)),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif k == "title":
            story.append(P(b[1], stt))
        elif k == "h":
            story.append(P(b[1], sth))
        elif k == "p":
            story.append(P(b[1]))
        elif k == "small":
            story.append(P(b[1], sts))
        elif k == "sig":
            story += [Spacer(1, 6)] + [P(l) for l in b[1]]
        elif k == "sp":
            story.append(Spacer(1, 10))
        elif k == "pb":
            story.append(PageBreak())

    class NC(rlcanvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                self.setFont(reg, 7.5)
                if header:
                    self.drawString(20 * mm, pagesize[1] - 10 * mm,
                                    header.replace("{page}", str(self._pageNumber)).replace("{pages}", str(n)))
                if footer:
                    self.drawCentredString(pagesize[0] / 2, 10 * mm,
                                           footer.replace("{page}", str(self._pageNumber)).replace("{pages}", str(n)))
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(story, canvasmaker=NC)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- DOCX
def _field(run, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = instr
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    d = OxmlElement("w:fldChar"); d.set(qn("w:fldCharType"), "end")
    for e in (a, b, c, t, d):
        run._r.append(e)


def _hf_text(par, text):
    # text may hold {page} / {pages}
    import re
    parts = re.split(r"(\{page\}|\{pages\})", text)
    for p in parts:
        if p == "{page}":
            _field(par.add_run(), "PAGE")
        elif p == "{pages}":
            _field(par.add_run(), "NUMPAGES")
        elif p:
            par.add_run(p)


def render_docx(blocks, out, header=None, footer=None, font="sans", pagesize=None):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    s = d.styles["Normal"]
    s.font.name = {"sans": "Arial", "serif": "Times New Roman", "mono": "Courier New"}[font]
    s.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if header:
        _hf_text(sec.header.paragraphs[0], header)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _hf_text(fp, footer)
    tmp = tempfile.mkdtemp(dir=BUILD)
    for b in blocks:
        k = b[0]
        if k == "lh":
            name, addr = b[1], b[2]
            opt = b[3] if len(b) > 3 else {}
            t = d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            if opt.get("image"):
                p = os.path.join(tmp, "logo.png")
                _logo_png(name, p)
                c0.paragraphs[0].add_run().add_picture(p, width=Mm(60))
            else:
                r = c0.paragraphs[0].add_run(name); r.bold = True; r.font.size = Pt(15)
                r.font.color.rgb = RGBColor(0x14, 0x46, 0x8C)
            for a in addr:
                rp = c0.add_paragraph(); rr = rp.add_run(a); rr.font.size = Pt(8)
            first = True
            for a in opt.get("right", []):
                rp = c1.paragraphs[0] if first else c1.add_paragraph()
                first = False
                rr = rp.add_run(a); rr.font.size = Pt(8)
            d.add_paragraph()
        elif k == "to":
            for l in b[1]:
                p = d.add_paragraph(l); p.paragraph_format.space_after = Pt(0)
            d.add_paragraph()
        elif k in ("kv", "meta"):
            t = d.add_table(rows=0, cols=2)
            if len(b) > 2 and b[2].get("grid"):
                t.style = "Table Grid"
            for l, v in b[1]:
                row = t.add_row().cells
                r = row[0].paragraphs[0].add_run(l); r.bold = True
                lines = v.split("\n")
                row[1].paragraphs[0].add_run(lines[0])
                for extra in lines[1:]:
                    row[1].add_paragraph(extra)
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, rw in enumerate(rows):
                cells = t.add_row().cells
                for j, c in enumerate(rw):
                    r = cells[j].paragraphs[0].add_run(c)
                    r.bold = (i == 0)
            d.add_paragraph()
        elif k == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif k == "h":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            p.paragraph_format.space_after = Pt(2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(7.5)
        elif k == "sig":
            d.add_paragraph()
            for l in b[1]:
                p = d.add_paragraph(l); p.paragraph_format.space_after = Pt(0)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
    d.save(out)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- TXT
def render_txt(blocks, out, header=None, footer=None, font=None, pagesize=None, width=78, crlf=False):
    L = []
    if header:
        L += [header.replace("{page}", "1").replace("{pages}", "1"), ""]
    wrap = lambda t: textwrap.wrap(t, width) or [""]
    for b in blocks:
        k = b[0]
        if k == "lh":
            L.append(b[1].upper())
            L += b[2]
            L += (b[3] if len(b) > 3 else {}).get("right", [])
            L += ["-" * width, ""]
        elif k == "to":
            L += b[1] + [""]
        elif k in ("kv", "meta"):
            lw = max(len(l) for l, _ in b[1]) + 2
            lw = min(lw, 30)
            for l, v in b[1]:
                lines = []
                for part in v.split("\n"):
                    lines += textwrap.wrap(part, width - lw) or [""]
                L.append(l.ljust(lw) + lines[0])
                for x in lines[1:]:
                    L.append(" " * lw + x)
            L.append("")
        elif k == "table":
            rows = b[1]
            n = len(rows[0])
            ws = [max(len(r[j]) for r in rows) + 2 for j in range(n)]
            for i, r in enumerate(rows):
                L.append("".join(c.ljust(ws[j]) for j, c in enumerate(r)).rstrip())
                if i == 0:
                    L.append("-" * min(width, sum(ws)))
            L.append("")
        elif k == "title":
            L += [b[1], "=" * min(width, len(b[1])), ""]
        elif k == "h":
            L.append(b[1])
        elif k == "p":
            for para in b[1].split("\n"):
                L += wrap(para)
            L.append("")
        elif k == "small":
            L += wrap(b[1]) + [""]
        elif k == "sig":
            L += b[1] + [""]
        elif k == "sp":
            L.append("")
        elif k == "pb":
            L += ["", "\f"]
    if footer:
        L += ["", footer.replace("{page}", "1").replace("{pages}", "1")]
    text = "\n".join(L).rstrip() + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render(fmt, blocks, out, **kw):
    crlf = kw.pop("crlf", False)
    via = kw.pop("via", None)
    if fmt == "pdf" and via == "docx":
        tmp = tempfile.mkdtemp(dir=BUILD)
        base = os.path.splitext(os.path.basename(out))[0]
        dx = os.path.join(tmp, base + ".docx")
        render_docx(blocks, dx, **kw)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, dx],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, base + ".pdf"), out)
        shutil.rmtree(tmp, ignore_errors=True)
    elif fmt == "pdf":
        render_pdf(blocks, out, **kw)
    elif fmt == "docx":
        render_docx(blocks, out, **kw)
    elif fmt == "txt":
        render_txt(blocks, out, crlf=crlf, **kw)
    else:
        raise ValueError(fmt)


def merge_pdfs(parts, out):
    subprocess.run(["pdfunite"] + parts + [out], check=True)


# ---------------------------------------------------------------- labels
def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + s + '"'


ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def write_label(path, lab):
    out = []
    for k in ORDER:
        if k in lab and lab[k] is not None:
            if k == "referral_question" and "referral" not in lab["kinds"]:
                continue
            out.append("%s = %s" % (k, _tv(lab[k])))
    for p in lab.get("parts", []):
        out.append("")
        out.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if p.get(k) is not None:
                out.append("%s = %s" % (k, _tv(p[k])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
