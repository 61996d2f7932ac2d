"""Writes sentences/sx-nl.toml, sx-en.toml, sx-de.toml from the nx_sentences_* lists."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import nx_sentences_nl, nx_sentences_en, nx_sentences_de

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "sentences"))
V = {"y": "yes", "n": "no", "u": "unmentioned"}


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


for lang, mod in (("nl", nx_sentences_nl), ("en", nx_sentences_en), ("de", nx_sentences_de)):
    L = ["# nx sentences (%s), written independently of the checker" % lang, ""]
    for text, img, op, ab, ph in mod.S:
        L += ["[[sentence]]", "text = " + q(text), "lang = " + q(lang),
              "imaging_done = " + q(V[img]), "operated = " + q(V[op]), "treated_abroad = " + q(V[ab]),
              "phenomenon = " + q(ph), ""]
    with open(os.path.join(OUT, "sx-%s.toml" % lang), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    print(lang, len(mod.S))
