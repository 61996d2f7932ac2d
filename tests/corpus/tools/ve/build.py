#!/usr/bin/env python3
"""Render the ve-001 .. ve-064 corpus (documents + TOML labels) into ../../docs.

The texts and labels live in docs_a.py .. docs_d.py (one function per document); this file holds the
renderers: reportlab for PDF, python-docx for DOCX, plain UTF-8 for TXT, pypdf for merged PDFs.
"""
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "docs")

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, Image, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader, PdfWriter

# ----------------------------------------------------------------------------------------------
# helpers


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _md(s):
    """**bold** -> <b>bold</b> after escaping."""
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", _esc(s))


def _runs(s):
    """Split '**bold** rest' into (text, bold) runs."""
    out = []
    for i, part in enumerate(re.split(r"\*\*", s)):
        if part:
            out.append((part, i % 2 == 1))
    return out


def logo_png(name, sub, color, mark):
    """A raster letterhead (text only as pixels)."""
    from PIL import Image as PImage, ImageDraw, ImageFont
    w, h = 900, 170
    img = PImage.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)

    def font(size, bold=True):
        for f in ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf",
                  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
            try:
                return ImageFont.truetype(f, size)
            except OSError:
                continue
        try:
            return ImageFont.load_default(size=size)
        except TypeError:
            return ImageFont.load_default()

    c = tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))
    if mark == "circle":
        d.ellipse((10, 20, 140, 150), fill=c)
        d.ellipse((45, 55, 105, 115), fill="white")
    elif mark == "cross":
        d.rectangle((55, 20, 95, 150), fill=c)
        d.rectangle((10, 65, 140, 105), fill=c)
    else:
        d.polygon([(10, 150), (75, 20), (140, 150)], fill=c)
    d.text((165, 30), name, fill=c, font=font(46))
    if sub:
        d.text((167, 100), sub, fill=(90, 90, 90), font=font(28, bold=False))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


# ----------------------------------------------------------------------------------------------
# PDF


def _styles(base):
    s = {
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=base, leading=base * 1.3, spaceAfter=base * 0.45),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=base, leading=base * 1.3, spaceBefore=base * 0.5,
                            spaceAfter=base * 0.15),
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=base - 0.5, leading=(base - 0.5) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=base - 0.5, leading=(base - 0.5) * 1.25),
        "line": ParagraphStyle("line", fontName="Helvetica", fontSize=base, leading=base * 1.3),
        "mono": ParagraphStyle("mono", fontName="Courier", fontSize=base - 1, leading=(base - 1) * 1.25),
    }
    return s


def _para(text, style, size=None, align=None, indent=0, italic=False):
    st = style
    if size or align or indent or italic:
        st = ParagraphStyle("x", parent=style)
        if size:
            st.fontSize = size
            st.leading = size * 1.3
        if align:
            st.alignment = {"right": TA_RIGHT, "center": TA_CENTER, "left": TA_LEFT}[align]
        if indent:
            st.leftIndent = indent * cm
        if italic:
            st.fontName = "Helvetica-Oblique"
    return Paragraph(_md(text).replace("\n", "<br/>"), st)


