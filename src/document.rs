//! The open document: where it came from, and its analysis.

use report_core::Analysis;
use std::rc::Rc;

/// Name of the bundled sample (the worker holds its text).
pub const SAMPLE_NAME: &str = "xiqing-district-2023.txt";
/// Name of a typed or pasted text.
pub const PASTE_NAME: &str = "粘贴";

/// An analyzed document, shared by reference count and compared by pointer.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where the text came from (file name, `粘贴` for a paste).
    pub name: Rc<str>,
    /// The analysis; its `source` is the text.
    pub analysis: Rc<Analysis>,
    /// Characters in the text.
    pub chars: usize,
    /// Milliseconds of decoding and analysis in the worker.
    pub analysis_ms: f64,
    /// Milliseconds from the request to the result on the UI thread.
    pub total_ms: f64,
    /// The worker's wasm memory after the analysis, in bytes.
    pub memory: f64,
}

impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Document {
    /// A document with no text (before the first analysis, and after a clear).
    pub fn empty() -> Document {
        Document::new("", Analysis::default(), 0.0, 0.0, 0.0)
    }

    /// A document for an analysis.
    pub fn new(
        name: &str,
        analysis: Analysis,
        analysis_ms: f64,
        total_ms: f64,
        memory: f64,
    ) -> Document {
        Document {
            name: name.into(),
            chars: analysis.source.chars().count(),
            analysis: Rc::new(analysis),
            analysis_ms,
            total_ms,
            memory,
        }
    }
}

/// Milliseconds on the page's clock (sub-millisecond where the browser allows).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}
