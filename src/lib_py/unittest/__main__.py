"""`python -m unittest`: discovery in the current folder, or the tests named."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python3 -m unittest"

__unittest = True

from unittest.main import main

main(module=None)
