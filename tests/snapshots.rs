//! Snapshots of what the intake desk sees: the text report, the request letter (plain and
//! Markdown), the JSON report and the inventory (text and JSON), for a complete Dutch dossier and an
//! incomplete one (a scan without text, a password-protected operation report, no imaging CD), in
//! Dutch and in English (`--lang en`); and the one-line-per-dossier summary of an inbox.
//!
//! The dossiers are built in temporary folders with the synthetic fixtures. The binary runs with the
//! temporary folder as its working directory and gets the dossier's own folder name (`compleet`,
//! `onvolledig`) as DIR, so no temporary path can appear in a snapshot; each run also checks that
//! none does. Every check is made `--as-of 2026-11-23`.
//!
//! Snapshots live in `tests/snapshots/`. After a deliberate change of the report text, regenerate
//! them with `INSTA_UPDATE=always cargo test --test snapshots` and read every changed file before
//! committing it.

mod common;

use std::path::Path;

use common::desk;
use common::run::{dossiercheck, AS_OF};
use common::Dossier;

/// What one run printed.
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// A dossier in a folder called `name` inside a fresh temporary folder.
struct Desk {
    tmp: Dossier,
    name: &'static str,
}

impl Desk {
    fn new(name: &'static str, build: fn(&Path)) -> Self {
        let tmp = Dossier::new();
        let dir = tmp.path().join(name);
        std::fs::create_dir_all(&dir).expect("create dossier folder");
        build(&dir);
        Desk { tmp, name }
    }

    fn complete() -> Self {
        Desk::new("compleet", desk::complete)
    }

    fn incomplete() -> Self {
        Desk::new("onvolledig", desk::incomplete)
    }

    /// Runs `dossiercheck ARGS...` in the temporary folder. Fails the test when a temporary path
    /// shows up in the output or when anything is written to stderr.
    fn run(&self, args: &[&str]) -> Out {
        let output = dossiercheck()
            .current_dir(self.tmp.path())
            .args(args)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .expect("run dossiercheck");
        let out = Out {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        };
        let tmp = self.tmp.path().to_string_lossy().into_owned();
        let tmp_name = self
            .tmp
            .path()
            .file_name()
            .expect("temporary folder has a name")
            .to_string_lossy()
            .into_owned();
        for leak in [tmp.as_str(), tmp_name.as_str()] {
            assert!(
                !out.stdout.contains(leak),
                "temporary path {leak} in the output:\n{}",
                out.stdout
            );
        }
        assert!(
            out.stderr.is_empty(),
            "nothing on stderr, got:\n{}",
            out.stderr
        );
        out
    }

    /// `check NAME --as-of 2026-11-23 EXTRA...`, expecting exit code `code`.
    fn check(&self, extra: &[&str], code: i32) -> String {
        let mut args = vec!["check", self.name, "--as-of", AS_OF];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        assert_eq!(out.code, code, "exit code of {args:?}:\n{}", out.stdout);
        out.stdout
    }

    /// `check NAME --as-of 2026-11-23 --format json EXTRA...`: the raw JSON, after checking that it
    /// parses and names the dossier as given.
    fn check_json(&self, extra: &[&str], code: i32) -> String {
        let mut args = vec!["--format", "json"];
        args.extend_from_slice(extra);
        let json = self.check(&args, code);
        let value: serde_json::Value = serde_json::from_str(&json).expect("stdout is JSON");
        assert_eq!(value["dossier"], self.name);
        assert_eq!(value["as_of"], AS_OF);
        assert_eq!(value["complete"], code == 0);
        json
    }

    /// `inventory NAME EXTRA...` (exit 0). The inventory has no `--as-of`; its only use of the date
    /// is to flag letters dated in the future, and every letter here is dated before 2026-11-23.
    fn inventory(&self, extra: &[&str]) -> String {
        let mut args = vec!["inventory", self.name];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        assert_eq!(out.code, 0, "exit code of {args:?}:\n{}", out.stdout);
        out.stdout
    }
}

// ---------------------------------------------------------------------------------------------------
// A complete dossier, in Dutch (the checklist's language)

#[test]
fn complete_nl_text() {
    insta::assert_snapshot!("complete_nl_text", Desk::complete().check(&[], 0));
}

#[test]
fn complete_nl_letter() {
    insta::assert_snapshot!(
        "complete_nl_letter",
        Desk::complete().check(&["--format", "letter"], 0)
    );
}

#[test]
fn complete_nl_markdown() {
    insta::assert_snapshot!(
        "complete_nl_markdown",
        Desk::complete().check(&["--format", "markdown"], 0)
    );
}

