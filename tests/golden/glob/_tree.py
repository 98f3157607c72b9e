"""Builds a scratch directory tree for a test and removes it afterwards."""
import os


class scratch:
    def __init__(self, files, dirs=()):
        self.root = f"/tmp/corun-glob-test-{os.getpid()}"
        self.files = files
        self.dirs = dirs

    def __enter__(self):
        self.old = os.getcwd()
        os.makedirs(self.root)
        for d in self.dirs:
            os.makedirs(os.path.join(self.root, d), exist_ok=True)
        for f in self.files:
            path = os.path.join(self.root, f)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write(f)
        os.chdir(self.root)
        return self.root

    def __exit__(self, *exc):
        os.chdir(self.old)
        for top, dirs, files in list(os.walk(self.root, topdown=False)):
            for f in files:
                os.remove(os.path.join(top, f))
            os.rmdir(top)
