//! dossiercheck: checks whether a patient dossier folder is complete against a TOML checklist.
//!
//! The pipeline runs one way: [`walk`] the folder, [`read`] each file, [`classify`] documents into
//! kinds, derive [`facts`], [`evaluate`] requirements, and [`report`]. All domain knowledge lives in
//! the [`checklist`], and the languages' own words (month names, titles) in the data file
//! [`words`] reads; the engine knows nothing about hands or MRSA.

pub mod batch;
pub mod check;
pub mod checklist;
pub mod classify;
pub mod cli;
pub mod config;
pub mod context;
pub mod copies;
pub mod crosscheck;
pub mod dates;
pub mod evaluate;
pub mod facts;
pub mod gazetteer;
pub mod interrupt;
pub mod limits;
pub mod man;
pub mod names;
pub mod open;
pub mod output;
pub mod patient;
pub mod read;
pub mod report;
pub mod rules;
pub mod separable;
pub mod text;
pub mod typos;
pub mod walk;
pub mod words;
pub mod zones;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::CommandFactory;

use crate::check::CheckOptions;
use crate::checklist::Checklist;
use crate::cli::{
    CheckArgs, ChecklistCommand, Cli, Command, InventoryArgs, InventoryFormat, OutputFormat,
};
use crate::report::escape::visible;
use crate::report::format::Reporter;
use crate::report::outcome::Outcome;
use crate::rules::Rules;

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

impl ExitStatus {
    /// The exit status for a dossier's verdict: 0 complete, 1 incomplete or needs review.
    pub fn of(status: report::DossierStatus) -> ExitStatus {
        match status {
            report::DossierStatus::Complete => ExitStatus::Complete,
            report::DossierStatus::Incomplete | report::DossierStatus::NeedsReview => {
                ExitStatus::Incomplete
            }
        }
    }
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
    let settings = || -> anyhow::Result<Settings> {
        Ok(Settings {
            color: cli.color,
            config: config::Config::load(cli.config.as_deref())?,
        })
    };
    match &cli.command {
        Command::Check(args) => {
            let status = run_check(args, &settings()?, out);
            ocr_missing_notice(args.quiet);
            status
        }
        Command::Inventory(args) => {
            let status = run_inventory(args, &settings()?, out);
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
        Command::Man { command, dir } => {
            match dir {
                Some(dir) => man::write_all(dir)?,
                None => {
                    let page = man::render(command.as_deref())?;
                    write_report(out, &page)?;
                }
            }
            Ok(ExitStatus::Complete)
        }
    }
}

/// What every command that reports takes from outside its own arguments.
struct Settings {
    color: cli::ColorChoice,
    config: config::Config,
}

impl Settings {
    /// The checklist: the one named on the command line, else `DOSSIERCHECK_CHECKLIST`, else the
    /// config file's, else the built-in one.
    fn checklist(&self, arg: Option<&std::path::Path>) -> anyhow::Result<Checklist> {
        let chosen = arg
            .map(std::path::Path::to_path_buf)
            .or_else(|| self.config.checklist());
        load_checklist(chosen.as_deref())
    }

    /// The report language: the command line's, else the config file's, else the checklist's.
    fn lang(&self, arg: Option<cli::Lang>) -> Option<String> {
        arg.or(self.config.lang).map(|l| l.code().to_string())
    }

