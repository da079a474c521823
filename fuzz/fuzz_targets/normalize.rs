#![no_main]
//! Repair of any text: no panic, offsets inside the input on character boundaries, and
//! idempotent when neither pass reads the text as hard-wrapped. (A mutated PDF extraction can
//! sit right at the wrap-detection threshold, where the spaces the first pass removes tip the
//! second pass over it; the property tests cover idempotence on report-like text.)
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let repaired = report_core::normalize::normalize(text);
    for block in &repaired.blocks {
        for (_, span) in block.map.chars(&block.text) {
            assert!(text.get(span.range()).is_some());
        }
    }
    let once = repaired.text();
    let again = report_core::normalize::normalize(&once);
    if !repaired.hard_wrapped && !again.hard_wrapped {
        assert_eq!(again.text(), once);
    }
});
