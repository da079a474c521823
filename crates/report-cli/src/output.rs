//! Output formats of the CLI: the core's export functions over the whole analysis.

pub use report_core::export::{json, markdown, numbers};
use report_core::{Analysis, Metric};

/// The whole metric table as CSV.
pub fn csv(analysis: &Analysis) -> String {
    let rows: Vec<&Metric> = analysis.metrics.iter().collect();
    report_core::export::csv(analysis, &rows)
}
