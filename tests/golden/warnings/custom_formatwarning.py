# Replacing formatwarning changes how warnings are printed.
import warnings


def short(message, category, filename, lineno, line=None):
    return f"{category.__name__}: {message}\n"


warnings.formatwarning = short
warnings.warn("compact format")
warnings.warn("also compact", FutureWarning)
print("end")
