"""Shared helpers for the tf- corpus batch: fonts, reportlab page furniture,
python-docx helpers, LibreOffice conversion, label (TOML) writer.
All organisations, people and numbers in the documents are invented."""
import os, shutil, subprocess, glob
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, Preformatted)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_LEFT, TA_JUSTIFY

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.normpath(os.path.join(HERE, '..', 'docs'))
SCRATCH = os.path.join(HERE, '_scratch')
os.makedirs(DOCS, exist_ok=True)
os.makedirs(SCRATCH, exist_ok=True)

FD = '/usr/share/fonts/truetype'
_FONTS = {
    'LSans': 'liberation2/LiberationSans-Regular.ttf',
    'LSans-B': 'liberation2/LiberationSans-Bold.ttf',
    'LSans-I': 'liberation2/LiberationSans-Italic.ttf',
    'LSans-BI': 'liberation2/LiberationSans-BoldItalic.ttf',
    'LSerif': 'liberation2/LiberationSerif-Regular.ttf',
    'LSerif-B': 'liberation2/LiberationSerif-Bold.ttf',
    'LSerif-I': 'liberation2/LiberationSerif-Italic.ttf',
    'LSerif-BI': 'liberation2/LiberationSerif-BoldItalic.ttf',
    'LMono': 'liberation2/LiberationMono-Regular.ttf',
    'LMono-B': 'liberation2/LiberationMono-Bold.ttf',
    'LMono-I': 'liberation2/LiberationMono-Italic.ttf',
    'LMono-BI': 'liberation2/LiberationMono-BoldItalic.ttf',
    'DV': 'dejavu/DejaVuSans.ttf',
    'DV-B': 'dejavu/DejaVuSans-Bold.ttf',
    'DV-I': 'dejavu/DejaVuSans-Oblique.ttf',
    'DV-BI': 'dejavu/DejaVuSans-BoldOblique.ttf',
    'DVC': 'dejavu/DejaVuSansCondensed.ttf',
    'DVC-B': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'DVC-I': 'dejavu/DejaVuSansCondensed-Oblique.ttf',
    'DVC-BI': 'dejavu/DejaVuSansCondensed-BoldOblique.ttf',
    'DVS': 'dejavu/DejaVuSerif.ttf',
    'DVS-B': 'dejavu/DejaVuSerif-Bold.ttf',
    'DVS-I': 'dejavu/DejaVuSerif-Italic.ttf',
    'DVS-BI': 'dejavu/DejaVuSerif-BoldItalic.ttf',
}
for n, p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(n, os.path.join(FD, p)))
for fam in ('LSans', 'LSerif', 'LMono', 'DV', 'DVC', 'DVS'):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + '-B')
    addMapping(fam, 0, 1, fam + '-I')
    addMapping(fam, 1, 1, fam + '-BI')


class S:
    """A small style set for one document."""
    def __init__(self, font='LSans', size=10, leading=None, color=colors.black, justify=False):
        ld = leading or size * 1.3
        self.font = font
        self.size = size
        al = TA_JUSTIFY if justify else TA_LEFT
        self.p = ParagraphStyle('p', fontName=font, fontSize=size, leading=ld, textColor=color,
                                spaceAfter=size * 0.5, alignment=al)
        self.tight = ParagraphStyle('t', parent=self.p, spaceAfter=0)
        self.b = ParagraphStyle('b', parent=self.p, fontName=font + '-B')
        self.bt = ParagraphStyle('bt', parent=self.tight, fontName=font + '-B')
        self.i = ParagraphStyle('i', parent=self.p, fontName=font + '-I')
        self.small = ParagraphStyle('s', parent=self.tight, fontSize=size - 2, leading=(size - 2) * 1.25)
        self.smallb = ParagraphStyle('sb', parent=self.small, fontName=font + '-B')
        self.h1 = ParagraphStyle('h1', parent=self.p, fontName=font + '-B', fontSize=size + 5,
                                 leading=(size + 5) * 1.25, spaceAfter=size * 0.8)
        self.h2 = ParagraphStyle('h2', parent=self.p, fontName=font + '-B', fontSize=size + 1.5,
                                 leading=(size + 1.5) * 1.3, spaceBefore=size * 0.6, spaceAfter=size * 0.3)
        self.h3 = ParagraphStyle('h3', parent=self.p, fontName=font + '-B', fontSize=size,
                                 spaceBefore=size * 0.5, spaceAfter=size * 0.15)
        self.right = ParagraphStyle('r', parent=self.tight, alignment=TA_RIGHT)
        self.center = ParagraphStyle('c', parent=self.tight, alignment=TA_CENTER)
        self.mono = ParagraphStyle('m', parent=self.tight, fontName='LMono', fontSize=size - 1,
                                   leading=(size - 1) * 1.25)


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras(text, style):
    """Split text on blank lines into Paragraphs; single newlines become <br/>."""
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append(Paragraph(block.strip('\n').replace('\n', '<br/>'), style))
    return out


