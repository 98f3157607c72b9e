//! Golden tests: run scripts and compare what they print with stored expected files.
//!
//! Layout:
//! - `tests/golden/**/NAME.py` with `NAME.out` beside it is a test; `NAME.err` and `NAME.code`
//!   must be there too. A `.py` without `.out` is a helper module of a multi-file test.
//! - every `examples/**/NAME.py` is a test; its expected files are
//!   `tests/golden/examples/<same relative path minus .py>.{out,err,code}`.
//! - A golden outside `tests/golden/corun/` whose first line is `# corun-args: --virtual-time`
//!   runs on a virtual clock on both sides: corun with `--virtual-time`, python3 with
//!   `scripts/virtual_clock/` on PYTHONPATH (its `sitecustomize` puts CPython's clocks and event
//!   loop on the same clock; scripts/regen-golden does the same). For a program whose point is
//!   not real time, its output then depends on the program alone, never on how loaded the
//!   machine is. No other argument is allowed there: python3 would not see it.
//! - `tests/golden/corun/**` holds corun-only behaviour: its `.err` is compared whole, and python3
//!   never runs it. A script there whose first line is `# corun-args: ARG ...` runs as
//!   `corun ARG ... NAME.py` (the arguments split at whitespace), e.g. `--virtual-time --timeline`
//!   for tests/golden/corun/vtime/. Their expected files cannot come from python3 (it has no
//!   virtual clock or timeline): they were written from corun's output only after each was
//!   checked by hand, stdout against python3's run of the same script (same lines; timings
//!   there are real, here the exact sums of the sleeps) and the timeline against the script.
//!
//! Every script runs as `corun NAME.py` from the script's own folder, stdin empty, a limit of 10 s
//! of processor time (and 120 s in all, so that a loaded machine does not fail a test),
//! `NO_COLOR=1`, `TERM=dumb`. Each golden outside `tests/golden/corun/` and each example also gets
//! a `python3::<path>` test that runs CPython 3.11 on it and applies the same comparison, so an
//! expected file can never encode a corun bug. Those are ignored when `python3` is not 3.11.
//!
//! CPython 3.11 (and corun, like it) names the script by its absolute path in tracebacks and
//! warnings; the script's absolute folder is cut from every run's output (`File "NAME.py"`), the
//! same way scripts/regen-golden does, so expected files do not depend on where the checkout is.
//!
//! `CORUN_GOLDEN_BIN=<program>` runs that program instead of corun in the `golden::` tests
//! (`CORUN_GOLDEN_BIN=python3` checks the harness itself).

use std::fmt::Write as _;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

/// The processor time a script may use (user and system, as the kernel counts it for the
/// process): the limit does not shrink when other work loads the machine, as a wall-clock one
/// would. It grows a little all the same (two cores shared by a dozen processes share their
/// caches too), and a debug build of corun runs plain loops some 25 times slower than a release
/// build: containers/deep_nesting_others takes 7.4 s of processor time in a debug build at a
/// load of 12 (python3: 1.3 s; its loops of 100,000 steps are what cost, not the nesting), so
/// the tests of a debug build give three times as long.
const TIMEOUT: Duration = Duration::from_secs(if cfg!(debug_assertions) { 30 } else { 10 });
/// The wall-clock time a script may take, for one that hangs without using the processor
/// (waiting for something that never comes): room for a loaded machine.
const WALL_TIMEOUT: Duration = Duration::from_secs(120);

/// The processor time the process `pid` has used so far (None where /proc cannot tell).
fn cpu_time(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces:
    // state is the first, utime the 12th and stime the 13th.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split(' ');
    let utime: u64 = fields.nth(11)?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    // SAFETY: sysconf only reads a system constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    let ticks = if ticks > 0 { ticks as u64 } else { 100 };
    Some(Duration::from_millis((utime + stime) * 1000 / ticks))
}

/// Python environment variables that would change what a script prints; removed for every run.
const PYTHON_ENV_REMOVED: &[&str] = &[
    "PYTHONWARNINGS",
    "PYTHONASYNCIODEBUG",
    "PYTHONDEVMODE",
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONSTARTUP",
    "PYTHONINSPECT",
    "PYTHONOPTIMIZE",
    "PYTHONTRACEMALLOC",
    "PYTHONFAULTHANDLER",
    "PYTHONIOENCODING",
    "PYTHONSAFEPATH",
    "PYTHONNODEBUGRANGES",
    "PYTHONUNBUFFERED",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    // corun's own switch for virtual time: a golden asks for it with `# corun-args:`.
    "CORUN_VIRTUAL_TIME",
];

