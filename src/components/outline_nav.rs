//! The outline as a `<nav>` of links, one per section; the section being read is marked, and
//! a find query narrows it to the sections with hits.

use super::app::AppContext;
use report_core::SectionId;
use std::collections::HashSet;
use yew::prelude::*;

/// Props: the analysis, compared by pointer.
use super::AnalysisProps as Props;

/// The element id of a section heading.
pub fn section_anchor(id: SectionId) -> String {
    format!("sec-{}", id.0)
}

/// Above this many sections (a concatenation of many reports), the outline lists the top
/// level only, and the sections above the one being read, so that it renders at once.
const FULL_OUTLINE_MAX: usize = 1000;

#[function_component(OutlineNav)]
pub fn outline_nav(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();
    let a = &props.analysis;
    // With a query, only the sections with hits and their ancestors.
    let shown: Option<HashSet<SectionId>> = (!ctx.view.query.trim().is_empty()).then(|| {
        let mut shown = HashSet::new();
        for hit in ctx.hits.0.iter() {
            let mut at = hit.section;
            while let Some(id) = at {
                if !shown.insert(id) {
                    break;
                }
                at = a.section(id).parent;
            }
        }
        shown
    });
    let top_only = shown.is_none() && a.sections.len() > FULL_OUTLINE_MAX;
    let shown = shown.or_else(|| {
        top_only.then(|| {
            let mut shown: HashSet<SectionId> = a
                .sections
                .iter()
                .filter(|s| s.level == 1)
                .map(|s| s.id)
                .collect();
            let mut at = ctx.current;
            while let Some(id) = at {
                shown.insert(id);
                at = a.section(id).parent;
            }
            shown
        })
    });
    let items = a
        .sections
        .iter()
        .filter(|s| shown.as_ref().is_none_or(|shown| shown.contains(&s.id)))
        .map(|section| {
            let anchor = section_anchor(section.id);
            let go_to = ctx.go_to.clone();
            let target = anchor.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                go_to.emit(target.clone());
            });
            let current = ctx.current == Some(section.id);
            html! {
                <li key={section.id.0} class={classes!(format!("lvl-{}", section.level.min(4)), current.then_some("current"))}>
                    <a href={format!("#{anchor}")} {onclick} aria-current={current.then_some("location")}>
                        <span class="label">{&section.label}</span>{section.label_gap()}{&section.title}
                    </a>
                </li>
            }
        });
    html! {
        <nav class="outline" aria-label={t.outline}>
            <h2>{t.outline}</h2>
            if top_only {
                <p class="note">{t.outline_top_only}</p>
            }
            <ol>{for items}</ol>
        </nav>
    }
}
