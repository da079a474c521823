//! Metrics: each quantity of a paragraph with what it measures, its kind and modality.
//!
//! Input: the outline's paragraphs (with their offset maps) and sections. Output: [`Metric`]s
//! in document order, each with source spans for the number and its sentence. The indicator
//! comes from the words before the number, is carried over a sentence that shares a subject,
//! and is distributed over `分别` lists. Tables' rows are read by their columns instead
//! (`table.rs`), and their paragraphs marked with their cells.

mod indicator;
mod table;

use crate::model::{
    DocumentFacts, DocumentKind, Metric, MetricId, MetricKind, Modality, NumberingKind, Paragraph,
    Section, SectionId, SectionRole,
};
use crate::numbers::units::UnitClass;
use crate::numbers::{scan_quantities, year, Quantity};
use crate::outline::numbering::{enumerator_len, scan_marker};
use crate::span::OffsetMap;
use crate::words::{after_source, contains_word, find_word, opens_with_estimate};

/// Sentences longer than this many quantities are read without `分别` distribution.
const MAX_QUANTITIES_PER_SENTENCE: usize = 64;

/// Finds the metrics of all paragraphs, and marks the cells of those that are tables' rows;
/// `source` is the text their spans point into.
pub fn metrics(
    source: &str,
    paragraphs: &mut [Paragraph],
    maps: &[OffsetMap],
    sections: &[Section],
    facts: &DocumentFacts,
) -> Vec<Metric> {
    metrics_with_progress(source, paragraphs, maps, sections, facts, &mut |_| {})
}

/// Paragraphs between two progress reports of [`metrics_with_progress`].
const PROGRESS_EVERY: usize = 512;

/// [`metrics`], reporting the share of paragraphs done (0 to 1) every few hundred paragraphs.
pub fn metrics_with_progress(
    source: &str,
    paragraphs: &mut [Paragraph],
    maps: &[OffsetMap],
    sections: &[Section],
    facts: &DocumentFacts,
    progress: &mut dyn FnMut(f64),
) -> Vec<Metric> {
    let mut out = Vec::new();
    // What a lead-in said of the lines after it (`主要预期目标是：` and one target a line).
    let mut listed = Modality::Actual;
    // What a lead-in said of the numbered items after it (`包括以下几个方面。` / `一是…`).
    let mut items = Modality::Actual;
    let mut planned = false;
    // The period a lead-in named for the lines after it (`“十五五”时期主要目标和重大任务：`).
    let mut lead_period: Option<String> = None;
    // The section of the paragraph before.
    let mut last_section = None;
    let tables = table::find(paragraphs, source);
    table::mark_cells(&tables, paragraphs);
    let paragraphs: &[Paragraph] = paragraphs;
    let mut table_rows = table::Rows::new(&tables);
    // What a table's rows take from before it (a plan's section, a lead-in's target).
    let mut table_modality = Modality::Actual;
    let title_part = title_part(facts, paragraphs);
    // (Told once for each section, as a section's comes after its parent's.)
    let mut glossaries = vec![false; sections.len()];
    for (i, s) in sections.iter().enumerate() {
        glossaries[i] = is_glossary(s) || s.parent.is_some_and(|p| glossaries[p.0 as usize]);
    }
    for (index, (paragraph, map)) in paragraphs.iter().zip(maps).enumerate() {
        if index % PROGRESS_EVERY == 0 && index > 0 {
            progress(index as f64 / paragraphs.len() as f64);
        }
        let glossary = paragraph.section.is_some_and(|s| glossaries[s.0 as usize]);
        if paragraph.front_matter || glossary {
            continue;
        }
        let role = paragraph
            .section
            .map_or(SectionRole::Neither, |s| sections[s.0 as usize].role);
        let text = paragraph.text.trim_start();
        let role = if role == SectionRole::Plan && looks_back(text) {
            SectionRole::Review
        } else {
            role
        };
        // A part that says it reviews ends what a lead-in before its heading listed (`…预算草案
        // 的报告》。摘要如下：` / `一、2024年…预算执行情况` / `全国一般公共预算收入…`).
        if role == SectionRole::Review && paragraph.section != last_section {
            (listed, items) = (Modality::Actual, Modality::Actual);
        }
        last_section = paragraph.section;
        let period = section_period(sections, paragraph.section, facts);
        if let Some((table, row, first)) = table_rows.at(index) {
            if first {
                table_modality = match (role, listed) {
                    (SectionRole::Plan, _) => Modality::Target,
                    (_, listed) => listed,
                };
            }
            let default_period = match table_modality {
                Modality::Target => facts.plan_period.as_deref(),
                _ => facts.review_period.as_deref(),
            };
            let place = table::Where {
                period: period.as_deref().or(default_period),
                section: paragraph.section,
                modality: table_modality,
                dated: facts.dated_year(),
            };
            table::row_metrics(table, row, paragraph, map, &place, &mut out);
            (listed, items, planned) = (Modality::Actual, Modality::Actual, false);
            continue;
        }
        let plans = opens_with_plan(text) || planned && text.starts_with("同时");
        planned = plans;
        let item = listed == Modality::Actual && starts_with_item(text);
        let context = Context {
            role,
            facts,
            period: lead_period.as_deref().or(period.as_deref()),
            listed: if item { items } else { listed },
            // (An item of the work a lead-in announced plans throughout: `一是狠抓项目建设。全年
            // 安排重点项目120个…`.)
            plans: plans || item && items == Modality::Target,
            title_part,
            after_estimate: index > 0
                && out.last().is_some_and(|m| {
                    m.paragraph == paragraphs[index - 1].id && m.modality == Modality::Estimate
                }),
        };
        paragraph_metrics(paragraph, map, &context, &mut out);
        listed = listed_after(&paragraph.text, role, facts, listed);
        items = items_after(text, role, facts, items);
        lead_period = lead_period_after(text.trim_end(), lead_period);
    }
    // `2013年上虞地区生产总值达624.98亿元`: the place the report is of, named before what is
    // measured, says nothing the report does not.
    if let Some(place) = report_place(facts) {
        let short = place
            .strip_suffix(indicator::PLACE_ENDS)
            .filter(|s| s.chars().count() >= 2);
        for metric in &mut out {
            let rest = [Some(place), short]
                .into_iter()
                .flatten()
                .find_map(|p| metric.indicator.strip_prefix(p))
                .filter(|rest| {
                    let measure = indicator::RATES
                        .iter()
                        .find_map(|r| rest.strip_suffix(r))
                        .unwrap_or(rest);
                    // (Not a zone the place names: `高阳经济开发区规划总面积`.)
                    let zone = ["开发区", "新区", "园区", "高新区", "保税区"]
                        .iter()
                        .any(|z| rest.contains(z));
                    measure.chars().count() >= 2 && indicator::names_measure(measure) && !zone
                });
            if let Some(rest) = rest {
                metric.indicator = rest.to_owned();
            }
        }
    }
    // `首次突破千亿元大关，达到1036亿元`, `迈上6万亿元新台阶，达到6.12万亿元`: a threshold
    // passed says nothing that the level reached right after it in its sentence does not.
    let passed: Vec<bool> = out
        .windows(2)
        .map(|pair| threshold_before_level(&pair[0], &pair[1], paragraphs))
        .collect();
    let mut passed = passed.into_iter();
    out.retain(|_| !passed.next().unwrap_or(false));
    out
}

/// Whether `passed` is a threshold passed (`突破千亿元`) that `level`, reached right after it in
/// its sentence (`，达到1036亿元`), went past; not the next of thresholds passed one by one
/// (`跨越4万亿元、5万亿元`).
fn threshold_before_level(passed: &Metric, level: &Metric, paragraphs: &[Paragraph]) -> bool {
    const PASSED: &[&str] = &["突破", "迈上", "跨越", "跨上", "跃上", "站上", "超过"];
    let gap = paragraphs
        .get(passed.paragraph.0 as usize)
        .and_then(|p| p.text.get(passed.text_range.1..level.text_range.0))
        .unwrap_or_default();
    passed
        .qualifier
        .as_deref()
        .is_some_and(|q| PASSED.contains(&q))
        && level.qualifier.is_none()
        && gap.contains('，')
        && (gap.ends_with("达到") || gap.ends_with('达'))
        && passed.quote_range == level.quote_range
        && passed.paragraph == level.paragraph
        && passed.indicator == level.indicator
        && passed.modality == level.modality
        // (In units of one base, `突破6万元大关，达到61234元`.)
        && match (passed.base_value, level.base_value) {
            (Some(low), Some(high)) => passed.base_unit == level.base_unit && high >= low,
            _ => passed.unit == level.unit && level.value >= passed.value,
        }
}

/// Whether a section is a glossary appended to the report (`名词解释`, `注释：`,
/// `附件2：名词解释`): the figures of its definitions (`研发费用总额占营业收入比重不低于3%`)
/// are none of the report's, nor are those of the sections inside it.
fn is_glossary(section: &Section) -> bool {
    const GLOSSARIES: &[&str] = &["名词解释", "名词注释", "术语解释", "注释", "附注"];
    section.numbering == NumberingKind::Appendix
        && GLOSSARIES
            .iter()
            .any(|g| section.label.contains(g) || section.title.contains(g))
}

/// The place a report is of, as its front matter names it before what the place holds or
/// issues: `…在西青区第十八届人民代表大会…`, `西青区区长 殷学武`, `玉环市统计局`, `2013年上虞区
/// 国民经济和社会发展统计公报`; the innermost of places named together (`河北省保定市` → `保定市`).
fn report_place(facts: &DocumentFacts) -> Option<&str> {
    // (What it holds or issues, or its officer's role: `西青区区长`.)
    const HELD: &[&str] = &["第", "人民", "国民经济", "政府", "统计局", "财政局"];
    let lines = [&facts.meeting, &facts.speaker, &facts.issuer, &facts.title];
    lines.into_iter().flatten().find_map(|line| {
        line.char_indices()
            .filter(|&(_, c)| indicator::PLACE_ENDS.contains(&c))
            .find_map(|(at, c)| {
                let end = at + c.len_utf8();
                let held = HELD
                    .iter()
                    .chain(crate::outline::SPEAKER_ROLES)
                    .any(|w| line[end..].starts_with(w))
                    || year::digits_at_start(&line[end..]).is_some();
                let start = line[..at]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| {
                        crate::numbers::is_ideograph(c)
                            && !indicator::PLACE_ENDS.contains(&c)
                            && c != '在'
                            && c != '年'
                            && c != '于'
                    })
                    .last()
                    .map_or(at, |(i, _)| i);
                let name = &line[start..end];
                (held && (2..=6).contains(&name.chars().count())).then_some(name)
            })
    })
}

/// The period that a section or the part it belongs to names in its title (`2021年重点工作`:
/// 2021; `“十四五”时期的主要目标任务`: 十四五), the innermost first.
fn section_period(
    sections: &[Section],
    mut id: Option<SectionId>,
    facts: &DocumentFacts,
) -> Option<String> {
    let mut inner = true;
    while let Some(section) = id.and_then(|s| sections.get(s.0 as usize)) {
        let title = &section.title;
        let work = (!inner).then(|| year_of_work(title)).flatten();
        if let Some(period) = work
            .or_else(|| year::first_period(title))
            .or_else(|| five_years(title, facts))
        {
            return Some(period);
        }
        id = section.parent;
        inner = false;
    }
    None
}

/// `二、“十五五”时期主要目标和2026年工作安排`: the year whose work a part's title names last,
/// after the plan's years, which the sections inside it (`（一）全力抓项目扩投资`) are the work of:
/// what the title says of that year sets the plan, as a heading's role tells (not a review:
/// `“十四五”时期和2025年工作回顾`).
fn year_of_work(title: &str) -> Option<String> {
    let (at, last) = year::periods_named(title).max_by_key(|&(at, _)| at)?;
    let rest = &title[at..];
    let rest = &rest[rest.find('年')? + '年'.len_utf8()..];
    let first = year::first_period(title)?;
    let plans = crate::outline::role_of(rest) == Some(SectionRole::Plan);
    (first != last && last.len() == 4 && plans).then_some(last)
}

/// The year of a period of years (`2017—2021`, `十四五`) that a figure said in them is of, if
/// one: the last for a level they came to (`…达到1200公里`, as [`kind_of`] tells one or said
/// with `达`, `突破`), the year before them for the level they started from (`从3233.8亿元增长
/// 到…`); none for one over them (`年均增长`, `累计`, `每年`). In a part on five years (a
/// `span`), the last for any figure not said over them by its sentence either (`过去五年，…新增
/// 城镇就业316.5万人`); in a plan's years (`“十四五”时期，…`), only for a level reached, not how
/// it changed over them (`比2015年增长…`) nor what they added (`新建高标准农田600万亩`, `城镇
/// 新增就业超过6000万人`).
fn year_of_years(
    (first, last): (u32, u32),
    span: bool,
    text: &str,
    sentence_start: usize,
    q: &Quantity,
    found: &indicator::Found,
    kind: MetricKind,
) -> Option<u32> {
    if said_over_years(text, sentence_start, q) {
        return None;
    }
    if is_starting_level(text, q) {
        return Some(first - 1);
    }
    let verb_ends = |verbs: &[&str]| verbs.iter().any(|v| found.verb.ends_with(v));
    let reached = reaches_level(&found.verb) || verb_ends(&["达", "突破"]);
    let changed = matches!(
        kind,
        MetricKind::Growth | MetricKind::PointChange | MetricKind::Change
    );
    let at_end = if span {
        reached || verb_ends(&["超过", "为"]) || !text[sentence_start..q.range.0].contains("五年")
    } else {
        // (`高速铁路营业里程超过1.9万公里`: a level passed too, not a count of what they added.)
        let passed = matches!(kind, MetricKind::Level | MetricKind::Share)
            && (verb_ends(&["超过"]) || q.qualifier.as_deref() == Some("超过"));
        (reached && !changed || passed) && indicator::leading_action(&found.indicator).is_empty()
    };
    at_end.then_some(last)
}

/// Whether the clause of `q` says its figure over years (`年均增长`, `每年`, `累计`).
fn said_over_years(text: &str, sentence_start: usize, q: &Quantity) -> bool {
    let clause = &text[indicator::clause_open(text, sentence_start, q.range.0, &[])..q.range.0];
    ["年均", "年平均", "平均每年", "每年", "累计"]
        .iter()
        .any(|w| clause.contains(w))
}

/// `一、过去五年工作回顾`, `二、今后五年的目标任务`: the five years a part reviews (ending with
/// the year the report reviews) or plans (from the year it plans for), as `2017—2021`.
fn five_years(title: &str, facts: &DocumentFacts) -> Option<String> {
    let year = |p: &Option<String>| p.as_deref().filter(|p| p.len() == 4)?.parse::<u32>().ok();
    let (first, last) = if PAST_FIVE_YEARS.iter().any(|w| title.contains(w)) {
        let last = year(&facts.review_period)?;
        (last - 4, last)
    } else if NEXT_FIVE_YEARS.iter().any(|w| title.contains(w)) {
        let first = year(&facts.plan_period)?;
        (first, first + 4)
    } else {
        return None;
    };
    Some(format!("{first}—{last}"))
}

/// What a paragraph's metrics depend on beyond its own text.
struct Context<'a> {
    /// The role of its section.
    role: SectionRole,
    facts: &'a DocumentFacts,
    /// The period its section names, if any.
    period: Option<&'a str>,
    /// The modality a lead-in before it gave the lines of its list.
    listed: Modality,
    /// Whether it plans throughout (see [`opens_with_plan`]).
    plans: bool,
    /// The part of the year the report's title names (see [`title_part`]).
    title_part: Option<&'a str>,
    /// Whether the paragraph before ended with an estimate, whose breakdown this one may open
    /// with.
    after_estimate: bool,
}

/// The part of the year a report's title names after its year (`2025年前三季度全区经济运行简析`
/// → `前三季度`), or opens with when it names no year (`上半年国民经济运行总体平稳`), which its
/// results are of where a sentence names none. Without a title that names a year, a release's
/// text may open with it as a clause of its own (`1-4月，全市一般公共预算收入…` above `全市一般
/// 公共预算支出…`); not a report on a year (`某市2026年政府工作报告`), whose first paragraph
/// opening with `前三季度，…` says no more than that paragraph's time.
fn title_part<'a>(facts: &'a DocumentFacts, paragraphs: &'a [Paragraph]) -> Option<&'a str> {
    // (After who gives it: `国家统计局：上半年GDP同比增长7.0%`.)
    const MAX_SOURCE_CHARS: usize = 8;
    let title = facts
        .title
        .as_deref()
        .map(|title| match title.split_once(['：', ':']) {
            Some((source, rest)) if source.chars().count() <= MAX_SOURCE_CHARS => rest,
            _ => title,
        });
    // Where the year the title names ends, if it names one.
    let year_end = title.and_then(|title| {
        title
            .char_indices()
            .find_map(|(i, _)| Some(i + year::digits_at_start(&title[i..])? + '年'.len_utf8()))
    });
    let of_title = title.and_then(|title| {
        let rest = match year_end {
            Some(end) => &title[end..],
            // (`今年前三季度我省经济运行稳中有进`: this year's.)
            None => title.strip_prefix("今年").unwrap_or(title),
        };
        indicator::period_name_at_start(rest).map(|(name, _)| name)
    });
    if year_end.is_some() {
        return of_title;
    }
    of_title.or_else(|| {
        let opening = paragraphs
            .iter()
            .find(|p| !p.front_matter)?
            .text
            .trim_start();
        let (name, len) = indicator::period_name_at_start(opening)?;
        opening[len..].starts_with(['，', ',']).then_some(name)
    })
}

