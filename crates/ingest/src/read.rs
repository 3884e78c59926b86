//! Reading list files into text, the one place where parsers touch the file system: UTF-8
//! for every format, and UTF-8-or-Windows-1252 for OFAC's legacy CSV files.
//!
//! A leading byte-order mark is dropped, so parsers see the text as the publisher wrote it.
//! Every byte a parser reads passes through [`Counted`], which reports the running total of
//! one [`parse_files`](crate::parse_files) call to the caller's [`Progress`] sink.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use crate::{IngestError, ProgressFn};

/// How much is read at a time: the granularity of progress reports.
const CHUNK: usize = 256 * 1024;

/// The bytes read so far across the files of one parse, reported to the caller's sink once
/// per [`CHUNK`] and at the end of each file (a line-by-line reader would otherwise call it
/// for every line). Without a sink nothing is counted.
#[derive(Default)]
pub(crate) struct Progress {
    sink: Option<ProgressFn>,
    read: Cell<u64>,
    reported: Cell<u64>,
}

impl Progress {
    pub(crate) fn new(sink: Option<ProgressFn>) -> Progress {
        Progress {
            sink,
            ..Progress::default()
        }
    }

    fn add(&self, n: usize) {
        if self.sink.is_some() {
            self.read.set(self.read.get() + n as u64);
            if self.read.get() - self.reported.get() >= CHUNK as u64 {
                self.report();
            }
        }
    }

    /// Reports what was read since the last report, if anything.
    fn report(&self) {
        if let Some(sink) = &self.sink {
            let read = self.read.get();
            if read > self.reported.get() {
                self.reported.set(read);
                sink(read);
            }
        }
    }
}

/// A reader that adds the bytes taken from it to a [`Progress`]: bytes returned by `read`, or
/// consumed after `fill_buf`. Reaching the end of the input reports the total.
pub(crate) struct Counted<'p, R> {
    inner: R,
    progress: &'p Progress,
}

impl<'p, R> Counted<'p, R> {
    pub(crate) fn new(inner: R, progress: &'p Progress) -> Self {
        Counted { inner, progress }
    }
}

impl<R: Read> Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.add(n);
        if n == 0 && !buf.is_empty() {
            self.progress.report();
        }
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<'_, R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let buf = self.inner.fill_buf()?;
        if buf.is_empty() {
            self.progress.report();
        }
        Ok(buf)
    }

    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.progress.add(amount);
    }
}

/// Reads a whole file through [`Counted`], a chunk at a time so that progress moves while a
/// large file is read.
fn bytes(path: &Path, progress: &Progress) -> Result<Vec<u8>, IngestError> {
    let error = |e| IngestError::io(path, e);
    let file = File::open(path).map_err(error)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    let mut input = Counted::new(BufReader::with_capacity(CHUNK, file), progress);
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(error(e)),
        };
        if chunk.is_empty() {
            return Ok(bytes);
        }
        bytes.extend_from_slice(chunk);
        let n = chunk.len();
        input.consume(n);
    }
}

/// The lines of a UTF-8 file, read through [`Counted`] one at a time, so that a JSON-lines
/// file streams (it may be gigabytes) and progress follows the parse. Text is checked as
/// [`text`] checks it: the first bad byte is named by its offset in the file.
pub(crate) struct Lines<'a> {
    path: &'a Path,
    input: Counted<'a, BufReader<File>>,
    /// The file offset of the next line.
    offset: usize,
    number: usize,
    line: String,
}

impl<'a> Lines<'a> {
    pub(crate) fn open(path: &'a Path, progress: &'a Progress) -> Result<Lines<'a>, IngestError> {
        let file = File::open(path).map_err(|e| IngestError::io(path, e))?;
        Ok(Lines {
            path,
            input: Counted::new(BufReader::with_capacity(CHUNK, file), progress),
            offset: 0,
            number: 0,
            line: String::new(),
        })
    }

    /// The next line as written, its line end included, with its number (from 1); `None` at
    /// the end of the file. A leading BOM is dropped from the first line.
    pub(crate) fn next_line(&mut self) -> Result<Option<(usize, &str)>, IngestError> {
        let mut bytes = std::mem::take(&mut self.line).into_bytes();
        bytes.clear();
        let n = self
            .input
            .read_until(b'\n', &mut bytes)
            .map_err(|e| IngestError::io(self.path, e))?;
        if n == 0 {
            return Ok(None);
        }
        self.line = utf8(self.path, self.offset, bytes)?;
        self.offset += n;
        self.number += 1;
        let line = match self.number {
            1 => self.line.trim_start_matches('\u{feff}'),
            _ => &self.line,
        };
        Ok(Some((self.number, line)))
    }

    /// The rest of the file, not split into lines.
    pub(crate) fn rest(mut self) -> Result<String, IngestError> {
        let mut bytes = Vec::new();
        self.input
            .read_to_end(&mut bytes)
            .map_err(|e| IngestError::io(self.path, e))?;
        utf8(self.path, self.offset, bytes)
    }
}

