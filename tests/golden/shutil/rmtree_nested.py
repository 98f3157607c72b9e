import os
import shutil
from _scratch import scratch, write, tree

with scratch():
    for i in range(3):
        for j in range(3):
            write(f"data/part{i}/chunk{j}.bin", "0" * 10)
    write("data/.hidden/secret", "s")
    print(len(tree("data")))
    shutil.rmtree("data/part1")
    print(tree("data"))
    shutil.rmtree("data")
    print(os.listdir("."))