/// The year of a part of a year (`上半年`, `一季度`, `1-6月`) in a document that names no
/// period but is dated: the date's year when the part had ended by the date's month, else the
/// year before (a release of January on the fourth quarter).
fn year_of_part(part: &str, facts: &DocumentFacts) -> Option<u32> {
    if facts.review_period.is_some() || facts.plan_period.is_some() {
        return None;
    }
    let year = facts.dated_year()?;
    let month: u32 = facts.date.as_deref()?.get(5..7)?.parse().ok()?;
    let part = part.strip_prefix('第').unwrap_or(part);
    let last = match part {
        "一季度" => 3,
        "上半年" | "二季度" => 6,
        "前三季度" | "三季度" => 9,
        "四季度" | "下半年" => 12,
        _ => part
            .strip_suffix('月')?
            .rsplit(['-', '—', '－'])
            .next()?
            .parse()
            .ok()
            .filter(|m| (1..=12).contains(m))?,
    };
    Some(if month > last { year } else { year - 1 })
}

/// `二、“十三五”时期发展成就和“十四五”时期主要目标任务` / `过去五年，…`: a paragraph of a plan's
/// part that opens by looking back reviews.
/// So does one that tells, perhaps after who said it, the part of the year gone by (`会议
/// 指出，上半年全市地区生产总值完成…`: a news story on a meeting that plans the rest).
fn looks_back(text: &str) -> bool {
    const YEAR_SO_FAR: &[&str] = &[
        "上半年",
        "今年上半年",
        "今年以来",
        "前三季度",
        "今年前三季度",
        "一季度",
        "今年一季度",
    ];
    let told = ["指出，", "认为，", "显示，", "强调，"]
        .iter()
        .find_map(|v| {
            let at = text.find(v)?;
            (text[..at].chars().count() <= 6 && !text[..at].contains(['，', '。']))
                .then(|| &text[at + v.len()..])
        })
        .filter(|rest| YEAR_SO_FAR.iter().any(|w| rest.starts_with(w)));
    told.is_some()
        || PAST_FIVE_YEARS
            .iter()
            .chain(crate::words::THE_YEAR_PAST)
            .chain(&["一年来"])
            .any(|w| text.starts_with(w))
}

/// Words for the five years ahead.
const NEXT_FIVE_YEARS: &[&str] = &["今后五年", "未来五年"];

/// Words for the five years just past (`过去五年`, `五年来`).
const PAST_FIVE_YEARS: &[&str] = &["过去五年", "过去5年", "过去的五年", "五年来"];

/// Whether `verb` says the level a figure came to (`达到`, `提高到`, `降至`).
fn reaches_level(verb: &str) -> bool {
    verb.ends_with(['到', '至'])
}

/// `深圳还将全力推动重大工业项目落地。加大…，全年工业投资增长12%以上。`: a paragraph that
/// opens with what its subject will do plans throughout (and so does one after it that opens
/// with `同时`).
fn opens_with_plan(text: &str) -> bool {
    let first_sentence = text.split('。').next().unwrap_or_default();
    ["还将", "将继续", "将进一步", "将全力", "将加快"]
        .iter()
        .any(|w| contains_word(first_sentence, w))
        // `今年计划要求，…国民生产总值增长百分之六…。…社会商品零售总额增长百分之十二点三`: a
        // paragraph that opens with the year's plan plans throughout.
        || ["今年计划", "今年的计划", "本年计划"]
            .iter()
            .any(|w| first_sentence.starts_with(w))
        // `重点抓好以下工作：实施重点项目300个…`, `我们将重点做好以下工作。新建…`: so does one
        // that opens with a lead-in to the work to be done, its items in it.
        || announces_work(first_sentence.split([':', '：']).next().unwrap_or_default())
}

/// The modality that the lines after a paragraph take from it: a lead-in ending with `：`
/// gives its own (`全县经济社会发展主要预期目标是：` a target) to the lines that follow while
/// they end with `；` and to the one that ends the list.
fn listed_after(
    text: &str,
    role: SectionRole,
    facts: &DocumentFacts,
    listed: Modality,
) -> Modality {
    let text = text.trim_end();
    if text.ends_with(['：', ':']) {
        Cues::of(text, role, facts).within(text.len())
    } else if text.ends_with(['；', ';']) || is_list_line(text) {
        listed
    } else {
        Modality::Actual
    }
}

/// The period that the lines after a paragraph take from it, as [`listed_after`] gives their
/// modality: that of a lead-in ending with `：` that opens by naming it (`“十五五”时期主要目标
/// 和重大任务：`, `2026年经济社会发展总体要求和政策取向：`), while they end with `；`.
fn lead_period_after(text: &str, period: Option<String>) -> Option<String> {
    if text.ends_with(['：', ':']) {
        let (at, named) = year::periods_named(text).min_by_key(|&(at, _)| at)?;
        // (Opening with it, after a quote mark: not a period said inside the lead-in.)
        text[..at]
            .trim_start_matches(['“', '「', '"'])
            .is_empty()
            .then_some(named)
    } else if text.ends_with(['；', ';']) || is_list_line(text) {
        period
    } else {
        None
    }
}

/// Whether a paragraph is a line of a list without a sentence's end, which goes on after it:
/// a bullet's (`• 地区生产总值增长5.5%左右`, `- **研发投入强度**：3.2%`) or a short line
/// with a figure (`规上工业增加值增长：6%左右`).
fn is_list_line(text: &str) -> bool {
    const MAX_LINE_CHARS: usize = 30;
    let bullet = crate::normalize::lines::starts_with_bullet(text);
    !text.ends_with(['。', '！', '？'])
        && (bullet || text.chars().count() <= MAX_LINE_CHARS && crate::numbers::has_figure(text))
}

/// The modality that the items after a paragraph take from it while they are paragraphs of
/// their own that open with their number (`一是…`, `二是…`): a lead-in that ends with `：` or
/// announces them (`今年继续实行积极财政政策的主要内容，包括以下几个方面。`) gives its own.
fn items_after(text: &str, role: SectionRole, facts: &DocumentFacts, items: Modality) -> Modality {
    let text = text.trim_end();
    if text.ends_with(['：', ':']) || is_lead_in(text) {
        match Cues::of(text, role, facts).within(text.len()) {
            Modality::Actual if announces_work(text) => Modality::Target,
            said => said,
        }
    } else if starts_with_item(text) {
        items
    } else {
        Modality::Actual
    }
}

/// Whether a lead-in announces the work to be done (`围绕上述目标，重点抓好以下几个方面工作：`),
/// not the work done (`主要抓好了以下工作：`).
fn announces_work(text: &str) -> bool {
    ["抓好", "做好"].iter().any(|w| contains_word(text, w))
        && contains_word(text, "以下")
        && !text.contains('了')
}

/// Whether a paragraph ends by announcing items after it (`…包括以下几个方面。`).
fn is_lead_in(text: &str) -> bool {
    let last = text
        .trim_end_matches('。')
        .rsplit(['。', '，'])
        .next()
        .unwrap_or_default();
    text.ends_with('。') && last.chars().count() <= 16 && last.contains("以下")
}

/// Whether a sentence opens as an item of a list inside a paragraph: with its number
/// (`（二）…`) or the aspect it is of (`质量结构型指标方面，…`).
fn opens_item(sentence: &str) -> bool {
    let sentence = sentence.trim_start();
    let first = sentence
        .split(['，', ',', '：', ':'])
        .next()
        .unwrap_or_default();
    scan_marker(sentence).is_some()
        || first.ends_with("方面") && first.len() < sentence.len() && first.chars().count() <= 16
}

/// Whether a paragraph is in a language of Latin letters (a bilingual page's translation,
/// `Revenue … reached 21.97 trillion yuan, 98.1% of …`), whose figures are those of the Chinese
/// beside it: more than three letters to an ideograph, and a sentence's worth of them.
fn is_foreign(text: &str) -> bool {
    const MIN_LETTERS: usize = 20;
    let letters = text.bytes().filter(u8::is_ascii_alphabetic).count();
    letters >= MIN_LETTERS
        && letters
            > 3 * text
                .chars()
                .filter(|&c| crate::numbers::is_ideograph(c))
                .count()
}

/// No change, said in words.
const FLAT: &str = "持平";

/// `居民消费价格与上年持平`, `增速与一季度持平`, `产量同比基本持平`: no change from an earlier
/// time said in words, a quantity of nought: in per cent for a level's change, in points for a
/// rate's (`增速`, `比重`). Not a state that names things (`持平的为4个`), nor equal to a place
/// or a target (`与全国持平`, `与计划目标持平`), nor a target alike an earlier one: no change
/// of what was measured.
fn flat_quantities(text: &str) -> impl Iterator<Item = Quantity> + '_ {
    text.match_indices(FLAT).filter_map(move |(at, flat)| {
        let end = at + flat.len();
        if text[end..].starts_with('的') {
            return None;
        }
        let before = &text[..at];
        // (`与上年基本持平`, `大体与往年持平`.)
        let loose = indicator::loosely_at_end;
        let head = match loose(before) {
            Some(word) => &before[..before.len() - word.len()],
            None => before,
        };
        let subject = match indicator::alike_base(head) {
            Some(at) => &head[..at],
            None => ["同比", "环比"].iter().find_map(|w| head.strip_suffix(w))?,
        };
        // (Nor a target alike last year's, `这一增速目标与去年持平`.)
        if subject.ends_with("目标") {
            return None;
        }
        let loosely = loose(before).or_else(|| loose(subject));
        let of_rate = indicator::RATES
            .iter()
            .chain(&["比重", "占比", "率"])
            .any(|r| subject.trim_end_matches('，').ends_with(r));
        let (unit, base, class) = if of_rate {
            ("个百分点", ("个百分点", 1.0), UnitClass::Points)
        } else {
            ("%", ("%", 1.0), UnitClass::Percent)
        };
        Some(Quantity {
            range: (at, end),
            number_end: end,
            value: 0.0,
            upper: None,
            unit: Some(unit.to_owned()),
            base: Some(base),
            class: Some(class),
            qualifier: loosely.map(str::to_owned),
            ratio: None,
            rank: false,
            fraction: false,
        })
    })
}

/// Whether a paragraph opens as an item of a list of paragraphs (`一是`, `（三）`, `2.`).
fn starts_with_item(text: &str) -> bool {
    enumerator_len(text).is_some() || scan_marker(text).is_some()
}

