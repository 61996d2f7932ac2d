"""Shared rendering helpers for the `ab` corpus documents (abroad / treated abroad).

Documents are written in a tiny line markup:
  # Title                 title line
  ## Heading              section heading (bold)
  F: Label | Value        two-column field row (label and value are separate runs)
  T: a | b | c            table row (first row of a group = header)
  L: text                 line kept as-is (address blocks); consecutive L lines form one block
  R: text                 right-aligned line
  ---                     page break
  (other lines)           prose; consecutive lines join into one paragraph, blank line ends it
  **bold** inline         bold run
"""
import os, re, subprocess, shutil, html
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Image as RLImage, KeepTogether)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'docs')
OUT = os.path.normpath(OUT)
TMP = '/tmp/corpus-ab'
os.makedirs(TMP, exist_ok=True)

_DJ = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DejaVu', _DJ + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DejaVu-Bold', _DJ + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSerif', _DJ + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuSerif-Bold', _DJ + 'DejaVuSerif-Bold.ttf'))
FONTS = {
    'helv': ('Helvetica', 'Helvetica-Bold'),
    'times': ('Times-Roman', 'Times-Bold'),
    'dejavu': ('DejaVu', 'DejaVu-Bold'),
    'serif': ('DejaVuSerif', 'DejaVuSerif-Bold'),
}


# ----------------------------------------------------------------------------- parsing
def parse(text):
    """Return a list of blocks: (type, payload)."""
    blocks, para, lines = [], [], []

    def flush():
        nonlocal para, lines
        if para:
            # lines typed one under the other stay separate lines (lists, diagnoses, medication)
            blocks.append(('p', para[0]) if len(para) == 1 else ('lines', para))
            para = []
        if lines:
            blocks.append(('lines', lines))
            lines = []

    rows, rtype = [], None

    def flush_rows():
        nonlocal rows, rtype
        if rows:
            blocks.append((rtype, rows))
            rows, rtype = [], None

    for raw in text.strip('\n').split('\n'):
        line = raw.rstrip()
        m = re.match(r'^(F|T): ?(.*)$', line)
        if m:
            flush()
            t = 'fields' if m.group(1) == 'F' else 'table'
            if rtype and rtype != t:
                flush_rows()
            rtype = t
            cells = [c.strip() for c in m.group(2).split(' | ')]
            rows.append(cells)
            continue
        flush_rows()
        if line.startswith('L: ') or line == 'L:':
            if para:
                blocks.append(('p', para[0]) if len(para) == 1 else ('lines', para)); para = []
            lines.append(line[3:])
            continue
        if lines:
            blocks.append(('lines', lines)); lines = []
        if not line.strip():
            flush(); continue
        if line == '---':
            flush(); blocks.append(('pagebreak', None)); continue
        if line.startswith('## '):
            flush(); blocks.append(('h2', line[3:])); continue
        if line.startswith('# '):
            flush(); blocks.append(('h1', line[2:])); continue
        if line.startswith('R: '):
            flush(); blocks.append(('right', line[3:])); continue
        para.append(line.strip())
    flush(); flush_rows()
    return blocks


def plain(s):
    return s.replace('**', '')


def rl_inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)


# ----------------------------------------------------------------------------- logo image
def logo_png(name, text, sub='', color=(0, 70, 130), w=900, h=170):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new('RGB', (w, h), 'white')
    d = ImageDraw.Draw(img)
    f1 = ImageFont.truetype(_DJ + 'DejaVuSans-Bold.ttf', 58)
    f2 = ImageFont.truetype(_DJ + 'DejaVuSans.ttf', 30)
    d.rectangle([0, 0, 22, h], fill=color)
    d.text((45, 18), text, font=f1, fill=color)
    if sub:
        d.text((47, 105), sub, font=f2, fill=(90, 90, 90))
    p = os.path.join(TMP, name + '-logo.png')
    img.save(p)
    return p


# ----------------------------------------------------------------------------- platypus PDF
class _NumCanvas(rl_canvas.Canvas):
    """Canvas that knows the total page count (for 'page x of y' footers)."""
    def __init__(self, *a, **k):
        self._deco = k.pop('deco')
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self._deco(self, self._pageNumber, n)
            super().showPage()
        super().save()


