"""Shared rendering helpers for the gp-* corpus documents (Dutch GP side of a dossier).

Texts are written in a tiny line markup and rendered by several different back-ends so that the
corpus holds real layout variety:

    LH: left | right        letterhead row (two columns)
    # Title                 bold title         ## Sub   bold sub-heading
    K: label | value        label/value form row (value may be empty; label may be empty = continuation)
    T: a | b | c            table row (first row of a block is the header)
    >R text                 right-aligned line
    ---                     horizontal rule
    ~                       page break
    other lines             kept as separate lines; a blank line ends a paragraph
"""
import json
import re
import shutil
import subprocess
import textwrap
from html import escape
from pathlib import Path

DOCS = Path('/work/main/tests/corpus/docs')
SCR = Path('/tmp/corpus-gp')
SCR.mkdir(parents=True, exist_ok=True)
DOCS.mkdir(parents=True, exist_ok=True)


# ----------------------------------------------------------------------------------------- parse
def parse(text):
    blocks = []
    para = []

    def flush():
        nonlocal para
        if para:
            blocks.append(('p', para))
            para = []

    for raw in text.strip('\n').split('\n'):
        ln = raw.rstrip()
        tag = None
        if ln.strip() == '':
            flush()
            continue
        if ln.startswith('LH: '):
            tag, data = 'lh', [c.strip() for c in ln[4:].split('|', 1)] + ['']
            data = data[:2]
        elif ln.startswith('K: '):
            tag = 'kv'
            parts = ln[3:].split('|', 1)
            data = [parts[0].strip(), parts[1].strip() if len(parts) > 1 else '']
        elif ln.startswith('T: '):
            tag, data = 'table', [c.strip() for c in ln[3:].split('|')]
        if tag:
            flush()
            if blocks and blocks[-1][0] == tag:
                blocks[-1][1].append(data)
            else:
                blocks.append((tag, [data]))
            continue
        if ln.startswith('## '):
            flush(); blocks.append(('h2', ln[3:]))
        elif ln.startswith('# '):
            flush(); blocks.append(('h1', ln[2:]))
        elif ln.startswith('>R '):
            flush(); blocks.append(('right', ln[3:]))
        elif ln.strip() == '---':
            flush(); blocks.append(('hr', None))
        elif ln.strip() == '~':
            flush(); blocks.append(('pb', None))
        else:
            para.append(ln)
    flush()
    return blocks


def plain(s):
    return s.replace('**', '')


# ------------------------------------------------------------------------------------------ txt
def render_txt(path, text, width=88, kv_w=26, title_style='upper', header=None, wrap=True):
    out = []
    if header:
        out.append(header)
        out.append('')
    for tag, data in parse(text):
        if tag == 'lh':
            for l, r in data:
                out.append((plain(l).ljust(46) + plain(r)).rstrip())
            out.append('')
        elif tag == 'h1':
            t = plain(data)
            if title_style == 'upper':
                out.append(t.upper())
            elif title_style == 'underline':
                out += [t, '=' * len(t)]
            else:
                out.append(t)
            out.append('')
        elif tag == 'h2':
            t = plain(data)
            out += [t, '-' * len(t)] if title_style == 'underline' else [t + ':' if not t.endswith(':') else t]
        elif tag == 'kv':
            for l, v in data:
                lab = (plain(l) + (':' if l and not l.endswith(':') else '')).ljust(kv_w)
                v = plain(v)
                lines = textwrap.wrap(v, max(20, width - kv_w)) if (wrap and v) else [v]
                out.append((lab + lines[0]).rstrip())
                for extra in lines[1:]:
                    out.append(' ' * kv_w + extra)
            out.append('')
        elif tag == 'table':
            n = max(len(r) for r in data)
            ws = [max(len(plain(r[i])) if i < len(r) else 0 for r in data) + 2 for i in range(n)]
            for j, r in enumerate(data):
                out.append(''.join(plain(c).ljust(ws[i]) for i, c in enumerate(r)).rstrip())
                if j == 0:
                    out.append('-' * min(sum(ws), width))
            out.append('')
        elif tag == 'p':
            for l in data:
                l = plain(l)
                if wrap and len(l) > width:
                    out += textwrap.wrap(l, width)
                else:
                    out.append(l)
            out.append('')
        elif tag == 'right':
            out.append(plain(data).rjust(width))
        elif tag == 'hr':
            out.append('-' * width)
        elif tag == 'pb':
            out.append('')
            if header:
                out += [header, '']
    Path(path).write_text('\n'.join(out).rstrip() + '\n', encoding='utf-8')


