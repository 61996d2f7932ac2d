//! Deriving facts about the patient (imaging done, operated, treated abroad) from the documents, each
//! with the sentence that decided it. Facts declared by staff, in the dossier's `dossier.toml` or on
//! the command line, override what the text suggests.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::checklist::Checklist;
use crate::classify::Document;
use crate::context::{Category, SentenceIndex};
use crate::rules::Rules;
use crate::text::{CueMatch, CueSet, Language, Polarity, Sentence};

/// A fact's value and what decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FactValue {
    /// The value.
    pub value: bool,
    /// What decided it.
    pub source: FactSource,
    /// The documents and sentences behind it.
    pub evidence: Vec<Evidence>,
}

/// What decided a fact's value. Serialized as its stable name ([`FactSource::as_str`]), which
/// scripts branch on and which keys the message catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactSource {
    /// `--fact` on the command line.
    CommandLine,
    /// The dossier's own `dossier.toml`.
    DossierToml,
    /// A document of a kind that states the fact (an operation report: operated).
    Document,
    /// A sentence in a letter.
    Text,
    /// One letter says it happened, another that it did not: taken as true, and requirements that
    /// hang on it need a look.
    Conflicting,
    /// Only mentioned as a plan, indication or question.
    PlanOrQuestion,
    /// Not mentioned at all.
    Default,
}

impl FactSource {
    /// The stable name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FactSource::CommandLine => "command-line",
            FactSource::DossierToml => "dossier.toml",
            FactSource::Document => "document",
            FactSource::Text => "text",
            FactSource::Conflicting => "conflicting",
            FactSource::PlanOrQuestion => "plan-or-question",
            FactSource::Default => "default",
        }
    }

    /// Nothing readable settles the fact: it is not mentioned, or only as a plan or question.
    pub fn unsettled(self) -> bool {
        matches!(self, FactSource::Default | FactSource::PlanOrQuestion)
    }
}

/// Written as its stable name, so the names stand in one place.
impl Serialize for FactSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A file, and for content the sentence that decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, PartialOrd, Ord)]
pub struct Evidence {
    /// Path relative to the dossier.
    pub path: String,
    /// The deciding sentence, trimmed; absent when the file itself is the evidence.
    pub quote: Option<String>,
    /// For a fact: the modifier that qualified the mention ("negated: nooit"), when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// For a fact: the cue that was mentioned (to tell a contradiction from two different events).
    #[serde(skip)]
    pub cue: Option<String>,
}

impl Evidence {
    /// A file that is evidence by itself, without a sentence.
    pub fn file(path: impl Into<String>) -> Evidence {
        Evidence {
            path: path.into(),
            quote: None,
            qualifier: None,
            cue: None,
        }
    }
}

/// Facts declared by people, by fact id.
pub type Declared = BTreeMap<String, bool>;

/// A problem with declared facts.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FactError {
    /// A fact the checklist does not declare.
    #[error("{origin}: unknown fact `{name}`; the checklist declares: {known}")]
    Unknown {
        /// Where it was declared.
        origin: String,
        /// The name used.
        name: String,
        /// The facts the checklist knows.
        known: String,
    },
    /// A value that is not yes or no.
    #[error("{origin}: fact `{name}` must be true or false, not `{value}`")]
    NotABool {
        /// Where it was declared.
        origin: String,
        /// The fact.
        name: String,
        /// The value given.
        value: String,
    },
    /// `--fact` without `=`.
    #[error("--fact {0}: write it as NAME=true or NAME=false")]
    Syntax(String),
    /// A `dossier.toml` that does not parse.
    #[error("{0}")]
    File(String),
}

/// Parses `--fact NAME=VALUE` arguments.
pub fn parse_cli_facts(args: &[String], checklist: &Checklist) -> Result<Declared, FactError> {
    let mut out = Declared::new();
    for arg in args {
        let (name, value) = arg
            .split_once('=')
            .ok_or_else(|| FactError::Syntax(arg.clone()))?;
        let name = name.trim();
        check_known("--fact", name, checklist)?;
        let value = parse_bool(value.trim()).ok_or_else(|| FactError::NotABool {
            origin: "--fact".to_string(),
            name: name.to_string(),
            value: value.to_string(),
        })?;
        out.insert(name.to_string(), value);
    }
    Ok(out)
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.to_lowercase().as_str() {
        "true" | "yes" | "ja" | "1" | "waar" => Some(true),
        "false" | "no" | "nee" | "0" | "onwaar" => Some(false),
        _ => None,
    }
}

fn check_known(origin: &str, name: &str, checklist: &Checklist) -> Result<(), FactError> {
    if checklist.fact(name).is_some() {
        return Ok(());
    }
    Err(FactError::Unknown {
        origin: origin.to_string(),
        name: name.to_string(),
        known: checklist
            .facts
            .iter()
            .map(|f| f.id.get_ref().as_str())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DossierFile {
    #[serde(default)]
    facts: BTreeMap<String, toml::Value>,
}

/// Reads the `[facts]` table of a dossier's `dossier.toml`.
pub fn read_dossier_facts(path: &Path, checklist: &Checklist) -> Result<Declared, FactError> {
    let origin = path.display().to_string();
    let source = read_small_text(path, MAX_FACTS_FILE_BYTES)
        .map_err(|e| FactError::File(format!("{origin}: {e}")))?;
    let file: DossierFile = toml::from_str(&source).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| {
                let before = &source[..s.start.min(source.len())];
                (
                    before.matches('\n').count() + 1,
                    before.rsplit('\n').next().unwrap_or("").chars().count() + 1,
                )
            })
            .unwrap_or((1, 1));
        FactError::File(format!("{origin}:{line}:{column}: {}", e.message().trim()))
    })?;
    let mut out = Declared::new();
    for (name, value) in file.facts {
        check_known(&origin, &name, checklist)?;
        let value = value.as_bool().ok_or_else(|| FactError::NotABool {
            origin: origin.clone(),
            name: name.clone(),
            value: value.to_string(),
        })?;
        out.insert(name, value);
    }
    Ok(out)
}

/// A `dossier.toml` holds a handful of facts; anything near this size is not one (a sparse or
/// runaway file must not be read into memory).
const MAX_FACTS_FILE_BYTES: u64 = 1 << 20;

