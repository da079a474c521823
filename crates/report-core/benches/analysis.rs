//! Throughput of decode + repair and of the whole analysis, per corpus report and on
//! concatenations of 1, 5, 10 and 20 MB, to show that cost grows linearly.
//!
//! `cargo bench -p report-core --bench analysis`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
#[path = "../tests/common/mod.rs"]
mod common;

use common::corpus;

/// The corpus reports concatenated (as UTF-8 text) until `size` bytes.
fn concatenation(corpus: &[(String, Vec<u8>)], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + 60_000);
    while out.len() < size {
        for (_, bytes) in corpus {
            let text = report_core::decode::decode(bytes).expect("decodes").text;
            out.extend_from_slice(text.as_bytes());
            out.push(b'\n');
            if out.len() >= size {
                break;
            }
        }
    }
    out
}

fn per_report(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("per-report");
    for (name, bytes) in &corpus {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("decode+repair", name),
            bytes,
            |b, bytes| {
                b.iter(|| {
                    let decoded = report_core::decode::decode(bytes).expect("decodes");
                    report_core::normalize::normalize(&decoded.text)
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("analyze", name), bytes, |b, bytes| {
            b.iter(|| report_core::analyze(bytes).expect("decodes"))
        });
    }
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let corpus = corpus();
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for mb in [1usize, 5, 10, 20] {
        let bytes = concatenation(&corpus, mb * 1_000_000);
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("decode+repair", format!("{mb}MB")),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    let decoded = report_core::decode::decode(bytes).expect("decodes");
                    report_core::normalize::normalize(&decoded.text)
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("analyze", format!("{mb}MB")),
            &bytes,
            |b, bytes| b.iter(|| report_core::analyze(bytes).expect("decodes")),
        );
    }
    group.finish();
}

criterion_group!(benches, per_report, scaling);
criterion_main!(benches);
