"""The subset of XPath that ElementTree's find, findall, iterfind and findtext take: tags
(`*`, `{uri}tag`, `{*}tag`, `prefix:tag`), `.`, `..`, `//`, and the predicates `[@attr]`,
`[@attr='value']`, `[tag]`, `[tag='text']`, `[.='text']` (each also with `!=`), `[n]`,
`[last()]` and `[last()-n]`."""

import re

_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+"
)

_cache = {}


def _tokens(path):
    for m in _TOKEN.finditer(path):
        op, tag = m.groups()
        if op or tag:
            yield op, tag


def _qualify(tag, namespaces):
    if tag.startswith("{"):
        return tag
    if ":" in tag:
        prefix, local = tag.split(":", 1)
        try:
            return "{%s}%s" % (namespaces[prefix], local)
        except (KeyError, TypeError):
            raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
    if namespaces and namespaces.get("") and tag != "*":
        return "{%s}%s" % (namespaces[""], tag)
    return tag


def _tag_test(tag):
    """A function telling whether an element's tag matches `tag`."""
    if tag == "*":
        return lambda e: True
    if tag == "{*}*":
        return lambda e: isinstance(e.tag, str)
    if tag == "{}*":
        return lambda e: isinstance(e.tag, str) and not e.tag.startswith("{")
    if tag.startswith("{*}"):
        local = tag[3:]
        return lambda e: isinstance(e.tag, str) and (
            e.tag == local or e.tag.endswith("}" + local))
    if tag.endswith("}*"):
        ns = tag[:-1]
        return lambda e: isinstance(e.tag, str) and e.tag.startswith(ns)
    return lambda e: e.tag == tag


def _text_of(e):
    return "".join(e.itertext())


def _predicate(toks, namespaces):
    """The filter for the tokens of one `[...]`: a function of (element, parent of it)."""
    sig = "".join("'" if op and op[0] in "'\"" else ("-" if tag and tag[0] == "-" and
                  tag[1:].isdigit() else (op or ("#" if tag.isdigit() else "t"))) for op, tag in toks)
    val = lambda t: t[0][1:-1]
    if sig == "@t":
        key = _qualify(toks[1][1], namespaces)
        return lambda e, p: e.get(key) is not None
    if sig in ("@t='", "@t!='"):
        key = _qualify(toks[1][1], namespaces)
        v = val(toks[-1])
        if "!=" in sig:
            return lambda e, p: e.get(key) is not None and e.get(key) != v
        return lambda e, p: e.get(key) == v
    if sig == "t" and not toks[0][1].isdigit():
        test = _tag_test(_qualify(toks[0][1], namespaces))
        return lambda e, p: any(test(c) for c in e)
    if sig in ("t='", "t!='", ".='", ".!='"):
        v = val(toks[-1])
        neg = "!=" in sig
        if sig[0] == ".":
            return lambda e, p: (_text_of(e) != v) if neg else (_text_of(e) == v)
        test = _tag_test(_qualify(toks[0][1], namespaces))
        if neg:
            return lambda e, p: any(test(c) and _text_of(c) != v for c in e)
        return lambda e, p: any(test(c) and _text_of(c) == v for c in e)
    if sig == "#" or sig in ("t()", "t()-", "t()t"):
        if sig == "#":
            index = int(toks[0][1]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if toks[0][1] != "last":
                raise SyntaxError("unsupported function")
            index = -1
            if sig != "t()":
                try:
                    index = int(toks[2][1]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")

        def position(e, p):
            if p is None:
                return False
            same = [c for c in p if c.tag == e.tag]
            try:
                return same[index] is e
            except IndexError:
                return False
        return position
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    if key in _cache:
        return _cache[key]
    if path[-1:] == "/":
        path += "*"
    toks = list(_tokens(path))
    if toks and toks[0][0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    axis = "child"
    i = 0
    while i < len(toks):
        op, tag = toks[i]
        if op == "/":
            i += 1
            continue
        if op == "//":
            axis = "descendant"
            i += 1
            continue
        if op == "..":
            steps.append(("parent", None, []))
        elif op == ".":
            steps.append(("self" if axis == "child" else "descendant-or-self", None, []))
        elif op == "*":
            steps.append((axis, _tag_test("*"), []))
        elif tag:
            if i + 2 < len(toks) and toks[i + 1][0] == ":" and toks[i + 2][1]:
                tag = tag + ":" + toks[i + 2][1]
                i += 2
            steps.append((axis, _tag_test(_qualify(tag, namespaces)), []))
        elif op == "[":
            if not steps:
                raise SyntaxError("invalid path")
            j = i + 1
            while j < len(toks) and toks[j][0] != "]":
                j += 1
            if j >= len(toks):
                raise SyntaxError("invalid path")
            steps[-1][2].append(_predicate(toks[i + 1:j], namespaces))
            i = j + 1
            continue
        else:
            raise SyntaxError("invalid path")
        axis = "child"
        i += 1
    if axis == "descendant":
        raise SyntaxError("invalid descendant")
    _cache[key] = steps
    return steps


def _parents(root):
    return {c: p for p in root.iter() for c in p}


def iterfind(elem, path, namespaces=None):
    from .ElementTree import _children_of
    steps = _compile(path, namespaces)
    result = [elem]
    parents = None
    for axis, test, preds in steps:
        found = []
        seen = set()

        def add(e, p):
            if id(e) not in seen and (not preds or all(f(e, p) for f in preds)):
                seen.add(id(e))
                found.append(e)
        if axis in ("parent",) or preds:
            if parents is None:
                parents = _parents(elem)
        if axis == "child":
            for r in result:
                for c in _children_of(r):
                    if test(c):
                        add(c, r)
        elif axis == "descendant":
            for r in result:
                for c in r.iter():
                    if c is not r and test(c):
                        add(c, parents.get(c) if parents is not None else None)
        elif axis == "self":
            for r in result:
                add(r, parents.get(r) if parents is not None else None)
        elif axis == "descendant-or-self":
            for r in result:
                for c in r.iter():
                    add(c, parents.get(c) if parents is not None else None)
        elif axis == "parent":
            for r in result:
                p = parents.get(r)
                if p is not None:
                    add(p, parents.get(p))
        result = found
    return iter(result)


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    e = find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""
