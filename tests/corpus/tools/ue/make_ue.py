#!/usr/bin/env python3
"""Build sentences/ue.toml (and NOTES.md) from part1.py .. part5.py.

Validates every entry: required keys, lang in nl|en|de, each fact in
yes|no|unmentioned, non-empty text and phenomenon, no duplicate texts
(exact, or after case/whitespace normalisation), and 25 nl / 15 en / 10 de
per part. Exits non-zero on any problem. All content is synthetic.
"""
import collections
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

PARTS = ["part1", "part2", "part3", "part4", "part5"]
KEYS = ["text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon"]
FACTS = ["imaging_done", "operated", "treated_abroad"]
VALUES = {"yes", "no", "unmentioned"}
LANGS = {"nl", "en", "de"}
PER_PART = {"nl": 25, "en": 15, "de": 10}

PHENOMENA = {
    "plain": "plain statement of an event (imaging done, operation done)",
    "negation": "simple negation (nooit, niet, geen, no, kein, verzichtet, afgezien, ontkent/denies)",
    "negation-scope": "negation over a list or one clause of several (geen … of …, no … nor …, geen MRI maar wel X)",
    "pseudo-negation": "negation that does not negate the event (geen fractuur op de foto, geen verbetering na operatie, niet alleen, no change since, liegen nicht vor)",
    "double-negation": "double negation / litotes / correction (het is niet zo dat er geen …, not without findings, nicht verzichtet, wel degelijk)",
    "presupposition": "event implied by wording (de plaat, no further imaging, request for existing images)",
    "plan": "plan, waiting list, pending/cancelled appointment, 'volgt nog', indication only",
    "offer-advice": "offer, advice, recommendation, patient preference",
    "refusal": "offer refused or declined: the event did not happen",
    "question-request": "question (vraagstelling) or request to the reader",
    "conditional": "conditional (indien, if, falls, bei Persistenz)",
    "history": "past event years ago or in childhood",
    "other-body-part": "imaging or surgery of another body part (knee, spine, abdomen, teeth, appendix)",
    "other-person": "event of a family member or partner",
    "abroad-care": "care in a hospital/clinic/ED abroad (named by city or country; Belgian, German, UK, other)",
    "abroad-no-care": "stay or holiday abroad without hospital care (or no statement of care)",
    "repatriation": "repatriation / transfer back to the Netherlands after a stay in a hospital abroad",
    "care-in-nl": "care explicitly located in the Netherlands (country or a Dutch hospital/city named)",
    "abbreviation": "abbreviations (OK, X-pols, ORIF, CTS-release, Z. n., s/p, US, CTR, OR)",
    "form-field": "form or report field 'Label: value'",
    "telegraphic": "telegraphic HIS/SOEP journal style or shorthand",
    "typo": "spelling error in the keyword (geoppereerd, geopereed, Rontgenfoto, Opereerd)",
    "document-mention": "mention of documents (verslag bijgevoegd, OK-verslag volgt)",
    "conservative": "conservative treatment only (splint, cast, injection): says nothing about surgery",
    "imaging-as-guidance": "imaging used to guide a procedure (ultrasound-guided injection)",
}


def toml_str(value):
    """A TOML basic string with proper escaping."""
    out = ['"']
    for ch in value:
        cp = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif cp < 0x20 or cp == 0x7F:
            out.append("\\u%04X" % cp)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def norm(text):
    return " ".join(text.split()).casefold()


def load():
    errors = []
    entries = []
    for name in PARTS:
        mod = importlib.import_module(name)
        items = getattr(mod, "SENTENCES", None)
        if not isinstance(items, list):
            errors.append(f"{name}: SENTENCES missing or not a list")
            continue
        langs = collections.Counter()
        for i, e in enumerate(items):
            where = f"{name}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where}: not a dict")
                continue
            if set(e) != set(KEYS):
                errors.append(f"{where}: keys {sorted(e)} != {sorted(KEYS)}")
                continue
            for k in KEYS:
                if not isinstance(e[k], str) or not e[k].strip():
                    errors.append(f"{where}: {k} empty or not a string")
            if e["lang"] not in LANGS:
                errors.append(f"{where}: bad lang {e['lang']!r}")
            for f in FACTS:
                if e[f] not in VALUES:
                    errors.append(f"{where}: bad {f} {e[f]!r}")
            if e["phenomenon"] not in PHENOMENA:
                errors.append(f"{where}: unknown phenomenon {e['phenomenon']!r}")
            langs[e["lang"]] += 1
            entries.append((where, e))
        if dict(langs) != PER_PART:
            errors.append(f"{name}: language counts {dict(langs)} != {PER_PART}")
    seen = {}
    for where, e in entries:
        key = norm(e["text"])
        if key in seen:
            errors.append(f"{where}: duplicate of {seen[key]}: {e['text']!r}")
        else:
            seen[key] = where
    return entries, errors


