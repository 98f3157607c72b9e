# A reminder service on a simulated clock: events run in time order, then by priority.
import sched


class Clock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, dt):
        if dt:
            print(f"  (sleep {dt})")
        self.now += dt


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)


def remind(msg, who="all"):
    print(f"t={clock.now}: {msg} -> {who}")


s.enter(10, 1, remind, ("standup",))
s.enter(5, 2, remind, ("coffee",), {"who": "ann"})
s.enter(5, 1, remind, ("email",))
e = s.enter(7, 1, remind, ("cancelled",))
s.enterabs(20, 1, remind, argument=("late",))
s.enter(10, 1, remind, ("second at 10",))
print([ (ev.time, ev.priority, ev.argument) for ev in s.queue])
s.cancel(e)
print(s.empty(), len(s.queue))
s.run()
print(s.empty(), clock.now)

s.enter(3, 1, remind, ("non-blocking",))
print(s.run(blocking=False))
clock.now += 3
print(s.run(blocking=False))
try:
    s.cancel(e)
except ValueError as err:
    print("ValueError:", err)
ev = sched.Event(1, 2, 3, print, (), {})
print(ev, ev._fields)
