# Aggregate functions written as Python classes (create_aggregate), with GROUP BY.
import sqlite3


class Median:
    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        if not self.values:
            return None
        v = sorted(self.values)
        mid = len(v) // 2
        return v[mid] if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


class Concat:
    def __init__(self):
        self.parts = []

    def step(self, value, sep):
        self.parts.append(str(value))
        self.sep = sep

    def finalize(self):
        return self.sep.join(self.parts)


class BadStep:
    def step(self, value):
        raise ValueError("nope")

    def finalize(self):
        return 0


class BadFinal:
    def step(self, value):
        pass

    def finalize(self):
        return [1]


class BadInit:
    def __init__(self):
        raise RuntimeError("cannot start")


db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE latency (service TEXT, ms REAL)")
db.executemany("INSERT INTO latency VALUES (?, ?)", [
    ("api", 12.0), ("api", 15.5), ("api", 9.0), ("db", 3.0), ("db", 4.0), ("db", None),
    ("web", 120.0)])
db.create_aggregate("median", 1, Median)
db.create_aggregate("concat", 2, Concat)
print(db.execute("SELECT service, median(ms), count(ms) FROM latency GROUP BY service "
                 "ORDER BY service").fetchall())
print(db.execute("SELECT median(ms) FROM latency WHERE service = 'none'").fetchone())
print(db.execute("SELECT concat(service, '|') FROM (SELECT DISTINCT service FROM latency "
                 "ORDER BY service)").fetchone())
for cls in (BadStep, BadFinal, BadInit):
    db.create_aggregate(cls.__name__.lower(), 1, cls)
    try:
        print(db.execute(f"SELECT {cls.__name__.lower()}(ms) FROM latency").fetchone())
    except sqlite3.OperationalError as e:
        print(cls.__name__, "->", e)
