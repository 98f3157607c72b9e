"""`ast.unparse`: source text for a tree, written as CPython 3.11 writes it (its choice of
parentheses, quotes and blank lines), so that parsing the text gives the same tree back.

Expressions are turned into text by `_Writer.expr(node, level)`, where `level` is the binding
strength the surrounding code needs: a node whose operator binds more loosely gets parentheses.
Statements are written line by line."""

from _ast import *

# Binding strengths, loosest first.
(NAMED, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR

_INF = "1e309"
_SINGLE = ("'", '"')
_TRIPLE = ('"""', "'''")
_QUOTES = _SINGLE + _TRIPLE

_BINOPS = {
    Add: ("+", ARITH), Sub: ("-", ARITH), Mult: ("*", TERM), MatMult: ("@", TERM),
    Div: ("/", TERM), Mod: ("%", TERM), FloorDiv: ("//", TERM), LShift: ("<<", SHIFT),
    RShift: (">>", SHIFT), BitOr: ("|", BOR), BitXor: ("^", BXOR), BitAnd: ("&", BAND),
    Pow: ("**", POWER),
}
_UNOPS = {Invert: ("~", FACTOR), Not: ("not", NOT), UAdd: ("+", FACTOR), USub: ("-", FACTOR)}
_CMPOPS = {
    Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not",
    In: "in", NotIn: "not in",
}


def _up(level):
    return min(level + 1, ATOM)


def _paren(text, wanted, own):
    return f"({text})" if wanted > own else text


def _quoted(string, quotes=_QUOTES, escape_whitespace=False):
    """The body of a string literal for `string` and the quotes it may be written in, chosen
    to need the fewest backslashes."""
    out = []
    for c in string:
        if c in "\n\t" and not escape_whitespace:
            out.append(c)
        elif c == "\\" or not c.isprintable():
            out.append(c.encode("unicode_escape").decode("ascii"))
        else:
            out.append(c)
    body = "".join(out)
    usable = [q for q in quotes if not ("\n" in body and q in _SINGLE) and q not in body]
    if not usable:
        text = repr(string)
        quote = text[0]
        for q in quotes:
            if text[0] in q:
                quote = q
                break
        return text[1:-1], [quote]
    if body:
        last = body[-1]
        usable = [q for q in usable if q[0] != last] + [q for q in usable if q[0] == last]
        if usable[0][0] == last:
            body = body[:-1] + "\\" + last
    return body, usable


class _Writer:
    def __init__(self, no_backslashes=False):
        self.parts = []
        self.depth = 0
        self.no_backslashes = no_backslashes
        self.star_handlers = False
        self.type_ignores = {}

    # ---- output ----

    def line(self, text=""):
        if self.parts:
            self.parts.append("\n")
        self.parts.append("    " * self.depth + text)

    def write(self, text):
        self.parts.append(text)

    def block(self, body, extra=None):
        self.write(":")
        if extra:
            self.write(extra)
        self.depth += 1
        self.stmts(body)
        self.depth -= 1

    def stmts(self, body):
        for st in body:
            self.stmt(st)

    def type_comment(self, node):
        comment = self.type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f" # type: {comment}"
        return None

    # ---- top level ----

    def top(self, node):
        if isinstance(node, list):
            for item in node:
                self.top(item)
        elif isinstance(node, Module):
            self.type_ignores = {t.lineno: f"ignore{t.tag}" for t in node.type_ignores}
            self.body_with_doc(node)
            self.type_ignores = {}
        elif isinstance(node, Interactive):
            self.stmts(node.body)
        elif isinstance(node, Expression):
            self.write(self.expr(node.body, TEST))
        elif isinstance(node, FunctionType):
            args = ", ".join(self.expr(a, TEST) for a in node.argtypes)
            self.write(f"({args}) -> {self.expr(node.returns, TEST)}")
        elif isinstance(node, (stmt, excepthandler, match_case)):
            self.stmt(node)
        else:
            self.write(self.expr(node, TEST))

    def body_with_doc(self, node):
        body = node.body
        if body and isinstance(body[0], Expr):
            first = body[0].value
            if isinstance(first, Constant) and isinstance(first.value, str):
                self.line()
                if first.kind == "u":
                    self.write("u")
                self.write(self.plain_str(first.value, _TRIPLE))
                body = body[1:]
        self.stmts(body)

    # ---- statements ----

    def stmt(self, node):
        method = getattr(self, "s_" + type(node).__name__, None)
        if method is None:
            raise ValueError(f"Unexpected node: {type(node).__name__}")
        method(node)

    def s_Expr(self, node):
        self.line(self.expr(node.value, YIELD))

    def s_Import(self, node):
        self.line("import " + ", ".join(self.alias(a) for a in node.names))

    def s_ImportFrom(self, node):
        text = "from " + "." * (node.level or 0) + (node.module or "") + " import "
        self.line(text + ", ".join(self.alias(a) for a in node.names))

    def alias(self, node):
        return node.name + (f" as {node.asname}" if node.asname else "")

    def s_Assign(self, node):
        text = "".join(self.expr(t, TUPLE) + " = " for t in node.targets)
        self.line(text + self.expr(node.value, TEST))
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def s_AugAssign(self, node):
        op = _BINOPS[type(node.op)][0]
        self.line(f"{self.expr(node.target, TEST)} {op}= {self.expr(node.value, TEST)}")

    def s_AnnAssign(self, node):
        target = self.expr(node.target, TEST)
        if not node.simple and isinstance(node.target, Name):
            target = f"({target})"
        text = f"{target}: {self.expr(node.annotation, TEST)}"
        if node.value:
            text += " = " + self.expr(node.value, TEST)
        self.line(text)

    def s_Return(self, node):
        self.line("return" + (" " + self.expr(node.value, TEST) if node.value else ""))

    def s_Pass(self, node):
        self.line("pass")

    def s_Break(self, node):
        self.line("break")

    def s_Continue(self, node):
        self.line("continue")

    def s_Delete(self, node):
        self.line("del " + ", ".join(self.expr(t, TEST) for t in node.targets))

    def s_Assert(self, node):
        text = "assert " + self.expr(node.test, TEST)
        if node.msg:
            text += ", " + self.expr(node.msg, TEST)
        self.line(text)

    def s_Global(self, node):
        self.line("global " + ", ".join(node.names))

    def s_Nonlocal(self, node):
        self.line("nonlocal " + ", ".join(node.names))

    def s_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.line("raise")
            return
        text = "raise " + self.expr(node.exc, TEST)
        if node.cause:
            text += " from " + self.expr(node.cause, TEST)
        self.line(text)

    def s_Try(self, node, star=False):
        outer = self.star_handlers
        self.star_handlers = star
        try:
            self.line("try")
            self.block(node.body)
            for handler in node.handlers:
                self.stmt(handler)
            if node.orelse:
                self.line("else")
                self.block(node.orelse)
            if node.finalbody:
                self.line("finally")
                self.block(node.finalbody)
        finally:
            self.star_handlers = outer

    def s_TryStar(self, node):
        self.s_Try(node, True)

    def s_ExceptHandler(self, node):
        text = "except*" if self.star_handlers else "except"
        if node.type:
            text += " " + self.expr(node.type, TEST)
        if node.name:
            text += " as " + node.name
        self.line(text)
        self.block(node.body)

    def decorators(self, node):
        if self.parts:
            self.write("\n")
        for d in node.decorator_list:
            self.line("@" + self.expr(d, TEST))

    def s_ClassDef(self, node):
        self.decorators(node)
        args = [self.expr(b, TEST) for b in node.bases]
        args += [self.keyword(k) for k in node.keywords]
        self.line("class " + node.name + (f"({', '.join(args)})" if args else ""))
        self.write(":")
        self.depth += 1
        self.body_with_doc(node)
        self.depth -= 1

    def s_FunctionDef(self, node, keyword="def"):
        self.decorators(node)
        text = f"{keyword} {node.name}({self.arguments(node.args)})"
        if node.returns:
            text += " -> " + self.expr(node.returns, TEST)
        self.line(text)
        self.write(":")
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self.depth += 1
        self.body_with_doc(node)
        self.depth -= 1

    def s_AsyncFunctionDef(self, node):
        self.s_FunctionDef(node, "async def")

    def s_For(self, node, keyword="for "):
        self.line(f"{keyword}{self.expr(node.target, TUPLE)} in {self.expr(node.iter, TEST)}")
        self.block(node.body, self.type_comment(node))
        if node.orelse:
            self.line("else")
            self.block(node.orelse)

    def s_AsyncFor(self, node):
        self.s_For(node, "async for ")

    def s_If(self, node):
        self.line("if " + self.expr(node.test, TEST))
        self.block(node.body)
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line("elif " + self.expr(node.test, TEST))
            self.block(node.body)
        if node.orelse:
            self.line("else")
            self.block(node.orelse)

    def s_While(self, node):
        self.line("while " + self.expr(node.test, TEST))
        self.block(node.body)
        if node.orelse:
            self.line("else")
            self.block(node.orelse)

    def s_With(self, node, keyword="with "):
        self.line(keyword + ", ".join(self.withitem(i) for i in node.items))
        self.block(node.body, self.type_comment(node))

    def s_AsyncWith(self, node):
        self.s_With(node, "async with ")

    def withitem(self, node):
        text = self.expr(node.context_expr, TEST)
        if node.optional_vars:
            text += " as " + self.expr(node.optional_vars, TEST)
        return text

    def s_Match(self, node):
        self.line("match " + self.expr(node.subject, TEST))
        self.write(":")
        self.depth += 1
        for case in node.cases:
            self.stmt(case)
        self.depth -= 1

    def s_match_case(self, node):
        text = "case " + self.pattern(node.pattern, TEST)
        if node.guard:
            text += " if " + self.expr(node.guard, TEST)
        self.line(text)
        self.block(node.body)

    # ---- patterns ----

    def pattern(self, node, level):
        kind = type(node)
        if kind is MatchValue:
            return self.expr(node.value, TEST)
        if kind is MatchSingleton:
            return self.constant(node.value)
        if kind is MatchSequence:
            return "[" + ", ".join(self.pattern(p, TEST) for p in node.patterns) + "]"
        if kind is MatchStar:
            return "*" + (node.name if node.name is not None else "_")
        if kind is MatchMapping:
            if len(node.keys) != len(node.patterns):
                raise ValueError("zip() argument 2 is shorter than argument 1"
                                 if len(node.patterns) < len(node.keys) else
                                 "zip() argument 2 is longer than argument 1")
            items = [f"{self.expr(k, TEST)}: {self.pattern(p, TEST)}"
                     for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                items.append(f"**{node.rest}")
            return "{" + ", ".join(items) + "}"
        if kind is MatchClass:
            args = [self.pattern(p, TEST) for p in node.patterns]
            if node.kwd_attrs:
                if len(node.kwd_attrs) != len(node.kwd_patterns):
                    raise ValueError("zip() argument 2 is shorter than argument 1"
                                     if len(node.kwd_patterns) < len(node.kwd_attrs) else
                                     "zip() argument 2 is longer than argument 1")
                args += [f"{a}={self.pattern(p, TEST)}"
                         for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return f"{self.expr(node.cls, ATOM)}({', '.join(args)})"
        if kind is MatchAs:
            if node.name is None:
                return "_"
            if node.pattern is None:
                return node.name
            return _paren(f"{self.pattern(node.pattern, BOR)} as {node.name}", level, TEST)
        if kind is MatchOr:
            text = " | ".join(self.pattern(p, _up(BOR)) for p in node.patterns)
            return _paren(text, level, BOR)
        raise ValueError(f"Unexpected node: {kind.__name__}")

    # ---- expressions ----

    def expr(self, node, level):
        method = getattr(self, "e_" + type(node).__name__, None)
        if method is None:
            if isinstance(node, pattern):
                return self.pattern(node, level)
            raise ValueError(f"Unexpected node: {type(node).__name__}")
        return method(node, level)

    def e_Name(self, node, level):
        return node.id

    def e_NamedExpr(self, node, level):
        text = f"{self.expr(node.target, ATOM)} := {self.expr(node.value, ATOM)}"
        return _paren(text, level, NAMED)

    def e_Await(self, node, level):
        text = "await" + (" " + self.expr(node.value, ATOM) if node.value else "")
        return _paren(text, level, AWAIT)

    def e_Yield(self, node, level):
        text = "yield" + (" " + self.expr(node.value, ATOM) if node.value else "")
        return _paren(text, level, YIELD)

    def e_YieldFrom(self, node, level):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return _paren("yield from " + self.expr(node.value, ATOM), level, YIELD)

    def e_Constant(self, node, level):
        value = node.value
        if isinstance(value, tuple):
            return "(" + self.items([self.constant(v) for v in value]) + ")"
        if value is ...:
            return "..."
        return ("u" if node.kind == "u" else "") + self.constant(value)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace("inf", _INF).replace("nan", f"({_INF}-{_INF})")
        if self.no_backslashes and isinstance(value, str):
            return self.plain_str(value)
        return repr(value)

    def plain_str(self, value, quotes=_QUOTES):
        body, usable = _quoted(value, quotes)
        return usable[0] + body + usable[0]

    def items(self, texts):
        # One item keeps its comma: `(x,)`.
        if len(texts) == 1:
            return texts[0] + ","
        return ", ".join(texts)

    def e_List(self, node, level):
        return "[" + ", ".join(self.expr(e, TEST) for e in node.elts) + "]"

    def e_Tuple(self, node, level):
        text = self.items([self.expr(e, TEST) for e in node.elts])
        if not node.elts or level > TUPLE:
            return f"({text})"
        return text

    def e_Set(self, node, level):
        if not node.elts:
            return "{*()}"
        return "{" + ", ".join(self.expr(e, TEST) for e in node.elts) + "}"

    def e_Dict(self, node, level):
        items = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                items.append("**" + self.expr(v, EXPR))
            else:
                items.append(f"{self.expr(k, TEST)}: {self.expr(v, TEST)}")
        return "{" + ", ".join(items) + "}"

    def generators(self, gens):
        out = []
        for g in gens:
            out.append(" async for " if g.is_async else " for ")
            out.append(self.expr(g.target, TUPLE) + " in " + self.expr(g.iter, OR))
            for cond in g.ifs:
                out.append(" if " + self.expr(cond, OR))
        return "".join(out)

    def e_ListComp(self, node, level):
        return "[" + self.expr(node.elt, TEST) + self.generators(node.generators) + "]"

    def e_SetComp(self, node, level):
        return "{" + self.expr(node.elt, TEST) + self.generators(node.generators) + "}"

    def e_GeneratorExp(self, node, level):
        return "(" + self.expr(node.elt, TEST) + self.generators(node.generators) + ")"

    def e_DictComp(self, node, level):
        return ("{" + self.expr(node.key, TEST) + ": " + self.expr(node.value, TEST)
                + self.generators(node.generators) + "}")

    def e_IfExp(self, node, level):
        text = (f"{self.expr(node.body, OR)} if {self.expr(node.test, OR)} else "
                f"{self.expr(node.orelse, TEST)}")
        return _paren(text, level, TEST)

    def e_UnaryOp(self, node, level):
        op, own = _UNOPS[type(node.op)]
        sep = " " if own != FACTOR else ""
        return _paren(op + sep + self.expr(node.operand, own), level, own)

    def e_BinOp(self, node, level):
        op, own = _BINOPS[type(node.op)]
        if op == "**":
            left, right = _up(own), own
        else:
            left, right = own, _up(own)
        text = f"{self.expr(node.left, left)} {op} {self.expr(node.right, right)}"
        return _paren(text, level, own)

    def e_Compare(self, node, level):
        parts = [self.expr(node.left, EXPR)]
        for op, e in zip(node.ops, node.comparators):
            parts.append(f" {_CMPOPS[type(op)]} {self.expr(e, EXPR)}")
        return _paren("".join(parts), level, CMP)

    def e_BoolOp(self, node, level):
        own = AND if isinstance(node.op, And) else OR
        word = " and " if own == AND else " or "
        texts = []
        # Each operand binds one step tighter than the one before it.
        inner = own
        for v in node.values:
            inner = _up(inner)
            texts.append(self.expr(v, inner))
        return _paren(word.join(texts), level, own)

    def e_Attribute(self, node, level):
        value = self.expr(node.value, ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            value += " "
        return f"{value}.{node.attr}"

    def keyword(self, node):
        if node.arg is None:
            return "**" + self.expr(node.value, TEST)
        return f"{node.arg}={self.expr(node.value, TEST)}"

    def e_Call(self, node, level):
        args = [self.expr(a, TEST) for a in node.args]
        args += [self.keyword(k) for k in node.keywords]
        return f"{self.expr(node.func, ATOM)}({', '.join(args)})"

    def e_Subscript(self, node, level):
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            inside = self.items([self.expr(e, TEST) for e in s.elts])
        else:
            inside = self.expr(s, TEST)
        return f"{self.expr(node.value, ATOM)}[{inside}]"

    def e_Starred(self, node, level):
        return "*" + self.expr(node.value, EXPR)

    def e_Slice(self, node, level):
        text = (self.expr(node.lower, TEST) if node.lower else "") + ":"
        if node.upper:
            text += self.expr(node.upper, TEST)
        if node.step:
            text += ":" + self.expr(node.step, TEST)
        return text

    def arg(self, node):
        if node.annotation:
            return f"{node.arg}: {self.expr(node.annotation, TEST)}"
        return node.arg

    def arguments(self, node):
        out = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            text = self.arg(a)
            if d:
                text += "=" + self.expr(d, TEST)
            if i == len(node.posonlyargs):
                text += ", /"
            out.append(text)
        if node.vararg or node.kwonlyargs:
            out.append("*" + (self.arg(node.vararg) if node.vararg else ""))
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            out.append(self.arg(a) + ("=" + self.expr(d, TEST) if d else ""))
        if node.kwarg:
            out.append("**" + self.arg(node.kwarg))
        return ", ".join(out)

    def e_arguments(self, node, level):
        return self.arguments(node)

    def e_arg(self, node, level):
        return self.arg(node)

    def e_keyword(self, node, level):
        return self.keyword(node)

    def e_alias(self, node, level):
        return self.alias(node)

    def e_withitem(self, node, level):
        return self.withitem(node)

    def e_comprehension(self, node, level):
        return self.generators([node])

    def e_Lambda(self, node, level):
        args = self.arguments(node.args)
        text = "lambda" + (" " + args if args else "") + ": " + self.expr(node.body, TEST)
        return _paren(text, level, TEST)

    # ---- f-strings ----

    def fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            return "".join(self.fstring_inner(v) for v in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            return node.value.replace("{", "{{").replace("}", "}}")
        if isinstance(node, FormattedValue):
            return self.e_FormattedValue(node, TEST)
        raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def e_FormattedValue(self, node, level):
        inner = _Writer(no_backslashes=True).expr(node.value, _up(TEST))
        if "\\" in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = "{" + (" " if inner.startswith("{") else "") + inner
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec:
            text += ":" + self.fstring_inner(node.format_spec)
        return text + "}"

    def e_JoinedStr(self, node, level):
        if self.no_backslashes:
            return "f" + self.plain_str(self.fstring_inner(node))
        pieces = [(self.fstring_inner(v), isinstance(v, Constant)) for v in node.values]
        quotes = list(_QUOTES)
        bodies = []
        for text, is_constant in pieces:
            body, usable = _quoted(text, quotes, escape_whitespace=is_constant)
            if not set(usable) & set(quotes):
                # No one quote suits every part: each part as repr gives it, in '''.
                quotes = ["'''"]
                bodies = [repr('"' + t)[2:-1] for t, _ in pieces]
                break
            bodies.append(body)
            quotes = usable
        return "f" + quotes[0] + "".join(bodies) + quotes[0]


def unparse(ast_obj):
    """Source text whose tree is `ast_obj`."""
    w = _Writer()
    w.top(ast_obj)
    return "".join(w.parts)
