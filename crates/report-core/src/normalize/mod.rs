//! Repair: the decoded source in, the report's own paragraphs out, each with an offset map.
//!
//! Input: the source text. Output: [`Repaired`], the paragraphs as clean text (lines of a hard
//! wrap rejoined, page furniture and website clutter removed, letter-spacing undone, full-width
//! digits and letters folded) and every removed range with its reason.
//! Invariant: every clean character maps back to the source range it came from, and every
//! source character is either in a paragraph, in a removed range, or whitespace.

mod clean;
mod furniture;
pub(crate) mod lines;
mod script;
mod traditional_table;

use crate::model::{NumberingKind, Removal};
use crate::span::{OffsetMap, Span};
pub(crate) use clean::{is_cjk, is_small_form, is_space, is_terminal_punct};
pub(crate) use furniture::{
    is_digit, is_timestamp, table_key, METADATA_TABLE_KEYS, PUBLICATION_LABELS,
    TABLE_CELL_SEPARATORS,
};
pub use script::fold_traditional;

/// Folds one character as the repair does out of context (full-width digits, letters, ％).
pub fn fold_char(c: char) -> char {
    clean::fold(c, None, None)
}
pub(crate) use lines::{is_dated_meeting, is_meeting_line_start as is_meeting_line};
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
    furniture::strip_watermarks(source, &mut lines, &mut removed);
    // Running headers are looked for in paged text: hard-wrapped, numbered or form-fed.
    let paged = lines::detect_wrap_width(source, &lines);
    furniture::classify(source, &mut lines, &mut removed, paged);
    let wrap_width = lines::detect_wrap_width(source, &lines);
    if wrap_width.is_none() {
        let before = lines.len();
        lines = lines::split_glued_headings(source, lines);
        // (A line split may set apart a site's line, `来源：。` of `来源：。　　三次…`, as a
        // second repair reads it: classified again, as the second repair does.)
        if lines.len() > before {
            furniture::classify(source, &mut lines, &mut removed, paged);
        }
    }
    let groups = group_paragraphs(source, &lines, wrap_width);
    let blocks = groups
        .into_iter()
        .filter_map(|group| clean::build_block(source, &lines, &group, &mut removed))
        .collect();
    removed.sort_by_key(|r: &Removal| r.span.start);
    Repaired {
        blocks,
        removed,
        hard_wrapped: wrap_width.is_some(),
        wrap_width,
    }
}

/// The longest heading of a part on a line of its own (`一、2011年工作回顾`).
const PART_HEADING_CHARS: usize = 30;

/// The longest line that can hold a heading's number alone (`（二十三）`, with full-width
/// digits and spaces around it).
const MAX_NUMBER_BYTES: usize = 48;

/// Whether the first character of `line` past spaces is one of `chars` (a cheap test before
/// the marker is read).
fn opens_with_one_of(line: &str, chars: &str) -> bool {
    line.chars()
        .find(|&c| !clean::is_space(c))
        .is_some_and(|c| chars.contains(c))
}

