# Objects from the standard library pickle as CPython pickles them.
import collections
import datetime
import decimal
import fractions
import functools
import pickle

P = collections.namedtuple("P", "x y")
objs = [P(1, 2), collections.OrderedDict(a=1, b=2), collections.deque([1, 2], 5),
        collections.deque("ab"), collections.Counter("banana"),
        collections.defaultdict(list, {"a": [1]}), datetime.timedelta(days=2, seconds=7),
        decimal.Decimal("3.14"), fractions.Fraction(3, 4), functools.partial(max, 1, key=abs),
        range(2, 9, 3), slice(1, 5), 2 - 1j, ValueError("bad", 3), KeyError("k")]
for o in objs:
    for proto in (0, 2, 4, 5):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        print(proto, data)
        print("  ", repr(back) if not isinstance(back, BaseException) else (type(back), back.args))
d = datetime.date(2024, 2, 29)
print(pickle.loads(pickle.dumps(d)) == d)
t = datetime.datetime(2024, 2, 29, 12, 30)
print(pickle.loads(pickle.dumps(t, 0)) == t)
