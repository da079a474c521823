//! Page furniture and website clutter: lines that are not the report's own text.
//!
//! Marks such lines `Removed` and records each with its reason. The rules look at the shape
//! of a line (page numbers), at repetition (running headers), and at the zones before and
//! after the report body (scraper metadata, menus, breadcrumbs, site footers).

use super::clean::{is_blank, is_edge};
use super::lines::{is_meeting_line_start, Line, LineClass};
use crate::fast_map::FastMap;
use crate::model::{Removal, RemovalReason};
use crate::span::Span;

/// Lines longer than this (in characters) are never furniture or clutter.
const MAX_FURNITURE_CHARS: usize = 40;
/// A short line repeated at least this often is a running header or footer.
const MIN_HEADER_REPEATS: usize = 3;
/// Scraper metadata is only looked for in this many leading lines.
const METADATA_ZONE_LINES: usize = 20;

/// Visible characters from the top within which a line belongs to the title page (the title,
/// a cover notice, the meeting line, the speaker).
const TITLE_PAGE_CHARS: usize = 800;
/// A run of at least this many short lines without punctuation is a menu.
const MIN_MENU_RUN: usize = 4;

/// Marks furniture and clutter lines as removed and records them.
pub(crate) fn classify(
    source: &str,
    lines: &mut [Line],
    removed: &mut Vec<Removal>,
    wrap_width: Option<f32>,
) {
    for (i, _) in source.match_indices('\x0c') {
        removed.push(Removal {
            span: Span::new(i, i + 1),
            reason: RemovalReason::FormFeed,
        });
    }
    let mut n_page_numbers = 0;
    // Page numbers spared as the subscripts of the letters before them.
    let mut spared = Vec::new();
    // (Whether the line before ends in a Latin letter, right before.)
    let mut after_letter = false;
    for i in 0..lines.len() {
        if lines[i].class != LineClass::Text {
            after_letter = false;
            continue;
        }
        let text = lines[i].content(source);
        // (A subscript goes on with words or its decimals, not with digits: `…（PM` / `3` /
        // `2.5）浓度…` is a page number between.)
        let digit_next = || {
            lines[i + 1..]
                .iter()
                .find(|l| l.class != LineClass::Blank)
                .is_some_and(|l| {
                    l.content(source)
                        .trim_start_matches(super::clean::is_edge)
                        .starts_with(is_digit)
                })
        };
        // (Nor with a line the pages repeat: `…绩效A` / `3` / `某市人民政府公报 2023年第2期`.)
        let repeated_next = || {
            let Some(next) = lines[i + 1..].iter().find(|l| l.class != LineClass::Blank) else {
                return false;
            };
            let next = header_key(next, source);
            lines
                .iter()
                .filter(|l| l.class == LineClass::Text && header_key(l, source) == next)
                .count()
                >= 2
        };
        let subscript = after_letter && is_subscript(text) && !digit_next() && !repeated_next();
        let line = &mut lines[i];
        if is_page_number(text) && subscript {
            spared.push(i);
        } else if is_page_number(text) {
            remove(line, RemovalReason::PageNumber, removed);
            n_page_numbers += 1;
        } else if is_photo_caption(text) {
            remove(line, RemovalReason::SiteClutter, removed);
        }
        // (Letters a subscript goes with, `M`, `PM`, `CO`; not a name after a number, `5G`.)
        let letters = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        // (Invisible characters do not count: a repair removes them, `0\u{feff}a`.)
        after_letter = line.class == LineClass::Text
            && letters.len() < text.len()
            && !letters.trim_end_matches(is_blank).ends_with(is_digit);
    }
    let has_form_feeds = source.contains('\x0c');
    if n_page_numbers >= 2 || has_form_feeds || wrap_width.is_some() {
        mark_running_headers(source, lines, removed, wrap_width);
    }
    // Removing a site header can bring more metadata lines (a second copy of the scraper's
    // block) to the top, and those a header: repeat until the top is text, as a second repair
    // would find it.
    mark_repeated_copy(source, lines, removed);
    // A page's publication line near the top (`发布时间：2020/1/8 11:20:49 信息发布人：管理员`).
    for line in lines
        .iter_mut()
        .filter(|l| l.class == LineClass::Text)
        .take(METADATA_ZONE_LINES)
    {
        if is_publication_line(line.content(source)) {
            remove(line, RemovalReason::SiteClutter, removed);
        }
    }
    for _ in 0..MAX_EDGE_PASSES {
        let n_removed = removed.len();
        mark_metadata(source, lines, removed);
        mark_site_header(source, lines, removed);
        if removed.len() == n_removed {
            break;
        }
    }
    if body_anchor(source, lines).is_none() {
        mark_news_header(source, lines, removed);
    }
    // The same at the end: a removed footer can expose a repeated title page, and that a footer.
    for _ in 0..MAX_EDGE_PASSES {
        let n_removed = removed.len();
        mark_site_footer(source, lines, removed);
        mark_trailing_repeat(source, lines, removed, wrap_width);
        if removed.len() == n_removed {
            break;
        }
    }
    // A subscript whose letters went with the clutter is a page number, as a second repair
    // would find it (`A` / `00` / `来源：`).
    for i in spared {
        let before = lines[..i]
            .iter()
            .rev()
            .find(|l| l.class != LineClass::Removed);
        let letters = before
            .filter(|l| l.class == LineClass::Text)
            .is_some_and(|l| {
                let text = l.content(source);
                let head = text.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                head.len() < text.len() && !head.trim_end_matches(is_blank).ends_with(is_digit)
            });
        if !letters && lines[i].class == LineClass::Text {
            remove(&mut lines[i], RemovalReason::PageNumber, removed);
        }
    }
}

/// Characters that remain after repair (spaces and invisible characters do not count), so
/// that a line is judged the same before and after repair.
fn n_visible(text: &str) -> usize {
    text.chars().filter(|&c| !is_blank(c)).count()
}