def write_toml(entries, path):
    lines = ["# Labelled short passages for imaging_done / operated / treated_abroad.",
             "# Generated by make_ue.py from part1.py .. part5.py. All content synthetic.",
             ""]
    for _, e in entries:
        lines.append("[[sentence]]")
        for k in KEYS:
            lines.append(f"{k} = {toml_str(e[k])}")
        lines.append("")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def table(counter, keys=None):
    keys = keys or sorted(counter)
    return "\n".join(f"| {k} | {counter.get(k, 0)} |" for k in keys)


def write_notes(entries, path):
    es = [e for _, e in entries]
    by_ph = collections.Counter(e["phenomenon"] for e in es)
    by_lang = collections.Counter(e["lang"] for e in es)
    parts = [
        "# ue sentence set: notes",
        "",
        f"{len(es)} labelled passages (1-3 sentences) from synthetic hand/wrist second-opinion dossiers,",
        "written in the shapes of LETTER-STYLES.md: GP referrals and Zorgdomein fields, HIS/SOEP journal",
        "lines, outpatient and discharge letters, operation reports, radiology reports, Belgian/German/UK",
        "and other foreign letters, patient letters and 'Label: value' form fields. Sources: part1.py ..",
        "part5.py (50 each: 25 nl, 15 en, 10 de); `python3 make_ue.py` validates and writes",
        "`sentences/ue.toml` and this file.",
        "",
        "## Labelling conventions (per label_format.md, Facts)",
        "- `imaging_done`: yes for any X-ray/ultrasound/CT/MRI *of the patient*, any body part, any year,",
        "  whatever it found (so 'X-pols: geen fractuur' and 'MRI knie' are yes; dental X-rays and an",
        "  ultrasound-guided injection are yes). Planned/requested/asked imaging is unmentioned; imaging",
        "  of a family member is unmentioned; 'foto's niet meegestuurd / liegen nicht vor' is unmentioned",
        "  (not sent is not not-done). Wording that presupposes existing images ('no further imaging',",
        "  'wilt u de MRI-beelden meesturen', 'auswärtige Röntgenbilder') is yes. no only when the",
        "  passage says no imaging was done (a single modality negated next to another done one is yes).",
        "- `operated`: only the hand/wrist problem. Knee, appendix, teeth, gallbladder, caesarean: unmentioned",
        "  (but 'appendectomie, verder blanco chirurgische voorgeschiedenis' / 'verder geen ingrepen' is no).",
        "  Plans, offers, advice, waiting lists, preferences ('wil niet geopereerd worden') and",
        "  conditionals are unmentioned; an offer that was refused/declined or a procedure that was",
        "  cancelled ('niet doorgegaan') is no; conservative treatment alone is unmentioned. A plate in situ,",
        "  a failed ORIF, 'revision surgery after her failed CTR', 'OK-verslag volgt nog' are yes.",
        "- `treated_abroad`: yes for a hospital, clinic or ED abroad, any body part (a knee arthroscopy in",
        "  Spain is yes), including Belgian, German, Austrian, UK hospitals and repatriation after an",
        "  admission abroad. no when the passage says there was no care abroad or places the care in the",
        "  Netherlands (the country, or a named Dutch hospital/city such as Rotterdam, 's-Hertogenbosch,",
        "  Nijmegen). A holiday or residence abroad with no statement about care is unmentioned.",
        "  Language alone (a German or English sentence) is never taken as evidence of care abroad.",
        "",
        "## Phenomena",
        "",
        "| phenomenon | count | what |",
        "|---|---|---|",
    ]
    for k in sorted(PHENOMENA, key=lambda k: (-by_ph.get(k, 0), k)):
        parts.append(f"| {k} | {by_ph.get(k, 0)} | {PHENOMENA[k]} |")
    parts += ["", "## Counts per language", "", "| lang | count |", "|---|---|",
              table(by_lang, ["nl", "en", "de"]), "",
              "## Counts per label value", "",
              "| fact | yes | no | unmentioned |", "|---|---|---|---|"]
    for f in FACTS:
        c = collections.Counter(e[f] for e in es)
        parts.append(f"| {f} | {c['yes']} | {c['no']} | {c['unmentioned']} |")
    parts += ["", "### Per language", "",
              "| lang | fact | yes | no | unmentioned |", "|---|---|---|---|---|"]
    for lang in ["nl", "en", "de"]:
        for f in FACTS:
            c = collections.Counter(e[f] for e in es if e["lang"] == lang)
            parts.append(f"| {lang} | {f} | {c['yes']} | {c['no']} | {c['unmentioned']} |")
    parts.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(parts))


def main():
    entries, errors = load()
    if errors:
        for err in errors:
            print("ERROR:", err, file=sys.stderr)
        return 1
    out = os.path.join(HERE, "..", "..", "sentences", "ue.toml")
    write_toml(entries, out)
    write_notes(entries, os.path.join(HERE, "NOTES.md"))
    print(f"wrote {len(entries)} sentences to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
