//! Reports in traditional characters (a Big5 file, a copy republished in Hong Kong or Taiwan,
//! a site that converts what it copies): read in simplified characters, so that the words the
//! analysis knows (`地區生產總值` is `地区生产总值`) and the indicators two reports share match.
//!
//! Character by character, from OpenCC's table (`traditional_table.rs`); every traditional
//! character and its simplified form take three UTF-8 bytes, so folding keeps every offset.
//! A text is folded only when traditional characters are a real share of it, so that a name
//! such as `於` in a simplified report stays as written.

use super::traditional_table::TRADITIONAL;

/// The first code point the bit set covers (CJK Extension A); every traditional character of
/// the table lies between this and U+9FFF.
const FIRST: u32 = 0x3400;
const LAST: u32 = 0x9FFF;
const WORDS: usize = ((LAST - FIRST + 1) as usize).div_ceil(64);

/// One bit per code point of [`FIRST`]..=[`LAST`]: set for the characters of the table, so
/// that telling a character costs a shift, not a search. (The table itself is read only here,
/// at compile time: the binary holds these bits and the simplified forms, not the pairs.)
static IS_TRADITIONAL: [u64; WORDS] = {
    let mut bits = [0u64; WORDS];
    let mut i = 0;
    while i < TRADITIONAL.len() {
        let bit = (TRADITIONAL[i].0 as u32 - FIRST) as usize;
        bits[bit / 64] |= 1 << (bit % 64);
        i += 1;
    }
    bits
};

/// How many bits are set in the words before each word of [`IS_TRADITIONAL`]: with the bits
/// before a character in its own word, the index of its simplified form.
static RANK: [u16; WORDS] = {
    let mut rank = [0u16; WORDS];
    let mut i = 1;
    while i < WORDS {
        rank[i] = rank[i - 1] + IS_TRADITIONAL[i - 1].count_ones() as u16;
        i += 1;
    }
    rank
};

/// The simplified forms, in the order of the traditional characters.
static SIMPLIFIED: [u16; TRADITIONAL.len()] = {
    let mut forms = [0u16; TRADITIONAL.len()];
    let mut i = 0;
    while i < TRADITIONAL.len() {
        forms[i] = TRADITIONAL[i].1;
        i += 1;
    }
    forms
};

/// Ideographs looked at to tell the script of a text: a report's first paragraphs tell it (in
/// a traditional text some 150 of 600 are traditional forms, in a simplified one next to none).
const SAMPLE_IDEOGRAPHS: usize = 600;
/// A text is traditional when at least this share of its ideographs (per mille) and at least
/// `MIN_TRADITIONAL` of them are traditional forms. In a traditional text about a quarter of
/// the ideographs are (`的`, `一`, `在` are the same in both scripts); in a simplified one,
/// next to none.
const MIN_PER_MILLE: usize = 50;
const MIN_TRADITIONAL: usize = 5;

/// Whether `c` is a traditional character with a simplified form of its own.
#[inline]
pub(crate) fn is_traditional(c: char) -> bool {
    let code = c as u32;
    if !(FIRST..=LAST).contains(&code) {
        return false;
    }
    let bit = (code - FIRST) as usize;
    IS_TRADITIONAL[bit / 64] >> (bit % 64) & 1 == 1
}

/// The simplified form of `c`, or `c` itself.
pub(crate) fn simplified(c: char) -> char {
    if !is_traditional(c) {
        return c;
    }
    let bit = (c as u32 - FIRST) as usize;
    let before = IS_TRADITIONAL[bit / 64] & ((1u64 << (bit % 64)) - 1);
    let index = usize::from(RANK[bit / 64]) + before.count_ones() as usize;
    SIMPLIFIED
        .get(index)
        .and_then(|&s| char::from_u32(u32::from(s)))
        .unwrap_or(c)
}

/// Whether `text` is written in traditional characters (told from its first ideographs).
pub(crate) fn is_traditional_text(text: &str) -> bool {
    let (mut ideographs, mut traditional) = (0usize, 0usize);
    let bytes = text.as_bytes();
    let mut i = 0;
    // Ideographs of U+3400..=U+9FFF take three bytes, led by 0xE3..=0xE9; other bytes (ASCII,
    // continuation bytes, other leads) are stepped over one by one.
    while i + 2 < bytes.len() && ideographs < SAMPLE_IDEOGRAPHS {
        let lead = bytes[i];
        if !(0xE3..=0xE9).contains(&lead) {
            i += 1;
            continue;
        }
        let code = u32::from(lead & 0x0F) << 12
            | u32::from(bytes[i + 1] & 0x3F) << 6
            | u32::from(bytes[i + 2] & 0x3F);
        if let Some(c) = char::from_u32(code).filter(|_| code >= FIRST) {
            ideographs += 1;
            traditional += usize::from(is_traditional(c));
        }
        i += 3;
    }
    traditional >= MIN_TRADITIONAL && traditional * 1000 >= ideographs * MIN_PER_MILLE
}

/// `text` in simplified characters, with how many were folded, when it is written in
/// traditional ones; every character keeps its byte offsets.
pub fn fold_traditional(text: &str) -> Option<(String, usize)> {
    if !is_traditional_text(text) {
        return None;
    }
    let mut folded = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let s = simplified(c);
        folded += usize::from(s != c);
        out.push(s);
    }
    debug_assert_eq!(out.len(), text.len());
    Some((out, folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_three_bytes_each_and_folding_twice_changes_nothing() {
        assert!(TRADITIONAL.windows(2).all(|w| w[0].0 < w[1].0));
        for &(t, s) in TRADITIONAL {
            let (t, s) = (
                char::from_u32(t.into()).unwrap(),
                char::from_u32(s.into()).unwrap(),
            );
            assert_eq!((t.len_utf8(), s.len_utf8()), (3, 3), "{t} {s}");
            assert!(is_traditional(t));
            assert_eq!(simplified(s), s, "{t} → {s} would fold again");
        }
    }

    #[test]
    fn folds_the_words_of_a_report() {
        let text = "全市實現地區生產總值7569.5億元、增長5.6%，規上工業增加值增長7.1%";
        let (text, n) = fold_traditional(text).unwrap();
        assert_eq!(
            text,
            "全市实现地区生产总值7569.5亿元、增长5.6%，规上工业增加值增长7.1%"
        );
        assert_eq!(n, 10);
        // Characters that are the same in both scripts, and those OpenCC leaves to context.
        for c in ['的', '一', '沈', '覆', '么', '著', 'A', '。'] {
            assert_eq!(simplified(c), c);
        }
        assert_eq!(simplified('於'), '于');
        assert_eq!(simplified('乾'), '干');
    }

    #[test]
    fn tells_a_traditional_text_from_a_simplified_one_with_a_few_such_names() {
        assert!(is_traditional_text(
            "過去一年，面對複雜嚴峻的外部環境和艱巨繁重的發展任務"
        ));
        assert!(!is_traditional_text(
            "过去一年，面对复杂严峻的外部环境和艰巨繁重的发展任务，於家堡金融区建设加快"
        ));
        assert!(!is_traditional_text("2023年"));
        // Four traditional characters are not enough to tell, however short the text.
        assert!(!is_traditional_text("發展經濟"));
    }
}
