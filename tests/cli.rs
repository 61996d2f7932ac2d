//! The command line as the intake desk and its scripts use it: exit codes for one dossier and for
//! batches, NDJSON and JSON arrays for scripts, parallel runs that print the same bytes as serial
//! ones, a quiet stderr, the checklist tools, completions and the man page, the HTML page, colour
//! and ASCII, and the request letter (a short confirmation when complete; it never asks for an item
//! that may sit in a file the tool could not read, it names that file instead).
//!
//! Dossiers are built in temporary folders with the synthetic fixtures (`tests/common/desk.rs`); the
//! binary runs with the temporary folder as its working directory. Every check is made
//! `--as-of 2026-11-23`.

mod common;

use std::path::Path;

use common::desk;
use common::letters;
use common::run::{dossiercheck, AS_OF};
use common::Dossier;
use serde_json::Value;

// ---------------------------------------------------------------------------------------------------
// Running the binary

/// What one run printed.
#[derive(Debug)]
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Out {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e})\n--- stdout\n{}\n--- stderr\n{}",
                self.stdout, self.stderr
            )
        })
    }

    fn expect(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Runs `dossiercheck ARGS...` in `cwd`.
fn run_in(cwd: &Path, args: &[&str]) -> Out {
    run_env(cwd, args, &[])
}

/// Runs `dossiercheck ARGS...` in `cwd` with extra environment variables (`None` removes one).
fn run_env(cwd: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Out {
    let mut cmd = dossiercheck();
    cmd.current_dir(cwd)
        .args(args)
        .timeout(std::time::Duration::from_secs(120));
    for (key, value) in env {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    let output = cmd.output().expect("run dossiercheck");
    Out {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// `check DIR... --as-of 2026-11-23 EXTRA...` in `cwd`.
fn check(cwd: &Path, dirs: &[&str], extra: &[&str]) -> Out {
    let mut args = vec!["check"];
    args.extend_from_slice(dirs);
    args.extend_from_slice(&["--as-of", AS_OF]);
    args.extend_from_slice(extra);
    run_in(cwd, &args)
}

/// Writes a dossier into the folder it is given.
type Build = fn(&Path);

/// A temporary folder holding dossiers, each built in a folder of the given name.
fn folder_with(dossiers: &[(&str, Build)]) -> Dossier {
    let tmp = Dossier::new();
    for (name, build) in dossiers {
        let dir = tmp.path().join(name);
        std::fs::create_dir_all(&dir).expect("create dossier folder");
        build(&dir);
    }
    tmp
}

/// A temporary folder with the mixed inbox of eight dossiers in `inbox/`.
fn inbox() -> Dossier {
    let tmp = Dossier::new();
    desk::mixed_inbox(&tmp.path().join("inbox"));
    tmp
}

/// Every key path of a JSON value in document order (`a.b`, `a[0].c`, ...), so two values can be
/// compared for the same keys in the same order.
fn key_paths(value: &Value) -> Vec<String> {
    fn walk(value: &Value, prefix: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    let path = format!("{prefix}.{k}");
                    out.push(path.clone());
                    walk(v, &path, out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{prefix}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

/// The top-level keys of a JSON object, in order.
fn top_keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .expect("a JSON object")
        .keys()
        .cloned()
        .collect()
}

/// The requirement `id` of a JSON report.
fn requirement<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["requirements"]
        .as_array()
        .expect("requirements is an array")
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no requirement `{id}` in {report:#}"))
}

// ---------------------------------------------------------------------------------------------------
// Exit codes

#[test]
fn a_complete_dossier_exits_0() {
    let tmp = folder_with(&[("compleet", desk::complete)]);
    for format in ["text", "json", "ndjson", "letter", "markdown", "html"] {
        let out = check(tmp.path(), &["compleet"], &["--format", format]);
        out.expect(0);
        assert!(!out.stdout.is_empty(), "{format}: a report on stdout");
        assert!(out.stderr.is_empty(), "{format}: {}", out.stderr);
    }
}

#[test]
fn an_incomplete_dossier_exits_1() {
    let tmp = folder_with(&[
        ("onvolledig", desk::incomplete),
        ("leeg", desk::empty),
        ("verouderd", desk::outdated),
    ]);
    for dir in ["onvolledig", "leeg", "verouderd"] {
        for format in ["text", "json", "ndjson", "letter", "markdown", "html"] {
            let out = check(tmp.path(), &[dir], &["--format", format]);
            out.expect(1);
            assert!(!out.stdout.is_empty(), "{dir} {format}: a report on stdout");
            assert!(out.stderr.is_empty(), "{dir} {format}: {}", out.stderr);
        }
    }
}

#[test]
fn usage_and_configuration_errors_exit_2_with_a_message_and_no_report() {
    let tmp = folder_with(&[("compleet", desk::complete), ("kapot", desk::complete)]);
    std::fs::write(
        tmp.path().join("kapot").join("dossier.toml"),
        "[facts\ntreated_abroad = ",
    )
    .expect("write dossier.toml");
    std::fs::write(tmp.path().join("los bestand.pdf"), b"%PDF-1.4").expect("write file");
    std::fs::write(tmp.path().join("lijst.toml"), "[checklist]\nname = 3\n").expect("write");
    let cases: &[&[&str]] = &[
        &["frobnicate"],
        &["check"],
        &["check", "compleet", "--as-of", AS_OF, "--bogus"],
        &["check", "compleet", "--as-of", "2026-02-31"],
        &["check", "compleet", "--as-of", "23-11-2026"],
        &["check", "compleet", "--as-of", AS_OF, "--format", "pdf"],
        &["check", "compleet", "--as-of", AS_OF, "--lang", "de"],
        &["check", "compleet", "--as-of", AS_OF, "--jobs", "0"],
        &[
            "check",
            "compleet",
            "--as-of",
            AS_OF,
            "--fact",
            "nonsense=true",
        ],
        &[
            "check",
            "compleet",
            "--as-of",
            AS_OF,
            "--fact",
            "treated_abroad=misschien",
        ],
        &[
            "check",
            "compleet",
            "--as-of",
            AS_OF,
            "--fact",
            "treated_abroad",
        ],
        &["check", "bestaat-niet", "--as-of", AS_OF],
        &["check", "los bestand.pdf", "--as-of", AS_OF],
        &["check", "kapot", "--as-of", AS_OF],
        &["check", "--each", "bestaat-niet", "--as-of", AS_OF],
        &[
            "check",
            "compleet",
            "--as-of",
            AS_OF,
            "--checklist",
            "lijst.toml",
        ],
        &["inventory", "bestaat-niet"],
        &["checklist", "show", "bestaat-niet"],
        &["checklist", "validate", "bestaat-niet.toml"],
        &["checklist", "explain", "bestaat-niet.pdf"],
        &["completions", "tcsh"],
    ];
    for args in cases {
        let out = run_in(tmp.path(), args);
        assert_eq!(
            out.code, 2,
            "{args:?}\n--- stdout\n{}\n--- stderr\n{}",
            out.stdout, out.stderr
        );
        assert!(
            out.stdout.is_empty(),
            "{args:?}: no report:\n{}",
            out.stdout
        );
        assert!(
            !out.stderr.trim().is_empty(),
            "{args:?}: says why on stderr"
        );
    }
}

#[test]
fn batch_exit_code_is_the_worst_outcome() {
    let tmp = folder_with(&[
        ("a-compleet", desk::complete),
        ("b-compleet", desk::complete_with_iso),
        ("c-onvolledig", desk::incomplete),
    ]);
    let cwd = tmp.path();
    for format in ["text", "json", "ndjson"] {
        let f = &["--format", format];
        check(cwd, &["a-compleet", "b-compleet"], f).expect(0);
        check(cwd, &["a-compleet", "c-onvolledig"], f).expect(1);
        check(cwd, &["c-onvolledig", "a-compleet"], f).expect(1);
        check(cwd, &["a-compleet", "bestaat-niet"], f).expect(2);
        check(cwd, &["c-onvolledig", "bestaat-niet", "a-compleet"], f).expect(2);
    }
}

#[test]
fn each_exit_code_is_the_worst_outcome() {
    let tmp = Dossier::new();
    for name in ["01", "02"] {
        let dir = tmp.path().join("alles-compleet").join(name);
        std::fs::create_dir_all(&dir).expect("create dossier");
        desk::complete(&dir);
    }
    check(tmp.path(), &[], &["--each", "alles-compleet"]).expect(0);
    desk::mixed_inbox(&tmp.path().join("inbox"));
    let out = check(tmp.path(), &[], &["--each", "inbox"]);
    out.expect(1);
    for name in desk::INBOX {
        assert!(out.stdout.contains(name), "{name} listed:\n{}", out.stdout);
    }
}

// ---------------------------------------------------------------------------------------------------
// JSON and NDJSON for scripts

#[test]
fn ndjson_is_one_report_per_line_in_input_order_shaped_like_single_json() {
    let tmp = inbox();
    let out = check(tmp.path(), &[], &["--each", "inbox", "--format", "ndjson"]);
    out.expect(1);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    assert!(out.stdout.ends_with('\n'), "every line ends with a newline");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), desk::INBOX.len(), "{}", out.stdout);
    for (line, name) in lines.iter().zip(desk::INBOX) {
        let dossier = format!("inbox/{name}");
        let line_value: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("line for {name} is not one JSON object ({e}): {line}"));
        assert!(line_value.is_object(), "{name}: an object per line");
        assert_eq!(line_value["dossier"], dossier.as_str(), "input order");

        let single = check(tmp.path(), &[&dossier], &["--format", "json"]);
        let single_value = single.json();
        assert_eq!(
            key_paths(&line_value),
            key_paths(&single_value),
            "{name}: the same keys in the same order as `check {dossier} --format json`"
        );
        assert_eq!(line_value, single_value, "{name}: the same report");
        assert_eq!(
            single.code,
            if line_value["complete"] == true { 0 } else { 1 },
            "{name}: exit code agrees with `complete`"
        );
    }
    // Guard against a JSON map that sorts its keys, which would make the order check vacuous.
    let first: Value = serde_json::from_str(lines[0]).expect("JSON");
    assert_eq!(
        top_keys(&first)[..6],
        [
            "schema_version",
            "tool",
            "dossier",
            "checklist",
            "as_of",
            "complete"
        ],
        "report keys in the documented order"
    );
}

#[test]
fn single_ndjson_is_the_single_json_on_one_line() {
    let tmp = folder_with(&[("onvolledig", desk::incomplete)]);
    let line = check(tmp.path(), &["onvolledig"], &["--format", "ndjson"]);
    line.expect(1);
    assert_eq!(line.stdout.lines().count(), 1, "{}", line.stdout);
    let pretty = check(tmp.path(), &["onvolledig"], &["--format", "json"]);
    assert_eq!(key_paths(&line.json()), key_paths(&pretty.json()));
    assert_eq!(line.json(), pretty.json());
}

#[test]
fn a_dossier_that_cannot_be_read_is_an_error_line_and_the_others_are_still_reported() {
    let tmp = folder_with(&[
        ("compleet", desk::complete),
        ("onvolledig", desk::incomplete),
    ]);
    let out = check(
        tmp.path(),
        &["compleet", "bestaat-niet", "onvolledig"],
        &["--format", "ndjson"],
    );
    out.expect(2);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    assert_eq!(lines[0]["dossier"], "compleet");
    assert_eq!(lines[0]["complete"], true);
    assert_eq!(lines[0]["status"], "complete");
    assert_eq!(lines[1]["dossier"], "bestaat-niet");
    assert_eq!(lines[1]["status"], "error");
    assert!(
        lines[1]["error"].as_str().is_some_and(|e| !e.is_empty()),
        "the error says why: {}",
        lines[1]
    );
    assert!(lines[1].get("requirements").is_none(), "{}", lines[1]);
    assert_eq!(lines[2]["dossier"], "onvolledig");
    assert_eq!(lines[2]["complete"], false);
    assert_eq!(lines[2]["status"], "incomplete");
    assert!(
        out.stderr.contains("bestaat-niet"),
        "the error is on stderr too:\n{}",
        out.stderr
    );

    // The same as a JSON array.
    let out = check(
        tmp.path(),
        &["compleet", "bestaat-niet", "onvolledig"],
        &["--format", "json"],
    );
    out.expect(2);
    let array = out.json();
    let items = array.as_array().expect("an array");
    assert_eq!(items.len(), 3);
    assert_eq!(items[1]["status"], "error");
    assert_eq!(items[0], lines[0]);
    assert_eq!(items[2], lines[2]);
}

#[test]
fn json_for_several_dossiers_is_an_array_in_input_order() {
    let tmp = folder_with(&[
        ("b-onvolledig", desk::incomplete),
        ("a-compleet", desk::complete),
    ]);
    let out = check(
        tmp.path(),
        &["b-onvolledig", "a-compleet"],
        &["--format", "json"],
    );
    out.expect(1);
    let array = out.json();
    let items = array.as_array().expect("an array for several dossiers");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["dossier"], "b-onvolledig");
    assert_eq!(items[1]["dossier"], "a-compleet");
    let single = check(tmp.path(), &["a-compleet"], &["--format", "json"]).json();
    assert!(single.is_object(), "one dossier gives one object");
    assert_eq!(key_paths(&items[1]), key_paths(&single));
    assert_eq!(items[1], single);

    // An inbox is a batch even when it holds one dossier: scripts always get an array.
    let tmp = Dossier::new();
    desk::complete(&tmp.path().join("inbox").join("enig"));
    let out = check(tmp.path(), &[], &["--each", "inbox", "--format", "json"]);
    out.expect(0);
    let array = out.json();
    assert_eq!(array.as_array().map(Vec::len), Some(1), "{array:#}");
}

// ---------------------------------------------------------------------------------------------------
// Parallel runs and stderr

#[test]
fn jobs_1_and_default_give_byte_identical_output() {
    let tmp = inbox();
    for format in ["text", "json", "ndjson", "letter", "markdown", "html"] {
        let base = ["--each", "inbox", "--format", format];
        let serial = check(tmp.path(), &[], &[&base[..], &["--jobs", "1"]].concat());
        let default = check(tmp.path(), &[], &base);
        let wide = check(tmp.path(), &[], &[&base[..], &["-j", "8"]].concat());
        serial.expect(1);
        assert_eq!(default.code, serial.code, "{format}");
        assert_eq!(wide.code, serial.code, "{format}");
        assert!(
            default.stdout == serial.stdout,
            "{format}: default and --jobs 1 differ"
        );
        assert!(
            wide.stdout == serial.stdout,
            "{format}: -j 8 and --jobs 1 differ"
        );
    }
}

#[test]
fn a_successful_batch_prints_nothing_on_stderr() {
    let tmp = inbox();
    for format in ["text", "json", "ndjson", "html"] {
        for quiet in [&["--quiet"][..], &["-q"][..], &[][..]] {
            let args = [&["--each", "inbox", "--format", format][..], quiet].concat();
            let out = check(tmp.path(), &[], &args);
            out.expect(1);
            assert!(
                out.stderr.is_empty(),
                "{args:?}: stderr is not a terminal, so no progress:\n{}",
                out.stderr
            );
        }
    }
}

#[test]
fn quiet_still_prints_errors() {
    let tmp = folder_with(&[("compleet", desk::complete)]);
    for format in ["text", "json", "ndjson", "letter", "markdown", "html"] {
        let out = check(
            tmp.path(),
            &["compleet", "bestaat-niet"],
            &["--quiet", "--format", format],
        );
        out.expect(2);
        assert!(
            out.stderr.contains("bestaat-niet"),
            "--quiet --format {format}: the error is still printed on stderr, got {:?}",
            out.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// Checklists

#[test]
fn checklist_list_names_the_three_bundled_checklists() {
    let tmp = Dossier::new();
    let out = run_in(tmp.path(), &["checklist", "list"]);
    out.expect(0);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let names: Vec<&str> = out
        .stdout
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for name in [
        "second-opinion",
        "oncology-second-opinion",
        "general-referral",
    ] {
        assert_eq!(
            names.iter().filter(|n| **n == name).count(),
            1,
            "{name} listed once:\n{}",
            out.stdout
        );
    }
    for line in out.stdout.lines() {
        assert!(
            line.split_whitespace().count() >= 2,
            "each checklist with its title: {line}"
        );
    }
    let default: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.contains("(default)"))
        .collect();
    assert_eq!(default.len(), 1, "one default:\n{}", out.stdout);
    assert!(default[0].starts_with("second-opinion "), "{}", default[0]);
}

#[test]
fn checklist_show_prints_toml_that_validates() {
    let tmp = Dossier::new();
    for name in [
        "oncology-second-opinion",
        "general-referral",
        "second-opinion",
    ] {
        let out = run_in(tmp.path(), &["checklist", "show", name]);
        out.expect(0);
        assert!(out.stderr.is_empty(), "{}", out.stderr);
        toml::from_str::<toml::Table>(&out.stdout)
            .unwrap_or_else(|e| panic!("`checklist show {name}` is TOML: {e}"));
        let file = format!("{name}.toml");
        std::fs::write(tmp.path().join(&file), &out.stdout).expect("write checklist");
        let valid = run_in(tmp.path(), &["checklist", "validate", &file]);
        valid.expect(0);
        assert!(
            valid.stdout.contains(&format!("{file}: valid")),
            "{}",
            valid.stdout
        );
        // And it works as a checklist file.
        let tmp_dossier = tmp.path().join("d");
        if !tmp_dossier.exists() {
            std::fs::create_dir(&tmp_dossier).expect("create dossier");
            desk::complete(&tmp_dossier);
        }
        let out = check(tmp.path(), &["d"], &["--checklist", &file]);
        assert!(out.code == 0 || out.code == 1, "{name}: {}", out.stderr);
    }
    // Without a name: the built-in checklist.
    let builtin = run_in(tmp.path(), &["checklist", "show"]);
    builtin.expect(0);
    let named = run_in(tmp.path(), &["checklist", "show", "second-opinion"]);
    assert_eq!(builtin.stdout, named.stdout);
}

/// A small valid checklist; `line_of` finds where a test puts its mistake.
const SMALL_CHECKLIST: &str = r#"[checklist]
name = { nl = "Kleine lijst", en = "Small list" }
version = "1"
language = "nl"

[[kind]]
id = "referral"
title = "Verwijsbrief"
cues = ["verwijsbrief"]

[[requirement]]
id = "referral"
title = "Verwijsbrief"
kinds = ["referral"]
request = "Een verwijsbrief."
"#;

/// Validates `source` written to `name` and returns the run.
fn validate(tmp: &Path, name: &str, source: &str) -> Out {
    std::fs::write(tmp.join(name), source).expect("write checklist");
    run_in(tmp, &["checklist", "validate", name])
}

#[test]
fn checklist_validate_accepts_a_small_checklist() {
    let tmp = Dossier::new();
    let out = validate(tmp.path(), "klein.toml", SMALL_CHECKLIST);
    out.expect(0);
    assert!(out.stdout.contains("klein.toml: valid"), "{}", out.stdout);
}

#[test]
fn checklist_validate_reports_an_unknown_key_at_file_line_column() {
    let tmp = Dossier::new();
    // Line 3 gets a key no checklist has.
    let source = SMALL_CHECKLIST.replacen(
        "version = \"1\"\n",
        "version = \"1\"\nkleur = \"rood\"\n",
        1,
    );
    assert_eq!(source.lines().nth(3), Some("kleur = \"rood\""));
    let out = validate(tmp.path(), "onbekende-sleutel.toml", &source);
    out.expect(2);
    assert!(
        out.stderr.contains("onbekende-sleutel.toml:4:1:"),
        "FILE:LINE:COLUMN of the key:\n{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("kleur"),
        "names the key:\n{}",
        out.stderr
    );

    // A key misplaced in a requirement.
    let source = SMALL_CHECKLIST.replacen(
        "request = \"Een verwijsbrief.\"",
        "request = \"Een verwijsbrief.\"\nmax_leeftijd = 365",
        1,
    );
    let line = 1 + source
        .lines()
        .position(|l| l.starts_with("max_leeftijd"))
        .expect("inserted");
    let out = validate(tmp.path(), "sleutel-in-eis.toml", &source);
    out.expect(2);
    assert!(
        out.stderr
            .contains(&format!("sleutel-in-eis.toml:{line}:1:")),
        "FILE:LINE:COLUMN of the key (line {line}):\n{}",
        out.stderr
    );
}

#[test]
fn checklist_validate_reports_an_unknown_kind_at_file_line_column() {
    let tmp = Dossier::new();
    let source = SMALL_CHECKLIST.replacen("kinds = [\"referral\"]", "kinds = [\"verwijzing\"]", 1);
    let line = 1 + source
        .lines()
        .position(|l| l == "kinds = [\"verwijzing\"]")
        .expect("replaced");
    let out = validate(tmp.path(), "onbekende-soort.toml", &source);
    out.expect(2);
    let prefix = format!("onbekende-soort.toml:{line}:");
    let located = out.stderr.lines().find(|l| l.contains(&prefix));
    let located =
        located.unwrap_or_else(|| panic!("FILE:LINE:COLUMN on line {line}:\n{}", out.stderr));
    let column: String = located[located.find(&prefix).expect("found") + prefix.len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let column: usize = column.parse().expect("a column number");
    assert!(
        (9..=11).contains(&column),
        "the column points into the list of kinds: {located}"
    );
    assert!(located.contains("verwijzing"), "names the kind: {located}");
}

#[test]
fn checklist_init_writes_a_valid_file_and_never_overwrites() {
    let tmp = Dossier::new();
    let out = run_in(tmp.path(), &["checklist", "init", "mijn-lijst.toml"]);
    out.expect(0);
    let written = std::fs::read_to_string(tmp.path().join("mijn-lijst.toml")).expect("written");
    assert!(!written.is_empty());
    run_in(tmp.path(), &["checklist", "validate", "mijn-lijst.toml"]).expect(0);
    let leftovers: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n != "mijn-lijst.toml")
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );

    // An existing file is left alone: the starter, and a file of the user's own.
    let again = run_in(tmp.path(), &["checklist", "init", "mijn-lijst.toml"]);
    again.expect(2);
    assert!(
        again.stderr.contains("mijn-lijst.toml"),
        "names the file:\n{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("mijn-lijst.toml")).expect("still there"),
        written
    );
    let own = "# mijn eigen aantekeningen\n";
    std::fs::write(tmp.path().join("eigen.toml"), own).expect("write");
    run_in(tmp.path(), &["checklist", "init", "eigen.toml"]).expect(2);
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("eigen.toml")).expect("still there"),
        own
    );
}

#[test]
fn a_bundled_checklist_is_used_by_name_and_an_unknown_name_lists_the_bundled_ones() {
    let tmp = folder_with(&[("compleet", desk::complete)]);
    let out = check(
        tmp.path(),
        &["compleet"],
        &["--checklist", "general-referral", "--format", "json"],
    );
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    let report = out.json();
    assert_eq!(
        report["checklist"]["name"], "Verwijzing naar de specialist",
        "{report:#}"
    );
    assert_eq!(report["requirements"][0]["status"], "met", "{report:#}");

    let out = check(tmp.path(), &["compleet"], &["--checklist", "nope"]);
    out.expect(2);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
    for name in [
        "second-opinion",
        "oncology-second-opinion",
        "general-referral",
    ] {
        assert!(
            out.stderr.contains(name),
            "the message names {name}:\n{}",
            out.stderr
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// Completions and man page

#[test]
fn completions_and_man_page_are_printed() {
    let tmp = Dossier::new();
    let bash = run_in(tmp.path(), &["completions", "bash"]);
    bash.expect(0);
    assert!(bash.stdout.contains("dossiercheck"), "{}", bash.stdout);
    assert!(bash.stdout.contains("--as-of"), "options are completed");
    for shell in ["zsh", "fish"] {
        let out = run_in(tmp.path(), &["completions", shell]);
        out.expect(0);
        assert!(!out.stdout.trim().is_empty(), "{shell}");
    }
    let man = run_in(tmp.path(), &["man"]);
    man.expect(0);
    assert!(man.stdout.contains(".TH dossiercheck"), "{}", man.stdout);
    assert!(man.stdout.contains("check"), "{}", man.stdout);
}

// ---------------------------------------------------------------------------------------------------
// HTML

/// Fails unless `html` is one self-contained document: no scripts, nothing fetched from elsewhere.
fn assert_self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert_eq!(html.matches("<!DOCTYPE").count(), 1, "one document");
    assert_eq!(html.matches("<html").count(), 1, "one document");
    assert_eq!(html.matches("</html>").count(), 1, "one document");
    assert!(html.trim_end().ends_with("</html>"), "{html}");
    let lower = html.to_lowercase();
    for banned in [
        "<script", "http://", "https://", "<link", "<iframe", "@import", "src=",
    ] {
        assert!(!lower.contains(banned), "`{banned}` in the page:\n{html}");
    }
}

#[test]
fn html_is_one_self_contained_page_that_escapes_file_names() {
    let tmp = Dossier::new();
    let dir = tmp.path().join("dossier <b>&");
    std::fs::create_dir(&dir).expect("create dossier");
    desk::incomplete(&dir);
    desk::put(&dir, "scan <b>&.pdf", common::pdf_image_only());

    let out = check(tmp.path(), &["dossier <b>&"], &["--format", "html"]);
    out.expect(1);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let html = &out.stdout;
    assert_self_contained(html);
    assert!(html.contains("scan &lt;b&gt;&amp;.pdf"), "{html}");
    assert!(html.contains("dossier &lt;b&gt;&amp;"), "{html}");
    assert!(!html.contains("<b>"), "no markup from a file name:\n{html}");
    assert!(!html.contains("<b>&"), "{html}");

    // A batch is still one page.
    let desk_dir = tmp.path().join("compleet");
    std::fs::create_dir(&desk_dir).expect("create dossier");
    desk::complete(&desk_dir);
    let out = check(
        tmp.path(),
        &["dossier <b>&", "compleet", "bestaat-niet"],
        &["--format", "html", "--lang", "en"],
    );
    out.expect(2);
    assert_self_contained(&out.stdout);
    assert!(out.stdout.contains("<html lang=\"en\">"), "{}", out.stdout);
}

// ---------------------------------------------------------------------------------------------------
// Colour and ASCII

const ALL_FORMATS: [&str; 6] = ["text", "letter", "markdown", "json", "ndjson", "html"];

#[test]
fn no_colour_codes_when_not_on_a_terminal_or_with_no_color() {
    let tmp = inbox();
    let cwd = tmp.path();
    for no_color in [None, Some("1")] {
        let env = [("NO_COLOR", no_color)];
        for format in ALL_FORMATS {
            for args in [
                vec!["check", "inbox/02-onvolledig", "--format", format],
                vec![
                    "check",
                    "inbox/02-onvolledig",
                    "--format",
                    format,
                    "--explain",
                ],
                vec!["check", "--each", "inbox", "--format", format],
            ] {
                let args = [&args[..], &["--as-of", AS_OF]].concat();
                let out = run_env(cwd, &args, &env);
                assert!(out.code == 1, "{args:?}: {}", out.stderr);
                assert!(
                    !out.stdout.contains('\x1b') && !out.stderr.contains('\x1b'),
                    "{args:?} NO_COLOR={no_color:?}: escape codes in\n{}",
                    out.stdout
                );
            }
        }
        for args in [
            &["inventory", "inbox/02-onvolledig"][..],
            &["checklist", "list"],
        ] {
            let out = run_env(cwd, args, &env);
            assert!(!out.stdout.contains('\x1b'), "{args:?}: {}", out.stdout);
        }
    }
}

/// Runs `dossiercheck ARGS...` on a pseudo-terminal (with util-linux `script`), returning what the
/// terminal showed, or `None` when `script` is not available.
fn on_terminal(cwd: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("dossiercheck");
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let command = std::iter::once(bin.to_string_lossy().into_owned())
        .chain(args.iter().map(|a| a.to_string()))
        .map(|a| quote(&a))
        .collect::<Vec<_>>()
        .join(" ");
    let mut cmd = std::process::Command::new("script");
    cmd.current_dir(cwd)
        .args(["-qec", &command, "/dev/null"])
        .env_remove("RUST_BACKTRACE")
        .env("LC_ALL", "C.UTF-8")
        .env("DOSSIERCHECK_OCR", "off")
        .stdin(std::process::Stdio::null());
    for (key, value) in env {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    let output = cmd.output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn no_color_and_quiet_hold_on_a_terminal_too() {
    let tmp = inbox();
    let cwd = tmp.path();
    let args = ["check", "inbox/02-onvolledig", "--as-of", AS_OF];
    let Some(coloured) = on_terminal(cwd, &args, &[("NO_COLOR", None)]) else {
        eprintln!("skipped: util-linux `script` is not available to make a terminal");
        return;
    };
    assert!(
        coloured.contains("\x1b["),
        "on a terminal the marks are coloured (else this test proves nothing):\n{coloured}"
    );
    let plain = on_terminal(cwd, &args, &[("NO_COLOR", Some("1"))]).expect("script ran before");
    assert!(
        !plain.contains('\x1b'),
        "NO_COLOR=1 on a terminal:\n{plain}"
    );
    let ascii = on_terminal(
        cwd,
        &[&args[..], &["--ascii"]].concat(),
        &[("NO_COLOR", None)],
    )
    .expect("script ran before");
    assert!(!ascii.contains('\x1b'), "--ascii on a terminal:\n{ascii}");

    // --quiet: no progress bar even on a terminal.
    let quiet = on_terminal(
        cwd,
        &["check", "--each", "inbox", "--as-of", AS_OF, "--quiet"],
        &[("NO_COLOR", Some("1"))],
    )
    .expect("script ran before");
    assert!(
        !quiet.contains("dossiers (") && !quiet.contains("files,"),
        "no progress with --quiet:\n{quiet}"
    );
}

#[test]
fn ascii_output_is_pure_ascii() {
    let tmp = inbox();
    let cwd = tmp.path();
    let mut runs: Vec<Vec<&str>> = Vec::new();
    for dir in [
        "inbox/01-compleet",
        "inbox/02-onvolledig",
        "inbox/04-buitenland",
    ] {
        for format in ["text", "letter", "markdown"] {
            for lang in ["nl", "en"] {
                runs.push(vec!["check", dir, "--format", format, "--lang", lang]);
            }
        }
        runs.push(vec!["check", dir, "--explain"]);
        runs.push(vec!["inventory", dir]);
        runs.push(vec!["inventory", dir, "--lang", "en"]);
    }
    for format in ["text", "letter", "markdown"] {
        runs.push(vec!["check", "--each", "inbox", "--format", format]);
    }
    for args in runs {
        let mut args = [&args[..], &["--ascii"]].concat();
        if args[0] == "check" {
            args.extend_from_slice(&["--as-of", AS_OF]);
        }
        let out = run_in(cwd, &args);
        assert!(out.code == 0 || out.code == 1, "{args:?}: {}", out.stderr);
        assert!(!out.stdout.is_empty(), "{args:?}");
        let bad: Vec<(usize, char)> = out
            .stdout
            .char_indices()
            .filter(|(_, c)| !c.is_ascii())
            .collect();
        assert!(
            bad.is_empty(),
            "{args:?}: not ASCII: {bad:?}\n{}",
            out.stdout
        );
        assert!(
            !out.stdout.contains('\x1b'),
            "{args:?}: no escape codes either"
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// The request letter

/// The numbered items of a letter: what it says is still needed.
fn needed_items(letter: &str) -> Vec<String> {
    letter
        .lines()
        .filter_map(|l| {
            let (number, rest) = l.split_once(". ")?;
            (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
                .then(|| rest.to_string())
        })
        .collect()
}

#[test]
fn the_letter_for_a_complete_dossier_is_a_short_confirmation() {
    let tmp = folder_with(&[
        ("compleet", desk::complete),
        ("iso", desk::complete_with_iso),
    ]);
    for dir in ["compleet", "iso"] {
        for lang in ["nl", "en"] {
            for format in ["letter", "markdown"] {
                let out = check(tmp.path(), &[dir], &["--format", format, "--lang", lang]);
                out.expect(0);
                let letter = &out.stdout;
                let lines: Vec<&str> = letter.lines().filter(|l| !l.trim().is_empty()).collect();
                assert!(
                    lines.len() <= 3,
                    "{dir} {lang} {format}: a short confirmation, got:\n{letter}"
                );
                assert!(
                    needed_items(letter).is_empty(),
                    "{dir} {lang} {format}: asks for nothing:\n{letter}"
                );
                assert!(
                    !lines.iter().any(|l| l.starts_with("- ")),
                    "{dir} {lang} {format}: no list:\n{letter}"
                );
                let confirmation = if lang == "nl" { "compleet" } else { "complete" };
                assert!(
                    letter.contains(confirmation),
                    "{dir} {lang} {format}: says it is {confirmation}:\n{letter}"
                );
                assert!(letter.contains("A. Testpersoon"), "{letter}");
            }
        }
    }
}

/// Checks the letter (plain and Markdown, both languages) of the dossier `dir` in `cwd` against its
/// JSON report: no requirement that needs a human look is asked for as missing, and every file
/// that could not be read is named. Returns the Dutch plain letter and the report.
fn assert_letter_names_files_not_items(cwd: &Path, dir: &str) -> (String, Value) {
    let mut dutch = (String::new(), Value::Null);
    for lang in ["nl", "en"] {
        let report = check(cwd, &[dir], &["--format", "json", "--lang", lang]).json();
        let unverifiable: Vec<&Value> = report["requirements"]
            .as_array()
            .expect("requirements")
            .iter()
            .filter(|r| r["status"] == "needs-review")
            .collect();
        assert!(
            !unverifiable.is_empty(),
            "{dir}: a test of unreadable files"
        );
        for format in ["letter", "markdown"] {
            let out = check(cwd, &[dir], &["--format", format, "--lang", lang]);
            out.expect(1);
            let letter = out.stdout.replace('\\', "");
            let needed = needed_items(&letter);
            for r in &unverifiable {
                if let Some(request) = r["request"].as_str() {
                    assert!(
                        !needed.iter().any(|n| n.contains(request)),
                        "{dir} {lang} {format}: `{}` may sit in an unreadable file, yet the \
                         letter asks for it as missing:\n{letter}",
                        r["id"]
                    );
                }
            }
            for d in report["documents"].as_array().expect("documents") {
                if d["readable"] == false {
                    let path = d["path"].as_str().expect("path");
                    assert!(
                        letter.contains(path),
                        "{dir} {lang} {format}: names the unreadable file {path}:\n{letter}"
                    );
                }
            }
            if lang == "nl" && format == "letter" {
                dutch = (letter, report.clone());
            }
        }
    }
    dutch
}

#[test]
fn the_letter_names_a_scan_and_a_protected_pdf_instead_of_asking_for_what_they_may_hold() {
    let tmp = folder_with(&[("onvolledig", desk::incomplete)]);
    let (letter, report) = assert_letter_names_files_not_items(tmp.path(), "onvolledig");
    assert_eq!(requirement(&report, "imaging-cd")["status"], "missing");
    assert_eq!(
        needed_items(&letter),
        [requirement(&report, "imaging-cd")["request"]
            .as_str()
            .expect("request")],
        "only the CD is certainly missing:\n{letter}"
    );
}

#[test]
fn the_letter_names_a_photo_of_a_letter_instead_of_asking_for_what_it_may_hold() {
    let tmp = folder_with(&[("buitenland", desk::treated_abroad)]);
    assert_letter_names_files_not_items(tmp.path(), "buitenland");
}

#[test]
fn the_letter_names_a_damaged_or_unsupported_file_instead_of_asking_for_what_it_may_hold() {
    fn damaged(dir: &Path) {
        desk::only_referral(dir);
        desk::put(dir, "brief.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog");
    }
    fn unsupported(dir: &Path) {
        desk::only_referral(dir);
        desk::put(
            dir,
            "polikliniekbrief.doc",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not really Word",
        );
    }
    let tmp = folder_with(&[("beschadigd", damaged), ("doc", unsupported)]);
    assert_letter_names_files_not_items(tmp.path(), "beschadigd");
    let (_, report) = assert_letter_names_files_not_items(tmp.path(), "doc");
    assert_eq!(
        requirement(&report, "correspondence")["status"],
        "needs-review"
    );
}

#[test]
fn the_letter_names_a_cd_with_missing_images_instead_of_asking_for_a_cd() {
    fn broken_cd(dir: &Path) {
        desk::complete(dir);
        let image = dir.join("CD MRI pols/DICOM/ST000001/SE000001/IM000002");
        std::fs::remove_file(image).expect("remove one image");
    }
    let tmp = folder_with(&[("cd", broken_cd)]);
    let report = check(tmp.path(), &["cd"], &["--format", "json"]).json();
    assert_eq!(
        requirement(&report, "imaging-cd")["status"],
        "needs-review",
        "{report:#}"
    );
    for lang in ["nl", "en"] {
        let out = check(tmp.path(), &["cd"], &["--format", "letter", "--lang", lang]);
        out.expect(1);
        assert!(
            needed_items(&out.stdout).is_empty(),
            "{lang}: asks for no CD as missing:\n{}",
            out.stdout
        );
        assert!(
            out.stdout.contains("CD MRI pols"),
            "{lang}: names the CD:\n{}",
            out.stdout
        );
    }
}

#[test]
fn the_letter_asks_for_the_date_of_an_undated_letter_instead_of_a_new_one() {
    fn undated(dir: &Path) {
        desk::complete(dir);
        std::fs::remove_file(dir.join("huisartsensamenvatting.docx")).expect("remove");
        desk::put(
            dir,
            "huisartsensamenvatting.pdf",
            desk::pdf(&letters::history_undated()),
        );
    }
    let tmp = folder_with(&[("ongedateerd", undated)]);
    let report = check(tmp.path(), &["ongedateerd"], &["--format", "json"]).json();
    assert_eq!(
        requirement(&report, "history")["status"],
        "needs-review",
        "{report:#}"
    );
    let out = check(tmp.path(), &["ongedateerd"], &["--format", "letter"]);
    out.expect(1);
    let letter = &out.stdout;
    assert!(needed_items(letter).is_empty(), "{letter}");
    assert_eq!(
        letter.matches("huisartsensamenvatting.pdf").count(),
        1,
        "names the undated letter once:\n{letter}"
    );
}

#[test]
fn the_letter_does_not_ask_for_a_history_an_unreadable_referral_may_hold() {
    fn protected_referral(dir: &Path) {
        desk::put(
            dir,
            "verwijsbrief.pdf",
            common::pdf_encrypted(&letters::strs(&letters::referral_with_history(
                "1 oktober 2026",
            ))),
        );
        desk::put(
            dir,
            "polikliniek.pdf",
            desk::pdf(&letters::specialist_letter_nothing_done("15 augustus 2026")),
        );
    }
    let tmp = folder_with(&[("beveiligd", protected_referral)]);
    let report = check(tmp.path(), &["beveiligd"], &["--format", "json"]).json();
    assert_eq!(
        requirement(&report, "history")["status"],
        "needs-review",
        "the protected referral may hold the history: {report:#}"
    );
    assert_letter_names_files_not_items(tmp.path(), "beveiligd");
}

#[test]
fn the_letter_does_not_ask_for_a_cd_on_the_strength_of_an_unreadable_file_name() {
    fn photo_named_echo(dir: &Path) {
        desk::put(
            dir,
            "verwijsbrief.pdf",
            desk::pdf(&letters::referral_with_history("1 oktober 2026")),
        );
        desk::put(
            dir,
            "polikliniek.pdf",
            desk::pdf(&letters::specialist_letter_nothing_done("15 augustus 2026")),
        );
        desk::put(dir, "echo pols.jpg", common::jpeg_bytes());
    }
    let tmp = folder_with(&[("echo", photo_named_echo)]);
    let report = check(tmp.path(), &["echo"], &["--format", "json"]).json();
    let cd = requirement(&report, "imaging-cd");
    assert_ne!(
        cd["status"], "missing",
        "the letter says no imaging was done; only an unreadable file's name says otherwise: \
         {report:#}"
    );
    let out = check(tmp.path(), &["echo"], &["--format", "letter"]);
    assert!(
        !needed_items(&out.stdout)
            .iter()
            .any(|n| n.contains("Een cd met de beelden")),
        "{}",
        out.stdout
    );
}

// ---------------------------------------------------------------------------------------------------
// Wording found wrong while reviewing the snapshots

#[test]
fn missing_reasons_keep_the_capitals_of_acronyms() {
    fn abroad_without_mrsa(dir: &Path) {
        desk::put(
            dir,
            "verwijsbrief.pdf",
            desk::pdf(&letters::referral_with_history("1 oktober 2026")),
        );
        desk::put(
            dir,
            "discharge letter.pdf",
            desk::pdf(&letters::english_discharge_letter("14 July 2026")),
        );
    }
    let tmp = folder_with(&[("buitenland", abroad_without_mrsa)]);
    for lang in ["nl", "en"] {
        let report = check(
            tmp.path(),
            &["buitenland"],
            &["--format", "json", "--lang", lang],
        )
        .json();
        for id in ["imaging-cd", "mrsa"] {
            let r = requirement(&report, id);
            assert_eq!(r["status"], "missing", "{r:#}");
            let reason = r["reason"].as_str().expect("reason");
            // Dutch writes "cd" in lower case; English writes "CD".
            assert!(
                !reason.contains("mrsa") && (lang != "en" || !reason.contains("(cd)")),
                "{lang} {id}: acronyms keep their capitals: {reason}"
            );
        }
    }
}

#[test]
fn the_batch_summary_uses_the_singular_for_one_error() {
    let tmp = folder_with(&[("compleet", desk::complete)]);
    let nl = check(tmp.path(), &["compleet", "bestaat-niet"], &[]);
    nl.expect(2);
    assert!(nl.stdout.contains("1 fout"), "{}", nl.stdout);
    assert!(!nl.stdout.contains("1 fouten"), "{}", nl.stdout);
    let en = check(tmp.path(), &["compleet", "bestaat-niet"], &["--lang", "en"]);
    assert!(!en.stdout.contains("1 errors"), "{}", en.stdout);
}

#[test]
fn the_letter_note_on_an_outdated_letter_is_part_of_the_sentence() {
    let tmp = folder_with(&[("verouderd", desk::outdated)]);
    for lang in ["nl", "en"] {
        let out = check(
            tmp.path(),
            &["verouderd"],
            &["--format", "letter", "--lang", lang],
        );
        out.expect(1);
        let needed = needed_items(&out.stdout);
        assert_eq!(needed.len(), 2, "{}", out.stdout);
        for item in needed {
            assert!(!item.contains(". ("), "{lang}: {item}");
            assert!(item.ends_with('.'), "{lang}: {item}");
        }
    }
}
