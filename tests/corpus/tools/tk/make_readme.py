"""Write tools/README.txt from the labels (docs/*.toml) and generator meta (tools/meta/*.json)."""
import glob, json, os, tomllib
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = ["tk corpus — 64 test documents for the hand-clinic dossier checker (all people and institutions invented)",
       "",
       "Regenerate: sh tools/build_all.sh   (writes docs/, then runs tools/check.py)",
       "Generators: common.py (helpers), gen_pdf_a/b/c.py (reportlab PDFs), gen_docx_a/b.py (python-docx, five of",
       "them converted to PDF with soffice), gen_txt.py (plain text), gen_merged.py (four multi-document PDFs),",
       "check.py (opens every file, validates labels, finds every labelled date in the text), make_readme.py.",
       "",
       "stem | format | language | kinds | style | what is hard",
       "-----|--------|----------|-------|-------|-------------"]
for t in sorted(glob.glob(os.path.join(ROOT, "docs", "*.toml"))):
    stem = os.path.basename(t)[:-5]
    L = tomllib.load(open(t, "rb"))
    m = json.load(open(os.path.join(ROOT, "tools", "meta", stem + ".json")))
    kinds = "+".join(L["kinds"]) or "none"
    if L.get("part"):
        kinds = " / ".join("+".join(p["kinds"]) or "none" for p in L["part"]) + " (parts)"
    out.append(f"{stem} | {m['format']} | {m['langvar']} | {kinds} | {L['style']} | {L['notes']}")
open(os.path.join(ROOT, "tools", "README.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("README.txt written,", len(out) - 9, "rows")
