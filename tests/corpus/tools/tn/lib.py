"""Rendering helpers for the tn corpus.

A document function returns a dict:
  {"id": "tn-001", "fmt": "pdf"|"docx"|"txt"|"soffice"|"merged",
   "blocks": [...] (pdf/docx/soffice) | "text": str (txt) | "parts": [ {blocks, opts}, ... ] (merged),
   "opts": {...}, "label": {...}}
Blocks (shared by PDF and DOCX renderers):
  ("lh", dict(name=, sub=, lines=[...], logo="XY", right=[...]))   letterhead with logo box
  ("h", text) / ("h2", text)         headings
  ("p", text)                        paragraph ("\n" = line break)
  ("kv", [(label, value), ...])      label/value grid (separate runs)
  ("kv2", left_pairs, right_pairs)   two grids side by side
  ("cols", left_text, right_text)    two-column block
  ("table", rows, header_bool)       ruled table
  ("sticker", [lines])               boxed patient sticker
  ("small", text)                    small print
  ("sp", points) / ("pb",)           spacer / page break
opts: header (text on top of every page), footer (text), pagefmt ("Pagina {x} van {y}"),
      fax (fax line on top of every page), font ("Helvetica"|"Times-Roman"), docx_header_table (bool)
"""
import os, io, re, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas


# ---------------------------------------------------------------- PDF
class LogoBox(Flowable):
    def __init__(self, text, w=28 * mm, h=16 * mm, shape="rect"):
        super().__init__(); self.text, self.width, self.height, self.shape = text, w, h, shape
    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1f4e79")); c.setFillColor(colors.HexColor("#dce6f2"))
        if self.shape == "circle":
            c.circle(self.height / 2, self.height / 2, self.height / 2, fill=1)
        else:
            c.roundRect(0, 0, self.width, self.height, 3, fill=1)
        c.setFillColor(colors.HexColor("#1f4e79")); c.setFont("Helvetica-Bold", 11)
        c.drawCentredString((self.height if self.shape == "circle" else self.width) / 2, self.height / 2 - 4, self.text)


def _make_canvas(opts):
    pagefmt = opts.get("pagefmt")
    header, footer, fax = opts.get("header"), opts.get("footer"), opts.get("fax")
    font = opts.get("font", "Helvetica")

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for i, st in enumerate(self._saved, 1):
                self.__dict__.update(st); self._deco(i, n); super().showPage()
            super().save()
        def _deco(self, i, n):
            w, h = A4
            self.setFont(font, 7.5); self.setFillColor(colors.black)
            if fax:
                self.drawString(12 * mm, h - 8 * mm, fax.replace("{x}", str(i)).replace("{y}", str(n)))
            if header and i > 1:
                self.drawString(20 * mm, h - 14 * mm, header)
            if footer:
                self.drawString(20 * mm, 10 * mm, footer)
            if pagefmt:
                self.drawRightString(w - 20 * mm, 10 * mm, pagefmt.replace("{x}", str(i)).replace("{y}", str(n)))
    return NumberedCanvas


def _styles(font):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    return dict(
        p=ParagraphStyle("p", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=5),
        small=ParagraphStyle("s", fontName=font, fontSize=7.5, leading=9.5, spaceAfter=3),
        h=ParagraphStyle("h", fontName=bold, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3),
        lab=ParagraphStyle("l", fontName=bold, fontSize=9, leading=11.5),
        val=ParagraphStyle("v", fontName=font, fontSize=9, leading=11.5),
        lhname=ParagraphStyle("n", fontName=bold, fontSize=12.5, leading=15),
        lhsub=ParagraphStyle("ns", fontName=font, fontSize=8, leading=10, textColor=colors.HexColor("#333333")),
    )


def _para(text, st):
    return Paragraph(escape(text).replace("\n", "<br/>"), st)


