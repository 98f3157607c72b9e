"""Shallow and deep copies: `copy(x)` and `deepcopy(x, memo)`.

Written in Python: copying walks objects through their own protocol (`__copy__`,
`__deepcopy__`, `__reduce_ex__`, `__getstate__`, `__setstate__`), which is Python calling
Python. An object whose class defines none of them is copied through the reduction `pickle`
uses (`copyreg`): a new object of its class, made without calling `__init__`, given the
instance's state (and, for a subclass of list or dict, its items)."""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_nil = []

# Objects of these types are never copied: they cannot change, or are shared by design.
_atomic = {type(None), int, float, bool, str, bytes, type, range, type(len),
           type(lambda: None), type(...), type(NotImplemented), property}
_shallow_immutable = _atomic | {tuple, frozenset, slice}


def _hook(cls, name):
    """A copying hook a class defines itself (not one every object inherits)."""
    f = getattr(cls, name, None)
    if f is None or f is getattr(object, name, None):
        return None
    return f


def _reduce(x, cls):
    """The pieces to rebuild `x` from: what the reduction registered for its class with
    `copyreg.pickle` returns, else its `__reduce_ex__(4)` (as for pickling)."""
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    return copyreg._reduce_any(x, 4)


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if cls in _shallow_immutable:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if isinstance(x, type):
        return x
    f = _hook(cls, "__copy__")
    if f is not None:
        return f(x)
    if _is_deque(cls):
        return cls(x, x.maxlen)
    if cls is _method:
        # A method is copied by looking it up again on the same object.
        return getattr(x.__self__, x.__func__.__name__)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=_nil):
    """A deep copy of `x`; `memo` maps the `id` of each object already copied to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif isinstance(x, type):
        y = x
    else:
        f = getattr(x, "__deepcopy__", None)
        if f is not None:
            y = f(memo)
        elif _is_deque(cls):
            y = cls((), x.maxlen)
            memo[d] = y
            for item in x:
                y.append(deepcopy(item, memo))
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals are kept in the memo, so that their ids cannot be reused while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deep_atomic(x, memo):
    return x


def _deep_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deep_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside its own items was copied while they were.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deep_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deep_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deep_frozenset(x, memo):
    return frozenset(deepcopy(list(x), memo))


def _deep_method(x, memo):
    obj = deepcopy(x.__self__, memo)
    f = x.__func__
    get = getattr(f, "__get__", None)
    if get is not None:
        return get(obj)
    # Without function.__get__, a method is bound anew by looking it up on the copy.
    name = f.__name__
    if name not in getattr(obj, "__dict__", {}):
        for c in type(obj).__mro__:
            if c.__dict__.get(name) is f:
                return getattr(obj, name)
    raise NotImplementedError("copy.deepcopy of a method bound outside its class")


_deep_dispatch = {t: _deep_atomic for t in _atomic}
_deep_dispatch[list] = _deep_list
_deep_dispatch[tuple] = _deep_tuple
_deep_dispatch[dict] = _deep_dict
_deep_dispatch[set] = _deep_set
_deep_dispatch[frozenset] = _deep_frozenset


class _C:
    def m(self):
        pass


_method = type(_C().m)
_deep_dispatch[_method] = _deep_method
del _C


def _is_deque(cls):
    return cls.__name__ == "deque" and cls.__module__ == "collections"


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        rebuilt = None if setstate is not None else copyreg._setstate_native(y, state)
        if setstate is not None:
            setstate(state)
        elif rebuilt is not None:
            y = rebuilt
            if deep:
                memo[id(x)] = y
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
