//! Heading markers: `第一部分`, `一、`, `（一）`, `1.`, `（1）`, `①`, `第一，`, appendix words.

use crate::model::NumberingKind;
use crate::numbers::chinese;

/// A heading marker at the start of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marker {
    /// The numbering kind.
    pub kind: NumberingKind,
    /// The number it carries (3 for `（三）`), if any.
    pub number: Option<u32>,
    /// Bytes consumed by the marker, including the punctuation after it.
    pub len: usize,
}

/// Bytes of an item's number that opens a sentence, `一是`, `十二是` (the first, the twelfth).
pub fn enumerator_len(text: &str) -> Option<usize> {
    let numerals = text
        .chars()
        .take_while(|&c| "一二三四五六七八九十".contains(c))
        .count();
    // (Each numeral is three bytes.)
    ((1..=2).contains(&numerals) && text[numerals * 3..].starts_with('是'))
        .then(|| numerals * 3 + '是'.len_utf8())
}

/// Recognises a heading marker at the start of `text`.
pub fn scan_marker(text: &str) -> Option<Marker> {
    scan_part(text)
        .or_else(|| scan_chinese_comma(text))
        .or_else(|| scan_paren(text))
        .or_else(|| scan_arabic_dot(text))
        .or_else(|| scan_circled(text))
        .or_else(|| scan_appendix(text))
}

/// Length in bytes of the leading Chinese numeral (`十二`), and its value.
fn scan_cn_number(text: &str) -> Option<(usize, u32)> {
    let len: usize = text
        .chars()
        .take_while(|&c| chinese::digit_value(c).is_some() || matches!(c, '十' | '百'))
        .map(char::len_utf8)
        .sum();
    let value = chinese::parse(&text[..len])?;
    (len > 0 && value > 0 && value < 200).then_some((len, value as u32))
}

/// Length of the leading ASCII digits (at most 3), and their value.
fn scan_arabic_number(text: &str) -> Option<(usize, u32)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 3 {
        return None;
    }
    Some((len, text[..len].parse().ok()?))
}

/// `第一部分`, `第二章`, and the ordinal `第一，`.
fn scan_part(text: &str) -> Option<Marker> {
    let rest = text.strip_prefix('第')?;
    let (n, value) = scan_cn_number(rest)?;
    let after = &rest[n..];
    let head = '第'.len_utf8() + n;
    for word in ["部分", "章", "篇"] {
        if let Some(tail) = after.strip_prefix(word) {
            let len = head + word.len() + leading_separator(tail);
            return Some(Marker {
                kind: NumberingKind::Part,
                number: Some(value),
                len,
            });
        }
    }
    let sep = after
        .chars()
        .next()
        .filter(|c| matches!(c, '，' | '、' | ','))?;
    Some(Marker {
        kind: NumberingKind::Ordinal,
        number: Some(value),
        len: head + sep.len_utf8(),
    })
}

/// Bytes of spaces, `：` or `　` right after a part word.
fn leading_separator(text: &str) -> usize {
    text.chars()
        .take_while(|&c| matches!(c, ' ' | '\u{3000}' | '：' | ':'))
        .map(char::len_utf8)
        .sum()
}

/// `一、`.
fn scan_chinese_comma(text: &str) -> Option<Marker> {
    let (n, value) = scan_cn_number(text)?;
    let after = &text[n..];
    let sep = after
        .chars()
        .next()
        .filter(|c| matches!(c, '、' | '．' | '.'))?;
    Some(Marker {
        kind: NumberingKind::ChineseComma,
        number: Some(value),
        len: n + sep.len_utf8(),
    })
}

