//! Units of measure with their base unit and factor, and magnitude prefixes (`万`, `亿`).

use crate::words::starts_with_word;

/// What a unit measures, for the metric kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    /// Money.
    Money,
    /// People or visits.
    People,
    /// Things counted (`家`, `个`, `项`).
    Count,
    /// Area, length, mass, energy, concentration, time.
    Physical,
    /// `%` and `‰`.
    Percent,
    /// `个百分点`.
    Points,
}

/// A unit without magnitude prefix: its text, base unit, factor to the base unit, class.
pub(crate) struct BaseUnit {
    pub text: &'static str,
    pub base: &'static str,
    pub factor: f64,
    pub class: UnitClass,
}

macro_rules! units {
    ($(($text:literal, $base:literal, $factor:expr, $class:ident)),* $(,)?) => {
        &[$(BaseUnit { text: $text, base: $base, factor: $factor, class: UnitClass::$class }),*]
    };
}

/// Units, longest first where one is a prefix of another (matching takes the longest).
pub(crate) const BASE_UNITS: &[BaseUnit] = units![
    ("个百分点", "个百分点", 1.0, Points),
    ("個百分點", "个百分点", 1.0, Points),
    ("百分點", "个百分点", 1.0, Points),
    ("个工作日", "天", 1.0, Physical),
    ("个小时", "小时", 1.0, Physical),
    ("个月", "个月", 1.0, Physical),
    ("百分点", "个百分点", 1.0, Points),
    // A change in a rate per mille (`人口自然增长率…比上年下降3.18个千分点`).
    ("个千分点", "个千分点", 1.0, Points),
    ("千分点", "个千分点", 1.0, Points),
    ("微克/立方米", "微克/立方米", 1.0, Physical),
    ("人公里", "人公里", 1.0, Physical),
    ("吨公里", "吨公里", 1.0, Physical),
    // Energy in tonnes of standard coal (`729.2万吨标准煤`).
    ("吨标准煤", "吨标准煤", 1.0, Physical),
    ("平方公里", "平方米", 1e6, Physical),
    ("平方千米", "平方米", 1e6, Physical),
    ("平方米", "平方米", 1.0, Physical),
    ("立方米", "立方米", 1.0, Physical),
    ("兆瓦时", "千瓦时", 1000.0, Physical),
    ("兆瓦", "千瓦", 1000.0, Physical),
    // `发电量达到４４５５亿千瓦小时` (older reports).
    ("千瓦小时", "千瓦时", 1.0, Physical),
    ("千瓦时", "千瓦时", 1.0, Physical),
    // A transformer's capacity (`变电容量2828.08万千伏安`).
    ("千伏安", "千伏安", 1.0, Physical),
    ("度电", "千瓦时", 1.0, Physical),
    // `全社会用电量12.1亿度` (not `度` alone: `气温十五点七度`).
    ("亿度", "千瓦时", 1e8, Physical),
    ("万度", "千瓦时", 1e4, Physical),
    ("千瓦", "千瓦", 1.0, Physical),
    // Power and energy in SI letters, as newer reports write them (`光伏装机30GW`, `储能
    // 1.2GWh`); read only where no other letter follows (see [`ascii_unit_len`]).
    ("TWh", "千瓦时", 1e9, Physical),
    ("GWh", "千瓦时", 1e6, Physical),
    ("GW", "千瓦", 1e6, Physical),
    ("MWh", "千瓦时", 1000.0, Physical),
    ("MW", "千瓦", 1000.0, Physical),
    ("kWh", "千瓦时", 1.0, Physical),
    ("kW", "千瓦", 1.0, Physical),
    ("KWh", "千瓦时", 1.0, Physical),
    ("KW", "千瓦", 1.0, Physical),
    // A port's containers: `集装箱吞吐量120万TEU`.
    ("TEU", "标准箱", 1.0, Count),
    // `啤酒10.3万千升`.
    ("千升", "升", 1000.0, Physical),
    ("千米", "米", 1000.0, Physical),
    // A communiqué's weather and land: `降水量856.7毫米`, `播种面积2846.9千公顷`.
    ("毫米", "米", 0.001, Physical),
    ("厘米", "米", 0.01, Physical),
    ("千公顷", "公顷", 1000.0, Physical),
    ("摄氏度", "℃", 1.0, Physical),
    ("℃", "℃", 1.0, Physical),
    ("标箱", "标准箱", 1.0, Count),
    ("公里", "米", 1000.0, Physical),
    ("千克", "千克", 1.0, Physical),
    ("公斤", "千克", 1.0, Physical),
    ("公顷", "公顷", 1.0, Physical),
    ("标准箱", "标准箱", 1.0, Count),
    // Flat glass: `平板玻璃1100万重量箱`, `1488万标准重量箱`.
    ("标准重量箱", "重量箱", 1.0, Physical),
    ("重量箱", "重量箱", 1.0, Physical),
    ("美元", "美元", 1.0, Money),
    ("美金", "美元", 1.0, Money),
    ("欧元", "欧元", 1.0, Money),
    // Other currencies, as the press and Hong Kong's and Macao's reports write them
    // (`1.5万亿日元`, `港币500亿元` is 元 already).
    ("港元", "港元", 1.0, Money),
    ("港币", "港元", 1.0, Money),
    ("澳门元", "澳门元", 1.0, Money),
    ("澳门币", "澳门元", 1.0, Money),
    ("日元", "日元", 1.0, Money),
    ("英镑", "英镑", 1.0, Money),
    ("元", "元", 1.0, Money),
    // `投资100亿人民币`.
    ("人民币", "元", 1.0, Money),
    ("人次", "人次", 1.0, People),
    ("人", "人", 1.0, People),
    // `惠及市场主体427万户次`
    ("户次", "户次", 1.0, Count),
    ("户", "户", 1.0, Count),
    // `累计接种286.5万剂次`: doses given.
    ("剂次", "剂次", 1.0, Count),
    // `进出港车辆280万辆次`, `航班起降12万架次`, `船舶进出港3万艘次`, `办理业务50万件次`:
    // times each came.
    ("辆次", "辆次", 1.0, Count),
    ("架次", "架次", 1.0, Count),
    ("艘次", "艘次", 1.0, Count),
    ("件次", "件次", 1.0, Count),
    ("家", "家", 1.0, Count),
    ("个", "个", 1.0, Count),
    ("個", "个", 1.0, Count),
    ("项", "项", 1.0, Count),
    ("件", "件", 1.0, Count),
    ("座", "座", 1.0, Count),
    // `年产能达5000台套`
    ("台套", "台套", 1.0, Count),
    ("台", "台", 1.0, Count),
    ("处", "处", 1.0, Count),
    ("所", "所", 1.0, Count),
    ("套", "套", 1.0, Count),
    ("条", "条", 1.0, Count),
    ("辆", "辆", 1.0, Count),
    ("名", "名", 1.0, Count),
    ("次", "次", 1.0, Count),
    // `开展“揭榜挂帅”3批次`
    ("批次", "批次", 1.0, Count),
    ("批", "批", 1.0, Count),
    ("栋", "栋", 1.0, Count),
    ("间", "间", 1.0, Count),
    ("张", "张", 1.0, Count),
    ("部", "部", 1.0, Count),
    ("架", "架", 1.0, Count),
    // `电话装机626万门`: lines of a telephone exchange; `5门课程`.
    ("门", "门", 1.0, Count),
    ("艘", "艘", 1.0, Count),
    ("颗", "颗", 1.0, Count),
    ("只", "只", 1.0, Count),
    // Poultry: `家禽出栏1.2亿羽`, `肉鸽养殖规模突破50万羽`.
    ("羽", "羽", 1.0, Count),
    ("头", "头", 1.0, Count),
    ("株", "株", 1.0, Count),
    // `勇夺6枚金牌`, `惠民演出2万场`
    ("枚", "枚", 1.0, Count),
    // `举办促消费活动100场次`.
    ("场次", "场次", 1.0, Count),
    ("场", "场", 1.0, Count),
    // `补充图书期刊11万册`
    ("册", "册", 1.0, Count),
    // `破获刑事案件17092起`, `为6万对农村夫妇提供免费孕前体检`
    ("起", "起", 1.0, Count),
    ("对", "对", 1.0, Count),
    // `勇摘12块金牌`
    ("块", "块", 1.0, Count),
    // Wells: `依法关停自备井50眼`, `1178眼农业排灌机井改造`.
    ("眼", "眼", 1.0, Count),
    // Trains: `开行中欧班列600列以上` (not `列入`, `列为`).
    ("列", "列", 1.0, Count),
    ("所", "所", 1.0, Count),
    ("村", "村", 1.0, Count),
    // `全面推开尿毒症等8类大病保障`
    ("类", "类", 1.0, Count),
    // `17种抗癌药` (not `种植`, `种养`, `种粮`, …).
    ("种", "种", 1.0, Count),
    ("亩", "亩", 1.0, Physical),
    ("米", "米", 1.0, Physical),
    ("吨", "吨", 1.0, Physical),
    ("斤", "斤", 1.0, Physical),
    // `棉花产量一亿二千五百一十六万担`: a hundred jin, in older reports (not `担任`, `担保`).
    ("担", "担", 1.0, Physical),
    ("天", "天", 1.0, Physical),
    ("小时", "小时", 1.0, Physical),
    // `平均通勤时间35分钟` (not `分`, a score).
    ("分钟", "分钟", 1.0, Physical),
    ("岁", "岁", 1.0, Physical),
    ("倍", "倍", 1.0, Physical),
    // An index's points: `经济效益综合指数达到849.8点，同比下降38.6点`.
    ("点", "点", 1.0, Physical),
    ("%", "%", 1.0, Percent),
    ("％", "%", 1.0, Percent),
    ("‰", "‰", 1.0, Percent),
    ("‱", "‱", 1.0, Percent),
];

