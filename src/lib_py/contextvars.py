"""contextvars: context variables, as CPython 3.11's `_contextvars` has them.

The mapping of a context lives in a dict of the Context object. Which context is current is
kept by the interpreter (`_corun_context`): a task's steps and a loop callback's call run in
their own context, swapped in and out by the event loop. While no variable was ever set in it,
the current context is None (an empty context nobody holds); it is made on first use.
"""

import _corun_context

__all__ = ("Context", "ContextVar", "Token", "copy_context")


def _no_subclass(name):
    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type '_contextvars.{name}' is not an acceptable base type")

    return classmethod(__init_subclass__)


def _current():
    ctx = _corun_context.current()
    if ctx is None:
        ctx = Context()
        _corun_context.swap(ctx)
    return ctx


def _alias(cls, item):
    return _GenericAlias(cls, item)


class _GenericAlias:
    __slots__ = ("__origin__", "__args__")

    def __init__(self, origin, item):
        self.__origin__ = origin
        self.__args__ = item if isinstance(item, tuple) else (item,)

    def __repr__(self):
        args = ", ".join(
            a.__module__ + "." + a.__qualname__
            if isinstance(a, type) and a.__module__ != "builtins"
            else a.__qualname__ if isinstance(a, type) else repr(a)
            for a in self.__args__
        )
        o = self.__origin__
        return f"{o.__module__}.{o.__qualname__}[{args}]"


class Context:
    __module__ = "_contextvars"
    __slots__ = ("_data", "_entered")
    __init_subclass__ = _no_subclass("Context")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_entered", False)

    def __setattr__(self, name, value):
        raise AttributeError(f"'_contextvars.Context' object has no attribute '{name}'")

    def run(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("run() missing 1 required positional argument")
        self, callable, *args = args
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        object.__setattr__(self, "_entered", True)
        prev = _corun_context.swap(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _corun_context.swap(prev)
            object.__setattr__(self, "_entered", False)

    def copy(self, *args):
        if args:
            raise TypeError(f"Context.copy() takes no arguments ({len(args)} given)")
        new = object.__new__(Context)
        object.__setattr__(new, "_data", self._data.copy())
        object.__setattr__(new, "_entered", False)
        return new

    def __getitem__(self, var):
        _check_key(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, *args):
        if not args:
            raise TypeError("get expected at least 1 argument, got 0")
        if len(args) > 2:
            raise TypeError(f"get expected at most 2 arguments, got {len(args)}")
        _check_key(args[0])
        return self._data.get(args[0], args[1] if len(args) == 2 else None)

    def keys(self):
        return iter(list(self._data.keys()))

    def values(self):
        return iter(list(self._data.values()))

    def items(self):
        return iter(list(self._data.items()))

    def __hash__(self):
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data


def _check_key(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class _Missing:
    __slots__ = ()
    __qualname__ = "Token.MISSING"
    __module__ = "builtins"

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()
_NO_DEFAULT = object()


class ContextVar:
    __module__ = "_contextvars"
    __slots__ = ("_name", "_default")
    __init_subclass__ = _no_subclass("ContextVar")
    __class_getitem__ = classmethod(_alias)

    def __init__(self, *args, **kwargs):
        if len(args) != 1:
            if not args:
                raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
            raise TypeError(
                f"ContextVar() takes at most 1 positional argument ({len(args)} given)"
            )
        for k in kwargs:
            if k != "default":
                raise TypeError(f"'{k}' is an invalid keyword argument for ContextVar()")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_default", kwargs.get("default", _NO_DEFAULT))

    def __setattr__(self, name, value):
        if name == "name":
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'_contextvars.ContextVar' object has no attribute '{name}'")

    @property
    def name(self):
        return self._name

    def get(self, *args, **kwargs):
        if kwargs:
            raise TypeError("ContextVar.get() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        ctx = _corun_context.current()
        if ctx is not None:
            data = ctx._data
            if self in data:
                return data[self]
        if args:
            return args[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f"ContextVar.set() takes exactly one argument ({len(args)} given)")
        ctx = _current()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = args[0]
        return Token._make(ctx, self, old)

    def reset(self, *args):
        if len(args) != 1:
            raise TypeError(
                f"ContextVar.reset() takes exactly one argument ({len(args)} given)"
            )
        token = args[0]
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        object.__setattr__(token, "_used", True)
        if token._old is _MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old

    def __repr__(self):
        default = ""
        if self._default is not _NO_DEFAULT:
            default = f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at {hex(id(self))}>"


class Token:
    __module__ = "_contextvars"
    __slots__ = ("_ctx", "_var", "_old", "_used")
    __init_subclass__ = _no_subclass("Token")
    __class_getitem__ = classmethod(_alias)
    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @staticmethod
    def _make(ctx, var, old):
        t = object.__new__(Token)
        object.__setattr__(t, "_ctx", ctx)
        object.__setattr__(t, "_var", var)
        object.__setattr__(t, "_old", old)
        object.__setattr__(t, "_used", False)
        return t

    def __setattr__(self, name, value):
        if name in ("var", "old_value"):
            raise AttributeError(
                f"attribute '{name}' of '_contextvars.Token' objects is not writable"
            )
        raise AttributeError(f"'_contextvars.Token' object has no attribute '{name}'")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {hex(id(self))}>"


def copy_context(*args):
    """Return a copy of the current context."""
    if args:
        raise TypeError(f"_contextvars.copy_context() takes no arguments ({len(args)} given)")
    ctx = _corun_context.current()
    if ctx is None:
        return Context()
    return ctx.copy()
