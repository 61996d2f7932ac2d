//! Finding and parsing dates in letter text, Dutch and English.
//!
//! [`find_dates`] scans free text (a line of a letter, a report, a file name)
//! for calendar dates written the way Dutch and English letters write them:
//!
//! * month names, Dutch or English, full or abbreviated, any case, with or
//!   without diacritics: `12 maart 2026`, `3 mrt. 2026`, `12th March 2026`,
//!   `1st of April 2026`, `March 12, 2026`, `Mar. 12 2026`, `12-mrt-2026`;
//! * numeric day-month-year (European order, never US month/day):
//!   `12-03-2026`, `12/03/2026`, `12.03.2026`, `1-3-2026`;
//! * year-month-day: `2026-03-12`, `2026/03/12`.
//!
//! Two-digit years are ignored (too ambiguous; [`compact_dates`] reads them,
//! and eight-digit dates, only for a caller that found a date label before
//! them), as are years outside
//! 1900..=2100 and impossible dates (`31-02-2026`). A date must stand on its
//! own: digits or letters glued to it (`20261`, `x12-03-2026`), or more
//! numbers chained on with the same separator (`1-12-03-2026`), make it part
//! of something else, such as a phone number or a patient id. A leading
//! weekday (`maandag 12 maart 2026`) is not part of the match.
//!
//! The scanner is hand-written: the text is split once into words, numbers,
//! whitespace runs and single punctuation characters (with byte offsets), and
//! every pattern looks at a bounded number of tokens, so scanning is linear in
//! the length of the text. It never panics, whatever the input.
//!
//! [`parse_dicom_date`] and [`parse_iso`] parse the strict machine formats
//! found in DICOM headers and on the command line / in `dossier.toml`.

use chrono::{Datelike, NaiveDate};

use crate::words;

/// A date found in a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The calendar date.
    pub date: NaiveDate,
    /// Byte offset of the first byte of the date in the input.
    pub start: usize,
    /// Byte offset one past the last byte of the date in the input.
    pub end: usize,
}

/// Earliest year accepted by [`find_dates`].
const MIN_YEAR: i32 = 1900;
/// Latest year accepted by [`find_dates`].
const MAX_YEAR: i32 = 2100;

/// How a document writes all-numeric dates with slashes: Europe day first ("14/10/2026"), the
/// United States month first ("10/14/2026").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateOrder {
    #[default]
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    /// The order `text` writes its slash dates in. A document writes them one way, so a date that
    /// reads only month first ("10/14/2026") tells how to read "11/02/2026" in the same document;
    /// without such a date, or with dates that read only day first too, it is day first.
    pub fn of(text: &str) -> DateOrder {
        DateOrder::told_by(text).unwrap_or_default()
    }

    /// The order `text`'s own slash dates tell, if any tells: a date that reads only month first,
    /// and none that reads only day first, or the other way round.
    pub fn told_by(text: &str) -> Option<DateOrder> {
        // A scan of the bytes, not the tokenizer: it runs over whole documents.
        let b = text.as_bytes();
        let number = |at: usize| {
            let len = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
            let value = b[at..at + len].iter().fold(0u32, |v, c| {
                v.saturating_mul(10).saturating_add(u32::from(c - b'0'))
            });
            (value, len)
        };
        let (mut day_first, mut month_first) = (false, false);
        let mut i = 0;
        while i < b.len() {
            let starts = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit());
            if !starts {
                i += 1;
                continue;
            }
            let (a, la) = number(i);
            let j = i + la;
            let next = i + la.max(1);
            if !(1..=2).contains(&la) || b.get(j) != Some(&b'/') {
                i = next;
                continue;
            }
            let (m, lm) = number(j + 1);
            let k = j + 1 + lm;
            let (_, ly) = if b.get(k) == Some(&b'/') {
                number(k + 1)
            } else {
                (0, 0)
            };
            if (1..=2).contains(&lm) && ly == 4 {
                day_first |= a > 12 && (1..=12).contains(&m);
                month_first |= m > 12 && (1..=12).contains(&a);
            }
            i = next;
        }
        match (day_first, month_first) {
            (false, true) => Some(DateOrder::MonthFirst),
            (true, _) => Some(DateOrder::DayFirst),
            (false, false) => None,
        }
    }
}

