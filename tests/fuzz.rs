//! Fixed-seed slices of the fuzzers in fuzz/ (see fuzz/README.md), so that every test run
//! repeats the same inputs:
//!
//! - the crash fuzzer: corun on variants of the golden scripts and on generated programs must
//!   never panic, abort, overflow its stack, die by a signal or hang where python3 does not;
//! - the event loop's differential fuzzer: random asyncio programs must print under corun what
//!   they print under CPython 3.11, line for line (skipped where python3 is not 3.11).
//!
//! `CORUN_FUZZ_SEED` and `CORUN_FUZZ_COUNT` run another slice (a seed, a number of inputs).

use corun_fuzz::{aio, crash, exec};
use std::path::PathBuf;
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn env_num(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

fn work_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
fn crash_fuzzer_slice_finds_nothing() {
    let cfg = crash::Config {
        corun: PathBuf::from(env!("CARGO_BIN_EXE_corun")),
        python: exec::python3(),
        seed: env_num("CORUN_FUZZ_SEED").unwrap_or(0x5EED_C0DE),
        first: 0,
        count: env_num("CORUN_FUZZ_COUNT").unwrap_or(600),
        jobs: 2,
        // Wide: a loaded machine must not make a slow run look like a hang.
        time_limit: Duration::from_secs(5),
        budget: Some(Duration::from_secs(150)),
        seed_dirs: vec![root().join("tests/golden"), root().join("examples")],
        generated_percent: 30,
        work_dir: work_dir("fuzz-crash"),
        reduce_tries: 150,
        verbose: false,
    };
    let report = crash::run(&cfg);
    eprintln!("crash fuzzer, seed {:#x}: {}", cfg.seed, report.summary());
    assert!(report.ran > 0, "no input was run");
    let mut msg = String::new();
    for f in report.findings.values() {
        msg.push_str(&format!(
            "\n==== {} ({} inputs: {:?}), reduced to {}:\n{}\n---- {}\n",
            f.signature.0,
            f.hits,
            f.examples,
            f.saved_as.display(),
            String::from_utf8_lossy(&f.input),
            f.detail
        ));
    }
    assert!(report.findings.is_empty(), "the crash fuzzer found:{msg}");
}

#[test]
fn event_loop_fuzzer_slice_matches_cpython() {
    let Some(python) = exec::python3() else {
        eprintln!("skipped: the event loop's fuzzer compares with python3 3.11, not found");
        return;
    };
    let cfg = aio::Config {
        corun: PathBuf::from(env!("CARGO_BIN_EXE_corun")),
        python,
        seed: env_num("CORUN_FUZZ_SEED").unwrap_or(0xA10_5EED),
        first: 0,
        count: env_num("CORUN_FUZZ_COUNT").unwrap_or(150),
        jobs: 2,
        real_time: false,
        time_limit: Duration::from_secs(10),
        budget: Some(Duration::from_secs(150)),
        work_dir: work_dir("fuzz-aio"),
        reduce_tries: 100,
        verbose: false,
    };
    let report = aio::run(&cfg);
    eprintln!(
        "event loop fuzzer, seed {:#x}: {}",
        cfg.seed,
        report.summary()
    );
    assert!(report.same > 0, "no program was compared");
    let mut msg = String::new();
    for d in &report.differences {
        msg.push_str(&format!(
            "\n==== program {} (reduced: {}):\n{}\n---- {}\n",
            d.index,
            d.saved_as.display(),
            d.program,
            d.detail
        ));
    }
    assert!(
        report.differences.is_empty(),
        "corun and python3 differ on {} programs:{msg}",
        report.differences.len()
    );
}
