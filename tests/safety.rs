//! An unattended run on folders from outside: it never reads outside the dossier, never opens a FIFO
//! or device, never lets a name forge its output, and behaves in a pipeline (closed pipes, signals,
//! streaming).

mod common;

use common::run::{check_json, problem_codes, run_check, status};

/// Text only a file outside the dossier holds: it must never reach a report.
const MARKER: &str = "BUITENKANT-7f3a9c";

/// A letter that is read and quoted (its title and date lines are evidence), with `extra` in it.
fn letter(extra: &str) -> String {
    format!(
        "Verwijsbrief {extra}\nDatum: 01-11-2026 {extra}\nGeachte collega,\nGraag verwijs ik patiënte naar u voor een second opinion. {extra}\nMet vriendelijke groet,\nDr. A. Huisarts\n"
    )
}

#[cfg(target_os = "linux")]
mod outside {
    use super::*;
    use std::path::Path;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    use dossiercheck::check::{check_dossier, CheckOptions};
    use dossiercheck::checklist::Checklist;
    use rustix::fs::{renameat_with, RenameFlags, CWD};

    /// Swaps `a` and `b` atomically (both exist all the time, so the walk always finds one).
    fn exchange(a: &Path, b: &Path) {
        renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).expect("exchange two paths");
    }

    /// A dossier whose letter and whose sub-folder are swapped, in a loop, with links to a letter and
    /// a folder outside it holding the marker.
    struct Racing {
        _outside: tempfile::TempDir,
        dossier: tempfile::TempDir,
        stop: Arc<AtomicBool>,
        swapper: Option<std::thread::JoinHandle<u64>>,
    }

    impl Racing {
        fn start() -> Racing {
            let outside = tempfile::tempdir().expect("outside folder");
            std::fs::write(outside.path().join("brief.txt"), letter(MARKER)).expect("outside");
            std::fs::write(outside.path().join("verslag.txt"), letter(MARKER)).expect("outside");
            let dossier = tempfile::tempdir().expect("dossier");
            let d = dossier.path();
            std::fs::write(d.join("brief.txt"), letter("binnen")).expect("letter");
            std::fs::create_dir(d.join("map")).expect("sub-folder");
            std::fs::write(d.join("map/verslag.txt"), letter("binnen")).expect("letter");
            // Hidden names: the walk skips them, so only the swapped-in side is ever listed.
            std::os::unix::fs::symlink(outside.path().join("brief.txt"), d.join(".brief-link"))
                .expect("link");
            std::os::unix::fs::symlink(outside.path(), d.join(".map-link")).expect("link");
            let stop = Arc::new(AtomicBool::new(false));
            let (flag, root) = (Arc::clone(&stop), d.to_path_buf());
            let swapper = std::thread::spawn(move || {
                let mut swaps = 0u64;
                while !flag.load(Ordering::Relaxed) {
                    exchange(&root.join("brief.txt"), &root.join(".brief-link"));
                    exchange(&root.join("map"), &root.join(".map-link"));
                    swaps += 1;
                }
                swaps
            });
            Racing {
                _outside: outside,
                dossier,
                stop,
                swapper: Some(swapper),
            }
        }

        fn finish(mut self) -> u64 {
            self.stop.store(true, Ordering::Relaxed);
            self.swapper
                .take()
                .map(|s| s.join().expect("the swapping thread ends"))
                .unwrap_or(0)
        }
    }

    #[test]
    fn a_file_swapped_for_a_link_during_the_run_is_never_read() {
        let checklist = Checklist::builtin().expect("built-in checklist").compile();
        let options = CheckOptions {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"),
            cli_facts: Default::default(),
            lang: None,
            read: Default::default(),
        };
        // The marker is quoted when its letter is read: the check below can see a leak.
        let plain = tempfile::tempdir().expect("folder");
        std::fs::write(plain.path().join("brief.txt"), letter(MARKER)).expect("letter");
        let report = check_dossier(plain.path(), &checklist, &options).expect("checked");
        assert!(dossiercheck::report::json::render(&report).contains(MARKER));

        let racing = Racing::start();
        let started = Instant::now();
        let (mut runs, mut refused) = (0, 0);
        while started.elapsed() < Duration::from_secs(4) {
            let walked = dossiercheck::walk::walk(racing.dossier.path()).expect("walk");
            let reading = dossiercheck::read::read_dossier(&walked, &options.read);
            for doc in &reading.docs {
                let text = doc.text.as_deref().unwrap_or("");
                assert!(
                    !text.contains(MARKER),
                    "read outside the dossier: {}",
                    doc.path
                );
                refused += doc
                    .problems
                    .iter()
                    .filter(|p| p.code == "changed-during-check")
                    .count();
            }
            let report = check_dossier(racing.dossier.path(), &checklist, &options);
            let report = report.expect("checked");
            let json = dossiercheck::report::json::render(&report);
            assert!(!json.contains(MARKER), "outside text in the report: {json}");
            runs += 1;
        }
        let swaps = racing.finish();
        assert!(runs > 10 && swaps > 100, "{runs} runs, {swaps} swaps");
        eprintln!("{runs} runs, {swaps} swaps, {refused} files refused as swapped mid-read");
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_is_never_opened_and_needs_a_look() {
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", letter("binnen"));
    let fifo = dossier.path().join("verwijzing.pdf");
    rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, rustix::fs::Mode::RUSR).expect("a FIFO");
    // A run that opened the FIFO for reading would wait for a writer forever (the run's timeout).
    let (report, code) = check_json(dossier.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        problem_codes(&report, "verwijzing.pdf"),
        ["not-a-regular-file"]
    );
    assert_eq!(status(&report, "history"), "needs-review", "{report:#}");
    let text = run_check(dossier.path(), &[]);
    assert!(text.stdout.contains("verwijzing.pdf"), "{}", text.stdout);
}

