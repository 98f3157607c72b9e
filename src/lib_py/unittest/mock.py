"""`unittest.mock`: mock objects that record how they are used (`Mock`, `MagicMock`,
`AsyncMock`), `patch` to put them in place, `call`, `ANY`, `sentinel`, with CPython's assertion
messages."""

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
           'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal')

import asyncio
import importlib
import inspect
import pprint
import sys
from functools import partial
from types import FunctionType, MethodType

FILTER_DIR = True


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class _SentinelObject:
    """A named unique object (`sentinel.name`)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call:
    """A recorded (or expected) call: its name, positional and keyword arguments. It behaves
    as the tuple (args, kwargs), or (name, args, kwargs) for a named one."""

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name_v, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name_v = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                name_v = ''
                args, kwargs = first, second
        elif _len == 1:
            value, = value
            name_v = ''
            if isinstance(value, str):
                name_v = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        else:
            name_v = ''
        if two:
            self._t = (args, kwargs)
        else:
            self._t = (name_v, args, kwargs)
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __getitem__(self, index):
        return self._t[index]

    def _parts(self):
        if len(self._t) == 2:
            return ('',) + self._t
        return self._t

    def __eq__(self, other):
        if other is ANY:
            return True
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (self._mock_parent is not None and isinstance(other, _Call) and
                other._mock_parent is not None and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def count(self, value):
        return self._t.count(value)

    def index(self, value):
        return self._t.index(value)

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self._t) == 2:
            name = 'call'
            args, kwargs = self._t
        else:
            name, args, kwargs = self._t
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a run of calls given as a list."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return any(item == value for item in self)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if list(sub_list) == list(value):
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _is_instance_mock(obj):
    return isinstance(obj, NonCallableMock)


def _callable(obj):
    if isinstance(obj, type):
        return True
    return callable(obj)


def _instance_callable(obj):
    """Whether the instances of a class (or the object itself) can be called."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    return any('__call__' in base.__dict__ for base in obj.__mro__)


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


def _iscoroutinefunction(obj):
    if isinstance(obj, AsyncMock):
        return True
    try:
        return asyncio.iscoroutinefunction(obj)
    except Exception:
        return False


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    d = value.__dict__
    if (d['_mock_name'] or d['_mock_new_name'] or d['_mock_parent'] is not None or
            d['_mock_new_parent'] is not None):
        return False
    # A mock made its own descendant's child (`m.__enter__.return_value = m`) keeps no parent:
    # the chain of names would run in a circle.
    up = parent
    while up is not None:
        if up is value:
            return False
        up = up.__dict__['_mock_new_parent']
    d['_mock_new_parent'] = parent
    d['_mock_new_name'] = new_name
    if name:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    return True


_magics = {
    '__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__', '__len__',
    '__iter__', '__exit__', '__enter__', '__complex__', '__float__', '__bool__',
    '__index__', '__hash__', '__str__', '__sizeof__', '__eq__', '__ne__',
    '__getitem__', '__setitem__', '__delitem__', '__round__', '__floor__', '__trunc__',
    '__ceil__', '__neg__', '__pos__', '__abs__', '__invert__', '__fspath__', '__next__',
    '__divmod__', '__rdivmod__',
}
_numerics = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'lshift',
             'rshift', 'and', 'xor', 'or', 'pow']
for _n in _numerics:
    _magics.update({'__%s__' % _n, '__r%s__' % _n, '__i%s__' % _n})
_async_magics = {'__aenter__', '__aexit__', '__anext__', '__aiter__'}
_all_magics = _magics | _async_magics
_sync_async_magics = {'__aiter__'}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}


def _default_magic(mock, name):
    """The value a MagicMock's magic method returns until configured (DEFAULT: a child)."""
    if name in ('__lt__', '__gt__', '__le__', '__ge__'):
        return NotImplemented
    defaults = {'__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
                '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
                '__aexit__': False}
    if name in defaults:
        return defaults[name]
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock) if hasattr(object, '__sizeof__') else 0
    if name == '__fspath__':
        return "%s/%s" % (type(mock).__name__, id(mock))
    return DEFAULT


