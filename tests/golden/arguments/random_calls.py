# The random module's functions and Random's methods, called rightly and wrongly (seeded, so the draws are CPython's).
import random
import random; R = random.Random
import random; r = random.Random(12345)
try:
    print('random.seed(7)', "->", repr(random.seed(7)))
except Exception as e:
    print('random.seed(7)', "->", type(e).__name__ + ":", e)
try:
    print('random.random()', "->", repr(random.random()))
except Exception as e:
    print('random.random()', "->", type(e).__name__ + ":", e)
try:
    print('random.randint(1, 10)', "->", repr(random.randint(1, 10)))
except Exception as e:
    print('random.randint(1, 10)', "->", type(e).__name__ + ":", e)
try:
    print('r.random()', "->", repr(r.random()))
except Exception as e:
    print('r.random()', "->", type(e).__name__ + ":", e)
try:
    print('r.getrandbits(10)', "->", repr(r.getrandbits(10)))
except Exception as e:
    print('r.getrandbits(10)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(10)', "->", repr(r.randrange(10)))
except Exception as e:
    print('r.randrange(10)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(1, 10)', "->", repr(r.randrange(1, 10)))
except Exception as e:
    print('r.randrange(1, 10)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(1, 10, 2)', "->", repr(r.randrange(1, 10, 2)))
except Exception as e:
    print('r.randrange(1, 10, 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.randint(1, 6)', "->", repr(r.randint(1, 6)))
except Exception as e:
    print('r.randint(1, 6)', "->", type(e).__name__ + ":", e)
try:
    print("r.choice('abc')", "->", repr(r.choice('abc')))
except Exception as e:
    print("r.choice('abc')", "->", type(e).__name__ + ":", e)
try:
    print("r.choices('abc', k=3)", "->", repr(r.choices('abc', k=3)))
except Exception as e:
    print("r.choices('abc', k=3)", "->", type(e).__name__ + ":", e)
try:
    print("r.choices('abc', [1, 2, 3], k=2)", "->", repr(r.choices('abc', [1, 2, 3], k=2)))
except Exception as e:
    print("r.choices('abc', [1, 2, 3], k=2)", "->", type(e).__name__ + ":", e)
try:
    print("r.choices('abc', cum_weights=[1, 2, 3], k=2)", "->", repr(r.choices('abc', cum_weights=[1, 2, 3], k=2)))
except Exception as e:
    print("r.choices('abc', cum_weights=[1, 2, 3], k=2)", "->", type(e).__name__ + ":", e)
try:
    print('r.sample(range(10), 3)', "->", repr(r.sample(range(10), 3)))
except Exception as e:
    print('r.sample(range(10), 3)', "->", type(e).__name__ + ":", e)
try:
    print("r.sample(['a', 'b'], 3, counts=[2, 1])", "->", repr(r.sample(['a', 'b'], 3, counts=[2, 1])))
except Exception as e:
    print("r.sample(['a', 'b'], 3, counts=[2, 1])", "->", type(e).__name__ + ":", e)
try:
    print('r.uniform(1, 2)', "->", repr(r.uniform(1, 2)))
except Exception as e:
    print('r.uniform(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.gauss()', "->", repr(r.gauss()))
except Exception as e:
    print('r.gauss()', "->", type(e).__name__ + ":", e)
try:
    print('r.gauss(1, 2)', "->", repr(r.gauss(1, 2)))
except Exception as e:
    print('r.gauss(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.normalvariate(mu=1, sigma=0)', "->", repr(r.normalvariate(mu=1, sigma=0)))
except Exception as e:
    print('r.normalvariate(mu=1, sigma=0)', "->", type(e).__name__ + ":", e)
try:
    print('r.expovariate(2)', "->", repr(r.expovariate(2)))
except Exception as e:
    print('r.expovariate(2)', "->", type(e).__name__ + ":", e)
try:
    print('r.triangular()', "->", repr(r.triangular()))
except Exception as e:
    print('r.triangular()', "->", type(e).__name__ + ":", e)
try:
    print('r.triangular(0, 10, 3)', "->", repr(r.triangular(0, 10, 3)))
except Exception as e:
    print('r.triangular(0, 10, 3)', "->", type(e).__name__ + ":", e)
try:
    print('r.triangular(2, 2, 2)', "->", repr(r.triangular(2, 2, 2)))
except Exception as e:
    print('r.triangular(2, 2, 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.randbytes(4)', "->", repr(r.randbytes(4)))
