//! Reading inputs: CSV rows streamed into a compact, integer-coded table. Every property's
//! values are normalised (trimmed, whitespace collapsed, lower-cased) and interned, so a
//! record is a row of `u32` value ids and equal values are equal integers.

use std::borrow::Cow;
use std::io::Read;

use crate::config::{Config, Kind};
use crate::hash::FxHashMap;
use crate::Error;

/// The id of a missing value.
pub const NULL: u32 = u32::MAX;

/// The distinct values of one property, with how many records hold each.
#[derive(Debug, Default)]
pub struct Values {
    pub strings: Vec<Box<str>>,
    pub counts: Vec<u32>,
    /// Records holding any value.
    pub filled: u64,
    index: FxHashMap<Box<str>, u32>,
}

impl Values {
    /// Interns `s` held by `n` more records.
    fn absorb(&mut self, s: &str, n: u32) -> u32 {
        self.filled += n as u64;
        if let Some(&id) = self.index.get(s) {
            self.counts[id as usize] += n;
            return id;
        }
        let id = self.counts.len() as u32;
        self.counts.push(n);
        self.index.insert(s.into(), id);
        id
    }

    #[inline]
    fn intern(&mut self, s: &str) -> u32 {
        self.absorb(s, 1)
    }

    pub fn get(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(|s| &**s)
    }

    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Moves the strings out of the lookup table once all inputs are read: while reading,
    /// each distinct value is stored once, as the table's key.
    fn seal(&mut self) {
        if self.strings.len() == self.counts.len() {
            return;
        }
        let mut strings: Vec<Box<str>> = vec![Box::from(""); self.counts.len()];
        for (k, id) in std::mem::take(&mut self.index) {
            strings[id as usize] = k;
        }
        self.strings = strings;
    }
}

/// A record that could not be read, skipped.
#[derive(Debug, Clone)]
pub struct Warning {
    pub file: String,
    pub line: u64,
    pub message: String,
}

/// All inputs' records: record `r` is row `r` of `cells` (one value id per property).
#[derive(Debug, Default)]
pub struct Dataset {
    /// The inputs' file names, in order.
    pub sources: Vec<String>,
    /// The first record of each input, and the total at the end: input `s` is
    /// `source_start[s]..source_start[s + 1]`.
    pub source_start: Vec<u32>,
    /// The properties, in column order of `cells`.
    pub props: Vec<String>,
    pub values: Vec<Values>,
    pub cells: Vec<u32>,
    ids: String,
    id_end: Vec<u32>,
    /// Analyst labels (interned), when any input has a label column.
    pub labels: Option<Vec<u32>>,
    label_values: Values,
}

impl Dataset {
    pub fn len(&self) -> usize {
        self.id_end.len()
    }

    pub fn is_empty(&self) -> bool {
        self.id_end.is_empty()
    }

    /// The value id of property `p` for record `r`.
    #[inline]
    pub fn cell(&self, r: u32, p: usize) -> u32 {
        self.cells[r as usize * self.props.len() + p]
    }

    /// The value of property `p` for record `r`, if any.
    pub fn value(&self, r: u32, p: usize) -> Option<&str> {
        self.values[p].get(self.cell(r, p))
    }

    pub fn record_id(&self, r: u32) -> &str {
        let r = r as usize;
        let start = if r == 0 {
            0
        } else {
            self.id_end[r - 1] as usize
        };
        &self.ids[start..self.id_end[r] as usize]
    }

    #[inline]
    pub fn source(&self, r: u32) -> u16 {
        // Few inputs: a linear scan is faster than a binary search.
        let mut s = 0;
        while self.source_start[s + 1] <= r {
            s += 1;
        }
        s as u16
    }

    pub fn prop(&self, name: &str) -> Option<usize> {
        self.props.iter().position(|p| p == name)
    }

    /// Bytes of memory the table uses, roughly.
    pub fn memory(&self) -> u64 {
        let strings: usize = self
            .values
            .iter()
            .map(|v| v.strings.iter().map(|s| s.len() + 24).sum::<usize>() + v.counts.len() * 4)
            .sum();
        (self.cells.len() * 4 + self.ids.len() + self.id_end.len() * 4 + strings) as u64
    }
}

/// Reads inputs into a [`Dataset`] of the properties `props`.
pub struct Reader<'c> {
    config: &'c Config,
    /// The kind of comparison of each property, which fixes its canonical form.
    kinds: Vec<Option<Kind>>,
    data: Dataset,
    label_values: Values,
    any_label: bool,
    warnings: Vec<Warning>,
}

