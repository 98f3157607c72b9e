# os.walk top-down and bottom-up over a small tree.
import os

root = f"walk_{os.getpid()}"
for d in ["a/b", "a/c", "d"]:
    os.makedirs(os.path.join(root, d))
for f in ["a/x.txt", "a/b/y.txt", "top.txt"]:
    with open(os.path.join(root, f), "w") as out:
        out.write(f)
for top in [True, False]:
    seen = [(os.path.relpath(p, root), sorted(ds), sorted(fs)) for p, ds, fs in os.walk(root, topdown=top)]
    print(top, sorted(seen))
total = 0
for p, ds, fs in os.walk(root):
    for f in fs:
        total += os.path.getsize(os.path.join(p, f))
print(total)
for p, ds, fs in sorted(os.walk(root, topdown=False), key=lambda t: -len(t[0])):
    for f in fs:
        os.remove(os.path.join(p, f))
    os.rmdir(p)
print(os.path.exists(root))