#[cfg(unix)]
#[test]
fn a_file_swapped_for_a_fifo_after_the_walk_is_never_opened() {
    // Listed as regular files, each replaced by a FIFO before it is read: opened for reading, a
    // FIFO waits for a writer forever (3 of 16 runs hung when the swap raced the read).
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", letter("binnen"));
    let names = [
        "verwijzing.pdf",
        "verslag.docx",
        "notitie.txt",
        "foto.jpg",
        "CD/DICOMDIR",
    ];
    for name in names {
        dossier.write(name, b"x");
    }
    let walked = dossiercheck::walk::walk(dossier.path()).expect("walk");
    for name in names {
        let path = dossier.path().join(name);
        std::fs::remove_file(&path).expect("remove");
        rustix::fs::mkfifoat(rustix::fs::CWD, &path, rustix::fs::Mode::RUSR).expect("a FIFO");
    }
    let (done, reading) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let read = dossiercheck::read::read_dossier(&walked, &Default::default());
        let _ = done.send(read);
    });
    let reading = reading
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("the read ends: no FIFO was opened for reading");
    for name in names {
        let problems: Vec<&str> = reading
            .docs
            .iter()
            .filter(|d| d.path == name)
            .flat_map(|d| d.problems.iter().map(|p| p.code.as_str()))
            .collect();
        assert!(
            problems.contains(&"changed-during-check") || problems.contains(&"not-a-regular-file"),
            "{name}: {problems:?}"
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_device_file_is_never_opened_and_needs_a_look() {
    use rustix::fs::{makedev, mknodat, FileType, Mode, CWD};
    let dossier = common::Dossier::new();
    dossier.write("brief.txt", letter("binnen"));
    // /dev/zero under a letter's name: read, it never ends.
    let device = dossier.path().join("verslag.pdf");
    if let Err(e) = mknodat(
        CWD,
        &device,
        FileType::CharacterDevice,
        Mode::RUSR,
        makedev(1, 5),
    ) {
        eprintln!("note: cannot make a device file here ({e}); not tested");
        return;
    }
    let (report, code) = check_json(dossier.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        problem_codes(&report, "verslag.pdf"),
        ["not-a-regular-file"]
    );
    let detail = common::run::doc(&report, "verslag.pdf")["problems"][0]["detail"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(detail.contains("device"), "{detail}");
    assert_eq!(status(&report, "history"), "needs-review", "{report:#}");
}

/// A name that would clear the screen, forge a verdict line and reverse the rest of its line.
const FORGED: &str = "scan\u{1b}[2J\nResultaat: COMPLEET\u{202e}fdp.pdf";

/// Characters that must never reach a person raw: controls other than the line breaks the report
/// itself writes, and the bidi embeddings, overrides and isolates.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
        })
        .collect()
}

