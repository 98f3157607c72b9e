"""The `ast` module: parsing source into node objects (the node classes are in `_ast`), and
the helpers that read, walk, change, print and evaluate such trees."""

import sys
from _ast import *
from _ast import _parse
from _ast_unparse import unparse


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    if type_comments and "# type:" in (source if isinstance(source, str) else str(source)):
        raise NotImplementedError("ast.parse() with type_comments=True of source that has "
                                  "type comments")
    if mode == "func_type":
        raise NotImplementedError("ast.parse() with mode='func_type'")
    return _parse(source, filename, mode)


def _malformed(node):
    line = getattr(node, "lineno", None)
    where = f" on line {line}" if line else ""
    raise ValueError(f"malformed node or string{where}: {node!r}")


def literal_eval(node_or_string):
    """The value of a literal (str, bytes, number, tuple, list, dict, set, bool, None) given as
    text or as a tree; anything else is a ValueError."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode="eval")
    if isinstance(node, Expression):
        node = node.body

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        _malformed(n)

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            v = number(n.operand)
            return +v if isinstance(n.op, UAdd) else -v
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple(value(e) for e in n.elts)
        if isinstance(n, List):
            return [value(e) for e in n.elts]
        if isinstance(n, Set):
            return {value(e) for e in n.elts}
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == "set"
                and n.args == n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                _malformed(n)
            return dict(zip([value(k) for k in n.keys], [value(v) for v in n.values]))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if type(left) in (int, float) and type(right) is complex:
                return left + right if isinstance(n.op, Add) else left - right
            _malformed(n)
        return signed(n)

    return value(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: each node's class and fields (and positions with
    `include_attributes`), on one line or indented."""
    if not isinstance(node, AST):
        raise TypeError(f"expected AST, got {type(node).__name__!r}")
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def text(n, depth):
        # Gives the text and whether it is simple (no nested node with fields).
        if indent is None:
            start, sep = "", ", "
        else:
            depth += 1
            start = "\n" + indent * depth
            sep = ",\n" + indent * depth
        if isinstance(n, list):
            if not n:
                return "[]", True
            return "[" + start + sep.join(text(x, depth)[0] for x in n) + "]", False
        if not isinstance(n, AST):
            return repr(n), True
        cls = type(n)
        parts = []
        simple = True
        named = annotate_fields
        for name in n._fields:
            if not hasattr(n, name):
                named = True
                continue
            v = getattr(n, name)
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            s, ok = text(v, depth)
            simple = simple and ok
            parts.append(f"{name}={s}" if named else s)
        if include_attributes:
            for name in n._attributes:
                if not hasattr(n, name):
                    continue
                v = getattr(n, name)
                if v is None and getattr(cls, name, ...) is None:
                    continue
                s, ok = text(v, depth)
                simple = simple and ok
                parts.append(f"{name}={s}")
        if simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return f"{cls.__name__}({start}{sep.join(parts)})", False

    return text(node, 0)[0]


