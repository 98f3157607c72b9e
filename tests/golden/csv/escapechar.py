import csv
import io

print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(["x\\", "y"], escapechar="\\")))
buf = io.StringIO()
w = csv.writer(buf, escapechar="\\", doublequote=False)
w.writerow(['say "hi"', "back\\slash", "a,b"])
print(repr(buf.getvalue()))
try:
    csv.writer(io.StringIO(), doublequote=False).writerow(['"'])
except csv.Error as e:
    print("Error:", e)
