# timeit's command line (`python -m timeit`) run through main() with a fake clock.
import timeit


def fake(real_timer):
    state = {"t": 0.0}

    def timer():
        state["t"] += 0.003
        return state["t"]
    return timer


for argv in [["-n", "10", "-r", "2", "x = 1"], ["-n", "1", "pass"], ["-n", "5", "-v", "pass"],
             ["-n", "1000", "-u", "msec", "-s", "a = 2", "a * a"], ["-n", "3", "-u", "nsec", "pass"],
             ["-u", "years", "pass"], ["-q"], ["--number"], ["-n", "2", "-r", "0", "-p", "pass"],
             ["-n", "4", "-vv", "--", "-1"]]:
    print(argv)
    try:
        print("  ->", timeit.main(argv, _wrap_timer=fake))
    except SystemExit as e:
        print("  exit", e.code)
timeit.main(["-h"])
