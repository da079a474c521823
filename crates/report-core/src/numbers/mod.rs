//! Numbers: every quantity expression in a clean text, with value, unit and qualifier.
//!
//! Input: one paragraph of clean text. Output: [`Quantity`] values with byte ranges into that
//! text. Arabic and Chinese numerals, fractions (`四分之一`), per cent in every form
//! (`5%`, `百分之五`, `五成`), ranges (`5%—6%`, `3至5个`) and qualifiers (`约`, `超过`,
//! `左右`) are read; dates, ordinals, footnote markers and names (`5G`, `十四五`) are not
//! quantities.

pub(crate) mod chinese;
pub mod units;

use units::{scan_unit, UnitClass, UnitMatch};

/// Qualifiers written before a number, longest first.
const QUALIFIERS_BEFORE: &[&str] = &[
    "至少",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "超过",
    "突破",
    "高于",
    "低于",
    "接近",
    "大约",
    "约",
    "近",
    "逾",
    "达",
];
/// Qualifiers written after a number (and its unit).
const QUALIFIERS_AFTER: &[&str] = &["左右", "以上", "以内", "以下", "之内", "上下"];
/// Range separators between two numbers.
const RANGE_SEPARATORS: &[char] = &['-', '—', '~', '～', '至', '到'];

/// A quantity expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Bytes of the text holding the number and unit (qualifiers excluded).
    pub range: (usize, usize),
    /// End of the number itself (before the unit), bytes of the text.
    pub number_end: usize,
    /// The value in the written unit; the lower bound of a range.
    pub value: f64,
    /// The upper bound of a range.
    pub upper: Option<f64>,
    /// The unit as written, if any (`亿元`, `%`).
    pub unit: Option<String>,
    /// The base unit and the factor from the written unit to it.
    pub base: Option<(&'static str, f64)>,
    /// What the unit measures.
    pub class: Option<UnitClass>,
    /// Approximation or bound (`超过`, `左右`).
    pub qualifier: Option<String>,
    /// The parts of a ratio (`1.3:47.4:51.3`).
    pub ratio: Option<Vec<f64>>,
    /// True for `第3位` and the like.
    pub rank: bool,
}

impl Quantity {
    /// The value in the base unit, if the unit has one.
    pub fn base_value(&self) -> Option<f64> {
        self.base.map(|(_, factor)| self.value * factor)
    }
}

/// Finds the quantity expressions of `text`.
pub fn scan_quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let c = match rest.chars().next() {
            Some(c) => c,
            None => break,
        };
        if c == '[' {
            // A footnote marker `[12]` is a note, not a number.
            let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && rest[1 + digits..].starts_with(']') {
                at += digits + 2;
                continue;
            }
        }
        // Chinese numerals (and `百分之`) start at U+3007 `〇` or in the ideographs.
        let found = if c.is_ascii_digit() {
            scan_arabic(text, at)
        } else if c >= '\u{3007}' && chinese::is_numeral_char(c) {
            scan_chinese(text, at)
        } else {
            None
        };
        match found {
            Some((quantity, end)) => {
                at = end.max(at + c.len_utf8());
                if let Some(q) = quantity {
                    out.push(q);
                }
            }
            None => at += c.len_utf8(),
        }
    }
    share_list_units(text, &mut out);
    out
}

/// `10.6万、3.8万、3.3万平方公里`: numbers of a list that write only the magnitude take the
/// unit written once after the last one (from the end, so that the unit passes along).
fn share_list_units(text: &str, quantities: &mut [Quantity]) {
    const MAGNITUDES: &[&str] = &["万", "亿", "万亿", "千万", "百万"];
    for i in (1..quantities.len()).rev() {
        let (head, tail) = quantities.split_at_mut(i);
        let (q, next) = (&mut head[i - 1], &tail[0]);
        if !matches!(&text[q.range.1..next.range.0], "、" | "和" | "及" | "与") {
            continue;
        }
        let (Some(unit), Some(next_unit)) = (&q.unit, &next.unit) else {
            continue;
        };
        if MAGNITUDES.contains(&unit.as_str())
            && next_unit.len() > unit.len()
            && next_unit.starts_with(unit.as_str())
        {
            q.unit = Some(next_unit.clone());
            q.base = next.base;
            q.class = next.class;
        }
    }
}