/// Reads a small text file whole, refusing one larger than `max` bytes without reading it.
fn read_small_text(path: &Path, max: u64) -> Result<String, String> {
    use std::io::Read;
    // Never through a link, never a FIFO: the same rules as every other dossier file.
    let file = crate::open::open_file(path).map_err(|e| format!("cannot read: {e}"))?;
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > max {
        return Err(format!(
            "too large to be a list of facts (more than {} KB); te groot om te lezen",
            max / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
}

/// Decides every fact of the checklist.
pub fn derive(
    rules: &Rules,
    docs: &[Document],
    from_file: &Declared,
    from_cli: &Declared,
) -> BTreeMap<String, FactValue> {
    let checklist = &rules.checklist;
    let mut mentions = mentions(rules, docs).into_iter();
    let mut out = BTreeMap::new();
    for fact in &checklist.facts {
        let id = fact.id.get_ref();
        let mentioned = mentions.next().unwrap_or_default();
        let value = if let Some(&v) = from_cli.get(id) {
            declared(v, FactSource::CommandLine)
        } else if let Some(&v) = from_file.get(id) {
            declared(v, FactSource::DossierToml)
        } else {
            from_documents(fact, docs, mentioned)
        };
        out.insert(id.clone(), value);
    }
    out
}

fn declared(value: bool, source: FactSource) -> FactValue {
    FactValue {
        value,
        source,
        evidence: Vec::new(),
    }
}

/// At most this many quotes are kept per fact.
const MAX_QUOTES: usize = 3;

/// The sentences that state a fact, deny it, or mention it as a plan or question.
#[derive(Debug, Default)]
struct Mentions {
    affirmed: Vec<Evidence>,
    negated: Vec<Evidence>,
    modal: Vec<Evidence>,
    /// Documents whose every mention is of another problem (the operation report of an
    /// appendectomy): their kind says nothing of the problem at hand.
    other_problem: Vec<String>,
}

/// What the text says of each fact (in checklist order), in one pass over the sentences: every
/// fact's cues are matched together, and mask phrases are blanked once per sentence.
fn mentions(rules: &Rules, docs: &[Document]) -> Vec<Mentions> {
    let checklist = &rules.checklist;
    let language = &rules.language;
    let mut out: Vec<Mentions> = checklist
        .facts
        .iter()
        .map(|_| Mentions::default())
        .collect();
    if !rules.context.is_empty() {
        for doc in docs {
            qualified_mentions(rules, doc, &mut out);
        }
        return out;
    }
    for doc in docs {
        for s in &doc.sentences {
            let folded = language.masked(&s.folded);
            let all = rules.fact_cues.find_all(&folded);
            for (index, (mentioned, cues)) in out.iter_mut().zip(&rules.facts).enumerate() {
                let own: Vec<CueMatch> = all.iter().filter(|m| m.group == index).cloned().collect();
                if own.is_empty() && cues.groups.is_empty() {
                    continue;
                }
                let evidence = || Evidence {
                    path: doc.path.clone(),
                    quote: Some(s.quote()),
                    qualifier: None,
                    cue: None,
                };
                match sentence_polarity(&folded, &own, &cues.groups, language) {
                    Some(Polarity::Affirmed) => mentioned.affirmed.push(evidence()),
                    Some(Polarity::Negated) => mentioned.negated.push(evidence()),
                    Some(Polarity::Modal) => mentioned.modal.push(evidence()),
                    None => {}
                }
            }
        }
    }
    out
}

/// What one document says of each fact, by ConText: each mention of an event is qualified by the
/// modifiers whose scope reaches it. Someone else's event is no evidence at all; an event of
/// another problem (a knee, an appendix) neither. A relation fact (treated abroad) needs its event
/// at a place abroad: the place nearest to the event decides, so "na een val in Portugal in
/// Nederland geopereerd" is care at home; a document written abroad places its events there.
fn qualified_mentions(rules: &Rules, doc: &Document, out: &mut [Mentions]) {
    let about = AboutDocument::new(rules, doc);
    about.letterhead_evidence(doc, out);
    let facts = out.len();
    let (mut of_other_problem, mut of_this_problem) = (vec![false; facts], vec![false; facts]);
    let mut last_named_other = vec![false; facts];
    let mut records: Vec<Vec<Evidence>> = vec![Vec::new(); facts];
    // "Bent u eerder geopereerd? Ja" / "Zo ja, welke? keizersnede, knieoperatie": an answered
    // question naming no problem is about what the next line names.
    let mut answered: Vec<Option<Evidence>> = vec![None; facts];
    for (i, s) in doc.sentences.iter().enumerate() {
        if names_a_topic(&s.original) {
            continue;
        }
        let previous = i.checked_sub(1).and_then(|p| doc.sentences.get(p));
        let Some(sentence) = QualifiedSentence::new(rules, &about, s, previous) else {
            continue;
        };
        for (index, mentioned) in out.iter_mut().enumerate() {
            let scope = Scope::new(&sentence.folded, &rules.facts[index], &sentence.all);
            let other = sentence.of_other_problem(&scope, index);
            of_other_problem[index] |= other;
            // The problem named last before this sentence: another one (true) or this one.
            let other_named_before = last_named_other[index];
            if let Some(evidence) = answered[index].take().filter(|_| !other) {
                of_this_problem[index] = true;
                mentioned.affirmed.push(evidence);
            }
            if other {
                last_named_other[index] = true;
            } else if !scope.inside.is_empty() {
                last_named_other[index] = false;
            }
            let Some((polarity, qualifier, cue)) =
                sentence.best_mention(rules, &about, &scope, index)
            else {
                continue;
            };
            // "Postoperatief voorspoedig herstel" after the report of a hip operation is about
            // that operation: a mention naming no problem is about the last one named before it.
            let unnamed =
                polarity == Polarity::Affirmed && !sentence.names_this_problem(&scope, cue);
            if unnamed && other_named_before {
                continue;
            }
            // "Operateur: dr. Wijnberg" records an operation of whatever problem: it counts when
            // the document names no other problem.
            let record = rules.facts[index].records.contains(cue);
            let evidence = Evidence {
                path: doc.path.clone(),
                quote: Some(s.quote()),
                qualifier,
                cue: Some(crate::text::fold(cue)),
            };
            if unnamed && !record && s.original.contains('?') {
                answered[index] = Some(evidence);
                continue;
            }
            of_this_problem[index] |= polarity == Polarity::Affirmed && !record;
            match polarity {
                Polarity::Affirmed if record => records[index].push(evidence),
                Polarity::Affirmed => mentioned.affirmed.push(evidence),
                Polarity::Negated => mentioned.negated.push(evidence),
                Polarity::Modal => mentioned.modal.push(evidence),
            }
        }
    }
    for (index, (mentioned, records)) in out.iter_mut().zip(records).enumerate() {
        if let Some(evidence) = answered[index].take() {
            of_this_problem[index] = true;
            mentioned.affirmed.push(evidence);
        }
        if of_other_problem[index] && !of_this_problem[index] {
            mentioned.other_problem.push(doc.path.clone());
        } else {
            mentioned.affirmed.extend(records);
        }
    }
}

/// Whether a sentence is a heading or a label alone ("Surgery", "Eerdere operaties"): it names a
/// topic, and what follows it says what happened.
fn names_a_topic(original: &str) -> bool {
    // A label with nothing after its colon heads what follows ("Operaties:" over a list), and a
    // bracket only narrows the topic ("Frühere Operationen (andere)").
    let original = original.trim_end();
    let original = original.strip_suffix(':').unwrap_or(original);
    let unbracketed = match (original.find('('), original.rfind(')')) {
        (Some(open), Some(close)) if open < close && original[close + 1..].trim().is_empty() => {
            &original[..open]
        }
        _ => original,
    };
    let words = unbracketed
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // A heading in capitals names its section's topic however many words it has: "PAST MEDICAL
    // / SURGICAL HISTORY".
    let capitals = words <= 6
        && original.chars().any(char::is_alphabetic)
        && !original.chars().any(char::is_lowercase);
    // So does one in title case, every word capitalised: "Past Medical / Surgical History". Not a
    // sentence's piece broken off at a line's end ("USS (Royal Infirmary,").
    let title_case = (3..=6).contains(&words)
        && !unbracketed.contains([',', '(', ')'])
        && unbracketed
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(char::is_uppercase));
    (words <= 2 || capitals || title_case)
        && !original.contains([':', '.'])
        && !original.chars().any(|c| c.is_ascii_digit())
}

/// What a document's letterhead, kind and author say about every sentence in it.
struct AboutDocument<'r> {
    /// Its letterhead or signature names a place (or a phone number) abroad.
    written_abroad: bool,
    /// An appointment letter or a consent form speaks of what is still to come.
    announcing: Option<&'r crate::checklist::Kind>,
    /// Its own date: what a sentence dates before it is past, even where it announces.
    date: Option<chrono::NaiveDate>,
    /// The words for records its kind asks for ("verslagen", "beelden"), if it is such a kind.
    record_words: Option<&'r CueSet>,
    /// A letter, not a bare letterhead: it says something about the patient.
    has_content: bool,
    /// Per fact: the document is written abroad (by its letterhead, or in another language) by one
    /// of the fact's hospital roles.
    hospital_abroad: Vec<bool>,
}

impl<'r> AboutDocument<'r> {
    /// A letter written by a hospital abroad is evidence of care there by its letterhead.
    fn letterhead_evidence(&self, doc: &Document, out: &mut [Mentions]) {
        for (index, &by_hospital) in self.hospital_abroad.iter().enumerate() {
            if by_hospital && self.has_content && self.announcing.is_none() {
                let letterhead = doc.sender_lines.first().cloned().unwrap_or_default();
                out[index].affirmed.push(Evidence {
                    path: doc.path.clone(),
                    quote: Some(crate::text::quote(&letterhead)),
                    qualifier: Some("written by a hospital abroad".to_string()),
                    cue: None,
                });
            }
        }
    }

    fn new(rules: &'r Rules, doc: &Document) -> AboutDocument<'r> {
        let checklist = &rules.checklist;
        let home = rules.home_postcode.as_deref();
        let home_address = |l: &String| home.is_some_and(|home| crate::words::postcode_in(l, home));
        // Counting the text's words is the costly part: done only when needed, and once.
        let language = std::cell::OnceCell::new();
        let in_home_language = || *language.get_or_init(|| written_in(doc, &rules.home_language));
        let foreign_language = || {
            !doc.sender_lines.is_empty()
                && !doc.sender_lines.iter().any(home_address)
                && in_home_language() == Some(false)
        };
        let written_abroad = doc.sender_lines.iter().any(|l| {
            let folded = crate::text::fold(l);
            rules
                .abroad
                .find_all(&folded)
                .iter()
                .any(|m| !in_address_or_name(&folded, m, &rules.surname_particles))
                || !rules.abroad_phones.find_all(&folded).is_empty()
                || rules
                    .abroad_postcodes
                    .iter()
                    .any(|p| crate::words::postcode_in(l, p))
                || rules
                    .home_postcode
                    .as_deref()
                    .is_some_and(|home| foreign_postcode(l, home))
                    // A Dutch address written without its letters ("9, 5801 Venray") looks like
                    // a Belgian one: a postcode alone says abroad unless the letter is in Dutch.
                    && in_home_language() != Some(true)
        });
        let announcing = checklist
            .kinds
            .iter()
            .find(|k| k.announces && doc.is_any(&[k.id.get_ref().as_str()]));
        let record_words = rules
            .kinds
            .iter()
            .find(|k| !k.record_words.is_empty() && doc.is_any(&[k.id.as_str()]))
            .map(|k| &k.record_words);
        let has_content = doc
            .sentences
            .iter()
            .any(|s| s.original.split_whitespace().count() >= 5);
        // A therapist or office of a hospital abroad writes from that hospital too.
        let from_care_place = doc
            .sender_lines
            .iter()
            .any(|l| !rules.care_places.find_all(&crate::text::fold(l)).is_empty());
        let by_hospital: Vec<bool> = checklist
            .facts
            .iter()
            .map(|fact| {
                doc.author.as_deref().is_some_and(|a| {
                    fact.abroad_authors.iter().any(|x| x.get_ref() == a)
                        || (from_care_place && !fact.abroad_authors.is_empty())
                })
            })
            .collect();
        // A hospital writes in its own country's language; a patient or a GP may write English
        // from home.
        let abroad = by_hospital.iter().any(|&b| b) && (written_abroad || foreign_language());
        let hospital_abroad = by_hospital.into_iter().map(|b| b && abroad).collect();
        AboutDocument {
            written_abroad,
            announcing,
            date: doc.date,
            record_words,
            has_content,
            hospital_abroad,
        }
    }
}

/// How many words from a mention a word for a record may stand and make it a record asked for
/// ("verslagen en beelden van röntgen / echo").
const RECORD_NEAR: usize = 3;

/// How many words from an event its date may stand ("CT 23/11/2026", "operated on 3 May 2025").
const DATED_WITHIN: usize = 3;

/// One sentence with its fact cues, each qualified by the ConText modifiers that reach it.
struct QualifiedSentence<'s> {
    original: &'s str,
    unmasked: crate::text::Folded,
    /// Masked and folded.
    folded: String,
    /// Every fact's cues, outside names.
    all: Vec<CueMatch>,
    qualifiers: Vec<crate::context::Qualifiers>,
    /// In a letter written abroad, the sentence names a hospital or clinic.
    names_care_place: bool,
    places: Places,
}

impl<'s> QualifiedSentence<'s> {
    /// None when the sentence names no fact. `previous` is the sentence before it, where "there"
    /// may point.
    fn new(
        rules: &Rules,
        about: &AboutDocument,
        s: &'s Sentence,
        previous: Option<&Sentence>,
    ) -> Option<QualifiedSentence<'s>> {
        let unmasked = crate::text::Folded::new(&s.original);
        let folded = rules.language.masked(&unmasked.text);
        let mut all = rules.fact_cues.find_all(&folded);
        all.extend(rules.fact_split_cues.find_all(&folded));
        all.extend(rules.fact_typos.find_all(&folded, &all));
        if all.is_empty() {
            return None;
        }
        all.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let names = name_spans(&s.original, &unmasked, rules);
        all.retain(|m| !names.iter().any(|&(a, b)| m.start < b && a < m.end));
        if let Some(home) = rules.home_postcode.as_deref() {
            all.retain(|m| !in_postcode(&s.original, &unmasked, m, home));
        }
        if all.is_empty() {
            return None;
        }
        let qualifiers = rules.context.qualify(&folded, &all);
        let names_care_place =
            about.written_abroad && !rules.care_places.find_all(&folded).is_empty();
        let places = Places::new(
            (&s.original, &unmasked),
            &folded,
            about.written_abroad,
            rules,
        )
        .with_there_before(|| previous.and_then(|p| last_place(p, about.written_abroad, rules)));
        Some(QualifiedSentence {
            original: &s.original,
            unmasked,
            folded,
            all,
            qualifiers,
            names_care_place,
            places,
        })
    }

    /// What the sentence says of fact `index`, by its strongest mention: an event said to have
    /// happened beats one negated, which beats a plan; a record of the event ("operatieverslag")
    /// decides only when the event itself is not named; a presupposed event ("revisie ...
    /// overwogen") beats the plan that presupposes it.
    fn best_mention<'a>(
        &'a self,
        rules: &Rules,
        about: &AboutDocument,
        scope: &Scope,
        index: usize,
    ) -> Option<(Polarity, Option<String>, &'a str)> {
        let cues = &rules.facts[index];
        let denied = self.denies_an_event_of(cues, index);
        // Where the mention happened by the places around it, for a relation fact.
        let placed = |m: &CueMatch| {
            rules.checklist.facts[index]
                .abroad_within
                .and_then(|window| self.place_of(cues, m, window))
        };
        // `denied`: a qualifier negates the mention, not only the place nearest to it.
        let rank = |p: Polarity, denied: bool, m: &CueMatch| match p {
            _ if cues.presupposing.contains(&m.cue) => 4,
            // "Graag het operatieverslag van de ingreep": the report asked for records the event.
            Polarity::Affirmed if cues.documents.contains(&m.cue) => 4,
            // "Der Unfall in Utrecht, die Erstversorgung erfolgte im Krankenhaus in Aachen": the
            // hospital's own place says where the care was, more than a place nearer to the
            // event in the clause before.
            // A stay that survived `denied` beats an exam not done there.
            Polarity::Affirmed if cues.stays.contains(&m.cue) && placed(m) == Some(true) => 9,
            _ if cues.records.contains(&m.cue) => 0,
            Polarity::Affirmed => 10,
            Polarity::Negated if !denied && placed(m) == Some(false) => 6,
            Polarity::Negated => 8,
            Polarity::Modal => 2,
        };
        // "Operaties: aan de pols nooit geopereerd": a label names the topic its value speaks of,
        // so a mention in the value comes first. The value ends with its clause: in "RX pols:
        // geen fractuur; een MRI werd niet verricht" the MRI is no value of the X-ray's label.
        let label = label_end(&self.folded).map(|end| {
            let value_end = self.folded[end..]
                .find(';')
                .map_or(self.folded.len(), |i| end + i);
            (end, value_end)
        });
        let rank = |p: Polarity, denied: bool, m: &CueMatch| {
            (
                label.is_none_or(|(end, value_end)| m.start > end && m.start < value_end),
                rank(p, denied, m),
            )
        };
        let mut best: Option<(Polarity, Option<String>, &CueMatch)> = None;
        let mut best_rank = None;
        for (m, q) in self
            .all
            .iter()
            .zip(&self.qualifiers)
            .filter(|(m, _)| m.group == index)
        {
            let stay = cues.stays.contains(&m.cue);
            if (stay && (denied || opens_name_line(self.original, &self.unmasked, m)))
                || !scope.admits(m, &self.places.index)
                || other_part_compound(&self.folded, m, cues)
                || names_a_place(&self.folded, m, &rules.name_heads)
                || self.inside_presupposing(cues, m)
            {
                continue;
            }
            let Some((polarity, qualifier)) = self.judge(rules, about, index, m, q) else {
                continue;
            };
            let denied = matches!(q.deciding(), Some((Category::Negated, _)));
            let ranked = rank(polarity, denied, m);
            if best_rank.is_none_or(|b| ranked > b) {
                best = Some((polarity, qualifier, m));
                best_rank = Some(ranked);
            }
        }
        best.map(|(p, q, m)| (p, q, m.cue.as_str()))
    }

    /// Whether `m` names the event a presupposing mention around it is about: in "geen verdere
    /// operatie" the operation refused is the further one, not the first it presupposes.
    fn inside_presupposing(&self, cues: &crate::rules::FactCues, m: &CueMatch) -> bool {
        !cues.presupposing.contains(&m.cue)
            && self.all.iter().any(|p| {
                p.group == m.group
                    && cues.presupposing.contains(&p.cue)
                    && p.start <= m.start
                    && m.end <= p.end
            })
    }

    /// Whether the sentence denies an event of fact `index` itself: "Seen at a hospital in Spain
    /// but not admitted or treated" makes a stay give way, wherever that event is placed. An exam
    /// not done there ("no X-ray was taken at the clinic in Goa") leaves the stay standing.
    fn denies_an_event_of(&self, cues: &crate::rules::FactCues, index: usize) -> bool {
        !cues.stays.is_empty()
            && self.all.iter().zip(&self.qualifiers).any(|(m, q)| {
                m.group == index
                    && cues.own.contains(&m.cue)
                    && !cues.records.contains(&m.cue)
                    && matches!(q.deciding(), Some((Category::Negated, _)))
            })
    }

    /// Whether a word for a record (`words`) is the mention at `m` or stands within
    /// [`RECORD_NEAR`] words of it in its clause, no comma between: "röntgenbeelden en verslagen".
    fn names_record(&self, words: &CueSet, m: &CueMatch) -> bool {
        let index = &self.places.index;
        words.find_all(&self.folded).iter().any(|r| {
            let (from, to) = (m.end.min(r.end), m.start.max(r.start));
            // A comma parts the items of a list: "pols geopereerd (plaat) brieven, OK-verslag".
            (r.start < m.end && m.start < r.end)
                || (!index.stopped(from, to)
                    && !self.folded[from..to].contains(',')
                    && index.words_between(from, to) <= RECORD_NEAR)
        })
    }

    /// Whether mention `m` is dated, by a date right beside it, before `date`: "Scaphoid fracture
    /// on CT 23/11/2026" on a request form of 25/11/2026 tells what was done, not what is asked;
    /// "your appointment on 4 August ... your operation" dates the appointment.
    fn dated_before(&self, m: &CueMatch, date: Option<chrono::NaiveDate>) -> bool {
        let index = &self.places.index;
        date.is_some_and(|own| {
            crate::dates::find_dates(&self.folded).iter().any(|d| {
                let (from, to) = (m.end.min(d.end), m.start.max(d.start));
                d.date < own
                    && !index.stopped(from, to)
                    && index.words_between(from, to) <= DATED_WITHIN
            })
        })
    }

    /// Where the event at `m` took place: a hospital where it stands, an event where the place
    /// nearest to it is.
    fn place_of(&self, cues: &crate::rules::FactCues, m: &CueMatch, window: usize) -> Option<bool> {
        if cues.stays.contains(&m.cue) {
            self.places.of_stay(m, window)
        } else {
            self.places.of(m, window)
        }
    }

    /// Whether the sentence's mention `cue` of the fact is said to be of the problem at hand: a
    /// scope word is nearer to it than any other problem's word. Always for a fact without scope.
    fn names_this_problem(&self, scope: &Scope, cue: &str) -> bool {
        !scope.applies
            || self
                .all
                .iter()
                .filter(|m| m.cue == cue)
                .any(|m| scope.outside_nearer(m, &self.places.index) == Some(false))
    }

    /// Whether the sentence names one of the fact's events of another problem ("Ingreep:
    /// laparoscopische appendectomie").
    fn of_other_problem(&self, scope: &Scope, index: usize) -> bool {
        self.all
            .iter()
            .any(|m| m.group == index && scope.excludes(m, &self.places.index))
    }

    /// What one mention says: its polarity and the qualifier that decided it; None when it is no
    /// evidence (someone else's event, or an event of a relation fact at no place it can tell).
    fn judge(
        &self,
        rules: &Rules,
        about: &AboutDocument,
        index: usize,
        m: &CueMatch,
        q: &crate::context::Qualifiers,
    ) -> Option<(Polarity, Option<String>)> {
        let cues = &rules.facts[index];
        // A list of records to ask for ("[x] röntgenbeelden en verslagen", "operatieverslagen")
        // names no event; the care it was given in ("in België behandeld, en wil dat deze gegevens
        // ...") is one.
        if about
            .record_words
            .is_some_and(|words| !cues.documents.contains(&m.cue) && self.names_record(words, m))
        {
            return None;
        }
        let (polarity, qualifier) = match q.deciding() {
            Some((Category::OtherExperiencer, _)) => return None,
            _ if cues.presupposing.contains(&m.cue) => (
                Polarity::Affirmed,
                Some(format!("presupposed: {}", crate::text::fold(&m.cue))),
            ),
            Some((Category::Repeated, t)) => (Polarity::Affirmed, Some(format!("repeated: {t}"))),
            Some((Category::Result, t)) => (Polarity::Affirmed, Some(format!("result: {t}"))),
            // A report or images asked for exist, so the event they record happened; one not at
            // hand says nothing either way.
            Some((Category::Negated, _)) if cues.documents.contains(&m.cue) => return None,
            // ... unless a letter announcing what is to come lists what to bring ("eventuele
            // operatieverslagen"): a list for every patient.
            Some((Category::Hypothetical, t))
                if cues.documents.contains(&m.cue)
                    && about.announcing.is_none()
                    && !q.conditional() =>
            {
                (Polarity::Affirmed, Some(format!("record asked for: {t}")))
            }
            Some((Category::Negated, t)) => (Polarity::Negated, Some(format!("negated: {t}"))),
            Some((Category::Hypothetical, t)) => {
                (Polarity::Modal, Some(format!("hypothetical: {t}")))
            }
            Some((_, t)) => (Polarity::Affirmed, Some(format!("historical: {t}"))),
            None => (Polarity::Affirmed, None),
        };
        // What it says happened before ("na de operatie in 2025") still happened; so does what a
        // form's question about the past was answered with ("Eerder opgenomen in het
        // buitenland? Ja").
        let (polarity, qualifier) = match about.announcing {
            Some(kind)
                if polarity == Polarity::Affirmed
                    && qualifier.is_none()
                    && !answered_question(&self.folded, m)
                    && !self.dated_before(m, about.date) =>
            {
                (
                    Polarity::Modal,
                    Some(format!("announced: {}", kind.id.get_ref())),
                )
            }
            _ => (polarity, qualifier),
        };
        // An event without a place in a letter written abroad happened there when a hospital
        // wrote it, or the sentence names one: a GP abroad treats at the practice, but "Letter
        // from Royal Berkshire Hospital: ORIF" is hospital care.
        let care_abroad = self.names_care_place || about.hospital_abroad[index];
        let polarity = match rules.checklist.facts[index].abroad_within {
            Some(window) => match self.place_of(cues, m, window) {
                Some(true) => polarity,
                Some(false) if polarity == Polarity::Affirmed => Polarity::Negated,
                None if care_abroad && polarity == Polarity::Affirmed => polarity,
                _ => return None,
            },
            None => polarity,
        };
        Some((polarity, qualifier))
    }
}

