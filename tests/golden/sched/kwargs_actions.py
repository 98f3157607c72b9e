# Actions with keyword arguments and default argument values.
import sched

s = sched.scheduler(lambda: 0, lambda dt: None)
out = []


def record(*args, **kwargs):
    out.append((args, kwargs))


s.enter(0, 0, record)
s.enter(0, 1, record, (1, 2))
s.enter(0, 2, record, kwargs={"a": 1})
s.enter(0, 3, record, (3,), {"b": 2})
s.enterabs(0, 4, record, argument=[4, 5])
s.run()
print(out)
