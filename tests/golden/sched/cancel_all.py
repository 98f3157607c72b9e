# Cancelling a batch of scheduled jobs, and what cancel() says about unknown events.
import sched

now = [0]
s = sched.scheduler(lambda: now[0], lambda dt: now.__setitem__(0, now[0] + dt))
jobs = [s.enter(i, 0, print, (f"job {i}",)) for i in range(6)]
for ev in jobs[::2]:
    s.cancel(ev)
print(len(s.queue), [e.argument for e in s.queue])
s.run()
try:
    s.cancel(jobs[1])
except ValueError as e:
    print("ValueError:", e)
print(s.empty())
try:
    s.enter("soon", 1, print)
except TypeError as e:
    print("TypeError:", e)
