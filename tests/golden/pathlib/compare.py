# Paths compare, sort and hash by their text.
from pathlib import Path, PurePath

print(Path("a") == PurePath("a"), Path("a") == Path("a/"), Path("a") == "a")
print(Path("b") > Path("a"), sorted([Path("b"), Path("a/c"), Path("a")]))
print(hash(Path("a")) == hash(Path("a")), len({Path("a"), Path("a/"), Path("./a")}))
print(type(Path("x")).__name__, isinstance(Path("x"), PurePath), type(PurePath("x")).__name__)
try:
    Path("a") < "b"
except TypeError as e:
    print("TypeError:", e)
