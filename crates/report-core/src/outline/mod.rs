//! Structure: document facts, the outline tree, and each paragraph's section.
//!
//! Input: the repaired blocks. Output: [`Outline`] with the document facts (title, meeting,
//! date, speaker, issuer, notice, periods), a flat list of sections with parent ids, and the
//! paragraphs (headings excluded) with their section and lead sentence. Headings that run on
//! into their paragraph are split; numbering that skips or repeats gets a diagnostic.

mod facts;
pub mod numbering;

pub(crate) use facts::SPEAKER_ROLES;

use crate::fast_map::FastMap;
use crate::model::{
    Diagnostic, DocumentFacts, NumberingKind, Paragraph, ParagraphId, Section, SectionId,
    SectionRole, Severity,
};
use crate::normalize::Block;
use crate::numbers::units::UnitClass;
use crate::span::{OffsetMap, Span};
use numbering::{scan_marker, Marker};

/// Deepest outline level kept; deeper markers are read as plain paragraphs.
pub const MAX_DEPTH: usize = 8;
/// A heading's title (its first sentence) is at most this many characters.
const MAX_TITLE_CHARS: usize = 48;
/// A lead sentence (`综合实力保持前列。`) is at most this many characters.
const MAX_LEAD_CHARS: usize = 24;

/// The output of the outline pass.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    /// Facts about the document.
    pub document: DocumentFacts,
    /// Sections in document order.
    pub sections: Vec<Section>,
    /// Paragraphs in document order.
    pub paragraphs: Vec<Paragraph>,
    /// The offset map of each paragraph's text, parallel to `paragraphs`.
    pub maps: Vec<OffsetMap>,
    /// Remarks on the numbering and structure.
    pub diagnostics: Vec<Diagnostic>,
}

/// Builds the outline of the repaired blocks.
pub fn outline(blocks: Vec<Block>) -> Outline {
    outline_recorded(blocks, Recorded::default())
}

/// Facts a scraper recorded above the text (`标题：…`, `报告人：…`, `发文时间：…`), which the
/// repair removed; used where the document's own front matter does not state them.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// The title and its span in the source.
    pub title: Option<(String, Span)>,
    /// Who delivered the report.
    pub speaker: Option<String>,
    /// The date as recorded (`2021-08-17（在…会议上）`, `2019年1月23日`).
    pub date: Option<String>,
    /// The meeting (`会议：高阳县第十八届人民代表大会第五次会议`).
    pub meeting: Option<String>,
}

