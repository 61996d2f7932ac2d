"""Rendering helpers for the synthetic intake-checker corpus (batch "to").

A document function returns a dict ("spec"):
    fmt     : "pdf" | "docx" | "docx2pdf" | "txt" | "merged"
    blocks  : list of block tuples (pdf, docx, docx2pdf)
    page    : page options (header/footer/letterhead/font ...)
    text    : the raw text (txt)
    encoding, newline : for txt ("utf-8"/"cp1252", "\n"/"\r\n")
    parts   : list of {"blocks":..., "page":..., "fmt": "pdf"|"docx2pdf"} (merged)
    label   : dict written as the TOML sidecar

Block tuples
    ("lh", name, [lines], {"right": [...], "image": bool, "sub": str})  letterhead
    ("h", text[, size])              title / heading (bold)
    ("p", text)                      paragraph, **bold** inline markup
    ("addr", [lines])                address block
    ("fields", [(label, value)], {"lw": mm, "grid": bool, "docx": "table"|"tabs"})
    ("fields2", [(l, v)], [(l, v)])  two-column form (left group | right group)
    ("table", [header], [[row]], {"widths": [...]})
    ("sig", [lines])
    ("small", text)
    ("pre", text)                    monospace, keeps line breaks
    ("check", [(label, checked)])    check boxes
    ("hr",)
    ("sp", mm)
    ("pb",)                          page break
"""
import io
import json
import os
import re
import shutil
import subprocess
import tempfile

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Image, PageBreak, Paragraph, Preformatted,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

FONTDIR = "/usr/share/fonts/truetype"
_REGISTERED = False


def _register_fonts():
    global _REGISTERED
    if _REGISTERED:
        return
    fams = {
        "DejaVu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
        "LiberationSerif": ("liberation2/LiberationSerif-Regular.ttf",
                            "liberation2/LiberationSerif-Bold.ttf"),
        "LiberationSans": ("liberation2/LiberationSans-Regular.ttf",
                           "liberation2/LiberationSans-Bold.ttf"),
    }
    for fam, (reg, bold) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, os.path.join(FONTDIR, reg)))
        pdfmetrics.registerFont(TTFont(fam + "-Bold", os.path.join(FONTDIR, bold)))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam)
        addMapping(fam, 1, 1, fam + "-Bold")
    _REGISTERED = True


FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
    "DejaVu": ("DejaVu", "DejaVu-Bold"),
    "LiberationSerif": ("LiberationSerif", "LiberationSerif-Bold"),
    "LiberationSans": ("LiberationSans", "LiberationSans-Bold"),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md(s):
    """escape and turn **x** into <b>x</b>, newlines into <br/>"""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br/>")


# ---------------------------------------------------------------- PDF