/// Whether mention `m` stands in a question the form answers right after its question mark.
fn answered_question(folded: &str, m: &CueMatch) -> bool {
    folded[m.end..]
        .find('?')
        .is_some_and(|q| crate::words::opens_with_yes_or_no(&folded[m.end + q + 1..]))
}

/// A short label opening a sentence ("Operaties:", "Eerdere ingrepen:"): where its colon stands.
fn label_end(folded: &str) -> Option<usize> {
    let colon = folded.find(':')?;
    // The number of a form's item is no part of its label: "4) Surgery: never operated on".
    let label = &folded[crate::text::item_number_len(folded).unwrap_or(0).min(colon)..colon];
    let words = label.split_whitespace().count();
    ((1..=3).contains(&words) && !label.chars().any(|c| c.is_ascii_digit())).then_some(colon)
}

/// Whether a compound event word names another body part before its event ("enkeloperatie",
/// "liesbreukoperatie"): the part left of a suffix cue ("*operatie") is out of the fact's scope.
fn other_part_compound(folded: &str, m: &CueMatch, cues: &crate::rules::FactCues) -> bool {
    compound_part(folded, m).is_some_and(|part| names_whole(&cues.out_of_scope, part).is_some())
}

/// The word a suffix cue ("*ectomie", "*-tep") was found in, less the suffix: "ganglion" of
/// "ganglionectomie", "knie" of "knie-tep".
fn compound_part<'f>(folded: &'f str, m: &CueMatch) -> Option<&'f str> {
    let suffix = m.cue.strip_prefix('*')?;
    let word = folded.get(m.start..m.end)?;
    let part = word
        .strip_suffix(crate::text::fold(suffix).as_str())?
        .trim_end_matches('-');
    (!part.is_empty()).then_some(part)
}

