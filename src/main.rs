//! The `dossiercheck` binary: parses arguments, runs, and maps the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
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
