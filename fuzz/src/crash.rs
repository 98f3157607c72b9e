//! The crash fuzzer: runs corun on mutated and generated scripts and records every panic,
//! abort, native stack overflow, fatal signal or hang that python3 does not also show.

use crate::exec::{Run, Runner, Status};
use crate::{corpus, gen, mutate, reduce};
use fastrand::Rng;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What to run and how.
#[derive(Debug, Clone)]
pub struct Config {
    pub corun: PathBuf,
    /// None: do not run python3 (a hang or a signal is then always a finding).
    pub python: Option<PathBuf>,
    pub seed: u64,
    /// Inputs `first..first + count` of the seed's sequence.
    pub first: u64,
    pub count: u64,
    /// Parallel runs.
    pub jobs: usize,
    pub time_limit: Duration,
    /// No new input starts after this long.
    pub budget: Option<Duration>,
    /// Scripts to mutate (tests/golden, examples, and any extra folders).
    pub seed_dirs: Vec<PathBuf>,
    /// Percent of inputs that are generated programs rather than mutated scripts.
    pub generated_percent: u8,
    /// Where inputs are written while they run, and findings are kept.
    pub work_dir: PathBuf,
    /// Reduce each new finding (runs the input again up to this many times; 0: do not).
    pub reduce_tries: usize,
    /// Print a line per finding and a progress line now and then.
    pub verbose: bool,
}

/// A way of failing, the same for every input that fails that way.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Signature(pub String);

#[derive(Debug, Clone)]
pub struct Finding {
    pub signature: Signature,
    /// The index of the first input that showed it.
    pub index: u64,
    /// How many inputs showed it.
    pub hits: u64,
    /// The first few inputs that showed it (by index: `corun-fuzz show` makes them again).
    pub examples: Vec<u64>,
    /// The (reduced) input, as saved.
    pub input: Vec<u8>,
    pub saved_as: PathBuf,
    /// The end of corun's stderr, and what python3 did.
    pub detail: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub ran: u64,
    pub exited_ok: u64,
    pub exited_error: u64,
    /// Time-outs that python3 shares (or that could not be checked against it).
    pub slow_both: u64,
    pub memory: u64,
    pub generated: u64,
    pub findings: BTreeMap<Signature, Finding>,
    pub elapsed: Duration,
}

impl Report {
    pub fn summary(&self) -> String {
        format!(
            "{} inputs ({} generated) in {:.1} s: {} exit 0, {} exit non-zero, {} too slow for \
             python3 too, {} over the memory limit; {} findings",
            self.ran,
            self.generated,
            self.elapsed.as_secs_f64(),
            self.exited_ok,
            self.exited_error,
            self.slow_both,
            self.memory,
            self.findings.len()
        )
    }
}

