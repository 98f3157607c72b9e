# A bare raise with nothing being handled is a RuntimeError.
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