/// [`outline`], with what a scraper recorded above the text.
pub fn outline_recorded(blocks: Vec<Block>, recorded: Recorded) -> Outline {
    let blocks = facts::merge_title_fragments(blocks);
    let body_start = facts::body_start(&blocks);
    let mut document = facts::document_facts(&blocks[..body_start]);
    // A recorded title that names whose report it is (`河北省2004年政府工作报告`) over the
    // text's bare one (`政府工作报告`).
    let fuller = |(recorded, _): &(String, Span)| {
        document
            .title
            .as_ref()
            .is_some_and(|t| recorded.ends_with(t.as_str()) && recorded.len() > t.len())
    };
    if recorded.title.as_ref().is_some_and(fuller) {
        document.title = None;
    }
    if document.title.is_none() {
        if let Some((mut title, mut span)) = recorded.title {
            // `政府工作报告——2019年1月23日在保定市第十五届人民代表大会第四次会议上`
            if let Some(at) = title.find("——") {
                let meeting = &title[at..];
                // (The meeting is cut off the title even when the text states it too.)
                if crate::normalize::is_meeting_line(meeting) {
                    let meeting = meeting.trim_start_matches('—').to_owned();
                    document.date = document.date.take().or_else(|| facts::iso_date(&meeting));
                    // (A fuller one than the text's: `2008年1月在…会议上` over `在…会议上`.)
                    let fuller = document
                        .meeting
                        .as_ref()
                        .is_none_or(|m| meeting.ends_with(m.as_str()) && meeting.len() > m.len());
                    if fuller {
                        document.meeting = Some(meeting);
                    }
                    title.truncate(at);
                    span = Span::new(span.start, span.start + at);
                }
            }
            document.kind = facts::kind_of_title(&title);
            document.title = Some(title);
            document.title_span = Some(span);
        }
    }
    if document.title.is_none() {
        if let Some((title, span)) = facts::headline(&blocks[..body_start]) {
            document.title = Some(title);
            document.title_span = Some(span);
        }
    }
    if document.speaker.is_none() {
        document.speaker = recorded.speaker;
    }
    if document.meeting.is_none() {
        document.meeting = recorded.meeting;
    }
    if document.date.is_none() {
        document.date = recorded.date.as_deref().and_then(|d| {
            facts::iso_date_dashed(d)
                .or_else(|| facts::iso_date(d))
                .or_else(|| facts::iso_date_english(d))
        });
    }
    let mut out = Outline {
        document,
        ..Outline::default()
    };
    for block in &blocks[..body_start] {
        out.push_paragraph(None, block.text.clone(), block.map.clone(), true);
    }
    let mut builder = Builder::default();
    let mut headings: Vec<_> = blocks.iter().map(heading_of).collect();
    for at in body_start..blocks.len() {
        if headings[at].is_some() && item_among_paragraphs(&blocks, &headings, at) {
            headings[at] = None;
        }
    }
    for (block, heading) in blocks.into_iter().zip(headings).skip(body_start) {
        match heading {
            Some((marker, title_end, body_at)) if builder.stack.len() < MAX_DEPTH => {
                let id = builder.open(&mut out, &block, marker, title_end);
                if body_at < block.text.len() {
                    let text = block.text[body_at..].to_owned();
                    out.push_paragraph(Some(id), text, block.map.tail(body_at), false);
                }
            }
            _ => {
                let section = builder.stack.last().map(|&(_, id)| id);
                out.push_paragraph(section, block.text, block.map, false);
            }
        }
    }
    finish_sections(&mut out);
    plan_after_lead_in(&mut out);
    carry_plan_role(&mut out.sections);
    facts::infer_kind(&mut out.document, &out.paragraphs);
    facts::periods(&mut out.document, &out.sections, &out.paragraphs);
    if plan_after_review(&mut out) {
        carry_plan_role(&mut out.sections);
        facts::periods(&mut out.document, &out.sections, &out.paragraphs);
    }
    out
}

/// A top-level part that says no role but names the year after the one reviewed (`三、扎实做好
/// 2025年各项工作`) is the plan; whether any was found so. (Not any part after the review:
/// in older reports the parts on the year's policies look back over years as much as ahead,
/// `二、坚持实行扩大内需的方针` / `两年来，…`, and are told figure by figure.)
fn plan_after_review(out: &mut Outline) -> bool {
    let Some(next_year) = out
        .document
        .review_period
        .as_deref()
        .and_then(crate::numbers::year::year_after)
    else {
        return false;
    };
    let mut found = false;
    for section in out.sections.iter_mut().filter(|s| s.parent.is_none()) {
        if section.role == SectionRole::Neither
            && section.numbering != NumberingKind::Appendix
            && crate::numbers::year::first_period(&section.title).as_deref() == Some(&next_year)
        {
            section.role = SectionRole::Plan;
            found = true;
        }
    }
    found
}

impl Outline {
    fn push_paragraph(
        &mut self,
        section: Option<SectionId>,
        text: String,
        map: OffsetMap,
        front: bool,
    ) {
        let lead = if front { None } else { lead_sentence(&text) };
        self.paragraphs.push(Paragraph {
            id: ParagraphId(self.paragraphs.len() as u32),
            section,
            span: map.whole(),
            text,
            lead,
            front_matter: front,
            cells: Vec::new(),
        });
        self.maps.push(map);
    }
}

/// Tracks the open sections while walking the body.
#[derive(Default)]
struct Builder {
    /// Open sections, outermost first, with their kind.
    stack: Vec<(NumberingKind, SectionId)>,
    /// Last number seen for each (parent, kind), for numbering checks.
    last_number: FastMap<(Option<SectionId>, NumberingKind), u32>,
}

