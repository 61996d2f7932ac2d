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
        let (unicode, ascii, colour) = match status {
            Status::Met => ("✓", "+", "32"),
            Status::Missing | Status::Outdated => ("✗", "x", "31"),
            Status::NeedsReview => ("?", "?", "33"),
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
fn write_evidence(out: &mut String, evidence: &[crate::facts::Evidence], lang: &str) {
    for e in evidence {
        let qualifier = e
            .qualifier
            .as_deref()
            .map(|q| format!(" [{}]", visible(&super::messages::qualifier(q, lang))))
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
    let _ = writeln!(
        out,
        "{} {}",
        super::messages::ui("dossier", en),
        visible(&report.dossier)
    );
    let _ = writeln!(
        out,
        "{} {} ({} {}), {} {}",
        super::messages::ui("checklist", en),
        visible(&report.checklist.name),
        super::messages::ui("version", en),
        visible(&report.checklist.version),
        super::messages::ui("as-of", en),
        super::phrases::show_date(&report.as_of, en)
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
        let indent = 2 + 2 + width + 2;
        let lines = wrap(&reason, style.width.map(|w| w.saturating_sub(indent)));
        let _ = writeln!(out, "  {mark} {title}{}  {}", " ".repeat(pad), lines[0]);
        for line in &lines[1..] {
            let _ = writeln!(out, "{}{line}", " ".repeat(indent));
        }
        if explain {
            write_evidence(&mut out, &r.evidence, &report.checklist.language);
        }
    }
    let _ = writeln!(out);
    out.push_str(&render_media(report));
    if let Some(note) = super::phrases::disagreement(report, en) {
        let _ = writeln!(out, "{}\n", visible(&note));
    }

    let _ = writeln!(out, "{}", verdict_sentence(report));

    let requests: Vec<&String> = report
        .requirements
        .iter()
        .filter(|r| r.status != Status::NeedsReview)
        .filter_map(|r| r.request.as_ref())
        .collect();
    if !requests.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", super::messages::ui("to-request", en));
        for req in requests {
            let _ = writeln!(out, "  - {}", visible(req));
        }
    }
    let maybe: Vec<&String> = report
        .requirements
        .iter()
        .filter(|r| r.status == Status::NeedsReview && r.review != Some("may-apply"))
        .filter_map(|r| r.request.as_ref())
        .collect();
    if !maybe.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            super::messages::ui("to-request-unless-it-is-in-the-files-to-look-at", en)
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
            super::messages::ui("look-at-these-yourself-the-tool-could-not-read-t", en)
        );
        for d in unreadable {
            let what: Vec<&str> = d
                .problems
                .iter()
                .map(|p| problem_phrase(p.code.as_str(), &report.checklist.language))
                .collect();
            let what = if what.is_empty() {
                super::messages::ui("not-readable", en).to_string()
            } else {
                what.join("; ")
            };
            let _ = writeln!(out, "  - {}: {what}", visible(&d.path));
        }
    }

    if explain {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", super::messages::ui("facts", en));
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
                super::messages::fact_source(f.source, &report.checklist.language)
            );
            write_evidence(&mut out, &f.evidence, &report.checklist.language);
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", super::messages::ui("documents", en));
        for d in &report.documents {
            let kind = d.kind_title.as_deref().or(d.kind.as_deref()).unwrap_or("-");
            let date = d.date.as_deref().map(|d| super::phrases::show_date(d, en));
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
    out
}

/// The dossier's verdict with what to do, as one sentence: the same words in the text report and
/// on the HTML page.
pub fn verdict_sentence(report: &Report) -> &'static str {
    use super::DossierStatus;
    let needs_look = report
        .requirements
        .iter()
        .any(|r| r.status == Status::NeedsReview);
    let key = match (report.status, needs_look) {
        (DossierStatus::Incomplete, true) => "incomplete-review",
        (status, _) => status.name(),
    };
    super::messages::verdict(key, &report.checklist.language)
}

/// The dossier's status in words, with its mark: the batch table and the HTML overview.
pub fn status_words(status: super::DossierStatus, en: bool) -> (&'static str, &'static str) {
    use super::DossierStatus;
    let mark = match status {
        DossierStatus::Complete => "✓",
        DossierStatus::Incomplete => "✗",
        DossierStatus::NeedsReview => "?",
    };
    (
        mark,
        super::messages::dossier_status(status.name(), if en { "en" } else { "nl" }),
    )
}

