//! Names of persons as letters write them: the name after a label ("Patiënt: mevr. A. de Vries,
//! geb. ..."), taken apart into initials, given names and surnames to tell whether two names can be
//! the same person.

use crate::rules::Rules;
use crate::text::{fold, CueSet, Folded};
use crate::words;

/// A name taken apart to compare it with another: its initials (from initials or given names),
/// its given names written out, and its surnames (each part of a double-barrelled name, without
/// particles).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameParts {
    pub(crate) initials: Vec<char>,
    pub(crate) given: Vec<String>,
    pub(crate) surnames: Vec<String>,
}

impl NameParts {
    pub(crate) fn of(name: &str) -> NameParts {
        let folded = fold(name);
        // "Jansen, P." names the surname first.
        let (surname_first, rest) = match folded.split_once(',') {
            Some((surname, rest)) => (Some(surname.to_string()), rest.to_string()),
            None => (None, folded.clone()),
        };
        let tokens: Vec<&str> = rest
            .split(|c: char| c.is_whitespace())
            .filter(|t| !t.is_empty())
            .collect();
        let mut initials = Vec::new();
        let mut given = Vec::new();
        let mut surname_words: Vec<String> = Vec::new();
        let mut in_surname = surname_first.is_some();
        let n = tokens.len();
        for (i, t) in tokens.iter().enumerate() {
            let bare = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.');
            if bare.is_empty() {
                continue;
            }
            if !in_surname && is_initials(bare) {
                initials.extend(bare.split('.').filter_map(|p| p.chars().next()));
                continue;
            }
            if words::is_particle(bare) {
                in_surname = true;
                continue;
            }
            let last = i + 1 == n;
            if in_surname || last || surname_first.is_some() {
                in_surname = true;
                surname_words.push(bare.trim_matches('.').to_string());
            } else {
                given.push(bare.trim_matches('.').to_string());
            }
        }
        if let Some(s) = surname_first {
            surname_words = s.split_whitespace().map(str::to_string).collect();
            given.clear();
            for t in &tokens {
                let bare = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
                if is_initials(bare) {
                    initials.extend(bare.split('.').filter_map(|p| p.chars().next()));
                } else if !bare.is_empty() {
                    given.push(bare.to_string());
                }
            }
        }
        if initials.is_empty() {
            initials = given.iter().filter_map(|g| g.chars().next()).collect();
        }
        let surnames = surname_words
            .iter()
            .flat_map(|w| w.split('-'))
            .filter(|w| !w.is_empty() && !words::is_particle(w))
            .map(str::to_string)
            .collect();
        NameParts {
            initials,
            given,
            surnames,
        }
    }

    /// Whether two names can be the same person: a surname in common (either part of a
    /// double-barrelled or married name), the first initials agreeing when both give any, and
    /// the first given names agreeing when both write one out.
    pub(crate) fn same_person(&self, other: &NameParts) -> bool {
        let shared = self.surnames.iter().any(|s| other.surnames.contains(s));
        let initials = match (self.initials.first(), other.initials.first()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let given = match (self.given.first(), other.given.first()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        shared && initials && given
    }

    /// How much of the name is written out: the fullest form is shown.
    pub(crate) fn fullness(&self) -> usize {
        self.given.iter().map(String::len).sum::<usize>() * 4
            + self.surnames.len() * 2
            + self.initials.len()
    }
}

/// The surnames (folded) of the patient a document's own lines name after a patient label:
/// "Naam verzekerde: mw. A. de Vries-Bakker" gives "vries" and "bakker".
/// Each line comes with its folded form, which the caller has already made.
pub(crate) fn surnames_named<'a>(
    rules: &Rules,
    lines: impl Iterator<Item = (&'a str, &'a str)>,
) -> Vec<String> {
    let mut surnames: Vec<String> = Vec::new();
    for (line, folded) in lines {
        let Some(name) = name_after_label(line, folded, &rules.patient_labels, &rules.birth_labels)
        else {
            continue;
        };
        // "Naam: R. Kuijpers, huisarts" under a form's "Aanvrager" names the doctor who asks.
        let role_after = folded
            .split_once(',')
            .is_some_and(|(_, after)| rules.author_cues.matches_at_start(after.trim_start()));
        if role_after {
            continue;
        }
        for s in NameParts::of(&name).surnames {
            if s.chars().count() >= 2 && !surnames.contains(&s) {
                surnames.push(s);
            }
        }
    }
    surnames
}

/// Whether a word is initials: "J.M.", "A." or a lone letter.
pub(crate) fn is_initials(word: &str) -> bool {
    let letters: Vec<&str> = word.split('.').filter(|p| !p.is_empty()).collect();
    (word.contains('.') || word.chars().count() == 1)
        && letters.iter().all(|p| p.chars().count() == 1)
        && !letters.is_empty()
}

/// The text without what brackets hold, white space collapsed; an unclosed bracket ends it.
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Betreft: mevr. A. Testpersoon, geb. 01-01-1980" gives "A. Testpersoon".
pub(crate) fn name_after_label(
    line: &str,
    folded: &str,
    labels: &CueSet,
    birth: &CueSet,
) -> Option<String> {
    let label = labels.find(folded).filter(|m| m.start == 0)?;
    // Folding may change lengths (ë -> e), so find the colon in the original after the label's words.
    let colon = line.find(':')?;
    if fold(&line[..colon]).trim() != folded[..label.end].trim() {
        return None;
    }
    // A given name in brackets is part of the name ("mw. C.J. (Corrie) Wassink-Hulst"); so is
    // nothing else a bracket holds ("(geb. 1972)").
    let rest = without_brackets(line[colon + 1..].trim());
    let rest = rest.trim();
    // The name ends at a comma, a birth label or a date.
    let mut end = rest.find([',', ';']).unwrap_or(rest.len());
    let head = Folded::new(&rest[..end]);
    if let Some(m) = birth.find(&head.text) {
        end = end.min(head.original_index(m.start));
    }
    if let Some(d) = crate::dates::find_dates(&rest[..end]).first() {
        end = end.min(d.start);
    }
    let mut name = rest[..end].trim().trim_end_matches(['-', '–']).trim();
    // "Jansen, P." keeps its initials after the comma.
    if rest[end..].starts_with(',') {
        let after = rest[end + 1..].trim_start();
        let initials: String = after
            .chars()
            .take_while(|c| c.is_uppercase() || *c == '.' || *c == ' ')
            .collect();
        let initials = initials.trim();
        if initials.contains('.') && !initials.is_empty() {
            let full = &rest[..end + 1 + (rest[end + 1..].len() - after.len()) + initials.len()];
            name = full.trim();
        }
    }
    loop {
        let lower = Folded::new(name);
        let Some(title) = words::titles().iter().find(|t| {
            lower.text.starts_with(t.as_str()) && lower.text[t.len()..].starts_with(['.', ' '])
        }) else {
            break;
        };
        // One character may fold to a whole title; then nothing can be cut and the name stays.
        let cut = lower.original_index(title.len());
        if cut == 0 {
            break;
        }
        name = name[cut..].trim_start_matches('.').trim();
    }
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 2 && name.split_whitespace().count() <= 6).then(|| name.to_string())
}
