# The default clock and sleep: short real delays, checked by order not by time.
import sched
import time

s = sched.scheduler()
order = []
# Times from one reading of the clock: a loaded machine may pause between the calls.
t0 = time.monotonic()
s.enterabs(t0 + 0.02, 1, order.append, ("late",))
s.enterabs(t0, 1, order.append, ("now",))
s.enterabs(t0 + 0.01, 1, order.append, ("soon",))
s.run()
print(order, time.monotonic() - t0 >= 0.015)
print(s.timefunc is time.monotonic, s.delayfunc is time.sleep)
s.enter(1000, 1, print)
d = s.run(blocking=False)
print(900 < d <= 1000, len(s.queue))
s.cancel(s.queue[0])
print(s.empty(), s.run(blocking=False))
