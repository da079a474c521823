//! The core alone as a wasm module with one export, `run(n)`: analyses of the bundled sample,
//! for timing and profiling the core in V8 without a browser or bindings
//! (`node tools/wasm-profile.mjs`).
//! `cargo build --release -p report-core --example wasm_core --target wasm32-unknown-unknown`

const SAMPLE: &str = include_str!("../../../static/sample/xiqing-district-2023.txt");

/// Analyses the sample `n` times; returns the metrics found, so that nothing is optimised away.
#[no_mangle]
pub extern "C" fn run(n: u32) -> u32 {
    let mut found = 0;
    for _ in 0..n {
        found += report_core::analyze_text(SAMPLE).metrics.len() as u32;
    }
    found
}
