import glob
from _tree import scratch

FILES = ["src/main.c", "src/util.c", "src/util.h", "include/api.h", "README.md", "Makefile",
         "src/sub/extra.c", "tests/test_main.c"]
with scratch(FILES):
    print(sorted(glob.glob("src/*.c")))
    print(sorted(glob.glob("*/*.h")))
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob("src/*")))
    print(sorted(glob.glob("*/*/*.c")))
    print(glob.glob("nothing/*.c"))
    print(glob.glob("Makefile"), glob.glob("missing.txt"))
