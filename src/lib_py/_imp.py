"""`_imp`: the import system's internals that programs and test helpers reach for. corun's
import system is native; these answer from it."""

import importlib as _importlib

check_hash_based_pycs = "default"


def lock_held():
    return False


def acquire_lock():
    pass


def release_lock():
    pass


def extension_suffixes():
    return [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"]


def is_builtin(name, /):
    found = _importlib._find(name)
    return 1 if found is not None and found[0] == "builtin" else 0


def is_frozen(name, /):
    found = _importlib._find(name)
    return found is not None and found[0] == "shipped"


def is_frozen_package(name, /):
    return False


def _override_frozen_modules_for_tests(override, /):
    pass


def _override_multi_interp_extensions_check(override, /):
    return -1


def source_hash(key, source):
    raise NotImplementedError("_imp.source_hash (corun has no .pyc files)")


def create_dynamic(spec, file=None, /):
    raise NotImplementedError("loading extension modules")


def exec_dynamic(module, /):
    raise NotImplementedError("loading extension modules")


def _fix_co_filename(code, path, /):
    pass
