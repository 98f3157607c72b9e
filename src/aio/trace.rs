//! Seeing time: `--virtual-time`, `--timeline[=FILE]` and `--trace=FILE.json`.
//!
//! - [`Options`] is what the command line (and `CORUN_VIRTUAL_TIME`) asks for; the front end
//!   parses the flags with [`Options::parse_arg`], calls [`Options::install`] before the script
//!   runs and [`finish`] after it.
//! - The [`Recorder`] sits in the event loop when a timeline or a trace is wanted. The loop and
//!   the tasks report to it through the small hooks below (task created, step begins, step ends,
//!   woken up, cancel requested, and a label for what a future stands for); each hook is one
//!   test of an empty cell when nothing records.
//! - At exit the recording becomes a text timeline, an SVG picture and/or Chrome trace-event JSON
//!   (see `crate::aio::timeline`).

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::rc::{Rc, Weak};

use rustc_hash::FxHashMap;

use crate::aio::future::{FutState, FutureObj};
use crate::eval::Interp;
use crate::runtime::value::Value;

/// The environment variable that turns virtual time on (`CORUN_VIRTUAL_TIME=1`).
pub const VIRTUAL_TIME_ENV: &str = "CORUN_VIRTUAL_TIME";

/// What to record and where to write it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// `--virtual-time`: the clock starts at 0 and jumps to the next timer.
    pub virtual_time: bool,
    /// `--timeline`: the text timeline on stderr at exit.
    pub timeline_stderr: bool,
    /// `--timeline=FILE`: an SVG picture when FILE ends in `.svg`, else the text form.
    pub timeline_file: Option<PathBuf>,
    /// `--trace=FILE.json`: Chrome trace-event JSON (Perfetto, chrome://tracing).
    pub trace_file: Option<PathBuf>,
}

/// Help text for the options, one per line, for the front end's `--help`.
pub const HELP: &str = concat!(
    "  --virtual-time        run on a virtual clock: it starts at 0 and jumps over every wait\n",
    "                        (also CORUN_VIRTUAL_TIME=1)\n",
    "  --timeline            at exit, draw every task against time on stderr\n",
    "  --timeline=FILE       the same drawing into FILE (SVG when FILE ends in .svg, else text)\n",
    "  --trace=FILE.json     at exit, write a Chrome/Perfetto trace of every task step\n",
);

impl Options {
    /// The options the environment asks for: `CORUN_VIRTUAL_TIME` set to anything but empty
    /// or `0` turns virtual time on.
    pub fn from_env() -> Options {
        let virtual_time = std::env::var_os(VIRTUAL_TIME_ENV)
            .map(|v| !v.is_empty() && v != "0")
            .unwrap_or(false);
        Options {
            virtual_time,
            ..Options::default()
        }
    }

