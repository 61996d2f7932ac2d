//! dossiercheck: checks whether a patient dossier folder is complete against a TOML checklist.
//!
//! The pipeline runs one way: [`walk`] the folder, [`read`] each file, [`classify`] documents into
//! kinds, derive [`facts`], [`evaluate`] requirements, and [`report`]. All domain knowledge lives in
//! the [`checklist`]; the engine knows nothing about hands or MRSA.

pub mod batch;
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

use crate::batch::Outcome;
use crate::check::CheckOptions;
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
    let options = CheckOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        cli_facts: facts::parse_cli_facts(&args.facts, &checklist)?,
    };
    let mut dirs = args.dirs.clone();
    if let Some(root) = &args.each {
        dirs.extend(batch::inbox_dossiers(root)?);
    }
    let single = args.each.is_none() && dirs.len() == 1;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .build()
        .context("cannot start worker threads")?;
    let outcomes = pool.install(|| batch::check_all(&dirs, &checklist, &options, !args.quiet));

    let rendered = if single {
        match outcomes.into_iter().next() {
            Some(Outcome::Checked(report)) => {
                let text = match args.format {
                    OutputFormat::Text => report::text::render(&report, args.explain),
                    OutputFormat::Json => report::json::render(&report),
                    OutputFormat::Ndjson => report::json::render_line(&report),
                };
                write_report(out, &text)?;
                return Ok(if report.complete {
                    ExitStatus::Complete
                } else {
                    ExitStatus::Incomplete
                });
            }
            Some(Outcome::Failed { error, .. }) => return Err(error.into()),
            None => return Ok(ExitStatus::Error),
        }
    } else {
        match args.format {
            OutputFormat::Text => report::text::render_batch(&outcomes, checklist.language()),
            OutputFormat::Json => {
                let values: Vec<serde_json::Value> =
                    outcomes.iter().map(Outcome::to_json).collect();
                let mut s = serde_json::to_string_pretty(&values).context("cannot write JSON")?;
                s.push('\n');
                s
            }
            OutputFormat::Ndjson => outcomes
                .iter()
                .map(|o| format!("{}\n", o.to_json()))
                .collect(),
        }
    };
    write_report(out, &rendered)?;
    for o in &outcomes {
        if let Outcome::Failed { error, .. } = o {
            if !args.quiet || args.format == OutputFormat::Text {
                eprintln!("dossiercheck: error: {error}");
            }
        }
    }
    let status = if outcomes.iter().any(|o| matches!(o, Outcome::Failed { .. })) {
        ExitStatus::Error
    } else if outcomes
        .iter()
        .all(|o| matches!(o, Outcome::Checked(r) if r.complete))
    {
        ExitStatus::Complete
    } else {
        ExitStatus::Incomplete
    };
    Ok(status)
}

fn write_report(out: &mut dyn Write, text: &str) -> anyhow::Result<()> {
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .context("cannot write the report")
}
