//! The text report for people at the intake desk: one line per requirement with ✓ met, ✗ missing,
//! ? needs a human look, – not applicable; then the verdict, what to request and which files to look
//! at by hand. Dutch or English, following the checklist.

use std::fmt::Write;

use super::escape::visible;
use super::{problem_phrase, Report};
use crate::evaluate::Status;

/// How text is shown: colour only on a terminal (and never with NO_COLOR), ASCII on request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// ANSI colours for the marks.
    pub color: bool,
    /// Plain ASCII: marks as `+ x ? -`, accents dropped.
    pub ascii: bool,
}

impl Style {
    fn mark(self, status: Status) -> String {
        let (unicode, ascii, colour) = match status {
            Status::Met => ("✓", "+", "32"),
            Status::Missing | Status::Outdated => ("✗", "x", "31"),
            Status::Unverifiable => ("?", "?", "33"),
            Status::NotApplicable => ("–", "-", "2"),
        };
        let mark = if self.ascii { ascii } else { unicode };
        if self.color {
            format!("\x1b[{colour}m{mark}\x1b[0m")
        } else {
            mark.to_string()
        }
    }

    /// Applies the ASCII setting to a finished text.
    pub fn finish(self, text: String) -> String {
        if self.ascii {
            // deunicode does not keep line breaks, so each line is folded on its own.
            let mut out: String = text
                .lines()
                .map(deunicode::deunicode)
                .collect::<Vec<_>>()
                .join("\n");
            if text.ends_with('\n') {
                out.push('\n');
            }
            out
        } else {
            text
        }
    }
}

/// One indented line per piece of evidence: the file, and the quote when there is one.
/// For a fact, the modifier that qualified the mention follows in brackets ("[negated: nooit]").
fn write_evidence(out: &mut String, evidence: &[crate::facts::Evidence]) {
    for e in evidence {
        let qualifier = e
            .qualifier
            .as_deref()
            .map(|q| format!(" [{}]", visible(q)))
            .unwrap_or_default();
        let path = visible(&e.path);
        let _ = match &e.quote {
            Some(q) => writeln!(out, "      {path}: \"{}\"{qualifier}", visible(q)),
            None => writeln!(out, "      {path}{qualifier}"),
        };
    }
}

/// Renders the report; `explain` adds the quotes behind each verdict and the facts.
pub fn render(report: &Report, explain: bool, style: Style) -> String {
    let en = report.checklist.language == "en";
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        t("Dossier:", "Dossier:"),
        visible(&report.dossier)
    );
    let _ = writeln!(
        out,
        "{} {} ({} {}), {} {}",
        t("Checklist:", "Checklist:"),
        visible(&report.checklist.name),
        t("versie", "version"),
        visible(&report.checklist.version),
        t("peildatum", "as of"),
        report.as_of
    );
    let _ = writeln!(out);

    let titles: Vec<_> = report
        .requirements
        .iter()
        .map(|r| visible(&r.title))
        .collect();
    let width = titles.iter().map(|t| t.chars().count()).max().unwrap_or(0);
    for (r, title) in report.requirements.iter().zip(&titles) {
        let mark = style.mark(r.status);
        let pad = width - title.chars().count();
        let reason = visible(&r.reason);
        let _ = writeln!(out, "  {mark} {title}{}  {reason}", " ".repeat(pad));
        if explain {
            write_evidence(&mut out, &r.evidence);
        }
    }
    let _ = writeln!(out);
    out.push_str(&render_media(report));

    let needs_look = report
        .requirements
        .iter()
        .any(|r| r.status == Status::Unverifiable);
    let verdict = if report.complete {
        t(
            "Resultaat: COMPLEET. De eerste afspraak kan worden ingepland.",
            "Result: COMPLETE. The first appointment can be booked.",
        )
    } else if needs_look {
        t(
            "Resultaat: NIET COMPLEET. Nog niet inplannen; enkele stukken moet u zelf bekijken.",
            "Result: INCOMPLETE. Do not book yet; some files need a human look.",
        )
    } else {
        t(
            "Resultaat: NIET COMPLEET. Nog niet inplannen.",
            "Result: INCOMPLETE. Do not book yet.",
        )
    };
    let _ = writeln!(out, "{verdict}");

    let requests: Vec<&String> = report
        .requirements
        .iter()
        .filter(|r| r.status != Status::Unverifiable)
        .filter_map(|r| r.request.as_ref())
        .collect();
    if !requests.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", t("Nog op te vragen:", "To request:"));
        for req in requests {
            let _ = writeln!(out, "  - {}", visible(req));
        }
    }
    let maybe: Vec<&String> = report
        .requirements
        .iter()
        .filter(|r| r.status == Status::Unverifiable)
        .filter_map(|r| r.request.as_ref())
        .collect();
    if !maybe.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            t(
                "Op te vragen als het niet in de zelf te bekijken stukken staat:",
                "To request unless it is in the files to look at:"
            )
        );
        for req in maybe {
            let _ = writeln!(out, "  - {}", visible(req));
        }
    }

    let unreadable: Vec<_> = report
        .documents
        .iter()
        .filter(|d| !d.readable && d.copy_of.is_none())
        .collect();
    if !unreadable.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            t(
                "Zelf bekijken (de tool kon deze niet lezen):",
                "Look at these yourself (the tool could not read them):"
            )
        );
        for d in unreadable {
            let what: Vec<&str> = d
                .problems
                .iter()
                .map(|p| problem_phrase(p.code, &report.checklist.language))
                .collect();
            let what = if what.is_empty() {
                t("niet leesbaar", "not readable").to_string()
            } else {
                what.join("; ")
            };
            let _ = writeln!(out, "  - {}: {what}", visible(&d.path));
        }
    }

    if explain {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", t("Feiten:", "Facts:"));
        for (id, f) in &report.facts {
            let value = match (f.value, en) {
                (true, false) => "ja",
                (false, false) => "nee",
                (true, true) => "yes",
                (false, true) => "no",
            };
            let _ = writeln!(
                out,
                "  {} ({}): {value} [{}]",
                visible(&f.title),
                visible(id),
                f.source
            );
            write_evidence(&mut out, &f.evidence);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", t("Documenten:", "Documents:"));
        for d in &report.documents {
            let kind = d.kind.as_deref().unwrap_or("-");
            let date = d.date.as_deref().unwrap_or("-");
            let _ = writeln!(
                out,
                "  {}  [{}] {}, {}",
                visible(&d.path),
                d.format,
                visible(kind),
                visible(date)
            );
        }
    }
    out
}

