"""`_collections_abc`, the name under which CPython keeps the abstract base classes of
`collections.abc`; modules written for CPython import it for `_check_methods` and the ABCs.
The classes are the same objects as `collections.abc`'s."""

from collections.abc import *
from collections.abc import __all__, _check_methods

bytes_iterator = type(iter(b""))
bytearray_iterator = type(iter(bytearray()))
dict_keyiterator = type(iter({}))
dict_valueiterator = type(iter({}.values()))
dict_itemiterator = type(iter({}.items()))
list_iterator = type(iter([]))
list_reverseiterator = type(iter(reversed([])))
range_iterator = type(iter(range(0)))
set_iterator = type(iter(set()))
str_iterator = type(iter(""))
tuple_iterator = type(iter(()))
zip_iterator = type(iter(zip()))
dict_keys = type({}.keys())
dict_values = type({}.values())
dict_items = type({}.items())
mappingproxy = type(type.__dict__)

# CPython's module calls itself "collections.abc", the name its classes are known by.
__name__ = "collections.abc"
