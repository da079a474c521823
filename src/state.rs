//! View state: the small, serialisable part of the UI (tab, collapsed sections, table
//! filters and sort), with the pure table logic so that it is tested natively.

use report_core::{Analysis, Metric, MetricKind, Modality, SectionId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

/// The main panel's tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Tab {
    /// The sectioned reading view.
    #[default]
    Reading,
    /// The metric table.
    Metrics,
    /// Document facts and statistics.
    Overview,
    /// The repaired text, or the original with the repairs marked.
    Text,
}

/// A sortable column of the metric table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Column {
    Section,
    Indicator,
    Value,
    Unit,
    Kind,
    Modality,
    Qualifier,
    /// What a figure is compared with (`比上年`, `高于全省`).
    Comparison,
    Period,
    Quote,
}

/// How the metric table groups its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Grouping {
    /// One list.
    #[default]
    None,
    /// Under the top-level part each metric is in.
    Section,
    /// Under each indicator.
    Indicator,
}

/// View state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct View {
    /// The active tab.
    pub tab: Tab,
    /// Sections whose content is hidden.
    pub collapsed: BTreeSet<SectionId>,
    /// Free-text filter of the metric table.
    pub filter: String,
    /// Modality filter, `None` for all.
    pub modality: Option<Modality>,
    /// Kind filter, `None` for all.
    pub kind: Option<MetricKind>,
    /// Section filter (the section and everything under it), `None` for all.
    pub section: Option<SectionId>,
    /// Unit filter (as written), `None` for all.
    pub unit: Option<String>,
    /// Grouping of the table rows.
    pub grouping: Grouping,
    /// Sort column and ascending flag; document order when `None`.
    pub sort: Option<(Column, bool)>,
    /// In the text tab: the original with the repairs marked, instead of the repaired text.
    pub show_original: bool,
    /// Find-in-report query.
    pub query: String,
    /// Index of the current find hit.
    pub hit: usize,
}

/// A user intent that changes the view.
#[derive(Debug, Clone)]
pub enum Action {
    SetTab(Tab),
    ToggleSection(SectionId),
    CollapseAll(Vec<SectionId>),
    ExpandAll,
    SetFilter(String),
    SetModality(Option<Modality>),
    SetKind(Option<MetricKind>),
    SetSection(Option<SectionId>),
    SetUnit(Option<String>),
    SetGrouping(Grouping),
    /// Sorts by a column; a second click reverses.
    SortBy(Column),
    /// Switches the text tab between the repaired text and the marked original.
    ToggleOriginal,
    /// A new find query (the first hit becomes current).
    SetQuery(String),
    /// Moves to the next (+1) or previous (-1) of `count` hits, wrapping around.
    StepHit {
        delta: isize,
        count: usize,
    },
    /// A new document: keep the tab, drop what referred to the old one.
    NewDocument,
    /// Back to the first view (after the user clears everything).
    Reset,
}

impl Reducible for View {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetTab(tab) => next.tab = tab,
            Action::ToggleSection(id) => {
                if !next.collapsed.remove(&id) {
                    next.collapsed.insert(id);
                }
            }
            Action::CollapseAll(ids) => next.collapsed = ids.into_iter().collect(),
            Action::ExpandAll => next.collapsed.clear(),
            Action::SetFilter(text) => next.filter = text,
            Action::SetModality(m) => next.modality = m,
            Action::SetKind(k) => next.kind = k,
            Action::SetSection(s) => next.section = s,
            Action::SetUnit(u) => next.unit = u,
            Action::SetGrouping(g) => next.grouping = g,
            Action::SortBy(column) => {
                next.sort = match next.sort {
                    Some((c, ascending)) if c == column => Some((column, !ascending)),
                    _ => Some((column, true)),
                }
            }
            Action::ToggleOriginal => next.show_original = !next.show_original,
            Action::SetQuery(query) => {
                next.query = query;
                next.hit = 0;
            }
            Action::StepHit { delta, count } => {
                if count > 0 {
                    let current = next.hit.min(count - 1) as isize;
                    next.hit = (current + delta).rem_euclid(count as isize) as usize;
                }
            }
            Action::Reset => next = View::default(),
            Action::NewDocument => {
                next.collapsed.clear();
                next.filter.clear();
                next.hit = 0;
                next.section = None;
                next.unit = None;
            }
        }
        Rc::new(next)
    }
}

