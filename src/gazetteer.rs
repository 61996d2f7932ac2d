//! The towns of the world, for telling where something happened: `rules/language/places.tsv`
//! (generated from GeoNames by `scripts/gazetteer.py`), built into the binary. A checklist that
//! names its home country reads every town of another country as a place abroad, but only where a
//! letter puts something in it ("in Göteborg", "aus Gießen"): a bare word that is also a town (a
//! surname, a given name) is no place. The file is sorted, so a name is looked up by bisection
//! and nothing is loaded before the first lookup.

use std::collections::HashSet;

use crate::text::CueMatch;

const SOURCE: &str = include_str!("../rules/language/places.tsv");

/// How many words the longest town name has that is looked up ("Sharm el Sheikh").
const MAX_NAME_WORDS: usize = 4;

/// The towns outside one country, and the words that put something in a town.
#[derive(Debug, Clone, Default)]
pub struct Towns {
    /// The home country's code; no towns at all without one.
    home: Option<String>,
    /// Places at home the checklist names, folded ("tiel", "in leiden" as "leiden").
    home_names: HashSet<String>,
    prepositions: HashSet<String>,
    /// Words for a hospital after its town's name, folded, longest first ("district general").
    hospitals: Vec<String>,
    /// Towns abroad that are also words ("nice", "essen"), folded: the caller keeps only those
    /// written with a capital.
    word_towns: HashSet<String>,
}

/// The lines of the built-in file after its header: "name\tcountry", sorted, so a name's lines
/// stand together and are found by bisection without reading the file into a table first.
fn body() -> &'static str {
    let mut body = SOURCE;
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    body
}

/// The countries that have a town called `name` (folded).
fn countries_of(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    let body = body();
    let name_of = |start: usize| {
        let line = &body[start..];
        let line = line.split('\n').next().unwrap_or("");
        line.split_once('\t').unwrap_or((line, ""))
    };
    // Bisect for the first line whose name is not below `name`.
    let (mut low, mut high) = (0, body.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let start = body[..middle].rfind('\n').map_or(0, |i| i + 1);
        if name_of(start).0 < name {
            low = body[start..]
                .find('\n')
                .map_or(body.len(), |i| start + i + 1);
        } else {
            high = start;
        }
    }
    body[low..]
        .lines()
        .map_while(move |line| match line.split_once('\t') {
            Some((n, country)) if n == name => Some(country),
            _ => None,
        })
}

/// Whether the built-in gazetteer knows a country code (a checklist's `home_country`): its header
/// lists every country, so the file itself is not read.
pub fn knows_country(code: &str) -> bool {
    SOURCE
        .lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("# countries:"))
        .flat_map(str::split_whitespace)
        .any(|country| country.eq_ignore_ascii_case(code))
}

impl Towns {
    /// The towns of every country but `home`, less any name that is also a place at home (in the
    /// gazetteer or in `home_names`, folded), found after one of `prepositions` or before one of
    /// `hospitals` (folded).
    pub fn new(
        home: &str,
        home_names: &[String],
        prepositions: HashSet<String>,
        mut hospitals: Vec<String>,
    ) -> Towns {
        // "in Leiden" names Leiden.
        let home_names = home_names
            .iter()
            .map(|n| match n.split_once(' ') {
                Some((first, rest)) if prepositions.contains(first) => rest.to_string(),
                _ => n.clone(),
            })
            .collect();
        hospitals.sort_by_key(|h| std::cmp::Reverse(h.len()));
        Towns {
            home: Some(home.to_ascii_uppercase()),
            home_names,
            prepositions,
            hospitals,
            word_towns: HashSet::new(),
        }
    }

    /// Sets the towns abroad that are also words (folded), less any that is also a place at home.
    pub fn with_word_towns(mut self, word_towns: HashSet<String>) -> Towns {
        let at_home = |name: &String| {
            self.home_names.contains(name)
                || self
                    .home
                    .as_deref()
                    .is_some_and(|home| countries_of(name).any(|c| c == home))
        };
        self.word_towns = word_towns.into_iter().filter(|n| !at_home(n)).collect();
        self
    }

    /// Whether `name` (folded) is a town abroad and no place at home.
    fn is_abroad(&self, name: &str) -> bool {
        let Some(home) = &self.home else {
            return false;
        };
        if self.home_names.contains(name) {
            return false;
        }
        let mut any = false;
        for country in countries_of(name) {
            if country == home {
                return false;
            }
            any = true;
        }
        any
    }

    /// The town abroad that `words` (spans of `folded`, at least one) name together, if they do:
    /// the words of a name stand apart by one space or hyphen, nothing else between.
    fn town_of(&self, folded: &str, words: &[(usize, usize)]) -> Option<CueMatch> {
        let (start, end) = (words.first()?.0, words.last()?.1);
        let name = &folded[start..end];
        (name.split([' ', '-']).count() == words.len() && self.is_abroad(name)).then(|| CueMatch {
            start,
            end,
            cue: name.to_string(),
            group: 0,
        })
    }

