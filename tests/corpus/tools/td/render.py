#!/usr/bin/env python3
"""Render the td- batch of the accuracy corpus.

Documents are described in data_*.py as dicts: stem, fmt (pdf | docx | txt | lo | merged),
label (dict), blocks (list of tuples) or parts (for merged), and optional pdf/docx options.
Block types: lh (letterhead: left lines, right lines), title, h, p, kv, table, pb, sep, sp, raw, small.
fmt 'lo' renders DOCX to tools/build and converts it to PDF with LibreOffice.
"""
import os, subprocess, sys, importlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs")
BUILD = os.path.join(HERE, "build")

# ---------------------------------------------------------------- labels
def toml_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', ' ') + '"'

def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(toml_str(x) for x in v) + "]"
    return toml_str(str(v))

ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]

def write_label(stem, label, parts=None):
    lines = []
    for k in ORDER:
        if k in label and label[k] is not None:
            lines.append(f"{k} = {toml_val(label[k])}")
    for k in label:
        if k not in ORDER:
            raise SystemExit(f"{stem}: unknown label key {k}")
    if "kinds" in label and "referral" in label["kinds"] and "referral_question" not in label:
        raise SystemExit(f"{stem}: referral without referral_question")
    if parts:
        for p in parts:
            lines.append("")
            lines.append("[[part]]")
            for k in ["kinds", "date", "also_dates", "author"]:
                if k in p["label"] and p["label"][k] is not None:
                    lines.append(f"{k} = {toml_val(p['label'][k])}")
    with open(os.path.join(OUT, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- PDF
def render_pdf(path, blocks, opts):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, Preformatted, Flowable, HRFlowable)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    size = opts.get("size", 10)
    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    stc = ParagraphStyle("c", parent=st, spaceAfter=0)
    sth = ParagraphStyle("h", parent=st, fontName=bold, spaceBefore=size * 0.4, spaceAfter=2)
    stt = ParagraphStyle("t", parent=st, fontName=bold, fontSize=size + 4, leading=(size + 4) * 1.3,
                         spaceAfter=8)
    sts = ParagraphStyle("s", parent=st, fontSize=size - 2, leading=(size - 2) * 1.3,
                         textColor=colors.grey)

    class Logo(Flowable):
        def __init__(self, shape):
            super().__init__(); self.shape = shape; self.width = 30 * mm; self.height = 14 * mm
        def draw(self):
            c = self.canv
            c.setFillColor(colors.HexColor(self.shape.get("color", "#2a5d8f")))
            if self.shape.get("kind") == "circle":
                c.circle(7 * mm, 7 * mm, 6 * mm, fill=1, stroke=0)
                c.setFillColor(colors.white); c.circle(7 * mm, 7 * mm, 3 * mm, fill=1, stroke=0)
            else:
                c.rect(0, 2 * mm, 10 * mm, 10 * mm, fill=1, stroke=0)
                c.rect(12 * mm, 2 * mm, 4 * mm, 10 * mm, fill=1, stroke=0)
                c.rect(18 * mm, 6 * mm, 10 * mm, 6 * mm, fill=1, stroke=0)

    def P(t, s=st):
        return Paragraph(escape(t).replace("\n", "<br/>"), s)

    story = []
    W = (A4[0] if opts.get("page") != "letter" else letter[0]) - 2 * opts.get("margin", 20) * mm
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            left, right = b[1], b[2]
            lp = [Paragraph("<b>" + escape(left[0]) + "</b>", ParagraphStyle("lh0", parent=stc, fontSize=size + 2, leading=(size + 2) * 1.3))] + [P(x, stc) for x in left[1:]]
            rp = [P(x, stc) for x in right]
            cells = [lp, rp]
            widths = [W * 0.55, W * 0.45]
            if len(b) > 3 and b[3]:
                cells = [Logo(b[3]), lp, rp]; widths = [W * 0.18, W * 0.45, W * 0.37]
            t = Table([cells], colWidths=widths)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [t, HRFlowable(width="100%", thickness=0.6, color=colors.grey), Spacer(1, 8)]
        elif kind == "title":
            story.append(P(b[1], stt))
        elif kind == "h":
            story.append(P(b[1], sth))
        elif kind == "p":
            story.append(P(b[1]))
        elif kind == "small":
            story.append(P(b[1], sts))
        elif kind == "kv":
            rows = [[Paragraph("<b>" + escape(k) + "</b>", stc), P(v, stc)] for k, v in b[1]]
            t = Table(rows, colWidths=[W * 0.32, W * 0.68])
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]
            if opts.get("kvgrid"):
                style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        elif kind == "kv2":  # two label/value pairs per row
            rows = []
            for row in b[1]:
                cells = []
                for k, v in row:
                    cells += [Paragraph("<b>" + escape(k) + "</b>", stc), P(v, stc)]
                while len(cells) < 4:
                    cells.append("")
                rows.append(cells)
            t = Table(rows, colWidths=[W * 0.17, W * 0.33, W * 0.17, W * 0.33])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
            story += [t, Spacer(1, 8)]
        elif kind == "table":
            head, rows = b[1], b[2]
            data = [[Paragraph("<b>" + escape(h) + "</b>", stc) for h in head]] + \
                   [[P(c, stc) for c in r] for r in rows]
            t = Table(data, colWidths=[W / len(head)] * len(head), repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sep":
            story += [Spacer(1, 10), HRFlowable(width="100%", thickness=1.2, color=colors.black), Spacer(1, 10)]
        elif kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 12))
        elif kind == "raw":
            story.append(Preformatted(b[1], ParagraphStyle("r", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.25)))
        else:
            raise SystemExit("unknown block " + kind)

    header, footer = opts.get("header"), opts.get("footer")
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        pw, ph = doc.pagesize
        if header:
            canvas.drawString(12 * mm, ph - 8 * mm, header.replace("{page}", str(doc.page)))
        if footer:
            canvas.drawCentredString(pw / 2, 9 * mm, footer.replace("{page}", str(doc.page)))
        canvas.restoreState()
    ps = letter if opts.get("page") == "letter" else A4
    m = opts.get("margin", 20) * mm
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                            title=opts.get("pdftitle", ""), author=opts.get("pdfauthor", ""))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- DOCX
def render_docx(path, blocks, opts):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = opts.get("dfont", "Calibri")
    stl.font.size = Pt(opts.get("dsize", 10.5))
    if opts.get("header"):
        d.sections[0].header.paragraphs[0].text = opts["header"]
    if opts.get("footer"):
        d.sections[0].footer.paragraphs[0].text = opts["footer"].replace("{page}", "")
    def para(text, bold=False, size=None):
        p = d.add_paragraph()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln); r.bold = bold
            if size: r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
        return p
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            t = d.add_table(rows=1, cols=2)
            c0, c1 = t.rows[0].cells
            c0.paragraphs[0].add_run(b[1][0]).bold = True
            for x in b[1][1:]:
                c0.add_paragraph(x)
            c1.paragraphs[0].text = b[2][0] if b[2] else ""
            for x in b[2][1:]:
                c1.add_paragraph(x)
            d.add_paragraph()
        elif kind == "title":
            para(b[1], bold=True, size=15)
        elif kind == "h":
            para(b[1], bold=True)
        elif kind in ("p", "small"):
            para(b[1])
        elif kind in ("kv", "kv2"):
            pairs = b[1] if kind == "kv" else [kv for row in b[1] for kv in row]
            t = d.add_table(rows=0, cols=2)
            if opts.get("grid", True):
                t.style = "Table Grid"
            for k, v in pairs:
                cells = t.add_row().cells
                cells[0].paragraphs[0].add_run(k).bold = True
                vl = v.split("\n")
                cells[1].paragraphs[0].text = vl[0]
                for x in vl[1:]:
                    cells[1].add_paragraph(x)
            d.add_paragraph()
        elif kind == "table":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(head)); t.style = "Table Grid"
            for i, h in enumerate(head):
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for r in rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            d.add_paragraph()
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sep":
            para("_" * 60)
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "raw":
            p = para(b[1]); [setattr(r.font, "name", "Courier New") for r in p.runs]
        else:
            raise SystemExit("unknown block " + kind)
    d.core_properties.author = opts.get("pdfauthor", "")
    d.save(path)

