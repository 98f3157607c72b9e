from __future__ import division, print_function, absolute_import, with_statement, generators
from __future__ import nested_scopes, unicode_literals, generator_stop
import __future__

print(7 / 2)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.optional, f.mandatory, hex(f.compiler_flag))
print(sorted(__future__.__all__) == sorted(["all_feature_names"] + __future__.all_feature_names))
print(type(__future__.division).__name__)
