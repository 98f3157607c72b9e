//! Drawing what the recorder saw (`crate::aio::trace`): every task against time, as text (for
//! the terminal), as an SVG picture, or as Chrome trace-event JSON for Perfetto.
//!
//! A task's life is cut into segments: *running* (a step of it executes), *ready* (it could run
//! but the loop is busy elsewhere: created and not yet started, after `sleep(0)`, or woken up
//! while another step blocks the loop) and *waiting* on something named (`sleep(3)`, `Task-2`,
//! `Queue.get()`). Marks sit on top: created, `cancel()` called, and how it ended.

use std::fmt::Write as _;
use std::rc::Rc;

use crate::aio::trace::{After, Clock, Event, TaskRec};

/// Plotting columns of the text timeline (time 0 at the first, the end at the last).
const WIDTH: usize = 60;
/// At most this many task rows in the text form; the rest are counted.
const MAX_ROWS: usize = 40;
/// The step-by-step listing under the text chart is left out past this many lines.
const MAX_DETAIL_LINES: usize = 80;

#[derive(Clone, Debug, PartialEq)]
pub enum SegKind {
    Run,
    Ready,
    Wait { what: Rc<str>, repr: String },
}

#[derive(Clone, Debug)]
pub struct Seg {
    pub start: f64,
    pub end: f64,
    pub kind: SegKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Ending {
    Returned(String),
    Raised(String),
    Cancelled,
    /// The program ended while the task was still waiting (or running).
    Unfinished,
}

/// One line of a task's history, for the listing and the trace.
#[derive(Clone, Debug)]
pub enum Line {
    /// A step: when it began and ended, when the task was ready for it, what came after.
    Step {
        begin: f64,
        end: f64,
        ready_since: Option<f64>,
        then: Then,
    },
    Cancel {
        at: f64,
        by: Option<String>,
    },
}

#[derive(Clone, Debug)]
pub enum Then {
    Await(Rc<str>),
    Yield,
    End(Ending),
    Running,
}

pub struct Row {
    pub name: String,
    pub coro: String,
    /// The arguments of its coroutine (see `trace::TaskRec::args`).
    pub args: String,
    pub created: f64,
    pub parent: Option<String>,
    pub segs: Vec<Seg>,
    pub lines: Vec<Line>,
    /// When and how it ended (`Unfinished` at the end of the recording).
    pub ending: (f64, Ending),
}

impl Row {
    fn label(&self) -> String {
        format!("{} {}({})", self.name, self.coro, self.args)
    }
}

pub struct Recording {
    pub rows: Vec<Row>,
    /// The time the recording spans, from 0.
    pub end: f64,
    pub virtual_time: bool,
    pub script: String,
    /// Why the recording ends before the program did, if it does (see `crate::aio::trace`).
    pub note: Option<String>,
}

enum Gap {
    Ready(f64),
    Wait {
        start: f64,
        what: Rc<str>,
        repr: String,
        ready: Option<f64>,
    },
    None,
}

impl Recording {
    pub fn build(
        tasks: &[TaskRec],
        now: f64,
        virtual_time: bool,
        script: &str,
        clock: Clock,
    ) -> Recording {
        let trace = clock == Clock::Trace;
        let mut end: f64 = 0.0;
        let mut rows = Vec::with_capacity(tasks.len());
        for t in tasks {
            let mut segs = Vec::new();
            let mut lines = Vec::new();
            let created = if trace { t.created_t } else { t.created };
            let mut gap = Gap::Ready(created);
            let mut ending: Option<(f64, Ending)> = None;
            // Closes the gap before a step that begins at `at`; returns when the task was ready.
            let close = |gap: &mut Gap, at: f64, segs: &mut Vec<Seg>| -> Option<f64> {
                match std::mem::replace(gap, Gap::None) {
                    Gap::Ready(s) => {
                        segs.push(Seg {
                            start: s,
                            end: at,
                            kind: SegKind::Ready,
                        });
                        Some(s)
                    }
                    Gap::Wait {
                        start,
                        what,
                        repr,
                        ready,
                    } => {
                        let r = ready.unwrap_or(at).min(at).max(start);
                        segs.push(Seg {
                            start,
                            end: r,
                            kind: SegKind::Wait { what, repr },
                        });
                        if at > r {
                            segs.push(Seg {
                                start: r,
                                end: at,
                                kind: SegKind::Ready,
                            });
                        }
                        Some(r)
                    }
                    Gap::None => None,
                }
            };
            for ev in &t.events {
                match ev {
                    Event::Step {
                        begin,
                        end: e,
                        t0,
                        t1,
                        after,
                    } => {
                        let (begin, e) = if trace { (t0, t1) } else { (begin, e) };
                        let ready_since = close(&mut gap, *begin, &mut segs);
                        segs.push(Seg {
                            start: *begin,
                            end: *e,
                            kind: SegKind::Run,
                        });
                        end = end.max(*e);
                        let then = match after {
                            After::Running => {
                                ending = Some((now, Ending::Unfinished));
                                Then::Running
                            }
                            After::Await { what, repr, ready } => {
                                gap = Gap::Wait {
                                    start: *e,
                                    what: what.clone(),
                                    repr: repr.clone(),
                                    ready: *ready,
                                };
                                Then::Await(what.clone())
                            }
                            After::Yield => {
                                gap = Gap::Ready(*e);
                                Then::Yield
                            }
                            After::Returned(s) => {
                                ending = Some((*e, Ending::Returned(s.clone())));
                                Then::End(Ending::Returned(s.clone()))
                            }
                            After::Raised(s) => {
                                ending = Some((*e, Ending::Raised(s.clone())));
                                Then::End(Ending::Raised(s.clone()))
                            }
                            After::Cancelled => {
                                ending = Some((*e, Ending::Cancelled));
                                Then::End(Ending::Cancelled)
                            }
                        };
                        lines.push(Line::Step {
                            begin: *begin,
                            end: *e,
                            ready_since,
                            then,
                        });
                    }
                    Event::Cancel {
                        at,
                        t,
                        by,
                        callback,
                    } => {
                        let at = if trace { t } else { at };
                        end = end.max(*at);
                        lines.push(Line::Cancel {
                            at: *at,
                            by: by.map(|i| {
                                if *callback {
                                    format!("a done-callback of {}", tasks[i].name)
                                } else {
                                    tasks[i].name.clone()
                                }
                            }),
                        });
                    }
                }
            }
            if !matches!(gap, Gap::None) {
                close(&mut gap, now, &mut segs);
                end = end.max(now);
                ending = Some((now, Ending::Unfinished));
            }
            end = end.max(created);
            rows.push(Row {
                name: t.name.clone(),
                coro: t.coro.clone(),
                args: t.args.clone(),
                created,
                parent: t.parent.map(|i| tasks[i].name.clone()),
                segs,
                lines,
                ending: ending.unwrap_or((now, Ending::Unfinished)),
            });
        }
        let mut rec = Recording {
            rows,
            end,
            virtual_time,
            script: script.to_string(),
            note: None,
        };
        if !virtual_time {
            // Real time counts from the interpreter's start; the picture starts with the first
            // task instead of showing the start-up (imports, module code) as empty space.
            let origin = rec
                .rows
                .iter()
                .map(|r| r.created)
                .fold(f64::INFINITY, f64::min);
            if origin.is_finite() {
                rec.shift(origin);
            }
        }
        rec
    }

