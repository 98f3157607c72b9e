# resetwarnings clears every filter: everything is then shown once per location.
import warnings

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("now shown", DeprecationWarning)
warnings.warn("also", PendingDeprecationWarning)
warnings.simplefilter("ignore", append=True)
print(len(warnings.filters))
