"""The classes of Python 3.11's abstract syntax tree, made from its grammar (the ASDL text
below), and the bridge to the parser: `_corun_ast.parse` gives the tree as tuples
`(class name, position, field...)`, which `_build` turns into nodes; `_flatten` turns nodes
back into such tuples for `compile()`."""

import _corun_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
    | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
    | Return(expr? value)
    | Delete(expr* targets)
    | Assign(expr* targets, expr value, string? type_comment)
    | AugAssign(expr target, operator op, expr value)
    | AnnAssign(expr target, expr annotation, expr? value, int simple)
    | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
    | While(expr test, stmt* body, stmt* orelse)
    | If(expr test, stmt* body, stmt* orelse)
    | With(withitem* items, stmt* body, string? type_comment)
    | AsyncWith(withitem* items, stmt* body, string? type_comment)
    | Match(expr subject, match_case* cases)
    | Raise(expr? exc, expr? cause)
    | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
    | Assert(expr test, expr? msg)
    | Import(alias* names)
    | ImportFrom(identifier? module, alias* names, int? level)
    | Global(identifier* names)
    | Nonlocal(identifier* names)
    | Expr(expr value)
    | Pass
    | Break
    | Continue
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values)
    | NamedExpr(expr target, expr value)
    | BinOp(expr left, operator op, expr right)
    | UnaryOp(unaryop op, expr operand)
    | Lambda(arguments args, expr body)
    | IfExp(expr test, expr body, expr orelse)
    | Dict(expr* keys, expr* values)
    | Set(expr* elts)
    | ListComp(expr elt, comprehension* generators)
    | SetComp(expr elt, comprehension* generators)
    | DictComp(expr key, expr value, comprehension* generators)
    | GeneratorExp(expr elt, comprehension* generators)
    | Await(expr value)
    | Yield(expr? value)
    | YieldFrom(expr value)
    | Compare(expr left, cmpop* ops, expr* comparators)
    | Call(expr func, expr* args, keyword* keywords)
    | FormattedValue(expr value, int conversion, expr? format_spec)
    | JoinedStr(expr* values)
    | Constant(constant value, string? kind)
    | Attribute(expr value, identifier attr, expr_context ctx)
    | Subscript(expr value, expr slice, expr_context ctx)
    | Starred(expr value, expr_context ctx)
    | Name(identifier id, expr_context ctx)
    | List(expr* elts, expr_context ctx)
    | Tuple(expr* elts, expr_context ctx)
    | Slice(expr? lower, expr? upper, expr? step)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword = (identifier? arg, expr value)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias = (identifier name, identifier? asname)
    attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value)
    | MatchSingleton(constant value)
    | MatchSequence(pattern* patterns)
    | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
    | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
    | MatchStar(identifier? name)
    | MatchAs(pattern? pattern, identifier? name)
    | MatchOr(pattern* patterns)
    attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
