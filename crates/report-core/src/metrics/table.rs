//! Tables: figures in columns under a header, one row a line (`粮食 万吨 70650 1.6` under
//! `产品名称 单位 产量 比上年增长（%）`), as statistical communiqués, budgets and statistics
//! pages give them, in a PDF's text (cells apart by spaces), a web page's (the decoder puts a
//! tab between cells) or Markdown (`| 粮食 | 70650 |`).
//!
//! The repair gives each row as a paragraph of its own. This pass finds runs of rows (a label,
//! then figures to the end of the line; a year for label in a series of years) after a header,
//! a caption (`表2 …`) or a unit line (`单位：万吨`) — or, without any of them, at least three
//! rows of the same two or more figures — and makes each figure a metric named by its row's
//! label and its column's header: the column says the kind (`比上年增长（%）` a growth,
//! `比重（%）` a share, `为预算%` the share of budget reached), the unit (in brackets, or the
//! row's unit cell, or the table's unit line), the comparison (`比上年`), the period (`2023年`,
//! `3月末`, `2024年预算数`) and whether it plans (`目标`, `预算数`) or tells a result (`执行数`).
//! The rows are not read as prose; their cells, and the header's, are marked on their
//! paragraphs for the reading view.

use super::Modality;
use crate::model::{Metric, MetricId, MetricKind, Paragraph, SectionId};
use crate::numbers::units::{scan_unit, UnitClass};
use crate::span::OffsetMap;

/// Most characters of a row's label.
const MAX_LABEL_CHARS: usize = 40;
/// Most characters of a header's cell.
const MAX_HEADER_CELL_CHARS: usize = 20;
/// Most figures in a row.
const MAX_CELLS: usize = 16;
/// Paragraphs before a table's first row looked at for its header, unit line and caption.
const MAX_LEAD_PARAGRAPHS: usize = 3;

/// A figure of a row: bytes of the paragraph's text, and its value (`None` for a placeholder,
/// `—`).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cell {
    range: (usize, usize),
    value: Option<f64>,
    /// Written with `%`.
    percent: bool,
    /// A bound or approximation a plan's table writes with the figure (`6左右`, `>10`), or
    /// `累计` for a figure in brackets, a plan's total over its years (`[4.8]`).
    qualifier: Option<&'static str>,
    /// Bytes of a unit the cell writes after its figure (`6.2万人`).
    unit: Option<(usize, usize)>,
    /// The sign of a change the cell says in words before its figure (`增长6%` 1, `下降2.5%`
    /// -1), as a plan's targets are written in its table.
    change: Option<f64>,
}

/// A row: its label (without `其中：` and a unit in brackets), its unit cell, its figures.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row {
    label: String,
    unit: Option<String>,
    /// Whether the unit was in brackets after the label (`大牲畜（万头）`), which the rows
    /// after it that say none share (`#黄牛及肉牛`).
    unit_in_label: bool,
    cells: Vec<Cell>,
    /// What the group of rows it is in measures (`存栏` under `期末畜禽存栏`).
    group: Option<&'static str>,
    /// Bytes of the text of each cell as the reading view shows them: the label, the unit cell
    /// if any, the figures.
    shown: Vec<(usize, usize)>,
    /// The first of the label's words when it has more than one: a plan's table may open its
    /// rows with their category (`经济发展 地区生产总值增长（%） …`).
    first_word: Option<String>,
    /// Whether the row ends with its indicator's attribute (`预期性`, `约束性`): a plan's.
    planned: bool,
}

/// What a column's header says of its figures.
#[derive(Debug, Clone, Default, PartialEq)]
struct Column {
    /// What is measured (`产量`), when the header names it rather than saying `年末数`.
    noun: Option<String>,
    sense: Sense,
    /// A unit in the header (`比重（%）`, `产量(万吨)`).
    unit: Option<String>,
    /// `比上年`, `同比`, `比年初`.
    comparison: Option<String>,
    /// `2023年`, `3月末` (and for a column without one, the one to its left).
    period: Option<String>,
    /// A plan's column (`目标`, `预算数`), an estimate's (`预计`) or a result's (`执行数`).
    modality: Option<Modality>,
    /// A rate a year over the years the columns before span (`年均增长`).
    over_years: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq)]
enum Sense {
    #[default]
    Level,
    /// A growth in per cent (or in points, with `百分点`).
    Growth,
    Share,
}

/// A table: its rows (paragraph index and row) and what its header, caption and unit line say.
#[derive(Debug)]
pub(super) struct Table {
    rows: Vec<(usize, Row)>,
    columns: Vec<Column>,
    /// The units its unit line names (`单位：亿元`), in order.
    units: Vec<String>,
    /// The year a caption names (`表1 2024年年末人口数及其构成`).
    period: Option<String>,
    /// The header's paragraph and its cells, for the reading view.
    header_shown: Option<(usize, Vec<(usize, usize)>)>,
    /// A plan's table of indicators (its rows or header give each an attribute, `预期性`): its
    /// figures are targets, but for its base year's.
    plan: bool,
    /// The last year of a five-year plan its caption names for its indicators
    /// (`“十五五”时期经济社会发展主要指标`): a plan's table unless the report is dated after it.
    plan_ends: Option<u32>,
}

/// The tables of a report's paragraphs, in order. `source` is the text the paragraphs' spans
/// point into (a header's cells are read there, where tabs and wide gaps still part them).
pub(super) fn find(paragraphs: &[Paragraph], source: &str) -> Vec<Table> {
    let mut tables = Vec::new();
    let mut i = 0;
    while i < paragraphs.len() {
        let row_of = |p: &Paragraph| row_of(p, source);
        let Some(first) = row_of(&paragraphs[i]) else {
            i += 1;
            continue;
        };
        let section = paragraphs[i].section;
        let lead = Lead::before(paragraphs, i, source);
        let mut group = lead.group;
        let mut rows = vec![(i, Row { group, ..first })];
        let mut j = i + 1;
        while let Some(p) = paragraphs.get(j).filter(|p| p.section == section) {
            if let Some(row) = row_of(p) {
                rows.push((j, Row { group, ..row }));
            } else if is_group_label(&p.text) && paragraphs.get(j + 1).and_then(&row_of).is_some() {
                group = group_measure(&p.text);
            } else if is_unlabelled_row(&p.text)
                && paragraphs.get(j + 1).and_then(&row_of).is_some()
            {
                // `211199 212128`: a row whose label the extraction lost (`女`) is passed over,
                // and the table goes on.
            } else {
                break;
            }
            j += 1;
        }
        if let Some(table) = Table::new(rows, lead) {
            tables.push(table);
        }
        i = j;
    }
    tables
}

/// A row of a paragraph, if it is one: not front matter, a label and one or more figures to
/// the end of the line, nothing a sentence has (`，`, `。`).
/// (Its cells are read in the source where tabs or wide gaps part them, as a web page's table or
/// a PDF's keeps them: the repair joins a figure to the words around it, `（%）3.9—6左右`.)
fn row_of(paragraph: &Paragraph, source: &str) -> Option<Row> {
    if paragraph.front_matter {
        return None;
    }
    let text = paragraph.text.as_str();
    // (Looked for only in a paragraph that passed the row's first tests.)
    // (A plan's row, which ends with its attribute, parted by single spaces too, as a PDF's text
    // gives it: `1.地区生产总值增长（%） 5.5 5左右 — 预期性`.)
    let cells = || {
        source
            .get(paragraph.span.range())
            .filter(|s| !s.contains('\n'))
            .and_then(|s| {
                let gap = if s.contains('\t') || s.contains("  ") {
                    "  "
                } else if crate::words::is_plan_table_line(s) {
                    " "
                } else {
                    return None;
                };
                let cells: Vec<String> = s
                    .split(['\t', '|'])
                    .flat_map(|c| c.split(gap))
                    .map(squeeze)
                    .filter(|c| !c.is_empty())
                    .collect();
                cell_spans(text, &cells)
            })
    };
    row(text, cells)
}