/// Whether a metric passes the table's filters.
pub fn metric_matches(analysis: &Analysis, metric: &Metric, view: &View) -> bool {
    if view.modality.is_some_and(|m| m != metric.modality)
        || view.kind.is_some_and(|k| k != metric.kind)
        || view
            .unit
            .as_ref()
            .is_some_and(|u| metric.unit.as_ref() != Some(u))
        || view
            .section
            .is_some_and(|wanted| !within(analysis, metric.section, wanted))
    {
        return false;
    }
    let needle = view.filter.trim();
    if needle.is_empty() {
        return true;
    }
    let paragraph = &analysis.paragraph(metric.paragraph).text;
    metric.indicator.contains(needle)
        || paragraph[metric.quote_range.0..metric.quote_range.1].contains(needle)
        || metric.unit.as_deref().is_some_and(|u| u.contains(needle))
}

/// The sentence a metric was said in.
fn quote<'a>(analysis: &'a Analysis, m: &Metric) -> &'a str {
    &analysis.paragraph(m.paragraph).text[m.quote_range.0..m.quote_range.1]
}

/// Whether `section` is `wanted` or lies under it.
pub fn within(analysis: &Analysis, section: Option<SectionId>, wanted: SectionId) -> bool {
    let mut at = section;
    while let Some(id) = at {
        if id == wanted {
            return true;
        }
        at = analysis.section(id).parent;
    }
    false
}

/// The top-level part a section lies in.
fn part_of(analysis: &Analysis, section: Option<SectionId>) -> Option<SectionId> {
    let mut at = section?;
    while let Some(parent) = analysis.section(at).parent {
        at = parent;
    }
    Some(at)
}

