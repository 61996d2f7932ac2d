"""Check that every document opens and every label parses; print counts."""
import collections, glob, os, subprocess, sys, tomllib, zipfile
import docx

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")
bad = 0
cnt = collections.Counter()
for lab in sorted(glob.glob(os.path.join(D, "te-*.toml"))):
    stem = os.path.basename(lab)[:-5]
    with open(lab, "rb") as fh:
        L = tomllib.load(fh)
    files = [f for f in glob.glob(os.path.join(D, stem + ".*")) if not f.endswith(".toml")]
    assert len(files) == 1, (stem, files)
    f = files[0]
    ext = f.rsplit(".", 1)[1]
    if ext == "pdf":
        n = int([l for l in subprocess.run(["pdfinfo", f], capture_output=True, text=True).stdout.splitlines()
                 if l.startswith("Pages:")][0].split()[1])
        for p in range(1, n + 1):
            t = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), f, "-"], capture_output=True,
                               text=True).stdout
            if len(t.strip()) < 50:
                print("NO TEXT", stem, "page", p); bad += 1
    elif ext == "docx":
        with zipfile.ZipFile(f) as z:
            assert z.testzip() is None
        d = docx.Document(f)
        t = "\n".join(p.text for p in d.paragraphs) + "".join(c.text for tb in d.tables for r in tb.rows for c in r.cells)
        if len(t.strip()) < 200:
            print("SHORT DOCX", stem); bad += 1
    elif ext == "txt":
        t = open(f, encoding="utf-8").read()
        if len(t.strip()) < 200:
            print("SHORT TXT", stem); bad += 1
    for k in ("kinds", "author", "language", "style", "imaging_done", "operated", "treated_abroad", "notes"):
        if k not in L:
            print("MISSING", k, stem); bad += 1
    if ("referral" in L["kinds"]) != ("referral_question" in L):
        print("referral_question mismatch", stem); bad += 1
    cnt["fmt:" + ext] += 1
    cnt["lang:" + L["language"]] += 1
    for k in L["kinds"] or ["(none)"]:
        cnt["kind:" + k] += 1
    for fact in ("imaging_done", "operated", "treated_abroad"):
        cnt[f"{fact}:{L[fact]}"] += 1
    if "part" in L:
        cnt["merged"] += 1
for k in sorted(cnt):
    print(f"{k:28s} {cnt[k]}")
print("problems:", bad)
sys.exit(1 if bad else 0)
