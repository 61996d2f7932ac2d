//! A self-contained HTML page for the desk: an overview of one or more dossiers and the detail of
//! each, with inline styles, no scripts and no external assets, so it opens from a file anywhere.

use std::fmt::Write;

use super::Report;
use crate::batch::Outcome;
use crate::evaluate::Status;

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
th{background:#f4f4f6;font-weight:600}.met{color:#137333}.missing,.outdated{color:#b3261e}.unverifiable{color:#8a5a00}.not-applicable{color:#777}\
.mark{font-weight:700;width:1.5rem}.verdict{font-weight:700;padding:.5rem .8rem;border-radius:.3rem;display:inline-block}\
.complete{background:#e6f4ea;color:#137333}.incomplete{background:#fce8e6;color:#b3261e}.error{background:#fef7e0;color:#8a5a00}\
q{color:#555;font-style:italic}.warning{color:#8a5a00}ul{margin:.3rem 0}small{color:#666}";

/// Renders one page for all outcomes (one dossier or a batch).
pub fn render(outcomes: &[Outcome], lang: &str) -> String {
    let en = lang == "en";
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        t("Dossiercontrole", "Dossier check")
    );
    let _ = writeln!(out, "<h1>{}</h1>", t("Dossiercontrole", "Dossier check"));

    let _ = writeln!(
        out,
        "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        t("Dossier", "Dossier"),
        t("Resultaat", "Result"),
        t("Nog open", "Open items")
    );
    for (i, o) in outcomes.iter().enumerate() {
        match o {
            Outcome::Checked(r) => {
                let open: Vec<String> = r
                    .requirements
                    .iter()
                    .filter(|q| !matches!(q.status, Status::Met | Status::NotApplicable))
                    .map(|q| {
                        format!(
                            "<span class=\"{}\">{}</span>",
                            q.status.name(),
                            esc(&q.title)
                        )
                    })
                    .collect();
                let (class, verdict) = if r.complete {
                    ("complete", t("compleet", "complete"))
                } else {
                    ("incomplete", t("niet compleet", "incomplete"))
                };
                let _ = writeln!(
                    out,
                    "<tr><td><a href=\"#d{i}\">{}</a></td><td><span class=\"verdict {class}\">{verdict}</span></td><td>{}</td></tr>",
                    esc(&r.dossier),
                    open.join(", ")
                );
            }
            Outcome::Failed { dossier, error } => {
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td><span class=\"verdict error\">{}</span></td><td>{}</td></tr>",
                    esc(&dossier.display().to_string()),
                    t("fout", "error"),
                    esc(&error.to_string())
                );
            }
        }
    }
    let _ = writeln!(out, "</table>");

    for (i, o) in outcomes.iter().enumerate() {
        if let Outcome::Checked(r) = o {
            detail(&mut out, i, r, en);
        }
    }
    let _ = writeln!(out, "</body>\n</html>");
    out
}

fn detail(out: &mut String, i: usize, r: &Report, en: bool) {
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let _ = writeln!(out, "<h2 id=\"d{i}\">{}</h2>", esc(&r.dossier));
    let _ = writeln!(
        out,
        "<p><small>{} {} ({} {}), {} {}</small></p>",
        t("Checklist:", "Checklist:"),
        esc(&r.checklist.name),
        t("versie", "version"),
        esc(&r.checklist.version),
        t("peildatum", "as of"),
        esc(&r.as_of)
    );
    if let Some(name) = &r.patient.name {
        let birth = r.patient.birth_date.as_deref().unwrap_or("");
        let _ = writeln!(
            out,
            "<p>{} {} {}</p>",
            t("Patiënt:", "Patient:"),
            esc(name),
            esc(birth)
        );
    }
    let _ = writeln!(
        out,
        "<table><tr><th></th><th>{}</th><th>{}</th></tr>",
        t("Onderdeel", "Item"),
        t("Waarom", "Why")
    );
    for q in &r.requirements {
        let mark = match q.status {
            Status::Met => "✓",
            Status::Missing | Status::Outdated => "✗",
            Status::Unverifiable => "?",
            Status::NotApplicable => "–",
        };
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
            "<tr class=\"{0}\"><td class=\"mark\">{mark}</td><td>{1}</td><td>{2}{3}</td></tr>",
            q.status.name(),
            esc(&q.title),
            esc(&q.reason),
            quotes.join("")
        );
    }
    let _ = writeln!(out, "</table>");
    if !r.warnings.is_empty() {
        let _ = writeln!(out, "<p><strong>{}</strong></p><ul>", t("Let op:", "Note:"));
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
            t("Nog op te vragen:", "To request:")
        );
        for req in requests {
            let _ = writeln!(out, "<li>{}</li>", esc(req));
        }
        let _ = writeln!(out, "</ul>");
    }
    let maybe: Vec<&String> = r
        .requirements
        .iter()
        .filter(|q| q.status == Status::Unverifiable)
        .filter_map(|q| q.request.as_ref())
        .collect();
    if !maybe.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            t(
                "Op te vragen als het niet in de zelf te bekijken stukken staat:",
                "To request unless it is in the files to look at:"
            )
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
            t(
                "Zelf bekijken (niet leesbaar):",
                "Look at these yourself (not readable):"
            )
        );
        for d in unreadable {
            let what: Vec<&str> = d
                .problems
                .iter()
                .map(|p| super::problem_phrase(p.code, if en { "en" } else { "nl" }))
                .collect();
            let _ = writeln!(out, "<li>{}: {}</li>", esc(&d.path), esc(&what.join("; ")));
        }
        let _ = writeln!(out, "</ul>");
    }
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
