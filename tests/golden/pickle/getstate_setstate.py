# __getstate__ and __setstate__ choose what is saved and how it is restored.
import pickle


class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = "open socket"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"


class Compact:
    def __init__(self, values):
        self.values = values

    def __getstate__(self):
        return self.values

    def __setstate__(self, values):
        self.values = values


for proto in range(6):
    c = pickle.loads(pickle.dumps(Connection("db.local"), proto))
    print(proto, c.host, c.socket, pickle.dumps(Connection("db.local"), proto))
    k = pickle.loads(pickle.dumps(Compact([1, 2, 3]), proto))
    print(proto, k.values, pickle.dumps(Compact([1, 2, 3]), proto))
