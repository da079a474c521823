//! Times the analysis of pathological inputs at a size and at twice that size; a ratio near 2
//! means linear time. `cargo run --release -p report-core --example pathological [MB]`
use std::time::Instant;

fn inputs(n: usize) -> Vec<(&'static str, String)> {
    vec![
        ("one long line", "全年地区生产总值增长5.2%，".repeat(n / 40)),
        ("numbers", "1，".repeat(n / 4)),
        ("numbers in sentences", "增长5%。".repeat(n / 10)),
        (
            "targets",
            "各位代表：\n二、2024年工作安排\n".to_owned() + &"地区生产总值增长5%，".repeat(n / 30),
        ),
        ("headings", "一、综合\n".repeat(n / 13)),
        ("nested brackets", "（".repeat(n / 6) + &"）".repeat(n / 6)),
        ("only digits", "7".repeat(n)),
        ("only punctuation", "，。、；：！？".repeat(n / 21)),
        ("only spaces", " ".repeat(n)),
        ("fenbie", "A、B分别增长1%和2%，".repeat(n / 30)),
        ("short lines", "政府\n".repeat(n / 7)),
        (
            "a long line repeated",
            "全年地区生产总值增长百分之五，一般公共预算收入增长百分之六。\n".repeat(n / 94),
        ),
        (
            "copies between menus",
            "全年地区生产总值增长百分之五，一般公共预算收入增长百分之六。\n首页\n菜单\n"
                .repeat(n / 108),
        ),
    ]
}

fn main() {
    let mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1.0);
    let n = (mb * 1_000_000.0) as usize;
    let small = inputs(n);
    let large = inputs(2 * n);
    for ((name, a), (_, b)) in small.iter().zip(&large) {
        let time = |text: &str| {
            let start = Instant::now();
            let analysis = report_core::analyze(text.as_bytes());
            (
                start.elapsed().as_secs_f64(),
                analysis.map(|a| a.metrics.len()).unwrap_or(0),
            )
        };
        let (t1, m1) = time(a);
        let (t2, m2) = time(b);
        println!("{name:22} {:>6.2} MB {:>8.3} s ({m1} metrics)   {:>6.2} MB {:>8.3} s ({m2})   ratio {:.2}", a.len() as f64 / 1e6, t1, b.len() as f64 / 1e6, t2, t2 / t1.max(1e-9));
    }
}
