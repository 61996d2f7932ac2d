#!/usr/bin/env python3
"""Validate the five sentence parts and write sentences/ui.toml and NOTES.md.

Relative paths only: the output goes to <this dir>/../../sentences/ui.toml and <this dir>/NOTES.md.
Exit code 0 on success, 1 on a validation error (all problems are listed on stderr).
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402
import part4  # noqa: E402
import part5  # noqa: E402

PARTS = [("part1", part1), ("part2", part2), ("part3", part3), ("part4", part4), ("part5", part5)]
KEYS = ("text", "lang", "imaging_done", "operated", "treated_abroad", "phenomenon")
FACTS = ("imaging_done", "operated", "treated_abroad")
VALUES = ("yes", "no", "unmentioned")
LANGS = ("nl", "en", "de")
PER_PART = {"nl": 25, "en": 15, "de": 10}
TOTAL = 250
PHENOMENA = {
    "plain": "the fact is stated directly",
    "negation": "the fact is denied (geen/nooit/niet, none, not done, verneint)",
    "negation-scope": "a negation that does NOT settle the fact (no indication for surgery, not in country X, wish for no operation)",
    "plan": "planned, requested, booked, offered, advised or asked (a question), not done",
    "hypothetical": "conditional (indien/als/bij, if/should/were, ggf./wäre)",
    "historical": "long-ago event, still an event",
    "other-experiencer": "the event happened to a family member or other person",
    "other-body-part": "operation on another body part (appendectomy, knee, caesarean)",
    "contrast": "'no X but Y' or 'X but not Y' in one passage",
    "list": "the fact sits in a list or enumeration",
    "abbreviation": "GP journal / SOEP / ICPC shorthand, Z. n., CTR, RX, PSH, alio loco",
    "uncertain": "possible, unknown or not remembered: not stated as an event",
    "foreign-name": "care abroad given only through a foreign hospital/trust name or place",
    "implied": "the fact follows from what is said (revision, missing report, ward abroad, our emergency department)",
    "reported": "the patient's own words or account",
    "holiday": "a stay abroad on holiday, with or without care",
    "living-abroad": "emigrated, seasonal or former residence abroad",
    "repatriation": "flown/brought home after hospital care abroad",
    "mixed": "several facts decided in one passage",
    "keyword-trap": "a fact keyword occurs but says nothing about the patient's care",
}


def validate():
    errors = []
    rows = []
    for name, mod in PARTS:
        sents = getattr(mod, "SENTENCES", None)
        if not isinstance(sents, list):
            errors.append(f"{name}: SENTENCES is missing or not a list")
            continue
        if len(sents) != 50:
            errors.append(f"{name}: {len(sents)} passages, expected 50")
        langs = collections.Counter()
        for i, s in enumerate(sents, 1):
            where = f"{name}[{i}]"
            if not isinstance(s, dict):
                errors.append(f"{where}: not a dict")
                continue
            if set(s) != set(KEYS):
                errors.append(f"{where}: keys {sorted(s)} != {sorted(KEYS)}")
                continue
            for k in KEYS:
                if not isinstance(s[k], str) or not s[k].strip():
                    errors.append(f"{where}: {k} must be a non-empty string")
            if s["lang"] not in LANGS:
                errors.append(f"{where}: lang {s['lang']!r} not in {LANGS}")
            for f in FACTS:
                if s[f] not in VALUES:
                    errors.append(f"{where}: {f}={s[f]!r} not in {VALUES}")
            if s["phenomenon"] not in PHENOMENA:
                errors.append(f"{where}: phenomenon {s['phenomenon']!r} not in the vocabulary")
            if s["text"] != s["text"].strip():
                errors.append(f"{where}: text has leading/trailing whitespace")
            langs[s["lang"]] += 1
            rows.append((f"{name}-{i:02d}", s))
        if dict(langs) != PER_PART:
            errors.append(f"{name}: languages {dict(langs)}, expected {PER_PART}")
    if len(rows) != TOTAL:
        errors.append(f"total {len(rows)} passages, expected {TOTAL}")
    seen = {}
    for rid, s in rows:
        key = " ".join(s["text"].split()).casefold()
        if key in seen:
            errors.append(f"{rid}: duplicate text of {seen[key]}: {s['text']!r}")
        else:
            seen[key] = rid
    return rows, errors


def toml_string(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
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
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def render_toml(rows):
    lines = [
        "# Synthetic labelled passages for the intake checker (hand/wrist second-opinion clinic).",
        "# Generated by tools/make_ui.py from tools/part1.py .. part5.py; edit those, not this file.",
        "# All patients, doctors and hospitals are fictional.",
        "",
    ]
    for rid, s in rows:
        lines.append(f"# {rid}")
        lines.append("[[sentence]]")
        for k in KEYS:
            lines.append(f"{k} = {toml_string(s[k])}")
        lines.append("")
    return "\n".join(lines)


def pct(n, total):
    return f"{100.0 * n / total:.1f} %" if total else "-"


def render_notes(rows):
    total = len(rows)
    by_lang = collections.Counter(s["lang"] for _, s in rows)
    out = []
    out.append("# Sentence corpus `sentences/ui.toml`")
    out.append("")
    out.append(f"{total} synthetic passages (one to three sentences each) labelled for the three facts "
               "`imaging_done`, `operated` and `treated_abroad` in the \"Sentence labels\" format of "
               "`label_format.md`. Sources: `tools/part1.py` … `tools/part5.py` (50 each: 25 nl, 15 en, 10 de); "
               "`tools/make_ui.py` validates them and writes `sentences/ui.toml` and this file. "
               "All patients, doctors and hospitals are fictional; real cities are used as places.")
    out.append("")
    out.append("## Passages per language")
    out.append("")
    out.append("| lang | passages |")
    out.append("|---|---|")
    for lang in LANGS:
        out.append(f"| {lang} | {by_lang[lang]} |")
    out.append(f"| all | {total} |")
    out.append("")
    out.append("## Label values per fact")
    out.append("")
    out.append("| fact | yes | no | unmentioned |")
    out.append("|---|---|---|---|")
    for f in FACTS:
        c = collections.Counter(s[f] for _, s in rows)
        out.append(f"| {f} | " + " | ".join(f"{c[v]} ({pct(c[v], total)})" for v in VALUES) + " |")
    out.append("")
    out.append("### Per fact and language (yes / no / unmentioned)")
    out.append("")
    out.append("| fact | " + " | ".join(LANGS) + " |")
    out.append("|---|" + "---|" * len(LANGS))
    for f in FACTS:
        cells = []
        for lang in LANGS:
            c = collections.Counter(s[f] for _, s in rows if s["lang"] == lang)
            cells.append(" / ".join(str(c[v]) for v in VALUES))
        out.append(f"| {f} | " + " | ".join(cells) + " |")
    out.append("")
    out.append("## Passages per phenomenon")
    out.append("")
    out.append("Each passage carries one phenomenon: the main thing that makes it hard.")
    out.append("")
    out.append("| phenomenon | nl | en | de | all | meaning |")
    out.append("|---|---|---|---|---|---|")
    ph = collections.Counter(s["phenomenon"] for _, s in rows)
    for name, _ in sorted(ph.items(), key=lambda kv: (-kv[1], kv[0])):
        per = [sum(1 for _, s in rows if s["phenomenon"] == name and s["lang"] == lang) for lang in LANGS]
        out.append(f"| {name} | " + " | ".join(map(str, per)) + f" | {ph[name]} | {PHENOMENA[name]} |")
    unused = sorted(set(PHENOMENA) - set(ph))
    if unused:
        out.append("")
        out.append("Unused phenomena: " + ", ".join(unused))
    out.append("")
    out.append("## Labelling conventions")
    out.append("")
    out.extend([
        "- `yes` only when the passage says it happened to the patient; planned, requested, booked, offered, "
        "advised, asked (\"Vraagstelling: …?\") and conditional events are `unmentioned`.",
        "- Uncertain or unremembered events (\"mogelijk\", \"weet niet meer\", \"no record of\", \"kein sicherer Hinweis\") "
        "are `unmentioned`.",
        "- A passage that implies the event is `yes` when the implication is unavoidable: a revision of a carpal "
        "tunnel release, a missing operation report of a named past operation, X-rays \"from the hospital in Turkey\", "
        "a German letter about \"unserer Notaufnahme\" or \"Entlassungsbrief … Aufnahme in unserer Klinik\".",
        "- `imaging_done`: X-ray, ultrasound, CT, MRI (also intra-operative fluoroscopy) of the patient. EMG/nerve "
        "conduction studies are not imaging. Negating the one modality in question (\"geen foto's\", \"X-ray: not done\", "
        "\"no MRI or other imaging\") counts as `no`, as in the example of label_format.md; \"geen MRI, wel een echo\" is `yes`.",
        "- `operated`: hand/wrist operations of the patient only. Aspiration, injection, splinting, plaster and closed "
        "reduction are not operations; \"conservatief behandeld\", \"declined surgery\", \"Operation abgelehnt\" are `no`. "
        "A completed course without surgery (\"No operation was necessary; the fracture was treated in a cast\", "
        "\"eine Operation war nicht erforderlich\" after the treatment given) is `no`; a present decision "
        "(\"Besluit: conservatieve behandeling, geen heelkundige ingreep nodig\") is `unmentioned`. "
        "Family members' operations and appendectomy, caesarean, knee replacement are `unmentioned` (unless the passage also "
        "denies hand surgery). \"Geen operatie-indicatie\" / \"no indication for surgery\" / \"wil geen operatie\" and a "
        "negation limited to one country (\"In Nederland is nooit een operatie aan de hand verricht\") are `unmentioned`.",
        "- `treated_abroad`: `yes` for admission, emergency department, outpatient care, imaging or surgery in a hospital "
        "or clinic outside the Netherlands (Belgium and Germany included), including emigrants treated where they live "
        "and repatriation after admission. `no` only when the passage denies hospital care abroad or places all the "
        "care in the Netherlands (\"alle behandeling … in ons ziekenhuis\", \"ausschließlich in den Niederlanden\", "
        "holiday abroad with the doctor seen only after returning home). A bare Dutch hospital name or Dutch city "
        "(\"MRI in Amsterdam\") and living or holidaying abroad without a word on care are `unmentioned`.",
    ])
    out.append("")
    return "\n".join(out)


def main():
    rows, errors = validate()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written.", file=sys.stderr)
        return 1
    toml_text = render_toml(rows)
    try:
        import tomllib
    except ImportError:  # Python < 3.11: skip the round-trip check
        tomllib = None
    if tomllib is not None:
        parsed = tomllib.loads(toml_text)["sentence"]
        want = [{k: s[k] for k in KEYS} for _, s in rows]
        if parsed != want:
            print("ERROR: TOML round trip does not reproduce the passages", file=sys.stderr)
            return 1
    out_dir = os.path.join(HERE, "..", "..", "sentences")
    os.makedirs(out_dir, exist_ok=True)
    toml_path = os.path.join(out_dir, "ui.toml")
    with open(toml_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(toml_text)
    notes_path = os.path.join(HERE, "NOTES.md")
    with open(notes_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render_notes(rows))
    total = len(rows)
    print(f"wrote {os.path.relpath(toml_path)} ({total} passages) and {os.path.relpath(notes_path)}")
    for f in FACTS:
        c = collections.Counter(s[f] for _, s in rows)
        print(f"  {f:15s} " + "  ".join(f"{v}={c[v]} ({pct(c[v], total)})" for v in VALUES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
