//! Character-level cleaning of one paragraph: spaces, widths and look-alikes, with offsets.

use super::lines::Line;
use super::Block;
use crate::model::{Removal, RemovalReason};
use crate::span::{OffsetMap, Span};

/// Horizontal whitespace of any width (line breaks are handled by the line splitter).
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}'
    )
}

/// Spaces and invisible characters: what a line may begin or end with around its content.
#[inline]
pub(crate) fn is_blank(c: char) -> bool {
    is_space(c) || is_invisible(c)
}

/// What a line's key or marker is read past: any whitespace, control characters such as
/// `\u{b}` included, and the invisible characters a repair drops, so that a second repair
/// reads the same (`\u{b}\u{feff}来源：`).
#[inline]
pub(crate) fn is_edge(c: char) -> bool {
    c.is_whitespace() || is_blank(c)
}

/// Characters dropped everywhere: zero-width spaces, BOMs, soft hyphens.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// CJK ideographs and the CJK and full-width punctuation blocks.
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Sentence-final punctuation that ends a paragraph's last line.
pub(crate) fn is_terminal_punct(c: Option<char>) -> bool {
    matches!(
        c,
        Some('。' | '！' | '？' | '；' | '：' | '…' | '!' | '?' | ';' | ':')
    )
}

/// Builds the clean text of a paragraph made of the given lines.
/// What it drops inside lines (pinyin readings) goes to `removed`.
pub(crate) fn build_block(
    source: &str,
    lines: &[Line],
    group: &[usize],
    removed: &mut Vec<Removal>,
) -> Option<Block> {
    let capacity = group.iter().map(|&i| lines[i].end - lines[i].start).sum();
    let mut out = Cleaner {
        text: String::with_capacity(capacity),
        map: OffsetMap::default(),
        removed,
    };
    let mut prev_line_end = None;
    let prose = is_prose(group.iter().map(|&i| lines[i].content(source)));
    let trimmed = |idx: usize| {
        let line = &lines[idx];
        let raw = &source[line.start..line.end];
        let start = line.start + (raw.len() - raw.trim_start_matches(is_blank).len());
        let end = line.start + raw.trim_end_matches(is_blank).len();
        (start, end)
    };
    for (n, &idx) in group.iter().enumerate() {
        let (start, end) = trimmed(idx);
        if start >= end {
            continue;
        }
        let content = &source[start..end];
        // What the line's last character will be followed by once the lines are joined.
        let next_line = group[n + 1..]
            .iter()
            .map(|&i| trimmed(i))
            .find(|(s, e)| s < e)
            .and_then(|(s, e)| source[s..e].chars().find(|&c| !is_invisible(c)));
        if let Some(break_start) = prev_line_end {
            // English words wrapped across lines keep a space between them.
            let last = out.text.chars().next_back();
            let first = content.chars().next();
            if last.is_some_and(|c| c.is_ascii_alphabetic())
                && first.is_some_and(|c| c.is_ascii_alphabetic())
            {
                out.push(' ', break_start..start);
            }
        }
        out.line(content, start, prose, next_line);
        prev_line_end = Some(end);
    }
    if out.text.is_empty() {
        return None;
    }
    let indented = lines[group[0]].is_indented();
    Some(Block {
        text: out.text,
        map: out.map,
        indented,
    })
}

struct Cleaner<'r> {
    text: String,
    map: OffsetMap,
    removed: &'r mut Vec<Removal>,
}

