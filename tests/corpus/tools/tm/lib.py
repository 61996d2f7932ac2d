"""Rendering helpers for the tm batch of the synthetic accuracy corpus (invented patients only)."""
import os, re, shutil, subprocess, tempfile, textwrap

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Preformatted, HRFlowable, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "docs"))
TMP = os.path.normpath(os.path.join(HERE, "..", "tmp"))

# --------------------------------------------------------------------------- labels
_FACT = {"y": "yes", "n": "no", "u": "unmentioned", "yes": "yes", "no": "no", "unmentioned": "unmentioned"}


def lab(kinds, date, author, language, style, img, op, abr, notes, rq=None, also=None, parts=None):
    """Build a label dict (see /tmp/dc/label_format.md)."""
    d = {"kinds": list(kinds)}
    if date:
        d["date"] = date
    if also:
        d["also_dates"] = list(also)
    d["author"] = author
    d["language"] = language
    d["style"] = style
    if rq is not None:
        d["referral_question"] = rq
    d["imaging_done"] = _FACT[img]
    d["operated"] = _FACT[op]
    d["treated_abroad"] = _FACT[abr]
    d["notes"] = notes
    if parts:
        d["part"] = parts
    return d


def part(kinds, date, author):
    p = {"kinds": list(kinds)}
    if date:
        p["date"] = date
    p["author"] = author
    return p


