import keyword

kw = keyword.kwlist
print(type(kw).__name__, type(keyword.softkwlist).__name__)
print("print" in kw, "True" in kw, "async" in kw)
print(keyword.iskeyword("True"), keyword.iskeyword("true"))