impl Builder {
    /// Opens a section for the heading `marker` + title in `block`.
    fn open(
        &mut self,
        out: &mut Outline,
        block: &Block,
        marker: Marker,
        title_end: usize,
    ) -> SectionId {
        if marker.kind == NumberingKind::Appendix {
            self.stack.clear();
        }
        // (The innermost open section, when it is the last one opened: nothing under it yet.)
        let just_opened = self
            .stack
            .last()
            .filter(|&&(_, id)| id.0 as usize + 1 == out.sections.len())
            .map(|&(kind, id)| (kind, id, &out.sections[id.0 as usize]));
        // `二、2002年工作的总体要求和主要任务` and then `一、推进结构调整…`: numbering that starts
        // again right after a section of its own kind numbered two or more, before anything
        // opened under it, is a list inside it.
        let restarts = marker.number == Some(1)
            && just_opened.is_some_and(|(kind, _, last)| {
                kind == marker.kind && last.number.is_some_and(|n| n >= 2)
            });
        // `首先报告２００１年的工作`, a review headed without a number, told in paragraphs of its
        // own, and then `一、扩大和培育内需…`: the numbered parts that follow are the plan's, not
        // sections of the review (as `一、国民经济持续快速健康发展` right under `过去五年回顾…` is).
        const MAX_PARAGRAPHS_BEFORE_SECTIONS: usize = 3;
        let bare_review = just_opened
            .filter(|(kind, _, section)| {
                *kind == NumberingKind::Part
                    && section.number.is_none()
                    && section.role == SectionRole::Review
                    && marker.kind != NumberingKind::Part
                    && marker.number == Some(1)
            })
            .map(|(_, id, _)| id);
        if let Some(bare) = bare_review {
            let own = out
                .paragraphs
                .iter()
                .rev()
                .take_while(|p| p.section == Some(bare))
                .count();
            if own > MAX_PARAGRAPHS_BEFORE_SECTIONS {
                self.stack.pop();
            }
        }
        // (Closing what ranks below, then one section of the same rank: the one a list inside
        // a section of its own kind goes on from.)
        while let Some(&(kind, _)) = self.stack.last().filter(|_| !restarts) {
            if rank(kind) < rank(marker.kind) {
                break;
            }
            self.stack.pop();
            if rank(kind) == rank(marker.kind) {
                break;
            }
        }
        let parent = self.stack.last().map(|&(_, id)| id);
        let id = SectionId(out.sections.len() as u32);
        let label = block.text[markdown_marks(&block.text)..marker.len]
            .trim()
            .trim_end_matches(['：', ':'])
            .to_owned();
        let title = block.text[marker.len..title_end]
            .trim()
            .trim_end_matches(['。', '：', ':', '；'])
            .to_owned();
        let heading = block.map.to_source(0..title_end);
        self.check_numbering(out, parent, marker, heading);
        let inherited = parent.map(|p| out.sections[p.0 as usize].role);
        let role = match role_of(&title) {
            // `（五）聚焦聚力攻坚克难，重点工作取得突破` in a review: what the year's key work
            // achieved, not a plan (unless it says when: `今年`).
            Some(SectionRole::Plan)
                if inherited == Some(SectionRole::Review) && !says_the_plan_year(&title) =>
            {
                SectionRole::Review
            }
            Some(role) => role,
            None => inherited.unwrap_or_default(),
        };
        out.sections.push(Section {
            id,
            level: self.stack.len() as u8 + 1,
            label,
            numbering: marker.kind,
            number: marker.number,
            title,
            parent,
            role,
            heading,
            span: heading,
        });
        self.stack.push((marker.kind, id));
        id
    }

    /// Numbers should run 1, 2, 3 under each parent; a skip or repeat is reported.
    fn check_numbering(
        &mut self,
        out: &mut Outline,
        parent: Option<SectionId>,
        marker: Marker,
        heading: Span,
    ) {
        let Some(number) = marker.number else {
            return;
        };
        let last = self.last_number.insert((parent, marker.kind), number);
        let expected = last.map_or(1, |n| n + 1);
        if number != expected {
            let (code, what) = if last.is_some_and(|n| number <= n) {
                ("numbering-repeat", "repeats or goes back")
            } else {
                ("numbering-skip", "skips")
            };
            out.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code,
                message: format!("heading numbering {what}: expected {expected}, found {number}"),
                span: Some(heading),
            });
        }
    }
}

/// Nesting rank of a numbering kind: parts above `一、` above `（一）` and so on.
fn rank(kind: NumberingKind) -> u8 {
    match kind {
        NumberingKind::Appendix => 0,
        NumberingKind::Part => 1,
        NumberingKind::ChineseComma => 2,
        NumberingKind::ChineseParen => 3,
        NumberingKind::ArabicDot => 4,
        NumberingKind::ArabicParen => 5,
        NumberingKind::Circled => 6,
        NumberingKind::Ordinal => 7,
    }
}

