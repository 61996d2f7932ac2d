//! Ctrl-C (SIGINT): the progress bar is cleared, so the shell's prompt does not land in the middle
//! of it, temporary folders still in use are removed, and the process exits 130, as shells expect
//! of a program ended by SIGINT. Nothing else needs undoing: the tool never writes into a dossier.
//!
//! Whoever makes a temporary folder registers it here ([`remove_on_interrupt`]) rather than this
//! module calling back into its users: it sits at the bottom of the crate and knows none of them.
//!
//! `signal-hook` (rather than `ctrlc`): it needs only `libc`, already in the build, where `ctrlc`
//! brings `nix`; and its handler runs on an ordinary thread of ours, where clearing the progress bar
//! (which takes locks) is safe, unlike in a signal handler.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use indicatif::ProgressBar;

/// The progress bar on screen, if any.
static PROGRESS: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Temporary folders of reads still running, removed if the run is stopped.
static TEMPORARY_FOLDERS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The exit code of a run ended by Ctrl-C (128 + SIGINT).
pub const EXIT_INTERRUPTED: i32 = 130;

/// Remembers the bar to clear on Ctrl-C.
pub fn show_progress(bar: &ProgressBar) {
    *PROGRESS.lock().unwrap_or_else(PoisonError::into_inner) = Some(bar.clone());
}

/// The bar is gone: nothing to clear.
pub fn progress_done() {
    *PROGRESS.lock().unwrap_or_else(PoisonError::into_inner) = None;
}

/// Has `folder` removed should the run be stopped before its owner removes it.
pub fn remove_on_interrupt(folder: &Path) {
    temporary_folders().push(folder.to_path_buf());
}

/// `folder` is gone (its owner removed it): nothing to remove on Ctrl-C.
pub fn removed(folder: &Path) {
    temporary_folders().retain(|p| p != folder);
}

/// The registry; a panic elsewhere never leaves it unusable (it only holds paths).
fn temporary_folders() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    TEMPORARY_FOLDERS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
}

/// Removes the temporary folders still registered.
fn remove_temporary_folders() {
    let folders = std::mem::take(&mut *temporary_folders());
    for folder in folders {
        let _ = std::fs::remove_dir_all(folder);
    }
}

/// Starts the thread that waits for Ctrl-C. Without it (a system without signals, or if the
/// thread cannot start) Ctrl-C still ends the run, only without clearing the bar.
pub fn install() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use signal_hook::consts::SIGINT;
        let mut signals = signal_hook::iterator::Signals::new([SIGINT])?;
        std::thread::Builder::new()
            .name("ctrl-c".into())
            .spawn(move || {
                if signals.forever().next().is_some() {
                    interrupted();
                }
            })?;
    }
    Ok(())
}

/// Clears the bar and ends the process.
fn interrupted() -> ! {
    remove_temporary_folders();
    let bar = PROGRESS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    if let Some(bar) = bar.filter(|bar| !bar.is_hidden()) {
        bar.finish_and_clear();
        // indicatif leaves the cursor at the right edge of the bar's line, so the terminal's echo
        // of "^C" wrapped onto a new line, and indicatif cleared only that one: the bar is a line up.
        if echoes_ctrl_c() {
            let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\x1b[1A\r\x1b[2K");
        }
    }
    std::process::exit(EXIT_INTERRUPTED)
}

/// Whether the terminal on stderr echoes Ctrl-C as "^C" (the default; `stty -echoctl` turns it off).
#[cfg(unix)]
fn echoes_ctrl_c() -> bool {
    use rustix::termios::LocalModes;
    rustix::termios::tcgetattr(std::io::stderr()).is_ok_and(|t| {
        t.local_modes
            .contains(LocalModes::ECHO | LocalModes::ECHOCTL)
    })
}

#[cfg(not(unix))]
fn echoes_ctrl_c() -> bool {
    false
}
