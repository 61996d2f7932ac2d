//! Text from outside shown safely to people. File and folder names, DICOM patient and study fields,
//! quotes from letters and command-line values can hold control characters and Unicode bidi
//! controls: raw on a terminal, or in a text a clerk pastes, an ESC sequence can clear the screen, a
//! CR or LF can print a forged "Resultaat: COMPLEET" line, and U+202E can make `fdp.exe` read as
//! `exe.pdf`. Every human-readable renderer passes such text through [`visible`] where it enters;
//! JSON keeps it exact (scripts need the real name to find the file).

use std::borrow::Cow;
use std::fmt::Write;

/// `text` with everything that could act on a terminal or reorder the line replaced by a visible
/// escape in Rust's notation (`\u{1b}` for ESC, `\u{a}` for LF, `\u{202e}` for RIGHT-TO-LEFT
/// OVERRIDE): C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). The escape names the exact
/// character, so the desk can tell the sender what is wrong with a name, and it is plain ASCII, so
/// it survives `--ascii`, e-mail and HTML. A tab, which the readers use between the columns of a
/// letter's line, becomes a space: it cannot move to another line. Clean text is not copied.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\t' || is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c == '\t' {
            out.push(' ');
        } else if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Each line of a message that is several lines by design (a checklist's list of errors), made
/// visible on its own.
pub fn visible_lines(text: &str) -> String {
    text.lines().map(visible).collect::<Vec<_>>().join("\n")
}

/// Characters that must not reach a person raw.
fn is_unsafe(c: char) -> bool {
    // `is_control` is Unicode's Cc: U+0000–U+001F, U+007F and the C1 range U+0080–U+009F.
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_become_visible() {
        assert_eq!(
            visible("a\u{1b}[2J\r\nResultaat: COMPLEET\u{202e}fdp.exe"),
            "a\\u{1b}[2J\\u{d}\\u{a}Resultaat: COMPLEET\\u{202e}fdp.exe"
        );
        assert_eq!(
            visible("\u{9b}31m\u{7f}\u{2066}x\u{2069}"),
            "\\u{9b}31m\\u{7f}\\u{2066}x\\u{2069}"
        );
        assert_eq!(visible("Naam\tJansen"), "Naam Jansen");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(visible("röntgen pols (één) ✓"), Cow::Borrowed(_)));
        assert_eq!(visible_lines("a\u{1b}\nb"), "a\\u{1b}\nb");
    }
}
