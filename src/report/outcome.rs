//! One dossier's outcome in a batch: its report, or why it could not be checked. The batch
//! produces outcomes; the renderers of several dossiers (table, page, JSON array) read them.

use std::path::PathBuf;

use serde::Serialize;

use super::Report;

/// The outcome for one dossier.
#[derive(Debug)]
pub enum Outcome {
    /// Checked; the report says whether it is complete.
    Checked(Box<Report>),
    /// Could not be checked.
    Failed {
        /// The dossier folder as given.
        dossier: PathBuf,
        /// Why, for people and in JSON.
        error: String,
    },
}

/// How a failed dossier appears in JSON.
#[derive(Debug, Serialize)]
pub struct FailedReport {
    /// The version of the JSON shape, as in a report.
    pub schema_version: u32,
    /// The tool and its version.
    pub tool: super::ToolInfo,
    /// The dossier folder as given.
    pub dossier: String,
    /// Always `error`.
    pub status: &'static str,
    /// Why it could not be checked.
    pub error: String,
}

/// An outcome is written as its report, or as a [`FailedReport`]: serialised straight to text, so
/// every report keeps its field order in a batch exactly as it has on its own.
impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::Checked(report) => report.serialize(serializer),
            Outcome::Failed { dossier, error } => FailedReport {
                schema_version: super::SCHEMA_VERSION,
                tool: super::ToolInfo::THIS,
                dossier: dossier.display().to_string(),
                status: "error",
                error: error.clone(),
            }
            .serialize(serializer),
        }
    }
}
