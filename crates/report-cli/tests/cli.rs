//! The CLI's contract: formats, code point offsets, and exit status 2 on unreadable input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = "政府工作报告\n——2024年1月10日在某市第十六届人民代表大会第三次会议上\n某市市长 王明\n各位代表：\n一、2023年工作回顾\n（一）稳住经济大盘。全年地区生产总值达到1234.5亿元，同比增长5.6%。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长5.5%左右。\n";

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_report-lens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(bytes) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(bytes)
            .expect("writes");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("finishes")
}

fn json(args: &[&str], stdin: &[u8]) -> serde_json::Value {
    let out = run(args, Some(stdin));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn json_has_the_stable_shape_and_code_point_offsets() {
    let v = json(&["analyze", "-"], SAMPLE.as_bytes());
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["document"]["title"], "政府工作报告");
    assert_eq!(v["document"]["kind"], "government_work_report");
    assert_eq!(v["document"]["speaker"], "某市市长 王明");
    assert_eq!(v["document"]["date"], "2024-01-10");
    let chars: Vec<char> = SAMPLE.chars().collect();
    let slice = |start: &serde_json::Value, end: &serde_json::Value| -> String {
        chars[start.as_u64().unwrap() as usize..end.as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    let sections = v["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 3);
    assert_eq!(sections[1]["label"], "（一）");
    assert_eq!(sections[1]["parent"], 0);
    assert_eq!(sections[1]["level"], 2);
    assert!(slice(&sections[1]["start"], &sections[1]["end"]).starts_with("（一）稳住经济大盘"));
    let metrics = v["metrics"].as_array().unwrap();
    let gdp = &metrics[0];
    assert_eq!(gdp["indicator"], "地区生产总值");
    assert_eq!(gdp["value"], 1234.5);
    assert_eq!(gdp["unit"], "亿元");
    assert_eq!(slice(&gdp["start"], &gdp["end"]), "1234.5亿元");
    let target = metrics.last().unwrap();
    assert_eq!(target["modality"], "target");
    assert_eq!(target["qualifier"], "左右");
    for p in v["paragraphs"].as_array().unwrap() {
        assert!(!slice(&p["start"], &p["end"]).is_empty());
    }
}

#[test]
fn csv_and_markdown() {
    let out = run(
        &["analyze", "-", "--format", "csv"],
        Some(SAMPLE.as_bytes()),
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("section,indicator,value,unit,qualifier,comparison,kind,modality,period,base_value,quote")
    );
    assert!(lines.next().unwrap().contains("地区生产总值,1234.5,亿元"));
    let out = run(&["analyze", "-", "--format", "md"], Some(SAMPLE.as_bytes()));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# 政府工作报告\n"));
    assert!(md.contains("  - （一）稳住经济大盘"));
    assert!(md.contains("| 地区生产总值 |"));
}

#[test]
fn output_file_and_gbk_input() {
    let dir = std::env::temp_dir().join(format!("report-lens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gbk = encoding_rs::GB18030.encode(SAMPLE).0.into_owned();
    let input = dir.join("gbk.txt");
    std::fs::write(&input, gbk).unwrap();
    let output = dir.join("out.json");
    let out = run(
        &[
            "analyze",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&output).unwrap()).unwrap();
    assert_eq!(v["encoding"], "gb18030");
    assert_eq!(v["document"]["title"], "政府工作报告");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn numbers_prints_json_lines() {
    let out = run(
        &["numbers", "-"],
        Some("增长5%—6%，超过990亿元，2023年".as_bytes()),
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["text"], "5%—6%");
    assert_eq!(lines[0]["value"], 5.0);
    assert_eq!(lines[0]["upper"], 6.0);
    assert_eq!(lines[1]["unit"], "亿元");
    assert_eq!(lines[1]["start"], 10);
    // The text as written, and the offsets of exactly that text.
    let input = "收入增长５．５％，达到２．２亿";
    let chars: Vec<char> = input.chars().collect();
    let out = run(&["numbers", "-"], Some(input.as_bytes()));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for v in &lines {
        let at = |key: &str| v[key].as_u64().unwrap() as usize;
        let written: String = chars[at("start")..at("end")].iter().collect();
        assert_eq!(v["text"], written);
    }
    assert_eq!(lines[0]["text"], "５．５％");
    assert_eq!(lines[0]["value"], 5.5);
}

#[test]
fn unreadable_input_exits_2_with_one_line() {
    let dir = std::env::temp_dir();
    let pdf = dir.join(format!("report-lens-{}.pdf", std::process::id()));
    std::fs::write(&pdf, b"%PDF-1.7\n\x00\x01binary").unwrap();
    for args in [
        vec!["analyze", "/no/such/file.txt"],
        vec!["analyze", dir.to_str().unwrap()],
        vec!["analyze", pdf.to_str().unwrap()],
        vec!["analyze"],
        vec!["frobnicate"],
    ] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with("report-lens: "), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let out = run(&["analyze", pdf.to_str().unwrap()], None);
    assert!(String::from_utf8(out.stderr).unwrap().contains("PDF"));
    assert_eq!(run(&["analyze", "-"], Some(b"")).status.code(), Some(2));
    std::fs::remove_file(pdf).ok();
}

#[test]
fn odd_text_exits_0_with_diagnostics() {
    let v = json(&["analyze", "-"], "一、回顾\n三、安排\n".as_bytes());
    assert_eq!(v["diagnostics"][0]["code"], "numbering-skip");
}
