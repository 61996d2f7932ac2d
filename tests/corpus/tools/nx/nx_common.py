"""Shared renderers for the nx- corpus documents (reportlab PDF, python-docx, text, LibreOffice PDF).

A document is a list of blocks:
  ("lh", [left lines], [right lines])   letterhead: first left line bold
  ("title", text)                        big bold title
  ("h", text)                            bold heading
  ("p", text)                            paragraph ("\n" = line break)
  ("sec", heading, text)                 bold heading followed by paragraph
  ("inl", label, text)                   "Label: text" with bold label in the same paragraph
  ("kv", [(label, value), ...], cols)    label/value table, cols = 1 or 2 pairs per row
  ("table", rows, widths or None)        grid table, first row is header
  ("addr", [lines])                      addressee block
  ("sp",)                                spacer
  ("small", text)                        small print
  ("pb",)                                page break
  ("rule",)                              horizontal line
Running header/footer strings may contain {page} and {total}.
"""
import os, subprocess, tempfile, shutil
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, "..", "..", "docs"))

# ---------------------------------------------------------------- PDF (reportlab)
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, HRFlowable)
from reportlab.pdfgen import canvas as rl_canvas


def _st(font="Helvetica", size=9.5, lead=None, bold=False):
    f = font + ("-Bold" if bold else "")
    return ParagraphStyle("x", fontName=f, fontSize=size, leading=lead or size * 1.3)


def _esc(t):
    return escape(t).replace("\n", "<br/>")


def _make_canvas(header, footer, fax, font):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                p = self._pageNumber
                w, h = A4
                if fax:
                    self.setFont("Courier", 7.5)
                    self.drawString(12 * mm, h - 8 * mm, fax.format(page=p, total=total))
                if header:
                    self.setFont(font, 7.5)
                    self.drawString(20 * mm, h - 14 * mm, header.format(page=p, total=total))
                if footer:
                    self.setFont(font, 7)
                    for i, line in enumerate(footer.format(page=p, total=total).split("\n")):
                        self.drawString(20 * mm, 12 * mm - i * 9 + (len(footer.split("\n")) - 1) * 9, line)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NC


def _pdf_flow(blocks, font, size):
    N = _st(font, size)
    B = _st(font, size, bold=True)
    S = _st(font, size - 2)
    T = _st(font, size + 4, bold=True)
    H = _st(font, size + 0.5, bold=True)
    out = []
    for b in blocks:
        k = b[0]
        if k == "lh":
            left = "<br/>".join(["<b>%s</b>" % _esc(b[1][0])] + [_esc(x) for x in b[1][1:]])
            right = "<br/>".join(_esc(x) for x in b[2])
            t = Table([[Paragraph(left, _st(font, size + 1)), Paragraph(right, S)]],
                      colWidths=[105 * mm, 65 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.grey)]))
            out += [t, Spacer(1, 5 * mm)]
        elif k == "title":
            out += [Paragraph(_esc(b[1]), T), Spacer(1, 3 * mm)]
        elif k == "h":
            out += [Spacer(1, 2 * mm), Paragraph(_esc(b[1]), H)]
        elif k == "p":
            out += [Paragraph(_esc(b[1]), N), Spacer(1, 1.5 * mm)]
        elif k == "sec":
            out += [Spacer(1, 1.5 * mm), Paragraph(_esc(b[1]), B), Paragraph(_esc(b[2]), N), Spacer(1, 1 * mm)]
        elif k == "inl":
            out += [Paragraph("<b>%s</b> %s" % (_esc(b[1]), _esc(b[2])), N), Spacer(1, 1 * mm)]
        elif k == "kv":
            cols = b[2] if len(b) > 2 else 1
            pairs = b[1]
            rows = []
            if cols == 1:
                for l, v in pairs:
                    rows.append([Paragraph(_esc(l), B), Paragraph(_esc(v), N)])
                cw = [45 * mm, 125 * mm]
            else:
                for i in range(0, len(pairs), 2):
                    r = []
                    for l, v in pairs[i:i + 2]:
                        r += [Paragraph(_esc(l), B), Paragraph(_esc(v), N)]
                    while len(r) < 4:
                        r.append("")
                    rows.append(r)
                cw = [30 * mm, 55 * mm, 30 * mm, 55 * mm]
            t = Table(rows, colWidths=cw)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
            out += [t, Spacer(1, 2 * mm)]
        elif k == "table":
            rows = [[Paragraph(_esc(c), B if i == 0 else N) for c in r] for i, r in enumerate(b[1])]
            w = b[2] if len(b) > 2 and b[2] else None
            t = Table(rows, colWidths=[x * mm for x in w] if w else None, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out += [t, Spacer(1, 2 * mm)]
        elif k == "addr":
            out += [Paragraph("<br/>".join(_esc(x) for x in b[1]), N), Spacer(1, 5 * mm)]
        elif k == "sp":
            out.append(Spacer(1, 5 * mm))
        elif k == "small":
            out += [Spacer(1, 2 * mm), Paragraph(_esc(b[1]), S)]
        elif k == "pb":
            out.append(PageBreak())
        elif k == "rule":
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey))
        else:
            raise ValueError(k)
    return out


