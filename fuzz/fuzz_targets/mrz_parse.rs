//! Fuzzes the MRZ reader: any text, split into lines, in both plain and OCR modes, must read
//! or fail with an error, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nazar_ingest::mrz::{parse, MrzOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    for ocr in [false, true] {
        let opts = MrzOptions {
            today: Some((2026, 11, 29)),
            ocr,
        };
        if let Ok(m) = parse(&lines, &opts) {
            // A read document always serialises, and its checks decide `valid`.
            assert_eq!(m.valid, m.checks.iter().all(|c| c.ok));
        }
    }
});
