# warn_explicit with a given location and registry.
import warnings

registry = {}
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42, registry=registry)
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42, registry=registry)
print(sorted(k for k in registry if k != "version"))
warnings.warn_explicit("in a module", RuntimeWarning, "lib.py", 3, module="lib")
warnings.filterwarnings("ignore", module="quiet")
warnings.warn_explicit("hidden", UserWarning, "quiet.py", 1, module="quiet")
warnings.warn_explicit(DeprecationWarning("dep instance"), None, "main.py", 9, module="__main__")
