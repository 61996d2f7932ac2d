//! Phrases every renderer shares (text, letter, page): dates as the desk writes them, and the
//! sentence asking a sender to check who the patient is.

use super::Report;

/// An ISO date as the desk writes it: 15-09-2026 in Dutch, as is in English.
pub(crate) fn show_date(iso: &str, en: bool) -> String {
    match crate::dates::parse_iso(iso) {
        Some(d) if !en => d.format("%d-%m-%Y").to_string(),
        _ => iso.to_string(),
    }
}

/// When the letters do not agree on who the patient is: one sentence naming each document with
/// the name or birth date it gives, asking the sender to check.
pub(crate) fn disagreement(report: &Report, en: bool) -> Option<String> {
    let p = &report.patient;
    if p.documents.is_empty() {
        return None;
    }
    let names = !p.names_found.is_empty();
    let births = !p.birth_dates_found.is_empty();
    let items: Vec<String> = p
        .documents
        .iter()
        .filter_map(|m| {
            let mut what = Vec::new();
            if names {
                what.extend(m.name.clone());
            }
            if births {
                what.extend(m.birth_date.as_deref().map(|b| {
                    if en {
                        format!("born {}", show_date(b, en))
                    } else {
                        format!("geboren {}", show_date(b, en))
                    }
                }));
            }
            (!what.is_empty()).then(|| format!("{} ({})", what.join(", "), m.path))
        })
        .collect();
    let key = if names {
        "patients-differ"
    } else {
        "births-differ"
    };
    Some(super::messages::letter(
        key,
        en,
        &[("items", &items.join("; "))],
    ))
}