impl Cleaner<'_> {
    fn push(&mut self, c: char, source: std::ops::Range<usize>) {
        let at = self.text.len();
        self.text.push(c);
        self.map.push(at, c.len_utf8(), source);
    }

    /// Appends one line's content, which starts at byte `base` of the source; `prose` when
    /// the paragraph is running prose (see [`is_prose`]).
    fn line(&mut self, content: &str, base: usize, prose: bool, next_line: Option<char>) {
        let bytes = content.as_bytes();
        let mut b = 0;
        while b < bytes.len() {
            // A run of characters written as they are: copied at once, one offset run.
            // (Not a zero that opens the line after a Chinese digit, `五` / `0…`, which the fold
            // reads as it reads one inside a line.)
            let zero_after_digit = b == 0
                && content.starts_with(['0', 'O'])
                && self
                    .text
                    .chars()
                    .next_back()
                    .is_some_and(crate::numbers::year::chinese_digit);
            let run_end = if zero_after_digit {
                b
            } else {
                plain_run(content, b)
            };
            if run_end > b {
                let at = self.text.len();
                self.text.push_str(&content[b..run_end]);
                self.map.push(at, run_end - b, base + b..base + run_end);
                b = run_end;
                continue;
            }
            let Some(c) = content[b..].chars().next() else {
                break;
            };
            let after_c = b + c.len_utf8();
            if is_invisible(c) {
                b = after_c;
                continue;
            }
            if is_space(c) {
                // Invisible characters inside a run of spaces belong to the run.
                let run_end = content[b..]
                    .char_indices()
                    .find(|&(_, c)| !is_blank(c))
                    .map_or(content.len(), |(i, _)| b + i);
                // The character before is the clean one, as written (folded) into the text.
                let before = self.text.chars().next_back();
                let after = content[run_end..].chars().next();
                let letter_spaced = single_char_token(content, b, run_end);
                // `新增制造 业单项冠军`, `全 国质量强市`: in running prose a space between
                // two ideographs is left by the extraction (at a former line break).
                let split_word = prose
                    && before.is_some_and(crate::numbers::is_ideograph)
                    && after.is_some_and(crate::numbers::is_ideograph);
                // `1.　　0`: the space after a paragraph's leading list number is kept, or
                // the marker would read as a decimal (`1.0`) on a second repair.
                let after_marker = {
                    let digits = self.text.trim_end_matches('.');
                    self.text.len() == digits.len() + 1
                        && (1..=3).contains(&digits.len())
                        && digits.bytes().all(|b| b.is_ascii_digit())
                };
                if spaced_digit_gap(content, b, run_end, next_line) {
                    b = run_end;
                    continue;
                }
                if after_marker || !split_word && keeps_space(before, after, letter_spaced) {
                    self.push(' ', base + b..base + run_end);
                }
                b = run_end;
                continue;
            }
            let prev = self.text.chars().next_back();
            if prev.is_some_and(crate::numbers::is_ideograph) {
                if let Some(len) = reading_annotation(&content[b..]) {
                    self.removed.push(Removal {
                        span: Span::new(base + b, base + b + len),
                        reason: RemovalReason::ReadingAnnotation,
                    });
                    b += len;
                    continue;
                }
            }
            // The next character that will follow in the clean text (spaces next to digits go).
            let next = content[after_c..]
                .chars()
                .find(|&c| !is_invisible(c) && !is_space(c))
                .or(next_line);
            self.push(fold(c, prev, next), base + b..base + after_c);
            b = after_c;
        }
    }
}

/// Whether `content` has an ASCII comma that the repair writes `，` (one in Chinese prose,
/// `增长9%,比重`), so that a paragraph is told prose the same before and after the repair.
/// (`next_line`: the character the next line opens with, which follows a comma that ends the
/// line once the lines are joined: `0,` / `、…` is `0，、…`.)
fn has_chinese_comma(content: &str, next_line: Option<char>) -> bool {
    content.match_indices(',').any(|(at, _)| {
        // The character before it as the clean text has it: spaces before an ASCII comma
        // stay only where the repair keeps them.
        let before = &content[..at];
        let trimmed = before.trim_end_matches(is_space);
        // As the repair has written it: `¡:,` is `¡：，` (and so is `一:　　,`, the spaces
        // between dropped after the full-width colon).
        // (And `一 :,` is `一：，`: the space before the colon dropped as the repair drops it.)
        let last = trimmed.chars().next_back().map(|c| match c {
            ',' | ';' | '!' | '?' | ':' => {
                let head = &trimmed[..trimmed.len() - 1];
                let head_trimmed = head.trim_end_matches(is_space);
                let head_last = head_trimmed.chars().next_back();
                let before =
                    if head_trimmed.len() < head.len() && keeps_space(head_last, Some(c), false) {
                        Some(' ')
                    } else {
                        head_last
                    };
                fold(c, before, Some(','))
            }
            c => c,
        });
        let prev = if trimmed.len() < before.len() && keeps_space(last, Some(','), false) {
            Some(' ')
        } else {
            last
        };
        let next = content[at + 1..]
            .chars()
            .find(|&c| !is_space(c))
            .or(next_line);
        fold(',', prev, next) == '，'
    })
}