def render_pdf(path, blocks, header=None, footer=None, fax=None, font="Helvetica", size=9.5):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm)
    doc.build(_pdf_flow(blocks, font, size), canvasmaker=_make_canvas(header, footer, fax, font))


# ---------------------------------------------------------------- DOCX
import docx
from docx.shared import Pt, Mm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _fld(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


def _hf_text(par, text):
    # supports {page} and {total} as fields
    import re
    for piece in re.split(r"(\{page\}|\{total\})", text):
        if piece == "{page}":
            _fld(par, "PAGE")
        elif piece == "{total}":
            _fld(par, "NUMPAGES")
        elif piece:
            par.add_run(piece)


def render_docx(path, blocks, header=None, footer=None, fax=None, font="Calibri", size=10):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    if header or fax:
        hp = sec.header.paragraphs[0]
        _hf_text(hp, (fax + "\n" if fax else "") + (header or ""))
        for r in hp.runs:
            r.font.size = Pt(7.5)
    if footer:
        fp = sec.footer.paragraphs[0]
        _hf_text(fp, footer)
        for r in fp.runs:
            r.font.size = Pt(7)
    first = True
    for b in blocks:
        k = b[0]
        if k == "lh":
            # letterhead in the document header (as real templates do) when no running header
            t = d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.paragraphs[0].add_run(b[1][0]).bold = True
            for x in b[1][1:]:
                c0.add_paragraph(x)
            c1.paragraphs[0].add_run(b[2][0] if b[2] else "")
            for x in b[2][1:]:
                c1.add_paragraph(x)
            for c in (c1,):
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(8)
            d.add_paragraph()
        elif k == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 4)
        elif k == "h":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "sec":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
            d.add_paragraph(b[2])
        elif k == "inl":
            p = d.add_paragraph(); p.add_run(b[1] + " ").bold = True; p.add_run(b[2])
        elif k == "kv":
            cols = b[2] if len(b) > 2 else 1
            pairs = b[1]
            nrows = (len(pairs) + cols - 1) // cols
            t = d.add_table(rows=nrows, cols=2 * cols)
            for i, (l, v) in enumerate(pairs):
                r, c = divmod(i, cols)
                cl = t.cell(r, 2 * c); cl.paragraphs[0].add_run(l).bold = True
                t.cell(r, 2 * c + 1).text = v
            d.add_paragraph()
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    if i == 0:
                        t.cell(i, j).paragraphs[0].add_run(c).bold = True
                    else:
                        t.cell(i, j).text = c
            d.add_paragraph()
        elif k == "addr":
            d.add_paragraph("\n".join(b[1]))
        elif k == "sp":
            d.add_paragraph()
        elif k == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(7.5)
        elif k == "pb":
            d.add_page_break()
        elif k == "rule":
            d.add_paragraph("_" * 60)
        else:
            raise ValueError(k)
    d.save(path)