def _styles(page):
    _register_fonts()
    reg, bold = FONTS[page.get("font", "Helvetica")]
    size = page.get("size", 10)
    lead = size * 1.3
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.5),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.3,
                            spaceBefore=4, spaceAfter=6),
        "lhname": ParagraphStyle("lhname", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.2),
        "lh": ParagraphStyle("lh", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25,
                                textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "pre": ParagraphStyle("pre", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    st["_reg"], st["_bold"] = reg, bold
    return st


def _logo_png(name, sub=None, color=(0, 84, 140)):
    """Letterhead as an image: name drawn into pixels, not text."""
    from PIL import Image as PImage, ImageDraw, ImageFont
    w, h = 1400, 220
    im = PImage.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    dr.ellipse((10, 20, 190, 200), fill=color)
    dr.rectangle((70, 60, 130, 160), fill="white")
    f = ImageFont.truetype(os.path.join(FONTDIR, "dejavu/DejaVuSans-Bold.ttf"), 64)
    dr.text((220, 40), name, fill=color, font=f)
    if sub:
        f2 = ImageFont.truetype(os.path.join(FONTDIR, "dejavu/DejaVuSans.ttf"), 40)
        dr.text((222, 130), sub, fill=(80, 80, 80), font=f2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def _pdf_flow(blocks, st, width):
    out = []
    for b in blocks:
        t = b[0]
        if t == "lh":
            name, lines = b[1], b[2]
            o = b[3] if len(b) > 3 else {}
            left = []
            if o.get("image"):
                left.append(Image(_logo_png(name, o.get("sub")), width=95 * mm, height=95 * mm * 220 / 1400))
            else:
                left.append(Paragraph(md(name), st["lhname"]))
                if o.get("sub"):
                    left.append(Paragraph(md(o["sub"]), st["lh"]))
            for ln in lines:
                left.append(Paragraph(md(ln), st["lh"]))
            right = [Paragraph(md(x), st["lh"]) for x in o.get("right", [])]
            tb = Table([[left, right]], colWidths=[width * 0.62, width * 0.38])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#00548c")),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            out += [tb, Spacer(1, 5 * mm)]
        elif t == "h":
            s = st["h"]
            if len(b) > 2:
                s = ParagraphStyle("hx", parent=s, fontSize=b[2], leading=b[2] * 1.3)
            out.append(Paragraph(md(b[1]), s))
        elif t == "p":
            out.append(Paragraph(md(b[1]), st["p"]))
        elif t == "small":
            out.append(Paragraph(md(b[1]), st["small"]))
        elif t == "addr":
            out.append(Paragraph("<br/>".join(md(x) for x in b[1]), st["p"]))
            out.append(Spacer(1, 3 * mm))
        elif t == "sig":
            out.append(Spacer(1, 4 * mm))
            out.append(Paragraph("<br/>".join(md(x) for x in b[1]), st["p"]))
        elif t == "fields":
            o = b[2] if len(b) > 2 else {}
            lw = o.get("lw", 42) * mm
            rows = [[Paragraph(md(l), st["cellb"]), Paragraph(md(v), st["cell"])] for l, v in b[1]]
            tb = Table(rows, colWidths=[lw, width - lw])
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if o.get("grid"):
                ts += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6"))]
            tb.setStyle(TableStyle(ts))
            out += [tb, Spacer(1, 3 * mm)]
        elif t == "fields2":
            L, R = b[1], b[2]
            n = max(len(L), len(R))
            rows = []
            for i in range(n):
                l = L[i] if i < len(L) else ("", "")
                r = R[i] if i < len(R) else ("", "")
                rows.append([Paragraph(md(l[0]), st["cellb"]), Paragraph(md(l[1]), st["cell"]),
                             Paragraph(md(r[0]), st["cellb"]), Paragraph(md(r[1]), st["cell"])])
            cw = [width * 0.17, width * 0.33, width * 0.17, width * 0.33]
            tb = Table(rows, colWidths=cw)
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                    ("LINEAFTER", (1, 0), (1, -1), 0.3, colors.grey),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            out += [tb, Spacer(1, 3 * mm)]
        elif t == "table":
            hdr, rows = b[1], b[2]
            o = b[3] if len(b) > 3 else {}
            data = []
            if hdr:
                data.append([Paragraph(md(c), st["cellb"]) for c in hdr])
            data += [[Paragraph(md(str(c)), st["cell"]) for c in r] for r in rows]
            ncol = len(data[0])
            widths = o.get("widths")
            cw = [width * w for w in widths] if widths else [width / ncol] * ncol
            tb = Table(data, colWidths=cw, repeatRows=1 if hdr else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if hdr:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")))
            tb.setStyle(TableStyle(ts))
            out += [tb, Spacer(1, 3 * mm)]
        elif t == "pre":
            out.append(Preformatted(b[1], st["pre"]))
        elif t == "check":
            txt = "<br/>".join(("[X] " if c else "[ ] ") + md(l) for l, c in b[1])
            out.append(Paragraph(txt, st["p"]))
        elif t == "hr":
            tb = Table([[""]], colWidths=[width])
            tb.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey)]))
            out.append(tb)
        elif t == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif t == "pb":
            out.append(PageBreak())
        else:
            raise ValueError("unknown block %r" % (t,))
    return out


