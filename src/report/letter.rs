//! The ready-to-send message to the referrer or patient: exactly the missing items with their
//! request texts, a line per file that could not be read, and the patient's name and birth date when
//! the letters agree on them. It never calls an item missing when it may sit in an unreadable file.

use std::collections::HashMap;
use std::fmt::Write;

use super::escape::visible;
use super::{DocumentReport, Report};
use crate::evaluate::Status;

/// Renders the message as plain text, or as Markdown.
pub fn render(report: &Report, markdown: bool) -> String {
    let en = report.checklist.language == "en";
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let mut out = String::new();

    let mut subject = report.checklist.name.clone();
    if let Some(name) = &report.patient.name {
        subject.push_str(&format!(", {name}"));
    }
    if let Some(birth) = report
        .patient
        .birth_date
        .as_deref()
        .and_then(crate::dates::parse_iso)
    {
        if en {
            subject.push_str(&format!(", born {birth}"));
        } else {
            subject.push_str(&format!(", geboren {}", birth.format("%d-%m-%Y")));
        }
    }
    let label = t("Betreft:", "Re:");
    // The patient's name comes from the letters.
    let subject = visible(&subject);
    if markdown {
        let _ = writeln!(out, "**{label}** {subject}\n");
    } else {
        let _ = writeln!(out, "{label} {subject}\n");
    }

    if report.complete {
        let _ = writeln!(
            out,
            "{}",
            t(
                "Het dossier is compleet; er hoeft niets te worden nagestuurd.",
                "The dossier is complete; nothing needs to be sent."
            )
        );
        return out;
    }

    // Requirements name documents by path; looked up through an index, since an unverifiable
    // requirement can name every file of the dossier.
    let docs = documents_by_path(&report.documents);
    let missing: Vec<String> = report
        .requirements
        .iter()
        .filter(|r| matches!(r.status, Status::Missing | Status::Outdated))
        .filter_map(|r| {
            let request = r.request.clone()?;
            Some(match (r.status, outdated_date(r, &docs)) {
                (Status::Outdated, Some(date)) => {
                    // The note belongs inside the request's sentence, before its full stop.
                    let request = request.trim_end().trim_end_matches('.');
                    if en {
                        format!("{request} (the letter we have is dated {date}, which is too old).")
                    } else {
                        format!("{request} (de brief die wij hebben is van {date} en is te oud).")
                    }
                }
                _ => request,
            })
        })
        .collect();
    let unreadable: Vec<String> = report
        .documents
        .iter()
        .filter_map(|d| file_line(d, en))
        .collect();
    let undated: Vec<String> = report
        .requirements
        .iter()
        .filter(|r| r.status == Status::Unverifiable)
        .flat_map(|r| r.evidence.iter())
        .filter_map(|e| docs.get(e.path.as_str()))
        .filter(|d| d.readable && d.date.is_none())
        .map(|d| {
            if en {
                format!("the letter {} has no date; could you tell us its date or send a dated copy?", d.path)
            } else {
                format!("de brief {} heeft geen datum; wilt u laten weten van wanneer deze is, of een gedateerde versie sturen?", d.path)
            }
        })
        .collect();
    let maybe: Vec<String> = report
        .requirements
        .iter()
        .filter(|r| r.status == Status::Unverifiable && r.applies)
        .filter(|r| {
            r.evidence.iter().any(|e| {
                docs.get(e.path.as_str())
                    .is_some_and(|d| !d.readable && d.medium.is_none())
            })
        })
        .filter_map(|r| r.request.clone())
        .collect();

    // The message may go to the referrer or to the patient: a salutation that fits both.
    let _ = writeln!(
        out,
        "{}\n",
        t("Geachte heer/mevrouw,", "Dear Sir or Madam,")
    );
    if !missing.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            t(
                "Voordat wij een afspraak kunnen plannen, hebben wij nog de volgende stukken nodig:",
                "Before we can book an appointment, we still need the following:"
            )
        );
        list(&mut out, &missing, markdown, true);
    }
    let mut files = unreadable;
    files.extend(undated);
    if !files.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            t(
                "Een aantal bestanden konden wij niet openen of controleren:",
                "We could not open or check some of the files:"
            )
        );
        list(&mut out, &files, markdown, false);
    }
    if !maybe.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            t(
                "Staan de volgende stukken niet in die bestanden, stuur ze dan ook mee:",
                "If the following are not in those files, please send them as well:"
            )
        );
        list(&mut out, &maybe, markdown, false);
    }
    let _ = writeln!(
        out,
        "{}\n\n{}",
        t(
            "Alvast hartelijk dank voor het nasturen.",
            "Thank you in advance for sending them."
        ),
        t("Met vriendelijke groet,", "Kind regards,")
    );
    out
}