/// A row of `text`, its cells where `cells_at` finds them in it (else apart by spaces).
fn row(text: &str, cells_at: impl FnOnce() -> Option<Vec<(usize, usize)>>) -> Option<Row> {
    // (Most paragraphs end with a sentence's end: told at once. A Markdown table's row ends with
    // `|`; a plan's, with its indicator's attribute, `预期性` or `约束性`, which says nothing
    // of its figures.)
    fn trim(t: &str) -> &str {
        t.trim_end().trim_end_matches('|').trim_end()
    }
    let body = trim(text);
    let (body, attribute) = match crate::words::PLAN_ATTRIBUTES
        .iter()
        .find_map(|a| body.strip_suffix(a))
    {
        Some(rest) => (trim(rest), true),
        None => (body, false),
    };
    let last = body.chars().next_back()?;
    // (Or a bound or a unit after its figure: `| 5.5左右 |`, `| 6万人以上 |`.)
    let bounded = || {
        let token = body.rsplit([' ', '|']).next().unwrap_or(body);
        bounded_figure(token, 0).is_some() || figure_with_unit(token, 0).is_some()
    };
    let closes =
        last.is_ascii_digit() || matches!(last, '%' | '—' | '-' | '…' | ']' | '〕') || bounded();
    if !(closes || body.ends_with(FLAT) || attribute) {
        return None;
    }
    if text.contains(['，', '。', '；', '！', '？', '“']) {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    let mut cells = Vec::new();
    let tokens: Vec<(usize, usize)> = match cells_at() {
        Some(at) => at
            .into_iter()
            .filter(|&(_, end)| end <= body.len())
            .collect(),
        None => {
            let mut at = 0;
            body.split([' ', '|'])
                .map(|token| {
                    let start = at;
                    at += token.len() + 1;
                    (start, start + token.len())
                })
                .collect()
        }
    };
    for (start, end) in tokens {
        let token = &body[start..end];
        if token.is_empty() {
            continue;
        }
        // `原油 万吨4000.0持平`: a growth cell that says no change, glued on by the repair.
        let (token, flat) = match token.strip_suffix(FLAT) {
            Some(rest) if !rest.is_empty() => (rest, true),
            _ => (token, false),
        };
        let flat_cell = Cell {
            range: (start + token.len(), start + token.len() + FLAT.len()),
            value: Some(0.0),
            percent: false,
            qualifier: None,
            unit: None,
            change: None,
        };
        if let Some(cell) = bounded_figure(token, start) {
            cells.push(cell);
            if flat {
                cells.push(flat_cell);
            }
            continue;
        }
        // `| 6.2万人 | 6万人以上 |`: a figure with its unit in the cell.
        if let Some(cell) = figure_with_unit(token, start) {
            cells.push(cell);
            continue;
        }
        // `地区生产总值 亿元 增长6% 586.3 5.8`: a target said as a change, in per cent.
        if let Some(cell) = change_cell(token, start) {
            cells.push(cell);
            continue;
        }
        if !cells.is_empty() {
            // Words after figures: not a row (`2024年 12345 5.0` is, with a year for label),
            // but in a plan's row, a target said in words (`高于GDP增长`, `与经济增长同步`).
            if attribute && !token.contains(|c: char| c.is_ascii_digit()) {
                cells.push(Cell {
                    range: (start, start + token.len()),
                    value: None,
                    percent: false,
                    qualifier: None,
                    unit: None,
                    change: None,
                });
                continue;
            }
            return None;
        }
        // `全国人口140828`: the repair drops the space between Chinese and a figure.
        match trailing_figure(token) {
            Some(split) => {
                let (value, percent) = figure(&token[split..])?;
                words.push(&token[..split]);
                cells.push(Cell {
                    range: (start + split, start + token.len()),
                    value,
                    percent,
                    qualifier: None,
                    unit: None,
                    change: None,
                });
            }
            None => words.push(token),
        }
        if flat {
            if cells.is_empty() {
                return None;
            }
            cells.push(flat_cell);
        }
    }
    // `2018 9245.0 9.0`: a year's row of a series (`年份 工业增加值（亿元） 比上年增长（%）`).
    let year_cell = words.is_empty()
        && cells.len() >= 2
        && cells[0]
            .value
            .is_some_and(|v| (1949.0..=2100.0).contains(&v) && v.fract() == 0.0)
        && !cells[0].percent;
    if year_cell {
        let year = cells.remove(0);
        words.push(&text[year.range.0..year.range.1]);
    }
    if cells.is_empty() || cells.len() > MAX_CELLS || words.is_empty() {
        return None;
    }
    // (The words are pieces of `text`: where each starts.)
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let span = |w: &str| (offset(w), offset(w) + w.len());
    // A unit cell after the label (`粮食 万吨 70650`).
    let mut unit = None;
    let mut shown = Vec::with_capacity(cells.len() + 2);
    if words.len() > 1 && is_unit(words[words.len() - 1]) {
        let cell = words.pop().unwrap_or_default();
        unit = Some(cell.to_owned());
        shown.push(span(cell));
    }
    let label_span = (span(words[0]).0, span(words[words.len() - 1]).1);
    // `一、食品烟酒`, `1.地区生产总值增长（%）`: a row's label numbered as a list's item (after
    // its category, `经济发展 1.…`).
    for word in &mut words {
        if let Some(marker) = crate::outline::numbering::scan_marker(word)
            .filter(|m| m.kind != crate::model::NumberingKind::Part && m.len < word.len())
        {
            *word = &word[marker.len..];
        }
    }
    let first_word = (words.len() > 1).then(|| words[0].to_owned());
    shown.insert(0, label_span);
    shown.extend(cells.iter().map(|c| c.range));
    let mut label: String = words.concat();
    for prefix in ["其中：", "其中:", "其中", "#", "＃", "内："] {
        if let Some(rest) = label.strip_prefix(prefix).filter(|r| !r.is_empty()) {
            label = rest.to_owned();
            break;
        }
    }
    // `粮食产量（万吨）`: a unit in brackets after the label.
    let mut unit_in_label = false;
    if let Some((name, bracketed)) = bracketed_tail(&label) {
        if is_unit(bracketed) {
            unit = Some(bracketed.to_owned());
            label = name.to_owned();
            unit_in_label = true;
        }
    }
    let chars = label.chars().count();
    if chars == 0 || chars > MAX_LABEL_CHARS {
        return None;
    }
    Some(Row {
        label,
        unit,
        unit_in_label,
        cells,
        group: None,
        shown,
        first_word,
        planned: attribute,
    })
}

/// A figure cell with what a plan's table may write around it: a bound or approximation
/// (`6左右`, `>10`, `≥95`) or brackets for a total over the plan's years (`[4.8]`). `start` is
/// where the token is in its row; the cell's range is the figure's alone.
fn bounded_figure(token: &str, start: usize) -> Option<Cell> {
    const BEFORE: &[(&str, &str)] = &[
        (">", "超过"),
        ("＞", "超过"),
        ("≥", "不低于"),
        ("<", "低于"),
        ("＜", "低于"),
        ("≤", "不高于"),
    ];
    let (from, inner, qualifier) = if let Some((open, inner)) = token
        .strip_prefix(['[', '〔', '［'])
        .and_then(|t| Some((token.len() - t.len(), t.strip_suffix([']', '〕', '］'])?)))
    {
        (open, inner, Some("累计"))
    } else if let Some((inner, q)) = BEFORE
        .iter()
        .find_map(|(b, q)| token.strip_prefix(b).map(|t| (t, *q)))
    {
        (token.len() - inner.len(), inner, Some(q))
    } else if let Some((inner, q)) = super::BOUNDS_AFTER
        .iter()
        .find_map(|a| token.strip_suffix(a).map(|t| (t, *a)))
    {
        (0, inner, Some(q))
    } else {
        (0, token, None)
    };
    let (value, percent) = figure(inner)?;
    (value.is_some() || qualifier.is_none()).then_some(Cell {
        range: (start + from, start + from + inner.len()),
        value,
        percent,
        qualifier,
        unit: None,
        change: None,
    })
}

/// A figure cell that writes its unit after the figure, and a bound perhaps after both
/// (`6.2万人`, `6万人以上`). `start` is where the token is in its row.
fn figure_with_unit(token: &str, start: usize) -> Option<Cell> {
    let at = token.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+')))?;
    let (figure, tail) = token.split_at(at);
    let (unit, bound) = super::BOUNDS_AFTER
        .iter()
        .find_map(|b| tail.strip_suffix(b).map(|u| (u, *b)))
        .unwrap_or((tail, ""));
    if unit == "%" || !is_unit(unit) {
        return None;
    }
    let cell = bounded_figure(&format!("{figure}{bound}"), start)?;
    let unit = Some((start + at, start + at + unit.len()));
    cell.value.is_some().then_some(Cell { unit, ..cell })
}

/// A cell that says a change in words before its figure in per cent (`增长6%`, `下降2.5%左右`).
fn change_cell(token: &str, start: usize) -> Option<Cell> {
    const CHANGES: &[(&str, f64)] = &[("增长", 1.0), ("提高", 1.0), ("下降", -1.0), ("降低", -1.0)];
    let (word, sign) = CHANGES.iter().find(|(w, _)| token.starts_with(w))?;
    let cell = bounded_figure(&token[word.len()..], start + word.len())?;
    (cell.percent && cell.value.is_some()).then_some(Cell {
        change: Some(*sign),
        ..cell
    })
}

/// A change cell that says there was none.
const FLAT: &str = "持平";

/// A figure cell: a number (`70650`, `-5.2`, `1,234.5`, `67.0%`), no change (`持平`: 0) or a
/// placeholder (`—`).
fn figure(token: &str) -> Option<(Option<f64>, bool)> {
    if matches!(token, "—" | "——" | "-" | "--" | "…" | "……" | "/" | "×") {
        return Some((None, false));
    }
    if token == FLAT {
        return Some((Some(0.0), false));
    }
    let (number, percent) = match token.strip_suffix('%') {
        Some(n) => (n, true),
        None => (token, false),
    };
    let digits = number.strip_prefix(['-', '+']).unwrap_or(number);
    let first = digits.bytes().next()?;
    let well_formed = first.is_ascii_digit()
        && digits.bytes().last().is_some_and(|b| b.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1;
    if !well_formed {
        return None;
    }
    let value: f64 = number.replace(',', "").parse().ok()?;
    Some((Some(value), percent))
}

/// Whether a line holds figures alone, a row without its label.
fn is_unlabelled_row(text: &str) -> bool {
    let mut tokens = text.split_whitespace().peekable();
    tokens.peek().is_some() && tokens.all(|t| figure(t).is_some_and(|(v, _)| v.is_some()))
}

/// Where a figure glued to the end of a word starts (`全国人口140828`, `万吨70650`): after a
/// Chinese character or a closing bracket, not inside a name (`PM2.5`, `5G`).
fn trailing_figure(token: &str) -> Option<usize> {
    let split = token
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-'))
        .last()
        .map(|(at, _)| at)?;
    let before = token[..split].chars().next_back()?;
    (split > 0 && (crate::numbers::is_ideograph(before) || matches!(before, '）' | '：')))
        .then_some(split)
}

/// Whether a word is a unit and nothing else (`万吨`, `亿元`, `%`, `元/人`).
fn is_unit(word: &str) -> bool {
    word == "%" || scan_unit(word).is_some_and(|m| m.len == word.len() && m.base.is_some())
}

/// A header's unit as metrics write it: `±%` (a change either way, in per cent) is `%`.
fn unit_of_header(inner: &str) -> Option<String> {
    let inner = inner.strip_prefix('±').unwrap_or(inner);
    is_unit(inner).then(|| inner.to_owned())
}

/// `产量（万吨）` → (`产量`, `万吨`); half-width brackets too.
fn bracketed_tail(text: &str) -> Option<(&str, &str)> {
    let inner = text.strip_suffix('）').or_else(|| text.strip_suffix(')'))?;
    let open = inner.rfind(['（', '('])?;
    let bracket = inner[open..].chars().next()?.len_utf8();
    Some((&text[..open], &inner[open + bracket..]))
}

/// A short line between a table's rows that names the group of rows after it (`按经济类型分`,
/// `其中：`).
fn is_group_label(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= 16
        && !text.contains(['，', '。', '；', '！', '？'])
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// Measures a group of rows may be of, as the line that opens the group ends with them
/// (`期末畜禽存栏`, `畜禽产品产量`).
const GROUP_MEASURES: &[&str] = &[
    "存栏",
    "出栏",
    "产量",
    "产值",
    "增加值",
    "收入",
    "支出",
    "投资",
    "存款",
    "贷款",
    "面积",
    "销售额",
    "销售量",
];

/// What a line that opens a group of rows says they measure.
fn group_measure(text: &str) -> Option<&'static str> {
    let text = text.trim();
    GROUP_MEASURES.iter().copied().find(|m| text.ends_with(m))
}

/// What the paragraphs before a table's first row say of it.
#[derive(Debug, Default)]
struct Lead {
    header: Option<Vec<String>>,
    /// The header's paragraph and its cells' bytes in its text, for the reading view.
    header_shown: Option<(usize, Vec<(usize, usize)>)>,
    units: Vec<String>,
    caption: Option<String>,
    /// A line right above the header that titles the table without a caption's form (see
    /// [`is_title`]): read only for the plan it names.
    title: Option<String>,
    /// What the group of rows the table opens with measures (`期末畜禽存栏` right before the
    /// first row).
    group: Option<&'static str>,
}

impl Lead {
    /// Up to three paragraphs of the same section right before the first row: a header, a
    /// unit line and a caption, in any order, each once.
    fn before(paragraphs: &[Paragraph], first: usize, source: &str) -> Lead {
        let mut lead = Lead::default();
        let section = paragraphs[first].section;
        let mut before = paragraphs[..first]
            .iter()
            .rev()
            .take_while(|p| p.section == section)
            .peekable();
        // A Markdown table's rule under its header (`|---|---|`).
        before.next_if(|p| {
            p.text.contains('-')
                && p.text
                    .trim()
                    .chars()
                    .all(|c| matches!(c, '|' | '-' | ':' | ' '))
        });
        // A line that opens the first group of rows, between the header and them.
        if let Some(p) = before.next_if(|p| {
            is_group_label(&p.text) && header_cells(&source[p.span.range()], &p.text).is_none()
        }) {
            lead.group = group_measure(&p.text);
        }
        for p in before.take(MAX_LEAD_PARAGRAPHS) {
            let text = p.text.trim();
            if let Some(units) = unit_line(text) {
                if !lead.units.is_empty() {
                    break;
                }
                lead.units = units;
            } else if is_caption(text) || titled_unit_line(text).is_some() {
                // `表2 … 单位：万吨`, `2012年末全市金融机构存贷 单位：亿元`: a caption or a
                // table's title may end with the unit line.
                if lead.units.is_empty() {
                    lead.units = titled_unit_line(text).unwrap_or_default();
                }
                lead.caption = Some(text.to_owned());
                break;
            } else if lead.header.is_some() && is_title(text) {
                lead.title = Some(text.to_owned());
                break;
            } else if lead.header.is_none() && lead.units.is_empty() {
                match header_cells(&source[p.span.range()], text) {
                    Some(cells) => {
                        lead.header_shown =
                            cell_spans(&p.text, &cells).map(|s| (p.id.0 as usize, s));
                        lead.header = Some(cells);
                    }
                    None => break,
                }
            } else {
                break;
            }
        }
        lead
    }
}

/// `单位：万吨` (`单位：亿元、%`, `（单位：亿元）`): the units, in order.
fn unit_line(text: &str) -> Option<Vec<String>> {
    let text = text.trim_start_matches(['（', '(']);
    let rest = text
        .strip_prefix("单位：")
        .or_else(|| text.strip_prefix("单位:"))
        .or_else(|| text.strip_prefix("计量单位："))?;
    let rest = rest.trim().trim_end_matches(['）', ')']);
    let units: Vec<String> = rest
        .split(['、', '，', ',', '/', ' '])
        .filter(|u| is_unit(u))
        .map(str::to_owned)
        .collect();
    (!units.is_empty()).then_some(units)
}

/// The units of a unit line that ends a table's title (`2012年末全市金融机构存贷 单位：亿元`).
fn titled_unit_line(text: &str) -> Option<Vec<String>> {
    const MAX_TITLE_CHARS: usize = 60;
    let at = text.rfind("单位").filter(|&at| at > 0)?;
    let title = &text[..at];
    if title.chars().count() > MAX_TITLE_CHARS || title.contains(['，', '。', '；']) {
        return None;
    }
    // (`…增加值（单位：亿元）比上年增长`: in brackets, up to the closing one.)
    let line = &text[at..];
    let line = match title.ends_with(['（', '(']) {
        true => line.find(['）', ')']).map_or(line, |close| &line[..close]),
        false => line,
    };
    unit_line(line)
}

/// `表1 2024年年末人口数及其构成`, `附表2`, `表3：…`, a plan's `专栏1 …主要指标`.
fn is_caption(text: &str) -> bool {
    // (A Markdown heading right above a table is its title: `## 2024年主要经济指标`.)
    let marks = crate::outline::markdown_marks(text);
    if marks > 0 {
        return (1..=60).contains(&text[marks..].trim().chars().count());
    }
    let rest = text
        .strip_prefix("附表")
        .or_else(|| text.strip_prefix('表'))
        .or_else(|| text.strip_prefix("专栏"))
        .unwrap_or_default();
    rest.starts_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        && text.chars().count() <= 60
}

/// `“十五五”时期经济社会发展主要指标` right above a table's header: a short line with no
/// sentence's punctuation titles it.
fn is_title(text: &str) -> bool {
    const MAX_TITLE_CHARS: usize = 40;
    (4..=MAX_TITLE_CHARS).contains(&text.chars().count())
        && !text.contains(['，', '。', '；', '：', ':', '|', '\t'])
        && !text.ends_with(|c: char| c.is_ascii_digit())
}

/// The cells of a header line: apart by tabs where a web page's table was read, else by spaces,
/// a letter-spaced word read as one (`指 标` → `指标`). `None` when the line is no header: a
/// cell too long, a figure that is no period, a sentence's punctuation.
fn header_cells(source: &str, clean: &str) -> Option<Vec<String>> {
    if clean.contains(['，', '。', '；', '！', '？']) || source.contains('\n') {
        return None;
    }
    let cells: Vec<String> = if source.contains(['\t', '|']) {
        source
            .split(['\t', '|'])
            .map(squeeze)
            .filter(|c| !c.is_empty())
            .collect()
    } else {
        let mut cells: Vec<String> = Vec::new();
        let mut letters = false;
        for word in source.split([' ', '\u{3000}']).filter(|w| !w.is_empty()) {
            let single = word.chars().count() == 1 && !word.is_ascii();
            match cells.last_mut() {
                Some(last) if single && letters => last.push_str(word),
                _ => cells.push(squeeze(word)),
            }
            letters = single;
        }
        cells
    };
    let fits = |c: &String| {
        c.chars().count() <= MAX_HEADER_CELL_CHARS
            && (!c.chars().any(|ch| ch.is_ascii_digit())
                || period_of(c, None).is_some()
                || leading_year(c).is_some()
                || c.contains('='))
    };
    (cells.len() >= 2 && cells.iter().all(fits)).then_some(cells)
}

/// A cell's text as its clean text is compared with it: no blanks, characters as
/// [`header_char`] folds them.
fn squeeze(cell: &str) -> String {
    cell.chars()
        .filter(|c| !c.is_whitespace())
        .map(header_char)
        .collect()
}

/// A header's character as cells are compared: full-width digits and signs as the repair folds
/// them, so that a header reads the same whichever width the source typed; brackets
/// full-width, small forms too.
fn header_char(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '＋' | '＝' | '｜' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '(' => '（',
        ')' => '）',
        // (`产量﹙吨﹚`: the small forms, as the repair writes them.)
        c if crate::normalize::is_small_form(c) => crate::normalize::fold_char(c),
        c => c,
    }
}

/// Where each of a header's cells lies in its paragraph's clean text (the repair may have
/// dropped the spaces between them: `产品名称单位产量同比增长（±%）`), when they all follow
/// one another there.
fn cell_spans(clean: &str, cells: &[String]) -> Option<Vec<(usize, usize)>> {
    let mut chars = clean
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace() && *c != '|');
    let mut spans = Vec::with_capacity(cells.len());
    for cell in cells {
        let (mut start, mut end) = (None, 0);
        for want in cell.chars() {
            let (at, c) = chars.next()?;
            if header_char(c) != want {
                return None;
            }
            start.get_or_insert(at);
            end = at + c.len_utf8();
        }
        spans.push((start?, end));
    }
    chars.next().is_none().then_some(spans)
}

