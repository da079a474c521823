#![no_main]
//! Repair of any text: no panic, offsets inside the input on character boundaries, idempotent.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let repaired = report_core::normalize::normalize(text);
    for block in &repaired.blocks {
        for (_, span) in block.map.iter() {
            assert!(text.get(span.range()).is_some());
        }
    }
    let once = repaired.text();
    assert_eq!(report_core::normalize::normalize(&once).text(), once);
});
