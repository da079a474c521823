//! Hash maps for the core's short-lived keys (lines, characters, small tuples).
//!
//! The standard library's SipHash resists flooding by chosen keys, which matters for a
//! server's maps, not for ones built from a single text by the user who pasted it; it cost
//! about 4% of an analysis. This is the multiply-rotate hash of rustc (FxHash).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// FxHash: each word of the key folded in by a rotate, xor and multiply.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, BuildHasherDefault};

    fn hash(s: &str) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(s)
    }

    #[test]
    fn tells_keys_apart_and_is_stable() {
        assert_eq!(hash("第一页"), hash("第一页"));
        let keys = [
            "",
            "a",
            "ab",
            "abcdefgh",
            "abcdefghi",
            "第一页",
            "第二页",
            "— 1 —",
            "— 2 —",
        ];
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a} {b}");
            }
        }
    }

    #[test]
    fn a_map_works_as_a_map() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for (i, w) in ["甲", "乙", "甲", "丙"].iter().enumerate() {
            *map.entry((*w).to_owned()).or_default() += i;
        }
        assert_eq!(map["甲"], 2);
        assert_eq!(map["乙"], 1);
        assert_eq!(map.len(), 3);
    }
}
