#!/usr/bin/env python3
"""Print a markdown table: how many passages show each phenomenon group (a passage may count in several)."""
import collections
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

GROUPS = [
    ("negation (explicit, incl. 'nooit', 'geen', 'weder ... noch', 'zonder dat', 'verzichten')",
     r"(^|[ ,;])negation(?! of)|negation (via|with|without)|negation \(pronoun|negative subject"),
    ("scoped negation (one modality, one side, one place)", r"scoped-negation"),
    ("pseudo-negation ('niet alleen', 'no doubt', 'geen verbetering na', 'weitere')", r"pseudo-negation|pseudo-abroad"),
    ("negated finding of an exam that was done ('geen fractuur', 'NAD')", r"negated-finding"),
    ("negation of a plan or decision ('not indicated', 'kommt nicht in Frage')",
     r"negation of plan|'no indication'|'not for surgery'|decision, not"),
    ("plan / future / planned but not carried out", r"(^|[ ,;])plan|future|exam took place"),
    ("offer", r"(^|[ ,;])offer"),
    ("advice", r"advice"),
    ("request", r"request"),
    ("question (incl. question-answer)", r"question"),
    ("conditional", r"conditional"),
    ("refusal / declined / cancelled", r"refusal|declined|cancelled"),
    ("historical event", r"historical"),
    ("other people (family)", r"family|abroad-other-person"),
    ("operation on another body part", r"other-body-part"),
    ("surgery word in a department, practice or person name", r"surgery-word|surgery-like"),
    ("abbreviation / journal shorthand / telegraphic",
     r"abbreviation|telegraphic|journal|slash notation|episode-list|ICPC"),
    ("form fields / lists", r"form-field|(^|[ ,;])list"),
    ("separable verb (Dutch or German)", r"separable-verb"),
    ("passive", r"passive"),
    ("laten/causative construction", r"laten-construction|causative"),
    ("modal verbs, German word order, Konjunktiv, reported speech",
     r"german-word-order|modal|Konjunktiv|reported-speech|relative clause"),
    ("care abroad named by hospital", r"abroad-named-hospital"),
    ("care abroad named by city or country", r"abroad-named-city|abroad-country|implied exam abroad"),
    ("border town / name trap (Limburg, Sint-Maarten, Bocholt, Aken, Kleve)", r"border|Sint Maartenskliniek"),
    ("document written by a hospital abroad", r"document written abroad|writer is a clinic abroad"),
    ("holiday / living abroad / travel without care", r"holiday|living-abroad|abroad-without-care|no travel"),
    ("accident abroad, care in the Netherlands", r"accident-abroad"),
    ("care explicitly in the Netherlands (Dutch hospital or town named)", r"care in NL|dutch-hospital|dutch town|from Dutch hospital"),
    ("mixed statements in one passage", r"mixed"),
    ("implied event (hardware, 'postoperatief', report mention)", r"implied|report-mention"),
    ("non-operative procedure (reposition, suture, injection, aspiration)", r"non-operative-procedure"),
    ("non-imaging exam (EMG, NCS) or non-imaging photo", r"non-imaging-exam|photo-not-imaging"),
    ("ignorance / hedging is not negation", r"ignorance|hedged|clinical observation"),
    ("typo", r"typo"),
    ("ambiguous, labelled by the careful-clerk reading (see phenomenon text)", r"ambiguous|read as|clerk|counted as"),
]


def main():
    rows = []
    for i in range(1, 6):
        rows += __import__(f"part{i}").SENTENCES
    print("| phenomenon group | passages | nl | en | de |")
    print("|---|---:|---:|---:|---:|")
    for label, rx in GROUPS:
        hit = [r for r in rows if re.search(rx, r["phenomenon"])]
        by = collections.Counter(r["lang"] for r in hit)
        print(f"| {label} | {len(hit)} | {by['nl']} | {by['en']} | {by['de']} |")
    unmatched = [r["phenomenon"] for r in rows
                 if not any(re.search(rx, r["phenomenon"]) for _, rx in GROUPS)]
    if unmatched:
        print("\nunmatched:", unmatched, file=sys.stderr)


if __name__ == "__main__":
    main()
