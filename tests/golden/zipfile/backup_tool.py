# A backup tool: zips a project folder (deflated), checks the archive and restores it elsewhere.
import hashlib
import os
import tempfile
import time
import zipfile

STAMP = time.mktime((2024, 3, 9, 14, 25, 36, 0, 0, -1))
FILES = {
    "README.md": b"# Project\n\nSome notes.\n" * 3,
    "src/main.py": b"print('hello')\n",
    "src/util/strings.py": b"def shout(s):\n    return s.upper()\n" * 40,
    "data/table.csv": b"".join(b"%d,%d\n" % (i, i * i) for i in range(200)),
    "data/blob.bin": bytes((i * 37) % 256 for i in range(3000)),
}


def make_tree(root):
    for rel, body in FILES.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(body)
        os.utime(path, (STAMP, STAMP))
    os.makedirs(os.path.join(root, "empty"))
    for dirpath, dirnames, _ in os.walk(root):
        for d in dirnames:
            os.utime(os.path.join(dirpath, d), (STAMP, STAMP))


def backup(root, archive):
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, root)
            if rel_dir != "." and not filenames and not dirnames:
                zf.write(dirpath, rel_dir)
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                zf.write(full, os.path.relpath(full, root))


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "project")
    make_tree(src)
    os.chmod(os.path.join(src, "src/main.py"), 0o755)
    archive = os.path.join(tmp, "backup.zip")
    backup(src, archive)
    with open(archive, "rb") as f:
        raw = f.read()
    print("archive bytes:", len(raw), hashlib.sha256(raw).hexdigest())
    print("is zip:", zipfile.is_zipfile(archive))
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            ratio = info.compress_size / info.file_size if info.file_size else 0
            print(f"  {info.filename:24} {info.file_size:6} -> {info.compress_size:5} "
                  f"({ratio:.0%}) {info.date_time} {oct(info.external_attr >> 16)}")
        print("test:", zf.testzip())
        restore = os.path.join(tmp, "restore")
        zf.extractall(restore)
    for rel, body in FILES.items():
        with open(os.path.join(restore, rel), "rb") as f:
            assert f.read() == body, rel
    print("restored:", sorted(os.path.relpath(os.path.join(d, n), restore)
                              for d, _, names in os.walk(restore) for n in names))
    print("empty dir restored:", os.path.isdir(os.path.join(restore, "empty")))