/// If `block` opens with a heading, its marker, the end of its title, and where its body
/// starts (bytes of `block.text`).
fn heading_of(block: &Block) -> Option<(Marker, usize, usize)> {
    // (`### 一、2023年工作回顾`: a Markdown heading's marks before it.)
    let marks = markdown_marks(&block.text);
    let text = &block.text[marks..];
    let Some(mut marker) = scan_marker(text) else {
        let part = Marker {
            kind: NumberingKind::Part,
            number: None,
            len: marks,
        };
        let len = block.text.len();
        return is_bare_heading(text).then_some((part, len, len));
    };
    marker.len += marks;
    let text = block.text.as_str();
    let rest = &text[marker.len..];
    if rest.trim().is_empty() && marker.kind != NumberingKind::Appendix {
        return None;
    }
    // `一、二、三产业增加值分别增长…`, `第一、第二、第三产业…`: numbers listed, not a heading's.
    let listed = rest.strip_prefix('第').unwrap_or(rest);
    let mut next = listed.chars();
    let numeral = next
        .next()
        .is_some_and(|c| c.is_ascii_digit() || crate::numbers::chinese::is_numeral_char(c));
    // (Two of them: `一、二产业增加值分别增长…`, `一、二季度…`; not a heading on one,
    // `（三）第三产业发展强劲`.)
    let after = next.as_str();
    let second_of_two =
        !rest.starts_with('第') && ["产", "季度"].iter().any(|w| after.starts_with(w));
    if numeral && (after.starts_with('、') || second_of_two) {
        return None;
    }
    // `一、食品烟酒 | 0.1 |`: a table's row whose label is numbered, not a heading (and a plan's,
    // `1.地区生产总值增长（%） 5.5 5左右 — 预期性`, however its cells are parted).
    if is_table_row(rest) || crate::words::is_plan_table_line(rest) {
        return None;
    }
    // The title is the first sentence; a short paragraph without a full stop is all title.
    let sentence_end = rest
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '！' | '？' | '；'))
        .map(|(i, c)| i + c.len_utf8());
    let (title_end, body_at) = match sentence_end {
        None => (rest.len(), rest.len()),
        Some(end) => (end, end),
    };
    let n_title = rest[..title_end].chars().count();
    let max = match marker.kind {
        NumberingKind::Part
        | NumberingKind::ChineseComma
        | NumberingKind::ChineseParen
        | NumberingKind::Appendix => MAX_TITLE_CHARS,
        _ => MAX_TITLE_CHARS * 2 / 3,
    };
    if n_title > max {
        return None;
    }
    // `2、政府性基金收入完成3.1亿元，同比下降65.7%。`: an item of a list that states figures
    // in a sentence of clauses is a paragraph, not a title (sections' titles name a subject:
    // `（一）经济运行稳中有进，…` keeps its section).
    let title = &rest[..title_end];
    let item = matches!(
        marker.kind,
        NumberingKind::ArabicDot | NumberingKind::ArabicParen | NumberingKind::Circled
    );
    // (So is one sentence of figures: `（2）…的村占比达到80%。`.)
    // (And under any number, a sentence of figures that the paragraph goes on after: `一、全国
    // 夏粮播种面积26613千公顷，保持稳定。其中小麦…`, `（二）全年粮食产量达到557亿斤。其中…`;
    // not a title line of its own, `（一）经济增长5.2%，总量突破5万亿元`.)
    // (A count names a subject: `（三）…，四项行动成效明显。`, `着力打造7个重点场景。`.)
    let run_in = sentence_end.is_some_and(|end| !rest[end..].trim().is_empty());
    let counts = |q: &crate::numbers::Quantity| q.class == Some(UnitClass::Count);
    if (item && (title.contains('，') || sentence_end.is_some()) || run_in)
        && crate::numbers::scan_quantities(title)
            .iter()
            .any(|q| q.unit.is_some() && (item || !counts(q)))
    {
        return None;
    }
    let body_at = marker.len + body_at + leading_spaces(&rest[body_at..]);
    Some((marker, marker.len + title_end, body_at))
}

