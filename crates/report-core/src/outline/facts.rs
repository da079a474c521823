//! Document facts from the front matter: kind, title, meeting, date, speaker, issuer, notice.

use super::numbering::scan_marker;
use crate::model::{DocumentFacts, DocumentKind, NumberingKind, Paragraph, Section, SectionRole};
use crate::normalize::{is_terminal_punct, Block};

/// Front matter is looked for in at most this many leading paragraphs.
const FRONT_ZONE: usize = 40;
/// Title, speaker and issuer lines are at most this many characters.
const MAX_FRONT_LINE_CHARS: usize = 50;

/// Roles that introduce a speaker (`国务院总理 李强`, `西青区区长 殷学武`).
pub(crate) const SPEAKER_ROLES: &[&str] = &[
    "总理",
    "副总理",
    "省长",
    "代省长",
    "市长",
    "代市长",
    "区长",
    "代区长",
    "县长",
    "代县长",
    "旗长",
    "州长",
    "盟长",
    "主席",
    "主任",
    "局长",
    "厅长",
    "部长",
    "书记",
];

/// Joins a centred title that the extraction broke in two (`…关于印发` / `政府工作报告的通知`;
/// `政府工作报` / `告`, a page that set the title's last character apart; `关于河北省国民` /
/// `经济和社会发` / `展…纲要的报告`, a title cut by a page's links), and a speaker's
/// role and name on lines of their own (`国务院总理` / `李克强`).
pub(super) fn merge_title_fragments(blocks: Vec<Block>) -> Vec<Block> {
    const MAX_TAIL_CHARS: usize = 4;
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for (i, block) in blocks.into_iter().enumerate() {
        let mergeable = i < FRONT_ZONE
            && out.last().is_some_and(|prev| {
                let n = block.text.chars().count();
                let n_prev = prev.text.chars().count();
                let title_tail = || {
                    n <= MAX_TAIL_CHARS
                        && !is_title_like(&prev.text)
                        && is_title_like(&format!("{}{}", prev.text, block.text))
                };
                // `关于河北省国民` / `经济和社会发` / `展第十个五年计划纲要的报告`: a title a page's
                // links cut, a short piece of ideographs or its end at a time.
                let cut_title = || {
                    prev.text.starts_with("关于")
                        && !is_title_like(&prev.text)
                        && (n <= 8 && block.text.chars().all(crate::numbers::is_ideograph)
                            || n <= 30 && is_title_like(&block.text))
                };
                // `城口县2024年国民经济和社会发展计划` / `执行情况与2025年计划草案报告`: a long
                // title wrapped, its first line a phrase without a mark, its second ending it.
                let wrapped_title = || {
                    const MAX_TITLE_CHARS: usize = 50;
                    (6..=30).contains(&n_prev)
                        && n <= 30
                        && n_prev + n <= MAX_TITLE_CHARS
                        && prev.text.chars().all(|c| {
                            crate::numbers::is_ideograph(c)
                                || c.is_ascii_digit()
                                || "“”《》".contains(c)
                        })
                        // (A plan's title may end the first line and go on: `…社会发展计划` /
                        // `执行情况与2025年计划草案报告`.)
                        && (!is_title_like(&prev.text) || prev.text.ends_with("社会发展计划"))
                        && !is_issuer(&prev.text)
                        && date_line(&prev.text).is_none()
                        && is_title_like(&block.text)
                };
                let speaker_name = || {
                    n_prev <= 12
                        && SPEAKER_ROLES.iter().any(|r| prev.text.ends_with(r))
                        && is_speaker(&format!("{}{}", prev.text, block.text))
                };
                n_prev <= 30
                    && !is_terminal_punct(prev.text.chars().last())
                    && ((prev.text.ends_with("关于印发")
                        || prev.text.ends_with("关于")
                        || prev.text.ends_with("的"))
                        && n <= 30
                        && is_title_like(&block.text)
                        || title_tail()
                        || cut_title()
                        || wrapped_title()
                        || speaker_name())
            });
        match out.last_mut() {
            Some(prev) if mergeable => {
                prev.text.push_str(&block.text);
                prev.map.append(&block.map);
            }
            _ => out.push(block),
        }
    }
    out
}

