# A cron-like periodic runner: jobs re-arm themselves until a deadline.
import sched

now = [0.0]
s = sched.scheduler(lambda: now[0], lambda dt: now.__setitem__(0, now[0] + dt))
counts = {}


def periodic(name, every, until):
    counts[name] = counts.get(name, 0) + 1
    print(f"{now[0]:5.1f} {name}")
    if now[0] + every <= until:
        s.enter(every, 0, periodic, (name, every, until))


s.enter(0, 0, periodic, ("heartbeat", 2.5, 10))
s.enter(1, 1, periodic, ("backup", 4, 10))
s.enterabs(10, 2, print, ("deadline reached",))
s.run()
print(counts, now[0])