/// The longest watermark, in bytes.
const MAX_WATERMARK_BYTES: usize = 160;

/// Cuts off a site's watermark glued to the end of its lines (`…增长1.3%。文章源自某站-https://…`):
/// a line with a web address that stands alone twice or more is removed, and so is its text
/// wherever a line ends with it.
pub(crate) fn strip_watermarks(source: &str, lines: &mut [Line], removed: &mut Vec<Removal>) {
    let is_mark = |text: &str| {
        text.len() <= MAX_WATERMARK_BYTES && (text.contains("http") || text.contains("www."))
    };
    let mut marks: Vec<(&str, usize)> = Vec::new();
    for line in lines.iter().filter(|l| l.class == LineClass::Text) {
        let text = line.content(source);
        if !is_mark(text) {
            continue;
        }
        match marks.iter_mut().find(|(m, _)| *m == text) {
            Some((_, n)) => *n += 1,
            None => marks.push((text, 1)),
        }
    }
    marks.retain(|&(_, n)| n >= 2);
    if marks.is_empty() {
        return;
    }
    for line in lines.iter_mut().filter(|l| l.class == LineClass::Text) {
        let text = line.content(source);
        let Some(&(mark, _)) = marks.iter().find(|(m, _)| text.ends_with(m)) else {
            continue;
        };
        if text == mark {
            remove(line, RemovalReason::SiteClutter, removed);
            continue;
        }
        let kept = text[..text.len() - mark.len()].trim_end_matches(super::clean::is_blank);
        let end = line.content.0 + kept.len();
        removed.push(Removal {
            span: Span::new(end, line.end),
            reason: RemovalReason::SiteClutter,
        });
        line.end = end;
        line.content.1 = end;
        line.width = super::lines::width(kept);
    }
}

fn remove(line: &mut Line, reason: RemovalReason, removed: &mut Vec<Removal>) {
    line.class = LineClass::Removed;
    removed.push(Removal {
        span: Span::new(line.start, line.end),
        reason,
    });
}

/// A number that a page set as a subscript or superscript, which its scraper put on a line of
/// its own after the letters it belongs to (`广义货币M` / `2` / `增长11.3%`): one or two digits
/// right after a line that ends in a Latin letter, not a page number.
fn is_subscript(text: &str) -> bool {
    // (Full-width digits too, as a page number may be written: the fold makes them the same.)
    let t = text.trim();
    (1..=2).contains(&t.chars().count()) && t.chars().all(is_digit)
}

/// `12`, `— 12 —`, `-12-`, `- 12 -`, `第12页`, `第 3 页 共 30 页`, `12/30`, `·12·`.
pub(crate) fn is_page_number(text: &str) -> bool {
    let dashes: &[char] = &['—', '-', '－', '―', '─', '–', '~', '～', '·', '•', '.'];
    // Most lines are text: tell them by their first character, then by their length, without
    // building the compact form.
    let first = text.chars().find(|&c| !is_blank(c));
    if !first.is_some_and(|c| is_digit(c) || matches!(c, '第' | 'P' | 'p') || dashes.contains(&c))
        || more_visible_than(text, 16)
    {
        return false;
    }
    let t: String = text.chars().filter(|&c| !is_blank(c)).collect();
    if t.is_empty() || t.chars().count() > 16 {
        return false;
    }
    let core = t.trim_matches(dashes);
    let all_digits = |s: &str| !s.is_empty() && s.chars().count() <= 4 && s.chars().all(is_digit);
    if all_digits(core) {
        return true;
    }
    // `P. 3`, `Page 3`: an e-book viewer's page.
    if let Some(rest) = ["Page", "page", "P.", "p."]
        .iter()
        .find_map(|p| core.strip_prefix(p))
    {
        return all_digits(rest);
    }
    if let Some(rest) = core.strip_prefix('第') {
        // 第12页 or 第12页共30页
        let mut parts = rest.split('页');
        let first = parts.next().unwrap_or("");
        let tail = parts.next().unwrap_or("");
        return all_digits(first)
            && (tail.is_empty()
                || tail
                    .strip_prefix('共')
                    .is_some_and(|n| all_digits(n) && parts.next() == Some("")));
    }
    if let Some((a, b)) = core.split_once('/') {
        return all_digits(a) && all_digits(b);
    }
    false
}

/// Whether `text` has more than `n` visible characters (see [`n_visible`]), counting only as
/// far as it needs to. Chinese ideographs are told by their first byte.
fn more_visible_than(text: &str, n: usize) -> bool {
    let bytes = text.as_bytes();
    let (mut i, mut count) = (0, 0);
    while i < bytes.len() && count <= n {
        let (len, visible) = match bytes[i] {
            b' ' | b'\t' => (1, false),
            0x00..=0x7F => (1, true),
            0xE4..=0xE9 => (3, true),
            _ => match text[i..].chars().next() {
                Some(c) => (c.len_utf8(), !is_blank(c)),
                None => break,
            },
        };
        count += usize::from(visible);
        i += len;
    }
    count > n
}

fn is_photo_caption(text: &str) -> bool {
    text.ends_with('摄') && text.contains("记者") && n_visible(text) <= 60
}

