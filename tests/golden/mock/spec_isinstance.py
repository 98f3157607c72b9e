# A mock made with a spec passes isinstance checks for the spec's class (its __class__ is the
# spec's), which code under test often does before using an object.
from unittest import mock


class Storage:
    def save(self, key, value):
        raise RuntimeError("real storage")


class S3Storage(Storage):
    pass


def archive(store, items):
    if not isinstance(store, Storage):
        raise TypeError(f"not a storage: {type(store).__name__}")
    for k, v in items.items():
        store.save(k, v)
    return len(items)


m = mock.Mock(spec=Storage)
print(isinstance(m, Storage), isinstance(m, S3Storage), isinstance(m, mock.Mock))
print(m.__class__ is Storage, type(m) is not Storage)
print(archive(m, {"a": 1, "b": 2}), m.save.call_args_list)

s3 = mock.MagicMock(spec=S3Storage())
print(isinstance(s3, Storage), isinstance(s3, S3Storage), s3.__class__.__name__)

ss = mock.NonCallableMock(spec_set=Storage)
print(isinstance(ss, Storage), isinstance(ss, (int, Storage)))

plain = mock.Mock()
print(isinstance(plain, Storage), plain.__class__.__name__, isinstance(plain, mock.Mock))
try:
    archive(plain, {})
except TypeError as e:
    print("TypeError:", e)

with mock.patch(__name__ + ".Storage", spec=True) as patched:
    print(isinstance(patched(), mock.NonCallableMagicMock), patched.__class__ is type)