/// At most this many studies per medium in the text report; the rest are counted.
const MAX_STUDIES: usize = 5;

/// The imaging summary and the cross-check warnings: per medium one line (path, readable or what
/// is wrong, patients) and one line per study, newest first; then the warnings. Empty when the
/// dossier has neither; otherwise it ends with a blank line.
fn render_media(report: &Report) -> String {
    let lang = report.checklist.language.as_str();
    let en = lang == "en";
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let mut out = String::new();
    if !report.media.is_empty() {
        let _ = writeln!(out, "{}", t("Beelden:", "Images:"));
        for m in &report.media {
            let _ = writeln!(out, "  {}", medium_line(m, lang));
            for s in m.studies.iter().rev().take(MAX_STUDIES) {
                let _ = writeln!(out, "    {}", study_line(s, en));
            }
            if m.studies.len() > MAX_STUDIES {
                let more = m.studies.len() - MAX_STUDIES;
                let _ = writeln!(
                    out,
                    "    {}",
                    if en {
                        format!("… and {more} more")
                    } else {
                        format!("… en {more} meer")
                    }
                );
            }
        }
        let _ = writeln!(out);
    }
    if !report.warnings.is_empty() {
        let _ = writeln!(out, "{}", t("Let op:", "Note:"));
        for w in &report.warnings {
            let _ = writeln!(out, "  - {}", visible(&w.message));
        }
        let _ = writeln!(out);
    }
    out
}

/// "CD MRI/DICOMDIR: leesbaar, 3 beelden; patiënt Testpersoon Anna (01-01-1980)".
fn medium_line(m: &super::MediumReport, lang: &str) -> String {
    let en = lang == "en";
    let state = if m.readable {
        format!(
            "{}, {}",
            if en { "readable" } else { "leesbaar" },
            images(m.images_readable, en)
        )
    } else {
        let counts = super::medium_counts_of(m, lang);
        let what = if counts.is_empty() {
            m.problems
                .iter()
                .map(|p| problem_phrase(p.code, lang))
                .collect::<Vec<_>>()
                .join("; ")
        } else {
            counts
        };
        format!(
            "{}: {what}",
            if en { "not usable" } else { "niet bruikbaar" }
        )
    };
    let patients: Vec<String> = m
        .patients
        .iter()
        .map(|p| match &p.birth_date {
            Some(b) => format!("{} ({})", visible(&p.name), visible(&show_date(b, en))),
            None => visible(&p.name).into_owned(),
        })
        .collect();
    let who = match (patients.len(), en) {
        (0, _) => String::new(),
        (1, false) => format!("; patiënt {}", patients[0]),
        (1, true) => format!("; patient {}", patients[0]),
        (_, false) => format!("; patiënten {}", patients.join(", ")),
        (_, true) => format!("; patients {}", patients.join(", ")),
    };
    format!("{}: {state}{who}", visible(&m.path))
}