fn paragraph_metrics(
    paragraph: &Paragraph,
    map: &OffsetMap,
    context: &Context,
    out: &mut Vec<Metric>,
) {
    let Context {
        role,
        facts,
        period: section_period,
        listed,
        plans,
        title_part,
        after_estimate,
    } = *context;
    let text = paragraph.text.as_str();
    let quantities: Vec<Quantity> = scan_quantities(text)
        .into_iter()
        .filter(|q| {
            // (`年末全县常住人口766579，…`: people counted without a unit, in a sentence; not
            // a table's cell, whose unit is in its header.)
            let people = q.ratio.is_none()
                && q.value >= 100.0
                && indicator::names_people(&text[..q.range.0])
                && text[q.range.1..].starts_with(['，', '。', '；', ',']);
            // (`人口控制在十三亿以内`: a number in Chinese numerals has its magnitude in its
            // value, where `13亿` has it for unit; said alone, not before what it counts or
            // names, `十万企业上云工程`, `三十亿以上重大工业项目`.)
            let names_after = || {
                let after = &text[q.range.1..];
                BOUNDS_AFTER
                    .iter()
                    .find_map(|b| after.strip_prefix(b))
                    .unwrap_or(after)
                    .starts_with(crate::numbers::is_ideograph)
            };
            let magnitude = q.unit.is_none()
                && q.ratio.is_none()
                && text[q.range.0..q.range.1].ends_with(['万', '亿'])
                && !text[q.range.0..].starts_with(|c: char| c.is_ascii_digit())
                && !names_after();
            (q.unit.is_some()
                || q.ratio.is_some()
                || q.rank
                || people
                || magnitude
                || is_index_value(text, q))
                && is_metric(text, q)
        })
        .collect();
    // (No change said in words, `价格与上年持平`, holds no digit: looked for only where said.)
    let quantities = if text.contains(FLAT) {
        let mut all = quantities;
        // (Each in its place: a sort of quantities would add its own code to the wasm.)
        for flat in flat_quantities(text) {
            let at = all.partition_point(|q| q.range.0 < flat.range.0);
            all.insert(at, flat);
        }
        all
    } else {
        quantities
    };
    // (Counted only in paragraphs with figures, which the scan found cheaply.)
    if quantities.is_empty() || is_foreign(text) {
        return;
    }
    let paragraph_estimated = opens_with_estimate(text);
    // `达5600亿元（预计数，下同）`: where a note says the figure before it, and those after it,
    // are estimates.
    let estimated_below = quantities
        .iter()
        .find(|q| estimate_note(text, q).is_some_and(|note| note.contains("下同")))
        .map(|q| q.range.0);
    // Whether the sentence before opened with an estimate word, or was a part of one that did.
    let mut whole_estimated = after_estimate;
    // Whether the sentence before gave the months so far (`4月，…累计完成…`), or was a part
    // of one that did.
    let mut whole_so_far = false;
    let mut part_so_far_before = false;
    // Quantities and sentences are both in text order: one pass over each.
    let mut next = 0;
    // `预计全县地区生产总值增长9%；规模以上工业增加值增长10%；…。`: the parts of a sentence
    // joined by `；` share an estimate or a target said in an earlier part.
    let mut carried = listed;
    let mut last_indicator = String::new();
    // The last line of a budget named (`社会保险基金预算收入`), for its other lines named alone
    // after it (`…，支出300亿元，年末滚存结余180亿元`; `…，完成预算的105%；支出8.2亿元`).
    let mut budget_line = String::new();
    // Whose the last measure per head was (`城镇常住居民`), for one of no one after it.
    let mut per_head_holder = String::new();
    // What the paragraph's `各项` (all items) are of (`金融机构本外币`).
    let mut whole_of_items = String::new();
    // The measure of a whole (`播种面积`) the sentence before opened with, and its unit.
    let mut part_whole: Option<(&'static str, Option<String>)> = None;
    // What the sentences that break a figure down (`按地域分，城镇实现747.1亿元`) are of.
    let mut broken_down: Option<String> = None;
    // The year of a deadline that the sentence, or the part before `；`, opened with.
    let mut last_deadline: Option<String> = None;
    // The part of the year the paragraph opens with (`1-9月，…`), if any.
    let mut paragraph_part: Option<&str> = None;
    // The year the paragraph opens with (`2024年，…`), if any.
    let mut paragraph_year: Option<String> = None;
    // A comparison said to hold for the figures below (`同比（下同）`).
    let mut same_below: Option<String> = None;
    // The part of the economy the paragraph last measured the value added of (`民营经济`).
    let mut economy: Option<String> = None;
    // Whether the sentence listed parts after `其中`.
    let mut listing_parts = false;
    // What a lead-in inside the paragraph said of the numbered items after its colon
    // (`…预算草案：（一）…。（二）…`), for the items that open its later sentences.
    let mut numbered = Modality::Actual;
    // And the year it named (`国务院提出的2025年中央和地方预算草案：（一）…`), and that of
    // the item the sentence is in (over its parts after `；`).
    let mut numbered_year: Option<String> = None;
    let mut item_year: Option<String> = None;
    for (sentence_start, sentence_end) in sentences(text) {
        let piece = &text[sentence_start..sentence_end];
        // (Over the parts after `；`, and a breakdown of another kind right after.)
        let goes_on = text[..sentence_start].ends_with('；');
        broken_down = match breaks_down(piece) {
            true if broken_down.is_some() => broken_down,
            // (Of a measure: not of a part of the sentence before, `…建筑及装潢材料类下降2.0%`.)
            true => Some(last_indicator.clone()).filter(|i| indicator::names_measure(i)),
            false if goes_on => broken_down,
            false => None,
        };
        // (Over the parts after `；` too: `到2027年，…；研发投入强度达到3%；…`.)
        let deadline = deadline_year(piece).or_else(|| last_deadline.take().filter(|_| goes_on));
        last_deadline.clone_from(&deadline);
        // `二〇二三年，…`, `2024年上半年，…`, `前三季度，…`: when all its figures are of.
        let (sentence_year, sentence_part, part_leads) =
            time_opening(piece, section_period.is_none());
        let sentence_year =
            sentence_year.or_else(|| year_reviewed_in(piece, section_period, facts));
        // (`1-9月，全市社会消费品零售总额…。按经营单位所在地分，城镇…`: the part of the year a
        // paragraph opens with is that of its later sentences, unless they say their own time:
        // `…。全年预计增长5.5%`.)
        // (After a lead sentence without figures too: `工业生产稳中有升。1-9月，…`.)
        // (And so is its year: `2024年，全市法院共受理…。市中级法院受理案件2.1万件`, or the
        // plan's; unless a sentence says a time of years of its own: `五年来…`, `累计…`.)
        // (A part of the year that leads the sentence's first clause carries too: `上半年全市
        // 地区生产总值…。分产业看，第一产业增加值…`.)
        // (`11月份，…。1—11月份，规模以上工业增加值…。分三大门类看，…`: and the part a later
        // sentence opens with, over those after it, unless it is a month said aside after the
        // months to it: `1-9月，…。9月份，…。分门类看，…` goes on with 1-9月.)
        let first_with_figures = quantities
            .first()
            .is_some_and(|q| q.range.0 >= sentence_start);
        let later_part = sentence_part.is_some_and(|p| {
            let one_month = p.ends_with('月') && !p.contains(crate::numbers::RANGE_SEPARATORS);
            paragraph_part.is_none() || !one_month
        });
        if first_with_figures || later_part {
            paragraph_part = sentence_part.or(part_leads).or(paragraph_part);
        }
        // (A sentence that opens with the whole year ends it: `前三季度，…。全年预计完成地区生产
        // 总值…。新建公园5个` is of the year.)
        if sentence_part.is_none()
            && ["全年", "今年", "当年"]
                .iter()
                .any(|w| piece.starts_with(w))
        {
            paragraph_part = None;
        }
        if first_with_figures && sentence_year.is_some() {
            paragraph_year.clone_from(&sentence_year);
        }
        const OWN_TIME: &[&str] = &["全年", "今年", "当年", "年末", "年底", "去年"];
        // (Searched for only where a part would carry: most sentences name their own or none.)
        let own_time = || OWN_TIME.iter().any(|w| piece.contains(w));
        let title_part = title_part.filter(|_| sentence_part.is_none() && !own_time());
        let part_inherited = sentence_part.is_none();
        let sentence_part = sentence_part.or_else(|| paragraph_part.filter(|_| !own_time()));
        const OWN_YEARS: &[&str] = &[
            "年来",
            "以来",
            "累计",
            "五年",
            "期间",
            "时期",
            "去年",
            "明年",
            "年均",
            "平均每年",
        ];
        // (Years the paragraph is of go on over what is said over them: `五年来，…。新增城镇
        // 就业累计超过450万人`.)
        let over_years = |p: &String| {
            p.len() != 4 && !["今年", "去年", "明年"].iter().any(|w| piece.contains(w))
        };
        let sentence_year = sentence_year.or_else(|| {
            paragraph_year
                .clone()
                .filter(|p| over_years(p) || !OWN_YEARS.iter().any(|w| piece.contains(w)))
        });
        let mut inherited = carried;
        if opens_item(piece) && inherited == Modality::Actual {
            inherited = numbered;
        }
        // `初步核算，全年国内生产总值…。其中，第一产业增加值…`: a paragraph that opens with
        // an estimate word is estimated throughout; after a lead, the parts of an estimated
        // whole are (`经济运行总体平稳。据初步测算，全市实现生产总值…。其中，第一产业…`), not
        // the sentences after them (`初步测算，…二氧化碳排放…下降3.4%。…清洁能源发电量…`).
        // (Or broken down, in a paragraph of its own too: `…经初步核算，…地区生产总值…。` /
        // `分产业看，第一产业增加值…`.)
        let part_of_estimate =
            whole_estimated && (piece.trim_start().starts_with("其中") || breaks_down(piece));
        whole_estimated = opens_with_estimate(piece) || part_of_estimate;
        // (`4月，…累计完成24627万元…。其中：税收收入8103万元…；非税收入…`: and of the
        // months so far.)
        let part_so_far = (whole_so_far && piece.trim_start().starts_with("其中"))
            || (part_so_far_before && goes_on);
        part_so_far_before = part_so_far;
        whole_so_far = part_so_far || piece.contains("累计");
        if inherited == Modality::Actual && (paragraph_estimated || part_of_estimate) {
            inherited = Modality::Estimate;
        }
        if inherited == Modality::Actual && plans {
            inherited = Modality::Target;
        }
        while next < quantities.len() && quantities[next].range.0 < sentence_start {
            next += 1;
        }
        let from = next;
        while next < quantities.len() && quantities[next].range.1 <= sentence_end {
            next += 1;
        }
        let in_sentence: Vec<&Quantity> = quantities[from..next]
            .iter()
            .take(MAX_QUANTITIES_PER_SENTENCE)
            .collect();
        // (`主要预期目标是：地区生产总值增长6%以上。地方一般公共预算收入增长3%；…`: and a
        // lead-in's list that a stray `。` cut after its first item goes on to the sentence
        // after, when that one is a list of parts.)
        let carries = piece.ends_with('；') || {
            let item = piece.rfind(['：', ':']).map(|colon| &piece[colon..]);
            let next = text[sentence_end..].split('。').next().unwrap_or_default();
            item.is_some_and(|item| !item.contains(['；', '，', ','])) && next.contains('；')
        };
        // `城乡居民储蓄大幅度增加。一九八五年末达到…`: a sentence that only says how something
        // fared names what the figures of the sentence after it measure.
        if in_sentence.is_empty() {
            if let Some(subject) = indicator::fared_sentence(piece) {
                subject.clone_into(&mut last_indicator);
            }
        }
        if in_sentence.is_empty() && !carries {
            carried = Modality::Actual;
            continue;
        }
        let cues = Cues::of(piece, role, facts);
        let lead_in = piece
            .find(['：', ':'])
            .filter(|&colon| opens_item(piece[colon..].trim_start_matches(['：', ':'])));
        if let Some(colon) = lead_in {
            numbered = cues.within(colon);
            numbered_year = year::last_period(&piece[..colon]);
        }
        item_year = match lead_in.is_some() || opens_item(piece) {
            true => numbered_year.clone(),
            false if goes_on => item_year,
            false => None,
        };
        let sentence_year = sentence_year.or_else(|| item_year.clone());
        let modality_at = |len: usize| match cues.within(len) {
            Modality::Actual => inherited,
            said => said,
        };
        // (`…增长14.6%，2011年预计实现420亿元；…`: not an estimate said after a figure, which
        // is of its own clause.)
        let estimated_after_figure = in_sentence.first().is_some_and(|q| {
            cues.estimate
                .is_some_and(|at| sentence_start + at > q.range.1)
        });
        carried = match modality_at(piece.len()) {
            _ if !carries => Modality::Actual,
            Modality::Estimate if estimated_after_figure => inherited,
            said => said,
        };
        if in_sentence.is_empty() {
            continue;
        }
        let mut indicators = indicator::indicators(text, sentence_start, &in_sentence);
        // `地区生产总值同比（下同）增长4.5%`: a note that what it says holds below is no part of
        // the indicator, and its comparison goes on to the paragraph's later rates of change.
        let mut said_from = sentence_start;
        for (found, q) in indicators.iter_mut().zip(&in_sentence) {
            let said = &text[said_from.min(q.range.0)..q.range.0];
            said_from = q.range.1;
            if indicator::SAME_BELOW.iter().any(|note| said.contains(note)) {
                same_below.clone_from(&found.comparison);
            }
            let changed = ["增长", "下降", "增幅"]
                .iter()
                .any(|v| found.verb.ends_with(v));
            if found.comparison.is_none() && q.class == Some(UnitClass::Percent) && changed {
                found.comparison.clone_from(&same_below);
            }
        }
        // `…国内生产总值…增长9.8%。三季度同比增长4.9%`: a sentence that opens with only when
        // and how much goes on with the indicator the sentence before ended with.
        // (Rates and amounts, not counts: `13个实现收入的税种中` is no more taxes.)
        let measure = |q: &Quantity| {
            matches!(
                q.class,
                Some(UnitClass::Percent | UnitClass::Points | UnitClass::Money)
            ) || q.unit.as_deref() == Some("倍")
        };
        // `规模以上工业企业实现营业收入5432.1亿元，增长4.2%；利润总额312.6亿元，…`: a bare
        // measure after `；` is of the subject of the measure before.
        // (And the figures after it of the same measure: `…，下降3.5%`.)
        // (`蔬菜种植面积13.3千公顷，增长0.4%；产量47.6万吨`: and an output, of the crop.)
        let bare = indicators.first().filter(|_| goes_on).and_then(|found| {
            let subject = indicator::subject_for_bare_measure(&last_indicator, &found.indicator)
                .or_else(|| indicator::crop_of_output(&last_indicator, &found.indicator))?;
            Some((found.indicator.clone(), subject.to_owned()))
        });
        if let Some((measure, subject)) = bare {
            for found in indicators.iter_mut().take_while(|f| f.indicator == measure) {
                found.indicator.insert_str(0, &subject);
            }
        }
        for (found, q) in indicators.iter_mut().zip(&in_sentence) {
            let before = &text[sentence_start..q.range.0];
            if let Some(scheme) = indicator::insurance_named_before(&found.indicator, before) {
                found.indicator.insert_str(0, &scheme);
            }
            let rate = q.class == Some(UnitClass::Percent);
            let prices = || {
                indicator::prices_of_class(&found.indicator, before)
                    || indicator::prices_of_class(&found.indicator, &last_indicator)
            };
            if rate && prices() {
                found.indicator.push_str("价格");
            }
        }
        // (Of any unit after the year before alone: `…38.6万吨。上年同期为37.8万吨。`.)
        let restated = |q: &Quantity| restates_last_year(&text[sentence_start..q.range.0]);
        if let Some(q) = in_sentence.first().filter(|q| measure(q) || restated(q)) {
            const MAX_LEAD_CHARS: usize = 12;
            // (After a comparison said as a clause of its own: `…下降4.1%；与2020年相比，两年
            // 平均增长2.5%`.)
            let lead = &text[sentence_start..q.range.0];
            let lead = lead
                .split_once("相比，")
                .filter(|(with, _)| with.starts_with(['与', '同', '和']))
                .map_or(lead, |(_, rest)| rest)
                .chars()
                .count();
            if lead <= MAX_LEAD_CHARS {
                let mut carried = last_indicator.clone();
                for (found, q) in indicators.iter_mut().zip(&in_sentence) {
                    if !found.indicator.is_empty() {
                        break;
                    }
                    if measure(q) || restated(q) {
                        found.indicator.clone_from(&carried);
                        // (`…，增速居全市第2位；两年平均增长5.8%`: what grew is the measure, not
                        // its rate.)
                        let rate = indicator::RATES
                            .iter()
                            .find_map(|r| carried.strip_suffix(r))
                            .filter(|m| !m.is_empty() && found.verb.ends_with("增长"));
                        if let Some(measure) = rate {
                            found.indicator = measure.to_owned();
                        }
                    }
                    carried.clone_from(&found.indicator);
                }
            }
        }
        // `在全国百强县名单中，我县位列第79位`: a rank of nothing named, on the list said
        // before it.
        for (found, q) in indicators.iter_mut().zip(&in_sentence) {
            if q.rank && found.indicator.is_empty() {
                if let Some(list) = indicator::list_ranked_on(&text[sentence_start..q.range.0]) {
                    list.clone_into(&mut found.indicator);
                }
            }
        }
        // `地区生产总值…增长5%，总量和增速分别居全省第3位和第5位`: the rank of a total or a
        // rate named alone is of the measure said before it in the sentence.
        const ALONE: &[&str] = &["总量", "增速", "增幅", "降幅", "下降率"];
        for k in (0..indicators.len()).filter(|&k| in_sentence[k].rank) {
            let Some(alone) = ALONE.iter().find(|a| indicators[k].indicator == **a) else {
                continue;
            };
            let measured = indicators[..k]
                .iter()
                .rev()
                .map(|f| &f.indicator)
                .find(|i| !ALONE.contains(&i.as_str()) && indicator::names_measure(i));
            if let Some(measure) = measured.cloned() {
                indicators[k].indicator = match *alone {
                    "总量" => measure,
                    rate => format!("{measure}{rate}"),
                };
            }
        }
        // `…要把全年商品零售物价上涨幅度控制在百分之十以内。虽然…，涨幅仍然高达百分之二十一点七`:
        // a rate named alone is the rate a sentence before named in full.
        const BARE_RATES: &[&str] = &["涨幅", "增幅", "降幅", "增速"];
        let of_a_rate = ["幅度", "涨幅", "增幅", "降幅", "增速", "速度"]
            .iter()
            .any(|r| last_indicator.ends_with(r));
        if of_a_rate {
            for found in indicators
                .iter_mut()
                .filter(|f| BARE_RATES.contains(&f.indicator.as_str()))
            {
                found.indicator.clone_from(&last_indicator);
            }
        }
        // `城镇常住居民人均可支配收入…；人均消费支出…`: a household's income or spending per
        // head of no one, after `；` or `。`, is of the residents the paragraph named last.
        for found in &mut indicators {
            let household = found.indicator.starts_with("人均")
                && ["收入", "支出"].iter().any(|w| found.indicator.contains(w));
            if household && !per_head_holder.is_empty() {
                found.indicator.insert_str(0, &per_head_holder);
            } else if let Some(holder) = indicator::per_head_holder(&found.indicator) {
                holder.clone_into(&mut per_head_holder);
            }
        }
        // A budget's other lines named alone are of the budget named last.
        for found in &mut indicators {
            match indicator::budget_of(&budget_line, &found.indicator) {
                Some(budget) => found.indicator.insert_str(0, budget),
                None if indicator::budget_of(&found.indicator, "支出").is_some() => {
                    budget_line.clone_from(&found.indicator);
                }
                None => {}
            }
        }
        // `三次产业对经济增长的贡献率分别为：第一产业12.2%，第二产业…`: each sector listed
        // after the colon is of the measure the lead-in names after the whole.
        if let Some(measure) = in_sentence
            .first()
            .and_then(|q| measure_of_sectors(&text[sentence_start..q.range.0]))
        {
            for found in indicators
                .iter_mut()
                .filter(|f| indicator::is_sector(&f.indicator))
            {
                found.indicator.push_str(measure);
            }
        }
        // `全市民营经济增加值1234亿元，…。其中，第一产业增加值120亿元`: the sectors after
        // `其中` are of the part of the economy before, not of the whole.
        // (And the parts after `；` go on: `其中，第一产业增加值…；第二产业增加值…`.)
        let opens_with_part_of = piece.trim_start().starts_with("其中") || goes_on && listing_parts;
        listing_parts = opens_with_part_of;
        for (found, q) in indicators.iter_mut().zip(&in_sentence) {
            let sector = found
                .indicator
                .strip_suffix("增加值")
                .is_some_and(indicator::is_sector);
            let of_which = opens_with_part_of || opens_with_part(text, q, sentence_start);
            match (&economy, sector && of_which) {
                (Some(part), true) => found.indicator.insert_str(0, part),
                _ => {
                    let part = found
                        .indicator
                        .split('占')
                        .next()
                        .and_then(|i| i.strip_suffix("增加值"))
                        .filter(|p| p.ends_with("经济") && p.len() > "经济".len());
                    // (`…，对GDP增长的贡献率为56.5%`, named for the same part, keeps it.)
                    let same_part = || {
                        economy
                            .as_deref()
                            .is_some_and(|e| found.indicator.starts_with(e))
                    };
                    if part.is_some() || !of_which && !same_part() {
                        economy = part.map(str::to_owned);
                    }
                }
            }
        }
        // `金融机构本外币各项存款余额…。其中，住户存款…。各项贷款余额…`: the whole that `各项`
        // (all items) is of carries to the paragraph's later items.
        for found in &mut indicators {
            match found.indicator.find("各项") {
                Some(0) => found.indicator.insert_str(0, &whole_of_items),
                Some(at) => whole_of_items = found.indicator[..at].to_owned(),
                None => {}
            }
        }
        // `全体居民人均可支配收入…，其中城镇居民、农村居民分别增长4.9%、6.8%`: a group of people
        // named alone for a rate or an amount is of the measure said of people before.
        let mut of_people = last_indicator.clone();
        for (found, q) in indicators.iter_mut().zip(&in_sentence) {
            let rate_or_amount = matches!(
                q.class,
                Some(UnitClass::Percent | UnitClass::Points | UnitClass::Money)
            );
            // (`居民消费价格上涨0.3%。其中，城市上涨0.4%，农村上涨0.1%`: and town or country
            // named alone, of the measure before, said of the whole.)
            let side = SIDES.contains(&found.indicator.as_str()).then(|| {
                SIDES
                    .iter()
                    .find_map(|s| of_people.strip_prefix(s))
                    .unwrap_or(&of_people)
            });
            match measure_of_group(&of_people, &found.indicator).or(side) {
                Some(measure) if rate_or_amount && !measure.is_empty() => {
                    found.indicator.push_str(measure);
                }
                _ => of_people.clone_from(&found.indicator),
            }
        }
        // `商品房销售面积526.3万平方米，其中住宅443.4万平方米`: a kind named alone after `其中`
        // is of the measure of the whole before it.
        // (And so are the figures after it of that kind, `…，同比增长13%`, and its other
        // measures named alone, `…，销售额…`.)
        // (`蔬菜播种面积3938公顷，…；果用瓜1107公顷，…`: and a kind named alone opening a part
        // after `；`, in the unit the part before opened with, is of that part's measure.)
        let kind_measure = |indicator: &str| {
            // (`工农业总产值计划增长百分之八，其中农业增长百分之六`: a target's, said so.)
            let indicator = TARGET_NOUNS
                .iter()
                .find_map(|n| indicator.strip_suffix(n))
                .unwrap_or(indicator);
            KIND_MEASURES
                .iter()
                .find(|m| indicator.ends_with(**m) && indicator.len() > m.len())
                .copied()
        };
        let mut whole = part_whole
            .take()
            .filter(|(_, unit)| goes_on && *unit == in_sentence[0].unit)
            .map(|(measure, _)| measure);
        let mut renamed: Option<(String, &'static str)> = None;
        for (k, (found, q)) in indicators.iter_mut().zip(&in_sentence).enumerate() {
            let kind = found.indicator.as_str();
            // (Or listed after such a kind: `其中小麦32.1万亩、玉米45.3万亩`.)
            // (With its verb: `工农业总产值增长8%左右，其中农业增长4%，工业增长9%`.)
            let head = &text[..q.range.0];
            let head = head.strip_suffix(found.verb.as_str()).unwrap_or(head);
            let before = head.strip_suffix(kind);
            let of_which = before.is_some_and(|b| {
                b.trim_end_matches('，').ends_with("其中")
                    || renamed.is_some() && b.ends_with(['、', '，'])
                    || b.len() == sentence_start && goes_on
            });
            // (Or a sector: `农林牧渔服务业0.61亿元`.)
            let named_alone = (1..=4).contains(&kind.chars().count())
                && !indicator::names_measure(kind)
                || indicator::is_sector(kind);
            match (whole, &renamed) {
                (Some(measure), _) if of_which && named_alone => {
                    if k == 0 {
                        part_whole = Some((measure, q.unit.clone()));
                    }
                    let measure = measure.strip_prefix('总').unwrap_or(measure);
                    renamed = Some((found.indicator.clone(), measure));
                    found.indicator.push_str(measure);
                }
                (_, Some((was, measure))) if was == kind => found.indicator.push_str(measure),
                (_, Some((was, _))) if KIND_MEASURES.contains(&kind) => {
                    found.indicator.insert_str(0, was);
                }
                _ => {
                    renamed = None;
                    whole = kind_measure(kind);
                    if k == 0 {
                        part_whole = whole.map(|measure| (measure, q.unit.clone()));
                    }
                }
            }
        }
        // `在规模以上工业中，分经济类型看，国有控股企业增加值增长5.0%；股份制企业增长5.3%`: or
        // of the measure the first part names, when the whole is not named before.
        // (And over a whole the sentence before named when its first part names the measure:
        // `分经济类型看，国有控股企业增加值同比增长1.9%，集体企业增长2.0%` after `…增速比一季度
        // 回落0.1个百分点`.)
        if breaks_down(piece) {
            let first = indicators.iter().find(|f| !f.indicator.is_empty());
            match first.and_then(|f| part_measure(&f.indicator)) {
                Some(measure) => broken_down = Some(measure.to_owned()),
                None if broken_down.is_none() => {
                    broken_down = indicators
                        .iter()
                        .find_map(|f| part_measure(&f.indicator))
                        .map(str::to_owned);
                }
                None => {}
            }
        }
        // `按行业分，批发和零售业实现738.4亿元`: a part named alone is of what is broken down.
        if let Some(whole) = &broken_down {
            const MAX_PART_CHARS: usize = 10;
            // (A sector or enterprises may have a longer name: `电力、热力、燃气及水生产和供应业`,
            // `外商及港澳台商投资企业`.)
            const MAX_SECTOR_CHARS: usize = 16;
            let short = |part: &str| {
                let n = part.chars().count();
                n <= MAX_PART_CHARS || n <= MAX_SECTOR_CHARS && part.ends_with('业')
            };
            // (Not a count of kinds: `分产品看，565种产品中有305种产品产量同比增长`.)
            for (found, _) in indicators.iter_mut().zip(&in_sentence).filter(|(f, q)| {
                !f.indicator.is_empty()
                    && q.class != Some(UnitClass::Count)
                    && short(&f.indicator)
                    && !indicator::names_measure(&f.indicator)
                    && !whole.starts_with(f.indicator.as_str())
            }) {
                found.indicator.push_str(of_the_whole(whole));
            }
        }
        // (Not from a ratio: a change after it is of no part of it.)
        if let Some((last, q)) = indicators
            .iter()
            .zip(&in_sentence)
            .rev()
            .find(|(f, _)| !f.indicator.is_empty())
        {
            last_indicator = if q.ratio.is_none() {
                last.indicator.clone()
            } else {
                String::new()
            };
        }
        // `增速高于全国1.1个百分点、全省0.8个百分点`: a place alone after a comparison with
        // another is compared the same way.
        let mut last_than: Option<&str> = None;
        for (found, q) in indicators.iter_mut().zip(&in_sentence) {
            let place = || {
                let open = indicator::clause_open(text, sentence_start, q.range.0, &['、']);
                let place = text[open..q.range.0].trim();
                indicator::WHOLE_PLACES.contains(&place).then_some(place)
            };
            match (last_than, found.comparison.as_deref()) {
                (Some(than), None) if let Some(place) = place() => {
                    found.comparison = Some(format!("{than}{place}"));
                }
                (_, Some(c)) => {
                    last_than = indicator::THAN.iter().copied().find(|t| c.starts_with(t))
                }
                (_, None) => last_than = None,
            }
        }
        // `第一产业增加值占地区生产总值比重为9.8%，第二产业增加值比重为41.5%`: a share named
        // without its whole is of the whole the share before it names.
        let mut share_of: Option<String> = None;
        for found in &mut indicators {
            let Some(head) = found.indicator.strip_suffix("比重") else {
                continue;
            };
            match found.indicator.find('占') {
                Some(at) => share_of = Some(found.indicator[at..].to_owned()),
                // (Not a comparison: `比同期比重提高…`.)
                None if head.chars().count() >= 2 && !head.starts_with(['比', '较']) => {
                    if let Some(whole) = &share_of {
                        found.indicator = format!("{head}{whole}");
                    }
                }
                None => {}
            }
        }
        // `地区生产总值增长5.4%，低于6%左右的预期目标0.6个百分点`: by how much a result fell short
        // of or beat a target said between, a change of the result's measure; and the target,
        // a number that names nothing, `未完成增长8%的预期目标`, of the result before.
        // (`实现了年初确定的5%左右的预期目标`, `高于年初提出的…`: or one set before, of the
        // result before in its unit, not `高于全国0.2个百分点` between them.)
        for (k, target) in in_sentence.iter().enumerate() {
            let Some((noun, len)) = target_after(&text[target.range.1..]) else {
                continue;
            };
            let open = indicator::clause_open(text, sentence_start, target.range.0, &[]);
            let before = &text[open..target.range.0];
            let set = ["确定的", "提出的", "设定的", "下达的"]
                .iter()
                .find_map(|w| before.strip_suffix(w))
                .map(|b| b.strip_suffix("年初").unwrap_or(b));
            let unnamed = matches!(
                indicators[k].indicator.as_str(),
                "" | "未" | "未完成" | "完成"
            );
            if k > 0 && (unnamed || set.is_some()) {
                let result = (0..k)
                    .rev()
                    .find(|&j| set.is_none() || in_sentence[j].unit == target.unit)
                    .unwrap_or(k - 1);
                indicators[k].indicator = indicators[result].indicator.clone();
                if set.is_some() {
                    indicators[k].verb = indicators[result].verb.clone();
                    indicators[k].comparison = None;
                }
            }
            let before = set.unwrap_or(before);
            let than = indicator::THAN.iter().find(|t| before.ends_with(**t));
            if let (Some(than), Some(q)) = (than, in_sentence.get(k + 1)) {
                if target.range.1 + len == q.range.0 {
                    indicators[k + 1].indicator = indicators[k].indicator.clone();
                    indicators[k + 1].comparison = Some(format!("{than}{noun}"));
                }
            }
        }
        // `全年新登记市场主体4.6万户，其中企业1.3万户`, `民用汽车保有量…，其中私人汽车112.5万辆`:
        // a part named alone is of the action or the stock its whole names.
        // (Told only in a sentence with `其中`: few have one.)
        let parts = if contains_word(piece, "其中") {
            1..in_sentence.len()
        } else {
            0..0
        };
        // (The collector's whole, for the parts after: `…，地税部门完成18745万元`.)
        let mut collected: Option<String> = None;
        for k in parts {
            let q = in_sentence[k];
            let open = indicator::clause_open(text, sentence_start, q.range.0, &[]);
            let part = &indicators[k].indicator;
            let of_which = text[open..q.range.0].starts_with("其中");
            if !of_which && collected.is_none() || part.is_empty() || indicator::names_measure(part)
            {
                collected = None;
                continue;
            }
            let whole = if of_which {
                collected = None;
                (0..k)
                    .rev()
                    .find(|&j| {
                        in_sentence[j].class == q.class && !indicators[j].indicator.is_empty()
                    })
                    .map(|j| indicators[j].indicator.as_str())
            } else {
                collected.as_deref()
            };
            let Some(whole) = whole else {
                continue;
            };
            // (Not `新增`: `新增铁路里程1.97万公里，其中高速铁路8951公里` names the railway,
            // as the national lists read it.)
            let named = match ["新登记", "新设立", "新注册", "新设"]
                .iter()
                .find(|a| whole.starts_with(**a))
            {
                Some(action) if !part.starts_with(action) => (format!("{action}{part}"), false),
                None if whole.ends_with("保有量") => (format!("{part}保有量"), false),
                // (`全区完成税收收入45.6亿元，其中国税部门完成22891万元`: who collected a part
                // of an income or spending, of it.)
                None if ["完成", "实现"].contains(&indicators[k].verb.as_str())
                    && ["收入", "支出"].iter().any(|m| whole.ends_with(m))
                    && part.chars().count() <= MAX_COLLECTOR_CHARS =>
                {
                    (format!("{part}{whole}"), true)
                }
                _ => {
                    collected = None;
                    continue;
                }
            };
            let (named, collects) = named;
            collected = collects.then(|| whole.to_owned());
            // (And the figures after it of the part: `…，其中私人轿车515.7万辆，增长21.8%`.)
            let part = part.clone();
            for found in indicators[k..]
                .iter_mut()
                .take_while(|f| f.indicator == part)
            {
                found.indicator.clone_from(&named);
            }
        }
        // (`去年全国财政…超收7239亿元，其中中央财政超收4168亿元`: a part of a fact is one.)
        let mut last_modality = None;
        for (q, mut found) in in_sentence.iter().zip(indicators) {
            if found.not_a_metric {
                continue;
            }
            // `地区生产总值年度预期目标为增长6%左右，实际增长5.6%`: a target named as such, also
            // where the year's results are told (its result follows it, named alone).
            let named_target = strip_target_noun(&mut found.indicator, &found.verb);
            // (`低于5.5%的控制目标`: or one said to be a target right after it.)
            let mut target_named = target_after(&text[q.range.1..]).is_some();
            // (`5%左右的经济增速目标`, `设置2%的CPI涨幅目标`: or a target of the measure named
            // between.)
            if let Some(measure) = measure_of_target_after(&text[q.range.1..]) {
                let read_after = found
                    .indicator
                    .strip_prefix(measure)
                    .is_some_and(|rest| rest.starts_with("目标"));
                if found.indicator.is_empty()
                    || SETTINGS.contains(&found.indicator.as_str())
                    || read_after
                {
                    found.indicator = measure.to_owned();
                    target_named = true;
                }
            }
            let set_target = named_target && {
                let clause_start = indicator::clause_open(text, sentence_start, q.range.0, &[]);
                let clause = &text[clause_start..q.range.0];
                TARGET_NOUNS.iter().any(|t| clause.contains(t))
            } || target_named
                || said_to_be_set(&text[q.range.1..sentence_end])
                || planned_in_clause(text, sentence_start, q)
                || kept_within_after_result(&found, q, out, sentence_start);
            let compared = found.comparison.is_some();
            let kind = kind_of(
                q,
                &found.verb,
                &found.indicator,
                compared,
                &text[q.range.1..],
            );
            // (`增长5.4%，低于6%左右的预期目标`: a target said after its result is of the same
            // kind, and bounded only as said after it, not by how the result compares.)
            // (`增长5.3%，完成年度计划目标（5%左右）` too.)
            let kind = match out.last() {
                Some(result)
                    if (target_named
                        || named_target
                            && q.class == Some(UnitClass::Percent)
                            && result.unit == q.unit)
                        && kind == MetricKind::Level
                        && result.quote_range.0 == sentence_start
                        && result.indicator == found.indicator =>
                {
                    result.kind
                }
                _ => kind,
            };
            // `民营经济贡献了50%以上的税收、60%以上的地区生产总值`: the share of a whole that
            // what is said to contribute gave, named after the number.
            let contributed = (kind == MetricKind::Level && q.class == Some(UnitClass::Percent))
                .then(|| share_given(&found.indicator, &text[q.range.1..]))
                .flatten();
            let kind = match contributed {
                Some(whole) => {
                    found.indicator = format!("{}的{whole}", found.indicator);
                    MetricKind::Share
                }
                None => kind,
            };
            // (`能耗降幅超过3%`, `销售面积降幅达12.3%`: a rate of decline is a growth below zero.)
            let fell_by = ["降幅", "下降幅度", "降低幅度"]
                .iter()
                .find_map(|w| found.indicator.strip_suffix(w))
                .filter(|m| !m.is_empty() && q.class == Some(UnitClass::Percent))
                .map(str::len);
            if let Some(len) = fell_by {
                found.indicator.truncate(len);
            }
            // (`牧业产值5.78亿元，同比2.8%`: a rate said right after a past one, without a verb.)
            let bare_rate = kind == MetricKind::Level
                && q.class == Some(UnitClass::Percent)
                && found.verb.is_empty()
                && found
                    .comparison
                    .as_deref()
                    .is_some_and(|c| text[..q.range.0].trim_end().ends_with(c));
            // (`与上年基本持平`: no change in per cent is a growth of nought.)
            let flat = kind == MetricKind::Level && &text[q.range.0..q.number_end] == FLAT;
            let kind = match fell_by {
                Some(_) => MetricKind::Growth,
                None if bare_rate || flat => MetricKind::Growth,
                None => kind,
            };
            let qualifier = match q.qualifier.as_deref() {
                Some(than)
                    if target_named && ["低于", "高于", "超过", "超出", "接近"].contains(&than) =>
                {
                    BOUNDS_AFTER
                        .iter()
                        .find(|b| text[q.range.1..].starts_with(**b))
                        .map(|b| (*b).to_owned())
                }
                _ => q.qualifier.clone(),
            };
            let part_of_fact = || {
                last_modality
                    .is_some_and(|(m, end)| m == Modality::Actual && opens_with_part(text, q, end))
            };
            // (In a plan: `去年，全市城镇新增就业5.3万人`, a result of the year before it.)
            let planned = modality_at(q.range.1 - sentence_start);
            let last_year = planned == Modality::Target && of_last_year(text, q);
            let noted_estimate = || {
                estimated_below.is_some_and(|from| q.range.0 >= from)
                    || estimate_note(text, q).is_some()
            };
            let said = match planned {
                Modality::Target if is_starting_level(text, q) || last_year || part_of_fact() => {
                    Modality::Actual
                }
                Modality::Actual if noted_estimate() => Modality::Estimate,
                said => said,
            };
            // (A target set for the year under review is of that year.)
            // (`增速低于预期目标0.6个百分点`, `超过计划目标1.1个百分点`: how a result compares
            // with its target is a result.)
            let against_target = found.comparison.as_deref().is_some_and(|c| {
                indicator::THAN
                    .iter()
                    .chain(&["超过", "超出"])
                    .any(|t| c.starts_with(t))
                    && TARGET_NOUNS.iter().any(|n| c.ends_with(n))
            });
            let modality = match (set_target, against_target) {
                (_, true) => Modality::Actual,
                (true, false) => Modality::Target,
                (false, false) => said,
            };
            last_modality = Some((modality, q.range.1));
            // (A target named so is of the plan when nothing says it was set for the year under
            // review, as a result before it in its sentence does: `增长5.4%，低于6%左右的预期
            // 目标`; not `——5%左右的经济增速目标` in a news story on a plan.)
            let after_result = || {
                out.last().is_some_and(|r: &Metric| {
                    r.paragraph == paragraph.id
                        && r.quote_range.0 == sentence_start
                        && r.modality == Modality::Actual
                })
            };
            let period_of = match modality {
                Modality::Target if !after_result() => modality,
                _ => said,
            };
            let period = match (section_period, period_of) {
                (Some(p), _) if last_year => {
                    year::year_before(p).or_else(|| facts.review_period.clone())
                }
                (Some(p), _) => Some(p.to_owned()),
                // (A dated page that names neither period, a news story on a report: its
                // `今年发展主要预期目标是：…` on 2025-03-12 are of 2025.)
                (None, Modality::Target) => facts.plan_period.clone().or_else(|| {
                    facts
                        .year_dated()
                        .filter(|_| facts.review_period.is_none())
                        .map(str::to_owned)
                }),
                (None, _) => facts.review_period.clone(),
            };
            // `由2015年的352.6亿元增加到2020年的508.3亿元`: the year said right before a level
            // is its period (a rate's too: `城镇化率由2020年的68.2%提高到2025年的72.5%`).
            let level = !matches!(q.class, Some(UnitClass::Percent | UnitClass::Points))
                && q.unit.as_deref() != Some("倍")
                || q.class == Some(UnitClass::Percent)
                    && matches!(kind, MetricKind::Level | MetricKind::Share);
            // (`…，2022年达到3456亿元`: or the year its clause opens with.)
            let before = &text[sentence_start..q.range.0];
            // (`三次产业结构由上年的12.3:35.4:52.3调整为…`: the level of the year before, moved
            // from; or its rate, `增长幅度由上年的百分之五十八点六回落到…`.)
            let period = match period {
                Some(p) if from_last_year(before) => year::year_before(&p).or(Some(p)),
                period => period,
            };
            // (`2021年地区生产总值突破500亿元，当年增长8.2%`: that year, said before in the
            // sentence.)
            let that_year = || {
                let clause = &before[indicator::after_last_break(before)..];
                let last = out
                    .last()
                    .filter(|m: &&Metric| m.quote_range.0 == sentence_start);
                last.filter(|_| clause.starts_with("当年"))
                    .and_then(|m| m.period.clone())
            };
            let period = year_just_before(before)
                .filter(|_| level)
                .or_else(|| {
                    year_of_level_changed_from(before, &text[q.range.1..], period.as_deref())
                })
                .or_else(that_year)
                .or_else(|| year_opening_clause(before))
                .or_else(|| year_before_verb(before))
                // (Not in a clause that names its own year: `“十一五”期间，关停5000万千瓦…，
                // 今年要关停1000万千瓦`.)
                .or_else(|| sentence_year.clone().filter(|_| !names_this_year(before)))
                .or(period);
            // (`…3.2%，上年为3.5%`: the year before the one said.)
            let period = match period {
                Some(p) if restates_last_year(before) => year::year_before(&p).or(Some(p)),
                period => period,
            };
            // (Over years, a part's on five years or a plan's, `“十四五”时期，…`, a level is of
            // their last: `…总里程达到8000公里`.)
            // (And the level they started from of the year before them: `…，一般公共预算收入从
            // 3233.8亿元增长到4084亿元`.)
            let period = period
                .as_deref()
                .and_then(year::years_of)
                .and_then(|years| {
                    let span = period.as_ref().is_some_and(|p| p.contains('—'));
                    year_of_years(years, span, text, sentence_start, q, &found, kind)
                })
                .map(|year| year.to_string())
                .or(period);
            // `到2027年，全市生产总值力争突破5000亿元`: the year a target is set for.
            // (`到2026年，…年均增长6.5%左右`: a rate over the years up to it is of them all, from
            // the first the report plans, `2022—2026`.)
            let period = match &deadline {
                Some(year)
                    if modality == Modality::Target && said_over_years(text, sentence_start, q) =>
                {
                    let plan = facts.plan_period.as_deref();
                    let first = plan.filter(|p| p.len() == 4 && *p < year.as_str());
                    // (`到2030年，…年均增长6%左右` in a report that plans `十五五`: the plan's.)
                    let whole_plan = plan.filter(|p| {
                        year::years_of(p).is_some_and(|(_, last)| last.to_string() == *year)
                    });
                    match (&period, first) {
                        (Some(span), _) if span.ends_with(&format!("—{year}")) => period,
                        (_, Some(first)) if year.len() == 4 => Some(format!("{first}—{year}")),
                        _ => Some(whole_plan.map_or_else(|| year.clone(), str::to_owned)),
                    }
                }
                Some(year) if modality == Modality::Target => Some(year.clone()),
                _ => period,
            };
            // `一季度国内生产总值…`: the part of the year the clause names, in that year (or
            // the sentence, as a clause of its own: `前三季度，地区生产总值增长5.2%`).
            // (Or that of the report, for a result of the year it reviews: `2025年前三季度…`.)
            // (Or of a release that names no year: `上半年国民经济运行总体平稳`.)
            let title_part = title_part.filter(|_| {
                modality != Modality::Target
                    && (period.is_some() || facts.plan_period.is_none())
                    && period == facts.review_period
            });
            // (Not the paragraph's part of the year to a figure of another year: `2022年第三季度
            // 全县现有卫生机构136个。…2021年居民平均期望寿命为75.41岁`.)
            let other_year = part_inherited
                && paragraph_year.is_some()
                && period.is_some()
                && period != paragraph_year;
            let sentence_part = sentence_part.filter(|_| !other_year);
            let part = found.period.as_deref().or(sentence_part).or(title_part);
            // (`4月，全市累计完成固定资产投资…`: the months so far, `1-4月`; not a month a part
            // names itself, `1—9月，…增长7.2%。其中，9月份增长8.1%`.)
            let part_so_far = part_so_far && found.period.is_none();
            let so_far = part
                .and_then(|p| p.strip_suffix('月')?.parse::<u32>().ok())
                .filter(|&month| month > 1 && (part_so_far || before.contains("累计")))
                .map(|month| format!("1-{month}月"));
            let period = match (so_far.as_deref().or(part), period) {
                (Some(part), Some(year))
                    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    Some(format!("{year}年{part}"))
                }
                // (`上半年` in a release dated 2024-07-15 that names no year: the date's.)
                (Some(part), None) => Some(match year_of_part(part, facts) {
                    Some(year) => format!("{year}年{part}"),
                    None => part.to_owned(),
                }),
                (Some(part), _) => Some(part.to_owned()),
                (None, period) => period,
            };
            // A fraction (`三分之一`, `1/3`) is the part it names, without a unit.
            let (value, upper, unit, base_value, base_unit) = if q.fraction {
                let (value, upper, _) = q.as_number();
                // (`粮食产量减少三分之一`: a growth by a part is in per cent, as one in times.)
                if kind == MetricKind::Growth {
                    (value, upper, None, Some(q.value), Some("%".to_owned()))
                } else {
                    (value, upper, None, Some(value), None)
                }
            } else if kind == MetricKind::Growth && q.unit.as_deref() == Some("倍") {
                // (`比2024年增长一倍`, `增长1.6倍`: so many times more, a growth in per cent, as
                // `翻一番` is.)
                let percent = crate::numbers::scaled(q.value, 100.0);
                (
                    q.value,
                    q.upper,
                    q.unit.clone(),
                    Some(percent),
                    Some("%".to_owned()),
                )
            } else if let Some((factor, base)) = counted_by_indicator(q, &found.indicator) {
                let value = crate::numbers::scaled(q.value, factor);
                (
                    q.value,
                    q.upper,
                    q.unit.clone(),
                    Some(value),
                    Some(base.to_owned()),
                )
            } else {
                (
                    q.value,
                    q.upper,
                    q.unit.clone(),
                    q.base_value(),
                    q.base.map(|(b, _)| b.to_owned()),
                )
            };
            // `下降22%`, `回落0.3个百分点`, `减少12万头`: a decline is negative (the text as
            // written).
            // (`空气质量综合指数…同比改善8.2%`, `PM2.5平均浓度改善5.6%`: a measure of
            // pollution improves as it falls.)
            let cleaner = contains_word(&found.verb, "改善")
                && ["综合指数", "浓度"]
                    .iter()
                    .any(|w| found.indicator.ends_with(w));
            let down = is_decline(&found.verb)
                || found.verb.ends_with('少')
                || cleaner
                || fell_by.is_some();
            let (value, upper, base_value) = if matches!(
                kind,
                MetricKind::Growth | MetricKind::PointChange | MetricKind::Change
            ) && value > 0.0
                && down
            {
                (-value, upper.map(|u| -u), base_value.map(|b| -b))
            } else {
                (value, upper, base_value)
            };
            // One number may be of several measures (`营业收入和实缴税金增长15%`): a metric
            // for each, all pointing at the same number.
            let mut indicators =
                indicator::measures_of(found.indicator, q, &found.verb).into_iter();
            out.push(Metric {
                id: MetricId(out.len() as u32),
                indicator: indicators.next().unwrap_or_default(),
                value_text: text[q.range.0..q.number_end].to_owned(),
                value,
                upper,
                parts: q.ratio.clone(),
                unit,
                base_value,
                base_unit,
                qualifier,
                comparison: found.comparison,
                kind,
                modality,
                period,
                section: paragraph.section,
                paragraph: paragraph.id,
                span: map.to_source(q.range.0..q.range.1),
                quote: map.to_source(sentence_start..sentence_end),
                text_range: q.range,
                quote_range: (sentence_start, sentence_end),
            });
            for indicator in indicators {
                let prev = &out[out.len() - 1];
                let next = Metric {
                    id: MetricId(out.len() as u32),
                    indicator,
                    ..prev.clone()
                };
                out.push(next);
            }
        }
    }
}

/// `全年国内出游人次2.68亿`, `年末全国人口140967万`: a magnitude alone, after a measure that
/// names what it counts (visits, people), is so many of them: the factor and base unit of
/// `亿人次`, `万人`, for its value in the base unit; its unit stays as written.
fn counted_by_indicator(q: &Quantity, indicator: &str) -> Option<(f64, &'static str)> {
    let magnitude = q
        .unit
        .as_deref()
        .filter(|_| q.base.is_none() && q.ratio.is_none())?;
    let noun = if indicator.ends_with("人次") {
        "人次"
    } else if ["人口", "人数"].iter().any(|w| indicator.ends_with(w)) {
        "人"
    } else {
        return None;
    };
    let unit = format!("{magnitude}{noun}");
    let m = crate::numbers::units::scan_unit(&unit).filter(|m| m.len == unit.len())?;
    let (base, factor, _) = m.base?;
    Some((factor * m.magnitude, base))
}

/// The measure a lead-in names of the three sectors before their list (`三次产业对经济增长的
/// 拉动分别为：第一产业` → `对经济增长的拉动`).
fn measure_of_sectors(before: &str) -> Option<&str> {
    let lead = before.split_once("分别为：")?.0;
    let lead = lead.rsplit(['，', '。']).next()?;
    let measure = ["三次产业", "三大产业", "一二三产业", "各产业"]
        .iter()
        .find_map(|whole| lead.split_once(whole))?
        .1;
    let measure = measure.strip_prefix('的').unwrap_or(measure);
    (!measure.is_empty()).then_some(measure)
}

/// Whether a sentence opens by saying it breaks a figure down (`按地域分，`, `按行业分，`,
/// `按经营单位所在地分，`).
fn breaks_down(sentence: &str) -> bool {
    const MAX_BY_CHARS: usize = 10;
    const MAX_WITHIN_CHARS: usize = 12;
    // (`在规模以上工业中，分经济类型看，…`, `全年规模以上工业中，…`: within what, first.)
    let within = sentence.strip_prefix("全年").unwrap_or(sentence);
    let within = within
        .strip_prefix('在')
        .unwrap_or(within)
        .split_once("中，")
        .filter(|(within, _)| {
            within.chars().count() <= MAX_WITHIN_CHARS && !within.contains(['，', '、'])
        });
    // (`全年规模以上工业中，农副食品加工业增加值增长3.0%，纺织业增长5.1%`: within the
    // industry of a communiqué, its sectors, with no `分…看` said.)
    if within.is_some_and(|(whole, _)| whole.ends_with("工业")) {
        return true;
    }
    let sentence = within.map_or(sentence, |(_, rest)| rest);
    // `按行业分，`, `分经济类型看，` (not `从主要税种收入看，`, which names examples of any kind).
    [("按", "分，"), ("分", "看，")]
        .iter()
        .find_map(|&(by, end)| {
            let rest = sentence.strip_prefix(by)?;
            Some((rest, find_word(rest, end)?))
        })
        .is_some_and(|(rest, end)| {
            rest[..end].chars().count() <= MAX_BY_CHARS && !rest[..end].contains(['，', '、'])
        })
}

/// The measure said of people in `earlier` (`全体居民人均可支配收入` → `人均可支配收入`) when
/// `group` is a group of the same people named alone (`城镇居民`).
fn measure_of_group<'a>(earlier: &'a str, group: &str) -> Option<&'a str> {
    const PEOPLE: &[&str] = &["居民", "职工", "农民"];
    const MAX_GROUP_CHARS: usize = 8;
    let people = PEOPLE.iter().find(|p| group.ends_with(**p))?;
    if group.chars().count() > MAX_GROUP_CHARS {
        return None;
    }
    let at = earlier.find(people)?;
    Some(&earlier[at + people.len()..]).filter(|m| !m.is_empty())
}

