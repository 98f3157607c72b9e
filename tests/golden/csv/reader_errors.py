import csv

cases = [
    (['a,"b"c'], {"strict": True}), (['"unterminated'], {"strict": True}),
    (['"unterminated'], {}), (["a\rb"], {}), ([b"bytes,line"], {}),
    (['1,x'], {"quoting": csv.QUOTE_NONNUMERIC}), (['a,"b"c'], {}),
]
for lines, kw in cases:
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
