# The documentation's table lookup and a sorted insert.
import bisect


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
scores = []
for s in [70, 20, 90, 20, 55]:
    bisect.insort(scores, s)
print(scores)