/// Groups the text lines into paragraphs (indices into `lines`).
fn group_paragraphs(source: &str, lines: &[Line], wrap_width: Option<f32>) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut open = false;
    let mut prev_text: Option<usize> = None;
    // Whether the paragraph so far is prose: one that stops mid-sentence goes on. Told only
    // when a line stops mid-sentence, which few do.
    let is_prose = |groups: &[Vec<usize>]| {
        groups
            .last()
            .is_some_and(|g| clean::is_prose(contents(source, lines, g)))
    };
    // Or a short one with a line that stops after a comma, inside a sentence (`…体系建设，`
    // / `创建省` / `级及以上绿色工厂100家。`: a web page's links on lines of their own). A
    // comma after an ideograph, which the repair writes `，` either way, so that a second
    // repair tells the same.
    let in_clause = |groups: &[Vec<usize>]| {
        groups.last().is_some_and(|g| {
            // (Spaces before the comma go in the repair, `一　　,` is `一，`; and so do line
            // breaks inside the group, `政府工作报告` / `，` is `政府工作报告，`.)
            let mut before: Option<char> = None;
            contents(source, lines, g).any(|l| {
                let mut end = l.trim_end_matches(clean::is_blank).chars().rev();
                let comma = matches!(end.next(), Some('，' | ','));
                let prev = end.find(|&c| !clean::is_blank(c)).or(before);
                if let Some(c) = l
                    .chars()
                    .rev()
                    .find(|&c| !clean::is_blank(c) && !clean::is_space(c))
                {
                    before = Some(c);
                }
                comma && prev.is_some_and(crate::numbers::is_ideograph)
            })
        })
    };
    // Or one that began a sentence after one ended (`。`, which no ASCII mark is
    // written as: a second repair, reading `；` where the first read `;`, tells the same).
    let begun = |groups: &[Vec<usize>]| {
        groups
            .last()
            .is_some_and(|g| contents(source, lines, g).any(|l| l.contains('。')))
    };
    let goes_on = |groups: &[Vec<usize>]| is_prose(groups) || in_clause(groups) || begun(groups);
    // Or one whose lines without a blank line between them read as prose together
    // (`…发展。` / `党的十八届六中全会` / `正式明确` / `习近平` / `总书记的核心地位，…`: a page
    // whose links the scraper put on lines of their own, its paragraphs apart by blank lines).
    // (In hard-wrapped text the wrap rule decides.)
    let (blank_separated, prose_lines) = if wrap_width.is_none() {
        prose_runs(source, lines)
    } else {
        (false, Vec::new())
    };
    let in_prose_run = |idx: usize| prose_lines.get(idx).copied().unwrap_or(false);
    for (idx, line) in lines.iter().enumerate() {
        match line.class {
            LineClass::Text => {}
            LineClass::Blank => {
                // A blank line ends a paragraph unless every line is followed by one (PDF
                // extraction); the wrap rule below decides then. Prose that stops
                // mid-sentence goes on across it, as does a sentence begun after one that
                // ended (`——经济运行缓中趋稳。国内生产总值达到74.4` / `` / `万亿元，…`).
                if wrap_width.is_none() {
                    open = prev_text.is_some_and(|p| {
                        let text = lines[p].content(source);
                        stops_mid_sentence(text) && goes_on(&groups)
                    });
                }
                continue;
            }
            LineClass::Removed => continue,
        }
        // A meeting line broken by the extraction continues even across a blank line.
        let unfinished_meeting = |p: usize| {
            let text = lines[p].content(source);
            lines::is_meeting_line_start(text) && !text.ends_with(['上', '）', ')'])
        };
        let joins = prev_text.is_some_and(|p| {
            // (A Markdown table's rows are lines of their own, however wide: `| 类别 | … |`.)
            if is_markdown_row(lines[p].content(source)) || is_markdown_row(line.content(source)) {
                return false;
            }
            // A link of a prose run: the line after, with no blank line between, a short
            // phrase that stops mid-sentence too; or, where blank lines keep paragraphs apart,
            // the rest of a sentence after a page break (`…就业政策。城镇新增` / `` /
            // `就业预期目标比去年多100万人，…`), which a title glued to a paragraph is not there.
            let link = if p + 1 == idx {
                in_prose_run(idx)
                    && (is_fragment(lines[p].content(source)) || is_fragment(line.content(source)))
            } else {
                blank_separated
            };
            // A quote or bracket opened at a line's end, or closed at the next one's start, is
            // inside a paragraph (`二、“` / `十四五` / `”时期发展的总体思路…`: a link cut out).
            // So is a line that opens with a clause's punctuation (`以人民为中心发展思想` /
            // `，在脱贫攻坚…`), and a short phrase cut out before one, after a line that stops
            // mid-sentence (`…坚定不移践行` / `以人民为中心发展思想` / `，…`).
            const GOES_ON: &[char] = &['”', '’', '》', '）', '，', '、', '；', '：'];
            // (Blank lines between do not count: the repaired text has none, and a second
            // repair must decide the same.)
            let opens_with_clause_mark = |i: usize| {
                lines[i..]
                    .iter()
                    .find(|l| l.class != LineClass::Blank)
                    .is_some_and(|l| {
                        l.class == LineClass::Text && l.content(source).starts_with(GOES_ON)
                    })
            };
            // (Told by the cheap marks first: most lines have none.)
            let split_quote = || {
                let prev_content = lines[p].content(source).trim_end_matches(clean::is_blank);
                // (Or a run of them, which the repair writes as one: `①` / `2023年` / `0（一）` /
                // `、`, as a second repair reads `①` / `2023年0（一）` / `、`.)
                let cut_out = || {
                    let mut shown = 0;
                    let mut i = idx;
                    loop {
                        let phrase = lines[i].content(source);
                        // (Counted as the repair writes it, without invisible characters.)
                        shown += phrase.chars().filter(|&c| !clean::is_invisible(c)).count();
                        // (Not a heading's number and its words: `（一）三次产业比重（一）` /
                        // `、`, as a second repair reads `（一）` / `三次产业比重（一）`.)
                        let phrase_alone = (1..=12).contains(&shown)
                            && !lines::starts_like_heading(phrase)
                            && !phrase.contains(|c: char| is_terminal_punct(Some(c)) || c == '，');
                        if !phrase_alone {
                            return false;
                        }
                        if opens_with_clause_mark(i + 1) {
                            return true;
                        }
                        match next_text_line(lines, i) {
                            Some(n)
                                if lines[n].class == LineClass::Text
                                    && stops_mid_sentence(phrase) =>
                            {
                                i = n
                            }
                            _ => return false,
                        }
                    }
                };
                (prev_content.ends_with(['“', '‘', '《', '（'])
                    || opens_with_clause_mark(idx)
                    || cut_out())
                    && stops_mid_sentence(prev_content)
                    // (A title's close opens no paragraph, after a bracket too: `《` /
                    // `纲要（草案）` / `》提出了…`.)
                    || line.content(source).starts_with('》')
            };
            // A word cut out between two lines of one sentence, with no mark after it either
            // (`…开展农村人居环境` / `整治` / `三年行动，…`), in text that is not hard-wrapped.
            // (Told of the paragraph before the word, which a second repair reads as one line.)
            // (Blank lines between too, where a page keeps its links apart by them: `…河北省国民`
            // / `` / `经济和社会发` / `` / `展第十个五年计划纲要的报告，…`.)
            let cut_word = || {
                wrap_width.is_none()
                    && next_text_line(lines, p) == Some(idx)
                    && groups.last().is_some_and(|g| {
                        is_cut_word(source, lines, g, idx)
                            || g.last() == Some(&p)
                                && is_cut_word(source, lines, &g[..g.len() - 1], p)
                    })
            };
            // A level cut in two (`…巩固拓展。` / `新建省` / `级乡村振兴示范区15个…`): no
            // sentence opens with `级`.
            let level_split = || {
                line.content(source).starts_with('级')
                    && lines[p]
                        .content(source)
                        .trim_end_matches(clean::is_blank)
                        .ends_with(['省', '市', '县', '区', '乡', '镇', '家'])
            };
            // A heading's number on a line of its own (`(五)` / `改 革开放`): its text follows
            // (across blank lines too, which the repaired text has none of).
            // (Told as the repair writes it: `（２）` is `（2）`.)
            let number_alone = || {
                let line = lines[p].content(source).trim_matches(clean::is_blank);
                // (Told only of short lines that start like a heading: most are neither.)
                let numbering = opens_with_one_of(
                    line,
                    "(（第一二三四五六七八九十0123456789０１２３４５６７８９",
                );
                // (Nor one a colon follows, `第一部分` / `:`, which a first repair joins to the
                // number and a second must then read as the first did: not alone.)
                if line.len() > MAX_NUMBER_BYTES
                    || !numbering
                    || !lines::starts_like_heading(line)
                    || line.ends_with(['：', ':'])
                {
                    return false;
                }
                let number = lines::folded_prefix(line, PART_HEADING_CHARS + 1);
                crate::outline::numbering::scan_marker(&number)
                    .is_some_and(|m| m.number.is_some() && m.len == number.len())
            };
            // (In hard-wrapped text a line short of the margin ends its paragraph however
            // it ends: `…凝聚力。` / `五年来，人民生活显著改善，总体达到小康水平` / `城乡居民…`, a
            // heading without a number.)
            // (Not one that stops after a comma, which no paragraph ends with, and which a
            // second repair, with no margin to go by, joins: `…00000000000，` / `一一一…`.)
            let short_of_margin = || {
                wrap_width.is_some_and(|w| {
                    let prev = &lines[p];
                    if prev
                        .content(source)
                        .trim_end_matches(clean::is_blank)
                        .ends_with(['，', '、'])
                    {
                        return false;
                    }
                    let indent = if prev.is_indented() {
                        prev.indent_width
                    } else {
                        0.0
                    };
                    prev.width + indent < w - lines::WRAP_TOLERANCE
                })
            };
            (open || unfinished_meeting(p))
                && (continues(source, &lines[p], line, wrap_width)
                    || !short_of_margin()
                        && !listed_figure(source, lines, &groups)
                        && groups
                            .last()
                            .is_some_and(|g| goes_on_mid_sentence(source, lines, g, line, link))
                        // (A short paragraph too when it stops after a comma: `…体系建设，`
                        // / `创建省` / `级及以上绿色工厂100家。`, a web page's links.)
                        && (goes_on(&groups) || p + 1 == idx && in_prose_run(idx)))
                || split_quote()
                || cut_word()
                // (A clause cut before its figure, whatever the layout: `…，同比增长` / `6.1%，…`.)
                || cut_before_figure(source, lines, &groups, line)
                || level_split()
                || number_alone()
        });
        // `…并请全国政协委员提出意见` / `一、2011年工作回顾`: a part's heading alone on its line
        // goes on no paragraph, even one that lacks its last mark.
        let part_heading = || {
            let line = line.content(source).trim_matches(clean::is_blank);
            // (Told only of lines that open with a Chinese numeral or `第`, as parts do: most
            // lines do not.)
            if !opens_with_one_of(line, "一二三四五六七八九十第") {
                return false;
            }
            let text = lines::folded_prefix(line, PART_HEADING_CHARS + 1);
            let text = text.as_str();
            let marker = crate::outline::numbering::scan_marker(text);
            marker.is_some_and(|m| {
                matches!(m.kind, NumberingKind::Part | NumberingKind::ChineseComma)
                    && text.len() > m.len
            }) && text.chars().count() <= PART_HEADING_CHARS
                && !text.contains(['。', '，', '；', '：'])
        };
        let joins = joins && !part_heading();
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

/// Whether line `i` is a word cut out of the sentence that the paragraph right before it (its
/// lines `before`) and the line after it carry on (`…开展农村人居环境` / `整治` / `三年行动，
/// 农村面貌发生新变化。`: a scraped page's link): a few characters alone, between prose that
/// stops mid-sentence and a line that goes on with the sentence, not a heading.
fn is_cut_word(source: &str, lines: &[Line], before: &[usize], i: usize) -> bool {
    const MAX_WORD_CHARS: usize = 6;
    const MIN_PROSE_CHARS: usize = 20;
    let text = |j: usize| {
        lines
            .get(j)
            .filter(|l| l.class == LineClass::Text)
            .map(|l| l.content(source).trim_matches(clean::is_blank))
    };
    let after_at = next_text_line(lines, i);
    let after = after_at.and_then(text);
    let (Some(&last), Some(word), Some(after)) = (before.last(), text(i), after) else {
        return false;
    };
    // (An ASCII comma too: the repair writes it `，` in Chinese prose, and a second repair
    // must tell the same.)
    let prose = |t: &str| t.contains(['，', '。', ',']);
    // (The line after, with a line that opens with a clause's mark after it, which the
    // repair joins to it: `一一一注释：一、` / `；，` is read as a second repair reads it.)
    let continued = after_at
        .and_then(|a| next_text_line(lines, a))
        .and_then(text)
        .is_some_and(|t| t.starts_with(['，', '。', '；', ',', ';']) && prose(t));
    // (Or a title or quote, `…贯彻国务院` / `《政府信息公开条例》` / `实施办法。`.)
    let titled = [('《', '》'), ('“', '”')].iter().any(|&(open, close)| {
        word.starts_with(open)
            && word.ends_with(close)
            && word.chars().count() <= 3 * MAX_WORD_CHARS
            && word.chars().filter(|&c| c == open).count() == 1
    });
    let word_alone = next_text_line(lines, last) == Some(i)
        && ((1..=MAX_WORD_CHARS).contains(&word.chars().count())
            && word.chars().all(crate::numbers::is_ideograph)
            || titled)
        && after.starts_with(crate::numbers::is_ideograph)
        && (prose(after) || continued)
        && !lines::starts_like_heading(after);
    // The paragraph before, told as a second repair reads it (one line), without joining it.
    word_alone
        && contents(source, lines, before)
            .map(|l| l.chars().count())
            .sum::<usize>()
            >= MIN_PROSE_CHARS
        && contents(source, lines, before).any(prose)
        && stops_mid_sentence(lines[last].content(source))
}

/// The first line after line `j` that is not blank.
fn next_text_line(lines: &[Line], j: usize) -> Option<usize> {
    (j + 1..lines.len()).find(|&k| lines[k].class != LineClass::Blank)
}

/// Which lines belong to a run of text lines without a blank line between them that reads as
/// prose together (a page break may end it mid-sentence), in a text whose paragraphs are kept
/// apart by blank lines; and whether the text keeps them apart so at all. (Empty when not.)
fn prose_runs(source: &str, lines: &[Line]) -> (bool, Vec<bool>) {
    // Most lines that end a sentence are followed by a blank line.
    const MIN_ENDS: usize = 3;
    let (mut ends, mut ends_before_blank) = (0, 0);
    for (i, line) in lines.iter().enumerate() {
        if line.class == LineClass::Text
            && is_terminal_punct(line.content(source).chars().next_back())
        {
            ends += 1;
            ends_before_blank += usize::from(
                lines
                    .get(i + 1)
                    .is_some_and(|l| l.class == LineClass::Blank),
            );
        }
    }
    if ends < MIN_ENDS || ends_before_blank * 2 < ends {
        return (false, Vec::new());
    }
    let mut prose = vec![false; lines.len()];
    // Marks the run from `start` to `last` (text lines) if it reads as prose.
    let mut close = |start: Option<usize>, last: Option<usize>| {
        if let (Some(s), Some(l)) = (start, last) {
            let texts = lines[s..=l]
                .iter()
                .filter(|line| line.class == LineClass::Text)
                .map(|line| line.content(source));
            if l > s && clean::is_prose(texts) {
                prose[s..=l].fill(true);
            }
        }
    };
    let (mut start, mut last_text) = (None, None);
    for (idx, line) in lines.iter().enumerate() {
        match line.class {
            LineClass::Text => {
                start = start.or(Some(idx));
                last_text = Some(idx);
            }
            LineClass::Blank => {
                if last_text.is_some_and(|p| p + 1 == idx) {
                    close(start, last_text);
                    start = None;
                }
            }
            LineClass::Removed => {}
        }
    }
    close(start, last_text);
    (true, prose)
}

/// Whether `prev` and `next` written as one line end with `end` (`…政府工作报` / `告`).
fn joined_ends_with(prev: &str, next: &str, end: &str) -> bool {
    match end.strip_suffix(next) {
        Some(head) => prev.ends_with(head),
        None => next.ends_with(end),
    }
}

/// Whether `next` continues the paragraph whose last line is `prev`.
fn continues(source: &str, prev: &Line, next: &Line, wrap_width: Option<f32>) -> bool {
    let prev_text = prev.content(source);
    let next_text = next.content(source);
    if lines::is_meeting_line_start(prev_text) {
        // `——2023年1月7日在西青区第十八届` / `人民代表大会第三次会议上`: a wrapped title line;
        // `—在河北省…会议上（二〇〇` / `四年一月八日）`: its date in brackets, wrapped.
        let open_date =
            prev_text.matches(['（', '(']).count() > prev_text.matches(['）', ')']).count();
        // (`——在保定市第十二届人民代表大会第五次会议上的政府工` / `作报告`: or the report it
        // names.)
        const WHOLE: [&str; 2] = ["上", "报告"];
        let whole = |t: &str| WHOLE.iter().any(|end| t.ends_with(end));
        let joined_whole = WHOLE
            .iter()
            .any(|end| joined_ends_with(prev_text, next_text, end));
        let ends = joined_whole || open_date && next_text.ends_with(['）', ')']);
        return !whole(prev_text)
            && ends
            // Spaces do not count: a repair removes them.
            && next_text.chars().filter(|&c| !clean::is_space(c)).count() < 30
            && !is_terminal_punct(prev_text.chars().last());
    }
    let Some(width) = wrap_width else {
        return false;
    };
    // A plan's table gives each indicator its attribute in its last column: its rows and
    // header end there, however wide (`…6左右 预期性`, `…2025年 年均增长 属性`; not a
    // sentence's words, `有些是预期性` / `和导向性的`, which have its punctuation and no figure).
    let row_end = crate::words::is_plan_table_line(prev_text);
    let table_line = |t: &str| is_table_row(t) || is_table_header(t);
    if row_end || table_line(prev_text) || table_line(next_text) {
        return false;
    }
    let title_goes_on = next_text.starts_with(['的', '和', '及', '与', '（', '(']);
    if is_title_line(prev_text) && !title_goes_on && !next_text.contains(['，', '。', ',']) {
        // `某县2024年国民经济和社会发展统计公报` / `某县统计局`: a title as wide as the wrapped
        // lines ends there; what follows is its issuer or date (not `…规划纲要` / `的报告`).
        return false;
    }
    if next.is_indented() || lines::starts_with_bullet(next_text) {
        // A real indentation starts a paragraph, and so does a list's bullet.
        return false;
    }
    // A line that reaches the margin goes on, unless a sentence ends there and a heading
    // follows. (A paragraph whose last line happens to fill the width cannot be told from a
    // wrapped line when the next paragraph is not indented; it is joined.)
    let last = prev_text.chars().last();
    // (An indented first line reaches the margin with its indent: `    （二）在深挖内需潜力…
    // 高质量开` / `新局`.)
    let indent = if prev.is_indented() {
        prev.indent_width
    } else {
        0.0
    };
    let full = prev.width + indent >= width - lines::WRAP_TOLERANCE;
    if is_terminal_punct(last) {
        // `…考核评估。` / `②加快发展…`: circled numbers mostly mark items inside a
        // paragraph, so a full line before one goes on.
        let inline_item = next_text.starts_with(|c: char| ('①'..='⑳').contains(&c));
        return (full || word_did_not_fit(prev, next_text, width))
            && (inline_item
                || !lines::starts_like_heading(next_text)
                    && !crate::outline::is_bare_heading(next_text));
    }
    // A line that stops mid-sentence past half the width, before a number or word, was
    // wrapped early because that number or word would not fit.
    let early_wrap = prev.width >= width / 2.0
        && next_text.starts_with(|c: char| fold_char(c).is_ascii_alphanumeric())
        && !lines::starts_like_heading(prev_text)
        && !lines::starts_like_heading(next_text);
    full || early_wrap
}

/// The punctuation of prose, which no table's header or row of figures holds.
const PROSE_MARKS: [char; 8] = ['，', '。', '；', '、', '：', ',', ';', ':'];

/// Whether a line is a table's row of figures, which a wrap never makes: cells apart by
/// spaces or tabs, two or more of them figures (or `—` for none), the last one too, and none of
/// prose's punctuation (`地区生产总值 亿元 增长6% 586.3 5.8`; as a second repair sees it too,
/// the space after a label or unit dropped: `地区生产总值 亿元6 586.3 5.8`).
fn is_table_row(text: &str) -> bool {
    const MIN_FIGURES: usize = 2;
    let figure = |cell: &str| {
        let cell = cell.trim_end_matches(['%', '％']);
        !cell.is_empty()
            && (cell.chars().all(|c| matches!(c, '—' | '-' | '－')) || cell.parse::<f64>().is_ok())
    };
    // (Told at once of most lines, which end with a sentence's punctuation or an ideograph.)
    let ends_with_figure = text
        .trim_end_matches(clean::is_space)
        .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | '％' | '—' | '-' | '－'));
    if !ends_with_figure || text.contains(PROSE_MARKS) {
        return false;
    }
    let cells = || text.split(clean::is_space).filter(|c| !c.is_empty());
    cells().count() >= 3 && cells().filter(|c| figure(c)).count() >= MIN_FIGURES
}

