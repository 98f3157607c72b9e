import itertools

print(list(itertools.zip_longest("ABCD", "xy")))
print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest()), list(itertools.zip_longest([], [])))
print(list(itertools.zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
