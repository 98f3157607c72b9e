//! The event loop's differential fuzzer: random asyncio programs ([`crate::aio_gen`]) run under
//! corun and under python3, whose stdout, exit status and last line of stderr must be the same.
//!
//! Two ways to run them:
//!
//! - **Virtual time** (the default): corun with `--virtual-time`, and python3 with CPython's own
//!   event loop on a virtual clock (the shim below: when nothing is ready, the clock jumps to
//!   the next timer, which is what corun's `--virtual-time` does). Fast, and exact: the order of
//!   events depends on the program only.
//! - **Real time**: both on the real clock, as a user runs them. Timers are whole multiples of
//!   10 ms apart; a difference is confirmed by running python3 again.
//!
//! In both, python3 first runs the program on the virtual clock with a check: a program in
//! which two timers fall due at the same moment (in real time: closer than half a unit) has no
//! single right output, and one in which every task waits with no timer set would hang; such a
//! program is set aside and counted, as a defect of the generator.

use crate::aio_gen::{self, Options};
use crate::crash::classify;
use crate::exec::{ForkServer, Run, Runner, Status};
use crate::reduce;
use fastrand::Rng;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// CPython's event loop on a virtual clock, with the checks described above: the prelude of a
/// [`ForkServer`] started as `python3 -c ... SEPARATION`, whose `_fs_run` runs a program.
const SHIM: &str = r#"import asyncio, itertools, os, runpy, selectors, sys, weakref

SEPARATION = float(sys.argv[1])


def _set_aside(why):
    sys.stdout.flush()
    sys.stderr.write('aio-shim: ' + why + '\n')
    sys.stderr.flush()
    os._exit(97)


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self._virtual_now = 0.0
        selector = selectors.DefaultSelector()
        real_select = selector.select
        loop = self

        def select(timeout=None):
            if timeout is None:
                _set_aside('every task waits and no timer is set')
            if timeout > 0:
                loop._virtual_now += timeout
            loop._check_timers()
            return real_select(0)

        selector.select = select
        super().__init__(selector)

    def time(self):
        return self._virtual_now

    def create_task(self, coro, **kwargs):
        task = super().create_task(coro, **kwargs)
        _made[task] = next(_serial)
        return task

    def _check_timers(self):
        live = sorted(h.when() for h in self._scheduled if not h.cancelled())
        end = self._virtual_now + self._clock_resolution
        if len(live) >= 2 and live[0] < end and live[1] - live[0] < max(SEPARATION, 1e-6):
            _set_aside('two timers fall due together: %r and %r' % (live[0], live[1]))


# Where CPython's asyncio goes through a set of tasks or generators, their order is their
# addresses': any order is CPython's. corun goes through them in the order they were made;
# with ORDERED the shim makes CPython do the same (one of its orders) for the tasks left at
# the end of asyncio.run and a TaskGroup's tasks, so such a program is compared. Without it
# (real time, where python3 also runs without the shim), two or more set the program aside.
ORDERED = sys.argv[2:3] == ['creation-order']
_made = weakref.WeakKeyDictionary()
_serial = itertools.count()


def _one_at_most(what, items):
    if len(items) > 1:
        _set_aside('%d %s in the order of a set' % (len(items), what))


class _InCreationOrder(set):
    """A set of tasks that goes through them in the order they were made."""

    def __iter__(self):
        return iter(sorted(set.__iter__(self), key=lambda t: _made.get(t, -1)))


def _set_order(what, items):
    if ORDERED:
        return _InCreationOrder(items)
    _one_at_most(what, items)
    return items


_cancel_all_tasks = asyncio.runners._cancel_all_tasks
_all_tasks = asyncio.tasks.all_tasks


def cancel_all_tasks(loop):
    what = 'tasks left at the end of asyncio.run, cancelled'
    asyncio.tasks.all_tasks = lambda loop=None: _set_order(what, _all_tasks(loop))
    try:
        _cancel_all_tasks(loop)
    finally:
        asyncio.tasks.all_tasks = _all_tasks


asyncio.runners._cancel_all_tasks = cancel_all_tasks

_shutdown_asyncgens = asyncio.BaseEventLoop.shutdown_asyncgens


async def shutdown_asyncgens(self):
    _one_at_most('async generators left at the end of asyncio.run, closed', self._asyncgens)
    await _shutdown_asyncgens(self)


