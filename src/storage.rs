//! What survives a reload, kept in the browser's own storage and nowhere else: the draft
//! (text and name) in IndexedDB, which holds reports of any size; the view state and the
//! interface language in localStorage. [`clear_all`] forgets all of it.

use crate::state::View;
use gloo::storage::{LocalStorage, Storage};
use report_core::SectionId;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "report-lens";
const DB_VERSION: u32 = 1;
const STORE: &str = "draft";
const TEXT_KEY: &str = "text";
const NAME_KEY: &str = "name";
/// Where the first versions kept the draft; read once and moved.
const OLD_DRAFT_KEY: &str = "report-lens.draft.v1";
const OLD_NAME_KEY: &str = "report-lens.draft-name.v1";
const VIEW_KEY: &str = "report-lens.view.v1";
const LANG_KEY: &str = "report-lens.lang.v1";
const READING_KEY: &str = "report-lens.reading.v1";
/// Set while a draft is saved in IndexedDB, so that a first visit (none) does not wait for
/// the database before analysing the sample: opening it costs 0.1–0.4 s in a new profile.
const HAS_DRAFT_KEY: &str = "report-lens.has-draft.v1";

/// A future for an IndexedDB request: its result, or an error.
fn settled(request: &IdbRequest) -> JsFuture {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("storage request failed"));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// The draft database, created on first use.
async fn database() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| JsValue::from_str("no IndexedDB"))?;
    let open = factory.open_with_u32(DB_NAME, DB_VERSION)?;
    let upgrading = open.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result() {
            let db: IdbDatabase = db.unchecked_into();
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    open.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(settled(&open).await?.unchecked_into())
}

/// Runs one request on the draft store.
async fn with_store(
    mode: IdbTransactionMode,
    request: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, JsValue> {
    let db = database().await?;
    let store = db
        .transaction_with_str_and_mode(STORE, mode)?
        .object_store(STORE)?;
    let result = settled(&request(&store)?).await;
    db.close();
    result
}

/// The saved draft's name and text (a JS string, so that a large text is not copied), if any.
pub async fn load_draft() -> Option<(String, JsValue)> {
    if let Ok(text) = LocalStorage::get::<String>(OLD_DRAFT_KEY) {
        let name: String = LocalStorage::get(OLD_NAME_KEY).unwrap_or_default();
        LocalStorage::delete(OLD_DRAFT_KEY);
        LocalStorage::delete(OLD_NAME_KEY);
        save_draft(&name, &JsValue::from_str(&text));
        return Some((name, JsValue::from_str(&text)));
    }
    if LocalStorage::get::<bool>(HAS_DRAFT_KEY).is_err() {
        return None;
    }
    let text = with_store(IdbTransactionMode::Readonly, |s| s.get(&TEXT_KEY.into()))
        .await
        .ok()?;
    if !text.is_string() {
        return None;
    }
    let name = with_store(IdbTransactionMode::Readonly, |s| s.get(&NAME_KEY.into()))
        .await
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    Some((name, text))
}

/// Saves the draft in the background; a failure is logged, never in the user's way.
pub fn save_draft(name: &str, text: &JsValue) {
    let _ = LocalStorage::set(HAS_DRAFT_KEY, true);
    let (name, text) = (JsValue::from_str(name), text.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let saved = with_store(IdbTransactionMode::Readwrite, |s| {
            s.put_with_key(&text, &TEXT_KEY.into())?;
            s.put_with_key(&name, &NAME_KEY.into())
        })
        .await;
        if saved.is_err() {
            gloo::console::warn!("report-lens: the draft could not be saved in this browser");
        }
    });
}

/// Forgets the draft and the view.
pub fn clear_all() {
    LocalStorage::delete(VIEW_KEY);
    LocalStorage::delete(READING_KEY);
    LocalStorage::delete(HAS_DRAFT_KEY);
    LocalStorage::delete(OLD_DRAFT_KEY);
    LocalStorage::delete(OLD_NAME_KEY);
    wasm_bindgen_futures::spawn_local(async {
        let _ = with_store(IdbTransactionMode::Readwrite, |s| s.clear()).await;
    });
}

/// The saved view state, if any.
pub fn load_view() -> Option<View> {
    LocalStorage::get(VIEW_KEY).ok()
}

/// Saves the view state.
pub fn save_view(view: &View) {
    let _ = LocalStorage::set(VIEW_KEY, view);
}

/// The section last being read, if any.
pub fn load_reading() -> Option<SectionId> {
    LocalStorage::get::<u32>(READING_KEY).ok().map(SectionId)
}

/// Saves the section being read.
pub fn save_reading(id: Option<SectionId>) {
    match id {
        Some(id) => {
            let _ = LocalStorage::set(READING_KEY, id.0);
        }
        None => LocalStorage::delete(READING_KEY),
    }
}

/// The saved interface language code.
pub fn load_lang() -> Option<String> {
    LocalStorage::get(LANG_KEY).ok()
}

/// Saves the interface language code.
pub fn save_lang(code: &str) {
    let _ = LocalStorage::set(LANG_KEY, code);
}
