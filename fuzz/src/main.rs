//! `corun-fuzz`: the command line of the fuzzers (see README.md).

use clap::{Parser, Subcommand};
use corun_fuzz::{aio, corpus, crash, exec};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(about = "Fuzzers for corun")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct Common {
    /// The corun binary [default: target/release/corun]
    #[arg(long)]
    corun: Option<PathBuf>,
    /// The seed of the input sequence (decimal or 0x hex)
    #[arg(long, default_value = "1", value_parser = parse_u64)]
    seed: u64,
    /// The index of the first input
    #[arg(long, default_value_t = 0)]
    first: u64,
    /// How many inputs
    #[arg(long, default_value_t = 1000)]
    count: u64,
    /// Parallel runs
    #[arg(long, short, default_value_t = 2)]
    jobs: usize,
    /// Seconds a run may take before it counts as a hang
    #[arg(long, default_value_t = 2.0)]
    time_limit: f64,
    /// Start no input after this many seconds
    #[arg(long)]
    budget: Option<f64>,
    /// Where inputs run and findings are kept [default: target/fuzz]
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// Runs a reducer may spend on each finding (0: keep findings whole)
    #[arg(long, default_value_t = 400)]
    reduce_tries: usize,
    /// Only the summary
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// corun on mutated and generated scripts: panics, aborts, stack overflows, hangs
    Crash {
        #[command(flatten)]
        common: Common,
        /// More folders of scripts to mutate (besides tests/golden and examples)
        #[arg(long = "seeds")]
        seeds: Vec<PathBuf>,
        /// Percent of inputs that are generated programs
        #[arg(long, default_value_t = 30)]
        generated: u8,
    },
    /// Random asyncio programs under corun and python3, outputs compared line by line
    Aio {
        #[command(flatten)]
        common: Common,
        /// Both on the real clock (default: virtual time)
        #[arg(long)]
        real_time: bool,
    },
    /// Prints input INDEX of a sequence
    Show {
        /// crash or aio
        kind: String,
        index: u64,
        #[arg(long, default_value = "1", value_parser = parse_u64)]
        seed: u64,
        #[arg(long = "seeds")]
        seeds: Vec<PathBuf>,
        #[arg(long, default_value_t = 30)]
        generated: u8,
        #[arg(long)]
        real_time: bool,
    },
}

fn parse_u64(s: &str) -> Result<u64, String> {
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).map_err(|e| e.to_string()),
        None => s
            .parse()
            .map_err(|e: std::num::ParseIntError| e.to_string()),
    }
}

/// The corun checkout this binary was built in.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn seed_dirs(extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs = vec![root().join("tests/golden"), root().join("examples")];
    dirs.extend(extra.iter().cloned());
    dirs
}

fn corun_bin(c: &Common) -> PathBuf {
    c.corun
        .clone()
        .unwrap_or_else(|| root().join("target/release/corun"))
}

fn work_dir(c: &Common, sub: &str) -> PathBuf {
    c.work_dir
        .clone()
        .unwrap_or_else(|| root().join("target/fuzz"))
        .join(sub)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Crash {
            common,
            seeds,
            generated,
        } => {
            let cfg = crash::Config {
                corun: corun_bin(&common),
                python: exec::python3(),
                seed: common.seed,
                first: common.first,
                count: common.count,
                jobs: common.jobs,
                time_limit: Duration::from_secs_f64(common.time_limit),
                budget: common.budget.map(Duration::from_secs_f64),
                seed_dirs: seed_dirs(&seeds),
                generated_percent: generated,
                work_dir: work_dir(&common, "crash"),
                reduce_tries: common.reduce_tries,
                verbose: !common.quiet,
            };
            if cfg.python.is_none() {
                eprintln!("note: no python3 3.11: every hang counts as a finding");
            }
            let report = crash::run(&cfg);
            println!(
                "seed {:#x}, inputs {}..: {}",
                cfg.seed,
                cfg.first,
                report.summary()
            );
            for f in report.findings.values() {
                println!(
                    "  {} ({} inputs, first {}): {}\n    inputs: {:?}",
                    f.signature.0,
                    f.hits,
                    f.index,
                    f.saved_as.display(),
                    f.examples
                );
            }
            if report.findings.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Aio { common, real_time } => {
            let Some(python) = exec::python3() else {
                eprintln!("corun-fuzz aio needs python3 3.11 (or CORUN_FUZZ_PYTHON)");
                return ExitCode::from(2);
            };
            let cfg = aio::Config {
                corun: corun_bin(&common),
                python,
                seed: common.seed,
                first: common.first,
                count: common.count,
                jobs: common.jobs,
                real_time,
                time_limit: Duration::from_secs_f64(common.time_limit),
                budget: common.budget.map(Duration::from_secs_f64),
                work_dir: work_dir(&common, "aio"),
                reduce_tries: common.reduce_tries,
                verbose: !common.quiet,
            };
            let report = aio::run(&cfg);
            println!(
                "seed {:#x}, programs {}..: {}",
                cfg.seed,
                cfg.first,
                report.summary()
            );
            for d in &report.differences {
                println!("  program {}: {}", d.index, d.saved_as.display());
            }
            if report.differences.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Show {
            kind,
            index,
            seed,
            seeds,
            generated,
            real_time,
        } => {
            let text = match kind.as_str() {
                "crash" => {
                    let sources = corpus::load(&seed_dirs(&seeds));
                    crash::make_input(seed, index, &sources, generated).1
                }
                "aio" => aio::make_program(seed, index, real_time).into_bytes(),
                _ => {
                    eprintln!("show: KIND is crash or aio");
                    return ExitCode::from(2);
                }
            };
            use std::io::Write;
            let _ = std::io::stdout().write_all(&text);
            ExitCode::SUCCESS
        }
    }
}
