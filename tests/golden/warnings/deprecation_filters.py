# DeprecationWarning is shown in __main__ only; PendingDeprecationWarning never by default.
import warnings

warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
for f in warnings.filters:
    print(f)
