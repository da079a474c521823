//! Years as reports write them before `年`: four ASCII digits (`2023年`), or four Chinese
//! digits (`一九八五年`, `二〇二三年`), as older and formal reports write them (the repair
//! writes the circle some type for zero, `一九八○年`, as `〇`); and the periods a title names,
//! years and five-year plans (`十四五`).

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

/// The year before a period that is a year in ASCII digits (`2022` → `2021`), as a work report
/// reviews the year before the one it plans for.
pub(crate) fn year_before(period: &str) -> Option<String> {
    let year: u32 = period.parse().ok().filter(|_| period.len() == 4)?;
    Some(year.checked_sub(1)?.to_string())
}

/// The year after a period that is a year in ASCII digits (`2024` → `2025`), as a work report
/// plans for the year after the one it reviews.
pub(crate) fn year_after(period: &str) -> Option<String> {
    let year: u32 = period.parse().ok().filter(|_| period.len() == 4)?;
    Some((year + 1).to_string())
}

/// The first and last years of a period of years: of a span (`2017—2021`) or a five-year plan
/// (`十四五`: 2021, 2025; `八五`: 1991, 1995; the sixth plan was 1981—1985).
pub(crate) fn years_of(period: &str) -> Option<(u32, u32)> {
    if let Some((first, last)) = period.split_once('—') {
        return Some((first.parse().ok()?, last.parse().ok()?));
    }
    let plan = plan_number(period.strip_suffix('五')?)?;
    let first = (plan >= 6).then(|| 1981 + 5 * (plan - 6))?;
    Some((first, first + 4))
}

/// The numerals of a five-year plan's number, one to nine.
const PLAN_DIGITS: &str = "一二三四五六七八九";

/// The number of a five-year plan written in numerals up to nineteen (`十四` → 14, `九` → 9).
fn plan_number(numerals: &str) -> Option<u32> {
    let digit = |c: char| {
        PLAN_DIGITS
            .chars()
            .position(|d| d == c)
            .map(|at| at as u32 + 1)
    };
    let mut chars = numerals.chars();
    match (chars.next()?, chars.next(), chars.next()) {
        ('十', None, None) => Some(10),
        ('十', Some(units), None) => Some(10 + digit(units)?),
        (units, None, None) => digit(units),
        _ => None,
    }
}

/// The five-year plan before one (`十五五` → `十四五`, `十一五` → `十五`); none before the sixth.
pub(crate) fn plan_before(plan: &str) -> Option<String> {
    plan_named(plan_number(plan.strip_suffix('五')?)?.checked_sub(1)?)
}

/// The five-year plan whose years are `first` and the four after it (2021 → `十四五`), if one.
pub(crate) fn plan_from(first: u32) -> Option<String> {
    let since_sixth = first.checked_sub(1981).filter(|years| years % 5 == 0)?;
    plan_named(since_sixth / 5 + 6)
}

/// The name of the five-year plan of a number from six to nineteen (14 → `十四五`).
fn plan_named(number: u32) -> Option<String> {
    let digit = |n: u32| PLAN_DIGITS.chars().nth(n as usize - 1);
    let (tens, units) = match number {
        6..=9 => ("", digit(number)),
        10 => ("十", None),
        11..=19 => ("十", digit(number - 10)),
        _ => return None,
    };
    Some(format!(
        "{tens}{}五",
        units.map(String::from).unwrap_or_default()
    ))
}

/// Whether a title tells how a plan was carried out (`“十四五”规划实施情况中期评估报告`,
/// `…规划主要指标完成情况`), not the plan.
pub(crate) fn tells_plan_carried_out(title: &str) -> bool {
    ["完成", "执行", "实现", "实施情况", "评估", "成就", "回顾"]
        .iter()
        .any(|w| title.contains(w))
}

/// The five-year plan a title outlines (`某市国民经济和社会发展第十五个五年规划…纲要`,
/// `“十五五”时期经济社会发展主要指标`), not one it tells how it was carried out.
pub(crate) fn plan_outlined(title: &str) -> Option<String> {
    let outlines = ["规划", "纲要", "指标", "目标"]
        .iter()
        .any(|w| title.contains(w));
    (outlines && !tells_plan_carried_out(title))
        .then(|| first_period(title))
        .flatten()
        .filter(|p| years_of(p).is_some() && !p.contains('—'))
}