/// Whether a line is a table's header: cells apart by spaces or tabs, the first a label
/// column's (`指标名称 单位 2024年计划 完成情况 增长（%）`), none of prose's punctuation.
/// Whether a line is a row of a Markdown table (`| 地区生产总值增长（%） | 5.6 | — |`,
/// `|---|---|`): opened and closed by `|`, with a cell between.
fn is_markdown_row(text: &str) -> bool {
    let text = text.trim_matches(clean::is_blank);
    text.len() > 2 && text.starts_with('|') && text.ends_with('|') && text.matches('|').count() >= 3
}

fn is_table_header(text: &str) -> bool {
    let Some(rest) = crate::words::after_label_header(text) else {
        return false;
    };
    !text.contains(PROSE_MARKS)
        && rest
            .split(clean::is_space)
            .filter(|c| !c.is_empty())
            .count()
            >= 2
}

/// Whether a line is a whole title of a report: no clause in it, and it ends with what the
/// genre's titles end with (`…统计公报`, `…政府工作报告`, `…预算草案`).
pub(super) fn is_title_line(text: &str) -> bool {
    let text = text.trim_end_matches(clean::is_blank);
    crate::words::TITLE_ENDS.iter().any(|e| text.ends_with(e))
        && !text.contains(['，', '。', '；', '：', ',', ';', ':'])
}

