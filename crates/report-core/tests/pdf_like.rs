//! Round trip through PDF-like layouts: clean paragraphs are laid out as a PDF-to-text
//! extraction would (hard wraps at a fixed width, blank lines, indentation, page numbers in
//! every style, running headers, page-start spaces, form feeds, CRLF, GBK) and the repair
//! must give the same paragraphs back.
//!
//! Two joins are inherent to the layout, not to the repair: a paragraph whose last line reaches
//! the margin, followed by a paragraph without indentation, looks exactly like a wrapped line;
//! and a line at least half full that ends no sentence, followed by a paragraph opening with a
//! number, looks like a number an extraction moved whole to the next line. The generator marks
//! those boundaries from the geometry it drew; there, and only there, the repair may join two
//! paragraphs.

mod common;

use report_core::decode::decode;
use report_core::normalize::normalize;

/// Seeds per corpus report in the test command; `PDF_LIKE_SEEDS=1000` for a longer hunt.
fn seeds() -> u64 {
    std::env::var("PDF_LIKE_SEEDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40)
}
/// A line within this many widths of the margin reaches it (punctuation is often compressed).
const MARGIN: f32 = 2.5;

/// splitmix64: a small deterministic generator, so that a failing seed can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn coin(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

/// How one copy is laid out.
#[derive(Debug, Clone)]
struct Style {
    width: f32,
    blank_after_line: bool,
    indent: &'static str,
    lines_per_page: usize,
    page_number: Option<usize>,
    running_header: Option<usize>,
    page_start_space: bool,
    form_feed: bool,
    crlf: bool,
    gbk: bool,
}

const PAGE_NUMBER_STYLES: [&str; 7] = [
    "— {} —",
    "-{}-",
    "- {} -",
    "第{}页",
    "{}",
    "第 {} 页 共 99 页",
    "{}/99",
];
/// Running headers; `{}` is the page number.
const HEADERS: [&str; 3] = [
    "某市人民政府公报 2023年第2期",
    "政府工作报告（第{}页）",
    "{} 某市人民政府文件",
];

fn style(rng: &mut Rng) -> Style {
    Style {
        width: 26.0 + rng.below(15) as f32,
        blank_after_line: rng.coin(),
        indent: ["", "\u{3000}\u{3000}", "  ", "    "][rng.below(4) as usize],
        lines_per_page: 20 + rng.below(21) as usize,
        page_number: (rng.below(8) > 0)
            .then(|| rng.below(PAGE_NUMBER_STYLES.len() as u64) as usize),
        running_header: rng.coin().then(|| rng.below(HEADERS.len() as u64) as usize),
        page_start_space: rng.coin(),
        form_feed: rng.coin(),
        crlf: rng.coin(),
        gbk: rng.below(3) == 0,
    }
}

fn char_width(c: char) -> f32 {
    if c.is_ascii() {
        0.5
    } else {
        1.0
    }
}

fn width(text: &str) -> f32 {
    text.chars().map(char_width).sum()
}

/// Wraps a paragraph at `style.width`, never between two ASCII letters and never next to a
/// space, as a typesetter would.
fn wrap(text: &str, style: &Style) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut first = true;
    while start < chars.len() {
        let mut w = if first && !style.indent.is_empty() {
            2.0
        } else {
            0.0
        };
        let mut end = start;
        while end < chars.len() && w + char_width(chars[end]) <= style.width {
            w += char_width(chars[end]);
            end += 1;
        }
        // Move the break back out of a word or away from a space.
        let movable = |i: usize| {
            i > start + 1
                && i < chars.len()
                && ((chars[i - 1].is_ascii_alphabetic() && chars[i].is_ascii_alphabetic())
                    || chars[i] == ' '
                    || chars[i - 1] == ' ')
        };
        while movable(end) {
            end -= 1;
        }
        let line: String = chars[start..end].iter().collect();
        lines.push(if first {
            format!("{}{}", style.indent, line)
        } else {
            line
        });
        start = end;
        first = false;
    }
    lines
}