/// "15-09-2026  MR  MRI hand links (3 beelden)".
fn study_line(s: &crate::read::dicom::Study, en: bool) -> String {
    let date = s
        .date
        .as_deref()
        .map(|d| show_date(d, en))
        .unwrap_or_else(|| if en { "no date" } else { "geen datum" }.to_string());
    let modality = if s.modality.is_empty() {
        "?"
    } else {
        &s.modality
    };
    let what = [s.description.trim(), s.body_part.trim()]
        .into_iter()
        .find(|w| !w.is_empty())
        .unwrap_or("-");
    format!(
        "{}  {}  {} ({})",
        visible(&date),
        visible(modality),
        visible(what),
        images(s.images, en)
    )
}

/// "1 beeld", "3 beelden".
fn images(n: usize, en: bool) -> String {
    match (n, en) {
        (1, false) => "1 beeld".to_string(),
        (1, true) => "1 image".to_string(),
        (n, false) => format!("{n} beelden"),
        (n, true) => format!("{n} images"),
    }
}

/// An ISO date as the desk writes it: 15-09-2026 in Dutch, as is in English.
fn show_date(iso: &str, en: bool) -> String {
    match crate::dates::parse_iso(iso) {
        Some(d) if !en => d.format("%d-%m-%Y").to_string(),
        _ => iso.to_string(),
    }
}

/// Renders a batch: one line per dossier (name, verdict, the requirements not met), then totals.
pub fn render_batch(outcomes: &[crate::batch::Outcome], lang: &str) -> String {
    use crate::batch::Outcome;
    let en = lang == "en";
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let name_of = |path: &str| {
        std::path::Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string())
    };
    let rows: Vec<(String, String, String)> = outcomes
        .iter()
        .map(|o| match o {
            Outcome::Checked(r) => {
                let open: Vec<String> = r
                    .requirements
                    .iter()
                    .filter(|q| q.applies && !q.met)
                    .map(|q| match q.status {
                        Status::Unverifiable => format!("{}?", visible(&q.id)),
                        _ => visible(&q.id).into_owned(),
                    })
                    .collect();
                let (mark, verdict) = if r.complete {
                    ("✓", t("compleet", "complete"))
                } else {
                    ("✗", t("niet compleet", "incomplete"))
                };
                (
                    format!("{mark} {}", visible(&name_of(&r.dossier))),
                    verdict.to_string(),
                    open.join(", "),
                )
            }
            Outcome::Failed { dossier, error } => (
                format!("! {}", visible(&name_of(&dossier.display().to_string()))),
                t("fout", "error").to_string(),
                visible(&error.to_string()).into_owned(),
            ),
        })
        .collect();
    let w1 = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let w2 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (name, verdict, rest) in &rows {
        let line = format!(
            "{name}{}  {verdict}{}  {rest}",
            " ".repeat(w1 - name.chars().count()),
            " ".repeat(w2 - verdict.chars().count())
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let complete = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Checked(r) if r.complete))
        .count();
    let failed = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Failed { .. }))
        .count();
    let incomplete = outcomes.len() - complete - failed;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        if en {
            let errors = if failed == 1 { "error" } else { "errors" };
            format!(
                "{} dossiers: {complete} complete, {incomplete} incomplete, {failed} {errors}",
                outcomes.len()
            )
        } else {
            let errors = if failed == 1 { "fout" } else { "fouten" };
            format!(
                "{} dossiers: {complete} compleet, {incomplete} niet compleet, {failed} {errors}",
                outcomes.len()
            )
        }
    );
    if !en {
        let _ = writeln!(
            out,
            "(een ? achter een onderdeel: er is een bestand dat u zelf moet bekijken)"
        );
    } else {
        let _ = writeln!(out, "(a ? after an item: a file needs a human look)");
    }
    out
}

