# Wrong arguments and incomparable items.
import bisect

for args, kw in [(([], 1, -1), {}), (([1, "a"], 0), {}), ((), {}), (([1], 1), {"lo": "x"}),
                 (([1], 1), {"hi": 1.5}), ((5, 1), {}), (([1], 1), {"bad": 1})]:
    try:
        print(bisect.bisect_left(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print("AttributeError", e)
