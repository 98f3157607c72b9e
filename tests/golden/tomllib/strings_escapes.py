# Basic, literal and multi-line strings with escapes and line-ending backslashes.
import tomllib

doc = '''
a = "back\\\\slash \\"q\\" \\b\\t\\n\\f\\r end"
b = "\\u00e9\\U0001F40D"
c = """
first line
  second \\
    joined"""
d = """trailing backslash then spaces \\   
   next"""
e = \'\'\'no \\escapes \\n here\'\'\'
f = ""
g = \'\'
h = """""\"""
i = """ "quoted" """
j = \'\'\'\'\'\'\'
k = """a\\tb
c"""
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(k, repr(v), len(v))
print(tomllib.loads('x = "a"\r\ny = """1\r\n2"""'))
for bad in ['x = """a \\ b"""', "x = '\n'", 'x = "a\nb"', "x = '''\x08'''", 'x = "\\x41"']:
    try:
        print(tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), e)
