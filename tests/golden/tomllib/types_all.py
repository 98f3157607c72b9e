# Every TOML value type and how it maps to Python.
import tomllib

doc = r'''
str1 = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
str2 = """
Roses are red
Violets are blue"""
str3 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
str4 = """Here are two quotation marks: "". Simple enough."""
str5 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
str6 = """"This," she said, "is just a pointless statement.""""
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
lines = '''
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
'''
quot15 = '''Here are fifteen quotation marks: """""""""""""""'''
apos15 = "Here are fifteen apostrophes: '''''''''''''''"
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
bin1 = 0b11010110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
bool1 = true
bool2 = false
emoji = "\U0001F600"
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(f"{k:8} {type(v).__name__:6} {v!r}")