pub(super) fn is_title_like(text: &str) -> bool {
    use crate::words::{TITLE_ENDS, TITLE_ENDS_IN_FRONT};
    // (Of a summary too: `关于…预算草案的报告（摘要）`.)
    let text = ["（摘要）", "(摘要)"]
        .iter()
        .find_map(|s| text.strip_suffix(s))
        .unwrap_or(text);
    TITLE_ENDS
        .iter()
        .chain(TITLE_ENDS_IN_FRONT)
        .any(|w| text.ends_with(w))
        || text.ends_with("报告（文字实录）")
        || text.ends_with("（草案）")
}

/// The longest letter of a notice that sends a report round (`…现印发给你们，请认真组织实施。`).
const MAX_NOTICE_LETTER_CHARS: usize = 200;

/// Index of the first body paragraph: `各位代表`, else the first top-level heading, else the
/// first long prose paragraph.
pub(super) fn body_start(blocks: &[Block]) -> usize {
    let zone = &blocks[..blocks.len().min(FRONT_ZONE)];
    let heading = zone.iter().position(|b| {
        let text = &b.text[super::markdown_marks(&b.text)..];
        scan_marker(text)
            .is_some_and(|m| matches!(m.kind, NumberingKind::Part | NumberingKind::ChineseComma))
            || super::is_bare_heading(text)
    });
    // The speech opens with its greeting, before its first part (not `各位代表！１９９３年是…`
    // inside a text that opens at a part, as an excerpt does).
    let greeting = zone.iter().position(|b| b.text.starts_with("各位代表"));
    if let Some(i) = greeting.filter(|&i| heading.is_none_or(|h| i < h)) {
        return i;
    }
    // Prose: a long block with a sentence in it, or a sentence of figures however short
    // (`全年粮食总产量78.6亿斤，增长1.2%。`: an excerpt, a communiqué's short paragraphs);
    // a title, a meeting, a date or a speaker never ends a sentence with a figure in it.
    // (Not the letter of a notice that sends the report round, `现将…印发给你们…`: the report's
    // own title comes after its `（此件公开发布）`, or after the letter itself when no such line
    // follows it.)
    let after_notice = zone
        .iter()
        .position(|b| {
            let t = b.text.trim_start_matches(['（', '(']);
            t.starts_with("此件") && t.chars().count() <= 12
        })
        .or_else(|| {
            zone.iter().position(|b| {
                b.text.contains("印发给你们") && b.text.chars().count() <= MAX_NOTICE_LETTER_CHARS
            })
        })
        .map_or(0, |i| i + 1);
    let prose = zone[after_notice..].iter().position(|b| {
        let text = b.text.as_str();
        (text.chars().count() >= 60 && text.contains('。'))
            || (text.ends_with(['。', '；']) && text.contains(|c: char| c.is_ascii_digit()))
            // (A news lead that lists figures without a full stop, `国内生产总值增长5%左右、
            // 城镇新增就业1200万人以上……`.)
            || (text.chars().count() >= 30
                && text.contains(['、', '，'])
                && crate::numbers::scan_quantities(text)
                    .iter()
                    .filter(|q| q.unit.is_some())
                    .nth(1)
                    .is_some())
    });
    let prose = prose.map(|p| p + after_notice);
    // (With the sentences just before it: a lead-in, `主要预期目标是：`.)
    let prose = prose.map(|p| {
        let ends_sentence = |b: &Block| b.text.ends_with(['：', ':', '。', '；', '，', '！']);
        p - zone[..p]
            .iter()
            .rev()
            .take_while(|b| ends_sentence(b))
            .count()
    });
    // (Or a table's first row, with its header and rule: a release of figures in a table.)
    let table = zone
        .iter()
        .position(|b| super::is_table_row(&b.text))
        .map(|r| {
            r - zone[..r]
                .iter()
                .rev()
                .take_while(|b| b.text.contains(['|', '\t']))
                .count()
        });
    [heading, prose, table]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(0)
}

