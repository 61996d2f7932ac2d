#!/usr/bin/env python3
"""Writes sentences/st-{nl,en,de}.toml: short labelled passages for the three facts.

Each entry: (text, code, phenomenon). code = three letters for
imaging_done, operated, treated_abroad: Y = yes, N = no, U = unmentioned.
Conventions: a pending *result* of an exam that was already made counts as imaging done;
a request for existing images ("please send the X-rays") presupposes them and counts as done;
a German, Belgian, UK ... hospital is abroad from the point of view of the Dutch clinic.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from st_nl import NL, VL  # noqa: E402
from st_en import EN  # noqa: E402
from st_de import DE  # noqa: E402

VAL = {"Y": "yes", "N": "no", "U": "unmentioned"}
PHEN = {"plain", "negation", "negation-list", "pseudo-negation", "negated-finding", "plan", "offer",
        "advice", "question", "pending", "request", "historical", "other-experiencer",
        "name-not-event", "other-body-part", "abroad-place", "abroad-hospital", "abroad-reverse",
        "abroad-no-care", "distractor", "mixed"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sentences")


def render(groups, lang):
    lines = [f"# st-{lang}: labelled passages for imaging_done / operated / treated_abroad.",
             "# Written by hand; generated from tools/st_sentences.py.", ""]
    seen = set()
    for title, items in groups:
        lines.append(f"# --- {title} ---")
        for text, code, phen in items:
            assert len(code) == 3 and set(code) <= set("YNU"), (text, code)
            assert phen in PHEN, (text, phen)
            assert text not in seen, text
            seen.add(text)
            lines += ["[[sentence]]",
                      "text = " + json.dumps(text, ensure_ascii=False),
                      f'lang = "{lang}"',
                      f'imaging_done = "{VAL[code[0]]}"',
                      f'operated = "{VAL[code[1]]}"',
                      f'treated_abroad = "{VAL[code[2]]}"',
                      f'phenomenon = "{phen}"', ""]
    return "\n".join(lines)


def main():
    for lang, groups in (("nl", [("Netherlands", NL), ("Flemish (Belgium)", VL)]),
                         ("en", [("English", EN)]), ("de", [("German", DE)])):
        with open(os.path.join(OUT, f"st-{lang}.toml"), "w", encoding="utf-8") as f:
            f.write(render(groups, lang))


if __name__ == "__main__":
    main()