def _kv_table(pairs, S, lw=38 * mm, vw=None):
    rows = [[_para(k, S["lab"]), _para(v, S["val"])] for k, v in pairs]
    t = Table(rows, colWidths=[lw, vw] if vw else [lw, None], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def pdf_flowables(blocks, opts):
    S = _styles(opts.get("font", "Helvetica"))
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            d = b[1]
            left = [LogoBox(d.get("logo", "+"), shape=d.get("shape", "rect"))]
            mid = [_para(d["name"], S["lhname"])]
            if d.get("sub"): mid.append(_para(d["sub"], S["lhsub"]))
            right = [_para("\n".join(d.get("lines", [])), S["lhsub"])]
            t = Table([[left, mid, right]], colWidths=[32 * mm, 78 * mm, 60 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f4e79"))]))
            out += [t, Spacer(1, 6 * mm)]
        elif kind in ("h", "h2", "p", "small"):
            out.append(_para(b[1], S[kind]))
        elif kind == "kv":
            out += [_kv_table(b[1], S, b[2] if len(b) > 2 else 38 * mm), Spacer(1, 3 * mm)]
        elif kind == "kv2":
            l, r = _kv_table(b[1], S, 26 * mm, 56 * mm), _kv_table(b[2], S, 28 * mm, 56 * mm)
            t = Table([[l, r]], colWidths=[85 * mm, 85 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out += [t, Spacer(1, 3 * mm)]
        elif kind == "cols":
            t = Table([[_para(b[1], S["val"]), _para(b[2], S["val"])]], colWidths=[100 * mm, 70 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out += [t, Spacer(1, 5 * mm)]
        elif kind == "table":
            rows, header = b[1], (b[2] if len(b) > 2 else True)
            data = [[_para(c, S["lab"] if (header and i == 0) else S["val"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, hAlign="LEFT", repeatRows=1 if header else 0)
            st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header: st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
            t.setStyle(TableStyle(st)); out += [t, Spacer(1, 4 * mm)]
        elif kind == "sticker":
            t = Table([[_para("\n".join(b[1]), S["small"])]], colWidths=[62 * mm], hAlign=b[2] if len(b) > 2 else "RIGHT")
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
            out += [t, Spacer(1, 4 * mm)]
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        else:
            raise ValueError(kind)
    return out


def render_pdf(path, blocks, opts=None):
    opts = opts or {}
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=(20 if opts.get("fax") or opts.get("header") else 15) * mm,
                            bottomMargin=18 * mm, title=opts.get("title", ""), author=opts.get("pdfauthor", ""))
    doc.build(pdf_flowables(blocks, opts), canvasmaker=_make_canvas(opts))


def render_merged(path, parts):
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    with tempfile.TemporaryDirectory() as td:
        for i, part in enumerate(parts):
            p = os.path.join(td, f"p{i}.pdf")
            render_pdf(p, part["blocks"], part.get("opts"))
            for page in PdfReader(p).pages:
                w.add_page(page)
        with open(path, "wb") as f:
            w.write(f)


# ---------------------------------------------------------------- DOCX
def render_docx(path, blocks, opts=None):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    opts = opts or {}
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    st = d.styles["Normal"]; st.font.name = opts.get("docx_font", "Calibri"); st.font.size = Pt(10)

    def page_field(par, instr):
        r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
        r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
        r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

    body = list(blocks)
    # letterhead goes into the page header
    if body and body[0][0] == "lh":
        lh = body.pop(0)[1]
        hdr = sec.header
        if opts.get("docx_header_table", True):
            t = hdr.add_table(1, 2, Mm(166))
            c0, c1 = t.rows[0].cells
            p = c0.paragraphs[0]; r = p.add_run(f"[{lh.get('logo', '+')}]  "); r.bold = True; r.font.size = Pt(14)
            r = p.add_run(lh["name"]); r.bold = True; r.font.size = Pt(12)
            if lh.get("sub"):
                p2 = c0.add_paragraph(lh["sub"]); p2.runs[0].font.size = Pt(8)
            p3 = c1.paragraphs[0]; p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p3.add_run("\n".join(lh.get("lines", []))); r.font.size = Pt(8)
            hdr.paragraphs[0].text = ""
        else:
            p = hdr.paragraphs[0]; r = p.add_run(lh["name"]); r.bold = True
            for ln in ([lh["sub"]] if lh.get("sub") else []) + lh.get("lines", []):
                q = hdr.add_paragraph(ln); q.runs[0].font.size = Pt(8)
    if opts.get("footer") or opts.get("pagefmt"):
        fp = sec.footer.paragraphs[0]
        if opts.get("footer"):
            fr = fp.add_run(opts["footer"] + "    "); fr.font.size = Pt(7.5)
        pf = opts.get("pagefmt")
        if pf:
            a, rest = pf.split("{x}"); b, c = rest.split("{y}")
            fp.add_run(a); page_field(fp, "PAGE"); fp.add_run(b); page_field(fp, "NUMPAGES"); fp.add_run(c)
    for b in body:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k in ("p", "small"):
            p = d.add_paragraph()
            lines = b[1].split("\n")
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if k == "small": r.font.size = Pt(7.5)
                if i < len(lines) - 1: r.add_break()
        elif k in ("kv", "kv2"):
            pairs = b[1] if k == "kv" else None
            if k == "kv":
                t = d.add_table(rows=0, cols=2)
                for lab, val in pairs:
                    c = t.add_row().cells; c[0].paragraphs[0].add_run(lab).bold = True; c[1].text = val
            else:
                l, r_ = b[1], b[2]; n = max(len(l), len(r_))
                t = d.add_table(rows=0, cols=4)
                for i in range(n):
                    c = t.add_row().cells
                    if i < len(l): c[0].paragraphs[0].add_run(l[i][0]).bold = True; c[1].text = l[i][1]
                    if i < len(r_): c[2].paragraphs[0].add_run(r_[i][0]).bold = True; c[3].text = r_[i][1]
            d.add_paragraph()
        elif k == "cols":
            t = d.add_table(rows=1, cols=2); t.rows[0].cells[0].text = b[1]; t.rows[0].cells[1].text = b[2]
            d.add_paragraph()
        elif k == "table":
            rows, header = b[1], (b[2] if len(b) > 2 else True)
            t = d.add_table(rows=0, cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    if header and i == 0: cells[j].paragraphs[0].add_run(v).bold = True
                    else: cells[j].text = v
            d.add_paragraph()
        elif k == "sticker":
            t = d.add_table(rows=1, cols=1); t.style = "Table Grid"; t.rows[0].cells[0].text = "\n".join(b[1])
            d.add_paragraph()
        elif k == "lh":
            p = d.add_paragraph(); p.add_run(b[1]["name"]).bold = True
            for ln in b[1].get("lines", []): d.add_paragraph(ln)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
    d.core_properties.author = opts.get("pdfauthor", "")
    d.core_properties.title = opts.get("title", "")
    d.save(path)


def render_soffice(path, blocks, opts=None):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "src.docx")
        render_docx(src, blocks, opts)
        env = dict(os.environ, HOME=td)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof",
                        "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=180)
        shutil.move(os.path.join(td, "src.pdf"), path)


# ---------------------------------------------------------------- TXT
def render_txt(path, text, encoding="utf-8", crlf=False):
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


EXT = {"pdf": "pdf", "merged": "pdf", "soffice": "pdf", "docx": "docx", "txt": "txt"}


def toml_value(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
    if isinstance(v, list): return "[" + ", ".join(toml_value(x) for x in v) + "]"
    raise TypeError(v)


ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def label_toml(label, parts=None):
    lines = []
    for k in ORDER:
        if k in label and label[k] is not None:
            lines.append(f"{k} = {toml_value(label[k])}")
    extra = set(label) - set(ORDER)
    if extra: raise ValueError(f"unknown label keys {extra}")
    for p in parts or []:
        lines.append(""); lines.append("[[part]]")
        for k in ["kinds", "date", "author"]:
            if k in p and p[k] is not None:
                lines.append(f"{k} = {toml_value(p[k])}")
    return "\n".join(lines) + "\n"


def build_one(doc, outdir):
    ext = EXT[doc["fmt"]]
    path = os.path.join(outdir, f"{doc['id']}.{ext}")
    for e in ("pdf", "docx", "txt"):
        old = os.path.join(outdir, f"{doc['id']}.{e}")
        if os.path.exists(old) and old != path: os.remove(old)
    f = doc["fmt"]; opts = doc.get("opts", {})
    if f == "pdf": render_pdf(path, doc["blocks"], opts)
    elif f == "docx": render_docx(path, doc["blocks"], opts)
    elif f == "soffice": render_soffice(path, doc["blocks"], opts)
    elif f == "merged": render_merged(path, doc["parts"])
    elif f == "txt": render_txt(path, doc["text"], doc.get("encoding", "utf-8"), doc.get("crlf", False))
    parts = [p["label"] for p in doc["parts"]] if f == "merged" else None
    with open(os.path.join(outdir, f"{doc['id']}.toml"), "w", encoding="utf-8") as fh:
        fh.write(label_toml(doc["label"], parts))
    return path


def L(kinds, date, author, language, style, imaging, operated, abroad, notes, rq=None, also=None):
    """Compact label constructor."""
    d = {"kinds": kinds, "author": author, "language": language, "style": style,
         "imaging_done": imaging, "operated": operated, "treated_abroad": abroad, "notes": notes}
    if date: d["date"] = date
    if also: d["also_dates"] = also
    if rq is not None: d["referral_question"] = rq
    return d
