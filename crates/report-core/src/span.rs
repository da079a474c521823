//! Byte spans into the decoded source, and the offset map that ties repaired text back to them.
//!
//! Every public span in the core is a half-open byte range into the decoded source text.
//! Repaired (normalised) text is a working buffer; an [`OffsetMap`] translates its byte
//! offsets back to the source, so that later passes can match on clean text and store
//! source spans.

use std::ops::Range;

/// A half-open range of *bytes* in the decoded source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// First byte of the span in the source.
    pub start: usize,
    /// One past the last byte of the span in the source.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The span as a `Range`, for slicing the source.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of bytes covered.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Maps byte offsets of a repaired text back to byte offsets of the source.
///
/// It holds one anchor per character of the repaired text: the character's clean byte offset
/// and the source range it came from. A character inserted by the repair (none today) or a
/// folded one (full-width `１` became `1`) maps to the source character it replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// `(clean_byte, source_start, source_end)` for each clean character, sorted by `clean_byte`.
    anchors: Vec<(u32, u32, u32)>,
    /// Byte length of the clean text.
    clean_len: u32,
}

impl OffsetMap {
    /// Records that the clean character at `clean_byte` came from `source`.
    pub(crate) fn push(&mut self, clean_byte: usize, clean_char_len: usize, source: Range<usize>) {
        debug_assert!(self
            .anchors
            .last()
            .is_none_or(|a| (a.0 as usize) < clean_byte));
        self.anchors
            .push((clean_byte as u32, source.start as u32, source.end as u32));
        self.clean_len = (clean_byte + clean_char_len) as u32;
    }

    /// The source span of the clean byte range `clean` (which must lie on character boundaries).
    pub fn to_source(&self, clean: Range<usize>) -> Span {
        if self.anchors.is_empty() {
            return Span::default();
        }
        let first = self.index_of(clean.start);
        let start = self.anchors[first].1 as usize;
        if clean.end <= clean.start {
            return Span::new(start, start);
        }
        let last = self.index_of(clean.end - 1);
        let end = self.anchors[last].2 as usize;
        Span::new(start, end.max(start))
    }

    /// The source span of the whole clean text.
    pub fn whole(&self) -> Span {
        self.to_source(0..self.clean_len as usize)
    }

    /// Index of the anchor holding the clean byte `clean_byte`.
    fn index_of(&self, clean_byte: usize) -> usize {
        let clean_byte = clean_byte.min(self.clean_len.saturating_sub(1) as usize) as u32;
        match self.anchors.binary_search_by_key(&clean_byte, |a| a.0) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The map of the clean text from byte `at` on, rebased to start at 0.
    pub(crate) fn tail(&self, at: usize) -> OffsetMap {
        let from = self.anchors.partition_point(|a| (a.0 as usize) < at);
        let anchors = self.anchors[from..]
            .iter()
            .map(|&(c, s, e)| (c - at as u32, s, e))
            .collect();
        OffsetMap {
            anchors,
            clean_len: self.clean_len.saturating_sub(at as u32),
        }
    }

    /// Appends `other`, whose clean text was appended at the end of this one.
    pub(crate) fn append(&mut self, other: &OffsetMap) {
        let base = self.clean_len;
        self.anchors
            .extend(other.anchors.iter().map(|&(c, s, e)| (c + base, s, e)));
        self.clean_len = base + other.clean_len;
    }

    /// Number of anchors, that is, characters of clean text.
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// True when the map holds no character.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Iterates over `(clean_byte, source span)` for each clean character.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Span)> + '_ {
        self.anchors
            .iter()
            .map(|&(c, s, e)| (c as usize, Span::new(s as usize, e as usize)))
    }
}

/// Converts byte offsets of `text` to Unicode code point offsets, for edges (JSON export)
/// that count code points. Offsets must be ascending in each call for speed; any order works.
#[derive(Debug)]
pub struct CharIndex {
    /// Byte offset of each 1024th character, for a quick start.
    checkpoints: Vec<usize>,
}

impl CharIndex {
    const STRIDE: usize = 1024;

    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let checkpoints = text
            .char_indices()
            .step_by(Self::STRIDE)
            .map(|(b, _)| b)
            .collect();
        CharIndex { checkpoints }
    }

    /// The code point offset of `byte` in `text` (the same text given to [`CharIndex::new`]).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        let block = match self.checkpoints.binary_search(&byte) {
            Ok(i) => return i * Self::STRIDE,
            Err(i) => i.saturating_sub(1),
        };
        let from = self.checkpoints.get(block).copied().unwrap_or(0);
        block * Self::STRIDE + text[from..floor_char_boundary(text, byte)].chars().count()
    }
}

/// The largest character boundary of `text` at or before `byte`.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_map_round_trips_folded_characters() {
        // Source "１２ 亿" repaired to "12亿": the space is dropped, digits folded.
        let source = "１２ 亿";
        let mut map = OffsetMap::default();
        map.push(0, 1, 0..3);
        map.push(1, 1, 3..6);
        map.push(2, 3, 7..10);
        assert_eq!(map.to_source(0..2).range(), 0..6);
        assert_eq!(&source[map.to_source(1..5).range()], "２ 亿");
        assert_eq!(map.whole(), Span::new(0, 10));
    }

    #[test]
    fn char_index_counts_code_points() {
        let text = "a中b𝄞c".repeat(600);
        let index = CharIndex::new(&text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(&text, b), n);
        }
        assert_eq!(index.char_offset(&text, text.len()), text.chars().count());
    }
}
