"""Shared helpers for the docs_*.py text modules (all content invented)."""

CLINIC_NL = ["Handkliniek Zuid", "t.a.v. Second Opinion Hand & Pols", "Postbus 75123", "1070 AC Amsterdam"]


def L(kinds, date, author, lang, style, img, op, abroad, notes, also=None, rq=None, parts=None):
    """Build a label dict in the order of label_format.md."""
    lab = {"kinds": list(kinds)}
    if date:
        lab["date"] = date
    if also:
        lab["also_dates"] = list(also)
    lab.update({"author": author, "language": lang, "style": style})
    if "referral" in kinds:
        if rq is None:
            raise ValueError("referral needs rq")
        lab["referral_question"] = rq
    lab.update({"imaging_done": img, "operated": op, "treated_abroad": abroad, "notes": notes})
    if parts:
        lab["parts"] = parts
    return lab


def P(kinds, date, author):
    d = {"kinds": list(kinds), "author": author}
    if date:
        d["date"] = date
    return d


def pdf(stem, label, blocks=None, opts=None, parts=None, fax=None, meta=None):
    spec = {"meta": meta or {}}
    if parts:
        spec["parts"] = parts
        spec["fax"] = fax
    else:
        spec.update({"blocks": blocks, "opts": opts or {}})
        spec["fax"] = fax
    return {"stem": stem, "fmt": "pdf", "label": label, "spec": spec}


def docx(stem, label, blocks, opts=None):
    return {"stem": stem, "fmt": "docx", "label": label, "spec": {"blocks": blocks, "opts": opts or {}}}


def txt(stem, label, text, encoding="utf-8", newline="\n"):
    return {"stem": stem, "fmt": "txt", "label": label, "text": text, "encoding": encoding,
            "newline": newline}
