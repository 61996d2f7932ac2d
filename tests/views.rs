//! One verdict, every view: the example dossiers (`examples/dossiers/*`) are checked once per view
//! (text, the batch table, HTML, the letter, JSON) and each view is snapshotted; then every view
//! is compared with the JSON, requirement by requirement, so that no view can drift from the one
//! verdict model: a requirement is exactly one of met / missing / outdated / needs-review /
//! not-applicable, and `applies` agrees with it; the dossier is complete / incomplete /
//! needs-review.
//!
//! Runs from the repository root with relative paths, so no temporary path can enter a snapshot.
//! After a deliberate change: `INSTA_UPDATE=always cargo test --test views`.

mod common;

use common::run::{dossiercheck, Run, AS_OF};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The example dossiers, sorted, as paths relative to the repository root.
fn examples() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(format!("{ROOT}/examples/dossiers"))
        .expect("examples/dossiers")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| format!("examples/dossiers/{}", e.file_name().to_string_lossy()))
        .collect();
    names.sort();
    assert!(names.len() >= 2, "{names:?}");
    names
}

fn run(args: &[&str]) -> Run {
    let output = dossiercheck()
        .current_dir(ROOT)
        .args(args)
        .arg("--as-of")
        .arg(AS_OF)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run dossiercheck");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

fn snapshot_name(dir: &str, view: &str) -> String {
    format!("{}_{view}", dir.rsplit('/').next().unwrap_or(dir))
}

/// The exit code a dossier's status maps to.
fn code_of(status: &str) -> i32 {
    match status {
        "complete" => 0,
        "incomplete" | "needs-review" => 1,
        other => panic!("unknown dossier status {other}"),
    }
}

/// The JSON report of one dossier, with the model's own invariants checked.
fn json(dir: &str, lang: &str) -> Value {
    let run = run(&["check", dir, "--format", "json", "--lang", lang]);
    let report = run.json();
    let status = report["status"].as_str().expect("status").to_string();
    assert_eq!(run.code, code_of(&status), "{dir}");
    let reqs = report["requirements"].as_array().expect("requirements");
    let mut any_open = false;
    let mut any_review = false;
    for r in reqs {
        let s = r["status"].as_str().expect("requirement status");
        assert!(
            [
                "met",
                "missing",
                "outdated",
                "needs-review",
                "not-applicable"
            ]
            .contains(&s),
            "{s}"
        );
        assert_eq!(r["applies"], s != "not-applicable", "{dir}: {r}");
        assert_eq!(r["met"], s == "met", "{dir}: {r}");
        assert_eq!(r["review"].is_string(), s == "needs-review", "{dir}: {r}");
        any_open |= s == "missing" || s == "outdated";
        any_review |= s == "needs-review";
    }
    let expected = if any_open {
        "incomplete"
    } else if any_review {
        "needs-review"
    } else {
        "complete"
    };
    assert_eq!(status, expected, "{dir}");
    assert_eq!(report["complete"], status == "complete");
    report
}

/// A line without its first character (the mark) and the space after it.
fn after_mark(line: &str) -> &str {
    let mut chars = line.chars();
    chars.next();
    chars.as_str().strip_prefix(' ').unwrap_or("")
}

fn mark_of(status: &str) -> &'static str {
    match status {
        "met" => "✓",
        "missing" | "outdated" => "✗",
        "needs-review" => "?",
        _ => "–",
    }
}

#[test]
fn text_views_agree_with_json() {
    for lang in ["nl", "en"] {
        for dir in examples() {
            let report = json(&dir, lang);
            let text = run(&["check", &dir, "--lang", lang]);
            assert_eq!(text.code, code_of(report["status"].as_str().unwrap_or("")));
            for r in report["requirements"].as_array().expect("requirements") {
                let title = r["title"].as_str().expect("title");
                let line = text
                    .stdout
                    .lines()
                    .find(|l| after_mark(l.trim_start()).starts_with(title))
                    .unwrap_or_else(|| panic!("{dir}: no line for {title}:\n{}", text.stdout));
                let mark = mark_of(r["status"].as_str().unwrap_or(""));
                assert!(line.trim_start().starts_with(mark), "{dir}: {line}");
            }
            if lang == "nl" {
                insta::assert_snapshot!(snapshot_name(&dir, "text"), text.stdout);
            }
        }
    }
}