/// Every valid date in `text`, in order of appearance.
///
/// Offsets are byte offsets into `text`, so `&text[d.start..d.end]` is the
/// date as written. Matches never overlap.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    find_dates_in(text, DateOrder::DayFirst)
}

/// The date `text` opens with, if any.
pub fn opening_date(text: &str) -> Option<FoundDate> {
    find_dates(text).into_iter().next().filter(|d| d.start == 0)
}

/// Whether `text` opens with a date: an entry of a list ("11-09-2024 Plastische chirurgie -
/// poliklinische brief", a journal line), not a title.
pub fn opens_with_date(text: &str) -> bool {
    opening_date(text.trim_start()).is_some()
}

/// [`find_dates`] in a document that writes its slash dates in `order`.
pub fn find_dates_in(text: &str, order: DateOrder) -> Vec<FoundDate> {
    let mut scanner = Scanner::new(text);
    scanner.month_first = order == DateOrder::MonthFirst;
    let mut found = Vec::new();
    let mut i = 0;
    while i < scanner.toks.len() {
        if let Some((date, last)) = scanner.match_at(i) {
            found.push(FoundDate {
                date,
                start: scanner.toks[i].start,
                end: scanner.toks[last].end,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    found
}

/// Whether `text` holds a time of day: "14:10", "9:30", or "10.15 uur" / "10.15 Uhr" (a dot
/// alone also writes decimals: "2.40 mm").
pub fn has_time_of_day(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |at: usize, n: usize| {
        b.get(at..at + n)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    (0..b.len()).any(|i| {
        if i > 0 && b[i - 1].is_ascii_digit() {
            return false;
        }
        let hour = match (digits(i, 2), digits(i, 1)) {
            (true, _) => 2,
            (false, true) => 1,
            _ => return false,
        };
        let minutes = i + hour + 1;
        let after = minutes + 2;
        if !digits(minutes, 2) || digits(after, 1) {
            return false;
        }
        match b[i + hour] {
            b':' => true,
            b'.' => {
                let rest = text.get(after..).unwrap_or("").trim_start().to_lowercase();
                rest.starts_with("uur") || rest.starts_with("uhr")
            }
            _ => false,
        }
    })
}

/// Dates a machine or a form writes compactly, to be read only right after a date label: eight
/// digits year first ("Verzenddatum: 20260930", the EDIFACT "DTM+137:20261015:102") and day,
/// month and a two-digit year ("Datum 03.11.26", a year up to 50 in this century). Without a
/// label before them such numbers are ids and versions, which is why [`find_dates`] leaves them.
pub fn compact_dates(text: &str) -> Vec<FoundDate> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let run = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'/' | b'\''))
            .count();
        let token = text[i..i + run].trim_end_matches(['.', '-', '/', '\'']);
        let glued = b.get(i + run).is_some_and(u8::is_ascii_alphabetic);
        if let Some(date) = compact_date(token).filter(|_| !glued) {
            found.push(FoundDate {
                date,
                start: i,
                end: i + token.len(),
            });
        }
        i += run;
    }
    found
}

/// One compact date, the whole of `token`.
fn compact_date(token: &str) -> Option<NaiveDate> {
    if token.len() == 8 && token.bytes().all(|c| c.is_ascii_digit()) {
        return parse_dicom_date(token).filter(|d| (MIN_YEAR..=MAX_YEAR).contains(&d.year()));
    }
    let separator = token.bytes().find(|c| !c.is_ascii_digit())?;
    let parts: Vec<&str> = token.split(char::from(separator)).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    // "03-12-'26": the apostrophe stands for the century left out.
    let y = y.strip_prefix('\'').unwrap_or(y);
    if y.len() != 2 || !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) {
        return None;
    }
    let yy = digits_value(y.as_bytes())?;
    let year = if yy <= 50 { 2000 + yy } else { 1900 + yy };
    ymd(
        year,
        digits_value(m.as_bytes())?,
        digits_value(d.as_bytes())?,
    )
}

