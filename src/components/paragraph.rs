//! One paragraph of the reading view, with its lead sentence and numbers marked.

use crate::i18n;
use report_core::{Metric, Paragraph};
use yew::prelude::*;

/// The element id of a paragraph.
pub fn paragraph_anchor(id: report_core::ParagraphId) -> String {
    format!("p-{}", id.0)
}

/// Renders `text[from..to]` with the metrics inside it marked.
fn marked(text: &str, from: usize, to: usize, metrics: &[Metric], lang: i18n::Lang) -> Html {
    let mut out = Vec::new();
    let mut at = from;
    for m in metrics
        .iter()
        .filter(|m| m.text_range.0 >= from && m.text_range.1 <= to)
    {
        let (start, end) = m.text_range;
        if start < at {
            continue;
        }
        if start > at {
            out.push(html! { {&text[at..start]} });
        }
        let title = format!(
            "{} · {}{}{}",
            if m.indicator.is_empty() {
                "—"
            } else {
                &m.indicator
            },
            m.base_value
                .map(|v| format!("{v} {}", m.base_unit.as_deref().unwrap_or("")))
                .unwrap_or_else(|| m.value_text.clone()),
            " · ",
            i18n::modality(lang, m.modality),
        );
        out.push(html! {
            <mark class={format!("num {}", modality_class(m))} id={format!("m-{}", m.id.0)} tabindex="0" title={title}>
                {&text[start..end]}
            </mark>
        });
        at = end;
    }
    if at < to {
        out.push(html! { {&text[at..to]} });
    }
    html! { <>{for out}</> }
}

/// CSS class for a metric's modality.
pub fn modality_class(m: &Metric) -> &'static str {
    match m.modality {
        report_core::Modality::Actual => "actual",
        report_core::Modality::Estimate => "estimate",
        report_core::Modality::Target => "target",
    }
}

/// Renders a paragraph.
pub fn paragraph_view(paragraph: &Paragraph, metrics: &[Metric], lang: i18n::Lang) -> Html {
    let text = paragraph.text.as_str();
    let body = match paragraph.lead {
        Some((_, lead_end)) => html! {
            <>
                <strong class="lead">{marked(text, 0, lead_end, metrics, lang)}</strong>
                {marked(text, lead_end, text.len(), metrics, lang)}
            </>
        },
        None => marked(text, 0, text.len(), metrics, lang),
    };
    html! {
        <p key={paragraph.id.0} id={paragraph_anchor(paragraph.id)}
            class={classes!("para", paragraph.front_matter.then_some("front"), (paragraph.front_matter && paragraph.text.chars().count() <= 40).then_some("centred"))}>{body}</p>
    }
}