def pdf_platypus(stem, doc):
    """doc: dict with body (markup), font, head (letterhead dict), footer (fmt with {p},{n}), fax (fmt)."""
    fn, fb = FONTS[doc.get('font', 'helv')]
    size = doc.get('size', 10)
    st = ParagraphStyle('b', fontName=fn, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6)
    st_l = ParagraphStyle('l', parent=st, spaceAfter=size * 0.6)
    st_h1 = ParagraphStyle('h1', parent=st, fontName=fb, fontSize=size + 4, leading=(size + 4) * 1.3,
                           spaceBefore=4, spaceAfter=8)
    st_h2 = ParagraphStyle('h2', parent=st, fontName=fb, spaceBefore=6, spaceAfter=2)
    st_r = ParagraphStyle('r', parent=st, alignment=2)
    st_cell = ParagraphStyle('c', parent=st, spaceAfter=0, fontSize=size - 0.5, leading=(size - 0.5) * 1.3)
    st_cellb = ParagraphStyle('cb', parent=st_cell, fontName=fb)
    W = A4[0] - 2 * 22 * mm

    def letterhead(head):
        out = []
        if not head:
            return out
        left = []
        if head.get('logo'):
            p = logo_png(stem + str(id(head)), head['logo'], head.get('logo_sub', ''),
                         tuple(head.get('color', (0, 70, 130))))
            left.append(RLImage(p, width=70 * mm, height=70 * mm * 170 / 900))
        if head.get('org'):
            left.append(Paragraph('<b>%s</b>' % rl_inline(head['org']),
                                  ParagraphStyle('o', parent=st, fontSize=size + 3, leading=(size + 3) * 1.3,
                                                 fontName=fb, spaceAfter=2)))
        for l in head.get('lines', []):
            left.append(Paragraph(rl_inline(l), ParagraphStyle('hl', parent=st, fontSize=size - 1.5,
                                                                leading=(size - 1.5) * 1.3, spaceAfter=0)))
        right = [Paragraph(rl_inline(l), ParagraphStyle('hr', parent=st, fontSize=size - 1.5,
                                                         leading=(size - 1.5) * 1.3, spaceAfter=0))
                 for l in head.get('right', [])]
        if right:
            t = Table([[left, right]], colWidths=[W * 0.6, W * 0.4])
        else:
            t = Table([[left]], colWidths=[W])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
        out.append(t)
        if head.get('rule', True):
            out.append(Table([['']], colWidths=[W], rowHeights=[3],
                             style=[('LINEBELOW', (0, 0), (-1, -1), 0.8, colors.HexColor(head.get('rulecolor', '#335577')))]))
        out.append(Spacer(1, 8))
        return out

    def flow(body, label_w=None):
        out = []
        for typ, pay in parse(body):
            if typ == 'p':
                out.append(Paragraph(rl_inline(pay), st))
            elif typ == 'lines':
                out.append(Paragraph('<br/>'.join(rl_inline(x) for x in pay), st_l))
            elif typ == 'h1':
                out.append(Paragraph(rl_inline(pay), st_h1))
            elif typ == 'h2':
                out.append(Paragraph(rl_inline(pay), st_h2))
            elif typ == 'right':
                out.append(Paragraph(rl_inline(pay), st_r))
            elif typ == 'pagebreak':
                out.append(PageBreak())
            elif typ == 'fields':
                lw = label_w or doc.get('label_w', 0.3)
                data = [[Paragraph(rl_inline(r[0]), st_cellb),
                         Paragraph(rl_inline(r[1] if len(r) > 1 else ''), st_cell)] for r in pay]
                t = Table(data, colWidths=[W * lw, W * (1 - lw)])
                t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                       ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
                out.append(t); out.append(Spacer(1, 6))
            elif typ == 'table':
                ncol = max(len(r) for r in pay)
                data = []
                for i, r in enumerate(pay):
                    r = r + [''] * (ncol - len(r))
                    data.append([Paragraph(rl_inline(c), st_cellb if i == 0 else st_cell) for c in r])
                cw = doc.get('colw')
                t = Table(data, colWidths=[W * x for x in cw] if cw else None, repeatRows=1)
                t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')),
                                       ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
                out.append(t); out.append(Spacer(1, 8))
        return out

    story = []
    parts = doc.get('parts') or [doc]
    for i, part in enumerate(parts):
        if i:
            story.append(PageBreak())
        story += letterhead(part.get('head'))
        story += flow(part['body'], part.get('label_w'))

    footer, fax = doc.get('footer'), doc.get('fax')

    def deco(c, p, n):
        c.saveState()
        c.setFont(fn, 7.5)
        if fax:
            c.drawString(15 * mm, A4[1] - 9 * mm, fax.format(p=p, n=n))
        if footer:
            c.drawCentredString(A4[0] / 2, 12 * mm, footer.format(p=p, n=n))
        c.restoreState()

    path = os.path.join(OUT, stem + '.pdf')
    d = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                        topMargin=(18 if fax else 15) * mm, bottomMargin=20 * mm,
                        title=doc.get('pdf_title', ''), author=doc.get('pdf_author', ''))
    d.addPageTemplates([PageTemplate('x', [Frame(d.leftMargin, d.bottomMargin, d.width, d.height, id='f')])])
    d.build(story, canvasmaker=lambda *a, **k: _NumCanvas(*a, deco=deco, **k))
    return path


