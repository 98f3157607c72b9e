"""Helpers for the test scripts taken from RustPython's snippets."""


class _Raises:
    def __init__(self, expected, msg):
        self.expected = expected
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            raise AssertionError(self.msg or f"{self.expected.__name__} was not raised")
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        return True


def assert_raises(expected, *args, _msg=None, **kwargs):
    if not args:
        return _Raises(expected, _msg)
    with _Raises(expected, _msg):
        args[0](*args[1:], **kwargs)
