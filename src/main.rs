//! The `dossiercheck` binary: parses arguments, runs, and maps the outcome to an exit code.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

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
    let cli = dossiercheck::cli::Cli::parse();
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
            for line in format!("{err:#}").lines() {
                eprintln!("dossiercheck: error: {line}");
            }
            dossiercheck::ExitStatus::Error.into()
        }
    }
}
