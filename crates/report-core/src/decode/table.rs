//! CSV and TSV exports that hold a report in one field: the longest field is the report.

/// The longest field is taken only when it is at least this long (characters)…
const MIN_FIELD_CHARS: usize = 200;
/// …and holds at least this share (per cent) of the table's text.
const MIN_FIELD_SHARE: usize = 50;

/// Characters that count for the size of a field: all but CR, so that CRLF and LF agree.
fn visible(text: &str) -> usize {
    text.chars().filter(|&c| c != '\r').count()
}

/// The longest field of `text` read as CSV or TSV, with its row and column (from 1), when the
/// text is such a table and that field plainly holds the document.
pub(crate) fn longest_field(text: &str) -> Option<(String, usize, usize)> {
    let first_line = text.lines().next()?;
    let delimiter = [',', '\t', ';']
        .into_iter()
        .max_by_key(|&d| first_line.matches(d).count())
        .filter(|&d| first_line.contains(d))?;
    let mut best: Option<(String, usize, usize)> = None;
    let (mut row, mut col) = (1, 1);
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    let mut consider = |field: &mut String, row: usize, col: usize| {
        let n = visible(field);
        if best.as_ref().is_none_or(|(b, _, _)| n > visible(b)) {
            best = Some((std::mem::take(field), row, col));
        } else {
            field.clear();
        }
    };
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            c if c == delimiter => {
                consider(&mut field, row, col);
                col += 1;
                at_field_start = true;
            }
            '\n' | '\r' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                consider(&mut field, row, col);
                row += 1;
                col = 1;
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    consider(&mut field, row, col);
    let (field, row, col) = best?;
    // Line ends count the same whether they are LF or CRLF.
    let n = visible(&field);
    (n >= MIN_FIELD_CHARS && n * 100 >= visible(text) * MIN_FIELD_SHARE)
        .then_some((field, row, col))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_longest_field() {
        let report = "政府工作报告\n各位代表：\n一、回顾，增长5.2%。".repeat(20);
        let csv = format!(
            "id,title,content\n1,报告,\"{}\"\n",
            report.replace('"', "\"\"")
        );
        assert_eq!(longest_field(&csv), Some((report.clone(), 2, 3)));
        let tsv = format!("标题\t正文\n报告\t{}\n", report.replace('\n', " "));
        assert_eq!(longest_field(&tsv).map(|(_, r, c)| (r, c)), Some((2, 2)));
    }

    #[test]
    fn plain_text_is_not_a_table() {
        let text = "政府工作报告\n各位代表：全年增长5.2%，达到1,234亿元。\n".repeat(30);
        assert_eq!(longest_field(&text), None);
        assert_eq!(longest_field("a,b\n1,2\n"), None);
    }
}
