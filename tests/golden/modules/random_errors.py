import random

for call in (lambda: random.randrange(1.5), lambda: random.randrange(0, 10, 0), lambda: random.randint(3, 1),
             lambda: random.sample(range(3), -1), lambda: random.sample([1, 2], 1, counts=[1]),
             lambda: random.choices([1, 2], cum_weights=[0, 0]), lambda: random.seed([1]),
             lambda: random.getrandbits("3"), lambda: random.shuffle((1, 2)), lambda: random.choice(7)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
