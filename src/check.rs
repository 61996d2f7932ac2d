//! Checking one dossier: the pipeline walk → read → classify → facts → evaluate → crosscheck →
//! report, data flowing one way. Nothing in the dossier is written.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use chrono::NaiveDate;

use crate::classify::{Classifier, Document};
use crate::facts::{self, Declared, FactError};
use crate::read::ocr::OcrInfo;
use crate::report::{self, Report};
use crate::rules::Rules;
use crate::walk::{self, Walk, WalkError};

/// Why a dossier could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The folder is missing or cannot be listed.
    #[error(transparent)]
    Walk(#[from] WalkError),
    /// The dossier's `dossier.toml` is wrong.
    #[error(transparent)]
    Facts(#[from] FactError),
    /// The tool itself failed on this dossier (a bug, caught so that other dossiers go on).
    #[error("the tool failed on this dossier ({0}); check it by hand and please report this")]
    Internal(String),
    /// Checking took longer than the dossier's time limit.
    #[error("checking this dossier took longer than {} s; check it by hand (or raise --dossier-timeout)", .0.as_secs())]
    TimedOut(std::time::Duration),
}

/// What a check needs besides the dossier.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The day the check is made for.
    pub as_of: NaiveDate,
    /// Facts given on the command line.
    pub cli_facts: Declared,
    /// Report language; the checklist's own when absent.
    pub lang: Option<String>,
    /// How much of each file is read.
    pub read: crate::read::ReadOptions,
}

/// Checks the dossier in `dir`.
pub fn check_dossier(
    dir: &Path,
    rules: &Rules,
    options: &CheckOptions,
) -> Result<Report, CheckError> {
    let walked = walk::walk(dir)?;
    check_walked(dir, walked, rules, options)
}

/// Checks a dossier that has already been walked (a batch walks first to size its progress bar).
/// A panic anywhere in the check becomes [`CheckError::Internal`] for this dossier only.
pub fn check_walked(
    dir: &Path,
    walked: Walk,
    rules: &Rules,
    options: &CheckOptions,
) -> Result<Report, CheckError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_unguarded(dir, walked, rules, options)
    }))
    .unwrap_or_else(|panic| Err(CheckError::Internal(crate::read::panic_message(&*panic))))
}

fn check_unguarded(
    dir: &Path,
    walked: Walk,
    rules: &Rules,
    options: &CheckOptions,
) -> Result<Report, CheckError> {
    let checklist = &rules.checklist;
    let as_of = options.as_of;
    // One deadline for the whole dossier: the readers stop opening files once it has passed, and
    // the check gives up at the next stage boundary. Threads are never killed.
    let limit = options.read.dossier_timeout;
    let deadline = Instant::now().checked_add(limit);
    let past_deadline = || deadline.is_some_and(|d| Instant::now() >= d);
    let read_options = crate::read::ReadOptions {
        dossier_deadline: deadline,
        ocr: options.read.ocr.with_rules(&checklist.ocr),
        ..options.read
    };
    let file_facts = match &walked.facts_file {
        Some(path) => facts::read_dossier_facts(path, checklist)?,
        None => Declared::new(),
    };
    let crate::read::Reading {
        docs,
        ignored,
        ocr_missing,
    } = crate::read::read_dossier(&walked, &read_options);
    // Every file is read: the walk's list (two paths per file) would only weigh on the peak below.
    drop(walked);
    if past_deadline() {
        return Err(CheckError::TimedOut(limit));
    }
    let ocr: BTreeMap<String, OcrInfo> = docs
        .iter()
        .filter_map(|d| d.ocr.clone().map(|o| (d.path.clone(), o)))
        .collect();
    let classifier = Classifier::new(rules);
    let mut docs = classifier.classify_all(docs);
    note_future_dates(&mut docs, as_of);
    // A scanned copy of a typed letter adds nothing: it is reported, but no verdict hangs on it.
    let copies = crate::copies::find(&classifier, &docs, &ocr);
    let copy_docs = set_aside(&mut docs, &copies);
    let facts = facts::derive(rules, &docs, &file_facts, &options.cli_facts);
    let patient = crate::patient::identify(rules, &docs);
    let warnings = crate::crosscheck::check(rules, &docs, &patient);
    let verdicts = crate::evaluate::evaluate(rules, &docs, &facts, &warnings, as_of);
    if past_deadline() {
        return Err(CheckError::TimedOut(limit));
    }
    if !copy_docs.is_empty() {
        docs.extend(copy_docs);
        docs.sort_by(|a, b| a.path.cmp(&b.path));
    }
    Ok(report::build(
        &dir.display().to_string(),
        checklist,
        options.lang.as_deref().unwrap_or(checklist.language()),
        as_of,
        report::Findings {
            docs,
            facts,
            verdicts,
            patient,
            warnings,
            ignored,
            ocr: report::OcrFindings {
                documents: ocr,
                copies,
                missing: ocr_missing,
            },
        },
    ))
}

/// A document dated after the check date has a problem: the date cannot be right.
fn note_future_dates(docs: &mut [Document], as_of: NaiveDate) {
    for doc in docs {
        if let Some(date) = doc.date.filter(|d| *d > as_of) {
            doc.problems.push(crate::read::Problem::new(
                crate::read::ProblemCode::FutureDate,
                format!("the document is dated {date}, after the check date {as_of}"),
            ));
        }
    }
}

/// Takes the copies out of `docs`, in place: the documents are the largest thing held until the
/// report is built, and a dossier of tens of thousands of files must not hold them twice, nor with
/// room to spare.
fn set_aside<V>(docs: &mut Vec<Document>, copies: &BTreeMap<String, V>) -> Vec<Document> {
    let copy_docs: Vec<_> = docs
        .extract_if(.., |d| copies.contains_key(&d.path))
        .collect();
    docs.shrink_to_fit();
    copy_docs
}
