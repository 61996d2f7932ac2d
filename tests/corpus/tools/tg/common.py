"""Shared rendering helpers for the tg- batch (synthetic documents only).

Blocks (used by both pdf() and docx()):
  ('lh', name, [address lines], opts)   letterhead; opts: image=True renders the name as a picture
  ('cols', left_text, right_text[, (wl, wr)])  two side-by-side text cells (addressee / reference data)
  ('title', text)  ('h', text)  ('p', text)  ('small', text)  ('right', text)  ('center', text)
  ('kv', [(label, value), ...][, opts])  label/value form; opts: grid=bool, widths=(a,b), boldlabel=bool
  ('kv4', [(l1, v1, l2, v2), ...])        four-column form (two label/value pairs per row)
  ('table', rows[, opts])  grid table, first row header; opts: widths, header=bool
  ('mono', text)   preformatted block
  ('sp', points)   ('hr',)   ('pb',)
Inline markup in text: <b>..</b>, <i>..</i>; newlines are line breaks.
"""
import json, os, re, shutil, subprocess, tempfile

BASE = '/tmp/dc/tg'
DOCS = os.path.join(BASE, 'docs')
BUILD = os.path.join(BASE, 'build')
os.makedirs(DOCS, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)

# ---------------------------------------------------------------- labels
def _tv(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (list, tuple)):
        return '[' + ', '.join(_tv(x) for x in v) + ']'
    return json.dumps(str(v), ensure_ascii=False)

ORDER = ['kinds', 'date', 'also_dates', 'author', 'language', 'style', 'referral_question',
         'imaging_done', 'operated', 'treated_abroad', 'notes']

def label(stem, kinds, author, language, style, imaging, operated, abroad, notes,
          date=None, also=None, rq=None, parts=None):
    assert author in ('gp', 'specialist', 'radiologist', 'lab', 'patient', 'other'), author
    assert language in ('nl', 'en', 'de')
    for f in (imaging, operated, abroad):
        assert f in ('yes', 'no', 'unmentioned'), f
    for k in kinds:
        assert k in ('referral', 'history', 'correspondence', 'imaging-report',
                     'operation-report', 'mrsa-screening'), k
    d = {'kinds': list(kinds)}
    if date:
        d['date'] = date
    if also:
        d['also_dates'] = list(also)
    d.update(author=author, language=language, style=style)
    if 'referral' in kinds:
        assert rq is not None, stem
        d['referral_question'] = rq
    d.update(imaging_done=imaging, operated=operated, treated_abroad=abroad, notes=notes)
    lines = [f'{k} = {_tv(d[k])}' for k in ORDER if k in d]
    for p in parts or []:
        lines.append('')
        lines.append('[[part]]')
        pk = {'kinds': p['kinds']}
        if p.get('date'):
            pk['date'] = p['date']
        pk['author'] = p['author']
        for k, v in pk.items():
            lines.append(f'{k} = {_tv(v)}')
    with open(os.path.join(DOCS, stem + '.toml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')

# ---------------------------------------------------------------- txt
def txt(stem, text, encoding='utf-8', crlf=False):
    text = text.strip('\n') + '\n'
    if crlf:
        text = text.replace('\n', '\r\n')
    with open(os.path.join(DOCS, stem + '.txt'), 'w', encoding=encoding, newline='') as f:
        f.write(text)

# ---------------------------------------------------------------- images (letterhead as picture)
def logo_png(name, sub='', color=(20, 70, 130), width=900, height=150):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new('RGB', (width, height), 'white')
    dr = ImageDraw.Draw(img)
    f1 = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 46)
    f2 = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 26)
    dr.ellipse((10, 15, 130, 135), fill=color)
    dr.rectangle((55, 40, 85, 110), fill='white')
    dr.rectangle((35, 60, 105, 90), fill='white')
    dr.text((160, 25), name, font=f1, fill=color)
    if sub:
        dr.text((162, 90), sub, font=f2, fill=(90, 90, 90))
    path = os.path.join(BUILD, re.sub(r'\W+', '_', name)[:40] + '.png')
    img.save(path)
    return path

# ---------------------------------------------------------------- inline markup helpers
def _esc(s):
    s = s.replace('&', '&amp;')
    s = re.sub(r'<(?!/?[bi]>)', '&lt;', s)
    return s

def _runs(s):
    """split '<b>x</b> y' into [(text, bold, italic)]"""
    out, bold, ital = [], False, False
    for tok in re.split(r'(</?[bi]>)', s):
        if tok == '<b>': bold = True
        elif tok == '</b>': bold = False
        elif tok == '<i>': ital = True
        elif tok == '</i>': ital = False
        elif tok: out.append((tok, bold, ital))
    return out