/// Headers of a plan's table's column of categories, before its label column.
const CATEGORY_HEADERS: &[&str] = &["类别", "类型", "领域", "分类", "方面"];

/// Headers of a unit column.
const UNIT_HEADERS: &[&str] = &["单位", "计量单位"];

/// Headers that say only that a column holds the figures (`年末数`), not what they measure.
const GENERIC_HEADERS: &[&str] = &[
    "年末数",
    "绝对数",
    "绝对额",
    "绝对量",
    "数量",
    "数值",
    "总量",
    "指标值",
    "合计",
    "总计",
    "本年",
    "本期",
    "本月",
    "全年",
    "实际",
    "完成",
    "完成数",
    "完成额",
    "完成情况",
    "执行情况",
    "实际完成",
    "完成值",
    "金额",
    "年末",
    "期末",
    "总额",
    "数额",
    "累计",
    "执行数",
    "决算数",
    "预算数",
    "预计数",
    "预计",
    "目标",
    "计划",
    "数据",
    "实绩",
];

impl Table {
    fn new(mut rows: Vec<(usize, Row)>, lead: Lead) -> Option<Table> {
        let n = rows.iter().map(|(_, r)| r.cells.len()).max()?;
        let told = lead.header.is_some() || lead.caption.is_some() || !lead.units.is_empty();
        let uniform = rows.len() >= 3 && n >= 2 && rows.iter().all(|(_, r)| r.cells.len() == n);
        if rows.len() < 2 || !(told || uniform) {
            return None;
        }
        let mut header = lead.header.unwrap_or_default();
        // A plan's table (`类别 指标 2020年 2025年 年均增长 属性`): the attribute's column holds
        // no figure, nor does the category's, whose cell, where a row has one, is no part of
        // its label.
        let mut plan = rows.iter().any(|(_, r)| r.planned);
        if header.last().is_some_and(|h| h.ends_with("属性")) {
            header.pop();
            plan = true;
        }
        // (Or one whose caption names a plan, `“十五五”规划纲要主要指标`, not how it was
        // carried out, `“十四五”规划主要指标完成情况`.)
        let of_plan = lead
            .caption
            .as_deref()
            .or(lead.title.as_deref())
            .filter(|c| !crate::numbers::year::tells_plan_carried_out(c));
        if of_plan.is_some_and(|c| ["规划", "纲要"].iter().any(|w| c.contains(w))) {
            plan = true;
        }
        // (`“十五五”时期经济社会发展主要指标`: or its years' indicators or targets.)
        let plan_name = of_plan.and_then(crate::numbers::year::plan_outlined);
        let plan_named = plan_name
            .as_deref()
            .and_then(crate::numbers::year::years_of);
        if header.len() >= 2
            && CATEGORY_HEADERS.contains(&header[0].as_str())
            && crate::words::TABLE_LABEL_HEADERS.contains(&header[1].as_str())
        {
            header.remove(0);
            for (_, row) in &mut rows {
                if let Some(rest) = row
                    .first_word
                    .as_deref()
                    .and_then(|w| row.label.strip_prefix(w))
                {
                    row.label = rest.to_owned();
                }
            }
        }
        let unit_column = header
            .iter()
            .position(|h| UNIT_HEADERS.contains(&h.as_str()));
        if let Some(at) = unit_column {
            header.remove(at);
        }
        // (A unit cell the row's label swallowed: `产品名称 单位 …` says the last word is one.)
        let value_headers: Vec<Option<String>> = match header.len() {
            0 => vec![None; n],
            h if h == n + 1 => header[1..].iter().cloned().map(Some).collect(),
            h if h == n => {
                // `指标年末数`: a letter-spaced label header run into the first column's.
                match crate::words::TABLE_LABEL_HEADERS
                    .iter()
                    .find_map(|l| header[0].strip_prefix(l))
                {
                    Some(rest) if !rest.is_empty() => std::iter::once(Some(rest.to_owned()))
                        .chain(header[1..].iter().cloned().map(Some))
                        .collect(),
                    Some(_) => header[1..]
                        .iter()
                        .cloned()
                        .map(Some)
                        .chain([None])
                        .collect(),
                    None => header.iter().cloned().map(Some).collect(),
                }
            }
            h if h > n + 1 => header[1..=n].iter().cloned().map(Some).collect(),
            h => std::iter::repeat_n(None, n - h)
                .chain(header.iter().cloned().map(Some))
                .collect(),
        };
        let year = lead
            .caption
            .as_deref()
            .and_then(crate::numbers::year::first_period);
        let mut columns: Vec<Column> = value_headers
            .iter()
            .map(|h| h.as_deref().map(column).unwrap_or_default())
            .collect();
        // `表3 2024年居民消费价格比上年涨跌幅度` (`全国` / `城市` / `农村`): a caption that
        // says its figures are changes, and not levels with them (`…产量及其增长速度`),
        // makes changes of the columns that say nothing of their own (`…产量及增长速度` too
        // has levels).
        let in_per_cent = lead.units.iter().all(|u| u.as_str() == "%");
        let changes = lead.caption.as_deref().filter(|c| {
            in_per_cent
                && !["及其", "及增长", "及增速"].iter().any(|w| c.contains(w))
                && ["涨跌幅度", "增长速度", "增长率", "涨幅", "增长情况"]
                    .iter()
                    .any(|w| c.contains(w))
        });
        if let Some(caption) = changes {
            for c in columns
                .iter_mut()
                .filter(|c| c.sense == Sense::Level && c.unit.as_deref().is_none_or(|u| u == "%"))
            {
                c.sense = Sense::Growth;
                c.comparison = c.comparison.take().or_else(|| comparison_in(caption));
            }
        }
        // (`表2 2024年各行业增加值（单位：亿元）比上年增长`: a caption's comparison is that of the
        // growth columns that name none.)
        if let Some(base) = lead.caption.as_deref().and_then(comparison_in) {
            for c in columns
                .iter_mut()
                .filter(|c| c.sense == Sense::Growth && c.comparison.is_none())
            {
                c.comparison = Some(base.clone());
            }
        }
        // `表1 2024年主要农产品产量及其增长速度` over `绝对数`: a caption names what its rows'
        // figures measure when the header does not.
        if let Some(measure) = lead.caption.as_deref().and_then(products_measure) {
            for c in columns
                .iter_mut()
                .filter(|c| c.sense == Sense::Level && c.noun.is_none())
            {
                c.noun = Some(measure.to_owned());
            }
        }
        // What the growth and share columns are of: the first level column's measure, else
        // the one a caption breaks down (`表2 2024年分行业固定资产投资增长速度`).
        let measured = columns
            .iter()
            .find(|c| c.sense == Sense::Level)
            .and_then(|c| c.noun.clone())
            .or_else(|| lead.caption.as_deref().and_then(broken_down));
        // `2025年 2030年 年均增长`: a rate a year is over the years after the first column's to
        // the one before it (2026—2030), the plan's that the caption names (十五五) if they are
        // its years.
        let first_year = columns
            .iter()
            .filter_map(|c| c.period.as_deref()?.parse::<u32>().ok())
            .min();
        let mut period: Option<String> = None;
        // (And what a column says of its figures, to the columns after it that say nothing:
        // `2024年预算数 增长%` is the budget's growth.)
        let mut modality = None;
        for c in &mut columns {
            match c.modality {
                Some(m) => modality = Some(m),
                None => c.modality = modality,
            }
            if c.sense != Sense::Level && c.noun.is_none() {
                c.noun.clone_from(&measured);
            }
            let years = first_year.zip(period.as_deref().and_then(|p| p.parse::<u32>().ok()));
            match (&c.period, years) {
                (Some(p), _) => period = Some(p.clone()),
                (None, Some((first, last))) if c.over_years && first < last => {
                    c.period = Some(match &plan_name {
                        Some(plan) if plan_named == Some((first + 1, last)) => plan.clone(),
                        _ => format!("{}—{last}", first + 1),
                    });
                }
                (None, _) => c.period.clone_from(&period),
            }
        }
        // `大牲畜（万头）` / `#黄牛及肉牛`: a row without a unit counts in the unit the last row
        // named after its label.
        let mut carried: Option<String> = None;
        for (_, row) in &mut rows {
            // `化肥(折纯)万吨`: the repair glues a unit cell to a label that ends with a bracket.
            if unit_column.is_some() && row.unit.is_none() {
                if let Some(at) = row
                    .label
                    .char_indices()
                    .map(|(at, _)| at)
                    // (Not an age band's `岁`: `0-17岁`.)
                    .find(|&at| {
                        at > 0
                            && !row.label[..at].ends_with(|c: char| c.is_ascii_digit())
                            && is_unit(&row.label[at..])
                    })
                {
                    row.unit = Some(row.label[at..].to_owned());
                    row.label.truncate(at);
                }
            }
            if row.unit_in_label {
                carried.clone_from(&row.unit);
            } else if row.unit.is_none() {
                row.unit.clone_from(&carried);
            }
        }
        Some(Table {
            rows,
            columns,
            units: lead.units,
            period: year,
            header_shown: lead.header_shown,
            plan,
            plan_ends: plan_named.map(|(_, last)| last),
        })
    }

