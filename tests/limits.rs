//! corun under limits: a small address space (`ulimit -v`). It must start, recurse as deep as
//! the program asks, and turn exhaustion into MemoryError, never a crash. Where python3 (3.11)
//! is installed it runs the same command line, and the two must agree.

use std::path::PathBuf;
use std::process::Command;

fn corun() -> String {
    env!("CARGO_BIN_EXE_corun").to_string()
}

fn python3() -> Option<String> {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11."));
    ok.then(|| "python3".to_string())
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corun-limits-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Run {
    out: String,
    err: String,
    code: Option<i32>,
}

/// Runs `prog args` under `ulimit -v kib` (a shell sets it, then execs the program).
fn under_ulimit(kib: u64, prog: &str, dir: &PathBuf, args: &str) -> Run {
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kib} && exec {prog} {args}"))
        .current_dir(dir)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    Run {
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o.status.code(),
    }
}

/// Every program runs the same under corun and python3 (when there), under each limit.
fn agree(name: &str, script: &str, limits: &[u64], out: &str) {
    let dir = scratch(name);
    std::fs::write(dir.join("s.py"), script).unwrap();
    let mut progs = vec![corun()];
    progs.extend(python3());
    for &kib in limits {
        for prog in &progs {
            let r = under_ulimit(kib, prog, &dir, "s.py");
            assert_eq!(r.out, out, "{prog} under ulimit -v {kib}: {}", r.err);
            assert_eq!(r.code, Some(0), "{prog} under ulimit -v {kib}: {}", r.err);
        }
    }
}

/// The interpreter thread no longer reserves a gigabyte of stack: corun starts, runs asyncio,
/// and recurses deep under a small address space.
#[test]
fn starts_and_recurses_under_a_small_address_space() {
    agree(
        "start",
        "import asyncio, sys\n\
         async def main():\n    await asyncio.sleep(0)\n    return 'ran'\n\
         print(asyncio.run(main()))\n\
         def f(n):\n    return f(n - 1) + 1 if n else 0\n\
         try:\n    f(10**6)\nexcept RecursionError as e:\n    print('RecursionError:', e)\n\
         sys.setrecursionlimit(6000)\nprint(f(5000))\n",
        // A debug build's frames are ten times bigger, and so is the stack it keeps in reserve.
        // 5,000 debug frames alone take some 400 MB of stack, so the smaller limits are for
        // release builds only.
        if cfg!(debug_assertions) {
            &[1_000_000]
        } else {
            // (Under 150 MB, asyncio.run itself now raises MemoryError.)
            &[1_000_000, 500_000, 300_000]
        },
        "ran\nRecursionError: maximum recursion depth exceeded\n5000\n",
    );
}

/// Recursion allowed far past what the address space holds ends in an exception the program
/// can catch (corun's frames take more native stack than CPython's: MemoryError here,
/// RecursionError in CPython, which reaches the limit first), never in a crash.
#[test]
fn recursion_past_the_address_space_is_an_exception() {
    let dir = scratch("deep");
    std::fs::write(
        dir.join("s.py"),
        "import sys\nsys.setrecursionlimit(10**7)\n\
         def f(n):\n    return f(n + 1) + 1\n\
         try:\n    f(0)\nexcept (RecursionError, MemoryError) as e:\n    print('caught')\n\
         print('after')\n",
    )
    .unwrap();
    let r = under_ulimit(400_000, &corun(), &dir, "s.py");
    assert_eq!(r.out, "caught\nafter\n", "{}", r.err);
    assert_eq!(r.code, Some(0), "{}", r.err);
}

/// Allocations whose size the program chooses: each fails with CPython's error (MemoryError,
/// or OverflowError where CPython gives that) and the program goes on. The same script runs
/// under `--max-memory`, under `ulimit -v`, and under python3 with the same `ulimit -v`.
const HUGE: &str = r#"import random
cases = [
    ("'x' * (2**62)", lambda: 'x' * (2**62)),
    ("'x' * (2**63)", lambda: 'x' * (2**63)),
    ("[0] * 2**62", lambda: [0] * 2**62),
    ("[0, 1] * 2**40", lambda: [0, 1] * 2**40),
    ("(0,) * 2**60", lambda: (0,) * 2**60),
    ("b'x' * 2**62", lambda: b'x' * 2**62),
    ("' ' * 10**12", lambda: ' ' * 10**12),
    ("list(range(10**12))", lambda: list(range(10**12))),
    ("tuple(range(10**12))", lambda: tuple(range(10**12))),
    ("[*range(10**12)]", lambda: [*range(10**12)]),
    ("sorted(range(10**12))", lambda: sorted(range(10**12))),
    ("format width", lambda: '{:100000000000}'.format(1)),
    ("float width", lambda: format(1.5, '100000000000')),
    ("f-string width", lambda: f"{'a':>100000000000}"),
    ("% width", lambda: '%100000000000d' % 1),
    ("zfill", lambda: 'x'.zfill(10**12)),
    ("ljust", lambda: 'x'.ljust(10**12)),
    ("center", lambda: 'x'.center(10**12, '*')),
    ("rjust 2**63", lambda: 'x'.rjust(2**63)),
    ("expandtabs 10**10", lambda: '\t'.expandtabs(10**10)),
    ("expandtabs 2**31-1", lambda: '\t\t\t\t'.expandtabs(2**31 - 1)),
    ("choices", lambda: random.choices([1], k=10**12)),
    ("sample", lambda: random.sample(range(10**12), 10**11)),
    ("join", lambda: ''.join(['x' * 10**6] * 10**5)),
    ("replace", lambda: 'abcdefghijklmnopqrstuvwxyz'.replace('', 'x' * 10**8)),
    ("concat", lambda: 'x' * 10**8 + 'y' * 10**9 + 'z' * 10**9 + 'w' * 10**9),
]
for name, make in cases:
    try:
        r = make()
        print(name, "made", len(r))
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
print("still running:", len([0] * 1000))
"#;

