//! Reading a document's layout the way a clerk does, before any word in it counts: which lines are
//! the letterhead (who wrote it), the addressee block (who it is for), the title, labelled fields,
//! section headings, the body, and the signature. Later stages weigh words by the zone they stand in:
//! a title or a form label says what a document is; a letterhead or an address line never does.
//!
//! Text comes from the readers as lines, with table cells and far-apart runs on one line separated
//! by tabs. A cell that is a label ("Geboortedatum:") is joined to the cell after it, so a label
//! and its value are read together however the PDF or Word file laid them out.

use serde::Serialize;

use crate::dates::DateOrder;
use crate::rules::Rules;
use crate::text::{fold, label_prefix, question_label};

/// Where on the page a line stands, and what it therefore says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Zone {
    /// Sender block at the top: institution, department, address. Says who wrote it.
    Letterhead,
    /// Who the document is for or who asked for it ("Aan", "T.a.v.", "Aanvrager", "cc").
    Addressee,
    /// A short line near the top naming the document ("OPERATIEVERSLAG").
    Title,
    /// "Betreft:", "Onderwerp:", "Re:": names the patient and often the document.
    Subject,
    /// "Label: value" (form fields, two-column forms, table rows).
    Field,
    /// A short line that starts a section ("Anamnese", "Conclusie").
    Heading,
    /// Running text.
    Body,
    /// "Met vriendelijke groet" and the lines after it: name and function of the author.
    Signature,
    /// A line repeated on several pages (running header or footer).
    Repeated,
}

impl Zone {
    /// Whether words in this zone say anything about what happened or what the document is.
    pub fn is_content(self) -> bool {
        matches!(
            self,
            Zone::Title | Zone::Subject | Zone::Field | Zone::Heading | Zone::Body
        )
    }
}

/// One logical line of a document.
#[derive(Debug, Clone)]
pub struct Line {
    /// The line as read, cells joined ("Geboortedatum: 01-02-1980").
    pub text: String,
    /// The same, folded.
    pub folded: String,
    /// Its zone.
    pub zone: Zone,
    /// For a field line: the length in bytes of the label before its colon.
    pub label_len: Option<usize>,
    /// Whether the line ends a row of a table, so no sentence runs on into the next row.
    pub ends_record: bool,
}

impl Line {
    /// The label of a field line, folded and trimmed.
    pub fn label(&self) -> Option<&str> {
        self.label_len
            .and_then(|n| self.folded.get(..n))
            .map(|l| l.trim())
    }

    /// The value of a field line (or the whole line), as written.
    pub fn value(&self) -> &str {
        match self.label_len {
            Some(n) => self.text.get(n + 1..).unwrap_or("").trim(),
            None => &self.text,
        }
    }
}

/// A document split into zoned lines.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The logical lines, top to bottom.
    pub lines: Vec<Line>,
    /// The first line of the content: the lines above it are the document's header block.
    pub content_start: usize,
    /// How the document writes its slash dates.
    pub date_order: DateOrder,
}

/// Lines longer than this are never a title, heading or address line.
const SHORT_WORDS: usize = 8;

impl Layout {
    /// Reads the zones of a document's text.
    pub fn of(text: &str, rules: &Rules) -> Layout {
        let (logical, record_ends) = logical_lines(text, rules);
        let repeated = repeated_lines(text);
        let mut previous_open = false;
        let mut lines: Vec<Line> = logical
            .into_iter()
            .zip(record_ends)
            .map(|(text, ends_record)| {
                let folded = fold(&text);
                // A line in lower case after one that did not end its sentence carries that
                // sentence on ("Graag" / "uw advies: fixatie?"): no label.
                let continues = previous_open && text.starts_with(char::is_lowercase);
                previous_open = !text.is_empty() && !text.ends_with(['.', '?', '!', ':', ';']);
                Line {
                    label_len: label_prefix(&text)
                        .or_else(|| question_label(&text))
                        .filter(|_| !continues)
                        .map(|n| folded_len(&text, n)),
                    text,
                    folded,
                    zone: Zone::Body,
                    ends_record,
                }
            })
            .collect();
        let content_start = assign_zones(&mut lines, &repeated, rules);
        let date_order = DateOrder::told_by(text).unwrap_or_else(|| {
            // No date tells: the sender's country does ("Denver, CO 80203").
            let month_first = lines.iter().any(|l| {
                l.zone == Zone::Letterhead
                    && rules
                        .month_first_postcodes
                        .iter()
                        .any(|p| crate::words::postcode_in(&l.text, p))
            });
            if month_first {
                DateOrder::MonthFirst
            } else {
                DateOrder::DayFirst
            }
        });
        Layout {
            lines,
            content_start,
            date_order,
        }
    }

    /// The sentences of the content zones; a table row ends its sentence. Other zones count as
    /// empty lines, so line numbers stay those of the layout.
    pub fn content_sentences(&self) -> Vec<crate::text::Sentence> {
        crate::text::sentences_of_lines(self.lines.iter().map(|line| {
            let text = if line.zone.is_content() {
                line.text.as_str()
            } else {
                ""
            };
            (text, line.ends_record)
        }))
    }

    /// The whole text, one logical line per line (labels joined to their values).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            out.push_str(&line.text);
            out.push('\n');
        }
        out
    }
}

/// The folded length of the first `n` bytes of `text` (folding changes lengths).
fn folded_len(text: &str, n: usize) -> usize {
    text.get(..n).map(|s| fold(s).len()).unwrap_or(0)
}

/// One line's cells (tab-separated), ticked choices reduced to what was chosen; and whether they
/// are a form's question and its answer.
fn row_cells(raw: &str, rules: &Rules) -> (Vec<String>, bool) {
    let mut chose = false;
    // A plain-text table drawn with pipes wraps a row's last cell onto lines whose other cells
    // are empty ("   |    |     | fractuur ..."): that is the cell's text going on, not a row.
    let raw = wrapped_pipe_cell(raw).unwrap_or(raw);
    let raw_cells: Vec<String> = raw_cells(raw)
        .into_iter()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    // A form's label beside its value cell left empty ("Vraagstelling | ") has no
    // value: it must not take the next row's label as one.
    if let [label, rest @ ..] = raw_cells.as_slice() {
        if !rest.is_empty() && rest.iter().all(String::is_empty) && is_label_cell(label, rules) {
            return (vec![format!("{} {EMPTY_VALUE}", with_colon(label))], false);
        }
    }
    let cells: Vec<String> = raw_cells
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|c| match ticked_choice(&c) {
            Some(chosen) => {
                chose = true;
                chosen
            }
            None => c,
        })
        .collect();
    // Options and boxes in cells of their own ("Verricht? | ja [ ] | nee [x]") are one
    // choice.
    let row_choice = (!chose && cells.len() > 1)
        .then(|| ticked_choice(&cells.join(" ")))
        .flatten();
    let cells = match row_choice {
        Some(chosen) => {
            chose = true;
            vec![chosen]
        }
        None => cells,
    };
    // A form's question and its answer in the next cell: "Previous surgery on this
    // body part | [ ] Yes [x] No", "Ooit geopereerd? | Nee".
    let answered =
        cells.len() == 2 && !cells[0].ends_with(['.', ':']) && (chose || cells[0].ends_with('?'));
    (cells, answered)
}