/// Whether the line after `prev` opens with a word of Latin letters or digits that would not
/// have fitted after it (`　　PPI：…同比下降20.2%。` / `PPI低位运行…`): a typesetter never breaks
/// inside such a word, so the line ended there for lack of room. The first line of a paragraph
/// has its indent less room: two characters, as Chinese paragraphs are set, however the
/// extraction wrote them (`　　` or two ASCII spaces).
fn word_did_not_fit(prev: &Line, next_text: &str, width: f32) -> bool {
    const INDENT: f32 = 2.0;
    let word = next_text
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'%'))
        .count();
    let indent = if prev.is_indented() {
        prev.indent_width.max(INDENT)
    } else {
        0.0
    };
    word > 0 && prev.width + indent + 0.5 * word as f32 > width
}

/// Whether a line ends in the middle of a sentence: not after a sentence's end, nor after a
/// closing quote or bracket, which may end a title or a heading.
fn stops_mid_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(clean::is_blank);
    let mut back = text.chars().rev();
    let last = back.next();
    let closing = last.is_some_and(|c| matches!(c, '”' | '’' | '）' | ')' | '」' | '』' | '》'));
    // A quote closed with no sentence's end inside it (`…精神，把“三农”` / `工作作` /
    // `为重中之重，…`) stops mid-sentence too. (Told of the last two characters alone, so that
    // a line and the paragraph a second repair reads it in say the same.)
    let quote_mid_clause = matches!(last, Some('”' | '’')) && !is_terminal_punct(back.next());
    last.is_some() && !is_terminal_punct(last) && (!closing || quote_mid_clause)
}

