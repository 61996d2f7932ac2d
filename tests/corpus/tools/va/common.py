"""Shared rendering helpers for the va corpus (synthetic documents only).

A document for PDF/DOCX is described as a list of blocks (tuples):
  ("logo", text, subtitle)            logo-as-text box
  ("lhpair", left_lines, right_lines) letterhead: logo/name left, address right
  ("lh", lines, align)                small letterhead/address lines (align: L|R|C)
  ("addr", lines)                     addressee block
  ("right", lines)                    right-aligned block (date, kenmerk)
  ("title", text)                     document title
  ("h", text)                         section heading
  ("p", text)                         paragraph
  ("kv", pairs, opts)                 label/value fields; opts: cols (1|2), lw (label width mm)
  ("table", rows, opts)               table; opts: header (bool), widths (mm list), size
  ("mono", text)                      preformatted text
  ("sp", mm)                          vertical space
  ("pb",)                             page break
  ("hr",)                             horizontal rule
  ("small", text)                     small print paragraph
Doc options (dict): font ("sans"|"serif"|"mono"), size, header, footer (strings with
{page} {pages}), pagesize ("A4"|"letter"), margins (mm).
"""
import io
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                Paragraph, Preformatted, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))

# ---------------------------------------------------------------- fonts
FONTS = {
    "sans": ("Helvetica", "Helvetica-Bold"),
    "serif": ("Times-Roman", "Times-Bold"),
    "mono": ("Courier", "Courier-Bold"),
}
_DJ = "/usr/share/fonts/truetype/dejavu/"
try:
    pdfmetrics.registerFont(TTFont("DejaVu", _DJ + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", _DJ + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuMono", _DJ + "DejaVuSansMono.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuMono-Bold", _DJ + "DejaVuSansMono-Bold.ttf"))
    FONTS["dejavu"] = ("DejaVu", "DejaVu-Bold")
    FONTS["dejavumono"] = ("DejaVuMono", "DejaVuMono-Bold")
except Exception:  # fonts missing: fall back to the standard ones
    FONTS["dejavu"] = FONTS["sans"]
    FONTS["dejavumono"] = FONTS["mono"]


def _esc(t):
    return escape(t).replace("\n", "<br/>")