# ------------------------------------------------------------------------------------- platypus
def _px(s):
    s = escape(s, quote=False)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)


def render_platypus(path, text, font='Helvetica', size=10, header=None, footer=None, pagenum='Pagina {p} van {n}',
                    kv_w=45, kv_grid=False, fax=None, margins=(22, 20, 22, 22), lh_right_size=8.5,
                    title_size=13, title_align=0):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    bold = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold', 'Courier': 'Courier-Bold'}[font]
    st = ParagraphStyle('b', fontName=font, fontSize=size, leading=size * 1.3)
    stb = ParagraphStyle('bb', parent=st, fontName=bold)
    sth1 = ParagraphStyle('h1', parent=st, fontName=bold, fontSize=title_size, leading=title_size * 1.3,
                          spaceBefore=4, spaceAfter=6, alignment=title_align)
    sth2 = ParagraphStyle('h2', parent=st, fontName=bold, fontSize=size + 0.5, spaceBefore=6, spaceAfter=2)
    str_ = ParagraphStyle('r', parent=st, alignment=TA_RIGHT)
    stsm = ParagraphStyle('sm', parent=st, fontSize=lh_right_size, leading=lh_right_size * 1.25)
    W = A4[0] - (margins[1] + margins[3]) * mm

    def story():
        s = []
        for tag, data in parse(text):
            if tag == 'lh':
                rows = []
                for i, (l, r) in enumerate(data):
                    rows.append([Paragraph(_px(l), sth2 if i == 0 else stsm), Paragraph(_px(r), stsm)])
                t = Table(rows, colWidths=[W * 0.55, W * 0.45])
                t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                                       ('TOPPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
                s += [t, Spacer(1, 5 * mm)]
            elif tag == 'h1':
                s.append(Paragraph(_px(data), sth1))
            elif tag == 'h2':
                s.append(Paragraph(_px(data), sth2))
            elif tag == 'kv':
                rows = [[Paragraph(_px(l), stb), Paragraph(_px(v), st)] for l, v in data]
                t = Table(rows, colWidths=[kv_w * mm, W - kv_w * mm])
                ts = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                      ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]
                if kv_grid:
                    ts += [('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('BACKGROUND', (0, 0), (0, -1), colors.Color(0.92, 0.94, 0.97))]
                t.setStyle(TableStyle(ts))
                s += [t, Spacer(1, 3 * mm)]
            elif tag == 'table':
                n = max(len(r) for r in data)
                rows = [[Paragraph(_px(c), stb if j == 0 else st) for c in r] + [''] * (n - len(r))
                        for j, r in enumerate(data)]
                t = Table(rows, colWidths=[W / n] * n, repeatRows=1)
                t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('BACKGROUND', (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
                s += [t, Spacer(1, 3 * mm)]
            elif tag == 'p':
                s += [Paragraph('<br/>'.join(_px(l) for l in data), st), Spacer(1, size * 0.6)]
            elif tag == 'right':
                s.append(Paragraph(_px(data), str_))
            elif tag == 'hr':
                s.append(HRFlowable(width='100%', thickness=0.6, color=colors.grey, spaceBefore=2, spaceAfter=4))
            elif tag == 'pb':
                s.append(PageBreak())
        return s

    total = [1]

    def deco(c, doc):
        c.saveState()
        p = doc.page
        if fax:
            c.setFont('Courier', 8)
            c.drawString(12 * mm, A4[1] - 8 * mm, fax.format(p=p, n=total[0]))
        if header:
            c.setFont(font, 7.5)
            c.drawString(margins[3] * mm, A4[1] - 13 * mm, header)
            c.line(margins[3] * mm, A4[1] - 14.5 * mm, A4[0] - margins[1] * mm, A4[1] - 14.5 * mm)
        c.setFont(font, 7.5)
        if footer:
            c.drawString(margins[3] * mm, 10 * mm, footer)
        if pagenum:
            c.drawRightString(A4[0] - margins[1] * mm, 10 * mm, pagenum.format(p=p, n=total[0]))
        c.restoreState()

    for _ in range(2):
        doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                                bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm,
                                title='', author='')
        doc.build(story(), onFirstPage=deco, onLaterPages=deco)
        total[0] = doc.page


# --------------------------------------------------------------------------------------- canvas
def render_canvas(path, text, font='Helvetica', size=9.5, kv_x=52, header=None, footer=None,
                  pagenum='Pagina {p} van {n}', bars=False, fax=None, left=20, lh_x=118, title_size=13):
    """Low-level canvas: every label and value is drawn with its own drawString call."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    bold = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold', 'Courier': 'Courier-Bold'}[font]
    Wp, Hp = A4
    x0 = left * mm
    xr = Wp - 18 * mm
    lead = size * 1.32
    top = Hp - (24 if (header or fax) else 18) * mm
    bottom = 20 * mm
    pages = [[]]
    y = [top]

    def need(h):
        if y[0] - h < bottom:
            pages.append([])
            y[0] = top

    def op(*a):
        pages[-1].append(a)

    for tag, data in parse(text):
        if tag == 'lh':
            for i, (l, r) in enumerate(data):
                need(lead)
                if l:
                    op('s', bold if i == 0 else font, size + (2.5 if i == 0 else -0.5), x0, y[0], plain(l))
                if r:
                    op('s', font, size - 1, lh_x * mm, y[0], plain(r))
                y[0] -= lead + (2 if i == 0 else 0)
            y[0] -= lead * 0.8
        elif tag == 'h1':
            need(lead * 2.2)
            y[0] -= 3
            if bars:
                op('bar', x0 - 2, y[0] - 4, xr - x0 + 4, title_size + 5)
            op('s', bold, title_size, x0, y[0], plain(data))
            y[0] -= title_size * 1.6
        elif tag == 'h2':
            need(lead * 2.5)
            y[0] -= 4
            if bars:
                op('bar', x0 - 2, y[0] - 3, xr - x0 + 4, size + 4)
            op('s', bold, size + 0.5, x0, y[0], plain(data))
            if not bars:
                op('line', x0, y[0] - 3, xr, y[0] - 3)
            y[0] -= lead * 1.3
        elif tag == 'kv':
            for l, v in data:
                vl = simpleSplit(plain(v), font, size, xr - kv_x * mm) or ['']
                need(lead * min(len(vl), 3))
                if l:
                    from reportlab.pdfbase.pdfmetrics import stringWidth
                    ls = size
                    while ls > 6 and stringWidth(plain(l), bold, ls) > kv_x * mm - x0 - 4:
                        ls -= 0.5
                    op('s', bold, ls, x0, y[0], plain(l))
                for k, line in enumerate(vl):
                    if k:
                        need(lead)
                    op('s', font, size, kv_x * mm, y[0], line)
                    y[0] -= lead
                y[0] -= 1.5
            y[0] -= lead * 0.5
        elif tag == 'table':
            n = max(len(r) for r in data)
            cw = (xr - x0) / n
            for j, r in enumerate(data):
                cells = [simpleSplit(plain(c), font, size - 0.5, cw - 6) or [''] for c in r]
                h = max(len(c) for c in cells)
                need(lead * h + 2)
                for i, cl in enumerate(cells):
                    for k, line in enumerate(cl):
                        op('s', bold if j == 0 else font, size - 0.5, x0 + i * cw, y[0] - k * lead, line)
                y[0] -= lead * h
                if j == 0:
                    op('line', x0, y[0] + lead - 3, xr, y[0] + lead - 3)
                y[0] -= 2
            y[0] -= lead * 0.5
        elif tag == 'p':
            for l in data:
                for line in simpleSplit(plain(l), font, size, xr - x0) or ['']:
                    need(lead)
                    op('s', font, size, x0, y[0], line)
                    y[0] -= lead
            y[0] -= lead * 0.6
        elif tag == 'right':
            need(lead)
            op('r', font, size, xr, y[0], plain(data))
            y[0] -= lead
        elif tag == 'hr':
            need(lead)
            op('line', x0, y[0] + lead * 0.4, xr, y[0] + lead * 0.4)
            y[0] -= lead * 0.6
        elif tag == 'pb':
            pages.append([])
            y[0] = top

    n = len(pages)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle('')
    for p, ops in enumerate(pages, 1):
        if fax:
            c.setFont('Courier', 8)
            c.drawString(10 * mm, Hp - 8 * mm, fax.format(p=p, n=n))
        if header:
            c.setFont(font, 7.5)
            c.drawString(x0, Hp - 14 * mm, header.format(p=p, n=n))
            c.line(x0, Hp - 15.5 * mm, xr, Hp - 15.5 * mm)
        c.setFont(font, 7.5)
        if footer:
            c.drawString(x0, 10 * mm, footer.format(p=p, n=n))
        if pagenum:
            c.drawRightString(xr, 10 * mm, pagenum.format(p=p, n=n))
        for o in ops:
            if o[0] == 's':
                c.setFont(o[1], o[2]); c.drawString(o[3], o[4], o[5])
            elif o[0] == 'r':
                c.setFont(o[1], o[2]); c.drawRightString(o[3], o[4], o[5])
            elif o[0] == 'line':
                c.setLineWidth(0.5); c.line(o[1], o[2], o[3], o[4])
            elif o[0] == 'bar':
                c.setFillGray(0.88); c.rect(o[1], o[2], o[3], o[4], stroke=0, fill=1); c.setFillGray(0)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------- docx
def _runs(par, s, bold=False, size=None, font=None):
    from docx.shared import Pt
    for k, chunk in enumerate(re.split(r'\*\*', s)):
        if not chunk:
            continue
        r = par.add_run(chunk)
        r.bold = bold or (k % 2 == 1)
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font


def _page_field(par):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for instr in ('PAGE',):
        f = OxmlElement('w:fldSimple')
        f.set(qn('w:instr'), instr)
        r = OxmlElement('w:r')
        t = OxmlElement('w:t')
        t.text = '1'
        r.append(t)
        f.append(r)
        par._p.append(f)


def render_docx(path, text, font='Calibri', size=10.5, header=None, footer=None, kv_grid=True, headings=False,
                pagefield=True):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    d = Document()
    stl = d.styles['Normal']
    stl.font.name = font
    stl.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        hp = sec.header.paragraphs[0]
        _runs(hp, header, size=8)
    if footer or pagefield:
        fp = sec.footer.paragraphs[0]
        _runs(fp, (footer + '   ') if footer else '', size=8)
        if pagefield:
            _runs(fp, 'Pagina ', size=8)
            _page_field(fp)
    for tag, data in parse(text):
        if tag == 'lh':
            t = d.add_table(rows=0, cols=2)
            for i, (l, r) in enumerate(data):
                cells = t.add_row().cells
                _runs(cells[0].paragraphs[0], l, bold=(i == 0), size=size + 2 if i == 0 else size - 1)
                _runs(cells[1].paragraphs[0], r, size=size - 1.5)
            d.add_paragraph()
        elif tag == 'h1':
            if headings:
                d.add_heading(plain(data), level=1)
            else:
                _runs(d.add_paragraph(), data, bold=True, size=size + 3)
        elif tag == 'h2':
            if headings:
                d.add_heading(plain(data), level=2)
            else:
                _runs(d.add_paragraph(), data, bold=True)
        elif tag == 'kv':
            t = d.add_table(rows=0, cols=2)
            if kv_grid:
                t.style = 'Table Grid'
            for l, v in data:
                cells = t.add_row().cells
                cells[0].width = Cm(5)
                cells[1].width = Cm(11.5)
                _runs(cells[0].paragraphs[0], l, bold=True)
                _runs(cells[1].paragraphs[0], v)
            d.add_paragraph()
        elif tag == 'table':
            n = max(len(r) for r in data)
            t = d.add_table(rows=0, cols=n)
            t.style = 'Table Grid'
            for j, r in enumerate(data):
                cells = t.add_row().cells
                for i, cval in enumerate(r):
                    _runs(cells[i].paragraphs[0], cval, bold=(j == 0))
            d.add_paragraph()
        elif tag == 'p':
            p = d.add_paragraph()
            for k, l in enumerate(data):
                if k:
                    p.add_run().add_break()
                _runs(p, l)
        elif tag == 'right':
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _runs(p, data)
        elif tag == 'hr':
            d.add_paragraph('_' * 60)
        elif tag == 'pb':
            d.add_page_break()
    d.core_properties.author = ''
    d.core_properties.title = ''
    d.save(str(path))


# ----------------------------------------------------------------------------------------- html
def to_html(text, font='Arial', size=10, kv_grid=False, title_center=False):
    h = [f'<html><head><meta charset="utf-8"><style>body{{font-family:{font};font-size:{size}pt}}'
         f'td{{vertical-align:top;font-size:{size}pt;padding:2px 6px}} table{{border-collapse:collapse}}'
         f'.g td{{border:1px solid #999}} h1{{font-size:{size + 4}pt}} h2{{font-size:{size + 1}pt;margin-bottom:2px}}'
         f'</style></head><body>']
    for tag, data in parse(text):
        px = lambda s: re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', escape(s, quote=False))
        if tag == 'lh':
            h.append('<table width="100%">' + ''.join(
                f'<tr><td width="55%">{"<b>" + px(l) + "</b>" if i == 0 else px(l)}</td>'
                f'<td><small>{px(r)}</small></td></tr>' for i, (l, r) in enumerate(data)) + '</table><br>')
        elif tag == 'h1':
            h.append(f'<h1{" align=center" if title_center else ""}>{px(data)}</h1>')
        elif tag == 'h2':
            h.append(f'<h2>{px(data)}</h2>')
        elif tag == 'kv':
            h.append(f'<table{" class=g" if kv_grid else ""} width="100%">' + ''.join(
                f'<tr><td width="30%"><b>{px(l)}</b></td><td>{px(v)}</td></tr>' for l, v in data) + '</table><br>')
        elif tag == 'table':
            h.append('<table class=g width="100%">' + ''.join(
                '<tr>' + ''.join(f'<td>{"<b>" + px(c) + "</b>" if j == 0 else px(c)}</td>' for c in r) + '</tr>'
                for j, r in enumerate(data)) + '</table><br>')
        elif tag == 'p':
            h.append('<p>' + '<br>'.join(px(l) for l in data) + '</p>')
        elif tag == 'right':
            h.append(f'<p align=right>{px(data)}</p>')
        elif tag == 'hr':
            h.append('<hr>')
        elif tag == 'pb':
            h.append('<p style="page-break-before:always"></p>')
    h.append('</body></html>')
    return '\n'.join(h)


def soffice_pdf(src, outpdf):
    src = Path(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', str(SCR), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(str(SCR / (src.stem + '.pdf')), str(outpdf))


def render_html_pdf(path, text, **kw):
    src = SCR / (Path(path).stem + '.html')
    src.write_text(to_html(text, **kw), encoding='utf-8')
    soffice_pdf(src, path)
    src.unlink()


def render_docx_pdf(path, text, **kw):
    src = SCR / (Path(path).stem + '.docx')
    render_docx(src, text, **kw)
    soffice_pdf(src, path)
    src.unlink()


def render_fpdf(path, text, size=9.5, header=None, kv_w=48):
    from fpdf import FPDF
    pdf = FPDF(format='A4')
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    font = 'helvetica'

    class P(FPDF):
        pass

    def hdr():
        if header:
            pdf.set_font(font, '', 7.5)
            pdf.cell(0, 5, header, new_x='LMARGIN', new_y='NEXT')
            pdf.line(pdf.l_margin, pdf.get_y(), 210 - pdf.r_margin, pdf.get_y())
            pdf.ln(3)

    def ftr():
        pdf.set_y(-14)
        pdf.set_font(font, '', 7.5)
        pdf.cell(0, 5, f'blad {pdf.page_no()}/{{nb}}', align='R')

    pdf.header = hdr
    pdf.footer = ftr
    pdf.add_page()
    for tag, data in parse(text):
        if tag == 'lh':
            for i, (l, r) in enumerate(data):
                pdf.set_font(font, 'B' if i == 0 else '', size + 2 if i == 0 else size - 0.5)
                pdf.cell(100, 5, plain(l))
                pdf.set_font(font, '', size - 1)
                pdf.cell(0, 5, plain(r), new_x='LMARGIN', new_y='NEXT')
            pdf.ln(4)
        elif tag in ('h1', 'h2'):
            pdf.ln(2)
            pdf.set_font(font, 'B', size + (3.5 if tag == 'h1' else 1))
            pdf.cell(0, 7, plain(data), new_x='LMARGIN', new_y='NEXT')
        elif tag == 'kv':
            for l, v in data:
                pdf.set_font(font, 'B', size)
                pdf.cell(kv_w, 5, plain(l))
                pdf.set_font(font, '', size)
                pdf.multi_cell(0, 5, plain(v) or ' ', new_x='LMARGIN', new_y='NEXT')
            pdf.ln(2)
        elif tag == 'table':
            n = max(len(r) for r in data)
            w = (210 - pdf.l_margin - pdf.r_margin) / n
            for j, r in enumerate(data):
                pdf.set_font(font, 'B' if j == 0 else '', size - 0.5)
                for cval in r:
                    pdf.cell(w, 5.5, plain(cval), border=1)
                pdf.ln()
            pdf.ln(2)
        elif tag == 'p':
            pdf.set_font(font, '', size)
            for l in data:
                pdf.multi_cell(0, 5, plain(l) or ' ', new_x='LMARGIN', new_y='NEXT')
            pdf.ln(2)
        elif tag == 'right':
            pdf.set_font(font, '', size)
            pdf.cell(0, 5, plain(data), align='R', new_x='LMARGIN', new_y='NEXT')
        elif tag == 'hr':
            pdf.line(pdf.l_margin, pdf.get_y() + 1, 210 - pdf.r_margin, pdf.get_y() + 1)
            pdf.ln(3)
        elif tag == 'pb':
            pdf.add_page()
    pdf.output(str(path))


def merge_pdfs(parts, outpdf):
    subprocess.run(['pdfunite', *[str(p) for p in parts], str(outpdf)], check=True)


# ---------------------------------------------------------------------------------------- labels
def _tv(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, list):
        return '[' + ', '.join(_tv(x) for x in v) + ']'
    return json.dumps(v, ensure_ascii=False)


ORDER = ['kinds', 'date', 'also_dates', 'author', 'language', 'style', 'referral_question', 'imaging_done',
         'operated', 'treated_abroad', 'notes']


def write_label(stem, lab):
    lab = dict(lab)
    parts = lab.pop('parts', None)
    lab.setdefault('language', 'nl')
    for k in ('imaging_done', 'operated', 'treated_abroad'):
        lab.setdefault(k, 'unmentioned')
    if 'referral' not in lab['kinds']:
        lab.pop('referral_question', None)
    lines = [f'{k} = {_tv(lab[k])}' for k in ORDER if k in lab and lab[k] is not None]
    extra = set(lab) - set(ORDER)
    assert not extra, (stem, extra)
    for p in parts or []:
        lines.append('')
        lines.append('[[part]]')
        for k in ('kinds', 'date', 'author'):
            if k in p:
                lines.append(f'{k} = {_tv(p[k])}')
    (DOCS / f'{stem}.toml').write_text('\n'.join(lines) + '\n', encoding='utf-8')


RENDER = {
    'txt': render_txt, 'platypus': render_platypus, 'canvas': render_canvas, 'docx': render_docx,
    'html': render_html_pdf, 'docxpdf': render_docx_pdf, 'fpdf': render_fpdf,
}
EXT = {'txt': 'txt', 'platypus': 'pdf', 'canvas': 'pdf', 'docx': 'docx', 'html': 'pdf', 'docxpdf': 'pdf',
       'fpdf': 'pdf'}


def build(docs, only=None):
    for d in docs:
        stem = d['stem']
        if only and stem not in only:
            continue
        if 'parts' in d and isinstance(d['parts'][0], dict) and 'text' in d['parts'][0]:
            pdfs = []
            for i, p in enumerate(d['parts']):
                tmp = SCR / f'{stem}-part{i}.pdf'
                RENDER[p['render']](tmp, p['text'], **p.get('opts', {}))
                pdfs.append(tmp)
            merge_pdfs(pdfs, DOCS / f'{stem}.pdf')
            for t in pdfs:
                t.unlink()
            lab = dict(d['label'])
            lab['parts'] = [p['label'] for p in d['parts']]
            write_label(stem, lab)
            continue
        out = DOCS / f"{stem}.{EXT[d['render']]}"
        RENDER[d['render']](out, d['text'], **d.get('opts', {}))
        write_label(stem, d['label'])
