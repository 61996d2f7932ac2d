//! The words of the languages letters are written in that reading needs whatever the checklist:
//! abbreviations that do not end a sentence, month names and ordinal suffixes of dates, forms of
//! address and surname particles of names. They live in `rules/language/words.toml`, built into
//! the binary and parsed once per process into sets and maps, so the functions that need them
//! (sentence splitting, date parsing, reading and comparing names) ask here instead of being
//! handed a checklist.
//!
//! This module depends on nothing else in the crate: `text` needs it, so the words are written
//! folded in the file and compared as they are.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

const SOURCE: &str = include_str!("../rules/language/words.toml");

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    abbreviations: Vec<String>,
    ordinals: Vec<String>,
    titles: Vec<String>,
    particles: Vec<String>,
    also_ignored_in_names: Vec<String>,
    /// Words that link to what follows them, so a label cannot end with one.
    linking: Vec<String>,
    /// Words that join the parts of a department's name.
    name_joiners: Vec<String>,
    /// A form's answers yes and no.
    answers: Vec<String>,
    /// Words that number a page ("seite", "page").
    page_words: Vec<String>,
    /// Words that join two dates into a period ("t/m", "until", "bis").
    period_words: Vec<String>,
    /// Month number (a TOML key, so a string) to its names.
    months: BTreeMap<String, Vec<String>>,
}

/// The file made ready for lookups.
#[derive(Debug)]
struct Words {
    abbreviations: HashSet<String>,
    ordinals: HashSet<String>,
    /// In the file's order: the first that fits is cut.
    titles: Vec<String>,
    particles: HashSet<String>,
    /// The titles, the particles and the file's `also_ignored_in_names`.
    ignored_in_names: HashSet<String>,
    linking: HashSet<String>,
    name_joiners: HashSet<String>,
    answers: HashSet<String>,
    page_words: HashSet<String>,
    period_words: HashSet<String>,
    months: HashMap<String, u32>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        parse(SOURCE).unwrap_or_else(|e| {
            panic!("the built-in rules/language/words.toml is malformed (a test catches this): {e}")
        })
    })
}

fn parse(source: &str) -> Result<Words, String> {
    let file: File = toml::from_str(source).map_err(|e| e.to_string())?;
    let mut all = file
        .abbreviations
        .iter()
        .chain(&file.ordinals)
        .chain(&file.titles)
        .chain(&file.particles)
        .chain(&file.also_ignored_in_names)
        .chain(&file.linking)
        .chain(&file.name_joiners)
        .chain(&file.answers)
        .chain(&file.page_words)
        .chain(&file.period_words)
        .chain(file.months.values().flatten());
    if let Some(word) = all.find(|w| !is_folded(w)) {
        return Err(format!("{word:?} is not written folded (lower case ASCII)"));
    }
    let ignored_in_names = file
        .titles
        .iter()
        .chain(&file.particles)
        .chain(&file.also_ignored_in_names)
        .cloned()
        .collect();
    Ok(Words {
        abbreviations: file.abbreviations.into_iter().collect(),
        ordinals: file.ordinals.into_iter().collect(),
        titles: file.titles,
        particles: file.particles.into_iter().collect(),
        ignored_in_names,
        linking: file.linking.into_iter().collect(),
        name_joiners: file.name_joiners.into_iter().collect(),
        answers: file.answers.into_iter().collect(),
        page_words: file.page_words.into_iter().collect(),
        period_words: file.period_words.into_iter().collect(),
        months: months(file.months)?,
    })
}

