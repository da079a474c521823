//! Report Lens web app: a Yew front end over `report-core`.
//!
//! The app holds one immutable `Rc<Analysis>` and small view state; components only render
//! what the core returns. Nothing the user pastes leaves the browser.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod analyzer;
mod components;
mod document;
mod download;
mod i18n;
// Shared with the worker binary, which uses the other half of it.
#[allow(dead_code)]
mod protocol;
mod state;
mod storage;

fn main() {
    console_error_panic_hook::set_once();
    components::app::install_panic_panel();
    yew::Renderer::<components::app::App>::new().render();
}
