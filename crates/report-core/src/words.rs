//! Word searches in the short texts of a report (clauses, sentences, lines).
//!
//! `str::find` sets up a two-way searcher for every call, which costs more than the search
//! itself when a clause of twenty characters is searched for each word of a list. These look
//! for the word's last character (memchr on its last byte, the distinctive one of a Chinese
//! character) and compare the rest before it.

use crate::fast_map::FastMap;

/// Whether `text` opens with a word of estimate (`初步核算，`, `据初步测算，`, `经初步核算，`).
pub(crate) fn opens_with_estimate(text: &str) -> bool {
    let text = text.trim_start();
    let text = text.strip_prefix(['据', '经']).unwrap_or(text);
    ["初步核算", "初步统计", "初步测算", "初步预计"]
        .iter()
        .any(|w| text.starts_with(w))
}

/// `sentence` after its first clauses that say where its figures come from (`根据地区生产总值
/// 统一核算结果，前三季度，…`), how they were reckoned (`经初步核算，2023年，…`, `以美元计价，…`),
/// from what they are seen (`从各省份粮食产量数据看，2024年…`) or, in a news page, who says
/// them (`报告指出，2025年，…`, `国家统计局发布数据显示，…`, `楼继伟称，1—7月，…`), one after
/// another too (`记者从省统计局获悉，根据…核算结果，前三季度…`).
pub(crate) fn after_source(sentence: &str) -> &str {
    // (`楼继伟称，1—7月，…`, `他在报告中说，…`: said briefly.)
    const SAYS: &[&str] = &[
        "指出", "提出", "显示", "表示", "强调", "介绍", "透露", "获悉", "称", "说",
    ];
    const MAX_SAYS_CHARS: usize = 24;
    const MAX_RECKONING_CHARS: usize = 10;
    const MAX_SOURCES: usize = 3;
    let mut rest = sentence;
    for _ in 0..MAX_SOURCES {
        match rest.split_once(['，', ',']) {
            Some((source, after))
                if source.starts_with("根据")
                    || source.starts_with("据")
                    || opens_with_estimate(source)
                    || source.starts_with('从') && source.ends_with('看')
                    // (`以美元计价，2021年前11个月，…`, `按可比价格计算，…`: how it is reckoned.)
                    || source.starts_with(['以', '按'])
                        && source.chars().count() <= MAX_RECKONING_CHARS
                        && ["计价", "计算", "计"].iter().any(|w| source.ends_with(w))
                    || source.chars().count() <= MAX_SAYS_CHARS
                        && SAYS.iter().any(|w| source.ends_with(w)) =>
            {
                rest = after;
            }
            _ => break,
        }
    }
    rest
}

/// Words for the year just past (`过去一年，…`), which a review's paragraph opens with.
pub(crate) const THE_YEAR_PAST: &[&str] = &["过去一年", "过去的一年"];

/// Words of when in the year a clause opens with before what was done or planned
/// (`全年计划实施…`, `当年完成年度计划的…`).
pub(crate) const YEAR_OPENERS: &[&str] = &["全年", "今年", "当年", "年初"];

/// Headers of a table's label column (`指标`, `产品名称`).
pub(crate) const TABLE_LABEL_HEADERS: &[&str] = &[
    "指标名称",
    "产品名称",
    "项目名称",
    "指标",
    "项目",
    "名称",
    "产品",
    "类别",
    "地区",
    "行业",
    "分组",
    "品种",
    "科目",
    "分类",
];

/// What follows a table's label-column header that opens `text` and a space after it
/// (`指标名称 单位 2024年 2025年目标`: ` 单位 2024年 2025年目标`), if it opens so.
pub(crate) fn after_label_header(text: &str) -> Option<&str> {
    // (Told at once of most lines, which open with no label column's header.)
    let first = text.chars().next()?;
    if !TABLE_LABEL_HEADERS.iter().any(|h| h.starts_with(first)) {
        return None;
    }
    TABLE_LABEL_HEADERS.iter().find_map(|h| {
        text.strip_prefix(h)
            .filter(|rest| rest.starts_with(crate::normalize::is_space))
    })
}

/// The attributes a plan's table gives each indicator in its last column (`预期性`, `约束性`).
pub(crate) const PLAN_ATTRIBUTES: &[&str] = &["预期性", "约束性"];

/// Whether `line` is a row of a plan's table of indicators or its header: it ends with the
/// attribute column (`…6左右 预期性`, `…2025年 年均增长 属性`), however its cells are parted,
/// and has a figure or a placeholder; not a sentence's words (`有些是预期性`, with its
/// punctuation and no figure).
pub(crate) fn is_plan_table_line(line: &str) -> bool {
    let line = line.trim_end();
    (PLAN_ATTRIBUTES.iter().any(|w| line.ends_with(w)) || line.ends_with("属性"))
        && line.contains(|c: char| c.is_ascii_digit() || c == '—')
        && !line.contains(['，', '。', '；', '、', '：', ',', ';'])
}

/// The words a report's title ends with that no line of its body ends with (`…统计公报`,
/// `…政府工作报告`, `…预算草案`, `…规划纲要`): the repair of wrapped lines trusts them alone.
pub(crate) const TITLE_ENDS: &[&str] = &["公报", "报告", "草案", "纲要"];

