//! The key metrics of corpus reports, written by reading their texts
//! (`tests/expected/*.tsv`), must be found with the right indicator, number, unit and
//! modality. Unlike the golden dumps, these lists were not produced by the analyzer.

mod common;

use report_core::{Analysis, Modality};

fn modality(code: &str) -> Modality {
    match code {
        "actual" => Modality::Actual,
        "estimate" => Modality::Estimate,
        "target" => Modality::Target,
        other => panic!("unknown modality {other:?}"),
    }
}

/// `(indicator, number and unit as written, modality)` of each metric.
fn rows(analysis: &Analysis) -> Vec<(String, String, Modality)> {
    analysis
        .metrics
        .iter()
        .map(|m| {
            // (A per cent in words says its unit: `百分之十一点八`.)
            let unit = if m.value_text.starts_with("百分之") || m.value_text.starts_with("千分之")
            {
                ""
            } else {
                m.unit.as_deref().unwrap_or("")
            };
            let written = format!("{}{unit}", m.value_text);
            (m.indicator.clone(), written, m.modality)
        })
        .collect()
}

#[test]
fn key_metrics_written_by_reading_are_found() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected");
    let mut missing = Vec::new();
    let mut total = 0;
    for (name, bytes) in common::corpus() {
        let Ok(expected) = std::fs::read_to_string(dir.join(format!("{name}.tsv"))) else {
            continue;
        };
        let found = rows(&report_core::analyze(&bytes).expect("a corpus report is text"));
        for line in expected
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cells: Vec<&str> = line.split('\t').collect();
            let [indicator, written, code] = cells[..] else {
                panic!("{name}: a row needs three cells: {line:?}");
            };
            total += 1;
            let row = (indicator.to_owned(), written.to_owned(), modality(code));
            if !found.contains(&row) {
                missing.push(format!("{name}: {line}"));
            }
        }
    }
    assert!(total >= 50, "the expected lists hold {total} rows");
    assert!(
        missing.is_empty(),
        "{} of {total} key metrics not found:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