    /// The unit of a figure in column `c` of `row`: its own `%`, the header's, a growth's or a
    /// share's `%`, the row's unit cell, the table's unit line.
    fn unit(&self, row: &Row, cell: &Cell, c: &Column) -> Option<String> {
        if cell.percent {
            return Some("%".to_owned());
        }
        if let Some(u) = &c.unit {
            return Some(u.clone());
        }
        if c.sense != Sense::Level {
            return Some(
                self.units
                    .iter()
                    .find(|u| *u == "百分点")
                    .cloned()
                    .unwrap_or_else(|| "%".to_owned()),
            );
        }
        row.unit.clone().or_else(|| {
            self.units
                .iter()
                .find(|u| *u != "%")
                .or(self.units.first())
                .cloned()
        })
    }
}

/// What a header cell says of its column.
fn column(header: &str) -> Column {
    let (name, unit) = match bracketed_tail(header) {
        Some((name, inner)) if unit_of_header(inner).is_some() => (name, unit_of_header(inner)),
        Some((name, inner)) if inner.contains('=') => (name, None),
        _ => match header.strip_suffix('%') {
            Some(name) => (name, Some("%".to_owned())),
            None => (header, None),
        },
    };
    // `2024年预算数`: the year a column is of, before what it holds.
    let (year, name) = match leading_year(name) {
        Some((year, rest)) if !rest.is_empty() => (Some(year), rest),
        _ => (None, name),
    };
    // `年均增长`: a plan's growth a year, which the prose names by its measure alone
    // (`地区生产总值年均增长6%`).
    let over_years = name.starts_with("年均");
    let name = name.strip_prefix("年均").unwrap_or(name);
    // `为预算%`, `完成预算%`: the share of its budget each figure reached (a result), named as
    // the prose names it (`…收入完成预算`).
    const OF_BUDGET: &[&str] = &[
        "为预算",
        "占预算",
        "完成预算",
        "预算完成",
        "为年初预算",
        "为调整预算",
    ];
    if OF_BUDGET.iter().any(|w| name.starts_with(w)) {
        return Column {
            noun: Some("完成预算".to_owned()),
            unit: unit.or_else(|| Some("%".to_owned())),
            period: year.map(str::to_owned),
            ..Column::default()
        };
    }
    const GROWTH: &[&str] = &[
        "增长", "增速", "增幅", "增减", "涨跌", "下降", "增加", "减少",
    ];
    const AMOUNT: &[&str] = &["增减额", "增加额", "增量", "增减量", "增减数"];
    const SHARE: &[&str] = &["比重", "占比", "构成", "占"];
    // (Not the `增加` of `增加值`, a measure.)
    let growth_at = GROWTH
        .iter()
        .filter_map(|w| {
            name.match_indices(w)
                .map(|(at, _)| at)
                .find(|&at| !name[at..].starts_with("增加值"))
        })
        .min();
    let amount = AMOUNT.iter().any(|w| name.contains(w))
        || unit.as_deref().is_some_and(|u| u != "%" && u != "百分点");
    let sense = if growth_at.is_some() && !amount {
        Sense::Growth
    } else if SHARE.iter().any(|w| name.contains(w)) && growth_at.is_none() {
        Sense::Share
    } else {
        Sense::Level
    };
    let comparison = comparison_in(name);
    let done = ["执行", "决算", "完成", "实际"]
        .iter()
        .any(|w| name.contains(w));
    // (`2025年预计完成`, `预计执行数`: what is expected to be done, an estimate.)
    let modality = if name.contains("预计") {
        Some(Modality::Estimate)
    } else if done {
        Some(Modality::Actual)
    } else if ["目标", "计划", "预算", "预期"]
        .iter()
        .any(|w| name.contains(w))
    {
        Some(Modality::Target)
    } else {
        None
    };
    let period = year.map(str::to_owned).or_else(|| period_of(name, None));
    // The measure: the header without its comparison and change (`产量增长` → `产量`).
    // (A rate in per mille is a level named whole: `自然增长率（‰）`, `增长率（‰）`.)
    let rate = sense == Sense::Level && name.ends_with('率');
    let cut = [
        growth_at.filter(|_| !rate),
        comparison.as_deref().and_then(|c| name.find(c)),
        (sense == Sense::Share)
            .then(|| SHARE.iter().filter_map(|w| name.find(w)).min())
            .flatten(),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(name.len());
    let noun = &name[..cut];
    let noun = (!noun.is_empty()
        && period.is_none()
        && !GENERIC_HEADERS.contains(&noun)
        && !crate::words::TABLE_LABEL_HEADERS.contains(&noun))
    .then(|| noun.to_owned());
    Column {
        noun,
        sense,
        unit,
        comparison,
        period,
        modality,
        over_years,
    }
}

/// Where a caption's measure ends, before what is said of it (`…产量及其增长速度`,
/// `…投资（不含农户）增长速度`, `…价格比上年涨跌幅度`), if the caption says more.
fn measure_end(caption: &str) -> Option<usize> {
    const ENDS: &[&str] = &[
        "及其",
        "及增长",
        "增长速度",
        "增速",
        "比上年",
        "增长",
        "涨跌",
        "（",
        "(",
    ];
    ENDS.iter().filter_map(|e| caption.find(e)).min()
}

/// The measure a caption breaks down by rows (`表2 2024年分行业固定资产投资（不含农户）增长速度`
/// → `固定资产投资`), which names each row's (`第一产业` → `第一产业固定资产投资`).
fn broken_down(caption: &str) -> Option<String> {
    const BY: &[&str] = &["分行业", "分地区", "分产业", "分领域", "分门类", "分类型"];
    let rest = BY
        .iter()
        .find_map(|b| caption.split_once(b).map(|(_, rest)| rest))?;
    let measure = &rest[..measure_end(rest)?];
    (2..=12)
        .contains(&measure.chars().count())
        .then(|| measure.to_owned())
}

/// The measure of products a caption names (`主要工业产品产量及其增长速度` → `产量`).
fn products_measure(caption: &str) -> Option<&'static str> {
    const MEASURES: &[&str] = &["产量", "播种面积", "种植面积", "产值"];
    let head = caption[..measure_end(caption).unwrap_or(caption.len())].trim_end();
    (head.contains("产品") || head.contains("农作物"))
        .then(|| MEASURES.iter().find(|m| head.ends_with(**m)).copied())
        .flatten()
}