/// Whether the date `at` of `found` (all dates of `text`, in order) opens or closes a period: a
/// period is when something lasted, not when a letter was written.
pub fn bounds_a_period(text: &str, found: &[FoundDate], at: usize) -> bool {
    let joins =
        |a: &FoundDate, b: &FoundDate| text.get(a.end..b.start).is_some_and(words::joins_a_period);
    let next = found.get(at + 1).is_some_and(|n| joins(&found[at], n));
    let previous = at > 0 && joins(&found[at - 1], &found[at]);
    next || previous
}

/// Parse a DICOM DA value "YYYYMMDD" (also tolerate "YYYY.MM.DD" and surrounding spaces).
///
/// DICOM pads values with spaces (and sometimes NUL bytes); both are trimmed.
/// Any year the format can express is accepted.
pub fn parse_dicom_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim_matches(|c: char| c.is_whitespace() || c == '\0');
    let b = s.as_bytes();
    let (y, m, d) = match b.len() {
        8 => (&b[0..4], &b[4..6], &b[6..8]),
        10 if b[4] == b'.' && b[7] == b'.' => (&b[0..4], &b[5..7], &b[8..10]),
        _ => return None,
    };
    ymd(digits_value(y)?, digits_value(m)?, digits_value(d)?)
}

/// Parse an ISO "YYYY-MM-DD" (used for the --as-of command-line flag and dossier.toml).
///
/// Surrounding whitespace is ignored; month and day may also be written with
/// a single digit (`2026-3-1`). Any four-digit year is accepted.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let short = |p: &str| (1..=2).contains(&p.len());
    if parts.next().is_some() || y.len() != 4 || !short(m) || !short(d) {
        return None;
    }
    ymd(
        digits_value(y.as_bytes())?,
        digits_value(m.as_bytes())?,
        digits_value(d.as_bytes())?,
    )
}

/// Value of a short run of ASCII digits; `None` if empty, too long or not all digits.
fn digits_value(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 4 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |acc, &c| acc * 10 + u32::from(c - b'0')))
}

/// A calendar date from numbers, if it exists.
fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// A calendar date from numbers found in text: also checks the year range.
fn text_date(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    let year = i32::try_from(y).ok()?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, m, d)
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A maximal run of ASCII digits.
    Num,
    /// A maximal run of other alphanumeric characters (and combining marks).
    Word,
    /// A maximal run of whitespace.
    Space,
    /// Any other single character.
    Punct(char),
}

/// A token with its byte range in the text.
#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// Character class used by the tokenizer.
fn classify(c: char) -> Kind {
    if c.is_ascii_digit() {
        Kind::Num
    } else if c.is_alphanumeric() || is_combining_mark(c) {
        Kind::Word
    } else if c.is_whitespace() {
        Kind::Space
    } else {
        Kind::Punct(c)
    }
}

/// Combining diacritical marks (decomposed accents), which belong to the word they follow.
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Split `text` into tokens. Runs of digits, word characters and whitespace
/// become one token each; every other character is a token of its own.
fn tokenize(text: &str) -> Vec<Token> {
    let mut toks: Vec<Token> = Vec::new();
    for (start, c) in text.char_indices() {
        let kind = classify(c);
        let end = start + c.len_utf8();
        if let Some(last) = toks.last_mut() {
            if last.kind == kind && !matches!(kind, Kind::Punct(_)) {
                last.end = end;
                continue;
            }
        }
        toks.push(Token { kind, start, end });
    }
    toks
}

/// Fold one character to lowercase ASCII for month-name lookup.
enum Folded {
    /// A lowercase ASCII letter.
    Ascii(u8),
    /// A combining mark: dropped.
    Skip,
    /// Anything else: the word cannot be a month name.
    Other,
}

