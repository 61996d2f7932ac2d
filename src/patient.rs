//! Who the letters are about: the patient's name and birth date as the letters state them
//! ("Betreft: mevr. A. Testpersoon, geb. 01-01-1980"). Used only where all letters that state them
//! agree, so a request letter never names the wrong patient.

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::Checklist;
use crate::classify::Document;
use crate::text::{fold, CueSet, Folded};

/// The patient as the letters name them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Patient {
    /// The name, when every letter that states one agrees (titles such as "mevr." left out).
    pub name: Option<String>,
    /// The birth date, when every letter that states one agrees.
    pub birth_date: Option<String>,
    /// Distinct names found, when they disagree (a sign of a misfiled letter).
    pub names_found: Vec<String>,
    /// Distinct birth dates found, when they disagree.
    pub birth_dates_found: Vec<String>,
}

/// Forms of address left out of a name.
const TITLES: &[&str] = &[
    "mevr", "mevrouw", "mw", "dhr", "de heer", "heer", "mr", "mrs", "ms", "miss", "mx", "dr",
];

/// Finds the patient's name and birth date in the readable documents.
pub fn identify(checklist: &Checklist, docs: &[Document]) -> Patient {
    let labels = &checklist.compiled().patient_labels;
    let birth = &checklist.compiled().birth_labels;
    let mut names: Vec<(String, String)> = Vec::new();
    let mut births: Vec<NaiveDate> = Vec::new();
    for doc in docs.iter().filter(|d| d.readable) {
        let Some(text) = doc.text.as_deref() else {
            continue;
        };
        for line in text.lines().take(checklist.dates.top_lines.max(20)) {
            let line = line.trim();
            let folded = fold(line);
            if let Some(name) = name_after_label(line, &folded, labels, birth) {
                let key = fold(&name);
                if !names.iter().any(|(k, _)| *k == key) {
                    names.push((key, name));
                }
            }
            for d in crate::dates::find_dates(line) {
                if !birth.find_all(&fold(&line[..d.start])).is_empty() && !births.contains(&d.date)
                {
                    births.push(d.date);
                }
            }
        }
    }
    let mut patient = Patient::default();
    match names.as_slice() {
        [(_, name)] => patient.name = Some(name.clone()),
        _ => patient.names_found = names.into_iter().map(|(_, n)| n).collect(),
    }
    match births.as_slice() {
        [date] => patient.birth_date = Some(date.to_string()),
        _ => patient.birth_dates_found = births.iter().map(|d| d.to_string()).collect(),
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
    loop {
        let lower = Folded::new(name);
        let Some(title) = TITLES
            .iter()
            .find(|t| lower.text.starts_with(*t) && lower.text[t.len()..].starts_with(['.', ' ']))
        else {
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
        let c = Checklist::builtin().unwrap();
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
        assert_eq!(p.birth_date.as_deref(), Some("1980-01-01"));
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
    }
}
