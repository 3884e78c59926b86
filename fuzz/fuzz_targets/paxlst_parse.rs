//! Fuzzes the PAXLST reader: any bytes must read (with warnings) or fail with an error,
//! never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(m) = nazar_ingest::paxlst::parse(&text, "fuzz.edi".as_ref()) {
        for t in &m.travellers {
            let _ = t.to_query();
        }
    }
});