fn fold_char(c: char) -> Folded {
    let base = match c {
        'a'..='z' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'à'..='å' | 'À'..='Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        _ if is_combining_mark(c) => return Folded::Skip,
        _ => return Folded::Other,
    };
    Folded::Ascii(base as u8)
}

/// Longest word (after folding) that can be a month name or an ordinal suffix; a test holds the
/// words of `rules/language/words.toml` to it.
const MAX_WORD: usize = 12;

/// The tokens of one text plus the pattern matchers.
struct Scanner<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// Slash dates read month first ([`DateOrder::MonthFirst`]).
    month_first: bool,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            toks: tokenize(text),
            month_first: false,
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct(c))
    }

    fn is_space(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Space)
    }

    /// Number token `i` as `(value, digit count)`; `None` if not a number or
    /// longer than four digits.
    fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num {
            return None;
        }
        let b = self.text.as_bytes().get(t.start..t.end)?;
        Some((digits_value(b)?, b.len()))
    }

    /// A one- or two-digit number (day or month).
    fn small(&self, i: usize) -> Option<u32> {
        match self.num(i)? {
            (v, 1..=2) => Some(v),
            _ => None,
        }
    }

    /// A four-digit number (year).
    fn year(&self, i: usize) -> Option<u32> {
        match self.num(i)? {
            (v, 4) => Some(v),
            _ => None,
        }
    }

    /// Word token `i`, lowercased with diacritics removed, if it is short and
    /// folds to plain ASCII letters. Written into `buf`.
    fn folded_word<'b>(&self, i: usize, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Word || t.end - t.start > MAX_WORD * 4 {
            return None;
        }
        let word = self.text.get(t.start..t.end)?;
        let mut n = 0;
        for c in word.chars() {
            match fold_char(c) {
                Folded::Ascii(b) => {
                    *buf.get_mut(n)? = b;
                    n += 1;
                }
                Folded::Skip => {}
                Folded::Other => return None,
            }
        }
        std::str::from_utf8(&buf[..n]).ok()
    }

    /// The month number if token `i` is a month name.
    fn month(&self, i: usize) -> Option<u32> {
        let mut buf = [0; MAX_WORD];
        let w = self.folded_word(i, &mut buf)?;
        words::month(w)
    }

    fn is_word(&self, i: usize, matches: impl Fn(&str) -> bool) -> bool {
        let mut buf = [0; MAX_WORD];
        self.folded_word(i, &mut buf).is_some_and(matches)
    }

    /// Skip a gap of optional `.` (if `dot`), optional `,` and optional
    /// whitespace starting at `j`; at least one of them must be present.
    fn gap(&self, mut j: usize, dot: bool) -> Option<usize> {
        let start = j;
        if dot && self.is_punct(j, '.') {
            j += 1;
        }
        if self.is_punct(j, ',') {
            j += 1;
        }
        if self.is_space(j) {
            j += 1;
        }
        (j > start).then_some(j)
    }

    /// True if token `i` touches a letter or digit (so a match ending or
    /// starting there would be part of a longer word or number).
    fn glued(&self, i: Option<usize>) -> bool {
        matches!(i.and_then(|i| self.kind(i)), Some(Kind::Num | Kind::Word))
    }

    /// Whether token `i` opens the time of an ISO 8601 timestamp glued to its date, as systems
    /// export it: the "T09:14" of "2026-09-22T09:14".
    fn time_follows(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && &self.text[t.start..t.end] == "T")
            && self.kind(i + 1) == Some(Kind::Num)
    }

    /// True if the tokens just outside `first..=last` continue a chain of
    /// numbers joined by `sep`, as in `1-12-03-2026` or `12.03.2026.5`.
    fn chained(&self, first: usize, last: usize, sep: char) -> bool {
        let before =
            first >= 2 && self.is_punct(first - 1, sep) && self.kind(first - 2) == Some(Kind::Num);
        let after = self.is_punct(last + 1, sep) && self.kind(last + 2) == Some(Kind::Num);
        before || after
    }

    /// The date starting at token `i`, with the index of its last token.
    fn match_at(&self, i: usize) -> Option<(NaiveDate, usize)> {
        if self.glued(i.checked_sub(1)) {
            return None;
        }
        let free_after = |&(_, last): &(NaiveDate, usize)| {
            !self.glued(Some(last + 1)) || self.time_follows(last + 1)
        };
        match self.kind(i)? {
            Kind::Num => self
                .numeric(i)
                .filter(free_after)
                .or_else(|| self.day_month_name(i).filter(free_after)),
            Kind::Word => self.month_day_year(i).filter(free_after),
            _ => None,
        }
    }

    /// `12-03-2026`, `12/03/2026`, `12.03.2026`, `2026-03-12`, `2026/03/12`,
    /// and the same with a month name in the middle: `12-mrt-2026`.
    fn numeric(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let sep = match self.kind(i + 1)? {
            Kind::Punct(c @ ('-' | '/' | '.')) => c,
            _ => return None,
        };
        if !self.is_punct(i + 3, sep) || self.chained(i, i + 4, sep) {
            return None;
        }
        let date = if let Some(y) = self.year(i) {
            text_date(y, self.small(i + 2)?, self.small(i + 4)?)
        } else {
            let (mut d, mut m) = (self.small(i)?, self.small(i + 2));
            if self.month_first && sep == '/' {
                if let Some(second) = m {
                    (d, m) = (second, Some(d));
                }
            }
            let m = m.or_else(|| self.month(i + 2))?;
            text_date(self.year(i + 4)?, m, d)
        }?;
        Some((date, i + 4))
    }

    /// `12 maart 2026`, `3 mrt. 2026`, `12th March 2026`, `1st of April, 2026`, `20. November 2026`.
    fn day_month_name(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let d = self.small(i)?;
        let mut j = i + 1;
        // German writes the day as an ordinal with a full stop: "20. November 2026".
        if self.is_word(j, words::is_ordinal) || self.is_punct(j, '.') {
            j += 1;
        }
        if !self.is_space(j) {
            return None;
        }
        j += 1;
        if self.is_word(j, |w| w == "of") && self.is_space(j + 1) {
            j += 2;
        }
        let m = self.month(j)?;
        j = self.gap(j + 1, true)?;
        let date = text_date(self.year(j)?, m, d)?;
        Some((date, j))
    }

    /// `March 12, 2026`, `March 12 2026`, `Mar. 12, 2026`, `March 12th, 2026`.
    fn month_day_year(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let m = self.month(i)?;
        let mut j = i + 1;
        if self.is_punct(j, '.') {
            j += 1;
        }
        if !self.is_space(j) {
            return None;
        }
        let d = self.small(j + 1)?;
        j += 2;
        if self.is_word(j, words::is_ordinal) {
            j += 1;
        }
        j = self.gap(j, false)?;
        let date = text_date(self.year(j)?, m, d)?;
        Some((date, j))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_hour_is_told_from_a_date_and_a_measure() {
        for timed in [
            "Tijd: 14:10",
            "at 9:30 am",
            "om 10.15 uur",
            "um 8.45 Uhr",
            "07:30:00",
        ] {
            assert!(has_time_of_day(timed), "{timed}");
        }
        for untimed in [
            "12.10.2026",
            "plaat 2.40 mm",
            "ratio 1:1000",
            "Datum: 03-11-2026",
            "9.30",
        ] {
            assert!(!has_time_of_day(untimed), "{untimed}");
        }
    }

    #[test]
    fn every_month_name_and_ordinal_fits_the_folding_buffer() {
        // A longer word would be cut off by `folded_word` and never match.
        assert!(words::longest_date_word() <= MAX_WORD);
    }

    #[test]
    fn a_document_that_writes_month_first_reads_its_ambiguous_dates_month_first() {
        let us = "Exam date: 11/02/2026\nCOMPARISON: Radiographs 10/14/2026.";
        let order = DateOrder::of(us);
        assert_eq!(order, DateOrder::MonthFirst);
        assert_eq!(find_dates_in(us, order)[0].date, d("2026-11-02"));
        // Mixed or day-first evidence keeps the European reading.
        assert_eq!(
            DateOrder::of("11/02/2026 en 14/10/2026"),
            DateOrder::DayFirst
        );
        assert_eq!(DateOrder::of("11/02/2026"), DateOrder::DayFirst);
        // A date that reads both ways tells nothing: the sender's address may.
        assert_eq!(DateOrder::told_by("11/02/2026"), None);
        assert_eq!(find_dates("11/02/2026")[0].date, d("2026-02-11"));
    }

    /// (input, expected [(iso date, matched text)]) in order of appearance.
    const CASES: &[(&str, &[(&str, &str)])] = &[
        // Dutch month names.
        ("12 maart 2026", &[("2026-03-12", "12 maart 2026")]),
        ("op 3 mrt. 2026 gezien", &[("2026-03-03", "3 mrt. 2026")]),
        ("op 3 mrt 2026 gezien", &[("2026-03-03", "3 mrt 2026")]),
        ("3 MRT 2026", &[("2026-03-03", "3 MRT 2026")]),
        ("maandag 12 maart 2026", &[("2026-03-12", "12 maart 2026")]),
        (
            "Maandag, 1 Januari 2024",
            &[("2024-01-01", "1 Januari 2024")],
        ),
        ("29 februari 2024", &[("2024-02-29", "29 februari 2024")]),
        ("29 februari 2023", &[]),
        ("5 mei 2025", &[("2025-05-05", "5 mei 2025")]),
        (
            "Baden, 20. November 2026",
            &[("2026-11-20", "20. November 2026")],
        ),
        ("am 3. März 2026", &[("2026-03-03", "3. März 2026")]),
        (
            "7 okt 2025, 8 sept. 2025",
            &[("2025-10-07", "7 okt 2025"), ("2025-09-08", "8 sept. 2025")],
        ),
        ("1 augustus 1999", &[("1999-08-01", "1 augustus 1999")]),
        ("31 december 2100", &[("2100-12-31", "31 december 2100")]),
        ("31 december 2101", &[]),
        ("1 januari 1899", &[]),
        ("32 maart 2026", &[]),
        ("0 maart 2026", &[]),
        ("12 maart '26", &[]),
        ("12-mrt-2026", &[("2026-03-12", "12-mrt-2026")]),
        ("12 Maärt 2026", &[("2026-03-12", "12 Maärt 2026")]),
        (
            "12 mei\u{0308} 2026",
            &[("2026-05-12", "12 mei\u{0308} 2026")],
        ),
        // Words with diacritics around the dates.
        (
            "geboren op 3 februari 1980, gezien op 12-03-2026",
            &[
                ("1980-02-03", "3 februari 1980"),
                ("2026-03-12", "12-03-2026"),
            ],
        ),
        (
            "Cliënt (één keer gezien) d.d. 12 maart 2026 — café",
            &[("2026-03-12", "12 maart 2026")],
        ),
        ("één12-03-2026", &[]),
        ("12-03-2026é", &[]),
        ("«12-03-2026»", &[("2026-03-12", "12-03-2026")]),
        ("日付 12.03.2026 です", &[("2026-03-12", "12.03.2026")]),
        // Numeric, European order.
        ("12-03-2026", &[("2026-03-12", "12-03-2026")]),
        ("12/03/2026", &[("2026-03-12", "12/03/2026")]),
        ("12.03.2026.", &[("2026-03-12", "12.03.2026")]),
        ("1-3-2026", &[("2026-03-01", "1-3-2026")]),
        ("03/12/2026", &[("2026-12-03", "03/12/2026")]),
        ("12-03-26", &[]),
        ("12-03-'26", &[]),
        ("12-03/2026", &[]),
        ("31-02-2026", &[]),
        ("00-01-2026", &[]),
        ("12-13-2026", &[]),
        ("12-00-2026", &[]),
        // ISO.
        ("2026-03-12", &[("2026-03-12", "2026-03-12")]),
        ("datum: 2026/03/12.", &[("2026-03-12", "2026/03/12")]),
        ("2026-02-30", &[]),
        ("scan_2026-03-12_ct.dcm", &[("2026-03-12", "2026-03-12")]),
        // An ISO 8601 timestamp, its time glued on; a longer word glued on is no date.
        (
            "Aangemaakt: 2026-09-22T09:14",
            &[("2026-09-22", "2026-09-22")],
        ),
        ("ref 2026-09-22Tx4", &[]),
        // Several in one line, in order.
        (
            "van 01-01-2026 tot 2026-02-01 en 3 maart 2026",
            &[
                ("2026-01-01", "01-01-2026"),
                ("2026-02-01", "2026-02-01"),
                ("2026-03-03", "3 maart 2026"),
            ],
        ),
        (
            "periode 01-03-2026/12-03-2026",
            &[("2026-03-01", "01-03-2026"), ("2026-03-12", "12-03-2026")],
        ),
        // Numbers that are part of something longer.
        ("bel 0612-03-20265", &[]),
        ("BSN 123456782", &[]),
        ("patiëntnummer 12-03-20261", &[]),
        ("id 112-03-2026", &[]),
        ("ref 1-12-03-2026", &[]),
        ("versie 12.03.2026.5", &[]),
        ("x12-03-2026", &[]),
        ("12-03-2026x", &[]),
        ("12 maart 20261", &[]),
        ("112 maart 2026", &[]),
        (
            "tel. 020-1234567 op 12-03-2026",
            &[("2026-03-12", "12-03-2026")],
        ),
        // Month names need word boundaries.
        ("het meisje 12 2026", &[]),
        ("12 meisje 2026", &[]),
        ("decursus 12 2026", &[]),
        ("12 decursus 2026", &[]),
        ("mei", &[]),
        // English.
        ("12 March 2026", &[("2026-03-12", "12 March 2026")]),
        ("12th March 2026", &[("2026-03-12", "12th March 2026")]),
        ("1st of April 2026", &[("2026-04-01", "1st of April 2026")]),
        ("2nd May, 2026", &[("2026-05-02", "2nd May, 2026")]),
        ("March 12, 2026", &[("2026-03-12", "March 12, 2026")]),
        ("March 12 2026", &[("2026-03-12", "March 12 2026")]),
        ("Mar. 12, 2026", &[("2026-03-12", "Mar. 12, 2026")]),
        (
            "seen on October 3rd, 2025.",
            &[("2025-10-03", "October 3rd, 2025")],
        ),
        ("Monday, 12 March 2026", &[("2026-03-12", "12 March 2026")]),
        ("February 30, 2026", &[]),
        ("March 2026", &[]),
        ("12 March", &[]),
        (
            "Letter dated 12 March 2026 regarding visit of Jan. 5, 2026",
            &[
                ("2026-03-12", "12 March 2026"),
                ("2026-01-05", "Jan. 5, 2026"),
            ],
        ),
        ("12 March 12, 2026", &[("2026-03-12", "March 12, 2026")]),
        // Nothing.
        ("", &[]),
        ("geen datum hier", &[]),
        ("2026", &[]),
    ];

    #[test]
    fn table() {
        assert!(CASES.len() >= 40);
        for (input, expected) in CASES {
            let got = find_dates(input);
            let got: Vec<(NaiveDate, &str)> = got
                .iter()
                .map(|f| (f.date, &input[f.start..f.end]))
                .collect();
            let want: Vec<(NaiveDate, &str)> =
                expected.iter().map(|&(iso, s)| (d(iso), s)).collect();
            assert_eq!(got, want, "input: {input:?}");
        }
    }

    #[test]
    fn offsets_are_byte_offsets() {
        let text = "Geëvalueerd: 12 maart 2026 – ok";
        let found = find_dates(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, text.find("12").unwrap());
        assert_eq!(found[0].end, text.find(" –").unwrap());
    }

    #[test]
    fn dicom() {
        assert_eq!(parse_dicom_date("20260312"), Some(d("2026-03-12")));
        assert_eq!(parse_dicom_date(" 20260312 "), Some(d("2026-03-12")));
        assert_eq!(parse_dicom_date("20260312\0"), Some(d("2026-03-12")));
        assert_eq!(parse_dicom_date("2026.03.12"), Some(d("2026-03-12")));
        assert_eq!(parse_dicom_date("20260231"), None);
        assert_eq!(parse_dicom_date("2026-03-12"), None);
        assert_eq!(parse_dicom_date("2026031"), None);
        assert_eq!(parse_dicom_date("+2026031"), None);
        assert_eq!(parse_dicom_date("2026é312"), None);
        assert_eq!(parse_dicom_date(""), None);
    }

    #[test]
    fn iso() {
        assert_eq!(parse_iso("2026-03-12"), Some(d("2026-03-12")));
        assert_eq!(parse_iso(" 2026-03-12\n"), Some(d("2026-03-12")));
        assert_eq!(parse_iso("2026-3-1"), Some(d("2026-03-01")));
        assert_eq!(parse_iso("2026-02-29"), None);
        assert_eq!(parse_iso("2026-03-12-1"), None);
        assert_eq!(parse_iso("12-03-2026"), None);
        assert_eq!(parse_iso("2026/03/12"), None);
        assert_eq!(parse_iso("2026-+3-12"), None);
        assert_eq!(parse_iso("2026-03-"), None);
        assert_eq!(parse_iso("2026-003-12"), None);
        assert_eq!(parse_iso(""), None);
    }

    /// Small deterministic pseudo-random generator (xorshift64*).
    struct Rng(u64);
    impl Rng {
        fn next_u64(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next_u64() % n as u64) as usize
        }
    }

    #[test]
    fn random_input_never_panics() {
        const PIECES: &[&[u8]] = &[
            b"12",
            b"2026",
            b"03",
            b"1",
            b"-",
            b"/",
            b".",
            b",",
            b" ",
            b"'",
            b"maart",
            b"mrt",
            b"March",
            b"mei",
            b"th",
            b"of",
            b"\xc3\xa9",
            b"\xcc\x88",
            b"\xe2\x80\x94",
            b"\xf0\x9f\x98\x80",
            b"\xff",
            b"\xc3",
            b"\xe6\x97\xa5",
            b"\n",
            b"\t",
            b"\xc2\xa0",
            b"0",
            b"9",
            b"x",
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..5000 {
            let len = rng.below(40);
            let mut bytes = Vec::new();
            for _ in 0..len {
                if rng.below(4) == 0 {
                    bytes.push(rng.next_u64() as u8);
                } else {
                    bytes.extend_from_slice(PIECES[rng.below(PIECES.len())]);
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            let mut prev_end = 0;
            for f in find_dates(&text) {
                assert!(f.start >= prev_end && f.start < f.end, "{text:?}");
                assert!(text.get(f.start..f.end).is_some(), "{text:?}");
                prev_end = f.end;
            }
            let _ = parse_dicom_date(&text);
            let _ = parse_iso(&text);
        }
    }

    #[test]
    fn long_lines_of_digits_and_dashes_are_read_whole() {
        // Speed on such lines is measured by benches/inbox.py; a timed test fails on a busy machine.
        let mut text = "1-".repeat(200_000);
        text.push_str("12 maart 2026 ");
        text.push_str(&"a".repeat(200_000));
        text.push_str(&" 12-03-2026".repeat(10_000));
        let found = find_dates(&text);
        assert_eq!(found.len(), 10_001);
    }
}