/// The cue of `set` that is the whole of `part`, if one is.
fn names_whole(set: &crate::text::CueSet, part: &str) -> Option<CueMatch> {
    set.find_all(part)
        .into_iter()
        .find(|o| o.start == 0 && o.end == part.len())
}

/// Whether a cue matched at the start of a longer word stands in a name: the word ends in a
/// `name_heads` word ("Röntgeninstitut", "Röntgenweg").
fn names_a_place(folded: &str, m: &CueMatch, heads: &[String]) -> bool {
    let word = &folded[m.start..m.end];
    let stem = crate::text::fold(m.cue.trim_end_matches('*'));
    word.len() > stem.len()
        && word.starts_with(stem.as_str())
        && heads
            .iter()
            .any(|h| word[stem.len()..].ends_with(h.as_str()))
}

/// Whether an address line holds a postcode that is not of the home format `home` (`#` a digit,
/// `A` a capital letter): four or five digits before a place name ("52062 Aachen", "8500 Kortrijk")
/// or five after a state ("Aurora, CO 80045"). Years, post boxes and the ends of phone numbers are
/// no postcodes.
fn foreign_postcode(line: &str, home: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let fits_home = |i: usize| crate::words::fits_postcode(&words, i, home);
    words.iter().enumerate().any(|(i, w)| {
        let digits = w.trim_end_matches([',', '.']);
        let postcode_like = (4..=5).contains(&digits.len())
            && digits.chars().all(|c| c.is_ascii_digit())
            && !(digits.len() == 4 && ("1900".."2100").contains(&digits));
        // A number after another number is part of a phone or fax number ("+31 88 708 5290"),
        // unless a comma ends the house number before it ("Graf-Adolf-Str. 80, 40210 Düsseldorf").
        let after_number = i > 0
            && words[i - 1].chars().any(|c| c.is_ascii_digit())
            && !words[i - 1].ends_with(',');
        if !postcode_like
            || after_number
            || i > 0 && crate::text::fold(words[i - 1]).starts_with("postbus")
        {
            return false;
        }
        // A place is a name: "ISO 15189 M088" is an accreditation, not a German address.
        let place_after = words.get(i + 1).is_some_and(|n| {
            n.chars().next().is_some_and(char::is_uppercase)
                && n.len() >= 3
                && !n.chars().any(|c| c.is_ascii_digit())
        });
        let state_before = digits.len() == 5
            && i > 0
            && words[i - 1].len() == 2
            && words[i - 1].chars().all(|c| c.is_ascii_uppercase());
        (place_after || state_before) && !fits_home(i)
    })
}

/// Whether the document's prose is in the home language, when it has enough prose to tell: a
/// text in another language has, among enough words, hardly any of the home language's common
/// short words (a Dutch letter has one in four).
fn written_in(doc: &Document, home_words: &std::collections::HashSet<String>) -> Option<bool> {
    if home_words.is_empty() {
        return None;
    }
    let (mut words, mut home) = (0usize, 0usize);
    // Prose only: a table of lab values has few short words in any language.
    for s in &doc.sentences {
        let sentence: Vec<&str> = s
            .folded
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        if sentence.len() < MIN_PROSE_WORDS {
            continue;
        }
        words += sentence.len();
        home += sentence.iter().filter(|w| home_words.contains(**w)).count();
    }
    (words >= MIN_WORDS_FOR_LANGUAGE).then_some(home * 100 >= words * MAX_HOME_WORDS_PERCENT)
}

/// A sentence of this many words is prose.
const MIN_PROSE_WORDS: usize = 6;

/// A language is told from this many words on.
const MIN_WORDS_FOR_LANGUAGE: usize = 40;

/// Below this share of the home language's common words, a text is in another language.
const MAX_HOME_WORDS_PERCENT: usize = 4;

/// Whether the match stands in the name that opens its sentence: no lower-case word before it
/// but those joining a name's parts ("Klinik für Unfallchirurgie, Chefarzt ...", "Dienst
/// Orthopedie en Traumatologie, UZ Gent": a letterhead line read as text).
fn opens_name_line(original: &str, folded: &crate::text::Folded, m: &CueMatch) -> bool {
    let at = folded.original_index(m.start);
    !original[..at].split_whitespace().any(|w| {
        w.starts_with(char::is_lowercase) && !crate::words::joins_names(&crate::text::fold(w))
    })
}

/// A fact's scope words in one sentence, found once.
struct Scope {
    applies: bool,
    inside: Vec<CueMatch>,
    outside: Vec<CueMatch>,
    needs: Vec<(usize, usize)>,
    /// The fact's `objects`, and where its `needs_object` cues stand (sorted).
    objects: Vec<CueMatch>,
    needs_object: Vec<(usize, usize)>,
}

impl Scope {
    /// `all`: the sentence's mentions, among them the split verbs that need a scope word.
    fn new(folded: &str, cues: &crate::rules::FactCues, all: &[CueMatch]) -> Scope {
        let applies = !(cues.scope.is_empty() && cues.out_of_scope.is_empty());
        let mut needed = cues.needs_scope.find_all(folded);
        needed.extend(
            all.iter()
                .filter(|m| cues.split_needing_scope.contains(&m.cue))
                .cloned(),
        );
        Scope {
            applies,
            inside: if applies {
                let mut inside = cues.scope.find_all(folded);
                inside.extend(
                    needed
                        .iter()
                        .filter_map(|n| named_in_compound(folded, n, cues)),
                );
                inside
            } else {
                Vec::new()
            },
            outside: if applies {
                cues.out_of_scope.find_all(folded)
            } else {
                Vec::new()
            },
            needs: spans(&needed),
            objects: cues.objects.find_all(folded),
            needs_object: spans(&cues.needs_object.find_all(folded)),
        }
    }

    /// Whether a mention is about another problem: an out-of-scope word is nearer to it than any
    /// scope word.
    fn excludes(&self, m: &CueMatch, index: &SentenceIndex) -> bool {
        self.applies && self.outside_nearer(m, index) == Some(true)
    }

    /// Whether the nearest of the fact's scope and out-of-scope words to a mention is an
    /// out-of-scope one; None when the sentence has neither.
    fn outside_nearer(&self, m: &CueMatch, index: &SentenceIndex) -> Option<bool> {
        match (
            nearest(&self.inside, m, index, false),
            nearest(&self.outside, m, index, false),
        ) {
            (Some(s), Some(o)) => Some(o <= s),
            (None, Some(_)) => Some(true),
            (Some(_), None) => Some(false),
            (None, None) => None,
        }
    }

    /// Whether a mention is about the problem at hand: the nearest of the fact's scope and
    /// out-of-scope words decides ("L76 fractuur onderarm ... D13 cholecystectomie": the operation
    /// is the gall bladder's); a cue that needs a scope word needs one in its sentence, and one
    /// that needs an object one in its clause ("de pees ... gehecht", not "de wond ... gehecht").
    fn admits(&self, m: &CueMatch, index: &SentenceIndex) -> bool {
        if self.needs_object.binary_search(&(m.start, m.end)).is_ok()
            && nearest(&self.objects, m, index, true).is_none()
        {
            return false;
        }
        if !self.applies {
            return true;
        }
        match self.outside_nearer(m, index) {
            Some(outside) => !outside,
            None => self.needs.binary_search(&(m.start, m.end)).is_err(),
        }
    }
}

/// Where matches stand, sorted, for a binary search by a mention's place.
fn spans(matches: &[CueMatch]) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = matches.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    spans
}

/// The scope word a compound procedure word is built on ("ganglionectomie", "trapeziumectomie"):
/// the word names its own body part, as "fasciectomie" does.
fn named_in_compound(
    folded: &str,
    needed: &CueMatch,
    cues: &crate::rules::FactCues,
) -> Option<CueMatch> {
    let part = compound_part(folded, needed)?;
    let whole = names_whole(&cues.scope, part)?;
    Some(CueMatch {
        start: needed.start,
        end: needed.start + part.len(),
        ..whole
    })
}

/// A place this near before a hospital names it ("Spaans ziekenhuis", "AZ Groeninge" overlapping).
const STAY_ADJACENT: usize = 1;

/// How many words at most stand between "here" and the place abroad it names.
const HERE_NEAR: usize = 5;

/// The places named in one sentence, found once.
struct Places {
    index: SentenceIndex,
    abroad: Vec<CueMatch>,
    home: Vec<CueMatch>,
    /// "There" with no place named before it in the sentence.
    unresolved_there: Vec<CueMatch>,
}

