//! Decoding: input bytes to the *source* text that every span points into.
//!
//! Input: the bytes of a file or paste. Output: one owned `String` plus the encoding found.
//! UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or detected by its zero bytes) and
//! GB18030/GBK are read without asking; a `.docx` gives its paragraphs, a CSV or TSV export
//! its longest field; known binary formats are refused with a hint.

mod docx;
mod html;
mod table;

pub use html::html_to_text;

use crate::error::DecodeError;
use encoding_rs::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};

/// Largest input accepted, in bytes: 20 MB of report text with headroom; beyond it the
/// working buffers (about 10× the input) would strain a browser tab.
pub const MAX_INPUT_BYTES: usize = 32_000_000;

/// How many leading bytes are sniffed for binary content: enough to see through a header.
const SNIFF_BYTES: usize = 8192;

/// Decoded source text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, without BOM. Every public span is a byte range of this string.
    pub text: String,
    /// Name of the encoding found (`"UTF-8"`, `"UTF-16LE"`, `"gb18030"`).
    pub encoding: &'static str,
    /// Number of byte sequences that were malformed and replaced by U+FFFD.
    pub n_replaced: usize,
    /// Where the text was taken from inside a container (`"Word document"`,
    /// `"CSV row 2, column 3"`), when it was not the whole input.
    pub container: Option<String>,
}

/// Decodes `bytes` into source text, detecting the encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { size: bytes.len() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(with_encoding(&bytes[bom_len..], encoding));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return match docx::docx_text(bytes) {
            Ok(text) => finish(Decoded {
                text,
                encoding: UTF_8.name(),
                n_replaced: 0,
                container: Some("Word document".to_owned()),
            }),
            Err(docx::DocxError::NotDocx) => Err(DecodeError::Binary {
                what: "a ZIP archive",
                hint: "unpack it and open the report file inside",
            }),
            Err(docx::DocxError::Damaged) => Err(DecodeError::Binary {
                what: "a damaged Word (.docx) document",
                hint: "open it in Word and save it again, or paste its text",
            }),
        };
    }
    if let Some(err) = sniff_binary(bytes) {
        return Err(err);
    }
    if let Some(encoding) = sniff_utf16(bytes) {
        return finish(with_encoding(bytes, encoding));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            n_replaced: 0,
            container: None,
        });
    }
    let utf8 = with_encoding(bytes, UTF_8);
    let gb = with_encoding(bytes, GB18030);
    // A file of mostly valid UTF-8 with a few broken bytes stays UTF-8.
    let best = if utf8.n_replaced * 50 < utf8.text.chars().count().max(1)
        && utf8.n_replaced <= gb.n_replaced
    {
        utf8
    } else {
        // Big5 (traditional characters, from Hong Kong or Taiwan) also decodes as GB18030,
        // into characters no report uses: the reading with more of the commonest characters
        // wins, told from the file's start (decoded whole only when it is Big5).
        let head = &bytes[..bytes.len().min(BIG5_SNIFF_BYTES)];
        let (big5_head, _) = BIG5.decode_without_bom_handling(head);
        let (big5_common, big5_bad) = common_chars(&big5_head);
        let (gb_common, gb_bad) = common_chars(&gb.text);
        if big5_common > gb_common * 2 && big5_bad <= gb_bad {
            with_encoding(bytes, BIG5)
        } else {
            gb
        }
    };
    finish(best)
}

/// Bytes of a file's start decoded as Big5 to tell it from GB18030: more than the characters
/// [`common_chars`] looks at, in either encoding.
const BIG5_SNIFF_BYTES: usize = 16 * 1024;

/// How many of the first characters of `text` are among the commonest of Chinese, in either
/// script, and how many are replacement characters.
fn common_chars(text: &str) -> (usize, usize) {
    const COMMON: &str = "的一是在不了有和人中大上年我以要他地出就也能下子工方这這个個国國会會\
        发發经經为為时時来來对對说說过過后後进進产產动動们們实實现現业業";
    const SAMPLE_CHARS: usize = 4000;
    text.chars()
        .take(SAMPLE_CHARS)
        .fold((0, 0), |(common, bad), c| {
            (
                common + usize::from(COMMON.contains(c)),
                bad + usize::from(c == '\u{FFFD}'),
            )
        })
}

/// Decodes the whole of `bytes` with `encoding`, counting replacements.
fn with_encoding(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    let n_replaced = text.matches('\u{FFFD}').count();
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        n_replaced,
        container: None,
    }
}

