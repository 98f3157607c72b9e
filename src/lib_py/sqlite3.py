"""sqlite3: the DB-API 2.0 interface to SQLite. The database itself is SQLite, run by the native
`_sqlite3` (one statement at a time, to its end); connections, cursors, rows, transactions and
parameter binding are here. A statement's rows are all read when it is executed, and fetched
from the cursor afterwards."""

import _sqlite3

__all__ = [
    "connect", "Connection", "Cursor", "Row", "Warning", "Error", "InterfaceError",
    "DatabaseError", "DataError", "OperationalError", "IntegrityError", "InternalError",
    "ProgrammingError", "NotSupportedError", "complete_statement", "register_adapter",
    "register_converter", "sqlite_version", "sqlite_version_info", "version", "version_info",
]

apilevel = "2.0"
paramstyle = "qmark"
threadsafety = 3
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2
SQLITE_ERROR = 1
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_CONSTRAINT = 19
SQLITE_MISMATCH = 20
SQLITE_CONSTRAINT_CHECK = 275
SQLITE_CONSTRAINT_FOREIGNKEY = 787
SQLITE_CONSTRAINT_NOTNULL = 1299
SQLITE_CONSTRAINT_PRIMARYKEY = 1555
SQLITE_CONSTRAINT_UNIQUE = 2067


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


def _unsupported(what):
    raise NotImplementedError("corun's sqlite3 does not support " + what)


def register_adapter(type, adapter):
    _unsupported("register_adapter (adapters)")


def register_converter(typename, converter):
    _unsupported("register_converter (converters)")


def enable_callback_tracebacks(flag):
    _unsupported("enable_callback_tracebacks")


def complete_statement(statement):
    return _sqlite3.complete(statement)


_ISOLATION_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")
_DML = ("insert", "update", "delete", "replace")


def _is_dml(sql):
    """Whether the statement's first keyword changes rows (then a transaction is begun before
    it, as CPython 3.11 does): comments and white space before it are skipped."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in " \t\n\r\f":
            i += 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            if j < 0:
                return False
            i = j + 1
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            if j < 0:
                return False
            i = j + 2
        else:
            break
    return sql[i:i + 7].lower().startswith(_DML) if i < n else False


_INT_MIN = -(1 << 63)
_INT_MAX = (1 << 63) - 1


def _adapt(index, value):
    """A parameter as SQLite stores it (None, int, float, str or bytes)."""
    if value is None:
        return None
    if isinstance(value, int):
        if not _INT_MIN <= value <= _INT_MAX:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    import datetime
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise ProgrammingError(
        "Error binding parameter %d: type '%s' is not supported" % (index, type(value).__name__))


def _bind(names, parameters):
    """The values of a statement's parameters, in order, from a sequence or a mapping."""
    count = len(names)
    if isinstance(parameters, (tuple, list)) or (
            not isinstance(parameters, dict) and hasattr(type(parameters), "__len__")
            and hasattr(type(parameters), "__getitem__")
            and not hasattr(type(parameters), "keys")):
        supplied = len(parameters)
        if supplied != count:
            raise ProgrammingError(
                "Incorrect number of bindings supplied. The current statement uses %d, and "
                "there are %d supplied." % (count, supplied))
        return [_adapt(i + 1, parameters[i]) for i in range(count)]
    if isinstance(parameters, dict) or hasattr(type(parameters), "keys"):
        values = []
        for i, name in enumerate(names):
            if name is None:
                raise ProgrammingError(
                    "Binding %d has no name, but you supplied a dictionary (which has only "
                    "names)." % (i + 1))
            try:
                value = parameters[name[1:]]
            except KeyError:
                raise ProgrammingError(
                    "You did not supply a value for binding parameter %s." % name) from None
            values.append(_adapt(i + 1, value))
        return values
    raise ProgrammingError("parameters are of unsupported type")


class Row:
    """A result row: a tuple that can also be indexed by column name (in any case)."""

    def __init__(self, cursor, data):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self._description = cursor.description
        self._data = data

    def keys(self):
        if self._description is None:
            return []
        return [d[0] for d in self._description]

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, slice):
            return self._data[key]
        if isinstance(key, str):
            wanted = key.lower()
            for i, name in enumerate(self.keys()):
                if name.lower() == wanted:
                    return self._data[i]
            raise IndexError("No item with that key")
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