def kv(rows, style, colw=(42 * mm, 123 * mm), label_style=None, grid=None, pad=2,
       zebra=None, valign='TOP', box=None, header=None):
    """Two-column label/value table. rows: list of (label, value) strings or flowables."""
    ls = label_style or ParagraphStyle('kvl', parent=style.tight, fontName=style.font + '-B')
    data = []
    if header:
        data.append([Paragraph(h, ls) if isinstance(h, str) else h for h in header])
    for r in rows:
        data.append([Paragraph(c.replace('\n', '<br/>'), ls if j == 0 else style.tight)
                     if isinstance(c, str) else c for j, c in enumerate(r)])
    t = Table(data, colWidths=colw, hAlign='LEFT')
    cmds = [('VALIGN', (0, 0), (-1, -1), valign),
            ('LEFTPADDING', (0, 0), (-1, -1), pad + 1), ('RIGHTPADDING', (0, 0), (-1, -1), pad + 1),
            ('TOPPADDING', (0, 0), (-1, -1), pad), ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(('GRID', (0, 0), (-1, -1), 0.4, grid))
    if box:
        cmds.append(('BOX', (0, 0), (-1, -1), 0.6, box))
    if zebra:
        for i in range(len(data)):
            if i % 2 == 1:
                cmds.append(('BACKGROUND', (0, i), (-1, i), zebra))
    if header:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')))
    t.setStyle(TableStyle(cmds))
    return t


def grid_table(data, style, colw, head_bg='#e4e4e4', grid=colors.grey, bold_head=True, size=None, pad=2):
    st = style.tight if size is None else ParagraphStyle('gt', parent=style.tight, fontSize=size,
                                                          leading=size * 1.25)
    hs = ParagraphStyle('gth', parent=st, fontName=style.font + '-B') if bold_head else st
    rows = []
    for i, r in enumerate(data):
        rows.append([Paragraph(c, hs if i == 0 else st) if isinstance(c, str) else c for c in r])
    t = Table(rows, colWidths=colw, hAlign='LEFT', repeatRows=1)
    cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('TOPPADDING', (0, 0), (-1, -1), pad), ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
    if grid is not None:
        cmds.append(('GRID', (0, 0), (-1, -1), 0.4, grid))
    if head_bg:
        cmds.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head_bg)))
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------- logos (shapes only)
def logo_circles(c, x, y, c1='#1b5e96', c2='#6fb3e0', r=7 * mm):
    c.saveState()
    c.setFillColor(colors.HexColor(c2)); c.circle(x + r * 1.2, y, r, stroke=0, fill=1)
    c.setFillColor(colors.HexColor(c1)); c.circle(x, y, r, stroke=0, fill=1)
    c.restoreState()


def logo_cross(c, x, y, col='#b3202a', s=14 * mm):
    c.saveState()
    c.setFillColor(colors.HexColor(col))
    c.rect(x, y, s, s, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.rect(x + s * 0.4, y + s * 0.15, s * 0.2, s * 0.7, stroke=0, fill=1)
    c.rect(x + s * 0.15, y + s * 0.4, s * 0.7, s * 0.2, stroke=0, fill=1)
    c.restoreState()


def logo_leaf(c, x, y, col='#2e7d32', s=12 * mm):
    c.saveState()
    c.setFillColor(colors.HexColor(col))
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + s * 0.1, y + s * 0.9, x + s * 0.9, y + s * 1.0, x + s, y + s)
    p.curveTo(x + s * 0.9, y + s * 0.2, x + s * 0.4, y - s * 0.05, x, y)
    c.drawPath(p, stroke=0, fill=1)
    c.setStrokeColor(colors.white); c.setLineWidth(1)
    c.line(x + s * 0.1, y + s * 0.1, x + s * 0.85, y + s * 0.85)
    c.restoreState()


def logo_bars(c, x, y, cols=('#00695c', '#26a69a', '#80cbc4'), h=12 * mm, w=3 * mm):
    c.saveState()
    for i, col in enumerate(cols):
        c.setFillColor(colors.HexColor(col))
        c.rect(x + i * (w + 1.2 * mm), y, w, h * (1 - 0.22 * i), stroke=0, fill=1)
    c.restoreState()


