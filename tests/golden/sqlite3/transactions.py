# Transactions: implicit BEGIN before DML, commit/rollback, the connection as a context manager,
# and autocommit mode with isolation_level=None.
import sqlite3

db = sqlite3.connect(":memory:")
print("isolation_level:", repr(db.isolation_level), "in_transaction:", db.in_transaction)
db.execute("CREATE TABLE account (name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))")
print("after DDL:", db.in_transaction)
db.executemany("INSERT INTO account VALUES (?, ?)", [("alice", 100), ("bob", 50)])
print("after insert:", db.in_transaction)
db.commit()
print("after commit:", db.in_transaction)


def transfer(src, dst, amount):
    try:
        with db:
            db.execute("UPDATE account SET balance = balance + ? WHERE name = ?", (amount, dst))
            db.execute("UPDATE account SET balance = balance - ? WHERE name = ?", (amount, src))
        print(f"moved {amount} from {src} to {dst}")
    except sqlite3.IntegrityError as e:
        print(f"refused {amount} from {src}: {e}")


def balances():
    return dict(db.execute("SELECT name, balance FROM account ORDER BY name"))


transfer("alice", "bob", 30)
transfer("bob", "alice", 500)
print(balances())

db.execute("UPDATE account SET balance = 0")
print("pending:", db.in_transaction, balances())
db.rollback()
print("rolled back:", db.in_transaction, balances())

try:
    with db:
        db.execute("INSERT INTO account VALUES ('carol', 10)")
        raise RuntimeError("abort the batch")
except RuntimeError as e:
    print("error:", e, "->", balances())

with db as same:
    print("context manager returns the connection:", same is db)

db.isolation_level = None
db.execute("INSERT INTO account VALUES ('dave', 5)")
print("autocommit:", db.in_transaction, db.isolation_level)
db.execute("BEGIN")
db.execute("DELETE FROM account WHERE name = 'dave'")
print("explicit begin:", db.in_transaction)
db.execute("ROLLBACK")
print(balances())
db.isolation_level = "IMMEDIATE"
db.execute("UPDATE account SET balance = balance + 1")
print("immediate:", db.in_transaction)
db.isolation_level = None
print("switching to None commits:", db.in_transaction, balances())
for bad in ("SERIALIZABLE", "deferred"):
    try:
        db.isolation_level = bad
        print("accepted", bad, db.isolation_level)
    except ValueError as e:
        print("ValueError:", e)
print("total_changes:", db.total_changes)
db.close()