    /// Takes one command-line argument if it is one of these options: `Ok(true)` when taken,
    /// `Ok(false)` when it is something else, `Err` with a message when it is malformed.
    pub fn parse_arg(&mut self, arg: &str) -> Result<bool, String> {
        let nonempty = |flag: &str, v: &str| -> Result<PathBuf, String> {
            if v.is_empty() {
                Err(format!("{flag}= needs a file name"))
            } else {
                Ok(PathBuf::from(v))
            }
        };
        if arg == "--virtual-time" {
            self.virtual_time = true;
        } else if arg == "--timeline" {
            self.timeline_stderr = true;
        } else if let Some(f) = arg.strip_prefix("--timeline=") {
            self.timeline_file = Some(nonempty("--timeline", f)?);
        } else if arg == "--trace" {
            return Err("--trace needs a file: --trace=FILE.json".into());
        } else if let Some(f) = arg.strip_prefix("--trace=") {
            self.trace_file = Some(nonempty("--trace", f)?);
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    /// Checks, before the program runs, that the timeline and trace files can be written, so
    /// that a bad path is not found out only after the program's work is done.
    pub fn check_files(&self) -> Result<(), String> {
        let files = [
            ("timeline", &self.timeline_file),
            ("trace", &self.trace_file),
        ];
        for (what, path) in files {
            let Some(p) = path else { continue };
            let opened = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(p);
            if let Err(e) = opened {
                return Err(format!("cannot write the {what} to {}: {e}", p.display()));
            }
        }
        Ok(())
    }

    /// Whether a recording is needed at all.
    pub fn records(&self) -> bool {
        self.timeline_stderr || self.timeline_file.is_some() || self.trace_file.is_some()
    }

    /// Sets the interpreter up before the script runs: the virtual clock, the recorder.
    /// `script` names the program in the timeline's title.
    pub fn install(&self, ip: &Interp, script: &str) {
        if self.virtual_time {
            ip.event_loop.use_virtual_time();
        }
        if self.records() {
            let _ = ip.event_loop.recorder.set(Box::new(Recorder {
                opts: self.clone(),
                script: script.to_string(),
                virtual_time: self.virtual_time,
                finished: Cell::new(false),
                st: RefCell::new(State::default()),
                done_of: RefCell::new(None),
                clock_end: Cell::new(0.0),
                step_began: Cell::new(None),
            }));
        }
    }
}

/// Writes what was recorded (timeline, trace) once the program is over. Prints a clear message
/// for an output it cannot write and returns false then.
pub fn finish(ip: &Interp) -> bool {
    let Some(r) = ip.event_loop.recorder.get() else {
        return true;
    };
    if r.finished.replace(true) {
        return true;
    }
    let now = ip.event_loop.time();
    let st = r.st.borrow();
    let build = |clock| {
        let end = match clock {
            Clock::Loop => st.stopped_at.unwrap_or(now),
            Clock::Trace => match st.stopped_at {
                Some(at) => at.max(r.clock_end.get()),
                None => r.trace_now(ip),
            },
        };
        let mut rec = crate::aio::timeline::Recording::build(
            &st.tasks,
            end,
            r.virtual_time,
            &r.script,
            clock,
        );
        rec.note = st.note(now);
        rec
    };
    let rec = build(Clock::Loop);
    let mut ok = true;
    if r.opts.timeline_stderr {
        ip.flush_out();
        eprint!("{}", rec.text());
    }
    let mut write = |path: &PathBuf, what: &str, body: String| {
        if let Err(e) = std::fs::write(path, body) {
            eprintln!("corun: cannot write the {what} to {}: {e}", path.display());
            ok = false;
        }
    };
    if let Some(p) = &r.opts.timeline_file {
        let body = if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg")) {
            rec.svg()
        } else {
            rec.text()
        };
        write(p, "timeline", body);
    }
    if let Some(p) = &r.opts.trace_file {
        let body = if r.virtual_time {
            build(Clock::Trace).trace_json()
        } else {
            rec.trace_json()
        };
        write(p, "trace", body);
    }
    ok
}

/// Under virtual time, a loop with nothing ready and no timer (or only timers at infinity) can
/// never run anything again
/// (no other thread or I/O can wake it): rather than hang, say so, write what was recorded and
/// end with status 1.
pub fn deadlock(ip: &Interp) -> ! {
    ip.flush_out();
    let waiting: Vec<String> = ip
        .event_loop
        .pending_tasks()
        .iter()
        .filter_map(|t| t.task.as_ref().map(|td| td.name()))
        .collect();
    eprintln!(
        "corun: virtual time: every task is waiting ({}) and no timer will ever fire, so \
         nothing can run again; the program would hang here",
        if waiting.is_empty() {
            "no tasks".to_string()
        } else {
            waiting.join(", ")
        }
    );
    finish(ip);
    std::process::exit(if ip.flush_at_exit() { 1 } else { 120 })
}

/// Which of the recorder's clocks a drawing uses (see `Recorder::trace_now`): the
/// loop's own (virtual or real), or the trace file's, on which a step under virtual time lasts
/// as long as it really ran.
#[derive(Clone, Copy, PartialEq)]
pub enum Clock {
    Loop,
    Trace,
}

/// The recorder: one record per task, in order of creation.
pub struct Recorder {
    opts: Options,
    script: String,
    virtual_time: bool,
    finished: Cell<bool>,
    st: RefCell<State>,
    /// The task whose done-callbacks run now (what a cancel made from one is put down to).
    done_of: RefCell<Option<Rc<FutureObj>>>,
    /// The trace's clock (see `trace_now`): when the last step ended on it.
    clock_end: Cell<f64>,
    /// The step running now: the real instant it began and its begin on the trace's clock.
    step_began: Cell<Option<(std::time::Instant, f64)>>,
}

/// What a recording keeps at most: past either bound it stops (the program runs on), so that a
/// long-running program records in bounded memory (some 150 bytes an event). What happens after
/// is only counted, and the outputs say so.
const MAX_TASKS: usize = 2_000;
const MAX_EVENTS: usize = 100_000;

#[derive(Default)]
struct State {
    /// Task address → index in `tasks`. Each record keeps a `Weak` of its task, so the address
    /// is never handed to another object while the record exists.
    ids: FxHashMap<usize, usize>,
    tasks: Vec<TaskRec>,
    /// Future address → what it stands for (`sleep(3)`, `Queue.get()`), until a task awaits it.
    labels: FxHashMap<usize, (Weak<FutureObj>, Label)>,
    prune_at: usize,
    /// Events kept, in all tasks.
    events: usize,
    /// When the recording stopped, having reached `MAX_TASKS` or `MAX_EVENTS`.
    stopped_at: Option<f64>,
    /// Tasks created and steps begun after it stopped.
    tasks_after: u64,
    steps_after: u64,
}

impl State {
    /// Whether the recording has stopped, stopping it now if it is full (`more_tasks`: a task is
    /// to be added).
    fn stopped(&mut self, now: f64, more_tasks: bool) -> bool {
        if self.stopped_at.is_none()
            && (self.events >= MAX_EVENTS || (more_tasks && self.tasks.len() >= MAX_TASKS))
        {
            self.stopped_at = Some(now);
            self.labels.clear();
        }
        self.stopped_at.is_some()
    }

