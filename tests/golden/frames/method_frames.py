import sys
import warnings


class Connection:
    def __init__(self, host, timeout=None):
        if timeout is None:
            warnings.warn("timeout will be required", PendingDeprecationWarning, stacklevel=2)
        self.host = host
        self.opened_by = sys._getframe(1).f_code.co_name

    def describe(self):
        code = sys._getframe().f_code
        return code.co_qualname, code.co_name, code.co_argcount, code.co_varnames

    @classmethod
    def create(cls, host):
        return cls(host, timeout=5)

    @staticmethod
    def where():
        return sys._getframe().f_code.co_qualname


def open_connection():
    return Connection("example.org")


with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    c = open_connection()
    d = Connection.create("local")
print(c.opened_by, d.opened_by)
print(c.describe())
print(Connection.where())
print([(w.category.__name__, w.lineno) for w in seen])
