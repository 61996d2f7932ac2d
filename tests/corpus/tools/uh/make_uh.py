#!/usr/bin/env python3
"""Validate the labelled passages in part1..part5 and write sentences/uh.toml and NOTES.md.

Run: python3 tools/make_uh.py   (exit code 0 = valid and written, 1 = validation errors)
"""
import collections
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

OUT_TOML = os.path.join(os.path.dirname(__file__), "..", "..", "sentences", "uh.toml")
OUT_NOTES = os.path.join(os.path.dirname(__file__), "NOTES.md")

PARTS = ["part1", "part2", "part3", "part4", "part5"]
KEYS = ("text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon")
FACTS = ("imaging_done", "operated", "treated_abroad")
VALUES = ("yes", "no", "unmentioned")
LANGS = ("nl", "en", "de")
PER_PART = {"nl": 25, "en": 15, "de": 10}

# The small phenomenon vocabulary (what makes a passage hard).
PHENOMENA = {
    "plain": "positive control: the fact stated directly",
    "negation": "negation of the event, incl. scope questions (lists, 'bei uns', 'ten onrechte')",
    "negated-finding": "the exam WAS done; only its finding is negative ('MRI: geen afwijkingen')",
    "contrast": "'geen X maar wel Y', 'requested but never performed'",
    "double-negation": "a negation that is itself denied or corrected",
    "uncertainty": "hedged or unknown ('mogelijk', 'unclear', 'no record')",
    "plan": "planned / scheduled / listed / present-tense passive meaning future",
    "request": "requested, ordered, wished for",
    "offer": "offered, discussed, declined",
    "advice": "advised, recommended, proposed",
    "question": "a question or 'vraagstelling'",
    "conditional": "if / indien / sollte / bei Persistenz",
    "history-date": "past event with a date",
    "other-experiencer": "the event happened to someone else (mother, partner, ...)",
    "other-body-part": "operation on another body part (appendix, knee, hip ...)",
    "surgery-word-in-name": "department, practice or clinic name containing a surgery word",
    "procedure-without-keyword": "an operation named only by its procedure or abbreviation",
    "non-operative-procedure": "injection, splint, cast, closed reduction",
    "abroad-by-name": "care abroad named only by hospital, clinic or city",
    "abroad-without-care": "being or living abroad, or foreign origin, without hospital care there",
    "abroad-event-nl-care": "event abroad, care in the Netherlands",
    "telegraphic": "journal lines, abbreviations, SOEP",
    "false-friend": "words that look like a fact but are not (phone photo, scanned letter, EMG, OK, auswärtig)",
    "form-field": "labelled fields of a form (Operaties: geen; Procedure: ...)",
    "presupposition": "the fact is implied by something else (repeat the MRI, remove metalwork)",
    "mention-of-document": "a report is mentioned, implying the event",
}

