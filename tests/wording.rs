//! One language per run, one date style per language, singular and plural, and the same words for
//! the same problem everywhere: a Dutch report has Dutch file problems in JSON, Dutch fact sources
//! and kind titles under `--explain`, DD-MM-YYYY dates in the report, the inventory and the page;
//! a file over `--max-file-mb` is "te groot" in the report, the letter and the JSON.

mod common;

use common::run::{dossiercheck, Run, AS_OF};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn run_in(dir: &std::path::Path, args: &[&str]) -> Run {
    let output = dossiercheck()
        .current_dir(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run dossiercheck");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

fn run(args: &[&str]) -> Run {
    run_in(ROOT.as_ref(), args)
}

/// Whether `s` holds an ISO date (YYYY-MM-DD).
fn has_iso_date(s: &str) -> bool {
    s.as_bytes().windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

const INCOMPLETE: &str = "examples/dossiers/incomplete";

#[test]
fn file_problems_in_json_speak_the_report_language() {
    let nl = run(&["check", INCOMPLETE, "--as-of", AS_OF, "--format", "json"]).json();
    let en = run(&[
        "check", INCOMPLETE, "--as-of", AS_OF, "--format", "json", "--lang", "en",
    ])
    .json();
    let messages = |r: &serde_json::Value| -> Vec<String> {
        r["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|d| d["problems"].as_array().into_iter().flatten())
            .map(|p| p["message"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(
        messages(&nl).contains(&"Beveiligd met een wachtwoord.".to_string()),
        "{:?}",
        messages(&nl)
    );
    assert!(
        messages(&en).contains(&"Protected with a password.".to_string()),
        "{:?}",
        messages(&en)
    );
}

#[test]
fn explain_speaks_one_language() {
    let out = run(&["check", INCOMPLETE, "--as-of", AS_OF, "--explain"]).stdout;
    for english in [
        "[text]",
        "[default]",
        "[plan-or-question]",
        "written by a hospital abroad",
        "[negated",
        " referral,",
    ] {
        assert!(!out.contains(english), "{english} in:\n{out}");
    }
    assert!(out.contains("[volgens de brieven]"), "{out}");
    assert!(out.contains("Verwijsbrief, 01-10-2026"), "{out}");
}

#[test]
fn dutch_dates_are_day_month_year_everywhere() {
    for args in [
        vec!["check", INCOMPLETE, "--as-of", AS_OF],
        vec!["inventory", "examples/dossiers/complete"],
        vec!["check", INCOMPLETE, "--as-of", AS_OF, "--format", "letter"],
    ] {
        let out = run(&args).stdout;
        // Quotes from letters may hold any date; the tool's own lines may not.
        for line in out.lines().filter(|l| !l.contains('"')) {
            assert!(!has_iso_date(line), "{args:?}: {line}");
        }
    }
    let page = run(&["check", INCOMPLETE, "--as-of", AS_OF, "--format", "html"]).stdout;
    assert!(page.contains("peildatum 23-11-2026"));
    assert!(page.contains("Testpersoon, geboren 01-01-1980"), "{page}");
}

#[test]
fn one_file_is_one_file_and_too_large_is_too_large() {
    let tmp = common::Dossier::new();
    let dir = tmp.path().join("d");
    std::fs::create_dir_all(&dir).expect("dossier");
    let mut big = b"%PDF-1.4\n".to_vec();
    big.resize(3 * 1024 * 1024, b' ');
    std::fs::write(dir.join("groot.pdf"), big).expect("big");
    let args = ["check", "d", "--as-of", AS_OF, "--max-file-mb", "1"];
    let text = run_in(tmp.path(), &args).stdout;
    assert!(text.contains("groot.pdf (te groot om te lezen)"), "{text}");
    let mut letter_args = args.to_vec();
    letter_args.extend(["--format", "letter"]);
    let letter = run_in(tmp.path(), &letter_args).stdout;
    assert!(
        letter.contains("Het volgende bestand konden wij"),
        "{letter}"
    );
    assert!(
        letter.contains("groot.pdf is te groot om te lezen"),
        "{letter}"
    );
    assert!(!letter.contains("beschadigd"), "{letter}");
    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json = run_in(tmp.path(), &json_args).json();
    assert_eq!(json["documents"][0]["problems"][0]["code"], "too-large");
    assert_eq!(
        json["documents"][0]["problems"][0]["message"],
        "Te groot om te lezen."
    );
}

#[test]
fn the_question_mark_legend_only_with_a_question_mark() {
    let tmp = common::Dossier::new();
    let inbox = tmp.path().join("inbox");
    common::desk::complete(&inbox.join("a"));
    let out = run_in(tmp.path(), &["check", "--each", "inbox", "--as-of", AS_OF]).stdout;
    assert!(!out.contains('?'), "{out}");
    assert!(out.contains("1 dossier: 1 compleet"), "{out}");
}

#[test]
fn checklist_validate_lists_every_problem_in_line_order() {
    let tmp = common::Dossier::new();
    let file = tmp.path().join("bad.toml");
    std::fs::write(
        &file,
        "[checklist]\nname = \"T\"\nversion = \"1\"\nlanguage = \"de\"\ncolour = \"red\"\n\n[[kind]]\nid = \"referral\"\ntitle = \"Verwijsbrief\"\ncues = [\"verwijsbrief\",\n  \"verwijzing\"]\nbogus = 3\n\n[[requirement]]\nid = \"referral\"\ntitle = \"Verwijsbrief\"\nkinds = [\"referral\", \"nope\"]\nrequest = \"Een verwijsbrief.\"\nmax_age_days = \"lang\"\n",
    )
    .expect("checklist");
    let run = run_in(tmp.path(), &["checklist", "validate", "bad.toml"]);
    assert_eq!(run.code, 2);
    let lines: Vec<&str> = run.stderr.lines().collect();
    let at: Vec<&str> = lines
        .iter()
        .map(|l| {
            l.strip_prefix("dossiercheck: error: bad.toml:")
                .and_then(|rest| rest.split(':').next())
                .unwrap_or_else(|| panic!("{l}"))
        })
        .collect();
    assert_eq!(at, ["4", "5", "12", "17", "19"], "{}", run.stderr);
    assert!(run.stderr.contains("unknown language `de`"));
    assert!(run.stderr.contains("unknown field `colour`"));
    assert!(run.stderr.contains("unknown field `bogus`"));
    assert!(run.stderr.contains("unknown kind `nope`"));
    // A valid checklist counts in the right number.
    std::fs::write(
        &file,
        "[checklist]\nname = \"T\"\nversion = \"1\"\n\n[[kind]]\nid = \"referral\"\ntitle = \"Verwijsbrief\"\ncues = [\"verwijsbrief\"]\n\n[[requirement]]\nid = \"referral\"\ntitle = \"Verwijsbrief\"\nkinds = [\"referral\"]\nrequest = \"Een verwijsbrief.\"\n",
    )
    .expect("checklist");
    let ok = run_in(tmp.path(), &["checklist", "validate", "bad.toml"]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert!(
        ok.stdout.contains("(1 kind, 0 facts, 1 requirement,"),
        "{}",
        ok.stdout
    );
}
