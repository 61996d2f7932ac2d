"""python-docx helpers: page fields, header/footer letterheads, label/value tables."""
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

__all__ = ["new_doc", "add_field", "para", "kv", "grid", "header_text", "footer_text", "page_x_of_y",
           "Pt", "Cm", "RGBColor", "WD_ALIGN_PARAGRAPH", "WD_BREAK", "shade", "no_borders", "set_core"]


def new_doc(font="Calibri", size=11, margins_cm=(2.0, 2.0, 2.0, 2.0), header_distance=1.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Cm(x) for x in margins_cm]
    sec.header_distance = Cm(header_distance)
    sec.footer_distance = Cm(1.0)
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    return d


def set_core(d, title="", author="", subject=""):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.subject = subject
    cp.last_modified_by = author


def add_field(paragraph, instr, placeholder="1", bold=False, size=None):
    """Insert a complex field (PAGE, NUMPAGES, DATE ...) into a paragraph."""
    def run_with(el):
        r = OxmlElement("w:r")
        if bold or size:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if size:
                sz = OxmlElement("w:sz")
                sz.set(qn("w:val"), str(int(size * 2)))
                rpr.append(sz)
            r.append(rpr)
        r.append(el)
        paragraph._p.append(r)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    run_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    t = OxmlElement("w:t")
    t.text = placeholder
    run_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def para(container, text="", bold=False, italic=False, size=None, align=None, space_after=None, color=None,
         font=None, style=None):
    """Add a paragraph. text may be a list of (str, dict(bold=..)) runs."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    runs = text if isinstance(text, list) else [(text, {})]
    for t, fmt in runs:
        r = p.add_run(t)
        r.bold = fmt.get("bold", bold) or None
        r.italic = fmt.get("italic", italic) or None
        sz = fmt.get("size", size)
        if sz:
            r.font.size = Pt(sz)
        col = fmt.get("color", color)
        if col:
            r.font.color.rgb = RGBColor.from_string(col)
        f = fmt.get("font", font)
        if f:
            r.font.name = f
        if fmt.get("underline"):
            r.underline = True
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + b)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if isinstance(text, str) else [text]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


def kv(container, rows, widths_cm=(4.5, 12.0), style=None, label_bold=True, size=None, label_fill=None,
       borders=True):
    """Label/value table; rows of (label, value) or (l1, v1, l2, v2)."""
    ncol = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncol)
    if style:
        t.style = style
    elif borders:
        t.style = "Table Grid"
    if not borders:
        no_borders(t)
    t.autofit = False
    for i, r in enumerate(rows):
        for j in range(ncol):
            val = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            _set_cell(cell, val, bold=(label_bold and j % 2 == 0), size=size)
            if label_fill and j % 2 == 0:
                shade(cell, label_fill)
    for j, w in enumerate(widths_cm[:ncol]):
        for cell in t.columns[j].cells:
            cell.width = Cm(w)
    return t


def grid(container, data, widths_cm=None, header=True, size=None, style="Table Grid", head_fill="D9D9D9"):
    t = container.add_table(rows=len(data), cols=len(data[0]))
    if style:
        t.style = style
    for i, r in enumerate(data):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            _set_cell(cell, val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(cell, head_fill)
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            for cell in t.columns[j].cells:
                cell.width = Cm(w)
    return t


def header_text(section, lines, align=None, size=9, bold_first=False, color=None):
    h = section.header
    h.is_linked_to_previous = False
    p0 = h.paragraphs[0]
    first = True
    for i, ln in enumerate(lines):
        p = p0 if first else h.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.font.size = Pt(size)
        if bold_first and i == 0:
            r.bold = True
            r.font.size = Pt(size + 4)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    return h


def footer_text(section, text, align="center", size=8):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_x_of_y(paragraph, word_page="Pagina", word_of="van", size=8):
    r = paragraph.add_run(("  " if paragraph.text else "") + word_page + " ")
    r.font.size = Pt(size)
    add_field(paragraph, "PAGE", "1", size=size)
    r = paragraph.add_run(" %s " % word_of)
    r.font.size = Pt(size)
    add_field(paragraph, "NUMPAGES", "1", size=size)