JUDGEMENT_CALLS = """\
## Judgement calls (labels that a careful reader could dispute)

- **Negating one modality is not 'no imaging'.** `imaging_done = no` only when the passage says no
  imaging at all was done (or lists the modalities in a way that means 'none', incl. lay "geen foto's").
  "Een MRI van de pols is nooit gemaakt." and "An MRI was arranged but she did not attend." are
  `unmentioned` (an X-ray may still exist). Where a negated modality is paired with a done one
  ("geen MRI, wel een echo") the label is `yes`.
- **Declined or cancelled surgery = `no`.** "Eine operative Therapie lehnte der Patient ab", "liever niet
  geopereerd ... gekozen voor een injectie", a cancelled operation "zodat patiënt nog niet geopereerd is".
  A pure offer/discussion stays `unmentioned`, as does a present-tense policy ("een operatie is niet aan de
  orde", "Operatie-indicatie: nee", "Surgery was discussed but not offered").
- **Explicit conservative / non-operative treatment in the past = `no`** ("conservatief behandeld",
  "Konservative Therapie ..., keine Operation", "eine Operation war nicht erforderlich", "no surgical
  intervention required"). A splint, injection or closed reduction mentioned on its own = `unmentioned`.
- **Negation scoped to a place** ("geen operatie of opname in het buitenland", "bei uns nicht
  durchgeführt") does not make `operated = no`; it may make `treated_abroad` no / yes.
- **"There is no record of any previous hand surgery"** is read as absence of evidence: `unmentioned`.
- **Presupposition = `yes`**: K-wire removal (done or planned), removal of osteosynthesis material or
  metalwork, "de MRI herhalen", "Verslag radiologie volgt nog", "de foto's voorleggen", "Radiographs were
  not repeated", an operation report that is attached or missing ("geen operatieverslag van de ingreep").
- **Hedge scope**: "in 2012 in Duitsland geopereerd, vermoedelijk een plaatosteosynthese" hedges only the
  kind of operation, so operated = yes and treated_abroad = yes.
- **treated_abroad = `no` only when the passage addresses it** (care explicitly in the Netherlands after
  an event abroad, no doctor/hospital abroad, someone else admitted "patiënte zelf niet"). Naming a
  Dutch hospital alone is `unmentioned`; so are a holiday with no word on care, living abroad and being born
  abroad. Language alone is never taken as evidence: a German sentence without a foreign place or
  institution is `unmentioned`; "auswärtig" means 'elsewhere', not 'abroad'.
- **A GP practice abroad is not a hospital or clinic**: "Mill Lane Surgery, ... Hebden Bridge" and
  "Previous GP: Elm Grove Surgery, Chester" are `treated_abroad = unmentioned`.
- **"Weiterbehandlung heimatnah in den Niederlanden"** from a German writer ("bei uns") is read as the
  document's own hospital abroad having treated the patient: `treated_abroad = yes`.
- **Dutch present passive** "Er wordt een röntgenfoto gemaakt" is read as a plan (`unmentioned`);
  German "Eine MRT wurde veranlasst" as ordered, not done (`unmentioned`).
- Operations are assumed to concern the hand/wrist problem of the referral unless another body part is
  named; contralateral-hand operations were avoided because the intended label is unclear.
"""


def toml_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\u%04X" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def norm(text):
    return " ".join(text.casefold().split())


def validate(parts):
    errors = []
    seen = {}
    for pname, sentences in parts:
        if not isinstance(sentences, list):
            errors.append(f"{pname}: SENTENCES is not a list")
            continue
        if len(sentences) != 50:
            errors.append(f"{pname}: {len(sentences)} passages, expected 50")
        langs = collections.Counter()
        for i, e in enumerate(sentences):
            where = f"{pname}[{i}]"
            if not isinstance(e, dict):
                errors.append(f"{where}: not a dict")
                continue
            if set(e) != set(KEYS):
                errors.append(f"{where}: keys {sorted(e)} != {sorted(KEYS)}")
                continue
            for k in KEYS:
                if not isinstance(e[k], str):
                    errors.append(f"{where}: {k} is not a string")
            text = e["text"]
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if text != text.strip():
                errors.append(f"{where}: leading/trailing whitespace")
            if e["lang"] not in LANGS:
                errors.append(f"{where}: lang {e['lang']!r} not in {LANGS}")
            langs[e["lang"]] += 1
            for f in FACTS:
                if e[f] not in VALUES:
                    errors.append(f"{where}: {f} = {e[f]!r} not in {VALUES}")
            if e["phenomenon"] not in PHENOMENA:
                errors.append(f"{where}: phenomenon {e['phenomenon']!r} not in vocabulary")
            key = norm(text)
            if key in seen:
                errors.append(f"{where}: duplicate of {seen[key]}: {text!r}")
            else:
                seen[key] = where
        for lang, n in PER_PART.items():
            if langs[lang] != n:
                errors.append(f"{pname}: {langs[lang]} '{lang}' passages, expected {n}")
    return errors


