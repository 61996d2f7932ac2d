//! The `dossiercheck` binary: parses arguments, runs, and maps the outcome to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use dossiercheck::checklist::ChecklistErrors;
use dossiercheck::report::escape::{visible, visible_lines};

fn main() -> ExitCode {
    // A bug caught inside one file or dossier is reported in that dossier's report; on stderr one
    // line says where it happened (the full default message with RUST_BACKTRACE set).
    if std::env::var_os("RUST_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|info| {
            let location = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let _ = writeln!(
                std::io::stderr(),
                "dossiercheck: internal error{location}; the file or dossier it happened in is reported as needing a look"
            );
        }));
    }
    let cli = match dossiercheck::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
    let mut stdout = std::io::stdout().lock();
    match dossiercheck::run(&cli, &mut stdout) {
        Ok(status) => status.into(),
        Err(err) => {
            // A closed pipe (`| head`) is not an error worth a message.
            if err
                .chain()
                .filter_map(|c| c.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::from(2);
            }
            let mut stderr = std::io::stderr().lock();
            for line in error_text(&err).lines() {
                let _ = writeln!(stderr, "dossiercheck: error: {line}");
            }
            dossiercheck::ExitStatus::Error.into()
        }
    }
}

/// Help and version as clap writes them; a usage error with the arguments it quotes made visible
/// (an argument may hold control characters), exit 2.
fn usage_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    let text = visible_lines(&err.to_string());
    let _ = writeln!(std::io::stderr(), "{}", text.trim_end());
    dossiercheck::ExitStatus::Error.into()
}

/// The error and its causes as one `outer: inner` text, each part made visible: a path or value in
/// it cannot break the line. Only a checklist's list of errors keeps its lines.
fn error_text(err: &anyhow::Error) -> String {
    err.chain()
        .map(|cause| {
            let text = cause.to_string();
            if cause.is::<ChecklistErrors>() {
                visible_lines(&text)
            } else {
                visible(&text).into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(": ")
}