/// Bytes that start at `offset` in a file as UTF-8, else an error naming the first bad byte.
fn utf8(path: &Path, offset: usize, bytes: Vec<u8>) -> Result<String, IngestError> {
    String::from_utf8(bytes).map_err(|e| {
        let at = offset + e.utf8_error().valid_up_to();
        IngestError::malformed(path, format!("byte {at}"), "not valid UTF-8")
    })
}

/// Reads a whole file as UTF-8, naming the first bad byte if it is not. A leading BOM is
/// dropped.
pub(crate) fn text(path: &Path, progress: &Progress) -> Result<String, IngestError> {
    let mut text = utf8(path, 0, bytes(path, progress)?)?;
    let bom = text.len() - text.trim_start_matches('\u{feff}').len();
    text.drain(..bom);
    Ok(text)
}

/// Reads a file as text: UTF-8 when it is valid UTF-8 (newer OFAC files are), else
/// Windows-1252 (see [`utf8_or_windows_1252`]).
pub(crate) fn text_or_windows_1252(
    path: &Path,
    progress: &Progress,
) -> Result<String, IngestError> {
    let bytes = bytes(path, progress)?;
    Ok(utf8_or_windows_1252(&bytes))
}

/// The first `limit` bytes of a file (fewer when it is shorter), for telling its format. Not
/// counted as progress: the file is read again when it is parsed.
pub(crate) fn head(path: &Path, limit: u64) -> Result<Vec<u8>, IngestError> {
    let mut head = Vec::new();
    File::open(path)
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
    use std::sync::{Arc, Mutex};

    /// A progress sink that records every total it is given.
    fn recorder() -> (Progress, Arc<Mutex<Vec<u64>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let progress = Progress::new(Some(Arc::new(move |n| sink.lock().unwrap().push(n))));
        (progress, seen)
    }

    #[test]
    fn counts_every_byte_read_across_files_in_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let small = dir.path().join("small.txt");
        std::fs::write(&big, "x".repeat(CHUNK * 2 + 10)).unwrap();
        std::fs::write(&small, "\u{feff}abc").unwrap();
        let (progress, seen) = recorder();
        assert_eq!(text(&big, &progress).unwrap().len(), CHUNK * 2 + 10);
        assert_eq!(text_or_windows_1252(&small, &progress).unwrap(), "abc");
        let total = (CHUNK * 2 + 10 + 6) as u64;
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen, [CHUNK as u64, 2 * CHUNK as u64, total - 6, total]);

        // Line by line, the sink hears once a chunk and at the end, not once a line.
        let lines = dir.path().join("lines.txt");
        std::fs::write(&lines, "ab\n".repeat(CHUNK)).unwrap();
        let (progress, seen) = recorder();
        let mut reader = Lines::open(&lines, &progress).unwrap();
        let mut count = 0;
        while let Some((number, line)) = reader.next_line().unwrap() {
            assert_eq!(line, "ab\n");
            count = number;
        }
        assert_eq!(count, CHUNK);
        let seen = seen.lock().unwrap().clone();
        assert!(seen.len() <= 4, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[1] > w[0]), "{seen:?}");
        assert_eq!(seen.last(), Some(&(3 * CHUNK as u64)));
    }

    #[test]
    fn counted_reads_and_consumes_count_once() {
        let (progress, seen) = recorder();
        let mut input = Counted::new(&b"one\ntwo\nthree"[..], &progress);
        let mut line = String::new();
        input.read_line(&mut line).unwrap();
        let mut rest = Vec::new();
        input.read_to_end(&mut rest).unwrap();
        assert_eq!(
            (line.as_str(), rest.as_slice()),
            ("one\n", &b"two\nthree"[..])
        );
        assert_eq!(seen.lock().unwrap().last(), Some(&13));
        // Without a sink nothing is counted.
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), "abc").unwrap();
        let quiet = Progress::default();
        assert_eq!(text(file.path(), &quiet).unwrap(), "abc");
        assert_eq!(quiet.read.get(), 0);
    }

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
