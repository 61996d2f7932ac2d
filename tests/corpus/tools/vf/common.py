"""Shared registry and label writer for the vf corpus generators.

Every document module registers its documents with the @doc decorator:

    @doc("vf-001", "pdf", dict(kinds=[...], date="2026-03-12", ...))
    def _(path):
        ...write the file at path...

build.py imports all modules, then renders each registered document and writes
its label sidecar (docs/<stem>.toml) from the dict.
"""
import json
import os

DOCS = []

# order in which keys are written into the label file
KEY_ORDER = [
    "kinds", "date", "also_dates", "author", "language", "style",
    "referral_question", "imaging_done", "operated", "treated_abroad", "notes",
]
PART_KEY_ORDER = ["kinds", "date", "also_dates", "author"]


def doc(stem, ext, label):
    """Register a document renderer."""
    def deco(fn):
        DOCS.append((stem, ext, label, fn))
        return fn
    return deco


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        # JSON string escapes are valid TOML basic-string escapes
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_val(x) for x in v) + "]"
    raise TypeError("unsupported label value %r" % (v,))


def label_toml(label):
    lines = []
    for k in KEY_ORDER:
        if k in label:
            lines.append("%s = %s" % (k, _val(label[k])))
    unknown = set(label) - set(KEY_ORDER) - {"part"}
    if unknown:
        raise KeyError("unknown label keys: %s" % sorted(unknown))
    for part in label.get("part", []):
        lines.append("")
        lines.append("[[part]]")
        for k in PART_KEY_ORDER:
            if k in part:
                lines.append("%s = %s" % (k, _val(part[k])))
        unknown = set(part) - set(PART_KEY_ORDER)
        if unknown:
            raise KeyError("unknown part keys: %s" % sorted(unknown))
    return "\n".join(lines) + "\n"


def write_text(path, text, crlf=False):
    text = text.lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))
