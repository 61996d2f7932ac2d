//! The text report for people at the intake desk: one line per requirement with ✓ met, ✗ missing,
//! ? needs a human look, – not applicable; then the verdict, what to request and which files to look
//! at by hand. Dutch or English, following the checklist. Also the one-line-per-dossier table of a
//! batch and the inventory of what was read.

use std::fmt::Write;

use super::escape::visible;
use super::outcome::Outcome;
use super::{messages, phrases, DocumentReport, DossierStatus, Report};
use crate::evaluate::Status;

/// How text is shown: colour only on a terminal (and never with NO_COLOR), ASCII on request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// ANSI colours for the marks.
    pub color: bool,
    /// Plain ASCII: marks as `+ x ? -`, accents dropped.
    pub ascii: bool,
    /// The terminal's width: long requirement lines are wrapped to it (none in pipes and files).
    pub width: Option<usize>,
}

impl Style {
    /// A mark of the batch table (`✓`, `✗`, `?`, `!`) in its colour.
    fn paint(self, mark: &str) -> String {
        let colour = match mark {
            "✓" => "32",
            "✗" => "31",
            "?" | "!" => "33",
            _ => return mark.to_string(),
        };
        let mark = match (mark, self.ascii) {
            ("✓", true) => "+",
            ("✗", true) => "x",
            _ => mark,
        };
        if self.color {
            format!("\x1b[{colour}m{mark}\x1b[0m")
        } else {
            mark.to_string()
        }
    }

    fn mark(self, status: Status) -> String {
        let (ascii, colour) = match status {
            Status::Met => ("+", "32"),
            Status::Missing | Status::Outdated => ("x", "31"),
            Status::NeedsReview => ("?", "33"),
            Status::NotApplicable => ("-", "2"),
        };
        let mark = if self.ascii {
            ascii
        } else {
            phrases::mark(status)
        };
        if self.color {
            format!("\x1b[{colour}m{mark}\x1b[0m")
        } else {
            mark.to_string()
        }
    }

    /// Applies the ASCII setting to a finished text.
    pub fn finish(self, text: String) -> String {
        if self.ascii {
            crate::text::to_ascii(&text)
        } else {
            text
        }
    }
}

/// One indented line per piece of evidence: the file, and the quote when there is one.
/// For a fact, the modifier that qualified the mention follows in brackets ("[negated: nooit]").
fn write_evidence(out: &mut String, evidence: &[crate::facts::Evidence], lang: &str) {
    for e in evidence {
        let qualifier = e
            .qualifier
            .as_deref()
            .map(|q| format!(" [{}]", visible(&messages::qualifier(q, lang))))
            .unwrap_or_default();
        let path = visible(&e.path);
        let _ = match &e.quote {
            Some(q) => writeln!(out, "      {path}: \"{}\"{qualifier}", visible(q)),
            None => writeln!(out, "      {path}{qualifier}"),
        };
    }
}

