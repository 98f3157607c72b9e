# Python functions called from SQL with create_function.
import hashlib
import re
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE files (path TEXT, body BLOB)")
db.executemany("INSERT INTO files VALUES (?, ?)", [
    ("src/main.py", b"print('hi')"),
    ("README.md", b"# Title"),
    ("src/util.py", b""),
])


def sha(data):
    return hashlib.sha1(data).hexdigest()[:10]


def ext(path):
    m = re.search(r"\.(\w+)$", path)
    return m.group(1) if m else None


db.create_function("sha", 1, sha, deterministic=True)
db.create_function("ext", 1, ext)
db.create_function("regexp", 2, lambda pattern, value: re.search(pattern, value) is not None)
db.create_function("pair", -1, lambda *args: "/".join(map(str, args)))
db.create_function("half", 1, lambda x: x / 2)
db.create_function("nil", 0, lambda: None)
db.create_function("blob", 1, lambda n: bytes(range(n)))
for row in db.execute("SELECT path, sha(body), ext(path) FROM files ORDER BY path"):
    print(row)
print(db.execute("SELECT path FROM files WHERE path REGEXP '^src/'").fetchall())
print(db.execute("SELECT pair(), pair(1), pair(1, 'a', 2.5, NULL)").fetchone())
print(db.execute("SELECT half(5), half(2.5), nil(), blob(3)").fetchone())

db.create_function("boom", 1, lambda x: 1 // x)
db.create_function("bad_result", 0, lambda: [1, 2])
for sql in ("SELECT boom(1)", "SELECT boom(0)", "SELECT bad_result()", "SELECT half(1, 2)",
            "SELECT unknown_fn(1)"):
    try:
        print(sql, "->", db.execute(sql).fetchall())
    except sqlite3.OperationalError as e:
        print(sql, "-> OperationalError:", e)

calls = []
db.create_function("track", 1, lambda x: calls.append(x) or x * 10)
print(db.execute("SELECT track(value) FROM (SELECT 1 AS value UNION ALL SELECT 2)").fetchall())
print("calls:", calls)
