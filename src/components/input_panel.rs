//! The input: a labelled textarea, a file button, drop anywhere, sample and clear.

use super::app::{AppContext, Busy, Problem, Request};
use crate::analyzer::Stage;
use crate::document::{Document, PASTE_NAME, SAMPLE_NAME};
use crate::i18n;
use crate::protocol::Kind;
use crate::storage;
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ClipboardEvent, HtmlInputElement};
use yew::prelude::*;

/// Typing settles for this long before the text is saved and analyzed.
const SETTLE_MS: u32 = 150;

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open document.
    pub document: Document,
    /// The textarea, which the app fills when a file or the sample opens.
    pub textarea: NodeRef,
    /// Asks for an analysis.
    pub on_request: Callback<Request>,
    /// Opens a file chosen by the user.
    pub on_file: Callback<web_sys::File>,
    /// Cancels the running analysis.
    pub on_cancel: Callback<()>,
    /// Clears the text and everything saved.
    pub on_clear: Callback<()>,
    /// The running analysis, if any.
    pub busy: Option<Busy>,
    /// Why the last request did not open, if it did not.
    pub problem: Option<Problem>,
    /// Length (UTF-16 units) of a text too long for the textarea, which is kept outside it.
    pub outside: Option<u32>,
    /// Records that a text is kept outside the textarea (or no longer is).
    pub set_outside: Callback<Option<u32>>,
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let settle = use_mut_ref(|| None::<Timeout>);
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();

    // The text is read from the textarea as a JS string when typing settles: it goes to the
    // storage and the worker without being copied into wasm memory.
    let oninput = {
        let (on_request, textarea, settle) = (
            props.on_request.clone(),
            props.textarea.clone(),
            settle.clone(),
        );
        Callback::from(move |_: InputEvent| {
            let (on_request, textarea) = (on_request.clone(), textarea.clone());
            *settle.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                let Some(area) = textarea.get() else {
                    return;
                };
                let text = js_sys::Reflect::get(&area, &JsValue::from_str("value"))
                    .unwrap_or(JsValue::UNDEFINED);
                storage::save_draft(PASTE_NAME, &text);
                on_request.emit(Request {
                    kind: Kind::Text,
                    data: text,
                    name: PASTE_NAME.into(),
                    restore: false,
                });
            }));
        })
    };
    // A clipboard with only HTML (copied from some pages and editors) pastes as its text; a
    // very long text is taken from the clipboard as it is and kept outside the textarea.
    let onpaste = {
        let (on_request, textarea, set_outside, settle) = (
            props.on_request.clone(),
            props.textarea.clone(),
            props.set_outside.clone(),
            settle.clone(),
        );
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<ClipboardEvent>()
                .and_then(ClipboardEvent::clipboard_data)
            else {
                return;
            };
            let plain = clipboard_text(&data, "text/plain");
            let length = super::app::js_length(&plain);
            if length > super::app::TEXTAREA_MAX_UNITS {
                e.prevent_default();
                settle.borrow_mut().take();
                super::app::set_textarea(&textarea, &JsValue::from_str(""));
                set_outside.emit(Some(length));
                storage::save_draft(PASTE_NAME, &plain);
                on_request.emit(Request {
                    kind: Kind::Text,
                    data: plain,
                    name: PASTE_NAME.into(),
                    restore: false,
                });
                return;
            }
            let html = clipboard_text(&data, "text/html");
            if length == 0 && super::app::js_length(&html) > 0 {
                e.prevent_default();
                on_request.emit(Request {
                    kind: Kind::Html,
                    data: html,
                    name: PASTE_NAME.into(),
                    restore: false,
                });
            }
        })
    };
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let load_sample = {
        let on_request = props.on_request.clone();
        Callback::from(move |_: MouseEvent| {
            on_request.emit(Request {
                kind: Kind::Sample,
                data: JsValue::UNDEFINED,
                name: SAMPLE_NAME.into(),
                restore: false,
            });
        })
    };
    let clear = {
        let (on_clear, settle) = (props.on_clear.clone(), settle.clone());
        Callback::from(move |_: MouseEvent| {
            settle.borrow_mut().take();
            on_clear.emit(());
        })
    };
    let cancel = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| on_cancel.emit(()))
    };
    let file_input = use_node_ref();
    let choose_file = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let doc = &props.document;
    let status = match props.busy {
        Some(Busy { stage, done }) => {
            let label = t.stages[match stage {
                Stage::Start => 0,
                Stage::Decode => 1,
                Stage::Repair => 2,
                Stage::Outline => 3,
                Stage::Metrics => 4,
            }];
            let percent = if stage == Stage::Metrics {
                format!(" {:.0}%", done * 100.0)
            } else {
                String::new()
            };
            html! {
                <span class="busy" role="status" data-testid="busy">
                    {format!("{}：{label}{percent}…", t.analyzing)}
                    <progress max="1" value={done.to_string()} aria-label={t.analyzing}></progress>
                    <button type="button" onclick={cancel}>{t.cancel}</button>
                </span>
            }
        }
        None if doc.analysis.source.is_empty() && doc.name.is_empty() => html! {},
        None => html! {
            <span class="doc-status" data-testid="doc-status" data-analysis-ms={format!("{:.3}", doc.analysis_ms)}
                data-total-ms={format!("{:.3}", doc.total_ms)} data-memory={format!("{}", doc.memory)}
                title={format!("{:.1} ms", doc.analysis_ms)}>
                {format!("{} · {} {} · {} {}", display_name(&doc.name), doc.chars, if ctx.lang == i18n::Lang::Zh { "字" } else { "chars" }, doc.analysis.metrics.len(), t.n_metrics)}
            </span>
        },
    };
    html! {
        <section class="input-panel">
            <label for="report-input" class="input-label">{t.input_label}</label>
            <textarea id="report-input" ref={props.textarea.clone()} spellcheck="false" placeholder={t.input_placeholder}
                {oninput} {onpaste} />
            <div class="input-actions">
                <button type="button" onclick={choose_file}>{t.open_file}</button>
                <input id="file-input" ref={file_input} type="file" class="visually-hidden" tabindex="-1"
                    aria-label={t.open_file} accept=".txt,.text,.docx,.csv,.tsv,.html,.htm,.md,text/plain" {onchange} />
                <button type="button" onclick={load_sample}>{t.load_sample}</button>
                <button type="button" onclick={clear} title={t.clear_title}>{t.clear}</button>
                {status}
            </div>
            if let Some(length) = props.outside {
                <p class="note" data-testid="outside-note">{t.outside_note.replace("{}", &format!("{:.1}", f64::from(length) / 1e6))}</p>
            }
            if let Some(problem) = &props.problem {
                <p class="error" role="alert" data-testid="input-error">{problem_message(ctx.lang, problem)}{" "}{t.kept_note}</p>
            }
            <p class="privacy">{t.privacy}</p>
        </section>
    }
}

/// The clipboard's data of a type, as a JS string (a long text is not copied into wasm).
fn clipboard_text(data: &web_sys::DataTransfer, format: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str("getData"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(data, &JsValue::from_str(format)).ok())
        .unwrap_or_else(|| JsValue::from_str(""))
}

/// The sentence shown for a problem.
fn problem_message(lang: i18n::Lang, problem: &Problem) -> String {
    let t = lang.t();
    match problem {
        Problem::Decode { name, error } => format!("{name}：{}", i18n::decode_error(lang, error)),
        Problem::Failed(message) => format!("{}：{message}", t.analysis_failed),
        Problem::Cancelled => t.cancelled.to_owned(),
    }
}
fn display_name(name: &str) -> &str {
    if name == SAMPLE_NAME {
        "示例：西青区2023年政府工作报告"
    } else if name.is_empty() {
        "—"
    } else {
        name
    }
}