/// Whether a list item that reads as a heading (`3.居民人均可支配收入增长与经济增长同步。`, one
/// sentence and nothing after it) is rather an item among the list's paragraphs: the item
/// numbered just before or after it, of the same kind, is a paragraph (one of figures, as
/// [`heading_of`] tells, or an item found so already, so that a run of them goes together).
fn item_among_paragraphs(
    blocks: &[Block],
    headings: &[Option<(Marker, usize, usize)>],
    at: usize,
) -> bool {
    let Some((marker, title_end, _)) = headings[at] else {
        return false;
    };
    let text = blocks[at].text.trim_end();
    let item = matches!(
        marker.kind,
        NumberingKind::ArabicDot | NumberingKind::ArabicParen | NumberingKind::Circled
    );
    let Some(number) = marker.number.filter(|_| item && text.ends_with('。')) else {
        return false;
    };
    if title_end < text.len() {
        return false;
    }
    let sibling = |i: usize, n: u32| {
        headings[i].is_none()
            && scan_marker(&blocks[i].text)
                .is_some_and(|m| m.kind == marker.kind && m.number == Some(n))
    };
    (at > 0 && number > 1 && sibling(at - 1, number - 1))
        || (at + 1 < blocks.len() && sibling(at + 1, number + 1))
}

/// Whether a line is a table's row, its cells parted by `|` or tabs and its last a figure.
fn is_table_row(text: &str) -> bool {
    let Some(last) = text
        .split(['|', '\t'])
        .map(str::trim)
        .rfind(|cell| !cell.is_empty())
    else {
        return false;
    };
    text.contains(['|', '\t'])
        && last.contains(|c: char| c.is_ascii_digit())
        && last
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '%' | '—' | ' '))
}

/// Bytes of the marks of a Markdown heading that open `text` (`### `, the space perhaps
/// dropped by the repair), and not a topic's tag (`#两会#`).
pub(crate) fn markdown_marks(text: &str) -> usize {
    let hashes = text.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) || text[hashes..].contains('#') {
        return 0;
    }
    hashes + leading_spaces(&text[hashes..])
}

fn leading_spaces(text: &str) -> usize {
    text.len() - text.trim_start().len()
}

/// The lead sentence that opens a paragraph (`综合实力保持前列。`, `——经济总体回升向好。`).
fn lead_sentence(text: &str) -> Option<(usize, usize)> {
    let dashed = text.starts_with("——");
    let (end, c) = text
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '！' | '；'))?;
    let end = end + c.len_utf8();
    let sentence = &text[..end];
    let n = sentence.chars().count();
    let enumerated = numbering::enumerator_len(text).is_some();
    let short_plain = n <= MAX_LEAD_CHARS && !sentence.contains('，');
    let rest = text[end..].chars().count();
    ((short_plain || ((dashed || enumerated) && n <= MAX_LEAD_CHARS * 2)) && rest >= 8)
        .then_some((0, end))
}

/// A part's heading without a number, as a report's summary in a newspaper sets them
/// (`“十四五”时期经济社会发展回顾`, `“十五五”时期的主要目标任务`, `2026年主要工作`): a short line
/// without punctuation that says when and whether it reviews or plans, and is no title.
pub(crate) fn is_bare_heading(text: &str) -> bool {
    const MAX_CHARS: usize = 24;
    // `2016年工作回顾：`, `2017年工作安排：`: with a colon after it only when it names a year
    // in digits (`今年主要工作：` leads a list in).
    // (Not a sentence that leads a list in, `2024年全区经济社会发展的主要预期目标是：`.)
    let text = match text.strip_suffix(['：', ':']) {
        Some(head)
            if head.bytes().filter(u8::is_ascii_digit).count() == 4
                && !head.ends_with(['是', '为']) =>
        {
            head
        }
        _ => text,
    };
    // (Told by bytes first: most lines are longer.)
    text.len() <= MAX_CHARS * 4
        && (4..=MAX_CHARS).contains(&text.chars().count())
        && !text.contains(|c: char| {
            // (Nor a headline with a figure: `中国2024年经济增长预期目标设定为5%左右`; nor a
            // table's header, `| 指标 | 2023年 | 2024年目标 |`.)
            matches!(
                c,
                '，' | '。' | '；' | '：' | '！' | '？' | '、' | ',' | ':' | ';' | '%' | '％' | '|'
                    | '\t'
            ) || c.is_ascii_alphabetic()
        })
        && (text.contains('年') || text.contains("时期"))
        && role_of(text).is_some()
        // (Not a news headline on the year's results, `今年全国粮食再获丰收`: `今年` alone
        // says no plan.)
        && (!text.contains("今年") || role_of(&text.replace("今年", "")).is_some())
        && !facts::is_title_like(text)
        // (Nor a news headline of two phrases, `市政府召开常务会议 部署下半年经济工作`.)
        && text
            .split([' ', '\u{3000}'])
            .filter(|phrase| phrase.chars().count() >= 4)
            .nth(1)
            .is_none()
        // (Nor a table's header the repair joined, `指标名称 单位2025年完成2026年目标`.)
        && crate::words::after_label_header(text).is_none()
}