/// `2024年预算数` → (`2024`, `预算数`).
fn leading_year(header: &str) -> Option<(&str, &str)> {
    let year = header
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    Some((year, header[4..].strip_prefix('年')?))
}

/// Columns of places, which name whose a row's measure is.
const PLACES: &[&str] = &[
    "全国", "全省", "全市", "全县", "全区", "城市", "城镇", "农村", "乡村",
];

/// `比上年增长` → `比上年`; `同比增长` → `同比`; `比年初增减额` → `比年初`.
fn comparison_in(header: &str) -> Option<String> {
    const BASES: &[&str] = &[
        "比上年同期",
        "比上年末",
        "比上年",
        "较上年同期",
        "较上年",
        "比年初",
        "比上月",
        "比去年",
        "同比",
        "环比",
    ];
    BASES
        .iter()
        .find(|b| header.contains(*b))
        .map(|b| (*b).to_owned())
}

/// The period a header cell names (`2023年` → 2023, `3月末`, `2024年1-6月`, `一季度`), the
/// year `year` put before a part of a year that names none.
fn period_of(header: &str, year: Option<&str>) -> Option<String> {
    let digits = header.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        let rest = &header[4..];
        if rest == "年" {
            return Some(header[..4].to_owned());
        }
        if rest.starts_with('年') && is_part_of_year(&rest["年".len()..]) {
            return Some(header.to_owned());
        }
        return None;
    }
    if is_part_of_year(header) {
        return Some(match year {
            Some(y) => format!("{y}年{header}"),
            None => header.to_owned(),
        });
    }
    None
}