/// Extra runs of python3 on a golden whose first run differed.
const PYTHON3_RETRIES: usize = 2;

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corun = std::env::var_os("CORUN_GOLDEN_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_corun")));
    let python_ok = python3_is_311();

    let mut trials = Vec::new();
    for case in collect_cases(&root) {
        let name = case.name.clone();
        if !case.corun_only {
            let c = case.clone();
            trials.push(
                Trial::test(format!("python3::{name}"), move || {
                    // CPython's sleeps are real time: on a loaded machine its wake-ups can drift
                    // past each other, so its run is tried again before the expected files are
                    // doubted (corun's run, on virtual time, gets one try).
                    let mut result = check(&c, Path::new("python3"), false);
                    for _ in 0..PYTHON3_RETRIES {
                        if result.is_ok() {
                            break;
                        }
                        result = check(&c, Path::new("python3"), false);
                    }
                    result
                })
                .with_ignored_flag(!python_ok),
            );
        }
        let bin = corun.clone();
        trials.push(Trial::test(format!("golden::{name}"), move || {
            check(&case, &bin, !case.corun_only)
        }));
    }
    trials.push(Trial::test("golden::layout::no_orphan_expected_files", {
        let root = root.clone();
        move || no_orphans(&root)
    }));
    for (name, f) in SELF_CHECKS {
        trials.push(Trial::test(format!("golden::harness::{name}"), move || {
            f().map_err(Failed::from)
        }));
    }
    trials.sort_by(|a, b| a.name().cmp(b.name()));
    libtest_mimic::run(&args, trials).exit();
}

#[derive(Clone, Debug)]
struct Case {
    /// Path relative to `tests/golden/` (goldens) or to the repository (examples), with `.py`.
    name: String,
    script: PathBuf,
    /// Expected files without their extension: `<stem>.out`, `<stem>.err`, `<stem>.code`.
    expected_stem: PathBuf,
    corun_only: bool,
    /// Arguments before the script's name (`# corun-args:` of a corun-only golden).
    args: Vec<String>,
}

fn collect_cases(root: &Path) -> Vec<Case> {
    let golden = root.join("tests/golden");
    let mut cases = Vec::new();
    for script in py_files(&golden) {
        let rel = rel_path(&golden, &script);
        if rel.starts_with("examples/") {
            // Expected files of examples/ live there; a script has no business in it.
            continue;
        }
        if !script.with_extension("out").exists() {
            continue; // helper module of a multi-file test
        }
        let corun_only = rel.starts_with("corun/");
        cases.push(Case {
            args: corun_args(&script),
            corun_only,
            expected_stem: PathBuf::from(script.to_str().unwrap().strip_suffix(".py").unwrap()),
            script,
            name: rel,
        });
    }
    let examples = root.join("examples");
    for script in py_files(&examples) {
        let rel = rel_path(&examples, &script);
        let stem = golden
            .join("examples")
            .join(rel.strip_suffix(".py").unwrap());
        cases.push(Case {
            name: format!("examples/{rel}"),
            args: corun_args(&script),
            script,
            expected_stem: stem,
            corun_only: false,
        });
    }
    cases
}

/// The one argument a golden python3 also runs may have: both sides on a virtual clock.
const VIRTUAL_TIME: &str = "--virtual-time";

/// The arguments a `# corun-args: ...` first line asks for.
fn corun_args(script: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(script).unwrap_or_default();
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix("# corun-args:"))
        .map(|a| a.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

/// `stem` + `.ext` (not `Path::with_extension`, which would cut a stem like `a.b` at its dot).
fn with_ext(stem: &Path, ext: &str) -> PathBuf {
    let mut s = stem.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, &mut |p| {
        if p.extension().is_some_and(|e| e == "py") {
            out.push(p.to_path_buf());
        }
    });
    out.sort();
    out
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        if p.is_dir() {
            walk(&p, f);
        } else {
            f(&p);
        }
    }
}

