//! Robustness: corun must never panic, whatever it is fed.
//!
//! Builds a few hundred variants of the golden scripts and examples by cutting and splicing lines
//! and byte ranges between them (a seeded PRNG, so every run builds the same variants), runs corun
//! on each, and fails if any run panics: exit status 101, `panicked` or `RUST_BACKTRACE` on stderr,
//! or death by a signal that this test did not send (a stack overflow aborts). A run may take at
//! most 2 s and 2 GiB of memory; one that goes over (a splice may well loop forever) is killed and
//! is not a failure.
//!
//! `CORUN_SPLICE_SEED` and `CORUN_SPLICE_COUNT` override the seed and the number of variants;
//! `CORUN_SPLICE_BIN=<program>` runs that program instead of corun (to check this test itself).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const DEFAULT_SEED: u64 = 0x5EED_C0DE;
const DEFAULT_COUNT: usize = 300;
const THREADS: usize = 2;
const RUN_LIMIT: Duration = Duration::from_secs(2);
const MEMORY_LIMIT: u64 = 2 << 30;
/// No new run starts after this long, so the test stays short even if most variants loop.
const BUDGET: Duration = Duration::from_secs(75);
/// At most this much of a run's stderr is kept.
const STDERR_CAP: usize = 64 << 10;

#[test]
fn spliced_scripts_never_panic() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corun = std::env::var_os("CORUN_SPLICE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_corun")));
    let seed = env_num("CORUN_SPLICE_SEED").unwrap_or(DEFAULT_SEED);
    let count = env_num("CORUN_SPLICE_COUNT").map_or(DEFAULT_COUNT, |n| n as usize);

    let sources = sources(&root);
    assert!(
        sources.len() >= 10,
        "too few scripts to splice ({}) under tests/golden and examples",
        sources.len()
    );
    let mut rng = fastrand::Rng::with_seed(seed);
    let variants: Vec<Vec<u8>> = (0..count)
        .map(|_| make_variant(&mut rng, &sources))
        .collect();

    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("splice-{seed:x}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();

    let next = AtomicUsize::new(0);
    let tally = Mutex::new(Tally::default());
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= variants.len() || start.elapsed() > BUDGET {
                    break;
                }
                let name = format!("splice_{i:03}.py");
                std::fs::write(dir.join(&name), &variants[i]).unwrap();
                let outcome = run(&corun, &dir, &name);
                let mut t = tally.lock().unwrap();
                t.ran += 1;
                match outcome {
                    Outcome::Exited(0) => t.ok += 1,
                    Outcome::Exited(_) => t.error += 1,
                    Outcome::KilledTime => t.timeout += 1,
                    Outcome::KilledMemory => t.memory += 1,
                    Outcome::Crashed(why, stderr) => t.crashes.push((i, why, stderr)),
                }
            });
        }
    });
    let t = tally.into_inner().unwrap();
    eprintln!(
        "splice: seed {seed:#x}, {} of {} variants run in {:.1} s: {} exit 0, {} exit non-zero, \
         {} over {} s, {} over the memory limit, {} crashed",
        t.ran,
        variants.len(),
        start.elapsed().as_secs_f64(),
        t.ok,
        t.error,
        t.timeout,
        RUN_LIMIT.as_secs(),
        t.memory,
        t.crashes.len()
    );
    assert!(t.ran > 0, "no variant was run");
    if !t.crashes.is_empty() {
        let mut report = String::new();
        for (i, why, stderr) in t.crashes.iter().take(10) {
            let text = String::from_utf8_lossy(&variants[*i]);
            report.push_str(&format!(
                "\n==== {} ({why}) ====\n---- script ----\n{text}\n---- stderr ----\n{stderr}\n",
                dir.join(format!("splice_{i:03}.py")).display()
            ));
        }
        panic!(
            "corun crashed on {} of {} spliced scripts (the first {} are shown; the scripts stay \
             in {}):{report}",
            t.crashes.len(),
            t.ran,
            t.crashes.len().min(10),
            dir.display()
        );
    }
}

#[derive(Default)]
struct Tally {
    ran: usize,
    ok: usize,
    error: usize,
    timeout: usize,
    memory: usize,
    crashes: Vec<(usize, String, String)>,
}

enum Outcome {
    Exited(i32),
    KilledTime,
    KilledMemory,
    /// Why, and the stderr.
    Crashed(String, String),
}

