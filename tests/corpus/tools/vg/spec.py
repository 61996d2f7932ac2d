"""Document spec helper: a document = stem, format, blocks (or parts), render options and its label."""

LABEL_ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
               "imaging_done", "operated", "treated_abroad", "notes"]


def D(stem, fmt, blocks=None, opts=None, parts=None, **label):
    """parts: for merged PDFs, a list of dicts {blocks, opts, kinds, date?, author}."""
    label.setdefault("kinds", [])
    return {"stem": stem, "fmt": fmt, "blocks": blocks, "opts": opts or {}, "parts": parts, "label": label}


def _toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    raise TypeError(v)


def label_toml(doc):
    lab = doc["label"]
    lines = []
    for k in LABEL_ORDER:
        if k in lab and lab[k] is not None:
            lines.append(f"{k} = {_toml_value(lab[k])}")
    extra = set(lab) - set(LABEL_ORDER)
    if extra:
        raise ValueError(f"{doc['stem']}: unknown label keys {extra}")
    if doc.get("parts"):
        for p in doc["parts"]:
            lines.append("")
            lines.append("[[part]]")
            lines.append(f"kinds = {_toml_value(p['kinds'])}")
            if p.get("date"):
                lines.append(f"date = {_toml_value(p['date'])}")
            lines.append(f"author = {_toml_value(p['author'])}")
    return "\n".join(lines) + "\n"
