# SQLite's storage classes as Python sees them, type affinity, and text_factory.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n NUMERIC, anything)")
values = [
    (1, 2.5, "text", b"\x01\x02", "10", None),
    (True, 3, "ünïcödé ✓", bytearray(b"ab"), "1.5", 7),
    (-(2 ** 63), 1e300, "", memoryview(b"xyz"), "abc", 0.1),
    ("42", "3.25", 99, b"", 2.0, "x" * 5),
]
db.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", values)
for row in db.execute("SELECT * FROM t"):
    print(row)
    print("   ", [type(v).__name__ for v in row])
print(db.execute("SELECT typeof(i), typeof(r), typeof(s), typeof(b), typeof(n) FROM t").fetchall())
print(db.execute("SELECT 1/2, 1.0/2, 7 % 3, 'a' || 'b', length(x'00ff'), upper('abc')").fetchone())
print(db.execute("SELECT max(r), min(i), sum(r), avg(i), total(i) FROM t").fetchone())
print(db.execute("SELECT 9223372036854775807 + 0, -9223372036854775808").fetchone())
print(db.execute("SELECT CAST('12' AS INTEGER), CAST(3.9 AS INTEGER), CAST(5 AS TEXT)").fetchone())
print(db.execute("SELECT NULL IS NULL, NULL = NULL, coalesce(NULL, 'fallback')").fetchone())
db.text_factory = bytes
print(db.execute("SELECT s FROM t LIMIT 2").fetchall())
db.text_factory = lambda b: b.decode().upper()
print(db.execute("SELECT s, i FROM t LIMIT 2").fetchall())
db.text_factory = str
print(db.execute("SELECT hex(b), quote(s) FROM t").fetchall())
