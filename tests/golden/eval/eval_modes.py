# compile() in its three modes and running code objects more than once.
expr = compile("price * qty", "<pricing>", "eval")
print(type(expr).__name__, expr.co_filename)
for price, qty in [(2.5, 4), (10, 3), (0.1, 3)]:
    print(eval(expr, {"price": price, "qty": qty}))

prog = compile("total = sum(values)\nmean = total / len(values)", "<stats>", "exec")
for values in ([1, 2, 3], [10, 20]):
    ns = {"values": values}
    exec(prog, ns)
    print(ns["total"], ns["mean"])

single = compile("6 * 7", "<input>", "single")
exec(single)
exec(compile("None", "<input>", "single"))
exec(compile("'text'", "<input>", "single"))
exec(compile("if True: print('compound single')\n", "<input>", "single"))
r = eval(compile("x = 1", "<input>", "exec"), {})
print(r)
