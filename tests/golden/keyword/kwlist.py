import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.softkwlist)
print(keyword.__all__)