/// Reads the facts from the front-matter blocks.
pub(super) fn document_facts(front: &[Block]) -> DocumentFacts {
    let mut facts = DocumentFacts::default();
    let mut title_idx = None;
    for (i, block) in front.iter().enumerate() {
        let text = block.text.as_str();
        let n = text.chars().count();
        if text.contains("关于印发") || (text.ends_with("通知") && n <= MAX_FRONT_LINE_CHARS)
        {
            facts.notice.get_or_insert_with(|| text.to_owned());
        } else if facts.title.is_none() && n <= MAX_FRONT_LINE_CHARS && is_title_like(text) {
            let (title, span) = after_dateline(block);
            facts.title = Some(title);
            facts.title_span = Some(span);
            title_idx = Some(i);
        } else if crate::normalize::is_meeting_line(text) || is_bare_meeting(text) {
            let meeting = text.trim_start_matches(['—', '-', ' ', '（', '(']);
            // A closing bracket of its own stays (`…会议上（二〇〇四年一月八日）`).
            let opened = meeting.matches(['（', '(']).count();
            let meeting = if meeting.matches(['）', ')']).count() > opened {
                meeting.trim_end_matches(['）', ')'])
            } else {
                meeting
            }
            .to_owned();
            // (An undated line says less than a dated one read before it: the scraper's title
            // `政府工作报告——2008年1月在…会议上`, then `在…会议上` in the page.)
            let dated = iso_date(&meeting);
            if dated.is_some() || facts.meeting.is_none() {
                facts.date = dated.or(facts.date.take());
                facts.meeting = Some(meeting);
            }
        } else if n <= 30 && facts.speaker.is_none() && is_speaker(text) {
            facts.speaker = Some(speaker_line(text));
        } else if let Some(day) = date_line(text) {
            // A day is more precise than the month a meeting line may give (`2008年1月`).
            if facts.date.as_ref().is_none_or(|d| d.len() < day.len()) {
                facts.date = Some(day);
            }
        } else if title_idx.is_some_and(|t| t + 1 == i) && n <= 20 && is_issuer(text) {
            facts.issuer = Some(text.to_owned());
        }
    }
    if let Some(title) = &facts.title {
        facts.kind = kind_of_title(title);
    }
    facts
}

/// A headline (a news page's, a statistics bureau's release: `前三季度我市经济运行稳中向好`)
/// names no report; it is the title when it opens the front matter and no other is.
pub(super) fn headline(front: &[Block]) -> Option<(String, crate::span::Span)> {
    front
        .first()
        .filter(|b| is_headline(&b.text))
        .map(after_dateline)
}

/// A title line's title and its span, after a news agency's dateline before it
/// (`中新社北京3月5日电 题：“数”看2025年政府工作报告` → `“数”看2025年政府工作报告`) or a
/// Markdown heading's marks (`# 2024年政府工作报告`).
fn after_dateline(block: &Block) -> (String, crate::span::Span) {
    const MAX_DATELINE_CHARS: usize = 24;
    let text = block.text.as_str();
    let start = ["题：", "题:"].iter().find_map(|key| {
        let at = text.find(key)?;
        let dateline = text[..at].trim_end();
        (dateline.ends_with('电')
            && dateline.chars().count() <= MAX_DATELINE_CHARS
            && at + key.len() < text.len())
        .then(|| at + key.len())
    });
    // (`# 2024年政府工作报告`: past a Markdown heading's marks.)
    let start = start.or(Some(super::markdown_marks(text)).filter(|&m| m > 0));
    match start {
        Some(start) => {
            let start = start + (text[start..].len() - text[start..].trim_start().len());
            (
                text[start..].to_owned(),
                block.map.to_source(start..text.len()),
            )
        }
        None => (text.to_owned(), block.span()),
    }
}

/// Whether a line reads as a headline: short, no sentence in it, and not a date, a meeting, a
/// speaker or a greeting.
fn is_headline(text: &str) -> bool {
    (4..=40).contains(&text.chars().count())
        && !text.contains(['。', '；', '，'])
        && !text.ends_with(['：', ':'])
        && date_line(text).is_none()
        && !crate::normalize::is_meeting_line(text)
        && !is_bare_meeting(text)
        && !is_speaker(text)
}

/// The date of a line that only states one (`2023年1月5日`, `（2008年1月23日）`).
fn date_line(text: &str) -> Option<String> {
    let inner = text
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    (inner.chars().count() <= 16 && inner.ends_with('日'))
        .then(|| iso_date(inner))
        .flatten()
}

/// A meeting line without the dash before it, as many reports write it, or in brackets:
/// `2025年2月11日在嘉兴市第九届人民代表大会第五次会议上`, `（2024年1月21日在…会议上）`,
/// `在河北省第十届人民代表大会第一次会议上`.
fn is_bare_meeting(text: &str) -> bool {
    let inner = text
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    // (Or undated, its date on a line of its own: `在河北省第十届人民代表大会第一次会议上` /
    // `（二〇〇三年一月十日）`.)
    let undated =
        || inner.starts_with('在') && inner.contains("代表大会") && inner.chars().count() <= 40;
    inner.ends_with("会议上") && (crate::normalize::is_dated_meeting(inner) || undated())
}