"""


class AST:
    __module__ = "ast"
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument"
                            f"{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument "
                                f"'{name}'")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _split_fields(text):
    """`(expr* elts, expr_context ctx)` as [(type, mark, name)], mark one of '', '*', '?'."""
    text = text.strip()[1:-1].strip()
    out = []
    if not text:
        return out
    for part in text.split(","):
        typ, name = part.split()
        mark = typ[-1] if typ[-1] in "*?" else ""
        out.append((typ.rstrip("*?"), mark, name))
    return out


def _signature(fields):
    return ", ".join(f"{t}{m} {n}" for t, m, n in fields)


# For each class: its fields as (name, type, mark), its attributes likewise, and the name
# its errors give it for a missing attribute (the sum type it belongs to).
_SIGS = {}


def _make(name, base, fields, attributes, doc, owner=None):
    ns = {
        "_fields": tuple(n for _, _, n in fields),
        "__match_args__": tuple(n for _, _, n in fields),
        "__doc__": doc,
        "__module__": "ast",
    }
    if attributes:
        ns["_attributes"] = tuple(n for _, _, n in attributes)
    # Optional fields and attributes read as None when not given.
    for _, mark, n in list(fields) + list(attributes):
        if mark == "?":
            ns[n] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    _SIGS[cls] = ([(n, t, m) for t, m, n in fields], [(n, t, m) for t, m, n in attributes],
                  owner or name)
    return cls


def _define():
    rules = []
    for line in _GRAMMAR.strip().splitlines():
        line = line.strip()
        if line.startswith("|") or line.startswith("attributes"):
            rules[-1] += " " + line
        else:
            rules.append(line)
    for rule in rules:
        name, rhs = [x.strip() for x in rule.split("=", 1)]
        attributes = []
        if "attributes" in rhs:
            rhs, attr_text = rhs.split("attributes")
            attributes = _split_fields(attr_text)
            rhs = rhs.strip()
        if rhs.startswith("("):
            fields = _split_fields(rhs)
            _make(name, AST, fields, attributes, f"{name}{'(' + _signature(fields) + ')'}")
            continue
        kinds = []
        for alt in rhs.split("|"):
            alt = alt.strip()
            if "(" in alt:
                kname, ftext = alt.split("(", 1)
                kinds.append((kname.strip(), _split_fields("(" + ftext)))
            else:
                kinds.append((alt, []))
        texts = [k + (f"({_signature(f)})" if f else "") for k, f in kinds]
        if any(f for _, f in kinds):
            doc = f"{name} = " + ("\n" + " " * (len(name) + 1) + "| ").join(texts)
        else:
            doc = f"{name} = " + " | ".join(texts)
        base = _make(name, AST, [], [], doc)
        base._attributes = tuple(n for _, _, n in attributes)
        for (kname, kfields), text in zip(kinds, texts):
            _make(kname, base, kfields, attributes, text, name)


_define()


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _c in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _c.__module__ = "ast"


# ---- the bridge to the parser ----

_classes = {name: value for name, value in globals().items()
            if isinstance(value, type) and issubclass(value, AST)}
_POSITION = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def _build(t, shared):
    cls = _classes[t[0]]
    if not cls._fields and t[1] is None:
        # Operators and contexts: one object per kind in a tree, as CPython gives them.
        node = shared.get(cls)
        if node is None:
            node = shared[cls] = cls()
        return node
    node = cls.__new__(cls)
    d = node.__dict__
    for name, value in zip(cls._fields, t[2:]):
        if type(value) is tuple:
            value = _build(value, shared)
        elif type(value) is list:
            value = [_build(v, shared) if type(v) is tuple else v for v in value]
        d[name] = value
    pos = t[1]
    if pos is not None:
        d["lineno"], d["col_offset"], d["end_lineno"], d["end_col_offset"] = pos
    return node


def _parse(source, filename, mode):
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    return _build(_corun_ast.parse(source, filename, mode), {})


# ---- from nodes back to tuples, for compile() ----

_SUMS = {"mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
         "excepthandler", "pattern", "type_ignore"}
_CONSTANTS = (type(None), type(...), bool, int, float, complex, str, bytes)


def _check_constant(value):
    if isinstance(value, (tuple, frozenset)):
        for item in value:
            _check_constant(item)
    elif not isinstance(value, _CONSTANTS):
        raise TypeError(f"got an invalid type in Constant: {type(value).__name__}")


def _int(value):
    if not isinstance(value, int):
        raise ValueError(f"invalid integer value: {value!r}")
    return value


def _value(value, typ, mark, field, owner):
    if value is None:
        if mark == "?" or typ == "constant":
            return None
        raise ValueError(f"field '{field}' is required for {owner}")
    if typ == "identifier":
        if not isinstance(value, str):
            raise TypeError("AST identifier must be of type str")
        return value
    if typ == "string":
        if not isinstance(value, str):
            raise TypeError("AST string must be of type str")
        return value
    if typ == "int":
        return _int(value)
    if typ == "constant":
        _check_constant(value)
        return value
    return _flatten(value, typ)


def _flatten(node, typ):
    """`node`, expected to be of grammar type `typ`, as a tuple for `_corun_ast`, with
    CPython's errors for a node of the wrong kind or a missing field."""
    if typ in _SUMS:
        base = globals()[typ]
        if not isinstance(node, base):
            raise TypeError(f"expected some sort of {typ}, but got {node!r}")
    if typ in _SUMS:
        cls = next((c for c in type(node).__mro__ if c in _SIGS and c.__base__ is not AST), None)
        if cls is None:
            raise TypeError(f"expected some sort of {typ}, but got {node!r}")
    else:
        cls = globals()[typ]
    fields, attributes, owner = _SIGS[cls]
    if not fields and not attributes:
        return (cls.__name__, None)
    pos = None
    if attributes:
        pos = []
        for name, t, mark in attributes:
            if not hasattr(node, name):
                if mark == "?":
                    pos.append(None)
                    continue
                raise TypeError(f'required field "{name}" missing from {owner}')
            value = getattr(node, name)
            pos.append(None if value is None and mark == "?" else _int(value))
        pos = tuple(pos)
    out = [cls.__name__, pos]
    name = cls.__name__
    for field, t, mark in fields:
        if not hasattr(node, field):
            if mark == "?":
                out.append(None)
                continue
            raise TypeError(f'required field "{field}" missing from {name}')
        value = getattr(node, field)
        if mark == "*":
            if not isinstance(value, list):
                raise TypeError(f'{name} field "{field}" must be a list, not a '
                                f'{type(value).__name__}')
            out.append([_value(v, t, "?", field, name) for v in value])
        else:
            out.append(_value(value, t, mark, field, name))
    return tuple(out)


def _for_compile(tree, mode):
    """The tree given to `compile()` as tuples, checked to be of the kind `mode` takes."""
    want = {"exec": Module, "eval": Expression, "single": Interactive,
            "func_type": FunctionType}.get(mode)
    if want is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, want):
        raise TypeError(f"expected {want.__name__} node, got {type(tree).__name__}")
    return _flatten(tree, "mod")
