try:
    from shop import nothing_here
except ImportError as e:
    print("ImportError:", e)
try:
    import shop.missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
import shop
print(shop.__name__, shop.pricing.TAX)
try:
    import shop.bad_relative
except ImportError as e:
    print("ImportError:", e)