    /// The towns abroad in a folded sentence that follow one of the prepositions, the longest
    /// name that fits at each ("in Cape Town", not "Cape").
    pub fn find_all(&self, folded: &str) -> Vec<CueMatch> {
        if self.home.is_none() {
            return Vec::new();
        }
        let words = word_spans(folded);
        let mut out = Vec::new();
        for (i, &(start, end)) in words.iter().enumerate() {
            if !self.prepositions.contains(&folded[start..end]) {
                continue;
            }
            let rest = &words[i + 1..];
            let longest = (1..=MAX_NAME_WORDS.min(rest.len()))
                .rev()
                .find_map(|n| self.town_of(folded, &rest[..n]));
            out.extend(longest);
        }
        out
    }

    /// The towns that are also words ("in nice", "klinikum essen") right after one of the
    /// prepositions in a folded sentence: the caller checks that the name is written with a
    /// capital.
    pub fn find_word_towns(&self, folded: &str) -> Vec<CueMatch> {
        if self.word_towns.is_empty() {
            return Vec::new();
        }
        let words = word_spans(folded);
        words
            .windows(2)
            .filter(|pair| self.prepositions.contains(&folded[pair[0].0..pair[0].1]))
            .map(|pair| pair[1])
            .filter(|&(start, end)| self.word_towns.contains(&folded[start..end]))
            .map(|(start, end)| CueMatch {
                start,
                end,
                cue: folded[start..end].to_string(),
                group: 0,
            })
            .collect()
    }

    /// The towns abroad in a folded sentence that stand right before one of the words for a
    /// hospital ("eastbourne district general"), the longest name that fits: the caller checks
    /// that the name is written with a capital, as a hospital's name is.
    pub fn find_before_hospitals(&self, folded: &str) -> Vec<CueMatch> {
        if self.home.is_none() || self.hospitals.is_empty() {
            return Vec::new();
        }
        let words = word_spans(folded);
        let mut out = Vec::new();
        for (i, &(start, _)) in words.iter().enumerate() {
            let follows = self.hospitals.iter().any(|h| {
                folded[start..]
                    .strip_prefix(h.as_str())
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            });
            if !follows || i == 0 {
                continue;
            }
            let before = &words[i.saturating_sub(MAX_NAME_WORDS)..i];
            // Only spaces between the name and the hospital's word: "Eastbourne, District
            // General" lists two things.
            if !folded[before[before.len() - 1].1..start].trim().is_empty() {
                continue;
            }
            let longest = (1..=before.len())
                .rev()
                .find_map(|n| self.town_of(folded, &before[before.len() - n..]));
            out.extend(longest);
        }
        out
    }
}

/// The byte spans of the words of a folded text: runs of letters, digits and apostrophes.
fn word_spans(folded: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        let in_word = c.is_alphanumeric() || c == '\'';
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, folded.len()));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn towns() -> Towns {
        let prepositions = ["in", "te", "aus"].iter().map(|s| s.to_string()).collect();
        let hospitals = vec!["hospital".to_string(), "district general".to_string()];
        Towns::new("NL", &["tiel".to_string()], prepositions, hospitals)
    }

    fn found(text: &str) -> Vec<String> {
        towns().find_all(text).into_iter().map(|m| m.cue).collect()
    }

    #[test]
    fn a_town_abroad_after_a_preposition_is_found_with_its_whole_name() {
        assert_eq!(found("vorig jaar in goteborg geopereerd"), ["goteborg"]);
        assert_eq!(found("operated on in cape town in 2019"), ["cape town"]);
    }

    #[test]
    fn a_town_without_a_preposition_or_at_home_is_no_place_abroad() {
        assert!(found("mevrouw goteborg belde").is_empty());
        assert!(found("opgenomen in amsterdam").is_empty());
        assert!(found("behandeld in tiel").is_empty());
    }

    #[test]
    fn a_town_abroad_right_before_a_hospitals_word_is_its_town() {
        let before = |text: &str| -> Vec<String> {
            towns()
                .find_before_hospitals(text)
                .into_iter()
                .map(|m| m.cue)
                .collect()
        };
        assert_eq!(
            before("echo, eastbourne district general: ganglion"),
            ["eastbourne"]
        );
        assert_eq!(before("seen at cape town hospital"), ["cape town"]);
        assert!(before("seen at the hospital in may").is_empty());
        assert!(before("opgenomen, amsterdam hospital").is_empty());
        assert!(before("eastbourne, district general").is_empty());
    }

    #[test]
    fn the_built_in_file_knows_the_countries() {
        assert!(knows_country("NL") && knows_country("de"));
        assert!(!knows_country("XX"));
    }

    #[test]
    fn the_header_lists_every_country_of_the_file() {
        for line in body().lines() {
            let (_, country) = line.split_once('\t').expect("name and country");
            assert!(knows_country(country), "{line}");
        }
    }

    #[test]
    fn every_line_of_the_built_in_file_is_found_by_its_name() {
        for line in body().lines() {
            let (name, country) = line.split_once('\t').expect("name and country");
            assert!(countries_of(name).any(|c| c == country), "{line}");
        }
    }
}
