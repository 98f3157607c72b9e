# __copy__ and __deepcopy__ decide how a class is copied.
import copy


class Pool:
    def __init__(self, size):
        self.size = size
        self.conns = list(range(size))

    def __copy__(self):
        print("Pool.__copy__")
        return Pool(self.size)

    def __deepcopy__(self, memo):
        print("Pool.__deepcopy__", type(memo).__name__)
        new = Pool(self.size)
        memo[id(self)] = new
        new.conns = copy.deepcopy(self.conns, memo)
        return new


p = Pool(2)
print(copy.copy(p).conns)
q = copy.deepcopy({"pool": p, "again": p})
print(q["pool"] is q["again"], q["pool"].conns)


class Singleton:
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


s = Singleton()
print(copy.copy(s) is s, copy.deepcopy([s])[0] is s)
