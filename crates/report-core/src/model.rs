//! The output of analysis: document facts, sections, paragraphs, metrics and diagnostics.
//!
//! A flat, id-based model: sections and paragraphs live in vectors addressed by small id
//! newtypes; every [`Span`] is a byte range of [`Analysis::source`].

use crate::span::Span;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Index of a section in [`Analysis::sections`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct SectionId(pub u32);

/// Index of a paragraph in [`Analysis::paragraphs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct ParagraphId(pub u32);

/// Index of a metric in [`Analysis::metrics`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct MetricId(pub u32);

/// A text the core itself names (an encoding, a diagnostic code, a decode error's words).
///
/// An alias, so that serde's derive reads it back through [`crate::wire`] instead of
/// borrowing it from the input.
pub type StaticText = &'static str;

/// The whole result of analysing one report (the default: of no text at all).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Analysis {
    /// The decoded input; every span points into it.
    pub source: String,
    /// Encoding the input was read in.
    #[cfg_attr(feature = "serde", serde(deserialize_with = "crate::wire::static_str"))]
    pub encoding: StaticText,
    /// Title, date, speaker and kind of the report.
    pub document: DocumentFacts,
    /// The outline, flat in document order.
    pub sections: Vec<Section>,
    /// The report's paragraphs (headings excluded), in document order.
    pub paragraphs: Vec<Paragraph>,
    /// The quantities found, in document order.
    pub metrics: Vec<Metric>,
    /// What the repair removed, with the reason.
    pub removed: Vec<Removal>,
    /// Remarks on odd text; never errors.
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    /// The section with this id.
    pub fn section(&self, id: SectionId) -> &Section {
        &self.sections[id.0 as usize]
    }

    /// The paragraph with this id.
    pub fn paragraph(&self, id: ParagraphId) -> &Paragraph {
        &self.paragraphs[id.0 as usize]
    }

    /// The metrics said in a paragraph (metrics are in paragraph order).
    pub fn paragraph_metrics(&self, id: ParagraphId) -> &[Metric] {
        let from = self.metrics.partition_point(|m| m.paragraph < id);
        let to = self.metrics.partition_point(|m| m.paragraph <= id);
        &self.metrics[from..to]
    }

    /// The source text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.source[span.range()]
    }
}

/// Kind of report (报告类型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum DocumentKind {
    /// 政府工作报告.
    GovernmentWorkReport,
    /// 统计公报.
    StatisticalCommunique,
    /// 预算报告 (budget report and its execution).
    BudgetReport,
    /// 计划报告 (plan for economic and social development).
    PlanReport,
    /// Anything else.
    #[default]
    Other,
}

/// Facts about the document as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct DocumentFacts {
    /// Kind of report.
    pub kind: DocumentKind,
    /// Title as repaired (`政府工作报告`).
    pub title: Option<String>,
    /// Source span of the title.
    pub title_span: Option<Span>,
    /// Date of the meeting or publication, ISO `YYYY-MM-DD` when complete.
    pub date: Option<String>,
    /// The meeting line (`2023年1月7日在西青区第十八届人民代表大会第三次会议上`).
    pub meeting: Option<String>,
    /// Speaker with role as written (`西青区区长 殷学武`).
    pub speaker: Option<String>,
    /// Issuing body of a communiqué (`国家统计局`).
    pub issuer: Option<String>,
    /// Title of the issuing notice the report is wrapped in, if any.
    pub notice: Option<String>,
    /// The year under review (2022 in a 2023 report), when stated.
    pub review_period: Option<String>,
    /// The year or plan period set out (`2023`, `十四五`), when stated.
    pub plan_period: Option<String>,
}

impl DocumentFacts {
    /// The year of the date, in ASCII digits.
    pub(crate) fn year_dated(&self) -> Option<&str> {
        self.date
            .as_deref()?
            .get(..4)
            .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The year of the date, as a number.
    pub(crate) fn dated_year(&self) -> Option<u32> {
        self.year_dated()?.parse().ok()
    }
}

/// How a heading is numbered (编号方式).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum NumberingKind {
    /// `第一部分`, `第一章`.
    Part,
    /// `一、`.
    ChineseComma,
    /// `（一）`.
    ChineseParen,
    /// `1.` or `1、`.
    ArabicDot,
    /// `（1）`.
    ArabicParen,
    /// `①`.
    Circled,
    /// `第一，`.
    Ordinal,
    /// An appendix heading (`附件`, `注释：`, `名词解释`).
    Appendix,
}

/// Whether a section reviews the past, sets the plan, or neither (回顾 / 部署).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum SectionRole {
    /// Reviews work done (工作回顾).
    Review,
    /// Sets targets and tasks (工作安排, 目标任务).
    Plan,
    /// Neither.
    #[default]
    Neither,
}

/// One heading of the outline and the text under it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Section {
    /// Its id (its index).
    pub id: SectionId,
    /// Depth, starting at 1.
    pub level: u8,
    /// The numbering as written (`一、`, `（三）`), empty for an unnumbered heading.
    pub label: String,
    /// The numbering kind.
    pub numbering: NumberingKind,
    /// The number (1 for `一、`), when the label has one.
    pub number: Option<u32>,
    /// Heading text without the label, repaired.
    pub title: String,
    /// The parent section.
    pub parent: Option<SectionId>,
    /// Review, plan or neither, inherited from the parent when the heading does not say.
    pub role: SectionRole,
    /// Source span of the heading (label and title).
    pub heading: Span,
    /// Source span from the heading to the end of the section's last paragraph.
    pub span: Span,
}