/// Magnitude prefixes before a unit (or alone: `5-10万`), longest first.
pub(crate) const PREFIXES: &[(&str, f64)] = &[
    ("万亿", 1e12),
    ("萬億", 1e12),
    ("億", 1e8),
    ("千萬", 1e7),
    ("百萬", 1e6),
    ("萬", 1e4),
    ("千亿", 1e11),
    ("百亿", 1e10),
    ("亿", 1e8),
    ("千万", 1e7),
    ("百万", 1e6),
    ("万", 1e4),
    // 兆 as 万亿 in Taiwan's and Hong Kong's press (`糧食產量1.43兆斤`, `30兆元`), only before
    // money and weight (not `兆瓦`, a million watts).
    (ZHAO, 1e12),
];

/// The prefix `兆` (see [`PREFIXES`]).
const ZHAO: &str = "兆";

/// Bytes of a unit written in Latin letters that opens `text` (`GW`, `kWh`, `TEU`), when no
/// letter or digit follows it: a number before it is a quantity, not part of a name (`5G`,
/// `4K`, `110kV`).
pub(crate) fn ascii_unit_len(text: &str) -> Option<usize> {
    let unit = BASE_UNITS
        .iter()
        .filter(|u| u.text.starts_with(|c: char| c.is_ascii_alphabetic()))
        .find(|u| text.starts_with(u.text))?;
    let after = text[unit.text.len()..].chars().next();
    (!after.is_some_and(|c| c.is_ascii_alphanumeric())).then_some(unit.text.len())
}

