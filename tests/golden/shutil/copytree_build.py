import shutil
from _scratch import scratch, write, tree

with scratch():
    for f in ["src/app.py", "src/util.py", "src/__pycache__/app.cpython-311.pyc", "src/data/a.json",
              "src/notes.tmp", "README.md"]:
        write(f, f)
    print(shutil.copytree("src", "dist", ignore=shutil.ignore_patterns("__pycache__", "*.tmp")))
    print(tree("dist"))
    try:
        shutil.copytree("src", "dist")
    except FileExistsError as e:
        print("FileExistsError:", e)
    shutil.copytree("src", "dist", dirs_exist_ok=True)
    print(tree("dist"))
    log = []
    shutil.copytree("src/data", "copied", copy_function=lambda s, d: log.append((s, d)) or d)
    print(log, tree("copied"))
