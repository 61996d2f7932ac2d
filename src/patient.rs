//! Who the letters are about: the patient's name and birth date as the letters state them
//! ("Betreft: mevr. A. Testpersoon, geb. 01-01-1980"). Used only where all letters that state them
//! agree, so a request letter never names the wrong patient.

use chrono::NaiveDate;
use serde::Serialize;

use crate::classify::Document;
use crate::names::{name_after_label, NameParts};
use crate::rules::Rules;
use crate::text::fold;

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
    fn a_given_name_in_brackets_is_part_of_the_name() {
        let p = patient_of(&["Naam: mw. C.J. (Corrie) Wassink-Hulst\nGeboortedatum: 18-10-1972\n"]);
        assert_eq!(p.name.as_deref(), Some("C.J. Wassink-Hulst"));
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
