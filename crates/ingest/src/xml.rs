//! A small streaming element tree over quick-xml, shared by the XML list parsers (UN
//! consolidated list, OFAC `sdn.xml`, EU FSF, UK Sanctions List): the file streams, one record
//! element at a time becomes a tree, and each record keeps its original XML text for the
//! source record.
//!
//! Names are local names (namespace prefixes dropped); text and attribute values are
//! unescaped.

use std::path::Path;

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use nazar_core::{Entity, SourceRecord};

use crate::{IngestError, Parsed, Warning};

/// One XML element with its attributes, child elements and direct text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Element>,
    pub text: String,
}

impl Element {
    /// An attribute's value, trimmed; `None` when absent or blank.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The direct children with this name.
    pub fn children<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The element's own text, trimmed; `None` when blank.
    pub fn text(&self) -> Option<&str> {
        Some(self.text.trim()).filter(|t| !t.is_empty())
    }

    /// The text of the first direct child with this name.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.children
            .iter()
            .filter(|c| c.name == name)
            .find_map(Element::text)
    }

    /// Every element with this name below this one, in document order.
    pub fn descendants<'a>(&'a self, name: &str) -> Vec<&'a Element> {
        let mut out = Vec::new();
        self.collect(name, &mut out);
        out
    }

    /// The texts of every element with this name below this one.
    pub fn descendant_texts<'a>(&'a self, name: &str) -> Vec<&'a str> {
        self.descendants(name)
            .into_iter()
            .filter_map(Element::text)
            .collect()
    }

    fn collect<'a>(&'a self, name: &str, out: &mut Vec<&'a Element>) {
        for c in &self.children {
            if c.name == name {
                out.push(c);
            }
            c.collect(name, out);
        }
    }
}

/// A record element as read: its tree, its original text and the line it starts on.
pub(crate) struct Record<'t> {
    pub element: Element,
    pub raw: &'t str,
    pub line: usize,
}

/// Streams `text`, checking that the root element is `root`, and calls `each` for every
/// element named `record` (records do not nest). A truncated or ill-formed file is an error
/// at the line and column where reading stopped.
pub(crate) fn read_records<'t>(
    path: &Path,
    text: &'t str,
    root: &str,
    record: &str,
    mut each: impl FnMut(Record<'t>),
) -> Result<(), IngestError> {
    let mut reader = Reader::from_str(text);
    let mut lines = LineCounter::default();
    let mut open: Vec<String> = Vec::new();
    let mut building: Vec<Element> = Vec::new();
    let mut record_start = 0;
    let mut seen_root = false;
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            let at = reader.error_position() as usize;
            IngestError::malformed(path, lines.position(text, at), format!("bad XML: {e}"))
        })?;
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            let element = element(e).map_err(|message| {
                IngestError::malformed(path, lines.position(text, before), message)
            })?;
            if !seen_root {
                seen_root = true;
                if element.name != root {
                    return Err(IngestError::malformed(
                        path,
                        lines.position(text, before),
                        format!("root element is <{}>, expected <{root}>", element.name),
                    ));
                }
            }
            if building.is_empty() && element.name == record {
                record_start = before;
            }
            let is_inside = !building.is_empty() || element.name == record;
            if !empty {
                open.push(element.name.clone());
            }
            if is_inside {
                building.push(element);
                if empty {
                    close(
                        text,
                        &mut building,
                        record_start,
                        reader.buffer_position(),
                        &mut lines,
                        &mut each,
                    );
                }
            }
            continue;
        }
        match event {
            Event::End(_) => {
                open.pop();
                if !building.is_empty() {
                    close(
                        text,
                        &mut building,
                        record_start,
                        reader.buffer_position(),
                        &mut lines,
                        &mut each,
                    );
                }
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                if let Some(top) = building.last_mut() {
                    push_text(&mut top.text, &event);
                }
            }
            Event::Eof => {
                if let Some(name) = open.last() {
                    return Err(IngestError::malformed(
                        path,
                        lines.position(text, text.len()),
                        format!("file ends inside <{name}>: truncated"),
                    ));
                }
                if !seen_root {
                    return Err(IngestError::malformed(
                        path,
                        "line 1",
                        "no XML element in the file",
                    ));
                }
                return Ok(());
            }
            _ => {}
        }
    }
}

/// Reads every `record` element of a list file into an entity whose source record is the
/// element's XML. `entity` maps one element and may note values it could not read; a record
/// it refuses, and every note, is a warning at the record's line.
pub(crate) fn read_entities(
    path: &Path,
    text: &str,
    root: &str,
    record: &str,
    out: &mut Parsed,
    mut entity: impl FnMut(&Element, &mut Vec<String>) -> Result<Entity, String>,
) -> Result<(), IngestError> {
    read_records(path, text, root, record, |r| {
        let mut notes = Vec::new();
        match entity(&r.element, &mut notes) {
            Ok(mut e) => {
                e.source = Some(SourceRecord {
                    format: "xml".into(),
                    text: r.raw.to_string(),
                });
                out.entities.push(e);
            }
            Err(message) => notes.push(message),
        }
        let at = |message| Warning::at_line(path, r.line, message);
        out.warnings.extend(notes.into_iter().map(at));
    })
}

