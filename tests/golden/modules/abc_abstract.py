import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe(), isinstance(Square(2), Shape), type(Shape).__name__)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Plugin(metaclass=abc.ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


class Hello(Plugin):
    name = "hello"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


print(Hello.create().name, Hello.version(), sorted(Plugin.__abstractmethods__))
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    pass


print(Base(), isinstance(Base(), ABC) if False else "ok")


async def run():
    class Job(ABC):
        @abstractmethod
        async def work(self):
            ...

    class Echo(Job):
        async def work(self):
            return "done"

    return await Echo().work()

import asyncio
print(asyncio.run(run()))