/// The words that end a title too, but may end a wrapped line of the body (`…的通知`,
/// `…作出说明`): only the front matter, read as a whole block, trusts them. (And an analysis of
/// the economy's course, `2025年前三季度全市经济运行情况`; not any `…情况`, which a heading of the
/// body may end with: `过去五年回顾和2002年工作情况`.)
pub(crate) const TITLE_ENDS_IN_FRONT: &[&str] = &[
    "通知",
    "决议",
    "说明",
    "运行情况",
    "情况分析",
    "运行分析",
    "社会发展计划",
];

/// `text.find(word)`.
pub(crate) fn find_word(text: &str, word: &str) -> Option<usize> {
    let Some(last) = word.chars().next_back() else {
        return Some(0);
    };
    let head = &word[..word.len() - last.len_utf8()];
    // A search for one character runs memchr on its last byte.
    text.match_indices(last)
        .find(|&(at, _)| text[..at].ends_with(head))
        .map(|(at, _)| at - head.len())
}

/// `text.rfind(word)`.
pub(crate) fn rfind_word(text: &str, word: &str) -> Option<usize> {
    let Some(last) = word.chars().next_back() else {
        return Some(text.len());
    };
    let head = &word[..word.len() - last.len_utf8()];
    text.rmatch_indices(last)
        .find(|&(at, _)| text[..at].ends_with(head))
        .map(|(at, _)| at - head.len())
}

/// `text.contains(word)`.
#[inline]
pub(crate) fn contains_word(text: &str, word: &str) -> bool {
    find_word(text, word).is_some()
}

/// `text.starts_with(word)`, telling most mismatches by the third byte (the first byte of
/// most Chinese characters is the same).
#[inline]
pub(crate) fn starts_with_word(text: &str, word: &str) -> bool {
    let third = |s: &str| s.as_bytes().get(2).copied();
    (word.len() < 3 || third(text) == third(word)) && text.starts_with(word)
}

/// The words of a list grouped by their last (or first) character, so that a text is tested
/// against the few words that can end (or start) it rather than the whole list. Within a
/// group the words keep their order in the list.
#[derive(Debug)]
pub(crate) struct WordIndex {
    groups: FastMap<char, Vec<&'static str>>,
    by_last: bool,
}

impl WordIndex {
    /// An index for [`WordIndex::ending`].
    pub(crate) fn by_last(words: &[&'static str]) -> WordIndex {
        WordIndex::new(words, true)
    }

    /// An index for [`WordIndex::starting`].
    pub(crate) fn by_first(words: &[&'static str]) -> WordIndex {
        WordIndex::new(words, false)
    }

    fn new(words: &[&'static str], by_last: bool) -> WordIndex {
        let mut groups: FastMap<char, Vec<&'static str>> = FastMap::default();
        for &w in words {
            let key = if by_last {
                w.chars().next_back()
            } else {
                w.chars().next()
            };
            if let Some(key) = key {
                groups.entry(key).or_default().push(w);
            }
        }
        WordIndex { groups, by_last }
    }

    /// The words of the list that `text` ends with, in list order.
    pub(crate) fn ending<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        debug_assert!(self.by_last);
        self.group(text.chars().next_back())
            .filter(move |w| text.ends_with(*w))
    }

    /// The words of the list that `text` starts with, in list order.
    pub(crate) fn starting<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        debug_assert!(!self.by_last);
        self.group(text.chars().next())
            .filter(move |w| text.starts_with(*w))
    }

    fn group(&self, key: Option<char>) -> impl Iterator<Item = &'static str> + '_ {
        key.and_then(|k| self.groups.get(&k))
            .into_iter()
            .flatten()
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_as_str_does() {
        let texts = [
            "",
            "增长",
            "地区生产总值增长5.2%，增速高于全市",
            "ab",
            "增长增长",
        ];
        let words = ["", "增长", "增速", "高于", "b", "长增", "全市", "总值增长5"];
        for text in texts {
            for word in words {
                assert_eq!(find_word(text, word), text.find(word), "{text} {word}");
                assert_eq!(rfind_word(text, word), text.rfind(word), "{text} {word}");
                assert_eq!(
                    starts_with_word(text, word),
                    text.starts_with(word),
                    "{text} {word}"
                );
            }
        }
    }

    #[test]
    fn an_index_finds_what_the_list_does() {
        const WORDS: &[&str] = &["增长", "长", "实现增长", "达到", "全市", "全", "实现"];
        let (ends, starts) = (WordIndex::by_last(WORDS), WordIndex::by_first(WORDS));
        for text in [
            "",
            "地区生产总值增长",
            "实现增长",
            "全市地区生产总值",
            "达到",
            "长",
        ] {
            let by_list: Vec<_> = WORDS
                .iter()
                .copied()
                .filter(|w| text.ends_with(w))
                .collect();
            assert_eq!(ends.ending(text).collect::<Vec<_>>(), by_list, "{text}");
            let by_list: Vec<_> = WORDS
                .iter()
                .copied()
                .filter(|w| text.starts_with(w))
                .collect();
            assert_eq!(starts.starting(text).collect::<Vec<_>>(), by_list, "{text}");
        }
    }
}
