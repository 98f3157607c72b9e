import warnings


def old_api(x):
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return x + 1


class Settings:
    @property
    def timeout(self):
        warnings.warn("Settings.timeout is deprecated", FutureWarning, stacklevel=2)
        return 30
