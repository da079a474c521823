//! Time of each pass of the analysis on one file: the least of 15 batches, so that a busy
//! machine disturbs it less than a mean would.
//! `cargo run --release -p report-core --example passes -- [FILE]`
use report_core::{decode, metrics, normalize, outline};
use std::time::Instant;

/// The least time per run, in ms, of 15 batches of `n` runs of `f`.
fn least(n: usize, mut f: impl FnMut()) -> f64 {
    (0..15)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed().as_secs_f64() * 1000.0 / n as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "static/sample/xiqing-district-2023.txt".to_owned());
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("cannot read {path}");
        std::process::exit(2);
    };
    let Ok(decoded) = decode::decode(&bytes) else {
        eprintln!("{path} is not text");
        std::process::exit(2);
    };
    let text = decoded.text;
    let n = (2_000_000 / text.len().max(1)).clamp(1, 200);
    let decode = least(n, || {
        std::hint::black_box(decode::decode(&bytes).ok());
    });
    let repair = least(n, || {
        std::hint::black_box(normalize::normalize(&text));
    });
    let repaired = normalize::normalize(&text);
    let outline = least(n, || {
        std::hint::black_box(outline::outline_recorded(
            repaired.blocks.clone(),
            Default::default(),
        ));
    });
    let o = outline::outline_recorded(repaired.blocks.clone(), Default::default());
    let metrics = least(n, || {
        std::hint::black_box(metrics::metrics_with_progress(
            &text,
            &mut o.paragraphs.clone(),
            &o.maps,
            &o.sections,
            &o.document,
            &mut |_| {},
        ));
    });
    let all = least(n, || {
        std::hint::black_box(report_core::analyze(&bytes).ok());
    });
    println!(
        "{path} ({} bytes): decode {decode:.3} ms, repair {repair:.3} ms, outline {outline:.3} ms \
         (with a copy of the blocks), metrics {metrics:.3} ms; whole analysis {all:.3} ms ({:.1} MiB/s)",
        bytes.len(),
        bytes.len() as f64 / all / 1000.0 / 1.048576
    );
}
