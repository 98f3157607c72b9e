# Items that define __lt__ order the heap; ties keep working.
import heapq


class Job:
    def __init__(self, name, due):
        self.name, self.due = name, due

    def __lt__(self, other):
        return self.due < other.due

    def __repr__(self):
        return f"Job({self.name}, {self.due})"


jobs = [Job("a", 5), Job("b", 1), Job("c", 3), Job("d", 1)]
heapq.heapify(jobs)
print(jobs[0])
print([heapq.heappop(jobs).name for _ in range(len(jobs))])
print(heapq.nsmallest(2, [Job("x", 9), Job("y", 2), Job("z", 4)]))
