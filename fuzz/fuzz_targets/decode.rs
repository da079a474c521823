#![no_main]
//! Decoding any bytes: no panic; text that decodes is non-empty.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(decoded) = report_core::decode::decode(data) {
        assert!(!decoded.text.trim().is_empty());
    }
});
