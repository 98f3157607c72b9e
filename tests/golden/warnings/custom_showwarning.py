# Replacing showwarning (as logging.captureWarnings does) redirects every warning.
import warnings

seen = []


def collect(message, category, filename, lineno, file=None, line=None):
    seen.append((category.__name__, str(message), lineno))


warnings.showwarning = collect
warnings.warn("first")
warnings.warn("second", RuntimeWarning)
print(seen)
