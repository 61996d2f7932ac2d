"""Shared renderers for the tw batch: one small block language, three outputs (PDF, DOCX, TXT).

A document is a dict:
    stem   "tw-001"
    fmt    "pdf" | "docx" | "txt"
    label  dict written to docs/<stem>.toml (see label_format.md)
    body   list of blocks (below)            -- or, for merged PDFs --
    parts  list of {"body": [...], "opts": {...}} rendered one after another into one PDF
    opts   page options

Blocks:
    ("letterhead", [lines], "left"|"right"|"center")
    ("title", text)            big bold line
    ("h", text)                bold section heading
    ("p", text)                paragraph; inline <b>, <i>; "\n" = line break
    ("small", text)            small print
    ("quote", text)            indented quoted block
    ("pre", text)              monospace, line breaks kept
    ("kv", rows, {...})        label/value rows; rows = [(label, value), ...] or 4-tuples for two columns
    ("table", rows, {...})     generic table; {"header": True, "grid": True, "widths": [...]}
    ("check", [(bool, text), ...])   checkbox list
    ("sig", [[lines], [lines], ...]) signature blocks side by side (a table)
    ("sp", n) spacer, ("pb",) page break, ("hr",) rule

Page options (opts):
    font      "helv" | "times" | "dejavu" | "courier"
    header    text at the top of every page ({page}, {pages} allowed)
    footer    text at the bottom of every page ({page}, {pages} allowed)
    fax       fax transmission line at the very top of every page (PDF) / first line (TXT)
    logo      True: draw a small vector-only logo (no text) top left
    pagesize  "A4" | "letter"
    txt_wrap  column to wrap TXT paragraphs at (default 78; 0 = no wrapping)
"""
import io
import os
import re
import textwrap

DOCS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "docs")

# ---------------------------------------------------------------- inline markup

TAG_RE = re.compile(r"</?(b|i)>|<br/>")


def strip_tags(s):
    return TAG_RE.sub(lambda m: "\n" if m.group(0) == "<br/>" else "", s)


def pdf_escape(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for t in ("b", "i"):
        s = s.replace("&lt;%s&gt;" % t, "<%s>" % t).replace("&lt;/%s&gt;" % t, "</%s>" % t)
    s = s.replace("&lt;br/&gt;", "<br/>")
    return s.replace("\n", "<br/>")


def runs(s):
    """Split inline markup into (text, bold, italic) runs."""
    out, bold, ital, pos = [], False, False, 0
    for m in TAG_RE.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], bold, ital))
        tag = m.group(0)
        if tag == "<b>":
            bold = True
        elif tag == "</b>":
            bold = False
        elif tag == "<i>":
            ital = True
        elif tag == "</i>":
            ital = False
        else:
            out.append(("\n", bold, ital))
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], bold, ital))
    return out


# ---------------------------------------------------------------- PDF

_FONTS_DONE = False


def _register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", d + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", d + "DejaVuSans-BoldOblique.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuMono", d + "DejaVuSansMono.ttf"))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")
    _FONTS_DONE = True


FONTSETS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Courier"),
    "times": ("Times-Roman", "Times-Bold", "Courier"),
    "dejavu": ("DejaVu", "DejaVu-Bold", "DejaVuMono"),
    "courier": ("Courier", "Courier-Bold", "Courier"),
}

CHECK_ON = {"dejavu": "\u2612", "default": "[X]"}
CHECK_OFF = {"dejavu": "\u2610", "default": "[ ]"}