/// `3月末`, `1-6月`, `一季度`, `上半年`, `年末`.
fn is_part_of_year(text: &str) -> bool {
    // (The parts of a year a clause may open with, and the year's end or whole.)
    ["年末", "年底", "全年"].contains(&text)
        || super::indicator::period_at_start(text) == Some(text.len())
}

/// The year a row's label is (`2018`, `2018年`), for a series of years.
fn row_year(label: &str) -> Option<&str> {
    let year = label.strip_suffix('年').unwrap_or(label);
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then_some(year)
}

/// Where a report's tables' rows are, read in paragraph order as the metric pass goes.
pub(super) struct Rows<'a> {
    tables: &'a [Table],
    table: usize,
    row: usize,
}

impl<'a> Rows<'a> {
    pub(super) fn new(tables: &'a [Table]) -> Rows<'a> {
        Rows {
            tables,
            table: 0,
            row: 0,
        }
    }

    /// The table and row of paragraph `index` if it is a table's row, and whether it is the
    /// table's first (indices asked in order).
    pub(super) fn at(&mut self, index: usize) -> Option<(&'a Table, &'a Row, bool)> {
        while let Some(table) = self.tables.get(self.table) {
            match table.rows.get(self.row) {
                Some((i, _)) if *i < index => self.row += 1,
                Some((i, row)) if *i == index => return Some((table, row, self.row == 0)),
                Some(_) => return None,
                None => {
                    self.table += 1;
                    self.row = 0;
                }
            }
        }
        None
    }
}

/// What a table's figures take from where the table stands.
pub(super) struct Where<'a> {
    /// The section's period, else the document's.
    pub period: Option<&'a str>,
    pub section: Option<SectionId>,
    /// A plan's section, or a lead-in that says the table's figures are targets.
    pub modality: Modality,
    /// The year of the report's date.
    pub dated: Option<u32>,
}