/// A requirement's status in words, so that no view tells them apart by colour or mark alone.
pub fn requirement_words(status: Status, en: bool) -> &'static str {
    super::messages::status(status.name(), if en { "en" } else { "nl" })
}

/// At most this many studies per medium in the text report; the rest are counted.
const MAX_STUDIES: usize = 5;

/// The imaging summary and the cross-check warnings: per medium one line (path, readable or what
/// is wrong, patients) and one line per study, newest first; then the warnings. Empty when the
/// dossier has neither; otherwise it ends with a blank line.
fn render_media(report: &Report) -> String {
    let lang = report.checklist.language.as_str();
    let en = lang == "en";
    let mut out = String::new();
    if !report.media.is_empty() {
        let _ = writeln!(out, "{}", super::messages::ui("images", en));
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
        let _ = writeln!(out, "{}", super::messages::ui("note", en));
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
            m.problems
                .iter()
                .map(|p| problem_phrase(p.code.as_str(), lang))
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
            Some(b) => format!(
                "{} ({})",
                visible(&p.name),
                visible(&super::phrases::show_date(b, en))
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
        .as_deref()
        .map(|d| super::phrases::show_date(d, en))
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
pub fn render_batch(
    outcomes: &[crate::report::outcome::Outcome],
    lang: &str,
    style: Style,
) -> String {
    use super::outcome::Outcome;
    let en = lang == "en";
    let mut question = false;
    let names = short_names(outcomes);
    let rows: Vec<(String, String, String)> = outcomes
        .iter()
        .zip(&names)
        .map(|(o, name)| match o {
            Outcome::Checked(r) => {
                let open: Vec<String> = r
                    .requirements
                    .iter()
                    .filter(|q| !matches!(q.status, Status::Met | Status::NotApplicable))
                    .map(|q| {
                        let title = visible(&super::lower_first(&q.title)).into_owned();
                        if q.status == Status::NeedsReview {
                            question = true;
                            format!("{title}?")
                        } else {
                            title
                        }
                    })
                    .collect();
                let (mark, verdict) = status_words(r.status, en);
                (
                    format!("{mark} {}", visible(name)),
                    verdict.to_string(),
                    open.join(", "),
                )
            }
            Outcome::Failed { error, .. } => (
                format!("! {}", visible(name)),
                super::messages::ui("error", en).to_string(),
                visible(&error.to_string()).into_owned(),
            ),
        })
        .collect();
    let w1 = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let w2 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (name, verdict, rest) in &rows {
        let pad1 = " ".repeat(w1 - name.chars().count());
        let pad2 = " ".repeat(w2 - verdict.chars().count());
        // The mark is the first character of the name column; only it is coloured.
        let (mark, name) = name.split_at(name.chars().next().map_or(0, char::len_utf8));
        let line = format!("{}{name}{pad1}  {verdict}{pad2}  {rest}", style.paint(mark));
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let count = |s: super::DossierStatus| {
        outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Checked(r) if r.status == s))
            .count()
    };
    let complete = count(super::DossierStatus::Complete);
    let incomplete = count(super::DossierStatus::Incomplete);
    let review = count(super::DossierStatus::NeedsReview);
    let failed = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Failed { .. }))
        .count();
    let _ = writeln!(out);
    let errors = if failed == 1 {
        "totals-error"
    } else {
        "totals-errors"
    };
    let total = dossiers_count(outcomes.len(), en);
    let [complete, incomplete, review, failed] =
        [complete, incomplete, review, failed].map(|n| n.to_string());
    let args = [
        ("dossiers", total.as_str()),
        ("complete", complete.as_str()),
        ("incomplete", incomplete.as_str()),
        ("review", review.as_str()),
        ("failed", failed.as_str()),
    ];
    let lang = if en { "en" } else { "nl" };
    let _ = writeln!(out, "{}", super::messages::reason(errors, lang, &args));
    if question {
        let _ = writeln!(out, "{}", super::messages::reason("legend", lang, &[]));
    }
    out
}