# ---------------------------------------------------------------- PDF
class _NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count, to draw 'page x of y' headers/footers."""

    def __init__(self, *a, **kw):
        self._hf = kw.pop("hf")
        super().__init__(*a, **kw)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self._hf(self, self._pageNumber, n)
            super().showPage()
        super().save()


def render_pdf_bytes(blocks, opts=None):
    opts = dict(opts or {})
    fam = opts.get("font", "sans")
    reg, bold = FONTS[fam]
    size = opts.get("size", 9.5 if fam != "serif" else 10.5)
    ps = letter if opts.get("pagesize") == "letter" else A4
    W, H = ps
    m = opts.get("margins", (20, 22, 20, 22))  # left, top, right, bottom (mm)
    lm, tm, rm, bm = [x * mm for x in m]

    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.5),
        "small": ParagraphStyle("s", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 0.5, leading=size * 1.5, spaceBefore=size * 0.6,
                            spaceAfter=size * 0.2),
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3, spaceBefore=4,
                                spaceAfter=8),
        "lbl": ParagraphStyle("l", fontName=bold, fontSize=size - 0.5, leading=size * 1.25),
        "val": ParagraphStyle("v", fontName=reg, fontSize=size - 0.5, leading=size * 1.25),
        "lh": ParagraphStyle("lh", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "lhR": ParagraphStyle("lhR", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, alignment=2),
        "lhC": ParagraphStyle("lhC", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, alignment=1),
        "right": ParagraphStyle("r", fontName=reg, fontSize=size, leading=size * 1.35, alignment=2),
        "logo": ParagraphStyle("lo", fontName=bold, fontSize=size + 7, leading=(size + 7) * 1.15,
                               textColor=colors.HexColor(opts.get("logocolor", "#1f4e79"))),
        "logosub": ParagraphStyle("ls", fontName=reg, fontSize=size - 1, leading=size * 1.2,
                                  textColor=colors.HexColor(opts.get("logocolor", "#1f4e79"))),
        "mono": ParagraphStyle("m", fontName=FONTS["dejavumono" if fam == "dejavu" else "mono"][0],
                               fontSize=opts.get("monosize", size - 1), leading=opts.get("monosize", size - 1) * 1.25),
    }
    avail = W - lm - rm
    story = []
    for b in blocks:
        k = b[0]
        if k == "logo":
            inner = [Paragraph(_esc(b[1]), st["logo"])]
            if len(b) > 2 and b[2]:
                inner.append(Paragraph(_esc(b[2]), st["logosub"]))
            t = Table([[inner]], colWidths=[opts.get("logow", 80) * mm], hAlign=opts.get("logoalign", "LEFT"))
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(opts.get("logocolor", "#1f4e79"))),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [t, Spacer(1, 3 * mm)]
        elif k == "lhpair":
            left = [Paragraph(_esc(x), st["logo"] if i == 0 else st["logosub"]) for i, x in enumerate(b[1])]
            right = [Paragraph(_esc(x), st["lhR"]) for x in b[2]]
            t = Table([[left, right]], colWidths=[avail * 0.55, avail * 0.45])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.grey),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [t, Spacer(1, 5 * mm)]
        elif k == "lh":
            al = b[2] if len(b) > 2 else "L"
            s = {"L": st["lh"], "R": st["lhR"], "C": st["lhC"]}[al]
            for x in b[1]:
                story.append(Paragraph(_esc(x), s))
            story.append(Spacer(1, 3 * mm))
        elif k == "addr":
            for x in b[1]:
                story.append(Paragraph(_esc(x), st["val"]))
            story.append(Spacer(1, 6 * mm))
        elif k == "right":
            for x in b[1]:
                story.append(Paragraph(_esc(x), st["right"]))
            story.append(Spacer(1, 3 * mm))
        elif k == "title":
            story.append(Paragraph(_esc(b[1]), st["title"]))
        elif k == "h":
            story.append(Paragraph(_esc(b[1]), st["h"]))
        elif k == "p":
            story.append(Paragraph(_esc(b[1]), st["p"]))
        elif k == "small":
            story.append(Paragraph(_esc(b[1]), st["small"]))
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            cols = o.get("cols", 1)
            lw = o.get("lw", 42) * mm
            pairs = b[1]
            rows = []
            if cols == 1:
                for l, v in pairs:
                    rows.append([Paragraph(_esc(l), st["lbl"]), Paragraph(_esc(v), st["val"])])
                widths = [lw, avail - lw]
            else:
                half = (len(pairs) + 1) // 2
                if o.get("order") == "rows":
                    left, right = pairs[0::2], pairs[1::2]
                else:
                    left, right = pairs[:half], pairs[half:]
                for i in range(len(left)):
                    l1, v1 = left[i]
                    r = [Paragraph(_esc(l1), st["lbl"]), Paragraph(_esc(v1), st["val"])]
                    if i < len(right):
                        l2, v2 = right[i]
                        r += [Paragraph(_esc(l2), st["lbl"]), Paragraph(_esc(v2), st["val"])]
                    else:
                        r += ["", ""]
                    rows.append(r)
                colv = avail / 2 - lw
                widths = [lw, colv, lw, colv]
            t = Table(rows, colWidths=widths, hAlign="LEFT")
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if o.get("grid"):
                sty.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if o.get("shade"):
                sty.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
                if cols == 2:
                    sty.append(("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 3 * mm)]
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            sz = o.get("size", size - 1)
            cs = ParagraphStyle("c", fontName=reg, fontSize=sz, leading=sz * 1.25)
            chs = ParagraphStyle("ch", fontName=bold, fontSize=sz, leading=sz * 1.25)
            data = []
            for i, r in enumerate(rows):
                hs = chs if (i == 0 and o.get("header", True)) else cs
                data.append([Paragraph(_esc(str(c)), hs) for c in r])
            widths = [w * mm for w in o["widths"]] if "widths" in o else None
            t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if o.get("header", True) else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
            if o.get("header", True):
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(o.get("hcolor", "#dde4ee"))))
            if o.get("nogrid"):
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 3 * mm)]
        elif k == "mono":
            story.append(Preformatted(b[1], st["mono"]))
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=2, spaceAfter=4))
        else:
            raise ValueError("unknown block " + k)

    header = opts.get("header")
    footer = opts.get("footer")
    hfont = opts.get("hffont", reg)

    def fmtkw(page, pages):
        return {"page": page, "pages": pages, "fpage": page + opts.get("pageoffset", 0),
                "ftotal": opts.get("pagetotal", pages)}

    def hf(c, page, pages):
        c.saveState()
        c.setFont(hfont, 7.5)
        if header:
            lines = header if isinstance(header, list) else [header]
            y = H - 9 * mm
            for ln in lines:
                c.drawString(lm, y, ln.format(**fmtkw(page, pages)))
                y -= 9
        if footer:
            lines = footer if isinstance(footer, list) else [footer]
            y = 10 * mm
            for ln in reversed(lines):
                if "\t" in ln:
                    a, z = ln.split("\t", 1)
                    c.drawString(lm, y, a.format(**fmtkw(page, pages)))
                    c.drawRightString(W - rm, y, z.format(**fmtkw(page, pages)))
                else:
                    c.drawCentredString(W / 2, y, ln.format(**fmtkw(page, pages)))
                y += 9
        c.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title=opts.get("title", ""), author=opts.get("author", ""),
                          creator=opts.get("creator", "reportlab"))
    frame = Frame(lm, bm, avail, H - tm - bm, id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(story, canvasmaker=lambda *a, **kw: _NumberedCanvas(*a, hf=hf, **kw))
    return buf.getvalue()


def write_pdf(path, blocks, opts=None):
    with open(path, "wb") as f:
        f.write(render_pdf_bytes(blocks, opts))


def pdf_page_count(data):
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages)


def write_merged_pdf(path, parts):
    """parts: list of (blocks, opts); each part keeps its own page numbering.
    Headers/footers may use {fpage}/{ftotal}: page number within the whole file (fax)."""
    from pypdf import PdfReader, PdfWriter
    counts = [pdf_page_count(render_pdf_bytes(b, o)) for b, o in parts]
    total = sum(counts)
    off = 0
    fixed = []
    for (b, o), n in zip(parts, counts):
        o = dict(o or {})
        o["pageoffset"], o["pagetotal"] = off, total
        fixed.append((b, o))
        off += n
    w = PdfWriter()
    for blocks, opts in fixed:
        r = PdfReader(io.BytesIO(render_pdf_bytes(blocks, opts)))
        for p in r.pages:
            w.add_page(p)
    with open(path, "wb") as f:
        w.write(f)


# ---------------------------------------------------------------- DOCX
def _docx_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for x in (b, it, s, t, e):
        run._r.append(x)
    return run


def _docx_text_with_fields(par, text, size=None):
    from docx.shared import Pt
    parts = text.replace("{pages}", "\x00NUMPAGES\x00").replace("{page}", "\x00PAGE\x00").split("\x00")
    for x in parts:
        if x in ("PAGE", "NUMPAGES"):
            r = _docx_field(par, x)
        elif x:
            r = par.add_run(x)
        else:
            continue
        if size:
            r.font.size = Pt(size)


def write_docx(path, blocks, opts=None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    opts = dict(opts or {})
    d = Document()
    fontname = opts.get("font", "Calibri")
    size = opts.get("size", 10)
    stl = d.styles["Normal"]
    stl.font.name = fontname
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(opts.get("side", 22))
    sec.top_margin = Mm(opts.get("top", 20))
    sec.bottom_margin = Mm(20)

    # header: list of blocks (logo / lines) rendered into the page header
    if opts.get("header"):
        hdr = sec.header
        first = True
        for item in opts["header"]:
            par = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            if isinstance(item, tuple) and item[0] == "logo":
                r = par.add_run(item[1])
                r.bold = True
                r.font.size = Pt(opts.get("logosize", 16))
                r.font.color.rgb = RGBColor.from_string(opts.get("logocolor", "1F4E79"))
                if len(item) > 2 and item[2]:
                    r2 = par.add_run("\n" + item[2])
                    r2.font.size = Pt(8)
            elif isinstance(item, tuple) and item[0] == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _docx_text_with_fields(par, item[1], 8)
            else:
                _docx_text_with_fields(par, item, 8)
    if opts.get("footer"):
        ftr = sec.footer
        first = True
        for line in opts["footer"]:
            par = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_text_with_fields(par, line, 7.5)

    for b in blocks:
        k = b[0]
        if k == "logo":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 7)
            r.font.color.rgb = RGBColor.from_string(opts.get("logocolor", "1F4E79"))
            if len(b) > 2 and b[2]:
                p2 = d.add_paragraph()
                r2 = p2.add_run(b[2])
                r2.font.size = Pt(size - 1)
        elif k == "lhpair":
            t = d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.text = ""
            for i, x in enumerate(b[1]):
                p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
                r = p.add_run(x)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(size + 5)
                else:
                    r.font.size = Pt(size - 1.5)
            for i, x in enumerate(b[2]):
                p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = p.add_run(x)
                r.font.size = Pt(size - 1.5)
            d.add_paragraph()
        elif k in ("lh", "addr", "right"):
            al = b[2] if (k == "lh" and len(b) > 2) else ("R" if k == "right" else "L")
            for x in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                if al == "R":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif al == "C":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(x)
                if k == "lh":
                    r.font.size = Pt(size - 1.5)
            d.add_paragraph()
        elif k == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 4)
        elif k == "h":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(1)
            r = p.add_run(b[1])
            r.bold = True
        elif k in ("p", "small"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            if k == "small":
                r.font.size = Pt(size - 2)
        elif k == "kv":
            o = b[2] if len(b) > 2 else {}
            cols = o.get("cols", 1)
            pairs = b[1]
            if cols == 1:
                t = d.add_table(rows=0, cols=2)
                for l, v in pairs:
                    c = t.add_row().cells
                    c[0].text = ""
                    c[0].paragraphs[0].add_run(l).bold = True
                    c[1].text = v
                t.columns[0].width = Mm(o.get("lw", 42))
                for row in t.rows:
                    row.cells[0].width = Mm(o.get("lw", 42))
                    row.cells[1].width = Mm(166 - o.get("lw", 42))
            else:
                half = (len(pairs) + 1) // 2
                left, right = pairs[:half], pairs[half:]
                t = d.add_table(rows=0, cols=4)
                for i in range(len(left)):
                    c = t.add_row().cells
                    c[0].text = ""
                    c[0].paragraphs[0].add_run(left[i][0]).bold = True
                    c[1].text = left[i][1]
                    if i < len(right):
                        c[2].text = ""
                        c[2].paragraphs[0].add_run(right[i][0]).bold = True
                        c[3].text = right[i][1]
            if o.get("grid", True):
                t.style = d.styles["Table Grid"]
            d.add_paragraph()
        elif k == "table":
            o = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                c = t.add_row().cells
                for j, val in enumerate(r):
                    c[j].text = ""
                    run = c[j].paragraphs[0].add_run(str(val))
                    run.font.size = Pt(size - 1)
                    if i == 0 and o.get("header", True):
                        run.bold = True
            d.add_paragraph()
        elif k == "mono":
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(size - 1.5)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "hr":
            d.add_paragraph("_" * 60)
        else:
            raise ValueError("unknown block " + k)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.title = opts.get("title", "")
    d.save(path)


def write_txt(path, text, encoding="utf-8", crlf=False):
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- labels
_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
          "imaging_done", "operated", "treated_abroad", "notes"]


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + s + '"'


def label_toml(label):
    out = []
    for k in _ORDER:
        if k in label and label[k] is not None:
            out.append(f"{k} = {_tv(label[k])}")
    for k in label:
        if k not in _ORDER and k != "parts":
            out.append(f"{k} = {_tv(label[k])}")
    for part in label.get("parts", []):
        out.append("")
        out.append("[[part]]")
        for k in ["kinds", "date", "author", "style", "pages"]:
            if k in part:
                out.append(f"{k} = {_tv(part[k])}")
    return "\n".join(out) + "\n"


def write_label(stem, label):
    with open(os.path.join(OUT, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write(label_toml(label))


# ---------------------------------------------------------------- registry
REGISTRY = []


def register(stem, fmt, **label):
    """Register a document. The function returns:
    pdf: (blocks, opts) or {"parts": [(blocks, opts), ...]} for a merged PDF
    docx: (blocks, opts)
    txt: str, or (str, {"crlf": bool, "encoding": str})"""
    def deco(fn):
        REGISTRY.append({"stem": stem, "fmt": fmt, "label": label, "fn": fn})
        return fn
    return deco
