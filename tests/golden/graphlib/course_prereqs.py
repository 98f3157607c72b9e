# Planning a course sequence from prerequisites, semester by semester.
from graphlib import TopologicalSorter, CycleError

prereqs = {
    "calc2": {"calc1"},
    "linalg": {"calc1"},
    "ml": {"linalg", "stats", "prog2"},
    "stats": {"calc2"},
    "prog2": {"prog1"},
    "thesis": {"ml"},
}
ts = TopologicalSorter(prereqs)
ts.prepare()
term = 1
while ts:
    courses = ts.get_ready()
    print(f"term {term}: {', '.join(sorted(courses))}")
    ts.done(*courses)
    term += 1
print(list(TopologicalSorter(prereqs).static_order()))
prereqs["calc1"] = {"thesis"}
try:
    list(TopologicalSorter(prereqs).static_order())
except CycleError as e:
    msg, cycle = e.args
    print(msg, "->", " -> ".join(cycle))
