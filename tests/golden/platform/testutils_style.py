# The way test helpers choose what to run by interpreter and version.
import platform
import sys


def skip_if_unsupported(req_maj_vers, req_min_vers, test_fct):
    def exec():
        test_fct()

    if platform.python_implementation() == "RustPython":
        exec()
    elif sys.version_info.major >= req_maj_vers and sys.version_info.minor >= req_min_vers:
        exec()
    else:
        print(f"Skipping: {platform.python_version()}")


skip_if_unsupported(3, 8, lambda: print("ran 3.8 test"))
skip_if_unsupported(3, 99, lambda: print("ran 3.99 test"))
print(platform.python_implementation() in ("CPython", "corun"))
