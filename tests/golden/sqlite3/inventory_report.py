# A warehouse report: joins, grouping and aggregates over a small inventory kept in a file.
import os
import sqlite3
import tempfile

SCHEMA = """
CREATE TABLE product (sku TEXT PRIMARY KEY, name TEXT NOT NULL, price REAL NOT NULL);
CREATE TABLE stock (sku TEXT REFERENCES product(sku), site TEXT, qty INTEGER,
                    PRIMARY KEY (sku, site));
CREATE INDEX stock_site ON stock(site);
"""

products = [("A1", "bolt", 0.25), ("B2", "nut", 0.1), ("C3", "washer", 0.05), ("D4", "gear", 12.5)]
stock = [("A1", "north", 1000), ("A1", "south", 250), ("B2", "north", 4000), ("C3", "south", 0),
         ("D4", "north", 12), ("D4", "south", 3)]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "inventory.sqlite")
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
        db.executemany("INSERT INTO product VALUES (?, ?, ?)", products)
        db.executemany("INSERT INTO stock VALUES (?, ?, ?)", stock)
    db.close()

    db = sqlite3.connect(path)
    print("tables:", [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")])
    print("\nvalue by site")
    for site, items, value in db.execute("""
            SELECT s.site, sum(s.qty), round(sum(s.qty * p.price), 2)
            FROM stock s JOIN product p USING (sku)
            GROUP BY s.site ORDER BY s.site"""):
        print(f"  {site:<6} {items:>6} {value:>10.2f}")
    print("\nout of stock or low")
    for name, site, qty in db.execute(
            "SELECT p.name, s.site, s.qty FROM stock s JOIN product p ON p.sku = s.sku "
            "WHERE s.qty < ? ORDER BY s.qty, p.name", (20,)):
        print(f"  {name} @ {site}: {qty}")
    print("\nproducts never stocked south:", db.execute("""
        SELECT name FROM product WHERE sku NOT IN (SELECT sku FROM stock WHERE site = 'south')
        ORDER BY name""").fetchall())
    print("price band:", db.execute("""
        SELECT CASE WHEN price < 1 THEN 'cheap' ELSE 'dear' END AS band, count(*)
        FROM product GROUP BY band ORDER BY band""").fetchall())
    with db:
        n = db.execute("UPDATE product SET price = round(price * 1.1, 3) WHERE price < ?",
                       (1,)).rowcount
    print("repriced:", n, db.execute("SELECT price FROM product ORDER BY sku").fetchall())
    print("group_concat:", db.execute(
        "SELECT group_concat(site, ',') FROM (SELECT site FROM stock WHERE sku='A1' ORDER BY site)"
    ).fetchone()[0])
    db.close()
