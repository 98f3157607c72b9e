"""The import machinery's internals, as far as programs reach them. corun has no frozen
modules and loads no extension modules, so those questions have fixed answers."""

import sys

check_hash_based_pycs = "never"


def lock_held():
    return False


def acquire_lock():
    pass


def release_lock():
    pass


def is_builtin(name):
    return 1 if name in getattr(sys, "builtin_module_names", ()) else 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    return False


def extension_suffixes():
    return []


def _override_frozen_modules_for_tests(override):
    pass


def _fix_co_filename(code, path):
    pass
