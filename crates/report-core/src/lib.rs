//! Report Lens core: analysis of Chinese official reports (政府工作报告, 统计公报, …).
//!
//! The passes run in order: [`decode`] (bytes to source text), [`normalize`] (repair into
//! paragraphs with an offset map), [`outline`] (document facts and sections), [`metrics`]
//! (quantities with indicator, kind and modality, using [`numbers`]). [`analyze`] chains them.
//! The core does no IO and never fails on text: odd text yields diagnostics.
//!
//! ```
//! let analysis = report_core::analyze_text("一、2022年工作回顾\n全年地区生产总值超过990亿元，同比增长3%。");
//! assert_eq!(analysis.sections[0].title, "2022年工作回顾");
//! let gdp = &analysis.metrics[0];
//! assert_eq!((gdp.indicator.as_str(), gdp.value, gdp.unit.as_deref()), ("地区生产总值", 990.0, Some("亿元")));
//! assert_eq!(gdp.base_value, Some(9.9e10));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

pub mod decode;
pub mod error;
#[cfg(feature = "serde")]
pub mod export;
mod fast_map;
pub mod metrics;
pub mod model;
pub mod normalize;
pub mod numbers;
pub mod outline;
pub mod search;
pub mod segments;
pub mod span;
pub mod targets;
#[cfg(feature = "serde")]
mod wire;
mod words;

pub use error::DecodeError;
pub use model::*;
pub use span::{CharIndex, Span};

/// Analyzes input bytes: decodes them, then analyzes the text.
///
/// Fails only when the bytes are not text (see [`DecodeError`]).
pub fn analyze(bytes: &[u8]) -> Result<Analysis, DecodeError> {
    analyze_with_progress(bytes, &decode::BuiltIn, &mut |_| {})
}

/// A step of an analysis, reported by [`analyze_with_progress`].
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Progress {
    /// Reading the bytes as text.
    Decode,
    /// Repairing the text into paragraphs.
    Repair,
    /// Finding the outline.
    Outline,
    /// Finding the metrics; the share of paragraphs done, 0 to 1.
    Metrics(f64),
}

/// [`analyze`], reading the legacy encodings with `legacy`, and reporting each step as it
/// starts (and the metrics step as it advances), so that a caller running it off the UI
/// thread can show progress.
pub fn analyze_with_progress(
    bytes: &[u8],
    legacy: &dyn decode::LegacyDecoder,
    progress: &mut dyn FnMut(Progress),
) -> Result<Analysis, DecodeError> {
    progress(Progress::Decode);
    let decoded = decode::decode_with(bytes, legacy)?;
    let mut analysis = analyze_text_with_progress(decoded.text, progress);
    analysis.encoding = decoded.encoding;
    if let Some(container) = &decoded.container {
        analysis.diagnostics.push(Diagnostic {
            severity: Severity::Info,
            code: "text-extracted",
            message: format!("the text was taken from a {container}; offsets point into that text"),
            span: None,
        });
    }
    if decoded.n_replaced > 0 {
        analysis.diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code: "malformed-bytes",
            message: format!(
                "{} malformed byte sequences were replaced by U+FFFD",
                decoded.n_replaced
            ),
            span: None,
        });
    }
    Ok(analysis)
}

/// Analyzes decoded text. Never fails; odd text yields diagnostics.
pub fn analyze_text(text: &str) -> Analysis {
    analyze_text_with_progress(text.to_owned(), &mut |_| {})
}

/// The keys of a scraper's or a publication table's title (`标题：…`, `文件名称 | …`).
const TITLE_KEYS: &[&str] = &["标题", "title", "文件名称", "名称"];

/// The keys of a scraper's or a publication table's date (`发布时间：…`, `成文日期 | …`).
const DATE_KEYS: &[&str] = &[
    "发文时间",
    "发布时间",
    "发布日期",
    "成文日期",
    "发文日期",
    "公开日期",
    "date",
];

/// What a scraper recorded above the text (`标题：2023年保定市政府工作报告`,
/// `报告人：…县长 蒋东方`, `发文时间：2021-08-17`), which the repair removed.
fn recorded_facts(text: &str, removed: &[Removal]) -> outline::Recorded {
    let mut recorded = outline::Recorded::default();
    for r in removed
        .iter()
        .filter(|r| r.reason == RemovalReason::ScraperMetadata)
    {
        let Some(line) = text.get(r.span.range()) else {
            continue;
        };
        if line.contains(normalize::TABLE_CELL_SEPARATORS) {
            recorded_row(line, r.span.start, &mut recorded);
            continue;
        }
        let Some((key, raw)) = line.split_once(['：', ':']) else {
            continue;
        };
        let value = raw.trim();
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim() {
            "报告人" => &mut recorded.speaker,
            "会议" => &mut recorded.meeting,
            k if DATE_KEYS.contains(&k) => &mut recorded.date,
            k if TITLE_KEYS.contains(&k) && recorded.title.is_none() => {
                // (A front matter quotes its values: `title: '…'`.)
                let quoted = value.len() >= 2
                    && (value.starts_with('\'') && value.ends_with('\'')
                        || value.starts_with('"') && value.ends_with('"'));
                let value = if quoted {
                    &value[1..value.len() - 1]
                } else {
                    value
                };
                let start =
                    r.span.start + line.len() - raw.trim_start().len() + usize::from(quoted);
                recorded.title = Some((value.to_owned(), Span::new(start, start + value.len())));
                continue;
            }
            _ => continue,
        };
        slot.get_or_insert_with(|| value.to_owned());
    }
    if recorded.date.is_none() {
        recorded.date = byline_date(text, removed).map(str::to_owned);
    }
    recorded
}

