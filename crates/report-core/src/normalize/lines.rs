//! Lines of the source: where they are, how wide they are, what they look like.

use super::clean::{is_blank, is_space};

/// Lines within this many CJK widths of the wrap width count as full.
pub(crate) const WRAP_TOLERANCE: f32 = 2.5;

/// Fewest text lines for a wrap width to be trusted.
const MIN_WRAPPED_LINES: usize = 8;
/// Fewest lines at one width, half of them stopping mid-sentence, for a wrap width to be
/// trusted in a short text.
const MIN_CUT_LINES: usize = 5;

/// What a line is, after furniture detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineClass {
    /// Only whitespace.
    Blank,
    /// Page furniture or clutter; its span is in the removed list.
    Removed,
    /// Report text.
    Text,
}

/// One line of the source, without its terminator.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// First byte of the line.
    pub start: usize,
    /// One past the last byte, before the line terminator.
    pub end: usize,
    /// Display width of the trimmed content, CJK characters 1 and ASCII 0.5.
    pub width: f32,
    /// Display width of the leading whitespace.
    pub indent_width: f32,
    /// Bytes of the content: the line without leading and trailing whitespace.
    pub content: (usize, usize),
    /// Its class.
    pub class: LineClass,
}

impl Line {
    /// Whether the line opens with a real indentation (a single leading space is a page-start
    /// artefact of an extraction, not an indent).
    pub fn is_indented(&self) -> bool {
        self.indent_width >= 1.0
    }

    /// The line without leading and trailing whitespace.
    pub fn content<'s>(&self, source: &'s str) -> &'s str {
        &source[self.content.0..self.content.1]
    }

    /// The content with every space removed, for comparing repeated lines.
    /// Characters are folded as the repair writes them (`―` as `—`, `１` as `1`), so that a
    /// line compares the same before and after repair.
    pub fn compact(&self, source: &str) -> String {
        let content = self.content(source);
        let mut out = String::with_capacity(content.len());
        let mut chars = content.chars().filter(|&c| !is_space(c)).peekable();
        let mut prev = None;
        while let Some(c) = chars.next() {
            let folded = super::clean::fold(c, prev, chars.peek().copied());
            out.push(folded);
            prev = Some(folded);
        }
        out
    }
}

/// Splits `source` at LF, CRLF, CR and form feed.
pub(crate) fn split_lines(source: &str) -> Vec<Line> {
    let bytes = source.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' || b == b'\r' || b == 0x0c {
            lines.push(make_line(source, start, i));
            i += if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            start = i;
        } else {
            i += 1;
        }
    }
    if start < bytes.len() {
        lines.push(make_line(source, start, bytes.len()));
    }
    lines
}

fn make_line(source: &str, start: usize, end: usize) -> Line {
    let raw = &source[start..end];
    let lead = raw.len() - raw.trim_start_matches(is_blank).len();
    let content = raw[lead..].trim_end_matches(is_blank);
    Line {
        start,
        end,
        width: width(content),
        indent_width: width(&raw[..lead]),
        content: (start + lead, start + lead + content.len()),
        class: if content.is_empty() {
            LineClass::Blank
        } else {
            LineClass::Text
        },
    }
}

/// Display width: CJK and other wide characters 1, ASCII and tabs 0.5. Full-width digits and
/// letters count as the ASCII they fold to, and ASCII punctuation the repair writes full-width
/// (`增长9%,比重`) as full-width, so that the repair reads a text the same way whichever width
/// its digits and punctuation were typed in.
pub(crate) fn width(text: &str) -> f32 {
    let bytes = text.as_bytes();
    let mut halves = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        let (len, w) = match bytes[i] {
            b',' | b';' | b'!' | b'?' | b':' => (1, if folds_wide(text, i) { 2 } else { 1 }),
            0x00..=0x7F => (1, 1),
            // Chinese ideographs (U+4E00..U+9FFF): told by their first byte.
            0xE4..=0xE9 => (3, 2),
            _ => match text[i..].chars().next() {
                Some(c) => (
                    c.len_utf8(),
                    match c {
                        '\u{3000}' => 2,
                        _ if super::clean::is_blank(c) => 0,
                        _ if super::clean::folds_to_ascii(c) => 1,
                        _ => 2,
                    },
                ),
                None => break,
            },
        };
        halves += w;
        i += len;
    }
    halves as f32 / 2.0
}

