import csv

print(csv.field_size_limit())
print(csv.field_size_limit(8))
try:
    list(csv.reader(["short,much too long field"]))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(["12345678,ok"])))
print(csv.field_size_limit(131072))
try:
    csv.field_size_limit("big")
except TypeError as e:
    print("TypeError:", e)