/// The speaker line with a space between the title and the name, as reports set it, also when
/// the repair undid a letter-spaced name (`市长 李 军` → `市长李军` → `市长 李军`).
fn speaker_line(text: &str) -> String {
    let title_end = SPEAKER_ROLES
        .iter()
        .filter_map(|role| text.find(role).map(|at| at + role.len()))
        .max();
    match title_end {
        Some(end) if !text[end..].starts_with(' ') && end < text.len() => {
            format!("{} {}", &text[..end], &text[end..])
        }
        _ => text.to_owned(),
    }
}

fn is_speaker(text: &str) -> bool {
    SPEAKER_ROLES.iter().any(|role| {
        text.find(role).is_some_and(|at| {
            let name = text[at + role.len()..].trim();
            let n = name.chars().count();
            (2..=4).contains(&n)
                && name
                    .chars()
                    .all(|c| crate::normalize::is_cjk(c) || c == '·')
        })
    })
}

fn is_issuer(text: &str) -> bool {
    ["局", "委员会", "政府", "办公厅", "办公室", "部", "厅", "院"]
        .iter()
        .any(|w| text.ends_with(w))
}

pub(super) fn kind_of_title(title: &str) -> DocumentKind {
    if title.contains("统计公报") || title.contains("发展统计") {
        DocumentKind::StatisticalCommunique
    } else if title.contains("政府工作报告") {
        DocumentKind::GovernmentWorkReport
    } else if title.contains("预算") || title.contains("决算") {
        DocumentKind::BudgetReport
    } else if title.contains("计划") {
        DocumentKind::PlanReport
    } else if title.contains("工作报告") {
        DocumentKind::GovernmentWorkReport
    } else {
        DocumentKind::Other
    }
}

/// A report with no title (it starts at `各位代表`) is still recognisable by its text.
pub(super) fn infer_kind(facts: &mut DocumentFacts, paragraphs: &[Paragraph]) {
    if facts.kind != DocumentKind::Other {
        return;
    }
    let opens_with_address = paragraphs
        .iter()
        .take(FRONT_ZONE)
        .any(|p| p.text.starts_with("各位代表"));
    let about_government = paragraphs
        .iter()
        .take(FRONT_ZONE)
        .any(|p| p.text.contains("政府工作") || p.text.contains("报告工作"));
    // Or by its front matter: delivered at a people's congress by a head of government
    // (`——2023年1月30日在保定市第十六届人民代表大会第四次会议上`, `保定市人民政府市长 闫继红`).
    let at_congress = facts
        .meeting
        .as_deref()
        .is_some_and(|m| m.contains("人民代表大会"));
    let by_government = facts.speaker.as_deref().is_some_and(|s| {
        s.contains("政府")
            || ["省长", "市长", "区长", "县长", "总理"]
                .iter()
                .any(|r| s.contains(r))
    });
    // `我向大会书面报告全南县2019年财政预算执行情况和2020年财政预算草案`: a budget (or a
    // plan) report, delivered at the congress by its department.
    let reports_on = |what: &[&str]| {
        paragraphs
            .iter()
            .take(FRONT_ZONE)
            .any(|p| p.text.contains("报告") && what.iter().any(|w| p.text.contains(w)))
    };
    if opens_with_address || at_congress {
        if reports_on(&["预算执行情况", "预算草案", "决算"]) {
            facts.kind = DocumentKind::BudgetReport;
            return;
        }
        if reports_on(&["计划执行情况", "计划草案"]) {
            facts.kind = DocumentKind::PlanReport;
            return;
        }
    }
    if opens_with_address && about_government || at_congress && by_government {
        facts.kind = DocumentKind::GovernmentWorkReport;
    }
}