fn assert_safe(what: &str, text: &str) {
    assert!(
        raw_controls(text).is_empty(),
        "{what} holds raw {:?}:\n{text}",
        raw_controls(text)
    );
    assert!(
        !text
            .lines()
            .any(|l| l.trim_start().starts_with("Resultaat: COMPLEET")),
        "{what} has a forged verdict line:\n{text}"
    );
}

/// A dossier (in a folder whose own name holds controls) with a forged file name, a letter in a
/// forged folder quoting controls, and a CD whose patient name holds controls.
fn forged_dossier(inbox: &std::path::Path, name: &str) -> std::path::PathBuf {
    let dir = inbox.join(name);
    std::fs::create_dir_all(dir.join("map\r\u{1b}[1A")).expect("folders");
    std::fs::write(dir.join(FORGED), common::jpeg_bytes()).expect("forged file");
    std::fs::write(
        dir.join("map\r\u{1b}[1A/brief.txt"),
        letter("\u{202e}gnitseT \u{1b}[2J\u{9b}1m"),
    )
    .expect("letter");
    // The index is written clean (its writer refuses controls); the image's UTF-8 header is not.
    let mut spec = common::DicomSpec::example(1);
    let files = common::cd_files(std::slice::from_ref(&spec));
    spec.patient_name = "Test\u{1b}[2J^Anna\r\nResultaat: COMPLEET".to_string();
    spec.study_description = "MRI \u{2066}hand\u{2069} \u{1b}[5m".to_string();
    for (rel, bytes) in files {
        let path = dir.join("cd").join(&rel);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("CD folders");
        let bytes = if rel == "DICOMDIR" {
            bytes
        } else {
            common::dicom_file(&spec)
        };
        std::fs::write(path, bytes).expect("CD file");
    }
    dir
}

#[test]
fn names_and_quotes_from_outside_cannot_forge_the_output() {
    let inbox = tempfile::tempdir().expect("inbox");
    let dir = forged_dossier(inbox.path(), "dossier\u{1b}]0;titel\u{7}\u{202e}");
    for extra in [
        &[][..],
        &["--explain"],
        &["--format", "letter"],
        &["--format", "markdown"],
        &["--format", "html"],
        &["--lang", "en", "--explain"],
    ] {
        let run = run_check(&dir, extra);
        assert_eq!(run.code, 1, "{extra:?}: {}", run.stderr);
        assert_safe(&format!("{extra:?}"), &run.stdout);
        assert_safe(&format!("{extra:?} stderr"), &run.stderr);
        if extra.is_empty() {
            assert!(
                run.stdout.contains("Resultaat: ZELF BEKIJKEN"),
                "{}",
                run.stdout
            );
            assert!(run
                .stdout
                .contains("scan\\u{1b}[2J\\u{a}Resultaat: COMPLEET\\u{202e}fdp.pdf"));
            // The patient and study on the CD, escaped in the images summary.
            assert!(run.stdout.contains("Test\\u{1b}[2J"), "{}", run.stdout);
            assert!(
                run.stdout.contains("\\u{2066}hand\\u{2069}"),
                "{}",
                run.stdout
            );
        }
    }
    let dir_arg = dir.to_str().expect("UTF-8");
    let inventory = common::run::run_raw(&["inventory", dir_arg]);
    assert_safe("inventory", &inventory.stdout);

    // JSON keeps every name exact: a script must find the file by it.
    let (report, code) = check_json(&dir, &[]);
    assert_eq!(code, 1);
    assert_eq!(problem_codes(&report, FORGED), ["image-only"]);
    assert_eq!(report["dossier"], dir_arg);
}

