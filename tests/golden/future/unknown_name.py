import __future__

print(hasattr(__future__, "braces"), hasattr(__future__, "nested_scopes"))
print(len(__future__.all_feature_names), __future__.all_feature_names[-1])
print(__future__.generator_stop.getMandatoryRelease() < (3, 11))
