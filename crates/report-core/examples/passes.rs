//! Time per pass (temporary).
use report_core::*;
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "static/sample/xiqing-district-2023.txt".to_owned());
    let bytes = std::fs::read(&path).unwrap();
    let n = 300;
    let t = std::time::Instant::now();
    for _ in 0..n {
        let d = decode::decode(&bytes).unwrap();
        std::hint::black_box(d);
    }
    let dec = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    let text = decode::decode(&bytes).unwrap().text;
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(normalize::normalize(&text));
    }
    let norm = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    let t = std::time::Instant::now();
    for _ in 0..n {
        let r = normalize::normalize(&text);
        std::hint::black_box(outline::outline_recorded(r.blocks, Default::default()));
    }
    let out = t.elapsed().as_secs_f64() * 1000.0 / n as f64 - norm;
    let r = normalize::normalize(&text);
    let o = outline::outline_recorded(r.blocks, Default::default());
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(metrics::metrics_with_progress(
            &o.paragraphs,
            &o.maps,
            &o.sections,
            &o.document,
            &mut |_| {},
        ));
    }
    let met = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(analyze(&bytes).unwrap());
    }
    let all = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    println!(
        "decode {dec:.3} normalize {norm:.3} outline {out:.3} metrics {met:.3} all {all:.3} ms"
    );
}