/// Input `index` of the sequence for `seed`: a generated program or a variant of a seed
/// script. A pure function of (seed, index, sources), so any input can be made again.
pub fn make_input(
    seed: u64,
    index: u64,
    sources: &[Vec<u8>],
    generated_percent: u8,
) -> (bool, Vec<u8>) {
    let mut rng = Rng::with_seed(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    if sources.is_empty() || rng.u8(..100) < generated_percent {
        let mut p = gen::program(&mut rng).into_bytes();
        // Mutated now and then, so generated code gets broken too.
        if rng.u8(..4) == 0 {
            p = mutate::variant(&mut rng, &[p]);
        }
        (true, p)
    } else {
        (false, mutate::variant(&mut rng, sources))
    }
}

/// How a corun run failed, if it did in a way that is always a bug (a panic, an abort, a stack
/// overflow), or might be one (a signal, a time-out: python3 decides).
pub fn classify(run: &Run) -> Option<Signature> {
    let err = run.stderr_text();
    if let Some(at) = err.find("panicked at ") {
        let rest = &err[at + "panicked at ".len()..];
        let place = rest.split(['\n']).next().unwrap_or("");
        // file:line:col: -> file:line
        let place = place.trim_end_matches(':');
        let mut parts: Vec<&str> = place.rsplitn(3, ':').collect();
        parts.reverse();
        let where_ = if parts.len() == 3 {
            format!("{}:{}", parts[0], parts[1])
        } else {
            place.to_string()
        };
        let msg = rest.lines().nth(1).unwrap_or("").trim();
        let msg: String = msg.chars().take(60).collect();
        // Numbers in messages vary from input to input.
        let msg: String = msg
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        return Some(Signature(format!("panic at {where_}: {msg}")));
    }
    if err.contains("has overflowed its stack") {
        return Some(Signature("native stack overflow".into()));
    }
    if err.contains("memory allocation of") && err.contains("failed") {
        return Some(Signature("abort: memory allocation failed".into()));
    }
    if err.contains("fatal runtime error") {
        let line = err
            .lines()
            .find(|l| l.contains("fatal runtime error"))
            .unwrap_or("");
        return Some(Signature(format!("abort: {}", line.trim())));
    }
    match run.status {
        Status::Exited(101) => Some(Signature("exit status 101".into())),
        Status::Signal(s) => Some(Signature(format!("signal {}", signal_name(s)))),
        Status::TimedOut => Some(Signature("hang".into())),
        _ => None,
    }
}

fn signal_name(s: i32) -> String {
    match s {
        libc::SIGSEGV => "SIGSEGV".into(),
        libc::SIGABRT => "SIGABRT".into(),
        libc::SIGBUS => "SIGBUS".into(),
        libc::SIGILL => "SIGILL".into(),
        libc::SIGFPE => "SIGFPE".into(),
        libc::SIGKILL => "SIGKILL".into(),
        libc::SIGTRAP => "SIGTRAP".into(),
        n => format!("{n}"),
    }
}

/// Whether a failure needs python3's view: only time-outs and signals can be python3's too.
fn needs_python(sig: &Signature) -> bool {
    sig.0 == "hang" || sig.0.starts_with("signal ")
}

struct Shared<'a> {
    cfg: &'a Config,
    sources: &'a [Vec<u8>],
    corun: Runner,
    python: Option<Runner>,
    report: Mutex<Report>,
    next: AtomicUsize,
    start: Instant,
}

/// Runs the campaign.
pub fn run(cfg: &Config) -> Report {
    let sources = corpus::load(&cfg.seed_dirs);
    let mut corun = Runner::new(&cfg.corun, cfg.time_limit);
    corun.output_cap = 64 << 10;
    let python = cfg.python.as_ref().map(|p| {
        // python3 is slower than corun: give it more time before calling a hang shared.
        let mut r = Runner::new(p, cfg.time_limit * 6);
        // By the clock too (a program that sleeps or waits uses no CPU).
        r.wall_limit = r.time_limit;
        r.output_cap = 64 << 10;
        r
    });
    let _ = std::fs::create_dir_all(cfg.work_dir.join("findings"));
    let shared = Shared {
        cfg,
        sources: &sources,
        corun,
        python,
        report: Mutex::new(Report::default()),
        next: AtomicUsize::new(0),
        start: Instant::now(),
    };
    std::thread::scope(|s| {
        for job in 0..cfg.jobs.max(1) {
            let shared = &shared;
            s.spawn(move || worker(shared, job));
        }
    });
    let mut report = shared.report.into_inner().unwrap();
    report.elapsed = shared.start.elapsed();
    report
}

