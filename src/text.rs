//! Reading letter text the way a careful clerk does: folding case and diacritics, splitting text into
//! sentences and clauses, and matching cues on word boundaries while telling events apart from
//! negations ("nooit geopereerd") and plans or questions ("operatie geïndiceerd", "degeneratie?").

use crate::checklist::{LanguageRules, Spanned};

/// Lower-cases and strips diacritics, so "Röntgen" and "rontgen" compare equal.
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// A sentence of a document, as written and folded.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// The sentence as written, white space collapsed.
    pub original: String,
    /// The same, folded for matching.
    pub folded: String,
    /// 0-based line of the document where the sentence starts.
    pub line: usize,
}

impl Sentence {
    /// The sentence trimmed to a quotable length.
    pub fn quote(&self) -> String {
        quote(&self.original)
    }
}

/// Trims a text to at most 160 characters for a quote, on a word boundary.
pub fn quote(text: &str) -> String {
    const MAX: usize = 160;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > MAX / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{cut} …")
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "prof", "mw", "mevr", "dhr", "hr", "mr", "mrs", "ms", "nr", "tel", "geb", "st",
    "ca", "resp", "vs", "jr", "sr", "bijv", "o.a", "i.v.m", "e.g", "i.e", "etc", "z.n", "a.u.b",
    "mrt", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec",
    "m.b.t",
];

/// Splits a document's text into sentences. Lines of a wrapped paragraph are joined; short lines,
/// label lines ("Datum: ...") and headings stand alone.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut blocks: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = collapse_ws(raw);
        if line.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
            continue;
        }
        match current.as_mut() {
            Some((_, block)) if continues_paragraph(block) && !starts_new_block(&line) => {
                block.push(' ');
                block.push_str(&line);
            }
            _ => {
                if let Some(block) = current.take() {
                    blocks.push(block);
                }
                current = Some((i, line));
            }
        }
    }
    if let Some(block) = current.take() {
        blocks.push(block);
    }

    let mut out = Vec::new();
    for (line, block) in blocks {
        for s in split_block(&block) {
            let s = s.trim();
            if s.chars().any(char::is_alphanumeric) {
                out.push(Sentence {
                    original: s.to_string(),
                    folded: fold(s),
                    line,
                });
            }
        }
    }
    out
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line that is long and does not end a sentence is probably wrapped onto the next line.
fn continues_paragraph(block: &str) -> bool {
    let last_line_len = block.chars().count();
    last_line_len >= 50
        && !block.ends_with(['.', '?', '!', ':', ';', ','])
        && label_prefix(block).is_none()
}

/// List items and label lines start a block of their own.
fn starts_new_block(line: &str) -> bool {
    line.starts_with(['-', '•', '*', '–']) || label_prefix(line).is_some()
}

/// If the line starts with a short label followed by a colon ("Datum:", "Betreft:"), its length.
pub fn label_prefix(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let label = &line[..colon];
    let words = label.split_whitespace().count();
    (colon > 0 && label.chars().count() <= 40 && (1..=4).contains(&words)).then_some(colon)
}

fn split_block(block: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    for (idx, &(pos, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let Some(&(next_pos, next)) = chars.get(idx + 1) else {
            continue;
        };
        if !next.is_whitespace() {
            continue;
        }
        let following = chars.get(idx + 2).map(|&(_, ch)| ch);
        if following.is_some_and(|ch| ch.is_lowercase() || ch.is_ascii_digit()) {
            continue;
        }
        if c == '.' {
            let word = block[start..pos]
                .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
                .next()
                .unwrap_or("");
            let word = word.to_lowercase();
            if word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str()) {
                continue;
            }
        }
        parts.push(&block[start..next_pos]);
        start = next_pos;
    }
    parts.push(&block[start..]);
    parts
}

/// A compiled list of cues, folded, each possibly a word-start (prefix) cue.
#[derive(Debug, Clone, Default)]
pub struct CueSet {
    cues: Vec<Cue>,
}

#[derive(Debug, Clone)]
struct Cue {
    folded: String,
    prefix: bool,
    original: String,
}

/// Where a cue matched in a folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch {
    /// Byte range in the folded text.
    pub start: usize,
    /// End of the match (for prefix cues, the end of the word).
    pub end: usize,
    /// The cue as written in the checklist.
    pub cue: String,
}

impl CueSet {
    /// Compiles checklist cues.
    pub fn new(cues: &[Spanned<String>]) -> CueSet {
        CueSet::from_strs(cues.iter().map(|c| c.get_ref().as_str()))
    }

