import csv
import os

path = f"/tmp/corun-csv-test-{os.getpid()}.csv"
rows = [["city", "population"], ["Zürich", 421878], ["São Paulo", 12325232], ["Multi\nline", 1]]
with open(path, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerows(rows)
with open(path, newline="", encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    print(header)
    for row in reader:
        print(reader.line_num, row)
with open(path, newline="") as f:
    print([r["city"] for r in csv.DictReader(f)])
os.remove(path)