fn worker(sh: &Shared, job: usize) {
    let dir = sh.cfg.work_dir.join(format!("job{job}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make the work folder");
    loop {
        let n = sh.next.fetch_add(1, Ordering::Relaxed) as u64;
        if n >= sh.cfg.count || sh.cfg.budget.is_some_and(|b| sh.start.elapsed() > b) {
            break;
        }
        let index = sh.cfg.first + n;
        let (generated, input) =
            make_input(sh.cfg.seed, index, sh.sources, sh.cfg.generated_percent);
        let outcome = check(sh, &dir, &input);
        let mut r = sh.report.lock().unwrap();
        r.ran += 1;
        r.generated += generated as u64;
        match outcome {
            Outcome::Ok => r.exited_ok += 1,
            Outcome::Error => r.exited_error += 1,
            Outcome::SlowBoth => r.slow_both += 1,
            Outcome::Memory => r.memory += 1,
            Outcome::Found(sig, detail) => {
                if let Some(f) = r.findings.get_mut(&sig) {
                    f.hits += 1;
                    if f.examples.len() < 20 {
                        f.examples.push(index);
                    }
                    continue;
                }
                // Reserve the signature, then reduce outside the lock.
                r.findings.insert(
                    sig.clone(),
                    Finding {
                        signature: sig.clone(),
                        index,
                        hits: 1,
                        examples: vec![index],
                        input: input.clone(),
                        saved_as: PathBuf::new(),
                        detail: detail.clone(),
                    },
                );
                drop(r);
                let reduced = if sh.cfg.reduce_tries > 0 {
                    reduce::reduce(
                        &input,
                        sh.cfg.reduce_tries,
                        |cand| matches!(check(sh, &dir, cand), Outcome::Found(s, _) if s == sig),
                    )
                } else {
                    input.clone()
                };
                let saved = save_finding(&sh.cfg.work_dir, &sig, index, &reduced, &detail);
                if sh.cfg.verbose {
                    eprintln!(
                        "finding: {} (input {index}, reduced {} -> {} bytes): {}",
                        sig.0,
                        input.len(),
                        reduced.len(),
                        saved.display()
                    );
                }
                let mut r = sh.report.lock().unwrap();
                let f = r.findings.get_mut(&sig).unwrap();
                f.input = reduced;
                f.saved_as = saved;
                continue;
            }
        }
        if sh.cfg.verbose && r.ran.is_multiple_of(1000) {
            eprintln!(
                "[{:.0} s] {} inputs, {} findings",
                sh.start.elapsed().as_secs_f64(),
                r.ran,
                r.findings.len()
            );
        }
    }
}

enum Outcome {
    Ok,
    Error,
    SlowBoth,
    Memory,
    Found(Signature, String),
}

/// Runs one input under corun (and, where that decides, python3).
fn check(sh: &Shared, dir: &Path, input: &[u8]) -> Outcome {
    let name = "input.py";
    std::fs::write(dir.join(name), input).expect("write the input");
    let mut run = sh.corun.run(dir, name);
    // A hang or a signal is corun's only if python3 ends: ask it first, since most inputs
    // that run too long under corun (loops without end) do so under python3 too.
    let mut python = None;
    if classify(&run).is_some_and(|sig| needs_python(&sig)) {
        if let Some(py) = &sh.python {
            let p = py.run(dir, name);
            if matches!(
                p.status,
                Status::TimedOut | Status::Signal(_) | Status::OutOfMemory
            ) {
                return Outcome::SlowBoth;
            }
            python = Some(p);
        }
    }
    if run.status == Status::TimedOut {
        // A loaded machine can make a slow run look like a hang: give it longer once.
        let mut patient = sh.corun.clone();
        patient.time_limit *= 4;
        patient.wall_limit *= 4;
        run = patient.run(dir, name);
    }
    let Some(sig) = classify(&run) else {
        return match run.status {
            Status::Exited(0) => Outcome::Ok,
            Status::OutOfMemory => Outcome::Memory,
            _ => Outcome::Error,
        };
    };
    let mut detail = format!(
        "corun: {:?} after {:.2} s ({:.2} s of CPU); stderr ends:\n{}\n",
        run.status,
        run.elapsed.as_secs_f64(),
        run.cpu.as_secs_f64(),
        tail(&run.stderr_text(), 1500)
    );
    if needs_python(&sig) {
        let p = match python {
            Some(p) => p,
            None => match &sh.python {
                // Not asked above (the first run ended otherwise): ask now.
                Some(py) => py.run(dir, name),
                None => return Outcome::Found(sig, detail),
            },
        };
        if matches!(
            p.status,
            Status::TimedOut | Status::Signal(_) | Status::OutOfMemory
        ) {
            return Outcome::SlowBoth;
        }
        detail.push_str(&format!(
            "python3: {:?} after {:.2} s; last line of stderr: {}\n",
            p.status,
            p.elapsed.as_secs_f64(),
            p.last_err_line()
        ));
    }
    Outcome::Found(sig, detail)
}

fn tail(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut at = s.len() - max;
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// Saves a finding as `findings/<kind>-<hash>.py` with a `.txt` beside it.
fn save_finding(work: &Path, sig: &Signature, index: u64, input: &[u8], detail: &str) -> PathBuf {
    let slug: String = sig
        .0
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let slug: String = slug.chars().take(60).collect();
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    });
    let base = work
        .join("findings")
        .join(format!("{slug}-{:08x}", hash as u32));
    let py = base.with_extension("py");
    let _ = std::fs::write(&py, input);
    let _ = std::fs::write(
        base.with_extension("txt"),
        format!("{}\ninput index {index}\n{detail}", sig.0),
    );
    py
}