/// A line's cells, set apart by tabs. Typed text sets fields side by side with a gap of three
/// spaces or more ("Operatie: nee   Beeldvorming: ja   Opname buitenland: nee"): each is a cell
/// when every part of the line is a labelled field; any other gap (an address's columns, a
/// justified line) is left to the words.
fn raw_cells(raw: &str) -> Vec<&str> {
    const GAP: &str = "   ";
    let tabbed: Vec<&str> = raw.split('\t').collect();
    if tabbed.len() > 1 || !raw.trim().contains(GAP) {
        return tabbed;
    }
    let parts: Vec<&str> = raw
        .trim()
        .split(GAP)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 && parts.iter().all(|p| label_prefix(p).is_some()) {
        parts
    } else {
        tabbed
    }
}

/// The text of a pipe table's line whose cells before the last are all empty ("  |   |  | text").
fn wrapped_pipe_cell(raw: &str) -> Option<&str> {
    if raw.contains('\t') || raw.matches('|').count() < 2 {
        return None;
    }
    let (empty_cells, text) = raw.rsplit_once('|')?;
    (empty_cells.chars().all(|c| c == '|' || c.is_whitespace()) && !text.trim().is_empty())
        .then_some(text)
}

/// Splits lines into cells at tabs and joins a label cell to the value after it; a known label
/// alone on its line takes the next line as its value when that line has no label of its own.
fn logical_lines(text: &str, rules: &Rules) -> (Vec<String>, Vec<bool>) {
    let (rows, answered): (Vec<Vec<String>>, Vec<bool>) =
        text.lines().map(|raw| row_cells(raw, rules)).unzip();
    let mut indented: Vec<bool> = text.lines().map(|l| l.starts_with('\t')).collect();
    let rows = rejoin_wrapped_questions(rows, &answered);
    let rows = rejoin_wrapped_labels(rows, &indented, rules);
    let rows = rejoin_labels_wrapped_beside_values(rows, &mut indented, rules);
    let key_value = key_value_rows(&rows, &indented);
    let headed = column_headed_rows(&rows);
    let mut lines = LogicalLines::default();
    for (row, cells) in rows.iter().enumerate() {
        match headed[row] {
            Headed::Header => {}
            Headed::Values(header) => lines.column_values(&rows[header], cells),
            Headed::No if indented[row] && lines.continues_value(cells) => {}
            Headed::No if key_value[row] || answered[row] => {
                lines.flush_label();
                for pair in cells.chunks(2) {
                    lines
                        .out
                        .push(format!("{} {}", with_colon(&pair[0]), pair[1]));
                }
            }
            // A label keeps waiting for its value over blank lines (some PDFs put one between).
            Headed::No if cells.is_empty() => {
                if lines.pending_label.is_none() {
                    lines.out.push(String::new());
                }
            }
            Headed::No => {
                lines.carry_on_wrapped_cell(cells);
                lines.cells(cells, rules);
                lines.end_row(cells.len());
            }
        }
    }
    lines.finish()
}

/// A row of tick boxes reduced to what was chosen, after whatever stands before the boxes: "[ ]
/// Yes [x] No" and "ja ☐ nee ☒" say "No" / "nee". An unticked option says nothing, so a row with
/// no box ticked ("Behandeld in het buitenland? ☐ ja ☐ nee") is its question alone, still open;
/// the answer then reads as a written one.
fn ticked_choice(cell: &str) -> Option<String> {
    const BOXES: [(&str, bool); 6] = [
        ("[ ]", false),
        ("\u{2610}", false),
        ("[x]", true),
        ("[X]", true),
        ("\u{2611}", true),
        ("\u{2612}", true),
    ];
    let mut marks: Vec<(usize, usize, bool)> = BOXES
        .iter()
        .flat_map(|&(mark, ticked)| {
            cell.match_indices(mark)
                .map(move |(at, _)| (at, at + mark.len(), ticked))
        })
        .collect();
    marks.sort_unstable();
    if let Some(at) = next_field(cell, &marks) {
        let chosen = ticked_choice(cell[..at].trim_end())?;
        return Some(format!("{chosen}; {}", cell[at..].trim()));
    }
    if let [(at, end, ticked)] = marks[..] {
        return one_box_answer(cell, at, end, ticked);
    }
    if marks.len() < 2 {
        return None;
    }
    let option_after = |i: usize| {
        let end = marks.get(i + 1).map_or(cell.len(), |m| m.0);
        cell[marks[i].1..end].trim()
    };
    let option_before = |i: usize| {
        let start = if i == 0 { 0 } else { marks[i - 1].1 };
        cell[start..marks[i].0].trim()
    };
    let ticked: Vec<usize> = (0..marks.len()).filter(|&i| marks[i].2).collect();
    // A question or label right before the first box puts the boxes before their options, even
    // when the last option wrapped onto the next line ("gemaakt? [x] röntgenfoto ... [ ]").
    let head = option_before(0);
    let opens_boxes = head.is_empty() || head.ends_with(['?', ':']);
    let (before, answer) = if !option_after(marks.len() - 1).is_empty()
        || (opens_boxes && !option_after(0).is_empty())
    {
        // Boxes before their options: "[ ] Yes [x] No"; several may be ticked ("[x] röntgenfoto
        // [x] echo [ ] MRI").
        let options: Vec<&str> = ticked.iter().map(|&i| option_after(i)).collect();
        let answer = (!options.is_empty()).then(|| options.join(", "));
        (head, answer)
    } else if ticked.len() > 1 {
        return None;
    } else {
        // Boxes after their options, the question before the first: "Verricht? ja [ ] nee [x]".
        let (question, first_option) = match head.rfind(['?', ':']) {
            Some(at) => (head[..=at].trim(), head[at + 1..].trim()),
            None => ("", head),
        };
        if first_option.is_empty() {
            return None;
        }
        let answer = ticked.first().map(|&i| {
            if i == 0 {
                first_option.to_string()
            } else {
                option_before(i).to_string()
            }
        });
        (question, answer)
    };
    let answer = match answer.as_deref() {
        Some(answer) if !answer.is_empty() => answer,
        // Nothing ticked: the question stays open.
        None if !before.is_empty() => return Some(before.to_string()),
        _ => return None,
    };
    Some(match before {
        "" => answer.to_string(),
        _ if before.ends_with([':', '?']) => format!("{before} {answer}"),
        _ => format!("{before}: {answer}"),
    })
}

/// Where a label after the last of several boxes opens the next field of the row ("Yes ☒ No ☐
/// Details: CTR 2019", "[ ] ja [x] nee Toelichting: ..."): the boxes are read without it. Right
/// after the last box the label is an option ("[x] no: MRI 2024"), unless the options stand
/// before their boxes, a short one after the question.
fn next_field(cell: &str, marks: &[(usize, usize, bool)]) -> Option<usize> {
    let (&(first, _, _), &(_, last_end, _)) = (marks.first()?, marks.last()?);
    if marks.len() < 2 {
        return None;
    }
    let head = &cell[..first];
    let options_first = head.rfind(['?', ':']).is_some_and(|at| {
        let words = head[at + 1..].split_whitespace().count();
        (1..=3).contains(&words)
    });
    let trailing = &cell[last_end..];
    let words: Vec<&str> = trailing.split_whitespace().collect();
    let label = words
        .iter()
        .take(4)
        .position(|w| w.len() > 1 && w.ends_with(':'))?;
    if label + 1 == words.len() {
        return None;
    }
    // The options after their boxes: the first word after the last box is its option.
    let skip = match (options_first, label) {
        (true, _) => 0,
        (false, 0) => return None,
        (false, _) => 1,
    };
    let start = trailing.len() - trailing.trim_start().len();
    let at = match skip {
        0 => start,
        _ => start + words[0].len() + trailing[start + words[0].len()..].find(words[1])?,
    };
    Some(last_end + at)
}

