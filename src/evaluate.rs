//! Evaluating the checklist's requirements against the classified documents and derived facts. A
//! requirement is met only by a document the tool could read; an unreadable file that might be the
//! missing item makes the requirement "unverifiable", so a person looks at it. Every verdict carries
//! its evidence.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::{Checklist, Condition, Requirement};
use crate::classify::{DateSource, Document, KindBasis};
use crate::crosscheck::Warning;
use crate::facts::{Evidence, FactSource, FactValue};
use crate::rules::{RequirementCues, Rules};
use crate::text::{fold, label_prefix, CueSet, Language, Sentence};

/// The outcome of one requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A readable document meets it.
    Met,
    /// Nothing in the dossier meets it.
    Missing,
    /// Something might meet it, or it might apply, but a person must look: an unreadable file, an
    /// undated letter, letters that contradict each other.
    NeedsReview,
    /// Only documents older than the maximum age.
    Outdated,
    /// The requirement does not apply to this patient.
    NotApplicable,
}

impl Status {
    /// The stable name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Missing => "missing",
            Status::NeedsReview => "needs-review",
            Status::Outdated => "outdated",
            Status::NotApplicable => "not-applicable",
        }
    }
}

/// Why a requirement has its status; rendered in the report's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Met by a document.
    Met {
        /// The document.
        path: String,
        /// Its date, when the requirement has a maximum age.
        date: Option<NaiveDate>,
        /// True when that date comes from file metadata, not from the letter.
        date_from_metadata: bool,
    },
    /// Met by a section of another document.
    MetBySection {
        /// The document.
        path: String,
        /// The heading line of the section.
        heading: String,
    },
    /// The condition on facts does not hold.
    NotApplicable {
        /// The facts consulted, with their values and sources.
        facts: Vec<ConsultedFact>,
    },
    /// No document of the kind.
    NoDocument,
    /// Documents of the kind, but none mentions what it must.
    LacksMention {
        /// The documents.
        paths: Vec<String>,
    },
    /// Only documents older than allowed.
    Outdated {
        /// The newest such document.
        path: String,
        /// Its date.
        date: NaiveDate,
        /// Its age in days.
        age_days: i64,
        /// The maximum age.
        max_age_days: u32,
    },
    /// A document of the kind without a date, so its recency cannot be checked.
    Undated {
        /// The documents.
        paths: Vec<String>,
    },
    /// A document dated after the check date.
    FutureDate {
        /// The document.
        path: String,
        /// Its date.
        date: NaiveDate,
    },
    /// Not applicable by what could be read, but unread files may say otherwise.
    MaybeApplicable {
        /// The facts consulted, with their values and sources.
        facts: Vec<ConsultedFact>,
        /// The unread files, with their problem code.
        files: UnreadFiles,
    },
    /// The newest study on the media has no report; only older reports are there.
    NewestStudyWithoutReport {
        /// The media holding the study.
        media: Vec<String>,
        /// The study's date.
        date: NaiveDate,
        /// Its modality codes.
        modality: String,
        /// Its description or body part.
        description: String,
        /// The older reports.
        older: Vec<String>,
    },
    /// It applies only by a fact the letters disagree on (one says operated, another never).
    ConflictingFacts {
        /// The facts in doubt.
        facts: Vec<ConsultedFact>,
    },
    /// Readable documents that may be of the kind, but too weakly or ambiguously to say.
    UncertainKind {
        /// The documents.
        paths: Vec<String>,
    },
    /// Files that may hold the item could not be read.
    Unreadable {
        /// The files, with their problem code.
        files: UnreadFiles,
    },
}

/// The verdict on one requirement.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// Requirement id.
    pub id: String,
    /// Whether it applies: false exactly when the status is not-applicable.
    pub applies: bool,
    /// The status.
    pub status: Status,
    /// Why.
    pub reason: Reason,
    /// The files (and sentences) behind the verdict; shared between verdicts that name the same
    /// unread files.
    pub evidence: Arc<[Evidence]>,
}

/// A fact a condition consulted: its id, its value, and what decided it.
pub type ConsultedFact = (String, bool, FactSource);

