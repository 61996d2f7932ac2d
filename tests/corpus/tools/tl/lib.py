"""Rendering helpers for the tl- batch: reportlab PDF, python-docx DOCX, plain text,
LibreOffice conversion, PDF merging and TOML sidecar labels."""
import os, re, subprocess, shutil
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Image, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, 'build')
DOCS = os.path.abspath(os.path.join(HERE, '..', 'docs'))
os.makedirs(BUILD, exist_ok=True)
os.makedirs(DOCS, exist_ok=True)

_FD = '/usr/share/fonts/truetype/'
FONTS = {
    'Sans': _FD + 'dejavu/DejaVuSans.ttf', 'Sans-Bold': _FD + 'dejavu/DejaVuSans-Bold.ttf',
    'Sans-Oblique': _FD + 'dejavu/DejaVuSans-Oblique.ttf',
    'Serif': _FD + 'dejavu/DejaVuSerif.ttf', 'Serif-Bold': _FD + 'dejavu/DejaVuSerif-Bold.ttf',
    'Mono': _FD + 'dejavu/DejaVuSansMono.ttf', 'Mono-Bold': _FD + 'dejavu/DejaVuSansMono-Bold.ttf',
    'Lib': _FD + 'liberation2/LiberationSans-Regular.ttf', 'Lib-Bold': _FD + 'liberation2/LiberationSans-Bold.ttf',
    'LibSerif': _FD + 'liberation2/LiberationSerif-Regular.ttf',
    'LibSerif-Bold': _FD + 'liberation2/LiberationSerif-Bold.ttf',
}
for n, f in FONTS.items():
    if os.path.exists(f):
        pdfmetrics.registerFont(TTFont(n, f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Sans', normal='Sans', bold='Sans-Bold', italic='Sans-Oblique', boldItalic='Sans-Bold')
registerFontFamily('Serif', normal='Serif', bold='Serif-Bold', italic='Serif', boldItalic='Serif-Bold')
registerFontFamily('Lib', normal='Lib', bold='Lib-Bold', italic='Lib', boldItalic='Lib-Bold')
registerFontFamily('LibSerif', normal='LibSerif', bold='LibSerif-Bold', italic='LibSerif', boldItalic='LibSerif-Bold')
registerFontFamily('Mono', normal='Mono', bold='Mono-Bold', italic='Mono', boldItalic='Mono-Bold')


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# ---------------------------------------------------------------- images
def logo_png(name, lines, color=(20, 60, 120), size=(900, 200), font='Sans-Bold', mark=True):
    """A letterhead rendered as an image: its words are NOT in the PDF text layer."""
    from PIL import Image as PI, ImageDraw, ImageFont
    path = os.path.join(BUILD, name + '.png')
    img = PI.new('RGB', size, 'white')
    d = ImageDraw.Draw(img)
    x = 20
    if mark:
        d.ellipse((10, 30, 150, 170), outline=color, width=10)
        d.line((80, 45, 80, 155), fill=color, width=10)
        d.line((25, 100, 135, 100), fill=color, width=10)
        x = 175
    y = 35
    for i, ln in enumerate(lines):
        sz = 58 if i == 0 else 32
        f = ImageFont.truetype(FONTS[font] if i == 0 else FONTS['Sans'], sz)
        d.text((x, y), ln, fill=color, font=f)
        y += sz + 14
    img.save(path)
    return path


# ---------------------------------------------------------------- PDF
def _numbered_canvas_factory(decorate):
    class NumberedCanvas(rl_canvas.Canvas):
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
                decorate(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


class Pdf:
    """Platypus based builder.  first(canvas, doc) / later(canvas, doc) draw letterheads;
    footer(canvas, page, total) is called with the final page count."""

    def __init__(self, path, font='Sans', size=9.5, pagesize=A4, margins=(22, 20, 22, 22),
                 first_top=None, columns=1, first=None, later=None, footer=None, title=None,
                 leading=None, col_gap=8):
        self.path, self.font, self.size = path, font, size
        self.pagesize = pagesize
        self.l, self.r, self.t, self.b = [m * mm for m in margins]
        self.first_top = (first_top * mm) if first_top else self.t
        self.columns = columns
        self.first, self.later, self.footer = first, later, footer
        self.story = []
        self.leading = leading or size * 1.32
        self.col_gap = col_gap * mm
        self.title = title
        self.st = ParagraphStyle('b', fontName=font, fontSize=size, leading=self.leading,
                                 spaceAfter=size * 0.45)

    # styles
    def style(self, **kw):
        base = dict(fontName=self.font, fontSize=self.size, leading=self.leading, spaceAfter=self.size * 0.45)
        base.update(kw)
        if 'fontSize' in kw and 'leading' not in kw:
            base['leading'] = kw['fontSize'] * 1.3
        return ParagraphStyle('x', **base)

    def bold(self):
        return self.font + '-Bold'

    def p(self, text, raw=False, **kw):
        txt = text if raw else esc(text)
        txt = txt.replace('\n', '<br/>')
        self.story.append(Paragraph(txt, self.style(**kw) if kw else self.st))

    def ps(self, texts, **kw):
        for t in texts:
            self.p(t, **kw)

    def h(self, text, size=None, space_before=6, color=colors.black, font=None, align=0):
        size = size or self.size + 1.5
        self.story.append(Paragraph(esc(text), self.style(fontName=font or self.bold(), fontSize=size,
                                                          spaceBefore=space_before, spaceAfter=2,
                                                          textColor=color, alignment=align)))

    def lv(self, label, value, sep=' '):
        """label and value in one paragraph, label bold (one line, two runs)"""
        self.story.append(Paragraph('<b>%s</b>%s%s' % (esc(label), sep, esc(value).replace('\n', '<br/>')), self.st))

    def sp(self, h=4):
        self.story.append(Spacer(1, h * mm))

    def br(self):
        self.story.append(PageBreak())

    def colbreak(self):
        from reportlab.platypus import FrameBreak
        self.story.append(FrameBreak())

    def cell(self, text, bold=False, size=None, font=None, color=None):
        kw = {}
        if bold:
            kw['fontName'] = self.bold()
        if font:
            kw['fontName'] = font
        if size:
            kw['fontSize'] = size
            kw['leading'] = size * 1.25
        if color:
            kw['textColor'] = color
        kw['spaceAfter'] = 0
        return Paragraph(esc(text).replace('\n', '<br/>'), self.style(**kw))

    def fields(self, pairs, label_w=42, value_w=None, bold_labels=True, size=None, grid=False,
               shade=None, pad=1.2, colon=''):
        """Two-column form: label cell and value cell (separate text runs)."""
        avail = self.pagesize[0] - self.l - self.r
        lw = label_w * mm
        vw = (value_w * mm) if value_w else (avail - lw - (4 if grid else 0))
        rows = [[self.cell(l + colon, bold=bold_labels, size=size), self.cell(v, size=size)] for l, v in pairs]
        t = Table(rows, colWidths=[lw, vw], hAlign='LEFT')
        cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                ('TOPPADDING', (0, 0), (-1, -1), pad), ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
        if grid:
            cmds.append(('GRID', (0, 0), (-1, -1), 0.4, colors.grey))
        if shade:
            cmds.append(('BACKGROUND', (0, 0), (0, -1), shade))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def fields2(self, left, right, widths=(28, 55, 28, 55), size=None, bold_labels=True, grid=False):
        """Four columns: label value | label value."""
        n = max(len(left), len(right))
        left = left + [('', '')] * (n - len(left))
        right = right + [('', '')] * (n - len(right))
        rows = []
        for (a, b), (c, d) in zip(left, right):
            rows.append([self.cell(a, bold=bold_labels, size=size), self.cell(b, size=size),
                         self.cell(c, bold=bold_labels, size=size), self.cell(d, size=size)])
        t = Table(rows, colWidths=[w * mm for w in widths], hAlign='LEFT')
        cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]
        if grid:
            cmds.append(('GRID', (0, 0), (-1, -1), 0.4, colors.grey))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def table(self, rows, widths, header=True, grid=True, size=None, head_bg=colors.HexColor('#dde4ee'),
              zebra=None, bold_first_col=False):
        data = []
        for i, r in enumerate(rows):
            data.append([self.cell(str(c), bold=(header and i == 0) or (bold_first_col and j == 0), size=size)
                         for j, c in enumerate(r)])
        t = Table(data, colWidths=[w * mm for w in widths], hAlign='LEFT', repeatRows=1 if header else 0)
        cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 3),
                ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
        if grid:
            cmds.append(('GRID', (0, 0), (-1, -1), 0.4, colors.grey))
        elif header:
            cmds.append(('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black))
        if header and head_bg:
            cmds.append(('BACKGROUND', (0, 0), (-1, 0), head_bg))
        if zebra:
            for i in range(1, len(rows), 2):
                cmds.append(('BACKGROUND', (0, i), (-1, i), zebra))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def image(self, path, w, h):
        self.story.append(Image(path, width=w * mm, height=h * mm, hAlign='LEFT'))

    def rule(self, w=0.5):
        t = Table([['']], colWidths=[self.pagesize[0] - self.l - self.r], rowHeights=[2])
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), w, colors.black)]))
        self.story.append(t)

    def build(self):
        W, H = self.pagesize
        doc = BaseDocTemplate(self.path, pagesize=self.pagesize, leftMargin=self.l, rightMargin=self.r,
                              topMargin=self.t, bottomMargin=self.b, title=self.title or '',
                              author='', creator='')

        def frames(top):
            avail_w = W - self.l - self.r
            h = H - top - self.b
            if self.columns == 1:
                return [Frame(self.l, self.b, avail_w, h, id='c0', leftPadding=0, rightPadding=0,
                              topPadding=0, bottomPadding=0)]
            cw = (avail_w - self.col_gap) / 2
            return [Frame(self.l, self.b, cw, h, id='c0', leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0),
                    Frame(self.l + cw + self.col_gap, self.b, cw, h, id='c1', leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)]
        first, later = self.first, self.later or (lambda c, d: None)
        pts = [PageTemplate(id='First', frames=frames(self.first_top), onPage=first or (lambda c, d: None),
                            autoNextPageTemplate='Later'),
               PageTemplate(id='Later', frames=frames(self.t), onPage=later)]
        doc.addPageTemplates(pts)
        footer = self.footer
        cm = _numbered_canvas_factory(footer) if footer else rl_canvas.Canvas
        doc.build(self.story, canvasmaker=cm)
        return self.path