/// A form that prints each answer on a line of its own with its box ("☐ Eerder geopereerd? Ja" /
/// "☒ Eerder geopereerd? Nee"): the ticked line is the answer; an unticked one chose nothing, so it
/// is its question alone, still open. Other single boxes ("☐ Röntgen") stay as written.
fn one_box_answer(cell: &str, at: usize, end: usize, ticked: bool) -> Option<String> {
    let rest = cell[end..].trim();
    let question_end = rest.rfind('?')?;
    let answered = !rest[question_end + 1..].trim().is_empty();
    (cell[..at].trim().is_empty() && answered).then(|| {
        if ticked {
            rest.to_string()
        } else {
            rest[..=question_end].to_string()
        }
    })
}

/// A form's question wrapped in its cell ends on the next line, below it, in lower case
/// ("Eerdere operaties aan dit | [ ] ja [X] nee" / "lichaamsdeel"): the piece belongs to the
/// question, not to the answer (its own row left empty, so rows keep their places).
fn rejoin_wrapped_questions(mut rows: Vec<Vec<String>>, answered: &[bool]) -> Vec<Vec<String>> {
    for i in 1..rows.len() {
        let [piece] = rows[i].as_slice() else {
            continue;
        };
        let short = piece.split_whitespace().count() <= 2;
        if answered[i - 1] && short && piece.starts_with(char::is_lowercase) {
            let piece = piece.clone();
            let question = &mut rows[i - 1][0];
            question.push(' ');
            question.push_str(&piece);
            rows[i].clear();
        }
    }
    rows
}

/// A table's label cell wrapped onto the next line comes out as that line, indented, holding only
/// the rest of the label ("Hosp No | S4477102 | Date of | 07/03/2024" / " | operation"): when a
/// label cell of the row above and the piece make a label the checklist knows, the piece joins it
/// (its own row left empty, so rows keep their places).
fn rejoin_wrapped_labels(
    mut rows: Vec<Vec<String>>,
    indented: &[bool],
    rules: &Rules,
) -> Vec<Vec<String>> {
    for i in 1..rows.len() {
        let [piece] = rows[i].as_slice() else {
            continue;
        };
        if !indented[i] || piece.split_whitespace().count() > 2 || label_prefix(piece).is_some() {
            continue;
        }
        let piece = piece.clone();
        let joined = rows[i - 1].iter().position(|cell| {
            let label = fold(&format!("{cell} {piece}"));
            rules.is_known_label(label.trim())
        });
        if let Some(cell) = joined {
            let label = format!("{} {piece}", rows[i - 1][cell]);
            rows[i - 1][cell] = label;
            rows[i].clear();
        }
    }
    rows
}

/// A key-value table's label cell wrapped in its column, its second line beside the value's second
/// line ("Relevante | 2009 hysterectomie" / "voorgeschiedenis | 2017 hypothyreoïdie"): when the
/// upper label cell is no label the checklist knows and the two pieces together are one, the label
/// is whole again and the lower value reads as its value wrapped (an indented line of its own).
fn rejoin_labels_wrapped_beside_values(
    mut rows: Vec<Vec<String>>,
    indented: &mut [bool],
    rules: &Rules,
) -> Vec<Vec<String>> {
    for i in 1..rows.len() {
        let ([upper, _], [piece, _]) = (rows[i - 1].as_slice(), rows[i].as_slice()) else {
            continue;
        };
        if indented[i] || piece.split_whitespace().count() > 2 || label_prefix(piece).is_some() {
            continue;
        }
        let label = format!("{upper} {piece}");
        if !rules.is_known_label(fold(upper).trim()) && rules.is_known_label(fold(&label).trim()) {
            rows[i - 1][0] = label;
            rows[i].remove(0);
            indented[i] = true;
        }
    }
    rows
}

/// Logical lines while they are built: a label alone on its line waits for its value.
#[derive(Default)]
struct LogicalLines {
    out: Vec<String>,
    pending_label: Option<String>,
    /// Per line of `out` (as far as known): whether it ends a table row.
    record_ends: Vec<bool>,
}

impl LogicalLines {
    /// A row of one cell in lower case goes on with the sentence the row before left open: a
    /// journal's text column wrapped onto the next line ("pt. is bang" / "voor operatie, wil
    /// second opinion"), so the row before no longer ends the record there.
    fn carry_on_wrapped_cell(&mut self, cells: &[String]) {
        let wrapped = matches!(cells, [cell] if cell.starts_with(char::is_lowercase))
            && self.pending_label.is_none()
            && self.record_ends.len() == self.out.len()
            && self
                .out
                .last()
                .is_some_and(|l| !l.ends_with(['.', '?', '!', ':', ';']));
        if wrapped {
            if let Some(end) = self.record_ends.last_mut() {
                *end = false;
            }
        }
    }

    /// A row of a table is a record of its own: the next row does not carry on its sentence
    /// ("Marbella | 05-2024 | operatie" / "Ziekenhuis Schiedam | nacontrole").
    fn end_row(&mut self, cells: usize) {
        if cells > 1 && self.pending_label.is_none() {
            self.record_ends.resize(self.out.len(), false);
            if let Some(end) = self.record_ends.last_mut() {
                *end = true;
            }
        }
    }

    /// The lines, and per line whether it ends a table row.
    fn finish(mut self) -> (Vec<String>, Vec<bool>) {
        self.flush_label();
        self.record_ends.resize(self.out.len(), false);
        (self.out, self.record_ends)
    }

    /// A waiting label that got no value stands alone.
    fn flush_label(&mut self) {
        if let Some(label) = self.pending_label.take() {
            self.out.push(label);
        }
    }

    /// A row under a row of column headers: each value with its header as label.
    fn column_values(&mut self, header: &[String], cells: &[String]) {
        self.flush_label();
        for (label, value) in header.iter().zip(cells) {
            if label_prefix(value).is_some() {
                self.out.push(value.clone());
            } else {
                self.out.push(format!("{} {value}", with_colon(label)));
            }
        }
    }

    /// A form's value wrapped in its column: the next (indented) line holds only more of it.
    fn continues_value(&mut self, cells: &[String]) -> bool {
        if cells.len() != 1 || self.pending_label.is_some() || label_prefix(&cells[0]).is_some() {
            return false;
        }
        match self.out.last_mut() {
            Some(last) if wrapped_value(last) => {
                last.push(' ');
                last.push_str(&cells[0]);
                true
            }
            _ => false,
        }
    }

    /// The cells of a row: a label cell takes the value after it; a label alone on its line
    /// waits for the next line.
    fn cells(&mut self, cells: &[String], rules: &Rules) {
        let mut i = 0;
        while i < cells.len() {
            let cell = &cells[i];
            if let Some(label) = self.pending_label.take() {
                if takes_value(&label, cell, rules) {
                    self.out.push(format!("{} {cell}", with_colon(&label)));
                    i += 1;
                    continue;
                }
                self.out.push(label);
            }
            let is_label = is_label_cell(cell, rules);
            match cells.get(i + 1) {
                Some(next) if is_label && label_prefix(next).is_none() => {
                    self.out.push(format!("{} {next}", with_colon(cell)));
                    i += 2;
                }
                None if is_label && cells.len() == 1 => {
                    self.pending_label = Some(cell.clone());
                    i += 1;
                }
                _ => {
                    self.out.push(with_known_label(cell, rules));
                    i += 1;
                }
            }
        }
    }
}

