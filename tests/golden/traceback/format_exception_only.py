# format_exception_only: the last line alone, for builtin and user exceptions.
import traceback

class AppError(Exception):
    pass

print(traceback.format_exception_only(ValueError("bad")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(AppError("custom", 2)))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(type(None), None))
print(traceback.format_exception_only(RuntimeError, RuntimeError("old style")))
try:
    import no_such_module_here
except ImportError as e:
    print(traceback.format_exception_only(e))
