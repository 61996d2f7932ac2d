"""Shared helpers for the tj batch: output paths and the label (.toml) writer."""
import json, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(BASE, "docs")
BUILD = os.path.join(BASE, "build")      # intermediate .docx for LibreOffice conversion, part PDFs
os.makedirs(DOCS, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)

KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
LANGS = {"nl", "en", "de"}
FACT = {"yes", "no", "unmentioned"}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def out(stem, ext):
    return os.path.join(DOCS, f"{stem}.{ext}")


def label(stem, kinds, author, language, style, imaging, operated, abroad, notes,
          date=None, also=None, rq=None, parts=None):
    """Write docs/<stem>.toml. imaging/operated/abroad: yes|no|unmentioned."""
    assert set(kinds) <= KINDS, kinds
    assert author in AUTHORS and language in LANGS
    assert imaging in FACT and operated in FACT and abroad in FACT
    assert ("referral" in kinds) == (rq is not None), (stem, "referral_question")
    lines = [f"kinds = [{', '.join(q(k) for k in kinds)}]"]
    if date:
        lines.append(f"date = {q(date)}")
    if also:
        lines.append(f"also_dates = [{', '.join(q(d) for d in also)}]")
    lines += [f"author = {q(author)}", f"language = {q(language)}", f"style = {q(style)}"]
    if rq is not None:
        lines.append(f"referral_question = {'true' if rq else 'false'}")
    lines += [f"imaging_done = {q(imaging)}", f"operated = {q(operated)}",
              f"treated_abroad = {q(abroad)}", f"notes = {q(notes)}"]
    for p in parts or []:
        assert set(p["kinds"]) <= KINDS and p["author"] in AUTHORS
        lines.append("")
        lines.append("[[part]]")
        lines.append(f"kinds = [{', '.join(q(k) for k in p['kinds'])}]")
        if p.get("date"):
            lines.append(f"date = {q(p['date'])}")
        lines.append(f"author = {q(p['author'])}")
        # p may carry a "style" for the generator's own documentation; label_format.md parts hold kinds/date/author only
    with open(out(stem, "toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_text(stem, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(out(stem, "txt"), "w", encoding=encoding, newline="") as f:
        f.write(text)
