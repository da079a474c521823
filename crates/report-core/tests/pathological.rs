//! Pathological inputs finish and stay well-formed. Their cost is measured, not asserted here:
//! `cargo run --release -p report-core --example pathological 2` doubles each size and prints
//! the time ratio (about 2 means linear).

#[test]
fn pathological_inputs_are_analyzed() {
    let n = 100_000;
    let inputs = [
        "全年地区生产总值增长5.2%，".repeat(n / 40),
        "1，".repeat(n / 4),
        "增长5%。".repeat(n / 10),
        "一、综合\n".repeat(n / 13),
        "（".repeat(n / 6) + &"）".repeat(n / 6),
        "7".repeat(n),
        "，。、；：！？".repeat(n / 21),
        " ".repeat(n),
        "A、B分别增长1%和2%，".repeat(n / 30),
        "政府\n".repeat(n / 7),
        "“".repeat(n / 3) + "5%",
        "\u{202E}<script>".repeat(n / 10),
    ];
    for text in inputs {
        let a = report_core::analyze_text(&text);
        for m in &a.metrics {
            assert!(text.get(m.span.range()).is_some());
        }
        for s in &a.sections {
            assert!(text.get(s.span.range()).is_some());
        }
    }
}
