# OrderedDict, defaultdict, Counter and deque get their own layouts.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

print(pprint.pformat(OrderedDict((str(i), i) for i in range(12))))
dd = defaultdict(list)
dd["k"] = list(range(30))
print(pprint.pformat(dd))
print(pprint.pformat(Counter("abracadabra" * 5), width=20))
print(pprint.pformat(deque(range(30))))
print(pprint.pformat(deque(range(30), maxlen=40)))
print(pprint.pformat([OrderedDict(), defaultdict(int), Counter(), deque()]))
