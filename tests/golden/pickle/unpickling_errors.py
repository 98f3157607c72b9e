# Damaged or hostile pickles give CPython's errors.
import pickle

bad = [b"", b"\xff", b"K\x01", b"\x80\x04K", b"\x80\x09.", b".", b"a.", b"(.", b"N1.",
       b"h\x05.", b"I12x\n.", b"Vabc", b"cno_such_module\nx\n.",
       b"(K\x01d.", b"NN\x93.", b"NNR.", b"N)\x81.", b"}N(tb.", b"K\x01p-1\n.",
       b"Sabc\n.", b"\x8b\xff\xff\xff\xff.", b"P1\n.", b"\x97.", b"\x82\x00.", b"\x82\x05."]
for data in bad:
    try:
        print(data, "->", pickle.loads(data))
    except Exception as e:
        print(data, "->", type(e).__module__, type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError:", e)
pickle.loads(b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K")