impl Places {
    /// "Hier" is where the letter was written.
    fn new(
        sentence: (&str, &crate::text::Folded),
        folded: &str,
        written_abroad: bool,
        rules: &crate::rules::Rules,
    ) -> Places {
        let mut abroad = rules.abroad.find_all(folded);
        // A town of the gazetteer the checklist's own list has not named already; before a
        // hospital's word, only a capitalised one is the hospital's town ("Eastbourne District
        // General"), not a word that is also a town ("a local hospital").
        let (original, unmasked) = sentence;
        let capitalised =
            |t: &CueMatch| starts_upper(&original[unmasked.original_index(t.start)..]);
        let before_hospitals = rules.towns.find_before_hospitals(folded);
        let towns: Vec<CueMatch> = rules
            .towns
            .find_all(folded)
            .into_iter()
            .chain(before_hospitals.into_iter().filter(capitalised))
            .chain(
                rules
                    .towns
                    .find_word_towns(folded)
                    .into_iter()
                    .filter(capitalised),
            )
            .filter(|t| !abroad.iter().any(|a| a.start < t.end && t.start < a.end))
            .collect();
        abroad.extend(towns);
        abroad.retain(|m| !in_address_or_name(folded, m, &rules.surname_particles));
        let mut home = rules.home.find_all(folded);
        // A hospital's word that says abroad by itself ("Krankenhaus", "Klinikum") is where the
        // town after it says: "im Krankenhaus in Enschede" is at home.
        let care = if abroad.is_empty() || home.is_empty() {
            Vec::new()
        } else {
            rules.care_places.find_all(folded)
        };
        abroad.retain(|a| {
            let hospital = care.iter().any(|c| c.start <= a.start && a.end <= c.end);
            !(hospital && home_right_after(folded, a.end, &home))
        });
        abroad.extend(foreign_hospital_names(sentence.0, sentence.1, rules, &home));
        // "In Venlo behandeld, dus niet in Duitsland": a place denied is where it did not happen.
        let (denied, named): (Vec<CueMatch>, Vec<CueMatch>) = abroad
            .into_iter()
            .partition(|m| place_denied(folded, m, &rules.language));
        abroad = named;
        home.extend(denied);
        let index = SentenceIndex::new(folded, rules.context.terminators(folded));
        // "We admitted her here at Hospital Dexeus in Barcelona": "here" close to a place abroad
        // in its clause, and no place at home, is there, whoever sent the letter; "in Polen ...,
        // maar hier geopereerd" and "woont in Duitsland en komt naar onze kliniek" are at home.
        let (there, here): (Vec<CueMatch>, Vec<CueMatch>) =
            rules.here.find_all(folded).into_iter().partition(|h| {
                written_abroad
                    || (home.is_empty()
                        && abroad.iter().any(|a| {
                            let (from, to) = (a.end.min(h.end), a.start.max(h.start));
                            !index.stopped(from, to) && index.words_between(from, to) <= HERE_NEAR
                        }))
            });
        abroad.extend(there);
        home.extend(here);
        let unresolved_there = resolve_there(folded, rules, &mut abroad, &mut home);
        abroad.sort_by_key(|p| p.start);
        home.sort_by_key(|p| p.start);
        Places {
            index,
            abroad,
            home,
            unresolved_there,
        }
    }

    /// "There" with no place before it in its sentence points at the place the sentence before
    /// named last: "Zij liep in Innsbruck een fractuur op. Zij werd daar op de eerste hulp
    /// gezien." `before` says whether that place is abroad, asked only when needed.
    fn with_there_before(mut self, before: impl FnOnce() -> Option<bool>) -> Places {
        if self.unresolved_there.is_empty() {
            return self;
        }
        let orphans = std::mem::take(&mut self.unresolved_there);
        match before() {
            Some(true) => self.abroad.extend(orphans),
            Some(false) => self.home.extend(orphans),
            None => return self,
        }
        self.abroad.sort_by_key(|p| p.start);
        self.home.sort_by_key(|p| p.start);
        self
    }

    /// Where the event at `m` took place, by the nearest place named within `window` words in
    /// its clause: abroad (true), at home (false), or not said (None).
    fn of(&self, m: &CueMatch, window: usize) -> Option<bool> {
        self.nearer(&self.abroad, &self.home, m, window)
    }

    /// Where the hospital or clinic at `m` stands: at the place named right before it ("een
    /// Spaans ziekenhuis"), else at the nearest after it ("Ziekenhuis Geleenbeek te Sittard",
    /// "hospital in Lyon"), else at the nearest before it. "Na terugkomst uit Marokko in
    /// ziekenhuis X te Sittard" is a hospital in Sittard.
    fn of_stay(&self, m: &CueMatch, window: usize) -> Option<bool> {
        // Both lists are sorted by start: split each where the places after `m` begin.
        let (abroad_before, abroad_after) = self
            .abroad
            .split_at(self.abroad.partition_point(|p| p.start < m.end));
        let (home_before, home_after) = self
            .home
            .split_at(self.home.partition_point(|p| p.start < m.end));
        self.nearer(abroad_before, home_before, m, STAY_ADJACENT)
            .or_else(|| self.nearer(abroad_after, home_after, m, window))
            .or_else(|| self.nearer(abroad_before, home_before, m, window))
    }

    /// Abroad (true) or at home (false) by the nearer of the two lists within `window` words of
    /// `m` in its clause; None when neither is.
    fn nearer(
        &self,
        abroad: &[CueMatch],
        home: &[CueMatch],
        m: &CueMatch,
        window: usize,
    ) -> Option<bool> {
        let within = |d: Option<usize>| d.filter(|d| *d <= window);
        match (
            within(nearest(abroad, m, &self.index, true)),
            within(nearest(home, m, &self.index, true)),
        ) {
            (Some(a), Some(h)) => Some(a < h),
            (Some(_), None) => Some(true),
            (None, Some(_)) => Some(false),
            (None, None) => None,
        }
    }
}

/// Whether the place a sentence names last is abroad (true) or at home (false); None when it names
/// none.
fn last_place(s: &Sentence, written_abroad: bool, rules: &crate::rules::Rules) -> Option<bool> {
    let unmasked = crate::text::Folded::new(&s.original);
    let folded = rules.language.masked(&unmasked.text);
    let places = Places::new((&s.original, &unmasked), &folded, written_abroad, rules);
    let last = |found: &[CueMatch]| found.iter().map(|p| p.end).max();
    match (last(&places.abroad), last(&places.home)) {
        (Some(a), Some(h)) => Some(a > h),
        (Some(_), None) => Some(true),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    }
}

/// "There" is the place named last before it, whatever clause that stood in; a hospital named
/// after that place ("in het Maasstad Ziekenhuis; daar") may be anywhere. Returns the "there"s
/// with no place or hospital named before them, which may point into the sentence before.
fn resolve_there(
    folded: &str,
    rules: &crate::rules::Rules,
    abroad: &mut Vec<CueMatch>,
    home: &mut Vec<CueMatch>,
) -> Vec<CueMatch> {
    let care = rules.care_places.find_all(folded);
    let mut unresolved = Vec::new();
    for word in rules.there.find_all(folded) {
        let last = |places: &[CueMatch]| {
            places
                .iter()
                .rfind(|p| p.end <= word.start)
                .map_or(0, |p| p.end)
        };
        let (a, h, c) = (last(abroad), last(home), last(&care));
        // A care place ending with the place is that place: "het Franse ziekenhuis; daar".
        if a > h && a >= c {
            abroad.push(word);
        } else if h > c {
            home.push(word);
        } else if a == 0 && h == 0 && c == 0 {
            unresolved.push(word);
        }
    }
    unresolved
}

/// Whether a place is named to deny it: a negation word within the two words before it ("niet in
/// Duitsland", "not in Spain", "nicht in Belgien").
fn place_denied(folded: &str, m: &CueMatch, language: &crate::text::Language) -> bool {
    let word_start = |text: &str| {
        text.trim_end()
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + 1)
    };
    let last = word_start(&folded[..m.start]);
    let from = word_start(&folded[..last]);
    !language
        .negations
        .find_all(&folded[from..m.start])
        .is_empty()
}

/// Whether a cue is the letters of a postcode of the home format in an address: "Dijkstraat 21,
/// 3201 CT Spijkenisse" holds no CT scan. An address puts its postcode after a comma, a house
/// number or nothing, and its town after it: "In 2021 CT pols" and "3 mei 2026 CT" are exams.
fn in_postcode(original: &str, unmasked: &crate::text::Folded, m: &CueMatch, home: &str) -> bool {
    let start = unmasked.original_index(m.start);
    let end = unmasked.original_index(m.end.saturating_sub(1)) + 1;
    let (Some(before), Some(cue), Some(after)) = (
        original.get(..start),
        original.get(start..end),
        original.get(end..),
    ) else {
        return false;
    };
    let format: Vec<&str> = home.split_whitespace().collect();
    let cue_words: Vec<&str> = cue.split_whitespace().collect();
    let Some(lead) = format.len().checked_sub(cue_words.len()) else {
        return false;
    };
    let mut back = before.split_whitespace().rev();
    let mut words: Vec<&str> = back.by_ref().take(lead).collect();
    words.reverse();
    let preceding = back.next();
    words.extend(cue_words);
    let town_follows = after.starts_with(' ')
        && after
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    // Opening the line, a number that could be a year dates an exam: "2021 CT Pols: ...".
    let year_like = words
        .first()
        .and_then(|w| w.parse::<u32>().ok())
        .is_some_and(|n| (1950..=2035).contains(&n));
    let address_before = match preceding {
        None => !year_like,
        Some(p) => {
            p.ends_with([',', '|', '-', '–', '•', '·']) || p.chars().any(|c| c.is_ascii_digit())
        }
    };
    words.len() == format.len()
        && town_follows
        && address_before
        && crate::words::fits_postcode(&words, 0, home)
}

