//! Word searches in the short texts of a report (clauses, sentences, lines).
//!
//! `str::find` sets up a two-way searcher for every call, which costs more than the search
//! itself when a clause of twenty characters is searched for each word of a list. These look
//! for the word's last character (memchr on its last byte, the distinctive one of a Chinese
//! character) and compare the rest before it.

/// `text.find(word)`.
pub(crate) fn find_word(text: &str, word: &str) -> Option<usize> {
    let Some(last) = word.chars().next_back() else {
        return Some(0);
    };
    let head = &word[..word.len() - last.len_utf8()];
    // A search for one character runs memchr on its last byte.
    text.match_indices(last)
        .find(|&(at, _)| text[..at].ends_with(head))
        .map(|(at, _)| at - head.len())
}

/// `text.rfind(word)`.
pub(crate) fn rfind_word(text: &str, word: &str) -> Option<usize> {
    let Some(last) = word.chars().next_back() else {
        return Some(text.len());
    };
    let head = &word[..word.len() - last.len_utf8()];
    text.rmatch_indices(last)
        .find(|&(at, _)| text[..at].ends_with(head))
        .map(|(at, _)| at - head.len())
}

/// `text.contains(word)`.
#[inline]
pub(crate) fn contains_word(text: &str, word: &str) -> bool {
    find_word(text, word).is_some()
}

/// `text.ends_with(word)`, telling most mismatches by the last byte.
#[inline]
pub(crate) fn ends_with_word(text: &str, word: &str) -> bool {
    word.is_empty() || text.as_bytes().last() == word.as_bytes().last() && text.ends_with(word)
}

/// `text.starts_with(word)`, telling most mismatches by the third byte (the first byte of
/// most Chinese characters is the same).
#[inline]
pub(crate) fn starts_with_word(text: &str, word: &str) -> bool {
    let third = |s: &str| s.as_bytes().get(2).copied();
    (word.len() < 3 || third(text) == third(word)) && text.starts_with(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_as_str_does() {
        let texts = [
            "",
            "增长",
            "地区生产总值增长5.2%，增速高于全市",
            "ab",
            "增长增长",
        ];
        let words = ["", "增长", "增速", "高于", "b", "长增", "全市", "总值增长5"];
        for text in texts {
            for word in words {
                assert_eq!(find_word(text, word), text.find(word), "{text} {word}");
                assert_eq!(rfind_word(text, word), text.rfind(word), "{text} {word}");
                assert_eq!(
                    ends_with_word(text, word),
                    text.ends_with(word),
                    "{text} {word}"
                );
                assert_eq!(
                    starts_with_word(text, word),
                    text.starts_with(word),
                    "{text} {word}"
                );
            }
        }
    }
}
