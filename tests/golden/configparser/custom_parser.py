# Parser options: delimiters, comment prefixes, case, empty lines, default section name.
import configparser

cp = configparser.ConfigParser(delimiters=("->",), comment_prefixes=("//",),
                               inline_comment_prefixes=("#",), default_section="common")
cp.read_string("""
[common]
level -> 1
[s]
// a comment
key -> value # trailing comment
url -> http://x/#anchor
# not a comment at line start here
""")
print(cp.items("s"), cp.sections())


class CaseKeeping(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr


ck = CaseKeeping()
ck.read_string("[S]\nCamelCase = 1\nlower = 2\n")
print(list(ck["S"]), ck.get("S", "CamelCase"))

blank = configparser.ConfigParser(empty_lines_in_values=False)
try:
    blank.read_string("[s]\nv = a\n  b\n\n  c\n")
except configparser.ParsingError as e:
    print("ParsingError:", e.errors, e.source)
blank = configparser.ConfigParser(empty_lines_in_values=False)
blank.read_string("[s]\nv = a\n  b\n\nw = c\n")
print(blank.items("s"))
keep = configparser.ConfigParser()
keep.read_string("[s]\nv = a\n  b\n\n  c\n\n\nw = 1\n")
print(keep.items("s"))
d = configparser.ConfigParser(defaults={"a": "1", "b": "%(a)s"})
d.read_string("[s]\nc = %(b)s+\n")
print(d.items("s"), d.defaults())
ordered = configparser.ConfigParser(dict_type=dict)
ordered.read_dict({"z": {"b": 2, "a": 1}, "a": {}})
print(ordered.sections(), ordered.options("z"))
print(configparser.DEFAULTSECT, configparser.ConfigParser.BOOLEAN_STATES["on"])
