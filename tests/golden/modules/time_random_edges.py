import random, itertools, time
for t in (lambda: random.choices([], weights=[]), lambda: random.choices([], cum_weights=[]), lambda: random.getrandbits(2**40),
          lambda: random.randbytes(10**12), lambda: list(itertools.product(repeat=10**18)), lambda: list(itertools.product([], repeat=10**18)),
          lambda: time.mktime((2024, 1, 10**17, 0, 0, 0, 0, 0, 0)), lambda: time.mktime((10**12, 1, 1, 0, 0, 0, 0, 0, 0)),
          lambda: time.strftime("%Y %G %V", (10**15, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime(10**18), lambda: time.asctime(time.gmtime(-10**12)),
          lambda: time.asctime((2024, 1, 1, 0, 0, 0, -1, 1, 0))):
    try:
        print(repr(t())[:80])
    except Exception as e:
        print(type(e).__name__, e)