/// `（一）` and `（1）`, with full- or half-width parentheses.
fn scan_paren(text: &str) -> Option<Marker> {
    let open = text.chars().next().filter(|c| matches!(c, '（' | '('))?;
    let rest = &text[open.len_utf8()..];
    let (kind, (n, value)) = match scan_cn_number(rest) {
        Some(found) => (NumberingKind::ChineseParen, found),
        None => (NumberingKind::ArabicParen, scan_arabic_number(rest)?),
    };
    let close = rest[n..]
        .chars()
        .next()
        .filter(|c| matches!(c, '）' | ')'))?;
    let len = open.len_utf8() + n + close.len_utf8();
    // `（1）` followed by a separator is still a marker; `（2022）` is not (three digits or more).
    (value < 100).then_some(Marker {
        kind,
        number: Some(value),
        len,
    })
}

/// `1.`, `1、`, `1．` (not `1.5`).
fn scan_arabic_dot(text: &str) -> Option<Marker> {
    let (n, value) = scan_arabic_number(text)?;
    let after = &text[n..];
    let sep = after
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '、' | '．'))?;
    let next = after[sep.len_utf8()..].chars().next();
    if next.is_none_or(|c| c.is_ascii_digit()) || value >= 100 {
        return None;
    }
    Some(Marker {
        kind: NumberingKind::ArabicDot,
        number: Some(value),
        len: n + sep.len_utf8(),
    })
}

/// `①` to `⑳`.
fn scan_circled(text: &str) -> Option<Marker> {
    let c = text.chars().next()?;
    let value = (c as u32).checked_sub('①' as u32).filter(|&v| v < 20)? + 1;
    let after = &text[c.len_utf8()..];
    // `①` glued after a word is a footnote; at the start of a paragraph it numbers an item.
    let len = c.len_utf8() + leading_separator(after);
    Some(Marker {
        kind: NumberingKind::Circled,
        number: Some(value),
        len,
    })
}

/// `附件`, `附件1`, `附录`, `名词解释`, `注释：`, `注：`.
fn scan_appendix(text: &str) -> Option<Marker> {
    for word in ["附件", "附录", "名词解释", "注释", "附注", "说明"] {
        if let Some(rest) = text.strip_prefix(word) {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let tail = &rest[digits..];
            let sep = leading_separator(tail);
            let end = word.len() + digits + sep;
            // Only a heading by itself: `附件`, `注释：`, `附件2：名词解释`.
            if tail[sep..].chars().count() <= 20 && !tail[sep..].contains('。') {
                return Some(Marker {
                    kind: NumberingKind::Appendix,
                    number: None,
                    len: end,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumberingKind::*;

    fn check(text: &str, expected: Option<(NumberingKind, Option<u32>, &str)>) {
        let got = scan_marker(text).map(|m| (m.kind, m.number, &text[..m.len]));
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn markers() {
        check("一、2022年工作回顾", Some((ChineseComma, Some(1), "一、")));
        check("十二、资源、环境", Some((ChineseComma, Some(12), "十二、")));
        check(
            "（一）经济高质量发展",
            Some((ChineseParen, Some(1), "（一）")),
        );
        check("(三)稳就业", Some((ChineseParen, Some(3), "(三)")));
        check("（12）推进", Some((ArabicParen, Some(12), "（12）")));
        check("1.扎实推进", Some((ArabicDot, Some(1), "1.")));
        check("3、加快", Some((ArabicDot, Some(3), "3、")));
        check("1.3%", None);
        check("2022年", None);
        check("第一部分 总体要求", Some((Part, Some(1), "第一部分 ")));
        check("第二，坚持", Some((Ordinal, Some(2), "第二，")));
        check("②加强", Some((Circled, Some(2), "②")));
        check("注释：", Some((Appendix, None, "注释：")));
        check("一是保持", None);
        check("一年来，我们", None);
        check("第十八届人民代表大会", None);
        check("（2022）", None);
    }

    #[test]
    fn an_item_number_that_opens_a_sentence() {
        assert_eq!(enumerator_len("一是坚持政治引领"), Some("一是".len()));
        assert_eq!(enumerator_len("十二是加强建设"), Some("十二是".len()));
        assert_eq!(enumerator_len("是否"), None);
        assert_eq!(enumerator_len("一二三是"), None);
        assert_eq!(enumerator_len("一年来"), None);
    }
}
