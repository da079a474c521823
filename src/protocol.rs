//! Messages between the app and its analysis worker (`crates/report-worker/src/main.rs`).
//!
//! Requests and progress are plain JS objects, so that a pasted text or a dropped file goes
//! to the worker without passing through the main thread's wasm memory. The result is the
//! core's `Result<Analysis, DecodeError>` in bincode, in a buffer that is transferred, not
//! copied.

use wasm_bindgen::JsValue;

/// The worker's loader script, next to `index.html` (trunk does not hash worker names).
pub const WORKER_SCRIPT: &str = "./report-lens-worker_loader.js";

/// What to analyze, as the `kind` of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string: typed or pasted text, or the saved draft.
    Text,
    /// An HTML fragment from the clipboard, read as its text.
    Html,
    /// A `File` chosen or dropped by the user, read and decoded in the worker.
    File,
    /// The bundled sample report.
    Sample,
}

impl Kind {
    /// Its name on the wire.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Html => "html",
            Kind::File => "file",
            Kind::Sample => "sample",
        }
    }

    /// The kind named `code`.
    pub fn from_code(code: &str) -> Option<Kind> {
        [Kind::Text, Kind::Html, Kind::File, Kind::Sample]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// Field names of the messages.
pub mod field {
    /// The message type: `ready`, `progress`, `done` or `panic` from the worker.
    pub const TYPE: &str = "type";
    /// The job number a message belongs to.
    pub const JOB: &str = "job";
    /// A request's [`super::Kind`].
    pub const KIND: &str = "kind";
    /// A request's text, HTML or `File`.
    pub const DATA: &str = "data";
    /// A progress step (`decode`, `repair`, `outline`, `metrics`).
    pub const STAGE: &str = "stage";
    /// The share of a step done, 0 to 1.
    pub const DONE: &str = "done";
    /// The bincode result.
    pub const PAYLOAD: &str = "payload";
    /// Milliseconds the analysis took in the worker.
    pub const MS: &str = "ms";
    /// The worker's wasm memory in bytes after the analysis (its peak: it never shrinks).
    pub const MEMORY: &str = "memory";
    /// A panic message.
    pub const MESSAGE: &str = "message";
}

/// A plain JS object with these fields.
pub fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// A field of a message, `undefined` when missing.
pub fn get(message: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(message, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A string field, empty when missing.
pub fn get_string(message: &JsValue, key: &str) -> String {
    get(message, key).as_string().unwrap_or_default()
}

/// A number field, 0 when missing.
pub fn get_number(message: &JsValue, key: &str) -> f64 {
    get(message, key).as_f64().unwrap_or(0.0)
}
