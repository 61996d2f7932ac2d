//! The checklist compiled for matching ([`Checklist::compile`]): every cue list turned into an
//! automaton once per run and handed to every stage, so checking a thousand dossiers does not
//! compile the same cues a thousand times. The schema ([`crate::checklist`]) knows nothing of this.

use crate::checklist::{Checklist, LanguageRules};
use crate::text::{CueMatch, CueSet, Language};

/// A checklist and every cue list of it, compiled, in the checklist's order.
#[derive(Debug)]
pub struct Rules {
    /// The checklist as written.
    pub checklist: Checklist,
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
    /// Words that misspell a fact's one-word cues, grouped as `fact_cues`.
    pub fact_typos: crate::typos::Typos,
    /// Every fact's `split_cues`; a match's group is the fact's index.
    pub fact_split_cues: crate::separable::SplitCues,
    /// One entry per `[[fact]]`.
    pub facts: Vec<FactCues>,
    /// One entry per `[[requirement]]`.
    pub requirements: Vec<RequirementCues>,
    /// `[dates] letter_labels`.
    pub letter_labels: CueSet,
    /// `[dates] print_labels`.
    pub print_labels: CueSet,
    /// `[dates] primary_labels`.
    pub primary_date_labels: CueSet,
    /// `[dates] birth_labels`.
    pub birth_labels: CueSet,
    /// `[dates] event_labels`.
    pub event_date_labels: CueSet,
    /// `[patient] name_labels`.
    pub patient_labels: CueSet,
    /// Every modality word of `[imaging]`, trimmed, deduplicated and sorted, in one set.
    pub imaging_words: CueSet,
    /// The words that find a document's zones.
    pub zones: ZoneCues,
    /// The ConText modifiers.
    pub context: crate::context::Context,
    /// `[context] abroad`.
    pub abroad: CueSet,
    /// `[context] home`.
    pub home: CueSet,
    /// The towns abroad of the built-in gazetteer, when the checklist names `[context] home_country`.
    pub towns: crate::gazetteer::Towns,
    /// `[context] here`.
    pub here: CueSet,
    /// `[context] there`.
    pub there: CueSet,
    /// `[context] name_words`.
    pub name_words: CueSet,
    /// `[context] department_words`.
    pub department_words: CueSet,
    /// `[context] abroad_name_words`.
    pub abroad_name_words: CueSet,
    /// `[context] name_heads`, folded.
    pub name_heads: Vec<String>,
    /// `[context] care_places`.
    pub care_places: CueSet,
    /// `[context] home_language`, folded.
    pub home_language: std::collections::HashSet<String>,
    /// `[context] surname_particles`, folded.
    pub surname_particles: Vec<String>,
    /// `[context] name_joiners`, folded.
    pub name_joiners: Vec<String>,
    /// `[context] abroad_phone_prefixes`.
    pub abroad_phones: CueSet,
    /// `[context] home_postcode`.
    pub home_postcode: Option<String>,
    /// `[context] abroad_postcodes`.
    pub abroad_postcodes: Vec<String>,
    /// `[dates] month_first_postcodes`.
    pub month_first_postcodes: Vec<String>,
    /// `[dates] date_joiners`, folded.
    pub date_joiners: Vec<String>,
    /// Every kind's `titles` in one set; a match's group is the kind's index.
    pub kind_titles: CueSet,
    /// Every kind's `labels` in one set; a match's group is the kind's index.
    pub kind_labels: CueSet,
    /// Every kind's `acts` in one set; a match's group is the kind's index.
    pub kind_acts: CueSet,
    /// Every author's `cues` in one set; a match's group is the author's index.
    pub author_cues: CueSet,
    /// Every author's `body_cues` in one set; a match's group is the author's index.
    pub author_body_cues: CueSet,
    /// Per author role: the roles it works inside (indexes).
    pub author_inside: Vec<Vec<usize>>,
    /// The author role that is the patient (`the_patient`), if the checklist has one.
    pub patient_author: Option<usize>,
    /// Every label the checklist knows, folded: a table cell equal to one is a label.
    known_labels: std::collections::HashSet<String>,
}