/// Town and country, which a measure of the whole may be said of apart.
const SIDES: &[&str] = &["城镇", "城市", "农村", "乡村"];

/// A part who collected or spent (`国税部门`, `区级`) is named in at most this many characters.
const MAX_COLLECTOR_CHARS: usize = 6;

/// The measures a kind of the whole is named with after `其中` (`商品房销售面积…，其中住宅…`).
const KIND_MEASURES: &[&str] = &[
    "销售面积",
    "销售额",
    "施工面积",
    "新开工面积",
    "竣工面积",
    // `全年粮食播种面积85.6万亩，其中小麦32.1万亩`
    "播种面积",
    "产量",
    // `农林牧渔总产值65.67亿元，其中农业41.51亿元`: the output of a part (`农业产值`).
    "总产值",
];

/// What a part broken down (`国有控股企业`, `采矿业`) is named with: the measure of enterprises
/// and sectors the whole ends with (`规模以上工业增加值` → `增加值`, `规模以上工业企业利润`
/// → `利润`), or else the whole (`城镇` + `社会消费品零售总额`).
fn of_the_whole(whole: &str) -> &str {
    // (`…增加值同比增长6.8%，增速比1—10月加快…。分经济类型看，国有控股企业增长3.1%`: of the
    // measure, not of its rate.)
    let whole = indicator::without_rate(whole);
    part_measure(whole).unwrap_or(whole)
}

