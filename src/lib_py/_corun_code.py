"""Code objects (`f.__code__`): what a program reads of them (names, counts, flags, where the
function is), made from what the interpreter knows of the `def`. corun runs the syntax tree,
not bytecode, so `co_code` and the tables derived from bytecode are not there."""

import _corun_inspect

_made = {}


class code:
    __module__ = "builtins"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'code' instances")

    def __repr__(self):
        return (f'<code object {self.co_name} at {hex(id(self))}, file "{self.co_filename}", '
                f'line {self.co_firstlineno}>')

    @property
    def co_nlocals(self):
        return len(self.co_varnames)

    def replace(self, **changes):
        raise NotImplementedError("code.replace")

    def __getattr__(self, name):
        if name in ("co_code", "co_consts", "co_names", "co_lnotab", "co_linetable",
                    "co_exceptiontable", "co_stacksize", "co_lines", "co_positions"):
            raise NotImplementedError(f"code.{name} (corun has no bytecode)")
        raise AttributeError(f"'code' object has no attribute '{name}'")


_FIELDS = ("co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount",
           "co_posonlyargcount", "co_kwonlyargcount", "co_varnames", "co_cellvars",
           "co_freevars", "co_flags")


def of(func):
    """The code object of a function written in Python, one per `def`."""
    info = _corun_inspect.code_info(func)
    made = _made.get(info[0])
    if made is None:
        made = object.__new__(code)
        for field, value in zip(_FIELDS, info[1:]):
            object.__setattr__(made, field, value)
        _made[info[0]] = made
        _key_of[made] = info[0]
    return made


_key_of = {}


def key_of(code):
    """The key `of` made `code` under (what the interpreter knows its `def` by), or None."""
    return _key_of.get(code)


_frame_made = {}


def for_frame(name, filename, firstlineno):
    """The code object of a frame that runs no function of its own (a module's top level, a
    class body, a comprehension), one per place."""
    key = (name, filename, firstlineno)
    made = _frame_made.get(key)
    if made is None:
        made = object.__new__(code)
        values = (name, name, filename, firstlineno, 0, 0, 0, (), (), (), 0)
        for field, value in zip(_FIELDS, values):
            object.__setattr__(made, field, value)
        _frame_made[key] = made
    return made