    /// Compiles plain strings (tests, built-in lists).
    pub fn from_strs<'a>(cues: impl IntoIterator<Item = &'a str>) -> CueSet {
        let cues = cues
            .into_iter()
            .filter_map(|c| {
                let trimmed = c.trim();
                let prefix = trimmed.ends_with('*');
                let folded = fold(trimmed.trim_end_matches('*')).trim().to_string();
                (!folded.is_empty()).then(|| Cue {
                    folded,
                    prefix,
                    original: trimmed.to_string(),
                })
            })
            .collect();
        CueSet { cues }
    }

    /// True when the set has no cues.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Every match of every cue in `folded`, on word boundaries, sorted by position.
    pub fn find_all(&self, folded: &str) -> Vec<CueMatch> {
        let mut out = Vec::new();
        for cue in &self.cues {
            let mut from = 0;
            while let Some(found) = folded.get(from..).and_then(|rest| rest.find(&cue.folded)) {
                let start = from + found;
                let mut end = start + cue.folded.len();
                let before_ok = folded[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_word_char(c));
                if cue.prefix {
                    end += folded[end..]
                        .find(|c: char| !is_word_char(c))
                        .unwrap_or(folded.len() - end);
                }
                let after_ok = folded[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_word_char(c) || !cue.folded.ends_with(is_word_char));
                let starts_ok = before_ok || !cue.folded.starts_with(is_word_char);
                if starts_ok && after_ok {
                    out.push(CueMatch {
                        start,
                        end,
                        cue: cue.original.clone(),
                    });
                }
                from = start + cue.folded.len().max(1);
                while !folded.is_char_boundary(from) {
                    from += 1;
                }
            }
        }
        out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        out
    }

    /// The first match, if any.
    pub fn find(&self, folded: &str) -> Option<CueMatch> {
        self.find_all(folded).into_iter().next()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// What a cue means in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    /// Stated as something that happened or is there.
    Affirmed,
    /// Negated: "nooit geopereerd", "no surgery".
    Negated,
    /// A plan, indication or question: "operatie geïndiceerd", "MRI?".
    Modal,
}

/// The compiled `[language]` rules.
#[derive(Debug, Clone, Default)]
pub struct Language {
    negations: CueSet,
    negations_after: CueSet,
    fillers: Vec<String>,
    window: usize,
    modality: CueSet,
    clause_breaks: CueSet,
    masks: CueSet,
}

impl Language {
    /// Compiles the checklist's language rules.
    pub fn new(rules: &LanguageRules) -> Language {
        Language {
            negations: CueSet::new(&rules.negations),
            negations_after: CueSet::new(&rules.negations_after),
            fillers: rules
                .negation_fillers
                .iter()
                .map(|f| fold(f.get_ref()))
                .collect(),
            window: rules.negation_window,
            modality: CueSet::new(&rules.modality),
            clause_breaks: CueSet::new(&rules.clause_breaks),
            masks: CueSet::new(&rules.masks),
        }
    }

    /// The folded text with every mask phrase blanked out (same length, so offsets stay valid).
    pub fn masked(&self, folded: &str) -> String {
        let mut out = folded.to_string();
        for m in self.masks.find_all(folded) {
            if out.is_char_boundary(m.start) && out.is_char_boundary(m.end) {
                out.replace_range(m.start..m.end, &" ".repeat(m.end - m.start));
            }
        }
        out
    }

    /// The clauses of a folded sentence, as byte ranges.
    pub fn clauses(&self, folded: &str) -> Vec<std::ops::Range<usize>> {
        let mut cuts: Vec<usize> = folded
            .char_indices()
            .filter(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']'))
            .map(|(i, _)| i)
            .collect();
        cuts.extend(self.clause_breaks.find_all(folded).iter().map(|m| m.start));
        cuts.sort_unstable();
        let mut ranges = Vec::new();
        let mut start = 0;
        for cut in cuts {
            if cut > start {
                ranges.push(start..cut);
            }
            start = cut;
        }
        ranges.push(start..folded.len());
        ranges
    }

    /// Whether the cue at `m` in the folded sentence is affirmed, negated or modal.
    pub fn polarity(&self, folded: &str, m: &CueMatch) -> Polarity {
        if self.is_negated(folded, m) {
            return Polarity::Negated;
        }
        let clause = self.clause_of(folded, m.start);
        if folded.contains('?') || !self.modality.find_all(&folded[clause]).is_empty() {
            return Polarity::Modal;
        }
        Polarity::Affirmed
    }

    /// Whether the cue at `m` is negated in its clause (modality not considered).
    pub fn is_negated(&self, folded: &str, m: &CueMatch) -> bool {
        let clause = self.clause_of(folded, m.start);
        let text = &folded[clause.clone()];
        let cue_start = m.start - clause.start;
        let cue_end = (m.end - clause.start).min(text.len());
        if self
            .negations_after
            .find_all(text)
            .iter()
            .any(|n| n.start >= cue_end)
        {
            return true;
        }
        let words = word_spans(text);
        let cue_word = words.iter().position(|w| w.0 >= cue_start);
        let Some(cue_word) = cue_word else {
            return false;
        };
        self.negations.find_all(text).iter().any(|n| {
            if n.end > cue_start {
                return false;
            }
            let between = words[..cue_word]
                .iter()
                .filter(|w| w.0 >= n.end)
                .filter(|w| !self.fillers.iter().any(|f| f == &text[w.0..w.1]))
                .count();
            between < self.window
        })
    }

    fn clause_of(&self, folded: &str, at: usize) -> std::ops::Range<usize> {
        self.clauses(folded)
            .into_iter()
            .find(|r| r.contains(&at))
            .unwrap_or(0..folded.len())
    }
}

