//! UN/EDIFACT syntax: the UNA service string, release-character escaping and the split of a
//! message into segments, elements and components, each segment with where it starts.

use std::path::Path;

use crate::IngestError;

/// The service characters a message is written with (set by UNA, or the defaults).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiters {
    pub component: char,
    pub element: char,
    pub decimal: char,
    pub release: char,
    pub terminator: char,
}

impl Default for Delimiters {
    fn default() -> Self {
        Delimiters {
            component: ':',
            element: '+',
            decimal: '.',
            release: '?',
            terminator: '\'',
        }
    }
}

/// One segment: its tag and its elements, each a list of components, with escapes resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub tag: String,
    /// `elements[0]` is the first data element after the tag.
    pub elements: Vec<Vec<String>>,
    /// 1-based line of the segment's first character.
    pub line: usize,
    pub column: usize,
    /// The segment did not end with a terminator (text at the end of the file).
    pub unterminated: bool,
}

impl Segment {
    /// Component `c` of element `e` (both 0-based), trimmed; `None` when absent or empty.
    pub fn get(&self, e: usize, c: usize) -> Option<&str> {
        let v = self.elements.get(e)?.get(c)?.trim();
        (!v.is_empty()).then_some(v)
    }

    /// Where the segment starts, for messages.
    pub fn location(&self) -> String {
        format!("line {}, column {}", self.line, self.column)
    }

    /// The segment's text as read (after escapes), for stray-text warnings.
    pub fn text(&self) -> String {
        let mut out = self.tag.clone();
        for e in &self.elements {
            out.push('+');
            out.push_str(&e.join(":"));
        }
        out
    }
}

/// What the splitter found: the segments, and any text before the first service segment.
#[derive(Debug)]
pub struct Split {
    pub segments: Vec<Segment>,
    /// Non-blank text before UNA/UNB/UNH, with its position.
    pub leading: Option<(String, String)>,
}

/// How far into a file the first service segment may start before the file is not EDIFACT.
const MAX_LEADING: usize = 256;

/// Splits `text` into segments. Fails only when no UNA, UNB or UNH segment starts near the
/// beginning: that is not an EDIFACT interchange.
pub fn split(text: &str, file: &Path) -> Result<Split, IngestError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = ["UNA", "UNB", "UNH"]
        .iter()
        .filter_map(|t| text.find(t))
        .min()
        .filter(|&i| i <= MAX_LEADING);
    let Some(start) = start else {
        let (line, column) = first_text(text);
        return Err(IngestError::malformed(
            file,
            format!("line {line}, column {column}"),
            "not a UN/EDIFACT message: no UNA, UNB or UNH segment at the start",
        ));
    };
    let before = &text[..start];
    let leading = (!before.trim().is_empty()).then(|| {
        let (line, column) = first_text(before);
        (
            format!("line {line}, column {column}"),
            before.trim().to_string(),
        )
    });
    let (mut line, mut column) = position_after(before);
    let mut rest = &text[start..];
    let mut delimiters = Delimiters::default();
    if let Some(una) = rest.strip_prefix("UNA") {
        let chars: Vec<char> = una.chars().take(6).collect();
        if chars.len() < 6 {
            return Err(IngestError::malformed(
                file,
                format!("line {line}, column {column}"),
                "truncated UNA service string advice",
            ));
        }
        delimiters = Delimiters {
            component: chars[0],
            element: chars[1],
            decimal: chars[2],
            release: chars[3],
            terminator: chars[5],
        };
        let len = 3 + chars.iter().map(|c| c.len_utf8()).sum::<usize>();
        column += len;
        rest = &rest[len..];
    }
    let segments = segments(rest, &delimiters, &mut line, &mut column);
    Ok(Split { segments, leading })
}