/// Breaks `text` at spaces into lines of at most `width` characters (a longer word stays whole);
/// one line when there is no width, or too little of it (under 20 columns) to be worth it.
fn wrap(text: &str, width: Option<usize>) -> Vec<String> {
    let Some(width) = width.filter(|&w| w >= 20) else {
        return vec![text.to_string()];
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// Renders the report; `explain` adds the quotes behind each verdict and the facts.
pub fn render(report: &Report, explain: bool, style: Style) -> String {
    let en = report.checklist.language == "en";
    let mut out = String::new();
    write_header(&mut out, report, en);
    write_requirements(&mut out, report, explain, style);
    out.push_str(&render_media(report));
    if let Some(note) = phrases::disagreement(report, en) {
        let _ = writeln!(out, "{}\n", visible(&note));
    }
    let _ = writeln!(out, "{}", phrases::verdict_sentence(report));
    let requests: Vec<_> = phrases::to_request(report)
        .map(|(_, req)| visible(req))
        .collect();
    write_list(&mut out, messages::ui("to-request", en), &requests);
    let maybe: Vec<_> = phrases::to_request_unless_in_files(report)
        .map(|(_, req)| visible(req))
        .collect();
    write_list(
        &mut out,
        messages::ui("to-request-unless-it-is-in-the-files-to-look-at", en),
        &maybe,
    );
    write_to_look_at(&mut out, report, en);
    if explain {
        write_facts(&mut out, report, en);
        write_documents(&mut out, report, en);
    }
    out
}

/// The dossier, the checklist with its version, and the day checked for.
fn write_header(out: &mut String, report: &Report, en: bool) {
    let _ = writeln!(
        out,
        "{} {}",
        messages::ui("dossier", en),
        visible(&report.dossier)
    );
    // The day checked for is written by the tool (digits and dashes), so making it visible as
    // well changes nothing.
    let checklist = phrases::checklist_line(report, en, |s| visible(s).into_owned());
    let _ = writeln!(out, "{checklist}");
    let _ = writeln!(out);
}

/// One line per requirement: its mark, its title padded to the longest, and why, wrapped to the
/// terminal under the reasons' column.
fn write_requirements(out: &mut String, report: &Report, explain: bool, style: Style) {
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
        let indent = 2 + 2 + width + 2;
        let lines = wrap(&reason, style.width.map(|w| w.saturating_sub(indent)));
        let _ = writeln!(out, "  {mark} {title}{}  {}", " ".repeat(pad), lines[0]);
        for line in &lines[1..] {
            let _ = writeln!(out, "{}{line}", " ".repeat(indent));
        }
        if explain {
            write_evidence(out, &r.evidence, &report.checklist.language);
        }
    }
    let _ = writeln!(out);
}

/// A blank line, a heading and one `- ` line per item; nothing when there are no items.
fn write_list(out: &mut String, heading: &str, items: &[impl std::fmt::Display]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{heading}");
    for item in items {
        let _ = writeln!(out, "  - {item}");
    }
}

/// The files the tool could not read, each with what is wrong with it.
fn write_to_look_at(out: &mut String, report: &Report, en: bool) {
    let lang = &report.checklist.language;
    let files: Vec<String> = phrases::to_look_at(report)
        .map(|d| {
            let what = if d.problems.is_empty() {
                messages::ui("not-readable", en).to_string()
            } else {
                phrases::problem_phrases(&d.problems, lang)
            };
            format!("{}: {what}", visible(&d.path))
        })
        .collect();
    write_list(
        out,
        messages::ui("look-at-these-yourself-the-tool-could-not-read-t", en),
        &files,
    );
}
/// With `explain`: every fact about the patient, its value, where it came from and why.
fn write_facts(out: &mut String, report: &Report, en: bool) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", messages::ui("facts", en));
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
            messages::fact_source(f.source.as_str(), &report.checklist.language)
        );
        write_evidence(out, &f.evidence, &report.checklist.language);
    }
}