fn rel_path(base: &Path, p: &Path) -> String {
    p.strip_prefix(base)
        .unwrap()
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every `.out`/`.err`/`.code` under tests/golden belongs to a golden script or an example.
fn no_orphans(root: &Path) -> Result<(), Failed> {
    let golden = root.join("tests/golden");
    let mut orphans = Vec::new();
    walk(&golden, &mut |p| {
        let Some(ext) = p.extension().and_then(|e| e.to_str()) else {
            return;
        };
        if !matches!(ext, "out" | "err" | "code") {
            return;
        }
        let rel = rel_path(&golden, p);
        let owner = match rel.strip_prefix("examples/") {
            Some(r) => root
                .join("examples")
                .join(Path::new(r).with_extension("py")),
            None => p.with_extension("py"),
        };
        if !owner.exists() {
            orphans.push(format!(
                "tests/golden/{rel} (no {})",
                rel_path(root, &owner)
            ));
        }
    });
    if orphans.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "expected files without a script:\n  {}",
            orphans.join("\n  ")
        )
        .into())
    }
}

fn python3_is_311() -> bool {
    Command::new("python3")
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map(|o| {
            let v = String::from_utf8_lossy(&o.stdout).into_owned()
                + &String::from_utf8_lossy(&o.stderr);
            v.trim().starts_with("Python 3.11.")
        })
        .unwrap_or(false)
}

struct Expected {
    out: String,
    err: String,
    code: i32,
}

fn read_expected(case: &Case) -> Result<Expected, Failed> {
    let read = |ext: &str| -> Result<String, Failed> {
        let p = with_ext(&case.expected_stem, ext);
        std::fs::read(&p)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| {
                format!(
                    "cannot read expected file {}: {e}\n(make it with: scripts/regen-golden {})",
                    p.display(),
                    case.script.display()
                )
                .into()
            })
    };
    let out = read("out")?;
    let err = read("err")?;
    let code_text = read("code")?;
    let code = code_text.trim().parse::<i32>().map_err(|e| {
        format!(
            "{}: not an exit status ({e}): {code_text:?}",
            with_ext(&case.expected_stem, "code").display()
        )
    })?;
    Ok(Expected { out, err, code })
}

struct Actual {
    out: String,
    err: String,
    status: ExitStatus,
}

/// Runs `program` (corun, or python3 when `python3` is set) on `script`. Of a golden python3
/// runs too, `args` may only ask for virtual time, which python3 gets from
/// `scripts/virtual_clock/sitecustomize.py`.
fn run(program: &Path, python3: bool, args: &[String], script: &Path) -> Result<Actual, Failed> {
    let dir = script.parent().unwrap();
    let file = script.file_name().unwrap();
    let mut cmd = Command::new(program);
    if python3 {
        if let Some(other) = args.iter().find(|a| *a != VIRTUAL_TIME) {
            return Err(format!(
                "`# corun-args: {other}`: a golden python3 runs too may only ask for {VIRTUAL_TIME}"
            )
            .into());
        }
    } else {
        cmd.args(args);
    }
    cmd.arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    for v in PYTHON_ENV_REMOVED {
        cmd.env_remove(v);
    }
    if python3 && args.iter().any(|a| a == VIRTUAL_TIME) {
        let clock = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/virtual_clock");
        cmd.env("PYTHONPATH", clock);
    }
    // A test run started in the background of a shell (`cargo test &`) inherits SIGINT and
    // SIGQUIT ignored, and CPython and corun keep an ignored signal ignored (so does a child
    // they start): every script starts with them at their defaults, as from a terminal.
    // SAFETY: between fork and exec only signal(), which is async-signal-safe, is called.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::signal(libc::SIGQUIT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = so.read_to_end(&mut b);
        b
    });
    let t_err = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = se.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut nap = Duration::from_millis(1);
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        let over = match cpu_time(child.id()) {
            Some(cpu) => cpu > TIMEOUT || start.elapsed() > WALL_TIMEOUT,
            None => start.elapsed() > TIMEOUT,
        };
        if over {
            let _ = child.kill();
            let _ = child.wait();
            let out = t_out.join().unwrap_or_default();
            let err = t_err.join().unwrap_or_default();
            return Err(format!(
                "timed out: over {} s of processor time or {} s in all (killed)\n--- stdout so far ---\n{}\n--- stderr so far ---\n{}",
                TIMEOUT.as_secs(),
                WALL_TIMEOUT.as_secs(),
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&err)
            )
            .into());
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(20));
    };
    let out = t_out.join().unwrap_or_default();
    let err = t_err.join().unwrap_or_default();
    let mut out = String::from_utf8_lossy(&out).into_owned();
    let mut err = String::from_utf8_lossy(&err).into_owned();
    {
        // CPython 3.11 and corun name the script by its absolute path (`File "/abs/dir/NAME.py"`,
        // also in warnings); the folder is cut so expected files hold `File "NAME.py"` wherever
        // the checkout is. scripts/regen-golden cuts it the same way.
        let mut dirs = vec![dir.to_string_lossy().into_owned()];
        if let Ok(real) = dir.canonicalize() {
            dirs.push(real.to_string_lossy().into_owned());
        }
        for d in dirs {
            let prefix = format!("{d}/");
            out = out.replace(&prefix, "");
            err = err.replace(&prefix, "");
        }
    }
    Ok(Actual { out, err, status })
}