/// The table rows in groups: each group's label (none when ungrouped) and its rows; groups
/// appear in the order of their first row.
pub fn grouped_rows<'a>(
    analysis: &'a Analysis,
    view: &View,
) -> Vec<(Option<String>, Vec<&'a Metric>)> {
    let rows = table_rows(analysis, view);
    let key = |m: &Metric| -> String {
        match view.grouping {
            Grouping::None => String::new(),
            Grouping::Section => part_of(analysis, m.section)
                .map(|id| analysis.section(id).full_title())
                .unwrap_or_default(),
            Grouping::Indicator => m.indicator.clone(),
        }
    };
    if view.grouping == Grouping::None {
        return vec![(None, rows)];
    }
    let mut groups: Vec<(Option<String>, Vec<&Metric>)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for m in rows {
        let k = key(m);
        let at = *index.entry(k.clone()).or_insert_with(|| {
            groups.push((Some(k), Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push(m);
    }
    groups
}

/// The rows of the metric table: filtered, then sorted (stable, document order on ties).
pub fn table_rows<'a>(analysis: &'a Analysis, view: &View) -> Vec<&'a Metric> {
    let mut rows: Vec<&Metric> = analysis
        .metrics
        .iter()
        .filter(|m| metric_matches(analysis, m, view))
        .collect();
    if let Some((column, ascending)) = view.sort {
        rows.sort_by(|a, b| {
            let order = match column {
                Column::Section => a.section.cmp(&b.section),
                Column::Indicator => a.indicator.cmp(&b.indicator),
                Column::Value => a
                    .base_value
                    .unwrap_or(a.value)
                    .total_cmp(&b.base_value.unwrap_or(b.value)),
                Column::Unit => a.unit.cmp(&b.unit),
                Column::Kind => (a.kind as u8).cmp(&(b.kind as u8)),
                Column::Modality => (a.modality as u8).cmp(&(b.modality as u8)),
                Column::Qualifier => a.qualifier.cmp(&b.qualifier),
                Column::Comparison => a.comparison.cmp(&b.comparison),
                Column::Period => a.period.cmp(&b.period),
                Column::Quote => quote(analysis, a).cmp(quote(analysis, b)),
            };
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "一、2022年工作回顾\n全年地区生产总值超过990亿元，同比增长3%。新增企业29家。\n二、2023年工作安排\n地区生产总值增长5%左右。";

    fn analysis() -> Analysis {
        report_core::analyze_text(TEXT)
    }

    #[test]
    fn filters_by_text_and_modality() {
        let a = analysis();
        let mut view = View {
            filter: "生产总值".to_owned(),
            ..View::default()
        };
        let indicators: Vec<&str> = table_rows(&a, &view)
            .iter()
            .map(|m| m.indicator.as_str())
            .collect();
        assert_eq!(indicators, ["地区生产总值", "地区生产总值", "地区生产总值"]);
        view.modality = Some(Modality::Target);
        let rows = table_rows(&a, &view);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].value, 5.0);
    }

    #[test]
    fn sorts_by_value_and_reverses() {
        let a = analysis();
        let view = Rc::new(View::default());
        let view = view.reduce(Action::SortBy(Column::Value));
        let values: Vec<f64> = table_rows(&a, &view)
            .iter()
            .map(|m| m.base_value.unwrap_or(m.value))
            .collect();
        assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
        let view = view.reduce(Action::SortBy(Column::Value));
        let values: Vec<f64> = table_rows(&a, &view)
            .iter()
            .map(|m| m.base_value.unwrap_or(m.value))
            .collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        assert_eq!(values[0], 9.9e10);
    }

    #[test]
    fn filters_by_section_and_unit_and_groups() {
        let a = analysis();
        let view = View {
            section: Some(SectionId(0)),
            ..View::default()
        };
        assert_eq!(table_rows(&a, &view).len(), 3);
        let view = View {
            unit: Some("%".to_owned()),
            ..View::default()
        };
        assert_eq!(table_rows(&a, &view).len(), 2);
        let view = View {
            grouping: Grouping::Section,
            ..View::default()
        };
        let groups: Vec<(Option<String>, usize)> = grouped_rows(&a, &view)
            .into_iter()
            .map(|(g, rows)| (g, rows.len()))
            .collect();
        assert_eq!(
            groups,
            [
                (Some("一、2022年工作回顾".to_owned()), 3),
                (Some("二、2023年工作安排".to_owned()), 1)
            ]
        );
        let view = View {
            grouping: Grouping::Indicator,
            ..View::default()
        };
        let groups = grouped_rows(&a, &view);
        assert_eq!(groups[0].0.as_deref(), Some("地区生产总值"));
        assert_eq!(groups[0].1.len(), 3);
    }

    #[test]
    fn steps_through_hits_wrapping_around() {
        let view = Rc::new(View::default()).reduce(Action::SetQuery("生产".to_owned()));
        let view = view.reduce(Action::StepHit {
            delta: -1,
            count: 3,
        });
        assert_eq!(view.hit, 2);
        let view = view.reduce(Action::StepHit { delta: 1, count: 3 });
        assert_eq!(view.hit, 0);
        let view = view.reduce(Action::StepHit { delta: 1, count: 0 });
        assert_eq!(view.hit, 0);
    }

    #[test]
    fn toggles_sections() {
        let view = Rc::new(View::default());
        let view = view.reduce(Action::ToggleSection(SectionId(1)));
        assert!(view.collapsed.contains(&SectionId(1)));
        let view = view.reduce(Action::ToggleSection(SectionId(1)));
        assert!(view.collapsed.is_empty());
    }
}
