//! Man pages, one per sub-command (clap_mangen), each with the sections a man page reader expects
//! besides the options: exit status, environment, files and examples.

use std::path::Path;

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::Cli;

const EXIT_STATUS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
every dossier is complete (or, for other commands, success)
.TP
\fB1\fR
a dossier is incomplete or needs a human look
.TP
\fB2\fR
a usage or configuration error, a dossier that could not be checked, or the report could not be written
.TP
\fB130\fR
stopped with Ctrl\-C
"#;

const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
\fBDOSSIERCHECK_CHECKLIST\fR
the default checklist (a file or a bundled name) when \fB\-\-checklist\fR is not given; it wins over the config file
.TP
\fBNO_COLOR\fR
when set and not empty, no colour with \fB\-\-color auto\fR
.TP
\fBCLICOLOR_FORCE\fR
when set and not \fB0\fR, colour with \fB\-\-color auto\fR even in a pipe
.TP
\fBTERM\fR
\fBdumb\fR turns colour off with \fB\-\-color auto\fR
.TP
\fBXDG_CONFIG_HOME\fR, \fBHOME\fR
where the config file is looked for
"#;

const FILES: &str = r#".SH FILES
.TP
\fI$XDG_CONFIG_HOME/dossiercheck/dossiercheck.toml\fR (or \fI~/.config/dossiercheck/dossiercheck.toml\fR, or \fIdossiercheck.toml\fR directly in that folder)
the clinic's defaults: \fBchecklist = "NAME|FILE"\fR and \fBlang = "nl"\fR; \fB\-\-config FILE\fR reads another
.TP
\fIDOSSIER/dossier.toml\fR
facts staff know about one dossier, in a \fB[facts]\fR table
"#;

/// Examples per page: the top level and each sub-command.
fn examples(name: &str) -> &'static str {
    match name {
        "dossiercheck-check" => {
            r#".SH EXAMPLES
.nf
dossiercheck check /data/inbox/jansen \-\-as\-of 2026\-11\-23
dossiercheck check \-\-each /data/inbox \-\-format ndjson | jq \-c '{dossier, status}'
dossiercheck check \-\-each /data/inbox \-\-format letter \-\-output\-dir /data/letters
dossiercheck check DIR \-\-format html \-o overzicht.html
.fi
"#
        }
        "dossiercheck-inventory" => {
            ".SH EXAMPLES\n.nf\ndossiercheck inventory /data/inbox/jansen \\-\\-format json\n.fi\n"
        }
        "dossiercheck-checklist" => {
            ".SH EXAMPLES\n.nf\ndossiercheck checklist list\ndossiercheck checklist init mijn\\-kliniek.toml\ndossiercheck checklist validate mijn\\-kliniek.toml\n.fi\n"
        }
        "dossiercheck-completions" => {
            ".SH EXAMPLES\n.nf\ndossiercheck completions bash > /etc/bash_completion.d/dossiercheck\n.fi\n"
        }
        "dossiercheck-man" => {
            ".SH EXAMPLES\n.nf\ndossiercheck man check | man \\-l \\-\ndossiercheck man \\-\\-dir /usr/local/share/man/man1\n.fi\n"
        }
        _ => {
            ".SH EXAMPLES\n.nf\ndossiercheck check examples/dossiers/incomplete \\-\\-as\\-of 2026\\-11\\-23\ndossiercheck man check\n.fi\n"
        }
    }
}

/// Every page: the top level and each visible sub-command (not `help`).
fn pages() -> Vec<clap::Command> {
    let mut top = Cli::command().disable_help_subcommand(true);
    top.build();
    let mut pages = vec![top.clone()];
    pages.extend(top.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    pages
}

fn render_page(cmd: clap::Command) -> anyhow::Result<String> {
    let name = cmd
        .get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string();
    let man = clap_mangen::Man::new(cmd);
    let mut buf = Vec::new();
    man.render(&mut buf).context("cannot render the man page")?;
    let mut page = String::from_utf8(buf).context("cannot render the man page")?;
    page.push_str(EXIT_STATUS);
    page.push_str(ENVIRONMENT);
    page.push_str(FILES);
    page.push_str(examples(&name));
    Ok(page)
}

/// The page of `command` (a sub-command's name), or the top-level page.
pub fn render(command: Option<&str>) -> anyhow::Result<String> {
    let pages = pages();
    let wanted = command.map(|c| format!("dossiercheck-{c}"));
    let page = pages
        .into_iter()
        .find(|p| {
            let name = p.get_display_name().unwrap_or_else(|| p.get_name());
            match &wanted {
                Some(w) => name == w,
                None => name == "dossiercheck",
            }
        })
        .ok_or_else(|| {
            anyhow::anyhow!(
                "no sub-command `{}`; pages: check, inventory, checklist, completions, man",
                command.unwrap_or_default()
            )
        })?;
    render_page(page)
}

/// Writes every page as `NAME.1` into `dir` (created when missing).
pub fn write_all(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    for page in pages() {
        let name = page
            .get_display_name()
            .unwrap_or_else(|| page.get_name())
            .to_string();
        let text = render_page(page)?;
        let path = dir.join(format!("{name}.1"));
        crate::output::write_atomic(&path, text.as_bytes())?;
    }
    Ok(())
}
