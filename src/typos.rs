//! Misspelt cue words: letters are typed in a hurry ("geopereed", "Operatd", "Opertaion"), and a
//! fact missed for a typo asks the referrer for nothing or for the wrong thing. A long word one
//! keystroke away from a one-word cue (a letter dropped or typed twice, two neighbours swapped)
//! matches that cue, as does a Dutch participle ending in t for d ("geopereert"). Not a letter
//! changed or added otherwise: that makes other words ("infectie" is no "injectie", "operations"
//! another form); and no word the checklist knows as a phrase of its own ("preoperatief").

use std::collections::{HashMap, HashSet};

use crate::text::CueMatch;

/// The shortest word, and cue, read as a typo: a short word one letter off is often another word
/// ("operate", "herstel", "rechten").
const MIN_LEN: usize = 8;

/// One-word cues indexed by their one-letter deletions, for the words that misspell them.
#[derive(Debug, Default)]
pub struct Typos {
    /// Cues as folded, with the cue as written and its group.
    cues: Vec<(String, String, usize)>,
    /// A cue, and the cue less any one letter -> indexes into `cues`.
    variants: HashMap<String, Vec<usize>>,
    /// Words the checklist names itself: never a typo of another.
    known: HashSet<String>,
    /// The longest cue, in characters: a word longer by more than one letter misspells none (and a
    /// run of letters megabytes long is not taken apart letter by letter).
    longest: usize,
}

impl Typos {
    /// Indexes `cues` (group, cue as written); `known` are the checklist's own phrases, folded.
    pub fn new<'a>(
        cues: impl IntoIterator<Item = (usize, &'a str)>,
        known: impl IntoIterator<Item = String>,
    ) -> Typos {
        let mut typos = Typos {
            known: known.into_iter().collect(),
            ..Typos::default()
        };
        for (group, written) in cues {
            let folded = crate::text::fold(written.trim());
            if written.contains('*') || folded.chars().count() < MIN_LEN || !is_word(&folded) {
                continue;
            }
            let index = typos.cues.len();
            for variant in std::iter::once(folded.clone()).chain(deletions(&folded)) {
                typos.variants.entry(variant).or_default().push(index);
            }
            typos.longest = typos.longest.max(folded.chars().count());
            typos.cues.push((folded, written.trim().to_string(), group));
        }
        typos
    }

    /// The words of `folded` that misspell a cue, as matches of that cue; words inside a match
    /// of `taken` are left alone.
    pub fn find_all(&self, folded: &str, taken: &[CueMatch]) -> Vec<CueMatch> {
        if self.cues.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (start, word) in words(folded) {
            let end = start + word.len();
            let letters = word.chars().count();
            if !(MIN_LEN..=self.longest + 1).contains(&letters)
                || self.known.contains(word)
                || taken.iter().any(|m| m.start < end && start < m.end)
            {
                continue;
            }
            let mut found: Vec<usize> = std::iter::once(word.to_string())
                .chain(deletions(word))
                .filter_map(|v| self.variants.get(&v))
                .flatten()
                .copied()
                .filter(|&i| one_keystroke_apart(word, &self.cues[i].0))
                .collect();
            found.sort_unstable();
            found.dedup();
            out.extend(found.into_iter().map(|i| CueMatch {
                start,
                end,
                cue: self.cues[i].1.clone(),
                group: self.cues[i].2,
            }));
        }
        out
    }
}

/// Whether a folded phrase is one word of letters (and hyphens inside).
fn is_word(folded: &str) -> bool {
    folded.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// The words of a folded text with their byte offsets (hyphens inside a word kept).
pub(crate) fn words(folded: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        match (c.is_alphanumeric() || c == '-', start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &folded[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &folded[s..]));
    }
    out.into_iter()
        .map(|(s, w)| {
            let trimmed = w.trim_start_matches('-');
            (s + w.len() - trimmed.len(), trimmed.trim_end_matches('-'))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// A word less each one of its letters.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(at, c)| {
        let mut v = String::with_capacity(word.len());
        v.push_str(&word[..at]);
        v.push_str(&word[at + c.len_utf8()..]);
        v
    })
}

/// Whether `word` misspells `cue` by one slip of the hand: a letter dropped inside it (not the last
/// one, which makes a word's other form: "verwijder"), a letter typed twice ("geoppereerd"), or two
/// neighbours swapped ("opertaion"), or a final d written as t ("geopereert"). A letter added
/// otherwise makes other forms and words too ("operations", "operatieve").
fn one_keystroke_apart(word: &str, cue: &str) -> bool {
    let (w, c): (Vec<char>, Vec<char>) = (word.chars().collect(), cue.chars().collect());
    let first = w.iter().zip(&c).take_while(|(x, y)| x == y).count();
    if w.len() + 1 == c.len() {
        first + 1 < c.len() && w[first..] == c[first + 1..]
    } else if w.len() == c.len() + 1 {
        let doubled = first > 0 && w[first] == w[first - 1] || w.get(first + 1) == Some(&w[first]);
        doubled && w[first + 1..] == c[first..]
    } else if w.len() == c.len() && first + 1 == w.len() {
        // Dutch writes a participle's final d as the t it sounds like: "geopereert".
        w[first] == 't' && c[first] == 'd'
    } else if w.len() == c.len() && first + 1 < w.len() {
        w[first] == c[first + 1] && w[first + 1] == c[first] && w[first + 2..] == c[first + 2..]
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typos() -> Typos {
        Typos::new(
            [
                (0, "geopereerd"),
                (0, "operation"),
                (1, "injectie"),
                (0, "plattenosteosynthese"),
            ],
            ["preoperatief".to_string()],
        )
    }

    fn cues_in(text: &str) -> Vec<String> {
        typos()
            .find_all(&crate::text::fold(text), &[])
            .into_iter()
            .map(|m| m.cue)
            .collect()
    }

    #[test]
    fn a_letter_dropped_doubled_or_swapped_is_the_cue_it_misspells() {
        assert_eq!(cues_in("Pt is geopereed in 2021"), ["geopereerd"]);
        assert_eq!(cues_in("eerder geoppereerd aan li duim"), ["geopereerd"]);
        assert_eq!(cues_in("Opertaion note attached"), ["operation"]);
        assert_eq!(
            cues_in("in 2023 geopereert"),
            ["geopereerd"],
            "a final d as t"
        );
        assert_eq!(
            cues_in("Z.n. Plattenostesynthese 2020"),
            ["plattenosteosynthese"]
        );
    }

    #[test]
    fn a_letter_changed_a_short_word_or_a_known_phrase_is_no_typo() {
        assert!(cues_in("infectie van de wond").is_empty());
        assert!(
            cues_in("Previous operations: none").is_empty(),
            "another form"
        );
        assert!(
            cues_in("operatie").is_empty(),
            "shorter than a typo is read"
        );
        assert!(
            cues_in("geopereerd").is_empty(),
            "the cue itself is matched elsewhere"
        );
        assert!(
            Typos::new([(0, "peroperatief")], ["preoperatief".to_string()])
                .find_all("preoperatief", &[])
                .is_empty()
        );
    }

    #[test]
    fn a_word_far_longer_than_any_cue_is_no_typo() {
        let long = "geopereerd".repeat(10_000);
        assert!(typos().find_all(&long, &[]).is_empty());
    }

    #[test]
    fn a_match_says_where_the_misspelt_word_stands() {
        let text = "pt - geopereed";
        let found = typos().find_all(text, &[]);
        assert_eq!((found[0].start, found[0].end), (5, 14));
    }
}
