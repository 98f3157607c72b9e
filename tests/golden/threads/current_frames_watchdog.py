# A watchdog that looks at what every thread is doing, as a stuck-service dump would:
# sys._current_frames() maps each live thread to its innermost frame.
import sys
import threading
import time

release = threading.Event()


def fetch(n):
    release.wait()  # the workers wait here
    return n * n


def worker(n, out):
    out.append(fetch(n))


def user_frames(frame):
    """The frames of this file, innermost first (leaving out threading's own)."""
    names = []
    while frame is not None:
        if frame.f_code.co_filename == __file__:
            names.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return names


out = []
threads = [threading.Thread(target=worker, args=(i, out), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()

# Wait until every worker is blocked in fetch().
deadline = time.monotonic() + 30
while True:
    frames = sys._current_frames()
    stacks = [user_frames(frames.get(t.ident)) for t in threads]
    if all(s and s[0] == ("fetch", 11) for s in stacks) or time.monotonic() > deadline:
        break
    time.sleep(0.001)

main = sys._current_frames()[threading.main_thread().ident]
print("main thread at:", user_frames(main)[0][0])
print("threads seen:", sorted(ident == threading.main_thread().ident for ident in frames))
for t, s in zip(threads, stacks):
    print(t.name, "->", s)

release.set()
for t in threads:
    t.join()
print(sorted(out))
print("after join:", list(sys._current_frames()) == [threading.main_thread().ident])
