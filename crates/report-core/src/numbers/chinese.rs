//! Chinese numerals: `三百五十`, `一千二百万`, `两千亿`, `二〇二三`, `十四`.

/// The value of one Chinese digit character (`〇零一二两三…九`), if it is one.
pub(crate) fn digit_value(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese place character below 万 (`十百千`).
fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || small_unit(c).is_some() || matches!(c, '万' | '亿')
}

/// Parses a whole Chinese numeral. Digit strings (`二〇二三`) read digit by digit;
/// positional numerals (`一千二百万`, `十四`) read by place. `None` if malformed.
pub(crate) fn parse(text: &str) -> Option<u64> {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return None;
    }
    if (chars.len() >= 3 || chars.contains(&'〇'))
        && chars.iter().all(|&c| digit_value(c).is_some())
    {
        // 二〇二三: a digit string, as in years.
        return chars.iter().try_fold(0u64, |acc, &c| {
            acc.checked_mul(10)?.checked_add(digit_value(c)?)
        });
    }
    if !chars
        .iter()
        .any(|&c| digit_value(c).is_some() || c == '十' || c == '拾')
    {
        return None; // 万, 亿 alone
    }
    let mut total: u64 = 0; // the part above 亿, already multiplied
    let mut wan: u64 = 0; // the 万 group, already multiplied
    let mut section: u64 = 0; // below 万
    let mut number: u64 = 0; // the pending digit
    let mut prev_digit = false;
    for &c in &chars {
        if let Some(d) = digit_value(c) {
            if prev_digit && number != 0 && d != 0 {
                return None; // two digits in a row: 三五
            }
            number = d;
            prev_digit = true;
            continue;
        }
        prev_digit = false;
        if let Some(unit) = small_unit(c) {
            section = section.checked_add(number.max(1).checked_mul(unit)?)?;
            number = 0;
        } else if c == '万' {
            wan = (section + number).max(1).checked_mul(10_000)?;
            section = 0;
            number = 0;
        } else if c == '亿' {
            total = (total + wan + section + number)
                .max(1)
                .checked_mul(100_000_000)?;
            wan = 0;
            section = 0;
            number = 0;
        } else {
            return None;
        }
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
        assert_eq!(parse("三五"), None);
        assert_eq!(parse("年"), None);
    }
}
