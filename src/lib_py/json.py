"""JSON encoding and decoding. The classes are here, so that programs can subclass them; the
work is done by the native `_corun_json` (the encoder and the scanner)."""

import _corun_json

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """A document that is not JSON: `msg` says what was wrong, `pos` (a character index in
    `doc`), `lineno` and `colno` say where."""

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _corun_json.encode_basestring_ascii(o)
            return _corun_json.encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return iter((_corun_json.encode(
            o, self.skipkeys, self.ensure_ascii, self.check_circular,
            self.allow_nan, self.sort_keys, indent, self.key_separator,
            self.item_separator, self.default),))


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _scan(self, s, idx, whole):
        # The builtin parsers are passed as None: the scanner makes those values itself.
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return _corun_json.scan(
            JSONDecodeError, s, idx, whole, self.strict, self.object_hook,
            self.object_pairs_hook, None if pf is float else pf,
            None if pi is int else pi,
            None if pc is _constant else pc)

    def decode(self, s, _w=None):
        if type(self).raw_decode is JSONDecoder.raw_decode:
            return self._scan(s, 0, True)
        n = len(s)
        idx = 0
        while idx < n and s[idx] in ' \t\n\r':
            idx += 1
        obj, end = self.raw_decode(s, idx=idx)
        while end < n and s[end] in ' \t\n\r':
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx > len(s):
            raise JSONDecodeError("Expecting value", s, idx)
        return self._scan(s, idx, False)


try:
    _bytes_types = (bytes, bytearray)
except NameError:
    _bytes_types = (bytes,)

_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}
_constant = _CONSTANTS.__getitem__

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                 check_circular=check_circular, allow_nan=allow_nan,
                 indent=indent, separators=separators, default=default,
                 sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def _guess_encoding(b):
    """The encoding of a JSON document given as bytes (RFC 8259 allows UTF-8, -16 and -32):
    a byte order mark says it; otherwise the pattern of zero bytes among the first four,
    the first character being ASCII."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        zeros = tuple(x == 0 for x in b[:4])
        if zeros[:3] == (True, True, True):
            return 'utf-32-be'
        if zeros[0] and not zeros[1]:
            return 'utf-16-be'
        if zeros[1:] == (True, True, True):
            return 'utf-32-le'
        if zeros[1] and not zeros[0]:
            return 'utf-16-le'
    elif len(b) == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, _bytes_types):
        s = s.decode(_guess_encoding(s), 'surrogatepass')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# The modules CPython keeps these classes in, imported with the package as there.
import json.decoder as decoder, json.encoder as encoder