/// A unit found after a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitMatch {
    /// Bytes of the unit text, prefix included.
    pub len: usize,
    /// Magnitude of the prefix (1 when none).
    pub magnitude: f64,
    /// The base unit and factor, when a unit follows the prefix.
    pub base: Option<(&'static str, f64, UnitClass)>,
}

/// The longest unit at the start of `text` (`亿元`, `万人`, `%`, or a bare `万`).
pub(crate) fn scan_unit(text: &str) -> Option<UnitMatch> {
    let mut best: Option<UnitMatch> = None;
    let mut consider = |m: UnitMatch| {
        if best.is_none_or(|b| m.len > b.len) {
            best = Some(m);
        }
    };
    for &(prefix, magnitude) in PREFIXES.iter().chain([("", 1.0)].iter()) {
        let Some(rest) = text.strip_prefix(prefix) else {
            continue;
        };
        let first = rest.as_bytes().first().copied();
        if let Some(unit) = BASE_UNITS
            .iter()
            .find(|u| u.text.as_bytes().first().copied() == first && starts_with_word(rest, u.text))
        {
            // `14亿多人口`, `人民`: a word that starts with the unit's character.
            let after = &rest[unit.text.len()..];
            let word = (unit.text == "人" && after.starts_with(['口', '民']))
                // (`900多万个体工商户`, `1万家庭`: words.)
                || (unit.text == "个" && after.starts_with('体'))
                || (unit.text == "家" && after.starts_with(['庭', '属']))
                // (`11.5万村民`, `村委`, `村干部`, `村级`, `村集体`.)
                || (unit.text == "村" && after.starts_with(['民', '委', '干', '级', '组', '务', '集']))
                // (`跨越百亿、二百亿台阶`: a step, not machines.)
                || (unit.text == "台" && after.starts_with('阶'))
                // (`2025部分重点工作`, `部署`: words, not films or telephones.)
                || (unit.text == "部" && after.starts_with(['分', '署', '长']))
                || (unit.text == "担" && after.starts_with(['任', '当', '保', '负', '心', '子']))
                || (unit.text == "列" && after.starts_with(['入', '为', '出', '席', '车']))
                || (unit.text == "种"
                    && after.starts_with(['植', '养', '业', '子', '粮', '苗', '田', '地', '源']));
            let zhao_of = prefix != ZHAO
                || unit.class == UnitClass::Money
                || ["斤", "吨"].contains(&unit.text);
            if (unit.class != UnitClass::Percent || prefix.is_empty()) && !word && zhao_of {
                consider(UnitMatch {
                    len: prefix.len() + unit.text.len(),
                    magnitude,
                    base: Some((unit.base, unit.factor, unit.class)),
                });
            }
        }
        if !prefix.is_empty() && prefix != ZHAO {
            consider(UnitMatch {
                len: prefix.len(),
                magnitude,
                base: None,
            });
        }
    }
    // A rate per something: `127.1部/百人`, `50人/平方公里`.
    best.map(|mut m| {
        if let Some(per) = text[m.len..].strip_prefix(['/', '／']) {
            let n: usize = per
                .chars()
                .take_while(|&c| super::is_ideograph(c))
                .take(4)
                .map(char::len_utf8)
                .sum();
            if n > 0 && m.base.is_some() {
                m.len += text[m.len..].chars().next().map_or(1, char::len_utf8) + n;
                m.base = m.base.map(|(_, _, class)| ("", 1.0, class));
            }
        }
        m
    })
}
