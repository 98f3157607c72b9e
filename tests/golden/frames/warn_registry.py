import sys
import warnings


def noisy(n):
    warnings.warn(f"noisy call {n}", UserWarning, stacklevel=2)


def loop():
    for i in range(3):
        noisy(i)
    for i in range(2):
        noisy(0)


warnings.simplefilter("once")
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    loop()
print(len(got), [w.lineno for w in got])

with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("default")
    loop()
    loop()
print(len(got), sorted({(w.lineno, str(w.message)) for w in got}))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        noisy(9)
    except UserWarning as e:
        print("raised:", e)

sys.stderr = sys.stdout
warnings.simplefilter("default")
noisy("to stderr")