asyncio.BaseEventLoop.shutdown_asyncgens = shutdown_asyncgens

_abort = asyncio.TaskGroup._abort


def abort(self):
    tasks = self._tasks
    self._tasks = _set_order('tasks of a TaskGroup, cancelled', [t for t in tasks if not t.done()])
    try:
        _abort(self)
    finally:
        self._tasks = tasks


asyncio.TaskGroup._abort = abort


class Policy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        return VirtualLoop()


asyncio.set_event_loop_policy(Policy())


def _fs_run(program):
    runpy.run_path(program, run_name='__main__')
"#;

/// The exit status of the shim for a program that is set aside.
const SET_ASIDE: i32 = 97;

#[derive(Debug, Clone)]
pub struct Config {
    pub corun: PathBuf,
    pub python: PathBuf,
    pub seed: u64,
    pub first: u64,
    pub count: u64,
    pub jobs: usize,
    /// Real time instead of virtual time.
    pub real_time: bool,
    pub time_limit: Duration,
    pub budget: Option<Duration>,
    pub work_dir: PathBuf,
    /// Reduce each difference (runs up to this many candidates; 0: do not).
    pub reduce_tries: usize,
    pub verbose: bool,
}

#[derive(Debug, Clone)]
pub struct Difference {
    pub index: u64,
    /// The (reduced) program, as saved.
    pub program: String,
    pub saved_as: PathBuf,
    /// A diff of the two outputs.
    pub detail: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub ran: u64,
    pub same: u64,
    /// Programs set aside: two timers due together, or a program that would hang.
    pub set_aside: u64,
    /// How many were set aside by each rule (the shim's reason, its numbers left out).
    pub set_aside_why: std::collections::BTreeMap<String, u64>,
    /// Programs python3 did not finish in time (not compared).
    pub python_slow: u64,
    pub differences: Vec<Difference>,
    pub elapsed: Duration,
}

impl Report {
    pub fn summary(&self) -> String {
        format!(
            "{} programs in {:.1} s: {} the same, {} set aside (ambiguous timing or a hang), \
             {} too slow under python3, {} differences",
            self.ran,
            self.elapsed.as_secs_f64(),
            self.same,
            self.set_aside,
            self.python_slow,
            self.differences.len()
        ) + &self
            .set_aside_why
            .iter()
            .map(|(why, n)| format!("\n  set aside {n}: {why}"))
            .collect::<String>()
    }
}

/// The rule a set-aside program broke: the shim's reason with its numbers left out.
fn set_aside_rule(reason: &str) -> String {
    let reason = reason.strip_prefix("aio-shim: ").unwrap_or(reason);
    let reason = reason.split(':').next().unwrap_or(reason);
    reason
        .split(' ')
        .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn options(real_time: bool) -> Options {
    // Virtual time has no drift: a unit of 10 µs makes two timers rarely fall due together.
    if real_time {
        Options::default()
    } else {
        Options {
            unit: 0.00001,
            max_units: 3000,
            spread: 9973,
        }
    }
}

/// Program `index` of the sequence for `seed`.
pub fn make_program(seed: u64, index: u64, real_time: bool) -> String {
    let mut rng = Rng::with_seed(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xA10);
    aio_gen::program(&mut rng, options(real_time))
}

struct Shared<'a> {
    cfg: &'a Config,
    corun: Runner,
    python: Runner,
    separation: String,
    report: Mutex<Report>,
    next: AtomicUsize,
    start: Instant,
}

