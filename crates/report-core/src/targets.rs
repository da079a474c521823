//! Targets set against results: each target of the plan with the result it follows, when
//! the report states one (`地区生产总值增长5%左右` against `地区生产总值增长3%`).

use crate::model::{Analysis, Metric, MetricId, MetricKind, Modality};

/// At most this many targets are paired: a report states a few dozen; a pathological text
/// with thousands would make the pairing quadratic.
const MAX_TARGETS: usize = 200;
/// A result is looked for among at most this many metrics before its target.
const MAX_LOOKBACK: usize = 5_000;

/// A target and the result it follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TargetPair {
    /// The target.
    pub target: MetricId,
    /// The result or estimate of the same indicator and kind, if the report gives one.
    pub result: Option<MetricId>,
}

/// Whether two indicators name the same thing (`地区生产总值` and `全区地区生产总值`).
fn same_indicator(a: &str, b: &str) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && (a == b
            || (a.chars().count() >= 3 && b.contains(a))
            || (b.chars().count() >= 3 && a.contains(b)))
}

fn comparable(target: &Metric, result: &Metric) -> bool {
    target.kind == result.kind
        && target.base_unit == result.base_unit
        && same_indicator(&target.indicator, &result.indicator)
}

impl Analysis {
    /// The targets of the report (growth rates and levels with an indicator), each with the
    /// result it follows; in document order, one pair per target indicator and kind.
    pub fn target_pairs(&self) -> Vec<TargetPair> {
        let mut pairs: Vec<TargetPair> = Vec::new();
        for target in self.metrics.iter().filter(|m| {
            m.modality == Modality::Target
                && matches!(
                    m.kind,
                    MetricKind::Growth | MetricKind::Level | MetricKind::Share
                )
                && !m.indicator.is_empty()
        }) {
            if pairs.len() >= MAX_TARGETS {
                break;
            }
            let seen = pairs.iter().any(|p| {
                let other = &self.metrics[p.target.0 as usize];
                other.kind == target.kind
                    && other.indicator == target.indicator
                    && other.period == target.period
            });
            if seen {
                continue;
            }
            let at = target.id.0 as usize;
            let is_result = |m: &&Metric| m.modality != Modality::Target && comparable(target, m);
            // A target of the year under review is told with its result after it, in the same
            // paragraph (`年度预期目标为增长6%左右，实际增长5.6%`).
            let reviewed = target.period.is_some()
                && target.period == self.document.review_period
                && target.period != self.document.plan_period;
            let after = reviewed
                .then(|| {
                    self.metrics[at + 1..]
                        .iter()
                        .take_while(|m| m.paragraph == target.paragraph)
                        .find(is_result)
                })
                .flatten();
            // Otherwise the result stated before the target, the nearest first.
            let result = after
                .or_else(|| {
                    self.metrics[..at]
                        .iter()
                        .rev()
                        .take(MAX_LOOKBACK)
                        .find(is_result)
                })
                .map(|m| m.id);
            pairs.push(TargetPair {
                target: target.id,
                result,
            });
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    /// Each target of `text` (indicator, value and unit, period) with its result's value.
    fn pairs(text: &str) -> Vec<(String, Option<String>)> {
        let a = crate::analyze_text(text);
        a.target_pairs()
            .iter()
            .map(|p| {
                let t = &a.metrics[p.target.0 as usize];
                let unit = t.unit.as_deref().unwrap_or("");
                let period = t.period.as_deref().unwrap_or("-");
                (
                    format!("{} {}{unit} {period}", t.indicator, t.value_text),
                    p.result.map(|r| a.metrics[r.0 as usize].value_text.clone()),
                )
            })
            .collect()
    }

    fn pair(target: &str, result: Option<&str>) -> (String, Option<String>) {
        (target.to_owned(), result.map(str::to_owned))
    }

    #[test]
    fn pairs_targets_with_the_results_they_follow() {
        assert_eq!(
            pairs("各位代表：\n一、2022年工作回顾\n全年地区生产总值增长3%，一般公共预算收入67亿元。\n二、2023年工作安排\n主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4.5%，城镇新增就业1.2万人。"),
            [
                pair("地区生产总值 5% 2023", Some("3")),
                pair("一般公共预算收入 4.5% 2023", None),
            ]
        );
    }

    #[test]
    fn a_target_for_the_rise_of_prices_is_paired_with_the_rise() {
        assert_eq!(
            pairs("各位代表：\n一、2024年工作回顾\n居民消费价格上涨0.2%。\n二、2025年工作安排\n主要预期目标是：居民消费价格涨幅2%左右。"),
            [pair("居民消费价格涨幅 2% 2025", Some("0.2"))]
        );
    }

    #[test]
    fn a_target_of_the_year_under_review_is_paired_with_the_result_after_it() {
        assert_eq!(
            pairs("各位代表：\n一、2024年计划执行情况\n地区生产总值年度预期目标为增长6%左右，实际增长5.6%。\n二、2025年计划草案\n主要预期目标是：地区生产总值增长5.5%左右。"),
            [
                pair("地区生产总值 6% 2024", Some("5.6")),
                pair("地区生产总值 5.5% 2025", Some("5.6")),
            ]
        );
    }
}
