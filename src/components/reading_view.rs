//! The sectioned reading view: headings as `h2`/`h3`/`h4`, paragraphs with numbers and find
//! hits marked, collapsible sections, and the section being read reported as the page scrolls.

use super::app::AppContext;
use super::outline_nav::section_anchor;
use super::paragraph::{marked, paragraph_view, HitMark};
use crate::state::Action;
use gloo::events::EventListener;
use report_core::search::HitTarget;
use report_core::{Analysis, Section, SectionId};
use std::collections::{BTreeSet, HashMap};
use yew::prelude::*;

/// A heading counts as being read once its top is this many pixels from the window's top.
const READ_LINE_PX: f64 = 96.0;

/// Paragraphs per page: a long report (a 20 MB concatenation has ~100 000) is read a page at a
/// time, so that rendering stays fast; a government work report fits on one.
pub const PAGE_PARAGRAPHS: usize = 600;

/// The paragraph a heading belongs to for paging: the first one after it.
fn paragraph_after(analysis: &Analysis, section: &Section) -> usize {
    analysis
        .paragraphs
        .partition_point(|p| p.span.start < section.heading.start)
}

/// The paragraph an element id of the reading view is in (`sec-`, `p-`, `m-`, `hit-`).
fn paragraph_of_target(
    analysis: &Analysis,
    hits: &[report_core::search::Hit],
    target: &str,
) -> Option<usize> {
    let (prefix, number) = target.rsplit_once('-')?;
    let n: usize = number.parse().ok()?;
    let heading = |id: SectionId| {
        Some(paragraph_after(
            analysis,
            analysis.sections.get(id.0 as usize)?,
        ))
    };
    match prefix {
        "sec" => heading(SectionId(n as u32)),
        "p" => Some(n),
        "m" => analysis.metrics.get(n).map(|m| m.paragraph.0 as usize),
        "hit" => match hits.get(n)?.target {
            HitTarget::Paragraph(id) => Some(id.0 as usize),
            HitTarget::Heading(id) => heading(id),
        },
        _ => None,
    }
}

/// Props: the analysis, compared by pointer.
use super::AnalysisProps as Props;

/// Whether `id` or one of its ancestors (strictly above it when `strict`) is collapsed.
fn hidden(
    analysis: &Analysis,
    collapsed: &BTreeSet<SectionId>,
    id: Option<SectionId>,
    strict: bool,
) -> bool {
    let mut at = if strict {
        id.and_then(|i| analysis.section(i).parent)
    } else {
        id
    };
    while let Some(i) = at {
        if collapsed.contains(&i) {
            return true;
        }
        at = analysis.section(i).parent;
    }
    false
}

/// The last rendered heading whose top is above the read line.
fn section_being_read(analysis: &Analysis) -> Option<SectionId> {
    let document = web_sys::window()?.document()?;
    let mut current = None;
    for section in &analysis.sections {
        let Some(element) = document.get_element_by_id(&section_anchor(section.id)) else {
            continue;
        };
        if element.get_bounding_client_rect().top() <= READ_LINE_PX {
            current = Some(section.id);
        } else {
            break;
        }
    }
    current
}