/// Whether a heading reviews the past or sets the plan, if it says.
pub(crate) fn role_of(title: &str) -> Option<SectionRole> {
    const REVIEW: &[&str] = &[
        "回顾",
        "过去一年",
        "过去五年",
        "主要成绩",
        // A news page's summary: `■ 2024年成绩单`.
        "成绩单",
        "取得的成就",
        "工作总结",
        "执行情况",
        // A budget report's account of the year: `一、2022年财政工作情况`, `（一）主要政策落实及
        // 重点工作开展情况` (not its `重点工作` ahead).
        "工作情况",
        "开展情况",
        "落实情况",
        "完成情况",
        // Final accounts, even as a draft: `一、2018年市级决算草案`.
        "决算",
        // `首先报告２００１年的工作`: the report on the year past that opens the speech.
        "首先报告",
    ];
    const PLAN: &[&str] = &[
        "安排",
        "建议",
        "任务",
        "目标",
        "总体要求",
        "部署",
        "重点工作",
        "主要工作",
        "今年",
        "展望",
        "计划",
        "草案",
        "今后",
        "方向",
        // `突出抓好十方面工作：`
        "方面工作",
    ];
    if REVIEW.iter().any(|w| title.contains(w)) {
        Some(SectionRole::Review)
    } else if title.contains("形势") && !title.contains("面临") && !says_the_plan_year(title) {
        // `一、当前国内形势和基本任务`: the situation, told from the year past, before the
        // tasks; neither throughout (not the situation a year ahead faces, `2010年面临的形势
        // 和总体要求`).
        None
    } else if PLAN.iter().any(|w| title.contains(w)) {
        Some(SectionRole::Plan)
    } else {
        None
    }
}

/// Whether a heading says it is of the year ahead (`今年`, `明年`) or lays work out
/// (`安排`, `展望`, `今后`).
fn says_the_plan_year(title: &str) -> bool {
    ["今年", "明年", "安排", "展望", "今后"]
        .iter()
        .any(|w| title.contains(w))
}

/// Parts after the first plan part that do not say otherwise are tasks of the plan too
/// (`三、加大宏观政策实施力度` after `二、今年发展主要目标`).
fn carry_plan_role(sections: &mut [Section]) {
    let mut in_plan = false;
    for idx in 0..sections.len() {
        let inherited = match sections[idx].parent {
            Some(p) => sections[p.0 as usize].role,
            None if in_plan && sections[idx].numbering != NumberingKind::Appendix => {
                SectionRole::Plan
            }
            None => SectionRole::Neither,
        };
        let section = &mut sections[idx];
        if section.role == SectionRole::Neither {
            section.role = inherited;
        }
        if section.parent.is_none() {
            in_plan = section.role == SectionRole::Plan;
        }
    }
}

/// A top-level section right after a lead-in that announces plans (`重点工作方向：`,
/// `今年要重点做好八个方面的工作：`) is a plan, as are the sections after it (see
/// [`carry_plan_role`]).
fn plan_after_lead_in(out: &mut Outline) {
    let mut paragraphs = out.paragraphs.iter().peekable();
    for section in out.sections.iter_mut().filter(|s| s.parent.is_none()) {
        let mut before = None;
        while let Some(p) = paragraphs.next_if(|p| p.span.end <= section.heading.start) {
            before = Some(p);
        }
        let lead_in = before.is_some_and(|p| {
            let text = p.text.trim_end();
            text.ends_with(['：', ':'])
                && text.chars().count() <= 40
                && role_of(text) == Some(SectionRole::Plan)
        });
        if lead_in && section.role == SectionRole::Neither {
            section.role = SectionRole::Plan;
        }
    }
}

/// Extends each section's span over its paragraphs and subsections.
fn finish_sections(out: &mut Outline) {
    for paragraph in &out.paragraphs {
        let mut at = paragraph.section;
        while let Some(id) = at {
            let section = &mut out.sections[id.0 as usize];
            section.span = section.span.cover(paragraph.span);
            at = section.parent;
        }
    }
    for idx in (0..out.sections.len()).rev() {
        if let Some(parent) = out.sections[idx].parent {
            let span = out.sections[idx].span;
            let p = &mut out.sections[parent.0 as usize];
            p.span = p.span.cover(span);
        }
    }
}

#[cfg(test)]
mod tests;
