//! Separable verbs: Dutch and German split a verb in a main clause, its particle going to the end
//! ("de chirurg zette de fractuur met twee schroeven vast", "men haalde het ganglion weg", "legte
//! den Nerv frei"). A fact's `split_cues` ("zette … vast") match such a verb when its particle
//! follows the verb in the same clause, a few words on; the match spans verb to particle.

use crate::text::{CueMatch, CueSet};

/// How many words may stand between a verb and its particle: an object with its adjuncts ("het
/// ganglion in 2021 onder plaatselijke verdoving").
const MAX_GAP: usize = 10;

/// What separates the two parts of a split cue as the checklist writes it.
pub const GAP: &str = "…";

/// The split cues of every fact, found by their verbs.
#[derive(Debug, Default)]
pub struct SplitCues {
    /// The verbs; a match's group indexes `cues`.
    verbs: CueSet,
    /// Per cue: its particle (folded), the cue as written and the fact it belongs to.
    cues: Vec<(String, String, usize)>,
}

impl SplitCues {
    /// Compiles (fact index, cue as written) pairs; a cue without exactly one [`GAP`] between two
    /// words is left out (validation names it).
    pub fn new<'a>(cues: impl IntoIterator<Item = (usize, &'a str)>) -> SplitCues {
        let mut verbs: Vec<(usize, &str)> = Vec::new();
        let mut compiled = Vec::new();
        for (fact, written) in cues {
            let Some((verb, particle)) = parts(written) else {
                continue;
            };
            verbs.push((compiled.len(), verb));
            compiled.push((
                crate::text::fold(particle),
                written.trim().to_string(),
                fact,
            ));
        }
        SplitCues {
            verbs: CueSet::grouped_strs(verbs),
            cues: compiled,
        }
    }

    /// The split verbs of `folded` whose particle follows in the verb's clause, as matches of
    /// their cue (group: the fact).
    pub fn find_all(&self, folded: &str) -> Vec<CueMatch> {
        let mut out = Vec::new();
        for verb in self.verbs.find_all(folded) {
            let (particle, written, fact) = &self.cues[verb.group];
            if let Some(end) = particle_end(&folded[verb.end..], particle) {
                out.push(CueMatch {
                    start: verb.start,
                    end: verb.end + end,
                    cue: written.clone(),
                    group: *fact,
                });
            }
        }
        out
    }
}

/// The verb and the particle of a split cue as written ("zette … vast").
pub fn parts(written: &str) -> Option<(&str, &str)> {
    let (verb, particle) = written.split_once(GAP)?;
    let (verb, particle) = (verb.trim(), particle.trim());
    let one_word = |s: &str| !s.is_empty() && s.chars().all(char::is_alphabetic);
    (one_word(verb) && one_word(particle)).then_some((verb, particle))
}

/// Where `particle` ends in `rest` (the text after the verb), when it stands as a word within
/// [`MAX_GAP`] words and before the clause ends.
fn particle_end(rest: &str, particle: &str) -> Option<usize> {
    let clause = rest
        .find([',', ';', ':', '.', '?', '!', '(', ')', '\n'])
        .map_or(rest, |stop| &rest[..stop]);
    crate::typos::words(clause)
        .into_iter()
        .take(MAX_GAP + 1)
        .find(|(_, word)| *word == particle)
        .map(|(at, word)| at + word.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(cues: &[&str], text: &str) -> Vec<String> {
        let split = SplitCues::new(cues.iter().map(|c| (0, *c)));
        split
            .find_all(text)
            .into_iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    #[test]
    fn a_verb_with_its_particle_later_in_the_clause_matches() {
        assert_eq!(
            found(
                &["zette … vast"],
                "de chirurg zette de fractuur met twee schroeven vast."
            ),
            ["zette de fractuur met twee schroeven vast"]
        );
        assert_eq!(
            found(
                &["haalde … weg"],
                "men haalde het ganglion in 2021 onder plaatselijke verdoving weg"
            ),
            ["haalde het ganglion in 2021 onder plaatselijke verdoving weg"]
        );
    }

    #[test]
    fn a_particle_in_another_clause_or_inside_a_word_does_not() {
        assert!(found(&["haalde … weg"], "zij haalde de brief op, wegens pijn weg").is_empty());
        assert!(found(&["haalde … weg"], "zij haalde het wegdek op").is_empty());
        assert!(found(&["zette … vast"], "hij zette door; vast staat dat").is_empty());
        assert!(found(&["zette … vast"], "vast zette hij").is_empty());
    }

    #[test]
    fn a_cue_without_one_gap_between_two_words_is_no_split_cue() {
        assert_eq!(parts("zette … vast"), Some(("zette", "vast")));
        assert_eq!(parts("zette vast"), None);
        assert_eq!(parts("… vast"), None);
        assert_eq!(parts("zette … vast … weer"), None);
    }
}
