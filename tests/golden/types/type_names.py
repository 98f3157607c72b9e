# The types module names the types of functions, methods, generators and other objects.
import types
import sys


def func():
    pass


def gen():
    yield 1


async def agen():
    yield 1


class C:
    def method(self):
        pass


print(types.FunctionType, types.LambdaType is types.FunctionType)
print(types.MethodType, types.BuiltinFunctionType, types.BuiltinMethodType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.CodeType, types.CellType)
print(isinstance(func, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().method, types.MethodType), isinstance(C.method, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(agen(), types.AsyncGeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType))
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(type(list[int]) is types.GenericAlias)
print(isinstance(func, types.MethodType), isinstance(C, types.FunctionType))
