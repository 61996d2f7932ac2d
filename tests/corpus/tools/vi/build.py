#!/usr/bin/env python3
"""Render the vi-corpus: 64 synthetic dossier documents plus their .toml labels.

All patients, doctors, staff and numbers are invented. Texts live in docs_*.py next to this
file; this script only renders them:
  * PDF  with reportlab (canvas level, so that labels and values are separate text runs),
  * DOCX with python-docx (tables, headers/footers, page fields),
  * TXT  as plain files (some CRLF, one windows-1252).
Output: ../docs/<stem>.<ext> and ../docs/<stem>.toml
"""
import io
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", "docs"))
sys.path.insert(0, HERE)

# --------------------------------------------------------------------------------------------
# text helpers
_FALLBACK = {
    "\u0131": "i", "\u015f": "s", "\u015e": "S", "\u011f": "g", "\u011e": "G", "\u0130": "I",
    "\u2265": ">=", "\u2264": "<=", "\u2192": "->", "\u2713": "X", "\u2610": "[ ]", "\u2612": "[X]",
    "\u2212": "-", "\u00a0": " ",
}


def pdf_safe(s):
    """Standard PDF fonts use WinAnsi (cp1252); replace what it cannot encode."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_FALLBACK.get(ch, "?"))
    return "".join(out)


FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


# --------------------------------------------------------------------------------------------
# PDF rendering
class PdfRenderer:
    W, H = A4

    def __init__(self, c, total_pages, fax=None):
        self.c = c
        self.page = 0            # page number in the whole file
        self.total = total_pages
        self.fax = fax
        self.part_page = 0
        self.part_total = 0

    # ---- page handling
    def start_part(self, opts, part_total):
        self.opts = opts
        fam = FONTS[opts.get("font", "helv")]
        self.fr, self.fb, self.fi = fam
        self.size = opts.get("size", 10)
        self.lead = self.size * 1.32
        self.x0 = opts.get("margin_left", 22) * mm
        self.x1 = self.W - opts.get("margin_right", 20) * mm
        self.top = self.H - opts.get("margin_top", 18) * mm
        self.bottom = opts.get("margin_bottom", 22) * mm
        self.part_page = 0
        self.part_total = part_total
        self.new_page(first=True)

    def new_page(self, first=False):
        if self.page > 0:
            self.c.showPage()
        self.page += 1
        self.part_page += 1
        self.y = self.top
        o = self.opts
        if self.fax:
            self.c.setFont("Courier", 8)
            self.c.drawString(12 * mm, self.H - 8 * mm,
                              pdf_safe(self.fax.format(page=self.page, pages=self.total)))
            if first is not None:
                self.y = min(self.y, self.H - 16 * mm)
        hdr = o.get("header")
        if hdr and (o.get("header_first", False) or self.part_page > 1):
            self.c.setFont(self.fr, 8)
            yy = self.H - 12 * mm
            for line in hdr:
                self.c.drawString(self.x0, yy, pdf_safe(self.fmt(line)))
                yy -= 9.5
            self.c.setStrokeColor(colors.grey)
            self.c.line(self.x0, yy + 4, self.x1, yy + 4)
            self.c.setStrokeColor(colors.black)
            self.y = min(self.y, yy - 10)
        ftr = o.get("footer")
        if ftr:
            self.c.setFont(self.fr, 7.5)
            yy = 12 * mm
            for line in reversed(ftr):
                txt = pdf_safe(self.fmt(line))
                if o.get("footer_center"):
                    self.c.drawCentredString(self.W / 2, yy, txt)
                else:
                    self.c.drawString(self.x0, yy, txt)
                yy += 9
        pn = o.get("pageno")
        if pn:
            self.c.setFont(self.fr, 8)
            self.c.drawRightString(self.x1, 12 * mm, pdf_safe(self.fmt(pn)))
        if o.get("scan_look"):
            # faint skewed border and punch holes, imitating a scanned page (vector only)
            self.c.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
            self.c.circle(8 * mm, self.H / 2 + 40 * mm, 2.5 * mm)
            self.c.circle(8 * mm, self.H / 2 - 40 * mm, 2.5 * mm)
            self.c.setStrokeColor(colors.black)

    def fmt(self, s):
        return s.format(page=self.part_page, pages=self.part_total,
                        fpage=self.page, fpages=self.total)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    # ---- primitives
    def text_line(self, x, txt, font=None, size=None, right=False, center=False):
        font = font or self.fr
        size = size or self.size
        self.c.setFont(font, size)
        txt = pdf_safe(txt)
        if right:
            self.c.drawRightString(x, self.y, txt)
        elif center:
            self.c.drawCentredString(x, self.y, txt)
        else:
            self.c.drawString(x, self.y, txt)

    def wrap(self, txt, font, size, width):
        lines = []
        for para in txt.split("\n"):
            if not para.strip():
                lines.append("")
                continue
            lines.extend(simpleSplit(pdf_safe(para), font, size, width))
        return lines

    def para(self, txt, font=None, size=None, x=None, width=None, lead=None, after=None):
        font = font or self.fr
        size = size or self.size
        x = self.x0 if x is None else x
        width = width or (self.x1 - x)
        lead = lead or size * 1.32
        for line in self.wrap(txt, font, size, width):
            self.need(lead)
            self.y -= lead
            if line:
                self.c.setFont(font, size)
                self.c.drawString(x, self.y, line)
        self.y -= (size * 0.55 if after is None else after)

    # ---- blocks
    def block(self, b):
        args = list(b[1:])
        kw = args.pop() if args and isinstance(args[-1], dict) else {}
        getattr(self, "b_" + b[0].replace("-", "_"))(*args, **kw)

    def b_logo(self, initials, x_mm=None, w_mm=26, h_mm=14):
        """A letterhead 'image': vector shapes only, no extractable text (like a scanned logo)."""
        x = self.x0 if x_mm is None else x_mm * mm
        self.c.setFillColor(colors.Color(0.15, 0.35, 0.6))
        self.c.roundRect(x, self.y - h_mm * mm, w_mm * mm, h_mm * mm, 3, fill=1, stroke=0)
        self.c.setFillColor(colors.white)
        # draw initials as thick strokes (not text) so no text is extracted
        self.c.setStrokeColor(colors.white)
        self.c.setLineWidth(2)
        for i in range(len(initials)):
            xx = x + 5 * mm + i * 6 * mm
            self.c.line(xx, self.y - 4 * mm, xx + 3 * mm, self.y - (h_mm - 4) * mm)
        self.c.setLineWidth(1)
        self.c.setStrokeColor(colors.black)
        self.c.setFillColor(colors.black)
        if x_mm is None or x_mm * mm < self.W / 2:
            pass
        self.logo_h = h_mm * mm

    def b_lh(self, lines, align="left", big=True, gap=4):
        """Letterhead lines; first line bold/bigger."""
        for i, line in enumerate(lines):
            size = (self.size + 4 if big else self.size + 1) if i == 0 else self.size - 1.5
            font = self.fb if i == 0 else self.fr
            self.need(size * 1.3)
            self.y -= size * 1.3
            if align == "right":
                self.text_line(self.x1, line, font, size, right=True)
            elif align == "center":
                self.text_line((self.x0 + self.x1) / 2, line, font, size, center=True)
            else:
                self.text_line(self.x0, line, font, size)
        self.y -= gap * mm

    def b_lh2(self, left, right):
        """Two-column letterhead: left block and right block drawn side by side."""
        y0 = self.y
        n = max(len(left), len(right))
        for i in range(n):
            size = self.size + 3 if i == 0 else self.size - 1.5
            font = self.fb if i == 0 else self.fr
            self.y -= size * 1.3
            if i < len(left) and i < len(right):
                wl = stringWidth(pdf_safe(left[i]), font, size)
                wr = stringWidth(pdf_safe(right[i]), self.fb if i == 0 else self.fr, size)
                if self.x0 + wl + wr + 4 * mm > self.x1:
                    CheckedCanvas.problems.append(f"letterhead columns collide: {left[i]!r} / {right[i]!r}")
            if i < len(left):
                self.text_line(self.x0, left[i], font, size)
            if i < len(right):
                self.text_line(self.x1, right[i], self.fr if i else self.fb, size if i == 0 else self.size - 1.5, right=True)
        self.y -= 4 * mm

    def b_addr(self, lines, x_mm=None):
        x = self.x0 if x_mm is None else x_mm * mm
        for line in lines:
            self.need(self.lead)
            self.y -= self.lead
            self.text_line(x, line)
        self.y -= 3 * mm

    def b_addr_meta(self, addr, meta, meta_x_mm=118, label_w_mm=28):
        """Addressee at left; label/value pairs at right (separate text runs)."""
        ytop = self.y
        for line in addr:
            if self.x0 + stringWidth(pdf_safe(line), self.fr, self.size) > meta_x_mm * mm - 2 * mm:
                CheckedCanvas.problems.append(f"address line runs into meta column: {line!r}")
            self.y -= self.lead
            self.text_line(self.x0, line)
        yl = self.y
        self.y = ytop
        mx = meta_x_mm * mm
        for lab, val in meta:
            self.y -= self.lead
            self.text_line(mx, lab, self.fb, self.size - 1)
            self.text_line(mx + label_w_mm * mm, val, self.fr, self.size - 1)
        self.y = min(yl, self.y) - 4 * mm

    def b_h1(self, txt, center=False, size=None):
        size = size or self.size + 4
        self.need(size * 2)
        self.y -= size * 1.5
        if center:
            self.text_line((self.x0 + self.x1) / 2, txt, self.fb, size, center=True)
        else:
            self.text_line(self.x0, txt, self.fb, size)
        self.y -= size * 0.5

    def b_h2(self, txt, underline=False):
        size = self.size + 1
        self.need(size * 3)
        self.y -= size * 1.5
        self.text_line(self.x0, txt, self.fb, size)
        if underline:
            self.c.line(self.x0, self.y - 2, self.x0 + stringWidth(pdf_safe(txt), self.fb, size), self.y - 2)
        self.y -= 2

    def b_p(self, txt, indent_mm=0):
        self.para(txt, x=self.x0 + indent_mm * mm)

    def b_pi(self, txt):
        self.para(txt, font=self.fi)

    def b_small(self, txt):
        self.c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        self.para(txt, size=self.size - 2.5)
        self.c.setFillColor(colors.black)

    def b_sp(self, h_mm=4):
        self.y -= h_mm * mm

    def b_pb(self):
        self.new_page()

    def b_rule(self):
        self.need(6)
        self.y -= 4
        self.c.setStrokeColor(colors.grey)
        self.c.line(self.x0, self.y, self.x1, self.y)
        self.c.setStrokeColor(colors.black)
        self.y -= 4

    def b_sig(self, lines, gap_mm=12):
        self.need(gap_mm * mm + self.lead * len(lines))
        self.y -= gap_mm * mm
        for line in lines:
            self.y -= self.lead
            self.text_line(self.x0, line)
        self.y -= 2 * mm

    def b_pre(self, txt, size=8.6):
        lead = size * 1.25
        for line in txt.split("\n"):
            self.need(lead)
            self.y -= lead
            self.c.setFont("Courier", size)
            self.c.drawString(self.x0, self.y, pdf_safe(line))
        self.y -= 3

    def b_kv(self, pairs, label_w_mm=45, colon=False, label_font=None, mode=None):
        """Two-column form: label run at left, value run(s) wrapped at right."""
        lw = label_w_mm * mm
        vx = self.x0 + lw
        lf = {"bold": self.fb, "regular": self.fr, "italic": self.fi}.get(label_font or "bold")
        for lab, val in pairs:
            vlines = self.wrap(val, self.fr, self.size, self.x1 - vx) or [""]
            llines = self.wrap(lab + (":" if colon and lab else ""), lf, self.size, lw - 3 * mm) or [""]
            n = max(len(vlines), len(llines))
            self.need(self.lead * min(n, 3))
            for i in range(n):
                if i > 0:
                    self.need(self.lead)
                self.y -= self.lead
                if i < len(llines) and llines[i]:
                    self.c.setFont(lf, self.size)
                    self.c.drawString(self.x0, self.y, llines[i])
                if i < len(vlines) and vlines[i]:
                    self.c.setFont(self.fr, self.size)
                    self.c.drawString(vx, self.y, vlines[i])
            self.y -= self.size * 0.35
        self.y -= 2 * mm

    def b_kvstack(self, pairs):
        """Bold label on its own line, value below (another Zorgdomein print layout)."""
        for lab, val in pairs:
            self.need(self.lead * 2.5)
            self.y -= self.lead * 1.1
            self.text_line(self.x0, lab, self.fb)
            self.para(val, after=self.size * 0.3)

    def _table(self, rows, widths_mm, header=True, shade_first_col=False, size=None, pad=2.2):
        size = size or self.size - 0.5
        lead = size * 1.28
        total_w = self.x1 - self.x0
        if widths_mm is None:
            widths = [total_w / len(rows[0])] * len(rows[0])
        else:
            scale = total_w / (sum(widths_mm) * mm)
            widths = [w * mm * scale for w in widths_mm]
        for ri, row in enumerate(rows):
            is_head = header and ri == 0
            cells = []
            for ci, cell in enumerate(row):
                font = self.fb if (is_head or (shade_first_col and ci == 0)) else self.fr
                cells.append((font, self.wrap(str(cell), font, size, widths[ci] - 2 * pad) or [""]))
            h = max(len(cl) for _, cl in cells) * lead + 2 * pad
            if self.y - h < self.bottom:
                self.new_page()
            x = self.x0
            for ci, (font, cl) in enumerate(cells):
                if is_head or (shade_first_col and ci == 0):
                    self.c.setFillColor(colors.Color(0.88, 0.88, 0.88))
                    self.c.rect(x, self.y - h, widths[ci], h, fill=1, stroke=0)
                    self.c.setFillColor(colors.black)
                self.c.setStrokeColor(colors.Color(0.45, 0.45, 0.45))
                self.c.rect(x, self.y - h, widths[ci], h, fill=0, stroke=1)
                yy = self.y - pad
                for line in cl:
                    yy -= lead
                    self.c.setFont(font, size)
                    self.c.drawString(x + pad, yy + 2, line)
                x += widths[ci]
            self.c.setStrokeColor(colors.black)
            self.y -= h
        self.y -= 3 * mm

    def b_table(self, rows, widths_mm=None, header=True, size=None):
        self._table(rows, widths_mm, header=header, size=size)

    def b_kvgrid(self, pairs, widths_mm=(45, 125)):
        self._table([list(p) for p in pairs], list(widths_mm), header=False, shade_first_col=True)

    def b_cols(self, left, right, split=0.5):
        """Two independent text columns (e.g. a form printed in two columns)."""
        ytop = self.y
        mid = self.x0 + (self.x1 - self.x0) * split
        for line in self.wrap(left, self.fr, self.size, mid - self.x0 - 5 * mm):
            self.y -= self.lead
            self.c.setFont(self.fr, self.size)
            self.c.drawString(self.x0, self.y, line)
        yl = self.y
        self.y = ytop
        for line in self.wrap(right, self.fr, self.size, self.x1 - mid):
            self.y -= self.lead
            self.c.setFont(self.fr, self.size)
            self.c.drawString(mid, self.y, line)
        self.y = min(yl, self.y) - 3 * mm

    def b_stamp(self, lines):
        """Rubber stamp-like framed box at the right."""
        w = 62 * mm
        h = (len(lines) + 1) * self.lead
        self.need(h + 4)
        x = self.x1 - w
        self.c.setStrokeColor(colors.Color(0.2, 0.2, 0.6))
        self.c.rect(x, self.y - h, w, h)
        yy = self.y
        for line in lines:
            yy -= self.lead
            self.c.setFont(self.fb, self.size - 1.5)
            self.c.drawString(x + 3 * mm, yy, pdf_safe(line))
        self.c.setStrokeColor(colors.black)
        self.y -= h + 3 * mm


class CheckedCanvas(canvas.Canvas):
    """Canvas that records text running off the page (layout QA, reported by build)."""
    problems = []

    def _chk(self, x0, x1, text):
        if x0 < 6 * mm or x1 > A4[0] - 6 * mm:
            CheckedCanvas.problems.append(f"text off page ({x0/mm:.0f}-{x1/mm:.0f} mm): {text[:50]!r}")

    def drawString(self, x, y, text, *a, **k):
        self._chk(x, x + stringWidth(text, self._fontname, self._fontsize), text)
        return super().drawString(x, y, text, *a, **k)

    def drawRightString(self, x, y, text, *a, **k):
        self._chk(x - stringWidth(text, self._fontname, self._fontsize), x, text)
        return super().drawRightString(x, y, text, *a, **k)


def render_pdf(path, spec):
    parts = spec.get("parts") or [spec]
    fax = spec.get("fax")

    def run(c, totals, per_part):
        r = PdfRenderer(c, totals, fax=fax)
        counts = []
        for i, part in enumerate(parts):
            before = r.page
            r.start_part(part.get("opts", {}), per_part[i] if per_part else 0)
            for b in part["blocks"]:
                r.block(b)
            counts.append(r.page - before)
        c.showPage()
        c.save()
        return r.page, counts

    buf = io.BytesIO()
    total, counts = run(canvas.Canvas(buf, pagesize=A4), 0, None)
    c = CheckedCanvas(path, pagesize=A4, pageCompression=1)
    meta = spec.get("meta", {})
    c.setTitle(meta.get("title", ""))
    c.setAuthor(meta.get("author", ""))
    c.setCreator(meta.get("creator", "reportlab"))
    c.setProducer(meta.get("producer", "ReportLab PDF Library"))
    run(c, total, counts)


# --------------------------------------------------------------------------------------------
# DOCX rendering
def _shade(cell, hexcolor="E0E0E0"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    # keep the schema order of w:tblPr children (tblBorders comes before shd/tblLayout/tblCellMar/tblLook)
    for succ in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"):
        nxt = tblPr.find(qn(succ))
        if nxt is not None:
            nxt.addprevious(borders)
            return
    tblPr.append(borders)


def _field(paragraph, instr):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(s)
    run._r.append(v)
    run._r.append(e)


def _fill_hf(container, lines, fields_line=None, size=8, align=None):
    p = container.paragraphs[0]
    first = True
    for line in lines:
        if not first:
            p = container.add_paragraph()
        first = False
        if "{PAGE}" in line or "{NUMPAGES}" in line:
            chunks = line.replace("{NUMPAGES}", "\x00NUMPAGES\x00").replace("{PAGE}", "\x00PAGE\x00").split("\x00")
            for ch in chunks:
                if ch in ("PAGE", "NUMPAGES"):
                    _field(p, ch)
                elif ch:
                    r = p.add_run(ch)
                    r.font.size = Pt(size)
        else:
            r = p.add_run(line)
            r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


class DocxRenderer:
    def __init__(self, opts):
        self.d = docx.Document()
        self.opts = opts
        st = self.d.styles["Normal"]
        st.font.name = opts.get("font", "Calibri")
        st.element.rPr.rFonts.set(qn("w:eastAsia"), opts.get("font", "Calibri"))
        st.font.size = Pt(opts.get("size", 10.5))
        st.paragraph_format.space_after = Pt(opts.get("space_after", 4))
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = Mm(opts.get("margin_left", 25))
        sec.right_margin = Mm(opts.get("margin_right", 20))
        sec.top_margin = Mm(opts.get("margin_top", 20))
        if opts.get("header"):
            _fill_hf(sec.header, opts["header"], size=opts.get("header_size", 8),
                     align=opts.get("header_align"))
        if opts.get("footer"):
            _fill_hf(sec.footer, opts["footer"], size=7.5, align=opts.get("footer_align"))
        if opts.get("different_first"):
            sec.different_first_page_header_footer = True
        cp = self.d.core_properties
        meta = opts.get("meta", {})
        cp.title = meta.get("title", "")
        cp.author = meta.get("author", "")
        cp.last_modified_by = meta.get("author", "")

    def para(self, txt="", bold=False, size=None, align=None, italic=False, space_after=None, font=None,
             color=None):
        p = self.d.add_paragraph()
        lines = txt.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if i < len(lines) - 1:
                r.add_break()
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def block(self, b):
        args = list(b[1:])
        kw = args.pop() if args and isinstance(args[-1], dict) else {}
        getattr(self, "b_" + b[0].replace("-", "_"))(*args, **kw)

    def b_logo(self, *a, **k):
        pass  # DOCX letterheads here are text

    def b_lh(self, lines, align="left", big=True, gap=4):
        for i, line in enumerate(lines):
            self.para(line, bold=(i == 0), size=(14 if big else 11.5) if i == 0 else 8.5, align=align,
                      space_after=0)
        self.para("", space_after=gap)

    def b_lh2(self, left, right):
        t = self.d.add_table(rows=1, cols=2)
        _no_borders(t)
        for ci, lines in enumerate((left, right)):
            cell = t.rows[0].cells[ci]
            for i, line in enumerate(lines):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(12 if i == 0 else 8.5)
                p.paragraph_format.space_after = Pt(0)
                if ci == 1:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.para("", space_after=4)

    def b_addr(self, lines, x_mm=None):
        for line in lines:
            self.para(line, space_after=0)
        self.para("")

    def b_addr_meta(self, addr, meta, meta_x_mm=None, label_w_mm=None):
        t = self.d.add_table(rows=1, cols=2)
        _no_borders(t)
        c0, c1 = t.rows[0].cells
        for i, line in enumerate(addr):
            p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
            p.add_run(line)
            p.paragraph_format.space_after = Pt(0)
        for i, (lab, val) in enumerate(meta):
            p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
            r = p.add_run(lab + "\t")
            r.bold = True
            r.font.size = Pt(9)
            r2 = p.add_run(val)
            r2.font.size = Pt(9)
            p.paragraph_format.space_after = Pt(0)
        self.para("")

    def b_h1(self, txt, center=False, size=None):
        if self.opts.get("word_headings"):
            h = self.d.add_heading(txt, level=1)
            if center:
                h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            self.para(txt, bold=True, size=size or 14, align="center" if center else None, space_after=8)

    def b_h2(self, txt, underline=False):
        if self.opts.get("word_headings"):
            self.d.add_heading(txt, level=2)
        else:
            p = self.para(txt, bold=True, size=11, space_after=2)
            if underline:
                p.runs[0].underline = True

    def b_p(self, txt, indent_mm=0):
        p = self.para(txt)
        if indent_mm:
            p.paragraph_format.left_indent = Mm(indent_mm)

    def b_pi(self, txt):
        self.para(txt, italic=True)

    def b_small(self, txt):
        self.para(txt, size=7.5, color="555555")

    def b_sp(self, h_mm=4):
        self.para("", space_after=h_mm)

    def b_pb(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def b_rule(self):
        p = self.d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        bottom.set(qn("w:val"), "single")
        bottom.set(qn("w:sz"), "6")
        bottom.set(qn("w:space"), "1")
        bottom.set(qn("w:color"), "808080")
        bdr.append(bottom)
        pPr.append(bdr)

    def b_sig(self, lines, gap_mm=12):
        self.para("", space_after=gap_mm)
        for line in lines:
            self.para(line, space_after=0)

    def b_pre(self, txt, size=8.5):
        for line in txt.split("\n"):
            self.para(line, font="Courier New", size=size, space_after=0)

    def b_kv(self, pairs, label_w_mm=45, colon=False, label_font=None, mode=None):
        mode = mode or self.opts.get("kv_mode", "table")
        if mode == "tabs":
            for lab, val in pairs:
                p = self.d.add_paragraph()
                r = p.add_run(lab + (":" if colon and lab else ""))
                r.bold = (label_font or "bold") == "bold"
                p.add_run("\t" + val.replace("\n", " "))
                p.paragraph_format.tab_stops.add_tab_stop(Mm(label_w_mm))
                p.paragraph_format.space_after = Pt(1)
            self.para("")
            return
        t = self.d.add_table(rows=0, cols=2)
        _no_borders(t)
        for lab, val in pairs:
            row = t.add_row()
            c0, c1 = row.cells
            c0.width = Mm(label_w_mm)
            c0.paragraphs[0].add_run(lab + (":" if colon and lab else "")).bold = (label_font or "bold") == "bold"
            for i, line in enumerate(val.split("\n")):
                p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                p.add_run(line)
                p.paragraph_format.space_after = Pt(0)
        self.para("")

    def b_kvstack(self, pairs):
        for lab, val in pairs:
            self.para(lab, bold=True, space_after=0)
            self.para(val)

    def b_table(self, rows, widths_mm=None, header=True, size=None):
        t = self.d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                lines = str(val).split("\n")
                for li, line in enumerate(lines):
                    p = cells[ci].paragraphs[0] if li == 0 else cells[ci].add_paragraph()
                    r = p.add_run(line)
                    r.font.size = Pt(size or 9)
                    r.bold = header and ri == 0
                    p.paragraph_format.space_after = Pt(0)
                if header and ri == 0:
                    _shade(cells[ci])
                if widths_mm:
                    cells[ci].width = Mm(widths_mm[ci])
        self.para("")

    def b_kvgrid(self, pairs, widths_mm=(45, 125)):
        t = self.d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in pairs:
            c0, c1 = t.add_row().cells
            c0.width, c1.width = Mm(widths_mm[0]), Mm(widths_mm[1])
            c0.paragraphs[0].add_run(lab).bold = True
            _shade(c0, "EDEDED")
            for i, line in enumerate(val.split("\n")):
                p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                p.add_run(line)
                p.paragraph_format.space_after = Pt(0)
        self.para("")

    def b_cols(self, left, right, split=0.5):
        t = self.d.add_table(rows=1, cols=2)
        _no_borders(t)
        for ci, txt in enumerate((left, right)):
            cell = t.rows[0].cells[ci]
            for i, line in enumerate(txt.split("\n")):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                p.add_run(line)
                p.paragraph_format.space_after = Pt(0)
        self.para("")

    def b_sidebar(self, side_lines, body_blocks, side_w_mm=45):
        """Left narrow column with contact data, right column with the letter body (a table)."""
        t = self.d.add_table(rows=1, cols=2)
        _no_borders(t)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Mm(side_w_mm), Mm(165 - side_w_mm)
        for i, line in enumerate(side_lines):
            p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(8)
            r.bold = line.endswith(":") or line.isupper()
            p.paragraph_format.space_after = Pt(0)
        first = True
        for kind, *args in body_blocks:
            txt = args[0]
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            first = False
            r = p.add_run(txt)
            r.bold = kind == "h2"
            p.paragraph_format.space_after = Pt(0 if kind == "h2" else 5)
        self.para("")

    def b_stamp(self, lines):
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = True
            r.font.size = Pt(8.5)
            p.paragraph_format.space_after = Pt(0)
        self.para("")

    def save(self, path):
        self.d.save(path)


def render_docx(path, spec):
    r = DocxRenderer(spec.get("opts", {}))
    for b in spec["blocks"]:
        r.block(b)
    r.save(path)


# PdfRenderer gets a simple sidebar too (used rarely)
def _pdf_sidebar(self, side_lines, body_blocks, side_w_mm=45):
    ytop = self.y
    for line in side_lines:
        self.y -= self.lead * 0.9
        self.text_line(self.x0, line, self.fb if line.endswith(":") else self.fr, self.size - 2)
    self.y = ytop
    x = self.x0 + side_w_mm * mm
    for kind, txt in body_blocks:
        if kind == "h2":
            self.y -= self.lead * 1.2
            self.text_line(x, txt, self.fb)
        else:
            self.para(txt, x=x)


PdfRenderer.b_sidebar = _pdf_sidebar


# --------------------------------------------------------------------------------------------
# labels
KEY_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
             "imaging_done", "operated", "treated_abroad", "notes"]


def toml_str(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + s + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(toml_val(x) for x in v) + "]"
    if isinstance(v, int):
        return str(v)
    return toml_str(str(v))


def write_label(path, label):
    lines = []
    for k in KEY_ORDER:
        if k in label and label[k] is not None:
            lines.append(f"{k} = {toml_val(label[k])}")
    extra = set(label) - set(KEY_ORDER) - {"parts"}
    if extra:
        raise ValueError(f"{path}: unknown label keys {extra}")
    for part in label.get("parts", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in part and part[k] is not None:
                lines.append(f"{k} = {toml_val(part[k])}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------------------------
def all_docs():
    import docs_a, docs_b, docs_c, docs_d
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    docs.sort(key=lambda d: d["stem"])
    return docs


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith("vi-"):
            os.remove(os.path.join(OUT, fn))
    docs = all_docs()
    stems = [d["stem"] for d in docs]
    if len(stems) != len(set(stems)):
        raise SystemExit("duplicate stems")
    for d in docs:
        stem, fmt = d["stem"], d["fmt"]
        path = os.path.join(OUT, f"{stem}.{fmt}")
        if fmt == "pdf":
            CheckedCanvas.problems = []
            render_pdf(path, d["spec"])
            for p in sorted(set(CheckedCanvas.problems)):
                print(f"build: layout warning {stem}: {p}")
        elif fmt == "docx":
            render_docx(path, d["spec"])
        elif fmt == "txt":
            text = d["text"].lstrip("\n")
            enc = d.get("encoding", "utf-8")
            nl = d.get("newline", "\n")
            with open(path, "w", encoding=enc, newline=nl) as f:
                f.write(text)
        else:
            raise SystemExit(f"{stem}: unknown format {fmt}")
        write_label(os.path.join(OUT, f"{stem}.toml"), d["label"])
    print(f"build: wrote {len(docs)} documents and labels to {OUT}")


if __name__ == "__main__":
    main()