/// Runs `program` on the case's script and compares. `headline_only_syntax` enables the rule that
/// a syntax error's expected stderr is matched by its last line only (corun draws its own report).
fn check(case: &Case, program: &Path, headline_only_syntax: bool) -> Result<(), Failed> {
    let expected = read_expected(case)?;
    // python3 itself, or python3 standing in for corun (CORUN_GOLDEN_BIN=python3).
    let python3 = program.file_name().is_some_and(|n| n == "python3") && !case.corun_only;
    let actual = run(program, python3, &case.args, &case.script)?;
    let problems = compare(&expected, &actual, headline_only_syntax);
    if problems.is_empty() {
        Ok(())
    } else {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let short = |p: &Path| p.strip_prefix(root).unwrap_or(p).display().to_string();
        Err(format!(
            "{} on {} differs from {}.{{out,err,code}}:\n{}",
            program.file_name().unwrap_or_default().to_string_lossy(),
            short(&case.script),
            short(&case.expected_stem),
            problems
        )
        .into())
    }
}

fn compare(expected: &Expected, actual: &Actual, headline_only_syntax: bool) -> String {
    let mut report = String::new();

    let code = actual.status.code();
    if code != Some(expected.code) {
        let got = match code {
            Some(c) => c.to_string(),
            None => format!("killed by a signal ({})", actual.status),
        };
        let _ = writeln!(
            report,
            "=== exit status: expected {}, got {got}",
            expected.code
        );
    }

    let exp_out = normalize_stdout(&expected.out);
    let act_out = normalize_stdout(&actual.out);
    if exp_out != act_out {
        let _ = writeln!(report, "=== stdout (- expected, + actual):");
        report.push_str(&diff(&exp_out, &act_out));
    }

    let exp_err = normalize_stderr(&expected.err);
    let act_err = normalize_stderr(&actual.err);
    match syntax_headline(&exp_err).filter(|_| headline_only_syntax) {
        Some(headline) => {
            let last = act_err.trim_end_matches(['\n', '\r']).lines().last();
            if last != Some(headline) {
                let _ = writeln!(
                    report,
                    "=== stderr: expected it to end with the syntax error headline\n  {headline}\n\
                     but its last line is\n  {}\n--- whole stderr ---\n{}",
                    last.unwrap_or("(stderr is empty)"),
                    actual.err
                );
            }
        }
        None => {
            if exp_err != act_err {
                let _ = writeln!(report, "=== stderr (- expected, + actual):");
                report.push_str(&diff(&exp_err, &act_err));
            }
        }
    }
    report
}

/// The last line of an expected stderr when it is CPython's syntax error headline.
fn syntax_headline(err: &str) -> Option<&str> {
    let last = err.trim_end_matches(['\n', '\r']).lines().last()?;
    ["SyntaxError: ", "IndentationError: ", "TabError: "]
        .iter()
        .any(|p| last.starts_with(p))
        .then_some(last)
}

fn normalize_stdout(s: &str) -> String {
    normalize_test_time(&normalize_addresses(s))
}

fn normalize_stderr(s: &str) -> String {
    let s = normalize_test_time(&normalize_addresses(&strip_ansi(s)));
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        if !is_caret_line(line) {
            out.push_str(line);
        }
    }
    out
}

