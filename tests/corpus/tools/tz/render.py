"""Renderers for the tz corpus: a document is a list of blocks plus options.

Blocks (tuples):
  ("lh", left_lines, right_lines, {"logo": "Name"})  letterhead in two columns;
        a logo is drawn as an image (its text is not extractable)
  ("lhc", lines)                 centred letterhead
  ("addr", addr_lines, meta)     addressee block left, meta (label, value) pairs right
  ("title", text)                document title
  ("h", text)                    section heading (bold, own run)
  ("p", text)                    paragraph ("\n" = line break)
  ("fields", pairs, cols)        label/value form, cols = 1 or 2
  ("table", rows, header)        grid table, header = first row bold
  ("pre", text)                  monospaced block (HIS printouts)
  ("sig", lines)                 signature block
  ("small", text)                small print
  ("box", text)                  bordered box (stamps)
  ("sp", points)                 vertical space
  ("hr",)                        horizontal rule
  ("pb",)                        page break

Options: font (sans|serif|mono), size, header, footer (may hold {page} and {pages}),
fax (line at the top of every page, may hold {page}/{pages}), scan (True: tinted, speckled
page imitating a scan that still has a text layer).
"""
import io
import random
from xml.sax.saxutils import escape

from PIL import Image as PILImage, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image, PageBreak, Paragraph, Preformatted,
                                SimpleDocTemplate, Spacer, Table, TableStyle)
from pypdf import PdfReader, PdfWriter

FD = "/usr/share/fonts/truetype/dejavu/"
_FONTS = {
    "sans": ("DejaVuSans", "DejaVuSans-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
}
for _n in ["DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold",
           "DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansCondensed",
           "DejaVuSansCondensed-Bold"]:
    pdfmetrics.registerFont(TTFont(_n, FD + _n + ".ttf"))


LOGO_W, LOGO_H = 620, 120


def _logo_png(text, width=LOGO_W, height=LOGO_H, color=(20, 70, 140)):
    img = PILImage.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((8, 12, 104, 108), outline=color, width=8)
    d.line((56, 22, 56, 98), fill=color, width=8)
    d.line((18, 60, 94, 60), fill=color, width=8)
    size = 40
    while True:
        f = ImageFont.truetype(FD + "DejaVuSerif-Bold.ttf", size)
        if d.textlength(text, font=f) <= width - 134 or size <= 16:
            break
        size -= 2
    d.text((124, 60), text, fill=color, font=f, anchor="lm")
    b = io.BytesIO()
    img.save(b, "PNG")
    b.seek(0)
    return b


def _esc(t):
    return escape(t).replace("\n", "<br/>")


# ---------------------------------------------------------------- PDF
def _styles(opts):
    reg, bold = _FONTS[opts.get("font", "sans")]
    size = opts.get("size", 9.5)
    col = colors.HexColor("#222222") if opts.get("scan") else colors.black
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.32,
                            spaceAfter=size * 0.55, textColor=col),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.3,
                            textColor=col),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 0.5, leading=size * 1.4,
                            spaceBefore=size * 0.6, spaceAfter=size * 0.15, textColor=col),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 9,
                                spaceBefore=4, spaceAfter=8, textColor=col),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3,
                                textColor=colors.HexColor("#444444")),
        "lh": ParagraphStyle("lh", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.3,
                             textColor=col),
        "lhb": ParagraphStyle("lhb", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                              textColor=col),
        "c": ParagraphStyle("c", fontName=reg, fontSize=size, leading=size * 1.3,
                            alignment=TA_CENTER, textColor=col),
        "cb": ParagraphStyle("cb", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                             alignment=TA_CENTER, textColor=col),
        "pre": ParagraphStyle("pre", fontName="DejaVuSansMono", fontSize=size - 1.5,
                              leading=(size - 1.5) * 1.3, textColor=col),
    }
    return st, reg, bold