/// Whether a label alone on its line takes `cell` as its value: not when the cell is a label of
/// its own, nor when it opens a list (a heading followed by a list, "Episodelijst" / "12-03-2019
/// ...", keeps its items), unless the label is a date label. A dash alone is the value left empty.
fn takes_value(label: &str, cell: &str, rules: &Rules) -> bool {
    let dash = !cell.chars().any(char::is_alphanumeric);
    let list_item = !dash && cell.starts_with(['-', '•', '*', '–'])
        || crate::dates::opening_date(cell)
            .is_some_and(|d| cell[d.end..].chars().filter(|c| c.is_alphabetic()).count() > 3);
    let date_label = rules.is_date_label(fold(label).trim());
    label_prefix(cell).is_none() && !is_label_cell(cell, rules) && (!list_item || date_label)
}

/// A field line whose value is long enough to have been wrapped by its column.
fn wrapped_value(line: &str) -> bool {
    label_prefix(line).is_some_and(|colon| line[colon + 1..].trim().chars().count() >= 30)
        && !line.ends_with(['.', ':'])
}

/// Rows of a key-value table without colons ("Surgery | No", "Date of birth | 19-02-1994"): at
/// least three rows in a row of two cells each, whose first cell reads as a label. Two-column
/// letterheads ("OLVG | Dr. E. Bos", "Oosterpark 9 | Weesperzijde 4") hold names and numbers, so
/// they never form such a run.
/// A row's part in a table whose first row names its columns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Headed {
    No,
    /// The row of column names.
    Header,
    /// A row of values, under the header row at this index.
    Values(usize),
}

