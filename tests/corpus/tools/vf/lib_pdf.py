"""reportlab helpers: styles, label/value tables, drawn logos, page numbering,
a small canvas 'typewriter' with hyphenation, and PDF merging."""
import io
import math

from reportlab import rl_config

rl_config.invariant = 1  # reproducible PDFs (fixed dates and ids)

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)

__all__ = ["A4", "LETTER", "mm", "colors", "Paragraph", "Spacer", "Table",
           "TableStyle", "PageBreak", "KeepTogether", "styles", "kv_table",
           "grid_table", "logo", "numbered_canvas", "build", "Typewriter",
           "merge_pdfs", "esc", "TA_LEFT", "TA_RIGHT", "TA_CENTER",
           "stringWidth", "hline"]


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def styles(font="Helvetica", size=10, leading=None, bold=None, italic=None):
    leading = leading or size * 1.3
    bold = bold or {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
                    "Courier": "Courier-Bold"}.get(font, font)
    italic = italic or {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
                        "Courier": "Courier-Oblique"}.get(font, font)
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading)
    s["bodyj"] = ParagraphStyle("bodyj", parent=s["body"], alignment=4)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 2, leading=(size - 2) * 1.25)
    s["tiny"] = ParagraphStyle("tiny", parent=s["body"], fontSize=size - 3, leading=(size - 3) * 1.2)
    s["bold"] = ParagraphStyle("bold", parent=s["body"], fontName=bold)
    s["ital"] = ParagraphStyle("ital", parent=s["body"], fontName=italic)
    s["h1"] = ParagraphStyle("h1", parent=s["body"], fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                             spaceAfter=4)
    s["h2"] = ParagraphStyle("h2", parent=s["body"], fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                             spaceBefore=6, spaceAfter=2)
    s["h3"] = ParagraphStyle("h3", parent=s["body"], fontName=bold, spaceBefore=6, spaceAfter=1)
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["label"] = ParagraphStyle("label", parent=s["body"], fontName=bold)
    s["_bold"] = bold
    s["_font"] = font
    s["_italic"] = italic
    return s


def _p(x, st):
    if isinstance(x, Paragraph) or x is None or not isinstance(x, str):
        return x
    return Paragraph(x, st)


