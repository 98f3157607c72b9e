# Several threads import the same slow module at once: each must get it whole, and its body
# must run once. Two threads importing each other's modules at once must not wait for ever.
import threading
import time

results = {}


def use_settings(n):
    import import_race_settings as s

    results[n] = (getattr(s, "READY", False), len(s.ENTRIES))


workers = []
for n in range(4):
    t = threading.Thread(target=use_settings, args=(n,))
    t.start()
    workers.append(t)
    time.sleep(0.02)
for t in workers:
    t.join()
for n in sorted(results):
    print("worker", n, "ready:", results[n][0], "entries:", results[n][1])

seen = {}


def load(name):
    module = __import__(name)
    seen[name] = (module.EARLY, getattr(module, "LATE", "not yet"))


a = threading.Thread(target=load, args=("import_race_left",))
b = threading.Thread(target=load, args=("import_race_right",))
a.start()
b.start()
a.join()
b.join()
for name in sorted(seen):
    print(name, seen[name])
import import_race_right

print("right saw left's end:", import_race_right.SAW_LEFT_LATE)
