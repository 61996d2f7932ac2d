"""Render every ts-corpus document and its label.  python3 build.py [stem ...]"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402
import docs_a, docs_b, docs_c, docs_d  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    return q(v)


def write_label(stem, lab):
    lines = []
    for k in ORDER:
        if k in lab and lab[k] is not None:
            lines.append(f"{k} = {val(lab[k])}")
    for p in lab.get("parts", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in p:
                lines.append(f"{k} = {val(p[k])}")
    with open(os.path.join(OUT, stem + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def render_one(d, path):
    fmt = d["fmt"]
    if fmt == "txt":
        with open(path, "w", encoding=d.get("encoding", "utf-8"), newline=d.get("newline")) as f:
            f.write(d["text"])
    elif fmt == "docx":
        render.to_docx(d["spec"], path)
    elif fmt == "pdf":
        render.to_pdf(d["spec"], path)
    elif fmt == "lo":
        render.to_pdf_lo(d["spec"], path)
    elif fmt == "form":
        render.to_pdf_form(d["spec"], path)
    elif fmt == "merged":
        tmpd = tempfile.mkdtemp(prefix="mrg_", dir=render.WORK)
        paths = []
        for i, part in enumerate(d["parts"]):
            pp = os.path.join(tmpd, f"part{i}.pdf")
            render_one(part, pp)
            paths.append(pp)
        render.merge_pdfs(paths, path)
        import shutil
        shutil.rmtree(tmpd, ignore_errors=True)
    else:
        raise ValueError(fmt)


def ext(fmt):
    return {"txt": "txt", "docx": "docx"}.get(fmt, "pdf")


def main(only):
    os.makedirs(OUT, exist_ok=True)
    all_docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    for d in all_docs:
        stem = d["stem"]
        if only and stem not in only:
            continue
        path = os.path.join(OUT, stem + "." + ext(d["fmt"]))
        for e in ("pdf", "docx", "txt"):
            old = os.path.join(OUT, stem + "." + e)
            if os.path.exists(old) and old != path:
                os.remove(old)
        render_one(d, path)
        lab = dict(d["label"])
        if d["fmt"] == "merged":
            lab["parts"] = [p["plabel"] for p in d["parts"]]
        write_label(stem, lab)
        print("wrote", os.path.basename(path))


if __name__ == "__main__":
    main(set(sys.argv[1:]))
