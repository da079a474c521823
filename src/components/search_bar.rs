//! Find in report: a search field, the hit count, previous and next.

use super::app::AppContext;
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The element id of the find hit with this index.
pub fn hit_anchor(index: usize) -> String {
    format!("hit-{index}")
}

#[function_component(SearchBar)]
pub fn search_bar() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();
    let count = ctx.hits.0.len();
    let current = ctx.view.hit.min(count.saturating_sub(1));
    let oninput = {
        let view = ctx.view.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            view.dispatch(Action::SetQuery(input.value()));
        })
    };
    let step = |delta: isize| {
        let (view, go_to) = (ctx.view.clone(), ctx.go_to.clone());
        let next = if count == 0 {
            0
        } else {
            (current as isize + delta).rem_euclid(count as isize) as usize
        };
        Callback::from(move |_: MouseEvent| {
            view.dispatch(Action::StepHit { delta, count });
            if count > 0 {
                go_to.emit(hit_anchor(next));
            }
        })
    };
    // Enter goes to the next hit, Shift+Enter to the previous.
    let onkeydown = {
        let (view, go_to) = (ctx.view.clone(), ctx.go_to.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && count > 0 {
                e.prevent_default();
                let delta = if e.shift_key() { -1 } else { 1 };
                let next = (current as isize + delta).rem_euclid(count as isize) as usize;
                view.dispatch(Action::StepHit { delta, count });
                go_to.emit(hit_anchor(next));
            }
        })
    };
    let status = if ctx.view.query.trim().is_empty() {
        String::new()
    } else if count == 0 {
        t.no_hits.to_owned()
    } else {
        format!("{} / {}", current + 1, count)
    };
    html! {
        <div class="search" role="search">
            <label for="find-input">{t.find_label}</label>
            <input id="find-input" type="search" placeholder={t.find_placeholder}
                value={ctx.view.query.clone()} {oninput} {onkeydown} />
            <span class="hit-count" data-testid="hit-count" aria-live="polite">{status}</span>
            <button type="button" onclick={step(-1)} disabled={count == 0}>{t.previous}</button>
            <button type="button" onclick={step(1)} disabled={count == 0}>{t.next}</button>
        </div>
    }
}
