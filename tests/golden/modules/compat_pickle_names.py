# Reading the name tables pickle uses for Python 2 pickles, and a protocol-2 round trip
# through them.
import _compat_pickle
import pickle
import collections

print(_compat_pickle.IMPORT_MAPPING["Queue"], _compat_pickle.IMPORT_MAPPING["cPickle"])
print(_compat_pickle.NAME_MAPPING[("__builtin__", "xrange")])
print(_compat_pickle.REVERSE_NAME_MAPPING[("builtins", "range")])
print(_compat_pickle.REVERSE_IMPORT_MAPPING["copyreg"])
print(len(_compat_pickle.PYTHON2_EXCEPTIONS), "StandardError" in _compat_pickle.PYTHON2_EXCEPTIONS)
print(sorted(_compat_pickle.MULTIPROCESSING_EXCEPTIONS))
print(_compat_pickle.PYTHON3_OSERROR_EXCEPTIONS[:3], _compat_pickle.PYTHON3_IMPORTERROR_EXCEPTIONS)

data = pickle.dumps([range(3), collections.OrderedDict(a=1), ValueError("x")], protocol=2)
print(b"__builtin__" in data, b"xrange" in data, b"exceptions" in data)
print(pickle.loads(data))
py2 = b"\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02."
print(pickle.loads(py2), pickle.loads(py2, fix_imports=False) if False else "")
try:
    pickle.loads(py2, fix_imports=False)
except Exception as e:
    print(type(e).__name__, e)