    /// What the outputs say about a recording that stopped.
    fn note(&self, end: f64) -> Option<String> {
        let at = self.stopped_at?;
        Some(format!(
            "the recording stopped where this ends, having kept {} tasks and {} events (it keeps \
             no more, to bound its memory); after that {} more tasks were created and {} more \
             steps ran, until the program ended {:.3} s later",
            self.tasks.len(),
            self.events,
            self.tasks_after,
            self.steps_after,
            end - at
        ))
    }
}

#[derive(Clone)]
struct Label {
    text: Rc<str>,
    /// When a sleep's timer is due: the sleeper is ready from then on, whenever the loop
    /// actually gets to it.
    deadline: Option<f64>,
}

/// Everything recorded about one task.
pub struct TaskRec {
    pin: Weak<FutureObj>,
    pub name: String,
    /// The coroutine's qualified name (`worker`, `Server.handle`).
    pub coro: String,
    /// The arguments it was called with (`3, 'a'`), which tell apart the tasks of one
    /// coroutine function.
    pub args: String,
    pub created: f64,
    /// `created` on the trace's clock (see `Recorder::trace_now`).
    pub created_t: f64,
    /// The task that was running when this one was created.
    pub parent: Option<usize>,
    pub events: Vec<Event>,
}

/// One entry of a task's history, in the order it happened.
pub enum Event {
    Step {
        begin: f64,
        end: f64,
        /// `begin` and `end` on the trace's clock (see `Recorder::trace_now`).
        t0: f64,
        t1: f64,
        after: After,
    },
    /// `task.cancel()` was called (by the task of that index, or outside any task; with
    /// `callback`, by a done-callback of that task, as a TaskGroup cancels its parent when
    /// a child fails).
    Cancel {
        at: f64,
        /// `at` on the trace's clock.
        t: f64,
        by: Option<usize>,
        callback: bool,
    },
}

/// How a step ended.
pub enum After {
    /// The step is still running (the program ended inside it).
    Running,
    /// Suspended on a future until it was done.
    Await {
        what: Rc<str>,
        repr: String,
        /// When the awaited thing was done (the task ready to run again), if it was.
        ready: Option<f64>,
    },
    /// Yielded (`await asyncio.sleep(0)`): ready again at once.
    Yield,
    Returned(String),
    Raised(String),
    Cancelled,
}

impl Recorder {
    /// Now, on the clock of the trace file. In real time it is the loop's clock. Under virtual
    /// time the loop's clock stands still while a step runs, so every step would last no time
    /// and be invisible; the trace instead gives each step the real time it ran: a step begins
    /// at its virtual time, or when the step before it ended if that is later, and lasts as
    /// long as it really ran. The text and SVG timelines keep the virtual times themselves.
    fn trace_now(&self, ip: &Interp) -> f64 {
        let v = ip.event_loop.time();
        if !self.virtual_time {
            return v;
        }
        match self.step_began.get() {
            Some((real, t0)) => t0 + real.elapsed().as_secs_f64(),
            None => v.max(self.clock_end.get()),
        }
    }