def logo_box_text(c, x, y, text='NHS', col='#005eb8', w=20 * mm, h=8.5 * mm, font='LSans-BI', size=17):
    c.saveState()
    c.setFillColor(colors.HexColor(col)); c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont(font, size)
    c.drawCentredString(x + w / 2, y + h * 0.22, text)
    c.restoreState()


def logo_ring(c, x, y, col='#6a1b9a', r=6.5 * mm, letter='H'):
    c.saveState()
    c.setStrokeColor(colors.HexColor(col)); c.setLineWidth(2.2)
    c.circle(x, y, r, stroke=1, fill=0)
    c.setFillColor(colors.HexColor(col)); c.setFont('DVS-B', r / mm * 2.4)
    c.drawCentredString(x, y - r * 0.35, letter)
    c.restoreState()


def logo_wave(c, x, y, col='#0277bd', w=22 * mm):
    c.saveState()
    c.setStrokeColor(colors.HexColor(col))
    for k in range(3):
        c.setLineWidth(2.4 - k * 0.6)
        p = c.beginPath(); yy = y + k * 2.4 * mm
        p.moveTo(x, yy)
        p.curveTo(x + w * 0.25, yy + 4 * mm, x + w * 0.5, yy - 4 * mm, x + w * 0.75, yy)
        p.curveTo(x + w * 0.85, yy + 2 * mm, x + w * 0.95, yy + 2 * mm, x + w, yy)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def text_lines(c, x, y, lines, font='LSans', size=8, lead=None, align='left', color=colors.black):
    lead = lead or size * 1.25
    c.saveState(); c.setFillColor(color)
    for i, ln in enumerate(lines):
        f = font
        if ln.startswith('**'):
            ln = ln[2:]; f = font + '-B'
        c.setFont(f, size)
        yy = y - i * lead
        if align == 'right':
            c.drawRightString(x, yy, ln)
        elif align == 'center':
            c.drawCentredString(x, yy, ln)
        else:
            c.drawString(x, yy, ln)
    c.restoreState()


def numbered_canvas(draw_fn):
    """Canvas class that calls draw_fn(canvas, page, total) on every page at save time."""
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for stt in self._saved:
                self.__dict__.update(stt)
                draw_fn(self, self._pageNumber, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NC


def build_pdf(path, story, first=None, later=None, numfn=None, pagesize=A4,
              margins=(22 * mm, 20 * mm, 30 * mm, 22 * mm), title='', author=''):
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                            bottomMargin=b, title=title, author=author, creator='')
    kw = {}
    if numfn:
        kw['canvasmaker'] = numbered_canvas(numfn)
    noop = lambda c, d: None
    doc.build(story, onFirstPage=first or noop, onLaterPages=later or first or noop, **kw)


def merge_pdfs(parts, out):
    subprocess.run(['pdfunite'] + parts + [out], check=True)


def scratch(name):
    return os.path.join(SCRATCH, name)


def out(stem, ext):
    return os.path.join(DOCS, f'{stem}.{ext}')


# ---------------------------------------------------------------- LibreOffice
def lo_convert(src, fmt, outdir):
    prof = 'file://' + os.path.join(SCRATCH, 'lo_profile')
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', fmt,
                    '--outdir', outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + '.' + fmt.split(':')[0])


def docx_to_pdf(docx_path, stem, via_odt=False):
    src = docx_path
    if via_odt:
        src = lo_convert(docx_path, 'odt', SCRATCH)
    pdf = lo_convert(src, 'pdf', SCRATCH)
    shutil.move(pdf, out(stem, 'pdf'))


# ---------------------------------------------------------------- python-docx helpers
from docx import Document
from docx.shared import Pt, Mm, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_docx(font='Calibri', size=10.5, margins_mm=(20, 20, 25, 20)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Mm(v) for v in margins_mm]
        s.page_height, s.page_width = Mm(297), Mm(210)
    return d


def dpara(d_or_cell, text='', bold=False, italic=False, size=None, align=None, color=None,
          space_after=None, font=None):
    p = d_or_cell.add_paragraph()
    add_runs(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, italic=False, size=None, color=None, font=None):
    """**bold** segments inside text are rendered bold. Newlines become line breaks."""
    parts = text.split('**')
    for i, part in enumerate(parts):
        lines = part.split('\n')
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if font:
                r.font.name = font
            if j < len(lines) - 1:
                r.add_break()
    return p


