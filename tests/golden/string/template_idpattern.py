from string import Template


class DottedTemplate(Template):
    idpattern = r"[a-z][_a-z0-9.]*"


t = DottedTemplate("$user.name lives in ${user.city}")
print(t.substitute({"user.name": "Kim", "user.city": "Oslo"}))
print(t.get_identifiers())


class BraceOnly(Template):
    braceidpattern = r"[^}]+"


b = BraceOnly("${first name} $last ${x-y}")
print(b.substitute({"first name": "Ada", "last": "Lovelace", "x-y": "dash"}))
print(b.safe_substitute(last="L"))
