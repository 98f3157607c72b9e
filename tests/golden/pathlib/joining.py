# Building paths with / and joinpath.
from pathlib import Path, PurePath

print(Path("a") / "b" / "c", "x" / Path("y"), Path("/a") / "/b", Path("a").joinpath("b", "c"))
print(Path(), Path("a", "b"), Path("a", Path("b"), "c"), PurePath("a", "/abs", "x"))
base = Path("/srv/app")
for name in ["config.toml", "logs/today.log", "../shared/data.csv"]:
    print(base / name)
try:
    Path(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Path("a") / 5
except TypeError as e:
    print("TypeError:", e)
