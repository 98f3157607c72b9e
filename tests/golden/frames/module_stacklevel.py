import os
import warnings

import _deprecations

warnings.simplefilter("default")


def run():
    total = 0
    for i in range(3):
        total += _deprecations.old_api(i)
    return total


with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    run()
    print(_deprecations.Settings().timeout)

for w in seen:
    print(w.category.__name__, os.path.basename(w.filename), w.lineno, w.message)

print(run())
print(run())