# ---------------------------------------------------------------- PDF (reportlab)
_FONTS_DONE = False
def _fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    d = '/usr/share/fonts/truetype/dejavu/'
    for fam, files in {'DejaVuSans': ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'),
                       'DejaVuSerif': ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'),
                       'DejaVuMono': ('DejaVuSansMono', 'DejaVuSansMono-Bold', 'DejaVuSansMono-Oblique', 'DejaVuSansMono-BoldOblique')}.items():
        names = [fam, fam + '-Bold', fam + '-Italic', fam + '-BoldItalic']
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, d + f + '.ttf'))
        addMapping(fam, 0, 0, names[0]); addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2]); addMapping(fam, 1, 1, names[3])
    _FONTS_DONE = True

BOLD = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold', 'Courier': 'Courier-Bold',
        'DejaVuSans': 'DejaVuSans-Bold', 'DejaVuSerif': 'DejaVuSerif-Bold', 'DejaVuMono': 'DejaVuMono-Bold'}

def pdf(stem, blocks, font='DejaVuSans', size=9.5, header=None, footer=None, pagenum=None,
        fax=None, margins=(20, 18, 20, 20), outdir=None, title=None, rightcol=None):
    """header/footer: str drawn on every page; pagenum: format like 'Pagina {p} van {n}';
    fax: str drawn at the very top of every page (fax transmission line)."""
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_RIGHT, TA_CENTER
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Image, Preformatted, HRFlowable, KeepTogether)
    from reportlab.pdfgen import canvas as cv
    bold = BOLD[font]
    st = ParagraphStyle('b', fontName=font, fontSize=size, leading=size * 1.3)
    sts = ParagraphStyle('s', parent=st, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    str_ = ParagraphStyle('r', parent=st, alignment=TA_RIGHT)
    stc = ParagraphStyle('c', parent=st, alignment=TA_CENTER)
    sth = ParagraphStyle('h', parent=st, fontName=bold, spaceBefore=6, spaceAfter=2)
    stt = ParagraphStyle('t', parent=st, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3, spaceAfter=6)
    stm = ParagraphStyle('m', parent=st, fontName='DejaVuMono' if font != 'Courier' else 'Courier',
                         fontSize=size - 1, leading=(size - 1) * 1.25)
    W = A4[0] - (margins[0] + margins[2]) * mm

    def P(t, s=st):
        return Paragraph(_esc(t).replace('\n', '<br/>'), s)

    fl = []
    for b in blocks:
        k = b[0]
        if k == 'lh':
            name, lines = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            if opts.get('image'):
                path = logo_png(name, opts.get('sub', ''))
                img = Image(path, width=75 * mm, height=12.5 * mm)
                right = P('\n'.join(lines), sts)
                t = Table([[img, right]], colWidths=[W * 0.55, W * 0.45])
            else:
                left = Paragraph('<font name="%s" size="%s">%s</font>' % (bold, size + 3, _esc(name)), st)
                right = P('\n'.join(lines), sts)
                if opts.get('stack'):
                    t = Table([[left], [right]], colWidths=[W])
                else:
                    t = Table([[left, right]], colWidths=[W * 0.55, W * 0.45])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.HexColor(opts.get('line', '#1f4e79'))),
                                   ('BOTTOMPADDING', (0, -1), (-1, -1), 6)]))
            fl += [t, Spacer(1, 8)]
        elif k == 'cols':
            wl, wr = b[3] if len(b) > 3 else (0.55, 0.45)
            t = Table([[P(b[1]), P(b[2])]], colWidths=[W * wl, W * wr])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
            fl += [t, Spacer(1, 6)]
        elif k == 'title':
            fl.append(P(b[1], stt))
        elif k == 'h':
            fl.append(P(b[1], sth))
        elif k == 'p':
            fl += [P(b[1]), Spacer(1, 4)]
        elif k == 'small':
            fl.append(P(b[1], sts))
        elif k == 'right':
            fl.append(P(b[1], str_))
        elif k == 'center':
            fl.append(P(b[1], stc))
        elif k in ('kv', 'kv4'):
            opts = b[2] if len(b) > 2 else {}
            lb = ParagraphStyle('lb', parent=st, fontName=bold if opts.get('boldlabel', True) else font, splitLongWords=0)
            rows = []
            for r in b[1]:
                rows.append([P(c, lb if i % 2 == 0 else st) for i, c in enumerate(r)])
            if k == 'kv':
                a, c = opts.get('widths', (0.3, 0.7))
                cw = [W * a, W * c]
            else:
                cw = [W * x for x in opts.get('widths', (0.17, 0.33, 0.17, 0.33))]
            t = Table(rows, colWidths=cw)
            ts = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 3)]
            if opts.get('grid'):
                ts += [('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]
            if opts.get('shade'):
                ts += [('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e8eef5'))]
                if k == 'kv4':
                    ts += [('BACKGROUND', (2, 0), (2, -1), colors.HexColor('#e8eef5'))]
            t.setStyle(TableStyle(ts))
            fl += [t, Spacer(1, 6)]
        elif k == 'table':
            opts = b[2] if len(b) > 2 else {}
            hb = ParagraphStyle('hb', parent=sts, fontName=bold)
            rows = []
            for i, r in enumerate(b[1]):
                rows.append([P(c, hb if (i == 0 and opts.get('header', True)) else sts) for c in r])
            n = len(b[1][0])
            cw = [W * x for x in opts['widths']] if 'widths' in opts else [W / n] * n
            t = Table(rows, colWidths=cw, repeatRows=1 if opts.get('header', True) else 0)
            ts = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
            if opts.get('header', True):
                ts.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dddddd')))
            t.setStyle(TableStyle(ts))
            fl += [t, Spacer(1, 6)]
        elif k == 'mono':
            fl.append(Preformatted(b[1], stm))
        elif k == 'sp':
            fl.append(Spacer(1, b[1]))
        elif k == 'hr':
            fl.append(HRFlowable(width='100%', thickness=0.5, color=colors.grey, spaceBefore=3, spaceAfter=3))
        elif k == 'pb':
            fl.append(PageBreak())
        else:
            raise ValueError(k)

    class NumCanvas(cv.Canvas):
        def __init__(self, *a, **kw):
            cv.Canvas.__init__(self, *a, **kw)
            self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()
        def save(self):
            n = len(self._saved)
            for i, s in enumerate(self._saved):
                self.__dict__.update(s)
                self._deco(i + 1, n)
                cv.Canvas.showPage(self)
            cv.Canvas.save(self)
        def _deco(self, p, n):
            self.setFont(font, 7.5)
            if fax:
                self.setFont('Courier', 8)
                self.drawString(12 * mm, A4[1] - 8 * mm, fax.format(p=p, n=n))
                self.setFont(font, 7.5)
            if header:
                for j, line in enumerate(header.format(p=p, n=n).split('\n')):
                    self.drawString(margins[0] * mm, A4[1] - (13 + 3.5 * j) * mm, line)
            if footer:
                for j, line in enumerate(footer.format(p=p, n=n).split('\n')):
                    self.drawCentredString(A4[0] / 2, (10 + 3.5 * (len(footer.split('\n')) - 1 - j)) * mm, line)
            if pagenum:
                self.drawRightString(A4[0] - margins[2] * mm, 6 * mm, pagenum.format(p=p, n=n))

    out = os.path.join(outdir or DOCS, stem + '.pdf')
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=margins[0] * mm, topMargin=margins[1] * mm,
                            rightMargin=margins[2] * mm, bottomMargin=margins[3] * mm,
                            title=title or '', author='')
    doc.build(fl, canvasmaker=NumCanvas)
    return out