/// Unread files with their problem code, as a reason names them.
pub type UnreadFiles = Arc<[(String, &'static str)]>;

impl Reason {
    /// Why a person must look, as a stable code, for a requirement that needs review.
    pub fn review_code(&self) -> Option<&'static str> {
        Some(match self {
            Reason::MaybeApplicable { .. } => "may-apply",
            Reason::ConflictingFacts { .. } => "conflicting-facts",
            Reason::UncertainKind { .. } => "uncertain-kind",
            Reason::Unreadable { .. } => "unreadable-file",
            Reason::FutureDate { .. } => "future-date",
            Reason::Undated { .. } => "undated",
            _ => return None,
        })
    }
}

impl Verdict {
    /// True when met.
    pub fn met(&self) -> bool {
        self.status == Status::Met
    }
}

/// Evaluates every requirement, in checklist order.
pub fn evaluate(
    rules: &Rules,
    docs: &[Document],
    facts: &BTreeMap<String, FactValue>,
    warnings: &[Warning],
    as_of: NaiveDate,
) -> Vec<Verdict> {
    let checklist = &rules.checklist;
    let inputs = Inputs {
        rules,
        checklist,
        docs,
        facts,
        as_of,
        language: &rules.language,
    };
    let mut unread = UnreadLists::default();
    checklist
        .requirements
        .iter()
        .zip(&rules.requirements)
        .map(|(req, cues)| {
            let verdict = evaluate_one(&inputs, req, cues, &mut unread);
            if req.newest_study {
                newest_study_reported(verdict, warnings)
            } else {
                verdict
            }
        })
        .collect()
}

/// A requirement for the report of the most recent imaging is not met by older reports alone:
/// when the newest study on the media has no report, the verdict says so.
fn newest_study_reported(verdict: Verdict, warnings: &[Warning]) -> Verdict {
    if verdict.status != Status::Met {
        return verdict;
    }
    let newest = warnings.iter().find_map(|w| match w {
        Warning::StudyWithoutReport {
            media,
            date,
            modality,
            description,
        } => Some((media.clone(), *date, modality.clone(), description.clone())),
        _ => None,
    });
    let Some((media, date, modality, description)) = newest else {
        return verdict;
    };
    let older: Vec<String> = verdict.evidence.iter().map(|e| e.path.clone()).collect();
    Verdict {
        status: Status::Missing,
        reason: Reason::NewestStudyWithoutReport {
            media,
            date,
            modality,
            description,
            older,
        },
        ..verdict
    }
}

/// What every requirement is evaluated against.
struct Inputs<'a> {
    rules: &'a Rules,
    checklist: &'a Checklist,
    docs: &'a [Document],
    facts: &'a BTreeMap<String, FactValue>,
    as_of: NaiveDate,
    language: &'a Language,
}

/// One requirement's verdict: first whether it applies, then what meets it, else why not.
fn evaluate_one(
    inputs: &Inputs,
    req: &Requirement,
    cues: &RequirementCues,
    shared: &mut UnreadLists,
) -> Verdict {
    let id = req.id.get_ref().clone();
    if let Some((applies, (status, reason, evidence))) = applicability(inputs, req, shared) {
        return Verdict {
            id,
            applies,
            status,
            reason,
            evidence,
        };
    }
    let kinds: Vec<&str> = req.kinds.iter().map(|k| k.get_ref().as_str()).collect();
    let (candidates, lacking_mention) = candidates(inputs, req, cues, &kinds);
    let dated = Dated::sort(&candidates, req.max_age_days, inputs.as_of);
    let (status, reason, evidence) = if dated.met.is_empty() {
        unmet(inputs, req, shared, &kinds, dated, lacking_mention)
    } else {
        met(dated.met, req.max_age_days)
    };
    Verdict {
        id,
        applies: true,
        status,
        reason,
        evidence,
    }
}

/// A verdict's status, reason and evidence, before its requirement's id is put on it.
type Decision = (Status, Reason, Arc<[Evidence]>);