/// Whether the lines of a paragraph are running prose: long, with the commas or full stops of
/// sentences (not a title, a name line such as `县长 蒋东方`, or a row of a table). Told of the
/// whole paragraph, so that a second repair, which reads it as one line, tells the same.
pub(crate) fn is_prose<'a, I>(lines: I) -> bool
where
    I: IntoIterator<Item = &'a str>,
    I::IntoIter: Clone,
{
    const MIN_PROSE_CHARS: usize = 30;
    let (mut punctuated, mut visible) = (false, 0);
    let mut lines = lines.into_iter();
    while let Some(content) = lines.next() {
        let next_line = || {
            lines
                .clone()
                .find_map(|line| line.chars().find(|&c| !is_blank(c)))
        };
        // (One character each: a search for one is a memchr. And their small forms, which the
        // repair writes full-width, so that a second repair finds the same: `﹐`.)
        punctuated = punctuated
            || content.contains('，')
            || content.contains('。')
            || content.contains('﹐')
            || content.contains(',') && has_chinese_comma(content, next_line());
        if visible <= MIN_PROSE_CHARS {
            // Counted only as far as the threshold.
            let wanted = MIN_PROSE_CHARS + 1 - visible;
            visible += content
                .chars()
                .filter(|&c| !is_blank(c))
                .take(wanted)
                .count();
        }
        if punctuated && visible > MIN_PROSE_CHARS {
            return true;
        }
    }
    false
}

/// The end of the run of plain characters (see [`is_plain`]) that starts at byte `from`.
/// Chinese ideographs, the bulk of a report, are told by their first byte.
fn plain_run(content: &str, from: usize) -> usize {
    let bytes = content.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            // (`二0一0年`: a zero after a Chinese digit is folded, see [`fold`].)
            b'0' | b'O' if i == from && i > 0 || after_chinese_digit(content, i) => break,
            0x00..=0x7F if !matches!(b, b' ' | b'\t' | b':' | b'(' | b',' | b';' | b'!' | b'?') => {
                1
            }
            // U+4E00..U+9FFF.
            0xE4..=0xE9 => 3,
            0xC0..=0xFF => match content[i..].chars().next() {
                Some(c) if is_plain(c) => c.len_utf8(),
                _ => break,
            },
            _ => break,
        };
        i += len;
    }
    i
}

/// Whether the character before byte `at` of `content` is a Chinese digit (`二`, `〇`).
fn after_chinese_digit(content: &str, at: usize) -> bool {
    at >= 3
        && content.is_char_boundary(at - 3)
        && content[at - 3..at]
            .chars()
            .next()
            .is_some_and(crate::numbers::year::chinese_digit)
}

/// The length in bytes of a pinyin reading in brackets at the start of `text` (`(bào)`,
/// `（qū）`): one syllable of lower-case letters with a tone mark.
fn reading_annotation(text: &str) -> Option<usize> {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    const MAX_LETTERS: usize = 6;
    let mut chars = text.char_indices();
    if !matches!(chars.next(), Some((_, '(' | '（'))) {
        return None;
    }
    let (mut letters, mut toned) = (0, false);
    for (at, c) in chars {
        match c {
            ')' | '）' => return (letters > 0 && toned).then_some(at + c.len_utf8()),
            'a'..='z' | 'ü' if letters < MAX_LETTERS => letters += 1,
            _ if letters < MAX_LETTERS && TONED.contains(c) => {
                letters += 1;
                toned = true;
            }
            _ => return None,
        }
    }
    None
}

/// Whether the repair writes `c` as it is, whatever its neighbours: not a space, not an
/// invisible character, not an opening bracket (which may hold a pinyin reading), and not one
/// that [`fold`] changes.
#[inline]
fn is_plain(c: char) -> bool {
    if c.is_ascii() {
        return !matches!(c, ' ' | '\t' | ':' | '(');
    }
    !is_space(c)
        && !is_invisible(c)
        && c != '（'
        && !matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '＋' | '．' | '：' | '∶' | '︰' | '﹕' | '－' | '―' | '–' | '─' | '○' | '〝' | '〞' | '〟')
        && !is_small_form(c)
}

/// Whether `c` is one of the small forms of punctuation (`﹙吨﹚`, `﹐`), which [`fold`] writes
/// full-width.
pub(crate) fn is_small_form(c: char) -> bool {
    ('\u{FE50}'..='\u{FE5E}').contains(&c)
}

