from abc import ABC, abstractmethod


class Store(ABC):
    @abstractmethod
    def get(self, key):
        ...


class Memory(Store):
    pass


print("before")
Memory()
print("not reached")
