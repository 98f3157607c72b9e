import csv
import io

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
print(list(csv.reader(["a|b\\|c|d"], "pipes")))
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["x|y", "z"])
print(repr(buf.getvalue()))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semi)
print(list(csv.reader(["a; 'b;c'; d"], "semi")))
print(list(csv.reader(["a; b"], Semi, skipinitialspace=False)))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("pipes")
for f in [lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"),
          lambda: csv.reader([], "nosuch"), lambda: csv.register_dialect(5)]:
    try:
        f()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
