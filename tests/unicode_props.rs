//! Property tests over arbitrary Unicode: folding, sentence splitting, dates, names and a whole
//! check never panic, and positions found in folded text always map back onto the text as written.
//! A panic here once took a whole inbox down ("Betreft: ｍｗ. A. Testpersoon").

mod common;

use dossiercheck::check::{check_dossier, CheckOptions};
use dossiercheck::checklist::Checklist;
use dossiercheck::text::{fold, sentences, Folded};
use proptest::prelude::*;

/// Text made of the characters that break byte arithmetic: wide, combining, full-width, ligatures,
/// letters whose folding is longer or shorter, label words and punctuation that letters use.
fn letterish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Betreft: ".to_string()),
        Just("Patiënt: ".to_string()),
        Just("ｍｗ. ".to_string()),
        Just("mevr. ".to_string()),
        Just("geb. ".to_string()),
        Just("Datum: ".to_string()),
        Just("12 maart 2026".to_string()),
        Just("01-02-1980".to_string()),
        Just("ß".to_string()),
        Just("ĳ".to_string()),
        Just("ﬁ".to_string()),
        Just("İ".to_string()),
        Just("é".to_string()),
        Just("\u{301}".to_string()),
        Just("\u{202e}".to_string()),
        Just("北京".to_string()),
        Just("😀".to_string()),
        Just(": ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("geopereerd ".to_string()),
        Just("geen ".to_string()),
        "\\PC{0,6}",
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn folded_positions_map_to_character_boundaries(text in letterish()) {
        let folded = Folded::new(&text);
        prop_assert!(folded.text.is_ascii());
        let mut last = 0;
        for i in 0..=folded.text.len() + 2 {
            let at = folded.original_index(i);
            prop_assert!(text.is_char_boundary(at), "{at} in {text:?}");
            prop_assert!(at >= last, "positions go backwards in {text:?}");
            last = at;
        }
        prop_assert_eq!(folded.original_index(folded.text.len()), text.len());
    }

    #[test]
    fn sentences_and_dates_never_panic(text in letterish()) {
        for s in sentences(&text) {
            prop_assert!(text.contains(s.original.split_whitespace().next().unwrap_or("")));
            prop_assert_eq!(fold(&s.original), s.folded);
        }
        for d in dossiercheck::dates::find_dates(&text) {
            prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
        }
    }
}

proptest! {
    // A whole check per case: fewer cases, each one a real dossier on disk.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_whole_check_never_fails_on_any_letter(text in letterish(), second in letterish()) {
        let dossier = common::Dossier::new();
        dossier.write("brief.txt", &text);
        dossier.write("tweede brief.txt", &second);
        let checklist = Checklist::builtin().expect("built-in checklist").compile();
        let options = CheckOptions {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid date"),
            cli_facts: Default::default(),
            lang: None,
            read: Default::default(),
        };
        let report = check_dossier(dossier.path(), &checklist, &options);
        prop_assert!(report.is_ok(), "{:?}", report.err());
    }
}

#[test]
fn full_width_title_in_a_name_line_is_read_not_a_crash() {
    let dossier = common::Dossier::new();
    dossier.write(
        "verwijsbrief.txt",
        "Verwijsbrief\nBetreft: ｍｗ. A. Testpersoon, geb. 01-02-1980\nGeachte collega,\n",
    );
    let (report, code) = common::run::check_json(dossier.path(), &[]);
    assert_eq!(code, 1, "an incomplete dossier, checked: {report}");
    assert!(report.get("error").is_none(), "{report}");
    assert_eq!(report["patient"]["name"], "A. Testpersoon", "{report}");
}