# ---------------------------------------------------------------- TXT
def render_txt(path, blocks, header=None, footer=None, fax=None, **_):
    L = []
    if fax:
        L.append(fax.format(page=1, total=1))
    if header:
        L.append(header.format(page=1, total=1))
    for b in blocks:
        k = b[0]
        if k == "lh":
            L += b[1] + ["    " + x for x in b[2]] + [""]
        elif k == "title":
            L += [b[1], "=" * min(len(b[1]), 70), ""]
        elif k == "h":
            L += ["", b[1]]
        elif k == "p":
            L += [b[1]]
        elif k == "sec":
            L += ["", b[1] + ":", b[2]]
        elif k == "inl":
            L += [b[1] + " " + b[2]]
        elif k == "kv":
            w = max(len(l) for l, _ in b[1]) + 2
            for l, v in b[1]:
                vs = v.split("\n")
                L.append((l + ":").ljust(w) + " " + vs[0])
                L += [" " * (w + 1) + x for x in vs[1:]]
            L.append("")
        elif k == "table":
            rows = b[1]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for i, r in enumerate(rows):
                L.append(" | ".join(c.ljust(ws[j]) for j, c in enumerate(r)).rstrip())
                if i == 0:
                    L.append("-+-".join("-" * x for x in ws))
            L.append("")
        elif k == "addr":
            L += b[1] + [""]
        elif k == "sp":
            L.append("")
        elif k == "small":
            L += ["", b[1]]
        elif k == "pb":
            L += ["", "-" * 70, ""]
        elif k == "rule":
            L.append("-" * 70)
    if footer:
        L += ["", footer.format(page=1, total=1)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def render_lo_pdf(path, blocks, **kw):
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(path))[0]
    dp = os.path.join(tmp, base + ".docx")
    render_docx(dp, blocks, **kw)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, dp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, base + ".pdf"), path)
    shutil.rmtree(tmp)


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "lo": render_lo_pdf}
EXT = {"pdf": "pdf", "docx": "docx", "txt": "txt", "lo": "pdf"}


# ---------------------------------------------------------------- labels
def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _list(xs):
    return "[" + ", ".join(_q(x) for x in xs) + "]"


def label_toml(lb):
    L = ["kinds = " + _list(lb["kinds"])]
    if lb.get("date"):
        L.append("date = " + _q(lb["date"]))
    if lb.get("also_dates"):
        L.append("also_dates = " + _list(lb["also_dates"]))
    L.append("author = " + _q(lb["author"]))
    L.append("language = " + _q(lb["language"]))
    L.append("style = " + _q(lb["style"]))
    if "referral" in lb["kinds"]:
        L.append("referral_question = " + ("true" if lb["referral_question"] else "false"))
    for f in ("imaging_done", "operated", "treated_abroad"):
        L.append("%s = %s" % (f, _q(lb.get(f, "unmentioned"))))
    L.append("notes = " + _q(lb.get("notes", "")))
    for p in lb.get("parts", []):
        L += ["", "[[part]]", "kinds = " + _list(p["kinds"])]
        if p.get("date"):
            L.append("date = " + _q(p["date"]))
        L.append("author = " + _q(p["author"]))
    return "\n".join(L) + "\n"


def make(stem, fmt, blocks, label, **kw):
    assert stem.startswith("nx-")
    path = os.path.join(DOCS, stem + "." + EXT[fmt])
    RENDER[fmt](path, blocks, **kw)
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write(label_toml(label))
    return path


def make_merged(stem, parts, label):
    """parts: list of (fmt in pdf|lo, blocks, kw). Rendered one by one, joined with pdfunite."""
    tmp = tempfile.mkdtemp()
    files = []
    for i, (fmt, blocks, kw) in enumerate(parts):
        p = os.path.join(tmp, "part%02d.pdf" % i)
        RENDER[fmt](p, blocks, **kw)
        files.append(p)
    out = os.path.join(DOCS, stem + ".pdf")
    subprocess.run(["pdfunite"] + files + [out], check=True)
    shutil.rmtree(tmp)
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write(label_toml(label))
    return out


def lab(kinds, date, author, lang, style, q=None, img="unmentioned", op="unmentioned",
        ab="unmentioned", notes="", also=None, parts=None):
    d = dict(kinds=kinds, date=date, author=author, language=lang, style=style,
             referral_question=q, imaging_done=img, operated=op, treated_abroad=ab, notes=notes)
    if also:
        d["also_dates"] = also
    if parts:
        d["parts"] = [dict(kinds=k, date=dt, author=a) for k, dt, a in parts]
    return d