/// Whether the space run at bytes `from..to` of `content` sits next to a one-character token
/// (`政 府 工`). Invisible characters do not count, so the answer is the same after repair.
fn single_char_token(content: &str, from: usize, to: usize) -> bool {
    let visible = |c: &char| !is_invisible(*c);
    let mut before = content[..from].chars().rev().filter(visible);
    let mut after = content[to..].chars().filter(visible);
    let single = |first: Option<char>, second: Option<char>| {
        first.is_some_and(|c| !c.is_ascii()) && second.is_none_or(is_space)
    };
    single(before.next(), before.next()) || single(after.next(), after.next())
}

/// `1 9 9 7 年`, `7 4 7 7 2 亿元`, `1 0 ．0 6 ‰`: whether the space at bytes `from..to` of
/// `content` is one an extraction set between the digits of a number, letter by letter. It
/// separates two single digits of a run of single digits, each after spaces, that ends where a
/// number does (at a unit, a word, a point or a per cent; not at a letter or at the end of a
/// paragraph, as the columns of a table would; at a line's end, the next line of the paragraph
/// tells).
/// Invisible characters do not count, nor how many spaces there are, so that a second repair
/// reads the same.
fn spaced_digit_gap(content: &str, from: usize, to: usize, next_line: Option<char>) -> bool {
    let digit = super::is_digit;
    let word = |c: char| digit(c) || c.is_ascii_alphabetic();
    let visible = |c: &char| !is_invisible(*c);
    let mut before = content[..from].chars().rev().filter(visible);
    if !before.next().is_some_and(digit) {
        return false;
    }
    match before.next() {
        Some(c) if word(c) => return false,
        // (`3235.9 9.8`, two figures of a table's row: the digit before the gap ends a number
        // written whole; spaced out, its point stands apart too, `1 0 ．0 6 ‰`.)
        Some('.' | '．') if before.next().is_some_and(digit) => return false,
        _ => {}
    }
    // (And the ASCII punctuation the repair may write full-width, `0 0;分别` → `0 0；`, so
    // that a second repair, which sees `；`, decides the same.)
    let ends_number =
        |c: char| !c.is_ascii() && !is_space(c) || matches!(c, '%' | '.' | ',' | ';' | '!' | '?');
    let mut after = content[to..].chars().filter(visible).peekable();
    loop {
        if !after.next().is_some_and(digit) {
            return false;
        }
        match after.next() {
            Some(c) if is_space(c) => {
                // (However many spaces: the repair writes a run of them as one.)
                while after.next_if(|&c| is_space(c)).is_some() {}
                match after.peek() {
                    Some(&n) if digit(n) => {}
                    Some(&n) => return ends_number(n),
                    None => return next_line.is_some_and(ends_number),
                }
            }
            Some(c) if word(c) => return false,
            Some(c) => return ends_number(c),
            // (At the line's end, what the paragraph goes on with.)
            None => return next_line.is_some_and(ends_number),
        }
    }
}

/// Whether a run of spaces between `before` and `after` is kept (as one ASCII space).
pub(super) fn keeps_space(before: Option<char>, after: Option<char>, letter_spaced: bool) -> bool {
    let (Some(a), Some(b)) = (before, after) else {
        return false;
    };
    // Decide on the folded characters, as the second repair will see them.
    let (a, b) = (fold(a, None, None), fold(b, None, None));
    let alnum =
        |c: char| c.is_ascii_alphanumeric() || ('０'..='ｚ').contains(&c) && c.is_alphanumeric();
    if alnum(a) && alnum(b) {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        // English and code keep their spaces, except inside a number (`5 %`, `1.3 : 47.4`);
        // not after a per cent, which ends one (`6% 586.3`, two figures of a table's row).
        let number_sign = |c: char| matches!(c, '%' | ':' | '.' | ',' | '~');
        return !(a.is_ascii_digit() && number_sign(b)
            || number_sign(a) && a != '%' && b.is_ascii_digit());
    }
    if a.is_ascii() || b.is_ascii() {
        // Between a number and its unit, a number or word and Chinese: dropped.
        return false;
    }
    // Inside a Chinese number (`三千 八百`, `四点 五个百分点`, `三分 之一`): dropped.
    if numeral_gap(a, b) {
        return false;
    }
    // Two Chinese words: kept, unless the line is letter-spaced.
    let punct = |c: char| {
        ('\u{3000}'..='\u{303F}').contains(&c)
            || ('\u{FF00}'..='\u{FF0F}').contains(&c)
            || "，。、；：！？“”‘’（）《》".contains(c)
    };
    !letter_spaced && !punct(a) && !punct(b)
}