/// Bytes of an Arabic number at the start of `text` (`1,234.5`), and its value.
fn scan_arabic_number(text: &str) -> Option<(usize, f64)> {
    let bytes = text.as_bytes();
    let mut i = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if i == 0 {
        return None;
    }
    // Thousands separators: `1,234,567`.
    while i < bytes.len()
        && bytes[i] == b','
        && bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
            == 3
        && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    {
        i += 4;
    }
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1 + bytes[i + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    }
    let value: f64 = text[..i].replace(',', "").parse().ok()?;
    Some((i, value))
}

/// An Arabic number at `at` with its unit. Returns the quantity (or `None` for a number
/// that is not a quantity, such as a year) and the end of what was consumed.
fn scan_arabic(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let before = text[..at].chars().next_back();
    let (len, value) = scan_arabic_number(&text[at..])?;
    let mut end = at + len;
    // Model and product names (`5G`, `C919`, `PM2.5`) and codes are not quantities.
    let after = text[end..].chars().next();
    if before.is_some_and(|c| c.is_ascii_alphabetic())
        || after.is_some_and(|c| c.is_ascii_alphabetic())
    {
        let skip = end
            + text[end..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .map(char::len_utf8)
                .sum::<usize>();
        return Some((None, skip));
    }
    let ordinal = text[..at].ends_with('第');
    // Ratios `1.3:47.4:51.3`.
    if text[end..].starts_with(':') {
        let mut parts = vec![value];
        let mut e = end;
        while let Some(rest) = text[e..].strip_prefix(':') {
            match scan_arabic_number(rest) {
                Some((l, v)) => {
                    parts.push(v);
                    e += 1 + l;
                }
                None => break,
            }
        }
        if parts.len() >= 2 {
            return Some((Some(ratio(at, e, parts)), e));
        }
    }
    // Dates: `2023年`, `1月`, `7日`; document numbers `5号`.
    let tail = &text[end..];
    if tail.starts_with('年') && len == 4 && !tail.starts_with("年均") {
        return Some((None, end + '年'.len_utf8()));
    }
    if (tail.starts_with('月')
        || tail.starts_with('日')
        || tail.starts_with('号')
        || tail.starts_with("时"))
        && len <= 2
    {
        return Some((None, end + 3));
    }
    if tail.starts_with("周年")
        || tail.starts_with("届")
        || tail.starts_with("年代")
        || tail.starts_with("世纪")
    {
        return Some((None, end));
    }
    if ordinal {
        let rank_unit = ["位", "名"].iter().find(|u| tail.starts_with(**u));
        return Some(match rank_unit {
            Some(u) => {
                let q = Quantity {
                    rank: true,
                    unit: Some((*u).to_owned()),
                    number_end: end,
                    ..plain(at, end + u.len(), value)
                };
                (Some(q), end + u.len())
            }
            None => (None, end),
        });
    }
    // 多 / 余 between the number and the unit: `7400多万`, `30余个`.
    let mut qualifier_after = None;
    for word in ["多", "余"] {
        if text[end..].starts_with(word) {
            qualifier_after = Some(word);
            end += word.len();
            break;
        }
    }
    let mut unit = scan_unit(&text[end..]);
    let mut value = value;
    // `2万余亩`, `2.4万多户`: the magnitude, then 多 / 余, then the unit.
    if let Some(prefix) = unit.filter(|u| u.base.is_none() && qualifier_after.is_none()) {
        let after = end + prefix.len;
        for word in ["多", "余"] {
            let Some(rest) = text[after..].strip_prefix(word) else {
                continue;
            };
            if let Some(u) = scan_unit(rest).filter(|u| u.base.is_some() && u.magnitude == 1.0) {
                value *= prefix.magnitude;
                qualifier_after = Some(word);
                end = after + word.len();
                unit = Some(u);
            }
            break;
        }
    }
    let mut upper = None;
    // Ranges: `5%—6%`, `5-10万`, `3至5个`.
    let range_start = end + unit.map_or(0, |u| u.len);
    if let Some(sep) = text[range_start..]
        .chars()
        .next()
        .filter(|c| RANGE_SEPARATORS.contains(c))
    {
        let second = range_start + sep.len_utf8();
        if let Some((l2, v2)) = scan_arabic_number(&text[second..]) {
            let unit2 = scan_unit(&text[second + l2..]);
            let same = match (unit, unit2) {
                (Some(a), Some(b)) => {
                    text[end..end + a.len] == text[second + l2..second + l2 + b.len]
                }
                (None, Some(_)) => true,
                (None, None) => !matches!(sep, '-' | '—'),
                (Some(_), None) => false,
            };
            if same && v2 >= value {
                upper = Some(v2);
                if unit.is_none() {
                    end = second + l2;
                    unit = unit2;
                } else {
                    end = second + l2;
                }
            }
        }
    }
    let unit_end = end + unit.map_or(0, |u| u.len);
    let mut q = with_unit(text, at, unit_end, value, unit);
    q.upper = upper;
    q.qualifier = qualifier_before(text, at)
        .map(str::to_owned)
        .or(qualifier_after.map(str::to_owned))
        .or_else(|| qualifier_following(text, unit_end).map(str::to_owned));
    Some((Some(q), unit_end))
}

fn plain(start: usize, end: usize, value: f64) -> Quantity {
    Quantity {
        range: (start, end),
        number_end: end,
        value,
        upper: None,
        unit: None,
        base: None,
        class: None,
        qualifier: None,
        ratio: None,
        rank: false,
    }
}

fn ratio(start: usize, end: usize, parts: Vec<f64>) -> Quantity {
    Quantity {
        ratio: Some(parts.clone()),
        ..plain(start, end, parts[0])
    }
}

/// Builds a quantity from a number at `start` and its unit ending at `unit_end`.
fn with_unit(
    text: &str,
    start: usize,
    unit_end: usize,
    value: f64,
    unit: Option<UnitMatch>,
) -> Quantity {
    let mut q = plain(start, unit_end, value);
    if let Some(u) = unit {
        q.unit = Some(text[unit_end - u.len..unit_end].to_owned());
        q.number_end = unit_end - u.len;
        // A rate (`部/百人`) has no base unit to normalise to.
        q.base = u
            .base
            .filter(|(base, _, _)| !base.is_empty())
            .map(|(base, factor, _)| (base, factor * u.magnitude));
        q.class = u.base.map(|(_, _, class)| class);
    }
    q
}

fn qualifier_before(text: &str, at: usize) -> Option<&'static str> {
    QUALIFIERS_BEFORE
        .iter()
        .copied()
        .find(|q| text[..at].ends_with(q))
}

