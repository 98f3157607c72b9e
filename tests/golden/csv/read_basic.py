import csv
import io

data = 'name,city,score\nAnn,"New York, NY",90\nBob,Paris,85\n"Cy ""The Kid""",Rome,77\n'
for row in csv.reader(io.StringIO(data)):
    print(row)
print(list(csv.reader(["a,b,c", "1,2,3"])))
print(list(csv.reader(['', 'x', ',', ',,', '""', '"",""'])))