/// Tables whose first row names the columns ("Patient | Hospital no | DOB | Location") and whose
/// next row holds the values: each value is read with its column's name ("DOB: 21/10/1948"), so a
/// birth date in a table is known as one.
fn column_headed_rows(rows: &[Vec<String>]) -> Vec<Headed> {
    let mut out = vec![Headed::No; rows.len()];
    let header_like = |cells: &[String]| {
        cells.len() >= 3 && cells.iter().all(|c| reads_as_label(c) || c.ends_with(':'))
    };
    let mut i = 0;
    while i < rows.len() {
        if !header_like(&rows[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut values = Vec::new();
        while j < rows.len() {
            if rows[j].is_empty() {
                j += 1;
                continue;
            }
            if rows[j].len() != rows[i].len() || header_like(&rows[j]) {
                break;
            }
            values.push(j);
            j += 1;
        }
        // Several value rows are a list (appointments, results over time): their dates are the
        // entries', not the document's, so only a one-row record table is read by column.
        if values.len() == 1 {
            out[i] = Headed::Header;
            values.iter().for_each(|&v| out[v] = Headed::Values(i));
        }
        i = j.max(i + 1);
    }
    out
}

fn key_value_rows(rows: &[Vec<String>], indented: &[bool]) -> Vec<bool> {
    const MIN_RUN: usize = 3;
    let candidate: Vec<bool> = rows
        .iter()
        .map(|cells| {
            let label = |c: &String| reads_as_label(c) && label_prefix(c).is_none();
            // A grid of two pairs a row: "Aanmelding | 15/08/2026 | Verwijzing | eigen initiatief".
            match cells.len() {
                2 => label(&cells[0]),
                4 => label(&cells[0]) && label(&cells[2]),
                _ => false,
            }
        })
        .collect();
    // Blank lines between the rows, and values wrapped onto an indented line, do not break the
    // table.
    let mut out = vec![false; rows.len()];
    let mut run: Vec<usize> = Vec::new();
    for (i, cells) in rows.iter().enumerate() {
        let wrapped = indented.get(i).copied().unwrap_or(false) && cells.len() == 1;
        if candidate[i] {
            run.push(i);
        } else if !cells.is_empty() && !wrapped {
            if run.len() >= MIN_RUN {
                run.iter().for_each(|&r| out[r] = true);
            }
            run.clear();
        }
    }
    if run.len() >= MIN_RUN {
        run.iter().for_each(|&r| out[r] = true);
    }
    out
}

/// A cell that names a field: a few words, no digits, no sentence, and only its first word
/// capitalised ("Date of first consultation", "Treating physician"), unlike names and addresses.
fn reads_as_label(cell: &str) -> bool {
    // A label in two languages is two labels: "Data de naixement / Date of birth".
    // So is a label with its alternative: "Name of hospital / clinic where you were treated".
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    !cell.chars().any(|c| c.is_ascii_digit())
        && !cell.ends_with(['.', '!', '?'])
        && cell.starts_with(char::is_uppercase)
        && cell.split(" / ").all(|label| {
            let words: Vec<&str> = label.split_whitespace().collect();
            label.chars().count() <= 40
                && (1..=5).contains(&words.len())
                && !words.iter().skip(1).any(capitalised)
        })
}

/// A cell that starts with a known label and then its value, set apart only by a small gap
/// ("Relevante voorgeschiedenis DM type 2 (2014)"): the label gets its colon. The value must start
/// with a capital or a digit, so a sentence that opens with a label word stays a sentence.
fn with_known_label(cell: &str, rules: &Rules) -> String {
    if label_prefix(cell).is_some() || !cell.starts_with(char::is_uppercase) {
        return cell.to_string();
    }
    let words: Vec<&str> = cell.split_whitespace().collect();
    for n in (1..=words.len().saturating_sub(1).min(4)).rev() {
        let label = words[..n].join(" ");
        let value_starts = words[n].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if value_starts && rules.is_kind_label(&fold(&label)) {
            return format!("{label}: {}", words[n..].join(" "));
        }
    }
    cell.to_string()
}

fn with_colon(label: &str) -> String {
    // A question is its own label: "Ooit geopereerd? Nee".
    if label.ends_with([':', '?']) {
        label.to_string()
    } else {
        format!("{label}:")
    }
}

/// A cell that is only a label: it ends with a colon and is short, or it is one of the checklist's
/// labels as a whole.
fn is_label_cell(cell: &str, rules: &Rules) -> bool {
    let words = cell.split_whitespace().count();
    if cell.ends_with(':') && (1..=5).contains(&words) && cell.chars().count() <= 40 {
        return true;
    }
    words <= 4 && rules.is_known_label(fold(cell).trim())
}

/// Lines that stand on several pages: running headers and footers. A line twice on one page is
/// a table's repeated cell ("MRSA NOT isolated" under each swab), not a header, so pages count,
/// not lines; a text without pages has no running headers.
fn repeated_lines(text: &str) -> std::collections::HashSet<String> {
    if !text.contains('\u{c}') {
        return std::collections::HashSet::new();
    }
    let mut pages_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in text.split('\u{c}') {
        let mut on_page = std::collections::HashSet::new();
        for raw in page.lines() {
            let cells: Vec<String> = raw
                .split('\t')
                .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|c| c.chars().count() >= 6 && c.chars().any(char::is_alphabetic))
                .collect();
            if cells.len() > 1 {
                on_page.insert(cells.join(" "));
            }
            on_page.extend(cells);
        }
        for line in on_page {
            *pages_of.entry(line).or_default() += 1;
        }
    }
    pages_of
        .into_iter()
        .filter(|(_, pages)| *pages >= 2)
        .map(|(line, _)| line)
        .collect()
}

/// Assigns each line its zone, top to bottom, and returns where the content starts.
fn assign_zones(
    lines: &mut [Line],
    repeated: &std::collections::HashSet<String>,
    rules: &Rules,
) -> usize {
    let zones = &rules.zones;
    let content_start = lines
        .iter()
        .position(|l| starts_content(l, rules))
        .unwrap_or(lines.len())
        .min(zones.letterhead_lines);
    let mut address_left = 0usize;
    let mut in_signature = 0usize;
    let mut text = TextSoFar::default();
    for (i, line) in lines.iter_mut().enumerate() {
        if line.text.is_empty() {
            address_left = 0;
            continue;
        }
        let starts_with = |set: &crate::text::CueSet| set.matches_at_start(&line.folded);
        let words = line.text.split_whitespace().count();
        line.zone = if repeated.contains(&line.text) {
            Zone::Repeated
        } else if starts_with(&zones.addressee_labels)
            || (i < content_start && starts_with(&zones.address_forms))
        {
            address_left = 4;
            Zone::Addressee
        } else if address_left > 0
            && i < content_start
            && is_address_line(line, words)
            && !rules.is_known_label(&line.folded)
        {
            address_left -= 1;
            if ends_address(&line.text) {
                address_left = 0;
            }
            Zone::Addressee
        } else if starts_with(&zones.closings) {
            in_signature = SIGNATURE_LINES;
            Zone::Signature
        } else if in_signature > 0
            && (words <= SHORT_WORDS || signs_below_closing(&line.text, in_signature, words))
            && line.label_len.is_none()
        {
            in_signature -= 1;
            Zone::Signature
        } else {
            text.zone_of(line, i, words, content_start, rules)
        };
        text.read(line, rules);
        if line.zone != Zone::Addressee && !matches!(line.zone, Zone::Letterhead) {
            address_left = address_left.saturating_sub(1);
        }
        // A labelled field ends an address: "Aanvrager: dr. M. Hoek" / "Datum: 18-11-2026" /
        // "MRI rechterpols" is a block of fields with the exam under it, not an address.
        if line.zone == Zone::Field {
            address_left = 0;
        }
        if line.zone != Zone::Signature && in_signature > 0 && words > SHORT_WORDS {
            in_signature = 0;
        }
    }
    labelled_titles_amid_fields(lines, rules);
    addressed_above_attention(lines, rules);
    second_address_block(lines, content_start);
    if !lines.iter().any(|l| l.zone == Zone::Signature) {
        signature_without_closing(lines, &rules.surname_particles);
    }
    footer_below_signature(lines);
    content_start
}

/// The letter paper's footer under the signature: a line of the sender's name, address and
/// numbers set apart by dots or bars ("AZ Vijverhof · Vijverhofstraat 24 · 9000 Gent · T +32 9
/// 210 40 00"). It tells who wrote, as the letterhead does, and says nothing of the patient.
fn footer_below_signature(lines: &mut [Line]) {
    let Some(signed) = lines.iter().rposition(|l| l.zone == Zone::Signature) else {
        return;
    };
    for line in &mut lines[signed + 1..] {
        let parts = line
            .text
            .split(['\u{00b7}', '|', '\u{2022}'])
            .filter(|p| !p.trim().is_empty())
            .count();
        if line.zone == Zone::Body
            && parts >= FOOTER_PARTS
            && line.text.chars().any(|c| c.is_ascii_digit())
        {
            line.zone = Zone::Letterhead;
        }
    }
}

/// How many parts, set apart by dots or bars, a footer line of a sender's address has at least.
const FOOTER_PARTS: usize = 3;

/// How far a document's own text has got. A title names the document above its text: once
/// running prose or a salutation has begun, a short line holding a title word is a heading or
/// the end of a sentence, not the document's title ("Beste Rob, / Dank voor je consultaanvraag
/// van 12 augustus.").
#[derive(Default)]
struct TextSoFar {
    prose_seen: bool,
    saluted: bool,
    /// A title has been given and labelled fields have followed it: the document's head is over,
    /// and a line naming a document is a section of it ("INDICATIE MRSA-SCREENING" on a request
    /// form).
    fields_after_title: bool,
    titled: bool,
}

impl TextSoFar {
    /// The zone of a line that is no address, signature or repeated line.
    fn zone_of(
        &self,
        line: &Line,
        i: usize,
        words: usize,
        content_start: usize,
        rules: &Rules,
    ) -> Zone {
        let zones = &rules.zones;
        if zones.subject_labels.matches_at_start(&line.folded) && line.label_len.is_some() {
            Zone::Subject
        } else if i < zones.title_lines
            && !self.prose_seen
            && !self.fields_after_title
            && names_document(line, words, rules)
        {
            Zone::Title
        } else if self.saluted && names_section(line, words, rules) {
            Zone::Heading
        } else if line.label_len.is_some() {
            Zone::Field
        } else if i < content_start {
            Zone::Letterhead
        } else if is_heading(&line.text) {
            Zone::Heading
        } else {
            Zone::Body
        }
    }

    /// Notes what a line just zoned says about where the text is.
    fn read(&mut self, line: &Line, rules: &Rules) {
        self.fields_after_title |= self.titled && line.zone == Zone::Field;
        self.titled |= line.zone == Zone::Title;
        if line.zone != Zone::Body {
            return;
        }
        self.saluted |= rules.zones.salutations.matches_at_start(&line.folded);
        self.prose_seen |= self.saluted || is_prose(&line.text);
    }
}

/// The first line under a closing names the signer, with their function on the same line however
/// long ("Dr. H.J. van der Meulen, plastic and hand surgeon"), unless it is a sentence.
fn signs_below_closing(text: &str, in_signature: usize, words: usize) -> bool {
    in_signature == SIGNATURE_LINES && words <= 2 * SHORT_WORDS && !text.ends_with(['.', '!', '?'])
}

/// What a form's value cell left empty reads as: no letter or digit, so an empty value.
const EMPTY_VALUE: &str = "\u{2014}";

/// How many lines under a closing may still be the signature.
const SIGNATURE_LINES: usize = 6;

/// How many lines of a system's footer may stand below a one-line electronic sign-off.
const SIGN_OFF_FOOTER: usize = 2;

/// A short line of its own that ends no sentence: a section's heading. A list's item ("- 2023
/// appendectomy (Paris)", "• Mild asthma") is none.
fn is_heading(text: &str) -> bool {
    let words = without_qualifier(text).split_whitespace().count();
    !is_list_item(text) && (1..=HEADING_WORDS).contains(&words) && !text.ends_with(['.', ','])
}

/// A heading without its qualifier in brackets: "Recent treatment (last 12 months)" is named
/// "Recent treatment".
fn without_qualifier(text: &str) -> &str {
    match text.rfind(" (") {
        Some(open) if text.ends_with(')') => &text[..open],
        _ => text,
    }
}

/// A list's item: "- 2023 appendectomy (Paris)", "• Mild asthma".
fn is_list_item(text: &str) -> bool {
    text.starts_with(['-', '\u{2022}', '*', '\u{2013}', '\u{25aa}', '\u{00b7}'])
}

/// Below a letter's salutation a line naming a document is a section's heading, longer than most
/// ("Reason for referral and question"), but no sentence ("Dank voor je consultaanvraag van 12
/// augustus. Je schreef:").
fn names_section(line: &Line, words: usize, rules: &Rules) -> bool {
    words <= 2 * HEADING_WORDS
        && line.label_len.is_none()
        && !line.text.ends_with(['.', ',', ':', ';'])
        && names_document(line, words, rules)
}

/// The most words a section's heading has.
const HEADING_WORDS: usize = 4;

/// A report signed without a closing formula ("Aoife Brennan" / "Senior Occupational Therapist")
/// ends in a short block set apart by a blank line: a person's name and the lines under it. Only
/// a block that opens with a name is taken: a form or a lab sheet ends in short lines too.
fn signature_without_closing(lines: &mut [Line], particles: &[String]) {
    let is_rule = |l: &Line| !l.text.chars().any(char::is_alphanumeric);
    // A page's footer ("Befund elektronisch freigegeben · Seite 1/1") closes the page below the
    // signature.
    let end = lines
        .iter()
        .rposition(|l| {
            l.zone != Zone::Repeated
                && !l.text.is_empty()
                && !is_rule(l)
                && !crate::words::numbers_a_page(&l.text)
        })
        .map_or(0, |e| e + 1);
    // A heading over a list ("RECENTE BEHANDELINGEN" / "- 04-2026 brace") ends a text in short
    // lines too, but a signature holds no list.
    let fits = |block: &[Line]| {
        let Some(first) = block.first() else {
            return false;
        };
        // "R.L. de Bruijn, radioloog - 22-10-2026 16:07": an electronic sign-off puts the role
        // (and the time) after the name on its line, and such a line alone signs the text.
        // "VAN DER LINDEN, EVA MRN ..." in capitals, surname first, is how a system prints the
        // patient, not how a doctor signs.
        let (name, role) = match first.text.split_once(',') {
            Some((name, role)) if name.chars().any(char::is_lowercase) => (name, role),
            _ => (first.text.as_str(), ""),
        };
        let fewest = if role.trim().is_empty() { 2 } else { 1 };
        (fewest..=4).contains(&block.len())
            && block.iter().all(|l| {
                l.label_len.is_none()
                    && !is_list_item(&l.text)
                    && l.text.split_whitespace().count() <= SHORT_WORDS
                    && !l.text.ends_with(['.', '?', '!', ':'])
                    && !is_prose(&l.text)
            })
            && is_person_name(name, particles)
    };
    // Set apart by a blank line; or, where the layout keeps no blank lines, right after the last
    // sentence of the text ("... in 10-14 Tagen empfohlen." / "Dr. med. H. Vogt" / "Facharzt").
    let after_blank = lines[..end]
        .iter()
        .rposition(|l| l.text.is_empty())
        .map_or(0, |s| s + 1);
    let ends_sentence = |l: &Line| l.text.ends_with('.') && is_prose(&l.text);
    // A sentence wrapped onto a last line of a word or two ends there too ("... kan echografie
    // worden" / "overwogen.").
    let wraps_up = |i: usize| {
        i > 0
            && lines[i].text.ends_with('.')
            && lines[i].text.split_whitespace().count() <= 2
            && lines[i].label_len.is_none()
            && !lines[i - 1].text.ends_with(['.', '?', '!', ':'])
            && is_prose(&lines[i - 1].text)
    };
    let after_sentence = (0..end)
        .rposition(|i| ends_sentence(&lines[i]) || wraps_up(i))
        .map_or(0, |s| s + 1);
    let start = [after_blank, after_sentence]
        .into_iter()
        .find(|&s| s > 0 && s < end && fits(&lines[s..end]));
    let (start, end) = match start {
        Some(start) => (Some(start), end),
        None => {
            let sign_off = sign_off_above_footer(lines, end, &fits, &ends_sentence);
            (sign_off, sign_off.map_or(end, |s| s + 1))
        }
    };
    if let Some(start) = start {
        for line in &mut lines[start..end] {
            if matches!(line.zone, Zone::Body | Zone::Heading) {
                line.zone = Zone::Signature;
            }
        }
    }
}

/// An electronic sign-off may stand above the system's one-line statement that it was signed
/// ("dr. R.J. Wiersma, radioloog" / "Dit verslag is elektronisch geautoriseerd."): below the
/// text's sentences ("Krankenhaus Lindenhof, Abteilung Handchirurgie" under the salutation is no
/// one), a "name, role" line that `fits` a signature signs the text alone. Its index, among the
/// lines just above `end`.
fn sign_off_above_footer(
    lines: &[Line],
    end: usize,
    fits: &impl Fn(&[Line]) -> bool,
    ends_sentence: &impl Fn(&Line) -> bool,
) -> Option<usize> {
    let signs_off = |s: usize| {
        lines[s].text.contains(',')
            && fits(&lines[s..=s])
            && lines[..s].iter().any(ends_sentence)
            // A footer states; fields below the line ("Signature of patient:") make it one of
            // the form's names.
            && lines[s + 1..end].iter().all(|l| l.label_len.is_none())
    };
    (end.saturating_sub(SIGN_OFF_FOOTER + 1)..end.saturating_sub(1))
        .rev()
        .find(|&s| signs_off(s))
}

/// A name as signed: two to five words, each capitalised, a surname particle (`[context]
/// surname_particles`: "van", "de", "von") or an abbreviated title or initial ("dr.", "A.").
fn is_person_name(text: &str, particles: &[String]) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    (2..=5).contains(&words.len())
        && capitalised >= 2
        && words.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && (w.starts_with(char::is_uppercase)
                    || particles.iter().any(|p| p == w)
                    || w.ends_with('.'))
        })
}

