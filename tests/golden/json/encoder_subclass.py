# Subclassing JSONEncoder: default, encode and iterencode as programs override them.
import json


class Money:
    def __init__(self, cents):
        self.cents = cents


class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return f"{o.cents // 100}.{o.cents % 100:02d}"
        return super().default(o)


print(json.dumps({"price": Money(1999), "items": [Money(5)]}, cls=MoneyEncoder))
print(MoneyEncoder(indent=2).encode([Money(100)]))
print("".join(MoneyEncoder().iterencode({"a": Money(1)})))
try:
    json.dumps({"bad": object()}, cls=MoneyEncoder)
except TypeError as e:
    print("TypeError:", e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"name": "ada"}, cls=Upper))
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"b": [1, 2], "a": "x"}))
print(enc.item_separator, enc.key_separator, json.JSONEncoder.item_separator)
print(json.JSONEncoder().encode("é"), json.JSONEncoder(ensure_ascii=False).encode("é"))
try:
    json.dumps([1], foo=1)
except TypeError as e:
    print("TypeError:", e)
