# An IntegrityError nobody catches ends the program with its traceback.
import sqlite3

db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE tags (name TEXT UNIQUE)")
for name in ["red", "green", "red"]:
    db.execute("INSERT INTO tags VALUES (?)", (name,))
    print("tagged", name)
