# Builtin functions are values: stored, passed and called later.
fs = [abs, round, hex, bin, oct, chr, ord, callable, len, sorted, sum, min, max, any, all, divmod, pow, hash, format, ascii]
print([callable(f) for f in fs] == [True] * len(fs))
print(fs[0](-3), fs[1](2.5), fs[2](255), fs[9]('cba'), fs[15](7, 2), fs[16](2, 5))
print(list(map(abs, [-1, 2, -3])), sorted([-2, 1, -3], key=abs), max(['a', 'bbb'], key=len))
print(repr(round), repr(sorted) == '<built-in function sorted>')
