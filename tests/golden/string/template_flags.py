import re
from string import Template


class CaseSensitive(Template):
    flags = 0
    idpattern = r"[a-z]+"


t = CaseSensitive("$lower and $UPPER")
print(t.safe_substitute(lower="x", UPPER="y"))
print(t.is_valid(), t.get_identifiers())
print(Template("$UPPER").substitute(UPPER=1))
print(Template.flags == re.IGNORECASE, Template.delimiter, Template.braceidpattern)
print(Template.idpattern)
