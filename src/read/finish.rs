//! Whether a document's extracted text counts as read (enough letters), and the one shape of text
//! every reader hands on: no line longer than [`crate::limits::MAX_LINE_BYTES`].

use super::model::ReadDoc;
use super::problem::{Problem, ProblemCode};

/// Letters a document's text must hold to count as read: fewer is a scan, a blank page or noise.
pub(super) const MIN_TEXT_LETTERS: usize = 20;

/// The letters in a text, what decides whether it was read at all.
pub(super) fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// Decides readability of a text document from its extracted text.
pub(super) fn finish_text(
    doc: &mut ReadDoc,
    text: String,
    empty_code: ProblemCode,
    empty_message: &str,
) {
    let text = break_long_lines(text, crate::limits::MAX_LINE_BYTES);
    if letters(&text) < MIN_TEXT_LETTERS {
        doc.problems.push(Problem::new(empty_code, empty_message));
    } else {
        doc.readable = true;
        doc.text = Some(text);
    }
}

/// Breaks every line longer than `max` bytes into lines of at most `max`, at the last space before
/// the limit when there is one. Text without such lines is returned as it was.
fn break_long_lines(text: String, max: usize) -> String {
    if text.split('\n').all(|line| line.len() <= max) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / max.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut rest = line;
        while rest.len() > max {
            let (head, tail) = rest.split_at(line_break_at(rest, max));
            out.push_str(head.trim_end());
            out.push('\n');
            rest = tail.trim_start();
        }
        out.push_str(rest);
    }
    out
}

/// Where to break `line` (longer than `max`): after the last space within `max` bytes, else at the
/// last character boundary within them.
fn line_break_at(line: &str, max: usize) -> usize {
    let mut end = max.max(1);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    match line[..end].rfind(' ') {
        Some(space) if space > 0 => space + 1,
        _ => end.max(line.chars().next().map_or(1, char::len_utf8)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_broken_at_spaces_and_short_ones_kept() {
        assert_eq!(
            break_long_lines("kort\nook kort".into(), 10),
            "kort\nook kort"
        );
        assert_eq!(
            break_long_lines("een twee drie vier\nvijf".into(), 10),
            "een twee\ndrie vier\nvijf"
        );
        assert_eq!(break_long_lines("ééééé".into(), 3), "é\né\né\né\né");
        let broken = break_long_lines("abcdefghij".into(), 4);
        assert_eq!(broken, "abcd\nefgh\nij");
    }
}
