# warn() with the default filters: shown once per location, with the source line.
import warnings


def old_api():
    warnings.warn("old_api is going away")
    return 1


for _ in range(3):
    old_api()
warnings.warn("a RuntimeWarning", RuntimeWarning)
warnings.warn("a FutureWarning", FutureWarning)
print("done")
