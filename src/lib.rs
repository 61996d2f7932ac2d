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
pub mod compiled;
pub mod context;
pub mod copies;
pub mod crosscheck;
pub mod dates;
pub mod evaluate;
pub mod facts;
pub mod interrupt;
pub mod limits;
pub mod patient;
pub mod read;
pub mod report;
pub mod text;
pub mod walk;
pub mod zones;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

use crate::batch::Outcome;
use crate::check::CheckOptions;
use crate::checklist::Checklist;
use crate::cli::{
    CheckArgs, ChecklistCommand, Cli, Command, InventoryArgs, InventoryFormat, OutputFormat,
};
use crate::report::escape::visible;

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
        Command::Check(args) => {
            let status = run_check(args, out);
            ocr_missing_notice(args.quiet);
            status
        }
        Command::Inventory(args) => {
            let status = run_inventory(args, out);
            ocr_missing_notice(false);
            status
        }
        Command::Checklist(cmd) => run_checklist(cmd, out),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "dossiercheck", &mut buf);
            out.write_all(&buf)
                .context("cannot write the completions")?;
            Ok(ExitStatus::Complete)
        }
        Command::Man => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut buf)
                .context("cannot render the man page")?;
            out.write_all(&buf).context("cannot write the man page")?;
            Ok(ExitStatus::Complete)
        }
    }
}

fn load_checklist(arg: Option<&std::path::Path>) -> anyhow::Result<Checklist> {
    Ok(match arg {
        Some(arg) => Checklist::resolve(arg)?,
        None => Checklist::builtin()?,
    })
}

fn run_inventory(args: &InventoryArgs, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    let checklist = load_checklist(args.checklist.as_deref())?;
    let options = CheckOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        cli_facts: Default::default(),
        lang: args.lang.map(|l| l.code().to_string()),
        read: read::ReadOptions {
            ocr: ocr_options(args.ocr),
            ..read::ReadOptions::default()
        },
    };
    let report = check::check_dossier(&args.dir, &checklist, &options)?;
    let text = match args.format {
        InventoryFormat::Json => report::json::render_inventory(&report),
        InventoryFormat::Text => report::text::Style {
            color: false,
            ascii: args.ascii,
        }
        .finish(report::text::render_inventory(&report, &checklist)),
    };
    write_report(out, &text)?;
    Ok(ExitStatus::Complete)
}

fn run_checklist(cmd: &ChecklistCommand, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    match cmd {
        ChecklistCommand::List => {
            let mut text = String::new();
            for b in checklist::BUNDLED {
                let name = Checklist::parse(b.source, b.name)
                    .map(|c| c.checklist.name.get(c.language()).to_string())
                    .unwrap_or_default();
                let default = if b.name == checklist::BUILTIN_NAME {
                    " (default)"
                } else {
                    ""
                };
                text.push_str(&format!("{:<26} {name}{default}\n", b.name));
            }
            write_report(out, &text)?;
        }
        ChecklistCommand::Show { name } => {
            let name = name.as_deref().unwrap_or(checklist::BUILTIN_NAME);
            let bundled = Checklist::bundled(name).ok_or_else(|| {
                anyhow::anyhow!(
                    "no bundled checklist named `{name}`; bundled: {}",
                    bundled_names()
                )
            })?;
            write_report(out, bundled.source)?;
        }
        ChecklistCommand::Validate { file } => {
            let (source, label) = if file.is_file() {
                let source = std::fs::read_to_string(file)
                    .with_context(|| format!("{}: cannot read", file.display()))?;
                (source, file.display().to_string())
            } else if let Some(b) = Checklist::bundled(&file.to_string_lossy()) {
                (b.source.to_string(), format!("<bundled {}.toml>", b.name))
            } else {
                anyhow::bail!(
                    "{}: no such file, and no bundled checklist by that name (bundled: {})",
                    file.display(),
                    bundled_names()
                );
            };
            let checklist = Checklist::parse(&source, &label)?;
            let warnings = checklist.warnings(&source, &label);
            let mut text = String::new();
            for w in &warnings {
                text.push_str(&format!("warning: {w}\n"));
            }
            text.push_str(&format!(
                "{label}: valid ({} kinds, {} facts, {} requirements, {} warnings)\n",
                checklist.kinds.len(),
                checklist.facts.len(),
                checklist.requirements.len(),
                warnings.len()
            ));
            write_report(out, &text)?;
        }
        ChecklistCommand::Explain { file, checklist } => {
            let checklist = load_checklist(checklist.as_deref())?;
            let docs = read::read_document(file, &read::ReadOptions::default());
            let Some(doc) = docs.into_iter().next() else {
                anyhow::bail!("{}: not a document the tool reads", file.display());
            };
            let text = classify::Classifier::new(&checklist).explain(doc);
            write_report(out, &text)?;
        }
        ChecklistCommand::Init { file } => {
            write_new_file(file, checklist::STARTER_SOURCE)?;
            let file = visible(&file.to_string_lossy()).into_owned();
            let _ = writeln!(
                std::io::stderr(),
                "wrote {file}; check it with `dossiercheck checklist validate {file}`"
            );
        }
    }
    Ok(ExitStatus::Complete)
}

