# Dealing cards with SystemRandom: every card appears exactly once.
import secrets

suits, ranks = "SHDC", "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
rng = secrets.SystemRandom()
rng.shuffle(deck)
hands = [deck[i::4][:13] for i in range(4)]
print([len(h) for h in hands], sorted(sum(hands, [])) == sorted(r + s for s in suits for r in ranks))
print(len(set(rng.sample(deck, 5))), rng.choice(deck) in deck)
