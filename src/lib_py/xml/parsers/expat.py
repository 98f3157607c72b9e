"""Interface to the Expat non-validating XML parser."""

import sys

from pyexpat import *
from pyexpat import errors, model

sys.modules["xml.parsers.expat.errors"] = errors
sys.modules["xml.parsers.expat.model"] = model