impl<'c> Reader<'c> {
    pub fn new(config: &'c Config, props: Vec<String>) -> Self {
        let values = props.iter().map(|_| Values::default()).collect();
        let kinds = props
            .iter()
            .map(|p| {
                config
                    .comparisons
                    .iter()
                    .find(|c| &c.property == p)
                    .map(|c| c.kind)
            })
            .collect();
        Reader {
            config,
            kinds,
            data: Dataset {
                props,
                values,
                source_start: vec![0],
                ..Dataset::default()
            },
            label_values: Values::default(),
            any_label: false,
            warnings: Vec::new(),
        }
    }

    /// Reads one CSV input called `file` (its file name, used for the mapping and the output).
    pub fn read_csv(&mut self, file: &str, input: impl Read) -> Result<(), Error> {
        let mapping = self.config.mapping_for(file);
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .buffer_capacity(1 << 20)
            .from_reader(input);
        let headers: Vec<String> = rdr
            .byte_headers()
            .map_err(|e| Error::csv(file, &e))?
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect();
        let col = |name: &str| -> Result<usize, Error> {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| Error::Input {
                    file: file.to_string(),
                    message: format!("no column `{name}`"),
                })
        };
        let id_col = col(mapping.id.as_deref().unwrap_or("id"))?;
        let label_col = mapping.label.as_deref().map(col).transpose()?;
        self.any_label |= label_col.is_some();
        let mut prop_cols: Vec<Vec<usize>> = Vec::with_capacity(self.data.props.len());
        for p in &self.data.props {
            prop_cols.push(match mapping.columns.get(p) {
                Some(c) => c.names().into_iter().map(col).collect::<Result<_, _>>()?,
                None => Vec::new(),
            });
        }
        let source = self.data.sources.len();
        if source >= u16::MAX as usize {
            return Err(Error::Config("too many inputs".into()));
        }
        self.data.sources.push(file.to_string());
        let mut rec = csv::ByteRecord::new();
        let mut joined = String::new();
        loop {
            match rdr.read_byte_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    // A broken row is skipped; an unreadable file stops here.
                    if e.is_io_error() {
                        return Err(Error::csv(file, &e));
                    }
                    self.warnings.push(Warning {
                        file: file.to_string(),
                        line: e.position().map(|p| p.line()).unwrap_or(0),
                        message: e.to_string(),
                    });
                    continue;
                }
            }
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            let id = rec
                .get(id_col)
                .map(String::from_utf8_lossy)
                .unwrap_or_default();
            if id.is_empty() {
                self.warnings.push(Warning {
                    file: file.to_string(),
                    line,
                    message: "no record id: skipped".into(),
                });
                continue;
            }
            self.data.ids.push_str(&id);
            if self.data.ids.len() > u32::MAX as usize {
                return Err(Error::Config("record ids exceed 4 GB".into()));
            }
            self.data.id_end.push(self.data.ids.len() as u32);
            for (p, cols) in prop_cols.iter().enumerate() {
                let v = match cols.as_slice() {
                    [] => None,
                    [c] => rec.get(*c).and_then(normalize),
                    many => {
                        joined.clear();
                        for c in many {
                            if let Some(v) = rec.get(*c).and_then(normalize) {
                                if !joined.is_empty() {
                                    joined.push(' ');
                                }
                                joined.push_str(&v);
                            }
                        }
                        (!joined.is_empty()).then_some(Cow::Borrowed(joined.as_str()))
                    }
                };
                let v = v.and_then(|v| canonical(self.kinds[p], v));
                let id = match v {
                    Some(v) => self.data.values[p].intern(&v),
                    None => NULL,
                };
                self.data.cells.push(id);
            }
            if let Some(lc) = label_col {
                let l = rec.get(lc).and_then(normalize);
                let id = match l {
                    Some(l) => self.label_values.intern(&l),
                    None => NULL,
                };
                self.data.labels.get_or_insert_with(Vec::new).push(id);
            } else if self.any_label {
                self.data.labels.get_or_insert_with(Vec::new).push(NULL);
            }
        }
        if self.data.id_end.len() >= u32::MAX as usize {
            return Err(Error::Config("too many records".into()));
        }
        self.data.source_start.push(self.data.id_end.len() as u32);
        Ok(())
    }

    /// The table, and the rows that were skipped.
    pub fn finish(self) -> (Dataset, Vec<Warning>) {
        let (mut d, w) = self.finish_raw();
        for v in &mut d.values {
            v.seal();
        }
        d.label_values.seal();
        (d, w)
    }

    /// [`Reader::finish`] with the values' lookup tables kept, for merging.
    fn finish_raw(mut self) -> (Dataset, Vec<Warning>) {
        self.data.label_values = std::mem::take(&mut self.label_values);
        // Labels came with a later input: earlier inputs' records have none.
        if let Some(l) = &mut self.data.labels {
            let n = self.data.id_end.len();
            if l.len() < n {
                let mut full = vec![NULL; n - l.len()];
                full.append(l);
                *l = full;
            }
        }
        (self.data, self.warnings)
    }
}

