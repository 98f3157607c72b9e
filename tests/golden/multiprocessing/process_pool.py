# A pool of worker processes squaring numbers, checking words and failing on purpose:
# results come back in order, errors come back as the caller's exceptions.
import multiprocessing
from multiprocessing.pool import Pool

SHIFT = 3


def square(x):
    return x * x


def caesar(word):
    return "".join(chr((ord(c) - 97 + SHIFT) % 26 + 97) for c in word)


def checked(x):
    if x % 7 == 6:
        raise ValueError(f"unlucky {x}")
    return x


class Unpicklable:
    def __repr__(self):
        return "<Unpicklable>"

    def __reduce__(self):
        raise TypeError("not today")


def make_unpicklable(x):
    return Unpicklable()


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(sum(pool.imap(square, range(200), 25)))
        print(pool.apply(caesar, ("hello",)))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=60), r.ready(), r.successful())
        try:
            pool.map(checked, range(10))
        except ValueError as e:
            print("map failed:", e, "| cause:", type(e.__cause__).__name__)
        results = pool.imap(checked, range(5, 9))
        print(next(results))
        try:
            next(results)
        except ValueError as e:
            print("imap failed at:", e)
        print(list(results))
        try:
            pool.apply(lambda: 1)
        except Exception as e:
            print("lambda:", type(e).__name__)
        try:
            pool.apply(make_unpicklable, (1,))
        except Exception as e:
            print("result:", type(e).__name__, e)
        print(pool.map(square, []))
        print(pool)
    print(pool)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(e)
    print(multiprocessing.cpu_count() >= 1)