/// Refuses text that is mostly control characters or replacement characters; takes the
/// report out of a CSV or TSV table.
fn finish(mut decoded: Decoded) -> Result<Decoded, DecodeError> {
    // A byte order mark encoded in GB18030 decodes to U+FEFF: it is still not text.
    if let Some(rest) = decoded.text.strip_prefix('\u{FEFF}') {
        decoded.text = rest.to_owned();
    }
    if decoded.container.is_none() && html::looks_like_html(&decoded.text) {
        // A front matter above the page is kept as written, for the repair to read.
        let kept = html::front_matter_len(&decoded.text).unwrap_or(0);
        let page = html::html_to_text(&decoded.text[kept..]);
        decoded.text.truncate(kept);
        decoded.text.push_str(&page);
        decoded.container = Some("HTML page".to_owned());
    }
    if decoded.container.is_none() {
        if let Some((field, row, column)) = table::longest_field(&decoded.text) {
            decoded.text = field;
            decoded.container = Some(format!("CSV/TSV row {row}, column {column}"));
        }
    }
    let mut n_chars = 0usize;
    let mut n_bad = 0usize;
    for c in decoded.text.chars().take(SNIFF_BYTES) {
        n_chars += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')) {
            n_bad += 1;
        }
    }
    if n_chars == 0 || decoded.text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    if n_bad * 10 > n_chars {
        return Err(DecodeError::NotText);
    }
    Ok(decoded)
}

/// Known binary signatures, with what to tell the user.
fn sniff_binary(bytes: &[u8]) -> Option<DecodeError> {
    const SIGNATURES: &[(&[u8], &str, &str)] = &[
        (
            b"%PDF",
            "a PDF document",
            "copy its text from a PDF viewer and paste it, or save it as text first",
        ),
        (
            b"\x89PNG",
            "a PNG image",
            "a picture holds no text to analyze; paste the report text instead",
        ),
        (
            b"\xFF\xD8\xFF",
            "a JPEG image",
            "a picture holds no text to analyze; paste the report text instead",
        ),
        (
            b"GIF8",
            "a GIF image",
            "a picture holds no text to analyze; paste the report text instead",
        ),
        (
            b"\xD0\xCF\x11\xE0",
            "an old Word or Excel (.doc/.xls) file",
            "open it and save it as plain text (.txt)",
        ),
        (
            b"{\\rtf",
            "an RTF document",
            "open it and save it as plain text (.txt)",
        ),
        (b"\x1F\x8B", "a gzip archive", "unpack it first"),
        (b"Rar!", "a RAR archive", "unpack it first"),
        (b"7z\xBC\xAF", "a 7-Zip archive", "unpack it first"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _, _)| bytes.starts_with(magic))
        .map(|&(_, what, hint)| DecodeError::Binary { what, hint })
}

/// UTF-16 without BOM: many zero bytes, all at even (BE) or odd (LE) positions.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    // Too few bytes to tell: a stray NUL in a short text is not UTF-16.
    if head.len() < 16 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let n_pairs = head.len() / 2;
    if odd * 4 > n_pairs && even * 20 < n_pairs {
        Some(UTF_16LE)
    } else if even * 4 > n_pairs && odd * 20 < n_pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], text: &str, encoding: &str) {
        let decoded = decode(bytes).expect("decodes");
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, encoding);
    }

    #[test]
    fn reads_the_supported_encodings() {
        let text = "政府工作报告\n增长5.2%";
        check(text.as_bytes(), text, "UTF-8");
        check(
            &[b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            text,
            "UTF-8",
        );
        let (gbk, _, _) = GB18030.encode(text);
        check(&gbk, text, "gb18030");
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        check(&[&[0xFF, 0xFE][..], &le].concat(), text, "UTF-16LE");
        let be: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        check(&[&[0xFE, 0xFF][..], &be].concat(), text, "UTF-16BE");
        let ascii_le: Vec<u8> = "GDP 5.2%\n"
            .repeat(20)
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        check(&ascii_le, &"GDP 5.2%\n".repeat(20), "UTF-16LE");
        // Traditional characters in Big5, which GB18030 would also decode (into other
        // characters); and a GBK text with a few traditional characters stays GBK.
        let traditional = "政府工作報告\n過去一年，全市經濟運行穩中有進，地區生產總值增長5.6%。";
        let (big5, _, _) = BIG5.encode(traditional);
        check(&big5, traditional, "Big5");
        let mixed = "政府工作报告\n過去一年，全市经济运行稳中有进，地区生产总值增长5.6%。";
        let (gbk, _, _) = GB18030.encode(mixed);
        check(&gbk, mixed, "gb18030");
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t "), Err(DecodeError::Empty));
        assert!(matches!(
            decode(b"%PDF-1.7\n..."),
            Err(DecodeError::Binary {
                what: "a PDF document",
                ..
            })
        ));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n"),
            Err(DecodeError::Binary { .. })
        ));
        let noise: Vec<u8> = (0..4000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(decode(&noise).is_err());
    }
}