def _pdf_part(body, opts):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Preformatted, HRFlowable)
    from reportlab.pdfgen import canvas as rl_canvas

    from reportlab import rl_config
    rl_config.invariant = 1  # reproducible PDFs (no creation timestamp / random id)
    _register_fonts()
    fontkey = opts.get("font", "helv")
    reg, bold, mono = FONTSETS[fontkey]
    size = opts.get("size", 10)
    pagesize = letter if opts.get("pagesize") == "letter" else A4
    W, H = pagesize

    base = ParagraphStyle("base", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    if fontkey in ("helv", "times"):
        # make <b>/<i> work with the base-14 fonts
        from reportlab.lib.fonts import addMapping
        if fontkey == "helv":
            addMapping("Helvetica", 1, 0, "Helvetica-Bold")
            addMapping("Helvetica", 0, 1, "Helvetica-Oblique")
            addMapping("Helvetica", 1, 1, "Helvetica-BoldOblique")
    styles = {
        "p": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3,
                                spaceAfter=size),
        "h": ParagraphStyle("h", parent=base, fontName=bold, spaceBefore=size * 0.6, spaceAfter=size * 0.2),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2, leading=(size - 2) * 1.25),
        "quote": ParagraphStyle("quote", parent=base, leftIndent=12 * mm, rightIndent=6 * mm,
                                fontSize=size - 0.5, textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("cell", parent=base, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, spaceAfter=0),
        "lh_left": ParagraphStyle("lhl", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "lh_right": ParagraphStyle("lhr", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0,
                                   alignment=2),
        "lh_center": ParagraphStyle("lhc", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0,
                                    alignment=1),
        "pre": ParagraphStyle("pre", parent=base, fontName=mono, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
    }
    ck = "dejavu" if fontkey == "dejavu" else "default"
    avail = W - 40 * mm

    story = []
    for blk in body:
        t = blk[0]
        if t == "letterhead":
            st = styles["lh_" + (blk[2] if len(blk) > 2 else "left")]
            story.append(Paragraph("<br/>".join(pdf_escape(x) for x in blk[1]), st))
            story.append(Spacer(1, size))
        elif t in ("title", "h", "p", "small", "quote"):
            story.append(Paragraph(pdf_escape(blk[1]), styles[t]))
        elif t == "pre":
            story.append(Preformatted(blk[1], styles["pre"]))
            story.append(Spacer(1, size * 0.5))
        elif t in ("kv", "table"):
            rows = blk[1]
            o = blk[2] if len(blk) > 2 else {}
            ncol = max(len(r) for r in rows)
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci, c in enumerate(list(r) + [""] * (ncol - len(r))):
                    isbold = (t == "kv" and ci % 2 == 0 and o.get("boldlabels", True)) or \
                             (t == "table" and ri == 0 and o.get("header", True))
                    row.append(Paragraph(pdf_escape(str(c)), styles["cellb" if isbold else "cell"]))
                data.append(row)
            widths = o.get("widths")
            if widths:
                widths = [w * avail for w in widths]
            elif t == "kv" and ncol == 2:
                widths = [0.32 * avail, 0.68 * avail]
            elif t == "kv" and ncol == 4:
                widths = [0.21 * avail, 0.29 * avail, 0.21 * avail, 0.29 * avail]
            tbl = Table(data, colWidths=widths, hAlign="LEFT")
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                  ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if o.get("grid", t == "table"):
                ts.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if t == "table" and o.get("header", True) and o.get("shade", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            if o.get("box"):
                ts.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
            tbl.setStyle(TableStyle(ts))
            story.append(tbl)
            story.append(Spacer(1, size * 0.6))
        elif t == "check":
            for on, txt in blk[1]:
                mark = CHECK_ON[ck] if on else CHECK_OFF[ck]
                story.append(Paragraph(pdf_escape(mark + " " + txt), ParagraphStyle("ck", parent=base, spaceAfter=1)))
            story.append(Spacer(1, size * 0.5))
        elif t == "sig":
            cols = blk[1]
            data = [[Paragraph("<br/>".join(pdf_escape(x) for x in c), styles["cell"]) for c in cols]]
            tbl = Table(data, colWidths=[avail / len(cols)] * len(cols), hAlign="LEFT")
            tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(tbl)
            story.append(Spacer(1, size))
        elif t == "sp":
            story.append(Spacer(1, (blk[1] if len(blk) > 1 else 1) * size))
        elif t == "pb":
            story.append(PageBreak())
        elif t == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=2, spaceAfter=6))
        else:
            raise ValueError("unknown block " + t)

    header, footer, fax, logo = opts.get("header"), opts.get("footer"), opts.get("fax"), opts.get("logo")

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._decorate(n)
                super().showPage()
            super().save()

        def _decorate(self, n):
            pg = self._pageNumber + opts.get("page_offset", 0)
            n = opts.get("total_pages", n)
            self.saveState()
            if fax:
                self.setFont(mono, 7.5)
                self.drawString(12 * mm, H - 8 * mm, fax.format(page=pg, pages=n))
            if header:
                self.setFont(reg, 8)
                for i, line in enumerate(header.format(page=pg, pages=n).split("\n")):
                    self.drawRightString(W - 20 * mm, H - 13 * mm - i * 9, line)
            if footer:
                self.setFont(reg, 7.5)
                lines = footer.format(page=pg, pages=n).split("\n")
                for i, line in enumerate(lines):
                    self.drawString(20 * mm, 10 * mm + (len(lines) - 1 - i) * 9, line)
            if logo and pg == 1:
                self.setFillColor(colors.HexColor(logo if isinstance(logo, str) else "#1f5fa8"))
                self.circle(27 * mm, H - 22 * mm, 6 * mm, stroke=0, fill=1)
                self.rect(35 * mm, H - 28 * mm, 3 * mm, 12 * mm, stroke=0, fill=1)
                self.rect(40 * mm, H - 28 * mm, 3 * mm, 9 * mm, stroke=0, fill=1)
            self.restoreState()

    buf = io.BytesIO()
    top = 32 * mm if logo else 22 * mm
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=top, bottomMargin=22 * mm,
                            title=opts.get("pdf_title", ""), author=opts.get("pdf_author", ""))
    doc.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()


