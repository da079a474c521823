//! Find in report: every occurrence of a query in the headings and paragraphs, in order.

use crate::model::{Analysis, ParagraphId, SectionId};

/// Queries longer than this many bytes are cut: a search box is not a place for a report.
const MAX_QUERY_BYTES: usize = 256;
/// At most this many hits are returned; a count beyond says "more".
pub const MAX_HITS: usize = 5_000;

/// Where a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitTarget {
    /// In a section heading's title.
    Heading(SectionId),
    /// In a paragraph's text.
    Paragraph(ParagraphId),
}

/// One occurrence of the query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The heading or paragraph it is in.
    pub target: HitTarget,
    /// Bytes of the heading's title or the paragraph's text.
    pub range: (usize, usize),
    /// The innermost section it belongs to.
    pub section: Option<SectionId>,
}

impl Analysis {
    /// Every occurrence of `query` (ASCII letters case-insensitive, full-width digits and
    /// letters as half-width, spaces ignored at the ends), in document order.
    pub fn find(&self, query: &str) -> Vec<Hit> {
        let query: String = query
            .trim()
            .chars()
            .map(|c| crate::normalize::fold_char(c).to_ascii_lowercase())
            .collect();
        let query = &query[..crate::span::floor_char_boundary(&query, MAX_QUERY_BYTES)];
        if query.is_empty() {
            return Vec::new();
        }
        let mut items: Vec<(usize, HitTarget, &str, Option<SectionId>)> = self
            .sections
            .iter()
            .map(|s| {
                (
                    s.heading.start,
                    HitTarget::Heading(s.id),
                    s.title.as_str(),
                    Some(s.id),
                )
            })
            .chain(self.paragraphs.iter().map(|p| {
                (
                    p.span.start,
                    HitTarget::Paragraph(p.id),
                    p.text.as_str(),
                    p.section,
                )
            }))
            .collect();
        items.sort_by_key(|&(at, _, _, _)| at);
        let mut hits = Vec::new();
        for (_, target, text, section) in items {
            let lower = text.to_ascii_lowercase();
            for (at, found) in lower.match_indices(query) {
                hits.push(Hit {
                    target,
                    range: (at, at + found.len()),
                    section,
                });
                if hits.len() >= MAX_HITS {
                    return hits;
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_in_headings_and_paragraphs_in_order() {
        let a = crate::analyze_text("各位代表：\n一、回顾生产总值\n全年地区生产总值增长5%，GDP 增长。\n二、安排\n生产总值增长５％左右。");
        let hits = a.find("生产总值");
        let targets: Vec<HitTarget> = hits.iter().map(|h| h.target).collect();
        assert_eq!(
            targets,
            [
                HitTarget::Heading(SectionId(0)),
                HitTarget::Paragraph(ParagraphId(1)),
                HitTarget::Paragraph(ParagraphId(2))
            ]
        );
        assert_eq!(hits[2].section, Some(SectionId(1)));
        assert_eq!(a.find("gdp").len(), 1);
        assert_eq!(
            a.find("５%").len(),
            2,
            "full-width digits match their folded form"
        );
        assert!(a.find("  ").is_empty());
    }
}
