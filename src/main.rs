//! The `dossiercheck` binary: parses arguments, runs, and maps the outcome to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use dossiercheck::checklist::ChecklistErrors;
use dossiercheck::report::escape::{visible, visible_lines};

fn main() -> ExitCode {
    install_panic_hook();
    if stdout_was_closed() {
        let _ = writeln!(
            std::io::stderr(),
            "dossiercheck: error: standard output is closed, so the report has nowhere to go"
        );
        return dossiercheck::ExitStatus::Error.into();
    }
    // Without the handler Ctrl-C still ends the run, only without clearing the progress bar.
    let _ = dossiercheck::interrupt::install();
    let cli = match dossiercheck::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
    let mut stdout = std::io::stdout().lock();
    match dossiercheck::run(&cli, &mut stdout) {
        Ok(status) => status.into(),
        // The reader went away (`| head -1`): it has what it wanted, as with ripgrep or cat.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let mut stderr = std::io::stderr().lock();
            for line in error_text(&err).lines() {
                let _ = writeln!(stderr, "dossiercheck: error: {line}");
            }
            dossiercheck::ExitStatus::Error.into()
        }
    }
}

/// A bug caught inside one file or dossier is reported in that dossier's report; on stderr one line
/// says where it happened (the full default message with RUST_BACKTRACE set). Written with errors
/// ignored: a full disk under stderr must not turn into a second panic.
fn install_panic_hook() {
    if std::env::var_os("RUST_BACKTRACE").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let _ = writeln!(
            std::io::stderr(),
            "dossiercheck: error: internal error{location}; the file or dossier it happened in is reported as needing a look"
        );
    }));
}

/// Whether writing stdout failed because the reading end of the pipe was closed.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Whether stdout was closed when the process started (`cmd >&-`). Rust's runtime quietly opens
/// /dev/null in place of a closed standard descriptor before `main`, so the report would vanish
/// with an exit code saying it was written; the probe runs earlier, from the ELF `.init_array`.
/// A redirection to /dev/null is deliberate and is not caught.
#[cfg(target_os = "linux")]
fn stdout_was_closed() -> bool {
    closed_stdout::CLOSED.load(std::sync::atomic::Ordering::Relaxed)
}

#[cfg(not(target_os = "linux"))]
fn stdout_was_closed() -> bool {
    false
}

#[cfg(target_os = "linux")]
mod closed_stdout {
    use std::sync::atomic::{AtomicBool, Ordering};

    pub static CLOSED: AtomicBool = AtomicBool::new(false);

    /// Runs before the Rust runtime starts: only a system call, no allocation, no std I/O.
    extern "C" fn probe() {
        if rustix::io::fcntl_getfd(rustix::stdio::stdout()) == Err(rustix::io::Errno::BADF) {
            CLOSED.store(true, Ordering::Relaxed);
        }
    }

    #[used]
    #[link_section = ".init_array"]
    static PROBE: extern "C" fn() = probe;
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
    // One prefix for every error the tool prints: clap's own "error:" gets the tool's name.
    let text = match text.strip_prefix("error:") {
        Some(rest) => format!("dossiercheck: error:{rest}"),
        None => text,
    };
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
