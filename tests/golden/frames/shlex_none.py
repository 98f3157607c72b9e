import shlex
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        shlex.split(None)
    except Exception as e:
        print(type(e).__name__)

for w in caught:
    print(w.category.__name__, w.lineno, str(w.message))
