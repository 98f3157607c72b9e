import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["id", "name", "note"]))
w.writerow([1, "Widget", "has, comma"])
w.writerow([2, 'Gadget "Pro"', "line\nbreak"])
w.writerow([3, None, 4.5])
w.writerows([[4, "", True], [5, " padded ", "x"]])
print(repr(buf.getvalue()))
print(buf.getvalue(), end="")