impl Section {
    /// The heading as a reader sees it: its label and title, with a space between when the
    /// label ends in a word (`第一章 发展基础`, `第二部分 主要目标`), none after its punctuation
    /// (`一、发展基础`, `（三）…`, `1.…`).
    pub fn full_title(&self) -> String {
        format!("{}{}{}", self.label, self.label_gap(), self.title)
    }

    /// What goes between the label and the title (see [`Section::full_title`]).
    pub fn label_gap(&self) -> &'static str {
        let word = self
            .label
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if word {
            " "
        } else {
            ""
        }
    }
}

/// One paragraph of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Paragraph {
    /// Its id (its index).
    pub id: ParagraphId,
    /// The innermost section it belongs to (none before the first heading).
    pub section: Option<SectionId>,
    /// Repaired text.
    pub text: String,
    /// Source span of the paragraph.
    pub span: Span,
    /// Bytes of `text` holding its lead sentence (`综合实力保持前列。`), if it opens with one.
    pub lead: Option<(usize, usize)>,
    /// True for front matter before the body (title, meeting line, speaker, notice).
    pub front_matter: bool,
    /// For a table's row (`粮食 万吨 650.0 17.3`) or header, bytes of `text` holding each of
    /// its cells (label, unit cell, figures), as the metric pass read the table; empty for
    /// prose.
    pub cells: Vec<(usize, usize)>,
}

/// What a metric measures (指标类型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum MetricKind {
    /// An amount or level (`990亿元`).
    Level,
    /// Growth or decline, in per cent (`增长5.2%`).
    Growth,
    /// A share (`占…比重`).
    Share,
    /// A change in percentage points (`提高1.2个百分点`).
    PointChange,
    /// A change of an amount, in its unit, negative when down (`比上年末增加6.8万人`,
    /// `减少12万头`).
    Change,
    /// A count of things (`29家`).
    Count,
    /// A ratio (`1.3：47.4：51.3`).
    Ratio,
    /// A rank (`第3位`).
    Rank,
}

/// Whether a figure is a result, an estimate or a target (情态).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Modality {
    /// A result or statistic.
    Actual,
    /// An estimate (`预计`, `初步核算`).
    Estimate,
    /// A target (`预期目标`, `力争`).
    Target,
}

/// A quantity in the report with what it measures.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Metric {
    /// Its id (its index).
    pub id: MetricId,
    /// What is measured (`地区生产总值`); empty when not found.
    pub indicator: String,
    /// The number as written, repaired (`990`, `1.3:47.4:51.3`).
    pub value_text: String,
    /// The value in the written unit (990 for `990亿元`); the lower bound of a range. A
    /// decline is negative (`下降22%` is -22, growth and percentage-point changes alike).
    pub value: f64,
    /// Upper bound of a range.
    pub upper: Option<f64>,
    /// The parts of a ratio (`[1.3, 47.4, 51.3]` for `1.3:47.4:51.3`).
    pub parts: Option<Vec<f64>>,
    /// The unit as written (`亿元`, `%`), if any.
    pub unit: Option<String>,
    /// The value in the base unit (9.9e10 for `990亿元`), when the unit has a magnitude.
    pub base_value: Option<f64>,
    /// The base unit (`元`).
    pub base_unit: Option<String>,
    /// Approximation or bound (`超过`, `左右`, `以上`).
    pub qualifier: Option<String>,
    /// The comparison basis (`同比`, `比上年`).
    pub comparison: Option<String>,
    /// Kind of measure.
    pub kind: MetricKind,
    /// Result, estimate or target.
    pub modality: Modality,
    /// The period it refers to (`2022`, `十四五`), when known.
    pub period: Option<String>,
    /// Section of its paragraph.
    pub section: Option<SectionId>,
    /// Its paragraph.
    pub paragraph: ParagraphId,
    /// Source span of the number with its unit.
    pub span: Span,
    /// Source span of the sentence it was said in.
    pub quote: Span,
    /// Bytes of the paragraph's text holding the number with its unit.
    pub text_range: (usize, usize),
    /// Bytes of the paragraph's text holding the sentence.
    pub quote_range: (usize, usize),
}

impl Metric {
    /// The number as written, with a minus sign when it is a decline the words say
    /// (`下降22%` → `-22`), for tables and charts that show the value without its sentence.
    pub fn signed_text(&self) -> std::borrow::Cow<'_, str> {
        let written_negative = self.value_text.starts_with(['-', '－', '−', '负'])
            || self.value_text.starts_with("零下");
        if self.value < 0.0 && !written_negative {
            format!("-{}", self.value_text).into()
        } else {
            self.value_text.as_str().into()
        }
    }
}

/// Why a range of the source is not part of the report text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum RemovalReason {
    /// A page number line.
    PageNumber,
    /// A header or footer repeated across pages.
    RunningHeader,
    /// A form feed.
    FormFeed,
    /// A website's menu, controls, breadcrumbs or footer.
    SiteClutter,
    /// A scraper's metadata line (`标题：`).
    ScraperMetadata,
    /// A second copy of the report's text that a web page held (and what stood between the
    /// two copies).
    RepeatedCopy,
    /// A pinyin reading in brackets after a character (`報(bào)告`), which some sites that
    /// convert what they copy write after every character they converted.
    ReadingAnnotation,
}

/// A removed range of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Removal {
    /// The bytes removed.
    pub span: Span,
    /// Why.
    pub reason: RemovalReason,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Likely a problem in the text or in its reading.
    Warning,
}

/// A remark about the text, with where it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Diagnostic {
    /// How serious.
    pub severity: Severity,
    /// A stable code (`numbering-skip`).
    #[cfg_attr(feature = "serde", serde(deserialize_with = "crate::wire::static_str"))]
    pub code: StaticText,
    /// A sentence in English.
    pub message: String,
    /// Where, if anywhere in particular.
    pub span: Option<Span>,
}