except Exception as e:
    print('r.randbytes(4)', "->", type(e).__name__ + ":", e)
try:
    print('len(r.getstate()[1])', "->", repr(len(r.getstate()[1])))
except Exception as e:
    print('len(r.getstate()[1])', "->", type(e).__name__ + ":", e)
try:
    print('r.setstate(r.getstate())', "->", repr(r.setstate(r.getstate())))
except Exception as e:
    print('r.setstate(r.getstate())', "->", type(e).__name__ + ":", e)
try:
    print('R(5).random() == R(5).random()', "->", repr(R(5).random() == R(5).random()))
except Exception as e:
    print('R(5).random() == R(5).random()', "->", type(e).__name__ + ":", e)
try:
    print('R(x=5).random() == R(5).random()', "->", repr(R(x=5).random() == R(5).random()))
except Exception as e:
    print('R(x=5).random() == R(5).random()', "->", type(e).__name__ + ":", e)
try:
    print('R.random()', "->", repr(R.random()))
except Exception as e:
    print('R.random()', "->", type(e).__name__ + ":", e)
try:
    print('R.random(5)', "->", repr(R.random(5)))
except Exception as e:
    print('R.random(5)', "->", type(e).__name__ + ":", e)
try:
    print("R.random('x')", "->", repr(R.random('x')))
except Exception as e:
    print("R.random('x')", "->", type(e).__name__ + ":", e)
try:
    print('R.getrandbits(5, 1)', "->", repr(R.getrandbits(5, 1)))
except Exception as e:
    print('R.getrandbits(5, 1)', "->", type(e).__name__ + ":", e)
try:
    print('R.getrandbits()', "->", repr(R.getrandbits()))
except Exception as e:
    print('R.getrandbits()', "->", type(e).__name__ + ":", e)
try:
    print('r.random(1)', "->", repr(r.random(1)))
except Exception as e:
    print('r.random(1)', "->", type(e).__name__ + ":", e)
try:
    print('r.random(x=1)', "->", repr(r.random(x=1)))
