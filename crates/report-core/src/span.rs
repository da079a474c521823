//! Byte spans into the decoded source, and the offset map that ties repaired text back to them.
//!
//! Every public span in the core is a half-open byte range into the decoded source text.
//! Repaired (normalised) text is a working buffer; an [`OffsetMap`] translates its byte
//! offsets back to the source, so that later passes can match on clean text and store
//! source spans.

use std::ops::Range;

/// A half-open range of *bytes* in the decoded source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
/// It holds anchors in clean-byte order. Most repaired text is the source copied in runs
/// (a line between two removals, a paragraph's lines joined), so a run of characters that
/// each map to source bytes of the same length, at a constant distance, is one anchor; any
/// other character (a folded full-width `１` that became `1`) is an anchor of its own with
/// the source range it came from. A report's map is thus a few anchors per line, not one
/// per character, which keeps the memory of a 20 MB analysis within bounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// `(clean_byte, source_start, source_end)`, sorted by `clean_byte`; a `source_end` of
    /// [`RUN`] marks a run, which maps clean byte `c + k` to source byte `source_start + k`
    /// up to the next anchor.
    anchors: Vec<(u32, u32, u32)>,
    /// Byte length of the clean text.
    clean_len: u32,
}

/// The `source_end` of a run anchor.
const RUN: u32 = u32::MAX;

impl OffsetMap {
    /// Records that the clean character at `clean_byte` came from `source`.
    pub(crate) fn push(&mut self, clean_byte: usize, clean_char_len: usize, source: Range<usize>) {
        debug_assert!(self.clean_len as usize <= clean_byte);
        let (clean, start) = (clean_byte as u32, source.start as u32);
        let same_length = source.len() == clean_char_len;
        let extends_run = same_length
            && clean == self.clean_len
            && self.anchors.last().is_some_and(|&(c, s, e)| {
                e == RUN && i64::from(s) - i64::from(c) == i64::from(start) - i64::from(clean)
            });
        if !extends_run {
            let end = if same_length { RUN } else { source.end as u32 };
            self.anchors.push((clean, start, end));
        }
        self.clean_len = (clean_byte + clean_char_len) as u32;
    }

    /// The source byte where clean byte `clean_byte` (a character boundary) starts.
    fn source_start(&self, clean_byte: usize) -> usize {
        let (c, s, e) = self.anchors[self.index_of(clean_byte)];
        if e == RUN {
            let at = (clean_byte as u32).clamp(c, self.clean_len);
            (s + (at - c)) as usize
        } else {
            s as usize
        }
    }

    /// The source span of the clean byte range `clean` (which must lie on character boundaries).
    pub fn to_source(&self, clean: Range<usize>) -> Span {
        if self.anchors.is_empty() {
            return Span::default();
        }
        let start = self.source_start(clean.start);
        if clean.end <= clean.start {
            return Span::new(start, start);
        }
        let (c, s, e) = self.anchors[self.index_of(clean.end - 1)];
        let end = if e == RUN {
            (s + ((clean.end as u32).min(self.clean_len) - c)) as usize
        } else {
            e as usize
        };
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

    /// The map of the clean text from byte `at` (a character boundary) on, rebased to 0.
    pub(crate) fn tail(&self, at: usize) -> OffsetMap {
        let at32 = at as u32;
        let from = self.anchors.partition_point(|a| a.0 < at32);
        let mut anchors = Vec::with_capacity(self.anchors.len() - from + 1);
        // A run that starts before `at` goes on from it.
        if let Some(&(c, s, RUN)) = from.checked_sub(1).map(|i| &self.anchors[i]) {
            if at32 < self.clean_len {
                anchors.push((0, s + (at32 - c), RUN));
            }
        }
        anchors.extend(
            self.anchors[from..]
                .iter()
                .map(|&(c, s, e)| (c - at32, s, e)),
        );
        OffsetMap {
            anchors,
            clean_len: self.clean_len.saturating_sub(at32),
        }
    }

    /// Appends `other`, whose clean text was appended at the end of this one.
    pub(crate) fn append(&mut self, other: &OffsetMap) {
        let base = self.clean_len;
        self.anchors
            .extend(other.anchors.iter().map(|&(c, s, e)| (c + base, s, e)));
        self.clean_len = base + other.clean_len;
    }

    /// Number of anchors (runs and single characters).
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// True when the map holds no character.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }

    /// Iterates over `(clean_byte, source span)` for each character of `clean`, the text this
    /// map belongs to.
    pub fn chars<'a>(&'a self, clean: &'a str) -> impl Iterator<Item = (usize, Span)> + 'a {
        clean
            .char_indices()
            .map(|(i, c)| (i, self.to_source(i..i + c.len_utf8())))
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
    fn a_copied_stretch_is_one_anchor_and_splits_at_a_tail() {
        // Source "页码\n经济增长" repaired to "经济增长": one run at distance 7.
        let source = "页码\n经济增长";
        let mut map = OffsetMap::default();
        for (i, c) in "经济增长".char_indices() {
            map.push(i, c.len_utf8(), 7 + i..7 + i + c.len_utf8());
        }
        assert_eq!(map.len(), 1);
        assert_eq!(&source[map.to_source(3..9).range()], "济增");
        assert_eq!(map.to_source(12..12), Span::new(19, 19));
        let tail = map.tail(6);
        assert_eq!(&source[tail.to_source(0..6).range()], "增长");
        assert_eq!(tail.whole(), Span::new(13, 19));
        let chars: Vec<_> = map
            .chars("经济增长")
            .map(|(_, s)| &source[s.range()])
            .collect();
        assert_eq!(chars, ["经", "济", "增", "长"]);
    }

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