/// Lays out `paragraphs`; returns the bytes and, for each boundary between two paragraphs,
/// whether the layout made it ambiguous (the repair may join it or not).
fn lay_out(paragraphs: &[String], style: &Style) -> (Vec<u8>, Vec<bool>) {
    let mut lines: Vec<String> = Vec::new();
    let mut ambiguous: Vec<bool> = Vec::new();
    let mut last_line_full = false;
    let mut last_width = 0.0;
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let wrapped = wrap(paragraph, style);
        if i > 0 {
            let previous_ends_sentence =
                paragraphs[i - 1].ends_with(['。', '！', '？', '；', '：']);
            let resolved =
                style.indent.is_empty() && starts_like_heading(paragraph) && previous_ends_sentence;
            // A paragraph that opens with a number after a line at least half full and not
            // ending a sentence looks like a number an extraction moved whole to the next line
            // (the first line's indent is often lost, so whether it fitted cannot be told).
            let early_wrap = last_width >= style.width / 2.0
                && !previous_ends_sentence
                && paragraph.starts_with(|c: char| c.is_ascii_alphanumeric());
            ambiguous.push((last_line_full || early_wrap) && style.indent.is_empty() && !resolved);
        }
        let last = wrapped.last().map_or("", String::as_str);
        last_width = width(last);
        last_line_full = !wrapped.is_empty() && last_width >= style.width - MARGIN;
        lines.extend(wrapped);
    }
    let mut out = String::new();
    let newline = if style.crlf { "\r\n" } else { "\n" };
    // A header printed once (a text of two pages) cannot be told from a line of text, unless
    // it carries its page number.
    let n_pages = lines.len().div_ceil(style.lines_per_page);
    let running_header = style
        .running_header
        .filter(|&h| n_pages >= 3 || HEADERS[h].contains("第{}页"));
    for (page_idx, page) in lines.chunks(style.lines_per_page).enumerate() {
        if page_idx > 0 {
            if style.form_feed {
                out.push('\x0c');
            }
            if let Some(header) = running_header {
                out.push_str(&HEADERS[header].replace("{}", &(page_idx + 1).to_string()));
                out.push_str(newline);
            }
        }
        for (i, line) in page.iter().enumerate() {
            if i == 0
                && page_idx > 0
                && style.page_start_space
                && !line.starts_with([' ', '\u{3000}'])
            {
                out.push(' ');
            }
            out.push_str(line);
            out.push_str(newline);
            if style.blank_after_line {
                out.push_str(newline);
            }
        }
        if let Some(number_style) = style.page_number {
            out.push_str(
                &PAGE_NUMBER_STYLES[number_style].replace("{}", &(page_idx + 1).to_string()),
            );
            out.push_str(newline);
        }
    }
    let bytes = if style.gbk {
        encoding_rs::GB18030.encode(&out).0.into_owned()
    } else {
        out.into_bytes()
    };
    (bytes, ambiguous)
}

/// Checks that `got` is `paragraphs` with some ambiguous boundaries joined; returns how many
/// were joined, or where it differs.
fn matches(got: &[String], paragraphs: &[String], ambiguous: &[bool]) -> Result<usize, String> {
    let mut i = 0;
    let mut n_joined = 0;
    for (k, text) in got.iter().enumerate() {
        let Some(first) = paragraphs.get(i) else {
            return Err(format!("extra paragraph {k}: {text:?}"));
        };
        let mut joined = first.clone();
        i += 1;
        // (Joined into running prose, a paragraph's spaces between Chinese words go, as the
        // repair drops them there: `…存贷 单位：亿元` after a sentence is `…存贷单位：亿元`.)
        let spaceless = |s: &str| s.replace(' ', "");
        let mut joins = 0;
        while spaceless(&joined).len() < spaceless(text).len()
            && i < paragraphs.len()
            && ambiguous[i - 1]
            && spaceless(text).starts_with(spaceless(&joined).as_str())
        {
            joined.push_str(&paragraphs[i]);
            i += 1;
            joins += 1;
        }
        n_joined += joins;
        let same = if joins > 0 {
            spaceless(&joined) == spaceless(text)
        } else {
            &joined == text
        };
        if !same {
            return Err(format!(
                "paragraph {k}\n  got:      {text:?}\n  expected: {joined:?}"
            ));
        }
    }
    if i != paragraphs.len() {
        return Err(format!(
            "missing paragraphs from {i}: {:?}",
            paragraphs.get(i)
        ));
    }
    Ok(n_joined)
}