/// The `[classify]` word lists that find zones, compiled.
#[derive(Debug)]
pub struct ZoneCues {
    /// Addressee and requester labels.
    pub addressee_labels: CueSet,
    /// Referrer labels: the author of a referral.
    pub referrer_labels: CueSet,
    /// Sender labels ("Afzender:"): the author.
    pub sender_labels: CueSet,
    /// Labels of a field naming the patient's insurer or pharmacy: no author.
    pub party_labels: CueSet,
    /// Attention labels ("t.a.v."): the line above names the organisation addressed.
    pub attention_labels: CueSet,
    /// Forms of address opening an address block in the head ("Herrn").
    pub address_forms: CueSet,
    /// Words naming a title's purpose ("t.b.v.").
    pub purpose_words: CueSet,
    /// Words naming, in a title, the document this one is attached to ("bijlage bij").
    pub attachment_words: CueSet,
    /// Words making a form label a request's field ("requested").
    pub request_words: CueSet,
    /// Words before a role on a letterhead naming whom the sender serves ("voor huisartsen").
    pub served_words: CueSet,
    /// Words qualifying a section heading ("relevant", "recente").
    pub label_qualifiers: CueSet,
    /// Subject line labels.
    pub subject_labels: CueSet,
    /// Salutations.
    pub salutations: CueSet,
    /// Closings before a signature.
    pub closings: CueSet,
    /// Labels of a form's signature.
    pub signature_labels: CueSet,
    /// Words that make a sentence speak of another document.
    pub enclosures: CueSet,
    /// Words saying a result is still to come.
    pub pending: CueSet,
    /// Values that leave a field empty.
    pub empty_values: CueSet,
    /// How far down the letterhead may reach.
    pub letterhead_lines: usize,
    /// How far down a title may stand.
    pub title_lines: usize,
}

/// A kind's compiled name cues (its text cues are in [`Rules::kind_cues`]).
#[derive(Debug)]
pub struct KindCues {
    /// The kind's id.
    pub id: String,
    /// Cues in file and folder names.
    pub name_cues: CueSet,
    /// Words of which one must be in the content, when the kind has any.
    pub requires: CueSet,
    /// Words of which one must be in the content as well, when the kind has any.
    pub requires_too: CueSet,
    /// Indexes (in the checklist's `[[author]]` order) of the roles that write this kind.
    pub authors: Vec<usize>,
    /// Indexes of the roles this kind is written to.
    pub recipients: Vec<usize>,
    /// Labels of the kind's own date.
    pub date_labels: CueSet,
    /// Labels of lines that name who wrote a document titled as this kind.
    pub author_labels: CueSet,
    /// Words for records asked for in a document of this kind.
    pub record_words: CueSet,
}

/// A fact's compiled cue groups (its plain cues are in [`Rules::fact_cues`]).
#[derive(Debug)]
pub struct FactCues {
    /// Groups that must all occur in one clause.
    pub groups: Vec<CueSet>,
    /// Words that keep the fact to the problem at hand.
    pub scope: CueSet,
    /// Words outside it.
    pub out_of_scope: CueSet,
    /// Cues that count only next to a scope word.
    pub needs_scope: CueSet,
    /// Cues that count only with one of `objects` in their clause.
    pub needs_object: CueSet,
    /// What `needs_object` cues need.
    pub objects: CueSet,
    /// The split cues (as written) among `needs_scope`.
    pub split_needing_scope: std::collections::HashSet<String>,
    /// Cues that name a record of the event, as written in the checklist.
    pub records: std::collections::HashSet<String>,
    /// The fact's `document_cues` and those it borrows (also among `records`).
    pub documents: std::collections::HashSet<String>,
    /// The fact's `stay_cues` (also among `records`).
    pub stays: std::collections::HashSet<String>,
    /// The fact's own `presupposing_cues` (also among `records`).
    pub presupposing: std::collections::HashSet<String>,
    /// The fact's own event `cues` that are not also events of the facts it borrows (`cues_of`):
    /// care itself ("opgenomen", "treated"), not an operation or an exam that care may include.
    pub own: std::collections::HashSet<String>,
}

