"""Utilities for with-statement contexts (`contextlib`), after CPython 3.11's module: the
generator-based managers, the decorators made of managers, the small ready-made managers
and the exit stacks."""

import abc as _abc
import os as _os
import sys as _sys
from collections import deque as _deque
from collections.abc import _check_methods
from functools import wraps as _wraps
from types import MethodType as _MethodType, GenericAlias as _GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]




class AbstractContextManager(_abc.ABC):
    """A class with `__enter__` (returning self) and an abstract `__exit__`."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """A class with `__aenter__` (returning self) and an abstract `__aexit__`."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _check_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """A context manager that can also decorate a function: each call runs in it."""

    def _recreate_cm(self):
        # A manager that can be entered once only makes a fresh copy of itself here.
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """An async context manager that can also decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the generator-based managers share: the generator, and how to make it again."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The decorated function's docstring is the manager's (help() shows it).
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a generator of its own.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """The manager `@contextmanager` makes."""

    def __enter__(self):
        # Once entered it cannot be made again: let go of what only that needed.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            # An instance is needed to tell our exception from another one coming back.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator returned: the exception is swallowed, unless it is the very
            # StopIteration raised in the block.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # A StopIteration thrown in comes back wrapped in a RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # The exception thrown in came back out: __exit__ reports it by returning
            # False, not by raising it again.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The manager `@asynccontextmanager` makes."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Makes a context manager of a generator function that yields once."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Makes an async context manager of an async generator function that yields once."""
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls `thing.close()` at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits `thing.aclose()` at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one manager can be entered again inside itself.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Puts another object in `sys.stdout` for the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Puts another object in `sys.stderr` for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exceptions raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; `enter_result` is what `as` gets."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block (for the whole process)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(_os.getcwd())
        _os.chdir(self.path)

    def __exit__(self, *excinfo):
        _os.chdir(self._old_cwd.pop())


def _protocol_error(cls, what):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {what}context manager protocol")


def _relink_context(new_exc, old_exc, frame_exc):
    """Makes `old_exc` the context of the exception `new_exc` came from, as if the exits
    had been nested `with` statements: the chain of contexts from `new_exc` is followed
    down to where it reaches what was being handled around the stack (`frame_exc`), and
    `old_exc` goes in there."""
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


class _Unwinding:
    """One run of an exit stack's callbacks, last pushed first: the exception details the
    next one gets, whether one swallowed the exception, and whether one raised its own."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.frame_exc = _sys.exc_info()[1]
        self.suppressed = False
        self.pending = False

    def returned(self, result):
        if result:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    def raised(self):
        new = _sys.exc_info()
        _relink_context(new[1], self.details[1], self.frame_exc)
        self.pending = True
        self.details = new

    def finish(self):
        """Raises what the last failing callback raised, else says whether the exception
        the stack received was swallowed."""
        if self.pending:
            exc = self.details[1]
            # Raising it again would make it its own context's context: keep the one set.
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return self.received and self.suppressed


class _BaseExitStack:
    """The callbacks of an exit stack, and how they are pushed."""

    def __init__(self):
        # (is_sync, callback) pairs; the last pushed runs first.
        self._exit_callbacks = _deque()

    def pop_all(self):
        """Moves every callback to a new stack of the same type, and returns it."""
        new = type(self)()
        new._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = _deque()
        return new

    def push(self, exit):
        """Pushes a context manager's `__exit__`, or any callable taking the same three
        arguments; returns it (so that it can decorate)."""
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters `cm` and pushes its `__exit__`; returns what `__enter__` returned."""
        cls = type(cm)
        try:
            enter, exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _protocol_error(cls, "") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Pushes a call of `callback(*args, **kwds)`, which cannot swallow an exception;
        returns `callback`."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        # Lets a program find and inspect what it pushed.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(_MethodType(cm_exit, cm), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A stack of exit callbacks, run last first when the block ends or at `close()`, each
    seeing the exception the ones after it left, as nested `with` statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        run = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                run.returned(cb(*run.details))
            except BaseException:
                run.raised()
        return run.finish()

    def close(self):
        """Runs every callback now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """An exit stack for `async with`: its callbacks may be coroutine functions."""

    async def enter_async_context(self, cm):
        """Enters the async manager `cm` and pushes its `__aexit__`."""
        cls = type(cm)
        try:
            enter, exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _protocol_error(cls, "asynchronous ") from None
        result = await enter(cm)
        self._push_exit_callback(_MethodType(exit, cm), False)
        return result

    def push_async_exit(self, exit):
        """Pushes an async manager's `__aexit__`, or a coroutine function taking the same
        three arguments."""
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_exit_callback(_MethodType(exit_method, exit), False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Pushes an awaited call of the coroutine function `callback(*args, **kwds)`."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Runs every callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        run = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                run.returned(cb(*run.details) if is_sync else await cb(*run.details))
            except BaseException:
                run.raised()
        return run.finish()
