import glob
import os
from _tree import scratch

# A clean step: remove the build products, keep the sources.
FILES = ["a.c", "a.o", "b.c", "b.o", "lib/c.c", "lib/c.o", "lib/libc.a", "prog"]
with scratch(FILES):
    doomed = glob.glob("**/*.o", recursive=True) + glob.glob("**/*.a", recursive=True)
    for path in sorted(doomed):
        os.remove(path)
        print("removed", path)
    print(sorted(glob.glob("**/*", recursive=True)))
