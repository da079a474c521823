//! Text with its numbers and find hits marked: paragraphs and heading titles.

use super::search_bar::hit_anchor;
use crate::i18n;
use report_core::{Metric, Paragraph};
use yew::prelude::*;

/// The element id of a paragraph.
pub fn paragraph_anchor(id: report_core::ParagraphId) -> String {
    format!("p-{}", id.0)
}

/// The element id of a metric's number in the reading view.
pub fn metric_anchor(id: report_core::MetricId) -> String {
    format!("m-{}", id.0)
}

/// A find hit inside one text: bytes of that text, its index among all hits, and whether it
/// is the current one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HitMark {
    pub range: (usize, usize),
    pub index: usize,
    pub current: bool,
}

/// CSS class for a metric's modality.
pub fn modality_class(m: &Metric) -> &'static str {
    match m.modality {
        report_core::Modality::Actual => "actual",
        report_core::Modality::Estimate => "estimate",
        report_core::Modality::Target => "target",
    }
}

fn metric_title(m: &Metric, lang: i18n::Lang) -> String {
    let value = match (m.base_value, m.base_unit.as_deref()) {
        (Some(v), Some(unit)) => format!("{v} {unit}"),
        _ => format!("{}{}", m.signed_text(), m.unit.as_deref().unwrap_or("")),
    };
    let indicator = if m.indicator.is_empty() {
        "—"
    } else {
        &m.indicator
    };
    format!(
        "{indicator} · {value} · {}",
        i18n::modality(lang, m.modality)
    )
}

/// Renders `text[from..to]` with the metrics and hits inside it marked.
pub fn marked(
    text: &str,
    from: usize,
    to: usize,
    metrics: &[Metric],
    hits: &[HitMark],
    lang: i18n::Lang,
) -> Html {
    let inside = |(s, e): (usize, usize)| s >= from && e <= to && s < e;
    let metrics: Vec<&Metric> = metrics.iter().filter(|m| inside(m.text_range)).collect();
    let hits: Vec<&HitMark> = hits.iter().filter(|h| inside(h.range)).collect();
    let mut cuts: Vec<usize> = vec![from, to];
    cuts.extend(
        metrics
            .iter()
            .flat_map(|m| [m.text_range.0, m.text_range.1]),
    );
    cuts.extend(hits.iter().flat_map(|h| [h.range.0, h.range.1]));
    cuts.sort_unstable();
    cuts.dedup();
    let pieces = cuts.windows(2).map(|w| {
        let (a, b) = (w[0], w[1]);
        let mut piece = html! { {&text[a..b]} };
        if let Some(m) = metrics.iter().find(|m| m.text_range.0 <= a && b <= m.text_range.1) {
            // One number may be of several metrics (`营业收入和实缴税金增长15%`): the mark
            // names them all, and each has an anchor to be shown from the table.
            let same: Vec<&Metric> = metrics
                .iter()
                .copied()
                .filter(|o| o.text_range == m.text_range)
                .collect();
            let starts = m.text_range.0 == a;
            let id = starts.then(|| metric_anchor(m.id));
            let title = same
                .iter()
                .map(|o| metric_title(o, lang))
                .collect::<Vec<_>>()
                .join("\n");
            let others = same.iter().skip(1).filter(|_| starts).map(|o| {
                html! { <span class="anchor" id={metric_anchor(o.id)} tabindex="-1"></span> }
            });
            piece = html! {
                <mark class={classes!("num", modality_class(m))} {id} tabindex="0" {title}>{for others}{piece}</mark>
            };
        }
        if let Some(h) = hits.iter().find(|h| h.range.0 <= a && b <= h.range.1) {
            let id = (h.range.0 == a).then(|| hit_anchor(h.index));
            piece = html! { <mark class={classes!("hit", h.current.then_some("current"))} {id}>{piece}</mark> };
        }
        piece
    });
    html! { <>{for pieces}</> }
}

/// Renders a paragraph.
pub fn paragraph_view(
    paragraph: &Paragraph,
    metrics: &[Metric],
    hits: &[HitMark],
    lang: i18n::Lang,
) -> Html {
    let text = paragraph.text.as_str();
    // A table's row: its cells side by side, in columns with the rows next to it.
    if !paragraph.cells.is_empty() {
        let cells = paragraph.cells.iter().map(|&(from, to)| {
            html! { <span class="cell">{marked(text, from, to, metrics, hits, lang)}</span> }
        });
        return html! {
            <p key={paragraph.id.0} id={paragraph_anchor(paragraph.id)} class="para row">{for cells}</p>
        };
    }
    let body = match paragraph.lead {
        Some((_, lead_end)) => html! {
            <>
                <strong class="lead">{marked(text, 0, lead_end, metrics, hits, lang)}</strong>
                {marked(text, lead_end, text.len(), metrics, hits, lang)}
            </>
        },
        None => marked(text, 0, text.len(), metrics, hits, lang),
    };
    let centred = paragraph.front_matter && paragraph.text.chars().count() <= 40;
    html! {
        <p key={paragraph.id.0} id={paragraph_anchor(paragraph.id)}
            class={classes!("para", paragraph.front_matter.then_some("front"), centred.then_some("centred"))}>{body}</p>
    }
}
