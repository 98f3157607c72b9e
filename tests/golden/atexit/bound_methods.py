import atexit


class Connection:
    def __init__(self, name):
        self.name = name
        atexit.register(self.close)

    def close(self):
        print(f"closing {self.name}")


db = Connection("db")
cache = Connection("cache")
atexit.unregister(cache.close)
print("connections open")
