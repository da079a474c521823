//! Export formats shared by the CLI and the app: JSON (schema version 1), the metric table as
//! CSV and Markdown, and number expressions as JSON lines.
//!
//! This is an edge: spans leave the core as byte offsets and are converted here, once, to
//! Unicode code point offsets, so that Python's `text[start:end]` is the span.

use crate::{Analysis, CharIndex, Metric, MetricKind, Modality, Span};
use serde_json::{json, Value};

/// The JSON schema version written; bumped only on incompatible changes.
const SCHEMA_VERSION: u32 = 1;

/// Converts byte spans of one source text to code point offsets.
struct Offsets<'a> {
    text: &'a str,
    index: CharIndex,
}

impl<'a> Offsets<'a> {
    fn new(text: &'a str) -> Self {
        Offsets {
            text,
            index: CharIndex::new(text),
        }
    }

    fn of(&self, span: Span) -> (usize, usize) {
        (
            self.index.char_offset(self.text, span.start),
            self.index.char_offset(self.text, span.end),
        )
    }
}

/// The JSON document of an analysis (the CLI's output).
pub fn json(analysis: &Analysis) -> String {
    let offsets = Offsets::new(&analysis.source);
    let doc = &analysis.document;
    let sections: Vec<Value> = analysis
        .sections
        .iter()
        .map(|s| {
            let (start, end) = offsets.of(s.span);
            json!({
                "id": s.id.0, "level": s.level, "label": s.label, "title": s.title,
                "parent": s.parent.map(|p| p.0), "role": s.role, "numbering": s.numbering,
                "start": start, "end": end,
            })
        })
        .collect();
    let paragraphs: Vec<Value> = analysis
        .paragraphs
        .iter()
        .map(|p| {
            let (start, end) = offsets.of(p.span);
            json!({
                "id": p.id.0, "section": p.section.map(|s| s.0), "text": p.text,
                "lead": p.lead.map(|(s, e)| &p.text[s..e]), "front_matter": p.front_matter,
                "cells": p.cells.iter().map(|&(s, e)| &p.text[s..e]).collect::<Vec<_>>(),
                "start": start, "end": end,
            })
        })
        .collect();
    let metrics: Vec<Value> = analysis
        .metrics
        .iter()
        .map(|m| metric_value(analysis, &offsets, m))
        .collect();
    let removed: Vec<Value> = analysis
        .removed
        .iter()
        .map(|r| {
            let (start, end) = offsets.of(r.span);
            json!({ "reason": r.reason, "start": start, "end": end })
        })
        .collect();
    let diagnostics: Vec<Value> = analysis
        .diagnostics
        .iter()
        .map(|d| {
            let span = d.span.map(|s| offsets.of(s));
            json!({
                "severity": d.severity, "code": d.code, "message": d.message,
                "start": span.map(|s| s.0), "end": span.map(|s| s.1),
            })
        })
        .collect();
    let value = json!({
        "schema_version": SCHEMA_VERSION,
        "encoding": analysis.encoding,
        "document": {
            "kind": doc.kind, "title": doc.title, "date": doc.date, "speaker": doc.speaker,
            "meeting": doc.meeting, "issuer": doc.issuer, "notice": doc.notice,
            "review_period": doc.review_period, "plan_period": doc.plan_period,
        },
        "sections": sections,
        "paragraphs": paragraphs,
        "metrics": metrics,
        "removed": removed,
        "diagnostics": diagnostics,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}

/// One metric as a JSON object.
fn metric_value(analysis: &Analysis, offsets: &Offsets, m: &Metric) -> Value {
    let (start, end) = offsets.of(m.span);
    json!({
        "id": m.id.0, "indicator": m.indicator, "value": m.value, "value_text": m.value_text,
        "upper": m.upper, "parts": m.parts, "unit": m.unit, "base_value": m.base_value, "base_unit": m.base_unit,
        "qualifier": m.qualifier, "comparison": m.comparison, "kind": m.kind,
        "modality": m.modality, "period": m.period, "section": m.section.map(|s| s.0),
        "paragraph": m.paragraph.0, "quote": quote_text(analysis, m), "start": start, "end": end,
    })
}

/// The given metrics (a filtered table) as a JSON array, with the same fields as in [`json`].
pub fn metrics_json(analysis: &Analysis, rows: &[&Metric]) -> String {
    let offsets = Offsets::new(&analysis.source);
    let values: Vec<Value> = rows
        .iter()
        .map(|m| metric_value(analysis, &offsets, m))
        .collect();
    let mut text = serde_json::to_string_pretty(&values).unwrap_or_default();
    text.push('\n');
    text
}

/// Column headers of the metric table, shared by CSV and Markdown.
const COLUMNS: [&str; 11] = [
    "section",
    "indicator",
    "value",
    "unit",
    "qualifier",
    "comparison",
    "kind",
    "modality",
    "period",
    "base_value",
    "quote",
];

/// One metric as table cells, in [`COLUMNS`] order.
fn metric_row(analysis: &Analysis, m: &Metric) -> [String; 11] {
    let section = m.section.map(|s| analysis.section(s).full_title());
    [
        section.unwrap_or_default(),
        m.indicator.clone(),
        m.signed_text().into_owned(),
        m.unit.clone().unwrap_or_default(),
        m.qualifier.clone().unwrap_or_default(),
        m.comparison.clone().unwrap_or_default(),
        kind_name(m.kind).to_owned(),
        modality_name(m.modality).to_owned(),
        m.period.clone().unwrap_or_default(),
        m.base_value.map(|v| format!("{v}")).unwrap_or_default(),
        quote_text(analysis, m).to_owned(),
    ]
}

fn kind_name(kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::Level => "level",
        MetricKind::Growth => "growth",
        MetricKind::Share => "share",
        MetricKind::PointChange => "point_change",
        MetricKind::Change => "change",
        MetricKind::Count => "count",
        MetricKind::Ratio => "ratio",
        MetricKind::Rank => "rank",
    }
}

fn modality_name(modality: Modality) -> &'static str {
    match modality {
        Modality::Actual => "actual",
        Modality::Estimate => "estimate",
        Modality::Target => "target",
    }
}

