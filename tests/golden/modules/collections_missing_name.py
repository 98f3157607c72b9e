try:
    from collections import deque
    print("deque ok")
    from collections import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