fn qualifier_following(text: &str, at: usize) -> Option<&'static str> {
    QUALIFIERS_AFTER
        .iter()
        .copied()
        .find(|q| text[at..].starts_with(q))
}

/// A Chinese numeral at `at`: only as a quantity with a unit, a fraction, or a per cent.
fn scan_chinese(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let rest = &text[at..];
    if let Some(after) = rest.strip_prefix("百分之") {
        let len: usize = after
            .chars()
            .take_while(|&c| chinese::is_numeral_char(c) || c == '点')
            .map(char::len_utf8)
            .sum();
        let value = parse_with_point(&after[..len])?;
        let end = at + "百分之".len() + len;
        let mut q = plain(at, end, value);
        q.unit = Some("%".to_owned());
        q.base = Some(("%", 1.0));
        q.class = Some(UnitClass::Percent);
        q.qualifier = qualifier_before(text, at).map(str::to_owned);
        return Some((Some(q), end));
    }
    let len: usize = rest
        .chars()
        .take_while(|&c| chinese::is_numeral_char(c) || c == '点')
        .map(char::len_utf8)
        .sum();
    // A trailing `万`/`亿` that starts a unit (`两千亿元`) belongs to the unit.
    let core = rest[..len].trim_end_matches(['万', '亿']).len();
    let len =
        if core > 0 && core < len && scan_unit(&rest[core..]).is_some_and(|u| u.base.is_some()) {
            core
        } else {
            len
        };
    let numeral = &rest[..len];
    let end = at + len;
    let tail = &text[end..];
    // Fractions: `四分之一`.
    if let Some(after) = tail.strip_prefix("分之") {
        let len2: usize = after
            .chars()
            .take_while(|&c| chinese::is_numeral_char(c))
            .map(char::len_utf8)
            .sum();
        let (den, num) = (chinese::parse(numeral)?, chinese::parse(&after[..len2])?);
        if den == 0 || len2 == 0 {
            return Some((None, end));
        }
        let fend = end + "分之".len() + len2;
        let mut q = plain(at, fend, num as f64 / den as f64 * 100.0);
        q.unit = Some("%".to_owned());
        q.base = Some(("%", 1.0));
        q.class = Some(UnitClass::Percent);
        return Some((Some(q), fend));
    }
    let before = text[..at].chars().next_back();
    // Ordinals (`第十八届`), plan names (`十四五`), and the article `一` are not quantities.
    if before == Some('第')
        || is_plan_name(numeral)
        || numeral == "一"
        || numeral == "两" && tail.starts_with('个')
    {
        return Some((None, end));
    }
    let value = parse_with_point(numeral)?;
    // `五成`: fifty per cent.
    if tail.starts_with('成') && numeral.chars().count() == 1 {
        let next = tail['成'.len_utf8()..].chars().next();
        if next.is_none_or(|c| "，。；、以左多".contains(c)) {
            let unit_end = end + '成'.len_utf8();
            let mut q = Quantity {
                number_end: end,
                ..plain(at, unit_end, value)
            };
            q.unit = Some("成".to_owned());
            q.base = Some(("%", 10.0));
            q.class = Some(UnitClass::Percent);
            q.qualifier = qualifier_before(text, at)
                .or_else(|| qualifier_following(text, unit_end))
                .map(str::to_owned);
            return Some((Some(q), unit_end));
        }
    }
    if tail.starts_with("次产业")
        || tail.starts_with("大")
        || tail.starts_with("个维护")
        || tail.starts_with("个确立")
    {
        return Some((None, end));
    }
    let (numeral_value, unit) = match scan_unit(tail) {
        Some(u) if u.base.is_some() => (value, u),
        _ => return Some((None, end)),
    };
    let unit_end = end + unit.len;
    let mut q = with_unit(text, at, unit_end, numeral_value, Some(unit));
    q.qualifier = qualifier_before(text, at)
        .or_else(|| qualifier_following(text, unit_end))
        .map(str::to_owned);
    Some((Some(q), unit_end))
}

/// `十四五`, `十三五`: names of five-year plans.
fn is_plan_name(numeral: &str) -> bool {
    let chars: Vec<char> = numeral.chars().collect();
    chars.len() >= 3 && chars[0] == '十' && chars[chars.len() - 1] == '五'
}

/// A Chinese numeral with an optional decimal point (`三点五`).
fn parse_with_point(text: &str) -> Option<f64> {
    match text.split_once('点') {
        None => chinese::parse(text).map(|v| v as f64),
        Some((int, frac)) => {
            let int = chinese::parse(int)? as f64;
            let digits: Option<String> = frac
                .chars()
                .map(|c| chinese::digit_value(c).and_then(|d| char::from_digit(d as u32, 10)))
                .collect();
            let frac: f64 = format!("0.{}", digits?).parse().ok()?;
            Some(int + frac)
        }
    }
}

#[cfg(test)]
mod tests;
