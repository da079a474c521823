//! Years as reports write them before `年`: four ASCII digits (`2023年`), or four Chinese
//! digits (`一九八五年`, `二〇二三年`), as older and formal reports write them (the repair
//! writes the circle some type for zero, `一九八○年`, as `〇`).

/// A digit of a year written in Chinese.
pub(crate) fn chinese_digit(c: char) -> bool {
    matches!(
        c,
        '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// Whether `digits` are a year's four digits, all ASCII or all Chinese.
pub(crate) fn is_year_digits(digits: &str) -> bool {
    let ascii = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
    ascii || digits.chars().count() == 4 && digits.chars().all(chinese_digit)
}

/// The length in bytes of the year's digits that `text` opens with when `年` follows them
/// (`2023年…` → 4, `一九八五年…` → 12).
pub(crate) fn digits_at_start(text: &str) -> Option<usize> {
    let ascii = text.bytes().take_while(u8::is_ascii_digit).count();
    let chinese: usize = text
        .chars()
        .take_while(|&c| chinese_digit(c))
        .map(char::len_utf8)
        .sum();
    let len = ascii.max(chinese);
    (is_year_digits(&text[..len]) && text[len..].starts_with('年')).then_some(len)
}

/// The length in bytes of the year's digits that `head`, the words before a `年`, ends with
/// (`国家财政收入一九八五` → 12), not the end of a longer number.
pub(crate) fn digits_at_end(head: &str) -> Option<usize> {
    let ascii = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let chinese: usize = head
        .chars()
        .rev()
        .take_while(|&c| chinese_digit(c))
        .map(char::len_utf8)
        .sum();
    let len = ascii.max(chinese);
    is_year_digits(&head[head.len() - len..]).then_some(len)
}

/// The year that `digits` ([`digits_at_start`], [`digits_at_end`]) write.
pub(crate) fn value(digits: &str) -> u32 {
    digits.chars().fold(0, |year, c| {
        let digit = c
            .to_digit(10)
            .or_else(|| super::chinese::digit_value(c).and_then(|d| u32::try_from(d).ok()))
            .unwrap_or(0);
        year * 10 + digit
    })
}

/// The year that `digits` write, in ASCII digits (`一九八五` → `1985`), as periods are given.
pub(crate) fn arabic(digits: &str) -> String {
    format!("{:04}", value(digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_either_digits() {
        assert_eq!(digits_at_start("2023年全市"), Some(4));
        assert_eq!(digits_at_start("一九八五年达到"), Some(12));
        assert_eq!(digits_at_start("二〇二三年"), Some(12));
        // Mixed, positional or too long: no year.
        for text in [
            "二0二三年",
            "一千九百年",
            "12023年",
            "三年",
            "年",
            "五年来",
            "2023",
        ] {
            assert_eq!(digits_at_start(text), None, "{text}");
        }
        assert_eq!(digits_at_end("国内财政收入一九八三"), Some(12));
        assert_eq!(digits_at_end("比2015"), Some(4));
        for head in ["12015", "二十", "一二三四五", "三", ""] {
            assert_eq!(digits_at_end(head), None, "{head}");
        }
        assert_eq!(value("一九八○".replace('○', "〇").as_str()), 1980);
        assert_eq!(arabic("二〇〇五"), "2005");
        assert_eq!(arabic("1998"), "1998");
    }
}
