# A thread iterating over sys.stdin (and reading it with readline and read) while the main
# thread answers a ping: the child's main thread must run while its reader waits.
import subprocess
import sys

CHILD = r'''
import sys
import threading

got = []
ping = threading.Event()

def reader():
    first = sys.stdin.readline()
    got.append(("readline", first))
    ping.set()
    for line in sys.stdin:
        if line == "stop\n":
            break
        got.append(("iter", line))
        print("line", len(got), line.rstrip(), flush=True)
    got.append(("read", sys.stdin.read()))

t = threading.Thread(target=reader)
t.start()
print("main runs while the reader waits", flush=True)
ping.wait()
print("first line:", repr(got[0][1]), flush=True)
t.join()
for kind, text in got:
    print(kind, repr(text))
'''

p = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
print(p.stdout.readline().rstrip())
p.stdin.write("hello\n")
p.stdin.flush()
print(p.stdout.readline().rstrip())
for word in ["one", "two"]:
    p.stdin.write(word + "\n")
    p.stdin.flush()
    print(p.stdout.readline().rstrip())
p.stdin.write("stop\nrest of\nthe input")
p.stdin.close()
print(p.stdout.read().rstrip())
print("exit", p.wait())
