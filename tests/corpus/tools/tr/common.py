"""Shared helpers for the tr- corpus generators (reportlab, python-docx, LibreOffice, pypdf).

Every generator script holds its own texts; this module only renders and writes labels.
"""
import atexit
import io
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DOCS = os.path.join(BASE, "docs")
os.makedirs(DOCS, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype"

# --------------------------------------------------------------------------- labels
ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def _tv(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_tv(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"' + s + '"'


def label(stem, kinds, date, author, lang, style, img, op, abroad, notes,
          also=None, rq=None, parts=None):
    """Write docs/<stem>.toml. img/op/abroad: yes | no | unmentioned."""
    kw = dict(kinds=list(kinds), date=date, also_dates=also, author=author, language=lang,
              style=style, referral_question=rq, imaging_done=img, operated=op,
              treated_abroad=abroad, notes=notes)
    if "referral" in kinds:
        assert rq is not None, stem + ": referral needs referral_question"
    else:
        assert rq is None, stem + ": referral_question only for referrals"
    lines = []
    for k in ORDER:
        v = kw.get(k)
        if v is None or (k == "also_dates" and not v):
            continue
        lines.append(f"{k} = {_tv(v)}")
    for p in parts or []:
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if p.get(k) is not None:
                lines.append(f"{k} = {_tv(p[k])}")
    with open(os.path.join(DOCS, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def out(stem, ext):
    return os.path.join(DOCS, f"{stem}.{ext}")


def write_txt(stem, text, encoding="utf-8", newline="\n"):
    with open(out(stem, "txt"), "w", encoding=encoding, newline=newline) as f:
        f.write(text)


# --------------------------------------------------------------------------- reportlab
def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fonts = {
        "DejaVu": "dejavu/DejaVuSans.ttf",
        "DejaVu-Bold": "dejavu/DejaVuSans-Bold.ttf",
        "DejaVuCond": "dejavu/DejaVuSansCondensed.ttf",
        "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
        "LibSans": "liberation2/LiberationSans-Regular.ttf",
        "LibSans-Bold": "liberation2/LiberationSans-Bold.ttf",
        "LibSans-Italic": "liberation2/LiberationSans-Italic.ttf",
        "LibMono": "liberation2/LiberationMono-Regular.ttf",
        "LibMono-Bold": "liberation2/LiberationMono-Bold.ttf",
        "LibSerif": "liberation2/LiberationSerif-Regular.ttf",
        "LibSerif-Bold": "liberation2/LiberationSerif-Bold.ttf",
    }
    for name, rel in fonts.items():
        path = os.path.join(FONT_DIR, rel)
        if os.path.exists(path) and name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.lib.fonts import addMapping
    for fam, n, b, i, bi in [("DejaVu", "DejaVu", "DejaVu-Bold", "DejaVu", "DejaVu-Bold"),
                             ("DejaVuSerif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif",
                              "DejaVuSerif-Bold"),
                             ("LibSans", "LibSans", "LibSans-Bold", "LibSans-Italic", "LibSans-Bold"),
                             ("LibSerif", "LibSerif", "LibSerif-Bold", "LibSerif", "LibSerif-Bold"),
                             ("LibMono", "LibMono", "LibMono-Bold", "LibMono", "LibMono-Bold")]:
        addMapping(fam, 0, 0, n)
        addMapping(fam, 1, 0, b)
        addMapping(fam, 0, 1, i)
        addMapping(fam, 1, 1, bi)


register_fonts()


def P(text, style):
    """Paragraph from plain text with line breaks; markup tags <b>,<i>,<br/> are kept."""
    from reportlab.platypus import Paragraph
    return Paragraph(text, style)


def esc(t):
    return escape(t)


def logo_image(lines, color=(0, 70, 130), size=(900, 200), font="dejavu/DejaVuSans-Bold.ttf",
               mark="circle"):
    """A letterhead logo rendered as pixels (so the name is NOT extractable text)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    w, h = size
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    if mark == "circle":
        d.ellipse((10, 20, 10 + h - 40, h - 20), outline=color, width=10)
        d.ellipse((45, 55, h - 65, h - 55), fill=color)
        x0 = h + 10
    elif mark == "bars":
        for i in range(4):
            d.rectangle((10 + i * 28, 30 + i * 20, 30 + i * 28, h - 30), fill=color)
        x0 = 140
    else:
        x0 = 10
    y = 25
    for i, line in enumerate(lines):
        fs = 64 if i == 0 else 34
        f = ImageFont.truetype(os.path.join(FONT_DIR, font), fs)
        d.text((x0, y), line, font=f, fill=color if i == 0 else (90, 90, 90))
        y += fs + 14
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


def wrap_draw(c, text, x, y, width, font="Helvetica", size=9, leading=None):
    """Draw wrapped text line by line on a canvas; returns the y below the block."""
    from reportlab.lib.utils import simpleSplit
    leading = leading or size * 1.25
    for para in text.split("\n"):
        lines = simpleSplit(para, font, size, width) or [""]
        for ln in lines:
            c.setFont(font, size)
            c.drawString(x, y, ln)
            y -= leading
    return y


def set_meta(c_or_doc, title="", author="", creator="", producer=None):
    try:
        c_or_doc.setTitle(title)
        c_or_doc.setAuthor(author)
        c_or_doc.setCreator(creator)
        if producer:
            c_or_doc.setProducer(producer)
    except AttributeError:
        pass


# --------------------------------------------------------------------------- docx
def docx_field(paragraph, instr):
    """Insert a Word field (PAGE, NUMPAGES, DATE ...) into a python-docx paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    run2._r.append(t)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    run4 = paragraph.add_run("1")
    run5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run5._r.append(e)
    return run4


def shade(cell, hex_color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def base_docx(font="Calibri", size=10, margins_cm=2.0):
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = Cm(margins_cm)
        s.bottom_margin = Cm(margins_cm)
    return d


def para(doc_or_cell, text="", bold=False, size=None, italic=False, align=None, space_after=None,
         color=None):
    from docx.shared import Pt, RGBColor
    p = doc_or_cell.add_paragraph()
    if text:
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor(*color)
            if i < len(lines) - 1:
                r.add_break()
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def labeled(doc_or_cell, lab, value, size=None):
    """Bold label run + value run in one paragraph (separate runs)."""
    from docx.shared import Pt
    p = doc_or_cell.add_paragraph()
    r = p.add_run(lab)
    r.bold = True
    r2 = p.add_run(value)
    if size:
        r.font.size = r2.font.size = Pt(size)
    return p


def soffice_pdf(docx_path, pdf_out):
    """Convert a .docx to PDF with LibreOffice headless; the intermediate stays outside docs/."""
    tmp = tempfile.mkdtemp(prefix="trsoff")
    prof = tempfile.mkdtemp(prefix="trprof")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        name = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        shutil.move(os.path.join(tmp, name), pdf_out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)


def merge_pdfs(paths, pdf_out, title=None):
    from pypdf import PdfWriter
    w = PdfWriter()
    for p in paths:
        w.append(p)
    if title:
        w.add_metadata({"/Title": title, "/Producer": "Scan2PDF merge 4.2"})
    with open(pdf_out, "wb") as f:
        w.write(f)


_TMPDIRS = []


def tmpdir():
    """A scratch directory for intermediates (removed when the generator exits)."""
    d = tempfile.mkdtemp(prefix="trgen")
    _TMPDIRS.append(d)
    return d


@atexit.register
def _cleanup():
    for d in _TMPDIRS:
        shutil.rmtree(d, ignore_errors=True)
