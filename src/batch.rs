//! Checking several dossiers in one run (`check DIR DIR ...`, `check --each INBOX`): in parallel,
//! with a progress bar on a terminal, results in input order and handed out as soon as they and all
//! before them are done (NDJSON streams). A dossier that cannot be checked is reported as an error
//! and the others go on.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::check::{check_walked, CheckError, CheckOptions};
use crate::report::outcome::Outcome;
use crate::rules::Rules;
use crate::walk::{walk, Walk, WalkError};

/// What an inbox holds: its dossier folders and the files lying loose beside them.
#[derive(Debug, Default)]
pub struct Inbox {
    /// The immediate subfolders, hidden ones skipped, sorted by name.
    pub dossiers: Vec<PathBuf>,
    /// Files (not hidden) in the inbox itself, sorted: no dossier holds them.
    pub loose_files: Vec<PathBuf>,
}

/// The dossiers of an inbox: its immediate subfolders, hidden ones skipped, sorted by name; and
/// the files lying loose in it.
pub fn inbox_dossiers(root: &Path) -> Result<Inbox, WalkError> {
    let entries = std::fs::read_dir(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => WalkError::NotFound(root.to_path_buf()),
        std::io::ErrorKind::NotADirectory => WalkError::NotAFolder(root.to_path_buf()),
        _ => WalkError::Unreadable(root.to_path_buf(), e),
    })?;
    let mut inbox = Inbox::default();
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match e.file_type() {
            Ok(t) if t.is_dir() => inbox.dossiers.push(e.path()),
            Ok(t) if t.is_file() => inbox.loose_files.push(e.path()),
            _ => {}
        }
    }
    inbox.dossiers.sort();
    inbox.loose_files.sort();
    Ok(inbox)
}

/// Checks every dossier, in parallel, returning outcomes in the order given.
pub fn check_all(
    pool: &rayon::ThreadPool,
    dirs: &[PathBuf],
    rules: &Rules,
    options: &CheckOptions,
    show_progress: bool,
) -> Vec<Outcome> {
    let mut outcomes = Vec::with_capacity(dirs.len());
    let pushed: Result<(), std::convert::Infallible> =
        check_each(pool, dirs, rules, options, show_progress, |o| {
            outcomes.push(o);
            Ok(())
        });
    match pushed {
        Ok(()) => outcomes,
        Err(never) => match never {},
    }
}

/// Checks every dossier on `pool` and hands each outcome to `emit` in input order, as soon as it
/// and all earlier ones are done, so a consumer (NDJSON on a pipe) sees the first report while the
/// rest are still being checked. At most [`window`] dossiers are in progress or waiting ahead of
/// the next one to hand out, so memory does not grow with the inbox. When `emit` fails (the pipe is
/// closed) no further dossier is started, and the error is returned once those in progress end.
pub fn check_each<E>(
    pool: &rayon::ThreadPool,
    dirs: &[PathBuf],
    rules: &Rules,
    options: &CheckOptions,
    show_progress: bool,
    mut emit: impl FnMut(Outcome) -> Result<(), E>,
) -> Result<(), E> {
    let jobs = Jobs::new(pool, dirs, show_progress);
    let queue = Queue::new(dirs.len(), window(pool));
    // Each thread checks one dossier at a time: the dossiers checked at once share the text
    // budget, so memory does not grow with --jobs (every dossier gets the same share, whichever
    // thread takes it, so its report does not depend on timing).
    let at_once = pool.current_num_threads().clamp(1, dirs.len().max(1));
    let mut options = options.clone();
    options.read.text_budget /= at_once;
    let options = &options;
    let result = std::thread::scope(|scope| {
        // The workers run inside the pool itself, so a dossier's own parallel reads stay in the
        // pool without a hop from another thread for every dossier (a wake-up each, which cost
        // a fifth of the run on an inbox of small dossiers).
        scope.spawn(|| {
            pool.scope(|s| {
                for _ in 0..pool.current_num_threads().max(1) {
                    s.spawn(|_| {
                        while let Some(i) = queue.claim() {
                            queue.finish(i, jobs.run(i, rules, options));
                        }
                    });
                }
            })
        });
        for i in 0..dirs.len() {
            let outcome = queue.take(i);
            if let Err(e) = emit(outcome) {
                queue.stop();
                return Err(e);
            }
        }
        Ok(())
    });
    jobs.progress.finish_and_clear();
    crate::interrupt::progress_done();
    result
}

/// How many dossiers may be ahead of the next one handed out: enough to keep every thread busy
/// while one slow dossier holds up the order.
fn window(pool: &rayon::ThreadPool) -> usize {
    pool.current_num_threads().max(1) * 4
}

/// The dossiers to check, each walked once, and the progress bar.
struct Jobs<'a> {
    dirs: &'a [PathBuf],
    /// Walks done up front (only to size the progress bar), each taken by its dossier's job.
    walked: Vec<Mutex<Option<Result<Walk, WalkError>>>>,
    progress: ProgressBar,
    done: AtomicUsize,
}