# ----------------------------------------------------------------------------- canvas PDF (forms)
def pdf_canvas(stem, doc):
    """Hand-placed form: labels and values drawn with separate drawString calls."""
    fn, fb = FONTS[doc.get('font', 'helv')]
    size = doc.get('size', 9.5)
    lead = size * 1.4
    path = os.path.join(OUT, stem + '.pdf')
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle(doc.get('pdf_title', ''))
    X0, X1 = 20 * mm, A4[0] - 20 * mm
    VX = X0 + doc.get('value_x', 48) * mm
    head = doc.get('head') or {}
    hyph = doc.get('hyphenate', False)
    state = {'page': 1, 'y': 0}
    pages_total = doc.get('pages_hint')

    def wrap(text, font, sz, width):
        words, lines, cur = text.split(' '), [], ''
        for w in words:
            cand = (cur + ' ' + w).strip()
            if pdfmetrics.stringWidth(cand, font, sz) <= width:
                cur = cand; continue
            if hyph and len(w) > 9 and cur:
                # split the word with a hyphen at the end of the line
                for k in range(len(w) - 4, 3, -1):
                    a = (cur + ' ' + w[:k] + '-')
                    if pdfmetrics.stringWidth(a, font, sz) <= width:
                        lines.append(a); cur = w[k:]; break
                else:
                    lines.append(cur); cur = w
                continue
            if cur:
                lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
        return lines or ['']

    def draw_head():
        y = A4[1] - 15 * mm
        if doc.get('fax'):
            c.setFont('Courier', 7.5)
            c.drawString(X0 - 8 * mm, A4[1] - 8 * mm, doc['fax'].format(p=state['page'], n=pages_total or '?'))
        if head.get('logo'):
            p = logo_png(stem, head['logo'], head.get('logo_sub', ''), tuple(head.get('color', (0, 70, 130))))
            c.drawImage(p, X0, y - 14 * mm, width=75 * mm, height=75 * mm * 170 / 900)
            y -= 17 * mm
        if head.get('org'):
            c.setFont(fb, size + 3); c.drawString(X0, y - size, plain(head['org'])); y -= size + 6
        c.setFont(fn, size - 1.5)
        for l in head.get('lines', []):
            c.drawString(X0, y - size, plain(l)); y -= (size - 1.5) * 1.35
        ry = A4[1] - 15 * mm - (17 * mm if head.get('logo') else 0)
        for l in head.get('right', []):
            c.drawRightString(X1, ry - size, plain(l)); ry -= (size - 1.5) * 1.35
        y = min(y, ry) - 4
        c.setStrokeColor(colors.HexColor('#555555')); c.setLineWidth(0.7)
        c.line(X0, y, X1, y)
        state['y'] = y - 14
        if doc.get('footer'):
            c.setFont(fn, 7)
            c.drawCentredString(A4[0] / 2, 10 * mm, doc['footer'].format(p=state['page'], n=pages_total or state['page']))

    def need(h):
        if state['y'] - h < 20 * mm:
            c.showPage(); state['page'] += 1; draw_head()

    draw_head()

    def runs(x, y, text, maxw, base_font):
        """draw text with **bold** parts as separate runs; simple (no wrap)"""
        for i, seg in enumerate(re.split(r'\*\*', text)):
            f = fb if i % 2 else base_font
            c.setFont(f, size)
            c.drawString(x, y, seg)
            x += pdfmetrics.stringWidth(seg, f, size)

    for typ, pay in parse(doc['body']):
        if typ == 'h1':
            need(lead * 2); c.setFont(fb, size + 4)
            c.drawString(X0, state['y'] - size, plain(pay)); state['y'] -= lead * 2
        elif typ == 'h2':
            need(lead * 2); state['y'] -= 4
            c.setFont(fb, size + 0.5); c.drawString(X0, state['y'] - size, plain(pay))
            if doc.get('h2_rule'):
                c.setLineWidth(0.3); c.line(X0, state['y'] - size - 3, X1, state['y'] - size - 3)
            state['y'] -= lead + 2
        elif typ == 'pagebreak':
            c.showPage(); state['page'] += 1; draw_head()
        elif typ == 'right':
            need(lead); c.setFont(fn, size); c.drawRightString(X1, state['y'] - size, plain(pay)); state['y'] -= lead
        elif typ in ('p', 'lines'):
            items = [pay] if typ == 'p' else pay
            for it in items:
                if '**' in it and typ == 'lines' and pdfmetrics.stringWidth(plain(it), fb, size) < X1 - X0:
                    need(lead); runs(X0, state['y'] - size, it, X1 - X0, fn); state['y'] -= lead; continue
                for ln in wrap(plain(it), fn, size, X1 - X0):
                    need(lead); c.setFont(fn, size); c.drawString(X0, state['y'] - size, ln); state['y'] -= lead
            state['y'] -= lead * 0.5
        elif typ == 'fields':
            for r in pay:
                lab, val = plain(r[0]), plain(r[1] if len(r) > 1 else '')
                vl = []
                for part in val.split(' // '):
                    vl += wrap(part, fn, size, X1 - VX)
                need(lead * len(vl))
                c.setFont(fb, size); c.drawString(X0, state['y'] - size, lab)
                c.setFont(fn, size)
                for ln in vl:
                    c.drawString(VX, state['y'] - size, ln); state['y'] -= lead
            state['y'] -= lead * 0.5
        elif typ == 'table':
            ncol = max(len(r) for r in pay)
            cw = doc.get('colw') or [1.0 / ncol] * ncol
            xs = [X0]
            for w in cw[:-1]:
                xs.append(xs[-1] + w * (X1 - X0))
            for i, r in enumerate(pay):
                cells = [wrap(plain(x), fb if i == 0 else fn, size - 0.5, cw[j] * (X1 - X0) - 6)
                         for j, x in enumerate(r)]
                h = max(len(x) for x in cells) * lead
                need(h + 4)
                for j, cl in enumerate(cells):
                    c.setFont(fb if i == 0 else fn, size - 0.5)
                    yy = state['y'] - size
                    for ln in cl:
                        c.drawString(xs[j] + 2, yy, ln); yy -= lead
                state['y'] -= h + 2
                c.setLineWidth(0.3); c.line(X0, state['y'] + 1, X1, state['y'] + 1)
                state['y'] -= 2
            state['y'] -= lead * 0.5
    c.showPage()
    c.save()
    return path


