# The interpreter's own RuntimeWarning goes through the filters once warnings is imported.
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    job()
print(len(w), w and w[0].category.__name__, w and str(w[0].message))
warnings.simplefilter("ignore", RuntimeWarning)
job()
print("end")
