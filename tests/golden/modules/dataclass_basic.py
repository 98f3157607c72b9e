from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

p = Point(1, 2)
print(p, p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p == (1, 2))
p.x = 10
print(p)
