//! Decoding: input bytes to the *source* text that every span points into.
//!
//! Input: the bytes of a file or paste. Output: one owned `String` plus the encoding found.
//! UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or detected by its zero bytes) and
//! GB18030/GBK are read without asking; a `.docx` gives its paragraphs, a CSV or TSV export
//! its longest field; known binary formats are refused with a hint.
//!
//! UTF-8 and UTF-16 decode here; the legacy Chinese encodings (GB18030, Big5) need tables,
//! which a [`LegacyDecoder`] brings: [`BuiltIn`] has them in the binary (encoding_rs), while a
//! browser's worker asks its `TextDecoder`, which already has them, and so does not download
//! them (encoding_rs links every decoder it has: ~120 KB gzip of wasm).

mod docx;
mod html;
mod table;

pub use html::html_to_text;

use crate::error::DecodeError;

/// A legacy encoding of Chinese text, read with tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// GB18030, a superset of GBK and GB2312 (simplified characters, mainland China).
    Gb18030,
    /// Big5 (traditional characters, Hong Kong and Taiwan).
    Big5,
}

impl Legacy {
    /// The encoding's name as the Encoding Standard writes it, which is also the label a
    /// browser's `TextDecoder` takes.
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Gb18030 => "gb18030",
            Legacy::Big5 => "Big5",
        }
    }
}

/// Decodes the legacy encodings as the Encoding Standard says: each malformed byte sequence
/// becomes one U+FFFD, and a byte order mark is not removed.
pub trait LegacyDecoder {
    /// `bytes` read as `encoding`.
    fn decode(&self, bytes: &[u8], encoding: Legacy) -> String;
}

/// The decoders of encoding_rs, in the binary: for the CLI and native use.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuiltIn;

impl LegacyDecoder for BuiltIn {
    fn decode(&self, bytes: &[u8], encoding: Legacy) -> String {
        let encoding = match encoding {
            Legacy::Gb18030 => encoding_rs::GB18030,
            Legacy::Big5 => encoding_rs::BIG5,
        };
        encoding.decode_without_bom_handling(bytes).0.into_owned()
    }
}

/// The encodings decoded here, and the name each is reported by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unicode {
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl Unicode {
    fn name(self) -> &'static str {
        match self {
            Unicode::Utf8 => "UTF-8",
            Unicode::Utf16Le => "UTF-16LE",
            Unicode::Utf16Be => "UTF-16BE",
        }
    }

    /// The encoding whose byte order mark `bytes` start with, and the mark's length.
    fn for_bom(bytes: &[u8]) -> Option<(Unicode, usize)> {
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            Some((Unicode::Utf8, 3))
        } else if bytes.starts_with(b"\xFF\xFE") {
            Some((Unicode::Utf16Le, 2))
        } else if bytes.starts_with(b"\xFE\xFF") {
            Some((Unicode::Utf16Be, 2))
        } else {
            None
        }
    }

    /// `bytes` decoded, each malformed sequence replaced by U+FFFD as the Encoding Standard
    /// does (std's lossy UTF-8 replaces maximal subparts, as it does).
    fn decode(self, bytes: &[u8]) -> String {
        let units = |to_u16: fn([u8; 2]) -> u16| {
            let pairs = bytes.chunks_exact(2);
            let unit = |p: &[u8]| to_u16([p[0], p[1]]);
            // A byte left over is one more error, unless a lead surrogate before it already
            // ends the text unpaired: the Standard counts that as one error at the end.
            let odd = !pairs.remainder().is_empty()
                && !pairs
                    .clone()
                    .last()
                    .is_some_and(|p| (0xD800..0xDC00).contains(&unit(p)));
            let mut text: String = char::decode_utf16(pairs.map(unit))
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect();
            if odd {
                text.push(char::REPLACEMENT_CHARACTER);
            }
            text
        };
        match self {
            Unicode::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Unicode::Utf16Le => units(u16::from_le_bytes),
            Unicode::Utf16Be => units(u16::from_be_bytes),
        }
    }
}

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

/// Decodes `bytes` into source text, detecting the encoding, with the [`BuiltIn`] decoders.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(bytes, &BuiltIn)
}