#[function_component(ReadingView)]
pub fn reading_view(props: &Props) -> Html {
    let ctx = use_context::<AppContext>();
    {
        // Report the section being read while the window scrolls.
        let analysis = props.analysis.clone();
        let set_current = ctx.as_ref().map(|c| c.set_current.clone());
        use_effect_with(analysis, move |analysis| {
            let analysis = analysis.clone();
            let listener = set_current.and_then(|set_current| {
                let window = web_sys::window()?;
                set_current.emit(section_being_read(&analysis));
                Some(EventListener::new(&window, "scroll", move |_| {
                    set_current.emit(section_being_read(&analysis));
                }))
            });
            move || drop(listener)
        });
    }
    let page = use_state(|| 0usize);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let t = ctx.lang.t();
    let analysis = &props.analysis;
    let n_pages = analysis.paragraphs.len().div_ceil(PAGE_PARAGRAPHS).max(1);
    // A link into another page turns to it; otherwise the page stays where the reader left it.
    let target_page = ctx
        .target
        .as_deref()
        .and_then(|target| paragraph_of_target(analysis, &ctx.hits.0, target))
        .map(|p| (p / PAGE_PARAGRAPHS).min(n_pages - 1));
    let shown = target_page.unwrap_or(*page).min(n_pages - 1);
    {
        let (page, target, scrolled) = (page.clone(), ctx.target.clone(), ctx.scrolled.clone());
        use_effect_with(
            (target, shown, props.analysis.clone()),
            move |(target, shown, _)| {
                if *page != *shown {
                    page.set(*shown);
                }
                if let Some(id) = target {
                    if super::app::scroll_into_view(id) {
                        scrolled.emit(());
                    }
                }
            },
        );
    }
    let collapsed = &ctx.view.collapsed;
    let current_hit = ctx.view.hit.min(ctx.hits.0.len().saturating_sub(1));
    let mut hits_by_target: HashMap<HitTarget, Vec<HitMark>> = HashMap::new();
    for (index, hit) in ctx.hits.0.iter().enumerate() {
        hits_by_target.entry(hit.target).or_default().push(HitMark {
            range: hit.range,
            index,
            current: index == current_hit,
        });
    }
    let no_hits: Vec<HitMark> = Vec::new();
    let heading = |section: &Section| {
        let is_collapsed = collapsed.contains(&section.id);
        let view = ctx.view.clone();
        let id = section.id;
        let toggle = Callback::from(move |_: MouseEvent| view.dispatch(Action::ToggleSection(id)));
        let hits = hits_by_target
            .get(&HitTarget::Heading(section.id))
            .unwrap_or(&no_hits);
        let inner = html! {
            <>
                <span class="label">{&section.label}</span>{section.label_gap()}{marked(&section.title, 0, section.title.len(), &[], hits, ctx.lang)}
                <button type="button" class="toggle" aria-expanded={(!is_collapsed).to_string()} onclick={toggle}>
                    {if is_collapsed { t.expand } else { t.collapse }}
                </button>
            </>
        };
        let anchor = section_anchor(section.id);
        match section.level {
            1 => {
                html! { <h2 key={anchor.clone()} id={anchor} tabindex="-1" class="heading">{inner}</h2> }
            }
            2 => {
                html! { <h3 key={anchor.clone()} id={anchor} tabindex="-1" class="heading">{inner}</h3> }
            }
            _ => {
                html! { <h4 key={anchor.clone()} id={anchor} tabindex="-1" class="heading">{inner}</h4> }
            }
        }
    };
    // The page's headings and paragraphs merged in source order.
    let (from, to) = (
        shown * PAGE_PARAGRAPHS,
        ((shown + 1) * PAGE_PARAGRAPHS).min(analysis.paragraphs.len()),
    );
    let first_section = analysis
        .sections
        .partition_point(|s| paragraph_after(analysis, s) < from);
    let end_section = if shown + 1 == n_pages {
        analysis.sections.len()
    } else {
        analysis
            .sections
            .partition_point(|s| paragraph_after(analysis, s) < to)
    };
    let mut items = Vec::with_capacity(end_section - first_section + to - from);
    let mut sections = analysis.sections[first_section..end_section]
        .iter()
        .peekable();
    for paragraph in &analysis.paragraphs[from..to] {
        while let Some(section) = sections.next_if(|s| s.heading.start <= paragraph.span.start) {
            if !hidden(analysis, collapsed, Some(section.id), true) {
                items.push(heading(section));
            }
        }
        if !hidden(analysis, collapsed, paragraph.section, false) {
            let hits = hits_by_target
                .get(&HitTarget::Paragraph(paragraph.id))
                .unwrap_or(&no_hits);
            items.push(paragraph_view(
                paragraph,
                analysis.paragraph_metrics(paragraph.id),
                hits,
                ctx.lang,
            ));
        }
    }
    for section in sections {
        if !hidden(analysis, collapsed, Some(section.id), true) {
            items.push(heading(section));
        }
    }
    let collapse_all = {
        let view = ctx.view.clone();
        let ids: Vec<SectionId> = analysis.sections.iter().map(|s| s.id).collect();
        Callback::from(move |_: MouseEvent| view.dispatch(Action::CollapseAll(ids.clone())))
    };
    let expand_all = {
        let view = ctx.view.clone();
        Callback::from(move |_: MouseEvent| view.dispatch(Action::ExpandAll))
    };
    let pager = (n_pages > 1).then(|| {
        let turn = |to: usize| {
            let page = page.clone();
            Callback::from(move |_: MouseEvent| {
                page.set(to);
                if let Some(window) = web_sys::window() {
                    window.scroll_to_with_x_and_y(0.0, 0.0);
                }
            })
        };
        html! {
            <nav class="pager" aria-label={t.pages}>
                <button type="button" disabled={shown == 0} onclick={turn(shown.saturating_sub(1))}>{t.page_prev}</button>
                <span data-testid="page">{format!("{} / {}", shown + 1, n_pages)}</span>
                <button type="button" disabled={shown + 1 == n_pages} onclick={turn(shown + 1)}>{t.page_next}</button>
            </nav>
        }
    });
    html! {
        <article class="reading" data-testid="reading-view">
            <div class="toolbar">
                <button type="button" onclick={expand_all}>{t.expand_all}</button>
                <button type="button" onclick={collapse_all}>{t.collapse_all}</button>
                {pager.clone()}
            </div>
            {for items}
            {pager}
        </article>
    }
}
