#![no_main]
//! Number scanning of any text: no panic, ranges on character boundaries, finite values.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for q in report_core::numbers::scan_quantities(text) {
        assert!(text.get(q.range.0..q.range.1).is_some());
        assert!(!q.value.is_nan());
    }
});
