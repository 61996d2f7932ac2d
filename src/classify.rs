//! Classifying documents into the checklist's kinds and finding each document's own date. Content
//! decides; file and folder names only when the content says nothing (or cannot be read), because
//! names like "scan0001.pdf" lie or say nothing.

use chrono::NaiveDate;
use serde::Serialize;

use crate::checklist::Checklist;
use crate::compiled::Compiled;
use crate::read::{dicom::MediumSummary, Format, Problem, ReadDoc};
use crate::text::{fold, sentences, Sentence};

/// A document after classification.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the dossier.
    pub path: String,
    /// Format.
    pub format: Format,
    /// The kind, if any cue decided one.
    pub kind: Option<String>,
    /// What decided the kind.
    pub kind_basis: Option<KindBasis>,
    /// The document's own date.
    pub date: Option<NaiveDate>,
    /// Where the date came from.
    pub date_source: Option<DateSource>,
    /// Whether the content could be verified.
    pub readable: bool,
    /// Problems met while reading.
    pub problems: Vec<Problem>,
    /// The text's sentences (empty when unreadable).
    pub sentences: Vec<Sentence>,
    /// The text as extracted, for section look-ups.
    pub text: Option<String>,
    /// For media: what is on it.
    pub medium: Option<MediumSummary>,
}

/// Why a document has its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "kebab-case")]
pub enum KindBasis {
    /// A cue in the text, with the sentence it stood in.
    Content {
        /// The cue as written in the checklist.
        cue: String,
        /// The sentence, trimmed.
        quote: String,
    },
    /// A cue in the file or folder name.
    Name {
        /// The cue as written in the checklist.
        cue: String,
    },
    /// The file format alone (imaging media).
    Format,
}

/// Where a document's date was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum DateSource {
    /// After a label such as "Datum:".
    Label {
        /// The line, trimmed.
        quote: String,
    },
    /// The first date near the top that is not a birth date.
    Top {
        /// The line, trimmed.
        quote: String,
    },
    /// The file's metadata (PDF creation date): a last resort.
    FileMetadata,
}

/// Per kind: each distinct cue found with its weight and the sentence where it weighs most; and
/// the weight of the kind's anti-cues.
struct Scores<'s> {
    hits: Vec<Vec<(String, i64, &'s Sentence)>>,
    anti: Vec<i64>,
}

/// The classification rules of a checklist.
pub struct Classifier<'a> {
    checklist: &'a Checklist,
    compiled: &'a Compiled,
}

