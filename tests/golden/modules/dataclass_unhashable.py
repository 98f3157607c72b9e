from dataclasses import dataclass

@dataclass
class P:
    x: int

try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)

@dataclass(eq=False)
class Q:
    x: int

print(Q(1) == Q(1), len({Q(1), Q(1)}))