/// CPython 3.11 marks the failing expression with a line of `^` and `~` under the source line
/// (inside an exception group's box, after its `| ` margin).
fn is_caret_line(line: &str) -> bool {
    let t = line.trim_start();
    let line = match t.strip_prefix('|') {
        Some(rest) => rest,
        None => line,
    };
    line.chars().any(|c| c == '^' || c == '~')
        && line
            .chars()
            .all(|c| c == '^' || c == '~' || c.is_whitespace())
}

/// Writes the time of unittest's summary line `Ran 3 tests in 0.012s` as `0.000s`.
fn normalize_test_time(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let timed = body.starts_with("Ran ")
            && body.rsplit_once(" in ").is_some_and(|(head, t)| {
                head.ends_with(" test") || head.ends_with(" tests")
            } && t.strip_suffix('s').is_some_and(|n| {
                n.split_once('.').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
                })
            }));
        match body.rsplit_once(" in ") {
            Some((head, _)) if timed => {
                out.push_str(head);
                out.push_str(" in 0.000s");
                out.push_str(&line[body.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// Replaces every `0x[0-9a-fA-F]+` with `0xADDR`.
fn normalize_addresses(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i..].starts_with(b"0xADDR") {
            // already normalised (expected files are): keep it, or it would become 0xADDRR
            i += 6;
        } else if b[i] == b'0'
            && i + 2 < b.len()
            && b[i + 1] == b'x'
            && b[i + 2].is_ascii_hexdigit()
        {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            out.push_str(&s[copied..i]);
            out.push_str("0xADDR");
            copied = j;
            i = j;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[copied..]);
    out
}

/// Removes ANSI escape sequences: CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`) and
/// two-character escapes.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                while let Some(c) = chars.next() {
                    if c == '\x07' {
                        break;
                    }
                    if c == '\x1b' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A line diff (longest common subsequence), `-` for expected, `+` for actual, two lines of
/// context around each change.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    if a.len() * b.len() > 4_000_000 {
        let _ = writeln!(
            out,
            "(too long to diff)\n--- expected ---\n{expected}\n--- actual ---\n{actual}"
        );
        return out;
    }
    // lcs[i][j] = length of the LCS of a[i..] and b[j..]
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 2;
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut last_shown: Option<usize> = None;
    for (k, (op, line)) in ops.iter().enumerate() {
        let near = changed
            .iter()
            .any(|&c| k + CONTEXT >= c && k <= c + CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 != k) || (last_shown.is_none() && k > 0) {
            out.push_str("  ...\n");
        }
        last_shown = Some(k);
        if *op != ' ' && (line.ends_with([' ', '\t']) || line.chars().any(|c| c.is_control())) {
            let _ = writeln!(
                out,
                "{op} {line:?}   (quoted: whitespace or control characters)"
            );
        } else {
            let _ = writeln!(out, "{op} {line}");
        }
    }
    if changed.is_empty() {
        let _ = writeln!(
            out,
            "  (the lines are equal; they differ in line endings or the final newline: \
             expected ends {:?}, actual ends {:?})",
            tail(expected),
            tail(actual)
        );
    } else if !expected.is_empty()
        && !actual.is_empty()
        && expected.ends_with('\n') != actual.ends_with('\n')
    {
        let _ = writeln!(
            out,
            "  (also: expected {} with a newline, actual {})",
            if expected.ends_with('\n') {
                "ends"
            } else {
                "does not end"
            },
            if actual.ends_with('\n') {
                "does"
            } else {
                "does not"
            }
        );
    }
    out
}

fn tail(s: &str) -> &str {
    let mut start = s.len().saturating_sub(12);
    while !s.is_char_boundary(start) {
        start -= 1;
    }
    &s[start..]
}

// ---- checks of the comparison itself, so that it can be trusted to fail ----

type SelfCheck = fn() -> Result<(), String>;

const SELF_CHECKS: &[(&str, SelfCheck)] = &[
    ("addresses", check_addresses),
    ("unittest time", check_test_time),
    ("caret_lines_and_ansi", check_caret_lines_and_ansi),
    ("comparison_fails_on_mismatch", check_comparison_fails),
    ("syntax_headline_rule", check_syntax_headline_rule),
];

fn expect_eq(what: &str, got: &str, want: &str) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: got {got:?}, want {want:?}"))
    }
}