#[test]
fn batch_table_agrees_with_json() {
    for lang in ["nl", "en"] {
        let table = run(&["check", "--each", "examples/dossiers", "--lang", lang]);
        let dirs = examples();
        let reports: Vec<Value> = dirs.iter().map(|d| json(d, lang)).collect();
        let worst = reports
            .iter()
            .map(|r| code_of(r["status"].as_str().unwrap_or("")))
            .max();
        assert_eq!(Some(table.code), worst);
        for (dir, report) in dirs.iter().zip(&reports) {
            let name = dir.rsplit('/').next().unwrap_or(dir);
            let row = table
                .stdout
                .lines()
                .find(|l| after_mark(l).starts_with(&format!("{name} ")))
                .unwrap_or_else(|| panic!("no row for {name}:\n{}", table.stdout));
            let status = report["status"].as_str().unwrap_or("");
            let mark = match status {
                "complete" => "✓",
                "incomplete" => "✗",
                _ => "?",
            };
            assert!(row.starts_with(mark), "{row}");
            for r in report["requirements"].as_array().expect("requirements") {
                let title = r["title"].as_str().unwrap_or("").to_lowercase();
                let listed = row.to_lowercase().contains(&title);
                let open = !matches!(r["status"].as_str(), Some("met" | "not-applicable"));
                assert_eq!(listed, open, "{row}: {r}");
                if r["status"] == "needs-review" {
                    assert!(row.to_lowercase().contains(&format!("{title}?")), "{row}");
                }
            }
        }
        let any_question = table
            .stdout
            .lines()
            .any(|l| l.contains("?,") || l.ends_with('?'));
        assert_eq!(
            table.stdout.contains("(een ?") || table.stdout.contains("(a ?"),
            any_question
        );
        insta::assert_snapshot!(format!("batch_{lang}"), table.stdout);
    }
}

#[test]
fn html_agrees_with_json() {
    let page = run(&["check", "--each", "examples/dossiers", "--format", "html"]);
    for dir in examples() {
        let report = json(&dir, "nl");
        for r in report["requirements"].as_array().expect("requirements") {
            let status = r["status"].as_str().unwrap_or("");
            let title = r["title"].as_str().unwrap_or("");
            let row = format!(
                "<tr class=\"{status}\"><td class=\"mark\">{}",
                mark_of(status)
            );
            assert!(
                page.stdout
                    .lines()
                    .any(|l| l.starts_with(&row) && l.contains(title)),
                "{dir}: no {status} row for {title}"
            );
        }
        let action = match report["status"].as_str() {
            Some("complete") => "kan worden ingepland",
            _ => "Nog niet inplannen",
        };
        assert!(page.stdout.contains(action), "{dir}");
    }
    assert!(!page.stdout.contains(ROOT));
    for dir in examples() {
        let single = run(&["check", &dir, "--format", "html"]);
        insta::assert_snapshot!(snapshot_name(&dir, "html"), single.stdout);
    }
}

#[test]
fn letter_agrees_with_json() {
    for dir in examples() {
        let report = json(&dir, "nl");
        let letter = run(&["check", &dir, "--format", "letter"]);
        for r in report["requirements"].as_array().expect("requirements") {
            let Some(request) = r["request"].as_str() else {
                continue;
            };
            let status = r["status"].as_str().unwrap_or("");
            if status == "missing" || status == "outdated" {
                assert!(
                    letter.stdout.contains(request.trim_end_matches('.')),
                    "{dir}: {request}"
                );
            }
        }
        if report["status"] == "complete" {
            assert!(letter.stdout.contains("compleet"), "{}", letter.stdout);
        }
        insta::assert_snapshot!(snapshot_name(&dir, "letter"), letter.stdout);
        insta::assert_json_snapshot!(snapshot_name(&dir, "json"), report);
    }
}
