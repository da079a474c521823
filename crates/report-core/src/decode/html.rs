//! HTML to text: what a browser would show, one line per block, for pasted or saved pages.

/// Elements whose end (or start) breaks the line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dt",
    "dd",
    "hr",
    "title",
];
/// Elements whose content is never text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "head"];

/// Whether `text` looks like an HTML document or fragment, also after a line of text or a
/// front matter (a page saved by a blog or feed tool: `---` / `title: …` / `---` / `<div>…`).
pub(crate) fn looks_like_html(text: &str) -> bool {
    const HEAD_BYTES: usize = 512;
    const SNIFF_BYTES: usize = 4096;
    /// Closing paragraph tags that make a text a page whatever precedes them.
    const MIN_CLOSED_BLOCKS: usize = 3;
    let text = text.trim_start();
    let head = &text[..text.floor_char_boundary(text.len().min(HEAD_BYTES))];
    let lower = head.to_ascii_lowercase();
    let starts_as_page = lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<meta")
        || (lower.starts_with('<')
            && (lower.contains("<p") || lower.contains("<div") || lower.contains("<span")));
    let sniff = text[..text.floor_char_boundary(text.len().min(SNIFF_BYTES))].to_ascii_lowercase();
    starts_as_page || sniff.matches("</p>").count() >= MIN_CLOSED_BLOCKS
}

/// The length of a front matter block at the start of `text` (`---` lines around `key: value`
/// lines, as static-site and feed tools write above a page), if there is one.
pub(crate) fn front_matter_len(text: &str) -> Option<usize> {
    const MAX_FRONT_MATTER_BYTES: usize = 4096;
    let start = text.len() - text.trim_start().len();
    let body = text[start..].strip_prefix("---")?;
    let body = body
        .strip_prefix('\n')
        .or_else(|| body.strip_prefix("\r\n"))?;
    let window = &body[..body.floor_char_boundary(body.len().min(MAX_FRONT_MATTER_BYTES))];
    let close = window.find("\n---")?;
    let after = close + "\n---".len();
    let end = body[after..]
        .find('\n')
        .map_or(body.len(), |n| after + n + 1);
    Some(text.len() - body.len() + end)
}

/// The text of an HTML document: tags dropped, blocks on their own lines, entities resolved,
/// scripts and styles skipped.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skipping: Option<String> = None;
    // Cells open: a browser lays a table's row on one line, its cells' paragraphs and breaks
    // inside them (`<td><p>粮食</p></td>`); the row keeps one line, its cells apart by tabs.
    let mut cells = 0usize;
    while let Some(open) = rest.find('<') {
        if skipping.is_none() {
            push_text(&mut out, &rest[..open]);
        }
        let after = &rest[open + 1..];
        if after.starts_with("!--") {
            let end = after.find("-->").map_or(after.len(), |e| e + 3);
            rest = &after[end..];
            continue;
        }
        let Some(close) = after.find('>') else {
            break;
        };
        let tag = &after[..close];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match &skipping {
            Some(skipped) if closing && *skipped == name => skipping = None,
            Some(_) => {}
            None if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') => {
                skipping = Some(name)
            }
            None if name == "td" || name == "th" => {
                if closing {
                    cells = cells.saturating_sub(1);
                    if out.ends_with(' ') && cells == 0 {
                        out.pop();
                    }
                    out.push('\t');
                } else if !tag.ends_with('/') {
                    cells += 1;
                }
            }
            None if name == "tr" || name == "table" => {
                cells = 0;
                if !out.ends_with('\n') && !out.is_empty() {
                    out.push('\n');
                }
            }
            None if BLOCKS.contains(&name.as_str()) && cells > 0 => space_in_cell(&mut out),
            None if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() => {
                out.push('\n')
            }
            None => {}
        }
        rest = &after[close + 1..];
    }
    if skipping.is_none() {
        push_text(&mut out, rest);
    }
    out
}

/// A block inside a table's cell: a space, as a browser's copy of the row gives it.
fn space_in_cell(out: &mut String) {
    if !out.ends_with(['\t', ' ', '\n']) {
        out.push(' ');
    }
}

/// Appends text content: whitespace runs become one space (as a browser shows them),
/// entities are resolved.
fn push_text(out: &mut String, text: &str) {
    let mut pending_space = false;
    let mut rest = text;
    let push = |out: &mut String, c: char, pending_space: &mut bool| {
        if c.is_ascii_whitespace() {
            *pending_space = true;
            return;
        }
        if *pending_space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
            out.push(' ');
        }
        *pending_space = false;
        out.push(c);
    };
    while !rest.is_empty() {
        if let Some(entity) = rest.strip_prefix('&') {
            if let Some(semi) = entity.find(';').filter(|&s| s <= 10) {
                if let Some(c) = resolve(&entity[..semi]) {
                    push(out, c, &mut pending_space);
                    rest = &entity[semi + 1..];
                    continue;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        push(out, c, &mut pending_space);
        rest = &rest[c.len_utf8()..];
    }
    if pending_space && !out.is_empty() && !out.ends_with(['\n', ' ']) {
        out.push(' ');
    }
}

fn resolve(entity: &str) -> Option<char> {
    Some(match entity {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "middot" => '·',
        "hellip" => '…',
        _ => {
            let code = match entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
            {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => entity.strip_prefix('#')?.parse().ok()?,
            };
            return char::from_u32(code);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines() {
        let html = "<html><head><title>t</title><style>p{color:red}</style></head><body><div class=nav>首页</div><p>政府工作报告</p><p>全年增长&nbsp;5.2%，&ldquo;十四五&rdquo;&#x4E00;</p><script>alert(1)</script><p>一、<b>综合</b><br>第二行</p><!-- <p>注释</p> --></body></html>";
        assert_eq!(
            html_to_text(html),
            "首页\n政府工作报告\n全年增长\u{a0}5.2%，“十四五”一\n一、综合\n第二行\n"
        );
        assert!(looks_like_html(html));
        assert!(!looks_like_html("政府工作报告\n<p>不是</p>"));
    }

    #[test]
    fn a_table_row_is_one_line() {
        let html = "<p>表1</p><table><tr><td><p>指标</p></td><td><p>产量</p><p>(万吨)</p></td></tr>\
                    <tr><td><p>粮食</p></td><td><p>650.0</p></td><td><p> </p></td></tr></table><p>完</p>";
        assert_eq!(
            html_to_text(html),
            "表1\n指标\t产量 (万吨)\t\n粮食\t650.0\t\t\n完\n"
        );
    }

    #[test]
    fn a_page_after_a_front_matter_or_a_line_of_text_is_a_page() {
        let page = "\n---\ntitle: '三季度GDP'\ndate: Mon, 18 Oct 2021\n---\n\n<div>\n<p>一</p>\n<p>二</p>\n<p>三</p></div>";
        assert!(looks_like_html(page));
        let len = front_matter_len(page).unwrap_or(0);
        assert_eq!(
            &page[..len],
            "\n---\ntitle: '三季度GDP'\ndate: Mon, 18 Oct 2021\n---\n"
        );
        assert!(looks_like_html("保存的网页\n<p>一</p><p>二</p><p>三</p>"));
        assert_eq!(front_matter_len("---\n没有结尾"), None);
        assert_eq!(front_matter_len("正文\n---\n"), None);
    }
}