/// Short lines repeated on many pages are running headers or footers. In wrapped text a
/// header is shorter than the text lines: a full line is text, however often it repeats.
fn mark_running_headers(
    source: &str,
    lines: &mut [Line],
    removed: &mut Vec<Removal>,
    wrap_width: Option<f32>,
) {
    let short =
        |line: &Line| wrap_width.is_none_or(|w| line.width < w - super::lines::WRAP_TOLERANCE);
    // Digits do not count: a header often carries the page number (`政府工作报告 第3页`).
    let key = |line: &Line| header_key(line, source);
    // A line at a page edge: next to a page number, a page break or an end of the text, or
    // in the middle of a wrapped sentence (after a full line that does not end it, before a
    // line that goes on). In a short document a header appears on two pages only; it is one
    // if it stands at a page edge both times, or in the middle of a sentence once.
    // (`ends` says which last characters of the line before end what the header interrupts.)
    let interrupts_at = |i: usize, ends: fn(Option<char>) -> bool| -> bool {
        let Some(w) = wrap_width else {
            return false;
        };
        let prev = lines[..i].iter().rposition(|l| l.class == LineClass::Text);
        let next = (i + 1..lines.len()).find(|&j| lines[j].class == LineClass::Text);
        let (Some(p), Some(n)) = (prev, next) else {
            return false;
        };
        lines[p].width >= w - super::lines::WRAP_TOLERANCE
            && !ends(lines[p].content(source).chars().last())
            && !lines[n].is_indented()
            && !super::lines::starts_like_heading(lines[n].content(source))
    };
    let interrupts = |i: usize| interrupts_at(i, super::is_terminal_punct);
    // (Or the middle of a paragraph, a clause ended before it: `…增长4.2%；`. Each line that
    // interrupts a sentence interrupts a paragraph.)
    let in_paragraph = |i: usize| {
        interrupts_at(i, |c| {
            super::is_terminal_punct(c) && !matches!(c, Some('；' | ';'))
        })
    };
    let at_edge = |i: usize| -> bool {
        let neighbour =
            |j: Option<usize>| j.is_some_and(|j: usize| is_page_number(lines[j].content(source)));
        let prev = lines[..i].iter().rposition(|l| l.class != LineClass::Blank);
        let next = (i + 1..lines.len()).find(|&j| lines[j].class != LineClass::Blank);
        let after_break = source[..lines[i].start]
            .trim_end_matches(is_blank)
            .ends_with('\x0c');
        // The first and last lines of the text are at page edges too.
        prev.is_none() || next.is_none() || neighbour(prev) || neighbour(next) || after_break
    };
    // Or if its number changes, as a page number does (`2 某市人民政府文件`, `3 某市…`).
    let digits = |line: &Line| -> String {
        line.content(source)
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    };
    #[derive(Default)]
    struct Seen {
        /// Occurrences.
        n: usize,
        /// Occurrences at a page edge.
        at_edges: usize,
        /// The digits of the first occurrence.
        first_digits: String,
        /// Whether a later occurrence has other digits.
        numbered: bool,
        /// Whether an occurrence interrupts a sentence.
        interrupting: bool,
        /// Whether an occurrence interrupts a paragraph (a sentence, or after a clause).
        in_paragraph: bool,
        /// Occurrences right after a heading that stops mid-sentence: its wrapped tail
        /// (`（二）在深挖内需潜力、推动经济稳定增长上高质量开` / `新局`, under four parallel
        /// headings of the same length).
        heading_tails: usize,
    }
    let candidate = |line: &Line| {
        line.class == LineClass::Text && short(line) && is_header_candidate(line.content(source))
    };
    // Each candidate's key, once.
    let keys: Vec<Option<String>> = lines.iter().map(|l| candidate(l).then(|| key(l))).collect();
    let mut seen: FastMap<String, Seen> = FastMap::default();
    for (i, k) in keys.iter().enumerate() {
        let Some(k) = k else { continue };
        let number = digits(&lines[i]);
        let entry = seen.entry(k.clone()).or_insert_with(|| Seen {
            first_digits: number.clone(),
            ..Seen::default()
        });
        entry.n += 1;
        entry.at_edges += usize::from(at_edge(i));
        let in_para = in_paragraph(i);
        entry.in_paragraph |= in_para;
        entry.interrupting |= in_para && interrupts(i);
        // (One number, as a page's: not a table's row whose figures differ under the same
        // label, `家禽（万只） 1914.1 4.4` and `家禽（万只） 4712.6 12.5`.)
        let one_number = k.matches('#').count() == 1;
        entry.numbered |= one_number && !number.is_empty() && number != entry.first_digits;
    }
    // (Past a header numbered as pages are or naming a gazette's issue, between a heading and
    // its tail when a page broke there: `（六）…高质量开新` / `6 某市人民政府文件` / `局`.)
    let numbered_header: Vec<bool> = keys
        .iter()
        .map(|k| {
            k.as_ref().is_some_and(|k| {
                seen.get(k)
                    .is_some_and(|s| s.n >= 2 && (s.numbered || is_issue(k)))
            })
        })
        .collect();
    let heading_tail = |i: usize| -> bool {
        (0..i)
            .rev()
            .find(|&j| lines[j].class == LineClass::Text && !numbered_header[j])
            .is_some_and(|p| {
                let text = lines[p].content(source);
                super::lines::starts_like_heading(text)
                    && !super::is_terminal_punct(text.chars().last())
            })
    };
    for (i, k) in keys.iter().enumerate() {
        let Some(k) = k else { continue };
        let tail = heading_tail(i);
        if let Some(entry) = seen.get_mut(k) {
            entry.heading_tails += usize::from(tail);
        }
    }
    // (The first line of the text, when it is a report's title, stays its title: a header that
    // repeats it on later pages is no reason to lose it.)
    let first_text = lines.iter().position(|l| l.class == LineClass::Text);
    for (i, (line, k)) in lines.iter_mut().zip(&keys).enumerate() {
        let Some(k) = k else { continue };
        if Some(i) == first_text && super::is_title_line(line.content(source)) {
            continue;
        }
        let header = carries_page_number(line.content(source)) || {
            // A gazette's issue (`某市人民政府公报 2023年第2期`) heads its pages, wherever they
            // break, after headings too: it is no heading's wrapped tail; nor is a line whose
            // number changes as a page number does (`2 某市人民政府文件`, `3 …`).
            let issue = is_issue(k);
            seen.get(k)
                .filter(|s| s.heading_tails < s.n || issue || s.numbered)
                .is_some_and(|s| {
                    s.n >= MIN_HEADER_REPEATS
                        || s.n == 2
                            && (s.at_edges == 2
                                || s.interrupting
                                || s.numbered && k.chars().count() > 4
                                || issue)
                        // (Once, in a text of two pages: a report's title next to a page
                        // number in the middle of a paragraph, `…同口径增长4.2%；` / `— 2 —` /
                        // `某市人民政府工作报告` / `固定资产投资…`.)
                        || s.n == 1
                            && s.at_edges == 1
                            && s.in_paragraph
                            && super::is_title_line(line.content(source))
                })
        };
        if header {
            remove(line, RemovalReason::RunningHeader, removed);
        }
    }
}

