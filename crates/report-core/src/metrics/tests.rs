use crate::model::{MetricKind, Modality};

/// Analyzes `text` and renders each metric as `indicator|value unit|kind|modality`.
fn check(text: &str, expected: &[&str]) {
    let analysis = crate::analyze_text(text);
    let got: Vec<String> = analysis
        .metrics
        .iter()
        .map(|m| {
            format!(
                "{}|{}{}|{:?}|{:?}",
                m.indicator,
                m.value_text,
                m.unit.as_deref().unwrap_or(""),
                m.kind,
                m.modality
            )
        })
        .collect();
    assert_eq!(got, expected, "{text}");
}

#[test]
fn indicator_from_the_words_before_and_carried_over() {
    check(
        "全年预计地区生产总值超过 990亿元，同比增长 3%，实现一般公共预算收入 67亿元。",
        &[
            "地区生产总值|990亿元|Level|Estimate",
            "地区生产总值|3%|Growth|Estimate",
            "一般公共预算收入|67亿元|Level|Estimate",
        ],
    );
}

#[test]
fn fenbie_distributes_over_a_list() {
    check(
        "“雏鹰”、“瞪羚”、领军企业分别达到400家、30家、20家。",
        &[
            "雏鹰企业|400家|Count|Actual",
            "瞪羚企业|30家|Count|Actual",
            "领军企业|20家|Count|Actual",
        ],
    );
    check(
        "国家级和市级“专精特新”企业分别达到12家和92家。",
        &[
            "国家级“专精特新”企业|12家|Count|Actual",
            "市级“专精特新”企业|92家|Count|Actual",
        ],
    );
    let analysis = crate::analyze_text(
        "218家工业战略性新兴产业企业和104家高技术制造业企业增加值增速分别达到8.9%和10.8%。",
    );
    let growth: Vec<&str> = analysis
        .metrics
        .iter()
        .filter(|m| m.kind == MetricKind::Growth)
        .map(|m| m.indicator.as_str())
        .collect();
    assert_eq!(
        growth,
        [
            "工业战略性新兴产业企业增加值增速",
            "高技术制造业企业增加值增速"
        ]
    );
}

#[test]
fn shares_points_and_ratios() {
    check(
        "第一产业增加值占国内生产总值比重为6.8%。三次产业比重达到1.3：47.4：51.3。高于全市平均水平12.6个百分点。",
        &[
            "第一产业增加值占国内生产总值比重|6.8%|Share|Actual",
            "三次产业比重|1.3:47.4:51.3|Ratio|Actual",
            "|12.6个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn targets_in_a_plan_section() {
    let analysis = crate::analyze_text(
        "各位代表：\n二、2023年工作安排\n主要预期目标是：地区生产总值增长5%左右。",
    );
    let m = &analysis.metrics[0];
    assert_eq!(
        (m.indicator.as_str(), m.modality, m.qualifier.as_deref()),
        ("地区生产总值", Modality::Target, Some("左右"))
    );
    assert_eq!(m.period.as_deref(), Some("2023"));
}

#[test]
fn every_span_points_at_its_number() {
    let source = "全年地区生产总值超过 990 亿元，\n同比增长 ３％。";
    let analysis = crate::analyze_text(source);
    let spans: Vec<&str> = analysis
        .metrics
        .iter()
        .map(|m| &source[m.span.range()])
        .collect();
    assert_eq!(spans, ["990 亿元", "３％"]);
}

#[test]
fn fenbie_lists_carry_over_to_later_clauses() {
    check(
        "预计218家工业战略性新兴产业企业和104家高技术制造业企业增加值增速分别达到8.9%和10.8%，占规模工业比重分别达到45.2%和33.4%，分别高于全市平均水平12.6个百分点和19.5个百分点。",
        &[
            "工业战略性新兴产业企业|218家|Count|Estimate",
            "高技术制造业企业|104家|Count|Estimate",
            "工业战略性新兴产业企业增加值增速|8.9%|Growth|Estimate",
            "高技术制造业企业增加值增速|10.8%|Growth|Estimate",
            "工业战略性新兴产业企业占规模工业比重|45.2%|Share|Estimate",
            "高技术制造业企业占规模工业比重|33.4%|Share|Estimate",
            "工业战略性新兴产业企业占规模工业比重|12.6个百分点|PointChange|Estimate",
            "高技术制造业企业占规模工业比重|19.5个百分点|PointChange|Estimate",
        ],
    );
}