/// `2021-08-17（在…）` to `2021-08-17`: a date written the ISO way (or with `/` or `.`) at the
/// start of a text.
pub(super) fn iso_date_dashed(text: &str) -> Option<String> {
    // (Also `2024/10/25`, `2024.1.5`, as pages write them.)
    let mut parts = text.splitn(3, ['-', '/', '.']);
    let year = parts.next().filter(|y| y.len() == 4)?;
    let month = parts.next()?;
    let rest = parts.next()?;
    let day_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let number = |s: &str| -> Option<u32> {
        (1..=2).contains(&s.len()).then_some(())?;
        s.parse().ok()
    };
    let (month, day) = (number(month)?, number(&rest[..day_len])?);
    let valid = year.bytes().all(|b| b.is_ascii_digit())
        && (1..=12).contains(&month)
        && (1..=31).contains(&day);
    valid.then(|| format!("{year}-{month:02}-{day:02}"))
}

/// A date written in English, as feeds and front matters record it (`Mon, 18 Oct 2021
/// 04:50:16 GMT`, `October 18, 2021`), to `2021-10-18`.
pub(super) fn iso_date_english(text: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (at, month) = words.iter().enumerate().find_map(|(i, w)| {
        let lower = w.to_ascii_lowercase();
        let m = MONTHS
            .iter()
            .position(|m| lower.starts_with(m) && w.len() >= 3)?;
        Some((i, m + 1))
    })?;
    let number = |w: &&str, digits: std::ops::RangeInclusive<usize>| {
        (digits.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let near = [at.checked_sub(1), Some(at + 1)];
    let day = near
        .iter()
        .flatten()
        .find_map(|&i| words.get(i).and_then(|w| number(w, 1..=2)))
        .filter(|d| (1..=31).contains(d))?;
    let year = words.iter().find_map(|w| number(w, 4..=4))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// `2023年1月7日…` to `2023-01-07`; `2023年1月` to `2023-01`; also written in Chinese
/// numerals (`二〇一九年一月十四日…`).
pub(crate) fn iso_date(text: &str) -> Option<String> {
    iso_date_arabic(text).or_else(|| iso_date_arabic(&arabic_date(text)?))
}

/// `二〇一九年一月十四日` (or `二0一九年…`) in Arabic digits: `2019年1月14日`.
fn arabic_date(text: &str) -> Option<String> {
    use crate::numbers::chinese::{is_numeral_char, parse};
    // (`二0一九`: an ASCII zero among Chinese digits.)
    let numeral = |c: char| is_numeral_char(c) || c == '0';
    let numeral_len = |s: &str| s.find(|c: char| !numeral(c)).unwrap_or(s.len());
    let at = text.find('年')?;
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| numeral(c))
        .last()
        .map(|(i, _)| i)?;
    let year_digits = head[start..].replace('0', "〇");
    if year_digits.chars().count() != 4 {
        return None;
    }
    let year = parse(&year_digits)?;
    let rest = &text[at + '年'.len_utf8()..];
    let len = numeral_len(rest);
    let month = parse(&rest[..len])?;
    let rest = rest[len..].strip_prefix('月')?;
    let len = numeral_len(rest);
    let day = parse(&rest[..len]).filter(|_| rest[len..].starts_with('日'));
    Some(match day {
        Some(day) => format!("{year}年{month}月{day}日"),
        None => format!("{year}年{month}月"),
    })
}

fn iso_date_arabic(text: &str) -> Option<String> {
    let at = text.find('年')?;
    let year: String = text[..at]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if year.len() != 4 {
        return None;
    }
    let rest = &text[at + '年'.len_utf8()..];
    let month_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let month: u32 = rest[..month_len]
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let rest = rest[month_len..].strip_prefix('月')?;
    let day_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest[..day_len]
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=31).contains(d))
    {
        Some(day) if rest[day_len..].starts_with('日') => {
            Some(format!("{year}-{month:02}-{day:02}"))
        }
        _ => Some(format!("{year}-{month:02}")),
    }
}

/// The years a budget or plan report's title (or its opening) says it reviews and plans: the
/// year right before `预算执行`, `计划执行` or `决算` (final accounts are of a year past), and
/// the one right before `预算草案`, `计划草案` (`2024年财政预算（草案）`) or a plan that ends
/// the title (`咸阳市2023年国民经济和社会发展计划`).
fn years_reported(text: &str) -> (Option<String>, Option<String>) {
    use crate::numbers::year::periods_named;
    let year_before = |words: &[&str]| {
        let at = words.iter().filter_map(|w| text.find(w)).min()?;
        periods_named(&text[..at])
            .filter(|(start, _)| text[*start..at].chars().count() <= MAX_YEAR_TO_BUDGET)
            .max_by_key(|&(start, _)| start)
            .map(|(_, year)| year)
    };
    let reviewed = year_before(&[
        "预算执行",
        "計劃執行",
        "计划执行",
        "決算",
        "决算",
        "預算執行",
    ]);
    let planned = year_before(&[
        "预算草案",
        "预算（草案）",
        "预算(草案)",
        "預算草案",
        "计划草案",
        "计划（草案）",
        "計劃草案",
    ])
    .or_else(|| {
        let plan = text.strip_suffix("发展计划")?;
        periods_named(plan)
            .max_by_key(|&(start, _)| start)
            .map(|(_, year)| year)
            .filter(|_| reviewed.is_none())
    });
    (reviewed, planned)
}

