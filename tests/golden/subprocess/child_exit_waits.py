# A job runner that waits for its children in every way the library offers: Popen.wait with
# and without a time limit, os.waitpid on a child's pid, a wait in a worker thread while the
# main thread keeps working, and a wait for a pid that is not a child.
import os
import subprocess
import sys
import threading
import time

SLEEPER = [sys.executable, "-c", "import time; time.sleep(1)"]


def run_with_deadline():
    p = subprocess.Popen(SLEEPER)
    try:
        p.wait(timeout=0.02)
    except subprocess.TimeoutExpired as e:
        print("still running after", e.timeout, "s")
    t0 = time.monotonic()
    print("then ended with", p.wait(), "after waiting", time.monotonic() - t0 > 0.1)


def reap_by_pid():
    p = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    pid, status = os.waitpid(p.pid, 0)
    print("waitpid:", pid == p.pid, os.waitstatus_to_exitcode(status))
    try:
        os.waitpid(p.pid, 0)
    except ChildProcessError as e:
        print("again:", type(e).__name__, e.errno)


def wait_in_thread():
    results = []

    def worker(code):
        r = subprocess.run([sys.executable, "-c", f"import time; time.sleep(0.5); raise SystemExit({code})"])
        results.append(r.returncode)

    threads = [threading.Thread(target=worker, args=(c,)) for c in (1, 2, 5)]
    for t in threads:
        t.start()
    ticks = 0
    while any(t.is_alive() for t in threads):
        ticks += 1
        time.sleep(0.01)
    for t in threads:
        t.join()
    print("thread results:", sorted(results), "main thread ran meanwhile:", ticks > 3)


def not_a_child():
    try:
        os.waitpid(1, 0)
    except ChildProcessError as e:
        print("pid 1:", type(e).__name__, e.errno)


run_with_deadline()
reap_by_pid()
wait_in_thread()
not_a_child()
