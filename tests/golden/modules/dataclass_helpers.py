from dataclasses import dataclass, asdict, astuple, fields, replace, is_dataclass

@dataclass
class Inner:
    a: int

@dataclass
class Outer:
    name: str
    inner: Inner
    items: list

o = Outer("o", Inner(1), [Inner(2)])
print(asdict(o))
print(astuple(o))
print([f.name for f in fields(Outer)])
print(replace(o, name="new"))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(5))
