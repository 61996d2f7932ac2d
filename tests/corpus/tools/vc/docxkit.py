"""python-docx helpers: letterhead tables, labelled field tables, page-number footers."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor


def new_doc(font="Calibri", size=10.5, margins_mm=(20, 20, 20, 20)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Mm(x) for x in margins_mm]
        s.page_height = Mm(297)
        s.page_width = Mm(210)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    return d


def para(d_or_cell, text="", bold=False, size=None, italic=False, align=None, color=None, space_after=None):
    p = d_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, size=size, italic=italic, color=color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, size=None, italic=False, color=None):
    """Text with '**bold**' segments; newlines become line breaks inside the paragraph."""
    parts = text.split("**")
    for i, seg in enumerate(parts):
        if not seg:
            continue
        lines = seg.split("\n")
        for j, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
            if j < len(lines) - 1:
                r.add_break()
    return p


def label_value(d, label, value, bold_label=True):
    """One paragraph, label and value as separate runs (with a tab between)."""
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = bold_label
    p.add_run("\t")
    add_runs(p, value)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(40))
    p.paragraph_format.space_after = Pt(1)
    return p


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_col_widths(table, widths_mm):
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def field_table(d, rows, widths=(45, 125), style="Table Grid", shade_labels=None, size=None):
    t = d.add_table(rows=0, cols=2)
    if style:
        t.style = d.styles[style]
    for lab, val in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].text = ""
        add_runs(cells[0].paragraphs[0], lab, bold=True, size=size)
        add_runs(cells[1].paragraphs[0], val, size=size)
        if shade_labels:
            set_cell_shading(cells[0], shade_labels)
    set_col_widths(t, widths)
    return t


def grid_table(d, header, rows, widths=None, style="Table Grid", size=None, head_fill="D9D9D9"):
    t = d.add_table(rows=1, cols=len(header))
    if style:
        t.style = d.styles[style]
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        add_runs(c.paragraphs[0], h, bold=True, size=size)
        if head_fill:
            set_cell_shading(c, head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            add_runs(cells[i].paragraphs[0], str(v), size=size)
    if widths:
        set_col_widths(t, widths)
    return t


def letterhead_table(container, left_lines, right_lines, widths=(95, 75), left_bold_first=True,
                     right_bold_first=False, size=9, color=None):
    """A borderless 2-cell table: sender block one side, address/contact the other."""
    t = container.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, (lines, bf) in enumerate(((left_lines, left_bold_first), (right_lines, right_bold_first))):
        cell = t.rows[0].cells[ci]
        p = cell.paragraphs[0]
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.font.size = Pt(size + (3 if (bf and i == 0) else 0))
            r.bold = bf and i == 0
            if color and i == 0:
                r.font.color.rgb = RGBColor(*color)
            if i < len(lines) - 1:
                r.add_break()
        if ci == 1:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_col_widths(t, widths)
    return t


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def footer_with_pages(d, left_text, fmt=("Pagina ", " van "), size=8):
    sec = d.sections[0]
    p = sec.footer.paragraphs[0]
    r = p.add_run(left_text + "    ")
    r.font.size = Pt(size)
    r = p.add_run(fmt[0]); r.font.size = Pt(size)
    r = p.add_run(); r.font.size = Pt(size); add_field(r, "PAGE")
    r = p.add_run(fmt[1]); r.font.size = Pt(size)
    r = p.add_run(); r.font.size = Pt(size); add_field(r, "NUMPAGES")
    return p


def header_text(d, text, size=8, align=None):
    sec = d.sections[0]
    p = sec.header.paragraphs[0]
    add_runs(p, text, size=size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def paras(d, text, size=None):
    for block in text.strip().split("\n\n"):
        p = d.add_paragraph()
        add_runs(p, block.strip(), size=size)
