import csv
import io

text = "id,name,email\n1,Ann,ann@example.org\n\n2,Bob\n3,Cy,cy@x.org,extra1,extra2\n"
r = csv.DictReader(io.StringIO(text), restkey="more", restval="N/A")
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(["a;b", "1;2"], fieldnames=["x", "y"], delimiter=";")
print(list(r))
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)
r = csv.DictReader(io.StringIO("k,v\n1,2\n"), fieldnames=iter(["p", "q"]))
try:
    print(r.fieldnames, list(r))
except TypeError as e:
    print("TypeError:", e)
