# The descriptor type names of the types module exist and cannot be instantiated.
import types

names = ["WrapperDescriptorType", "MethodWrapperType", "MethodDescriptorType",
         "ClassMethodDescriptorType", "GetSetDescriptorType", "MemberDescriptorType",
         "BuiltinFunctionType", "BuiltinMethodType"]
for name in names:
    t = getattr(types, name)
    print(name, isinstance(t, type), name in types.__all__)
    try:
        t()
    except TypeError:
        print("  cannot call it without arguments")
print(isinstance(len, types.BuiltinFunctionType))
print(isinstance(str.join, types.MethodDescriptorType))
print(isinstance([].append, types.BuiltinMethodType))