/// Closes the innermost element being built: into its parent, or out as a whole record.
fn close<'t>(
    text: &'t str,
    building: &mut Vec<Element>,
    start: usize,
    end: u64,
    lines: &mut LineCounter,
    each: &mut impl FnMut(Record<'t>),
) {
    let Some(done) = building.pop() else { return };
    match building.last_mut() {
        Some(parent) => parent.children.push(done),
        None => {
            let line = lines.line(text, start);
            each(Record {
                element: done,
                raw: text.get(start..end as usize).unwrap_or_default(),
                line,
            });
        }
    }
}

/// Appends the text an event stands for: text and CDATA unescaped, a character or predefined
/// entity reference resolved, any other entity reference kept as written.
fn push_text(out: &mut String, event: &Event<'_>) {
    match event {
        Event::Text(t) => out.push_str(&t.xml10_content()),
        Event::CData(t) => out.push_str(&t.xml10_content()),
        Event::GeneralRef(r) => match r.resolve_char_ref() {
            Ok(Some(c)) => out.push(c),
            _ => {
                let name = r.xml10_content();
                match resolve_predefined_entity(&name) {
                    Some(s) => out.push_str(s),
                    None => {
                        out.push('&');
                        out.push_str(&name);
                        out.push(';');
                    }
                }
            }
        },
        _ => {}
    }
}

fn element(e: &BytesStart<'_>) -> Result<Element, String> {
    let mut el = Element {
        name: e.local_name().as_ref().to_string(),
        ..Element::default()
    };
    for attr in e.attributes() {
        let attr = attr.map_err(|e| format!("bad attribute in <{}>: {e}", el.name))?;
        let value = attr
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| format!("bad attribute value in <{}>: {e}", el.name))?;
        el.attrs.push((
            attr.key.local_name().as_ref().to_string(),
            value.into_owned(),
        ));
    }
    Ok(el)
}

/// Turns byte offsets into line numbers, counting forward from the last offset asked for
/// (records come in order, so the whole file is counted once).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    fn line(&mut self, text: &str, at: usize) -> usize {
        let at = at.min(text.len());
        if at < self.offset {
            *self = LineCounter::default();
        }
        let chunk = text.as_bytes().get(self.offset..at).unwrap_or_default();
        self.line += chunk.iter().filter(|&&b| b == b'\n').count();
        self.offset = at;
        self.line + 1
    }

    /// `line L, column C` (column in characters) for a byte offset.
    fn position(&mut self, text: &str, at: usize) -> String {
        let at = at.min(text.len());
        let line = self.line(text, at);
        let line_start = text.as_bytes()[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = text
            .get(line_start..at)
            .map_or(1, |s| s.chars().count() + 1);
        format!("line {line}, column {column}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(xml: &str) -> Result<Vec<(Element, String, usize)>, IngestError> {
        let mut out = Vec::new();
        read_records(Path::new("t.xml"), xml, "root", "r", |r| {
            out.push((r.element, r.raw.to_string(), r.line))
        })?;
        Ok(out)
    }

    #[test]
    fn reads_records_with_text_attributes_and_raw() {
        let xml = "<?xml version=\"1.0\"?>\n<x:root xmlns:x=\"u\">\n <r id=\"1 &amp; 2\"><a>Ali &amp; S&#x00F6;n</a><b k=\"v\"/></r>\n <r/>\n</x:root>";
        let rs = records(xml).unwrap();
        assert_eq!(rs.len(), 2);
        let (r, raw, line) = &rs[0];
        assert_eq!(r.attr("id"), Some("1 & 2"));
        assert_eq!(r.child_text("a"), Some("Ali & Sön"));
        assert_eq!(r.children("b").next().unwrap().attr("k"), Some("v"));
        assert_eq!(
            raw,
            "<r id=\"1 &amp; 2\"><a>Ali &amp; S&#x00F6;n</a><b k=\"v\"/></r>"
        );
        assert_eq!(*line, 3);
        assert_eq!((rs[1].1.as_str(), rs[1].2), ("<r/>", 4));
    }

    #[test]
    fn truncated_and_foreign_files_fail() {
        let err = records("<root>\n<r><a>x</a>\n<r>").unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        let err = records("<other/>").unwrap_err();
        assert!(err.to_string().contains("expected <root>"), "{err}");
        assert!(records("").is_err());
        assert!(records("<root><r></x></root>").is_err());
    }
}
