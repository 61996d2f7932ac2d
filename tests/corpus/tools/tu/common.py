"""Shared renderers for the tu- batch: a tiny block model rendered to PDF (reportlab),
DOCX (python-docx), TXT, and LibreOffice-converted PDF; plus the label writer."""
import os, subprocess, shutil, tempfile, io
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'docs')  # tests/corpus/docs
os.makedirs(OUT, exist_ok=True)

_FONTS = {
    'Helvetica': ('Helvetica', 'Helvetica-Bold'),
    'Times': ('Times-Roman', 'Times-Bold'),
    'Courier': ('Courier', 'Courier-Bold'),
}
for name, f in [('DejaVuSans', 'DejaVuSans'), ('DejaVuSerif', 'DejaVuSerif'),
                ('LibSans', 'LiberationSans'), ('LibMono', 'LiberationMono')]:
    base = None
    for d in ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/truetype/liberation2',
              '/usr/share/fonts/truetype/liberation']:
        if os.path.exists(f'{d}/{f}-Regular.ttf') or os.path.exists(f'{d}/{f}.ttf'):
            base = d
            break
    if not base:
        continue
    reg = f'{base}/{f}-Regular.ttf' if os.path.exists(f'{base}/{f}-Regular.ttf') else f'{base}/{f}.ttf'
    bold = f'{base}/{f}-Bold.ttf'
    try:
        pdfmetrics.registerFont(TTFont(name, reg))
        pdfmetrics.registerFont(TTFont(name + '-B', bold))
        _FONTS[name] = (name, name + '-B')
    except Exception:
        pass


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# ---------------------------------------------------------------- PDF
def _canvas_cls(header, footer, font, fax=None):
    class NC(canvas.Canvas):
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
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

        def _deco(self, n):
            p = self._pageNumber
            w, h = self._pagesize
            self.setFont(font, 7.5)
            if fax:
                self.drawString(12 * mm, h - 7 * mm, fax.format(page=p, pages=n))
            if header:
                for i, line in enumerate(header.split('\n')):
                    self.drawString(20 * mm, h - 14 * mm - i * 9, line.format(page=p, pages=n))
            if footer:
                lines = footer.split('\n')
                for i, line in enumerate(lines):
                    txt = line.format(page=p, pages=n)
                    if '\t' in txt:
                        l, r = txt.split('\t', 1)
                        self.drawString(20 * mm, 12 * mm + (len(lines) - 1 - i) * 9, l)
                        self.drawRightString(w - 20 * mm, 12 * mm + (len(lines) - 1 - i) * 9, r)
                    else:
                        self.drawCentredString(w / 2, 12 * mm + (len(lines) - 1 - i) * 9, txt)
    return NC


