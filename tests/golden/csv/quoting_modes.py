import csv
import io

row = ["text", 42, 3.5, "", None, "a,b", 'q"q', True]
for mode in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"]:
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, mode)).writerow(row)
    print(mode, getattr(csv, mode), repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(row)
print("QUOTE_NONE", repr(buf.getvalue()))
print(list(csv.reader(['"a",1,"2",3.5,-1e3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