/// Whether the repair writes the ASCII punctuation mark at byte `at` full-width (`增长9%,比重`),
/// as its fold decides from the characters around it (the one before as written: `¡:,`).
fn folds_wide(text: &str, at: usize) -> bool {
    use super::clean::{fold, is_invisible, is_space};
    let shown = |c: &char| !is_invisible(*c) && !is_space(*c);
    let mut before = text[..at].char_indices().rev().filter(|(_, c)| shown(c));
    let prev = before.next().map(|(i, c)| match c {
        ',' | ';' | '!' | '?' | ':' => fold(
            c,
            before.next().map(|(_, p)| p),
            text[i + 1..].chars().find(shown),
        ),
        c => c,
    });
    let next = text[at + 1..].chars().find(shown);
    !fold(char::from(text.as_bytes()[at]), prev, next).is_ascii()
}

/// Finds the fixed width the text lines were wrapped at, if most of them share one.
pub(crate) fn detect_wrap_width(source: &str, lines: &[Line]) -> Option<f32> {
    // Histogram of widths in half units.
    let mut histogram: Vec<usize> = Vec::new();
    let mut n_text = 0;
    for line in lines.iter().filter(|l| l.class == LineClass::Text) {
        n_text += 1;
        let half = (line.width * 2.0) as usize;
        if half >= histogram.len() {
            histogram.resize(half + 1, 0);
        }
        histogram[half] += 1;
    }
    if n_text < MIN_WRAPPED_LINES {
        return None;
    }
    let window = (WRAP_TOLERANCE * 2.0) as usize;
    let mut best = (0usize, 0usize); // (count, half width)
                                     // Plausible wrap widths: 15 to 90 characters.
    for top in 30..histogram.len().min(181) {
        let count: usize = histogram[top.saturating_sub(window)..=top].iter().sum();
        if count >= best.0 {
            best = (count, top);
        }
    }
    // Longer lines than the wrap width are rare in a wrapped text.
    let longer: usize = histogram.iter().skip(best.1 + 3).sum();
    // The margin is the widest line actually seen in the window.
    let top = (best.1.saturating_sub(window)..=best.1)
        .rev()
        .find(|&h| histogram.get(h).is_some_and(|&n| n > 0))
        .unwrap_or(best.1);
    // Most lines at the margin; or, in a short text with many short lines (headings, list
    // items, paragraph ends), at least a third there and almost none beyond it.
    let most = best.0 * 100 >= n_text * 45 && longer * 100 <= n_text * 15;
    let many =
        best.0 >= MIN_WRAPPED_LINES && best.0 * 100 >= n_text * 35 && longer * 100 <= n_text * 5;
    // Or a quarter there (five lines at least) when half of those stop mid-sentence, cut by
    // the wrap (a web page's paragraphs, however long, end with their sentences, and its lines
    // cut at links are of any width; a short report laid out as a PDF has as many headings and
    // list items as wrapped lines).
    let cut = || {
        let at_margin = |l: &&Line| {
            let half = (l.width * 2.0) as usize;
            l.class == LineClass::Text && half <= best.1 && half + window >= best.1
        };
        let cut = lines
            .iter()
            .filter(at_margin)
            .filter(|l| {
                // (Cut after a character of the text, not control codes or symbols.)
                let text = l.content(source);
                super::stops_mid_sentence(text)
                    && text.chars().next_back().is_some_and(|c| {
                        crate::numbers::is_ideograph(c) || c.is_ascii_alphanumeric() || c == '%'
                    })
            })
            .count();
        best.0 >= MIN_CUT_LINES
            && cut >= 3
            && cut * 2 >= best.0
            && best.0 * 100 >= n_text * 25
            && longer * 100 <= n_text * 5
    };
    if most || many || cut() {
        Some(top as f32 / 2.0)
    } else {
        None
    }
}

