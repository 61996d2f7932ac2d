//! Checking several dossiers in one run (`check DIR DIR ...`, `check --each INBOX`): in parallel,
//! with a progress bar on a terminal, results in input order. A dossier that cannot be checked is
//! reported as an error and the others go on.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

use crate::check::{check_walked, CheckError, CheckOptions};
use crate::checklist::Checklist;
use crate::report::Report;
use crate::walk::{walk, WalkError};

/// The outcome for one dossier.
#[derive(Debug)]
pub enum Outcome {
    /// Checked; the report says whether it is complete.
    Checked(Box<Report>),
    /// Could not be checked.
    Failed {
        /// The dossier folder as given.
        dossier: PathBuf,
        /// Why.
        error: CheckError,
    },
}

/// How a failed dossier appears in JSON.
#[derive(Debug, Serialize)]
pub struct FailedReport {
    /// The dossier folder as given.
    pub dossier: String,
    /// Always `error`.
    pub status: &'static str,
    /// Why it could not be checked.
    pub error: String,
}

/// An outcome is written as its report, or as a [`FailedReport`]: serialised straight to text, so
/// every report keeps its field order in a batch exactly as it has on its own.
impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Checked(report) => report.serialize(serializer),
            Outcome::Failed { dossier, error } => FailedReport {
                dossier: dossier.display().to_string(),
                status: "error",
                error: error.to_string(),
            }
            .serialize(serializer),
        }
    }
}

/// The dossiers of an inbox: its immediate subfolders, hidden ones skipped, sorted by name.
pub fn inbox_dossiers(root: &Path) -> Result<Vec<PathBuf>, WalkError> {
    let entries = std::fs::read_dir(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => WalkError::NotFound(root.to_path_buf()),
        std::io::ErrorKind::NotADirectory => WalkError::NotAFolder(root.to_path_buf()),
        _ => WalkError::Unreadable(root.to_path_buf(), e),
    })?;
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    Ok(dirs)
}

/// Checks every dossier, in parallel, returning outcomes in the order given.
pub fn check_all(
    dirs: &[PathBuf],
    checklist: &Checklist,
    options: &CheckOptions,
    show_progress: bool,
) -> Vec<Outcome> {
    let walked: Vec<_> = dirs.par_iter().map(|d| walk(d)).collect();
    let total_files: usize = walked
        .iter()
        .map(|w| w.as_ref().map(|w| w.files.len()).unwrap_or(0))
        .sum();
    let progress = progress_bar(show_progress && total_files > 20, dirs.len(), total_files);
    let done = AtomicUsize::new(0);

    let outcomes = dirs
        .par_iter()
        .zip(walked)
        .map(|(dir, walked)| {
            let outcome = match walked {
                Ok(w) => {
                    let files = w.files.len() as u64;
                    let result = check_walked(dir, w, checklist, options);
                    progress.inc(files);
                    result
                }
                Err(e) => Err(CheckError::Walk(e)),
            };
            let done = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress.set_message(format!("{done}/{} dossiers", dirs.len()));
            match outcome {
                Ok(report) => Outcome::Checked(Box::new(report)),
                Err(error) => Outcome::Failed {
                    dossier: dir.clone(),
                    error,
                },
            }
        })
        .collect();
    progress.finish_and_clear();
    outcomes
}

fn progress_bar(show: bool, dossiers: usize, files: usize) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    // indicatif draws only when stderr is a terminal, so pipelines see nothing.
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:20} {pos}/{len} files, {msg}, {rate}, {eta} left")
            .map(|style| {
                // Whole files per second: indicatif's own {per_sec} prints four decimals.
                style.with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}/s", state.per_sec());
                    },
                )
            })
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(format!("0/{dossiers} dossiers"));
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