def _flow(blocks, opts, width):
    st, reg, bold = _styles(opts)
    out = []
    for bl in blocks:
        k = bl[0]
        if k == "lh":
            left, right = bl[1], bl[2]
            o = bl[3] if len(bl) > 3 else {}
            lcell = []
            if o.get("logo"):
                lcell.append(Image(_logo_png(o["logo"]), width=62 * mm, height=12 * mm))
            for i, line in enumerate(left):
                sty = st["lhb"] if (i == 0 and not o.get("logo") and o.get("bold_first", True)) else st["lh"]
                lcell.append(Paragraph(_esc(line), sty))
            rcell = [Paragraph(_esc(x), st["lh"]) for x in right]
            t = Table([[lcell, rcell]], colWidths=[width * 0.55, width * 0.45])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey)]))
            out += [t, Spacer(1, 8)]
        elif k == "lhc":
            for i, line in enumerate(bl[1]):
                out.append(Paragraph(_esc(line), st["cb"] if i == 0 else st["c"]))
            out.append(Spacer(1, 8))
        elif k == "addr":
            addr, meta = bl[1], bl[2]
            a = [Paragraph(_esc(x), st["p"] if False else st["lh"]) for x in addr]
            mrows = []
            for m in meta:
                if isinstance(m, tuple):
                    mrows.append([Paragraph(_esc(m[0]), st["b"]), Paragraph(_esc(m[1]), st["lh"])])
                else:
                    mrows.append([Paragraph(_esc(m), st["lh"]), ""])
            mt = Table(mrows, colWidths=[width * 0.2, width * 0.25]) if mrows else Spacer(1, 1)
            if mrows:
                mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
            t = Table([[a, mt]], colWidths=[width * 0.55, width * 0.45])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out += [t, Spacer(1, 10)]
        elif k == "title":
            out.append(Paragraph(_esc(bl[1]), st["title"]))
        elif k == "h":
            out.append(Paragraph(_esc(bl[1]), st["h"]))
        elif k == "p":
            out.append(Paragraph(_esc(bl[1]), st["p"]))
        elif k == "fields":
            pairs, cols = bl[1], (bl[2] if len(bl) > 2 else 1)
            rows = []
            if cols == 2:
                for i in range(0, len(pairs), 2):
                    r = []
                    for pr in pairs[i:i + 2]:
                        r += [Paragraph(_esc(pr[0]), st["b"]), Paragraph(_esc(pr[1]), st["p"])]
                    while len(r) < 4:
                        r.append("")
                    rows.append(r)
                cw = [width * 0.2, width * 0.3, width * 0.2, width * 0.3]
            else:
                rows = [[Paragraph(_esc(a), st["b"]), Paragraph(_esc(b), st["p"])] for a, b in pairs]
                cw = [width * 0.28, width * 0.72]
            t = Table(rows, colWidths=cw)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
            if opts.get("form_grid"):
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(sty))
            out += [t, Spacer(1, 6)]
        elif k == "table":
            rows, header = bl[1], (bl[2] if len(bl) > 2 else True)
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(_esc(c), st["b"] if (header and i == 0) else st["p"]) for c in r])
            n = len(rows[0])
            t = Table(data, colWidths=[width / n] * n, repeatRows=1 if header else 0)
            sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
            t.setStyle(TableStyle(sty))
            out += [t, Spacer(1, 6)]
        elif k == "pre":
            out.append(Preformatted(bl[1], st["pre"]))
            out.append(Spacer(1, 4))
        elif k == "sig":
            out.append(Spacer(1, 8))
            for x in bl[1]:
                out.append(Paragraph(_esc(x), st["lh"]))
            out.append(Spacer(1, 6))
        elif k == "small":
            out.append(Paragraph(_esc(bl[1]), st["small"]))
        elif k == "box":
            t = Table([[Paragraph(_esc(bl[1]), st["b"])]], colWidths=[width * 0.45])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#8a1c1c"))]))
            t.hAlign = "RIGHT"
            out += [t, Spacer(1, 6)]
        elif k == "sp":
            out.append(Spacer(1, bl[1]))
        elif k == "hr":
            t = Table([[""]], colWidths=[width])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey)]))
            out.append(t)
        elif k == "pb":
            out.append(PageBreak())
        else:
            raise ValueError("unknown block " + k)
    return out


