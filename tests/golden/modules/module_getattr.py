# A module-level __getattr__ (PEP 562) answers for names the module lacks, in attribute
# reads, getattr/hasattr and from-imports; a class body may name its own __module__.
import lazy_attrs

print(lazy_attrs.present, lazy_attrs.computed_x, lazy_attrs.computed_yz)
print(getattr(lazy_attrs, "computed_q", "default"), hasattr(lazy_attrs, "missing"))
from lazy_attrs import computed_from
print(computed_from)
try:
    lazy_attrs.missing
except AttributeError as e:
    print(e)
try:
    from lazy_attrs import missing
except ImportError as e:
    print(type(e).__name__)
print(lazy_attrs.Renamed, lazy_attrs.Renamed.__module__)
