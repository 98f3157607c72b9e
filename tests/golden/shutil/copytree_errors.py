import os
import shutil
from _scratch import scratch, write

with scratch():
    write("src/a.txt", "a")
    write("src/b.txt", "b")

    def flaky_copy(s, d):
        if s.endswith("b.txt"):
            raise OSError(5, "Input/output error", s)
        return shutil.copy2(s, d)

    try:
        shutil.copytree("src", "dst", copy_function=flaky_copy)
    except shutil.Error as e:
        problems = e.args[0]
        print(len(problems), [os.path.basename(p[0]) for p in problems], problems[0][2])
    print(sorted(os.listdir("dst")))