def dtable(d, rows, widths_mm=None, style='Table Grid', bold_first_row=False, bold_first_col=False,
           size=None, shade_first_row=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ''
            p = cell.paragraphs[0]
            add_runs(p, val, bold=(bold_first_row and i == 0) or (bold_first_col and j == 0), size=size)
            p.paragraph_format.space_after = Pt(0)
            if shade_first_row and i == 0:
                shade(cell, shade_first_row)
    if widths_mm:
        t.autofit = False
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
        for i, r in enumerate(t.rows):
            for j, w in enumerate(widths_mm):
                r.cells[j].width = Mm(w)
    return t


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexcol)
    tcPr.append(shd)


def add_field(run, instr):
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def footer_pages(d, prefix='Pagina ', mid=' van ', suffix='', size=8, left_text=None):
    for s in d.sections:
        p = s.footer.paragraphs[0]
        if left_text:
            r = p.add_run(left_text + '    '); r.font.size = Pt(size)
        r = p.add_run(prefix); r.font.size = Pt(size)
        r = p.add_run(); r.font.size = Pt(size); add_field(r, 'PAGE')
        if mid:
            r = p.add_run(mid); r.font.size = Pt(size)
            r = p.add_run(); r.font.size = Pt(size); add_field(r, 'NUMPAGES')
        if suffix:
            r = p.add_run(suffix); r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def header_text(d, text, size=8, align='right', bold=False, color=None):
    for s in d.sections:
        p = s.header.paragraphs[0]
        add_runs(p, text, size=size, bold=bold, color=color)
        p.alignment = {'right': WD_ALIGN_PARAGRAPH.RIGHT, 'center': WD_ALIGN_PARAGRAPH.CENTER,
                       'left': WD_ALIGN_PARAGRAPH.LEFT}[align]


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{e}'); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


# ---------------------------------------------------------------- labels
def _tq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', ' ') + '"'


def _tv(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, list):
        return '[' + ', '.join(_tq(x) for x in v) + ']'
    return _tq(v)


ORDER = ['kinds', 'date', 'also_dates', 'author', 'language', 'style', 'referral_question',
         'imaging_done', 'operated', 'treated_abroad', 'notes']


def label(stem, parts=None, **kw):
    assert kw['author'] in ('gp', 'specialist', 'radiologist', 'lab', 'patient', 'other'), stem
    assert kw['language'] in ('nl', 'en', 'de'), stem
    for f in ('imaging_done', 'operated', 'treated_abroad'):
        assert kw[f] in ('yes', 'no', 'unmentioned'), (stem, f)
    if 'referral' in kw['kinds']:
        assert 'referral_question' in kw, stem
    else:
        assert 'referral_question' not in kw, stem
    lines = []
    for k in ORDER:
        if k in kw and kw[k] is not None:
            lines.append(f'{k} = {_tv(kw[k])}')
    for k in kw:
        assert k in ORDER, (stem, k)
    for p in parts or []:
        lines.append('')
        lines.append('[[part]]')
        for k in ('kinds', 'date', 'author'):
            if k in p:
                lines.append(f'{k} = {_tv(p[k])}')
    with open(os.path.join(DOCS, stem + '.toml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


# ---------------------------------------------------------------- PNG letterhead images (PIL)
def logo_png(path, name, sub='', color='#1b5e96', shape='circle', width=900, height=170):
    """A letterhead strip as image: shape + organisation name drawn as pixels (not text)."""
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new('RGB', (width, height), 'white')
    d = ImageDraw.Draw(im)
    col = color
    if shape == 'circle':
        d.ellipse((10, 20, 140, 150), fill=col)
        d.ellipse((70, 20, 200, 150), outline=col, width=10)
        x0 = 225
    elif shape == 'square':
        d.rectangle((10, 20, 140, 150), fill=col)
        d.rectangle((60, 40, 90, 130), fill='white'); d.rectangle((30, 70, 120, 100), fill='white')
        x0 = 165
    elif shape == 'bars':
        for i in range(4):
            d.rectangle((10 + i * 36, 20 + i * 25, 36 + i * 36, 150), fill=col)
        x0 = 170
    else:
        d.polygon([(10, 150), (75, 20), (140, 150)], fill=col)
        x0 = 165
    f1 = ImageFont.truetype(os.path.join(FD, 'dejavu/DejaVuSans-Bold.ttf'), 46)
    f2 = ImageFont.truetype(os.path.join(FD, 'dejavu/DejaVuSans.ttf'), 28)
    d.text((x0, 35), name, font=f1, fill=col)
    if sub:
        d.text((x0, 98), sub, font=f2, fill='#333333')
    im.save(path)
    return path
