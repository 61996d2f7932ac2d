//! The checklist compiled for matching: every cue list turned into an automaton once per run, so
//! checking a thousand dossiers does not compile the same cues a thousand times.

use crate::checklist::Checklist;
use crate::text::{CueSet, Language};

/// Every cue list of a checklist, compiled, in the checklist's order.
#[derive(Debug)]
pub struct Compiled {
    /// Negations, modality, clause breaks and masks.
    pub language: Language,
    /// One entry per `[[kind]]`.
    pub kinds: Vec<KindCues>,
    /// Every kind's `cues` in one set; a match's group is the kind's index.
    pub kind_cues: CueSet,
    /// Every kind's `anti_cues` in one set; a match's group is the kind's index.
    pub kind_anti_cues: CueSet,
    /// Every fact's `cues` in one set; a match's group is the fact's index.
    pub fact_cues: CueSet,
    /// One entry per `[[fact]]`.
    pub facts: Vec<FactCues>,
    /// One entry per `[[requirement]]`.
    pub requirements: Vec<RequirementCues>,
    /// `[dates] letter_labels`.
    pub letter_labels: CueSet,
    /// `[dates] birth_labels`.
    pub birth_labels: CueSet,
    /// `[classify] recipient_labels`.
    pub recipient_labels: CueSet,
    /// `[patient] name_labels`.
    pub patient_labels: CueSet,
    /// Every modality word of `[imaging]`, trimmed, deduplicated and sorted, in one set.
    pub imaging_words: CueSet,
}

/// A kind's compiled name cues (its text cues are in [`Compiled::kind_cues`]).
#[derive(Debug)]
pub struct KindCues {
    /// The kind's id.
    pub id: String,
    /// Cues in file and folder names.
    pub name_cues: CueSet,
}

/// A fact's compiled cue groups (its plain cues are in [`Compiled::fact_cues`]).
#[derive(Debug)]
pub struct FactCues {
    /// Groups that must all occur in one clause.
    pub groups: Vec<CueSet>,
}

/// A requirement's compiled phrases.
#[derive(Debug)]
pub struct RequirementCues {
    /// Phrases a document must mention.
    pub mention: CueSet,
    /// Per `also_met_by` section: its headings and its phrases.
    pub sections: Vec<(CueSet, CueSet)>,
}

impl Compiled {
    /// Compiles every cue list of `checklist`.
    pub fn new(checklist: &Checklist) -> Compiled {
        Compiled {
            language: Language::new(&checklist.language),
            kinds: checklist
                .kinds
                .iter()
                .map(|k| KindCues {
                    id: k.id.get_ref().clone(),
                    name_cues: CueSet::new(&k.name_cues),
                })
                .collect(),
            kind_cues: CueSet::grouped(checklist.kinds.iter().map(|k| k.cues.as_slice())),
            kind_anti_cues: CueSet::grouped(checklist.kinds.iter().map(|k| k.anti_cues.as_slice())),
            fact_cues: CueSet::grouped(checklist.facts.iter().map(|f| f.cues.as_slice())),
            facts: checklist
                .facts
                .iter()
                .map(|f| FactCues {
                    groups: f.cue_groups.iter().map(|g| CueSet::new(g)).collect(),
                })
                .collect(),
            requirements: checklist
                .requirements
                .iter()
                .map(|r| RequirementCues {
                    mention: CueSet::new(&r.mention),
                    sections: r
                        .also_met_by
                        .iter()
                        .map(|s| (CueSet::new(&s.headings), CueSet::new(&s.mention)))
                        .collect(),
                })
                .collect(),
            letter_labels: CueSet::new(&checklist.dates.letter_labels),
            birth_labels: CueSet::new(&checklist.dates.birth_labels),
            recipient_labels: CueSet::new(&checklist.classify.recipient_labels),
            patient_labels: CueSet::new(&checklist.patient.name_labels),
            imaging_words: {
                let words: std::collections::BTreeSet<&str> = checklist
                    .imaging()
                    .iter()
                    .flat_map(|i| i.modalities.values())
                    .flatten()
                    .map(|w| w.get_ref().trim())
                    .collect();
                CueSet::from_strs(words)
            },
        }
    }
}
