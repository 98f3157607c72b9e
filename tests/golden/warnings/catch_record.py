# catch_warnings(record=True) collects warnings instead of printing them.
import warnings


def legacy(x):
    warnings.warn(f"legacy({x}) is deprecated", DeprecationWarning)
    return x * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy(1)
    legacy(2)
    warnings.warn("plain")

print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno, w.filename.endswith(".py"))
print(caught[0].message.args)
print(issubclass(caught[0].category, DeprecationWarning))
legacy(3)  # outside: the default filters again (ignored, not in __main__? it is)
print(len(caught))