fn bundled_names() -> String {
    checklist::BUNDLED
        .iter()
        .map(|b| b.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes a new file whole or not at all: to a temporary file beside it, then renamed into place;
/// an existing file is never overwritten.
fn write_new_file(path: &std::path::Path, contents: &str) -> anyhow::Result<()> {
    if path.exists() {
        anyhow::bail!("{}: exists already; choose another name", path.display());
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("{}: not a file name", path.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    std::fs::write(&tmp, contents).with_context(|| format!("{}: cannot write", path.display()))?;
    // hard_link fails if the target exists, so a file created meanwhile is not overwritten either.
    let linked = std::fs::hard_link(&tmp, path);
    let _ = std::fs::remove_file(&tmp);
    linked.with_context(|| format!("{}: cannot write", path.display()))
}

fn run_check(args: &CheckArgs, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    let checklist = load_checklist(args.checklist.as_deref())?;
    let options = CheckOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        cli_facts: facts::parse_cli_facts(&args.facts, &checklist)?,
        lang: args.lang.map(|l| l.code().to_string()),
        read: read::ReadOptions {
            max_file_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
            file_timeout: std::time::Duration::from_secs(args.file_timeout),
            dossier_timeout: std::time::Duration::from_secs(args.dossier_timeout),
            dossier_deadline: None,
            ocr: ocr_options(args.ocr),
        },
    };
    let mut dirs = args.dirs.clone();
    if let Some(root) = &args.each {
        dirs.extend(batch::inbox_dossiers(root)?);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .build()
        .context("cannot start worker threads")?;
    let run = Run {
        args,
        checklist: &checklist,
        options: &options,
        pool: &pool,
    };
    if args.each.is_none() && dirs.len() == 1 && args.format != OutputFormat::Html {
        return run.single(&dirs[0], out);
    }
    if args.format == OutputFormat::Ndjson {
        return run.streamed(&dirs, out);
    }
    let outcomes = batch::check_all(&pool, &dirs, &checklist, &options, run.progress());
    let rendered = run.render_batch(&outcomes)?;
    write_report(out, &rendered)?;
    Ok(batch_status(&outcomes))
}

/// `--ocr auto|off` as read options (the checklist's `[ocr]` table is added per check).
fn ocr_options(mode: cli::Ocr) -> read::ocr::OcrOptions {
    read::ocr::OcrOptions {
        enabled: mode == cli::Ocr::Auto,
        ..read::ocr::OcrOptions::default()
    }
}

/// Says once on stderr that scans were not read because OCR is not installed.
fn ocr_missing_notice(quiet: bool) {
    if read::ocr::take_missing_notice() && !quiet {
        let _ = writeln!(std::io::stderr(), "{}", read::ocr::missing_notice());
    }
}

/// One `check` run: its arguments and what every dossier is checked with.
struct Run<'a> {
    args: &'a CheckArgs,
    checklist: &'a Checklist,
    options: &'a CheckOptions,
    pool: &'a rayon::ThreadPool,
}

impl Run<'_> {
    fn lang(&self) -> String {
        self.options
            .lang
            .clone()
            .unwrap_or_else(|| self.checklist.language().to_string())
    }

    /// A progress bar only for a person watching: not with --quiet, not when stderr is no terminal.
    fn progress(&self) -> bool {
        !self.args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr())
    }

    fn style(&self) -> report::text::Style {
        report::text::Style {
            color: !self.args.ascii
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::IsTerminal::is_terminal(&std::io::stdout()),
            ascii: self.args.ascii,
        }
    }

    /// One dossier: its report, or its error as the run's error (exit 2).
    fn single(&self, dir: &std::path::Path, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
        let dirs = [dir.to_path_buf()];
        let outcome = batch::check_all(
            self.pool,
            &dirs,
            self.checklist,
            self.options,
            self.progress(),
        )
        .into_iter()
        .next();
        let report = match outcome {
            Some(Outcome::Checked(report)) => report,
            // The message names the folder as given: made visible, it is one line.
            Some(Outcome::Failed { error, .. }) => {
                anyhow::bail!("{}", visible(&error.to_string()))
            }
            None => return Ok(ExitStatus::Error),
        };
        let status = if report.complete {
            ExitStatus::Complete
        } else {
            ExitStatus::Incomplete
        };
        // JSON is written as it is serialised: a report naming tens of thousands of files is not
        // held in memory a second time as one string.
        if self.args.format == OutputFormat::Json {
            let mut buffered = std::io::BufWriter::new(&mut *out);
            serde_json::to_writer_pretty(&mut buffered, &report)
                .map_err(std::io::Error::from)
                .and_then(|()| buffered.write_all(b"\n"))
                .and_then(|()| buffered.flush())
                .context("cannot write the report")?;
            return Ok(status);
        }
        let style = self.style();
        let text = match self.args.format {
            OutputFormat::Text => {
                style.finish(report::text::render(&report, self.args.explain, style))
            }
            OutputFormat::Letter => style.finish(report::letter::render(&report, false)),
            OutputFormat::Markdown => style.finish(report::letter::render(&report, true)),
            OutputFormat::Json => report::json::render(&report),
            OutputFormat::Ndjson => report::json::render_line(&report),
            OutputFormat::Html => {
                report::html::render(&[Outcome::Checked(report.clone())], &self.lang())
            }
        };
        write_report(out, &text)?;
        Ok(status)
    }

    /// NDJSON for several dossiers: each line written (and flushed) as soon as it and every line
    /// before it are ready, so a consumer sees the first report while the rest are checked.
    fn streamed(
        &self,
        dirs: &[std::path::PathBuf],
        out: &mut dyn Write,
    ) -> anyhow::Result<ExitStatus> {
        let (mut failed, mut all_complete) = (false, true);
        batch::check_each(
            self.pool,
            dirs,
            self.checklist,
            self.options,
            self.progress(),
            |o| {
                let mut line = serde_json::to_string(&o).context("cannot write JSON")?;
                line.push('\n');
                write_report(out, &line)?;
                if let Outcome::Failed { error, .. } = &o {
                    print_error(&error.to_string());
                }
                failed |= matches!(o, Outcome::Failed { .. });
                all_complete &= matches!(&o, Outcome::Checked(r) if r.complete);
                anyhow::Ok(())
            },
        )?;
        Ok(if failed {
            ExitStatus::Error
        } else if all_complete {
            ExitStatus::Complete
        } else {
            ExitStatus::Incomplete
        })
    }

    /// Several dossiers as one text (table, letters, JSON array, page); errors go to stderr too.
    fn render_batch(&self, outcomes: &[Outcome]) -> anyhow::Result<String> {
        let style = self.style();
        let text = match self.args.format {
            OutputFormat::Html => report::html::render(outcomes, &self.lang()),
            OutputFormat::Text => style.finish(report::text::render_batch(outcomes, &self.lang())),
            OutputFormat::Letter | OutputFormat::Markdown => style.finish(batch_letters(
                outcomes,
                self.args.format == OutputFormat::Markdown,
            )),
            OutputFormat::Json | OutputFormat::Ndjson => {
                let mut s = serde_json::to_string_pretty(&outcomes).context("cannot write JSON")?;
                s.push('\n');
                s
            }
        };
        for o in outcomes {
            if let Outcome::Failed { error, .. } = o {
                print_error(&error.to_string());
            }
        }
        Ok(text)
    }
}

/// One letter per dossier, each under its folder's name.
fn batch_letters(outcomes: &[Outcome], markdown: bool) -> String {
    outcomes
        .iter()
        .map(|o| match o {
            Outcome::Checked(r) => format!(
                "== {} ==\n\n{}",
                visible(&r.dossier),
                report::letter::render(r, markdown)
            ),
            Outcome::Failed { dossier, error } => format!(
                "== {} ==\n\n{}\n",
                visible(&dossier.display().to_string()),
                visible(&error.to_string())
            ),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The exit status of a batch: 2 when a dossier could not be checked, 0 when all are complete.
fn batch_status(outcomes: &[Outcome]) -> ExitStatus {
    if outcomes.iter().any(|o| matches!(o, Outcome::Failed { .. })) {
        ExitStatus::Error
    } else if outcomes
        .iter()
        .all(|o| matches!(o, Outcome::Checked(r) if r.complete))
    {
        ExitStatus::Complete
    } else {
        ExitStatus::Incomplete
    }
}

/// An error on stderr, made visible; a failing stderr (a full disk) is ignored, never a panic.
pub fn print_error(message: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "dossiercheck: error: {}",
        visible(message)
    );
}

/// Writes (and flushes) output. A closed pipe comes back as the `BrokenPipe` error in the chain,
/// which the binary ends quietly with exit 0; any other failure is "cannot write the report".
fn write_report(out: &mut dyn Write, text: &str) -> anyhow::Result<()> {
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .context("cannot write the report")
}
