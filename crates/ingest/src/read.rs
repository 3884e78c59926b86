//! Reading list files into text, the one place where parsers touch the file system: UTF-8
//! for every format, and UTF-8-or-Windows-1252 for OFAC's legacy CSV files.
//!
//! A leading byte-order mark is dropped, so parsers see the text as the publisher wrote it.

use std::io::Read;
use std::path::Path;

use crate::IngestError;

/// Reads a whole file as UTF-8, naming the first bad byte if it is not. A leading BOM is
/// dropped.
pub(crate) fn text(path: &Path) -> Result<String, IngestError> {
    let bytes = std::fs::read(path).map_err(|e| IngestError::io(path, e))?;
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        IngestError::malformed(path, format!("byte {at}"), "not valid UTF-8")
    })?;
    let bom = text.len() - text.trim_start_matches('\u{feff}').len();
    text.drain(..bom);
    Ok(text)
}

/// Reads a file as text: UTF-8 when it is valid UTF-8 (newer OFAC files are), else
/// Windows-1252 (see [`utf8_or_windows_1252`]).
pub(crate) fn text_or_windows_1252(path: &Path) -> Result<String, IngestError> {
    let bytes = std::fs::read(path).map_err(|e| IngestError::io(path, e))?;
    Ok(utf8_or_windows_1252(&bytes))
}

/// The first `limit` bytes of a file (fewer when it is shorter), for telling its format.
pub(crate) fn head(path: &Path, limit: u64) -> Result<Vec<u8>, IngestError> {
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit).read_to_end(&mut head))
        .map_err(|e| IngestError::io(path, e))?;
    Ok(head)
}

/// Bytes to text. Valid UTF-8 is taken as UTF-8 (Windows-1252 text with accented letters is
/// almost never valid UTF-8); anything else is decoded as Windows-1252. A leading BOM and a
/// trailing DOS end-of-file mark (Ctrl-Z) with the line ends around it are dropped.
pub(crate) fn utf8_or_windows_1252(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    };
    while text.ends_with(['\u{1a}', '\r', '\n']) {
        text.pop();
    }
    text
}

/// One Windows-1252 byte as a char. 0x80-0x9F hold typographic marks; the five unassigned
/// bytes there map to the C1 controls of the same value, as browsers do.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_or_windows_1252() {
        assert_eq!(
            utf8_or_windows_1252(b"Jos\xe9 \x93A\x94 \x80\x1a"),
            "José “A” €"
        );
        assert_eq!(utf8_or_windows_1252("José".as_bytes()), "José");
        assert_eq!(utf8_or_windows_1252(b"\xEF\xBB\xBFabc\r\n\x1a"), "abc");
    }
}
