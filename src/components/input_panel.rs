//! The input: a labelled textarea, a file button, drop anywhere, sample and clear.

use super::app::AppContext;
use crate::document::{Document, SAMPLE_NAME};
use crate::i18n;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open document.
    pub document: Document,
    /// Opens a new document.
    pub on_open: Callback<Document>,
    /// Opens a file chosen by the user.
    pub on_file: Callback<web_sys::File>,
    /// The current error message.
    pub error: Option<AttrValue>,
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();

    let oninput = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_open.emit(Document::from_text("粘贴", &area.value()));
        })
    };
    // A clipboard with only HTML (copied from some pages and editors) pastes as its text.
    let onpaste = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<ClipboardEvent>()
                .and_then(ClipboardEvent::clipboard_data)
            else {
                return;
            };
            let plain = data.get_data("text/plain").unwrap_or_default();
            let html = data.get_data("text/html").unwrap_or_default();
            if plain.is_empty() && !html.is_empty() {
                e.prevent_default();
                let text = report_core::decode::html_to_text(&html);
                on_open.emit(Document::from_text("粘贴", &text));
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
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(Document::sample()))
    };
    let clear = {
        let on_open = props.on_open.clone();
        Callback::from(move |_: MouseEvent| {
            crate::storage::clear_draft();
            on_open.emit(Document::from_text("", ""));
        })
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
    let analysis = &props.document.analysis;
    let n_chars = analysis.source.chars().count();
    html! {
        <section class="input-panel">
            <label for="report-input" class="input-label">{t.input_label}</label>
            <textarea id="report-input" spellcheck="false" placeholder={t.input_placeholder}
                value={analysis.source.clone()} {oninput} {onpaste} />
            <div class="input-actions">
                <button type="button" onclick={choose_file}>{t.open_file}</button>
                <input id="file-input" ref={file_input} type="file" class="visually-hidden" tabindex="-1"
                    aria-label={t.open_file} accept=".txt,.text,.docx,.csv,.tsv,.html,.htm,.md,text/plain" {onchange} />
                <button type="button" onclick={load_sample}>{t.load_sample}</button>
                <button type="button" onclick={clear}>{t.clear}</button>
                <span class="doc-status" data-testid="doc-status" data-analysis-ms={format!("{:.3}", props.document.analysis_ms)}
                    title={format!("{:.1} ms", props.document.analysis_ms)}>
                    {format!("{} · {} {} · {} {}", display_name(&props.document.name), n_chars, if ctx.lang == i18n::Lang::Zh { "字" } else { "chars" }, analysis.metrics.len(), t.n_metrics)}
                </span>
            </div>
            if let Some(error) = &props.error {
                <p class="error" role="alert" data-testid="input-error">{error.clone()}{" "}{t.kept_note}</p>
            }
            <p class="privacy">{t.privacy}</p>
        </section>
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