def _decor(c, pno, total, page):
    reg, bold = FONTS[page.get("font", "Helvetica")]
    W, H = page["_size"]
    c.saveState()
    fax = page.get("fax")
    if fax:
        c.setFont("Courier", 8)
        c.drawString(15 * mm, H - 8 * mm, fax.format(page=pno, pages=total))
    hdr = page.get("header")
    if hdr and pno >= page.get("header_from", 2):
        c.setFont(reg, 8)
        y = H - 14 * mm
        for ln in hdr:
            c.drawString(20 * mm, y, ln.format(page=pno, pages=total))
            y -= 3.6 * mm
        c.setLineWidth(0.3)
        c.line(20 * mm, y + 1.5 * mm, W - 20 * mm, y + 1.5 * mm)
    ftr = page.get("footer")
    if ftr:
        lines = ftr if isinstance(ftr, list) else [ftr]
        c.setFont(reg, 7.5)
        y = 12 * mm
        for ln in lines:
            c.drawCentredString(W / 2, y, ln.format(page=pno, pages=total))
            y -= 3.4 * mm
    pn = page.get("pagenum")
    if pn:
        c.setFont(reg, 8)
        c.drawRightString(W - 20 * mm, 12 * mm, pn.format(page=pno, pages=total))
    c.restoreState()


def render_pdf(blocks, page, out):
    """Render blocks with reportlab; out is a path or a binary file object."""
    page = dict(page or {})
    size = LETTER if page.get("letter") else A4
    page["_size"] = size
    st = _styles(page)
    top = page.get("top", 20)
    if page.get("header") or page.get("fax"):
        top = max(top, 26)
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=top * mm, bottomMargin=24 * mm,
                            title=page.get("title", ""), author=page.get("author", ""))
    flow = _pdf_flow(blocks, st, size[0] - 40 * mm)

    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                _decor(self, self._pageNumber, n, page)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    doc.build(flow, canvasmaker=NC)


# ---------------------------------------------------------------- DOCX

def _docx_runs(par, text, bold=False, size=None, font=None):
    from docx.shared import Pt
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for p in parts:
        if not p:
            continue
        b = bold
        if p.startswith("**") and p.endswith("**"):
            p, b = p[2:-2], True
        lines = p.split("\n")
        for i, ln in enumerate(lines):
            r = par.add_run(ln)
            r.bold = b
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font
            if i < len(lines) - 1:
                r.add_break()


def _add_field(par, code):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)


