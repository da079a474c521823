//! Number and unit cases from `tests/data/numbers.tsv` (written by
//! `tools/make_number_cases.py` from its own unit table, not from the analyzer). Inputs are
//! repaired first, as in the analysis, so full-width digits and spaced units count too.

use report_core::normalize::normalize;
use report_core::numbers::scan_quantities;

/// `text|value|upper|unit|base_value|qualifier` of each quantity found.
fn render(input: &str) -> Vec<[String; 6]> {
    let text = normalize(input).text();
    let text = text.as_str();
    scan_quantities(text)
        .iter()
        .filter(|q| q.unit.is_some() || q.ratio.is_some() || q.rank)
        .map(|q| {
            let opt = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
            [
                text[q.range.0..q.range.1].to_owned(),
                q.value.to_string(),
                opt(q.upper.map(|u| u.to_string())),
                opt(q.unit.clone()),
                opt(q.base_value().map(|v| v.to_string())),
                opt(q.qualifier.clone()),
            ]
        })
        .collect()
}

fn same_number(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
        _ => a == b,
    }
}

#[test]
fn number_and_unit_cases() {
    let data = include_str!("data/numbers.tsv");
    let mut n_cases = 0;
    let mut failures = Vec::new();
    for line in data
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (input, expected) = line.split_once('\t').expect("input TAB expected");
        let expected: Vec<Vec<&str>> = if expected == "-" {
            Vec::new()
        } else {
            expected
                .split(" ;; ")
                .map(|q| q.split('|').collect())
                .collect()
        };
        let got = render(input);
        let ok = got.len() == expected.len()
            && got.iter().zip(&expected).all(|(g, e)| {
                e.len() == 6
                    && g[0] == e[0]
                    && same_number(&g[1], e[1])
                    && same_number(&g[2], e[2])
                    && g[3] == e[3]
                    && same_number(&g[4], e[4])
                    && g[5] == e[5]
            });
        if !ok {
            failures.push(format!(
                "{input}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
        n_cases += 1;
    }
    assert!(n_cases >= 300, "{n_cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {n_cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
