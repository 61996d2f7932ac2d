//! The one sentence that says why a requirement has its verdict, in the report's language: which
//! file meets it and of when, what is missing or outdated, which files could not be read, and the
//! facts that made it (not) apply.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::messages;
use super::wording::{count, day, join_present, lower_first, medium_counts, problem_phrase};
use crate::checklist::{Checklist, Requirement};
use crate::classify::Document;
use crate::evaluate::{ConsultedFact, Reason};
use crate::facts::FactSource;

/// A reason names at most this many files; the rest are counted. A person reads the list; a
/// script has every file in `evidence`.
const MAX_NAMED: usize = 20;
/// The reason behind a requirement's verdict as one sentence.
pub(super) fn render_reason(
    reason: &Reason,
    checklist: &Checklist,
    req: &Requirement,
    lang: &str,
    docs: &HashMap<&str, &Document>,
) -> String {
    let words = ReasonWords {
        checklist,
        req,
        lang,
        docs,
    };
    words.render(reason)
}

/// What a reason's sentence draws on besides the reason itself.
struct ReasonWords<'a> {
    checklist: &'a Checklist,
    req: &'a Requirement,
    lang: &'a str,
    /// The documents by path: a reason can name every file of a dossier.
    docs: &'a HashMap<&'a str, &'a Document>,
}

