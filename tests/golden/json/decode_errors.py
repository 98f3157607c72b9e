# JSONDecodeError: message, position, line and column, as CPython reports them.
import json

docs = ["", "   ", "{", "[", "[1", "[1,", "[1,]", '{"a"', '{"a":', '{"a":1', '{"a":1,',
        '{"a":1,}', "{1:2}", '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\x01"', "01",
        "1.", "-", "nul", "tru", "[1] x", '{"a" 1}', "[1 2]", "\n\n  [1,\n  2 3]", '"\\',
        '"\\u', '{"a":1 "b"}', "[-]", '{"a":}', "1.5e", '"abc\\"', "'single'",
        "[1, 2, 3,\n 4,, 5]", '{"é": "ü" x}']
for doc in docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed")
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
