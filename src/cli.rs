//! The command line: subcommands and options, declared with clap; the doc comments are the help text.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Checks whether a patient dossier folder is complete against a checklist, before an appointment is
/// booked. Exit codes: 0 complete, 1 incomplete or needs a human look, 2 usage or configuration error.
#[derive(Debug, Parser)]
#[command(name = "dossiercheck", version, about, long_about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// When to colour the output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb;
    /// CLICOLOR_FORCE forces it), always or never.
    #[arg(long, value_enum, global = true, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// A config file with the clinic's defaults (`checklist = "NAME|FILE"`, `lang = "nl"`).
    /// Default: dossiercheck.toml in $XDG_CONFIG_HOME/dossiercheck/ (or ~/.config/dossiercheck/).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb (CLICOLOR_FORCE forces colour).
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a dossier folder and report what is present and what is missing.
    Check(CheckArgs),
    /// List every file of a dossier: format, kind and why, date and where it came from, readability.
    Inventory(InventoryArgs),
    /// List, show, validate or start a checklist.
    #[command(subcommand)]
    Checklist(ChecklistCommand),
    /// Print a shell completion script (e.g. `dossiercheck completions bash > /etc/bash_completion.d/dossiercheck`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print a man page (roff): `dossiercheck man > dossiercheck.1`, `dossiercheck man check >
    /// dossiercheck-check.1`, or every page into a folder with `--dir`.
    Man {
        /// The sub-command whose page to print (`check`, `inventory`, `checklist`, ...); default:
        /// the top-level page.
        command: Option<String>,
        /// Write every page (dossiercheck.1, dossiercheck-check.1, ...) into this folder instead.
        #[arg(long, value_name = "DIR", conflicts_with = "command")]
        dir: Option<PathBuf>,
    },
}

/// Options of `dossiercheck inventory`.
#[derive(Debug, Args)]
pub struct InventoryArgs {
    /// The dossier folder. Nothing in it is changed.
    pub dir: PathBuf,
    /// A checklist file, or the name of a bundled checklist (its kinds are used).
    #[arg(long, value_name = "FILE|NAME", value_parser = ChecklistArg, hide_possible_values = true)]
    pub checklist: Option<PathBuf>,
    /// Text for people or JSON for scripts.
    #[arg(long, value_enum, default_value_t = InventoryFormat::Text)]
    pub format: InventoryFormat,
    /// The day dates are judged against (YYYY-MM-DD; a letter dated later gets a problem).
    /// Default: today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Language (default: the checklist's).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Plain ASCII text.
    #[arg(long)]
    pub ascii: bool,
    /// Read scans and photos with OCR (Tesseract) when it is installed (auto), or never (off).
    #[arg(long, value_enum, env = "DOSSIERCHECK_OCR", default_value_t = Ocr::Auto)]
    pub ocr: Ocr,
}

/// Whether scans and photos are read with OCR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Ocr {
    /// When Tesseract is installed; without it scans need a human look, and the run says so once.
    Auto,
    /// Never: scans and photos need a human look.
    Off,
}

/// Inventory formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InventoryFormat {
    /// For people.
    Text,
    /// For scripts.
    Json,
}

/// What to do with checklists.
#[derive(Debug, Subcommand)]
pub enum ChecklistCommand {
    /// List the bundled checklists.
    List,
    /// Print a bundled checklist (default: the built-in one), to start your own from.
    Show {
        /// Name of a bundled checklist (see `checklist list`).
        #[arg(value_parser = ChecklistArg, hide_possible_values = true)]
        name: Option<PathBuf>,
    },
    /// Check a checklist file: every error and warning with FILE:LINE:COLUMN (exit 2 on errors).
    Validate {
        /// The checklist file (or the name of a bundled checklist). Completed as a file.
        file: PathBuf,
    },
    /// Show how one document is read: its zones line by line, the score of every kind, its
    /// author and its date. For tuning a checklist; nothing is written.
    Explain {
        /// The document (PDF, Word or text file; a scan or photo is read by OCR when Tesseract is installed).
        file: PathBuf,
        /// A checklist file or bundled name (default: the built-in checklist).
        #[arg(long, value_name = "FILE|NAME", value_parser = ChecklistArg, hide_possible_values = true)]
        checklist: Option<PathBuf>,
    },
    /// Write a commented starter checklist to FILE (never overwrites).
    Init {
        /// Where to write it.
        file: PathBuf,
    },
}

