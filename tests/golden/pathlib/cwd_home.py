# Where paths point: cwd, home, absolute, resolve.
import os
from pathlib import Path

print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")))
print(Path("x").absolute() == Path.cwd() / "x", Path("a/../b").resolve() == Path.cwd() / "b")
print(Path("/etc").absolute(), Path("~").expanduser() == Path.home())
print(Path("/etc").exists(), Path("/etc").is_dir(), Path("/no/such/thing").exists())