/// The header and the given rows, each cell passed through `cell`, joined by `separator`.
fn table(
    analysis: &Analysis,
    rows: &[&Metric],
    separator: &str,
    cell: impl Fn(&str) -> String,
) -> String {
    let mut out = COLUMNS.map(&cell).join(separator);
    out.push('\n');
    for m in rows {
        out.push_str(&metric_row(analysis, m).map(|c| cell(&c)).join(separator));
        out.push('\n');
    }
    out
}

/// The metric table as CSV (RFC 4180 quoting), for the given rows.
pub fn csv(analysis: &Analysis, rows: &[&Metric]) -> String {
    table(analysis, rows, ",", |cell| {
        if cell.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", cell.replace('"', "\"\""))
        } else {
            cell.to_owned()
        }
    })
}

/// The metric table as tab-separated values, for pasting into a spreadsheet.
pub fn tsv(analysis: &Analysis, rows: &[&Metric]) -> String {
    table(analysis, rows, "\t", |cell| {
        cell.replace(['\t', '\n', '\r'], " ")
    })
}

/// The metric table as a Markdown table, for the given rows.
pub fn metrics_markdown(analysis: &Analysis, rows: &[&Metric]) -> String {
    let body = table(analysis, rows, " | ", |cell| {
        cell.replace('|', "\\|").replace('\n', " ")
    });
    let mut lines = body.lines();
    let mut out = format!(
        "| {} |\n|{}\n",
        lines.next().unwrap_or(""),
        "---|".repeat(COLUMNS.len())
    );
    for line in lines {
        out.push_str(&format!("| {line} |\n"));
    }
    out
}

/// A readable report: facts, outline, then the metric table.
pub fn markdown(analysis: &Analysis) -> String {
    let doc = &analysis.document;
    let mut out = format!(
        "# {}\n\n",
        doc.title.as_deref().unwrap_or("(untitled report)")
    );
    for (name, value) in [
        ("Date", &doc.date),
        ("Meeting", &doc.meeting),
        ("Speaker", &doc.speaker),
        ("Issuer", &doc.issuer),
    ] {
        if let Some(value) = value {
            out.push_str(&format!("- {name}: {value}\n"));
        }
    }
    out.push_str(&format!(
        "- {} paragraphs, {} sections, {} metrics\n\n## Outline\n\n",
        analysis.paragraphs.len(),
        analysis.sections.len(),
        analysis.metrics.len()
    ));
    for s in &analysis.sections {
        let indent = "  ".repeat(s.level.saturating_sub(1) as usize);
        out.push_str(&format!("{indent}- {}\n", s.full_title()));
    }
    out.push_str("\n## Metrics\n\n");
    let rows: Vec<&Metric> = analysis.metrics.iter().collect();
    out.push_str(&metrics_markdown(analysis, &rows));
    if !analysis.diagnostics.is_empty() {
        out.push_str("\n## Diagnostics\n\n");
        for d in &analysis.diagnostics {
            out.push_str(&format!("- {}: {}\n", d.code, d.message));
        }
    }
    out
}

/// Every number expression of the repaired text, one JSON object per line: its text as the
/// input writes it, with code point offsets into the decoded input.
pub fn numbers(source: &str) -> String {
    let offsets = Offsets::new(source);
    let repaired = crate::normalize::normalize(source);
    let mut out = String::new();
    for block in &repaired.blocks {
        for q in crate::numbers::scan_quantities(&block.text) {
            let span = block.map.to_source(q.range.0..q.range.1);
            let (start, end) = offsets.of(span);
            let (value, upper, unit) = q.as_number();
            // The expression as the input writes it (`５．５％`), which `start..end` spans.
            let mut line = json!({
                "text": &source[span.range()], "value": value, "unit": unit,
                "start": start, "end": end,
            });
            if let Some(upper) = upper {
                line["upper"] = json!(upper);
            }
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}

/// The repaired sentence a metric was said in.
fn quote_text<'a>(analysis: &'a Analysis, m: &Metric) -> &'a str {
    let text = &analysis.paragraph(m.paragraph).text;
    text[m.quote_range.0..m.quote_range.1].trim()
}