    /// Moves every time `by` seconds earlier.
    fn shift(&mut self, by: f64) {
        let s = |t: &mut f64| *t = (*t - by).max(0.0);
        s(&mut self.end);
        for r in &mut self.rows {
            s(&mut r.created);
            s(&mut r.ending.0);
            for g in &mut r.segs {
                s(&mut g.start);
                s(&mut g.end);
            }
            for l in &mut r.lines {
                match l {
                    Line::Step {
                        begin,
                        end,
                        ready_since,
                        ..
                    } => {
                        s(begin);
                        s(end);
                        if let Some(r) = ready_since {
                            s(r);
                        }
                    }
                    Line::Cancel { at, .. } => s(at),
                }
            }
        }
    }

    fn clock_name(&self) -> &'static str {
        if self.virtual_time {
            "virtual time"
        } else {
            "real time"
        }
    }

    /// A time for the listing: milliseconds are exact under virtual time; real time is
    /// shown to a tenth of a millisecond, which is what a reader compares.
    fn t(&self, t: f64) -> String {
        if self.virtual_time {
            format!("{:.3}", t)
        } else {
            format!("{:.4}", t)
        }
    }

    /// How long something took, for reading: seconds to the millisecond under virtual time;
    /// in real time three significant digits in the unit that fits (`5 µs`, `0.8 ms`,
    /// `12.3 ms`, `1.23 s`).
    fn dur(&self, d: f64) -> String {
        if self.virtual_time {
            return format!("{:.3} s", d);
        }
        let (v, unit) = if d < 1e-3 {
            (d * 1e6, "µs")
        } else if d < 1.0 {
            (d * 1e3, "ms")
        } else {
            (d, "s")
        };
        let digits = if v >= 100.0 || unit == "µs" {
            0
        } else if v >= 10.0 {
            1
        } else {
            2
        };
        let text = format!("{:.*}", digits, v);
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.')
        } else {
            &text
        };
        format!("{text} {unit}")
    }

    // ---- text ----

    /// The text timeline: a title, a time axis, one row per task, a legend, then each task's
    /// steps with their exact times.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let ntasks = self.rows.len();
        let _ = writeln!(
            out,
            "Timeline{}: {} task{}, {} s of {}",
            if self.script.is_empty() {
                String::new()
            } else {
                format!(" of {}", self.script)
            },
            ntasks,
            if ntasks == 1 { "" } else { "s" },
            self.t(self.end),
            self.clock_name()
        );
        if let Some(n) = &self.note {
            let _ = writeln!(out, "({n})");
        }
        if ntasks == 0 {
            out.push_str("(no task ran)\n");
            return out;
        }
        let shown = &self.rows[..ntasks.min(MAX_ROWS)];
        let labels: Vec<String> = shown.iter().map(|r| clip(&r.label(), 24)).collect();
        let lw = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        let (unit, scale, ticks) = axis(self.end);
        let col = |t: f64| -> usize {
            if self.end <= 0.0 {
                0
            } else {
                ((t / self.end) * (WIDTH - 1) as f64)
                    .round()
                    .clamp(0.0, (WIDTH - 1) as f64) as usize
            }
        };
        // The axis: numbers over a ruler with a tick at each.
        let mut nums = vec![' '; WIDTH + 8];
        let mut ruler = vec!['─'; WIDTH];
        let mut free_from = 0;
        for &tk in &ticks {
            let c = col(tk / scale);
            ruler[c] = '┼';
            let s = num(tk);
            if c >= free_from && c + s.len() <= nums.len() {
                for (k, ch) in s.chars().enumerate() {
                    nums[c + k] = ch;
                }
                free_from = c + s.len() + 1;
            }
        }
        if self.end <= 0.0 {
            ruler.truncate(1);
        }
        let nums: String = nums.into_iter().collect::<String>().trim_end().to_string();
        let _ = writeln!(out, "{:lw$}  {} {}", "", nums, unit, lw = lw);
        let _ = writeln!(
            out,
            "{:lw$}  {}",
            "",
            ruler.into_iter().collect::<String>(),
            lw = lw
        );
        for (row, label) in shown.iter().zip(&labels) {
            let cells = self.row_cells(row, &col);
            let _ = writeln!(out, "{:lw$}  {}", label, cells.trim_end(), lw = lw);
        }
        if ntasks > shown.len() {
            let _ = writeln!(
                out,
                "… and {} more tasks (a --trace=FILE.json file holds them all)",
                ntasks - shown.len()
            );
        }
        out.push('\n');
        out.push_str(
            "█ running  ░ ready, waiting its turn  ─ waiting for what is named\n\
             ✓ returned  ✗ raised  ⊘ cancelled  … not finished at exit\n",
        );
        // The listing: exact times of every step.
        let nlines: usize = self.rows.iter().map(|r| r.lines.len() + 1).sum();
        out.push('\n');
        if nlines > MAX_DETAIL_LINES {
            let nsteps: usize = self
                .rows
                .iter()
                .map(|r| {
                    r.lines
                        .iter()
                        .filter(|l| matches!(l, Line::Step { .. }))
                        .count()
                })
                .sum();
            let _ = writeln!(
                out,
                "({} steps in all, too many to list here: --trace=FILE.json records every one)",
                nsteps
            );
        } else {
            for row in &self.rows {
                self.listing(row, &mut out);
            }
        }
        out
    }

    fn row_cells(&self, row: &Row, col: &dyn Fn(f64) -> usize) -> String {
        // Per cell: the priority of what fills it (running > ready > waiting) and which
        // segment, so each wait's label can go inside its own stretch.
        let mut cells: Vec<(u8, char, usize)> = vec![(0, ' ', usize::MAX); WIDTH + 1];
        for (si, s) in row.segs.iter().enumerate() {
            let (a, b) = (col(s.start), col(s.end));
            let (pri, ch) = match s.kind {
                SegKind::Run => (3, '█'),
                SegKind::Ready => (2, '░'),
                SegKind::Wait { .. } => (1, '─'),
            };
            // A zero-length wait or ready stretch takes no cell of its own.
            if s.end <= s.start && pri < 3 {
                continue;
            }
            for c in &mut cells[a..=b] {
                if c.0 < pri {
                    *c = (pri, ch, si);
                }
            }
        }
        // Labels inside the waiting stretches that have room for them.
        let mut c = 0;
        while c < WIDTH {
            let si = cells[c].2;
            if cells[c].0 != 1 {
                c += 1;
                continue;
            }
            let mut d = c;
            while d < WIDTH && cells[d].0 == 1 && cells[d].2 == si {
                d += 1;
            }
            if let SegKind::Wait { what, .. } = &row.segs[si].kind {
                let text: Vec<char> = format!(" {} ", what).chars().collect();
                let len = d - c;
                if text.len() + 2 <= len {
                    let at = c + (len - text.len()) / 2;
                    for (k, ch) in text.into_iter().enumerate() {
                        cells[at + k].1 = ch;
                    }
                }
            }
            c = d;
        }
        // The ending, just after the last cell of the task's life.
        let (t_end, ending) = &row.ending;
        let mark = match ending {
            Ending::Returned(_) => '✓',
            Ending::Raised(_) => '✗',
            Ending::Cancelled => '⊘',
            Ending::Unfinished => '…',
        };
        let last = col(*t_end);
        cells[(last + 1).min(WIDTH)].1 = mark;
        let first = col(row.created);
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| if i < first && c.0 == 0 { ' ' } else { c.1 })
            .collect()
    }

    fn listing(&self, row: &Row, out: &mut String) {
        let _ = write!(out, "{}: created at {}", row.label(), self.t(row.created));
        if let Some(p) = &row.parent {
            let _ = write!(out, " by {}", p);
        }
        out.push('\n');
        let w = self.t(self.end).len();
        for line in &row.lines {
            match line {
                Line::Cancel { at, by } => {
                    let _ = writeln!(
                        out,
                        "  {:>w$}  cancel() called{}",
                        self.t(*at),
                        by.as_ref()
                            .map(|b| format!(" by {}", b))
                            .unwrap_or_default(),
                        w = w
                    );
                }
                Line::Step {
                    begin,
                    end,
                    ready_since,
                    then,
                } => {
                    let mut s = String::from("runs");
                    if end > begin {
                        let _ = write!(s, " for {}", self.dur(end - begin));
                    }
                    if let Some(r) = ready_since {
                        if *begin - *r > 0.0 && self.t(*r) != self.t(*begin) {
                            let _ = write!(s, " (ready since {})", self.t(*r));
                        }
                    }
                    match then {
                        Then::Await(w) => {
                            let _ = write!(s, ", then waits for {}", w);
                        }
                        Then::Yield => s.push_str(", then yields (sleep(0))"),
                        Then::Running => s.push_str(", still running at exit"),
                        Then::End(Ending::Returned(v)) => {
                            let _ = write!(s, ", returns {}", v);
                        }
                        Then::End(Ending::Raised(e)) => {
                            let _ = write!(s, ", raises {}", e);
                        }
                        Then::End(Ending::Cancelled) => s.push_str(", is cancelled"),
                        Then::End(Ending::Unfinished) => {}
                    }
                    let _ = writeln!(out, "  {:>w$}  {}", self.t(*begin), s, w = w);
                }
            }
        }
        if row.ending.1 == Ending::Unfinished
            && !matches!(
                row.lines.last(),
                Some(Line::Step {
                    then: Then::Running,
                    ..
                })
            )
        {
            let _ = writeln!(
                out,
                "  {:>w$}  still waiting at exit",
                self.t(row.ending.0),
                w = w
            );
        }
    }

    // ---- SVG ----

    /// The timeline as a standalone SVG picture.
    pub fn svg(&self) -> String {
        const PLOT: f64 = 760.0;
        // The labels' column is as wide as the longest label (up to `SVG_LABEL` characters,
        // about 7.2 px each at this size), so that no label runs over the bars.
        let longest = self
            .rows
            .iter()
            .map(|r| r.label().chars().count().min(SVG_LABEL))
            .max()
            .unwrap_or(0);
        let left = (12.0 + longest as f64 * 7.2 + 16.0).max(190.0).round();
        const ROW_H: f64 = 30.0;
        const TOP: f64 = 64.0;
        let n = self.rows.len();
        let width = left + PLOT + 50.0;
        let height = TOP + ROW_H * n as f64 + 90.0;
        let x = |t: f64| -> f64 {
            if self.end <= 0.0 {
                left
            } else {
                left + t / self.end * PLOT
            }
        };
        let mut s = String::new();
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#,
            w = width,
            h = height
        );
        let _ = writeln!(
            s,
            r##"<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##
        );
        let title = format!(
            "Timeline{}: {} task{}, {} s of {}",
            if self.script.is_empty() {
                String::new()
            } else {
                format!(" of {}", self.script)
            },
            n,
            if n == 1 { "" } else { "s" },
            self.t(self.end),
            self.clock_name()
        );
        let _ = writeln!(
            s,
            r#"<text x="12" y="22" font-size="15" font-weight="bold">{}</text>"#,
            esc(&title)
        );
        if let Some(n) = &self.note {
            let _ = writeln!(
                s,
                r##"<text x="12" y="38" font-size="10" fill="#a00">{}</text>"##,
                esc(&format!("({n})"))
            );
        }
        // Axis and grid.
        let (unit, scale, ticks) = axis(self.end);
        let axis_y = TOP - 10.0;
        let _ = writeln!(
            s,
            r##"<line x1="{left}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="#444"/>"##,
            left + PLOT
        );
        for &tk in &ticks {
            let tx = x(tk / scale);
            let _ = writeln!(
                s,
                r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#ddd"/><text x="{tx:.1}" y="{:.1}" text-anchor="middle" fill="#444">{}</text>"##,
                axis_y,
                TOP + ROW_H * n as f64,
                axis_y - 6.0,
                esc(&format!("{}{}", num(tk), unit))
            );
        }
        for (i, row) in self.rows.iter().enumerate() {
            let y = TOP + ROW_H * i as f64;
            let mid = y + ROW_H / 2.0;
            let label = row.label();
            let _ = writeln!(
                s,
                r#"<text x="12" y="{:.1}"><title>{}</title>{}</text>"#,
                mid + 4.0,
                esc(&label),
                esc(&clip(&label, SVG_LABEL))
            );
            for seg in &row.segs {
                let (x0, x1) = (x(seg.start), x(seg.end));
                match &seg.kind {
                    SegKind::Run => {
                        let w = (x1 - x0).max(4.0);
                        let _ = writeln!(
                            s,
                            r##"<rect x="{:.1}" y="{:.1}" width="{w:.1}" height="16" fill="#2b6cb0"><title>running {}–{} s</title></rect>"##,
                            x0 - if x1 - x0 < 4.0 { 2.0 } else { 0.0 },
                            mid - 8.0,
                            self.t(seg.start),
                            self.t(seg.end)
                        );
                    }
                    SegKind::Ready => {
                        if x1 - x0 < 0.5 {
                            continue;
                        }
                        let _ = writeln!(
                            s,
                            r##"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="12" fill="#f6c343"><title>ready, waiting its turn {}–{} s</title></rect>"##,
                            mid - 6.0,
                            x1 - x0,
                            self.t(seg.start),
                            self.t(seg.end)
                        );
                    }
                    SegKind::Wait { what, repr } => {
                        if x1 - x0 < 0.5 {
                            continue;
                        }
                        let _ = writeln!(
                            s,
                            r##"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="4" fill="#a0aec0"><title>waits for {} {} ({}–{} s)</title></rect>"##,
                            mid - 2.0,
                            x1 - x0,
                            esc(what),
                            esc(repr),
                            self.t(seg.start),
                            self.t(seg.end)
                        );
                        // The label over the line, where it fits.
                        let tw = 6.6 * what.chars().count() as f64;
                        if tw + 8.0 < x1 - x0 {
                            let _ = writeln!(
                                s,
                                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="11" fill="#4a5568">{}</text>"##,
                                (x0 + x1) / 2.0,
                                mid - 5.0,
                                esc(what)
                            );
                        }
                    }
                }
            }
            // Where `cancel()` was called on it: a small orange triangle above the row.
            for line in &row.lines {
                if let Line::Cancel { at, by } = line {
                    let cx = x(*at);
                    let _ = writeln!(
                        s,
                        r##"<path d="M{:.1},{:.1} l-5,-7 h10 z" fill="#dd6b20"><title>cancel() called at {} s{}</title></path>"##,
                        cx,
                        mid - 9.0,
                        self.t(*at),
                        esc(&by
                            .as_ref()
                            .map(|b| format!(" by {}", b))
                            .unwrap_or_default())
                    );
                }
            }
            let (t_end, ending) = &row.ending;
            let (mark, color, what) = match ending {
                Ending::Returned(v) => ("✓", "#2f855a", format!("returned {}", v)),
                Ending::Raised(e) => ("✗", "#c53030", format!("raised {}", e)),
                Ending::Cancelled => ("⊘", "#b7791f", "cancelled".to_string()),
                Ending::Unfinished => ("…", "#718096", "not finished at exit".to_string()),
            };
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" font-size="15" font-weight="bold" fill="{color}">{mark}<title>{}</title></text>"##,
                x(*t_end) + 4.0,
                mid + 5.0,
                esc(&what)
            );
        }
        // Legend.
        let ly = TOP + ROW_H * n as f64 + 30.0;
        let _ = writeln!(
            s,
            r##"<rect x="12" y="{:.1}" width="16" height="14" fill="#2b6cb0"/><text x="34" y="{:.1}">running</text>
<rect x="110" y="{:.1}" width="16" height="12" fill="#f6c343"/><text x="132" y="{:.1}">ready, waiting its turn</text>
<rect x="290" y="{:.1}" width="24" height="4" fill="#a0aec0"/><text x="320" y="{:.1}">waiting for what is named</text>
<text x="500" y="{y:.1}"><tspan fill="#2f855a" font-weight="bold">✓</tspan> returned</text>
<text x="580" y="{y:.1}"><tspan fill="#c53030" font-weight="bold">✗</tspan> raised</text>
<text x="650" y="{y:.1}"><tspan fill="#b7791f" font-weight="bold">⊘</tspan> cancelled</text>
<text x="740" y="{y:.1}"><tspan fill="#718096" font-weight="bold">…</tspan> not finished at exit</text>
<path d="M{:.1},{:.1} l-5,-7 h10 z" fill="#dd6b20"/><text x="{:.1}" y="{y:.1}">cancel() called</text>"##,
            ly,
            ly + 12.0,
            ly + 1.0,
            ly + 12.0,
            ly + 5.0,
            ly + 12.0,
            left + PLOT - 60.0,
            ly + 11.0,
            left + PLOT - 50.0,
            y = ly + 12.0
        );
        s.push_str("</svg>\n");
        s
    }

    // ---- Chrome trace-event JSON ----

    /// Chrome trace-event JSON (the "JSON Object Format"): one thread track per task, a
    /// complete event ("X") per step and per wait, instant events ("i") for created, cancel
    /// and the ending. Times are microseconds.
    pub fn trace_json(&self) -> String {
        let us = |t: f64| -> String { fmt_f(t * 1e6) };
        let mut ev: Vec<String> = Vec::new();
        ev.push(format!(
            r#"{{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{{"name":{}}}}}"#,
            json_str(&format!(
                "corun {}{}",
                self.script,
                if self.virtual_time {
                    " (virtual time)"
                } else {
                    ""
                }
            ))
        ));
        for (i, row) in self.rows.iter().enumerate() {
            let tid = i + 1;
            ev.push(format!(
                r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{tid},"args":{{"name":{}}}}}"#,
                json_str(&row.label())
            ));
            ev.push(format!(
                r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{tid},"args":{{"sort_index":{tid}}}}}"#
            ));
            let mut args = format!(
                r#""task":{},"coro":{}"#,
                json_str(&row.name),
                json_str(&row.coro)
            );
            if let Some(p) = &row.parent {
                let _ = write!(args, r#","created_by":{}"#, json_str(p));
            }
            ev.push(format!(
                r#"{{"name":"create","ph":"i","s":"t","ts":{},"pid":1,"tid":{tid},"args":{{{args}}}}}"#,
                us(row.created)
            ));
            let mut nstep = 0;
            for seg in &row.segs {
                match &seg.kind {
                    SegKind::Run => {
                        nstep += 1;
                        ev.push(format!(
                            r#"{{"name":"step","ph":"X","ts":{},"dur":{},"pid":1,"tid":{tid},"args":{{"step":{nstep}}}}}"#,
                            us(seg.start),
                            us(seg.end - seg.start)
                        ));
                    }
                    SegKind::Wait { what, repr } => ev.push(format!(
                        r#"{{"name":{},"ph":"X","ts":{},"dur":{},"pid":1,"tid":{tid},"args":{{"awaiting":{},"repr":{}}}}}"#,
                        json_str(&format!("await {}", what)),
                        us(seg.start),
                        us(seg.end - seg.start),
                        json_str(what),
                        json_str(repr)
                    )),
                    SegKind::Ready => {
                        if seg.end > seg.start {
                            ev.push(format!(
                                r#"{{"name":"ready","ph":"X","ts":{},"dur":{},"pid":1,"tid":{tid},"args":{{}}}}"#,
                                us(seg.start),
                                us(seg.end - seg.start)
                            ));
                        }
                    }
                }
            }
            for line in &row.lines {
                if let Line::Cancel { at, by } = line {
                    let by = by
                        .as_ref()
                        .map(|b| format!(r#""by":{}"#, json_str(b)))
                        .unwrap_or_default();
                    ev.push(format!(
                        r#"{{"name":"cancel","ph":"i","s":"t","ts":{},"pid":1,"tid":{tid},"args":{{{by}}}}}"#,
                        us(*at)
                    ));
                }
            }
            let (t_end, ending) = &row.ending;
            let (name, args) = match ending {
                Ending::Returned(v) => ("done", format!(r#""result":{}"#, json_str(v))),
                Ending::Raised(e) => ("done", format!(r#""exception":{}"#, json_str(e))),
                Ending::Cancelled => ("cancelled", String::new()),
                Ending::Unfinished => ("unfinished", String::new()),
            };
            ev.push(format!(
                r#"{{"name":"{name}","ph":"i","s":"t","ts":{},"pid":1,"tid":{tid},"args":{{{args}}}}}"#,
                us(*t_end)
            ));
        }
        if let Some(n) = &self.note {
            ev.push(format!(
                r#"{{"name":"recording stopped","ph":"i","s":"g","ts":{},"pid":1,"tid":0,"args":{{"note":{}}}}}"#,
                us(self.end),
                json_str(n)
            ));
        }
        let mut s = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        s.push_str(&ev.join(",\n"));
        s.push_str("\n]}\n");
        s
    }
}

/// The time axis for a span of `end` seconds: the unit, its factor from seconds, and the tick
/// values in that unit (nice steps of 1, 2 or 5 × 10^k, at most about seven ticks).
fn axis(end: f64) -> (&'static str, f64, Vec<f64>) {
    let (unit, scale) = if end >= 1.0 || end <= 0.0 {
        ("s", 1.0)
    } else if end >= 1e-3 {
        ("ms", 1e3)
    } else {
        ("µs", 1e6)
    };
    let span = end * scale;
    if span <= 0.0 {
        return (unit, scale, vec![0.0]);
    }
    let raw = span / 6.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * mag);
    let mut ticks = Vec::new();
    let mut k = 0.0;
    while k * step <= span * (1.0 + 1e-9) {
        ticks.push(k * step);
        k += 1.0;
    }
    (unit, scale, ticks)
}

/// A tick value without float noise: `0`, `0.5`, `20`.
fn num(x: f64) -> String {
    let s = format!("{:.6}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// A number for JSON: finite, without needless digits.
fn fmt_f(x: f64) -> String {
    if !x.is_finite() {
        return "0".into();
    }
    let s = format!("{:.3}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

/// The longest task label the SVG shows whole (a longer one is cut, whole in its tooltip).
const SVG_LABEL: usize = 72;

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => o.push('?'),
            c => o.push(c),
        }
    }
    o
}

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_ticks_are_nice_steps() {
        assert_eq!(
            axis(3.0),
            ("s", 1.0, vec![0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
        );
        assert_eq!(
            axis(120.0).2,
            vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0]
        );
        assert_eq!(axis(0.05).0, "ms");
        assert_eq!(axis(0.0).2, vec![0.0]);
    }

    #[test]
    fn json_strings_escape() {
        assert_eq!(json_str("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }
}
