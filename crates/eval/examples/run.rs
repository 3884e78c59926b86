//! Runs the evaluation as `nazar eval` does: `cargo run --release -p nazar-eval --example run --
//! [tune|test|all] [SHARED_DIR] [MISSES]`.

use std::path::PathBuf;

use nazar_eval::{run, Config, Selection};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let selection = args
        .next()
        .map(|s| Selection::parse(&s).ok_or(format!("unknown split {s}")))
        .transpose()?
        .unwrap_or_default();
    let shared = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let show_misses = args.next().map(|n| n.parse()).transpose()?.unwrap_or(0);
    let config = Config {
        selection,
        show_misses,
        ..Config::default()
    };
    print!("{}", run(&shared, &config)?);
    Ok(())
}
