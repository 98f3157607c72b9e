# A thread reads lines with input() while the main thread keeps working: the child below waits
# for its stdin in a thread, and prints from its main thread meanwhile; the parent sends each
# line only once the child has answered the previous one.
import subprocess
import sys

CHILD = r'''
import queue
import threading
import time

lines = queue.Queue()
waiting = threading.Event()

def reader():
    while True:
        waiting.set()
        try:
            line = input()
        except EOFError:
            lines.put(None)
            return
        lines.put(line)

t = threading.Thread(target=reader, name="reader")
t.start()
waiting.wait()
time.sleep(0.05)  # the reader is now inside input()
total = sum(i * i for i in range(1000))
print("main thread still runs:", total, flush=True)
while (line := lines.get()) is not None:
    print("got", repr(line), "->", line.upper(), flush=True)
t.join()
print("reader done, EOF seen")
'''

p = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
print("child:", p.stdout.readline().rstrip())
for word in ["alpha", "beta gamma", ""]:
    p.stdin.write(word + "\n")
    p.stdin.flush()
    print("child:", p.stdout.readline().rstrip())
p.stdin.close()
print("child:", p.stdout.read().rstrip())
print("exit", p.wait())