/// The verdict when the requirement's condition on facts settles it: not applicable, or maybe
/// applicable when nothing readable mentions the facts but an unread file might (a person must
/// look), with whether it counts as applying. None when it applies.
fn applicability(
    inputs: &Inputs,
    req: &Requirement,
    shared: &mut UnreadLists,
) -> Option<(bool, Decision)> {
    let when = req.when.as_ref()?;
    let (applies, consulted) = condition_holds(when.get_ref(), inputs.facts);
    let unsettled = consulted.iter().all(|(_, _, source)| source.unsettled());
    if !applies && unsettled {
        let unread = shared.get(inputs.docs, unread_for_facts(inputs, req, &consulted));
        if !unread.files.is_empty() {
            // It may apply: until a person has looked, it counts as applying.
            let reason = Reason::MaybeApplicable {
                facts: consulted,
                files: unread.files,
            };
            return Some((true, (Status::NeedsReview, reason, unread.evidence)));
        }
    }
    (!applies).then(|| {
        let evidence = facts_evidence(&consulted, inputs.facts).into();
        let reason = Reason::NotApplicable { facts: consulted };
        (false, (Status::NotApplicable, reason, evidence))
    })
}

/// Unread files (not imaging media) that might state the consulted facts: of no known kind, or of
/// a kind that states them, or of the requirement's own kinds.
fn unread_for_facts(inputs: &Inputs, req: &Requirement, consulted: &[ConsultedFact]) -> Vec<usize> {
    let fact_kinds: Vec<&str> = consulted
        .iter()
        .filter_map(|(name, _, _)| inputs.checklist.fact(name))
        .flat_map(|f| f.kinds.iter().map(|k| k.get_ref().as_str()))
        .collect();
    inputs
        .docs
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.readable && !d.format.is_media())
        .filter(|(_, d)| match d.kind.as_deref() {
            None => true,
            Some(k) => fact_kinds.contains(&k) || req.kinds.iter().any(|r| r.get_ref() == k),
        })
        .map(|(i, _)| i)
        .collect()
}

/// Readable documents of the kind that mention what they must, and sections of other documents
/// that meet the requirement (`also_met_by`); beside them, the documents of the kind that lack the
/// mention.
fn candidates<'d>(
    inputs: &Inputs<'d>,
    req: &Requirement,
    cues: &RequirementCues,
    kinds: &[&str],
) -> (Vec<Candidate<'d>>, Vec<String>) {
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut lacking_mention = Vec::new();
    for doc in inputs.docs.iter().filter(|d| d.readable && d.is_any(kinds)) {
        if cues.mention.is_empty() {
            candidates.push(Candidate::whole(doc, None));
        } else {
            match mentioning_sentence(doc, &cues.mention, inputs.rules) {
                Some(s) => candidates.push(Candidate::whole(doc, Some(s.quote()))),
                None => lacking_mention.push(doc.path.clone()),
            }
        }
    }
    for (section, (headings, section_mention)) in req.also_met_by.iter().zip(&cues.sections) {
        let section_kinds: Vec<&str> = section.kinds.iter().map(|k| k.get_ref().as_str()).collect();
        for doc in inputs
            .docs
            .iter()
            .filter(|d| d.readable && d.is_any(&section_kinds))
        {
            candidates.extend(find_section(
                doc,
                headings,
                section_mention,
                inputs.language,
            ));
        }
    }
    (candidates, lacking_mention)
}

/// Candidates sorted by their date against the requirement's maximum age.
struct Dated<'c, 'd> {
    met: Vec<&'c Candidate<'d>>,
    outdated: Vec<(&'c Candidate<'d>, i64)>,
    undated: Vec<&'c Candidate<'d>>,
    future: Vec<&'c Candidate<'d>>,
}

impl<'c, 'd> Dated<'c, 'd> {
    fn sort(candidates: &'c [Candidate<'d>], max_age: Option<u32>, as_of: NaiveDate) -> Self {
        let mut dated = Dated {
            met: Vec::new(),
            outdated: Vec::new(),
            undated: Vec::new(),
            future: Vec::new(),
        };
        for c in candidates {
            match (max_age, c.doc.date) {
                (None, _) => dated.met.push(c),
                (Some(_), None) => dated.undated.push(c),
                (Some(max), Some(date)) => {
                    let age = (as_of - date).num_days();
                    if age < 0 {
                        dated.future.push(c);
                    } else if age <= i64::from(max) {
                        dated.met.push(c);
                    } else {
                        dated.outdated.push((c, age));
                    }
                }
            }
        }
        dated
    }
}

