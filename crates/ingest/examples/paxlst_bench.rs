//! Manifest screening throughput, in-process: reads a PAXLST manifest and screens every
//! traveller against the UN and OFAC lists, for a fixed time on every core, and prints
//! travellers per second. The figure includes parsing the manifest each round, as a border
//! post would; building the index is measured apart.
//!
//! ```sh
//! cargo run --release -p nazar-ingest --example paxlst_bench -- \
//!     ../shared/data/paxlst-gtas/Test3.txt ../shared/data/un-consolidated/UN_consolidated.xml \
//!     ../shared/data/ofac-sdn-legacy-csv/sdn.csv --seconds 10
//! ```

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use nazar_core::{IndexBuilder, ScreenOptions};
use nazar_ingest::{parse_files, paxlst, Format, Options};

/// The allocator of the `nazar` binary, so that the figure is the product's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        return Err(
            "usage: paxlst_bench MANIFEST UN.xml OFAC_sdn.csv [--seconds S] [--threads T] \
             [--beside GENERATED.jsonl]"
                .into(),
        );
    }
    let flag = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seconds = flag("--seconds", 10);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    let threads = flag("--threads", cores).max(1) as usize;
    let manifest_path = PathBuf::from(&args[0]);
    let text = String::from_utf8_lossy(&std::fs::read(&manifest_path)?).into_owned();

    let started = Instant::now();
    let mut builder = IndexBuilder::new();
    let lists = [
        ("un", Format::UnXml, &args[1]),
        ("ofac", Format::OfacCsv, &args[2]),
    ];
    // A generated population (`nazar gen`) indexed beside the lists: the national-scale figure.
    let beside = args
        .iter()
        .position(|a| a == "--beside")
        .and_then(|i| args.get(i + 1));
    let beside = beside.map(|path| ("synth", Format::Ftm, path));
    for (list, format, path) in lists.into_iter().chain(beside) {
        let parsed = parse_files(
            list,
            Some(format),
            &[PathBuf::from(path)],
            &Options::default(),
        )?;
        for e in parsed.entities {
            builder.add(e);
        }
    }
    let index = builder.build();
    println!(
        "index: {} entities built in {:.2} s",
        index.len(),
        started.elapsed().as_secs_f64()
    );

    // Parsing alone, for scale: the same manifest read again and again on one thread.
    let t = Instant::now();
    let mut rounds = 0usize;
    while t.elapsed() < Duration::from_secs(1) {
        let m = paxlst::parse(&text, &manifest_path)?;
        rounds += 1;
        assert!(!m.travellers.is_empty());
    }
    let per = t.elapsed().as_secs_f64() / rounds as f64;
    println!("parse: {:.3} ms per manifest, one thread", per * 1e3);

    let opts = ScreenOptions {
        limit: 5,
        ..ScreenOptions::default()
    };
    let expected = paxlst::parse(&text, &manifest_path)?.travellers.len();
    let screened = AtomicUsize::new(0);
    let alerts = AtomicUsize::new(0);
    let deadline = Duration::from_secs(seconds);
    let t0 = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                while t0.elapsed() < deadline {
                    let m =
                        paxlst::parse(&text, Path::new("bench")).expect("the manifest parsed once");
                    let mut n = 0;
                    for t in &m.travellers {
                        let hits = index.screen(&t.to_query(), &opts);
                        alerts.fetch_add(
                            hits.iter().filter(|h| h.is_match).count(),
                            Ordering::Relaxed,
                        );
                        n += 1;
                    }
                    // A fast wrong answer must not pass: every traveller was screened.
                    assert_eq!(n, expected);
                    screened.fetch_add(n, Ordering::Relaxed);
                }
            });
        }
    });
    let secs = t0.elapsed().as_secs_f64();
    let n = screened.load(Ordering::Relaxed);
    println!(
        "{n} travellers ({} manifests of {expected}) in {secs:.2} s on {threads} threads: {:.0} travellers/s, {} alerts",
        n / expected.max(1),
        n as f64 / secs,
        alerts.load(Ordering::Relaxed)
    );
    Ok(())
}
