//! The files `--trace=FILE.json` and `--timeline=FILE` write, `CORUN_VIRTUAL_TIME`, and the
//! options' errors. Each test runs the corun binary on a small script in a fresh folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;

fn corun() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_corun"))
}

/// A fresh folder for one test, under the target directory.
fn scratch(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("trace-{name}"));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(corun());
    cmd.args(args)
        .current_dir(dir)
        .env_remove("CORUN_VIRTUAL_TIME")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run corun")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// main gathers two workers that sleep 3 s, then cancels a third task that sleeps 10 s.
const SCRIPT: &str = r#"import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    return name + " finished"

async def sleeper():
    await asyncio.sleep(10)

async def main():
    s = asyncio.create_task(sleeper(), name="sleeper")
    print(await asyncio.gather(worker("A", 3), worker("B", 3)))
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("sleeper cancelled")

asyncio.run(main())
"#;

fn events_of(trace: &Value, tid: u64) -> Vec<&Value> {
    trace["traceEvents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["tid"] == tid && e["ph"] != "M")
        .collect()
}

#[test]
fn trace_file_is_chrome_trace_json_with_each_task_on_a_track() {
    let dir = scratch("json");
    std::fs::write(dir.join("s.py"), SCRIPT).unwrap();
    let out = run(&dir, &["--virtual-time", "--trace=t.json", "s.py"], &[]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "['A finished', 'B finished']\nsleeper cancelled\n"
    );
    let raw = std::fs::read_to_string(dir.join("t.json")).unwrap();
    let trace: Value = serde_json::from_str(&raw).expect("the trace is valid JSON");
    let evs = trace["traceEvents"]
        .as_array()
        .expect("a traceEvents array");

    // One named track (thread) per task, in order of creation.
    let names: Vec<(u64, String)> = evs
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .map(|e| {
            (
                e["tid"].as_u64().unwrap(),
                e["args"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            (1, "Task-1 main()".to_string()),
            (2, "sleeper sleeper()".to_string()),
            (3, "Task-3 worker('A', 3)".to_string()),
            (4, "Task-4 worker('B', 3)".to_string()),
        ]
    );
    // Every event has the fields the format requires.
    for e in evs {
        assert!(
            e["ph"].is_string() && e["pid"].is_u64() && e["tid"].is_u64(),
            "{e}"
        );
        if e["ph"] != "M" {
            assert!(e["ts"].as_f64().unwrap() >= 0.0, "{e}");
        }
        if e["ph"] == "X" {
            assert!(e["dur"].as_f64().unwrap() >= 0.0, "{e}");
        }
        if e["ph"] == "i" {
            assert_eq!(e["s"], "t", "{e}");
        }
    }

    // A worker: created at 0, a step at 0, awaits sleep(3) from 0 to 3 s, a step at 3 s, done.
    // Under virtual time the trace gives each step the real time it ran: a step begins at its
    // virtual time or when the step before it (in any task) ended, so times are the virtual
    // ones plus at most the real run time of the steps before (well under a second here).
    let w = events_of(&trace, 3);
    let kinds: Vec<(String, String)> = w
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["ph"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let ts = |i: usize| w[i]["ts"].as_f64().unwrap();
    let dur = |i: usize| w[i]["dur"].as_f64().unwrap();
    let near = |t: f64, virt: f64| (virt..virt + 5e5).contains(&t);
    assert_eq!(
        kinds,
        vec![
            ("create".into(), "i".into()),
            ("ready".into(), "X".into()),
            ("step".into(), "X".into()),
            ("await sleep(3)".into(), "X".into()),
            ("step".into(), "X".into()),
            ("done".into(), "i".into()),
        ],
        "{w:?}"
    );
    // Each piece begins where the one before it ended; the steps last some real time.
    assert!(near(ts(0), 0.0), "{w:?}");
    for i in 1..5 {
        let prev_end = if i == 1 {
            ts(0)
        } else {
            ts(i - 1) + dur(i - 1)
        };
        assert!((ts(i) - prev_end).abs() < 1e-3, "piece {i} of {w:?}");
    }
    assert!(dur(2) > 0.0 && dur(4) > 0.0, "{w:?}");
    assert!(near(ts(4), 3e6), "{w:?}");
    assert!(near(ts(5), 3e6), "{w:?}");
    assert!(
        (ts(3) + dur(3) - ts(4)).abs() < 1e-3 && (2.5e6..=3e6).contains(&dur(3)),
        "{w:?}"
    );
    assert_eq!(w[0]["args"]["created_by"], "Task-1");
    assert_eq!(w[0]["args"]["coro"], "worker");
    assert_eq!(w[3]["args"]["awaiting"], "sleep(3)");
    assert_eq!(
        w[3]["args"]["repr"],
        "<Future pending cb=[Task.task_wakeup()]>"
    );
    assert_eq!(w[5]["args"]["result"], "'A finished'");

    // main awaits the gather, then the sleeper task (its repr names it), and returns None.
    let m = events_of(&trace, 1);
    let awaits: Vec<(&str, &str)> = m
        .iter()
        .filter(|e| e["name"].as_str().unwrap().starts_with("await "))
        .map(|e| {
            (
                e["args"]["awaiting"].as_str().unwrap(),
                e["args"]["repr"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(awaits[0].0, "gather(Task-3, Task-4)");
    assert_eq!(awaits[1].0, "sleeper");
    let (head, tail) = (
        "<Task pending name='sleeper' coro=<sleeper() running at ",
        "s.py:8> wait_for=<Future cancelled> cb=[Task.task_wakeup()]>",
    );
    assert!(
        awaits[1].1.starts_with(head) && awaits[1].1.ends_with(tail),
        "{}",
        awaits[1].1
    );
    assert_eq!(m.last().unwrap()["name"], "done");
    assert_eq!(m.last().unwrap()["args"]["result"], "None");

    // The sleeper: cancel() called by main at 3 s, then cancelled at 3 s.
    let s = events_of(&trace, 2);
    let cancel = s
        .iter()
        .find(|e| e["name"] == "cancel")
        .expect("a cancel event");
    let ts = |e: &Value| e["ts"].as_f64().unwrap();
    assert!((3e6..3.5e6).contains(&ts(cancel)), "{cancel}");
    assert_eq!(cancel["args"]["by"], "Task-1");
    let last = s.last().unwrap();
    assert_eq!(last["name"].as_str(), Some("cancelled"));
    assert!(ts(last) >= ts(cancel) && ts(last) < 3.5e6, "{last}");
}

#[test]
fn trace_in_real_time_is_valid_and_ordered() {
    let dir = scratch("real");
    std::fs::write(
        dir.join("s.py"),
        "import asyncio\nasync def f():\n    await asyncio.sleep(0.01)\n    raise ValueError('x')\nasync def main():\n    try:\n        await asyncio.create_task(f())\n    except ValueError:\n        print('caught')\nasyncio.run(main())\n",
    )
    .unwrap();
    let out = run(&dir, &["--trace=t.json", "s.py"], &[]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let trace: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("t.json")).unwrap()).unwrap();
    let f = events_of(&trace, 2);
    let ts: Vec<f64> = f.iter().map(|e| e["ts"].as_f64().unwrap()).collect();
    assert!(ts.windows(2).all(|w| w[0] <= w[1]), "{ts:?}");
    let wait = f.iter().find(|e| e["name"] == "await sleep(0.01)").unwrap();
    assert!(wait["dur"].as_f64().unwrap() >= 9_000.0, "{wait}");
    let done = f.last().unwrap();
    assert_eq!(done["name"], "done");
    assert_eq!(done["args"]["exception"], "ValueError('x')");
}

#[test]
fn virtual_time_from_the_environment_runs_minutes_in_milliseconds() {
    let dir = scratch("env");
    std::fs::write(
        dir.join("s.py"),
        "import asyncio, time\nasync def main():\n    t = time.perf_counter()\n    await asyncio.gather(*(asyncio.sleep(60 * n) for n in range(1, 6)))\n    print(time.perf_counter() - t, time.monotonic())\nasyncio.run(main())\n",
    )
    .unwrap();
    let start = Instant::now();
    let out = run(&dir, &["s.py"], &[("CORUN_VIRTUAL_TIME", "1")]);
    let took = start.elapsed();
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "300.0 300.0\n");
    // Five minutes of sleeps; the bound leaves room for a debug build on a loaded machine.
    assert!(took < Duration::from_secs(30), "took {took:?}");
    // `0` (or empty) leaves the real clock on: a short script shows it.
    std::fs::write(
        dir.join("r.py"),
        "import time\nt = time.perf_counter()\ntime.sleep(0.02)\nprint(time.perf_counter() - t >= 0.02, time.monotonic() > 100)\n",
    )
    .unwrap();
    let out = run(&dir, &["r.py"], &[("CORUN_VIRTUAL_TIME", "0")]);
    assert_eq!(text(&out.stdout), "True True\n");
}

#[test]
fn timeline_goes_to_a_text_file_or_an_svg() {
    let dir = scratch("svg");
    std::fs::write(dir.join("s.py"), SCRIPT).unwrap();
    let out = run(
        &dir,
        &["--virtual-time", "--timeline", "--timeline=t.svg", "s.py"],
        &[],
    );
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Timeline of s.py: 4 tasks, 3.000 s of virtual time\n"),
        "{err}"
    );
    let svg = std::fs::read_to_string(dir.join("t.svg")).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    for label in [
        "Task-1 main()",
        "Task-3 worker('A', 3)",
        "sleeper sleeper()",
        ">sleep(3)<",
    ] {
        assert!(svg.contains(label), "no {label} in the SVG");
    }
    // Tags balance (every element is closed or self-closing).
    let ends = svg.matches("</").count();
    let empties = svg.matches("/>").count();
    assert_eq!(svg.matches('<').count(), 2 * ends + empties);
    assert!(empties > 10);
    // Rendered where rsvg-convert is installed (apt: librsvg2-bin); README.md shows the command.
    // CI installs it (.ci/run), so there the rendering must happen.
    let have_rsvg = Command::new("rsvg-convert")
        .arg("--version")
        .output()
        .is_ok();
    assert!(
        have_rsvg || std::env::var_os("CI").is_none(),
        "CI must render the SVG: rsvg-convert is missing (apt-get install librsvg2-bin)"
    );
    if have_rsvg {
        let r = Command::new("rsvg-convert")
            .args(["-o", "t.png", "t.svg"])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(r.status.success(), "rsvg-convert: {}", text(&r.stderr));
        let png = std::fs::read(dir.join("t.png")).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }
    // Any other file name gets the text form, the same as on stderr.
    let out = run(&dir, &["--virtual-time", "--timeline=t.txt", "s.py"], &[]);
    assert!(out.status.success());
    assert_eq!(std::fs::read_to_string(dir.join("t.txt")).unwrap(), err);
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn bad_options_and_unwritable_files_are_clear_errors() {
    let dir = scratch("bad");
    std::fs::write(dir.join("s.py"), "print('ran')\n").unwrap();
    for (args, msg) in [
        (
            &["--trace", "s.py"][..],
            "corun: --trace needs a file: --trace=FILE.json\n",
        ),
        (
            &["--trace=", "s.py"][..],
            "corun: --trace= needs a file name\n",
        ),
        (
            &["--timeline=", "s.py"][..],
            "corun: --timeline= needs a file name\n",
        ),
    ] {
        let out = run(&dir, args, &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).starts_with(msg),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout), "");
    }
    let help = text(&run(&dir, &["--help"], &[]).stdout);
    for opt in [
        "\n  --virtual-time ",
        "\n  --timeline ",
        "\n  --timeline=FILE ",
        "\n  --trace=FILE.json ",
    ] {
        assert!(help.contains(opt), "--help lacks {opt:?}:\n{help}");
    }
    // Under virtual time a sleep at infinity can never end: said, not hung on.
    std::fs::write(
        dir.join("inf.py"),
        "import asyncio\nasync def main():\n    await asyncio.sleep(float('inf'))\nasyncio.run(main())\n",
    )
    .unwrap();
    let out = run(&dir, &["--virtual-time", "inf.py"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "corun: virtual time: every task is waiting (Task-1) and no timer will ever fire, so \
         nothing can run again; the program would hang here\n"
    );
    // A file that cannot be written is an error before the program runs.
    let out = run(&dir, &["--trace=no/such/dir/t.json", "s.py"], &[]);
    assert_eq!(text(&out.stdout), "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("corun: cannot write the trace to no/such/dir/t.json: "),
        "{}",
        text(&out.stderr)
    );
}

/// Runs corun with `args`; returns its output and its peak resident set in kilobytes (the
/// child's `ru_maxrss`, from `wait4`).
// The child is reaped by `wait4` below (for its rusage), which the lint cannot see.
#[allow(clippy::zombie_processes)]
fn run_peak(dir: &Path, args: &[&str]) -> (String, i64) {
    let child = Command::new(corun())
        .args(args)
        .current_dir(dir)
        .env_remove("CORUN_VIRTUAL_TIME")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run corun");
    let pid = child.id() as libc::pid_t;
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.unwrap(), &mut err).unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing into the locals given.
    assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut ru) }, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{err}"
    );
    (err, ru.ru_maxrss)
}

/// A long-running program records in bounded memory: past 2,000 tasks (or 100,000 events) the
/// recording stops, says so in every output, and counts what came after; a program twice as
/// long writes the same amount and peaks no higher.
#[test]
fn a_long_recording_stops_at_its_bound_and_says_so() {
    let dir = scratch("bounded");
    let script = |tasks: u32| {
        format!(
            "import asyncio\n\
             async def worker(i):\n    for _ in range(20):\n        await asyncio.sleep(0)\n    await asyncio.sleep(i % 7)\n\
             async def main():\n    for n in range(0, {tasks}, 1000):\n        await asyncio.gather(*(worker(i) for i in range(n, n + 1000)))\n\
             asyncio.run(main())\n"
        )
    };
    std::fs::write(dir.join("short.py"), script(20_000)).unwrap();
    std::fs::write(dir.join("long.py"), script(40_000)).unwrap();
    // Both run before this process reads their outputs: a child's peak counts this process's
    // own resident set at the fork.
    let runs: Vec<(String, i64)> = ["short", "long"]
        .iter()
        .map(|name| {
            let trace = format!("--trace={name}.json");
            let svg = format!("--timeline={name}.svg");
            let script = format!("{name}.py");
            run_peak(
                &dir,
                &["--virtual-time", "--timeline", &trace, &svg, &script],
            )
        })
        .collect();
    let mut sizes = Vec::new();
    for (name, (err, _)) in ["short", "long"].iter().zip(&runs) {
        let note = "the recording stopped where this ends, having kept 2000 tasks and";
        assert!(
            err.lines()
                .nth(1)
                .is_some_and(|l| l.starts_with(&format!("({note}"))),
            "{err}"
        );
        let json = std::fs::read_to_string(dir.join(format!("{name}.json"))).unwrap();
        let trace: Value = serde_json::from_str(&json).unwrap();
        let events = trace["traceEvents"].as_array().unwrap();
        let tracks = events.iter().filter(|e| e["name"] == "thread_name").count();
        assert_eq!(tracks, 2_000);
        let stop = events
            .iter()
            .find(|e| e["name"] == "recording stopped")
            .expect("a 'recording stopped' event");
        // The 2,001st task (main and 1,999 workers were kept) stops the recording.
        let more = if *name == "short" { 18_001 } else { 38_001 };
        assert!(
            stop["args"]["note"]
                .as_str()
                .unwrap()
                .contains(&format!("after that {more} more tasks were created")),
            "{stop}"
        );
        let svg = std::fs::read_to_string(dir.join(format!("{name}.svg"))).unwrap();
        assert!(svg.contains(note));
        sizes.push(json.len() + svg.len());
    }
    // The outputs are the same size but for the counts in the note and the digits of the trace's
    // times (under virtual time a step lasts its real run time there), and the memory the same.
    assert!(sizes[0].abs_diff(sizes[1]) < sizes[0] / 50, "{sizes:?}");
    let (short, long) = (runs[0].1, runs[1].1);
    assert!(
        long < short + short / 8,
        "peak resident sets {short} and {long} KB"
    );
}
