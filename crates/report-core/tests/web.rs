//! Browser tests of the core built for wasm32, in headless Chromium: the same analysis the
//! app's worker runs, on committed inputs. Run by `./x test`:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test -p report-core --features serde
//! --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use report_core::{Modality, Progress};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../../../static/sample/xiqing-district-2023.txt");
const GBK_FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/small-report.gbk.txt");
const UTF8_FIXTURE: &str = include_str!("../../../tests/fixtures/small-report.txt");
const DOCX_FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/small-report.docx");

#[wasm_bindgen_test]
fn the_sample_analyzes_in_the_browser_as_natively() {
    let mut steps = Vec::new();
    let analysis =
        report_core::analyze_text_with_progress(SAMPLE.to_owned(), &mut |p| steps.push(p));
    assert_eq!(steps.first(), Some(&Progress::Repair));
    assert!(steps.contains(&Progress::Outline));
    assert!(
        analysis.sections.len() >= 15,
        "{} sections",
        analysis.sections.len()
    );
    let gdp = analysis
        .metrics
        .iter()
        .find(|m| m.indicator == "地区生产总值" && m.unit.as_deref() == Some("亿元"))
        .expect("the GDP level is a metric");
    assert_eq!(gdp.value, 990.0);
    assert_eq!(gdp.base_value, Some(9.9e10));
    assert!(analysis
        .metrics
        .iter()
        .any(|m| m.modality == Modality::Target));
    for m in &analysis.metrics {
        assert!(analysis.slice(m.quote).contains(analysis.slice(m.span)));
    }
}

#[wasm_bindgen_test]
fn gbk_and_docx_decode_to_the_same_report_as_utf8() {
    let utf8 = report_core::analyze(UTF8_FIXTURE.as_bytes()).expect("text");
    let gbk = report_core::analyze(GBK_FIXTURE).expect("GBK text");
    let docx = report_core::analyze(DOCX_FIXTURE).expect("a docx");
    assert_eq!(gbk.encoding, "gb18030");
    let titles = |a: &report_core::Analysis| {
        a.sections
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&gbk), titles(&utf8));
    assert_eq!(titles(&docx), titles(&utf8));
    assert_eq!(gbk.metrics.len(), utf8.metrics.len());
}

#[wasm_bindgen_test]
fn an_analysis_crosses_a_serde_boundary_intact() {
    let analysis = report_core::analyze_text(SAMPLE);
    let json = serde_json::to_string(&analysis).expect("serializes");
    let back: report_core::Analysis = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, analysis);
}

#[wasm_bindgen_test]
fn a_pdf_is_refused_with_a_reason() {
    let error =
        report_core::analyze(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").expect_err("not text");
    assert!(error.to_string().contains("PDF"), "{error}");
}