/// A requirement's compiled phrases.
#[derive(Debug)]
pub struct RequirementCues {
    /// Phrases a document must mention.
    pub mention: CueSet,
    /// Per `also_met_by` section: its headings and its phrases.
    pub sections: Vec<(CueSet, CueSet)>,
}

impl Checklist {
    /// Compiles every cue list, once: the stages take the result.
    pub fn compile(self) -> Rules {
        let c = &self;
        Rules {
            language: language(&c.language),
            kinds: kinds(c),
            kind_cues: CueSet::grouped(c.kinds.iter().map(|k| k.cues.as_slice())),
            kind_anti_cues: CueSet::grouped(c.kinds.iter().map(|k| k.anti_cues.as_slice())),
            fact_cues: fact_cues(c),
            fact_typos: fact_typos(c),
            fact_split_cues: fact_split_cues(c),
            facts: c.facts.iter().map(|f| fact(c, f)).collect(),
            requirements: requirements(c),
            letter_labels: CueSet::new(&c.dates.letter_labels),
            print_labels: CueSet::new(&c.dates.print_labels),
            // Group STAMP_LABELS (1) is the stamps.
            primary_date_labels: CueSet::grouped([
                c.dates.primary_labels.as_slice(),
                c.dates.stamp_labels.as_slice(),
            ]),
            birth_labels: CueSet::new(&c.dates.birth_labels),
            event_date_labels: CueSet::new(&c.dates.event_labels),
            patient_labels: CueSet::new(&c.patient.name_labels),
            imaging_words: imaging_words(c),
            zones: zones(c),
            context: qualifiers(c),
            abroad: abroad_places(&c.context),
            home: CueSet::new(&c.context.home),
            towns: towns(&c.context),
            here: CueSet::new(&c.context.here),
            there: CueSet::new(&c.context.there),
            name_words: CueSet::new(&c.context.name_words),
            department_words: CueSet::new(&c.context.department_words),
            abroad_name_words: CueSet::new(&c.context.abroad_name_words),
            name_heads: folded(&c.context.name_heads),
            care_places: CueSet::new(&c.context.care_places),
            home_language: folded(&c.context.home_language),
            surname_particles: folded(&c.context.surname_particles),
            name_joiners: folded(&c.context.name_joiners),
            abroad_phones: CueSet::new(&c.context.abroad_phone_prefixes),
            home_postcode: c
                .context
                .home_postcode
                .as_ref()
                .map(|p| p.get_ref().clone()),
            abroad_postcodes: as_written(&c.context.abroad_postcodes),
            month_first_postcodes: as_written(&c.dates.month_first_postcodes),
            date_joiners: folded(&c.dates.date_joiners),
            // A kind without titles of its own (a checklist written before titles existed) is
            // named in a title line by its cues.
            kind_titles: CueSet::grouped(c.kinds.iter().map(|k| {
                if k.titles.is_empty() {
                    k.cues.as_slice()
                } else {
                    k.titles.as_slice()
                }
            })),
            kind_labels: CueSet::grouped(c.kinds.iter().map(|k| k.labels.as_slice())),
            kind_acts: CueSet::grouped(c.kinds.iter().map(|k| k.acts.as_slice())),
            author_cues: CueSet::grouped(c.authors.iter().map(|a| a.cues.as_slice())),
            author_body_cues: CueSet::grouped(c.authors.iter().map(|a| a.body_cues.as_slice())),
            author_inside: c
                .authors
                .iter()
                .map(|a| author_indexes(c, &a.inside))
                .collect(),
            patient_author: c.authors.iter().position(|a| a.the_patient),
            known_labels: known_labels(c),
            checklist: self,
        }
    }
}

/// A list's entries as the checklist writes them, not folded (a postcode format's "A" is a
/// capital; cues compared with a match's `cue`, which is the cue as written).
fn as_written<C: FromIterator<String>>(list: &[crate::checklist::Spanned<String>]) -> C {
    list.iter().map(|p| p.get_ref().clone()).collect()
}

