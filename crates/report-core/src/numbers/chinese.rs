//! Chinese numerals: `三百五十`, `一千二百万`, `两千亿`, `二〇二三`, `十四`, in simplified and
//! traditional characters and financial forms (`壹佰伍拾`, `兩千`, `萬`, `億`), abbreviated
//! (`两千四百五` is 2450) and mixed with Arabic digits (`5万4千6百`).

/// The value of one Chinese digit character (`〇零一二两三…九`), if it is one.
pub(crate) const fn digit_value(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '兩' | '倆' | '俩' | '貳' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese place character below 万 (`十百千`).
const fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// The multiplier of 万 and 亿.
const fn big_unit(c: char) -> Option<u64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral: a digit, a place, 万 or 亿.
#[inline]
pub(crate) const fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some()
}

/// What the previous character of a numeral was.
#[derive(Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Digit,
    Zero,
    Arabic,
    Place(u64),
}

/// Parses a whole Chinese numeral. Digit strings (`二〇二三`) read digit by digit;
/// positional numerals (`一千二百万`, `十四`) read by place, Arabic digits (`5万4千`) as the
/// digit of a place; a last digit right after a place is of the place below it (`两千四百五`,
/// `九十二万四`), and `万万` is 亿. `None` if malformed.
pub(crate) fn parse(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    if (text.contains(['〇', '零']) || text.chars().nth(2).is_some())
        && text.chars().all(|c| digit_value(c).is_some())
    {
        // 二〇二三: a digit string, as in years.
        return text.chars().try_fold(0u64, |acc, c| {
            acc.checked_mul(10)?.checked_add(digit_value(c)?)
        });
    }
    if !text
        .chars()
        .any(|c| digit_value(c).is_some() || c.is_ascii_digit() || matches!(c, '十' | '拾'))
    {
        return None; // 万, 亿 alone
    }
    // 兆 (10^12, as in `五兆六十二亿`): the part above it, read alone, and what follows.
    if let Some((high, low)) = text.split_once('兆') {
        let high = parse(high)?.checked_mul(1_000_000_000_000)?;
        return if low.is_empty() {
            Some(high)
        } else {
            high.checked_add(parse(low)?)
        };
    }
    let mut total: u64 = 0; // the part above 亿, already multiplied
    let mut wan: u64 = 0; // the 万 group, already multiplied
    let mut section: u64 = 0; // below 万
    let mut number: u64 = 0; // the pending digit
    let mut prev = Prev::Start;
    let mut after_place = None; // the place right before the pending digit
    for c in text.chars() {
        if c.is_ascii_digit() {
            let d = u64::from(c as u8 - b'0');
            number = match prev {
                Prev::Arabic => number.checked_mul(10)?.checked_add(d)?,
                _ => d,
            };
            if prev != Prev::Arabic {
                after_place = None;
            }
            prev = Prev::Arabic;
            continue;
        }
        if let Some(d) = digit_value(c) {
            if matches!(prev, Prev::Digit | Prev::Arabic) && number != 0 && d != 0 {
                return None; // two digits in a row: 三五
            }
            after_place = match prev {
                Prev::Place(p) => Some(p),
                _ => None,
            };
            number = d;
            prev = if d == 0 { Prev::Zero } else { Prev::Digit };
            continue;
        }
        after_place = None;
        if let Some(unit) = small_unit(c) {
            section = section.checked_add(number.max(1).checked_mul(unit)?)?;
            number = 0;
            prev = Prev::Place(unit);
        } else if let Some(big) = big_unit(c) {
            if big == 10_000 && prev == Prev::Place(10_000) {
                // 四万万: 万 of 万.
                total = total.checked_add(wan.checked_mul(10_000)?)?;
                wan = 0;
                prev = Prev::Place(100_000_000);
                continue;
            }
            if big == 10_000 {
                wan = section.checked_add(number)?.max(1).checked_mul(10_000)?;
            } else {
                total = total
                    .checked_add(wan)?
                    .checked_add(section)?
                    .checked_add(number)?
                    .max(1)
                    .checked_mul(100_000_000)?;
                wan = 0;
            }
            section = 0;
            number = 0;
            prev = Prev::Place(big);
        } else {
            return None;
        }
    }
    // 两千四百五: the last digit, right after 百, counts tens.
    if let (Some(place), Prev::Digit) = (after_place, prev) {
        number = number.checked_mul(place / 10)?;
    }
    total
        .checked_add(wan)?
        .checked_add(section)?
        .checked_add(number)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn numeral_chars_are_digits_places_and_magnitudes() {
        for c in ['〇', '两', '貳', '陸', '十', '佰', '萬', '億', '亿'] {
            assert!(super::is_numeral_char(c), "{c}");
        }
        for code in 0x3000..0xA000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let by_parts = super::digit_value(c).is_some()
                || super::small_unit(c).is_some()
                || super::big_unit(c).is_some();
            assert_eq!(super::is_numeral_char(c), by_parts, "{c}");
        }
    }

    #[test]
    fn reads_numerals() {
        for (text, value) in [
            ("一", 1),
            ("十", 10),
            ("十四", 14),
            ("二十", 20),
            ("三百五十", 350),
            ("一千二百万", 12_000_000),
            ("两千亿", 200_000_000_000),
            ("二〇二三", 2023),
            ("一百零五", 105),
            ("三万五千", 35_000),
            ("一亿二千万", 120_000_000),
        ] {
            assert_eq!(parse(text), Some(value), "{text}");
        }
        for (text, value) in [
            ("两千四百五", 2450),
            ("九十二万四", 924_000),
            ("一千陆", 1600),
            ("百三", 130),
            ("一百零五", 105),
            ("五亿零六", 500_000_006),
            ("四万万", 400_000_000),
            ("肆佰陸拾", 460),
            ("兩千兩百貳拾二", 2222),
            ("拾億零六萬零五百零六", 1_000_060_506),
            ("5万4千6百", 54_600),
            ("10万万", 1_000_000_000),
            ("五兆六十二亿四万五千二", 5_006_200_045_200),
        ] {
            assert_eq!(parse(text), Some(value), "{text}");
        }
        assert_eq!(parse("三五"), None);
        assert_eq!(parse("万万"), None);
        assert_eq!(parse("年"), None);
    }
}