/// Whether the paragraph of prose being built (`group`, its lines) goes on in `next`, whatever
/// the layout (lines of any length, as a web page's source keeps them): a paragraph does not
/// end mid-sentence (`…财政总收入增长` / `12.5%，…`), unless it is a heading or one follows.
/// (Told of the paragraph's first line, as a second repair, which reads the paragraph as one
/// line, tells it.)
///
/// Inside a block of prose that a scraper split at its links (`link`: a short phrase before or
/// after the break), a paragraph goes on after a short phrase too (`…建设加快。新增` /
/// `第四代移动通信`), and after an item's marker or its first sentence (`——` / `改革开放`,
/// `——基础设施支撑能力持续提升。新建` / `高速铁路`).
fn goes_on_mid_sentence(
    source: &str,
    lines: &[Line],
    group: &[usize],
    next: &Line,
    link: bool,
) -> bool {
    let (Some(&first), Some(&last)) = (group.first(), group.last()) else {
        return false;
    };
    let first_text = lines[first].content(source);
    // (A heading's paragraph is told whole, as a second repair reads it on one line: `一、一、`
    // / `；。…、` runs on as `一、一、；。…、` does.)
    let heading = || contents(source, lines, group).collect::<String>();
    let item_goes_on = |heading: &str| {
        link && (heading.contains(|c| is_terminal_punct(Some(c)))
            || crate::outline::numbering::scan_marker(heading)
                .is_some_and(|m| m.len == heading.len())
            || heading.chars().all(|c| c == '—'))
    };
    stops_mid_sentence(lines[last].content(source))
        && (!lines::starts_like_heading(first_text) || item_goes_on(first_text) || {
            let heading = heading();
            // (`各位代表：` is a heading only alone: `各位代表：®` / `，一一…` is not, as a second
            // repair reads it on one line.)
            runs_on(&heading) || item_goes_on(&heading) || !lines::starts_like_heading(&heading)
        })
        && !lines::starts_like_heading(next.content(source))
        // (Nor into the greeting, which opens the report's text and a paragraph of its own
        // however long its line: `。——` / `各位代表：…`.)
        && !next.content(source).starts_with("各位代表")
        // (Nor into a list's next item, `• …`.)
        && !lines::starts_with_bullet(next.content(source))
        && (link || !ends_in_title(contents(source, lines, group)))
}

