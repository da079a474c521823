//! Repair: the decoded source in, the report's own paragraphs out, each with an offset map.
//!
//! Input: the source text. Output: [`Repaired`], the paragraphs as clean text (lines of a hard
//! wrap rejoined, page furniture and website clutter removed, letter-spacing undone, full-width
//! digits and letters folded) and every removed range with its reason.
//! Invariant: every clean character maps back to the source range it came from, and every
//! source character is either in a paragraph, in a removed range, or whitespace.

mod clean;
mod furniture;
mod lines;

use crate::model::Removal;
use crate::span::{OffsetMap, Span};
pub(crate) use clean::{is_cjk, is_terminal_punct};
pub(crate) use lines::is_meeting_line_start as is_meeting_line;
use lines::{Line, LineClass};

/// A repaired paragraph: clean text and where each of its characters came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The clean text of the paragraph (no line breaks).
    pub text: String,
    /// Maps byte offsets of `text` to byte offsets of the source.
    pub map: OffsetMap,
    /// True when the paragraph started with an indentation (spaces or U+3000).
    pub indented: bool,
}

impl Block {
    /// The source span of the whole paragraph.
    pub fn span(&self) -> Span {
        self.map.whole()
    }
}

/// The output of the repair pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Repaired {
    /// The paragraphs in document order.
    pub blocks: Vec<Block>,
    /// Source ranges that were removed, with the reason, in document order.
    pub removed: Vec<Removal>,
    /// True when the text was found hard-wrapped at a fixed width (as extracted from a PDF).
    pub hard_wrapped: bool,
    /// The wrap width found, in CJK character widths (ASCII counts half), when hard-wrapped.
    pub wrap_width: Option<f32>,
}

impl Repaired {
    /// The clean text: paragraphs separated by one line break each.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, block) in self.blocks.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&block.text);
        }
        out
    }
}

/// Repairs `source` into paragraphs.
pub fn normalize(source: &str) -> Repaired {
    let mut lines = lines::split_lines(source);
    let mut removed = Vec::new();
    furniture::classify(source, &mut lines, &mut removed);
    let wrap_width = lines::detect_wrap_width(source, &lines);
    let groups = group_paragraphs(source, &lines, wrap_width);
    let blocks = groups
        .into_iter()
        .filter_map(|group| clean::build_block(source, &lines, &group))
        .collect();
    removed.sort_by_key(|r: &Removal| r.span.start);
    Repaired {
        blocks,
        removed,
        hard_wrapped: wrap_width.is_some(),
        wrap_width,
    }
}

/// Groups the text lines into paragraphs (indices into `lines`).
fn group_paragraphs(source: &str, lines: &[Line], wrap_width: Option<f32>) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    let mut prev_text: Option<usize> = None;
    for (idx, line) in lines.iter().enumerate() {
        match line.class {
            LineClass::Text => {}
            LineClass::Blank => {
                // A blank line ends a paragraph unless every line is followed by one (PDF
                // extraction); the wrap rule below decides then.
                if wrap_width.is_none() {
                    open = false;
                }
                continue;
            }
            LineClass::Removed => continue,
        }
        let joins =
            open && prev_text.is_some_and(|p| continues(source, &lines[p], line, wrap_width));
        if joins {
            if let Some(group) = groups.last_mut() {
                group.push(idx);
            }
        } else {
            groups.push(vec![idx]);
        }
        open = true;
        prev_text = Some(idx);
    }
    groups
}

/// Whether `next` continues the paragraph whose last line is `prev`.
fn continues(source: &str, prev: &Line, next: &Line, wrap_width: Option<f32>) -> bool {
    let prev_text = prev.content(source);
    let next_text = next.content(source);
    if lines::is_meeting_line_start(prev_text) && !prev_text.ends_with('上') {
        // `——2023年1月7日在西青区第十八届` / `人民代表大会第三次会议上`: a wrapped title line.
        return next_text.chars().count() < 30 && !is_terminal_punct(prev_text.chars().last());
    }
    let Some(width) = wrap_width else {
        return false;
    };
    if next.indent_width >= 1.5 {
        // A real indentation starts a paragraph; a single leading space is a page-start artefact.
        return false;
    }
    let full = prev.width >= width - lines::WRAP_TOLERANCE;
    if !full {
        // A line that stops mid-sentence (no punctuation at all) past half the width was
        // wrapped early, as extractors do before a number that would not fit.
        let open_ended = !prev_text
            .ends_with(|c: char| is_terminal_punct(Some(c)) || "，、”’）)》】".contains(c));
        return open_ended
            && prev.width >= width / 2.0
            && !lines::starts_like_heading(prev_text)
            && !lines::starts_like_heading(next_text);
    }
    if is_terminal_punct(prev_text.chars().last()) && lines::starts_like_heading(next_text) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests;