# ---------------------------------------------------------------- PDF (fpdf2, core fonts)
def _lat(t):
    rep = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
           "\u2265": ">=", "\u2264": "<=", "\u2026": "...", "\u00a0": " "}
    for a, b in rep.items():
        t = t.replace(a, b)
    return t.encode("latin-1", "replace").decode("latin-1")


def render_fpdf(path, blocks, header=None, footer=None, fax=None, font="Helvetica", size=10, **_):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if fax:
                self.set_font("Courier", "", 7)
                self.set_xy(10, 5)
                self.cell(0, 4, _lat(fax.format(page=self.page_no(), total="{nb}")))
            if header:
                self.set_font(font, "", 7.5)
                self.set_xy(20, 10)
                self.cell(0, 4, _lat(header.format(page=self.page_no(), total="{nb}")))
            self.set_xy(20, 20)

        def footer(self):
            if footer:
                self.set_y(-15)
                self.set_font(font, "", 7)
                for line in footer.format(page=self.page_no(), total="{nb}").split("\n"):
                    self.cell(0, 3.5, _lat(line), new_x="LMARGIN", new_y="NEXT")

    pdf = P(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = 170
    for b in blocks:
        k = b[0]
        pdf.set_font(font, "", size)
        if k == "lh":
            y0 = pdf.get_y()
            pdf.set_font(font, "B", size + 2)
            pdf.multi_cell(100, 5.5, _lat(b[1][0]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size - 1)
            for x in b[1][1:]:
                pdf.multi_cell(100, 4.5, _lat(x), new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()
            pdf.set_xy(125, y0)
            pdf.set_font(font, "", size - 2)
            for x in b[2]:
                pdf.set_x(125)
                pdf.multi_cell(65, 4, _lat(x), new_x="LEFT", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()) + 2)
            pdf.line(20, pdf.get_y(), 190, pdf.get_y())
            pdf.ln(5)
        elif k == "title":
            pdf.set_font(font, "B", size + 4)
            pdf.multi_cell(W, 7, _lat(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "h":
            pdf.ln(1.5); pdf.set_font(font, "B", size)
            pdf.multi_cell(W, 5, _lat(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.multi_cell(W, 5, _lat(b[1]), new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif k == "sec":
            pdf.ln(1.5); pdf.set_font(font, "B", size)
            pdf.multi_cell(W, 5, _lat(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", size)
            pdf.multi_cell(W, 5, _lat(b[2]), new_x="LMARGIN", new_y="NEXT")
        elif k == "inl":
            pdf.set_font(font, "B", size); pdf.write(5, _lat(b[1] + " "))
            pdf.set_font(font, "", size); pdf.write(5, _lat(b[2])); pdf.ln(6)
        elif k == "kv":
            for l, v in b[1]:
                y = pdf.get_y()
                pdf.set_font(font, "B", size)
                pdf.multi_cell(50, 5, _lat(l), new_x="RIGHT", new_y="TOP")
                pdf.set_font(font, "", size)
                pdf.set_xy(72, y)
                pdf.multi_cell(W - 52, 5, _lat(v), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "table":
            rows = b[1]
            with pdf.table(col_widths=b[2] if len(b) > 2 and b[2] else None, text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(_lat(c))
            pdf.ln(2)
        elif k == "addr":
            for x in b[1]:
                pdf.cell(W, 5, _lat(x), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif k == "sp":
            pdf.ln(5)
        elif k == "small":
            pdf.ln(2); pdf.set_font(font, "", size - 2.5)
            pdf.multi_cell(W, 3.8, _lat(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif k == "pb":
            pdf.add_page()
        elif k == "rule":
            pdf.line(20, pdf.get_y(), 190, pdf.get_y()); pdf.ln(2)
        else:
            raise ValueError(k)
    pdf.output(path)


RENDER["fpdf"] = render_fpdf
EXT["fpdf"] = "pdf"


def make_raw(stem, text, label):
    """Plain text exactly as given (HIS printouts, e-mails, OCR output)."""
    assert stem.startswith("nx-")
    path = os.path.join(DOCS, stem + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.strip("\n") + "\n")
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write(label_toml(label))
    return path