impl<'a> Classifier<'a> {
    /// The classifier of a checklist.
    pub fn new(checklist: &'a Checklist) -> Classifier<'a> {
        Classifier {
            checklist,
            compiled: checklist.compiled(),
        }
    }

    /// Classifies every document read.
    pub fn classify_all(&self, docs: Vec<ReadDoc>) -> Vec<Document> {
        docs.into_iter().map(|d| self.classify(d)).collect()
    }

    /// Classifies one document and finds its date.
    pub fn classify(&self, doc: ReadDoc) -> Document {
        let sentences = doc.text.as_deref().map(sentences).unwrap_or_default();
        let decided = match self.by_format(doc.format) {
            Some(kind) => Some((kind, KindBasis::Format)),
            None => {
                let scores = self.score(&sentences);
                self.by_content(&scores)
                    .or_else(|| self.by_name(&doc.path, doc.readable, &scores))
            }
        };
        let (kind, kind_basis) = decided.unzip();
        let (date, date_source) = match doc.text.as_deref().and_then(|t| self.letter_date(t)) {
            Some((date, source)) => (Some(date), Some(source)),
            None => match doc.meta_date {
                Some(date) => (Some(date), Some(DateSource::FileMetadata)),
                None => (None, None),
            },
        };
        Document {
            path: doc.path,
            format: doc.format,
            kind,
            kind_basis,
            date,
            date_source,
            readable: doc.readable,
            problems: doc.problems,
            sentences,
            text: doc.text,
            medium: doc.medium,
        }
    }

    fn by_format(&self, format: Format) -> Option<String> {
        self.checklist
            .kinds
            .iter()
            .find(|k| k.formats.iter().any(|f| f.get_ref() == format.name()))
            .map(|k| k.id.get_ref().clone())
    }

    /// Weighs every kind's cues and anti-cues in the text, in one pass per sentence. A cue in the
    /// heading lines weighs three times, each distinct cue counts once per kind, and negated mentions
    /// ("geen operatieverslag") and lines naming the addressee ("t.a.v. de handchirurg") do not count.
    fn score<'s>(&self, sentences: &'s [Sentence]) -> Scores<'s> {
        let kinds = self.compiled.kinds.len();
        let mut scores = Scores {
            hits: vec![Vec::new(); kinds],
            anti: vec![0; kinds],
        };
        let heading_lines = self.checklist.classify.heading_lines;
        let mut anti_seen: Vec<(usize, String)> = Vec::new();
        for s in sentences {
            if self
                .compiled
                .recipient_labels
                .find(&s.folded)
                .is_some_and(|m| m.start == 0)
            {
                continue;
            }
            let weight = if s.line < heading_lines { 3 } else { 1 };
            let language = &self.compiled.language;
            for m in language.unnegated(&s.folded, &self.compiled.kind_cues) {
                let hits = &mut scores.hits[m.group];
                match hits.iter_mut().find(|(cue, _, _)| *cue == m.cue) {
                    Some(hit) if hit.1 < weight => *hit = (m.cue, weight, s),
                    Some(_) => {}
                    None => hits.push((m.cue, weight, s)),
                }
            }
            for m in language.unnegated(&s.folded, &self.compiled.kind_anti_cues) {
                if !anti_seen.iter().any(|(g, c)| *g == m.group && *c == m.cue) {
                    scores.anti[m.group] += weight;
                    anti_seen.push((m.group, m.cue));
                }
            }
        }
        scores
    }

    /// The kind whose cues weigh most in the text, minus its anti-cues.
    fn by_content(&self, scores: &Scores<'_>) -> Option<(String, KindBasis)> {
        let mut best: Option<(i64, usize, KindBasis)> = None;
        for (index, hits) in scores.hits.iter().enumerate() {
            let Some((cue, _, sentence)) = hits
                .iter()
                .max_by_key(|(cue, w, s)| (*w, std::cmp::Reverse(s.line), cue.len()))
            else {
                continue;
            };
            let score = hits.iter().map(|(_, w, _)| w).sum::<i64>() - scores.anti[index];
            if score > 0 && best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                let basis = KindBasis::Content {
                    cue: cue.clone(),
                    quote: sentence.quote(),
                };
                best = Some((score, index, basis));
            }
        }
        best.map(|(_, index, basis)| (self.compiled.kinds[index].id.clone(), basis))
    }

    /// The kind a name points to, when the content says nothing. A readable document is judged by
    /// its own file name only: the folder it lies in (a CD named "CD MRI pols") says nothing about a
    /// readme beside the images. A kind whose anti-cues the text carries is never given by name.
    fn by_name(
        &self,
        path: &str,
        readable: bool,
        scores: &Scores<'_>,
    ) -> Option<(String, KindBasis)> {
        let name = if readable {
            path.rsplit('/').next().unwrap_or(path)
        } else {
            path
        };
        let name = fold(name).replace(['_', '-', '.', '/', '\\', '(', ')'], " ");
        self.compiled
            .kinds
            .iter()
            .enumerate()
            .find_map(|(index, kind)| {
                let m = kind.name_cues.find(&name)?;
                if scores.anti[index] > 0 {
                    return None;
                }
                Some((kind.id.clone(), KindBasis::Name { cue: m.cue }))
            })
    }

    /// The letter's own date: a labelled date first, else the first date near the top that is not a
    /// birth date and does not start a list item.
    pub fn letter_date(&self, text: &str) -> Option<(NaiveDate, DateSource)> {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        for line in &lines {
            let folded = fold(line);
            let labels = self.compiled.letter_labels.find_all(&folded);
            if labels.is_empty() {
                continue;
            }
            for d in crate::dates::find_dates(line) {
                if self.is_birth_date(line, d.start) {
                    continue;
                }
                // The label must stand right before the date ("Datum: 12-03-2026", "Date 12 March").
                let before = fold(&line[..d.start]);
                let before = before.trim_end_matches([' ', ':', '\t', '-']);
                if labels
                    .iter()
                    .any(|m| m.end == before.len() && before.len() <= folded.len())
                {
                    return Some((
                        d.date,
                        DateSource::Label {
                            quote: crate::text::quote(line),
                        },
                    ));
                }
            }
        }
        for line in lines.iter().take(self.checklist.dates.top_lines) {
            for d in crate::dates::find_dates(line) {
                if self.is_birth_date(line, d.start) {
                    continue;
                }
                let starts_list_item =
                    d.start == 0 && line[d.end..].chars().filter(|c| c.is_alphabetic()).count() > 3;
                if starts_list_item || line.starts_with(['-', '•', '*']) {
                    continue;
                }
                return Some((
                    d.date,
                    DateSource::Top {
                        quote: crate::text::quote(line),
                    },
                ));
            }
        }
        None
    }

    fn is_birth_date(&self, line: &str, date_start: usize) -> bool {
        !self
            .compiled
            .birth_labels
            .find_all(&fold(&line[..date_start]))
            .is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(path: &str, text: &str) -> Document {
        let c = Checklist::builtin().unwrap();
        Classifier::new(&c).classify(ReadDoc::pdf_with_text(path, text))
    }

    #[test]
    fn content_wins_over_a_misleading_name() {
        let d = classify(
            "verwijsbrief.pdf",
            "Ziekenhuis Rijnstad\nAfdeling Radiologie\n\nVerslag radiologie\nMRI rechterpols: geen afwijkingen.",
        );
        assert_eq!(d.kind.as_deref(), Some("imaging-report"));
        assert!(matches!(d.kind_basis, Some(KindBasis::Content { .. })));
    }

    #[test]
    fn name_decides_when_content_says_nothing() {
        let d = classify(
            "operatieverslag 2024.pdf",
            "Een tekst zonder enige aanwijzing over wat dit is.",
        );
        assert_eq!(d.kind.as_deref(), Some("operation-report"));
        let d = classify(
            "scan0001.pdf",
            "Een tekst zonder enige aanwijzing over wat dit is.",
        );
        assert_eq!(d.kind, None);
    }

    #[test]
    fn folder_names_do_not_classify_a_readable_file() {
        let d = classify(
            "CD MRI pols/README.TXT",
            "Viewer for this CD. Start viewer.exe to view the images.",
        );
        assert_eq!(d.kind, None);
    }

    #[test]
    fn an_outpatient_letter_saying_uw_patiente_is_correspondence() {
        let d = classify(
            "Scan_20261102_0001.pdf",
            "Medisch Centrum Oostland\nAfdeling Plastische, Reconstructieve en Handchirurgie\n\nAan de heer R. de Vries, huisarts\n\nAmice,\nOp 14 oktober zagen wij uw patiënte op het spreekuur.\nPatiënte wil eerst een second opinion.",
        );
        assert_eq!(d.kind.as_deref(), Some("correspondence"));
    }

    #[test]
    fn a_gp_letter_is_not_correspondence_by_its_name() {
        let d = classify(
            "polibrief huisarts.pdf",
            "Huisartsenpraktijk De Linde\nGeachte collega, patiënte heeft pijn aan de pols sinds maanden.",
        );
        assert_eq!(d.kind, None);
    }

    #[test]
    fn referral_with_history_section_stays_a_referral() {
        let d = classify(
            "document (3).pdf",
            "Huisartsenpraktijk De Linde\nVerwijsbrief\nDatum: 1 oktober 2026\n\nGeachte collega,\nGraag verwijs ik patiënte voor een second opinion.\n\nVoorgeschiedenis:\n2024 carpaletunnelsyndroom rechts, behandeld met spalk.\n",
        );
        assert_eq!(d.kind.as_deref(), Some("referral"));
    }

    #[test]
    fn letter_date_skips_birth_dates_and_prefers_labels() {
        let d = classify(
            "x.pdf",
            "Patiënt: A. Testpersoon, geb. 03-02-1980\nAmsterdam, 12 maart 2026\nDatum: 14-03-2026\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 3, 14));
        assert!(matches!(d.date_source, Some(DateSource::Label { .. })));

        let d = classify(
            "x.pdf",
            "Geboortedatum: 03-02-1980\nAmsterdam, 12 maart 2026\n",
        );
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 3, 12));
        assert!(matches!(d.date_source, Some(DateSource::Top { .. })));

        let d = classify(
            "x.pdf",
            "Date of birth: 3 February 1980\nSummary of medical history\n",
        );
        assert_eq!(d.date, None);
    }

    #[test]
    fn history_list_dates_are_not_the_letter_date() {
        let d = classify(
            "x.pdf",
            "Huisartsensamenvatting\nEpisodelijst\n12-03-2019 Carpaletunnelsyndroom rechts\n04-05-2021 Distorsie pols\n",
        );
        assert_eq!(d.date, None);
    }
}
