"""Shared helpers: output paths, registry of documents, TOML label writer."""
import os

DOCS = os.path.join(os.path.dirname(__file__), "..", "..", "docs")

REGISTRY = []  # (stem, function)


def doc(stem):
    def deco(fn):
        REGISTRY.append((stem, fn))
        return fn
    return deco


def out(stem, ext):
    os.makedirs(DOCS, exist_ok=True)
    return os.path.join(DOCS, "%s.%s" % (stem, ext))


def write_txt(stem, text, encoding="utf-8", crlf=False):
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out(stem, "txt"), "wb") as f:
        f.write(text.encode(encoding))


ORDER = ["kinds", "date", "also_dates", "author", "language", "style",
         "referral_question", "imaging_done", "operated", "treated_abroad", "notes"]
PART_ORDER = ["kinds", "date", "author"]  # as in label_format.md


def _s(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _v(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return _s(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_v(x) for x in v) + "]"
    raise TypeError(repr(v))


def L(kinds, date, author, language, style, imaging, operated, abroad, notes,
      also=None, rq=None, parts=None):
    """Compact constructor for a label dict."""
    lab = {"kinds": list(kinds), "author": author, "language": language, "style": style,
           "imaging_done": imaging, "operated": operated, "treated_abroad": abroad,
           "notes": notes}
    if date:
        lab["date"] = date
    if also:
        lab["also_dates"] = list(also)
    if "referral" in kinds:
        lab["referral_question"] = bool(rq)
    if parts:
        lab["parts"] = parts
    return lab


def part(kinds, date, author, also=None):
    p = {"kinds": list(kinds), "author": author}
    if date:
        p["date"] = date
    if also:
        p["also_dates"] = list(also)
    return p


def write_label(stem, lab):
    extra = set(lab) - set(ORDER) - {"parts"}
    if extra:
        raise ValueError("%s: unknown label keys %s" % (stem, extra))
    lines = []
    for k in ORDER:
        if k in lab:
            lines.append("%s = %s" % (k, _v(lab[k])))
    for p in lab.get("parts", []):
        lines += ["", "[[part]]"]
        for k in PART_ORDER:
            if k in p:
                lines.append("%s = %s" % (k, _v(p[k])))
    with open(out(stem, "toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
