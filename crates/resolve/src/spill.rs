//! Bounded memory: when the candidate pairs would not fit under the memory cap, each rule's
//! block entries are written to temporary files, partitioned by a hash of the blocking key.
//! A block never straddles two partitions (all entries of a key land in the same one), so
//! each partition is blocked, compared and scored on its own, one at a time, and only the
//! pairs that matter (near or above the threshold) stay in memory.
//!
//! The record table itself (integer value ids, a few dozen bytes per record) stays in
//! memory; it is the pair space, which grows much faster than the records, that is
//! partitioned.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};

use crate::blocking::{Blocker, Entry};
use crate::data::Dataset;
use crate::Error;

const ENTRY_BYTES: usize = 16;

/// Spilled entries: one temporary file per rule and partition, deleted on drop.
pub struct Partitions {
    files: Vec<Vec<(File, u64)>>,
    count: usize,
}

impl Partitions {
    /// Writes every rule's entries into as many partitions as needed for each partition to
    /// span about `max_pairs` pairs at most (rules' `spans` are their pair counts).
    pub fn write(
        blocker: &Blocker,
        data: &Dataset,
        spans: &[u64],
        max_pairs: u64,
    ) -> Result<Partitions, Error> {
        let worst = spans.iter().copied().max().unwrap_or(0);
        // Pairs grow with the square of block sizes, so partitions shrink pairs linearly
        // (each block lands whole in one partition); aim a little below the cap.
        let count = (worst.div_ceil(max_pairs.max(1)) as usize * 2).clamp(2, 256);
        let mut files = Vec::with_capacity(blocker.n_rules());
        for r in 0..blocker.n_rules() {
            let mut writers: Vec<BufWriter<File>> = (0..count)
                .map(|_| Ok(BufWriter::with_capacity(1 << 15, tempfile::tempfile()?)))
                .collect::<Result<_, std::io::Error>>()?;
            let mut sizes = vec![0u64; count];
            for e in blocker.entries(r, data) {
                let p = partition(e.key, count);
                writers[p].write_all(&encode(&e))?;
                sizes[p] += ENTRY_BYTES as u64;
            }
            let mut rule_files = Vec::with_capacity(count);
            for (w, size) in writers.into_iter().zip(sizes) {
                let f = w.into_inner().map_err(|e| e.into_error())?;
                rule_files.push((f, size));
            }
            files.push(rule_files);
        }
        Ok(Partitions { files, count })
    }

    pub fn count(&self) -> usize {
        self.count
    }

    /// Bytes written to disk.
    pub fn bytes(&self) -> u64 {
        self.files.iter().flatten().map(|(_, s)| s).sum()
    }

    /// Reads back partition `p` of rule `r`.
    pub fn read(&self, r: usize, p: usize) -> Result<Vec<Entry>, Error> {
        let (file, size) = &self.files[r][p];
        let mut f = file.try_clone()?;
        f.seek(SeekFrom::Start(0))?;
        let mut rd = BufReader::with_capacity(1 << 16, f);
        let n = *size as usize / ENTRY_BYTES;
        let mut out = Vec::with_capacity(n);
        let mut buf = [0u8; ENTRY_BYTES];
        for _ in 0..n {
            rd.read_exact(&mut buf)?;
            out.push(decode(&buf));
        }
        Ok(out)
    }
}

fn partition(key: u64, count: usize) -> usize {
    // Keys are well-mixed hashes: the high bits pick the partition.
    ((key >> 32) as usize * count) >> 32
}

fn encode(e: &Entry) -> [u8; ENTRY_BYTES] {
    let mut b = [0u8; ENTRY_BYTES];
    b[..8].copy_from_slice(&e.key.to_le_bytes());
    b[8..12].copy_from_slice(&e.rec.to_le_bytes());
    b[12..14].copy_from_slice(&e.source.to_le_bytes());
    b[14..].copy_from_slice(&e.role.to_le_bytes());
    b
}

fn decode(b: &[u8; ENTRY_BYTES]) -> Entry {
    let u64_at = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[i..i + 8]);
        u64::from_le_bytes(w)
    };
    Entry {
        key: u64_at(0),
        rec: u32::from_le_bytes([b[8], b[9], b[10], b[11]]),
        source: u16::from_le_bytes([b[12], b[13]]),
        role: u16::from_le_bytes([b[14], b[15]]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip() {
        let e = Entry {
            key: 0xdead_beef_1234_5678,
            rec: 42,
            source: 3,
            role: 1,
        };
        assert_eq!(decode(&encode(&e)), e);
        for k in [0u64, 1 << 40, u64::MAX] {
            assert!(partition(k, 7) < 7);
        }
    }
}