/// Renders the inventory: every document with its format, kind and why, date and its source,
/// readability and problems; then the files not read.
pub fn render_inventory(report: &Report, checklist: &crate::checklist::Checklist) -> String {
    use crate::classify::{DateSource, KindBasis};
    let lang = report.checklist.language.as_str();
    let en = lang == "en";
    let t = |nl: &'static str, e: &'static str| if en { e } else { nl };
    let mut out = String::new();
    let _ = writeln!(out, "Dossier: {}\n", visible(&report.dossier));
    for d in &report.documents {
        let _ = writeln!(out, "{}  [{}]", visible(&d.path), d.format);
        let kind = match (&d.kind, &d.kind_basis) {
            (Some(k), basis) => {
                let title = checklist
                    .kind(k)
                    .map(|k| k.title.get(lang).to_string())
                    .unwrap_or_else(|| k.clone());
                let why = match basis {
                    Some(KindBasis::Content { cue, quote }) => {
                        format!(
                            "{} \"{cue}\" {} \"{quote}\"",
                            t("tekst:", "text:"),
                            t("in", "in")
                        )
                    }
                    Some(KindBasis::Name { cue }) => {
                        format!("{} \"{cue}\"", t("bestandsnaam:", "file name:"))
                    }
                    Some(KindBasis::Format) => t("bestandsformaat", "file format").to_string(),
                    None => String::new(),
                };
                format!("{title} ({why})")
            }
            (None, _) => t("onbekend", "unknown").to_string(),
        };
        // Quotes from the letter and the checklist's titles and cues, in one line.
        let kind = visible(&kind);
        let _ = writeln!(out, "    {} {kind}", t("soort:", "kind:"));
        let date = match (&d.date, &d.date_source) {
            (Some(date), Some(DateSource::Label { quote })) => {
                format!("{date} ({} \"{quote}\")", t("na label:", "after a label:"))
            }
            (Some(date), Some(DateSource::Dateline { quote })) => {
                format!(
                    "{date} ({} \"{quote}\")",
                    t("plaats en datum:", "place and date:")
                )
            }
            (Some(date), Some(DateSource::Top { quote })) => {
                format!("{date} ({} \"{quote}\")", t("bovenaan:", "near the top:"))
            }
            (Some(date), Some(DateSource::FileMetadata)) => format!(
                "{date} ({})",
                t(
                    "uit de bestandsgegevens, niet uit de brief",
                    "from the file's metadata, not the letter"
                )
            ),
            _ => t("geen", "none").to_string(),
        };
        let _ = writeln!(out, "    {} {}", t("datum:", "date:"), visible(&date));
        let readable = if d.readable {
            t("ja", "yes").to_string()
        } else {
            let what: Vec<&str> = d
                .problems
                .iter()
                .map(|p| problem_phrase(p.code, lang))
                .collect();
            format!("{}: {}", t("nee", "no"), what.join("; "))
        };
        let _ = writeln!(out, "    {} {readable}", t("leesbaar:", "readable:"));
        if let Some(ocr) = &d.ocr {
            let _ = writeln!(
                out,
                "    {} {} ({} {}%)",
                t("gelezen met OCR:", "read by OCR:"),
                visible(&ocr.engine),
                t("zekerheid", "confidence"),
                ocr.confidence
            );
        }
        if let Some(original) = &d.copy_of {
            let _ = writeln!(
                out,
                "    {} {}",
                t("kopie van:", "copy of:"),
                visible(original)
            );
        }
        if let Some(m) = &d.medium {
            let _ = writeln!(
                out,
                "    {} {}",
                t("beelden:", "images:"),
                m.images_readable
            );
        }
    }
    if !report.ignored.is_empty() {
        let _ = writeln!(out, "\n{}", t("Niet gelezen:", "Not read:"));
        for i in &report.ignored {
            let _ = writeln!(
                out,
                "  {} ({})",
                visible(&i.path),
                ignored_phrase(&i.reason, en)
            );
        }
    }
    out
}

fn ignored_phrase(reason: &str, en: bool) -> &'static str {
    match (reason, en) {
        ("hidden", false) => "verborgen bestand",
        ("hidden", true) => "hidden file",
        ("system-file", false) => "systeembestand",
        ("system-file", true) => "system file",
        ("office-lock-file", false) => "tijdelijk Office-bestand",
        ("office-lock-file", true) => "Office lock file",
        ("link", false) => "koppeling, niet gevolgd",
        ("link", true) => "link, not followed",
        ("not-a-document", false) => "geen document (bijv. viewer of autorun)",
        ("not-a-document", true) => "not a document (e.g. a viewer or autorun file)",
        ("dossier-facts", false) => "feiten van het dossier",
        ("dossier-facts", true) => "the dossier's facts",
        (_, false) => "niet leesbare map",
        (_, true) => "unreadable folder",
    }
}