/// The title and date in a row of a government site's publication table
/// (`文件名称 | 某区2025年政府工作报告 | 索引号 | …`, `文号 | 成文日期： | 2025年04月15日 |`),
/// the row starting at `start` of the text: each key's value is the cell after it.
fn recorded_row(line: &str, start: usize, recorded: &mut outline::Recorded) {
    // (Where a cell's trimmed text starts in the row: it is a slice of it.)
    let offset = |cell: &str| cell.as_ptr() as usize - line.as_ptr() as usize;
    let cells: Vec<&str> = line.split(normalize::TABLE_CELL_SEPARATORS).collect();
    for pair in cells.windows(2) {
        let (key, value) = (normalize::table_key(pair[0]), normalize::table_key(pair[1]));
        if value.is_empty() || normalize::METADATA_TABLE_KEYS.contains(&value) {
            continue;
        }
        match key {
            k if TITLE_KEYS.contains(&k) && recorded.title.is_none() => {
                let at = start + offset(value);
                recorded.title = Some((value.to_owned(), Span::new(at, at + value.len())));
            }
            k if DATE_KEYS.contains(&k) && recorded.date.is_none() => {
                recorded.date = Some(value.to_owned());
            }
            _ => {}
        }
    }
}

/// The date of a news page's byline (`来源：市统计局　发布时间：2024-10-25 09:30`,
/// `2022-01-24 09:09:00`), among the lines of the page's header the repair removed, before the
/// text's first sentence.
fn byline_date<'a>(text: &'a str, removed: &[Removal]) -> Option<&'a str> {
    let first_sentence = text.find('。').unwrap_or(text.len());
    for r in removed.iter().take_while(|r| r.span.start < first_sentence) {
        if r.reason != RemovalReason::SiteClutter {
            continue;
        }
        let line = text.get(r.span.range())?.trim();
        let dated = |value: &str| {
            value
                .get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        };
        let labelled = normalize::PUBLICATION_LABELS.iter().find_map(|l| {
            let at = line.find(l)?;
            let value = line[at + l.len()..].strip_prefix(['：', ':'])?.trim_start();
            dated(value).then_some(value)
        });
        // (Or a timestamp after the byline's other fields: `来源:新华社 责任编辑:某某 2025-03-12
        // 17:54:03`.)
        let stamped = || {
            line.char_indices()
                .filter(|&(i, _)| line[..i].ends_with([' ', '　', ':', '：']))
                .map(|(i, _)| &line[i..])
                .find(|rest| normalize::is_timestamp(rest))
        };
        if let Some(value) = labelled
            .or_else(|| dated(line).then_some(line))
            .or_else(stamped)
        {
            return Some(value);
        }
    }
    None
}

/// [`analyze_text`] of a text it keeps as the analysis's `source` (no copy), reporting progress
/// as [`analyze_with_progress`] does (from the repair on).
pub fn analyze_text_with_progress(text: String, progress: &mut dyn FnMut(Progress)) -> Analysis {
    progress(Progress::Repair);
    let mut diagnostics = Vec::new();
    // A text in traditional characters is read in simplified ones (the same byte offsets), and
    // kept as written for the original view.
    let simplified = normalize::fold_traditional(&text);
    if let Some((_, n)) = &simplified {
        diagnostics.push(Diagnostic {
            severity: Severity::Info,
            code: "traditional-script",
            message: format!(
                "the text is in traditional characters: it was read in simplified ones ({n} characters)"
            ),
            span: None,
        });
    }
    let read = simplified
        .as_ref()
        .map_or(text.as_str(), |(s, _)| s.as_str());
    let repaired = normalize::normalize(read);
    let removed = repaired.removed.clone();
    if repaired.blocks.is_empty() {
        diagnostics.push(Diagnostic {
            severity: Severity::Warning,
            code: "no-text",
            message: "no report text was found".to_owned(),
            span: None,
        });
    }
    progress(Progress::Outline);
    let mut outline = outline::outline_recorded(repaired.blocks, recorded_facts(read, &removed));
    diagnostics.extend(outline.diagnostics);
    progress(Progress::Metrics(0.0));
    let metrics = metrics::metrics_with_progress(
        read,
        &mut outline.paragraphs,
        &outline.maps,
        &outline.sections,
        &outline.document,
        &mut |done| progress(Progress::Metrics(done)),
    );
    Analysis {
        source: text,
        encoding: "UTF-8",
        document: outline.document,
        sections: outline.sections,
        paragraphs: outline.paragraphs,
        metrics,
        removed,
        diagnostics,
    }
}
