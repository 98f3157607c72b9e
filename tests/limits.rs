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
        if cfg!(debug_assertions) {
            &[1_000_000, 500_000]
        } else {
            &[1_000_000, 500_000, 300_000, 150_000]
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
