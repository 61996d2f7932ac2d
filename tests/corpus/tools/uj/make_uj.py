#!/usr/bin/env python3
"""Validate the labelled passages in part1.py .. part5.py and write ../sentences/uj.toml.

Each part defines SENTENCES, a list of tuples
    (lang, imaging_done, operated, treated_abroad, phenomenon, text)
with 25 Dutch, 15 English and 10 German entries (50 per part).
The output follows the "Sentence labels" format of label_format.md:

    [[sentence]]
    text = "..."
    lang = "nl"
    imaging_done = "no"
    operated = "unmentioned"
    treated_abroad = "unmentioned"
    phenomenon = "negation"

Prints counts per language, per label value per fact and per phenomenon.
Exits non-zero when a check fails.
"""
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "sentences", "uj.toml")

PARTS = ["part1", "part2", "part3", "part4", "part5"]
LANGS = ("nl", "en", "de")
PER_PART = {"nl": 25, "en": 15, "de": 10}
VALUES = ("yes", "no", "unmentioned")
FACTS = ("imaging_done", "operated", "treated_abroad")
PHENOMENA = (
    "negation",              # nooit / geen / kein / never / denies / verneint
    "negation-list",         # negation over a list or coordination, with scope traps
    "negation-split-verb",   # negation in a separable or split verb (vroeg ... aan, fand ... statt)
    "negation-passive",      # negated passive (werd niet gemaakt, was not performed)
    "negated-finding",       # the exam or operation happened, the finding is negative
    "plan",                  # planned, booked, future, scheduled
    "offer-advice",          # offered, advised, conditional proposals
    "question",              # vraagstelling / question / Frage
    "request",               # requests to the reader (graag, kindly, wir bitten)
    "pending-result",        # result or report awaited, waiting list
    "history",               # past events vs the current problem
    "other-experiencer",     # family members or spouses
    "other-body-part",       # operations elsewhere in the body
    "hand-operation",        # operation on the hand/wrist, often without the word 'operatie'
    "name-not-event",        # departments, practices called Surgery, streets, letterheads
    "abroad-named",          # care abroad named by country, city, region or hospital name
    "abroad-no-care",        # living, working or holidaying abroad without hospital care there
    "fall-abroad-nl-care",   # injury abroad, treatment in the Netherlands
    "abbreviation",          # st. na, s/p, z.n., Z.n., dd, i.o.m., o.B.
    "telegraphic",           # GP journal lines, SOEP shorthand
    "long-sentence",         # long clinical sentences with several facts
    "mixed-language",        # lines mixing Dutch, English, German
)


def load(name):
    path = os.path.join(HERE, name + ".py")
    spec = importlib.util.spec_from_file_location("uj_" + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.SENTENCES


def toml_str(s):
    # JSON string escapes (\" \\ \n \t \uXXXX) are valid TOML basic-string escapes.
    return json.dumps(s, ensure_ascii=False)


def main():
    errors = []
    rows = []
    seen = {}
    for part in PARTS:
        try:
            sentences = load(part)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{part}: cannot load: {exc}")
            continue
        if len(sentences) != 50:
            errors.append(f"{part}: {len(sentences)} entries, expected 50")
        langs = collections.Counter()
        for i, entry in enumerate(sentences, 1):
            where = f"{part}[{i}]"
            if not isinstance(entry, tuple) or len(entry) != 6:
                errors.append(f"{where}: not a 6-tuple")
                continue
            lang, img, op, abr, phen, text = entry
            langs[lang] += 1
            if lang not in LANGS:
                errors.append(f"{where}: bad lang {lang!r}")
            for fact, val in zip(FACTS, (img, op, abr)):
                if val not in VALUES:
                    errors.append(f"{where}: bad {fact} {val!r}")
            if phen not in PHENOMENA:
                errors.append(f"{where}: unknown phenomenon {phen!r}")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if text != text.strip() or "\n" in text or "  " in text:
                errors.append(f"{where}: stray whitespace in text")
            if len(text) > 600:
                errors.append(f"{where}: text longer than 600 characters")
            key = " ".join(text.lower().split())
            if key in seen:
                errors.append(f"{where}: duplicate of {seen[key]}")
            seen[key] = where
            rows.append(dict(text=text, lang=lang, imaging_done=img, operated=op,
                             treated_abroad=abr, phenomenon=phen, part=part))
        if dict(langs) != PER_PART:
            errors.append(f"{part}: languages {dict(langs)}, expected {PER_PART}")

    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1

    lines = [
        "# Labelled passages for imaging_done, operated and treated_abroad.",
        "# Generated by tools/make_uj.py from tools/part1.py .. part5.py; do not edit by hand.",
        "# All persons and hospitals are invented.",
        "",
    ]
    for r in rows:
        lines += [
            "[[sentence]]",
            f"text = {toml_str(r['text'])}",
            f"lang = {toml_str(r['lang'])}",
            f"imaging_done = {toml_str(r['imaging_done'])}",
            f"operated = {toml_str(r['operated'])}",
            f"treated_abroad = {toml_str(r['treated_abroad'])}",
            f"phenomenon = {toml_str(r['phenomenon'])}",
            "",
        ]
    data = "\n".join(lines)

    # Round-trip check with the standard TOML parser when available (Python 3.11+).
    try:
        import tomllib
    except ImportError:
        tomllib = None
    if tomllib is not None:
        parsed = tomllib.loads(data)["sentence"]
        if len(parsed) != len(rows):
            print("error: TOML round trip lost entries", file=sys.stderr)
            return 1
        for p, r in zip(parsed, rows):
            for k in ("text", "lang", "phenomenon") + FACTS:
                if p[k] != r[k]:
                    print(f"error: TOML round trip changed {k} of {r['text'][:40]!r}", file=sys.stderr)
                    return 1

    out = os.path.normpath(OUT)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)

    n = len(rows)
    print(f"wrote {out}: {n} passages")
    print("per language:", dict(collections.Counter(r["lang"] for r in rows)))
    for fact in FACTS:
        c = collections.Counter(r[fact] for r in rows)
        shown = ", ".join(f"{v} {c[v]} ({100 * c[v] / n:.0f}%)" for v in VALUES)
        print(f"{fact}: {shown}")
        for lang in LANGS:
            cl = collections.Counter(r[fact] for r in rows if r["lang"] == lang)
            print(f"    {lang}: " + ", ".join(f"{v} {cl[v]}" for v in VALUES))
    print("per phenomenon:")
    pc = collections.Counter(r["phenomenon"] for r in rows)
    for phen in PHENOMENA:
        cl = collections.Counter(r["lang"] for r in rows if r["phenomenon"] == phen)
        print(f"    {phen:22s} {pc[phen]:3d}   (nl {cl['nl']}, en {cl['en']}, de {cl['de']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
