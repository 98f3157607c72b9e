# Argument validation with the tower, with the messages a library would give.
import numbers


def repeat(text, times):
    if not isinstance(times, numbers.Integral):
        raise TypeError(f"times must be an integer, not {type(times).__name__}")
    if times < 0:
        raise ValueError("times must be non-negative")
    return text * times


print(repeat("ab", 3), repeat("x", True))
for bad in (2.0, "3", -1):
    try:
        repeat("ab", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
