//! A self-contained HTML page for the desk: an overview of one or more dossiers and the detail of
//! each, with inline styles, no scripts and no external assets, so it opens from a file anywhere.

use std::fmt::Write;

use super::{messages, phrases, Report};
use crate::evaluate::Status;
use crate::report::outcome::Outcome;

/// Escapes text for HTML element content and attribute values, after making control and bidi
/// characters visible (every text on the page passes here).
fn esc(s: &str) -> String {
    let s = super::escape::visible(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1d1d1f;max-width:72rem}\
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #ccc;padding-bottom:.3rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #e3e3e3;vertical-align:top}\
th{background:#f4f4f6;font-weight:600}.met{color:#137333}.missing,.outdated{color:#b3261e}.needs-review{color:#8a5a00}.needs-review td.mark{outline:2px dashed #8a5a00;outline-offset:-4px}.not-applicable{color:#777}\
.mark{font-weight:700;white-space:nowrap}.verdict{font-weight:700;padding:.5rem .8rem;border-radius:.3rem;display:inline-block;white-space:nowrap}\
.complete{background:#e6f4ea;color:#137333}.incomplete{background:#fce8e6;color:#b3261e}.needs-review.verdict{background:#fef7e0;border:2px dashed #8a5a00}.action{font-weight:700}pre{white-space:pre-wrap;background:#f8f8fa;padding:.6rem;border-radius:.3rem}.error{background:#fef7e0;color:#8a5a00}\
q{color:#555;font-style:italic}.warning{color:#8a5a00}ul{margin:.3rem 0}small{color:#666}";

/// Renders one page for all outcomes (one dossier or a batch).
pub fn render(outcomes: &[Outcome], lang: &str) -> String {
    let en = lang == "en";
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        messages::ui("dossier-check", en)
    );
    let _ = writeln!(out, "<h1>{}</h1>", messages::ui("dossier-check", en));

    let _ = writeln!(
        out,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        messages::ui("dossier-2", en),
        messages::ui("result", en),
        messages::ui("open-items", en)
    );
    let names = super::text::short_names(outcomes);
    for (i, (o, name)) in outcomes.iter().zip(&names).enumerate() {
        overview_row(&mut out, i, o, name, en);
    }
    let _ = writeln!(out, "</table>");

    for (i, (o, name)) in outcomes.iter().zip(&names).enumerate() {
        if let Outcome::Checked(r) = o {
            detail(&mut out, i, r, name, en);
        }
    }
    let _ = writeln!(out, "</body>\n</html>");
    out
}

/// A dossier's row of the overview: its name linking to its detail, its verdict, its open items.
fn overview_row(out: &mut String, i: usize, o: &Outcome, name: &str, en: bool) {
    match o {
        Outcome::Checked(r) => {
            let open: Vec<String> = phrases::open(r)
                .map(|q| {
                    let review = if q.status == Status::NeedsReview {
                        "?"
                    } else {
                        ""
                    };
                    format!(
                        "<span class=\"{}\">{}{review}</span>",
                        q.status.name(),
                        esc(&q.title)
                    )
                })
                .collect();
            let class = r.status.name();
            let (mark, verdict) = phrases::status_words(r.status, en);
            let _ = writeln!(
                out,
                "<tr><td><a href=\"#d{i}\">{}</a></td><td><span class=\"verdict {class}\">{mark} {verdict}</span></td><td>{}</td></tr>",
                esc(name),
                open.join(", ")
            );
        }
        Outcome::Failed { error, .. } => {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td><span class=\"verdict error\">! {}</span></td><td>{}</td></tr>",
                esc(name),
                messages::ui("error", en),
                esc(&error.to_string())
            );
        }
    }
}

/// A dossier's detail: who it is about, every requirement, the verdict, the images and warnings,
/// what to request and look at, and the message to the referrer.
fn detail(out: &mut String, i: usize, r: &Report, name: &str, en: bool) {
    let _ = writeln!(out, "<h2 id=\"d{i}\">{}</h2>", esc(name));
    write_heading(out, r, en);
    write_requirements(out, r, en);
    let _ = writeln!(
        out,
        "<p class=\"action verdict {}\">{}</p>",
        r.status.name(),
        esc(phrases::verdict_sentence(r))
    );
    write_media(out, r, en);
    if let Some(note) = phrases::disagreement(r, en) {
        let _ = writeln!(
            out,
            "<p class=\"warning\"><strong>{}</strong></p>",
            esc(&note)
        );
    }
    let warnings = r.warnings.iter().map(|w| {
        format!(
            "<li class=\"warning\" data-code=\"{}\">{}</li>",
            esc(w.code),
            esc(&w.message)
        )
    });
    write_list(out, messages::ui("note", en), warnings);
    write_to_do(out, r, en);
    if !r.complete {
        let _ = writeln!(
            out,
            "<details><summary>{}</summary><pre>{}</pre></details>",
            messages::ui("message-to-the-referrer", en),
            esc_lines(&super::letter::render(r, false))
        );
    }
}

/// What to request, what to request unless the files to look at hold it, and those files.
fn write_to_do(out: &mut String, r: &Report, en: bool) {
    let item = |(_, req): (_, &String)| format!("<li>{}</li>", esc(req));
    let requests = phrases::to_request(r).map(item);
    write_list(out, messages::ui("to-request", en), requests);
    let maybe = phrases::to_request_unless_in_files(r).map(item);
    write_list(
        out,
        messages::ui("to-request-unless-it-is-in-the-files-to-look-at", en),
        maybe,
    );
    let lang = if en { "en" } else { "nl" };
    let unreadable = phrases::to_look_at(r).map(|d| {
        let what = phrases::problem_phrases(&d.problems, lang);
        format!("<li>{}: {}</li>", esc(&d.path), esc(&what))
    });
    write_list(
        out,
        messages::ui("look-at-these-yourself-not-readable", en),
        unreadable,
    );
}

/// The checklist with its version and the day checked for; the patient, when the letters name
/// them.
fn write_heading(out: &mut String, r: &Report, en: bool) {
    let _ = writeln!(
        out,
        "<p><small>{}</small></p>",
        phrases::checklist_line(r, en, esc)
    );
    let Some(name) = &r.patient.name else {
        return;
    };
    let birth = r
        .patient
        .birth_date
        .map(|b| phrases::show_date(b, en))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<p>{} {}{}</p>",
        messages::ui("patient", en),
        esc(name),
        if birth.is_empty() {
            String::new()
        } else {
            format!(", {} {}", messages::ui("born", en), esc(&birth))
        }
    );
}

/// The table of requirements: mark and status in words, title, and why with the quotes behind it.
fn write_requirements(out: &mut String, r: &Report, en: bool) {
    let _ = writeln!(
        out,
        "<table><tr><th></th><th>{}</th><th>{}</th></tr>",
        messages::ui("item", en),
        messages::ui("why", en)
    );
    for q in &r.requirements {
        let mark = phrases::mark(q.status);
        let words = phrases::requirement_words(q.status, en);
        let quotes: Vec<String> = q
            .evidence
            .iter()
            .filter_map(|e| {
                e.quote.as_ref().map(|quote| {
                    format!("<br><small>{}: <q>{}</q></small>", esc(&e.path), esc(quote))
                })
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr class=\"{0}\"><td class=\"mark\">{mark} {words}</td><td>{1}</td><td>{2}{3}</td></tr>",
            q.status.name(),
            esc(&q.title),
            esc(&q.reason),
            quotes.join("")
        );
    }
    let _ = writeln!(out, "</table>");
}

/// Each medium with what is on it, and its newest studies.
fn write_media(out: &mut String, r: &Report, en: bool) {
    let lang = r.checklist.language.as_str();
    let media = r.media.iter().map(|m| {
        let mut item = format!("<li>{}", esc(&super::text::medium_line(m, lang)));
        if !m.studies.is_empty() {
            item.push_str("<ul>");
            for st in m.studies.iter().rev().take(super::text::MAX_STUDIES) {
                let _ = write!(item, "<li>{}</li>", esc(&super::text::study_line(st, en)));
            }
            item.push_str("</ul>");
        }
        item + "</li>"
    });
    write_list(out, messages::ui("images", en), media);
}

/// A bold heading and a list under it, one item (already markup) a line; nothing when there are
/// no items.
fn write_list(out: &mut String, heading: &str, items: impl Iterator<Item = String>) {
    let mut items = items.peekable();
    if items.peek().is_none() {
        return;
    }
    let _ = writeln!(out, "<p><strong>{heading}</strong></p><ul>");
    for item in items {
        let _ = writeln!(out, "{item}");
    }
    let _ = writeln!(out, "</ul>");
}

/// [`esc`] for a text of several lines: each line on its own, the line breaks kept.
fn esc_lines(s: &str) -> String {
    s.lines().map(esc).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<b>\"A&B\"</b>"),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }
}