/// Met: the reason names the newest document, the one that counts most; every one is evidence.
fn met(mut met: Vec<&Candidate>, max_age: Option<u32>) -> Decision {
    met.sort_by(|a, b| {
        b.doc
            .date
            .cmp(&a.doc.date)
            .then(a.doc.path.cmp(&b.doc.path))
    });
    let best = met[0];
    let reason = match &best.section_heading {
        Some(heading) => Reason::MetBySection {
            path: best.doc.path.clone(),
            heading: heading.clone(),
        },
        None => Reason::Met {
            path: best.doc.path.clone(),
            date: max_age.and(best.doc.date),
            date_from_metadata: date_from_metadata(best.doc),
        },
    };
    let evidence = met.iter().map(|c| c.evidence()).collect();
    (Status::Met, reason, evidence)
}

/// Not met: why, in order of what a person must do first. An unreadable file that may be the item,
/// letters that disagree on a fact, a document that may be of the kind, a date that cannot be
/// right, no date at all: a look. Too old: outdated. Otherwise missing.
fn unmet(
    inputs: &Inputs,
    req: &Requirement,
    shared: &mut UnreadLists,
    kinds: &[&str],
    dated: Dated,
    lacking_mention: Vec<String>,
) -> Decision {
    let docs = inputs.docs;
    // A file that may carry a section meeting the requirement is a candidate too.
    let mut candidate_kinds = kinds.to_vec();
    candidate_kinds.extend(
        req.also_met_by
            .iter()
            .flat_map(|s| s.kinds.iter().map(|k| k.get_ref().as_str())),
    );
    let unreadable = shared.get(
        docs,
        unreadable_candidates(inputs.checklist, &candidate_kinds, docs),
    );
    if !unreadable.files.is_empty() {
        let reason = Reason::Unreadable {
            files: unreadable.files,
        };
        return (Status::NeedsReview, reason, unreadable.evidence);
    }
    // The requirement applies only by a fact the letters disagree on: not "missing", but a look.
    let doubted: Vec<ConsultedFact> = req
        .when
        .as_ref()
        .map(|w| condition_holds(w.get_ref(), inputs.facts).1)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, _, source)| *source == FactSource::Conflicting)
        .collect();
    if !doubted.is_empty() && dated.outdated.is_empty() && dated.undated.is_empty() {
        let evidence = facts_evidence(&doubted, inputs.facts).into();
        let reason = Reason::ConflictingFacts { facts: doubted };
        return (Status::NeedsReview, reason, evidence);
    }
    // A readable document that may be of the kind, too weakly to say, needs a human look: never
    // "met", and never "missing" either.
    let uncertain: Vec<String> = docs
        .iter()
        .filter(|d| d.readable && d.may_be_any(kinds) && !d.is_any(kinds))
        .map(|d| d.path.clone())
        .collect();
    if !uncertain.is_empty() {
        let evidence = uncertain
            .iter()
            .map(|p| Evidence::file(p.clone()))
            .collect();
        let reason = Reason::UncertainKind { paths: uncertain };
        return (Status::NeedsReview, reason, evidence);
    }
    undecided_by_date(dated, req.max_age_days, inputs.as_of)
        .unwrap_or_else(|| missing(lacking_mention))
}

/// Candidates there are, but their dates keep them from meeting the requirement: dated after the
/// check date or undated (a look), or too old.
fn undecided_by_date(mut dated: Dated, max_age: Option<u32>, as_of: NaiveDate) -> Option<Decision> {
    if let Some(c) = dated.future.first() {
        let reason = Reason::FutureDate {
            path: c.doc.path.clone(),
            date: c.doc.date.unwrap_or(as_of),
        };
        return Some((Status::NeedsReview, reason, Arc::new([c.evidence()])));
    }
    if !dated.undated.is_empty() {
        let reason = Reason::Undated {
            paths: dated.undated.iter().map(|c| c.doc.path.clone()).collect(),
        };
        let evidence = dated.undated.iter().map(|c| c.evidence()).collect();
        return Some((Status::NeedsReview, reason, evidence));
    }
    dated.outdated.sort_by_key(|(_, age)| *age);
    let &(c, age) = dated.outdated.first()?;
    let reason = Reason::Outdated {
        path: c.doc.path.clone(),
        date: c.doc.date.unwrap_or(as_of),
        age_days: age,
        max_age_days: max_age.unwrap_or(0),
    };
    Some((Status::Outdated, reason, Arc::new([c.evidence()])))
}