/// Writes the items, one a line: each holds file names or checklist texts, made visible here.
fn list(out: &mut String, items: &[String], markdown: bool, numbered: bool) {
    for (i, item) in items.iter().enumerate() {
        let item = visible(item);
        let bullet = if numbered {
            format!("{}.", i + 1)
        } else {
            "-".to_string()
        };
        let _ = writeln!(
            out,
            "{bullet} {}",
            if markdown {
                escape_md(&item)
            } else {
                item.into_owned()
            }
        );
    }
    let _ = writeln!(out);
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

/// The documents by path, the first of each path (every part of a split file has its path).
fn documents_by_path(docs: &[DocumentReport]) -> HashMap<&str, &DocumentReport> {
    let mut by_path = HashMap::with_capacity(docs.len());
    for d in docs {
        by_path.entry(d.path.as_str()).or_insert(d);
    }
    by_path
}

/// The date of the document that made a requirement outdated, as written for people.
fn outdated_date(
    r: &super::RequirementReport,
    docs: &HashMap<&str, &DocumentReport>,
) -> Option<String> {
    let path = &r.evidence.first()?.path;
    let date = docs.get(path.as_str())?.date.as_deref()?;
    let date = crate::dates::parse_iso(date)?;
    Some(date.format("%d-%m-%Y").to_string())
}

/// The line asking to resend an unreadable file, by its problem.
fn file_line(d: &DocumentReport, en: bool) -> Option<String> {
    // A scanned copy of a typed letter in the dossier: nothing to ask for.
    if d.readable || d.copy_of.is_some() {
        return None;
    }
    let code = d.problems.first().map(|p| p.code).unwrap_or("unreadable");
    let path = &d.path;
    let (nl, e) = match code {
        // Our own side cannot open it (or gave up on it in time): nothing to ask the sender.
        "permission-denied" | "too-slow" => return None,
        "image-only" => (
            format!("het bestand {path} is een scan of foto zonder tekst; wilt u het opnieuw sturen als PDF met tekst (bijvoorbeeld het origineel uit uw systeem)?"),
            format!("the file {path} is a scan or photo without text; could you send it again as a PDF with text (for example the original from your system)?"),
        ),
        "ocr-unclear" => (
            format!("het bestand {path} is een scan die te onduidelijk is om te lezen; wilt u een scherpere scan of het origineel sturen?"),
            format!("the file {path} is a scan too unclear to read; could you send a sharper scan or the original?"),
        ),
        "encrypted" => (
            format!("het bestand {path} is beveiligd met een wachtwoord; wilt u het zonder wachtwoord opnieuw sturen?"),
            format!("the file {path} is protected with a password; could you send it again without one?"),
        ),
        "unsupported-format" => (
            format!("het bestand {path} heeft een formaat dat wij niet kunnen openen; wilt u het opnieuw sturen als PDF?"),
            format!("the file {path} is in a format we cannot open; could you send it again as a PDF?"),
        ),
        "dicomdir-damaged" | "dicomdir-missing-file" | "dicomdir-empty" | "image-damaged"
        | "image-empty" | "image-truncated" | "sop-uid-mismatch" | "no-images" | "iso-truncated"
        | "iso-damaged" | "iso-unsupported" | "iso-file-out-of-bounds" | "archive-damaged" => {
            let counts = |lang| {
                d.medium
                    .as_ref()
                    .map(|m| super::medium_counts(m, lang))
                    .filter(|c| !c.is_empty())
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default()
            };
            (
                format!(
                    "de beelden in {path} zijn onvolledig of beschadigd{}; wilt u de beelden opnieuw sturen?",
                    counts("nl")
                ),
                format!(
                    "the images in {path} are incomplete or damaged{}; could you send the images again?",
                    counts("en")
                ),
            )
        }
        _ => (
            format!("het bestand {path} is beschadigd of leeg; wilt u het opnieuw sturen als PDF?"),
            format!("the file {path} is damaged or empty; could you send it again as a PDF?"),
        ),
    };
    Some(if en { e } else { nl })
}