def _text_with_pagefields(par, text):
    """footer text: {page} and {pages} become PAGE / NUMPAGES fields"""
    bits = re.split(r"(\{page\}|\{pages\})", text)
    for b in bits:
        if b == "{page}":
            _add_field(par, "PAGE")
        elif b == "{pages}":
            _add_field(par, "NUMPAGES")
        elif b:
            par.add_run(b)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def render_docx(blocks, page, path):
    from docx import Document
    from docx.shared import Pt, Mm, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    page = page or {}
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20); sec.bottom_margin = Mm(20)
    normal = d.styles["Normal"]
    normal.font.name = page.get("docx_font", "Calibri")
    normal.font.size = Pt(page.get("size", 10.5))
    normal.paragraph_format.space_after = Pt(4)
    # header
    ht = page.get("header_table")
    if ht:
        hdr = sec.header
        hdr.paragraphs[0].text = ""
        tb = hdr.add_table(rows=len(ht), cols=len(ht[0]), width=Mm(166))
        for i, row in enumerate(ht):
            for j, cell in enumerate(row):
                c = tb.cell(i, j)
                c.paragraphs[0].text = ""
                _docx_runs(c.paragraphs[0], cell, size=8.5)
        if page.get("header_grid"):
            tb.style = d.styles["Table Grid"]
    elif page.get("header"):
        hp = sec.header.paragraphs[0]
        _text_with_pagefields(hp, "\n".join(page["header"]) if isinstance(page["header"], list) else page["header"])
    if page.get("footer"):
        fl = page["footer"] if isinstance(page["footer"], list) else [page["footer"]]
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, ln in enumerate(fl):
            if i:
                fp = sec.footer.add_paragraph(); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _text_with_pagefields(fp, ln)
            for r in fp.runs:
                r.font.size = Pt(7.5)
    for b in blocks:
        t = b[0]
        if t == "lh":
            name, lines = b[1], b[2]
            o = b[3] if len(b) > 3 else {}
            tb = d.add_table(rows=1, cols=2)
            _no_borders(tb)
            c0, c1 = tb.cell(0, 0), tb.cell(0, 1)
            c0.paragraphs[0].text = ""
            _docx_runs(c0.paragraphs[0], name, bold=True, size=15)
            if o.get("sub"):
                _docx_runs(c0.add_paragraph(), o["sub"], size=9)
            for ln in lines:
                _docx_runs(c0.add_paragraph(), ln, size=8.5)
            c1.paragraphs[0].text = ""
            for i, ln in enumerate(o.get("right", [])):
                p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                _docx_runs(p, ln, size=8.5)
            d.add_paragraph()
        elif t == "h":
            p = d.add_paragraph()
            _docx_runs(p, b[1], bold=True, size=b[2] if len(b) > 2 else 13)
        elif t in ("p", "small"):
            p = d.add_paragraph()
            _docx_runs(p, b[1], size=8 if t == "small" else None)
        elif t == "addr":
            p = d.add_paragraph()
            _docx_runs(p, "\n".join(b[1]))
        elif t == "sig":
            d.add_paragraph()
            p = d.add_paragraph()
            _docx_runs(p, "\n".join(b[1]))
        elif t == "fields":
            o = b[2] if len(b) > 2 else {}
            if o.get("docx") == "tabs":
                for l, v in b[1]:
                    p = d.add_paragraph()
                    p.paragraph_format.space_after = Pt(1)
                    p.paragraph_format.tab_stops.add_tab_stop(Mm(o.get("lw", 42)))
                    r = p.add_run(l); r.bold = True
                    p.add_run("\t")
                    _docx_runs(p, v)
            else:
                tb = d.add_table(rows=len(b[1]), cols=2)
                if o.get("grid"):
                    tb.style = d.styles["Table Grid"]
                else:
                    _no_borders(tb)
                for i, (l, v) in enumerate(b[1]):
                    tb.cell(i, 0).width = Mm(o.get("lw", 42))
                    tb.cell(i, 1).width = Mm(166 - o.get("lw", 42))
                    _docx_runs(tb.cell(i, 0).paragraphs[0], l, bold=True)
                    _docx_runs(tb.cell(i, 1).paragraphs[0], v)
                d.add_paragraph()
        elif t == "fields2":
            L, R = b[1], b[2]
            n = max(len(L), len(R))
            tb = d.add_table(rows=n, cols=4)
            tb.style = d.styles["Table Grid"]
            for i in range(n):
                l = L[i] if i < len(L) else ("", "")
                r = R[i] if i < len(R) else ("", "")
                _docx_runs(tb.cell(i, 0).paragraphs[0], l[0], bold=True)
                _docx_runs(tb.cell(i, 1).paragraphs[0], l[1])
                _docx_runs(tb.cell(i, 2).paragraphs[0], r[0], bold=True)
                _docx_runs(tb.cell(i, 3).paragraphs[0], r[1])
            d.add_paragraph()
        elif t == "table":
            hdr, rows = b[1], b[2]
            ncol = len(hdr) if hdr else len(rows[0])
            tb = d.add_table(rows=(1 if hdr else 0) + len(rows), cols=ncol)
            tb.style = d.styles["Table Grid"]
            k = 0
            if hdr:
                for j, c in enumerate(hdr):
                    _docx_runs(tb.cell(0, j).paragraphs[0], c, bold=True)
                k = 1
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    _docx_runs(tb.cell(i + k, j).paragraphs[0], str(c))
            d.add_paragraph()
        elif t == "pre":
            for ln in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(ln); r.font.name = "Courier New"; r.font.size = Pt(9)
        elif t == "check":
            for l, c in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                p.add_run(("\u2612 " if c else "\u2610 ") + l)
        elif t == "hr":
            d.add_paragraph("_" * 70)
        elif t == "sp":
            d.add_paragraph()
        elif t == "pb":
            d.add_page_break()
        else:
            raise ValueError("unknown block %r" % (t,))
    d.core_properties.author = page.get("author", "")
    d.core_properties.title = page.get("title", "")
    d.save(path)


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="to_lo_")
    prof = tempfile.mkdtemp(prefix="to_lop_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        src = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copyfile(src, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)


def render_docx2pdf(blocks, page, pdf_path):
    tmp = tempfile.mkdtemp(prefix="to_d2p_")
    try:
        name = page.get("docx_name", "document") + ".docx"
        p = os.path.join(tmp, name)
        render_docx(blocks, page, p)
        docx_to_pdf(p, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_merged(parts, pdf_path):
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    tmp = tempfile.mkdtemp(prefix="to_mg_")
    try:
        for i, part in enumerate(parts):
            pp = os.path.join(tmp, "part%02d.pdf" % i)
            if part.get("fmt", "pdf") == "docx2pdf":
                render_docx2pdf(part["blocks"], dict(part.get("page", {}), docx_name="part%02d" % i), pp)
            else:
                render_pdf(part["blocks"], part.get("page", {}), pp)
            for pg in PdfReader(pp).pages:
                w.add_page(pg)
        w.add_metadata({"/Title": "bijlagen", "/Producer": "scan2pdf merge"})
        with open(pdf_path, "wb") as f:
            w.write(f)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_txt(text, path, encoding="utf-8", newline="\n"):
    text = text.strip("\n") + "\n"
    if newline != "\n":
        text = text.replace("\n", newline)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- labels

KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def label_toml(label):
    lines = []
    for k in KEY_ORDER:
        if k in label and label[k] is not None:
            lines.append("%s = %s" % (k, _tv(label[k])))
    extra = set(label) - set(KEY_ORDER) - {"part"}
    if extra:
        raise ValueError("unknown label keys %s" % extra)
    for p in label.get("part", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in p and p[k] is not None:
                lines.append("%s = %s" % (k, _tv(p[k])))
    return "\n".join(lines) + "\n"


def L(kinds, date, author, language, style, imaging, operated, abroad, notes,
      also=None, rq=None, parts=None):
    """compact label constructor"""
    lab = {"kinds": list(kinds)}
    if date:
        lab["date"] = date
    if also:
        lab["also_dates"] = list(also)
    lab.update(author=author, language=language, style=style)
    if rq is not None:
        lab["referral_question"] = rq
    lab.update(imaging_done=imaging, operated=operated, treated_abroad=abroad, notes=notes)
    if parts:
        lab["part"] = parts
    return lab


EXT = {"pdf": ".pdf", "docx": ".docx", "docx2pdf": ".pdf", "txt": ".txt", "merged": ".pdf"}


def build_one(docid, spec, outdir):
    ext = EXT[spec["fmt"]]
    for e in (".pdf", ".docx", ".txt"):
        old = os.path.join(outdir, docid + e)
        if os.path.exists(old):
            os.remove(old)
    path = os.path.join(outdir, docid + ext)
    f = spec["fmt"]
    if f == "pdf":
        render_pdf(spec["blocks"], spec.get("page", {}), path)
    elif f == "docx":
        render_docx(spec["blocks"], spec.get("page", {}), path)
    elif f == "docx2pdf":
        render_docx2pdf(spec["blocks"], dict(spec.get("page", {}), docx_name=docid), path)
    elif f == "merged":
        render_merged(spec["parts"], path)
    elif f == "txt":
        write_txt(spec["text"], path, spec.get("encoding", "utf-8"), spec.get("newline", "\n"))
    else:
        raise ValueError(f)
    with open(os.path.join(outdir, docid + ".toml"), "w", encoding="utf-8") as fh:
        fh.write(label_toml(spec["label"]))
    return path
