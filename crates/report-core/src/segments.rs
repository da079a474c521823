//! The source cut into what the repair did with it, for a view that shows the original with
//! removed parts struck through and joined line breaks marked.

use crate::model::{Analysis, RemovalReason};
use crate::span::{floor_char_boundary, Span};

/// What the repair did with a piece of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// Report text kept in a paragraph or heading.
    Kept,
    /// Removed, with the reason.
    Removed(RemovalReason),
    /// A line break inside a paragraph, joined away.
    JoinedBreak,
    /// Whitespace between paragraphs.
    Between,
}

/// A piece of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Bytes of the source.
    pub span: Span,
    /// What happened to it.
    pub kind: SegmentKind,
}

impl Analysis {
    /// The source up to byte `limit` cut into segments, in order, covering it without gaps.
    pub fn segments(&self, limit: usize) -> Vec<Segment> {
        let source = &self.source;
        let limit = floor_char_boundary(source, limit);
        let mut kept: Vec<Span> = self
            .paragraphs
            .iter()
            .map(|p| p.span)
            .chain(self.sections.iter().map(|s| s.heading))
            .filter(|s| !s.is_empty())
            .collect();
        kept.sort();
        let mut out: Vec<Segment> = Vec::new();
        let push = |span: Span, kind: SegmentKind, out: &mut Vec<Segment>| {
            if span.is_empty() {
                return;
            }
            match out.last_mut() {
                Some(last)
                    if last.kind == kind
                        && last.span.end == span.start
                        && kind != SegmentKind::JoinedBreak =>
                {
                    last.span.end = span.end
                }
                _ => out.push(Segment { span, kind }),
            }
        };
        let (mut removed, mut kept) = (self.removed.iter().peekable(), kept.into_iter().peekable());
        let mut at = 0;
        while at < limit {
            while removed.next_if(|r| r.span.end <= at).is_some() {}
            while kept.next_if(|k| k.end <= at).is_some() {}
            if let Some(r) = removed.peek().filter(|r| r.span.start <= at) {
                let end = r.span.end.min(limit);
                push(Span::new(at, end), SegmentKind::Removed(r.reason), &mut out);
                at = end;
                continue;
            }
            let next_removed = removed.peek().map_or(limit, |r| r.span.start).min(limit);
            match kept.peek().copied() {
                Some(k) if k.start <= at => {
                    // Kept text, with its line breaks marked as joined.
                    let end = k.end.min(next_removed);
                    let piece = &source[at..end];
                    match piece.find(['\n', '\r']) {
                        Some(0) => {
                            let len = if piece.starts_with("\r\n") { 2 } else { 1 };
                            push(Span::new(at, at + len), SegmentKind::JoinedBreak, &mut out);
                            at += len;
                        }
                        Some(b) => {
                            push(Span::new(at, at + b), SegmentKind::Kept, &mut out);
                            at += b;
                        }
                        None => {
                            push(Span::new(at, end), SegmentKind::Kept, &mut out);
                            at = end;
                        }
                    }
                }
                next => {
                    let end = next
                        .map_or(limit, |k| k.start)
                        .min(next_removed)
                        .max(at + 1);
                    let end = floor_char_boundary(source, end).max(at + 1);
                    let end = (at + 1..=end)
                        .rev()
                        .find(|&e| source.is_char_boundary(e))
                        .unwrap_or(end);
                    push(Span::new(at, end), SegmentKind::Between, &mut out);
                    at = end;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_the_source_and_marks_what_happened() {
        let source = "标题：某报告\n正文：\n各位代表：\n一、回顾\n\n全年增长\n5.2%。\n\n- 3 -\n";
        let a = crate::analyze_text(source);
        let segments = a.segments(usize::MAX);
        let mut at = 0;
        for s in &segments {
            assert_eq!(s.span.start, at, "no gap");
            at = s.span.end;
        }
        assert_eq!(at, source.len());
        let text = |kind: SegmentKind| -> Vec<&str> {
            segments
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| &source[s.span.range()])
                .collect()
        };
        assert_eq!(
            text(SegmentKind::Removed(RemovalReason::ScraperMetadata)),
            ["标题：某报告", "正文："]
        );
        assert_eq!(
            text(SegmentKind::Kept),
            ["各位代表：", "一、回顾", "全年增长", "5.2%。"]
        );
        assert_eq!(
            text(SegmentKind::JoinedBreak).len(),
            0,
            "one paragraph per line: nothing joined"
        );
    }

    #[test]
    fn marks_joined_breaks_of_a_hard_wrap() {
        let line = "全年地区生产总值超过990亿元，同比增长3%，一般公共预算收入";
        let source = format!("{}\n", [line; 10].join("\n"));
        let a = crate::analyze_text(&source);
        let segments = a.segments(usize::MAX);
        assert_eq!(
            segments
                .iter()
                .filter(|s| s.kind == SegmentKind::JoinedBreak)
                .count(),
            9
        );
        assert_eq!(
            segments
                .iter()
                .filter(|s| s.kind == SegmentKind::Between)
                .count(),
            1
        );
    }
}
