import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["name", "qty", "unit"], restval="pcs")
print(w.writeheader())
w.writerow({"name": "bolt", "qty": 100})
w.writerows([{"name": "nut", "qty": 50, "unit": "box"}, {"name": "washer, flat", "qty": 7}])
print(buf.getvalue(), end="")
try:
    w.writerow({"name": "x", "colour": "red"})
except ValueError as e:
    print("ValueError:", e)
lax = csv.DictWriter(buf, ["name"], extrasaction="ignore")
lax.writerow({"name": "ok", "colour": "red"})
print(buf.getvalue().splitlines()[-1])
try:
    csv.DictWriter(buf, ["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError:", e)