def pdf_flowables(blocks, base):
    S = _styles(base)
    fl = []
    width = A4[0] - 4.5 * cm
    for b in blocks:
        t = b["t"]
        if t == "p":
            fl.append(_para(b["text"], S["p"], b.get("size"), b.get("align"), b.get("indent"), b.get("italic")))
        elif t == "h":
            fl.append(_para(b["text"], S["h"], b.get("size")))
        elif t == "title":
            fl.append(_para(b["text"], S["title"], b.get("size"), b.get("align")))
        elif t == "sp":
            fl.append(Spacer(1, b["h"]))
        elif t == "pb":
            fl.append(PageBreak())
        elif t == "rule":
            fl.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=3, spaceAfter=5))
        elif t == "lines":
            st = S["mono"] if b["mono"] else S["line"]
            for ln in b["lines"]:
                txt = _md(ln) if ln.strip() else "&nbsp;"
                if b["mono"]:
                    txt = txt.replace("  ", "&nbsp; ")
                stl = ParagraphStyle("l", parent=st)
                if b.get("size"):
                    stl.fontSize = b["size"]
                    stl.leading = b["size"] * 1.3
                if b.get("indent"):
                    stl.leftIndent = b["indent"] * cm
                fl.append(Paragraph(txt, stl))
            fl.append(Spacer(1, base * 0.4))
        elif t == "logo":
            if b["image"]:
                img = Image(logo_png(b["name"], b["sub"], b["color"], b["mark"]), width=9 * cm, height=1.7 * cm)
                img.hAlign = "LEFT" if b["align"] == "left" else "RIGHT"
                fl.append(img)
            else:
                col = colors.HexColor(b["color"])
                st = ParagraphStyle("lg", fontName="Helvetica-Bold", fontSize=16, leading=19, textColor=col,
                                    alignment=TA_RIGHT if b["align"] == "right" else TA_LEFT)
                fl.append(Paragraph(_esc(b["name"]), st))
                if b["sub"]:
                    st2 = ParagraphStyle("lg2", parent=st, fontName="Helvetica", fontSize=10, leading=12,
                                         textColor=colors.HexColor("#555555"))
                    fl.append(Paragraph(_esc(b["sub"]), st2))
            if b["addr"]:
                st3 = ParagraphStyle("ad", fontName="Helvetica", fontSize=7.5, leading=9.5,
                                     alignment=TA_RIGHT if b["align"] == "right" else TA_LEFT,
                                     textColor=colors.HexColor("#444444"))
                fl.append(Paragraph("<br/>".join(_esc(a) for a in b["addr"]), st3))
            fl.append(Spacer(1, 10))
        elif t in ("kv", "table"):
            rows = b["rows"]
            size = b.get("size") or base
            cs = ParagraphStyle("c", parent=S["cell"], fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
            cb = ParagraphStyle("cb", parent=S["cellb"], fontSize=size - 0.5, leading=(size - 0.5) * 1.25)
            data = []
            for ri, r in enumerate(rows):
                row = []
                for ci, c in enumerate(r):
                    bold = (t == "kv" and b["bold"] and ci % 2 == 0) or (t == "table" and b["header"] and ri == 0)
                    row.append(Paragraph(_md(str(c)).replace("\n", "<br/>"), cb if bold else cs))
                data.append(row)
            ncol = max(len(r) for r in rows)
            if b.get("widths") and len(b["widths"]) == ncol:
                widths = [w * cm for w in b["widths"]]
            elif t == "kv" and ncol == 4:
                widths = [3.2 * cm, 5.05 * cm, 3.2 * cm, 5.05 * cm]
            else:
                widths = [width / ncol] * ncol
            for r in data:
                while len(r) < ncol:
                    r.append("")
            tbl = Table(data, colWidths=widths, hAlign="LEFT")
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
            if b.get("grid"):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
            if t == "table" and b["header"]:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            if b.get("shade"):
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor(b["shade"])))
            tbl.setStyle(TableStyle(style))
            fl.append(tbl)
            fl.append(Spacer(1, base * 0.6))
        else:
            raise ValueError(t)
    return fl


def _page_deco(opts):
    def numbered_canvas_factory():
        class NC(rl_canvas.Canvas):
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
                    self._deco(n)
                    super().showPage()
                super().save()

            def _deco(self, n):
                p = self._pageNumber
                w, h = A4
                if opts.get("fax"):
                    self.setFont("Courier", 8)
                    self.drawString(1.2 * cm, h - 0.8 * cm, opts["fax"].format(page=p, pages=n))
                hdr = opts.get("header")
                if hdr and (p > 1 or opts.get("header_first", True)):
                    self.setFont("Helvetica", 7.5)
                    for i, ln in enumerate(hdr.format(page=p, pages=n).split("\n")):
                        self.drawRightString(w - 2.2 * cm, h - 1.3 * cm - i * 9, ln)
                ftr = opts.get("footer")
                if ftr:
                    self.setFont("Helvetica", 7)
                    self.setFillColor(colors.HexColor("#555555"))
                    lines = ftr.format(page=p, pages=n).split("\n")
                    for i, ln in enumerate(lines):
                        self.drawCentredString(w / 2, 1.1 * cm + (len(lines) - 1 - i) * 8.5, ln)
                    self.setFillColor(colors.black)
                if opts.get("stamp") and p == 1:
                    self.saveState()
                    self.setFont("Helvetica-Bold", 9)
                    self.setFillColor(colors.HexColor("#b00020"))
                    self.translate(w - 5.5 * cm, h - 4.2 * cm)
                    self.rotate(8)
                    self.drawString(0, 0, opts["stamp"])
                    self.restoreState()
        return NC
    return numbered_canvas_factory()


