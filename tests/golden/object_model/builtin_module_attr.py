# __module__ of builtin functions and of typing's aliases.
import math
import typing
import inspect

print(len.__module__, print.__module__, sorted.__module__, open.__module__)
print(math.sqrt.__module__, math.floor.__module__)
print([].append.__module__, {}.get.__module__, int.from_bytes.__module__)
print(typing.Optional[int].__module__, typing.List[str].__module__, typing.Any.__module__)
print(list[int].__module__)

def fetch(url: str, retries: typing.Optional[int] = None,
          headers: typing.Dict[str, str] = None) -> typing.List[bytes]:
    pass

print(inspect.signature(fetch))
print(inspect.formatannotation(typing.Union[int, str]))
