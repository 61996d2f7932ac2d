//! The run's settings from outside the command line: colour (`--color` with `NO_COLOR`,
//! `CLICOLOR_FORCE` and `TERM=dumb`), the terminal's width, and the clinic's defaults: the
//! `DOSSIERCHECK_CHECKLIST` environment variable and a config file (`--config FILE`, or
//! `dossiercheck.toml` in the user's config folder) naming the default checklist and language.
//! The command line wins over the environment, which wins over the file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

use crate::cli::{ColorChoice, Lang};

/// The environment variable naming the default checklist (a file or a bundled name).
pub const CHECKLIST_ENV: &str = "DOSSIERCHECK_CHECKLIST";

/// The config file: the clinic's defaults, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The default checklist: a file (relative to the config file's folder) or a bundled name.
    pub checklist: Option<String>,
    /// The default report language: `nl` or `en`.
    pub lang: Option<Lang>,
    /// Where the config was read from (not a key).
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

impl Config {
    /// The config given with `--config`, else `dossiercheck.toml` in the user's config folder
    /// (`$XDG_CONFIG_HOME`, else `$HOME/.config`; in a `dossiercheck` folder there or directly in
    /// it), else none. A file given with `--config` must exist; every file must parse.
    pub fn load(explicit: Option<&Path>) -> anyhow::Result<Config> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => default_paths().into_iter().find(|p| p.is_file()),
        };
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read the config file", path.display()))?;
        let mut config: Config = toml::from_str(&text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| line_column(&text, s.start))
                .unwrap_or((0, 0));
            anyhow::anyhow!(
                "{}:{line}:{column}: {} (keys: checklist, lang)",
                path.display(),
                e.message().trim()
            )
        })?;
        config.path = Some(path);
        Ok(config)
    }

    /// The checklist to use when the command line names none: the environment variable, else the
    /// config file's (a relative file path there is taken from the config file's folder).
    pub fn checklist(&self) -> Option<PathBuf> {
        if let Some(v) = std::env::var_os(CHECKLIST_ENV).filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(v));
        }
        let name = self.checklist.as_deref()?;
        let as_path = Path::new(name);
        let beside = self
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(|dir| dir.join(as_path));
        Some(match beside {
            Some(p) if as_path.is_relative() && p.is_file() => p,
            _ => as_path.to_path_buf(),
        })
    }
}

/// Where the config file is looked for, in order.
pub fn default_paths() -> Vec<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        });
    match base {
        Some(b) => vec![
            b.join("dossiercheck").join("dossiercheck.toml"),
            b.join("dossiercheck.toml"),
        ],
        None => Vec::new(),
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Whether to colour output on a stream that is (or is not) a terminal: `--color always` and
/// `never` decide; with `auto`, `NO_COLOR` (non-empty) turns colour off, `CLICOLOR_FORCE`
/// (non-empty, not `0`) turns it on, `TERM=dumb` off, else colour exactly on a terminal.
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if set("NO_COLOR").is_some() {
                false
            } else if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
                false
            } else {
                is_terminal
            }
        }
    }
}

/// The width to wrap text to when stdout is a terminal: `COLUMNS` when set, else the terminal's
/// width; none in pipes and files (no wrapping there).
pub fn terminal_width() -> Option<usize> {
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return None;
    }
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
    {
        return Some(n);
    }
    #[cfg(unix)]
    {
        rustix::termios::tcgetwinsize(rustix::stdio::stdout())
            .ok()
            .map(|w| usize::from(w.ws_col))
            .filter(|&n| n > 0)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_from_one() {
        assert_eq!(line_column("a = 1\nbad", 6), (2, 1));
    }
}
