# Inspecting the queue: events in order, as named tuples, without running them.
import sched

s = sched.scheduler(lambda: 0, lambda dt: None)
a = s.enterabs(5, 2, print, ("a",))
b = s.enterabs(5, 1, print, ("b",))
c = s.enterabs(1, 9, print, ("c",), {"sep": "-"})
q = s.queue
print([e.argument for e in q])
print(q[0].time, q[0].priority, q[0].kwargs, type(q[0]).__name__, q[0]._fields)
print(q == sorted([a, b, c]), q[0] is c)
print(s.queue is not s.queue, len(s.queue))
e = sched.Event(time=1, priority=0, sequence=0, action=None, argument=(), kwargs={})
print(e._replace(time=2), e._asdict()["time"])
