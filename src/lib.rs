//! dossiercheck: checks whether a patient dossier folder is complete against a TOML checklist.
//!
//! The pipeline runs one way: [`walk`] the folder, [`read`] each file, [`classify`] documents into
//! kinds, derive [`facts`], [`evaluate`] requirements, and [`report`]. All domain knowledge lives in
//! the [`checklist`]; the engine knows nothing about hands or MRSA.

pub mod check;
pub mod checklist;
pub mod classify;
pub mod cli;
pub mod dates;
pub mod evaluate;
pub mod facts;
pub mod read;
pub mod report;
pub mod text;
pub mod walk;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;

use crate::checklist::Checklist;
use crate::cli::{CheckArgs, Cli, Command, OutputFormat};

/// How a run ended, mapped to the process exit code in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Every applicable requirement is met (0).
    Complete,
    /// Something is missing or needs a human look (1).
    Incomplete,
    /// A usage or configuration error (2).
    Error,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        match status {
            ExitStatus::Complete => ExitCode::from(0),
            ExitStatus::Incomplete => ExitCode::from(1),
            ExitStatus::Error => ExitCode::from(2),
        }
    }
}

/// Runs a parsed command line, writing the report to `out`. Errors are usage or configuration
/// errors (exit 2).
pub fn run(cli: &Cli, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    match &cli.command {
        Command::Check(args) => run_check(args, out),
    }
}

fn run_check(args: &CheckArgs, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    let checklist = match &args.checklist {
        Some(path) => Checklist::load(path)?,
        None => Checklist::builtin()?,
    };
    let cli_facts = facts::parse_cli_facts(&args.facts, &checklist)?;
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = check::check_dossier(&args.dir, &checklist, as_of, &cli_facts)?;
    let rendered = match args.format {
        OutputFormat::Text => report::text::render(&report, args.explain),
        OutputFormat::Json => report::json::render(&report),
    };
    out.write_all(rendered.as_bytes())
        .and_then(|()| out.flush())
        .context("cannot write the report")?;
    Ok(if report.complete {
        ExitStatus::Complete
    } else {
        ExitStatus::Incomplete
    })
}