const HUGE_OUT: &str = "'x' * (2**62) MemoryError \n\
'x' * (2**63) OverflowError cannot fit 'int' into an index-sized integer\n\
[0] * 2**62 MemoryError \n\
[0, 1] * 2**40 MemoryError \n\
(0,) * 2**60 MemoryError \n\
b'x' * 2**62 MemoryError \n\
' ' * 10**12 MemoryError \n\
list(range(10**12)) MemoryError \n\
tuple(range(10**12)) MemoryError \n\
[*range(10**12)] MemoryError \n\
sorted(range(10**12)) MemoryError \n\
format width MemoryError \n\
float width MemoryError \n\
f-string width MemoryError \n\
% width MemoryError \n\
zfill MemoryError \n\
ljust MemoryError \n\
center MemoryError \n\
rjust 2**63 OverflowError Python int too large to convert to C ssize_t\n\
expandtabs 10**10 OverflowError Python int too large to convert to C int\n\
expandtabs 2**31-1 MemoryError \n\
choices MemoryError \n\
sample MemoryError \n\
join MemoryError \n\
replace MemoryError \n\
concat MemoryError \n\
still running: 1000\n";

#[test]
fn program_sized_allocations_raise_memory_error() {
    let dir = scratch("huge");
    std::fs::write(dir.join("s.py"), HUGE).unwrap();
    let limited = Command::new(corun())
        .args(["--max-memory", "200M", "s.py"])
        .current_dir(&dir)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&limited.stdout),
        HUGE_OUT,
        "{}",
        String::from_utf8_lossy(&limited.stderr)
    );
    assert_eq!(limited.status.code(), Some(0));
    let mut progs = vec![corun()];
    progs.extend(python3());
    for prog in &progs {
        let r = under_ulimit(2_000_000, prog, &dir, "s.py");
        assert_eq!(r.out, HUGE_OUT, "{prog} under ulimit -v 2000000: {}", r.err);
        assert_eq!(r.code, Some(0), "{prog}: {}", r.err);
    }
}

/// Containers that outgrow the limit one item at a time, in loops and comprehensions, and a
/// string that doubles: MemoryError each time, caught, and the program goes on.
#[test]
fn growing_past_max_memory_raises_memory_error() {
    let dir = scratch("grow");
    std::fs::write(
        dir.join("s.py"),
        "def fill(kind):\n    try:\n        if kind == 'append':\n            l = []\n            \
         while True:\n                l.append(len(l))\n        elif kind == 'dict':\n            \
         d = {}\n            i = 0\n            while True:\n                d[i] = str(i)\n                \
         i += 1\n        elif kind == 'comprehension':\n            x = [str(i) for i in range(10**12)]\n        \
         elif kind == 'doubling':\n            s = 'x'\n            while True:\n                s = s + s\n    \
         except MemoryError as e:\n        print(kind, type(e).__name__, repr(e))\n\
         for kind in ['append', 'dict', 'comprehension', 'doubling']:\n    fill(kind)\nprint('done')\n",
    )
    .unwrap();
    let r = Command::new(corun())
        .args(["--max-memory", "40M", "s.py"])
        .current_dir(&dir)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&r.stdout),
        "append MemoryError MemoryError()\ndict MemoryError MemoryError()\n\
         comprehension MemoryError MemoryError()\ndoubling MemoryError MemoryError()\ndone\n",
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert_eq!(r.status.code(), Some(0));
    // An uncaught MemoryError is a traceback and status 1, as in CPython.
    let r = Command::new(corun())
        .args(["--max-memory=20M", "-c", "x = [0] * 10**8"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&r.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nMemoryError\n"
    );
    assert_eq!(r.status.code(), Some(1));
    // A size that is not one is a usage error.
    let r = Command::new(corun())
        .args(["--max-memory", "lots", "-c", "pass"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
}

/// Without any limit, a size past the machine's memory and swap is a MemoryError at once, as
/// the C library's refusal makes it for CPython (the system would map it and fail only when it
/// is touched). Bounded by `timeout`, in case it is not.
#[test]
fn sizes_past_the_machine_are_memory_errors_without_a_limit() {
    let dir = scratch("machine");
    let script = "cases = [\n\
        lambda: 'x'.zfill(10**13),\n\
        lambda: ' ' * 10**13,\n\
        lambda: [0] * 10**13,\n\
        lambda: bytearray(10**13),\n\
        lambda: '{:10000000000000}'.format(1),\n\
        lambda: 'ab'.center(10**13),\n\
    ]\n\
    for make in cases:\n\
    \x20   try:\n\
    \x20       print(len(make()))\n\
    \x20   except MemoryError as e:\n\
    \x20       print(type(e).__name__, e.args)\n";
    std::fs::write(dir.join("s.py"), script).unwrap();
    let mut progs = vec![corun()];
    progs.extend(python3());
    for prog in progs {
        let r = Command::new("timeout")
            .args(["-k", "5", "60", &prog, "s.py"])
            .current_dir(&dir)
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&r.stdout),
            "MemoryError ()\n".repeat(6),
            "{prog}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
        assert_eq!(r.status.code(), Some(0));
    }
}
