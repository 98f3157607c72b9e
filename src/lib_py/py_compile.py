"""`py_compile`: corun runs source and writes no bytecode files, so `compile` is not there."""


class PyCompileError(Exception):
    def __init__(self, exc_type, exc_value, file, msg=""):
        self.exc_type_name = exc_type.__name__
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or f"Sorry: {self.exc_type_name}: {exc_value}"
        Exception.__init__(self, self.msg, self.exc_type_name, self.exc_value, self.file)

    def __str__(self):
        return self.msg


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    raise NotImplementedError("corun does not support py_compile.compile yet (it writes no bytecode)")
