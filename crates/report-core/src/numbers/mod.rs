//! Numbers: every quantity expression in a clean text, with value, unit and qualifier.
//!
//! Input: one paragraph of clean text. Output: [`Quantity`] values with byte ranges into that
//! text. Arabic and Chinese numerals, fractions (`四分之一`), per cent in every form
//! (`5%`, `百分之五`, `五成`), ranges (`5%—6%`, `3至5个`) and qualifiers (`约`, `超过`,
//! `左右`) are read; dates, ordinals, footnote markers and names (`5G`, `十四五`) are not
//! quantities.

pub(crate) mod chinese;
pub mod units;
pub(crate) mod year;

use units::{scan_unit, UnitClass, UnitMatch};

/// Qualifiers written before a number, longest first.
pub(crate) const QUALIFIERS_BEFORE: &[&str] = &[
    "至少",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    // `从不到70万亿元增加到超过100万亿元`
    "不到",
    "不足",
    "超过",
    "突破",
    // `地区生产总值跨越500亿元`; milestones passed, `跨过120万亿元台阶`, `跃上千亿元台阶`.
    "跨越",
    "跨过",
    "迈过",
    "迈上",
    "跃上",
    "站上",
    "高于",
    "低于",
    "接近",
    "大约",
    // `人均生产总值约合20533美元`: about, in another currency.
    "约合",
    "约",
    "近",
    "逾",
    // `营收增长超20%`, `占比首超80%`
    "超",
];
/// Qualifiers written after a number (and its unit).
const QUALIFIERS_AFTER: &[&str] = &["左右", "以上", "以内", "以下", "之内", "上下"];
/// Range separators between two numbers.
pub(crate) const RANGE_SEPARATORS: &[char] = &['-', '—', '~', '～', '至', '到'];

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
    /// True for a fraction (`四分之一`), whose value is given in per cent (25).
    pub fraction: bool,
}

/// `value × factor` as a reader writes it: `82.96` 亿 is 8,296,000,000, not the
/// 8,295,999,999.999999 of binary arithmetic (rounded to twelve significant digits, more than
/// any report gives).
pub fn scaled(value: f64, factor: f64) -> f64 {
    const DIGITS: i32 = 12;
    let product = value * factor;
    if !product.is_finite() || product == 0.0 {
        return product;
    }
    // (By arithmetic, not by formatting and parsing, whose code would add 13 KB to the wasm:
    // the rounded digits are an integer, and one multiplication or division of it by a power
    // of ten, exact up to 10²², is rounded to the double nearest the decimal.)
    let mut magnitude = 0;
    let mut a = product.abs();
    while a >= 10.0 {
        a /= 10.0;
        magnitude += 1;
    }
    while a < 1.0 {
        a *= 10.0;
        magnitude -= 1;
    }
    let shift = DIGITS - 1 - magnitude;
    let power = 10f64.powi(shift.abs());
    if shift >= 0 {
        (product * power).round() / power
    } else {
        (product / power).round() * power
    }
}

impl Quantity {
    /// The value in the base unit, if the unit has one.
    pub fn base_value(&self) -> Option<f64> {
        self.base.map(|(_, factor)| scaled(self.value, factor))
    }

    /// True for the places a rank moved (`排名上升2位`).
    pub fn moves_rank(&self) -> bool {
        !self.rank
            && self.class.is_none()
            && self
                .unit
                .as_deref()
                .is_some_and(|u| u.contains('位') || u == "名")
    }

    /// The number as a reader of numbers takes it: a magnitude alone is part of the number
    /// (`4.78万亿` is 4.78×10¹², no unit), a fraction is a number (`五分之一` is 0.2), and a
    /// share in 成 or 折 is a per cent (`九成` is 90 %, `七十五万个百分点` 750,000 points).
    /// The value, the upper bound of a range, and the unit.
    pub fn as_number(&self) -> (f64, Option<f64>, Option<&str>) {
        let scale = |factor: f64| {
            (
                scaled(self.value, factor),
                self.upper.map(|u| scaled(u, factor)),
            )
        };
        let unit = self.unit.as_deref();
        if self.fraction {
            // (Exact: a fraction's digits are not a reader's, `三分之二` is 0.666….)
            let (value, upper) = (self.value * 0.01, self.upper.map(|u| u * 0.01));
            return (value, upper, None);
        }
        if let (Some(u), None) = (unit, self.class) {
            if let Some(&(_, magnitude)) = units::PREFIXES.iter().find(|(p, _)| *p == u) {
                let (value, upper) = scale(magnitude);
                return (value, upper, None);
            }
        }
        if let (Some(UnitClass::Percent | UnitClass::Points), Some((base, factor))) =
            (self.class, self.base)
        {
            let (value, upper) = scale(factor);
            return (value, upper, Some(base));
        }
        (self.value, self.upper, unit)
    }
}

