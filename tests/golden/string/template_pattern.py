from string import Template


class AtTemplate(Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """


t = AtTemplate("Dear @name, see @<place>. Mail: me@@example.org")
print(t.substitute(name="Lee", place="room 4"))
print(t.get_identifiers())
try:
    AtTemplate("bad @1").substitute()
except ValueError as e:
    print("ValueError:", e)
print(AtTemplate.pattern.flags & 64 != 0)


class Broken(Template):
    pattern = r"\$(?P<other>[a-z]+)"


for call in [lambda: Broken("$x").substitute(x=1), lambda: Broken("$x").is_valid(),
             lambda: Broken("$x").get_identifiers()]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e.args[0])