class Cursor:
    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self._rows = []
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def _prepare(self, sql, method):
        self._check()
        if not isinstance(sql, str):
            raise TypeError("%s() argument 1 must be str, not %s" % (method, type(sql).__name__))
        self.description = None
        self.rowcount = -1
        self._rows = []
        self._pos = 0
        conn = self.connection
        names = _sqlite3.prepare(conn._handle, sql)
        dml = names is not None and _is_dml(sql)
        if dml and conn._isolation_level is not None and _sqlite3.autocommit(conn._handle):
            _sqlite3.run(conn._handle, "BEGIN " + conn._isolation_level, [])
        return names, dml

    def _run(self, sql, names, parameters):
        values = [] if names is None else _bind(names, parameters)
        return _sqlite3.run(self.connection._handle, sql, values)

    def _keep(self, columns, rows):
        if columns is not None:
            self.description = tuple((name, None, None, None, None, None, None)
                                     for name in columns)
        factory = self.connection.text_factory
        if factory is not str and rows:
            rows = [tuple(_text(factory, v) for v in row) for row in rows]
        self._rows = rows
        self._pos = 0

    def execute(self, sql, parameters=(), /):
        names, dml = self._prepare(sql, "execute")
        columns, rows, changes, lastrowid = self._run(sql, names, parameters)
        self._keep(columns, rows)
        if dml:
            self.rowcount = changes
        self.lastrowid = lastrowid
        return self

    def executemany(self, sql, seq_of_parameters, /):
        names, dml = self._prepare(sql, "executemany")
        if not dml:
            raise ProgrammingError("executemany() can only execute DML statements.")
        total = 0
        for parameters in seq_of_parameters:
            columns, rows, changes, _ = self._run(sql, names, parameters)
            total += changes
            self._keep(columns, rows)
        self.rowcount = total
        return self

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not %s"
                            % type(sql_script).__name__)
        self.description = None
        self.rowcount = -1
        self._rows = []
        self._pos = 0
        handle = self.connection._handle
        if not _sqlite3.autocommit(handle):
            _sqlite3.run(handle, "COMMIT", [])
        _sqlite3.script(handle, sql_script)
        return self

    def _next_row(self):
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        self._check()
        return self._next_row()

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        out = []
        while len(out) < size:
            row = self._next_row()
            if row is None:
                break
            out.append(row)
        return out

    def fetchall(self):
        self._check()
        out = []
        while True:
            row = self._next_row()
            if row is None:
                return out
            out.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        row = self._next_row()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self.connection._check()
        self._closed = True
        self._rows = []

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


def _text(factory, value):
    if not isinstance(value, str):
        return value
    if factory is bytes:
        return value.encode()
    return factory(value.encode())


class Connection:
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        import os
        if detect_types:
            _unsupported("detect_types (converters)")
        self._handle = None
        self._handle = _sqlite3.open(os.fsdecode(database), float(timeout), bool(uri))
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str

    def _check(self):
        if self._handle is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            if self._handle is not None and not _sqlite3.autocommit(self._handle):
                _sqlite3.run(self._handle, "COMMIT", [])
            self._isolation_level = None
            return
        if not isinstance(level, str):
            raise TypeError("isolation_level must be str or None, not %s"
                            % type(level).__name__)
        if level.upper() not in _ISOLATION_LEVELS:
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                             "or 'EXCLUSIVE'")
        self._isolation_level = level.upper()

    @property
    def in_transaction(self):
        self._check()
        return not _sqlite3.autocommit(self._handle)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._handle)

    def cursor(self, factory=Cursor):
        self._check()
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cur).__name__)
        if self.row_factory is not None and cur.row_factory is None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if not _sqlite3.autocommit(self._handle):
            _sqlite3.run(self._handle, "COMMIT", [])

    def rollback(self):
        self._check()
        if not _sqlite3.autocommit(self._handle):
            _sqlite3.run(self._handle, "ROLLBACK", [])

    def close(self):
        if self._handle is not None:
            _sqlite3.close(self._handle)
            self._handle = None

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        if func is None:
            _unsupported("create_function with func=None (removing a function)")
        _sqlite3.create_function(self._handle, name, narg, func, bool(deterministic))

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        if aggregate_class is None:
            _unsupported("create_aggregate with aggregate_class=None (removing an aggregate)")
        _sqlite3.create_aggregate(self._handle, name, n_arg, aggregate_class)

    def create_window_function(self, name, num_params, aggregate_class, /):
        _unsupported("Connection.create_window_function")

    def create_collation(self, name, callable, /):
        _unsupported("Connection.create_collation")

    def set_authorizer(self, authorizer_callback):
        _unsupported("Connection.set_authorizer")

    def set_progress_handler(self, progress_handler, n):
        _unsupported("Connection.set_progress_handler")

    def set_trace_callback(self, trace_callback):
        _unsupported("Connection.set_trace_callback")

    def iterdump(self):
        _unsupported("Connection.iterdump")

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        _unsupported("Connection.backup")

    def blobopen(self, table, column, row, /, *, readonly=False, name="main"):
        _unsupported("Connection.blobopen")

    def serialize(self, *, name="main"):
        _unsupported("Connection.serialize")

    def deserialize(self, data, /, *, name="main"):
        _unsupported("Connection.deserialize")

    def enable_load_extension(self, enabled, /):
        _unsupported("Connection.enable_load_extension")

    def load_extension(self, path, /):
        _unsupported("Connection.load_extension")

    def interrupt(self):
        _unsupported("Connection.interrupt")


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   None, cached_statements, uri)