/// The measure of enterprises and sectors that `indicator` ends with, if it names more than it.
fn part_measure(indicator: &str) -> Option<&str> {
    const PART_MEASURES: &[&str] = &[
        "增加值",
        "利润总额",
        "利润",
        "营业收入",
        "主营业务收入",
        "利税",
        "零售额",
    ];
    PART_MEASURES
        .iter()
        .find(|m| indicator.ends_with(**m) && indicator.len() > m.len())
        .map(|m| &indicator[indicator.len() - m.len()..])
}

/// `全员劳动生产率从人均8.7万元提高到12万元`, `受教育年限由上年的10.23年提高到…`,
/// `产值比例由现在的50：50调整为45：55`: the level a change starts from (where things stand
/// before a planned change, not a target).
fn is_starting_level(text: &str, q: &Quantity) -> bool {
    const NEAR: usize = 6;
    let before: Vec<char> = text[..q.range.0].chars().rev().take(NEAR).collect();
    let from = before
        .iter()
        .take_while(|&&c| !matches!(c, '，' | '；' | '、'))
        .any(|&c| matches!(c, '从' | '由'));
    let after = &text[q.range.1..];
    let head: String = after
        .chars()
        .take(NEAR)
        .take_while(|&c| !matches!(c, '，' | '；' | '。'))
        .collect();
    // (`产值比例由现在的50：50调整为45：55`.)
    let to = head.contains(['到', '至'])
        || ["调整为", "提高为", "降低为", "变为"]
            .iter()
            .any(|w| head.contains(w));
    from && to
}

/// `我省居民储蓄率较高，去年末储蓄存款余额达到13605亿元`: a clause of a plan that opens with
/// last year tells where things stand.
fn of_last_year(text: &str, q: &Quantity) -> bool {
    let clause = &text[indicator::clause_open(text, 0, q.range.0, &[])..q.range.0];
    // (Or a sentence that opens with last year alone: `去年，控制固定资产投资过度增长的工作
    // 初见成效，全民所有制单位基本建设投资比上年增长７．３％`.)
    let sentence = text[..q.range.0]
        .rfind(['。', '；'])
        .map_or(0, |at| at + '。'.len_utf8());
    // (`…，是在去年增长5.8%的基础上提出的`: or where a target starts from.)
    let from = ["是在", "在"]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
        .unwrap_or(clause);
    ["去年", "上年末", "上年底"]
        .iter()
        .any(|w| from.starts_with(w))
        || ["去年，", "上年，"]
            .iter()
            .any(|w| text[sentence..].starts_with(w))
}

/// The year said in a figure's clause right before its verb (`全市常住人口2023年末达到`,
/// `国内生产总值一九九五年达到`), in ASCII digits; not a base compared with (`比2015年增长`)
/// nor where a change starts (`由2015年增加`).
fn year_before_verb(before: &str) -> Option<String> {
    const VERBS: &[&str] = &[
        "达到", "达", "为", "完成", "实现", "突破", "超过", "增长", "增加", "下降", "减少",
    ];
    let clause = clause_ending(before);
    // (Most clauses say no year: told by its character first.)
    if !clause.contains('年') {
        return None;
    }
    let head = VERBS.iter().find_map(|v| clause.strip_suffix(v))?;
    let head = ["年末", "年底", "年"]
        .iter()
        .find_map(|w| head.strip_suffix(w))?;
    // (After what is measured: not a year alone, which the clause's opening says.)
    if year::digits_at_end(head)? == head.len() {
        return None;
    }
    year_said_of(
        head,
        &[
            "比",
            "较",
            "与",
            "同",
            "和",
            "是",
            "相当于",
            "由",
            "从",
            "自",
        ],
    )
}

/// The year (in ASCII digits) that `head` ends with, unless one of `not_after` is said right
/// before it (a base compared with, where a change starts).
fn year_said_of(head: &str, not_after: &[&str]) -> Option<String> {
    let digits = year::digits_at_end(head)?;
    let said = &head[..head.len() - digits];
    let compared = not_after.iter().any(|w| said.ends_with(w));
    (!compared).then(|| year::arabic(&head[head.len() - digits..]))
}

/// The year `before` ends with, as a level's time (`…由2015年的`, `增加到2020年末的`), in
/// ASCII digits.
fn year_just_before(before: &str) -> Option<String> {
    let head = before.strip_suffix('的')?;
    let head = ["年末", "年底", "年"]
        .iter()
        .find_map(|w| head.strip_suffix(w))?;
    // (Not a base compared with: `是2015年的1.5倍`, `相当于2010年的`.)
    year_said_of(head, &["是", "比", "较", "相当于", "为"])
}

/// `比2020年的86个减少27个`, `比上年的120个减少15个`: the year of a level compared with, said
/// before it, when the change from it follows right after it.
fn year_of_level_changed_from(before: &str, after: &str, period: Option<&str>) -> Option<String> {
    let changed = indicator::CHANGED_FROM.iter().any(|v| {
        after
            .strip_prefix(v)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    });
    let head = before.strip_suffix('的').filter(|_| changed)?;
    if ["比上年", "较上年", "比去年", "较去年"]
        .iter()
        .any(|w| head.ends_with(w))
    {
        return year::year_before(period?);
    }
    let head = head.strip_suffix('年')?;
    // (A year compared with: the one `year_just_before` leaves out.)
    let compared = year_said_of(head, &["比", "较"]).is_none();
    year_said_of(head, &[]).filter(|_| compared)
}

