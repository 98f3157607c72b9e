# An application reading the data files shipped in its package.
import sys

sys.dont_write_bytecode = True

import csv
import importlib.resources as resources
import io

import res_pkg

root = resources.files(res_pkg)
print(type(root).__name__, root.name, root == resources.files("res_pkg"))
template = (root / res_pkg.GREETING_FILE).read_text(encoding="utf-8")
print(template.format(name="Ada", place="the lab"), end="")
with (root / "users.csv").open(newline="") as f:
    print([row["name"] for row in csv.DictReader(f)])
print((root / "users.csv").read_bytes()[:7])
print(sorted(p.name for p in root.iterdir() if p.suffix in (".txt", ".csv")))
print((root / "missing.txt").is_file())
with resources.as_file(root / "greeting.txt") as path:
    print(path.name, path.exists())

# The older functions still work, with a warning each.
print(resources.read_text("res_pkg", "greeting.txt").splitlines()[0])
print(resources.read_binary(res_pkg, "users.csv").count(b"\n"))
print(resources.is_resource("res_pkg", "users.csv"), resources.is_resource("res_pkg", "nope"))
print(sorted(n for n in resources.contents("res_pkg") if not n.startswith("__")))
with resources.open_text("res_pkg", "users.csv") as f:
    print(f.readline().strip())
with resources.path("res_pkg", "greeting.txt") as p:
    print(p.name)
try:
    resources.read_text("res_pkg", "sub/greeting.txt")
except ValueError as e:
    print("ValueError:", e)

# Only packages have resources.
import csv as not_a_package
for anchor in ("csv", "res_pkg.nothing"):
    try:
        resources.files(anchor)
    except (TypeError, ModuleNotFoundError) as e:
        print(type(e).__name__, e)