/// The dossiers' names for people: each folder's own name, with as many of its parent folders as
/// it takes to tell it from the others (`a/intake` and `b/intake`), never a whole absolute path
/// unless two dossiers differ only there.
pub fn short_names(outcomes: &[crate::report::outcome::Outcome]) -> Vec<String> {
    use super::outcome::Outcome;
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
fn dossiers_count(n: usize, _en: bool) -> String {
    if n == 1 {
        "1 dossier".to_string()
    } else {
        format!("{n} dossiers")
    }
}

/// Renders the inventory: every document with its format, kind and why, date and its source,
/// readability and problems; then the files not read.
pub fn render_inventory(report: &Report, checklist: &crate::checklist::Checklist) -> String {
    use crate::classify::{DateSource, KindBasis};
    let lang = report.checklist.language.as_str();
    let en = lang == "en";
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
                            super::messages::ui("text", en),
                            super::messages::ui("in", en)
                        )
                    }
                    Some(KindBasis::Name { cue }) => {
                        format!("{} \"{cue}\"", super::messages::ui("file-name", en))
                    }
                    Some(KindBasis::Format) => super::messages::ui("file-format", en).to_string(),
                    None => String::new(),
                };
                format!("{title} ({why})")
            }
            (None, _) => super::messages::ui("unknown", en).to_string(),
        };
        // Quotes from the letter and the checklist's titles and cues, in one line.
        let kind = visible(&kind);
        let _ = writeln!(out, "    {} {kind}", super::messages::ui("kind", en));
        let shown = d.date.as_deref().map(|x| super::phrases::show_date(x, en));
        let date = match (&shown, &d.date_source) {
            (Some(date), Some(DateSource::Label { quote })) => {
                format!(
                    "{date} ({} \"{quote}\")",
                    super::messages::ui("after-a-label", en)
                )
            }
            (Some(date), Some(DateSource::Dateline { quote })) => {
                format!(
                    "{date} ({} \"{quote}\")",
                    super::messages::ui("place-and-date", en)
                )
            }
            (Some(date), Some(DateSource::Top { quote })) => {
                format!(
                    "{date} ({} \"{quote}\")",
                    super::messages::ui("near-the-top", en)
                )
            }
            (Some(date), Some(DateSource::FileMetadata)) => format!(
                "{date} ({})",
                super::messages::ui("from-the-file-s-metadata-not-the-letter", en)
            ),
            _ => super::messages::ui("none", en).to_string(),
        };
        let _ = writeln!(
            out,
            "    {} {}",
            super::messages::ui("date", en),
            visible(&date)
        );
        let readable = if d.readable {
            super::messages::ui("yes", en).to_string()
        } else {
            let what: Vec<&str> = d
                .problems
                .iter()
                .map(|p| problem_phrase(p.code.as_str(), lang))
                .collect();
            format!("{}: {}", super::messages::ui("no", en), what.join("; "))
        };
        let _ = writeln!(
            out,
            "    {} {readable}",
            super::messages::ui("readable", en)
        );
        if let Some(ocr) = &d.ocr {
            let _ = writeln!(
                out,
                "    {} {} ({} {}%)",
                super::messages::ui("read-by-ocr", en),
                visible(&ocr.engine),
                super::messages::ui("confidence", en),
                ocr.confidence
            );
        }
        if let Some(original) = &d.copy_of {
            let _ = writeln!(
                out,
                "    {} {}",
                super::messages::ui("copy-of", en),
                visible(original)
            );
        }
        if let Some(m) = &d.medium {
            let _ = writeln!(
                out,
                "    {} {}",
                super::messages::ui("images-2", en),
                m.images_readable
            );
        }
    }
    if !report.ignored.is_empty() {
        let _ = writeln!(out, "\n{}", super::messages::ui("not-read", en));
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
    super::messages::ignored(reason, if en { "en" } else { "nl" })
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap;

    #[test]
    fn long_lines_break_at_spaces() {
        let text = "niet gevonden in leesbare stukken; bekijk zelf: IMG_2041.jpg (een scan of foto zonder tekst)";
        let lines = wrap(text, Some(30));
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap(text, None), vec![text.to_string()]);
    }
}
