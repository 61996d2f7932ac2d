#!/usr/bin/env python3
"""Compare dossiercheck's sentence answers with clinlp's ConText qualifiers on the labelled sentences.

    pip install clinlp==0.10.0        # pulls in spaCy (3.8 here); no spaCy model download is needed
    python3 benches/clinlp_compare.py [/tmp/ours.jsonl] [--json] [--drop-dash-rule]

Without a path the script runs `CORPUS_DUMP=<tmp> cargo test --test corpus` itself. Nothing in
`cargo test` needs this script or clinlp.

What it measures: for every `[[sentence]]` in tests/corpus/sentences/*.toml, both tools' answers
(yes / no / unmentioned) for imaging_done, operated and treated_abroad, against the labels. Printed per
split (the set-aside quarter vs the rest, taken from the dump's `set_aside` flag) and per language (nl vs
en/de): precision and recall of "yes" per fact, and per phenomenon group the share of sentences whose
three answers all equal the labels (negation = negation, negation-list, pseudo-negation,
negated-finding; hypothetical = plan, offer, advice, question, request, pending). That share asks for
the exact label (yes/no/unmentioned), so it is stricter than the per-phenomenon count in
tests/corpus.rs, which only asks yes vs not-yes.

How clinlp answers: a blank `clinlp` pipeline (normalizer, sentencizer, rule-based entity matcher on
NORM, context algorithm with its default Dutch rules). The entity matcher gets the short fixed term
lists below (nl/en/de words), so the targets are these lists, not dossiercheck's own cues. clinlp 0.10
has no "Negated"/"Hypothetical" qualifiers; they are read as Presence.Absent and as Presence.Uncertain
or Temporality.Future. Per entity: not negated, not hypothetical and Experiencer.Patient -> yes;
negated and Experiencer.Patient -> no; otherwise unmentioned. Per sentence and fact, yes beats no beats
unmentioned (any affirmed mention asserts the fact).

Limits:
- treated_abroad is simplified: yes = an affirmed treatment/admission or operation entity plus a
  foreign place from the small PLACES list anywhere in the sentence; no = such an entity negated plus a
  foreign place (or "buitenland"/"abroad"/"Ausland"). A foreign hospital named without a listed place
  is missed, and "treated in the Netherlands" can never give "no".
- The term lists are short and generic; a miss by the list counts against clinlp, not ConText.
- The default rules read a "-" token after an entity as "absent" (lab style "koorts -"); the clinlp
  tokenizer splits "MRI-verslag" and "A1-pulley", so many plain mentions come out negated.
  --drop-dash-rule removes that one pattern to show its cost; the default run keeps the rules as shipped.
- ConText's default rules are Dutch and aimed at findings, not at procedures that are planned, requested
  or advised; en/de sentences are run through the same Dutch rules and reported apart.
- The corpus is small: one sentence moves a group's share by several points.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FACTS = ("imaging_done", "operated", "treated_abroad")
GROUPS = {
    "negation": {"negation", "negation-list", "pseudo-negation", "negated-finding"},
    "hypothetical": {"plan", "offer", "advice", "question", "request", "pending"},
    "other-experiencer": {"other-experiencer"},
    "abroad": {"abroad-hospital", "abroad-place", "abroad-reverse", "abroad-no-care"},
}
CELLS = [("rest", "nl"), ("rest", "en/de"), ("aside", "nl"), ("aside", "en/de")]

# One regex per concept, matched against a whole normalized token (lowercase, no diacritics).
TERMS = {
    "imaging": r"echo('s)?|echogra(f|ph)ie|sonogra(f|ph)ie|ultrasound|ultraschall|mri|mrt|nmr|ct|xr|rx"
               r"|\w*rontg\w*|\w*foto('s)?|gefotografeerd|\w*scan\w*|beeldvorm\w*|imaging|radiograph\w*|bildgebung"
               r"|\w*aufnahmen?|kernspin\w*|x-?rays?|x-?rayed",
    "operation": r"\w*operat\w*|geopereerd|opereren|operiert|ingreep|eingriff|surgery|surgical|chirurgisch\w*"
                 r"|heelkund\w*|\w*release|\w*ectomie|\w*ectomy|\w*ektomie|\w*spaltung|art?hrodes[ei]s?"
                 r"|\w*osteosynthes\w*|orif|\w*fixatie|gefixeerd|fixation|fixiert|voroperation\w*",
    "treatment": r"opgenomen|opname|ziekenhuisopnames?|behandeld|behandeling|ziekenhuis|kliniek|spoed\w*|seh"
                 r"|admitted|admissions?|treated|treatment|hospital|clinic|emergency|casualty"
                 r"|aufgenommen|aufnahme|behandelt|behandlung|krankenhaus\w*|klinik\w*|notaufnahme|spital",
}
EXTRA_PATTERNS = {  # multi-token or case-sensitive targets the token regexes cannot express
    "imaging": [[{"NORM": "x"}, {"ORTH": "-"}]],  # X-pols, X-ray
    "operation": [[{"ORTH": "OP"}], [{"ORTH": "OK"}, {"ORTH": "-"}]],
}
# Foreign places (nl/en/de spellings, normalized). Deliberately short: countries, demonyms, large cities.
PLACES = re.compile(r"\b(buitenland|abroad|ausland|belgie|belgium|belgien|belgisch\w*|duitsland|germany"
                    r"|deutschland|duits\w*|frankrijk|france|frankreich|frans\w*|spanje|spain|spanien|spaans\w*"
                    r"|portugal|itali\w*|turkije|turkey|turkei|turks\w*|turkish|griekenland|greece|oostenrijk"
                    r"|austria|osterreich|zwitserland|switzerland|schweiz|polen|poland|marokko|morocco"
                    r"|egypte|egypt|thailand|engeland|england|uk|usa|verenigde staten|united states|brussel"
                    r"|antwerpen|gent|luik|aachen|aken|keulen|koln|cologne|dusseldorf|berlin|munchen|munich"
                    r"|hamburg|parijs|paris|lyon|nice|londen|london|madrid|barcelona|malaga|lissabon|lisbon"
                    r"|porto|faro|rome|wenen|wien|vienna|innsbruck|zurich|istanbul|antalya|izmir|bangkok"
                    r"|new york|boston|dubai|warschau|warsaw|krakau|krakow)\b")


def load_labels():
    rows = {}
    folder = os.path.join(ROOT, "tests", "corpus", "sentences")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".toml"):
            with open(os.path.join(folder, name), "rb") as f:
                for i, s in enumerate(tomllib.load(f)["sentence"]):
                    rows[f"{name[:-5]}#{i}"] = s
    return rows


def load_ours(path):
    if path is None:  # make a dump in a temp file, read it, remove it
        fd, tmp = tempfile.mkstemp(suffix=".jsonl")
        os.close(fd)
        try:
            env = dict(os.environ, CORPUS_DUMP=tmp)
            r = subprocess.run(["cargo", "test", "--test", "corpus"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if os.path.getsize(tmp) == 0:
                sys.exit(f"cargo test wrote no dump (exit {r.returncode}):\n{r.stderr[-2000:]}")
            return load_ours(tmp)
        finally:
            os.remove(tmp)
    with open(path) as f:
        return {d["key"]: d for d in (json.loads(line) for line in f if line.strip())}


def build_clinlp(drop_dash_rule=False):
    try:
        import clinlp  # noqa: F401  (registers the "clinlp" language and components)
        import spacy
    except ImportError:
        sys.exit("clinlp is not installed: pip install clinlp==0.10.0")
    nlp = spacy.blank("clinlp")
    nlp.add_pipe("clinlp_normalizer")
    nlp.add_pipe("clinlp_sentencizer")
    ruler = nlp.add_pipe("clinlp_rule_based_entity_matcher", config={"attr": "NORM", "resolve_overlap": True})
    for concept, rx in TERMS.items():
        ruler.add_term(concept, [{"NORM": {"REGEX": f"^(?:{rx})$"}}])
        for pattern in EXTRA_PATTERNS.get(concept, []):
            ruler.add_term(concept, pattern)
    config = {"phrase_matcher_attr": "NORM"}
    if drop_dash_rule:  # the default rules read a "-" token after an entity as "absent" (lab style "koorts -")
        from clinlp.ie.qualifier.context_algorithm import _DEFAULT_CONTEXT_RULES_PATH
        with open(_DEFAULT_CONTEXT_RULES_PATH) as f:
            rules = json.load(f)
        for rule in rules["rules"]:
            rule["patterns"] = [p for p in rule["patterns"] if p != "-"]
        config["rules"] = rules
    nlp.add_pipe("clinlp_context_algorithm", config=config)
    return nlp


def entity_answer(ent):
    q = {(x.name, x.value) for x in ent._.qualifiers}
    patient = ("Experiencer", "Patient") in q
    if ("Presence", "Absent") in q:
        return "no" if patient else "unmentioned"
    if ("Presence", "Uncertain") in q or ("Temporality", "Future") in q or not patient:
        return "unmentioned"
    return "yes"


def combine(answers):
    return next((a for a in ("yes", "no") if a in answers), "unmentioned")


def clinlp_answers(nlp, text):
    doc = nlp(text)
    by = {"imaging": [], "operation": [], "treatment": []}
    for ent in doc.spans["ents"]:
        by[ent.label_].append(entity_answer(ent))
    norm = " ".join(t.norm_ for t in doc)
    abroad = combine(by["treatment"] + by["operation"]) if PLACES.search(norm) else "unmentioned"
    return {"imaging_done": combine(by["imaging"]), "operated": combine(by["operation"]),
            "treated_abroad": abroad}


def score(items, tool):
    """items: list of (label dict, {tool: answers}). Returns yes P/R per fact and all-3 shares per group."""
    out = {"n": len(items), "yes": {}, "groups": {}, "phenomena": {}}
    for fact in FACTS:
        gold = sum(lab[fact] == "yes" for lab, _ in items)
        pred = sum(ans[tool][fact] == "yes" for _, ans in items)
        tp = sum(lab[fact] == "yes" and ans[tool][fact] == "yes" for lab, ans in items)
        out["yes"][fact] = {"tp": tp, "pred": pred, "gold": gold,
                            "precision": tp / pred if pred else None, "recall": tp / gold if gold else None}
    def share(sel):
        hits = [all(ans[tool][f] == lab[f] for f in FACTS) for lab, ans in sel]
        return {"n": len(hits), "all3": sum(hits), "share": sum(hits) / len(hits) if hits else None}
    grouped = set().union(*GROUPS.values())
    for g, ph in list(GROUPS.items()) + [("other", None), ("all", "*")]:
        sel = [(l, a) for l, a in items if (ph == "*" or (l.get("phenomenon", "") in ph if ph else l.get("phenomenon", "") not in grouped))]
        out["groups"][g] = share(sel)
    for p in sorted({l.get("phenomenon", "") for l, _ in items}):
        out["phenomena"][p] = share([(l, a) for l, a in items if l.get("phenomenon", "") == p])
    return out


def pct(x):
    return "   -" if x is None else f"{100 * x:4.0f}"


def print_table(res):
    head = "".join(f"| {s + ' ' + l:<15}" for s, l in CELLS)
    print(f"{'':24}{head}")
    print(f"{'':24}" + "| ours clin    n " * len(CELLS))
    print("-" * (24 + 17 * len(CELLS)))
    cells = [res[f"{s}/{l}"] for s, l in CELLS]
    print(f"{'sentences':24}" + "".join(f"| {'':10}{c['n']:4} " for c in cells))
    for fact in FACTS:
        for m, k in (("P", "precision"), ("R", "recall")):
            row = "".join(f"| {pct(c['dossiercheck']['yes'][fact][k])} {pct(c['clinlp']['yes'][fact][k])}"
                          f" {c['dossiercheck']['yes'][fact]['gold'] if m == 'R' else '':>4} " for c in cells)
            print(f"{'yes ' + m + ' ' + fact:24}{row}")
    print("all three facts right:")
    for g in list(GROUPS) + ["other", "all"]:
        row = "".join(f"| {pct(c['dossiercheck']['groups'][g]['share'])} {pct(c['clinlp']['groups'][g]['share'])}"
                      f" {c['dossiercheck']['groups'][g]['n']:4} " for c in cells)
        print(f"{'  ' + g:24}{row}")
    print("percent; n = label-yes count (R rows) or sentences (group rows); clin = clinlp ConText")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", nargs="?", help="CORPUS_DUMP jsonl (default: run cargo test to make one)")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    ap.add_argument("--drop-dash-rule", action="store_true",
                    help="remove the default rule that reads a following '-' token (MRI-verslag) as negation")
    args = ap.parse_args()
    labels, ours = load_labels(), load_ours(args.dump)
    missing = sorted(set(labels) ^ set(ours))
    if missing:
        sys.exit(f"dump and corpus disagree on keys, e.g. {missing[:5]}")
    nlp = build_clinlp(args.drop_dash_rule)
    buckets = {f"{s}/{l}": [] for s, l in CELLS}
    for key, lab in labels.items():
        if ours[key]["text"] != lab["text"]:
            sys.exit(f"{key}: dump text differs from the corpus; regenerate the dump")
        answers = {"dossiercheck": ours[key]["answers"], "clinlp": clinlp_answers(nlp, lab["text"])}
        split = "aside" if ours[key]["set_aside"] else "rest"
        buckets[f"{split}/{'nl' if lab['lang'] == 'nl' else 'en/de'}"].append((lab, answers))
    res = {cell: {"n": len(items), **{t: score(items, t) for t in ("dossiercheck", "clinlp")}}
           for cell, items in buckets.items()}
    if args.json:
        import clinlp
        import spacy
        json.dump({"clinlp_version": clinlp.__version__, "spacy_version": spacy.__version__,
                   "drop_dash_rule": args.drop_dash_rule, "cells": res},
                  sys.stdout, indent=1)
        print()
    else:
        print_table(res)


if __name__ == "__main__":
    main()