/// Options of `dossiercheck check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The dossier folder(s). Nothing in them is changed.
    #[arg(value_name = "DIR", required_unless_present = "each")]
    pub dirs: Vec<PathBuf>,
    /// Check every immediate subfolder of ROOT as a dossier (an inbox); hidden folders are skipped.
    #[arg(long, value_name = "ROOT")]
    pub each: Option<PathBuf>,
    /// A checklist file (TOML), or the name of a bundled checklist (`dossiercheck checklist list`).
    /// Default: $DOSSIERCHECK_CHECKLIST, else the config file's, else the built-in second-opinion
    /// checklist.
    #[arg(long, value_name = "FILE|NAME", value_parser = ChecklistArg, hide_possible_values = true)]
    pub checklist: Option<PathBuf>,
    /// Write the report to FILE instead of stdout (whole or not at all: through a temporary file).
    #[arg(
        short = 'o',
        long = "output",
        value_name = "FILE",
        conflicts_with = "output_dir"
    )]
    pub output: Option<PathBuf>,
    /// Write one report (or letter, page, JSON) per dossier into DIR, named after the dossier;
    /// stdout gets the one-line-per-dossier table. DIR may not be inside the inbox or a dossier.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
    /// The day the check is made for (YYYY-MM-DD), so results are reproducible. Default: today.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// Report format: text for people; json (one object, or an array for several dossiers) or
    /// ndjson (one report per line) for scripts.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// A fact staff know that no letter says, e.g. --fact treated_abroad=true. Overrides the letters
    /// and dossier.toml. May be repeated.
    #[arg(long = "fact", value_name = "NAME=VALUE")]
    pub facts: Vec<String>,
    /// Show the sentences behind each verdict, the facts and every document (for every dossier,
    /// also with several).
    #[arg(long)]
    pub explain: bool,
    /// With several dossiers in text: only the one-line-per-dossier table, no detail per dossier
    /// (the default with --each unless --explain is given).
    #[arg(long, conflicts_with = "explain")]
    pub summary: bool,
    /// Report language (default: the checklist's). The built-in checklists carry both.
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Plain ASCII text: no ✓ ✗ – or accented letters (for old terminals and printers).
    #[arg(long)]
    pub ascii: bool,
    /// How many threads to use. Default: one per core.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar or other messages on stderr (errors are still printed).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Files larger than this many megabytes are not read for text (a letter is never that large);
    /// they are reported as too large to check.
    #[arg(long, value_name = "MB", default_value_t = 64)]
    pub max_file_mb: u64,
    /// Seconds reading one file may take; a slower file is reported as too slow to read.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub file_timeout: u64,
    /// Seconds checking one dossier may take; a slower dossier is an error, the others go on.
    #[arg(long, value_name = "SECONDS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..))]
    pub dossier_timeout: u64,
    /// Read scans and photos with OCR (Tesseract) when it is installed (auto), or never (off).
    #[arg(long, value_enum, env = "DOSSIERCHECK_OCR", default_value_t = Ocr::Auto)]
    pub ocr: Ocr,
}

/// Report languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// The language code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A report for people.
    Text,
    /// A ready-to-send message to the referrer or patient asking for what is missing.
    Letter,
    /// The same message in Markdown.
    Markdown,
    /// One self-contained HTML page (overview and detail), to open in a browser.
    Html,
    /// JSON for scripts: one object per dossier, an array for several.
    Json,
    /// One JSON report per line, in input order.
    Ndjson,
}

/// A checklist argument: any file path or bundled name. Its possible values are the bundled
/// names, so shell completions offer them; anything else is taken as a path.
#[derive(Debug, Clone, Copy)]
pub struct ChecklistArg;

impl clap::builder::TypedValueParser for ChecklistArg {
    type Value = PathBuf;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<PathBuf, clap::Error> {
        clap::builder::PathBufValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::checklist::BUNDLED
                .iter()
                .map(|b| clap::builder::PossibleValue::new(b.name)),
        ))
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::dates::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date; write YYYY-MM-DD"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn as_of_must_be_a_date() {
        assert!(
            Cli::try_parse_from(["dossiercheck", "check", "d", "--as-of", "2026-02-31"]).is_err()
        );
        let cli =
            Cli::try_parse_from(["dossiercheck", "check", "d", "--as-of", "2026-02-28"]).unwrap();
        let Command::Check(args) = cli.command else {
            panic!("expected the check command");
        };
        assert_eq!(args.as_of, NaiveDate::from_ymd_opt(2026, 2, 28));
    }
}