/// A heading marker at the start, as the repair recognises one (kept simple on purpose: the
/// corpus paragraphs that start with one are headings).
fn starts_like_heading(text: &str) -> bool {
    let t = text.trim_start();
    // `一、`, `十二、`, `3、`: a numeral before `、` (not a list of words: `创新、协调`).
    let numeral = t
        .chars()
        .take_while(|&c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
        .count();
    t.starts_with('（')
        || t.starts_with("——")
        || (1..=2).contains(&numeral) && t.chars().nth(numeral) == Some('、')
}

/// Layouts (report, seed) a longer hunt found failing, kept once fixed: a running header right
/// after headings on every page (`某市人民政府公报 2023年第2期`; `2 某市人民政府文件`, numbered as
/// pages are), one between a heading and its wrapped tail, a page number after a letter that
/// was no subscript's (`…（PM` / `3` / `2.5）…`, `…绩效A` / `3` / a header, `…5G` / `5` / `基站…`).
const KEPT_LAYOUTS: &[(&str, u64)] = &[
    ("baoding-city-2014-excerpt.txt", 226),
    ("baoding-city-2019.txt", 43),
    ("baoding-city-2019.txt", 199),
    ("baoding-city-2026-summary-excerpt.txt", 196),
    ("baoding-city-2026-summary-excerpt.txt", 473),
    ("hebei-province-2024-web-page.txt", 323),
    ("national-communique-2024.txt", 276),
];

#[test]
fn corpus_paragraphs_survive_pdf_like_layouts() {
    let files = common::corpus_files();
    let mut n_copies = 0;
    let mut n_paragraphs = 0;
    let mut n_ambiguous = 0;
    // `PDF_LIKE_ONLY=national-199` hunts in the reports whose file name holds it.
    let only = std::env::var("PDF_LIKE_ONLY").unwrap_or_default();
    for path in files {
        let decoded = decode(&std::fs::read(&path).expect("readable")).expect("decodes");
        // (A web page's paragraphs are its markup's: a story's subheads need no punctuation,
        // and no PDF was ever made of them.)
        if decoded.container.is_some() {
            continue;
        }
        if !path.to_string_lossy().contains(only.as_str()) {
            continue;
        }
        let source = decoded.text;
        // A report in traditional characters is repaired in simplified ones, as the analysis
        // does.
        let source = report_core::normalize::fold_traditional(&source).map_or(source, |(s, _)| s);
        // The clean report, one paragraph per line, as the repair reads the original.
        let paragraphs: Vec<String> = normalize(&source)
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect();
        // Layouts that once failed, beyond the seeds of the test command: each report's own.
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let kept = KEPT_LAYOUTS
            .iter()
            .filter(|(file, seed)| *file == name && *seed >= seeds())
            .map(|&(_, seed)| seed);
        for seed in (0..seeds()).chain(kept) {
            // Seeded by the file's name, not its path, so that every clone tests the same
            // layouts.
            let name_len = path.file_name().map_or(0, |n| n.len());
            let mut rng = Rng(seed * 7919 + name_len as u64);
            let style = style(&mut rng);
            let (bytes, ambiguous) = lay_out(&paragraphs, &style);
            let decoded = decode(&bytes).expect("the copy decodes");
            let got: Vec<String> = normalize(&decoded.text)
                .blocks
                .into_iter()
                .map(|b| b.text)
                .collect();
            match matches(&got, &paragraphs, &ambiguous) {
                Ok(n) => n_ambiguous += n,
                Err(at) => {
                    // `PDF_LIKE_DUMP=file` keeps the failing layout for a look.
                    if let Some(dump) = std::env::var_os("PDF_LIKE_DUMP") {
                        std::fs::write(dump, &decoded.text).expect("writable");
                    }
                    panic!("{} seed {seed} {style:?}\n{at}", path.display())
                }
            }
            n_copies += 1;
            n_paragraphs += paragraphs.len();
        }
    }
    assert!(n_copies >= 7 * seeds() as usize || !only.is_empty());
    // The inherent joins must stay rare, or the layouts would test little.
    assert!(
        n_ambiguous * 10 < n_paragraphs,
        "{n_ambiguous} of {n_paragraphs} boundaries joined"
    );
    eprintln!(
        "{n_copies} copies, {n_paragraphs} paragraphs, {n_ambiguous} ambiguous boundaries joined"
    );
}