/// The `[language]` rules compiled.
fn language(rules: &LanguageRules) -> Language {
    Language {
        negations: CueSet::new(&rules.negations),
        negations_after: CueSet::new(&rules.negations_after),
        fillers: rules
            .negation_fillers
            .iter()
            .map(|f| crate::text::fold(f.get_ref()))
            .collect(),
        window: rules.negation_window,
        modality: CueSet::new(&rules.modality),
        clause_breaks: CueSet::new(&rules.clause_breaks),
        masks: CueSet::new(&rules.masks),
    }
}

/// Every kind's name cues, required words, roles and date labels.
fn kinds(checklist: &Checklist) -> Vec<KindCues> {
    checklist
        .kinds
        .iter()
        .map(|k| KindCues {
            id: k.id.get_ref().clone(),
            name_cues: CueSet::new(&k.name_cues),
            requires: CueSet::new(&k.requires),
            requires_too: CueSet::new(&k.requires_too),
            authors: author_indexes(checklist, &k.authors),
            recipients: author_indexes(checklist, &k.recipients),
            date_labels: CueSet::new(&k.date_labels),
            author_labels: CueSet::new(&k.author_labels),
            record_words: CueSet::new(&k.record_words),
        })
        .collect()
}

/// Every fact's cues in one set: its own, and those of the facts it borrows from (`cues_of`).
fn fact_cues(checklist: &Checklist) -> CueSet {
    let lists: Vec<Vec<crate::checklist::Spanned<String>>> = checklist
        .facts
        .iter()
        .map(|f| {
            let mut cues = f.cues.clone();
            cues.extend(f.needs_scope.iter().cloned());
            cues.extend(f.needs_object.iter().cloned());
            cues.extend(f.record_cues.iter().cloned());
            cues.extend(f.document_cues.iter().cloned());
            cues.extend(f.stay_cues.iter().cloned());
            cues.extend(f.presupposing_cues.iter().cloned());
            for other in f.cues_of.iter().filter_map(|o| checklist.fact(o.get_ref())) {
                cues.extend(other.cues.iter().cloned());
                cues.extend(other.needs_scope.iter().cloned());
                cues.extend(other.needs_object.iter().cloned());
                cues.extend(other.record_cues.iter().cloned());
                cues.extend(other.document_cues.iter().cloned());
                cues.extend(other.presupposing_cues.iter().cloned());
            }
            cues
        })
        .collect();
    CueSet::grouped(lists.iter().map(Vec::as_slice))
}

/// Each requirement's phrases, and those of the sections that meet it.
fn requirements(checklist: &Checklist) -> Vec<RequirementCues> {
    checklist
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
        .collect()
}

/// The ConText qualifiers of the checklist's `[[modifier]]` rules and `[context]` words.
fn qualifiers(c: &Checklist) -> crate::context::Context {
    crate::context::Context::new(
        &c.modifiers,
        &c.context.terminators,
        &c.context.coordination,
        &c.language.negation_fillers,
        &c.facts
            .iter()
            .map(|f| f.id.get_ref().as_str())
            .collect::<Vec<_>>(),
        &c.facts
            .iter()
            .flat_map(|f| &f.stay_cues)
            .collect::<Vec<_>>(),
    )
    .with_relative_clauses(&c.context.relative_pronouns, &c.context.past_auxiliaries)
    .with_conjunctions(&c.context.conjunctions)
}

/// The group of `[dates] stamp_labels` among `primary_date_labels`.
pub const STAMP_LABELS: usize = 1;

/// Each fact's cues of one list (`list` picks it from a fact), its own and those of the facts it
/// borrows from (`cues_of`), with the fact's index.
fn own_and_borrowed(
    checklist: &Checklist,
    list: fn(&crate::checklist::Fact) -> &[crate::checklist::Spanned<String>],
) -> impl Iterator<Item = (usize, &str)> {
    checklist
        .facts
        .iter()
        .enumerate()
        .flat_map(move |(group, f)| {
            f.cues_of
                .iter()
                .filter_map(|o| checklist.fact(o.get_ref()))
                .chain(std::iter::once(f))
                .flat_map(list)
                .map(move |c| (group, c.get_ref().as_str()))
        })
}

