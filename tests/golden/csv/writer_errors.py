import csv
import io

for f in [lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
          lambda: csv.writer(42)]:
    try:
        f()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
buf = io.StringIO()
w = csv.writer(buf)
w.writerow([""])
w.writerow([None])
w.writerow([])
w.writerow(iter(["gen", "row"]))
w.writerow("abc")
print(repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator))