/// Missing: documents of the kind that lack the mention are named; otherwise there is none.
fn missing(lacking_mention: Vec<String>) -> Decision {
    if lacking_mention.is_empty() {
        return (Status::Missing, Reason::NoDocument, Arc::new([]));
    }
    let evidence = lacking_mention
        .iter()
        .map(|p| Evidence::file(p.clone()))
        .collect();
    let reason = Reason::LacksMention {
        paths: lacking_mention,
    };
    (Status::Missing, reason, evidence)
}

/// The evidence behind the consulted facts.
fn facts_evidence(
    consulted: &[ConsultedFact],
    facts: &BTreeMap<String, FactValue>,
) -> Vec<Evidence> {
    consulted
        .iter()
        .flat_map(|(name, _, _)| {
            facts
                .get(name)
                .map(|f| f.evidence.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// Whether a condition holds, and the facts it consulted.
fn condition_holds(
    condition: &Condition,
    facts: &BTreeMap<String, FactValue>,
) -> (bool, Vec<ConsultedFact>) {
    let mut consulted = Vec::new();
    let mut holds = false;
    for term in &condition.any {
        let (value, source) = facts
            .get(&term.fact)
            .map(|f| (f.value, f.source))
            .unwrap_or((false, FactSource::Default));
        consulted.push((term.fact.clone(), value, source));
        holds |= value != term.negated;
    }
    (holds, consulted)
}

/// Unreadable files that could be the missing item: of one of the kinds by their name, or of no known
/// kind at all (a scan called "scan0001.pdf" could be anything). Photos and scans are not candidates
/// for imaging media; archives are candidates for everything.
fn unreadable_candidates(checklist: &Checklist, kinds: &[&str], docs: &[Document]) -> Vec<usize> {
    let wants_documents = kinds.iter().any(|k| {
        checklist
            .kind(k)
            .is_some_and(|kind| kind.formats.is_empty())
    });
    docs.iter()
        .enumerate()
        .filter(|(_, d)| !d.readable)
        .filter(|(_, d)| match d.kind.as_deref() {
            Some(k) => kinds.contains(&k),
            None => wants_documents || d.format == crate::read::Format::Unsupported,
        })
        .map(|(i, _)| i)
        .collect()
}

/// Unread files as a verdict names them: in its reason and as its evidence.
#[derive(Clone, Default)]
struct UnreadList {
    files: UnreadFiles,
    evidence: Arc<[Evidence]>,
}

/// The lists of unread files the requirements name, each built once: in a dossier of thousands of
/// unreadable files every requirement names the same ones, and a copy per requirement cost more
/// memory than the documents themselves.
#[derive(Default)]
struct UnreadLists {
    built: Vec<(Vec<usize>, UnreadList)>,
}

impl UnreadLists {
    /// The list of the documents at `picked`, shared with any requirement that named them before.
    fn get(&mut self, docs: &[Document], picked: Vec<usize>) -> UnreadList {
        if picked.is_empty() {
            return UnreadList::default();
        }
        if let Some((_, list)) = self.built.iter().find(|(p, _)| *p == picked) {
            return list.clone();
        }
        let list = UnreadList {
            files: picked
                .iter()
                .map(|&i| {
                    let d = &docs[i];
                    let code = d
                        .problems
                        .first()
                        .map(|p| p.code.as_str())
                        .unwrap_or("unreadable");
                    (d.path.clone(), code)
                })
                .collect(),
            evidence: picked
                .iter()
                .map(|&i| Evidence::file(docs[i].path.clone()))
                .collect(),
        };
        self.built.push((picked, list.clone()));
        list
    }
}

/// A document (or a section of one) that can meet a requirement.
struct Candidate<'a> {
    doc: &'a Document,
    quote: Option<String>,
    section_heading: Option<String>,
}

impl<'a> Candidate<'a> {
    fn whole(doc: &'a Document, quote: Option<String>) -> Candidate<'a> {
        let quote = quote.or_else(|| match &doc.kind_basis {
            Some(KindBasis::Content { quote, .. }) => Some(quote.clone()),
            _ => None,
        });
        Candidate {
            doc,
            quote,
            section_heading: None,
        }
    }

    fn evidence(&self) -> Evidence {
        Evidence {
            path: self.doc.path.clone(),
            quote: self.quote.clone(),
            qualifier: None,
            cue: None,
        }
    }
}

/// Whether `doc` mentions what requirement `id` asks its documents to mention (a referral's
/// question); `None` when the checklist has no such requirement or it asks no mention.
pub fn mentions_what_is_asked(rules: &Rules, id: &str, doc: &Document) -> Option<bool> {
    let at = rules
        .checklist
        .requirements
        .iter()
        .position(|r| r.id.get_ref() == id)?;
    let mention = &rules.requirements.get(at)?.mention;
    (!mention.is_empty()).then(|| mentioning_sentence(doc, mention, rules).is_some())
}

/// The first sentence with a mention that is not negated. A field left empty ("Vraagstelling: -",
/// "Question: (not filled in)") names what the form asks, not what the document says; so does a
/// field whose label alone mentions it and whose value does not ask ("Vraagstelling: Graag
/// behandeling.").
fn mentioning_sentence<'d>(
    doc: &'d Document,
    mention: &CueSet,
    rules: &Rules,
) -> Option<&'d Sentence> {
    doc.sentences.iter().find(|s| {
        let found = rules.language.unnegated(&s.folded, mention);
        match crate::text::label_prefix(&s.folded) {
            Some(colon) => {
                let value = s.folded[colon + 1..].trim();
                // A mention only in the label ("Vraagstelling: Graag behandeling.") needs a value
                // that asks: a question, or a mention of its own.
                let in_value = found.iter().any(|m| m.start > colon) || value.contains('?');
                !rules.is_empty_value(value) && in_value
            }
            None => !found.is_empty(),
        }
    })
}

/// A section that starts with one of the headings and (if asked) mentions one of the phrases.
fn find_section<'d>(
    doc: &'d Document,
    headings: &CueSet,
    mention: &CueSet,
    language: &Language,
) -> Option<Candidate<'d>> {
    let text = doc.text.as_deref()?;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let folded = fold(trimmed);
        let Some(m) = headings.find(&folded) else {
            continue;
        };
        let rest = folded[m.end..].trim_start();
        let is_heading = m.start == 0 && (rest.is_empty() || rest.starts_with(':'));
        if !is_heading {
            continue;
        }
        // The section runs to the next label line ("Conclusie:") or blank line after content. A
        // labelled line right under the heading is its first line ("Ingreep" / "05/10/2026 (dr.
        // N. Jacobs): open spoeling ...").
        let mut end = i + 1;
        let mut had_content = !rest.trim_start_matches(':').trim().is_empty();
        while end < lines.len() {
            let l = lines[end].trim();
            if l.is_empty() {
                if had_content {
                    break;
                }
            } else if label_prefix(l).is_some() && had_content {
                break;
            } else {
                had_content = true;
            }
            end += 1;
        }
        let section_sentences: Vec<&Sentence> = doc
            .sentences
            .iter()
            .filter(|s| s.line >= i && s.line < end)
            .collect();
        let quote = if mention.is_empty() {
            section_sentences.first().map(|s| s.quote())
        } else {
            section_sentences
                .iter()
                .find(|s| !language.unnegated(&s.folded, mention).is_empty())
                .map(|s| s.quote())
        };
        if let Some(quote) = quote {
            return Some(Candidate {
                doc,
                quote: Some(quote),
                section_heading: Some(crate::text::quote(trimmed)),
            });
        }
    }
    None
}