/// A block of address lines below the sender's letterhead and address, ending in a postcode line, is
/// the addressee's address even without a label: letters put the sender first ("Huisartsenpraktijk De
/// Bloemerd ..." / "Datum: ..." / "Polikliniek Handchirurgie / Alrijne Ziekenhuis / Simon Smitweg 1 /
/// 2353 GA Leiderdorp").
fn second_address_block(lines: &mut [Line], content_start: usize) {
    let top = content_start.min(lines.len());
    let mut blocks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < top {
        if lines[i].zone != Zone::Letterhead {
            i += 1;
            continue;
        }
        let start = i;
        while i < top && lines[i].zone == Zone::Letterhead {
            i += 1;
        }
        blocks.push(start..i);
    }
    // Only once the sender's own address is complete: a letterhead may continue below a field
    // ("UCHealth ..." / "Accession: ..." / "Department of Radiology" / "12605 E 16th Ave, CO 80045").
    let Some(first_address) = blocks
        .iter()
        .position(|b| lines[b.clone()].iter().any(|l| ends_address(&l.text)))
    else {
        return;
    };
    for block in blocks.iter().skip(first_address + 1) {
        let address = (2..=6).contains(&block.len())
            && lines[block.clone()]
                .iter()
                .all(|l| is_address_line(l, l.text.split_whitespace().count()))
            && ends_address(&lines[block.end - 1].text);
        if address {
            for line in &mut lines[block.clone()] {
                line.zone = Zone::Addressee;
            }
            return;
        }
    }
}

