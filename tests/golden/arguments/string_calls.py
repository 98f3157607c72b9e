# The string module's capwords and Template, called rightly and wrongly.
import string
try:
    print('string.capwords()', "->", repr(string.capwords()))
except Exception as e:
    print('string.capwords()', "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('a b', ' ', 1)", "->", repr(string.capwords('a b', ' ', 1)))
except Exception as e:
    print("string.capwords('a b', ' ', 1)", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('a b', x=1)", "->", repr(string.capwords('a b', x=1)))
except Exception as e:
    print("string.capwords('a b', x=1)", "->", type(e).__name__ + ":", e)
try:
    print('string.capwords(1)', "->", repr(string.capwords(1)))
except Exception as e:
    print('string.capwords(1)', "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('a-b', sep='-')", "->", repr(string.capwords('a-b', sep='-')))
except Exception as e:
    print("string.capwords('a-b', sep='-')", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('a b', 5)", "->", repr(string.capwords('a b', 5)))
except Exception as e:
    print("string.capwords('a b', 5)", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('a b', 0)", "->", repr(string.capwords('a b', 0)))
except Exception as e:
    print("string.capwords('a b', 0)", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords(s='hello world')", "->", repr(string.capwords(s='hello world')))
except Exception as e:
    print("string.capwords(s='hello world')", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('  hello   WORLD  ')", "->", repr(string.capwords('  hello   WORLD  ')))
except Exception as e:
    print("string.capwords('  hello   WORLD  ')", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('ab', '')", "->", repr(string.capwords('ab', '')))
except Exception as e:
    print("string.capwords('ab', '')", "->", type(e).__name__ + ":", e)
try:
    print("string.capwords('ǆa bc')", "->", repr(string.capwords('ǆa bc')))
except Exception as e:
    print("string.capwords('ǆa bc')", "->", type(e).__name__ + ":", e)
try:
    print('string.Template()', "->", repr(string.Template()))
except Exception as e:
    print('string.Template()', "->", type(e).__name__ + ":", e)
try:
    print("string.Template('a', 'b')", "->", repr(string.Template('a', 'b')))
except Exception as e:
    print("string.Template('a', 'b')", "->", type(e).__name__ + ":", e)
try:
    print("string.Template(x='a')", "->", repr(string.Template(x='a')))
except Exception as e:
    print("string.Template(x='a')", "->", type(e).__name__ + ":", e)
try:
    print("string.Template(template='$a').substitute(a=1)", "->", repr(string.Template(template='$a').substitute(a=1)))
except Exception as e:
    print("string.Template(template='$a').substitute(a=1)", "->", type(e).__name__ + ":", e)
try:
    print('string.Template(5)', "->", repr(string.Template(5)))
except Exception as e:
    print('string.Template(5)', "->", type(e).__name__ + ":", e)
try:
    print('string.Template(5).template', "->", repr(string.Template(5).template))
except Exception as e:
    print('string.Template(5).template', "->", type(e).__name__ + ":", e)
try:
    print('string.Template(5).substitute()', "->", repr(string.Template(5).substitute()))
except Exception as e:
    print('string.Template(5).substitute()', "->", type(e).__name__ + ":", e)
try:
    print("string.Template(b'$a').substitute()", "->", repr(string.Template(b'$a').substitute()))
except Exception as e:
    print("string.Template(b'$a').substitute()", "->", type(e).__name__ + ":", e)
try:
    print('string.Template(None).is_valid()', "->", repr(string.Template(None).is_valid()))
except Exception as e:
    print('string.Template(None).is_valid()', "->", type(e).__name__ + ":", e)
try:
    print('string.Template(5).get_identifiers()', "->", repr(string.Template(5).get_identifiers()))
except Exception as e:
    print('string.Template(5).get_identifiers()', "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').substitute({'a': 1}, {'b': 2})", "->", repr(string.Template('$a').substitute({'a': 1}, {'b': 2})))
except Exception as e:
    print("string.Template('$a').substitute({'a': 1}, {'b': 2})", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').substitute()", "->", repr(string.Template('$a').substitute()))
except Exception as e:
    print("string.Template('$a').substitute()", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').substitute({'a': 1})", "->", repr(string.Template('$a').substitute({'a': 1})))
except Exception as e:
    print("string.Template('$a').substitute({'a': 1})", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a $$ ${b}').safe_substitute(a=1)", "->", repr(string.Template('$a $$ ${b}').safe_substitute(a=1)))
except Exception as e:
    print("string.Template('$a $$ ${b}').safe_substitute(a=1)", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').safe_substitute({'a': 1}, {'b': 2})", "->", repr(string.Template('$a').safe_substitute({'a': 1}, {'b': 2})))
except Exception as e:
    print("string.Template('$a').safe_substitute({'a': 1}, {'b': 2})", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').get_identifiers(1)", "->", repr(string.Template('$a').get_identifiers(1)))
except Exception as e:
    print("string.Template('$a').get_identifiers(1)", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a ${b} $a').get_identifiers()", "->", repr(string.Template('$a ${b} $a').get_identifiers()))
except Exception as e:
    print("string.Template('$a ${b} $a').get_identifiers()", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').is_valid(1)", "->", repr(string.Template('$a').is_valid(1)))
except Exception as e:
    print("string.Template('$a').is_valid(1)", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a $').is_valid()", "->", repr(string.Template('$a $').is_valid()))
except Exception as e:
    print("string.Template('$a $').is_valid()", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a $').substitute(a=1)", "->", repr(string.Template('$a $').substitute(a=1)))
except Exception as e:
    print("string.Template('$a $').substitute(a=1)", "->", type(e).__name__ + ":", e)
try:
    print('string.Template.substitute()', "->", repr(string.Template.substitute()))
except Exception as e:
    print('string.Template.substitute()', "->", type(e).__name__ + ":", e)
try:
    print('string.Template.get_identifiers()', "->", repr(string.Template.get_identifiers()))
except Exception as e:
    print('string.Template.get_identifiers()', "->", type(e).__name__ + ":", e)
try:
    print('string.Template.is_valid()', "->", repr(string.Template.is_valid()))
except Exception as e:
    print('string.Template.is_valid()', "->", type(e).__name__ + ":", e)
try:
    print('string.Template.safe_substitute()', "->", repr(string.Template.safe_substitute()))
except Exception as e:
    print('string.Template.safe_substitute()', "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').substitute(mapping={'a': 5})", "->", repr(string.Template('$a').substitute(mapping={'a': 5})))
except Exception as e:
    print("string.Template('$a').substitute(mapping={'a': 5})", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').substitute({'a': 5}, a=6)", "->", repr(string.Template('$a').substitute({'a': 5}, a=6)))
except Exception as e:
    print("string.Template('$a').substitute({'a': 5}, a=6)", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('$a').substitute({'a': 5}, self=6)", "->", repr(string.Template('$a').substitute({'a': 5}, self=6)))
except Exception as e:
    print("string.Template('$a').substitute({'a': 5}, self=6)", "->", type(e).__name__ + ":", e)
try:
    print("string.Template('x').template", "->", repr(string.Template('x').template))
except Exception as e:
    print("string.Template('x').template", "->", type(e).__name__ + ":", e)