/// `——2023年1月7日在…` (or with `--`, `－－`): the line naming the meeting and date.
pub(crate) fn is_meeting_line_start(text: &str) -> bool {
    if !text.starts_with(['—', '-', '－', '―', '─', '–', ' ', '\u{3000}']) {
        return is_bare_meeting_start(text);
    }
    let rest = text.trim_start_matches(['—', '-', '－', '―', '─', '–', ' ', '\u{3000}']);
    // Or with the date after the meeting (`—在河北省第十届人民代表大会第二次会议上（二〇〇四年
    // 一月八日）`), as far as a wrapped line shows it.
    let undated = rest.starts_with('在')
        && ["会议上", "大会上"].iter().any(|w| rest.contains(w))
        && rest.chars().count() <= 60;
    rest.len() + 2 <= text.len() && (is_dated_meeting(rest) || undated)
}

/// A meeting line without the dash before it, as many reports set it, also wrapped
/// (`2025年3月21日在汉滨区第十九届` / `人民代表大会第四次会议上`): a full date right before
/// `在`, the meeting's words, no sentence, on a short line.
fn is_bare_meeting_start(text: &str) -> bool {
    const MAX_CHARS: usize = 40;
    const MAX_DATE_BYTES: usize = 16 * 3;
    let t = text.trim_end_matches(is_blank);
    t.find("日在").is_some_and(|day| day <= MAX_DATE_BYTES)
        && is_dated_meeting(t)
        && t.chars().count() <= MAX_CHARS
        && ["届", "代表大会", "会议"].iter().any(|w| t.contains(w))
        && !t.contains(['，', '。', '；', ',', ';'])
}

/// Whether a text opens with a date and says where it was given (`2023年 1月 7日在…`).
pub(crate) fn is_dated_meeting(rest: &str) -> bool {
    // Digits, also as Chinese numerals (`——二0一九年一月十四日在…`).
    let digit = |c: char| super::is_digit(c) || "〇零一二三四五六七八九十".contains(c);
    // A date: four digits, 年, a month (`——2023年 1月 7日在…`), not any year after a dash
    // (`—2035年），与…`, the end of a range broken over two lines).
    let mut chars = rest.chars().filter(|&c| !is_space(c));
    let dated = chars.by_ref().take(4).filter(|&c| digit(c)).count() == 4
        && chars.next() == Some('年')
        && chars.next().is_some_and(digit);
    dated && rest.contains('在')
}

/// How many characters of a line's start can hold a heading's marker.
const MARKER_CHARS: usize = 12;

/// The bullets a list's items may open with.
pub(crate) const BULLETS: &str = "■□●○◆◇★☆▲△▶►•※◎√";

/// Whether a line opens with a list's bullet (`■`, `•`) or a Markdown list's (`- `, `* `;
/// told with or without the space, which a repair may drop; not a minus or a page's dash).
pub(crate) fn starts_with_bullet(text: &str) -> bool {
    let mut chars = text.trim_start_matches(is_blank).chars();
    match chars.next() {
        Some(c) if BULLETS.contains(c) => true,
        // (Not `·`, which joins the parts of a name, `王快·西大洋`, and may open a wrapped line.)
        Some('-' | '*') => chars
            .find(|&c| !is_blank(c))
            // (Digits of either width: the repair folds full-width ones.)
            .is_some_and(|c| !super::is_digit(c) && !"-*—.．－".contains(c)),
        _ => false,
    }
}

