# catch_warnings restores the filters on exit, even after an error.
import warnings

before = list(warnings.filters)
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("inside")
except UserWarning as e:
    print("raised inside:", e)
print(warnings.filters == before)
warnings.warn("outside is shown")
cm = warnings.catch_warnings()
print(repr(cm), repr(warnings.catch_warnings(record=True)))
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" twice")[0] + " twice")
