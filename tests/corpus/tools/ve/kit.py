"""Small block model shared by the document texts (docs_*.py) and the renderers (build.py).

A document for PDF or DOCX is a list of blocks plus options; a text document is a plain string.
Inline markup inside text: **bold**.
"""


def P(text, size=None, align=None, indent=0, italic=False):
    return {"t": "p", "text": text, "size": size, "align": align, "indent": indent, "italic": italic}


def H(text, size=None):
    """Section heading (bold label on its own line)."""
    return {"t": "h", "text": text, "size": size}


def TITLE(text, size=14, align=None):
    return {"t": "title", "text": text, "size": size, "align": align}


def KV(rows, widths=(4.2, 12.3), grid=False, bold_labels=True, size=None, shade=None):
    """Label/value form rows. A row with more than two cells is kept as is (4-column forms)."""
    return {"t": "kv", "rows": rows, "widths": widths, "grid": grid, "bold": bold_labels,
            "size": size, "shade": shade}


def TABLE(rows, header=True, widths=None, grid=True, size=None):
    return {"t": "table", "rows": rows, "header": header, "widths": widths, "grid": grid, "size": size}


def LINES(lines, mono=False, size=None, indent=0):
    """Lines kept exactly as given (no re-wrapping): hyphenated breaks, preformatted lists."""
    if isinstance(lines, str):
        lines = lines.split("\n")
    return {"t": "lines", "lines": lines, "mono": mono, "size": size, "indent": indent}


def SP(h=6):
    return {"t": "sp", "h": h}


def PB():
    return {"t": "pb"}


def RULE():
    return {"t": "rule"}


def LOGO(name, sub=None, addr=(), image=False, color="#1f4e79", align="left", mark="circle"):
    """Letterhead. image=True renders name/sub as a picture, so only the address lines are text."""
    return {"t": "logo", "name": name, "sub": sub, "addr": list(addr), "image": image,
            "color": color, "align": align, "mark": mark}


def SMALL(text, align=None):
    return {"t": "p", "text": text, "size": 7.5, "align": align, "indent": 0, "italic": False}


def RIGHT(text, size=None):
    return P(text, size=size, align="right")


def label(kinds, date, author, language, style, imaging, operated, abroad, notes, also=None, rq=None):
    lab = {"kinds": list(kinds)}
    if date:
        lab["date"] = date
    if also:
        lab["also_dates"] = list(also)
    lab.update({"author": author, "language": language, "style": style})
    if "referral" in kinds:
        if rq is None:
            raise ValueError("referral needs referral_question")
        lab["referral_question"] = rq
    elif rq is not None:
        raise ValueError("referral_question only for referrals")
    lab.update({"imaging_done": imaging, "operated": operated, "treated_abroad": abroad, "notes": notes})
    return lab


def part(kinds, date, author):
    p = {"kinds": list(kinds), "author": author}
    if date:
        p["date"] = date
    return p