# ----------------------------------------------------------------------------- HTML -> PDF via LibreOffice
def _html(doc):
    css = doc.get('css', '') or ''
    font = {'helv': 'Liberation Sans', 'times': 'Liberation Serif', 'dejavu': 'DejaVu Sans',
            'serif': 'DejaVu Serif'}[doc.get('font', 'helv')]
    out = ['<html><head><meta charset="utf-8"><style>',
           'body{font-family:"%s";font-size:%spt} td{vertical-align:top;font-size:%spt} '
           'table.g td, table.g th{border:1px solid #888;padding:2px 4px} table.g{border-collapse:collapse} '
           'h1{font-size:15pt} h2{font-size:11pt;margin-bottom:2pt} p{margin-top:2pt;margin-bottom:6pt}' % (
               font, doc.get('size', 10), doc.get('size', 10) - 0.5) + css,
           '</style></head><body>']

    def inl(s):
        return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', html.escape(s, quote=False))

    for pi, part in enumerate(doc.get('parts') or [doc]):
        if pi:
            out.append('<p style="page-break-before:always"></p>')
        head = part.get('head')
        if head:
            left = ''
            if head.get('org'):
                left += '<b style="font-size:14pt;color:#1a4b7a">%s</b><br/>' % inl(head['org'])
            left += '<br/>'.join('<span style="font-size:8.5pt">%s</span>' % inl(l) for l in head.get('lines', []))
            right = '<br/>'.join('<span style="font-size:8.5pt">%s</span>' % inl(l) for l in head.get('right', []))
            out.append('<table width="100%%" style="border-bottom:2px solid #1a4b7a"><tr><td width="60%%">%s</td>'
                       '<td width="40%%" align="right">%s</td></tr></table><br/>' % (left, right))
        for typ, pay in parse(part['body']):
            if typ == 'p':
                out.append('<p>%s</p>' % inl(pay))
            elif typ == 'lines':
                out.append('<p>%s</p>' % '<br/>'.join(inl(x) for x in pay))
            elif typ == 'h1':
                out.append('<h1>%s</h1>' % inl(pay))
            elif typ == 'h2':
                out.append('<h2>%s</h2>' % inl(pay))
            elif typ == 'right':
                out.append('<p align="right">%s</p>' % inl(pay))
            elif typ == 'pagebreak':
                out.append('<p style="page-break-before:always"></p>')
            elif typ == 'fields':
                out.append('<table width="100%">' + ''.join(
                    '<tr><td width="30%%"><b>%s</b></td><td>%s</td></tr>' % (inl(r[0]), inl(r[1] if len(r) > 1 else ''))
                    for r in pay) + '</table><br/>')
            elif typ == 'table':
                rows = []
                for i, r in enumerate(pay):
                    tag = 'th' if i == 0 else 'td'
                    rows.append('<tr>%s</tr>' % ''.join('<%s>%s</%s>' % (tag, inl(x), tag) for x in r))
                out.append('<table class="g" width="100%%">%s</table><br/>' % ''.join(rows))
    out.append('</body></html>')
    return '\n'.join(out)


