import os
import shutil
from _scratch import scratch, write, tree

with scratch():
    for f in ["build/a.o", "build/sub/b.o", "build/sub/deeper/c.o", "keep.txt"]:
        write(f, "x")
    shutil.rmtree("build")
    print(tree(), os.path.exists("build"))
    try:
        shutil.rmtree("build")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    shutil.rmtree("build", ignore_errors=True)
    errors = []
    shutil.rmtree("nothing", onerror=lambda func, path, info: errors.append(
        (func.__name__, path, info[0].__name__)))
    print(errors)