/// How far a budget's or plan's year may stand before what it is of (`2019年财政预算执行情况`,
/// `2023年泉港区财政收支决算`).
const MAX_YEAR_TO_BUDGET: usize = 12;

/// The periods reviewed and planned, from the headings of review and plan sections.
pub(super) fn periods(facts: &mut DocumentFacts, sections: &[Section], paragraphs: &[Paragraph]) {
    use crate::numbers::year::{first_period as period_in, last_period, year_after, year_before};
    // (The first part that plans says for when: not `三、关于《…第十一个五年规划纲要（草案）》的
    // 说明` after `二、今年主要任务`.)
    let mut planned = false;
    for (idx, section) in sections.iter().enumerate().filter(|(_, s)| s.level == 1) {
        match section.role {
            SectionRole::Review if facts.review_period.is_none() => {
                facts.review_period = period_in(&section.title).or_else(|| {
                    let first = paragraphs
                        .iter()
                        .find(|p| p.section.is_some_and(|id| id.0 as usize == idx))?;
                    year_said_of(&first.text)
                })
            }
            // (`“十三五”时期发展成就和“十四五”时期主要目标任务` plans for the later.)
            SectionRole::Plan if !planned => {
                planned = true;
                if facts.plan_period.is_none() {
                    facts.plan_period = last_period(&section.title);
                }
            }
            _ => {}
        }
    }
    // A budget or plan report whose parts name no year says them in its title or its opening:
    // `关于2023年预算执行情况和2024年预算草案的报告`, `2023年泉港区财政收支决算草案`,
    // `我向大会书面报告某县2019年财政预算执行情况和2020年财政预算草案`,
    // `咸阳市2023年国民经济和社会发展计划`.
    if matches!(
        facts.kind,
        DocumentKind::BudgetReport | DocumentKind::PlanReport
    ) {
        let opening = paragraphs
            .iter()
            .take(FRONT_ZONE)
            .filter(|p| p.text.contains("报告"))
            .map(|p| p.text.as_str());
        for source in facts.title.clone().as_deref().into_iter().chain(opening) {
            let (reviewed, planned) = years_reported(source);
            if facts.review_period.is_none() {
                facts.review_period = reviewed;
            }
            if facts.plan_period.is_none() {
                facts.plan_period = planned;
            }
            if facts.review_period.is_some() || facts.plan_period.is_some() {
                break;
            }
        }
    }
    let has_part = |role| sections.iter().any(|s| s.level == 1 && s.role == role);
    if facts.plan_period.is_none() && has_part(SectionRole::Plan) {
        facts.plan_period = facts.review_period.as_deref().and_then(year_after);
    }
    // (`一、回顾过去，成绩斐然` before `三、…抓好2026年经济工作`: the year before the plan's.)
    if facts.review_period.is_none() && has_part(SectionRole::Review) {
        facts.review_period = facts.plan_period.as_deref().and_then(year_before);
    }
    if facts.review_period.is_none()
        && matches!(
            facts.kind,
            DocumentKind::StatisticalCommunique | DocumentKind::Other
        )
    {
        // (A title on the year's targets names the plan's year: `政府工作报告解读：2025年经济
        // 预期目标与政策导向` looks back on 2024.)
        if let Some(plan) = facts.title.as_deref().and_then(targets_year) {
            facts.review_period = year_before(&plan);
            facts.plan_period.get_or_insert(plan);
        } else if let Some(plan) = facts
            .title
            .as_deref()
            .and_then(crate::numbers::year::plan_outlined)
        {
            // (`…第十五个五年规划和二〇三五年远景目标纲要` looks back on the plan before.)
            facts.review_period = crate::numbers::year::plan_before(&plan);
            facts.plan_period.get_or_insert(plan);
        } else {
            // `中华人民共和国2024年国民经济和社会发展统计公报` reports on 2024, and so does
            // `2024年前三季度全市经济运行情况` (of a part of it).
            facts.review_period = facts.title.as_deref().and_then(period_in).or_else(|| {
                // (Or, without a title, the year its text opens on: `2024年，是实现“十四五”
                // 规划目标任务关键的一年…` above `一、综合`.)
                // (Or the one after an opening that names none: `今年以来，…` above
                // `根据…核算结果，2025年上半年，全市地区生产总值…`.)
                let mut opening = paragraphs.iter().filter(|p| !p.front_matter).take(2);
                let first = opening.next()?;
                year_said_of(&first.text).or_else(|| {
                    let second = opening.next()?;
                    // (Of a part of the year: a year said alone there may be a sentence's.)
                    let of_part = PARTS_OF_YEAR.iter().any(|p| second.text.contains(p));
                    (of_part && !first.text.contains(|c: char| c.is_ascii_digit()))
                        .then(|| year_said_of(&second.text))
                        .flatten()
                })
            });
        }
        // (Or a release's on a part of the year that is out before the year ends, dated:
        // `国家统计局：三季度GDP同比增长4.9%` of 2020-10-19. Not one on the whole year or its
        // last quarter, which is out the next year.)
        const PARTS: [&str; 4] = ["一季度", "二季度", "三季度", "上半年"];
        let of_part = || {
            facts
                .title
                .as_deref()
                .is_some_and(|t| PARTS.iter().any(|p| t.contains(p)))
        };
        if facts.review_period.is_none() && of_part() {
            facts.review_period = facts.year_dated().map(str::to_owned);
        }
    }
    if facts.review_period.is_none() {
        // The date of the meeting, or the year in the title (`高阳县2021年政府工作报告`):
        // a work report looks back on the year before and plans for its own.
        let from_date = facts
            .date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse::<u32>().ok())
            .or_else(|| {
                let title = facts.title.as_deref()?;
                period_in(title)?.parse::<u32>().ok()
            });
        if facts.kind == DocumentKind::GovernmentWorkReport {
            let plan = from_date.map(|y| y.to_string());
            facts.review_period = plan.as_deref().and_then(year_before);
            facts.plan_period = facts.plan_period.take().or(plan);
        }
    }
    // (Or, undated, the year a story on a work report says is this one: `作省政府工作报告时
    // 表示，今年（2024年）广东省发展面临的有利条件强于不利因素`; not a release's on this year
    // so far, `今年（2024年）以来`, whose results are of it.)
    if facts.review_period.is_none() && facts.plan_period.is_none() {
        const OPENING_PARAGRAPHS: usize = 3;
        let opening = |n| paragraphs.iter().filter(|p| !p.front_matter).take(n);
        let plan = opening(OPENING_PARAGRAPHS)
            .filter(|p| p.text.contains("工作报告"))
            .find_map(|p| year_called_this_year(&p.text));
        facts.review_period = plan.as_deref().and_then(year_before);
        facts.plan_period = plan;
        // (Or the parts it says the report has, `报告共分四个部分：一、2024年工作回顾。二、…`,
        // or the year of the targets it tells, `…在报告中提出了2019年经济社会发展主要预期
        // 目标：…`.)
        const MAX_OPENING_PARAGRAPHS: usize = 8;
        let told = |read: fn(&str) -> Option<String>| {
            opening(MAX_OPENING_PARAGRAPHS)
                .filter(|p| p.text.contains("报告"))
                .find_map(|p| read(&p.text))
        };
        if facts.review_period.is_none() {
            let reviewed = told(year_reviewed);
            facts.plan_period = reviewed.as_deref().and_then(year_after);
            facts.review_period = reviewed;
        }
        if facts.review_period.is_none() {
            let plan = told(targets_year);
            facts.review_period = plan.as_deref().and_then(year_before);
            facts.plan_period = plan;
        }
        // (Or, dated in the first half of a year, one that tells of the year past: `过去一年，
        // 国内生产总值达到134.9万亿元` in a story of 2025-03-07 on that year's report.)
        let first_half = facts
            .date
            .as_deref()
            .and_then(|d| d.get(5..7)?.parse::<u32>().ok())
            .is_some_and(|month| month <= 6);
        let tells_of_year_past = || {
            opening(OPENING_PARAGRAPHS).any(|p| p.text.contains("工作报告"))
                && paragraphs.iter().any(|p| {
                    crate::words::THE_YEAR_PAST
                        .iter()
                        .any(|w| p.text.starts_with(w))
                })
        };
        if facts.review_period.is_none() && first_half && tells_of_year_past() {
            let plan = facts.year_dated().map(str::to_owned);
            facts.review_period = plan.as_deref().and_then(year_before);
            facts.plan_period = plan;
        }
    }
}