#[test]
fn complete_nl_json() {
    insta::assert_snapshot!("complete_nl_json", Desk::complete().check_json(&[], 0));
}

#[test]
fn complete_nl_inventory_text() {
    insta::assert_snapshot!(
        "complete_nl_inventory_text",
        Desk::complete().inventory(&[])
    );
}

#[test]
fn complete_nl_inventory_json() {
    let json = Desk::complete().inventory(&["--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("inventory is JSON");
    assert_eq!(value["dossier"], "compleet");
    insta::assert_snapshot!("complete_nl_inventory_json", json);
}

// ---------------------------------------------------------------------------------------------------
// An incomplete dossier (scan, password-protected PDF, no CD), in Dutch

#[test]
fn incomplete_nl_text() {
    insta::assert_snapshot!("incomplete_nl_text", Desk::incomplete().check(&[], 1));
}

#[test]
fn incomplete_nl_letter() {
    insta::assert_snapshot!(
        "incomplete_nl_letter",
        Desk::incomplete().check(&["--format", "letter"], 1)
    );
}

#[test]
fn incomplete_nl_markdown() {
    insta::assert_snapshot!(
        "incomplete_nl_markdown",
        Desk::incomplete().check(&["--format", "markdown"], 1)
    );
}

#[test]
fn incomplete_nl_json() {
    insta::assert_snapshot!("incomplete_nl_json", Desk::incomplete().check_json(&[], 1));
}

#[test]
fn incomplete_nl_inventory_text() {
    insta::assert_snapshot!(
        "incomplete_nl_inventory_text",
        Desk::incomplete().inventory(&[])
    );
}

#[test]
fn incomplete_nl_inventory_json() {
    let json = Desk::incomplete().inventory(&["--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("inventory is JSON");
    assert_eq!(value["dossier"], "onvolledig");
    insta::assert_snapshot!("incomplete_nl_inventory_json", json);
}

// ---------------------------------------------------------------------------------------------------
// The same dossiers in English (`--lang en`)

#[test]
fn complete_en_text() {
    insta::assert_snapshot!(
        "complete_en_text",
        Desk::complete().check(&["--lang", "en"], 0)
    );
}

#[test]
fn complete_en_letter() {
    insta::assert_snapshot!(
        "complete_en_letter",
        Desk::complete().check(&["--lang", "en", "--format", "letter"], 0)
    );
}

#[test]
fn complete_en_markdown() {
    insta::assert_snapshot!(
        "complete_en_markdown",
        Desk::complete().check(&["--lang", "en", "--format", "markdown"], 0)
    );
}

#[test]
fn complete_en_json() {
    insta::assert_snapshot!(
        "complete_en_json",
        Desk::complete().check_json(&["--lang", "en"], 0)
    );
}

#[test]
fn complete_en_inventory_text() {
    insta::assert_snapshot!(
        "complete_en_inventory_text",
        Desk::complete().inventory(&["--lang", "en"])
    );
}

#[test]
fn incomplete_en_text() {
    insta::assert_snapshot!(
        "incomplete_en_text",
        Desk::incomplete().check(&["--lang", "en"], 1)
    );
}

#[test]
fn incomplete_en_letter() {
    insta::assert_snapshot!(
        "incomplete_en_letter",
        Desk::incomplete().check(&["--lang", "en", "--format", "letter"], 1)
    );
}

#[test]
fn incomplete_en_markdown() {
    insta::assert_snapshot!(
        "incomplete_en_markdown",
        Desk::incomplete().check(&["--lang", "en", "--format", "markdown"], 1)
    );
}

#[test]
fn incomplete_en_json() {
    insta::assert_snapshot!(
        "incomplete_en_json",
        Desk::incomplete().check_json(&["--lang", "en"], 1)
    );
}

#[test]
fn incomplete_en_inventory_text() {
    insta::assert_snapshot!(
        "incomplete_en_inventory_text",
        Desk::incomplete().inventory(&["--lang", "en"])
    );
}

// ---------------------------------------------------------------------------------------------------
// An inbox of eight dossiers (`check --each`), one line per dossier

fn inbox(dir: &Path) {
    desk::mixed_inbox(dir);
}

#[test]
fn inbox_nl_text() {
    let desk = Desk::new("inbox", inbox);
    let out = desk.run(&["check", "--each", "inbox", "--as-of", AS_OF]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    insta::assert_snapshot!("inbox_nl_text", out.stdout);
}

#[test]
fn inbox_en_text() {
    let desk = Desk::new("inbox", inbox);
    let out = desk.run(&["check", "--each", "inbox", "--as-of", AS_OF, "--lang", "en"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    insta::assert_snapshot!("inbox_en_text", out.stdout);
}
