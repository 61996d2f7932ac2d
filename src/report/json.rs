//! The JSON report for scripts: the report types written as they are.

use super::Report;

/// The report as pretty-printed JSON, with a trailing newline.
pub fn render(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(report)
        .unwrap_or_else(|e| format!("{{\"error\": \"cannot write report: {e}\"}}"));
    out.push('\n');
    out
}

/// The report as one line of JSON (for NDJSON output), with a trailing newline.
pub fn render_line(report: &Report) -> String {
    let mut out = serde_json::to_string(report)
        .unwrap_or_else(|e| format!("{{\"error\": \"cannot write report: {e}\"}}"));
    out.push('\n');
    out
}

/// Several dossiers as a pretty JSON array of reports and error entries, with a trailing newline.
pub fn render_outcomes(outcomes: &[super::outcome::Outcome]) -> String {
    let mut out = serde_json::to_string_pretty(outcomes)
        .unwrap_or_else(|e| format!("{{\"error\": \"cannot write reports: {e}\"}}"));
    out.push('\n');
    out
}

/// The inventory part of a report (documents and ignored files) as pretty JSON.
pub fn render_inventory(report: &Report) -> String {
    #[derive(serde::Serialize)]
    struct Inventory<'a> {
        schema_version: u32,
        tool: super::ToolInfo,
        dossier: &'a str,
        documents: &'a [super::DocumentReport],
        ignored: &'a [crate::walk::Ignored],
    }
    let inventory = Inventory {
        schema_version: super::SCHEMA_VERSION,
        tool: super::ToolInfo::THIS,
        dossier: &report.dossier,
        documents: &report.documents,
        ignored: &report.ignored,
    };
    let mut out = serde_json::to_string_pretty(&inventory)
        .unwrap_or_else(|e| format!("{{\"error\": \"cannot write inventory: {e}\"}}"));
    out.push('\n');
    out
}
