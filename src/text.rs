//! Reading letter text the way a careful clerk does: folding case and diacritics, splitting text into
//! sentences and clauses, and matching cues on word boundaries while telling events apart from
//! negations ("nooit geopereerd") and plans or questions ("operatie geïndiceerd", "degeneratie?").

use aho_corasick::AhoCorasick;

use toml::Spanned;

/// Lower-cases and strips diacritics, so "Röntgen" and "rontgen" compare equal. The result is ASCII.
pub fn fold(s: &str) -> String {
    let mut folded = to_ascii(s);
    folded.make_ascii_lowercase();
    folded
}

/// Strips diacritics and spells other characters in ASCII ("Süd" → "Sud", "ß" → "ss"), keeping
/// case. One character at a time: `deunicode` on a whole text drops a tab or line break that
/// follows a non-ASCII character, and a layout line "Emsland-Süd\tOPERATIONSBERICHT" would lose
/// the gap between its letterhead and its title.
pub fn to_ascii(s: &str) -> String {
    // Most letters are ASCII already: one copy, not a push per character.
    if s.is_ascii() {
        return s.to_string();
    }
    let mut ascii = String::with_capacity(s.len());
    for c in s.chars() {
        push_ascii(&mut ascii, c);
    }
    ascii
}

/// Appends `c` as [`to_ascii`] spells it.
fn push_ascii(ascii: &mut String, c: char) {
    if c.is_ascii() {
        ascii.push(c);
    } else {
        ascii.push_str(deunicode::deunicode_char(c).unwrap_or("[?]"));
    }
}

/// A text folded for matching together with the way back to the text as written. Folding changes
/// lengths ("ë" → "e", "ｍ" → "m", "ß" → "ss"), so a position found in the folded text must never be
/// used to slice the original directly: [`Folded::original_index`] maps it back.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text (ASCII).
    pub text: String,
    /// For each byte of `text`, the byte index in the original of the character it came from; one
    /// more entry for the end.
    origin: Vec<usize>,
}

impl Folded {
    /// Folds `original`, remembering where each folded byte came from.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (i, c) in original.char_indices() {
            let before = text.len();
            push_ascii(&mut text, c);
            text[before..].make_ascii_lowercase();
            origin.extend(std::iter::repeat_n(i, text.len() - before));
        }
        origin.push(original.len());
        Folded { text, origin }
    }

    /// The byte index in the original of the character that folded byte `folded_index` came from
    /// (the original's length at or past the end). Always a character boundary of the original.
    pub fn original_index(&self, folded_index: usize) -> usize {
        self.origin
            .get(folded_index)
            .or(self.origin.last())
            .copied()
            .unwrap_or(0)
    }
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

/// Splits a document's text into sentences. Lines of a wrapped paragraph are joined; short lines,
/// label lines ("Datum: ...") and headings stand alone.
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_of_lines(text.lines().map(|line| (line, false)))
}

