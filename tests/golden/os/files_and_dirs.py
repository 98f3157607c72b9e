# Making, listing, renaming and removing files and folders.
import os

d = f"tmp_os_{os.getpid()}"
os.mkdir(d)
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d))
f = os.path.join(d, "f.txt")
with open(f, "w") as out:
    out.write("hello")
print(os.listdir(d), os.path.getsize(f), os.stat(f).st_size, os.path.isfile(f))
os.makedirs(os.path.join(d, "x", "y"))
os.makedirs(os.path.join(d, "x", "y"), exist_ok=True)
for bad in [lambda: os.makedirs(os.path.join(d, "x")), lambda: os.mkdir(d)]:
    try:
        bad()
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
print(sorted((os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)))
os.rename(f, os.path.join(d, "g.txt"))
print(sorted(os.listdir(d)))
try:
    os.rename(os.path.join(d, "nope"), os.path.join(d, "z"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
try:
    os.remove(os.path.join(d, "x"))
except OSError as e:
    print(type(e).__name__, e.strerror)
os.remove(os.path.join(d, "g.txt"))
os.removedirs(os.path.join(d, "x", "y"))
print(os.path.exists(d))
for bad in [lambda: os.listdir("no_such_dir"), lambda: os.remove("no_such_file"),
            lambda: os.rmdir("no_such_dir"), lambda: os.chdir("no_such_dir")]:
    try:
        bad()
    except FileNotFoundError as e:
        print(e)