fn check_addresses() -> Result<(), String> {
    expect_eq(
        "address",
        &normalize_addresses("<coroutine object f at 0x7f3aBC01>\n"),
        "<coroutine object f at 0xADDR>\n",
    )?;
    expect_eq(
        "two addresses and a bare 0x",
        &normalize_addresses("0x1 0x 0xg é0xff"),
        "0xADDR 0x 0xg é0xADDR",
    )?;
    expect_eq("trailing 0", &normalize_addresses("a 0"), "a 0")?;
    expect_eq(
        "idempotent",
        &normalize_addresses("at 0xADDR> 0xADDR"),
        "at 0xADDR> 0xADDR",
    )
}

fn check_test_time() -> Result<(), String> {
    expect_eq(
        "unittest's time",
        &normalize_test_time("..\nRan 3 tests in 0.012s\n\nOK\nRan 1 test in 12.5s"),
        "..\nRan 3 tests in 0.000s\n\nOK\nRan 1 test in 0.000s",
    )?;
    expect_eq(
        "other lines kept",
        &normalize_test_time("Ran 3 tests in 1s\nRan away in 0.5s\n"),
        "Ran 3 tests in 1s\nRan away in 0.5s\n",
    )
}

fn check_caret_lines_and_ansi() -> Result<(), String> {
    let err = "  File \"x.py\", line 1\n    1 + 'a'\n    ~~^~~~~\n  \t^\n\nTypeError: t\n";
    expect_eq(
        "caret lines dropped, blank line kept",
        &normalize_stderr(err),
        "  File \"x.py\", line 1\n    1 + 'a'\n\nTypeError: t\n",
    )?;
    expect_eq(
        "ansi",
        &strip_ansi("\x1b[31mError\x1b[0m: \x1b]8;;u\x07x\x1b]8;;\x1b\\!"),
        "Error: x!",
    )
}

fn status(code: i32) -> ExitStatus {
    use std::os::unix::process::ExitStatusExt;
    ExitStatus::from_raw(code << 8)
}

fn check_comparison_fails() -> Result<(), String> {
    let exp = Expected {
        out: "a\nb\n".into(),
        err: "Traceback (most recent call last):\nNameError: x\n".into(),
        code: 1,
    };
    let same = Actual {
        out: "a\nb\n".into(),
        err: "Traceback (most recent call last):\nNameError: x\n".into(),
        status: status(1),
    };
    if !compare(&exp, &same, true).is_empty() {
        return Err("equal outputs reported as different".into());
    }
    let variants = [
        ("stdout line", "a\nc\n", &*same.err, 1),
        ("missing final newline", "a\nb", &*same.err, 1),
        (
            "stderr",
            "a\nb\n",
            "Traceback (most recent call last):\nNameError: y\n",
            1,
        ),
        ("exit status", "a\nb\n", &*same.err, 0),
    ];
    for (what, out, err, code) in variants {
        let act = Actual {
            out: out.into(),
            err: err.into(),
            status: status(code),
        };
        if compare(&exp, &act, true).is_empty() {
            return Err(format!("a different {what} was not reported"));
        }
    }
    Ok(())
}

fn check_syntax_headline_rule() -> Result<(), String> {
    let exp = Expected {
        out: String::new(),
        err: "  File \"x.py\", line 2\n    y = (\n        ^\nSyntaxError: '(' was never closed\n"
            .into(),
        code: 1,
    };
    let drawn = Actual {
        out: String::new(),
        err: "Error: unclosed\n   ╭─[x.py:2:5]\n   ╰───\nSyntaxError: '(' was never closed\n"
            .into(),
        status: status(1),
    };
    if !compare(&exp, &drawn, true).is_empty() {
        return Err("a drawn report ending with the headline was rejected".into());
    }
    if compare(&exp, &drawn, false).is_empty() {
        return Err("whole-stderr comparison accepted a different report".into());
    }
    let wrong = Actual {
        err: "SyntaxError: invalid syntax\n".into(),
        ..drawn
    };
    if compare(&exp, &wrong, true).is_empty() {
        return Err("a different syntax error headline was accepted".into());
    }
    Ok(())
}