#[test]
fn a_batch_and_its_errors_are_escaped_too() {
    let inbox = tempfile::tempdir().expect("inbox");
    forged_dossier(inbox.path(), "a\u{1b}[2J");
    forged_dossier(inbox.path(), "b\u{202e}");
    let bad = inbox.path().join("c\u{1b}[2J");
    std::fs::create_dir_all(&bad).expect("folder");
    std::fs::write(bad.join("dossier.toml"), "[facts]\nonbekend\u{1b} = true\n").expect("toml");
    let root = inbox.path().to_str().expect("UTF-8");
    for format in ["text", "letter", "markdown", "html"] {
        let run = common::run::run_raw(&["check", "--each", root, "--format", format]);
        assert_eq!(
            run.code, 2,
            "one dossier could not be checked: {}",
            run.stderr
        );
        assert_safe(format, &run.stdout);
        assert_safe(&format!("{format} stderr"), &run.stderr);
    }
    // Command-line values quoted in errors: an unknown fact, an unknown option.
    let fact = common::run::run_raw(&["check", root, "--fact", "x\u{1b}[2J\n=true"]);
    assert_eq!(fact.code, 2);
    assert_safe("--fact error", &fact.stderr);
    assert!(fact.stderr.contains("x\\u{1b}[2J"), "{}", fact.stderr);
    let usage = common::run::run_raw(&["check", "--bogus\r\u{202e}x", root]);
    assert_eq!(usage.code, 2);
    assert_safe("usage error", &usage.stderr);
    assert!(
        usage.stderr.contains("--bogus\\u{d}\\u{202e}x"),
        "{}",
        usage.stderr
    );
}

mod pipes {
    use std::io::{BufRead, BufReader, Read};
    use std::path::Path;
    use std::process::{Child, Command, Stdio};
    use std::time::{Duration, Instant};

    use super::letter;

