"""`json.encoder`: where CPython keeps the encoder (the class is made in `json`) and the
functions that quote a str as a JSON string."""

import _corun_json
from json import JSONEncoder

__all__ = ['JSONEncoder']

INFINITY = float('inf')

encode_basestring = py_encode_basestring = c_encode_basestring = _corun_json.encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii = c_encode_basestring_ascii = (
    _corun_json.encode_basestring_ascii)
