"""python-docx helpers"""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

R = WD_ALIGN_PARAGRAPH.RIGHT
C = WD_ALIGN_PARAGRAPH.CENTER


def new(font="Calibri", size=10, margins=(20, 20, 20, 20), header_dist=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Mm(m) for m in margins]
    sec.header_distance = Mm(header_dist)
    return d


def p(container, text="", bold=False, size=None, align=None, italic=False, color=None, space_after=None, font=None):
    """text may contain **bold** segments"""
    par = container.add_paragraph()
    parts = text.split("**")
    for i, t in enumerate(parts):
        if not t:
            continue
        r = par.add_run(t)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if font:
            r.font.name = font
    if align is not None:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def lines(container, text, **kw):
    for block in text.strip("\n").split("\n"):
        p(container, block, **kw)


def field(par, code):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    return r


def page_footer(doc, left_text, size=7.5, with_total=True, word="Pagina", of="van"):
    ft = doc.sections[0].footer
    par = ft.paragraphs[0]
    par.text = ""
    r = par.add_run(left_text + "    " + word + " "); r.font.size = Pt(size)
    field(par, "PAGE")
    if with_total:
        r = par.add_run(f" {of} "); r.font.size = Pt(size)
        field(par, "NUMPAGES")
    return par


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


def table(container, rows, widths, style="Table Grid", bold_labels=True, size=None, header=False, label_cols=(0,),
          shade_labels=None, doc=None):
    if hasattr(container, "add_table") and doc is None and container.__class__.__name__ == "Document":
        t = container.add_table(rows=0, cols=len(widths))
    else:
        t = container.add_table(rows=0, cols=len(widths), width=Mm(sum(widths)))
    if style:
        t.style = style
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Mm(w)
    for ri, r in enumerate(rows):
        cells = t.add_row().cells
        for ci, val in enumerate(r):
            cells[ci].width = Mm(widths[ci])
            cells[ci].text = ""
            par = cells[ci].paragraphs[0]
            for li, line in enumerate(str(val).split("\n")):
                if li:
                    par = cells[ci].add_paragraph()
                parts = line.split("**")
                for k, tx in enumerate(parts):
                    if not tx:
                        continue
                    run = par.add_run(tx)
                    run.bold = (bold_labels and ci in label_cols) or (header and ri == 0) or (k % 2 == 1)
                    if size:
                        run.font.size = Pt(size)
                par.paragraph_format.space_after = Pt(1)
            if shade_labels and ci in label_cols:
                shade(cells[ci], shade_labels)
            if header and ri == 0:
                shade(cells[ci], "D9D9D9")
    return t


def header_text(doc, lines_, size=8, align=None, bold_first=False, first_page_only_different=False):
    sec = doc.sections[0]
    hd = sec.header
    hd.paragraphs[0].text = ""
    for i, ln in enumerate(lines_):
        par = hd.paragraphs[0] if i == 0 else hd.add_paragraph()
        r = par.add_run(ln); r.font.size = Pt(size); r.bold = bold_first and i == 0
        if align is not None:
            par.alignment = align
        par.paragraph_format.space_after = Pt(0)
    return hd
