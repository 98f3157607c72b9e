"""Serialising objects to bytes and back: `dumps`/`loads`, `dump`/`load`, `Pickler`/`Unpickler`.

The pickler's core is native (`_pickle_core`, src/stdlib/pickle_core.rs): it writes the opcodes
of the builtin types that have their own, keeps the memo and cuts frames, with the bytes of
CPython's pickler for every protocol (0 to 5). What pickling does through objects' own protocol
(`__reduce_ex__`, `__getstate__`, `copyreg`, `persistent_id`, `reducer_override`) is written
here, in Python, as is the unpickler."""

import builtins
import sys
import copyreg
import _codecs
import _pickle_core as _core
from struct import pack as _pack, unpack as _unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    __module__ = "_pickle"


class PicklingError(PickleError):
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    __module__ = "_pickle"


# The opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

__all__.extend(x for x in dir() if x.isupper() and not x.startswith("_"))

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Names that moved between Python 2 and 3: written under their old names below protocol 3,
# read back under the new ones.
from _compat_pickle import (IMPORT_MAPPING as _IMPORT_MAPPING, NAME_MAPPING as _NAME_MAPPING,
                            REVERSE_IMPORT_MAPPING as _REVERSE_IMPORT_MAPPING,
                            REVERSE_NAME_MAPPING as _REVERSE_NAME_MAPPING)


