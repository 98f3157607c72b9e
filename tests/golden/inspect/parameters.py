# Parameter objects: names, kinds, defaults, annotations.
import inspect


def connect(host: str, port: int = 80, *args, timeout: float = 1.5, retry, **extra):
    pass


sig = inspect.signature(connect)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, repr(p))
    print("  default empty:", p.default is inspect.Parameter.empty,
          "annotation empty:", p.annotation is p.empty)
print(sig.parameters["port"].default, sig.parameters["host"].annotation)
print(sig.return_annotation is inspect.Signature.empty)
print(int(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD)
print(repr(sig))