# ---------------------------------------------------------------- DOCX (python-docx)
def docx(stem, blocks, font='Calibri', size=10.5, header=None, footer=None, outdir=None, to_pdf=False):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    s = d.styles['Normal']
    s.font.name = font
    s.font.size = Pt(size)
    s.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20)
    W = 166

    def para(text, bold=False, size_=None, align=None, container=None, space_after=4, italic=False):
        p = (container or d).add_paragraph()
        lines = text.split('\n')
        for li, line in enumerate(lines):
            for t, b_, i_ in _runs(line):
                r = p.add_run(t)
                r.bold = bold or b_
                r.italic = italic or i_
                if size_:
                    r.font.size = Pt(size_)
            if li < len(lines) - 1:
                p.add_run().add_break()
        if align == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def cell_text(cell, text, bold=False, size_=None):
        cell.paragraphs[0].text = ''
        p = cell.paragraphs[0]
        lines = text.split('\n')
        for li, line in enumerate(lines):
            for t, b_, i_ in _runs(line):
                r = p.add_run(t)
                r.bold = bold or b_
                r.italic = i_
                if size_:
                    r.font.size = Pt(size_)
            if li < len(lines) - 1:
                p.add_run().add_break()

    def no_borders(tbl):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement('w:tblBorders')
        for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            el = OxmlElement('w:' + e)
            el.set(qn('w:val'), 'nil')
            b.append(el)
        tblPr.append(b)

    def widths(tbl, ws):
        for row in tbl.rows:
            for c, w in zip(row.cells, ws):
                c.width = Mm(W * w)

    if header:
        hp = sec.header.paragraphs[0]
        hp.text = ''
        for t, b_, i_ in _runs(header):
            r = hp.add_run(t); r.bold = b_; r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = ''
        for t, b_, i_ in _runs(footer):
            r = fp.add_run(t); r.font.size = Pt(7.5)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for b in blocks:
        k = b[0]
        if k == 'lh':
            name, lines = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            if opts.get('image'):
                path = logo_png(name, opts.get('sub', ''))
                t = d.add_table(rows=1, cols=2); no_borders(t); widths(t, (0.55, 0.45))
                t.cell(0, 0).paragraphs[0].add_run().add_picture(path, width=Mm(80))
                cell_text(t.cell(0, 1), '\n'.join(lines), size_=8)
            elif opts.get('stack'):
                para(name, bold=True, size_=size + 4, space_after=0)
                para('\n'.join(lines), size_=8)
            else:
                t = d.add_table(rows=1, cols=2); no_borders(t); widths(t, (0.55, 0.45))
                cell_text(t.cell(0, 0), name, bold=True, size_=size + 3)
                cell_text(t.cell(0, 1), '\n'.join(lines), size_=8)
            para('', space_after=2)
        elif k == 'cols':
            wl, wr = b[3] if len(b) > 3 else (0.55, 0.45)
            t = d.add_table(rows=1, cols=2); no_borders(t); widths(t, (wl, wr))
            cell_text(t.cell(0, 0), b[1]); cell_text(t.cell(0, 1), b[2])
            para('', space_after=2)
        elif k == 'title':
            para(b[1], bold=True, size_=size + 4, space_after=8)
        elif k == 'h':
            para(b[1], bold=True, space_after=2)
        elif k == 'p':
            para(b[1])
        elif k == 'small':
            para(b[1], size_=size - 2)
        elif k == 'right':
            para(b[1], align='right')
        elif k == 'center':
            para(b[1], align='center')
        elif k in ('kv', 'kv4'):
            opts = b[2] if len(b) > 2 else {}
            ncol = 2 if k == 'kv' else 4
            t = d.add_table(rows=len(b[1]), cols=ncol)
            if opts.get('grid'):
                t.style = 'Table Grid'
            else:
                no_borders(t)
            for i, r in enumerate(b[1]):
                for j, c in enumerate(r):
                    cell_text(t.cell(i, j), c, bold=(j % 2 == 0 and opts.get('boldlabel', True)))
            widths(t, opts.get('widths', (0.3, 0.7) if ncol == 2 else (0.17, 0.33, 0.17, 0.33)))
            para('', space_after=2)
        elif k == 'table':
            opts = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell_text(t.cell(i, j), c, bold=(i == 0 and opts.get('header', True)), size_=size - 1)
            if 'widths' in opts:
                widths(t, opts['widths'])
            para('', space_after=2)
        elif k == 'mono':
            p = d.add_paragraph()
            lines = b[1].split('\n')
            for li, line in enumerate(lines):
                r = p.add_run(line); r.font.name = 'Courier New'; r.font.size = Pt(size - 1.5)
                if li < len(lines) - 1:
                    r.add_break()
        elif k == 'sp':
            para('', space_after=b[1])
        elif k == 'hr':
            para('_' * 80, size_=6)
        elif k == 'pb':
            d.add_page_break()
        else:
            raise ValueError(k)

    if to_pdf:
        tmpd = tempfile.mkdtemp(dir=BUILD)
        src = os.path.join(tmpd, stem + '.docx')
        d.save(src)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmpd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dst = os.path.join(outdir or DOCS, stem + '.pdf')
        shutil.move(os.path.join(tmpd, stem + '.pdf'), dst)
        shutil.rmtree(tmpd)
        return dst
    out = os.path.join(outdir or DOCS, stem + '.docx')
    d.save(out)
    return out

# ---------------------------------------------------------------- merged PDFs
def merge(stem, part_paths):
    subprocess.run(['pdfunite'] + list(part_paths) + [os.path.join(DOCS, stem + '.pdf')], check=True)