def render_pdf(d, path):
    from pypdf import PdfReader, PdfWriter
    if "parts" in d:
        w = PdfWriter()
        for part in d["parts"]:
            o = dict(d.get("opts", {}))
            o.update(part.get("opts", {}))
            w.append(PdfReader(io.BytesIO(_pdf_part(part["body"], o))))
        with open(path, "wb") as f:
            w.write(f)
    else:
        with open(path, "wb") as f:
            f.write(_pdf_part(d["body"], d.get("opts", {})))


# ---------------------------------------------------------------- DOCX

def _add_field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def _hf_text(par, text):
    # supports {page} and {pages} as Word fields
    pos = 0
    for m in re.finditer(r"\{page\}|\{pages\}", text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        _add_field(par, "PAGE" if m.group(0) == "{page}" else "NUMPAGES")
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def _add_runs(par, text, size=None, bold=None, italic=None, font=None):
    from docx.shared import Pt
    for txt, b, i in runs(text):
        if txt == "\n":
            par.add_run().add_break()
            continue
        parts = txt.split("\n")
        for k, piece in enumerate(parts):
            if k:
                par.add_run().add_break()
            if not piece:
                continue
            r = par.add_run(piece)
            r.bold = True if (b or bold) else None
            r.italic = True if (i or italic) else None
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font


def render_docx(d, path):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    opts = d.get("opts", {})
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = opts.get("docx_font", "Calibri" if opts.get("font") != "times" else "Times New Roman")
    st.font.size = Pt(opts.get("size", 10.5))
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (Mm(216), Mm(279)) if opts.get("pagesize") == "letter" else (Mm(210), Mm(297))
    sec.left_margin = sec.right_margin = Mm(22)
    if opts.get("header"):
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _hf_text(p, opts["header"])
    if opts.get("footer"):
        lines = opts["footer"].split("\n")
        p = sec.footer.paragraphs[0]
        _hf_text(p, lines[0])
        for ln in lines[1:]:
            _hf_text(sec.footer.add_paragraph(), ln)
    if opts.get("header_table"):
        # letterhead in a header table: [[left lines], [right lines]]
        cols = opts["header_table"]
        t = sec.header.add_table(1, len(cols), Mm(166))
        for i, c in enumerate(cols):
            cell = t.cell(0, i)
            cell.paragraphs[0].text = c[0]
            for ln in c[1:]:
                cell.add_paragraph(ln)

    for blk in d["body"]:
        t = blk[0]
        if t == "letterhead":
            p = doc.add_paragraph()
            al = blk[2] if len(blk) > 2 else "left"
            p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "center": WD_ALIGN_PARAGRAPH.CENTER}[al]
            _add_runs(p, "\n".join(blk[1]), size=9)
        elif t == "title":
            p = doc.add_paragraph()
            _add_runs(p, blk[1], size=15, bold=True)
        elif t == "h":
            if opts.get("docx_headings"):
                doc.add_heading(strip_tags(blk[1]), level=2)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(1)
                _add_runs(p, blk[1], bold=True)
        elif t == "p":
            _add_runs(doc.add_paragraph(), blk[1])
        elif t == "small":
            _add_runs(doc.add_paragraph(), blk[1], size=8)
        elif t == "quote":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(12)
            _add_runs(p, blk[1], italic=opts.get("quote_italic", True))
        elif t == "pre":
            p = doc.add_paragraph()
            _add_runs(p, blk[1], font="Courier New", size=9)
        elif t in ("kv", "table"):
            rows = blk[1]
            o = blk[2] if len(blk) > 2 else {}
            ncol = max(len(r) for r in rows)
            tbl = doc.add_table(rows=len(rows), cols=ncol)
            if o.get("grid", t == "table"):
                tbl.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(list(r) + [""] * (ncol - len(r))):
                    cell = tbl.cell(ri, ci)
                    isbold = (t == "kv" and ci % 2 == 0 and o.get("boldlabels", True)) or \
                             (t == "table" and ri == 0 and o.get("header", True))
                    _add_runs(cell.paragraphs[0], str(c), bold=isbold)
            doc.add_paragraph()
        elif t == "check":
            for on, txt in blk[1]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                _add_runs(p, ("\u2612 " if on else "\u2610 ") + txt)
        elif t == "sig":
            cols = blk[1]
            tbl = doc.add_table(rows=1, cols=len(cols))
            for i, c in enumerate(cols):
                _add_runs(tbl.cell(0, i).paragraphs[0], "\n".join(c))
            doc.add_paragraph()
        elif t == "sp":
            for _ in range(int(blk[1] if len(blk) > 1 else 1)):
                doc.add_paragraph()
        elif t == "pb":
            doc.add_page_break()
        elif t == "hr":
            doc.add_paragraph("_" * 60)
        else:
            raise ValueError("unknown block " + t)
    core = doc.core_properties
    core.author = opts.get("docx_author", "")
    core.title = opts.get("pdf_title", "")
    doc.save(path)