/// Reads several CSV inputs, each on its own thread, into one [`Dataset`] (in the order
/// given). `inputs` are (file name, reader).
pub fn read_all<R: Read + Send>(
    config: &Config,
    props: &[String],
    inputs: Vec<(String, R)>,
) -> Result<(Dataset, Vec<Warning>), Error> {
    use rayon::prelude::*;
    let mut parts: Vec<(Dataset, Vec<Warning>)> = inputs
        .into_par_iter()
        .map(|(name, r)| {
            let mut reader = Reader::new(config, props.to_vec());
            reader.read_csv(&name, r)?;
            Ok(reader.finish_raw())
        })
        .collect::<Result<_, Error>>()?;
    let np = props.len();
    // Merge each property's values (in parallel: properties are independent). The first
    // input's ids stay; the others' are mapped.
    let mut by_prop: Vec<Vec<Values>> = (0..np).map(|_| Vec::new()).collect();
    for (d, _) in &mut parts {
        for (p, v) in d.values.iter_mut().enumerate() {
            by_prop[p].push(std::mem::take(v));
        }
    }
    let merged: Vec<(Values, Vec<Vec<u32>>)> = by_prop
        .into_par_iter()
        .map(|vals| {
            let mut it = vals.into_iter();
            let mut base = it.next().unwrap_or_default();
            let mut maps = vec![Vec::new()];
            for v in it {
                let mut map = vec![0u32; v.counts.len()];
                for (k, id) in v.index {
                    map[id as usize] = base.absorb(&k, v.counts[id as usize]);
                }
                maps.push(map);
            }
            base.seal();
            (base, maps)
        })
        .collect();
    let mut out = Dataset {
        props: props.to_vec(),
        source_start: vec![0],
        ..Dataset::default()
    };
    let mut maps: Vec<Vec<Vec<u32>>> = Vec::with_capacity(np);
    for (v, m) in merged {
        out.values.push(v);
        maps.push(m);
    }
    let mut warnings = Vec::new();
    let any_label = parts.iter().any(|(d, _)| d.labels.is_some());
    for (i, (mut part, w)) in parts.into_iter().enumerate() {
        warnings.extend(w);
        if i == 0 {
            out.cells = std::mem::take(&mut part.cells);
        } else {
            out.cells.reserve(part.cells.len());
            for row in part.cells.chunks_exact(np.max(1)) {
                for (p, &v) in row.iter().enumerate() {
                    out.cells.push(if v == NULL {
                        NULL
                    } else {
                        maps[p][i][v as usize]
                    });
                }
            }
        }
        let base = out.ids.len() as u32;
        let offset = out.id_end.len() as u32;
        out.ids.push_str(&part.ids);
        out.id_end.extend(part.id_end.iter().map(|e| e + base));
        out.sources.extend(part.sources);
        out.source_start
            .extend(part.source_start[1..].iter().map(|s| s + offset));
        if any_label {
            let labels = out.labels.get_or_insert_with(Vec::new);
            match &part.labels {
                Some(l) => {
                    part.label_values.seal();
                    let map: Vec<u32> = part
                        .label_values
                        .strings
                        .iter()
                        .zip(&part.label_values.counts)
                        .map(|(s, &n)| out.label_values.absorb(s, n))
                        .collect();
                    labels.extend(
                        l.iter()
                            .map(|&v| if v == NULL { NULL } else { map[v as usize] }),
                    );
                }
                None => labels.extend(std::iter::repeat_n(NULL, part.id_end.len())),
            }
        }
    }
    out.label_values.seal();
    Ok((out, warnings))
}