/// A line as running headers are compared: its compact text with each run of digits as `#`
/// (a header often carries the page number, `政府工作报告 第3页`).
fn header_key(line: &Line, source: &str) -> String {
    let mut key = String::new();
    for c in line.compact(source).chars() {
        if !c.is_ascii_digit() {
            key.push(c);
        } else if !key.ends_with('#') {
            key.push('#');
        }
    }
    key
}

/// A digit, ASCII or full-width (the fold makes them the same).
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether a header's key (digits as `#`) names a gazette's issue (`某市人民政府公报 2023年第2期`).
fn is_issue(key: &str) -> bool {
    key.ends_with("年第#期")
}

/// A header with its page number (`政府工作报告（第2页）`), furniture even where it
/// appears once.
fn carries_page_number(content: &str) -> bool {
    let t = content.trim_end_matches([')', '）', ' ']);
    t.rfind('第').is_some_and(|at| {
        let title = t[..at].trim_end_matches(['（', '(', ' ']);
        is_page_number(&t[at..]) && title.chars().count() >= 2
    })
}

fn is_header_candidate(content: &str) -> bool {
    !super::is_terminal_punct(content.chars().last())
        && n_visible(content) <= MAX_FURNITURE_CHARS
        && !super::lines::starts_like_heading(content)
}

/// Visible characters of a site footer, from its first marker line to the end (some sixteen
/// short lines), and of the end of a page where its first marker is looked for: counted in
/// characters, which a repair keeps, not in lines, which it joins (so that a second repair
/// finds the same footer, or none).
const MAX_FOOTER_CHARS: usize = 16 * MAX_FURNITURE_CHARS;
const FOOTER_ZONE_CHARS: usize = 30 * MAX_FURNITURE_CHARS;

/// Rounds of removal at each edge of a text: metadata and site header at the top, footer and
/// repeated title page at the end.
const MAX_EDGE_PASSES: usize = 8;

/// `标题：`, `发文单位：`, `来源URL：`, `正文：` lines that a scraper put above the text.
fn mark_metadata(source: &str, lines: &mut [Line], removed: &mut Vec<Removal>) {
    // A front matter (`---` / `title: …` / `---`), as blog and feed tools write above a page.
    const MAX_FRONT_MATTER_LINES: usize = 40;
    let mut text_lines = lines.iter_mut().filter(|l| l.class == LineClass::Text);
    if let Some(first) = text_lines.next().filter(|l| l.content(source) == "---") {
        let block: Vec<&mut Line> = text_lines.take(MAX_FRONT_MATTER_LINES).collect();
        if let Some(close) = block.iter().position(|l| l.content(source) == "---") {
            remove(first, RemovalReason::ScraperMetadata, removed);
            for line in block.into_iter().take(close + 1) {
                remove(line, RemovalReason::ScraperMetadata, removed);
            }
            return;
        }
    }
    for line in lines
        .iter_mut()
        .filter(|l| l.class == LineClass::Text)
        .take(METADATA_ZONE_LINES)
    {
        // Only a block of them at the very top; a `标题：` line further down is text.
        if !is_metadata_line(line.content(source)) {
            break;
        }
        remove(line, RemovalReason::ScraperMetadata, removed);
    }
}

/// A line of a scraper's block above the text: a key and a colon (`标题：…`, `发文单位：…`).
fn is_metadata_line(content: &str) -> bool {
    const KEYS: &[&str] = &[
        "标题",
        "发文单位",
        "发文机关",
        "发文时间",
        "发文字号",
        "发布时间",
        "发布日期",
        "成文日期",
        "来源URL",
        "来源网址",
        "原文链接",
        "原文地址",
        "URL",
        "网址",
        "正文",
        "索引号",
        "主题分类",
        "报告人",
        "会议",
        "作者",
        "来源",
        "发布机构",
        "文号",
        "关键词",
    ];
    let key = content
        .split(['：', ':'])
        .next()
        .unwrap_or("")
        .trim_matches(is_edge);
    content.len() > key.len() && KEYS.contains(&key) || is_metadata_row(content)
}

/// The keys of the table a government site sets above a document it publishes
/// (`文件名称 | 某区2025年政府工作报告 | 索引号 | …`, `有效性 | 有效 | 公开日期： | …`).
pub(crate) const METADATA_TABLE_KEYS: &[&str] = &[
    "文件名称",
    "名称",
    "标题",
    "索引号",
    "信息索引号",
    "公开目录",
    "主题分类",
    "组配分类",
    "体裁分类",
    "公开责任部门",
    "发布机构",
    "发文机关",
    "所属机构",
    "公开形式",
    "公开方式",
    "公开范围",
    "文号",
    "发文字号",
    "成文日期",
    "发文日期",
    "发布日期",
    "公开日期",
    "生成日期",
    "有效性",
    "关键词",
];

/// A cell of a publication table as its key reads: `[ 索引号 ]`, `成文日期：` are `索引号`,
/// `成文日期`.
pub(crate) fn table_key(cell: &str) -> &str {
    cell.trim_matches(|c: char| is_edge(c) || matches!(c, '[' | ']' | '【' | '】' | '：' | ':'))
}