pub fn run(cfg: &Config) -> Report {
    std::fs::create_dir_all(cfg.work_dir.join("differences")).expect("make the work folder");
    let mut corun = Runner::new(&cfg.corun, cfg.time_limit);
    if !cfg.real_time {
        corun.args.push("--virtual-time".into());
    }
    let python = Runner::new(&cfg.python, cfg.time_limit * 3);
    let separation = if cfg.real_time { "0.005" } else { "0" };
    let shared = Shared {
        cfg,
        corun,
        python,
        separation: separation.into(),
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
    report.differences.sort_by_key(|d| d.index);
    report
}

fn worker(sh: &Shared, job: usize) {
    let dir = sh.cfg.work_dir.join(format!("aio-job{job}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("make the work folder");
    // Real time runs python3 a second time without the shim: there the order of a set stays
    // CPython's own, and a program that shows it is set aside.
    let order = if sh.cfg.real_time {
        "set-order"
    } else {
        "creation-order"
    };
    let mut shim = ForkServer::new(
        &sh.cfg.python,
        SHIM,
        vec![sh.separation.clone(), order.into()],
    );
    loop {
        let n = sh.next.fetch_add(1, Ordering::Relaxed) as u64;
        if n >= sh.cfg.count || sh.cfg.budget.is_some_and(|b| sh.start.elapsed() > b) {
            break;
        }
        let index = sh.cfg.first + n;
        let program = make_program(sh.cfg.seed, index, sh.cfg.real_time);
        let verdict = compare(sh, &mut shim, &dir, program.as_bytes());
        let mut r = sh.report.lock().unwrap();
        r.ran += 1;
        match verdict {
            Verdict::Same => r.same += 1,
            Verdict::SetAside(why) => {
                r.set_aside += 1;
                *r.set_aside_why.entry(why).or_default() += 1;
            }
            Verdict::PythonSlow => r.python_slow += 1,
            Verdict::Differ(detail, original) => {
                drop(r);
                // Whole lines only, and python3 must end the same way: the difference kept
                // is the one found, not another one the cuts make.
                let reduced = if sh.cfg.reduce_tries > 0 {
                    reduce::reduce_lines(
                        program.as_bytes(),
                        sh.cfg.reduce_tries,
                        |cand| matches!(compare(sh, &mut shim, &dir, cand), Verdict::Differ(_, e) if e == original),
                    )
                } else {
                    program.clone().into_bytes()
                };
                let reduced = String::from_utf8_lossy(&reduced).into_owned();
                let detail = match compare(sh, &mut shim, &dir, reduced.as_bytes()) {
                    Verdict::Differ(d, _) => d,
                    _ => detail,
                };
                let saved = sh
                    .cfg
                    .work_dir
                    .join("differences")
                    .join(format!("aio-{:x}-{index}.py", sh.cfg.seed));
                let _ = std::fs::write(&saved, &reduced);
                let _ = std::fs::write(saved.with_extension("txt"), &detail);
                if sh.cfg.verbose {
                    eprintln!("difference: program {index}: {}", saved.display());
                }
                let mut r = sh.report.lock().unwrap();
                r.differences.push(Difference {
                    index,
                    program: reduced,
                    saved_as: saved,
                    detail,
                });
                continue;
            }
        }
        if sh.cfg.verbose && r.ran.is_multiple_of(500) {
            eprintln!(
                "[{:.0} s] {} programs, {} set aside, {} differences",
                sh.start.elapsed().as_secs_f64(),
                r.ran,
                r.set_aside,
                r.differences.len()
            );
        }
    }
}

enum Verdict {
    Same,
    /// By the rule named.
    SetAside(String),
    PythonSlow,
    /// How, and how python3 ended (its status and last line of stderr).
    Differ(String, (Status, String)),
}

fn compare(sh: &Shared, shim: &mut ForkServer, dir: &Path, program: &[u8]) -> Verdict {
    let name = "prog.py";
    std::fs::write(dir.join(name), program).expect("write the program");
    let checked = shim.run(&sh.python, dir, name);
    match checked.status {
        Status::Exited(SET_ASIDE) => {
            return Verdict::SetAside(set_aside_rule(&checked.last_err_line()))
        }
        Status::Exited(_) => {}
        _ => return Verdict::PythonSlow,
    }
    let ending = (checked.status.clone(), checked.last_err_line());
    let mut expected = if sh.cfg.real_time {
        sh.python.run(dir, name)
    } else {
        checked
    };
    let got = sh.corun.run(dir, name);
    if let Some(sig) = classify(&got) {
        let detail = format!("corun: {} ({:?})\n{}", sig.0, got.status, got.stderr_text());
        return Verdict::Differ(detail, ending);
    }
    if same(&expected, &got) {
        return Verdict::Same;
    }
    if sh.cfg.real_time {
        // Real time: a loaded machine can delay a timer past another; python3 must agree with
        // itself before corun is said to differ.
        let again = sh.python.run(dir, name);
        if !same(&expected, &again) {
            return Verdict::SetAside("python3 differs from itself in real time".into());
        }
        expected = again;
    }
    Verdict::Differ(explain(&expected, &got), ending)
}

fn normalize(text: &[u8]) -> String {
    let s = drop_asyncio_places(&String::from_utf8_lossy(text));
    // Addresses: 0x7f3a... -> 0xADDR.
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '0' && s[i..].starts_with("0x") {
            out.push_str("0xADDR");
            chars.next();
            while chars.peek().is_some_and(|(_, c)| c.is_ascii_hexdigit()) {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Without the places in asyncio's own files that CPython's reprs give its Python-written
/// coroutines (`coro=<sleep() done, defined at /…/asyncio/tasks.py:637>`): corun's are native
/// and have none (LIMITATIONS.md).
fn drop_asyncio_places(s: &str) -> String {
    const AT: &str = ", defined at ";
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(AT) {
        let place = &rest[i + AT.len()..];
        let end = place.find(['>', ' ', '\n']).unwrap_or(place.len());
        out.push_str(&rest[..i]);
        if !place[..end].contains("/asyncio/") {
            out.push_str(&rest[i..i + AT.len() + end]);
        }
        rest = &place[end..];
    }
    out.push_str(rest);
    out
}

fn same(a: &Run, b: &Run) -> bool {
    a.status == b.status
        && normalize(&a.stdout) == normalize(&b.stdout)
        && (normalize(a.last_err_line().as_bytes()) == normalize(b.last_err_line().as_bytes())
            || same_reports(a, b))
}

/// Reports made when a task is freed ("Task exception was never retrieved", "Task was
/// destroyed but it is pending!") come when the collector gets to it, in an order the
/// program does not decide: two runs that end in such reports are the same if they make as
/// many of each and each one's last line of stderr is somewhere in the other's.
fn same_reports(a: &Run, b: &Run) -> bool {
    const REPORTS: [&str; 2] = [
        "Task exception was never retrieved",
        "Task was destroyed but it is pending!",
    ];
    let (ea, eb) = (normalize(&a.stderr), normalize(&b.stderr));
    let count = |text: &str, what: &str| text.lines().filter(|l| *l == what).count();
    let has = |text: &str, line: &str| text.lines().any(|l| l == line);
    let (la, lb) = (
        normalize(a.last_err_line().as_bytes()),
        normalize(b.last_err_line().as_bytes()),
    );
    REPORTS.iter().any(|r| count(&ea, r) > 0)
        && REPORTS.iter().all(|r| count(&ea, r) == count(&eb, r))
        && has(&eb, &la)
        && has(&ea, &lb)
}

/// The two outputs side by side from the first line where they differ.
fn explain(expected: &Run, got: &Run) -> String {
    let e = normalize(&expected.stdout);
    let g = normalize(&got.stdout);
    let el: Vec<&str> = e.lines().collect();
    let gl: Vec<&str> = g.lines().collect();
    let first = el
        .iter()
        .zip(&gl)
        .position(|(a, b)| a != b)
        .unwrap_or(el.len().min(gl.len()));
    let mut s = format!(
        "python3: {:?}, last line of stderr: {}\ncorun:   {:?}, last line of stderr: {}\n",
        expected.status,
        expected.last_err_line(),
        got.status,
        got.last_err_line()
    );
    s.push_str(&format!("stdout differs from line {}:\n", first + 1));
    let from = first.saturating_sub(3);
    for i in from..(first + 8).max(from) {
        let a = el.get(i).copied().unwrap_or("<end>");
        let b = gl.get(i).copied().unwrap_or("<end>");
        let mark = if a == b { ' ' } else { '!' };
        s.push_str(&format!(
            "{mark} {:>4} python3: {a}\n{mark}      corun:   {b}\n",
            i + 1
        ));
        if i >= el.len() && i >= gl.len() {
            break;
        }
    }
    s.push_str(&format!("\n--- corun stderr ---\n{}", got.stderr_text()));
    s
}

#[cfg(test)]
mod tests {
    use super::drop_asyncio_places;

    #[test]
    fn places_in_asyncio_files_are_dropped_and_others_kept() {
        let py = "task: <Task pending name='Task-7' coro=<sleep() done, defined at \
                  /usr/lib/python3.11/asyncio/tasks.py:637> wait_for=<Future pending>>";
        let corun =
            "task: <Task pending name='Task-7' coro=<sleep() done> wait_for=<Future pending>>";
        assert_eq!(drop_asyncio_places(py), corun);
        let own = "coro=<f1() done, defined at /tmp/x/prog.py:7>";
        assert_eq!(drop_asyncio_places(own), own);
    }
}