/// Splits lines into sentences as [`sentences`] does; a line marked `true` ends its block (the
/// last line of a table row: the next row is another record).
pub fn sentences_of_lines<'a>(lines: impl Iterator<Item = (&'a str, bool)>) -> Vec<Sentence> {
    let mut blocks: Vec<(usize, String)> = Vec::new();
    // The block so far, where it starts, and the length of its last line.
    let mut current: Option<(usize, String, usize)> = None;
    for (i, (raw, ends_block)) in lines.enumerate() {
        let line = collapse_ws(raw);
        if line.is_empty() {
            if let Some((at, block, _)) = current.take() {
                blocks.push((at, block));
            }
            continue;
        }
        let len = line.chars().count();
        match current.as_mut() {
            Some((_, block, last))
                if (continues_paragraph(block, *last) || continues_sentence(block, &line))
                    && !starts_new_block(&line) =>
            {
                block.push(' ');
                block.push_str(&line);
                *last = len;
            }
            _ => {
                if let Some((at, block, _)) = current.take() {
                    blocks.push((at, block));
                }
                current = Some((i, line, len));
            }
        }
        if ends_block {
            if let Some((at, block, _)) = current.take() {
                blocks.push((at, block));
            }
        }
    }
    if let Some((at, block, _)) = current.take() {
        blocks.push((at, block));
    }

    let mut out = Vec::new();
    for (line, block) in blocks {
        for s in split_block(&block)
            .into_iter()
            .flat_map(|s| pieces(s, crate::limits::MAX_SENTENCE_BYTES))
        {
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

/// `s` in pieces of at most `max` bytes, cut at a space where there is one (else at a character).
fn pieces(mut s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    while s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = match s[..cut].rfind(' ') {
            Some(space) if space > 0 => space,
            _ => cut,
        };
        out.push(&s[..cut]);
        s = &s[cut..];
    }
    out.push(s);
    out
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line that is long and does not end a sentence is probably wrapped onto the next line. A
/// field's value wraps too ("History: he fell in London and was seen at the" / "Emergency
/// Department of ..."), but only a line as long as a full line of a letter says so: a short field
/// line is a complete entry.
fn continues_paragraph(block: &str, last_line_len: usize) -> bool {
    let long = if label_prefix(block).is_some() {
        WRAPPED_FIELD_CHARS
    } else {
        0
    };
    block.chars().count() >= 50
        && last_line_len >= long
        && question_label(block).is_none()
        && !block.ends_with(['.', '?', '!', ':', ';', ','])
}

/// A field line at least this long was wrapped by the page, not ended by its writer.
const WRAPPED_FIELD_CHARS: usize = 70;

/// A line that starts in lower case carries on the sentence of the line before, when that one did
/// not end it: PDFs break lines wherever the page is full ("Patiënte is nooit" / "aan de pols
/// geopereerd."). A colon at the end of a line opens a value that the next line completes
/// ("X-hand:" / "consoliderende fractuur, K-draden verwijderd.").
fn continues_sentence(block: &str, line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
        && (!block.ends_with(['.', '?', '!', ':', ';'])
            || ends_with_abbreviation(block)
            || (block.ends_with(':') && line.ends_with(['.', '?', '!'])))
}

/// Whether the block's last word is an abbreviation with its full stop ("Wir empfehlen eine MRT
/// und ggf." / "eine Arthroskopie"): the stop ends the word, not the sentence.
fn ends_with_abbreviation(block: &str) -> bool {
    last_word(block)
        .strip_suffix('.')
        .is_some_and(|w| crate::words::is_abbreviation(&w.to_lowercase()))
}

/// The last word of `text`, a bracket counting as a space ("(i.v.m." is "i.v.m.").
fn last_word(text: &str) -> &str {
    text.rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
}

/// List items and label lines start a block of their own.
fn starts_new_block(line: &str) -> bool {
    // "uw advies: ..." in lower case is a sentence wrapped onto the line ("Graag" / "uw advies:
    // immobilisatie of fixatie?"), not a label.
    line.starts_with(['-', '•', '*', '–'])
        || numbered_item(line)
        || ((label_prefix(line).is_some() || question_label(line).is_some())
            && !line.starts_with(char::is_lowercase))
}

/// A numbered item of a list or form: "5. Bent u eerder geopereerd?", "2) Röntgen".
fn numbered_item(line: &str) -> bool {
    item_number_len(line).is_some_and(|n| line[n..].starts_with(char::is_uppercase))
}

/// The length of the number that opens an item of a list or form ("5. ", "2) "), with the space
/// after it; None when the line opens with no such number.
pub fn item_number_len(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    ((1..=2).contains(&digits)
        && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
        && line.as_bytes().get(digits + 1) == Some(&b' '))
    .then_some(digits + 2)
}

/// If the line starts with a short label followed by a colon ("Datum:", "Betreft:"), its length.
pub fn label_prefix(line: &str) -> Option<usize> {
    // A colon between digits is a time ("10:42"), not the end of a label.
    let bytes = line.as_bytes();
    let colon = line.match_indices(':').map(|(i, _)| i).find(|&i| {
        !(i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    })?;
    let label = &line[..colon];
    let words = label.split_whitespace().count();
    (colon > 0 && label.chars().count() <= 40 && (1..=4).contains(&words)).then_some(colon)
}

/// A form's question with a short answer after its colon or question mark ("Eerder geopereerd aan
/// deze hand: ja", "Previous surgery on this body part: No", "Ooit geopereerd? Nee"): a field,
/// though its label is longer than most. Near the top of a form it would otherwise pass for a
/// letterhead line and go unread.
pub fn question_label(text: &str) -> Option<usize> {
    let colon = text.find([':', '?'])?;
    let (label, answer) = (&text[..colon], &text[colon + 1..]);
    let label_words = label.split_whitespace().count();
    let answer_words = answer.trim_start_matches(':').split_whitespace().count();
    let (words, chars) = if text[colon..].starts_with('?') {
        (1..=16, 120)
    } else {
        (5..=10, 80)
    };
    (words.contains(&label_words)
        && label.chars().count() <= chars
        && !label.contains(['.', ';'])
        && (1..=3).contains(&answer_words))
    .then_some(colon)
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
        // A number carries the sentence on ("ca. 3 weken"), but a full date opens the next entry
        // of a journal: "P: rö scaphoid. 06-10-2025 Uitslag rö: geen fractuur".
        let date_follows = || {
            block[next_pos..]
                .split_whitespace()
                .next()
                .is_some_and(is_numeric_date)
        };
        if following.is_some_and(|ch| ch.is_lowercase() || (ch.is_ascii_digit() && !date_follows()))
        {
            continue;
        }
        // A form's question keeps its short answer: "Ooit geopereerd? Nee", "Opname in het
        // buitenland? Ja, Antalya, 3 dagen.". A short sentence after it is no answer: it ends with
        // its full stop and does not start with a word set off by a comma ("Graag uw mening.").
        let rest = block[next_pos..].trim();
        // A dot leader is no full stop: "Where were you treated? ...... Lindos Bay Clinic".
        let leader = |at: usize| block[at..].starts_with("..");
        if (c == '.' && (leader(pos) || (pos > 0 && block[..pos].ends_with('.'))))
            || (c == '?' && rest.starts_with(".."))
        {
            continue;
        }
        // "Ja." or "Nee." alone answers the question as much as "Ja, 2021" does.
        let first_word = rest.split_whitespace().next();
        let answer = !rest.ends_with(['.', '!'])
            || first_word.is_some_and(|w| {
                w.ends_with(',') || crate::words::opens_with_yes_or_no(&w.to_lowercase())
            });
        // The answer ends at a semicolon: "Eerder geopereerd? Ja; Zo ja, welke: ...". Counted
        // only after a question mark, and only so far: the rest of the block may be megabytes.
        let short_answer = || {
            rest.split(';')
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(6)
                .count()
                <= 5
        };
        if c == '?' && answer && short_answer() {
            continue;
        }
        if c == '.' {
            let word = last_word(&block[start..pos]).to_lowercase();
            if word.chars().count() == 1 || crate::words::is_abbreviation(&word) {
                continue;
            }
        }
        parts.push(&block[start..next_pos]);
        start = next_pos;
    }
    parts.push(&block[start..]);
    parts
}

/// Whether a word is a whole numeric date: "06-10-2025", "6.10.25", "06/10/2025".
fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '.', '/']).collect();
    parts.len() == 3
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=2).contains(&parts[0].len())
        && (1..=2).contains(&parts[1].len())
        && matches!(parts[2].len(), 2 | 4)
}

