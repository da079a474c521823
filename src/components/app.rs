//! The root component: holds the open document, the view state and the language.

use super::input_panel::InputPanel;
use super::metric_table::MetricTable;
use super::outline_nav::OutlineNav;
use super::overview::Overview;
use super::reading_view::ReadingView;
use super::search_bar::SearchBar;
use super::text_view::TextView;
use crate::document::Document;
use crate::i18n::{self, Lang};
use crate::state::{Action, Tab, View};
use crate::storage;
use gloo::file::callbacks::FileReader;
use report_core::search::Hit;
use report_core::SectionId;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The find hits of the current query, compared by pointer.
#[derive(Debug, Clone, Default)]
pub struct Hits(pub Rc<Vec<Hit>>);

impl PartialEq for Hits {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the app shares with every component.
#[derive(Debug, Clone, PartialEq)]
pub struct AppContext {
    /// Interface language.
    pub lang: Lang,
    /// The view state and its dispatcher.
    pub view: UseReducerHandle<View>,
    /// Asks the app to show the reading view scrolled to an element id.
    pub go_to: Callback<String>,
    /// The section being read (the last heading above the top of the window).
    pub current: Option<SectionId>,
    /// Reports the section being read.
    pub set_current: Callback<Option<SectionId>>,
    /// Hits of the find query, in document order.
    pub hits: Hits,
}

/// The document to open first: the saved draft, else the sample.
fn initial_document() -> Document {
    match storage::load_draft() {
        Some((name, text)) if !text.trim().is_empty() => {
            let name = if name.is_empty() {
                "草稿".to_owned()
            } else {
                name
            };
            Document::from_text(&name, &text)
        }
        _ => Document::sample(),
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(|| {
        storage::load_lang()
            .map(|c| Lang::from_code(&c))
            .unwrap_or_default()
    });
    let document = use_state(initial_document);
    let error = use_state(|| None::<AttrValue>);
    let view = use_reducer(View::default);
    let scroll_to = use_state(initial_fragment);

    let open = {
        let document = document.clone();
        let error = error.clone();
        let view = view.clone();
        Callback::from(move |doc: Document| {
            storage::save_draft(&doc.name, &doc.analysis.source);
            error.set(None);
            view.dispatch(Action::NewDocument);
            document.set(doc);
        })
    };
    // Files are read as bytes and decoded by the core; the reader is kept until it finishes.
    let reader = use_mut_ref(|| None::<FileReader>);
    let open_file = {
        let (open, error, reader, lang) = (open.clone(), error.clone(), reader.clone(), *lang);
        Callback::from(move |file: web_sys::File| {
            let file = gloo::file::File::from(file);
            let name = file.name();
            let (open, error, slot) = (open.clone(), error.clone(), reader.clone());
            let handle = gloo::file::callbacks::read_as_bytes(&file, move |result| {
                match result {
                    Ok(bytes) => match Document::from_bytes(&name, &bytes) {
                        Ok(doc) => open.emit(doc),
                        Err(e) => error.set(Some(
                            format!("{name}：{}", i18n::decode_error(lang, &e)).into(),
                        )),
                    },
                    Err(e) => error.set(Some(
                        format!("{name}：{} ({e})", lang.t().read_error).into(),
                    )),
                }
                slot.borrow_mut().take();
            });
            *reader.borrow_mut() = Some(handle);
        })
    };
    // A file dropped anywhere on the page opens.
    let dragging = use_state(|| false);
    let ondrop = {
        let (open_file, dragging) = (open_file.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open_file.emit(file);
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
        Callback::from(move |e: DragEvent| {
            // Only when the pointer leaves the window, not when it crosses a child.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let go_to = {
        let view = view.clone();
        let scroll_to = scroll_to.clone();
        Callback::from(move |id: String| {
            view.dispatch(Action::SetTab(Tab::Reading));
            set_fragment(&id);
            scroll_to.set(Some(id));
        })
    };
    {
        // Scroll once the target is rendered.
        let scroll_to = scroll_to.clone();
        let tab = view.tab;
        use_effect_with(((*scroll_to).clone(), tab), move |(target, _)| {
            if let Some(id) = target {
                if scroll_into_view(id) {
                    scroll_to.set(None);
                }
            }
        });
    }
    let toggle_lang = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| {
            let next = lang.toggled();
            storage::save_lang(next.code());
            lang.set(next);
        })
    };

    let current = use_state(|| None::<SectionId>);
    let set_current = {
        let current = current.clone();
        Callback::from(move |id: Option<SectionId>| {
            if *current != id {
                current.set(id);
            }
        })
    };
    let hits = {
        let query = view.query.clone();
        use_memo(((*document).clone(), query), |(doc, query)| {
            Hits(Rc::new(doc.analysis.find(query)))
        })
    };

    let t = lang.t();
    let context = AppContext {
        lang: *lang,
        view: view.clone(),
        go_to,
        current: *current,
        set_current,
        hits: (*hits).clone(),
    };
    let analysis = document.analysis.clone();
    let tab_button = |tab: Tab, label: &'static str| {
        let view = view.clone();
        let selected = view.tab == tab;
        html! {
            <button role="tab" class={classes!("tab", selected.then_some("selected"))}
                aria-selected={selected.to_string()}
                onclick={Callback::from(move |_: MouseEvent| view.dispatch(Action::SetTab(tab)))}>
                {label}
            </button>
        }
    };
    html! {
        <ContextProvider<AppContext> context={context}>
            <div class={classes!("app", dragging.then_some("dragging"))} lang={if *lang == Lang::Zh { "zh-CN" } else { "en" }}
                {ondrop} {ondragover} {ondragleave}>
                <header class="top">
                    <h1>{t.app_name}<small>{if *lang == Lang::Zh { " Report Lens" } else { " 报告透视" }}</small></h1>
                    <p class="tagline">{t.tagline}</p>
                    <button class="lang" onclick={toggle_lang}>{t.switch_lang}</button>
                </header>
                <InputPanel document={(*document).clone()} on_open={open} on_file={open_file} error={(*error).clone()} />
                <div class="workspace">
                    <aside class="sidebar">
                        <OutlineNav analysis={analysis.clone()} />
                    </aside>
                    <main class="main">
                        <SearchBar />
                        <div role="tablist" class="tabs">
                            {tab_button(Tab::Reading, t.tab_reading)}
                            {tab_button(Tab::Metrics, t.tab_metrics)}
                            {tab_button(Tab::Overview, t.tab_overview)}
                            {tab_button(Tab::Text, t.tab_text)}
                        </div>
                        {match view.tab {
                            Tab::Reading => html! { <ReadingView analysis={analysis.clone()} /> },
                            Tab::Metrics => html! { <MetricTable analysis={analysis.clone()} /> },
                            Tab::Overview => html! { <Overview analysis={analysis.clone()} name={AttrValue::from(document.name.to_string())} /> },
                            Tab::Text => html! { <TextView analysis={analysis.clone()} /> },
                        }}
                    </main>
                </div>
            </div>
        </ContextProvider<AppContext>>
    }
}

/// The `#fragment` of the page address at start, so that a section link survives a reload.
fn initial_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    (!id.is_empty()).then(|| id.to_owned())
}

/// Replaces the page address's fragment without scrolling or a history entry.
fn set_fragment(id: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{id}")),
        );
    }
}

/// Scrolls the element with this id into view; false if it is not rendered (yet).
fn scroll_into_view(id: &str) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    match element {
        Some(element) => {
            element.scroll_into_view();
            if let Ok(el) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
            true
        }
        None => false,
    }
}

/// Shows a panel on panic: the text is kept (it is saved on every change) and a reload helps.
pub fn install_panic_panel() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = document.body() else {
            return;
        };
        if let Ok(panel) = document.create_element("div") {
            panel.set_id("crash-panel");
            panel.set_attribute("role", "alert").ok();
            let lang = storage::load_lang()
                .map(|c| Lang::from_code(&c))
                .unwrap_or_default();
            panel.set_text_content(Some(lang.t().crashed));
            if let Ok(button) = document.create_element("button") {
                button.set_text_content(Some(lang.t().reload));
                let reload = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().reload();
                    }
                });
                button
                    .add_event_listener_with_callback("click", reload.as_ref().unchecked_ref())
                    .ok();
                reload.forget();
                panel.append_child(&button).ok();
            }
            body.append_child(&panel).ok();
        }
    }));
}
