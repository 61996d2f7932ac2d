//! The message catalogue: every phrase a person reads about a file's problem, a fact's source or a
//! file not read, one TOML table per language (`messages/nl.toml`, `messages/en.toml`), embedded
//! in the binary and keyed by the stable codes of the JSON report.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// One language's phrases.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalogue {
    /// Problem codes (`image-only`, `too-large`, ...) as short phrases.
    problem: HashMap<String, String>,
    /// Why a file was not read (`hidden`, `link`, ...).
    ignored: HashMap<String, String>,
    /// Where a fact's value came from (`text`, `default`, ...).
    fact_source: HashMap<String, String>,
    /// The ConText category (or other note) that qualified a fact's evidence.
    qualifier: HashMap<String, String>,
    /// A requirement's status in words (`met`, `missing`, ...).
    status: HashMap<String, String>,
    /// A dossier's status in words (`complete`, `incomplete`, `needs-review`).
    dossier_status: HashMap<String, String>,
    /// The verdict with what to do, one sentence per dossier status (`incomplete-review`: something
    /// is missing and something needs a look).
    verdict: HashMap<String, String>,
    /// Labels, headings and fixed sentences of the text report, the letter and the HTML page.
    ui: HashMap<String, String>,
    /// Why a requirement has its verdict: templates with `{placeholders}`.
    reason: HashMap<String, String>,
    /// Cross-check warnings by code: templates with `{placeholders}`.
    warning: HashMap<String, String>,
    /// A fact inside a reason: `yes`, `no`, and a clause per source.
    fact_in_reason: HashMap<String, String>,
    /// Sentences of the letter to the referrer: templates.
    letter: HashMap<String, String>,
}

const NL: &str = include_str!("messages/nl.toml");
const EN: &str = include_str!("messages/en.toml");

fn catalogues() -> &'static (Catalogue, Catalogue) {
    static CATALOGUES: OnceLock<(Catalogue, Catalogue)> = OnceLock::new();
    CATALOGUES.get_or_init(|| {
        let parse = |text: &str, name: &str| {
            toml::from_str::<Catalogue>(text)
                .unwrap_or_else(|e| panic!("the embedded catalogue {name} does not parse: {e}"))
        };
        (parse(NL, "nl.toml"), parse(EN, "en.toml"))
    })
}

fn catalogue(lang: &str) -> &'static Catalogue {
    let (nl, en) = catalogues();
    if lang == "en" {
        en
    } else {
        nl
    }
}

/// A problem code as a short phrase ("een scan of foto zonder tekst"); an unknown code reads as
/// "cannot be read".
pub fn problem(code: &str, lang: &str) -> &'static str {
    let c = catalogue(lang);
    c.problem
        .get(code)
        .or_else(|| c.problem.get("unreadable"))
        .map_or("", String::as_str)
}

/// Why a file was not read, as a phrase.
pub fn ignored(reason: &str, lang: &str) -> &'static str {
    let c = catalogue(lang);
    c.ignored
        .get(reason)
        .or_else(|| c.ignored.get("unreadable-folder"))
        .map_or("", String::as_str)
}

/// Where a fact's value came from, as a phrase.
pub fn fact_source(source: &str, lang: &str) -> &'static str {
    catalogue(lang)
        .fact_source
        .get(source)
        .map_or("", String::as_str)
}

/// A label, heading or fixed sentence of a view, in English (`en`) or Dutch. A key missing from
/// the catalogue is a bug the tests catch; it shows as the key itself.
pub fn ui(key: &'static str, en: bool) -> &'static str {
    catalogue(if en { "en" } else { "nl" })
        .ui
        .get(key)
        .map_or(key, String::as_str)
}

/// A reason template with its `{name}` placeholders filled in from `args` (each value inserted
/// as it is; a placeholder without a value stays as written, which the tests would show).
pub fn reason(key: &'static str, lang: &str, args: &[(&str, &str)]) -> String {
    fill(
        catalogue(lang).reason.get(key).map_or(key, String::as_str),
        args,
    )
}

/// A cross-check warning's sentence, by its code, with its placeholders filled in.
pub fn warning(code: &'static str, lang: &str, args: &[(&str, &str)]) -> String {
    fill(
        catalogue(lang)
            .warning
            .get(code)
            .map_or(code, String::as_str),
        args,
    )
}

/// A sentence of the letter to the referrer, with its placeholders filled in.
pub fn letter(key: &'static str, en: bool, args: &[(&str, &str)]) -> String {
    let c = catalogue(if en { "en" } else { "nl" });
    fill(c.letter.get(key).map_or(key, String::as_str), args)
}

/// A fact's value or source as written inside a reason (empty when the catalogue has none).
pub fn fact_in_reason(key: &str, lang: &str) -> &'static str {
    catalogue(lang)
        .fact_in_reason
        .get(key)
        .map_or("", String::as_str)
}

fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A requirement's status (its JSON name) in words.
pub fn status(name: &str, lang: &str) -> &'static str {
    catalogue(lang).status.get(name).map_or("", String::as_str)
}

/// A dossier's status (its JSON name) in words.
pub fn dossier_status(name: &str, lang: &str) -> &'static str {
    catalogue(lang)
        .dossier_status
        .get(name)
        .map_or("", String::as_str)
}

/// The verdict sentence for a dossier status (or `incomplete-review`).
pub fn verdict(key: &str, lang: &str) -> &'static str {
    catalogue(lang).verdict.get(key).map_or("", String::as_str)
}

/// A fact's qualifier ("negated: nooit") with its category in the report's language ("ontkend:
/// nooit"); the trigger is quoted from the checklist as it is.
pub fn qualifier(q: &str, lang: &str) -> String {
    let c = catalogue(lang);
    let (category, rest) = match q.split_once(": ") {
        Some((category, rest)) => (category, Some(rest)),
        None => (q, None),
    };
    let category = c.qualifier.get(category).map_or(category, String::as_str);
    match rest {
        Some(rest) => format!("{category}: {rest}"),
        None => category.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(m: &HashMap<String, String>) -> Vec<&String> {
        let mut k: Vec<_> = m.keys().collect();
        k.sort();
        k
    }

    #[test]
    fn every_ui_key_the_views_use_is_in_the_catalogue() {
        let (nl, _) = catalogues();
        for source in [
            include_str!("text.rs"),
            include_str!("letter.rs"),
            include_str!("html.rs"),
        ] {
            for piece in source.split("messages::ui(\"").skip(1) {
                let key = piece.split('"').next().unwrap_or_default();
                assert!(
                    nl.ui.contains_key(key),
                    "no ui key {key:?} in the catalogue"
                );
            }
        }
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        let (nl, en) = catalogues();
        assert_eq!(keys(&nl.problem), keys(&en.problem));
        assert_eq!(keys(&nl.ignored), keys(&en.ignored));
        assert_eq!(keys(&nl.fact_source), keys(&en.fact_source));
        assert_eq!(keys(&nl.qualifier), keys(&en.qualifier));
        assert_eq!(keys(&nl.status), keys(&en.status));
        assert_eq!(keys(&nl.dossier_status), keys(&en.dossier_status));
        assert_eq!(keys(&nl.verdict), keys(&en.verdict));
        assert_eq!(keys(&nl.ui), keys(&en.ui));
        assert_eq!(keys(&nl.reason), keys(&en.reason));
        assert_eq!(keys(&nl.warning), keys(&en.warning));
        assert_eq!(keys(&nl.fact_in_reason), keys(&en.fact_in_reason));
        assert_eq!(keys(&nl.letter), keys(&en.letter));
        for code in [
            "media-several-patients",
            "media-patient-name-differs",
            "media-birth-date-differs",
            "imaging-study-without-report",
            "imaging-report-without-images",
        ] {
            assert!(nl.warning.contains_key(code), "{code}");
        }
        assert_eq!(
            reason(
                "outdated",
                "nl",
                &[
                    ("path", "a.pdf"),
                    ("date", "01-01-2026"),
                    ("age", "300"),
                    ("max", "183")
                ]
            ),
            "a.pdf is van 01-01-2026 (300 dagen oud; maximaal 183 dagen)"
        );
        assert_eq!(qualifier("negated: nooit", "nl"), "ontkend: nooit");
        assert_eq!(problem("too-large", "nl"), "te groot om te lezen");
        assert_eq!(problem("no-such-code", "en"), "cannot be read");
    }
}
