//! The open document: its text, where it came from, and its analysis.

use report_core::Analysis;
use std::rc::Rc;

/// The bundled sample report (天津市西青区 2023 government work report, PDF-extracted).
pub const SAMPLE_TEXT: &str = include_str!("../static/sample/xiqing-district-2023.txt");
/// Name shown for the sample.
pub const SAMPLE_NAME: &str = "xiqing-district-2023.txt";

/// An analyzed document, shared by reference count and compared by pointer.
#[derive(Debug, Clone)]
pub struct Document {
    /// Where the text came from (file name, `粘贴` for a paste).
    pub name: Rc<str>,
    /// The analysis; its `source` is the text.
    pub analysis: Rc<Analysis>,
    /// How long decoding and analysis took, in milliseconds.
    pub analysis_ms: f64,
}

/// Milliseconds on the page's clock (sub-millisecond where the browser allows).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Document {
    /// Analyzes `text` under `name`.
    pub fn from_text(name: &str, text: &str) -> Document {
        let start = now_ms();
        let analysis = Rc::new(report_core::analyze_text(text));
        Document {
            name: name.into(),
            analysis,
            analysis_ms: now_ms() - start,
        }
    }

    /// Decodes and analyzes file bytes; the error is the core's message.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Document, report_core::DecodeError> {
        let start = now_ms();
        let analysis = report_core::analyze(bytes)?;
        Ok(Document {
            name: name.into(),
            analysis: Rc::new(analysis),
            analysis_ms: now_ms() - start,
        })
    }

    /// The sample report.
    pub fn sample() -> Document {
        Document::from_text(SAMPLE_NAME, SAMPLE_TEXT)
    }
}