class _MagicProxy:
    """A magic method of a MagicMock's class: read on the mock it is the mock's child for that
    name (made when first needed); called, it calls that child."""

    def __init__(self, name):
        self.name = name
        self.__name__ = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return obj._mock_magic_child(self.name)

    def __call__(self, obj, /, *args, **kwargs):
        return obj._mock_magic_child(self.name)(*args, **kwargs)


def _magic_side_effect(mock, name):
    """The behaviour of a magic method that depends on the mock itself."""
    child = lambda: mock._mock_children[name]
    if name == '__eq__':
        def effect(other):
            ret = child()._mock_return_value
            if ret is not DEFAULT:
                return ret
            return True if mock is other else NotImplemented
        return effect
    if name == '__ne__':
        def effect(other):
            ret = child()._mock_return_value
            if ret is not DEFAULT:
                return ret
            return False if mock is other else NotImplemented
        return effect
    if name == '__iter__':
        def effect():
            ret = child()._mock_return_value
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        return effect
    if name == '__aiter__':
        def effect():
            ret = child()._mock_return_value
            if ret is DEFAULT:
                return _AsyncIterator(iter([]))
            return _AsyncIterator(iter(ret))
        return effect
    return None


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class NonCallableMock:
    """A mock object: reading an attribute makes (and keeps) a child mock; everything done to
    it is recorded."""

    def __new__(cls, /, *args, **kw):
        # Each mock is made of a class of its own, so that magic methods set on it (which
        # Python looks up on the class) stay its own.
        own = type(cls.__name__, (cls,), {'_mock_own_class': True, '__doc__': cls.__doc__,
                                          '__module__': cls.__module__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, unsafe=False,
                 _spec_as_instance=False, _eat_self=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_class'] = None
        d['_spec_set'] = spec_set
        d['_mock_methods'] = None
        d['_spec_asyncs'] = []
        d['_spec_signature'] = None
        d['_mock_call_sig'] = None
        if spec is not None:
            self._mock_add_spec(spec, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_unsafe'] = unsafe
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['call_args_list'] = _CallList()
        d['mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_spec_class(self):
        spec = self.__dict__.get('_spec_class')
        return type(self) if spec is None else spec

    # A mock made with a spec says it is of the spec's class (`isinstance` believes it).
    __class__ = property(_mock_spec_class)

    def _mock_add_spec(self, spec, _spec_as_instance=False, _eat_self=False):
        d = self.__dict__
        if isinstance(spec, list) and all(isinstance(s, str) for s in spec):
            d['_mock_methods'] = list(spec)
            return
        d['_spec_class'] = spec if isinstance(spec, type) else type(spec)
        d['_spec_signature'] = _signature_of_spec(spec, _spec_as_instance, _eat_self)
        d['_mock_methods'] = dir(spec)
        asyncs = []
        for attr in dir(spec):
            if attr.startswith('__'):
                continue
            try:
                value = getattr(spec, attr)
            except AttributeError:
                continue
            if _iscoroutinefunction(value):
                asyncs.append(attr)
        d['_spec_asyncs'] = asyncs

    def mock_add_spec(self, spec, spec_set=False):
        self.__dict__['_spec_set'] = spec_set
        self._mock_add_spec(spec)

    def attach_mock(self, mock, attribute):
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, /, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        self.__dict__['_mock_side_effect'] = _try_iter(value)

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_children', '_mock_name',
                    '_mock_parent', '_mock_new_name', '_mock_new_parent',
                    '_mock_return_value', '_mock_side_effect', '_mock_wraps',
                    '_spec_class', '_spec_set', '_spec_asyncs', '_mock_sealed',
                    '_spec_signature', '_mock_call_sig'}:
            raise AttributeError(name)
        d = self.__dict__
        if d['_mock_methods'] is not None:
            if name not in d['_mock_methods'] or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not d['_mock_unsafe'] and (not d['_mock_methods'] or name not in d['_mock_methods']):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        result = d['_mock_children'].get(name)
        if result is _deleted:
            raise AttributeError(name)
        if isinstance(result, _SpecState):
            # An attribute of an autospecced object, made into a mock when first read.
            result = create_autospec(result.spec, result.spec_set, result.instance,
                                     result.parent, result.name)
            d['_mock_children'][name] = result
        if result is None:
            wraps = None
            if d['_mock_wraps'] is not None:
                wraps = getattr(d['_mock_wraps'], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            d['_mock_children'][name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ('return_value', 'side_effect'):
            return object.__setattr__(self, name, value)
        if (d['_spec_set'] and d['_mock_methods'] is not None and
                name not in d['_mock_methods'] and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _all_magics:
            return self._mock_set_magic(name, value)
        if d['_mock_sealed'] and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        if _check_and_set_parent(self, value, name, name):
            d['_mock_children'][name] = value
        elif name in d['_mock_children']:
            del d['_mock_children'][name]
        return object.__setattr__(self, name, value)

    def _mock_set_magic(self, name, value):
        if not isinstance(self, MagicMixin):
            # A plain Mock gets the method on its own class.
            _own_class(self)
        cls = type(self)
        if _is_instance_mock(value):
            _check_and_set_parent(self, value, name, name)
            self.__dict__['_mock_children'][name] = value
            setattr(cls, name, _MagicProxy(name))
        else:
            self.__dict__['_mock_children'].pop(name, None)
            setattr(cls, name, value)

    def __delattr__(self, name):
        d = self.__dict__
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            d['_mock_children'].pop(name, None)
            return
        obj = d['_mock_children'].get(name, _missing)
        if name in d:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del d['_mock_children'][name]
        d['_mock_children'][name] = _deleted

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        seen = set()
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
            if id(parent) in seen:
                break
            seen.add(id(parent))
        names = list(reversed(names))
        first = last._mock_name or 'mock'
        if len(names) > 1:
            if names[1] not in ('()', '().'):
                first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (_class_name(self), name_string, spec_string, id(self))

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        actual_string = self._format_mock_call_signature(*self.call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, 'not called.'))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def _call_matcher(self, _call):
        """A call as the spec's signature binds it (so `f(1)` and `f(a=1)` are the same
        call), or the TypeError binding gives; the call itself without a signature."""
        sig = self.__dict__.get('_spec_signature')
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def _mock_check_sig(self, /, *args, **kwargs):
        """An autospecced mock refuses calls its spec would refuse."""
        sig = self.__dict__.get('_mock_call_sig')
        if sig is not None:
            sig.bind(*args, **kwargs)

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    'Calls not found.\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            for i, c in enumerate(all_calls):
                if c == kall:
                    del all_calls[i]
                    break
            else:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _CallList(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string) from cause

    def _get_child_mock(self, /, **kw):
        _new_name = kw.get("_new_name")
        if _new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        _type = _real_class(self)
        if issubclass(_type, MagicMock) and _new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            if _new_name in _all_magics and _new_name not in _async_method_magics:
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = _type
        return klass(**kw)


def _real_class(mock):
    """The mock class a mock was made from (not the class of its own it may have)."""
    cls = type(mock)
    if cls.__dict__.get('_mock_own_class', False):
        return cls.__bases__[0]
    return cls


def _class_name(mock):
    return _real_class(mock).__name__


def _own_class(mock):
    """The class of the mock's own (made by `NonCallableMock.__new__`), where its magic
    methods go."""
    return type(mock)


class _SpecState:
    """An attribute of an autospecced object not made into a mock yet."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, instance=False):
        self.spec = spec
        self.spec_set = spec_set
        self.parent = parent
        self.name = name
        self.instance = instance


class CallableMixin:

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        if return_value is not DEFAULT:
            _check_and_set_parent(self, return_value, None, '()')
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] = d['call_count'] + 1
        _call = _Call((args, kwargs), two=True)
        d['call_args'] = _call
        d['call_args_list'].append(_call)

        do_method_calls = d['_mock_parent'] is not None
        method_call_name = d['_mock_name']
        mock_call_name = d['_mock_new_name']
        is_a_call = mock_call_name == '()'
        d['mock_calls'].append(_Call(('', args, kwargs)))

        _new_parent = d['_mock_new_parent']
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            _new_parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if _new_parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: it returns `return_value` (a child mock unless set), or what
    `side_effect` says (an exception to raise, an iterable of results, a function)."""


class MagicMixin:
    """Gives a mock the magic methods, each backed by a child mock with a useful default."""

    def __init__(self, /, *args, **kw):
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        cls = _own_class(self)
        methods = self.__dict__['_mock_methods']
        for name in _magics | _async_magics:
            if methods is not None and name not in methods:
                continue
            if name in cls.__dict__:
                continue
            setattr(cls, name, _MagicProxy(name))

    def _mock_magic_child(self, name):
        d = self.__dict__
        child = d['_mock_children'].get(name)
        if child is None:
            child = self._get_child_mock(name=name, parent=self, _new_name=name,
                                         _new_parent=self)
            d['_mock_children'][name] = child
            default = _default_magic(self, name)
            if default is not DEFAULT:
                child.return_value = default
            effect = _magic_side_effect(self, name)
            if effect is not None:
                child.side_effect = effect
        return child


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (`len(m)`, `m[k]`, `with m:`, `m + 1`, …) configured."""


class AsyncMockMixin:

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()
        # What `inspect.iscoroutinefunction` reads: the flags of a coroutine function's code.
        code = NonCallableMock()
        code.__dict__.update(co_flags=inspect.CO_COROUTINE | inspect.CO_VARARGS |
                             inspect.CO_VARKEYWORDS, co_argcount=0, co_posonlyargcount=0,
                             co_kwonlyargcount=0, co_varnames=('args', 'kwargs'))
        d['__code__'] = code
        d['__name__'] = 'AsyncMock'
        d['__defaults__'] = tuple()
        d['__kwdefaults__'] = {}
        d['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        d = self.__dict__
        d['await_count'] = d['await_count'] + 1
        d['await_args'] = _call
        d['await_args_list'].append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            msg = f"Expected {self._mock_name or 'mock'} to have been awaited."
            raise AssertionError(msg)

    def assert_awaited_once(self):
        if not self.await_count == 1:
            msg = (f"Expected {self._mock_name or 'mock'} to have been awaited once."
                   f" Awaited {self.await_count} times.")
            raise AssertionError(msg)

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if self.await_args != _Call((args, kwargs), two=True):
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs, action='await'))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            msg = (f"Expected {self._mock_name or 'mock'} to have been awaited once."
                   f" Awaited {self.await_count} times.")
            raise AssertionError(msg)
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if not any(expected == c for c in self.await_args_list):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s await not found' % expected_string)

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = _CallList(self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError(
                    'Awaits not found.\n'
                    f'Expected: {_CallList(calls)}\n'
                    f'Actual: {self.await_args_list}')
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            for i, c in enumerate(all_awaits):
                if c == kall:
                    del all_awaits[i]
                    break
            else:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            msg = (f"Expected {self._mock_name or 'mock'} to not have been awaited."
                   f" Awaited {self.await_count} times.")
            raise AssertionError(msg)

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A mock whose call returns a coroutine; awaiting it gives the result and is recorded
    (`await_count`, `await_args`, `assert_awaited_once_with`, …)."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading it calls the mock, setting it calls
    the mock with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """After this, reading a new attribute of the mock (or its children) is an error."""
    mock.__dict__['_mock_sealed'] = True
    children = list(mock.__dict__['_mock_children'].values())
    ret = mock.__dict__['_mock_return_value']
    if ret is not DEFAULT:
        children.append(ret)
    for m in children:
        if not isinstance(m, NonCallableMock):
            continue
        if m._mock_new_parent is mock:
            seal(m)


_FunctionTypes = (FunctionType, MethodType)


def _signature_of_spec(spec, as_instance=False, eat_self=False):
    """The signature calls of a mock made from `spec` are checked against: a class's is its
    constructor's, an instance's its `__call__`'s; `eat_self` leaves the first parameter out
    (a method read from its class). None when there is none."""
    if isinstance(spec, type) and not as_instance:
        func = spec.__init__
        eat_self = True
        if func is object.__init__:
            # Takes anything: checking would refuse nothing, and binding changes nothing.
            return None
    elif isinstance(spec, (classmethod, staticmethod)):
        func = spec.__func__
    elif not isinstance(spec, _FunctionTypes):
        try:
            func = spec.__call__
        except AttributeError:
            return None
    else:
        func = spec
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError, NotImplementedError):
        return None
    if eat_self:
        params = list(sig.parameters.values())
        if params and params[0].kind in (inspect.Parameter.POSITIONAL_ONLY,
                                         inspect.Parameter.POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


def _must_skip(spec, entry, is_type):
    """Whether the method `entry` of `spec`, read from it, still has `self` to leave out."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = type(spec)
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if isinstance(result, _FunctionTypes):
            return is_type
        return False
    return is_type


class _AutospecFunction:
    """What `create_autospec` gives for a function: called, it checks the arguments against
    the function's signature and calls its mock; read from a class it binds as a method does.
    Everything else (`return_value`, `call_args`, `assert_called_with`, …) is its mock's."""

    def __init__(self, mock, original):
        d = self.__dict__
        d['mock'] = mock
        d['__signature__'] = mock.__dict__['_spec_signature']
        # Named as the function; its other details are not copied (CPython's stand-in shows
        # None for each).
        d['__name__'] = d['__qualname__'] = getattr(original, '__name__', 'funcopy')
        d['__doc__'] = d['__module__'] = d['__defaults__'] = d['__kwdefaults__'] = None

    def __call__(self, /, *args, **kwargs):
        return self.mock(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def __getattr__(self, name):
        return getattr(self.__dict__['mock'], name)

    def __setattr__(self, name, value):
        setattr(self.mock, name, value)

    def __repr__(self):
        return repr(self.mock)


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock with the attributes of `spec`, whose methods (and itself, when callable) check
    their calls against the real signatures; attributes that are objects are autospecced in
    turn when first read. With `instance`, a mock of an instance of the class `spec`."""
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_type = isinstance(spec, type)
    is_async_func = _iscoroutinefunction(spec)
    _kwargs = {'spec_set' if spec_set else 'spec': spec}
    if spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        for name in kwargs:
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise RuntimeError(f"{name!r} is not a valid assertion. Use a spec for the "
                                   f"mock if {name!r} is meant to be an attribute.")
    _kwargs.update(kwargs)
    Klass = MagicMock
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not is_type and not callable(spec):
        Klass = NonCallableMagicMock
    elif is_async_func:
        if instance:
            raise RuntimeError("Instance can not be True when create_autospec "
                               "is mocking an async function")
        Klass = AsyncMock
    _name = _kwargs.pop('name', _name)
    _new_name = _name if _parent is not None else ''
    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name, name=_name,
                 **_kwargs)
    if Klass is not NonCallableMagicMock and _kwargs:
        mock.__dict__['_mock_call_sig'] = mock.__dict__['_spec_signature']
    if isinstance(spec, _FunctionTypes):
        mock = _AutospecFunction(mock, spec)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()',
                                            _parent=mock)
    for entry in dir(spec):
        if entry.startswith('__') and entry.endswith('__'):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, _FunctionTypes):
            mock._mock_children[entry] = _SpecState(original, spec_set, mock, entry, instance)
            continue
        skipfirst = _must_skip(spec, entry, is_type)
        child_klass = AsyncMock if _iscoroutinefunction(original) else MagicMock
        child_kwargs = {'spec_set' if spec_set else 'spec': original, '_eat_self': skipfirst}
        new = child_klass(parent=mock, name=entry, _new_name=entry, _new_parent=mock,
                          **child_kwargs)
        new.__dict__['_mock_call_sig'] = new.__dict__['_spec_signature']
        mock._mock_children[entry] = new
        new.return_value = child_klass()
    return mock


_open_file_attrs = None


def _file_attrs():
    """The attributes a mocked file handle has: those of a text file and of a binary one."""
    global _open_file_attrs
    if _open_file_attrs is None:
        import io
        _open_file_attrs = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    return _open_file_attrs


def mock_open(mock=None, read_data=''):
    """A mock to stand in for `open` (or make `mock` one): each call returns the same file
    handle, whose `read`, `readline`, `readlines`, iteration and `next` give `read_data` (a
    str or bytes), from its start again at every call of the mock. A `return_value` set on one
    of the reading methods wins over the data."""
    import io

    def fresh():
        if isinstance(read_data, bytes):
            return io.BytesIO(read_data)
        return io.StringIO(read_data)

    data = [fresh()]
    handle = MagicMock(spec=_file_attrs())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return data[0].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return data[0].readlines(*args, **kwargs)

    def lines():
        # The handle's lines, as iteration and readline give them; a set readline
        # return_value repeats for ever.
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        yield from data[0]

    def readline_stream():
        yield from lines()
        while True:
            yield data[0].readline()

    def next_line():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(data[0])

    readline_feed = [readline_stream()]
    handle.read.side_effect = read
    handle.readline.side_effect = readline_feed[0]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line

    def reopen(*args, **kwargs):
        data[0] = fresh()
        # Unless the test put its own side effect on readline, it reads the new data too.
        if handle.readline.side_effect == readline_feed[0]:
            readline_feed[0] = readline_stream()
            handle.readline.side_effect = readline_feed[0]
        return DEFAULT

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    mock.side_effect = reopen
    mock.return_value = handle
    return mock


# ---- patch ----

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        importlib.import_module(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = importlib.import_module(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


def _is_started(patcher):
    return hasattr(patcher, 'is_local')


class _patch:
    """What `patch` and `patch.object` return: a decorator, a context manager, or a patcher
    with start() and stop()."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def _enter_all(self, patchings, args, keywargs):
        entered = []
        extra_args = []
        try:
            for patching in patchings:
                arg = patching.__enter__()
                entered.append(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra_args.append(arg)
        except BaseException:
            for p in reversed(entered):
                p.__exit__(*sys.exc_info())
            raise
        return entered, tuple(args) + tuple(extra_args)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        def patched(*args, **keywargs):
            entered, newargs = self._enter_all(patched.patchings, args, keywargs)
            try:
                result = func(*newargs, **keywargs)
            except BaseException as e:
                info = (type(e), e, e.__traceback__)
                suppressed = False
                for p in reversed(entered):
                    if p.__exit__(*info):
                        suppressed = True
                if not suppressed:
                    raise
                return None
            for p in reversed(entered):
                p.__exit__(None, None, None)
            return result

        _copy_names(func, patched)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        async def patched(*args, **keywargs):
            entered, newargs = self._enter_all(patched.patchings, args, keywargs)
            try:
                result = await func(*newargs, **keywargs)
            except BaseException as e:
                info = (type(e), e, e.__traceback__)
                suppressed = False
                for p in reversed(entered):
                    if p.__exit__(*info):
                        suppressed = True
                if not suppressed:
                    raise
                return None
            for p in reversed(entered):
                p.__exit__(None, None, None)
            return result

        _copy_names(func, patched)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if spec is not None and spec_set is not None:
            raise TypeError("Can't specify spec and spec_set together")
        original, local = self.get_original()
        autospec = self.autospec
        if autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch target has '
                    f'already been mocked out. [target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target {target_name!r} '
                    f'as it has already been mocked out. [target={self.target!r}, '
                    f'attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute,
                                  **self.kwargs)
        elif new is DEFAULT:
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec_set is True:
                spec_set = original
            if new_callable is not None:
                Klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _iscoroutinefunction(this_spec):
                    Klass = AsyncMock
                elif not callable(this_spec) or (isinstance(this_spec, type) is False and
                                                 not hasattr(this_spec, '__call__')):
                    Klass = NonCallableMagicMock
                else:
                    Klass = MagicMock
            elif original is not DEFAULT and _iscoroutinefunction(original):
                Klass = AsyncMock
            else:
                Klass = MagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and
                    self.attribute):
                _kwargs['name'] = self.attribute
            _kwargs.update(self.kwargs)
            new = Klass(**_kwargs)
            if (isinstance(original, type) and (spec is not None or spec_set is not None)
                    and _is_instance_mock(new)):
                # A class patched with a spec: its instances are mocks with the spec too,
                # callable only if the class's instances are.
                this_spec = spec if spec_set is None else spec_set
                if not isinstance(this_spec, list) and not _instance_callable(this_spec):
                    Klass = NonCallableMagicMock
                _kwargs.pop('name', None)
                new.return_value = Klass(_new_parent=new, _new_name='()', **_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if not _is_started(self):
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            try:
                delattr(self.target, self.attribute)
            except AttributeError:
                pass
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            if _is_started(patcher):
                patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _copy_names(func, wrapper):
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapper.__wrapped__ = func


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replaces `target` ('package.module.name') with `new` (a MagicMock by default) while a
    decorated function runs, inside a `with` block, or between start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


class _patch_dict:
    """`patch.dict`: sets values in a dictionary (or a mapping such as os.environ) and puts
    it back as it was afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if _iscoroutinefunction(f):
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
        else:
            def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return f(*args, **kw)
                finally:
                    self._unpatch_dict()
        _copy_names(f, _inner)
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        keys = list(in_dict)
        for key in keys:
            del in_dict[key]


def _patch_stopall():
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
