"""`json.decoder`: where CPython keeps the decoder. The classes are made in `json` (so that
the package does not import itself half made); `scanstring` reads one string literal with the
native scanner."""

import _corun_json
from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


def scanstring(s, end, strict=True):
    """The str of the JSON string literal whose opening quote is just before `s[end]`, and the
    index just past its closing quote."""
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")
    if end < 0 or end > len(s):
        raise ValueError("end is out of bounds")
    # The scanner reads a value: give it the quote, then move its positions back to `s`.
    try:
        value, stop = _corun_json.scan(JSONDecodeError, '"' + s[end:], 0, False, strict,
                                 None, None, None, None, None)
    except JSONDecodeError as e:
        raise JSONDecodeError(e.msg, s, e.pos + end - 1) from None
    return value, stop + end - 1


py_scanstring = c_scanstring = scanstring
