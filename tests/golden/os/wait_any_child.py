# A small process supervisor: start workers, then collect them as they end with os.wait(),
# os.waitpid(-1, 0) and os.waitpid(0, 0), with a thread running meanwhile.
import os
import subprocess
import threading
import time

procs = [
    subprocess.Popen(["sh", "-c", "sleep 0.3; exit 0"]),
    subprocess.Popen(["sh", "-c", "exit 3"]),
]
workers = dict(zip((p.pid for p in procs), ["slow", "failing"]))
finished = []
while workers:
    pid, status = os.wait()
    finished.append((workers.pop(pid), os.waitstatus_to_exitcode(status)))
print(sorted(finished))

beats = []
def heartbeat():
    for i in range(3):
        beats.append(i)
        time.sleep(0.05)

t = threading.Thread(target=heartbeat)
t.start()
child = subprocess.Popen(["sh", "-c", "sleep 0.1; exit 7"])
pid, status = os.waitpid(-1, 0)
print(pid == child.pid, os.WIFEXITED(status), os.WEXITSTATUS(status))
t.join()
print("heartbeats:", beats)

child = subprocess.Popen(["sh", "-c", "exit 5"])
pid, status = os.waitpid(0, 0)
print(pid == child.pid, os.waitstatus_to_exitcode(status))

for call in (os.wait, lambda: os.waitpid(-1, 0), lambda: os.waitpid(-1, os.WNOHANG)):
    try:
        call()
    except ChildProcessError as e:
        print(type(e).__name__, e.errno, e.strerror)
