#![no_main]
//! The whole analysis of any bytes: no panic, every span inside the decoded text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = report_core::analyze(data) {
        for p in &a.paragraphs {
            assert!(a.source.get(p.span.range()).is_some());
        }
        for m in &a.metrics {
            assert!(a.source.get(m.span.range()).is_some());
            assert!(a.source.get(m.quote.range()).is_some());
        }
        for s in &a.sections {
            assert!(a.source.get(s.span.range()).is_some());
        }
        let _ = a.segments(usize::MAX);
        let _ = a.find("增长");
        let _ = a.target_pairs();
    }
});
