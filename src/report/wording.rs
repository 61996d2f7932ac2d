//! The small words of the report's language: counts with their nouns, dates, titles mid-sentence,
//! problem codes as phrases. Every part of the report uses them; they use nothing of the report.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::messages;
use crate::read::media::MediumSummary;

/// A title for use mid-sentence: its first letter lowered, unless the first word is an acronym
/// ("MRSA-screening", "PA-verslag" stay as they are; "Beelden (CD)" becomes "beelden (CD)").
pub(crate) fn lower_first(title: &str) -> String {
    let mut chars = title.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return title.to_string();
    };
    if second.is_some_and(char::is_uppercase) {
        return title.to_string();
    }
    first
        .to_lowercase()
        .chain(title[first.len_utf8()..].chars())
        .collect()
}

/// Picks the Dutch or the English text.
pub(crate) fn tr(lang: &str, nl: String, en: String) -> String {
    if lang == "en" {
        en
    } else {
        nl
    }
}

/// A phrase as a sentence: a capital first letter and a full stop.
pub(crate) fn sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// "1 beeld", "3 beelden", "1 image", "3 images": a number with its noun in the right number.
pub fn count(
    n: usize,
    nl_one: &str,
    nl_many: &str,
    en_one: &str,
    en_many: &str,
    lang: &str,
) -> String {
    let noun = match (lang == "en", n == 1) {
        (false, true) => nl_one,
        (false, false) => nl_many,
        (true, true) => en_one,
        (true, false) => en_many,
    };
    format!("{n} {noun}")
}

/// A problem code as a short phrase for people, from the message catalogue.
pub fn problem_phrase(code: &str, lang: &str) -> &'static str {
    messages::problem(code, lang)
}

/// The parts that are there, joined by commas ("CT, pols rechts" when the date is unknown).
pub(crate) fn join_present(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A date as the report's language writes it: 15-09-2026 in Dutch, 2026-09-15 in English.
pub(crate) fn day(d: NaiveDate, lang: &str) -> String {
    tr(lang, d.format("%d-%m-%Y").to_string(), d.to_string())
}

/// The documents by path, the first of each path (a split file keeps its path on every part): a
/// reason or a letter can name every file of a dossier, so each lookup must not scan them all.
pub(crate) fn index_by_path<'a, T>(
    docs: &'a [T],
    path: impl Fn(&'a T) -> &'a str,
) -> HashMap<&'a str, &'a T> {
    let mut by_path = HashMap::with_capacity(docs.len());
    for d in docs {
        by_path.entry(path(d)).or_insert(d);
    }
    by_path
}

/// How many images of a medium are missing, unreadable or do not match its index.
pub(crate) fn medium_counts(m: &MediumSummary, lang: &str) -> String {
    image_counts(
        m.images_listed,
        m.images_missing,
        m.images_unreadable,
        m.images_mismatched,
        lang,
    )
}

pub(crate) fn image_counts(
    listed: Option<usize>,
    missing: usize,
    unreadable: usize,
    mismatched: usize,
    lang: &str,
) -> String {
    let listed = listed.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
    let mut parts = Vec::new();
    if missing > 0 {
        parts.push(tr(
            lang,
            format!("{missing} van {listed} beelden uit de index ontbreken"),
            format!("{missing} of {listed} listed images are missing"),
        ));
    }
    if unreadable > 0 {
        parts.push(tr(
            lang,
            format!(
                "{} onleesbaar",
                count(unreadable, "beeld", "beelden", "", "", lang)
            ),
            format!(
                "{} unreadable",
                count(unreadable, "", "", "image", "images", lang)
            ),
        ));
    }
    if mismatched > 0 {
        parts.push(mismatched_phrase(mismatched, lang));
    }
    parts.join(", ")
}

/// "2 beelden wijken af van de index": the verb agrees with the number.
fn mismatched_phrase(mismatched: usize, lang: &str) -> String {
    let (nl, en) = if mismatched == 1 {
        ("1 beeld wijkt".to_string(), "1 image differs".to_string())
    } else {
        (
            format!("{mismatched} beelden wijken"),
            format!("{mismatched} images differ"),
        )
    };
    tr(
        lang,
        format!("{nl} af van de index"),
        format!("{en} from the index"),
    )
}