    fn index_of(&self, st: &mut State, ip: &Interp, task: &Rc<FutureObj>) -> Option<usize> {
        let key = Rc::as_ptr(task) as usize;
        if let Some(&i) = st.ids.get(&key) {
            return Some(i);
        }
        // asyncio.run's own shutdown tasks are the loop's internals, not the program's.
        let td = task.task.as_ref()?;
        if td.coro.has_flag(crate::runtime::coroutine::LOOP_INTERNAL) {
            return None;
        }
        self.register(st, ip, task)
    }

    /// A record for `task`; None (and counted) once the recording has stopped.
    fn register(&self, st: &mut State, ip: &Interp, task: &Rc<FutureObj>) -> Option<usize> {
        if st.stopped(ip.event_loop.time(), true) {
            st.tasks_after += 1;
            return None;
        }
        let td = task.task.as_ref().expect("a task");
        let parent = ip
            .event_loop
            .current_task
            .borrow()
            .as_ref()
            .and_then(|p| st.ids.get(&(Rc::as_ptr(p) as usize)).copied());
        let i = st.tasks.len();
        st.tasks.push(TaskRec {
            pin: Rc::downgrade(task),
            name: td.name(),
            coro: td.coro.qualname().to_string(),
            args: call_args(ip, &td.coro),
            created: ip.event_loop.time(),
            created_t: self.trace_now(ip),
            parent,
            events: Vec::new(),
        });
        st.ids.insert(Rc::as_ptr(task) as usize, i);
        Some(i)
    }

    #[cold]
    fn created(&self, ip: &Interp, task: &Rc<FutureObj>) {
        let mut st = self.st.borrow_mut();
        let key = Rc::as_ptr(task) as usize;
        if !st.ids.contains_key(&key) {
            self.register(&mut st, ip, task);
        }
    }

    #[cold]
    fn step_begin(&self, ip: &Interp, task: &Rc<FutureObj>) {
        let mut st = self.st.borrow_mut();
        let now = ip.event_loop.time();
        if st.stopped(now, false) {
            st.steps_after += 1;
            return;
        }
        let Some(i) = self.index_of(&mut st, ip, task) else {
            return;
        };
        st.events += 1;
        let t0 = self.trace_now(ip);
        if self.virtual_time {
            self.step_began.set(Some((std::time::Instant::now(), t0)));
        }
        st.tasks[i].events.push(Event::Step {
            begin: now,
            end: now,
            t0,
            t1: t0,
            after: After::Running,
        });
    }