def pdf_html(stem, doc):
    src = os.path.join(TMP, stem + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(_html(doc))
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(TMP, stem + '.pdf'), os.path.join(OUT, stem + '.pdf'))
    return os.path.join(OUT, stem + '.pdf')


# ----------------------------------------------------------------------------- DOCX
def docx_doc(stem, doc):
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    stl = d.styles['Normal']
    stl.font.name = {'helv': 'Arial', 'times': 'Times New Roman', 'dejavu': 'Calibri', 'serif': 'Cambria'}[
        doc.get('font', 'helv')]
    stl.font.size = Pt(doc.get('size', 10))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Mm(22)

    def add_runs(p, text):
        for i, seg in enumerate(re.split(r'\*\*', text)):
            if seg:
                r = p.add_run(seg); r.bold = bool(i % 2)

    head = doc.get('head')
    if head:
        target = sec.header if doc.get('docx_header', True) else d
        if doc.get('docx_header', True):
            hp = sec.header.paragraphs[0]
        else:
            hp = d.add_paragraph()
        if head.get('org'):
            r = hp.add_run(plain(head['org'])); r.bold = True; r.font.size = Pt(13)
        for l in head.get('lines', []):
            p = target.add_paragraph(); r = p.add_run(plain(l)); r.font.size = Pt(8)
        if head.get('right'):
            for l in head['right']:
                p = target.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = p.add_run(plain(l)); r.font.size = Pt(8)
    if doc.get('footer'):
        fp = sec.footer.paragraphs[0]
        fp.text = doc['footer'].replace('{p}', '1').replace('{n}', '1') if doc.get('footer_static') else doc['footer'].split('{')[0].strip()
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for typ, pay in parse(doc['body']):
        if typ == 'p':
            add_runs(d.add_paragraph(), pay)
        elif typ == 'lines':
            p = d.add_paragraph()
            for i, x in enumerate(pay):
                if i:
                    p.add_run().add_break()
                add_runs(p, x)
        elif typ == 'h1':
            p = d.add_paragraph(); r = p.add_run(plain(pay)); r.bold = True; r.font.size = Pt(14)
        elif typ == 'h2':
            p = d.add_paragraph(); r = p.add_run(plain(pay)); r.bold = True
            if doc.get('h2_style'):
                p.style = d.styles['Heading 2']
        elif typ == 'right':
            p = d.add_paragraph(); add_runs(p, pay); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif typ == 'pagebreak':
            d.add_page_break()
        elif typ == 'fields':
            t = d.add_table(rows=0, cols=2)
            for r in pay:
                cells = t.add_row().cells
                cells[0].paragraphs[0].add_run(plain(r[0])).bold = True
                add_runs(cells[1].paragraphs[0], r[1] if len(r) > 1 else '')
                cells[0].width = Mm(50)
            d.add_paragraph()
        elif typ == 'table':
            ncol = max(len(r) for r in pay)
            t = d.add_table(rows=0, cols=ncol)
            t.style = d.styles['Table Grid']
            for i, r in enumerate(pay):
                cells = t.add_row().cells
                for j, x in enumerate(r):
                    run = cells[j].paragraphs[0].add_run(plain(x)); run.bold = (i == 0)
            d.add_paragraph()
    path = os.path.join(OUT, stem + '.docx')
    d.save(path)
    return path