/// What parts the cells of a publication table's row.
pub(crate) const TABLE_CELL_SEPARATORS: [char; 3] = ['|', '｜', '\t'];

/// A row of a government site's publication table: cells apart by `|` or tabs, the first a
/// key of it.
fn is_metadata_row(content: &str) -> bool {
    let mut cells = content.split(TABLE_CELL_SEPARATORS);
    let first = table_key(cells.next().unwrap_or_default());
    cells.next().is_some() && METADATA_TABLE_KEYS.contains(&first)
}

/// A website's control on a line of its own, which no report writes: font size, view counts,
/// sharing (`【字体：大 中 小】`, `浏览次数：1234`, `分享到：`).
fn is_page_widget(text: &str) -> bool {
    const WIDGETS: &[&str] = &[
        "【字体",
        "【字号",
        "字体：",
        "字号：",
        "浏览次数",
        "点击数：",
        "阅读次数",
        "分享到",
        "扫一扫在手机",
    ];
    let t = text.trim_matches(is_edge).trim();
    WIDGETS.iter().any(|w| t.starts_with(w)) && n_visible(t) <= MAX_FURNITURE_CHARS
}

/// A line that only a website prints: controls, breadcrumbs, source and editor lines.
pub(crate) fn is_site_clutter(text: &str) -> bool {
    let text = text.trim_matches(is_edge);
    const EXACT: &[&str] = &[
        "A-",
        "A+",
        "A",
        "大",
        "中",
        "小",
        "打印",
        "关闭",
        "关闭窗口",
        "打印本页",
        "收藏",
        "分享",
        "分享到",
        "返回顶部",
        "字号",
        ">>",
        ">",
        "»",
        "首页",
        "网站首页",
        "网站地图",
        "相关新闻",
        "相关链接",
        "相关文章",
        "上一篇",
        "下一篇",
        "【打印】",
        "【关闭】",
        "【返回顶部】",
        "扫一扫",
        "微信",
        "微博",
        "QQ空间",
        "分享到：",
        "：",
        // The brackets of a font-size widget (`【` / `字体：` / `大` / `中` / `小` / `】`).
        "【",
        "】",
        "纠错",
        "我要纠错",
    ];
    const PREFIXES: &[&str] = &[
        "责任编辑",
        "来源：",
        "来源:",
        "您当前的位置",
        "您现在的位置",
        "当前位置",
        "您的位置",
        "版权所有",
        "技术支持",
        "主办单位",
        "承办单位",
        "【字体",
        "【字号",
        "字号：",
        "字体：",
        "上一篇：",
        "下一篇：",
        "扫一扫在手机",
        "浏览次数",
        "点击数",
        "阅读次数",
        "编辑：",
        "审核：",
    ];
    const CONTAINS: &[&str] = &[
        "ICP备",
        "版权所有",
        "Copyright",
        "©",
        "公网安备",
        "网站标识码",
    ];
    let t = text.trim();
    EXACT.contains(&t)
        || PREFIXES.iter().any(|p| t.starts_with(p))
        || CONTAINS.iter().any(|c| t.contains(c))
        || is_timestamp(t)
        || is_breadcrumb(t)
}

/// Where a page sits in its site, from its home page (`首页 > 政务公开 > 规划计划 > 政府工作报告`,
/// `网站首页>>新闻中心>>政务要闻`).
fn is_breadcrumb(text: &str) -> bool {
    const HOMES: &[&str] = &["首页", "网站首页", "主页", "门户首页"];
    const SEPARATORS: [char; 5] = ['>', '＞', '›', '»', '〉'];
    // (Told at once of most lines, which hold no separator.)
    if !text.contains(SEPARATORS) {
        return false;
    }
    let mut items = text
        .split(SEPARATORS)
        .map(str::trim)
        .filter(|i| !i.is_empty());
    let Some(home) = items.next() else {
        return false;
    };
    let rest: Vec<&str> = items.collect();
    HOMES.contains(&home)
        && rest.len() >= 2
        && rest.iter().all(|i| is_menu_item(i, MAX_TITLE_ITEM_CHARS))
}

/// `2022-01-24 09:09:00`, `2024/1/5 10:00`, a publication time.
pub(crate) fn is_timestamp(t: &str) -> bool {
    let (date, time) = t.split_once(' ').unwrap_or((t, ""));
    let Some(sep) = date.get(4..5) else {
        return false;
    };
    let parts: Vec<&str> = date.split(sep).collect();
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    ["-", "/", "."].contains(&sep)
        && parts.len() == 3
        && digits(parts[0], 4..=4)
        && parts[1..].iter().all(|p| digits(p, 1..=2))
        && time
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b' ')
}

/// The longest entry of a breadcrumb, the last often the page's own title.
const MAX_TITLE_ITEM_CHARS: usize = 30;

/// The longest entry of a menu in a page's header.
const MAX_HEADER_MENU_CHARS: usize = 10;

/// A site menu's entry: a few characters, no punctuation or digits (at most `max_chars`: 10
/// in a page's header, 14 in the link lists before a footer, `省各设区市及省直管县（市）`).
fn is_menu_item(text: &str, max_chars: usize) -> bool {
    let n = n_visible(text);
    // (Digits of either width: the repair folds full-width ones, and a line is judged the same
    // before and after it.)
    n <= max_chars
        && !text
            .chars()
            .any(|c| "。，；！？：、,.;!?．".contains(c) || is_digit(c))
}