/// A compiled list of cues, folded, each possibly a word-start (prefix) cue. Matching runs one
/// Aho-Corasick pass per text, whatever the number of cues.
#[derive(Debug, Clone, Default)]
pub struct CueSet {
    cues: Vec<Cue>,
    automaton: Option<AhoCorasick>,
    /// The length of the longest folded cue, in bytes.
    longest: usize,
}

#[derive(Debug, Clone)]
struct Cue {
    folded: String,
    prefix: bool,
    /// Matches the end of a word ("*operatie" in "polsoperatie"): compounds in Dutch and German.
    suffix: bool,
    original: String,
    group: usize,
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
    /// Which list the cue came from, for a set built with [`CueSet::grouped`] (0 otherwise).
    pub group: usize,
}

impl CueSet {
    /// Compiles checklist cues.
    pub fn new(cues: &[Spanned<String>]) -> CueSet {
        CueSet::from_strs(cues.iter().map(|c| c.get_ref().as_str()))
    }

    /// Compiles plain strings (tests, built-in lists).
    pub fn from_strs<'a>(cues: impl IntoIterator<Item = &'a str>) -> CueSet {
        CueSet::build(cues.into_iter().map(|c| (0, c)))
    }

    /// Compiles several lists into one set, so one pass over a text finds the cues of all of them;
    /// each match says which list (`group`) its cue came from.
    pub fn grouped<'a>(lists: impl IntoIterator<Item = &'a [Spanned<String>]>) -> CueSet {
        CueSet::build(
            lists
                .into_iter()
                .enumerate()
                .flat_map(|(group, list)| list.iter().map(move |c| (group, c.get_ref().as_str()))),
        )
    }

    /// Compiles plain strings, each with its group.
    pub fn grouped_strs<'a>(cues: impl IntoIterator<Item = (usize, &'a str)>) -> CueSet {
        CueSet::build(cues)
    }

    fn build<'a>(cues: impl IntoIterator<Item = (usize, &'a str)>) -> CueSet {
        let cues: Vec<Cue> = cues
            .into_iter()
            .filter_map(|(group, c)| {
                let trimmed = c.trim();
                let prefix = trimmed.ends_with('*');
                let suffix = trimmed.starts_with('*');
                let folded = fold(trimmed.trim_matches('*')).trim().to_string();
                (!folded.is_empty()).then(|| Cue {
                    folded,
                    prefix,
                    suffix,
                    original: trimmed.to_string(),
                    group,
                })
            })
            .collect();
        // Building only fails for absurd pattern sizes; without an automaton the set matches nothing.
        let automaton = (!cues.is_empty())
            .then(|| AhoCorasick::new(cues.iter().map(|c| c.folded.as_str())).ok())
            .flatten();
        let longest = cues.iter().map(|c| c.folded.len()).max().unwrap_or(0);
        CueSet {
            cues,
            automaton,
            longest,
        }
    }

    /// True when the set has no cues.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// Every match of every cue in `folded`, on word boundaries, sorted by position.
    pub fn find_all(&self, folded: &str) -> Vec<CueMatch> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for found in automaton.find_overlapping_iter(folded) {
            let cue = &self.cues[found.pattern().as_usize()];
            let mut start = found.start();
            let mut end = found.end();
            if cue.suffix {
                start = folded[..start]
                    .rfind(|c: char| !is_word_char(c))
                    .map_or(0, |i| i + 1);
            }
            let before_ok = cue.suffix
                || !cue.folded.starts_with(is_word_char)
                || folded[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_word_char(c));
            if cue.prefix {
                end += folded[end..]
                    .find(|c: char| !is_word_char(c))
                    .unwrap_or(folded.len() - end);
            }
            let after_ok = !cue.folded.ends_with(is_word_char)
                || folded[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_word_char(c));
            if before_ok && after_ok {
                out.push(CueMatch {
                    start,
                    end,
                    cue: cue.original.clone(),
                    group: cue.group,
                });
            }
        }
        out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        out
    }

    /// [`Self::find_all`] without the matches that lie inside a longer one of another group:
    /// "Fachärztin für Allgemeinmedizin" names a GP, not also a specialist ("Fachärztin").
    pub fn find_outermost(&self, folded: &str) -> Vec<CueMatch> {
        let all = self.find_all(folded);
        all.iter()
            .filter(|m| {
                !all.iter().any(|o| {
                    o.group != m.group
                        && o.start <= m.start
                        && m.end <= o.end
                        && (o.end - o.start) > (m.end - m.start)
                })
            })
            .cloned()
            .collect()
    }

    /// Whether a cue matches at the very start of a folded text (a label, a salutation): only the
    /// text's first bytes are searched, however long the line.
    pub fn matches_at_start(&self, folded: &str) -> bool {
        let mut end = folded.len().min(self.longest + 1);
        while !folded.is_char_boundary(end) {
            end -= 1;
        }
        // One byte past the longest cue is enough to see where a word ends.
        self.find_all(&folded[..end]).iter().any(|m| m.start == 0)
    }

    /// The first match, if any.
    pub fn find(&self, folded: &str) -> Option<CueMatch> {
        self.find_all(folded).into_iter().next()
    }

    /// The one-word cues that a folded word of five or six letters abbreviates ("onderz." for
    /// "onderzoek", "concl" for "conclusie"), each as a match of the whole word. Only a word cut
    /// short looks so: it ends in a full stop or in two consonants. A longer word, or one ending
    /// as words do ("bloed", "medicatie"), is a word of its own.
    pub fn abbreviated(&self, word: &str) -> Vec<CueMatch> {
        const LENGTHS: std::ops::RangeInclusive<usize> = 5..=6;
        let stem = word.trim_end_matches('.');
        let consonant = |c: u8| c.is_ascii_alphabetic() && !b"aeiouy".contains(&c);
        let cut = word.ends_with('.')
            || stem
                .as_bytes()
                .windows(2)
                .next_back()
                .is_some_and(|w| consonant(w[0]) && consonant(w[1]));
        if !cut || !LENGTHS.contains(&stem.len()) || !stem.chars().all(|c| c.is_ascii_alphabetic())
        {
            return Vec::new();
        }
        self.cues
            .iter()
            .filter(|c| {
                c.folded.len() > stem.len()
                    && c.folded.starts_with(stem)
                    && c.folded.chars().all(char::is_alphabetic)
            })
            .map(|c| CueMatch {
                start: 0,
                end: word.len(),
                cue: c.original.clone(),
                group: c.group,
            })
            .collect()
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

/// The compiled `[language]` rules (built by [`crate::checklist::Checklist::compile`]).
#[derive(Debug, Clone, Default)]
pub struct Language {
    pub(crate) negations: CueSet,
    pub(crate) negations_after: CueSet,
    pub(crate) fillers: Vec<String>,
    pub(crate) window: usize,
    pub(crate) modality: CueSet,
    pub(crate) clause_breaks: CueSet,
    pub(crate) masks: CueSet,
}

impl Language {
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
        let breaks: Vec<usize> = self
            .clause_breaks
            .find_all(folded)
            .iter()
            .map(|m| m.start)
            .collect();
        clauses_at(folded, &breaks)
    }

    /// Whether the cue at `m` in the folded sentence is affirmed, negated or modal. `siblings` are
    /// the other matches of the same cue list in the sentence: a negation reaches over them, so
    /// "geen röntgenfoto's, echo's of MRI" negates all three.
    pub fn polarity(&self, folded: &str, m: &CueMatch, siblings: &[CueMatch]) -> Polarity {
        let prep = self.prepare(folded);
        let clause = prep.clause_of(m.start, folded.len());
        if self.negated_in(folded, &prep, clause.clone(), m, siblings) {
            return Polarity::Negated;
        }
        if folded.contains('?') || !self.modality.find_all(&folded[clause]).is_empty() {
            return Polarity::Modal;
        }
        Polarity::Affirmed
    }

    /// Whether the cue at `m` is negated (modality not considered): by a negation shortly before it,
    /// by a negating phrase after it in its clause ("niet verricht"), or as a label answered no
    /// ("Operaties: geen").
    pub fn is_negated(&self, folded: &str, m: &CueMatch, siblings: &[CueMatch]) -> bool {
        let prep = self.prepare(folded);
        let clause = prep.clause_of(m.start, folded.len());
        self.negated_in(folded, &prep, clause, m, siblings)
    }

    /// The negations, clause breaks and clauses of a sentence, found once for all its cues.
    fn prepare(&self, folded: &str) -> Prepared {
        let breaks: Vec<usize> = self
            .clause_breaks
            .find_all(folded)
            .iter()
            .map(|b| b.start)
            .collect();
        let negation_ends: Vec<usize> = self
            .negations
            .find_all(folded)
            .iter()
            .map(|n| n.end)
            .collect();
        Prepared {
            clauses: clauses_at(folded, &breaks),
            first_negation_end: negation_ends.iter().copied().min().unwrap_or(usize::MAX),
            negation_ends: negation_ends.into_iter().collect(),
            after_starts: {
                let mut starts: Vec<usize> = self
                    .negations_after
                    .find_all(folded)
                    .iter()
                    .map(|n| n.start)
                    .collect();
                starts.sort_unstable();
                starts
            },
            breaks: breaks.into_iter().collect(),
        }
    }

    /// [`Language::is_negated`] for a cue whose clause is already known.
    fn negated_in(
        &self,
        folded: &str,
        prep: &Prepared,
        clause: std::ops::Range<usize>,
        m: &CueMatch,
        siblings: &[CueMatch],
    ) -> bool {
        let cue_end = m.end.min(clause.end);
        // A negating phrase after the cue in its clause ("niet verricht").
        let i = prep.after_starts.partition_point(|&s| s < cue_end);
        if prep.after_starts.get(i).is_some_and(|&s| s < clause.end) {
            return true;
        }
        if self.label_answered_no(&folded[m.end.min(folded.len())..]) {
            return true;
        }
        self.negated_before(folded, prep, m, siblings)
    }

    /// The matches of `cues` in a folded sentence that are not negated.
    pub fn unnegated(&self, folded: &str, cues: &CueSet) -> Vec<CueMatch> {
        let all = cues.find_all(folded);
        if all.is_empty() {
            return all;
        }
        let prep = self.prepare(folded);
        all.iter()
            .filter(|m| {
                let clause = prep.clause_of(m.start, folded.len());
                !self.negated_in(folded, &prep, clause, m, &all)
            })
            .cloned()
            .collect()
    }

    /// "Operaties: geen", "MRI: niet verricht", "Previous surgery: none".
    fn label_answered_no(&self, after_cue: &str) -> bool {
        // The label ends within a few words of the cue: look no further than that.
        let head = match after_cue.char_indices().nth(80) {
            Some((i, _)) => &after_cue[..i],
            None => after_cue,
        };
        let Some(colon) = head.find(':') else {
            return false;
        };
        let label_rest = &after_cue[..colon];
        if label_rest.split_whitespace().count() > 2 || label_rest.contains([',', ';', '.']) {
            return false;
        }
        let answer = after_cue[colon + 1..].trim_start();
        self.negations.matches_at_start(answer) || self.negations_after.matches_at_start(answer)
    }

    /// Walks back from the cue over fillers, sibling cues and list commas, counting other words,
    /// until a negation (negated), a clause break, or more than the window allows. The walk is
    /// bounded: a list of a hundred cues is no list a letter writes.
    fn negated_before(
        &self,
        folded: &str,
        prep: &Prepared,
        m: &CueMatch,
        siblings: &[CueMatch],
    ) -> bool {
        const MAX_STEPS: usize = 64;
        if prep.first_negation_end > m.start {
            return false;
        }
        // Siblings come sorted by start from `find_all`.
        let in_sibling = |pos: usize| {
            let i = siblings.partition_point(|s| s.start <= pos);
            siblings[..i]
                .iter()
                .rev()
                .take(4)
                .any(|s| pos < s.end.max(s.start + 1))
        };
        let mut counted = 0;
        let mut pos = m.start;
        for _ in 0..MAX_STEPS {
            let before = folded[..pos].trim_end();
            if before.is_empty() {
                return false;
            }
            if prep.negation_ends.contains(&before.len()) {
                return true;
            }
            let Some(last) = before.chars().next_back() else {
                return false;
            };
            if !is_word_char(last) && last != '\'' && last != '-' {
                // A comma continues a list only when a cue stands before it.
                let prev = before[..before.len() - last.len_utf8()].trim_end();
                if last == ',' && !prev.is_empty() && in_sibling(prev.len() - 1) {
                    pos = prev.len();
                    continue;
                }
                return false;
            }
            let word_start = before
                .rfind(|c: char| !(is_word_char(c) || c == '\'' || c == '-'))
                .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
                .unwrap_or(0);
            let word = &before[word_start..];
            if prep.breaks.contains(&word_start) {
                return false;
            }
            if !in_sibling(word_start) && !self.fillers.iter().any(|f| f == word) {
                counted += 1;
                if counted >= self.window {
                    return false;
                }
            }
            pos = word_start;
        }
        false
    }
}