/// Whether a place word is part of a postcode ("1105 AZ Amsterdam") or of a person's name ("dr.
/// S.M. van Aalst"): after a number, after initials or a title, or after initials and a surname
/// particle.
fn in_address_or_name(folded: &str, m: &CueMatch, particles: &[String]) -> bool {
    let mut before = folded[..m.start].split_whitespace().rev().peekable();
    let Some(&previous) = before.peek() else {
        return false;
    };
    if previous.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let initial = |w: &str| {
        w.ends_with('.') && w.len() <= 5 && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    // Skip the particles ("van der"), then look for initials or a title.
    let mut skipped = 0;
    while before
        .peek()
        .is_some_and(|w| particles.iter().any(|p| p == w))
    {
        before.next();
        skipped += 1;
    }
    before.next().is_some_and(initial) && (skipped > 0 || initial(previous))
}

/// The word distance from `m` to the nearest of `found` (sorted by start), 0 when they overlap;
/// with `same_clause`, a match across a terminator does not count.
fn nearest(
    found: &[CueMatch],
    m: &CueMatch,
    index: &SentenceIndex,
    same_clause: bool,
) -> Option<usize> {
    let i = found.partition_point(|p| p.start < m.start);
    let before = i.checked_sub(1).and_then(|j| found.get(j));
    let after = found.get(i);
    let distance = |p: &CueMatch| {
        if p.start < m.end && m.start < p.end {
            return Some(0);
        }
        let (from, to) = if p.end <= m.start {
            (p.end, m.start)
        } else {
            (m.end, p.start)
        };
        if same_clause && index.stopped(from, to) {
            return None;
        }
        Some(index.words_between(from, to) + index.commas_between(from, to) + 1)
    };
    // Overlapping matches that start earlier may still reach over `m`.
    let overlapping = found[..i].iter().rev().take(4).any(|p| p.end > m.start);
    if overlapping {
        return Some(0);
    }
    [before, after]
        .into_iter()
        .flatten()
        .filter_map(distance)
        .min()
}

/// Byte ranges (in the folded text) of name words written as part of a capitalised name ("Mill
/// Lane Surgery", "Department of Plastic & Reconstructive Surgery").
fn name_spans(
    original: &str,
    folded: &crate::text::Folded,
    rules: &crate::rules::Rules,
) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = rules
        .name_words
        .find_all(&folded.text)
        .into_iter()
        .filter(|m| {
            capitalised_after_name(
                original,
                folded.original_index(m.start),
                &rules.name_joiners,
            )
        })
        .map(|m| (m.start, m.end))
        .collect();
    spans.extend(
        rules
            .department_words
            .find_all(&folded.text)
            .into_iter()
            .filter_map(|m| department_name(original, folded, m.end, &rules.name_joiners)),
    );
    spans
}

