"""What the benchmark runners share: building corun, finding CPython, timing one child process.

Used by bench/run, bench/pyperformance and bench/ops/run (all run with python3).
"""

import datetime
import os
import platform
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TARGET_DIR = ROOT / "target" / "lto"
CORUN = TARGET_DIR / "release" / "corun"
TIME = "/usr/bin/time"


def python_executable():
    """The real CPython executable behind `python3` on the PATH.

    Not a wrapper script such as a pyenv shim, which would add tens of milliseconds to every start.
    """
    out = subprocess.run(
        ["python3", "-c", "import sys; print(sys.executable)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


# CPython runs with -S (no `site` at start-up). This machine's site-packages hold a .pth file,
# put there by the machine's environment and no part of CPython, that imports certifi at every
# start: about 50 ms of CPU, several times CPython's own start-up. -S skips it, and with it the
# rest of `site` (a few ms), which is the cautious side for corun. A runner whose benchmarks
# import installed packages puts site_packages() on PYTHONPATH instead.
PYTHON_FLAGS = ["-S"]


def python_command(python):
    return [python] + PYTHON_FLAGS


def site_packages(python):
    out = subprocess.run(
        [python, "-c", "import site; print('\\n'.join(site.getsitepackages()))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in out.stdout.splitlines() if line]


def python_version(python):
    return subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()


def build():
    """Builds corun with the release profile of Cargo.toml (fat LTO) into target/lto.

    The fast-build settings of day-to-day work (CARGO_PROFILE_RELEASE_LTO=false ...) neither leak
    in nor invalidate the everyday build in target/release.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARGO_PROFILE_")}
    env.pop("CARGO_TARGET_DIR", None)
    env.pop("RUSTFLAGS", None)
    print("building corun (release, full LTO) into target/lto ...", file=sys.stderr, flush=True)
    subprocess.run(
        ["cargo", "build", "--release", "--bin", "corun", "--target-dir", str(TARGET_DIR)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def check_tools():
    if not os.access(TIME, os.X_OK):
        sys.exit(f"timing needs {TIME} (apt-get install time)")


class Run:
    """One measured run of a child process."""

    def __init__(self, stdout, stderr, wall, cpu, maxrss, status, timed_out):
        self.stdout = stdout
        self.stderr = stderr
        self.wall = wall  # seconds around the child
        self.cpu = cpu  # user + system seconds of the child
        self.maxrss = maxrss  # peak resident set, bytes
        self.status = status  # exit status, or minus the signal's number
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.status == 0 and not self.timed_out


def run_measured(argv, cwd, env=None, timeout=None):
    """Runs `argv` in `cwd` and measures it.

    The program runs under `/usr/bin/time -f %M`, which reports its peak RSS. Reading
    `ru_maxrss` of a child forked from this runner would not do: the kernel carries the high-water
    mark of the forked copy of the runner (a Python process of about 13 MB) across `execve`,
    which hides every figure below that. The CPU time is the rusage of the `time` process,
    which includes the program it waited for. After `timeout` seconds the child's whole process
    group is killed.
    """
    r, w = os.pipe()
    er, ew = os.pipe()
    fd, rss_file = tempfile.mkstemp(prefix="bench-rss-")
    os.close(fd)
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.setsid()
            os.chdir(cwd)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(w, 1)
            os.dup2(ew, 2)
            os.close(r)
            os.close(er)
            args = [TIME, "-f", "%M", "-o", rss_file] + list(argv)
            if env is None:
                os.execv(TIME, args)
            else:
                os.execve(TIME, args, env)
        finally:
            os._exit(127)
    os.close(w)
    os.close(ew)
    out_chunks, err_chunks = [], []
    timed_out = False
    deadline = None if timeout is None else start + timeout
    # Drain stdout and stderr together, so that neither pipe can fill up and block the child.
    sel = selectors.DefaultSelector()
    sel.register(r, selectors.EVENT_READ, out_chunks)
    sel.register(er, selectors.EVENT_READ, err_chunks)
    open_fds = 2
    while open_fds:
        wait = None if deadline is None else max(deadline - time.perf_counter(), 0)
        events = sel.select(wait)
        if not events and deadline is not None and time.perf_counter() >= deadline:
            timed_out = True
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            deadline = None
            continue
        for key, _ in events:
            data = os.read(key.fd, 65536)
            if data:
                key.data.append(data)
            else:
                sel.unregister(key.fd)
                os.close(key.fd)
                open_fds -= 1
    sel.close()
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    cpu = ru.ru_utime + ru.ru_stime
    maxrss = 0
    try:
        with open(rss_file) as f:
            # Kilobytes; the last line (a line before it tells of a non-zero exit status).
            words = f.read().split()
            maxrss = int(words[-1]) * 1024 if words and words[-1].isdigit() else 0
    finally:
        os.unlink(rss_file)
    code = os.waitstatus_to_exitcode(status)
    # `time` reports a signal that ended the program as its own exit status 128 + signal.
    return Run(b"".join(out_chunks), b"".join(err_chunks), wall, cpu, maxrss, code, timed_out)


def alternate(commands, rounds, cwd, env=None, timeout=None):
    """Runs each command of `commands` ({name: argv}) `rounds` times, in alternation.

    The order flips every round (A B, B A, A B, ...), so that neither runs always first after
    the other. Yields (round number from 0, name, Run); the caller may stop early.
    """
    order = list(commands.items())
    for round_no in range(rounds):
        for name, argv in order if round_no % 2 == 0 else reversed(order):
            yield round_no, name, run_measured(argv, cwd, env, timeout)


def error_headline(stderr):
    """The exception headline of a failed run's stderr: its last line that is not blank."""
    lines = [line.strip() for line in stderr.decode(errors="replace").splitlines()]
    lines = [line for line in lines if line and not line.startswith("pyperf-stub:")]
    return lines[-1] if lines else ""


def machine_description():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{mem}"


def load_average():
    a, b, c = os.getloadavg()
    return f"{a:.2f} {b:.2f} {c:.2f}"


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def git_revision():
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        # Changes to the benchmarks and their tables do not count as changes to what is measured.
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", ".",
             ":!README.md", ":!bench"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except OSError:
        return "unknown"


def fmt_time(s):
    return f"{s * 1000:.0f} ms" if s < 10 else f"{s:.1f} s"


def fmt_mb(b):
    return f"{b / 1e6:.1f} MB"


def geometric_mean(values):
    values = list(values)
    if not values:
        return float("nan")
    product = 1.0
    for v in values:
        product *= v
    return product ** (1 / len(values))
