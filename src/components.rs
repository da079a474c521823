//! The components, one per file.

use report_core::Analysis;
use std::rc::Rc;
use yew::Properties;

/// Props of the components that render an analysis: the analysis, compared by pointer so that
/// a re-render never compares reports.
#[derive(Properties)]
pub struct AnalysisProps {
    /// The analysis.
    pub analysis: Rc<Analysis>,
}

impl PartialEq for AnalysisProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
    }
}

pub mod app;
pub mod input_panel;
pub mod metric_table;
pub mod outline_nav;
pub mod overview;
pub mod paragraph;
pub mod reading_view;
pub mod search_bar;
pub mod text_view;
