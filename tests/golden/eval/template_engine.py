# A tiny template engine that evaluates {{ expressions }} against a context.
def render(template, **context):
    return _render(template, context)


def _render(template, context):
    out = []
    rest = template
    while "{{" in rest:
        before, _, after = rest.partition("{{")
        expr, _, rest = after.partition("}}")
        out.append(before)
        out.append(str(eval(expr.strip(), {"len": len, "upper": str.upper}, context)))
    out.append(rest)
    return "".join(out)


print(render("Hello {{ name }}! You have {{ len(items) }} items: {{ ', '.join(items) }}.",
             name="Ann", items=["pen", "cup"]))
print(render("{{ upper(name) }} owes {{ '%.2f' % (price * qty) }}", name="bob", price=1.25, qty=3))
print(render("no expressions here"))
