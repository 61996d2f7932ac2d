//! One renderer per output format behind one trait: the command line picks a [`Reporter`] once,
//! and every path that writes reports (one dossier, a batch, one file per dossier) asks it. A new
//! output format is one new implementation here and one line where the command line picks it.

use super::escape::visible;
use super::outcome::Outcome;
use super::text::Style;
use super::Report;

/// Renders reports in one output format.
pub trait Reporter {
    /// The extension of a file holding one dossier's report (`--output-dir`).
    fn extension(&self) -> &'static str;
    /// One checked dossier's report.
    fn one(&self, report: &Report) -> String;
    /// Several dossiers as one text; a dossier that could not be checked is named with its error.
    fn many(&self, outcomes: &[Outcome]) -> String;
}

/// The text report for people at the desk, and the one-line-per-dossier table.
pub struct Text {
    /// Colour, ASCII and width.
    pub style: Style,
    /// Every document and every reason, not only what is open.
    pub explain: bool,
    /// In a batch, the table alone, without each dossier's detail.
    pub table_only: bool,
    /// The report language (`nl` or `en`).
    pub lang: String,
    /// Files lying loose in an inbox, named under the table.
    pub loose: Vec<String>,
}

impl Text {
    /// The one-line-per-dossier table, and under it the files lying loose in the inbox.
    pub fn table(&self, outcomes: &[Outcome]) -> String {
        let mut text = super::text::render_batch(outcomes, &self.lang, self.style);
        if !self.loose.is_empty() {
            let names: Vec<String> = self
                .loose
                .iter()
                .map(|name| visible(name).into_owned())
                .collect();
            let label = if self.lang == "en" {
                "Loose in the inbox, not in a dossier folder (not checked):"
            } else {
                "Los in de inbox, niet in een dossiermap (niet gecontroleerd):"
            };
            text.push_str(&format!("{label} {}\n", names.join(", ")));
        }
        text
    }
}

impl Reporter for Text {
    fn extension(&self) -> &'static str {
        "txt"
    }

    fn one(&self, report: &Report) -> String {
        self.style
            .finish(super::text::render(report, self.explain, self.style))
    }

    /// Each dossier's detail comes before the table unless the table alone is asked for.
    fn many(&self, outcomes: &[Outcome]) -> String {
        let mut text = String::new();
        if !self.table_only {
            for o in outcomes {
                if let Outcome::Checked(r) = o {
                    text.push_str(&super::text::render(r, self.explain, self.style));
                    text.push_str(&"─".repeat(40));
                    text.push_str("\n\n");
                }
            }
        }
        text.push_str(&self.table(outcomes));
        self.style.finish(text)
    }
}

/// The letter to the sender asking for what is missing, as plain text or Markdown.
pub struct Letter {
    /// Colour, ASCII and width.
    pub style: Style,
    /// Markdown instead of plain text.
    pub markdown: bool,
}

impl Reporter for Letter {
    fn extension(&self) -> &'static str {
        if self.markdown {
            "md"
        } else {
            "txt"
        }
    }

    fn one(&self, report: &Report) -> String {
        self.style
            .finish(super::letter::render(report, self.markdown))
    }

    /// One letter per dossier, each under its short, unique name.
    fn many(&self, outcomes: &[Outcome]) -> String {
        let names = super::text::short_names(outcomes);
        let letters: Vec<String> = outcomes
            .iter()
            .zip(&names)
            .map(|(o, name)| match o {
                Outcome::Checked(r) => format!(
                    "== {} ==\n\n{}",
                    visible(name),
                    super::letter::render(r, self.markdown)
                ),
                Outcome::Failed { error, .. } => {
                    format!("== {} ==\n\n{}\n", visible(name), visible(error))
                }
            })
            .collect();
        self.style.finish(letters.join("\n"))
    }
}

/// JSON for scripts: one pretty document, or one line per dossier (NDJSON).
pub struct Json {
    /// One line per report (NDJSON) instead of a pretty document.
    pub lines: bool,
}

impl Reporter for Json {
    fn extension(&self) -> &'static str {
        if self.lines {
            "ndjson"
        } else {
            "json"
        }
    }

    fn one(&self, report: &Report) -> String {
        if self.lines {
            super::json::render_line(report)
        } else {
            super::json::render(report)
        }
    }

    /// An array of reports and error entries, as a batch has always been written.
    fn many(&self, outcomes: &[Outcome]) -> String {
        super::json::render_outcomes(outcomes)
    }
}

/// One HTML page: the table of dossiers, then each dossier's detail.
pub struct Html {
    /// The report language (`nl` or `en`).
    pub lang: String,
}

impl Reporter for Html {
    fn extension(&self) -> &'static str {
        "html"
    }

    fn one(&self, report: &Report) -> String {
        super::html::render(&[Outcome::Checked(Box::new(report.clone()))], &self.lang)
    }

    fn many(&self, outcomes: &[Outcome]) -> String {
        super::html::render(outcomes, &self.lang)
    }
}