_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def copy_location(new_node, old_node):
    """Gives `new_node` the position of `old_node` (where it has one), and returns it."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith("end_")):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node that has no position its parent's, recursively (the root starts at
    line 1, column 0)."""
    def fix(n, lineno, col, end_lineno, end_col):
        if "lineno" in n._attributes:
            if not hasattr(n, "lineno"):
                n.lineno = lineno
            else:
                lineno = n.lineno
        if "end_lineno" in n._attributes:
            if getattr(n, "end_lineno", None) is None:
                n.end_lineno = end_lineno
            else:
                end_lineno = n.end_lineno
        if "col_offset" in n._attributes:
            if not hasattr(n, "col_offset"):
                n.col_offset = col
            else:
                col = n.col_offset
        if "end_col_offset" in n._attributes:
            if getattr(n, "end_col_offset", None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves every node of the tree `n` lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes and getattr(child, "end_lineno", None) is not None:
            child.end_lineno += n
    return node


def iter_fields(node):
    """(name, value) for each field the node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly under `node`: its node fields and the nodes of its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    first = node.body[0].value
    if not (isinstance(first, Constant) and isinstance(first.value, str)):
        return None
    text = first.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _line_starts(source):
    """Where each line starts, for lines ended as `str.splitlines` ends them but without
    splitting at form feeds (as the tokenizer does)."""
    lines = []
    at = 0
    n = len(source)
    while at < n:
        end = at
        while end < n and source[end] not in "\r\n":
            end += 1
        if end < n:
            end += 2 if source[end] == "\r" and end + 1 < n and source[end + 1] == "\n" else 1
        lines.append(source[at:end])
        at = end
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from, or None without full positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _line_starts(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col:end_col].decode()
    if padded:
        pad = "".join(c if c.isspace() else " " for c in lines[lineno].encode()[:col].decode())
    else:
        pad = ""
    first = pad + lines[lineno].encode()[col:].decode()
    last = lines[end_lineno].encode()[:end_col].decode()
    middle = lines[lineno + 1:end_lineno]
    return "".join([first] + middle + [last])


def walk(node):
    """Every node of the tree, breadth first (in no promised order)."""
    from collections import deque
    todo = deque([node])
    while todo:
        n = todo.popleft()
        todo.extend(iter_child_nodes(n))
        yield n


class NodeVisitor:
    """Walks a tree calling `visit_<class name>` for each node that has such a method and
    `generic_visit` (which visits the children) for the others."""

    def visit(self, node):
        method = getattr(self, "visit_" + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        old = None
        if isinstance(value, str):
            old = "Str"
        elif isinstance(value, bytes):
            old = "Bytes"
        elif value is None or value is True or value is False:
            old = "NameConstant"
        elif value is ...:
            old = "Ellipsis"
        elif isinstance(value, (int, float, complex)):
            old = "Num"
        if old is not None:
            method = getattr(self, "visit_" + old, None)
            if method is not None:
                import warnings
                warnings.warn(f"visit_{old} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A visitor whose `visit_` methods return the node to put in place of the one visited:
    None removes it, a list (in a list field) puts several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replaced = self.visit(old)
                if replaced is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replaced)
        return node


# The node classes of Python 3.7 and before for constants: making one makes a Constant, and
# a Constant is an instance of the one whose values it holds.

def _get_value(self):
    return self.value


def _set_value(self, value):
    self.value = value


Constant.n = property(_get_value, _set_value)
Constant.s = property(_get_value, _set_value)


class _ConstantKind(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        try:
            value = inst.value
        except AttributeError:
            return False
        kinds, not_kinds = _KINDS[cls.__name__]
        return isinstance(value, kinds) and not isinstance(value, not_kinds)


def _make_old(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    return Constant(*args, **kwargs)


_KINDS = {
    "Num": ((int, float, complex), (bool,)),
    "Str": ((str,), ()),
    "Bytes": ((bytes,), ()),
    "NameConstant": ((type(None), bool), ()),
    "Ellipsis": ((type(...),), ()),
}
_DEPRECATED = "Deprecated AST node class. Use ast.Constant instead"


class Num(Constant, metaclass=_ConstantKind):
    __doc__ = _DEPRECATED
    _fields = ("n",)
    __new__ = _make_old


class Str(Constant, metaclass=_ConstantKind):
    __doc__ = _DEPRECATED
    _fields = ("s",)
    __new__ = _make_old


class Bytes(Constant, metaclass=_ConstantKind):
    __doc__ = _DEPRECATED
    _fields = ("s",)
    __new__ = _make_old


class NameConstant(Constant, metaclass=_ConstantKind):
    __doc__ = _DEPRECATED
    __new__ = _make_old


class Ellipsis(Constant, metaclass=_ConstantKind):
    __doc__ = _DEPRECATED
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)
