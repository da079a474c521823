//! Runs the whole analysis on a file many times, for a profiler.
//! `cargo run --release -p report-core --example profile -- FILE [N]`
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "static/sample/xiqing-district-2023.txt".to_owned());
    let n: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(2);
    };
    let start = std::time::Instant::now();
    let mut n_metrics = 0;
    for _ in 0..n {
        if let Ok(analysis) = report_core::analyze(&bytes) {
            n_metrics += analysis.metrics.len();
        }
    }
    let per = start.elapsed().as_secs_f64() * 1000.0 / n as f64;
    println!(
        "{per:.3} ms per analysis ({} metrics)",
        n_metrics / n.max(1)
    );
}