/// "Handkliniek" / "t.a.v. second opinion spreekuur": an attention line follows the name of the
/// organisation it is addressed to, which the walk down took for the letterhead.
fn addressed_above_attention(lines: &mut [Line], rules: &Rules) {
    for i in 1..lines.len() {
        let above = &lines[i - 1];
        if rules
            .zones
            .attention_labels
            .matches_at_start(&lines[i].folded)
            && above.zone == Zone::Letterhead
            && above.text.split_whitespace().count() <= SHORT_WORDS
            && !above.text.chars().any(|c| c.is_ascii_digit())
        {
            lines[i - 1].zone = Zone::Addressee;
        }
    }
}

/// A short line holding a kind's title, or a label that does ("PROFESSIONELE SAMENVATTING
/// afgedrukt: 07-10-2026").
fn names_document(line: &Line, words: usize, rules: &Rules) -> bool {
    // A line that starts in lower case carries on a sentence; one that ends with a full stop
    // ends one; one in brackets is an aside ("(Operationsbericht folgt).", under a wrapped field);
    // a question asks, answered or not ("1. Heeft u een verwijzing? Ja"); one that opens with a
    // date is an entry of a list ("11-09-2024 Chirurgie - poliklinische brief").
    let sentence = line.text.starts_with(char::is_lowercase)
        || line.text.starts_with(['(', '['])
        || line.text.contains('?')
        || (words >= 3 && line.text.ends_with('.'))
        || crate::dates::opens_with_date(&line.folded);
    if sentence {
        return false;
    }
    // A title may carry its date ("Verslag van de operatie op woensdag 14 mei 2025").
    let words = words
        - line
            .text
            .split_whitespace()
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .count();
    match line.label() {
        // "Centrum Medische Beeldvorming Gooi" names who sends it, not what it is.
        None => {
            words <= SHORT_WORDS
                && rules.has_title(&line.folded)
                && !names_sender(&line.folded, rules)
        }
        // The label must start with the title: "Uw verwijzing d.d.:" refers to another letter.
        // A form's question answered yes or no ("Verwijzing aanwezig: ja, van huisarts") asks
        // about another document.
        Some(label) => {
            let answer = line.folded.get(line.label_len.unwrap_or(0)..).unwrap_or("");
            !crate::words::opens_with_yes_or_no(answer) && rules.kind_titles.matches_at_start(label)
        }
    }
}

/// A title alone as the label of a field between other fields ("Aanmelding: 15/08/2026 |
/// Verwijzing: eigen initiatief | Triage: geel") asks about that document; it does not name this
/// one. "Überweisung an: Handchirurgie" on a referral form still does.
fn labelled_titles_amid_fields(lines: &mut [Line], rules: &Rules) {
    let field = |l: Option<&Line>| l.is_some_and(|l| l.zone == Zone::Field);
    let title_alone = |l: &Line| {
        l.label()
            .is_some_and(|label| rules.is_kind_title(label.trim_end_matches(':').trim()))
    };
    for i in 1..lines.len().saturating_sub(1) {
        if lines[i].zone == Zone::Title
            && title_alone(&lines[i])
            && field(lines.get(i - 1))
            && field(lines.get(i + 1))
        {
            lines[i].zone = Zone::Field;
        }
    }
}

/// Whether a line is the sender's name: an institution and its department ("Meerzicht Ziekenhuis -
/// Medische Beeldvorming", "Centrum Medische Beeldvorming Gooi"), every title word in it an
/// author's word.
pub fn names_sender(folded: &str, rules: &Rules) -> bool {
    let authors = rules.author_cues.find_all(folded);
    let institution = !rules.care_places.find_all(folded).is_empty()
        || folded
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| rules.name_heads.iter().any(|h| h == w));
    institution
        && rules
            .kind_titles
            .find_all(folded)
            .iter()
            .all(|t| authors.iter().any(|a| a.start <= t.start && t.end <= a.end))
}

/// The first line that is no longer letterhead: a subject line, a kind's form label, a salutation,
/// or a sentence.
fn starts_content(line: &Line, rules: &Rules) -> bool {
    if line.text.is_empty() {
        return false;
    }
    let starts_with = |set: &crate::text::CueSet| set.matches_at_start(&line.folded);
    // A title does not end the letterhead: forms print it above the sender block.
    starts_with(&rules.zones.subject_labels)
        || starts_with(&rules.zones.salutations)
        || rules.is_kind_label(line.label().unwrap_or(""))
        // A section heading of a form or printout ("== Episodes ==", "ACTIVE PROBLEMS").
        || names_kind_section(&line.folded, rules)
        || (line.label_len.is_none() && is_prose(&line.text))
}

/// Whether a folded line is a kind's section heading: "== Episodes ==", and also with a qualifier
/// in brackets or beside another heading ("ANTECEDENTEN (MEDISCH / HEELKUNDIG)", "ALLERGIEËN /
/// INTOLERANTIES").
fn names_kind_section(folded: &str, rules: &Rules) -> bool {
    fn bare(s: &str) -> &str {
        s.trim_matches(|c: char| !c.is_alphanumeric()).trim()
    }
    rules.is_kind_label(bare(folded))
        || without_qualifier(folded.trim())
            .split(" / ")
            .any(|part| rules.is_kind_label(bare(part)))
}

/// Running text, not a name or address line: enough words, several of them in lower case
/// (names, institutions and addresses are written with capitals, in German too).
fn is_prose(text: &str) -> bool {
    // Only words count: "Gezondheidscentrum X - huisartsen - fysiotherapie - apotheek" is a
    // letterhead line, its dashes no words.
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let lower = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    (words >= 8 && lower >= 3) || (words >= 4 && lower >= 2 && text.ends_with(['.', '?', '!']))
}

/// A line of an address block: short, no sentence, no label of its own, no date.
fn is_address_line(line: &Line, words: usize) -> bool {
    words <= 7
        && line.label_len.is_none()
        && !line.text.ends_with('.')
        && crate::dates::find_dates(&line.text).is_empty()
}