/// Whether a document's date came from its metadata only (for reasons shown to staff).
pub fn date_from_metadata(doc: &Document) -> bool {
    matches!(doc.date_source, Some(DateSource::FileMetadata))
}

#[cfg(test)]
mod tests {
    //! One test per rule of a requirement's verdict, on documents built by hand, so each rule is
    //! seen on its own, away from classification.

    use super::*;
    use crate::checklist::Checklist;
    use crate::read::{Format, Problem};

    const CHECKLIST: &str = r#"
[checklist]
name = "Test"
version = "1"

[language]
negations = ["geen"]

[[kind]]
id = "letter"
title = "Letter"
cues = ["brief"]

[[kind]]
id = "report"
title = "Report"
cues = ["verslag"]

[[fact]]
id = "operated"
title = "Operated"
cues = ["geopereerd"]

[[requirement]]
id = "letter"
title = "A letter"
kinds = ["letter"]
request = "x"

[[requirement]]
id = "question"
title = "A question"
kinds = ["letter"]
mention = ["second opinion"]
request = "x"

[[requirement]]
id = "recent"
title = "A recent letter"
kinds = ["letter"]
max_age_days = 30
request = "x"

[[requirement]]
id = "report"
title = "A report"
kinds = ["report"]
when = "operated"
request = "x"

[[requirement.also_met_by]]
kinds = ["letter"]
headings = ["operatie"]
mention = ["operateur"]
"#;

