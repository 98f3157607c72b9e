"""`lzma`: not written yet. Importing it raises NotImplementedError (a program that would
fall back on ImportError must not silently take another path than under CPython)."""

raise NotImplementedError("corun does not support the lzma module yet")