impl<'a> Jobs<'a> {
    fn new(pool: &rayon::ThreadPool, dirs: &'a [PathBuf], show_progress: bool) -> Jobs<'a> {
        // Without a progress bar nothing needs the file count first: each dossier is walked when
        // its turn comes, and the first report is not held up by walking the whole inbox.
        let walked: Vec<_> = if show_progress {
            pool.install(|| dirs.par_iter().map(|d| Mutex::new(Some(walk(d)))).collect())
        } else {
            dirs.iter().map(|_| Mutex::new(None)).collect()
        };
        let total_files: usize = walked
            .iter()
            .filter_map(|w| {
                w.lock()
                    .ok()?
                    .as_ref()?
                    .as_ref()
                    .ok()
                    .map(|w| w.files.len())
            })
            .sum();
        let progress = progress_bar(show_progress && total_files > 20, dirs.len(), total_files);
        crate::interrupt::show_progress(&progress);
        Jobs {
            dirs,
            walked,
            progress,
            done: AtomicUsize::new(0),
        }
    }

    /// Checks dossier `i`; a panic anywhere (even outside the check's own guard) is that dossier's
    /// error, so the ordered output never waits for an outcome that will not come.
    fn run(&self, i: usize, rules: &Rules, options: &CheckOptions) -> Outcome {
        let dir = &self.dirs[i];
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // A bug on demand, for the test that one dossier's panic costs only that dossier.
            #[cfg(test)]
            if dir.ends_with(tests::PANICS) {
                panic!("a bug met in this dossier");
            }
            let walked = self.walked[i]
                .lock()
                .ok()
                .and_then(|mut w| w.take())
                .unwrap_or_else(|| walk(dir));
            match walked {
                Ok(w) => {
                    let files = w.files.len() as u64;
                    let result = check_walked(dir, w, rules, options);
                    self.progress.inc(files);
                    result
                }
                Err(e) => Err(CheckError::Walk(e)),
            }
        }))
        .unwrap_or_else(|panic| Err(CheckError::Internal(crate::read::panic_message(&*panic))));
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        self.progress
            .set_message(format!("{done}/{} dossiers", self.dirs.len()));
        match outcome {
            Ok(report) => Outcome::Checked(Box::new(report)),
            Err(error) => Outcome::Failed {
                dossier: dir.clone(),
                error: error.to_string(),
            },
        }
    }
}

/// Hands out dossier indices in order to the worker threads and gives their outcomes back in
/// order, never letting the claimed indices run more than `window` ahead of the next one taken.
struct Queue {
    state: Mutex<QueueState>,
    changed: Condvar,
    total: usize,
    window: usize,
}

struct QueueState {
    next_claim: usize,
    next_take: usize,
    done: BTreeMap<usize, Outcome>,
    stopped: bool,
}

impl Queue {
    fn new(total: usize, window: usize) -> Queue {
        Queue {
            state: Mutex::new(QueueState {
                next_claim: 0,
                next_take: 0,
                done: BTreeMap::new(),
                stopped: false,
            }),
            changed: Condvar::new(),
            total,
            window: window.max(1),
        }
    }

    fn lock(&self) -> MutexGuard<'_, QueueState> {
        // A worker never panics while holding the lock; a poisoned lock still holds sound state.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, QueueState>) -> MutexGuard<'a, QueueState> {
        self.changed
            .wait(guard)
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The next dossier to check, once it is within the window; `None` when all are claimed or
    /// the run stopped.
    fn claim(&self) -> Option<usize> {
        let mut state = self.lock();
        loop {
            if state.stopped || state.next_claim >= self.total {
                return None;
            }
            if state.next_claim < state.next_take + self.window {
                state.next_claim += 1;
                return Some(state.next_claim - 1);
            }
            state = self.wait(state);
        }
    }

    fn finish(&self, i: usize, outcome: Outcome) {
        self.lock().done.insert(i, outcome);
        self.changed.notify_all();
    }

    /// Waits for the outcome of dossier `i` (the next in order) and moves the window on.
    fn take(&self, i: usize) -> Outcome {
        let mut state = self.lock();
        loop {
            if let Some(outcome) = state.done.remove(&i) {
                state.next_take = i + 1;
                drop(state);
                self.changed.notify_all();
                return outcome;
            }
            state = self.wait(state);
        }
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }
}

fn progress_bar(show: bool, dossiers: usize, files: usize) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    // indicatif draws only when stderr is a terminal, so pipelines see nothing.
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:20} {pos}/{len} files, {msg}, {rate}, {eta} left")
            .map(|style| {
                // Whole files per second: indicatif's own {per_sec} prints four decimals.
                style.with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}/s", state.per_sec());
                    },
                )
            })
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(format!("0/{dossiers} dossiers"));
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dossier folder name whose check panics.
    pub(super) const PANICS: &str = "b-panics";

    #[test]
    fn a_dossier_that_panics_is_an_error_and_the_others_go_on() {
        let inbox = tempfile::tempdir().expect("inbox");
        let dirs: Vec<PathBuf> = ["a-goed", PANICS, "c-goed"]
            .iter()
            .map(|name| {
                let dir = inbox.path().join(name);
                std::fs::create_dir(&dir).expect("dossier");
                std::fs::write(dir.join("brief.txt"), "Geachte collega,\n").expect("letter");
                dir
            })
            .collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .expect("pool");
        let rules = crate::checklist::Checklist::builtin()
            .expect("built-in checklist")
            .compile();
        let options = CheckOptions {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
            cli_facts: Default::default(),
            lang: None,
            read: Default::default(),
        };
        let outcomes = check_all(&pool, &dirs, &rules, &options, false);
        assert_eq!(outcomes.len(), 3);
        assert!(matches!(outcomes[0], Outcome::Checked(_)));
        match &outcomes[1] {
            Outcome::Failed { error, .. } => {
                assert!(error.contains("the tool failed on this dossier"), "{error}");
                assert!(error.contains("a bug met in this dossier"), "{error}");
            }
            other => panic!("expected an internal error, got {other:?}"),
        }
        assert!(matches!(outcomes[2], Outcome::Checked(_)));
    }
}