    fn rules() -> Rules {
        Checklist::parse(CHECKLIST, "test.toml")
            .expect("valid checklist")
            .compile()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, d).expect("a day in June")
    }

    /// A readable document of `kind` with `text`, dated `date`.
    fn doc(path: &str, kind: Option<&str>, date: Option<NaiveDate>, text: &str) -> Document {
        Document {
            path: path.to_string(),
            format: Format::Pdf,
            kind: kind.map(str::to_string),
            kinds: kind.map(str::to_string).into_iter().collect(),
            uncertain_kinds: Vec::new(),
            author: None,
            sender_lines: Vec::new(),
            part: None,
            kind_basis: None,
            date,
            date_source: date.map(|_| DateSource::Label {
                quote: "Datum: x".to_string(),
            }),
            readable: true,
            problems: Vec::new(),
            sentences: crate::text::sentences(text),
            text: Some(text.to_string()),
            medium: None,
        }
    }

    /// An unreadable scan of no known kind.
    fn scan(path: &str) -> Document {
        Document {
            readable: false,
            problems: vec![Problem::new(crate::read::ProblemCode::ImageOnly, "a scan")],
            text: None,
            sentences: Vec::new(),
            ..doc(path, None, None, "")
        }
    }

    fn fact(value: bool, source: FactSource) -> BTreeMap<String, FactValue> {
        let evidence = Vec::new();
        BTreeMap::from([(
            "operated".to_string(),
            FactValue {
                value,
                source,
                evidence,
            },
        )])
    }

    fn verdict(id: &str, docs: &[Document], facts: &BTreeMap<String, FactValue>) -> Verdict {
        evaluate(&rules(), docs, facts, &[], day(30))
            .into_iter()
            .find(|v| v.id == id)
            .expect("the requirement is evaluated")
    }

    #[test]
    fn a_readable_document_of_the_kind_meets_it_and_is_its_evidence() {
        let v = verdict(
            "letter",
            &[doc("brief.pdf", Some("letter"), None, "Tekst.")],
            &fact(false, FactSource::Default),
        );
        assert_eq!(v.status, Status::Met);
        assert_eq!(v.evidence[0].path, "brief.pdf");
    }

    #[test]
    fn nothing_of_the_kind_is_missing() {
        let v = verdict("letter", &[], &fact(false, FactSource::Default));
        assert_eq!((v.status, v.reason), (Status::Missing, Reason::NoDocument));
    }

    #[test]
    fn an_unreadable_file_that_may_be_it_needs_a_look_never_met_nor_missing() {
        let v = verdict(
            "letter",
            &[scan("scan0001.pdf")],
            &fact(false, FactSource::Default),
        );
        assert_eq!(v.status, Status::NeedsReview);
        let Reason::Unreadable { files } = &v.reason else {
            panic!("{:?}", v.reason)
        };
        assert_eq!(&files[..], &[("scan0001.pdf".to_string(), "image-only")]);
    }

    #[test]
    fn a_document_that_may_be_of_the_kind_needs_a_look() {
        let mut weak = doc("brief.pdf", None, None, "Tekst.");
        weak.uncertain_kinds = vec!["letter".to_string()];
        let v = verdict("letter", &[weak], &fact(false, FactSource::Default));
        assert_eq!(v.status, Status::NeedsReview);
        assert!(
            matches!(v.reason, Reason::UncertainKind { .. }),
            "{:?}",
            v.reason
        );
    }

    #[test]
    fn the_mention_must_be_there_and_not_negated_and_is_quoted() {
        let without = doc("a.pdf", Some("letter"), None, "Graag uw mening.");
        let negated = doc("b.pdf", Some("letter"), None, "Het is geen second opinion.");
        let v = verdict(
            "question",
            &[without, negated],
            &fact(false, FactSource::Default),
        );
        assert_eq!(v.status, Status::Missing);
        assert_eq!(
            v.reason,
            Reason::LacksMention {
                paths: vec!["a.pdf".to_string(), "b.pdf".to_string()]
            }
        );
        let asked = doc("c.pdf", Some("letter"), None, "Graag een second opinion.");
        let v = verdict("question", &[asked], &fact(false, FactSource::Default));
        assert_eq!(v.status, Status::Met);
        assert!(v.evidence[0]
            .quote
            .as_deref()
            .is_some_and(|q| q.contains("second opinion")));
    }

    #[test]
    fn a_maximum_age_makes_old_letters_outdated_and_undated_or_future_ones_a_look() {
        let facts = fact(false, FactSource::Default);
        let old = NaiveDate::from_ymd_opt(2026, 4, 1).expect("a day");
        let v = verdict(
            "recent",
            &[doc("old.pdf", Some("letter"), Some(old), "x")],
            &facts,
        );
        assert_eq!(v.status, Status::Outdated);
        assert!(matches!(
            v.reason,
            Reason::Outdated {
                age_days: 90,
                max_age_days: 30,
                ..
            }
        ));
        let v = verdict(
            "recent",
            &[doc("undated.pdf", Some("letter"), None, "x")],
            &facts,
        );
        assert_eq!(v.status, Status::NeedsReview);
        assert!(matches!(v.reason, Reason::Undated { .. }));
        let later = NaiveDate::from_ymd_opt(2026, 7, 9).expect("a day");
        let v = verdict(
            "recent",
            &[doc("later.pdf", Some("letter"), Some(later), "x")],
            &facts,
        );
        assert_eq!(v.status, Status::NeedsReview);
        assert!(matches!(v.reason, Reason::FutureDate { .. }));
    }

    #[test]
    fn the_newest_recent_letter_is_named_when_several_meet_it() {
        let docs = [
            doc("older.pdf", Some("letter"), Some(day(2)), "x"),
            doc("newer.pdf", Some("letter"), Some(day(20)), "x"),
        ];
        let v = verdict("recent", &docs, &fact(false, FactSource::Default));
        assert_eq!(v.status, Status::Met);
        assert!(matches!(&v.reason, Reason::Met { path, .. } if path == "newer.pdf"));
        assert_eq!(v.evidence.len(), 2);
    }

    #[test]
    fn a_condition_that_does_not_hold_makes_it_not_applicable() {
        let v = verdict("report", &[], &fact(false, FactSource::Text));
        assert_eq!((v.status, v.applies), (Status::NotApplicable, false));
    }

    #[test]
    fn a_condition_nothing_readable_settles_may_hold_in_an_unread_file() {
        let v = verdict(
            "report",
            &[scan("scan.pdf")],
            &fact(false, FactSource::Default),
        );
        assert_eq!((v.status, v.applies), (Status::NeedsReview, true));
        assert!(
            matches!(v.reason, Reason::MaybeApplicable { .. }),
            "{:?}",
            v.reason
        );
    }

    #[test]
    fn a_fact_the_letters_disagree_on_needs_a_look_instead_of_missing() {
        let v = verdict("report", &[], &fact(true, FactSource::Conflicting));
        assert_eq!(v.status, Status::NeedsReview);
        assert!(
            matches!(v.reason, Reason::ConflictingFacts { .. }),
            "{:?}",
            v.reason
        );
    }

    #[test]
    fn a_section_of_another_kind_meets_it_with_its_heading() {
        let text = "Beste collega,\n\nOperatie\nOperateur: dr. A. Jansen, carpaletunnelrelease.\n";
        let letter = doc("ontslag.pdf", Some("letter"), None, text);
        let v = verdict("report", &[letter], &fact(true, FactSource::Text));
        assert_eq!(v.status, Status::Met);
        assert!(
            matches!(&v.reason, Reason::MetBySection { path, heading } if path == "ontslag.pdf" && heading.contains("Operatie")),
            "{:?}",
            v.reason
        );
    }
}
