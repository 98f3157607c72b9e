# Record classes made at run time from a schema, with dataclasses.make_dataclass.
from dataclasses import make_dataclass, field, fields, asdict, FrozenInstanceError

schema = {"users": [("id", int), ("name", str), ("tags", list, field(default_factory=list))],
          "points": ["x", "y"]}

User = make_dataclass("User", schema["users"], namespace={"label": lambda self: f"#{self.id} {self.name}"})
u = User(1, "ann")
print(u, u.label(), User.__name__, User.__qualname__)
print([(f.name, f.type) for f in fields(User)], asdict(User(2, "bob", ["x"])))
print(User(1, "ann") == u, User.__annotations__)

Point = make_dataclass("Point", schema["points"], frozen=True, order=True)
p, q = Point(1, 2), Point(1, 3)
print(p, p < q, [f.type for f in fields(Point)], hash(p) == hash(Point(1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

Base = make_dataclass("Base", [("kind", str, field(default="base"))])
Child = make_dataclass("Child", [("extra", int, field(default=0))], bases=(Base,))
print(Child(), Child("c", 3), issubclass(Child, Base))

for bad in (["ok", "ok"], ["class"], ["1x"], [("a", int, 1, 2)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
