"""HTML character entity references: `html5` (every named reference of HTML5, to its text),
`name2codepoint`, `codepoint2name` and `entitydefs` (the entities of HTML 4). The data is in
`html._entity_table`, kept as text so this module only has to read it."""

from html._entity_table import HTML4 as _HTML4, HTML5 as _HTML5

__all__ = ["html5", "name2codepoint", "codepoint2name", "entitydefs"]


def _codes(field):
    return "".join(chr(int(h, 16)) for h in field.split(","))


html5 = {}
for _line in _HTML5.splitlines():
    _name, _field = _line.split(" ")
    html5[_name] = _codes(_field)

name2codepoint = {}
codepoint2name = {}
entitydefs = {}
for _line in _HTML4.splitlines():
    _name, _field = _line.split(" ")
    _code = int(_field, 16)
    name2codepoint[_name] = _code
    codepoint2name[_code] = _name
    entitydefs[_name] = chr(_code)

del _line, _name, _field, _code
