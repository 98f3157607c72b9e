# getmembers, sorted by name, with a predicate.
import inspect


class Config:
    debug = False
    level = 3

    def load(self):
        pass

    def save(self):
        pass


names = [n for n, _ in inspect.getmembers(Config) if not n.startswith("__")]
print(names)
print([n for n, _ in inspect.getmembers(Config, inspect.isfunction)])
c = Config()
print([n for n, v in inspect.getmembers(c, inspect.ismethod)])
print([(n, v) for n, v in inspect.getmembers(c) if n in ("debug", "level")])
