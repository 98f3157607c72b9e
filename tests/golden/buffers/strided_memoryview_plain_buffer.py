# A strided memoryview (every other byte of a packet) is copied by the calls that gather
# a buffer, and refused by the ones that need its bytes side by side.
import array
import base64
import binascii
import hashlib
import io
import os
import socket
import struct
import zlib

packet = bytearray(b"H\x00e\x00l\x00l\x00o\x00")
chars = memoryview(packet)[::2]
print(chars.c_contiguous, chars.contiguous, chars.strides, chars.nbytes)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label:18} {type(e).__name__}: {e}")
    else:
        print(f"{label:18} {result!r}")


# Copies: these read any buffer in order.
attempt("bytes()", lambda: bytes(chars))
attempt("bytearray()", lambda: bytearray(chars))
attempt("tobytes", chars.tobytes)
attempt("tolist", chars.tolist)
attempt("hex", chars.hex)
attempt("==", lambda: chars == b"Hello")
attempt("from_bytes", lambda: int.from_bytes(chars, "little"))
attempt("%b", lambda: b"<%b>" % chars)
attempt("memoryview()", lambda: memoryview(chars).tobytes())
attempt("slice set", lambda: (packet.__setitem__(slice(10, 12), chars[:2]), bytes(packet))[1])

# TypeErrors, worded by the call.
attempt("join", lambda: b"-".join([chars, b"!"]))
attempt("concat", lambda: b">" + chars)
attempt("bytearray +", lambda: bytearray(b">") + chars)
attempt("extend", lambda: bytearray().extend(chars))
attempt("str(m, enc)", lambda: str(chars, "ascii"))
attempt("int()", lambda: int(memoryview(b"1 2 3")[::2]))
attempt("float()", lambda: float(memoryview(b"1 . 5")[::2]))

# BufferErrors: a plain buffer is asked for.
attempt("in", lambda: chars in b"Hello")
attempt("find", lambda: b"Hello".find(chars))
attempt("startswith", lambda: b"Hello!".startswith(chars))
attempt("replace", lambda: b"Hello".replace(chars, b"Bye"))
attempt("split", lambda: b"aHellob".split(chars))
attempt("bytearray find", lambda: bytearray(b"Hello").find(chars))
attempt("sha256", lambda: hashlib.sha256(chars).hexdigest())
attempt("md5.update", lambda: hashlib.md5().update(chars))
attempt("zlib.compress", lambda: zlib.compress(chars))
attempt("crc32", lambda: zlib.crc32(chars))
attempt("hexlify", lambda: binascii.hexlify(chars))
attempt("b64encode", lambda: base64.b64encode(chars))
attempt("struct.unpack", lambda: struct.unpack("5s", chars))
attempt("unpack_from", lambda: struct.unpack_from("b", chars))
attempt("array", lambda: array.array("B").frombytes(chars))
attempt("BytesIO()", lambda: io.BytesIO(chars))
attempt("BytesIO.write", lambda: io.BytesIO().write(chars))
r, w = os.pipe()
attempt("os.write", lambda: os.write(w, chars))
os.close(r)
os.close(w)
a, b = socket.socketpair()
attempt("send", lambda: a.send(chars))
attempt("sendall", lambda: a.sendall(chars))
a.close()
b.close()

# Writing into a strided view is refused too.
attempt("pack_into", lambda: struct.pack_into("b", memoryview(bytearray(4))[::2], 0, 1))
attempt("readinto", lambda: io.BytesIO(b"hi").readinto(memoryview(bytearray(4))[::2]))
attempt("readinto bytes", lambda: io.BytesIO(b"hi").readinto(b"xy"))

# One item, reversed and empty views.
attempt("one item", lambda: hashlib.md5(memoryview(b"abc")[::5]).hexdigest())
attempt("reversed", lambda: hashlib.md5(memoryview(b"abc")[::-1]).hexdigest())
attempt("empty", lambda: zlib.crc32(memoryview(b"abc")[5::2]))
attempt("empty flag", lambda: memoryview(b"abc")[5::2].c_contiguous)