/// The facts' own split cues and those they borrow.
fn fact_split_cues(checklist: &Checklist) -> crate::separable::SplitCues {
    crate::separable::SplitCues::new(own_and_borrowed(checklist, |f| &f.split_cues))
}

/// The facts' own event cues (and those they borrow), for their misspellings; every phrase of the
/// checklist is a word of its own, not a typo.
fn fact_typos(checklist: &Checklist) -> crate::typos::Typos {
    let cues = own_and_borrowed(checklist, |f| &f.cues);
    let known = checklist
        .cue_lists()
        .into_iter()
        .flatten()
        .map(|c| crate::text::fold(c.get_ref().trim_matches('*')));
    crate::typos::Typos::new(cues, known)
}

/// One fact's cue groups, scope words and records.
fn fact(checklist: &Checklist, f: &crate::checklist::Fact) -> FactCues {
    // The facts whose cues this one borrows (`cues_of`).
    let borrowed: Vec<&crate::checklist::Fact> = f
        .cues_of
        .iter()
        .filter_map(|o| checklist.fact(o.get_ref()))
        .collect();
    FactCues {
        groups: f.cue_groups.iter().map(|g| CueSet::new(g)).collect(),
        scope: CueSet::new(&f.scope),
        out_of_scope: CueSet::new(&f.out_of_scope),
        needs_scope: CueSet::new(&f.needs_scope),
        needs_object: CueSet::new(&f.needs_object),
        objects: CueSet::new(&f.objects),
        split_needing_scope: f
            .needs_scope
            .iter()
            .map(|c| c.get_ref().trim().to_string())
            .filter(|c| c.contains(crate::separable::GAP))
            .collect(),
        stays: as_written(&f.stay_cues),
        // Borrowed, they are plain cues: where a revision is planned says nothing of where the
        // operation it revises was.
        presupposing: as_written(&f.presupposing_cues),
        // An operation or an exam not done at a hospital leaves a stay there standing ("gezien in
        // het UZ Leuven; daar werd geen operatie geadviseerd"): only care denied denies the stay.
        own: as_written::<Vec<String>>(&f.cues)
            .into_iter()
            .filter(|c| {
                !borrowed
                    .iter()
                    .any(|o| o.cues.iter().any(|b| b.get_ref() == c))
            })
            .collect(),
        documents: f
            .document_cues
            .iter()
            .chain(borrowed.iter().flat_map(|o| o.document_cues.iter()))
            .map(|c| c.get_ref().clone())
            .collect(),
        records: f
            .record_cues
            .iter()
            .chain(&f.document_cues)
            .chain(&f.stay_cues)
            .chain(&f.presupposing_cues)
            .chain(
                borrowed
                    .iter()
                    .flat_map(|o| o.record_cues.iter().chain(&o.document_cues)),
            )
            .map(|c| c.get_ref().clone())
            .collect(),
    }
}

/// Every modality word of `[imaging]`, trimmed, deduplicated and sorted, in one set.
fn imaging_words(checklist: &Checklist) -> CueSet {
    let words: std::collections::BTreeSet<&str> = checklist
        .imaging()
        .iter()
        .flat_map(|i| i.modalities.values())
        .flatten()
        .map(|w| w.get_ref().trim())
        .collect();
    CueSet::from_strs(words)
}

/// A word list folded, as matching compares it.
fn folded<C: FromIterator<String>>(words: &[crate::checklist::Spanned<String>]) -> C {
    words
        .iter()
        .map(|w| crate::text::fold(w.get_ref()))
        .collect()
}