# ---------------------------------------------------------------- TXT
def render_txt(path, blocks, opts):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "lh":
            out += b[1] + [""] + b[2] + [""]
        elif kind == "title":
            out += [b[1], ""]
        elif kind == "h":
            out.append(b[1] + (":" if opts.get("hcolon") else ""))
        elif kind in ("p", "small"):
            out += [b[1], ""]
        elif kind in ("kv", "kv2"):
            pairs = b[1] if kind == "kv" else [kv for row in b[1] for kv in row]
            w = max(len(k) for k, _ in pairs) + 2
            for k, v in pairs:
                vl = v.split("\n")
                out.append((k + ":").ljust(w) + vl[0])
                out += [" " * w + x for x in vl[1:]]
            out.append("")
        elif kind == "table":
            head, rows = b[1], b[2]
            ws = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
            out.append("  ".join(h.ljust(ws[i]) for i, h in enumerate(head)))
            for r in rows:
                out.append("  ".join(c.ljust(ws[i]) for i, c in enumerate(r)))
            out.append("")
        elif kind == "pb":
            out.append("\f")
        elif kind == "sep":
            out += ["-" * 70, ""]
        elif kind == "sp":
            out.append("")
        elif kind == "raw":
            out += [b[1]]
    nl = "\r\n" if opts.get("crlf") else "\n"
    with open(path, "w", encoding=opts.get("encoding", "utf-8"), newline="") as f:
        f.write(nl.join(out).rstrip() + nl)

# ---------------------------------------------------------------- driver
def render(doc):
    stem, fmt = doc["stem"], doc["fmt"]
    opts = doc.get("opts", {})
    blocks = doc.get("blocks")
    parts = doc.get("parts")
    if parts:
        blocks = []
        for i, p in enumerate(parts):
            if i:
                j = p.get("join", "pb")
                blocks.append((j,))
            blocks += p["blocks"]
    if fmt in ("pdf", "merged"):
        render_pdf(os.path.join(OUT, stem + ".pdf"), blocks, opts)
    elif fmt == "docx":
        render_docx(os.path.join(OUT, stem + ".docx"), blocks, opts)
    elif fmt == "txt":
        render_txt(os.path.join(OUT, stem + ".txt"), blocks, opts)
    elif fmt == "lo":
        os.makedirs(BUILD, exist_ok=True)
        src = os.path.join(BUILD, stem + ".docx")
        render_docx(src, blocks, opts)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    else:
        raise SystemExit("fmt " + fmt)
    write_label(stem, doc["label"], parts)

def main():
    sys.path.insert(0, HERE)
    only = set(sys.argv[1:])
    docs = []
    for m in ["data_a", "data_b", "data_c", "data_d"]:
        try:
            docs += importlib.import_module(m).DOCS
        except ModuleNotFoundError as e:
            if e.name != m: raise
    stems = [d["stem"] for d in docs]
    assert len(stems) == len(set(stems)), "duplicate stems"
    for d in docs:
        if only and d["stem"] not in only:
            continue
        render(d)
        print("rendered", d["stem"], d["fmt"])

if __name__ == "__main__":
    main()
