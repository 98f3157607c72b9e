# os.waitpid on a child started by subprocess, WNOHANG, and decoding wait statuses.
import os
import signal
import subprocess

p = subprocess.Popen(["sh", "-c", "exit 7"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status),
      os.waitstatus_to_exitcode(status))

q = subprocess.Popen(["sleep", "5"])
print("still running:", os.waitpid(q.pid, os.WNOHANG))
q.kill()
pid, status = os.waitpid(q.pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGKILL,
      os.waitstatus_to_exitcode(status))

for st in [0, 1 << 8, 255 << 8, 9, 15, 0x7F, 0x137F, 0xFFFF, -1, 2**31, True]:
    try:
        print(st, "->", os.waitstatus_to_exitcode(st))
    except (ValueError, OverflowError) as e:
        print(st, "->", type(e).__name__, e)

try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno, e.strerror)
try:
    os.waitstatus_to_exitcode("0")
except TypeError as e:
    print("TypeError", e)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
