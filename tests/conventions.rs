//! The conventions of well-loved command-line tools: `--color` with `NO_COLOR`, `CLICOLOR_FORCE`
//! and `TERM=dumb`; the clinic's defaults from `DOSSIERCHECK_CHECKLIST` and a config file; `-o FILE`
//! and `--output-dir DIR` (never inside the inbox or a dossier, written whole); "did you mean" for
//! checklist names; one error prefix; completions offering the bundled checklists; a man page per
//! sub-command; several dossiers in detail; an empty inbox; loose files in an inbox; a missing
//! folder as a JSON error entry.

mod common;

use std::path::Path;

use common::run::{dossiercheck, Run, AS_OF};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)], remove: &[&str]) -> Run {
    let mut cmd = dossiercheck();
    cmd.current_dir(dir).args(args);
    for name in remove {
        cmd.env_remove(name);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run dossiercheck");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

fn run(args: &[&str], env: &[(&str, &str)], remove: &[&str]) -> Run {
    run_in(ROOT.as_ref(), args, env, remove)
}

const TABLE: &[&str] = &["check", "--each", "examples/dossiers", "--as-of", AS_OF];

#[test]
fn colour_follows_the_flag_and_the_environment() {
    let esc = |r: &Run| r.stdout.contains('\u{1b}');
    // In a pipe `auto` means no colour; CLICOLOR_FORCE forces it, NO_COLOR wins over that.
    assert!(!esc(&run(TABLE, &[], &["NO_COLOR"])));
    assert!(esc(&run(TABLE, &[("CLICOLOR_FORCE", "1")], &["NO_COLOR"])));
    assert!(!esc(&run(TABLE, &[("CLICOLOR_FORCE", "0")], &["NO_COLOR"])));
    assert!(!esc(&run(
        TABLE,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        &[]
    )));
    // The flag decides over the environment.
    let mut always = TABLE.to_vec();
    always.extend(["--color", "always"]);
    let coloured = run(&always, &[("NO_COLOR", "1"), ("TERM", "dumb")], &[]);
    assert!(esc(&coloured));
    // The batch table colours its marks like the report does.
    assert!(
        coloured.stdout.contains("\u{1b}[32m✓\u{1b}[0m complete"),
        "{}",
        coloured.stdout
    );
    assert!(coloured.stdout.contains("\u{1b}[31m✗\u{1b}[0m incomplete"));
    let mut never = TABLE.to_vec();
    never.extend(["--color", "never"]);
    assert!(!esc(&run(
        &never,
        &[("CLICOLOR_FORCE", "1")],
        &["NO_COLOR"]
    )));
    // The single report too.
    let single = run(
        &[
            "check",
            "examples/dossiers/incomplete",
            "--as-of",
            AS_OF,
            "--color",
            "always",
        ],
        &[],
        &[],
    );
    assert!(single.stdout.contains("\u{1b}[31m✗\u{1b}[0m Beelden op cd"));
}

#[test]
fn the_clinic_sets_its_defaults_once() {
    let tmp = common::Dossier::new();
    let config = tmp.path().join("dossiercheck.toml");
    std::fs::write(&config, "lang = \"en\"\nchecklist = \"general-referral\"\n").expect("config");
    let config = config.to_str().expect("UTF-8");
    let args = [
        "check",
        "examples/dossiers/complete",
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ];
    let mut with_config = args.to_vec();
    with_config.extend(["--config", config]);
    let report = run(&with_config, &[], &[]).json();
    assert_eq!(report["checklist"]["language"], "en");
    assert_ne!(
        report["checklist"]["name"],
        "Second opinion hand and wrist surgery"
    );
    let general = report["checklist"]["name"].clone();
    // The same file found in the user's config folder.
    let xdg = tmp.path().join("xdg");
    std::fs::create_dir_all(xdg.join("dossiercheck")).expect("xdg");
    std::fs::copy(config, xdg.join("dossiercheck/dossiercheck.toml")).expect("copy");
    let found = run(
        &args,
        &[("XDG_CONFIG_HOME", xdg.to_str().expect("UTF-8"))],
        &[],
    )
    .json();
    assert_eq!(found["checklist"]["name"], general);
    // The environment wins over the file, the command line over both.
    let env = run(
        &with_config,
        &[("DOSSIERCHECK_CHECKLIST", "oncology-second-opinion")],
        &[],
    )
    .json();
    assert_ne!(env["checklist"]["name"], general);
    let mut explicit = with_config.clone();
    explicit.extend(["--checklist", "second-opinion", "--lang", "nl"]);
    let cli = run(
        &explicit,
        &[("DOSSIERCHECK_CHECKLIST", "oncology-second-opinion")],
        &[],
    )
    .json();
    assert_eq!(
        cli["checklist"]["name"],
        "Second opinion hand- en polschirurgie"
    );
    // A mistyped key is a configuration error with its line.
    std::fs::write(
        tmp.path().join("bad.toml"),
        "lang = \"en\"\nchecklst = \"x\"\n",
    )
    .expect("bad");
    let bad = tmp.path().join("bad.toml");
    let mut bad_args = args.to_vec();
    bad_args.extend(["--config", bad.to_str().expect("UTF-8")]);
    let bad = run(&bad_args, &[], &[]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.starts_with("dossiercheck: error: "),
        "{}",
        bad.stderr
    );
    assert!(bad.stderr.contains("bad.toml:2:1"), "{}", bad.stderr);
}

#[test]
fn reports_go_to_files_whole_and_never_into_the_inbox() {
    let tmp = common::Dossier::new();
    let inbox = tmp.path().join("inbox");
    for name in ["a", "b"] {
        std::fs::create_dir_all(inbox.join(name)).expect("dossier");
        common::desk::complete(&inbox.join(name));
    }
    let out = tmp.path().join("report.json");
    let o = run_in(
        tmp.path(),
        &[
            "check",
            "inbox/a",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "-o",
            "report.json",
        ],
        &[],
        &[],
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("report")).expect("JSON");
    assert_eq!(written["status"], "complete");
    // No temporary file is left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());

    let each = run_in(
        tmp.path(),
        &[
            "check",
            "--each",
            "inbox",
            "--as-of",
            AS_OF,
            "--format",
            "letter",
            "--output-dir",
            "letters",
        ],
        &[],
        &[],
    );
    assert_eq!(each.code, 0, "{}", each.stderr);
    assert!(each.stdout.contains("2 dossiers"), "{}", each.stdout);
    for name in ["a.txt", "b.txt"] {
        let letter = std::fs::read_to_string(tmp.path().join("letters").join(name)).expect(name);
        assert!(letter.contains("compleet"), "{letter}");
    }
    for (dir, args) in [
        ("inbox/reports", vec!["--each", "inbox"]),
        ("inbox/a/reports", vec!["inbox/a"]),
    ] {
        let mut full = vec!["check"];
        full.extend(args);
        full.extend(["--as-of", AS_OF, "--output-dir", dir]);
        let refused = run_in(tmp.path(), &full, &[], &[]);
        assert_eq!(refused.code, 2, "{dir}");
        assert!(
            refused.stderr.starts_with("dossiercheck: error: "),
            "{}",
            refused.stderr
        );
        assert!(!tmp.path().join(dir).exists(), "{dir} was created");
    }
    let refused = run_in(
        tmp.path(),
        &["check", "inbox/a", "-o", "inbox/a/r.txt"],
        &[],
        &[],
    );
    assert_eq!(refused.code, 2);
    assert!(!tmp.path().join("inbox/a/r.txt").exists());
}

#[test]
fn mistakes_get_one_prefix_and_a_suggestion() {
    let typo = run(
        &[
            "check",
            "examples/dossiers/complete",
            "--checklist",
            "second-opinon",
        ],
        &[],
        &[],
    );
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains("did you mean `second-opinion`?"),
        "{}",
        typo.stderr
    );
    let show = run(&["checklist", "show", "general-referal"], &[], &[]);
    assert!(
        show.stderr.contains("did you mean `general-referral`?"),
        "{}",
        show.stderr
    );
    let usage = run(&["check", "--bogus"], &[], &[]);
    assert_eq!(usage.code, 2);
    for r in [&typo, &show, &usage] {
        for line in r.stderr.lines().filter(|l| l.contains("error")) {
            assert!(line.starts_with("dossiercheck: error: "), "{line}");
        }
    }
}

#[test]
fn completions_and_man_pages() {
    let bash = run(&["completions", "bash"], &[], &[]);
    assert!(bash
        .stdout
        .contains("second-opinion oncology-second-opinion general-referral"));
    for page in [None, Some("check"), Some("inventory"), Some("checklist")] {
        let mut args = vec!["man"];
        args.extend(page);
        let man = run(&args, &[], &[]);
        assert_eq!(man.code, 0, "{}", man.stderr);
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            "DOSSIERCHECK_CHECKLIST",
            ".SH EXAMPLES",
        ] {
            assert!(man.stdout.contains(section), "{page:?}: {section}");
        }
    }
    let check = run(&["man", "check"], &[], &[]);
    assert!(
        check.stdout.contains("dossiercheck\\-check"),
        "{}",
        &check.stdout[..200]
    );
    assert!(check.stdout.contains("output\\-dir"));
    let tmp = common::Dossier::new();
    let dir = tmp.path().join("man1");
    let all = run(&["man", "--dir", dir.to_str().expect("UTF-8")], &[], &[]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    for name in [
        "dossiercheck.1",
        "dossiercheck-check.1",
        "dossiercheck-inventory.1",
        "dossiercheck-checklist.1",
    ] {
        assert!(dir.join(name).is_file(), "{name}");
    }
    assert_eq!(run(&["man", "nope"], &[], &[]).code, 2);
}

#[test]
fn several_dossiers_each_in_detail() {
    let both = [
        "check",
        "examples/dossiers/complete",
        "examples/dossiers/incomplete",
        "--as-of",
        AS_OF,
    ];
    let detail = run(&both, &[], &[]);
    assert_eq!(detail.code, 1);
    assert!(detail
        .stdout
        .contains("Dossier: examples/dossiers/complete"));
    assert!(detail
        .stdout
        .contains("Dossier: examples/dossiers/incomplete"));
    assert!(detail.stdout.contains("2 dossiers: 1 compleet"));
    let mut summary = both.to_vec();
    summary.push("--summary");
    let table = run(&summary, &[], &[]);
    assert!(!table.stdout.contains("Dossier:"), "{}", table.stdout);
    let mut explain = TABLE.to_vec();
    explain.push("--explain");
    let explained = run(&explain, &[], &[]);
    assert!(explained.stdout.contains("Feiten:"), "{}", explained.stdout);
    let examples = std::fs::read_dir(format!("{ROOT}/examples/dossiers"))
        .expect("examples")
        .count();
    assert_eq!(explained.stdout.matches("Dossier: ").count(), examples);
    // Two dossiers with the same folder name are told apart by their parent folder.
    let tmp = common::Dossier::new();
    for parent in ["x", "y"] {
        let d = tmp.path().join(parent).join("intake");
        std::fs::create_dir_all(&d).expect("dossier");
        common::desk::complete(&d);
    }
    let same = run_in(
        tmp.path(),
        &[
            "check",
            "x/intake",
            "y/intake",
            "--as-of",
            AS_OF,
            "--summary",
        ],
        &[],
        &[],
    );
    assert!(same.stdout.contains("✓ x/intake"), "{}", same.stdout);
    assert!(same.stdout.contains("✓ y/intake"), "{}", same.stdout);
    let letters = run_in(
        tmp.path(),
        &[
            "check", "x/intake", "y/intake", "--as-of", AS_OF, "--format", "letter",
        ],
        &[],
        &[],
    );
    assert!(
        letters.stdout.contains("== x/intake =="),
        "{}",
        letters.stdout
    );
    assert!(
        letters.stdout.contains("== y/intake =="),
        "{}",
        letters.stdout
    );
}

#[test]
fn an_inbox_that_holds_nothing_or_loose_files() {
    let tmp = common::Dossier::new();
    std::fs::create_dir_all(tmp.path().join("inbox")).expect("inbox");
    let empty = run_in(tmp.path(), &["check", "--each", "inbox"], &[], &[]);
    assert_eq!(empty.code, 2);
    assert!(
        empty.stderr.contains("no dossier folders"),
        "{}",
        empty.stderr
    );
    std::fs::write(tmp.path().join("inbox/verwijzing.pdf"), b"%PDF").expect("loose");
    common::desk::complete(&tmp.path().join("inbox/a"));
    let loose = run_in(
        tmp.path(),
        &["check", "--each", "inbox", "--as-of", AS_OF],
        &[],
        &[],
    );
    assert_eq!(loose.code, 0, "{}", loose.stderr);
    assert!(
        loose
            .stderr
            .contains("dossiercheck: warning: inbox/verwijzing.pdf: a file in the inbox itself"),
        "{}",
        loose.stderr
    );
    assert!(
        loose.stdout.contains(
            "Los in de inbox, niet in een dossiermap (niet gecontroleerd): verwijzing.pdf"
        ),
        "{}",
        loose.stdout
    );
}

#[test]
fn a_missing_folder_is_a_json_error_entry() {
    for format in ["json", "ndjson"] {
        let missing = run(
            &["check", "/nonexistent/dossier", "--format", format],
            &[],
            &[],
        );
        assert_eq!(missing.code, 2);
        let entry = missing.json();
        assert_eq!(entry["status"], "error");
        assert_eq!(entry["dossier"], "/nonexistent/dossier");
        assert!(missing.stderr.starts_with("dossiercheck: error: "));
    }
}
