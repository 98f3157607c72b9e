# compile() refuses malformed trees with CPython's errors.
import ast


def attempt(tree, mode="exec"):
    try:
        compile(tree, "<ast>", mode)
        print("compiled")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])


L = dict(lineno=1, col_offset=0)
one = ast.Constant(1, **L)
attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
attempt(ast.Module([ast.Expr(ast.Name("x", ast.Load(), **L))], []))
attempt(ast.Module([ast.Expr(**L)], []))
attempt(ast.Module([ast.Expr(None, **L)], []))
attempt(ast.Module([ast.Pass(**L)]))
attempt(ast.Module(ast.Pass(**L), []))
attempt(ast.Module([ast.Expr(ast.Pass(**L), **L)], []))
attempt(ast.Module([ast.Assign([ast.Name("x", ast.Load(), **L)], one, **L)], []))
attempt(ast.Module([ast.Assign([one], one, **L)], []))
attempt(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Name(3, ast.Load(), **L), **L)], []))
attempt(ast.Expression(ast.Name("x", ast.Load(), **L)), "exec")
attempt(ast.Module([], []), "eval")
attempt(ast.Expr(ast.Name("x", ast.Load(), **L)))
attempt(ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], **L)], []))
attempt(ast.Module([ast.Expr(ast.BinOp(one, ast.Load(), one, **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Name("x", ast.Store(), **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Name("None", ast.Load(), **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Constant(1, kind=3, **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Constant((1, [2]), **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Dict([None], [], **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Compare(one, [], [], **L), **L)], []))
attempt(ast.Module([ast.If(one, [], [], **L)], []))
attempt(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [one], **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Constant(1, lineno=1, col_offset="a"), **L)], []))
attempt(ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []))
attempt(ast.Module([ast.Raise(None, one, **L)], []))
attempt(ast.Module([ast.Expr(ast.Constant((1, 2.5, "s", None, frozenset({1})), **L), **L)], []))
attempt(ast.Module([ast.Return(one, **L)], []))
attempt(ast.Module([ast.Break(**L)], []))
x_store = ast.Name("x", ast.Store(), **L)
y_store = ast.Name("y", ast.Store(), **L)
attempt(ast.Module([ast.Assign([ast.Starred(x_store, ast.Store(), **L)], one, **L)], []))
attempt(ast.Module([ast.Assign([ast.Tuple([ast.Starred(x_store, ast.Store(), **L),
                                           ast.Starred(y_store, ast.Store(), **L)],
                                          ast.Store(), **L)], one, **L)], []))
attempt(ast.Module([ast.Delete([ast.Starred(ast.Name("x", ast.Del(), **L), ast.Del(), **L)], **L)], []))
no_args = ast.arguments([], [ast.arg("a", **L), ast.arg("a", **L)], None, [], [], None, [])
attempt(ast.Module([ast.Expr(ast.Lambda(no_args, one, **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Yield(one, **L), **L)], []))
attempt(ast.Module([ast.Expr(ast.Await(one, **L), **L)], []))
attempt(ast.Module([ast.While(one, [ast.Pass(**L)], [ast.Continue(**L)], **L)], []))
