# A long chain and a wide fan-out: the orders stay deterministic.
from graphlib import TopologicalSorter

chain = {i: [i - 1] for i in range(1, 500)}
order = list(TopologicalSorter(chain).static_order())
print(order[:5], order[-3:], len(order))
fan = {f"leaf{i}": ["root"] for i in range(20)}
fan["sink"] = list(fan)
order = list(TopologicalSorter(fan).static_order())
print(order[0], order[1:4], order[-1], len(order))
ts = TopologicalSorter(fan)
ts.prepare()
ts.done(*ts.get_ready())
print(len(ts.get_ready()))
