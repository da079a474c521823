//! Interface strings: Chinese first, English available.

use report_core::{DocumentKind, MetricKind, Modality};

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// 中文.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The storage code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// From a storage code.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The other language.
    pub fn toggled(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The interface strings.
    pub fn t(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// Every fixed string of the interface.
#[derive(Debug)]
pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub switch_lang: &'static str,
    pub input_label: &'static str,
    pub input_placeholder: &'static str,
    pub open_file: &'static str,
    pub load_sample: &'static str,
    pub clear: &'static str,
    pub privacy: &'static str,
    pub outline: &'static str,
    pub tab_reading: &'static str,
    pub tab_metrics: &'static str,
    pub tab_overview: &'static str,
    pub tab_text: &'static str,
    pub find_label: &'static str,
    pub find_placeholder: &'static str,
    pub no_hits: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub show_original: &'static str,
    pub show_repaired: &'static str,
    pub original_note: &'static str,
    pub truncated_note: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub collapse: &'static str,
    pub expand: &'static str,
    pub col_section: &'static str,
    pub col_indicator: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub col_qualifier: &'static str,
    pub col_comparison: &'static str,
    pub col_kind: &'static str,
    pub col_modality: &'static str,
    pub col_period: &'static str,
    pub col_quote: &'static str,
    pub filter_label: &'static str,
    pub filter_placeholder: &'static str,
    pub all: &'static str,
    pub n_metrics: &'static str,
    pub kind: &'static str,
    pub date: &'static str,
    pub meeting: &'static str,
    pub speaker: &'static str,
    pub issuer: &'static str,
    pub notice: &'static str,
    pub review_period: &'static str,
    pub plan_period: &'static str,
    pub stats: &'static str,
    pub paragraphs: &'static str,
    pub sections: &'static str,
    pub metrics: &'static str,
    pub removed: &'static str,
    pub diagnostics: &'static str,
    pub source: &'static str,
    pub unknown: &'static str,
    pub read_error: &'static str,
    pub kept_note: &'static str,
    pub crashed: &'static str,
    /// Shown while an analysis runs.
    pub analyzing: &'static str,
    /// Steps of an analysis: starting, reading, repairing, outline, metrics.
    pub stages: [&'static str; 5],
    /// Cancels the running analysis.
    pub cancel: &'static str,
    /// After a cancel.
    pub cancelled: &'static str,
    /// When the analysis itself failed.
    pub analysis_failed: &'static str,
    /// Before the first analysis arrives.
    pub loading: &'static str,
    /// Title of the clear button: what it forgets.
    pub clear_title: &'static str,
    /// Shown when more rows or paragraphs exist than are shown.
    pub show_more: &'static str,
    /// Pages of a long reading view: previous, next, and "part i of n".
    pub page_prev: &'static str,
    /// See `page_prev`.
    pub page_next: &'static str,
    /// Label of the page navigation.
    pub pages: &'static str,
    /// Said when the outline lists the top level only.
    pub outline_top_only: &'static str,
    /// Said when a long text is kept outside the input area; `{}` is millions of characters.
    pub outside_note: &'static str,
    pub reload: &'static str,
    pub no_metrics: &'static str,
    pub group_by: &'static str,
    pub targets_vs_results: &'static str,
    pub result: &'static str,
    pub target: &'static str,
    pub group_none: &'static str,
    pub group_section: &'static str,
    pub group_indicator: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub export_md: &'static str,
    pub copy_table: &'static str,
    pub copied: &'static str,
}

const ZH: Strings = Strings {
    app_name: "报告透视",
    tagline: "政府工作报告、统计公报的结构与数据，一目了然",
    switch_lang: "English",
    input_label: "报告文本（粘贴或拖入文件）",
    input_placeholder: "在此粘贴报告全文……",
    open_file: "打开文件…",
    load_sample: "载入示例",
    clear: "清空",
    privacy: "全部在本机浏览器中处理，文本不会上传。",
    outline: "目录",
    tab_reading: "阅读",
    tab_metrics: "指标",
    tab_overview: "概览",
    tab_text: "文本",
    find_label: "在报告中查找",
    find_placeholder: "输入词语，回车跳到下一处",
    no_hits: "未找到",
    previous: "上一个",
    next: "下一个",
    show_original: "显示原文与修复标记",
    show_repaired: "显示修复后的文本",
    original_note: "原文：删除线为已移除的版面杂项（页码、页眉、网站菜单等），↵ 为已合并的换行。",
    truncated_note: "原文较长，仅显示开头部分。",
    expand_all: "全部展开",
    collapse_all: "全部折叠",
    collapse: "折叠",
    expand: "展开",
    col_section: "章节",
    col_indicator: "指标",
    col_value: "数值",
    col_unit: "单位",
    col_qualifier: "限定",
    col_comparison: "比较",
    col_kind: "类型",
    col_modality: "性质",
    col_period: "时期",
    col_quote: "原句",
    filter_label: "筛选",
    filter_placeholder: "按指标或原句筛选",
    all: "全部",
    n_metrics: "条指标",
    kind: "类型",
    date: "日期",
    meeting: "会议",
    speaker: "报告人",
    issuer: "发布机构",
    notice: "印发通知",
    review_period: "回顾期",
    plan_period: "计划期",
    stats: "统计",
    paragraphs: "段落",
    sections: "章节",
    metrics: "指标",
    removed: "已移除的版面杂项",
    diagnostics: "提示",
    source: "来源",
    unknown: "未知",
    read_error: "无法读取该文件",
    kept_note: "当前打开的文档保持不变。",
    crashed: "出现内部错误。您的文本已保存在本浏览器中，重新加载即可继续。",
    analyzing: "正在分析",
    stages: ["启动", "读取文件", "修复文本", "识别结构", "提取指标"],
    cancel: "取消",
    cancelled: "分析已取消。",
    analysis_failed: "分析失败",
    loading: "正在载入…",
    clear_title: "清空文本，并删除本浏览器中保存的草稿与视图",
    show_more: "显示更多",
    page_prev: "上一页",
    page_next: "下一页",
    pages: "分页",
    outline_top_only: "章节很多，仅列出第一级及正在阅读的位置。",
    outside_note:
        "这份文本很长（约 {} 百万字），为保持流畅未放入输入框；全文见“文本”页，草稿已保存。",
    reload: "重新加载",
    no_metrics: "没有符合条件的指标。",
    group_by: "分组",
    targets_vs_results: "目标与实绩",
    result: "实绩（上期）",
    target: "目标",
    group_none: "不分组",
    group_section: "按部分",
    group_indicator: "按指标",
    export_csv: "导出 CSV",
    export_json: "导出 JSON",
    export_md: "导出 Markdown",
    copy_table: "复制表格",
    copied: "已复制到剪贴板",
};

const EN: Strings = Strings {
    app_name: "Report Lens",
    tagline: "The structure and numbers of Chinese official reports at a glance",
    switch_lang: "中文",
    input_label: "Report text (paste, or drop a file)",
    input_placeholder: "Paste the full text of a report here…",
    open_file: "Open file…",
    load_sample: "Load sample",
    clear: "Clear",
    privacy: "Everything runs in this browser; your text is never uploaded.",
    outline: "Outline",
    tab_reading: "Read",
    tab_metrics: "Metrics",
    tab_overview: "Overview",
    tab_text: "Text",
    find_label: "Find in report",
    find_placeholder: "Type a term; Enter for the next hit",
    no_hits: "No match",
    previous: "Previous",
    next: "Next",
    show_original: "Show the original with repairs marked",
    show_repaired: "Show the repaired text",
    original_note: "Original: struck-through parts were removed (page numbers, headers, site menus…); ↵ marks a joined line break.",
    truncated_note: "The original is long; only its beginning is shown.",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    collapse: "Collapse",
    expand: "Expand",
    col_section: "Section",
    col_indicator: "Indicator",
    col_value: "Value",
    col_unit: "Unit",
    col_qualifier: "Qualifier",
    col_comparison: "Compared with",
    col_kind: "Kind",
    col_modality: "Modality",
    col_period: "Period",
    col_quote: "Sentence",
    filter_label: "Filter",
    filter_placeholder: "Filter by indicator or sentence",
    all: "All",
    n_metrics: "metrics",
    kind: "Kind",
    date: "Date",
    meeting: "Meeting",
    speaker: "Speaker",
    issuer: "Issuer",
    notice: "Issuing notice",
    review_period: "Period reviewed",
    plan_period: "Period planned",
    stats: "Statistics",
    paragraphs: "Paragraphs",
    sections: "Sections",
    metrics: "Metrics",
    removed: "Page furniture removed",
    diagnostics: "Notes",
    source: "Source",
    unknown: "unknown",
    read_error: "This file cannot be read",
    kept_note: "The document already open stays open.",
    crashed: "An internal error occurred. Your text is saved in this browser; reload to continue.",
    analyzing: "Analyzing",
    stages: ["starting", "reading the file", "repairing the text", "finding the outline", "finding the metrics"],
    cancel: "Cancel",
    cancelled: "The analysis was cancelled.",
    analysis_failed: "The analysis failed",
    loading: "Loading…",
    clear_title: "Clear the text and delete the draft and view saved in this browser",
    show_more: "Show more",
    page_prev: "Previous",
    page_next: "Next",
    pages: "Pages",
    outline_top_only: "Many sections: the top level and where you are reading are listed.",
    outside_note: "This text is long (about {} million characters), so it is not shown in the input area, which keeps the page fast; the Text tab shows all of it, and the draft is saved.",
    reload: "Reload",
    no_metrics: "No metric matches.",
    group_by: "Group",
    targets_vs_results: "Targets and results",
    result: "Result (last period)",
    target: "Target",
    group_none: "None",
    group_section: "By part",
    group_indicator: "By indicator",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    export_md: "Export Markdown",
    copy_table: "Copy table",
    copied: "Copied to the clipboard",
};

/// Name of a metric kind.
pub fn metric_kind(lang: Lang, kind: MetricKind) -> &'static str {
    let (zh, en) = match kind {
        MetricKind::Level => ("总量/水平", "level"),
        MetricKind::Growth => ("增速", "growth"),
        MetricKind::Share => ("比重", "share"),
        MetricKind::PointChange => ("百分点变化", "point change"),
        MetricKind::Change => ("增减量", "change"),
        MetricKind::Count => ("数量", "count"),
        MetricKind::Ratio => ("比例", "ratio"),
        MetricKind::Rank => ("位次", "rank"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// Name of a modality.
pub fn modality(lang: Lang, modality: Modality) -> &'static str {
    let (zh, en) = match modality {
        Modality::Actual => ("实绩", "actual"),
        Modality::Estimate => ("预计", "estimate"),
        Modality::Target => ("目标", "target"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// Name of a document kind.
pub fn document_kind(lang: Lang, kind: DocumentKind) -> &'static str {
    let (zh, en) = match kind {
        DocumentKind::GovernmentWorkReport => ("政府工作报告", "government work report"),
        DocumentKind::StatisticalCommunique => ("统计公报", "statistical communiqué"),
        DocumentKind::BudgetReport => ("预算报告", "budget report"),
        DocumentKind::PlanReport => ("计划报告", "plan report"),
        DocumentKind::Other => ("其他", "other"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// Name of the reason a part of the source was removed.
pub fn removal_reason(lang: Lang, reason: report_core::RemovalReason) -> &'static str {
    use report_core::RemovalReason::*;
    let (zh, en) = match reason {
        PageNumber => ("页码", "page number"),
        RunningHeader => ("页眉页脚", "running header"),
        FormFeed => ("分页符", "form feed"),
        SiteClutter => ("网站杂项", "website clutter"),
        ScraperMetadata => ("抓取元数据", "scraper metadata"),
        RepeatedCopy => ("重复的全文", "a second copy of the text"),
        ReadingAnnotation => ("注音", "pinyin reading"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// Renders a decode error for the user.
pub fn decode_error(lang: Lang, error: &report_core::DecodeError) -> String {
    use report_core::DecodeError;
    match (lang, error) {
        (Lang::En, e) => format!("{}: {e}.", EN.read_error),
        (Lang::Zh, DecodeError::Empty) => "文件是空的，没有可分析的文本。".to_owned(),
        (Lang::Zh, DecodeError::TooLarge { size }) => format!(
            "文件有 {:.1} MB，超过 {} MB 的上限。请只粘贴报告正文。",
            *size as f64 / 1e6,
            report_core::decode::MAX_INPUT_BYTES / 1_000_000
        ),
        (Lang::Zh, DecodeError::Binary { what, .. }) => {
            let zh_what = match *what {
                "a PDF document" => "PDF 文档。请在 PDF 阅读器中复制全文后粘贴，或先另存为文本。",
                w if w.contains("image") => "图片，不含可分析的文字。请粘贴报告文本。",
                w if w.contains("Word") || w.contains("ZIP") => {
                    "压缩包或 Word 文档。请打开后复制文本粘贴，或另存为 .txt。"
                }
                _ => "二进制文件，不是文本。请另存为纯文本（.txt）后再打开。",
            };
            format!("这是{zh_what}")
        }
        (Lang::Zh, DecodeError::NotText) => {
            "这不是 UTF-8、UTF-16 或 GBK 编码的文本。请另存为纯文本（.txt）后再打开。".to_owned()
        }
    }
}
