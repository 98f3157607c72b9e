# Parameter binding: qmark and named styles, mappings, and the errors of bad bindings.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE city (name TEXT, country TEXT, population INTEGER)")
rows = [("Lyon", "FR", 522250), ("Porto", "PT", 231800), ("Graz", "AT", 291072)]
db.executemany("INSERT INTO city VALUES (?, ?, ?)", rows)
db.execute("INSERT INTO city VALUES (:name, :country, :pop)",
           {"name": "Basel", "country": "CH", "pop": 177595, "unused": 1})
db.execute("INSERT INTO city VALUES ($n, @c, :p)", {"n": "Gent", "c": "BE", "p": 265086})
db.execute("INSERT INTO city VALUES (?1, ?2, ?1)", ("same", "XX"))
print(db.execute("SELECT * FROM city WHERE population > ? ORDER BY name", [250000]).fetchall())
print(db.execute("SELECT name FROM city WHERE country = :c", {"c": "PT"}).fetchone())
print(db.execute("SELECT count(*) FROM city WHERE name LIKE ?", "%").fetchone())
print(db.execute("SELECT ?, ?, ?", (None, 1.5, b"\x00\xff")).fetchone())


class Lookup(dict):
    def __missing__(self, key):
        return "missing-" + key


print(db.execute("SELECT :a, :b", Lookup(a="given")).fetchone())

cases = [
    ("SELECT ?, ?", (1,)),
    ("SELECT ?", (1, 2)),
    ("SELECT :x, :y", {"x": 1}),
    ("SELECT ?, ?", {"a": 1}),
    ("SELECT ?", 42),
    ("SELECT ?", ([1, 2],)),
    ("SELECT ?", ({"a": 1},)),
    ("SELECT ?", (2 ** 63,)),
    ("SELECT ?", (-(2 ** 63) - 1,)),
    ("SELECT ?", (2 ** 63 - 1,)),
    ("SELECT 1; SELECT 2", ()),
]
for sql, params in cases:
    try:
        print("ok", db.execute(sql, params).fetchall())
    except Exception as e:
        print(type(e).__name__ + ":", e)
db.close()
