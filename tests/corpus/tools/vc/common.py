"""Shared bits: output directory, the document registry and the label writer."""
import os

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs"))

REGISTRY = []  # (stem, ext, render(path), label dict)


def doc(stem, ext, **label):
    """Decorator registering a render function with its label."""
    def wrap(fn):
        REGISTRY.append((stem, ext, fn, label))
        return fn
    return wrap


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_val(x) for x in v) + "]"
    return _q(str(v))


ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def label_toml(label):
    lines = []
    keys = [k for k in ORDER if k in label] + [k for k in label if k not in ORDER and k != "parts"]
    for k in keys:
        v = label[k]
        if v is None:
            continue
        lines.append(f"{k} = {_val(v)}")
    for part in label.get("parts", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in part and part[k] is not None:
                lines.append(f"{k} = {_val(part[k])}")
    return "\n".join(lines) + "\n"
