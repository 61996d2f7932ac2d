"""python-docx helpers: paragraphs with runs, tables, headers/footers with PAGE/NUMPAGES fields."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


def new(font="Calibri", size=10, margins=(20, 20, 25, 20), title=None, author=None, page="A4"):
    """margins in mm: left, right, top, bottom."""
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
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    s = d.sections[0]
    if page == "letter":
        s.page_width, s.page_height = Mm(215.9), Mm(279.4)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Mm(m) for m in margins]
    s.header_distance = Mm(10)
    s.footer_distance = Mm(8)
    if title:
        d.core_properties.title = title
    if author:
        d.core_properties.author = author
        d.core_properties.last_modified_by = author
    return d


def _fmt_run(r, bold=False, italic=False, size=None, color=None, font=None, underline=False):
    r.bold = bold or None
    r.italic = italic or None
    r.underline = underline or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), font)
    return r


def add_text(par, text, **fmt):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = par.add_run(ln)
        _fmt_run(r, **fmt)
        if i < len(lines) - 1:
            r.add_break()
    return par


def para(container, text="", align=None, after=None, before=None, style=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        add_text(p, text, **fmt)
    if align:
        p.alignment = ALIGN[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(container, parts, align=None, after=None, before=None):
    """parts: list of (text, fmtdict) -> one paragraph with several runs (e.g. bold label + value)."""
    p = container.add_paragraph()
    for t, f in parts:
        add_text(p, t, **(f or {}))
    if align:
        p.alignment = ALIGN[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def label_value(container, label, value, size=None, after=None):
    return runs(container, [(label, {"bold": True, "size": size}), (value, {"size": size})], after=after)


def section_block(container, heading, text, size=None, hsize=None, after=4, underline=False, caps=False):
    para(container, heading.upper() if caps else heading, bold=True, size=hsize or size, after=0,
         underline=underline, before=4)
    for block in text.strip().split("\n\n"):
        para(container, block, size=size, after=after)


def add_field(par, instr, **fmt):
    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        return e
    r = par.add_run()
    _fmt_run(r, **fmt)
    r._r.append(el("w:fldChar", **{"w:fldCharType": "begin"}))
    r = par.add_run()
    _fmt_run(r, **fmt)
    it = el("w:instrText", **{"xml:space": "preserve"})
    it.text = " %s " % instr
    r._r.append(it)
    r = par.add_run()
    _fmt_run(r, **fmt)
    r._r.append(el("w:fldChar", **{"w:fldCharType": "separate"}))
    r = par.add_run("1")
    _fmt_run(r, **fmt)
    r = par.add_run()
    _fmt_run(r, **fmt)
    r._r.append(el("w:fldChar", **{"w:fldCharType": "end"}))


def page_field_par(container, fmt="Pagina {PAGE} van {NUMPAGES}", align="right", size=8, **f):
    """Adds one paragraph with text and PAGE / NUMPAGES fields."""
    p = container.add_paragraph()
    rest = fmt
    while rest:
        i = min([k for k in (rest.find("{PAGE}"), rest.find("{NUMPAGES}")) if k >= 0] or [len(rest)])
        if i > 0:
            add_text(p, rest[:i], size=size, **f)
            rest = rest[i:]
            continue
        if rest.startswith("{PAGE}"):
            add_field(p, "PAGE", size=size, **f)
            rest = rest[6:]
        elif rest.startswith("{NUMPAGES}"):
            add_field(p, "NUMPAGES", size=size, **f)
            rest = rest[10:]
    p.alignment = ALIGN[align]
    p.paragraph_format.space_after = Pt(0)
    return p


def clear(hf):
    """Return the first (empty) paragraph of a header/footer to write into."""
    hf.is_linked_to_previous = False
    return hf.paragraphs[0]


def set_borders(table, sz=4, color="000000", inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        x = OxmlElement("w:%s" % e)
        if e in edges and sz:
            x.set(qn("w:val"), "single")
            x.set(qn("w:sz"), str(sz))
            x.set(qn("w:color"), color)
        else:
            x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, align=None, italic=False, color=None, shade_hex=None):
    p = cell.paragraphs[0]
    add_text(p, text, bold=bold, size=size, italic=italic, color=color)
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = ALIGN[align]
    if shade_hex:
        shade(cell, shade_hex)
    return cell


def table(container, rows, widths_mm, bold_cols=(0,), size=None, borders=True, header=False,
          header_shade="D9D9D9", label_shade=None, width_mm=None):
    """rows: list of lists of str. bold_cols: which columns are labels (bold)."""
    ncols = len(widths_mm)
    if hasattr(container, "add_table") and width_mm is not None:
        t = container.add_table(rows=0, cols=ncols, width=Mm(width_mm))
    else:
        t = container.add_table(rows=0, cols=ncols)
    t.autofit = False
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for ci, txt in enumerate(row):
            isheader = header and ri == 0
            cell_text(cells[ci], txt or "", bold=(ci in bold_cols) or isheader, size=size,
                      shade_hex=(header_shade if isheader else (label_shade if ci in bold_cols and label_shade
                                                                else None)))
            cells[ci].width = Mm(widths_mm[ci])
    if borders:
        set_borders(t, 4 if borders is True else borders)
    else:
        set_borders(t, 0)
    return t
