import random

random.seed(2024)
cards = list(range(20))
random.shuffle(cards)
print(cards)
words = ["a", "b", "c", "d"]
random.shuffle(words)
print(words)
empty = []
random.shuffle(empty)
print(empty)