def encode_long(x):
    """`x` as the fewest little-endian two's complement bytes (none for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _getattribute(obj, name):
    """The object at the dotted path `name` inside `obj`, and its parent."""
    parent = None
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {obj!r}") from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module `obj` (found there as `name`) belongs to."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    try:
        # corun's builtin functions do not say their module: most are the builtins'.
        if _getattribute(builtins, name)[0] is obj:
            return "builtins"
    except AttributeError:
        pass
    for module_name, module in sys.modules.copy().items():
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _raw_unicode_escape(s):
    """Protocol 0's text: raw-unicode-escape, with the backslash and the characters a
    line-based reader or a text-mode file would mangle escaped too."""
    for c, e in (("\\", "\\u005c"), ("\0", "\\u0000"), ("\n", "\\u000a"),
                 ("\r", "\\u000d"), ("\x1a", "\\u001a")):
        if c in s:
            s = s.replace(c, e)
    return s.encode("raw_unicode_escape")


def _is_iterator(x):
    return hasattr(type(x), "__next__") or hasattr(x, "__next__")


_function_type = type(_is_iterator)
_builtin_type = type(len)


class Pickler:
    """Writes pickles of objects to a binary file (anything with a `write` method).

    The opcodes of the builtin types that have their own, the memo and the frames are written
    by the native `_pickle_core`; this class does the rest: objects written through their
    reduce value (`__reduce_ex__`, `copyreg`, `dispatch_table`, `reducer_override`), globals
    and persistent IDs."""

    __module__ = "_pickle"

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._out = bytearray()
        self._frame_start = -1
        self._pers_func = None

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Writes the pickle of `obj` to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        self._pers_func = getattr(self, "persistent_id", None)
        table = getattr(self, "dispatch_table", None)
        self._table = copyreg.dispatch_table if table is None else table
        self._reducer_override = getattr(self, "reducer_override", None)
        self._out = bytearray()
        self._frame_start = -1
        if self.proto >= 2:
            self._out += PROTO + bytes((self.proto,))
        if self.proto >= 4:
            self._frame_start = len(self._out)
        _core.save(self, obj, True)
        self._out += STOP
        _core.commit_frame(self)
        out = self._out
        self._out = bytearray()
        self._frame_start = -1
        self._file_write(bytes(out))

    def save(self, obj, save_persistent_id=True):
        _core.save(self, obj, save_persistent_id)

    def _save_other(self, obj):
        """Writes what `_pickle_core` has no opcode for: through the object's reduce value,
        or as a global."""
        t = type(obj)
        old = _OLD_PROTOCOL_REDUCE.get(t)
        if old is not None:
            self._save_reduce(old(self.proto, obj), obj)
            return
        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _function_type:
                self.save_global(obj)
                return
            reduce = self._table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            elif t is _builtin_type:
                self._save_builtin(obj)
                return
            else:
                rv = copyreg._reduce_any(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += BINPERSID
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._out += PERSID + text.encode("ascii") + b'\n'

    def _save_type(self, obj):
        if obj is type(None):
            self._save_reduce((type, (None,)), obj)
        elif obj is type(...):
            self._save_reduce((type, (...,)), obj)
        elif obj is type(NotImplemented):
            self._save_reduce((type, (NotImplemented,)), obj)
        else:
            self.save_global(obj)

    def _save_builtin(self, obj):
        owner = getattr(obj, "__self__", None)
        if owner is not None and type(owner).__name__ != "module":
            self._save_reduce((getattr, (owner, obj.__name__)), obj)
        else:
            self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        path = name.split(".")
        if "<locals>" in path:
            raise AttributeError(f"Can't pickle local object {name!r}")
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except ImportError:
            raise PicklingError(
                f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on "
                                f"{module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f"{module_name}.{name}")
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code is not None:
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError(
                        f"Can't pickle {obj!r}: extension code {code} is out of range")
                if code <= 0xff:
                    self._out += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._out += EXT2 + _pack("<H", code)
                else:
                    self._out += EXT4 + _pack("<i", code)
                return
        lastname = path[-1]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._out += STACK_GLOBAL
        elif parent is not module:
            self._save_reduce((getattr, (parent, lastname)), None)
        else:
            if self.proto < 3 and self.fix_imports:
                r = _REVERSE_NAME_MAPPING.get((module_name, name))
                if r is not None:
                    module_name, name = r
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                m = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle module identifier {module_name!r} "
                                    f"using pickle protocol {self.proto}") from None
            try:
                n = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier {name!r} "
                                    f"using pickle protocol {self.proto}") from None
            self._out += GLOBAL + m + b'\n' + n + b'\n'
        _core.memoize(self, obj)

    def _save_reduce(self, rv, obj):
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        func, args = rv[0], rv[1]
        state = rv[2] if n > 2 else None
        listitems = rv[3] if n > 3 else None
        dictitems = rv[4] if n > 4 else None
        state_setter = rv[5] if n > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be "
                                "callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be "
                                "a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must "
                                f"be an iterator, not {type(listitems).__name__}")
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must "
                                f"be an iterator, not {type(dictitems).__name__}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must "
                                f"be a function, not {type(state_setter).__name__}")
        save = self.save
        name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    f"exactly 3, not {len(args)}")
            cls, a, kw = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a "
                                    f"class, not {type(cls).__name__}")
            if not isinstance(a, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a "
                                    f"tuple, not {type(a).__name__}")
            if not isinstance(kw, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a "
                                    f"dict, not {type(kw).__name__}")
            if self.proto >= 4:
                save(cls)
                save(a)
                save(kw)
                self._out += NEWOBJ_EX
            else:
                import functools
                save(functools.partial(cls.__new__, cls, *a, **kw))
                save(())
                self._out += REDUCE
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", type(obj)) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._out += NEWOBJ
        else:
            save(func)
            save(args)
            self._out += REDUCE
        if obj is not None:
            if _core.refetch(self, obj, POP):
                # The object was reached again while its arguments were written.
                return
            _core.memoize(self, obj)
        if listitems is not None:
            _core.batch_appends(self, listitems)
        if dictitems is not None:
            _core.batch_setitems(self, dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._out += BUILD
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._out += TUPLE2 + REDUCE + POP


_NOTHING = object()


def _old_bytes(proto, obj):
    if not obj:
        return bytes, ()
    return _codecs.encode, (str(obj, "latin1"), "latin1")


def _old_bytearray(proto, obj):
    return (bytearray, ()) if not obj else (bytearray, (bytes(obj),))


# The builtin types an older protocol has no opcode for (bytes before 3, sets before 4,
# bytearray before 5): written through these reduce values.
_OLD_PROTOCOL_REDUCE = {
    bytes: _old_bytes,
    bytearray: _old_bytearray,
    set: lambda proto, obj: (set, (list(obj),)),
    frozenset: lambda proto, obj: (frozenset, (list(obj),)),
}


class Unpickler:
    """Reads pickled objects back from a binary file (anything with `read` and `readline`)."""

    __module__ = "_pickle"

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._buf = b''
        self._pos = 0
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def load(self):
        """Reads one pickled object from the file and returns it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self._pers_load = getattr(self, "persistent_load", None)
        self.stack = []
        self.metastack = []
        self.proto = 0
        return _core.load(self, _LOADERS)

    def _invalid_key(self, key):
        if 0x20 <= key < 0x7f:
            raise UnpicklingError(f"invalid load key, '{chr(key)}'.")
        raise UnpicklingError(f"invalid load key, '\\x{key:02x}'.")

    def _error(self, msg):
        raise UnpicklingError(msg)

    def _extend(self, target, items):
        """APPENDS onto what is not a list."""
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def _add_items(self, target, items):
        """ADDITEMS into what is not a set."""
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def _read_opcode(self):
        b = self._read_more(1)
        if not b:
            raise EOFError("Ran out of input")
        return b

    def _read_more(self, n):
        """Up to `n` bytes from what is left of the buffer and the file."""
        rest = self._buf[self._pos:]
        self._buf = b''
        self._pos = 0
        if len(rest) < n and self._file_read is not None:
            more = self._file_read(n - len(rest))
            if more:
                rest = rest + bytes(more)
        return rest

    def _read(self, n):
        pos = self._pos
        end = pos + n
        if end <= len(self._buf):
            self._pos = end
            return self._buf[pos:end]
        data = self._read_more(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        buf = self._buf
        i = buf.find(b'\n', self._pos)
        if i >= 0:
            line = buf[self._pos:i + 1]
            self._pos = i + 1
            return line
        rest = buf[self._pos:]
        self._buf = b''
        self._pos = 0
        if self._file_readline is not None:
            rest = rest + bytes(self._file_readline())
        if not rest.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return rest

    def _line_arg(self):
        """The argument of a line-based opcode, at least one character before its newline."""
        line = self._readline()
        if len(line) < 2:
            raise UnpicklingError("pickle data was truncated")
        return line

    # The stack, and the marks splitting it.

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def find_class(self, module, name):
        """The global `name` of `module`, imported if it is not yet."""
        if self.proto < 3 and self.fix_imports:
            r = _NAME_MAPPING.get((module, name))
            if r is not None:
                module, name = r
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {mod!r}") from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _persistent(self, pid):
        if self._pers_load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return self._pers_load(pid)

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {i}") from None

    def _memo_put(self, i):
        self.memo[i] = self._top()

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")
                or getattr(klass, "__module__", None) == "builtins"):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    # The loaders of the opcodes `_pickle_core.load` leaves to Python.

    def _load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def _load_frame(self):
        size = _unpack("<Q", self._read(8))[0]
        if size > sys.maxsize:
            raise ValueError(f"FRAME length exceeds system's maximum of {sys.maxsize} bytes")
        # The frame is read whole now; its opcodes are then taken from the buffer.
        data = self._read(size)
        self._buf = data + self._buf[self._pos:]
        self._pos = 0

    def _load_persid(self):
        line = self._line_arg()
        try:
            pid = line[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                from None
        self.stack.append(self._persistent(pid))

    def _load_binpersid(self):
        pid = self._pop()
        self.stack.append(self._persistent(pid))




    def _load_int(self):
        data = self._line_arg()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data.decode("ascii"), 0)
            except (ValueError, UnicodeDecodeError):
                raise ValueError("could not convert string to int") from None
        self.stack.append(val)




    def _load_long(self):
        val = self._line_arg()[:-1]
        if val and val[-1] == ord("L"):
            val = val[:-1]
        self.stack.append(int(val.decode("ascii"), 0))


    def _load_long4(self):
        n = _unpack("<i", self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def _load_float(self):
        line = self._line_arg()
        text = line.decode("latin-1")
        try:
            val = float(text)
        except ValueError:
            raise ValueError(f"could not convert string to float: '{text}'") from None
        self.stack.append(val)


    def _load_string(self):
        data = self._line_arg()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def _load_binstring(self):
        n = _unpack("<i", self._read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def _load_short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))



    def _load_binbytes8(self):
        n = _unpack("<Q", self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError(
                f"BINBYTES8 exceeds system's maximum size of {sys.maxsize} bytes")
        self.stack.append(bytes(self._read(n)))

    def _load_bytearray8(self):
        n = _unpack("<Q", self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError(
                f"BYTEARRAY8 exceeds system's maximum size of {sys.maxsize} bytes")
        self.stack.append(bytearray(self._read(n)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def _load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)

    def _load_unicode(self):
        line = self._readline()
        self.stack.append(line[:-1].decode("raw_unicode_escape"))


    def _load_binunicode8(self):
        n = _unpack("<Q", self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError(
                f"BINUNICODE8 exceeds system's maximum size of {sys.maxsize} bytes")
        self.stack.append(self._read(n).decode("utf-8", "surrogatepass"))










    def _load_frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def _load_list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def _load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _load_inst(self):
        module = self._line_arg()[:-1].decode("ascii")
        name = self._line_arg()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def _load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, "
                                  f"not {type(cls).__name__}")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, "
                                  f"not {type(args).__name__}")
        self.stack.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  f"not {type(cls).__name__}")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  f"not {type(args).__name__}")
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  f"not {type(kwargs).__name__}")
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        module = self._line_arg()[:-1].decode("utf-8")
        name = self._line_arg()[:-1].decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def _load_ext(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = copyreg._extension_cache.get(code, _NOTHING)
        if obj is not _NOTHING:
            self.stack.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            raise ValueError(f"unregistered extension code {code}")
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.stack.append(obj)

    def _load_ext1(self):
        self._load_ext(self._read(1)[0])

    def _load_ext2(self):
        self._load_ext(_unpack("<H", self._read(2))[0])

    def _load_ext4(self):
        self._load_ext(_unpack("<i", self._read(4))[0])

    def _load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack[-1] = func(*args)

    def _load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self._pop_mark()
        else:
            self._underflow()

    def _load_pop_mark(self):
        self._pop_mark()

    def _load_dup(self):
        self.stack.append(self._top())

    def _load_get(self):
        i = int(self._line_arg().decode("ascii"))
        self.stack.append(self._memo_get(i))



    def _load_put(self):
        i = int(self._line_arg().decode("ascii"))
        if i < 0:
            raise ValueError("negative PUT argument")
        self._memo_put(i)









    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        rebuilt = copyreg._setstate_native(inst, state)
        if rebuilt is not None:
            self.stack[-1] = rebuilt
            for k, v in self.memo.items():
                if v is inst:
                    self.memo[k] = rebuilt
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)