/// Finds the quantity expressions of `text`.
pub fn scan_quantities(text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < text.len() {
        // Most characters start nothing: ASCII other than digits, `.` and `[`, and the
        // characters after a byte that no numeral, 负 or 半 starts with, are skipped by byte.
        let skip = match bytes[at] {
            b'0'..=b'9' | b'.' | b'[' => 0,
            0xE4..=0xE9 => match bytes.get(at + 1..at + 3) {
                Some(tail) => {
                    let code = u32::from(bytes[at] & 0x0F) << 12
                        | u32::from(tail[0] & 0x3F) << 6
                        | u32::from(tail[1] & 0x3F);
                    if starts_quantity(code) {
                        0
                    } else {
                        3
                    }
                }
                None => 0,
            },
            // `〇` (E3 80 87) among the CJK symbols and punctuation.
            0xE3 if bytes.get(at + 1..at + 3) == Some(&[0x80, 0x87]) => 0,
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if skip > 0 {
            at += skip;
            continue;
        }
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
        // `.5`: a number without its leading zero (not the end of a sentence `…2.`).
        let bare_point = c == '.'
            && rest[1..].starts_with(|c: char| c.is_ascii_digit())
            && !text[..at].ends_with(|c: char| c.is_ascii_alphanumeric());
        let found = if c.is_ascii_digit() || bare_point {
            scan_arabic(text, at).map(|found| signed(text, at, found))
        } else if c >= '\u{3007}' && chinese::is_numeral_char(c) {
            scan_chinese(text, at)
        } else if matches!(c, '负' | '負') {
            negative(text, at)
        } else if c == '半' {
            scan_half(text, at)
        } else if c == '首' {
            first_place(text, at)
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
    join_mixed_magnitudes(text, &mut out);
    share_list_units(text, &mut out);
    out
}

/// `4万3377元`, `14亿489万人`, `48兆5186亿元`: a number of a higher magnitude right before one of
/// a lower one, as the press of Hong Kong and Taiwan writes them, is one number, in the unit of
/// the last (43377 元, 140489 万人, 485186 亿元).
fn join_mixed_magnitudes(text: &str, quantities: &mut Vec<Quantity>) {
    // (The magnitude of a unit as written, `億元` 10⁸, `元` 1, and whether it is one alone, `4万`.)
    let magnitude_of = |unit: &str| scan_unit(unit).map(|u| (u.magnitude, u.base.is_none()));
    let mut i = 0;
    while i + 1 < quantities.len() {
        let (q, next) = (&quantities[i], &quantities[i + 1]);
        // (Quantities are in text order and apart; `?` for the gap keeps that an assumption.)
        let gap = text.get(q.range.1..next.range.0).unwrap_or("?");
        let plain = |q: &Quantity| {
            q.upper.is_none()
                && q.ratio.is_none()
                && !q.rank
                && !q.fraction
                && q.value.fract() == 0.0
        };
        // The whole of the first number and its magnitude: written after it (`4万`, a unit of
        // its own) or as `兆` between the two (not read as a unit alone).
        let high = match (gap, q.unit.as_deref()) {
            ("", Some(unit)) => magnitude_of(unit)
                .filter(|&(_, alone)| alone)
                .map(|(m, _)| (m, scaled(q.value, m))),
            ("兆", None) if q.range.1 == q.number_end => Some((1e12, q.value * 1e12)),
            _ => None,
        };
        let joined = high.and_then(|(high, whole)| {
            if !plain(q) || !plain(next) || next.qualifier.is_some() {
                return None;
            }
            match next.unit.as_deref() {
                Some(unit) => {
                    let low = magnitude_of(unit).map_or(1.0, |(m, _)| m);
                    (high > low && next.value < high / low).then(|| whole / low + next.value)
                }
                // `3万5`: one digit alone right after it is the place below the magnitude
                // (35000, as `三万五`).
                None => (next.range.1 == next.range.0 + 1
                    && !text[next.range.1..].starts_with(|c: char| c.is_ascii_digit() || c == '.'))
                .then(|| whole + scaled(next.value, high / 10.0)),
            }
        });
        match joined {
            Some(value) => {
                let start = q.range.0;
                let qualifier = q.qualifier.clone();
                quantities.remove(i);
                let q = &mut quantities[i];
                q.value = value;
                q.range.0 = start;
                q.qualifier = qualifier;
            }
            None => i += 1,
        }
    }
}

/// The characters of U+4000..U+9FFF that can start a quantity: Chinese numerals, 负, 負, 半, 首
/// (one bit each, built from [`chinese::is_numeral_char`] at compile time, so that the scanner
/// asks a table rather than matching every character).
static STARTS: [u64; 384] = {
    let mut table = [0u64; 384];
    let mut bit = 0;
    while bit < 384 * 64 {
        if let Some(c) = char::from_u32(0x4000 + bit) {
            if chinese::is_numeral_char(c) || matches!(c, '负' | '負' | '半' | '首') {
                table[(bit / 64) as usize] |= 1 << (bit % 64);
            }
        }
        bit += 1;
    }
    table
};

/// Whether `text` says a figure: an Arabic digit, or a number in Chinese numerals with its unit
/// (`二十八家`; not the `一` of `一般`, `进一步`, a numeral without a unit, `三大攻坚战`,
/// `连续七年丰收`, nor a time, `三个月`).
pub(crate) fn has_figure(text: &str) -> bool {
    text.contains(|c: char| c.is_ascii_digit())
        || text.contains(chinese::is_numeral_char)
            && scan_quantities(text)
                .iter()
                .any(|q| q.unit.as_deref().is_some_and(|u| !DURATIONS.contains(&u)))
}

/// Units of how long something took or went on (`三个月`, `用三年时间`, `24小时`).
pub(crate) const DURATIONS: &[&str] = &["个月", "年", "天", "周", "小时", "分钟"];

/// A Chinese ideograph (U+4E00..U+9FFF): next to a numeral, it may make the numeral part of a
/// word (`四川`, `减负`).
pub(crate) fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Whether the character `code` (in U+4000..U+9FFF) can start a quantity.
fn starts_quantity(code: u32) -> bool {
    let Some(bit) = code.checked_sub(0x4000).filter(|&b| b < 384 * 64) else {
        return false;
    };
    STARTS[(bit / 64) as usize] >> (bit % 64) & 1 == 1
}

/// The whole a figure is compared with (`高于全省`, `分别高于全国、全省`).
pub(crate) const WHOLE_PLACES: &[&str] = &["全国", "全省", "全市", "全县", "全区"];

/// `list` without the level of a place it ends with (`全国、全省平均水平` → `全国、全省`).
pub(crate) fn without_level_compared(list: &str) -> &str {
    const LEVELS: &[&str] = &["平均水平", "平均增速", "平均", "水平", "增速"];
    LEVELS
        .iter()
        .find_map(|l| list.strip_suffix(l))
        .unwrap_or(list)
}

/// The change said between two numbers of a list, each after its own (`下降0.2个、提高0.8个
/// 百分点` → `提高`).
pub(crate) fn own_change(between: &str) -> Option<&str> {
    const CHANGES: &[&str] = &[
        "下降", "提高", "上升", "增加", "减少", "降低", "回落", "增长",
    ];
    ["、", "和"]
        .iter()
        .find_map(|j| between.strip_prefix(j))
        .filter(|verb| CHANGES.contains(verb))
}

/// What joins the numbers of a list (`3.8万、3.3万`, `第4和第3位`).
pub(crate) const JOINERS: [&str; 4] = ["、", "和", "及", "与"];

/// `10.6万、3.8万、3.3万平方公里`: numbers of a list that write only the magnitude, or none
/// after `分别`, take the unit written once after the last one (from the end, so that the
/// unit passes along).
fn share_list_units(text: &str, quantities: &mut [Quantity]) {
    const MAGNITUDES: &[&str] = &["万", "亿", "万亿", "千万", "百万"];
    // Lists longer than this are a table's row, not a sentence's figures.
    const MAX_LIST: usize = 12;
    // (`分别拉动…增长3.2、1.1、1.8、1.5个百分点`: `分别` is looked for before the list's first
    // number.) Where the list of each number starts, found once (sharing a unit moves none).
    let mut list_of = Vec::with_capacity(quantities.len());
    for k in 0..quantities.len() {
        let joined =
            k > 0 && JOINERS.contains(&&text[quantities[k - 1].range.1..quantities[k].range.0]);
        list_of.push(if joined { list_of[k - 1] } else { k });
    }
    for i in (1..quantities.len()).rev() {
        let first = list_of[i - 1].max(i.saturating_sub(MAX_LIST).max(1) - 1);
        let list_start = quantities[first].range.0;
        let (head, tail) = quantities.split_at_mut(i);
        let (q, next) = (&mut head[i - 1], &tail[0]);
        // (`高于全国0.7、全省2.3个百分点`: each place with its number.)
        let between = &text[q.range.1..next.range.0];
        let place_after = ["、", "和"]
            .iter()
            .find_map(|j| between.strip_prefix(j))
            .is_some_and(|p| WHOLE_PLACES.contains(&without_level_compared(p)));
        // (`分居全省第4、第3位`: ranks in a list, the place of the last.)
        let ranks = q.rank && next.rank && matches!(between, "、第" | "和第" | "、" | "和");
        if ranks && q.unit.is_none() {
            q.unit.clone_from(&next.unit);
            continue;
        }
        // (`分别下降0.2个、下降0.6个、提高0.8个百分点`: points shortened to `个`, each after
        // its own change.)
        let points_changed = q.unit.as_deref() == Some("个")
            && next.unit.as_deref() == Some("个百分点")
            && own_change(between).is_some();
        if !JOINERS.contains(&between) && !place_after && !points_changed {
            continue;
        }
        let before =
            || &text[text.floor_char_boundary(list_start.saturating_sub(16 * 3))..q.range.0];
        // `分别增长5%和7.5%左右`: an approximation said once after a list that `分别` opens is
        // of each of its numbers.
        if q.qualifier.is_none()
            && next.qualifier.as_deref() == Some("左右")
            && JOINERS.contains(&between)
            && before().contains("分别")
        {
            q.qualifier.clone_from(&next.qualifier);
        }
        // `分别达到14和25平方米`, `分别高于…1.7和4.9个百分点`: a bare number in a list that
        // `分别` opens, or right after the places it compares with (`高于全国、全省0.6和0.4个
        // 百分点`, `高于全国0.7、全省2.3个百分点`), takes the unit of the next.
        if q.unit.is_none() && next.unit.is_some() && !q.rank && q.ratio.is_none() && !q.fraction {
            let before = before();
            let place = without_level_compared(before);
            if before.contains("分别") || WHOLE_PLACES.iter().any(|p| place.ends_with(p)) {
                q.unit.clone_from(&next.unit);
                q.base = next.base;
                q.class = next.class;
            }
            continue;
        }
        let (Some(unit), Some(next_unit)) = (&q.unit, &next.unit) else {
            continue;
        };
        // (`分别提高9.4个和8.1个百分点`: the points shortened to `个` before the last.)
        let points = unit == "个" && next_unit == "个百分点";
        if (MAGNITUDES.contains(&unit.as_str()) || points)
            && next_unit.len() > unit.len()
            && next_unit.starts_with(unit.as_str())
        {
            q.unit = Some(next_unit.clone());
            q.base = next.base;
            q.class = next.class;
        }
    }
    // `分别不低于5.5%和7%`: a bound said once before a list that `分别` opens is of each.
    for (k, &first) in list_of.iter().enumerate().skip(1) {
        if first == k {
            continue;
        }
        let (head, tail) = quantities.split_at_mut(k);
        let (start, q) = (&head[first], &mut tail[0]);
        let said_once = start.qualifier.as_deref().is_some_and(|bound| {
            text[..start.range.0]
                .strip_suffix(bound)
                .is_some_and(|before| before.ends_with("分别"))
        });
        if q.qualifier.is_none() && said_once {
            q.qualifier.clone_from(&start.qualifier);
        }
    }
}

/// Spaces that may part a number's thousands (`5 432.18亿元`): plain, no-break and thin.
const THOUSANDS_SPACES: [char; 4] = [' ', '\u{a0}', '\u{2009}', '\u{202f}'];

/// Whether `digits` opens with a group of a number's thousands: three digits, and no fourth.
fn is_thousands_group(digits: &[u8]) -> bool {
    digits.iter().take_while(|b| b.is_ascii_digit()).count() == 3
        && !digits.get(3).is_some_and(u8::is_ascii_digit)
}

/// Bytes of a decimal point and the digits after it at `at` (none without a digit after it).
fn fraction_len(bytes: &[u8], at: usize) -> usize {
    if bytes.get(at) != Some(&b'.') {
        return 0;
    }
    match bytes[at + 1..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
    {
        0 => 0,
        digits => 1 + digits,
    }
}

/// Whether `text` opens with a unit written in Chinese (`亿元`, not the `G` of `5G`).
fn opens_with_chinese_unit(text: &str) -> bool {
    !text.starts_with(|c: char| c.is_ascii()) && scan_unit(text).is_some()
}

/// Bytes of an Arabic number at the start of `text` (`1,234.5`), and its value.
fn scan_arabic_number(text: &str) -> Option<(usize, f64)> {
    let bytes = text.as_bytes();
    let mut i = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if i == 0 && !(bytes.first() == Some(&b'.') && bytes.get(1).is_some_and(u8::is_ascii_digit)) {
        return None;
    }
    // `安排再就业补助资金25l亿元`: a letter typed for a digit it looks like, between digits and
    // a Chinese unit (not in a name, `5G`, `C919`).
    let mut slips = false;
    while i > 0 && matches!(bytes.get(i), Some(b'l' | b'O')) {
        let rest = &text[i + 1..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !opens_with_chinese_unit(&rest[digits..]) {
            break;
        }
        slips = true;
        i += 1 + digits;
    }
    if slips {
        let value: f64 = text[..i].replace('l', "1").replace('O', "0").parse().ok()?;
        return Some((i, value));
    }
    // Thousands separators: `1,234,567`, `9，999`.
    loop {
        let comma = if text[i..].starts_with(',') {
            1
        } else if text[i..].starts_with('，') {
            '，'.len_utf8()
        } else {
            break;
        };
        if !is_thousands_group(&bytes[i + comma..]) {
            break;
        }
        i += comma + 3;
    }
    // `地区生产总值5 432.18亿元`, `1 234 567人`: or spaces, where a unit follows the last
    // group (not a table's columns, `12 345`, with units in their header).
    if (1..=3).contains(&i) {
        let mut end = i;
        while let Some(space) = THOUSANDS_SPACES
            .into_iter()
            .find(|s| text[end..].starts_with(*s))
        {
            if !is_thousands_group(&bytes[end + space.len_utf8()..]) {
                break;
            }
            end += space.len_utf8() + 3;
        }
        let decimals = fraction_len(bytes, end);
        if end > i && opens_with_chinese_unit(&text[end + decimals..]) {
            let value: f64 = text[..end + decimals]
                .replace(THOUSANDS_SPACES, "")
                .parse()
                .ok()?;
            return Some((end + decimals, value));
        }
    }
    let fraction = fraction_len(bytes, i);
    if fraction > 0 {
        i += fraction;
    } else if let Some(dot) = ['·', '・'].into_iter().find(|d| text[i..].starts_with(*d)) {
        // `全年增长19·5％`: old typesetting's middle dot is a decimal point before a unit (not
        // in a name, `“5·18”经洽会`).
        let after = i + dot.len_utf8();
        let digits = bytes[after..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 0 && scan_unit(&text[after + digits..]).is_some() {
            let whole = text[..i].replace([',', '，'], "");
            let value: f64 = format!("{whole}.{}", &text[after..after + digits])
                .parse()
                .ok()?;
            return Some((after + digits, value));
        }
    }
    let value: f64 = text[..i].replace([',', '，'], "").parse().ok()?;
    Some((i, value))
}

/// An Arabic number at `at` with its unit. Returns the quantity (or `None` for a number
/// that is not a quantity, such as a year) and the end of what was consumed.
fn scan_arabic(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let before = text[..at].chars().next_back();
    let (len, mut value) = scan_arabic_number(&text[at..])?;
    let mut end = at + len;
    // `2e5`, `-127.32e13`, `2^5`: scientific notation and powers.
    if let Some((elen, v)) = exponent(&text[end..], value) {
        end += elen;
        value = v;
    }
    // Model and product names (`5G`, `C919`, `PM2.5`) and codes are not quantities.
    let after = text[end..].chars().next();
    if before.is_some_and(|c| c.is_ascii_alphabetic())
        || after.is_some_and(|c| c.is_ascii_alphabetic())
            && units::ascii_unit_len(&text[end..]).is_none()
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
    let integer = text[at..end].bytes().all(|b| b.is_ascii_digit());
    // Fractions: `16分之5`, `3/5`, `1 3/5`; `3又一千分之23`.
    if text[end..].starts_with("分之") {
        return Some(match fraction(text, end, value) {
            Some((v, fend)) => (Some(fraction_quantity(at, fend, v)), fend),
            None => (None, end),
        });
    }
    if integer && before != Some('/') {
        if let Some((v, fend)) = slash_fraction(text, end, value) {
            return Some((Some(fraction_quantity(at, fend, v)), fend));
        }
        // `1 4/3`: a whole number, a space and a fraction.
        if let Some(rest) = text[end..].strip_prefix(' ') {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                let num: f64 = rest[..digits].parse().unwrap_or(0.0);
                if let Some((v, fend)) = slash_fraction(text, end + 1 + digits, num) {
                    return Some((Some(plain(at, fend, value + v)), fend));
                }
            }
        }
        if let Some((v, fend)) = mixed_fraction(text, end, value) {
            return Some((Some(plain(at, fend, v)), fend));
        }
    }
    // `5万4千6百`, `10万万`: Arabic digits with Chinese places.
    if integer && !ordinal && mixes_places(&text[end..]) {
        let run: usize = text[at..]
            .chars()
            .take_while(|&c| c.is_ascii_digit() || chinese::is_numeral_char(c))
            .map(char::len_utf8)
            .sum();
        if let Some(v) = chinese::parse(&text[at..at + run]) {
            value = v as f64;
            end = at + run;
        }
    }
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
        // `2020/1/8 11:20:49`: a time of day after a date, not a ratio.
        let clock = text[at..e].len() <= 8
            && parts.iter().all(|p| p.fract() == 0.0 && *p < 60.0)
            && text[..at]
                .trim_end_matches(' ')
                .ends_with(|c: char| c.is_ascii_digit() || c == '日');
        // `图2:2024年居民消费价格…`: a figure's number and its caption's year (or its first
        // year: `图1:2011-2015年…`).
        let figure = || text[..at].trim_end_matches(' ').ends_with(['图', '表']);
        let captioned_year = (text[e..].starts_with('年') || figure())
            && parts
                .last()
                .is_some_and(|y| (1900.0..2100.0).contains(y) && y.fract() == 0.0);
        if clock || captioned_year {
            return Some((None, e));
        }
        if parts.len() >= 2 {
            return Some((Some(ratio(at, e, parts)), e));
        }
    }
    // Dates: `2023年`, `1月`, `7日`; document numbers `5号`.
    let tail = &text[end..];
    if tail.starts_with('年') && len == 4 && integer && !tail.starts_with("年均") {
        return Some((None, end + '年'.len_utf8()));
    }
    // `平均受教育年限达到11.3年`: a length of time in years, told by its decimals (`5年` may
    // be how long something lasted or a name's part, `连续5年增产`).
    if tail.starts_with('年') && text[at..end].contains('.') && !tail.starts_with("年均") {
        let unit_end = end + '年'.len_utf8();
        let mut q = plain(at, unit_end, value);
        q.unit = Some("年".to_owned());
        q.number_end = end;
        q.base = Some(("年", 1.0));
        q.class = Some(UnitClass::Physical);
        q.qualifier = qualifier_before(text, at).map(str::to_owned);
        return Some((Some(q), unit_end));
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
        || is_session(tail)
        || tail.starts_with("年代")
        || tail.starts_with("世纪")
    {
        return Some((None, end));
    }
    if let Some(found) = top_rank(text, at, end, value) {
        return Some(found);
    }
    if ordinal {
        return Some(match rank_unit(tail) {
            Some(u) => (Some(rank(at, end, value, Some(u))), end + u.len()),
            None if ranked_in_whole(text, at, tail) || ranked_after_verb(text, at, tail) => {
                (Some(rank(at, end, value, None)), end)
            }
            None => (None, end),
        });
    }
    if let Some(u) = places_moved(text, at, tail) {
        return Some((Some(rank_move(at, end, value, u)), end + u.len()));
    }
    if let Some(found) = share(text, at, end, value, None) {
        return Some(found);
    }
    // `4至5成`, `3-4成`: a range of shares.
    if let Some(sep) = tail.chars().next().filter(|c| RANGE_SEPARATORS.contains(c)) {
        let second = end + sep.len_utf8();
        let shares = scan_arabic_number(&text[second..])
            .filter(|&(len, high)| len > 0 && high > value)
            .and_then(|(len, high)| share(text, second, second + len, high, None));
        if let Some((Some(mut q), share_end)) = shares {
            if q.unit.as_deref() == Some("成") {
                q.range.0 = at;
                q.upper = Some(q.value);
                q.value = value;
                q.qualifier = qualifier_before(text, at)
                    .or_else(|| qualifier_following(text, share_end))
                    .map(str::to_owned);
                return Some((Some(q), share_end));
            }
        }
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
    // `2万余亩`, `2.4万多户`, `3万多亿元`: the magnitude, then 多 / 余, then the unit (with a
    // magnitude of its own: 3万 亿元).
    if let Some(prefix) = unit.filter(|u| u.base.is_none() && qualifier_after.is_none()) {
        let after = end + prefix.len;
        for word in ["多", "余"] {
            let Some(rest) = text[after..].strip_prefix(word) else {
                continue;
            };
            if let Some(u) = scan_unit(rest).filter(|u| u.base.is_some()) {
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
            // `3万—3.5万人`, `300亿—350亿元`: the first with the magnitude alone, the second with
            // the whole unit.
            let magnitude_first = match (unit, unit2) {
                (Some(a), Some(b)) => {
                    a.base.is_none()
                        && b.base.is_some()
                        && text[second + l2..].starts_with(&text[end..end + a.len])
                }
                _ => false,
            };
            let same = magnitude_first
                || match (unit, unit2) {
                    (Some(a), Some(b)) => {
                        text[end..end + a.len] == text[second + l2..second + l2 + b.len]
                    }
                    (None, Some(_)) => true,
                    (None, None) => !matches!(sep, '-' | '—'),
                    (Some(_), None) => false,
                };
            // (`从60万亿元到134万亿元`: from one level to another, no range.)
            let from_to = sep == '到' && text[..at].ends_with(['从', '由']);
            if same && v2 >= value && !from_to {
                upper = Some(v2);
                if unit.is_none() || magnitude_first {
                    end = second + l2;
                    unit = unit2;
                } else {
                    end = second + l2;
                }
            }
        }
    }
    let unit_end = end + unit.map_or(0, |u| u.len);
    // `提高2个多百分点`: 多 / 余 inside `个百分点`.
    let points = (&text[end..unit_end] == "个")
        .then(|| {
            ["多", "余"].into_iter().find(|w| {
                text[unit_end..]
                    .strip_prefix(w)
                    .is_some_and(|r| r.starts_with("百分点"))
            })
        })
        .flatten();
    if let (Some(word), Some(whole)) = (points, scan_unit("个百分点")) {
        let points_end = unit_end + word.len() + "百分点".len();
        // (The unit as read, without the 多 inside it.)
        let mut q = with_unit(text, at, points_end, value, Some(whole));
        q.unit = Some("个百分点".to_owned());
        q.number_end = end;
        q.qualifier = Some(word.to_owned());
        return Some((Some(q), points_end));
    }
    let mut q = with_unit(text, at, unit_end, value, unit);
    q.upper = upper;
    // `1亿多`, `9亿多劳动力`: 多 / 余 after a magnitude that no unit follows.
    let magnitude_only = unit.is_some_and(|u| u.base.is_none());
    let approximate = ["多", "余"]
        .into_iter()
        .find(|w| magnitude_only && text[unit_end..].starts_with(w));
    q.qualifier = qualifier_before(text, at)
        .map(str::to_owned)
        .or(qualifier_after.map(str::to_owned))
        .or(approximate.map(str::to_owned))
        .or_else(|| qualifier_following(text, unit_end).map(str::to_owned));
    Some((Some(q), unit_end))
}

/// `e5`, `E-1`, `^5`, `^-1` after a number: its length and the new value.
fn exponent(text: &str, value: f64) -> Option<(usize, f64)> {
    let bytes = text.as_bytes();
    let power = match bytes.first()? {
        b'e' | b'E' => false,
        b'^' => true,
        _ => return None,
    };
    let mut i = 1;
    let mut negative = false;
    loop {
        if text[i..].starts_with(['+', '-']) {
            negative ^= bytes[i] == b'-';
            i += 1;
        } else if text[i..].starts_with('—') {
            negative = !negative;
            i += '—'.len_utf8();
        } else {
            break;
        }
        if !power {
            break;
        }
    }
    // Two digits at most, so that a value stays finite (`0e999` would be 0 × ∞).
    let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 2 || bytes.get(i + digits).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let exp: i32 = text[i..i + digits].parse().ok()?;
    let exp = if negative { -exp } else { exp };
    let v = if power {
        value.abs().powi(exp) * value.signum()
    } else {
        value * 10f64.powi(exp)
    };
    Some((i + digits, v))
}

/// `/5` after a whole number (`3/5`; not a date `2023/5/1`): the value and end.
fn slash_fraction(text: &str, at: usize, num: f64) -> Option<(f64, usize)> {
    let rest = text[at..].strip_prefix(['/', '／'])?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let next = rest[digits..].chars().next();
    if digits == 0 || next.is_some_and(|c| c == '/' || c == '.' || c.is_ascii_alphanumeric()) {
        return None;
    }
    let den: f64 = rest[..digits].parse().ok()?;
    let slash = text[at..].chars().next().map_or(1, char::len_utf8);
    (den != 0.0).then(|| (num / den, at + slash + digits))
}

/// Whether Chinese places go on after Arabic digits: `5万4千`, `4千6百`, `10万万` (and not a
/// unit: `5千瓦`, `3千米`, `1000万元`).
fn mixes_places(tail: &str) -> bool {
    let mut chars = tail.chars();
    let (Some(place), next) = (chars.next(), chars.next()) else {
        return false;
    };
    let digit = |c: Option<char>| {
        c.is_some_and(|c| c.is_ascii_digit() || chinese::digit_value(c).is_some())
    };
    match place {
        '千' | '百' | '十' | '仟' | '佰' | '拾' => scan_unit(tail).is_none(),
        '万' | '萬' | '亿' | '億' => {
            matches!(next, Some('万' | '萬'))
                || digit(next) && chars.next().is_some_and(|c| "千百十仟佰拾万萬".contains(c))
        }
        _ => false,
    }
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
        fraction: false,
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
        .filter(|_| {
            !WORDS_ENDING_IN_A_QUALIFIER
                .iter()
                .any(|w| text[..at].ends_with(w))
        })
}

/// A round count said as about that many (`逾千人`, `近万人`, `上百家`): the numeral from `at`
/// to `end` is `百`, `千` or `万` alone, a unit of people or things follows, and an
/// approximation comes before. `上万`, `上百` are numerals of their own, read as `以上` (not
/// `以上`, `网上`, `线上`…): the quantity starts at `上`.
fn round_count(
    text: &str,
    at: usize,
    end: usize,
    numeral: &str,
) -> Option<(Option<Quantity>, usize)> {
    let value = match numeral {
        "百" | "佰" => 100.0,
        "千" | "仟" => 1000.0,
        "万" | "萬" => 10000.0,
        _ => return None,
    };
    // `千余人`, `百余家`, `万余人次`, `千多万元`: more than that many, said after it.
    if let Some(more) = ["余", "多"]
        .into_iter()
        .find(|m| text[end..].starts_with(m))
    {
        let after = end + more.len();
        let unit = scan_unit(&text[after..]).filter(|u| u.base.is_some())?;
        let unit_end = after + unit.len;
        let mut q = with_unit(text, at, unit_end, value, Some(unit));
        q.qualifier = Some(more.to_owned());
        return Some((Some(q), unit_end));
    }
    let unit = scan_unit(&text[end..])?;
    let counted = unit.magnitude == 1.0
        && unit
            .base
            .is_some_and(|(_, _, class)| matches!(class, UnitClass::People | UnitClass::Count));
    // `新建改造农村公路近千公里`, `超千亩`: an extent, length, area or mass, said as about that
    // much (not a time: `近千年`).
    const TIMES: &[&str] = &["天", "小时", "个月"];
    let extent = unit.magnitude == 1.0
        && unit
            .base
            .is_some_and(|(base, _, class)| class == UnitClass::Physical && !TIMES.contains(&base));
    let before = &text[..at];
    let qualifier = ["超过", "突破", "逾", "近", "超"]
        .into_iter()
        .find(|w| before.ends_with(w))
        .or_else(|| {
            let place = before
                .strip_suffix('上')?
                .chars()
                .next_back()
                .is_some_and(|c| "以之马向线网晚早身路市海天楼街台面迈跨跃站登".contains(c));
            (!place).then_some("以上")
        })
        .filter(|&q| counted || extent && q != "以上")?;
    let unit_end = end + unit.len;
    let start = if qualifier == "以上" {
        at - '上'.len_utf8()
    } else {
        at
    };
    let mut q = with_unit(text, start, unit_end, value, Some(unit));
    q.qualifier = Some(qualifier.to_owned());
    Some((Some(q), unit_end))
}

/// Words that end with `约` (about) or `超` (over) without meaning it: `缔结或者参加国际条约187个`,
/// `赶超`.
pub(crate) const WORDS_ENDING_IN_A_QUALIFIER: &[&str] = &[
    "条约", "公约", "签约", "合约", "节约", "制约", "预约", "履约", "违约", "契约", "赶超", "高超",
];

fn qualifier_following(text: &str, at: usize) -> Option<&'static str> {
    // (`增长两倍多`, `占三成多`: more than so many times or tenths.)
    let more = text[..at].ends_with(['倍', '成']) && text[at..].starts_with('多');
    QUALIFIERS_AFTER
        .iter()
        .copied()
        .find(|q| text[at..].starts_with(q))
        .or(more.then_some("多"))
}

/// A Chinese numeral at `at`: a quantity with its unit, a fraction, a per cent, a share in 成
/// or 折, or a number on its own where it cannot be a word (`十五点七`, not `四川`, `一切`).
fn scan_chinese(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let rest = &text[at..];
    if let Some(found) = scan_per_cent(text, at) {
        return Some(found);
    }
    let len = numeral_len(rest);
    // A trailing `千` that starts a unit of its own (`一千九百五十万千瓦`, `千米`) belongs to it.
    let len = match rest[..len].strip_suffix('千') {
        Some(head)
            if scan_unit(&rest[head.len()..])
                .is_some_and(|u| u.magnitude == 1.0 && u.base.is_some()) =>
        {
            head.len()
        }
        _ => len,
    };
    // A trailing `万`/`亿` that starts a unit (`两千亿元`) belongs to the unit.
    let core = rest[..len].trim_end_matches(['万', '亿', '萬', '億']).len();
    // (Not the `万` of a number with `亿` in it: `一亿二千万元` is 120 million yuan, not
    // 100,002,000 ten-thousands.)
    let of_number = rest[..core].contains(['亿', '億']) && !rest[core..len].contains(['亿', '億']);
    let len = if core > 0
        && core < len
        && !of_number
        && scan_unit(&rest[core..]).is_some_and(|u| u.base.is_some())
    {
        core
    } else if core == 0 && len > 3 && scan_unit(&rest[3..]).is_some_and(|u| u.base.is_some()) {
        // (`突破万亿元大关`: a bare 万 (three bytes) before a magnitude's unit is the
        // number, as 千 is in `突破千亿元`.)
        3
    } else {
        len
    };
    if len == 0 {
        return None;
    }
    let numeral = &rest[..len];
    let end = at + len;
    let tail = &text[end..];
    // Fractions: `四分之一`, `３分之一百五十七`.
    if tail.starts_with("分之") {
        let den = parse_with_point(numeral)?;
        return Some(match fraction(text, end, den) {
            Some((value, fend)) => (Some(fraction_quantity(at, fend, value)), fend),
            None => (None, end),
        });
    }
    let before = text[..at].chars().next_back();
    // Ordinals (`第十八届`, and `第一、二、三产业`, whose later items leave out `第`) and plan
    // names (`十四五`) are not quantities; nor is a vague count of tens or hundreds (`数十亿元`,
    // `几十个`: some tens, not ten).
    // (Not after a count's name: `总数十二个`, `人数十万`.)
    let count_name = text[..at]
        .strip_suffix('数')
        .and_then(|t| t.chars().next_back())
        .is_some_and(|c| "总人户次件家个项位名座".contains(c));
    let vague = matches!(before, Some('数' | '几' | '幾'))
        && !count_name
        && numeral.starts_with(['十', '百', '千', '万', '亿']);
    if before == Some('第') {
        return Some(chinese_rank(text, at, end, numeral).unwrap_or((None, end)));
    }
    if let Some(found) = parse_with_point(numeral).and_then(|v| top_rank(text, at, end, v)) {
        return Some(found);
    }
    if vague || in_ordinal_list(&text[..at]) || is_plan_name(numeral) {
        return Some((None, end));
    }
    if let Some(found) = doublings(text, at, end, numeral) {
        return Some(found);
    }
    // A year in Chinese digits (`二〇二三年`) is a date.
    if tail.starts_with('年')
        && numeral.chars().nth(1).is_some()
        && !numeral.contains(['十', '百', '千', '万', '亿'])
    {
        return Some((None, end + '年'.len_utf8()));
    }
    // (`三四成`, `七八成以上`: a vague range of shares.)
    let (low, high) = match parse_with_point(numeral) {
        Some(value) => (value, None),
        None => vague_range(numeral).map_or((0.0, None), |(low, high)| (low, Some(high))),
    };
    if let Some(mut found) = share(text, at, end, low, Some(numeral)) {
        if let Some(q) = found.0.as_mut().filter(|q| q.unit.as_deref() == Some("成")) {
            q.upper = high;
        }
        return Some(found);
    }
    // `突破千亿元大关`, `超过百万人`: a round hundred or thousand of a magnitude's unit that a
    // level reached (not a threshold in a name: `超百亿元企业`, `千万元以上项目`,
    // `千亿斤粮食产能`, `百万吨死亡人数`; nor `千家万户`).
    // (`突破万亿元大关`, `人均收入突破万元`: ten thousand of a unit too, but of a count's unit
    // only with a magnitude, `逾万人` being said about a count.)
    let round = matches!(numeral, "百" | "佰" | "千" | "仟" | "万" | "萬");
    if let Some(unit) = round.then(|| scan_unit(tail)).flatten() {
        let unit_end = end + unit.len;
        let after = &text[unit_end..];
        // (Or about that much: `近千亿元`, `逾百亿元`.)
        let reached = [
            "突破", "超过", "达到", "迈上", "跨上", "跃上", "跨越", "站上", "逾", "近", "超",
        ]
        .iter()
        .find(|w| text[..at].ends_with(**w));
        // (`超百亿元的县级市`: a class over a threshold, when `超` is said.)
        let ends = !after.starts_with(is_ideograph)
            || ["大关", "关口", "台阶", "的"]
                .iter()
                .any(|w| after.starts_with(w) && !(*w == "的" && reached == Some(&"超")));
        let ten_thousand = matches!(numeral, "万" | "萬");
        let of_unit = unit.magnitude > 1.0
            || ten_thousand && unit.base.is_some_and(|(_, _, c)| c == UnitClass::Money);
        if of_unit && unit.base.is_some() && reached.is_some() && ends {
            let value = match numeral {
                "百" | "佰" => 100.0,
                "千" | "仟" => 1000.0,
                _ => 10_000.0,
            };
            let mut q = with_unit(text, at, unit_end, value, Some(unit));
            q.qualifier = qualifier_before(text, at)
                .or(reached.filter(|w| **w == "超").copied())
                .map(str::to_owned);
            return Some((Some(q), unit_end));
        }
    }
    // `城镇新增就业逾千人`, `吸引近万人参加`, `惠及群众上万人次`, `超百家企业参展`: a round
    // hundred, thousand or ten thousand of people or things, said as about that many.
    if let Some(found) = round_count(text, at, end, numeral) {
        return Some(found);
    }
    // A run that is no number is skipped whole, unless it is a vague range of two digits in a
    // row (`三四百家`, `五六十个`, `十七八万人`), read as one when a unit follows.
    let (value, vague_upper) = match parse_with_point(numeral) {
        Some(value) => (value, None),
        None => match vague_range(numeral) {
            Some((low, high)) => (low, Some(high)),
            None => return Some((None, end)),
        },
    };
    // `三百五十又三分之一`.
    if let Some((whole, fend)) = mixed_fraction(text, end, value) {
        return Some((Some(plain(at, fend, whole)), fend));
    }
    // `三至五个百分点`, `一千到一千五百`: a range, in the unit written after its end.
    if let Some(found) = chinese_range(text, at, end, value) {
        return Some(found);
    }
    // `减少一半以上`, `超过一半`: a half, as `二分之一`.
    if numeral == "一" && tail.starts_with('半') && !tail[3..].starts_with(['儿', '兒']) {
        let fend = end + '半'.len_utf8();
        let mut q = fraction_quantity(at, fend, 0.5);
        q.qualifier = qualifier_before(text, at)
            .or_else(|| qualifier_following(text, fend))
            .map(str::to_owned);
        return Some((Some(q), fend));
    }
    // The article `一` (`一批`, `一个`) and `两个` are not counts; `一倍` is a multiple
    // (`提高一倍`), `一亿吨` a level.
    let counts = tail.starts_with(['倍', '万', '亿', '萬', '億']) || tail.starts_with("个百分点");
    // (`提高两个百分点` is two points.)
    let pair = numeral == "两" && tail.starts_with('个') && !tail.starts_with("个百分点");
    if numeral == "一" && !counts || pair {
        return Some((None, end));
    }
    // `城乡二元结构`, `一元化管理`: dual, unitary; no money.
    let of_kinds = tail.strip_prefix('元').is_some_and(|after| {
        ["结构", "体制", "化", "论", "格局"]
            .iter()
            .any(|w| after.starts_with(w))
    });
    if of_kinds
        || is_session(tail)
        || tail.starts_with("次产业")
        || tail.starts_with("大")
        || tail.starts_with("届")
        || tail.starts_with("周年")
        || tail.starts_with("个维护")
        || tail.starts_with("个确立")
    {
        return Some((None, end));
    }
    // `十余万人`, `一千多万`, `二十几万`: an approximation before the magnitude or the unit.
    let mut qualifier_after = None;
    let mut unit_at = end;
    for word in ["多", "余", "几", "幾"] {
        if tail.starts_with(word) {
            qualifier_after = Some(word);
            unit_at += word.len();
            break;
        }
    }
    let unit = scan_unit(&text[unit_at..]).filter(|u| u.base.is_some() || u.magnitude > 1.0);
    // (A vague range is read only with its unit right after it.)
    if vague_upper.is_some() && (unit.is_none() || qualifier_after.is_some()) {
        return Some((None, end));
    }
    let Some(unit) = unit else {
        let bare_end = if qualifier_after.is_some_and(|w| w == "多" || w == "余") {
            unit_at
        } else {
            end
        };
        if !stands_alone(text, at, numeral, bare_end) {
            return Some((None, end));
        }
        let mut q = plain(at, bare_end, value);
        // (`十三亿以内`: or a bound after it.)
        q.qualifier = qualifier_before(text, at)
            .or(qualifier_after.filter(|_| bare_end > end))
            .or_else(|| qualifier_following(text, bare_end))
            .map(str::to_owned);
        return Some((Some(q), bare_end));
    };
    let unit_end = unit_at + unit.len;
    // `六亿三千多万平方米`: what follows 亿 counts the 万 that 多 stands before.
    let value = match numeral.split_once(['亿', '億']) {
        Some((high, low)) if qualifier_after.is_some() && text[unit_at..].starts_with('万') => {
            parse_with_point(high).unwrap_or(0.0) * 1e4 + parse_with_point(low).unwrap_or(0.0)
        }
        _ => value,
    };
    // (The number as written keeps its 多, `二十多万个`, as `1200多万元` does.)
    let mut q = with_unit(text, at, unit_end, value, Some(unit));
    q.upper = vague_upper;
    q.qualifier = qualifier_before(text, at)
        .or(qualifier_after.map(|w| if w == "幾" { "几" } else { w }))
        .or_else(|| qualifier_following(text, unit_end))
        .map(str::to_owned);
    Some((Some(q), unit_end))
}

/// The bounds of a vague Chinese numeral with two digits in a row, the second one more than
/// the first (`三四百` → 300 to 400, `十七八` → 17 to 18, `七八千万`).
fn vague_range(numeral: &str) -> Option<(f64, f64)> {
    let mut chars = numeral.char_indices().peekable();
    while let Some((i, a)) = chars.next() {
        let Some(&(j, b)) = chars.peek() else {
            break;
        };
        let (Some(x), Some(y)) = (chinese::digit_value(a), chinese::digit_value(b)) else {
            continue;
        };
        if x == 0 || y != x + 1 {
            continue;
        }
        let low = format!("{}{}", &numeral[..j], &numeral[j + b.len_utf8()..]);
        let high = format!("{}{}", &numeral[..i], &numeral[j..]);
        let (low, high) = (parse_with_point(&low)?, parse_with_point(&high)?);
        return (low < high).then_some((low, high));
    }
    None
}

/// A range whose lower bound `value` is the Chinese numeral `at..end` and whose upper bound,
/// after `至`, `到` or a dash, carries the unit (`三至五个`, `百分之五至百分之六`).
fn chinese_range(
    text: &str,
    at: usize,
    end: usize,
    value: f64,
) -> Option<(Option<Quantity>, usize)> {
    let sep = text[end..]
        .chars()
        .next()
        .filter(|c| RANGE_SEPARATORS.contains(c))?;
    let second = end + sep.len_utf8();
    if !text[second..].starts_with(chinese::is_numeral_char) {
        return None;
    }
    let (Some(mut q), next) = scan_chinese(text, second)? else {
        return None;
    };
    if q.range.0 != second || q.upper.is_some() || q.value < value || q.fraction {
        return None;
    }
    q.upper = Some(q.value);
    q.value = value;
    q.range.0 = at;
    q.qualifier = qualifier_before(text, at)
        .map(str::to_owned)
        .or(q.qualifier);
    Some((Some(q), next))
}

/// Whether `tail` names a sitting of a congress or committee, which the number before it
/// counts as an ordinal: `区委六届二十四次全会`, `二次会议`, `市委十二届3次全体会议`.
fn is_session(tail: &str) -> bool {
    tail.strip_prefix('次').is_some_and(|after| {
        ["全会", "会议", "全体会议", "代表大会", "党代会", "常委会"]
            .iter()
            .any(|w| after.starts_with(w))
    })
}

/// Whether `before` ends a list of ordinals whose first item alone writes `第`: `第一、`,
/// `第一、二、`.
fn in_ordinal_list(before: &str) -> bool {
    let mut rest = before;
    while let Some(item) = rest.strip_suffix('、') {
        let numeral = item
            .char_indices()
            .rev()
            .take_while(|&(_, c)| chinese::is_numeral_char(c))
            .last()
            .map_or(item.len(), |(i, _)| i);
        if numeral == item.len() {
            return false;
        }
        if item[..numeral].ends_with('第') {
            return true;
        }
        rest = &item[..numeral];
    }
    false
}

/// Bytes of the Chinese numeral at the start of `text`, its decimal point included when a
/// digit follows it (`十五点七`, not `两点`).
fn numeral_len(text: &str) -> usize {
    let mut len = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let point = matches!(c, '点' | '點')
            && chars
                .peek()
                .is_some_and(|&(_, n)| chinese::digit_value(n).is_some());
        // 兆 as 万亿 only inside a numeral (`五兆六十二亿`), not before a unit (`5兆瓦`).
        let zhao = c == '兆'
            && len > 0
            && chars
                .peek()
                .is_some_and(|&(_, n)| chinese::is_numeral_char(n));
        if !(chinese::is_numeral_char(c) || point || zhao) {
            break;
        }
        len = i + c.len_utf8();
    }
    len
}

/// Whether a numeral with no unit after it is a number, not part of a word: `十五点七`,
/// `两千四百五`, a digit alone between punctuation; not `四川`, `一切`, `万一`, `一二线`.
fn stands_alone(text: &str, at: usize, numeral: &str, end: usize) -> bool {
    let ideograph = |c: Option<char>| c.is_some_and(is_ideograph);
    let mut chars = numeral.chars();
    let first = chars.next();
    let second = chars.next();
    let digits_only = numeral.chars().all(|c| chinese::digit_value(c).is_some());
    if second.is_none() {
        // One character: only between punctuation, spaces or the ends of the text.
        let next = text[end..].chars().next();
        // `历时九年`: a count of years.
        return (next == Some('年')
            || !ideograph(text[..at].chars().next_back()) && !ideograph(next))
            && first.is_some_and(|c| c != '万' && c != '亿');
    }
    // `一二线城市`, `三四五`: numbering, not a number; `万一`, `一一`, `千万` are words.
    if digits_only && !numeral.contains(['〇', '零']) {
        return false;
    }
    !matches!(
        numeral,
        "万一" | "一一" | "千万" | "万万" | "萬萬" | "千千万万" | "一万"
    )
}

/// `五成`, `七成六`, `三成半`, `九折`, `五五折`, `7.5折`: shares in tenths. `numeral` is the
/// Chinese numeral written, when it is one (a two-digit `五五` reads 5.5 before 折).
fn share(
    text: &str,
    at: usize,
    end: usize,
    value: f64,
    numeral: Option<&str>,
) -> Option<(Option<Quantity>, usize)> {
    let tail = &text[end..];
    let (unit, mut value) = if tail.starts_with('成') {
        ("成", value)
    } else if tail.starts_with('折') {
        // `五五折`: two digits, 5.5; `75折` in Arabic digits, 7.5.
        let digits: Vec<u64> = numeral
            .map(|n| n.chars().filter_map(chinese::digit_value).collect())
            .unwrap_or_default();
        let value = match (numeral, digits.as_slice()) {
            (Some(n), &[a, b]) if n.chars().count() == 2 => a as f64 + b as f64 / 10.0,
            (None, _) if (10.0..100.0).contains(&value) => value / 10.0,
            _ => value,
        };
        ("折", value)
    } else {
        return None;
    };
    if !(value > 0.0 && value <= 10.0) || unit == "折" && value >= 10.0 {
        return None;
    }
    let mut unit_end = end + unit.len();
    // `三成半`, `七成六`: a half or a tenth more.
    if unit == "成" {
        if let Some(after) = text[unit_end..].strip_prefix('半') {
            if share_ends(after) {
                value += 0.5;
                unit_end += '半'.len_utf8();
            }
        } else if let Some(d) = text[unit_end..]
            .chars()
            .next()
            .and_then(chinese::digit_value)
        {
            if share_ends(&text[unit_end + 3..]) {
                value += d as f64 / 10.0;
                unit_end += 3;
            }
        }
    }
    if !share_ends(&text[unit_end..]) {
        return None;
    }
    let mut q = Quantity {
        number_end: end,
        ..plain(at, unit_end, value)
    };
    q.unit = Some(unit.to_owned());
    q.base = Some(("%", 10.0));
    q.class = Some(UnitClass::Percent);
    q.qualifier = qualifier_before(text, at)
        .or_else(|| qualifier_following(text, unit_end))
        .map(str::to_owned);
    Some((Some(q), unit_end))
}

/// Whether a share in 成 or 折 ends here (`五成以上`, `九折优惠`), rather than the character
/// starting a word (`一成不变`, `折合`, `折旧`, `半成品`).
fn share_ends(after: &str) -> bool {
    match after.chars().next() {
        None => true,
        Some(c) => {
            "，。；、,.;:：）) \t\n以左多的".contains(c)
                || after.starts_with("优惠")
                || after.starts_with("销售")
                || after.starts_with("出售")
        }
    }
}

/// `半成`, `半折`, `半百`.
fn scan_half(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let end = at + '半'.len_utf8();
    if text[end..].starts_with('百') {
        let bend = end + '百'.len_utf8();
        if text[bend..].chars().next().is_some_and(is_ideograph) {
            return None;
        }
        return Some((Some(plain(at, bend, 50.0)), bend));
    }
    let value = if text[end..].starts_with('折') {
        5.0
    } else {
        0.5
    };
    share(text, at, end, value, None)
}

/// `百分之五`, `百分之2.4`, `百分之百`, `千分之三`.
fn scan_per_cent(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let rest = &text[at..];
    let (prefix, unit) = [
        ("百分之", "%"),
        ("佰分之", "%"),
        ("千分之", "‰"),
        ("万分之", "‱"),
    ]
    .into_iter()
    .find(|(p, _)| rest.starts_with(p))?;
    // (`百分之负五`: signed after it.)
    let sign_len = rest[prefix.len()..]
        .chars()
        .next()
        .filter(|c| matches!(c, '负' | '負'))
        .map_or(0, char::len_utf8);
    let after = &rest[prefix.len() + sign_len..];
    let (len, value) =
        if after.starts_with('百') && !after[3..].starts_with(chinese::is_numeral_char) {
            (3, 100.0)
        } else {
            leading_number(after)?
        };
    if len == 0 {
        return None;
    }
    let value = if sign_len > 0 { -value } else { value };
    let mut end = at + prefix.len() + sign_len + len;
    let mut upper = None;
    // `百分之五至百分之六`.
    if let Some(sep) = text[end..]
        .chars()
        .next()
        .filter(|c| RANGE_SEPARATORS.contains(c))
    {
        let second = end + sep.len_utf8();
        if text[second..].starts_with(prefix) {
            if let Some((Some(q2), next)) = scan_per_cent(text, second) {
                if q2.upper.is_none() && q2.value >= value {
                    upper = Some(q2.value);
                    end = next;
                }
            }
        } else if let Some((len2, value2)) = leading_number(&text[second..]) {
            // `百分之八至九`: the second number says no `百分之` of its own.
            // (Not a number of something else: `百分之十到二十年`.)
            let tail = &text[second + len2..];
            let unit_after =
                scan_unit(tail).is_some() || tail.starts_with(['年', '月', '日', '天', '倍']);
            if len2 > 0 && value2 > value && !unit_after {
                upper = Some(value2);
                end = second + len2;
            }
        }
    }
    let mut q = plain(at, end, value);
    q.upper = upper;
    q.unit = Some(unit.to_owned());
    q.base = Some((unit, 1.0));
    q.class = Some(UnitClass::Percent);
    // (`百分之九左右`, `控制在百分之三点五以内`.)
    q.qualifier = qualifier_before(text, at)
        .or_else(|| qualifier_following(text, end))
        .map(str::to_owned);
    Some((Some(q), end))
}

/// The number, in Arabic digits or a Chinese numeral, at the start of `text`: its length and
/// value (length 0 when there is none).
fn leading_number(text: &str) -> Option<(usize, f64)> {
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        return scan_arabic_number(text);
    }
    let len = numeral_len(text);
    if len == 0 {
        return Some((0, 0.0));
    }
    Some((len, parse_with_point(&text[..len])?))
}

/// The fraction whose denominator `den` ends at `at`, before `分之`: its value and end.
fn fraction(text: &str, at: usize, den: f64) -> Option<(f64, usize)> {
    let start = at + "分之".len();
    let (sign, start) = match text[start..].chars().next() {
        Some(c @ ('负' | '負')) => (-1.0, start + c.len_utf8()),
        _ => (1.0, start),
    };
    let (len, num) = leading_number(&text[start..])?;
    if den == 0.0 || len == 0 {
        return None;
    }
    Some((sign * num / den, start + len))
}

/// `3又一千分之23`: a whole number, 又, and a fraction; the value and end.
fn mixed_fraction(text: &str, at: usize, whole: f64) -> Option<(f64, usize)> {
    let start = at + text[at..].strip_prefix('又').map(|_| '又'.len_utf8())?;
    let (len, den) = leading_number(&text[start..])?;
    if len == 0 || !text[start + len..].starts_with("分之") {
        return None;
    }
    let (part, end) = fraction(text, start + len, den)?;
    Some((whole + part, end))
}

fn fraction_quantity(start: usize, end: usize, value: f64) -> Quantity {
    let mut q = plain(start, end, value * 100.0);
    q.unit = Some("%".to_owned());
    q.base = Some(("%", 1.0));
    q.class = Some(UnitClass::Percent);
    q.fraction = true;
    q
}

/// `增长-3.5%`: a minus sign before an Arabic number (not the dash of a range `2021—2025`).
fn signed(
    text: &str,
    at: usize,
    (found, end): (Option<Quantity>, usize),
) -> (Option<Quantity>, usize) {
    let Some(mut q) = found else {
        return (None, end);
    };
    // (`极端最低气温零下12.3℃`: below zero.)
    if text[..at].ends_with("零下") && q.range.0 == at && q.upper.is_none() {
        q.value = -q.value;
        q.range.0 = at - "零下".len();
        return (Some(q), end);
    }
    let mut before = text[..at].chars().rev();
    let sign = before.next();
    let prior = before.next();
    let joined = prior.is_some_and(|p| {
        p.is_ascii_alphanumeric()
            || chinese::is_numeral_char(p)
            || matches!(p, '%' | '-' | '—' | ')' | '）' | '.' | '/')
    });
    if matches!(sign, Some('-' | '—')) && !joined && q.range.0 == at && q.upper.is_none() {
        q.value = -q.value;
        q.range.0 = at - sign.map_or(0, char::len_utf8);
    }
    (Some(q), end)
}

/// `负三十二`, `增长负10%` (not the 负 of a word: `减负109.5亿元`).
fn negative(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let before = text[..at].chars().next_back();
    if before.is_some_and(|c| is_ideograph(c) && !"为是至到达长降率比".contains(c)) {
        return None;
    }
    let start = at + '负'.len_utf8();
    let c = text[start..].chars().next()?;
    let found = if c.is_ascii_digit() {
        scan_arabic(text, start)?
    } else if chinese::is_numeral_char(c) {
        match scan_chinese(text, start)? {
            // (`负五`: one numeral alone after the sign is a number, as `负三十二` is.)
            (None, end)
                if end == start + c.len_utf8() && !text[end..].starts_with(is_ideograph) =>
            {
                let value = parse_with_point(&text[start..end]);
                (value.map(|v| plain(start, end, v)), end)
            }
            found => found,
        }
    } else {
        return None;
    };
    Some(match found {
        (Some(mut q), end) if q.range.0 == start && q.upper.is_none() => {
            q.value = -q.value;
            q.range.0 = at;
            (Some(q), end)
        }
        other => other,
    })
}

/// `居全省第二位`, `增速居全省第一。`: a rank in Chinese numerals, with `位` or `名` after
/// it, or after a verb of ranking in its clause with nothing after it (not `第一方阵`,
/// `第十八届`).
fn chinese_rank(
    text: &str,
    at: usize,
    end: usize,
    numeral: &str,
) -> Option<(Option<Quantity>, usize)> {
    const MAX_RANK: f64 = 1000.0;
    // (`把人民利益放在第一位`: put first, no rank.)
    let put = text[..at]
        .strip_suffix('第')
        .is_some_and(|before| PUT.iter().any(|w| before.ends_with(w)));
    let value = parse_with_point(numeral).filter(|v| !put && (1.0..=MAX_RANK).contains(v))?;
    let tail = &text[end..];
    if let Some(u) = rank_unit(tail) {
        return Some((Some(rank(at, end, value, Some(u))), end + u.len()));
    }
    (ranked_after_verb(text, at, tail) || ranked_in_whole(text, at, tail))
        .then(|| (Some(rank(at, end, value, None)), end))
}

/// `居全省第二`, `位居全国百强县投资潜力第3、新型城镇化质量第4`: a rank after a verb of ranking
/// in its clause, or in a list of ranks after one, with nothing after it (not `第一方阵`).
fn ranked_after_verb(text: &str, at: usize, tail: &str) -> bool {
    // (`第2、第4和第3位`: or before the last of a list of ranks.)
    let joined = JOINERS
        .iter()
        .any(|j| tail.strip_prefix(j).is_some_and(|t| t.starts_with('第')));
    if tail.starts_with(is_ideograph) && !joined {
        return false;
    }
    let mut from = at;
    loop {
        let clause_start = text[..from]
            .rfind(['，', '。', '；', '：', '、'])
            .map_or(0, |c| c + '，'.len_utf8());
        if ["居", "位列", "排名", "排在", "列"]
            .iter()
            .any(|v| text[clause_start..at].contains(v))
        {
            return true;
        }
        // (Back over the rank before, `…第3、`, to the clause of its verb.)
        let Some(item) = text[..clause_start].strip_suffix('、') else {
            return false;
        };
        let numeral =
            item.trim_end_matches(|c: char| c.is_ascii_digit() || chinese::is_numeral_char(c));
        match numeral.strip_suffix('第') {
            Some(before) if numeral.len() < item.len() => from = before.len(),
            _ => return false,
        }
    }
}

/// `增速全省第一，`, `投资额全国第3。`: a rank right after the whole it ranks in, with nothing
/// after it (not `全国第一方阵`, `全省第二批`, nor ordinals `全市第一、二、三产业`).
fn ranked_in_whole(text: &str, at: usize, tail: &str) -> bool {
    [
        "全国第",
        "全省第",
        "全市第",
        "全区第",
        "全县第",
        "世界第",
        "全球第",
    ]
    .iter()
    .any(|w| text[..at].ends_with(w))
        && !tail.starts_with(is_ideograph)
        && tail
            .strip_prefix('、')
            .is_none_or(|t| t.starts_with(['全', '第']))
}

/// Verbs of a rank that moved (`排名上升2位`, `位次后移1位`).
pub(crate) const RANK_MOVES: &[&str] = &[
    "上升", "提升", "前移", "前进", "跃升", "攀升", "下降", "后移", "后退", "下滑",
];

/// `排名上升2位`, `位次前移3个位次`: the unit of the places a rank moved, after a verb of
/// moving (not `3位院士`, people counted).
fn places_moved(text: &str, at: usize, tail: &str) -> Option<&'static str> {
    let verb = text[..at].trim_end_matches('了');
    if !RANK_MOVES.iter().any(|m| verb.ends_with(m)) {
        return None;
    }
    ["个位次", "位次", "位", "名"].into_iter().find(|u| {
        tail.starts_with(u)
            && (u.len() > 3
                || !tail[3..].starts_with(|c: char| is_ideograph(c) && !matches!(c, '至' | '到')))
    })
}

/// Places a rank moved, from `at` to `end`, with their unit after it.
fn rank_move(at: usize, end: usize, value: f64, unit: &str) -> Quantity {
    Quantity {
        unit: Some(unit.to_owned()),
        number_end: end,
        ..plain(at, end + unit.len(), value)
    }
}

/// The unit of a rank that `tail` opens with (`位`, `名`).
fn rank_unit(tail: &str) -> Option<&'static str> {
    ["位", "名"].into_iter().find(|u| tail.starts_with(u))
}

/// `跻身全球前10名`, `进入全国前十强`, `位居全省前三位`: a place among the first so many, said
/// after a verb of ranking, a rank qualified `前` (not `前10个月`, `前三季度`: a time; nor
/// `选拔3—5个品牌企业进军全国纺织行业前十名`, a goal for things counted).
fn top_rank(text: &str, at: usize, end: usize, value: f64) -> Option<(Option<Quantity>, usize)> {
    const MAX_WHOLE_CHARS: usize = 12;
    const VERBS: &[&str] = &["跻身", "进入", "居", "位列", "排名", "排在", "列"];
    let before = text[..at].strip_suffix('前')?;
    let unit = ["位", "名", "强"]
        .into_iter()
        .find(|u| text[end..].starts_with(u))?;
    let from = before
        .char_indices()
        .rev()
        .take(MAX_WHOLE_CHARS)
        .take_while(|&(_, c)| is_ideograph(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    let whole = &before[from..];
    // (Not `居` of `居民`, nor `列` of `系列`.)
    let ranked = VERBS.iter().any(|v| {
        whole
            .match_indices(v)
            .any(|(i, _)| !whole[i + v.len()..].starts_with('民') && !whole[..i].ends_with('系'))
    });
    if !ranked {
        return None;
    }
    let mut q = rank(at, end, value, Some(unit));
    q.qualifier = Some("前".to_owned());
    Some((Some(q), end + unit.len()))
}

/// A rank from `at` to `end`, with its unit after it.
fn rank(at: usize, end: usize, value: f64, unit: Option<&str>) -> Quantity {
    Quantity {
        rank: true,
        unit: unit.map(str::to_owned),
        number_end: end,
        ..plain(at, end + unit.map_or(0, str::len), value)
    }
}

/// Verbs of putting a thing first, which ranks nothing (`把人民利益放在第一位`, `放在首位`).
const PUT: &[&str] = &["放在", "摆在", "放到", "摆到", "置于"];

/// `增速居全省首位`, `位居全市首位`: the first place, after a verb of ranking in its clause (not
/// `把…放在首位`, put first).
fn first_place(text: &str, at: usize) -> Option<(Option<Quantity>, usize)> {
    let tail = text[at..].strip_prefix("首位")?;
    let put = PUT.iter().any(|w| text[..at].ends_with(w));
    let end = at + '首'.len_utf8();
    (!put && ranked_after_verb(text, at, tail))
        .then(|| (Some(rank(at, end, 1.0, Some("位"))), end + "位".len()))
}

/// `翻一番`, `翻两番`: doubled once or twice, a growth of 100 % or 300 % (the unit `番` as
/// written, counting doublings; the base value the growth in per cent).
fn doublings(
    text: &str,
    at: usize,
    end: usize,
    numeral: &str,
) -> Option<(Option<Quantity>, usize)> {
    const MAX_DOUBLINGS: f64 = 5.0;
    // (`翻了一番`: or with the particle.)
    let verb = text[..at].trim_end_matches('了');
    if !verb.ends_with('翻') || !text[end..].starts_with('番') {
        return None;
    }
    let unit_end = end + '番'.len_utf8();
    // (A slogan in quotes: `“翻两番、三步走”`.)
    if verb[..verb.len() - '翻'.len_utf8()].ends_with(['"', '“']) {
        return Some((None, unit_end));
    }
    let times = parse_with_point(numeral)
        .filter(|n| (1.0..=MAX_DOUBLINGS).contains(n) && n.fract() == 0.0)?;
    let mut q = plain(at, unit_end, times);
    q.unit = Some("番".to_owned());
    q.number_end = end;
    // (2^n − 1 times more; in integers, without a power function in the wasm.)
    let more = f64::from((1u32 << times as u32) - 1);
    q.base = Some(("%", more * 100.0 / times));
    q.class = Some(UnitClass::Percent);
    // (`翻一番多`: more than doubled.)
    if text[unit_end..].starts_with('多') {
        q.qualifier = Some("多".to_owned());
        return Some((Some(q), unit_end + '多'.len_utf8()));
    }
    Some((Some(q), unit_end))
}

/// `十四五`, `十三五`: names of five-year plans.
/// (Not a number with a decimal point: `十二点五` is 12.5.)
fn is_plan_name(numeral: &str) -> bool {
    let mut chars = numeral.chars();
    let (first, middle, last) = (chars.next(), chars.next(), chars.next());
    first == Some('十')
        && middle.is_some_and(|c| chinese::digit_value(c).is_some())
        && last == Some('五')
        && chars.next().is_none()
}

/// A Chinese numeral with an optional decimal point (`三点五`), and a magnitude after its
/// decimals (`七点八亿`).
fn parse_with_point(text: &str) -> Option<f64> {
    match text.split_once(['点', '點']) {
        None => chinese::parse(text).map(|v| v as f64),
        Some((int, frac)) => {
            let int = chinese::parse(int)? as f64;
            let (frac, magnitude) = units::PREFIXES
                .iter()
                .find_map(|&(m, factor)| frac.strip_suffix(m).map(|f| (f, factor)))
                .unwrap_or((frac, 1.0));
            let digits: Option<String> = frac
                .chars()
                .map(|c| chinese::digit_value(c).and_then(|d| char::from_digit(d as u32, 10)))
                .collect();
            let frac: f64 = format!("0.{}", digits?).parse().ok()?;
            Some(scaled(int + frac, magnitude))
        }
    }
}

#[cfg(test)]
mod tests;