def render_pdf(blocks, opts):
    buf = io.BytesIO()
    top = opts.get("top", 2.0) * cm
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.3 * cm, topMargin=top,
                          bottomMargin=2.0 * cm, title=opts.get("pdf_title", ""), author=opts.get("pdf_author", ""),
                          creator=opts.get("creator", "reportlab"))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(pdf_flowables(blocks, opts.get("size", 10)), canvasmaker=_page_deco(opts))
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# DOCX


def _add_field(paragraph, code):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = code
    r2._r.append(it)
    r3 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "separate")
    r3._r.append(e)
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    e2 = OxmlElement("w:fldChar")
    e2.set(qn("w:fldCharType"), "end")
    r4._r.append(e2)


def _dpara(container, text, size=None, bold=False, align=None, italic=False, indent=0, font=None, space=4):
    p = container.add_paragraph()
    for txt, b in _runs(text):
        r = p.add_run(txt)
        r.bold = bold or b
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space)
    return p


def _footer_text(container, text, size=7.5):
    """Footer text; '{page}' and '{pages}' become fields."""
    for ln in text.split("\n"):
        p = container.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in re.split(r"(\{page\}|\{pages\})", ln):
            if piece == "{page}":
                _add_field(p, "PAGE")
            elif piece == "{pages}":
                _add_field(p, "NUMPAGES")
            elif piece:
                r = p.add_run(piece)
                r.font.size = Pt(size)


def render_docx(blocks, opts, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = opts.get("font", "Calibri")
    st.font.size = Pt(opts.get("size", 10.5))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    # header / footer
    if opts.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = ""
        first = True
        for ln in opts["header"].split("\n"):
            p = hp if first else sec.header.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for piece in re.split(r"(\{page\}|\{pages\})", ln):
                if piece == "{page}":
                    _add_field(p, "PAGE")
                elif piece == "{pages}":
                    _add_field(p, "NUMPAGES")
                elif piece:
                    r = p.add_run(piece)
                    r.font.size = Pt(8)
    if opts.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp._p.getparent().remove(fp._p)
        _footer_text(sec.footer, opts["footer"])
    if opts.get("core_title"):
        d.core_properties.title = opts["core_title"]
    d.core_properties.author = opts.get("core_author", "")
    base = opts.get("size", 10.5)
    for b in blocks:
        t = b["t"]
        if t == "p":
            _dpara(d, b["text"], b.get("size"), align=b.get("align"), italic=b.get("italic"), indent=b.get("indent"))
        elif t == "h":
            _dpara(d, b["text"], b.get("size"), bold=True, space=1)
        elif t == "title":
            _dpara(d, b["text"], b.get("size") or 14, bold=True, align=b.get("align"))
        elif t == "sp":
            _dpara(d, "", space=0)
        elif t == "pb":
            d.add_page_break()
        elif t == "rule":
            p = _dpara(d, "", space=2)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bt = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "999999")):
                bt.set(qn(k), v)
            bdr.append(bt)
            pPr.append(bdr)
        elif t == "lines":
            for ln in b["lines"]:
                _dpara(d, ln, b.get("size") or (base - 1 if b["mono"] else None),
                       font="Courier New" if b["mono"] else None, indent=b.get("indent"), space=0)
            _dpara(d, "", space=0)
        elif t == "logo":
            target = sec.header if opts.get("logo_in_header") else d
            if b["image"]:
                p = target.add_paragraph() if target is d else sec.header.paragraphs[0]
                p.add_run().add_picture(logo_png(b["name"], b["sub"], b["color"], b["mark"]), width=Cm(8))
            else:
                p = target.add_paragraph()
                r = p.add_run(b["name"])
                r.bold = True
                r.font.size = Pt(15)
                r.font.color.rgb = RGBColor.from_string(b["color"][1:])
                if b["sub"]:
                    p2 = target.add_paragraph()
                    r2 = p2.add_run(b["sub"])
                    r2.font.size = Pt(10)
                    r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            for a in b["addr"]:
                p = target.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(a)
                r.font.size = Pt(8)
            _dpara(d, "", space=2)
        elif t in ("kv", "table"):
            rows = b["rows"]
            ncol = max(len(r) for r in rows)
            tbl = d.add_table(rows=len(rows), cols=ncol)
            if b.get("grid"):
                tbl.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci in range(ncol):
                    c = r[ci] if ci < len(r) else ""
                    cell = tbl.cell(ri, ci)
                    cell.text = ""
                    lines = str(c).split("\n")
                    for li, ln in enumerate(lines):
                        p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                        p.paragraph_format.space_after = Pt(0)
                        bold = (t == "kv" and b["bold"] and ci % 2 == 0) or (t == "table" and b["header"] and ri == 0)
                        for txt, bb in _runs(ln):
                            run = p.add_run(txt)
                            run.bold = bold or bb
                            run.font.size = Pt((b.get("size") or base) - 0.5)
            if b.get("widths") and len(b["widths"]) == ncol:
                for ci, w in enumerate(b["widths"]):
                    for cell in tbl.columns[ci].cells:
                        cell.width = Cm(w)
            _dpara(d, "", space=2)
        else:
            raise ValueError(t)
    d.save(path)


