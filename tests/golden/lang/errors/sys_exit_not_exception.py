# SystemExit is not an Exception, so "except Exception" lets it through.
import sys

try:
    try:
        sys.exit(2)
    except Exception:
        print("wrong handler")
except BaseException as e:
    print("BaseException handler", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.exit(0)