def _pdf_once(blocks, opts, pages):
    buf = io.BytesIO()
    size = letter if opts.get("letter") else A4
    lm = opts.get("margin", 20) * mm
    top = (opts.get("top", 18) + (6 if opts.get("fax") else 0) + (5 if opts.get("header") else 0)) * mm
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=lm, rightMargin=lm,
                            topMargin=top, bottomMargin=20 * mm,
                            title=opts.get("pdf_title", ""), author=opts.get("pdf_author", ""))
    width = size[0] - 2 * lm
    reg, bold = _FONTS[opts.get("font", "sans")]
    rnd = random.Random(opts.get("seed", 7))

    def on_page(c, d):
        c.saveState()
        pno = c.getPageNumber()
        if opts.get("scan"):
            c.setFillColor(colors.HexColor("#f3f1ea"))
            c.rect(0, 0, size[0], size[1], stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#9a9a9a"))
            for _ in range(260):
                x, y = rnd.uniform(0, size[0]), rnd.uniform(0, size[1])
                c.circle(x, y, rnd.uniform(0.2, 0.8), stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#d8d6cf"))
            c.rect(0, 0, 6 * mm, size[1], stroke=0, fill=1)
        if opts.get("fax"):
            c.setFont("DejaVuSansMono", 7.5)
            c.setFillColor(colors.black)
            c.drawString(lm, size[1] - 8 * mm, opts["fax"].format(page=pno, pages=pages))
        if opts.get("header"):
            c.setFont(reg, 7.5)
            c.setFillColor(colors.HexColor("#333333"))
            y = size[1] - (14 if opts.get("fax") else 10) * mm
            for i, line in enumerate(opts["header"].format(page=pno, pages=pages).split("\n")):
                c.drawString(lm, y - i * 9, line)
        if opts.get("footer"):
            c.setFont(reg, 7.5)
            c.setFillColor(colors.HexColor("#333333"))
            lines = opts["footer"].format(page=pno, pages=pages).split("\n")
            for i, line in enumerate(lines):
                c.drawString(lm, 12 * mm - i * 9, line)
        c.restoreState()

    doc.build(_flow(blocks, opts, width), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def pdf_bytes(blocks, opts):
    first = _pdf_once(blocks, opts, 1)
    n = len(PdfReader(io.BytesIO(first)).pages)
    return _pdf_once(blocks, opts, n) if n != 1 else first


def write_pdf(path, blocks, opts):
    with open(path, "wb") as f:
        f.write(pdf_bytes(blocks, opts))


def write_merged_pdf(path, parts):
    w = PdfWriter()
    for blocks, opts in parts:
        r = PdfReader(io.BytesIO(pdf_bytes(blocks, opts)))
        for pg in r.pages:
            w.add_page(pg)
    w.add_metadata({"/Title": "bijlagen", "/Producer": "scan2pdf merge"})
    with open(path, "wb") as f:
        w.write(f)


# ---------------------------------------------------------------- DOCX
def write_docx(path, blocks, opts):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm

    d = Document()
    fontname = {"sans": "Arial", "serif": "Times New Roman", "mono": "Courier New",
                "cond": "Arial Narrow"}[opts.get("font", "sans")]
    size = opts.get("size", 10)
    nst = d.styles["Normal"]
    nst.font.name = fontname
    nst.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(opts.get("margin", 22))

    def add_field(par, instr):
        r = par.add_run()
        a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
        b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = instr
        c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        for x in (a, b, c, t, e):
            r._r.append(x)

    def hf_par(container, text):
        lines = text.split("\n")
        first = True
        for line in lines:
            p = container.paragraphs[0] if first else container.add_paragraph()
            first = False
            parts = line.replace("{pages}", "\x01").split("{page}")
            for i, seg in enumerate(parts):
                subs = seg.split("\x01")
                for j, s in enumerate(subs):
                    if s:
                        run = p.add_run(s); run.font.size = Pt(7.5)
                    if j < len(subs) - 1:
                        add_field(p, "NUMPAGES")
                if i < len(parts) - 1:
                    add_field(p, "PAGE")

    if opts.get("header"):
        hf_par(sec.header, opts["header"])
    if opts.get("footer"):
        hf_par(sec.footer, opts["footer"])

    def para(text, bold=False, sz=None, align=None, font=None):
        p = d.add_paragraph()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            if sz:
                r.font.size = Pt(sz)
            if font:
                r.font.name = font
            if i < len(lines) - 1:
                r.add_break()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(4)
        return p

    def cell_lines(cell, lines, bold_first=False, sz=None):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = bold_first and i == 0
            if sz:
                r.font.size = Pt(sz)
            p.paragraph_format.space_after = Pt(0)

    for bl in blocks:
        k = bl[0]
        if k == "lh":
            o = bl[3] if len(bl) > 3 else {}
            t = d.add_table(rows=1, cols=2)
            lc, rc = t.rows[0].cells
            if o.get("logo"):
                lc.paragraphs[0].add_run().add_picture(_logo_png(o["logo"]), width=Mm(60))
                for line in bl[1]:
                    pp = lc.add_paragraph(); rr = pp.add_run(line); rr.font.size = Pt(size - 1)
                    pp.paragraph_format.space_after = Pt(0)
            else:
                cell_lines(lc, bl[1], bold_first=o.get("bold_first", True), sz=size - 1)
            cell_lines(rc, bl[2], sz=size - 1)
            d.add_paragraph()
        elif k == "lhc":
            for i, line in enumerate(bl[1]):
                para(line, bold=(i == 0), sz=(size + 2 if i == 0 else size - 1), align="c")
        elif k == "addr":
            t = d.add_table(rows=1, cols=2)
            lc, rc = t.rows[0].cells
            cell_lines(lc, bl[1])
            rc.paragraphs[0].text = ""
            for i, m in enumerate(bl[2]):
                p = rc.paragraphs[0] if i == 0 else rc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                if isinstance(m, tuple):
                    r = p.add_run(m[0] + " "); r.bold = True
                    p.add_run(m[1])
                else:
                    p.add_run(m)
            d.add_paragraph()
        elif k == "title":
            para(bl[1], bold=True, sz=size + 4)
        elif k == "h":
            para(bl[1], bold=True)
        elif k == "p":
            para(bl[1])
        elif k == "fields":
            pairs, cols = bl[1], (bl[2] if len(bl) > 2 else 1)
            if cols == 2:
                nrows = (len(pairs) + 1) // 2
                t = d.add_table(rows=nrows, cols=4)
                for i, (a, b) in enumerate(pairs):
                    r, c = divmod(i, 2)
                    cl, cv = t.rows[r].cells[c * 2], t.rows[r].cells[c * 2 + 1]
                    cl.paragraphs[0].add_run(a).bold = True
                    cell_lines(cv, b.split("\n"))
            else:
                t = d.add_table(rows=len(pairs), cols=2)
                for i, (a, b) in enumerate(pairs):
                    t.rows[i].cells[0].paragraphs[0].add_run(a).bold = True
                    cell_lines(t.rows[i].cells[1], b.split("\n"))
            if opts.get("form_grid"):
                t.style = "Table Grid"
            d.add_paragraph()
        elif k == "table":
            rows, header = bl[1], (bl[2] if len(bl) > 2 else True)
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    run = t.rows[i].cells[j].paragraphs[0].add_run(c)
                    run.bold = header and i == 0
            d.add_paragraph()
        elif k == "pre":
            for line in bl[1].split("\n"):
                p = d.add_paragraph()
                r = p.add_run(line); r.font.name = "Courier New"; r.font.size = Pt(size - 1.5)
                p.paragraph_format.space_after = Pt(0)
        elif k == "sig":
            d.add_paragraph()
            for line in bl[1]:
                p = d.add_paragraph(line); p.paragraph_format.space_after = Pt(0)
        elif k == "small":
            para(bl[1], sz=size - 2)
        elif k == "box":
            t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
            t.rows[0].cells[0].paragraphs[0].add_run(bl[1]).bold = True
            d.add_paragraph()
        elif k == "sp":
            d.add_paragraph()
        elif k == "hr":
            para("_" * 60, sz=6)
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError("unknown block " + k)
    cp = d.core_properties
    cp.author = opts.get("docx_author", "")
    cp.title = opts.get("pdf_title", "")
    d.save(path)


# ---------------------------------------------------------------- TOML labels
def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    raise TypeError(type(v))


ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def toml_label(label):
    lines = []
    for k in ORDER:
        if k in label:
            lines.append(f"{k} = {_tv(label[k])}")
    extra = [k for k in label if k not in ORDER and k != "part"]
    if extra:
        raise ValueError("unexpected label keys " + ", ".join(extra))
    for part in label.get("part", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ["kinds", "date", "author"]:
            if k in part:
                lines.append(f"{k} = {_tv(part[k])}")
    return "\n".join(lines) + "\n"
