//! Phrases every renderer shares (text, letter, page): dates as the desk writes them, the
//! sentence asking a sender to check who the patient is, the verdict and status words and marks,
//! and the lists each view draws from (the open items, what to request, the files to look at), so
//! that no two views can disagree about them.

use chrono::NaiveDate;

use super::{DocumentReport, DossierStatus, Report, RequirementReport};
use crate::evaluate::Status;
use crate::read::Problem;

/// "Checklist <name> (versie <version>), peildatum <date>": which checklist the report follows and
/// the day it checked for, each text passed through `show` (made visible, or escaped for a page).
pub(crate) fn checklist_line(report: &Report, en: bool, show: impl Fn(&str) -> String) -> String {
    let ui = |key| super::messages::ui(key, en);
    format!(
        "{} {} ({} {}), {} {}",
        ui("checklist"),
        show(&report.checklist.name),
        ui("version"),
        show(&report.checklist.version),
        ui("as-of"),
        show(&show_date(report.as_of, en))
    )
}

/// A date as the desk writes it: 15-09-2026 in Dutch, ISO (2026-09-15) in English.
pub(crate) fn show_date(date: NaiveDate, en: bool) -> String {
    if en {
        date.to_string()
    } else {
        date.format("%d-%m-%Y").to_string()
    }
}

/// When the letters do not agree on who the patient is: one sentence naming each document with
/// the name or birth date it gives, asking the sender to check.
pub(crate) fn disagreement(report: &Report, en: bool) -> Option<String> {
    let p = &report.patient;
    if p.documents.is_empty() {
        return None;
    }
    let names = !p.names_found.is_empty();
    let births = !p.birth_dates_found.is_empty();
    let items: Vec<String> = p
        .documents
        .iter()
        .filter_map(|m| {
            let mut what = Vec::new();
            if names {
                what.extend(m.name.clone());
            }
            if births {
                what.extend(m.birth_date.map(|b| {
                    if en {
                        format!("born {}", show_date(b, en))
                    } else {
                        format!("geboren {}", show_date(b, en))
                    }
                }));
            }
            (!what.is_empty()).then(|| format!("{} ({})", what.join(", "), m.path))
        })
        .collect();
    let key = if names {
        "patients-differ"
    } else {
        "births-differ"
    };
    Some(super::messages::letter(
        key,
        en,
        &[("items", &items.join("; "))],
    ))
}

/// A requirement's mark: ✓ met, ✗ missing or outdated, ? needs a look, – not applicable.
pub(crate) fn mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::Missing | Status::Outdated => "✗",
        Status::NeedsReview => "?",
        Status::NotApplicable => "–",
    }
}

/// The dossier's verdict with what to do, as one sentence: the same words in the text report and
/// on the HTML page.
pub fn verdict_sentence(report: &Report) -> &'static str {
    let needs_look = report
        .requirements
        .iter()
        .any(|r| r.status == Status::NeedsReview);
    let key = match (report.status, needs_look) {
        (DossierStatus::Incomplete, true) => "incomplete-review",
        (status, _) => status.name(),
    };
    super::messages::verdict(key, &report.checklist.language)
}

/// The dossier's status in words, with its mark: the batch table and the HTML overview.
pub fn status_words(status: DossierStatus, en: bool) -> (&'static str, &'static str) {
    let mark = match status {
        DossierStatus::Complete => "✓",
        DossierStatus::Incomplete => "✗",
        DossierStatus::NeedsReview => "?",
    };
    (
        mark,
        super::messages::dossier_status(status.name(), if en { "en" } else { "nl" }),
    )
}

/// A requirement's status in words, so that no view tells them apart by colour or mark alone.
pub fn requirement_words(status: Status, en: bool) -> &'static str {
    super::messages::status(status.name(), if en { "en" } else { "nl" })
}

/// The requirements still open: neither met nor not applicable.
pub(crate) fn open(report: &Report) -> impl Iterator<Item = &RequirementReport> {
    report
        .requirements
        .iter()
        .filter(|r| !matches!(r.status, Status::Met | Status::NotApplicable))
}

/// The missing and outdated requirements, with what to ask the sender for.
pub(crate) fn to_request(report: &Report) -> impl Iterator<Item = (&RequirementReport, &String)> {
    report
        .requirements
        .iter()
        .filter(|r| matches!(r.status, Status::Missing | Status::Outdated))
        .filter_map(|r| Some((r, r.request.as_ref()?)))
}

/// The requirements to ask for unless a file a person must look at holds them; not those that
/// only may apply, since asking for them could be asking for nothing.
pub(crate) fn to_request_unless_in_files(
    report: &Report,
) -> impl Iterator<Item = (&RequirementReport, &String)> {
    report
        .requirements
        .iter()
        .filter(|r| r.status == Status::NeedsReview && r.review != Some("may-apply"))
        .filter_map(|r| Some((r, r.request.as_ref()?)))
}

/// The documents a person must look at: not readable, and not a scanned copy of a typed document
/// (no verdict hangs on a copy).
pub(crate) fn to_look_at(report: &Report) -> impl Iterator<Item = &DocumentReport> {
    report
        .documents
        .iter()
        .filter(|d| !d.readable && d.copy_of.is_none())
}

/// Problems as phrases for people, joined by semicolons.
pub(crate) fn problem_phrases(problems: &[Problem], lang: &str) -> String {
    problems
        .iter()
        .map(|p| super::problem_phrase(p.code.as_str(), lang))
        .collect::<Vec<_>>()
        .join("; ")
}
