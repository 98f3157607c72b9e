# sqlite3.Row as a row_factory, and custom row factories.
import sqlite3
from collections import namedtuple

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE book (isbn TEXT, Title TEXT, year INTEGER)")
db.executemany("INSERT INTO book VALUES (?, ?, ?)", [
    ("978-0", "Dune", 1965), ("978-1", "Neuromancer", 1984)])

db.row_factory = sqlite3.Row
row = db.execute("SELECT * FROM book ORDER BY year").fetchone()
print(type(row).__name__, len(row), row.keys())
print(row["title"], row["TITLE"], row["Title"], row[0], row[-1], row[1:])
print(list(row), tuple(row), dict(zip(row.keys(), row)))
print(dict(row))
print(row == db.execute("SELECT * FROM book ORDER BY year").fetchone(), row == tuple(row))
print(hash(row) == hash(db.execute("SELECT * FROM book ORDER BY year").fetchone()))
for key in ("missing", 7, 1.5):
    try:
        row[key]
    except IndexError as e:
        print("IndexError:", e)

cur = db.cursor()
db.row_factory = None
print("cursor keeps its factory:", type(cur.execute("SELECT 1").fetchone()).__name__)
print("new cursor:", type(db.execute("SELECT 1").fetchone()).__name__)


def dict_factory(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}


db.row_factory = dict_factory
print(db.execute("SELECT title, year FROM book").fetchall())
Book = namedtuple("Book", "isbn title year")
db.row_factory = lambda cursor, row: Book(*row)
print(db.execute("SELECT * FROM book WHERE year > ?", (1970,)).fetchall())
cur = db.cursor()
cur.row_factory = lambda cursor, row: row[1].upper()
print(cur.execute("SELECT * FROM book").fetchall())
db.row_factory = None
print(db.execute("SELECT 1 AS a").fetchone())