/// With `explain`: every document with its format, kind and date.
fn write_documents(out: &mut String, report: &Report, en: bool) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", messages::ui("documents", en));
    for d in &report.documents {
        let kind = d.kind_title.as_deref().or(d.kind.as_deref()).unwrap_or("-");
        let date = d.date.map(|d| phrases::show_date(d, en));
        let date = date.as_deref().unwrap_or("-");
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

/// At most this many studies per medium in the text report (and on the page); the rest are
/// counted.
pub(crate) const MAX_STUDIES: usize = 5;

/// The imaging summary and the cross-check warnings: per medium one line (path, readable or what
/// is wrong, patients) and one line per study, newest first; then the warnings. Empty when the
/// dossier has neither; otherwise it ends with a blank line.
fn render_media(report: &Report) -> String {
    let lang = report.checklist.language.as_str();
    let en = lang == "en";
    let mut out = String::new();
    if !report.media.is_empty() {
        let _ = writeln!(out, "{}", messages::ui("images", en));
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
        let _ = writeln!(out, "{}", messages::ui("note", en));
        for w in &report.warnings {
            let _ = writeln!(out, "  - {}", visible(&w.message));
        }
        let _ = writeln!(out);
    }
    out
}

/// "CD MRI/DICOMDIR: leesbaar, 3 beelden; patiënt Testpersoon Anna (01-01-1980)".
pub(crate) fn medium_line(m: &super::MediumReport, lang: &str) -> String {
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
            phrases::problem_phrases(&m.problems, lang)
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
            Some(b) => format!(
                "{} ({})",
                visible(&p.name),
                visible(&phrases::show_date(*b, en))
            ),
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
pub(crate) fn study_line(s: &crate::read::media::Study, en: bool) -> String {
    let date = s
        .date
        .map(|d| phrases::show_date(d, en))
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

/// Renders a batch: one line per dossier (name, verdict, the requirements not met, by their titles
/// in the report's language, a `?` after those that need a look), then totals.
pub fn render_batch(outcomes: &[Outcome], lang: &str, style: Style) -> String {
    let en = lang == "en";
    let names = short_names(outcomes);
    let rows: Vec<[String; 3]> = outcomes
        .iter()
        .zip(&names)
        .map(|(o, name)| batch_row(o, name, en))
        .collect();
    let mut out = batch_table(&rows, style);
    let _ = writeln!(out);
    let lang = if en { "en" } else { "nl" };
    let _ = writeln!(out, "{}", batch_totals(outcomes, lang));
    let question = outcomes.iter().any(|o| {
        matches!(o, Outcome::Checked(r) if phrases::open(r).any(|q| q.status == Status::NeedsReview))
    });
    if question {
        let _ = writeln!(out, "{}", messages::reason("legend", lang, &[]));
    }
    out
}

/// A dossier's row of the batch table: its mark and name, its verdict, its open items.
fn batch_row(outcome: &Outcome, name: &str, en: bool) -> [String; 3] {
    match outcome {
        Outcome::Checked(r) => {
            let open: Vec<String> = phrases::open(r)
                .map(|q| {
                    let title = visible(&super::lower_first(&q.title)).into_owned();
                    if q.status == Status::NeedsReview {
                        format!("{title}?")
                    } else {
                        title
                    }
                })
                .collect();
            let (mark, verdict) = phrases::status_words(r.status, en);
            [
                format!("{mark} {}", visible(name)),
                verdict.to_string(),
                open.join(", "),
            ]
        }
        Outcome::Failed { error, .. } => [
            format!("! {}", visible(name)),
            messages::ui("error", en).to_string(),
            visible(&error.to_string()).into_owned(),
        ],
    }
}

/// The rows in columns padded to their widest, the marks in colour.
fn batch_table(rows: &[[String; 3]], style: Style) -> String {
    let w1 = rows.iter().map(|r| r[0].chars().count()).max().unwrap_or(0);
    let w2 = rows.iter().map(|r| r[1].chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for [name, verdict, rest] in rows {
        let pad1 = " ".repeat(w1 - name.chars().count());
        let pad2 = " ".repeat(w2 - verdict.chars().count());
        // The mark is the first character of the name column; only it is coloured.
        let (mark, name) = name.split_at(name.chars().next().map_or(0, char::len_utf8));
        let line = format!("{}{name}{pad1}  {verdict}{pad2}  {rest}", style.paint(mark));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// "3 dossiers: 1 complete, ...": how many dossiers have each verdict, and how many failed.
fn batch_totals(outcomes: &[Outcome], lang: &str) -> String {
    let count = |s: DossierStatus| {
        outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Checked(r) if r.status == s))
            .count()
    };
    let complete = count(DossierStatus::Complete);
    let incomplete = count(DossierStatus::Incomplete);
    let review = count(DossierStatus::NeedsReview);
    let failed = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Failed { .. }))
        .count();
    let errors = if failed == 1 {
        "totals-error"
    } else {
        "totals-errors"
    };
    let total = dossiers_count(outcomes.len());
    let [complete, incomplete, review, failed] =
        [complete, incomplete, review, failed].map(|n| n.to_string());
    let args = [
        ("dossiers", total.as_str()),
        ("complete", complete.as_str()),
        ("incomplete", incomplete.as_str()),
        ("review", review.as_str()),
        ("failed", failed.as_str()),
    ];
    messages::reason(errors, lang, &args)
}

/// The dossiers' names for people: each folder's own name, with as many of its parent folders as
/// it takes to tell it from the others (`a/intake` and `b/intake`), never a whole absolute path
/// unless two dossiers differ only there.
pub fn short_names(outcomes: &[Outcome]) -> Vec<String> {
    let paths: Vec<Vec<String>> = outcomes
        .iter()
        .map(|o| {
            let path = match o {
                Outcome::Checked(r) => std::path::PathBuf::from(&r.dossier),
                Outcome::Failed { dossier, .. } => dossier.clone(),
            };
            let parts: Vec<String> = path
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.is_empty() {
                vec![path.display().to_string()]
            } else {
                parts
            }
        })
        .collect();
    let suffix = |p: &[String], n: usize| p[p.len().saturating_sub(n)..].join("/");
    let mut depth = vec![1usize; paths.len()];
    loop {
        let names: Vec<String> = paths
            .iter()
            .zip(&depth)
            .map(|(p, &n)| suffix(p, n))
            .collect();
        let mut grew = false;
        for i in 0..paths.len() {
            let clash = (0..paths.len()).any(|j| j != i && names[j] == names[i]);
            if clash && depth[i] < paths[i].len() {
                depth[i] += 1;
                grew = true;
            }
        }
        if !grew {
            return names;
        }
    }
}

/// "1 dossier", "3 dossiers" (the same in both languages).
fn dossiers_count(n: usize) -> String {
    if n == 1 {
        "1 dossier".to_string()
    } else {
        format!("{n} dossiers")
    }
}

/// Renders the inventory: every document with its format, kind and why, date and its source,
/// readability and problems; then the files not read.
pub fn render_inventory(report: &Report, checklist: &crate::checklist::Checklist) -> String {
    let lang = report.checklist.language.as_str();
    let en = lang == "en";
    let mut out = String::new();
    let _ = writeln!(out, "Dossier: {}\n", visible(&report.dossier));
    for d in &report.documents {
        write_inventory_entry(&mut out, d, checklist, lang);
    }
    if !report.ignored.is_empty() {
        let _ = writeln!(out, "\n{}", messages::ui("not-read", en));
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

/// One document of the inventory: a line with its path and format, then one indented line each
/// for its kind, date, readability and what else is known of it.
fn write_inventory_entry(
    out: &mut String,
    d: &DocumentReport,
    checklist: &crate::checklist::Checklist,
    lang: &str,
) {
    let en = lang == "en";
    let ui = |key| messages::ui(key, en);
    let _ = writeln!(out, "{}  [{}]", visible(&d.path), d.format);
    // Quotes from the letter and the checklist's titles and cues, in one line.
    let kind = inventory_kind(d, checklist, lang);
    let _ = writeln!(out, "    {} {}", ui("kind"), visible(&kind));
    let _ = writeln!(
        out,
        "    {} {}",
        ui("date"),
        visible(&inventory_date(d, en))
    );
    let readable = if d.readable {
        ui("yes").to_string()
    } else {
        format!(
            "{}: {}",
            ui("no"),
            phrases::problem_phrases(&d.problems, lang)
        )
    };
    let _ = writeln!(out, "    {} {readable}", ui("readable"));
    if let Some(ocr) = &d.ocr {
        let _ = writeln!(
            out,
            "    {} {} ({} {}%)",
            ui("read-by-ocr"),
            visible(&ocr.engine),
            ui("confidence"),
            ocr.confidence
        );
    }
    if let Some(original) = &d.copy_of {
        let _ = writeln!(out, "    {} {}", ui("copy-of"), visible(original));
    }
    if let Some(m) = &d.medium {
        let _ = writeln!(out, "    {} {}", ui("images-2"), m.images_readable);
    }
}

/// The document's kind by its title, with what decided it: `Verwijsbrief (tekst: "verwijzing" in
/// "...")`.
fn inventory_kind(
    d: &DocumentReport,
    checklist: &crate::checklist::Checklist,
    lang: &str,
) -> String {
    use crate::classify::KindBasis;
    let en = lang == "en";
    let Some(k) = &d.kind else {
        return messages::ui("unknown", en).to_string();
    };
    let title = checklist
        .kind(k)
        .map(|k| k.title.get(lang).to_string())
        .unwrap_or_else(|| k.clone());
    let why = match &d.kind_basis {
        Some(KindBasis::Content { cue, quote }) => format!(
            "{} \"{cue}\" {} \"{quote}\"",
            messages::ui("text", en),
            messages::ui("in", en)
        ),
        Some(KindBasis::Name { cue }) => format!("{} \"{cue}\"", messages::ui("file-name", en)),
        Some(KindBasis::Format) => messages::ui("file-format", en).to_string(),
        None => String::new(),
    };
    format!("{title} ({why})")
}

/// The document's date as the desk writes it, with where it was found.
fn inventory_date(d: &DocumentReport, en: bool) -> String {
    use crate::classify::DateSource;
    let (Some(date), Some(source)) = (d.date, &d.date_source) else {
        return messages::ui("none", en).to_string();
    };
    let date = phrases::show_date(date, en);
    let (key, quote) = match source {
        DateSource::Label { quote } => ("after-a-label", quote),
        DateSource::Dateline { quote } => ("place-and-date", quote),
        DateSource::Top { quote } => ("near-the-top", quote),
        DateSource::Footer { quote } => ("in-the-page-footer", quote),
        DateSource::FileMetadata => {
            return format!(
                "{date} ({})",
                messages::ui("from-the-file-s-metadata-not-the-letter", en)
            )
        }
    };
    format!("{date} ({} \"{quote}\")", messages::ui(key, en))
}

fn ignored_phrase(reason: &str, en: bool) -> &'static str {
    messages::ignored(reason, if en { "en" } else { "nl" })
}

#[cfg(test)]
mod wrap_tests {
    use super::{wrap, Style};

    #[test]
    fn ascii_output_keeps_tabs_and_line_breaks_after_accented_letters() {
        let style = Style {
            ascii: true,
            ..Style::default()
        };
        assert_eq!(
            style.finish("Klinikum Süd\tRöntgenbefund\nCafé\n".to_string()),
            "Klinikum Sud\tRontgenbefund\nCafe\n"
        );
    }

    #[test]
    fn long_lines_break_at_spaces() {
        let text = "niet gevonden in leesbare stukken; bekijk zelf: IMG_2041.jpg (een scan of foto zonder tekst)";
        let lines = wrap(text, Some(30));
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap(text, None), vec![text.to_string()]);
    }
}