def write_toml(entries, path):
    lines = [
        "# Synthetic labelled passages for imaging_done, operated, treated_abroad.",
        "# Generated by tools/make_uh.py from tools/part1.py .. tools/part5.py; do not edit by hand.",
        "# All patients, names and places of care are fictional.",
        "",
    ]
    for e in entries:
        lines.append("[[sentence]]")
        for k in KEYS:
            lines.append(f"{k} = {toml_str(e[k])}")
        lines.append("")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def table(title, counter, order=None):
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], k))
    rows = [f"| {title} | n |", "|---|---:|"]
    rows += [f"| {k} | {counter[k]} |" for k in keys]
    return "\n".join(rows)


def write_notes(entries, path):
    n = len(entries)
    by_lang = collections.Counter(e["lang"] for e in entries)
    by_phen = collections.Counter(e["phenomenon"] for e in entries)
    out = [
        "# sentences/uh.toml: synthetic labelled passages",
        "",
        f"{n} passages (one to three sentences each) in the shapes of referral letters, GP journal lines, "
        "hospital letters, radiology and operation reports and foreign letters, labelled for the three facts "
        "of `label_format.md` (imaging_done, operated, treated_abroad). All patients, names and places of "
        "care are fictional (real city names are used only as locations).",
        "",
        "Source: `tools/part1.py` … `tools/part5.py` (50 each: 25 nl, 15 en, 10 de); "
        "`tools/make_uh.py` validates them and writes `sentences/uh.toml` and this file.",
        "",
        "## By language",
        "",
        table("lang", by_lang, list(LANGS)),
        "",
        "## By label value per fact",
        "",
        "| fact | yes | no | unmentioned |",
        "|---|---:|---:|---:|",
    ]
    for f in FACTS:
        c = collections.Counter(e[f] for e in entries)
        out.append(f"| {f} | {c['yes']} | {c['no']} | {c['unmentioned']} |")
    out += ["", "Per language:", "", "| fact | lang | yes | no | unmentioned |", "|---|---|---:|---:|---:|"]
    for f in FACTS:
        for lang in LANGS:
            c = collections.Counter(e[f] for e in entries if e["lang"] == lang)
            out.append(f"| {f} | {lang} | {c['yes']} | {c['no']} | {c['unmentioned']} |")
    all_unm = sum(1 for e in entries if all(e[f] == "unmentioned" for f in FACTS))
    out += ["", f"Passages with all three facts `unmentioned` (distractors): {all_unm}.", ""]
    out += ["## By phenomenon", "", "| phenomenon | n | meaning |", "|---|---:|---|"]
    for k in sorted(PHENOMENA, key=lambda k: (-by_phen[k], k)):
        out.append(f"| {k} | {by_phen[k]} | {PHENOMENA[k]} |")
    out += ["", JUDGEMENT_CALLS]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


def main():
    parts = []
    for p in PARTS:
        mod = importlib.import_module(p)
        parts.append((p, getattr(mod, "SENTENCES", None)))
    errors = validate(parts)
    if errors:
        for err in errors:
            print("ERROR:", err, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written.", file=sys.stderr)
        return 1
    entries = [e for _, sents in parts for e in sents]
    write_toml(entries, OUT_TOML)

    # Round-trip check with tomllib (Python 3.11+).
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover
        print("warning: tomllib not available, round-trip check skipped", file=sys.stderr)
    else:
        with open(OUT_TOML, "rb") as fh:
            data = tomllib.load(fh)
        got = data.get("sentence", [])
        if got != [{k: e[k] for k in KEYS} for e in entries]:
            print("ERROR: TOML round-trip mismatch", file=sys.stderr)
            return 1

    write_notes(entries, OUT_NOTES)
    print(f"ok: {len(entries)} passages -> {os.path.normpath(OUT_TOML)}; notes -> {os.path.normpath(OUT_NOTES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
