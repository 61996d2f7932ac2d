//! A self-contained HTML page for the desk: an overview of one or more dossiers and the detail of
//! each, with inline styles, no scripts and no external assets, so it opens from a file anywhere.

use std::fmt::Write;

use super::Report;
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
        super::messages::ui("dossier-check", en)
    );
    let _ = writeln!(out, "<h1>{}</h1>", super::messages::ui("dossier-check", en));

    let _ = writeln!(
        out,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        super::messages::ui("dossier-2", en),
        super::messages::ui("result", en),
        super::messages::ui("open-items", en)
    );
    let names = super::text::short_names(outcomes);
    for (i, (o, name)) in outcomes.iter().zip(&names).enumerate() {
        match o {
            Outcome::Checked(r) => {
                let open: Vec<String> = r
                    .requirements
                    .iter()
                    .filter(|q| !matches!(q.status, Status::Met | Status::NotApplicable))
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
                let (mark, verdict) = super::text::status_words(r.status, en);
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
                    super::messages::ui("error", en),
                    esc(&error.to_string())
                );
            }
        }
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

fn detail(out: &mut String, i: usize, r: &Report, name: &str, en: bool) {
    let _ = writeln!(out, "<h2 id=\"d{i}\">{}</h2>", esc(name));
    let _ = writeln!(
        out,
        "<p><small>{} {} ({} {}), {} {}</small></p>",
        super::messages::ui("checklist", en),
        esc(&r.checklist.name),
        super::messages::ui("version", en),
        esc(&r.checklist.version),
        super::messages::ui("as-of", en),
        esc(&super::phrases::show_date(&r.as_of, en))
    );
    if let Some(name) = &r.patient.name {
        let birth = r
            .patient
            .birth_date
            .as_deref()
            .map(|b| super::phrases::show_date(b, en))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<p>{} {}{}</p>",
            super::messages::ui("patient", en),
            esc(name),
            if birth.is_empty() {
                String::new()
            } else {
                format!(", {} {}", super::messages::ui("born", en), esc(&birth))
            }
        );
    }
    let _ = writeln!(
        out,
        "<table><tr><th></th><th>{}</th><th>{}</th></tr>",
        super::messages::ui("item", en),
        super::messages::ui("why", en)
    );
    for q in &r.requirements {
        let mark = match q.status {
            Status::Met => "✓",
            Status::Missing | Status::Outdated => "✗",
            Status::NeedsReview => "?",
            Status::NotApplicable => "–",
        };
        let words = super::text::requirement_words(q.status, en);
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
    let _ = writeln!(
        out,
        "<p class=\"action verdict {}\">{}</p>",
        r.status.name(),
        esc(super::text::verdict_sentence(r))
    );
    if !r.media.is_empty() {
        let lang = r.checklist.language.as_str();
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            super::messages::ui("images", en)
        );
        for m in &r.media {
            let _ = write!(out, "<li>{}", esc(&super::text::medium_line(m, lang)));
            if !m.studies.is_empty() {
                let _ = write!(out, "<ul>");
                for st in m.studies.iter().rev().take(5) {
                    let _ = write!(out, "<li>{}</li>", esc(&super::text::study_line(st, en)));
                }
                let _ = write!(out, "</ul>");
            }
            let _ = writeln!(out, "</li>");
        }
        let _ = writeln!(out, "</ul>");
    }
    if let Some(note) = super::phrases::disagreement(r, en) {
        let _ = writeln!(
            out,
            "<p class=\"warning\"><strong>{}</strong></p>",
            esc(&note)
        );
    }
    if !r.warnings.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            super::messages::ui("note", en)
        );
        for w in &r.warnings {
            let _ = writeln!(
                out,
                "<li class=\"warning\" data-code=\"{}\">{}</li>",
                esc(w.code),
                esc(&w.message)
            );
        }
        let _ = writeln!(out, "</ul>");
    }
    let requests: Vec<&String> = r
        .requirements
        .iter()
        .filter(|q| matches!(q.status, Status::Missing | Status::Outdated))
        .filter_map(|q| q.request.as_ref())
        .collect();
    if !requests.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            super::messages::ui("to-request", en)
        );
        for req in requests {
            let _ = writeln!(out, "<li>{}</li>", esc(req));
        }
        let _ = writeln!(out, "</ul>");
    }
    let maybe: Vec<&String> = r
        .requirements
        .iter()
        .filter(|q| q.status == Status::NeedsReview && q.review != Some("may-apply"))
        .filter_map(|q| q.request.as_ref())
        .collect();
    if !maybe.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            super::messages::ui("to-request-unless-it-is-in-the-files-to-look-at", en)
        );
        for req in maybe {
            let _ = writeln!(out, "<li>{}</li>", esc(req));
        }
        let _ = writeln!(out, "</ul>");
    }
    let unreadable: Vec<_> = r
        .documents
        .iter()
        .filter(|d| !d.readable && d.copy_of.is_none())
        .collect();
    if !unreadable.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            super::messages::ui("look-at-these-yourself-not-readable", en)
        );
        for d in unreadable {
            let what: Vec<&str> = d
                .problems
                .iter()
                .map(|p| super::problem_phrase(p.code.as_str(), if en { "en" } else { "nl" }))
                .collect();
            let _ = writeln!(out, "<li>{}: {}</li>", esc(&d.path), esc(&what.join("; ")));
        }
        let _ = writeln!(out, "</ul>");
    }
    if !r.complete {
        let _ = writeln!(
            out,
            "<details><summary>{}</summary><pre>{}</pre></details>",
            super::messages::ui("message-to-the-referrer", en),
            esc_lines(&super::letter::render(r, false))
        );
    }
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