    /// Text style for stdout: colour as `--color` and the environment say (never with `--ascii`
    /// unless forced with `--color always`), wrapped to the terminal's width.
    /// `to_file`: the text goes to a file (`-o`), not to stdout, so it is no terminal either.
    fn style(&self, ascii: bool, to_file: bool) -> report::text::Style {
        let terminal = !to_file && std::io::IsTerminal::is_terminal(&std::io::stdout());
        let color = config::use_color(self.color, terminal)
            && (!ascii || self.color == cli::ColorChoice::Always);
        report::text::Style {
            color,
            ascii,
            width: if terminal {
                config::terminal_width()
            } else {
                None
            },
        }
    }
}

fn load_checklist(arg: Option<&std::path::Path>) -> anyhow::Result<Checklist> {
    Ok(match arg {
        Some(arg) => Checklist::resolve(arg)?,
        None => Checklist::builtin()?,
    })
}

fn run_inventory(
    args: &InventoryArgs,
    settings: &Settings,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let checklist = settings.checklist(args.checklist.as_deref())?;
    let options = CheckOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        cli_facts: Default::default(),
        lang: settings.lang(args.lang),
        read: read::ReadOptions {
            ocr: ocr_options(args.ocr),
            ..read::ReadOptions::default()
        },
    };
    let rules = checklist.compile();
    let report = check::check_dossier(&args.dir, &rules, &options)?;
    let text = match args.format {
        InventoryFormat::Json => report::json::render_inventory(&report),
        InventoryFormat::Text => report::text::Style {
            color: false,
            ascii: args.ascii,
            width: None,
        }
        .finish(report::text::render_inventory(&report, &rules.checklist)),
    };
    write_report(out, &text)?;
    Ok(ExitStatus::Complete)
}

