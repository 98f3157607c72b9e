//! Memory stays flat while a program makes reference cycles in a loop: each script below makes
//! some 100,000 cycles of one ordinary shape and drops them, and its peak resident set must
//! stay far below what keeping them would take (hundreds of megabytes; a leak of every cycle of
//! the smallest shape here is over 60 MB) and a little above what a correct run needs (under
//! 30 MB).

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// What a script may reach at its peak, in kilobytes.
const BOUND_KB: i64 = 50_000;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corun-memory-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs corun on `src`; returns its stdout and its peak resident set in kilobytes.
///
/// The peak is the child's `ru_maxrss` as `wait4` reports it. The kernel carries the high-water
/// mark of the forked copy of this test process across `execve`, so the figure is at least this
/// process's own resident set at the fork: a few megabytes, well under the bound.
// The child is reaped by `wait4` below (for its rusage), which the lint cannot see.
#[allow(clippy::zombie_processes)]
fn peak_kb(name: &str, src: &str) -> (String, i64) {
    let dir = scratch(name);
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, src).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_corun"))
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn corun");
    let pid = child.id() as libc::pid_t;
    let mut out = child.stdout.unwrap();
    let mut err = child.stderr.unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).unwrap();
        s
    });
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut out, &mut stdout).unwrap();
    let stderr = reader.join().unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing into the locals given.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    assert_eq!(r, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{name}: corun failed: {stderr}"
    );
    assert!(stderr.is_empty(), "{name}: {stderr}");
    let _ = std::fs::remove_dir_all(&dir);
    (stdout, ru.ru_maxrss)
}

fn check(name: &str, src: &str, expected: &str) {
    let (out, kb) = peak_kb(name, src);
    assert_eq!(out, expected, "{name}: output");
    assert!(
        kb < BOUND_KB,
        "{name}: peak RSS {kb} KB, more than {BOUND_KB} KB: cycles are kept"
    );
}

#[test]
fn pairs_of_instances_pointing_at_each_other() {
    check(
        "pairs",
        "class Pair:
    def __init__(self, n):
        self.n = n
        self.peer = None

total = 0
for i in range(200_000):
    a = Pair(i)
    b = Pair(i)
    a.peer = b
    b.peer = a
    total += a.peer.n
print(total)
",
        "19999900000\n",
    );
}

#[test]
fn doubly_linked_lists_built_and_dropped() {
    check(
        "links",
        "class Link:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None

total = 0
for _ in range(400):
    head = Link(0)
    cur = head
    for i in range(1, 1000):
        nxt = Link(i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    total += cur.prev.value
print(total)
",
        "399200\n",
    );
}

#[test]
fn trees_with_parent_pointers() {
    check(
        "trees",
        "class Node:
    def __init__(self, parent, depth):
        self.parent = parent
        self.children = []
        if depth > 0:
            for _ in range(2):
                self.children.append(Node(self, depth - 1))

count = 0
for _ in range(1500):
    root = Node(None, 7)
    count += len(root.children[0].children)
print(count)
",
        "3000\n",
    );
}

#[test]
fn exceptions_kept_with_what_refers_to_them() {
    check(
        "exceptions",
        "def work(n):
    caught = 0
    for i in range(n):
        try:
            data = {'i': i, 'pad': [i] * 20}
            raise ValueError(data)
        except ValueError as e:
            err = e
            data['error'] = err
            caught += 1
    return caught

print(work(100_000))
",
        "100000\n",
    );
}

#[test]
fn closures_that_refer_to_themselves() {
    check(
        "closures",
        "def make(i):
    pad = [i] * 20
    def step(k):
        return pad[0] if k < 1 else step(k - 1)
    return step

total = 0
for i in range(100_000):
    total += make(i)(1) % 2
print(total)
",
        "50000\n",
    );
}

#[test]
fn tasks_and_their_done_callbacks() {
    check(
        "tasks",
        "import asyncio

async def job(holder):
    await asyncio.sleep(0)
    return holder

async def work(n):
    done = 0
    for i in range(n):
        holder = {'pad': [i] * 20}
        t = asyncio.create_task(job(holder))
        holder['task'] = t
        t.add_done_callback(lambda fut, h=holder: h.setdefault('seen', fut))
        done += len((await t)['pad'])
    return done

print(asyncio.run(work(100_000)))
",
        "2000000\n",
    );
}