/// The year that `text` names a report's review of (`2024年工作回顾` → 2024; `报告回顾了2024年
/// 的工作成果`).
fn year_reviewed(text: &str) -> Option<String> {
    use crate::numbers::year::{arabic, digits_at_end, digits_at_start};
    let part = text.find("年工作回顾").and_then(|at| {
        let len = digits_at_end(&text[..at])?;
        Some(arabic(&text[at - len..at]))
    });
    part.or_else(|| {
        text.match_indices("回顾").find_map(|(at, w)| {
            let rest = &text[at + w.len()..];
            let rest = rest.strip_prefix('了').unwrap_or(rest);
            let len = digits_at_start(rest)?;
            // (Not a time since: `回顾2020年以来…`.)
            let after = &rest[len + '年'.len_utf8()..];
            (!["以来", "至", "到", "—", "-"]
                .iter()
                .any(|w| after.starts_with(w)))
            .then(|| arabic(&rest[..len]))
        })
    })
}

/// The year that `text` writes in brackets after `今年` (`今年（2024年）` → 2024).
fn year_called_this_year(text: &str) -> Option<String> {
    use crate::numbers::year::{arabic, digits_at_start};
    text.match_indices("今年").find_map(|(at, w)| {
        let inner = text[at + w.len()..].strip_prefix(['（', '('])?;
        let len = digits_at_start(inner)?;
        inner[len + '年'.len_utf8()..]
            .starts_with(['）', ')'])
            .then(|| arabic(&inner[..len]))
    })
}