/// A postcode line ("2000 AB Haarlem", "8500 Kortrijk", "80331 München") ends an address block.
fn ends_address(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let digits = first.chars().filter(char::is_ascii_digit).count();
    (4..=5).contains(&digits) && first.chars().all(|c| c.is_ascii_digit() || c == '-')
        || text
            .split_whitespace()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Checklist;

    fn zoned(text: &str) -> Vec<(Zone, String)> {
        let c = Checklist::builtin().expect("built-in checklist").compile();
        Layout::of(text, &c)
            .lines
            .into_iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| (l.zone, l.text))
            .collect()
    }

    #[test]
    fn the_signer_under_a_closing_may_name_a_long_function_on_the_same_line() {
        let z = zoned("Geachte collega,\nIk zag uw patiënte op het spreekuur.\nMet collegiale groet,\nDrs. A.B.C. van den Test-Voorbeeld, AIOS plastische chirurgie en handchirurgie\nZiekenhuis Test\n");
        let signer = z
            .iter()
            .find(|(_, t)| t.starts_with("Drs."))
            .expect("signer line");
        assert_eq!(signer.0, Zone::Signature);
        // A sentence under the closing (a postscript) is no signature.
        let z = zoned("Geachte collega,\nIk zag uw patiënte.\nMet vriendelijke groet,\nP.S. De foto's van de pols uit het ziekenhuis in Gent stuur ik u later nog na.\n");
        let ps = z
            .iter()
            .find(|(_, t)| t.starts_with("P.S."))
            .expect("postscript");
        assert_ne!(ps.0, Zone::Signature);
    }

    #[test]
    fn a_key_value_table_without_colons_is_read_as_fields() {
        let lines = zoned(
            "Reisverzekering Noord\n\nCause\tFall from a scooter\nTreatment given\tClosed reduction, splint\nSurgery\tNo\nHospital admission\tNo (emergency department only)\n",
        );
        assert!(
            lines.contains(&(Zone::Field, "Surgery: No".to_string())),
            "{lines:?}"
        );
        assert!(lines.contains(&(Zone::Field, "Cause: Fall from a scooter".to_string())));
    }

    #[test]
    fn a_record_table_reads_each_value_with_its_column_name() {
        let lines = zoned(
            "Microbiology report\nPatient\tHospital no\tDOB\tWard\nTEST, Anna\tK0001\t02/03/1951\tOrchid\n",
        );
        assert!(
            lines.contains(&(Zone::Field, "DOB: 02/03/1951".to_string())),
            "{lines:?}"
        );
        // Several rows are a list: their dates stay entries, not the document's fields.
        let list = zoned(
            "Datum\tTijd\tAfspraak\n12-11-2026\t09:40\tScreening\n26-11-2026\t07:30\tOpname\n",
        );
        assert!(
            !list.iter().any(|(_, l)| l.starts_with("Datum: 12")),
            "{list:?}"
        );
    }

    #[test]
    fn the_organisation_above_an_attention_line_is_addressed() {
        let lines = zoned(
            "Huisartsenpraktijk Kralingen-West\nOudedijk 55, 3061 AE Rotterdam\nHandkliniek\nt.a.v. second opinion spreekuur\nRotterdam, 4 november 2026\nGeachte collega,\n",
        );
        assert!(
            lines.contains(&(Zone::Addressee, "Handkliniek".to_string())),
            "{lines:?}"
        );
        // The sender's address line (with digits) stays the letterhead.
        assert!(lines.contains(&(
            Zone::Letterhead,
            "Oudedijk 55, 3061 AE Rotterdam".to_string()
        )));
    }

    #[test]
    fn a_line_twice_on_one_page_is_no_running_header() {
        let page = "Result\nNose swab\nMRSA screen (culture)\nMRSA NOT isolated\nGroin swab\nMRSA screen (culture)\nMRSA NOT isolated\n";
        assert!(!zoned(page).iter().any(|(z, _)| *z == Zone::Repeated));
        let pages = "Ziekenhuis Test - Afdeling Chirurgie\nGeachte collega,\n\u{c}\nZiekenhuis Test - Afdeling Chirurgie\nMet vriendelijke groet,\n";
        assert!(zoned(pages).iter().any(|(z, _)| *z == Zone::Repeated));
    }

    #[test]
    fn a_known_label_set_apart_by_a_small_gap_is_a_field() {
        let lines = zoned(
            "Geachte collega,\nRelevante voorgeschiedenis DM type 2 (2014); hypertensie\nAnamnese werd afgenomen bij patiënte zelf.\n",
        );
        assert!(
            lines.contains(&(
                Zone::Field,
                "Relevante voorgeschiedenis: DM type 2 (2014); hypertensie".to_string()
            )),
            "{lines:?}"
        );
        assert!(lines
            .iter()
            .any(|(_, t)| t == "Anamnese werd afgenomen bij patiënte zelf."));
    }

    #[test]
    fn a_two_column_letterhead_is_no_key_value_table() {
        let lines = zoned(
            "OLVG\tDr. E. Bos\nOosterpark 9\tWeesperzijde 4\n1091 AC Amsterdam\t1091 EA Amsterdam\n\nGeachte collega,\n",
        );
        assert!(lines.iter().all(|(_, t)| !t.contains(':')), "{lines:?}");
    }

    #[test]
    fn an_address_block_below_the_senders_address_is_the_addressee() {
        let lines = zoned(
            "Huisartsenpraktijk De Linde - Dorpsstraat 8 - 2351 AK Leiderdorp\n\nDatum: 2 maart 2026\nPolikliniek Handchirurgie\nZiekenhuis Rijnland\nSimon Smitweg 1\n2353 GA Leiderdorp\nBetreft: samenvatting\n\nGeachte collega,\n",
        );
        let zone = |text: &str| lines.iter().find(|(_, t)| t == text).map(|(z, _)| *z);
        assert_eq!(
            zone("Ziekenhuis Rijnland"),
            Some(Zone::Addressee),
            "{lines:?}"
        );
        assert_eq!(
            zone("2353 GA Leiderdorp"),
            Some(Zone::Addressee),
            "{lines:?}"
        );
        assert_eq!(
            zone("Huisartsenpraktijk De Linde - Dorpsstraat 8 - 2351 AK Leiderdorp"),
            Some(Zone::Letterhead)
        );
    }

    #[test]
    fn a_letterhead_continued_below_a_field_stays_the_senders() {
        // The sender's address is not complete above the field: the block below is still its own.
        let lines = zoned(
            "University Hospital\nReport status: FINAL\nDepartment of Radiology\n12605 E 16th Ave, Aurora, CO 80045\nPatient: Test, Anna\n\nHISTORY: wrist pain.\n",
        );
        let zone = |text: &str| lines.iter().find(|(_, t)| t == text).map(|(z, _)| *z);
        assert_eq!(
            zone("Department of Radiology"),
            Some(Zone::Letterhead),
            "{lines:?}"
        );
    }

    #[test]
    fn a_label_cell_wrapped_onto_the_next_line_is_whole_again() {
        let lines =
            zoned("Hosp No\tS4477102\tDate of\t07/03/2024\n\toperation\nSurgeon\tMr A. Test\n");
        let texts: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
        assert!(
            texts.contains(&"Date of operation: 07/03/2024"),
            "{texts:?}"
        );
        assert!(!texts.contains(&"operation"), "{texts:?}");
        // A piece that makes no label with the cells above stays a line of its own.
        let lines = zoned("Hosp No\tS4477102\tWard\t7\n\tcardiology\n");
        let texts: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
        assert!(texts.contains(&"cardiology"), "{texts:?}");
    }

    #[test]
    fn a_label_cell_wrapped_beside_its_values_second_line_is_whole_again() {
        let text = "Naam\tmevr. T. Proef\nVerwijzer\tdokter Pieters\nReden van verwijzing\tDuimbasispijn\n\
                    Relevante\t2012 sectio caesarea\nvoorgeschiedenis\t2020 artrose knie\n\
                    Recente\t05-2026 brace duim links\nbehandelingen\t07-2026 injectie CMC-1\n";
        let lines = zoned(text);
        let texts: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Relevante voorgeschiedenis: 2012")),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Recente behandelingen: 05-2026")),
            "{texts:?}"
        );
        assert!(
            !texts.iter().any(|t| t.starts_with("behandelingen")),
            "{texts:?}"
        );
        // Two labels of their own on two rows stay two.
        let lines = zoned("Naam\tmevr. T. Proef\nVerwijzer\tdokter Pieters\nSpecialisme\tHandchirurgie\nUrgentie\tregulier\n");
        let texts: Vec<&str> = lines.iter().map(|(_, t)| t.as_str()).collect();
        assert!(texts.contains(&"Urgentie: regulier"), "{texts:?}");
    }
}
