# autorange's growth sequence, shown through its callback with a fake clock.
import timeit


def clock_with(per_loop):
    state = {"t": 0.0, "n": 0}

    def clock():
        state["t"] += per_loop * state["n"]
        return state["t"]
    return state, clock


for per_loop in [0.1, 0.01, 0.0003]:
    state, clock = clock_with(per_loop)
    t = timeit.Timer("pass", timer=clock)
    seen = []
    orig = t.timeit

    def counted(number, orig=orig, state=state):
        state["n"] = number / 2
        return orig(number)
    t.timeit = counted
    print(per_loop, t.autorange(lambda n, dt: seen.append(n)), seen)