/// Whether the paragraph being built (even a short one, which is not told prose:
/// `2023年，全市地区生产总值完成2856.3亿元，同比增长`) is a clause cut before its figure, which `next` opens with
/// (`6.1%，高于全省平均水平…`): it has a clause's comma and stops after a word, and the next
/// line opens with a figure and its unit. (Told of the paragraph's text, as a second repair
/// reads it on one line.)
fn cut_before_figure(source: &str, lines: &[Line], groups: &[Vec<usize>], next: &Line) -> bool {
    const FIGURE_CHARS: usize = 12;
    let Some(group) = groups.last() else {
        return false;
    };
    let ends_in_word = group.last().is_some_and(|&l| {
        lines[l]
            .content(source)
            .trim_end_matches(clean::is_blank)
            .ends_with(crate::numbers::is_ideograph)
    });
    let next_text = next.content(source);
    let heading = || lines::starts_like_heading(lines[group[0]].content(source));
    if !ends_in_word
        || !next_text.starts_with(|c: char| fold_char(c).is_ascii_digit())
        || lines::starts_like_heading(next_text)
        // (Told of the marks as written or as the repair writes them, `;` as `；`, so that a
        // second repair tells the same.)
        || !contents(source, lines, group).any(|l| l.contains(['，', '；', ',', ';', '﹐', '﹔']))
        || heading()
    {
        return false;
    }
    let start = lines::folded_prefix(next_text, FIGURE_CHARS);
    crate::numbers::scan_quantities(&start)
        .first()
        .is_some_and(|q| q.range.0 == 0 && q.unit.is_some() && q.range.1 < start.len())
}