def _tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    return _tq(str(v))


ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def toml_text(d):
    out = []
    for k in ORDER:
        if k in d:
            out.append(f"{k} = {_tv(d[k])}")
    for p in d.get("part", []):
        out.append("")
        out.append("[[part]]")
        for k in ["kinds", "date", "author"]:
            if k in p:
                out.append(f"{k} = {_tv(p[k])}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- text
def txt(path, text, enc="utf-8", crlf=False, dedent=True):
    if dedent:
        text = textwrap.dedent(text).strip("\n") + "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode(enc))
    return path


# --------------------------------------------------------------------------- PDF
FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def _ptext(s):
    s = s.replace("&", "&amp;").replace("&amp;amp;", "&amp;")
    return s.replace("\n", "<br/>")


class _Style:
    def __init__(self, font, size):
        reg, bold, ital = FONTS[font]
        self.font, self.bold, self.ital, self.size = reg, bold, ital, size
        lead = size * 1.3
        self.n = ParagraphStyle("n", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.5)
        self.tight = ParagraphStyle("t", fontName=reg, fontSize=size, leading=lead)
        self.h = ParagraphStyle("h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                                spaceBefore=4, spaceAfter=6)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=6, spaceAfter=2)
        self.b = ParagraphStyle("b", fontName=bold, fontSize=size, leading=lead, spaceAfter=size * 0.4)
        self.small = ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3,
                                    textColor=colors.HexColor("#444444"))
        self.right = ParagraphStyle("r", parent=self.n, alignment=2)
        self.center = ParagraphStyle("c", parent=self.n, alignment=1)
        self.kb = ParagraphStyle("kb", fontName=bold, fontSize=size, leading=lead)
        self.mono = ParagraphStyle("m", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25)


def _flow(blocks, st, width):
    fl = []
    for b in blocks:
        if isinstance(b, str):
            fl.append(Paragraph(_ptext(b), st.n))
            continue
        kind = b[0]
        if kind == "p":
            fl.append(Paragraph(_ptext(b[1]), st.n))
        elif kind == "b":
            fl.append(Paragraph(_ptext(b[1]), st.b))
        elif kind == "h":
            fl.append(Paragraph(_ptext(b[1]), st.h))
        elif kind == "h2":
            fl.append(Paragraph(_ptext(b[1]), st.h2))
        elif kind == "small":
            fl.append(Paragraph(_ptext(b[1]), st.small))
        elif kind == "right":
            fl.append(Paragraph(_ptext(b[1]), st.right))
        elif kind == "center":
            fl.append(Paragraph(_ptext(b[1]), st.center))
        elif kind == "sp":
            fl.append(Spacer(1, (b[1] if len(b) > 1 else 4) * mm))
        elif kind == "hr":
            fl.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=2, spaceAfter=4))
        elif kind == "pb":
            fl.append(PageBreak())
        elif kind == "pre":
            fl.append(Preformatted(textwrap.dedent(b[1]).strip("\n"), st.mono))
        elif kind == "kv":
            pairs = b[1]
            opts = b[2] if len(b) > 2 else {}
            kw = opts.get("kw", 42) * mm
            ks = st.kb if opts.get("bold", True) else st.tight
            rows = [[Paragraph(_ptext(k), ks), Paragraph(_ptext(v), st.tight)] for k, v in pairs]
            t = Table(rows, colWidths=[kw, width - kw], hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]
            if opts.get("grid"):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("shade"):
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(ts))
            fl.append(t)
            fl.append(Spacer(1, 2 * mm))
        elif kind == "kv4":  # two label/value pairs per row
            rows = []
            for r in b[1]:
                row = []
                for i, c in enumerate(r):
                    row.append(Paragraph(_ptext(c), st.kb if i % 2 == 0 else st.tight))
                rows.append(row)
            w = width / 4
            t = Table(rows, colWidths=[w * 0.8, w * 1.2, w * 0.8, w * 1.2], hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]
            if len(b) > 2 and b[2].get("grid"):
                ts.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
            t.setStyle(TableStyle(ts))
            fl.append(t)
            fl.append(Spacer(1, 2 * mm))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            cw = opts.get("widths")
            if cw:
                cw = [c * mm if c else None for c in cw]
            data = []
            for i, r in enumerate(rows):
                sty = st.kb if (i == 0 and opts.get("header", True)) else st.tight
                data.append([Paragraph(_ptext(str(c)), sty) for c in r])
            t = Table(data, colWidths=cw, hAlign="LEFT", repeatRows=1 if opts.get("header", True) else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if opts.get("grid", True):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hcolor", "#dddddd"))))
            t.setStyle(TableStyle(ts))
            fl.append(t)
            fl.append(Spacer(1, 3 * mm))
        elif kind == "cols":
            left, right = b[1], b[2]
            t = Table([[Paragraph(_ptext(left), st.tight), Paragraph(_ptext(right), st.tight)]],
                      colWidths=[width * 0.55, width * 0.45], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            fl.append(t)
            fl.append(Spacer(1, 4 * mm))
        else:
            raise ValueError("unknown block " + kind)
    return fl


def pdf(path, blocks, letterhead=None, lh_align="left", lh_every_page=False, lh_rule=True, lh_box=None,
        header=None, footer=None, font="Helvetica", size=10, left=22, right=20, top=None, bottom=22,
        sidebar=None):
    """letterhead: list of (text, size, bold); header/footer: text with {page}/{pages} placeholders.
    lh_box: (label, hexcolor) a coloured block drawn as a logo; sidebar: lines printed in a narrow right column
    on page 1 (address block of hospitals)."""
    st = _Style(font, size)
    W, H = A4
    lh_h = 0
    if letterhead:
        lh_h = sum(s * 1.35 for _, s, _ in letterhead) + 8
    topm = top if top is not None else (lh_h / mm + 18 if letterhead else 20)
    state = {"lh": letterhead}

    def decor(c, page, pages):
        c.saveState()
        reg, bold, _ = FONTS[font]
        if header:
            c.setFont(reg, 7.5)
            c.drawString(left * mm, H - 9 * mm, header.format(page=page, pages=pages))
        if letterhead and (page == 1 or lh_every_page):
            y = H - 14 * mm
            x0 = left * mm
            if lh_box:
                c.setFillColor(colors.HexColor(lh_box[1]))
                c.rect(x0, y - 10, 18 * mm, 14 * mm, stroke=0, fill=1)
                c.setFillColor(colors.white)
                c.setFont(bold, 9)
                c.drawCentredString(x0 + 9 * mm, y + 0, lh_box[0])
                c.setFillColor(colors.black)
                x0 += 22 * mm
            for text, s, b in letterhead:
                c.setFont(bold if b else reg, s)
                if lh_align == "right":
                    c.drawRightString(W - right * mm, y, text)
                elif lh_align == "center":
                    c.drawCentredString(W / 2, y, text)
                else:
                    c.drawString(x0, y, text)
                y -= s * 1.35
            if lh_rule:
                c.setStrokeColor(colors.grey)
                c.setLineWidth(0.5)
                c.line(left * mm, y + 2, W - right * mm, y + 2)
        if sidebar and page == 1:
            c.setFont(reg, 7.5)
            y = H - (topm + 2) * mm
            for ln in sidebar:
                c.drawString(W - 48 * mm, y, ln)
                y -= 9.5
        if footer:
            c.setFont(reg, 7.5)
            for i, ln in enumerate(footer.format(page=page, pages=pages).split("\n")):
                c.drawCentredString(W / 2, 10 * mm - i * 9 + (len(footer.split("\n")) - 1) * 9, ln)
        c.restoreState()

    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, s in enumerate(self._saved):
                self.__dict__.update(s)
                decor(self, i + 1, n)
                super().showPage()
            super().save()

    rm = right + (30 if sidebar else 0)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=left * mm, rightMargin=rm * mm,
                            topMargin=topm * mm, bottomMargin=bottom * mm,
                            title="", author="", subject="")
    width = W - (left + rm) * mm
    doc.build(_flow(blocks, st, width), canvasmaker=NC)
    return path


def merge_pdfs(path, parts):
    """parts: list of dicts: {"blocks": [...], **pdf kwargs}"""
    from pypdf import PdfWriter
    os.makedirs(TMP, exist_ok=True)
    w = PdfWriter()
    tmpfiles = []
    for i, p in enumerate(parts):
        p = dict(p)
        blocks = p.pop("blocks")
        tp = os.path.join(TMP, f"part_{os.getpid()}_{i}.pdf")
        pdf(tp, blocks, **p)
        tmpfiles.append(tp)
        w.append(tp)
    with open(path, "wb") as f:
        w.write(f)
    for t in tmpfiles:
        os.remove(t)
    return path


# --------------------------------------------------------------------------- DOCX
def _runs(par, text, bold=False, size=None, italic=False):
    # split on <b>..</b> and <i>..</i>
    toks = re.split(r"(</?b>|</?i>|<br/>|\n)", text)
    b, it = bold, italic
    for t in toks:
        if t == "<b>":
            b = True
        elif t == "</b>":
            b = bold
        elif t == "<i>":
            it = True
        elif t == "</i>":
            it = italic
        elif t in ("<br/>", "\n"):
            par.add_run().add_break()
        elif t:
            r = par.add_run(t)
            r.bold = b
            r.italic = it
            if size:
                from docx.shared import Pt
                r.font.size = Pt(size)


def _field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


def _hf_text(par, text):
    parts = re.split(r"(\{page\}|\{pages\})", text)
    for p in parts:
        if p == "{page}":
            _field(par, "PAGE")
        elif p == "{pages}":
            _field(par, "NUMPAGES")
        elif p:
            _runs(par, p)


def docx(path, blocks, header=None, header_align="left", footer=None, font="Calibri", size=10.5,
         letterhead=None, lh_align="left", first_page_header_only=False):
    """letterhead: list of (text, size, bold) placed in the page header (first page or every page)."""
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    al = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}
    d = Document()
    sty = d.styles["Normal"]
    sty.font.name = font
    sty.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(22)
    if first_page_header_only:
        sec.different_first_page_header_footer = True
        hdr = sec.first_page_header
        ftr_list = [sec.first_page_footer, sec.footer]
    else:
        hdr = sec.header
        ftr_list = [sec.footer]
    hp = hdr.paragraphs[0]
    first = True
    if letterhead:
        for text, s, b in letterhead:
            p = hp if first else hdr.add_paragraph()
            first = False
            p.alignment = al[lh_align]
            _runs(p, text, bold=b, size=s)
            p.paragraph_format.space_after = Pt(0)
    if header:
        p = hp if first else hdr.add_paragraph()
        p.alignment = al[header_align]
        _hf_text(p, header)
    if footer:
        for ft in ftr_list:
            p = ft.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _hf_text(p, footer)

    def add_table(rows, grid=True, header_row=False, widths=None):
        t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if grid:
            t.style = d.styles["Table Grid"]
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.paragraphs[0].text = ""
                _runs(cell.paragraphs[0], str(c), bold=(header_row and i == 0))
        if widths:
            for j, wv in enumerate(widths):
                for row in t.rows:
                    row.cells[j].width = Mm(wv)
        d.add_paragraph()
        return t

    for b in blocks:
        if isinstance(b, str):
            b = ("p", b)
        k = b[0]
        if k == "p":
            _runs(d.add_paragraph(), b[1])
        elif k == "b":
            _runs(d.add_paragraph(), b[1], bold=True)
        elif k == "h":
            p = d.add_paragraph(); _runs(p, b[1], bold=True, size=size + 3)
        elif k == "h2":
            p = d.add_paragraph(); _runs(p, b[1], bold=True)
            p.paragraph_format.space_after = Pt(0)
        elif k == "head":  # real Word heading style
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif k == "small":
            p = d.add_paragraph(); _runs(p, b[1], size=size - 2)
        elif k == "right":
            p = d.add_paragraph(); p.alignment = al["right"]; _runs(p, b[1])
        elif k == "center":
            p = d.add_paragraph(); p.alignment = al["center"]; _runs(p, b[1])
        elif k == "sp":
            d.add_paragraph()
        elif k == "hr":
            d.add_paragraph("_" * 70)
        elif k == "pb":
            d.add_page_break()
        elif k == "pre":
            for ln in textwrap.dedent(b[1]).strip("\n").split("\n"):
                p = d.add_paragraph(); r = p.add_run(ln); r.font.name = "Courier New"
                p.paragraph_format.space_after = Pt(0)
        elif k == "bullets":
            for it in b[1]:
                p = d.add_paragraph(style="List Bullet"); _runs(p, it)
        elif k == "kv":
            opts = b[2] if len(b) > 2 else {}
            rows = [(f"<b>{kk}</b>" if opts.get("bold", True) else kk, v) for kk, v in b[1]]
            add_table(rows, grid=opts.get("grid", False), widths=opts.get("widths", (45, 120)))
        elif k == "kv4":
            rows = [[f"<b>{c}</b>" if i % 2 == 0 else c for i, c in enumerate(r)] for r in b[1]]
            add_table(rows, grid=(len(b) > 2 and b[2].get("grid")))
        elif k == "table":
            opts = b[2] if len(b) > 2 else {}
            add_table(b[1], grid=opts.get("grid", True), header_row=opts.get("header", True), widths=opts.get("widths"))
        elif k == "cols":
            add_table([[b[1], b[2]]], grid=False, widths=(95, 70))
        else:
            raise ValueError("unknown block " + k)
    d.core_properties.author = ""
    d.core_properties.title = ""
    d.save(path)
    return path


def docx_to_pdf(path_pdf, blocks, **kw):
    """Write a DOCX in the tmp folder and convert it with LibreOffice to path_pdf."""
    os.makedirs(TMP, exist_ok=True)
    base = os.path.splitext(os.path.basename(path_pdf))[0]
    dx = os.path.join(TMP, base + ".docx")
    docx(dx, blocks, **kw)
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", TMP, dx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.move(os.path.join(TMP, base + ".pdf"), path_pdf)
    os.remove(dx)
    return path_pdf