/// Whether the clause `before` ends is only the year before, the figure its base restated
/// (`，上年为3.5%`, `上年同期为增长6.1%`).
fn restates_last_year(before: &str) -> bool {
    // (Or said in brackets: `增长49.4%（去年同期为下降27.1%）`.)
    let clause = clause_ending(before)
        .rsplit(['（', '('])
        .next()
        .unwrap_or("")
        .trim();
    // (Not `去年` alone, which a work report says of the year it reviews.)
    let Some(rest) = ["上年同期", "去年同期", "上年"]
        .iter()
        .find_map(|w| clause.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.strip_prefix(['为', '是']).unwrap_or(rest);
    ["", "增长", "下降", "上涨", "增加", "减少"].contains(&rest)
}

/// Whether `before` ends by saying a figure was the level of the year before, moved from
/// (`由上年的`, `从去年末的`).
fn from_last_year(before: &str) -> bool {
    let Some(head) = before.strip_suffix('的') else {
        return false;
    };
    ["上年末", "上年底", "上年", "去年末", "去年底", "去年"]
        .iter()
        .filter_map(|w| head.strip_suffix(w))
        .any(|h| h.ends_with(['由', '从']))
}

/// The year of a deadline that opens a sentence (`到2027年，…`, `力争到2025年…`), in ASCII
/// digits.
fn deadline_year(sentence: &str) -> Option<String> {
    deadline_opening(sentence).or_else(|| {
        // (Or after a lead-in: `…的主要目标是：到2025年，…`; `contains` of a `&str` first,
        // which searches faster than a `char`'s last byte, common in Chinese text.)
        if !sentence.contains("：") {
            return None;
        }
        let (lead, rest) = sentence.split_once('：')?;
        (!crate::numbers::has_figure(lead))
            .then(|| deadline_opening(rest))
            .flatten()
    })
}

/// The year of the deadline `sentence` opens with (`到2025年，…`), in ASCII digits.
fn deadline_opening(sentence: &str) -> Option<String> {
    let sentence = sentence.trim_start_matches(['—', '-']);
    let rest = ["力争到", "争取到", "预计到", "到", "至"]
        .iter()
        .find_map(|w| sentence.strip_prefix(w))?;
    // (`到“十五五”末，…`: the plan's last year.)
    let quoted = rest.trim_start_matches('“');
    if let Some(plan) = year::plan_at_start(quoted) {
        let after = quoted[plan.len()..].trim_start_matches('”');
        if ["末", "期末"].iter().any(|w| after.starts_with(w)) {
            return year::years_of(plan).map(|(_, last)| last.to_string());
        }
    }
    let len = year::digits_at_start(rest)?;
    Some(year::arabic(&rest[..len]))
}

/// The year (in ASCII digits) and the part of the year a sentence opens with as a clause of
/// its own, which all its figures are of: `二〇二三年，全区完成…` → (2023, none),
/// `2024年上半年，…` → (2024, 上半年), `前三季度，…` → (none, 前三季度); or the five-year plan
/// it opens with (`“十四五”时期，…` → 十四五). A lead that names the figures' source comes first
/// (`根据…核算结果，前三季度，…`). Third, a part of the year that opens the sentence's first
/// clause without being one (`上半年全市地区生产总值…`). In a section that names no period of
/// its own (`undated`), a year before the whole of the place (`2024年全国粮食播种面积…`) counts too.
fn time_opening(sentence: &str, undated: bool) -> (Option<String>, Option<&str>, Option<&str>) {
    let sentence = after_source(without_bullet(sentence));
    // `“十四五”时期，…`, `十三五期间，…`: the plan's years (`“十一五”期末，…`: or its end).
    if let Some(plan) = year::plan_at_start(sentence.trim_start_matches('“')) {
        let rest = sentence.trim_start_matches('“')[plan.len()..].trim_start_matches('”');
        let rest = ["时期", "期间", "以来", "期末", "末"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        return (rest.starts_with('，').then(|| plan.to_owned()), None, None);
    }
    let year_len = year::digits_at_start(sentence);
    // (`今年一季度完成地区生产总值…`: the part of this year.)
    let rest = year_len.map_or_else(
        || sentence.strip_prefix("今年").unwrap_or(sentence),
        |len| &sentence[len + '年'.len_utf8()..],
    );
    // `2025年是“十四五”规划收官之年，全市…`: what the year was, then its figures.
    if let Some(len) = year_len {
        let said_of = rest.starts_with('是')
            && rest
                .split_once('，')
                .is_some_and(|(what, _)| what.ends_with("之年") || what.ends_with("一年"));
        // `2023年全国第五次经济普查结果：生产总值296.80亿元，…`: a label with its year.
        const MAX_LABEL_CHARS: usize = 16;
        let labels = rest.split_once(['：', ':']).is_some_and(|(label, _)| {
            label.chars().count() <= MAX_LABEL_CHARS && !label.contains(['，', ',', '。'])
        });
        if said_of || labels {
            return (Some(year::arabic(&sentence[..len])), None, None);
        }
    }
    let part = indicator::period_name_at_start(rest);
    // (`2024年全国粮食播种面积…`: or a year before the whole of the place the figures are of.)
    let rest_after = &rest[part.map_or(0, |(_, len)| len)..];
    let of_the_whole = || {
        undated
            && year_len.is_some()
            && indicator::WHOLE_PLACES
                .iter()
                .any(|w| rest_after.starts_with(w))
    };
    if !rest_after.starts_with('，') && !of_the_whole() {
        // (Not a deadline: `6月底前完成…`.)
        let leads = part.map(|(name, _)| name).filter(|p| !p.ends_with('前'));
        return (None, None, leads);
    }
    (
        year_len.map(|len| year::arabic(&sentence[..len])),
        part.map(|(name, _)| name),
        None,
    )
}

/// `一、“十四五”时期工作回顾` … `全年新引进亿元以上项目56个`: a sentence that opens with the
/// whole year, in a part on years that end with the one the report reviews, is of that year.
/// `一、2025年和“十四五”时期工作回顾` … `五年来，全省经济总量…`: one that opens with the five
/// years just past is of them (`十四五`, or `2019—2023`), in a part on the year past too, and
/// one that opens with the five years ahead (`今后五年，…`) is of the plan from the year the
/// report plans for (`十五五`, or `2026—2030`), outside a part on years.
fn year_reviewed_in(
    sentence: &str,
    section_period: Option<&str>,
    facts: &DocumentFacts,
) -> Option<String> {
    let sentence = without_bullet(sentence);
    // (`今后五年，城乡居民收入年均增长6%以上`: and the five years ahead, from the year it plans
    // for, outside a part on years already.)
    if NEXT_FIVE_YEARS.iter().any(|w| sentence.starts_with(w)) {
        let first = match facts.plan_period.as_deref().map(str::parse::<u32>) {
            Some(Ok(year)) => year,
            _ => facts.dated_year()?,
        };
        let outside = section_period.and_then(year::years_of).is_none();
        return outside
            .then(|| year::plan_from(first).unwrap_or_else(|| format!("{first}—{}", first + 4)));
    }
    let five_years = PAST_FIVE_YEARS.iter().any(|w| sentence.starts_with(w));
    if !five_years && !sentence.starts_with("全年") {
        return None;
    }
    // (A report that reviews a plan's years reviews the year before its date last.)
    let year = match facts.review_period.as_deref().map(str::parse::<u32>) {
        Some(Ok(year)) => year,
        _ => facts.dated_year()? - 1,
    };
    let years = section_period.and_then(year::years_of);
    if five_years {
        // (Not in a part on years already: `一、“十三五”时期经济社会发展回顾`.)
        let first = year.checked_sub(4).filter(|_| years.is_none())?;
        return year::plan_from(first).or_else(|| Some(format!("{first}—{year}")));
    }
    let (first, last) = years?;
    (first..=last).contains(&year).then(|| year.to_string())
}

/// `城镇登记失业率2.9%，控制在3.5%以内`: a bound kept within, after a result of the same
/// measure in its sentence, is the target it was kept within.
fn kept_within_after_result(
    found: &indicator::Found,
    q: &Quantity,
    out: &[Metric],
    sentence_start: usize,
) -> bool {
    found.verb.ends_with("控制在")
        && matches!(q.qualifier.as_deref(), Some("以内" | "以下"))
        && out.last().is_some_and(|r| {
            r.quote_range.0 == sentence_start
                && r.indicator == found.indicator
                && r.modality == Modality::Actual
        })
}

/// Whether the clause that `before` ends in opens with the year of the report (`今年`).
fn names_this_year(before: &str) -> bool {
    let clause = clause_ending(before);
    ["今年", "当年", "本年", "年内", "明年"]
        .iter()
        .any(|w| clause.starts_with(w))
}

/// The clause that `before` ends in (from the last `，`, `；`, `。` or `：`).
fn clause_ending(before: &str) -> &str {
    before
        .rfind(['，', '；', '。', '：'])
        .map_or(before, |at| &before[at + '，'.len_utf8()..])
}

/// `6%左右，是综合考虑各方面因素确定的`: whether the rest of a sentence after a figure says it
/// was set, having weighed what it names.
/// `全年计划实施重点项目230个，年度计划投资300亿元，实际完成…`: what a clause opens by
/// saying was planned for the year, in a review too, is its target; not what the projects are
/// planned to cost (`引进重点项目49个，计划投资额600多亿元`), nor a plan named
/// (`实施大气污染防治行动计划实施方案`).
fn planned_in_clause(text: &str, sentence_start: usize, q: &Quantity) -> bool {
    const PLANNED: &[&str] = &["计划实施", "计划新建", "计划开工", "年度计划投资"];
    let clause_start = indicator::clause_open(text, sentence_start, q.range.0, &[]);
    let mut clause = &text[clause_start..q.range.0];
    while let Some(rest) = crate::words::YEAR_OPENERS
        .iter()
        .chain(&["共"])
        .find_map(|o| clause.strip_prefix(o))
    {
        clause = rest;
    }
    PLANNED.iter().any(|p| clause.starts_with(p))
}

fn said_to_be_set(after: &str) -> bool {
    let after = BOUNDS_AFTER
        .iter()
        .find_map(|b| after.strip_prefix(b))
        .unwrap_or(after);
    after.strip_prefix("，是").is_some_and(|reason| {
        let reason = reason.trim_end_matches(['。', '；', '！']);
        reason.contains("考虑")
            && ["确定的", "提出的", "设定的"]
                .iter()
                .any(|w| reason.ends_with(w))
    })
}

/// `text` after a list's bullet it opens with (`●2023年广东地区生产总值达到…`).
fn without_bullet(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        crate::normalize::lines::BULLETS.contains(c) || c.is_whitespace()
    })
}

/// The year that the last clause of the sentence `before` (the sentence up to a figure) to open
/// with one opens with, in ASCII digits: `…，2022年达到`, and the clauses after it that say no
/// year of their own (`2023年全市一般公共预算收入完成126.5亿元，为预算的101.2%，增长5.3%`;
/// `一九八三年…增加一百二十七亿元，一九八五年增加…，全年总收入达到…` is of 1985). Not a rate
/// over years in the figure's clause (`1997年国内生产总值达到…，平均每年增长11%`), a time since
/// or before (`2003年以来`, `2000年前欠发的`), one of a list of years (`2023年、2024年…分别为`),
/// nor the year something was said or done in (`2004年我们提出用三年时间…`; but `2024年我国…`,
/// `2024年我市…` are of the year).
fn year_opening_clause(before: &str) -> Option<String> {
    let own = clause_ending(before);
    // (`年均`, `每年`, `平均每年`.)
    if ["年均", "每年"].iter().any(|w| own.contains(w)) {
        return None;
    }
    let mut rest = before;
    loop {
        let whole = clause_ending(rest);
        // (Or after a dash that sets it off: `…发布全年粮食生产的“成绩单”——2025年，…`.)
        let clause = if whole.contains('—') {
            whole.rsplit_once("——").map_or(whole, |(_, after)| after)
        } else {
            whole
        };
        // (Or after a verb of saying: `…作政府工作报告，指2025年中国国内生产总值增长5%`; or of
        // estimating: `预计2025年，全县地区生产总值完成87.4亿元`.)
        let clause = ["指", "称", "预计"]
            .iter()
            .find_map(|v| clause.strip_prefix(v))
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(clause);
        let clause = without_bullet(clause);
        // (Not back over a clause that names its own year: `…，今年经济增长预期目标为…`.)
        if ["今年", "当年", "本年", "明年", "去年"]
            .iter()
            .any(|w| clause.starts_with(w))
        {
            return None;
        }
        if let Some(len) = year::digits_at_start(clause) {
            let after = clause[len + '年'.len_utf8()..].trim_start_matches(['末', '底']);
            const NOT_AT: &[&str] = &[
                "以来", "来", "以前", "前", "以后", "后", "起", "至", "到", "初", "、", "和", "—",
                "-", "我们", "是", "提出",
            ];
            return (!NOT_AT.iter().any(|w| after.starts_with(w)))
                .then(|| year::arabic(&clause[..len]));
        }
        let start = rest.len() - whole.len();
        // (Back over `，` only: not over a lead-in's `：`.)
        if start == 0 || !rest[..start].ends_with('，') {
            return None;
        }
        rest = &rest[..start - '，'.len_utf8()];
    }
}

/// Whether the clause of `q` opens with `其中` after `after` (a part of what a number of the
/// clause before says).
fn opens_with_part(text: &str, q: &Quantity, after: usize) -> bool {
    let open = indicator::clause_open(text, 0, q.range.0, &[]);
    open >= after && text[open..q.range.0].starts_with("其中")
}

fn is_index_value(text: &str, q: &Quantity) -> bool {
    index_value(text, q.range.0, q.number_end) || index_change(text, q.range.0, q.number_end)
}

/// Whether the bare decimal at `start..number_end` is how much an index said just before
/// changed (`城乡居民收入比为2.09，比上年缩小0.04`).
fn index_change(text: &str, start: usize, number_end: usize) -> bool {
    const CHANGES: &[&str] = &[
        "缩小", "扩大", "提高", "下降", "降低", "上升", "减少", "增加",
    ];
    let written = &text[start..number_end];
    if !written.starts_with("0.") && !written.starts_with("1.") {
        return false;
    }
    let Some(before) = CHANGES.iter().find_map(|v| text[..start].strip_suffix(v)) else {
        return false;
    };
    // (`比上年缩小0.04`, `比上年同期缩小0.04`, or no comparison said.)
    let before = indicator::COMPARISONS
        .iter()
        .find_map(|s| before.strip_suffix(s))
        .unwrap_or(before);
    let Some(before) = before.strip_suffix(['，', ',']) else {
        return false;
    };
    let level = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    level.len() < before.len() && index_value(text, level.len(), before.len())
}

fn index_value(text: &str, start: usize, number_end: usize) -> bool {
    // (`城乡居民人均收入倍差为2.00`, `城乡居民收入比由2.5缩小到2.3`, `制造业采购经理指数（PMI）
    // 为50.2`: ratios and indexes without a unit.)
    const NAMES: &[&str] = &[
        "指数",
        "强度",
        "系数",
        "倍差",
        "收入比",
        // `城乡居民人均收入比值为2.09`
        "比值",
        "性别比",
        "PMI）",
        "PMI",
    ];
    const VERBS: &[&str] = &[
        "缩小到",
        "缩小至",
        "由",
        "达到",
        "提高到",
        "下降到",
        "降至",
        "保持在",
        "为",
        "达",
        "是",
        "",
    ];
    let written = &text[start..number_end];
    if !written.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // Whole numbers only after `指数为` (`工业生产者出厂价格指数为142`): an index's value;
    // otherwise a bare whole number is a count or a year.
    let before_is = |w: &str| text[..start].ends_with(w);
    if !written.contains('.') && !before_is("指数为") {
        return false;
    }
    let from = crate::span::floor_char_boundary(text, start.saturating_sub(12 * 3));
    let before = &text[from..start];
    let named = |b: &str| NAMES.iter().any(|n| b.ends_with(n));
    VERBS.iter().any(|v| {
        before.strip_suffix(v).is_some_and(|b| {
            // (`…收入比由2.5缩小到2.3`: the level it changed from, then to.)
            let from_level = b
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
                .strip_suffix('由');
            named(b) || from_level.is_some_and(named)
        })
    })
}

/// The note in brackets right after `q` that says it is an estimate (`（预计数，下同）`,
/// `(预计)`), if there is one.
fn estimate_note<'a>(text: &'a str, q: &Quantity) -> Option<&'a str> {
    const MAX_NOTE_CHARS: usize = 10;
    let note = text[q.range.1..].strip_prefix(['（', '('])?;
    let end = note.find(['）', ')'])?;
    let note = &note[..end];
    (note.starts_with("预计") && note.chars().count() <= MAX_NOTE_CHARS).then_some(note)
}

/// Longest quoted phrase (characters) read as a slogan or name: `“6个100%”`, `“八个一”`.
const MAX_SLOGAN_CHARS: usize = 12;

/// `分别达到5万元以上和3万元以上`: whether what follows a figure's bound joins it to the next of
/// a list, which has its own bound at the end of its clause.
fn listed_with_bound(rest: &str) -> bool {
    const MAX_NEXT_BYTES: usize = 12 * 3;
    let Some(next) = rest.strip_prefix(['和', '与', '及']) else {
        return false;
    };
    let next = &next[..next.floor_char_boundary(MAX_NEXT_BYTES)];
    next.starts_with(|c: char| c.is_ascii_digit())
        && ["以上", "以下"].iter().any(|w| {
            next.find(w)
                .is_some_and(|at| !next[at + w.len()..].starts_with(crate::numbers::is_ideograph))
        })
}

