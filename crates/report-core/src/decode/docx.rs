//! `.docx`: the paragraphs of `word/document.xml`, read with a small zip and XML reader.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// Largest document XML inflated, in bytes: a guard against zip bombs.
const MAX_XML_BYTES: usize = 64_000_000;
/// How far from the end the zip directory record is looked for (its comment is at most 64 KiB).
const MAX_EOCD_SEARCH: usize = 65_557;

/// Why a zip file did not yield document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DocxError {
    /// A zip archive, but not a Word document.
    NotDocx,
    /// A Word document whose archive or XML is damaged.
    Damaged,
}

/// The text of a `.docx`: one line per Word paragraph.
pub(crate) fn docx_text(bytes: &[u8]) -> Result<String, DocxError> {
    let xml = read_entry(bytes, "word/document.xml")?;
    let xml = std::str::from_utf8(&xml).map_err(|_| DocxError::Damaged)?;
    Ok(paragraphs(xml))
}

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The uncompressed bytes of the zip entry `name`.
fn read_entry(bytes: &[u8], name: &str) -> Result<Vec<u8>, DocxError> {
    let from = bytes.len().saturating_sub(MAX_EOCD_SEARCH);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .ok_or(DocxError::Damaged)?;
    let n_entries = u16_at(bytes, eocd + 10).ok_or(DocxError::Damaged)?;
    let mut at = u32_at(bytes, eocd + 16).ok_or(DocxError::Damaged)?;
    for _ in 0..n_entries {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(b"PK\x01\x02"))
        {
            return Err(DocxError::Damaged);
        }
        let method = u16_at(bytes, at + 10).ok_or(DocxError::Damaged)?;
        let compressed = u32_at(bytes, at + 20).ok_or(DocxError::Damaged)?;
        let name_len = u16_at(bytes, at + 28).ok_or(DocxError::Damaged)?;
        let extra_len = u16_at(bytes, at + 30).ok_or(DocxError::Damaged)?;
        let comment_len = u16_at(bytes, at + 32).ok_or(DocxError::Damaged)?;
        let local = u32_at(bytes, at + 42).ok_or(DocxError::Damaged)?;
        let entry_name = bytes
            .get(at + 46..at + 46 + name_len)
            .ok_or(DocxError::Damaged)?;
        if entry_name == name.as_bytes() {
            if !bytes
                .get(local..)
                .is_some_and(|b| b.starts_with(b"PK\x03\x04"))
            {
                return Err(DocxError::Damaged);
            }
            let local_name = u16_at(bytes, local + 26).ok_or(DocxError::Damaged)?;
            let local_extra = u16_at(bytes, local + 28).ok_or(DocxError::Damaged)?;
            let start = local + 30 + local_name + local_extra;
            let data = bytes
                .get(start..start + compressed)
                .ok_or(DocxError::Damaged)?;
            return match method {
                0 => Ok(data.to_vec()),
                8 => decompress_to_vec_with_limit(data, MAX_XML_BYTES)
                    .map_err(|_| DocxError::Damaged),
                _ => Err(DocxError::Damaged),
            };
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    Err(DocxError::NotDocx)
}

/// The text of `<w:t>` runs, a line per `<w:p>` paragraph, tabs for `<w:tab/>`.
fn paragraphs(xml: &str) -> String {
    let mut out = String::new();
    let mut in_text = false;
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if in_text {
            push_unescaped(&mut out, &rest[..open]);
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/', '\t', '\n'])
            .next()
            .unwrap_or("");
        let closing = tag.starts_with('/');
        let empty = tag.ends_with('/');
        match name {
            "w:t" => in_text = !closing && !empty,
            "w:tab" if !closing => out.push('\t'),
            "w:br" | "w:cr" if !closing => out.push('\n'),
            "w:p" if closing || empty => out.push('\n'),
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    out
}

/// Appends XML text with its entities resolved.
fn push_unescaped(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let Some(semi) = rest[amp..].find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &rest[amp + 1..];
            continue;
        };
        let entity = &rest[amp + 1..amp + semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[amp..=amp + semi]),
        }
        rest = &rest[amp + semi + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal zip with one stored entry.
    pub(crate) fn zip_stored(name: &str, data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let header = |sig: &[u8], out: &mut Vec<u8>| out.extend_from_slice(sig);
        header(b"PK\x03\x04", &mut out);
        out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&[0; 4]); // crc (not checked)
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        let central = out.len();
        header(b"PK\x01\x02", &mut out);
        out.extend_from_slice(&[20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&[0; 12]);
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        let central_len = out.len() - central;
        header(b"PK\x05\x06", &mut out);
        out.extend_from_slice(&[0, 0, 0, 0, 1, 0, 1, 0]);
        out.extend_from_slice(&(central_len as u32).to_le_bytes());
        out.extend_from_slice(&(central as u32).to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn reads_paragraphs_runs_and_entities() {
        let xml = r#"<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>政府</w:t></w:r><w:r><w:t xml:space="preserve">工作报告 </w:t></w:r></w:p><w:p/><w:p><w:r><w:t>增长&lt;5%&gt;&#x4E00;&amp;</w:t><w:tab/><w:t>完</w:t></w:r></w:p></w:body></w:document>"#;
        let docx = zip_stored("word/document.xml", xml.as_bytes());
        assert_eq!(
            docx_text(&docx),
            Ok("政府工作报告 \n\n增长<5%>一&\t完\n".to_owned())
        );
        assert_eq!(
            docx_text(&zip_stored("other.txt", b"x")),
            Err(DocxError::NotDocx)
        );
        assert_eq!(docx_text(b"PK\x03\x04garbage"), Err(DocxError::Damaged));
    }

    #[test]
    fn inflates_deflated_entries() {
        let xml = "<w:p><w:t>".to_owned() + &"稳增长".repeat(1000) + "</w:t></w:p>";
        let deflated = miniz_oxide::deflate::compress_to_vec(xml.as_bytes(), 6);
        let mut docx = zip_stored("word/document.xml", &deflated);
        // Mark both headers as deflated (method 8) and give the uncompressed size.
        docx[8] = 8;
        let central = docx
            .windows(4)
            .position(|w| w == b"PK\x01\x02")
            .unwrap_or(0);
        docx[central + 10] = 8;
        docx[central + 24..central + 28].copy_from_slice(&(xml.len() as u32).to_le_bytes());
        assert_eq!(docx_text(&docx).map(|t| t.chars().count()), Ok(3001));
    }
}
