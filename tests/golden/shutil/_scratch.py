"""A scratch directory for a test, removed afterwards without shutil (which is under test)."""
import os


class scratch:
    def __enter__(self):
        self.root = f"/tmp/corun-shutil-test-{os.getpid()}"
        os.makedirs(self.root)
        self.old = os.getcwd()
        os.chdir(self.root)
        return self.root

    def __exit__(self, *exc):
        os.chdir(self.old)
        for top, dirs, files in list(os.walk(self.root, topdown=False)):
            for f in files:
                os.remove(os.path.join(top, f))
            os.rmdir(top)


def write(path, text):
    d = os.path.dirname(path)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


def tree(top="."):
    out = []
    for d, dirs, files in os.walk(top):
        for f in files:
            out.append(os.path.relpath(os.path.join(d, f), top))
        for sub in dirs:
            out.append(os.path.relpath(os.path.join(d, sub), top) + "/")
    return sorted(out)
