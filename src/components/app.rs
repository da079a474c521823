//! The root component: holds the open document, the view state and the language.

use super::input_panel::InputPanel;
use super::metric_table::MetricTable;
use super::outline_nav::{section_anchor, OutlineNav};
use super::overview::Overview;
use super::reading_view::ReadingView;
use super::search_bar::SearchBar;
use super::text_view::TextView;
use crate::analyzer::{Analyzer, Event, Stage};
use crate::document::{now_ms, Document, PASTE_NAME, SAMPLE_NAME};
use crate::i18n::Lang;
use crate::protocol::Kind;
use crate::state::{Action, Tab, View};
use crate::storage;
use report_core::search::Hit;
use report_core::{DecodeError, SectionId};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
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
    /// The element id the reading view should scroll to once it is rendered.
    pub target: Option<String>,
    /// Tells the app the target is in view.
    pub scrolled: Callback<()>,
}

/// Why the last request did not open a document (the open one stays).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The input is not text the core reads.
    Decode {
        /// The file's name.
        name: Rc<str>,
        /// Why.
        error: DecodeError,
    },
    /// The worker failed; the message is for bug reports.
    Failed(String),
    /// The user cancelled the analysis.
    Cancelled,
}

/// A running analysis, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Busy {
    /// The step being run.
    pub stage: Stage,
    /// The share of the step done, 0 to 1.
    pub done: f64,
}

/// A request to analyze something.
#[derive(Debug, Clone)]
pub struct Request {
    /// What it is.
    pub kind: Kind,
    /// The text, HTML or `File` (nothing for the sample).
    pub data: JsValue,
    /// Name to show for it.
    pub name: Rc<str>,
    /// True when it reopens the saved draft: the saved view applies to it.
    pub restore: bool,
}

/// The current request, as the app remembers it while the worker runs.
struct Job {
    id: u32,
    request: Request,
    started: f64,
}

/// Texts longer than this many UTF-16 units are not put into the input area: a browser lays a
/// textarea of several megabytes out for seconds. The text tab and the reading view show them.
pub const TEXTAREA_MAX_UNITS: u32 = 1_000_000;

/// The state the analyzer's events update.
#[derive(Clone)]
struct Handles {
    document: UseStateHandle<Document>,
    outside: UseStateHandle<Option<u32>>,
    problem: UseStateHandle<Option<Problem>>,
    busy: UseStateHandle<Option<Busy>>,
    view: UseReducerHandle<View>,
    textarea: NodeRef,
    job: Rc<RefCell<Option<Job>>>,
}

impl Handles {
    fn on_event(&self, event: Event) {
        match event {
            Event::Progress { job, stage, done } => {
                if self.is_current(job) {
                    self.busy.set(Some(Busy { stage, done }));
                }
            }
            Event::Done {
                job,
                result,
                ms,
                memory,
            } => {
                let Some(Job {
                    request, started, ..
                }) = self.take_job(job)
                else {
                    return;
                };
                self.busy.set(None);
                match *result {
                    Ok(analysis) => {
                        let total = now_ms() - started;
                        let doc = Document::new(&request.name, analysis, ms, total, memory);
                        if request.kind != Kind::Text {
                            // The text came from elsewhere: show it, and keep it as the draft.
                            let source = JsValue::from_str(&doc.analysis.source);
                            show_text(&self.textarea, &self.outside, &source);
                            storage::save_draft(&request.name, &source);
                        }
                        if !request.restore {
                            self.view.dispatch(Action::NewDocument);
                        }
                        self.problem.set(None);
                        self.document.set(doc);
                    }
                    Err(error) => self.problem.set(Some(Problem::Decode {
                        name: request.name,
                        error,
                    })),
                }
            }
            Event::Failed { job, message } => {
                if self.take_job(job).is_some() {
                    self.busy.set(None);
                    self.problem.set(Some(Problem::Failed(message)));
                }
            }
        }
    }

    fn is_current(&self, id: u32) -> bool {
        self.job.borrow().as_ref().is_some_and(|j| j.id == id)
    }

    fn take_job(&self, id: u32) -> Option<Job> {
        let mut slot = self.job.borrow_mut();
        if slot.as_ref().is_some_and(|j| j.id == id) {
            slot.take()
        } else {
            None
        }
    }
}

/// Sets the textarea's text (it is otherwise left to the user, so typing is never undone).
pub fn set_textarea(textarea: &NodeRef, text: &JsValue) {
    if let Some(area) = textarea.get() {
        let _ = js_sys::Reflect::set(&area, &JsValue::from_str("value"), text);
    }
}

/// Length of a JS string in UTF-16 units (0 for anything else), without copying it.
pub fn js_length(text: &JsValue) -> u32 {
    text.dyn_ref::<js_sys::JsString>()
        .map_or(0, js_sys::JsString::length)
}

