//! The metric table: a real `<table>` with sortable columns and filters.

use super::app::AppContext;
use super::paragraph::{modality_class, paragraph_anchor};
use crate::i18n;
use crate::state::{table_rows, Action, Column};
use report_core::{Analysis, MetricKind, Modality};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`MetricTable`].
#[derive(Properties)]
pub struct Props {
    /// The analysis (compared by pointer).
    pub analysis: Rc<Analysis>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

const MODALITIES: [Modality; 3] = [Modality::Actual, Modality::Estimate, Modality::Target];
const KINDS: [MetricKind; 7] = [
    MetricKind::Level,
    MetricKind::Growth,
    MetricKind::Share,
    MetricKind::PointChange,
    MetricKind::Count,
    MetricKind::Ratio,
    MetricKind::Rank,
];

#[function_component(MetricTable)]
pub fn metric_table(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (t, lang, view) = (ctx.lang.t(), ctx.lang, ctx.view.clone());
    let analysis = &props.analysis;
    let rows = table_rows(analysis, &view);

    let header = |column: Column, label: &'static str| {
        let view = view.clone();
        let sort = match view.sort {
            Some((c, true)) if c == column => "ascending",
            Some((c, false)) if c == column => "descending",
            _ => "none",
        };
        html! {
            <th scope="col" aria-sort={sort}>
                <button type="button" class="sort" onclick={Callback::from(move |_: MouseEvent| view.dispatch(Action::SortBy(column)))}>
                    {label}{match sort { "ascending" => " ▲", "descending" => " ▼", _ => "" }}
                </button>
            </th>
        }
    };
    let on_filter = {
        let view = view.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            view.dispatch(Action::SetFilter(input.value()));
        })
    };
    let on_modality = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let index = select.selected_index();
            view.dispatch(Action::SetModality(
                usize::try_from(index - 1)
                    .ok()
                    .and_then(|i| MODALITIES.get(i).copied()),
            ));
        })
    };
    let on_kind = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let index = select.selected_index();
            view.dispatch(Action::SetKind(
                usize::try_from(index - 1)
                    .ok()
                    .and_then(|i| KINDS.get(i).copied()),
            ));
        })
    };
    let body = rows.iter().map(|m| {
        let section = m.section.map(|s| {
            let s = analysis.section(s);
            format!("{}{}", s.label, s.title)
        });
        let quote = &analysis.paragraph(m.paragraph).text[m.quote_range.0..m.quote_range.1];
        let go_to = ctx.go_to.clone();
        let target = format!("m-{}", m.id.0);
        let open = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            go_to.emit(target.clone());
        });
        html! {
            <tr key={m.id.0}>
                <td class="section">{section.unwrap_or_default()}</td>
                <td class="indicator">{&m.indicator}</td>
                <td class="value num">{&m.value_text}{m.upper.map(|u| format!("–{u}")).unwrap_or_default()}</td>
                <td class="unit">{m.unit.clone().unwrap_or_default()}</td>
                <td class="qualifier">{m.qualifier.clone().unwrap_or_default()}</td>
                <td class="kind">{i18n::metric_kind(lang, m.kind)}</td>
                <td class={classes!("modality", modality_class(m))}>{i18n::modality(lang, m.modality)}</td>
                <td class="period">{m.period.clone().unwrap_or_default()}</td>
                <td class="quote"><a href={format!("#{}", paragraph_anchor(m.paragraph))} onclick={open}>{quote.trim()}</a></td>
            </tr>
        }
    });
    html! {
        <section class="metrics" data-testid="metric-table">
            <div class="filters">
                <label>{t.filter_label}{" "}
                    <input type="search" placeholder={t.filter_placeholder} value={view.filter.clone()} oninput={on_filter} />
                </label>
                <label>{t.col_modality}{" "}
                    <select onchange={on_modality}>
                        <option selected={view.modality.is_none()}>{t.all}</option>
                        {for MODALITIES.iter().map(|&m| html! { <option selected={view.modality == Some(m)}>{i18n::modality(lang, m)}</option> })}
                    </select>
                </label>
                <label>{t.col_kind}{" "}
                    <select onchange={on_kind}>
                        <option selected={view.kind.is_none()}>{t.all}</option>
                        {for KINDS.iter().map(|&k| html! { <option selected={view.kind == Some(k)}>{i18n::metric_kind(lang, k)}</option> })}
                    </select>
                </label>
                <span class="count" data-testid="metric-count">{format!("{} / {} {}", rows.len(), analysis.metrics.len(), t.n_metrics)}</span>
            </div>
            <table>
                <thead>
                    <tr>
                        {header(Column::Section, t.col_section)}
                        {header(Column::Indicator, t.col_indicator)}
                        {header(Column::Value, t.col_value)}
                        {header(Column::Unit, t.col_unit)}
                        <th scope="col">{t.col_qualifier}</th>
                        {header(Column::Kind, t.col_kind)}
                        {header(Column::Modality, t.col_modality)}
                        <th scope="col">{t.col_period}</th>
                        <th scope="col">{t.col_quote}</th>
                    </tr>
                </thead>
                <tbody>{for body}</tbody>
            </table>
            if rows.is_empty() {
                <p class="empty">{t.no_metrics}</p>
            }
        </section>
    }
}
