//! The sectioned reading view: headings as `h2`/`h3`/`h4`, paragraphs, collapsible sections.

use super::app::AppContext;
use super::outline_nav::section_anchor;
use super::paragraph::paragraph_view;
use crate::state::Action;
use report_core::{Analysis, Section, SectionId};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ReadingView`].
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

/// Whether `id` or one of its ancestors (strictly above it when `strict`) is collapsed.
fn hidden(
    analysis: &Analysis,
    collapsed: &std::collections::BTreeSet<SectionId>,
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

#[function_component(ReadingView)]
pub fn reading_view(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();
    let analysis = &props.analysis;
    let collapsed = &ctx.view.collapsed;
    let heading = |section: &Section| {
        let is_collapsed = collapsed.contains(&section.id);
        let view = ctx.view.clone();
        let id = section.id;
        let toggle = Callback::from(move |_: MouseEvent| view.dispatch(Action::ToggleSection(id)));
        let inner = html! {
            <>
                <span class="label">{&section.label}</span>{&section.title}
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
            items.push(paragraph_view(
                paragraph,
                analysis.paragraph_metrics(paragraph.id),
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