def _escape_decode(data):
    """The bytes a Python 2 string literal's body (between its quotes) stands for."""
    if b'\\' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39,
              ord('"'): 34, ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("v"): 11}
    while i < n:
        c = data[i]
        if c != 92 or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == ord("x") and i + 3 < n + 1:
            out.append(int(data[i + 2:i + 4].decode("ascii"), 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            while j < n and j < i + 4 and 48 <= data[j] <= 55:
                j += 1
            out.append(int(data[i + 1:j].decode("ascii"), 8) & 0xff)
            i = j
        elif e == 10:
            i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


_LOADERS = {
    POP[0]: Unpickler._load_pop,
    POP_MARK[0]: Unpickler._load_pop_mark,
    DUP[0]: Unpickler._load_dup,
    FLOAT[0]: Unpickler._load_float,
    INT[0]: Unpickler._load_int,
    LONG[0]: Unpickler._load_long,
    PERSID[0]: Unpickler._load_persid,
    BINPERSID[0]: Unpickler._load_binpersid,
    REDUCE[0]: Unpickler._load_reduce,
    STRING[0]: Unpickler._load_string,
    BINSTRING[0]: Unpickler._load_binstring,
    SHORT_BINSTRING[0]: Unpickler._load_short_binstring,
    UNICODE[0]: Unpickler._load_unicode,
    BUILD[0]: Unpickler._load_build,
    GLOBAL[0]: Unpickler._load_global,
    DICT[0]: Unpickler._load_dict,
    GET[0]: Unpickler._load_get,
    INST[0]: Unpickler._load_inst,
    LIST[0]: Unpickler._load_list,
    OBJ[0]: Unpickler._load_obj,
    PUT[0]: Unpickler._load_put,
    PROTO[0]: Unpickler._load_proto,
    NEWOBJ[0]: Unpickler._load_newobj,
    EXT1[0]: Unpickler._load_ext1,
    EXT2[0]: Unpickler._load_ext2,
    EXT4[0]: Unpickler._load_ext4,
    LONG4[0]: Unpickler._load_long4,
    BINUNICODE8[0]: Unpickler._load_binunicode8,
    BINBYTES8[0]: Unpickler._load_binbytes8,
    FROZENSET[0]: Unpickler._load_frozenset,
    NEWOBJ_EX[0]: Unpickler._load_newobj_ex,
    STACK_GLOBAL[0]: Unpickler._load_stack_global,
    FRAME[0]: Unpickler._load_frame,
    BYTEARRAY8[0]: Unpickler._load_bytearray8,
    NEXT_BUFFER[0]: Unpickler._load_next_buffer,
    READONLY_BUFFER[0]: Unpickler._load_readonly_buffer,
}


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of `obj` to the binary file `file`."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


class _Sink:
    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data = data


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of `obj`, as bytes."""
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Reads one pickled object from the binary file `file`."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object the pickle `data` (bytes-like) stands for."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler.__new__(Unpickler)
    u._file_read = None
    u._file_readline = None
    u._buf = bytes(data)
    u._pos = 0
    u._buffers = iter(buffers) if buffers is not None else None
    u.encoding = encoding
    u.errors = errors
    u.fix_imports = fix_imports
    u.memo = {}
    u.proto = 0
    return u.load()


if sys.modules.get("_pickle", 0) is None:
    # With `_pickle` blocked CPython's pickle falls back on its classes written in Python,
    # which are named as `pickle`'s.
    for _c in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler):
        _c.__module__ = "pickle"
    del _c

_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