/// Whether the paragraph being built is one line of a list of figures without punctuation at
/// the lines' ends, as a news page sets a report's key figures (`…降低3.8%左右` /
/// `赤字率拟按4%左右安排，赤字规模比上年增加2300亿元` / `一般公共预算支出规模…30万亿元`): it ends
/// in a figure, and so does the paragraph of one line before it, which stops mid-sentence
/// and is no prose. Such a line ends its paragraph, though it has a clause's comma.
fn listed_figure(source: &str, lines: &[Line], groups: &[Vec<usize>]) -> bool {
    let [.., before, group] = groups else {
        return false;
    };
    let ([before], [line]) = (before.as_slice(), group.as_slice()) else {
        return false;
    };
    let (before, line) = (lines[*before].content(source), lines[*line].content(source));
    ends_in_figure(line)
        && ends_in_figure(before)
        && stops_mid_sentence(before)
        && !lines::starts_like_heading(before)
        && !clean::is_prose([before])
}

/// Whether a line ends in a figure: a digit, then a few characters of its unit or bound at
/// most, with no punctuation (`…2,300 亿元`, `…1.4 万亿斤左右`).
fn ends_in_figure(text: &str) -> bool {
    const MAX_UNIT_CHARS: usize = 6;
    let text = text.trim_end_matches(clean::is_blank);
    text.rfind(|c: char| fold_char(c).is_ascii_digit())
        .is_some_and(|at| {
            let tail = &text[at..];
            let tail = tail.trim_start_matches(|c: char| fold_char(c).is_ascii_digit());
            tail.chars().count() <= MAX_UNIT_CHARS
                && !tail.contains(|c: char| {
                    is_terminal_punct(Some(c)) || matches!(c, '，' | ',' | '、' | '；' | '：')
                })
        })
}

