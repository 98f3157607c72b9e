# A retry queue with backoff on a simulated clock, rescheduling failed jobs.
import sched

now = [0]
s = sched.scheduler(lambda: now[0], lambda dt: now.__setitem__(0, now[0] + dt))
attempts = {}


def job(name, fail_times):
    n = attempts.get(name, 0) + 1
    attempts[name] = n
    if n <= fail_times:
        delay = 2 ** n
        print(f"t={now[0]} {name} attempt {n} failed, retry in {delay}")
        s.enter(delay, 1, job, (name, fail_times))
    else:
        print(f"t={now[0]} {name} attempt {n} ok")


s.enter(0, 1, job, ("a", 2))
s.enter(1, 1, job, ("b", 0))
s.enter(1, 0, job, ("c", 3))
s.run()
print(attempts, now[0], s.empty())
