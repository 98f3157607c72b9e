import csv
import io

text = 'id,comment\r\n1,"first line\r\nsecond line"\r\n2,"He said ""hi""\nthen left"\r\n3,plain\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
buf = io.StringIO(newline="")
csv.writer(buf).writerow(["x", "multi\nline"])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=""))))
