# Making, reading, listing and removing files with Path.
import os
from pathlib import Path

d = Path(f"pathlib_fs_{os.getpid()}")
d.mkdir()
(d / "sub" / "deep").mkdir(parents=True)
(d / "sub").mkdir(exist_ok=True)
try:
    d.mkdir()
except FileExistsError as e:
    print("FileExistsError:", e.strerror)
print((d / "a.txt").write_text("hello\nworld\n"), (d / "a.txt").read_text().splitlines())
print((d / "a.txt").exists(), (d / "a.txt").is_file(), d.is_dir(), (d / "nope").exists())
(d / "b.py").write_text("x = 1\n")
(d / "sub" / "c.py").write_text("")
(d / "sub" / "deep" / "d.py").touch()
print(sorted(p.name for p in d.iterdir()))
rel = lambda ps: sorted(str(p.relative_to(d)) for p in ps)
print(rel(d.glob("*.py")), rel(d.glob("**/*.py")), rel(d.rglob("*.py")), rel(d.glob("s*/*")))
with (d / "a.txt").open() as f:
    print(f.readline().strip())
(d / "a.txt").rename(d / "z.txt")
print((d / "z.txt").exists(), (d / "a.txt").exists())
(d / "z.txt").unlink()
(d / "z.txt").unlink(missing_ok=True)
try:
    (d / "z.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
print((d / "b.py").stat().st_size, os.fspath(d / "q") == str(d) + "/q")
for p in [d / "b.py", d / "sub" / "c.py", d / "sub" / "deep" / "d.py"]:
    p.unlink()
(d / "sub" / "deep").rmdir()
(d / "sub").rmdir()
d.rmdir()
print(d.exists())
