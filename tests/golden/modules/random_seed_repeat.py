import random


def draw():
    return [random.randint(1, 100) for _ in range(5)], random.choice("xyz"), random.random()


random.seed(2023)
first = draw()
random.seed(2023)
print(first == draw(), first)
random.seed(10**30)
print(draw())
random.seed(0)
print([round(random.uniform(0, 1), 4) for _ in range(4)])
