//! Golden tests: every report in `tests/corpus` against a readable dump in `tests/golden`.
//!
//! Run with `UPDATE_GOLDEN=1` to rewrite the dumps after a deliberate change, then read the
//! diff: the dumps are the reviewed expectations, not a recording.

mod common;

use report_core::{analyze, Analysis};
use std::fmt::Write;
use std::path::Path;

/// A readable dump: facts, removed furniture, outline, paragraphs (start), metrics.
fn dump(a: &Analysis) -> String {
    let mut out = String::new();
    let d = &a.document;
    writeln!(out, "# document").ok();
    writeln!(out, "kind: {:?}", d.kind).ok();
    for (name, value) in [
        ("title", &d.title),
        ("date", &d.date),
        ("meeting", &d.meeting),
        ("speaker", &d.speaker),
        ("issuer", &d.issuer),
        ("notice", &d.notice),
        ("review_period", &d.review_period),
        ("plan_period", &d.plan_period),
    ] {
        writeln!(out, "{name}: {}", value.as_deref().unwrap_or("-")).ok();
    }
    writeln!(out, "\n# removed").ok();
    for r in &a.removed {
        writeln!(out, "{:?} {:?}", r.reason, a.slice(r.span).trim()).ok();
    }
    writeln!(out, "\n# outline").ok();
    for s in &a.sections {
        writeln!(
            out,
            "{}{}{} [{:?}]",
            "  ".repeat(s.level as usize - 1),
            s.label,
            s.title,
            s.role
        )
        .ok();
    }
    writeln!(out, "\n# paragraphs").ok();
    for p in &a.paragraphs {
        let head: String = p.text.chars().take(24).collect();
        let lead = p
            .lead
            .map(|(s, e)| format!(" lead={}", &p.text[s..e]))
            .unwrap_or_default();
        writeln!(
            out,
            "{} s={} {}{}",
            p.id.0,
            p.section.map_or("-".to_owned(), |s| s.0.to_string()),
            head,
            lead
        )
        .ok();
    }
    writeln!(out, "\n# metrics").ok();
    for m in &a.metrics {
        writeln!(
            out,
            "{} | {}{}{} | {:?} {:?}{}{}",
            m.indicator,
            m.signed_text(),
            m.unit.as_deref().unwrap_or(""),
            m.upper.map(|u| format!(" ..{u}")).unwrap_or_default(),
            m.kind,
            m.modality,
            m.qualifier
                .as_deref()
                .map(|q| format!(" q={q}"))
                .unwrap_or_default(),
            m.comparison
                .as_deref()
                .map(|c| format!(" vs={c}"))
                .unwrap_or_default(),
        )
        .ok();
    }
    writeln!(out, "\n# diagnostics").ok();
    for diag in &a.diagnostics {
        writeln!(out, "{} {}", diag.code, diag.message).ok();
    }
    out
}

#[test]
fn corpus_matches_golden_dumps() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let inputs = common::corpus_files();
    assert!(inputs.len() >= 7, "the corpus is committed");
    let mut failures = Vec::new();
    for input in inputs {
        let bytes = std::fs::read(&input).expect("readable");
        let analysis = analyze(&bytes).expect("decodes");
        for p in &analysis.paragraphs {
            assert!(
                analysis.source.get(p.span.range()).is_some(),
                "paragraph span inside the source"
            );
        }
        for m in &analysis.metrics {
            // The span holds the number as written: after dropping spaces and folding
            // full-width digits it starts with the metric's value text.
            let number: String = analysis
                .slice(m.span)
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| match c {
                    '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                    _ => c,
                })
                .collect();
            let first = m.value_text.chars().next().unwrap_or('?');
            assert!(
                number.starts_with(first),
                "metric span {number:?} holds its number {}",
                m.value_text
            );
        }
        let name = input.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let golden = root.join("golden").join(format!("{name}.txt"));
        let got = dump(&analysis);
        if update {
            std::fs::write(&golden, &got).expect("writes golden");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != got {
            let line = expected
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{name}: differs from line {}:\n  expected: {}\n  got:      {}",
                line + 1,
                expected.lines().nth(line).unwrap_or("<end>"),
                got.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(rerun with UPDATE_GOLDEN=1 after a deliberate change)",
        failures.join("\n")
    );
}
