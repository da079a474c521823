//! Reading back the `&'static str` fields of the output types (encoding names, diagnostic
//! codes, decode error texts), so that an [`Analysis`](crate::Analysis) can cross a boundary
//! (the app's web worker) and be deserialized.
//!
//! A known string maps to the core's own constant; an unknown one (from a newer writer) is
//! leaked once, which is bounded by what the sender can name and keeps the types unchanged.

use serde::{Deserialize, Deserializer};

/// Every `&'static str` the core writes into an analysis: encoding names and diagnostic codes.
const KNOWN: &[&str] = &[
    "UTF-8",
    "UTF-16LE",
    "UTF-16BE",
    "gb18030",
    "text-extracted",
    "malformed-bytes",
    "no-text",
    "numbering-skip",
    "numbering-repeat",
];

/// Deserializes a string into the matching `&'static str`.
pub(crate) fn static_str<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<&'static str, D::Error> {
    let text = String::deserialize(deserializer)?;
    Ok(KNOWN
        .iter()
        .copied()
        .find(|known| *known == text)
        .unwrap_or_else(|| Box::leak(text.into_boxed_str())))
}

#[cfg(test)]
mod tests {
    use super::KNOWN;

    #[test]
    fn analysis_round_trips_through_serde() {
        let text = "一、回顾\n地区生产总值增长5%。\n三、计划\n力争新增就业1.2万人。\n\u{c}";
        let analysis = crate::analyze(text.as_bytes()).expect("text");
        assert!(analysis
            .diagnostics
            .iter()
            .any(|d| d.code == "numbering-skip"));
        let json = serde_json::to_string(&analysis).expect("serializes");
        let back: crate::Analysis = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, analysis);
    }

    #[test]
    fn the_encodings_the_decoder_names_are_known() {
        for encoding in [
            encoding_rs::UTF_8,
            encoding_rs::UTF_16LE,
            encoding_rs::UTF_16BE,
            encoding_rs::GB18030,
        ] {
            assert!(KNOWN.contains(&encoding.name()), "{}", encoding.name());
        }
    }

    #[test]
    fn decode_errors_round_trip() {
        let error = crate::analyze(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").expect_err("a PDF");
        let json = serde_json::to_string(&error).expect("serializes");
        let back: crate::DecodeError = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, error);
    }
}