def _pdf_story(blocks, font='Helvetica', size=10):
    reg, bold = _FONTS.get(font, _FONTS['Helvetica'])
    st = {
        'p': ParagraphStyle('p', fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=4),
        'small': ParagraphStyle('s', fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25),
        'h': ParagraphStyle('h', fontName=bold, fontSize=size + 0.5, leading=size * 1.4, spaceBefore=6),
        't': ParagraphStyle('t', fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.3, spaceAfter=6),
        'r': ParagraphStyle('r', fontName=reg, fontSize=size, leading=size * 1.3, alignment=2),
        'c': ParagraphStyle('c', fontName=bold, fontSize=size + 1, leading=size * 1.4, alignment=1),
        'lab': ParagraphStyle('l', fontName=bold, fontSize=size - 0.5, leading=size * 1.25),
        'val': ParagraphStyle('v', fontName=reg, fontSize=size - 0.5, leading=size * 1.25),
    }
    story = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h', 't', 'r', 'c', 'small'):
            story.append(Paragraph(esc(b[1]).replace('\n', '<br/>'), st[k]))
        elif k == 'sp':
            story.append(Spacer(1, (b[1] if len(b) > 1 else 6) * mm))
        elif k == 'pb':
            story.append(PageBreak())
        elif k == 'kv':  # label / value in separate cells
            widths = b[2] if len(b) > 2 else (45 * mm, 120 * mm)
            rows = [[Paragraph(esc(l), st['lab']), Paragraph(esc(v).replace('\n', '<br/>'), st['val'])]
                    for l, v in b[1]]
            t = Table(rows, colWidths=widths, hAlign='LEFT')
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5),
                                   ('TOPPADDING', (0, 0), (-1, -1), 1.5)]))
            story.append(t)
        elif k == 'kv4':  # two label/value pairs per row
            rows = []
            for r in b[1]:
                rows.append([Paragraph(esc(x), st['lab' if i % 2 == 0 else 'val']) for i, x in enumerate(r)])
            t = Table(rows, colWidths=(30 * mm, 52 * mm, 30 * mm, 52 * mm), hAlign='LEFT')
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('BOX', (0, 0), (-1, -1), 0.5, colors.grey),
                                   ('INNERGRID', (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
            story.append(t)
        elif k == 'tab':
            rows = [[Paragraph(esc(str(c)), st['lab' if i == 0 else 'val']) for c in r]
                    for i, r in enumerate(b[1])]
            t = Table(rows, hAlign='LEFT', colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4e4e4')),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
        elif k == 'two':  # two side-by-side text blocks (letterhead / address)
            t = Table([[Paragraph(esc(b[1]).replace('\n', '<br/>'), st['small']),
                        Paragraph(esc(b[2]).replace('\n', '<br/>'), st['small'])]],
                      colWidths=(85 * mm, 85 * mm), hAlign='LEFT')
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
        elif k == 'box':
            t = Table([[Paragraph(esc(b[1]).replace('\n', '<br/>'), st['p'])]], colWidths=(165 * mm,))
            t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f3f3f3'))]))
            story.append(t)
        else:
            raise ValueError(k)
    return story


def pdf_bytes(blocks, font='Helvetica', size=10, header=None, footer=None, pagesize=A4, fax=None,
              top=28):
    buf = io.BytesIO()
    reg, _ = _FONTS.get(font, _FONTS['Helvetica'])
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=top * mm, bottomMargin=24 * mm)
    doc.build(_pdf_story(blocks, font, size), canvasmaker=_canvas_cls(header, footer, reg, fax))
    return buf.getvalue()


def pdf(stem, blocks, **kw):
    with open(f'{OUT}/{stem}.pdf', 'wb') as f:
        f.write(pdf_bytes(blocks, **kw))


def merged_pdf(stem, parts):
    """parts: list of (blocks, kw) rendered separately and concatenated."""
    from pypdf import PdfWriter, PdfReader
    w = PdfWriter()
    for blocks, kw in parts:
        r = PdfReader(io.BytesIO(pdf_bytes(blocks, **kw)))
        for pg in r.pages:
            w.add_page(pg)
    with open(f'{OUT}/{stem}.pdf', 'wb') as f:
        w.write(f)


# ---------------------------------------------------------------- DOCX
def _field(par, code):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = par.add_run()
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = code
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end')
    r._r.append(b); r._r.append(it); r._r.append(s); r._r.append(t); r._r.append(e)


def _hf_text(par, text):
    # {page} / {pages} become fields
    import re
    for piece in re.split(r'(\{page\}|\{pages\})', text):
        if piece == '{page}':
            _field(par, 'PAGE')
        elif piece == '{pages}':
            _field(par, 'NUMPAGES')
        elif piece:
            par.add_run(piece)


def docx_doc(blocks, font='Calibri', size=10.5, header=None, footer=None):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    stl = d.styles['Normal']
    stl.font.name = font
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header.split('\n')):
            if i:
                hp = sec.header.add_paragraph()
            _hf_text(hp, line)
    if footer:
        fp = sec.footer.paragraphs[0]
        for i, line in enumerate(footer.split('\n')):
            if i:
                fp = sec.footer.add_paragraph()
            _hf_text(fp, line.replace('\t', '    '))
    for b in blocks:
        k = b[0]
        if k == 't':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 5)
        elif k == 'h':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k in ('p', 'small'):
            p = d.add_paragraph()
            for i, line in enumerate(b[1].split('\n')):
                if i:
                    p.add_run().add_break()
                r = p.add_run(line)
                if k == 'small':
                    r.font.size = Pt(size - 2)
        elif k in ('r', 'c'):
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == 'r' else WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'sp':
            d.add_paragraph()
        elif k == 'pb':
            d.add_page_break()
        elif k in ('kv', 'tab', 'kv4'):
            rows = b[1] if k != 'kv' else [list(x) for x in b[1]]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            if k != 'kv':
                t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ''
                    run = cell.paragraphs[0].add_run(str(c))
                    if (k == 'kv' and j == 0) or (k == 'tab' and i == 0) or (k == 'kv4' and j % 2 == 0):
                        run.bold = True
        elif k == 'two':
            t = d.add_table(rows=1, cols=2)
            t.cell(0, 0).text = b[1]
            t.cell(0, 1).text = b[2]
        elif k == 'box':  # text-box-like framed single cell
            t = d.add_table(rows=1, cols=1)
            t.style = 'Table Grid'
            t.cell(0, 0).text = b[1]
        else:
            raise ValueError(k)
    return d


def docx_file(stem, blocks, **kw):
    docx_doc(blocks, **kw).save(f'{OUT}/{stem}.docx')


def lo_pdf(stem, blocks, **kw):
    """Render through python-docx then LibreOffice headless to PDF (falls back to reportlab)."""
    tmp = tempfile.mkdtemp()
    src = f'{tmp}/{stem}.docx'
    docx_doc(blocks, **kw).save(src)
    if shutil.which('soffice'):
        try:
            subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, src],
                           check=True, capture_output=True, timeout=120)
            shutil.copy(f'{tmp}/{stem}.pdf', f'{OUT}/{stem}.pdf')
            return
        except Exception as e:
            print('soffice failed, falling back:', e)
    pdf(stem, blocks)


# ---------------------------------------------------------------- TXT
def txt(stem, text):
    with open(f'{OUT}/{stem}.txt', 'w', encoding='utf-8') as f:
        f.write(text.strip('\n') + '\n')


# ---------------------------------------------------------------- labels
def _tv(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, list):
        return '[' + ', '.join(_tv(x) for x in v) + ']'
    return '"' + str(v).replace('\\', '\\\\').replace('"', '\\"') + '"'


ORDER = ['kinds', 'date', 'also_dates', 'author', 'language', 'style', 'referral_question',
         'imaging_done', 'operated', 'treated_abroad', 'notes']


def label(stem, parts=None, **kw):
    if 'referral' not in kw.get('kinds', []):
        kw.pop('referral_question', None)
    lines = []
    for k in ORDER:
        if k in kw and kw[k] is not None:
            lines.append(f'{k} = {_tv(kw[k])}')
    extra = set(kw) - set(ORDER)
    assert not extra, extra
    for p in parts or []:
        lines.append('')
        lines.append('[[part]]')
        for k in ['kinds', 'date', 'author']:
            if k in p:
                lines.append(f'{k} = {_tv(p[k])}')
    with open(f'{OUT}/{stem}.toml', 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