# ----------------------------------------------------------------------------- TXT
def txt_doc(stem, doc):
    """Plain-text export. Lines are kept as typed (no joining); markup lines (F:, T:, L:, R:, #) are
    laid out; with doc['wrap'] long lines are wrapped, splitting long words with a hyphen."""
    import re as _re
    w = doc.get('label_pad', 22)
    width = doc.get('wrap')
    out = []
    head = doc.get('head')
    if head:
        if head.get('org'):
            out.append(plain(head['org']))
        out += [plain(l) for l in head.get('lines', [])]
        out += [' ' * 50 + plain(l) for l in head.get('right', [])]
        out.append('')
    rows = []

    def flush_rows():
        if not rows:
            return
        if rows[0][0] == 'F':
            for _, r in rows:
                out.append((plain(r[0]) + ' ').ljust(w) + plain(r[1] if len(r) > 1 else ''))
        else:
            tab = [r for _, r in rows]
            ncol = max(len(r) for r in tab)
            ws = [max(len(plain(r[j])) if j < len(r) else 0 for r in tab) + 2 for j in range(ncol)]
            for r in tab:
                out.append(''.join(plain(x).ljust(ws[j]) for j, x in enumerate(r)).rstrip())
        rows.clear()

    for line in doc['body'].strip('\n').split('\n'):
        m = _re.match(r'^(F|T): ?(.*)$', line)
        if m:
            if rows and rows[0][0] != m.group(1):
                flush_rows()
            rows.append((m.group(1), [c.strip() for c in m.group(2).split(' | ')]))
            continue
        flush_rows()
        if line.startswith('## '):
            out.append(plain(line[3:]).upper() if doc.get('upper_h2') else plain(line[3:]))
        elif line.startswith('# '):
            out.append(plain(line[2:]).upper())
        elif line.startswith('L: ') or line == 'L:':
            out.append(plain(line[3:]))
        elif line.startswith('R: '):
            out.append(' ' * 45 + plain(line[3:]))
        elif line == '---':
            out.append('\f')
        elif width and len(line) > width:
            out += _hwrap(plain(line), width)
        else:
            out.append(plain(line))
    flush_rows()
    text = '\n'.join(out).rstrip() + '\n'
    if doc.get('crlf'):
        text = text.replace('\n', '\r\n')
    path = os.path.join(OUT, stem + '.txt')
    with open(path, 'w', encoding=doc.get('encoding', 'utf-8'), newline='') as f:
        f.write(text)
    return path


def _hwrap(s, width):
    lines, cur = [], ''
    for word in s.split(' '):
        cand = (cur + ' ' + word).strip()
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - 2
        k = min(room, len(word) - 3)
        while k > 3 and not (word[k - 1] in 'aeiouy' and word[k] not in 'aeiouy' and word[k].isalpha()):
            k -= 1
        if len(word) > 10 and k > 3:
            lines.append(cur + ' ' + word[:k] + '-')
            cur = word[k:]
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------- labels
def _tq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(stem, lab):
    L = []
    L.append('kinds = [%s]' % ', '.join(_tq(k) for k in lab['kinds']))
    if lab.get('date'):
        L.append('date = %s' % _tq(lab['date']))
    if lab.get('also_dates'):
        L.append('also_dates = [%s]' % ', '.join(_tq(x) for x in lab['also_dates']))
    L.append('author = %s' % _tq(lab['author']))
    L.append('language = %s' % _tq(lab['language']))
    L.append('style = %s' % _tq(lab['style']))
    if 'referral' in lab['kinds']:
        L.append('referral_question = %s' % ('true' if lab['referral_question'] else 'false'))
    for k in ('imaging_done', 'operated', 'treated_abroad'):
        L.append('%s = %s' % (k, _tq(lab[k])))
    L.append('notes = %s' % _tq(lab.get('notes', '')))
    for p in lab.get('parts', []):
        L.append('')
        L.append('[[part]]')
        L.append('kinds = [%s]' % ', '.join(_tq(k) for k in p['kinds']))
        if p.get('date'):
            L.append('date = %s' % _tq(p['date']))
        L.append('author = %s' % _tq(p['author']))
    with open(os.path.join(OUT, stem + '.toml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')


RENDER = {'pdf': pdf_platypus, 'canvas': pdf_canvas, 'html': pdf_html, 'docx': docx_doc, 'txt': txt_doc}


def build(docs):
    for d in docs:
        RENDER[d['fmt']](d['stem'], d)
        write_label(d['stem'], d['label'])
        print('ok', d['stem'], d['fmt'])
