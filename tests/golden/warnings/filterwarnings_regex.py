# filterwarnings matches the start of the message, case-insensitively, and the category.
import warnings

warnings.filterwarnings("ignore", message="noisy")
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.warn("Noisy message, ignored")
warnings.warn("quiet one is shown")
try:
    warnings.warn("runtime trouble", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
print(len(warnings.filters))
print(warnings.filters[0][0], warnings.filters[0][2])