/// The folded span of the capitalised words right after a department's word that ends at
/// `from` ("afdeling Röntgen", "Department of Hand Surgery"); None when a word in lower case
/// follows ("de afdeling heeft een foto gemaakt").
fn department_name(
    original: &str,
    folded: &crate::text::Folded,
    from: usize,
    joiners: &[String],
) -> Option<(usize, usize)> {
    let mut end = from;
    let mut named = false;
    for word in folded.text[from..].split_inclusive(char::is_whitespace) {
        let at = end + (word.len() - word.trim_start().len());
        let bare = word.trim();
        let capital = original
            .get(folded.original_index(at)..)
            .is_some_and(starts_upper);
        if bare.is_empty() {
            end += word.len();
            continue;
        }
        if capital {
            named = true;
        } else if !(named
            && joiners
                .iter()
                .any(|j| j == bare.trim_end_matches([',', '.'])))
        {
            break;
        }
        end = at + bare.trim_end_matches([',', '.', ';', ':', ')']).len();
        if bare.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    named.then_some((from, end))
}

/// Whether the word at byte `at` of `original` is capitalised and follows a capitalised word,
/// maybe across a word that joins a name's words (`joiners`: "Centrum voor Beeldvorming"): the
/// last word of a name.
fn capitalised_after_name(original: &str, at: usize, joiners: &[String]) -> bool {
    let before = original[..at].trim_end();
    // "Ms C. Whitfield (Plastic Surgery)": a name in brackets is a name too.
    let mut words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_start_matches(['(', '[', '"', '\'']));
    let mut previous = words.next().unwrap_or("");
    if joiners.iter().any(|j| *j == crate::text::fold(previous)) {
        previous = words.next().unwrap_or("");
    }
    // "(2022, Leiden)   Imaging: X-ray": a word closing a bracket ends what it names.
    starts_upper(&original[at..]) && starts_upper(previous) && !previous.ends_with(')')
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a place at home (`home`, in `folded`) follows a hospital's name or word ending at `end`
/// within [`HOME_AFTER_NAME`] words: "Gelre Hospital in Apeldoorn", "Krankenhaus in Enschede".
fn home_right_after(folded: &str, end: usize, home: &[CueMatch]) -> bool {
    home.iter().any(|h| {
        h.start >= end && folded[end..h.start].split_whitespace().count() <= HOME_AFTER_NAME
    })
}

/// How many words may stand between a hospital's name and the place at home it is in ("Martini
/// Hospital, Groningen", "Hospital Nij Smellinghe te Drachten").
const HOME_AFTER_NAME: usize = 2;

/// The hospitals named in another language than the home one ("Royal Derby Hospital", "Hospital
/// Costa Blanca Norte"): `[context] abroad_name_words` written as part of a capitalised name, the
/// name not holding a place at home (`home`, in the folded text): "Rijnstate Hospital" is at home.
/// A sentence in capitals shows no names.
fn foreign_hospital_names(
    original: &str,
    folded: &crate::text::Folded,
    rules: &crate::rules::Rules,
    home: &[CueMatch],
) -> Vec<CueMatch> {
    if !original.chars().any(char::is_lowercase) {
        return Vec::new();
    }
    rules
        .abroad_name_words
        .find_all(&folded.text)
        .into_iter()
        .filter(|m| {
            let at = folded.original_index(m.start);
            let after = original[folded.original_index(m.end)..].trim_start();
            // "Hospital Marítimo Alborada": mid-sentence, a capital before a name.
            let opens_name = original[..at]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(char::is_lowercase)
                && starts_upper(after);
            // "im Marienhospital": a capitalised compound is a name itself.
            let compound = m.cue.starts_with('*')
                && folded.text[m.start..m.end] != *m.cue.trim_start_matches('*');
            (capitalised_after_name(original, at, &rules.name_joiners)
                || starts_upper(&original[at..]) && (opens_name || compound))
                && !home
                    .iter()
                    .any(|h| h.end <= m.start && name_runs_between(original, folded, h.end, m.start))
                // "Martini Hospital in Groningen": a place at home right after the name too.
                && !home_right_after(&folded.text, m.end, home)
        })
        .collect()
}

/// Whether only capitalised words (and "&") stand between two folded positions: one name.
fn name_runs_between(original: &str, folded: &crate::text::Folded, from: usize, to: usize) -> bool {
    original[folded.original_index(from)..folded.original_index(to)]
        .split_whitespace()
        .all(|w| w == "&" || starts_upper(w))
}

fn from_documents(
    fact: &crate::checklist::Fact,
    docs: &[Document],
    mentions: Mentions,
) -> FactValue {
    let kinds: Vec<&str> = fact.kinds.iter().map(|k| k.get_ref().as_str()).collect();
    let present: Vec<Evidence> = docs
        .iter()
        // Only a document whose kind is verified proves a fact: one read by its content, or a
        // medium by its format. A file name alone ("echo pols.jpg") proves nothing.
        .filter(|d| d.readable || matches!(d.kind_basis, Some(crate::classify::KindBasis::Format)))
        .filter(|d| d.is_any(&kinds) && !mentions.other_problem.contains(&d.path))
        .map(|d| Evidence::file(d.path.clone()))
        .collect();
    if !present.is_empty() {
        return FactValue {
            value: true,
            source: FactSource::Document,
            evidence: present.into_iter().take(MAX_QUOTES).collect(),
        };
    }
    let Mentions {
        mut affirmed,
        mut negated,
        mut modal,
        ..
    } = mentions;
    // One letter says it happened, another that it never did: a person must look. The fact is
    // taken as true, so the requirements that hang on it are asked for, and marked as in doubt.
    // A contradiction is the same event affirmed in one letter and denied in another ("nooit
    // geopereerd" / "in 2023 geopereerd"); "geen CT" beside "MRI verricht" is two events.
    let denies = |n: &Evidence| {
        affirmed
            .iter()
            .any(|a| a.path != n.path && a.cue.is_some() && a.cue == n.cue)
    };
    let denial = negated.iter().position(denies);
    if let Some(i) = denial {
        let denial = negated.swap_remove(i);
        affirmed.truncate(MAX_QUOTES - 1);
        affirmed.push(denial);
        FactValue {
            value: true,
            source: FactSource::Conflicting,
            evidence: affirmed,
        }
    } else if !affirmed.is_empty() {
        affirmed.truncate(MAX_QUOTES);
        FactValue {
            value: true,
            source: FactSource::Text,
            evidence: affirmed,
        }
    } else if !negated.is_empty() {
        negated.truncate(MAX_QUOTES);
        FactValue {
            value: false,
            source: FactSource::Text,
            evidence: negated,
        }
    } else if !modal.is_empty() {
        modal.truncate(MAX_QUOTES);
        FactValue {
            value: false,
            source: FactSource::PlanOrQuestion,
            evidence: modal,
        }
    } else {
        declared(false, FactSource::Default)
    }
}

/// What a sentence says of a fact: affirmed if any cue (or full cue group in one clause) is affirmed,
/// else negated if any is negated, else modal if mentioned only as a plan or question.
fn sentence_polarity(
    folded: &str,
    cue_matches: &[CueMatch],
    groups: &[CueSet],
    language: &Language,
) -> Option<Polarity> {
    let mut found: Vec<Polarity> = cue_matches
        .iter()
        .map(|m| language.polarity(folded, m, cue_matches))
        .collect();
    if !groups.is_empty() {
        for clause in language.clauses(folded) {
            let text = &folded[clause.clone()];
            let matches: Vec<_> = groups.iter().map(|g| g.find_all(text)).collect();
            if matches.iter().any(Vec::is_empty) {
                continue;
            }
            // A negated or modal word of any group makes the whole clause so.
            let shifted: Vec<crate::text::CueMatch> = matches
                .iter()
                .flatten()
                .map(|m| CueMatch {
                    start: m.start + clause.start,
                    end: m.end + clause.start,
                    cue: m.cue.clone(),
                    group: m.group,
                })
                .collect();
            let polarity = shifted
                .iter()
                .map(|m| language.polarity(folded, m, &shifted))
                .max_by_key(|p| match p {
                    Polarity::Negated => 2,
                    Polarity::Modal => 1,
                    Polarity::Affirmed => 0,
                })
                .unwrap_or(Polarity::Affirmed);
            found.push(polarity);
        }
    }
    if found.contains(&Polarity::Affirmed) {
        Some(Polarity::Affirmed)
    } else if found.contains(&Polarity::Negated) {
        Some(Polarity::Negated)
    } else {
        found.first().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Classifier;
    use crate::read::ReadDoc;

    fn facts_of(texts: &[&str]) -> BTreeMap<String, FactValue> {
        let c = Checklist::builtin().unwrap().compile();
        let classifier = Classifier::new(&c);
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| classifier.classify(ReadDoc::pdf_with_text(&format!("brief{i}.pdf"), t)))
            .collect();
        derive(&c, &docs, &Declared::new(), &Declared::new())
    }

    fn value(texts: &[&str], fact: &str) -> (bool, &'static str) {
        let f = &facts_of(texts)[fact];
        (f.value, f.source.as_str())
    }

    #[test]
    fn what_an_appointment_letter_names_is_still_to_come_unless_it_says_it_was_before() {
        let letter = "Klinikum Oldenburg\nTerminbestätigung\nSehr geehrter Herr Test,\nhiermit bestätigen wir Ihren Termin zur Operation der rechten Hand am 13.01.2027.\nBitte bringen Sie die Röntgenbilder der Hand mit.\n";
        assert!(!value(&[letter], "operated").0);
        assert!(!value(&[letter], "imaging_done").0);
        let earlier = "Klinikum Oldenburg\nTerminbestätigung\nSehr geehrter Herr Test,\nhiermit bestätigen wir Ihren Termin zur Kontrolle nach der Operation der rechten Hand im Mai 2026.\n";
        assert!(value(&[earlier], "operated").0);
    }

    #[test]
    fn an_announcement_still_tells_what_it_dates_before_itself() {
        let letter = "Ziekenhuis Test\nAfsprakenbureau\nDatum: 10-11-2026\nBevestiging van uw afspraak\nGeachte heer Test,\nHierbij bevestigen wij uw afspraak op de polikliniek op 24-11-2026.\nEerdere ingreep: artrodese rechterduim 14-03-2025.\n";
        assert!(value(&[letter], "operated").0);
        let ahead = "Ziekenhuis Test\nAfsprakenbureau\nDatum: 10-11-2026\nBevestiging van uw afspraak\nGeachte heer Test,\nNa uw gesprek op 3 november bevestigen wij de datum van uw operatie.\nOperatie: artrodese rechterduim op 24-11-2026.\n";
        assert!(!value(&[ahead], "operated").0);
    }

    #[test]
    fn a_preference_is_still_a_choice() {
        let letter = "Dear Dr Test,\nShe prefers a trapeziectomy.\nKind regards,\n";
        assert!(!value(&[letter], "operated").0);
    }

    #[test]
    fn a_stay_abroad_stands_when_only_an_exam_there_is_denied_and_falls_when_the_visit_is() {
        let no_scan = "Dear colleague,\nAt the hospital in Lyon no scan was done, only a splint.\n";
        assert!(value(&[no_scan], "treated_abroad").0);
        let no_photo =
            "Geachte collega,\nIn het ziekenhuis van Porto is destijds geen foto gemaakt.\n";
        assert!(value(&[no_photo], "treated_abroad").0);
        let no_visit = "Sehr geehrte Kollegen,\nKein Besuch im Krankenhaus in Innsbruck, nur beim Bergdoktor.\n";
        assert!(!value(&[no_visit], "treated_abroad").0);
    }

    #[test]
    fn a_stressing_wel_keeps_an_exam_in_the_clause_that_places_it() {
        let aken = "Geachte collega,\nHij is niet geopereerd; een echo van de duim is wel gemaakt in een kliniek in Aken.\n";
        assert!(value(&[aken], "treated_abroad").0);
    }

    #[test]
    fn a_past_tense_and_the_abbreviations_op_and_postop_say_an_operation_happened() {
        for letter in [
            "Sehr geehrte Kollegin,\nDrei Monate nach der OP am Daumen bestehen weiterhin Schmerzen.\n",
            "Geachte collega,\nDe plastisch chirurg opereerde de pols in maart.\n",
            "Dear colleague,\nTwo weeks postop the thumb wound looks clean.\n",
        ] {
            assert!(value(&[letter], "operated").0, "{letter}");
        }
        let post = "Geachte collega,\nHet dossier komt per post op een usb-stick.\n";
        assert!(!value(&[post], "operated").0);
    }

    #[test]
    fn a_german_nicht_inside_its_clause_denies_an_adjective_or_a_place_not_the_event() {
        let adjective =
            "Sehr geehrte Kollegen,\nIm MRT zeigte sich ein nicht rupturiertes Ganglion am Handgelenk.\n";
        assert!(value(&[adjective], "imaging_done").0);
        let place = "Sehr geehrte Kollegen,\nDie Operation an der Hand fand nicht in Belgien, sondern in Nijmegen statt.\n";
        assert!(value(&[place], "operated").0);
        assert!(!value(&[place], "treated_abroad").0);
        let clause_end = "Sehr geehrte Kollegen,\nOperiert wurde die Hand bislang nicht.\n";
        assert_eq!(value(&[clause_end], "operated"), (false, "text"));
    }

    #[test]
    fn an_exception_names_what_was_done_and_a_letter_sent_as_a_scan_is_no_imaging() {
        let except = "Geachte collega,\nGeen beeldvorming behalve een echo bij de huisarts.\n";
        assert!(value(&[except], "imaging_done").0);
        let only = "Dear colleague,\nNo surgery, only a splint for six weeks.\n";
        assert_eq!(value(&[only], "operated"), (false, "text"));
        let scan =
            "Geachte collega,\nDe huisarts stuurde de brief van de orthopeed als scan mee.\n";
        assert!(!value(&[scan], "imaging_done").0);
    }

    #[test]
    fn an_exam_that_showed_something_was_done_whoever_asked_for_it() {
        let nl = "Geachte collega,\nDe echo die de huisarts had aangevraagd toonde een peesschede-ontsteking.\n";
        assert!(value(&[nl], "imaging_done").0);
        let en =
            "Dear colleague,\nA wrist MRI requested by the physiotherapist revealed a TFCC tear.\n";
        assert!(value(&[en], "imaging_done").0);
    }

    #[test]
    fn a_comparison_with_earlier_images_says_they_were_made() {
        for letter in [
            "Sehr geehrte Kollegen,\nIm Vergleich zu den Voraufnahmen vom Mai unveränderte Stellung der Platte.\n",
            "Dear colleague,\nCompared with the prior study, the ganglion has grown.\n",
            "Geachte collega,\nGeen wijziging ten opzichte van de vooropname van 3 maart.\n",
        ] {
            assert!(value(&[letter], "imaging_done").0, "{letter}");
        }
    }

    #[test]
    fn imaged_says_an_exam_was_done_and_not_imaged_that_none_was() {
        let done =
            "Dear colleague,\nHer thumb was imaged at the urgent care centre the same evening.\n";
        assert!(value(&[done], "imaging_done").0);
        let none = "Dear colleague,\nThe scaphoid has not been imaged yet.\n";
        assert_eq!(value(&[none], "imaging_done"), (false, "text"));
    }

    #[test]
    fn a_hospitaal_abroad_is_a_hospital_and_a_refusal_with_its_object_first_is_one() {
        let antilles =
            "Geachte collega,\nPatiënte lag drie dagen in het Sint-Maartenhospitaal op Curaçao.\n";
        assert!(value(&[antilles], "treated_abroad").0);
        let refused = "Sehr geehrte Frau Kollegin,\nEine Arthrodese des Daumensattelgelenks lehnte der Patient ab.\n";
        assert!(!value(&[refused], "operated").0);
    }

    #[test]
    fn a_decision_yet_to_be_made_or_made_for_later_is_no_operation() {
        let open = "Geachte collega,\nOver een artrodese van de duimbasis is nog niets besloten.\n";
        assert!(!value(&[open], "operated").0);
        let made = "Dear colleague,\nIn clinic today we decided on a trapeziectomy.\n";
        assert!(!value(&[made], "operated").0);
    }

    #[test]
    fn other_body_parts_headings_and_possibilities_are_no_operation_of_the_hand() {
        let letter = "Geachte collega,\nZij wil eerst een second opinion vanwege een slechte ervaring met een enkeloperatie.\nSurgery\nZe zeiden dat het misschien geopereerd moet worden.\nIk gaf hem de folder over carpaletunnelchirurgie mee.\n";
        assert!(!value(&[letter], "operated").0);
        let wrist = "Geachte collega,\nNa de polsoperatie in 2024 is fysiotherapie gestart.\n";
        assert!(value(&[wrist], "operated").0);
    }

    #[test]
    fn a_record_of_an_operation_gives_way_to_what_the_sentence_says_of_the_operation() {
        let none = "Geachte collega,\nEen operatieverslag is er niet: patiënte is bij ons niet geopereerd.\n";
        assert_eq!(value(&[none], "operated"), (false, "text"));
        let enclosed =
            "Geachte collega,\nHet operatieverslag van de release in mei ligt bij de stukken.\n";
        assert!(value(&[enclosed], "operated").0);
    }

    #[test]
    fn a_report_still_to_come_is_of_an_exam_that_was_done() {
        let pending = "Dear Dr Smit,\nUltrasound left thumb in clinic, written report to follow.\n";
        assert!(value(&[pending], "imaging_done").0);
        let discussed = "Geachte collega,\nEcho pols verricht, uitslag besproken met patiënt.\n";
        assert!(value(&[discussed], "imaging_done").0);
        let planned = "Geachte collega,\nEen CT van de pols wordt volgende maand gepland.\n";
        assert!(!value(&[planned], "imaging_done").0);
    }

    #[test]
    fn a_report_asked_for_or_still_missing_says_its_event_happened() {
        let asked =
            "Geachte collega,\nWilt u ons het operatieverslag van het UZ Brussel toesturen?\n";
        assert!(value(&[asked], "operated").0);
        assert!(value(&[asked], "treated_abroad").0);
        let images =
            "Dear colleague,\nWe have asked the practice to forward the images of her wrist.\n";
        assert!(value(&[images], "imaging_done").0);
        // A report still missing was written all the same; "no report" says nothing either way.
        let missing = "Geachte collega,\nHet operatieverslag hebben wij niet ontvangen.\n";
        assert!(value(&[missing], "operated").0);
        let none = "Geachte collega,\nEr is geen operatieverslag bijgevoegd.\n";
        assert_eq!(value(&[none], "operated"), (false, "default"));
    }

    #[test]
    fn brackets_futures_and_risks_of_a_planned_operation_are_no_operation() {
        let letter = "Geachte collega,\nIk adviseer u te overwegen haar te verwijzen voor een operatieve behandeling (trapeziectomie).\nDe operatie zal in maart plaatsvinden.\nWe bespraken de kans op een operatie.\nZij kreeg de patient information leaflet on trapeziectomy.\n";
        assert!(!value(&[letter], "operated").0);
    }

    #[test]
    fn procedures_by_name_and_a_check_up_after_one_say_it_was_done() {
        for sentence in [
            "Status na ringbandklieving van de duim links.",
            "In 2023 onderging zij een Darrach-resectie rechts.",
            "Postoperatieve controle: wond rustig.",
            "The flexor tendon of his thumb was repaired in Leeds.",
            "Die Narbe nach der Karpaltunnel-OP ist reizlos.",
            "Toestand na heelkundige behandeling van een polsfractuur.",
        ] {
            let letter = format!("Geachte collega,\n{sentence}\n");
            assert!(value(&[&letter], "operated").0, "{sentence}");
        }
        let asked = "Geachte collega,\nWilt u de MRI-beelden van de pols op cd meesturen?\n";
        assert!(value(&[asked], "imaging_done").0);
    }

    #[test]
    fn a_senders_postcode_of_another_format_is_an_address_abroad() {
        for abroad in [
            "Pauwelsstraße 30, 52074 Aachen",
            "Graf-Adolf-Str. 80, 40210 Düsseldorf",
            "Burgemeester Nolfstraat 10, 8500 Kortrijk",
            "12605 E 16th Ave, Aurora, CO 80045",
        ] {
            assert!(foreign_postcode(abroad, "#### AA"), "{abroad}");
        }
        for home in [
            "Meibergdreef 9, 1105 AZ Amsterdam",
            "Postbus 2040, 2500 AA Den Haag",
            "12-11-2026 14:32 FAX +31 88 708 5290 ZGT ORTHOPEDIE",
            "Utrecht, 17 november 2026 Ons kenmerk",
        ] {
            assert!(!foreign_postcode(home, "#### AA"), "{home}");
        }
    }

    #[test]
    fn a_street_or_institute_named_after_an_exam_is_no_exam() {
        let letter = "Geachte collega,\nFysiotherapie De Hoek, Röntgenweg 22, 2612 AB Delft.\nDer Befund kam vom Röntgeninstitut Bahnhofplatz.\n";
        assert!(!value(&[letter], "imaging_done").0);
    }

    #[test]
    fn postcodes_and_surnames_are_no_places_abroad() {
        // "1105 AZ" is a Dutch postcode, not a Belgian "AZ" hospital; "van Aalst" is a surgeon.
        let letter = "Amsterdam UMC\nMeibergdreef 9, 1105 AZ Amsterdam\nOPERATIEVERSLAG\nOperateur: dr. S.M. van Aalst, plastisch chirurg\nIngreep: carpaletunnelrelease rechts, verricht op 12-03-2026.\n";
        assert!(!value(&[letter], "treated_abroad").0);
        assert!(value(&[letter], "operated").0);
    }

    #[test]
    fn a_gp_abroad_treats_at_the_practice_but_names_the_hospital_it_sent_to() {
        let practice = "Hausarztpraxis Dr. K. Test\nHauptstraße 4, 47559 Kranenburg, Deutschland\nTel. +49 2826 1234\nSehr geehrte Kollegen,\nBisher ausschließlich hausärztlich behandelt mit Schiene und Ibuprofen.\n";
        assert!(!value(&[practice], "treated_abroad").0);
        let hospital = "Polwithen Surgery, Camborne TR14 8AA, United Kingdom\nPATIENT SUMMARY\nDear colleague,\nLetter from Royal Cornwall Hospital: carpal tunnel decompression of the right wrist performed.\n";
        assert!(value(&[hospital], "treated_abroad").0);
    }

    #[test]
    fn a_planned_revision_says_the_operation_it_revises_happened() {
        let planned = "Geachte collega,\nWij stellen een heroperatie van de pols voor omdat de klachten na de eerste ingreep blijven.\n";
        assert!(value(&[planned], "operated").0);
        let abroad = "Geachte collega,\nDe heroperatie in Gent wordt overwogen.\n";
        assert!(!value(&[abroad], "treated_abroad").0);
    }

    #[test]
    fn a_stay_in_a_hospital_abroad_is_care_there_but_its_letterhead_is_not() {
        let stay = "Dear colleague,\nLast spring she was kept for three nights in a hospital in Porto after a fall.\n";
        assert!(value(&[stay], "treated_abroad").0);
        let name = "Geachte collega,\nKrankenhaus Lindenhof, Abteilung Handchirurgie, Chefarzt Dr. P. Test\nPatiënt wil een second opinion.\n";
        assert!(!value(&[name], "treated_abroad").0);
    }

    #[test]
    fn an_event_that_has_not_taken_place_is_denied_however_far_its_auxiliary() {
        for letter in [
            "Sehr geehrte Kollegin,\nDie Arthrodese des Handgelenks hat aus familiären Gründen bisher nicht stattgefunden.\n",
            "Dear colleague,\nThe tendon transfer has, for reasons of funding, not taken place.\n",
        ] {
            assert!(!value(&[letter], "operated").0, "{letter}");
        }
        // A negation opening a clause after an aside is about that clause only.
        let clause = "Geachte collega,\nGeopereerd in Brugge, in maart 2024, nooit in Nederland behandeld.\n";
        assert!(value(&[clause], "treated_abroad").0);
    }

    #[test]
    fn what_should_be_done_or_is_not_ruled_out_has_not_been_done() {
        for (letter, fact) in [
            ("Sehr geehrter Herr Kollege,\nEine Sonographie der Beugesehnen sollte zeitnah erfolgen.\n", "imaging_done"),
            ("Dear colleague,\nA CT of the scaphoid should be arranged before she is seen again.\n", "imaging_done"),
            ("Dear colleague,\nIn view of the mild symptoms, an MRI was not felt to be needed.\n", "imaging_done"),
            ("Dear colleague,\nFurther down the line, surgery on the thumb base has not been ruled out.\n", "operated"),
        ] {
            assert!(!value(&[letter], fact).0, "{letter}");
        }
        // With a verb of reading, not of doing, the exam exists.
        let read =
            "Dear colleague,\nThe MRI from March should be reviewed by one of your radiologists.\n";
        assert!(value(&[read], "imaging_done").0);
    }

    #[test]
    fn a_joint_denervated_was_operated_on_and_one_suggested_was_not() {
        let done = "Sehr geehrte Kollegin,\nZ.n. Denervierung des Handgelenks links 2024, seither schmerzarm.\n";
        assert!(value(&[done], "operated").0);
        for letter in [
            "Geachte collega,\nEMG: geleidingsvertraging n. medianus, denervatie m. APB.\n",
            "Sehr geehrte Kollegin,\nWir haben ihr zu einer Denervierung des Handgelenks geraten.\n",
            "Geachte collega,\nDe chirurg opperde een artrodese van de pols.\n",
        ] {
            assert!(!value(&[letter], "operated").0, "{letter}");
        }
    }

    #[test]
    fn fact_table() {
        let cases: &[(&str, &str, bool)] = &[
            ("Patiënt is nooit geopereerd.", "operated", false),
            (
                "Er is een echo van de pols verricht, een operatie heeft niet plaatsgevonden.",
                "imaging_done",
                true,
            ),
            (
                "Bildgebung (Röntgen, Sonographie, MRT) wurde nicht durchgeführt.",
                "imaging_done",
                false,
            ),
            (
                "Patiënt is in 2024 geopereerd aan de rechterpols.",
                "operated",
                true,
            ),
            ("Een operatie is geïndiceerd.", "operated", false),
            ("Verwezen voor operatie van de duim.", "operated", false),
            ("No surgery was performed.", "operated", false),
            ("She underwent surgery in May 2025.", "operated", true),
            (
                "Department of Hand Surgery, St Mary's Hospital.",
                "operated",
                false,
            ),
            ("Department of Trauma Surgery", "operated", false),
            (
                "He underwent open reduction and internal fixation with a volar plate.",
                "operated",
                true,
            ),
            (
                "In 2025 osteosynthese van de linkerpols in Duitsland.",
                "treated_abroad",
                true,
            ),
            ("The Surgery, 5 High Street, Oxford", "operated", false),
            ("Er is geen beeldvorming verricht.", "imaging_done", false),
            ("Beeldvorming is niet verricht.", "imaging_done", false),
            (
                "MRI van de pols toont geen afwijkingen.",
                "imaging_done",
                true,
            ),
            ("Een MRI wordt overwogen.", "imaging_done", false),
            (
                "X-rays of the wrist showed no fracture.",
                "imaging_done",
                true,
            ),
            (
                "Patiënte was in augustus op vakantie in Spanje.",
                "treated_abroad",
                false,
            ),
            (
                "Tijdens een vakantie in Spanje werd zij opgenomen in het ziekenhuis.",
                "treated_abroad",
                true,
            ),
            (
                "Zij is in het buitenland niet behandeld.",
                "treated_abroad",
                false,
            ),
            (
                "He was admitted to a hospital abroad after the fall.",
                "treated_abroad",
                true,
            ),
            (
                "Op vakantie in Turkije gevallen, terug in Nederland behandeld in het ziekenhuis.",
                "treated_abroad",
                false,
            ),
        ];
        for (text, fact, want) in cases {
            assert_eq!(value(&[text], fact).0, *want, "{fact}: {text}");
        }
    }

    #[test]
    fn affirmed_mention_beats_negated_mention_elsewhere() {
        let (v, source) = value(
            &[
                "Er is geen CT gemaakt.",
                "MRI pols rechts op 3 maart 2026 verricht.",
            ],
            "imaging_done",
        );
        assert!(v);
        assert_eq!(source, "text");
    }

    #[test]
    fn a_document_of_the_kind_proves_the_fact() {
        let (v, source) = value(
            &["Operatieverslag\nOperateur: dr. Test\nIngreep: artrodese."],
            "operated",
        );
        assert!(v);
        assert_eq!(source, "document");
    }

    #[test]
    fn declared_facts_override_text() {
        let c = Checklist::builtin().unwrap().compile();
        let cli = parse_cli_facts(&["treated_abroad=ja".to_string()], &c.checklist).unwrap();
        let facts = derive(&c, &[], &Declared::new(), &cli);
        assert!(facts["treated_abroad"].value);
        assert_eq!(facts["treated_abroad"].source, FactSource::CommandLine);
        assert!(matches!(
            parse_cli_facts(&["abroad=true".to_string()], &c.checklist),
            Err(FactError::Unknown { .. })
        ));
        assert!(matches!(
            parse_cli_facts(&["operated=misschien".to_string()], &c.checklist),
            Err(FactError::NotABool { .. })
        ));
    }
}