fn env_num(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

/// Every script under tests/golden and examples, as bytes.
fn sources(root: &Path) -> Vec<Vec<u8>> {
    let mut paths = Vec::new();
    for dir in ["tests/golden", "examples"] {
        collect_py(&root.join(dir), &mut paths);
    }
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn lines(src: &[u8]) -> Vec<&[u8]> {
    src.split_inclusive(|&b| b == b'\n').collect()
}

/// One to three random edits of a random script, taking material from other scripts.
fn make_variant(rng: &mut fastrand::Rng, sources: &[Vec<u8>]) -> Vec<u8> {
    let pick = |rng: &mut fastrand::Rng| sources[rng.usize(..sources.len())].clone();
    let mut text = pick(rng);
    for _ in 0..rng.usize(1..=3) {
        let other = pick(rng);
        text = match rng.u8(..7) {
            0 => splice_lines(rng, &text, &other),
            1 => insert_lines(rng, &text, &other),
            2 => splice_bytes(rng, &text, &other),
            3 => delete_lines(rng, &text),
            4 => duplicate_lines(rng, &text),
            5 => reindent(rng, &text),
            _ => truncate(rng, &text),
        };
    }
    text
}

/// The head of `a` up to a line, then the tail of `b` from a line.
fn splice_lines(rng: &mut fastrand::Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let (la, lb) = (lines(a), lines(b));
    let i = rng.usize(..=la.len());
    let j = rng.usize(..=lb.len());
    la[..i]
        .iter()
        .chain(&lb[j..])
        .flat_map(|l| l.iter().copied())
        .collect()
}

/// A run of `b`'s lines put in between two lines of `a`.
fn insert_lines(rng: &mut fastrand::Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let (la, lb) = (lines(a), lines(b));
    let at = rng.usize(..=la.len());
    let from = rng.usize(..=lb.len());
    let to = (from + rng.usize(1..=6)).min(lb.len());
    let mut out: Vec<u8> = la[..at].concat();
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend(lb[from..to].concat());
    out.extend(la[at..].concat());
    out
}

/// `a[..i] + b[j..k] + a[l..]` at arbitrary byte offsets (which may cut a UTF-8 character).
fn splice_bytes(rng: &mut fastrand::Rng, a: &[u8], b: &[u8]) -> Vec<u8> {
    let i = rng.usize(..=a.len());
    let l = rng.usize(i..=a.len());
    let j = rng.usize(..=b.len());
    let k = rng.usize(j..=b.len().min(j + 200));
    [&a[..i], &b[j..k], &a[l..]].concat()
}

fn delete_lines(rng: &mut fastrand::Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    let from = rng.usize(..=la.len());
    let to = (from + rng.usize(1..=4)).min(la.len());
    la[..from]
        .iter()
        .chain(&la[to..])
        .flat_map(|l| l.iter().copied())
        .collect()
}

fn duplicate_lines(rng: &mut fastrand::Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    if la.is_empty() {
        return a.to_vec();
    }
    let from = rng.usize(..la.len());
    let to = (from + rng.usize(1..=4)).min(la.len());
    let mut out: Vec<u8> = la[..to].concat();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend(la[from..].concat());
    out
}

/// Shifts a few lines' indentation: more spaces, fewer, or a tab.
fn reindent(rng: &mut fastrand::Rng, a: &[u8]) -> Vec<u8> {
    let la = lines(a);
    let from = rng.usize(..=la.len());
    let to = (from + rng.usize(1..=5)).min(la.len());
    let how = rng.u8(..3);
    let mut out = Vec::with_capacity(a.len() + 32);
    for (n, line) in la.iter().enumerate() {
        if n < from || n >= to {
            out.extend_from_slice(line);
            continue;
        }
        match how {
            0 => {
                out.extend(std::iter::repeat_n(b' ', rng.usize(1..=8)));
                out.extend_from_slice(line);
            }
            1 => {
                let cut = line.iter().take(4).take_while(|&&c| c == b' ').count();
                out.extend_from_slice(&line[cut..]);
            }
            _ => {
                out.push(b'\t');
                out.extend_from_slice(line);
            }
        }
    }
    out
}

fn truncate(rng: &mut fastrand::Rng, a: &[u8]) -> Vec<u8> {
    a[..rng.usize(..=a.len())].to_vec()
}

fn run(corun: &Path, dir: &Path, name: &str) -> Outcome {
    let mut child = Command::new(corun)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .spawn()
        .expect("cannot start corun");
    let mut se = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = se.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = STDERR_CAP.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
        kept
    });
    let start = Instant::now();
    let mut nap = Duration::from_millis(1);
    let mut killed = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) => {}
            Err(e) => panic!("waiting for corun: {e}"),
        }
        if killed.is_none() {
            if start.elapsed() > RUN_LIMIT {
                killed = Some(Outcome::KilledTime);
            } else if resident_bytes(child.id()).is_some_and(|b| b > MEMORY_LIMIT) {
                killed = Some(Outcome::KilledMemory);
            }
            if killed.is_some() {
                let _ = child.kill();
            }
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(10));
    };
    if let Some(k) = killed {
        // Not joining the reader: a grandchild could hold the pipe open long after the kill.
        return k;
    }
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
        return Outcome::Crashed("panic".into(), stderr);
    }
    match status.code() {
        Some(101) => Outcome::Crashed("exit status 101".into(), stderr),
        Some(c) => Outcome::Exited(c),
        None => Outcome::Crashed(format!("killed by a signal: {status}"), stderr),
    }
}

/// Resident memory of a process, from /proc (Linux); None where that is not readable.
fn resident_bytes(pid: u32) -> Option<u64> {
    let statm = std::fs::read_to_string(format!("/proc/{pid}/statm")).ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}