def draw_lines(c, x, y, lines, font='Sans', size=8, leading=None, align='left', color=colors.black):
    leading = leading or size * 1.25
    c.setFillColor(color)
    for ln in lines:
        f = font
        if ln.startswith('**'):
            ln = ln[2:]
            f = font + '-Bold'
        c.setFont(f, size)
        if align == 'right':
            c.drawRightString(x, y, ln)
        elif align == 'center':
            c.drawCentredString(x, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= leading
    c.setFillColor(colors.black)
    return y


# ---------------------------------------------------------------- merge
def merge_pdfs(parts, out):
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for p in parts:
        r = PdfReader(p)
        for pg in r.pages:
            w.add_page(pg)
    with open(out, 'wb') as f:
        w.write(f)
    return out


# ---------------------------------------------------------------- DOCX
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


class Docx:
    def __init__(self, font='Calibri', size=10.5, margins=(20, 20, 20, 20)):
        self.d = Document()
        st = self.d.styles['Normal']
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.append(rf)
        rf.set(qn('w:eastAsia'), font)
        pf = st.paragraph_format
        pf.space_after = Pt(3)
        pf.space_before = Pt(0)
        sec = self.d.sections[0]
        sec.page_height, sec.page_width = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(m) for m in margins]
        self.sec = sec

    # header / footer
    def header_lines(self, lines, align='left', size=9, bold_first=True, first_only=False):
        hdr = self.sec.first_page_header if first_only else self.sec.header
        if first_only:
            self.sec.different_first_page_header_footer = True
        p = hdr.paragraphs[0]
        for i, ln in enumerate(lines):
            if i:
                p = hdr.add_paragraph()
            r = p.add_run(ln)
            r.font.size = Pt(size + (2 if (i == 0 and bold_first) else 0))
            r.bold = bold_first and i == 0
            p.alignment = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'right': WD_ALIGN_PARAGRAPH.RIGHT,
                           'center': WD_ALIGN_PARAGRAPH.CENTER}[align]
        return hdr

    def header_table(self, left, right, size=8.5, first_only=False):
        hdr = self.sec.first_page_header if first_only else self.sec.header
        if first_only:
            self.sec.different_first_page_header_footer = True
        t = hdr.add_table(rows=1, cols=2, width=Mm(170))
        for cell, lines, al in ((t.cell(0, 0), left, WD_ALIGN_PARAGRAPH.LEFT), (t.cell(0, 1), right, WD_ALIGN_PARAGRAPH.RIGHT)):
            p = cell.paragraphs[0]
            for i, ln in enumerate(lines):
                if i:
                    p = cell.add_paragraph()
                bold = ln.startswith('**')
                r = p.add_run(ln.lstrip('*'))
                r.bold = bold
                r.font.size = Pt(size + (2 if bold and i == 0 else 0))
                p.alignment = al
        return hdr

    def footer(self, text, page_numbers=True, fmt='Pagina {PAGE} van {NUMPAGES}', size=8, also_first=False):
        foots = [self.sec.footer]
        if also_first or self.sec.different_first_page_header_footer:
            foots.append(self.sec.first_page_footer)
        for ft in foots:
            p = ft.paragraphs[0]
            if text:
                r = p.add_run(text); r.font.size = Pt(size)
            if page_numbers:
                p2 = ft.add_paragraph() if text else p
                p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                parts = re.split(r'(\{PAGE\}|\{NUMPAGES\})', fmt)
                for part in parts:
                    if part in ('{PAGE}', '{NUMPAGES}'):
                        self._field(p2, part.strip('{}'), size)
                    elif part:
                        r = p2.add_run(part); r.font.size = Pt(size)

    def _field(self, p, instr, size):
        r = p.add_run()
        r.font.size = Pt(size)
        f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr
        f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
        t = OxmlElement('w:t'); t.text = '1'
        f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
        for el in (f1, it, f2, t, f3):
            r._r.append(el)

    # body
    def p(self, text='', bold=False, italic=False, size=None, align=None, space_after=None):
        par = self.d.add_paragraph()
        if text:
            r = par.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if align:
            par.alignment = {'right': WD_ALIGN_PARAGRAPH.RIGHT, 'center': WD_ALIGN_PARAGRAPH.CENTER,
                             'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        return par

    def ps(self, texts, **kw):
        for t in texts:
            self.p(t, **kw)

    def lines(self, lines, size=None, space_after=0):
        """several short lines as separate paragraphs without spacing (address blocks)"""
        for ln in lines:
            bold = ln.startswith('**')
            self.p(ln.lstrip('*'), bold=bold, size=size, space_after=space_after)

    def lv(self, label, value, sep=' '):
        par = self.d.add_paragraph()
        r = par.add_run(label); r.bold = True
        par.add_run(sep + value)
        return par

    def h(self, text, size=12, color=None, space_before=6):
        par = self.d.add_paragraph()
        r = par.add_run(text); r.bold = True; r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        par.paragraph_format.space_before = Pt(space_before)
        return par

    def table(self, rows, widths=None, header=True, style='Table Grid', bold_first_col=False, size=None):
        t = self.d.add_table(rows=len(rows), cols=len(rows[0]))
        if style:
            t.style = self.d.styles[style]
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.text = ''
                par = cell.paragraphs[0]
                lines = str(c).split('\n')
                for k, ln in enumerate(lines):
                    if k:
                        par = cell.add_paragraph()
                    run = par.add_run(ln)
                    run.bold = (header and i == 0) or (bold_first_col and j == 0)
                    if size:
                        run.font.size = Pt(size)
                if widths:
                    cell.width = Mm(widths[j])
        if widths:
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Mm(w)
        self.d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def fields(self, pairs, widths=(45, 125), grid=False, size=None):
        return self.table([[a, b] for a, b in pairs], widths=widths, header=False,
                          style='Table Grid' if grid else None, bold_first_col=True, size=size)

    def br(self):
        self.d.add_page_break()

    def save(self, path):
        self.d.core_properties.author = ''
        self.d.core_properties.title = ''
        self.d.save(path)
        return path


# ---------------------------------------------------------------- text
def write_text(path, text, encoding='utf-8', crlf=False, bom=False):
    text = text.replace('\r\n', '\n')
    if crlf:
        text = text.replace('\n', '\r\n')
    data = text.encode(encoding)
    if bom and encoding.lower().replace('-', '') == 'utf8':
        data = b'\xef\xbb\xbf' + data
    with open(path, 'wb') as f:
        f.write(data)
    return path


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src, fmt, outdir=BUILD):
    prof = 'file://' + os.path.join(BUILD, 'lo_profile')
    cmd = ['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', fmt,
           '--outdir', outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + '.' + fmt.split(':')[0])
    if not os.path.exists(out):
        raise RuntimeError('soffice produced nothing for ' + src)
    return out