/// Folding turns any text into lower-case ASCII; a word written otherwise could never match.
fn is_folded(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Each name to its month number. A name under two numbers would make a date ambiguous.
fn months(by_number: BTreeMap<String, Vec<String>>) -> Result<HashMap<String, u32>, String> {
    let mut months = HashMap::new();
    for (key, names) in by_number {
        let number = key
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .ok_or_else(|| format!("months: {key:?} is not a month number 1 to 12"))?;
        for name in names {
            if let Some(other) = months.insert(name.clone(), number) {
                return Err(format!(
                    "months: {name:?} stands under {other} and {number}"
                ));
            }
        }
    }
    Ok(months)
}

/// Whether a full stop after `word` (lower case, without the stop) leaves the sentence going on.
pub fn is_abbreviation(word: &str) -> bool {
    words().abbreviations.contains(word)
}

/// Whether a line numbers its page: a page word and a number after it, anywhere in the line
/// ("Befund freigegeben · Seite 1/1", "Page 2 of 3", "pagina 1 van 2").
pub fn numbers_a_page(line: &str) -> bool {
    let lower = line.to_lowercase();
    let tokens = words_of(&lower);
    (1..tokens.len()).any(|i| numbers_page_at(&tokens, i))
}

/// Whether a line numbers the last page of its document: "Page 1 of 1", "Seite 2/2", "pagina 3
/// van 3".
pub fn numbers_a_last_page(line: &str) -> bool {
    let lower = line.to_lowercase();
    let tokens = words_of(&lower);
    // The total follows the page's number, at most one word ("of", "van") between.
    (1..tokens.len()).any(|i| {
        numbers_page_at(&tokens, i)
            && tokens[i + 1..].iter().take(2).find(|t| is_number(t)) == Some(&tokens[i])
    })
}

/// Whether `tokens[i]` is a page's number: a number right after a page word.
fn numbers_page_at(tokens: &[&str], i: usize) -> bool {
    words().page_words.contains(tokens[i - 1]) && is_number(tokens[i])
}

/// Whether a word is a number written in digits.
fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// The words and numbers of a line, without the marks between them.
fn words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether the text between two dates joins them into a period: a dash or a period word ("t/m",
/// "until", "bis"), and nothing else.
pub fn joins_a_period(between: &str) -> bool {
    let between = between.trim().to_lowercase();
    matches!(between.as_str(), "-" | "–" | "—") || words().period_words.contains(&between)
}

/// Whether `suffix` (folded) makes the number before it an ordinal ("12th", "3e").
pub fn is_ordinal(suffix: &str) -> bool {
    words().ordinals.contains(suffix)
}

/// The number of the month named `name` (folded), full or abbreviated.
pub fn month(name: &str) -> Option<u32> {
    words().months.get(name).copied()
}

/// Forms of address ("mevr", "de heer", folded), in the order they are tried.
pub fn titles() -> &'static [String] {
    &words().titles
}

/// Whether `word` (folded) opens a surname ("van", "de") rather than being a name itself.
pub fn is_particle(word: &str) -> bool {
    words().particles.contains(word)
}

/// Whether `word` (folded) is left out when two names are compared: a particle or a title, or one
/// of the few more compared names leave out.
pub fn is_ignored_in_names(word: &str) -> bool {
    words().ignored_in_names.contains(word)
}

/// Whether `word` (folded) links to what follows it ("of", "van", "le"): a label cell ending with
/// one ("Date of", "Né le /") goes on in the next line of its cell.
pub fn is_linking(word: &str) -> bool {
    words().linking.contains(word)
}

/// Whether `word` (folded) joins the parts of a department's name ("en", "für", "of"): "Dienst
/// Orthopedie en Traumatologie" is one name.
pub fn joins_names(word: &str) -> bool {
    words().name_joiners.contains(word)
}

/// Whether `text` (folded) opens with a form's answer yes or no ("ja, van huisarts", "No").
pub fn opens_with_yes_or_no(text: &str) -> bool {
    let first = text
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty());
    first.is_some_and(|w| words().answers.contains(w))
}

/// The length in bytes of the longest month name or ordinal suffix, for the date scanner's buffer.
#[cfg(test)]
pub(crate) fn longest_date_word() -> usize {
    let w = words();
    w.months
        .keys()
        .chain(&w.ordinals)
        .map(String::len)
        .max()
        .unwrap_or(0)
}

/// Whether the words from `i` on are a postcode of the format `home`.
pub fn fits_postcode(words: &[&str], i: usize, home: &str) -> bool {
    home.split_whitespace().enumerate().all(|(k, p)| {
        words.get(i + k).is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';']);
            w.len() == p.len()
                && w.chars().zip(p.chars()).all(|(c, f)| match f {
                    '#' => c.is_ascii_digit(),
                    'A' => c.is_ascii_uppercase(),
                    _ => c == f,
                })
        })
    })
}

/// Whether an address line holds a postcode of the format `format` ("3584 CX Utrecht" of
/// "#### AA").
pub fn postcode_in(line: &str, format: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (0..words.len()).any(|i| fits_postcode(&words, i, format))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_file_parses() {
        let words = parse(SOURCE).unwrap();
        assert!(words.abbreviations.contains("i.v.m"));
        assert!(words.ordinals.contains("ste"));
        assert_eq!(words.titles[4], "de heer");
        assert!(words.particles.contains("van"));
        for word in ["prof", "van", "mevrouw", "frau"] {
            assert!(words.ignored_in_names.contains(word), "{word}");
        }
        assert_eq!(words.months.len(), 43);
        assert_eq!(words.months.get("maerz"), Some(&3));
        assert_eq!(words.months.get("dez"), Some(&12));
    }

    const EMPTY: &str = "abbreviations = []\nordinals = []\ntitles = []\nparticles = []\n\
                         also_ignored_in_names = []\nlinking = []\n\
                         name_joiners = []\n";

    #[test]
    fn malformed_files_are_refused() {
        let with = |months: &str| format!("{EMPTY}[months]\n{months}");
        assert!(parse(&with("13 = [\"x\"]")).is_err());
        assert!(parse(&with("jan = [\"x\"]")).is_err());
        assert!(parse(&with("1 = [\"jan\"]\n2 = [\"jan\"]")).is_err());
        assert!(parse(&with("3 = [\"März\"]")).is_err());
        assert!(parse(&format!("{EMPTY}[months]\n[extra]")).is_err());
    }
}