/// The clauses of a folded sentence, as byte ranges: cut at punctuation and at the clause breaks
/// found in it.
fn clauses_at(folded: &str, breaks: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut cuts: Vec<usize> = folded
        .char_indices()
        .filter(|&(_, c)| matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']'))
        .map(|(i, _)| i)
        .collect();
    cuts.extend_from_slice(breaks);
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

/// A sentence's negations, clause breaks and clauses, found once for all its cues.
struct Prepared {
    clauses: Vec<std::ops::Range<usize>>,
    negation_ends: std::collections::HashSet<usize>,
    /// Where the first negation ends: a cue before it cannot be negated from before.
    first_negation_end: usize,
    after_starts: Vec<usize>,
    breaks: std::collections::HashSet<usize>,
}

impl Prepared {
    /// The clause holding byte `at` (the whole sentence when none does).
    fn clause_of(&self, at: usize, len: usize) -> std::ops::Range<usize> {
        let i = self.clauses.partition_point(|r| r.end <= at);
        self.clauses
            .get(i)
            .filter(|r| r.contains(&at))
            .cloned()
            .unwrap_or(0..len)
    }
}

/// Whether a text is a rule drawn with one character ("-----------", "=========="): the line
/// under a heading or label in a text export, no content of its own.
pub fn is_rule_line(text: &str) -> bool {
    let t = text.trim();
    match t.chars().next() {
        Some(c @ ('-' | '=' | '_' | '~' | '*')) => {
            t.chars().count() >= 4 && t.chars().all(|x| x == c)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Checklist;

    fn lang() -> Language {
        Checklist::builtin().unwrap().compile().language
    }

    #[test]
    fn folding_keeps_the_tab_or_line_break_after_a_diacritic_and_matches_the_folded_text() {
        for (written, folded) in [
            (
                "Emsland-Süd\tOPERATIONSBERICHT",
                "emsland-sud\toperationsbericht",
            ),
            ("Café\nRÖNTGEN ß", "cafe\nrontgen ss"),
        ] {
            assert_eq!(fold(written), folded);
            assert_eq!(Folded::new(written).text, folded);
        }
    }

    #[test]
    fn text_without_full_stops_becomes_sentences_of_bounded_length() {
        // A GP journal pasted without punctuation, or a hostile file: one sentence of megabytes
        // made the fact stages cost 70 bytes per byte.
        let text = "geen operatie röntgen niet geopereerd ".repeat(500);
        let found = sentences(&text);
        assert!(found.len() > 5, "{}", found.len());
        for s in &found {
            assert!(s.original.len() <= crate::limits::MAX_SENTENCE_BYTES);
            assert!(
                s.original.starts_with(|c: char| c.is_alphabetic()),
                "cut mid-word"
            );
        }
        let words: usize = found.iter().map(|s| s.original.split(' ').count()).sum();
        assert_eq!(words, 2500, "no word lost or split");
    }

    fn polarity_of(sentence: &str, cue: &str) -> Option<Polarity> {
        let l = lang();
        let folded = fold(sentence);
        let set = CueSet::from_strs([cue]);
        let all = set.find_all(&folded);
        all.first().map(|m| l.polarity(&folded, m, &all))
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
    fn a_line_ending_in_an_abbreviation_carries_on_onto_the_next() {
        let text = "Empfohlen wird eine Ruhigstellung, bzw.\neine Operation nach Rücksprache.\nNächster Termin in 6 Wochen.";
        let s: Vec<String> = sentences(text).into_iter().map(|s| s.original).collect();
        assert_eq!(
            s,
            [
                "Empfohlen wird eine Ruhigstellung, bzw. eine Operation nach Rücksprache.",
                "Nächster Termin in 6 Wochen.",
            ]
        );
    }

    #[test]
    fn a_field_value_wrapped_by_the_page_stays_one_sentence() {
        let text = "History: he injured his left wrist in a fall from his bike in London and was seen at the\nEmergency Department of St Thomas' Hospital, where a splint was given.\nDiagnosis: TFCC tear\nPlan: arthroscopy";
        let s: Vec<String> = sentences(text).into_iter().map(|s| s.original).collect();
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[0].ends_with("where a splint was given."), "{s:?}");
    }

    #[test]
    fn a_sentence_wrapped_before_a_colon_is_no_label() {
        let text = "Zij wenst een tweede advies in uw centrum. Graag\nuw advies: verdere immobilisatie of toch operatieve fixatie?";
        let s: Vec<String> = sentences(text).into_iter().map(|s| s.original).collect();
        assert_eq!(
            s.last().map(String::as_str),
            Some("Graag uw advies: verdere immobilisatie of toch operatieve fixatie?")
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
