from contextlib import suppress, nullcontext

with suppress(FileNotFoundError, KeyError):
    {}["missing"]
print("suppressed")
with nullcontext(5) as v:
    print(v)
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError:", e)