def kv_table(rows, widths, st, label_style=None, grid=False, zebra=None, valign="TOP",
             pad=2, box=False, label_bg=None, line_below=None):
    """rows: list of (label, value) or (label, value, label2, value2)."""
    ls = label_style or st["label"]
    data = []
    for r in rows:
        row = []
        for i, cell in enumerate(r):
            row.append(_p(cell, ls if i % 2 == 0 else st["body"]))
        data.append(row)
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if box:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
    if zebra:
        for i in range(0, len(data), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    if label_bg:
        ncol = max(len(r) for r in data)
        for c in range(0, ncol, 2):
            cmds.append(("BACKGROUND", (c, 0), (c, -1), label_bg))
    if line_below:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, line_below))
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(data, widths, st, header=True, head_bg=colors.HexColor("#dddddd"), fontsize=None,
               grid_color=colors.grey, zebra=None):
    hs = ParagraphStyle("gh", parent=st["body"], fontName=st["_bold"])
    bs = st["body"]
    if fontsize:
        hs = ParagraphStyle("gh2", parent=hs, fontSize=fontsize, leading=fontsize * 1.25)
        bs = ParagraphStyle("gb2", parent=bs, fontSize=fontsize, leading=fontsize * 1.25)
    rows = []
    for i, r in enumerate(data):
        rows.append([_p(c, hs if (header and i == 0) else bs) for c in r])
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, grid_color), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if zebra:
        for i in range(1 if header else 0, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def hline(c, x1, y, x2, w=0.5, color=colors.black):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(w)
    c.line(x1, y, x2, y)
    c.restoreState()


def logo(c, kind, x, y, s=40, col=colors.HexColor("#1d4e89"), col2=colors.HexColor("#7fb3d5")):
    """Draw an invented logo made of shapes; (x, y) is the lower-left corner, s the size."""
    c.saveState()
    if kind == "circles":
        c.setFillColor(col2)
        c.circle(x + s * 0.35, y + s * 0.5, s * 0.33, stroke=0, fill=1)
        c.setFillColor(col)
        c.circle(x + s * 0.65, y + s * 0.5, s * 0.33, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(x + s * 0.5, y + s * 0.5, s * 0.1, stroke=0, fill=1)
    elif kind == "cross":
        c.setFillColor(col)
        c.rect(x + s * 0.35, y, s * 0.3, s, stroke=0, fill=1)
        c.rect(x, y + s * 0.35, s, s * 0.3, stroke=0, fill=1)
        c.setFillColor(col2)
        c.rect(x + s * 0.42, y + s * 0.42, s * 0.16, s * 0.16, stroke=0, fill=1)
    elif kind == "hand":
        c.setFillColor(col)
        # palm
        c.roundRect(x + s * 0.2, y, s * 0.55, s * 0.5, s * 0.1, stroke=0, fill=1)
        # fingers
        for i, h in enumerate([0.78, 0.92, 0.88, 0.7]):
            c.roundRect(x + s * (0.2 + i * 0.14), y + s * 0.35, s * 0.12, s * h - s * 0.35 + s * 0.1,
                        s * 0.06, stroke=0, fill=1)
        # thumb
        p = c.beginPath()
        p.moveTo(x + s * 0.2, y + s * 0.15)
        p.lineTo(x, y + s * 0.45)
        p.lineTo(x + s * 0.1, y + s * 0.52)
        p.lineTo(x + s * 0.25, y + s * 0.35)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(col2)
        c.setLineWidth(2)
        c.circle(x + s * 0.47, y + s * 0.48, s * 0.55, stroke=1, fill=0)
    elif kind == "wave":
        c.setFillColor(col)
        c.rect(x, y, s, s, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(s * 0.06)
        for k in range(3):
            p = c.beginPath()
            yy = y + s * (0.3 + 0.2 * k)
            p.moveTo(x + s * 0.1, yy)
            for i in range(1, 21):
                xx = x + s * 0.1 + s * 0.8 * i / 20
                p.lineTo(xx, yy + s * 0.07 * math.sin(i / 20 * 2 * math.pi))
            c.drawPath(p, stroke=1, fill=0)
    elif kind == "triangle":
        c.setFillColor(col)
        p = c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + s, y)
        p.lineTo(x + s / 2, y + s * 0.87)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(col2)
        p = c.beginPath()
        p.moveTo(x + s * 0.25, y)
        p.lineTo(x + s * 0.75, y)
        p.lineTo(x + s / 2, y + s * 0.43)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif kind == "squares":
        for i in range(3):
            for j in range(3):
                c.setFillColor(col if (i + j) % 2 == 0 else col2)
                c.rect(x + i * s / 3, y + j * s / 3, s / 3 - 1.5, s / 3 - 1.5, stroke=0, fill=1)
    elif kind == "shield":
        c.setFillColor(col)
        p = c.beginPath()
        p.moveTo(x, y + s)
        p.lineTo(x + s * 0.8, y + s)
        p.lineTo(x + s * 0.8, y + s * 0.45)
        p.curveTo(x + s * 0.8, y + s * 0.15, x + s * 0.4, y, x + s * 0.4, y)
        p.curveTo(x + s * 0.4, y, x, y + s * 0.15, x, y + s * 0.45)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(x + s * 0.34, y + s * 0.25, s * 0.12, s * 0.6, stroke=0, fill=1)
        c.rect(x + s * 0.15, y + s * 0.55, s * 0.5, s * 0.12, stroke=0, fill=1)
    elif kind == "ring":
        c.setStrokeColor(col)
        c.setLineWidth(s * 0.12)
        c.circle(x + s / 2, y + s / 2, s * 0.4, stroke=1, fill=0)
        c.setFillColor(col2)
        c.circle(x + s / 2, y + s / 2, s * 0.18, stroke=0, fill=1)
    elif kind == "leaf":
        c.setFillColor(col)
        p = c.beginPath()
        p.moveTo(x, y)
        p.curveTo(x, y + s, x + s, y + s, x + s, y + s)
        p.curveTo(x + s, y, x, y, x, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.5)
        c.line(x + s * 0.1, y + s * 0.1, x + s * 0.9, y + s * 0.9)
    c.restoreState()


def numbered_canvas(draw_fn):
    """Return a canvas class that calls draw_fn(canvas, page_no, total) on every page at save time."""
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved_states = []

        def showPage(self):
            self._saved_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved_states)
            for i, state in enumerate(self._saved_states):
                self.__dict__.update(state)
                self.saveState()
                draw_fn(self, i + 1, n)
                self.restoreState()
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def build(target, story, first=None, later=None, pagesize=A4, margins=(20 * mm, 20 * mm, 20 * mm, 20 * mm),
          numbering=None, title=None, author=None, subject=None, creator=None):
    """margins = (left, right, top, bottom)."""
    left, right, top, bottom = margins
    d = SimpleDocTemplate(target, pagesize=pagesize, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=title or "", author=author or "",
                          subject=subject or "", creator=creator or "")
    kw = {}
    if numbering:
        kw["canvasmaker"] = numbered_canvas(numbering)
    noop = lambda c, d: None
    d.build(story, onFirstPage=first or noop, onLaterPages=later or first or noop, **kw)


VOWELS = set("aeiouyáéíóúàèëïöüäâêîôû")


def _split_word(word, font, size, room):
    """Split word so that the first part + '-' fits in room, at a plausible syllable boundary
    (vowel|consonant+vowel or consonant|consonant); returns (head, tail) or None."""
    core = word.rstrip(".,;:!?)")
    if len(core) < 7 or not core.replace("-", "").isalpha():
        return None
    best = None
    lw = word.lower()
    for i in range(3, len(core) - 2):
        a, b, n = lw[i - 1], lw[i], lw[i + 1]
        ok = (a in VOWELS and b not in VOWELS and n in VOWELS) or \
             (a not in VOWELS and b not in VOWELS and lw[i - 2] in VOWELS and n in VOWELS)
        if word[i - 1] == "-" or word[i] == "-":
            ok = False
        if not ok:
            continue
        if stringWidth(word[:i] + "-", font, size) <= room:
            best = i
        else:
            break
    if best is None:
        return None
    return word[:best] + "-", word[best:]


def wrap(text, font, size, width, hyphenate=True):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        i = 0
        while i < len(words):
            w = words[i]
            trial = (cur + " " + w) if cur else w
            if stringWidth(trial, font, size) <= width:
                cur = trial
                i += 1
                continue
            if hyphenate:
                room = width - stringWidth(cur + " " if cur else "", font, size)
                sp = _split_word(w, font, size, room)
                if sp:
                    lines.append((cur + " " if cur else "") + sp[0])
                    cur = ""
                    words[i] = sp[1]
                    continue
            if cur:
                lines.append(cur)
                cur = ""
            else:
                lines.append(w)
                i += 1
        lines.append(cur)
    return lines


class Typewriter:
    """Minimal flowing text on a raw canvas with per-page header/footer callbacks."""

    def __init__(self, target, pagesize=A4, top=270 * mm, bottom=25 * mm, on_page=None, title=None,
                 author=None, numbering=None):
        cls = numbered_canvas(numbering) if numbering else rl_canvas.Canvas
        self.c = cls(target, pagesize=pagesize)
        if title:
            self.c.setTitle(title)
        if author:
            self.c.setAuthor(author)
        self.pagesize = pagesize
        self.top = top
        self.bottom = bottom
        self.on_page = on_page
        self.page = 1
        self.y = top
        if on_page:
            r = on_page(self.c, self.page)
            if r is not None:
                self.y = r

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.on_page:
            r = self.on_page(self.c, self.page)
            if r is not None:
                self.y = r

    def line(self, x, s, font="Helvetica", size=10, lead=None, color=None):
        lead = lead or size * 1.35
        self.need(lead)
        self.c.setFont(font, size)
        if color is not None:
            self.c.setFillColor(color)
        self.c.drawString(x, self.y, s)
        if color is not None:
            self.c.setFillColor(colors.black)
        self.y -= lead

    def para(self, x, width, text, font="Helvetica", size=10, lead=None, hyphenate=True, after=0):
        lead = lead or size * 1.35
        for ln in wrap(text, font, size, width, hyphenate):
            self.line(x, ln, font, size, lead)
        self.y -= after

    def field(self, x_label, x_val, width_val, label, value, lfont="Helvetica-Bold", vfont="Helvetica",
              size=10, lead=None, after=1):
        """label and value as separate text runs; value wraps in its column."""
        lead = lead or size * 1.35
        lines = wrap(value, vfont, size, width_val, hyphenate=False)
        self.need(lead)
        self.c.setFont(lfont, size)
        self.c.drawString(x_label, self.y, label)
        for i, ln in enumerate(lines):
            if i:
                self.need(lead)
            self.c.setFont(vfont, size)
            self.c.drawString(x_val, self.y, ln)
            self.y -= lead
        self.y -= after

    def gap(self, h):
        self.y -= h

    def save(self):
        self.c.showPage()
        self.c.save()


def merge_pdfs(parts, path, title=None):
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for data in parts:
        r = PdfReader(io.BytesIO(data))
        for pg in r.pages:
            w.add_page(pg)
    if title:
        w.add_metadata({"/Title": title})
    with open(path, "wb") as f:
        w.write(f)


def to_bytes(fn):
    buf = io.BytesIO()
    fn(buf)
    return buf.getvalue()