/// The `[classify]` word lists that find zones.
fn zones(checklist: &Checklist) -> ZoneCues {
    let c = &checklist.classify;
    ZoneCues {
        addressee_labels: CueSet::new(&c.recipient_labels),
        referrer_labels: CueSet::new(&c.referrer_labels),
        sender_labels: CueSet::new(&c.sender_labels),
        party_labels: CueSet::new(&c.party_labels),
        attention_labels: CueSet::new(&c.attention_labels),
        address_forms: CueSet::new(&c.address_forms),
        purpose_words: CueSet::new(&c.purpose_words),
        attachment_words: CueSet::new(&c.attachment_words),
        request_words: CueSet::new(&c.request_words),
        served_words: CueSet::new(&c.served_words),
        label_qualifiers: CueSet::new(&c.label_qualifiers),
        subject_labels: CueSet::new(&c.subject_labels),
        salutations: CueSet::new(&c.salutations),
        closings: CueSet::new(&c.closings),
        signature_labels: CueSet::new(&c.signature_labels),
        enclosures: CueSet::new(&c.enclosure_cues),
        pending: CueSet::new(&c.pending),
        empty_values: CueSet::new(&c.empty_values),
        letterhead_lines: c.letterhead_lines,
        title_lines: c.title_lines,
    }
}

impl Rules {
    /// Whether a short folded line holds a kind's title.
    pub fn has_title(&self, folded: &str) -> bool {
        !self.kind_titles.find_all(folded).is_empty()
    }

    /// Whether a folded label (without its colon) is one of the kinds' form labels.
    pub fn is_kind_label(&self, label: &str) -> bool {
        is_whole(&self.kind_labels, label)
    }

    /// Whether a folded label (without its colon) is one of the kinds' titles and nothing more.
    pub fn is_kind_title(&self, label: &str) -> bool {
        is_whole(&self.kind_titles, label)
    }

    /// The kinds' form labels that a folded label (without its colon) starts with; when none, those
    /// it is in full once a qualifier is left out or the English plural is turned round ("Relevant
    /// medical history", "Recent treatment" for "recent treatments"): a heading's wording varies by
    /// template, what the section is does not. A label of one shortened word ("Onderz:") counts as
    /// the labels it abbreviates.
    pub fn kind_labels_of(&self, label: &str) -> Vec<CueMatch> {
        if self.zones.request_words.find(label).is_some() {
            return Vec::new();
        }
        let starting: Vec<CueMatch> = self
            .kind_labels
            .find_all(label)
            .into_iter()
            .filter(|m| m.start == 0)
            .collect();
        if !starting.is_empty() || label.is_empty() {
            return starting;
        }
        let unqualified = self
            .zones
            .label_qualifiers
            .find_all(label)
            .first()
            .filter(|m| m.start == 0)
            .map(|m| label[m.end..].trim_start());
        let mut variants: Vec<String> = unqualified.iter().map(|u| u.to_string()).collect();
        for base in std::iter::once(label).chain(unqualified) {
            variants.push(match base.strip_suffix('s') {
                Some(singular) => singular.to_string(),
                None => format!("{base}s"),
            });
        }
        let whole: Vec<CueMatch> = variants
            .iter()
            .filter(|v| !v.is_empty())
            .flat_map(|v| {
                self.kind_labels
                    .find_all(v)
                    .into_iter()
                    .filter(|m| m.start == 0 && m.end == v.len())
            })
            .collect();
        if !whole.is_empty() {
            return whole;
        }
        // Printouts shorten their labels ("Onderz:", "Concl:").
        self.kind_labels.abbreviated(label)
    }

    /// Whether a folded label (with or without its colon) is a date or birth date label.
    pub fn is_date_label(&self, label: &str) -> bool {
        let label = label.trim_end_matches(':').trim();
        [
            &self.letter_labels,
            &self.print_labels,
            &self.primary_date_labels,
            &self.birth_labels,
            &self.event_date_labels,
        ]
        .iter()
        .any(|set| {
            set.find_all(label)
                .iter()
                .any(|m| m.start == 0 && m.end == label.len())
        })
    }

