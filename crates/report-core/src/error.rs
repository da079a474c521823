//! The one way the core can fail: input bytes that are not text it can read.

use std::fmt;

/// Why input bytes could not be decoded into report text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum DecodeError {
    /// The input holds no bytes, or only whitespace.
    Empty,
    /// The input is larger than [`crate::decode::MAX_INPUT_BYTES`].
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
    },
    /// The input is a known binary format (PDF, image, archive, …).
    Binary {
        /// What the format looks like, in English (`"a PDF document"`).
        #[cfg_attr(feature = "serde", serde(deserialize_with = "crate::wire::static_str"))]
        what: crate::StaticText,
        /// What the user can do instead, in English.
        #[cfg_attr(feature = "serde", serde(deserialize_with = "crate::wire::static_str"))]
        hint: crate::StaticText,
    },
    /// The input is not text in any supported encoding.
    NotText,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("the input is empty"),
            DecodeError::TooLarge { size } => write!(
                f,
                "the input is {:.1} MB, over the limit of {} MB",
                *size as f64 / 1_000_000.0,
                crate::decode::MAX_INPUT_BYTES / 1_000_000
            ),
            DecodeError::Binary { what, hint } => write!(f, "the input is {what}, not text; {hint}"),
            DecodeError::NotText => f.write_str(
                "the input is not text in UTF-8, UTF-16 or GB18030/GBK; save it as plain text (.txt)",
            ),
        }
    }
}

impl std::error::Error for DecodeError {}
