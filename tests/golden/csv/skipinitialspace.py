import csv

line = 'a, b,  "c, d" ,e'
print(list(csv.reader([line])))
print(list(csv.reader([line], skipinitialspace=True)))
print(list(csv.reader(["1; 2; 3"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(["x\ty\t\tz"], dialect="excel-tab")))
