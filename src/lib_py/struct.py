"""Packing values into bytes and back (`_struct` does the work natively); `Struct` keeps a
format to use again, and `error` is what a bad format or value raises."""

import _struct
from _struct import calcsize, pack, pack_into, unpack, unpack_from, iter_unpack

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


class error(Exception):
    __module__ = "struct"


class Struct:
    """A compiled format: `pack`, `unpack` and the rest without giving the format again."""

    __module__ = "_struct"

    def __init__(self, format):
        size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self.format = format
        self.size = size

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
