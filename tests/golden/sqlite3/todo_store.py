# A small todo store kept in an SQLite file: add, complete, list and purge tasks.
import os
import sqlite3
import tempfile


class TodoStore:
    def __init__(self, path):
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        with self.db:
            self.db.execute(
                """CREATE TABLE IF NOT EXISTS todo (
                       id INTEGER PRIMARY KEY AUTOINCREMENT,
                       title TEXT NOT NULL,
                       priority INTEGER DEFAULT 2,
                       done INTEGER NOT NULL DEFAULT 0
                   )"""
            )

    def add(self, title, priority=2):
        with self.db:
            cur = self.db.execute(
                "INSERT INTO todo (title, priority) VALUES (?, ?)", (title, priority)
            )
        return cur.lastrowid

    def complete(self, todo_id):
        with self.db:
            cur = self.db.execute("UPDATE todo SET done = 1 WHERE id = ?", (todo_id,))
        return cur.rowcount == 1

    def pending(self):
        return self.db.execute(
            "SELECT id, title, priority FROM todo WHERE done = 0 ORDER BY priority, id"
        ).fetchall()

    def purge(self):
        with self.db:
            return self.db.execute("DELETE FROM todo WHERE done = 1").rowcount

    def close(self):
        self.db.close()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "todo.db")
    store = TodoStore(path)
    ids = [store.add(t, p) for t, p in [("write report", 1), ("buy milk", 3), ("call bob", 2),
                                         ("fix bike", 2)]]
    print("added", ids)
    print("complete 2:", store.complete(2), "complete 99:", store.complete(99))
    for row in store.pending():
        print(f"  [{row['priority']}] #{row['id']} {row['title']}")
    print("purged", store.purge())
    store.close()

    # Reopen the file: what was committed is still there.
    again = TodoStore(path)
    print("after reopen:", [tuple(r) for r in again.pending()])
    print("keys:", again.pending()[0].keys())
    print("exists:", os.path.exists(path), os.path.getsize(path) > 0)
    again.close()