/// The first period a title names: a year (`2021年`, `一九八五年` as `1985`) or a five-year plan
/// (`十四五`, `“九五”计划`); `2021年重点工作` → 2021.
pub(crate) fn first_period(title: &str) -> Option<String> {
    periods_named(title)
        .min_by_key(|&(at, _)| at)
        .map(|(_, p)| p)
}

/// The last period a title names (`“十三五”时期发展成就和“十四五”时期主要目标任务` → 十四五).
pub(crate) fn last_period(title: &str) -> Option<String> {
    periods_named(title)
        .max_by_key(|&(at, _)| at)
        .map(|(_, p)| p)
}

/// The periods a title names, with where: its years, then its plans.
pub(crate) fn periods_named(title: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    let years = title.match_indices('年').filter_map(|(at, _)| {
        let start = at - digits_at_end(&title[..at])?;
        Some((start, arabic(&title[start..at])))
    });
    let plans = title
        .char_indices()
        .filter(|&(_, c)| "第六七八九十".contains(c))
        .filter_map(|(at, c)| match c {
            '第' => Some((at, plan_written_out(&title[at..])?)),
            _ => Some((at, plan_at_start(&title[at..])?.to_owned())),
        });
    years.chain(plans)
}

/// The five-year plan written out that `text` opens with (`第十五个五年规划` → 十五五).
fn plan_written_out(text: &str) -> Option<String> {
    let rest = text.strip_prefix('第')?;
    let (numerals, _) = rest.split_once("个五年")?;
    plan_number(numerals)?;
    Some(format!("{numerals}五"))
}

/// The five-year plan (`十四五`) that `text` opens with; an older one (`八五`, `十五`) only
/// where it is named so, closed by a quote or followed by the plan or its years (`八五”`,
/// `十五计划`, `九五期间`), not a number (`十五个`).
pub(crate) fn plan_at_start(text: &str) -> Option<&str> {
    let mut chars = text.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    if first == '十' && "一二三四五六七八九".contains(second) && chars.next() == Some('五')
    {
        return Some(&text[..first.len_utf8() + second.len_utf8() + '五'.len_utf8()]);
    }
    let len = first.len_utf8() + second.len_utf8();
    let named = ["”", "计划", "规划", "时期", "期间", "末"]
        .iter()
        .any(|w| text[len..].starts_with(w));
    ("六七八九十".contains(first) && second == '五' && named).then(|| &text[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_spans_and_plans() {
        for (period, years) in [
            ("2017—2021", Some((2017, 2021))),
            ("十四五", Some((2021, 2025))),
            ("十五五", Some((2026, 2030))),
            ("十五", Some((2001, 2005))),
            ("八五", Some((1991, 1995))),
            ("六五", Some((1981, 1985))),
            ("2023", None),
            ("五五", None),
            ("十五五五", None),
        ] {
            assert_eq!(years_of(period), years, "{period}");
            // (A plan is named again from its first year.)
            if let Some((first, _)) = years.filter(|_| !period.contains('—')) {
                assert_eq!(plan_from(first).as_deref(), Some(period), "{period}");
            }
        }
        assert_eq!(plan_from(2019), None);
        assert_eq!(plan_from(1976), None);
        for (plan, before) in [
            ("十五五", Some("十四五")),
            ("十一五", Some("十五")),
            ("十五", Some("九五")),
            ("六五", None),
        ] {
            assert_eq!(plan_before(plan).as_deref(), before, "{plan}");
        }
        for (title, period) in [
            (
                "某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要",
                "十五五",
            ),
            ("关于第九个五年计划的报告", "九五"),
        ] {
            assert_eq!(first_period(title).as_deref(), Some(period), "{title}");
        }
    }

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

    #[test]
    fn periods_a_title_names_first_and_last() {
        assert_eq!(first_period("2021年重点工作").as_deref(), Some("2021"));
        let both = "二、“十三五”时期发展成就和“十四五”时期主要目标任务";
        assert_eq!(first_period(both).as_deref(), Some("十三五"));
        assert_eq!(last_period(both).as_deref(), Some("十四五"));
        let both = "一九九五年和“九五”期间的主要任务";
        assert_eq!(first_period(both).as_deref(), Some("1995"));
        assert_eq!(last_period(both).as_deref(), Some("九五"));
        assert_eq!(first_period("十五个重点项目"), None);
    }
}
