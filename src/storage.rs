//! The draft kept in the browser's own storage, so that a reload loses nothing.

use gloo::storage::{LocalStorage, Storage};

const DRAFT_KEY: &str = "report-lens.draft.v1";
const NAME_KEY: &str = "report-lens.draft-name.v1";
const LANG_KEY: &str = "report-lens.lang.v1";

/// The saved draft text and its name, if any.
pub fn load_draft() -> Option<(String, String)> {
    let text: String = LocalStorage::get(DRAFT_KEY).ok()?;
    let name: String = LocalStorage::get(NAME_KEY).unwrap_or_default();
    Some((name, text))
}

/// Saves the draft; a full storage is not an error worth interrupting the user for.
pub fn save_draft(name: &str, text: &str) {
    if LocalStorage::set(DRAFT_KEY, text).is_err() {
        gloo::console::warn!("report-lens: the draft is too large for the browser's storage");
    }
    let _ = LocalStorage::set(NAME_KEY, name);
}

/// Forgets the draft.
pub fn clear_draft() {
    LocalStorage::delete(DRAFT_KEY);
    LocalStorage::delete(NAME_KEY);
}

/// The saved interface language code.
pub fn load_lang() -> Option<String> {
    LocalStorage::get(LANG_KEY).ok()
}

/// Saves the interface language code.
pub fn save_lang(code: &str) {
    let _ = LocalStorage::set(LANG_KEY, code);
}