/// Where the report itself begins: the meeting line (less its title), `各位代表`, or `None`.
fn body_anchor(source: &str, lines: &[Line]) -> Option<usize> {
    let text_lines = || {
        lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.class == LineClass::Text)
    };
    if let Some((i, _)) = text_lines().find(|(_, l)| is_meeting_line_start(l.content(source))) {
        // The title stands just above the meeting line (not the site's clutter: the `】` of a
        // font-size widget).
        let title = lines[..i]
            .iter()
            .rposition(|l| l.class == LineClass::Text)
            .filter(|&t| {
                let text = lines[t].content(source);
                n_visible(text) <= 30 && !is_site_clutter(text)
            });
        // (And the pieces a page's links cut it into, from its `关于`: `关于河北省国民` /
        // `经济和社会发` / `展第十个五年计划纲要的报告`.)
        let title = title.map(|t| cut_title_start(source, lines, t).unwrap_or(t));
        return Some(title.unwrap_or(i));
    }
    text_lines()
        .find(|(_, l)| l.content(source).starts_with("各位代表"))
        .map(|(i, _)| i)
}

/// The line a title cut by links starts on, up to three short pieces of ideographs above its
/// last line `t`, the first opening with `关于`.
fn cut_title_start(source: &str, lines: &[Line], t: usize) -> Option<usize> {
    let mut above = (0..t).rev().filter(|&j| lines[j].class == LineClass::Text);
    for _ in 0..3 {
        let j = above.next()?;
        let piece = lines[j]
            .content(source)
            .trim_matches(super::clean::is_blank);
        if !(1..=10).contains(&piece.chars().count())
            || !piece.chars().all(crate::numbers::is_ideograph)
        {
            return None;
        }
        if piece.starts_with("关于") {
            return Some(j);
        }
    }
    None
}

/// Website header: if the zone above the report has clutter, everything above its last
/// clutter line is the site's (banners, slogans, menus, breadcrumbs, the article headline).
fn mark_site_header(source: &str, lines: &mut [Line], removed: &mut Vec<Removal>) {
    let Some(anchor) = body_anchor(source, lines) else {
        return;
    };
    let zone: Vec<usize> = (0..anchor)
        .filter(|&i| lines[i].class == LineClass::Text)
        .collect();
    let mut clutter = vec![false; zone.len()];
    for (k, &i) in zone.iter().enumerate() {
        // (A menu bar on one line too: `首页 | 政务公开 | 政府信息公开 | 政策文件`.)
        let text = lines[i].content(source);
        clutter[k] = is_site_clutter(text) || is_menu_bar(text);
    }
    // Menu runs.
    let mut k = 0;
    while k < zone.len() {
        let run = zone[k..]
            .iter()
            .take_while(|&&i| is_menu_item(lines[i].content(source), MAX_HEADER_MENU_CHARS))
            .count();
        if run >= MIN_MENU_RUN {
            clutter[k..k + run].iter_mut().for_each(|c| *c = true);
        }
        k += run.max(1);
    }
    // (A breadcrumb alone says the page is a site's: `首页 > 政务公开 > … > 政府工作报告`.)
    let breadcrumb = zone
        .iter()
        .any(|&i| is_breadcrumb(lines[i].content(source)));
    if clutter.iter().filter(|&&c| c).count() < 3 && !breadcrumb {
        // (A page's widgets alone, around a title the page kept: `【字体：大 中 小】`.)
        for &i in &zone {
            if is_page_widget(lines[i].content(source)) {
                remove(&mut lines[i], RemovalReason::SiteClutter, removed);
            }
        }
        return;
    }
    let Some(last) = clutter.iter().rposition(|&c| c) else {
        return;
    };
    for &i in &zone[..=last] {
        remove(&mut lines[i], RemovalReason::SiteClutter, removed);
    }
}

/// The longest headline of a news page.
const MAX_HEADLINE_CHARS: usize = 40;

/// A news page's header, where no meeting line or greeting anchors the report (a statistics
/// bureau's release, a news story): its headline is the line above its byline (`来源：…`,
/// `发布时间：…`). Every line above the headline is the site's (banners, menus, breadcrumbs),
/// and so are the byline and the page's widgets after it; the headline stays, as the title.
fn mark_news_header(source: &str, lines: &mut [Line], removed: &mut Vec<Removal>) {
    // (With the publication line, removed already: `时间:2024-07-12 作者: 来源:国家统计局`.)
    let zone: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines[i].class == LineClass::Text
                || lines[i].class == LineClass::Removed
                    && is_publication_line(lines[i].content(source))
        })
        .take(METADATA_ZONE_LINES)
        .collect();
    let Some(byline) = (1..zone.len()).find(|&k| is_byline(lines[zone[k]].content(source))) else {
        return;
    };
    let headline = lines[zone[byline - 1]].content(source);
    // (Not a numbered heading, `一、A`, which a repair may have joined from lines of which the
    // one above the byline was too short for a headline: a second repair decides the same.)
    let is_headline = (2..=MAX_HEADLINE_CHARS).contains(&n_visible(headline))
        && !super::lines::starts_like_heading(headline)
        // (Nor a scraper's `标题：…`, which a second repair finds at the top and removes.)
        && !is_metadata_line(headline)
        && !headline.contains(['。', '；'])
        && !is_site_clutter(headline)
        && !is_menu_bar(headline);
    // (Only a site's chrome above it, short lines without a sentence: not a report's text
    // above a chart's `来源：…` note.)
    let chrome = zone[..byline - 1].iter().all(|&i| {
        let text = lines[i].content(source);
        n_visible(text) <= MAX_FURNITURE_CHARS && !text.contains(['。', '；', '，'])
    });
    if !is_headline || !chrome {
        return;
    }
    let after = zone[byline..]
        .iter()
        .take_while(|&&i| {
            let text = lines[i].content(source);
            is_site_clutter(text) || is_page_widget(text) || is_byline(text)
        })
        .count();
    for &i in zone[..byline - 1]
        .iter()
        .chain(&zone[byline..byline + after])
    {
        if lines[i].class != LineClass::Removed {
            remove(&mut lines[i], RemovalReason::SiteClutter, removed);
        }
    }
}

