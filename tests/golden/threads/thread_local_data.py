# threading.local: each thread sees its own attributes; a subclass's __init__ runs per thread.
import threading

data = threading.local()
data.name = "main"
seen = {}


def visit(i):
    print_missing = not hasattr(data, "name")
    data.name = f"t{i}"
    seen[i] = (print_missing, data.name)


threads = [threading.Thread(target=visit, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print("main still:", data.name)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump())))
t.start()
t.join()
print("thread:", out, "main:", c.value)
del data.name
try:
    data.name
except AttributeError:
    print("deleted")