# ----------------------------------------------------------------------------------------------
# labels


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]


def write_label(path, label):
    lines = []
    for k in KEY_ORDER:
        if k in label and label[k] is not None:
            lines.append(f"{k} = {_tv(label[k])}")
    extra = set(label) - set(KEY_ORDER) - {"part"}
    if extra:
        raise ValueError(f"{path}: unknown label keys {extra}")
    for part in label.get("part", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in part:
                lines.append(f"{k} = {_tv(part[k])}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------------------------------------


def render(spec):
    stem, fmt = spec["stem"], spec["fmt"]
    path = os.path.join(OUT, f"{stem}.{fmt}")
    if fmt == "txt":
        text = spec["text"]
        if not text.endswith("\n"):
            text += "\n"
        nl = spec.get("newline", "\n")
        with open(path, "w", encoding=spec.get("encoding", "utf-8"), newline="") as f:
            f.write(text.replace("\n", nl))
    elif fmt == "docx":
        render_docx(spec["blocks"], spec.get("opts", {}), path)
    elif fmt == "pdf":
        if "parts" in spec and spec.get("single"):
            # one pass over all parts (e.g. a fax: the machine's header numbers all pages)
            blocks = []
            for i, part in enumerate(spec["parts"]):
                if i:
                    blocks.append({"t": "pb"})
                blocks.extend(part["blocks"])
            with open(path, "wb") as f:
                f.write(render_pdf(blocks, spec.get("opts", {})))
        elif "parts" in spec:
            w = PdfWriter()
            for part in spec["parts"]:
                data = render_pdf(part["blocks"], part.get("opts", {}))
                for pg in PdfReader(io.BytesIO(data)).pages:
                    w.add_page(pg)
            w.add_metadata({"/Title": spec.get("pdf_title", "bijlagen"), "/Producer": "pypdf"})
            with open(path, "wb") as f:
                w.write(f)
        else:
            with open(path, "wb") as f:
                f.write(render_pdf(spec["blocks"], spec.get("opts", {})))
    else:
        raise ValueError(fmt)
    label = dict(spec["label"])
    if "parts" in spec:
        label["part"] = [p["label"] for p in spec["parts"]]
    write_label(os.path.join(OUT, f"{stem}.toml"), label)
    return path


def all_specs():
    import docs_a, docs_b, docs_c, docs_d
    specs = []
    for mod in (docs_a, docs_b, docs_c, docs_d):
        specs.extend(mod.SPECS)
    return specs


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    specs = all_specs()
    stems = [s["stem"] for s in specs]
    if len(stems) != len(set(stems)):
        raise SystemExit("duplicate stems")
    # remove stale renders of our stems (another format from an earlier run)
    for s in specs:
        if only and s["stem"] not in only:
            continue
        for ext in ("pdf", "docx", "txt", "toml"):
            p = os.path.join(OUT, f"{s['stem']}.{ext}")
            if os.path.exists(p):
                os.remove(p)
    n = 0
    for s in specs:
        if only and s["stem"] not in only:
            continue
        render(s)
        n += 1
    print(f"rendered {n} documents into {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