except Exception as e:
    print('r.random(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('r.getrandbits()', "->", repr(r.getrandbits()))
except Exception as e:
    print('r.getrandbits()', "->", type(e).__name__ + ":", e)
try:
    print('r.getrandbits(1, 2)', "->", repr(r.getrandbits(1, 2)))
except Exception as e:
    print('r.getrandbits(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.getrandbits(k=3)', "->", repr(r.getrandbits(k=3)))
except Exception as e:
    print('r.getrandbits(k=3)', "->", type(e).__name__ + ":", e)
try:
    print("r.getrandbits('a')", "->", repr(r.getrandbits('a')))
except Exception as e:
    print("r.getrandbits('a')", "->", type(e).__name__ + ":", e)
try:
    print('r.getrandbits(-1)', "->", repr(r.getrandbits(-1)))
except Exception as e:
    print('r.getrandbits(-1)', "->", type(e).__name__ + ":", e)
try:
    print('r.getrandbits(2**40)', "->", repr(r.getrandbits(2**40)))
except Exception as e:
    print('r.getrandbits(2**40)', "->", type(e).__name__ + ":", e)
try:
    print('r.randint(1)', "->", repr(r.randint(1)))
except Exception as e:
    print('r.randint(1)', "->", type(e).__name__ + ":", e)
try:
    print('r.randint(1, 2, 3)', "->", repr(r.randint(1, 2, 3)))
except Exception as e:
    print('r.randint(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('r.randint(1, c=3)', "->", repr(r.randint(1, c=3)))
except Exception as e:
    print('r.randint(1, c=3)', "->", type(e).__name__ + ":", e)
try:
    print("r.randint(1, 'a')", "->", repr(r.randint(1, 'a')))
except Exception as e:
    print("r.randint(1, 'a')", "->", type(e).__name__ + ":", e)
try:
    print('random.randint(1)', "->", repr(random.randint(1)))
except Exception as e:
    print('random.randint(1)', "->", type(e).__name__ + ":", e)
try:
    print('random.random(1)', "->", repr(random.random(1)))
except Exception as e:
    print('random.random(1)', "->", type(e).__name__ + ":", e)
try:
    print('R(1, 2)', "->", repr(R(1, 2)))
except Exception as e:
    print('R(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('R(y=1)', "->", repr(R(y=1)))
except Exception as e:
    print('R(y=1)', "->", type(e).__name__ + ":", e)
try:
    print('R([])', "->", repr(R([])))
except Exception as e:
    print('R([])', "->", type(e).__name__ + ":", e)
try:
    print('r.seed(1, 2, 3)', "->", repr(r.seed(1, 2, 3)))
except Exception as e:
    print('r.seed(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print('r.seed(x=1)', "->", repr(r.seed(x=1)))
except Exception as e:
    print('r.seed(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('r.seed([])', "->", repr(r.seed([])))
except Exception as e:
    print('r.seed([])', "->", type(e).__name__ + ":", e)
try:
    print('R.seed()', "->", repr(R.seed()))
except Exception as e:
    print('R.seed()', "->", type(e).__name__ + ":", e)
try:
    print('r.randbytes()', "->", repr(r.randbytes()))
except Exception as e:
    print('r.randbytes()', "->", type(e).__name__ + ":", e)
try:
    print("r.randbytes('a')", "->", repr(r.randbytes('a')))
except Exception as e:
    print("r.randbytes('a')", "->", type(e).__name__ + ":", e)
try:
    print('r.randbytes(-1)', "->", repr(r.randbytes(-1)))
except Exception as e:
    print('r.randbytes(-1)', "->", type(e).__name__ + ":", e)
try:
    print('r.gauss(1, 2, 3)', "->", repr(r.gauss(1, 2, 3)))
except Exception as e:
    print('r.gauss(1, 2, 3)', "->", type(e).__name__ + ":", e)
try:
    print("r.gauss('a')", "->", repr(r.gauss('a')))
except Exception as e:
    print("r.gauss('a')", "->", type(e).__name__ + ":", e)
try:
    print("r.gauss(sigma='a')", "->", repr(r.gauss(sigma='a')))
except Exception as e:
    print("r.gauss(sigma='a')", "->", type(e).__name__ + ":", e)
try:
    print('r.choices([1], [1], None, 1)', "->", repr(r.choices([1], [1], None, 1)))
except Exception as e:
    print('r.choices([1], [1], None, 1)', "->", type(e).__name__ + ":", e)
try:
    print('r.choices([1], 5)', "->", repr(r.choices([1], 5)))
except Exception as e:
    print('r.choices([1], 5)', "->", type(e).__name__ + ":", e)
try:
    print('r.choices([1], [1], cum_weights=[1])', "->", repr(r.choices([1], [1], cum_weights=[1])))
except Exception as e:
    print('r.choices([1], [1], cum_weights=[1])', "->", type(e).__name__ + ":", e)
try:
    print("r.choices([1], k='a')", "->", repr(r.choices([1], k='a')))
except Exception as e:
    print("r.choices([1], k='a')", "->", type(e).__name__ + ":", e)
try:
    print('r.choices()', "->", repr(r.choices()))
except Exception as e:
    print('r.choices()', "->", type(e).__name__ + ":", e)
try:
    print('r.sample([1, 2], 1, 5)', "->", repr(r.sample([1, 2], 1, 5)))
except Exception as e:
    print('r.sample([1, 2], 1, 5)', "->", type(e).__name__ + ":", e)
try:
    print('r.sample([1, 2])', "->", repr(r.sample([1, 2])))
except Exception as e:
    print('r.sample([1, 2])', "->", type(e).__name__ + ":", e)
try:
    print('r.sample([1, 2], k=1, counts=[1, 1], x=1)', "->", repr(r.sample([1, 2], k=1, counts=[1, 1], x=1)))
except Exception as e:
    print('r.sample([1, 2], k=1, counts=[1, 1], x=1)', "->", type(e).__name__ + ":", e)
try:
    print('r.sample({1, 2}, 1)', "->", repr(r.sample({1, 2}, 1)))
except Exception as e:
    print('r.sample({1, 2}, 1)', "->", type(e).__name__ + ":", e)
try:
    print('r.sample([1, 2], 5)', "->", repr(r.sample([1, 2], 5)))
except Exception as e:
    print('r.sample([1, 2], 5)', "->", type(e).__name__ + ":", e)
try:
    print('r.setstate()', "->", repr(r.setstate()))
except Exception as e:
    print('r.setstate()', "->", type(e).__name__ + ":", e)
try:
    print('r.setstate(5)', "->", repr(r.setstate(5)))
except Exception as e:
    print('r.setstate(5)', "->", type(e).__name__ + ":", e)
try:
    print('r.getstate(1)', "->", repr(r.getstate(1)))
except Exception as e:
    print('r.getstate(1)', "->", type(e).__name__ + ":", e)
try:
    print('r.shuffle()', "->", repr(r.shuffle()))
except Exception as e:
    print('r.shuffle()', "->", type(e).__name__ + ":", e)
try:
    print('r.shuffle([1], 2)', "->", repr(r.shuffle([1], 2)))
except Exception as e:
    print('r.shuffle([1], 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.choice()', "->", repr(r.choice()))
except Exception as e:
    print('r.choice()', "->", type(e).__name__ + ":", e)
try:
    print('r.choice([])', "->", repr(r.choice([])))
except Exception as e:
    print('r.choice([])', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange()', "->", repr(r.randrange()))
except Exception as e:
    print('r.randrange()', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(1, 2, 3, 4)', "->", repr(r.randrange(1, 2, 3, 4)))
except Exception as e:
    print('r.randrange(1, 2, 3, 4)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(5, step=2)', "->", repr(r.randrange(5, step=2)))
except Exception as e:
    print('r.randrange(5, step=2)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(0)', "->", repr(r.randrange(0)))
except Exception as e:
    print('r.randrange(0)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(1, 1)', "->", repr(r.randrange(1, 1)))
except Exception as e:
    print('r.randrange(1, 1)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(0, 10, 0)', "->", repr(r.randrange(0, 10, 0)))
except Exception as e:
    print('r.randrange(0, 10, 0)', "->", type(e).__name__ + ":", e)
try:
    print("r.randrange('a')", "->", repr(r.randrange('a')))
except Exception as e:
    print("r.randrange('a')", "->", type(e).__name__ + ":", e)
try:
    print('r.uniform(1)', "->", repr(r.uniform(1)))
except Exception as e:
    print('r.uniform(1)', "->", type(e).__name__ + ":", e)
try:
    print('r.uniform(a=1, b=2) < 3', "->", repr(r.uniform(a=1, b=2) < 3))
except Exception as e:
    print('r.uniform(a=1, b=2) < 3', "->", type(e).__name__ + ":", e)
try:
    print('r.triangular(1, 2, 3, 4)', "->", repr(r.triangular(1, 2, 3, 4)))
except Exception as e:
    print('r.triangular(1, 2, 3, 4)', "->", type(e).__name__ + ":", e)
try:
    print("r.triangular(high='a')", "->", repr(r.triangular(high='a')))
except Exception as e:
    print("r.triangular(high='a')", "->", type(e).__name__ + ":", e)
try:
    print('r.expovariate()', "->", repr(r.expovariate()))
except Exception as e:
    print('r.expovariate()', "->", type(e).__name__ + ":", e)
try:
    print('r.expovariate(1, 2)', "->", repr(r.expovariate(1, 2)))
except Exception as e:
    print('r.expovariate(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('r.expovariate(0)', "->", repr(r.expovariate(0)))
except Exception as e:
    print('r.expovariate(0)', "->", type(e).__name__ + ":", e)
try:
    print('r.normalvariate(mu=1, x=2)', "->", repr(r.normalvariate(mu=1, x=2)))
except Exception as e:
    print('r.normalvariate(mu=1, x=2)', "->", type(e).__name__ + ":", e)
try:
    print('R.randint(R(), 1)', "->", repr(R.randint(R(), 1)))
except Exception as e:
    print('R.randint(R(), 1)', "->", type(e).__name__ + ":", e)
try:
    print('R.getstate()', "->", repr(R.getstate()))
except Exception as e:
    print('R.getstate()', "->", type(e).__name__ + ":", e)
try:
    print('R.random(R()) < 1', "->", repr(R.random(R()) < 1))
except Exception as e:
    print('R.random(R()) < 1', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(3.0) < 3', "->", repr(r.randrange(3.0) < 3))
except Exception as e:
    print('r.randrange(3.0) < 3', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(2.5)', "->", repr(r.randrange(2.5)))
except Exception as e:
    print('r.randrange(2.5)', "->", type(e).__name__ + ":", e)
try:
    print("r.randrange('5')", "->", repr(r.randrange('5')))
except Exception as e:
    print("r.randrange('5')", "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(0, 3.5)', "->", repr(r.randrange(0, 3.5)))
except Exception as e:
    print('r.randrange(0, 3.5)', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(0, 10, 2.0) < 10', "->", repr(r.randrange(0, 10, 2.0) < 10))
except Exception as e:
    print('r.randrange(0, 10, 2.0) < 10', "->", type(e).__name__ + ":", e)
try:
    print('r.randrange(True)', "->", repr(r.randrange(True)))
except Exception as e:
    print('r.randrange(True)', "->", type(e).__name__ + ":", e)
