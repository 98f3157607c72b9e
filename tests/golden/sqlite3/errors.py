# The exception classes sqlite3 raises, with SQLite's messages, codes and names.
import sqlite3

def db_error_is(cls):
    return sqlite3.connect(":memory:").Error is cls


print([c.__name__ for c in sqlite3.IntegrityError.__mro__])
print(issubclass(sqlite3.OperationalError, sqlite3.DatabaseError),
      issubclass(sqlite3.InterfaceError, sqlite3.Error),
      issubclass(sqlite3.Warning, Exception), db_error_is(sqlite3.Error))

db = sqlite3.connect(":memory:")
db.executescript("""
    CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL,
                        age INTEGER CHECK (age >= 0));
    CREATE TABLE posts (id INTEGER PRIMARY KEY,
                        user_id INTEGER NOT NULL REFERENCES users(id));
    PRAGMA foreign_keys = ON;
    INSERT INTO users VALUES (1, 'a@example.com', 30);
""")


def attempt(sql, params=()):
    try:
        db.execute(sql, params)
        print("ok:", sql)
    except sqlite3.Error as e:
        code = getattr(e, "sqlite_errorcode", None)
        name = getattr(e, "sqlite_errorname", None)
        print(f"{type(e).__name__}: {e} [{code} {name}]")


attempt("INSERT INTO users VALUES (2, 'a@example.com', 1)")
attempt("INSERT INTO users VALUES (1, 'b@example.com', 1)")
attempt("INSERT INTO users VALUES (3, NULL, 1)")
attempt("INSERT INTO users VALUES (4, 'c@example.com', -5)")
attempt("INSERT INTO posts VALUES (1, 77)")
attempt("SELECT * FROM missing")
attempt("SELECT nope FROM users")
attempt("SELEC 1")
attempt("CREATE TABLE users (x)")
attempt("INSERT INTO users VALUES (1, 2)")
attempt("SELECT 1; SELECT 2")
attempt("")
attempt("   -- only a comment")

try:
    db.executescript("CREATE TABLE ok (a); CREATE TABLE ok (b);")
except sqlite3.OperationalError as e:
    print("script:", e)
print(db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall())

try:
    db.execute(b"SELECT 1")
except TypeError as e:
    print("TypeError:", e)
try:
    db.executescript(5)
except TypeError as e:
    print("TypeError:", e)

cur = db.cursor()
cur.close()
try:
    cur.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("closed cursor:", e)
db.close()
db.close()
for action in (lambda: db.execute("SELECT 1"), db.commit, db.cursor, lambda: db.total_changes):
    try:
        action()
    except sqlite3.ProgrammingError as e:
        print("closed db:", e)
try:
    sqlite3.connect("/nonexistent-dir/sub/x.db")
except sqlite3.OperationalError as e:
    print("connect:", e)
