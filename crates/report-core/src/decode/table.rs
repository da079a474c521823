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
    // (Not the comma of a number's thousands, `1,234.5万元`, which a CSV would quote.)
    let delimiters = |d: char| {
        first_line
            .match_indices(d)
            .filter(|&(at, _)| {
                // (Full-width digits too, `１,２３４`, which repair makes ASCII later.)
                let digit = crate::normalize::is_digit;
                let digit_before = first_line[..at].ends_with(digit);
                let digit_after = first_line[at + 1..].starts_with(digit);
                d != ',' || !(digit_before && digit_after)
            })
            .count()
    };
    let delimiter = [',', '\t', ';']
        .into_iter()
        .map(|d| (d, delimiters(d)))
        .max_by_key(|&(_, n)| n)
        .filter(|&(_, n)| n > 0)?
        .0;
    // The field, its row and column, and whether it was quoted.
    let mut best: Option<(String, usize, usize, bool)> = None;
    let (mut row, mut col) = (1, 1);
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut at_field_start = true;
    let mut consider = |field: &mut String, row: usize, col: usize, was_quoted: bool| {
        let n = visible(field);
        if best.as_ref().is_none_or(|(b, ..)| n > visible(b)) {
            best = Some((std::mem::take(field), row, col, was_quoted));
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
                was_quoted = true;
                at_field_start = false;
            }
            c if c == delimiter => {
                consider(&mut field, row, col, std::mem::take(&mut was_quoted));
                col += 1;
                at_field_start = true;
            }
            '\n' | '\r' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                consider(&mut field, row, col, std::mem::take(&mut was_quoted));
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
    consider(&mut field, row, col, std::mem::take(&mut was_quoted));
    let (field, row, col, was_quoted) = best?;
    // Line ends count the same whether they are LF or CRLF.
    let n = visible(&field);
    // (Under a header, or quoted: not a line of prose that has a comma or a tab, whose
    // longest piece would be taken for the report and the rest lost.)
    (n >= MIN_FIELD_CHARS && n * 100 >= visible(text) * MIN_FIELD_SHARE && (row > 1 || was_quoted))
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
        // (A text of one line whose only commas are a number's thousands, or whose longest
        // clause after an ASCII comma is most of it: no header, nothing quoted.)
        let line = format!("全市地区生产总值1,234.5亿元，{}", "增长5.2%，".repeat(60));
        assert_eq!(longest_field(&line), None);
        let line = format!("全市地区生产总值1234.5亿元,{}", "增长5.2%，".repeat(60));
        assert_eq!(longest_field(&line), None);
    }
}
