#![no_main]
//! Number scanning of any text: no panic, ranges on character boundaries, no NaN, and the
//! value a reader takes (`as_number`) no NaN either.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for q in report_core::numbers::scan_quantities(text) {
        assert!(text.get(q.range.0..q.range.1).is_some());
        assert!(q.range.0 < q.range.1);
        assert!(!q.value.is_nan());
        let (value, upper, _) = q.as_number();
        assert!(!value.is_nan() && !upper.is_some_and(f64::is_nan));
    }
});
