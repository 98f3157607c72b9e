# Same-time events ordered by priority then insertion; events that schedule or cancel others.
import sched

log = []
now = [100]
s = sched.scheduler(lambda: now[0], lambda dt: now.__setitem__(0, now[0] + dt))
events = {}


def act(name):
    log.append((now[0], name))
    if name == "spawner":
        s.enter(0, 0, act, ("spawned",))
    if name == "killer" and events["victim"] in s.queue:
        s.cancel(events["victim"])


s.enterabs(105, 5, act, ("p5",))
s.enterabs(105, 1, act, ("p1-first",))
s.enterabs(105, 1, act, ("p1-second",))
s.enterabs(103, 9, act, ("spawner",))
s.enterabs(104, 0, act, ("killer",))
events["victim"] = s.enterabs(106, 0, act, ("victim",))
s.enterabs(107, 0, act, kwargs={"name": "kw"})
print([e.argument or e.kwargs for e in s.queue])
s.run()
print(log)
ev = s.enterabs(1, 1, act, ("x",))
print(ev.time, ev.priority, ev.action is act, ev.argument, ev.kwargs, ev < s.enterabs(1, 2, act))