/// Whether a space between `a` and `b` is inside a Chinese number: between its numerals, or
/// before the point, approximation, fraction or unit words that go on with it.
fn numeral_gap(a: char, b: char) -> bool {
    use crate::numbers::chinese::is_numeral_char as numeral;
    let goes_on = |c: char| "点點余多几幾又分个個成折".contains(c);
    numeral(a) && (numeral(b) || goes_on(b))
        || "点點又之".contains(a) && numeral(b)
        || matches!((a, b), ('分', '之' | '点' | '點') | ('个' | '個', '百'))
}

/// Whether `c` is a full-width digit, letter or sign that [`fold`] writes half-width
/// whatever surrounds it.
pub(crate) fn folds_to_ascii(c: char) -> bool {
    matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' | '＋')
}

/// Folds full-width digits, letters and signs to half-width, unifies look-alike dashes, and
/// writes the ASCII punctuation of Chinese prose full-width (`增长9%,比重` → `增长9%，比重`;
/// sites and old extractions often type `,;!?` half-width), so that clauses and sentences are
/// told apart as in any other report. `1,234` and English keep theirs.
pub(crate) fn fold(c: char, prev: Option<char>, next: Option<char>) -> char {
    let digit = |c: Option<char>| c.is_some_and(super::is_digit);
    let chinese = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && !folds_to_ascii(c));
    // After Chinese, or between a word and Chinese (`9%,比重`); not after a space, which the
    // repair keeps only between ASCII words, nor before punctuation this fold may have written
    // (so that a second repair decides the same).
    // (Never between two digits, `1,234`: neither is Chinese.)
    let in_chinese = || {
        let before_chinese =
            chinese(next) && !matches!(next, Some('，' | '；' | '！' | '？' | '：'));
        chinese(prev) || before_chinese && prev.is_some_and(|p| !is_space(p))
    };
    // (And after a per cent before a figure, `60.9%;60岁及以上人口`: no thousands there.)
    let after_percent = || matches!(prev, Some('%' | '％')) && digit(next);
    // (And after a note in brackets, `比为105.23:100(女性为100);0-17岁…`.)
    let after_note = || matches!(prev, Some(')' | '）')) && (digit(next) || chinese(next));
    match c {
        // `二0一0年`, `二OO九年`: a digit zero or a letter O typed for `〇` among Chinese digits.
        '0' | 'O' | '０' | 'Ｏ'
            if prev.is_some_and(crate::numbers::year::chinese_digit)
                && next.is_some_and(|n| {
                    n == '年'
                        || matches!(n, '0' | 'O' | '０' | 'Ｏ')
                        || crate::numbers::year::chinese_digit(n)
                }) =>
        {
            '〇'
        }
        ',' if in_chinese() || after_percent() => '，',
        ';' if in_chinese() || after_percent() || after_note() => '；',
        '!' if in_chinese() => '！',
        '?' if in_chinese() => '？',
        c if folds_to_ascii(c) => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '．' if digit(prev) && digit(next) => '.',
        // (`11.8︰48.3︰39.9`: a ratio typed with a vertical or small form of the colon.)
        '：' | ':' | '∶' | '︰' | '﹕' if digit(prev) && digit(next) => ':',
        // (After Chinese: not after a full-width digit, which folds to ASCII, so that digits'
        // width changes nothing.)
        ':' if chinese(prev) => '：',
        '－' if digit(prev) && digit(next) => '-',
        '―' | '–' | '─' | '－' => '—',
        // `一九八○年`, `二○二三年`: the circle some type for a zero among Chinese digits.
        '○' if prev.is_some_and(|p| p == '○' || crate::numbers::year::chinese_digit(p)) => '〇',
        // `“十一五〞期末`: the double prime quotation marks some sites type for quotes.
        '〝' => '“',
        '〞' | '〟' => '”',
        // `产量﹙吨﹚`: the small forms of punctuation some sites and tables type.
        '﹙' => '（',
        '﹚' => '）',
        '﹝' => '〔',
        '﹞' => '〕',
        '﹐' => '，',
        '﹑' => '、',
        '﹔' => '；',
        '﹕' => '：',
        '﹖' => '？',
        '﹗' => '！',
        _ => c,
    }
}
