//! Running the real `dossiercheck` binary on a dossier, the way a user or an intake script does, and
//! looking things up in its JSON report.
//!
//! Every run passes `--as-of 2026-11-23`, so verdicts on the synthetic letters (dated in 2026) are
//! stable whatever day the tests run.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

/// The check date every test uses.
pub const AS_OF: &str = "2026-11-23";

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    /// The process exit code (`-1` when killed by a signal).
    pub code: i32,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

impl Run {
    /// Parses stdout as JSON, failing the test with both streams when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e})\n--- stdout\n{}\n--- stderr\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Fails the test unless the binary exited with `code`, showing both streams.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// The binary, with an environment that does not depend on the developer's shell.
pub fn dossiercheck() -> Command {
    let mut cmd = Command::cargo_bin("dossiercheck").expect("the dossiercheck binary is built");
    // No clinic defaults from the developer's own config file or environment.
    cmd.env_remove("RUST_BACKTRACE")
        .env_remove("DOSSIERCHECK_CHECKLIST")
        .env_remove("CLICOLOR_FORCE")
        .env("XDG_CONFIG_HOME", "/nonexistent/dossiercheck-tests")
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C.UTF-8")
        // Reports are the same with or without Tesseract installed; `tests/ocr.rs` turns OCR on.
        .env("DOSSIERCHECK_OCR", "off");
    cmd
}

/// Runs `dossiercheck ARGS...` exactly as given (no `--as-of` added).
pub fn run_raw(args: &[&str]) -> Run {
    let output = dossiercheck()
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run dossiercheck");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs `dossiercheck check DIR --as-of 2026-11-23 EXTRA...`.
pub fn run_check(dir: &Path, extra: &[&str]) -> Run {
    let dir = dir.to_str().expect("temporary paths are UTF-8");
    let mut args = vec!["check", dir, "--as-of", AS_OF];
    args.extend_from_slice(extra);
    run_raw(&args)
}

/// Runs `check DIR --as-of 2026-11-23 --format json EXTRA...` and returns the parsed report and the
/// exit code. Fails the test when stdout is not JSON, when anything is written to stderr, or when
/// the exit code is not 0 or 1 (a report was expected).
pub fn check_json(dir: &Path, extra: &[&str]) -> (Value, i32) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let run = run_check(dir, &args);
    assert!(
        run.stderr.is_empty(),
        "nothing on stderr with a report, got:\n{}",
        run.stderr
    );
    assert!(
        run.code == 0 || run.code == 1,
        "exit code {} with a report\n--- stdout\n{}",
        run.code,
        run.stdout
    );
    (run.json(), run.code)
}

/// The requirement `id` in a report.
pub fn req<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["requirements"]
        .as_array()
        .expect("requirements is an array")
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no requirement `{id}` in {report:#}"))
}

/// The status of requirement `id` (`met`, `missing`, `unverifiable`, `outdated`, `not-applicable`).
pub fn status<'a>(report: &'a Value, id: &str) -> &'a str {
    req(report, id)["status"]
        .as_str()
        .expect("status is a string")
}

/// Every requirement's status, by id, in report order.
pub fn statuses(report: &Value) -> Vec<(String, String)> {
    report["requirements"]
        .as_array()
        .expect("requirements is an array")
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap_or_default().to_string(),
                r["status"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The document at `path` (relative, `/`-separated) in a report.
pub fn doc<'a>(report: &'a Value, path: &str) -> &'a Value {
    find_doc(report, path).unwrap_or_else(|| panic!("no document `{path}` in {report:#}"))
}

/// The document at `path`, if the report lists it.
pub fn find_doc<'a>(report: &'a Value, path: &str) -> Option<&'a Value> {
    report["documents"]
        .as_array()
        .expect("documents is an array")
        .iter()
        .find(|d| d["path"] == path)
}

/// The paths of all documents in a report.
pub fn doc_paths(report: &Value) -> Vec<String> {
    report["documents"]
        .as_array()
        .expect("documents is an array")
        .iter()
        .map(|d| d["path"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The problem codes of the document at `path`.
pub fn problem_codes(report: &Value, path: &str) -> Vec<String> {
    doc(report, path)["problems"]
        .as_array()
        .expect("problems is an array")
        .iter()
        .map(|p| p["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// `(path, reason)` of every ignored path.
pub fn ignored(report: &Value) -> Vec<(String, String)> {
    report["ignored"]
        .as_array()
        .expect("ignored is an array")
        .iter()
        .map(|i| {
            (
                i["path"].as_str().unwrap_or_default().to_string(),
                i["reason"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The fact `id` (`value`, `source`, `evidence`).
pub fn fact<'a>(report: &'a Value, id: &str) -> &'a Value {
    let f = &report["facts"][id];
    assert!(!f.is_null(), "no fact `{id}` in {report:#}");
    f
}

/// `(path, quote)` of each evidence item of a requirement or fact.
pub fn evidence(item: &Value) -> Vec<(String, Option<String>)> {
    item["evidence"]
        .as_array()
        .expect("evidence is an array")
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap_or_default().to_string(),
                e["quote"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// The evidence paths of a requirement or fact.
pub fn evidence_paths(item: &Value) -> Vec<String> {
    evidence(item).into_iter().map(|(p, _)| p).collect()
}

/// Whether some evidence item of a requirement or fact quotes a sentence containing `text`.
pub fn quotes(item: &Value, text: &str) -> bool {
    evidence(item)
        .iter()
        .any(|(_, q)| q.as_deref().is_some_and(|q| q.contains(text)))
}
