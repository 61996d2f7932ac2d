//! Who the letters are about: the patient's name and birth date as the letters state them
//! ("Betreft: mevr. A. Testpersoon, geb. 01-01-1980"). Used only where all letters that state them
//! agree, so a request letter never names the wrong patient.

use chrono::NaiveDate;
use serde::Serialize;

use crate::classify::Document;
use crate::rules::Rules;
use crate::text::{fold, CueSet, Folded};
use crate::words;

/// The patient as the letters name them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Patient {
    /// The name, when the letters that state one all name the same person (titles such as
    /// "mevr." left out; the fullest form: "Johanna de Vries" over "J. de Vries").
    pub name: Option<String>,
    /// The birth date, when every letter that states one agrees.
    pub birth_date: Option<NaiveDate>,
    /// Distinct names found, when they name different people (a sign of a misfiled letter).
    pub names_found: Vec<String>,
    /// Distinct birth dates found, when they disagree.
    pub birth_dates_found: Vec<NaiveDate>,
    /// Only when the letters disagree: which document names whom, so a person can find the odd one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Mention>,
}

/// What one document says about the patient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The document, relative to the dossier.
    pub path: String,
    /// The name it gives, or null.
    pub name: Option<String>,
    /// The birth date it gives (YYYY-MM-DD), or null.
    pub birth_date: Option<NaiveDate>,
}

/// A name taken apart to compare it with another: its initials (from initials or given names),
/// its given names written out, and its surnames (each part of a double-barrelled name, without
/// particles).
#[derive(Debug, Clone, PartialEq, Eq)]
struct NameParts {
    initials: Vec<char>,
    given: Vec<String>,
    surnames: Vec<String>,
}

