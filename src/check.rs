//! Checking one dossier: the pipeline walk → read → classify → facts → evaluate → report, data
//! flowing one way. Nothing in the dossier is written.

use std::path::Path;

use chrono::NaiveDate;

use crate::checklist::Checklist;
use crate::classify::Classifier;
use crate::facts::{self, Declared, FactError};
use crate::report::{self, Report};
use crate::walk::{self, WalkError};

/// Why a dossier could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// The folder is missing or cannot be listed.
    #[error(transparent)]
    Walk(#[from] WalkError),
    /// The dossier's `dossier.toml` is wrong.
    #[error(transparent)]
    Facts(#[from] FactError),
}

/// Checks the dossier in `dir` against `checklist` as of `as_of`, with facts given on the command line.
pub fn check_dossier(
    dir: &Path,
    checklist: &Checklist,
    as_of: NaiveDate,
    cli_facts: &Declared,
) -> Result<Report, CheckError> {
    let walked = walk::walk(dir)?;
    let file_facts = match &walked.facts_file {
        Some(path) => facts::read_dossier_facts(path, checklist)?,
        None => Declared::new(),
    };
    let reading = crate::read::read_dossier(&walked);
    let ignored = reading.ignored.clone();
    let mut docs = Classifier::new(checklist).classify_all(reading);
    for doc in &mut docs {
        if let Some(date) = doc.date.filter(|d| *d > as_of) {
            doc.problems.push(crate::read::Problem::new(
                "future-date",
                format!("the document is dated {date}, after the check date {as_of}"),
            ));
        }
    }
    let facts = facts::derive(checklist, &docs, &file_facts, cli_facts);
    let verdicts = crate::evaluate::evaluate(checklist, &docs, &facts, as_of);
    Ok(report::build(
        &dir.display().to_string(),
        checklist,
        as_of,
        &docs,
        &facts,
        &verdicts,
        ignored,
    ))
}