/// A news page's byline: where the story comes from or when it was published
/// (`来源：市统计局 发布时间：2024-10-25 09:30`, `2022-01-24 09:09:00`).
fn is_byline(text: &str) -> bool {
    let t = text.trim_matches(is_edge).trim();
    n_visible(t) <= 2 * MAX_FURNITURE_CHARS
        && (["来源：", "来源:", "作者：", "作者:"]
            .iter()
            .any(|w| t.starts_with(w))
            || t.contains("发布时间：")
            || is_publication_line(t)
            || is_timestamp(t)
            // (`2025年03月07日09:19 来源:江苏广电总台`: the time first.)
            || opens_with_year(t) && ["来源", "作者"].iter().any(|w| t.contains(w)))
}

/// Whether `text` opens with a year in digits of a date (`2025年03月`, `2025-03-07`), of
/// either width (the repair folds full-width ones).
fn opens_with_year(text: &str) -> bool {
    let rest = text.trim_start_matches(is_digit);
    let digits = text[..text.len() - rest.len()].chars().count();
    digits == 4 && rest.starts_with(['年', '-', '/', '.', '－', '／', '．'])
}

/// A site's menu bar on one line: three or more short names apart by `|` or spaces
/// (`首页 | 新闻中心 | 政务公开 | 办事服务`), not a title spaced out letter by letter.
fn is_menu_bar(text: &str) -> bool {
    let items: Vec<&str> = text
        .split(|c: char| matches!(c, '|' | '｜' | '·') || c.is_whitespace())
        .filter(|item| !item.is_empty())
        .collect();
    items.len() >= 3
        && items.iter().all(|item| {
            (2..=8).contains(&item.chars().count())
                && item.chars().all(crate::numbers::is_ideograph)
        })
}

/// Least width of a line (in Chinese characters) that can show a second copy of the text.
const COPY_LINE_WIDTH: f32 = 20.0;

/// A web page that holds the report twice (a print version below the article, a scraper that
/// took the page twice): the second copy, from where a run of long lines repeats the text
/// above, with the short lines (footer, menus, breadcrumbs) between the two copies. Only a copy
/// of at least a quarter of the text after such lines counts, so that a passage quoted twice
/// stays, and so does a text pasted twice in a row.
fn mark_repeated_copy(source: &str, lines: &mut [Line], removed: &mut Vec<Removal>) {
    let text: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class == LineClass::Text)
        .collect();
    let long = |k: usize| lines[text[k]].width >= COPY_LINE_WIDTH;
    // A line by its length and first bytes: the copies of a page are the same bytes, and
    // lines are compared as they are.
    let key = |k: usize| {
        let content = lines[text[k]].content(source).as_bytes();
        content[..content.len().min(24)]
            .iter()
            .fold(content.len() as u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            })
    };
    let same =
        |a: usize, b: usize| lines[text[a]].content(source) == lines[text[b]].content(source);
    let mut first_seen: FastMap<u64, usize> =
        FastMap::with_capacity_and_hasher(text.len(), Default::default());
    let mut total = None;
    let mut k = 0;
    while k < text.len() {
        if !long(k) {
            k += 1;
            continue;
        }
        let hash = key(k);
        let Some(&earlier) = first_seen.get(&hash) else {
            first_seen.insert(hash, k);
            k += 1;
            continue;
        };
        if !same(earlier, k) {
            k += 1;
            continue;
        }
        // How far the text from `earlier` repeats from `k` on.
        let mut run = 1;
        while k + run < text.len() && earlier + run < k && same(earlier + run, k + run) {
            run += 1;
        }
        let visible = |range: std::ops::Range<usize>| -> usize {
            range
                .map(|j| n_visible(lines[text[j]].content(source)))
                .sum()
        };
        let total = *total.get_or_insert_with(|| visible(0..text.len()));
        let long_lines = (k..k + run).filter(|&j| long(j)).count();
        // The lines between the two copies go with the second. A page has short ones there
        // (its footer, menus, a breadcrumb); a text that runs on into its own repetition is
        // no page's second copy.
        let between = earlier + run..k;
        let copy = long_lines >= 3 && visible(k..k + run) * 4 >= total;
        if !copy || between.len() < 2 || between.clone().any(long) {
            // Past the run: each line is compared in one run at most (linear time).
            k += run;
            continue;
        }
        for j in earlier + run..k + run {
            remove(&mut lines[text[j]], RemovalReason::RepeatedCopy, removed);
        }
        return;
    }
}

/// The labels of when a web page was published (`发布时间：`), longest first.
pub(crate) const PUBLICATION_LABELS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发表时间",
    "更新时间",
    "时间",
    "日期",
];

/// `发布时间：2020/1/8 11:20:49`, `发布日期：2023-01-12 来源：…`, `日期：2026-01-27 08:42:17`:
/// when a web page was published, a date right after the label.
pub(crate) fn is_publication_line(text: &str) -> bool {
    let Some(rest) = PUBLICATION_LABELS.iter().find_map(|l| text.strip_prefix(l)) else {
        return false;
    };
    let Some(value) = rest.strip_prefix(['：', ':']) else {
        return false;
    };
    opens_with_year(value.trim_start())
}

/// Words that make a line part of a site footer wherever they stand in it.
const FOOTER_ANYWHERE: &[&str] = &[
    "版权所有",
    "ICP备",
    "Copyright",
    "网站标识码",
    "公安机关备案号",
    "公网安备",
    // `上班时间：周一至周五 上午：8:30-12:00 …`
    "上班时间：",
    // A news site's promotion of its app or a gift (`海量资讯、精准解读，尽在新浪财经APP`,
    // `…现金红包等你拿，100%中奖>>`).
    "等你拿",
    "中奖>>",
    "下载APP",
    "尽在新浪",
];

/// Words a site footer's lines start with (`[打印本页]`, `法律声明`, `网站地图`).
const FOOTER_LEADING: &[&str] = &[
    "责任编辑",
    "分享到",
    "相关新闻",
    "相关链接",
    "网站地图",
    "技术支持",
    "【打印】",
    "打印本页",
    "关闭窗口",
    "法律声明",
    "关于本站",
    "返回顶部",
    "上一篇",
    "下一篇",
    "扫一扫",
    "友情链接",
    "主办单位",
    "联系地址",
];

