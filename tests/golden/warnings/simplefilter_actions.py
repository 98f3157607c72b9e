# simplefilter with each action.
import warnings


def emit(n):
    for _ in range(n):
        warnings.warn("repeat")


warnings.simplefilter("always")
emit(2)
warnings.simplefilter("ignore")
emit(2)
warnings.simplefilter("once")
emit(2)
warnings.warn("repeat")
warnings.simplefilter("error")
try:
    emit(1)
except UserWarning as e:
    print("raised:", e)
warnings.simplefilter("default")
emit(2)