/// Whether a line opens with a heading marker (`一、`, `（一）`, `第一部分`, `1.`).
pub(crate) fn starts_like_heading(text: &str) -> bool {
    // `１．`, `（１）`, `1.\u{feff}0`: a marker is told as the repair will write it (folded,
    // without invisible characters), so that a second repair tells the same.
    let folded;
    // Told by bytes: full-width forms and the invisible characters are rare, and each has a
    // lead byte (`EF`, `E2`, `C2`) that most of a Chinese line's characters do not.
    let start = &text.as_bytes()[..text.len().min(MARKER_CHARS * 3)];
    // (And spaces, which the repair drops between most characters: `0、　　5.2%` is written
    // `0、5.2%`.)
    let as_written = !start.iter().any(|b| {
        matches!(b, 0xEF | 0xE2 | 0xC2 | b' ' | b'\t') || *b == 0xE3 && start.contains(&0x80)
    }) || text.chars().take(MARKER_CHARS + 1).all(|c| {
        !('\u{FF00}'..='\u{FFEF}').contains(&c)
            && !super::clean::is_invisible(c)
            && !super::clean::is_space(c)
    });
    let text = if as_written {
        text
    } else {
        folded = folded_start(text);
        folded.as_str()
    };
    crate::outline::numbering::scan_marker(text).is_some()
        || text.starts_with("——")
        || (text.starts_with("各位代表") && text.chars().count() <= 6)
}

/// The first characters of a line as the repair will write them (`１．` as `1.`), enough to
/// tell a heading's marker.
fn folded_start(text: &str) -> String {
    folded_prefix(text, MARKER_CHARS + 1)
}

/// The first `n` characters of a line as the repair will write them (counted as written, after
/// the spaces it drops: `一、990 亿元…` and `一、990亿元…` give the same prefix).
pub(crate) fn folded_prefix(text: &str, n: usize) -> String {
    let mut chars = text
        .chars()
        .filter(|&c| !super::clean::is_invisible(c))
        .peekable();
    let mut out = String::with_capacity(n * 4);
    let mut prev = None;
    let mut written = 0;
    while let Some(current) = chars.next() {
        if written == n {
            break;
        }
        if super::clean::is_space(current) {
            // A run of spaces as the repair keeps it: one after a list number (`1. 0`), one
            // between two words of letters, none elsewhere.
            while chars.next_if(|&c| super::clean::is_space(c)).is_some() {}
            let digits = out.trim_end_matches('.');
            let after_marker = out.len() == digits.len() + 1
                && (1..=3).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit());
            if !out.is_empty()
                && (after_marker || super::clean::keeps_space(prev, chars.peek().copied(), false))
            {
                out.push(' ');
                written += 1;
            }
            continue;
        }
        let next = chars.peek().copied();
        let folded = super::clean::fold(current, prev, next);
        out.push(folded);
        written += 1;
        prev = Some(folded);
    }
    out
}

