//! The input: a labelled textarea, a file button, drop anywhere, sample and clear.

use super::app::AppContext;
use crate::document::{Document, SAMPLE_NAME};
use crate::i18n;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The open document.
    pub document: Document,
    /// Opens a new document.
    pub on_open: Callback<Document>,
    /// Reports a file that could not be read (the open document stays).
    pub on_error: Callback<String>,
    /// The current error message.
    pub error: Option<AttrValue>,
}

/// Reads a file as bytes and opens it, keeping the reader alive until it finishes.
fn read_file(
    file: web_sys::File,
    reader: Rc<RefCell<Option<FileReader>>>,
    on_open: Callback<Document>,
    on_error: Callback<String>,
    lang: i18n::Lang,
) {
    let file = gloo::file::File::from(file);
    let name = file.name();
    let slot = reader.clone();
    let handle = gloo::file::callbacks::read_as_bytes(&file, move |result| {
        match result {
            Ok(bytes) => match Document::from_bytes(&name, &bytes) {
                Ok(doc) => on_open.emit(doc),
                Err(e) => on_error.emit(format!("{}：{}", name, i18n::decode_error(lang, &e))),
            },
            Err(e) => on_error.emit(format!("{}：{} ({e})", name, lang.t().read_error)),
        }
        slot.borrow_mut().take();
    });
    *reader.borrow_mut() = Some(handle);
}

#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let t = ctx.lang.t();
    let reader = use_mut_ref(|| None::<FileReader>);
    let dragging = use_state(|| false);

    let oninput = {
        let on_open = props.on_open.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_open.emit(Document::from_text("粘贴", &area.value()));
        })
    };
    let onchange = {
        let (reader, on_open, on_error, lang) = (
            reader.clone(),
            props.on_open.clone(),
            props.on_error.clone(),
            ctx.lang,
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(
                    file,
                    reader.clone(),
                    on_open.clone(),
                    on_error.clone(),
                    lang,
                );
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let ondrop = {
        let (reader, on_open, on_error, lang, dragging) = (
            reader.clone(),
            props.on_open.clone(),
            props.on_error.clone(),
            ctx.lang,
            dragging.clone(),
        );
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read_file(
                    file,
                    reader.clone(),
                    on_open.clone(),
                    on_error.clone(),
                    lang,
                );
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
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
        <section class={classes!("input-panel", dragging.then_some("dragging"))}
            {ondrop} {ondragover} {ondragleave}>
            <label for="report-input" class="input-label">{t.input_label}</label>
            <textarea id="report-input" spellcheck="false" placeholder={t.input_placeholder}
                value={analysis.source.clone()} {oninput} />
            <div class="input-actions">
                <button type="button" onclick={choose_file}>{t.open_file}</button>
                <input id="file-input" ref={file_input} type="file" class="visually-hidden" tabindex="-1"
                    aria-label={t.open_file} accept=".txt,.text,.csv,.tsv,.md,text/plain" {onchange} />
                <button type="button" onclick={load_sample}>{t.load_sample}</button>
                <button type="button" onclick={clear}>{t.clear}</button>
                <span class="doc-status" data-testid="doc-status">
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
