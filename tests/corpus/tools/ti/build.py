"""Build the ti corpus: render every document and write its label (.toml) and README.txt.

usage: python3 build.py [stem ...]
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render  # noqa: E402
import docs_a, docs_b, docs_c  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs")
KINDS = {"referral", "history", "correspondence", "imaging-report", "operation-report", "mrsa-screening"}
AUTHORS = {"gp", "specialist", "radiologist", "lab", "patient", "other"}
FACT = {"yes", "no", "unmentioned"}
REGION = {"ti-017": "BE", "ti-018": "BE", "ti-019": "BE", "ti-045": "BE", "ti-054": "BE", "ti-063": "BE",
          "ti-030": "AT", "ti-031": "CH", "ti-033": "CH", "ti-060": "CH",
          "ti-012": "DE", "ti-013": "DE", "ti-032": "DE", "ti-052": "DE", "ti-061": "DE", "ti-062": "DE",
          "ti-007": "TR", "ti-014": "UK", "ti-015": "UK", "ti-016": "UK", "ti-046": "UK", "ti-051": "UK",
          "ti-009": "US", "ti-034": "US", "ti-035": "US", "ti-036": "US", "ti-048": "US",
          "ti-026": "NL", "ti-047": "NL", "ti-049": "NL", "ti-053": "NL", "ti-064": "NL"}
ORDER = ["kinds", "date", "also_dates", "author", "language", "style", "referral_question",
         "imaging_done", "operated", "treated_abroad", "notes"]


def q(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + ", ".join(q(x) for x in v) + "]"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return '"%s"' % s


def check(stem, lab):
    assert set(lab["kinds"]) <= KINDS, (stem, lab["kinds"])
    assert lab["author"] in AUTHORS, stem
    assert lab["language"] in ("nl", "en", "de"), stem
    for f in ("imaging_done", "operated", "treated_abroad"):
        assert lab[f] in FACT, (stem, f)
    assert ("referral_question" in lab) == ("referral" in lab["kinds"]), stem
    for d in [lab.get("date")] + lab.get("also_dates", []):
        if d:
            assert len(d) == 10 and d[4] == "-" and d[7] == "-", (stem, d)
    for p in lab.get("parts", []):
        assert set(p["kinds"]) <= KINDS and p["author"] in AUTHORS, stem


def toml(lab):
    lines = []
    for k in ORDER:
        if k in lab and lab[k] is not None:
            lines.append("%s = %s" % (k, q(lab[k])))
    for p in lab.get("parts", []):
        lines.append("")
        lines.append("[[part]]")
        for k in ("kinds", "date", "author"):
            if k in p:
                lines.append("%s = %s" % (k, q(p[k])))
    return "\n".join(lines) + "\n"


def main(only):
    os.makedirs(OUT, exist_ok=True)
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS
    stems = [d["stem"] for d in docs]
    assert len(stems) == len(set(stems)), "duplicate stems"
    readme = []
    cnt_kind, cnt_lang, cnt_fmt = Counter(), Counter(), Counter()
    for d in sorted(docs, key=lambda d: d["stem"]):
        lab = d["label"]
        check(d["stem"], lab)
        if not only or d["stem"] in only:
            path = render.render(d, OUT)
            with open(os.path.join(OUT, d["stem"] + ".toml"), "w", encoding="utf-8") as f:
                f.write(toml(lab))
            print("wrote", os.path.basename(path))
        ext = render.EXT[d["fmt"]]
        fmt = ext + {"lo": " (docx->LibreOffice)", "merged": " (merged)"}.get(d["fmt"], "")
        region = d.get("region") or REGION.get(d["stem"])
        lang = lab["language"] + ("-" + region if region else "")
        kinds = ",".join(lab["kinds"]) or "none"
        readme.append("%s | %s | %s | %s | %s | %s" % (d["stem"], fmt, lang, kinds, lab["style"], d["hard"]))
        for k in lab["kinds"] or ["none"]:
            cnt_kind[k] += 1
        cnt_lang[lab["language"]] += 1
        cnt_fmt[fmt] += 1
    with open(os.path.join(HERE, "README.txt"), "w", encoding="utf-8") as f:
        f.write("stem | format | language | kinds | style | what is hard\n")
        f.write("\n".join(readme) + "\n")
    print(len(docs), "documents")
    print("kinds:", dict(cnt_kind))
    print("lang:", dict(cnt_lang))
    print("fmt:", dict(cnt_fmt))


if __name__ == "__main__":
    main(set(sys.argv[1:]))
