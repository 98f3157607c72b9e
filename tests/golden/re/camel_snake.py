# Converting identifiers between camelCase and snake_case.
import re

def to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

def to_camel(name):
    return re.sub(r"_+([a-z0-9])", lambda m: m.group(1).upper(), name)

for n in ["camelCase", "HTTPResponseCode", "getHTTP2Stream", "already_snake", "X", "parseJSONData"]:
    s = to_snake(n)
    print(n, "->", s, "->", to_camel(s))
print(re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z]|$)|\d+", "parseHTMLString2Go"))
