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
                other.kind == target.kind && other.indicator == target.indicator
            });
            if seen {
                continue;
            }
            // The result stated before the target, the nearest first.
            let result = self.metrics[..target.id.0 as usize]
                .iter()
                .rev()
                .take(MAX_LOOKBACK)
                .find(|m| m.modality != Modality::Target && comparable(target, m))
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
    #[test]
    fn pairs_targets_with_the_results_they_follow() {
        let a = crate::analyze_text(
            "各位代表：\n一、2022年工作回顾\n全年地区生产总值增长3%，一般公共预算收入67亿元。\n二、2023年工作安排\n主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长4.5%，城镇新增就业1.2万人。",
        );
        let pairs: Vec<(String, Option<String>)> = a
            .target_pairs()
            .iter()
            .map(|p| {
                let t = &a.metrics[p.target.0 as usize];
                (
                    format!(
                        "{} {}{}",
                        t.indicator,
                        t.value_text,
                        t.unit.as_deref().unwrap_or("")
                    ),
                    p.result.map(|r| a.metrics[r.0 as usize].value_text.clone()),
                )
            })
            .collect();
        assert_eq!(
            pairs,
            [
                ("地区生产总值 5%".to_owned(), Some("3".to_owned())),
                ("一般公共预算收入 4.5%".to_owned(), None),
            ]
        );
    }
}
