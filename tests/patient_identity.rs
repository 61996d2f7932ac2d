//! The patient in the request letter: named whenever the letters name the same person, however
//! they write it (initials or given names, "mw."/"mevrouw"/"Mrs", a married double name beside the
//! maiden name, a birth date in any format); and when they name different people, the letter says
//! which document names whom.

mod common;

use common::run::{dossiercheck, Run, AS_OF};

fn check(dir: &std::path::Path, format: &str) -> Run {
    let output = dossiercheck()
        .arg("check")
        .arg(dir)
        .args(["--as-of", AS_OF, "--format", format])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run dossiercheck");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

fn letter(name_line: &str, date: &str) -> String {
    format!(
        "Huisartsenpraktijk De Linde\nDatum: {date}\n\n{name_line}\n\nGeachte collega,\n\nGraag verwijs ik patiënte naar u voor een second opinion.\n\nMet vriendelijke groet,\nDr. Huisarts\n"
    )
}

#[test]
fn one_person_written_three_ways_is_named_in_the_letter() {
    let d = common::Dossier::new();
    std::fs::write(
        d.path().join("verwijzing.txt"),
        letter("Betreft: mw. J. de Vries, geb. 03-02-1961", "01-10-2026"),
    )
    .expect("letter");
    std::fs::write(
        d.path().join("brief.txt"),
        letter(
            "Patiënt: mevrouw Johanna de Vries-Jansen, geboren 3 februari 1961",
            "02-10-2026",
        ),
    )
    .expect("letter");
    std::fs::write(
        d.path().join("summary.txt"),
        letter(
            "Patient: Mrs Johanna de Vries, date of birth 03/02/1961",
            "03-10-2026",
        ),
    )
    .expect("letter");
    let json = check(d.path(), "json").json();
    assert_eq!(
        json["patient"]["name"], "Johanna de Vries-Jansen",
        "{:#}",
        json["patient"]
    );
    assert_eq!(json["patient"]["birth_date"], "1961-02-03");
    assert!(json["patient"].get("documents").is_none());
    let letter = check(d.path(), "letter").stdout;
    assert!(
        letter.starts_with("Betreft: Second opinion hand- en polschirurgie, Johanna de Vries-Jansen, geboren 03-02-1961"),
        "{letter}"
    );
    assert!(!letter.contains("Let op"), "{letter}");
}

#[test]
fn different_people_are_named_with_their_documents() {
    let d = common::Dossier::new();
    std::fs::write(
        d.path().join("verwijzing.txt"),
        letter("Betreft: mw. J. de Vries, geb. 03-02-1961", "01-10-2026"),
    )
    .expect("letter");
    std::fs::write(
        d.path().join("brief.txt"),
        letter("Betreft: dhr. P. Bakker, geb. 12-12-1950", "02-10-2026"),
    )
    .expect("letter");
    let json = check(d.path(), "json").json();
    assert!(json["patient"]["name"].is_null());
    assert_eq!(
        json["patient"]["documents"].as_array().map(Vec::len),
        Some(2)
    );
    let letter = check(d.path(), "letter").stdout;
    assert!(
        letter.starts_with("Betreft: Second opinion hand- en polschirurgie\n"),
        "{letter}"
    );
    assert!(
        letter.contains("Let op: de stukken noemen niet dezelfde patiënt"),
        "{letter}"
    );
    assert!(
        letter.contains("J. de Vries, geboren 03-02-1961 (verwijzing.txt)"),
        "{letter}"
    );
    assert!(
        letter.contains("P. Bakker, geboren 12-12-1950 (brief.txt)"),
        "{letter}"
    );
}
