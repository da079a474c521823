//! The outline as a `<nav>` of links, one per section.

use super::app::AppContext;
use report_core::Analysis;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`OutlineNav`].
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

/// The element id of a section heading.
pub fn section_anchor(id: report_core::SectionId) -> String {
    format!("sec-{}", id.0)
}

#[function_component(OutlineNav)]
pub fn outline_nav(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();
    let items = props.analysis.sections.iter().map(|section| {
        let anchor = section_anchor(section.id);
        let go_to = ctx.go_to.clone();
        let target = anchor.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            go_to.emit(target.clone());
        });
        html! {
            <li key={section.id.0} class={format!("lvl-{}", section.level.min(4))}>
                <a href={format!("#{anchor}")} {onclick}>
                    <span class="label">{&section.label}</span>{&section.title}
                </a>
            </li>
        }
    });
    html! {
        <nav class="outline" aria-label={t.outline}>
            <h2>{t.outline}</h2>
            <ol>{for items}</ol>
        </nav>
    }
}