impl NameParts {
    fn of(name: &str) -> NameParts {
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
        let is_initials = |t: &str| {
            let letters: Vec<&str> = t.split('.').filter(|p| !p.is_empty()).collect();
            (t.contains('.') || t.chars().count() == 1)
                && letters.iter().all(|p| p.chars().count() == 1)
                && !letters.is_empty()
        };
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
    fn same_person(&self, other: &NameParts) -> bool {
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
    fn fullness(&self) -> usize {
        self.given.iter().map(String::len).sum::<usize>() * 4
            + self.surnames.len() * 2
            + self.initials.len()
    }
}

/// Finds the patient's name and birth date in the readable documents.
pub fn identify(rules: &Rules, docs: &[Document]) -> Patient {
    let labels = &rules.patient_labels;
    let birth = &rules.birth_labels;
    let mut mentions: Vec<Mention> = Vec::new();
    for doc in docs.iter().filter(|d| d.readable) {
        let Some(text) = doc.text.as_deref() else {
            continue;
        };
        let mut name = None;
        let mut born = None;
        for line in text.lines().take(rules.checklist.dates.top_lines.max(20)) {
            let line = line.trim();
            let folded = fold(line);
            if name.is_none() {
                name = name_after_label(line, &folded, labels, birth);
            }
            if born.is_none() {
                born = crate::dates::find_dates(line)
                    .into_iter()
                    .find(|d| !birth.find_all(&fold(&line[..d.start])).is_empty())
                    .map(|d| d.date);
            }
        }
        if name.is_some() || born.is_some() {
            mentions.push(Mention {
                path: doc.path.clone(),
                name,
                birth_date: born,
            });
        }
    }
    agree(mentions)
}

/// The patient the mentions agree on, or the disagreement with every document's own words.
fn agree(mentions: Vec<Mention>) -> Patient {
    let mut patient = Patient::default();
    // Distinct names, in order of first mention.
    let mut names: Vec<String> = Vec::new();
    for n in mentions.iter().filter_map(|m| m.name.as_ref()) {
        if !names.iter().any(|x| fold(x) == fold(n)) {
            names.push(n.clone());
        }
    }
    let parts: Vec<NameParts> = names.iter().map(|n| NameParts::of(n)).collect();
    let one_person = parts.iter().all(|a| parts.iter().all(|b| a.same_person(b)));
    if one_person {
        patient.name = names
            .iter()
            .zip(&parts)
            .max_by_key(|(_, p)| p.fullness())
            .map(|(n, _)| n.clone());
    } else {
        patient.names_found = names;
    }
    let mut births: Vec<NaiveDate> = Vec::new();
    for b in mentions.iter().filter_map(|m| m.birth_date) {
        if !births.contains(&b) {
            births.push(b);
        }
    }
    if births.len() <= 1 {
        patient.birth_date = births.pop();
    } else {
        patient.birth_dates_found = births;
    }
    if !patient.names_found.is_empty() || !patient.birth_dates_found.is_empty() {
        patient.documents = mentions;
    }
    patient
}

/// "Betreft: mevr. A. Testpersoon, geb. 01-01-1980" gives "A. Testpersoon".
fn name_after_label(line: &str, folded: &str, labels: &CueSet, birth: &CueSet) -> Option<String> {
    let label = labels.find(folded).filter(|m| m.start == 0)?;
    // Folding may change lengths (ë -> e), so find the colon in the original after the label's words.
    let colon = line.find(':')?;
    if fold(&line[..colon]).trim() != folded[..label.end].trim() {
        return None;
    }
    let rest = line[colon + 1..].trim();
    // The name ends at a comma, a birth label or a date.
    let mut end = rest.find([',', ';', '(']).unwrap_or(rest.len());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Classifier;
    use crate::read::ReadDoc;

    fn patient_of(texts: &[&str]) -> Patient {
        let c = crate::checklist::Checklist::builtin().unwrap().compile();
        let classifier = Classifier::new(&c);
        let docs: Vec<Document> = texts
            .iter()
            .map(|t| classifier.classify(ReadDoc::pdf_with_text("x.pdf", t)))
            .collect();
        identify(&c, &docs)
    }

    #[test]
    fn name_and_birth_date_from_labels() {
        let p = patient_of(&[
            "Verwijsbrief\nBetreft: mevr. A. Testpersoon, geb. 01-01-1980\n",
            "Patient: Ms A. Testpersoon, date of birth 1 January 1980\n",
            "Patiënt: mevr. A. Testpersoon geboren 1-1-1980\n",
        ]);
        assert_eq!(p.name.as_deref(), Some("A. Testpersoon"));
        assert_eq!(p.birth_date, NaiveDate::from_ymd_opt(1980, 1, 1));
    }

    #[test]
    fn the_same_person_written_differently_is_one_patient() {
        let p = patient_of(&[
            "Betreft: mw. J. de Vries, geb. 03-02-1961\n",
            "Patiënt: mevrouw Johanna de Vries-Jansen, geboren 3 februari 1961\n",
            "Patient: Mrs Johanna de Vries, date of birth 03/02/1961\n",
            "Naam: Vries, J. de\n",
        ]);
        assert_eq!(p.name.as_deref(), Some("Johanna de Vries-Jansen"), "{p:?}");
        assert_eq!(p.birth_date, NaiveDate::from_ymd_opt(1961, 2, 3));
        assert!(p.documents.is_empty());
        // A maiden name alone, beside the married double name.
        let p = patient_of(&[
            "Betreft: mw. J. Jansen, geb. 03-02-1961\n",
            "Betreft: mevr. J. de Vries-Jansen, geb. 03-02-1961\n",
        ]);
        assert_eq!(p.name.as_deref(), Some("J. de Vries-Jansen"), "{p:?}");
    }

    #[test]
    fn parts_of_names() {
        let n = NameParts::of("Johanna de Vries-Jansen");
        assert_eq!(n.given, ["johanna"]);
        assert_eq!(n.surnames, ["vries", "jansen"]);
        assert_eq!(n.initials, ['j']);
        let n = NameParts::of("J.M. van der Berg");
        assert_eq!(n.initials, ['j', 'm']);
        assert_eq!(n.surnames, ["berg"]);
        assert!(!NameParts::of("P. de Vries").same_person(&NameParts::of("J. de Vries")));
        assert!(!NameParts::of("Johanna de Vries").same_person(&NameParts::of("Janneke de Vries")));
    }

    #[test]
    fn disagreeing_letters_name_nobody() {
        let p = patient_of(&[
            "Betreft: mevr. A. Testpersoon, geb. 01-01-1980\n",
            "Betreft: dhr. B. Anderpersoon, geb. 02-02-1970\n",
        ]);
        assert_eq!(p.name, None);
        assert_eq!(p.names_found.len(), 2);
        assert_eq!(p.birth_date, None);
        assert_eq!(p.documents.len(), 2);
    }
}
