# secrets.choice over different sequences.
import secrets

for seq in [[1], "a", (None,), range(5, 6), [0, 1] * 3, "xyz", range(10**6, 10**6 + 3)]:
    picks = {secrets.choice(seq) for _ in range(100)}
    print(type(seq).__name__, picks <= set(seq))
print(secrets.choice(["only"]))