/// Puts a text into the textarea, or, when it is too long for one, empties the textarea and
/// records the text's length in `outside` (the input panel says where the text is).
pub fn show_text(textarea: &NodeRef, outside: &UseStateHandle<Option<u32>>, text: &JsValue) {
    let length = js_length(text);
    if length > TEXTAREA_MAX_UNITS {
        set_textarea(textarea, &JsValue::from_str(""));
        outside.set(Some(length));
    } else {
        set_textarea(textarea, text);
        outside.set(None);
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(|| {
        storage::load_lang()
            .map(|c| Lang::from_code(&c))
            .unwrap_or_default()
    });
    let document = use_state(Document::empty);
    let outside = use_state(|| None::<u32>);
    let problem = use_state(|| None::<Problem>);
    let busy = use_state(|| None::<Busy>);
    let view = use_reducer(|| storage::load_view().unwrap_or_default());
    let scroll_to =
        use_state(|| initial_fragment().or_else(|| storage::load_reading().map(section_anchor)));
    let textarea = use_node_ref();
    let job = use_mut_ref(|| None::<Job>);
    let handles = Handles {
        document: document.clone(),
        outside: outside.clone(),
        problem: problem.clone(),
        busy: busy.clone(),
        view: view.clone(),
        textarea: textarea.clone(),
        job: job.clone(),
    };
    let analyzer = {
        let handles = handles.clone();
        use_memo((), move |_| {
            Analyzer::new(Callback::from(move |event| handles.on_event(event)))
        })
    };
    let start = {
        let (analyzer, handles) = (analyzer.clone(), handles.clone());
        Callback::from(move |request: Request| {
            let id = match analyzer.request(request.kind, request.data.clone()) {
                Ok(id) => id,
                Err(message) => {
                    handles.problem.set(Some(Problem::Failed(message)));
                    return;
                }
            };
            handles.problem.set(None);
            *handles.job.borrow_mut() = Some(Job {
                id,
                request,
                started: now_ms(),
            });
            handles.busy.set(Some(Busy {
                stage: Stage::Start,
                done: 0.0,
            }));
        })
    };
    let cancel = {
        let (analyzer, handles) = (analyzer.clone(), handles.clone());
        Callback::from(move |_: ()| {
            if analyzer.cancel() {
                handles.job.borrow_mut().take();
                handles.busy.set(None);
                handles.problem.set(Some(Problem::Cancelled));
            }
        })
    };
    let clear = {
        let (analyzer, handles) = (analyzer.clone(), handles.clone());
        Callback::from(move |_: ()| {
            analyzer.cancel();
            handles.job.borrow_mut().take();
            storage::clear_all();
            set_textarea(&handles.textarea, &JsValue::from_str(""));
            handles.outside.set(None);
            handles.busy.set(None);
            handles.problem.set(None);
            handles.view.dispatch(Action::Reset);
            handles.document.set(Document::empty());
        })
    };
    {
        // First the saved draft, else the sample.
        let (start, textarea, outside) = (start.clone(), textarea.clone(), outside.clone());
        let analyzer = analyzer.clone();
        use_effect_with((), move |_| {
            // The worker loads while the draft is read.
            analyzer.warm();
            wasm_bindgen_futures::spawn_local(async move {
                let request = match storage::load_draft().await {
                    Some((name, text))
                        if text.as_string().is_some_and(|t| !t.trim().is_empty()) =>
                    {
                        show_text(&textarea, &outside, &text);
                        let name = if name.is_empty() {
                            PASTE_NAME.to_owned()
                        } else {
                            name
                        };
                        Request {
                            kind: Kind::Text,
                            data: text,
                            name: name.into(),
                            restore: true,
                        }
                    }
                    _ => Request {
                        kind: Kind::Sample,
                        data: JsValue::UNDEFINED,
                        name: SAMPLE_NAME.into(),
                        restore: true,
                    },
                };
                start.emit(request);
            });
        });
    }
    {
        // The view survives a reload.
        use_effect_with((*view).clone(), storage::save_view);
    }
    let set_outside = {
        let outside = outside.clone();
        Callback::from(move |length: Option<u32>| {
            if *outside != length {
                outside.set(length);
            }
        })
    };
    let open_file = {
        let start = start.clone();
        Callback::from(move |file: web_sys::File| {
            let name = file.name();
            start.emit(Request {
                kind: Kind::File,
                data: file.into(),
                name: name.into(),
                restore: false,
            });
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
    let scrolled = {
        let scroll_to = scroll_to.clone();
        Callback::from(move |_: ()| scroll_to.set(None))
    };
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
                storage::save_reading(id);
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
        target: (*scroll_to).clone(),
        scrolled,
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
                <InputPanel document={(*document).clone()} textarea={textarea.clone()} on_request={start}
                    on_file={open_file} on_cancel={cancel} on_clear={clear} busy={*busy} problem={(*problem).clone()}
                    outside={*outside} set_outside={set_outside} />
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
                        if document.name.is_empty() && busy.is_some() {
                            <p class="loading" role="status">{t.loading}</p>
                        }
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
pub fn scroll_into_view(id: &str) -> bool {
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
