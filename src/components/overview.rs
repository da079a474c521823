//! The overview: document facts, statistics, what the repair removed, diagnostics.

use super::app::AppContext;
use crate::i18n;
use report_core::Analysis;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Overview`].
#[derive(Properties)]
pub struct Props {
    /// The analysis (compared by pointer).
    pub analysis: Rc<Analysis>,
    /// Where the text came from.
    pub name: AttrValue,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis) && self.name == other.name
    }
}

/// A horizontal bar of `percent` (0–100) drawn in SVG, so that no inline style is needed
/// (the Content-Security-Policy forbids them).
fn bar(class: &'static str, percent: usize) -> Html {
    html! {
        <svg class={classes!("bar", class)} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect width={percent.min(100).to_string()} height="10" />
        </svg>
    }
}

#[function_component(Overview)]
pub fn overview(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (t, lang) = (ctx.lang.t(), ctx.lang);
    let a = &props.analysis;
    let d = &a.document;
    let fact = |label: &'static str, value: Option<String>| {
        html! { <><dt>{label}</dt><dd>{value.unwrap_or_else(|| t.unknown.to_owned())}</dd></> }
    };
    // Sections of level 1 by size and by number of metrics.
    let parts: Vec<_> = a.sections.iter().filter(|s| s.level == 1).collect();
    let max_len = parts.iter().map(|s| s.span.len()).max().unwrap_or(1).max(1);
    let count_metrics = |id| {
        a.metrics
            .iter()
            .filter(|m| {
                let mut at = m.section;
                while let Some(s) = at {
                    if s == id {
                        return true;
                    }
                    at = a.section(s).parent;
                }
                false
            })
            .count()
    };
    let counts: Vec<usize> = parts.iter().map(|s| count_metrics(s.id)).collect();
    let max_count = counts.iter().copied().max().unwrap_or(1).max(1);
    let bars = parts.iter().zip(&counts).map(|(s, &n)| {
        let size = s.span.len() * 100 / max_len;
        let metrics = n * 100 / max_count;
        html! {
            <tr key={s.id.0}>
                <th scope="row">{s.full_title()}</th>
                <td>{bar("size", size)}{format!("{} {}", a.source[s.span.range()].chars().count(), if lang == i18n::Lang::Zh { "字" } else { "chars" })}</td>
                <td>{bar("count", metrics)}{n}</td>
            </tr>
        }
    });
    // Targets beside the results they follow, bars scaled per row.
    let pairs = a.target_pairs();
    let label = |m: &report_core::Metric| {
        const AFTER: [&str; 8] = ["左右", "以上", "以内", "以下", "之内", "上下", "多", "余"];
        let unit = m.unit.as_deref().unwrap_or("");
        let value = m.signed_text();
        match m.qualifier.as_deref() {
            Some(q) if m.value_text.contains(q) => format!("{value}{unit}"),
            Some(q) if AFTER.contains(&q) => format!("{value}{unit}{q}"),
            Some(q) => format!("{q}{value}{unit}"),
            None => format!("{value}{unit}"),
        }
    };
    let target_rows = pairs.iter().map(|p| {
        let target = &a.metrics[p.target.0 as usize];
        let result = p.result.map(|r| &a.metrics[r.0 as usize]);
        let magnitude = |m: &report_core::Metric| m.base_value.unwrap_or(m.value).abs();
        let scale = magnitude(target)
            .max(result.map_or(0.0, magnitude))
            .max(f64::MIN_POSITIVE);
        let percent = |m: &report_core::Metric| (magnitude(m) / scale * 100.0).round() as usize;
        html! {
            <tr key={target.id.0}>
                <th scope="row">{&target.indicator}<small>{match &target.period {
                    // (A report may set the same indicator's target for two years: the year
                    // under review and the next.)
                    Some(period) => format!(" {} · {period}", i18n::metric_kind(lang, target.kind)),
                    None => format!(" {}", i18n::metric_kind(lang, target.kind)),
                }}</small></th>
                <td class="result">{match result {
                    Some(r) => html! { <>{bar("result", percent(r))}{label(r)}</> },
                    None => html! { <span class="none">{"—"}</span> },
                }}</td>
                <td class="target">{bar("target", percent(target))}{label(target)}</td>
            </tr>
        }
    });
    html! {
        <section class="overview" data-testid="overview">
            <h2>{d.title.clone().unwrap_or_else(|| props.name.to_string())}</h2>
            <dl class="facts">
                {fact(t.kind, Some(i18n::document_kind(lang, d.kind).to_owned()))}
                {fact(t.date, d.date.clone())}
                {fact(t.meeting, d.meeting.clone())}
                {fact(t.speaker, d.speaker.clone())}
                if d.issuer.is_some() { {fact(t.issuer, d.issuer.clone())} }
                if d.notice.is_some() { {fact(t.notice, d.notice.clone())} }
                {fact(t.review_period, d.review_period.clone())}
                {fact(t.plan_period, d.plan_period.clone())}
                {fact(t.source, Some(format!("{} ({})", props.name, a.encoding)))}
            </dl>
            <h3>{t.stats}</h3>
            <p>{format!("{} {} · {} {} · {} {}", a.paragraphs.len(), t.paragraphs, a.sections.len(), t.sections, a.metrics.len(), t.metrics)}</p>
            if !parts.is_empty() {
                <table class="chart parts">
                    <thead><tr><th scope="col">{t.col_section}</th><th scope="col">{if lang == i18n::Lang::Zh { "篇幅" } else { "Length" }}</th><th scope="col">{t.metrics}</th></tr></thead>
                    <tbody>{for bars}</tbody>
                </table>
            }
            if !pairs.is_empty() {
                <h3>{t.targets_vs_results}</h3>
                <table class="chart targets" data-testid="targets">
                    <thead><tr><th scope="col">{t.col_indicator}</th><th scope="col">{t.result}</th><th scope="col">{t.target}</th></tr></thead>
                    <tbody>{for target_rows}</tbody>
                </table>
            }
            if !a.removed.is_empty() {
                <h3>{t.removed}</h3>
                <ul class="removed">
                    {for a.removed.iter().take(200).map(|r| html! {
                        <li><code>{i18n::removal_reason(lang, r.reason)}</code>{" "}<s>{a.source[r.span.range()].trim()}</s></li>
                    })}
                </ul>
            }
            if !a.diagnostics.is_empty() {
                <h3>{t.diagnostics}</h3>
                <ul class="diagnostics">
                    {for a.diagnostics.iter().map(|d| html! { <li><code>{d.code}</code>{" "}{&d.message}</li> })}
                </ul>
            }
        </section>
    }
}
