# Worker threads wait on child processes (subprocess.run, Popen.wait, communicate,
# os.waitpid) while the main thread keeps working; each child ends only once the main
# thread has fed it, so a wait that stopped every thread would never end.
import os
import subprocess
import threading
import time

results = {}


def run_cat(r):
    done = subprocess.run(["cat"], stdin=r, capture_output=True)
    results["run"] = (done.returncode, done.stdout)


def popen_wait(r):
    p = subprocess.Popen(["sh", "-c", "read x; exit 3"], stdin=r)
    results["wait"] = p.wait()


def popen_communicate(r):
    p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=r, stdout=subprocess.PIPE)
    out, err = p.communicate()
    results["communicate"] = (out, err, p.returncode)


def waitpid(r):
    p = subprocess.Popen(["sh", "-c", "read x; exit 5"], stdin=r)
    pid, status = os.waitpid(p.pid, 0)
    results["waitpid"] = (pid == p.pid, os.waitstatus_to_exitcode(status))


for name, fn in [("run", run_cat), ("wait", popen_wait),
                 ("communicate", popen_communicate), ("waitpid", waitpid)]:
    r, w = os.pipe()
    t = threading.Thread(target=fn, args=(r,))
    t.start()
    time.sleep(0.1)  # the worker is now waiting on its child
    work = sum(range(10000))
    print(name, "- main thread worked:", work, "- worker still waiting:", name not in results)
    os.write(w, b"fed by the main thread\n")
    os.close(w)
    t.join()
    os.close(r)
    print(name, "->", results[name])