/// Whether a line is a short phrase that stops mid-sentence (a link's text on a line of its
/// own: `党的十八届六中全会`, `高速铁路`).
fn is_fragment(text: &str) -> bool {
    const MAX_FRAGMENT_CHARS: usize = 16;
    stops_mid_sentence(text)
        && text.chars().filter(|&c| !clean::is_blank(c)).count() <= MAX_FRAGMENT_CHARS
}

/// Whether a line that opens with a heading's marker goes on into its paragraph after the
/// heading's sentence (`（三）重大战略成效显著。坚决贯彻…座谈会上的`).
fn runs_on(text: &str) -> bool {
    const MIN_RUN_ON_CHARS: usize = 10;
    text.split_once('。')
        .is_some_and(|(_, rest)| rest.chars().count() >= MIN_RUN_ON_CHARS)
}

/// The contents of a paragraph's lines, in order.
fn contents<'a>(
    source: &'a str,
    lines: &'a [Line],
    group: &'a [usize],
) -> impl DoubleEndedIterator<Item = &'a str> + Clone {
    group.iter().map(move |&i| lines[i].content(source))
}

/// Whether a paragraph (its lines in order) ends in a short phrase without a comma after its
/// last sentence: a title glued to the paragraph (`…保定新未来。2023年主要工作`), not a
/// sentence that goes on.
fn ends_in_title<'a>(group: impl DoubleEndedIterator<Item = &'a str>) -> bool {
    const MAX_TITLE_CHARS: usize = 12;
    let mut visible = 0;
    for line in group.rev() {
        // (A clause after `；` is of the sentence, no title: `…个百分点；一般公共预算收入完成` /
        // `186.2亿元，…`.)
        let ends_sentence = |c: char| is_terminal_punct(Some(c)) && !matches!(c, '；' | ';');
        let tail = match line.rfind(ends_sentence) {
            Some(at) => &line[at..],
            None => line,
        };
        if tail.contains('，') || tail.contains(',') {
            return false;
        }
        visible += tail.chars().filter(|&c| !clean::is_blank(c)).count();
        if visible > MAX_TITLE_CHARS {
            return false;
        }
        if tail.len() < line.len() {
            return true; // the sentence before ends in this line
        }
    }
    false
}

#[cfg(test)]
mod tests;