/// The year a title names right before the year's targets (`…解读：2025年经济预期目标与…`),
/// a few words between and no figure (not `2025年GDP增长5% 今年经济增长预期目标为…`, whose
/// year is a result's).
fn targets_year(title: &str) -> Option<String> {
    // (`2026年全国两会｜政府工作报告里的这些数字`: the sessions that set them, and the
    // report that sets them, of the year.)
    const TARGETS: [&str; 5] = ["预期目标", "主要目标", "目标任务", "两会", "政府工作报告"];
    const MAX_BETWEEN_CHARS: usize = 8;
    let head = &title[..TARGETS.iter().find_map(|w| title.find(w))?];
    let year_end = head.rfind('年')?;
    let between = &head[year_end + '年'.len_utf8()..];
    // (A year in digits: not `今年`.)
    (crate::numbers::year::digits_at_end(&head[..year_end]).is_some()
        && between.chars().count() <= MAX_BETWEEN_CHARS
        && !between.contains(|c: char| c.is_ascii_digit() || c == '%'))
    .then(|| crate::numbers::year::last_period(head))
    .flatten()
}

/// Parts of a year a release may be on, as said after the year (`2025年上半年`).
const PARTS_OF_YEAR: [&str; 6] = [
    "上半年",
    "一季度",
    "前三季度",
    "二季度",
    "三季度",
    "前两季度",
];

/// The year a review's first paragraph opens by naming (`刚刚过去的2025年，是…收官之年`,
/// `2024年，我们…`), after where its figures come from (`经初步核算，2023年，全县…`,
/// `国家统计局发布数据显示，2024年，…`), in ASCII digits.
fn year_said_of(text: &str) -> Option<String> {
    use crate::numbers::year::{arabic, digits_at_start};
    // (`初步测算，2015年全县地区生产总值…`: after a reckoning, before the whole place measured.)
    let reckoned = crate::words::opens_with_estimate(text);
    let text = crate::words::after_source(text);
    let text = ["刚刚过去的", "过去的"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .unwrap_or(text);
    let len = digits_at_start(text)?;
    let after = &text[len + '年'.len_utf8()..];
    // (Or a part of it: `2025年上半年，`.)
    let after = PARTS_OF_YEAR
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    (after.starts_with(['，', ',', '是'])
        || reckoned
            && crate::numbers::WHOLE_PLACES
                .iter()
                .any(|p| after.starts_with(p)))
    .then(|| arabic(&text[..len]))
}
