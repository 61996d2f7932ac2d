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
use crate::compiled::RequirementCues;
use crate::crosscheck::Warning;
use crate::facts::{Evidence, FactValue};
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
        facts: Vec<(String, bool, &'static str)>,
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
        facts: Vec<(String, bool, &'static str)>,
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
        facts: Vec<(String, bool, &'static str)>,
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
    checklist: &Checklist,
    docs: &[Document],
    facts: &BTreeMap<String, FactValue>,
    warnings: &[Warning],
    as_of: NaiveDate,
) -> Vec<Verdict> {
    let compiled = checklist.compiled();
    let inputs = Inputs {
        checklist,
        docs,
        facts,
        as_of,
        language: &compiled.language,
    };
    let mut unread = UnreadLists::default();
    checklist
        .requirements
        .iter()
        .zip(&compiled.requirements)
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
    checklist: &'a Checklist,
    docs: &'a [Document],
    facts: &'a BTreeMap<String, FactValue>,
    as_of: NaiveDate,
    language: &'a Language,
}

fn evaluate_one(
    inputs: &Inputs,
    req: &Requirement,
    cues: &RequirementCues,
    shared: &mut UnreadLists,
) -> Verdict {
    let Inputs {
        checklist,
        docs,
        facts,
        as_of,
        language,
    } = *inputs;
    let id = req.id.get_ref().clone();
    if let Some(when) = &req.when {
        if let Ok(condition) = Condition::parse(when.get_ref()) {
            let (applies, consulted) = condition_holds(&condition, facts);
            // Nothing readable mentions the facts, but an unread file might: a person must look.
            let unsettled = consulted
                .iter()
                .all(|(_, _, source)| matches!(*source, "default" | "plan-or-question"));
            let unread = if !applies && unsettled {
                let fact_kinds: Vec<&str> = consulted
                    .iter()
                    .filter_map(|(name, _, _)| checklist.fact(name))
                    .flat_map(|f| f.kinds.iter().map(|k| k.get_ref().as_str()))
                    .collect();
                let picked = docs
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| !d.readable && !d.format.is_media())
                    .filter(|(_, d)| match d.kind.as_deref() {
                        None => true,
                        Some(k) => {
                            fact_kinds.contains(&k) || req.kinds.iter().any(|r| r.get_ref() == k)
                        }
                    })
                    .map(|(i, _)| i)
                    .collect();
                shared.get(docs, picked)
            } else {
                UnreadList::default()
            };
            if !unread.files.is_empty() {
                // It may apply: until a person has looked, it counts as applying.
                return Verdict {
                    id,
                    applies: true,
                    status: Status::NeedsReview,
                    evidence: unread.evidence,
                    reason: Reason::MaybeApplicable {
                        facts: consulted,
                        files: unread.files,
                    },
                };
            }
            if !applies {
                let evidence = facts_evidence(&consulted, facts);
                return Verdict {
                    id,
                    applies: false,
                    status: Status::NotApplicable,
                    reason: Reason::NotApplicable { facts: consulted },
                    evidence: evidence.into(),
                };
            }
        }
    }

    let kinds: Vec<&str> = req.kinds.iter().map(|k| k.get_ref().as_str()).collect();
    let mention = &cues.mention;
    let of_kind: Vec<&Document> = docs
        .iter()
        .filter(|d| d.readable && d.is_any(&kinds))
        .collect();

    // Candidates: readable documents of the kind that mention what they must.
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut lacking_mention = Vec::new();
    for doc in &of_kind {
        if mention.is_empty() {
            candidates.push(Candidate::whole(doc, None));
        } else {
            match mentioning_sentence(doc, mention, language) {
                Some(s) => candidates.push(Candidate::whole(doc, Some(s.quote()))),
                None => lacking_mention.push(doc.path.clone()),
            }
        }
    }
    for (section, (headings, section_mention)) in req.also_met_by.iter().zip(&cues.sections) {
        let section_kinds: Vec<&str> = section.kinds.iter().map(|k| k.get_ref().as_str()).collect();
        for doc in docs
            .iter()
            .filter(|d| d.readable && d.is_any(&section_kinds))
        {
            if let Some(found) = find_section(doc, headings, section_mention, language) {
                candidates.push(found);
            }
        }
    }

    let max_age = req.max_age_days;
    let mut met = Vec::new();
    let mut outdated: Vec<(&Candidate, i64)> = Vec::new();
    let mut undated = Vec::new();
    let mut future = Vec::new();
    for c in &candidates {
        match (max_age, c.doc.date) {
            (None, _) => met.push(c),
            (Some(_), None) => undated.push(c),
            (Some(max), Some(date)) => {
                let age = (as_of - date).num_days();
                if age < 0 {
                    future.push(c);
                } else if age <= i64::from(max) {
                    met.push(c);
                } else {
                    outdated.push((c, age));
                }
            }
        }
    }

    if !met.is_empty() {
        // The newest first, so the reason names the document that counts most.
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
        return Verdict {
            id,
            applies: true,
            status: Status::Met,
            reason,
            evidence: met.iter().map(|c| c.evidence()).collect(),
        };
    }

    // A file that may carry a section meeting the requirement is a candidate too.
    let mut candidate_kinds = kinds.clone();
    candidate_kinds.extend(
        req.also_met_by
            .iter()
            .flat_map(|s| s.kinds.iter().map(|k| k.get_ref().as_str())),
    );
    let unreadable = shared.get(
        docs,
        unreadable_candidates(checklist, &candidate_kinds, docs),
    );
    // A readable document that may be of the kind, too weakly to say, needs a human look: never
    // "met", and never "missing" either.
    let uncertain: Vec<String> = docs
        .iter()
        .filter(|d| d.readable && d.may_be_any(&kinds) && !d.is_any(&kinds))
        .map(|d| d.path.clone())
        .collect();
    // The requirement applies only by a fact the letters disagree on: not "missing", but a look.
    let doubted: Vec<(String, bool, &'static str)> = req
        .when
        .as_ref()
        .and_then(|w| Condition::parse(w.get_ref()).ok())
        .map(|c| condition_holds(&c, facts).1)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, _, source)| *source == "conflicting")
        .collect();
    let (status, reason, evidence): (_, _, Arc<[Evidence]>) = if !unreadable.files.is_empty() {
        (
            Status::NeedsReview,
            Reason::Unreadable {
                files: unreadable.files,
            },
            unreadable.evidence,
        )
    } else if !doubted.is_empty() && met.is_empty() && outdated.is_empty() && undated.is_empty() {
        let evidence = facts_evidence(&doubted, facts);
        (
            Status::NeedsReview,
            Reason::ConflictingFacts { facts: doubted },
            evidence.into(),
        )
    } else if !uncertain.is_empty() {
        let evidence = uncertain
            .iter()
            .map(|p| Evidence::file(p.clone()))
            .collect();
        (
            Status::NeedsReview,
            Reason::UncertainKind { paths: uncertain },
            evidence,
        )
    } else if let Some(c) = future.first() {
        let date = c.doc.date.unwrap_or(as_of);
        (
            Status::NeedsReview,
            Reason::FutureDate {
                path: c.doc.path.clone(),
                date,
            },
            Arc::new([c.evidence()]),
        )
    } else if !undated.is_empty() {
        (
            Status::NeedsReview,
            Reason::Undated {
                paths: undated.iter().map(|c| c.doc.path.clone()).collect(),
            },
            undated.iter().map(|c| c.evidence()).collect(),
        )
    } else if !outdated.is_empty() {
        outdated.sort_by_key(|(_, age)| *age);
        let (c, age) = outdated[0];
        (
            Status::Outdated,
            Reason::Outdated {
                path: c.doc.path.clone(),
                date: c.doc.date.unwrap_or(as_of),
                age_days: age,
                max_age_days: max_age.unwrap_or(0),
            },
            Arc::new([c.evidence()]),
        )
    } else if !lacking_mention.is_empty() {
        let evidence = lacking_mention
            .iter()
            .map(|p| Evidence::file(p.clone()))
            .collect();
        (
            Status::Missing,
            Reason::LacksMention {
                paths: lacking_mention,
            },
            evidence,
        )
    } else {
        (Status::Missing, Reason::NoDocument, Arc::new([]))
    };
    Verdict {
        id,
        applies: true,
        status,
        reason,
        evidence,
    }
}

/// The evidence behind the consulted facts.
fn facts_evidence(
    consulted: &[(String, bool, &'static str)],
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
) -> (bool, Vec<(String, bool, &'static str)>) {
    let mut consulted = Vec::new();
    let mut holds = false;
    for term in &condition.any {
        let (value, source) = facts
            .get(&term.fact)
            .map(|f| (f.value, f.source))
            .unwrap_or((false, "default"));
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

/// The first sentence with a mention that is not negated.
fn mentioning_sentence<'d>(
    doc: &'d Document,
    mention: &CueSet,
    language: &Language,
) -> Option<&'d Sentence> {
    doc.sentences
        .iter()
        .find(|s| !language.unnegated(&s.folded, mention).is_empty())
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