/// `二、2005年主要任务 今年是全面实现…。`, `(二)坚持…，优化投资结构 积极支持…。`: a heading whose
/// paragraph a web page put on its line after a space. The line is split there, into the
/// heading and its paragraph (in text that is not hard-wrapped, where a line is what the page
/// had).
pub(crate) fn split_glued_headings(source: &str, lines: Vec<Line>) -> Vec<Line> {
    // (The longest heading's text, and the shortest paragraph, told apart from a heading
    // with a space between its words: `（一）坚持稳中求进 推动高质量发展`, `一、综 合`.)
    const MAX_HEADING_CHARS: usize = 40;
    const MIN_PARAGRAPH_CHARS: usize = 12;
    let glued_at = |line: &Line| -> Option<(usize, usize)> {
        let text = line.content(source);
        // (Told only of lines that open with a marker: most do not.)
        if line.class != LineClass::Text || !starts_like_heading(text) {
            return None;
        }
        // (The marker told as the repair writes it, `１.` as `1.`: its characters, past the
        // invisible ones the repair drops.)
        let folded = folded_start(text);
        let marker = crate::outline::numbering::scan_marker(&folded)?;
        let marker_chars = folded[..marker.len].chars().count();
        let marker_end = text
            .char_indices()
            .filter(|&(_, c)| !super::clean::is_invisible(c))
            .nth(marker_chars)
            .map_or(text.len(), |(i, _)| i);
        let gap = heading_end(text, marker_end)?;
        let heading = &text[marker_end..gap];
        let rest = text[gap..].trim_start_matches(|c| is_space(c) || super::clean::is_invisible(c));
        let heading_chars = heading.chars().count();
        let is_heading = (2..=MAX_HEADING_CHARS).contains(&heading_chars)
            && !heading.contains(['。', '；', '：'])
            // (Its last visible character: `2023年\u{feff}　　…` as the repair writes it.)
            && heading
                .chars()
                .rfind(|&c| !super::clean::is_invisible(c))
                .is_some_and(|c| crate::numbers::is_ideograph(c) || matches!(c, '”' | '"' | '）'));
        // (A sentence's end, not a comma alone: a repair joins a short line to the next, and
        // a second repair must not find a paragraph after the space that the first did not,
        // `一、区长 王明一一一` / `，政府工作报告…`.)
        let is_paragraph = rest.chars().count() >= MIN_PARAGRAPH_CHARS
            && rest.starts_with(crate::numbers::is_ideograph)
            && rest.contains('。');
        let start = line.content.0;
        (is_heading && is_paragraph).then(|| (start + gap, line.content.1 - rest.len()))
    };
    // (A line pushed as it is, or as its heading and its paragraph.)
    let push_split = |out: &mut Vec<Line>, line: Line| match glued_at(&line) {
        Some((gap, paragraph)) => {
            out.push(make_line(source, line.start, gap));
            out.push(make_line(source, paragraph, line.end));
        }
        None => out.push(line),
    };
    // `…减少862公顷。 二、农 业 全年全县…。`: a page run into one line, its paragraphs and
    // headings after a sentence's end and a space; split there where the line is such a page
    // (a heading run in, or many such ends, not one stray space).
    const MIN_RUN_IN_ENDS: usize = 3;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let starts: Vec<usize> = if line.class == LineClass::Text {
            inline_paragraphs(source, &line).collect()
        } else {
            Vec::new()
        };
        let run_in = starts.len() >= MIN_RUN_IN_ENDS
            || starts
                .iter()
                .any(|&at| glued_at(&make_line(source, at, line.end)).is_some());
        if !run_in {
            push_split(&mut out, line);
            continue;
        }
        let ends = starts.iter().copied().chain([line.end]);
        for (from, to) in std::iter::once(line.start)
            .chain(starts.iter().copied())
            .zip(ends)
        {
            push_split(&mut out, make_line(source, from, to));
        }
    }
    out
}

/// The end of a heading's words that start at byte `from` of `line`: the first space, or
/// past words spaced out a character at a time (`综 合 初步核算…` → after `合`).
fn heading_end(line: &str, from: usize) -> Option<usize> {
    let gap = from + line[from..].find(is_space)?;
    if line[from..gap].chars().count() != 1 {
        return Some(gap);
    }
    // (One space between single characters, as a letter-spaced heading has them.)
    let mut end = gap;
    let mut chars = line[end..].chars();
    while let (Some(space), Some(c), next) = (chars.next(), chars.next(), chars.next()) {
        if !is_space(space) || is_space(c) || !next.is_none_or(is_space) {
            break;
        }
        end += space.len_utf8() + c.len_utf8();
        chars = line[end..].chars();
    }
    (end > gap).then_some(end)
}

/// Where paragraphs start after a sentence's end and a space inside `line` (`…公顷。 二、农 业
/// …`, `…增长2.7%。 人均地区生产总值…`): a page run into one line, its paragraphs and headings
/// kept apart only by a space, as no sentence of running Chinese is.
fn inline_paragraphs<'s>(source: &'s str, line: &Line) -> impl Iterator<Item = usize> + 's {
    let text = line.content(source);
    let start = line.content.0;
    text.match_indices('。').filter_map(move |(at, stop)| {
        let after = &text[at + stop.len()..];
        let next = after.trim_start_matches(is_space);
        // (Most full stops have no space after them.)
        let spaced = next.len() < after.len();
        let opens =
            next.starts_with(|c| crate::numbers::is_ideograph(c) || matches!(c, '（' | '('));
        (spaced && opens).then(|| start + text.len() - next.len())
    })
}
