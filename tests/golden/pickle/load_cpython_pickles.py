# Pickles written by other Pythons load: old opcodes (INST, OBJ, STRING), Python 2 names.
import pickle


class Thing:
    def __repr__(self):
        return f"Thing({sorted(self.__dict__.items())})"


old = [
    b"(lp0\nI1\naI2\na.",
    b"(dp0\nS'key'\np1\nS'value'\np2\ns.",
    b"S'esc\\x41pe\\n'\np0\n.",
    b"U\x05bytesq\x00.",
    b"T\x03\x00\x00\x00abcq\x00.",
    b"c__builtin__\nxrange\np0\n(I0\nI5\nI1\ntp1\nRp2\n.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"(i__main__\nThing\np0\n(dp1\nS'n'\np2\nI3\nsb.",
    b"(c__builtin__\nlist\np0\no.",
    b"L123456789012345678901234567890L\n.",
    b"F2.5\n.",
    b"I01\n.",
    b"\x80\x02c__builtin__\nunicode\nq\x00.",
    b"\x80\x02cexceptions\nValueError\nq\x00U\x04oopsq\x01\x85q\x02Rq\x03.",
    b"(I1\nI2\n2t.",
]
for data in old:
    v = pickle.loads(data)
    print(type(v).__name__, repr(v))
print(pickle.loads(b"U\x05bytes.", encoding="bytes"))
print(pickle.loads(b"U\x03\xe9t\xe9.", encoding="latin1"))
