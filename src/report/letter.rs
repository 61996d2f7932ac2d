//! The ready-to-send message to the referrer or patient: exactly the missing items with their
//! request texts, a line per file that could not be read, and the patient's name and birth date when
//! the letters agree on them. It never calls an item missing when it may sit in an unreadable file.

use std::collections::HashMap;
use std::fmt::Write;

use super::escape::visible;
use super::messages::{self, ui};
use super::{phrases, DocumentReport, Report};
use crate::evaluate::Status;

/// Renders the message as plain text, or as Markdown.
pub fn render(report: &Report, markdown: bool) -> String {
    let en = report.checklist.language == "en";
    let mut out = String::new();
    write_subject(&mut out, report, en, markdown);
    if let Some(note) = phrases::disagreement(report, en) {
        let _ = writeln!(out, "{}\n", shown(&note, markdown));
    }
    if report.complete {
        let _ = writeln!(
            out,
            "{}",
            ui("the-dossier-is-complete-nothing-needs-to-be-sent", en)
        );
        return out;
    }
    write_body(&mut out, report, en, markdown);
    out
}

/// "Betreft: <checklist>, <name>, geboren <date>".
fn write_subject(out: &mut String, report: &Report, en: bool, markdown: bool) {
    let mut subject = report.checklist.name.clone();
    if let Some(name) = &report.patient.name {
        subject.push_str(&format!(", {name}"));
    }
    if let Some(birth) = report.patient.birth_date {
        let born = if en { "born" } else { "geboren" };
        subject.push_str(&format!(", {born} {}", phrases::show_date(birth, en)));
    }
    let label = ui("re", en);
    // The patient's name comes from the letters.
    let subject = visible(&subject);
    if markdown {
        let _ = writeln!(out, "**{label}** {subject}\n");
    } else {
        let _ = writeln!(out, "{label} {subject}\n");
    }
}

/// The message of an incomplete dossier: what is missing, the files to send again, and what to
/// send unless those files hold it.
fn write_body(out: &mut String, report: &Report, en: bool, markdown: bool) {
    // Requirements name documents by path; looked up through an index, since an unverifiable
    // requirement can name every file of the dossier.
    let docs = super::index_by_path(&report.documents, |d| d.path.as_str());
    let missing = missing_items(report, &docs, en);
    let mut files: Vec<String> = report
        .documents
        .iter()
        .filter_map(|d| file_line(d, en))
        .collect();
    files.extend(undated_items(report, &docs, en));
    let maybe = maybe_items(report, &docs);

    // The message may go to the referrer or to the patient: a salutation that fits both.
    let _ = writeln!(out, "{}\n", ui("dear-sir-or-madam", en));
    let need = ui("before-we-can-book-an-appointment-we-still-need", en);
    list(out, need, &missing, markdown, true);
    let could_not = if files.len() == 1 {
        ui("we-could-not-open-or-check-the-following-file", en)
    } else {
        ui("we-could-not-open-or-check-some-of-the-files", en)
    };
    list(out, could_not, &files, markdown, false);
    let unless = ui("if-the-following-are-not-in-those-files-please-s", en);
    list(out, unless, &maybe, markdown, false);
    let _ = writeln!(
        out,
        "{}\n\n{}",
        ui("thank-you-in-advance-for-sending-them", en),
        ui("kind-regards", en)
    );
}

/// The request of each missing or outdated requirement; an outdated one says how old what we
/// have is.
fn missing_items(report: &Report, docs: &HashMap<&str, &DocumentReport>, en: bool) -> Vec<String> {
    phrases::to_request(report)
        .map(
            |(r, request)| match (r.status, outdated_date(r, docs, en)) {
                (Status::Outdated, Some(date)) => {
                    // The note belongs inside the request's sentence, before its full stop.
                    let request = request.trim_end().trim_end_matches('.');
                    messages::letter("outdated", en, &[("request", request), ("date", &date)])
                }
                _ => request.clone(),
            },
        )
        .collect()
}

/// A line for each readable but undated document behind a requirement that needs a look.
fn undated_items(report: &Report, docs: &HashMap<&str, &DocumentReport>, en: bool) -> Vec<String> {
    report
        .requirements
        .iter()
        .filter(|r| r.status == Status::NeedsReview)
        .flat_map(|r| r.evidence.iter())
        .filter_map(|e| docs.get(e.path.as_str()))
        .filter(|d| d.readable && d.date.is_none())
        .map(|d| messages::letter("undated", en, &[("path", &d.path)]))
        .collect()
}

/// The requests that only an unreadable letter (not a medium) might already answer.
fn maybe_items(report: &Report, docs: &HashMap<&str, &DocumentReport>) -> Vec<String> {
    phrases::to_request_unless_in_files(report)
        .filter(|(r, _)| {
            r.evidence.iter().any(|e| {
                docs.get(e.path.as_str())
                    .is_some_and(|d| !d.readable && d.medium.is_none())
            })
        })
        .map(|(_, request)| request.clone())
        .collect()
}

/// Writes the heading and under it the items, one a line; nothing when there are no items.
fn list(out: &mut String, heading: &str, items: &[String], markdown: bool, numbered: bool) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "{heading}\n");
    for (i, item) in items.iter().enumerate() {
        let bullet = if numbered {
            format!("{}.", i + 1)
        } else {
            "-".to_string()
        };
        let _ = writeln!(out, "{bullet} {}", shown(item, markdown));
    }
    let _ = writeln!(out);
}

/// A text as the message shows it: items and notes hold file names, checklist texts and names
/// from the letters, so they are made visible, and escaped for Markdown.
fn shown(text: &str, markdown: bool) -> String {
    let text = visible(text);
    if markdown {
        escape_md(&text)
    } else {
        text.into_owned()
    }
}

/// Markdown would read `*`, `_` and the like in file names as formatting.
fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The date of the document that made a requirement outdated, as written for people.
fn outdated_date(
    r: &super::RequirementReport,
    docs: &HashMap<&str, &DocumentReport>,
    en: bool,
) -> Option<String> {
    let path = &r.evidence.first()?.path;
    let date = docs.get(path.as_str())?.date?;
    Some(phrases::show_date(date, en))
}

/// The line asking to resend an unreadable file, by its problem.
fn file_line(d: &DocumentReport, en: bool) -> Option<String> {
    // A scanned copy of a typed letter in the dossier: nothing to ask for.
    if d.readable || d.copy_of.is_some() {
        return None;
    }
    let code = d
        .problems
        .first()
        .map(|p| p.code.as_str())
        .unwrap_or("unreadable");
    let key = match code {
        // Our own side cannot open it (or gave up on it in time): nothing to ask the sender.
        "permission-denied" | "too-slow" => return None,
        "image-only" | "ocr-unclear" | "encrypted" | "too-large" | "unsupported-format" => code,
        "dicomdir-damaged"
        | "dicomdir-missing-file"
        | "dicomdir-empty"
        | "image-damaged"
        | "image-empty"
        | "image-truncated"
        | "sop-uid-mismatch"
        | "no-images"
        | "iso-truncated"
        | "iso-damaged"
        | "iso-unsupported"
        | "iso-file-out-of-bounds"
        | "archive-damaged" => "media",
        _ => "other",
    };
    let counts = d
        .medium
        .as_ref()
        .map(|m| super::medium_counts(m, if en { "en" } else { "nl" }))
        .filter(|c| !c.is_empty())
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    Some(messages::letter(
        key,
        en,
        &[("path", &d.path), ("counts", &counts)],
    ))
}