fn run_checklist(cmd: &ChecklistCommand, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    match cmd {
        ChecklistCommand::List => write_report(out, &bundled_list())?,
        ChecklistCommand::Show { name } => {
            let name = name
                .as_deref()
                .map(|n| n.to_string_lossy())
                .unwrap_or(checklist::BUILTIN_NAME.into());
            let name = name.as_ref();
            let bundled = Checklist::bundled(name).ok_or_else(|| {
                anyhow::anyhow!(
                    "no bundled checklist named `{name}`{}; bundled: {}",
                    checklist::did_you_mean(name)
                        .map(|n| format!("; did you mean `{n}`?"))
                        .unwrap_or_default(),
                    bundled_names()
                )
            })?;
            write_report(out, bundled.source)?;
        }
        ChecklistCommand::Validate { file } => write_report(out, &validate_checklist(file)?)?,
        ChecklistCommand::Explain { file, checklist } => {
            let checklist = load_checklist(checklist.as_deref())?;
            if !file.is_file() {
                anyhow::bail!("{}: no such file", file.display());
            }
            let docs = read::read_document(file, &read::ReadOptions::default());
            let Some(doc) = docs.into_iter().next() else {
                anyhow::bail!("{}: not a document the tool reads", file.display());
            };
            // An unreadable file explains nothing: say why before the empty reading.
            let problems: String = doc
                .problems
                .iter()
                .map(|p| format!("problem: {} ({})\n", p.message, p.code))
                .collect();
            let text = classify::Classifier::new(&checklist.compile()).explain(doc);
            write_report(out, &format!("{problems}{text}"))?;
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

/// `checklist list`: each bundled checklist with its name, the default marked.
fn bundled_list() -> String {
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
    text
}

/// `checklist validate`: a file, or a bundled checklist by name, with its warnings and a count of
/// what it declares. Its errors are the command's error (exit 2).
fn validate_checklist(file: &std::path::Path) -> anyhow::Result<String> {
    let (source, label) = if file.is_file() {
        let source = std::fs::read_to_string(file)
            .with_context(|| format!("{}: cannot read", file.display()))?;
        (source, file.display().to_string())
    } else if let Some(b) = Checklist::bundled(&file.to_string_lossy()) {
        (b.source.to_string(), format!("<bundled {}.toml>", b.name))
    } else {
        anyhow::bail!(
            "{}: no such file, and no bundled checklist by that name{} (bundled: {})",
            file.display(),
            checklist::did_you_mean(&file.to_string_lossy())
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default(),
            bundled_names()
        );
    };
    let checklist = Checklist::parse(&source, &label)?;
    let warnings = checklist.warnings(&source, &label);
    let mut text = String::new();
    for w in &warnings {
        text.push_str(&format!("warning: {w}\n"));
    }
    let n = |n: usize, one: &str, many: &str| report::count(n, "", "", one, many, "en");
    text.push_str(&format!(
        "{label}: valid ({}, {}, {}, {})\n",
        n(checklist.kinds.len(), "kind", "kinds"),
        n(checklist.facts.len(), "fact", "facts"),
        n(checklist.requirements.len(), "requirement", "requirements"),
        n(warnings.len(), "warning", "warnings")
    ));
    Ok(text)
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

fn run_check(
    args: &CheckArgs,
    settings: &Settings,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let checklist = settings.checklist(args.checklist.as_deref())?;
    let options = CheckOptions {
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        cli_facts: facts::parse_cli_facts(&args.facts, &checklist)?,
        lang: settings.lang(args.lang),
        read: read::ReadOptions {
            max_file_bytes: args.max_file_mb.saturating_mul(1024 * 1024),
            file_timeout: std::time::Duration::from_secs(args.file_timeout),
            dossier_timeout: std::time::Duration::from_secs(args.dossier_timeout),
            ocr: ocr_options(args.ocr),
            ..read::ReadOptions::default()
        },
    };
    let rules = checklist.compile();
    let mut dirs = args.dirs.clone();
    let mut loose = Vec::new();
    if let Some(root) = &args.each {
        let inbox = batch::inbox_dossiers(root)?;
        for loose in &inbox.loose_files {
            print_warning(&format!(
                "{}: a file in the inbox itself, not in a dossier folder; it is not checked",
                loose.display()
            ));
        }
        if inbox.dossiers.is_empty() && dirs.is_empty() {
            anyhow::bail!(
                "{}: the inbox holds no dossier folders, so there is nothing to check",
                root.display()
            );
        }
        dirs.extend(inbox.dossiers);
        loose = inbox.loose_files;
    }
    if let Some(path) = args.output.as_deref().or(args.output_dir.as_deref()) {
        output::refuse_inside(path, args.each.as_deref(), &dirs)?;
    }
    if let Some(path) = &args.output {
        // The whole report is built first, then written whole or not at all.
        let mut buffer = Vec::new();
        let status = run_check_to(
            Run::new(args, settings, &rules, &options, &loose)?,
            &dirs,
            &mut buffer,
        )?;
        output::write_atomic(path, &buffer)?;
        return Ok(status);
    }
    run_check_to(
        Run::new(args, settings, &rules, &options, &loose)?,
        &dirs,
        out,
    )
}

fn run_check_to(
    run: Run<'_>,
    dirs: &[std::path::PathBuf],
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let (args, rules, options, pool) = (run.args, run.rules, run.options, &run.pool);
    if let Some(dir) = &args.output_dir {
        let outcomes = batch::check_all(pool, dirs, rules, options, run.progress());
        run.write_each(dir, &outcomes)?;
        let style = run.style();
        let table = style.finish(run.text_reporter(style).table(&outcomes));
        write_report(out, &table)?;
        return Ok(batch_status(&outcomes));
    }
    if args.each.is_none() && dirs.len() == 1 && args.format != OutputFormat::Html {
        return run.single(&dirs[0], out);
    }
    if args.format == OutputFormat::Ndjson {
        return run.streamed(dirs, out);
    }
    let outcomes = batch::check_all(pool, dirs, rules, options, run.progress());
    let rendered = run.render_batch(&outcomes);
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
    settings: &'a Settings,
    rules: &'a Rules,
    options: &'a CheckOptions,
    pool: rayon::ThreadPool,
    /// Files lying loose in the inbox, named under the table.
    loose: &'a [std::path::PathBuf],
}

impl<'a> Run<'a> {
    fn new(
        args: &'a CheckArgs,
        settings: &'a Settings,
        rules: &'a Rules,
        options: &'a CheckOptions,
        loose: &'a [std::path::PathBuf],
    ) -> anyhow::Result<Run<'a>> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(args.jobs.map_or(0, usize::from))
            .build()
            .context("cannot start worker threads")?;
        Ok(Run {
            args,
            settings,
            rules,
            options,
            pool,
            loose,
        })
    }

    /// The renderer of the chosen output format: the one place a format is picked.
    fn reporter(&self, style: report::text::Style) -> Box<dyn Reporter> {
        match self.args.format {
            OutputFormat::Text => Box::new(self.text_reporter(style)),
            OutputFormat::Letter | OutputFormat::Markdown => Box::new(report::format::Letter {
                style,
                markdown: self.args.format == OutputFormat::Markdown,
            }),
            OutputFormat::Json | OutputFormat::Ndjson => Box::new(report::format::Json {
                lines: self.args.format == OutputFormat::Ndjson,
            }),
            OutputFormat::Html => Box::new(report::format::Html { lang: self.lang() }),
        }
    }

    /// The text renderer, which also draws the batch table whatever the format.
    fn text_reporter(&self, style: report::text::Style) -> report::format::Text {
        report::format::Text {
            style,
            explain: self.args.explain,
            // The table alone with --summary, and for an inbox unless every reason is asked for.
            table_only: self.args.summary || (self.args.each.is_some() && !self.args.explain),
            lang: self.lang(),
            loose: self
                .loose
                .iter()
                .map(|p| {
                    let name = p.file_name().unwrap_or(p.as_os_str());
                    name.to_string_lossy().into_owned()
                })
                .collect(),
        }
    }

    fn lang(&self) -> String {
        self.options
            .lang
            .clone()
            .unwrap_or_else(|| self.rules.checklist.language().to_string())
    }

    /// A progress bar only for a person watching: not with --quiet, not when stderr is no terminal.
    fn progress(&self) -> bool {
        !self.args.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr())
    }

    fn style(&self) -> report::text::Style {
        self.settings
            .style(self.args.ascii, self.args.output.is_some())
    }

    /// One dossier: its report, or its error as the run's error (exit 2).
    fn single(&self, dir: &std::path::Path, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
        let dirs = [dir.to_path_buf()];
        let outcome =
            batch::check_all(&self.pool, &dirs, self.rules, self.options, self.progress())
                .into_iter()
                .next();
        let report = match outcome {
            Some(Outcome::Checked(report)) => report,
            // A script reading JSON gets the error entry a batch would give; the message names the
            // folder as given: made visible, it is one line.
            Some(failed @ Outcome::Failed { .. }) => {
                if matches!(self.args.format, OutputFormat::Json | OutputFormat::Ndjson) {
                    let mut line = if self.args.format == OutputFormat::Json {
                        serde_json::to_string_pretty(&failed)
                    } else {
                        serde_json::to_string(&failed)
                    }
                    .context("cannot write JSON")?;
                    line.push('\n');
                    write_report(out, &line)?;
                }
                let Outcome::Failed { error, .. } = failed else {
                    unreachable!("matched as failed")
                };
                anyhow::bail!("{}", visible(&error.to_string()))
            }
            None => return Ok(ExitStatus::Error),
        };
        let status = ExitStatus::of(report.status);
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
        write_report(out, &self.reporter(self.style()).one(&report))?;
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
            &self.pool,
            dirs,
            self.rules,
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

    /// One file per dossier into `dir` (created when missing), each written whole or not at all;
    /// a dossier that could not be checked gets no file (its error goes to stderr).
    fn write_each(&self, dir: &std::path::Path, outcomes: &[Outcome]) -> anyhow::Result<()> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
        // Files are no terminal: no colours, no wrapping.
        let reporter = self.reporter(report::text::Style {
            color: false,
            width: None,
            ..self.style()
        });
        let names = report::text::short_names(outcomes);
        let mut taken = Vec::new();
        for (o, name) in outcomes.iter().zip(&names) {
            let Outcome::Checked(r) = o else {
                if let Outcome::Failed { error, .. } = o {
                    print_error(&error.to_string());
                }
                continue;
            };
            let text = reporter.one(r);
            let path = dir.join(output::file_name(name, reporter.extension(), &mut taken));
            output::write_atomic(&path, text.as_bytes())?;
        }
        Ok(())
    }

    /// Several dossiers as one text (table, letters, JSON array, page); errors go to stderr too.
    fn render_batch(&self, outcomes: &[Outcome]) -> String {
        let text = self.reporter(self.style()).many(outcomes);
        for o in outcomes {
            if let Outcome::Failed { error, .. } = o {
                print_error(error);
            }
        }
        text
    }
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

/// A warning on stderr, made visible, with the same prefix as errors.
pub fn print_warning(message: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "dossiercheck: warning: {}",
        visible(message)
    );
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