/// Marks the paragraphs that are tables' rows, and their headers, with their cells.
pub(super) fn mark_cells(tables: &[Table], paragraphs: &mut [Paragraph]) {
    let headers = tables.iter().filter_map(|t| t.header_shown.as_ref());
    let rows = tables
        .iter()
        .flat_map(|t| &t.rows)
        .map(|(i, r)| (i, &r.shown));
    for (index, cells) in headers.map(|(i, c)| (i, c)).chain(rows) {
        if let Some(p) = paragraphs.get_mut(*index) {
            p.cells.clone_from(cells);
        }
    }
}

/// The metrics of a table's row.
pub(super) fn row_metrics(
    table: &Table,
    row: &Row,
    paragraph: &Paragraph,
    map: &OffsetMap,
    place: &Where,
    out: &mut Vec<Metric>,
) {
    let text = paragraph.text.as_str();
    let year = table.period.as_deref().or(place.period);
    let whole = (0, text.len());
    let plan = table.plan
        || table
            .plan_ends
            .is_some_and(|last| place.dated.is_none_or(|dated| dated <= last));
    // A plan's row named by its measure's change (`地区生产总值增长（%）`, `单位GDP能源消耗降低
    // （%）`): a growth, negative when down, named by the measure as the prose names it.
    // (In per cent by its unit, or by its figures: `| 地区生产总值增速 | 5.5% |`.)
    let in_percent = row.unit.as_deref() == Some("%")
        || row.unit.is_none() && row.cells.iter().all(|c| c.percent || c.value.is_none());
    let (label, sign) = [("增长", 1.0), ("增速", 1.0), ("降低", -1.0), ("下降", -1.0)]
        .iter()
        .find_map(|&(w, sign)| row.label.strip_suffix(w).map(|l| (l, sign)))
        .filter(|(l, _)| l.chars().count() >= 2 && in_percent)
        .map_or((row.label.as_str(), None), |(l, sign)| (l, Some(sign)));
    // (`地区生产总值年均增长（%）`: and a growth a year, named by the measure alone, as the
    // prose names it: `地区生产总值年均增长6%`.)
    let label = label
        .strip_suffix("年均")
        .filter(|l| l.chars().count() >= 2)
        .unwrap_or(label);
    // A plan's base year is a result: in a plan's table, the columns of years before its last.
    let last_year = table
        .columns
        .iter()
        .filter_map(|c| c.period.as_deref().filter(|p| p.len() == 4))
        .max();
    for (cell, c) in row.cells.iter().zip(&table.columns) {
        let Some(value) = cell.value else {
            continue;
        };
        let mut unit = match cell.unit {
            Some((from, to)) => Some(text[from..to].to_owned()),
            None => table.unit(row, cell, c),
        };
        let scanned = unit.as_deref().and_then(scan_unit);
        let class = scanned.and_then(|m| m.base).map(|(_, _, class)| class);
        let mut kind = match (c.sense, class) {
            (Sense::Share, _) => MetricKind::Share,
            (_, Some(UnitClass::Points)) => MetricKind::PointChange,
            (Sense::Growth, Some(UnitClass::Percent) | None) => MetricKind::Growth,
            (_, Some(UnitClass::Count | UnitClass::People)) => MetricKind::Count,
            _ => MetricKind::Level,
        };
        let mut value = value;
        if let Some(sign) = sign
            .filter(|_| class == Some(UnitClass::Percent))
            .or(cell.change)
        {
            kind = MetricKind::Growth;
            value *= sign;
        } else if kind == MetricKind::Growth && cell.qualifier == Some("累计") && !cell.percent {
            // (`常住人口城镇化率（%）` … `[4.8]` under `年均增长`: a rate's total change over
            // the plan's years, in points; `…专利拥有量（件）` … `[2.9]`: an amount's, in its
            // unit.)
            match row.unit.as_deref() {
                Some("%") => {
                    kind = MetricKind::PointChange;
                    unit = Some("个百分点".to_owned());
                }
                Some(own) => {
                    kind = MetricKind::Change;
                    unit = Some(own.to_owned());
                }
                None => {}
            }
        } else if kind == MetricKind::Growth
            && cell.qualifier != Some("累计")
            && label.ends_with('率')
            && !["增长率", "增速"].iter().any(|g| label.ends_with(g))
        {
            // (`城镇调查失业率（%）` … `<5.5` under `年均增长`: a rate's level kept below a
            // bound over the plan's years, not its growth.)
            kind = MetricKind::Level;
        }
        let scanned = unit.as_deref().and_then(scan_unit);
        let planned = plan || place.modality == Modality::Target;
        let base_year = c
            .period
            .as_deref()
            .is_some_and(|p| p.len() == 4 && Some(p) < last_year);
        // The measure the column names, else the one its group of rows names.
        let noun = c.noun.as_deref().or(row.group);
        // (Not after a label that names a measure of its own kind: `原油加工量`, `发电量`
        // under `产量`.)
        // (Nor one that says what was counted of it: `生猪出栏`, `牛存栏` under `产量`.)
        const COUNTED: &[&str] = &["出栏", "存栏"];
        let measured = |noun: &str| {
            noun.chars()
                .next_back()
                .is_some_and(|last| row.label.ends_with(last))
                || COUNTED.iter().any(|w| row.label.ends_with(w))
        };
        // `2018 9245.0 9.0` under `年份 工业增加值（亿元） …`: a year's row names when, its
        // column what.
        let year_row = row_year(&row.label);
        let indicator = match (noun, year_row) {
            (Some(noun), Some(_)) => noun.to_owned(),
            (None, Some(_)) => continue,
            // (A column of a place says whose before it: `全国` / `城市` / `农村` → `城市居民
            // 消费价格`.)
            (Some(noun), None) if PLACES.contains(&noun) => format!("{noun}{label}"),
            (Some(noun), None) if !measured(noun) => format!("{label}{noun}"),
            _ => label.to_owned(),
        };
        let period = match &c.period {
            _ if year_row.is_some() => year_row.map(str::to_owned),
            // (Nor a plan's years, `十五五`.)
            Some(p)
                if p.len() == 4
                    || p.starts_with(|ch: char| ch.is_ascii_digit())
                    || c.over_years =>
            {
                Some(p.clone())
            }
            Some(p) => Some(match year.filter(|y| y.len() == 4) {
                Some(y) => format!("{y}年{p}"),
                None => p.clone(),
            }),
            None => year.map(str::to_owned),
        };
        let written = &text[cell.range.0..cell.range.1];
        let value_text = written.strip_suffix('%').unwrap_or(written).to_owned();
        let base = scanned.and_then(|m| m.base.map(|(b, factor, _)| (b, m.magnitude * factor)));
        out.push(Metric {
            id: MetricId(out.len() as u32),
            indicator,
            value_text,
            value,
            upper: None,
            parts: None,
            unit,
            base_value: base.map(|(_, factor)| crate::numbers::scaled(value, factor)),
            base_unit: base.map(|(b, _)| b.to_owned()).filter(|b| !b.is_empty()),
            qualifier: cell.qualifier.map(str::to_owned),
            comparison: c.comparison.clone(),
            kind,
            modality: match c.modality {
                Some(m) => m,
                None if planned && base_year => Modality::Actual,
                None if plan => Modality::Target,
                None => place.modality,
            },
            period,
            section: place.section,
            paragraph: paragraph.id,
            span: map.to_source(cell.range.0..cell.range.1),
            quote: map.to_source(whole.0..whole.1),
            text_range: cell.range,
            quote_range: whole,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_text(text: &str) -> Option<Row> {
        row(text, || None)
    }

    #[test]
    fn reads_rows() {
        let r = row_text("粮食 万吨70650 1.6").unwrap();
        assert_eq!(r.label, "粮食");
        assert_eq!(r.unit.as_deref(), Some("万吨"));
        assert_eq!(r.cells.len(), 2);
        assert_eq!(r.cells[1].value, Some(1.6));
        let r = row_text("其中：城镇94350 67.0").unwrap();
        assert_eq!(r.label, "城镇");
        assert_eq!(r.cells[0].value, Some(94350.0));
        let r = row_text("糖料 万吨11885 -5.2").unwrap();
        assert_eq!(r.cells[1].value, Some(-5.2));
        assert!(row_text("全年粮食产量70650万吨，比上年增长1.6%").is_none());
        assert!(row_text("PM2.5").is_none());
        assert_eq!(row_text("PM2.5平均浓度 30").unwrap().label, "PM2.5平均浓度");
        let r = row_text("茶叶 万吨 374 —").unwrap();
        assert_eq!(r.cells[1].value, None);
        assert!(row_text("二、农业").is_none());
    }

    #[test]
    fn reads_headers() {
        assert_eq!(
            header_cells("指 标 年末数 比重（%）", "指标年末数 比重（%）").unwrap(),
            ["指标", "年末数", "比重（%）"]
        );
        assert_eq!(
            header_cells("指    标\t3月末\t比年初增减额\t", "").unwrap(),
            ["指标", "3月末", "比年初增减额"]
        );
        assert!(header_cells("全年粮食产量 70650万吨", "").is_none());
        let c = column("比上年增长（%）");
        assert_eq!(
            (c.sense, c.unit.as_deref(), c.comparison.as_deref()),
            (Sense::Growth, Some("%"), Some("比上年"))
        );
        assert_eq!(column("产量").noun.as_deref(), Some("产量"));
        assert_eq!(column("年末数").noun, None);
        assert_eq!(column("比重(%)").sense, Sense::Share);
        let c = column("比年初增减额");
        assert_eq!(
            (c.sense, c.comparison.as_deref()),
            (Sense::Level, Some("比年初"))
        );
        assert_eq!(column("3月末").period.as_deref(), Some("3月末"));
        assert_eq!(column("2023年").period.as_deref(), Some("2023"));
        assert_eq!(column("2025年预算数").modality, Some(Modality::Target));
        assert_eq!(column("2025年预计完成").modality, Some(Modality::Estimate));
        assert_eq!(column("预计执行数").modality, Some(Modality::Estimate));
        // A header's cells found in its clean text, however the repair joined them.
        let cells = ["产品名称", "单位", "产量", "同比增长（±%）"].map(String::from);
        assert_eq!(
            cell_spans("产品名称单位产量同比增长(±%)", &cells),
            Some(vec![(0, 12), (12, 18), (18, 24), (24, 41)])
        );
        assert_eq!(cell_spans("产品名称单位产量", &cells), None);
    }
}