/// Decodes `bytes` into source text, detecting the encoding; `legacy` reads GB18030 and Big5.
pub fn decode_with(bytes: &[u8], legacy: &dyn LegacyDecoder) -> Result<Decoded, DecodeError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { size: bytes.len() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Unicode::for_bom(bytes) {
        return finish(decoded(encoding.decode(&bytes[bom_len..]), encoding.name()));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return match docx::docx_text(bytes) {
            Ok(text) => finish(Decoded {
                text,
                encoding: Unicode::Utf8.name(),
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
        return finish(decoded(encoding.decode(bytes), encoding.name()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(Decoded {
            text: text.to_owned(),
            encoding: Unicode::Utf8.name(),
            n_replaced: 0,
            container: None,
        });
    }
    let utf8 = decoded(Unicode::Utf8.decode(bytes), Unicode::Utf8.name());
    let gb = with_legacy(bytes, legacy, Legacy::Gb18030);
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
        let big5_head = legacy.decode(head, Legacy::Big5);
        let (big5_common, big5_bad) = common_chars(&big5_head);
        let (gb_common, gb_bad) = common_chars(&gb.text);
        if big5_common > gb_common * 2 && big5_bad <= gb_bad {
            with_legacy(bytes, legacy, Legacy::Big5)
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

/// The whole of `bytes` read as `encoding` by `legacy`.
fn with_legacy(bytes: &[u8], legacy: &dyn LegacyDecoder, encoding: Legacy) -> Decoded {
    decoded(legacy.decode(bytes, encoding), encoding.name())
}

/// Decoded text, its replacements counted.
fn decoded(text: String, encoding: &'static str) -> Decoded {
    let n_replaced = text.matches('\u{FFFD}').count();
    Decoded {
        text,
        encoding,
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
fn sniff_utf16(bytes: &[u8]) -> Option<Unicode> {
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
        Some(Unicode::Utf16Le)
    } else if even * 4 > n_pairs && odd * 20 < n_pairs {
        Some(Unicode::Utf16Be)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{BIG5, GB18030};

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

    /// UTF-8 and UTF-16 decode here as encoding_rs decodes them (the Encoding Standard), on
    /// byte strings made of the pieces malformed sequences are made of.
    #[test]
    fn unicode_decodes_as_the_encoding_standard_says() {
        const PIECES: &[&[u8]] = &[
            b"a",
            "报".as_bytes(),
            b"\xE6\x8A",
            b"\xE6",
            b"\x80",
            b"\xF0\x9F\x98\x80",
            b"\xF0\x9F",
            b"\xED\xA0\x80",
            b"\xC0\xAF",
            b"\xFF",
            b"\x00",
            b"\xD8",
            b"\xDC",
            b"\x3D\xD8\x00\xDE",
            b"\x00\xD8",
        ];
        let mut state = 0x2545_f491_u32;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as usize % n
        };
        for _ in 0..3000 {
            let bytes: Vec<u8> = (0..next(12))
                .flat_map(|_| PIECES[next(PIECES.len())].iter().copied())
                .collect();
            for (ours, theirs) in [
                (Unicode::Utf8, encoding_rs::UTF_8),
                (Unicode::Utf16Le, encoding_rs::UTF_16LE),
                (Unicode::Utf16Be, encoding_rs::UTF_16BE),
            ] {
                let expected = theirs.decode_without_bom_handling(&bytes).0;
                assert_eq!(ours.decode(&bytes), expected, "{ours:?} {bytes:x?}");
                assert_eq!(ours.name(), theirs.name());
            }
        }
    }

    /// The legacy encodings are read by the decoder given, which a worker brings.
    #[test]
    fn a_given_decoder_reads_the_legacy_encodings() {
        struct Rewording;
        impl LegacyDecoder for Rewording {
            fn decode(&self, bytes: &[u8], encoding: Legacy) -> String {
                let text = BuiltIn.decode(bytes, encoding);
                text.replace("增长", "增加")
            }
        }
        let (gbk, _, _) = GB18030.encode("政府工作报告\n地区生产总值增长5.2%");
        let decoded = decode_with(&gbk, &Rewording).expect("decodes");
        assert_eq!(decoded.text, "政府工作报告\n地区生产总值增加5.2%");
        assert_eq!(decoded.encoding, "gb18030");
        assert_eq!(Legacy::Big5.name(), BIG5.name());
        assert_eq!(Legacy::Gb18030.name(), GB18030.name());
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