impl ReasonWords<'_> {
    fn render(&self, reason: &Reason) -> String {
        match reason {
            Reason::Met {
                path,
                date: Some(date),
                date_from_metadata,
            } => self.met_dated(path, date, *date_from_metadata),
            Reason::Met {
                path, date: None, ..
            } => self.met_undated(path),
            Reason::MetBySection { path, heading } => {
                self.say("met-by-section", &[("path", path), ("heading", heading)])
            }
            Reason::MaybeApplicable { facts, files } => self.maybe_applicable(facts, files),
            Reason::NotApplicable { facts } => {
                self.say("not-applicable", &[("facts", &self.facts(facts))])
            }
            Reason::NoDocument => self.say("no-document", &[("kinds", &self.kind_titles())]),
            Reason::LacksMention { paths } => self.lacks_mention(paths),
            Reason::Outdated {
                path,
                date,
                age_days,
                max_age_days,
            } => self.outdated(path, date, *age_days, *max_age_days),
            Reason::Undated { paths } => self.say("undated", &[("paths", &paths.join(", "))]),
            Reason::FutureDate { path, date } => {
                self.say("future-date", &[("path", path), ("date", &self.day(date))])
            }
            Reason::NewestStudyWithoutReport {
                date,
                modality,
                description,
                older,
                ..
            } => self.newest_study_without_report(date, modality, description, older),
            Reason::ConflictingFacts { facts } => self.conflicting_facts(facts),
            Reason::UncertainKind { paths } => self.say(
                "uncertain-kind",
                &[("paths", &paths.join(", ")), ("kinds", &self.kind_titles())],
            ),
            Reason::Unreadable { files } => self.unreadable(files),
        }
    }

    fn say(&self, key: &'static str, args: &[(&str, &str)]) -> String {
        messages::reason(key, self.lang, args)
    }

    /// A date as the report's language writes it.
    fn day(&self, d: &NaiveDate) -> String {
        day(*d, self.lang)
    }

    /// The titles of the kinds that would meet the requirement, joined by "or".
    fn kind_titles(&self) -> String {
        self.req
            .kinds
            .iter()
            .filter_map(|k| self.checklist.kind(k.get_ref()))
            .map(|k| lower_first(k.title.get(self.lang)))
            .collect::<Vec<_>>()
            .join(&self.say("or", &[]))
    }

    /// A fact's title for use mid-sentence, or its id when the checklist does not know it.
    fn fact_title(&self, id: &str) -> String {
        self.checklist
            .fact(id)
            .map(|f| lower_first(f.title.get(self.lang)))
            .unwrap_or_else(|| id.to_string())
    }

    /// "geopereerd: nee, niet genoemd in de brieven" for each consulted fact, joined by semicolons.
    fn facts(&self, facts: &[ConsultedFact]) -> String {
        facts
            .iter()
            .map(|(name, value, source)| {
                // "Not operated" read from a letter is said differently from a fact it confirms.
                let source = match (source, value) {
                    (FactSource::Text, false) => "text-false",
                    (s, _) => s.as_str(),
                };
                format!(
                    "{}: {}{}",
                    self.fact_title(name),
                    messages::fact_in_reason(if *value { "yes" } else { "no" }, self.lang),
                    messages::fact_in_reason(source, self.lang)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The first [`MAX_NAMED`] files, each with `what` says of it in brackets, and "en 3 andere"
    /// for those left out.
    fn named_files(
        &self,
        files: &[(String, &'static str)],
        what: impl Fn(&str, &'static str) -> String,
    ) -> String {
        let mut list: Vec<String> = files
            .iter()
            .take(MAX_NAMED)
            .map(|(p, code)| format!("{p} ({})", what(p, code)))
            .collect();
        if files.len() > list.len() {
            let more = files.len() - list.len();
            list.push(self.say("and-more", &[("n", &more.to_string())]));
        }
        list.join(", ")
    }

    fn met_dated(&self, path: &str, date: &NaiveDate, from_metadata: bool) -> String {
        let key = if from_metadata {
            "met-dated-by-metadata"
        } else {
            "met-dated"
        };
        self.say(key, &[("path", path), ("date", &self.day(date))])
    }

    /// An undated document is named alone; a medium with how many images it holds.
    fn met_undated(&self, path: &str) -> String {
        match self.docs.get(path).and_then(|d| d.medium.as_ref()) {
            Some(m) => format!(
                "{path} ({})",
                count(
                    m.images_readable,
                    "beeld",
                    "beelden",
                    "image",
                    "images",
                    self.lang
                )
            ),
            None => path.to_string(),
        }
    }

    fn maybe_applicable(
        &self,
        facts: &[ConsultedFact],
        files: &[(String, &'static str)],
    ) -> String {
        let list = self.named_files(files, |_, code| problem_phrase(code, self.lang).to_string());
        self.say(
            "may-apply",
            &[("facts", &self.facts(facts)), ("files", &list)],
        )
    }

    fn lacks_mention(&self, paths: &[String]) -> String {
        let what = self
            .req
            .mention_title
            .as_ref()
            .map(|t| t.get(self.lang).to_string())
            .unwrap_or_else(|| self.say("required-content", &[]));
        self.say(
            "lacks-mention",
            &[("paths", &paths.join(", ")), ("what", &what)],
        )
    }

    fn outdated(&self, path: &str, date: &NaiveDate, age_days: i64, max_age_days: u32) -> String {
        self.say(
            "outdated",
            &[
                ("path", path),
                ("date", &self.day(date)),
                ("age", &age_days.to_string()),
                ("max", &max_age_days.to_string()),
            ],
        )
    }

    fn newest_study_without_report(
        &self,
        date: &NaiveDate,
        modality: &str,
        description: &str,
        older: &[String],
    ) -> String {
        let study = join_present(&[modality.to_string(), description.to_string()]);
        self.say(
            "newest-study-without-report",
            &[
                ("study", &study),
                ("date", &self.day(date)),
                ("older", &older.join(", ")),
            ],
        )
    }

    fn conflicting_facts(&self, facts: &[ConsultedFact]) -> String {
        let names: Vec<String> = facts.iter().map(|(id, _, _)| self.fact_title(id)).collect();
        self.say("conflicting-facts", &[("facts", &names.join("; "))])
    }

    /// Each file with how many of its images are wrong when it is a medium, else its problem;
    /// "images unusable" when every file is a medium.
    fn unreadable(&self, files: &[(String, &'static str)]) -> String {
        let list = self.named_files(files, |p, code| {
            self.docs
                .get(p)
                .and_then(|d| d.medium.as_ref())
                .map(|m| medium_counts(m, self.lang))
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| problem_phrase(code, self.lang).to_string())
        });
        let all_media = files.iter().all(|(p, _)| {
            self.docs
                .get(p.as_str())
                .is_some_and(|d| d.format.is_media())
        });
        let key = if all_media {
            "images-unusable"
        } else {
            "unreadable"
        };
        self.say(key, &[("files", &list)])
    }
}