    fn binary() -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossiercheck"));
        cmd.env_remove("RUST_BACKTRACE")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
        cmd
    }

    /// An inbox of `n` small dossiers, `d0000`, `d0001`, ...: each NDJSON line is about 3 KB, so a
    /// few dozen fill a pipe.
    fn inbox(n: usize) -> tempfile::TempDir {
        let inbox = tempfile::tempdir().expect("inbox");
        for i in 0..n {
            let dir = inbox.path().join(format!("d{i:04}"));
            std::fs::create_dir(&dir).expect("dossier");
            std::fs::write(dir.join("brief.txt"), letter("")).expect("letter");
        }
        inbox
    }

    fn ndjson(inbox: &Path) -> Command {
        let mut cmd = binary();
        cmd.args([
            "check",
            "--quiet",
            "--format",
            "ndjson",
            "--as-of",
            "2026-11-23",
        ])
        .arg("--each")
        .arg(inbox);
        cmd
    }

    /// Waits at most 30 s for the child to end; its exit code (-1 when killed by a signal).
    fn wait(child: &mut Child) -> i32 {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().expect("wait for the child") {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("the run did not end within 30 s");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn stderr_of(child: &mut Child) -> String {
        let mut text = String::new();
        if let Some(mut err) = child.stderr.take() {
            let _ = err.read_to_string(&mut text);
        }
        text
    }

    #[test]
    fn a_closed_pipe_ends_the_run_quietly_with_exit_0() {
        let inbox = inbox(200);
        let mut child = ndjson(inbox.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        out.read_line(&mut first).expect("one line");
        assert!(first.contains("\"dossier\""), "{first}");
        // Like `| head -1`: the reader goes away while 600 KB are still to come.
        drop(out);
        let code = wait(&mut child);
        assert_eq!(code, 0, "stderr: {}", stderr_of(&mut child));
        assert_eq!(stderr_of(&mut child), "");
    }

    #[test]
    fn a_closed_stdout_is_an_error_not_a_lost_report() {
        let inbox = inbox(1);
        let run = Command::new("sh")
            .arg("-c")
            .arg("exec \"$0\" check --each \"$1\" >&-")
            .arg(env!("CARGO_BIN_EXE_dossiercheck"))
            .arg(inbox.path())
            .output()
            .expect("run through sh");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("standard output is closed"), "{stderr}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_failing_stdout_is_a_clear_error_and_a_failing_stderr_no_panic() {
        let inbox = inbox(3);
        let full = || {
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .expect("/dev/full")
        };
        let run = ndjson(inbox.path()).stdout(full()).output().expect("run");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains("cannot write the report") && stderr.contains("No space left"),
            "{stderr}"
        );
        // Both streams full and an error to report: still exit 2, not a panic (101).
        let run = binary()
            .args(["check", "/nonexistent/dossier"])
            .stdout(full())
            .stderr(full())
            .status()
            .expect("run");
        assert_eq!(run.code(), Some(2));
    }

    #[test]
    fn ndjson_streams_each_report_in_input_order() {
        // Enough dossiers that checking them takes far longer than starting up.
        let inbox = inbox(2000);
        let started = Instant::now();
        let mut child = ndjson(inbox.path())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start");
        let out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first_at = None;
        let mut names = Vec::new();
        for line in out.lines() {
            let line = line.expect("a line");
            first_at.get_or_insert_with(|| started.elapsed());
            let report: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
            let dossier = report["dossier"].as_str().expect("dossier").to_string();
            names.push(dossier.rsplit('/').next().unwrap_or_default().to_string());
        }
        let total = started.elapsed();
        assert_eq!(wait(&mut child), 1);
        let expected: Vec<String> = (0..2000).map(|i| format!("d{i:04}")).collect();
        assert_eq!(names, expected, "input order");
        // Written all at the end, the first line would come with the last.
        let first_at = first_at.expect("a first line");
        assert!(
            first_at * 2 < total,
            "first line after {first_at:?} of {total:?}: not streamed"
        );
    }

    #[cfg(unix)]
    /// Ctrl-C on a terminal: the progress bar must be gone, so the shell's prompt does not land
    /// in the middle of it. stderr is a pseudo-terminal here, as it is at the desk.
    #[cfg(target_os = "linux")]
    #[test]
    fn ctrl_c_clears_the_progress_bar_on_a_terminal() {
        use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("a pseudo-terminal");
        grantpt(&master).expect("grantpt");
        unlockpt(&master).expect("unlockpt");
        let name = ptsname(&master, Vec::new()).expect("its name");
        let terminal = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(name.to_str().expect("a path"))
            .expect("the terminal side");
        let inbox = inbox(400);
        // A person at a terminal: no --quiet, so the bar is drawn.
        let mut cmd = binary();
        cmd.args([
            "check",
            "--format",
            "ndjson",
            "--as-of",
            "2026-11-23",
            "--jobs",
            "1",
        ])
        .arg("--each")
        .arg(inbox.path())
        .env("TERM", "xterm")
        .stdout(Stdio::piped())
        .stderr(terminal);
        let mut child = cmd.spawn().expect("start");
        // The terminal side stays open only in the child, so reading ends when it does.
        drop(cmd);
        // What the terminal shows, read as it comes (a full terminal would stall the run).
        let screen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let reader = {
            let screen = screen.clone();
            let mut master = std::fs::File::from(master);
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                // Ends with an error (EIO) once the child's side is closed.
                while let Ok(n) = master.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    screen.lock().expect("screen").extend_from_slice(&buf[..n]);
                }
            })
        };
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        out.read_line(&mut first).expect("one line");
        // Wait until the bar is on the screen, then press Ctrl-C.
        let deadline = Instant::now() + Duration::from_secs(20);
        while !String::from_utf8_lossy(&screen.lock().expect("screen")).contains("/400") {
            assert!(Instant::now() < deadline, "no progress bar was drawn");
            std::thread::sleep(Duration::from_millis(20));
        }
        let kill = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(kill.success());
        assert_eq!(wait(&mut child), 130);
        drop(out);
        let _ = reader.join();
        let screen = String::from_utf8_lossy(&screen.lock().expect("screen")).into_owned();
        // After the last "clear this line", nothing of the bar is left.
        let last_clear = screen.rfind("\x1b[2K").expect("the bar's line is cleared");
        let after = &screen[last_clear + "\x1b[2K".len()..];
        assert!(
            !after.chars().any(|c| c.is_alphanumeric()),
            "the bar is left on the screen: {after:?}"
        );
    }

    #[test]
    fn ctrl_c_ends_the_run_with_130() {
        let inbox = inbox(200);
        let mut child = ndjson(inbox.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        out.read_line(&mut first).expect("one line");
        // Unread, the pipe fills: the run is still going when the signal comes.
        let kill = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(kill.success());
        assert_eq!(wait(&mut child), 130, "stderr: {}", stderr_of(&mut child));
        drop(out);
    }
}