/// Line and column (1-based) of the first non-blank character of `text`.
fn first_text(text: &str) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for c in text.chars() {
        if !c.is_whitespace() {
            break;
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

/// Line and column (1-based) just after `text`.
fn position_after(text: &str) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for c in text.chars() {
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

fn segments(text: &str, d: &Delimiters, line: &mut usize, column: &mut usize) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut elements: Vec<Vec<String>> = Vec::new();
    let mut components: Vec<String> = Vec::new();
    let mut current = String::new();
    // Position of the segment's first non-blank character; `None` while only blanks were read.
    let mut start: Option<(usize, usize)> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let here = (*line, *column);
        if c == '\n' {
            *line += 1;
            *column = 1;
        } else {
            *column += 1;
        }
        if start.is_none() {
            // Line breaks and indentation between segments are not part of them.
            if c.is_whitespace() && c != d.terminator {
                continue;
            }
            start = Some(here);
        }
        if c == d.release {
            if let Some(next) = chars.next() {
                if next == '\n' {
                    *line += 1;
                    *column = 1;
                } else {
                    *column += 1;
                }
                current.push(next);
            }
            continue;
        }
        if c == d.terminator {
            components.push(std::mem::take(&mut current));
            elements.push(std::mem::take(&mut components));
            out.push(segment(std::mem::take(&mut elements), start, false));
            start = None;
        } else if c == d.element {
            components.push(std::mem::take(&mut current));
            elements.push(std::mem::take(&mut components));
        } else if c == d.component {
            components.push(std::mem::take(&mut current));
        } else if c != '\r' && c != '\n' {
            current.push(c);
        }
    }
    if start.is_some() {
        components.push(current);
        elements.push(components);
        out.push(segment(elements, start, true));
    }
    out
}

fn segment(
    mut elements: Vec<Vec<String>>,
    start: Option<(usize, usize)>,
    unterminated: bool,
) -> Segment {
    let (line, column) = start.unwrap_or((1, 1));
    let head = if elements.is_empty() {
        Vec::new()
    } else {
        elements.remove(0)
    };
    // The tag is the first component of the first element; a space inside it
    // (`UNG *PAXLST`) is a sender's slip, not part of the tag.
    let tag: String = head
        .first()
        .map(|t| t.chars().filter(|c| !c.is_whitespace()).collect())
        .unwrap_or_default();
    Segment {
        tag: tag.to_ascii_uppercase(),
        elements,
        line,
        column,
        unterminated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<String> {
        split(text, Path::new("t"))
            .unwrap()
            .segments
            .into_iter()
            .map(|s| s.tag)
            .collect()
    }

    #[test]
    fn una_sets_every_delimiter() {
        let s = split(
            "UNA|*,! $UNB*UNOA|4*A$NAD*FL***O!*HARA|ANN$",
            Path::new("t"),
        )
        .unwrap();
        let nad = &s.segments[1];
        assert_eq!(nad.tag, "NAD");
        assert_eq!(nad.get(3, 0), Some("O*HARA"));
        assert_eq!(nad.get(3, 1), Some("ANN"));
    }

    #[test]
    fn release_character_escapes_each_delimiter() {
        let s = split("UNB+X'NAD+FL+++D?'ARC??Y?:JO?+HN'", Path::new("t")).unwrap();
        assert_eq!(s.segments[1].get(3, 0), Some("D'ARC?Y:JO+HN"));
    }

    #[test]
    fn crlf_indentation_and_a_spaced_tag_are_tolerated() {
        assert_eq!(
            tags(" UNB+A'\r\n  UNG +PAXLST'UNH+1'  \r\nBGM+745'"),
            ["UNB", "UNG", "UNH", "BGM"]
        );
    }

    #[test]
    fn text_after_the_last_terminator_is_an_unterminated_segment() {
        let s = split("UNB+A'UNZ+1+A'13Nov09", Path::new("t")).unwrap();
        let last = s.segments.last().unwrap();
        assert!(last.unterminated);
        assert_eq!(last.tag, "13NOV09");
        assert_eq!(last.location(), "line 1, column 15");
    }

    #[test]
    fn text_that_is_not_edifact_fails_with_a_position() {
        let err = split("\n\n  hello world, this is a letter", Path::new("t")).unwrap_err();
        assert!(err.to_string().contains("line 3, column 3"), "{err}");
    }
}