    /// Whether a field's value leaves it empty: no letter or digit in it, or one of the
    /// checklist's `empty_values` ending its first sentence ("blanco. Geen medicatie."), in
    /// brackets or not ("(niet ingevuld)").
    ///
    /// A rule drawn under the label in a text export ("Relevante voorgeschiedenis: -----------")
    /// is no value: the section follows on the lines below.
    pub fn is_empty_value(&self, value: &str) -> bool {
        if crate::text::is_rule_line(value) {
            return false;
        }
        if !value.is_empty() && !value.chars().any(char::is_alphanumeric) {
            return true;
        }
        let folded = crate::text::fold(value);
        let folded = folded.trim().trim_start_matches('(');
        self.zones
            .empty_values
            .find_all(folded)
            .iter()
            .filter(|m| m.start == 0)
            .any(|m| {
                folded[m.end..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, '.' | ';' | ',' | ')'))
            })
    }

    /// Whether a folded table cell is, as a whole, a label the checklist knows.
    pub fn is_known_label(&self, cell: &str) -> bool {
        let cell = cell.trim_end_matches(':').trim();
        self.known_labels.contains(cell)
    }
}

/// The positions of the named roles among the checklist's `[[author]]`s.
fn author_indexes(checklist: &Checklist, ids: &[crate::checklist::Spanned<String>]) -> Vec<usize> {
    ids.iter()
        .filter_map(|a| {
            checklist
                .authors
                .iter()
                .position(|x| x.id.get_ref() == a.get_ref())
        })
        .collect()
}

/// Every label of the checklist, folded: kinds' labels, date, birth, name, addressee and subject
/// labels.
fn known_labels(checklist: &Checklist) -> std::collections::HashSet<String> {
    let c = &checklist.classify;
    let lists = [
        &checklist.dates.letter_labels,
        &checklist.dates.primary_labels,
        &checklist.dates.stamp_labels,
        &checklist.dates.print_labels,
        &checklist.dates.birth_labels,
        &checklist.dates.event_labels,
        &checklist.patient.name_labels,
        &c.recipient_labels,
        &c.subject_labels,
    ];
    lists
        .into_iter()
        .flatten()
        .chain(checklist.kinds.iter().flat_map(|k| &k.labels))
        .chain(checklist.kinds.iter().flat_map(|k| &k.date_labels))
        .map(|l| {
            crate::text::fold(l.get_ref().trim_matches('*'))
                .trim_end_matches([':', '.'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// The gazetteer's towns abroad, when the checklist names its home country.
fn towns(context: &crate::checklist::ContextRules) -> crate::gazetteer::Towns {
    context
        .home_country
        .as_ref()
        .map(|country| {
            crate::gazetteer::Towns::new(
                country.get_ref(),
                &folded::<Vec<String>>(&context.home),
                folded(&context.town_prepositions),
                folded(&context.town_hospitals),
            )
            .with_word_towns(folded(&context.towns_that_are_words))
        })
        .unwrap_or_default()
}

/// The places abroad: the checklist's names, and each adjective of another country before each
/// word for a hospital ("turks ziekenhuis", "spanischen krankenhaus").
fn abroad_places(context: &crate::checklist::ContextRules) -> CueSet {
    const ENDINGS: [&str; 5] = ["", "e", "en", "er", "es"];
    let mut places: Vec<String> = as_written(&context.abroad);
    for adjective in &context.abroad_adjectives {
        let adjective = adjective.get_ref();
        let forms: Vec<String> = match adjective.strip_suffix('*') {
            Some(stem) => ENDINGS.iter().map(|e| format!("{stem}{e}")).collect(),
            None => vec![adjective.clone()],
        };
        for form in &forms {
            for place in &context.care_places {
                places.push(format!("{form} {}", place.get_ref()));
            }
        }
    }
    CueSet::from_strs(places.iter().map(String::as_str))
}

/// Whether `text` is one of `set`'s cues from its first character to its last.
fn is_whole(set: &CueSet, text: &str) -> bool {
    !text.is_empty()
        && set
            .find_all(text)
            .iter()
            .any(|m| m.start == 0 && m.end == text.len())
}