    #[cold]
    fn step_end(&self, ip: &Interp, task: &Rc<FutureObj>) {
        let now = ip.event_loop.time();
        let t_now = self.trace_now(ip);
        if self.step_began.take().is_some() {
            self.clock_end.set(t_now);
        }
        let after = self.after(ip, task);
        // The awaited future's repr, taken before the records are borrowed (a pending future's
        // repr runs none of the program's code, but keep the recorder out of the way anyway).
        let repr = match &after {
            Err(f) => crate::aio::future::future_repr(ip, f).unwrap_or_default(),
            Ok(_) => String::new(),
        };
        let mut st = self.st.borrow_mut();
        if st.stopped_at.is_some() {
            return;
        }
        let Some(&i) = st.ids.get(&(Rc::as_ptr(task) as usize)) else {
            return;
        };
        let after = match after {
            Ok(a) => a,
            Err(f) => {
                let (what, deadline) = match st.labels.remove(&(Rc::as_ptr(&f) as usize)) {
                    Some((_, l)) => (l.text, l.deadline),
                    None => (future_kind(&f), None),
                };
                After::Await {
                    what,
                    repr,
                    ready: deadline,
                }
            }
        };
        let rec = &mut st.tasks[i];
        if let Some(td) = &task.task {
            let name = td.name();
            if name != rec.name {
                rec.name = name;
            }
        }
        if let Some(Event::Step {
            end, t1, after: a, ..
        }) = rec
            .events
            .iter_mut()
            .rev()
            .find(|e| matches!(e, Event::Step { .. }))
        {
            *end = now;
            *t1 = t_now;
            *a = after;
        }
    }

    /// How the step that just ran ended, or the future the task now waits on.
    fn after(&self, ip: &Interp, task: &Rc<FutureObj>) -> Result<After, Rc<FutureObj>> {
        match task.state.get() {
            FutState::Cancelled => Ok(After::Cancelled),
            FutState::Finished => Ok(match &task.exception() {
                Some(e) => After::Raised(exc_text(ip, &e.0)),
                None => After::Returned(safe_repr(ip, &task.result_value(), 2)),
            }),
            FutState::Pending => {
                let waiter = task.task.as_ref().and_then(|td| td.waiter());
                match waiter {
                    Some(f) => Err(f),
                    None => Ok(After::Yield),
                }
            }
        }
    }

    #[cold]
    fn woken(&self, ip: &Interp, task: &Rc<FutureObj>) {
        let now = ip.event_loop.time();
        let mut st = self.st.borrow_mut();
        if st.stopped_at.is_some() {
            return;
        }
        let Some(&i) = st.ids.get(&(Rc::as_ptr(task) as usize)) else {
            return;
        };
        if let Some(Event::Step {
            after: After::Await { ready, .. },
            ..
        }) = st.tasks[i].events.last_mut()
        {
            *ready = Some(ready.map_or(now, |r| r.min(now)));
        }
    }

    #[cold]
    fn cancel_requested(&self, ip: &Interp, task: &Rc<FutureObj>) {
        let now = ip.event_loop.time();
        let t = self.trace_now(ip);
        let mut st = self.st.borrow_mut();
        let id_of = |p: &Rc<FutureObj>| st.ids.get(&(Rc::as_ptr(p) as usize)).copied();
        let by = ip.event_loop.current_task.borrow().as_ref().and_then(id_of);
        let (by, callback) = match by {
            Some(b) => (Some(b), false),
            None => {
                let done = self.done_of.borrow();
                (done.as_ref().and_then(id_of), done.is_some())
            }
        };
        if st.stopped(now, false) {
            return;
        }
        let Some(&i) = st.ids.get(&(Rc::as_ptr(task) as usize)) else {
            return;
        };
        st.events += 1;
        st.tasks[i].events.push(Event::Cancel {
            at: now,
            t,
            by,
            callback: callback && by.is_some(),
        });
    }

    /// Runs `f`, a done-callback of `fut`, with `fut` noted as the task it belongs to.
    pub fn in_done_callback(&self, fut: &Rc<FutureObj>, f: impl FnOnce()) {
        let task = fut.task.is_some().then(|| fut.clone());
        let saved = self.done_of.replace(task);
        f();
        self.done_of.replace(saved);
    }

