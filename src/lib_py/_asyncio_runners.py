"""asyncio.Runner, as CPython 3.11's runners.py has it, over corun's native loop."""

import asyncio

_CREATED = "created"
_INITIALIZED = "initialized"
_CLOSED = "closed"


class Runner:
    """A context manager that runs coroutines on one event loop and closes it at the end."""

    __module__ = "asyncio.runners"

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close event loop."""
        if self._state is not _INITIALIZED:
            return
        try:
            asyncio._finish_run()
        finally:
            if self._set_event_loop:
                asyncio.set_event_loop(None)
            self._loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        """Return embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not asyncio.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state is _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state is _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = asyncio.new_event_loop()
            if not self._set_event_loop:
                asyncio.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _INITIALIZED


class AbstractEventLoopPolicy:
    """What an event loop policy answers: the loop of this thread, a new loop."""

    __module__ = "asyncio.events"

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The policy asyncio has unless a program sets another: corun's own loop."""

    __module__ = "asyncio.unix_events"

    def get_event_loop(self):
        return asyncio.get_event_loop()

    def set_event_loop(self, loop):
        asyncio.set_event_loop(loop)

    def new_event_loop(self):
        return asyncio.new_event_loop()

    def get_child_watcher(self):
        raise NotImplementedError(
            "corun does not support child watchers (its loop waits for children itself)")

    def set_child_watcher(self, watcher):
        raise NotImplementedError(
            "corun does not support child watchers (its loop waits for children itself)")


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_policy = None


def get_event_loop_policy():
    """The current event loop policy."""
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    """Sets the policy; None restores the default one. corun's loop is the only one, so a
    policy of another class (one making other loops) is refused, not silently ignored."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    if policy is not None and type(policy) is not DefaultEventLoopPolicy:
        raise NotImplementedError(
            "corun does not support event loop policies other than the default one")
    _policy = policy
