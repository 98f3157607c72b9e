import csv
import io

SALES = """region,product,units,price
north,apple,10,0.50
south,apple,4,0.55
north,pear,7,0.75
east,plum,12,0.30
south,pear,3,0.80
"""
totals = {}
for row in csv.DictReader(io.StringIO(SALES)):
    totals[row["region"]] = totals.get(row["region"], 0) + int(row["units"]) * float(row["price"])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "revenue"])
for region in sorted(totals):
    w.writerow([region, f"{totals[region]:.2f}"])
print(out.getvalue(), end="")