    #[cold]
    fn label(&self, fut: &Rc<FutureObj>, text: String, deadline: Option<f64>) {
        let mut st = self.st.borrow_mut();
        if st.stopped_at.is_some() {
            return;
        }
        if st.labels.len() >= st.prune_at.max(1024) {
            // Futures labelled but never awaited (a gather nobody awaits): drop the dead ones.
            st.labels.retain(|_, (w, _)| w.strong_count() > 0);
            st.prune_at = st.labels.len() * 2;
        }
        st.labels.insert(
            Rc::as_ptr(fut) as usize,
            (
                Rc::downgrade(fut),
                Label {
                    text: Rc::from(text),
                    deadline,
                },
            ),
        );
    }
}

impl TaskRec {
    /// Whether the task object still exists (records keep only a weak reference).
    pub fn alive(&self) -> bool {
        self.pin.strong_count() > 0
    }
}

/// What a future without a label is: a task by its name, else a plain Future.
fn future_kind(f: &Rc<FutureObj>) -> Rc<str> {
    match &f.task {
        Some(td) => Rc::from(td.name().as_str()),
        None => Rc::from("a Future"),
    }
}

/// The arguments a coroutine not yet started was called with, shortened (`1, 'a', n=2`);
/// `self` is left out, and so is everything of one already started or written natively.
fn call_args(ip: &Interp, c: &crate::runtime::coroutine::Coroutine) -> String {
    use crate::runtime::coroutine::{CoroBody, CoroState};
    let st = c.state.borrow();
    let CoroState::Created(CoroBody::Py { func, locals }) = &*st else {
        return String::new();
    };
    let p = &func.def.params;
    let names = &func.def.scope.local_names;
    let slot = |name: crate::intern::Symbol| -> Option<&Value> {
        let i = names.iter().position(|n| *n == name)?;
        locals.get(i).filter(|v| !matches!(v, Value::Undef))
    };
    // Plain data is shown; an object (a lock, a queue, a connection) only as `…`, which
    // would not tell the tasks apart anyway.
    let shown = |v: &Value| match v {
        Value::Float(x) => safe_repr(ip, &Value::float(for_reading(x.get())), 0),
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::BigInt(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Tuple(_)
        | Value::List(_) => safe_repr(ip, v, 1),
        _ => "…".to_string(),
    };
    let mut parts = Vec::new();
    for (k, prm) in p.posonly.iter().chain(&p.args).enumerate() {
        if k == 0 && prm.name.as_str() == "self" {
            continue;
        }
        if let Some(v) = slot(prm.name) {
            parts.push(shown(v));
        }
    }
    if let Some(Value::Tuple(t)) = p.vararg.as_ref().and_then(|va| slot(va.name)) {
        parts.extend(t.items.iter().map(shown));
    }
    for prm in &p.kwonly {
        if let Some(v) = slot(prm.name) {
            parts.push(format!("{}={}", prm.name.as_str(), shown(v)));
        }
    }
    parts.dedup_by(|a, b| a == "…" && b == "…");
    shorten(parts.join(", "), 40)
}

/// A repr that never runs the program's code (a result may be an instance with its own
/// `__repr__`): builtin values as Python shows them, anything else by its type.
pub fn safe_repr(ip: &Interp, v: &Value, depth: u32) -> String {
    let s = match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::BigInt(_)
        | Value::Bytes(_) => crate::runtime::repr::repr(ip, v).unwrap_or_default(),
        Value::Tuple(t) if depth > 0 && t.items.len() <= 8 => {
            let items: Vec<String> = t
                .items
                .iter()
                .map(|x| safe_repr(ip, x, depth - 1))
                .collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Value::List(l) if depth > 0 && l.items.borrow().len() <= 8 => {
            let items: Vec<String> = l
                .items
                .borrow()
                .iter()
                .map(|x| safe_repr(ip, x, depth - 1))
                .collect();
            format!("[{}]", items.join(", "))
        }
        Value::Exception(e) => exc_text(ip, e),
        Value::Future(f) => match &f.task {
            Some(td) => format!("<Task {}>", td.name()),
            None => "<Future>".into(),
        },
        other => format!("<{} object>", crate::eval::ops::type_name(ip, other)),
    };
    shorten(s, 60)
}

/// `ValueError('bad')`: the class name and the arguments, without running the program's code.
pub fn exc_text(ip: &Interp, e: &Rc<crate::runtime::exceptions::ExcObj>) -> String {
    let args: Vec<String> = e
        .args
        .borrow()
        .iter()
        .map(|a| safe_repr(ip, a, 1))
        .collect();
    shorten(
        format!("{}({})", e.class.name.as_str(), args.join(", ")),
        60,
    )
}

fn shorten(s: String, max: usize) -> String {
    if s.chars().count() <= max {
        return s;
    }
    let mut t: String = s.chars().take(max - 1).collect();
    t.push('…');
    t
}

// ---- hooks: each is a test of an empty cell when nothing records ----

#[inline]
fn recorder(ip: &Interp) -> Option<&Recorder> {
    ip.event_loop.recorder.get().map(|b| &**b)
}

/// A task was made (`create_task`, `ensure_future`, `gather`, `asyncio.run`).
#[inline]
pub fn task_created(ip: &Interp, task: &Rc<FutureObj>) {
    if let Some(r) = recorder(ip) {
        r.created(ip, task);
    }
}

/// A task's step is about to resume its coroutine.
#[inline]
pub fn step_begin(ip: &Interp, task: &Rc<FutureObj>) {
    if let Some(r) = recorder(ip) {
        r.step_begin(ip, task);
    }
}

/// A task's step is over: it now waits on a future, yielded, or is done.
#[inline]
pub fn step_end(ip: &Interp, task: &Rc<FutureObj>) {
    if let Some(r) = recorder(ip) {
        r.step_end(ip, task);
    }
}

/// What a task waited on is done: its wake-up is scheduled.
#[inline]
pub fn woken(ip: &Interp, task: &Rc<FutureObj>) {
    if let Some(r) = recorder(ip) {
        r.woken(ip, task);
    }
}

/// `task.cancel()` was called on a task that is not done.
#[inline]
pub fn cancel_requested(ip: &Interp, task: &Rc<FutureObj>) {
    if let Some(r) = recorder(ip) {
        r.cancel_requested(ip, task);
    }
}

/// Names what a future stands for (`sleep(3)`, `Queue.get()`), shown where a task awaits it;
/// `deadline` is when a timer will complete it. `text` is only called when recording.
#[inline]
pub fn label(
    ip: &Interp,
    fut: &Rc<FutureObj>,
    deadline: Option<f64>,
    text: impl FnOnce() -> String,
) {
    if let Some(r) = recorder(ip) {
        r.label(fut, text(), deadline);
    }
}

/// Labels the future an `asyncio.sleep(delay)` waits on: `sleep(3)`, `sleep(0.5)` (a whole
/// number of seconds is shown without a fraction, however the script wrote it; float noise
/// is rounded off).
pub fn label_sleep(ip: &Interp, fut: &Rc<FutureObj>, delay: f64) {
    if let Some(r) = recorder(ip) {
        let delay = for_reading(delay);
        let shown = if delay.fract() == 0.0 && delay.abs() < 1e15 {
            Value::Int(delay as i64)
        } else {
            Value::float(delay)
        };
        let when = ip.event_loop.time() + delay;
        r.label(
            fut,
            format!("sleep({})", safe_repr(ip, &shown, 0)),
            Some(when),
        );
    }
}

/// `x` rounded to 9 significant digits, which a number computed in floats (`0.05 * 3`,
/// 0.15000000000000002) never needs more of for reading.
fn for_reading(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let scale = 10f64.powi(8 - x.abs().log10().floor() as i32);
    let r = (x * scale).round() / scale;
    if r.is_finite() {
        r
    } else {
        x
    }
}

/// The names of some futures for a label: `Task-2, Task-3`, or how many when there are many.
pub fn names_of(futs: &[Rc<FutureObj>]) -> String {
    let names: Vec<String> = futs
        .iter()
        .map(|f| match &f.task {
            Some(td) => td.name(),
            None => "Future".into(),
        })
        .collect();
    if names.len() <= 3 {
        names.join(", ")
    } else {
        format!("{}, … {} in all", names[..2].join(", "), names.len())
    }
}