/// Website footer: from the first footer marker near the end, if only short lines follow.
fn mark_site_footer(source: &str, lines: &mut [Line], removed: &mut Vec<Removal>) {
    let text: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class == LineClass::Text)
        .collect();
    // The lines that end the page within its last `FOOTER_ZONE_CHARS` visible characters.
    let mut zone = 0;
    let tail_from = text
        .iter()
        .rposition(|&i| {
            zone += n_visible(lines[i].content(source));
            zone > FOOTER_ZONE_CHARS
        })
        .map_or(0, |k| k + 1);
    // A footer line starts with its marker (`责任编辑：…`, `上一篇：…`, `【打印】`); only the
    // distinctive `版权所有` and `ICP备` may stand anywhere in it. A marker word inside a
    // sentence (`各位扫一扫代表`) is text.
    let is_marker = |s: &str| {
        let start = s.trim_start_matches(|c: char| is_edge(c) || "[【（(·|".contains(c));
        FOOTER_ANYWHERE.iter().any(|m| s.contains(m))
            || FOOTER_LEADING.iter().any(|m| start.starts_with(m))
    };
    // (The first marker from which the page ends as a footer does: a marker word opening a
    // line of the report's prose, which a repair may join to the line before, is passed over.)
    let markers: Vec<usize> = (tail_from..text.len())
        .filter(|&k| is_marker(lines[text[k]].content(source)))
        .collect();
    for marker in markers {
        if let Some(first) = footer_from(source, lines, &text, marker) {
            for &i in &text[first..] {
                remove(&mut lines[i], RemovalReason::SiteClutter, removed);
            }
            return;
        }
    }
}

/// Where the footer that a marker at `text[marker]` opens starts (with a site's menu right
/// before it), if the lines from it to the end read as a footer: a few short lines ending a
/// page.
fn footer_from(source: &str, lines: &[Line], text: &[usize], marker: usize) -> Option<usize> {
    let mut first = marker;
    // A site's menu right before it, a few names a line (`省各设区市及省直管县（市）` / `石家庄市`
    // / …), is part of it.
    const MIN_MENU_LINES: usize = 3;
    const MAX_MENU_ITEM_CHARS: usize = 14;
    let menu = text[..first]
        .iter()
        .rev()
        .take_while(|&&i| is_menu_item(lines[i].content(source), MAX_MENU_ITEM_CHARS))
        .count();
    if menu >= MIN_MENU_LINES {
        first -= menu;
    }
    // A footer is a few short lines; more than that from a marker on is report text that
    // happens to hold a marker word (a short report, a quoted `下一篇`).
    // A long line in it is one of its own (`Copyright © 2007-2018 … 版权所有：…`).
    // (And none is a sentence of prose, which a repair may join into a short line or split
    // off one: `联系地址過去一年，面對…`.)
    let all_short = text[first..].iter().all(|&i| {
        let content = lines[i].content(source);
        n_visible(content) <= MAX_FURNITURE_CHARS && !content.contains(['，', '。'])
            || FOOTER_ANYWHERE.iter().any(|m| content.contains(m))
    });
    // And it ends a page: the report is above it, so it is never most of the text. Counted
    // in visible characters, which a repair keeps, not in lines, which it joins.
    let visible = |from: usize, to: usize| -> usize {
        text[from..to]
            .iter()
            .map(|&i| n_visible(lines[i].content(source)))
            .sum()
    };
    let ends_a_page = visible(0, first) >= visible(first, text.len());
    (all_short && ends_a_page && visible(first, text.len()) <= MAX_FOOTER_CHARS).then_some(first)
}

/// Last lines that repeat earlier lines (a truncated running footer at the end, or the tail
/// of a repeated title page): removed from the end while they do, so that a second repair
/// finds nothing more to remove.
fn mark_trailing_repeat(
    source: &str,
    lines: &mut [Line],
    removed: &mut Vec<Removal>,
    wrap_width: Option<f32>,
) {
    // The running footer repeats a line of the title page (the meeting line, the title). The
    // title page is measured in visible characters, which a repair keeps, not in lines, which
    // it joins. Each compact line of it, with where it first stands.
    let mut title_page: FastMap<String, usize> = FastMap::default();
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate() {
        if seen >= TITLE_PAGE_CHARS {
            break;
        }
        if line.class == LineClass::Text {
            seen += n_visible(line.content(source));
            title_page.entry(line.compact(source)).or_insert(i);
        }
    }
    // From the end, one line at a time: each search starts where the last one stopped.
    let mut end = lines.len();
    while let Some(last) = trailing_repeat(source, &lines[..end], wrap_width, &title_page) {
        remove(&mut lines[last], RemovalReason::RunningHeader, removed);
        end = last;
    }
}

/// The last text line, if it is short and repeats a line of the title page before it.
fn trailing_repeat(
    source: &str,
    lines: &[Line],
    wrap_width: Option<f32>,
    title_page: &FastMap<String, usize>,
) -> Option<usize> {
    let last = lines.iter().rposition(|l| l.class == LineClass::Text)?;
    if wrap_width.is_some_and(|w| lines[last].width >= w - super::lines::WRAP_TOLERANCE) {
        return None; // a full line is text
    }
    let content = lines[last].content(source);
    if n_visible(content) > MAX_FURNITURE_CHARS || super::is_terminal_punct(content.chars().last())
    {
        return None;
    }
    if crate::outline::numbering::scan_marker(content).is_some() {
        return None; // a numbered heading is text, even when a short one repeats
    }
    title_page
        .get(&lines[last].compact(source))
        .is_some_and(|&first| first < last)
        .then_some(last)
}