# ---------------------------------------------------------------- labels
ORDER = ['kinds', 'date', 'also_dates', 'author', 'language', 'style', 'referral_question',
         'imaging_done', 'operated', 'treated_abroad', 'notes']


def _tv(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, list):
        return '[' + ', '.join(_tv(x) for x in v) + ']'
    s = str(v).replace('\\', '\\\\').replace('"', '\\"').replace('\n', ' ')
    return '"%s"' % s


def write_label(path, lab):
    lines = []
    for k in ORDER:
        if k in lab and lab[k] is not None:
            lines.append('%s = %s' % (k, _tv(lab[k])))
    for k in lab:
        if k not in ORDER and k != 'parts':
            raise KeyError('unknown label key ' + k)
    for part in lab.get('parts', []):
        lines.append('')
        lines.append('[[part]]')
        for k in ['kinds', 'date', 'author']:
            if k in part and part[k] is not None:
                lines.append('%s = %s' % (k, _tv(part[k])))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def out(n, ext):
    return os.path.join(DOCS, 'tl-%03d.%s' % (n, ext))


REG = {}


def doc(n):
    def deco(fn):
        REG[n] = fn
        return fn
    return deco


def lo_pdf(D, n, via_odt=False):
    """Save a Docx builder in build/, convert with LibreOffice (optionally via ODT) and place the PDF in docs/."""
    src = D.save(os.path.join(BUILD, 'tl-%03d.docx' % n))
    if via_odt:
        src = soffice_convert(src, 'odt')
        os.remove(os.path.join(BUILD, 'tl-%03d.docx' % n))
    pdf = soffice_convert(src, 'pdf')
    dst = out(n, 'pdf')
    shutil.move(pdf, dst)
    return dst
