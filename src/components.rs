//! The components, one per file.

pub mod app;
pub mod input_panel;
pub mod metric_table;
pub mod outline_nav;
pub mod overview;
pub mod paragraph;
pub mod reading_view;
pub mod search_bar;
pub mod text_view;
