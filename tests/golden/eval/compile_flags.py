# compile() with the __future__ flags every 3.11 program already has, dont_inherit and
# optimize=-1/0, and the flags and arguments it refuses; exec's closure argument.
import __future__

flags = 0
for name in ("nested_scopes", "division", "absolute_import", "with_statement",
             "print_function", "unicode_literals", "generator_stop"):
    flags |= getattr(__future__, name).compiler_flag
code = compile("total = sum(range(5))\nprint('total', total, 7 / 2)\n", "<calc>", "exec", flags)
exec(code)
ns = {}
exec(compile("x = 10\n", "<x>", "exec", dont_inherit=True, optimize=0), ns)
print(ns["x"])
print(eval(compile("2 ** 10", "<e>", "eval", 0, True, -1)))
print(eval(compile("3 * 3", "<e>", "eval", __future__.generator_stop.compiler_flag)))

for args in [dict(flags=0x8), dict(flags=1 << 30), dict(optimize=3), dict(optimize=-2)]:
    try:
        compile("1", "<bad>", "eval", **args)
    except ValueError as e:
        print(args, "->", type(e).__name__, e)

for source, closure in [("print(1)", ()), ("print(1)", (1,)), (b"print(1)", ()),
                        (compile("print(2)", "<c>", "exec"), ()),
                        (compile("print(2)", "<c>", "exec"), (1, 2))]:
    try:
        exec(source, {}, closure=closure)
    except TypeError as e:
        print(type(source).__name__, closure, "->", e)
exec("print('no closure')", {}, closure=None)
