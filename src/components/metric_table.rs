//! The metric table: a real `<table>` with sortable columns and filters.

use super::app::AppContext;
use super::paragraph::{modality_class, paragraph_anchor};
use crate::download::{copy, download};
use crate::i18n;
use crate::state::{grouped_rows, Action, Column, Grouping};
use report_core::export;
use report_core::{Analysis, Metric, MetricKind, Modality, SectionId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props: the analysis, compared by pointer.
use super::AnalysisProps as Props;

const MODALITIES: [Modality; 3] = [Modality::Actual, Modality::Estimate, Modality::Target];
const KINDS: [MetricKind; 8] = [
    MetricKind::Level,
    MetricKind::Growth,
    MetricKind::Share,
    MetricKind::PointChange,
    MetricKind::Change,
    MetricKind::Count,
    MetricKind::Ratio,
    MetricKind::Rank,
];

/// Rows rendered at first, and added by each "show more": a large report has tens of
/// thousands of metrics, and the filters, sort and exports always apply to all of them.
const ROWS_SHOWN: usize = 1000;

#[function_component(MetricTable)]
pub fn metric_table(props: &Props) -> Html {
    let shown = use_state(|| ROWS_SHOWN);
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (t, lang, view) = (ctx.lang.t(), ctx.lang, ctx.view.clone());
    let analysis = &props.analysis;
    let groups = grouped_rows(analysis, &view);
    let rows: Vec<&Metric> = groups
        .iter()
        .flat_map(|(_, rows)| rows.iter().copied())
        .collect();
    let status = use_state(|| None::<AttrValue>);

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
    // A filter select lists "all" first, then `options`; it dispatches the chosen option.
    fn filter_select<T: Clone + 'static>(
        view: &UseReducerHandle<crate::state::View>,
        options: Vec<T>,
        action: fn(Option<T>) -> Action,
    ) -> Callback<Event> {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let chosen = usize::try_from(select.selected_index() - 1)
                .ok()
                .and_then(|i| options.get(i).cloned());
            view.dispatch(action(chosen));
        })
    }
    let on_modality = filter_select(&view, MODALITIES.to_vec(), Action::SetModality);
    let on_kind = filter_select(&view, KINDS.to_vec(), Action::SetKind);
    let section_ids: Vec<SectionId> = analysis.sections.iter().map(|s| s.id).collect();
    let on_section = filter_select(&view, section_ids, Action::SetSection);
    let mut units: Vec<String> = analysis
        .metrics
        .iter()
        .filter_map(|m| m.unit.clone())
        .collect();
    units.sort();
    units.dedup();
    let on_unit = filter_select(&view, units.clone(), Action::SetUnit);
    let on_grouping = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let grouping = match select.selected_index() {
                1 => Grouping::Section,
                2 => Grouping::Indicator,
                _ => Grouping::None,
            };
            view.dispatch(Action::SetGrouping(grouping));
        })
    };
    let export_button =
        |label: &'static str, make: fn(&Analysis, &[&Metric]) -> (String, &'static str, String)| {
            let (analysis, status, view) = (props.analysis.clone(), status.clone(), view.clone());
            Callback::from(move |_: MouseEvent| {
                let rows: Vec<&Metric> = grouped_rows(&analysis, &view)
                    .into_iter()
                    .flat_map(|(_, rows)| rows)
                    .collect();
                let (name, mime, content) = make(&analysis, &rows);
                let message = match download(&name, mime, &content) {
                    Ok(()) => format!("{label} ✓ {name}"),
                    Err(e) => e,
                };
                status.set(Some(message.into()));
            })
        };
    let export_csv = export_button("CSV", |a, rows| {
        // A BOM, so that spreadsheet programs read the file as UTF-8.
        (
            "metrics.csv".to_owned(),
            "text/csv;charset=utf-8",
            format!("\u{FEFF}{}", export::csv(a, rows)),
        )
    });
    let export_json = export_button("JSON", |a, rows| {
        (
            "metrics.json".to_owned(),
            "application/json",
            export::metrics_json(a, rows),
        )
    });
    let export_md = export_button("Markdown", |a, rows| {
        (
            "metrics.md".to_owned(),
            "text/markdown;charset=utf-8",
            export::metrics_markdown(a, rows),
        )
    });
    let copy_table = {
        let (analysis, status, view, copied) = (
            props.analysis.clone(),
            status.clone(),
            view.clone(),
            t.copied,
        );
        Callback::from(move |_: MouseEvent| {
            let rows: Vec<&Metric> = grouped_rows(&analysis, &view)
                .into_iter()
                .flat_map(|(_, rows)| rows)
                .collect();
            let message = match copy(&export::tsv(&analysis, &rows)) {
                Ok(()) => format!("{copied} ({})", rows.len()),
                Err(e) => e,
            };
            status.set(Some(message.into()));
        })
    };
    let row_view = |m: &Metric| {
        let section = m.section.map(|s| analysis.section(s).full_title());
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
                <td class="value num">{m.signed_text()}{m.upper.map(|u| format!("–{u}")).unwrap_or_default()}</td>
                <td class="unit">{m.unit.clone().unwrap_or_default()}</td>
                <td class="qualifier">{m.qualifier.clone().unwrap_or_default()}</td>
                <td class="comparison">{m.comparison.clone().unwrap_or_default()}</td>
                <td class="kind">{i18n::metric_kind(lang, m.kind)}</td>
                <td class={classes!("modality", modality_class(m))}>{i18n::modality(lang, m.modality)}</td>
                <td class="period">{m.period.clone().unwrap_or_default()}</td>
                <td class="quote"><a href={format!("#{}", paragraph_anchor(m.paragraph))} onclick={open}>{quote.trim()}</a></td>
            </tr>
        }
    };
    let mut budget = *shown;
    let body = groups.iter().map_while(|(label, rows)| {
        if budget == 0 {
            return None;
        }
        let take = rows.len().min(budget);
        budget -= take;
        Some(html! {
            <>
                if let Some(label) = label {
                    <tr class="group"><th colspan="10" scope="rowgroup">{format!("{} ({})", if label.is_empty() { "—" } else { label.as_str() }, rows.len())}</th></tr>
                }
                {for rows[..take].iter().map(|m| row_view(m))}
            </>
        })
    });
    let more = (rows.len() > *shown).then(|| {
        let now = *shown;
        let shown = shown.clone();
        let onclick = Callback::from(move |_: MouseEvent| shown.set(now + ROWS_SHOWN));
        html! {
            <button type="button" class="more" data-testid="more-rows" {onclick}>
                {format!("{} ({} / {})", t.show_more, now.min(rows.len()), rows.len())}
            </button>
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
                <label>{t.col_section}{" "}
                    <select onchange={on_section}>
                        <option selected={view.section.is_none()}>{t.all}</option>
                        {for analysis.sections.iter().map(|s| html! {
                            <option selected={view.section == Some(s.id)}>{format!("{}{}", "\u{3000}".repeat(s.level as usize - 1), s.full_title())}</option>
                        })}
                    </select>
                </label>
                <label>{t.col_unit}{" "}
                    <select onchange={on_unit}>
                        <option selected={view.unit.is_none()}>{t.all}</option>
                        {for units.iter().map(|u| html! { <option selected={view.unit.as_ref() == Some(u)}>{u}</option> })}
                    </select>
                </label>
                <label>{t.group_by}{" "}
                    <select onchange={on_grouping}>
                        <option selected={view.grouping == Grouping::None}>{t.group_none}</option>
                        <option selected={view.grouping == Grouping::Section}>{t.group_section}</option>
                        <option selected={view.grouping == Grouping::Indicator}>{t.group_indicator}</option>
                    </select>
                </label>
                <span class="count" data-testid="metric-count">{format!("{} / {} {}", rows.len(), analysis.metrics.len(), t.n_metrics)}</span>
            </div>
            <div class="exports">
                <button type="button" onclick={export_csv}>{t.export_csv}</button>
                <button type="button" onclick={export_json}>{t.export_json}</button>
                <button type="button" onclick={export_md}>{t.export_md}</button>
                <button type="button" onclick={copy_table}>{t.copy_table}</button>
                if let Some(message) = (*status).clone() {
                    <span class="status" role="status" data-testid="export-status">{message}</span>
                }
            </div>
            <table>
                <thead>
                    <tr>
                        {header(Column::Section, t.col_section)}
                        {header(Column::Indicator, t.col_indicator)}
                        {header(Column::Value, t.col_value)}
                        {header(Column::Unit, t.col_unit)}
                        {header(Column::Qualifier, t.col_qualifier)}
                        {header(Column::Comparison, t.col_comparison)}
                        {header(Column::Kind, t.col_kind)}
                        {header(Column::Modality, t.col_modality)}
                        {header(Column::Period, t.col_period)}
                        {header(Column::Quote, t.col_quote)}
                    </tr>
                </thead>
                <tbody>{for body}</tbody>
            </table>
            {more}
            if rows.is_empty() {
                <p class="empty">{t.no_metrics}</p>
            }
        </section>
    }
}