/// Whether a quantity is a metric: not a small count written in Chinese numerals (`两条主干道`,
/// `八项规定`, `九个方面` are names and rhetoric; statistics are written in digits), not
/// inside a quoted slogan, and not the threshold of a class of things (`10亿元以上项目`,
/// `5000万元以上企业`: a name, whose measure follows).
fn is_metric(text: &str, q: &Quantity) -> bool {
    let first = text[q.range.0..].chars().next().unwrap_or('0');
    // (And durations: `7、8、9三个月`, `用三年时间`.)
    let duration = q
        .unit
        .as_deref()
        .is_some_and(|u| crate::numbers::DURATIONS.contains(&u));
    // (`消费增速连续8个月全省第一`, `连续6个季度高于全国`: for how long in a row.)
    let in_a_row = text[..q.range.0].ends_with("连续");
    // (`前10个月，…`: the months a figure is of.)
    let months_from_january = duration && text[..q.range.0].ends_with('前');
    // (`他提出两点`: points made, not an index's points.)
    let points_made = q.unit.as_deref() == Some("点");
    // (Small in all: `三万户` is thirty thousand; `十余家`, `十几个` are more than ten.)
    let more_than = q
        .qualifier
        .as_deref()
        .is_some_and(|w| ["余", "多", "几"].contains(&w));
    let chinese_small_count = !first.is_ascii_digit()
        && q.base_value().unwrap_or(q.value) <= 10.0
        && !more_than
        && (matches!(q.class, Some(UnitClass::Count | UnitClass::People))
            || duration
            || points_made);
    // (Amounts and sizes: a count or a share before `以上` is a level, `200家以上企业`,
    // `财政支出70%以上用于民生`.)
    let after = &text[q.range.1..];
    let sized = matches!(q.class, Some(UnitClass::Money | UnitClass::Physical));
    let threshold = sized
        && ["以上", "以下"]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .is_some_and(|rest| {
                rest.starts_with(crate::numbers::is_ideograph)
                    && !rest.starts_with(['的', '为', '用', '安'])
                    && !listed_with_bound(rest)
            });
    // (`培育一批产值过50亿元的…园区`, `培育100个年产值超过10亿元的产业化联合体`: the amount a
    // kind of things is over, said before them, is no figure of its own; not a level said to be
    // passed, `超过50亿元的目标`, `经济总量超过60万亿元的高基数上`.)
    let before = &text[..q.range.0];
    let over = ["超过", "过", "超"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|b| !b.ends_with(['通', '经', '不', '超']))
    });
    let threshold = threshold
        || sized
            && over
            && after.strip_prefix('的').is_some_and(|rest| {
                // (Not before a count of them, which names them by it: `其中产值超10亿元的规模以上
                // 工业企业35家`.)
                let noun = rest.trim_start_matches(crate::numbers::is_ideograph);
                let counted = noun.starts_with(|c: char| c.is_ascii_digit());
                !counted
                    && rest.starts_with(crate::numbers::is_ideograph)
                    && ![
                        "目标",
                        "任务",
                        "水平",
                        "基础",
                        "历史",
                        "规模",
                        "好",
                        "新",
                        "高基数",
                        "基数",
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w))
            });
    // (`最低收购价平均每50公斤分别提高7.4元`: what a price is per.)
    let per = text[..q.range.0].ends_with('每');
    // (`建成10万吨级码头2个`: a class of size, part of a name; so is an age before the people
    // it names, `0—15岁人口占14.5%`, `65岁及以上老年人`.)
    // (And a time averaged over, `臭氧日最大8小时平均浓度`, `24小时滑动平均`.)
    // (`18-59岁`: a band of ages, as a table's header lists them.)
    let age = q.unit.as_deref() == Some("岁");
    let class = sized && after.starts_with('级')
        || age && (after.starts_with(crate::numbers::is_ideograph) || q.upper.is_some())
        || duration && ["平均", "滑动平均"].iter().any(|w| after.starts_with(w))
        // (`15分钟便民生活圈`, `1小时通勤圈`: how far a time reaches names a kind of place.)
        || duration && {
            let noun = after.chars().take_while(|&c| crate::numbers::is_ideograph(c));
            noun.take(8).any(|c| c == '圈')
        }
        // (`根据全市5‰人口抽样调查结果推算`, `5‰人口变动抽样调查`: the share of a sample
        // names the survey.)
        || q.class == Some(UnitClass::Percent)
            && after[..after.floor_char_boundary(6 * 3)].contains("抽样");
    // (`五年跨越3个十亿级台阶`: the steps a figure passed, told as a milestone; and the
    // figure each of the steps was, `连续跨越两个50亿元台阶`.)
    let steps = (q.class == Some(UnitClass::Count) || text[..q.range.0].ends_with('个'))
        && after[..after.floor_char_boundary(8 * 3)]
            .split(['，', '。', '；'])
            .next()
            .is_some_and(|noun| noun.ends_with("台阶"));
    // (`在全省21个地级以上市中居第7位`, `在全市11个县区中排名第2`: how many a rank is among.)
    let field = q.class == Some(UnitClass::Count)
        && after.split_once('中').is_some_and(|(places, rest)| {
            places.chars().count() <= 8
                && !places.contains(['，', '。', '；', '、'])
                && ["居", "排", "位列", "位居", "列"]
                    .iter()
                    .any(|v| rest.starts_with(v))
        });
    // (`表1 户籍人口数及其构成`, `见附表2`: a table's or a figure's number.)
    let caption = ["附表", "表", "附图", "图", "专栏"]
        .iter()
        .find_map(|w| text[..q.range.0].trim_end().strip_suffix(w))
        .is_some_and(|rest| !rest.ends_with(crate::numbers::is_ideograph) || rest.ends_with('见'));
    // (`数字一：4%。今年赤字率拟按4%左右安排…`: a figure set up as the headline of the
    // sentences after it, which say it again with what it measures.)
    let headline = text[..q.range.0]
        .strip_suffix(['：', ':'])
        .and_then(|head| head.rsplit(['。', '！', '？', '\n']).next())
        .is_some_and(|label| {
            const MAX_LABEL_CHARS: usize = 8;
            let said = &text[q.range.0..q.range.1];
            label.chars().count() <= MAX_LABEL_CHARS
                && (after.is_empty() || after.starts_with(['。', '！']))
                && after.contains(said)
        });
    !chinese_small_count
        && !headline
        && !caption
        && !steps
        && !field
        && !threshold
        && !per
        && !class
        && !in_a_row
        && !months_from_january
        && !in_short_quote(text, q.range.0)
}

/// Whether byte `at` lies inside a short “…” quotation (only a slogan's length around `at`
/// is looked at, so that the check costs the same wherever the number is).
fn in_short_quote(text: &str, at: usize) -> bool {
    let window = MAX_SLOGAN_CHARS * 4; // bytes: at most 4 per character
    let from = crate::span::floor_char_boundary(text, at.saturating_sub(window));
    let to = crate::span::floor_char_boundary(text, (at + window).min(text.len()));
    let Some(open) = text[from..at].rfind('“').map(|o| from + o) else {
        return false;
    };
    if text[open..at].contains('”') {
        return false;
    }
    match text[at..to].find('”') {
        Some(close) => text[open..at + close].chars().count() <= MAX_SLOGAN_CHARS + 1,
        None => false,
    }
}

/// Sentence ranges of `text` (bytes), split after `。！？；`.
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '！' | '？' | '；' | '!' | '?') {
            let end = i + c.len_utf8();
            // Keep a closing quote or bracket with its sentence.
            out.push((start, end));
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Where a sentence says that what follows is an estimate or a target: the end of the first
/// cue word of each (bytes into the sentence). A number is an estimate or a target when a
/// cue stands before its end (`城镇新增就业87万人，…，收入预计…`: the `预计` is about what
/// follows it).
struct Cues {
    estimate: Option<usize>,
    /// Where what the estimate is of ends, if it does before the sentence's end.
    estimate_end: Option<usize>,
    target: Option<usize>,
}

impl Cues {
    fn of(sentence: &str, role: SectionRole, facts: &DocumentFacts) -> Cues {
        const ESTIMATE: &[&str] = &[
            "预计",
            "初步核算",
            "初步统计",
            "初步测算",
            "预测",
            "估计",
            "预估",
            // `全年地区生产总值可望增长5.3%`, `有望突破1000亿元`.
            "可望",
            "有望",
        ];
        const TARGET: &[&str] = &[
            "预期目标",
            "目标",
            "力争",
            "确保",
            "计划",
            "预期",
            "争取",
            "要达到",
            "将达到",
            // `今年中央财政预算用于支持这项改革的资金将达305亿元`
            "将达",
            // A budget's proposals: `赤字率拟按4%左右安排`, `拟安排…`, `拟发行…`, and its
            // draft: `2025年中央和地方预算草案：（一）全国一般公共预算收入219850亿元…`.
            "预算草案",
            // A plan report's: `提出了2021年…指标体系安排，具体为：…`.
            "指标安排",
            "指标体系安排",
            "拟按",
            "拟安排",
            "拟发行",
            "将发行",
            // `国家准备重点扶持５００个商品粮大县` (a cue before a verb, not `做好…准备`);
            // `努力把全年零售物价上涨幅度控制在百分之十以内`.
            "准备",
            "努力",
        ];
        // Not what was expected (`财政收入好于预计`, `超出预期`): a comparison; nor a note on
        // the figure before (`5600亿元（预计）`, see [`estimate_note`]).
        let first_end = |words: &[&str]| {
            words
                .iter()
                .filter_map(|w| {
                    let mut from = 0;
                    while let Some(at) = find_word(&sentence[from..], w).map(|at| from + at) {
                        // (`超出预期`, not `一般公共预算支出预计完成…`.)
                        let before = &sentence[..at];
                        let compared = before.ends_with(['于', '超', '比', '（', '('])
                            || ["超出", "高出"].iter().any(|c| before.ends_with(c));
                        if !compared {
                            return Some(at + w.len());
                        }
                        from = at + w.len();
                    }
                    None
                })
                .min()
        };
        let said = match role {
            SectionRole::Plan => Some(0),
            SectionRole::Review => None,
            // (`…试点，今年试点城市扩大到１１０个`: or a clause that opens so.)
            _ => {
                let this_year = (facts.kind == DocumentKind::GovernmentWorkReport)
                    .then(|| this_year_clauses(sentence).next())
                    .flatten();
                this_year.or_else(|| {
                    TARGET
                        .iter()
                        .filter_map(|w| target_cue_end(sentence, w))
                        .min()
                })
            }
        };
        let target = [said, looks_ahead(sentence, facts)]
            .into_iter()
            .flatten()
            .min();
        let estimate = first_end(ESTIMATE);
        // `预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元`: what is
        // estimated is a premise, and what is planned on it follows `加上…，` (not after a cue
        // that stands alone: `初步测算，…，加上…，可减轻…约5000亿元`).
        let estimate_end = estimate
            .filter(|&at| !sentence[at..].starts_with(['，', '：', ',']))
            .and_then(|at| {
                let added = at + find_word(&sentence[at..], "，加上")?;
                let end = sentence[added + "，加上".len()..].find('，')?;
                Some(added + "，加上".len() + end)
            })
            // (`预计地区生产总值增长4.8%，2023年主要预期目标包括地区生产总值增长7%左右`: nor
            // after a later clause that leads in the targets.)
            .or_else(|| {
                let at = estimate?;
                let cue = at + find_word(&sentence[at..], "预期目标")?;
                let leads_in = ["是", "为", "包括", "：", ":"]
                    .iter()
                    .any(|w| sentence[cue + "预期目标".len()..].starts_with(w));
                let clause = at + sentence[at..cue].rfind(['，', '；', ','])?;
                (leads_in && clause > at).then_some(clause)
            });
        Cues {
            estimate,
            estimate_end,
            target,
        }
    }

    /// The modality of what the first `len` bytes of the sentence say.
    fn within(&self, len: usize) -> Modality {
        let estimated = self.estimate.is_some_and(|at| at <= len)
            && self.estimate_end.is_none_or(|end| len <= end);
        if estimated {
            Modality::Estimate
        } else if self.target.is_some_and(|at| at <= len) {
            Modality::Target
        } else {
            Modality::Actual
        }
    }
}

/// `今年继续实行积极财政政策`: in a government work report, given as the year begins, a sentence
/// outside the review that opens with this year says what the year will do; not one that tells
/// how it began (`今年以来`, `今年一季度`, `今年1-2月`).
fn plans_this_year(sentence: &str) -> bool {
    sentence.strip_prefix("今年").is_some_and(|rest| {
        ![
            "以来",
            "上半年",
            "前",
            "初",
            "一季度",
            "第一季度",
            "1",
            "一月",
            "元月",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    })
}

/// Where the clauses of `sentence` that open with this year as planned (see [`plans_this_year`])
/// go on after `今年`.
fn this_year_clauses(sentence: &str) -> impl Iterator<Item = usize> + '_ {
    // (Most sentences say no `今年`: they are searched once.)
    let says = contains_word(sentence, "今年");
    std::iter::once(0)
        .chain(
            sentence
                .match_indices(['，', '；'])
                .map(|(at, c)| at + c.len()),
        )
        .take_while(move |_| says)
        .filter(|&start| plans_this_year(&sentence[start..]))
        .map(|start| start + "今年".len())
}

/// The end of the first use of `word` in `sentence` as a target cue (not after a comparison,
/// `比年初计划`). `目标`, `计划` and `准备` are nouns as often: a cue when they say what follows (`主要预期目标是：`, `计划新增`), not when
/// they end a clause, name a plan or say it was reached (`围绕建设…目标，`, `完成…确定的目标任务`,
/// `实施…三年成长计划，新增小微企业2.6万家`, `节能减排目标如期实现`).
fn target_cue_end(sentence: &str, word: &str) -> Option<usize> {
    let nominal = word.ends_with("目标") || word == "计划" || word == "准备";
    let mut from = 0;
    while let Some(at) = find_word(&sentence[from..], word).map(|at| from + at) {
        let end = at + word.len();
        let after = &sentence[end..];
        // (`提出今年的主要预期目标，包括经济方面，国内生产总值增长5%左右；…`: a target that the
        // clause after it lists is said.)
        // (`报告提出今年发展主要预期目标，国内生产总值增长5.5%左右`: or a target its clause says
        // was set out, not one reached, `完成了年初提出的各项目标，…`, the figures after it.)
        let lists = || {
            let next = after.trim_start_matches(['，', ',']);
            let clause = sentence[..at]
                .rfind(['，', ',', '：'])
                .map_or(&sentence[..at], |c| &sentence[c..at]);
            let proposed = nominal
                && contains_word(clause, "提出")
                && !["完成", "实现", "达到", "超过"]
                    .iter()
                    .any(|v| contains_word(clause, v));
            next.len() < after.len()
                && (proposed
                    || [
                        "包括",
                        "主要包括",
                        "主要有",
                        "分别是",
                        "具体是",
                        "即",
                        "其中",
                    ]
                    .iter()
                    .any(|w| next.starts_with(w)))
        };
        let ends_clause = after.is_empty()
            || after.starts_with(['，', '。', '；', '、', ',', ';', '）', '”']) && !lists()
            || after.starts_with("任务")
            // `“十一五”节能减排目标如期实现，…下降20%`: a target reached is a result.
            || ["如期实现", "如期完成", "提前完成", "超额完成", "全面完成", "顺利实现", "全面实现"]
                .iter()
                .any(|v| after.starts_with(v));
        // `预期` inside `预期目标` is judged as `目标` is; `计划完成率` is how much of a plan
        // was done.
        // (Nor a term: `人均预期寿命`.)
        let in_target_noun = word == "预期" && (after.starts_with("目标") || after.starts_with("寿命"))
            || word == "计划" && after.starts_with("完成率")
            // (Nor a name: `医疗卫生与计划生育`, `计划单列市`.)
            || word == "计划" && ["生育", "单列"].iter().any(|w| after.starts_with(w))
            // (`努力` plans what it does to something: `努力把`, `努力使`, `努力实现`; not
            // `经过努力`.)
            || word == "努力" && !["把", "使", "实现"].iter().any(|w| after.starts_with(w))
            // (`共争取…资金156.8亿元`, `累计争取`, `争取到`: what was won, in all.)
            || word == "争取"
                && (after.starts_with('到') || ["共", "累计"].iter().any(|w| sentence[..at].ends_with(w)));
        // `货币发行还比年初计划少了近500亿元`: compared with a plan; `完成年度计划的112%`: the
        // share of it reached.
        let compared = ["比", "比年初", "比原"]
            .iter()
            .any(|w| sentence[..at].ends_with(w))
            // (`进展超过预期`, `符合预期`, `不及预期`: set against what was expected.)
            || word == "预期"
                && ["超", "超过", "超出", "符合", "不及", "好于", "高于", "低于", "快于"]
                    .iter()
                    .any(|w| sentence[..at].ends_with(w))
            // (`完成年度目标的105%`, `完成目标任务的141%` too.)
            || (word == "计划" || nominal)
                && after.trim_start_matches("任务").starts_with('的')
                && ["完成", "为", "占", "达到"].iter().any(|v| {
                    ["年度", "全年", "年", ""]
                        .iter()
                        .any(|y| sentence[..at].strip_suffix(y).is_some_and(|h| h.ends_with(v)))
                })
            // `低于预期目标0.6个百分点`, `低于6%左右的预期目标`: a result set against its target,
            // named or said by its value.
            || nominal && {
                // (`目标` inside `预期目标` too.)
                let head = ["预期", "控制", "年度"]
                    .iter()
                    .find_map(|w| sentence[..at].strip_suffix(w))
                    .unwrap_or(&sentence[..at]);
                let (head, of) = head.strip_suffix('的').map_or((head, false), |h| (h, true));
                let head = BOUNDS_AFTER
                    .iter()
                    .find_map(|b| head.strip_suffix(b))
                    .unwrap_or(head);
                // (`超年度计划18.6个百分点`: or passed.)
                indicator::THAN
                    .iter()
                    .chain(&indicator::PAST)
                    .any(|t| head.ends_with(t))
                    || of && head.ends_with(|c: char| c.is_ascii_digit() || c == '%')
            };
        if compared {
            from = end;
            continue;
        }
        if !(in_target_noun || nominal && ends_clause) {
            return Some(end);
        }
        from = end;
    }
    None
}

/// Where the sentence first sets a deadline in a year the report plans for (`到2025年`,
/// `2026年前`: a year from the plan year on, or after the year under review; `到本世纪末`) or
/// names a year beyond it (or, in a text that says neither, the year it is dated in): the end
/// of that year; or where a clause that opens with this year says what it will do (`今年要…`).
fn looks_ahead(sentence: &str, facts: &DocumentFacts) -> Option<usize> {
    // `在从现在起到本世纪末的七年时间里，…基本解决８０００万人的温饱问题`: a deadline without a
    // year in digits.
    let century = || {
        ["到本世纪末", "本世纪末前", "到下世纪"]
            .iter()
            .find_map(|w| find_word(sentence, w).map(|at| at + w.len()))
    };
    if let Some(at) = contains_word(sentence, "世纪").then(century).flatten() {
        return Some(at);
    }
    // `今年中央财政预算用于支持这项改革的资金将达305亿元` in a review: this year's, as it will be;
    // so is a clause that opens so (`国家已经组织了５７户企业集团试点，今年要扩大到１２０户`).
    for after in this_year_clauses(sentence) {
        let clause = sentence[after..]
            .split(['，', '；'])
            .next()
            .unwrap_or_default();
        let modal = ["将", "要"]
            .iter()
            .filter_map(|m| find_word(clause, m).map(|at| at + m.len()))
            .min();
        if let Some(end) = modal {
            return Some(after + end);
        }
    }
    let year = |p: &Option<String>| p.as_deref().and_then(|p| p.parse::<u32>().ok());
    // (`深圳2022年规模以上工业增加值增长5%` in a story of April 2022, which says neither what
    // it reviews nor what it plans: the year is not over, so its figures are targets, but for a
    // part of it that is, `2022年一季度`, `2022年以来`.)
    let dated = || facts.dated_year();
    let (first_planned, not_over) = match (year(&facts.plan_period), year(&facts.review_period)) {
        (Some(plan), _) => (plan, false),
        (None, Some(review)) => (review + 1, false),
        (None, None) => match dated() {
            Some(year) => (year, true),
            None => return None,
        },
    };
    const PART_OF_A_YEAR: &[&str] = &[
        "一季度",
        "二季度",
        "三季度",
        "第",
        "前三季度",
        "上半年",
        "以来",
        "初",
        "前",
        "1",
        "一月",
        "元月",
    ];
    years(sentence).find_map(|(start, at, year)| {
        let after = &sentence[at + '年'.len_utf8()..];
        let before = &sentence[..start];
        let deadline = before.ends_with('到')
            || before.ends_with('至')
            || ["前", "底前", "末前"].iter().any(|w| after.starts_with(w));
        // `2025年形成年产值达500亿元的纺织产业集群` in a 2021 report: a year beyond the
        // plan year is a target however it is written; not a date (`2025年3月`).
        // (Not a year that names something: `部署启动面向2030年的科技创新重大项目`.)
        let names = before.ends_with("面向") || after.starts_with('的');
        let beyond =
            year > first_planned && !after.starts_with(|c: char| c.is_ascii_digit()) && !names;
        let this_year = not_over
            && year == first_planned
            && !names
            && !PART_OF_A_YEAR.iter().any(|w| after.starts_with(w));
        let beyond = beyond || this_year;
        (deadline && year >= first_planned || beyond).then_some(at + '年'.len_utf8())
    })
}

/// The years written `2023年` (or `一九八五年`) in `text`, four digits not the end of a
/// longer number: where the digits start, where `年` is, and the year.
fn years(text: &str) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
    text.match_indices('年').filter_map(move |(at, _)| {
        let start = at - year::digits_at_end(&text[..at])?;
        Some((start, at, year::value(&text[start..at])))
    })
}