/// Byte ranges of the words in a text.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c) || c == '-' || c == '\'', start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Checklist;

    fn lang() -> Language {
        Language::new(&Checklist::builtin().unwrap().language)
    }

    fn polarity_of(sentence: &str, cue: &str) -> Option<Polarity> {
        let l = lang();
        let folded = fold(sentence);
        let set = CueSet::from_strs([cue]);
        set.find(&folded).map(|m| l.polarity(&folded, &m))
    }

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(
            fold("Röntgenfoto Patiënt GEÏNDICEERD"),
            "rontgenfoto patient geindiceerd"
        );
    }

    #[test]
    fn cues_match_whole_words_only() {
        let set = CueSet::from_strs(["mei", "ct", "geopereerd*"]);
        assert!(set.find("het meisje").is_none());
        assert!(set.find("actie").is_none());
        assert_eq!(set.find("een ct-scan").map(|m| m.cue), Some("ct".into()));
        let m = set.find("de geopereerde hand").unwrap();
        assert_eq!(&"de geopereerde hand"[m.start..m.end], "geopereerde");
    }

    #[test]
    fn sentences_split_and_join() {
        let text = "Datum: 12 maart 2026\nBetreft: mw. A. Testpersoon\n\nGeachte collega, hierbij verwijs ik patiënte naar u voor een second\nopinion. Zij is bekend met klachten. Vraagstelling: degeneratie? Graag uw mening.";
        let s: Vec<String> = sentences(text).into_iter().map(|s| s.original).collect();
        assert_eq!(
            s,
            [
                "Datum: 12 maart 2026",
                "Betreft: mw. A. Testpersoon",
                "Geachte collega, hierbij verwijs ik patiënte naar u voor een second opinion.",
                "Zij is bekend met klachten.",
                "Vraagstelling: degeneratie?",
                "Graag uw mening.",
            ]
        );
    }

    #[test]
    fn negation_and_modality_table() {
        use Polarity::*;
        let cases: &[(&str, &str, Polarity)] = &[
            ("Patiënt is nooit geopereerd.", "geopereerd", Negated),
            (
                "Patiënt is in 2024 geopereerd aan de pols.",
                "geopereerd",
                Affirmed,
            ),
            ("Er is geen beeldvorming verricht.", "beeldvorming", Negated),
            ("Beeldvorming is niet verricht.", "beeldvorming", Negated),
            ("Er is geen MRI of CT gemaakt.", "ct", Negated),
            ("MRI toont geen afwijkingen.", "mri", Affirmed),
            ("No fracture on the X-ray.", "x-ray", Affirmed),
            ("No surgery was performed.", "surgery", Negated),
            (
                "The patient has not undergone any surgery.",
                "surgery",
                Negated,
            ),
            ("Surgery was not performed.", "surgery", Negated),
            ("Een operatie is geïndiceerd.", "operatie", Modal),
            ("Verwezen voor operatie aan de duim.", "operatie", Modal),
            ("Vraagstelling: degeneratie, operatie?", "operatie", Modal),
            ("Surgery is being considered.", "surgery", Modal),
            ("Geen koorts, wel een MRI gemaakt.", "mri", Affirmed),
            (
                "Zij werd in 2025 geopereerd, maar heeft geen klachten.",
                "geopereerd",
                Affirmed,
            ),
            (
                "Eerder een carpale tunnel release rechts (2023).",
                "release",
                Affirmed,
            ),
        ];
        for (sentence, cue, want) in cases {
            assert_eq!(polarity_of(sentence, cue), Some(*want), "{sentence}");
        }
    }
}
