"""Write ../README.txt: one line per document (stem, format, language, kinds, style, what makes it hard)."""
import os, tomllib
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")
out = ["tq corpus - 64 synthetic hand-clinic dossier documents (fictional patients).",
       "Documents and labels in docs/, generators in tools/ (python3 tools/make_all.py [stem ...];",
       "python3 tools/make_readme.py), checker: python3 check.py.",
       "Format per line: stem | format | language | kind(s) | style | what makes it hard",
       "Merged PDFs list their parts' kinds in order after 'merged:'.", ""]
for f in sorted(os.listdir(DOCS)):
    if not f.endswith(".toml"):
        continue
    stem = f[:-5]
    lab = tomllib.load(open(os.path.join(DOCS, f), "rb"))
    fmt = [x for x in os.listdir(DOCS) if x.startswith(stem + ".") and not x.endswith(".toml")][0].rsplit(".", 1)[1]
    kinds = "+".join(lab["kinds"]) or "none"
    if "part" in lab:
        kinds = "merged: " + " / ".join("+".join(p["kinds"]) or "none" for p in lab["part"])
    out.append(f"{stem} | {fmt} | {lab['language']} | {kinds} | {lab['style']} | {lab.get('notes', '')}")
open(os.path.join(os.path.dirname(HERE), "README.txt"), "w", encoding="utf-8").write("\n".join(out) + "\n")