/// Whether the verb before a change says it went down (`下降`, `累计下降`, `回落`, `压减`); not
/// a level something fell to (`增速回落至5%`, `涨幅回落到2.6%`).
fn is_decline(verb: &str) -> bool {
    // (Of a change already told by its unit or other words: `差距缩小`, `增速下滑`.)
    let down = DECLINES
        .iter()
        .chain(&["缩小", "下滑", "收窄", "后移", "后退"])
        .any(|w| contains_word(verb, w))
        || verb.ends_with(['降', '减'])
        // (`比上年低0.5℃`, `比上年少5个`, `比常年偏少12%`: lower or fewer, said alone.)
        || matches!(verb.trim_end_matches('了'), "低" | "少" | "偏低" | "偏少");
    down && !reaches_level(verb)
}

/// Words of a change down, which make a per cent a growth (`下降22%`) and its value negative.
const DECLINES: &[&str] = &[
    "下降",
    "减少",
    "回落",
    // `增速比上月放缓1.0个百分点`, `比去年同期减慢15.9个百分点`
    "放缓",
    "减慢",
    "放慢",
    "降低",
    // `增速比2021年减低2.2个百分点`
    "减低",
    "下跌",
    "压减",
    "压缩",
    "缩短",
    "贬值",
    "减产",
    "削减",
    "精简",
    // `试点地区农民负担平均减轻30%`
    "减轻",
    "减收",
    "减支",
    "净减",
    // `工业增加值负增长2.1%`
    "负增长",
];

/// True when `verb` says an amount changed by so much (`增加`, `比上年多`, `减少了`), and the
/// indicator is not the change itself (`减少贫困人口`, `新增就业`; but compared with a time
/// before, additions changed: `新增政府债务总规模…、比上年增加2.9万亿元`).
fn changes_by(verb: &str, indicator: &str, compared: bool) -> bool {
    const CHANGES: &[&str] = &[
        "增加", "提高", "上升", "扩大", "减少", "下降", "降低", "缩小", "多", "少", "增", "减",
        // An amount grown by, not a rate (`居民收入比上年增长1.2万元`, `每吨上涨200元`), and
        // higher or lower than before (`平均气温比上年高0.5℃`, `较常年偏高0.8℃`).
        "增长", "上涨", "高", "低", "偏高", "偏低", "偏多", "偏少",
        // Of output, revenue and spending, and net changes: `比上年增产0.8万吨`, `同比增支5.1亿元`,
        // `较年初净增132家`.
        "增产", "减产", "增收", "减收", "增支", "减支", "净增", "净减",
    ];
    let verb = verb.trim_end_matches('了');
    // (`五年增长近1万元`: the verb before how near the number came.)
    let verb = crate::numbers::QUALIFIERS_BEFORE
        .iter()
        .find_map(|b| verb.strip_suffix(b))
        .filter(|v| !v.is_empty())
        .unwrap_or(verb);
    // (A word of one character is the verb alone: not `至少`, `最多`, `削减`.)
    let word = CHANGES
        .iter()
        .find(|w| verb.ends_with(**w) && (w.chars().nth(1).is_some() || verb == **w));
    // (The change named as the indicator keeps the verb: `减少贫困人口`, `压减地下水开采量`.)
    let named = |w: &str| {
        let tail = verb
            .char_indices()
            .rev()
            .nth(1)
            .map_or(verb, |(at, _)| &verb[at..]);
        // (`企业数量日均净增1万户`: or after what changed.)
        indicator.starts_with(w)
            || indicator.starts_with(tail)
            || indicator.starts_with("新增") && !compared
            || indicator.ends_with(w) && w.chars().nth(1).is_some()
    };
    word.is_some_and(|w| !named(w))
}

/// True when the words after a number name what it counts (`900多万个体工商户`), not a
/// list's next number (`和7091元`) nor a bound (`以上`).
fn names_after(after: &str) -> bool {
    let after = after.trim_start_matches(['多', '余']);
    let listed = ['和', '及', '与', '、'].iter().any(|c| {
        after
            .strip_prefix(*c)
            .is_some_and(|rest| rest.starts_with(|d: char| d.is_ascii_digit()))
    });
    let bound = ["以上", "左右", "以内", "以下"]
        .iter()
        .any(|b| after.starts_with(b));
    after.starts_with(crate::numbers::is_ideograph) && !listed && !bound
}

/// Words that name a target (`年度预期目标`, `计划`), longest first.
const TARGET_NOUNS: &[&str] = &[
    "年度预期目标",
    "预期目标",
    "调控目标",
    "年度目标",
    "年度计划",
    "目标",
    "计划",
];

/// Takes off the target noun an indicator ends with (`地区生产总值年度预期目标` →
/// `地区生产总值`; `一般公共预算收入计划` before a verb of change). Returns whether it did.
fn strip_target_noun(indicator: &mut String, verb: &str) -> bool {
    // (`政府性基金预算支出计划安排95亿元`: and what is to be set aside.)
    const CHANGES: &[&str] = &[
        "增长", "下降", "提高", "降低", "达到", "控制", "完成", "实现", "安排",
    ];
    // (`城镇新增就业年度目标…，完成年度目标的132.5%`: the share of the plan reached is of the
    // measure, not of its target.)
    if let Some(base) = indicator.strip_suffix(indicator::OF_PLAN) {
        let mut base = base.to_owned();
        if strip_target_noun(&mut base, indicator::OF_PLAN) {
            *indicator = base + indicator::OF_PLAN;
        }
        return false;
    }
    let Some(noun) = TARGET_NOUNS.iter().find(|n| indicator.ends_with(**n)) else {
        return false;
    };
    // (A bare `计划` is a plan's amount unless a change follows: `下达投资计划120亿元`.)
    if *noun == "计划" && !CHANGES.iter().any(|c| verb.contains(c)) {
        return false;
    }
    let head = &indicator[..indicator.len() - noun.len()];
    // (Not compared with a target: `降幅大于调控目标0.7个百分点`; nor a share of it:
    // `完成投资1025亿元，占年度计划的112%`.)
    if ["大于", "小于", "高于", "低于", "超过", "超出", "比", "占"]
        .iter()
        .any(|c| head.ends_with(c))
    {
        return false;
    }
    // (Of what is measured: `城镇新增就业年度目标`, not `完成年度目标`.)
    let measured = indicator::names_measure(head)
        || head.chars().count() >= 4
            && !head.contains('的')
            && !["完成", "实现"].iter().any(|v| head.ends_with(v));
    if head.chars().count() < 2 || !measured {
        return false;
    }
    indicator.truncate(head.len());
    true
}

/// The bounds and approximations written after a figure (`6%左右`, `5万人以上`).
pub(super) const BOUNDS_AFTER: &[&str] = &["左右", "以上", "以内", "以下"];

/// The whole a share said after the number is of (`50%以上的税收、` → `税收`), when `indicator`
/// says what gave it (`民营经济贡献`).
fn share_given<'a>(indicator: &str, after: &'a str) -> Option<&'a str> {
    const GIVES: &[&str] = &["贡献", "创造", "提供", "吸纳", "承担", "拥有"];
    const MAX_WHOLE_CHARS: usize = 10;
    if !GIVES.iter().any(|g| indicator.ends_with(g)) {
        return None;
    }
    let after = BOUNDS_AFTER
        .iter()
        .find_map(|b| after.strip_prefix(b))
        .unwrap_or(after)
        .strip_prefix('的')?;
    let end = after.find(['、', '，', '。', '；', '和'])?;
    let whole = &after[..end];
    let plain = (1..=MAX_WHOLE_CHARS).contains(&whole.chars().count())
        && whole.chars().all(|c| c.is_alphanumeric());
    plain.then_some(whole)
}

/// The target that the words right after a number say it is (`6%左右的预期目标` → 预期目标,
/// `低于5.5%的控制目标`), and where they end.
fn target_after(after: &str) -> Option<(&'static str, usize)> {
    let bound = BOUNDS_AFTER
        .iter()
        .find(|b| after.starts_with(**b))
        .map_or(0, |b| b.len());
    let named = after[bound..].strip_prefix('的')?;
    let noun = [
        "目标",
        "控制目标",
        "预期目标",
        "年度目标",
        "年度预期目标",
        "增长目标",
        "调控目标",
        "计划目标",
        "年度计划目标",
    ]
    .into_iter()
    .find(|w| named.starts_with(w))?;
    Some((noun, bound + '的'.len_utf8() + noun.len()))
}

/// Verbs that set a target, said before its figure (`设置2%的CPI涨幅目标`).
const SETTINGS: &[&str] = &["设置", "设定", "设立", "确定", "提出", "定为"];

/// The measure a target is named of right after its figure (`左右的经济增速目标` → 经济增速).
fn measure_of_target_after(after: &str) -> Option<&str> {
    const MAX_MEASURE_CHARS: usize = 8;
    let bound = BOUNDS_AFTER
        .iter()
        .find(|b| after.starts_with(**b))
        .map_or(0, |b| b.len());
    let named = after[bound..].strip_prefix('的')?;
    let end = named
        .char_indices()
        .take(MAX_MEASURE_CHARS + 1)
        .find(|(i, _)| named[*i..].starts_with("目标"))?
        .0;
    let measure = &named[..end];
    (measure.chars().count() >= 2
        && measure.chars().all(|c| c.is_alphanumeric())
        && (indicator::names_measure(measure)
            || indicator::RATES.iter().any(|m| measure.ends_with(m))))
    .then_some(measure)
}

/// The kind of a metric from its unit and the words around it.
fn kind_of(q: &Quantity, verb: &str, indicator: &str, compared: bool, after: &str) -> MetricKind {
    if q.ratio.is_some() {
        return MetricKind::Ratio;
    }
    if q.rank {
        return MetricKind::Rank;
    }
    const RISES: &[&str] = &[
        "增长",
        "增速",
        "增加",
        "上涨",
        "提高",
        "上升",
        "增幅",
        "升值",
        "增产",
        "提升",
        "降幅",
        "改善",
        "翻",
        // `居民消费价格涨幅3%左右`: a rise of prices, as `上涨0.3%` is, so that a target of it
        // is set against the result.
        "涨幅",
        "上涨幅度",
        // `出口增长幅度为4.5%`, `社会消费品零售总额同比增长率为6.3%` (not a population's
        // natural growth rate, a level of births less deaths).
        "增长幅度",
        "增长率",
    ];
    // `提高到87.9%`, `降至5%`: the number is the new level, not the change.
    let to_level = reaches_level(verb);
    // `GDP实现1.5%的正增长`, `保持年均14.6%增长`, `以年均10%的速度递增`: the growth is
    // named after the number.
    let growth_after = [
        "的增长",
        "的正增长",
        "的负增长",
        "的增幅",
        "的增速",
        "增长",
        "递增",
        "的速度增长",
        "的速度递增",
    ]
    .iter()
    // (`实现7%左右的增长`: about so much.)
    .any(|w| {
        let after = indicator::without_bound(after);
        after.starts_with(w) && !after[w.len()..].starts_with('率')
    });
    // `招生规模比上年扩大47.4%` (not `扩大到全国40%的县`: a level).
    let widened =
        contains_word(verb, "扩大") && !["扩大到", "扩大至"].iter().any(|w| contains_word(verb, w));
    // `降水量比常年偏少12%`, `比上年少5%`: more or less than a time before, by a per cent of it.
    let relative = compared
        && matches!(
            verb.trim_end_matches('了'),
            "多" | "少" | "偏多" | "偏少" | "偏高" | "偏低"
        );
    let growthy = growth_after
        || widened
        || relative
        || RISES
            .iter()
            .chain(DECLINES)
            .any(|w| (!to_level && contains_word(verb, w)) || indicator.ends_with(w))
            && !indicator.ends_with("自然增长率");
    match q.class {
        Some(UnitClass::Points) => MetricKind::PointChange,
        Some(UnitClass::Percent)
            // `财政民生支出占一般公共预算支出80.8%`
            if contains_word(indicator, "比重")
                || contains_word(indicator, "占比")
                // `研发经费支出与地区生产总值之比`
                || indicator.ends_with("之比")
                || verb.contains('占')
                || indicator.contains('占') =>
        {
            MetricKind::Share
        }
        Some(UnitClass::Percent) if growthy => MetricKind::Growth,
        // `单位地区生产总值综合能耗-3.3%`: a per cent signed and said without a verb is the
        // measure's change (a level, `利润率为-2%`, takes a verb).
        Some(UnitClass::Percent) if q.value < 0.0 && verb.trim().is_empty() => MetricKind::Growth,
        Some(UnitClass::Percent) => MetricKind::Level,
        // `输出技术合同成交额增长1.1倍` (not `是上年的2倍`, `提高到3倍`: a multiple).
        _ if growthy && !to_level && q.unit.as_deref() == Some("倍") => MetricKind::Growth,
        // `排名上升2位`, `位次后移1位`: the places a rank moved.
        _ if q.moves_rank() => MetricKind::Change,
        // `比上年末增加6.8万人`, `存栏减少12万头`: a change of an amount, said by a verb of
        // change alone (not a level a change reached, `增加到`; nor things added, named as
        // additions, `新增…`, `减少贫困人口`).
        // (Not things named after the number: `降低900多万个体工商户税负`.)
        _ if !to_level
            && q.ratio.is_none()
            && !q.fraction
            && changes_by(verb, indicator, compared)
            && !names_after(after) =>
        {
            MetricKind::Change
        }
        // `每千人口执业（助理）医师3.4人`, `人均拥有公共图书馆藏量0.8册`: things per head are a
        // level, not a count.
        Some(UnitClass::Count | UnitClass::People) if per_head(indicator) => MetricKind::Level,
        Some(UnitClass::Count | UnitClass::People) => MetricKind::Count,
        // `农村贫困人口减少1386万`: people counted without a unit.
        None if q.ratio.is_none() && !q.fraction && indicator::names_people(indicator) => {
            MetricKind::Count
        }
        _ => MetricKind::Level,
    }
}

/// Whether an indicator counts things per head (`每千人口`, `每万人`, `人均`, `户均`).
fn per_head(indicator: &str) -> bool {
    // (`万人发明专利拥有量`, `亿元地区生产总值生产安全事故死亡人数`: per so many people or so
    // much output, as such measures open.)
    const PER: &[&str] = &["万人", "十万人", "百万人", "千人", "百人", "亿元", "万元"];
    // (Not a size of the things counted: `亿元以上项目`.)
    let per = |p: &&str| {
        indicator.strip_prefix(*p).is_some_and(|rest| {
            !["以上", "以下", "及以上", "级"]
                .iter()
                .any(|w| rest.starts_with(w))
        })
    };
    PER.iter().any(per)
        || indicator.contains("人均")
        || indicator.contains("户均")
        || indicator
            .match_indices('每')
            .any(|(at, _)| indicator[at + '每'.len_utf8()..].starts_with(['十', '百', '千', '万']))
}

#[cfg(test)]
mod tests;
