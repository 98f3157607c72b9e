class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def add(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)


class Particle:
    def __init__(self, pos: Vec, vel: Vec) -> None:
        self.pos = pos
        self.vel = vel

    def step(self) -> None:
        self.pos = self.pos.add(self.vel)


parts = [Particle(Vec(i, 0), Vec(1, i % 7)) for i in range(100)]
for _ in range(3000):
    for p in parts:
        p.step()
print(sum(p.pos.x for p in parts), sum(p.pos.y for p in parts))