/// The canonical form of a value for its comparison kind, so that equal values are equal
/// strings whatever the input's format: dates as ISO prefixes, identifiers as upper-case
/// alphanumerics, phones as their last nine digits.
fn canonical(kind: Option<Kind>, v: Cow<'_, str>) -> Option<Cow<'_, str>> {
    let out = match kind {
        Some(Kind::Date) => crate::compare::canonical_date(&v).map(Cow::<str>::Owned),
        Some(Kind::Id) => {
            if v.bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            {
                return Some(v);
            }
            Some(Cow::Owned(
                v.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_uppercase)
                    .collect(),
            ))
        }
        Some(Kind::Phone) => {
            let d: String = v.chars().filter(char::is_ascii_digit).collect();
            let start = d.len().saturating_sub(9);
            Some(Cow::Owned(d[start..].to_string()))
        }
        _ => return Some(v),
    };
    out.filter(|s| !s.is_empty())
}

/// Trims, collapses inner whitespace and lower-cases; `None` for an empty value.
pub fn normalize(raw: &[u8]) -> Option<Cow<'_, str>> {
    let s = match std::str::from_utf8(raw) {
        Ok(s) => Cow::Borrowed(s.trim()),
        Err(_) => Cow::Owned(String::from_utf8_lossy(raw).trim().to_string()),
    };
    if s.is_empty() {
        return None;
    }
    let clean = s
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'\t')
        && !s.contains("  ");
    if clean {
        return Some(s);
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::from_toml(
            r#"
[input]
id = "rec_id"
label = "truth"
columns = { firstName = "given", lastName = "surname", name = ["given", "surname"] }
[[blocking]]
on = ["lastName"]
[[comparisons]]
property = "firstName"
kind = "name"
"#,
        )
        .unwrap()
    }

    #[test]
    fn reads_and_interns() {
        let cfg = config();
        let mut r = Reader::new(
            &cfg,
            vec!["firstName".into(), "lastName".into(), "name".into()],
        );
        let csv = "rec_id, given, surname, truth\n a1 , Anna ,  Berg,x\na2,anna,,\n,no,id,\n";
        r.read_csv("a.csv", csv.as_bytes()).unwrap();
        let (d, w) = r.finish();
        assert_eq!(d.len(), 2);
        assert_eq!(w.len(), 1);
        assert_eq!(d.record_id(0), "a1");
        assert_eq!(d.record_id(1), "a2");
        assert_eq!(d.cell(0, 0), d.cell(1, 0));
        assert_eq!(d.value(0, 2), Some("anna berg"));
        assert_eq!(d.value(1, 1), None);
        assert_eq!(d.values[0].counts[0], 2);
        assert_eq!(d.labels.as_ref().unwrap()[1], NULL);
    }

    #[test]
    fn parallel_read_equals_sequential() {
        let cfg = config();
        let props: Vec<String> = vec!["firstName".into(), "lastName".into()];
        let a = "rec_id,given,surname,truth\na1,anna,berg,x\na2,bob,,y\n";
        let b = "rec_id,given,surname,truth\nb1,bob,stone,y\nb2,anna,berg,\n";
        let mut r = Reader::new(&cfg, props.clone());
        r.read_csv("a.csv", a.as_bytes()).unwrap();
        r.read_csv("b.csv", b.as_bytes()).unwrap();
        let (seq, _) = r.finish();
        let inputs = vec![
            ("a.csv".to_string(), a.as_bytes()),
            ("b.csv".to_string(), b.as_bytes()),
        ];
        let (par, _) = read_all(&cfg, &props, inputs).unwrap();
        assert_eq!(par.len(), seq.len());
        assert_eq!(par.source_start, seq.source_start);
        for r in 0..seq.len() as u32 {
            assert_eq!(par.record_id(r), seq.record_id(r));
            for p in 0..2 {
                assert_eq!(par.value(r, p), seq.value(r, p));
            }
        }
        assert_eq!(par.values[0].counts, seq.values[0].counts);
        let (lp, ls) = (par.labels.unwrap(), seq.labels.unwrap());
        assert_eq!(lp[1], lp[2]);
        assert_eq!(ls[1], ls[2]);
        assert_eq!(lp[3], NULL);
    }

    #[test]
    fn missing_column_is_an_error() {
        let cfg = config();
        let mut r = Reader::new(&cfg, vec!["firstName".into()]);
        assert!(r.read_csv("a.csv", "id,given\n1,x\n".as_bytes()).is_err());
    }

    #[test]
    fn normalizes() {
        assert_eq!(normalize(b"  Jean   PAUL ").as_deref(), Some("jean paul"));
        assert_eq!(normalize(b"   "), None);
        assert_eq!(normalize("ÉMILE".as_bytes()).as_deref(), Some("émile"));
    }
}
