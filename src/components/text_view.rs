//! The text tab: the repaired paragraphs, or the original with removed parts struck through
//! and joined line breaks marked, so that a reader can trust the repair.

use super::app::AppContext;
use crate::i18n;
use crate::state::Action;
use report_core::segments::SegmentKind;
use yew::prelude::*;

/// The original view renders at most this many bytes: a DOM of every segment of a 20 MB
/// input would freeze the tab.
const MAX_ORIGINAL_BYTES: usize = 400_000;

/// Props: the analysis, compared by pointer.
use super::AnalysisProps as Props;

#[function_component(TextView)]
pub fn text_view(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();
    let a = &props.analysis;
    let toggle = {
        let view = ctx.view.clone();
        Callback::from(move |_: MouseEvent| view.dispatch(Action::ToggleOriginal))
    };
    let body = if ctx.view.show_original {
        let segments = a.segments(MAX_ORIGINAL_BYTES);
        let pieces = segments.iter().map(|s| {
            let text = &a.source[s.span.range()];
            match s.kind {
                SegmentKind::Kept | SegmentKind::Between => html! { {text} },
                SegmentKind::Removed(reason) => {
                    html! { <del class="removed" title={i18n::removal_reason(ctx.lang, reason)}>{text}</del> }
                }
                SegmentKind::JoinedBreak => {
                    html! { <><span class="join" title="joined">{"↵"}</span>{text}</> }
                }
            }
        });
        html! {
            <>
                <p class="note">{t.original_note}</p>
                if a.source.len() > MAX_ORIGINAL_BYTES { <p class="note">{t.truncated_note}</p> }
                <pre class="original" data-testid="original-text">{for pieces}</pre>
            </>
        }
    } else {
        // Headings and paragraphs in source order, as plain repaired text.
        let mut items: Vec<(usize, Html)> = a
            .sections
            .iter()
            .map(|s| {
                (
                    s.heading.start,
                    html! { <p class="clean heading-line">{s.full_title()}</p> },
                )
            })
            .collect();
        items.extend(
            a.paragraphs
                .iter()
                .map(|p| (p.span.start, html! { <p class="clean">{&p.text}</p> })),
        );
        items.sort_by_key(|(at, _)| *at);
        html! { <div class="clean-text" data-testid="clean-text">{for items.into_iter().map(|(_, h)| h)}</div> }
    };
    html! {
        <section class="text-view">
            <div class="toolbar">
                <button type="button" aria-pressed={ctx.view.show_original.to_string()} onclick={toggle}>
                    {if ctx.view.show_original { t.show_repaired } else { t.show_original }}
                </button>
            </div>
            {body}
        </section>
    }
}