# ---------------------------------------------------------------- TXT

def _wrap(text, width, indent=""):
    if not width:
        return [indent + ln for ln in text.split("\n")]
    out = []
    for ln in text.split("\n"):
        if not ln.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(ln, width, initial_indent=indent, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return out


def render_txt(d, path):
    opts = d.get("opts", {})
    width = opts.get("txt_wrap", 78)
    L = []
    if opts.get("fax"):
        L.append(opts["fax"].format(page=1, pages=1))
    if opts.get("header"):
        L.extend(opts["header"].format(page=1, pages=1).split("\n"))
        L.append("")
    for blk in d["body"]:
        t = blk[0]
        if t == "letterhead":
            lines = blk[1]
            if len(blk) > 2 and blk[2] == "right":
                L.extend(" " * max(0, (width or 78) - 30) + x for x in lines)
            else:
                L.extend(lines)
            L.append("")
        elif t == "title":
            s = strip_tags(blk[1])
            L.append(s)
            if opts.get("txt_underline", True):
                L.append("=" * len(s))
            L.append("")
        elif t == "h":
            L.append(strip_tags(blk[1]).upper() if opts.get("txt_upper_h") else strip_tags(blk[1]))
        elif t in ("p", "small"):
            L.extend(_wrap(strip_tags(blk[1]), width))
            if not opts.get("txt_compact"):
                L.append("")
        elif t == "quote":
            L.extend(_wrap(strip_tags(blk[1]), (width - 2) if width else 0, "> "))
            L.append("")
        elif t == "pre":
            L.extend(blk[1].split("\n"))
            L.append("")
        elif t in ("kv", "table"):
            rows = [[strip_tags(str(c)) for c in r] for r in blk[1]]
            o = blk[2] if len(blk) > 2 else {}
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            if t == "kv":
                sep = o.get("sep", ": ")
                for r in rows:
                    cells = []
                    for i in range(0, ncol, 2):
                        lab = r[i] + (sep if r[i] and not r[i].endswith(":") else (" " if r[i] else ""))
                        cells.append(lab.ljust(o.get("labw", 24)) + r[i + 1].replace("\n", " / "))
                    L.append("   ".join(c.ljust(40) for c in cells).rstrip())
            else:
                w = [max(len(r[i].replace("\n", " ")) for r in rows) for i in range(ncol)]
                pipe = o.get("pipes", False)
                for ri, r in enumerate(rows):
                    cells = [r[i].replace("\n", " ").ljust(w[i]) for i in range(ncol)]
                    L.append(("| " + " | ".join(cells) + " |") if pipe else "  ".join(cells).rstrip())
                    if ri == 0 and o.get("header", True):
                        L.append(("|-" + "-|-".join("-" * x for x in w) + "-|") if pipe else
                                 "  ".join("-" * x for x in w))
            L.append("")
        elif t == "check":
            for on, txt in blk[1]:
                L.append(("[X] " if on else "[ ] ") + strip_tags(txt))
            L.append("")
        elif t == "sig":
            for c in blk[1]:
                L.extend(c)
                L.append("")
        elif t == "sp":
            L.extend([""] * int(blk[1] if len(blk) > 1 else 1))
        elif t == "pb":
            L.append("\f" if opts.get("txt_formfeed") else "")
        elif t == "hr":
            L.append("-" * (width or 78))
        else:
            raise ValueError("unknown block " + t)
    if opts.get("footer"):
        L.append("")
        L.extend(opts["footer"].format(page=1, pages=1).split("\n"))
    text = "\n".join(L).rstrip() + "\n"
    nl = "\r\n" if opts.get("crlf") else "\n"
    with open(path, "w", encoding=opts.get("encoding", "utf-8"), newline="") as f:
        f.write(text.replace("\n", nl))


# ---------------------------------------------------------------- labels

KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + s + '"'


def write_label(d, path):
    lab = d["label"]
    L = []
    for k in KEY_ORDER:
        if k in lab and lab[k] is not None:
            L.append("%s = %s" % (k, _tv(lab[k])))
    for k in lab:
        if k not in KEY_ORDER and k != "part":
            raise ValueError("%s: unexpected label key %s" % (d["stem"], k))
    for part in lab.get("part", []):
        L.append("")
        L.append("[[part]]")
        for k in ("kinds", "date", "also_dates", "author"):
            if k in part and part[k] is not None:
                L.append("%s = %s" % (k, _tv(part[k])))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def render(d):
    os.makedirs(DOCS_DIR, exist_ok=True)
    ext = d["fmt"]
    path = os.path.join(DOCS_DIR, "%s.%s" % (d["stem"], ext))
    {"pdf": render_pdf, "docx": render_docx, "txt": render_txt}[ext](d, path)
    write_label(d, os.path.join(DOCS_DIR, d["stem"] + ".toml"))
    return path


def L(kinds, date, author, language, style, imaging, operated, abroad, notes, also=None, rq=None, parts=None):
    """Compact label constructor."""
    lab = {"kinds": kinds}
    if date:
        lab["date"] = date
    if also:
        lab["also_dates"] = also
    lab.update(author=author, language=language, style=style)
    if "referral" in kinds or rq is not None:
        lab["referral_question"] = bool(rq)
    lab.update(imaging_done=imaging, operated=operated, treated_abroad=abroad, notes=notes)
    if parts:
        lab["part"] = parts
    return lab


def P(kinds, date, author, also=None):
    p = {"kinds": kinds}
    if date:
        p["date"] = date
    if also:
        p["also_dates"] = also
    p["author"] = author
    return p
