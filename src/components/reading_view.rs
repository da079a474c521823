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
    let Some(ctx) = ctx else {
        return html! {};
    };
    let t = ctx.lang.t();
    let analysis = &props.analysis;
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
                <span class="label">{&section.label}</span>{marked(&section.title, 0, section.title.len(), &[], hits, ctx.lang)}
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
    // Headings and paragraphs merged in source order.
    let mut items = Vec::with_capacity(analysis.sections.len() + analysis.paragraphs.len());
    let mut sections = analysis.sections.iter().peekable();
    for paragraph in &analysis.paragraphs {
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
    html! {
        <article class="reading" data-testid="reading-view">
            <div class="toolbar">
                <button type="button" onclick={expand_all}>{t.expand_all}</button>
                <button type="button" onclick={collapse_all}>{t.collapse_all}</button>
            </div>
            {for items}
        </article>
    }
}
